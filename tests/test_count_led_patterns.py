"""Count-led casualty patterns are tried only where a count begins: same matches as finditer."""

import re

import pytest

from eventwire.extract.casualties import (
    COUNT_LED,
    COUNT_STARTS,
    NUM,
    PATTERNS,
    _count_led,
    _count_starts,
    _matches,
)

SENTENCES = [
    "At least 73 people were killed and 170 others were wounded in two blasts near the shrine.",
    "Two men, ages 19 and 22, were shot on Elm Street; one of them died at the hospital.",
    "Police said seventy-three people were killed, up from 50 reported on Tuesday.",
    "Dozens of people were injured and a dozen were killed when gunmen opened fire at 9:15 p.m.",
    "Another man was shot and a second victim was wounded, while both were taken to hospital.",
    "The gunman killed three people and wounded four others before he was shot by officers.",
    "Between 10 and 15 people were hurt, 2 critically, and 911 callers heard more than 20 shots.",
    "A woman and her toddler were found dead; all three were dead when deputies arrived.",
    "Four people were shot, one fatally, and two people remain in the hospital.",
    "No one was hurt.",
]


def test_most_counted_patterns_are_count_led() -> None:
    assert len(COUNT_LED) >= 10


@pytest.mark.parametrize("sentence", SENTENCES)
def test_count_led_matching_finds_what_finditer_finds(sentence: str) -> None:
    starts = [m.start() for m in COUNT_STARTS.finditer(sentence)]
    for _, pattern in PATTERNS:
        expected = [(m.start(), m.end()) for m in pattern.finditer(sentence)]
        got = [(m.start(), m.end()) for m in _matches(pattern, sentence, starts)]
        assert got == expected, pattern.pattern[:80]


def test_the_sentences_exercise_count_led_patterns() -> None:
    led = [pattern for _, pattern in PATTERNS if id(pattern) in COUNT_LED]
    hits = sum(1 for s in SENTENCES for pattern in led if pattern.search(s))
    assert hits >= 8


def test_a_leading_lookahead_with_nested_groups_is_still_count_led() -> None:
    nested = re.compile(
        rf"\b(?!(?:another|an? (?:second|third))\b){NUM} killed", COUNT_STARTS.flags
    )
    assert _count_led(nested)


@pytest.mark.parametrize(
    "sentence", [*SENTENCES, "TWO MEN WERE SHOT NEAR THE İNN; Three Others Were Hurt."]
)
def test_count_starts_in_the_lowered_sentence_are_the_same(sentence: str) -> None:
    """NUM is written in lower case: where a count begins is found in the lowered sentence."""
    assert _count_starts(sentence, sentence.lower()) == [
        m.start() for m in COUNT_STARTS.finditer(sentence)
    ]
    source = re.sub(r"\\.", "", re.sub(r"\(\?P<\w+>", "(", NUM))
    assert source == source.lower()
