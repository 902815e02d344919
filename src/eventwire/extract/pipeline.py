"""The extraction pipeline: one report in, coded events with evidence out.

spaCy parses each report once (sentences and named entities); everything else runs on those
sentences: casualty patterns, date resolution, classification, actors and sources, and the
gazetteer for places. Sentences that recall an earlier event ("was killed in January 2020 in a
drone attack") become ``background`` events; the rest describe the ``main`` event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.extract.actors import Span, find_actors, find_sources
from eventwire.extract.classify import RULES, Classification
from eventwire.extract.clues import clued_search
from eventwire.extract.dates import page_date, parse_published
from eventwire.extract.event_date import OTHER_INCIDENT_BEFORE, choose_event_date
from eventwire.extract.figures import (
    SEPARATE_INCIDENT,
    SHOT_AT_A_GATHERING,
    SHOT_AT_A_GATHERING_CLUES,
    other_incident,
    reconcile_figures,
    without_the_mourned,
)
from eventwire.extract.nlp import load_nlp
from eventwire.extract.sentences import (
    MAX_DATELINE_WORDS,
    PROCEDURE,
    Sentence,
    entities_of,
    is_background,
    split_sentences,
    the_story,
)
from eventwire.model import Actor, Event, Evidence, Report, ReportResult, Role, stable_event_id
from eventwire.resolve.gazetteer import Gazetteer
from eventwire.resolve.locate import GeoContext, Locator, PlaceMention

MAX_CONFIDENCE = 0.9
"""Rules that fired on every field still deserve a second look: confidence never reaches 1."""
SAME_PLACE = re.compile(
    r"\b(?:the )?same (?:city|town|village|area|place|station|market|street|"
    r"neighbou?rhood|district|building)\b|\b(?:was|were) also (?:attacked|targeted|hit|bombed|"
    r"struck)\b",
    re.I,
)

RECALLED_ONLY = re.compile(
    r"\b(?:last|earlier this|the previous) (?:week|month|weekend|summer|spring|fall|winter)\b|"
    r"\bweeks? (?:ago|earlier)\b",
    re.I,
)
"""A sentence set apart as another incident only by its time, not as a separate shooting."""


def _recalls_its_own(sentence: Sentence, lead: Sentence | None) -> bool:
    """Is this the report's lead, set apart only by its time ("The woman charged in the
    stabbings last month pleaded guilty to killing two neighbours")? A lead tells the report's
    own event, so the 'last month' of a follow-up dates it; later sentences may recall other
    incidents."""
    return (
        sentence is lead
        and bool(RECALLED_ONLY.search(sentence.text))
        and not SEPARATE_INCIDENT.search(sentence.text)
    )


MAX_PARSE_CHARS = 20_000
"""Reports are parsed up to here. The event is told in the first paragraphs; a 100,000-character
page (a transcript, a live blog) would otherwise cost hundreds of MB of parser memory."""


def parse_text(report: Report) -> str:
    """The part of the report that is parsed: all of it, or its beginning cut at a space."""
    text = report.full_text
    if len(text) <= MAX_PARSE_CHARS:
        return text
    cut = text.rfind(" ", 0, MAX_PARSE_CHARS)
    return text[: cut if cut > MAX_PARSE_CHARS // 2 else MAX_PARSE_CHARS]


class Extractor:
    """Loads the model and the gazetteer once; then codes any number of reports."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.nlp = nlp
        self.locator = Locator(gazetteer)

    @classmethod
    def load(cls) -> Extractor:
        return cls(load_nlp(), Gazetteer.load())

    def extract(self, report: Report) -> ReportResult:
        return self.code(report, self.nlp(parse_text(report)))

    def extract_many(
        self, reports: Iterable[Report], batch_size: int = 16
    ) -> Iterator[tuple[Report, ReportResult]]:
        """Stream reports through ``nlp.pipe`` (batched parsing) and code each one."""
        pairs = ((parse_text(r), r) for r in reports)
        for doc, report in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield report, self.code(report, doc)

    # -- coding one parsed report -------------------------------------------------------

    def code(self, report: Report, doc: Doc) -> ReportResult:
        text = doc.text
        # relative days count from the page's own day where it gives an earlier one
        published = page_date(text, report.url, parse_published(report.published))
        result = ReportResult(article_id=report.id)
        if len(text) < len(report.full_text):
            result.warnings.append(f"only the first {len(text):,} characters were read")
        if published is None:
            result.warnings.append("no publication date: relative dates left unresolved")
        entities = entities_of(doc)
        sentences = the_story(split_sentences(doc, published, text, entities), len(report.headline))
        persons = {name for _, _, label, name in entities if label == "PERSON"}

        background = [s for s in sentences if is_background(s, published)]
        main = [s for s in sentences if s not in background]
        recalled_only = bool(background) and not any(s.casualties for s in main)
        if recalled_only:
            # A follow-up (a trial, an arrest) about an old event: the old event is the main one.
            main, background = sentences, []

        every_place = [p for s in sentences for p in s.places]
        ctx = self.locator.context(every_place, text, report.url)
        main_event = self._event(
            report,
            "main",
            0,
            main,
            text,
            published,
            persons,
            ctx,
            recalled=recalled_only,
            recounted_places=every_place,
            days_recalled=any(m.info.precision == "day" for s in background for m in s.dates),
        )
        result.events.append(main_event)
        recalled = _recollections(background)
        if len(recalled) > MAX_BACKGROUND:
            result.warnings.append(
                f"{len(recalled)} earlier events recalled: only the first {MAX_BACKGROUND} coded"
            )
        for i, group in enumerate(recalled[:MAX_BACKGROUND], start=1):
            sentence = group[0]
            own_ctx = self.locator.context([p for s in group for p in s.places], sentence.text)
            event = self._event(
                report,
                "background",
                i,
                group,
                text,
                published,
                persons,
                own_ctx,
                global_ctx=ctx,
            )
            vague = event.location.precision == "unknown" or (
                event.location.precision == "country"
                and event.location.country_code == main_event.location.country_code
            )
            if vague and SAME_PLACE.search(sentence.text):
                # "an air strike in the same city", "the station was also attacked in June
                # 2023": the main event's place
                event.location = replace(main_event.location, site=None)
                if event.location.precision == "site":
                    event.location.precision = "city"
            result.events.append(event)
        followed = _followed_up(report, main_event, result.events[1:], sentences, published)
        if followed is not None:
            # the recalled event is the one the report is about: one event, not two
            result.events.remove(followed)
            _take_date(main_event, followed)
        same_incident = ([followed] if followed is not None else []) + result.events[1:]
        _take_same_days_wounded(main_event, same_incident)
        if main_event.fatalities is None and main_event.injured is None:
            result.warnings.append("main event: no casualty figures found")
        if main_event.date.text is None and main_event.date.start is not None:
            result.warnings.append("main event: no date in text, dated by publication")
        return result

    def _event(
        self,
        report: Report,
        role: Role,
        index: int,
        sentences: list[Sentence],
        text: str,
        published: date | None,
        persons: set[str],
        ctx: GeoContext,
        global_ctx: GeoContext | None = None,
        recalled: bool = False,
        recounted_places: list[PlaceMention] | None = None,
        days_recalled: bool = False,
    ) -> Event:
        evidence: list[Evidence] = []

        def cite(name: str, start: int | None, end: int | None) -> None:
            if start is not None and end is not None and end > start:
                evidence.append(Evidence(name, start, end, text[start:end]))

        triggers = [s for s in sentences if s.is_trigger] or sentences[:3]
        counted = [s for s in sentences if not s.statistics] if role == "main" else sentences

        kind = _classification(triggers)
        if kind is not None:
            cite("event_type", kind.start, kind.end)

        # at a shooting during a vigil or a funeral, the mourned person's death is another
        # event's: its day and its dead are left out
        at_a_gathering = role == "main" and (
            SHOT_AT_A_GATHERING.search(report.headline) is not None
            or any(
                clued_search(SHOT_AT_A_GATHERING, SHOT_AT_A_GATHERING_CLUES, s.text)
                for s in sentences
            )
        )
        dated, dated_triggers = sentences, triggers
        if at_a_gathering:
            dated = [without_the_mourned(s) for s in sentences]
            dated_triggers = [without_the_mourned(s) for s in triggers]
        date_info, date_mention = choose_event_date(
            dated_triggers,
            published,
            role,
            dated if role == "main" else None,
            recalled=recalled,
            days_recalled=days_recalled,
        )
        if date_mention is not None:
            cite("date", date_mention.start, date_mention.end)

        places = [p for s in sentences for p in s.places]
        if role == "main":
            located = self.locator.locate(
                places, text, ctx, headline_end=len(report.headline), url=report.url
            )
        else:
            located = self.locator.locate(places, "", ctx)
        if located.location.precision == "unknown" and global_ctx is not None:
            located = self.locator.locate(places, "", global_ctx)
        if (
            located.location.precision != "city"
            and recounted_places
            and len(recounted_places) > len(places)
        ):
            # A follow-up ("Woman sentenced in triple shooting") names the town only where
            # it recounts the shooting, in sentences read as background
            recounted = self.locator.locate(
                recounted_places, text, ctx, headline_end=len(report.headline), url=report.url
            )
            if recounted.location.precision == "city":
                located = recounted
        location = located.location
        cite("location", located.start, located.end)
        site = self.locator.site([(s.start, s.text) for s in triggers])
        if site is not None and location.precision in ("city", "admin2", "admin1"):
            location.site = site[0]
            location.precision = "site"
            cite("location.site", site[1], site[2])

        sources: list[Span] = []
        for s in sentences:
            for span in find_sources(s.text, s.start):
                if all(span.value != known.value for known in sources):
                    sources.append(span)
        for span in sources:
            cite("sources", span.start, span.end)

        headline_end = len(report.headline) if role == "main" else 0
        if role == "main":
            lead = next(
                (
                    s
                    for s in sentences
                    if s.start >= headline_end and len(s.text.split()) > MAX_DATELINE_WORDS
                ),
                None,
            )
            own = [s for s in counted if not other_incident(s) or _recalls_its_own(s, lead)]
            if at_a_gathering:
                own = [without_the_mourned(s) for s in own]
            fatalities, injured = reconcile_figures(own, sources, persons, headline_end)
            if fatalities is None and injured is None and len(own) < len(counted):
                # a follow-up names its own event as "the shooting last month": with no toll
                # elsewhere, the toll told there is the event's
                recalled = [s for s in counted if RECALLED_ONLY.search(s.text)]
                fatalities, injured = reconcile_figures(
                    own + recalled, sources, persons, headline_end
                )
        else:
            fatalities, injured = reconcile_figures(counted, sources, persons, headline_end)
        if fatalities is not None:
            cite("fatalities", *fatalities[1])
        if injured is not None:
            cite("injured", *injured[1])

        actors: list[Actor] = []
        for s in sentences:
            found, spans = find_actors(s.text, s.start, persons)
            for actor, span in zip(found, spans, strict=True):
                if any(a.name == actor.name and a.role == actor.role for a in actors):
                    continue
                actors.append(actor)
                cite(f"actors.{actor.role}", span.start, span.end)

        confidence = 0.2
        confidence += 0.2 if kind is not None else 0.0
        confidence += 0.2 if date_mention is not None else 0.05
        confidence += (
            0.2
            if location.precision in ("site", "city")
            else (0.1 if location.precision != "unknown" else 0.0)
        )
        confidence += 0.2 if fatalities or injured else 0.0
        return Event(
            id=stable_event_id(report.id, role, index),
            article_id=report.id,
            role=role,
            event_type=kind.event_type if kind else None,
            sub_event_type=kind.sub_event_type if kind else None,
            mode=kind.mode if kind else None,
            date=date_info,
            location=location,
            fatalities=fatalities[0] if fatalities else None,
            injured=injured[0] if injured else None,
            actors=actors,
            sources=[s.value for s in sources],
            evidence=sorted(evidence, key=lambda e: (e.start, e.field)),
            confidence=round(min(confidence, MAX_CONFIDENCE), 2),
        )


