"""One statement, many renderings: which quotes of an event report the same statement, and how
each outlet rendered it.

:func:`align_statements` groups the quotes of one event that report the same statement of the
same speaker (the same proposition, even when paraphrased, cut, moved between direct and
indirect speech, or with a figure changed) and tags each quote against the statement's fullest
version (its *reference*). :func:`statement_table` makes one row per statement: who carried it,
how, and which outlets of the event did not.

How quotes are grouped
----------------------
* Only quotes of one event are compared (the ``event`` column of ``corpus.csv``); a quote of an
  article with no event is a statement of its own.
* The content of each quote is folded (:func:`content_key`: alef, hamza, ta marbuta, alef maqsura,
  diacritics, the proclitics و ف ب ل ال, digits in one script) and turned into TF-IDF vectors of
  character n-grams (3 to 5 letters within words, :data:`NGRAMS`); two quotes are as far apart as
  one minus the cosine of their vectors.
* Speakers must be compatible (:func:`compatible_speakers`): the same actor; a person and his
  state (Starmer and the United Kingdom), through the actor's ``affiliation`` in the gazetteer;
  an office or institution and a person of the same state. A quote with no actor id (an
  anonymous source, a document) or credited to a group may join any speaker's statement, at a
  cost (:data:`LOOSE_PENALTY` is added to its distances). Incompatible quotes are never linked.
* Agglomerative clustering (scikit-learn, average linkage over the precomputed distances) joins
  quotes while the mean distance between two groups is below :data:`THRESHOLD`.
* The statement's *reference* is its fullest version: the one that holds most of the other
  versions' words (:func:`coverage`), then the one that keeps most of the speaker's own words.
* Two quotes of one article may share a statement (a headline or standfirst often repeats a
  sentence of the body, and a live blog may report a statement twice); a statement is carried
  *across outlets* only by quotes of different articles, and the evaluation scores only those
  cross-article links.

The parameters were chosen on development data: see :data:`THRESHOLD`. Scores:
``framing evaluate statements FOLDER --gold FOLDER``.

>>> from framing import load_corpus
>>> from framing.pipeline import Analyzer
>>> articles = load_corpus("seeds")
>>> tables = Analyzer().analyze(articles)
>>> aligned = align_statements(tables["quotes"], articles, hedges=tables["hedges"], mentions=tables["mentions"])
>>> set(STATEMENT_COLUMNS) <= set(aligned.columns)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from .text import fold, word_tokens
from .words import number_words

# The columns a quote gains: its event and outlet, the statement it reports, whether it is the
# statement's fullest version, and how it renders the statement (comma-separated tags).
STATEMENT_COLUMNS = ["event", "outlet", "statement_id", "reference", "rendering"]
TAGS = ("truncated", "direct_to_indirect", "indirect_to_direct", "verb_shift", "number_changed",
        "attribution_changed", "hedged")

# Clustering parameters, chosen on the development set tests/fixtures/statements (ten articles on
# two events, five outlets each, annotated blind) by pairwise cross-outlet link F1, printed for
# each value by benchmarks/statement_threshold.py; tests/fixtures/statements/README.md has the
# table. THRESHOLD is the largest mean distance at which two groups of quotes are joined (F1 0.85
# at 0.8, 0.80 at 0.75, 0.86 at 0.85: a flat part of the curve); LOOSE_PENALTY is added to the
# distance of a quote whose speaker has no actor id or is a group (0.2: fewer wrong links to
# anonymous sources at the same recall); CONTAINMENT weighs the share of the shorter quote's
# n-grams found in the longer one as another similarity (off: at best one more link pair on the
# development set).
THRESHOLD = 0.8
LOOSE_PENALTY = 0.2
NGRAMS = (3, 5)
CONTAINMENT = 0.0
CANNOT_LINK = 10.0  # the distance given to quotes that may not share a statement

# Rendering rules. A quote is truncated when it keeps less than TRUNCATED_SHARE of the reference's
# words and is at most TRUNCATED_LENGTH of its length in words.
TRUNCATED_SHARE = 0.75
TRUNCATED_LENGTH = 0.8

_PROCLITICS = ("وبال", "ولل", "فلل", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
_FIGURE = re.compile(r"\d+(?:[.,٫]\d+)*")
_FIGURE_OR_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


# ---------------------------------------------------------------------------------------------
# Content


def strip_proclitics(word: str, *, keep: int = 3) -> str:
    """A folded word without its proclitics (و ف ب ل ك and the article), keeping ``keep`` letters.

    >>> strip_proclitics("والاوروبيين"), strip_proclitics("بالضمانات"), strip_proclitics("وقد")
    ('اوروبيين', 'ضمانات', 'وقد')
    """
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= keep:
            return word[len(clitic):]
    return word


def content_words(text: str) -> list[str]:
    """The words of a quote's content, folded, without proclitics, digits in Latin script.

    >>> content_words("«أوروبا جاهزة» للمرة الأولى، و٢٦ دولة")
    ['اوروبا', 'جاهزه', 'مره', 'اولي', '26', 'دوله']
    """
    words = []
    for token in word_tokens(str(text).translate(_DIGITS)):
        word = fold(token.text)
        if word[:1] in "وفبل" and word[1:].isdigit():
            word = word[1:]
        words.append(strip_proclitics(word))
    return words


def content_key(text: str) -> str:
    """The text the similarity of two quotes is computed on: its content words, space-separated.

    >>> content_key("قال إن «الأوروبيين سيفرضون عقوبات»")
    'قال ان اوروبيين سيفرضون عقوبات'
    """
    return " ".join(content_words(text))


# ---------------------------------------------------------------------------------------------
# Speakers


def speaker_ids(value) -> frozenset[str]:
    """The actor ids of a quote's ``speaker_id`` (``A|B`` for a joint speaker).

    >>> sorted(speaker_ids("Emmanuel Macron|Keir Starmer")), speaker_ids(None)
    (['Emmanuel Macron', 'Keir Starmer'], frozenset())
    """
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return frozenset()
    return frozenset(x for x in str(value).split("|") if x and x != "nan")


class Speaker(NamedTuple):
    """Who a quote is credited to: its actor ids, their states (affiliations), its type."""

    ids: frozenset[str]
    affiliations: frozenset[str]
    speaker_type: str

    @property
    def loose(self) -> bool:
        """A speaker with no actor id (anonymous, a document) or a group: it may stand for anyone."""
        return not self.ids or self.speaker_type == "group"


def compatible_speakers(a: Speaker, b: Speaker) -> bool:
    """Whether two quotes' speakers may be the same source of one statement.

    The same actor; a person and his state (one's id is the other's affiliation); an office or
    institution and anyone of the same state; or either speaker loose (:attr:`Speaker.loose`).
    Two people of one state (a president and his minister) are not the same source.

    >>> macron = Speaker(frozenset({"Emmanuel Macron"}), frozenset({"France"}), "person")
    >>> barrot = Speaker(frozenset({"Jean-Noël Barrot"}), frozenset({"France"}), "person")
    >>> france = Speaker(frozenset({"France"}), frozenset(), "institution")
    >>> compatible_speakers(macron, france), compatible_speakers(macron, barrot)
    (True, False)
    """
    if a.loose or b.loose or a.ids & b.ids:
        return True
    if a.ids & b.affiliations or b.ids & a.affiliations:
        return True
    persons = a.speaker_type == "person" and b.speaker_type == "person"
    return not persons and bool(a.affiliations & b.affiliations)


def affiliation_map(mentions: pd.DataFrame | None = None, gazetteer=None) -> dict[str, str]:
    """Actor id -> its state or organisation, from the mention rows (``affiliation``) or a gazetteer."""
    out: dict[str, str] = {}
    if gazetteer is not None:
        actors = gazetteer.actors
        out.update({str(a): str(f) for a, f in zip(actors["actor_id"], actors["affiliation"], strict=True) if f})
    if mentions is not None and "affiliation" in mentions and len(mentions):
        rows = mentions[mentions["affiliation"].fillna("").astype(str) != ""]
        for actor_id, affiliation in zip(rows["actor_id"], rows["affiliation"], strict=True):
            out.setdefault(str(actor_id), str(affiliation))
    return out


def quote_speakers(quotes: pd.DataFrame, affiliations: dict[str, str]) -> list[Speaker]:
    """Each quote's :class:`Speaker`."""
    out = []
    for value, kind in zip(quotes["speaker_id"], quotes["speaker_type"], strict=True):
        ids = speaker_ids(value)
        states = frozenset(affiliations[i] for i in ids if affiliations.get(i))
        out.append(Speaker(ids, states, str(kind)))
    return out


