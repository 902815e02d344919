"""A report's sentences, and what the rules find in each: dates, casualties, violence, places.

spaCy splits the report once; every later decision (which sentences tell the event, which
recall an older one, which date and figures are the event's) works on these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc

from eventwire.extract.casualties import CasualtyMention, find_casualties, is_statistics
from eventwire.extract.classify import Classification, classify
from eventwire.extract.clues import clues_apply
from eventwire.extract.dates import DateMention, find_dates
from eventwire.resolve.locate import CARE, CARE_AFTER, LOCATIVE, SPECIFIC, PlaceMention

BACKGROUND_AFTER_DAYS = 45
"""A violent event dated more than this before publication is recalled, not reported."""

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

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
    r"bur(?:y|ied|ial)|mourn\w*|interment|visitation|obituar\w*|"
    r"arrested|custody|extradit\w*|convicted|verdict|lawsuit|(?:news|press) conference|"
    r"interviewed|turn(?:ed|s)? (?:him|her)self in|life support)\b",
    re.I,
)
# Their words are written in lower case: searched in the lower-cased sentence without re.I,
# several times faster (under re.I Python's regex engine tries every word at every character)
VIOLENCE_LOWER = re.compile(VIOLENCE.pattern)
PROCEDURE_LOWER = re.compile(PROCEDURE.pattern)


def _search_lowered(lower_twin: re.Pattern[str], pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` (re.I, words in lower case) occurs in `text`, searched with its
    lower-case twin in the lower-cased text where lower-casing keeps every letter in place."""
    lowered = text.lower()
    if clues_apply(text, lowered):
        return lower_twin.search(lowered) is not None
    return pattern.search(text) is not None


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
        return (
            bool(self.casualties) or violent or _search_lowered(VIOLENCE_LOWER, VIOLENCE, self.text)
        )

    @property
    def is_procedure(self) -> bool:
        return _search_lowered(PROCEDURE_LOWER, PROCEDURE, self.text)


Entity = tuple[int, int, str, str]  # start, end, label, text
# "the 900 block of Cambridge", "on Broadway", "at Lincoln and": streets, not towns
STREET_BEFORE = re.compile(r"\bblock of\s+$|\bon\s+$|\b(?:at|near|of) [A-Z]\w+ and\s+$")
# "Tampa's Palm Ridge neighborhood": the city the event's neighbourhood lies in
CITY_OF_NEIGHBOURHOOD = re.compile(
    r"^['’]s\s+(?:[A-Z][\w-]*\s+){1,3}(?:neighbou?rhood|area|district|section|community)\b"
)
# "a Lakewood deputy", "Fairview sheriff's deputies": sheriffs serve a county, named like the
# town that may lie elsewhere in it
COUNTY_OFFICERS_AFTER = re.compile(r"\s+(?:[Ss]heriff|[Dd]eput(?:y|ies)\b)")
# "in the 100 block of Elm Street in", "on State Route 9 in", "near 5th and Oak avenues in": a
# street address and the town it lies in, which is the scene's
ADDRESS_BEFORE = re.compile(
    r"(?:\b(?:the\s+)?(?:\d[\d,-]*|first|\w+ hundred)\s+block\s+of\s+[^.;\n]{1,40}?|"
    r"\b(?:\d[\w-]*\s+)?(?:[A-Z0-9][\w.'’-]*\s+){1,4}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|"
    r"Drive|Dr\.|Boulevard|Blvd\.|Lane|Ln\.|Way|Place|Pike|Parkway|Circle|Trail|Terrace|"
    r"(?:Highway|Route|Road) \d+)|"
    r"\b[A-Z0-9][\w.]*\s+(?:and|&)\s+[A-Z0-9][\w.]*(?:\s+[A-Z][\w.]*)?\s+"
    r"(?:[Aa]venues|[Ss]treets|[Rr]oads))\s+in\s+(?:the\s+)?$"
)
# "at Lincoln and North Jackson", "near the corner of Gratiot and 7 Mile": a street corner
INTERSECTION_BEFORE = re.compile(r"\b(?:at|near|on)\s+(?:the\s+(?:corner|intersection)\s+of\s+)?$")
INTERSECTION_AFTER = re.compile(
    r"\s+(?:and|&)\s+(?:(?:North|South|East|West|N\.|S\.|E\.|W\.|NE|NW|SE|SW)\s+)?[A-Z0-9]"
)
# "taken into custody in the 100 block of Elm Street in Brandon": where a suspect was caught
ARREST = re.compile(
    r"\b(?:arrest(?:ed)?|(?:in|into) custody|apprehended|captured|surrendered)\b", re.I
)
# "Ann Roe, of the 100 block of Elm Street in Brandon": where someone lives, not the scene
RESIDENCE_BEFORE = re.compile(r"\bof\s+$")
# "410 Paris St.", "Kansas Avenue": a place name that names a street
STREET_AFTER = re.compile(
    r"^[ \t]+and\s+(?:[A-Z][\w.]*\s+){1,2}(?:avenues|streets|roads|boulevards|drives)\b|"
    r"^[ \t]+(?:St(?!\.?\s+[A-Z])|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Lane|Ln|Way|"
    r"Court|Ct|Place|Pkwy|Parkway|Terrace|Circle|Pike|Trail)\b"
)


