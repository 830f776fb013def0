"""The main job: analyse a corpus and make every table, every figure and a self-contained HTML
page (``framing report``; ``framing figures`` makes the paper figures only).

``framing report [PATH] --out DIR`` writes (see ``docs/outputs.md``):

* ``DIR/tables/<name>.parquet`` and ``.csv``: the articles, the findings (one row per mention,
  quote, hedge, evaluation, with offsets) and every comparison of :mod:`framing.compare`;
* ``DIR/figures/<event>_<figure>.png``: the paper figures of :mod:`framing.plot` that the page
  shows, at the page's resolution; with ``--pdf``, as PDF too (``framing figures`` writes them all
  as PDF and 300-dpi PNG);
* ``DIR/index.html``: one page, no external reference (inline CSS, figures as base64 PNG),
  showing for each event the comparison tables and figures; every count opens onto the
  sentences behind it, with the cue highlighted.

Everything is computed in memory before the first file is written, into a staging folder beside
the output folder that is swapped in at the end, so a failed or interrupted run leaves the
outputs of an earlier run as they were, whole. Figures and
Parquet files are byte-identical from run to run.

The page is made in two steps: :func:`report_view` gathers what it shows as plain data (a
:class:`ReportView`: events, their tables of :class:`Cell`, figures and the :class:`EvidenceRow`
behind each number), and the Jinja2 templates in ``framing/templates/`` render it, with
autoescaping, so that no text of a corpus can become markup.

>>> html = evidence_html("قال ماكرون إن أوروبا جاهزة. وأضاف أن الحرب طويلة.", [(0, 3, "cue"), (14, 26, "content")])
>>> html
'<mark class="cue">قال</mark> ماكرون إن <span class="content">أوروبا جاهزة</span>.'
"""

from __future__ import annotations

import base64
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import pandas as pd

from .output import table_bytes

FINDINGS = ("mentions", "quotes", "hedges", "sentiment")
MAX_EVIDENCE = 40  # evidence rows listed under one number in index.html
EVIDENCE_BUDGET = 160  # ... at most this many divided by the event's outlets (a page of many outlets stays light)
MIN_EVIDENCE = 3
COLLAPSE_FROM = 7  # an event covered by this many outlets or more shows each outlet's keyness collapsed
MAX_SNIPPET = 420  # characters of context around a finding
KEYNESS_ROWS = 10
ATTENTION_ROWS = 20
TEMPLATE = "index.html.j2"  # the page, in framing/templates/
MACROS = "macros.html.j2"  # its pieces: evidence, cells, tables, figures
PAGE_DPI = 150  # the report's PNGs: a figure 7 in wide fills the page's 1,050-pixel column


# ---------------------------------------------------------------------------------------------
# Analysis, tables and figures


def analyse(articles: pd.DataFrame, analyzer=None, *, progress: bool = False) -> dict[str, pd.DataFrame]:
    """The pipeline's tables (:meth:`framing.pipeline.Analyzer.analyze`), with a progress bar."""
    from tqdm import tqdm

    from .pipeline import Analyzer

    analyzer = analyzer or Analyzer()
    with tqdm(total=len(articles), desc="analysing", unit="article", disable=not progress, leave=False) as bar:
        return analyzer.analyze(articles, on_article=bar.update)


def render_figures(comparison: dict[str, pd.DataFrame], *, labels: str = "en", gazetteer=None,
                   progress: bool = False, png_dpi: int | None = None, workers: int | None = 1) -> dict[str, bytes]:
    """Every paper figure as ``{"<stem>.pdf": bytes, "<stem>.png": bytes}``, in order.

    The PNGs are at ``png_dpi`` (default: the paper's, :data:`framing.plot.DPI`); the figures are
    drawn by ``workers`` processes (:func:`framing.drawing.draw_figures`; ``None``: one per core, fewer
    for a few figures).
    """
    from .drawing import draw_figures, figure_jobs
    from .plot import DPI

    return draw_figures(figure_jobs(comparison), formats={"pdf": DPI, "png": png_dpi or DPI}, labels=labels,
                        gazetteer=gazetteer, workers=workers, progress=progress)


def page_figure_jobs(comparison: dict[str, pd.DataFrame]):
    """The paper figures index.html shows (:func:`framing.drawing.figure_jobs`), that is all but
    the keyness figures of outlets with no distinctive word, which the page replaces by a sentence."""
    from .drawing import figure_jobs

    return [job for job in figure_jobs(comparison)
            if job[1] != "keyness" or job[4]["distinctive"].astype(bool).any()]