# ---------------------------------------------------------------------------------------------
# Figures


class Figure(NamedTuple):
    """A figure of a text: its value, and its currency (ISO code) when one follows it."""

    value: float
    currency: str = ""


def _lookup(word: str, lexicon: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    if word in lexicon:
        return lexicon[word]
    stripped = strip_proclitics(word, keep=2)
    return lexicon.get(stripped)


def figures_in(text: str, lexicon: dict[str, tuple[str, str]] | None = None) -> list[Figure]:
    """The figures a text gives, in order: digits in any script (``1.1``, ``٢٦``, ``الـ26``),
    number words joined by و (ستة وعشرون = 26), a multiplier after a number (1.1 مليار), and the
    currency that follows a figure.

    >>> figures_in("نحو 1.1 مليار دولار و٢٦ دولة")
    [Figure(value=1100000000.0, currency='USD'), Figure(value=26.0, currency='')]
    >>> figures_in("ستة وعشرون بلداً")
    [Figure(value=26.0, currency='')]
    """
    lexicon = lexicon if lexicon is not None else number_words()
    out: list[Figure] = []
    current: float | None = None
    pending_and = False
    for token in _FIGURE_OR_WORD.finditer(str(text).translate(_DIGITS)):
        raw = token.group()
        digits = _FIGURE.fullmatch(raw)
        word = fold(raw)
        entry = None if digits else _lookup(word, lexicon)
        if digits:
            if current is not None:
                out.append(Figure(current))
            current, pending_and = float(digits.group().replace(",", "")), False
            continue
        if entry is None:
            if current is not None and not (word == "و" and not pending_and):
                out.append(Figure(current))
                current = None
            pending_and = word == "و"
            continue
        kind, value = entry
        if kind == "currency":
            if current is not None:
                out.append(Figure(current, value))
                current = None
            elif out and not out[-1].currency:
                out[-1] = Figure(out[-1].value, value)
        elif kind == "multiplier":
            current = (current or 1.0) * float(value)
        elif current is not None and (word.startswith("و") or pending_and):
            current += float(value)  # ستة وعشرون: the tens joined by و
        else:
            if current is not None:
                out.append(Figure(current))
            current = float(value)
        pending_and = False
    if current is not None:
        out.append(Figure(current))
    return out


# ---------------------------------------------------------------------------------------------
# Rendering rules: each compares a quote with its statement's reference


@dataclass(frozen=True)
class Version:
    """What the rendering rules read of a quote: its content words, kind, verb class, speaker,
    figures and whether a hedge lies in it."""

    words: tuple[str, ...]
    kind: str
    verb_class: str
    speaker: frozenset[str]
    figures: tuple[Figure, ...] = ()
    hedged: bool = False


def is_truncated(quote: Version, reference: Version) -> bool:
    """The quote keeps only part of the reference: fewer than 3/4 of the reference's words
    (:data:`TRUNCATED_SHARE`), and at most 4/5 of its length (:data:`TRUNCATED_LENGTH`).

    >>> full = Version(tuple("قوة الطمانه لا تهدف الي شن حرب علي روسيا بل الي منع اي عدوان".split()), "direct", "neutral", frozenset())
    >>> cut = Version(tuple("قوة الطمانه لا تهدف الي شن حرب علي روسيا".split()), "direct", "neutral", frozenset())
    >>> is_truncated(cut, full), is_truncated(full, full)
    (True, False)
    """
    if not reference.words or len(quote.words) > TRUNCATED_LENGTH * len(reference.words):
        return False
    mine = set(quote.words)
    kept = sum(1 for w in set(reference.words) if w in mine)
    return kept < TRUNCATED_SHARE * len(set(reference.words))


KIND_RANK = {"indirect": 0, "mixed": 1, "direct": 2}  # how much of the speaker's own words a quote keeps


def direct_to_indirect(quote: Version, reference: Version) -> bool:
    """The quote keeps less of the speaker's own words than the reference: direct to mixed or
    indirect, mixed to indirect (:data:`KIND_RANK`).

    >>> direct_to_indirect(Version((), "indirect", "", frozenset()), Version((), "direct", "", frozenset()))
    True
    >>> direct_to_indirect(Version((), "mixed", "", frozenset()), Version((), "direct", "", frozenset()))
    True
    """
    return KIND_RANK.get(quote.kind, 0) < KIND_RANK.get(reference.kind, 0)


def indirect_to_direct(quote: Version, reference: Version) -> bool:
    """The quote puts more of the statement in quotation marks than the reference: indirect to
    mixed or direct, mixed to direct.

    >>> indirect_to_direct(Version((), "mixed", "", frozenset()), Version((), "indirect", "", frozenset()))
    True
    """
    return KIND_RANK.get(quote.kind, 0) > KIND_RANK.get(reference.kind, 0)


def verb_shift(quote: Version, reference: Version) -> bool:
    """The reporting verb is of another stance class (قال, neutral; زعم, distancing).

    >>> verb_shift(Version((), "direct", "distancing", frozenset()), Version((), "direct", "neutral", frozenset()))
    True
    """
    return bool(quote.verb_class) and bool(reference.verb_class) and quote.verb_class != reference.verb_class


def number_changed(quote: Version, reference: Version) -> bool:
    """The quote gives a figure the reference does not (26 countries and 25), or the same
    figure in another currency (1.1 billion euros and dollars). A figure cut off with the rest
    of the reference is truncation, not a change.

    >>> ref = Version((), "direct", "", frozenset(), (Figure(1.1e9, "EUR"),))
    >>> number_changed(Version((), "direct", "", frozenset(), (Figure(1.1e9, "USD"),)), ref)
    True
    >>> number_changed(Version((), "direct", "", frozenset(), ()), ref)
    False
    """
    values = {f.value for f in reference.figures}
    currencies = {f.value: f.currency for f in reference.figures if f.currency}
    for figure in quote.figures:
        if figure.value not in values:
            return True
        if figure.currency and currencies.get(figure.value, figure.currency) != figure.currency:
            return True
    return False


def attribution_changed(quote: Version, reference: Version) -> bool:
    """The quote is credited to another speaker than the reference (his state, his office, a
    group, an anonymous source).

    >>> attribution_changed(Version((), "", "", frozenset({"United Kingdom"})), Version((), "", "", frozenset({"Keir Starmer"})))
    True
    """
    return quote.speaker != reference.speaker


def hedge_changed(quote: Version, reference: Version) -> bool:
    """A hedge (a hedge row of :mod:`framing.hedges` in the quote's content: قد with an imperfect,
    ربما, يبدو, an approximator such as نحو) is in one of the two and not in the other: a hedge
    added or removed. Hedges in the writer's words around the quote are not compared.

    >>> hedge_changed(Version((), "", "", frozenset(), hedged=True), Version((), "", "", frozenset()))
    True
    """
    return quote.hedged != reference.hedged


RENDERING_RULES = {
    "truncated": is_truncated,
    "direct_to_indirect": direct_to_indirect,
    "indirect_to_direct": indirect_to_direct,
    "verb_shift": verb_shift,
    "number_changed": number_changed,
    "attribution_changed": attribution_changed,
    "hedged": hedge_changed,
}


def rendering(quote: Version, reference: Version) -> list[str]:
    """The tags of a quote against its statement's reference, in the order of :data:`TAGS`.

    >>> ref = Version(("26", "دوله", "التزمت", "بنشر", "قوات"), "direct", "neutral", frozenset({"Emmanuel Macron"}), (Figure(26.0),))
    >>> rendering(Version(("25", "دوله", "التزمت", "بنشر", "قوات"), "indirect", "neutral", frozenset({"Emmanuel Macron"}), (Figure(25.0),)), ref)
    ['direct_to_indirect', 'number_changed']
    """
    return [tag for tag in TAGS if RENDERING_RULES[tag](quote, reference)]


# ---------------------------------------------------------------------------------------------
# Grouping


def quote_distances(keys: list[str], speakers: list[Speaker], *, loose_penalty: float = LOOSE_PENALTY,
                    ngrams: tuple[int, int] = NGRAMS, containment: float = CONTAINMENT) -> np.ndarray:
    """Pairwise distances of the quotes of one event: one minus the cosine of TF-IDF vectors of
    character n-grams, plus ``loose_penalty`` where a speaker is loose, :data:`CANNOT_LINK` where
    the speakers are incompatible.

    >>> s = Speaker(frozenset({"X"}), frozenset(), "person")
    >>> d = quote_distances(["اوروبا جاهزه للدعم", "اوروبا جاهزه", "النفط الروسي"], [s, s, s])
    >>> bool(d[0, 1] < 0.5 < d[0, 2])
    True
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances

    n = len(keys)
    if n == 0:
        return np.zeros((0, 0))
    try:
        vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=ngrams, sublinear_tf=True).fit_transform(keys)
        dist = np.clip(cosine_distances(vectors), 0.0, 1.0)
        if containment > 0:
            dist = np.minimum(dist, 1.0 - containment * _containment(vectors))
    except ValueError:  # no n-gram at all (every content empty)
        dist = np.ones((n, n))
    # the cost of each pair of distinct speakers, computed once, then spread over the quotes
    kinds = list(dict.fromkeys(speakers))
    index = np.array([kinds.index(s) for s in speakers]) if kinds else np.zeros(0, dtype=int)
    cost = np.zeros((len(kinds), len(kinds)))
    for i, a in enumerate(kinds):
        for j, b in enumerate(kinds):
            if not compatible_speakers(a, b):
                cost[i, j] = CANNOT_LINK
            elif (a.loose or b.loose) and not (a.ids & b.ids):
                cost[i, j] = loose_penalty
    dist = dist + cost[np.ix_(index, index)]
    np.fill_diagonal(dist, 0.0)
    return dist


def _containment(vectors) -> np.ndarray:
    """For each pair of quotes, the share of the shorter one's n-grams found in the other."""
    present = (vectors > 0).astype(np.float64)
    shared = (present @ present.T).toarray()
    sizes = np.asarray(present.sum(axis=1)).ravel()
    smaller = np.minimum.outer(sizes, sizes)
    return np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)


