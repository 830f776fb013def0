"""Throughput of the full analysis against camel-tools' word tokenizer, on one core.

Builds a deterministic synthetic corpus of seed-sized articles by resampling the sentences of the
bundled seeds (``random.Random(seed)``), then measures in the same process:

* the reference: ``camel_tools.tokenizers.word.simple_word_tokenize`` over every raw article;
* the full analysis: ``framing.corpus.clean_text`` then ``Analyzer.analyze_article`` (mentions,
  quotes, hedges, sentiment) over every article.

It prints articles/s and MB/s of both, the ratio full/reference and the peak RSS. Run from the
repository root::

    python benchmarks/throughput.py --n 2000
    python benchmarks/throughput.py --n 2000 --profile profile.txt  # with pyinstrument
    python benchmarks/throughput.py --n 1000 --stages  # where the time goes, against the reference

The same script writes synthetic corpora for the scale measurements (nothing is timed then)::

    python benchmarks/throughput.py --n 200000 --write /tmp/synthetic.jsonl
    python benchmarks/throughput.py --n 200000 --write /tmp/synthetic.parquet
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "seeds"
OUTLETS = ("Outlet A", "Outlet B", "Outlet C", "Outlet D")
EVENTS = (("paris-2025-09-04", "2025-09-04"), ("paris-2026-01-06", "2026-01-06"))


# ---------------------------------------------------------------------------------------------
# The synthetic corpus


def seed_sentences(seeds: Path = SEEDS) -> tuple[list[str], list[int]]:
    """The sentences of the seeds' raw text whose quotation marks balance, and the seeds' lengths.

    >>> sentences, lengths = seed_sentences()
    >>> len(sentences) > 100, sorted(lengths)[0] > 5000
    (True, True)
    """
    from framing.errors import FramingWarning
    from framing.text import quote_mark_spans, sentence_spans

    sentences, lengths = [], []
    for path in sorted(seeds.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        lengths.append(len(raw))
        for sentence in sentence_spans(raw):
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", FramingWarning)
                quote_mark_spans(sentence.text)
            if not caught:
                sentences.append(sentence.text)
    return sentences, lengths


def synthetic_articles(n: int, *, seed: int = 0) -> Iterator[dict]:
    """``n`` deterministic seed-sized articles: each resamples seed sentences into paragraphs up to
    the length of a randomly chosen seed.

    >>> a = list(synthetic_articles(2))
    >>> [x["article_id"] for x in a], a == list(synthetic_articles(2))
    (['syn-0000000', 'syn-0000001'], True)
    """
    sentences, lengths = seed_sentences()
    rng = random.Random(seed)
    for i in range(n):
        target = rng.choice(lengths)
        paragraphs, size = [], 0
        while size < target:
            paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        event, date = rng.choice(EVENTS)
        yield {
            "article_id": f"syn-{i:07d}",
            "outlet": rng.choice(OUTLETS),
            "date": date,
            "event": event,
            "language": "ar",
            "text": "\n\n".join(paragraphs),
        }


def write_corpus(n: int, path: Path, *, seed: int = 0, batch: int = 5000) -> None:
    """Write ``n`` synthetic articles to a JSONL or Parquet file (Parquet: one row group per batch)."""
    path = Path(path)
    articles = synthetic_articles(n, seed=seed)
    if path.suffix == ".jsonl":
        with open(path, "w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
        return
    if path.suffix != ".parquet":
        raise SystemExit(f"{path}: give a .jsonl or .parquet file")
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.string()) for name in ("article_id", "outlet", "date", "event", "language", "text")])
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        rows: list[dict] = []
        for article in articles:
            rows.append(article)
            if len(rows) == batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))


# ---------------------------------------------------------------------------------------------
# Measuring


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_reference(texts: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of camel-tools' tokenizer over ``texts``."""
    from camel_tools.tokenizers.word import simple_word_tokenize

    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        simple_word_tokenize(text)
    return time.perf_counter() - wall, time.process_time() - cpu


