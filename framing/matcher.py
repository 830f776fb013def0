"""The clitic-aware lexicon matcher shared by actors, reporting cues, hedges and sentiment.

Entries are single- or multi-word terms. Terms and text are folded the same way
(:func:`framing.text.fold`: no diacritics or tatweel, one alef, ى→ي, ة→ه). The first word of a
match may carry proclitics (و ف ب ل ك س and their combinations, with ال elided after ل as in
للرئيس); the last word may carry an enclitic pronoun (ه ها هم هما هن ك كم نا ي) where the entry
allows it. Matches are leftmost-longest and never overlap.

The matcher is compiled once: a dictionary from first words to their one-word entry and to a tree
of the words that continue their multi-word entries. A document is matched in one pass over its
tokens, never by looping over the lexicon: a match is found by walking down the tree along the
next tokens, so its cost does not grow with the number of entries; the analysis of each distinct
token (its possible stems) is cached. :class:`LexiconSet` runs several matchers in one pass, with one
memo from a spelling to its folded form and to its candidate entries in every lexicon, so that a
token costs the same however many entries the lexicons hold.

>>> m = LexiconMatcher(["قال", "الرئيس الفرنسي", "قول"], enclitics=[False, False, True])
>>> [(x.start, x.end, x.entry) for x in m.find_in("وقال للرئيس الفرنسي قوله")]
[(1, 4, 0), (6, 19, 1), (20, 24, 2)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache, partial
from itertools import compress
from operator import attrgetter, itemgetter
from typing import NamedTuple

from .text import QUOTE_MARKS, Token, fold, word_tokens

PROCLITICS = tuple(
    sorted(
        {"و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس", "لب", "وبل", "وكل"},
        key=lambda p: (len(p), p),
    )
)
# ل + the article with its alef elided: للرئيس = ل + الرئيس
ELIDED_ARTICLE = ("ولل", "فلل", "لل")
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي")
MIN_STEM = 2
# Words of a multi-word entry may be separated by spaces and quotation marks (تحالف “الراغبين”).
_QUOTE_MARKS = " \t\u00a0" + QUOTE_MARKS


class Match(NamedTuple):
    """A lexicon match: character offsets, token range and the entry's index (a named tuple:
    documents make hundreds of them)."""

    start: int
    end: int
    first_token: int
    last_token: int  # inclusive
    entry: int


def _shortest_stem(proclitic: str) -> int:
    """A conjunction (و ف) may leave a two-letter stem (وقد); a preposition or the future marker
    (ب ل ك س) leaves three letters or more, so بعد is not ب + عدّ."""
    return MIN_STEM if proclitic in ("و", "ف") else MIN_STEM + 1


@lru_cache(maxsize=200_000)
def token_stems(word: str, *, enclitics: bool) -> tuple[tuple[str, int, bool], ...]:
    """The folded stems a folded token may stand for.

    Each reading is ``(stem, proclitic length, has enclitic)``: the token itself comes first, then
    the readings without proclitics and, with ``enclitics``, without an attached pronoun (a stem
    ending in ت may be a ة before the pronoun: رغبته → رغبه).

    >>> token_stems("وللرييس", enclitics=False)
    (('وللرييس', 0, False), ('للرييس', 1, False), ('الرييس', 2, False), ('لرييس', 2, False))
    """
    fits = [p for p in ELIDED_ARTICLE + PROCLITICS if word.startswith(p) and len(word) - len(p) >= _shortest_stem(p)]
    stripped = [("ال" + word[len(p) :], len(p) - 1, False) for p in fits if p in ELIDED_ARTICLE]
    stripped += [(word[len(p) :], len(p), False) for p in fits if p not in ELIDED_ARTICLE]
    # the shortest proclitic first: the reading that keeps most of the word wins a tie
    out = [(word, 0, False)] + sorted(stripped, key=lambda r: r[1])
    if enclitics:
        for stem, pre, _ in list(out):
            for suffix in ENCLITICS:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= MIN_STEM:
                    bare = stem[: -len(suffix)]
                    out.append((bare, pre, True))
                    if bare.endswith("ت"):
                        out.append((bare[:-1] + "ه", pre, True))
    return tuple(out)


# A node of the tree of multi-word entries: (the words that go on, each to its node; the words
# that end an entry here, each with the entry's index). The last word of an entry that takes a
# pronoun is also listed with each pronoun. A root (the first word) has a third item: the set of
# the words of its first two items.
_Node = tuple


def _last_word_forms(last: str, *, pronoun: bool) -> list[str]:
    """The folded spellings the last word of a multi-word entry may take: itself and, where the
    entry allows a pronoun, with each pronoun; a ة (folded ه) is written ت before it, as in a
    one-word entry (على حد رواية → على حد روايته).

    >>> forms = _last_word_forms("روايه", pronoun=True)
    >>> forms[0], "روايتها" in forms, _last_word_forms("روايه", pronoun=False)
    ('روايه', True, ['روايه'])
    >>> m = LexiconMatcher(["على حد رواية"], enclitics=[True])
    >>> [(x.start, x.end) for x in m.find_in("على حد روايتها")]
    [(0, 14)]
    """
    if not pronoun:
        return [last]
    stems = [last] + ([last[:-1] + "ت"] if last.endswith("ه") else [])
    return [last] + [stem + s for s in ENCLITICS for stem in stems]


class LexiconMatcher:
    """Find lexicon terms in text, allowing clitics; one compiled pass per document.

    Parameters
    ----------
    terms:
        The entries, in the order of the lexicon; a match reports the index of its entry.
        Equal terms (after folding) are kept once, the first wins.
    enclitics:
        Per entry, whether its last word may carry an enclitic pronoun (default: no).
    nominal:
        The entries are names and nouns: the future marker س, a proclitic of verbs only, does
        not attach (سكوبي is Skopje, not س + كوبي).
    """

    # Distinct token spellings whose analysis is kept; past this the memo starts afresh (the
    # matches never depend on it, only the speed).
    MAX_MEMO = 1 << 17

    def __init__(self, terms: Sequence[str], *, enclitics: Iterable[bool] | None = None, nominal: bool = False):
        flags = list(enclitics) if enclitics is not None else [False] * len(terms)
        if len(flags) != len(terms):
            raise ValueError("enclitics must have one flag per term")
        self.terms = list(terms)
        self.enclitics = [bool(f) for f in flags]
        # first word -> (its one-word entry, the one-word entry that takes a pronoun); -1: none
        self._single: dict[str, tuple[int, int]] = {}
        # first word -> the tree of the words after it in multi-word entries (:func:`_walk`)
        self._next: dict[str, _Node] = {}
        seen: set[tuple[str, ...]] = set()
        for index, (term, flag) in enumerate(zip(terms, self.enclitics, strict=True)):
            words = tuple(fold(t.text) for t in word_tokens(term))
            if not words or words in seen:
                continue
            seen.add(words)
            if len(words) == 1:
                plain, pronoun = self._single.get(words[0], (-1, -1))
                self._single[words[0]] = (index if plain < 0 else plain, index if flag and pronoun < 0 else pronoun)
                continue
            node = self._next.setdefault(words[0], ({}, {}))
            for word in words[1:-1]:
                node = node[0].setdefault(word, ({}, {}))
            for key in _last_word_forms(words[-1], pronoun=flag):
                node[1].setdefault(key, index)  # the first entry in the lexicon's order wins
        # each tree's root also lists every word that may come second, for LexiconSet.find
        self._next = {word: (*node, frozenset(node[0].keys() | node[1].keys())) for word, node in self._next.items()}
        self._any_enclitics = any(flags)
        self.nominal = nominal
        self._memo: dict[str, tuple] = {}

    def __len__(self) -> int:
        return len(self.terms)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_memo": {}}  # the memo is rebuilt where the matcher is used

    def find_in(self, text: str) -> list[Match]:
        """Matches in ``text`` (tokenised here)."""
        return self.find(text, word_tokens(text))

    def find(self, text: str, tokens: Sequence[Token], spellings: Sequence[str] | None = None,
             distinct: set[str] | None = None) -> list[Match]:
        """Leftmost-longest, non-overlapping matches over pre-computed tokens of ``text``.

        Each distinct spelling of a token is analysed once (:meth:`_candidates`); a token that
        can start no entry, the common case, costs a dictionary look-up done in C. The tokens'
        texts (``spellings``) and their set (``distinct``) may be given, computed once for all
        matchers (:meth:`framing.text.Document.matches`). The memo of spellings is bounded
        (``MAX_MEMO``) and never changes the matches:

        >>> m = LexiconMatcher(["قال", "الرئيس الفرنسي"])
        >>> m.MAX_MEMO = 2
        >>> [(x.start, x.entry) for x in m.find_in("قال الرئيس الفرنسي وقال")], len(m._memo) <= 4
        ([(0, 0), (4, 1), (20, 0)], True)
        """
        memo = self._memo
        if spellings is None:
            spellings = list(map(_TEXT, tokens))
        if distinct is None:
            distinct = set(spellings)
        _remember(memo, distinct, self.MAX_MEMO, self._candidates)
        out: list[Match] = []
        resume = 0
        folded = _Folded(tokens)
        for i in compress(range(len(spellings)), map(memo.__getitem__, spellings)):
            if i >= resume and (match := _longest_at(text, tokens, folded, i, memo[spellings[i]])) is not None:
                out.append(match)
                resume = match.last_token + 1
        return out

    def is_term(self, spelling: str) -> bool:
        """Whether a token spelling, alone, is a one-word entry (with its clitics): what
        ``find_in`` of that token alone would match.

        >>> m = LexiconMatcher(["قال", "الرئيس الفرنسي"])
        >>> m.is_term("وقال"), m.is_term("الرئيس")
        (True, False)
        """
        candidates = self._memo.get(spelling)
        if candidates is None:
            candidates = self._memo[spelling] = self._candidates(spelling)
        return any(single >= 0 for _, _, single in candidates)

    def _candidates(self, spelling: str) -> tuple[tuple[int, _Node | None, int], ...]:
        """The readings of a token spelling that start an entry, in the order of
        :func:`token_stems`; empty for most tokens.

        Each reading is ``(raw proclitic length, the tree of the multi-word entries that begin
        with its stem or None, its one-word entry or -1)``. A reading with a pronoun keeps only
        the one-word entries that take one. The cost is the same however many entries begin with
        the stem.
        """
        out = []
        folded = fold(spelling)
        for stem, pre, enclitic in token_stems(folded, enclitics=self._any_enclitics):
            if self.nominal and "س" in folded[:pre]:
                continue  # the future marker before a name or a noun
            plain, pronoun = self._single.get(stem, (-1, -1))
            single = pronoun if enclitic else plain
            node = None if enclitic else self._next.get(stem)  # a pronoun ends the entry
            if node is not None or single >= 0:
                out.append((raw_prefix_length(spelling, pre), node, single))
        return tuple(out)


def _remember(memo: dict, distinct: set[str], limit: int, analyse) -> None:
    """Add ``analyse(spelling)`` to ``memo`` for each of the ``distinct`` spellings it lacks; a memo
    that would grow past ``limit`` entries is emptied first (a corpus of many spellings keeps only
    the current document's).

    >>> memo = {"a": 1}
    >>> _remember(memo, {"a", "bb"}, 10, len); sorted(memo.items())
    [('a', 1), ('bb', 2)]
    >>> _remember(memo, {"ccc"}, 2, len); memo
    {'ccc': 3}
    """
    new = distinct.difference(memo)
    if new:
        if len(memo) + len(new) > limit:
            memo.clear()
            new = distinct
        for spelling in new:
            memo[spelling] = analyse(spelling)


_TEXT = attrgetter("text")
_new_match = partial(tuple.__new__, Match)
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


class _Folded:
    """The folded form of each token, folded when asked for (a document matched by one matcher
    alone folds only the tokens after a candidate)."""

    __slots__ = ("tokens",)

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens

    def __getitem__(self, i: int) -> str:
        return fold(self.tokens[i].text)


def _walk(text: str, tokens: Sequence[Token], folded, i: int, node: _Node) -> tuple[int, int]:
    """(tokens, entry) of the longest multi-word entry that starts at token ``i`` and goes on
    down ``node`` along the next tokens, separated by spaces or quotation marks only (no line
    break); (0, -1) if none. The cost is the length of the match, not the number of entries."""
    best_size, best_index = 0, -1
    j, n = i + 1, len(tokens)
    while j < n:
        gap = text[tokens[j - 1].end : tokens[j].start]
        if gap.strip(_QUOTE_MARKS) or "\n" in gap:
            break
        word = folded[j]
        index = node[1].get(word)
        if index is not None:
            best_size, best_index = j - i + 1, index
        node = node[0].get(word)
        if node is None:
            break
        j += 1
    return best_size, best_index


def _longest_at(text: str, tokens: Sequence[Token], folded, i: int, readings: tuple) -> Match | None:
    """The longest entry that starts at token ``i``, given its readings (:meth:`LexiconMatcher._candidates`)
    and the tokens' folded forms; None if none does. Of two readings with entries of the same
    length, the first wins; a one-word entry only when no multi-word entry matches."""
    best_size, best_index, best_prefix = 0, -1, 0
    for prefix, node, single in readings:
        if node is not None:
            size, index = _walk(text, tokens, folded, i, node)
            if size > best_size:
                best_size, best_index, best_prefix = size, index, prefix
        if single >= 0 and best_size == 0:
            best_size, best_index, best_prefix = 1, single, prefix
    if not best_size:
        return None
    last = i + best_size - 1
    return Match(tokens[i].start + best_prefix, tokens[last].end, i, last, best_index)


class LexiconSet:
    """Several lexicon matchers run together: one pass over a document's tokens gives each
    matcher's matches, the same as its own :meth:`LexiconMatcher.find`.

    One memo maps a token spelling to its folded form and to its readings in every lexicon that
    it can begin (:meth:`LexiconMatcher._candidates`), so a token costs one dictionary look-up
    whatever the number of lexicons and entries; only the tokens that begin an entry somewhere
    are visited. The memo is bounded (``MAX_MEMO``) and never changes the matches.

    >>> roles, cues = LexiconMatcher(["الرئيس الفرنسي"]), LexiconMatcher(["قال"])
    >>> both = LexiconSet([roles, cues])
    >>> text = "وقال الرئيس الفرنسي"
    >>> table = both.analyse([t.text for t in word_tokens(text)])
    >>> [[(x.start, x.entry) for x in found] for found in both.find(text, word_tokens(text), table)]
    [[(5, 0)], [(1, 0)]]
    >>> [folded for folded, _ in table], both.position(cues)
    (['وقال', 'الرييس', 'الفرنسي'], 1)
    """

    MAX_MEMO = LexiconMatcher.MAX_MEMO

    def __init__(self, matchers: Sequence[LexiconMatcher]):
        self.matchers = list(matchers)
        self._memo: dict[str, tuple[str, tuple[_Start, ...]]] = {}

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_memo": {}}  # the memo is rebuilt where the set is used

    def position(self, matcher: LexiconMatcher) -> int | None:
        """The index of ``matcher`` in the set (by identity), or None."""
        return next((k for k, m in enumerate(self.matchers) if m is matcher), None)

    def analyse(self, spellings: Sequence[str], distinct: set[str] | None = None) -> list[tuple[str, tuple[_Start, ...]]]:
        """For each token spelling, its folded form and the matchers where it can begin an entry
        (:class:`_Start`; most tokens: none). ``distinct`` is the set of ``spellings``, if known."""
        memo = self._memo
        if distinct is None:
            distinct = set(spellings)
        matchers = self.matchers
        _remember(memo, distinct, self.MAX_MEMO, lambda spelling: (fold(spelling), tuple(
            _start(k, readings) for k, m in enumerate(matchers) if (readings := m._candidates(spelling)))))
        return list(map(memo.__getitem__, spellings))

    def find(self, text: str, tokens: Sequence[Token], table: Sequence[tuple[str, tuple]]) -> list[list[Match]]:
        """Every matcher's leftmost-longest, non-overlapping matches over the tokens of ``text``,
        in one pass; ``table`` is :meth:`analyse` of the tokens' spellings."""
        folded = list(map(_FIRST, table))
        out: list[list[Match]] = [[] for _ in self.matchers]
        resume = [0] * len(self.matchers)
        n = len(table)
        for i in compress(range(n), map(_SECOND, table)):
            following = folded[i + 1] if i + 1 < n else ""
            for k, readings, single, seconds in table[i][1]:
                if i < resume[k]:
                    continue
                if following not in seconds:  # no multi-word entry: as _longest_at finds, without the call
                    if single is not None:
                        token = tokens[i]
                        out[k].append(_new_match((token.start + single[0], token.end, i, i, single[1])))
                        resume[k] = i + 1
                elif (match := _longest_at(text, tokens, folded, i, readings)) is not None:
                    out[k].append(match)
                    resume[k] = match.last_token + 1
        return out


class _Start(NamedTuple):
    """Where a token spelling can begin entries of one matcher of a :class:`LexiconSet`."""

    matcher: int  # its index in the set
    readings: tuple  # :meth:`LexiconMatcher._candidates`
    single: tuple[int, int] | None  # (raw proclitic length, entry) of the one-word entry it is, if any
    seconds: frozenset[str]  # the second words of the multi-word entries it can begin


def _start(k: int, readings: tuple) -> _Start:
    """The :class:`_Start` of readings: ``single`` is what :func:`_longest_at` finds when no
    multi-word entry goes on (the first reading that is a one-word entry), so that a token whose
    next word is none of ``seconds`` is matched without the call."""
    single = next(((prefix, one) for prefix, _, one in readings if one >= 0), None)
    roots = [node for _, node, _ in readings if node is not None]
    seconds = roots[0][2] if len(roots) == 1 else frozenset().union(*(root[2] for root in roots))
    return _Start(k, readings, single, seconds)


def raw_prefix_length(raw: str, folded_length: int) -> int:
    """Characters of ``raw`` that fold to its first ``folded_length`` characters.

    Diacritics and tatweel after the last of them belong to it (لـترمب: the span starts at ت).

    >>> raw_prefix_length("وَبوتين", 1), raw_prefix_length("لـترمب", 1)
    (2, 2)
    """
    if folded_length == 0:
        return 0
    kept = 0
    for i, ch in enumerate(raw):
        kept += len(fold(ch))
        if kept >= folded_length:
            i += 1
            while i < len(raw) and not fold(raw[i]):
                i += 1
            return i
    return len(raw)
