"""Time against length: each step on a long synthetic article of 1x and of 2x the length.

Linear time gives a ratio of 2; the target is at most 2.3. The article is made of the bundled
seeds' lines, each made distinct by a number (so the steps see a real, long article, not the
same few lines), and the steps are timed in this process, in CPU time (so that other work on the
machine does not count), best of ``--repeat`` runs, with the garbage collector paused while a
step runs (as ``timeit`` does):

* tokenisation: ``framing.text.word_tokens`` on the article with a run of diacritics (a tenth of
  its length) in the middle, as scraped pages sometimes carry;
* quotation marks: ``framing.text.quote_mark_spans`` on lines of nested, never-closed marks;
* quotes: ``framing.quotes.quotes_in`` (the document and its mentions made beforehand);
* sentiment: the sentiment scorer's ``find`` (the quotes found beforehand);
* hedges: the hedge finder's ``find`` (the quotes found beforehand);
* hedge phrases: the phrases with a gap (``hedge_patterns.toml``) on lines where every word can
  begin or continue one (لا لم ليس أي أدنى ...), the worst case of their bounded gaps.
* report: what ``framing report`` does besides the analysis and the figures (the comparison
  tables, the table files and index.html with its evidence) for two outlets on one event, each
  with half of the article (analysed beforehand).

From the repository root::

    python benchmarks/linear.py               # 1x = 500,000 characters
    python benchmarks/linear.py --chars 200000 --repeat 3

It prints one row per step: the seconds at 1x and 2x and their ratio, and exits with 1 if a
ratio is above ``--max-ratio`` (2.3).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))


def long_article(chars: int) -> str:
    """The seeds' lines, each numbered, repeated until the text is ``chars`` long."""
    lines = [line.strip() for seed in sorted((REPO_ROOT / "seeds").glob("*.txt"))
             for line in seed.read_text(encoding="utf-8").split("\n") if len(line.split()) > 3]
    out, size, n = [], 0, 0
    while size < chars:
        line = f"{lines[n % len(lines)]} ({n})"
        out.append(line)
        size += len(line) + 1
        n += 1
    return "\n".join(out)[:chars]


def best_time(step: Callable[[], object], repeat: int) -> float:
    """The shortest of ``repeat`` runs of ``step``, in CPU seconds of this process."""
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()  # as timeit does: the collector's passes over many live objects are not the step's
        try:
            start = time.process_time()
            step()
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return min(times)


def steps(chars: int):
    """Each step's name and a function of it that prepares the input and returns the timed call."""
    from framing.actors import mentions_in
    from framing.pipeline import Analyzer
    from framing.quotes import quote_span, quotes_in
    from framing.text import Document, quote_mark_spans, word_tokens

    analyzer = Analyzer()
    article = long_article(chars)

    def tokenisation():
        half = len(article) // 2
        text = article[:half] + " " + "\u064e" * (chars // 10) + " " + article[half:]
        return lambda: word_tokens(text)

    def quotation_marks():
        text = "\n".join(("«قال " * 50) + "“نعم" for _ in range(chars // 300))
        return lambda: quote_mark_spans(text, source="bench")

    def quotes():
        doc = Document("bench", article)
        mentions = mentions_in(doc, analyzer.gazetteer)
        return lambda: quotes_in(doc, mentions, analyzer.quote_resources)

    def sentiment():
        doc = Document("bench", article)
        mentions = mentions_in(doc, analyzer.gazetteer)
        spans = [quote_span(q) for q in quotes_in(doc, mentions, analyzer.quote_resources)]
        return lambda: analyzer.sentiment_scorer.find(doc, mentions, spans)

    def hedges():
        doc = Document("bench", article)
        mentions = mentions_in(doc, analyzer.gazetteer)
        spans = [quote_span(q) for q in quotes_in(doc, mentions, analyzer.quote_resources)]
        return lambda: analyzer.hedge_finder.find(doc, spans)

    def hedge_phrases():
        line = "لا يوجد لم يعد لدينا ليس هناك أي أدنى لا مجال لم يحدد موعد"
        text = "\n".join(f"{line} {n}" for n in range(chars // (len(line) + 8)))
        matcher = analyzer.hedge_finder.pattern_matcher
        tokens = word_tokens(text)
        return lambda: matcher.find(text, tokens)

    def report():
        import pandas as pd

        from framing.compare import comparison_tables
        from framing.corpus import Corpus
        from framing.output import table_bytes
        from framing.report import index_html, report_tables

        half = len(article) // 2
        articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["Outlet A", "Outlet B"],
                                 "date": ["2026-01-06"] * 2, "event": ["summit"] * 2,
                                 "text": [article[:half], article[half:]]})
        corpus = Corpus(articles, pd.DataFrame(columns=["article_id", "start", "end", "removed"]))
        tables = analyzer.analyze(articles)

        def page():
            comparison = comparison_tables(tables, articles)
            files = [table_bytes(frame, fmt) for frame in report_tables(corpus, tables, comparison).values()
                     for fmt in ("parquet", "csv")]
            return files, index_html(articles, tables, comparison, {}, gazetteer=analyzer.gazetteer)

        return page

    return {"tokenisation": tokenisation, "quotation marks": quotation_marks, "quotes": quotes,
            "sentiment": sentiment, "hedges": hedges, "hedge phrases": hedge_phrases, "report": report}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=500_000, help="length of the 1x article (default: 500000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each step; the best counts (default: 5)")
    parser.add_argument("--max-ratio", type=float, default=2.3, help="the highest 2x/1x ratio that passes")
    parser.add_argument("--only", nargs="*", help="steps to time (default: all)")
    args = parser.parse_args(argv)
    failed = False
    print(f"{'step':<16} {'1x (s)':>8} {'2x (s)':>8} {'2x/1x':>6}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in steps(args.chars):
            if args.only and name not in args.only:
                continue
            one = best_time(prepare_step(args.chars, name), args.repeat)
            two = best_time(prepare_step(2 * args.chars, name), args.repeat)
            ratio = two / one if one else float("inf")
            failed |= ratio > args.max_ratio
            print(f"{name:<16} {one:8.3f} {two:8.3f} {ratio:6.2f}{'' if ratio <= args.max_ratio else '  too slow'}")
    return 1 if failed else 0


def prepare_step(chars: int, name: str) -> Callable[[], object]:
    return steps(chars)[name]()


if __name__ == "__main__":
    sys.exit(main())
