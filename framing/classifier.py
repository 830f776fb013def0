"""A trainable, target-dependent sentiment classifier beside the lexicon scorer.

The unit is a (sentence, target) pair: does the sentence present the target actor positively,
negatively, or neither? Inputs are DataFrames with the columns ``sentence`` and ``target`` (an
actor id of the gazetteer), and optionally ``date`` (ISO, to resolve titles such as الرئيس
الفرنسي) and ``article_id`` (carried along, not used). The target is located in the sentence with
the gazetteer (:func:`framing.actors.mentions_in`: names, titles, demonyms and metonyms of that
actor id); a target the gazetteer cannot find in the sentence gets the "not found" features only.

* :class:`LexiconFeatures` turns pairs into lexicon features (scikit-learn transformer);
* :class:`TargetMasker` gives the sentence with the target's mentions replaced by ``@`` and the
  other actors' by ``#``, for character n-grams that learn the context, not the names;
* :class:`TargetSentimentClassifier` is ``ColumnTransformer(LexiconFeatures + TfidfVectorizer of
  the masked sentence) -> LogisticRegression(class_weight="balanced", random_state=0)``. It is
  saved as plain JSON (vocabulary, idf, coefficients, parameters): loading never runs code and
  never unpickles anything;
* :class:`ClassifierScorer` plugs a trained classifier into :func:`framing.sentiment.find_sentiment`;
* :func:`cross_validate_sentiment` compares the classifier with the lexicon alone on annotated
  pairs (``framing sentiment-cv``); ``framing train-sentiment`` trains and saves a model.

The three estimators keep scikit-learn's contract (``parametrize_with_checks`` runs on each in the
tests). Their tags declare text input (``input_tags.string``): a pair is a row of text cells, and a
cell that is not text is read as its text (``str``). A DataFrame with string column names is read
by name (other columns are not used, as in a ColumnTransformer); an array by position (sentence,
target, then date); ``fit`` records ``n_features_in_`` (and ``feature_names_in_``) and later calls
check them. A missing sentence or target is an error, a missing date is no date. The classifier's
labels keep their type: numeric labels give numeric ``classes_`` and predictions.

>>> pairs = pd.DataFrame({"sentence": ["روسيا لا تريد السلام", "أوكرانيا ترغب في السلام"],
...                       "target": ["Russia", "Ukraine"]})
>>> features = LexiconFeatures().fit(pairs)
>>> dict(zip(features.get_feature_names_out(), features.transform(pairs)[0]))["lexicon_negative"]
np.float64(2.0)
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import Pipeline
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_array, check_is_fitted, column_or_1d, validate_data
from threadpoolctl import threadpool_limits

from .actors import documents
from .errors import InputError
from .lexicon import read_tsv
from .output import write_atomic
from .sentiment import SentimentScorer, load_modifiers, load_sentiment_lexicon
from .text import Document

LABELS = ("negative", "neutral", "positive")
INPUT_COLUMNS = ["sentence", "target", "date"]
FEATURE_NAMES = [
    "target_found", "n_actors", "positive_cues", "negative_cues", "positive_strength", "negative_strength",
    "positive_near", "negative_near", "negated_cues", "negated_near", "intensified_cues", "cue_proximity",
    "target_before_cue", "target_governed", "lexicon_positive", "lexicon_negative", "lexicon_other_actors",
]
MODEL_FORMAT = "framing-sentiment-classifier"
MODEL_VERSION = 1
TARGET_MASK, OTHER_MASK = "@", "#"


# ---------------------------------------------------------------------------------------------
# Shared resources (loaded once per file, never learned)


@lru_cache(maxsize=8)
def _gazetteer(path: str | None):
    from .actors import load_gazetteer

    return load_gazetteer(path)


@lru_cache(maxsize=8)
def _scorer(lexicon: str | None, modifiers: str | None, gazetteer: str | None) -> SentimentScorer:
    return SentimentScorer(load_sentiment_lexicon(lexicon), load_modifiers(modifiers), _gazetteer(gazetteer))


@lru_cache(maxsize=50_000)
def _sentence_mentions(gazetteer: str | None, sentence: str, date: str) -> tuple[dict, ...]:
    """The actor mentions of one sentence (cached: every feature of a pair needs them)."""
    from .actors import mentions_in

    return tuple(mentions_in(Document("pair", sentence, date or None), _gazetteer(gazetteer)))


def _feature_names(X) -> list[str] | None:
    """The column names of a DataFrame whose names are all strings, else None (scikit-learn's
    rule: a DataFrame with integer column names, or an array, has no feature names)."""
    if isinstance(X, pd.DataFrame) and len(X.columns) and all(isinstance(c, str) for c in X.columns):
        return [str(c) for c in X.columns]
    return None


def _validated_pairs(estimator, X, y="no_validation", *, reset: bool) -> pd.DataFrame:
    """Pairs checked as scikit-learn checks an input, as a DataFrame of strings with the columns
    ``sentence, target, date`` (no date: ``""``).

    The columns are found by name in a DataFrame with string column names (``sentence``,
    ``target``, optionally ``date``; other columns are carried along and not used) and by position
    otherwise (sentence, target, then date; further columns are not used). ``fit`` (``reset=True``) records
    ``n_features_in_`` and, for named columns, ``feature_names_in_``. Later, a DataFrame with named
    columns is read by name, as :class:`~sklearn.compose.ColumnTransformer` reads one (other columns
    or another order are fine); any other input must have ``n_features_in_`` columns, read with
    the names seen in ``fit`` when there were any. Sparse, complex, empty or 1-D input raises
    scikit-learn's errors; a missing (NaN, None) or infinite sentence or target raises a ValueError,
    and a missing date is read as no date.

    >>> est = TargetMasker()
    >>> _validated_pairs(est, [["روسيا لا تريد السلام", "Russia"]], reset=True).values.tolist()
    [['روسيا لا تريد السلام', 'Russia', '']]
    >>> est.n_features_in_
    2
    >>> _validated_pairs(est, [["روسيا لا تريد السلام", "Russia", "2025-09-04"]], reset=False)
    Traceback (most recent call last):
    ...
    ValueError: X has 3 features, but TargetMasker is expecting 2 features as input.
    """
    names = _feature_names(X)
    fitted_names = None if reset else getattr(estimator, "feature_names_in_", None)
    values = None
    if not isinstance(X, pd.DataFrame):
        if not sp.issparse(X) and not hasattr(X, "dtype"):
            X = np.asarray(X, dtype=object)  # rows of cells: each cell stays as it is
        values = _checked_cells(estimator, X, reset=reset)
    if names is None or fitted_names is None:  # records (fit) or checks (later) the columns
        validate_data(estimator, X, y, reset=reset, skip_check_array=True)
    if names is None and fitted_names is not None:
        names = [str(c) for c in fitted_names]
    if names is not None:
        missing = [c for c in ("sentence", "target") if c not in names]
        if missing:
            raise ValueError(f"pairs lack column {missing[0]!r} (need sentence, target; date is optional)")
        keep = [names.index(c) for c in INPUT_COLUMNS if c in names]
        values = _checked_cells(estimator, X.iloc[:, keep], reset=reset) if values is None else values[:, keep]
        names = [names[i] for i in keep]
    elif values is None:
        values = _checked_cells(estimator, X, reset=reset)
    return _pairs_of(values, names)


def _checked_cells(estimator, X, *, reset: bool) -> np.ndarray:
    """scikit-learn's errors for sparse, complex, empty and 1-D input (dtype=None: the cells are
    text, not numbers to convert). A fit needs two columns at least; later, the width is checked
    against ``n_features_in_`` instead, with scikit-learn's message."""
    return check_array(X, dtype=None, ensure_all_finite=False, ensure_min_features=2 if reset else 1,
                       estimator=estimator)


