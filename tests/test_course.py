"""The course helpers: ``framing init-corpus``, evidence tables, the hand review, agreement, user hedges."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from sklearn.metrics import cohen_kappa_score

import framing.cli
from conftest import SEED_FILES, SEEDS_DIR
from framing.course import (
    NOT_FOUND,
    REVIEW_QUOTES,
    agreement_table,
    check_corpus,
    disagreements,
    extended_hedge_lexicon,
    hedge_changes,
    init_corpus,
    keyword_in_context,
    review_sheet,
    speaker_label,
)
from framing.errors import InputError
from framing.evaluate import load_gold
from framing.hedges import HedgeFinder, find_hedges, load_hedge_lexicon
from framing.quotes import VERB_CLASSES

HEADER = "file,outlet,date,event,language,notes\n"
F000, F001, F002, F003, F004 = (f.name for f in SEED_FILES)
ROW000 = f"{F000},Asharq Al-Awsat,2025-09-04,paris-2025-09-04,ar,\n"
ROW004 = f"{F004},Associated Press,2025-09-04,paris-2025-09-04,ar,\n"


@pytest.fixture
def cli():
    """``framing`` as a runner: (code, stdout, stderr)."""

    def run(capsys, *args):
        code = framing.cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


def make_corpus(folder: Path, manifest: str | bytes | None, files: dict[str, str | bytes]) -> Path:
    """A corpus folder: ``files`` maps a name to its text (or bytes, or a seed file name to copy)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        if isinstance(content, str) and content in {f.name for f in SEED_FILES}:
            shutil.copyfile(SEEDS_DIR / content, folder / name)
        elif isinstance(content, bytes):
            (folder / name).write_bytes(content)
        else:
            (folder / name).write_text(content, encoding="utf-8")
    if manifest is not None:
        path = folder / "corpus.csv"
        path.write_bytes(manifest) if isinstance(manifest, bytes) else path.write_text(manifest, encoding="utf-8")
    return folder


def problems_of(folder: Path, **kwargs) -> list[tuple[str, str]]:
    return list(check_corpus(folder, **kwargs).itertuples(index=False, name=None))


def same_problems(found: list[tuple[str, str]], expected: list[tuple[str, str]]) -> bool:
    """Equal lists; an expected problem ending in "…" only gives the message's beginning."""
    return len(found) == len(expected) and all(
        fw == ew and (fp == ep or (ep.endswith("…") and fp.startswith(ep[:-1])))
        for (fw, fp), (ew, ep) in zip(found, expected, strict=True)
    )


@pytest.fixture(scope="module")
def seed_tables(seed_corpus):
    from framing.pipeline import Analyzer

    return Analyzer().analyze(seed_corpus.articles)


# ---------------------------------------------------------------------------------------------
# framing init-corpus DIR: making a folder


def test_course_init_corpus_creates_template(tmp_path, capsys, cli):
    folder = tmp_path / "my_articles"
    code, out, err = cli(capsys, "init-corpus", folder)
    assert code == 0 and err == ""
    assert (folder / "corpus.csv").read_text(encoding="utf-8") == HEADER
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "file,outlet,date,event,language,notes" not in readme  # the example row, not a header
    assert "aljazeera_2025-09-04.txt,Al Jazeera,2025-09-04,paris-2025-09-04,ar," in readme
    assert f"created {folder / 'corpus.csv'}" in out and f"created {folder / 'README.md'}" in out
    assert f"framing init-corpus {folder}" in out.splitlines()[-1]


def test_course_init_corpus_then_check_an_empty_template(tmp_path, capsys, cli):
    folder = tmp_path / "my_articles"
    cli(capsys, "init-corpus", folder)
    code, out, err = cli(capsys, "init-corpus", folder)
    assert code == 2 and out == ""
    assert err.splitlines() == [f"error: {folder}: no .txt files in this folder"]


