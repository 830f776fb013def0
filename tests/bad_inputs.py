"""The bad-input catalogue: every spoiled corpus, manifest, lexicon and gazetteer the toolkit must
survive, generated on demand into a folder (no fixture is committed as a file).

Each :class:`Case` builds its fixture from the bundled seeds and data files and says what every
command that reads a corpus must do with it: the exit code without and with ``--strict``, the
file (and line) its one-line message names, words of that message, and the article listed in
the skipped table. ``tests/test_bad_input.py`` runs every case through every such command;
``benchmarks/bad_input_report.py`` prints the same runs as a table.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     fixture = generate(Path(tmp), names=["empty-file"])["empty-file"]
...     sorted(p.name for p in fixture.corpus.iterdir()), fixture.names
(['empty.txt', 'good.txt'], 'empty.txt')
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "seeds"
MANIFEST_HEAD = "file,outlet,date,event,language,notes\n"
HUGE_BYTES = 50 * 1024 * 1024

# The options that take each kind of data file, whichever commands have them.
DATA_FILE_OPTIONS = {
    "gazetteer": ("--gazetteer",),
    "hedges": ("--lexicon", "--hedges"),
    "hedge_patterns": ("--hedge-patterns",),
    "sentiment": ("--sentiment",),
    "cues": ("--cues",),
}
# Commands that only read the corpus and find actors: they never look at quotation marks.
NO_QUOTE_COMMANDS = frozenset({"corpus", "actors"})
# A notice of the report commands about the comparison, not about a file of the case.
BENIGN_WARNINGS = ("left out of the comparisons", "compared over the whole corpus")


def seed_text(prefix: str) -> str:
    """The raw text of the seed whose name starts with ``prefix``."""
    (path,) = sorted(SEEDS.glob(f"{prefix}*.txt"))
    return path.read_text(encoding="utf-8")


def excerpt(prefix: str, paragraphs: int) -> str:
    """The first non-empty ``paragraphs`` lines of a seed, one per line.

    >>> excerpt("002", 2).count("\\n")
    2
    """
    lines = [line for line in seed_text(prefix).split("\n") if line.strip()]
    return "\n".join(lines[:paragraphs]) + "\n"


# A short article with findings in every table (mentions, quotes, hedges, sentiment) and no
# warning: the good companion of each spoiled article.
GOOD_TEXT = excerpt("002", 8)
OTHER_TEXT = excerpt("004", 6)
LATIN_TEXT = (
    "Paris, 6 January. French President Emmanuel Macron said on Tuesday that Europe was ready to "
    "offer Ukraine security guarantees. \"We are ready,\" he told reporters after the summit.\n"
    "Volodymyr Zelenskyy thanked the allies, and NATO officials said the plan would probably need "
    "more work.\n"
)
# Zero-width and bidi control characters, as scraped pages carry them: between words and inside
# them (the Arabic letter mark, the marks of direction, embeddings, isolates, the word joiner).
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202e",
             "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u00ad", "\u061c", "\u2060"]
UNBALANCED_TEXT = (
    "وقال ماكرون للصحفيين: «إن أوروبا جاهزة لتقديم الضمانات\n"
    "ويرى مراقبون أن الاتفاق ما زال بعيدا” بحسب مصادر دبلوماسية.\n"
    "وأضاف زيلينسكي “نحن ممتنون لشركائنا، وقال «لن نتراجع» أمام الضغوط.\n"
)


@dataclass(frozen=True)
class Fixture:
    """A generated case: the corpus PATH, the data file given to the case's option (if any), the
    folder holding all of the case's inputs, and what its message names (``file`` or ``file:line``)."""

    case: Case
    corpus: Path
    inputs: Path
    names: str | None = None
    data_file: Path | None = None


@dataclass(frozen=True)
class Case:
    """One kind of bad input, and what every command reading a corpus must do with it.

    ``lenient``/``strict``: the exit codes without and with ``--strict``. ``words``: words of the
    message that names the fixture's file (the error when the run fails, else a warning; no
    message is expected when ``words`` is empty). ``data_file``: the kind of lexicon passed with
    one of :data:`DATA_FILE_OPTIONS`. ``skipped``: the article id listed by ``corpus --skipped``.
    ``quote_marks``: the message comes from quotation-mark checks, so only commands that find
    quotes print it. ``huge``: a long case (the 50 MB article, 60 outlets), generated only on request
    and run by a test of its own. ``output``: where the
    outputs go instead (``--output`` and ``--out``), relative to the case's folder.
    """

    name: str
    description: str
    build: Callable[[Path], tuple[Path, str | None, Path | None]] = field(repr=False)
    lenient: int = 0
    strict: int = 0
    words: tuple[str, ...] = ()
    strict_words: tuple[str, ...] | None = None
    data_file: str | None = None
    args: tuple[str, ...] = ()
    skipped: str | None = None
    quote_marks: bool = False
    huge: bool = False
    output: str | None = None

    def expected_code(self, strict: bool) -> int:
        return self.strict if strict else self.lenient

    def expected_words(self, strict: bool) -> tuple[str, ...]:
        return self.strict_words if strict and self.strict_words is not None else self.words


