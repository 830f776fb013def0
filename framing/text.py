"""The Arabic text layer: normalisation, word tokens, sentences and quotation-mark spans.

Normalisation wraps camel-tools' data-free functions (``camel_tools.utils``); tokens, sentences and
quotation-mark spans carry character offsets into the text they came from, so every finding
built on them can be shown in the article.

>>> normalize_ar("أَكَّدَ الرئيسُ")
'اكد الرييس'
>>> [t.text for t in word_tokens("وقال ماكرون: «نعم».")]
['وقال', 'ماكرون', 'نعم']
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import accumulate
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, NamedTuple

from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

from .errors import warn

if TYPE_CHECKING:
    from .matcher import LexiconSet

TATWEEL = "\u0640"

# ---------------------------------------------------------------------------------------------
# Normalisation


def normalize_ar(
    text: str,
    *,
    unicode: bool = True,
    dediac: bool = True,
    alef: bool = True,
    alef_maksura: bool = True,
    teh_marbuta: bool = True,
    tatweel: bool = True,
    hamza: bool = True,
) -> str:
    """Normalise Arabic text for matching; each step can be switched off.

    ``hamza`` folds the hamza seats ؤ and ئ onto ء-less forms (و, ي), as search engines do, so
    رئيس and رييس meet.

    >>> normalize_ar("رئيسة الوزراء", teh_marbuta=False)
    'رييسة الوزراء'
    """
    while True:
        if unicode:
            text = normalize_unicode(text)
        if dediac:
            text = dediac_ar(text)
        if tatweel:
            text = text.replace(TATWEEL, "")
        if alef:
            text = normalize_alef_ar(text)
        if alef_maksura:
            text = normalize_alef_maksura_ar(text)
        if teh_marbuta:
            text = normalize_teh_marbuta_ar(text)
        if hamza:
            text = text.replace("ؤ", "و").replace("ئ", "ي")
        # Folding a letter may leave it before a combining hamza or madda (ي + U+0654) that
        # Unicode composes again (ئ): repeat until stable, so that the function is idempotent.
        if not unicode or unicodedata.is_normalized("NFKC", text):
            return text


# The same default normalisation as one str.translate table, for the matcher's hot path.
# A test checks that it agrees with normalize_ar on every token of the seeds.
_FOLD: dict[int, str | None] = {ord(c): None for c in AR_DIAC_CHARSET}
_FOLD[ord(TATWEEL)] = None
_FOLD.update({ord(c): "ا" for c in "أإآٱ"})
_FOLD.update({ord("ى"): "ي", ord("ة"): "ه", ord("ؤ"): "و", ord("ئ"): "ي"})
_NEEDS_UNICODE = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")


@lru_cache(maxsize=200_000)
def fold(token: str) -> str:
    """Normalise one token exactly as :func:`normalize_ar` does with its defaults, fast.

    >>> fold("الأمريكيّة")
    'الامريكيه'
    """
    if _NEEDS_UNICODE.search(token) or not unicodedata.is_normalized("NFKC", token):
        token = normalize_unicode(token)
    token = token.translate(_FOLD)
    while not unicodedata.is_normalized("NFKC", token):  # as in normalize_ar: ي + U+0654 -> ئ -> ي
        token = normalize_unicode(token).translate(_FOLD)
    return token


_ARTICLE_PREFIXES = ("ال", "وال", "فال", "بال", "وبال", "فبال", "كال", "لل", "ولل")  # not وكال (وكالة) nor فلل (villas)


def has_article(word: str) -> bool:
    """Whether a folded word carries the article ال, after a conjunction (و، ف), a preposition
    (ب، ك، ل, which with the article is written لل) or both: the one test of definiteness the
    quote, actor and sentiment rules share.

    >>> [has_article(w) for w in ("الموقف", "والمسؤولون", "للمصادر", "وللمنظمة", "فبالشراكه", "كالعاده")]
    [True, True, True, True, True, True]
    >>> [has_article(w) for w in ("لمنظمة", "اجماعا", "قال", "وكاله", "فلل")]
    [False, False, False, False, False]
    """
    return word.startswith(_ARTICLE_PREFIXES)


def fold_set(*words: str) -> frozenset[str]:
    """A set of words in their folded form, for membership tests on folded tokens.

    >>> "علي" in fold_set("على", "إلى")
    True
    """
    return frozenset(fold(w) for w in words)


# ---------------------------------------------------------------------------------------------
# Tokens

# A word: a letter or digit, then letters, digits and Arabic marks (diacritics, tatweel); or a
# run of marks followed by letters. No quantifier is nested and no run of marks is scanned twice
# (a possessive run, tried only where the run starts), so a page with thousands of diacritics in
# a row tokenises in linear time. The tatweel is both a letter and a mark: a run of marks that
# no letter follows ends at its last tatweel.
_MARKS = "\u064B-\u065F\u0670\u0640"
_DIACRITICS = "\u064B-\u065F\u0670"
_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}])*+"
                   rf"|(?<![{_DIACRITICS}])[{_MARKS}]++[^\W_]+"
                   rf"|(?<![{_DIACRITICS}])[{_MARKS}]*\u0640")
# The same pattern as one group: re.split then returns gaps and words in turn.
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


class Token(NamedTuple):
    """A word with its character offsets in the text it came from."""

    text: str
    start: int
    end: int


_new_token = partial(tuple.__new__, Token)


def word_tokens(text: str) -> list[Token]:
    """Word tokens (letters, digits and Arabic marks) with offsets; punctuation is dropped.

    The tokens are those of camel-tools' ``simple_word_tokenize`` without its punctuation tokens.

    >>> word_tokens("في 4 سبتمبر")[1]
    Token(text='4', start=3, end=4)
    """
    # One split and running sums of the pieces' lengths, all in C: gap, word, gap, word, ..., gap.
    pieces = _WORD_SPLIT.split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    return list(map(_new_token, zip(pieces[1::2], offsets[1:-1:2], offsets[2::2], strict=True)))


def count_words(text: str) -> int:
    """The number of word tokens in ``text``.

    >>> count_words("قال ماكرون إن 26 دولة")
    5
    """
    return sum(1 for _ in _WORD.finditer(text))


# ---------------------------------------------------------------------------------------------
# Sentences

# A boundary is . ؟ ? ! ؛ … or a line break. A full stop is not a boundary between two digits
# (1.1) or after a one-letter abbreviation (د.ب.أ، أ.ف.ب), nor after one Arabic letter standing
# alone before a word, the abbreviation of a degree (د. عثمان الطاهر، م. أحمد): no Arabic
# sentence ends in a one-letter word.
_BOUNDARY = re.compile(r"[.؟?!؛]+|\n+")
_CLOSERS = "»”\"')]）"
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum() accepts


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its character offsets (whitespace trimmed)."""

    text: str
    start: int
    end: int


