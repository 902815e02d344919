import re

import pytest

from eventwire.extract.classify import ANY_RULE, EVENT_TYPES, RULES, classify


@pytest.mark.parametrize(
    ("text", "event_type", "sub"),
    [
        (
            "Twin blasts tore through a crowd near the mosque.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        (
            "A suicide bomber blew himself up at the checkpoint.",
            "Explosions/Remote violence",
            "Suicide bomb",
        ),
        (
            "He was killed in a drone strike near the airport.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        ("A man was shot outside a store.", "Violence against civilians", "Attack"),
        ("Thousands marched against the new law.", "Protests", "Peaceful protest"),
        ("Rebels and the army clashed near the border.", "Battles", "Armed clash"),
        ("Police arrested three suspects.", "Strategic developments", "Arrests"),
    ],
)
def test_classify(text: str, event_type: str, sub: str) -> None:
    found = classify(text)
    assert found is not None
    assert (found.event_type, found.sub_event_type) == (event_type, sub)
    assert text[found.start : found.end]  # the words that made the rule fire


def test_no_violence_no_type() -> None:
    assert classify("The council met on Tuesday to discuss the budget.") is None


def test_rules_use_acled_spelling() -> None:
    for rule in RULES:
        assert rule.sub_event_type in EVENT_TYPES[rule.event_type]
    assert sum(len(v) for v in EVENT_TYPES.values()) == 25


def test_the_rules_words_are_written_lower_case() -> None:
    """ANY_RULE, which lets a sentence through to the rules, reads the lower-cased sentence
    without re.I: a capital in a rule's words would never get through."""
    for rule in RULES:
        assert not re.search(r"[A-Z]", re.sub(r"\\.", "", rule.pattern.pattern))
    assert not ANY_RULE.flags & re.I


def test_capitals_are_classified() -> None:
    found = classify("An IED went off near the Pinewood market")
    assert found is not None
    assert found.sub_event_type == "Remote explosive/landmine/IED"
    assert classify("GUNMAN OPENS FIRE IN ELMWOOD") is not None
