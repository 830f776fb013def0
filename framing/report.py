"""The main job: ``framing report`` analyses a corpus and writes every table, every figure and a
self-contained HTML page; ``framing figures`` writes the paper figures only.

``framing report [PATH] --out DIR`` writes (see ``docs/outputs.md``):

* ``DIR/tables/<name>.parquet`` and ``.csv``: the articles, the findings (one row per mention,
  quote, hedge, evaluation, with offsets) and every comparison of :mod:`framing.compare`;
* ``DIR/figures/<event>_<figure>.pdf`` and ``.png``: the paper figures of :mod:`framing.plot`;
* ``DIR/index.html``: one page, no external reference (inline CSS, figures as base64 PNG),
  showing for each event the comparison tables and figures; every count opens onto the
  sentences behind it, with the cue highlighted.

Everything is computed in memory before the first file is written, and each file is written
atomically, so a failed run leaves the outputs of an earlier run as they were. Figures and
Parquet files are byte-identical from run to run.

>>> html = evidence_html("قال ماكرون إن أوروبا جاهزة. وأضاف أن الحرب طويلة.", [(0, 3, "cue"), (14, 26, "content")])
>>> html
'<mark class="cue">قال</mark> ماكرون إن <span class="content">أوروبا جاهزة</span>.'
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable

import pandas as pd

from .output import table_bytes

FINDINGS = ("mentions", "quotes", "hedges", "sentiment")
MAX_EVIDENCE = 40  # evidence rows listed under one number in index.html
MAX_SNIPPET = 420  # characters of context around a finding
KEYNESS_ROWS = 10
ATTENTION_ROWS = 20


# ---------------------------------------------------------------------------------------------
# Analysis, tables and figures


def analyse(articles: pd.DataFrame, analyzer=None, *, progress: bool = False) -> dict[str, pd.DataFrame]:
    """The pipeline's tables (``mentions, quotes, hedges, sentiment``), with a progress bar.

    The same tables as :meth:`framing.pipeline.Analyzer.analyze`, computed article by article.
    """
    from tqdm import tqdm

    from .pipeline import TABLE_COLUMNS, Analyzer

    analyzer = analyzer or Analyzer()
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_COLUMNS}
    dates = articles["date"] if "date" in articles else [None] * len(articles)
    with tqdm(total=len(articles), desc="analysing", unit="article", disable=not progress, leave=False) as bar:
        for article_id, text, date in zip(articles["article_id"], articles["text"], dates):
            found = analyzer.analyze_article(str(article_id), str(text), None if pd.isna(date) else str(date))
            for name, table_rows in found.items():
                rows[name].extend(table_rows)
            bar.update()
    return {name: pd.DataFrame(rows[name], columns=cols) for name, cols in TABLE_COLUMNS.items()}


def render_figures(comparison: dict[str, pd.DataFrame], *, labels: str = "en", gazetteer=None,
                   progress: bool = False) -> dict[str, bytes]:
    """Every paper figure as ``{"<stem>.pdf": bytes, "<stem>.png": bytes}``, in order."""
    from tqdm import tqdm

    from .plot import FORMATS, figure_bytes, paper_figures

    files: dict[str, bytes] = {}
    with tqdm(desc="drawing", unit="figure", disable=not progress, leave=False) as bar:
        for stem, fig in paper_figures(comparison, labels=labels, gazetteer=gazetteer):
            for fmt in FORMATS:
                files[f"{stem}.{fmt}"] = figure_bytes(fig, fmt)
            bar.update()
    return files


def report_tables(corpus, tables: dict[str, pd.DataFrame], comparison: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every table the report writes, by file name (without suffix), in order."""
    from .corpus import corpus_summary

    out = {"articles": corpus_summary(corpus), "cleaning": corpus.cleaning, "skipped": corpus.skipped}
    out.update({name: tables[name] for name in FINDINGS})
    out.update(comparison)
    return out


