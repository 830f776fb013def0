"""Labels: how an outlet names an actor, and the evaluations its pejorative or honorific names carry.

The labels are data (``framing/data/labels.tsv``, documented in its header): «كيان الاحتلال» is a
pejorative name of Israel, «النظام» before a state's adjective and «الانفصالية» after a movement's
name are pejorative, «حفظه الله» after a ruler's name and «الشقيقة» after a state's are honorific.
Each rule below finds one position of a label next to the actor mentions of a document; every
evaluation it yields names the rule in ``method`` (``label:self``, ``label:before``,
``label:after``, ``label:alone``, ``label:back``), so that a researcher can keep or drop labels as a class.

>>> from framing.actors import find_mentions
>>> articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-01-20"],
...     "text": ["وقال إن الكيان الصهيوني لن ينجح، وأشاد بدولة الكويت الشقيقة."]})
>>> [(e.label, e.actor_id, e.polarity, e.rule) for e in find_labels(articles, find_mentions(articles))]
[('الكيان الصهيوني', 'Israel', 'negative', 'self'), ('الشقيقة', 'Kuwait', 'positive', 'after')]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from .lexicon import read_tsv
from .text import QUOTE_MARKS, Document, fold

POSITIONS = {"self", "before", "after", "alone", "back"}
KINDS = {"pejorative", "honorific"}
# Marks an outlet sets around a label after a name (الملك سلمان -حفظه الله-، (حفظه الله)، عُمان «الشقيقة»).
LABEL_MARKS = frozenset(" -–—()\"«»“”")  # and quotation marks (عُمان "الشقيقة")
# ... and, for an honorific, the commas of a parenthesis (الشيخ تميم بن حمد آل ثاني، حفظه الله، في ...).
HONORIFIC_MARKS = frozenset("،,")
NAMING_COLUMNS = ["event", "outlet", "actor_id", "name", "form", "label", "mentions", "articles", "example_article",
                  "example_start", "example_end"]


@dataclass(frozen=True)
class Label:
    """One label of a document: its words, the actor it names and how."""

    article_id: str
    start: int
    end: int
    label: str
    actor_id: str
    polarity: str
    kind: str
    rule: str  # the position rule that found it: self, before, after or alone


@dataclass(frozen=True)
class LabelEntry:
    words: tuple[str, ...]  # folded
    position: str
    actor: str
    polarity: str
    kind: str
    targets: int
    takes: str = "any"  # before: adjective, name or any


@cache
def _bundled() -> tuple[LabelEntry, ...]:
    return label_entries(load_labels())


@cache
def alone_entries() -> tuple[LabelEntry, ...]:
    """The bundled labels that stand for an actor without naming it (position ``alone``)."""
    return tuple(e for e in _bundled() if e.position == "alone")


def load_labels(path: str | Path | None = None) -> pd.DataFrame:
    """The label lexicon (bundled, or a user's TSV with the same columns).

    >>> table = load_labels()
    >>> table.loc[table["label"] == "حفظهما الله", ["position", "kind", "targets"]].values.tolist()
    [['after', 'honorific', '2']]
    """
    return read_tsv(path or "labels.tsv", required=["label", "position", "actor", "polarity", "kind"],
                    choices={"position": POSITIONS, "kind": KINDS, "polarity": {"positive", "negative"}})


def label_entries(table: pd.DataFrame) -> tuple[LabelEntry, ...]:
    targets = table["targets"] if "targets" in table else pd.Series("1", index=table.index)
    takes = table["takes"] if "takes" in table else pd.Series("any", index=table.index)
    return tuple(LabelEntry(tuple(fold(w) for w in str(label).split()), position, str(actor), polarity, kind,
                            int(n or 1), str(take or "any"))
                 for label, position, actor, polarity, kind, n, take in zip(
                     table["label"], table["position"], table["actor"], table["polarity"], table["kind"], targets,
                     takes, strict=True))


def labels_in(doc: Document, mentions: Sequence[dict], entries: Sequence[LabelEntry] | None = None) -> list[Label]:
    """The labels of one document, given its actor mentions (rows of :func:`framing.actors.find_mentions`).

    >>> from framing.actors import mentions_in, load_gazetteer
    >>> doc = Document("a", "ندد بما تقوم به ميليشيا الحوثي، بينما يواصل النظام الجزائري مناوراته.", "2025-01-20")
    >>> [(x.label, x.actor_id, x.rule) for x in labels_in(doc, mentions_in(doc, load_gazetteer()))]
    [('ميليشيا', 'Houthis', 'before'), ('النظام', 'Algeria', 'before')]
    """
    entries = _bundled() if entries is None else entries
    index = _MentionIndex(doc, mentions)
    found = []
    for entry in entries:
        rule = _RULES[entry.position]
        found.extend(rule(doc, index, entry))
    unique = {(x.start, x.end, x.actor_id): x for x in sorted(found, key=lambda x: (x.start, -x.end, x.actor_id))}
    kept: list[Label] = []
    reach: dict[str, int] = {}  # the longest label only: حكومة الاحتلال, not الاحتلال inside it
    for x in sorted(unique.values(), key=lambda x: (x.start, -x.end)):
        if reach.get(x.actor_id, -1) >= x.end:
            continue
        reach[x.actor_id] = max(reach.get(x.actor_id, -1), x.end)
        kept.append(x)
    return sorted(kept, key=lambda x: (x.start, x.actor_id))


def find_labels(articles: pd.DataFrame, mentions: pd.DataFrame) -> list[Label]:
    """The labels of every article (``mentions`` as :func:`framing.actors.find_mentions` gives them)."""
    from .actors import documents

    by_article = {aid: rows.to_dict("records") for aid, rows in mentions.groupby("article_id", sort=False)}
    out: list[Label] = []
    for doc in documents(articles):
        out.extend(labels_in(doc, by_article.get(doc.article_id, [])))
    return out


class _MentionIndex:
    """A document's mentions by their first and last token and by each of their tokens, and its
    tokens by their first word (built once per document for every label entry)."""

    def __init__(self, doc: Document, mentions: Iterable[dict]):
        starts = doc.token_starts
        self.by_first: dict[int, dict] = {}
        self.by_last: dict[int, dict] = {}
        self.at: dict[int, dict] = {}  # every token of a mention
        self.actors: set[str] = set()
        # token positions by folded word, and by the word less a leading و or ف (وصنيعته) or a
        # preposition joined to it (الدعم الغربي لكيان الاحتلال)
        self.starting: dict[str, list[int]] = doc.word_positions
        for m in sorted(mentions, key=lambda m: (int(m["start"]), -int(m["end"]))):
            first = bisect_right(starts, int(m["start"])) - 1
            last = bisect_right(starts, int(m["end"]) - 1) - 1
            if first < 0 or doc.tokens[first].end <= int(m["start"]):
                continue
            record = {**m, "first_token": first, "last_token": last}
            self.by_first.setdefault(first, record)
            self.by_last[last] = record
            for k in range(first, last + 1):
                self.at.setdefault(k, record)
            self.actors.add(str(m["actor_id"]))
            if m.get("form") in ("name", "title") and isinstance(m.get("affiliation"), str) and m["affiliation"]:
                self.actors.add(m["affiliation"])  # رئيس وزراء الاحتلال الإسرائيلي بنيامين نتنياهو names Israel too


def _matches(doc: Document, index: _MentionIndex, words: tuple[str, ...]):
    """Token indices where ``words`` start, in one clause (no punctuation inside the label); the
    first word may carry و or ف (وصنيعته) or a joined preposition (لكيان الاحتلال). Only the tokens
    that begin with the label's first word are looked at (:attr:`_MentionIndex.starting`).

    >>> doc = Document("a", "النظام وصنيعته الجبهة", "2025-01-01")
    >>> list(_matches(doc, _MentionIndex(doc, []), ("صنيعته",)))
    [1]
    >>> doc = Document("a", "الدعم الغربي لكيان الاحتلال", "2025-01-01")
    >>> list(_matches(doc, _MentionIndex(doc, []), ("كيان", "الاحتلال")))
    [2]
    """
    folded = doc.folded
    n = len(words)
    for i in index.starting.get(words[0], ()):
        if i + n <= len(folded) and tuple(folded[i + 1 : i + n]) == words[1:] and all(
                not doc.text[doc.tokens[k].end : doc.tokens[k + 1].start].strip() for k in range(i, i + n - 1)):
            yield i


def _label(doc: Document, first: int, last: int, actor: str, entry: LabelEntry, rule: str) -> Label:
    start, end = doc.tokens[first].start, doc.tokens[last].end
    if doc.folded[first] != entry.words[0]:
        start += 1  # past و, ف or a joined preposition
    return Label(doc.article_id, start, end, doc.text[start:end], actor, entry.polarity, entry.kind, rule)


def self_label(doc: Document, index: _MentionIndex, entry: LabelEntry) -> list[Label]:
    """A mention whose words are the label: «كيان الاحتلال» names Israel and demeans it.

    >>> doc = Document("a", "وأكد أن كيان الاحتلال سيدفع الثمن.", "2025-01-20")
    >>> e = LabelEntry(("كيان", "الاحتلال"), "self", "", "negative", "pejorative", 1)
    >>> [(x.label, x.actor_id) for x in self_label(doc, _MentionIndex(doc, [{"start": 8, "end": 21, "actor_id": "Israel"}]), e)]
    [('كيان الاحتلال', 'Israel')]
    """
    out = []
    for i in _matches(doc, index, entry.words):
        mention = index.by_first.get(i)
        if mention is not None and mention["last_token"] == i + len(entry.words) - 1:
            out.append(_label(doc, i, mention["last_token"], str(mention["actor_id"]), entry, "self"))
    return out


def before_label(doc: Document, index: _MentionIndex, entry: LabelEntry) -> list[Label]:
    """A label right before the mention it names: «النظام الجزائري», «ميليشيا الحوثي».

    The label may begin a name the gazetteer lists whole (ميليشيا الحوثي). Otherwise the entry's
    ``takes`` says what must follow: an adjective of the state (النظام الجزائري), a name, title or
    metonym (نظام الأسد، المستعمر السابق فرنسا; نظام الدفاع الجوي الأمريكي names no regime), or any.

    >>> doc = Document("a", "يواصل النظام الجزائري مناوراته", "2025-01-20")
    >>> e = LabelEntry(("النظام",), "before", "", "negative", "pejorative", 1, "adjective")
    >>> [(x.label, x.actor_id) for x in before_label(doc, _MentionIndex(doc, [{"start": 13, "end": 21, "actor_id": "Algeria", "form": "demonym"}]), e)]
    [('النظام', 'Algeria')]
    """
    out = []
    for i in _matches(doc, index, entry.words):
        last = i + len(entry.words) - 1
        holding = index.by_first.get(i)
        if holding is not None and holding["last_token"] > last:  # the gazetteer's name holds it: ميليشيا الحوثي
            out.append(_label(doc, i, last, str(holding["actor_id"]), entry, "before"))
            continue
        mention = index.by_first.get(last + 1)
        if mention is None or not _adjacent(doc.text[doc.tokens[last].end : doc.tokens[last + 1].start]):
            continue
        adjective = mention.get("form") == "demonym"
        if entry.takes == "any" or adjective == (entry.takes == "adjective"):
            out.append(_label(doc, i, last, str(mention["actor_id"]), entry, "before"))
    return out


def _adjacent(gap: str) -> bool:
    """Whether the text between a label and the name after it joins them: spaces, or a quotation
    mark that sets the name apart (ما يسمى «تحالف الراغبين»).

    >>> _adjacent(" «"), _adjacent(" "), _adjacent("، ")
    (True, True, False)
    """
    return not gap.strip().strip(QUOTE_MARKS)




def after_label(doc: Document, index: _MentionIndex, entry: LabelEntry) -> list[Label]:
    """A label right after the mention it names, a dash or bracket allowed between: «البوليساريو
    الانفصالية», «الملك سلمان -حفظه الله-»; a dual label (حفظهما الله) names the actor coordinated
    before that mention too.

    >>> doc = Document("a", "الملك سلمان وولي العهد محمد -حفظهما الله-", "2025-01-20")
    >>> e = LabelEntry(("حفظهما", "الله"), "after", "", "positive", "honorific", 2)
    >>> ms = [{"start": 0, "end": 11, "actor_id": "Salman"}, {"start": 12, "end": 26, "actor_id": "Mohammed"}]
    >>> [(x.label, x.actor_id) for x in after_label(doc, _MentionIndex(doc, ms), e)]
    [('حفظهما الله', 'Mohammed'), ('حفظهما الله', 'Salman')]
    """
    out: list[Label] = []
    marks = LABEL_MARKS | HONORIFIC_MARKS if entry.kind == "honorific" else LABEL_MARKS
    for i in _matches(doc, index, entry.words):
        if i == 0 or not marks.issuperset(doc.text[doc.tokens[i - 1].end : doc.tokens[i].start]):
            continue
        mention = index.by_last.get(i - 1)
        if mention is None and entry.kind == "honorific":
            mention = _past_epithet(doc, index, i - 1)
        if mention is None:
            continue
        last = i + len(entry.words) - 1
        named = [mention]
        if entry.targets == 2:
            before = _coordinated_before(doc, index, mention)
            named += [before] if before is not None else []
        out.extend(_label(doc, i, last, str(m["actor_id"]), entry, "after") for m in named)
    return out


def _past_epithet(doc: Document, index: _MentionIndex, k: int) -> dict | None:
    """The mention right before a definite epithet at token ``k`` that is no mention itself (أمير
    البلاد المفدى، حفظه الله): an honorific after the epithet names the same ruler.

    >>> doc = Document("a", "أمير البلاد المفدى، حفظه الله", "2025-01-20")
    >>> _past_epithet(doc, _MentionIndex(doc, [{"start": 0, "end": 11, "actor_id": "Emir"}]), 2)["actor_id"]
    'Emir'
    """
    if k < 1 or k in index.at or not doc.folded[k].startswith("ال") \
            or doc.text[doc.tokens[k - 1].end : doc.tokens[k].start].strip():
        return None
    return index.by_last.get(k - 1)


def _coordinated_before(doc: Document, index: _MentionIndex, mention: dict) -> dict | None:
    """The mention joined to ``mention`` by و, within six words before it, the rest of a name
    allowed between (الملك سلمان بن عبدالعزيز وولي عهده الأمير محمد)."""
    first = mention["first_token"]
    for k in range(first - 1, max(first - 7, -1), -1):
        if doc.text[doc.tokens[k].end : doc.tokens[k + 1].start].strip(" "):
            return None
        if k in index.by_last:
            joined = any(doc.folded[j].startswith("و") for j in range(k + 1, first + 1))
            return index.by_last[k] if joined else None
    return None


def alone_label(doc: Document, index: _MentionIndex, entry: LabelEntry) -> list[Label]:
    """A label that stands for an actor without naming it (الاحتلال for Israel), counted only in
    an article that names that actor elsewhere, and not where an adjective names another agent
    (الاحتلال الروسي).

    >>> doc = Document("a", "قصفت إسرائيل المدينة، وقال إن الاحتلال لن ينجح", "2025-01-20")
    >>> e = LabelEntry(("الاحتلال",), "alone", "Israel", "negative", "pejorative", 1)
    >>> [(x.label, x.actor_id) for x in alone_label(doc, _MentionIndex(doc, [{"start": 5, "end": 12, "actor_id": "Israel"}]), e)]
    [('الاحتلال', 'Israel')]
    >>> doc = Document("a", "وقال نتنياهو إن الاحتلال باق", "2025-01-20")
    >>> m = {"start": 5, "end": 12, "actor_id": "Benjamin Netanyahu", "form": "name", "affiliation": "Israel"}
    >>> [(x.label, x.actor_id) for x in alone_label(doc, _MentionIndex(doc, [m]), e)]
    [('الاحتلال', 'Israel')]
    """
    if entry.actor not in index.actors:
        return []  # the actor, or the state of a person named in full, must be named in the article
    out = []
    for i in _matches(doc, index, entry.words):
        last = i + len(entry.words) - 1
        within = index.at.get(i)
        if within is not None and str(within["actor_id"]) == entry.actor and within.get("form") != "label":
            continue  # part of a name of that actor (كيان الاحتلال): a self label
        after = index.by_first.get(last + 1)
        if after is not None and after.get("form") == "demonym":
            continue  # its agent named after it (الاحتلال الروسي)
        out.append(_label(doc, i, last, entry.actor, entry, "alone"))  # also in a title (رئيس حكومة الاحتلال)
    return out


def back_label(doc: Document, index: _MentionIndex, entry: LabelEntry) -> list[Label]:
    """A bare definite class noun used as a label (الميليشيا "the militia"), which refers back to
    the latest actor of its type (the entry's ``actor`` column: ``group``) named before it in the
    article by a name, title or metonym (an adjective, الأفريقية, names no group), as a class noun does (الحركة for Hamas); never one with a name or an adjective of
    its own after it (ميليشيا الحوثي, الميليشيات المسلحة: the before rule's, or no actor's).

    >>> doc = Document("a", "هاجمت قوات الدعم السريع المدينة، وقال الجيش إن الميليشيا قصفت المستشفى", "2025-01-20")
    >>> e = LabelEntry(("الميليشيا",), "back", "group", "negative", "pejorative", 1)
    >>> rsf = {"start": 6, "end": 23, "actor_id": "Rapid Support Forces", "actor_type": "group"}
    >>> [(x.label, x.actor_id) for x in back_label(doc, _MentionIndex(doc, [rsf]), e)]
    [('الميليشيا', 'Rapid Support Forces')]
    >>> back_label(Document("a", "وقال الجيش إن الميليشيا قصفت المستشفى", "2025-01-20"), _MentionIndex(doc, []), e)
    []
    """
    earlier = sorted((m for m in index.by_first.values()
                      if m.get("actor_type") == entry.actor and m.get("form") != "demonym"),
                     key=lambda m: int(m["end"]))
    if not earlier:
        return []
    ends = [int(m["end"]) for m in earlier]
    out = []
    for i in _matches(doc, index, entry.words):
        last = i + len(entry.words) - 1
        if i in index.at or (last + 1 < len(doc.tokens) and _named_after(doc, index, last)):
            continue
        k = bisect_right(ends, doc.tokens[i].start) - 1
        if k >= 0:
            out.append(_label(doc, i, last, str(earlier[k]["actor_id"]), entry, "back"))
    return out


def _named_after(doc: Document, index: _MentionIndex, last: int) -> bool:
    """Whether a mention or an adjective follows a label's last word in its clause (الميليشيا
    الحوثية، الميليشيا المسلحة): the label is then no bare class noun."""
    nxt = last + 1
    if doc.text[doc.tokens[last].end:doc.tokens[nxt].start].strip():
        return False  # punctuation between
    return nxt in index.by_first or doc.folded[nxt].startswith("ال")


_RULES = {"self": self_label, "before": before_label, "after": after_label, "alone": alone_label,
          "back": back_label}


def naming_table(mentions: pd.DataFrame, articles: pd.DataFrame, labels: Sequence[Label] | None = None) -> pd.DataFrame:
    """How each outlet names each actor: one row per (event, outlet, actor, name as written, form),
    with the number of mentions and articles, the label kind where the name is a label (from
    ``labels``, else from the bundled lexicon's names that are labels), and the first place it
    occurs (article and character offsets).

    >>> from framing.actors import find_mentions
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "event": ["e"], "date": ["2025-01-20"],
    ...     "text": ["قال إن كيان الاحتلال وإسرائيل"]})
    >>> m = find_mentions(arts)
    >>> naming_table(m, arts, find_labels(arts, m))[["actor_id", "name", "label", "mentions"]].values.tolist()
    [['Israel', 'إسرائيل', '', 1], ['Israel', 'كيان الاحتلال', 'pejorative', 1]]
    """
    if mentions.empty:
        return pd.DataFrame(columns=NAMING_COLUMNS)
    meta = articles.set_index("article_id")
    rows = mentions.assign(
        event=mentions["article_id"].map(meta["event"]) if "event" in meta else "",
        outlet=mentions["article_id"].map(meta["outlet"]) if "outlet" in meta else "",
        name=mentions["surface"].astype(str))
    if labels is None:  # a name that is a self label of the lexicon (كيان الاحتلال) is one
        own = {" ".join(e.words): e.kind for e in _bundled() if e.position == "self"}
        rows["label"] = [own.get(" ".join(fold(w) for w in str(name).split()), "") for name in rows["name"]]
    else:
        kinds = {(x.article_id, x.start, x.end): x.kind for x in labels if x.rule == "self"}
        rows["label"] = [kinds.get((a, s, e), "") for a, s, e in zip(rows["article_id"], rows["start"], rows["end"],
                                                                      strict=True)]
    keys = ["event", "outlet", "actor_id", "name", "form", "label"]
    rows = rows.sort_values(["article_id", "start"])
    table = rows.groupby(keys, sort=True).agg(
        mentions=("start", "size"), articles=("article_id", "nunique"), example_article=("article_id", "first"),
        example_start=("start", "first"), example_end=("end", "first")).reset_index()
    return table[NAMING_COLUMNS]