def entities_of(doc: Doc) -> list[Entity]:
    """The document's entities as plain tuples, read once (spaCy builds its Span objects
    anew at every ``doc.ents``)."""
    return [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]


def split_sentences(
    doc: Doc,
    published: date | None,
    text: str | None = None,
    entities: list[Entity] | None = None,
) -> list[Sentence]:
    """The report's sentences, each with what the rules found in it.

    Works on plain offsets: spaCy's ``Span.ents`` walks the whole document for every sentence,
    which made this the slowest step of extraction. `text` is ``doc.text`` and `entities`
    ``entities_of(doc)`` when the caller has them already (spaCy joins the text anew, token by
    token, at every call).
    """
    if text is None:
        text = doc.text
    if entities is None:
        entities = entities_of(doc)
    person_words = {word for *_, label, name in entities if label == "PERSON" and _a_name(name)
                    for word in name.split()[1:]}  # fmt: skip
    sentences: list[Sentence] = []
    first_entity = 0
    for i, (start, end) in enumerate(_split(doc, text)):
        chunk = text[start:end]
        while first_entity < len(entities) and entities[first_entity][0] < start:
            first_entity += 1
        inside = []
        for entity in entities[first_entity:]:
            if entity[0] >= end:
                break
            if entity[1] <= end:
                inside.append(entity)
        sentence = Sentence(
            index=i,
            start=start,
            text=chunk,
            dates=find_dates(chunk, published, offset=start),
            casualties=find_casualties(chunk, offset=start),
            kind=classify(chunk, offset=start),
            statistics=is_statistics(chunk),
        )
        for ent_start, ent_end, label, name in inside:
            if label in PLACE_LABELS and not name[:1].isupper():
                # "west Charlotte" is Charlotte; "coma" is no place at all
                lead = LOWERCASE_LEAD.match(name)
                if lead is None:
                    continue
                ent_start, name = ent_start + lead.end(), name[lead.end() :]
            if label in PLACE_LABELS and (tail := CRIME_TAIL.search(name)) and tail.start():
                # "in Pinewood Shooting" tagged as one facility: the town is Pinewood
                ent_end, name = ent_start + tail.start(), name[: tail.start()]
            # a surname tagged as a place ("Tom Hall") is not one
            if label in PLACE_LABELS and name not in person_words:
                before = text[max(start, ent_start - 30) : ent_start]
                possessive = text.startswith(("'s", "’s"), ent_end)  # "on Detroit's west side"
                street_before = STREET_BEFORE.search(before) and not possessive
                if street_before or STREET_AFTER.match(text[ent_end : ent_end + 40]):
                    continue  # "the 900 block of Cambridge", "Paris St.": a street
                if _first_of_intersection(text, ent_start, ent_end):
                    continue  # "at Lincoln and North Jackson": two streets' corner
                if COUNTY_OFFICERS_AFTER.match(text, ent_end):
                    continue  # "a Lakewood deputy": the county's sheriff, not the town
                sentence.places.append(
                    PlaceMention(
                        name,
                        ent_start,
                        ent_end,
                        in_event=False,
                        locative=bool(LOCATIVE.search(before)),
                        specific=bool(
                            SPECIFIC.search(before)
                            or CITY_OF_NEIGHBOURHOOD.match(text[ent_end : ent_end + 60])
                        ),
                        care=_about_care(text, ent_start, ent_end),
                        address=_after_address(text, start, ent_start),
                    )
                )
        sentence.places.extend(_unlabelled_places(sentence, inside, text, person_words))
        sentences.append(sentence)
    for sentence in sentences:
        if sentence.places:
            in_event = sentence.is_trigger
            for place in sentence.places:
                place.in_event = in_event
    return sentences


