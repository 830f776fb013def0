"""Connotation frames: verbs and event nouns that evaluate their agent or patient implicitly.

``framing/data/frames.tsv`` (documented in its header) lists the forms, each with a frame (harm,
obstruction, prevention, concession, help) and the writer's stance toward the agent and the
patient. :func:`frame_lexicon` turns them into entries of the sentiment lexicon's shape, so that
the sentiment rules find their targets: the agent of a verb is its subject (role ``doer``), of a
noun its genitive, adjective or relative clause (role ``agent``); the patient is the verb's object
(role ``patient``). The category of each entry is ``frame:FRAME``, which becomes the ``method`` of
its evaluations.

>>> lex = frame_lexicon()
>>> lex.loc[lex["cue"] == "ارتكبت", ["polarity", "target", "category"]].values.tolist()
[['negative', 'doer', 'frame:harm']]
>>> lex.loc[lex["cue"] == "منع", ["polarity", "target"]].values.tolist()
[['negative', 'patient']]
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from pathlib import Path

import pandas as pd

from .lexicon import read_tsv
from .text import fold

FRAMES = {"harm", "obstruction", "prevention", "concession", "help"}
STANCES = {"positive", "negative", "none"}
FRAME_STRENGTH = 2  # a clear evaluation on sentiment.tsv's scale


def load_frames(path: str | Path | None = None) -> pd.DataFrame:
    """The connotation frames (bundled, or a user's TSV with the same columns)."""
    return read_tsv(path or "frames.tsv", required=["word", "pos", "frame", "agent", "patient"],
                    choices={"pos": {"verb", "noun"}, "frame": FRAMES, "agent": STANCES, "patient": STANCES})


def frame_lexicon(frames: pd.DataFrame | None = None, known: AbstractSet[str] = frozenset()) -> pd.DataFrame:
    """Sentiment-lexicon entries for the frames, one per form and evaluated role; forms whose
    folded words are in ``known`` (the evaluative lexicon's own entries) are left to it.

    >>> bool(frame_lexicon(known={fold("ارتكبت")})["cue"].eq("ارتكبت").any())
    False
    """
    frames = load_frames() if frames is None else frames
    rows = []
    for word, pos, frame, agent, patient in zip(frames["word"], frames["pos"], frames["frame"], frames["agent"],
                                                frames["patient"], strict=True):
        if " ".join(fold(w) for w in str(word).split()) in known:
            continue
        roles = [("doer" if pos == "verb" else "agent", agent), ("patient", patient)]
        for role, stance in roles:
            if stance != "none":
                rows.append({"cue": word, "polarity": stance, "strength": FRAME_STRENGTH, "category": f"frame:{frame}",
                             "enclitics": "1", "target": role, "negation": "flip"})
    return pd.DataFrame(rows, columns=["cue", "polarity", "strength", "category", "enclitics", "target", "negation"])
