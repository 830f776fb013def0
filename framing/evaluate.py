"""Score the toolkit against gold annotations of a corpus (by default, the bundled seeds).

Gold files (``framing/data/gold/*.tsv``, documented in ``docs/annotation.md``) give character
offsets into the raw article files. Predictions index the cleaned text, so they are mapped back
to raw offsets with the cleaning table before matching. A prediction matches a gold row when
their spans overlap (and, where the measure says so, they agree on a label); each gold row is
matched at most once, best overlap first.

>>> scores = evaluate("actors")
>>> scores.set_index("metric").loc["recall", "all"] > 0.5
np.True_
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .actors import UNKNOWN_PREFIX
from .corpus import Corpus, bundled_seeds, raw_offset, read_corpus
from .lexicon import read_tsv
from .text import fold

MEASURES = ("actors", "quotes", "hedges", "sentiment")
# Measures scored on request only (``framing evaluate statements``): the bundled seeds have no gold for them.
EXTRA_MEASURES = ("statements",)


def load_gold(measure: str, path: str | Path | None = None) -> pd.DataFrame:
    """The gold annotation table of a measure (bundled, or a user's TSV, or ``MEASURE.tsv`` in
    a user's folder)."""
    if path is not None and Path(path).is_dir():
        path = Path(path) / f"{measure}.tsv"
    table = read_tsv(path or f"gold/{measure}.tsv", required=["article_id", "start", "end"])
    for column in ("start", "end", "cue_start", "cue_end"):
        if column in table:
            table[column] = pd.to_numeric(table[column], errors="coerce").fillna(-1).astype(int)
    return table.drop(columns="line")


def to_raw(findings: pd.DataFrame, corpus: Corpus, columns=(("start", "end"),)) -> pd.DataFrame:
    """A copy of ``findings`` with its offsets mapped from cleaned to raw text."""
    out = findings.copy()
    removed = {k: list(zip(g["start"], g["end"], g["kind"], strict=True)) for k, g in corpus.cleaning.groupby("article_id")}
    for start_col, end_col in columns:
        spans = removed.get
        out[start_col] = [raw_offset(spans(a, []), int(s)) if s >= 0 else s for a, s in zip(out["article_id"], out[start_col], strict=True)]
        out[end_col] = [raw_offset(spans(a, []), int(e) - 1) + 1 if e > 0 else e for a, e in zip(out["article_id"], out[end_col], strict=True)]
    return out


def match_spans(gold: pd.DataFrame, pred: pd.DataFrame, same: Callable[[dict, dict], bool] | None = None,
                prefer: Callable[[dict, dict], bool] | None = None) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of overlapping spans, best overlap first and,
    among equal overlaps, the span closest in extent, then a pair that ``prefer`` accepts (two gold
    quotes sharing one span, an agency's report and the words it reports, go each to the found row
    with its speaker rather than crosswise).

    >>> g = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 0], "end": [9, 9], "who": ["x", "y"]})
    >>> p = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 0], "end": [9, 9], "who": ["y", "x"]})
    >>> match_spans(g, p), match_spans(g, p, prefer=lambda a, b: a["who"] == b["who"])
    ([(0, 0), (1, 1)], [(0, 1), (1, 0)])
    """
    candidates = []
    pred_by_article = _by_article(pred)
    for gi, g in gold.iterrows():
        for pi, p in _overlapping(pred_by_article, g).iterrows():
            if same is None or same(g, p):
                size = min(g["end"], p["end"]) - max(g["start"], p["start"])
                union = max(g["end"], p["end"]) - min(g["start"], p["start"])
                agrees = prefer is None or prefer(g, p)
                candidates.append((-size, union, not agrees, gi, pi))  # a tie goes to the closer span (a nested quote)
    pairs, used_g, used_p = [], set(), set()
    for *_, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return sorted(pairs)


def _by_article(table: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """A table's rows, article by article."""
    return {k: g for k, g in table.groupby("article_id")}


def _overlapping(by_article: dict[str, pd.DataFrame], row) -> pd.DataFrame:
    """The rows of ``row``'s article whose span overlaps its span."""
    rows = by_article.get(row["article_id"])
    if rows is None:
        return pd.DataFrame(columns=["target_id"])
    return rows[(rows["start"] < row["end"]) & (rows["end"] > row["start"])]