def cluster_quotes(dist: np.ndarray, *, threshold: float = THRESHOLD) -> np.ndarray:
    """Cluster labels of quotes from their distances: average-linkage agglomerative clustering
    that stops when the mean distance between the nearest groups reaches ``threshold``.

    >>> cluster_quotes(np.array([[0, 0.2, 0.9], [0.2, 0, 0.95], [0.9, 0.95, 0]])).tolist()
    [0, 0, 1]
    """
    from sklearn.cluster import AgglomerativeClustering

    n = len(dist)
    if n < 2:
        return np.zeros(n, dtype=int)
    model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                    distance_threshold=threshold)
    labels = model.fit_predict(dist)
    # number the clusters in the order of their first quote, so that labels do not depend on scikit-learn's
    order = {label: i for i, label in enumerate(dict.fromkeys(labels.tolist()))}
    return np.array([order[label] for label in labels.tolist()], dtype=int)


def _hedged_spans(hedges: pd.DataFrame | None) -> dict[str, list[int]]:
    if hedges is None or not len(hedges):
        return {}
    rows = hedges[hedges["category"] == "hedge"] if "category" in hedges else hedges
    out: dict[str, list[int]] = {}
    for aid, start in zip(rows["article_id"].astype(str), rows["start"].astype(int), strict=True):
        out.setdefault(aid, []).append(start)
    return out


