"""The extraction pipeline: one report in, coded events with evidence out.

spaCy parses each report once (sentences and named entities); everything else runs on those
sentences: casualty patterns, date resolution, classification, actors and sources, and the
gazetteer for places. Sentences that recall an earlier event ("was killed in January 2020 in a
drone attack") become ``background`` events; the rest describe the ``main`` event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as TextSpan

from eventwire.extract.actors import Span, find_actors, find_sources
from eventwire.extract.casualties import CasualtyMention, find_casualties, is_statistics
from eventwire.extract.classify import Classification, classify
from eventwire.extract.dates import DateMention, find_dates, parse_published, publication_date
from eventwire.extract.nlp import load_nlp
from eventwire.extract.numbers import Quantity
from eventwire.model import (
    Actor,
    DateInfo,
    Event,
    Evidence,
    Figure,
    Report,
    ReportResult,
    Role,
    stable_event_id,
)
from eventwire.resolve.gazetteer import Gazetteer
from eventwire.resolve.locate import LOCATIVE, SPECIFIC, GeoContext, Locator, PlaceMention

BACKGROUND_AFTER_DAYS = 45
"""A violent event dated more than this before publication is recalled, not reported."""

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAX_CONFIDENCE = 0.9
"""Rules that fired on every field still deserve a second look: confidence never reaches 1."""
SAME_PLACE = re.compile(r"\b(?:the )?same (?:city|town|village|area|place|station|market|street|"
                        r"neighbou?rhood|district|building)\b", re.I)

# Words of violence: a sentence using one describes the event, even if no rule classifies it.
VIOLENCE = re.compile(
    r"\b(?:shot|shoot\w*|gunfire|gunshots?|killed|kill\w*|died|dies|dead|death|murder\w*|"
    r"homicide|wounded|injur\w*|stabb\w*|blasts?|explo\w*|attack\w*|fired|bod(?:y|ies)|bomb\w*|"
    r"grenades?|gunm[ae]n|gunfire|slay\w*|slain|massacre\w*|ambush\w*|raid\w*|"
    r"strikes?|clash\w*)\b",
    re.I,
)
# Sentences about what happened afterwards: their dates are not the event's.
PROCEDURE = re.compile(
    r"\b(?:court|judge|jury|sentenc\w*|arraign\w*|hearing|testif\w*|plead\w*|pleaded|trial|"
    r"indict\w*|charged|booked|bond|bail|funeral|vigil|memorial|autopsy|released|appointed|"
    r"bur(?:y|ied|ial)|mourn\w*|"
    r"arrested|custody|extradit\w*|convicted|verdict|lawsuit)\b",
    re.I,
)
# "MAIDUGURI, March 14 (Reuters) -": a dateline's date is the report's, not the event's.
DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40},\s*$")
# "police said Saturday", "Posted: Friday": the day of a statement, not of the event.
SAID_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|announced|confirmed|reported|released|identified|added|posted|"
    r"updated|published)[:\s]+(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?|\(\s*)$",
    re.I,
)
# "Police on Thursday identified the victims": the date of the statement again.
SAID_AFTER = re.compile(
    r"^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:said|says|told|announced|confirmed|"
    r"identified|released|reported|named)\b",
    re.I,
)


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    text: str
    dates: list[DateMention]
    casualties: list[CasualtyMention]
    kind: Classification | None
    statistics: bool
    places: list[PlaceMention] = field(default_factory=list)

    @property
    def is_trigger(self) -> bool:
        """Does this sentence describe violence (not an arrest or court date)?"""
        violent = self.kind is not None and self.kind.sub_event_type != "Arrests"
        return bool(self.casualties) or violent or bool(VIOLENCE.search(self.text))

    @property
    def is_procedure(self) -> bool:
        return bool(PROCEDURE.search(self.text))


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
        published = parse_published(report.published)
        result = ReportResult(article_id=report.id)
        if len(text) < len(report.full_text):
            result.warnings.append(f"only the first {len(text):,} characters were read")
        if published is None:
            result.warnings.append("no publication date: relative dates left unresolved")
        sentences = self._sentences(doc, published)
        persons = {e.text for e in doc.ents if e.label_ == "PERSON"}

        background = [s for s in sentences if _is_background(s, published)]
        main = [s for s in sentences if s not in background]
        recalled_only = bool(background) and not any(s.casualties for s in main)
        if recalled_only:
            # A follow-up (a trial, an arrest) about an old event: the old event is the main one.
            main, background = sentences, []

        ctx = self.locator.context([p for s in sentences for p in s.places], text)
        main_event = self._event(report, "main", 0, main, text, published, persons, ctx,
                                 recalled=recalled_only)
        result.events.append(main_event)
        for i, sentence in enumerate(background, start=1):
            own_ctx = self.locator.context(sentence.places, sentence.text)
            event = self._event(report, "background", i, [sentence], text, published, persons,
                                own_ctx, global_ctx=ctx)
            if event.location.precision == "unknown" and SAME_PLACE.search(sentence.text):
                # "an air strike in the same city": the main event's place
                event.location = replace(main_event.location, site=None)
                if event.location.precision == "site":
                    event.location.precision = "city"
            result.events.append(event)
        if main_event.fatalities is None and main_event.injured is None:
            result.warnings.append("main event: no casualty figures found")
        if main_event.date.text is None and main_event.date.start is not None:
            result.warnings.append("main event: no date in text, dated by publication")
        return result

    def _sentences(self, doc: Doc, published: date | None) -> list[Sentence]:
        sentences: list[Sentence] = []
        person_words = {
            word for e in doc.ents if e.label_ == "PERSON" for word in e.text.split()[1:]
        }
        for i, sent in enumerate(_split(doc)):
            chunk = sent.text
            start = sent.start_char
            sentence = Sentence(
                index=i,
                start=start,
                text=chunk,
                dates=find_dates(chunk, published, offset=start),
                casualties=find_casualties(chunk, offset=start),
                kind=classify(chunk, offset=start),
                statistics=is_statistics(chunk),
            )
            for ent in sent.ents:
                # a surname tagged as a place ("Tyrell Hall") is not one
                if ent.label_ in PLACE_LABELS and ent.text not in person_words:
                    before = doc.text[max(start, ent.start_char - 30): ent.start_char]
                    sentence.places.append(PlaceMention(
                        ent.text, ent.start_char, ent.end_char, in_event=False,
                        locative=bool(LOCATIVE.search(before)),
                        specific=bool(SPECIFIC.search(before)),
                    ))
            sentence.places.extend(_unlabelled_places(sent, sentence.places))
            sentences.append(sentence)
        for sentence in sentences:
            for place in sentence.places:
                place.in_event = sentence.is_trigger
        return sentences

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

        date_info, date_mention = _event_date(triggers, published, role,
                                              sentences if role == "main" else None,
                                              recalled=recalled)
        if date_mention is not None:
            cite("date", date_mention.start, date_mention.end)

        places = [p for s in sentences for p in s.places]
        located = self.locator.locate(places, text if role == "main" else "", ctx)
        if located.location.precision == "unknown" and global_ctx is not None:
            located = self.locator.locate(places, "", global_ctx)
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

        if role == "main":
            counted = [s for s in counted if not _other_incident(s)]
        fatalities, injured = _figures(counted, sources, persons)
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
        confidence += 0.2 if location.precision in ("site", "city") else (
            0.1 if location.precision != "unknown" else 0.0)
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


def _split(doc: Doc) -> Iterator[TextSpan]:
    """spaCy's sentences, further cut at blank lines (headlines, bylines, paragraphs)."""
    for sent in doc.sents:
        start = sent.start_char
        for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", sent.text):
            if m.group(0).strip():
                yield doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand")


