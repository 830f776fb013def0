"""framing.statements: quotes of one event that report the same statement, grouped across outlets,
and each rendering tagged against the fullest version; the command, the report's tables and
figure, and the evaluation."""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import SEED_IDS
from framing.cli import main
from framing.pipeline import Analyzer
from framing.statements import (
    STATEMENT_COLUMNS,
    STATEMENT_TABLE_COLUMNS,
    TAGS,
    Figure,
    align_statements,
    content_words,
    figures_in,
    statement_table,
    statement_tables,
)

A000, A001, A002, A003, A004 = SEED_IDS

# Four invented reports of one summit (written for these tests): Macron's statement on 26
# countries in full and in quotation marks (a), cut, paraphrased with زعم and the figure changed
# (b), credited to the French presidency (c), with a hedge added (e); Starmer's statement in two
# outlets (a, b); and a statement of Lavrov's on the same force, which is another statement (d).
INVENTED = {
    "a": ("وكالة أ", "باريس - قال الرئيس الفرنسي إيمانويل ماكرون يوم الخميس إن «26 دولة تعهدت بالمشاركة في قوة "
                     "الطمأنة في أوكرانيا بعد وقف إطلاق النار، وهذه القوة لا تهدف إلى شن حرب على روسيا».\n\n"
                     "وقال رئيس الوزراء البريطاني كير ستارمر إن بريطانيا ستواصل تزويد أوكرانيا بالسلاح حتى نهاية "
                     "الحرب.\n"),
    "b": ("صحيفة ب", "باريس - زعم الرئيس الفرنسي إيمانويل ماكرون أن 25 دولة تعهدت بالمشاركة في قوة الطمأنة في "
                     "أوكرانيا.\n\nوقال ستارمر إن بريطانيا ستواصل تزويد أوكرانيا بالأسلحة حتى نهاية الحرب.\n"),
    "c": ("قناة ج", "أعلنت الرئاسة الفرنسية أن «26 دولة تعهدت بالمشاركة في قوة الطمأنة في أوكرانيا بعد وقف إطلاق "
                    "النار، وهذه القوة لا تهدف إلى شن حرب على روسيا».\n"),
    "d": ("موقع د", "قال وزير الخارجية الروسي سيرغي لافروف إن «قوة الطمأنة في أوكرانيا ستكون هدفاً مشروعاً للجيش "
                    "الروسي».\n"),
    "e": ("إذاعة هـ", "وقال ماكرون إن «26 دولة ربما تشارك في قوة الطمأنة في أوكرانيا بعد وقف إطلاق النار، وهذه "
                      "القوة لا تهدف إلى شن حرب على روسيا».\n"),
}


@pytest.fixture(scope="module")
def invented():
    articles = pd.DataFrame([{"article_id": k, "outlet": o, "event": "summit", "date": "2025-09-04", "text": t}
                             for k, (o, t) in INVENTED.items()])
    tables = Analyzer().analyze(articles)
    aligned = align_statements(tables["quotes"], articles, hedges=tables["hedges"], mentions=tables["mentions"])
    return articles, tables, aligned


def _row(aligned: pd.DataFrame, article_id: str, words: str) -> pd.Series:
    rows = aligned[(aligned["article_id"] == article_id) & aligned["text"].str.contains(words)]
    assert len(rows) == 1, f"no single quote of {article_id} holds {words!r}"
    return rows.iloc[0]


def _tags(row: pd.Series) -> set[str]:
    return {t for t in str(row["rendering"]).split(",") if t}


# ---------------------------------------------------------------------------------------------
# Grouping


def test_statements_renderings_of_one_statement_share_an_id(invented):
    _, _, aligned = invented
    full = _row(aligned, "a", "26 دولة")
    assert full["reference"]
    for article in ("b", "c", "e"):
        assert _row(aligned, article, "دولة")["statement_id"] == full["statement_id"], article


def test_statements_another_speakers_statement_on_the_same_topic_is_apart(invented):
    _, _, aligned = invented
    macron = _row(aligned, "a", "26 دولة")["statement_id"]
    lavrov = _row(aligned, "d", "هدفاً مشروعاً")
    starmer = _row(aligned, "a", "بريطانيا")
    assert lavrov["statement_id"] != macron and starmer["statement_id"] != macron
    assert lavrov["reference"] and lavrov["rendering"] == ""  # alone: its own fullest version