def _versions(quotes: pd.DataFrame, hedges: pd.DataFrame | None, lexicon) -> list[Version]:
    starts = _hedged_spans(hedges)
    out = []
    for r in quotes.itertuples():
        hedged = any(int(r.start) <= s < int(r.end) for s in starts.get(str(r.article_id), ()))
        out.append(Version(tuple(content_words(r.text)), str(r.kind), str(r.verb_class or ""),
                           speaker_ids(r.speaker_id), tuple(figures_in(r.text, lexicon)), hedged))
    return out


def coverage(quote: Version, others: list[Version]) -> float:
    """How much of the other versions a version holds: the sum over them of the share of their
    words found in it. The fullest version of a statement holds most of every other one.

    >>> full = Version(("سوق", "متوازنه", "لا", "نستهدف", "سعرا"), "direct", "", frozenset())
    >>> cut = Version(("سوق", "متوازنه"), "direct", "", frozenset())
    >>> coverage(full, [cut]), coverage(cut, [full])
    (1.0, 0.4)
    """
    mine = set(quote.words)
    return sum(len(mine & set(o.words)) / len(set(o.words)) for o in others if o.words)


def _reference(members: list[int], versions: list[Version]) -> int:
    """The fullest version of a statement (:func:`coverage` of the others, to two decimals); of
    equally full ones, the one that keeps most of the speaker's words (direct, mixed, indirect),
    then the one with more words, then the first in order."""
    def key(i: int) -> tuple:
        held = coverage(versions[i], [versions[j] for j in members if j != i])
        return (-round(held, 2), -KIND_RANK.get(versions[i].kind, 0), -len(versions[i].words), i)

    return min(members, key=key)


