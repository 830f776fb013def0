"""Page furniture: the lines of a scraped news page that are not the article.

Breadcrumbs, time stamps, bylines, share bars, tag lists and links to related articles sit
between a page's headline and its body, or after it. Each is recognised by a named rule over one
line, with the words of ``framing/data/page_furniture.toml`` (its header documents the format);
:func:`framing.corpus.clean_text` deletes the lines they recognise.

>>> furniture = load_page_furniture()
>>> line_kind("الرئيسية > أخبار لبنان > سياسة", furniture)
'breadcrumb'
>>> line_kind("وقال الرئيس اللبناني إن القرار نهائي", furniture) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .errors import InputError
from .lexicon import read_toml
from .text import fold
from .words import word_class

FILE = "page_furniture.toml"
_SEPARATORS = re.compile(r"[|>»«<›‹/:\-–—،,.+·•()\[\]]+")
_DIGIT = re.compile(r"[0-9٠-٩]")
_NUMBER = re.compile(r"^[0-9٠-٩]+$")
# the longest line a rule reads: furniture is short, and a body paragraph is never read twice over
MAX_FURNITURE_CHARS = 300
_SHORT_LINE_CHARS = 120  # time stamps and bylines are shorter still


@dataclass(frozen=True)
class PageFurniture:
    """The words the rules of this module read (see ``page_furniture.toml``)."""

    related_headers: frozenset[str]
    related_openers: frozenset[str]  # the first words of the headers
    tag_labels: frozenset[str]
    share_words: frozenset[str]
    timestamp_words: frozenset[str]
    breadcrumb_home: tuple[str, ...]
    breadcrumb_separators: str
    byline_labels: frozenset[str]
    byline_max_words: int


def load_page_furniture(source: str | Path | None = None) -> PageFurniture:
    """Read a page-furniture file (default: the bundled one, read once).

    >>> "الوسوم" in load_page_furniture().tag_labels
    True
    """
    return _bundled() if source is None else _read(source)


@cache
def _bundled() -> PageFurniture:
    return _read(FILE)


def _read(source: str | Path) -> PageFurniture:
    name, data = read_toml(source)
    try:
        return PageFurniture(
            related_headers=frozenset(map(_words, data["related"]["headers"])),
            related_openers=frozenset(_words(header).split()[0] for header in data["related"]["headers"]),
            tag_labels=frozenset(map(_words, data["tags"]["labels"]))
            | frozenset(f"{noun} {qualifier}" for noun in data["tags"]["nouns"] for qualifier in data["tags"]["qualifiers"]),
            share_words=frozenset(data["share"]["words"]),
            timestamp_words=frozenset(data["timestamp"]["words"]) | _calendar_words(),
            breadcrumb_home=tuple(data["breadcrumb"]["home"]),
            breadcrumb_separators="".join(data["breadcrumb"]["separators"]),
            byline_labels=frozenset(map(_words, data["byline"]["labels"])),
            byline_max_words=int(data["byline"]["max_name_words"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(name, f"page furniture file lacks or mistypes {exc}") from None


@cache
def _calendar_words() -> frozenset[str]:
    """Arabic month and weekday names of CLDR (Gregorian, Levantine and Maghrebi months), word by word."""
    from babel.dates import get_day_names, get_month_names

    names: set[str] = set()
    for locale in ("ar", "ar_SY", "ar_DZ", "ar_MA"):
        for table in (get_month_names("wide", locale=locale), get_day_names("wide", locale=locale)):
            for value in table.values():
                names.update(value.split())
    return frozenset(names)


@lru_cache(maxsize=64)  # the rules of one line ask for its words in turn
def _words(text: str) -> str:
    """A line's words with separators and punctuation set aside, space-joined.

    >>> _words("شارك: فيسبوك | إكس")
    'شارك فيسبوك إكس'
    """
    return " ".join(_SEPARATORS.sub(" ", text).split())


# -- rules: one per kind of line -----------------------------------------------------------------


def related_block(line: str, furniture: PageFurniture) -> str | None:
    """``"block"`` for a header alone on its line (it opens links to the end of the article),
    ``"line"`` for a header, a colon and one linked headline, else None.

    >>> f = load_page_furniture()
    >>> related_block("اقرأ أيضاً:", f), related_block("إقرأ أيضا: ترامب يلتقي الشرع", f)
    ('block', 'line')
    >>> related_block("اقرأ أيضاً ما قاله الوزير", f) is None
    True
    """
    first = _SEPARATORS.sub(" ", line[:24]).split()
    if len(line) > MAX_FURNITURE_CHARS or not first or first[0] not in furniture.related_openers:
        return None
    words = _words(line)
    if words in furniture.related_headers:
        return "block"
    head, colon, _ = line.partition(":")
    return "line" if colon and _words(head) in furniture.related_headers else None


def is_tag_line(line: str, furniture: PageFurniture) -> bool:
    """A tag label, a colon, the tags.

    >>> is_tag_line("الكلمات الدالة: أرمينيا، أذربيجان", load_page_furniture())
    True
    >>> is_tag_line("الكلمات المفاتيح: الانتخابات، الهيئة العليا", load_page_furniture())
    True
    >>> is_tag_line("الوسوم التي اختارها الموقع كثيرة", load_page_furniture())
    False
    """
    head, colon, _ = line.partition(":")
    return bool(colon) and _words(head) in furniture.tag_labels


def is_share_bar(line: str, furniture: PageFurniture) -> bool:
    """A line made only of share and follow words.

    >>> f = load_page_furniture()
    >>> is_share_bar("شارك: فيسبوك | إكس | واتساب | نسخ الرابط", f), is_share_bar("تابعونا على واتساب", f)
    (True, True)
    >>> is_share_bar("شارك الرئيس في القمة", f)
    False
    """
    first = _SEPARATORS.sub(" ", line[:24]).split()
    if not first or first[0] not in furniture.share_words:  # most lines fail on their first word
        return False
    return all(word in furniture.share_words for word in _words(line).split())


def is_time_stamp(line: str, furniture: PageFurniture) -> bool:
    """A line of dates, clock times, numbers and time-stamp words, with at least one digit.

    >>> f = load_page_furniture()
    >>> is_time_stamp("نُشر في: 15/10/2025 - 10:42 | آخر تحديث: منذ 15 دقيقة", f)
    True
    >>> is_time_stamp("السبت 11 أكتوبر 2025 - 12:47", f), is_time_stamp("رمز الخبر: 4521873", f)
    (True, True)
    >>> is_time_stamp("في 11 أكتوبر قتل 3 متظاهرين", f)
    False
    """
    if len(line) > _SHORT_LINE_CHARS or not _DIGIT.search(line):
        return False
    return all(_NUMBER.match(word) or word in furniture.timestamp_words for word in _words(line).split())


def is_breadcrumb(line: str, furniture: PageFurniture) -> bool:
    """A home word and a separator at the start of the line.

    >>> f = load_page_furniture()
    >>> is_breadcrumb("الرئيسية » مجتمع", f), is_breadcrumb("الرئيسية في ذلك أن", f)
    (True, False)
    """
    stripped = line.strip()
    for home in furniture.breadcrumb_home:
        if stripped.startswith(home):
            rest = stripped[len(home):].lstrip()
            return bool(rest) and rest[0] in furniture.breadcrumb_separators
    return False


def is_byline(line: str, furniture: PageFurniture) -> bool:
    """A byline label and a short name, alone on the line; a line ending in a colon is kept
    (it introduces a quote).

    >>> f = load_page_furniture()
    >>> is_byline("كتبت: رنا فقيه", f), is_byline("كتب - أحمد عبد الرحمن", f), is_byline("كتب أحمد سمير", f)
    (True, True, True)
    >>> is_byline("كتب ترامب:", f), is_byline("كتب ترامب على منصته أن الاتفاق قريب", f)
    (False, False)
    """
    stripped = line.strip()
    if len(stripped) > _SHORT_LINE_CHARS or stripped.endswith(":") or _DIGIT.search(stripped):
        return False
    words = _words(stripped).split()
    for size in (2, 1):  # a two-word label first (إعداد وتحرير)
        if len(words) > size and " ".join(words[:size]) in furniture.byline_labels:
            return len(words) - size <= furniture.byline_max_words and not any(
                fold(word) in _says_something() for word in words[size:])
    return False


@cache
def _says_something() -> frozenset[str]:
    """Prepositions and complementizers: never in a journalist's name, so a line holding one is a
    sentence («كتب ترامب على منصته أن …»)."""
    return word_class("prepositions") | word_class("complementizers")


RULES = (
    ("share", is_share_bar),
    ("tags", is_tag_line),
    ("timestamp", is_time_stamp),
    ("breadcrumb", is_breadcrumb),
    ("byline", is_byline),
)


def line_kind(line: str, furniture: PageFurniture) -> str | None:
    """The kind of furniture a line is (``share``, ``tags``, ``timestamp``, ``breadcrumb``,
    ``byline``), or None for a line of the article. Related-article headers are
    :func:`related_block`'s.

    >>> line_kind("كتبه: حمزة المتوكل", load_page_furniture())
    'byline'
    """
    if len(line) > MAX_FURNITURE_CHARS:
        return None
    for kind, rule in RULES:
        if rule(line, furniture):
            return kind
    return None
