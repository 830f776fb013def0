"""Anaphora: what stands for an actor named elsewhere.

* bare class nouns (التحالف، الحلف، المجموعة) and "the two sides" (الطرفين) as mentions of the
  organisation or the pair of parties they refer back to;
* subject pronouns and demonstratives (أنها، لأنه، بأنه، هذا) and their antecedent;
* a bare attack noun (الهجوم) and the attack's author reported before it;
* the second person inside a quote and the actor it addresses (قال مخاطباً، يا ...).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, pairwise

from ..actors import Gazetteer, load_gazetteer
from ..quotes import QuoteSpan, latest_state_run
from ..text import Document, fold
from ..words import number_words
from .context import _break_between, _Context, _mention_after, _steps_after, _with_coordinated, _with_coordinated_before
from .cues import Cue
from .vocabulary import (
    ADDRESS_STYLES,
    ADDRESSED_BACK,
    ADDRESSING_WORDS,
    ANAPHOR_HEADS,
    ATTACK_NOUNS,
    ATTACK_VERBS,
    BODY_ANAPHOR_HEADS,
    COLLECTIVE_ANAPHORS,
    COMPLEMENTIZERS,
    COUNTED_STATE_NOUNS,
    COUNTERPART_NOUNS,
    COUNTRY_NOUNS,
    DEMONSTRATIVES,
    DESCRIBED_PRONOUNS,
    DESCRIBING_VERBS,
    DUAL_ANAPHORS,
    ENCLITIC_PRONOUNS,
    GROUP_ANAPHOR_HEADS,
    HEAD_OF_STATE_TITLES,
    JOINED_PREPOSITIONS,
    LEADERSHIP_NOUNS,
    MAJESTY_TITLES,
    MAX_ATTACK_SENTENCES,
    MAX_DESCRIBED,
    MEDIATION_WORDS,
    NOT_SECOND_PERSON,
    PERFECT_PARTICLES,
    PERSON_DUAL_ANAPHORS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    REPLY_VERBS,
    SAYING_NOUNS,
    SAYING_TO_VERBS,
    SECOND_PERSON,
    SECOND_PERSON_PLURAL,
    SECOND_PERSON_SUFFIXES,
    STATE_ANAPHOR_HEADS,
    VOCATIVES,
)


def anaphor_heads(gazetteer: Gazetteer | None = None) -> dict[str, frozenset[str]]:
    """Each class noun of :data:`ANAPHOR_HEADS` and the organisations whose names it heads, and of
    :data:`STATE_ANAPHOR_HEADS` and the states.

    >>> sorted(anaphor_heads()[fold("حلف")])
    ['NATO']
    >>> "Saudi Arabia" in anaphor_heads()[fold("مملكة")]
    True
    >>> "Hezbollah" in anaphor_heads()[fold("حزب")]
    True
    """
    gazetteer = gazetteer or load_gazetteer()
    types = dict(zip(gazetteer.actors["actor_id"], gazetteer.actors["type"], strict=True))
    heads: dict[str, set[str]] = {}
    for alias in gazetteer.aliases:
        words = alias.text.split()
        if alias.form != "name" or len(words) < 2:
            continue
        head = fold(words[0])
        head = head[2:] if head.startswith("ال") else head
        kind = types.get(alias.actor_id)
        if (head in ANAPHOR_HEADS and kind == "organisation") or (head in STATE_ANAPHOR_HEADS and kind == "state") \
                or (head in GROUP_ANAPHOR_HEADS | BODY_ANAPHOR_HEADS and kind in ("group", "organisation")):
            heads.setdefault(head, set()).add(alias.actor_id)
    return {h: frozenset(ids) for h, ids in heads.items()}




def class_anaphors(doc: Document, mentions: Sequence[dict], heads: dict[str, frozenset[str]]) -> list[dict]:
    """Mentions of the organisations that bare class nouns refer back to (التحالف، للحلف): the
    latest actor mentioned before it whose name the noun heads. A class noun with an adjective or
    genitive after it (التحالف الدولي) names something else and is left alone.

    >>> import pandas as pd
    >>> from framing.actors import find_mentions
    >>> text = "اجتمع تحالف الراغبين في باريس. وأكد أن التحالف يملك تعهدا."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2026-01-06"], "text": [text]})
    >>> found = class_anaphors(Document("a", text), find_mentions(arts).to_dict("records"), anaphor_heads())
    >>> [(m["surface"], m["actor_id"]) for m in found]
    [('التحالف', 'Coalition of the Willing')]
    >>> text = "اتهم الجيش السوداني قوات الدعم السريع بخرق الهدنة، متهما القوات بقصف المدنيين."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-01-06"], "text": [text]})
    >>> [m["actor_id"] for m in class_anaphors(Document("a", text), find_mentions(arts).to_dict("records"), anaphor_heads())]
    ['Rapid Support Forces']
    """
    candidates = _anaphor_tokens(doc, frozenset("ال" + h for h in set(heads) | COLLECTIVE_ANAPHORS))
    if not candidates:
        return []
    covered = _Coverage(mentions)
    history = _MentionHistory(mentions)
    out = []
    for i, start, bare in candidates:
        history.advance(start)
        if covered.holds(start):
            continue
        if i + 1 < len(doc.tokens) and not _break_between(doc, i, i + 1) and _qualifies(doc.folded[i + 1]):
            continue  # التحالف الدولي: another coalition
        antecedent = history.antecedent(bare[2:] if bare.startswith("ال") else bare[1:], heads)
        if antecedent is not None:
            out.append(_anaphor_mention(doc, antecedent["actor_id"], antecedent.get("actor_type", ""), start,
                                        doc.tokens[i].end))
    return out


def _qualifies(word: str) -> bool:
    """Whether a definite word after a class noun is an adjective that makes it name another
    organisation (التحالف الدولي، الحزب الشيوعي، الحزب الحاكم), not the object of a verb before
    it (الحرب التي زجّ فيها الحزب البلاد): a relative adjective (nisba) or a participle.

    >>> [_qualifies(fold(w)) for w in ("الدولي", "الوطنية", "الحاكم", "البلاد", "الحكومة")]
    [True, True, True, False, False]
    """
    if not word.startswith("ال"):
        return False
    stem = word[2:]
    return stem.endswith(("ي", "يه", "يين", "يون")) or (len(stem) == 4 and stem[1] == "ا")


def _anaphor_mention(doc: Document, actor_id: str, actor_type: str, start: int, end: int) -> dict:
    """A mention row for an anaphor (form ``anaphor``)."""
    return {"article_id": doc.article_id, "actor_id": actor_id, "actor_type": actor_type,
            "surface": doc.text[start:end], "form": "anaphor", "start": start, "end": end}


class _MentionHistory:
    """The mentions ending before a point that moves forward through a document: the latest one of
    each actor, and how often, and where last, each organisation was mentioned."""

    def __init__(self, mentions: Sequence[dict]):
        self.known = sorted(mentions, key=lambda m: (int(m["end"]), int(m["start"])))
        self.seen = 0
        self.latest: dict[str, dict] = {}
        self.counts: dict[str, int] = {}
        self.latest_org: dict[str, tuple[int, dict]] = {}
        self.first_words: dict[str, set[str]] = {}  # the folded first word of each actor's mentions

    def advance(self, offset: int) -> None:
        """Take in the mentions that end at or before ``offset``."""
        while self.seen < len(self.known) and int(self.known[self.seen]["end"]) <= offset:
            m = self.known[self.seen]
            self.latest[m["actor_id"]] = m
            self.first_words.setdefault(m["actor_id"], set()).add(_first_word(m))
            if m.get("actor_type") == "organisation":
                self.counts[m["actor_id"]] = self.counts.get(m["actor_id"], 0) + 1
                self.latest_org[m["actor_id"]] = (self.seen, m)
            self.seen += 1

    def antecedent(self, head: str, heads: dict[str, frozenset[str]]) -> dict | None:
        """The mention a class noun ``head`` refers back to: for a collective noun (مجموعة) the
        organisation mentioned most often, at least twice (ties: the one mentioned last); else the
        latest mention of an organisation whose name the noun heads, for a noun of a body or a
        force (المجلس، الجيش) only when one actor alone has been named with it so far."""
        if head in COLLECTIVE_ANAPHORS:
            top = max(self.counts.values(), default=0)
            if top < 2:
                return None
            return max((self.latest_org[a] for a, n in self.counts.items() if n == top), key=lambda x: x[0])[1]
        earlier = [self.latest[a] for a in heads[head] if a in self.latest]
        if head in BODY_ANAPHOR_HEADS:
            earlier = [m for m in earlier if any(w.endswith(head) for w in self.first_words[m["actor_id"]])]
            if len(earlier) > 1:
                return None  # المجلس after مجلس النواب and المجلس الأعلى للدولة: either
        return max(earlier, key=lambda m: (int(m["end"]), int(m["start"]))) if earlier else None


def _first_word(mention: dict) -> str:
    """The folded first word of a mention (with its article or proclitic): a body or a force named
    with a class noun (قوات الدعم السريع، والقوات المسلحة) can be referred back to by it.

    >>> _first_word({"surface": "والقوات المسلحة"}), _first_word({"surface": ""})
    ('والقوات', '')
    """
    words = str(mention.get("surface", "")).split()
    return fold(words[0]) if words else ""


class _Coverage:
    """Whether a character offset lies inside one of a set of mentions (bisect over their starts)."""

    def __init__(self, mentions: Sequence[dict]):
        spans = sorted((int(m["start"]), int(m["end"])) for m in mentions)
        self.starts = [a for a, _ in spans]
        self.reach, high = [], -1  # the furthest end among the spans starting at or before each one
        for _, end in spans:
            high = max(high, end)
            self.reach.append(high)

    def holds(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and self.reach[i] > offset


def party_sides(gazetteer: Gazetteer | None = None) -> dict[str, str]:
    """The party each actor stands for as a side of a conflict or a negotiation: a state, group or
    organisation itself, a person the state of his affiliation (none for other people).

    >>> party_sides()["Vladimir Putin"], party_sides()["Ukraine"]
    ('Russia', 'Ukraine')
    """
    gazetteer = gazetteer or load_gazetteer()
    table = gazetteer.actors
    types = dict(zip(table["actor_id"], table["type"], strict=True))
    sides = {}
    for actor_id, kind, affiliation in zip(table["actor_id"], table["type"], table["affiliation"], strict=True):
        if kind != "person":
            sides[actor_id] = actor_id
        elif types.get(affiliation) == "state":
            sides[actor_id] = affiliation
    return sides


def dual_anaphors(doc: Document, mentions: Sequence[dict], sides: dict[str, str]) -> list[dict]:
    """Mentions of both sides that "the two sides" (الطرفين، الجانبان) stands for: the latest pair
    of coordinated actors before it (X وY), each as the party it stands for; and of both persons
    that "the two leaders" (الزعيمين، الرئيسان) stands for: the latest pair of coordinated persons
    before it, each himself. Its actor id joins the two ids with ``|``.

    >>> import pandas as pd
    >>> from framing.actors import find_mentions
    >>> text = "اتصل أردوغان ببوتين وزيلنسكي. ورحب بالإرادة الجادة لدى الطرفين، وبحكمة الزعيمين."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2026-03-11"], "text": [text]})
    >>> found = dual_anaphors(Document("a", text), find_mentions(arts).to_dict("records"), party_sides())
    >>> [m["actor_id"] for m in found]
    ['Russia|Ukraine', 'Vladimir Putin|Volodymyr Zelenskyy']
    """
    persons = {m["actor_id"]: m["actor_id"] for m in mentions if m.get("actor_type") == "person"}
    return (_pair_anaphors(doc, mentions, DUAL_ANAPHORS, sides, "group")
            + _pair_anaphors(doc, mentions, PERSON_DUAL_ANAPHORS, persons, "person"))


def _pair_anaphors(doc: Document, mentions: Sequence[dict], nouns: frozenset[str], sides: dict[str, str],
                   actor_type: str) -> list[dict]:
    """Mentions, of type ``actor_type``, of the latest pair of coordinated actors (X وY) before each
    of the dual ``nouns``, each actor as the one ``sides`` says it stands for."""
    candidates = _anaphor_tokens(doc, nouns)
    if not candidates:
        return []
    ends, pairs = _coordinated_pairs(doc, mentions, sides)
    if not pairs:
        return []
    covered = _Coverage(mentions)
    out = []
    for i, start, _ in candidates:
        token = doc.tokens[i]
        if covered.holds(start):
            continue
        k = bisect_right(ends, start)
        if k:
            out.append(_anaphor_mention(doc, pairs[k - 1], actor_type, start, token.end))
    return out


def _coordinated_pairs(doc: Document, mentions: Sequence[dict], sides: dict[str, str]) -> tuple[list[int], list[str]]:
    """(ends, ids) of the pairs of actors joined by و alone (X وY) that stand for two different
    sides, by their end: ids as ``"A|B"``; less the mediators (:func:`mediating_pairs`)."""
    ordered = sorted(mentions, key=lambda m: int(m["start"]))
    pairs = []  # (end of the pair, side ids, start of the pair)
    text = doc.text
    for first, second in pairwise(ordered):
        gap = text[int(first["end"]) : int(second["start"])].strip()
        if len(gap) > 4:  # و, perhaps with a diacritic or a tatweel
            continue
        a, b = sides.get(first["actor_id"]), sides.get(second["actor_id"])
        if fold(gap) == "و" and a and b and a != b:
            pairs.append((int(second["end"]), f"{a}|{b}", int(first["start"])))
    pairs.sort()
    mediators = mediating_pairs(doc, [(start, ids) for _, ids, start in pairs])
    kept = [(end, ids) for end, ids, _ in pairs if frozenset(ids.split("|")) not in mediators]
    return [end for end, _ in kept], [ids for _, ids in kept]


MEDIATION_WINDOW = 3  # words from a word of mediation to the pair it names (تيسّرها المملكة العربية السعودية والولايات المتحدة)


def mediating_pairs(doc: Document, pairs: Sequence[tuple[int, str]]) -> set[frozenset[str]]:
    """The pairs of sides, of the coordinated pairs ``(start, "A|B")``, that a word of mediation or
    hosting names (the file's class ``mediation_words``: محادثات تيسّرها السعودية والولايات المتحدة،
    بوساطة قطر ومصر) at most MEDIATION_WINDOW words before, in its clause. The mediators are not
    "the two sides" (الطرفين) of the talks they mediate, wherever the pair is named again (بيان
    صادر عن الرياض وواشنطن إن الطرفين ...).

    >>> d = Document("a", "ويأتي الاتفاق ثمرة لمحادثات تيسرها السعودية وأمريكا. وقال الجيش والدعم إن ...")
    >>> pairs = [(d.text.index("السعودية"), "Saudi Arabia|United States"), (d.text.index("الجيش"), "A|B")]
    >>> mediating_pairs(d, pairs) == {frozenset({"Saudi Arabia", "United States"})}
    True
    """
    words = MEDIATION_WORDS
    found = set()
    for start, ids in pairs:
        i = bisect_right(doc.token_starts, start) - 1
        for k in range(i - 1, max(i - 1 - MEDIATION_WINDOW, -1), -1):
            if _break_between(doc, k, k + 1):
                break
            if doc.folded[k] in words:
                found.add(frozenset(ids.split("|")))
                break
    return found


def counterpart_anaphors(doc: Document, mentions: Sequence[dict], sides: dict[str, str]) -> list[dict]:
    """Mentions of the person that "his counterpart" with a demonym (نظيره الروسي، لنظيرها التركي)
    stands for: the one person of that state mentioned before it (none when the text has named
    two, or a person of a state unknown: which one is the counterpart depends on offices the text
    may not give). The actors module finds the demonym alone (the state); the phrase names a
    person of that state, the one the text has already named (ووصف ترامب نظيره الروسي بأنه ... ->
    Putin).

    >>> import pandas as pd
    >>> from framing.actors import find_mentions
    >>> text = "التقى ترامب بوتين في ألاسكا. ووصف ترامب نظيره الروسي بأنه رجل قوي."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-08-16"], "text": [text]})
    >>> found = counterpart_anaphors(Document("a", text), find_mentions(arts).to_dict("records"), party_sides())
    >>> [(m["surface"], m["actor_id"]) for m in found]
    [('نظيره الروسي', 'Vladimir Putin')]
    """
    candidates = _counterpart_tokens(doc)
    if not candidates:
        return []
    ordered = sorted(mentions, key=lambda m: int(m["start"]))
    starts = [int(m["start"]) for m in ordered]
    out = []
    for i, start in candidates:
        if i + 1 >= len(doc.tokens) or _break_between(doc, i, i + 1):
            continue
        k = bisect_right(starts, doc.tokens[i + 1].start) - 1
        demonym = ordered[k] if k >= 0 else None
        if demonym is None or int(demonym["start"]) != doc.tokens[i + 1].start or demonym.get("form") != "demonym":
            continue
        person = _only_person_of(ordered[:k], start, demonym["actor_id"], sides, doc)
        if person is not None:
            out.append(_anaphor_mention(doc, person, "person", start, int(demonym["end"])))
    return out


MAX_COUNTED = 12  # states a counted plural may stand for (الدول الاثنتي عشرة is rare; more is a list)
_JOINING = frozenset(" \t\n،,و")  # what may stand between states named together: مالي وبوركينا فاسو، والنيجر


def counted_anaphors(doc: Document, mentions: Sequence[dict]) -> list[dict]:
    """Mentions of the states that a definite plural with its count stands for (الدول الأربع after
    إسبانيا وقطر والمملكة المتحدة والإمارات): the latest run of exactly that many states named
    together before it, joined by و or commas; its actor id joins their ids with ``|``, so an
    evaluation of the plural is one row per state (the guidelines: one row per listed party).

    >>> import pandas as pd
    >>> from framing.actors import find_mentions
    >>> text = "شكر المغرب إسبانيا وقطر والإمارات على دعمها. وقال إن الدول الثلاث أثبتت كفاءتها."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-09-11"], "text": [text]})
    >>> [m["actor_id"] for m in counted_anaphors(Document("a", text), find_mentions(arts).to_dict("records"))]
    ['Spain|Qatar|United Arab Emirates']
    >>> from framing.sentiment.roles import evaluations
    >>> sorted(t for _, t, _, c in evaluations(text) if c == "أثبتت كفاءتها")
    ['Qatar', 'Spain', 'United Arab Emirates']
    """
    candidates = _anaphor_tokens(doc, COUNTED_STATE_NOUNS)
    if not candidates:
        return []
    states = sorted((m for m in mentions if m.get("actor_type") == "state"), key=lambda m: int(m["start"]))
    covered = _Coverage(mentions)
    out = []
    for i, start, _ in candidates:
        count = _count_after(doc, i)
        if not count or covered.holds(start):
            continue
        ids = latest_state_run(doc.text, [m for m in states if int(m["end"]) <= start], count, _joins)
        if ids:
            out.append(_anaphor_mention(doc, "|".join(ids), "group", start, doc.tokens[i + 1].end))
    return out


def _count_after(doc: Document, i: int) -> int:
    """The count a definite number word right after token ``i`` gives (الدول الثلاث -> 3), else 0.

    >>> _count_after(Document("a", "الدول الأربع"), 0), _count_after(Document("a", "الدول الأعضاء"), 0)
    (4, 0)
    """
    if i + 1 >= len(doc.tokens) or _break_between(doc, i, i + 1) or not doc.folded[i + 1].startswith("ال"):
        return 0
    kind, value = number_words().get(doc.folded[i + 1][2:], ("", ""))
    count = int(value) if kind == "number" and str(value).isdigit() else 0
    return count if 2 <= count <= MAX_COUNTED else 0


def _joins(gap: str) -> bool:
    """Whether the text between two states joins them in a list: و or a comma, and nothing but
    spaces besides (not a bare space: شكر المغرب إسبانيا is a subject and its object).

    >>> _joins(" و"), _joins("، "), _joins(" "), _joins(" في ")
    (True, True, False, False)
    """
    return bool(gap.strip()) and set(gap) <= _JOINING


def leadership_anaphors(doc: Document, mentions: Sequence[dict], sides: dict[str, str]) -> list[dict]:
    """Mentions of the head of state that "the leadership" with a demonym (القيادة السورية، بشجاعة
    القيادة التونسية) stands for: the one person of that state whom the text names with a title of
    a head of state (الرئيس السوري أحمد الشرع، الملك عبدالله); none when it names no such person,
    or two. The guidelines evaluate the leader the phrase praises, not his state.

    >>> import pandas as pd
    >>> from framing.actors import find_mentions
    >>> text = "والتقى المبعوث الرئيس السوري أحمد الشرع. وأشاد المبعوث بشجاعة القيادة السورية."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-08-16"], "text": [text]})
    >>> found = leadership_anaphors(Document("a", text), find_mentions(arts).to_dict("records"), party_sides())
    >>> [(m["surface"], m["actor_id"]) for m in found]
    [('القيادة السورية', 'Ahmed al-Sharaa')]
    >>> text = "والتقى المبعوث وزير الخارجية السوري أسعد الشيباني. وأشاد بشجاعة القيادة السورية."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-08-16"], "text": [text]})
    >>> leadership_anaphors(Document("a", text), find_mentions(arts).to_dict("records"), party_sides())
    []
    """
    nouns = LEADERSHIP_NOUNS
    candidates = [i for i, w in enumerate(doc.folded) if w in nouns]
    if not candidates:
        return []
    by_start = {int(m["start"]): m for m in mentions}
    out = []
    for i in candidates:
        demonym = by_start.get(doc.tokens[i + 1].start) if i + 1 < len(doc.tokens) else None
        if demonym is None or demonym.get("form") != "demonym" or _break_between(doc, i, i + 1):
            continue
        head = _head_of_state(doc, mentions, demonym["actor_id"], sides)
        if head is not None:
            out.append(_anaphor_mention(doc, head, "person", doc.tokens[i].end - len("القيادة"), int(demonym["end"])))
    return out


def _head_of_state(doc: Document, mentions: Sequence[dict], state: str, sides: dict[str, str]) -> str | None:
    """The one person of ``state`` whom a mention names with a title of a head of state, in its own
    words (الرئيس السوري أحمد الشرع) or right before it (الرئيس سعيد), else ``None``."""
    titles = HEAD_OF_STATE_TITLES
    heads = set()
    for m in mentions:
        if m.get("actor_type") != "person" or sides.get(m["actor_id"]) != state:
            continue
        words = [fold(w) for w in str(m.get("surface", "")).split()[:1]]
        i = bisect_right(doc.token_starts, int(m["start"])) - 1
        before = doc.folded[i - 1] if i >= 1 and not _break_between(doc, i - 1, i) else ""
        if any(w in titles for w in words) or before in titles:
            heads.add(m["actor_id"])
    return heads.pop() if len(heads) == 1 else None


def _only_person_of(before: Sequence[dict], start: int, state: str, sides: dict[str, str],
                    doc: Document | None = None) -> str | None:
    """The one person of ``state`` among the mentions ``before`` (ordered) that end by ``start``, or
    ``None`` when there are two, or a person the gazetteer does not place who may be of that state
    (an ``unknown:`` id other than the latest person named, whose counterpart it is). Of two, the
    one the text has named in a sentence with the owner is his counterpart, when only one was (قمة
    الرئيسين ترامب وبوتين ... ووصف ترامب نظيره الروسي: Putin, not the Kremlin aide named alone).

    >>> from framing.text import Document
    >>> doc = Document("a", "أوشاكوف: القمة إيجابية. التقى ترامب وبوتين. ووصف ترامب نظيره الروسي")
    >>> m = lambda a, w: {"actor_id": a, "actor_type": "person", "start": doc.text.index(w),
    ...                   "end": doc.text.index(w) + len(w)}
    >>> before = [m("Yuri Ushakov", "أوشاكوف"), m("Donald Trump", "ترامب"), m("Vladimir Putin", "بوتين")]
    >>> sides = {"Yuri Ushakov": "Russia", "Vladimir Putin": "Russia", "Donald Trump": "United States"}
    >>> _only_person_of(before, doc.text.index("نظيره"), "Russia", sides, doc)
    'Vladimir Putin'
    >>> _only_person_of(before, doc.text.index("نظيره"), "Russia", sides) is None
    True
    """
    persons = [m for m in before if int(m["end"]) <= start and m.get("actor_type") == "person"]
    if not persons:
        return None
    owner = persons[-1]["actor_id"]  # نظيره: the counterpart of the person named last
    if _unplaced_besides(persons, owner):
        return None
    ids = {m["actor_id"] for m in persons if sides.get(m["actor_id"]) == state}
    if len(ids) > 1 and doc is not None:
        ids = _named_with_owner(persons, owner, ids, doc)
    return ids.pop() if len(ids) == 1 else None


def _unplaced_besides(persons: Sequence[dict], owner: str) -> bool:
    """Whether a person the gazetteer does not place (an ``unknown:`` id) is named among
    ``persons`` besides the ``owner``: he may be the counterpart, so none is sure.

    >>> _unplaced_besides([{"actor_id": "unknown:فلان"}, {"actor_id": "Donald Trump"}], "Donald Trump")
    True
    >>> _unplaced_besides([{"actor_id": "Vladimir Putin"}, {"actor_id": "unknown:فلان"}], "unknown:فلان")
    False
    """
    return any(str(m["actor_id"]).startswith("unknown:") and m["actor_id"] != owner for m in persons)


def _named_with_owner(persons: Sequence[dict], owner: str, ids: set[str], doc: Document) -> set[str]:
    """Of the ``ids``, those named in a sentence where the ``owner`` is named too.

    >>> from framing.text import Document
    >>> doc = Document("a", "أوشاكوف: القمة إيجابية. التقى ترامب وبوتين.")
    >>> m = lambda a, w: {"actor_id": a, "start": doc.text.index(w)}
    >>> persons = [m("Yuri Ushakov", "أوشاكوف"), m("Donald Trump", "ترامب"), m("Vladimir Putin", "بوتين")]
    >>> _named_with_owner(persons, "Donald Trump", {"Yuri Ushakov", "Vladimir Putin"}, doc)
    {'Vladimir Putin'}
    """
    with_owner = {doc.sentence_id(int(m["start"])) for m in persons if m["actor_id"] == owner}
    return {m["actor_id"] for m in persons if m["actor_id"] in ids and doc.sentence_id(int(m["start"])) in with_owner}


# The proclitics و ف ب ل and their pairs, and none, before a noun of a closed class (ونظيره، لبلدكم).
PROCLITIC_PREFIXES = ("", "و", "ف", "ب", "وب", "فب", "ل", "ول", "فل")


def _counterpart_tokens(doc: Document) -> list[tuple[int, int]]:
    """(token index, start of the noun) of the tokens written as "his counterpart", perhaps with و ف
    ب ل before it (ونظيره، لنظيره، بنظيرها).

    >>> _counterpart_tokens(Document("a", "اتصل بنظيره وشكر نظيرها"))
    [(1, 6), (3, 17)]
    """
    forms, folded = _prefix_lengths(COUNTERPART_NOUNS), doc.folded
    out = []
    for i in compress(range(len(folded)), map(forms.__contains__, folded)):
        token = doc.tokens[i]
        if len(token.text) == len(folded[i]):
            out.append((i, token.start + forms[folded[i]]))
    return out


@lru_cache(maxsize=8)
def _prefix_lengths(nouns: frozenset[str]) -> dict[str, int]:
    """Every folded form of the ``nouns`` with one of :data:`PROCLITIC_PREFIXES` (or none) before
    them -> the length of the first prefix, in that order, that gives the form.

    >>> forms = _prefix_lengths(frozenset({"نظيره"}))
    >>> forms["نظيره"], forms["ونظيره"], forms["فلنظيره"]
    (0, 1, 2)
    """
    forms: dict[str, int] = {}
    for prefix in PROCLITIC_PREFIXES:
        for noun in nouns:
            forms.setdefault(prefix + noun, len(prefix))
    return forms


@lru_cache(maxsize=64)
def _proclitic_forms(nouns: frozenset[str]) -> dict[str, str]:
    """Every folded form of the definite ``nouns`` with و ف ب ل before them -> the part that is the
    noun (للطرفين: the ل and the elided alef of ال leave لطرفين).

    >>> forms = _proclitic_forms(DUAL_ANAPHORS)
    >>> forms["وللطرفين"], forms["الطرفين"], "طرفين" in forms
    ('لطرفين', 'الطرفين', False)
    """
    forms: dict[str, str] = {}
    for prefix in PROCLITIC_PREFIXES:
        for noun in sorted(nouns):
            if not prefix.endswith("ل"):
                forms.setdefault(prefix + noun, noun)
            elif noun.startswith("ال"):
                forms.setdefault(prefix + noun[1:], noun[1:])
    return forms


def _anaphor_tokens(doc: Document, nouns: frozenset[str]) -> list[tuple[int, int, str]]:
    """The tokens written as one of the definite ``nouns``, perhaps with و ف ب ل before it and
    without diacritics: (token index, start of the noun in the text, the noun as folded).

    >>> _anaphor_tokens(Document("a", "رحب بموقف الطرفين وللطرفين"), DUAL_ANAPHORS)
    [(2, 10, 'الطرفين'), (3, 20, 'لطرفين')]
    """
    forms, folded = _proclitic_forms(nouns), doc.folded
    out = []
    for i in compress(range(len(folded)), map(forms.__contains__, folded)):
        token, bare = doc.tokens[i], forms[folded[i]]
        if len(token.text) == len(folded[i]):
            out.append((i, token.end - len(bare), bare))
    return out


def _antecedent(ctx: _Context, j: int, bounds: tuple[int, int], exclude: Sequence[int] = ()) -> list[int]:
    """The subject that a pronoun or a demonstrative at token ``j`` stands for: the first actor no
    preposition governs in the clauses before it, back to the last complementizer or the start of
    the sentence (and of the quote). A demonstrative that opens a quote points into the previous
    quote (قال زيلينسكي إن روسيا شنت ... وأضاف: «هذا إرهاب متعمد» -> Russia).

    >>> import pandas as pd
    >>> from framing.sentiment import SentimentScorer
    >>> from framing.actors import find_mentions
    >>> text = "قالت كالاس إن «موسكو تُظهر مرة أخرى أنها لا تريد السلام»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2026-01-09"], "text": [text]})
    >>> doc = Document("a", text)
    >>> scorer = SentimentScorer()
    >>> ctx = scorer.context(doc, find_mentions(arts).to_dict("records"))
    >>> [ctx.mentions[m]["actor_id"] for m in _antecedent(ctx, 7, (0, len(doc.tokens) - 1))]
    ['Russia']
    """
    lo = max(bounds[0], ctx.sentence_bounds(ctx.doc.tokens[j].start)[0])
    k = j - 1
    if k < lo and ctx.folded[j] in PRONOUN_SUBJECTS:
        return _other_than_speaker(ctx, j)
    if k < lo:
        previous = ctx.quote_before(ctx.doc.tokens[j].start) if ctx.folded[j] in DEMONSTRATIVES else None
        if previous is None:
            return []
        lo, k = ctx.token_bounds(previous)
    first = None
    while k >= lo:
        if ctx.folded[k] in COMPLEMENTIZERS and k != j:
            if not _same_pronoun(ctx.folded[k], ctx.folded[j]):
                break
            k -= 1  # زعمت أنها استهدفت ...، والحقيقة أنها قتلت: one subject, both pronouns
            continue
        mi = ctx.at_token.get(k)
        if mi is not None:
            if mi not in exclude and not ctx.mentions[mi]["governed"]:
                first = mi
            k = ctx.mentions[mi]["first_token"] - 1
            continue
        k -= 1
    return [] if first is None else _with_coordinated(ctx, first, (lo, j - 1))


def _other_than_speaker(ctx: _Context, j: int) -> list[int]:
    """The one a third-person pronoun opening a direct quote stands for (وأشاد ترمب بالملك، قائلاً:
    «إنه رجل رائع»): the speaker speaks of himself in the first person, so the pronoun stands for the
    last actor named before the quote in its sentence who is not the speaker, governed or not.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأشاد ماكرون بزيلينسكي، قائلاً: «إنه رجل شجاع».")[-1][:2]
    ('Emmanuel Macron', 'Volodymyr Zelenskyy')
    """
    quote = ctx.quote_of(ctx.doc.tokens[j].start)
    if quote is None or ctx.token_bounds(quote)[0] != j or not _direct(ctx, quote):
        return []
    first = ctx.sentence_bounds(quote.start)[0] if quote.cue_start < 0 else ctx.sentence_bounds(quote.cue_start)[0]
    for k in range(j - 1, first - 1, -1):
        mi = ctx.at_token.get(k)
        if mi is not None and ctx.mentions[mi]["actor_id"] != quote.speaker:
            return [mi]
    return []


def _direct(ctx: _Context, quote: QuoteSpan) -> bool:
    """Whether a quote is direct speech: a colon stands before it, past its quotation mark."""
    before = ctx.doc.text[max(quote.start - 4, 0) : quote.start].rstrip()
    return before.rstrip("\"«“”'»").rstrip().endswith(":")


def _same_pronoun(complementizer: str, pronoun: str) -> bool:
    """Whether a complementizer with a pronoun (أنها، أنه، أنهم) and a subject pronoun (أنها، لكنها)
    carry the same pronoun, so that the second continues the first's subject.

    >>> _same_pronoun(fold("أنها"), fold("لكنها")), _same_pronoun(fold("أنه"), fold("أنها")), _same_pronoun(fold("أن"), fold("أنها"))
    (True, False, False)
    """
    if pronoun not in PRONOUN_SUBJECTS or complementizer not in PRONOUN_SUBJECTS:
        return False
    return _pronoun_suffix(pronoun) is not None and _pronoun_suffix(pronoun) == _pronoun_suffix(complementizer)


def _pronoun_suffix(word: str) -> str | None:
    """The longest third-person pronoun a word ends with (أنهما -> هما، لكنها -> ها)."""
    return max((x for x in ENCLITIC_PRONOUNS if word.endswith(x)), key=len, default=None)


def _pronoun_subject(ctx: _Context, j: int, bounds: tuple[int, int], exclude: Sequence[int]) -> list[int]:
    """The actor a subject pronoun at token ``j`` stands for: after أنه/لأنه the governing clause's
    subject; after بأنه (وصف ماكرون بوتين بأنه ...) the actor right before it, the described one."""
    if ctx.folded[j] in PRONOUN_SUBJECTS:
        return _antecedent(ctx, j, bounds, exclude)
    if j > 0 and ctx.folded[j - 1] in ATTACK_NOUNS and ctx.at_token.get(j - 1) is None:
        return _attacker(ctx, j - 1)  # وصفت كالاس الهجوم بأنه «وحشي»
    described = _described_object(ctx, j, bounds, exclude)
    if described is not None:
        return _with_coordinated(ctx, described, bounds)
    mi = ctx.at_token.get(j - 1) if j - 1 >= bounds[0] and not _break_between(ctx.doc, j - 1, j) else None
    if mi is None:
        return _described_him(ctx, j, exclude)
    if mi in exclude or ctx.mentions[mi]["governed"]:
        return []
    verb = ctx.mentions[mi]["first_token"] - 1
    if verb >= 0 and describing_verb(ctx.folded[verb]):
        return []  # وصفتها موسكو بأنها «هراء»: موسكو describes, the pronoun is described
    return _with_coordinated_before(ctx, mi, bounds)


def _described_him(ctx: _Context, j: int, exclude: Sequence[int]) -> list[int]:
    """For بأنه right after a verb of describing with the pronoun ه (ووصفه بأنه «رجل نزيه»), the man
    the pronoun stands for: the last person named before the verb in its sentence, other than the
    one who describes (named right after the verb, or the sentence's first actor when the verb has no
    subject of its own). A feminine or plural pronoun (وصفتها) mostly stands for a thing or a
    statement and is left alone.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('والتقى ماكرون الرئيس ترامب، ووصفه بأنه "رجل نزيه".')
    [('Emmanuel Macron', 'Donald Trump', 'positive', 'رجل نزيه')]
    """
    verb = j - 1
    if verb < 1 or describing_verb(ctx.folded[verb]) != "ه" or ctx.folded[j] not in DESCRIBED_PRONOUNS:
        return []
    first = ctx.sentence_bounds(ctx.doc.tokens[verb].start)[0]
    before = [mi for mi, m in enumerate(ctx.mentions) if first <= m["first_token"] and m["last_token"] < verb]
    after = _mention_after(ctx, j + 1) if j + 1 < len(ctx.folded) else None
    describer = ctx.mentions[after]["actor_id"] if after is not None else (
        ctx.mentions[before[0]]["actor_id"] if before else None)
    persons = [mi for mi in before if ctx.mentions[mi].get("actor_type") == "person"
               and ctx.mentions[mi]["actor_id"] != describer and mi not in exclude]
    return persons[-1:]


def _described_object(ctx: _Context, j: int, bounds: tuple[int, int], exclude: Sequence[int]) -> int | None:
    """For بأنه at token ``j``, the actor the object of the verb of describing before it names: the
    first actor in the definite words of that object, past the verb's subject, before any word
    that ends the noun phrase (وصف الانتشار العسكري الأمريكي قبالة السواحل الفنزويلية بأنه «تهديد»
    -> the United States, not Venezuela); the object may open with an indefinite head in the
    construct state (وصف أردوغان صمت الدول الغربية بأنه «وصمة عار» -> the West), or be a noun with a
    possessive pronoun (see :func:`_possessor_described`).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وكان الوزير قد وصف الانتشار العسكري الأمريكي قبالة السواحل الفنزويلية بأنه «تهديد للقارة».")[0][1:3]
    ('United States', 'negative')
    >>> evaluations("ووصف الرئيس التركي رجب طيب أردوغان صمت الدول الغربية إزاء ما يحدث بأنه «وصمة عار».")[0][1:3]
    ('the West', 'negative')
    """
    verb = _describing_verb_before(ctx, j, bounds)
    if verb is None:
        return None
    k = verb + 1
    subject = _mention_after(ctx, k)
    if subject is not None and ctx.mentions[subject]["last_token"] + 1 < j:
        k = ctx.mentions[subject]["last_token"] + 1  # وصف ماكرون بوتين بأنه: ماكرون describes
    if k == j - 1 and k not in ctx.at_token:
        return _possessor_described(ctx, verb, k, subject)
    while k < j:
        mi = _mention_after(ctx, k)
        if mi is not None:
            return None if mi in exclude else mi
        if not (ctx.folded[k].startswith("ال") or _construct_head(ctx, k, j)):
            return None
        k += 1
    return None


def _describing_verb_before(ctx: _Context, j: int, bounds: tuple[int, int]) -> int | None:
    """The verb of describing before بأنه at token ``j`` in its clause, within MAX_DESCRIBED words,
    an actor's name counting as one (وصف الرئيس التركي رجب طيب أردوغان صمت الدول الغربية بأنه)."""
    k, steps = j - 1, 0
    while k >= bounds[0] and steps < MAX_DESCRIBED and not _break_between(ctx.doc, k, k + 1):
        if describing_verb(ctx.folded[k]) is not None:
            return None if describing_verb(ctx.folded[k]) else k
        mi = ctx.at_token.get(k)
        k = int(ctx.mentions[mi]["first_token"]) - 1 if mi is not None else k - 1
        steps += 1
    return None


