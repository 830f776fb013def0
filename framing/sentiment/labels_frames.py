"""The glue to the label and frame modules (:mod:`framing.labels`, :mod:`framing.frames`): the actor a
label names, a label that stands alone as a mention, and a frame's verb that only restates the act
an evaluative noun before it named.
"""

from __future__ import annotations

from .context import _break_between, _Context, _mention_after
from .cues import Cue
from .vocabulary import RELATIVES


def _label_mention(label) -> dict:
    """A label that stands for an actor (الاحتلال، الميليشيا) as a mention of it, so that it can be a
    subject: a state's, or a group's for a class noun that refers back (rule ``back``)."""
    kind = "group" if label.rule == "back" else "state"
    return {"article_id": label.article_id, "actor_id": label.actor_id, "actor_type": kind, "surface": label.label,
            "form": "label", "start": label.start, "end": label.end}


def _label_target(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The actor a delegitimising label names: a name, title or metonym right after it (نظام كييف،
    نظام زيلينسكي), never a demonym (نظام الدفاع الجوي الأمريكي) nor a definite label (النظام)."""
    j = cue.last + 1
    if cue.definite or j > bounds[1] or j >= len(ctx.doc.tokens) or _break_between(ctx.doc, cue.last, j):
        return []
    mi = _mention_after(ctx, j)
    if mi is None or ctx.mentions[mi]["governed"] or ctx.mentions[mi].get("form") == "demonym":
        return []
    return [mi]


def _restates(ctx: _Context, cue: Cue) -> bool:
    """Whether a frame's verb only restates the act a cue just before it named: the verb of a
    relative clause after an evaluative noun (الإبادة التي ارتكبتها إسرائيل: one evaluation, found
    from الإبادة).

    >>> from framing.sentiment import SentimentScorer
    >>> from framing.text import Document
    >>> t = "وأدان الإبادة التي ارتكبتها إسرائيل"
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-01-01"), [])
    >>> [(ctx.doc.text[c.start:c.end], _restates(ctx, c)) for c in ctx.cues]
    [('أدان', False), ('الإبادة', False), ('ارتكبتها', True)]
    """
    k = cue.first - 1
    if not (cue.category.startswith("frame:") and k >= 1 and ctx.folded[k] in RELATIVES):
        return False
    if (k - 1) in ctx.cue_at and not _break_between(ctx.doc, k - 1, cue.first):
        return True
    return _condemned_before(ctx, k)


MAX_CONDEMNED = 6  # words from a condemnation to the relative pronoun after its object (وأدان الإعلان بشدة الضربات العسكرية التي)


def _condemned_before(ctx: _Context, k: int) -> bool:
    """Whether the relative pronoun at token ``k`` follows the object of a condemnation or a charge
    in its clause (أدان بشدة الضربات العسكرية التي شنتها إسرائيل): the act of harm the relative clause
    names is the condemned one, and the condemnation is its evaluation, found on أدان.

    >>> from framing.sentiment import SentimentScorer
    >>> from framing.text import Document
    >>> t = "كما أدان بشدة الضربات العسكرية التي شنتها إسرائيل. والهجمات التي شنتها إسرائيل"
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-01-01"), [])
    >>> [(ctx.doc.text[c.start:c.end], _restates(ctx, c)) for c in ctx.cues]
    [('أدان', False), ('شنتها', True), ('شنتها', False)]
    """
    for j in range(k - 1, max(k - 1 - MAX_CONDEMNED, -1), -1):
        if _break_between(ctx.doc, j, j + 1):
            return False
        act = ctx.cue_at.get(j)
        if act is not None and act.target == "object" and act.sign < 0:
            return True
    return False