def run_full(articles: list[dict], analyzer) -> tuple[float, float, dict[str, int]]:
    """(wall seconds, CPU seconds, rows per table) of the full analysis of ``articles``."""
    from framing.corpus import clean_text

    counts = {"mentions": 0, "quotes": 0, "hedges": 0, "sentiment": 0}
    wall, cpu = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for article in articles:
            cleaned = clean_text(article["text"])
            result = analyzer.analyze_article(article["article_id"], cleaned.text, article["date"])
            for name, rows in result.items():
                counts[name] += len(rows)
    return time.perf_counter() - wall, time.process_time() - cpu, counts


def run_stages(articles: list[dict], analyzer, repeat: int) -> list[tuple[str, float]]:
    """Best wall seconds of each step of the analysis over ``articles``, each on top of the last:
    cleaning; tokens and sentences; every lexicon matcher over every article; the whole analysis
    (the rules of mentions, quotes, hedges and sentiment on top of the matches)."""
    from framing.corpus import clean_text
    from framing.text import Document, word_tokens

    texts = [clean_text(a["text"]).text for a in articles]
    matchers = analyzer.matchers()

    def matched():
        for text in texts:
            doc = Document("a", text)
            for matcher in matchers:
                doc.matches(matcher)

    steps = [
        ("cleaning (clean_text)", lambda: [clean_text(a["text"]) for a in articles]),
        ("word tokens alone (word_tokens)", lambda: [word_tokens(t) for t in texts]),
        ("tokens and sentences (Document)", lambda: [Document("a", t) for t in texts]),
        (f"+ the {len(matchers)} lexicon matchers", matched),
        ("+ the rules: the whole analysis of cleaned text",
         lambda: [analyzer.analyze_article(a["article_id"], t, a["date"])
                  for a, t in zip(articles, texts, strict=True)]),
    ]
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, step in steps:
            best = float("inf")
            for _ in range(repeat):
                start = time.perf_counter()
                step()
                best = min(best, time.perf_counter() - start)
            out.append((name, best))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="number of synthetic articles (default: 2000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the resampling (default: 0)")
    parser.add_argument("--write", type=Path, help="only write the corpus to this .jsonl or .parquet file")
    parser.add_argument("--profile", type=Path, help="profile the full analysis with pyinstrument; write the report here")
    parser.add_argument("--repeat", type=int, default=1, help="time each side this many times, keep the best")
    parser.add_argument("--stages", action="store_true",
                        help="also time the steps of the analysis, each as a share of the reference's time")
    args = parser.parse_args(argv)
    sys.path.append(str(REPO_ROOT))  # an installed framing (or PYTHONPATH) comes first
    if args.write:
        start = time.perf_counter()
        write_corpus(args.n, args.write, seed=args.seed)
        size = args.write.stat().st_size / 1e6
        print(f"wrote {args.n} articles to {args.write} ({size:.1f} MB) in {time.perf_counter() - start:.1f} s")
        return 0

    from framing.pipeline import Analyzer

    articles = list(synthetic_articles(args.n, seed=args.seed))
    texts = [a["text"] for a in articles]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    analyzer = Analyzer()
    analyzer.analyze_article("warm-up", texts[0], None)  # lazy imports and caches of the first call

    reference = min(run_reference(texts) for _ in range(args.repeat))
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    runs = [run_full(articles, analyzer) for _ in range(args.repeat)]
    if args.profile:
        profiler.stop()
        args.profile.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    full = min(runs, key=lambda r: r[0])
    counts = full[2]

    print(f"corpus: {args.n} synthetic articles, {megabytes:.2f} MB of UTF-8 text (seed {args.seed})")
    for name, (wall, cpu) in (("reference (camel-tools simple_word_tokenize)", reference[:2]),
                              ("full analysis (clean, mentions, quotes, hedges, sentiment)", full[:2])):
        print(f"{name}:\n  wall {args.n / wall:8.1f} articles/s {megabytes / wall:6.2f} MB/s"
              f" | CPU {args.n / cpu:8.1f} articles/s {megabytes / cpu:6.2f} MB/s")
    print(f"ratio full/reference throughput: wall {reference[0] / full[0]:.2f} | CPU {reference[1] / full[1]:.2f}")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    if args.stages:
        print("steps, each timed alone (best of --repeat), in seconds and as a share of the reference's time:")
        for name, seconds in run_stages(articles, analyzer, args.repeat):
            print(f"  {name:<50} {seconds:7.2f} s {seconds / reference[0]:6.2f}")
    if args.profile:
        print(f"profile written to {args.profile}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