def test_course_init_corpus_lists_existing_txt_files(tmp_path, capsys, cli):
    folder = make_corpus(tmp_path / "c", None, {F000: F000, F003: F003})
    code, out, _ = cli(capsys, "init-corpus", folder)
    assert code == 0 and "fill in outlet, date and event for its 2 .txt files" in out
    assert (folder / "corpus.csv").read_text(encoding="utf-8") == HEADER + f"{F000},,,,ar,\n{F003},,,,ar,\n"
    # 003 carries its own date (a "date 2026-01-06" prefix), so only 000 lacks one
    manifest = folder / "corpus.csv"
    assert problems_of(folder) == [
        (f"{manifest}:2", f"empty 'date' for '{F000}' (use YYYY-MM-DD)"),
        (f"{manifest}:2", f"empty 'event' for '{F000}'"),
        (f"{manifest}:2", f"empty 'outlet' for '{F000}'"),
        (f"{manifest}:3", f"empty 'event' for '{F003}'"),
        (f"{manifest}:3", f"empty 'outlet' for '{F003}'"),
    ]


def test_course_init_corpus_never_overwrites(tmp_path):
    folder = make_corpus(tmp_path / "c", None, {"README.md": "my own notes\n"})
    made = init_corpus(folder)
    assert made == [folder / "corpus.csv"]
    assert (folder / "README.md").read_text(encoding="utf-8") == "my own notes\n"
    assert init_corpus(folder) == []


def test_course_init_corpus_quotes_file_names_with_commas(tmp_path):
    folder = make_corpus(tmp_path / "c", None, {"a,b.txt": F000})
    init_corpus(folder)
    assert pd.read_csv(folder / "corpus.csv", dtype=str)["file"].tolist() == ["a,b.txt"]


@pytest.mark.parametrize("name", ["article.txt", "corpus.csv"])
def test_course_init_corpus_refuses_a_file_name(tmp_path, capsys, cli, name):
    code, out, err = cli(capsys, "init-corpus", tmp_path / name)
    assert code == 2 and out == ""
    assert err == f"error: {tmp_path / name}: no such folder, and this looks like a file name: give the corpus folder\n"
    assert not (tmp_path / name).exists()


def test_course_init_corpus_refuses_an_existing_file(tmp_path, capsys, cli):
    (tmp_path / "notes").write_text("x", encoding="utf-8")
    code, _, err = cli(capsys, "init-corpus", tmp_path / "notes")
    assert code == 2 and err == f"error: {tmp_path / 'notes'}: not a folder\n"


# ---------------------------------------------------------------------------------------------
# framing init-corpus DIR: checking a folder


def test_course_check_seeds_are_ready(seeds_dir, capsys, cli):
    assert check_corpus(seeds_dir).empty
    code, out, err = cli(capsys, "init-corpus", seeds_dir)
    assert code == 0 and err == ""
    assert out == (f"ok: {seeds_dir}: 5 articles, 5 outlets, 2 events; events covered by two or more outlets: "
                   "paris-2025-09-04 (3 outlets), paris-2026-01-06 (2 outlets)\n")