def prf(n_gold: int, n_pred: int, n_match: int) -> dict[str, float]:
    """Precision, recall and F1 from counts.

    >>> prf(10, 8, 8)
    {'precision': 1.0, 'recall': 0.8, 'f1': 0.889}
    """
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def evaluate(measure: str, path: str | Path | None = None, *, gold: str | Path | None = None,
             errors: bool = False, by_event: bool = False) -> pd.DataFrame:
    """Score one measure; return a table of metrics (rows) by group (columns).

    With ``errors=True`` return instead the misses (``missed``) and false alarms (``extra``) with
    their raw offsets and words. With ``by_event=True`` the columns are the corpus's events (the
    ``all`` scores of each event's articles) and the whole corpus.
    """
    corpus = read_corpus(path or bundled_seeds())
    if measure == "statements":
        if errors or by_event:
            from .errors import InputError

            raise InputError(None, "--errors and --by-event are not available for statements")
        return statement_scores(corpus, gold)
    gold_table = load_gold(measure, gold)
    gold_table.attrs["actor_names"] = _actor_names_beside(gold, gold_table if measure == "actors" else None)
    if measure == "actors":
        gold_table.attrs["key_actors"] = _key_actors_beside(gold)
    if measure == "hedges":
        gold_table.attrs["traps"] = _traps_beside(gold)
    scorer = {"actors": _actors, "quotes": _quotes, "hedges": _hedges, "sentiment": _sentiment}[measure]
    if not by_event or errors:
        return scorer(corpus, _gold_of(gold_table, corpus), errors)
    columns = {}
    events = corpus.articles["event"].fillna("") if "event" in corpus.articles else pd.Series([""] * len(corpus.articles))
    for event in sorted(set(events)) + [None]:
        part = corpus if event is None else Corpus(corpus.articles[events == event].reset_index(drop=True), corpus.cleaning)
        scores = scorer(part, _gold_of(gold_table, part), False).set_index("metric")["all"]
        columns["all" if event is None else event or "(no event)"] = scores
    return _metrics_table(columns)


def _gold_folder(gold: str | Path | None) -> Path | None:
    """The folder of a gold annotation: ``gold`` itself when it is a folder, else the folder that
    holds the file (``None`` for the bundled gold)."""
    if gold is None:
        return None
    return Path(gold) if Path(gold).is_dir() else Path(gold).parent


def _traps_beside(gold: str | Path | None) -> pd.DataFrame | None:
    """The trap annotations (``traps.tsv``: words that look like hedges or boosters and are not)
    beside a gold folder or file, if any."""
    folder = _gold_folder(gold)
    where = None if folder is None else folder / "traps.tsv"
    return load_gold("traps", where) if where is not None and where.is_file() else None


def _actor_names_beside(gold: str | Path | None, table: pd.DataFrame | None = None) -> dict[tuple[str, str], GoldName]:
    """(article id, actor id) -> the actor's names in the article, from the actor gold beside ``gold``."""
    if table is None:
        folder = _gold_folder(gold)
        where = None if folder is None else folder / "actors.tsv"
        if where is not None and not where.is_file():
            return {}
        table = load_gold("actors", where)
    names: dict[tuple[str, str], GoldName] = {}
    full = table["name_ar"] if "name_ar" in table else [""] * len(table)
    for article_id, actor_id, name, surface, form in zip(table["article_id"], table["actor_id"], full,
                                                        table["surface"], table["form"], strict=True):
        key = (article_id, actor_id)
        entry = names.setdefault(key, GoldName("", frozenset()))
        name = str(name) if isinstance(name, str) else entry.name
        surfaces = entry.surfaces | {fold_words(surface)} if form == "name" else entry.surfaces
        names[key] = GoldName(name or entry.name, surfaces)
    return names


def _key_actors_beside(gold: str | Path | None) -> set[tuple[str, str]]:
    """(article id, actor id) of the speakers, and of the sources and targets of evaluations, in
    the quote and sentiment gold beside ``gold``: the actors every measure needs found."""
    folder = _gold_folder(gold)
    out: set[tuple[str, str]] = set()
    for measure, columns in (("quotes", ("speaker_id",)), ("sentiment", ("source_id", "target_id"))):
        where = None if folder is None else folder / f"{measure}.tsv"
        if where is not None and not where.is_file():
            continue
        table = load_gold(measure, where)
        for column in columns:
            if column in table:
                out.update((a, x) for a, v in zip(table["article_id"], table[column], strict=True)
                           for x in str(v).split("|") if x and x != "nan")
    return out


class GoldName(NamedTuple):
    """A gold actor's fullest Arabic name in an article and the names it is written with there."""

    name: str
    surfaces: frozenset[tuple[str, ...]]


