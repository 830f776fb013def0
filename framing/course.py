"""Helpers for teaching with the toolkit: corpus folders for students, evidence tables, agreement.

The course assignment (``notebooks/assignment/``) walks students through one comparison of
outlets: they make or check a corpus folder (``framing init-corpus DIR``), read the evidence
behind the quotes and hedges the toolkit found (:func:`keyword_in_context`), correct ten quotes
by hand (:func:`review_sheet`), measure their agreement with the toolkit (Cohen's kappa,
:func:`agreement_table`), and extend the hedge lexicon with entries of their own
(:func:`extended_hedge_lexicon`, :func:`hedge_changes`).

Checking a corpus folder reuses :mod:`framing.corpus`: every problem that reading it reports
(a bad date, a file listed but absent, an empty or undecodable file ...) becomes one row of the
problems table, together with the few things a course needs on top (every manifest column,
an outlet, date and event for every article, no article saved twice).

>>> articles = pd.DataFrame({"article_id": ["a"], "text": ["قال ماكرون إن أوروبا جاهزة"]})
>>> findings = pd.DataFrame({"article_id": ["a"], "start": [4], "end": [10]})
>>> keyword_in_context(articles, findings, width=4)[["left", "match", "right"]].values.tolist()
[['قال ', 'ماكرون', ' إن ']]
"""

from __future__ import annotations

import difflib
import hashlib
import re
import warnings
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .corpus import MANIFEST_COLUMNS, MANIFEST_NAME, read_corpus, read_manifest
from .errors import FramingError, FramingWarning, InputError
from .output import write_atomic

README_NAME = "README.md"
PROBLEM_COLUMNS = ["where", "problem"]
# Fields every article of a course corpus needs: outlets are compared on the same event.
REQUIRED_FIELDS = ("outlet", "date", "event")

CORPUS_README = """\
# A corpus folder for `framing`

Put each article in this folder as a plain-text `.txt` file (UTF-8; one article per file;
the file name without `.txt` becomes the article id), and list every file in `corpus.csv`,
one row per article, with these columns:

| column   | what to write                                                   | example                  |
| -------- | --------------------------------------------------------------- | ------------------------ |
| file     | the file name, with `.txt`                                      | `aljazeera_2025-09-04.txt` |
| outlet   | the outlet that published it                                    | `Al Jazeera`             |
| date     | the publication date, YYYY-MM-DD                                | `2025-09-04`             |
| event    | a short label of the event; the same label for every outlet     | `paris-2025-09-04`       |
| language | the language code                                               | `ar`                     |
| notes    | anything a reader should know (optional; quote it if it has a comma) | `"wire copy, no byline"` |

An example row of `corpus.csv`:

    aljazeera_2025-09-04.txt,Al Jazeera,2025-09-04,paris-2025-09-04,ar,"wire copy, no byline"

Outlets are only ever compared on the same `event`, so give the articles about one event the
same event label. Then check the folder:

    framing init-corpus THIS_FOLDER

It prints one line for each mistake (missing columns, bad dates, files listed but absent,
`.txt` files not listed, duplicate files, empty files, files not in UTF-8) and exits with 0
when the corpus is ready, 2 when something needs fixing. A file saved in another encoding
(e.g. Windows-1256) can be checked and read with `--encoding cp1256`, or saved again as UTF-8.
"""

# The ten quotes of the assignment's hand review: (article id, quote id in the seeds' gold
# annotations, framing/data/gold/quotes.tsv). Six are ones the toolkit gets wrong (speaker or
# verb class), four ones it gets right, so agreement is neither perfect nor nil.
REVIEW_QUOTES: tuple[tuple[str, str], ...] = (
    ("000_f3c62e45abe5420d", "q14"),
    ("000_f3c62e45abe5420d", "q18"),
    ("000_f3c62e45abe5420d", "q22"),
    ("000_f3c62e45abe5420d", "q25"),
    ("001_5e7fc02220b875e2", "q1"),
    ("001_5e7fc02220b875e2", "q12"),
    ("002_b6c7a71899e1e0e6", "q14"),
    ("003_82601b1fcddcc2b8", "q4"),
    ("003_82601b1fcddcc2b8", "q6"),
    ("004_5ad5419f7967bd69", "q32"),
)
NOT_FOUND = "(not found)"
SHEET_COLUMNS = ["item", "article_id", "quote_id", "before", "content", "cue", "speaker", "toolkit_speaker",
                 "toolkit_verb_class"]
