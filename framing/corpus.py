"""Load a corpus of articles and clean scraped boilerplate off them.

A corpus is a folder of ``.txt`` files (with or without a ``corpus.csv`` manifest) or a CSV,
JSONL or Parquet table with a text column. Cleaning only ever *deletes* spans of the raw text
(share markers, repeated headlines, photo captions, related-article blocks, control characters),
so every offset in the cleaned text maps back to the raw file with :func:`raw_offset`.

>>> cleaned = clean_text("date 2025-09-04 قال ماكرون\\nTT\\nنص")
>>> cleaned.text, cleaned.date
('قال ماكرون\\nنص', '2025-09-04')
>>> cleaned.text[4:10], raw_offset(cleaned.removed, 4)
('ماكرون', 20)
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .errors import EmptyCorpusError, FramingError, InputError, warn
from .furniture import PageFurniture, line_kind, load_page_furniture, related_block
from .lexicon import read_tsv
from .text import count_words

ARTICLE_COLUMNS = ["article_id", "outlet", "date", "event", "language", "title", "text", "raw_text", "source"]
CLEANING_COLUMNS = ["article_id", "kind", "start", "end", "removed"]
SKIPPED_COLUMNS = ["article_id", "source", "problem"]
MANIFEST_COLUMNS = ["file", "outlet", "date", "event", "language", "notes"]
TABLE_SUFFIXES = {".csv", ".jsonl", ".parquet"}

# ---------------------------------------------------------------------------------------------
# Cleaning

_DATE_PREFIX = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_AGENCY = (
    r"أ\.?\s?ف\.?\s?ب|ا\.?\s?ف\.?\s?ب|رويترز|د\.?\s?ب\.?\s?أ|أ\.?\s?ب|إ\.?\s?ب\.?\s?أ|"
    r"الأناضول|سبوتنيك|وام|واس|غيتي|Getty(?: Images)?|AFP|AP|Reuters|EPA|dpa|Anadolu"
)
_CAPTION_CREDIT = re.compile(r"\((?:" + _AGENCY + r")\s*\)\s*(?:play-circle)?\s*$")
_TRAILER = re.compile(r"^\s*(?:_{3,}|-{3,}|—{2,})\s*$")
_CONTROL = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]|\r(?=\n)")
_LONE_CR = re.compile("\r(?!\n)")
MAX_CAPTION_CHARS = 400
MAX_TITLE_CHARS = 200


@dataclass(frozen=True)
class CleanText:
    """The result of cleaning one article.

    ``removed`` lists the deleted raw spans as ``(start, end, kind)``, sorted and disjoint.
    """

    text: str
    removed: list[tuple[int, int, str]]
    date: str | None = None
    title: str = ""


def clean_text(raw: str, furniture: PageFurniture | None = None) -> CleanText:
    """Remove scraped boilerplate from an article, keeping a record of every deleted span.

    Removed, by ``kind``:

    * ``control``: zero-width and bidi control characters (U+061C, U+200B-U+200F, U+202A-U+202E,
      U+2060, U+2066-U+2069, U+FEFF), soft hyphens, the carriage return of a CR LF line end;
    * ``date``: a leading ``date YYYY-MM-DD`` prefix (its date is returned);
    * ``share``, ``tags``, ``timestamp``, ``breadcrumb``, ``byline``: page furniture, one line
      each (:mod:`framing.furniture`: share bars such as ``TT``, tag lists, time stamps,
      breadcrumb trails, bylines);
    * ``caption``: a line printed twice in a row (both copies), and short lines ending in an
      agency credit such as ``(أ.ف.ب)`` or ``(رويترز)``;
    * ``repeat``: a later copy of an earlier line (the repeated headline);
    * ``related``: a «مقالات ذات صلة» block and everything after it, or one «اقرأ أيضاً: …» line;
    * ``trailer``: a ``___`` rule and the credits after it.

    ``furniture`` is the page-furniture vocabulary (default: the bundled file).

    A lone carriage return (an old Mac line end) is kept: :func:`clean_records` reads it as a line
    feed before cleaning.
    """
    removed: list[tuple[int, int, str]] = [(m.start(), m.end(), "control") for m in _CONTROL.finditer(raw)]
    date = None
    m = _DATE_PREFIX.match(raw)
    if m:
        date = m.group(1)
        removed.append((m.start(), m.end(), "date"))
    lines = _lines(raw, skip_until=m.end() if m else 0)
    keys = [_line_key(raw[s:e]) for s, e in lines]
    previous_keys, next_keys = _neighbour_keys(keys)
    furniture = furniture or load_page_furniture()
    seen: set[str] = set()
    for i, ((start, end), key) in enumerate(zip(lines, keys, strict=True)):
        if not key:
            continue
        related = related_block(key, furniture)
        if related == "block" or _TRAILER.match(key):
            removed.append((start, len(raw), "related" if related else "trailer"))
            break
        kind = ("related" if related else line_kind(key, furniture)) or _copy_or_caption(
            key, seen, previous_keys[i], next_keys[i])
        seen.add(key)
        if kind:
            removed.append((start, _line_end_with_newline(raw, end), kind))
    spans = _merge(removed)
    text = _delete(raw, spans)
    return CleanText(text, spans, date, _title(text))


def _copy_or_caption(key: str, seen: set[str], previous_key: str | None, next_key: str | None) -> str | None:
    """``caption`` for a line printed twice in a row (both copies) or a short line ending in an
    agency credit, ``repeat`` for a later copy of an earlier line, else None."""
    if next_key == key or previous_key == key:
        return "caption" if key not in seen or previous_key == key else "repeat"
    if key in seen:
        return "repeat"
    if len(key) <= MAX_CAPTION_CHARS and (_CAPTION_CREDIT.search(key) or _listed_credit_caption().search(key)):
        return "caption"
    return None


@cache
def _listed_credit_caption() -> re.Pattern:
    """A line ending in the bracketed credit of an agency ``agency_credits.tsv`` lists (the credits
    of datelines: «(إرنا)»، «(قنا)»، «(أ ش أ)»، «(سبأ)»), dots or spaces between its letters.

    >>> bool(_listed_credit_caption().search("الوزير لدى وصوله إلى مسقط (إرنا)"))
    True
    >>> bool(_listed_credit_caption().search("الرئيس خلال القمة (أ.ش.أ)")), bool(_listed_credit_caption().search("قال (قنا) إن"))
    (True, False)
    """
    credits = read_tsv("agency_credits.tsv", required=["credit"])["credit"]
    forms = sorted({r"\.?\s?".join(map(re.escape, c.replace(".", " ").split())) for c in credits}, key=len, reverse=True)
    return re.compile(r"\((?:" + "|".join(forms) + r")\s*\)\s*(?:play-circle)?\s*$")


def _title(text: str) -> str:
    """The first line, when it reads as a headline: short, with no sentence-final stop."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return first if len(first) <= MAX_TITLE_CHARS and not first.endswith((".", "؟", "!", "?")) else ""