def _is_abbreviation_or_decimal(text: str, i: int) -> bool:
    """Whether the full stop at ``i`` belongs to a number or an abbreviation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isdigit() and after.isdigit():
        return True
    if before.isalpha() and (i < 2 or not text[i - 2].isalpha()):
        # one letter before the stop: د.ب.أ / أ.ف.ب / U.S.
        return after.isalpha() or after in ")" or (i >= 3 and text[i - 3] == ".") \
            or (_arabic_letter(before) and after == " " and _arabic_letter(text[i + 2 : i + 3]))
    return False


def _arabic_letter(char: str) -> bool:
    """Whether ``char`` is one letter of the Arabic script (ا to ي).

    >>> _arabic_letter("د"), _arabic_letter("D"), _arabic_letter("")
    (True, False, False)
    """
    return len(char) == 1 and "\u0621" <= char <= "\u064a"


def sentence_spans(text: str) -> list[Sentence]:
    """Split text into sentences at Arabic and Latin sentence punctuation and line breaks.

    >>> [s.text for s in sentence_spans("قال (د.ب.أ) إن 1.1 مليار. وأضاف؛ ثم")]
    ['قال (د.ب.أ) إن 1.1 مليار.', 'وأضاف؛', 'ثم']
    >>> [s.text for s in sentence_spans("ويرى المحلل د. عثمان الطاهر أن الحرب طويلة. وأضاف")]
    ['ويرى المحلل د. عثمان الطاهر أن الحرب طويلة.', 'وأضاف']
    """
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() == "." and _is_abbreviation_or_decimal(text, m.start()):
            continue
        end = m.end()
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
        _add_sentence(text, start, end, sentences)
        start = end
    _add_sentence(text, start, len(text), sentences)
    return sentences


def _add_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _ALNUM.search(text, start, end):
        out.append(Sentence(text[start:end], start, end))


# ---------------------------------------------------------------------------------------------
# Quotation marks

QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"', "❝": "❞"}
QUOTE_MARKS = "".join(sorted(set(QUOTE_PAIRS) | set(QUOTE_PAIRS.values())))  # every opening and closing mark


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """A span between quotation marks: ``start``/``end`` include the marks.

    ``closed`` is False when the closing mark was missing and the span runs to the end of the
    paragraph.
    """

    start: int
    end: int
    open_mark: str
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words, without the marks."""
        return self.start + 1, self.end - 1 if self.closed else self.end