def _construct_head(ctx: _Context, k: int, j: int) -> bool:
    """Whether the indefinite word at token ``k`` (before بأنه at ``j``) is a noun in the construct
    state, its genitive a definite word or an actor right after it (صمت الدول الغربية، أداء رئيس
    الوزراء): no preposition, and the phrase goes on."""
    following = k + 1
    return (ctx.folded[k] not in PREPOSITIONS and following < j
            and (ctx.folded[following].startswith("ال") or following in ctx.at_token
                 or _construct_head(ctx, following, j)))


def _possessor_described(ctx: _Context, verb: int, k: int, subject: int | None) -> int | None:
    """The actor a possessive pronoun on the object of a verb of describing stands for, when the
    pronoun cannot be the subject's (it differs in gender from the verb: وصفت أبوظبي فوزه بأنه
    «تجديد للثقة في قيادة حكيمة» -> the one who won, named before): the nearest actor before the
    verb in its sentence other than the subject.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وهنأ الملك سلمان الرئيس السيسي، فيما وصفت أبوظبي فوزه بأنه «تجديد للثقة في قيادة حكيمة».")[-1][:3]
    ('United Arab Emirates', 'Abdel Fattah el-Sisi', 'positive')
    """
    word, verb_word = ctx.folded[k], ctx.folded[verb]
    feminine_verb = verb_word.endswith("ت") or verb_word.endswith("تها") or verb_word.endswith("ته")
    masculine_object = word.endswith("ه") and not word.endswith("ها") and not word.endswith("هم")
    if len(word) < 4 or not (masculine_object and feminine_verb):
        return None
    own = ctx.mentions[subject]["actor_id"] if subject is not None else None
    return _named_before(ctx, verb, own)


