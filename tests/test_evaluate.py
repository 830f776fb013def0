"""framing.evaluate: span matching, precision/recall arithmetic, offsets mapped back to the raw
files, the gold files themselves, and the ``framing evaluate`` command."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from conftest import SEED_IDS, SEEDS_DIR
from framing.actors import find_mentions, load_gazetteer
from framing.cli import main
from framing.corpus import read_corpus
from framing.evaluate import evaluate, load_gold, match_spans, prf, same_speaker, to_raw
from framing.quotes import find_quotes

A000, A001, A002, A003, A004 = SEED_IDS
# the column each gold file repeats the annotated words in
GOLD_WORDS = {"actors": "surface", "quotes": "text", "hedges": "cue", "sentiment": "cue"}


@pytest.fixture(scope="module")
def corpus():
    return read_corpus(SEEDS_DIR)


@pytest.fixture(scope="module")
def raw(corpus):
    return dict(zip(corpus.articles["article_id"], corpus.articles["raw_text"], strict=True))


def spans(rows: list[tuple[str, int, int]], **labels) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["article_id", "start", "end"])
    for name, values in labels.items():
        frame[name] = values
    return frame


# ---------------------------------------------------------------------------------------------
# match_spans


def test_evaluate_match_spans_best_overlap_first():
    gold = spans([("a", 0, 10), ("a", 20, 30), ("b", 0, 5)])
    pred = spans([("a", 0, 4), ("a", 2, 22), ("a", 25, 40), ("b", 0, 5), ("c", 0, 5)])
    # overlaps: g0-p0 4, g0-p1 8, g1-p1 2, g1-p2 5, g2-p3 5; p4 is in another article
    assert match_spans(gold, pred) == [(0, 1), (1, 2), (2, 3)]


def test_evaluate_match_spans_one_to_one():
    # two predictions over one gold span: only the larger overlap is matched
    gold = spans([("a", 10, 20)])
    pred = spans([("a", 8, 12), ("a", 11, 19)])
    assert match_spans(gold, pred) == [(0, 1)]
    # two gold spans over one prediction: only one of them is matched
    gold = spans([("a", 0, 5), ("a", 5, 12)])
    pred = spans([("a", 3, 12)])
    assert match_spans(gold, pred) == [(1, 0)]


def test_evaluate_match_spans_touching_spans_do_not_match():
    assert match_spans(spans([("a", 0, 10)]), spans([("a", 10, 20)])) == []


def test_evaluate_match_spans_other_article_does_not_match():
    assert match_spans(spans([("a", 0, 10)]), spans([("b", 0, 10)])) == []


def test_evaluate_match_spans_with_label_predicate():
    gold = spans([("a", 0, 10)], actor_id=["Russia"])
    pred = spans([("a", 0, 10), ("a", 5, 10)], actor_id=["Ukraine", "Russia"])
    def same(g, p):
        return g["actor_id"] == p["actor_id"]

    assert match_spans(gold, pred, same) == [(0, 1)]
    assert match_spans(gold, pred) == [(0, 0)]


def test_evaluate_match_spans_uses_index_labels():
    gold = spans([("a", 0, 10), ("a", 20, 30)]).set_axis([7, 9])
    pred = spans([("a", 22, 28)]).set_axis([3])
    assert match_spans(gold, pred) == [(9, 3)]


def test_evaluate_match_spans_empty_prediction():
    assert match_spans(spans([("a", 0, 10)]), spans([])) == []


# ---------------------------------------------------------------------------------------------
# prf


@pytest.mark.parametrize(
    "counts, expected",
    [
        ((10, 8, 8), {"precision": 1.0, "recall": 0.8, "f1": 0.889}),
        ((4, 5, 2), {"precision": 0.4, "recall": 0.5, "f1": 0.444}),
        ((3, 3, 3), {"precision": 1.0, "recall": 1.0, "f1": 1.0}),
        ((5, 0, 0), {"precision": 0.0, "recall": 0.0, "f1": 0.0}),
        ((0, 4, 0), {"precision": 0.0, "recall": 0.0, "f1": 0.0}),
        ((0, 0, 0), {"precision": 0.0, "recall": 0.0, "f1": 0.0}),
    ],
)
def test_evaluate_prf(counts, expected):
    assert prf(*counts) == expected


# ---------------------------------------------------------------------------------------------
# to_raw: offsets of the cleaned text back to the raw file


def test_evaluate_to_raw_mentions_of_000(corpus, raw):
    articles = corpus.articles[corpus.articles["article_id"] == A000]
    mentions = find_mentions(articles)
    before = mentions.copy()
    mapped = to_raw(mentions, corpus)
    pd.testing.assert_frame_equal(mentions, before)  # the input is left alone
    text = raw[A000]
    for surface, start, end in zip(mapped["surface"], mapped["start"], mapped["end"], strict=True):
        assert text[start:end] == surface
    # cleaning removed the share marker, the repeated headline and captions before the body:
    # the body's offsets move
    shift = mapped["start"] - mentions["start"]
    assert shift.iloc[0] == 0  # the first headline comes before any removed span
    assert shift.max() > 200


def test_evaluate_to_raw_known_offset(corpus, raw):
    cleaned = corpus.articles.set_index("article_id").loc[A000, "text"]
    start = cleaned.index("«تحالف الراغبين» الداعم لأوكرانيا")
    found = spans([(A000, start, start + len("«تحالف الراغبين»"))])
    mapped = to_raw(found, corpus).iloc[0]
    assert raw[A000][mapped["start"] : mapped["end"]] == "«تحالف الراغبين»"
    assert mapped["start"] == raw[A000].index("«تحالف الراغبين» الداعم لأوكرانيا")


def test_evaluate_to_raw_quote_cues_and_missing_cue(corpus, raw):
    quotes = find_quotes(corpus.articles)
    mapped = to_raw(quotes, corpus, (("start", "end"), ("cue_start", "cue_end")))
    for row in mapped.itertuples():
        text = raw[row.article_id]
        assert text[row.start : row.end] == row.text
        if row.cue_start >= 0:
            assert text[row.cue_start : row.cue_end] == row.cue
    no_cue = quotes["cue_start"] < 0
    assert (mapped.loc[no_cue, "cue_start"] == -1).all()


def test_evaluate_to_raw_article_without_cleaning(corpus):
    removed = set(corpus.cleaning["article_id"])
    clean = [a for a in SEED_IDS if a not in removed]
    assert clean, "a seed with nothing removed"
    found = spans([(clean[0], 5, 9)])
    assert to_raw(found, corpus)[["start", "end"]].values.tolist() == [[5, 9]]


# ---------------------------------------------------------------------------------------------
# The gold files


@pytest.mark.parametrize("measure", list(GOLD_WORDS))
def test_evaluate_gold_rows_match_raw_text(measure, raw):
    gold = load_gold(measure)
    column = GOLD_WORDS[measure]
    assert len(gold) > 20
    assert set(gold["article_id"]) <= set(SEED_IDS)
    bad = [(r.article_id, r.start, r.end, getattr(r, column)) for r in gold.itertuples()
           if raw[r.article_id][r.start : r.end] != getattr(r, column)]
    assert bad == []


def test_evaluate_gold_quote_cues_match_raw_text(raw):
    gold = load_gold("quotes")
    for row in gold.itertuples():
        if row.cue_start >= 0:
            assert raw[row.article_id][row.cue_start : row.cue_end] == row.cue
        else:
            assert (row.cue, row.attribution) == ("", "continuation")


@pytest.mark.parametrize("measure", list(GOLD_WORDS))
def test_evaluate_gold_rows_in_annotated_text(measure, corpus):
    # docs/annotation.md: only the text that survives cleaning is annotated
    gold = load_gold(measure)
    removed = list(zip(corpus.cleaning["article_id"], corpus.cleaning["start"], corpus.cleaning["end"], strict=True))
    inside = [(r.article_id, r.start) for r in gold.itertuples()
              for a, s, e in removed if a == r.article_id and r.start < e and s < r.end]
    assert inside == []


def test_evaluate_gold_labels_are_documented_values():
    gazetteer = load_gazetteer()
    actors = load_gold("actors")
    assert set(actors["form"]) == {"name", "title", "demonym", "metonym"}
    assert set(actors["actor_id"]) <= set(gazetteer.actors["actor_id"])
    quotes = load_gold("quotes")
    assert set(quotes["kind"]) == {"direct", "indirect", "mixed"}
    assert set(quotes["speaker_type"]) <= {"person", "institution", "group", "anonymous", "document"}
    hedges = load_gold("hedges")
    assert set(hedges["category"]) == {"hedge", "booster"}
    assert set(hedges["voice"]) == {"author", "quoted"}
    assert (hedges.loc[hedges["voice"] == "author", "speaker_id"] == "").all()


FIXTURE_SETS = sorted(p.parent.name for p in (Path(__file__).parent / "fixtures").glob("*/actors.tsv"))


def _csv_unquoted(field: str) -> str:
    # a field written with CSV quoting: its quotation marks doubled inside a pair of them
    return field[1:-1].replace('""', '"') if len(field) > 1 and field[0] == field[-1] == '"' else field


@pytest.mark.parametrize("folder", FIXTURE_SETS)
def test_fixture_gold_rows_match_their_article(folder):
    """Every annotated set: each gold row's words are the article's characters at its offsets, the
    rows of a file are in article order, and the closed columns take documented values."""
    from framing.lexicon import read_tsv

    root = Path(__file__).parent / "fixtures" / folder
    texts = {p.stem: p.read_text(encoding="utf-8") for p in root.glob("*.txt")}
    words = {**GOLD_WORDS, "traps": "cue"}
    for measure, column in words.items():
        if not (root / f"{measure}.tsv").exists():
            continue
        gold = read_tsv(root / f"{measure}.tsv", required=["article_id", "start", "end", column])
        starts = gold["start"].astype(int).tolist()
        ends = gold["end"].astype(int).tolist()
        bad = [(a, s, w) for a, s, e, w in zip(gold["article_id"], starts, ends, gold[column], strict=True)
               if texts[a][s:e] not in (w, _csv_unquoted(w))]
        assert bad == [], (folder, measure)
        keys = list(zip(gold["article_id"], starts, strict=True))
        assert all(keys[i][0] != keys[i + 1][0] or keys[i][1] <= keys[i + 1][1] for i in range(len(keys) - 1)), \
            (folder, measure)
    actors = read_tsv(root / "actors.tsv", required=["form"])
    assert set(actors["form"]) <= {"name", "title", "demonym", "metonym", "label"}


def test_evaluate_same_speaker():
    gold = {"speaker_id": "Emmanuel Macron|Volodymyr Zelenskyy", "speaker_type": "group"}
    assert same_speaker(gold, {"speaker_id": "Volodymyr Zelenskyy|Emmanuel Macron", "speaker_type": "group"})
    assert not same_speaker(gold, {"speaker_id": "Emmanuel Macron", "speaker_type": "person"})
    anonymous = {"speaker_id": "", "speaker_type": "anonymous"}
    assert same_speaker(anonymous, {"speaker_id": "", "speaker_type": "anonymous"})
    assert not same_speaker(anonymous, {"speaker_id": "", "speaker_type": "document"})


# ---------------------------------------------------------------------------------------------
# evaluate and the command


def test_evaluate_actors_counts(corpus):
    scores = evaluate("actors").set_index("metric")
    gold = load_gold("actors")
    assert scores.loc["gold", "all"] == len(gold)
    assert scores.loc["found", "all"] == len(find_mentions(corpus.articles))
    for form in ("name", "title", "demonym", "metonym"):
        assert scores.loc["gold", form] == (gold["form"] == form).sum()
        assert 0.0 <= scores.loc["precision", form] <= 1.0 and 0.0 <= scores.loc["recall", form] <= 1.0


def test_evaluate_with_own_gold_file(tmp_path, copy_seeds):
    folder = copy_seeds("one", ids=["002"])
    gold = load_gold("actors")
    mine = gold[(gold["article_id"] == A002) & gold["surface"].isin(["ستارمر", "الرئيس الفرنسي إيمانويل ماكرون"])]
    assert len(mine) >= 2
    path = tmp_path / "gold.tsv"
    mine.to_csv(path, sep="\t", index=False)
    scores = evaluate("actors", folder, gold=path).set_index("metric")
    found = len(find_mentions(read_corpus(folder).articles))
    assert scores.loc["recall", "all"] == 1.0
    assert scores.loc["precision", "all"] == round(len(mine) / found, 3)


def test_evaluate_errors_lists_misses_and_extras(raw):
    errors = evaluate("actors", errors=True)
    # offsets into the raw file, as the gold's, and named so
    assert errors.columns.tolist() == ["error", "article_id", "raw_start", "raw_end", "label", "words", "why"]
    assert set(errors["error"]) <= {"missed", "extra"}
    for row in errors.itertuples():
        assert raw[row.article_id][row.raw_start : row.raw_end][:80] == row.words


def test_evaluate_cli_actors_per_form(capsys):
    code = main(["evaluate", "actors"])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "== actors =="
    columns = ["all", "speakers_targets", "name", "title", "demonym", "metonym"]
    assert lines[1].split() == ["metric", *columns]
    table = {line.split()[0]: [float(x) for x in line.split()[1:]] for line in lines[2:]}
    scores = evaluate("actors").set_index("metric")
    for metric in ("precision", "recall"):
        assert len(table[metric]) == 6
        assert table[metric] == pytest.approx([float(scores.loc[metric, c]) for c in columns], nan_ok=True)
    # every speaker and evaluated actor of the seeds' gold is found in its article
    assert table["recall"][1] == 1.0 and table["gold"][1] > 40


def test_evaluate_speakers_and_targets_come_from_the_gold_beside(tmp_path, repo_root):
    events = repo_root / "tests" / "fixtures" / "events"
    scores = evaluate("actors", events, gold=events).set_index("metric")
    assert scores.loc["gold", "speakers_targets"] > 100  # from quotes.tsv and sentiment.tsv
    # with the actor gold alone there is no speaker or target to look for
    (tmp_path / "actors.tsv").write_bytes((events / "actors.tsv").read_bytes())
    alone = evaluate("actors", events, gold=tmp_path).set_index("metric")
    assert alone.loc["gold", "speakers_targets"] == 0


def test_evaluate_cli_hedges(capsys):
    code = main(["evaluate", "hedges"])
    out, _ = capsys.readouterr()
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "== hedges =="
    assert lines[1].split() == ["metric", "hedge", "booster", "all", "epistemic_modal", "epistemic_adjective",
                                "approximator", "vagueness", "attribution_shield"]
    assert any(line.split()[0] == "voice_accuracy" for line in lines[2:])


def test_evaluate_hedges_per_subcategory():
    """Each kind of hedge has its own scores, and the kinds add up to the hedges."""
    from pathlib import Path

    events = Path(__file__).parent / "fixtures" / "events"
    table = evaluate("hedges", events, gold=events).set_index("metric")
    kinds = ["epistemic_modal", "epistemic_adjective", "approximator", "vagueness", "attribution_shield"]
    assert table.loc["gold", kinds].sum() == table.loc["gold", "hedge"]
    assert table.loc["found", kinds].sum() == table.loc["found", "hedge"]
    assert table.loc["gold", "epistemic_adjective"] == 15
    for kind in kinds:
        assert 0.5 <= table.loc["recall", kind] <= 1.0 and 0.5 <= table.loc["precision", kind] <= 1.0


def test_evaluate_by_event_scores_each_event_of_the_development_set(repo_root):
    events = repo_root / "tests" / "fixtures" / "events"
    table = evaluate("actors", events, gold=events, by_event=True).set_index("metric")
    assert "sudan-jeddah-talks-2025-05" in table.columns and "all" in table.columns
    assert table.loc["gold", "all"] == sum(table.loc["gold", c] for c in table.columns if c != "all")


def test_evaluate_quotes_per_kind_and_form():
    """Quote scores come per kind and, where the gold has a ``form`` column, per construction, so
    that a researcher sees which forms the extractor misses; every form of the development set is
    found there (its first run found no list item and no label line)."""
    from pathlib import Path

    events = Path(__file__).parent / "fixtures" / "events"
    table = evaluate("quotes", events, gold=events).set_index("metric")
    assert list(table.columns) == ["all", "direct", "indirect", "mixed", "verb", "participle", "verbal_noun",
                                   "according_to", "nominal", "continuation", "list_item", "label_line", "headline"]
    assert table.loc["gold", "list_item"] == 8 and table.loc["gold", "label_line"] == 6
    assert table.loc["recall", "list_item"] == 1.0 and table.loc["recall", "label_line"] == 1.0
    assert table.loc["recall", "nominal"] >= 0.75
    assert table.loc["gold", ["direct", "indirect", "mixed"]].sum() == table.loc["gold", "all"]
    seeds = evaluate("quotes").set_index("metric")
    assert list(seeds.columns) == ["all", "direct", "indirect", "mixed"]  # the seed gold has no form column


def test_evaluate_cli_every_measure_as_one_csv(capsys, tmp_path):
    import io

    assert main(["evaluate", "all", "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(table["measure"].unique()) == ["actors", "quotes", "hedges", "sentiment"]
    recall = table[(table["measure"] == "sentiment") & (table["metric"] == "recall_explicit")]["all"]
    assert 0.8 < float(recall.iloc[0]) <= 1.0
    out = tmp_path / "scores.csv"
    assert main(["evaluate", "hedges", "--output", str(out)]) == 0
    assert pd.read_csv(out)["measure"].eq("hedges").all()


def test_evaluate_hedges_counts_silent_traps(tmp_path):
    from pathlib import Path

    events = Path(__file__).parent / "fixtures" / "events3"
    scores = evaluate("hedges", events, gold=events).set_index("metric")["all"]
    assert scores["traps"] == 58 and 0.9 <= scores["traps_silent"] <= 1.0


@pytest.mark.parametrize("measure", ["actors", "quotes", "hedges", "sentiment"])
def test_evaluate_intervals_resample_articles(measure):
    """The seeds' five articles give each overall score an interval around it; one seed, none."""
    scores = evaluate(measure).set_index("metric")["all"]
    for name in ("precision", "recall", "f1"):
        assert scores[f"{name}_low"] <= scores[name] <= scores[f"{name}_high"]
    assert scores["recall_low"] < scores["recall_high"] or scores["recall"] == 1.0
    assert evaluate(measure).equals(evaluate(measure))  # a fixed seed: the same interval every run