MAX_DATELINE_WORDS = 6
"""A dateline or byline ("COLUMBUS, Ohio (AP) —") split off as a sentence is no lead."""


# "More stories", "Previous stories:", "You might also like", "Caption Man charged in ...",
# "ALSO": where a web page's list of its other stories begins, after the story. Not "Related
# stories", more often a box of links inside the story, which goes on after it
PAGE_AFTER_THE_STORY = re.compile(
    r"\s*(?:(?:More|Recommended|Trending|Popular|Top|Latest|Other|Previous) (?:stories|news|"
    r"headlines|articles|links|videos|content)\b|You (?:may|might) (?:also )?(?:like|be "
    r"interested)|Most (?:Popular|Read|Viewed|Watched)\b|Caption\s|ALSO\s*$)",
    re.I,
)

# "Winter Storm Warning issued Jan 3 at 4:10PM EST expiring ...": a weather service's alert
# in a station's page widget, with far-off days and a list of counties
WEATHER_ALERT = re.compile(r"\s*[A-Z][A-Za-z ]{3,40} (?:Watch|Warning|Advisory|Statement) issued ")
# "Image 3 of 12 Officers at the scene ...", "Photo: Ann Roe Image 3 of 12 ...": a photo
# gallery's caption, dated when the photo was taken, often the day after
GALLERY_CAPTION = re.compile(r"\s*(?:Photo: [^\n]{0,80}?)?Image \d+ of /? ?\d+")

STORY_BEFORE_THE_LIST = 2
"""Sentences of the story (beyond the headline) that must come before a list of the site's
other stories: a video player's "More videos" above the story is not its end."""


def the_story(sentences: list[Sentence], headline_end: int) -> list[Sentence]:
    """The report's sentences up to the list of the site's other stories that may follow it
    on a web page ("More stories", "You might also like"), whose teasers tell other
    shootings: their dead, days and towns are not the event's; and without the page's
    furniture between them (weather alerts, a photo gallery's captions). The text is kept
    (evidence offsets still point into it); only the reading skips or stops."""
    told = 0
    story: list[Sentence] = []
    captions: list[Sentence] = []
    for sentence in sentences:
        if told >= STORY_BEFORE_THE_LIST and PAGE_AFTER_THE_STORY.match(sentence.text):
            break
        if sentence.start >= headline_end:
            if WEATHER_ALERT.match(sentence.text):
                continue
            if GALLERY_CAPTION.match(sentence.text):
                captions.append(sentence)
                continue
            if len(sentence.text.split()) > MAX_DATELINE_WORDS:
                told += 1
        story.append(sentence)
    if captions and not any(s.is_trigger for s in story if s.start >= headline_end):
        # a page that is only a gallery: its captions are all there is of the story
        story = sorted(story + captions, key=lambda s: s.start)
    return story


