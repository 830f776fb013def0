"""Figures of the comparisons: one function per figure, drawing on a matplotlib Axes.

Each ``plot_x(data, *, ax=None, labels="en", **kwargs) -> Axes`` takes one event's rows of a
:mod:`framing.compare` table and draws on ``ax`` (default: the current Axes); none of them saves
or shows anything. Uncertainty is drawn with the numbers: every bar or point carries its count
(``n = ...``), rates and means their intervals. An event of :data:`MANY_OUTLETS` outlets or more
is drawn as grids with an outlet per row (speakers, hedge rates, sentiment, attention,
statements): each cell prints its number and count, and the intervals stay in the tables. Actor
names are the gazetteer's English ids, or its Arabic labels with ``labels="ar"``; matplotlib
shapes Arabic and sets it right to left by itself, so the labels are passed as they are.

Paper figures use the style ``framing/data/paper.mplstyle`` (:func:`paper_style`), a width of
one column (:data:`SINGLE_COLUMN`, 3.5 in) or two (:data:`DOUBLE_COLUMN`, 7 in), and are written
byte-identically from run to run by :func:`figure_bytes` / :func:`save_figure` (no dates, no
software version, a fixed hash salt).

>>> import pandas as pd
>>> data = pd.DataFrame({"event": ["e"] * 2, "outlet": ["X", "Y"], "verb_class": ["neutral"] * 2,
...                      "quotes": [3, 1], "share": [1.0, 1.0], "n_quotes": [3, 1]})
>>> with paper_style():
...     fig, ax = new_figure("single")
...     ax = plot_verb_classes(data, ax=ax)
>>> [t.get_text().replace("\\n", " / ") for t in ax.get_yticklabels()]
['X / n = 3 quotes', 'Y / n = 1 quotes']
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import PlaceHolderLayoutEngine
from matplotlib.patches import Rectangle

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

SINGLE_COLUMN = 3.5  # inches
DOUBLE_COLUMN = 7.0
STYLE_FILE = "paper.mplstyle"
LABEL_LANGUAGES = ("en", "ar")
FORMATS = ("pdf", "png")
DPI = 300
# Whatever would change from run to run is left out of the files.
SAVE_METADATA = {
    "pdf": {"CreationDate": None, "ModDate": None, "Software": None, "Creator": None, "Producer": None},
    "png": {"Software": None},
    "svg": {"Date": None},
}
DETERMINISTIC_RC: dict[RcKeyType, Any] = {"svg.hashsalt": "framing", "pdf.compression": 6}

OUTLET_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
SPEAKER_TYPE_COLORS = {"person": "#0072B2", "institution": "#56B4E9", "group": "#009E73", "anonymous": "#D55E00",
                       "document": "#E69F00", "unknown": "#BBBBBB"}
VERB_CLASS_COLORS = {"neutral": "#BBBBBB", "assertive": "#0072B2", "announcing": "#56B4E9", "explanatory": "#009E73",
                     "directive": "#E69F00", "evaluative": "#CC79A7", "distancing": "#D55E00", "admitting": "#F0E442",
                     "denying": "#000000", "praising": "#8DD3C7"}
MEASURE_COLORS = {"hedges": "#0072B2", "boosters": "#D55E00"}
LEFT_OUT_COLOR = "#D55E00"
# An event covered by this many outlets or more is drawn as grids with an outlet per row, whose
# height grows with the outlets (side-by-side bars and points per outlet stop being legible).
MANY_OUTLETS = 7
GRID_ROW_HEIGHT = 0.24  # inches per outlet in those grids
GRID_FIXED_HEIGHT = 1.8  # inches for the title, the column labels and the colour bar


# ---------------------------------------------------------------------------------------------
# Style, sizes and files


def style_path() -> str:
    """The path of the bundled paper style (``framing/data/paper.mplstyle``)."""
    return str(resources.files("framing.data").joinpath(STYLE_FILE))


@contextmanager
def paper_style(style: str | Path | None = None):
    """Matplotlib's defaults, then the paper style (or ``style``), then the fixed file settings.

    Draw and save a paper figure inside it, so that the figure looks the same wherever it is made.
    """
    with mpl.rc_context():
        mpl.rcdefaults()
        mpl.style.use(str(style) if style else style_path())
        mpl.rcParams.update(DETERMINISTIC_RC)
        yield


def column_width(width: str | float) -> float:
    """A figure width in inches: ``"single"`` (3.5), ``"double"`` (7) or a number.

    >>> column_width("double"), column_width(5)
    (7.0, 5.0)
    """
    if width == "single":
        return SINGLE_COLUMN
    if width == "double":
        return DOUBLE_COLUMN
    if isinstance(width, (int, float)) and width > 0:
        return float(width)
    raise ValueError(f"width must be 'single', 'double' or a number of inches, not {width!r}")


def new_figure(width: str | float = "single", height: float | None = None, *, nrows: int = 1, ncols: int = 1):
    """A figure (not managed by pyplot) of a column width, and its Axes.

    >>> fig, ax = new_figure("double", 2.5)
    >>> tuple(fig.get_size_inches())
    (np.float64(7.0), np.float64(2.5))
    """
    w = column_width(width)
    fig = Figure(figsize=(w, height if height else w * 0.62))
    axes = fig.subplots(nrows, ncols, squeeze=True)
    return fig, axes


def freeze_layout(fig: Figure) -> Figure:
    """Run the figure's layout once and keep it, so every later save draws the same positions.

    (Constrained layout moves things a little at each draw; a figure shown in a notebook
    before it is saved would otherwise not give the same file.)
    """
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    return fig


def figure_bytes(fig: Figure, fmt: str = "png", *, dpi: int = DPI, style: str | Path | None = None) -> bytes:
    """The figure as PDF, PNG or SVG bytes in the paper style, identical from run to run.

    The layout is frozen first (:func:`freeze_layout`), and saving happens inside
    :func:`paper_style` (or ``style``), whose file settings (font embedding, compression) apply.
    """
    if fmt not in SAVE_METADATA:
        raise ValueError(f"format must be one of {', '.join(SAVE_METADATA)}, not {fmt!r}")
    buffer = io.BytesIO()
    with paper_style(style):
        if not isinstance(fig.get_layout_engine(), PlaceHolderLayoutEngine):
            freeze_layout(fig)
        fig.savefig(buffer, format=fmt, dpi=dpi, metadata=SAVE_METADATA[fmt])
    return buffer.getvalue()


def save_figure(fig: Figure, stem: str | Path, formats=FORMATS, *, dpi: int = DPI) -> list[Path]:
    """Write ``stem.pdf`` and ``stem.png`` (or ``formats``) atomically; return the paths."""
    from .output import write_atomic

    stem = Path(stem)
    return [write_atomic(stem.with_name(f"{stem.name}.{fmt}"), figure_bytes(fig, fmt, dpi=dpi)) for fmt in formats]


# ---------------------------------------------------------------------------------------------
# Labels


def _bundled_gazetteer():
    from .actors import load_gazetteer  # imported late: drawing alone does not need the actor layer

    return load_gazetteer()


def _check_labels(labels: str) -> None:
    if labels not in LABEL_LANGUAGES:
        raise ValueError(f"labels must be one of {', '.join(LABEL_LANGUAGES)}, not {labels!r}")


def actor_label(actor_id: str, labels: str = "en", gazetteer=None) -> str:
    """The display name of an actor (or of a joint speaker ``A|B``) in English or Arabic.

    >>> actor_label("Emmanuel Macron"), actor_label("Emmanuel Macron", "ar")
    ('Emmanuel Macron', 'إيمانويل ماكرون')
    >>> actor_label("Emmanuel Macron|Keir Starmer")
    'Emmanuel Macron & Keir Starmer'
    """
    _check_labels(labels)
    gazetteer = gazetteer or _bundled_gazetteer()
    parts = [gazetteer.label(part, labels) for part in str(actor_id).split("|")]
    return (" و" if labels == "ar" else " & ").join(parts)


def outlet_label(outlet: str, width: int = 24) -> str:
    """An outlet's name wrapped on lines of at most ``width`` characters, ``$`` escaped for matplotlib.

    >>> outlet_label("Associated Press (Arabic machine translation)")
    'Associated Press (Arabic\\nmachine translation)'
    """
    return escape_mathtext(textwrap.fill(str(outlet), width))


def _one_event(data: pd.DataFrame, event: str | None) -> pd.DataFrame:
    if event is not None:
        data = data[data["event"] == event]
    elif "event" in data and data["event"].nunique() > 1:
        raise ValueError("the data hold several events: pass event=... or give one event's rows "
                         "(outlets are only compared on the same event)")
    return data


def _axes(ax: Axes | None) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    return plt.gca()


def _outlet_colors(outlets) -> dict[str, str]:
    return {o: OUTLET_COLORS[i % len(OUTLET_COLORS)] for i, o in enumerate(outlets)}


def _title(ax: Axes, title: str | None, default: str, event: str | None) -> None:
    if title is None:
        title = default + (f" ({escape_mathtext(event)})" if event else "")
    if title:
        ax.set_title(title)


def _event_name(data: pd.DataFrame) -> str | None:
    return str(data["event"].iloc[0]) if "event" in data and len(data) else None


def _many_outlets(outlets) -> bool:
    """Whether an event's outlets are drawn as a grid, an outlet per row.

    >>> _many_outlets(["A", "B"]), _many_outlets([f"Outlet {i}" for i in range(60)])
    (False, True)
    """
    return len(outlets) >= MANY_OUTLETS


def _grid(ax: Axes, values: np.ndarray, texts: np.ndarray, *, rows: list[str], columns: list[str], cmap: str,
          vmin: float, vmax: float, colorbar: str | None = None, hatched: np.ndarray | None = None) -> None:
    """A grid of ``rows`` by ``columns``: each cell shaded by its value on ``cmap`` (an empty cell
    where the value is NaN) and carrying its text, white on dark shades; cells of ``hatched`` are
    hatched, their text red. The column labels are slanted, so that many of them fit.
    """
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=vmin, vmax=max(vmax, vmin + 1e-9), aspect="auto")
    for i in range(len(rows)):
        for j in range(len(columns)):
            flagged = hatched is not None and bool(hatched[i, j])
            if flagged:
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, hatch="///", edgecolor=LEFT_OUT_COLOR,
                                       linewidth=0, label="_left out"))
            if not texts[i, j]:
                continue
            red, green, blue, _ = image.cmap(image.norm(values[i, j])) if np.isfinite(values[i, j]) else (1, 1, 1, 1)
            dark = 0.299 * red + 0.587 * green + 0.114 * blue < 0.5
            ax.text(j, i, texts[i, j], ha="center", va="center", fontsize="xx-small",
                    color=LEFT_OUT_COLOR if flagged else ("white" if dark else "black"),
                    fontweight="bold" if flagged else "normal")
    ax.set_yticks(np.arange(len(rows)), rows)
    ax.set_xticks(np.arange(len(columns)), columns, rotation=40, ha="right", rotation_mode="anchor")
    ax.tick_params(length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    if colorbar:
        ax.figure.colorbar(image, ax=ax, label=colorbar, shrink=0.8, pad=0.02, fraction=0.05, aspect=30)


def _finite_max(values: np.ndarray, default: float = 1.0) -> float:
    """The largest finite value, or ``default`` where there is none."""
    finite = values[np.isfinite(values)]
    return float(finite.max()) if finite.size and finite.max() > 0 else default


def _cells(data: pd.DataFrame, column: str, outlets: list[str], keys: list[str], key: str) -> np.ndarray:
    """The values of ``column`` as an outlets-by-``keys`` array (NaN where a pair has no row)."""
    table = data.pivot_table(index="outlet", columns=key, values=column, aggfunc="first")
    return table.reindex(index=outlets, columns=keys).to_numpy(float)


# ---------------------------------------------------------------------------------------------
# Figures


def _stacked_shares(ax: Axes, data: pd.DataFrame, category: str, value: str, colors: dict[str, str],
                    categories: list[str], n_column: str, n_unit: str) -> None:
    """Horizontal bars of shares, one bar per outlet, stacked by category, with n at the right."""
    outlets = list(dict.fromkeys(data["outlet"]))
    y = np.arange(len(outlets))
    left = np.zeros(len(outlets))
    for cat in categories:
        rows = data[data[category] == cat].set_index("outlet").reindex(outlets)
        widths = rows[value].fillna(0).to_numpy(float)
        ax.barh(y, widths, left=left, color=colors.get(cat, "#999999"), edgecolor="white", linewidth=0.4,
                label=cat, height=0.6)
        left += widths
    totals = data.groupby("outlet", sort=False)[n_column].first().reindex(outlets)
    ax.set_yticks(y, [f"{outlet_label(o)}\nn = {int(n)} {n_unit}" for o, n in totals.items()])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    _legend_right(ax)


def _legend_right(ax: Axes, **kwargs) -> None:
    """The legend outside the Axes, on the right (constrained layout makes room for it)."""
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), borderaxespad=0.2, handlelength=1.2, **kwargs)


def plot_voice_share(data: pd.DataFrame, *, ax: Axes | None = None, labels: str = "en", event: str | None = None,
                     top: int = 8, title: str | None = None, gazetteer=None) -> Axes:
    """Who is given a voice, from :func:`framing.compare.voice_share` rows of one event.

    With ``by="speaker_type"`` rows: one bar per outlet, its quotes split by speaker type
    (shares), ``n`` quotes at the right. With ``by="speaker"`` rows: the ``top`` speakers of the
    event, one bar per outlet, the share of the outlet's quotes they get, their count at the
    bar's end and the outlet's ``n`` in the legend.
    """
    _check_labels(labels)
    ax = _axes(ax)
    data = _one_event(data, event)
    name = _event_name(data)
    if "speaker" not in data:
        types = [t for t in dict.fromkeys(data["speaker_type"]) if data.loc[data["speaker_type"] == t, "quotes"].sum() > 0]
        _stacked_shares(ax, data, "speaker_type", "share_quotes", SPEAKER_TYPE_COLORS, types, "n_quotes", "quotes")
        ax.set_xlabel("share of the outlet's quotes, by speaker type")
        _title(ax, title, "Who is quoted", name)
        return ax
    outlets = list(dict.fromkeys(data["outlet"]))
    colors = _outlet_colors(outlets)
    ranking = data.groupby("speaker", sort=True)["quotes"].sum().sort_values(ascending=False, kind="stable")
    speakers = list(ranking.index[:top])
    if _many_outlets(outlets):
        shares = _cells(data, "share_quotes", outlets, speakers, "speaker")
        counts = np.nan_to_num(_cells(data, "quotes", outlets, speakers, "speaker")).astype(int)
        n = data.groupby("outlet", sort=False)["n_quotes"].first()
        _grid(ax, np.where(counts > 0, shares, np.nan), np.where(counts > 0, counts.astype(str), ""),
              rows=[f"{outlet_label(o, 40)} (n = {int(n[o])} quotes)" for o in outlets],
              columns=_speaker_names(data, speakers, labels, gazetteer), cmap="Blues", vmin=0,
              vmax=_finite_max(shares), colorbar="share of the outlet's quotes")
        _title(ax, title, "Most quoted speakers (quotes in each cell)", name)
        return ax
    height = 0.8 / max(len(outlets), 1)
    y = np.arange(len(speakers))
    for i, outlet in enumerate(outlets):
        rows = data[data["outlet"] == outlet].set_index("speaker").reindex(speakers)
        shares = rows["share_quotes"].fillna(0).to_numpy(float)
        counts = rows["quotes"].fillna(0).astype(int).to_numpy()
        n = int(data.loc[data["outlet"] == outlet, "n_quotes"].iloc[0])
        ypos = y - 0.4 + height * (i + 0.5)
        ax.barh(ypos, shares, height=height, color=colors[outlet], label=f"{outlet_label(outlet, 40)} (n = {n} quotes)")
        for yi, share, count in zip(ypos, shares, counts, strict=True):
            ax.text(share + 0.005, yi, str(count), va="center", ha="left", fontsize="x-small")
    known = _speaker_names(data, speakers, labels, gazetteer)
    ax.set_yticks(y, known)
    ax.invert_yaxis()
    ax.set_xlabel("share of the outlet's quotes (number of quotes at the bar's end)")
    _legend_right(ax)
    _title(ax, title, "Most quoted speakers", name)
    return ax


def _speaker_names(data: pd.DataFrame, speakers: list[str], labels: str, gazetteer) -> list[str]:
    """Actor speakers by their label; other speakers (anonymous, documents) by their own words."""
    types = data.drop_duplicates("speaker").set_index("speaker")["speaker_type"]
    gazetteer = gazetteer or _bundled_gazetteer()
    known = set(gazetteer.actors["actor_id"])
    out = []
    for s in speakers:
        if all(part in known or part.startswith("unknown:") for part in s.split("|")):
            out.append(escape_mathtext(actor_label(s, labels, gazetteer)))
        else:
            out.append(escape_mathtext(f"{s} ({types.get(s, '')})"))
    return out


def plot_verb_classes(data: pd.DataFrame, *, ax: Axes | None = None, labels: str = "en", event: str | None = None,
                      title: str | None = None) -> Axes:
    """The stance of each outlet's reporting verbs, from :func:`framing.compare.verb_classes` rows
    of one event: one bar per outlet split by verb class (shares of its quotes), ``n`` at the right.
    Classes no outlet uses on the event are left out of the bars and the legend.
    """
    _check_labels(labels)
    ax = _axes(ax)
    data = _one_event(data, event)
    classes = [c for c in dict.fromkeys(data["verb_class"]) if data.loc[data["verb_class"] == c, "quotes"].sum() > 0]
    _stacked_shares(ax, data, "verb_class", "share", VERB_CLASS_COLORS, classes, "n_quotes", "quotes")
    ax.set_xlabel("share of the outlet's quotes, by the class of the reporting verb")
    _title(ax, title, "Reporting verbs", _event_name(data))
    return ax


def plot_hedge_rates(data: pd.DataFrame, *, ax: Axes | None = None, labels: str = "en", event: str | None = None,
                     title: str | None = None) -> Axes:
    """Hedges and boosters per 1,000 words of each voice, from :func:`framing.compare.hedging`
    rows of one event: per outlet, four bars (hedges and boosters, in the author's and in quoted
    voices; quoted voices hatched) with their 95% intervals resampling articles (none where the
    outlet has one article) and the count above each bar and its interval; the words of each
    voice are given under the outlet's name.
    """
    _check_labels(labels)
    ax = _axes(ax)
    data = _one_event(data, event)
    outlets = list(dict.fromkeys(data["outlet"]))
    series = [(m, v) for m in ("hedges", "boosters") for v in ("author", "quoted")]
    words = {v: data[data["voice"] == v].set_index("outlet")["words"].reindex(outlets).fillna(0).astype(int)
             for v in ("author", "quoted")}
    if _many_outlets(outlets):
        return _hedge_rate_grid(ax, data, outlets, series, words, title)
    x = np.arange(len(outlets))
    width = 0.8 / len(series)
    top = 0.0
    for i, (measure, voice) in enumerate(series):
        rows = data[data["voice"] == voice].set_index("outlet").reindex(outlets)
        rate = rows[f"{measure}_per_1000"].to_numpy(float)
        low, high = rows[f"{measure}_ci_low"].to_numpy(float), rows[f"{measure}_ci_high"].to_numpy(float)
        xpos = x - 0.4 + width * (i + 0.5)
        shown = np.nan_to_num(rate)
        ax.bar(xpos, shown, width=width, color=MEASURE_COLORS[measure] if voice == "author" else "white",
               edgecolor=MEASURE_COLORS[measure], hatch=None if voice == "author" else "////", linewidth=0.6,
               label=f"{measure}, {'author' if voice == 'author' else 'quoted'} voice")
        known = ~np.isnan(low) & ~np.isnan(high)
        if known.any():
            err = np.vstack([(rate - low)[known], (high - rate)[known]])
            ax.errorbar(xpos[known], shown[known], yerr=np.clip(err, 0, None), fmt="none", ecolor="#333333",
                        elinewidth=0.6, capsize=1.5)
        tops = np.where(known, np.nan_to_num(high), shown)
        for xp, h, count in zip(xpos, tops, rows[measure].fillna(0).astype(int), strict=True):
            # the count sits a few points above the bar or its interval's cap, never on it
            ax.annotate(str(count), (xp, h), xytext=(0, 2.5), textcoords="offset points", ha="center", va="bottom",
                        fontsize="x-small")
        top = max(top, float(np.nanmax(np.append(tops, 0))))
    ticks = [f"{outlet_label(o, 22)}\nn = {words['author'][o]:,} + {words['quoted'][o]:,} words" for o in outlets]
    ax.set_xticks(x, ticks)
    ax.set_ylim(0, top * 1.18 if top > 0 else 1)
    ax.set_ylabel("per 1,000 words of the voice\n(95% interval over articles)")
    _legend_right(ax)
    _title(ax, title, "Hedges and boosters (words: author + quoted)", _event_name(data))
    return ax


def _hedge_rate_grid(ax: Axes, data: pd.DataFrame, outlets: list[str], series: list[tuple[str, str]],
                     words: dict[str, pd.Series], title: str | None) -> Axes:
    """:func:`plot_hedge_rates` for many outlets: a grid of outlets by the four rates, each cell
    with its rate and count; the intervals are in the table."""
    rates = np.empty((len(outlets), len(series)))
    texts = np.empty((len(outlets), len(series)), dtype=object)
    for j, (measure, voice) in enumerate(series):
        rows = data[data["voice"] == voice].set_index("outlet").reindex(outlets)
        rates[:, j] = rows[f"{measure}_per_1000"].to_numpy(float)
        counts = rows[measure].fillna(0).astype(int)
        texts[:, j] = [f"{r:.1f}\n({c})" if np.isfinite(r) else "" for r, c in zip(rates[:, j], counts, strict=True)]
    _grid(ax, rates, texts, rows=[f"{outlet_label(o, 40)} ({words['author'][o]:,} + {words['quoted'][o]:,} words)"
                                  for o in outlets],
          columns=[f"{m}, {v} voice" for m, v in series], cmap="Blues", vmin=0, vmax=_finite_max(rates),
          colorbar="per 1,000 words of the voice (count in brackets)")
    _title(ax, title, "Hedges and boosters (words: author + quoted)", _event_name(data))
    return ax


def plot_actor_sentiment(data: pd.DataFrame, *, ax: Axes | None = None, labels: str = "en", event: str | None = None,
                         top: int = 12, min_n: int = 1, title: str | None = None, gazetteer=None) -> Axes:
    """Mean sentiment toward actors per outlet, from :func:`framing.compare.outlet_sentiment` rows
    of one event: a point per outlet and actor with its bootstrap interval and its ``n``
    evaluations written beside it. Actors are the ``top`` most evaluated on the event; cells with
    fewer than ``min_n`` evaluations are not drawn.
    """
    _check_labels(labels)
    ax = _axes(ax)
    data = _one_event(data, event)
    data = data[data["n"] >= min_n]
    outlets = list(dict.fromkeys(data.sort_values("outlet", kind="stable")["outlet"]))
    colors = _outlet_colors(outlets)
    ranking = data.groupby("target_id", sort=True)["n"].sum().sort_values(ascending=False, kind="stable")
    targets = list(ranking.index[:top])
    if _many_outlets(outlets):
        means = _cells(data, "mean_score", outlets, targets, "target_id")
        counts = _cells(data, "n", outlets, targets, "target_id")
        texts = np.array([[f"{m:+.1f}\n({int(c)})" if np.isfinite(m) else "" for m, c in zip(mr, cr, strict=True)]
                          for mr, cr in zip(means, counts, strict=True)], dtype=object).reshape(means.shape)
        span = max(1.0, _finite_max(np.abs(means)))
        _grid(ax, means, texts, rows=[outlet_label(o, 40) for o in outlets],
              columns=[escape_mathtext(actor_label(t, labels, gazetteer)) for t in targets], cmap="RdBu",
              vmin=-span, vmax=span, colorbar="mean evaluation score (negative ← 0 → positive), n in brackets")
        ax.set_xlabel("the 95% intervals over articles are in the table actor_sentiment")
        _title(ax, title, "Sentiment toward actors", _event_name(data))
        return ax
    y = np.arange(len(targets))
    bounds = data[["mean_score", "ci_low", "ci_high"]].to_numpy(float)
    span = max(1.0, float(np.nanmax(np.abs(bounds)))) if len(data) else 1.0
    # the points of a row are spread around the row's own line, over the outlets that have one
    shown = data[data["target_id"].isin(targets)]
    present = {t: sorted(shown.loc[shown["target_id"] == t, "outlet"], key=outlets.index) for t in targets}
    single = False
    for outlet in outlets:
        rows = data[(data["outlet"] == outlet) & data["target_id"].isin(targets)]
        if rows.empty:
            continue
        ypos = np.array([targets.index(t) + _row_offset(present[t].index(outlet), len(present[t]))
                         for t in rows["target_id"]])
        mean = rows["mean_score"].to_numpy(float)
        low = rows["ci_low"].to_numpy(float)
        high = rows["ci_high"].to_numpy(float)
        err = np.vstack([mean - low, high - mean])
        articles = rows["n_articles"].to_numpy(int) if "n_articles" in rows else np.full(len(rows), 2)
        several = (articles >= 2) & ~np.isnan(low) & ~np.isnan(high)
        single = single or not several.all()
        if several.any():
            ax.errorbar(mean[several], ypos[several], xerr=np.clip(err[:, several], 0, None), fmt="o",
                        color=colors[outlet], ecolor=colors[outlet], elinewidth=0.8, label=outlet_label(outlet, 40))
        if not several.all():  # one article: the interval, which resamples articles, is not known
            ax.plot(mean[~several], ypos[~several], "o", markerfacecolor="white", color=colors[outlet],
                    label=outlet_label(outlet, 40) if several.all() or not several.any() else "_nolegend_")
        for xp, yp, n, k in zip(np.fmax(high, mean), ypos, rows["n"], articles, strict=True):
            note = f"n = {int(n)}" + (", 1 article" if k < 2 else "")
            ax.text(xp + span * 0.03, yp, note, va="center", ha="left", fontsize="x-small")
    ax.axvline(0, color="#777777", linewidth=0.6, linestyle="--")
    ax.set_yticks(y, [escape_mathtext(actor_label(t, labels, gazetteer)) for t in targets])
    ax.set_ylim(len(targets) - 0.5, -0.5)
    ax.set_xlim(-span * 1.15, span * 1.45)
    ax.set_xlabel("mean evaluation score (negative ← 0 → positive), 95% bootstrap interval over articles")
    handles, names = ax.get_legend_handles_labels()
    if single:
        from matplotlib.lines import Line2D

        handles.append(Line2D([], [], marker="o", linestyle="", color="#555555", markerfacecolor="white"))
        names.append("hollow: fewer than two\narticles, no interval")
    ax.legend(handles, names, loc="center left", bbox_to_anchor=(1.01, 0.5), borderaxespad=0.2)
    _title(ax, title, "Sentiment toward actors", _event_name(data))
    return ax


def _row_offset(i: int, k: int, band: float = 0.72) -> float:
    """The offset from its row's line of the ``i``-th of ``k`` points in the row: centred, a
    single point on the line itself.

    >>> _row_offset(0, 1), [round(_row_offset(i, 3), 2) for i in range(3)]
    (0.0, [-0.24, 0.0, 0.24])
    """
    if k <= 1:
        return 0.0
    return -band / 2 + band * (i + 0.5) / k


def plot_attention(data: pd.DataFrame, *, ax: Axes | None = None, labels: str = "en", event: str | None = None,
                   top: int = 15, title: str | None = None, gazetteer=None, colorbar: bool = True) -> Axes:
    """Who each outlet talks about, from :func:`framing.compare.attention` rows of one event: a
    grid of the ``top`` actors by outlets, shaded by mentions per 1,000 words, with that rate
    and the count of mentions (in brackets) in each cell; a cell is hatched and its numbers red
    where the actor is left out (:func:`framing.compare.attention`). Each outlet's ``n`` words
    is under its name.
    """
    _check_labels(labels)
    ax = _axes(ax)
    data = _one_event(data, event)
    outlets = list(dict.fromkeys(data["outlet"]))
    ranking = data.groupby("actor_id", sort=True)["mentions"].sum().sort_values(ascending=False, kind="stable")
    actors = list(ranking.index[:top])
    grid = data.pivot_table(index="actor_id", columns="outlet", values="per_1000", aggfunc="first").reindex(
        index=actors, columns=outlets)
    counts = data.pivot_table(index="actor_id", columns="outlet", values="mentions", aggfunc="first").reindex(
        index=actors, columns=outlets)
    missing = data.pivot_table(index="actor_id", columns="outlet", values="left_out", aggfunc="first").reindex(
        index=actors, columns=outlets)
    values = grid.to_numpy(float)
    vmax = float(np.nanmax(values)) if values.size and np.isfinite(values).any() else 1.0
    words = data.groupby("outlet", sort=False)["words"].first().reindex(outlets)
    left_out_note = "hatched, red: left out (the other outlets on the event mention the actor at least twice, this one never)"
    if _many_outlets(outlets):
        n = counts.fillna(0).astype(int).to_numpy()
        texts = np.array([[f"{r:.1f}\n({c})" if np.isfinite(r) else f"({c})" for r, c in zip(rr, cr, strict=True)]
                          for rr, cr in zip(values.T, n.T, strict=True)], dtype=object).reshape(values.T.shape)
        _grid(ax, values.T, texts, rows=[f"{outlet_label(o, 40)} (n = {int(w):,} words)" for o, w in words.items()],
              columns=[escape_mathtext(actor_label(a, labels, gazetteer)) for a in actors], cmap="Blues", vmin=0,
              vmax=vmax, colorbar="mentions per 1,000 words" if colorbar else None,
              hatched=missing.fillna(False).astype(bool).to_numpy().T)
        ax.set_xlabel(left_out_note)
        _title(ax, title, "Mentions of actors per 1,000 words (count in brackets)", _event_name(data))
        return ax
    image = ax.imshow(values, cmap="Blues", vmin=0, vmax=max(vmax, 1e-9), aspect="auto")
    for i in range(len(actors)):
        for j in range(len(outlets)):
            count = int(counts.iat[i, j]) if pd.notna(counts.iat[i, j]) else 0
            is_left_out = bool(missing.iat[i, j]) if pd.notna(missing.iat[i, j]) else False
            if is_left_out:
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, hatch="///", edgecolor=LEFT_OUT_COLOR,
                                       linewidth=0, label="_left out"))
            dark = values[i, j] > vmax * 0.6
            rate = values[i, j]
            shown = f"{rate:.1f}\n({count})" if np.isfinite(rate) else f"({count})"
            ax.text(j, i, shown, ha="center", va="center", fontsize="xx-small",
                    color=LEFT_OUT_COLOR if is_left_out else ("white" if dark else "black"),
                    fontweight="bold" if is_left_out else "normal")
    ax.set_xticks(np.arange(len(outlets)), [f"{outlet_label(o, 22)}\nn = {int(w):,} words" for o, w in words.items()])
    ax.set_yticks(np.arange(len(actors)), [escape_mathtext(actor_label(a, labels, gazetteer)) for a in actors])
    ax.tick_params(length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    if colorbar:
        ax.figure.colorbar(image, ax=ax, label="mentions per 1,000 words", shrink=0.8, pad=0.02)
    ax.set_xlabel(left_out_note)
    _title(ax, title, "Mentions of actors per 1,000 words (count in brackets)", _event_name(data))
    return ax


def plot_keyness(data: pd.DataFrame, *, ax: Axes | None = None, labels: str = "en", event: str | None = None,
                 outlet: str | None = None, top: int = 10, title: str | None = None) -> Axes:
    """The words that set one outlet apart on an event, from :func:`framing.compare.keyness` rows:
    only the words that pass the corrected threshold (``distinctive``: Benjamini-Hochberg q < 0.05
    over the content words tested), at most ``top`` used more (z > 0) and ``top`` used less,
    as bars of the z-score, each with its counts (outlet / other outlets). Where no word passes,
    the figure says so instead of showing words.
    """
    _check_labels(labels)
    ax = _axes(ax)
    data = _one_event(data, event)
    if outlet is not None:
        data = data[data["outlet"] == outlet]
    elif data["outlet"].nunique() > 1:
        raise ValueError("the data hold several outlets: pass outlet=...")
    name = str(data["outlet"].iloc[0]) if len(data) else (outlet or "")
    tested = int((data["kind"] == "content").sum()) if "kind" in data else len(data)
    passing = data[data["distinctive"].astype(bool)] if "distinctive" in data else data.iloc[0:0]
    ranked = passing.sort_values(["z", "word"], ascending=[False, True], kind="stable")
    rows = pd.concat([ranked[ranked["z"] > 0].head(top), ranked[ranked["z"] < 0].tail(top)])
    _title(ax, title, f"Words of {outlet_label(name, 30)}\nvs. other outlets", _event_name(data))
    if rows.empty:
        ax.text(0.5, 0.5, f"No word passes the corrected threshold\n(Benjamini-Hochberg q < 0.05,\n{tested:,} content "
                "words tested)", ha="center", va="center", transform=ax.transAxes, fontsize="small", color="#444444")
        ax.set_xticks([])
        ax.set_yticks([])
        for side in ("top", "right", "bottom", "left"):
            ax.spines[side].set_visible(False)
        return ax
    y = np.arange(len(rows))
    colors = ["#0072B2" if z > 0 else "#999999" for z in rows["z"]]
    ax.barh(y, rows["z"].to_numpy(float), color=colors, height=0.7)
    words = rows["surface"] if "surface" in rows else rows["word"]
    ax.set_yticks(y, [escape_mathtext(w) for w in words])
    for yi, z, c, r in zip(y, rows["z"], rows["count"], rows["count_rest"], strict=True):
        ax.text(z + (0.05 if z > 0 else -0.05), float(yi), f"{int(c)} / {int(r)}", va="center",
                ha="left" if z > 0 else "right", fontsize="x-small")
    ax.axvline(0, color="black", linewidth=0.6)
    limit = max(2.5, float(rows["z"].abs().max()) * 1.35)
    ax.set_xlim(-limit, limit)
    ax.invert_yaxis()
    ax.set_xlabel(f"z-score of the log-odds ratio; words with BH q < 0.05 of {tested:,} tested\n"
                  "(counts: outlet / others)")
    return ax


CARRIED_COLORS = {"direct": "#0072B2", "indirect": "#56B4E9", "truncated": "#E69F00", "not_carried": "#FFFFFF"}
CARRIED_LABELS = {"direct": "carried directly (quotation marks)", "indirect": "carried indirectly",
                  "truncated": "truncated", "not_carried": "not carried"}


def plot_statement_matrix(data: pd.DataFrame, *, ax: Axes | None = None, labels: str = "en", event: str | None = None,
                          top: int = 12, title: str | None = None, gazetteer=None, width: int = 44) -> Axes:
    """Which outlet carried which statement, and how, from
    :func:`framing.statements.statement_outlets` rows of one event: a grid of the ``top``
    statements carried by most outlets (rows: speaker and the first words of the fullest version)
    by the outlets of the event, each cell coloured by how the outlet carried it (directly,
    indirectly, truncated; a hatched white cell: not carried), ``n`` outlets at each row's end.
    """
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    _check_labels(labels)
    ax = _axes(ax)
    data = _one_event(data, event)
    outlets = sorted(data["outlet"].unique())
    ranked = data.drop_duplicates("statement_id").assign(_n=lambda d: d["statement_id"].str[1:].astype(int))
    ranked = ranked.sort_values(["n_outlets", "_n"], ascending=[False, True], kind="stable").head(top)
    codes = {c: i for i, c in enumerate(CARRIED_COLORS)}
    grid = np.full((len(ranked), len(outlets)), codes["not_carried"], dtype=float)
    cells = data.set_index(["statement_id", "outlet"])["carried"].to_dict()
    for i, sid in enumerate(ranked["statement_id"]):
        for j, outlet in enumerate(outlets):
            grid[i, j] = codes[cells.get((sid, outlet), "not_carried")]
    many = _many_outlets(outlets)
    if many:  # an outlet per row; the statements' words are in the table
        grid = grid.T
    cmap = ListedColormap(list(CARRIED_COLORS.values()))
    ax.imshow(grid, cmap=cmap, vmin=-0.5, vmax=len(CARRIED_COLORS) - 0.5, aspect="auto")
    for i in range(grid.shape[0]):
        for j in range(grid.shape[1]):
            if grid[i, j] == codes["not_carried"]:
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, hatch="///", edgecolor="#BBBBBB",
                                       linewidth=0))
    gazetteer = gazetteer or _bundled_gazetteer()
    known = set(gazetteer.actors["actor_id"])
    names = []
    for r in ranked.itertuples():
        ids = str(r.speaker_id or "")
        who = actor_label(ids, labels, gazetteer) if ids and all(p in known for p in ids.split("|")) else str(r.speaker)
        words = textwrap.shorten(str(r.content).replace("\n", " "), width, placeholder=" …")
        names.append(escape_mathtext(f"{r.statement_id} {who} (n = {int(r.n_outlets)} outlets)"
                                     + ("" if many else f"\n{words}")))
    if many:
        ax.set_yticks(np.arange(len(outlets)), [outlet_label(o, 40) for o in outlets])
        ax.set_xticks(np.arange(len(ranked)), names, rotation=40, ha="right", rotation_mode="anchor")
    else:
        ax.set_yticks(np.arange(len(ranked)), names)
        ax.set_xticks(np.arange(len(outlets)), [outlet_label(o, 14) for o in outlets], fontsize="x-small")
    ax.tick_params(length=0)
    ax.set_xticks(np.arange(grid.shape[1] + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(grid.shape[0] + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="#DDDDDD", linewidth=0.6)
    ax.tick_params(which="minor", length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    handles = [Patch(facecolor=c, edgecolor="#999999", linewidth=0.4, hatch="///" if k == "not_carried" else None,
                     label=CARRIED_LABELS[k]) for k, c in CARRIED_COLORS.items()]
    _legend_right(ax, handles=handles)
    _title(ax, title, "Statements and the outlets that carried them", _event_name(data))
    return ax


# ---------------------------------------------------------------------------------------------
# Paper figures: what `framing figures` writes, and what the notebooks save


# name -> (comparison table, plot function, width, height per row, fixed height)
PAPER_FIGURES = {
    "voice_share": ("voice_types", plot_voice_share, "double", 0.42, 1.1),
    "speakers": ("voice_share", plot_voice_share, "double", 0.0, 3.6),
    "verb_classes": ("verb_classes", plot_verb_classes, "double", 0.42, 1.1),
    "hedge_rates": ("hedge_rates", plot_hedge_rates, "double", 0.0, 2.8),
    "actor_sentiment": ("actor_sentiment", plot_actor_sentiment, "double", 0.0, 3.4),
    "attention": ("attention", plot_attention, "double", 0.0, 4.2),
    "keyness": ("keyness", plot_keyness, "single", 0.0, 3.6),
    "statements": ("statement_outlets", plot_statement_matrix, "double", 0.0, 3.8),
}


# the figures drawn as a grid with an outlet per row when an event has many outlets (MANY_OUTLETS)
GRID_WHEN_MANY = ("speakers", "hedge_rates", "actor_sentiment", "attention", "statements")


def figure_stem(event: str, name: str, outlet: str | None = None) -> str:
    """The file name (without suffix) of a paper figure.

    >>> figure_stem("paris-2025-09-04", "keyness", "unattributed (002)")
    'paris-2025-09-04_keyness_unattributed-002'
    """
    stem = f"{_slug(event)}_{name}"
    return f"{stem}_{_slug(outlet)}" if outlet is not None else stem


def unique_stems(event: str, name: str, outlets: list[str]) -> dict[str, str]:
    """Each outlet's file stem for a per-outlet figure, unique: outlets whose names give the same
    stem (``BBC News``, ``bbc-news``) get a suffix in their order, the first keeping the plain stem.

    >>> unique_stems("e", "keyness", ["BBC News", "bbc-news", "CNN"])
    {'BBC News': 'e_keyness_bbc-news', 'bbc-news': 'e_keyness_bbc-news-2', 'CNN': 'e_keyness_cnn'}
    """
    stems: dict[str, str] = {}
    taken: set[str] = set()
    for outlet in outlets:
        stem, n = figure_stem(event, name, outlet), 1
        while (stem if n == 1 else f"{stem}-{n}") in taken:
            n += 1
        stems[outlet] = stem if n == 1 else f"{stem}-{n}"
        taken.add(stems[outlet])
    return stems


def escape_mathtext(text: str) -> str:
    """A label with its dollar signs escaped, so matplotlib draws ``$`` instead of reading math.

    >>> print(escape_mathtext("Money $$ Talk"))
    Money \\$\\$ Talk
    """
    return str(text).replace("$", r"\$")


def _slug(text: str) -> str:
    import re
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    if slug:
        return slug
    import hashlib

    return "x" + hashlib.sha1(str(text).encode("utf-8")).hexdigest()[:8]  # a name with no Latin letters


def paper_figure(name: str, table: pd.DataFrame, *, event: str, outlet: str | None = None,
                 labels: str = "en", gazetteer=None) -> Figure:
    """One paper figure of one event (and, for ``keyness``, one outlet), drawn in the paper style.

    ``table`` is the comparison table the figure needs (``PAPER_FIGURES[name][0]`` of
    :func:`framing.compare.comparison_tables`). Save it with :func:`save_figure`.
    """
    if name not in PAPER_FIGURES:
        raise ValueError(f"unknown figure {name!r}; one of {', '.join(PAPER_FIGURES)}")
    _, func, width, per_row, fixed = PAPER_FIGURES[name]
    rows = table[table["event"] == event]
    if outlet is not None:
        rows = rows[rows["outlet"] == outlet]
    n_outlets = rows["outlet"].nunique()
    height = fixed + per_row * n_outlets
    if name in GRID_WHEN_MANY and _many_outlets(range(n_outlets)):
        height = max(height, GRID_FIXED_HEIGHT + GRID_ROW_HEIGHT * n_outlets)
    kwargs: dict[str, Any] = {"labels": labels}
    if name in ("speakers", "actor_sentiment", "attention", "statements"):
        kwargs["gazetteer"] = gazetteer
    if name == "keyness":
        kwargs["outlet"] = outlet
    with paper_style():
        fig, ax = new_figure(width, height)
        func(rows, ax=ax, **kwargs)
        freeze_layout(fig)
    return fig


def paper_figures(comparison: dict[str, pd.DataFrame], *, labels: str = "en", gazetteer=None) -> Iterator[tuple[str, Figure]]:
    """Every paper figure of a corpus: ``(file stem, figure)`` for each event (and outlet), in order.

    A figure whose table has no rows for an event (no quotes, no evaluations, one outlet only
    for keyness) is not drawn.
    """
    for stem, name, event, outlet in paper_figure_list(comparison):
        table = comparison[PAPER_FIGURES[name][0]]
        yield stem, paper_figure(name, table, event=event, outlet=outlet, labels=labels, gazetteer=gazetteer)


def paper_figure_list(comparison: dict[str, pd.DataFrame]) -> Iterator[tuple[str, str, str, str | None]]:
    """The paper figures :func:`paper_figures` draws, without drawing them: ``(file stem, figure
    name, event, outlet or None)``, in order."""
    events = sorted(comparison["outlets"]["event"].unique())
    for event in events:
        for name, (table_name, *_rest) in PAPER_FIGURES.items():
            table = comparison[table_name]
            rows = table[table["event"] == event]
            if name == "keyness":
                for outlet, stem in unique_stems(event, name, sorted(rows["outlet"].unique())).items():
                    yield stem, name, event, outlet
                continue
            if not _has_data(name, rows):
                continue
            yield figure_stem(event, name), name, event, None


def _has_data(name: str, rows: pd.DataFrame) -> bool:
    if rows.empty:
        return False
    if name in ("voice_share", "speakers", "verb_classes"):
        return int(rows["quotes"].sum()) > 0
    if name == "hedge_rates":
        return int(rows["words"].sum()) > 0
    return True  # statements: statement_outlets has rows only for statements carried by two outlets or more