def _gold_of(gold: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """The gold rows of the corpus's articles."""
    part = gold[gold["article_id"].isin(set(corpus.articles["article_id"]))].reset_index(drop=True)
    part.attrs = dict(gold.attrs)
    return part


def actor_names(gold: pd.DataFrame) -> dict[tuple[str, str], GoldName]:
    """The (article id, actor id) -> names map attached to a gold table, if any."""
    return gold.attrs.get("actor_names", {})


def gold_actor(names: dict[tuple[str, str], GoldName], article_id: str, actor_id: str) -> dict:
    """A gold actor as :func:`same_actor` reads it: its id and its names in the article."""
    name = names.get((article_id, actor_id), GoldName("", frozenset()))
    return {"actor_id": actor_id, "name_ar": name.name, "surfaces": name.surfaces}


def same_actor(gold_row, pred_id: str) -> bool:
    """Whether a predicted actor id names the gold row's actor.

    The ids agree; or the gold actor's fullest Arabic name in the article (column ``name_ar``) is a
    name the gazetteer gives the predicted actor (annotators and gazetteers label the same actor
    differently: Hemedti, Mohamed Hamdan Dagalo); or, for an actor discovered in the text (an
    ``unknown:`` id: its name as written), that name agrees word for word with the gold name or
    with a name the gold gives the actor in the article (``surfaces``), or one is the other's
    surname part (``بدران`` in ``حسام بدران``).

    >>> same_actor({"actor_id": "Husam Badran", "name_ar": "حسام بدران"}, "unknown:حسام بدران")
    True
    >>> same_actor({"actor_id": "Husam Badran", "name_ar": "حسام بدران"}, "unknown:حسام زكي")
    False
    >>> same_actor({"actor_id": "Mohamed Hamdan Dagalo", "name_ar": "محمد حمدان دقلو"}, "Hemedti")
    True
    """
    if gold_row["actor_id"] == pred_id:
        return True
    name = str(gold_row.get("name_ar", "") or "")
    gold_words = fold_words(name) if name and name != "nan" else ()
    if not pred_id.startswith(UNKNOWN_PREFIX):
        return bool(gold_words) and gold_words in _gazetteer_names(pred_id)
    found = fold_words(pred_id.removeprefix(UNKNOWN_PREFIX))
    if found in gold_row.get("surfaces", ()):
        return True
    return bool(gold_words) and (found == gold_words or _ends_with(gold_words, found) or _ends_with(found, gold_words))


def _gazetteer_names(actor_id: str) -> frozenset[tuple[str, ...]]:
    """The folded names the bundled gazetteer gives an actor."""
    return _gazetteer_name_index().get(actor_id, frozenset())


@cache
def _gazetteer_name_index() -> dict[str, frozenset[tuple[str, ...]]]:
    """Every actor's folded gazetteer names, read once."""
    from .actors import load_gazetteer

    names: dict[str, set[tuple[str, ...]]] = {}
    for alias in load_gazetteer().aliases:
        if alias.form == "name":
            names.setdefault(alias.actor_id, set()).add(fold_words(alias.text))
    return {actor_id: frozenset(found) for actor_id, found in names.items()}


def fold_words(name: str) -> tuple[str, ...]:
    """A name's words, folded (:func:`framing.text.fold`)."""
    return tuple(fold(w) for w in name.split())


def _ends_with(words: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    return 0 < len(tail) < len(words) and words[-len(tail):] == tail


ERROR_COLUMNS = ["error", "article_id", "raw_start", "raw_end", "label", "words", "why"]


def _errors(corpus: Corpus, gold: pd.DataFrame, pred: pd.DataFrame, pairs, label: str,
            why: Callable[[str, int], str] | None = None) -> pd.DataFrame:
    """The misses (``missed``) and false alarms (``extra``); ``why`` gives a reason for a row, from
    its kind and its index in ``gold`` or ``pred``."""
    raw = dict(zip(corpus.articles["article_id"], corpus.articles["raw_text"], strict=True))
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    rows = []
    for kind, table, matched in (("missed", gold, matched_g), ("extra", pred, matched_p)):
        for i, r in table.iterrows():
            if i not in matched:
                rows.append({"error": kind, "article_id": r["article_id"], "raw_start": r["start"], "raw_end": r["end"],
                             "label": r.get(label, ""), "words": raw[r["article_id"]][r["start"] : r["end"]][:80],
                             "why": why(kind, i) if why else ""})
    # offsets into the raw file, as the gold's (the finding tables' are into the cleaned text)
    return pd.DataFrame(rows, columns=ERROR_COLUMNS)


def _found_actors(corpus: Corpus) -> dict[str, set[str]]:
    """The actor ids found as mentions in each article."""
    from .actors import find_mentions

    mentions = find_mentions(corpus.articles)
    return mentions.groupby("article_id")["actor_id"].agg(set).to_dict() if len(mentions) else {}


def why_evaluation_missed(target, overlapping: pd.DataFrame, found_ids: set[str]) -> str:
    """The step that lost a gold evaluation: its target is never found as a mention of the article
    (the actor layer); no evaluation was found on its words (no rule read them); one was, of another
    target; or of the other polarity.

    >>> target = {"actor_id": "Israel", "name_ar": ""}
    >>> none = pd.DataFrame({"target_id": [], "polarity": []})
    >>> why_evaluation_missed(target, none, set()), why_evaluation_missed(target, none, {"Israel"})
    ('target not found as a mention', 'no evaluation found on these words')
    >>> other = pd.DataFrame({"target_id": ["Iran"], "polarity": ["negative"]})
    >>> why_evaluation_missed(target, other, {"Israel", "Iran"})
    'found with another target'
    """
    if not any(same_actor(target, a) for a in found_ids):
        return "target not found as a mention"
    if overlapping.empty:
        return "no evaluation found on these words"
    if not any(same_actor(target, t) for t in overlapping["target_id"]):
        return "found with another target"
    return "found with the other polarity"


def _why_sentiment(corpus: Corpus, gold: pd.DataFrame, pred: pd.DataFrame, names) -> Callable[[str, int], str]:
    found = _found_actors(corpus)
    gold_by_article, pred_by_article = _by_article(gold), _by_article(pred)

    def why(kind: str, i: int) -> str:
        if kind == "extra":
            on = _overlapping(gold_by_article, pred.loc[i])
            return "no gold evaluation on these words" if on.empty else "the gold on these words has another target or polarity"
        row = gold.loc[i]
        target = gold_actor(names, row["article_id"], row["target_id"])
        return why_evaluation_missed(target, _overlapping(pred_by_article, row), found.get(row["article_id"], set()))

    return why


def _speaker_errors(corpus: Corpus, gold: pd.DataFrame, pred: pd.DataFrame, pairs) -> pd.DataFrame:
    """The quotes found whose speaker is wrong: label ``gold speaker -> found speaker (its id)``."""
    raw = dict(zip(corpus.articles["article_id"], corpus.articles["raw_text"], strict=True))
    names = actor_names(gold)
    found = _found_actors(corpus) if pairs else {}

    def why(g: int) -> str:
        article = gold.at[g, "article_id"]
        ids = [x for x in str(gold.at[g, "speaker_id"]).split("|") if x and x != "nan"]
        lost = [x for x in ids if not any(same_actor(gold_actor(names, article, x), a) for a in found.get(article, ()))]
        return "speaker not found as a mention" if lost else ""

    rows = [{"error": "speaker", "article_id": gold.at[g, "article_id"], "raw_start": gold.at[g, "start"],
             "raw_end": gold.at[g, "end"],
             "label": f"{gold.at[g, 'speaker']} ({gold.at[g, 'speaker_id']}) -> {pred.at[p, 'speaker']} ({pred.at[p, 'speaker_id']})",
             "words": raw[gold.at[g, "article_id"]][gold.at[g, "start"] : gold.at[g, "end"]][:80], "why": why(g)}
            for g, p in pairs]
    return pd.DataFrame(rows, columns=ERROR_COLUMNS)


def score_intervals(corpus: Corpus, gold: pd.DataFrame, pred: pd.DataFrame, pairs) -> dict[str, float]:
    """Article-resampling intervals of precision, recall and F1 (:func:`framing.inference.article_bootstrap_scores`)
    from the rows of every article of ``corpus``, those with no gold or no finding included."""
    from .inference import article_bootstrap_scores

    articles = corpus.articles["article_id"].tolist()
    matched = pd.Series([gold.loc[g, "article_id"] for g, _ in pairs], dtype=object).value_counts()
    per_article = [s.reindex(articles, fill_value=0).to_numpy() for s in (
        matched, pred["article_id"].value_counts(), gold["article_id"].value_counts())]
    return article_bootstrap_scores(*per_article)


def _metrics_table(metrics: dict[str, dict[str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame(metrics)
    frame.index.name = "metric"
    return frame.reset_index()


def _actors(corpus: Corpus, gold: pd.DataFrame, errors: bool) -> pd.DataFrame:
    from .actors import find_mentions

    pred = to_raw(find_mentions(corpus.articles), corpus)
    names = actor_names(gold)
    pairs = match_spans(gold, pred, lambda g, p: same_actor(gold_actor(names, g["article_id"], g["actor_id"]), p["actor_id"]))
    if errors:
        return _errors(corpus, gold, pred, pairs, "actor_id")
    metrics = {"all": prf(len(gold), len(pred), len(pairs)) | score_intervals(corpus, gold, pred, pairs)
               | {"gold": len(gold), "found": len(pred)}}
    # the speakers and evaluated actors the gold names in an article: is each found there at all?
    mentioned = set(zip(gold["article_id"], gold["actor_id"], strict=True))
    key = sorted(gold.attrs.get("key_actors", set()) & mentioned)
    found_ids = pred.groupby("article_id")["actor_id"].agg(set).to_dict() if len(pred) else {}
    hits = sum(any(same_actor(gold_actor(names, a, x), p) for p in found_ids.get(a, ())) for a, x in key)
    metrics["speakers_targets"] = {"precision": float("nan"), "recall": round(hits / len(key), 3) if key else 0.0,
                                   "f1": float("nan"), "gold": len(key), "found": hits}
    for form in ("name", "title", "demonym", "metonym"):
        g = set(gold.index[gold["form"] == form])
        p = set(pred.index[pred["form"] == form])
        metrics[form] = {
            "precision": round(sum(1 for _, pi in pairs if pi in p) / len(p), 3) if p else 0.0,
            "recall": round(sum(1 for gi, _ in pairs if gi in g) / len(g), 3) if g else 0.0,
            "f1": float("nan"), "gold": len(g), "found": len(p),
        }
    return _metrics_table(metrics)


def same_speaker(gold_row, pred_row, names: dict[tuple[str, str], GoldName] | None = None) -> bool:
    """A speaker is right when the actor ids agree, or, for speakers with no actor id
    (anonymous sources, documents), when the speaker types agree. ``names`` maps (article id,
    gold actor id) to the actor's Arabic name (the gold mentions' ``name_ar``), so that an actor
    discovered in the text can match (:func:`same_actor`); where the gold has no actor names (a
    folder of quotes without actors.tsv), the gold speaker's words stand for the name.

    >>> gold = {"article_id": "a", "speaker_id": "Samer al-Halabi", "speaker": "الباحث سامر الحلبي",
    ...         "speaker_type": "person"}
    >>> same_speaker(gold, {"speaker_id": "unknown:سامر الحلبي"}), same_speaker(gold, {"speaker_id": "unknown:سامر زكي"})
    (True, False)
    """
    gold_ids = sorted(x for x in str(gold_row["speaker_id"]).split("|") if x and x != "nan")
    pred_ids = sorted(x for x in str(pred_row["speaker_id"]).split("|") if x and x != "nan")
    if gold_ids:
        if len(gold_ids) != len(pred_ids):
            return False
        gold_rows = [gold_actor(names or {}, gold_row.get("article_id", ""), g) for g in gold_ids]
        if len(gold_rows) == 1 and not gold_rows[0]["name_ar"] and isinstance(gold_row.get("speaker"), str):
            # no actor gold beside the quotes (statement sets): the speaker's words name him
            gold_rows[0] = gold_rows[0] | {"name_ar": gold_row["speaker"]}
        return all(any(same_actor(g, p) for p in pred_ids) for g in gold_rows)
    return not pred_ids and gold_row["speaker_type"] == pred_row["speaker_type"]


def _quotes(corpus: Corpus, gold: pd.DataFrame, errors: bool) -> pd.DataFrame:
    from .quotes import QUOTE_FORMS, find_quotes

    pred = to_raw(find_quotes(corpus.articles), corpus, (("start", "end"), ("cue_start", "cue_end")))
    names = actor_names(gold)
    pairs = match_spans(gold, pred, prefer=lambda g, p: same_speaker(g, p, names))
    right = {(g, p): same_speaker(gold.loc[g], pred.loc[p], names) for g, p in pairs}
    if errors:
        table = _errors(corpus, gold, pred, pairs, "speaker")
        return pd.concat([table, _speaker_errors(corpus, gold, pred, [pair for pair, ok in right.items() if not ok])],
                         ignore_index=True)
    speaker = sum(right.values())
    verb = sum(gold.loc[g, "verb_class"] == pred.loc[p, "verb_class"] for g, p in pairs)
    kind = sum(gold.loc[g, "kind"] == pred.loc[p, "kind"] for g, p in pairs)
    n = len(pairs) or 1
    all_ = prf(len(gold), len(pred), len(pairs)) | score_intervals(corpus, gold, pred, pairs) | {
        "speaker_accuracy": round(speaker / n, 3), "verb_class_accuracy": round(verb / n, 3),
        "kind_accuracy": round(kind / n, 3), "gold": len(gold), "found": len(pred), "matched": len(pairs),
    }
    columns = {"all": all_}
    for column, values in (("kind", QUOTE_KINDS), ("form", QUOTE_FORMS)):
        if column not in gold or column not in pred:
            continue
        for value in values:
            columns[value] = _group_scores(gold, pred, pairs, column, value, names)
    return _metrics_table(columns)


QUOTE_KINDS = ("direct", "indirect", "mixed")


def _group_scores(gold: pd.DataFrame, pred: pd.DataFrame, pairs, column: str, value: str, names) -> dict[str, float]:
    """Scores of the quotes of one kind or form: recall over the gold rows with that label,
    precision over the found rows with it (a found quote of another label that matches a gold row
    of this one counts toward recall only), speaker accuracy on the gold rows matched.

    >>> gold = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 20], "end": [10, 30], "form": ["verb", "nominal"],
    ...                      "speaker_id": ["X", "X"], "speaker_type": ["person"] * 2})
    >>> pred = pd.DataFrame({"article_id": ["a"], "start": [2], "end": [9], "form": ["verb"],
    ...                      "speaker_id": ["X"], "speaker_type": ["person"]})
    >>> _group_scores(gold, pred, [(0, 0)], "form", "nominal", {})["recall"]
    0.0
    >>> _group_scores(gold, pred, [(0, 0)], "form", "verb", {})["f1"]
    1.0
    """
    g = set(gold.index[gold[column] == value])
    p = set(pred.index[pred[column] == value])
    recalled = [(gi, pi) for gi, pi in pairs if gi in g]
    precise = sum(1 for _, pi in pairs if pi in p)
    precision = precise / len(p) if p else 0.0
    recall = len(recalled) / len(g) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    speaker = sum(same_speaker(gold.loc[gi], pred.loc[pi], names) for gi, pi in recalled)
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "speaker_accuracy": round(speaker / len(recalled), 3) if recalled else float("nan"),
            "gold": len(g), "found": len(p), "matched": len(recalled)}


def _hedges(corpus: Corpus, gold: pd.DataFrame, errors: bool) -> pd.DataFrame:
    from .hedges import find_hedges
    from .quotes import find_quotes

    quotes = find_quotes(corpus.articles)
    pred = to_raw(find_hedges(corpus.articles, quotes), corpus)
    pairs = match_spans(gold, pred, lambda g, p: g["category"] == p["category"])
    if errors:
        return _errors(corpus, gold, pred, pairs, "category")
    groups = [("category", "hedge"), ("category", "booster"), ("", "all")]
    if "subcategory" in gold:  # one column per kind of hedge, where the gold says it
        groups += [("subcategory", s) for s in HEDGE_SUBCATEGORIES]
    metrics = {name: _hedge_scores(gold, pred, pairs, column, name) for column, name in groups}
    metrics["all"] = prf(len(gold), len(pred), len(pairs)) | score_intervals(corpus, gold, pred, pairs) | metrics["all"]
    traps = gold.attrs.get("traps")
    if traps is not None:
        metrics["all"] |= trap_silence(traps[traps["article_id"].isin(set(corpus.articles["article_id"]))], pred)
    return _metrics_table(metrics)


# The kinds of hedge scored on their own (docs/guidelines.md); boosters have one kind, the column booster.
HEDGE_SUBCATEGORIES = ("epistemic_modal", "epistemic_adjective", "approximator", "vagueness", "attribution_shield")


def _hedge_scores(gold: pd.DataFrame, pred: pd.DataFrame, pairs, column: str, value: str) -> dict[str, float]:
    """Precision, recall, F1 and voice accuracy of the gold and predicted rows whose ``column``
    is ``value`` (all rows when ``column`` is empty); a pair counts when both its rows do.

    >>> gold = pd.DataFrame({"subcategory": ["approximator", "vagueness"], "voice": ["author", "author"]})
    >>> pred = pd.DataFrame({"subcategory": ["approximator", "approximator"], "voice": ["author", "quoted"]})
    >>> _hedge_scores(gold, pred, [(0, 0), (1, 1)], "subcategory", "approximator")["precision"]
    0.5
    """
    g = set(gold.index) if not column else set(gold.index[gold[column] == value])
    p = set(pred.index) if not column else set(pred.index[pred[column] == value])
    mine = [(gi, pi) for gi, pi in pairs if gi in g and pi in p]
    voice = sum(gold.loc[gi, "voice"] == pred.loc[pi, "voice"] for gi, pi in mine)
    if not g and not p:  # nothing to score: no kind of this hedge in the gold, none found
        return dict.fromkeys(("precision", "recall", "f1", "voice_accuracy", "recall_with_voice"),
                             float("nan")) | {"gold": 0, "found": 0}
    return prf(len(g), len(p), len(mine)) | {
        "voice_accuracy": round(voice / len(mine), 3) if mine else 0.0,
        "recall_with_voice": round(voice / len(g), 3) if g else 0.0,  # found, and in the right voice
        "gold": len(g), "found": len(p)}


def trap_silence(traps: pd.DataFrame, pred: pd.DataFrame) -> dict[str, float]:
    """How many traps (words that look like a hedge or booster and are not: يُعد "is", negated
    possibility, a refuted belief ...) the hedges leave alone: ``traps`` and ``traps_silent``, the
    share with no hedge or booster found over them.

    >>> traps = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 10], "end": [4, 14]})
    >>> trap_silence(traps, pd.DataFrame({"article_id": ["a"], "start": [11], "end": [13]}))
    {'traps': 2, 'traps_silent': 0.5}
    """
    spans = {k: list(zip(g["start"], g["end"], strict=True)) for k, g in pred.groupby("article_id")}
    fired = sum(any(s < e_trap and e > s_trap for s, e in spans.get(a, []))
                for a, s_trap, e_trap in zip(traps["article_id"], traps["start"], traps["end"], strict=True))
    return {"traps": len(traps), "traps_silent": round(1 - fired / len(traps), 3) if len(traps) else 0.0}


def sentiment_gold(corpus: Corpus, gold: str | Path | None = None) -> pd.DataFrame:
    """The sentiment gold of ``corpus``'s articles as ``framing evaluate sentiment`` reads it: from
    ``gold`` (a folder or a TSV; by default the bundled seeds' gold), with the actors' names of the
    actor gold beside it attached (for :func:`match_sentiment`)."""
    table = load_gold("sentiment", gold)
    table.attrs["actor_names"] = _actor_names_beside(gold)
    return _gold_of(table, corpus)


def match_sentiment(gold: pd.DataFrame, found: pd.DataFrame) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index) of the evaluations found (raw offsets: see
    :func:`to_raw`) that match gold ones, as ``framing evaluate sentiment`` counts them: the spans
    overlap, the polarities agree and the found target names the gold target (:func:`same_actor`,
    with the names :func:`sentiment_gold` attaches). Precision is ``len(pairs) / len(found)``,
    recall ``len(pairs) / len(gold)`` (:func:`prf`).

    >>> g = pd.DataFrame({"article_id": ["a"], "start": [0], "end": [9], "target_id": ["Russia"],
    ...                   "polarity": ["negative"]})
    >>> f = pd.DataFrame({"article_id": ["a", "a"], "start": [2, 2], "end": [5, 5], "target_id": ["Russia"] * 2,
    ...                   "polarity": ["positive", "negative"]})
    >>> match_sentiment(g, f)
    [(0, 1)]
    """
    names = actor_names(gold)

    def same(g, p) -> bool:
        return g["polarity"] == p["polarity"] and same_actor(gold_actor(names, g["article_id"], g["target_id"]), p["target_id"])

    return match_spans(gold, found, same)


def _sentiment(corpus: Corpus, gold: pd.DataFrame, errors: bool) -> pd.DataFrame:
    from .sentiment import find_sentiment

    pred = to_raw(find_sentiment(corpus.articles), corpus)
    names = actor_names(gold)
    pairs = match_sentiment(gold, pred)
    if errors:
        return _errors(corpus, gold, pred, pairs, "target_id", _why_sentiment(corpus, gold, pred, names))
    right = [same_actor(gold_actor(names, gold.loc[g, "article_id"], gold.loc[g, "source_id"]), str(pred.loc[p, "source_id"]))
             for g, p in pairs]
    by_head = sum(ok or same_description(str(gold.loc[g, "source_id"]), str(pred.loc[p, "source_id"]))
                  for ok, (g, p) in zip(right, pairs, strict=True))
    all_ = prf(len(gold), len(pred), len(pairs)) | score_intervals(corpus, gold, pred, pairs) | {
        "source_accuracy": round(sum(right) / len(pairs), 3) if pairs else 0.0,
        "source_accuracy_by_head": round(by_head / len(pairs), 3) if pairs else 0.0,
        "gold": len(gold), "found": len(pred)}
    return _metrics_table({"all": all_ | _recall_by_kind(gold, {g for g, _ in pairs})})


def same_description(gold_source: str, found_source: str) -> bool:
    """Whether a found source that names no actor (an anonymous source, a document: مصدر، البيان)
    is the gold one by its head: the words of one begin the other's (مصدر in مصدر في المقاومة،
    البيان in البيان الختامي، قيادي in قيادي في حركة حماس، طلب عدم ذكر اسمه), as a quote's speaker
    with no actor id is right by its kind (:func:`same_speaker`). ``source_accuracy_by_head`` counts
    these too; ``source_accuracy`` does not.

    >>> same_description("مصدر في المقاومة", "مصدر"), same_description("البيان", "البيان الختامي")
    (True, True)
    >>> same_description("مصادر أوروبية", "author"), same_description("Iran", "Iran"), same_description("البيان", "القادة")
    (False, False, False)
    """
    gold_words, found_words = fold_words(gold_source.replace("،", " ")), fold_words(found_source.replace("،", " "))
    if not gold_words or not found_words or not _arabic(gold_words[0]) or not _arabic(found_words[0]):
        return False
    shorter = min(len(gold_words), len(found_words))
    return gold_words[:shorter] == found_words[:shorter]


def _arabic(word: str) -> bool:
    """Whether a word is written in Arabic letters (a description in the text, not an actor id)."""
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _recall_by_kind(gold: pd.DataFrame, matched: set) -> dict[str, float]:
    """Recall of the clear evaluations (``debatable`` = no) and of the explicit and implicit ones,
    where the gold says so.

    >>> g = pd.DataFrame({"debatable": ["no", "yes", "no"], "explicitness": ["explicit", "implicit", "implicit"]})
    >>> _recall_by_kind(g, {0, 1})
    {'recall_clear': 0.5, 'recall_explicit': 1.0, 'recall_implicit': 0.5}
    """
    out = {}
    parts = [("recall_clear", "debatable", "no"), ("recall_explicit", "explicitness", "explicit"),
             ("recall_implicit", "explicitness", "implicit")]
    for name, column, value in parts:
        if column in gold:
            rows = gold.index[gold[column].astype(str) == value]
            out[name] = round(len(matched.intersection(rows)) / len(rows), 3) if len(rows) else 0.0
    return out


# ---------------------------------------------------------------------------------------------
# Statements: which quotes of an event report the same statement, and how each renders it


def load_statement_gold(gold: str | Path | None) -> pd.DataFrame:
    """The gold quotes of a statement annotation (``quotes.tsv``) with their statement
    (``statements.tsv``: ``article_id, quote_id, statement_id, reference, rendering, note``),
    from a folder holding both (or the folder of one of them)."""
    folder = _gold_folder(gold)
    if folder is None:
        from .errors import InputError

        raise InputError(None, "framing evaluate statements needs --gold FOLDER (quotes.tsv and statements.tsv)")
    quotes = load_gold("quotes", folder / "quotes.tsv")
    labels = read_tsv(folder / "statements.tsv", required=["article_id", "quote_id", "statement_id", "rendering"])
    labels = labels.drop(columns="line").drop_duplicates(["article_id", "quote_id"])
    table = quotes.merge(labels[["article_id", "quote_id", "statement_id", "rendering"]], on=["article_id", "quote_id"],
                         how="inner")
    return table.assign(rendering=table["rendering"].fillna("").astype(str)).reset_index(drop=True)


def cross_outlet_links(article_ids, events, groups) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, of rows in different articles of one event that share a group.

    >>> sorted(cross_outlet_links(["a", "b", "a", "c"], ["e", "e", "e", "f"], ["S1", "S1", "S1", "S1"]))
    [(0, 1), (1, 2)]
    """
    by_group: dict[tuple[str, str], list[int]] = {}
    for i, (event, group) in enumerate(zip(events, groups, strict=True)):
        if event and isinstance(group, str) and group and group != "nan":
            by_group.setdefault((event, group), []).append(i)
    ids = list(article_ids)
    return {(i, j) for rows in by_group.values() for n, i in enumerate(rows) for j in rows[n + 1:] if ids[i] != ids[j]}


def _link_scores(gold_links: set, pred_links: set, pred_to_gold: dict[int, int]) -> dict[str, float]:
    """Precision, recall and F1 of predicted links against gold links, through the matched quotes.

    Precision is over the predicted links whose two quotes match gold quotes (a link to a quote
    the gold does not have is counted apart, ``links_outside_gold``)."""
    mapped = {tuple(sorted((pred_to_gold[i], pred_to_gold[j]))) for i, j in pred_links
              if i in pred_to_gold and j in pred_to_gold}
    outside = sum(1 for i, j in pred_links if i not in pred_to_gold or j not in pred_to_gold)
    hits = len(mapped & gold_links)
    return prf(len(gold_links), len(mapped), hits) | {"gold_links": len(gold_links), "found_links": len(mapped),
                                                    "links_outside_gold": outside}


def statement_scores(corpus: Corpus, gold: str | Path | None, **options) -> pd.DataFrame:
    """Scores of :func:`framing.statements.align_statements` on an annotated corpus.

    Two gold quotes in different articles of one event are linked when they share a
    ``statement_id``; a found quote stands for the gold quote its span overlaps in the same
    article (:func:`match_spans`). Columns: ``statements`` (the toolkit) and ``baseline`` (all
    quotes of one speaker id in one event are one statement). Rows: link ``precision, recall,
    f1``, the counts, and for each rendering tag its accuracy over the matched gold quotes of
    statements carried more than once (with the gold and found counts of the tag). ``options``
    go to :func:`~framing.statements.align_statements` (``threshold``, ``loose_penalty``).
    """
    from .pipeline import Analyzer
    from .statements import TAGS, align_statements

    articles = corpus.articles
    gold_table = load_statement_gold(gold)
    gold_table = gold_table[gold_table["article_id"].isin(set(articles["article_id"]))].reset_index(drop=True)
    event_of = dict(zip(articles["article_id"], articles["event"].fillna("").astype(str), strict=True))
    tables = options.pop("tables", None) or Analyzer().analyze(articles)
    aligned = align_statements(tables["quotes"], articles, hedges=tables["hedges"], mentions=tables["mentions"],
                               **options)
    pred = to_raw(aligned, corpus, (("start", "end"), ("cue_start", "cue_end")))
    pairs = match_spans(gold_table, pred)
    pred_to_gold = {p: g for g, p in pairs}
    gold_links = cross_outlet_links(gold_table["article_id"], gold_table["article_id"].map(event_of),
                                     gold_table["statement_id"].astype(str))
    baseline_groups = [str(s) if isinstance(s, str) and s else f"_{i}" for i, s in enumerate(pred["speaker_id"])]
    columns = {}
    for name, groups in (("statements", pred["statement_id"]), ("baseline", baseline_groups)):
        links = cross_outlet_links(pred["article_id"], pred["event"], list(groups))
        columns[name] = _link_scores(gold_links, links, pred_to_gold) | {
            "gold_quotes": len(gold_table), "matched_quotes": len(pairs)}
    sizes = gold_table["statement_id"].astype(str).map(gold_table["statement_id"].astype(str).value_counts())
    shared = [(g, p) for g, p in pairs if sizes.iat[g] > 1]
    for tag in TAGS:
        truth = [tag in gold_table.at[g, "rendering"].replace(" ", "").split(",") for g, _ in shared]
        found = [tag in str(pred.at[p, "rendering"]).split(",") for _, p in shared]
        right = sum(t == f for t, f in zip(truth, found, strict=True))
        columns["statements"] |= {f"{tag}_accuracy": round(right / len(shared), 3) if shared else float("nan"),
                                  f"{tag}_gold": sum(truth), f"{tag}_found": sum(found)}
    return _metrics_table(columns)
