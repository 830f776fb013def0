"""Merits and charges: what an act of praise, thanks or accusation names in its ب or على
complement (أشاد بأداء الجيش، شكر مصر على وقوفها إلى جانب بلاده، اتهمه بـ«المماطلة») is an
evaluation of the act's target by the act's source, even when no lexicon word carries it.

A complement that holds a lexicon cue is that cue's (its own row takes the act's target, see
:mod:`framing.sentiment.speech_acts`); this rule covers the others: the merit is the praise, the
charge the blame. The row spans the complement's head, up to :data:`MERIT_WORDS` words before a
name, a relative pronoun, a preposition or a mark; its ``method`` is ``lexicon:merit``.

>>> import pandas as pd
>>> from framing.actors import find_mentions
>>> from framing.sentiment import find_sentiment
>>> text = "وأشاد الرئيس عبد الفتاح السيسي بـ«أداء» الجيش الصومالي في مواجهة الإرهاب."
>>> articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-10"], "text": [text]})
>>> rows = find_sentiment(articles, find_mentions(articles))
>>> rows[["cue", "source_id", "target_id", "polarity", "method"]].values.tolist()[-1]
['أداء', 'Abdel Fattah el-Sisi', 'Somalia', 'positive', 'lexicon:merit']
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import QUOTE_MARKS, QUOTE_PAIRS, has_article
from .context import _break_between, _Context
from .cues import Cue
from .vocabulary import (
    COMPLEMENTIZERS,
    MAX_NAME,
    MAX_OBJECT,
    NAMING_RELATIVES,
    NAMING_VERBS,
    PREPOSITIONS,
    RELATIVES,
)

MERIT_WORDS = 3  # words of a merit or charge that its row spans (حسن الإعداد، وقوفها الدائم)
MERIT_CATEGORIES = frozenset({"praise", "gratitude", "blame", "condemnation", "criticism"})
# the roles of the acts that have a complement: a speech act (أشاد بـ) and a noun of thanks or
# appreciation after the verb of expressing (أعرب عن تقديره لـ«الموقف الثابت»، عن امتنانه على «...»)
MERIT_ROLES = frozenset({"object", "about"})
ON = "علي"  # على, folded
QUOTE_OPENERS = "".join(QUOTE_PAIRS)


def merit_spans(ctx: _Context, act: Cue) -> list[tuple[int, int]]:
    """(first, last) tokens of the merit or charge in the complement of a speech act, if it has one
    and no cue stands in it (that cue's own row carries it)."""
    if act.target not in MERIT_ROLES or act.category not in MERIT_CATEGORIES:
        return []
    last_token = min(len(ctx.folded) - 1, act.last + MAX_OBJECT + MAX_NAME)
    named = -1  # the last token of "what he called" (بما وصفه)
    for k in range(act.last + 1, last_token + 1):
        if _break_between(ctx.doc, k - 1, k) or k in ctx.cue_tokens:
            return []
        word = ctx.folded[k]
        if k <= named:
            continue
        if _names_what_follows(ctx, k):
            named = k + 1  # أشاد بما وصفه بـ«العمل الاستثنائي»: the merit is after it
            continue
        if word in COMPLEMENTIZERS:
            return []  # a report (أشاد بأن ...), not a merit
        first = _what_merit(ctx, k) if word in NAMING_RELATIVES else _complement_opens(ctx, k)
        if first is not None:
            return _and_coordinated(ctx, _head(ctx, first, act), act)
    return []


def _complement_opens(ctx: _Context, k: int) -> int | None:
    """The first token of the ب or على complement that token ``k`` opens: the word after a
    preposition set apart (بـ«…»، على «…»، لـ«…» after a noun of thanks), or the word itself when ب is
    joined to it (بأداء، بالمرونة), not when it heads a name (بعثة الاتحاد الأوروبي); else ``None``.

    >>> from framing.sentiment import SentimentScorer
    >>> from framing.text import Document
    >>> ctx = SentimentScorer().context(Document("a", 'أشادت بعثة المراقبين بـ"الأداء" و بالمرونة', "2025-01-01"), [])
    >>> [_complement_opens(ctx, k) for k in range(1, 7)]
    [1, None, 4, None, None, 6]
    """
    word = ctx.folded[k]
    if word == ON or word == "ب" or _quoted_after_li(ctx, k):
        return k + 1
    if word[:1] == "ب" and k not in ctx.at_token and word not in PREPOSITIONS and not heads_a_name(ctx, k):
        return k  # بأداء، بالمرونة
    return None


FROM = "من"
MAX_WHAT = 8  # words from بما to the من of its merit (بما قدمه الأمير الراحل نواف الأحمد من «...»)


def _what_merit(ctx: _Context, k: int) -> int | None:
    """The first token of the merit that "what he did" names (بما قدمه الفقيد من «إسهامات جليلة»،
    بما عرف عنه من «حكمة وتواضع»): the quotation after من that explains ما, in the clause, else
    ``None``. The actor inside is the act's object (مشيدين بما قدمه الفقيد -> the deceased).

    >>> from framing.sentiment.roles import evaluations
    >>> t = 'وأعرب ماكرون عن تعازيه، مشيداً بما قدمه الرئيس عبد الفتاح السيسي من "إسهامات جليلة" للسلام.'
    >>> [(t, c) for _, t, _, c in evaluations(t)][-2:]
    [('Abdel Fattah el-Sisi', 'مشيداً'), ('Abdel Fattah el-Sisi', 'إسهامات جليلة')]
    """
    for j in range(k + 1, min(k + 1 + MAX_WHAT, len(ctx.folded) - 1)):
        if _break_between(ctx.doc, j - 1, j):
            return None
        if ctx.folded[j] == FROM and not _break_between(ctx.doc, j, j + 1):
            return j + 1 if _quoted(ctx, j + 1) else None
    return None


LI = "ل"  # لـ set apart before a quotation (عن تقديره لـ«الموقف الثابت»), folded


def _quoted_after_li(ctx: _Context, k: int) -> bool:
    """Whether token ``k`` is لـ set apart before a quotation: after a noun of thanks or
    appreciation (أعرب عن تقديره لـ«الموقف الثابت» للجزائر) it opens the quoted merit, as ب and على
    do after a verb; the actor thanked follows the quotation.

    >>> from framing.sentiment.roles import evaluations
    >>> [(t, c) for _, t, _, c in evaluations('وأعرب ماكرون عن تقديره لـ"الموقف الثابت" للجزائر.')]
    [('Algeria', 'عن تقديره'), ('Algeria', 'الموقف الثابت')]
    """
    return ctx.folded[k] == LI and k + 1 < len(ctx.folded) and _quoted(ctx, k + 1)


def heads_a_name(ctx: _Context, k: int) -> bool:
    """Whether the word at token ``k``, which begins with ب, is the head of an actor's name in
    construct (بعثة الاتحاد الأوروبي، بلدية باريس) rather than ب with a merit: an actor's name follows
    it at once, and no quotation opens at it. Such a word is the act's subject, and the scan for
    the ب complement goes on past it.

    >>> from framing.sentiment.roles import evaluations
    >>> [(s, t, c) for s, t, _, c in evaluations('وأشادت بعثة الاتحاد الأوروبي بـ"الأداء المهني" للجزائر.')]
    [('European Union', 'Algeria', 'أشادت'), ('European Union', 'Algeria', 'الأداء المهني')]
    """
    return k + 1 in ctx.at_token and not _quoted(ctx, k) and not _break_between(ctx.doc, k, k + 1)


MAX_COORDINATED = 3  # quoted merits or charges coordinated after the first (بـ«…» و«…» و«…»)
CLOSING_MARKS = "»\"”"
AND = ("و", "وب")  # و, alone or with ب (و«…»، وبـ«…»), folded


def _and_coordinated(ctx: _Context, spans: list[tuple[int, int]], act: Cue) -> list[tuple[int, int]]:
    """A quoted merit or charge and the quoted ones coordinated after it by و: each is another
    merit or charge of the same act (اتهمه بـ«بيع الأرض» و«التفريط بالسيادة»).

    >>> import pandas as pd
    >>> from framing.actors import find_mentions
    >>> from framing.sentiment import find_sentiment
    >>> text = 'واتهم ماكرون بوتين بـ"بيع الأرض" و"إغلاق المعابر".'
    >>> articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-10"], "text": [text]})
    >>> find_sentiment(articles, find_mentions(articles))["cue"].tolist()
    ['اتهم', 'بيع الأرض', 'إغلاق المعابر']
    """
    out = list(spans)
    while out and len(out) <= MAX_COORDINATED:
        closed = _quote_end(ctx, out[-1][1])
        if closed is None:
            break
        j = closed + 1
        if j + 1 >= len(ctx.folded) or ctx.folded[j] not in AND or _break_between(ctx.doc, closed, j) \
                or _break_between(ctx.doc, j, j + 1):
            break
        following = _head(ctx, j + 1, act)
        if not following:
            break
        out.extend(following)
    return out


def _quote_end(ctx: _Context, last: int) -> int | None:
    """The token after which the quotation holding token ``last`` closes, in its clause."""
    for k in range(last, min(last + MAX_OBJECT, len(ctx.folded) - 1)):
        gap = ctx.doc.text[ctx.doc.tokens[k].end : ctx.doc.tokens[k + 1].start]
        if any(m in gap for m in CLOSING_MARKS):
            return k
        if _break_between(ctx.doc, k, k + 1):
            return None
    return None


def _names_what_follows(ctx: _Context, k: int) -> bool:
    """Whether tokens ``k`` and ``k + 1`` say "what he called" (بما وصفه، بما سمّته), so that the
    merit or charge is the ب complement after them.

    >>> from framing.sentiment import SentimentScorer
    >>> from framing.text import Document
    >>> ctx = SentimentScorer().context(Document("a", "وأشاد بما وصفه بالعمل", "2025-01-01"), [])
    >>> [_names_what_follows(ctx, k) for k in range(4)]
    [False, True, False, False]
    """
    return (ctx.folded[k] in NAMING_RELATIVES and k + 1 < len(ctx.folded) and ctx.folded[k + 1] in NAMING_VERBS
            and not _break_between(ctx.doc, k, k + 1))


def _head(ctx: _Context, first: int, act: Cue) -> list[tuple[int, int]]:
    """(first, last) tokens of the merit or charge that opens at token ``first``: up to
    :data:`MERIT_WORDS` words, before a name, a cue, a relative pronoun, a preposition, a mark or a
    quotation mark. None when an adjective cue of the act's polarity qualifies it (على «شراكتها
    الصادقة»): that cue's row, which takes the act's target, carries the merit."""
    if first >= len(ctx.folded) or first in ctx.at_token or first in ctx.cue_tokens or not _quoted(ctx, first):
        return []
    last = first
    while last + 1 < len(ctx.folded) and last + 1 - first < MERIT_WORDS and not _ends_merit(ctx, last, last + 1):
        last += 1
    if _qualified_by_cue(ctx, last, act):
        return []
    return [(first, last)]


def _ends_merit(ctx: _Context, last: int, k: int) -> bool:
    """Whether token ``k`` is past the merit whose last word is token ``last``."""
    word = ctx.folded[k]
    gap = ctx.doc.text[ctx.doc.tokens[last].end : ctx.doc.tokens[k].start]
    return (_break_between(ctx.doc, last, k) or any(m in gap for m in QUOTE_MARKS) or k in ctx.at_token
            or k in ctx.cue_tokens or word in RELATIVES or word in PREPOSITIONS or word in COMPLEMENTIZERS)


def _qualified_by_cue(ctx: _Context, last: int, act: Cue) -> bool:
    """Whether a cue of the act's polarity follows the merit's last word in its phrase (its adjective:
    «شراكتها الصادقة»، «جهودهما الدؤوبة»).

    >>> from framing.sentiment import SentimentScorer
    >>> from framing.text import Document
    >>> ctx = SentimentScorer().context(Document("a", "وشكر مصر على «شراكتها الصادقة»", "2025-01-01"), [])
    >>> act = ctx.cues[0]
    >>> _qualified_by_cue(ctx, 3, act), _qualified_by_cue(ctx, 4, act)
    (True, False)
    """
    k = last + 1
    cue = ctx.cue_at.get(k)
    if cue is None or cue.cue_first != k or cue.last != k or cue.sign != act.sign or _break_between(ctx.doc, last, k):
        return False
    return _definite(ctx.folded[last]) == ctx.folded[k].startswith("ال")  # an adjective agrees; a genitive need not


def _definite(word: str) -> bool:
    """Whether a folded noun is definite: it has the article (after a proclitic) or a possessive
    pronoun (شراكتها). A noun in construct has neither, and the definite word after it is its
    genitive (لفلول النظام البائد), not its adjective.

    >>> [_definite(w) for w in ("شراكتها", "بالشراكه", "لفلول", "جهود")]
    [True, True, False, False]
    """
    return has_article(word) or word.endswith(_POSSESSIVES)


_POSSESSIVES = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا")


def _quoted(ctx: _Context, first: int) -> bool:
    """The merit opens a quotation: the outlet sets the speaker's own words of praise or charge
    apart (أشاد بـ«الجهد الاستثنائي»، على "وقوفهما الدائم"); unquoted complements are left to the act's
    row, since coders mark them less often (the seeds' gold does not)."""
    token = ctx.doc.tokens[first]
    before = ctx.doc.text[max(0, token.start - 2) : token.start]
    return any(mark in before for mark in QUOTE_OPENERS)



def merit_rows(ctx: _Context, acts: Sequence[Cue], rows: dict[tuple[int, int, str], dict]) -> list[tuple[Cue, int, int, dict]]:
    """For each act with rows, (act, merit start, merit end, one of the act's rows) per target."""
    out: list[tuple[Cue, int, int, dict]] = []
    by_span: dict[tuple[int, int], list[dict]] = {}
    for (start, end, _), row in rows.items():
        by_span.setdefault((start, end), []).append(row)
    for act in acts:
        found = by_span.get((act.start, act.end), [])
        if not found:
            continue
        for first, last in merit_spans(ctx, act):
            start, end = ctx.doc.tokens[first].start, ctx.doc.tokens[last].end
            out.extend((act, start, end, row) for row in found)
    return out
