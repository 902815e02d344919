"""Words a regular expression cannot match without: a cheap test before the costly search.

Most rule patterns need some word somewhere in their match (a verb like "killed|dead|died", a
noun like "victims of"), yet Python's regex engine tries them at every character of the
sentence. A sentence lacking that word cannot match, and a substring test (``"killed" in
lowered``) says so many times faster. The clues are read off each pattern's own syntax tree,
so they follow the pattern when it changes; they are a necessary condition only, never a
reason to match.

A clue is a set of lower-case strings, one of which every match contains. They are tested in
the lower-cased sentence, which is only sound where lower-casing maps each character to one
(str.lower turns the dotted capital I into two) and no character that only matches an ASCII
letter under re.IGNORECASE ("ı" for i, "ſ" for s) is present: `clues_apply` says when.

Which clue strings a sentence holds is read once per sentence, by one search of all of them
(`clue_words_in`), and shared by every module's patterns.
"""

from __future__ import annotations

import functools
import re

try:  # the parser behind re.compile (private; without it every pattern is simply tried)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None  # type: ignore[assignment]

Clue = frozenset[str]

# Clues that nearly every sentence passes cost a test and save nothing
_COMMON = frozenset(
    "a an and the of in on at to by with who were are one all both more other".split()
)
_COMMON_MARKS = frozenset(",.-'\"")


def clues_apply(sentence: str, lowered: str) -> bool:
    """Whether the clues may be tested in `lowered` (`sentence` lower-cased): not where a
    letter became two (the dotted capital I) nor where a letter re.IGNORECASE reads as an
    ASCII one stays as it is ("ı" for i, "ſ" for s)."""
    return len(lowered) == len(sentence) and "ı" not in sentence and "ſ" not in sentence


def clues(pattern: re.Pattern[str]) -> tuple[Clue, ...]:
    """Sets of strings, one of each of which any match of `pattern` contains (lower-cased)."""
    if _sre_parse is None:  # pragma: no cover
        return ()
    try:
        tree = list(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - a parser of another Python version
        return ()
    found = {_minimal(clue) for clue in _sequence_clues(tree)}
    kept = tuple(
        clue
        for clue in sorted(found, key=lambda c: (-min(map(len, c)), sorted(c)))
        if clue and not any(_too_common(word) for word in clue)
    )
    _remember({word for clue in kept for word in clue})
    return kept


def clued_search(
    pattern: re.Pattern[str], pattern_clues: tuple[Clue, ...], text: str
) -> re.Match[str] | None:
    """``pattern.search(text)``, skipped where `text` lacks the pattern's clues."""
    if not could_match(pattern_clues, clue_words_in(text, text.lower())):
        return None
    return pattern.search(text)


def _too_common(word: str) -> bool:
    """A string nearly every sentence holds ("the", "s", ","): a clue that saves nothing."""
    word = word.strip()
    return (
        not word or word in _COMMON or (len(word) < 3 and (word.isalnum() or word in _COMMON_MARKS))
    )


def could_match(pattern_clues: tuple[Clue, ...], present: frozenset[str] | None) -> bool:
    """Whether every clue has one of its strings among `present`, the clue strings a sentence
    holds (`clue_words_in`; None: the clues cannot be tested there)."""
    if present is None:
        return True
    # a plain loop: all() over a generator costs twice as much, at every pattern of a sentence
    for clue in pattern_clues:  # noqa: SIM110
        if clue.isdisjoint(present):
            return False
    return True


def clue_words_in(sentence: str, lowered: str) -> frozenset[str] | None:
    """The clue strings `lowered` (`sentence` lower-cased) holds, or None where the clues
    cannot be tested (`clues_apply`)."""
    if not clues_apply(sentence, lowered):
        return None
    return _words_in(lowered)


_known_words: set[str] = set()
"""Every string of every clue made so far: what `_words_in` looks for."""
_word_index: tuple[re.Pattern[str], dict[str, frozenset[str]]] | None = None


@functools.lru_cache(maxsize=1024)
def _words_in(lowered: str) -> frozenset[str]:
    """The known clue strings in `lowered`, found by one search: at each place the longest
    known string starting there, and every known string inside it (which finds each string
    where it occurs: a shorter one starting at the same place is a part of the longer)."""
    global _word_index
    if _word_index is None:
        _word_index = (
            re.compile(f"(?=({_trie(sorted(_known_words))}))"),
            {w: frozenset(v for v in _known_words if v in w) for w in _known_words},
        )
    search, parts = _word_index
    found: set[str] = set()
    for word in search.findall(lowered):
        found |= parts[word]
    return frozenset(found)


def _remember(words: set[str]) -> None:
    """Add clue strings to those `_words_in` looks for (when a module builds its clues)."""
    global _word_index
    if not words <= _known_words:
        _known_words.update(words)
        _word_index = None
        _words_in.cache_clear()


def _trie(words: list[str]) -> str:
    """A regular expression matching the longest of `words` that starts where it is tried:
    the words as a tree of their letters ("dea(?:d(?:ly)?|th)"), one branch per next letter."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def spelled(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + spelled(child) for char, child in node.items() if char]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{either})?" if "" in node else either

    return spelled(tree)


MAX_STRINGS = 4
"""A stretch of text is spelled out as at most this many strings ("dead|deceased", "in 19|in
20"); more, and it is cut into shorter clues (a clue of many strings costs as many tests)."""

_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) if _sre else ()
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT) if _sre else ()


