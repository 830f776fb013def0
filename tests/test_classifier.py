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
from sklearn.utils import estimator_checks, get_tags

from framing.classifier import (
    FEATURE_NAMES,
    ClassifierScorer,
    LexiconFeatures,
    RulesAndClassifier,
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


# -- the scikit-learn estimator contract (LexiconFeatures, TargetMasker, TargetSentimentClassifier) --


# TargetMasker's output is text (the sentence with its actors masked), which these checks compare
# with a numerical tolerance (assert_allclose subtracts one output from the other); each is
# repeated with exact string comparison in test_classifier_masker_output_contract below.
TEXT_OUTPUT = "compares outputs with assert_allclose, which cannot subtract the masker's text output"
MASKER_EXPECTED_FAILURES = {
    "check_transformer_general": f"{TEXT_OUTPUT}: fit_transform against transform",
    "check_transformer_data_not_an_array": f"{TEXT_OUTPUT}: list and DataFrame input against an array",
    "check_pipeline_consistency": f"{TEXT_OUTPUT}: in a pipeline against alone",
    "check_estimators_pickle": f"{TEXT_OUTPUT}: before and after pickling",
    "check_methods_sample_order_invariance": f"{TEXT_OUTPUT}: rows permuted against in order",
    "check_methods_subset_invariance": f"{TEXT_OUTPUT}: in batches against all at once",
    "check_fit_idempotent": f"{TEXT_OUTPUT}: after a second fit against the first",
}


def expected_failed_checks(estimator) -> dict[str, str]:
    return MASKER_EXPECTED_FAILURES if isinstance(estimator, TargetMasker) else {}


@estimator_checks.parametrize_with_checks([LexiconFeatures(), TargetMasker(), TargetSentimentClassifier()],
                                          expected_failed_checks=expected_failed_checks, xfail_strict=True)
def test_classifier_sklearn_estimator_checks(estimator, check):
    # scikit-learn's own checks, fed numeric arrays: the estimators read any cell as text
    check(estimator)


@pytest.mark.parametrize("estimator", [LexiconFeatures(), TargetMasker(), TargetSentimentClassifier()],
                         ids=lambda e: type(e).__name__)
def test_classifier_estimators_declare_text_input(estimator):
    tags = get_tags(estimator)
    assert tags.input_tags.string and tags.input_tags.two_d_array and not tags.input_tags.sparse


def test_classifier_masker_output_contract():
    """The checks of MASKER_EXPECTED_FAILURES, on Arabic pairs, comparing text exactly."""
    masker = TargetMasker()
    once = masker.fit_transform(PAIRS)
    assert once.tolist() == masker.transform(PAIRS).tolist() == masker.fit(PAIRS).transform(PAIRS).tolist()
    assert once.tolist() == make_pipeline(TargetMasker()).fit(PAIRS).transform(PAIRS).tolist()
    assert pickle.loads(pickle.dumps(masker)).transform(PAIRS).tolist() == once.tolist()
    assert TargetMasker().fit(PAIRS.to_numpy()).transform(PAIRS.to_numpy().tolist()).tolist() == once.tolist()
    order = [3, 0, 4, 1, 2]
    assert masker.transform(PAIRS.iloc[order]).tolist() == [once[i] for i in order]
    assert [masker.transform(PAIRS.iloc[[i]])[0] for i in range(len(PAIRS))] == once.tolist()
    written = pd.DataFrame({"sentence": ["قال ماكرون إن بوتين يماطل في المفاوضات مع أوكرانيا."],
                            "target": ["Vladimir Putin"]})
    assert masker.transform(written).tolist() == ["قال # إن @ يماطل في المفاوضات مع #."]


def test_classifier_features_clone_and_fit_returns_self():
    features = LexiconFeatures(window=3)
    twin = clone(features)
    assert twin.get_params() == features.get_params() and twin is not features
    assert features.fit(PAIRS) is features
    assert not hasattr(clone(features), "scorer_")


def test_classifier_features_check_the_input_width_and_names():
    features = LexiconFeatures().fit(PAIRS)
    assert features.n_features_in_ == 3 and list(features.feature_names_in_) == ["sentence", "target", "polarity"]
    # named columns are found by name, as ColumnTransformer finds them: another order, more or
    # fewer unused columns give the same features
    reordered = PAIRS[["target", "sentence"]].assign(article_id="a1")
    np.testing.assert_array_equal(features.transform(reordered), features.transform(PAIRS))
    with pytest.raises(ValueError, match="pairs lack column 'target'"):
        features.transform(PAIRS[["sentence"]])
    with pytest.warns(UserWarning, match="X does not have valid feature names"), \
            pytest.raises(ValueError, match="X has 2 features, but LexiconFeatures is expecting 3 features"):
        features.transform(PAIRS[["sentence", "target"]].to_numpy())
    unnamed = LexiconFeatures().fit(PAIRS[["sentence", "target"]].to_numpy())
    assert unnamed.n_features_in_ == 2 and not hasattr(unnamed, "feature_names_in_")
    with pytest.raises(ValueError, match="1 feature"):
        LexiconFeatures().fit(PAIRS[["sentence"]].to_numpy())


def test_classifier_missing_sentence_or_target_is_an_error_missing_date_is_not():
    pairs = PAIRS.assign(date=["2025-09-04", None, np.nan, "", "2025-09-05"])
    masked = TargetMasker().fit_transform(pairs)
    assert masked.tolist() == TargetMasker().fit_transform(PAIRS).tolist()
    with pytest.raises(ValueError, match=r"missing or infinite target \(NaN\) in row 2"):
        TargetMasker().fit(pairs.assign(target=["Russia", "Ukraine", None, "Russia", "Russia"]))
    with pytest.raises(ValueError, match=r"missing or infinite sentence \(NaN\) in row 0"):
        LexiconFeatures().fit(PAIRS).transform(PAIRS.assign(sentence=[np.nan] + PAIRS["sentence"].tolist()[1:]))


def test_classifier_fit_without_labels_is_a_clear_error():
    with pytest.raises(ValueError, match="requires y to be passed, but the target y is None"):
        TargetSentimentClassifier().fit(PAIRS, None)
    with pytest.raises(ValueError, match="Unknown label type"):
        TargetSentimentClassifier().fit(PAIRS, [0.5, 1.5, 0.25, 2.5, 0.75])


def test_classifier_keeps_the_labels_type(gold_pairs, model, tmp_path):
    """Numeric labels give numeric classes and predictions, the same as the named ones; score works."""
    codes = {"negative": -1, "neutral": 0, "positive": 1}
    numeric = TargetSentimentClassifier().fit(gold_pairs, gold_pairs["polarity"].map(codes))
    assert numeric.classes_.tolist() == [-1, 0, 1] and numeric.classes_.dtype.kind == "i"
    predicted = numeric.predict(PAIRS)
    assert predicted.dtype.kind == "i" and predicted.tolist() == [codes[p] for p in model.predict(PAIRS)]
    np.testing.assert_array_equal(numeric.predict_proba(PAIRS), model.predict_proba(PAIRS))
    assert numeric.score(PAIRS, PAIRS["polarity"].map(codes)) == 1.0
    assert model.score(PAIRS, PAIRS["polarity"]) == 1.0
    # and a saved model keeps them
    loaded = TargetSentimentClassifier.load(numeric.save(tmp_path / "numeric.json"))
    assert loaded.classes_.tolist() == [-1, 0, 1] and loaded.predict(PAIRS).tolist() == predicted.tolist()


def test_classifier_features_transform_needs_fit():
    with pytest.raises(NotFittedError):
        LexiconFeatures().transform(PAIRS)


def test_classifier_features_fit_transform_consistency():
    features = LexiconFeatures()
    once = features.fit_transform(PAIRS)
    assert once.shape == (len(PAIRS), len(FEATURE_NAMES))
    np.testing.assert_array_equal(once, features.transform(PAIRS))
    np.testing.assert_array_equal(once, clone(features).fit(PAIRS).transform(PAIRS))
    # an array is read with the column names seen in fit; a plain two-column array by position
    with pytest.warns(UserWarning, match="X does not have valid feature names"):
        np.testing.assert_array_equal(once, features.transform(PAIRS.to_numpy()))
    pair_array = PAIRS[["sentence", "target"]].to_numpy()
    np.testing.assert_array_equal(once, LexiconFeatures().fit(pair_array).transform(pair_array))


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


def test_classifier_scorer_rows_need_a_cue_and_another_target(model, seed_corpus):
    articles = seed_corpus.articles[seed_corpus.articles["article_id"].str.startswith("000")]
    table = find_sentiment(articles, scorer=ClassifierScorer(model))
    # «أوروبا جاهزة … عند هذا المستوى من الانخراط والقوة» holds no lexicon cue: nothing to check, no row
    assert not table["sentence"].str.contains("أوروبا جاهزة للمرة الأولى").any()
    assert (table["cue"] != table["sentence"]).all()
    # طالب زيلينسكي بقمة … عادَّاً أن مقترحه … يعني التهرب: Zelenskyy's words blame Putin, not himself
    evasion = table[table["cue"] == "التهرب"]
    assert evasion[["source_id", "target_id"]].values.tolist() == [["Volodymyr Zelenskyy", "Vladimir Putin"]]
    assert not ((table["source_id"] == table["target_id"]) & (table["polarity"] == "negative")).any()


def test_classifier_scorer_min_probability(model, seed_corpus):
    articles = seed_corpus.articles[seed_corpus.articles["article_id"].str.startswith(("000", "002"))]
    loose = find_sentiment(articles, scorer=ClassifierScorer(model, min_probability=0.5))
    sure = find_sentiment(articles, scorer=ClassifierScorer(model, min_probability=0.99))
    assert (loose["score"].abs() >= 0.5).all() and (sure["score"].abs() >= 0.99).all()
    assert 0 < len(sure) < len(loose)
    assert set(zip(sure["start"], sure["target_id"], strict=True)) <= set(zip(loose["start"], loose["target_id"], strict=True))
    with pytest.raises(InputError, match="min_probability"):
        ClassifierScorer(model, min_probability=1.5)


def test_rules_and_classifier_adds_only_unevaluated_pairs(model, seed_corpus):
    articles = seed_corpus.articles[seed_corpus.articles["article_id"].str.startswith(("000", "002"))]
    rules = find_sentiment(articles)
    both = find_sentiment(articles, scorer=RulesAndClassifier(model))
    added = both[both["method"] == "classifier"]
    kept = both[both["method"] != "classifier"].reset_index(drop=True)
    pd.testing.assert_frame_equal(kept, rules.reset_index(drop=True))
    assert (added["score"].abs() >= 0.8).all()
    evaluated = set(zip(rules["article_id"], rules["sentence_id"], rules["target_id"], strict=True))
    assert not evaluated & set(zip(added["article_id"], added["sentence_id"], added["target_id"], strict=True))
    # مقترحه … يعني التهرب: the rules miss Putin here; the classifier adds him, in Zelenskyy's words
    assert ["Volodymyr Zelenskyy", "Vladimir Putin", "التهرب"] in added[["source_id", "target_id", "cue"]].values.tolist()


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


def test_classifier_pairs_from_gold_take_the_mention_id_of_the_gold_target():
    """The annotator's id for an actor the gazetteer calls otherwise (its Arabic name in the actor
    gold is a gazetteer name) becomes the mention's id: one pair, evaluated, not a second neutral one."""
    from framing.classifier import pairs_from_gold
    from framing.evaluate import GoldName

    arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"],
                         "raw_text": ["روسيا لا تريد السلام. والتقى ماكرون زيلينسكي."]})
    gold = pd.DataFrame({"article_id": ["a"], "start": [6], "end": [20], "target_id": ["Russian Federation"],
                         "polarity": ["negative"]})
    gold.attrs["actor_names"] = {("a", "Russian Federation"): GoldName("روسيا", frozenset())}
    pairs = pairs_from_gold(arts, gold)
    assert pairs[pairs["sentence"].str.startswith("روسيا")][["target", "polarity"]].values.tolist() == [
        ["Russia", "negative"]]


def test_classifier_pairs_from_gold_leave_out_targets_the_sentence_does_not_mention():
    """An evaluation of an actor its sentence does not name (a pronoun: إنه لا يريد السلام) gives no
    pair, as the classifier only ever sees actors mentioned in a sentence; mentioned_only=False keeps it."""
    from framing.classifier import pairs_from_gold

    arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"],
                         "raw_text": ["التقى ماكرون زيلينسكي. وقال إنه لا يريد السلام."]})
    gold = pd.DataFrame({"article_id": ["a"], "start": [32], "end": [46], "target_id": ["Vladimir Putin"],
                         "polarity": ["negative"]})
    kept = pairs_from_gold(arts, gold)
    assert set(kept["target"]) == {"Emmanuel Macron", "Volodymyr Zelenskyy"}
    assert set(kept["polarity"]) == {"neutral"}
    every = pairs_from_gold(arts, gold, mentioned_only=False)
    assert every[every["target"] == "Vladimir Putin"]["polarity"].tolist() == ["negative"]
