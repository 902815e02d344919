"""A pattern's clues (words every match holds) skip sentences it cannot match, never one it can."""

import re

import pytest

from eventwire.extract import actors, casualties, classify, dates, figures, sentences
from eventwire.extract import clues as clue_module
from eventwire.extract.clues import clue_words_in, clued_search, clues, clues_apply, could_match

SENTENCES = [
    "Two men were shot and killed on Elm Street late Friday, police said.",
    "A 15-year-old boy was wounded and later released from the hospital.",
    "Ann Roe, 34, died at the scene; her husband, Bob Roe, was in stable condition.",
    "The gunman then shot himself, according to the Pinewood Sheriff's Office.",
    "The suspect was shot dead by deputies after an exchange of gunfire.",
    "Three people were hit, including a woman who was struck in the leg.",
    "Police found a deceased man in the alley behind the Elmwood motel.",
    "The double shooting sent four people to a hospital.",
    "No one was hurt in the crash, troopers said.",
    "SHOTS FIRED NEAR THE İNN: TWO KILLED, THREE HURT",
]


def test_a_pattern_needs_one_of_its_alternative_words() -> None:
    pattern = re.compile(r"\b\d+\s+(?:people\s+)?(?:killed|dead)\b", re.I)
    assert clues(pattern) == (frozenset({"killed", "dead"}),)


def test_a_case_pair_is_a_letter_and_few_alternatives_are_spelled_out() -> None:
    pattern = re.compile(r"\b[Tt]he twins (?:were|are) (?:killed|dead)")
    spelled = {f"the twins {be} {verb}" for be in ("were", "are") for verb in ("killed", "dead")}
    assert clues(pattern) == (frozenset(spelled),)


def test_common_words_are_no_clue() -> None:
    assert clues(re.compile(r"\b(?:the|a) \w+ (?:killed|dead)")) == (
        frozenset({" killed", " dead"}),
    )


def test_alternatives_the_parser_splits_are_read_whole() -> None:
    # the parser reads "dead|deceased" as "de" followed by "ad|ceased"
    pattern = re.compile(r"\b(?:was|were) \w+ (?:dead|deceased)")
    assert clues(pattern) == (frozenset({" deceased", " dead"}),)


def test_optional_parts_and_lookarounds_give_no_clue() -> None:
    assert clues(re.compile(r"(?<!not )(?:fatally )?shot(?! dead)")) == (frozenset({"shot"}),)


def test_clues_are_not_tested_where_lowering_changes_letters() -> None:
    assert not clues_apply("İnn", "İnn".lower())
    assert not clues_apply("kılled", "kılled")
    assert clues_apply("Killed", "killed")
    assert could_match((frozenset({"killed"}),), None)
    assert clue_words_in("İnn", "İnn".lower()) is None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_casualty_pattern_skipped_by_its_clues_does_not_match(sentence: str) -> None:
    lowered = sentence.lower()
    for key, pattern_clues in casualties.CLUES.items():
        pattern = next(p for p in _casualty_patterns() if id(p) == key)
        if not could_match(pattern_clues, clue_words_in(sentence, lowered)):
            assert pattern.search(sentence) is None, pattern.pattern[:80]


def test_most_casualty_patterns_have_clues() -> None:
    assert sum(1 for c in casualties.CLUES.values() if c) >= 0.8 * len(casualties.CLUES)


def _casualty_patterns() -> list[re.Pattern[str]]:
    return [
        *casualties.SEMICOLON_LISTS,
        *(p for _, p in casualties.LIST_PATTERNS),
        casualties.NAMED_LIST,
        *(p for _, p in casualties.PATTERNS),
        *(p for _, p in casualties.PAIR_PATTERNS),
        *(p for _, p, _ in casualties.ONE_PERSON_PATTERNS),
        *casualties.KILLER_PATTERNS,
    ]


def test_a_rare_mark_is_a_clue_and_a_common_one_is_not() -> None:
    assert clues(re.compile(r"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b")) == (frozenset({"/"}),)
    assert clues(re.compile(r",\s+\d+\s+fatally\b")) == (frozenset({"fatally"}),)


DATED = [
    "Ann Roe was shot Monday night on Elm Street, police said on 4/28.",
    "The shooting happened Jan. 11, 2019, and again in March of last year.",
    "Two weeks ago, on Christmas Eve, Bob Lee was wounded; this morning he died.",
    "POLICE SAID SATURDAY THAT THE SHOOTING HAPPENED LAST WEEK IN PINEWOOD.",
]