# "near Kidal", "in Bono": a capitalised name after a locative preposition that the model did
# not label. The locator only accepts it if the gazetteer knows it in the report's context.
LOCATIVE_NAME = re.compile(
    r"\b(?:in|near|outside|at)\s+(?:the\s+)?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b"
)
NOT_PLACE_NAMES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That His Her Their "
    "Police Court Hospital Jail School Church".split()
)
TAKEN_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _unlabelled_places(sent: TextSpan, known: list[PlaceMention]) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    taken = [(e.start_char, e.end_char) for e in sent.ents if e.label_ in TAKEN_LABELS]
    taken += [(p.start, p.end) for p in known]
    for m in LOCATIVE_NAME.finditer(sent.text):
        name = m.group("name")
        if name.split()[0] in NOT_PLACE_NAMES:
            continue
        start = sent.start_char + m.start("name")
        end = start + len(name)
        if any(start < e and s < end for s, e in taken):
            continue
        found.append(PlaceMention(name, start, end, in_event=False, locative=True))
    return found


def _is_background(sentence: Sentence, published: date | None) -> bool:
    if published is None or not sentence.is_trigger:
        return False
    limit = published - timedelta(days=BACKGROUND_AFTER_DAYS)
    for mention in sentence.dates:
        end = mention.info.end or mention.info.start
        if end and end < limit.isoformat():
            return True
    return False