def _pairs_of(values: np.ndarray, names: list[str] | None) -> pd.DataFrame:
    """The validated cells as ``sentence, target, date`` strings (by position when unnamed)."""
    if names is None:
        names = INPUT_COLUMNS[: min(values.shape[1], 3)]
        values = values[:, : len(names)]
    frame = pd.DataFrame(np.asarray(values, dtype=object), columns=names)
    for column in INPUT_COLUMNS:
        if column not in frame:
            continue
        cells = frame[column].to_numpy(dtype=object)
        absent = pd.isna(cells) if column != "date" else np.zeros(len(cells), dtype=bool)
        infinite = [isinstance(v, (float, np.floating)) and bool(np.isinf(v)) for v in cells]
        bad = np.flatnonzero(absent | np.asarray(infinite, dtype=bool))
        if len(bad):
            value = "inf" if infinite[bad[0]] else "NaN"
            raise ValueError(f"pairs have a missing or infinite {column} ({value}) in row {int(bad[0])}")
    date = frame["date"] if "date" in frame else pd.Series([""] * len(frame), index=frame.index)
    return pd.DataFrame({
        "sentence": frame["sentence"].astype(str).to_numpy(),
        "target": frame["target"].astype(str).to_numpy(),
        "date": date.fillna("").astype(str).to_numpy(),
    })


# ---------------------------------------------------------------------------------------------
# Transformers


