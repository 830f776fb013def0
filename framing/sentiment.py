"""Sentiment toward actors: who speaks well or ill of whom, with the words that carry it.

Evaluative cues come from ``framing/data/sentiment.tsv`` (polarity and strength per entry);
negators and intensifiers from ``framing/data/sentiment_modifiers.tsv``. Each evaluation gets:

* a **target**, by these rules in order: an actor right after the cue (a demonym adjective,
  العدوان الروسي, or a genitive, جدية أوروبا); the object of a preposition after the cue
  (محبط جداً من الرئيس بوتين); the subject of a predicate before it in the same clause
  (روسيا لا تريد السلام، بوتين لا يمكن الوثوق به). An evaluation with no actor in its clause
  evaluates no actor and is dropped (حرب لا معنى لها);
* a **source**: the speaker of the quote whose content holds the cue, else the author;
* a **polarity**, flipped by a negator just before the cue (لا تريد السلام), and a **score**:
  the entry's strength, times an intensifier's weight (جداً، للغاية، بشدة).

>>> from framing.actors import find_mentions
>>> articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"],
...     "text": ["ورفض أي تنازل أمام العدوان الروسي. روسيا لا تريد السلام."]})
>>> s = find_sentiment(articles, find_mentions(articles), pd.DataFrame(columns=["article_id", "start", "end", "speaker_id"]))
>>> s[["source_id", "target_id", "polarity", "cue"]].values.tolist()
[['author', 'Russia', 'negative', 'العدوان'], ['author', 'Russia', 'negative', 'لا تريد السلام']]
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .actors import documents
from .lexicon import as_flag, read_tsv
from .matcher import LexiconMatcher
from .text import Document, fold

SENTIMENT_COLUMNS = ["article_id", "source_id", "source_type", "target_id", "polarity", "score", "cue", "start", "end",
                     "sentence_id", "sentence", "method"]
POLARITIES = {"positive", "negative"}
TARGET_PREPOSITIONS = {"من", "في", "على", "تجاه", "ازاء", "حيال", "مع", "ضد", "امام", "لدى", "عن", "الى", "ب", "ل"}
CLAUSE_BREAKS = set("،,.؛;:؟?!()«»“”\"\n")
MAX_TARGET_DISTANCE = 4  # tokens between a cue and an actor after it
# Emotions name who feels them right after the cue (سخط ترمب) and whom they are about after a
# preposition (غيظ ترمب من بوتين، أجواء متشائمة إزاء نوايا بوتين).
EXPERIENCER_CATEGORIES = {"frustration", "concern"}
# Conduct and character are about whoever shows them: the subject (بوتين يستخف بالغرب).
SUBJECT_CATEGORIES = {"intransigence", "deception", "isolation", "sincerity", "weakness", "threat"}
ABOUT_PREPOSITIONS = {"من", "ازاء", "تجاه", "حيال", "على", "مع", "في"}
NEGATION_WINDOW = 2


def load_sentiment_lexicon(path: str | Path | None = None) -> pd.DataFrame:
    """The evaluative lexicon (bundled, or a user's TSV with the same columns)."""
    table = read_tsv(path or "sentiment.tsv", required=["cue", "polarity", "strength", "enclitics"],
                     choices={"polarity": POLARITIES})
    table["strength"] = pd.to_numeric(table["strength"], errors="coerce").fillna(1.0)
    return table


def load_modifiers(path: str | Path | None = None) -> pd.DataFrame:
    """Negators and intensifiers (bundled, or a user's TSV with the same columns)."""
    table = read_tsv(path or "sentiment_modifiers.tsv", required=["term", "kind", "weight"],
                     choices={"kind": {"negator", "intensifier"}})
    table["weight"] = pd.to_numeric(table["weight"], errors="coerce").fillna(1.0)
    return table


class SentimentScorer:
    """The evaluative lexicon compiled once; :meth:`find` is a pure function of one document."""

    method = "lexicon"

    def __init__(self, lexicon: pd.DataFrame | None = None, modifiers: pd.DataFrame | None = None):
        self.lexicon = load_sentiment_lexicon() if lexicon is None else lexicon
        modifiers = load_modifiers() if modifiers is None else modifiers
        self.matcher = LexiconMatcher(self.lexicon["cue"].tolist(), enclitics=self.lexicon["enclitics"].map(as_flag))
        columns = ["cue", "polarity", "strength"] + (["category"] if "category" in self.lexicon else [])
        self._entries = self.lexicon[columns].to_dict("records")
        self.negators = {fold(t) for t in modifiers.loc[modifiers["kind"] == "negator", "term"]}
        self.intensifiers = {fold(t): w for t, w in zip(modifiers.loc[modifiers["kind"] == "intensifier", "term"],
                                                        modifiers.loc[modifiers["kind"] == "intensifier", "weight"])}

    def find(self, doc: Document, mentions: list[dict], quote_spans: list[tuple[int, int, str, str]]) -> list[dict]:
        """The evaluation rows of one document.

        ``mentions`` are the document's mention rows; ``quote_spans`` are (start, end, speaker id,
        speaker type) of its quotes.
        """
        text, tokens = doc.text, doc.tokens
        folded = [fold(t.text) for t in tokens]
        token_mentions = _mentions_by_token(doc, mentions)
        rows = []
        for m in self.matcher.find(text, tokens):
            entry = self._entries[m.entry]
            sign = 1 if entry["polarity"] == "positive" else -1
            start = m.start
            negator = self._negator_before(doc, folded, m.first_token, entry["cue"])
            if negator is not None:
                sign = -sign
                start = tokens[negator].start
            weight = self._intensity(doc, folded, m.first_token, m.last_token)
            target = _target(doc, token_mentions, m.first_token if negator is None else negator, m.last_token,
                             entry.get("category", ""))
            if target is None:
                continue
            source, source_type = "author", "author"
            for q_start, q_end, speaker, speaker_type in quote_spans:
                if q_start <= m.start < q_end:
                    source, source_type = speaker or "unknown", speaker_type or "unknown"
                    break
            if target == source:
                continue  # an actor speaking of itself ("we are united") is self-presentation
            sentence = doc.sentence_of(m.start)
            rows.append({
                "article_id": doc.article_id, "source_id": source, "source_type": source_type, "target_id": target,
                "polarity": "positive" if sign > 0 else "negative", "score": round(sign * entry["strength"] * weight, 3),
                "cue": text[start : m.end], "start": start, "end": m.end, "sentence_id": doc.sentence_id(m.start),
                "sentence": sentence.text, "method": self.method,
            })
        return rows

    def _negator_before(self, doc: Document, folded: list[str], i: int, cue: str) -> int | None:
        if fold(cue.split()[0]) in self.negators:
            return None  # the entry carries its own negation (لا يمكن الوثوق)
        for j in range(i - 1, max(i - 1 - NEGATION_WINDOW, -1), -1):
            if _break_between(doc, j, j + 1):
                return None
            word = folded[j]
            if word in self.negators or (word[:1] in "وف" and word[1:] in self.negators):
                return j
        return None

    def _intensity(self, doc: Document, folded: list[str], first: int, last: int) -> float:
        weight = 1.0
        for j in (first - 1, last + 1, last + 2):
            if 0 <= j < len(folded) and folded[j] in self.intensifiers:
                weight = max(weight, float(self.intensifiers[folded[j]]))
        return weight


def _mentions_by_token(doc: Document, mentions: list[dict]) -> dict[int, dict]:
    from bisect import bisect_left

    starts = [t.start for t in doc.tokens]
    out = {}
    for m in mentions:
        i = bisect_left(starts, m["start"])
        if i < len(starts) and doc.tokens[i].start < m["end"]:
            out[i] = m
        elif i > 0 and doc.tokens[i - 1].end > m["start"]:
            out[i - 1] = m
    return out


def _break_between(doc: Document, i: int, j: int) -> bool:
    gap = doc.text[doc.tokens[i].end : doc.tokens[j].start]
    return any(ch in CLAUSE_BREAKS for ch in gap)


def _target(doc: Document, token_mentions: dict[int, dict], first: int, last: int, category: str = "") -> str | None:
    """The actor an evaluation is about (see the module docstring for the rules)."""
    if category in EXPERIENCER_CATEGORIES:
        return _about_object(doc, token_mentions, last)
    if category in SUBJECT_CATEGORIES:
        before = _subject_before(doc, token_mentions, first)
        return before if before is not None else _actor_after(doc, token_mentions, last)
    after = _actor_after(doc, token_mentions, last)
    return after if after is not None else _subject_before(doc, token_mentions, first)


def _actor_after(doc: Document, token_mentions: dict[int, dict], last: int) -> str | None:
    """A demonym or genitive right after the cue, or the object of a preposition after it."""
    n = len(doc.tokens)
    j, steps = last + 1, 0
    while j < n and steps < MAX_TARGET_DISTANCE and not _break_between(doc, j - 1, j):
        if j in token_mentions:
            return token_mentions[j]["actor_id"]
        word = fold(doc.tokens[j].text)
        if steps > 0 and word not in TARGET_PREPOSITIONS and not word.startswith(("ال", "ب", "ل")):
            break
        j += 1
        steps += 1
    return None


def _about_object(doc: Document, token_mentions: dict[int, dict], last: int) -> str | None:
    """The actor after من / إزاء / تجاه … following an emotion, past its experiencer."""
    n = len(doc.tokens)
    j = last + 1
    while j < n and j <= last + 8 and not _break_between(doc, j - 1, j):
        word = fold(doc.tokens[j].text)
        if word in ABOUT_PREPOSITIONS or (word[:1] in "بل" and j + 1 < n and (j in token_mentions)):
            for k in range(j if word[:1] in "بل" else j + 1, min(j + 4, n)):
                if k in token_mentions:
                    return token_mentions[k]["actor_id"]
                if k > j and _break_between(doc, k - 1, k):
                    break
        j += 1
    return None


def _subject_before(doc: Document, token_mentions: dict[int, dict], first: int) -> str | None:
    """The nearest actor before the cue in its clause: the subject of a predicate."""
    j = first - 1
    while j >= 0 and not _break_between(doc, j, j + 1):
        if j in token_mentions:
            return token_mentions[j]["actor_id"]
        j -= 1
    return None


def find_sentiment(articles: pd.DataFrame, mentions: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None,
                   scorer: SentimentScorer | None = None) -> pd.DataFrame:
    """One row per evaluation of an actor: ``article_id, source_id, source_type, target_id,
    polarity, score, cue, start, end, sentence_id, sentence, method``.

    ``mentions`` and ``quotes`` come from :func:`framing.actors.find_mentions` and
    :func:`framing.quotes.find_quotes` for the same articles (computed when omitted).
    """
    if mentions is None:
        from .actors import find_mentions

        mentions = find_mentions(articles)
    if quotes is None:
        from .quotes import find_quotes

        quotes = find_quotes(articles, mentions)
    scorer = scorer or SentimentScorer()
    by_article = {k: g.to_dict("records") for k, g in mentions.groupby("article_id", sort=False)}
    spans: dict[str, list] = {}
    types = quotes["speaker_type"] if "speaker_type" in quotes else [""] * len(quotes)
    speakers = quotes["speaker"] if "speaker" in quotes else [""] * len(quotes)
    for a, s, e, who, surface, kind in zip(quotes["article_id"], quotes["start"], quotes["end"], quotes["speaker_id"],
                                           speakers, types):
        spans.setdefault(a, []).append((int(s), int(e), who or surface, kind))
    rows = []
    for doc in documents(articles):
        rows.extend(scorer.find(doc, by_article.get(doc.article_id, []), spans.get(doc.article_id, [])))
    return pd.DataFrame(rows, columns=SENTIMENT_COLUMNS)