# A report on an event's aftermath is dated by the aftermath ("was sentenced Tuesday", "was
# arrested Monday"), while the event it follows up is recalled with its own day ("the June 4
# fatal shooting"). Datasets code the event, so that day is the main event's.
FOLLOW_UP_HEADLINE = re.compile(
    r"\b(?:suspects?|identif\w*|accused|prosecut\w*|guilty|charg\w*|pleas?|arrests?|"
    r"surrender\w*|appeal\w*)\b",
    re.I,
)
"""Headline words of a follow-up, beside the court and funeral words of ``PROCEDURE``."""


def _followed_up(
    report: Report,
    main: Event,
    recalled: list[Event],
    sentences: list[Sentence],
    published: date | None,
) -> Event | None:
    """The earlier event a follow-up report is about, when the main event is dated only by the
    publication, by its aftermath or only by a month or a week (best a recalled day inside
    it): the first recalled event dated to a day, one with casualty figures first."""
    days = [
        e
        for e in recalled
        if e.date.precision == "day" and e.date.start and not _another_incidents_day(e, sentences)
    ]
    if not days:
        return None
    if published is not None:
        # "the gun was used before in the 2009 Halloween stabbing": a day years back is seldom the
        # one a follow-up is about when the report recalls a recent one
        a_year_before = (published - timedelta(days=365)).isoformat()
        days = [e for e in days if (e.date.start or "") >= a_year_before] or days
    if main.date.precision in ("month", "week"):
        # "a shooting last November ... responded about 7:40 p.m. Nov. 3": the day in that month
        start, end = main.date.start or "", main.date.end or ""
        inside = [e for e in days if start <= (e.date.start or "") <= end]
        if inside:
            return next((e for e in inside if e.fatalities or e.injured), inside[0])
        # a month or a week never names the day; a day the report recalls may
        return next((e for e in days if e.fatalities or e.injured), days[0])
    cited = next((e for e in main.evidence if e.field == "date"), None)
    if cited is not None:
        in_headline = cited.start < len(report.headline)
        sentence = next(
            (s for s in sentences if s.start <= cited.start < s.start + len(s.text)), None
        )
        aftermath = sentence is not None and sentence.is_procedure
        follow_up = PROCEDURE.search(report.headline) or FOLLOW_UP_HEADLINE.search(report.headline)
        if in_headline or not (aftermath or follow_up):
            return None
    return next((e for e in days if e.fatalities or e.injured), days[0])


