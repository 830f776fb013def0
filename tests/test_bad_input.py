"""Bad input, faults and nothing lost: every case of the catalogue (tests/bad_inputs.py) through
every command that reads a corpus.

For each run: the documented exit code (0 ok, 2 bad input, 3 nothing to analyse), one-line
messages naming the file (and line), never a traceback, the inputs unchanged byte for byte, and
after a failed run the outputs of an earlier run left as they were.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pandas as pd
import pytest

import bad_inputs
import framing.actors
import framing.corpus
import framing.output
from bad_inputs import CASES, Fixture, corpus_commands, generate, run_main
from framing.corpus import clean_text, read_corpus
from framing.errors import FramingWarning, InputError
from framing.pipeline import Analyzer

COMMANDS = corpus_commands()

RUNS = [(case, command) for case in CASES if not case.huge for command, options in COMMANDS.items()
        if bad_inputs.applies(case, options)]


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> dict[str, Fixture]:
    """Every case but the 50 MB article, built once (the runs must not change them: checked)."""
    return generate(tmp_path_factory.mktemp("catalogue"))


_BUNDLED: dict = {}


@pytest.fixture
def bundled_lexicons_once(monkeypatch):
    """Load the bundled lexicons once for the module: the loaders are pure functions of their
    files, and user files (the cases under test) are still loaded on every run."""
    from_files, load_gazetteer = Analyzer.from_files.__func__, framing.actors.load_gazetteer

    def cached_from_files(cls, **files):
        if any(files.values()):
            return from_files(cls, **files)
        if "analyzer" not in _BUNDLED:
            _BUNDLED["analyzer"] = from_files(cls)
        return _BUNDLED["analyzer"]

    def cached_gazetteer(path=None, **kwargs):
        if path or kwargs:
            return load_gazetteer(path, **kwargs)
        if "gazetteer" not in _BUNDLED:
            _BUNDLED["gazetteer"] = load_gazetteer()
        return _BUNDLED["gazetteer"]

    monkeypatch.setattr(Analyzer, "from_files", classmethod(cached_from_files))
    monkeypatch.setattr(framing.actors, "load_gazetteer", cached_gazetteer)


def snapshot(path: Path) -> dict[str, bytes]:
    """Every file under ``path`` (or ``path`` itself) with its bytes."""
    if path.is_file():
        return {path.name: path.read_bytes()}
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def earlier_outputs(command: str, options: frozenset[str], out: Path) -> Path:
    """The output an earlier run left where ``command`` writes (a table file or a folder)."""
    if "--out" in options:
        (out / command / "tables").mkdir(parents=True, exist_ok=True)
        (out / command / "tables" / "articles.csv").write_text("earlier run\n", encoding="utf-8")
        (out / command / "articles.parquet").write_bytes(b"earlier run")
        return out / command
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{command}.csv").write_text("earlier run\n", encoding="utf-8")
    return out / f"{command}.csv"


# ---------------------------------------------------------------------------------------------
# Every case, every command


@pytest.mark.parametrize("case, command", RUNS, ids=[f"{case.name}-{command}" for case, command in RUNS])
def test_bad_input_every_command(catalogue, tmp_path, bundled_lexicons_once, case, command):
    fixture, options = catalogue[case.name], COMMANDS[command]
    for strict in (False, True):
        out = tmp_path / ("strict" if strict else "lenient")
        target = earlier_outputs(command, options, out)
        before_outputs, before_inputs = snapshot(target), bad_inputs.folder_hash(fixture.inputs)
        argv = bad_inputs.command_argv(command, options, fixture, strict=strict, out=out)
        code, stdout, err = run_main(argv)
        assert bad_inputs.problems(fixture, command, code, err, strict=strict) == [], (argv, err)
        assert "Traceback" not in stdout
        assert bad_inputs.folder_hash(fixture.inputs) == before_inputs, "an input was modified"
        after = snapshot(target)
        if code != 0:  # a failed run leaves the earlier outputs as they were, and no temporary file
            assert after == before_outputs
        elif "--out" in options:  # none of the earlier files removed (a figure with nothing to show is not written)
            assert set(before_outputs) <= set(after)
        else:
            assert after[target.name] != b"earlier run\n" and stdout == ""
        assert not [p for p in out.rglob(".*") if p.is_file()], "a temporary file was left behind"


SKIPPED = [case for case in CASES if case.skipped]


@pytest.mark.parametrize("case", SKIPPED, ids=[case.name for case in SKIPPED])
def test_bad_input_skipped_articles_are_listed(catalogue, case, capsys):
    """Lenient: the bad article is listed by ``corpus --skipped`` with its problem; the good one is read."""
    fixture = catalogue[case.name]
    code, out, err = run_main(["corpus", str(fixture.corpus), "--skipped", "--format", "csv"])
    assert code == 0, err
    skipped = pd.read_csv(io.StringIO(out), dtype=str)
    assert skipped.columns.tolist() == ["article_id", "source", "problem"]
    row = skipped.set_index("article_id").loc[case.skipped]
    assert fixture.names in row["source"]
    assert all(word in f"{row['source']}: {row['problem']}" for word in case.words)
    code, out, err = run_main(["corpus", str(fixture.corpus), "--format", "csv"])
    summary = pd.read_csv(io.StringIO(out), dtype=str)
    assert case.skipped not in summary["article_id"].tolist()
    assert len(summary) >= 1 and (summary["words"].astype(int) > 0).all()


DATA_FILE_CASES = [case for case in CASES if case.data_file]


@pytest.mark.parametrize("case", DATA_FILE_CASES, ids=[case.name for case in DATA_FILE_CASES])
def test_bad_input_data_file_error_names_file_and_line(catalogue, case):
    """Every malformed lexicon or gazetteer, whether or not a command takes it: an InputError
    naming the file (and line), as the command line prints it."""
    fixture = catalogue[case.name]
    with pytest.raises(InputError) as caught:
        Analyzer.from_files(**{case.data_file: fixture.data_file})
    message = str(caught.value)
    assert message.startswith(str(fixture.data_file)) and fixture.names in message
    assert all(word in message for word in case.words)
    assert "\n" not in message and caught.value.exit_code == 2


# ---------------------------------------------------------------------------------------------
# What the good-looking cases must read as


def _tables_of(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {name: table.drop(columns=["article_id"]) for name, table in Analyzer().analyze(articles).items()}


@pytest.mark.parametrize("character", bad_inputs.INVISIBLE, ids=[f"U+{ord(c):04X}" for c in bad_inputs.INVISIBLE])
def test_bad_input_invisible_characters_are_cleaned_away(character):
    """A zero-width or bidi control character between or inside words: the cleaned text, and so
    every finding and offset, is that of the text without it."""
    text = bad_inputs.OTHER_TEXT
    words = text.split(" ")
    spoiled = " ".join(w[:2] + character + w[2:] + character if i % 4 == 0 and len(w) > 2 else w
                       for i, w in enumerate(words))
    assert spoiled != text
    assert clean_text(spoiled).text == clean_text(text).text


def test_bad_input_invisible_characters_leave_findings_unchanged(catalogue):
    """The catalogue's article (every control character the cleaning knows, between and inside
    words) gives the findings of the clean text, at the same offsets."""
    raw = (catalogue["invisible-characters"].corpus / "controls.txt").read_text(encoding="utf-8")
    spoiled = pd.DataFrame({"article_id": ["controls"], "text": [clean_text(raw).text], "date": [None]})
    clean = pd.DataFrame({"article_id": ["controls"], "text": [clean_text(bad_inputs.OTHER_TEXT).text],
                          "date": [None]})
    expected, found = _tables_of(clean), _tables_of(spoiled)
    assert len(expected["mentions"]) > 10 and len(expected["quotes"]) > 2
    for name in expected:
        pd.testing.assert_frame_equal(found[name], expected[name], obj=name)


def test_bad_input_mixed_line_endings_keep_paragraphs_apart(catalogue):
    """CR LF, LF and a lone CR each end a paragraph: the same words and paragraphs as with LF."""
    corpus = read_corpus(catalogue["mixed-line-endings"].corpus).articles
    mixed = corpus.set_index("article_id").loc["mixed", "text"]
    expected = clean_text(bad_inputs.OTHER_TEXT).text
    assert mixed.split() == expected.split()
    assert mixed.count("\n") == expected.count("\n")


def test_bad_input_crlf_reads_as_lf(tmp_path):
    """Windows line ends alone change no word, no paragraph and no finding."""
    folder = bad_inputs._write(tmp_path / "crlf", {"crlf.txt": bad_inputs.OTHER_TEXT.replace("\n", "\r\n"),
                                                   "lf.txt": bad_inputs.OTHER_TEXT})
    articles = read_corpus(folder, strict=True).articles.set_index("article_id")
    assert articles.loc["crlf", "text"] == articles.loc["lf", "text"]


def test_bad_input_utf16_and_cp1256_read_as_utf8(catalogue):
    """The UTF-16 file, and the Windows-1256 file read with --encoding cp1256, give the UTF-8 text."""
    utf16 = read_corpus(catalogue["utf-16-bom"].corpus, strict=True).articles.set_index("article_id")
    cp1256 = read_corpus(catalogue["windows-1256-encoding"].corpus, strict=True, encoding="cp1256").articles
    expected = clean_text(bad_inputs.OTHER_TEXT).text
    assert utf16.loc["utf16", "text"] == expected
    assert cp1256.set_index("article_id").loc["cp1256", "text"] == expected


def test_bad_input_latin_only_article_is_read(catalogue):
    with pytest.warns(FramingWarning, match=r"english\.txt: only 0% of its letters are Arabic \(mostly Latin script\)"):
        corpus = read_corpus(catalogue["latin-only"].corpus, strict=True)  # read, and said to be unread
    english = corpus.articles[corpus.articles["article_id"] == "english"]
    tables = Analyzer().analyze(english)
    assert set(tables["mentions"]["actor_id"]) >= {"Emmanuel Macron", "Volodymyr Zelenskyy"}
    assert tables["quotes"].empty and tables["sentiment"].empty  # Arabic cues only
    # the report says which articles its zeros come from
    from framing.compare import comparison_tables
    from framing.report import render_page, report_view

    everything = Analyzer().analyze(corpus.articles)
    view = report_view(corpus.articles, everything, comparison_tables(everything, corpus.articles), {})
    assert view.not_arabic == ("english",)
    assert "1 article(s) are mostly not in Arabic (english)" in render_page(view)


def test_bad_input_unbalanced_marks_warn_with_their_offset(catalogue):
    """Each warning points at the unbalanced mark in the cleaned text of the article it names."""
    fixture = catalogue["unbalanced-quotes"]
    code, out, err = run_main(["quotes", str(fixture.corpus), "--format", "csv"])
    assert code == 0
    text = read_corpus(fixture.corpus).articles.set_index("article_id").loc["unbalanced", "text"]
    found = re.findall(r"^warning: unbalanced: unbalanced quotation mark (\S) at character (\d+)$", err, flags=re.M)
    assert len(found) >= 3 and len(found) == len(err.splitlines())
    assert {mark for mark, _ in found} >= {"«", "“", "”"}
    assert all(text[int(pos)] == mark for mark, pos in found)
    quotes = pd.read_csv(io.StringIO(out))
    assert (quotes["article_id"] == "unbalanced").sum() > (quotes["article_id"] == "good").sum()


@pytest.mark.slow
def test_bad_input_huge_article(tmp_path, bundled_lexicons_once):
    """One 50 MB article (one seed repeated): every command reads it, cleans its repeated lines
    away and analyses what is left, with exit code 0 and the inputs untouched."""
    fixture = generate(tmp_path, names=["huge-article"])["huge-article"]
    assert (fixture.corpus / "huge.txt").stat().st_size >= bad_inputs.HUGE_BYTES
    characters = len((fixture.corpus / "huge.txt").read_text(encoding="utf-8"))
    before = bad_inputs.folder_hash(fixture.inputs)
    for command, options in COMMANDS.items():
        argv = bad_inputs.command_argv(command, options, fixture, strict=False, out=tmp_path / "out")
        code, out, err = run_main(argv)
        assert bad_inputs.problems(fixture, command, code, err, strict=False) == [], (argv, err)
    assert bad_inputs.folder_hash(fixture.inputs) == before
    code, out, err = run_main(["corpus", str(fixture.corpus), "--format", "csv"])
    table = pd.read_csv(io.StringIO(out))
    assert set(table["article_id"]) == {"huge"}  # one copy of the seed is left
    assert characters - len(bad_inputs.seed_text("001")) <= table.loc[0, "chars_removed"] < characters


@pytest.mark.slow
def test_bad_input_many_outlets_report(tmp_path, bundled_lexicons_once):
    """60 outlets on one event: `framing report` draws a figure of distinctive words for each outlet
    that has one (none here: its articles share their sentences) and writes a page that stays light (each outlet's words collapsed, a few evidence
    rows per number)."""
    fixture = generate(tmp_path, names=["many-outlets"])["many-outlets"]
    before = bad_inputs.folder_hash(fixture.inputs)
    out = tmp_path / "report"
    code, _, err = run_main(["report", str(fixture.corpus), "--out", str(out), "--quiet"])
    assert code == 0, err
    keyness = pd.read_parquet(out / "tables" / "keyness.parquet")
    with_words = keyness.loc[keyness["distinctive"].astype(bool), "outlet"].nunique()
    assert len(list((out / "figures").glob("paris_keyness_outlet-*.png"))) == with_words
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count("<details><summary>Outlet ") == 60
    assert len(page.encode("utf-8")) < 15_000_000  # 58 MB before, for 60 outlets of long articles
    assert bad_inputs.folder_hash(fixture.inputs) == before


# ---------------------------------------------------------------------------------------------
# Interrupted runs


OUTPUT_COMMANDS = sorted(c for c, options in COMMANDS.items() if {"--out", "--output"} & options)


def _output_args(command: str, target: Path) -> list[str]:
    options = COMMANDS[command]
    flag = ["--out", str(target)] if "--out" in options else ["--output", str(target)]
    return flag + (["--quiet"] if "--quiet" in options else [])


@pytest.fixture(scope="module")
def earlier_run(tmp_path_factory, seeds_dir):
    """``earlier_run(command)``: (the corpus of a later run, the files of an earlier run).

    The earlier run reads the seed 001, the later one the seed 003; both without their manifest
    unless the command writes nothing then (figures need an event)."""
    root = tmp_path_factory.mktemp("earlier")
    runs: dict[str, tuple[Path, dict[str, bytes]]] = {}

    def corpus(name: str, prefix: str, events: bool) -> Path:
        folder = root / ("events" if events else "plain") / name
        if not folder.exists():
            (source,) = seeds_dir.glob(f"{prefix}*.txt")
            bad_inputs._write(folder, {source.name: source.read_bytes()})
            if events:
                rows = [line for line in (seeds_dir / "corpus.csv").read_text(encoding="utf-8").splitlines(True)
                        if line.startswith(("file,", source.name))]
                (folder / "corpus.csv").write_text("".join(rows), encoding="utf-8")
        return folder

    def run(command: str) -> tuple[Path, dict[str, bytes]]:
        if command not in runs:
            for events in (False, True):
                target = root / ("events" if events else "plain") / "out" / command
                earlier = corpus("earlier", "001", events)
                code, _, err = run_main([command, str(earlier), *_output_args(command, target)])
                assert code == 0, err
                if target.exists() and snapshot(target):
                    break
            runs[command] = (corpus("later", "003", events), snapshot(target))
        return runs[command]

    return run


def _put_back(command: str, target: Path, before: dict[str, bytes]) -> None:
    """Write an earlier run's outputs (``before``: name -> bytes) where ``command`` writes them."""
    if "--out" in COMMANDS[command]:
        for name, data in before.items():
            bad_inputs._write((target / name).parent, {Path(name).name: data})
    else:
        bad_inputs._write(target.parent, {target.name: before[target.name]})