def align_statements(quotes: pd.DataFrame, articles: pd.DataFrame, *, hedges: pd.DataFrame | None = None,
                     mentions: pd.DataFrame | None = None, gazetteer=None, threshold: float = THRESHOLD,
                     loose_penalty: float = LOOSE_PENALTY, containment: float = CONTAINMENT,
                     numbers: str | Path | None = None) -> pd.DataFrame:
    """The quotes with the statement each reports: their columns plus ``event, outlet,
    statement_id, reference, rendering`` (:data:`STATEMENT_COLUMNS`).

    ``statement_id`` (``S1``, ``S2`` ...) is shared by the quotes of one statement and unique
    otherwise; ``reference`` is true for the statement's fullest version; ``rendering`` lists the
    tags (:data:`TAGS`) of a quote against it, comma-separated, empty for the reference.
    ``hedges`` (the hedge rows) give the ``hedged`` tag; ``mentions`` (or a ``gazetteer``) give the
    actors' affiliations. Rows are in the order of ``quotes``; the input is not changed.
    """
    meta = articles.astype({"article_id": str}).drop_duplicates("article_id").set_index("article_id")
    out = quotes.reset_index(drop=True).copy()
    ids = out["article_id"].astype(str)
    out["event"] = ids.map(meta["event"] if "event" in meta else pd.Series(dtype=str)).fillna("").astype(str).str.strip()
    out["outlet"] = ids.map(meta["outlet"]).fillna("").astype(str)
    versions = _versions(out, hedges, number_words(numbers))
    speakers = quote_speakers(out, affiliation_map(mentions, gazetteer))
    keys = [" ".join(v.words) for v in versions]
    labels = np.full(len(out), -1, dtype=int)
    next_label = 0
    order = sorted(range(len(out)), key=lambda i: (out.at[i, "event"] == "", out.at[i, "event"], ids[i], int(out.at[i, "start"])))
    for event, members in _groups(order, out["event"]):
        if not event or len(members) == 1:
            for i in members:
                labels[i], next_label = next_label, next_label + 1
            continue
        dist = quote_distances([keys[i] for i in members], [speakers[i] for i in members], loose_penalty=loose_penalty,
                               containment=containment)
        found = cluster_quotes(dist, threshold=threshold)
        for i, label in zip(members, found.tolist(), strict=True):
            labels[i] = next_label + label
        next_label += int(found.max()) + 1
    reference = np.zeros(len(out), dtype=bool)
    tags = [""] * len(out)
    by_label: dict[int, list[int]] = {}
    for i in order:
        by_label.setdefault(int(labels[i]), []).append(i)
    for members in by_label.values():
        ref = _reference(members, versions)
        reference[ref] = True
        for i in members:
            if i != ref:
                tags[i] = ",".join(rendering(versions[i], versions[ref]))
    out["statement_id"] = [f"S{label + 1}" for label in labels]
    out["reference"] = reference
    out["rendering"] = tags
    return out