def quote_mark_spans(text: str, *, source: str | None = None, warn_unbalanced: bool = True) -> list[QuoteMarks]:
    """Spans between « », “ ”, " " and their variants, outermost first, in text order.

    Quotation marks do not run across paragraphs. An unbalanced opening mark yields a span to the
    end of its paragraph (``closed=False``) and a warning; a stray closing mark is ignored with a
    warning. ``source`` names the article in warnings; an article warns of at most
    :data:`MAX_MARK_WARNINGS` marks, then says how many more there are (``warn_unbalanced=False``:
    no warning, for a text already read once). One pass over the marks.

    >>> [(text[s.start:s.end]) for text in ["قال «نعم» و“لا”"] for s in quote_mark_spans(text)]
    ['«نعم»', '“لا”']
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     spans = quote_mark_spans("قال «نعم", warn_unbalanced=False)
    >>> [(s.start, s.end, s.closed) for s in spans], caught
    ([(4, 8, False)], [])
    """
    spans: list[QuoteMarks] = []
    unbalanced: list[tuple[int, str]] = []
    offset = 0
    for paragraph in text.split("\n"):
        spans.extend(_paragraph_quote_spans(paragraph, offset, unbalanced))
        offset += len(paragraph) + 1
    spans.sort(key=lambda s: (s.start, -s.end))
    if warn_unbalanced:
        _warn_unbalanced(source, unbalanced)
    return spans


_MARK_RE = re.compile("[" + re.escape("".join(set(QUOTE_PAIRS) | set(QUOTE_PAIRS.values()))) + "]")
# The opening marks each closing mark closes (“ closes „ and opens a quote of its own).
_OPENERS_OF = {close: tuple(o for o, c in QUOTE_PAIRS.items() if c == close) for close in set(QUOTE_PAIRS.values())}
MAX_MARK_WARNINGS = 10  # unbalanced quotation marks listed one by one in an article's warnings


