"""Run every measure over a corpus, with each lexicon loaded once.

The analysis of one article is a pure function of its row and the loaded lexicons
(:meth:`Analyzer.analyze_article`), so articles can be processed in any order, in chunks or in
parallel, and the tables concatenated.

>>> from framing import load_corpus
>>> tables = Analyzer().analyze(load_corpus("seeds"))
>>> sorted(tables)
['hedges', 'mentions', 'quotes', 'sentiment']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .actors import MENTION_COLUMNS, Gazetteer, load_gazetteer, mentions_in
from .hedges import HEDGE_COLUMNS, HedgeFinder, load_hedge_lexicon, load_hedge_patterns
from .matcher import LexiconMatcher, LexiconSet
from .quotes import QUOTE_COLUMNS, QuoteResources, load_quote_resources, quote_span, quotes_in
from .sentiment import SENTIMENT_COLUMNS, SentimentScorer, load_sentiment_lexicon
from .text import Document

TABLE_COLUMNS = {"mentions": MENTION_COLUMNS, "quotes": QUOTE_COLUMNS, "hedges": HEDGE_COLUMNS,
                 "sentiment": SENTIMENT_COLUMNS}


@dataclass
class Analyzer:
    """The loaded lexicons of every measure. Each may be replaced by a user's file; the
    gazetteer serves every measure (mentions, quote speakers, the sentiment rules' anaphors)."""

    gazetteer: Gazetteer | None = None
    quote_resources: QuoteResources | None = None
    hedge_finder: HedgeFinder | None = None
    sentiment_scorer: SentimentScorer | None = None
    # every matcher of the measures, run in one pass over each article (set by __post_init__)
    lexicons: LexiconSet = field(init=False, repr=False, compare=False)

    @classmethod
    def from_files(cls, *, gazetteer: str | Path | None = None, add_gazetteer: str | Path | None = None,
                   cues: str | Path | None = None, hedges: str | Path | None = None,
                   hedge_patterns: str | Path | None = None, sentiment: str | Path | None = None) -> Analyzer:
        """Load the bundled lexicons, or the user's files where given; ``add_gazetteer`` adds its
        actors to the gazetteer (``framing actors --gazetteer-entries`` writes such a file)."""
        g = load_gazetteer(gazetteer, extra=add_gazetteer)
        return cls(
            g,
            load_quote_resources(cues=cues, gazetteer=g),
            HedgeFinder(load_hedge_lexicon(hedges), load_hedge_patterns(hedge_patterns)),
            SentimentScorer(load_sentiment_lexicon(sentiment), gazetteer=g),
        )

    def __post_init__(self):
        self.gazetteer = self.gazetteer or load_gazetteer()
        self.quote_resources = self.quote_resources or load_quote_resources(gazetteer=self.gazetteer)
        self.hedge_finder = self.hedge_finder or HedgeFinder()
        self.sentiment_scorer = self.sentiment_scorer or SentimentScorer(gazetteer=self.gazetteer)
        self.lexicons = LexiconSet(self.matchers())

    def matchers(self) -> list[LexiconMatcher]:
        """Every lexicon matcher of the measures: actors and role words, reporting cues and
        speaker nouns, hedges, sentiment terms and idioms with an actor slot.

        >>> len(Analyzer().matchers())
        7
        """
        parts = (self.gazetteer, self.quote_resources, self.hedge_finder, self.sentiment_scorer)
        return [v for part in parts for v in vars(part).values() if isinstance(v, LexiconMatcher)]

    def analyze_article(self, article_id: str, text: str, date: str | None = None) -> dict[str, list[dict]]:
        """Every measure's rows for one article."""
        # __post_init__ loaded every lexicon that was not given
        assert self.gazetteer is not None and self.quote_resources is not None
        assert self.hedge_finder is not None and self.sentiment_scorer is not None
        doc = Document(article_id, text, date, self.lexicons)
        mentions = mentions_in(doc, self.gazetteer)
        quotes = quotes_in(doc, mentions, self.quote_resources)
        spans = [quote_span(q) for q in quotes]
        hedges = self.hedge_finder.find(doc, spans)
        sentiment = self.sentiment_scorer.find(doc, mentions, spans)
        return {"mentions": mentions, "quotes": quotes, "hedges": hedges, "sentiment": sentiment}

    def analyze_rows(self, articles: pd.DataFrame, on_article: Callable[[], object] | None = None) -> dict[str, list[dict]]:
        """Every measure's rows, table by table, for a DataFrame of articles (``article_id, text,
        date``), in the order of the articles; ``on_article`` is called after each (a progress bar's
        update)."""
        rows: dict[str, list[dict]] = {name: [] for name in TABLE_COLUMNS}
        dates = articles["date"] if "date" in articles else [None] * len(articles)
        for article_id, text, date in zip(articles["article_id"], articles["text"], dates, strict=True):
            result = self.analyze_article(str(article_id), str(text), None if pd.isna(date) else str(date))
            for name, found in result.items():
                rows[name].extend(found)
            if on_article is not None:
                on_article()
        return rows

    def analyze(self, articles: pd.DataFrame, on_article: Callable[[], object] | None = None) -> dict[str, pd.DataFrame]:
        """Every measure's table for a DataFrame of articles (``article_id, text, date``)."""
        rows = self.analyze_rows(articles, on_article)
        return {name: pd.DataFrame(rows[name], columns=cols) for name, cols in TABLE_COLUMNS.items()}