CHANGE_KEYS = ["article_id", "start", "end", "cue", "category", "subcategory", "voice", "speaker_id"]


# ---------------------------------------------------------------------------------------------
# Corpus folders


def init_corpus(folder: str | Path) -> list[Path]:
    """Create a corpus folder with a ``corpus.csv`` template and a ``README.md``; return the files made.

    The template has the manifest's header and one row for each ``.txt`` file already in the
    folder (language ``ar``, the other fields to fill in). Existing files are never overwritten.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "my_corpus"
    >>> [p.name for p in init_corpus(folder)]
    ['corpus.csv', 'README.md']
    >>> (folder / "corpus.csv").read_text()
    'file,outlet,date,event,language,notes\\n'
    >>> import shutil; shutil.rmtree(folder.parent)
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(folder, "not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    manifest = folder / MANIFEST_NAME
    if not manifest.exists():
        rows = [",".join(MANIFEST_COLUMNS)]
        rows += [_csv_field(f.name) + ",,,,ar," for f in sorted(folder.glob("*.txt"))]
        made.append(write_atomic(manifest, "\n".join(rows) + "\n"))
    readme = folder / README_NAME
    if not readme.exists():
        made.append(write_atomic(readme, CORPUS_README))
    return made


def _csv_field(value: str) -> str:
    """A CSV field: quoted (with doubled quotation marks) when it holds a comma or a quotation mark."""
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def check_corpus(folder: str | Path, *, encoding: str = "utf-8") -> pd.DataFrame:
    """Every problem of a corpus folder, one row each: ``where`` (file, or file:line) and ``problem``.

    An empty table means the folder is ready: it reads with ``strict=True`` and every article
    has an outlet, a date and an event. The checks are those of :func:`framing.corpus.read_manifest`
    and :func:`framing.corpus.read_corpus` (each skipped article is a problem), plus: every
    manifest column present, every ``.txt`` file listed, no empty outlet, date or event, no
    article saved twice under two names.

    >>> check_corpus("seeds").empty
    True
    """
    folder = Path(folder)
    if not folder.exists():
        raise InputError(folder, "no such folder")
    if not folder.is_dir():
        raise InputError(folder, "not a folder: give the corpus folder")
    manifest = folder / MANIFEST_NAME
    problems: list[tuple[str, str]] = []
    if not manifest.exists():
        problems.append((str(manifest), f"missing: run `framing init-corpus {folder}` to make a template"))
        return _problem_table(problems)
    try:
        rows = read_manifest(manifest)
    except FramingError as exc:
        where, problem = _split(str(exc))
        return _problem_table([(where, problem + _separator_hint(manifest))])
    header = _header(manifest)
    problems += _header_problems(manifest, header)
    by_file = {row["file"]: row for row in rows}
    misnamed = set()  # rows whose file is listed without .txt: "not found" would say it twice
    for row in rows:
        where = f"{manifest}:{row['_line']}"
        for field in ("outlet", "event"):
            if field in header and not row[field]:
                problems.append((where, f"empty {field!r} for {row['file']!r}"))
        if not row["file"].lower().endswith(".txt"):
            hint = ""
            if (folder / f"{row['file']}.txt").is_file():
                hint = f" (did you mean '{row['file']}.txt'?)"
                misnamed.add(where)
            problems.append((where, f"{row['file']!r} is not a .txt file name{hint}"))

    corpus = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            corpus = read_corpus(folder, encoding=encoding)
        except FramingError as exc:
            if not any(issubclass(w.category, FramingWarning) for w in caught):
                problems.append(_split(str(exc)))  # "no article to analyse" adds nothing to the warnings
    for warning in caught:
        if not issubclass(warning.category, FramingWarning):
            continue
        where, problem = _split(str(warning.message))
        if problem.endswith("not listed in corpus.csv; read without metadata"):
            problem = f"not listed in {MANIFEST_NAME}: add a row for it (file, outlet, date, event, language, notes)"
        if where in misnamed and "not found" in problem:
            continue
        problems.append((where, problem.removesuffix("; skipped")))

    if corpus is not None:
        articles = corpus.articles
        for date, source in zip(articles["date"], articles["source"], strict=True):
            listed = by_file.get(Path(str(source)).name)
            if listed is not None and pd.isna(date) and "date" in header:
                problems.append((f"{manifest}:{listed['_line']}",
                                 f"empty 'date' for {listed['file']!r} (use YYYY-MM-DD)"))
        problems += _duplicate_texts(articles)
    if not problems:
        try:  # the final word: the corpus reads strictly
            read_corpus(folder, strict=True, encoding=encoding)
        except FramingError as exc:
            problems.append(_split(str(exc)))
    return _problem_table(problems)


def _separator_hint(manifest: Path) -> str:
    """A hint when the header is split by semicolons or tabs (a spreadsheet's CSV in some locales)."""
    with open(manifest, "rb") as handle:
        first = handle.readline().decode("utf-8", errors="replace")
    for mark, name in ((";", "semicolons"), ("\t", "tabs")):
        if mark in first and "," not in first:
            return f" (its columns are separated by {name}: save it as comma-separated CSV)"
    return ""


def _header(manifest: Path) -> list[str]:
    return [str(c).strip() for c in pd.read_csv(manifest, nrows=0, dtype=str, encoding="utf-8").columns]


def _header_problems(manifest: Path, columns: list[str]) -> list[tuple[str, str]]:
    where = f"{manifest}:1"
    out = []
    for column in MANIFEST_COLUMNS:
        if column not in columns:
            out.append((where, f"missing column {column!r}; the header must be {','.join(MANIFEST_COLUMNS)}"))
    for column in columns:
        if column not in MANIFEST_COLUMNS:
            close = difflib.get_close_matches(column.lower(), MANIFEST_COLUMNS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            out.append((where, f"unknown column {column!r}{hint}"))
    return out


def _duplicate_texts(articles: pd.DataFrame) -> list[tuple[str, str]]:
    first: dict[str, str] = {}
    out = []
    for source, raw in zip(articles["source"], articles["raw_text"], strict=True):
        digest = hashlib.sha256(" ".join(str(raw).split()).encode("utf-8")).hexdigest()
        if digest in first:
            out.append((str(source), f"same text as {Path(first[digest]).name!r}: the article is saved twice"))
        else:
            first[digest] = str(source)
    return out


_WHERE = re.compile(r"^(?P<where>.+?(?::\d+)?): (?P<problem>.*)$", re.S)


def _split(message: str) -> tuple[str, str]:
    """Split a ``where: problem`` message (as :class:`framing.errors.FramingError` formats them)."""
    m = _WHERE.match(message)
    return (m["where"], m["problem"]) if m else ("", message)


def _problem_table(problems: list[tuple[str, str]]) -> pd.DataFrame:
    def key(item):  # the manifest's problems first, by line; then the files', by name
        where = item[0]
        path, _, line = where.rpartition(":")
        path, line = (path, int(line)) if line.isdigit() else (where, 0)
        return (Path(path).name != MANIFEST_NAME, path, line, item[1])

    unique = sorted(set(problems), key=key)
    return pd.DataFrame(unique, columns=PROBLEM_COLUMNS)


def corpus_overview(articles: pd.DataFrame) -> str:
    """One line: how many articles, outlets and events, and which events two or more outlets cover.

    >>> print(corpus_overview(read_corpus("seeds").articles))
    5 articles, 5 outlets, 2 events; events covered by two or more outlets: paris-2025-09-04 (3 outlets), paris-2026-01-06 (2 outlets)
    """
    a = articles.dropna(subset=["event"])
    per_event = a.groupby("event")["outlet"].nunique().sort_index()
    shared = [f"{event} ({n} outlets)" for event, n in per_event.items() if n >= 2]
    line = (f"{len(articles)} articles, {articles['outlet'].nunique()} outlets, {articles['event'].nunique()} events; "
            "events covered by two or more outlets: ")
    return line + (", ".join(shared) if shared else "none yet (compare needs two outlets on one event)")


# ---------------------------------------------------------------------------------------------
# Evidence: keyword in context


def keyword_in_context(articles: pd.DataFrame, findings: pd.DataFrame, *, start: str = "start", end: str = "end",
                       width: int = 40) -> pd.DataFrame:
    """The findings with their words in context: ``left``, ``match`` and ``right`` columns added.

    ``start``/``end`` name the offset columns (into the article's cleaned ``text``): ``start``
    and ``end`` for hedges and sentiment, ``cue_start`` and ``cue_end`` for a quote's cue.
    ``left`` and ``right`` hold up to ``width`` characters, line breaks shown as spaces. A
    finding with no offsets (-1, as a quote with no cue) gets empty context.
    """
    texts = dict(zip(articles["article_id"].astype(str), articles["text"].astype(str), strict=True))
    left, match, right = [], [], []
    for article_id, s, e in zip(findings["article_id"].astype(str), findings[start], findings[end], strict=True):
        text = texts.get(article_id, "")
        s, e = int(s), int(e)
        if s < 0 or e < s or not text:
            left.append("")
            match.append("")
            right.append("")
            continue
        left.append(text[max(0, s - width) : s].replace("\n", " "))
        match.append(text[s:e])
        right.append(text[e : e + width].replace("\n", " "))
    out = findings.copy()
    out["left"], out["match"], out["right"] = left, match, right
    return out.reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# The hand review of quotes and agreement with the toolkit


def speaker_label(speaker_id, speaker_type) -> str:
    """The label a quote's speaker is coded with: its actor id (several ids sorted and joined with
    ``|``), or its speaker type when it has no id (``anonymous``, ``document`` ...).

    >>> speaker_label("Volodymyr Zelenskyy|Emmanuel Macron", "group"), speaker_label("", "document")
    ('Emmanuel Macron|Volodymyr Zelenskyy', 'document')
    """
    ids = sorted({x.strip() for x in ("" if pd.isna(speaker_id) else str(speaker_id)).split("|") if x.strip()})
    if ids:
        return "|".join(ids)
    return "unknown" if pd.isna(speaker_type) or not str(speaker_type) else str(speaker_type)


def review_sheet(corpus, quotes: pd.DataFrame, picks: Sequence[tuple[str, str]] = REVIEW_QUOTES, *,
                 gold: str | Path | None = None, width: int = 200) -> pd.DataFrame:
    """The quotes to review by hand, one row each, with what the toolkit made of them.

    ``picks`` are (article id, quote id) of the gold annotations (default: the bundled ones of
    the seeds); each is shown with the toolkit's quote that overlaps it most. Columns: ``item``
    (1, 2, ...), ``article_id``, ``quote_id`` (the toolkit's, empty when it found none),
    ``before`` (the ``width`` characters before the content: speaker and cue are usually
    there), ``content``, and the toolkit's ``cue``, ``speaker`` (its words),
    ``toolkit_speaker`` (:func:`speaker_label`) and ``toolkit_verb_class``.
    """
    from .evaluate import load_gold, to_raw

    table = load_gold("quotes", gold).set_index(["article_id", "quote_id"])
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"], strict=True))
    removed = {k: list(zip(g["start"], g["end"], strict=True)) for k, g in corpus.cleaning.groupby("article_id")}
    raw_quotes = to_raw(quotes.reset_index(drop=True), corpus, (("start", "end"),))
    rows = []
    for item, (article_id, gold_id) in enumerate(picks, start=1):
        if (article_id, gold_id) not in table.index:
            raise InputError(gold or "framing/data/gold/quotes.tsv", f"no quote {gold_id!r} in article {article_id!r}")
        if article_id not in texts:
            raise InputError(None, f"article {article_id!r} is not in the corpus")
        g = table.loc[(article_id, gold_id)]
        start = _clean_offset(removed.get(article_id, []), int(g["start"]))
        end = _clean_offset(removed.get(article_id, []), int(g["end"]))
        text = texts[article_id]
        row = {"item": item, "article_id": article_id, "quote_id": "",
               "before": text[max(0, start - width) : start].replace("\n", " "), "content": text[start:end],
               "cue": "", "speaker": "", "toolkit_speaker": NOT_FOUND, "toolkit_verb_class": NOT_FOUND}
        mine = raw_quotes[(raw_quotes["article_id"] == article_id) & (raw_quotes["start"] < g["end"])
                          & (raw_quotes["end"] > g["start"])]
        if len(mine):
            overlap = mine["end"].clip(upper=g["end"]) - mine["start"].clip(lower=g["start"])
            best = quotes.reset_index(drop=True).loc[overlap.idxmax()]
            row |= {"quote_id": best["quote_id"], "cue": best["cue"], "speaker": best["speaker"],
                    "toolkit_speaker": speaker_label(best["speaker_id"], best["speaker_type"]),
                    "toolkit_verb_class": best["verb_class"]}
        rows.append(row)
    return pd.DataFrame(rows, columns=SHEET_COLUMNS)


def _clean_offset(removed: list[tuple[int, int]], raw: int) -> int:
    """Map a raw offset to the cleaned text (the inverse of :func:`framing.corpus.raw_offset`).

    >>> _clean_offset([(0, 3), (10, 12)], 20)
    15
    """
    return raw - sum(min(end, raw) - start for start, end in removed if start < raw)


def agreement_table(sheet: pd.DataFrame, speakers: Sequence[str], verb_classes: Sequence[str]) -> pd.DataFrame:
    """Agreement of a hand coding with the toolkit on the review sheet, per field:
    ``field, n, agreed, observed, kappa``.

    ``observed`` is the share of items coded alike; ``kappa`` is Cohen's kappa
    (:func:`sklearn.metrics.cohen_kappa_score`), which discounts the agreement expected by chance
    from each coder's label frequencies (NaN when undefined: both coders used one label only).
    Speakers are compared as :func:`speaker_label` writes them (several ids in sorted order).

    >>> sheet = pd.DataFrame({"toolkit_speaker": ["Russia", "NATO", "NATO", "anonymous"],
    ...                       "toolkit_verb_class": ["neutral", "neutral", "assertive", "directive"]})
    >>> agreement_table(sheet, ["Estonia", "NATO", "NATO", "anonymous"],
    ...                 ["neutral", "directive", "assertive", "directive"]).values.tolist()
    [['speaker', 4, 3, 0.75, 0.636], ['verb_class', 4, 3, 0.75, 0.636]]
    """
    from sklearn.metrics import cohen_kappa_score

    _check_lengths(sheet, speakers, verb_classes)
    pairs = {
        "speaker": ([speaker_label(x, "") for x in sheet["toolkit_speaker"]], [speaker_label(x, "") for x in speakers]),
        "verb_class": ([str(x) for x in sheet["toolkit_verb_class"]], [str(x) for x in verb_classes]),
    }
    rows = []
    for field, (toolkit, coder) in pairs.items():
        agreed = sum(a == b for a, b in zip(toolkit, coder, strict=True))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            kappa = float(cohen_kappa_score(toolkit, coder)) if toolkit else float("nan")
        observed = agreed / len(toolkit) if toolkit else float("nan")
        rows.append({"field": field, "n": len(toolkit), "agreed": agreed, "observed": round(observed, 3),
                     "kappa": round(kappa, 3)})
    return pd.DataFrame(rows, columns=["field", "n", "agreed", "observed", "kappa"])


def _check_lengths(sheet: pd.DataFrame, speakers: Sequence[str], verb_classes: Sequence[str]) -> None:
    if not len(speakers) == len(verb_classes) == len(sheet):
        raise InputError(None, f"give one speaker and one verb class for each of the {len(sheet)} items "
                               f"(got {len(speakers)} speakers and {len(verb_classes)} verb classes)")


def disagreements(sheet: pd.DataFrame, speakers: Sequence[str], verb_classes: Sequence[str]) -> pd.DataFrame:
    """Where a hand coding differs from the toolkit: ``item, article_id, field, toolkit, corrected``.

    >>> sheet = pd.DataFrame({"item": [1, 2], "article_id": ["a", "a"], "toolkit_speaker": ["Russia", "NATO"],
    ...                       "toolkit_verb_class": ["neutral", "neutral"]})
    >>> disagreements(sheet, ["Estonia", "NATO"], ["neutral", "neutral"]).values.tolist()
    [[1, 'a', 'speaker', 'Russia', 'Estonia']]
    """
    _check_lengths(sheet, speakers, verb_classes)
    rows = []
    for (item, article_id, tk_speaker, tk_verb), speaker, verb in zip(
        sheet[["item", "article_id", "toolkit_speaker", "toolkit_verb_class"]].itertuples(index=False),
        speakers, verb_classes, strict=True,
    ):
        if speaker_label(speaker, "") != speaker_label(tk_speaker, ""):
            rows.append((item, article_id, "speaker", tk_speaker, speaker))
        if str(verb) != str(tk_verb):
            rows.append((item, article_id, "verb_class", tk_verb, verb))
    return pd.DataFrame(rows, columns=["item", "article_id", "field", "toolkit", "corrected"])


# ---------------------------------------------------------------------------------------------
# A user's hedge entries


def extended_hedge_lexicon(path: str | Path) -> pd.DataFrame:
    """The bundled hedge lexicon extended with a user's TSV of entries (same columns as
    ``framing/data/hedges.tsv``: ``cue, category, subcategory, rule, enclitics``, optional ``note``).

    The user's entries come first, with ``source`` ``user``; the bundled ones keep the source
    ``hedges.tsv`` names for them; a user entry with the same cue as a bundled one replaces it.
    Pass the result to :class:`framing.hedges.HedgeFinder`.
    """
    from .hedges import load_hedge_lexicon
    from .text import fold, word_tokens

    def key(cue: str) -> tuple[str, ...]:
        return tuple(fold(t.text) for t in word_tokens(cue))

    user = load_hedge_lexicon(path).assign(source="user")
    bundled = load_hedge_lexicon()
    mine = {key(c) for c in user["cue"]}
    bundled = bundled[[key(c) not in mine for c in bundled["cue"]]]
    return pd.concat([user, bundled], ignore_index=True)


def hedge_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """The hedge and booster rows that a change of lexicon added or removed.

    Columns: ``change`` (added | removed), then the hedge table's columns; sorted by article and
    offset. A cue whose category changed shows as one removed and one added row.

    >>> before = pd.DataFrame({"article_id": ["a"], "cue": ["قد"], "category": ["hedge"], "subcategory": ["epistemic_modal"],
    ...                        "voice": ["author"], "speaker_id": [""], "start": [0], "end": [2]})
    >>> after = pd.concat([before, before.assign(cue="إمكانية", start=10, end=17)])
    >>> hedge_changes(before, after)[["change", "cue", "start"]].values.tolist()
    [['added', 'إمكانية', 10]]
    """
    columns = list(dict.fromkeys(list(after.columns) + list(before.columns)))
    merged = before.merge(after, on=CHANGE_KEYS, how="outer", indicator=True, suffixes=("_before", ""))
    merged = merged[merged["_merge"] != "both"].copy()
    for column in columns:
        if column not in CHANGE_KEYS and f"{column}_before" in merged:
            merged[column] = merged[column].where(merged["_merge"] == "right_only", merged[f"{column}_before"])
    merged.insert(0, "change", merged["_merge"].map({"right_only": "added", "left_only": "removed"}).astype(str))
    merged = merged[["change"] + columns].sort_values(["article_id", "start", "end", "change"], kind="stable")
    return merged.reset_index(drop=True)