def _paragraph_quote_spans(paragraph: str, offset: int, unbalanced: list[tuple[int, str]]) -> list[QuoteMarks]:
    """The quotation spans of one paragraph; its unbalanced marks go to ``unbalanced``.

    Each closing mark finds the innermost open mark it closes through a stack of positions per
    opening mark, so every mark is pushed and popped once.

    >>> found = []
    >>> [(s.start, s.end, s.closed) for s in _paragraph_quote_spans("«أ “ب» «ج", 0, found)], found
    ([(0, 6, True), (7, 9, False)], [(3, '“'), (7, '«')])
    """
    spans: list[QuoteMarks] = []
    stack: list[tuple[str, int]] = []  # (open mark, position), innermost last
    where: dict[str, list[int]] = {o: [] for o in QUOTE_PAIRS}  # indices in ``stack`` of each opening mark
    for m in _MARK_RE.finditer(paragraph):
        mark, pos = m.group(), m.start()
        i = max((where[o][-1] for o in _OPENERS_OF.get(mark, ()) if where[o]), default=-1)
        if i >= 0:
            open_mark, open_pos = stack[i]
            for o, p in stack[i + 1 :]:
                unbalanced.append((offset + p, o))
            for o, _ in stack[i:]:
                where[o].pop()
            del stack[i:]
            spans.append(QuoteMarks(offset + open_pos, offset + pos + 1, open_mark))
        elif mark in QUOTE_PAIRS:
            where[mark].append(len(stack))
            stack.append((mark, pos))
        else:
            unbalanced.append((offset + pos, mark))
    if stack:
        open_mark, open_pos = stack[0]
        unbalanced.extend((offset + p, o) for o, p in stack)
        end = len(paragraph.rstrip())
        if end > open_pos + 1:
            spans.append(QuoteMarks(offset + open_pos, offset + end, open_mark, closed=False))
    return spans


def _warn_unbalanced(source: str | None, unbalanced: list[tuple[int, str]]) -> None:
    """One warning per unbalanced mark, in text order, up to :data:`MAX_MARK_WARNINGS`; then one
    line saying how many more."""
    unbalanced.sort()
    for pos, mark in unbalanced[:MAX_MARK_WARNINGS]:
        warn(source, f"unbalanced quotation mark {mark} at character {pos}")
    if len(unbalanced) > MAX_MARK_WARNINGS:
        warn(source, f"{len(unbalanced) - MAX_MARK_WARNINGS} more unbalanced quotation marks not listed")


# ---------------------------------------------------------------------------------------------
# Documents

_TOKEN_TEXT = attrgetter("text")
_FIRST = itemgetter(0)


