"""Event type, sub-event type and mode, in ACLED's categories and spelling.

A keyword decision list, most specific first: the words reporters use for a drone strike, a
suicide bombing or a protest are few and stable, and a rule that fired can always show the
words that made it fire (they become the ``event_type`` evidence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.extract.clues import clue_words_in, clues, could_match

EVENT_TYPES = {
    "Battles": ["Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"],
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Rule:
    event_type: str
    sub_event_type: str
    mode: str | None
    pattern: re.Pattern[str]


def _rule(event_type: str, sub: str, mode: str | None, words: str) -> Rule:
    """A rule on `words`, written in lower case (ANY_RULE reads them in the lowered text)."""
    assert sub in EVENT_TYPES[event_type], sub
    return Rule(event_type, sub, mode, re.compile(rf"\b(?:{words})", re.I))


RULES: list[Rule] = [
    _rule(
        "Explosions/Remote violence",
        "Chemical weapon",
        "chemical",
        r"chemical (?:weapon|attack)|sarin|chlorine gas|nerve agent",
    ),
    _rule(
        "Explosions/Remote violence",
        "Suicide bomb",
        "suicide",
        r"suicide (?:bomb|attack|blast|vest|car bomb)|blew (?:himself|herself|themselves) up",
    ),
    _rule(
        "Explosions/Remote violence",
        "Air/drone strike",
        "air/drone",
        r"air ?strikes?|drone (?:strike|attack)s?|air raids?|bombing raids?|warplanes?|"
        r"fighter jets?|helicopter gunships?",
    ),
    _rule(
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        "artillery/missile",
        r"shell(?:ing|ed|s)\b|artillery|missiles?|rockets?\b|mortars?|barrage",
    ),
    _rule("Explosions/Remote violence", "Grenade", "explosives", r"grenades?"),
    _rule(
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        "explosives",
        r"bomb(?:s|ings?|ed)?\b|blasts?\b|explosions?|explosives?|detonat\w+|ieds?\b|landmines?|"
        r"car bomb|roadside bomb",
    ),
    _rule(
        "Battles",
        "Armed clash",
        "firearms",
        r"clash(?:es|ed)?|firefight|gun ?battle|exchange of fire|fighting between|battle for",
    ),
    _rule(
        "Violence against civilians",
        "Sexual violence",
        None,
        r"rap(?:e|ed)\b|sexual(?:ly)? assault",
    ),
    _rule(
        "Violence against civilians",
        "Abduction/forced disappearance",
        None,
        r"abduct\w*|kidnapp?\w*|hostages?",
    ),
    _rule(
        "Riots",
        "Violent demonstration",
        None,
        r"riot(?:s|ers|ing)?\b|violent (?:protest|demonstration)s?|protesters (?:threw|torched|clashed)",
    ),
    _rule("Riots", "Mob violence", None, r"\bmob\b|lynch\w*|vigilantes?"),
    _rule(
        "Protests",
        "Excessive force against protesters",
        None,
        r"(?:opened fire|fired) on (?:protesters|demonstrators)|protesters (?:were )?killed",
    ),
    _rule(
        "Protests",
        "Protest with intervention",
        None,
        r"(?:police|security forces) (?:dispersed|broke up)|tear gas",
    ),
    _rule(
        "Protests",
        "Peaceful protest",
        None,
        r"protest(?:s|ers|ed)?\b|demonstrat(?:ion|ors)|rall(?:y|ies)|march(?:ed|es)? against",
    ),
    _rule(
        "Violence against civilians",
        "Attack",
        "firearms",
        r"shot|shooting|gunfire|gunm[ae]n|opened fire|shots fired|sprayed bullets",
    ),
    _rule(
        "Violence against civilians",
        "Attack",
        "melee",
        r"stabb?\w*|knife attack|machete|beat(?:en|ing) to death|bludgeon\w*",
    ),
    _rule(
        "Violence against civilians",
        "Attack",
        "vehicle",
        r"ram(?:med|ming) (?:a|his|her|their) (?:car|truck|vehicle)|vehicle attack",
    ),
    _rule("Violence against civilians", "Attack", None, r"killed|murder\w*|homicide|slain"),
    _rule("Strategic developments", "Arrests", None, r"arrest(?:ed|s)?\b|detain(?:ed)?\b"),
]


# Most sentences fire no rule. One search of every rule's words at once, in the lower-cased
# sentence and without re.I (under re.I Python's regex engine tries every word at every
# character), tells them apart before the rules are tried one by one in priority order.
ANY_RULE = re.compile("|".join(rule.pattern.pattern for rule in RULES))
# and each rule's clues, words one of which it needs (see eventwire.extract.clues), tell which
# rules to try
RULE_CLUES = [clues(rule.pattern) for rule in RULES]


@dataclass(frozen=True, slots=True)
class Classification:
    event_type: str
    sub_event_type: str
    mode: str | None
    start: int
    end: int


def classify(text: str, offset: int = 0) -> Classification | None:
    """The first rule, in priority order, whose words occur in ``text``."""
    lowered = text.lower()
    if not ANY_RULE.search(lowered):
        return None
    present = clue_words_in(text, lowered)
    for rule, rule_clues in zip(RULES, RULE_CLUES, strict=True):
        if not could_match(rule_clues, present):
            continue  # none of its words: it cannot fire
        m = rule.pattern.search(text)
        if m:
            return Classification(
                rule.event_type,
                rule.sub_event_type,
                rule.mode,
                offset + m.start(),
                offset + m.end(),
            )
    return None