def _mistake(tmp: Path, kind: str) -> tuple[Path, list[tuple[str, str]]]:
    """A corpus with one mistake of ``kind``, and the problems it must produce."""
    folder = tmp / kind
    m = f"{folder / 'corpus.csv'}"
    if kind == "missing_column":
        make_corpus(folder, "file,outlet,date,language,notes\n" + f"{F000},Asharq Al-Awsat,2025-09-04,ar,\n", {F000: F000})
        return folder, [(f"{m}:1", "missing column 'event'; the header must be file,outlet,date,event,language,notes")]
    if kind == "misspelled_column":
        make_corpus(folder, "file,Outlet,date,event,language,notes\n" + ROW000, {F000: F000})
        return folder, [(f"{m}:1", "missing column 'outlet'; the header must be file,outlet,date,event,language,notes"),
                        (f"{m}:1", "unknown column 'Outlet' (did you mean 'outlet'?)")]
    if kind == "no_file_column":
        make_corpus(folder, "name,outlet\n" + f"{F000},X\n", {F000: F000})
        return folder, [(f"{m}:1", "missing column 'file'; a manifest needs file, outlet, date, event, language, notes")]
    if kind == "semicolons":
        make_corpus(folder, HEADER.replace(",", ";") + ROW000.replace(",", ";"), {F000: F000})
        return folder, [(f"{m}:1", "missing column 'file'; a manifest needs file, outlet, date, event, language, notes "
                                   "(its columns are separated by semicolons: save it as comma-separated CSV)")]
    if kind == "bad_date":
        make_corpus(folder, HEADER + ROW000.replace("2025-09-04,", "04/09/2025,", 1) + ROW004, {F000: F000, F004: F004})
        return folder, [(f"{m}:2", "bad date '04/09/2025' (use YYYY-MM-DD)")]
    if kind == "impossible_date":
        make_corpus(folder, HEADER + ROW000.replace("2025-09-04,", "2025-02-30,", 1), {F000: F000})
        return folder, [(f"{m}:2", "bad date '2025-02-30' (use YYYY-MM-DD)")]
    if kind == "listed_but_absent":
        make_corpus(folder, HEADER + ROW000 + "missing.txt,X,2025-09-04,e,ar,\n", {F000: F000})
        return folder, [(f"{m}:3", "file 'missing.txt' not found")]
    if kind == "not_listed":
        make_corpus(folder, HEADER + ROW000, {F000: F000, F004: F004})
        return folder, [(str(folder / F004), "not listed in corpus.csv: add a row for it "
                                             "(file, outlet, date, event, language, notes)")]
    if kind == "listed_without_txt":
        make_corpus(folder, HEADER + ROW000.replace(".txt,", ",", 1), {F000: F000})
        return folder, [(f"{m}:2", f"'{Path(F000).stem}' is not a .txt file name (did you mean '{F000}'?)"),
                        (str(folder / F000), "not listed in corpus.csv: add a row for it "
                                             "(file, outlet, date, event, language, notes)")]
    if kind == "duplicate_row":
        make_corpus(folder, HEADER + ROW000 + ROW000, {F000: F000})
        return folder, [(f"{m}:3", f"duplicate file '{F000}' (first on line 2)")]
    if kind == "duplicate_text":
        make_corpus(folder, HEADER + ROW000 + ROW000.replace(F000, "copy.txt"), {F000: F000, "copy.txt": F000})
        return folder, [(str(folder / "copy.txt"), f"same text as '{F000}': the article is saved twice")]
    if kind == "empty_file":
        make_corpus(folder, HEADER + ROW000 + "blank.txt,X,2025-09-04,e,ar,\n", {F000: F000, "blank.txt": " \n\n"})
        return folder, [(str(folder / "blank.txt"), "empty or whitespace-only text")]
    if kind == "wrong_encoding":
        data = (SEEDS_DIR / F000).read_text(encoding="utf-8").encode("cp1256")
        make_corpus(folder, HEADER + ROW000, {F000: data})
        with pytest.raises(UnicodeDecodeError) as bad:
            data.decode("utf-8")
        start = bad.value.start
        return folder, [(str(folder / F000), f"not valid utf-8 (byte {start}: {data[start:start + 1]!r}); "
                                             "give the right --encoding, e.g. --encoding cp1256")]
    if kind == "empty_fields":
        make_corpus(folder, HEADER + f"{F000},,2025-09-04,,ar,\n", {F000: F000})
        return folder, [(f"{m}:2", f"empty 'event' for '{F000}'"), (f"{m}:2", f"empty 'outlet' for '{F000}'")]
    if kind == "manifest_not_utf8":
        make_corpus(folder, (HEADER + ROW000.replace("Asharq Al-Awsat", "الشرق الأوسط")).encode("cp1256"), {F000: F000})
        return folder, [(m, "not a readable CSV manifest ('utf-8' codec can't decode byte …")]
    if kind == "no_manifest":
        make_corpus(folder, None, {F000: F000})
        return folder, [(m, f"missing: run `framing init-corpus {folder}` to make a template")]
    if kind == "html_page":
        make_corpus(folder, HEADER + ROW000 + "page.txt,X,2025-09-04,e,ar,\n",
                    {F000: F000, "page.txt": "<!DOCTYPE html><html><body><p>نص</p></body></html>"})
        return folder, [(str(folder / "page.txt"), "an HTML page, not article text: extract the article text first")]
    raise AssertionError(kind)


MISTAKES = ["missing_column", "misspelled_column", "no_file_column", "semicolons", "bad_date", "impossible_date", "listed_but_absent",
            "not_listed", "listed_without_txt", "duplicate_row", "duplicate_text", "empty_file", "wrong_encoding",
            "empty_fields", "manifest_not_utf8", "no_manifest", "html_page"]


