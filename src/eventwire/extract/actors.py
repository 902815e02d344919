"""Who did it, to whom, and who says so.

Perpetrators come from attribution phrases ("ordered by", "claimed responsibility", "suspect X
was arrested"), or are coded "unknown" when the report says nobody knows. Victims are named
people the report says were killed, shot or identified. Sources are the outlets, agencies and
officials a report cites; each casualty figure is attributed to the source nearest to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.extract.clues import clue_words_in, clues, could_match
from eventwire.model import Actor

GENERIC_SOURCES = (
    r"state (?:media|television|TV|news agency)|police|officials|authorities|the coroner|"
    r"(?:the )?medical examiner(?:'s office)?|(?:the )?sheriff's office|witnesses|"
    r"hospital officials|health officials|the health ministry|the interior ministry|"
    r"the military|the army|local media|reports|a police spokesman|a spokesman|a spokeswoman|"
    r"investigators|prosecutors|the fire department"
)
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w'’.-]+){0,4}"
# "according to the Borno State government": the institution the name qualifies
_INSTITUTION = (
    r"(?:\s+(?:government|police|authorities|officials|ministry|army|military|media|council|"
    r"administration))?"
)
SOURCE_PATTERNS = [
    re.compile(
        rf"\baccording to (?:the |a |an )?(?:(?:Iranian |local |Iraqi |US |U\.S\. )?"
        rf"(?P<generic>{GENERIC_SOURCES})|(?P<name>{_NAME}{_INSTITUTION}))"
    ),
    re.compile(
        rf"\b(?:news agency|agency|broadcaster|newspaper|outlet|channel|TV)\s+(?P<name>{_NAME})"
        rf"\s+(?:reported|said|says|reports|quoted)"
    ),
    re.compile(
        rf"(?:^|[.,;]\s+|\b(?:the|The)\s+)(?P<generic>{GENERIC_SOURCES})\s+(?:said|say|says|"
        rf"reported|report|told|confirmed|announced|stated)"
    ),
    re.compile(
        rf"(?:^|\s)(?P<name>{_NAME})\s+(?:reported|said|says|told|confirmed|announced)"
        rf"(?!\s+(?:he|she|they)\b)"
    ),
    re.compile(rf"\b(?:told|reported by|said by)\s+(?P<name>{_NAME})"),
]
# Words that start a capitalised phrase but are not a source.
NOT_SOURCES = frozenset(
    [
        "He",
        "She",
        "They",
        "It",
        "We",
        "I",
        "This",
        "That",
        "The",
        "A",
        "An",
        "But",
        "And",
        "Police",
        "Reports",
        "According",
        "Officials",
    ]
)

UNKNOWN_PERPETRATOR = re.compile(
    r"no (?:group|one|organi[sz]ation) (?:has |had )?(?:yet |immediately )?claimed|"
    r"no information (?:is |was )?(?:yet )?available about the (?:cause|perpetrators?|attackers?)|"
    r"unknown (?:gunm[ae]n|assailants?|attackers?|perpetrators?|shooters?)|"
    r"(?:no|not made any) arrests? (?:has|have|had|were|was)?\s*(?:yet )?(?:been )?made|"
    r"no suspects?|suspects? (?:is|are|remains?) (?:still )?(?:at large|unknown|on the run)|"
    r"(?:shooter|gunman|suspect) (?:fled|got away|ran away)|"
    r"(?:cause|perpetrators?) (?:is|are|was|were|remains?) (?:still )?(?:unknown|unclear|not known)",
    re.I,
)
# Few sentences say it: the lower-cased sentence is searched first, without re.I (under re.I
# Python's regex engine tries every phrase at every character, several times slower), and only
# a sentence that has it is searched again with re.I for the offsets in the original text.
UNKNOWN_PERPETRATOR_LOWER = re.compile(UNKNOWN_PERPETRATOR.pattern)
PERPETRATOR = [
    re.compile(
        rf"\bordered by (?:then[- ])?(?:(?:US|U\.S\.|American|Israeli|Russian) )?"
        rf"(?:President |Prime Minister |Defense Secretary |General )?(?P<name>{_NAME})"
    ),
    re.compile(rf"(?P<name>{_NAME}) (?:has |have )?claimed responsibility"),
    re.compile(rf"\b(?:suspect|gunman|shooter|attacker),? (?:identified as )?(?P<name>{_NAME})"),
    re.compile(
        rf"(?P<name>{_NAME}),? (?:\d{{1,2}},? )?(?:was|has been|is) (?:arrested|charged|"
        rf"taken into custody|booked)"
    ),
]
VICTIM = [
    re.compile(
        rf"\b(?:identified (?:the victims? )?as|victims? (?:was|were|has been|have been) "
        rf"identified as|victim,)\s+(?P<name>{_NAME})"
    ),
    re.compile(
        rf"(?P<name>{_NAME}),? (?:\d{{1,2}},? )?(?:of [A-Z]\w+,? )?(?:who )?"
        rf"(?:was|had been|were) (?:[^.;]{{0,80}}? and (?:was |were )?)?(?:shot|killed|slain|"
        rf"fatally \w+|murdered|found dead|pronounced dead)"
    ),
    re.compile(rf"\b(?:killing|murder of) (?P<name>{_NAME})"),
]
_TITLES = re.compile(
    r"^(?:General|Gen\.|President|Mr\.|Mrs\.|Ms\.|Dr\.|Officer|Sgt\.|Commander)\s+"
)


# Each pattern's clues, words one of which its every match holds (see eventwire.extract.clues)
CLUES = {id(pattern): clues(pattern) for pattern in (*SOURCE_PATTERNS, *PERPETRATOR, *VICTIM)}


@dataclass(frozen=True, slots=True)
class Span:
    value: str
    start: int
    end: int


def find_sources(sentence: str, offset: int = 0) -> list[Span]:
    found: list[Span] = []
    lowered = sentence.lower()
    present = clue_words_in(sentence, lowered)
    for pattern in SOURCE_PATTERNS:
        if not could_match(CLUES[id(pattern)], present):
            continue  # none of the words it needs ("said", "according to")
        for m in pattern.finditer(sentence):
            group = "generic" if m.groupdict().get("generic") else "name"
            value = m.group(group)
            if value is None:
                continue
            value = _clean_source(value)
            if not value or (value.split()[0] in NOT_SOURCES and group == "name"):
                continue
            if any(s.value == value for s in found):
                continue
            found.append(Span(value, offset + m.start(group), offset + m.end(group)))
    return found


def _clean_source(value: str) -> str:
    value = value.strip().rstrip(".,")
    value = re.sub(r"^(?:the|a|an)\s+", "", value, flags=re.I)
    if value.lower() in ("reports",):
        return ""
    return value


def find_actors(sentence: str, offset: int, persons: set[str]) -> tuple[list[Actor], list[Span]]:
    """Actors named in one sentence; ``persons`` are the PERSON entities spaCy found."""
    actors: list[Actor] = []
    spans: list[Span] = []
    lowered = sentence.lower()
    m = UNKNOWN_PERPETRATOR.search(sentence) if UNKNOWN_PERPETRATOR_LOWER.search(lowered) else None
    present = clue_words_in(sentence, lowered)
    if m:
        actors.append(Actor("unknown", "perpetrator", "unknown"))
        spans.append(Span("unknown", offset + m.start(), offset + m.end()))
    for role, patterns in (("perpetrator", PERPETRATOR), ("victim", VICTIM)):
        for n, pattern in enumerate(patterns):
            if not could_match(CLUES[id(pattern)], present):
                continue  # none of the words it needs ("arrested", "identified as")
            for m in pattern.finditer(sentence):
                name = _TITLES.sub("", m.group("name")).strip().rstrip(".,")
                # the first pattern of each list names a person by construction
                # ("identified as X", "ordered by X"); the others need spaCy's PERSON too
                if not (_is_person(name, persons) or (n == 0 and _looks_like_name(name))):
                    continue
                if any(a.name == name and a.role == role for a in actors):
                    continue
                actors.append(Actor(name, role, "person"))  # type: ignore[arg-type]
                spans.append(Span(name, offset + m.start("name"), offset + m.end("name")))
    return actors, spans


_NOT_NAME_WORDS = frozenset(
    [
        "Police",
        "Department",
        "County",
        "Sheriff",
        "News",
        "Office",
        "Hospital",
        "Center",
        "Street",
        "Avenue",
        "Road",
        "Court",
        "University",
        "School",
        "Church",
        "Mosque",
        "City",
        "State",
        "Agency",
        "Ministry",
        "Army",
        "Forces",
    ]
)


def _looks_like_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and not any(w in _NOT_NAME_WORDS for w in words)


def _is_person(name: str, persons: set[str]) -> bool:
    if name in persons:
        return True
    return any(name in p or p in name for p in persons if len(p) > 3 and " " in p)