def _lines(raw: str, skip_until: int) -> list[tuple[int, int]]:
    out, start = [], skip_until
    for m in re.finditer(r"\n", raw):
        if m.start() >= start:
            out.append((start, m.start()))
            start = m.end()
    out.append((start, len(raw)))
    return out


def _line_key(line: str) -> str:
    return " ".join(_CONTROL.sub("", line).split())


def _neighbour_keys(keys: list[str]) -> tuple[list[str | None], list[str | None]]:
    """For each line, the key of the nearest non-empty line before it and after it (one pass each way)."""
    previous: list[str | None] = []
    last = None
    for key in keys:
        previous.append(last)
        last = key or last
    following: list[str | None] = []
    last = None
    for key in reversed(keys):
        following.append(last)
        last = key or last
    return previous, following[::-1]


def _line_end_with_newline(raw: str, end: int) -> int:
    return end + 1 if end < len(raw) and raw[end] == "\n" else end


def _merge(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        if out and start < out[-1][1]:
            prev = out[-1]
            out[-1] = (prev[0], max(prev[1], end), prev[2])
        else:
            out.append((start, end, kind))
    return out


def _delete(raw: str, spans: list[tuple[int, int, str]]) -> str:
    parts, pos = [], 0
    for start, end, _ in spans:
        parts.append(raw[pos:start])
        pos = end
    parts.append(raw[pos:])
    return "".join(parts)


def raw_offset(removed: Iterable[tuple[int, int, str]] | pd.DataFrame, offset: int) -> int:
    """Map an offset in the cleaned text to the raw text, given the deleted spans.

    ``removed`` is :attr:`CleanText.removed` or one article's rows of the cleaning table.
    """
    if isinstance(removed, pd.DataFrame):
        removed = zip(removed["start"], removed["end"], removed["kind"], strict=True)
    pos = offset
    for start, end, _ in sorted(removed):
        if start <= pos:
            pos += end - start
        else:
            break
    return pos


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass
class Corpus:
    """A loaded corpus: the articles, what cleaning removed, and the articles skipped."""

    articles: pd.DataFrame
    cleaning: pd.DataFrame
    skipped: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SKIPPED_COLUMNS))


