"""Token patterns with bounded gaps: phrases a lexicon row cannot hold (لا يساورني أدنى شك).

A pattern is a sequence of parts; each part is a set of words (written as in text, folded as
:func:`framing.text.fold` folds them), may be optional, and may let up to ``gap`` words of any
kind come before it. A part's word may carry proclitics (و ف ب ل ك س: ولا, والشك) and, where
the part allows it, an enclitic pronoun (لدينا). The words of a match are
separated by spaces or quotation marks only: a match never crosses punctuation or a line break.
``cue`` says which parts the reported span covers (by default all of them).

Patterns are data (``framing/data/hedge_patterns.toml`` documents the format), read by
:func:`read_token_patterns` from the bundled file or a user's own. Matching looks only at the
tokens that can begin a pattern (an index from first words to patterns, built once), and from
each it tries at most ``(gap + 1)`` positions per part, a number the file bounds
(:data:`MAX_GAP`): time grows linearly with the text.

>>> p = TokenPattern.from_table({"name": "no_doubt", "parts": [
...     {"words": ["لا", "ليس"]}, {"words": ["أي", "أدنى"], "gap": 2}, {"words": ["شك"]}]})
>>> text = "وقال: لا يساورني أدنى شك، ولا أي شك."
>>> [(m.start, m.end, text[m.start : m.end]) for m in PatternMatcher([p]).find_in(text)]
[(6, 24, 'لا يساورني أدنى شك'), (27, 35, 'لا أي شك')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from pathlib import Path

from .errors import InputError
from .lexicon import read_toml
from .matcher import raw_prefix_length, token_stems
from .text import QUOTE_MARKS, Token, fold, word_tokens

# The most words a part may let come before it; a file asking for more is refused.
MAX_GAP = 4
_QUOTE_MARKS = " \t\u00a0" + QUOTE_MARKS
_PART_KEYS = {"words", "gap", "optional", "enclitics"}


@dataclass(frozen=True)
class Part:
    """One position of a pattern: the words that fill it (folded)."""

    words: frozenset[str]
    gap: int = 0
    optional: bool = False
    enclitics: bool = False

    def fits(self, spelling: str) -> bool:
        """Whether a token fills this part, with its clitics.

        >>> Part(frozenset({"الشك"})).fits("والشك"), Part(frozenset({"لدي"}), enclitics=True).fits("لدينا")
        (True, True)
        """
        return _fits(self.words, self.enclitics, spelling)


@lru_cache(maxsize=1 << 16)
def _fits(words: frozenset[str], enclitics: bool, spelling: str) -> bool:
    return any(stem in words for stem, _, _ in token_stems(fold(spelling), enclitics=enclitics))


@dataclass(frozen=True)
class TokenPattern:
    """A named sequence of parts; ``attributes`` are the other keys of its table (category ...)."""

    name: str
    parts: tuple[Part, ...]
    cue: tuple[int, int]
    attributes: dict = field(default_factory=dict, compare=False)

    @classmethod
    def from_table(cls, table: dict, *, where: str = "pattern", line: int | None = None) -> TokenPattern:
        """A pattern from one ``[[pattern]]`` table; a malformed one raises :class:`InputError`."""
        name = table.get("name")
        if not isinstance(name, str) or not name:
            raise InputError(where, "a pattern without a name", line=line)
        raw_parts = table.get("parts")
        if not isinstance(raw_parts, list) or not raw_parts:
            raise InputError(where, f"pattern {name!r} has no parts", line=line)
        parts = tuple(_part(name, i, p, where) for i, p in enumerate(raw_parts))
        if parts[0].optional or parts[0].gap or parts[-1].optional:
            raise InputError(where, f"pattern {name!r}: its first part takes no gap, and its first and last parts are not optional")
        cue = table.get("cue", [0, len(parts) - 1])
        if (not isinstance(cue, list) or len(cue) != 2 or not all(isinstance(c, int) for c in cue)
                or not 0 <= cue[0] <= cue[1] < len(parts) or parts[cue[0]].optional or parts[cue[1]].optional):
            raise InputError(where, f"pattern {name!r}: cue must be [first, last], two required parts")
        attributes = {k: v for k, v in table.items() if k not in ("name", "parts", "cue")}
        return cls(name, parts, (cue[0], cue[1]), attributes)


def _part(name: str, index: int, table: object, where: str) -> Part:
    if not isinstance(table, dict) or not set(table) <= _PART_KEYS:
        raise InputError(where, f"pattern {name!r}, part {index + 1}: a table of {', '.join(sorted(_PART_KEYS))}")
    words = table.get("words")
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise InputError(where, f"pattern {name!r}, part {index + 1}: 'words' must be a list of words")
    if any(len(word_tokens(w)) != 1 for w in words):
        raise InputError(where, f"pattern {name!r}, part {index + 1}: one word per entry of 'words'")
    gap = table.get("gap", 0)
    if not isinstance(gap, int) or isinstance(gap, bool) or not 0 <= gap <= MAX_GAP:
        raise InputError(where, f"pattern {name!r}, part {index + 1}: gap must be a whole number from 0 to {MAX_GAP}")
    flags = {k: table.get(k, False) for k in ("optional", "enclitics")}
    if not all(isinstance(v, bool) for v in flags.values()):
        raise InputError(where, f"pattern {name!r}, part {index + 1}: optional and enclitics are true or false")
    return Part(frozenset(fold(w) for w in words), gap, **flags)


def read_token_patterns(source: str | Path) -> list[TokenPattern]:
    """The patterns of a TOML file (a bundled name or a user's path): its ``[[pattern]]`` tables."""
    name, data = read_toml(source)
    tables = data.get("pattern")
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise InputError(name, "no [[pattern]] tables")
    patterns = [TokenPattern.from_table(t, where=name) for t in tables]
    seen: set[str] = set()
    for p in patterns:
        if p.name in seen:
            raise InputError(name, f"two patterns named {p.name!r}")
        seen.add(p.name)
    return patterns


@dataclass(frozen=True, slots=True)
class PatternMatch:
    """A pattern match: the cue's character offsets and token range, and the pattern's index."""

    start: int
    end: int
    first_token: int
    last_token: int  # inclusive
    pattern: int


class PatternMatcher:
    """Find token patterns in text; leftmost-longest, never overlapping, in one pass."""

    MAX_MEMO = 1 << 17  # distinct spellings whose analysis is kept

    def __init__(self, patterns: Iterable[TokenPattern]):
        self.patterns = list(patterns)
        self._memo: dict[str, tuple[int, ...]] = {}
        self._first: dict[str, list[int]] = {}
        for index, pattern in enumerate(self.patterns):
            for word in sorted(pattern.parts[0].words):
                self._first.setdefault(word, []).append(index)

    def find_in(self, text: str) -> list[PatternMatch]:
        """Matches in ``text`` (tokenised here)."""
        return self.find(text, word_tokens(text))

    def find(self, text: str, tokens: Sequence[Token], spellings: Sequence[str] | None = None,
             distinct: set[str] | None = None) -> list[PatternMatch]:
        """Leftmost-longest, non-overlapping matches over pre-computed tokens of ``text``.

        As :meth:`framing.matcher.LexiconMatcher.find`, each distinct spelling is analysed once
        (which patterns it can begin); ``spellings`` and ``distinct`` may be given, computed once
        for all matchers (:meth:`framing.text.Document.matches`)."""
        if spellings is None:
            spellings = [t.text for t in tokens]
        if distinct is None:
            distinct = set(spellings)
        starts = self._memo
        for spelling in distinct.difference(starts):
            starts[spelling] = self._starting_at(spelling)
        out: list[PatternMatch] = []
        resume = 0
        # only the tokens that can begin a pattern are visited (the selection runs in C)
        for i in compress(range(len(spellings)), map(starts.__getitem__, spellings)):
            if i < resume:
                continue
            best: tuple[int, int, list[int]] | None = None  # (last token, pattern, token of each part)
            for index in starts[spellings[i]]:
                found = _match_parts(text, tokens, i, self.patterns[index].parts)
                if found is not None and (best is None or found[-1] > best[0]):
                    best = (found[-1], index, found)
            if best is None:
                continue
            _, index, positions = best
            first, last = self.patterns[index].cue
            out.append(PatternMatch(_cue_start(tokens[positions[first]], self.patterns[index].parts[first]),
                                    tokens[positions[last]].end, positions[first], positions[last], index))
            resume = best[0] + 1
        if len(starts) > self.MAX_MEMO:
            starts.clear()  # bounded: the matches never depend on it, only the speed
        return out

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_memo": {}}  # the memo is rebuilt where the matcher is used

    def _starting_at(self, spelling: str) -> tuple[int, ...]:
        """The patterns whose first part a token can fill (in file order)."""
        found: set[int] = set()
        for stem, _, _ in token_stems(fold(spelling), enclitics=False):
            found.update(self._first.get(stem, ()))
        return tuple(sorted(found))


def _match_parts(text: str, tokens: Sequence[Token], i: int, parts: tuple[Part, ...]) -> list[int] | None:
    """The token of each part (-1 for a skipped optional part) in the longest match of ``parts``
    from token ``i``, or None. Each part looks at most ``gap + 1`` tokens ahead."""
    best: list[int] | None = None

    def extend(k: int, previous: int, chosen: list[int]) -> None:
        nonlocal best
        if k == len(parts):
            if best is None or previous > best[-1]:  # the longest; the first found among equals
                best = chosen
            return
        part = parts[k]
        for j in range(previous + 1, min(previous + 2 + part.gap, len(tokens))):
            if not _joined(text, tokens, j - 1, j):
                break  # punctuation or a line break ends the phrase
            if part.fits(tokens[j].text):
                extend(k + 1, j, chosen + [j])
        if part.optional:
            extend(k + 1, previous, chosen + [-1])

    if parts[0].fits(tokens[i].text):
        extend(1, i, [i])
    return best


def _joined(text: str, tokens: Sequence[Token], a: int, b: int) -> bool:
    """Tokens a and b are separated by spaces or quotation marks only (no line break)."""
    gap = text[tokens[a].end : tokens[b].start]
    return not gap.strip(_QUOTE_MARKS) and "\n" not in gap


def _cue_start(token: Token, part: Part) -> int:
    """Where the cue begins in its first token: after its proclitics (ولا -> لا).

    >>> _cue_start(Token("ولا", 10, 13), Part(frozenset({"لا"})))
    11
    """
    for stem, proclitic, _ in token_stems(fold(token.text), enclitics=part.enclitics):
        if stem in part.words:
            return token.start + raw_prefix_length(token.text, proclitic)
    return token.start