def report_tables(corpus, tables: dict[str, pd.DataFrame], comparison: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every table the report writes, by file name (without suffix), in order."""
    from .corpus import corpus_summary

    out = {"articles": corpus_summary(corpus), "cleaning": corpus.cleaning, "skipped": corpus.skipped}
    out.update({name: tables[name] for name in FINDINGS})
    out.update(comparison)
    return out


def build_report(corpus, analyzer=None, *, labels: str = "en", progress: bool = False,
                 excel_safe: bool = False, workers: int | None = 1, pdf: bool = False) -> dict[str, bytes]:
    """Every file of the report, by path relative to the output folder: tables, figures, index.html.

    The figures are those the page shows, as PNG at the page's resolution (:data:`PAGE_DPI`), and
    with ``pdf`` as PDF too. Worker processes (``workers``, as in :func:`render_figures`) draw them
    while this process writes the tables and gathers the page. With ``excel_safe``, the CSV tables'
    text cells that a spreadsheet would run as a formula start with ``'``
    (:func:`framing.output.excel_safe`); the Parquet tables keep the text.
    """
    from .compare import comparison_tables
    from .drawing import FigureDrawing
    from .output import excel_safe as safe_cells
    from .plot import DPI

    articles = corpus.articles
    tables = analyse(articles, analyzer, progress=progress)
    gazetteer = analyzer.gazetteer if analyzer is not None else None
    comparison = comparison_tables(tables, articles, gazetteer=gazetteer)
    jobs = page_figure_jobs(comparison)
    formats = {"pdf": DPI, "png": PAGE_DPI} if pdf else {"png": PAGE_DPI}
    with FigureDrawing(jobs, formats=formats, labels=labels, gazetteer=gazetteer, workers=workers,
                       progress=progress) as drawing:
        files: dict[str, bytes] = {}
        for name, frame in report_tables(corpus, tables, comparison).items():
            files[f"tables/{name}.parquet"] = table_bytes(frame, "parquet")
            files[f"tables/{name}.csv"] = table_bytes(safe_cells(frame) if excel_safe else frame, "csv")
        view = report_view(articles, tables, comparison, {f"{job[0]}.png" for job in jobs}, gazetteer=gazetteer,
                           labels=labels, pdf=pdf)
        figures = drawing.files()
    files.update({f"figures/{name}": data for name, data in figures.items()})
    files["index.html"] = render_page(view, figures).encode("utf-8")
    return files


# ---------------------------------------------------------------------------------------------
# Evidence: the sentence behind a finding, as plain data

HIGHLIGHTED = ("cue", "match", "mention")  # spans marked with <mark>; others (content) are underlined


@dataclass(frozen=True)
class Segment:
    """A piece of an evidence snippet: plain text (``css`` empty) or a span with a css class."""

    text: str
    css: str = ""

    @property
    def tag(self) -> str:
        """``mark`` for a highlighted span, ``span`` for another, ``""`` for plain text."""
        if not self.css:
            return ""
        return "mark" if self.css in HIGHLIGHTED else "span"


@dataclass(frozen=True)
class Snippet:
    """The sentence(s) around a finding, cut to a length (``prefix``/``suffix``: an ellipsis)."""

    segments: tuple[Segment, ...]
    prefix: str = ""
    suffix: str = ""

    @property
    def text(self) -> str:
        return self.prefix + "".join(s.text for s in self.segments) + self.suffix


def sentence_bounds(text: str) -> tuple[list[int], list[int]]:
    """The start and end offsets of the sentences of ``text``, each list in order.

    >>> sentence_bounds("قال ماكرون. وأضاف.")
    ([0, 12], [11, 18])
    """
    from .text import sentence_spans

    sentences = sentence_spans(text)
    return [s.start for s in sentences], [s.end for s in sentences]


def evidence_snippet(text: str, spans: Iterable[tuple[int, int, str]], *, limit: int = MAX_SNIPPET,
                     sentences: tuple[list[int], list[int]] | None = None) -> Snippet:
    """The sentence(s) of ``text`` holding ``spans`` (start, end, css class), as segments.

    A snippet longer than ``limit`` characters is cut around the spans, with an ellipsis; of
    overlapping spans the first is kept. ``sentences`` are the article's
    :func:`sentence_bounds`, found once for all its findings (else here).

    >>> snippet = evidence_snippet("قال ماكرون إن أوروبا جاهزة. وأضاف.", [(0, 3, "cue")])
    >>> [(s.text, s.css) for s in snippet.segments]
    [('قال', 'cue'), (' ماكرون إن أوروبا جاهزة.', '')]
    """
    spans = sorted((max(0, int(s)), min(len(text), int(e)), c) for s, e, c in spans if int(e) > int(s))
    if not spans:
        return Snippet(())
    first, last = spans[0][0], max(e for _, e, _ in spans)
    starts, ends = sentences if sentences is not None else sentence_bounds(text)
    i, j = bisect_right(starts, first) - 1, bisect_left(ends, last)
    start = starts[i] if i >= 0 else 0
    end = ends[j] if j < len(ends) else len(text)
    prefix = suffix = ""
    if end - start > limit:
        margin = max(40, (limit - (last - first)) // 2)
        if first - start > margin:
            start, prefix = first - margin, "… "
        if end - last > margin:
            end, suffix = last + margin, " …"
    pieces: list[tuple[str, str]] = []
    pos = start
    for s, e, css in spans:
        if s < pos:  # overlaps the previous span: keep the first
            continue
        pieces += [(text[pos:s], ""), (text[s:e], css)]
        pos = e
    pieces.append((text[pos:end], ""))
    pieces = [(piece.replace("\n", " "), css) for piece, css in pieces]
    if not pieces[0][1]:
        pieces[0] = (pieces[0][0].lstrip(), "")
    if not pieces[-1][1]:
        pieces[-1] = (pieces[-1][0].rstrip(), "")
    return Snippet(tuple(Segment(piece, css) for piece, css in pieces if piece or css), prefix, suffix)


def evidence_html(text: str, spans: list[tuple[int, int, str]], *, limit: int = MAX_SNIPPET) -> str:
    """The sentence(s) of ``text`` holding ``spans`` (start, end, css class), spans marked.

    A cue is marked with ``<mark>``, other spans with ``<span>``; text is escaped. A snippet
    longer than ``limit`` characters is cut around the spans, with an ellipsis.
    """
    return str(_templates().get_template(MACROS).module.snippet(evidence_snippet(text, spans, limit=limit)))


@dataclass(frozen=True)
class EvidenceRow:
    """One finding behind a number: its article, outlet, a note and its sentence.

    Without a snippet, the row stands for a whole article (the articles of an outlet).
    """

    article_id: str
    outlet: str = ""
    note: str = ""
    snippet: Snippet | None = None


def evidence_limit(n_outlets: int) -> int:
    """How many evidence rows one number of an event's tables lists, given the event's outlets:
    :data:`MAX_EVIDENCE` for a few outlets, fewer for many (the rest are in the CSV tables).

    >>> evidence_limit(2), evidence_limit(8), evidence_limit(60)
    (40, 20, 3)
    """
    return max(MIN_EVIDENCE, min(MAX_EVIDENCE, EVIDENCE_BUDGET // max(1, n_outlets)))


def _plain_rows(rows: pd.DataFrame, columns: tuple[str, ...]) -> list:
    """The rows as named tuples of these columns' plain Python values, read column by column
    (element by element, Arrow-backed columns are slow; converting a small frame's every column
    costs more than its few rows).

    >>> [(r.a, r.b) for r in _plain_rows(pd.DataFrame({"a": [1, 2], "b": ["x", "y"], "c": [0, 0]}), ("a", "b"))]
    [(1, 'x'), (2, 'y')]
    """
    row = _row_type(columns)
    return [row._make(values) for values in zip(*(rows[c].tolist() for c in columns), strict=True)]


@cache
def _row_type(columns: tuple[str, ...]):
    """A named tuple of these columns (made once per set of columns)."""
    from collections import namedtuple

    return namedtuple("Row", columns, rename=True)


class _Evidence:
    """Evidence rows of findings (at most ``limit`` per number); each article's sentences are
    found once, when first needed."""

    def __init__(self, articles: pd.DataFrame, limit: int = MAX_EVIDENCE):
        self.limit = limit
        self.text = dict(zip(articles["article_id"].astype(str), articles["text"].astype(str), strict=True))
        self.outlet = dict(zip(articles["article_id"].astype(str), articles["outlet"].astype(str), strict=True))
        self._sentences: dict[str, tuple[list[int], list[int]]] = {}

    def row(self, article_id, spans: list[tuple[int, int, str]], note: str = "") -> EvidenceRow:
        aid = str(article_id)
        text = self.text.get(aid, "")
        if aid not in self._sentences:
            self._sentences[aid] = sentence_bounds(text)
        snippet = evidence_snippet(text, spans, sentences=self._sentences[aid])
        return EvidenceRow(aid, self.outlet.get(aid, ""), note, snippet)

    def quotes(self, rows: pd.DataFrame) -> list[EvidenceRow]:
        return [self.row(r.article_id, [(r.cue_start, r.cue_end, "cue"), (r.start, r.end, "content")],
                         f"{r.quote_id}: {r.speaker_id or r.speaker} ({r.speaker_type}), {r.kind}, "
                         f"cue {r.cue} [{r.verb_class}]")
                for r in _plain_rows(rows[:self.limit], ("article_id", "cue_start", "cue_end", "start", "end", "quote_id",
                                                         "speaker_id", "speaker", "speaker_type", "kind", "cue",
                                                         "verb_class"))]

    def hedges(self, rows: pd.DataFrame) -> list[EvidenceRow]:
        return [self.row(r.article_id, [(r.start, r.end, "cue")],
                         f"{r.category}, {r.subcategory}, {r.voice}" + (f" ({r.speaker_id})" if r.speaker_id else ""))
                for r in _plain_rows(rows[:self.limit], ("article_id", "start", "end", "category", "subcategory",
                                                         "voice", "speaker_id"))]

    def sentiment(self, rows: pd.DataFrame) -> list[EvidenceRow]:
        return [self.row(r.article_id, [(r.start, r.end, "cue")],
                         f"{r.source_id} → {r.target_id}: {r.polarity} ({r.score:+g})")
                for r in _plain_rows(rows[:self.limit], ("article_id", "start", "end", "source_id", "target_id",
                                                         "polarity", "score"))]

    def mentions(self, rows: pd.DataFrame) -> list[EvidenceRow]:
        return [self.row(r.article_id, [(r.start, r.end, "mention")], f"{r.actor_id} ({r.form})")
                for r in _plain_rows(rows[:self.limit], ("article_id", "start", "end", "actor_id", "form"))]

    def tokens(self, positions: list[tuple[str, str, int, int]]) -> list[EvidenceRow]:
        return [self.row(aid, [(start, end, "match")]) for aid, _, start, end in positions[:self.limit]]


# ---------------------------------------------------------------------------------------------
# The view model of index.html: plain data, rendered by templates/index.html.j2


@dataclass(frozen=True)
class Cell:
    """A table cell: a text or number; a number may open onto the evidence rows behind it.

    ``more`` rows beyond the listed ones (at most ``MAX_EVIDENCE``) are in the table ``more_in``;
    ``note`` (a share, a rate) follows the number; ``arabic`` text is set right to left.
    """

    text: str
    evidence: tuple[EvidenceRow, ...] = ()
    more: int = 0
    more_in: str = ""
    note: str = ""
    arabic: bool = False


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric_from: int = 1  # the columns from this one on are numbers, aligned right


@dataclass(frozen=True)
class Figure:
    stem: str
    caption: str


@dataclass(frozen=True)
class KeynessView:
    outlet: str
    n_tokens: int
    figure: Figure | None
    table: Table  # the words that pass the corrected threshold; no rows when none does
    tested: int = 0  # content words tested


@dataclass(frozen=True)
class EventView:
    """One event's section: its tables (by name) and figures (by figure name, when drawn)."""

    event: str
    anchor: str
    tables: dict[str, Table]
    figures: dict[str, Figure]
    attention_top: int
    keyness: tuple[KeynessView, ...]
    whole_corpus: bool = False  # the corpus had no events: this "event" is all of it
    collapsed: bool = False  # many outlets: each outlet's keyness opens on demand


@dataclass(frozen=True)
class ReportView:
    """Everything index.html shows, as plain data."""

    n_articles: int
    n_outlets: int
    version: str
    no_event: int  # articles without an event, left out of the comparisons
    events: tuple[EventView, ...]
    not_arabic: tuple[str, ...] = ()  # articles mostly not in Arabic: their zero findings are not findings
    pdf_figures: bool = False  # the figures are written as PDF beside the PNGs


def _cell(value, rows: list | pd.DataFrame = (), build=None, *, more_in: str = "", note: str = "") -> Cell:
    """A number that opens onto the evidence of its ``rows`` (at most MAX_EVIDENCE are built)."""
    evidence = tuple(build(rows[:MAX_EVIDENCE])) if len(rows) else ()
    return Cell(_fmt(value), evidence, len(rows) - len(evidence) if evidence else 0, more_in, note)


def _fmt(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if pd.isna(value):
            return "–"
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    try:
        if pd.isna(value):
            return "–"
    except (TypeError, ValueError):
        pass
    return str(value)


def _share(value) -> str:
    return "–" if pd.isna(value) else f"{float(value):.0%}"


def _share_ci(value, low, high) -> str:
    """A share with its 95% interval: ``25% [9%, 53%]``."""
    if pd.isna(value):
        return "–"
    return f"{float(value):.0%} [{float(low):.0%}, {float(high):.0%}]" if pd.notna(low) else _share(value)


def _rate_ci(rate, low, high, n_articles: int) -> str:
    """A rate with its interval over articles, or why it has none."""
    if pd.isna(rate):
        return "–"
    if pd.isna(low) or pd.isna(high):
        return f"{_fmt(rate)} (no interval: {int(n_articles)} article{'s' if n_articles != 1 else ''})"
    return f"{_fmt(rate)} [{_fmt(low)}, {_fmt(high)}]" + (" ⚑" if n_articles < 5 else "")


def _table(headers: list[str], rows: list[list[Cell | str]], *, numeric_from: int = 1) -> Table:
    return Table(tuple(headers), tuple(tuple(c if isinstance(c, Cell) else Cell(c) for c in row) for row in rows),
                 numeric_from)


class _RowsBy:
    """The rows of ``frame`` for each value of ``keys``, grouped once: ``rows_by[key]`` (a tuple
    of the key columns' values) is what ``frame[(frame[k] == v) & ...]`` would give, in order,
    without scanning the frame for each key.

    >>> frame = pd.DataFrame({"outlet": ["X", "Y", "X"], "voice": ["author", "author", "quoted"], "n": [1, 2, 3]})
    >>> rows = _RowsBy(frame, "outlet", "voice")
    >>> rows["X", "author"]["n"].tolist(), rows["Y", "quoted"]["n"].tolist()
    ([1], [])
    """

    def __init__(self, frame: pd.DataFrame, *keys: str):
        self._empty = frame.iloc[:0]
        self._groups = {tuple(k): g for k, g in frame.groupby(list(keys), sort=False, dropna=False)} if len(frame) else {}

    def __getitem__(self, key) -> pd.DataFrame:
        return self._groups.get(key if isinstance(key, tuple) else (key,), self._empty)


class _EventData:
    """The rows of one event that the section's tables are made from."""

    def __init__(self, event: str, findings: dict[str, pd.DataFrame], comparison: dict[str, pd.DataFrame],
                 keyed_articles: pd.DataFrame):
        self.event = event
        self.findings = {name: frame[frame["event"] == event] for name, frame in findings.items()}
        self.comparison = {name: frame[frame["event"] == event] for name, frame in comparison.items()}
        self.articles = keyed_articles[keyed_articles["event"] == event]


def report_view(articles: pd.DataFrame, tables: dict[str, pd.DataFrame], comparison: dict[str, pd.DataFrame],
                figures: Collection[str], *, gazetteer=None, labels: str = "en", pdf: bool = False) -> ReportView:
    """The view model of index.html: the events, their tables and figures (of those named in
    ``figures``, ``"<stem>.png"``; with ``pdf``, the page says each is also a PDF), the evidence rows."""
    from . import __version__
    from .compare import gazetteer_spellings, is_whole_corpus, keyness_segmenter, with_event
    from .plot import actor_label, figure_stem

    keyed_articles = with_event(articles)
    keyed = keyed_articles[["article_id", "event", "outlet"]]

    def rows_of(name: str) -> pd.DataFrame:
        frame = tables[name].astype({"article_id": str})
        return frame.merge(keyed, on="article_id", how="inner")

    findings = {name: rows_of(name) for name in FINDINGS}
    quotes = findings["quotes"]
    findings["quotes"] = quotes.assign(speaker_key=[(i or s or "(unnamed)") for i, s in zip(
        quotes["speaker_id"].fillna(""), quotes["speaker"].fillna(""), strict=True)])
    known = set(gazetteer.actors["actor_id"]) if gazetteer is not None else None

    def label(actor_id: str) -> str:
        return actor_label(actor_id, labels, gazetteer)

    def speaker_name(speaker: str) -> str:
        is_actor = known is None or all(p in known for p in str(speaker).split("|"))
        return label(speaker) if is_actor else speaker

    def figure(stem: str, caption: str) -> Figure | None:
        return Figure(stem, caption) if f"{stem}.png" in figures else None

    evidence = _Evidence(articles)
    segmenter = keyness_segmenter(keyed_articles, gazetteer_spellings(gazetteer)) if len(comparison["keyness"]) else {}
    sections = []
    for event in sorted(comparison["outlets"]["event"].unique()):
        data = _EventData(event, findings, comparison, keyed_articles)
        n_outlets = data.comparison["outlets"]["outlet"].nunique()
        evidence.limit = evidence_limit(n_outlets)
        drawn = {name: figure(figure_stem(event, name), caption) for name, caption in FIGURE_CAPTIONS.items()}
        section_tables = {
            "outlets": _outlets_table(data),
            "sourcing": _sourcing_table(data, evidence),
            "speakers": _speakers_table(data, evidence, speaker_name),
            "verb_classes": _verb_classes_table(data, evidence),
            "hedge_rates": _hedge_rates_table(data, evidence),
            "actor_sentiment": _sentiment_table(data, evidence, label),
            "left_out": _left_out_table(data, evidence, label),
            "hedge_differences": _hedge_differences_table(data),
            **_statement_section(data, evidence, speaker_name),
        }
        section_tables["attention"], top = _attention_table(data, evidence, label)
        keyness = tuple(
            KeynessView(outlet, n_tokens, figure(figure_stem(event, "keyness", outlet), f"Distinctive words of {outlet}"),
                        table, tested)
            for outlet, n_tokens, tested, table in _keyness_tables(data, evidence, segmenter))
        sections.append(EventView(event, figure_stem(event, "event"), section_tables,
                                  {name: f for name, f in drawn.items() if f is not None}, top, keyness,
                                  is_whole_corpus(event), collapsed=n_outlets >= COLLAPSE_FROM))
    from .corpus import MIN_ARABIC_SHARE, arabic_share

    not_arabic = tuple(str(a) for a, text in zip(articles["article_id"], articles["text"], strict=True)
                       if arabic_share(str(text)) < MIN_ARABIC_SHARE)
    return ReportView(len(articles), int(comparison["outlets"]["outlet"].nunique()), __version__,
                      len(articles) - len(keyed), tuple(sections), not_arabic, pdf)


FIGURE_CAPTIONS = {
    "voice_share": "Share of quotes by speaker type, per outlet",
    "speakers": "Most quoted speakers, per outlet",
    "verb_classes": "Share of quotes by verb class, per outlet",
    "hedge_rates": "Hedges and boosters per 1,000 words of each voice (95% intervals resampling articles)",
    "actor_sentiment": "Mean evaluation score per outlet and actor",
    "attention": "Mentions of actors per 1,000 words per outlet (count in brackets)",
    "statements": "Statements carried by two outlets or more, and how each outlet carried them",
}


def _outlets_table(data: _EventData) -> Table:
    articles = data.articles
    return _table(["outlet", "articles", "words"], [
        [r.outlet,
         _cell(r.n_articles, list(articles.loc[articles["outlet"] == r.outlet, "article_id"]),
               lambda ids: [EvidenceRow(str(a)) for a in ids]),
         _fmt(r.words)]
        for r in data.comparison["outlets"].itertuples()])


def _sourcing_table(data: _EventData, evidence: _Evidence) -> Table:
    by_outlet = _RowsBy(data.findings["quotes"], "outlet")
    rows = []
    for r in data.comparison["sourcing"].itertuples():
        mine = by_outlet[r.outlet]
        rows.append([
            r.outlet,
            _cell(r.n_quotes, mine, evidence.quotes, more_in="tables/quotes.csv"),
            _share(r.share_quoted_words),
            _cell(r.anonymous, mine[mine["speaker_type"] == "anonymous"], evidence.quotes, more_in="tables/quotes.csv"),
            _share_ci(r.share_anonymous, r.share_anonymous_ci_low, r.share_anonymous_ci_high),
            *[_cell(getattr(r, k), mine[mine["kind"] == k], evidence.quotes, more_in="tables/quotes.csv")
              for k in ("direct", "indirect", "mixed")],
        ])
    return _table(["outlet", "quotes (n)", "quoted words / all words", "anonymous", "share anonymous [95% Wilson]",
                   "direct", "indirect", "mixed"], rows)


def _speakers_table(data: _EventData, evidence: _Evidence, speaker_name) -> Table:
    by_speaker = _RowsBy(data.findings["quotes"], "outlet", "speaker_key")
    rows = []
    for r in data.comparison["voice_share"].itertuples():
        mine = by_speaker[r.outlet, r.speaker]
        rows.append([r.outlet, speaker_name(r.speaker), r.speaker_type,
                     _cell(r.quotes, mine, evidence.quotes, more_in="tables/quotes.csv"),
                     _fmt(r.quoted_words), _share_ci(r.share_quotes, r.share_quotes_ci_low, r.share_quotes_ci_high),
                     _fmt(r.n_quotes)])
    return _table(["outlet", "speaker", "type", "quotes", "quoted words", "share of quotes [95% Wilson]", "n quotes"], rows,
                  numeric_from=3)


def _verb_classes_table(data: _EventData, evidence: _Evidence) -> Table:
    by_outlet = _RowsBy(data.findings["quotes"], "outlet")
    verbs = data.comparison["verb_classes"]
    classes = [c for c in dict.fromkeys(verbs["verb_class"]) if verbs.loc[verbs["verb_class"] == c, "quotes"].sum() > 0]
    rows = []
    for outlet, group in verbs.groupby("outlet", sort=True):
        mine = by_outlet[outlet]
        cells: list[Cell | str] = [outlet, _fmt(int(group["n_quotes"].iloc[0]))]
        for c in classes:
            row = group[group["verb_class"] == c].iloc[0]
            cells.append(_cell(int(row["quotes"]), mine[mine["verb_class"] == c], evidence.quotes,
                               more_in="tables/quotes.csv",
                               note=_share_ci(row["share"], row["share_ci_low"], row["share_ci_high"])))
        rows.append(cells)
    return _table(["outlet", "n quotes"] + classes, rows)


def _hedge_rates_table(data: _EventData, evidence: _Evidence) -> Table:
    by_voice = _RowsBy(data.findings["hedges"], "outlet", "voice")
    rows = []
    for r in data.comparison["hedge_rates"].itertuples():
        mine = by_voice[r.outlet, r.voice]
        rows.append([r.outlet, r.voice, _fmt(r.words),
                     _cell(r.hedges, mine[mine["category"] == "hedge"], evidence.hedges, more_in="tables/hedges.csv"),
                     _rate_ci(r.hedges_per_1000, r.hedges_ci_low, r.hedges_ci_high, r.n_articles),
                     _cell(r.boosters, mine[mine["category"] == "booster"], evidence.hedges,
                           more_in="tables/hedges.csv"),
                     _rate_ci(r.boosters_per_1000, r.boosters_ci_low, r.boosters_ci_high, r.n_articles)])
    return _table(["outlet", "voice", "words (n)", "hedges", "per 1,000 [95%]", "boosters", "per 1,000 [95%]"],
                  rows, numeric_from=2)


def _hedge_differences_table(data: _EventData) -> Table:
    """Each pair of outlets: the ratio of their rates and the p-value of the test of equal rates."""
    rows = []
    for r in data.comparison["hedge_differences"].itertuples():
        rows.append([f"{r.outlet} / {r.other}", r.voice, r.measure,
                     f"{r.count} in {r.words:,} / {r.count_other} in {r.words_other:,}",
                     "–" if pd.isna(r.rate_ratio) else ("∞" if r.rate_ratio == float("inf") else f"{r.rate_ratio:.2f}"),
                     "–" if pd.isna(r.p_value) else f"{r.p_value:.3f}"])
    return _table(["outlets", "voice", "measure", "counts in words", "rate ratio", "p (score test)"], rows,
                  numeric_from=3)


def _sentiment_table(data: _EventData, evidence: _Evidence, label) -> Table:
    by_target = _RowsBy(data.findings["sentiment"], "outlet", "target_id")
    rows = []
    for r in data.comparison["actor_sentiment"].itertuples():
        mine = by_target[r.outlet, r.target_id]
        rows.append([r.outlet, label(r.target_id),
                     _cell(r.n, mine, evidence.sentiment, more_in="tables/sentiment.csv"), _fmt(r.n_articles),
                     f"{r.mean_score:+.2f}",
                     (f"[{r.ci_low:+.2f}, {r.ci_high:+.2f}]" + (" ⚑" if r.n_articles < 5 else ""))
                     if pd.notna(r.ci_low) else f"none ({r.n_articles} article{'s' if r.n_articles != 1 else ''})",
                     _share(r.share_negative)])
    return _table(["outlet", "actor", "evaluations (n)", "articles", "mean score", "95% interval",
                   "share negative"], rows, numeric_from=2)


def _left_out_table(data: _EventData, evidence: _Evidence, label) -> Table:
    by_actor = _RowsBy(data.findings["mentions"], "actor_id")
    rows = []
    for r in data.comparison["left_out"].itertuples():
        of_actor = by_actor[r.actor_id]
        others = of_actor[of_actor["outlet"] != r.outlet]
        rows.append([r.outlet, label(r.actor_id), r.actor_type, r.mentioned_by,
                     _cell(r.mentions_elsewhere, others, evidence.mentions, more_in="tables/mentions.csv"),
                     _fmt(r.expected)])
    return _table(["outlet", "actor", "type", "mentioned by", "mentions elsewhere",
                   "expected here (at their rate, given its length)"], rows, numeric_from=4)


def _attention_table(data: _EventData, evidence: _Evidence, label) -> tuple[Table, int]:
    """Mentions of the most mentioned actors, per outlet; and how many actors it lists."""
    mentions, attention = data.findings["mentions"], data.comparison["attention"]
    outlets = data.comparison["outlets"]
    top = (attention.groupby("actor_id", sort=True)["mentions"].sum().sort_values(ascending=False, kind="stable")
           .index[:ATTENTION_ROWS])
    cell_of = attention.set_index(["actor_id", "outlet"])[["mentions", "per_1000"]].to_dict("index")
    by_pair = _RowsBy(mentions, "actor_id", "outlet")
    rows = []
    for actor in top:
        cells: list[Cell | str] = [label(actor)]
        for outlet in outlets["outlet"]:
            row = cell_of[actor, outlet]
            cells.append(_cell(int(row["mentions"]), by_pair[actor, outlet], evidence.mentions,
                               more_in="tables/mentions.csv", note=f"{_fmt(row['per_1000'])}‰"))
        rows.append(cells)
    headers = ["actor"] + [f"{o} (n = {w:,} words)" for o, w in zip(outlets["outlet"], outlets["words"], strict=True)]
    return _table(headers, rows), len(top)


def _statement_section(data: _EventData, evidence: _Evidence, speaker_name) -> dict[str, Table]:
    """The statements carried by two outlets or more (``statements``: who carried them, how,
    which outlets did not), and their renderings side by side (``renderings``: one row per quote,
    the reference first, its tags and its sentence as the last cell's evidence)."""
    table = data.comparison.get("statements")
    quotes = data.comparison.get("statement_quotes")
    if table is None or quotes is None:
        return {}
    shared = table[table["n_outlets"] >= 2]
    rows: list[list[Cell | str]] = []
    renderings: list[list[Cell | str]] = []
    by_statement = {sid: group for sid, group in quotes.groupby("statement_id", sort=False)}
    for r in shared.itertuples():
        mine = by_statement.get(r.statement_id, quotes.iloc[:0])
        rows.append([r.statement_id, speaker_name(r.speaker_id) if r.speaker_id else str(r.speaker),
                     Cell(str(r.content), arabic=True), r.direct, r.indirect, r.truncated, r.not_carried,
                     r.renderings.replace(",", ", "),
                     _cell(int(r.n_quotes), mine, evidence.quotes, more_in="tables/statement_quotes.csv")])
        ordered = mine.sort_values(["reference", "outlet", "article_id", "start"], ascending=[False, True, True, True],
                                   kind="stable")
        for q in ordered.itertuples():
            sentence = evidence.row(q.article_id, [(q.cue_start, q.cue_end, "cue"), (q.start, q.end, "content")])
            renderings.append([r.statement_id, q.outlet, str(q.speaker), q.kind, f"{q.cue} [{q.verb_class}]",
                               "reference" if q.reference else str(q.rendering).replace(",", ", "),
                               Cell("sentence", (sentence,))])
    return {
        "statements": _table(["statement", "speaker", "fullest version", "direct", "indirect", "truncated",
                              "not carried", "renderings seen", "quotes"], rows, numeric_from=8),
        "renderings": _table(["statement", "outlet", "credited to", "kind", "verb", "rendering", "sentence"],
                             renderings, numeric_from=7),
    }


def _keyness_tables(data: _EventData, evidence: _Evidence, segmenter: dict[str, str],
                    ) -> list[tuple[str, int, int, Table]]:
    """Each outlet's distinctive words, those that pass the corrected threshold, most and least
    used first: (outlet, tokens, content words tested, table; empty when none passes)."""
    keyness = data.comparison["keyness"]
    if not len(keyness):
        return []
    positions = _token_positions(data.articles, segmenter)
    out = []
    for outlet in sorted(keyness["outlet"].unique()):
        mine = keyness[keyness["outlet"] == outlet]
        passing = mine[mine["distinctive"].astype(bool)]
        top_words = pd.concat([passing[passing["z"] > 0].head(KEYNESS_ROWS),
                               passing[passing["z"] < 0].tail(KEYNESS_ROWS)]).drop_duplicates("word")
        rows: list[list[Cell | str]] = []
        for r in top_words.itertuples():
            found = positions.get(r.word, [])
            here = [p for p in found if p[1] == outlet]
            there = [p for p in found if p[1] != outlet]
            rows.append([Cell(r.surface, arabic=True),
                         _cell(r.count, here, evidence.tokens, more_in="tables/keyness.csv"),
                         _fmt(r.per_1000),
                         _cell(r.count_rest, there, evidence.tokens, more_in="tables/keyness.csv"),
                         _fmt(r.per_1000_rest), f"{r.z:+.2f}", f"{r.q:.3f}"])
        tested = int((mine["kind"] == "content").sum())
        out.append((outlet, int(mine["n_tokens"].iloc[0]), tested,
                    _table(["word", "count", "per 1,000", "others", "per 1,000", "z", "q (BH)"], rows)))
    return out


# ---------------------------------------------------------------------------------------------
# index.html


@cache
def _templates():
    """The report's Jinja2 templates (autoescaped), read from the package data."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("framing", "templates"), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def render_page(view: ReportView, figures: Mapping[str, bytes] | None = None) -> str:
    """index.html of a :class:`ReportView`, its figures embedded from ``figures`` (``{"<stem>.png": bytes}``,
    one for each figure of the view)."""
    def png_base64(stem: str) -> str:
        return base64.b64encode((figures or {})[f"{stem}.png"]).decode("ascii")

    return _templates().get_template(TEMPLATE).render(view=view, png_base64=png_base64)


def index_html(articles: pd.DataFrame, tables: dict[str, pd.DataFrame], comparison: dict[str, pd.DataFrame],
               figures: dict[str, bytes], *, gazetteer=None, labels: str = "en") -> str:
    """The self-contained report page (no external reference: inline CSS, figures as base64 PNG)."""
    return render_page(report_view(articles, tables, comparison, figures, gazetteer=gazetteer, labels=labels), figures)


def _token_positions(articles: pd.DataFrame, segmenter: dict[str, str] | None = None,
                     ) -> dict[str, list[tuple[str, str, int, int]]]:
    """Where each normalised token (segmented by ``segmenter``, as keyness counts it) occurs:
    ``{word: [(article_id, outlet, start, end), ...]}``."""
    from .text import fold, word_tokens

    segmenter = segmenter or {}
    out: dict[str, list[tuple[str, str, int, int]]] = {}
    for aid, outlet, text in zip(articles["article_id"], articles["outlet"], articles["text"], strict=True):
        for t in word_tokens(str(text)):
            folded = fold(t.text)
            out.setdefault(segmenter.get(folded, folded), []).append((str(aid), str(outlet), t.start, t.end))
    return out
