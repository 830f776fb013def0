"""The lexicon scorer: the cues of a document (negation, intensity, idioms with an actor slot),
resolved by the role rules into evaluation rows.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import accumulate

import pandas as pd

from ..actors import Gazetteer
from ..frames import frame_lexicon
from ..labels import label_entries, labels_in, load_labels
from ..lexicon import as_flag, read_tsv
from ..matcher import LexiconMatcher
from ..text import QUOTE_MARKS, Document, fold, has_article
from .anaphora import (
    addressed_countries,
    anaphor_heads,
    class_anaphors,
    counterpart_anaphors,
    dual_anaphors,
    leadership_anaphors,
    party_sides,
)
from .context import _break_between, _Context
from .cues import Cue, _object_pronoun, _variants, load_modifiers, load_sentiment_lexicon
from .labels_frames import _label_mention, _restates
from .merits import merit_rows
from .misreadings import misread
from .roles import resolve
from .vocabulary import (
    AFFIRMED_AFTER_NEGATOR,
    CALL_VERBS,
    CLAUSE_BREAKS,
    COMPLEMENTIZERS,
    CONJUNCTION_AFTER_GHAYR,
    CONTINUATION_AFTER_LA,
    DENIAL_VERBS,
    DISJUNCTIONS,
    DOUBT_NOUNS,
    ENCLITIC_PRONOUNS,
    FORBIDDING_MODALS,
    GENERIC_SUBJECTS,
    LABEL_STRENGTH,
    MAX_SLOT,
    NEGATION_WINDOW,
    NEGATION_WINDOW_AFTER_ANY,
    OUTCOME_NOUNS,
    RESUMPTIVE_PRONOUNS,
    SINGLE_ACTOR_TYPES,
    SLOT,
    UNITY_CATEGORIES,
    UNITY_GOALS,
    VERB_HOMOGRAPHS,
)


class SentimentScorer:
    """The evaluative lexicon compiled once; :meth:`find` is a pure function of one document.

    >>> scorer = SentimentScorer()
    >>> [(c.sign, c.weight, c.negated) for c in scorer.cues(Document("x", "أنا محبط جداً منه ولا أثق به"))]
    [(-1, 1.5, False), (-1, 1.0, True)]
    """

    method = "lexicon"

    def __init__(self, lexicon: pd.DataFrame | None = None, modifiers: pd.DataFrame | None = None,
                 gazetteer: Gazetteer | None = None, labels: pd.DataFrame | None = None,
                 frames: pd.DataFrame | bool | None = None):
        self.lexicon = load_sentiment_lexicon() if lexicon is None else lexicon
        for column, default in (("target", "any"), ("negation", "flip"), ("category", "")):
            if column not in self.lexicon:  # a user's table without the optional columns
                self.lexicon = self.lexicon.assign(**{column: default})
        if frames is not False:  # the connotation frames join the lexicon, which wins on a shared form
            self.lexicon = _with_frames(self.lexicon, None if frames is None else frames)
        self.labels = label_entries(load_labels()) if labels is None else label_entries(labels)
        self.anaphor_heads = anaphor_heads(gazetteer)
        self.reporting_verbs = _reporting_verbs()  # nested reports in a quote
        self.sides = party_sides(gazetteer)
        modifiers = load_modifiers() if modifiers is None else modifiers
        self._entries = self.lexicon[["cue", "polarity", "strength", "target", "negation", "category"]].to_dict("records")
        enclitics = [as_flag(str(v)) for v in self.lexicon["enclitics"]]
        prefixes, self._slot_entries = _slot_entries(self._entries)
        self.slot_matcher = LexiconMatcher(prefixes)
        terms, flags, self._term_entry = _lexicon_terms(self._entries, enclitics)
        self.matcher = LexiconMatcher(terms, enclitics=flags)
        self._terms = terms
        self.negators = {fold(t) for t in modifiers.loc[modifiers["kind"] == "negator", "term"]}
        self.intensifiers = _intensifiers(modifiers)
        self._max_intensifier = max((len(k) for k in self.intensifiers), default=1)
        self._one_word_intensifiers = frozenset(k[0] for k in self.intensifiers if len(k) == 1)

    # -- cues -----------------------------------------------------------------------------------

    def cues(self, doc: Document) -> list[Cue]:
        """Every evaluative cue of a document, with its negation and intensity (no target yet)."""
        folded = doc.folded
        out = []
        matches = list(doc.matches(self.matcher))
        covered = frozenset(k for m in matches for k in range(m.first_token, m.last_token + 1))  # negation scope
        for m in matches:
            index = self._term_entry[m.entry]
            entry = self._entries[index]
            if _opening_verb(doc, folded, m.first_token, m.last_token) or misread(doc, m, self._terms[m.entry], entry):
                continue
            sign, negator, first, start = self._polarity(doc, folded, m, entry, covered)
            term_words = self._terms[m.entry].split()
            pronoun = entry["target"] == "object" and _object_pronoun(folded, m.last_token, fold(term_words[-1]))
            out.append(Cue(start, m.end, m.start, first, m.first_token, m.last_token, index, sign, float(entry["strength"]),
                           self._intensity(doc, folded, m.first_token, m.last_token), negator is not None,
                           fold(term_words[0]).startswith("ال"), entry["target"], str(entry["category"]),
                           pronoun_object=pronoun))
        taken = {k for c in out for k in range(c.first, c.last + 1)}
        for cue in self._slot_cues(doc, folded, covered):
            assert cue.slot is not None
            fixed = [*range(cue.first, cue.slot[0]), *range(cue.slot[1] + 1, cue.last + 1)]
            if not any(k in taken for k in fixed):  # a cue inside the slot (سلطات الاحتلال) stays
                out.append(cue)
        return sorted(out, key=lambda c: c.start)

    def _polarity(self, doc: Document, folded: list[str], m, entry: dict,
                  covered: AbstractSet[int] = frozenset()) -> tuple[int, int | None, int, int]:
        """(sign, negator token, first token, start) of a matched cue: a negator just before it
        joins its span and flips its sign unless the entry keeps it (``negation = keep``), and
        unless another cue stands between them (``covered``: the tokens of the document's cues)."""
        sign = 1 if entry["polarity"] == "positive" else -1
        negator = self._negator_before(doc, folded, m.first_token, entry["cue"], covered)
        if negator is None:
            denied = entry["negation"] != "keep" and denied_claim(doc, folded, m.first_token, self.negators)
            return (-sign if denied else sign), None, m.first_token, m.start
        return (sign if entry["negation"] == "keep" else -sign), negator, negator, doc.tokens[negator].start

    def _slot_cues(self, doc: Document, folded: list[str], covered: AbstractSet[int] = frozenset()) -> list[Cue]:
        """Cues of the entries with an actor slot: the words before it, one to MAX_SLOT words in the
        same clause, then the words after it (whether the slot holds an actor is checked when the
        target is resolved)."""
        out = []
        tokens = doc.tokens
        for m in doc.matches(self.slot_matcher):
            found = _slot_match(doc, folded, m.last_token, self._slot_entries[m.entry])
            if found is None:
                continue
            index, first_after, last = found
            entry = self._entries[index]
            sign, negator, first, start = self._polarity(doc, folded, m, entry, covered)
            out.append(Cue(start, tokens[last].end, m.start, first, m.first_token, last, index, sign,
                           float(entry["strength"]), self._intensity(doc, folded, m.first_token, last),
                           negator is not None, False, entry["target"], str(entry["category"]),
                           slot=(m.last_token + 1, first_after - 1)))
        return out

    def _negator_before(self, doc: Document, folded: list[str], i: int, cue: str,
                        covered: AbstractSet[int] = frozenset()) -> int | None:
        if fold(cue.split()[0]) in self.negators:
            return None  # the entry carries its own negation (لا يمكن الوثوق)
        window = NEGATION_WINDOW_AFTER_ANY if i > 0 and folded[i - 1] == "اي" else NEGATION_WINDOW
        for j in range(i - 1, max(i - 1 - window, -1), -1):
            if _break_between(doc, j, j + 1) or _other_cue_between(folded, j, covered):
                return None
            word = folded[j]
            bare = bare_negator(word, self.negators)
            if bare in self.negators:
                if _forbids_an_act(folded, j, i, cue):
                    return None
                return None if _not_negation(bare, folded[j + 1]) else j
        return None

    def _intensity(self, doc: Document, folded: list[str], first: int, last: int) -> float:
        """The strongest intensifier right before the cue or within two words after it."""
        weight, found = 1.0, False
        n = len(folded)
        for size in range(1, self._max_intensifier + 1):
            spans = [(first - size, first - 1), (last + 1, last + size), (last + 2, last + 1 + size)]
            for a, b in spans:
                if a < 0 or b >= n:
                    continue
                words = tuple(folded[a : b + 1])
                w = self.intensifiers.get(words)
                if w is None:
                    w = self.intensifiers.get((words[0][1:],) + words[1:]) if words[0][:1] == "و" else None
                if w is not None and not _break_between(doc, min(a, first), max(b, last)):
                    weight = max(weight, w) if not found or w > 1 else min(weight, w)
                    found = True
        return weight

    # -- evaluations ----------------------------------------------------------------------------

    def find(self, doc: Document, mentions: list[dict], quote_spans: Sequence[tuple]) -> list[dict]:
        """The evaluation rows of one document.

        ``mentions`` are the document's mention rows; ``quote_spans`` are (start, end, speaker id,
        speaker type) of its quotes.
        """
        cues = self.cues(doc)
        labels = labels_in(doc, mentions, self.labels) if self.labels else []
        if not cues and not labels:
            return []
        named = [_label_mention(x) for x in labels if x.rule in ("alone", "back")]  # الاحتلال فشل: a subject too
        ctx = self.context(doc, list(mentions) + named, quote_spans, cues)
        # a word inside an actor's name evaluates nothing (تشن in ليو تشن مين، الوحدة in a party's name)
        names = [(int(m["start"]), int(m["end"])) for m in mentions if m.get("form") in ("name", "title")]
        rows = self._cue_rows(doc, ctx, cues, [(x.start, x.end) for x in labels] + names)
        self._add_merits(doc, ctx, cues, rows)  # أشاد بتضحيات الجيش: the merit too
        for x in labels:  # a lexicon row on the same words and actor wins
            sign = 1 if x.polarity == "positive" else -1
            source, source_type = ctx.voice(x.start)
            row = self._row(doc, x.start, x.end, source, source_type, x.actor_id, sign, sign * LABEL_STRENGTH,
                            f"label:{x.rule}")
            rows.setdefault((x.start, x.end, x.actor_id), row)
        return _join_coordinated(doc, sorted(rows.values(), key=lambda r: (r["start"], r["target_id"])))

    def _add_merits(self, doc: Document, ctx: _Context, cues: Sequence[Cue], rows: dict[tuple[int, int, str], dict]) -> None:
        """Add to ``rows`` the merit or charge in each speech act's complement, with the act's source
        and target, or the actor named right after it (:func:`merit_owner`) when the act has not
        that target already (بـ"القيادة الاستثنائية" للرئيس لولا ولرئيس المؤتمر: both stay)."""
        for act, start, end, act_row in merit_rows(ctx, cues, rows):
            owner = merit_owner(ctx, end)
            acted = {t for (s, e, t) in rows if (s, e) == (act.start, act.end)}
            target = owner if owner is not None and owner not in acted else act_row["target_id"]
            row = self._row(doc, start, end, act_row["source_id"], act_row["source_type"], target,
                            act.sign, act.score, f"{self.method}:merit")
            rows.setdefault((start, end, target), row)

    def _cue_rows(self, doc: Document, ctx: _Context, cues: Sequence[Cue],
                  label_spans: Sequence[tuple[int, int]]) -> dict[tuple[int, int, str], dict]:
        """The rows of the lexicon's and the frames' cues, by (start, end, target), less a verb that
        restates its noun and a word inside a label (حكومة الاحتلال is the label's) or a name
        (``label_spans`` holds both)."""
        rows: dict[tuple[int, int, str], dict] = {}
        inside_label = _SpanCover(label_spans)
        for cue in cues:
            if _restates(ctx, cue) or inside_label(cue.start, cue.end) or _names_no_actor(ctx, cue):
                continue
            evaluations = self.resolve(ctx, cue)
            if _unity_of_one(ctx, cue, evaluations) or unity_of_a_thing(ctx, cue) or unity_as_goal(ctx, cue) \
                    or _called_for(ctx, cue):
                continue
            for target, source, source_type in evaluations:
                if _blames_himself(source, target, cue.sign) or blames_own_side(ctx, self.sides, source, target, cue.sign):
                    continue
                # which rule found it: the frame, or the lexicon and the role rule of its entry
                method = cue.category if cue.category.startswith("frame:") else f"{self.method}:{cue.target}"
                row = self._row(doc, cue.start, cue.end, source, source_type, target, cue.sign, cue.score, method)
                rows.setdefault((cue.start, cue.end, target), row)
        return rows

    @staticmethod
    def _row(doc: Document, start: int, end: int, source: str, source_type: str, target: str, sign: int,
             score: float, method: str) -> dict:
        return {
            "article_id": doc.article_id, "source_id": source, "source_type": source_type, "target_id": target,
            "polarity": "positive" if sign > 0 else "negative", "score": score, "cue": doc.text[start:end],
            "start": start, "end": end, "sentence_id": doc.sentence_id(start), "sentence": doc.sentence_of(start).text,
            "method": method,
        }

    def context(self, doc: Document, mentions: list[dict], quote_spans: Sequence[tuple] = (),
                cues: Sequence[Cue] | None = None) -> _Context:
        """A document's mentions, quotes and cues (default: :meth:`cues`) indexed for :meth:`resolve`."""
        mentions = (list(mentions) + class_anaphors(doc, mentions, self.anaphor_heads)
                    + dual_anaphors(doc, mentions, self.sides) + counterpart_anaphors(doc, mentions, self.sides)
                    + leadership_anaphors(doc, mentions, self.sides))
        ctx = _Context(doc, mentions, quote_spans, self._one_word_intensifiers)
        addressed = addressed_countries(ctx)  # بلدكم: the addressee's state, once the quotes are known
        if addressed:
            ctx = _Context(doc, mentions + addressed, quote_spans, self._one_word_intensifiers)
        ctx.reporting_verbs = self.reporting_verbs
        cues = self.cues(doc) if cues is None else cues
        ctx.cues = list(cues)
        for c in ctx.cues:
            for k in range(c.cue_first, c.last + 1):
                ctx.cue_at.setdefault(k, c)
        ctx.cue_tokens = set(ctx.cue_at)
        return ctx

    def resolve(self, ctx: _Context, cue: Cue) -> list[tuple[str, str, str]]:
        """(target id, source id, source type) of each actor a cue evaluates: the rule that
        :data:`framing.sentiment.roles.ROLE_RULES` names for its role."""
        return resolve(ctx, cue)


def _unity_of_one(ctx: _Context, cue: Cue, evaluations: Sequence[tuple[str, str, str]]) -> bool:
    """Whether a cue of unity would evaluate one state or one person alone: unity is praise of a
    group that holds together (وحدة الأوروبيين، وحدة الموقف بين أوروبا والولايات المتحدة); of one
    state it is its territorial integrity or national cohesion (حرص المملكة على وحدة السودان،
    حكومة الوحدة الوطنية), which evaluates no one.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأكد حرص المملكة على وحدة السودان.")
    []
    >>> evaluations("وحدة الأوروبيين أقوى رد على العدوان الروسي.")[0]
    ('author', 'Europe', 'positive', 'وحدة')
    """
    if cue.category not in UNITY_CATEGORIES or len(evaluations) != 1:
        return False
    kind = ctx.actor_types.get(evaluations[0][0], "")
    return kind in SINGLE_ACTOR_TYPES


def merit_owner(ctx: _Context, end: int) -> str | None:
    """The actor named right after a merit or charge that ends at offset ``end``, as its genitive
    (شكره على دعم الصين الثابت -> China, not the one thanked), else ``None``: the merit is that
    actor's, and evaluates it, as a quality with its own agent after it does (:func:`_in_act`).

    >>> from framing.sentiment.roles import evaluations
    >>> [row[1] for row in evaluations('وشكر أنور لي تشيانغ على "دعم الصين الثابت" للمنطقة.') if row[3] == "دعم"]
    ['China']
    """
    k = bisect_right(ctx.starts, end)  # the first token after the merit
    if k >= len(ctx.doc.tokens) or k == 0 or _break_between(ctx.doc, k - 1, k):
        return None
    mi = ctx.at_token.get(k)
    if mi is None or ctx.mentions[mi]["first_token"] != k or ctx.mentions[mi]["governed"]:
        return None
    return str(ctx.mentions[mi]["actor_id"])


def unity_as_goal(ctx: _Context, cue: Cue) -> bool:
    """Whether a cue of unity is what a word of a goal before it aims at (the file's class
    ``unity_goals``; مؤكدة حرصها على وحدة الصف العربي، الحفاظ على وحدة الموقف): unity wished for or
    to be kept is no quality the group shows, as the guidelines read حرص المملكة على وحدة السودان.
    Unity affirmed stays (يؤكد وحدة الصف الخليجي).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ودعت السعودية الجزائر والمغرب إلى الحوار، مؤكدة حرصها على وحدة الصف العربي.")
    []
    """
    if cue.category not in UNITY_CATEGORIES:
        return False
    for k in range(cue.first - 1, max(cue.first - 3, -1), -1):
        if _break_between(ctx.doc, k, k + 1):
            return False
        if ctx.folded[k] in UNITY_GOALS:
            return True
        if ctx.folded[k] != "علي":
            return False
    return False


def unity_of_a_thing(ctx: _Context, cue: Cue) -> bool:
    """Whether a one-word cue of unity is the adjective of a noun that is no actor, after that
    noun's demonym (الموقف العربي الموحد، التأشيرة السياحية الخليجية الموحدة، بديل عربي متماسك): the
    position, the visa or the plan is unified or cohesive, a thing the guidelines do not count
    (حرب لا معنى لها), though its adjective names a group; unity said of the group stays (وحدة
    الأوروبيين).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال إن القاهرة قدمت بديلاً عربياً متماسكاً، وإن هذا هو الموقف العربي الموحد.")
    []
    >>> evaluations("وحدة الأوروبيين أقوى رد على العدوان الروسي.")[0]
    ('author', 'Europe', 'positive', 'وحدة')
    >>> evaluations("وأبدى الحلفاء الأوروبيون إجماعاً على ضرورة الضغط على موسكو.")[0]
    ('author', 'Europe', 'positive', 'إجماعاً')
    """
    if cue.category not in UNITY_CATEGORIES or cue.negated or cue.cue_first != cue.last or cue.first == 0:
        return False
    mi = ctx.at_token.get(cue.first - 1)
    if mi is None or ctx.mentions[mi].get("form") != "demonym" or _break_between(ctx.doc, cue.first - 1, cue.first):
        return False
    k = int(ctx.mentions[mi]["first_token"]) - 1
    return k >= 0 and k not in ctx.at_token and not _break_between(ctx.doc, k, k + 1) \
        and has_article(ctx.folded[k]) == has_article(ctx.folded[cue.first])


def _names_no_actor(ctx: _Context, cue: Cue) -> bool:
    """Whether a cue's own words say whose it is, and it is no actor's: the outcome of a thing
    (:func:`outcome_of_a_thing`) or a verb whose subject names no one (:func:`generic_subject_after`)."""
    return outcome_of_a_thing(ctx, cue) or generic_subject_after(ctx, cue)


def outcome_of_a_thing(ctx: _Context, cue: Cue) -> bool:
    """Whether a noun of an outcome (the file's class ``outcome_nouns``: نجاح، فشل) stands in
    construct with a thing, a definite word that is no actor and has no actor's adjective after it
    (هنأ الأردنيين بنجاح "العرس الديمقراطي"، على "نجاح" الاستحقاق): the success is the thing's and
    evaluates no actor, not the one congratulated on it. An actor's success stays (نجاح قطر، نجاح
    الوساطة القطرية).

    >>> from framing.sentiment.roles import evaluations
    >>> [row[1:3] for row in evaluations('ووجه التهنئة إلى "الشعب الجزائري" على "نجاح" الاستحقاق.') if row[3] == "نجاح"]
    []
    >>> [row[1:3] for row in evaluations("وأشاد الوزير بنجاح قطر في الوساطة.") if row[3] == "نجاح"]
    [('Qatar', 'positive')]
    """
    k = cue.last + 1
    if cue.negated or cue.cue_first != cue.last or ctx.folded[cue.last] not in OUTCOME_NOUNS:
        return False
    if k >= len(ctx.folded) or _break_between(ctx.doc, cue.last, k) or not ctx.folded[k].startswith("ال"):
        return False
    return not any(j in ctx.at_token for j in (k, k + 1))


def generic_subject_after(ctx: _Context, cue: Cue) -> bool:
    """Whether a word that names no one (the file's class ``generic_subjects``: آخرون، البعض) follows
    a cue, past a resumptive pronoun, as its subject: «نجحت فيما أخفق فيه آخرون» blames no actor,
    not the one whose success it contrasts.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("غير أن الدبلوماسية الصينية نجحت فيما أخفق فيه آخرون.")
    [('author', 'China', 'positive', 'نجحت')]
    >>> evaluations("وقال إن إسرائيل أخفقت في حماية المدنيين.")[0][1:3]
    ('Israel', 'negative')
    """
    k = cue.last + 1
    if k < len(ctx.folded) and ctx.folded[k] in RESUMPTIVE_PRONOUNS:
        k += 1
    return k < len(ctx.folded) and ctx.folded[k] in GENERIC_SUBJECTS and not _break_between(ctx.doc, cue.last, k)


def _called_for(ctx: _Context, cue: Cue) -> bool:
    """Whether a positive cue is in what a verb of calling asks for (داعية الوفدين إلى تقديم «تنازلات
    شجاعة»، دعا الطرفين إلى إبداء الجدية): the merit is wished for, not found in anyone. The call
    verb stands at most three words before إلى or ب, which stands at most three words before the
    cue, in one clause.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ودعا غوتيريش روسيا وأوكرانيا إلى تقديم تنازلات شجاعة.")
    []
    >>> evaluations("وأشاد غوتيريش بالتنازلات الشجاعة التي قدمتها أوكرانيا.")[0][1:3]
    ('Ukraine', 'positive')
    """
    if cue.sign < 0:
        return False
    first = cue.first
    for k in range(first - 1, max(first - 4, 0) - 1, -1):
        if _break_between(ctx.doc, k, k + 1):
            return False
        word = ctx.folded[k]
        if word in ("الي", "والي") or (k == first - 1 and word.startswith("ب") and len(word) > 3):
            return _call_verb_before(ctx, k)
    return False


MAX_CALL_WORDS = 4  # words between a verb of calling and إلى, besides the actors' names


def _call_verb_before(ctx: _Context, j: int) -> bool:
    """Whether a verb of calling stands before token ``j`` in its clause, at most four words away
    besides the names of actors, which count as none (ودعا رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد
    إلى "التهدئة والحوار الجاد": the seriousness is asked for).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('ودعا رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد إلى "التهدئة والحوار الجاد" بين إثيوبيا والصومال.')
    []
    """
    k, words = j - 1, 0
    while k >= 0 and words <= MAX_CALL_WORDS:
        if _break_between(ctx.doc, k, k + 1):
            return False
        mi = ctx.at_token.get(k)
        if mi is not None and ctx.mentions[mi]["first_token"] < k:
            k = int(ctx.mentions[mi]["first_token"])  # the name's first word, read next
            continue
        word = ctx.folded[k]
        if word in CALL_VERBS or (word[:1] in "وف" and word[1:] in CALL_VERBS):
            return True
        k, words = k - 1, words + (mi is None)
    return False


def _join_coordinated(doc: Document, rows: list[dict]) -> list[dict]:
    """The rows with evaluative words joined by و into one evaluation: coordinated qualities of one
    actor from one source (الحكمة والحنكة السياسية، جدية والتزام، حكمة وتواضع) are one evaluation
    and one span, as the guidelines annotate them; the first word's method stays.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأشاد ماكرون بالحكمة والحنكة التي أبداها بوتين.")
    [('Emmanuel Macron', 'Vladimir Putin', 'positive', 'أشاد'), ('Emmanuel Macron', 'Vladimir Putin', 'positive', 'الحكمة والحنكة')]
    """
    out: list[dict] = []
    last: dict[tuple[str, str, str], dict] = {}
    for row in rows:
        key = (row["target_id"], row["source_id"], row["polarity"])
        before = last.get(key)
        if before is not None and _joinable(doc.text, before, row):
            before["end"], before["cue"] = row["end"], doc.text[before["start"] : row["end"]]
            continue
        last[key] = row
        out.append(row)
    return out


def _bare_word(cue: str) -> bool:
    """Whether a cue is one word with no pronoun joined to it (الحكمة، جدية): qualities with a
    possessor of their own (وحدتهم وحزمهم) or phrases (كرم الضيافة وحسن الإعداد) stay apart.

    >>> _bare_word("الحكمة"), _bare_word("وحدتهم"), _bare_word("كرم الضيافة")
    (True, False, False)
    """
    return " " not in cue.strip() and not cue.strip().endswith(tuple(ENCLITIC_PRONOUNS))


def _joinable(text: str, before: dict, row: dict) -> bool:
    """Whether two rows of one actor from one source are one evaluation: bare qualities joined by و
    (الحكمة والحنكة), a bare quality and a phrase joined by و in one quotation (بـ«المراوغة وكسب
    الوقت»), or a quoted charge and the quality one word after it (بالسعي إلى «الاستيلاء على
    السلطة بطريقة غير قانونية»); two phrases stay two (على «كرم الضيافة وحسن الإعداد»)."""
    gap = text[before["end"] : row["start"]]
    if _act_and_object(before, row, gap) or (_joined_by_preposition(gap) and before.get("method") != "lexicon:object"):
        return True  # a speech act and its charge or merit stay two (مشيداً بتضحيات)
    if _noun_and_adjective(before, row, gap):
        return True
    quoted = _one_quotation(text, before["start"], row["end"])
    if quoted and _quality_and_its_pronoun(before, row, gap):
        return True
    if _joined_by_and(gap):
        return (_bare_word(before["cue"]) and (_bare_word(row["cue"]) or quoted)) or _negations_joined(before, row)
    return quoted and len(gap.split()) == 1 and CLAUSE_BREAKS.isdisjoint(gap)


def _quality_and_its_pronoun(before: dict, row: dict, gap: str) -> bool:
    """Whether, in one quotation, a row's cue is a quality with a possessive pronoun joined by و to
    the quality before it, past at most the first one's possessor or adjective (بـ"حكمة السوداني
    وحنكته"، على "التزامه الشخصي وانفتاحه"): the pronoun points back to the same actor, and the two
    qualities are one merit and one span, as the guidelines annotate them.

    >>> row = lambda cue: {"cue": cue}
    >>> _quality_and_its_pronoun(row("حكمة"), row("حنكته"), " السوداني و"), _quality_and_its_pronoun(row("التزامه"), row("انفتاحه"), " و")
    (True, True)
    >>> _quality_and_its_pronoun(row("حكمة"), row("الحنكة"), " و"), _quality_and_its_pronoun(row("حكمة"), row("حنكته"), " الرئيس في بلاده و")
    (False, False)
    """
    words = gap.split()
    cue = row["cue"].strip()
    return (1 <= len(words) <= 2 and words[-1] == "و" and gap.endswith("و") and CLAUSE_BREAKS.isdisjoint(gap)
            and " " not in cue and cue.endswith(tuple(ENCLITIC_PRONOUNS)))


def _negations_joined(before: dict, row: dict) -> bool:
    """Whether two negated qualities are joined by و (بلا صلاحيات ولا شرعية شعبية، دون جدية ولا
    التزام): one lack, one evaluation and one span, as the guidelines annotate them.

    >>> row = lambda cue: {"cue": cue}
    >>> _negations_joined(row("بلا صلاحيات"), row("لا شرعية")), _negations_joined(row("صلاحيات"), row("لا شرعية"))
    (True, False)
    """
    firsts = [fold(r["cue"].split()[0]) if r["cue"].split() else "" for r in (before, row)]
    negators = _negator_words()
    return all(bare_negator(w, negators) in negators for w in firsts)


@cache
def _negator_words() -> frozenset[str]:
    """The folded negators of the modifier file (لا، لم، غير، بلا، دون ...)."""
    modifiers = load_modifiers()
    return frozenset(fold(t) for t in modifiers.loc[modifiers["kind"] == "negator", "term"])


def _noun_and_adjective(before: dict, row: dict, gap: str) -> bool:
    """Whether a row's cue is the adjective of the cue right before it, with nothing but a space
    between: one lexicon word with no pronoun that agrees with the noun (:func:`_agrees`). A quality
    and its adjective are one evaluation and one span, as the guidelines annotate them (تضامنها
    الصادق، العجرفة الاستعمارية، الكيان المجرم، مناورات عدوانية، انتهاكاً صارخاً). A label after a
    verb is its subject (دنسته الميليشيا), not an adjective.

    >>> row = lambda cue, method="lexicon:agent": {"cue": cue, "method": method}
    >>> _noun_and_adjective(row("تضامنها"), row("الصادق"), " "), _noun_and_adjective(row("الكيان", "label:alone"), row("المجرم"), " ")
    (True, True)
    >>> _noun_and_adjective(row("دنسته"), row("الميليشيا", "label:alone"), " "), _noun_and_adjective(row("العجرفة"), row("الاستعمارية"), "، ")
    (False, False)
    """
    adjective = row["cue"].strip()
    words = before["cue"].split()
    if gap != " " or not words or " " in adjective or str(row.get("method", "")).startswith("label:"):
        return False
    return not adjective.endswith(tuple(ENCLITIC_PRONOUNS)) and _agrees(words[-1], adjective)


def _agrees(noun: str, adjective: str) -> bool:
    """Whether a word can be the adjective of the noun before it: definite after a definite noun or
    one with a possessive pronoun, not feminine after a masculine singular (سلطات الاحتلال
    الاستعمارية: the adjective is the authorities'); indefinite, a feminine relative adjective after
    a feminine or plural noun (مناورات عدوانية) or accusative after accusative (انتهاكاً صارخاً), not a
    noun in construct (إخفاقات نظام، مسؤولية تقويض).

    >>> [_agrees(*p) for p in (("العجرفة", "الاستعمارية"), ("الاحتلال", "الاستعمارية"), ("مناورات", "عدوانية"),
    ...                         ("انتهاكاً", "صارخاً"), ("إخفاقات", "نظام"), ("العدوان", "حماقة"))]
    [True, False, True, True, False, False]
    """
    folded_noun, folded_adjective = fold(noun), fold(adjective)
    pronoun = not _bare_word(noun) and len(noun) > 4
    if folded_noun.startswith(("ال", "وال", "بال", "لل")) or pronoun:
        feminine = adjective.endswith("ة")
        return folded_adjective.startswith("ال") and (pronoun or not feminine or noun.endswith(("ة", "ات")))
    if folded_adjective.startswith("ال"):
        return False
    accusative = ("اً", "ًا")
    return (adjective.endswith("ية") and noun.endswith(("ة", "ات"))) or (noun.endswith(accusative) and adjective.endswith(accusative))


def _act_and_object(before: dict, row: dict, gap: str) -> bool:
    """Whether a row is the object of the act of harm found just before it (a connotation frame's
    verb): the act and what it names are one evaluation and one span (ارتكبوا «مجزرة مروعة»، شنت
    هجمات وحشية), as the guidelines annotate them; at most one word between (ارتكب أبشع المجازر),
    none of them a clause break. A label after the verb is its subject, not its object (شبر دنسته
    الميليشيا: two evaluations).

    >>> act, noun = {"method": "frame:harm"}, {"method": "lexicon:agent"}
    >>> _act_and_object(act, noun, " «"), _act_and_object(act, noun, " أبشع ")
    (True, True)
    >>> _act_and_object(noun, noun, " "), _act_and_object(act, noun, "، ثم "), _act_and_object(act, {"method": "label:back"}, " ")
    (False, False, False)
    """
    return (str(before.get("method", "")).startswith("frame:") and not str(row.get("method", "")).startswith("label:")
            and len(gap.split()) <= 1 and CLAUSE_BREAKS.isdisjoint(gap) and "و" not in gap.split())


def _one_quotation(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are all a quotation holds: a quotation mark right
    before them and right after them, none between (بـ«المراوغة وكسب الوقت»). A charge or merit
    quoted whole is one evaluation, a phrase coordinated in it too.

    >>> text = "متهماً إياها بـ«المراوغة وكسب الوقت»، و«المراوغة» وكسب الوقت"
    >>> _one_quotation(text, 16, 35), _one_quotation(text, 39, 59)
    (True, False)
    """
    opens = start > 0 and text[start - 1] in QUOTE_MARKS
    closes = end < len(text) and text[end] in QUOTE_MARKS
    return opens and closes and not any(ch in QUOTE_MARKS for ch in text[start:end])


def _joined_by_preposition(gap: str) -> bool:
    """Whether the text between two cues of one actor is a preposition joined to the second alone
    (هدد باغتيالي، تبحثان عن ذرائع لإطالة أمد النزاع): the second is the first's complement, and the
    two are one evaluation, as the guidelines annotate them.

    >>> _joined_by_preposition(" ب"), _joined_by_preposition(" ل"), _joined_by_preposition(" و"), _joined_by_preposition("، ل")
    (True, True, False, False)
    """
    return gap.startswith(" ") and gap.strip() in ("ب", "ل")


def _joined_by_and(gap: str) -> bool:
    """Whether the text between two cues is the conjunction و alone (with spaces or quotation marks).

    >>> _joined_by_and(" و"), _joined_by_and("» و«"), _joined_by_and(" في "), _joined_by_and("، و")
    (True, True, False, False)
    """
    return _AND_ALONE.fullmatch(gap) is not None


_SPACE_OR_MARK = f"[\\s{re.escape(QUOTE_MARKS)}]*"  # \s: the characters str.isspace() accepts
_AND_ALONE = re.compile(_SPACE_OR_MARK + "و" + _SPACE_OR_MARK)


def _opening_verb(doc: Document, folded: list[str], first: int, last: int) -> bool:
    """Whether a one-word cue is a verb that looks like an adjective, opening its clause, where no
    adjective stands (وصادق مجلس الأمن على القرار: "ratified", not "sincere").

    >>> doc = Document("a", "وصادق البرلمان على الاتفاق. وكان حواراً صادقاً وشريكاً صادق")
    >>> [_opening_verb(doc, doc.folded, i, i) for i in (0, len(doc.tokens) - 1)]
    [True, False]
    """
    word = folded[first]
    bare = word[1:] if word[:1] in "وف" and word[1:] in VERB_HOMOGRAPHS else word
    return first == last and bare in VERB_HOMOGRAPHS and (first == 0 or _break_between(doc, first - 1, first))


NOUN_NEGATOR_PROCLITICS = "وفبل"  # و، ف and the prepositions ب، ل, alone or two together (وبغياب، لعدم)


def bare_negator(word: str, negators: AbstractSet[str]) -> str:
    """A folded word without the proclitics before a negator: و or ف before any (ولم، فلا), and, before
    a negator noun of three letters or more, the prepositions ب and ل too, alone or after و or ف
    (بغياب ضمانات أمريكية جادة، لعدم جديتها، وبعدم التزامها); else the word itself.

    >>> negators = {"لم", "عدم", "غياب", "غير"}
    >>> [bare_negator(fold(w), negators) for w in ("ولم", "وبغياب", "لعدم", "بغير", "بلم", "لغياب", "قلم")]
    ['لم', 'غياب', 'عدم', 'غير', 'بلم', 'غياب', 'قلم']
    """
    if word in negators:
        return word
    for n in (1, 2):
        head, rest = word[:n], word[n:]
        if rest in negators and all(c in NOUN_NEGATOR_PROCLITICS for c in head) \
                and ((n == 1 and head in "وف") or len(rest) >= 3):
            return rest
    return word


MAX_DENIED = 4  # words between the complementizer of a denied claim and its cue
MAX_DENIER = 7  # words between a verb of denying and its complementizer (its subject's name)


def denied_claim(doc: Document, folded: list[str], i: int, negators: AbstractSet[str] = frozenset()) -> bool:
    """Whether the cue at token ``i`` stands in the أن clause of a verb of denying (the class
    denial_verbs), in one clause: the speaker says it did not happen, so its polarity flips (نفى
    المتحدث باسم الوزارة عاصم جهاد أن يكون العراق قد تجاوز حصته: Iraq, positive), unless the denial is
    negated itself (لم ينفِ أن ...).

    >>> f = [fold(w) for w in "نفى المتحدث باسم الوزارة عاصم جهاد أن يكون العراق قد تجاوز حصته".split()]
    >>> d = Document("a", " ".join(f), "2025-01-01")
    >>> denied_claim(d, f, 10), denied_claim(d, f, 3)
    (True, False)
    """
    for c in range(i - 1, max(i - 2 - MAX_DENIED, -1), -1):
        if _break_between(doc, c, c + 1):
            return False
        if folded[c] in COMPLEMENTIZERS:
            break
    else:
        return False
    for k in range(c - 1, max(c - 2 - MAX_DENIER, -1), -1):
        if _break_between(doc, k, k + 1):
            return False
        word = folded[k]
        if word in DENIAL_VERBS or (word[:1] in "وف" and word[1:] in DENIAL_VERBS):
            return k == 0 or bare_negator(folded[k - 1], negators) not in negators
    return False


def _forbids_an_act(folded: list[str], j: int, i: int, cue: str) -> bool:
    """Whether the negator at token ``j`` forbids, with a modal, an act whose object is the definite
    cue at token ``i`` (ولا يجوز مكافأة المعتدي): the act is negated, not the noun phrase, which keeps
    its polarity. A cue right after the modal is its own complement and is negated (لا يمكن الثقة).

    >>> f = [fold(w) for w in "ولا يجوز مكافأة المعتدي".split()]
    >>> _forbids_an_act(f, 0, 3, "المعتدي"), _forbids_an_act(f, 0, 3, "معتد"), _forbids_an_act(f, 0, 2, "الثقة")
    (True, False, False)
    """
    return (fold(cue.split()[0]).startswith("ال") and j + 1 < i - 1 and folded[j + 1] in FORBIDDING_MODALS)


def _not_negation(negator: str, following: str) -> bool:
    """Whether a negator before the word ``following`` negates nothing: لا يزال "still", لا سيما
    "especially", a litotes that affirms (لم يخفِ خيبته، لم يتردد في انتقاد), "no doubt", a
    booster (بلا شك رجل سلام، لا ريب), or غير before a complementizer, "however" (غير أنه اتهم).

    >>> _not_negation("لا", "يزال"), _not_negation("لم", "يخف"), _not_negation("بلا", "شك"), _not_negation("لم", "يريد")
    (True, True, True, False)
    >>> _not_negation("غير", fold("أنه")), _not_negation("غير", fold("جاد"))
    (True, False)
    """
    return ((negator == "لا" and following in CONTINUATION_AFTER_LA) or following in AFFIRMED_AFTER_NEGATOR
            or following in DOUBT_NOUNS or (negator == "غير" and following in CONJUNCTION_AFTER_GHAYR))


def _other_cue_between(folded: list[str], j: int, covered: AbstractSet[int]) -> bool:
    """Whether token ``j``, between a cue and a negator before it, ends another cue, which the
    negator negates instead (لن تكون رهينة لابتزاز بوتين: لن negates رهينة, not ابتزاز), unless the
    next word joins the two cues (لم يبد أي جدية أو رغبة، غير جاد وغير موثوق).

    >>> _other_cue_between(["لن", "تكون", "رهينه", "لابتزاز"], 2, {2, 3})
    True
    >>> _other_cue_between(["لم", "يبد", "جديه", "او", "رغبه"], 2, {2, 4}), _other_cue_between(["غير", "جاد", "وغير"], 1, {1})
    (False, False)
    """
    if j not in covered:
        return False
    joining = folded[j + 1] if j + 1 < len(folded) else ""
    return not (joining in DISJUNCTIONS or joining.startswith("و"))


def _blames_himself(source: str, target: str, sign: int) -> bool:
    """Whether a negative evaluation would be its source's of himself: a speaker does not blame
    himself in his own words; a threat he received (أنها تلقت تهديدات), violations he reports (رصدت
    «خروقات») or a disdain he denounces (وصفتها الخارجية المصرية بأنها «استخفاف») are someone
    else's, whom the rules did not find. Self-praise stays (لولا صبري).

    >>> _blames_himself("Egypt", "Egypt", -1), _blames_himself("Egypt", "Egypt", 1), _blames_himself("author", "Egypt", -1)
    (True, False, False)
    """
    return sign < 0 and source == target


def blames_own_side(ctx: _Context, sides: dict[str, str], source: str, target: str, sign: int) -> bool:
    """Whether a negative evaluation would be its source's of his own side, which the guidelines
    do not count (a speaker's blame of his own side: ربما أخطأنا): the state a person speaks for
    (``sides``: his affiliation; جاويش أوغلو: أنقرة «لن تسمح بإقامة ممر إرهابي» does not blame
    Turkey), or the actor a speaker described by words names in them (مصادر أوروبية قالت إنها
    «عرقلت» blames the one accused, not Europe). The rules did not find the one blamed.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('وقال وزير الخارجية التركي مولود جاويش أوغلو إن أنقرة "لن تسمح بإقامة ممر إرهابي على حدودها".')
    []
    """
    if sign > 0 or source == target:
        return False
    if sides.get(source) == target:
        return True
    words = set(source.split())  # an actor id's words are Latin, and name no mention
    return any(m["actor_id"] == target and ctx.doc.text[int(m["start"]) : int(m["end"])] in words
                               for m in ctx.mentions)


def _with_frames(lexicon: pd.DataFrame, frames: pd.DataFrame | None) -> pd.DataFrame:
    """The lexicon with the entries of the connotation frames after it (``frames``: the bundled
    ones when ``None``); a form the lexicon already lists stays the lexicon's."""
    known = {" ".join(fold(w) for w in str(c).split()) for c in lexicon["cue"]}
    return pd.concat([lexicon, frame_lexicon(frames, known)], ignore_index=True)


def _reporting_verbs() -> set[str]:
    """The one-word reporting verbs of ``reporting_cues.tsv``, folded."""
    cues = read_tsv("reporting_cues.tsv", required=["cue", "form"])
    return {fold(c) for c, form in zip(cues["cue"], cues["form"], strict=True) if form == "verb" and " " not in c}


def _slot_entries(entries: list[dict]) -> tuple[list[str], list[list[tuple[int, tuple[str, ...]]]]]:
    """(the distinct words before a slot, for each of them every (entry index, the folded words
    after the slot)) of the entries with an actor slot and words on both sides of it (جرت <actor>
    أقدامها). Entries that share their words before the slot share one prefix (حمل <actor>
    المسؤولية، حمل <actor> مسؤولية), so that each of them is tried.

    >>> _slot_entries([{"cue": "جرت <actor> أقدامها"}, {"cue": "عدوان"}, {"cue": "جرت <actor> قدميها"}])
    (['جرت'], [[(0, ('اقدامها',)), (2, ('قدميها',))]])
    """
    prefixes: list[str] = []
    slots: list[list[tuple[int, tuple[str, ...]]]] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if SLOT in str(entry["cue"]).split():
            before, _, after = str(entry["cue"]).partition(SLOT)
            if before.strip() and after.strip():
                key = " ".join(fold(w) for w in before.split())
                if key not in seen:
                    seen[key] = len(prefixes)
                    prefixes.append(before.strip())
                    slots.append([])
                slots[seen[key]].append((index, tuple(fold(w) for w in after.split())))
    return prefixes, slots


def _slot_match(doc: Document, folded: list[str], prefix_last: int,
                candidates: list[tuple[int, tuple[str, ...]]]) -> tuple[int, int, int] | None:
    """(entry index, first token after the slot, last token) of the first entry whose words after
    the slot follow one to MAX_SLOT words after token ``prefix_last`` in the same clause; the
    shortest slot wins (حمّل بري القوات المسؤولية: the slot is بري القوات).

    >>> d = Document("a", "حمل بري القوات المسؤولية")
    >>> _slot_match(d, d.folded, 0, [(5, ("مسووليه",)), (4, ("المسووليه",))])
    (4, 3, 3)
    """
    n = len(folded)
    if prefix_last + 1 >= n or _break_between(doc, prefix_last, prefix_last + 1):
        return None
    for size in range(1, MAX_SLOT + 1):
        first_after = prefix_last + 1 + size
        if first_after >= n or _break_between(doc, first_after - 1, first_after):
            return None
        for index, after in candidates:
            last = first_after + len(after) - 1
            if last < n and tuple(folded[first_after : last + 1]) == after \
                    and not any(_break_between(doc, k, k + 1) for k in range(first_after, last)):
                return index, first_after, last
    return None


def _lexicon_terms(entries: list[dict], enclitics: list[bool]) -> tuple[list[str], list[bool], list[int]]:
    """(terms, whether each takes enclitics, the entry of each) for the matcher: the listed forms of
    the entries without a slot first, which win over the generated ones (:func:`_variants`) after.

    >>> _lexicon_terms([{"cue": "عدوان"}, {"cue": "جرت <actor> أقدامها"}], [False, False])
    (['عدوان', 'العدوان', 'عدوانا'], [False, False, False], [0, 0, 0])
    """
    plain = [index for index, entry in enumerate(entries) if SLOT not in str(entry["cue"]).split()]
    terms = [(entries[i]["cue"], enclitics[i], i) for i in plain]
    terms += [(variant, enclitics[i], i) for i in plain for variant in _variants(entries[i]["cue"])]
    return [t for t, _, _ in terms], [f for _, f, _ in terms], [i for _, _, i in terms]


def _intensifiers(modifiers: pd.DataFrame) -> dict[tuple[str, ...], float]:
    """The intensifiers of the modifiers, as folded word tuples, with their generated forms too
    (خطيراً، الشديد as well as خطير); the first weight of a form wins."""
    out: dict[tuple[str, ...], float] = {}
    rows = modifiers.loc[modifiers["kind"] == "intensifier"]
    for term, w in zip(rows["term"], rows["weight"], strict=True):
        for form in [str(term)] + _variants(str(term)):
            out.setdefault(tuple(fold(x) for x in form.split()), float(w))
    return out


class _SpanCover:
    """Whether one of some spans covers ``[start, end)``: a bisection over their sorted starts and
    the furthest end reached by any span starting there or before, so a document's cues are
    checked in time linear in their number.

    >>> inside = _SpanCover([(10, 20), (0, 5)])
    >>> inside(12, 18), inside(3, 6), inside(30, 31)
    (True, False, False)
    """

    def __init__(self, spans: Sequence[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))

    def __call__(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start) - 1
        return k >= 0 and self.reach[k] >= end
