"""The clitic-aware lexicon matcher shared by actors, reporting cues, hedges and sentiment.

Entries are single- or multi-word terms. Terms and text are folded the same way
(:func:`framing.text.fold`: no diacritics or tatweel, one alef, ى→ي, ة→ه). The first word of a
match may carry proclitics (و ف ب ل ك س and their combinations, with ال elided after ل as in
للرئيس); the last word may carry an enclitic pronoun (ه ها هم هما هن ك كم نا ي) where the entry
allows it. Matches are leftmost-longest and never overlap.

The matcher is compiled once: a dictionary from first words to entries. A document is matched in
one pass over its tokens, never by looping over the lexicon; the analysis of each distinct token
(its possible stems) is cached. :class:`LexiconSet` runs several matchers in one pass, with one
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

from .text import Token, fold, word_tokens

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
_QUOTE_MARKS = " \t\u00a0«»“”\"„"


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
        self._first: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
        seen: set[tuple[str, ...]] = set()
        for index, (term, flag) in enumerate(zip(terms, flags, strict=True)):
            words = tuple(fold(t.text) for t in word_tokens(term))
            if not words or words in seen:
                continue
            seen.add(words)
            self._first.setdefault(words[0], []).append((words, index, bool(flag)))
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))
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
        new = distinct.difference(memo)
        if new:
            if len(memo) + len(new) > self.MAX_MEMO:
                memo.clear()
                new = distinct
            for spelling in new:
                memo[spelling] = self._candidates(spelling)
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
        return any(single >= 0 for _, _, _, single in candidates)

    def _candidates(self, spelling: str) -> tuple[tuple[int, dict, int, int], ...]:
        """The readings of a token spelling that start an entry, in the order of
        :func:`token_stems`; empty for most tokens.

        Each reading is ``(raw proclitic length, multi-word entries by their second word, the
        longest of those, the first one-word entry or -1)``. A multi-word entry is listed under
        its second word (and, when it has two words and takes a pronoun, under that word with
        each pronoun), longest first, in lexicon order; a reading with a pronoun keeps only the
        one-word entries that take one.
        """
        out = []
        folded = fold(spelling)
        for stem, pre, enclitic in token_stems(folded, enclitics=self._any_enclitics):
            if self.nominal and "س" in folded[:pre]:
                continue  # the future marker before a name or a noun
            by_second: dict[str, list] = {}
            single = -1
            for words, index, flag in self._first.get(stem, ()):
                if enclitic and not (flag and len(words) == 1):
                    continue  # a pronoun on a word that takes none
                if len(words) == 1:
                    single = index if single < 0 else single
                    continue
                keys = [words[1]] + ([words[1] + s for s in ENCLITICS] if flag and len(words) == 2 else [])
                for key in keys:
                    by_second.setdefault(key, []).append((len(words), words, index, flag))
            if by_second or single >= 0:
                longest = max((e[0] for entries in by_second.values() for e in entries), default=0)
                out.append((raw_prefix_length(spelling, pre), by_second, longest, single))
        return tuple(out)


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


def _longest_at(text: str, tokens: Sequence[Token], folded, i: int, readings: tuple) -> Match | None:
    """The longest entry that starts at token ``i``, given its readings (:meth:`LexiconMatcher._candidates`)
    and the tokens' folded forms; None if none does."""
    best_size, best_index, best_prefix = 0, -1, 0
    following = None  # the next token, folded: it selects the multi-word entries to try
    for prefix, by_second, longest, single in readings:
        if longest > best_size:
            if following is None:
                following = folded[i + 1] if i + 1 < len(tokens) else ""
            for size, words, index, flag in by_second.get(following, ()):
                if size <= best_size:
                    break
                if _match_rest(text, tokens, folded, i, words, flag):
                    best_size, best_index, best_prefix = size, index, prefix
                    break
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
        self._memo: dict[str, tuple[str, tuple[tuple[int, tuple, tuple[int, int] | None], ...]]] = {}

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_memo": {}}  # the memo is rebuilt where the set is used

    def position(self, matcher: LexiconMatcher) -> int | None:
        """The index of ``matcher`` in the set (by identity), or None."""
        return next((k for k, m in enumerate(self.matchers) if m is matcher), None)

    def analyse(self, spellings: Sequence[str], distinct: set[str] | None = None
                ) -> list[tuple[str, tuple[tuple[int, tuple, tuple[int, int] | None], ...]]]:
        """For each token spelling, ``(folded form, ((matcher index, readings, single), ...))``:
        the matchers where it can begin an entry, with its readings there (most tokens: none).
        ``single`` is ``(raw proclitic length, entry)`` when the token can begin one-word entries
        only, so that its match is known without looking further; else None. ``distinct`` is the
        set of ``spellings``, if known."""
        memo = self._memo
        if distinct is None:
            distinct = set(spellings)
        new = distinct.difference(memo)
        if new:
            if len(memo) + len(new) > self.MAX_MEMO:
                memo.clear()
                new = distinct
            matchers = self.matchers
            for spelling in new:
                memo[spelling] = (fold(spelling), tuple((k, readings, _single(readings)) for k, m in enumerate(matchers)
                                                        if (readings := m._candidates(spelling))))
        return list(map(memo.__getitem__, spellings))

    def find(self, text: str, tokens: Sequence[Token], table: Sequence[tuple[str, tuple]]) -> list[list[Match]]:
        """Every matcher's leftmost-longest, non-overlapping matches over the tokens of ``text``,
        in one pass; ``table`` is :meth:`analyse` of the tokens' spellings."""
        folded = list(map(_FIRST, table))
        out: list[list[Match]] = [[] for _ in self.matchers]
        resume = [0] * len(self.matchers)
        for i in compress(range(len(table)), map(_SECOND, table)):
            for k, readings, single in table[i][1]:
                if i < resume[k]:
                    continue
                if single is not None:  # as _longest_at would find, without the call
                    token = tokens[i]
                    out[k].append(_new_match((token.start + single[0], token.end, i, i, single[1])))
                    resume[k] = i + 1
                elif (match := _longest_at(text, tokens, folded, i, readings)) is not None:
                    out[k].append(match)
                    resume[k] = match.last_token + 1
        return out


def _single(readings: tuple) -> tuple[int, int] | None:
    """``(raw proclitic length, entry)`` of the match that readings of one-word entries only give
    (the first reading's, :func:`_longest_at`); None if a multi-word entry may start there."""
    if any(longest for _, _, longest, _ in readings):
        return None
    prefix, _, _, single = readings[0]
    return prefix, single


def _match_rest(text, tokens, folded, i, words, flag) -> bool:
    """Whether words[1:] match the tokens after token ``i`` (``folded``: their folded forms),
    separated by spaces or quotation marks only (no line break)."""
    if i + len(words) > len(tokens):
        return False
    last = len(words) - 1
    for k in range(1, last + 1):
        word, tok = words[k], folded[i + k]
        if tok != word and not (flag and k == last and any(tok == word + s for s in ENCLITICS)):
            return False
        gap = text[tokens[i + k - 1].end : tokens[i + k].start]
        if gap.strip(_QUOTE_MARKS) or "\n" in gap:
            return False
    return True


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