@pytest.mark.parametrize("sentence", DATED + SENTENCES)
def test_a_date_pattern_skipped_by_its_clues_does_not_match(sentence: str) -> None:
    lowered = sentence.lower()
    for kind, pattern in dates.PATTERNS:
        if not could_match(dates.CLUES[kind], clue_words_in(sentence, lowered)):
            assert pattern.search(sentence) is None, kind


def test_the_date_sentences_exercise_the_clues() -> None:
    skipped = sum(
        1
        for sentence in DATED
        for kind, _ in dates.PATTERNS
        if not could_match(dates.CLUES[kind], clue_words_in(sentence, sentence.lower()))
    )
    assert skipped >= 5


ACTORS = [
    "Bob Lee, 25, was arrested and charged with murder, the Pinewood police chief said.",
    "According to investigators, the victim was identified as Ann Roe of Elmwood.",
    "The shooter, identified as Tom Ray, told reporters he was sorry, WXYZ reported.",
]


@pytest.mark.parametrize("sentence", ACTORS + DATED + SENTENCES)
def test_a_rule_or_actor_pattern_skipped_by_its_clues_does_not_match(sentence: str) -> None:
    lowered = sentence.lower()
    for rule, rule_clues in zip(classify.RULES, classify.RULE_CLUES, strict=True):
        if not could_match(rule_clues, clue_words_in(sentence, lowered)):
            assert rule.pattern.search(sentence) is None, rule.sub_event_type
    for pattern in (*actors.SOURCE_PATTERNS, *actors.PERPETRATOR, *actors.VICTIM):
        if not could_match(actors.CLUES[id(pattern)], clue_words_in(sentence, lowered)):
            assert pattern.search(sentence) is None, pattern.pattern[:80]


def test_the_violence_and_procedure_words_are_written_in_lower_case() -> None:
    # their lower-case twins, without re.I, are searched in the lower-cased sentence
    for pattern in (sentences.VIOLENCE, sentences.PROCEDURE):
        assert pattern.pattern == pattern.pattern.lower()


@pytest.mark.parametrize("sentence", [*ACTORS, *DATED, *SENTENCES, "Ann Roe Was SHOT Twice."])
def test_violence_and_procedure_read_in_the_lowered_sentence_as_under_re_i(sentence: str) -> None:
    for twin, pattern in (
        (sentences.VIOLENCE_LOWER, sentences.VIOLENCE),
        (sentences.PROCEDURE_LOWER, sentences.PROCEDURE),
    ):
        expected = pattern.search(sentence) is not None
        assert sentences._search_lowered(twin, pattern, sentence) == expected


GATHERINGS = [
    "Two men were shot at a vigil for Ann Roe on Elm Street.",
    "Shots rang out as mourners gathered for a funeral; a man opened fire into the crowd.",
    "In a separate shooting last week, Bob Lee was wounded.",
    "The victim was killed two years ago in Pinewood.",
]


@pytest.mark.parametrize("sentence", [*GATHERINGS, *SENTENCES, *DATED])
def test_clued_search_finds_what_search_finds(sentence: str) -> None:
    for pattern, pattern_clues in (
        (figures.SHOT_AT_A_GATHERING, figures.SHOT_AT_A_GATHERING_CLUES),
        (figures.OTHER_INCIDENT, figures.OTHER_INCIDENT_CLUES),
    ):
        expected = pattern.search(sentence)
        found = clued_search(pattern, pattern_clues, sentence)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "sentence", [*GATHERINGS, *SENTENCES, *DATED, *ACTORS, "the deadline: dead, deadly, deceased"]
)
def test_one_search_finds_every_clue_string_a_substring_test_finds(sentence: str) -> None:
    lowered = sentence.lower()
    if not clues_apply(sentence, lowered):
        return
    expected = {word for word in clue_module._known_words if word in lowered}
    assert clue_words_in(sentence, lowered) == expected


def test_a_string_inside_a_longer_one_at_the_same_place_is_found() -> None:
    index = re.compile(f"(?=({clue_module._trie(['dead', 'deadly', 'ad'])}))")
    assert index.findall("deadly") == ["deadly", "ad"]