@pytest.mark.parametrize("kind", MISTAKES)
def test_course_check_names_each_mistake(tmp_path, kind):
    folder, expected = _mistake(tmp_path, kind)
    found = problems_of(folder)
    assert same_problems(found, expected), found


@pytest.mark.parametrize("kind", [k for k in MISTAKES if k != "no_manifest"])
def test_course_init_corpus_prints_one_line_per_mistake(tmp_path, capsys, cli, kind):
    folder, expected = _mistake(tmp_path, kind)
    code, out, err = cli(capsys, "init-corpus", folder)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert all(line.startswith("error: ") for line in lines)
    assert same_problems([tuple(line.removeprefix("error: ").split(": ", 1)) for line in lines], expected), lines


def test_course_init_corpus_with_encoding_option(tmp_path, capsys, cli):
    folder, _ = _mistake(tmp_path, "wrong_encoding")
    code, out, err = cli(capsys, "init-corpus", folder, "--encoding", "cp1256")
    assert code == 0 and err == "" and out.startswith(f"ok: {folder}: 1 articles")


def test_course_check_reports_every_mistake_at_once(tmp_path):
    """The practice corpus of the assignment: three mistakes, five lines, the manifest's first."""
    folder = make_corpus(tmp_path / "practice", HEADER + ROW000
                         + f"{F001},unattributed (001),06/01/2026,paris-2026-01-06,ar,\n"
                         + f"{Path(F002).stem},unattributed (002),2025-09-04,paris-2025-09-04,ar,\n",
                         {F000: F000, F001: F001, F002: F002, "draft.txt": "\n"})
    m = folder / "corpus.csv"
    not_listed = "not listed in corpus.csv: add a row for it (file, outlet, date, event, language, notes)"
    assert problems_of(folder) == [
        (f"{m}:3", "bad date '06/01/2026' (use YYYY-MM-DD)"),
        (f"{m}:4", f"'{Path(F002).stem}' is not a .txt file name (did you mean '{F002}'?)"),
        (str(folder / F002), not_listed),
        (str(folder / "draft.txt"), "empty or whitespace-only text"),
        (str(folder / "draft.txt"), not_listed),
    ]


def test_course_check_a_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such folder"):
        check_corpus(tmp_path / "nowhere")


def test_course_check_is_deterministic(tmp_path):
    folder, _ = _mistake(tmp_path, "listed_without_txt")
    assert check_corpus(folder).equals(check_corpus(folder))


# ---------------------------------------------------------------------------------------------
# Keyword in context


def test_course_kwic_of_hedges_on_seeds(seed_corpus, seed_tables):
    hedges = seed_tables["hedges"]
    kwic = keyword_in_context(seed_corpus.articles, hedges, width=40)
    texts = dict(zip(seed_corpus.articles["article_id"], seed_corpus.articles["text"], strict=True))
    assert len(kwic) == len(hedges) and list(kwic.columns) == list(hedges.columns) + ["left", "match", "right"]
    assert (kwic["match"] == kwic["cue"]).all()
    for row in kwic.itertuples():
        text = texts[row.article_id]
        assert row.left == text[max(0, row.start - 40) : row.start].replace("\n", " ")
        assert row.right == text[row.end : row.end + 40].replace("\n", " ")
        assert len(row.left) <= 40 and "\n" not in row.left + row.right


def test_course_kwic_of_quote_cues(seed_corpus, seed_tables):
    quotes = seed_tables["quotes"]
    kwic = keyword_in_context(seed_corpus.articles, quotes, start="cue_start", end="cue_end", width=20)
    with_cue = kwic[kwic["cue_start"] >= 0]
    assert (with_cue["match"] == with_cue["cue"]).all()
    no_cue = kwic[kwic["cue_start"] < 0]
    assert len(no_cue) >= 1 and (no_cue[["left", "match", "right"]] == "").all().all()


# ---------------------------------------------------------------------------------------------
# The hand review and agreement