class Document:
    """One article's text with its tokens and sentences, computed once and shared by every measure.

    Given ``lexicons`` (a :class:`framing.matcher.LexiconSet`), the document runs its matchers
    together in one pass (:meth:`matches`), and its folded forms come from their memo.

    >>> doc = Document("a1", "قال ماكرون. وأضاف زيلينسكي.")
    >>> doc.sentence_id(14), doc.sentences[1].text
    (1, 'وأضاف زيلينسكي.')
    """

    __slots__ = (
        "_all_matches",
        "_folded",
        "_lexicons",
        "_matches",
        "_spellings",
        "_starts",
        "_token_starts",
        "_token_table",
        "_word_positions",
        "article_id",
        "date",
        "sentences",
        "text",
        "tokens",
    )

    def __init__(self, article_id: str, text: str, date: str | None = None, lexicons: LexiconSet | None = None):
        self.article_id = article_id
        self.text = text
        self.date = date
        self.tokens = word_tokens(text)
        self.sentences = sentence_spans(text)
        self._starts = [s.start for s in self.sentences]
        self._folded: list[str] | None = None
        self._token_starts: list[int] | None = None
        self._matches: dict[int, tuple] = {}
        self._spellings: tuple[list[str], set[str]] | None = None
        self._lexicons = lexicons
        self._all_matches: list[list] | None = None
        self._token_table: list | None = None
        self._word_positions: dict[str, list[int]] | None = None

    def matches(self, matcher) -> list:
        """``matcher.find(text, tokens)`` over the whole document, computed once per matcher.

        The matchers of the document's ``lexicons`` (a :class:`framing.matcher.LexiconSet`) are
        all run together, in one pass, when the first of them is asked for.

        >>> from framing.matcher import LexiconMatcher, LexiconSet
        >>> roles = LexiconMatcher(["الرئيس"])
        >>> doc = Document("a1", "قال الرئيس")
        >>> doc.matches(roles) is doc.matches(roles), len(doc.matches(roles))
        (True, 1)
        >>> Document("a1", "قال الرئيس", lexicons=LexiconSet([roles])).matches(roles) == doc.matches(roles)
        True
        """
        if self._lexicons is not None and (k := self._lexicons.position(matcher)) is not None:
            if self._all_matches is None:
                self._all_matches = self._lexicons.find(self.text, self.tokens, self._table())
            return self._all_matches[k]
        key = id(matcher)
        if key not in self._matches or self._matches[key][0] is not matcher:
            self._matches[key] = (matcher, matcher.find(self.text, self.tokens, *self._spelling_set()))
        return self._matches[key][1]

    def _spelling_set(self) -> tuple[list[str], set[str]]:
        """The tokens' texts and their set, shared by every matcher."""
        if self._spellings is None:
            spellings = list(map(_TOKEN_TEXT, self.tokens))
            self._spellings = spellings, set(spellings)
        return self._spellings

    def _table(self) -> list:
        """Each token's folded form and candidate entries in the lexicons
        (:meth:`framing.matcher.LexiconSet.analyse`), computed once; the folded forms become
        :attr:`folded`."""
        if self._token_table is None:
            assert self._lexicons is not None
            self._token_table = self._lexicons.analyse(*self._spelling_set())
            if self._folded is None:
                self._folded = list(map(_FIRST, self._token_table))
        return self._token_table

    @property
    def token_starts(self) -> list[int]:
        """The start offset of each token, computed once (for bisection).

        >>> Document("a1", "قال الرئيس").token_starts
        [0, 4]
        """
        if self._token_starts is None:
            self._token_starts = [t.start for t in self.tokens]
        return self._token_starts

    @property
    def folded(self) -> list[str]:
        """Each token folded (:func:`fold`), computed once.

        >>> Document("a1", "قال الرئيسُ").folded
        ['قال', 'الرييس']
        """
        if self._folded is None:
            if self._lexicons is not None:
                self._table()  # the lexicons' memo folds each spelling once
            else:
                self._folded = list(map(fold, map(_TOKEN_TEXT, self.tokens)))
        assert self._folded is not None
        return self._folded

    @property
    def word_positions(self) -> dict[str, list[int]]:
        """The token indices of each folded word, in order, computed once; a word of three letters
        or more that starts with the conjunction و or ف, or the preposition ل or ب, is also listed
        without it (وصنيعته under صنيعته, لكيان under كيان), and one with ل before the article,
        which drops its alif, under the definite word (للميليشيا under الميليشيا).

        >>> Document("a1", "النظام وصنيعته والنظام").word_positions["النظام"]
        [0, 2]
        >>> Document("a1", "دعم للميليشيا ووللعدو").word_positions["الميليشيا"]
        [1]
        """
        if self._word_positions is None:
            positions: dict[str, list[int]] = {}
            for i, word in enumerate(self.folded):
                positions.setdefault(word, []).append(i)
                if word[:1] in "وفلب" and len(word) > 2:
                    positions.setdefault(word[1:], []).append(i)
                bare = word[1:] if word[:1] in "وف" else word
                if bare[:2] == "لل" and len(bare) > 3:  # ل before ال drops its alif (للميليشيا)
                    positions.setdefault("ا" + bare[1:], []).append(i)
            self._word_positions = positions
        return self._word_positions

    def sentence_id(self, offset: int) -> int:
        """The index of the sentence that contains (or last starts before) ``offset``."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def sentence_of(self, offset: int) -> Sentence:
        """The sentence that contains ``offset``."""
        return self.sentences[self.sentence_id(offset)] if self.sentences else Sentence(self.text, 0, len(self.text))
