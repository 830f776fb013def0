"""The evaluative lexicon and the modifiers, as files, and the :class:`Cue` record of one evaluative
cue found in a document, before its target is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..lexicon import read_tsv
from ..text import fold
from .vocabulary import ENCLITIC_PRONOUNS, NEGATION_MODES, POLARITIES, PREPOSITIONS, TARGET_ROLES


def load_sentiment_lexicon(path: str | Path | None = None) -> pd.DataFrame:
    """The evaluative lexicon (bundled, or a user's TSV with the same columns).

    ``target`` and ``negation`` may be left out of a user's file (they default to ``any`` and
    ``flip``).

    >>> lex = load_sentiment_lexicon()
    >>> lex.loc[lex["cue"] == "محبط", ["polarity", "target", "negation"]].values.tolist()
    [['negative', 'about', 'flip']]
    """
    table = read_tsv(path or "sentiment.tsv", required=["cue", "polarity", "strength", "enclitics"],
                     choices={"polarity": POLARITIES})
    name = str(path or "framing/data/sentiment.tsv")
    for column, default, allowed in (("target", "any", TARGET_ROLES), ("negation", "flip", NEGATION_MODES)):
        if column not in table:
            table[column] = default
        table[column] = table[column].replace("", default)
        bad = table[~table[column].isin(allowed)]
        if len(bad):
            raise InputError(name, f"{column} {bad[column].iloc[0]!r} is not one of {', '.join(sorted(allowed))}",
                             line=int(bad["line"].iloc[0]))
    strength = pd.to_numeric(table["strength"], errors="coerce")
    if strength.isna().any():
        row = table[strength.isna()].iloc[0]
        raise InputError(name, f"strength {row['strength']!r} is not a number", line=int(row["line"]))
    table["strength"] = strength
    return table


def load_modifiers(path: str | Path | None = None) -> pd.DataFrame:
    """Negators and intensifiers (bundled, or a user's TSV with the same columns)."""
    table = read_tsv(path or "sentiment_modifiers.tsv", required=["term", "kind", "weight"],
                     choices={"kind": {"negator", "intensifier"}})
    table["weight"] = pd.to_numeric(table["weight"], errors="coerce").fillna(1.0)
    return table


@dataclass(frozen=True)
class Cue:
    """One evaluative cue found in a document, before its target is resolved.

    ``sign`` is the final polarity (+1/-1, after negation); ``start`` includes a negator.
    """

    start: int
    end: int
    match_start: int  # start of the lexicon match itself (after its proclitics)
    first: int  # first token of the cue (the negator's, when negated)
    cue_first: int  # first token of the lexicon match itself
    last: int
    entry: int
    sign: int
    strength: float
    weight: float
    negated: bool
    definite: bool
    target: str
    category: str
    slot: tuple[int, int] | None = None  # first and last token of the actor slot of the entry, if it has one
    pronoun_object: bool = False  # a speech act whose object is a pronoun joined to it (اتهمها، شكره)

    @property
    def score(self) -> float:
        return round(self.sign * self.strength * self.weight, 3)


def _ends_in_pronoun(token: str, word: str) -> bool:
    """Whether a folded token is ``word`` with a pronoun joined to its end (اتهمها = اتهم + ها).

    >>> _ends_in_pronoun("واتهمها", "اتهم"), _ends_in_pronoun("اتهم", "اتهم"), _ends_in_pronoun("شكرته", "شكره")
    (True, False, True)
    """
    stems = (word, word[:-1] + "ت") if word.endswith("ه") else (word,)
    return any(token.endswith(stem + p) for stem in stems for p in ENCLITIC_PRONOUNS)


def _object_pronoun(folded: list[str], i: int, word: str) -> bool:
    """Whether the speech act at token ``i`` carries its object as a joined pronoun (اتهمها،
    شكره): a verb with a pronoun, not the verbal noun of the act after a preposition, whose pronoun
    is its possessor, the one who thanks (أعرب عن شكره للرئيس: the object follows with ل).

    >>> from framing.text import fold
    >>> [_object_pronoun([fold(w) for w in s.split()], 1, "شكر") for s in ("ثم شكره", "عن شكره")]
    [True, False]
    """
    return _ends_in_pronoun(folded[i], word) and not (i > 0 and folded[i - 1] in PREPOSITIONS)


def _variants(cue: str) -> list[str]:
    """Generated forms of a lexicon entry: definite (ال) and accusative (ـًا).

    >>> _variants("عدوان"), _variants("رغبة صادقة"), _variants("لا يمكن الوثوق")
    (['العدوان', 'عدوانا'], ['الرغبة صادقة', 'الرغبة الصادقة'], [])
    """
    words = cue.split()
    folded = [fold(w) for w in words]
    if not words or folded[0] in _PARTICLES or folded[0].startswith(("ال", "لل")) or len(folded[0]) < 3:
        return []
    out = ["ال" + cue]
    if len(words) > 1:
        every = " ".join(w if fold(w).startswith("ال") or fold(w)[:1] in "بل" else "ال" + w for w in words)
        if every != out[0]:
            out.append(every)
    elif words[-1][-1] not in "اةىي" and len(folded[-1]) >= 3:
        out.append(cue + "ا")
    return out


_PARTICLES = {
    "لا", "لم", "لن", "ليس", "غير", "عدم", "دون", "بلا", "انعدام", "فقدان", "غياب", "يمكن", "على", "في", "من",
              "الى", "مع", "بشكل", "ب", "تحميل", "الوقوف", "يقف", "تقف", "نقف", "يقفون"
}