def test_course_review_sheet_shows_the_annotated_content(seed_corpus, seed_tables):
    sheet = review_sheet(seed_corpus, seed_tables["quotes"])
    gold = load_gold("quotes").set_index(["article_id", "quote_id"])
    assert sheet["item"].tolist() == list(range(1, 11))
    assert list(zip(sheet["article_id"], sheet["content"], strict=True)) == [(a, gold.loc[(a, q), "text"]) for a, q in REVIEW_QUOTES]
    assert set(sheet["toolkit_verb_class"]) <= VERB_CLASSES | {NOT_FOUND}
    quotes = seed_tables["quotes"].set_index(["article_id", "quote_id"])
    for row in sheet[sheet["quote_id"] != ""].itertuples():
        found = quotes.loc[(row.article_id, row.quote_id)]
        assert row.toolkit_speaker == speaker_label(found["speaker_id"], found["speaker_type"])
        assert row.cue == found["cue"] and row.toolkit_verb_class == found["verb_class"]


def test_course_review_sheet_context_holds_the_speaker(seed_corpus, seed_tables):
    """Item 9 continues a speech whose speaker (زيلينسكي) is named two sentences earlier."""
    sheet = review_sheet(seed_corpus, seed_tables["quotes"])
    assert "وقال زيلينسكي" in sheet.loc[8, "before"] and sheet.loc[8, "before"].endswith("وأضاف «")


def test_course_review_sheet_without_toolkit_quotes(seed_corpus, seed_tables):
    sheet = review_sheet(seed_corpus, seed_tables["quotes"].iloc[0:0])
    assert (sheet["toolkit_speaker"] == NOT_FOUND).all() and (sheet["quote_id"] == "").all()
    assert sheet["content"].str.len().gt(0).all()


def test_course_review_sheet_unknown_pick(seed_corpus, seed_tables):
    with pytest.raises(InputError, match="no quote 'q999'"):
        review_sheet(seed_corpus, seed_tables["quotes"], [("000_f3c62e45abe5420d", "q999")])


def test_course_speaker_label():
    assert speaker_label("Volodymyr Zelenskyy|Emmanuel Macron", "group") == "Emmanuel Macron|Volodymyr Zelenskyy"
    assert speaker_label("", "anonymous") == "anonymous"
    assert speaker_label(float("nan"), "document") == "document"
    assert speaker_label("", "") == "unknown"


def test_course_agreement_kappa_by_hand():
    sheet = pd.DataFrame({"toolkit_speaker": ["A", "A", "B", "B", "A"],
                          "toolkit_verb_class": ["neutral", "neutral", "neutral", "assertive", "neutral"]})
    speakers = ["A", "B", "B", "B", "A"]
    verbs = ["neutral", "neutral", "neutral", "assertive", "neutral"]
    table = agreement_table(sheet, speakers, verbs).set_index("field")
    # speakers: p_o = 4/5; toolkit A 3/5, B 2/5; coder A 2/5, B 3/5; p_e = 6/25 + 6/25 = 12/25
    assert table.loc["speaker", "observed"] == 0.8
    assert table.loc["speaker", "kappa"] == round((0.8 - 12 / 25) / (1 - 12 / 25), 3) == 0.615
    assert table.loc["verb_class", "kappa"] == 1.0 and table.loc["verb_class", "agreed"] == 5


def test_course_agreement_matches_sklearn_on_the_review(seed_corpus, seed_tables):
    sheet = review_sheet(seed_corpus, seed_tables["quotes"])
    gold = load_gold("quotes").set_index(["article_id", "quote_id"])
    speakers = [speaker_label(gold.loc[p, "speaker_id"], gold.loc[p, "speaker_type"]) for p in REVIEW_QUOTES]
    verbs = [gold.loc[p, "verb_class"] for p in REVIEW_QUOTES]
    table = agreement_table(sheet, speakers, verbs).set_index("field")
    assert table.loc["verb_class", "kappa"] == round(cohen_kappa_score(sheet["toolkit_verb_class"], verbs), 3)
    assert table.loc["speaker", "kappa"] == round(cohen_kappa_score(sheet["toolkit_speaker"], speakers), 3)
    errors = disagreements(sheet, speakers, verbs)
    assert len(errors) == 20 - table["agreed"].sum()


