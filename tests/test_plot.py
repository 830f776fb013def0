"""framing.plot: the elements each figure draws (bars, labels, error bars, n annotations), the
paper style, Arabic labels and byte-stable files. No pixel is compared."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.container import BarContainer, ErrorbarContainer
from matplotlib.patches import Rectangle

from framing import plot
from framing.actors import load_gazetteer


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def ax():
    with plot.paper_style():
        _, axes = plot.new_figure("double", 3)
        yield axes


def _texts(ax):
    return [t.get_text() for t in ax.texts]


def _bars(ax):
    return [p for c in ax.containers if isinstance(c, BarContainer) for p in c.patches]


VOICE_TYPES = pd.DataFrame({
    "event": ["e"] * 6, "outlet": ["X"] * 3 + ["Y"] * 3,
    "speaker_type": ["person", "institution", "anonymous"] * 2,
    "quotes": [3, 1, 0, 1, 0, 1], "quoted_words": [30, 5, 0, 8, 0, 4],
    "share_quotes": [0.75, 0.25, 0.0, 0.5, 0.0, 0.5], "share_words": [0.86, 0.14, 0, 0.67, 0, 0.33],
    "n_quotes": [4] * 3 + [2] * 3, "n_words": [35] * 3 + [12] * 3,
})
SPEAKERS = pd.DataFrame({
    "event": ["e"] * 4, "outlet": ["X", "X", "Y", "Y"],
    "speaker": ["Emmanuel Macron", "مسؤول", "Vladimir Putin", "Emmanuel Macron|Keir Starmer"],
    "speaker_type": ["person", "anonymous", "person", "group"],
    "quotes": [3, 1, 1, 1], "quoted_words": [30, 5, 8, 4], "share_quotes": [0.75, 0.25, 0.5, 0.5],
    "share_words": [0.86, 0.14, 0.67, 0.33], "n_quotes": [4, 4, 2, 2], "n_words": [35, 35, 12, 12],
})
SENTIMENT = pd.DataFrame({
    "event": ["e"] * 3, "outlet": ["X", "X", "Y"], "target_id": ["Russia", "Vladimir Putin", "Russia"],
    "n": [5, 2, 3], "n_articles": [3, 1, 2], "mean_score": [-1.5, -2.0, 0.5], "ci_low": [-2.5, np.nan, -0.5],
    "ci_high": [-0.5, np.nan, 1.5], "share_negative": [1.0, 1.0, 0.33], "share_positive": [0.0, 0.0, 0.67],
})


def test_plot_voice_share_stacks_speaker_types_with_n_per_outlet(ax):
    plot.plot_voice_share(VOICE_TYPES, ax=ax)
    bars = _bars(ax)
    # the types some outlet quotes (person, institution, anonymous), one bar each per outlet
    assert len(bars) == 3 * 2
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks == ["X\nn = 4 quotes", "Y\nn = 2 quotes"]
    widths = {(round(b.get_y() + b.get_height() / 2), round(b.get_x(), 3)): b.get_width() for b in bars}
    assert sum(w for (y, _), w in widths.items() if y == 0) == pytest.approx(1.0)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["person", "institution", "anonymous"]


def test_plot_voice_share_of_speakers_counts_each_bar_and_names_outlets_n(ax):
    plot.plot_voice_share(SPEAKERS, ax=ax)
    assert len(_bars(ax)) == 4 * 2  # 4 speakers x 2 outlets
    assert sorted(_texts(ax)) == sorted(["3", "1", "0", "0", "0", "1", "0", "1"])
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["X (n = 4 quotes)", "Y (n = 2 quotes)"]
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks[0] == "Emmanuel Macron" and "مسؤول (anonymous)" in ticks
    assert "Emmanuel Macron & Keir Starmer" in ticks


def test_plot_voice_share_names_actors_in_arabic(ax):
    gazetteer = load_gazetteer()
    plot.plot_voice_share(SPEAKERS, ax=ax, labels="ar")
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks[0] == gazetteer.label("Emmanuel Macron", "ar") == "إيمانويل ماكرون"
    assert gazetteer.label("Vladimir Putin", "ar") in ticks
    assert f'{gazetteer.label("Emmanuel Macron", "ar")} و{gazetteer.label("Keir Starmer", "ar")}' in ticks


def test_plot_verb_classes_draws_used_classes_with_n(ax):
    data = pd.DataFrame({
        "event": ["e"] * 6, "outlet": ["X"] * 3 + ["Y"] * 3, "verb_class": ["neutral", "assertive", "denying"] * 2,
        "quotes": [2, 2, 0, 1, 0, 0], "share": [0.5, 0.5, 0.0, 1.0, 0.0, 0.0], "n_quotes": [4] * 3 + [1] * 3,
    })
    plot.plot_verb_classes(data, ax=ax)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["neutral", "assertive"]  # denying: never used
    assert len(_bars(ax)) == 2 * 2
    assert [t.get_text().split("\n")[1] for t in ax.get_yticklabels()] == ["n = 4 quotes", "n = 1 quotes"]


HEDGES = pd.DataFrame({
    "event": ["e"] * 4, "outlet": ["X", "X", "Y", "Y"], "voice": ["author", "quoted"] * 2,
    "n_articles": [1] * 4, "words": [600, 400, 300, 0], "hedges": [3, 1, 0, 0], "boosters": [0, 2, 1, 0],
    "hedges_per_1000": [5.0, 2.5, 0.0, np.nan], "hedges_ci_low": [1.03, 0.06, 0.0, np.nan],
    "hedges_ci_high": [14.61, 13.93, 12.3, np.nan], "boosters_per_1000": [0.0, 5.0, 3.33, np.nan],
    "boosters_ci_low": [0.0, 0.61, 0.08, np.nan], "boosters_ci_high": [6.15, 18.06, 18.57, np.nan],
})


def test_plot_hedge_rates_draws_intervals_counts_and_words(ax):
    plot.plot_hedge_rates(HEDGES, ax=ax)
    bars = _bars(ax)
    assert len(bars) == 4 * 2  # hedges/boosters x author/quoted, for each outlet
    assert sorted(round(b.get_height(), 2) for b in bars) == sorted([5.0, 2.5, 0.0, 0.0, 0.0, 5.0, 3.33, 0.0])
    errorbars = [c for c in ax.containers if isinstance(c, ErrorbarContainer)]
    assert len(errorbars) == 4
    # the first series (hedges, author voice): X's interval is [1.03, 14.61]
    segment = errorbars[0].lines[2][0].get_segments()[0]
    assert [round(segment[0][1], 2), round(segment[1][1], 2)] == [1.03, 14.61]
    assert sorted(_texts(ax)) == sorted(["3", "0", "1", "0", "0", "1", "2", "0"])
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks == ["X\nn = 600 + 400 words", "Y\nn = 300 + 0 words"]
    hatched = [b for b in bars if b.get_hatch()]
    assert len(hatched) == 4  # the quoted voice


def test_plot_actor_sentiment_points_intervals_and_n(ax):
    plot.plot_actor_sentiment(SENTIMENT, ax=ax)
    errorbars = [c for c in ax.containers if isinstance(c, ErrorbarContainer)]
    # X-Russia (3 articles) and Y-Russia (2 articles) have intervals; X-Putin (1 article) is a hollow point
    assert len(errorbars) == 2
    spans = sorted(tuple(round(v, 2) for v in (seg[0][0], seg[1][0]))
                   for c in errorbars for seg in c.lines[2][0].get_segments())
    assert spans == [(-2.5, -0.5), (-0.5, 1.5)]
    assert sorted(_texts(ax)) == ["n = 2, 1 article", "n = 3", "n = 5"]
    hollow = [line for line in ax.lines if line.get_markerfacecolor() == "white"]
    assert len(hollow) == 1 and list(hollow[0].get_xdata()) == [-2.0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Russia", "Vladimir Putin"]  # most evaluated first
    assert "hollow: fewer than two\narticles, no interval" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_plot_actor_sentiment_centres_a_lone_point_on_its_row(ax):
    plot.plot_actor_sentiment(SENTIMENT, ax=ax)
    # Vladimir Putin (row 1) is evaluated by X alone: its point sits on the row's line, not toward row 2
    hollow = [line for line in ax.lines if line.get_markerfacecolor() == "white"]
    assert list(hollow[0].get_ydata()) == [1.0]
    # Russia (row 0) by X and Y: their points are spread around the line, one on each side
    points = sorted(float(y) for c in ax.containers if isinstance(c, ErrorbarContainer) for y in c.lines[0].get_ydata())
    assert points[0] == pytest.approx(-points[1]) and points[0] < 0


def test_plot_actor_sentiment_drops_cells_below_min_n(ax):
    plot.plot_actor_sentiment(SENTIMENT, ax=ax, min_n=3)
    assert sorted(_texts(ax)) == ["n = 3", "n = 5"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Russia"]


ATTENTION = pd.DataFrame({
    "event": ["e"] * 4, "outlet": ["X", "X", "Y", "Y"], "actor_id": ["Russia", "Vladimir Putin"] * 2,
    "actor_type": ["state", "person"] * 2, "mentions": [4, 2, 3, 0], "articles_mentioning": [1, 1, 1, 0],
    "n_articles": [1] * 4, "words": [1000, 1000, 500, 500], "per_1000": [4.0, 2.0, 6.0, 0.0],
    "other_outlets_mentioning": [1, 0, 1, 1], "left_out": [False, False, False, True],
})


def test_plot_attention_counts_cells_and_hatches_left_out_actors(ax):
    plot.plot_attention(ATTENTION, ax=ax, colorbar=False)
    # each cell prints what it is coloured by (the rate) and the count behind it
    assert sorted(_texts(ax)) == ["0.0\n(0)", "2.0\n(2)", "4.0\n(4)", "6.0\n(3)"]
    hatched = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_hatch()]
    assert len(hatched) == 1 and hatched[0].get_xy() == (0.5, 0.5)  # Y (column 1), Putin (row 1)
    red = [t for t in ax.texts if t.get_color() == "#D55E00"]
    assert [t.get_text() for t in red] == ["0.0\n(0)"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["X\nn = 1,000 words", "Y\nn = 500 words"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Russia", "Vladimir Putin"]
    assert ax.images[0].get_array()[0, 1] == 6.0


def test_plot_attention_names_actors_in_arabic(ax):
    plot.plot_attention(ATTENTION, ax=ax, labels="ar", colorbar=False)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["روسيا", "فلاديمير بوتين"]


def _many(table: pd.DataFrame, n: int) -> pd.DataFrame:
    """``table`` (outlets X and Y) for ``n`` outlets: X's rows under ``n - 1`` names, then Y's."""
    x, y = table[table["outlet"] == "X"], table[table["outlet"] == "Y"]
    return pd.concat([x.assign(outlet=f"Outlet {i:02d}") for i in range(n - 1)] + [y.assign(outlet="Outlet 99")],
                     ignore_index=True)


@pytest.mark.parametrize("name, table", [("speakers", SPEAKERS), ("hedge_rates", HEDGES),
                                         ("actor_sentiment", SENTIMENT), ("attention", ATTENTION)])
def test_many_outlets_are_drawn_as_a_grid_with_an_outlet_per_row(name, table):
    few = plot.paper_figure(name, table, event="e")
    many = plot.paper_figure(name, _many(table, 20), event="e")
    ax = many.axes[0]
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert len(rows) == 20 and rows[0].startswith("Outlet 00") and rows[-1].startswith("Outlet 99")
    assert ax.images and ax.images[0].get_array().shape[0] == 20
    assert many.get_size_inches()[1] == pytest.approx(plot.GRID_FIXED_HEIGHT + plot.GRID_ROW_HEIGHT * 20)
    assert many.get_size_inches()[1] > few.get_size_inches()[1]
    six = plot.paper_figure(name, _many(table, plot.MANY_OUTLETS - 1), event="e").axes[0]
    assert not six.images or name == "attention"  # fewer outlets: bars and points (attention is always a grid)
    assert not any(isinstance(c, (BarContainer, ErrorbarContainer)) for c in ax.containers)


def test_many_outlets_grid_cells_carry_their_numbers():
    sentiment = plot.paper_figure("actor_sentiment", _many(SENTIMENT, 8), event="e").axes[0]
    # an outlet per row, an actor per column: X evaluated Russia -1.5 (5) and Putin -2.0 (2); Y Russia +0.5 (3)
    assert [t.get_text() for t in sentiment.get_xticklabels()] == ["Russia", "Vladimir Putin"]
    assert sorted(set(_texts(sentiment))) == ["+0.5\n(3)", "-1.5\n(5)", "-2.0\n(2)"]
    assert sentiment.images[0].get_array()[7, 0] == 0.5 and sentiment.images[0].get_array().mask[7, 1]
    attention = plot.paper_figure("attention", _many(ATTENTION, 8), event="e").axes[0]
    hatched = [p for p in attention.patches if isinstance(p, Rectangle) and p.get_hatch()]
    assert [p.get_xy() for p in hatched] == [(0.5, 6.5)]  # Outlet 99 (row 7) leaves out Putin (column 1)
    assert [t.get_text() for t in attention.texts if t.get_color() == plot.LEFT_OUT_COLOR] == ["0.0\n(0)"]


def test_many_outlets_statement_matrix_puts_outlets_on_rows():
    data = pd.DataFrame({"event": ["e"] * 3, "statement_id": ["S1", "S1", "S2"], "outlet": ["A", "B", "A"],
                         "speaker": ["ماكرون"] * 3, "speaker_id": ["Emmanuel Macron"] * 3,
                         "content": ["نص طويل"] * 3, "n_outlets": [2, 2, 1],
                         "carried": ["direct", "indirect", "truncated"]})
    data = pd.concat([data] + [data[data["outlet"] == "B"].assign(outlet=f"C{i}") for i in range(6)],
                     ignore_index=True)
    ax = plot.paper_figure("statements", data, event="e").axes[0]
    assert len(ax.get_yticklabels()) == 8 and ax.images[0].get_array().shape == (8, 2)
    assert ax.get_xticklabels()[0].get_text().startswith("S1 Emmanuel Macron")


def test_plot_keyness_bars_over_and_under_used_words_with_counts(ax):
    data = pd.DataFrame({
        "event": ["e"] * 5, "outlet": ["X"] * 5, "word": ["ترمب", "الحرب", "سلام", "ترامب", "ان"],
        "surface": ["ترمب", "الحرب", "سلام", "ترامب", "أن"], "count": [9, 5, 3, 0, 1],
        "count_rest": [0, 4, 3, 9, 20], "n_tokens": [1000] * 5, "n_tokens_rest": [1300] * 5, "prior": [9.0] * 5,
        "delta": [0.7, 0.1, 0.0, -0.6, -0.9], "variance": [0.1] * 5, "z": [4.2, 3.3, 0.0, -3.4, -2.5],
        "kind": ["content"] * 4 + ["function"], "distinctive": [True, True, False, True, False],
    })
    plot.plot_keyness(data, ax=ax, top=2)
    bars = _bars(ax)
    # only the words that pass the corrected threshold: not سلام (z = 0), not أن (a function word)
    assert [round(b.get_width(), 1) for b in bars] == [4.2, 3.3, -3.4]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["ترمب", "الحرب", "ترامب"]
    assert _texts(ax) == ["9 / 0", "5 / 4", "0 / 9"]
    assert "4 tested" in ax.get_xlabel() and "q < 0.05" in ax.get_xlabel()


def test_plot_keyness_says_so_when_no_word_passes(ax):
    data = pd.DataFrame({
        "event": ["e"] * 2, "outlet": ["X"] * 2, "word": ["سلام", "حرب"], "surface": ["سلام", "حرب"],
        "count": [2, 1], "count_rest": [1, 2], "z": [1.9, -1.1], "kind": ["content"] * 2, "distinctive": [False, False],
    })
    plot.plot_keyness(data, ax=ax)
    assert _bars(ax) == []
    assert len(_texts(ax)) == 1 and _texts(ax)[0].startswith("No word passes the corrected threshold")


def test_plot_refuses_to_mix_events_and_unknown_label_languages(ax):
    two_events = pd.concat([VOICE_TYPES, VOICE_TYPES.assign(event="f")])
    with pytest.raises(ValueError, match="event"):
        plot.plot_voice_share(two_events, ax=ax)
    plot.plot_voice_share(two_events, ax=ax, event="f")
    with pytest.raises(ValueError, match="labels"):
        plot.plot_voice_share(VOICE_TYPES, ax=ax, labels="fr")


def test_plot_functions_draw_on_the_current_axes_without_saving(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fig = plt.figure()
    returned = plot.plot_verb_classes(pd.DataFrame({
        "event": ["e"], "outlet": ["X"], "verb_class": ["neutral"], "quotes": [1], "share": [1.0], "n_quotes": [1]}))
    assert returned is fig.gca()
    assert list(tmp_path.iterdir()) == []


def test_plot_paper_style_sets_fonts_sizes_and_widths():
    with plot.paper_style():
        assert matplotlib.rcParams["font.sans-serif"][0] == "DejaVu Sans"
        assert matplotlib.rcParams["font.size"] == 8
        assert matplotlib.rcParams["savefig.dpi"] == 300
        fig, _ = plot.new_figure("single")
        assert fig.get_size_inches()[0] == plot.SINGLE_COLUMN == 3.5
        fig, _ = plot.new_figure("double", 2)
        assert tuple(fig.get_size_inches()) == (7.0, 2.0)
    assert matplotlib.rcParams["font.size"] == 10  # the style does not leak out
    with pytest.raises(ValueError):
        plot.column_width("triple")


def test_plot_style_font_has_arabic_glyphs():
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    with plot.paper_style():
        path = font_manager.findfont(font_manager.FontProperties(family=matplotlib.rcParams["font.family"]))
    font = FT2Font(path)
    for ch in "إيمانويل ماكرون".replace(" ", ""):
        assert font.get_char_index(ord(ch)) != 0, ch


def test_plot_arabic_labels_render_without_glyph_warnings():
    with plot.paper_style():
        fig, ax = plot.new_figure("double", 3)
        plot.plot_attention(ATTENTION, ax=ax, labels="ar")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            png = plot.figure_bytes(fig, "png")
            pdf = plot.figure_bytes(fig, "pdf")
    assert png.startswith(b"\x89PNG") and pdf.startswith(b"%PDF")
    assert not [w for w in caught if "glyph" in str(w.message).lower()]


def test_plot_figure_bytes_carry_no_date_and_repeat_exactly():
    fig = plot.paper_figure("voice_share", VOICE_TYPES, event="e")
    pdf1, pdf2 = plot.figure_bytes(fig, "pdf"), plot.figure_bytes(fig, "pdf")
    png1, png2 = plot.figure_bytes(fig, "png"), plot.figure_bytes(fig, "png")
    assert pdf1 == pdf2 and png1 == png2
    assert b"CreationDate" not in pdf1 and b"ModDate" not in pdf1 and b"Matplotlib v" not in pdf1
    assert b"Software" not in png1
    again = plot.paper_figure("voice_share", VOICE_TYPES, event="e")
    assert plot.figure_bytes(again, "png") == png1


def test_plot_save_figure_writes_pdf_and_png(tmp_path):
    fig = plot.paper_figure("voice_share", VOICE_TYPES, event="e")
    paths = plot.save_figure(fig, tmp_path / "e_voice_share")
    assert [p.name for p in paths] == ["e_voice_share.pdf", "e_voice_share.png"]
    assert paths[1].read_bytes() == plot.figure_bytes(fig, "png")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_plot_paper_figures_of_the_seeds_name_every_event(seed_corpus):
    from framing.compare import comparison_tables
    from framing.pipeline import Analyzer

    tables = comparison_tables(Analyzer().analyze(seed_corpus.articles), seed_corpus.articles, n_boot=100)
    stems = [stem for stem, _ in plot.paper_figures(tables)]
    for event in ("paris-2025-09-04", "paris-2026-01-06"):
        for name in ("voice_share", "speakers", "verb_classes", "hedge_rates", "actor_sentiment", "attention"):
            assert f"{event}_{name}" in stems
    assert "paris-2025-09-04_keyness_asharq-al-awsat" in stems
    assert sum(s.startswith("paris-2026-01-06_keyness_") for s in stems) == 2
    assert stems == sorted(stems, key=lambda s: (s.split("_")[0], stems.index(s)))


def test_plot_figures_drawn_by_worker_processes_are_the_same_bytes(seed_corpus):
    from framing.compare import comparison_tables
    from framing.drawing import draw_figures, figure_jobs
    from framing.pipeline import Analyzer

    tables = Analyzer().analyze(seed_corpus.articles)
    jobs = figure_jobs(comparison_tables(tables, seed_corpus.articles, n_boot=50))[:4]
    formats = {"pdf": plot.DPI, "png": 100}
    here = draw_figures(jobs, formats=formats, workers=1)
    there = draw_figures(jobs, formats=formats, workers=2)
    assert list(here) == list(there) == [f"{job[0]}.{fmt}" for job in jobs for fmt in formats]
    assert here == there