def test_statements_a_paraphrase_in_two_outlets_is_linked(invented):
    _, _, aligned = invented
    a, b = _row(aligned, "a", "بريطانيا"), _row(aligned, "b", "بريطانيا")
    assert a["statement_id"] == b["statement_id"]
    assert _tags(b) == set()  # the same kind, verb class and speaker; السلاح / الأسلحة is no change


def test_statements_seeds_starmer_renderings_are_linked_across_outlets(seed_corpus):
    # seeds 000 and 002 both carry Starmer's "Putin cannot be trusted"
    articles = seed_corpus.articles
    tables = Analyzer().analyze(articles)
    aligned = align_statements(tables["quotes"], articles, hedges=tables["hedges"], mentions=tables["mentions"])
    trust = aligned[aligned["text"].str.contains("الوثوق") & aligned["article_id"].isin([A000, A002])]
    assert set(trust["article_id"]) == {A000, A002}
    assert trust["statement_id"].nunique() == 1
    # and the "unbreakable commitment" credited to the United Kingdom in 000 and 004
    pledge = aligned[aligned["text"].str.contains("رئيس الوزراء البريطاني") & aligned["article_id"].isin([A000, A004])]
    assert set(pledge["article_id"]) == {A000, A004} and pledge["statement_id"].nunique() == 1


def test_statements_ids_are_unique_outside_a_statement_and_columns_added(invented):
    _, tables, aligned = invented
    assert list(aligned.columns) == list(tables["quotes"].columns) + STATEMENT_COLUMNS
    assert len(aligned) == len(tables["quotes"])
    per_statement = aligned.groupby("statement_id")["reference"].sum()
    assert (per_statement == 1).all()  # one fullest version per statement
    assert (aligned.loc[aligned["reference"], "rendering"] == "").all()


def test_statements_quotes_without_an_event_stand_alone(invented):
    articles, tables, _ = invented
    no_event = articles.assign(event=None)
    aligned = align_statements(tables["quotes"], no_event, hedges=tables["hedges"])
    assert aligned["statement_id"].is_unique and (aligned["event"] == "").all()


# ---------------------------------------------------------------------------------------------
# Renderings


def test_statements_cut_paraphrase_with_changed_figure_is_tagged(invented):
    _, _, aligned = invented
    b = _row(aligned, "b", "25 دولة")
    assert _tags(b) == {"truncated", "direct_to_indirect", "verb_shift", "number_changed"}


def test_statements_credited_to_the_presidency_is_attribution_changed(invented):
    _, _, aligned = invented
    c = _row(aligned, "c", "26 دولة")
    assert "attribution_changed" in _tags(c)
    assert "truncated" not in _tags(c) and "number_changed" not in _tags(c)


def test_statements_hedge_added_is_tagged(invented):
    _, _, aligned = invented
    assert "hedged" in _tags(_row(aligned, "e", "ربما"))
    assert "hedged" not in _tags(_row(aligned, "c", "26 دولة"))


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("التزمت 26 دولة", [Figure(26.0)], id="latin-digits"),
    pytest.param("التزمت ٢٦ دولة", [Figure(26.0)], id="arabic-indic-digits"),
    pytest.param("جزء من مجموعة الـ26 دولة", [Figure(26.0)], id="after-the-article"),
    pytest.param("التزمت ست وعشرون دولة", [Figure(26.0)], id="number-words"),
    pytest.param("نحو 1.1 مليار يورو", [Figure(1.1e9, "EUR")], id="billion-euros"),
    pytest.param("نحو ١٫١ مليار دولار", [Figure(1.1e9, "USD")], id="arabic-decimal-dollars"),
    pytest.param("ثلاث دول وخمسة آلاف جندي", [Figure(3.0), Figure(5000.0)], id="two-figures"),
    pytest.param("بين الدول الأوروبية", [], id="no-figure"),
])
def test_statements_figures_in(text, expected):
    assert figures_in(text) == expected


def test_statements_content_words_fold_clitics_and_digits():
    assert content_words("وللأوروبيين «٢٦» دولةً") == ["اوروبيين", "26", "دوله"]


# ---------------------------------------------------------------------------------------------
# Tables, command, report


