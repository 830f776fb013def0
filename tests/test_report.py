"""framing.report: the `framing report` and `framing figures` commands on the seeds."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import framing.cli as cli
from framing import report

RUN_CLI = "import sys, framing.cli as c; sys.exit(c.main(sys.argv[1:]))"


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, repo_root):
    """One `framing report` run on the seeds: (output folder, exit code, stdout, stderr)."""
    out = tmp_path_factory.mktemp("report") / "out"
    result = subprocess.run([sys.executable, "-c", RUN_CLI, "report", str(repo_root / "seeds"), "--out", str(out)],
                            capture_output=True, text=True, cwd=out.parent, timeout=900)
    return out, result


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _documented_patterns(repo_root: Path, *, pdf: bool = False) -> list[str]:
    """The file names in the table of docs/outputs.md, as regular expressions: those `framing
    report` writes by default, or (``pdf``) those it writes only with ``--pdf``."""
    text = (repo_root / "docs" / "outputs.md").read_text(encoding="utf-8")
    names = [name for name, doc in re.findall(r"^\| `([^`]+)` \|(.*)$", text, flags=re.M)
             if ("`framing report --pdf`" in doc) == pdf]
    patterns = []
    for name in names:
        pattern = re.escape(name)
        for placeholder, rx in (("<event>", "[a-z0-9-]+"), ("<outlet>", "[a-z0-9-]+"), ("<name>", "[a-z0-9_-]+")):
            pattern = pattern.replace(re.escape(placeholder), rx)
        patterns.append(pattern)
    return patterns


def test_report_writes_every_documented_file_and_only_those(seed_report, repo_root):
    out, result = seed_report
    assert result.returncode == 0, result.stderr
    # 19 figures on the seeds, 5 of them keyness figures of outlets with no distinctive word: the
    # page says so in a sentence, and the report draws the 14 others, as PNG only
    assert result.stdout.startswith("wrote 46 table files, 14 figure files, index.html and run.json")
    files = _files(out)
    patterns = _documented_patterns(repo_root)
    assert len(patterns) > 20
    for name in files:
        assert any(re.fullmatch(p, name) for p in patterns), f"{name} is not documented in docs/outputs.md"
    no_distinctive_word = not pd.read_parquet(out / "tables" / "keyness.parquet")["distinctive"].any()
    for pattern in patterns:
        if "_keyness_" in pattern and no_distinctive_word:  # no keyness figure is shown on the seeds' page
            assert not any(re.fullmatch(pattern, name) for name in files)
            continue
        assert any(re.fullmatch(pattern, name) for name in files), f"docs/outputs.md lists {pattern}, not written"
    pdf_only = _documented_patterns(repo_root, pdf=True)
    assert pdf_only and not [name for name in files if any(re.fullmatch(p, name) for p in pdf_only)]
    for name in ("articles", "quotes", "voice_share", "hedge_rates", "actor_sentiment", "left_out", "keyness"):
        assert f"tables/{name}.parquet" in files and f"tables/{name}.csv" in files
    assert "figures/paris-2025-09-04_voice_share.png" in files


def test_report_tables_match_the_library(seed_report, seed_corpus):
    from framing.compare import comparison_tables
    from framing.pipeline import Analyzer

    out, _ = seed_report
    tables = Analyzer().analyze(seed_corpus.articles)
    quotes = pd.read_parquet(out / "tables" / "quotes.parquet")
    assert len(quotes) == len(tables["quotes"])
    assert quotes["article_id"].tolist() == tables["quotes"]["article_id"].tolist()
    sourcing = pd.read_csv(out / "tables" / "sourcing.csv")
    expected = comparison_tables(tables, seed_corpus.articles, n_boot=100)["sourcing"]
    assert sourcing["n_quotes"].tolist() == expected["n_quotes"].tolist()
    # the csv and the parquet hold the same table
    assert pd.read_csv(out / "tables" / "hedge_rates.csv")["hedges"].tolist() == \
        pd.read_parquet(out / "tables" / "hedge_rates.parquet")["hedges"].tolist()


def test_report_index_is_self_contained(seed_report):
    out, _ = seed_report
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "http://" not in page and "https://" not in page
    sources = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert sources and all(s.startswith(("data:image/png;base64,", "#")) for s in sources)
    assert "<link" not in page and "<script" not in page and "@import" not in page
    # every figure, embedded; a keyness figure where no word passes is replaced by a sentence saying so
    assert len(re.findall(r'src="data:image/png;base64,', page)) == 19 - 5
    assert page.count("No word passes the corrected threshold") == 5


def test_report_index_opens_each_number_onto_its_sentences(seed_report, seed_corpus):
    out, _ = seed_report
    page = (out / "index.html").read_text(encoding="utf-8")
    for event in ("paris-2025-09-04", "paris-2026-01-06"):
        assert f"<h2>Event: {event}</h2>" in page
    # the author's booster حقيقة الأمر in Asharq Al-Awsat is shown in its sentence, highlighted
    assert '<mark class="cue">حقيقة الأمر</mark>' in page
    # Asharq Al-Awsat's quote count (25 on the seeds) opens onto one item per quote
    sourcing = pd.read_parquet(out / "tables" / "sourcing.parquet").set_index("outlet")
    n = int(sourcing.loc["Asharq Al-Awsat", "n_quotes"])
    voice = page[page.index("<h3>Who is quoted</h3>"):]
    cell = re.search(r"<td>Asharq Al-Awsat</td><td class=num><details><summary>(\d+)</summary><ol>(.*?)</ol>", voice)
    assert cell and int(cell.group(1)) == n
    assert cell.group(2).count("<li>") == min(n, report.MAX_EVIDENCE)
    assert cell.group(2).count('<mark class="cue">') == min(n, report.MAX_EVIDENCE)


def test_report_figures_are_byte_identical_across_runs(tmp_path, repo_root, seed_report):
    """`framing figures` and `framing report --pdf`, in processes with different hash seeds, write
    the same PDF bytes for the figures the page shows; the report's PNGs are the same with and
    without --pdf, at half the paper's resolution."""
    commands = {"figures": ["figures", str(repo_root / "seeds"), "--out", str(tmp_path / "figures"), "--quiet"],
                "report": ["report", str(repo_root / "seeds"), "--out", str(tmp_path / "report"), "--quiet", "--pdf"]}
    runs = []
    for seed, command in enumerate(commands.values(), start=1):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        runs.append(subprocess.Popen([sys.executable, "-c", RUN_CLI, *command], env=env, cwd=tmp_path,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    for process in runs:
        stdout, stderr = process.communicate(timeout=900)
        assert process.returncode == 0, stderr.decode()
        assert stdout == b""  # --quiet
    paper = _files(tmp_path / "figures")
    assert len(paper) == 38  # every figure of the seeds, as PDF and PNG
    assert paper["paris-2025-09-04_attention.pdf"].startswith(b"%PDF")
    assert b"CreationDate" not in paper["paris-2025-09-04_attention.pdf"]
    with_pdf = {k.removeprefix("figures/"): v for k, v in _files(tmp_path / "report").items() if k.startswith("figures/")}
    assert len(with_pdf) == 28
    for name, data in with_pdf.items():
        if name.endswith(".pdf"):
            assert data == paper[name], name
    page_pngs = {k.removeprefix("figures/"): v for k, v in _files(seed_report[0]).items() if k.startswith("figures/")}
    assert page_pngs == {k: v for k, v in with_pdf.items() if k.endswith(".png")}
    # the report's PNGs are at the page's resolution, half the paper's
    assert _png_size(page_pngs["paris-2025-09-04_attention.png"]) == tuple(
        n // 2 for n in _png_size(paper["paris-2025-09-04_attention.png"]))


def _png_size(data: bytes) -> tuple[int, int]:
    import struct

    assert data.startswith(b"\x89PNG")
    return struct.unpack(">II", data[16:24])


def test_report_failed_run_leaves_earlier_outputs_intact(tmp_path, copy_seeds, monkeypatch, capsys):
    corpus = copy_seeds(ids=["001", "003"])
    out = tmp_path / "out"
    assert cli.main(["report", str(corpus), "--out", str(out), "--quiet"]) == 0
    before = _files(out)
    assert "index.html" in before

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(report, "render_page", broken)
    assert cli.main(["report", str(corpus), "--out", str(out), "--quiet"]) == 1
    assert "internal error" in capsys.readouterr().err
    assert _files(out) == before
    assert not [p for p in out.rglob(".*") if p.is_file()]  # no temporary file left behind
    # a bad corpus is an input error (exit 2), and the outputs stay as they were
    assert cli.main(["report", str(tmp_path / "missing"), "--out", str(out), "--quiet"]) == 2
    assert _files(out) == before


def test_report_figures_in_arabic_quietly_and_without_a_terminal(tmp_path, copy_seeds, capsys):
    corpus = copy_seeds(ids=["001", "003"])
    assert cli.main(["figures", str(corpus), "--out", str(tmp_path / "en")]) == 0
    captured = capsys.readouterr()
    assert "analysing" not in captured.err and "%|" not in captured.err  # stderr is not a terminal here
    assert captured.out == f"wrote 18 figure files to {tmp_path / 'en'}/\n"
    assert cli.main(["figures", str(corpus), "--out", str(tmp_path / "ar"), "--labels", "ar", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    en, ar = _files(tmp_path / "en"), _files(tmp_path / "ar")
    assert sorted(en) == sorted(ar)
    assert en["paris-2026-01-06_attention.png"] != ar["paris-2026-01-06_attention.png"]
    assert en["paris-2026-01-06_verb_classes.png"] == ar["paris-2026-01-06_verb_classes.png"]  # no actor names


def test_report_evidence_html_marks_the_cue_in_its_sentence():
    text = "افتتاحية. وقال ماكرون إن «أوروبا جاهزة». ثم غادر."
    cue = text.index("قال")
    content = text.index("أوروبا")
    snippet = report.evidence_html(text, [(cue, cue + 3, "cue"), (content, content + 12, "content")])
    assert snippet == 'و<mark class="cue">قال</mark> ماكرون إن «<span class="content">أوروبا جاهزة</span>».'
    assert report.evidence_html("<b>" + text, [(0, 3, "cue")]).startswith('<mark class="cue">&lt;b&gt;</mark>')


def test_report_analyse_matches_the_pipeline(seed_corpus):
    from framing.pipeline import Analyzer

    ours = report.analyse(seed_corpus.articles)
    theirs = Analyzer().analyze(seed_corpus.articles)
    for name in report.FINDINGS:
        pd.testing.assert_frame_equal(ours[name], theirs[name])


def test_report_compares_a_corpus_without_events_as_one_event(tmp_path, copy_seeds, capsys):
    corpus = copy_seeds(ids=["001", "003"], manifest=False)  # no corpus.csv: no event
    assert cli.main(["report", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "warning:" in captured.err and "no article has an event" in captured.err
    assert f"list the files in a {corpus.name}/corpus.csv with an event column" in captured.err
    event = f"{corpus.name} (whole corpus)"
    outlets = pd.read_csv(tmp_path / "out" / "tables" / "outlets.csv")
    assert set(outlets["event"]) == {event} and outlets["n_articles"].sum() == 2
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert f"Event: {event}" in page and "compared over the whole corpus, as one event" in page


def test_report_compares_the_outlets_of_a_table_without_events(tmp_path, seed_corpus, capsys):
    table = seed_corpus.articles[["article_id", "outlet", "text"]].head(2)
    path = tmp_path / "news.csv"
    table.to_csv(path, index=False)
    assert cli.main(["report", str(path), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "add an event column to news.csv" in err and "corpus.csv" not in err
    outlets = pd.read_csv(tmp_path / "out" / "tables" / "outlets.csv")
    assert outlets["event"].tolist() == ["news.csv (whole corpus)"] * 2
    keyness = pd.read_csv(tmp_path / "out" / "tables" / "keyness.csv")
    assert set(keyness["outlet"]) == set(table["outlet"]) and set(keyness["reference"]) == {"flat"}


# A report run whose 6th file write pauses (after a marker file appears) until a signal comes.
PAUSED_REPORT = """
import sys, time
from pathlib import Path
import framing.output as output
import framing.cli as cli

marker, written = Path(sys.argv[1]), []
write_atomic = output.write_atomic

def slow_write(path, data):
    written.append(path)
    if len(written) == 6:
        marker.write_text("writing")
        time.sleep(60)
    return write_atomic(path, data)

output.write_atomic = slow_write
sys.exit(cli.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGINT", "SIGTERM"])
def test_report_killed_while_writing_leaves_the_earlier_report(tmp_path, copy_seeds, repo_root, signal_name):
    """`framing report` killed (or interrupted) while it writes its files: the earlier report is
    there byte for byte; an interrupted run also removes its staging folder."""
    import signal
    import time

    out = tmp_path / "out"
    assert cli.main(["report", str(copy_seeds("earlier", ids=["001"])), "--out", str(out), "--quiet"]) == 0
    before = _files(out)
    later, marker = copy_seeds("later", ids=["001", "003"]), tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": str(repo_root)}
    process = subprocess.Popen([sys.executable, "-c", PAUSED_REPORT, str(marker), "report", str(later),
                                "--out", str(out), "--quiet"], env=env, cwd=repo_root,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 600
    while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), process.communicate()[1]
    assert [p.name for p in tmp_path.glob(".out.staging-*")], "not writing into a staging folder"
    process.send_signal(getattr(signal, signal_name))
    _, err = process.communicate(timeout=120)
    assert _files(out) == before
    if signal_name == "SIGKILL":
        assert process.returncode == -signal.SIGKILL
        # the next run removes the killed run's staging folder and swaps its report in
        assert cli.main(["report", str(later), "--out", str(out), "--quiet"]) == 0
        assert _files(out) != before
    else:
        assert process.returncode == (130 if signal_name == "SIGINT" else 143), err
        assert err.strip().splitlines()[-1].startswith(("error: interrupted", "error: terminated"))
    assert not list(tmp_path.glob(".out.*")), "a staging folder was left behind"


# ---------------------------------------------------------------------------------------------
# The view model, without HTML


@pytest.fixture(scope="module")
def seed_view(seed_corpus):
    from framing.actors import load_gazetteer
    from framing.compare import comparison_tables
    from framing.pipeline import Analyzer

    tables = Analyzer().analyze(seed_corpus.articles)
    comparison = comparison_tables(tables, seed_corpus.articles, n_boot=100)
    return report.report_view(seed_corpus.articles, tables, comparison, {}, gazetteer=load_gazetteer()), comparison


def test_report_view_holds_events_outlets_numbers_and_evidence(seed_view, seed_corpus):
    view, comparison = seed_view
    assert view.n_articles == 5 and view.no_event == 0
    assert [e.event for e in view.events] == ["paris-2025-09-04", "paris-2026-01-06"]
    assert view.events[0].anchor == "paris-2025-09-04_event"
    assert view.events[0].figures == {}  # none drawn
    sourcing = view.events[0].tables["sourcing"]
    assert sourcing.headers[:2] == ("outlet", "quotes (n)")
    row = next(r for r in sourcing.rows if r[0].text == "Asharq Al-Awsat")
    n = int(comparison["sourcing"].set_index("outlet").loc["Asharq Al-Awsat", "n_quotes"])
    count = row[1]
    assert count.text == str(n) and count.more_in == "tables/quotes.csv"
    assert len(count.evidence) == min(n, report.MAX_EVIDENCE) and count.more == n - len(count.evidence)
    first = count.evidence[0]
    assert first.outlet == "Asharq Al-Awsat" and first.note.startswith("q")
    cues = [s for s in first.snippet.segments if s.css == "cue"]
    assert len(cues) == 1 and cues[0].tag == "mark" and cues[0].text in first.snippet.text
    text = seed_corpus.articles.set_index("article_id").loc[first.article_id, "text"]
    assert cues[0].text in text
    # an outlet's article count opens onto its article ids, without a snippet
    outlets = view.events[0].tables["outlets"]
    assert all(r.snippet is None and r.article_id in set(seed_corpus.articles["article_id"])
               for row in outlets.rows for r in row[1].evidence)
    # no seed word passes the corrected threshold: no word is listed, and the page says so
    keyness = view.events[0].keyness
    assert keyness and all(not k.table.rows and k.tested > 300 for k in keyness)
    page = report.render_page(view)
    assert "No word passes the corrected threshold" in page and "usual mark" not in page


def test_report_view_shows_no_interval_from_one_article_and_compares_two_outlets(seed_view):
    view, comparison = seed_view
    event = view.events[1]  # 6 January 2026: two outlets, one article each
    hedges = event.tables["hedge_rates"]
    assert all("no interval: 1 article" in row[4].text for row in hedges.rows if row[4].text != "–")
    sentiment = event.tables["actor_sentiment"]
    assert sentiment.rows and all(row[5].text == "none (1 article)" for row in sentiment.rows)
    differences = event.tables["hedge_differences"]
    expected = comparison["hedge_differences"]
    expected = expected[expected["event"] == event.event]
    assert len(differences.rows) == len(expected) == 4
    assert differences.rows[0][0].text == "unattributed (001) / unattributed (003)"
    assert differences.rows[0][5].text == f"{expected['p_value'].iloc[0]:.3f}"
    # shares of quotes carry their Wilson interval
    sourcing = view.events[0].tables["sourcing"]
    assert "Wilson" in sourcing.headers[4] and all("[" in row[4].text for row in sourcing.rows)


def test_report_view_lists_only_words_past_the_corrected_threshold():
    x_text = " ".join(["عدوان"] * 40 + ["سلام"] * 30 + ["في"] * 30)
    y_text = " ".join(["هدنة"] * 40 + ["سلام"] * 30 + ["في"] * 30)
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"], "event": ["e", "e", "f"],
                             "text": [x_text, y_text, "سلام حرب"]})
    from framing import compare
    from framing.pipeline import TABLE_COLUMNS

    empty = {name: pd.DataFrame(columns=cols) for name, cols in TABLE_COLUMNS.items()}
    comparison = compare.comparison_tables(empty, articles, n_boot=50)
    view = report.report_view(articles, empty, comparison, {})
    x = next(k for k in view.events[0].keyness if k.outlet == "X")
    words = [row[0].text for row in x.table.rows]
    assert words == ["عدوان", "هدنة"]  # used more, used less; not سلام, not the function word في
    assert x.table.rows[0][1].text == "40" and len(x.table.rows[0][1].evidence) == 40


def test_report_evidence_snippet_finds_sentences_once_per_article(monkeypatch):
    import framing.text

    calls = []
    split = framing.text.sentence_spans
    monkeypatch.setattr(framing.text, "sentence_spans", lambda text: calls.append(text) or split(text))
    text = "قال ماكرون إن أوروبا جاهزة. وأضاف أن الحرب طويلة. " * 50
    articles = pd.DataFrame({"article_id": ["a"], "text": [text], "outlet": ["X"]})
    evidence = report._Evidence(articles)
    rows = [evidence.row("a", [(m.start(), m.end(), "cue")]) for m in re.finditer("قال", text)]
    assert len(calls) == 1 and len(rows) == 50
    assert all(r.snippet.segments[0] == report.Segment("قال", "cue") for r in rows)
    assert report.evidence_snippet(text, [(0, 3, "cue")]) == rows[0].snippet


HOSTILE = '<script>alert("x")</script> & {{ 7*7 }} \'quoted\''


def test_report_page_escapes_hostile_outlet_speaker_and_article_text(tmp_path):
    """Outlet names, speakers and article text are data: the page shows them, never runs them."""
    import csv

    from framing.compare import comparison_tables
    from framing.corpus import read_corpus
    from framing.pipeline import Analyzer

    folder = tmp_path / "hostile"
    folder.mkdir()
    body = (f"قال الرئيس الفرنسي إيمانويل ماكرون إن «أوروبا جاهزة {HOSTILE}». "
            f"وأضاف ماكرون أن الحرب طويلة {HOSTILE}.\n")
    with open(folder / "corpus.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "outlet", "date", "event", "language", "notes"])
        for i, outlet in enumerate([f"Outlet {HOSTILE}", "Plain"]):
            (folder / f"a{i}.txt").write_text(body, encoding="utf-8")
            writer.writerow([f"a{i}.txt", outlet, "2025-09-04", f"summit {HOSTILE}", "ar", ""])
    corpus = read_corpus(folder)
    tables = Analyzer().analyze(corpus.articles)
    assert len(tables["quotes"])
    tables["quotes"] = tables["quotes"].assign(speaker_id=f"Speaker {HOSTILE}")
    comparison = comparison_tables(tables, corpus.articles, n_boot=10)
    page = report.index_html(corpus.articles, tables, comparison, {})
    view = report.report_view(corpus.articles, tables, comparison, {})

    assert "<script" not in page and "{{ 7*7 }}" in page and "49" not in page.split("<body>")[1]
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; {{ 7*7 }} &#39;quoted&#39;" in page
    assert f"<td>Outlet {HOSTILE}" not in page and "<td>Outlet &lt;script&gt;" in page
    assert "Speaker &lt;script&gt;" in page  # the speaker, in the table of speakers and in each note
    assert "<h2>Event: summit &lt;script&gt;" in page
    assert '<section id="summit-script-alert-x-script-7-7-quoted_event">' in page  # the anchor is a slug
    assert '<div class="ev" dir="rtl" lang="ar">' in page
    # the view model holds the text as it is: escaping is the template's
    assert any(HOSTILE in seg.text for ev in view.events for row in ev.tables["sourcing"].rows
               for r in row[1].evidence for seg in r.snippet.segments)


def test_report_page_of_sixty_outlets_on_one_event_stays_light(seed_corpus, monkeypatch):
    """Sixty outlets on one event: each number lists a few evidence rows (the rest are in the
    CSV tables), each outlet's distinctive words open on demand, wide tables scroll."""
    from framing.actors import load_gazetteer
    from framing.compare import comparison_tables
    from framing.pipeline import Analyzer

    seeds = seed_corpus.articles
    rows = []
    for i in range(60):
        seed = seeds.iloc[i % len(seeds)]
        paragraphs = [p for p in str(seed["text"]).split("\n") if p.strip()]
        text = "\n".join(paragraphs[i // len(seeds) % 3:][:4])  # a few paragraphs, not the same for each outlet
        rows.append({"article_id": f"a{i:02d}", "outlet": f"Outlet {i:02d}", "date": "2026-01-06", "event": "summit",
                     "text": text})
    articles = pd.DataFrame(rows)
    tables = Analyzer().analyze(articles)
    comparison = comparison_tables(tables, articles, n_boot=50)
    view = report.report_view(articles, tables, comparison, {}, gazetteer=load_gazetteer())
    (event,) = view.events
    limit = report.evidence_limit(60)
    assert limit < report.MAX_EVIDENCE and event.collapsed
    assert len(event.keyness) == 60
    cells = [c for t in event.tables.values() for row in t.rows for c in row if c.evidence and c.more_in]
    cells += [c for k in event.keyness for row in k.table.rows for c in row if c.evidence]
    assert cells and all(len(c.evidence) <= limit for c in cells)
    assert any(c.more for c in cells)  # the rest is counted and pointed to
    quotes = event.tables["sourcing"].rows
    n_quotes = comparison["sourcing"].set_index("outlet")["n_quotes"]
    assert all(int(n_quotes[row[0].text]) == len(row[1].evidence) + row[1].more for row in quotes if row[1].evidence)
    page = report.render_page(view)
    assert page.count("<details><summary>Outlet ") == 60
    assert '<div class="scroll"><table><thead><tr><th>actor</th>' in page
    assert page.count("<details><summary>Left out: ") == 1
    monkeypatch.setattr(report, "EVIDENCE_BUDGET", 100 * report.MAX_EVIDENCE)  # every number with 40 rows
    unlimited = report.render_page(report.report_view(articles, tables, comparison, {}, gazetteer=load_gazetteer()))
    assert 2 * len(page) < len(unlimited)  # about 3.6 MB instead of 8.4 MB (no word passes keyness here)