def describing_verb(word: str) -> str | None:
    """The object pronoun of a folded word that is a verb of describing (class ``describing_verbs``),
    past the conjunction joined before it: ``""`` for a verb without one (ووصف، واصفاً، يصفون),
    the pronoun for one with it (ووصفتها -> ``"ها"``, وصفوه -> ``"ه"``), ``None`` for any other
    word (تصفية "liquidation" is no form of يصف).

    >>> [describing_verb(fold(w)) for w in ("ووصفتها", "وصفت", "واصفاً", "فيصفه", "وصفوه", "تصفية")]
    ['ها', '', '', 'ه', 'ه', None]
    """
    stems = _describing_stems()
    for bare in (word, word[1:]) if word[:1] in "وف" else (word,):
        for stem in stems:
            if bare.startswith(stem) and bare[len(stem):] in ENCLITIC_PRONOUNS | {""}:
                return bare[len(stem):]
    return None


@lru_cache(maxsize=1)
def _describing_stems() -> tuple[str, ...]:
    """The verbs of describing, longest first, with the form a pronoun takes after the plural's
    alif (وصفوا -> وصفوه)."""
    stems = set(DESCRIBING_VERBS) | {v[:-1] for v in DESCRIBING_VERBS if v.endswith("وا")}
    return tuple(sorted(stems, key=lambda v: (-len(v), v)))