class LexiconFeatures(TransformerMixin, BaseEstimator):
    """Lexicon features of (sentence, target) pairs.

    Parameters
    ----------
    lexicon, modifiers, gazetteer:
        Paths of a sentiment lexicon, a modifier list and a gazetteer (default: the bundled ones).
    window:
        Tokens between a cue and a target mention within which the cue counts as *near*.

    Features (:meth:`get_feature_names_out`): whether the target was found; the number of
    actors in the sentence; counts and summed strengths of positive and negative cues in the
    sentence and near the target; negated and intensified cues; ``cue_proximity`` =
    1 / (1 + tokens between the nearest cue and target); whether the nearest target mention is
    before that cue in the same clause (a subject); whether a preposition governs the target;
    and the lexicon scorer's own verdicts: summed positive and negative evaluations of the
    target, and of the other actors.

    Learns nothing but the input's width (the resources are loaded in ``fit``).
    """

    def __init__(self, lexicon=None, modifiers=None, gazetteer=None, window=5):
        self.lexicon = lexicon
        self.modifiers = modifiers
        self.gazetteer = gazetteer
        self.window = window

    def __sklearn_tags__(self):
        return _text_pair_tags(super().__sklearn_tags__())

    def fit(self, X, y=None):
        _validated_pairs(self, X, reset=True)
        self.scorer_ = _scorer(_key(self.lexicon), _key(self.modifiers), _key(self.gazetteer))
        return self

    def transform(self, X):
        check_is_fitted(self, "scorer_")
        pairs = _validated_pairs(self, X, reset=False)
        rows = [self._features(s, t, d) for s, t, d in zip(pairs["sentence"], pairs["target"], pairs["date"], strict=True)]
        return np.asarray(rows, dtype=float).reshape(len(rows), len(FEATURE_NAMES))

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "scorer_")
        return np.asarray(FEATURE_NAMES, dtype=object)

    def _features(self, sentence: str, target: str, date: str) -> list[float]:
        from .sentiment import _break_between

        doc = Document("pair", sentence, date or None)
        mentions = list(_sentence_mentions(_key(self.gazetteer), sentence, date))
        cues = self.scorer_.cues(doc)
        ctx = self.scorer_.context(doc, mentions, (), cues)
        mine = [m for m in ctx.mentions if m["actor_id"] == target]
        f = dict.fromkeys(FEATURE_NAMES, 0.0)
        f["target_found"] = float(bool(mine))
        f["n_actors"] = float(len({m["actor_id"] for m in ctx.mentions}))
        f["target_governed"] = float(any(m["governed"] for m in mine))
        nearest = None  # (distance, cue, mention)
        for cue in cues:
            kind = "positive" if cue.sign > 0 else "negative"
            f[f"{kind}_cues"] += 1
            f[f"{kind}_strength"] += abs(cue.score)
            f["negated_cues"] += cue.negated
            f["intensified_cues"] += cue.weight != 1.0
            for m in mine:
                distance = max(m["first_token"] - cue.last, cue.first - m["last_token"], 0)
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, cue, m)
                if distance <= self.window:
                    f[f"{kind}_near"] += abs(cue.score)
                    f["negated_near"] += cue.negated
        if nearest is not None:
            distance, cue, m = nearest
            f["cue_proximity"] = 1.0 / (1.0 + distance)
            f["target_before_cue"] = float(m["last_token"] < cue.first and not any(
                _break_between(doc, k, k + 1) for k in range(m["last_token"], cue.first)))
        for cue in cues:
            for actor, _, _ in self.scorer_.resolve(ctx, cue):
                if actor == target:
                    f["lexicon_positive" if cue.sign > 0 else "lexicon_negative"] += abs(cue.score)
                else:
                    f["lexicon_other_actors"] += abs(cue.score)
        return [f[name] for name in FEATURE_NAMES]


class TargetMasker(TransformerMixin, BaseEstimator):
    """The sentence of each pair with the target's mentions replaced by ``@`` and every other
    actor's by ``#`` (a 1-D array of strings, the input of a text vectoriser).

    >>> TargetMasker().fit_transform(pd.DataFrame({"sentence": ["بوتين يستخف بالغرب"], "target": ["Vladimir Putin"]}))
    array(['@ يستخف ب#'], dtype=object)
    """

    def __init__(self, gazetteer=None):
        self.gazetteer = gazetteer

    def __sklearn_tags__(self):
        tags = _text_pair_tags(super().__sklearn_tags__())
        tags.transformer_tags.preserves_dtype = []  # the output is text, whatever the input's dtype
        return tags

    def fit(self, X, y=None):
        _validated_pairs(self, X, reset=True)  # learns the input's width (and column names)
        return self

    def transform(self, X):
        check_is_fitted(self, "n_features_in_")
        pairs = _validated_pairs(self, X, reset=False)
        return np.asarray([self._mask(s, t, d) for s, t, d in zip(pairs["sentence"], pairs["target"], pairs["date"], strict=True)],
                          dtype=object)

    def _mask(self, sentence: str, target: str, date: str) -> str:
        out, last = [], 0
        for m in sorted(_sentence_mentions(_key(self.gazetteer), sentence, date), key=lambda m: m["start"]):
            if m["start"] < last:
                continue
            out.append(sentence[last : m["start"]])
            out.append(TARGET_MASK if m["actor_id"] == target else OTHER_MASK)
            last = m["end"]
        out.append(sentence[last:])
        return "".join(out)