def test_evaluate_no_interval_from_one_article(tmp_path):
    (tmp_path / f"{SEED_IDS[0]}.txt").write_text((SEEDS_DIR / f"{SEED_IDS[0]}.txt").read_text(encoding="utf-8"),
                                                  encoding="utf-8")
    scores = evaluate("quotes", tmp_path).set_index("metric")["all"]
    assert scores["precision"] > 0.5
    assert pd.isna(scores["precision_low"]) and pd.isna(scores["recall_high"])


def test_evaluate_sentiment_errors_say_which_step_lost_each_row():
    """Every missed evaluation says whether its target was never found, no evaluation was found on
    its words, or one was with another target or polarity; every false alarm whether a gold row
    lies on its words."""
    errors = evaluate("sentiment", errors=True)
    missed = errors[errors["error"] == "missed"]
    extra = errors[errors["error"] == "extra"]
    assert len(missed) and len(extra)
    assert set(missed["why"]) <= {"target not found as a mention", "no evaluation found on these words",
                                  "found with another target", "found with the other polarity"}
    assert set(extra["why"]) <= {"no gold evaluation on these words",
                                 "the gold on these words has another target or polarity"}
    # a miss whose target is found somewhere in the article is never blamed on the actor layer
    mentions = find_mentions(read_corpus(SEEDS_DIR).articles)
    found = set(zip(mentions["article_id"], mentions["actor_id"], strict=True))
    blamed = missed[missed["why"] == "target not found as a mention"]
    assert not any((a, t) in found for a, t in zip(blamed["article_id"], blamed["label"], strict=True))
