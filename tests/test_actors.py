import re

from eventwire.extract.actors import UNKNOWN_PERPETRATOR, find_actors, find_sources


def values(sentence: str) -> list[str]:
    return [s.value for s in find_sources(sentence)]


def test_sources_and_agencies() -> None:
    assert values("At least 73 people were killed, according to state media reports.") == [
        "state media"
    ]
    assert "Tasnim" in values("The Iranian news agency Tasnim reported two detonations.")
    assert "police" in values("Two men were wounded, police said.")


def test_unknown_perpetrator() -> None:
    actors, spans = find_actors("No group has claimed responsibility for the attack.", 0, set())
    assert [(a.name, a.role) for a in actors] == [("unknown", "perpetrator")]
    assert spans[0].start == 0


def test_named_perpetrator_and_victim() -> None:
    sentence = "He was killed in a drone attack ordered by then US President Donald Trump."
    actors, _ = find_actors(sentence, 0, {"Donald Trump"})
    assert ("Donald Trump", "perpetrator") in [(a.name, a.role) for a in actors]
    actors, _ = find_actors("The victim was identified as Maria Lopez, 31.", 0, set())
    assert [(a.name, a.role) for a in actors] == [("Maria Lopez", "victim")]


def test_a_place_is_not_a_person() -> None:
    actors, _ = find_actors("Officers from the Dayton Police Department were shot at.", 0, set())
    assert actors == []


def test_the_unknown_perpetrator_phrases_are_written_lower_case() -> None:
    """They are searched first in the lower-cased sentence, without re.I: a capital in one of
    them would never match."""
    source = re.sub(r"\\.", "", UNKNOWN_PERPETRATOR.pattern)
    assert source == source.lower()
    actors, spans = find_actors("NO SUSPECTS HAVE BEEN NAMED IN THE ELMWOOD SHOOTING.", 0, set())
    assert [a.name for a in actors] == ["unknown"]
    assert [s.value for s in spans] == ["unknown"]