def load_corpus(path: str | Path, *, strict: bool = False, encoding: str = "utf-8") -> pd.DataFrame:
    """Load and clean a corpus; return the articles DataFrame (see :func:`read_corpus`).

    >>> articles = load_corpus("seeds")
    >>> articles.loc[0, ["article_id", "outlet", "event"]].tolist()
    ['000_f3c62e45abe5420d', 'Asharq Al-Awsat', 'paris-2025-09-04']
    """
    return read_corpus(path, strict=strict, encoding=encoding).articles


def read_corpus(path: str | Path, *, strict: bool = False, encoding: str = "utf-8",
                allow_outside: bool = False) -> Corpus:
    """Load a folder of ``.txt`` files or a CSV/JSONL/Parquet table, and clean every article.

    The articles table has the columns ``article_id, outlet, date, event, language, title, text
    (cleaned), raw_text, source``, sorted by ``article_id``. A bad article (undecodable, binary,
    HTML, empty, missing, badly dated) is skipped with a warning and listed in ``skipped``; with
    ``strict=True`` it raises :class:`InputError` instead. Problems with the corpus as a whole
    (no such path, a malformed manifest, duplicate ids, a manifest row or a symbolic link naming a
    file outside the folder unless ``allow_outside``) always raise.
    """
    path = Path(path)
    records: list[dict] = []
    skipped: list[dict] = []
    for chunk_records, chunk_skipped in iter_records(path, chunk_size=sys.maxsize, strict=strict, encoding=encoding,
                                                     allow_outside=allow_outside):
        records += chunk_records
        skipped += chunk_skipped
    chunk = clean_records(records, skipped, strict=strict)
    check_unique_ids(chunk.articles["article_id"], set(), path)
    frame = chunk.articles.sort_values("article_id", kind="stable").reset_index(drop=True)
    clean_frame = chunk.cleaning.sort_values(["article_id", "start"], kind="stable")
    if frame.empty:
        raise empty_corpus_error(path, len(skipped))
    return Corpus(frame, clean_frame.reset_index(drop=True), chunk.skipped)