def _groups(order: list[int], events: pd.Series) -> Iterable[tuple[str, list[int]]]:
    groups: dict[str, list[int]] = {}
    for i in order:
        groups.setdefault(str(events.iat[i]), []).append(i)
    return groups.items()


# ---------------------------------------------------------------------------------------------
# One row per statement

STATEMENT_TABLE_COLUMNS = ["event", "statement_id", "speaker", "speaker_id", "content", "article_id", "quote_id",
                           "n_quotes", "n_outlets", "outlets", "direct", "indirect", "truncated", "not_carried",
                           "renderings"]


def outlet_rendering(kinds: Sequence[str], renderings: Sequence[str]) -> str:
    """How one outlet carried a statement, from the kind and rendering tags of its quotes of it:
    ``truncated`` when every one is cut, else ``direct`` when a whole one is in quotation marks
    (direct or mixed), else ``indirect``.

    >>> outlet_rendering(["indirect", "mixed"], ["truncated", ""])
    'direct'
    >>> outlet_rendering(["direct"], ["truncated,verb_shift"])
    'truncated'
    """
    whole = [kind for kind, tags in zip(kinds, renderings, strict=True) if "truncated" not in str(tags).split(",")]
    if not whole:
        return "truncated"
    return "direct" if any(kind in ("direct", "mixed") for kind in whole) else "indirect"


