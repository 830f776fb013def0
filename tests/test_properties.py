"""Properties over arbitrary text: the pipeline never crashes, every offset it reports slices the
text to what it reports, and normalisation is idempotent."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from framing.actors import load_gazetteer
from framing.corpus import clean_text
from framing.errors import FramingWarning
from framing.hedges import load_hedge_lexicon
from framing.pipeline import TABLE_COLUMNS, Analyzer
from framing.quotes import load_cues
from framing.sentiment import load_sentiment_lexicon
from framing.text import fold, normalize_ar, word_tokens


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _lexicon_words() -> list[str]:
    """A few entries of every lexicon, so that generated text meets the matchers."""
    names = sorted({alias.text for alias in load_gazetteer().aliases})[::25]
    cues = load_cues()["cue"].tolist()[::40]
    hedges = load_hedge_lexicon()["cue"].tolist()[::15]
    sentiment = load_sentiment_lexicon()["cue"].tolist()[::80]
    return names + cues + hedges + sentiment + ["قال", "إن", "أن", "ماكرون", "بوتين", "زيلينسكي", "ربما", "قد"]


NAMES = ["ماكرون", "بوتين", "زيلينسكي", "الكرملين", "روسيا", "الرئيس الأميركي", "Macron"]
WORDS = _lexicon_words()
ANY_CHARACTER = st.characters(blacklist_categories=("Cs",))  # every code point but surrogates
ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)  # letters, diacritics, digits, marks
MARKS = st.sampled_from(
    [" ", " ", " ", "\n", "\r\n", "\r", "\t", ".", "،", "؛", "؟", "!", ":", "«", "»", "“", "”", "„", '"', "'",
     "‹", "›", "(", ")", "-", "\u0640", "\u064e", "\u0651", "\u0670", "\u200b", "\u200c", "\u200f", "\u202b",
     "\u2067", "\u061c", "\ufeff", "\u00ad", "\x00", "\x1b", "\x7f", "\u2028", "\u0660", "1"]
)
# Sentences shaped like news, to reach the quote and sentiment rules: a cue, a speaker, content
# in or out of quotation marks, an evaluation of an actor.
SENTENCES = st.builds(
    "و{} {} {} {}{} {}. ".format,
    st.sampled_from(["قال", "أكد", "أعلن", "حذر", "أضاف", "نفى", "اعتبر"]), st.sampled_from(NAMES),
    st.sampled_from(["إن", "أن", ":", "", "«", "“"]), st.sampled_from(NAMES + WORDS), st.sampled_from(["", "»", "”"]),
    st.sampled_from(WORDS),
)
PIECES = st.one_of(st.sampled_from(WORDS).map(lambda w: w + " "), SENTENCES, MARKS, st.text(ARABIC, max_size=6),
                   st.text(ANY_CHARACTER, max_size=3))
ARTICLES = st.lists(PIECES, max_size=80).map("".join)


def _check_offsets(text: str, tables: dict[str, pd.DataFrame]) -> None:
    """Every reported span slices ``text`` to the reported surface, cue or quoted text."""
    spans = {"mentions": [("surface", "start", "end")],
             "quotes": [("text", "start", "end"), ("cue", "cue_start", "cue_end")],
             "hedges": [("cue", "start", "end")], "sentiment": [("cue", "start", "end")]}
    for name, table in tables.items():
        assert table.columns.tolist() == TABLE_COLUMNS[name]
        assert (table["article_id"] == "a").all()
        for column, start, end in spans[name]:
            for value, s, e in zip(table[column], table[start], table[end], strict=True):
                if name == "quotes" and column == "cue" and value == "":
                    assert (s, e) == (-1, -1)  # a continuation quote: no cue of its own
                    continue
                assert 0 <= s < e <= len(text), (name, column, s, e)
                assert text[int(s):int(e)] == value, (name, column)


def _analyze(analyzer: Analyzer, text: str) -> dict[str, pd.DataFrame]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FramingWarning)  # unbalanced quotation marks are expected
        return analyzer.analyze(pd.DataFrame({"article_id": ["a"], "text": [text], "date": ["2026-01-06"]}))


@settings(max_examples=60)
@given(ARTICLES)
@example('يعد ""وقال ماكرون إن ماكرون AFP. ')  # empty quotation marks after a cue: once an empty quote
@example('وقال ماكرون « ماكرون AFP. .\n')  # only a line break after an unclosed mark: once an IndexError
def test_properties_pipeline_offsets_slice_the_text(analyzer, text):
    _check_offsets(text, _analyze(analyzer, text))


@settings(max_examples=40)
@given(ARTICLES)
def test_properties_pipeline_on_cleaned_text(analyzer, raw):
    """As the corpus reader feeds it: the cleaned text, with or without anything left."""
    text = clean_text(raw).text
    _check_offsets(text, _analyze(analyzer, text))


def test_properties_words_reach_the_matchers(analyzer):
    """The generated text is not only noise: the lexicon words alone give findings of every kind."""
    text = "وقال ماكرون إن روسيا ربما لا تريد السلام، وأضاف بوتين: «لن نتراجع». " + " ".join(WORDS[:60])
    tables = _analyze(analyzer, text)
    assert all(len(tables[name]) > 0 for name in ("mentions", "quotes", "hedges"))
    _check_offsets(text, tables)


@settings(max_examples=300)
@given(st.text(ANY_CHARACTER, max_size=30) | ARTICLES)
def test_properties_normalize_ar_idempotent_on_any_text(text):
    once = normalize_ar(text)
    assert normalize_ar(once) == once


@settings(max_examples=300)
@given(st.text(ANY_CHARACTER, max_size=12) | ARTICLES)
def test_properties_fold_idempotent(text):
    assert fold(fold(text)) == fold(text)
    for token in word_tokens(text):
        assert fold(fold(token.text)) == fold(token.text)