def test_course_agreement_needs_one_label_per_item():
    sheet = pd.DataFrame({"item": [1, 2], "article_id": ["a", "a"], "toolkit_speaker": ["A", "B"],
                          "toolkit_verb_class": ["neutral", "neutral"]})
    with pytest.raises(InputError, match="each of the 2 items"):
        agreement_table(sheet, ["A"], ["neutral", "neutral"])
    with pytest.raises(InputError, match="each of the 2 items"):
        disagreements(sheet, ["A", "B"], ["neutral"])


def test_course_disagreements_ignore_the_order_of_ids():
    sheet = pd.DataFrame({"item": [1, 2], "article_id": ["a", "b"], "toolkit_speaker": ["A|B", "Russia"],
                          "toolkit_verb_class": ["neutral", "announcing"]})
    errors = disagreements(sheet, ["B|A", "Estonia"], ["assertive", "announcing"])
    assert errors.values.tolist() == [[1, "a", "verb_class", "neutral", "assertive"],
                                      [2, "b", "speaker", "Russia", "Estonia"]]


# ---------------------------------------------------------------------------------------------
# A user's hedge entries


def write_tsv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(["cue\tcategory\tsubcategory\trule\tenclitics", *rows]) + "\n", encoding="utf-8")
    return path


def test_course_extended_lexicon_puts_user_entries_first(tmp_path):
    user = write_tsv(tmp_path / "mine.tsv", "إمكانية\thedge\tepistemic_modal\t\t0", "من شأن\thedge\tepistemic_modal\t\t1")
    lexicon = extended_hedge_lexicon(user)
    assert lexicon["cue"].tolist()[:2] == ["إمكانية", "من شأن"]
    assert lexicon["source"].tolist()[:2] == ["user", "user"]
    assert len(lexicon) == len(load_hedge_lexicon()) + 2


def test_course_extended_lexicon_user_entry_replaces_bundled(tmp_path, seed_corpus, seed_tables):
    user = write_tsv(tmp_path / "mine.tsv", "بحسب\tbooster\tbooster\t\t0")
    lexicon = extended_hedge_lexicon(user)
    assert lexicon[lexicon["cue"] == "بحسب"][["category", "source"]].values.tolist() == [["booster", "user"]]
    after = find_hedges(seed_corpus.articles, seed_tables["quotes"], HedgeFinder(lexicon))
    changes = hedge_changes(seed_tables["hedges"], after)
    # the one بحسب of the seeds (002) turns from a hedge into a booster: one row removed, one added
    assert changes[["change", "article_id", "cue", "category"]].values.tolist() == [
        ["added", "002_b6c7a71899e1e0e6", "بحسب", "booster"],
        ["removed", "002_b6c7a71899e1e0e6", "بحسب", "hedge"],
    ]


def test_course_extended_lexicon_bad_user_file(tmp_path):
    user = write_tsv(tmp_path / "mine.tsv", "إمكانية\thedge\tepistemic_modal\t\t0", "ربما\tmaybe\tepistemic_modal\t\t0")
    with pytest.raises(InputError, match=r"mine.tsv:3: category 'maybe' is not one of booster, hedge"):
        extended_hedge_lexicon(user)


def test_course_hedge_changes_of_new_entries_on_seeds(tmp_path, seed_corpus, seed_tables):
    user = write_tsv(tmp_path / "mine.tsv", "إمكانية\thedge\tepistemic_modal\t\t0", "من شأن\thedge\tepistemic_modal\t\t1")
    after = find_hedges(seed_corpus.articles, seed_tables["quotes"], HedgeFinder(extended_hedge_lexicon(user)))
    changes = hedge_changes(seed_tables["hedges"], after)
    assert changes[["change", "article_id", "cue", "category", "voice"]].values.tolist() == [
        ["added", "002_b6c7a71899e1e0e6", "إمكانية", "hedge", "author"],
        ["added", "003_82601b1fcddcc2b8", "إمكانية", "hedge", "author"],
    ]
    texts = dict(zip(seed_corpus.articles["article_id"], seed_corpus.articles["text"], strict=True))
    assert all(texts[a][s:e] == cue for a, s, e, cue in zip(changes["article_id"], changes["start"], changes["end"],
                                                            changes["cue"], strict=True))
    assert len(after) == len(seed_tables["hedges"]) + 2
    assert hedge_changes(seed_tables["hedges"], seed_tables["hedges"]).empty