def _a_name(person: str) -> bool:
    """Whether a PERSON entity reads as a person's name: not a station and a city ("WBTV
    Charlotte"), a newspaper ("The Pinewood Gazette", whose town is a place the report may name
    again) nor words run together across lines ("Dan Cole Sylmar\n\nW/B")."""
    first = person.split(maxsplit=1)[0]
    return (
        "\n" not in person
        and not (first.isupper() and len(first) > 1)
        and first not in ("The", "the")  # "The Elmwood Gazette": a paper
    )


def _split(doc: Doc, text: str) -> Iterator[tuple[int, int]]:
    """spaCy's sentences, further cut at blank lines (headlines, bylines, paragraphs).

    `text` is ``doc.text``, passed in: spaCy builds it anew, token by token, at every call."""
    for sent in doc.sents:
        start = sent.start_char
        for m in PARAGRAPH.finditer(text, start, sent.end_char):
            if m.group(0).strip():
                yield m.start(), m.end()


LOWERCASE_LEAD = re.compile(r"^(?:[a-z]+\s+)+(?=[A-Z])")

PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


# "near Kidal", "in Bono", "West of Helena", "in north Tustin", "in unincorporated Elmwood",
# "in the town of Archer": a capitalised name after a locative preposition that the model did
# not label (the lower-case word before it makes the model miss it more often). The locator
# only accepts it if the gazetteer knows it in the report's context.
LOCATIVE_NAME = re.compile(
    r"\b(?:in|near|outside|at|(?i:north|south|east|west|northeast|northwest|southeast|"
    r"southwest) of)\s+(?:the\s+)?(?:unincorporated\s+|(?:north|south|east|west|northeast|"
    r"northwest|southeast|southwest|central|downtown|rural)\s+|"
    r"(?:town|city|village|community|hamlet|borough|township) of\s+)?"
    r"(?P<name>(?:(?:NW|NE|SW|SE) )?(?:Mc|Mac|De|La)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b"
)
# "Tulsa man charged", "3 Dayton teens", "a southwest Durham neighborhood", "a Pinewood alley":
# a place used as a modifier (of a scene: alley, gas station, store, hotel; not "park" nor
# "school", named after people and places far away: "Lincoln Park", "Central High"; or of
# the crime: "a Pinewood robbery", "the Pinewood homicide")
MODIFIER_NAME = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}) "
    r"(?:\d+-year-old|(?i:man|woman|men|women|teens?|teenagers?|"
    r"boy|girl|child|toddler|resident|residents|couple|mother|father|student|officer|"
    r"neighbou?rhood|area|home|house|apartment|community|family|bar|nightclub|restaurant|motel|"
    r"alley|parking lot|gas station|convenience store|store|hotel|club|church|"
    r"robbery|homicides?|murders?|killings?|slayings?|standoff|drive-by|murder-suicide|"
    r"(?:mass |double |triple |fatal |deadly )?shootings?))\b"
)
# a headline's title-cased crime after a town, read by the model as part of one name
CRIME_TAIL = re.compile(
    r" (?:(?:Mass|Fatal|Deadly|Double|Triple|Drive-By) )?(?:Shootings?|Homicides?|Murders?|"
    r"Killings?|Slayings?|Standoff|Murder-Suicide)$"
)
NOT_PLACE_NAMES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That His Her Their "
    "Police Court Hospital Jail School Church Fatal Deadly Double Triple Mass Man Woman Teen "
    "Boy Girl Child Family Police Officer Deputy Shooting Breaking Update Video Watch "
    "One Two Three Four Five Six Seven Eight Nine Ten Another Both Each Every".split()
)
TAKEN_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _unlabelled_places(
    sentence: Sentence, entities: list[Entity], text: str, person_words: set[str]
) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    taken = [(start, end) for start, end, label, _ in entities if label in TAKEN_LABELS]
    taken += [(p.start, p.end) for p in sentence.places]
    for pattern, locative in ((LOCATIVE_NAME, True), (MODIFIER_NAME, False)):
        for m in pattern.finditer(sentence.text):
            name = m.group("name")
            if name.split()[0] in NOT_PLACE_NAMES or name in person_words:
                continue  # "the Green family" of Randy Green
            start = sentence.start + m.start("name")
            end = start + len(name)
            if any(start < e and s < end for s, e in taken):
                continue
            if _first_of_intersection(text, start, end):
                continue
            taken.append((start, end))
            found.append(
                PlaceMention(
                    name,
                    start,
                    end,
                    in_event=False,
                    locative=locative,
                    specific=bool(SPECIFIC.search(text, max(0, start - 60), start)),
                    care=_about_care(text, start, end),
                    address=_after_address(text, sentence.start, start),
                )
            )
    return found