def _take_same_days_wounded(main: Event, recalled: list[Event]) -> None:
    """A follow-up ("woman convicted in June 4 fatal shooting") may tell its own event's
    wounded only where it recounts it ("a June 4 shooting that killed one and hurt two
    others"), a sentence read as a recollection of that day. With no wounded of its own, the
    main event takes that day's count of two or more (a single "the girl was shot" recalled
    is most often the dead victim again)."""
    if main.injured is not None or main.date.precision != "day" or not main.date.start:
        return
    for event in recalled:
        same_day = event.date.precision == "day" and event.date.start == main.date.start
        if same_day and event.injured is not None and event.injured.best >= 2:
            main.injured = event.injured
            main.evidence = sorted(
                main.evidence + [e for e in event.evidence if e.field == "injured"],
                key=lambda e: (e.start, e.field),
            )
            return


def _another_incidents_day(event: Event, sentences: list[Sentence]) -> bool:
    """Is the recalled event dated by words naming yet another incident ("the killing was
    revenge for a Jan. 5 shooting")? Then it is not the one the report follows up."""
    cited = next((e for e in event.evidence if e.field == "date"), None)
    if cited is None:
        return False
    sentence = next((s for s in sentences if s.start <= cited.start < s.start + len(s.text)), None)
    return sentence is not None and bool(
        OTHER_INCIDENT_BEFORE.search(sentence.text[: cited.start - sentence.start])
    )