def _strings(op: object, arg: object) -> Clue | None:
    """Every lower-cased ASCII text this item can match, if they are few ("k", "[Kk]",
    "m[ae]n", "(?:found )?dead", "dead|deceased", which the parser splits as "de" + "ad|ceased")."""
    if op is _sre.LITERAL or op is _sre.IN:
        if op is _sre.LITERAL:
            chars = {chr(arg).lower()}  # type: ignore[arg-type]
        elif all(o is _sre.LITERAL for o, _ in arg):  # type: ignore[attr-defined]
            chars = {chr(a).lower() for _, a in arg}  # type: ignore[attr-defined]
        else:
            return None  # a range, a class (\w) or a negation
        ok = len(chars) <= MAX_STRINGS and all(c.isascii() for c in chars)
        return frozenset(chars) if ok else None
    if op is _sre.SUBPATTERN:
        return _sequence_strings(arg[-1])  # type: ignore[index]
    if op is _sre.BRANCH:
        branches = [_sequence_strings(branch) for branch in arg[1]]  # type: ignore[index]
        if any(branch is None for branch in branches):
            return None
        union = frozenset().union(*branches)  # type: ignore[arg-type]
        return union if len(union) <= MAX_STRINGS else None
    if op in _REPEATS and arg[1] == 1:  # type: ignore[index]
        body = _sequence_strings(arg[2])  # type: ignore[index]
        if body is None or (arg[0] == 0 and len(body) >= MAX_STRINGS):  # type: ignore[index]
            return None
        return body | {""} if arg[0] == 0 else body  # type: ignore[index]
    return None


def _joined(left: Clue, right: Clue) -> Clue:
    return frozenset(a + b for a in left for b in right)


def _sequence_strings(items: list) -> Clue | None:  # type: ignore[type-arg]
    """Every text a sequence can match, if they are few."""
    texts: Clue = frozenset({""})
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        part = _strings(op, arg)
        if part is None or len(texts) * len(part) > MAX_STRINGS:
            return None
        texts = _joined(texts, part)
    return texts


def _sequence_clues(items: list) -> list[Clue]:  # type: ignore[type-arg]
    """Clues of a sequence of items: each stretch of text spelled out in few strings, and
    each required part's own clues."""
    found: list[Clue] = []
    run: Clue = frozenset({""})

    def end_run() -> None:
        nonlocal run
        if run != {""}:
            found.append(run)
        run = frozenset({""})

    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # zero width: the text on either side is contiguous
        part = _strings(op, arg)
        if part is not None:
            if len(run) * len(part) > MAX_STRINGS:
                end_run()
            run = _joined(run, part)
            continue
        end_run()
        if op is _sre.SUBPATTERN:
            found.extend(_sequence_clues(arg[-1]))
        elif op is _sre.BRANCH:
            branches = [_one_clue(branch) for branch in arg[1]]
            if all(branch is not None for branch in branches):
                found.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS and arg[0] >= 1:
            found.extend(_sequence_clues(arg[2]))
    end_run()
    return found


def _one_clue(items: list) -> Clue | None:  # type: ignore[type-arg]
    """The most telling clue of one branch (longest shortest string), if it has any."""
    candidates = [
        clue
        for clue in map(_minimal, _sequence_clues(items))
        if clue and not any(_too_common(word) for word in clue)
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda clue: (min(map(len, clue)), -len(clue)))


def _minimal(clue: Clue) -> Clue:
    """Without the strings that contain another of the set ("found dead" beside "dead")."""
    return frozenset(s for s in clue if not any(t != s and t in s for t in clue))