def clean_records(records: list[dict], skipped: list[dict], *, strict: bool = False) -> Corpus:
    """Clean read articles (dicts with ``raw_text``): the articles, in the order given, their
    cleaning rows, and ``skipped`` with the articles that cleaning left empty added.

    A record whose text's ``date YYYY-MM-DD`` prefix is bad is skipped too. Ids are not checked
    for duplicates here (:func:`read_corpus` and :func:`iter_corpus` do).

    >>> chunk = clean_records([{"article_id": "a", "raw_text": "TT\\nقال ماكرون", "source": "a.txt"}], [])
    >>> chunk.articles[["article_id", "text"]].values.tolist(), chunk.cleaning["kind"].tolist()
    ([['a', 'قال ماكرون']], ['share'])
    """
    articles: list[dict] = []
    cleaning: list[dict] = []
    for rec in records:
        # a lone CR is a line end: read as LF, one character for one, so offsets are unchanged
        rec["raw_text"] = _LONE_CR.sub("\n", rec["raw_text"])
        cleaned = clean_text(rec["raw_text"])
        if not cleaned.text.strip():
            _skip(skipped, rec["article_id"], rec["source"], "no text left after cleaning", strict)
            continue
        if not rec.get("date") and cleaned.date:  # the text's own ``date YYYY-MM-DD`` prefix
            try:
                rec["date"] = _check_date(cleaned.date, {})
            except InputError as exc:
                _skip(skipped, rec["article_id"], rec["source"], f"the text's date prefix has a {exc.message}", strict)
                continue
        rec["text"] = cleaned.text
        rec["title"] = rec.get("title") or cleaned.title
        share = arabic_share(cleaned.text)
        if share < MIN_ARABIC_SHARE:  # read, but its zeros are not findings
            warn(rec["source"], f"only {share:.0%} of its letters are Arabic (mostly {main_script(cleaned.text)} "
                                "script): the measures read Arabic, so its quotes, hedges and evaluations will be "
                                "missing")
        articles.append(rec)
        cleaning.extend(
            {"article_id": rec["article_id"], "kind": k, "start": s, "end": e, "removed": rec["raw_text"][s:e]}
            for s, e, k in cleaned.removed
        )
    frame = pd.DataFrame(articles, columns=ARTICLE_COLUMNS).astype({c: "string" for c in ARTICLE_COLUMNS})
    return Corpus(frame, pd.DataFrame(cleaning, columns=CLEANING_COLUMNS), pd.DataFrame(skipped, columns=SKIPPED_COLUMNS))


MIN_ARABIC_SHARE = 0.5  # below this share of Arabic letters an article is read with a warning
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FC\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]")


def arabic_share(text: str) -> float:
    """The share of the letters of ``text`` that are Arabic (1.0 for a text without letters).

    >>> round(arabic_share("قال ماكرون إن Europe"), 2), arabic_share("Macron said"), arabic_share("2025")
    (0.65, 0.0, 1.0)
    """
    letters = len(_LETTER.findall(text))
    return len(_ARABIC_LETTER.findall(text)) / letters if letters else 1.0


def main_script(text: str) -> str:
    """The script most of the letters of ``text`` are written in, by their Unicode names.

    >>> main_script("Macron said that Europe was ready"), main_script("Путин заявил"), main_script("قال")
    ('Latin', 'Cyrillic', 'Arabic')
    """
    import unicodedata
    from collections import Counter

    scripts = Counter(unicodedata.name(c, "?").split(" ")[0] for c in _LETTER.findall(text))
    return scripts.most_common(1)[0][0].title() if scripts else "no"


# -- streaming ---------------------------------------------------------------------------------

DEFAULT_CHUNK_SIZE = 200


def iter_corpus(path: str | Path, *, chunk_size: int = DEFAULT_CHUNK_SIZE, strict: bool = False,
                encoding: str = "utf-8", allow_outside: bool = False) -> Iterator[Corpus]:
    """Read and clean a corpus chunk by chunk, never holding more than one chunk in memory.

    Each chunk is a :class:`Corpus` of at most ``chunk_size`` articles read (articles, their
    cleaning rows, the articles skipped among them); a chunk may hold no article when all of its
    articles were skipped. Articles come in the order they are read (a folder's files by name, a
    table's rows in order), not sorted by id: concatenated and sorted by ``article_id``, the chunks
    give :func:`read_corpus`'s tables. JSONL is read line by line and Parquet one row group at a
    time (a chunk never spans two row groups). A duplicate id raises :class:`InputError` when it is reached, and a corpus with no
    article left raises :class:`EmptyCorpusError` at the end.

    >>> chunks = list(iter_corpus("seeds", chunk_size=2))
    >>> [len(c.articles) for c in chunks], chunks[2].articles.loc[0, "article_id"]
    ([2, 2, 1], '004_5ad5419f7967bd69')
    """
    path = Path(path)
    seen: set[str] = set()
    articles = skipped = 0
    for records, skipped_rows in iter_records(path, chunk_size=chunk_size, strict=strict, encoding=encoding,
                                              allow_outside=allow_outside):
        chunk = clean_records(records, skipped_rows, strict=strict)
        check_unique_ids(chunk.articles["article_id"], seen, path)
        articles += len(chunk.articles)
        skipped += len(chunk.skipped)
        yield chunk
    if not articles:
        raise empty_corpus_error(path, skipped)