@pytest.mark.parametrize("where", ["reading", "writing"])
@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_bad_input_interrupted_run_keeps_earlier_outputs(tmp_path, earlier_run, monkeypatch, command, where):
    """Ctrl-C while reading the corpus or while writing the first output file: exit code 130, the
    earlier run's outputs byte for byte, no temporary file."""
    later, before = earlier_run(command)
    assert before
    target = tmp_path / "out" / command
    _put_back(command, target, before)
    assert snapshot(target) == before

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    if where == "reading":
        monkeypatch.setattr(framing.corpus, "clean_text", interrupt)
    else:
        monkeypatch.setattr(framing.output.os, "replace", interrupt)
    code, _, err = run_main([command, str(later), *_output_args(command, target)])
    monkeypatch.undo()
    assert code == 130 and err.strip().splitlines()[-1].startswith("error: interrupted")
    assert snapshot(target) == before
    assert not [p for p in target.parent.rglob(".*") if p.is_file()]


def test_bad_input_docs_list_every_case(repo_root):
    """docs/robustness.md lists every case of the catalogue, with its exit codes."""
    text = (repo_root / "docs" / "robustness.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| [^|]+ \| (\d) \| (\d) \|", text, flags=re.M)
    assert [(name, int(lenient), int(strict)) for name, lenient, strict in rows] == [
        (case.name, case.lenient, case.strict) for case in CASES]