def _demonstrative_object(ctx: _Context, j: int) -> bool:
    """Whether token ``j`` is a demonstrative standing alone after a preposition (لذلك، بهذا، من ذلك)."""
    word = ctx.folded[j]
    bare = word[1:] if word[:1] in "وف" else word
    if bare[:1] in JOINED_PREPOSITIONS and bare[1:] in DEMONSTRATIVES:
        pass
    elif not (word in DEMONSTRATIVES and j > 0 and ctx.folded[j - 1] in PREPOSITIONS):
        return False
    return j + 1 >= len(ctx.doc.tokens) or _break_between(ctx.doc, j, j + 1) or not ctx.folded[j + 1].startswith("ال")


def _stands_alone(ctx: _Context, j: int, cue: Cue) -> bool:
    """Whether the demonstrative at token ``j`` is a pronoun (هذا إرهاب، وهذا سلوك لا يمكن التسامح
    معه), not the determiner of a definite noun (هذا الاتفاق غير مقبول is about the agreement)."""
    nxt = j + 1
    return nxt >= cue.first or not ctx.folded[nxt].startswith("ال")


def _attacker(ctx: _Context, j: int) -> list[int]:
    """The author of the attack a bare attack noun at token ``j`` refers to: scanning back from it,
    the actor right before or after the latest attack verb (روسيا شنت، قصفت القوات الروسية), or the
    demonym right after the latest attack noun (هجوم روسي)."""
    first_sentence = max(ctx.doc.sentence_id(ctx.doc.tokens[j].start) - MAX_ATTACK_SENTENCES, 0)
    k = j - 1
    while k >= 0 and ctx.doc.sentence_id(ctx.doc.tokens[k].start) >= first_sentence:
        for mi in _attack_authors(ctx, k):
            if mi is not None and not ctx.mentions[mi]["governed"]:
                return [mi]
        k -= 1
    return []