def _text_pair_tags(tags):
    """Estimator tags of a model of (sentence, target) pairs: a 2-D input of text cells."""
    tags.input_tags.string = True
    return tags


def _key(path) -> str | None:
    return None if path is None else str(path)


# ---------------------------------------------------------------------------------------------
# The classifier


class TargetSentimentClassifier(ClassifierMixin, BaseEstimator):
    """Target-dependent polarity (negative / neutral / positive) of (sentence, target) pairs.

    ``pipeline_`` is ``Pipeline([("features", ColumnTransformer([("lexicon", LexiconFeatures),
    ("text", TargetMasker -> TfidfVectorizer(char_wb n-grams))])), ("model",
    LogisticRegression(class_weight="balanced", random_state=0))])``.

    Parameters: ``C`` (inverse regularisation of the logistic regression), ``ngram_range``,
    ``min_df`` and ``max_features`` (of the character n-gram vectoriser), ``window`` (of
    :class:`LexiconFeatures`) and the resource paths ``lexicon``, ``modifiers``, ``gazetteer``.
    """

    def __init__(self, C=10.0, ngram_range=(2, 5), min_df=1, max_features=20000, text_weight=1.0, window=5,
                 lexicon=None, modifiers=None, gazetteer=None):
        self.C = C
        self.text_weight = text_weight
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.window = window
        self.lexicon = lexicon
        self.modifiers = modifiers
        self.gazetteer = gazetteer

    def _build(self, vocabulary: dict | None = None) -> Pipeline:
        text = Pipeline([
            ("mask", TargetMasker(gazetteer=self.gazetteer)),
            ("tfidf", TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.ngram_range), min_df=self.min_df,
                                      max_features=self.max_features, sublinear_tf=True, vocabulary=vocabulary)),
        ])
        features = ColumnTransformer([
            ("lexicon", LexiconFeatures(self.lexicon, self.modifiers, self.gazetteer, self.window), INPUT_COLUMNS),
            ("text", text, INPUT_COLUMNS),
        ], sparse_threshold=1.0, transformer_weights={"text": float(self.text_weight)})
        model = LogisticRegression(C=self.C, class_weight="balanced", random_state=0, max_iter=5000)
        return Pipeline([("features", features), ("model", model)])

    def __sklearn_tags__(self):
        return _text_pair_tags(super().__sklearn_tags__())

    def fit(self, X, y):
        """Fit on pairs and their labels, of any type (``classes_`` and predictions keep it)."""
        pairs = _validated_pairs(self, X, y, reset=True)
        labels = column_or_1d(y, warn=True)
        if len(labels) != len(pairs):
            raise ValueError(f"{len(pairs)} pairs but {len(labels)} labels")
        check_classification_targets(labels)
        with threadpool_limits(limits=1, user_api="blas"):  # small problems: threads only contend
            self.pipeline_ = self._build().fit(pairs, labels)
        self.classes_ = self.pipeline_.classes_
        return self

    def predict(self, X):
        check_is_fitted(self, "pipeline_")
        return self.pipeline_.predict(_validated_pairs(self, X, reset=False))

    def predict_proba(self, X):
        check_is_fitted(self, "pipeline_")
        return self.pipeline_.predict_proba(_validated_pairs(self, X, reset=False))

    # -- plain-JSON persistence ------------------------------------------------------------

    def to_json(self) -> str:
        """The fitted model as JSON text (sorted keys: byte-stable for the same model)."""
        check_is_fitted(self, "pipeline_")
        tfidf = self.pipeline_.named_steps["features"].named_transformers_["text"].named_steps["tfidf"]
        model = self.pipeline_.named_steps["model"]
        params = self.get_params()
        params["ngram_range"] = list(params["ngram_range"])
        classes = [c.item() if isinstance(c, np.generic) else c for c in model.classes_]  # JSON keeps numbers numbers
        if not all(isinstance(c, (str, int, float)) for c in classes):
            raise ValueError(f"only labels that are text or numbers can be saved, not {classes!r}")
        document = {
            "format": MODEL_FORMAT,
            "version": MODEL_VERSION,
            "params": params,
            "lexicon_features": FEATURE_NAMES,
            "vocabulary": {term: int(i) for term, i in tfidf.vocabulary_.items()},
            "idf": [float(v) for v in tfidf.idf_],
            "classes": classes,
            "coef": [[float(v) for v in row] for row in model.coef_],
            "intercept": [float(v) for v in model.intercept_],
        }
        return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"

    def save(self, path: str | Path) -> Path:
        """Write the model as JSON, atomically."""
        return write_atomic(path, self.to_json())

    @classmethod
    def load(cls, path: str | Path) -> TargetSentimentClassifier:
        """Rebuild a saved model from its JSON file (no code is executed, nothing unpickled)."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(path, "no such model file") from None
        except (UnicodeDecodeError, IsADirectoryError):
            raise InputError(path, "not a JSON model file") from None
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not valid JSON: {exc.msg}", line=exc.lineno) from None
        return cls.from_dict(document, source=path)

    @classmethod
    def from_dict(cls, document, *, source: str | Path | None = None) -> TargetSentimentClassifier:
        """Rebuild a model from the parsed JSON of :meth:`to_json`."""
        if not isinstance(document, dict) or document.get("format") != MODEL_FORMAT:
            raise InputError(source, f"not a {MODEL_FORMAT} model")
        if document.get("version") != MODEL_VERSION:
            raise InputError(source, f"model version {document.get('version')!r} is not {MODEL_VERSION}")
        try:
            params = dict(document["params"])
            params["ngram_range"] = tuple(params["ngram_range"])
            vocabulary = {str(k): int(v) for k, v in document["vocabulary"].items()}
            idf = np.asarray(document["idf"], dtype=float)
            classes = _saved_classes(document["classes"])
            coef = np.asarray(document["coef"], dtype=float)
            intercept = np.asarray(document["intercept"], dtype=float)
            names = list(document["lexicon_features"])
            clf = cls(**params)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(source, f"malformed model ({type(exc).__name__}: {exc})") from None
        n_features = len(FEATURE_NAMES) + len(vocabulary)
        if names != FEATURE_NAMES:
            raise InputError(source, "the model's lexicon features differ from this version's")
        if sorted(vocabulary.values()) != list(range(len(vocabulary))) or idf.shape != (len(vocabulary),):
            raise InputError(source, "malformed model: vocabulary and idf do not agree")
        rows = 1 if len(classes) == 2 else len(classes)
        if coef.shape != (rows, n_features) or intercept.shape != (rows,):
            raise InputError(source, f"malformed model: coef has shape {coef.shape}, expected ({rows}, {n_features})")
        pipeline = clf._build(vocabulary=vocabulary)
        features = pipeline.named_steps["features"]
        # The column transformer learns no state of its own: fitting it on an empty-looking row
        # sets up its structure; the vectoriser's idf is then the saved one.
        features.fit(pd.DataFrame({c: [""] for c in INPUT_COLUMNS}))
        features.named_transformers_["text"].named_steps["tfidf"].idf_ = idf
        model = pipeline.named_steps["model"]
        model.classes_, model.coef_, model.intercept_ = classes, coef, intercept
        model.n_features_in_ = n_features
        model.n_iter_ = np.zeros(1, dtype=np.int32)
        clf.pipeline_ = pipeline
        clf.classes_ = classes
        clf.n_features_in_ = len(INPUT_COLUMNS)
        clf.feature_names_in_ = np.asarray(INPUT_COLUMNS, dtype=object)
        return clf


def _saved_classes(labels) -> np.ndarray:
    """The classes of a saved model with the type of the labels it was fitted on: text as an object
    array (as a fitted model has them), numbers as a numeric array.

    >>> _saved_classes(["negative", "neutral", "positive"])
    array(['negative', 'neutral', 'positive'], dtype=object)
    >>> _saved_classes([-1, 0, 1]).tolist()
    [-1, 0, 1]
    """
    if not isinstance(labels, list) or not labels or not all(isinstance(c, (str, int, float)) for c in labels):
        raise ValueError("classes are not a list of text or numbers")
    return np.asarray(labels, dtype=object if any(isinstance(c, str) for c in labels) else None)


# ---------------------------------------------------------------------------------------------
# Annotations, training and evaluation


def read_pairs(path: str | Path | None = None) -> pd.DataFrame:
    """An annotation TSV of (sentence, target, polarity) pairs (default: the bundled
    ``framing/data/gold/sentiment_pairs.tsv``); ``article_id`` and ``date`` columns are optional."""
    table = read_tsv(path or "gold/sentiment_pairs.tsv", required=["sentence", "target", "polarity"],
                     choices={"polarity": set(LABELS)})
    empty = table[(table["sentence"] == "") | (table["target"] == "")]
    if len(empty):
        raise InputError(path or "framing/data/gold/sentiment_pairs.tsv", "empty sentence or target",
                         line=int(empty["line"].iloc[0]))
    return table.drop(columns="line")


def train_sentiment(pairs: pd.DataFrame, **params) -> TargetSentimentClassifier:
    """A :class:`TargetSentimentClassifier` fitted on annotated pairs."""
    return TargetSentimentClassifier(**params).fit(pairs, pairs["polarity"])


def lexicon_pair_polarity(pairs: pd.DataFrame, *, lexicon=None, modifiers=None, gazetteer=None) -> np.ndarray:
    """The lexicon scorer's verdict on each pair: the sign of the summed scores of its
    evaluations of the target in the sentence (``neutral`` when there are none).

    >>> lexicon_pair_polarity(pd.DataFrame({"sentence": ["بوتين لا يمكن الوثوق به"], "target": ["Vladimir Putin"]}))
    array(['negative'], dtype=object)
    """
    features = LexiconFeatures(lexicon, modifiers, gazetteer).fit(pairs).transform(pairs)
    names = list(FEATURE_NAMES)
    net = features[:, names.index("lexicon_positive")] - features[:, names.index("lexicon_negative")]
    return np.where(net > 0, "positive", np.where(net < 0, "negative", "neutral")).astype(object)


def pairs_from_gold(articles: pd.DataFrame, gold: pd.DataFrame, *, mentioned_only: bool = True) -> pd.DataFrame:
    """(sentence, target) pairs from span-level sentiment gold: each evaluated actor in the
    sentence that holds the cue gets the gold polarity (a sentence with both polarities toward one
    actor counts its majority; a tie is left out), and every other actor mentioned in an annotated
    article's sentence is ``neutral``. Offsets are into ``raw_text`` (the gold's), so sentences come
    from the raw text. Columns: ``article_id, date, sentence, target, polarity``.

    The gold names its target as the annotator does; a mention of the same actor in the sentence
    under the gazetteer's id or a discovered name (:func:`framing.evaluate.same_actor`, with the
    names :func:`framing.evaluate.sentiment_gold` attaches) takes the gold polarity under that id,
    so one actor is not both evaluated and ``neutral`` in one sentence. With ``mentioned_only``
    (the default), an evaluation of an actor the sentence does not mention (a pronoun, an actor
    named sentences before) gives no pair: the classifier could not locate its target, and only
    mentioned actors are ever classified (:class:`ClassifierScorer`).

    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"],
    ...     "raw_text": ["روسيا لا تريد السلام. والتقى ماكرون زيلينسكي."]})
    >>> gold = pd.DataFrame({"article_id": ["a"], "start": [6], "end": [20], "target_id": ["Russia"],
    ...     "polarity": ["negative"]})
    >>> pairs_from_gold(arts, gold)[["target", "polarity"]].values.tolist()
    [['Russia', 'negative'], ['Emmanuel Macron', 'neutral'], ['Volodymyr Zelenskyy', 'neutral']]
    """
    from .actors import find_mentions
    from .evaluate import actor_names, gold_actor, same_actor

    raw = articles.assign(text=articles["raw_text"])[["article_id", "date", "text"]]
    raw = raw[raw["article_id"].isin(set(gold["article_id"]))]
    docs = {doc.article_id: doc for doc in documents(raw)}
    mentioned: dict[tuple[str, int], list[str]] = {}
    for m in find_mentions(raw).itertuples(index=False):
        ids = mentioned.setdefault((m.article_id, int(m.sentence_id)), [])
        if str(m.actor_id) not in ids:
            ids.append(str(m.actor_id))
    names = actor_names(gold)
    rows: dict[tuple[str, int, str], list[int]] = {key + (actor,): [] for key, ids in mentioned.items() for actor in ids}
    for g in gold.itertuples(index=False):
        doc = docs.get(g.article_id)
        if doc is None:
            continue
        sid = doc.sentence_id(int(g.start))
        ids = mentioned.get((g.article_id, sid), [])
        target = str(g.target_id)
        if target not in ids:
            actor = gold_actor(names, g.article_id, target)
            target = next((i for i in ids if same_actor(actor, i)), target)
        if mentioned_only and target not in ids:
            continue
        rows.setdefault((g.article_id, sid, target), []).append(1 if g.polarity == "positive" else -1)
    out = []
    for (aid, sid, target), signs in sorted(rows.items()):
        net = sum(signs)
        if signs and net == 0:
            continue
        polarity = "positive" if net > 0 else "negative" if net < 0 else "neutral"
        doc = docs[aid]
        out.append({"article_id": aid, "date": doc.date, "sentence": doc.sentences[sid].text, "target": target,
                    "polarity": polarity})
    return pd.DataFrame(out, columns=["article_id", "date", "sentence", "target", "polarity"])


def rules_pair_polarity(pairs: pd.DataFrame, articles: pd.DataFrame) -> np.ndarray:
    """The verdict of the full rules (:func:`framing.sentiment.find_sentiment`, run on the raw
    texts) on each pair: the sign of the summed scores of the rows that evaluate the target in
    the pair's sentence, else ``neutral``."""
    from .sentiment import find_sentiment

    raw = articles.assign(text=articles["raw_text"])[["article_id", "date", "text"]]
    raw = raw[raw["article_id"].isin(set(pairs["article_id"]))]
    rows = find_sentiment(raw)
    sentences = {doc.article_id: doc for doc in documents(raw)}
    net: dict[tuple[str, str, str], float] = {}
    for r in rows.itertuples(index=False):
        key = (r.article_id, sentences[r.article_id].sentence_of(int(r.start)).text, str(r.target_id))
        net[key] = net.get(key, 0.0) + float(r.score)
    scores = [net.get((a, s, t), 0.0) for a, s, t in zip(pairs["article_id"], pairs["sentence"], pairs["target"],
                                                         strict=True)]
    return np.array(["positive" if x > 0 else "negative" if x < 0 else "neutral" for x in scores], dtype=object)