def _classification(triggers: list[Sentence]) -> Classification | None:
    """The most specific rule fired by the event's first sentences (rules are in priority)."""
    from eventwire.extract.classify import RULES

    found = [s.kind for s in triggers[:4] if s.kind is not None]
    if not found:
        return None
    order = {(r.event_type, r.sub_event_type, r.mode): i for i, r in enumerate(RULES)}
    return min(found, key=lambda k: order.get((k.event_type, k.sub_event_type, k.mode), 99))


LOOK_SENTENCES = 8
"""The event's date is the earliest day named in its first sentences: reports open with the
event and go on to what followed ("shot Wednesday ... died Thursday ... charged Friday")."""


def _event_date(
    triggers: list[Sentence], published: date | None, role: Role,
    others: list[Sentence] | None = None,
    recalled: bool = False,
) -> tuple[DateInfo, DateMention | None]:
    """The earliest plausible day in the event's first sentences, else the first in any
    sentence, else the publication date.

    Dates after publication (court dates, funerals), dates of statements ("police said
    Saturday") and dates in sentences about the legal aftermath are passed over.
    """
    latest = (published + timedelta(days=1)).isoformat() if published else None
    earliest = (
        (published - timedelta(days=BACKGROUND_AFTER_DAYS)).isoformat() if published else None
    )
    passes = [triggers] if others is None else [triggers, others]
    coarse: DateMention | None = None
    for n, sentences in enumerate(passes):
        days: list[DateMention] = []
        for sentence in sentences[:LOOK_SENTENCES] if n == 0 else sentences:
            for mention in sentence.dates:
                if sentence.is_procedure and not _about_the_violence(sentence, mention):
                    continue  # "was arraigned Monday", "arrested Saturday"
                start = mention.info.start or ""
                if latest and start > latest:
                    continue  # a court date or funeral, not the event
                too_old = earliest and (mention.info.end or start) < earliest
                if role == "main" and not recalled and too_old:
                    continue
                if role == "main" and mention.info.precision == "year":
                    continue
                before = sentence.text[: mention.start - sentence.start]
                after = sentence.text[mention.end - sentence.start:][:40]
                if role == "main" and (SAID_BEFORE.search(before[-40:])
                                       or DATELINE_BEFORE.match(before)
                                       or SAID_AFTER.match(after)):
                    continue
                if role == "main" and mention.info.precision != "day":
                    coarse = coarse or mention  # "last week ... on Sept. 17": keep looking
                    continue
                days.append(mention)
        if days:
            first = min(days, key=lambda m: (m.info.start or "", m.start))
            return first.info, first
    if coarse is not None:
        return coarse.info, coarse
    if role == "main" and published is not None:
        return publication_date(published), None
    return DateInfo(None, None, "unknown", None), None


OTHER_INCIDENT = re.compile(
    r"\b(?:separate|unrelated|another) (?:incident|shooting|attack|case)s?\b|\b(?:last|earlier "
    r"this|the previous) (?:week|month|weekend)\b|\bweeks? (?:ago|earlier|before)\b",
    re.I,
)


def _other_incident(sentence: Sentence) -> bool:
    """Does this sentence say it is about a different incident ("in a separate shooting",
    "last week")? Its figures are not the event's."""
    return bool(OTHER_INCIDENT.search(sentence.text))


def _about_the_violence(sentence: Sentence, mention: DateMention) -> bool:
    """In a sentence about arrests or courts, a date still dates the event when the words just
    before it are about the violence: "charged in the fatal shooting on January 11"."""
    at, end = mention.start - sentence.start, mention.end - sentence.start
    before = sentence.text[max(0, at - 45): at]
    after = sentence.text[end: end + 30]  # "the Feb. 22 slaying", "Sunday night's shooting"
    if VIOLENCE.search(before) and not PROCEDURE.search(before):
        return True
    return bool(VIOLENCE.search(after)) and not PROCEDURE.search(after)


Cited = tuple[Figure, tuple[int, int]]