def test_statements_table_lists_carriers_and_outlets_that_did_not(invented):
    articles, _, aligned = invented
    table = statement_table(aligned, articles)
    assert list(table.columns) == STATEMENT_TABLE_COLUMNS
    macron = table[table["statement_id"] == _row(aligned, "a", "26 دولة")["statement_id"]].iloc[0]
    assert macron["n_outlets"] == 4 and macron["not_carried"] == "موقع د"
    assert "صحيفة ب" in macron["truncated"].split("; ")
    assert set(macron["renderings"].split(",")) >= {"truncated", "number_changed", "attribution_changed"}
    assert table["n_outlets"].is_monotonic_decreasing


def test_statements_tables_for_the_report(invented):
    articles, tables, _ = invented
    found = statement_tables(tables, articles)
    matrix = found["statement_outlets"]
    assert set(matrix["carried"]) <= {"direct", "indirect", "truncated", "not_carried"}
    assert matrix.groupby("statement_id")["outlet"].nunique().eq(len(INVENTED)).all()


def test_statements_command_prints_one_row_per_quote(seeds_dir, capsys):
    assert main(["statements", str(seeds_dir), "--format", "csv"]) == 0
    table = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out), keep_default_na=False)
    assert list(table.columns[-5:]) == STATEMENT_COLUMNS
    assert set(table["rendering"].str.split(",").explode()) - {""} <= set(TAGS)
    assert main(["statements", str(seeds_dir), "--by-statement", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith(",".join(STATEMENT_TABLE_COLUMNS))


def test_statements_figure_is_byte_stable(invented):
    from framing.plot import figure_bytes, paper_figure

    articles, tables, _ = invented
    matrix = statement_tables(tables, articles)["statement_outlets"]
    first = figure_bytes(paper_figure("statements", matrix, event="summit"), "pdf")
    again = figure_bytes(paper_figure("statements", matrix, event="summit"), "pdf")
    assert first == again
    fig = paper_figure("statements", matrix, event="summit")
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert len(labels) == len(INVENTED)


def test_statements_report_section_holds_renderings_with_sentences(invented):
    from framing.compare import comparison_tables
    from framing.report import report_view

    articles, tables, _ = invented
    comparison = comparison_tables(tables, articles, n_boot=50)
    view = report_view(articles, tables, comparison, {})
    section = view.events[0].tables
    assert section["statements"].rows and section["renderings"].rows
    sentences = [row[-1].evidence[0].snippet.text for row in section["renderings"].rows]
    assert any("25 دولة" in s for s in sentences)


# ---------------------------------------------------------------------------------------------
# Evaluation on the development set (tests/fixtures/statements, annotated blind)

DEV = "tests/fixtures/statements"


@pytest.fixture(scope="module")
def dev_scores(repo_root):
    from framing.corpus import read_corpus
    from framing.evaluate import statement_scores

    folder = repo_root / DEV
    return statement_scores(read_corpus(folder), folder).set_index("metric")


def test_statements_dev_links_beat_the_one_statement_per_speaker_baseline(dev_scores):
    # a floor a little below the scores when the parameters were chosen (F1 0.855, baseline 0.413)
    ours, baseline = dev_scores["statements"], dev_scores["baseline"]
    assert ours["f1"] >= 0.78 and ours["precision"] >= 0.9
    assert ours["f1"] > baseline["f1"] + 0.3
    assert ours["gold_links"] == baseline["gold_links"] > 100


def test_statements_dev_tags_are_mostly_right(dev_scores):
    ours = dev_scores["statements"]
    for tag in TAGS:
        assert ours[f"{tag}_accuracy"] >= 0.75, tag
        assert ours[f"{tag}_gold"] > 0, tag  # the set has examples of every tag


def test_statements_evaluate_command_prints_links_and_tags(repo_root, capsys):
    folder = str(repo_root / DEV)
    assert main(["evaluate", "statements", folder, "--gold", folder]) == 0
    out = capsys.readouterr().out
    assert out.startswith("== statements ==")
    for metric in ("precision", "recall", "f1", "baseline", "truncated_accuracy", "hedged_accuracy"):
        assert metric in out


def test_statements_evaluate_without_gold_is_one_line_error(repo_root, capsys):
    assert main(["evaluate", "statements", str(repo_root / DEV)]) != 0
    err = capsys.readouterr().err
    assert err.startswith("error:") and "--gold" in err and err.count("\n") == 1