def cross_validate_sentiment(pairs: pd.DataFrame, n_splits: int = 5, seed: int = 0, *, group: str = "sentence",
                             **params) -> pd.DataFrame:
    """Stratified cross-validated macro-F1 of the classifier, of the lexicon alone and, when the
    pairs have a ``rules`` column (:func:`rules_pair_polarity`), of the full rules.

    Folds are stratified by polarity and grouped by ``group`` (``StratifiedGroupKFold``, shuffled
    with ``seed``): by sentence, no sentence is in both the training and the test part of a fold;
    by ``article_id``, no article is, which is the honest estimate for new articles.
    The lexicon and the rules need no training; they are scored on the same test parts. Columns:
    ``method, macro_f1`` (of the pooled out-of-fold predictions), ``fold_mean, fold_std, pairs,
    splits, grouped_by``.
    """
    pairs = pairs.reset_index(drop=True)
    y = pairs["polarity"].astype(str).to_numpy()
    folds = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    predicted = {"classifier": np.empty(len(pairs), dtype=object), "lexicon": lexicon_pair_polarity(
        pairs, lexicon=params.get("lexicon"), modifiers=params.get("modifiers"), gazetteer=params.get("gazetteer"))}
    if "rules" in pairs:  # the verdicts of the full rules, which need no training either
        predicted["rules"] = pairs["rules"].astype(str).to_numpy(dtype=object)
    scores: dict[str, list[float]] = {method: [] for method in predicted}
    for train, test in folds.split(pairs, y, groups=pairs[group]):
        model = TargetSentimentClassifier(**params).fit(pairs.iloc[train], y[train])
        predicted["classifier"][test] = model.predict(pairs.iloc[test])
        for method in scores:
            scores[method].append(_macro_f1(y[test], predicted[method][test]))
    rows = [{"method": method, "macro_f1": round(_macro_f1(y, predicted[method]), 3),
             "fold_mean": round(float(np.mean(scores[method])), 3), "fold_std": round(float(np.std(scores[method])), 3),
             "pairs": len(pairs), "splits": n_splits, "grouped_by": group} for method in predicted]
    return pd.DataFrame(rows)