# ---------------------------------------------------------------------------------------------
# The machine, not the input: a full disk, an --out that is a file, a terminated analyze


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_bad_input_full_disk_is_exit_2_naming_the_path(tmp_path, earlier_run, monkeypatch, command):
    """The disk fills up while the outputs are written: exit code 2, one line naming the path,
    the earlier run's outputs byte for byte, no temporary file."""
    later, before = earlier_run(command)
    target = tmp_path / "out" / command
    _put_back(command, target, before)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(framing.output.os, "fsync", full)
    code, _, err = run_main([command, str(later), *_output_args(command, target)])
    monkeypatch.undo()
    assert code == 2, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("error: ") and "No space left on device" in last and str(tmp_path / "out") in last
    assert snapshot(target) == before
    assert not [p for p in target.parent.rglob(".*") if p.is_file()]


FOLDER_COMMANDS = sorted(c for c, options in COMMANDS.items() if "--out" in options)


@pytest.mark.parametrize("command", FOLDER_COMMANDS)
def test_bad_input_out_naming_a_file_is_refused_before_any_work(tmp_path, seeds_dir, monkeypatch, command):
    """``--out`` naming an existing file: exit code 2 before the corpus is read, the file untouched."""
    target = tmp_path / "results.csv"
    target.write_text("a file of mine\n", encoding="utf-8")

    def no_work(*args, **kwargs):
        raise AssertionError("the corpus was read")

    monkeypatch.setattr(framing.corpus, "clean_text", no_work)
    code, _, err = run_main([command, str(seeds_dir), *_output_args(command, target)])
    assert code == 2
    assert err.strip() == f"error: {target}: a file, not a folder: refusing to replace it (--out needs a folder)"
    assert target.read_text(encoding="utf-8") == "a file of mine\n"


