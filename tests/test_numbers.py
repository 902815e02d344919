import pytest

from eventwire.extract.numbers import parse_quantity, word_to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("73", 73),
        ("1,250", 1250),
        ("seventy-three", 73),
        ("twenty one", 21),
        ("a dozen", 12),
        ("three hundred", 300),
        ("one", 1),
        ("banana", None),
        ("", None),
    ],
)
def test_word_to_int(text: str, value: int | None) -> None:
    assert word_to_int(text) == value


def test_at_least_raises_the_floor_only() -> None:
    q = parse_quantity("73", before="At least ")
    assert q is not None
    assert (q.best, q.low, q.high, q.qualifier) == (73, 73, None, "at_least")


def test_hedges() -> None:
    assert parse_quantity("40", before="nearly ").qualifier == "about"  # type: ignore[union-attr]
    q = parse_quantity("10", before="up to ")
    assert q is not None and (q.low, q.high, q.qualifier) == (0, 10, "at_most")
    assert parse_quantity("5").qualifier == "exact"  # type: ignore[union-attr]


def test_vague_quantities_are_coded_conservatively() -> None:
    q = parse_quantity("dozens")
    assert q is not None and (q.best, q.qualifier) == (12, "at_least")
    q = parse_quantity("hundreds of")
    assert q is not None and q.best == 100


def test_ranges() -> None:
    for text in ("10 to 15", "between 10 and 15", "10-15"):
        q = parse_quantity(text)
        assert q is not None and (q.best, q.low, q.high, q.qualifier) == (10, 10, 15, "range")