def _first_of_intersection(text: str, start: int, end: int) -> bool:
    """ "at Lincoln and North Jackson", "near the corner of Gratiot and 7 Mile": the first of two
    streets whose corner locates a scene (the second is :data:`STREET_BEFORE`'s)."""
    return bool(
        INTERSECTION_AFTER.match(text, end)
        and INTERSECTION_BEFORE.search(text, max(0, start - 40), start)
    )


def _after_address(text: str, sentence_start: int, start: int) -> bool:
    """ "shot in the 100 block of Elm Street in Brandon": the town a street address lies in,
    unless the address is someone's home ("Ann Roe, of Elm Street in Brandon") or where a
    suspect was arrested."""
    if not text.endswith(("in ", "the "), sentence_start, start):
        return False
    window_start = max(sentence_start, start - 80)
    m = ADDRESS_BEFORE.search(text, window_start, start)
    if m is None or RESIDENCE_BEFORE.search(text, window_start, m.start()):
        return False
    # "Bob Lee was arrested in the 100 block of Elm Street in Brandon": where the suspect was
    # caught, which may be far from the scene
    sentence_end = text.find(". ", start)
    return not ARREST.search(text, sentence_start, len(text) if sentence_end < 0 else sentence_end)


def _about_care(text: str, start: int, end: int) -> bool:
    """ "flown to a hospital in Fairbanks", "a Memphis area hospital": where the wounded were
    taken, not where it happened; so too "arrested Tuesday in Elmwood", where a suspect was
    caught (often far from the scene, as the address rule knows), "arraigned in Elmwood",
    where the case is heard, and "in the Elmwood suburbs", around the city but not in it."""
    before, after = text[max(0, start - 45) : start], text[end : end + 25]
    return bool(
        CARE_AFTER.match(after)
        or SUBURBS_AFTER.match(after)
        or SUBURBAN_BEFORE.search(before)
        or CARE.search(before)
        or ARRESTED_IN.search(before)
        or COURT_IN.search(before)
    )


# "in the Elmwood suburbs", "an Elmwood suburb", "in suburban Elmwood": around the city, not
# in it (its outskirts may still lie within it)
SUBURBS_AFTER = re.compile(r"^(?:['’]s)?\s+(?:suburbs?|exurbs?)\b")
SUBURBAN_BEFORE = re.compile(r"\bsuburban\s+$")
# "arraigned Friday in Elmwood", "District Court in Elmwood", "held at the jail in Elmwood":
# where the case is heard or the suspect held, the county seat more than the scene (not
# "sentenced for his role in the Elmwood murders": dev set, one broken)
COURT_IN = re.compile(
    r"\b(?:[Cc]ourt(?:house)?|arraign(?:ed|ment)|jail|[Dd]etention [Cc]enter|booked)\b"
    r"[^.;\n]{0,25}?\b(?:in|at)\s+(?:the\s+)?$"
)


# "was arrested Tuesday in Elmwood", "taken into custody in Elmwood": where a suspect was caught
ARRESTED_IN = re.compile(
    r"\b(?:arrested|apprehended|captured|caught|(?:in|into) custody)\b[^.;\n]{0,25}?"
    r"\b(?:in|near|at)\s+(?:the\s+)?$"
)


def is_background(sentence: Sentence, published: date | None) -> bool:
    if published is None or not sentence.is_trigger:
        return False
    limit = published - timedelta(days=BACKGROUND_AFTER_DAYS)
    for mention in sentence.dates:
        end = mention.info.end or mention.info.start
        if end and end < limit.isoformat():
            return True
    return False