def _attack_authors(ctx: _Context, k: int) -> list[int | None]:
    """The mentions that may be the author of an attack named at token ``k``: for an attack verb,
    those before it in its clause (القوات الروسية قد شنت) and right after it (قصفت القوات الروسية);
    for an attack noun, the one right after it (هجوم روسي)."""
    word = ctx.folded[k]
    bare = word[1:] if word[:1] in "وف" and word[1:] in ATTACK_VERBS else word
    if bare in ATTACK_VERBS:
        candidates = [ctx.at_token.get(b) for b in range(k - 1, max(k - 4, -1), -1)
                      if not any(_break_between(ctx.doc, x, x + 1) for x in range(b, k))]  # القوات الروسية قد شنت
        candidates.append(_mention_after(ctx, k + 1))
        if k + 2 < len(ctx.doc.tokens) and ctx.folded[k + 1].startswith("ال"):
            candidates.append(_mention_after(ctx, k + 2))  # قصفت القوات الروسية
        return candidates
    if word in ATTACK_NOUNS or (word[:1] in "وب" and word[1:] in ATTACK_NOUNS):
        return [_mention_after(ctx, k + 1)]
    return []


def _second_person(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> bool:
    """Whether a cue in a quote speaks to someone: it ends in a second-person pronoun (أشكرك،
    حكمتك) or a second-person word stands next to it in its clause (شكراً لك، أنت قائد رائع، لقد
    كنت صديقاً حقيقياً).

    >>> from framing.sentiment import SentimentScorer
    >>> scorer = SentimentScorer()
    >>> doc = Document("a", "قال: «شكراً لك، لقد كنت صديقاً وفياً»", "2025-01-01")
    >>> ctx = scorer.context(doc, [])
    >>> [(doc.text[c.start:c.end], _second_person(ctx, c, (2, len(doc.tokens) - 1))) for c in ctx.cues]
    [('شكراً', True), ('صديقاً', True), ('وفياً', True)]
    """
    last = ctx.folded[cue.last]
    if len(last) > 3 and last.endswith(SECOND_PERSON_SUFFIXES) and not last.startswith("ال"):
        return True
    after = list(_steps_after(ctx, cue.last, bounds, 1))
    if after and _possessed_by_you(ctx.folded[after[0]]):
        return True  # خذلتَ شعبك
    if _perfect_addressed(ctx, cue, bounds):
        return True  # لقد صنعتَ معجزة
    return any(ctx.folded[j] in SECOND_PERSON for j in [*after, *_words_before(ctx, cue, bounds)])


NEAR_CUE = 3  # words before a cue where a second-person word makes it addressed (لقد كنت صديقاً)


def _words_before(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The :data:`NEAR_CUE` tokens before a cue in its clause, not counting a vocative phrase among
    them (لقد كنت يا فخامة الرئيس خير سند: كنت is still near the cue).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('وقال ماكرون مخاطباً ترامب: "لقد كنت يا صديقي شريكاً وفياً".')
    [('Emmanuel Macron', 'Donald Trump', 'positive', 'وفياً')]
    """
    near: list[int] = []
    k, reach = cue.first - 1, NEAR_CUE
    while k >= bounds[0] and cue.first - k <= reach and not _break_between(ctx.doc, k, k + 1):
        near.append(k)
        opener = _vocative_opener(ctx, k, bounds)
        if opener is not None:
            reach = max(reach, cue.first - opener + NEAR_CUE)  # يا فخامة الرئيس: the words of address do not count
        k -= 1
    return near


MAX_VOCATIVE = 4  # words of a vocative phrase after يا (يا أخي الرئيس السيسي)


def _vocative_opener(ctx: _Context, k: int, bounds: tuple[int, int]) -> int | None:
    """The token of يا that opens the vocative phrase holding token ``k`` (يا فخامة الرئيس, up to
    :data:`MAX_VOCATIVE` words after it, in its clause), else ``None``.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('وقال ماكرون مخاطباً ترامب: "لقد كنت يا فخامة الرئيس شريكاً وفياً".')
    [('Emmanuel Macron', 'Donald Trump', 'positive', 'وفياً')]
    """
    for j in range(k, max(k - MAX_VOCATIVE, bounds[0] - 1), -1):
        if ctx.folded[j] in VOCATIVES:
            return j
        if j > bounds[0] and _break_between(ctx.doc, j - 1, j):
            return None
    return None


def _plural_addressed(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> bool:
    """Whether a cue in a quote speaks in the plural of the second person: a plural pronoun next to
    it in its clause (فأنتم شريك لا غنى عنه، لقد كنتم شريكاً) or a plural possessive on its last word
    (جهودكم). Said to one person, the plural speaks to the state he stands for as well.

    >>> from framing.sentiment import SentimentScorer
    >>> doc = Document("a", "قال: «شكراً لك، فأنتم شريك لا غنى عنه، وأنت صديق وفي»", "2025-01-01")
    >>> ctx = SentimentScorer().context(doc, [])
    >>> [(doc.text[c.start:c.end], _plural_addressed(ctx, c, (2, len(doc.tokens) - 1))) for c in ctx.cues]
    [('شكراً', False), ('شريك لا غنى عنه', True), ('صديق وفي', False)]
    """
    last = ctx.folded[cue.last]
    if len(last) > 4 and last.endswith("كم") and not last.startswith("ال") and last not in NOT_SECOND_PERSON:
        return True
    k = cue.first - 1
    while k >= bounds[0] and cue.first - k <= 3 and not _break_between(ctx.doc, k, k + 1):
        if ctx.folded[k] in SECOND_PERSON_PLURAL:
            return True
        if ctx.folded[k] in SECOND_PERSON:
            return False  # the nearer pronoun decides: وأنت صديق after فأنتم
        k -= 1
    return False


def _majesty(person: dict) -> bool:
    """Whether a person is named by a monarch's title in construct with his state (أمير الكويت، ملك
    الأردن), not by an honorific before his name (الأمير فيصل): addressed in the plural, he is
    addressed alone (the plural of majesty).

    >>> [_majesty({"surface": s}) for s in ("أمير الكويت", "أخاه أمير الكويت", "الأمير فيصل بن فرحان")]
    [True, True, False]
    """
    words = [fold(w) for w in str(person.get("surface", "")).split()]
    return any(w in MAJESTY_TITLES for w in words[:2])


STYLE_WINDOW = 2  # words from a plural cue to the style of address after it (أشكركم سيادة الرئيس)


def respectful_plural(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> bool:
    """Whether a style of address (the file's class ``address_styles``: سيادة، فخامة، معالي) follows a
    cue in the plural of the second person within STYLE_WINDOW words of its clause, or right after a
    vocative: «أشكركم سيادة الرئيس» thanks the president alone, in the plural of respect, not his
    state as «فأنتم شريك» does.

    >>> from framing.sentiment.roles import evaluations
    >>> t = 'قال بايدن: "أنت شريك". ورد محمد شياع السوداني: "أشكركم سيادة الرئيس على هذه الدعوة".'
    >>> [target for _, target, _, cue in evaluations(t) if cue == "أشكركم"]
    ['Joe Biden']
    >>> from framing.sentiment import SentimentScorer
    >>> doc = Document("a", "قال: «أشكركم سيادة الرئيس، فأنتم شريك لا غنى عنه»", "2025-01-01")
    >>> ctx = SentimentScorer().context(doc, [])
    >>> [(doc.text[c.start:c.end], respectful_plural(ctx, c, (2, len(doc.tokens) - 1))) for c in ctx.cues]
    [('أشكركم', True), ('شريك لا غنى عنه', False)]
    """
    styles = ADDRESS_STYLES
    for j in _steps_after(ctx, cue.last, bounds, STYLE_WINDOW):
        word = ctx.folded[j]
        if word in styles or (word in VOCATIVES and j + 1 <= bounds[1] and ctx.folded[j + 1] in styles):
            return True
    return False


def _addressee_state(ctx: _Context, addressee: int) -> int | None:
    """The mention of the state a person addressed in the plural stands for: his affiliation, where
    the article names it (the nearest mention before him, else the first after him).

    >>> import pandas as pd
    >>> from framing.sentiment import SentimentScorer
    >>> from framing.actors import find_mentions
    >>> t = "رحبت السعودية بالمحادثات. والتفت روبيو إلى الأمير فيصل بن فرحان قائلاً: «أنتم شريك»"
    >>> ms = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-20"], "text": [t]})).to_dict("records")
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-05-20"), ms)
    >>> ctx.mentions[_addressee_state(ctx, 2)]["actor_id"]
    'Saudi Arabia'
    """
    person = ctx.mentions[addressee]
    state = str(person.get("affiliation") or "")
    if person.get("actor_type") != "person" or not state or _majesty(person):
        return None
    named = [mi for mi, m in enumerate(ctx.mentions) if m["actor_id"] == state]
    before = [mi for mi in named if ctx.mentions[mi]["start"] < person["start"]]
    return before[-1] if before else (named[0] if named else None)


def _possessed_by_you(word: str) -> bool:
    """Whether a folded word carries a second-person possessive (شعبك، بلدكم), not a word whose ك is
    its own (ذلك، هناك، شريك).

    >>> [_possessed_by_you(w) for w in ("شعبك", "بلدكم", "ذلك", "هناك", "لك")]
    [True, True, False, False, False]
    """
    return (len(word) > 3 and word.endswith(SECOND_PERSON_SUFFIXES) and not word.startswith("ال")
            and word not in NOT_SECOND_PERSON)


def _perfect_addressed(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> bool:
    """Whether a cue opens with a perfect verb in ت after لقد or قد (لقد صنعتَ معجزة، لقد خذلتَ), or is
    its object right after it (لقد أظهرتَ حكمة كبيرة): in a quote that addresses someone, the
    second person.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('وقال أردوغان مخاطباً السيسي: "لقد أظهرت حكمة كبيرة".')[-1]
    ('Recep Tayyip Erdoğan', 'Abdel Fattah el-Sisi', 'positive', 'حكمة')
    """
    for verb in (cue.cue_first, cue.cue_first - 1):
        word, before = ctx.folded[verb], verb - 1
        if (len(word) > 3 and word.endswith("ت") and before >= bounds[0] and ctx.folded[before] in PERFECT_PARTICLES
                and not any(_break_between(ctx.doc, k, k + 1) for k in range(before, cue.cue_first))):
            return True
    return False


def _addressee(ctx: _Context, quote: QuoteSpan) -> int | None:
    """The actor a quote speaks to: the one named after a vocative inside it (شكراً لك يا ناصر), else
    after a word of addressing around it in its sentence (قال أنور مخاطباً لي تشيانغ، التفت إلى الأمير
    فيصل قائلاً), else the object of ل right after the quote's reporting verb (قال للبوسعيدي).

    >>> import pandas as pd
    >>> from framing.sentiment import SentimentScorer
    >>> from framing.actors import find_mentions
    >>> t = "والتفت بولس إلى الأمير فيصل بن فرحان قائلاً: «شكراً لك يا سمو الأمير»"
    >>> ms = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-20"], "text": [t]})).to_dict("records")
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-05-20"), ms)
    >>> ctx.mentions[_addressee(ctx, QuoteSpan(t.index("شكرا"), len(t) - 1, "Massad Boulos", "person", t.index("قائلا")))]["actor_id"]
    'Faisal bin Farhan Al Saud'
    """
    first, last = ctx.token_bounds(quote)
    for find in (_called, _told_inside, _addressed_around, _told, _replied, _answered):
        found = find(ctx, quote, first, last)
        if found is not None:
            return found
    return None


def _cue_token(ctx: _Context, quote: QuoteSpan) -> int:
    """The token of a quote's reporting cue, or -1."""
    return bisect_right(ctx.starts, quote.cue_start) - 1 if quote.cue_start >= 0 else -1


def _reply_cue(ctx: _Context, quote: QuoteSpan) -> int:
    """The token of a quote's cue when it is a verb of replying (فرد الخليفي، وردّ الملك، أجاب), not
    one before a preposition (ورد في البيان "it was stated in"), else -1.

    >>> from framing.sentiment import SentimentScorer
    >>> t = "فرد الخليفي: «وأنت صديقي». وورد في البيان: «نحن مستعدون»"
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-01-01"), [])
    >>> [_reply_cue(ctx, QuoteSpan(t.index(q), t.index(q) + 4, "x", "person", t.index(c))) for q, c in (("وأنت", "فرد"), ("نحن", "وورد"))]
    [0, -1]
    """
    k = _cue_token(ctx, quote)
    if k < 0:
        return -1
    word = ctx.folded[k]
    bare = word[1:] if word[:1] in "وف" and word[1:] in REPLY_VERBS else word
    after = ctx.folded[k + 1] if k + 1 < len(ctx.folded) else ""
    return k if bare in REPLY_VERBS and after not in PREPOSITIONS else -1


def _replied(ctx: _Context, quote: QuoteSpan, first: int, last: int) -> int | None:
    """The speaker of the quote before a reply: a quote that a verb of replying reports (فرد
    الخليفي: «وأنت يا صديقي كنت شريكاً») speaks to the one who spoke before, in the two sentences
    before it, unless the replier named after the verb is that one.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('قال ماكرون: "نحن مستعدون". فرد زيلينسكي: "أنت صديق وفي".')[-1][1:3]
    ('Emmanuel Macron', 'positive')
    """
    k = _reply_cue(ctx, quote)
    previous = ctx.quote_before(ctx.doc.tokens[k].start) if k >= 0 else None
    if previous is None or not previous.speaker:
        return None
    replier = _mention_after(ctx, k + 1)
    if replier is not None and ctx.mentions[replier]["actor_id"] == previous.speaker:
        return None
    return _latest_mention_of(ctx, previous.speaker, quote.start)


def _answered(ctx: _Context, quote: QuoteSpan, first: int, last: int) -> int | None:
    """The one who answers a quote: the speaker of the next quote, in the same sentence or the next,
    when a verb of replying reports it (خاطب بايدن ضيفه قائلاً: «لقد كنت شريكاً». ورد السوداني: ...):
    the quote spoke to him.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('وقال ماكرون: "أنت صديق وفي". ورد زيلينسكي: "نحن مستعدون".')[0][1:3]
    ('Volodymyr Zelenskyy', 'positive')
    """
    k = bisect_right([q.start for q in ctx.quotes], quote.end - 1)
    nxt = ctx.quotes[k] if k < len(ctx.quotes) else None
    if nxt is None or not nxt.speaker or nxt.speaker == quote.speaker or _reply_cue(ctx, nxt) < 0:
        return None
    if ctx.doc.sentence_id(nxt.start) - ctx.doc.sentence_id(max(quote.end - 1, 0)) > 1:
        return None
    return _latest_mention_of(ctx, nxt.speaker, nxt.start)


def _latest_mention_of(ctx: _Context, actor_id: str, offset: int) -> int | None:
    """The last mention of ``actor_id`` that starts before ``offset``."""
    found = [mi for mi, m in enumerate(ctx.mentions) if m["actor_id"] == actor_id and m["start"] < offset]
    return max(found, key=lambda mi: ctx.mentions[mi]["start"]) if found else None


def _called(ctx: _Context, quote: QuoteSpan, first: int, last: int) -> int | None:
    """The actor named after a vocative inside the quote (شكراً لك يا ناصر), or called by his first
    name alone after a vocative or at the quote's start (يا ناصر، «أندريه، لقد صنعت المستحيل»): the
    person of the article whose name holds it (:func:`_first_named`)."""
    for j in range(first, last):
        if ctx.folded[j] in VOCATIVES:
            mi = _mention_after(ctx, j + 1)
            if mi is not None:
                return mi
            named = _first_named(ctx, j + 1, quote.speaker)
            if named is not None:
                return named
    if first < last and _break_between(ctx.doc, first, first + 1):
        return _first_named(ctx, first, quote.speaker)
    return None


def _first_named(ctx: _Context, j: int, speaker: str) -> int | None:
    """The last mention before token ``j`` of a person, other than ``speaker``, whose name (not his
    title) holds the word at ``j``: a speaker calls his addressee by his first name (شكراً لك يا
    ناصر after وزير الخارجية المغربي ناصر بوريطة).

    >>> import pandas as pd
    >>> from framing.sentiment import SentimentScorer
    >>> from framing.actors import find_mentions
    >>> t = "والتقى ألباريس وزير الخارجية المغربي ناصر بوريطة، وقال: «ناصر، شكراً لك»"
    >>> ms = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-20"], "text": [t]})).to_dict("records")
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-05-20"), ms)
    >>> ctx.mentions[_first_named(ctx, ctx.folded.index("ناصر", 8), "")]["actor_id"]
    'Nasser Bourita'
    """
    if j >= len(ctx.folded) or j in ctx.at_token or len(ctx.folded[j]) < 3:
        return None
    word, start = ctx.folded[j], ctx.doc.tokens[j].start
    for mi in range(len(ctx.mentions) - 1, -1, -1):
        mention = ctx.mentions[mi]
        if mention["start"] >= start or mention.get("actor_type") != "person" or mention["actor_id"] == speaker:
            continue
        names = [fold(w) for w in str(mention.get("surface", "")).split()]
        if mention.get("form") == "name" and word in names[-3:]:
            return mi
    return None


def _addressed_around(ctx: _Context, quote: QuoteSpan, first: int, last: int) -> int | None:
    """The actor a word of addressing names around the quote, in its sentence (قال أنور مخاطباً لي
    تشيانغ، التفت إلى الأمير فيصل قائلاً)."""
    around = ctx.sentence_bounds(min(quote.start, quote.cue_start if quote.cue_start >= 0 else quote.start))
    end = ctx.sentence_bounds(max(quote.end - 1, quote.cue_start))[1]
    for j in range(around[0], end + 1):
        if first <= j <= last:
            continue
        word = ctx.folded[j]
        bare = word[1:] if word[:1] in "وف" and word[1:] in ADDRESSING_WORDS else word
        if bare in ADDRESSING_WORDS:
            found = _addressed_after(ctx, j, end, quote.speaker)
            if found is not None:
                return found
    return None


def _told(ctx: _Context, quote: QuoteSpan, first: int, last: int) -> int | None:
    """The object of ل right after the quote's reporting verb (قال للبوسعيدي، قال عراقجي للبوسعيدي),
    also past the title it carries (قائلاً للموفد السعودي الأمير يزيد بن فرحان: :func:`_titled_object`)."""
    cue_token = bisect_right(ctx.starts, quote.cue_start) - 1 if quote.cue_start >= 0 else -1
    for k in (cue_token + 1, cue_token + 2, _after_speaker(ctx, cue_token), _after_saying_noun(ctx, cue_token, first)):
        if not 0 < k < len(ctx.doc.tokens) or first <= k <= last or not ctx.folded[k].startswith("ل"):
            continue
        mi = _mention_after(ctx, k)
        if mi is not None and ctx.mentions[mi]["governed"]:
            return mi
        if mi is None and ctx.folded[k].startswith("لل"):
            return _titled_object(ctx, k, first)
    return None


MAX_TOLD_INSIDE = 3  # words from a quote's start to أقول (وأنا أقول لأمادو با)


def _told_inside(ctx: _Context, quote: QuoteSpan, first: int, last: int) -> int | None:
    """The actor a first-person verb of saying near the start of a quote names after ل (أقول لأمادو
    با: لقد كنت منافساً شريفاً): the words that follow speak to him.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('وقال ماكرون: "أقول لبوتين: لقد كنت منافساً نزيهاً".')
    [('Emmanuel Macron', 'Vladimir Putin', 'positive', 'نزيهاً')]
    """
    for k in range(first, min(first + MAX_TOLD_INSIDE, last)):
        if ctx.folded[k] in SAYING_TO_VERBS and ctx.folded[k + 1].startswith("ل"):
            mi = _mention_after(ctx, k + 1)
            return mi if mi is not None and ctx.mentions[mi]["actor_id"] != quote.speaker else None
    return None


MAX_SAYING_NOUN = 5  # words from a quote's cue to قوله (نُقل عن وزيرة الخارجية قولها)


def _after_saying_noun(ctx: _Context, cue_token: int, first: int) -> int:
    """The token after a verbal noun of saying between a quote's cue and its words (نُقل عن الوزيرة
    قولها لسلام: «أنت رجل إصلاح حقيقي»), where the one spoken to follows after ل, else -1.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('ونُقل عن الوزيرة قولها لترامب: "أنت رجل نزيه".')[0][1:]
    ('Donald Trump', 'positive', 'رجل نزيه')
    """
    if cue_token < 0:
        return -1
    for k in range(cue_token, min(cue_token + MAX_SAYING_NOUN, first)):
        if ctx.folded[k] in SAYING_NOUNS:
            return k + 1
    return -1


def _after_speaker(ctx: _Context, cue_token: int) -> int:
    """The token after the speaker named right after a reporting verb at ``cue_token``, past his
    title (قال الرئيس اللبناني جوزيف عون للموفد ...), or -1."""
    for k in (cue_token + 1, cue_token + 2):
        mi = ctx.at_token.get(k) if 0 < k < len(ctx.doc.tokens) else None
        if mi is not None and ctx.mentions[mi].get("actor_type") == "person":
            return int(ctx.mentions[mi]["last_token"]) + 1
    return -1


def _titled_object(ctx: _Context, k: int, quote_first: int) -> int | None:
    """The person a definite title joined to ل at token ``k`` introduces, past the title's
    adjectives and his own honorific (للموفد السعودي الأمير يزيد بن فرحان -> Yazid bin Farhan):
    the first person named in the definite words that follow, before the quote.

    >>> import pandas as pd
    >>> from framing.sentiment import SentimentScorer
    >>> from framing.actors import find_mentions
    >>> t = "وقال عون للموفد السعودي الأمير يزيد بن فرحان لدى استقباله: «أنت صديق حقيقي»"
    >>> ms = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-20"], "text": [t]})).to_dict("records")
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-05-20"), ms)
    >>> ctx.mentions[_titled_object(ctx, 2, 10)]["actor_id"]
    'Yazid bin Farhan'
    """
    j = k + 1
    while j < min(k + 5, quote_first) and not _break_between(ctx.doc, j - 1, j):
        mi = _mention_after(ctx, j)
        if mi is not None and ctx.mentions[mi].get("actor_type") == "person":
            return mi
        if mi is None and not ctx.folded[j].startswith("ال"):
            return None
        j = ctx.mentions[mi]["last_token"] + 1 if mi is not None else j + 1
    return None


def _addressed_after(ctx: _Context, j: int, end: int, speaker: str = "") -> int | None:
    """The actor a word of addressing at token ``j`` names: the object of إلى within three words
    (التفت بولس إلى الأمير فيصل), else, after a form of خاطب, the actor right after it (مخاطباً لي),
    or the one a pronoun or الأخير right after it points back to (مخاطباً إياه)."""
    for k in range(j + 1, min(j + 4, end) + 1):
        if ctx.folded[k] == "الي":
            return _addressed_at(ctx, k + 1, speaker) if k + 1 <= end else None
    if "خاطب" not in ctx.folded[j]:
        return None
    start = _past_speaker(ctx, j + 1, speaker)  # خاطب الرئيس جو بايدن ضيفه: the speaker is not addressed
    if start <= end and ctx.folded[start] in ADDRESSED_BACK:
        return _named_before(ctx, j, speaker)
    for k in range(start, min(start + 2, end) + 1):  # مخاطباً لي، مخاطباً أخاه أمير الكويت
        mi = _mention_after(ctx, k)
        if mi is not None:
            return mi
    return None


def _past_speaker(ctx: _Context, k: int, speaker: str) -> int:
    """Token ``k``, or the token after the speaker's own name when it starts there: after a verb of
    addressing the speaker may be named first (خاطب الرئيس الأميركي جو بايدن ضيفه), and a speaker
    never addresses himself."""
    mi = _mention_after(ctx, k) if k < len(ctx.folded) else None
    return int(ctx.mentions[mi]["last_token"]) + 1 if mi is not None and ctx.mentions[mi]["actor_id"] == speaker else k


def _addressed_at(ctx: _Context, k: int, speaker: str) -> int | None:
    """The actor named at token ``k``, the object of إلى after a word of addressing, or the person
    of the article called there by one part of his name (توجّه العيبان إلى وانغ بالقول)."""
    mi = _mention_after(ctx, k)
    if mi is not None:
        return mi if ctx.mentions[mi]["actor_id"] != speaker else None
    return _first_named(ctx, k, speaker)


def _named_before(ctx: _Context, j: int, speaker: str | None) -> int | None:
    """The last actor named before token ``j`` in its sentence, other than ``speaker``: the one
    that إياه or الأخير after a word of addressing points back to (ووجّه الشكر إلى الرئيس السيسي ...،
    مخاطباً إياه -> Sisi).

    >>> import pandas as pd
    >>> from framing.sentiment import SentimentScorer
    >>> from framing.actors import find_mentions
    >>> t = "وشكر ماكرون الرئيس زيلينسكي، مخاطباً إياه: «أنت رجل شجاع»"
    >>> ms = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-20"], "text": [t]})).to_dict("records")
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-05-20"), ms)
    >>> ctx.mentions[_named_before(ctx, 4, "Emmanuel Macron")]["actor_id"]
    'Volodymyr Zelenskyy'
    """
    lo = ctx.sentence_bounds(ctx.doc.tokens[j].start)[0]
    for k in range(j - 1, lo - 1, -1):
        mi = ctx.at_token.get(k)
        if mi is not None and ctx.mentions[mi]["actor_id"] != speaker:
            return mi
    return None


def _country_of_yours(word: str) -> str | None:
    """The proclitics of a folded word that is a country noun with a second-person possessive
    (بلدكم، ولبلدك، شعبكم، وحكومتكما), or ``None``.

    >>> [_country_of_yours(fold(w)) for w in ("بلدكم", "ولبلدك", "شعبكم", "بلدهم", "لكم", "دولتك")]
    ['', 'ول', '', None, None, '']
    """
    for suffix in SECOND_PERSON_SUFFIXES:  # endings that exclude each other: the order does not matter
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        for prefix in sorted(PROCLITIC_PREFIXES, key=len, reverse=True):
            noun = stem[len(prefix):]
            if stem.startswith(prefix) and (noun in COUNTRY_NOUNS or (noun.endswith("ت") and noun[:-1] + "ه" in COUNTRY_NOUNS)):
                return prefix
    return None


def addressed_countries(ctx: _Context) -> list[dict]:
    """Mentions of the state that a country noun with a second-person possessive names inside a
    quote (ونحن ممتنون لبلدكم، أنتم وبلدكم أثبتّم، شعبك): the state of the one the quote addresses
    (:func:`_addressee`), his affiliation for a person, the actor itself for a state (form
    ``addressed``).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال ماكرون مخاطباً الرئيس ترامب: «نحن ممتنون لبلدكم»", date="2025-02-11")
    [('Emmanuel Macron', 'United States', 'positive', 'ممتنون')]
    """
    out = []
    for quote in ctx.quotes:
        first, last = ctx.token_bounds(quote)
        found = [(k, p) for k in range(first, last + 1) if (p := _country_of_yours(ctx.folded[k])) is not None]
        addressee = _addressee(ctx, quote) if found else None
        state = _state_of(ctx.mentions[addressee]) if addressee is not None else ""
        for k, prefix in found if state else ():
            token = ctx.doc.tokens[k]
            out.append(_anaphor_mention(ctx.doc, state, "state", token.start + len(prefix), token.end)
                       | {"form": "addressed"})
    return out


def _state_of(mention: dict) -> str:
    """The state an addressee stands for: a state itself, a person his affiliation (``""`` if none)."""
    if mention.get("actor_type") == "state":
        return str(mention["actor_id"])
    return str(mention.get("affiliation") or "") if mention.get("actor_type") == "person" else ""