# ---------------------------------------------------------------------------------------------
# Builders: each writes under ``folder`` and returns (corpus PATH, names, data file)


def _write(folder: Path, files: dict[str, bytes | str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


def _with_good(bad_name: str, data: bytes | str, names: str | None = None):
    def build(folder: Path):
        return _write(folder / "corpus", {bad_name: data, "good.txt": GOOD_TEXT}), names or bad_name, None

    return build


def _alone(name: str, data: bytes | str):
    def build(folder: Path):
        return _write(folder / "corpus", {name: data}), None, None

    return build


def _mixed_line_endings(text: str) -> str:
    """The paragraphs of ``text`` ended in turn by CR LF, LF and a lone CR."""
    lines = [line for line in text.split("\n") if line]
    return "".join(line + ("\r\n", "\n", "\r")[i % 3] for i, line in enumerate(lines))


def with_invisible_characters(text: str) -> str:
    """``text`` with a zero-width or bidi control character after every third word and inside
    every seventh word (deterministic).

    >>> with_invisible_characters("a bb cc dd")
    'a bb cc\\u200c dd'
    """
    words = text.split(" ")
    out = []
    for i, word in enumerate(words, start=1):
        if i % 7 == 0 and len(word) > 2:
            word = word[:2] + INVISIBLE[(i // 7) % len(INVISIBLE)] + word[2:]
        if i % 3 == 0:
            word += INVISIBLE[(i // 3) % len(INVISIBLE)]
        out.append(word)
    return " ".join(out)


def _html_page() -> str:
    body = "".join(f"<p>{line}</p>\n" for line in GOOD_TEXT.splitlines())
    head = '<head><meta charset="utf-8"><title>قمة باريس</title></head>'
    return f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">{head}\n<body>\n{body}</body></html>\n'


def _binary() -> bytes:
    """A PNG image's first bytes (a signature, a header chunk with zero bytes), then noise."""
    header = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
    return header + bytes(range(256)) * 8


def _huge(folder: Path):
    """A single 50 MB article: the seed 001 repeated, line by line, until it reaches HUGE_BYTES."""
    seed = seed_text("001").encode("utf-8")
    if not seed.endswith(b"\n"):
        seed += b"\n"
    corpus = folder / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    with open(corpus / "huge.txt", "wb") as handle:
        handle.write(seed * (HUGE_BYTES // len(seed) + 1))
    return corpus, None, None


def _manifest(rows: str, *, head: str = MANIFEST_HEAD, names: str | None = None, extra: dict | None = None):
    def build(folder: Path):
        corpus = _write(folder / "corpus", {"good.txt": GOOD_TEXT, "other.txt": OTHER_TEXT, **(extra or {})})
        (corpus / "corpus.csv").write_bytes((head + rows).encode("utf-8") if isinstance(rows, str) else rows)
        return corpus, names, None

    return build


def _table(name: str, content: str, names: str | None):
    def build(folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(content, encoding="utf-8")
        return folder / name, names, None

    return build


def _csv_table(rows: list[tuple[str, str]]) -> str:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["article_id", "outlet", "text"])
    writer.writerows((article_id, "Outlet", text) for article_id, text in rows)
    return buffer.getvalue()


def bundled_text(name: str) -> str:
    """A bundled data file's text, ending with a newline."""
    from framing.lexicon import data_file

    text = data_file(name).read_text(encoding="utf-8")
    return text if text.endswith("\n") else text + "\n"


def _spoiled_data_file(bundled: str, spoil: Callable[[str], tuple[str, int | None]], *, encoding: str = "utf-8"):
    """A copy of a bundled data file, spoiled by ``spoil(text) -> (text, line of the fault)``."""

    def build(folder: Path):
        corpus = _write(folder / "corpus", {"good.txt": GOOD_TEXT})
        text, line = spoil(bundled_text(bundled))
        path = folder / bundled
        path.write_bytes(text.encode(encoding, errors="replace"))
        return corpus, f"{path.name}:{line}" if line else path.name, path

    return build


def _append(row: str) -> Callable[[str], tuple[str, int]]:
    """Spoil a file by appending ``row``; the fault is on the new last line."""
    return lambda text: (text + row + "\n", text.count("\n") + 1)


def _header_without(column: str) -> Callable[[str], tuple[str, int]]:
    """Spoil a TSV by dropping ``column`` from its header row."""

    def spoil(text: str) -> tuple[str, int]:
        lines = text.split("\n")
        n = next(i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#"))
        lines[n] = "\t".join(c for c in lines[n].split("\t") if c.strip() != column)
        return "\n".join(lines), n + 1

    return spoil


def _pattern(parts: str, subcategory: str = "booster") -> Callable[[str], tuple[str, None]]:
    """Spoil a pattern file by appending a pattern named 'wide' with these parts."""
    table = (f'\n[[pattern]]\nname = "wide"\ncategory = "booster"\nsubcategory = "{subcategory}"\n'
             f'source = "test"\nparts = [{parts}]\n')
    return lambda text: (text + table, None)


def _gazetteer(spoil: Callable[[str], tuple[str, int | None]]):
    return _spoiled_data_file("actors.toml", spoil)


def _actor(entry: str) -> Callable[[str], tuple[str, None]]:
    return lambda text: (text + "\n[[actor]]\n" + entry + "\n", None)


def _missing_data_file(name: str):
    def build(folder: Path):
        corpus = _write(folder / "corpus", {"good.txt": GOOD_TEXT})
        return corpus, name, folder / name

    return build


def _data_file_folder(folder: Path):
    corpus = _write(folder / "corpus", {"good.txt": GOOD_TEXT})
    (folder / "hedges-folder").mkdir()
    return corpus, "hedges-folder", folder / "hedges-folder"


def _all_bad(folder: Path):
    corpus = _write(folder / "corpus", {"a.txt": b"", "b.txt": _binary(), "c.txt": _html_page()})
    return corpus, "corpus", None


def _no_such_path(folder: Path):
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "nowhere", "nowhere", None


def _not_a_corpus(folder: Path):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04" + bytes(64))
    return folder / "notes.docx", "notes.docx", None


def _empty_folder(folder: Path):
    corpus = _write(folder / "corpus", {"README.md": "نصوص المقالات هنا\n"})
    return corpus, "corpus", None


def _beside_corpus(extra: Callable[[Path], None]):
    """A corpus of one good article; ``extra(folder)`` adds what the case needs beside it."""

    def build(folder: Path):
        corpus = _write(folder / "corpus", {"good.txt": GOOD_TEXT})
        extra(folder)
        return corpus, None, None

    return build


def _symlink_output(folder: Path) -> None:
    (folder / "real.csv").write_text("a file the link points to\n", encoding="utf-8")
    (folder / "link").symlink_to(folder / "real.csv")


def _fifo_output(folder: Path) -> None:
    import os

    os.mkfifo(folder / "pipe")


SECRET_TEXT = "كلمة السر: لا تنشر هذا السطر في أي تقرير.\n"


def _outside(rows: str, *, link: bool = False):
    """A corpus whose manifest (or a symbolic link) names ``../secret.txt``, a file beside the folder."""

    def build(folder: Path):
        corpus = _write(folder / "corpus", {"good.txt": GOOD_TEXT, "other.txt": OTHER_TEXT})
        (folder / "secret.txt").write_text(SECRET_TEXT, encoding="utf-8")
        if link:
            (corpus / "leak.txt").symlink_to(folder / "secret.txt")
            return corpus, "leak.txt", None
        (corpus / "corpus.csv").write_text(MANIFEST_HEAD + rows, encoding="utf-8")
        return corpus, "corpus.csv:4", None

    return build


def _outlets(*names: str):
    """A corpus of two articles on one event, with these outlet names (figures are drawn)."""
    import csv

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(
        [("file", "outlet", "date", "event", "language", "notes")]
        + [(f, n, "2025-09-04", "paris", "ar", "") for f, n in zip(("good.txt", "other.txt"), names, strict=True)])
    return _manifest(buffer.getvalue(), head="")


def _many_outlets(n: int):
    """A corpus of ``n`` outlets on one event, each with its own short article (each article takes
    a few paragraphs of the two good texts, from its own place on)."""

    def build(folder: Path):
        paragraphs = [p for p in (GOOD_TEXT + "\n" + OTHER_TEXT).split("\n") if p.strip()]
        files = {f"o{i:02d}.txt": "\n".join(paragraphs[i % len(paragraphs):][:3] or paragraphs[:3]) for i in range(n)}
        files["corpus.csv"] = MANIFEST_HEAD + "".join(f"o{i:02d}.txt,Outlet {i:02d},2025-09-04,paris,ar,\n"
                                                      for i in range(n))
        return _write(folder / "corpus", files), "corpus.csv", None

    return build


def _absolute_outside(folder: Path):
    """A corpus whose manifest names a file outside it by its absolute path (as /etc/passwd)."""
    corpus = _write(folder / "corpus", {"good.txt": GOOD_TEXT, "other.txt": OTHER_TEXT})
    secret = folder / "secret.txt"
    secret.write_text(SECRET_TEXT, encoding="utf-8")
    (corpus / "corpus.csv").write_text(MANIFEST_HEAD + "good.txt,X,2025-09-04,,ar,\nother.txt,Y,2025-09-04,,ar,\n"
                                       f"{secret},Z,2025-09-04,,ar,\n", encoding="utf-8")
    return corpus, "corpus.csv:4", None


def _integer_text(folder: Path):
    """A Parquet table whose text column holds integers (an id column taken for the text)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({"article_id": ["a", "b"], "outlet": ["X", "Y"], "text": pa.array([1, 2], pa.int64())}),
                   folder / "ints.parquet")
    return folder / "ints.parquet", "ints.parquet", None


MANY_MARKS = "وقال المتحدث " + "«" * 5000 + " ثم انصرف.\n"
DIACRITICS_RUN = "قال ماكرون " + "\u064e" * 80_000 + " إن أوروبا جاهزة.\n"


# ---------------------------------------------------------------------------------------------
# The catalogue

CASES: list[Case] = [
    # -- one bad article beside a good one -------------------------------------------------------
    Case("empty-file", "a 0-byte .txt beside a good article", _with_good("empty.txt", b""),
         0, 2, ("empty or whitespace-only",), skipped="empty"),
    Case("whitespace-only", "spaces, tabs, CR LF, no-break and ideographic spaces only",
         _with_good("blank.txt", " \t\n\r\n\u00a0\u3000 \n"), 0, 2, ("empty or whitespace-only",), skipped="blank"),
    Case("windows-1256", "Arabic text saved as Windows-1256, read as UTF-8",
         _with_good("cp1256.txt", OTHER_TEXT.encode("cp1256")), 0, 2, ("not valid utf-8", "--encoding"),
         skipped="cp1256"),
    Case("windows-1256-encoding", "the same file alone, read with --encoding cp1256",
         _alone("cp1256.txt", OTHER_TEXT.encode("cp1256")), 0, 0, args=("--encoding", "cp1256")),
    Case("utf-16-bom", "UTF-16 (little-endian, with a byte-order mark) beside UTF-8",
         _with_good("utf16.txt", OTHER_TEXT.encode("utf-16")), 0, 0),
    Case("mixed-line-endings", "paragraphs ended in turn by CR LF, LF and a lone CR",
         _with_good("mixed.txt", _mixed_line_endings(OTHER_TEXT)), 0, 0),
    Case("html-as-txt", "a whole HTML page saved as .txt", _with_good("page.txt", _html_page()),
         0, 2, ("HTML",), skipped="page"),
    Case("binary", "an image saved as .txt", _with_good("photo.txt", _binary()), 0, 2, ("binary",),
         skipped="photo"),
    Case("latin-only", "an article in English only: read, with a warning that its zeros are not findings",
         _with_good("english.txt", LATIN_TEXT), 0, 0, ("letters are Arabic",)),
    Case("invisible-characters", "zero-width and bidi control characters between and inside words",
         _with_good("controls.txt", with_invisible_characters(OTHER_TEXT)), 0, 0),
    Case("unbalanced-quotes", "unclosed « and “, a stray ”",
         _with_good("unbalanced.txt", GOOD_TEXT + UNBALANCED_TEXT, "unbalanced:"),
         0, 0, ("unbalanced quotation mark",), quote_marks=True),
    Case("huge-article", "one 50 MB article (the seed 001 repeated)", _huge, 0, 0, huge=True),
    Case("all-bad", "every article bad (empty, binary, HTML): nothing to analyse", _all_bad,
         3, 2, ("no article to analyse (3 skipped)",), strict_words=("empty or whitespace-only",)),
    # -- the corpus as a whole -------------------------------------------------------------------
    Case("no-such-path", "a corpus PATH that does not exist", _no_such_path, 2, 2, ("no such file or folder",)),
    Case("not-a-corpus", "a file that is neither .txt nor a table", _not_a_corpus, 2, 2, ("not a corpus",)),
    Case("no-txt-files", "a folder without any .txt file", _empty_folder, 2, 2, ("no .txt files",)),
    # -- manifests (corpus.csv) ------------------------------------------------------------------
    Case("manifest-missing-columns", "corpus.csv without its 'file' column",
         _manifest("good.txt,X,2025-09-04\n", head="name,outlet,date\n", names="corpus.csv:1"),
         2, 2, ("missing column 'file'",)),
    Case("manifest-metadata-columns-missing", "corpus.csv with only file and outlet: metadata left empty",
         _manifest("good.txt,X\nother.txt,Y\n", head="file,outlet\n"), 0, 0),
    Case("manifest-duplicate-ids", "the same file on two rows",
         _manifest("good.txt,X,2025-09-04,e,ar,\nother.txt,Y,2025-09-04,e,ar,\ngood.txt,Z,2025-09-04,e,ar,\n",
                   names="corpus.csv:4"), 2, 2, ("duplicate file 'good.txt'", "first on line 2")),
    Case("manifest-unknown-file", "a row naming a file that is not there",
         _manifest("good.txt,X,2025-09-04,,ar,\nother.txt,Y,2025-09-04,,ar,\ngone.txt,Z,2025-09-04,,ar,\n",
                   names="corpus.csv:4"), 0, 2, ("'gone.txt' not found",), skipped="gone"),
    Case("manifest-bad-date", "a row with the date 2025-13-01",
         _manifest("good.txt,X,2025-09-04,,ar,\nother.txt,Y,2025-13-01,,ar,\n", names="corpus.csv:3"),
         0, 2, ("bad date '2025-13-01'", "YYYY-MM-DD"), skipped="other"),
    Case("manifest-unlisted-file", "a .txt file the manifest does not list",
         _manifest("good.txt,X,2025-09-04,,ar,\n", names="other.txt"), 0, 0, ("not listed in corpus.csv",)),
    Case("manifest-unclosed-quote", "a notes cell whose quotation mark never closes",
         _manifest('good.txt,X,2025-09-04,e,ar,"never closed\nother.txt,Y,2025-09-04,e,ar,\n', names="corpus.csv"),
         2, 2, ("not a readable CSV manifest",)),
    Case("manifest-empty", "a 0-byte corpus.csv", _manifest("", head="", names="corpus.csv"),
         2, 2, ("not a readable CSV manifest",)),
    Case("manifest-not-utf8", "corpus.csv saved as Windows-1256",
         _manifest(("good.txt,الشرق الأوسط,2025-09-04,e,ar,\n").encode("cp1256"), head="", names="corpus.csv"),
         2, 2, ("not a readable CSV manifest",)),
    # -- tables ----------------------------------------------------------------------------------
    Case("table-duplicate-ids", "a CSV table with the id 'a' twice",
         _table("dup.csv", _csv_table([("a", GOOD_TEXT), ("a", OTHER_TEXT)]), "dup.csv"),
         2, 2, ("duplicate article id 'a'",)),
    Case("table-empty-text", "a CSV table with an empty text cell",
         _table("rows.csv", _csv_table([("a", GOOD_TEXT), ("b", "  ")]), "rows.csv:3"),
         0, 2, ("empty or missing text",), skipped="b"),
    Case("table-no-text-column", "a CSV table without a text column",
         _table("meta.csv", "article_id,outlet\na,X\n", "meta.csv"), 2, 2, ("no text column",)),
    Case("jsonl-invalid-line", "a JSONL table whose second line is not JSON",
         _table("rows.jsonl", json.dumps({"id": "a", "text": GOOD_TEXT}, ensure_ascii=False) + "\n{'id': 'b'\n",
                "rows.jsonl:2"), 2, 2, ("invalid JSON",)),
    # -- lexicons --------------------------------------------------------------------------------
    Case("hedges-field-count", "hedges.tsv: a row with more fields than the header",
         _spoiled_data_file("hedges.tsv", _append("ربما\thedge\tepistemic_modal\t\t0\tnote\textra\tmore")),
         2, 2, ("8 fields, but the header has 7",), data_file="hedges"),
    Case("hedges-bad-category", "hedges.tsv: category 'maybe'",
         _spoiled_data_file("hedges.tsv", _append("على الأرجح جدا\tmaybe\tepistemic_modal\t\t0\t")),
         2, 2, ("category 'maybe' is not one of",), data_file="hedges"),
    Case("hedges-header-lacks-column", "hedges.tsv: no 'category' column in the header",
         _spoiled_data_file("hedges.tsv", _header_without("category")),
         2, 2, ("header lacks column 'category'",), data_file="hedges"),
    Case("hedges-not-utf8", "hedges.tsv saved as Windows-1256",
         _spoiled_data_file("hedges.tsv", lambda text: (text, None), encoding="cp1256"),
         2, 2, ("not valid UTF-8",), data_file="hedges"),
    Case("hedge-patterns-gap-too-wide", "hedge_patterns.toml: a part that lets nine words come before it",
         _spoiled_data_file("hedge_patterns.toml", _pattern('{ words = ["لا"] }, { words = ["شك"], gap = 9 }')),
         2, 2, ("'wide'", "gap must be a whole number from 0 to 4"), data_file="hedge_patterns"),
    Case("hedge-patterns-bad-subcategory", "hedge_patterns.toml: subcategory 'doubt'",
         _spoiled_data_file("hedge_patterns.toml", _pattern('{ words = ["لا"] }, { words = ["شك"] }', subcategory="doubt")),
         2, 2, ("subcategory 'doubt' is not one of",), data_file="hedge_patterns"),
    Case("hedge-patterns-not-toml", "hedge_patterns.toml: a table left open",
         _spoiled_data_file("hedge_patterns.toml", _append("[[pattern]\nname = 'x'")),
         2, 2, ("not valid TOML",), data_file="hedge_patterns"),
    Case("sentiment-bad-polarity", "sentiment.tsv: polarity 'neutral'",
         _spoiled_data_file("sentiment.tsv", _append("مقبول جدا\tneutral\t1\tpraise\t0\tany\tflip\t")),
         2, 2, ("polarity 'neutral' is not one of",), data_file="sentiment"),
    Case("sentiment-bad-strength", "sentiment.tsv: strength 'strong'",
         _spoiled_data_file("sentiment.tsv", _append("رائع جدا\tpositive\tstrong\tpraise\t0\tany\tflip\t")),
         2, 2, ("strength 'strong' is not a number",), data_file="sentiment"),
    Case("sentiment-field-count", "sentiment.tsv: a row with 9 fields",
         _spoiled_data_file("sentiment.tsv", _append("رائع\tpositive\t2\tpraise\t0\tany\tflip\tnote\textra")),
         2, 2, ("9 fields, but the header has 8",), data_file="sentiment"),
    Case("cues-bad-verb-class", "reporting_cues.tsv: verb_class 'shouting'",
         _spoiled_data_file("reporting_cues.tsv", _append("صرخ\tصرخ\tverb\tshouting\t0\t")),
         2, 2, ("verb_class 'shouting' is not one of",), data_file="cues"),
    Case("cues-field-count", "reporting_cues.tsv: a row with 8 fields",
         _spoiled_data_file("reporting_cues.tsv", _append("صرح\tصرح\tverb\tneutral\t0\t\tnote\textra")),
         2, 2, ("8 fields, but the header has 7",), data_file="cues"),
    # -- gazetteers ------------------------------------------------------------------------------
    Case("gazetteer-bad-toml", "actors.toml: a value without quotation marks",
         _gazetteer(lambda text: (text + "\n[[actor]]\nid = \"Nobody\"\ntype = person\n", text.count("\n") + 4)),
         2, 2, ("not valid TOML",), data_file="gazetteer"),
    Case("gazetteer-unclosed-array", "actors.toml: a list that is never closed (the parser stops at the end)",
         _gazetteer(lambda text: (text + "\n[[actor]]\nid = \"Nobody\"\nnames = [\"نوبادي\"\n", None)),
         2, 2, ("not valid TOML", "Unclosed array"), data_file="gazetteer"),
    Case("gazetteer-missing-id", "actors.toml: an [[actor]] without an id",
         _gazetteer(_actor('type = "person"\nnames = ["نوبادي"]')), 2, 2, ("has no id",), data_file="gazetteer"),
    Case("gazetteer-bad-date", "actors.toml: a title held from 2025-02-30",
         _gazetteer(_actor('id = "Nobody"\ntype = "person"\ntitles = [{ alias = "المبعوث الخاص الجديد", from = "2025-02-30" }]')),
         2, 2, ("bad date '2025-02-30'",), data_file="gazetteer"),
    Case("gazetteer-bad-type", "actors.toml: type 'country'",
         _gazetteer(_actor('id = "Nowhere"\ntype = "country"\nnames = ["نوهير"]')),
         2, 2, ("type 'country' is not one of",), data_file="gazetteer"),
    Case("gazetteer-duplicate-id", "actors.toml: a second [[actor]] with the id Emmanuel Macron",
         _gazetteer(_actor('id = "Emmanuel Macron"\ntype = "person"\nnames = ["ماكرون الآخر"]')),
         2, 2, ("(Emmanuel Macron): duplicate id; first in [[actor]] #",), data_file="gazetteer"),
    Case("gazetteer-no-actors", "an empty actors.toml", _gazetteer(lambda text: ("# nothing here\n", None)),
         2, 2, ("no [[actor]] entries",), data_file="gazetteer"),
    Case("gazetteer-missing-file", "--gazetteer naming a file that does not exist",
         _missing_data_file("missing.toml"), 2, 2, ("no such file",), data_file="gazetteer"),
    Case("lexicon-is-a-folder", "a hedge lexicon option naming a folder", _data_file_folder,
         2, 2, ("a folder, not a file",), data_file="hedges"),
    # -- outputs that would destroy something --------------------------------------------------
    Case("output-is-an-input", "--output / --out naming the corpus (a file of it, or the folder)",
         _beside_corpus(lambda folder: None), 2, 2, ("an input of this run", "refusing"), output="corpus/good.txt"),
    Case("output-is-a-symlink", "--output / --out naming a symbolic link (as /dev/stdout is)",
         _beside_corpus(_symlink_output), 2, 2, ("a symbolic link", "refusing"), output="link"),
    Case("output-is-a-fifo", "--output / --out naming a FIFO (as /dev/null is a device)",
         _beside_corpus(_fifo_output), 2, 2, ("not a regular file", "refusing"), output="pipe"),
    Case("output-under-a-file", "--output / --out under a path that is a file, not a folder",
         _beside_corpus(lambda folder: (folder / "plain").write_text("x\n")), 2, 2, ("not a folder",),
         output="plain/out"),
    # -- manifests naming files outside the corpus folder --------------------------------------
    Case("manifest-outside-folder", "a corpus.csv row naming ../secret.txt",
         _outside("good.txt,X,2025-09-04,,ar,\nother.txt,Y,2025-09-04,,ar,\n../secret.txt,Z,2025-09-04,,ar,\n"),
         2, 2, ("'../secret.txt' is outside the corpus folder", "--allow-outside")),
    Case("manifest-outside-allowed", "the same row read with --allow-outside",
         _outside("good.txt,X,2025-09-04,,ar,\nother.txt,Y,2025-09-04,,ar,\n../secret.txt,Z,2025-09-04,,ar,\n"),
         0, 0, args=("--allow-outside",)),
    Case("symlink-outside-folder", "a .txt symbolic link in the corpus folder leading out of it",
         _outside("", link=True), 2, 2, ("'leak.txt' is outside the corpus folder",)),
    Case("manifest-absolute-path", "a corpus.csv row naming a file outside the folder by its absolute path",
         _absolute_outside, 2, 2, ("secret.txt' is outside the corpus folder", "--allow-outside")),
    # -- tables, outlets and long articles -----------------------------------------------------
    Case("jsonl-bom", "a JSONL table starting with a UTF-8 byte-order mark",
         _table("bom.jsonl", "\ufeff" + json.dumps({"id": "a", "text": GOOD_TEXT}, ensure_ascii=False) + "\n", None),
         0, 0),
    Case("table-integer-text", "a Parquet table whose text column holds integers",
         _integer_text, 3, 2, ("no article to analyse (2 skipped)",), strict_words=("'text' cell is not text",)),
    Case("outlet-dollar-signs", "outlets named Money $$ Talk and $5 News (matplotlib's math signs)",
         _outlets("Money $$ Talk", "$5 News"), 0, 0),
    Case("outlet-names-collide", "outlets BBC News and bbc-news (the same figure file name)",
         _outlets("BBC News", "bbc-news"), 0, 0),
    Case("outlet-formula", "an outlet named =HYPERLINK(...) (a spreadsheet formula; --excel-safe)",
         _outlets('=HYPERLINK("http://example.com","x")', "@SUM(1)"), 0, 0),
    Case("many-outlets", "60 outlets on one event (a figure per outlet, a light page)",
         _many_outlets(60), 0, 0, huge=True),
    Case("many-unbalanced-marks", "5,000 unclosed « in one paragraph: a bounded number of warnings",
         _with_good("many.txt", GOOD_TEXT + MANY_MARKS, "many:"), 0, 0,
         ("more unbalanced quotation marks not listed",), quote_marks=True),
    Case("diacritics-run", "a run of 80,000 diacritics in an article", _with_good("marks.txt", DIACRITICS_RUN), 0, 0),
]

CASE_NAMES = [case.name for case in CASES]


def generate(folder: str | Path, *, names: Iterable[str] | None = None, huge: bool = False) -> dict[str, Fixture]:
    """Build the cases (all, or those ``names``) under ``folder``, one subfolder each.

    The long cases (50 MB, 60 outlets) are built only with ``huge=True`` or when named.
    """
    folder = Path(folder)
    chosen = [c for c in CASES if (names is None and (huge or not c.huge)) or (names is not None and c.name in names)]
    fixtures = {}
    for case in chosen:
        corpus, names_, data_file = case.build(folder / case.name)
        fixtures[case.name] = Fixture(case, corpus, folder / case.name, names_, data_file)
    return fixtures


# ---------------------------------------------------------------------------------------------
# The commands that read a corpus, and running them


def corpus_commands() -> dict[str, frozenset[str]]:
    """Every subcommand of ``framing`` that reads a corpus (it takes ``--strict``), with its options."""
    import framing.cli as cli

    parser = cli.build_parser()
    (subparsers,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    commands = {}
    for name, sub in subparsers.choices.items():
        options = frozenset(opt for action in sub._actions for opt in action.option_strings)
        if "--strict" in options:
            commands[name] = options
    return commands


def applies(case: Case, options: frozenset[str]) -> bool:
    """Whether a command can be given the case: it has an option for the case's data file."""
    return case.data_file is None or any(o in options for o in DATA_FILE_OPTIONS[case.data_file])


def command_argv(command: str, options: frozenset[str], fixture: Fixture, *, strict: bool, out: Path) -> list[str]:
    """The argument list that runs ``command`` on a fixture; outputs go under ``out``."""
    case = fixture.case
    argv = [command, str(fixture.corpus), *case.args]
    if case.data_file:
        option = next(o for o in DATA_FILE_OPTIONS[case.data_file] if o in options)
        argv += [option, str(fixture.data_file)]
    if case.output and ("--out" in options or "--output" in options):
        argv += ["--out" if "--out" in options else "--output", str(fixture.inputs / case.output)]
    elif "--out" in options:
        argv += ["--out", str(out / command)]
    elif "--output" in options:
        argv += ["--output", str(out / f"{command}.csv")]
    if "--quiet" in options:
        argv.append("--quiet")
    if strict:
        argv.append("--strict")
    return argv


def run_main(argv: Sequence[str]) -> tuple[int, str, str]:
    """Run ``framing`` in this process: (exit code, stdout, stderr)."""
    import framing.cli as cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def stderr_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


def problems(fixture: Fixture, command: str, code: int, err: str, *, strict: bool) -> list[str]:
    """What is wrong with one run's exit code and stderr, by the case's expectations (``[]``: all
    is well). Checked: the exit code; no traceback; only one-line ``warning:``/``error:`` messages;
    one error exactly when the run failed, naming the file (and line) and saying the words."""
    case = fixture.case
    found = []
    expected, words = case.expected_code(strict), case.expected_words(strict)
    if code != expected:
        found.append(f"exit code {code}, expected {expected}")
    if "Traceback" in err:
        found.append("a traceback")
    lines = stderr_lines(err)
    if not all(line.startswith(("warning: ", "error: ")) for line in lines):
        found.append("a stderr line that is not a one-line warning or error")
    errors = [line for line in lines if line.startswith("error: ")]
    if len(errors) != (0 if code == 0 else 1):
        found.append(f"{len(errors)} error lines")
    if code != 0:
        message = errors[-1] if errors else ""
    else:
        warnings_ = [line for line in lines if not any(b in line for b in BENIGN_WARNINGS)]
        if not words or (case.quote_marks and command in NO_QUOTE_COMMANDS):
            if warnings_:
                found.append(f"an unexpected warning: {warnings_[0]}")
            return found
        message = next((line for line in warnings_ if all(w in line for w in words)), "")
    if not message:
        found.append(f"no message saying {', '.join(words)}")
    elif fixture.names and fixture.names not in message:
        found.append(f"the message does not name {fixture.names}")
    elif not all(w in message for w in words):
        found.append(f"the message does not say {', '.join(words)}")
    return found


def folder_hash(path: Path) -> str:
    """SHA-256 over every file under ``path`` (names and bytes), or of ``path`` itself."""
    digest = hashlib.sha256()
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()) if path.exists() else []
    for file in files:
        digest.update(file.relative_to(path if path.is_dir() else path.parent).as_posix().encode("utf-8") + b"\0")
        with open(file, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()
