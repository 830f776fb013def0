"""framing.compare: comparison tables on small hand-made tables (answers worked out by hand) and
on the seeds."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from framing import compare
from framing.text import fold


def _articles(rows):
    """Articles from (article_id, outlet, event, text) tuples."""
    return pd.DataFrame(rows, columns=["article_id", "outlet", "event", "text"])


def _quotes(rows):
    """Quotes from (article_id, speaker, speaker_id, speaker_type, kind, verb_class, text) tuples."""
    return pd.DataFrame(rows, columns=["article_id", "speaker", "speaker_id", "speaker_type", "kind", "verb_class", "text"])


ARTICLES = _articles([
    ("a1", "X", "e", "قال ماكرون إن أوروبا جاهزة"),
    ("a2", "X", "e", "وقال مسؤول إن الحرب طويلة جدا"),
    ("b1", "Y", "e", "أكد زيلينسكي أن السلام ممكن"),
    ("c1", "Z", "other", "قال بوتين إن لا سلام"),
])
QUOTES = _quotes([
    ("a1", "ماكرون", "Emmanuel Macron", "person", "direct", "neutral", "أوروبا جاهزة"),            # 2 words
    ("a2", "مسؤول", "", "anonymous", "indirect", "neutral", "الحرب طويلة جدا"),                    # 3 words
    ("a2", "ماكرون", "Emmanuel Macron", "person", "mixed", "assertive", "نعم"),                    # 1 word
    ("b1", "زيلينسكي", "Volodymyr Zelenskyy", "person", "indirect", "assertive", "السلام ممكن"),   # 2 words
    ("c1", "بوتين", "Vladimir Putin", "person", "indirect", "distancing", "لا سلام"),
])


def test_compare_voice_share_counts_quotes_and_words_per_speaker():
    table = compare.voice_share(QUOTES, ARTICLES)
    x = table[(table["event"] == "e") & (table["outlet"] == "X")].set_index("speaker")
    # X: Macron 2 quotes of 3, 3 words of 6; the anonymous official 1 quote, 3 words
    assert x.loc["Emmanuel Macron", ["quotes", "quoted_words", "n_quotes", "n_words"]].tolist() == [2, 3, 3, 6]
    assert x.loc["Emmanuel Macron", "share_quotes"] == pytest.approx(2 / 3, abs=1e-4)
    assert x.loc["Emmanuel Macron", "share_words"] == pytest.approx(0.5)
    assert x.loc["مسؤول", "speaker_type"] == "anonymous"
    assert x.loc["مسؤول", "share_quotes"] == pytest.approx(1 / 3, abs=1e-4)
    # most quoted first within an outlet
    assert list(x.index) == ["Emmanuel Macron", "مسؤول"]


def test_compare_voice_share_by_type_lists_every_type_for_every_outlet():
    table = compare.voice_share(QUOTES, ARTICLES, by="speaker_type")
    e = table[table["event"] == "e"]
    assert set(e["outlet"]) == {"X", "Y"}
    for _, rows in e.groupby("outlet"):
        assert list(rows["speaker_type"]) == ["person", "institution", "group", "anonymous", "document"]
    y = e[e["outlet"] == "Y"].set_index("speaker_type")
    assert y.loc["person", "share_quotes"] == 1.0
    assert y.loc["anonymous", ["quotes", "n_quotes"]].tolist() == [0, 1]


def test_compare_sourcing_gives_anonymous_share_and_quote_kinds():
    table = compare.sourcing(QUOTES, ARTICLES).set_index(["event", "outlet"])
    x = table.loc[("e", "X")]
    assert x[["n_articles", "n_quotes", "anonymous", "direct", "indirect", "mixed"]].tolist() == [2, 3, 1, 1, 1, 1]
    assert x["share_anonymous"] == pytest.approx(1 / 3, abs=1e-4)
    # X has 5 + 6 = 11 words, 6 of them quoted
    assert x["words"] == 11 and x["share_quoted_words"] == pytest.approx(6 / 11, abs=1e-4)
    assert table.loc[("e", "Y"), "share_indirect"] == 1.0


def test_compare_sourcing_keeps_an_outlet_that_quotes_nobody():
    articles = _articles([("a", "X", "e", "نص"), ("b", "Y", "e", "نص آخر")])
    table = compare.sourcing(QUOTES[QUOTES["article_id"] == "nobody"], articles)
    assert table["outlet"].tolist() == ["X", "Y"]
    assert table["n_quotes"].tolist() == [0, 0]
    assert table["share_anonymous"].isna().all()


def test_compare_verb_class_shares_sum_to_one_per_outlet():
    table = compare.verb_classes(QUOTES, ARTICLES)
    x = table[table["outlet"] == "X"].set_index("verb_class")
    assert list(x.index[:3]) == ["neutral", "assertive", "announcing"]  # the guidelines' order
    assert x.loc["neutral", "quotes"] == 2 and x.loc["assertive", "quotes"] == 1
    assert x.loc["neutral", "share"] == pytest.approx(2 / 3, abs=1e-4)
    assert x["share"].sum() == pytest.approx(1.0, abs=1e-3)
    assert len(x) == len(compare.VERB_CLASS_ORDER)
    z = table[table["outlet"] == "Z"].set_index("verb_class")
    assert z.loc["distancing", ["quotes", "share", "n_quotes"]].tolist() == [1, 1.0, 1]


def test_compare_only_compares_articles_about_the_same_event():
    # Z is the only outlet on "other": it is never compared with X or Y
    attention = compare.attention(
        pd.DataFrame({"article_id": ["a1", "c1"], "actor_id": ["Emmanuel Macron", "Vladimir Putin"],
                      "actor_type": ["person", "person"]}), ARTICLES)
    assert not attention[attention["event"] == "e"]["actor_id"].isin(["Vladimir Putin"]).any()
    assert not attention[attention["event"] == "other"]["actor_id"].isin(["Emmanuel Macron"]).any()
    keyness = compare.keyness(ARTICLES)
    assert set(keyness["event"]) == {"e"}  # "other" has one outlet: nothing to compare it with
    x = keyness[keyness["outlet"] == "X"]
    assert fold("بوتين") not in set(x["word"])


def test_compare_leaves_out_articles_without_an_event():
    articles = pd.concat([ARTICLES, _articles([("d1", "W", None, "قال ماكرون")])], ignore_index=True)
    assert "W" not in set(compare.outlets(articles)["outlet"])
    assert "W" not in set(compare.sourcing(QUOTES, articles)["outlet"])


def test_compare_left_out_lists_actors_other_outlets_mention():
    articles = _articles([("a", "X", "e", "ماكرون وبوتين"), ("b", "Y", "e", "ماكرون"), ("c", "Z", "e", "بوتين")])
    mentions = pd.DataFrame({
        "article_id": ["a", "a", "b", "c", "c", "b"],
        "actor_id": ["Emmanuel Macron", "Vladimir Putin", "Emmanuel Macron", "Vladimir Putin", "Vladimir Putin",
                     "unknown:فلان"],
        "actor_type": ["person"] * 6,
    })
    attention = compare.attention(mentions, articles)  # left out: at least 2 mentions elsewhere
    cell = attention.set_index(["outlet", "actor_id"])
    assert cell.loc[("Z", "Vladimir Putin"), "mentions"] == 2
    assert cell.loc[("Z", "Vladimir Putin"), "per_1000"] == 2000.0  # 2 mentions in 1 word
    assert bool(cell.loc[("Y", "Vladimir Putin"), "left_out"])
    assert cell.loc[("Y", "Vladimir Putin"), "other_outlets_mentioning"] == 2
    left = compare.left_out(attention)
    # Y has 1 word, the others 2 + 1: at their rate (3 mentions in 3 words) Y would have 1 mention of Putin
    assert left[["outlet", "actor_id", "mentioned_by", "mentions_elsewhere", "expected"]].values.tolist() == [
        ["Y", "Vladimir Putin", "X; Z", 3, 1.0],
        ["Z", "Emmanuel Macron", "X; Y", 2, 0.67],
    ]
    # with a higher bar, two mentions elsewhere are not enough
    strict = compare.left_out(compare.attention(mentions, articles, min_mentions_elsewhere=3))
    assert strict[["outlet", "actor_id"]].values.tolist() == [["Y", "Vladimir Putin"]]
    # provisional ids are spelt differently from outlet to outlet: only listed on request
    loose = compare.attention(mentions, articles, min_mentions_elsewhere=1)
    assert "unknown:فلان" in set(compare.left_out(loose, include_unknown=True)["actor_id"])
    assert "unknown:فلان" not in set(compare.left_out(loose)["actor_id"])


def test_compare_keyness_sign_and_hand_computed_log_odds():
    articles = _articles([("a", "X", "e", "سلام سلام حرب"), ("b", "Y", "e", "حرب هدنة"),
                          ("c", "Z", "f", "سلام حرب حرب")])
    table = compare.keyness(articles, prior_size=None)
    x = table[table["outlet"] == "X"].set_index("word")
    # the prior is the other event (f: سلام 1, حرب 2), add-one over the 3 words: سلام 2, حرب 3,
    # هدنه 1; a0 = 6. X has n = 3 tokens, Y m = 2.
    # سلام: y = 2, z = 0, a = 2:  log(4 / (3 + 6 - 2 - 2)) - log(2 / (2 + 6 - 0 - 2)) = log(4/5) - log(1/3)
    delta = math.log(4 / 5) - math.log(2 / 6)
    assert x.loc["سلام", "delta"] == pytest.approx(delta)
    assert x.loc["سلام", "variance"] == pytest.approx(1 / 4 + 1 / 2)
    assert x.loc["سلام", "z"] == pytest.approx(delta / math.sqrt(0.75))
    assert x.loc["سلام", ["count", "count_rest", "n_tokens", "n_tokens_rest"]].tolist() == [2, 0, 3, 2]
    assert x.loc["سلام", ["per_1000", "per_1000_rest"]].tolist() == [666.67, 0.0]
    assert x.loc["سلام", "reference"] == "other_events"
    assert x.loc["هدنه", "z"] < 0 < x.loc["سلام", "z"]
    assert x.loc["هدنه", "surface"] == "هدنة"
    # the comparison is symmetric: Y's delta for a word is minus X's
    y = table[table["outlet"] == "Y"].set_index("word")
    assert y.loc["سلام", "delta"] == pytest.approx(-delta)


def test_compare_keyness_calls_no_seed_word_distinctive(seed_corpus):
    # Asharq Al-Awsat writes ترمب, the other outlets on 4 September 2025 ترامب: one name, one word
    table = compare.keyness(seed_corpus.articles)
    asharq = table[(table["event"] == "paris-2025-09-04") & (table["outlet"] == "Asharq Al-Awsat")].set_index("word")
    assert "ترمب" not in asharq.index
    assert asharq.loc["ترامب", "count"] > 0 and asharq.loc["ترامب", "count_rest"] > 0
    apart = compare.keyness(seed_corpus.articles, spellings={})
    assert apart.set_index(["outlet", "word"]).loc[("Asharq Al-Awsat", "ترمب"), "count_rest"] == 0
    # one article against two: no word passes the corrected threshold
    assert not table["distinctive"].any()
    content = table[table["kind"] == "content"]
    assert content["q"].min() > compare.KEYNESS_ALPHA and table.loc[table["kind"] != "content", "q"].isna().all()
    # clitics are split off and function words set apart: وقال is قال, a function word, never tested
    assert "وقال" not in set(table["word"]) and table.set_index("word").loc["قال", "kind"].iloc[0] == "function"


def test_compare_keyness_calls_a_word_distinctive_only_past_the_corrected_threshold():
    # X says عدوان 40 times in 100 tokens, Y never in 100: distinctive; سلام, equally used, is not
    x_text = " ".join(["عدوان"] * 40 + ["سلام"] * 30 + ["في"] * 30)
    y_text = " ".join(["هدنة"] * 40 + ["سلام"] * 30 + ["في"] * 30)
    articles = _articles([("a", "X", "e", x_text), ("b", "Y", "e", y_text), ("c", "Z", "f", "سلام حرب مفاوضات")])
    table = compare.keyness(articles).set_index(["outlet", "word"])
    assert bool(table.loc[("X", "عدوان"), "distinctive"]) and table.loc[("X", "عدوان"), "q"] < 0.05
    assert bool(table.loc[("X", "هدنه"), "distinctive"]) and table.loc[("X", "هدنه"), "z"] < 0
    assert not table.loc[("X", "سلام"), "distinctive"]
    assert table.loc[("X", "في"), "kind"] == "function" and not table.loc[("X", "في"), "distinctive"]


def test_compare_hedge_rates_per_thousand_words_of_each_voice():
    text = "قال ماكرون إن «ربما تنتهي الحرب قريبا» وقد يتغير الأمر"
    articles = _articles([("a", "X", "e", text)])
    start = text.index("ربما")
    quotes = pd.DataFrame({"article_id": ["a"], "start": [start], "end": [text.index("»")],
                           "speaker_id": ["Emmanuel Macron"], "speaker": ["ماكرون"]})
    hedges = pd.DataFrame({"article_id": ["a", "a"], "category": ["hedge", "hedge"], "voice": ["quoted", "author"],
                           "start": [start, text.index("قد")]})
    table = compare.hedging(hedges, articles, quotes).set_index("voice")
    # 10 words: 4 quoted (ربما تنتهي الحرب قريبا), 6 the author's; one hedge in each voice
    assert table.loc["quoted", ["words", "hedges", "boosters"]].tolist() == [4, 1, 0]
    assert table.loc["author", "words"] == 6
    assert table.loc["quoted", "hedges_per_1000"] == 250.0
    assert table.loc["author", "hedges_per_1000"] == pytest.approx(166.67)
    # one article: no interval (the variation between articles is unknown), and flagged as few
    assert table[["hedges_ci_low", "hedges_ci_high", "boosters_ci_low"]].isna().all().all()
    assert table["few_articles"].all()


def test_compare_outlet_sentiment_gives_n_and_interval_per_cell():
    articles = _articles([("a1", "X", "e", ""), ("a2", "X", "e", ""), ("b1", "Y", "e", "")])
    sentiment = pd.DataFrame({
        "article_id": ["a1", "a1", "a2", "b1", "b1"],
        "source_id": ["author", "author", "Donald Trump", "author", "author"],
        "target_id": ["Russia"] * 5,
        "polarity": ["negative", "negative", "positive", "negative", "negative"],
        "score": [-2.0, -1.0, 1.0, -3.0, -1.0],
    })
    table = compare.outlet_sentiment(sentiment, articles, n_boot=500).set_index("outlet")
    assert table.loc["X", ["n", "n_articles"]].tolist() == [3, 2]
    assert table.loc["X", "mean_score"] == pytest.approx(-2 / 3)
    assert table.loc["X", "ci_low"] <= table.loc["X", "mean_score"] <= table.loc["X", "ci_high"]
    assert table.loc["X", "ci_low"] < table.loc["X", "ci_high"]  # two articles: a real interval
    assert table.loc["Y", "share_negative"] == 1.0
    own = compare.outlet_sentiment(sentiment, articles, voice="author", n_boot=500).set_index("outlet")
    assert own.loc["X", "n"] == 2 and own.loc["X", "mean_score"] == -1.5
    with pytest.raises(ValueError):
        compare.outlet_sentiment(sentiment, articles, voice="readers")


def test_compare_kwic_shows_the_words_behind_a_count(seed_corpus):
    rows = compare.kwic(seed_corpus.articles, "ترمب")
    assert set(rows["outlet"]) == {"Asharq Al-Awsat", "unattributed (001)"}
    texts = dict(zip(seed_corpus.articles["article_id"], seed_corpus.articles["text"], strict=True))
    for r in rows.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.match
        assert fold(r.match) == "ترمب"


def test_compare_comparison_tables_on_the_seeds_carry_n(seed_corpus):
    from framing.pipeline import Analyzer

    tables = compare.comparison_tables(Analyzer().analyze(seed_corpus.articles), seed_corpus.articles, n_boot=200)
    assert set(tables) == set(compare.COMPARISONS)
    counts = {"outlets": "n_articles", "sourcing": "n_quotes", "voice_share": "n_quotes", "voice_types": "n_quotes",
              "verb_classes": "n_quotes", "hedge_rates": "words", "actor_sentiment": "n", "attention": "words",
              "left_out": "n_articles", "keyness": "n_tokens"}
    for name, column in counts.items():
        assert column in tables[name].columns, name
        assert {"event", "outlet"} <= set(tables[name].columns), name
    # the three outlets of 4 September 2025 and the two of 6 January 2026, never mixed
    by_event = tables["outlets"].groupby("event")["outlet"].apply(set).to_dict()
    assert by_event["paris-2026-01-06"] == {"unattributed (001)", "unattributed (003)"}
    assert len(by_event["paris-2025-09-04"]) == 3
    # voice shares of an outlet add up to its quotes
    vs = tables["voice_share"]
    sums = vs.groupby(["event", "outlet"])["quotes"].sum()
    n = vs.groupby(["event", "outlet"])["n_quotes"].first()
    assert (sums == n).all()