def statement_table(aligned: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per statement of an event, from :func:`align_statements` rows.

    Columns (:data:`STATEMENT_TABLE_COLUMNS`): ``event, statement_id, speaker, speaker_id`` (of
    the reference), ``content`` (the reference's words), ``article_id, quote_id`` (where the
    reference is), ``n_quotes, n_outlets``, ``outlets`` (that carried it), ``direct``,
    ``indirect``, ``truncated`` (the outlets that carried it so, see :func:`outlet_rendering`),
    ``not_carried`` (the outlets of the event that did not), ``renderings`` (the tags seen).
    Outlets are ``; ``-separated; rows are sorted by event, then by outlets carrying (most
    first), then by statement number. Quotes of articles with no event are left out.
    """
    rows = aligned[aligned["event"].fillna("").astype(str) != ""]
    events = articles[articles["event"].notna()].astype({"event": str, "outlet": str})
    event_outlets = {e: sorted(set(g["outlet"])) for e, g in events.groupby("event")}
    groups: dict[tuple, list[dict]] = {}  # plain rows, grouped in order of first appearance
    for row in rows.assign(rendering=rows["rendering"].fillna("")).to_dict("records"):
        groups.setdefault((row["event"], row["statement_id"]), []).append(row)
    records = []
    for (event, statement), group in groups.items():
        ref = next(r for r in group if r["reference"])
        by_outlet: dict[str, list[dict]] = {}
        for r in group:
            by_outlet.setdefault(r["outlet"], []).append(r)
        carried = {o: outlet_rendering([r["kind"] for r in quotes], [r["rendering"] for r in quotes])
                   for o, quotes in sorted(by_outlet.items())}
        seen = sorted({t for r in group for t in str(r["rendering"]).split(",") if t}, key=TAGS.index)
        records.append({
            "event": event, "statement_id": statement, "speaker": ref["speaker"], "speaker_id": ref["speaker_id"],
            "content": ref["text"], "article_id": ref["article_id"], "quote_id": ref["quote_id"],
            "n_quotes": len(group), "n_outlets": len(carried), "outlets": "; ".join(carried),
            **{how: "; ".join(o for o, h in carried.items() if h == how) for how in ("direct", "indirect", "truncated")},
            "not_carried": "; ".join(o for o in event_outlets.get(str(event), []) if o not in carried),
            "renderings": ",".join(seen),
        })
    table = pd.DataFrame(records, columns=STATEMENT_TABLE_COLUMNS)
    if table.empty:
        return table
    number = table["statement_id"].str[1:].astype(int)
    table = table.assign(_n=number).sort_values(["event", "n_outlets", "_n"], ascending=[True, False, True], kind="stable")
    return table.drop(columns="_n").reset_index(drop=True).astype({"n_quotes": int, "n_outlets": int})


STATEMENT_TABLES = ("statements", "statement_outlets", "statement_quotes")  # the tables of statement_tables
CARRIED = ("direct", "indirect", "truncated", "not_carried")  # the cells of the statement x outlet matrix
STATEMENT_OUTLET_COLUMNS = ["event", "statement_id", "speaker_id", "speaker", "content", "n_outlets", "outlet",
                            "carried"]


def statement_outlets(table: pd.DataFrame, *, min_outlets: int = 2) -> pd.DataFrame:
    """The statement x outlet matrix, long: for each statement of :func:`statement_table` carried
    by ``min_outlets`` outlets or more, one row per outlet of the event with how it carried the
    statement (``carried``: direct, indirect, truncated or not_carried, :data:`CARRIED`).

    >>> t = pd.DataFrame({"event": ["e"], "statement_id": ["S1"], "speaker_id": ["X"], "speaker": ["x"],
    ...                   "content": ["c"], "n_outlets": [2], "direct": ["A"], "indirect": [""],
    ...                   "truncated": ["B"], "not_carried": ["C"]})
    >>> statement_outlets(t)[["outlet", "carried"]].values.tolist()
    [['A', 'direct'], ['B', 'truncated'], ['C', 'not_carried']]
    """
    rows = []
    for r in table[table["n_outlets"] >= min_outlets].itertuples():
        carried = {o: how for how in CARRIED for o in str(getattr(r, how) or "").split("; ") if o}
        for outlet in sorted(carried):
            rows.append({"event": r.event, "statement_id": r.statement_id, "speaker_id": r.speaker_id,
                         "speaker": r.speaker, "content": r.content, "n_outlets": int(r.n_outlets),
                         "outlet": outlet, "carried": carried[outlet]})
    return pd.DataFrame(rows, columns=STATEMENT_OUTLET_COLUMNS).astype({"n_outlets": int})


def statement_tables(tables: dict[str, pd.DataFrame], articles: pd.DataFrame, **kwargs) -> dict[str, pd.DataFrame]:
    """The statement tables of a corpus from the pipeline's tables (``quotes, hedges, mentions``):
    ``statements`` (:func:`statement_table`), ``statement_outlets`` (:func:`statement_outlets`) and
    ``statement_quotes`` (:func:`align_statements`, the quotes of articles with an event).

    >>> from framing import load_corpus
    >>> from framing.pipeline import Analyzer
    >>> articles = load_corpus("seeds")
    >>> found = statement_tables(Analyzer().analyze(articles), articles)
    >>> int(found["statements"]["n_outlets"].max()) >= 2
    True
    """
    aligned = align_statements(tables["quotes"], articles, hedges=tables.get("hedges"),
                               mentions=tables.get("mentions"), **kwargs)
    table = statement_table(aligned, articles)
    quotes = aligned[aligned["event"] != ""].sort_values(["event", "article_id", "start"], kind="stable")
    return {"statements": table, "statement_outlets": statement_outlets(table),
            "statement_quotes": quotes.reset_index(drop=True)}
