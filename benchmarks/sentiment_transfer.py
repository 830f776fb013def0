"""Sentiment on a set no training saw: leave-one-set-out over the development sets, scored at the
span level as ``framing evaluate sentiment`` scores (precision, recall and F1 of evaluations).

    python benchmarks/sentiment_transfer.py              # every development set
    python benchmarks/sentiment_transfer.py events19     # leave out only these
    python benchmarks/sentiment_transfer.py --min-probability 0.9   # the rules+classifier threshold

For each development set, the target-dependent classifier (framing.classifier) is trained on the
(sentence, actor) pairs of the other development sets (framing.classifier.pairs_from_gold), and the
left-out set is scored three ways: the rules alone (the default scorer), the classifier alone (a
row where its most probable class is positive or negative with probability >= 0.5) and the rules
plus the classifier's rows of probability >= 0.8 for pairs the rules leave unevaluated
(framing.classifier.RulesAndClassifier; ``--min-probability`` sets that threshold). Each cell is
precision/recall/F1, the recall of the clear evaluations (those the gold does not mark
debatable, ``recall_clear`` of ``framing evaluate``) and the number found. Pooled = the counts of
all left-out sets summed.

The held-out sets are not used here at all (neither for training nor for scoring): they are the
estimate for unseen text, and a model trained on them would spoil it. This is therefore a measure
of transfer to a new set of articles (new events, new outlets) with the rules as they are, and the
rules were tuned on these very sets' errors, so the rules' column is optimistic; the classifier's
columns are not (it never sees the left-out set).

The classifier's logistic regression has ``random_state=0`` and the pairs are built in a fixed
order: the output is the same from run to run.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from threadpoolctl import threadpool_limits

from framing.actors import find_mentions
from framing.classifier import ClassifierScorer, RulesAndClassifier, TargetSentimentClassifier, pairs_from_gold
from framing.corpus import Corpus, bundled_seeds, read_corpus
from framing.evaluate import match_sentiment, prf, sentiment_gold, to_raw
from framing.quotes import find_quotes
from framing.sentiment import find_sentiment

DEVELOPMENT = ("seeds", "heldout", "heldout2", "events", "events2", "events3", "events4", "events6", "events10",
               "events14", "events16", "events19", "events21", "events23", "events25", "events27", "events29", "events31")
ROOT = Path(__file__).resolve().parent.parent


def load_set(name: str) -> tuple[Corpus, pd.DataFrame, pd.DataFrame]:
    """A development set's corpus, its span-level sentiment gold and its (sentence, actor) pairs."""
    folder = None if name == "seeds" else ROOT / "tests/fixtures" / name
    corpus = read_corpus(folder or bundled_seeds())
    gold = sentiment_gold(corpus, folder)
    return corpus, gold, pairs_from_gold(corpus.articles, gold)


def counts(corpus: Corpus, gold: pd.DataFrame, scorer, mentions: pd.DataFrame,
           quotes: pd.DataFrame) -> tuple[int, int, int, int, int]:
    """(gold, found, matched, clear gold, clear matched) evaluations of one scorer on one set; the
    clear ones are those the gold does not mark debatable (``recall_clear`` of ``framing evaluate``)."""
    found = to_raw(find_sentiment(corpus.articles, mentions, quotes, scorer=scorer), corpus)
    pairs = match_sentiment(gold, found)
    clear = gold["debatable"] == "no" if "debatable" in gold else pd.Series(True, index=gold.index)
    return len(gold), len(found), len(pairs), int(clear.sum()), sum(bool(clear.loc[g]) for g, _ in pairs)


def cell(n_gold: int, n_found: int, n_matched: int, n_clear: int, n_clear_matched: int) -> str:
    """P/R/F1, clear recall and the number found.

    >>> cell(10, 8, 6, 5, 4)
    '0.750/0.600/0.667 0.800 (   8)'
    """
    s = prf(n_gold, n_found, n_matched)
    clear = n_clear_matched / n_clear if n_clear else 0.0
    return f"{s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f} {clear:.3f} ({n_found:4d})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help="development sets to leave out (default: all)")
    parser.add_argument("--min-probability", type=float, default=0.8, metavar="P",
                        help="the probability from which rules+classifier adds a classifier row (default: 0.8)")
    args = parser.parse_args()
    methods = ("rules", "classifier>=0.5", f"rules+classifier>={args.min_probability:g}")
    unknown = [s for s in args.sets if s not in DEVELOPMENT]
    if unknown:
        parser.error(f"{unknown[0]} is not a development set ({', '.join(DEVELOPMENT)})")
    left_out = args.sets or list(DEVELOPMENT)
    data = {name: load_set(name) for name in DEVELOPMENT}
    print(f"{'set':10s} {'gold':>5s}  " + "  ".join(f"{m + ' P/R/F1 clear (found)':35s}" for m in methods))
    pooled = {m: [0, 0, 0, 0, 0] for m in methods}
    for name in left_out:
        train = pd.concat([data[other][2] for other in DEVELOPMENT if other != name], ignore_index=True)
        model = TargetSentimentClassifier().fit(train, train["polarity"])
        corpus, gold, _ = data[name]
        mentions = find_mentions(corpus.articles)
        quotes = find_quotes(corpus.articles, mentions)
        scorers = dict(zip(methods, (None, ClassifierScorer(model, min_probability=0.5),
                                     RulesAndClassifier(model, min_probability=args.min_probability)), strict=True))
        line = []
        for method, scorer in scorers.items():
            n = counts(corpus, gold, scorer, mentions, quotes)
            pooled[method] = [a + b for a, b in zip(pooled[method], n, strict=True)]
            line.append(f"{cell(*n):35s}")
        print(f"{name:10s} {len(gold):5d}  " + "  ".join(line), flush=True)
    print(f"{'pooled':10s} {pooled['rules'][0]:5d}  " + "  ".join(f"{cell(*pooled[m]):35s}" for m in methods))


if __name__ == "__main__":
    with threadpool_limits(limits=1):
        main()