def iter_records(path: str | Path, *, chunk_size: int = DEFAULT_CHUNK_SIZE, strict: bool = False,
                 encoding: str = "utf-8", allow_outside: bool = False) -> Iterator[tuple[list[dict], list[dict]]]:
    """Read a corpus chunk by chunk, before cleaning: ``(records, skipped)`` per chunk of at most
    ``chunk_size`` articles, each record a dict with ``raw_text`` (see :func:`clean_records`).

    >>> records, skipped = next(iter_records("seeds", chunk_size=3))
    >>> [r["article_id"][:3] for r in records], skipped
    (['000', '001', '002'], [])
    """
    path = Path(path)
    if chunk_size < 1:
        raise InputError(None, f"the chunk size must be at least 1, not {chunk_size}")
    if not path.exists():
        raise InputError(path, "no such file or folder")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(None, f"unknown encoding {encoding!r}") from None
    suffix = path.suffix.lower()
    if path.is_dir():
        files = _folder_files(path, allow_outside=allow_outside)
        for start in range(0, len(files), chunk_size):
            records: list[dict] = []
            skipped: list[dict] = []
            for name, meta in files[start : start + chunk_size]:
                _add_file(path / name, meta, records, skipped, strict=strict, encoding=encoding)
            yield records, skipped
    elif suffix in TABLE_SUFFIXES:
        yield from _iter_table(path, chunk_size=chunk_size, strict=strict)
    elif suffix == ".txt":
        records, skipped = [], []
        _add_file(path, {}, records, skipped, strict=strict, encoding=encoding)
        yield records, skipped
    else:
        raise InputError(path, "not a corpus: give a folder of .txt files or a .csv, .jsonl or .parquet table")


def _iter_table(path: Path, *, chunk_size: int, strict: bool) -> Iterator[tuple[list[dict], list[dict]]]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            # A first pass finds every key (the text and id columns are chosen from all rows, as
            # read_corpus does) and checks the JSON, so a malformed line fails before any output.
            columns: dict[str, None] = {}
            for row in _jsonl_rows(path):
                columns.update(dict.fromkeys(row))
            batches = _batched(_jsonl_rows(path), chunk_size)
        elif suffix == ".csv":
            columns = dict.fromkeys(pd.read_csv(path, dtype=str, keep_default_na=False, nrows=0).columns)
            reader = pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=chunk_size)
            batches = (frame.to_dict("records") for frame in reader)
        else:
            import pyarrow.parquet as pq

            parquet = pq.ParquetFile(path)
            columns = dict.fromkeys(parquet.schema_arrow.names)
            batches = (batch.to_pylist() for group in range(parquet.num_row_groups)  # one row group at a time
                       for batch in parquet.read_row_group(group).to_batches(max_chunksize=chunk_size))
        text_col, id_col = _table_columns(path, columns)
        i = 0
        for rows in batches:
            records: list[dict] = []
            skipped: list[dict] = []
            for row in rows:
                _add_row(path, i, row, text_col, id_col, records, skipped, strict=strict)
                i += 1
            yield records, skipped
    except FramingError:
        raise
    except Exception as exc:  # any reader failure is bad input here
        raise InputError(path, f"cannot read {suffix[1:]} table ({_first_line(exc)})") from None


