"""Numbers as reporters write them: digits, words, vague quantities and hedges.

"at least 73" -> 73 with qualifier at_least; "dozens" -> 12 (ACLED's conservative coding);
"between 10 and 15" -> a range. The output is a :class:`Quantity` that casualty extraction turns
into a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.model import Qualifier

UNITS = {
    "zero": 0, "no": 0, "none": 0,
    "a": 1, "an": 1, "one": 1, "single": 1, "lone": 1,
    "two": 2, "both": 2, "pair": 2, "twin": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# Vague quantities, coded conservatively as ACLED does ("dozens" = 12, "several" = 3...).
VAGUE = {
    "several": 3, "some": 3, "few": 2, "a few": 2, "couple": 2, "a couple": 2,
    "a couple of": 2, "many": 10, "numerous": 10, "scores": 20, "dozens": 12, "dozens of": 12,
    "hundreds": 100, "hundreds of": 100, "thousands": 1000, "thousands of": 1000,
}  # fmt: skip

HEDGES: list[tuple[re.Pattern[str], Qualifier]] = [
    (
        re.compile(
            r"\b(?:at least|no (?:fewer|less) than|more than|over|upwards of|in excess of|"
            r"a minimum of|as many as \d+ or more)\s*$",
            re.I,
        ),
        "at_least",
    ),
    (
        re.compile(
            r"\b(?:at most|up to|no more than|fewer than|less than|as many as|"
            r"a maximum of)\s*$",
            re.I,
        ),
        "at_most",
    ),
    (
        re.compile(
            r"\b(?:about|around|approximately|roughly|nearly|almost|some|an estimated|"
            r"close to)\s*$",
            re.I,
        ),
        "about",
    ),
]

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


@dataclass(frozen=True, slots=True)
class Quantity:
    best: int
    low: int
    high: int | None
    qualifier: Qualifier


def word_to_int(token: str) -> int | None:
    """'73' -> 73, 'seventy-three' -> 73, 'a dozen' -> 12, 'three hundred' -> 300, else None."""
    text = token.strip().lower().replace("\u2010", "-").replace("\u2013", "-")
    if not text:
        return None
    if _DIGITS.match(text):
        return int(text.replace(",", ""))
    if text in VAGUE:
        return None
    words = re.split(r"[\s-]+", text)
    if words and words[0] in ("a", "an") and len(words) > 1:
        words = words[1:]
    total = current = 0
    seen = False
    for word in words:
        if word == "and":
            continue
        if word in UNITS and word not in ("no", "none", "both", "pair", "twin", "single", "lone"):
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total += current
                current = 0
        elif _DIGITS.match(word):
            current += int(word.replace(",", ""))
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_quantity(number_text: str, before: str = "") -> Quantity | None:
    """Read a number phrase plus the words just before it (for the hedge).

    ``before`` is the text preceding the number in the sentence: "At least", "nearly"...
    """
    raw = number_text.strip().lower()
    raw = re.sub(r"\s+", " ", raw)
    # Ranges: "10 to 15", "10-15", "between 10 and 15"
    m = re.match(r"^(?:between )?(\S+(?: \S+)?) (?:to|and|or) (\S+(?: \S+)?)$", raw) or re.match(
        r"^(\d+)\s*[-\u2013]\s*(\d+)$", raw
    )
    if m:
        lo, hi = word_to_int(m.group(1)), word_to_int(m.group(2))
        if lo is not None and hi is not None and lo < hi:
            return Quantity(best=lo, low=lo, high=hi, qualifier="range")
    vague = VAGUE.get(raw)
    if vague is not None:
        return Quantity(best=vague, low=vague, high=None, qualifier="at_least")
    value = word_to_int(raw)
    if value is None:
        return None
    qualifier: Qualifier = "exact"
    for pattern, q in HEDGES:
        if pattern.search(before):
            qualifier = q
            break
    if qualifier == "at_least":
        return Quantity(best=value, low=value, high=None, qualifier=qualifier)
    if qualifier == "at_most":
        return Quantity(best=value, low=0, high=value, qualifier=qualifier)
    return Quantity(best=value, low=value, high=value, qualifier=qualifier)
