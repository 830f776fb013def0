"""Emotions and attitudes (role ``about``): what they are about is the object of a preposition after
the cue, past the experiencer (محبط جداً من الرئيس بوتين، سخط ترمب من بوتين -> Putin).
"""

from __future__ import annotations

from .anaphora import _antecedent, _demonstrative_object
from .context import _clause_start, _Context, _mention_after, _steps_after, _with_coordinated
from .cues import Cue
from .vocabulary import (
    CLAUSE_OPENERS,
    JOINED_PREPOSITIONS,
    MAX_AFTER,
    MAX_PREP_OBJECT,
    PARTNER_PREPOSITIONS,
    PREPOSITIONS,
    RELATION_PREPOSITIONS,
    SPEECH_NOUNS,
    SPEECH_PLACES,
)


def about_targets(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The target of a cue of role ``about``: the object of a preposition after the cue, past an
    experiencer (غيظ ترمب من بوتين); a preposition joined to the word right after the cue counts too
    (غير سعيد بتصرفات بوتين); a demonstrative after a preposition (ممتن لذلك) stands for the subject
    of the clause; where something was said is not what it is about (في قول ستارمر); nor are the
    parties of a relation after بين (القاهرة تراقب بقلق التقارب بين مقديشو وأديس أبابا: the
    rapprochement worries, a thing; قلق بين الأوروبيين: those who worry), which the guidelines give
    no row (an emotion about a thing).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ترمب محبط جداً من بوتين.")
    [('author', 'Vladimir Putin', 'negative', 'محبط')]
    >>> evaluations("وأعرب الأمين العام نايف الحجرف عن تقديره لـ«جهود الكويت».")[0]
    ('Nayef Falah Al-Hajraf', 'Kuwait', 'positive', 'عن تقديره')
    >>> evaluations("وأضاف أن القاهرة تراقب بقلق التقارب بين الصومال وإثيوبيا.")
    []
    >>> evaluations("وحذر روته من التعامل بسذاجة مع موسكو.")
    [('Mark Rutte', 'Russia', 'negative', 'سذاجة')]
    """
    steps = list(_steps_after(ctx, cue.last, bounds, MAX_AFTER + 2))
    for k, j in enumerate(steps):
        word = ctx.folded[j]
        if word in CLAUSE_OPENERS:
            return []
        mi = _mention_after(ctx, j)
        if mi is not None and ctx.mentions[mi]["governed"]:
            return _with_coordinated(ctx, mi, bounds)
        if word in RELATION_PREPOSITIONS:
            return []  # تراقب بقلق التقارب بين مقديشو وأديس أبابا: a relation, a thing
        if _speech_place(ctx, steps, k):
            continue  # في قول ستارمر: where it was said, not whom it is about (but قلق من تصريحات بوتين)
        if _demonstrative_object(ctx, j):  # ممتن لذلك: grateful for what the previous clause says
            return _antecedent(ctx, _clause_start(ctx, cue.first), ctx.sentence_bounds(cue))
        joined = _joined_preposition(word, k)
        if word in PREPOSITIONS or word in JOINED_PREPOSITIONS or joined:  # لـ«…» set apart: a preposition
            found = _object_in(ctx, steps[k + (0 if joined else 1) : k + 1 + MAX_PREP_OBJECT], bounds)
            if found is not None:
                return found
            if joined and k == 0:
                return []  # فخورة بالمساهمة في جهود الإنقاذ إلى جانب الشعب المغربي: see _object_in
    return []


def _joined_preposition(word: str, k: int) -> bool:
    """Whether a folded word starts with a preposition joined to its noun: بالـ، للـ (not كير); right
    after the cue (``k`` = 0) any ب/ل word (غير سعيد بتصرفات بوتين، عدم الوثوق بكلمات الكرملين).

    >>> _joined_preposition("بالغرب", 2), _joined_preposition("بتصرفات", 0), _joined_preposition("بتصرفات", 1)
    (True, True, False)
    """
    bare = word[1:] if word[:1] in "وف" else word
    return bare[:1] in JOINED_PREPOSITIONS and (bare[1:3] in ("ال", "ل") or (k == 0 and len(bare) > 3))


def _speech_place(ctx: _Context, steps: list[int], k: int) -> bool:
    """Whether the ``k``-th step is a preposition before a noun of speech (في قول ستارمر)."""
    return ctx.folded[steps[k]] in SPEECH_PLACES and k + 1 < len(steps) and ctx.folded[steps[k + 1]] in SPEECH_NOUNS


def _object_in(ctx: _Context, tokens: list[int], bounds: tuple[int, int]) -> list[int] | None:
    """The first actor among the ``tokens`` after a preposition, before a clause opener or another
    preposition but مع and بين (``None``: none there). The preposition's object ends where another
    opens: «فخورة بالمساهمة في جهود الإنقاذ إلى جانب الشعب المغربي» is pride in a deed, the
    speaker's own, not in the Moroccans; a partner stays (ممتنون لشراكتنا مع مصر).

    >>> from framing.sentiment.roles import evaluations
    >>> [row[1] for row in evaluations('وقال إن بلاده "فخورة بالمساهمة في جهود الإنقاذ إلى جانب الشعب المغربي".')]
    []
    >>> [row[1] for row in evaluations('وقال: "نحن ممتنون لشراكتنا مع مصر".')]
    ['Egypt']
    """
    for k, j in enumerate(tokens):
        word = ctx.folded[j]
        if word in CLAUSE_OPENERS or (k > 0 and word in PREPOSITIONS and word not in PARTNER_PREPOSITIONS
                                      and j not in ctx.at_token):
            return None
        mi = _mention_after(ctx, j)
        if mi is not None:
            return _with_coordinated(ctx, mi, bounds)
    return None