def _batched(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def corpus_summary(corpus: Corpus) -> pd.DataFrame:
    """One row per article: id, outlet, date, event, words, and characters removed by cleaning.

    >>> corpus_summary(read_corpus("seeds"))["words"].gt(0).all()
    np.True_
    """
    removed = (corpus.cleaning["end"] - corpus.cleaning["start"]).groupby(corpus.cleaning["article_id"]).sum()
    a = corpus.articles
    return pd.DataFrame(
        {
            "article_id": a["article_id"],
            "outlet": a["outlet"],
            "date": a["date"],
            "event": a["event"],
            "words": [count_words(t) for t in a["text"]],
            "chars_removed": a["article_id"].map(removed).fillna(0).astype(int),
        }
    )


def _skip(skipped: list, article_id: str, source: str, problem: str, strict: bool) -> None:
    if strict:
        raise InputError(source, problem)
    warn(source, f"{problem}; skipped")
    skipped.append({"article_id": article_id, "source": source, "problem": problem})


def check_unique_ids(ids: Iterable[str], seen: set[str], path: str | Path) -> None:
    """Add ``ids`` to ``seen``; an id met before is an :class:`InputError` naming the corpus.

    >>> check_unique_ids(["a", "b"], set(), Path("corpus.csv"))
    >>> check_unique_ids(["a", "a"], set(), Path("corpus.csv"))
    Traceback (most recent call last):
    framing.errors.InputError: corpus.csv: duplicate article id 'a'
    """
    for article_id in ids:
        if article_id in seen:
            raise InputError(path, f"duplicate article id {article_id!r}")
        seen.add(article_id)


def empty_corpus_error(path: str | Path, skipped: int) -> EmptyCorpusError:
    """The error of a corpus with no article left to analyse, saying how many were skipped."""
    return EmptyCorpusError(path, "no article to analyse" + (f" ({skipped} skipped)" if skipped else ""))


# -- folders of .txt files --------------------------------------------------------------------


def _folder_files(folder: Path, *, allow_outside: bool = False) -> list[tuple[str, dict]]:
    """The folder's files in name order, each with its manifest row (``{}`` when there is none).

    A file must resolve inside the folder (:func:`check_inside`) unless ``allow_outside``."""
    manifest = read_manifest(folder / "corpus.csv") if (folder / "corpus.csv").exists() else None
    if manifest is None:
        files = sorted(folder.glob("*.txt"))
        rows: dict[str, dict] = {f.name: {} for f in files}
    else:
        rows = {r["file"]: r for r in manifest}
        extra = sorted(f.name for f in folder.glob("*.txt") if f.name not in rows)
        for name in extra:
            warn(folder / name, "not listed in corpus.csv; read without metadata")
            rows[name] = {}
    if not rows:
        raise InputError(folder, "no .txt files in this folder")
    if not allow_outside:
        for name, meta in rows.items():
            check_inside(folder, name, meta)
    return [(name, rows[name]) for name in sorted(rows)]


def check_inside(folder: Path, name: str, meta: dict | None = None) -> None:
    """Refuse a file of a corpus folder (a manifest row's ``file``, or a ``.txt`` file) that
    resolves outside the folder: ``../secret.txt``, ``/etc/passwd``, or a symbolic link leading
    out. The error names the manifest row, else the file.

    >>> check_inside(Path("seeds"), "../README.md", {"_manifest": "seeds/corpus.csv", "_line": 3})
    Traceback (most recent call last):
    ...
    framing.errors.InputError: seeds/corpus.csv:3: file '../README.md' is outside the corpus folder seeds (use --allow-outside to read it)
    """
    root = folder.resolve()
    target = (folder / name).resolve()
    if target == root or root in target.parents:
        return
    meta = meta or {}
    where = meta.get("_manifest") or folder / name
    raise InputError(where, f"file {name!r} is outside the corpus folder {folder} (use --allow-outside to read it)",
                     line=meta.get("_line"))


def read_manifest(path: Path) -> list[dict]:
    """Read and validate a ``corpus.csv`` manifest (columns ``file, outlet, date, event, language, notes``).

    Missing columns and duplicate files are errors; a bad date is reported for its row when the
    article is read.
    """
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(path, f"not a readable CSV manifest ({_first_line(exc)})") from None
    missing = [c for c in ("file",) if c not in frame.columns]
    if missing:
        raise InputError(path, f"missing column {missing[0]!r}; a manifest needs {', '.join(MANIFEST_COLUMNS)}", line=1)
    rows = []
    seen: dict[str, int] = {}
    for i, row in enumerate(frame.to_dict("records"), start=2):
        name = row["file"].strip()
        if not name:
            raise InputError(path, "empty 'file' value", line=i)
        if name in seen:
            raise InputError(path, f"duplicate file {name!r} (first on line {seen[name]})", line=i)
        seen[name] = i
        rows.append({c: row.get(c, "").strip() for c in MANIFEST_COLUMNS} | {"_line": i, "_manifest": str(path)})
    return rows


def _add_file(path: Path, meta: dict, records: list, skipped: list, *, strict: bool, encoding: str) -> None:
    article_id = path.stem
    if not path.is_file():
        where = f"{meta['_manifest']}:{meta['_line']}" if meta.get("_manifest") else str(path)
        _skip(skipped, article_id, where, f"file {path.name!r} not found", strict)
        return
    try:
        raw = decode_article(path.read_bytes(), path, encoding=encoding)
        date = _check_date(meta.get("date", ""), meta)
    except InputError as exc:
        _skip(skipped, article_id, str(exc.path) + (f":{exc.line}" if exc.line else ""), exc.message, strict)
        return
    records.append(
        {
            "article_id": article_id,
            "outlet": meta.get("outlet") or "unknown",
            "date": date,
            "event": meta.get("event") or None,
            "language": meta.get("language") or "ar",
            "title": None,
            "raw_text": raw,
            "source": str(path),
        }
    )


def _check_date(value: str, meta: dict) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(meta.get("_manifest"), f"bad date {value!r} (use YYYY-MM-DD)", line=meta.get("_line")) from None


def decode_article(data: bytes, path: Path | str, *, encoding: str = "utf-8") -> str:
    """Decode an article's bytes, refusing binary files, HTML pages and empty text.

    A UTF-8 or UTF-16 byte-order mark is honoured whatever ``encoding`` says.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16"
    elif b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not text")
    elif data.startswith(b"\xef\xbb\xbf") or encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        codec = "utf-8-sig"
    else:
        codec = encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"not valid {codec.removesuffix('-sig')} (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
            "give the right --encoding, e.g. --encoding cp1256",
        ) from None
    except LookupError:
        raise InputError(path, f"unknown encoding {encoding!r}") from None
    if not text.strip():
        raise InputError(path, "empty or whitespace-only text")
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        raise InputError(path, "an HTML page, not article text: extract the article text first")
    return text


# -- tables ------------------------------------------------------------------------------------

_ID_COLUMNS = ("article_id", "id", "file")
_TEXT_COLUMNS = ("text", "raw_text", "body", "content")


def _table_columns(path: Path, columns) -> tuple[str, str | None]:
    """The text column and the id column (None: ids are row numbers) of a table."""
    text_col = next((c for c in _TEXT_COLUMNS if c in columns), None)
    if text_col is None:
        raise InputError(path, f"no text column (expected one of {', '.join(_TEXT_COLUMNS)})")
    return text_col, next((c for c in _ID_COLUMNS if c in columns), None)


def _add_row(path: Path, i: int, row: dict, text_col: str, id_col: str | None, records: list, skipped: list,
             *, strict: bool) -> None:
    """Add row ``i`` (from 0) of a table to ``records``, or to ``skipped`` with a warning."""
    suffix = path.suffix.lower()
    article_id = (_cell(row, id_col) if id_col else None) or f"{i:06d}"
    where = f"{path}:{i + 2 if suffix == '.csv' else i + 1}"
    text = row.get(text_col)
    if text is not None and not isinstance(text, str) and not is_missing(text):
        _skip(skipped, article_id, where, f"the {text_col!r} cell is not text ({type(text).__name__} {text!r})", strict)
        return
    if not isinstance(text, str) or not text.strip():
        _skip(skipped, article_id, where, "empty or missing text", strict)
        return
    meta = {"_manifest": str(path), "_line": i + 2 if suffix == ".csv" else i + 1}
    try:
        date = _check_date(_cell(row, "date") or "", meta)
    except InputError as exc:
        _skip(skipped, article_id, where, exc.message, strict)
        return
    records.append(
        {
            "article_id": article_id,
            "outlet": _cell(row, "outlet") or "unknown",
            "date": date,
            "event": _cell(row, "event"),
            "language": _cell(row, "language") or "ar",
            "title": _cell(row, "title"),
            "raw_text": text,
            "source": where,
        }
    )


def is_missing(value) -> bool:
    """Whether a table cell is missing: None, NaN, NaT or NA.

    >>> is_missing(float("nan")), is_missing(0)
    (True, False)
    """
    return value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and value != value)


def _cell(row: dict, column: str) -> str | None:
    """A metadata cell as text: None when missing (a JSONL key left out, NaN, NaT), a date as YYYY-MM-DD."""
    value = row.get(column)
    if is_missing(value):
        return None
    if isinstance(value, dt.date):  # a date or timestamp column of a Parquet table
        return value.isoformat()[:10]
    return str(value).strip() or None


def _jsonl_rows(path: Path) -> Iterator[dict]:
    """The objects of a JSONL file, one line at a time (blank lines are skipped; a byte-order mark
    at the start is allowed)."""
    with open(path, encoding="utf-8-sig") as handle:
        for n, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(path, f"invalid JSON ({exc.msg})", line=n) from None
            if not isinstance(row, dict):
                raise InputError(path, "each line must be a JSON object", line=n)
            yield row


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


DEFAULT_CORPUS = "seeds"
MANIFEST_NAME = "corpus.csv"


def bundled_seeds() -> Path:
    """The bundled seed corpus (five articles on two events, with their ``corpus.csv``).

    An installed framing ships it as package data (``framing/data/seeds/``); a source checkout
    that is not installed finds the repository's ``seeds/`` folder beside the package.

    >>> (bundled_seeds() / "corpus.csv").is_file()
    True
    """
    packaged = resources.files("framing.data").joinpath(DEFAULT_CORPUS)
    if isinstance(packaged, Path) and (packaged / MANIFEST_NAME).is_file():
        return packaged
    repo = Path(__file__).resolve().parent.parent / DEFAULT_CORPUS
    if (repo / MANIFEST_NAME).is_file():
        return repo
    raise InputError(DEFAULT_CORPUS, "the bundled seeds/ folder was not found: give a corpus PATH")


def event_advice(path: str | Path) -> str:
    """How to give the articles of the corpus at ``path`` an event, in its own format.

    >>> event_advice("news.csv"), event_advice("article.txt")
    ('add an event column to news.csv', 'give it an event in a corpus.csv beside it')
    """
    path = Path(path)
    if path.suffix.lower() in TABLE_SUFFIXES:
        return f"add an event column to {path.name}"
    if path.is_dir():
        if (path / "corpus.csv").exists():
            return f"give each an event in {path.name}/corpus.csv"
        return f"list the files in a {path.name}/corpus.csv with an event column"
    return "give it an event in a corpus.csv beside it"


def corpus_or_seeds(path: str | Path | None) -> Path:
    """The corpus at ``path``, or the bundled seeds when no path is given.

    >>> corpus_or_seeds("my_corpus").name
    'my_corpus'
    >>> corpus_or_seeds(None) == bundled_seeds()
    True
    """
    return Path(path) if path else bundled_seeds()