def _take_date(main: Event, recalled: Event) -> None:
    if main.date.text is None:  # dated from the text now, not by the publication
        main.confidence = round(min(main.confidence + 0.15, MAX_CONFIDENCE), 2)
    main.date = recalled.date
    main.evidence = sorted(
        [e for e in main.evidence if e.field != "date"]
        + [e for e in recalled.evidence if e.field == "date"],
        key=lambda e: (e.start, e.field),
    )


MAX_BACKGROUND = 10
"""A page recalling more earlier events than this is a list (a timeline, a round-up)."""


def _recollections(background: list[Sentence]) -> list[list[Sentence]]:
    """Background sentences grouped by the date they recall: consecutive sentences about "March
    2017" tell one earlier event."""
    groups: list[list[Sentence]] = []
    for sentence in background:
        day = sentence.dates[0].info.start if sentence.dates else None
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and last.index + 1 == sentence.index
            and last.dates
            and last.dates[0].info.start == day
        ):
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    return groups


def _classification(triggers: list[Sentence]) -> Classification | None:
    """The most specific rule fired by the event's first sentences (rules are in priority)."""
    found = [s.kind for s in triggers[:4] if s.kind is not None]
    if not found:
        return None
    order = {(r.event_type, r.sub_event_type, r.mode): i for i, r in enumerate(RULES)}
    return min(found, key=lambda k: order.get((k.event_type, k.sub_event_type, k.mode), 99))