def _macro_f1(y_true, y_pred) -> float:
    return float(f1_score(list(y_true), list(y_pred), labels=list(LABELS), average="macro", zero_division=0))


# ---------------------------------------------------------------------------------------------
# The classifier as a scorer of articles


class ClassifierScorer:
    """A trained classifier behind the same ``find`` as :class:`framing.sentiment.SentimentScorer`.

    Every (sentence, actor mentioned in it) pair of a document is classified; a pair whose most
    probable class is positive or negative, with a probability of at least ``min_probability``,
    becomes one row with ``method="classifier"`` and ``score`` = that probability, signed (-0.8:
    negative with probability 0.8). Its ``cue`` and offsets are those of the lexicon cue in the
    sentence with the predicted polarity that is nearest to the target (the words a reader would
    check); a sentence with no such cue gives no row (nothing in it to check). Its source is the
    lexicon's source where the lexicon resolves that cue to the same target (a speech act's
    subject), else the speaker of the quote holding the cue (else of the target's mention), else
    the author. No row makes its source its own target (the speaker of a quote is mentioned in its
    sentence, and the sentence's tone is not his own judgement of himself), except self-praise the
    lexicon itself reads, which the rules keep too.

    ``model`` is a fitted :class:`TargetSentimentClassifier` or the path of a saved one; by
    default a model is trained on the bundled annotated pairs.
    """

    method = "classifier"

    def __init__(self, model: TargetSentimentClassifier | str | Path | None = None, *, min_probability: float = 0.5):
        if not 0 <= min_probability <= 1:
            raise InputError(None, f"min_probability must be between 0 and 1, not {min_probability}")
        if model is None:
            pairs = read_pairs()
            model = train_sentiment(pairs)
        elif not isinstance(model, TargetSentimentClassifier):
            model = TargetSentimentClassifier.load(model)
        self.model = model
        self.min_probability = min_probability
        self.lexicon = _scorer(_key(model.lexicon), _key(model.modifiers), _key(model.gazetteer))

    def find(self, doc: Document, mentions: list[dict], quote_spans) -> list[dict]:
        cues = self.lexicon.cues(doc)
        if not cues:  # a row needs a cue of its polarity
            return []
        ctx = self.lexicon.context(doc, mentions, quote_spans, cues)
        spans = [(sid, sentence, actor) for sid, sentence in enumerate(doc.sentences)
                 for actor in _actors_in(ctx.mentions, sentence)]
        if not spans:
            return []
        frame = pd.DataFrame([{"sentence": sentence.text, "target": actor, "date": doc.date or ""}
                              for _, sentence, actor in spans])
        proba = self.model.predict_proba(frame)
        classes = list(self.model.classes_)
        rows = []
        for (sid, sentence, actor), p in zip(spans, proba, strict=True):
            best = int(np.argmax(p))
            label = classes[best]
            if label not in ("positive", "negative") or p[best] < self.min_probability:
                continue
            row = self._row(doc, ctx, cues, sid, sentence, actor, label)
            if row is not None:
                row["score"] = round((1 if label == "positive" else -1) * float(p[best]), 3)
                rows.append(row)
        rows.sort(key=lambda r: (r["start"], r["target_id"]))
        return rows

    def _row(self, doc: Document, ctx, cues, sid: int, sentence, actor: str, label: str) -> dict | None:
        """The row of a pair predicted ``label``: on the nearest cue of that polarity, with its
        source; None when the sentence has no such cue or the source would be the target."""
        sign = 1 if label == "positive" else -1
        candidates = [c for c in cues if sentence.start <= c.start < sentence.end and c.sign == sign]
        if not candidates:
            return None
        mine = [m for m in ctx.mentions if m["actor_id"] == actor and sentence.start <= int(m["start"]) < sentence.end]
        cue = min(candidates, key=lambda c: (min(abs(m["first_token"] - c.first) for m in mine), c.start))
        resolved = [(s, k) for a, s, k in self.lexicon.resolve(ctx, cue) if a == actor]
        if resolved:  # the lexicon found this evaluation: its source (a speech act's subject)
            source, source_type = resolved[0]
        else:
            quote = ctx.quote_of(cue.start) or ctx.quote_of(int(mine[0]["start"]))
            source, source_type = (quote.speaker or "unknown", quote.speaker_type or "unknown") if quote else ("author", "author")
        if source == actor and not (resolved and sign > 0):
            return None
        return {
            "article_id": doc.article_id, "source_id": source, "source_type": source_type, "target_id": actor,
            "polarity": label, "score": float(sign), "cue": doc.text[cue.start : cue.end], "start": cue.start,
            "end": cue.end, "sentence_id": sid, "sentence": sentence.text, "method": self.method,
        }