def _descendants(pid: int) -> set[int]:
    """The processes started by ``pid`` and by them, from /proc (Linux)."""
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            with contextlib.suppress(OSError):
                children = {int(c) for c in (task / "children").read_text().split()}
                todo.extend(children - found)
                found |= children
    return found


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (not gone, not a zombie waiting to be reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _terminate_when(command: list[str], ready, *, cwd: Path, repo_root: Path) -> str:
    """Run ``framing COMMAND``, send it SIGTERM once ``ready(children)`` holds (``children``: its
    process tree so far), and check: exit code 143, "error: terminated" last, and no process of
    the tree alive 30 s later. Returns its standard error."""
    import os
    import signal
    import subprocess
    import sys
    import time

    env = {**os.environ, "PYTHONPATH": str(repo_root)}
    process = subprocess.Popen([sys.executable, "-m", "framing", *command], env=env, cwd=cwd,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    children: set[int] = set()
    deadline = time.monotonic() + 600
    while process.poll() is None and time.monotonic() < deadline:
        children |= _descendants(process.pid)
        if ready(children):
            break
        time.sleep(0.02)
    assert process.poll() is None, "finished before it could be terminated"
    children |= _descendants(process.pid)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 143, err
    assert err.strip().splitlines()[-1].startswith("error: terminated"), err
    deadline = time.monotonic() + 30
    alive = children
    while alive and time.monotonic() < deadline:
        alive = {pid for pid in alive if _running(pid)}
        time.sleep(0.2)
    assert not alive, f"processes left running: {sorted(alive)}"
    return err


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc")
def test_bad_input_terminated_analyze_leaves_no_temporary_file_and_no_process(tmp_path, repo_root):
    """``framing analyze --jobs 2`` sent SIGTERM while it works: exit code 143, no temporary file,
    and no process of it (fork server, workers) outlives it."""
    import sys

    sys.path.insert(0, str(repo_root / "benchmarks"))
    from throughput import write_corpus

    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out"
    write_corpus(400, corpus)

    def writing(children: set[int]) -> bool:  # the workers' chunks are coming back
        written = [p for p in out.iterdir() if p.name.startswith(".articles.parquet")] if out.exists() else []
        return len(children) >= 3 and bool(written) and written[0].stat().st_size > 4096

    _terminate_when(["analyze", str(corpus), "--out", str(out), "--jobs", "2", "--chunk-size", "10", "--quiet"],
                    writing, cwd=tmp_path, repo_root=repo_root)
    assert not (out.exists() and [p.name for p in out.rglob(".*")]), "temporary files were left behind"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc")
def test_bad_input_terminated_report_while_drawing_leaves_no_process(tmp_path, repo_root):
    """``framing report --jobs 2`` sent SIGTERM while its workers draw the figures: exit code 143,
    no report and no staging folder, and no process of it (fork server, drawing workers) outlives
    it (a worker stopped as it starts used to print a traceback)."""
    out = tmp_path / "out"
    _terminate_when(["report", str(repo_root / "seeds"), "--out", str(out), "--jobs", "2", "--quiet"],
                    lambda children: len(children) >= 3, cwd=tmp_path, repo_root=repo_root)
    assert not out.exists() and not list(tmp_path.glob(".out.*")), "a report or staging folder was left behind"
