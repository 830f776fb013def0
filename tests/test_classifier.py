"""The trainable sentiment classifier: the transformer contract, training, JSON models, CV, CLI."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.utils import estimator_checks

from framing.classifier import (
    FEATURE_NAMES,
    ClassifierScorer,
    LexiconFeatures,
    TargetMasker,
    TargetSentimentClassifier,
    cross_validate_sentiment,
    lexicon_pair_polarity,
    read_pairs,
)
from framing.errors import InputError
from framing.sentiment import SENTIMENT_COLUMNS, find_sentiment

# Seed sentences (with their gold polarity toward the target).
PAIRS = pd.DataFrame({
    "sentence": [
        "لاتفيا: رئيسة الوزراء إفيكا سيليِنا رأت أن “روسيا لا تريد السلام”، داعية إلى توحيد الجهود لردعها.",
        "رئيس الوزراء البريطاني كير ستارمر، الذي شارك عبر الفيديو، شدد على أن “بوتين لا يمكن الوثوق به”.",
        "أوكرانيا ترغب في السلام.",
        "من جانبها، أعلنت رئيسة المفوضية الأوروبية أورسولا فون دير لاين أن «تحالف الراغبين» سيعمل خلال اجتماع باريس.",
        "أنا محبط جداً من الرئيس بوتين.",
    ],
    "target": ["Russia", "Vladimir Putin", "Ukraine", "Coalition of the Willing", "Vladimir Putin"],
    "polarity": ["negative", "negative", "positive", "neutral", "negative"],
})


def features_of(sentence: str, target: str) -> dict[str, float]:
    frame = pd.DataFrame({"sentence": [sentence], "target": [target]})
    return dict(zip(FEATURE_NAMES, LexiconFeatures().fit(frame).transform(frame)[0], strict=True))


@pytest.fixture(scope="module")
def gold_pairs() -> pd.DataFrame:
    return read_pairs()


@pytest.fixture(scope="module")
def model(gold_pairs) -> TargetSentimentClassifier:
    return TargetSentimentClassifier().fit(gold_pairs, gold_pairs["polarity"])


# -- LexiconFeatures: the transformer contract ------------------------------------------------


@pytest.mark.parametrize("check", [
    estimator_checks.check_no_attributes_set_in_init,
    estimator_checks.check_parameters_default_constructible,
    estimator_checks.check_get_params_invariance,
    estimator_checks.check_set_params,
    estimator_checks.check_estimator_cloneable,
    estimator_checks.check_estimator_repr,
    estimator_checks.check_mixin_order,
    estimator_checks.check_transformers_unfitted,
], ids=lambda c: c.__name__)
@pytest.mark.parametrize("estimator", [LexiconFeatures(), TargetMasker(), TargetSentimentClassifier()],
                         ids=lambda e: type(e).__name__)
def test_classifier_sklearn_data_free_checks(check, estimator):
    # check_estimator itself feeds numeric arrays, which a (sentence, target) model cannot take;
    # these are the checks that need no data.
    if check is estimator_checks.check_transformers_unfitted and not hasattr(estimator, "transform"):
        pytest.skip("not a transformer")
    check(type(estimator).__name__, estimator)


def test_classifier_features_clone_and_fit_returns_self():
    features = LexiconFeatures(window=3)
    twin = clone(features)
    assert twin.get_params() == features.get_params() and twin is not features
    assert features.fit(PAIRS) is features
    assert not hasattr(clone(features), "scorer_")


def test_classifier_features_transform_needs_fit():
    with pytest.raises(NotFittedError):
        LexiconFeatures().transform(PAIRS)


def test_classifier_features_fit_transform_consistency():
    features = LexiconFeatures()
    once = features.fit_transform(PAIRS)
    assert once.shape == (len(PAIRS), len(FEATURE_NAMES))
    np.testing.assert_array_equal(once, features.transform(PAIRS))
    np.testing.assert_array_equal(once, clone(features).fit(PAIRS).transform(PAIRS))
    # a plain two-column array works too
    np.testing.assert_array_equal(once, features.transform(PAIRS[["sentence", "target"]].to_numpy()))


def test_classifier_features_names_and_pandas_output():
    features = LexiconFeatures().fit(PAIRS)
    assert list(features.get_feature_names_out()) == FEATURE_NAMES
    frame = LexiconFeatures().set_output(transform="pandas").fit(PAIRS).transform(PAIRS)
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == FEATURE_NAMES
    assert frame["lexicon_negative"].tolist()[:3] == [2.0, 3.0, 0.0]


def test_classifier_features_in_a_pipeline():
    pipeline = make_pipeline(LexiconFeatures(), LogisticRegression(random_state=0)).fit(PAIRS, PAIRS["polarity"])
    assert list(pipeline.predict(PAIRS)) == list(PAIRS["polarity"])


def test_classifier_features_negation_target_position_and_absence():
    negated = features_of("روسيا لا تريد السلام.", "Russia")
    assert negated["negated_cues"] == 1 and negated["negated_near"] == 1
    assert negated["target_before_cue"] == 1 and negated["lexicon_negative"] == 2.0
    after = features_of("أنا محبط جداً من بوتين.", "Vladimir Putin")
    assert after["target_before_cue"] == 0 and after["intensified_cues"] == 1 and after["target_governed"] == 1
    assert after["negative_strength"] == 3.0
    absent = features_of("روسيا لا تريد السلام.", "Ukraine")
    assert absent["target_found"] == 0 and absent["lexicon_negative"] == 0 and absent["lexicon_other_actors"] == 2.0


def test_classifier_masker_hides_the_target_and_other_actors():
    masked = TargetMasker().fit_transform(PAIRS.iloc[:1])
    assert masked[0] == "#: رئيسة الوزراء # رأت أن “@ لا تريد السلام”، داعية إلى توحيد الجهود لردعها."


# -- training, prediction, models --------------------------------------------------------------


def test_classifier_learns_the_gold_pairs(model, gold_pairs):
    assert list(model.classes_) == ["negative", "neutral", "positive"]
    assert list(model.predict(PAIRS)) == list(PAIRS["polarity"])
    proba = model.predict_proba(PAIRS)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert (model.predict(gold_pairs) == gold_pairs["polarity"]).mean() > 0.95


def test_classifier_training_is_deterministic(gold_pairs, model):
    again = TargetSentimentClassifier().fit(gold_pairs, gold_pairs["polarity"])
    assert again.to_json() == model.to_json()


def test_classifier_model_round_trip_gives_identical_predictions(model, tmp_path, monkeypatch):
    path = model.save(tmp_path / "model.json")
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["format"] == "framing-sentiment-classifier" and document["classes"] == list(model.classes_)

    def refuse(*args, **kwargs):
        raise AssertionError("a model must load without unpickling")

    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(np, "load", refuse)
    loaded = TargetSentimentClassifier.load(path)
    assert loaded.get_params() == model.get_params()
    np.testing.assert_array_equal(loaded.predict(PAIRS), model.predict(PAIRS))
    np.testing.assert_array_equal(loaded.predict_proba(PAIRS), model.predict_proba(PAIRS))
    assert loaded.to_json() == text  # byte-stable


def test_classifier_model_file_is_plain_json_not_pickle(model, tmp_path):
    raw = model.save(tmp_path / "model.json").read_bytes()
    assert not raw.startswith(b"\x80")  # the pickle protocol marker
    assert raw.startswith(b"{") and raw.endswith(b"}\n")
    with pytest.raises(pickle.UnpicklingError):
        pickle.loads(raw)


def test_classifier_bad_model_files_raise_input_errors(model, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "framing-sentiment-classifier",\n "version": 1,,}', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken.json:2: not valid JSON"):
        TargetSentimentClassifier.load(broken)
    with pytest.raises(InputError, match=r"missing.json: no such model file"):
        TargetSentimentClassifier.load(tmp_path / "missing.json")
    other = tmp_path / "other.json"
    other.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(InputError, match=r"other\.json: not a framing-sentiment-classifier model"):
        TargetSentimentClassifier.load(other)
    document = json.loads(model.to_json())
    document["coef"] = document["coef"][:1]
    truncated = tmp_path / "truncated.json"
    truncated.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InputError, match=r"truncated\.json: malformed model"):
        TargetSentimentClassifier.load(truncated)


def test_classifier_scorer_in_find_sentiment(model, seed_corpus):
    articles = seed_corpus.articles[seed_corpus.articles["article_id"].str.startswith("002")]
    table = find_sentiment(articles, scorer=ClassifierScorer(model))
    assert list(table.columns) == SENTIMENT_COLUMNS
    assert set(table["method"]) == {"classifier"} and set(table["polarity"]) <= {"positive", "negative"}
    text = articles["text"].iloc[0]
    assert all(text[r.start : r.end] == r.cue for r in table.itertuples())
    assert ((table["score"] < 0) == (table["polarity"] == "negative")).all() and (table["score"].abs() <= 1).all()
    starmer = table[(table["source_id"] == "Keir Starmer") & (table["target_id"] == "Vladimir Putin")]
    assert starmer["cue"].tolist() == ["لا يمكن الوثوق"]


# -- evaluation ----------------------------------------------------------------------------------


def test_classifier_lexicon_pair_polarity():
    assert list(lexicon_pair_polarity(PAIRS)) == list(PAIRS["polarity"])


def test_classifier_cross_validation_reports_both_methods(gold_pairs):
    subset = gold_pairs[gold_pairs["article_id"].str.startswith(("000", "002"))]
    first = cross_validate_sentiment(subset, n_splits=3, seed=0)
    assert first["method"].tolist() == ["classifier", "lexicon"]
    assert first["macro_f1"].between(0.5, 1).all()
    pd.testing.assert_frame_equal(first, cross_validate_sentiment(subset, n_splits=3, seed=0))


# -- command line --------------------------------------------------------------------------------


@pytest.fixture
def cli():
    from framing import cli

    return cli.main


def test_classifier_cli_train_then_load(cli, tmp_path, capsys, model):
    from framing.lexicon import data_file

    annotations = tmp_path / "pairs.tsv"
    annotations.write_text(data_file("gold/sentiment_pairs.tsv").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "models" / "sentiment.json"
    assert cli(["train-sentiment", str(annotations), "--out", str(out)]) == 0
    assert "395" in capsys.readouterr().out
    assert TargetSentimentClassifier.load(out).to_json() == model.to_json()


def test_classifier_cli_bad_annotations(cli, tmp_path, capsys):
    bad = tmp_path / "bad.tsv"
    bad.write_text("sentence\ttarget\tpolarity\nروسيا لا تريد السلام\tRussia\tawful\n", encoding="utf-8")
    assert cli(["train-sentiment", str(bad), "--out", str(tmp_path / "m.json")]) == 2
    assert "bad.tsv:2: polarity 'awful'" in capsys.readouterr().err
    assert not (tmp_path / "m.json").exists()


def test_classifier_cli_cross_validation(cli, tmp_path, capsys, gold_pairs):
    subset = tmp_path / "subset.tsv"
    gold_pairs[gold_pairs["article_id"].str.startswith("002")].to_csv(subset, sep="\t", index=False)
    assert cli(["sentiment-cv", str(subset), "--splits", "3", "--format", "csv"]) == 0
    table = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    assert table["method"].tolist() == ["classifier", "lexicon"] and table["splits"].tolist() == [3, 3]


def test_lexicon_features_anaphors_follow_the_given_gazetteer(tmp_path):
    """With a user's gazetteer, التحالف refers back to that gazetteer's organisation, so the
    evaluation after it counts for the target."""
    path = tmp_path / "mine.toml"
    path.write_text('[[actor]]\nid = "Southern Alliance"\ntype = "organisation"\nnames = ["تحالف الجنوب"]\n',
                    encoding="utf-8")
    frame = pd.DataFrame({"sentence": ["اجتمع قادة تحالف الجنوب في باريس، وأكد ستارمر أن التحالف يملك تعهدًا غير قابل للكسر."],
                          "target": ["Southern Alliance"]})
    features = dict(zip(FEATURE_NAMES, LexiconFeatures(gazetteer=str(path)).fit(frame).transform(frame)[0], strict=True))
    assert features["lexicon_positive"] == 3.0 and features["positive_near"] == 3.0