def _actors_in(mentions: list[dict], sentence) -> list[str]:
    """The actor ids mentioned in a sentence, in order of first mention."""
    actors: list[str] = []
    for m in mentions:
        if sentence.start <= int(m["start"]) < sentence.end and m["actor_id"] not in actors:
            actors.append(m["actor_id"])
    return actors


class RulesAndClassifier:
    """The rules' evaluations (:class:`framing.sentiment.SentimentScorer`, the default scorer)
    and, for a (sentence, actor) pair the rules leave without any evaluation, the classifier's row
    when its probability is at least ``min_probability`` (default 0.8: the classifier only adds
    what it is sure of). Same ``find`` as the scorers it joins.
    """

    method = "rules+classifier"

    def __init__(self, classifier: ClassifierScorer | TargetSentimentClassifier | str | Path | None = None, *,
                 min_probability: float = 0.8, rules: SentimentScorer | None = None):
        if not isinstance(classifier, ClassifierScorer):
            classifier = ClassifierScorer(classifier, min_probability=min_probability)
        else:
            classifier = ClassifierScorer(classifier.model, min_probability=min_probability)
        self.classifier = classifier
        self.rules = rules or SentimentScorer()

    def find(self, doc: Document, mentions: list[dict], quote_spans) -> list[dict]:
        rows = self.rules.find(doc, mentions, quote_spans)
        evaluated = {(r["sentence_id"], r["target_id"]) for r in rows}
        extra = [r for r in self.classifier.find(doc, mentions, quote_spans)
                 if (r["sentence_id"], r["target_id"]) not in evaluated]
        return sorted(rows + extra, key=lambda r: (r["start"], r["target_id"]))