def build_report(corpus, analyzer=None, *, labels: str = "en", progress: bool = False) -> dict[str, bytes]:
    """Every file of the report, by path relative to the output folder: tables, figures, index.html."""
    from .compare import comparison_tables

    articles = corpus.articles
    tables = analyse(articles, analyzer, progress=progress)
    comparison = comparison_tables(tables, articles)
    gazetteer = analyzer.gazetteer if analyzer is not None else None
    figures = render_figures(comparison, labels=labels, gazetteer=gazetteer, progress=progress)
    files: dict[str, bytes] = {}
    for name, frame in report_tables(corpus, tables, comparison).items():
        for fmt in ("parquet", "csv"):
            files[f"tables/{name}.{fmt}"] = table_bytes(frame, fmt)
    files.update({f"figures/{name}": data for name, data in figures.items()})
    files["index.html"] = index_html(articles, tables, comparison, figures, gazetteer=gazetteer, labels=labels).encode("utf-8")
    return files


# ---------------------------------------------------------------------------------------------
# Evidence


def evidence_html(text: str, spans: list[tuple[int, int, str]], *, limit: int = MAX_SNIPPET) -> str:
    """The sentence(s) of ``text`` holding ``spans`` (start, end, css class), spans marked.

    A cue is marked with ``<mark>``, other spans with ``<span>``; text is escaped. A snippet
    longer than ``limit`` characters is cut around the spans, with an ellipsis.
    """
    from .text import sentence_spans

    spans = sorted((max(0, int(s)), min(len(text), int(e)), c) for s, e, c in spans if int(e) > int(s))
    if not spans:
        return ""
    first, last = spans[0][0], max(e for _, e, _ in spans)
    sentences = sentence_spans(text)
    start = max((s.start for s in sentences if s.start <= first), default=0)
    end = min((s.end for s in sentences if s.end >= last), default=len(text))
    prefix = suffix = ""
    if end - start > limit:
        margin = max(40, (limit - (last - first)) // 2)
        if first - start > margin:
            start, prefix = first - margin, "… "
        if end - last > margin:
            end, suffix = last + margin, " …"
    out, pos = [], start
    for s, e, css in spans:
        if s < pos:  # overlaps the previous span: keep the first
            continue
        out.append(html.escape(text[pos:s]))
        tag = "mark" if css in ("cue", "match", "mention") else "span"
        out.append(f'<{tag} class="{css}">{html.escape(text[s:e])}</{tag}>')
        pos = e
    out.append(html.escape(text[pos:end]))
    return prefix + "".join(out).replace("\n", " ").strip() + suffix


class _Evidence:
    """Evidence lists: finding rows rendered as sentences with their cue highlighted."""

    def __init__(self, articles: pd.DataFrame):
        self.text = dict(zip(articles["article_id"].astype(str), articles["text"].astype(str)))
        self.outlet = dict(zip(articles["article_id"].astype(str), articles["outlet"].astype(str)))

    def item(self, article_id: str, spans: list[tuple[int, int, str]], note: str = "") -> str:
        aid = str(article_id)
        where = f'<span class="src">{html.escape(aid)} · {html.escape(self.outlet.get(aid, ""))}</span>'
        meta = f' <span class="note">{html.escape(note)}</span>' if note else ""
        body = evidence_html(self.text.get(aid, ""), spans)
        return f'<li>{where}{meta}<div class="ev" dir="rtl" lang="ar">{body}</div></li>'

    def quotes(self, rows: pd.DataFrame) -> list[str]:
        return [self.item(r.article_id, [(r.cue_start, r.cue_end, "cue"), (r.start, r.end, "content")],
                          f"{r.quote_id}: {r.speaker_id or r.speaker} ({r.speaker_type}), {r.kind}, "
                          f"cue {r.cue} [{r.verb_class}]")
                for r in rows.itertuples()]

    def hedges(self, rows: pd.DataFrame) -> list[str]:
        return [self.item(r.article_id, [(r.start, r.end, "cue")],
                          f"{r.category}, {r.subcategory}, {r.voice}" + (f" ({r.speaker_id})" if r.speaker_id else ""))
                for r in rows.itertuples()]

    def sentiment(self, rows: pd.DataFrame) -> list[str]:
        return [self.item(r.article_id, [(r.start, r.end, "cue")],
                          f"{r.source_id} → {r.target_id}: {r.polarity} ({r.score:+g})")
                for r in rows.itertuples()]

    def mentions(self, rows: pd.DataFrame) -> list[str]:
        return [self.item(r.article_id, [(r.start, r.end, "mention")], f"{r.actor_id} ({r.form})")
                for r in rows.itertuples()]

    def tokens(self, positions: list[tuple[str, str, int, int]]) -> list[str]:
        return [self.item(aid, [(start, end, "match")]) for aid, _, start, end in positions]


def _details(label, items: list[str], *, more_in: str = "") -> str:
    """A number that opens onto its evidence (at most MAX_EVIDENCE rows listed)."""
    text = html.escape(_fmt(label))
    if not items:
        return text
    shown = items[:MAX_EVIDENCE]
    rest = len(items) - len(shown)
    tail = f'<li class="more">… and {rest} more in {html.escape(more_in)}</li>' if rest else ""
    return f'<details><summary>{text}</summary><ol>{"".join(shown)}{tail}</ol></details>'


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


def _table(headers: list[str], rows: Iterable[list[str]], *, numeric_from: int = 1) -> str:
    """An HTML table of already-rendered cells (headers are escaped here, cells are not)."""
    head = "".join(f'<th{" class=num" if i >= numeric_from else ""}>{html.escape(h)}</th>' for i, h in enumerate(headers))
    body = []
    for row in rows:
        cells = "".join(f'<td{" class=num" if i >= numeric_from else ""}>{c}</td>' for i, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    if not body:
        return '<p class="empty">No rows.</p>'
    return f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


# ---------------------------------------------------------------------------------------------
# index.html

CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0 auto;max-width:1100px;padding:1em 2em;color:#222;line-height:1.4}
h1{font-size:1.6em}h2{border-bottom:2px solid #0072B2;padding-bottom:.2em;margin-top:2em}h3{margin-top:1.6em}
table{border-collapse:collapse;margin:.6em 0;font-size:.88em}th,td{border-bottom:1px solid #ddd;padding:.25em .6em;
vertical-align:top;text-align:left}th{background:#f3f6f9}td.num,th.num{text-align:right;white-space:nowrap}
details summary{cursor:pointer;color:#0057a0}details[open]{background:#fafafa}
details ol{white-space:normal;min-width:320px;text-align:left;margin:.3em 0 .6em;padding-left:1.6em;max-width:720px;font-size:.95em}
details li{margin:.35em 0}.ev{font-size:1.05em;text-align:right}
mark.cue,mark.match,mark.mention{background:#ffe08a;padding:0 .1em}span.content{border-bottom:2px solid #0072B2}
.src{color:#666;font-size:.85em}.note{color:#444;font-size:.85em}figure{margin:1em 0}
figure img{max-width:100%;height:auto;border:1px solid #eee}figcaption{font-size:.85em;color:#555}
.empty{color:#777;font-style:italic}.lead{color:#444}code{background:#f3f3f3;padding:0 .2em}
nav ul{columns:2}.keyness{display:flex;flex-wrap:wrap;gap:1.5em}.keyness>div{flex:1 1 300px}
"""


def index_html(articles: pd.DataFrame, tables: dict[str, pd.DataFrame], comparison: dict[str, pd.DataFrame],
               figures: dict[str, bytes], *, gazetteer=None, labels: str = "en") -> str:
    """The self-contained report page (no external reference: inline CSS, figures as base64 PNG)."""
    from . import __version__
    from .compare import with_event
    from .plot import actor_label, figure_stem

    evidence = _Evidence(articles)
    keyed_articles = with_event(articles)
    keyed = keyed_articles[["article_id", "event", "outlet"]]

    def rows_of(name: str) -> pd.DataFrame:
        frame = tables[name].astype({"article_id": str})
        return frame.merge(keyed, on="article_id", how="inner")

    quotes, hedges, sentiment, mentions = (rows_of(n) for n in ("quotes", "hedges", "sentiment", "mentions"))
    quotes = quotes.assign(speaker_key=[(i or s or "(unnamed)") for i, s in zip(quotes["speaker_id"].fillna(""),
                                                                                  quotes["speaker"].fillna(""))])

    def label(actor_id: str) -> str:
        return html.escape(actor_label(actor_id, labels, gazetteer))

    def figure(stem: str, caption: str) -> str:
        data = figures.get(f"{stem}.png")
        if data is None:
            return ""
        encoded = base64.b64encode(data).decode("ascii")
        return (f'<figure><img alt="{html.escape(caption)}" src="data:image/png;base64,{encoded}">'
                f'<figcaption>{html.escape(caption)} (<code>figures/{html.escape(stem)}.pdf</code>, '
                f'<code>.png</code>)</figcaption></figure>')

    events = sorted(comparison["outlets"]["event"].unique())
    no_event = len(articles) - len(keyed)
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>framing report</title><style>{CSS}</style></head><body>",
        "<h1>framing report</h1>",
        f'<p class="lead">{len(articles)} articles, {len(events)} events, '
        f'{comparison["outlets"]["outlet"].nunique()} outlets; framing {html.escape(__version__)}. '
        "Outlets are only compared on the same event. Every number marked ▸ opens onto the rows behind it: "
        "the sentence, its cue <mark class=cue>highlighted</mark> and quoted content "
        '<span class="content">underlined</span>. The full tables are in <code>tables/</code> (Parquet and CSV), '
        "the figures in <code>figures/</code> (PDF and PNG); <code>docs/outputs.md</code> describes each file.</p>",
    ]
    if no_event:
        parts.append(f'<p class="empty">{no_event} article(s) have no event and are left out of the comparisons; '
                     "give them an event in the corpus manifest.</p>")
    parts.append("<nav><ul>" + "".join(f'<li><a href="#{figure_stem(e, "event")}">{html.escape(e)}</a></li>'
                                       for e in events) + "</ul></nav>")

    for event in events:
        def on_event(frame: pd.DataFrame) -> pd.DataFrame:
            return frame[frame["event"] == event]

        q_ev, h_ev, s_ev, m_ev = on_event(quotes), on_event(hedges), on_event(sentiment), on_event(mentions)
        outlets = on_event(comparison["outlets"])
        parts.append(f'<section id="{figure_stem(event, "event")}"><h2>Event: {html.escape(event)}</h2>')

        # -- outlets
        article_rows = keyed[keyed["event"] == event]
        parts.append("<h3>Outlets</h3>")
        parts.append(_table(["outlet", "articles", "words"], [
            [html.escape(r.outlet),
             _details(r.n_articles, [f"<li>{html.escape(a)}</li>" for a in
                                     article_rows.loc[article_rows["outlet"] == r.outlet, "article_id"]]),
             _fmt(r.words)] for r in outlets.itertuples()]))

        # -- voice
        parts.append("<h3>Who is quoted</h3>")
        parts.append('<p class="lead">Quotes per outlet by speaker type and kind; a share is of the outlet\'s '
                     "quotes on this event (<em>n</em>).</p>")
        parts.append(figure(figure_stem(event, "voice_share"), "Share of quotes by speaker type, per outlet"))
        rows = []
        for r in on_event(comparison["sourcing"]).itertuples():
            mine = q_ev[q_ev["outlet"] == r.outlet]
            rows.append([
                html.escape(r.outlet),
                _details(r.n_quotes, evidence.quotes(mine), more_in="tables/quotes.csv"),
                _share(r.share_quoted_words),
                _details(r.anonymous, evidence.quotes(mine[mine["speaker_type"] == "anonymous"]), more_in="tables/quotes.csv"),
                _share(r.share_anonymous),
                *[_details(getattr(r, k), evidence.quotes(mine[mine["kind"] == k]), more_in="tables/quotes.csv")
                  for k in ("direct", "indirect", "mixed")],
            ])
        parts.append(_table(["outlet", "quotes (n)", "quoted words / all words", "anonymous", "share anonymous",
                             "direct", "indirect", "mixed"], rows))
        parts.append(figure(figure_stem(event, "speakers"), "Most quoted speakers, per outlet"))
        rows = []
        for r in on_event(comparison["voice_share"]).itertuples():
            mine = q_ev[(q_ev["outlet"] == r.outlet) & (q_ev["speaker_key"] == r.speaker)]
            is_actor = gazetteer is None or all(p in set(gazetteer.actors["actor_id"]) for p in str(r.speaker).split("|"))
            name = label(r.speaker) if is_actor else html.escape(r.speaker)
            rows.append([html.escape(r.outlet), name, html.escape(r.speaker_type),
                         _details(r.quotes, evidence.quotes(mine), more_in="tables/quotes.csv"),
                         _fmt(r.quoted_words), _share(r.share_quotes), _fmt(r.n_quotes)])
        parts.append("<details><summary>Every speaker, per outlet</summary>"
                     + _table(["outlet", "speaker", "type", "quotes", "quoted words", "share of quotes", "n quotes"],
                              rows, numeric_from=3) + "</details>")

        # -- verb classes
        parts.append("<h3>Reporting verbs</h3>")
        parts.append(figure(figure_stem(event, "verb_classes"), "Share of quotes by verb class, per outlet"))
        verbs = on_event(comparison["verb_classes"])
        classes = [c for c in dict.fromkeys(verbs["verb_class"]) if verbs.loc[verbs["verb_class"] == c, "quotes"].sum() > 0]
        rows = []
        for outlet, group in verbs.groupby("outlet", sort=True):
            mine = q_ev[q_ev["outlet"] == outlet]
            cells = [html.escape(outlet), _fmt(int(group["n_quotes"].iloc[0]))]
            for c in classes:
                row = group[group["verb_class"] == c].iloc[0]
                cells.append(_details(int(row["quotes"]), evidence.quotes(mine[mine["verb_class"] == c]),
                                      more_in="tables/quotes.csv") + f' <span class="note">{_share(row["share"])}</span>')
            rows.append(cells)
        parts.append(_table(["outlet", "n quotes"] + classes, rows))

        # -- hedging
        parts.append("<h3>Hedges and boosters</h3>")
        parts.append(figure(figure_stem(event, "hedge_rates"), "Hedges and boosters per 1,000 words of each voice"))
        rows = []
        for r in on_event(comparison["hedge_rates"]).itertuples():
            mine = h_ev[(h_ev["outlet"] == r.outlet) & (h_ev["voice"] == r.voice)]
            rows.append([html.escape(r.outlet), html.escape(r.voice), _fmt(r.words),
                         _details(r.hedges, evidence.hedges(mine[mine["category"] == "hedge"]), more_in="tables/hedges.csv"),
                         f"{_fmt(r.hedges_per_1000)} [{_fmt(r.hedges_ci_low)}, {_fmt(r.hedges_ci_high)}]",
                         _details(r.boosters, evidence.hedges(mine[mine["category"] == "booster"]), more_in="tables/hedges.csv"),
                         f"{_fmt(r.boosters_per_1000)} [{_fmt(r.boosters_ci_low)}, {_fmt(r.boosters_ci_high)}]"])
        parts.append(_table(["outlet", "voice", "words (n)", "hedges", "per 1,000 [95%]", "boosters", "per 1,000 [95%]"],
                            rows, numeric_from=2))

        # -- sentiment
        parts.append("<h3>Sentiment toward actors</h3>")
        parts.append('<p class="lead">The interval resamples whole articles (2,000 draws): a cell of one article '
                     "has none.</p>")
        parts.append(figure(figure_stem(event, "actor_sentiment"), "Mean evaluation score per outlet and actor"))
        rows = []
        for r in on_event(comparison["actor_sentiment"]).itertuples():
            mine = s_ev[(s_ev["outlet"] == r.outlet) & (s_ev["target_id"] == r.target_id)]
            rows.append([html.escape(r.outlet), label(r.target_id),
                         _details(r.n, evidence.sentiment(mine), more_in="tables/sentiment.csv"), _fmt(r.n_articles),
                         f"{r.mean_score:+.2f}",
                         f"[{r.ci_low:+.2f}, {r.ci_high:+.2f}]" if r.n_articles >= 2 else "none (one article)",
                         _share(r.share_negative)])
        parts.append(_table(["outlet", "actor", "evaluations (n)", "articles", "mean score", "95% interval",
                             "share negative"], rows, numeric_from=2))

        # -- attention
        parts.append("<h3>Who is talked about, and who is left out</h3>")
        parts.append(figure(figure_stem(event, "attention"), "Mentions of actors per outlet"))
        rows = []
        for r in on_event(comparison["left_out"]).itertuples():
            others = m_ev[(m_ev["actor_id"] == r.actor_id) & (m_ev["outlet"] != r.outlet)]
            rows.append([html.escape(r.outlet), label(r.actor_id), html.escape(r.actor_type),
                         html.escape(r.mentioned_by),
                         _details(r.mentions_elsewhere, evidence.mentions(others), more_in="tables/mentions.csv")])
        parts.append("<p class=\"lead\">Left out: actors other outlets on the event mention and this one never does "
                     "(the count opens onto the other outlets' mentions).</p>")
        parts.append(_table(["outlet", "actor", "type", "mentioned by", "mentions elsewhere"], rows, numeric_from=4))
        attention = on_event(comparison["attention"])
        top = (attention.groupby("actor_id", sort=True)["mentions"].sum().sort_values(ascending=False, kind="stable")
               .index[:ATTENTION_ROWS])
        outlet_names = list(outlets["outlet"])
        rows = []
        for actor in top:
            cells = [label(actor)]
            for outlet in outlet_names:
                row = attention[(attention["actor_id"] == actor) & (attention["outlet"] == outlet)].iloc[0]
                mine = m_ev[(m_ev["actor_id"] == actor) & (m_ev["outlet"] == outlet)]
                cells.append(_details(int(row["mentions"]), evidence.mentions(mine), more_in="tables/mentions.csv")
                             + f' <span class="note">{_fmt(row["per_1000"])}‰</span>')
            rows.append(cells)
        parts.append(f"<p class=\"lead\">Mentions of the {len(top)} most mentioned actors (and per 1,000 words, ‰).</p>")
        parts.append(_table(["actor"] + [f"{o} (n = {w:,} words)" for o, w in zip(outlets["outlet"], outlets["words"])],
                            rows))

        # -- keyness
        keyness = on_event(comparison["keyness"])
        if len(keyness):
            parts.append("<h3>Distinctive words</h3>")
            parts.append('<p class="lead">Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn '
                         "2008): each outlet against the other outlets on the event. |z| &gt; 1.96 is the usual mark; "
                         "the counts open onto each occurrence.</p><div class=\"keyness\">")
            positions = _token_positions(keyed_articles[keyed_articles["event"] == event])
            for outlet in sorted(keyness["outlet"].unique()):
                mine = keyness[keyness["outlet"] == outlet]
                top_words = pd.concat([mine.head(KEYNESS_ROWS), mine.tail(KEYNESS_ROWS)]).drop_duplicates("word")
                rows = []
                for r in top_words.itertuples():
                    found = positions.get(r.word, [])
                    here = [p for p in found if p[1] == outlet]
                    there = [p for p in found if p[1] != outlet]
                    rows.append([f'<span dir="rtl" lang="ar">{html.escape(r.surface)}</span>',
                                 _details(r.count, evidence.tokens(here), more_in="tables/keyness.csv"),
                                 _details(r.count_rest, evidence.tokens(there), more_in="tables/keyness.csv"),
                                 f"{r.z:+.2f}"])
                n_tokens = int(mine["n_tokens"].iloc[0])
                parts.append(f"<div><h4>{html.escape(outlet)} ({n_tokens:,} tokens)</h4>"
                             + figure(figure_stem(event, "keyness", outlet), f"Distinctive words of {outlet}")
                             + _table(["word", "count", "others", "z"], rows) + "</div>")
            parts.append("</div>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _token_positions(articles: pd.DataFrame) -> dict[str, list[tuple[str, str, int, int]]]:
    """Where each normalised token occurs: ``{word: [(article_id, outlet, start, end), ...]}``."""
    from .text import fold, word_tokens

    out: dict[str, list[tuple[str, str, int, int]]] = {}
    for aid, outlet, text in zip(articles["article_id"], articles["outlet"], articles["text"]):
        for t in word_tokens(str(text)):
            out.setdefault(fold(t.text), []).append((str(aid), str(outlet), t.start, t.end))
    return out