def _figures(
    sentences: list[Sentence], sources: list[Span], persons: set[str]
) -> tuple[Cited | None, Cited | None]:
    """Reconcile a report's casualty mentions into its killed and injured figures.

    Counted mentions ("four people were shot") are taken at their largest; one-person mentions
    ("he was in critical condition") add an injured person only when nobody died, since
    they usually follow the victim who later died ("...he was pronounced dead").
    """
    mentions = [m for s in sentences for m in s.casualties]
    more = [m for m in mentions if m.another]
    mentions = [m for m in mentions if not m.another]
    killed = _largest([m for m in mentions if m.kind == "killed"])
    also_killed = [m for m in more if m.kind == "killed"]
    if killed is not None:  # a restated count ("the two were also killed") adds nobody
        also_killed = [m for m in also_killed if m.quantity.best != killed.quantity.best]
    if also_killed:
        # "Five soldiers were killed ... 11 attackers were also killed": 16 in all
        base = killed.quantity.best if killed else 0
        total = base + sum(m.quantity.best for m in also_killed)
        first = killed or also_killed[0]
        killed = CasualtyMention("killed", Quantity(total, total, total, "exact"), first.start,
                                 first.end, first.text, single=False)
    injured = _largest([m for m in mentions if m.kind == "injured" and not m.single])
    shot = _largest([m for m in mentions if m.kind == "shot" and not m.single])
    single = _largest([m for m in mentions if m.kind in ("injured", "shot") and m.single])
    killed_fig = _figure(killed, sources) if killed else None
    named = _named_dead([m for m in mentions if m.kind == "killed" and m.single], persons)
    if named and (killed is None or len(named) > killed.quantity.best):
        # "Christianson died at the scene. Jayden died at the hospital.": two people
        first = named[0]
        count = len(named)
        figure = Figure(count, count, count, "exact", first.text, _attribution(first, sources))
        killed_fig = (figure, (first.start, first.end))
        killed = CasualtyMention("killed", Quantity(count, count, count, "exact"), first.start,
                                 first.end, first.text, single=False)
    dead = killed.quantity.best if killed else 0
    if injured is not None and (shot is None or shot.quantity.best - dead <= injured.quantity.best):
        return killed_fig, _figure(injured, sources)
    wounded_more = [m for m in more if m.kind in ("injured", "shot")]
    if wounded_more and shot is None:
        # "A man was shot and died. Another man was shot in the back."
        count = sum(m.quantity.best for m in wounded_more)
        count += 1 if single is not None and killed is None else 0
        first = wounded_more[0]
        figure = Figure(count, count, count, "exact", first.text, _attribution(first, sources))
        return killed_fig, (figure, (first.start, first.end))
    dead = killed.quantity.best if killed else 0
    if shot is not None and shot.quantity.best > dead:
        # "Four people were shot, one fatally": the others were wounded.
        count = shot.quantity.best - dead
        figure = Figure(count, count, count, "exact", shot.text, _attribution(shot, sources))
        return killed_fig, (figure, (shot.start, shot.end))
    if single is not None and (killed is None or single.kind == "injured"):
        # "he was shot" usually is the victim who died; "was critically injured" is another
        return killed_fig, _figure(single, sources)
    return killed_fig, None


def _named_dead(mentions: list[CasualtyMention], persons: set[str]) -> list[CasualtyMention]:
    """One mention per distinct person (spaCy PERSON entity) named as dead."""
    seen: set[str] = set()
    distinct: list[CasualtyMention] = []
    for mention in mentions:
        if mention.subject is None:
            continue
        # the longest PERSON naming this word, so "Jayden" and "Jayden Redden" are one person
        names = sorted(
            (p for p in persons if mention.subject in p.split()), key=lambda p: (-len(p), p)
        )
        person = names[0] if names else None
        if person is None or person in seen:
            continue
        seen.add(person)
        distinct.append(mention)
    return distinct


def _largest(mentions: list[CasualtyMention]) -> CasualtyMention | None:
    if not mentions:
        return None
    # the largest count; among equals the fullest phrasing ("14 people were killed" over a
    # headline's "kills 14"), then the first
    return max(mentions, key=lambda m: (m.quantity.best, not m.single, len(m.text), -m.start))


def _figure(mention: CasualtyMention, sources: list[Span]) -> Cited:
    q = mention.quantity
    figure = Figure(q.best, q.low, q.high, q.qualifier, mention.text,
                    _attribution(mention, sources))
    return figure, (mention.start, mention.end)


def _attribution(mention: CasualtyMention, sources: list[Span]) -> str | None:
    """The cited source closest to the figure, within the same stretch of text."""
    near = [s for s in sources if abs(s.start - mention.start) < 250]
    if not near:
        return None
    return min(near, key=lambda s: abs(s.start - mention.start)).value
