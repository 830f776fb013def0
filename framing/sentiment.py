"""Sentiment toward actors: who speaks well or ill of whom, with the words that carry it.

Evaluative cues come from ``framing/data/sentiment.tsv`` (polarity, strength and where the target
stands, per entry); negators and intensifiers from ``framing/data/sentiment_modifiers.tsv``.
Each evaluation gets:

* a **target**, found inside the cue's clause (punctuation ends a clause; quotation marks do not,
  since outlets quote fragments: بوتين «يستخف بالغرب») and, for a cue inside a quote, inside that
  quote's content. Where it stands depends on the entry's ``target`` column:

  - ``agent`` (conduct, character, state): a demonym or genitive right after the cue (العدوان
    الروسي -> Russia, جدية أوروبا -> Europe), else the subject of the predicate before it
    (روسيا لا تريد السلام، بوتين يستخف بالغرب), never the object of a preposition but for the
    members of بين (وحدة الموقف بين أوروبا والولايات المتحدة);
  - ``about`` (emotions and attitudes): the object of a preposition after the cue, past the
    experiencer (محبط جداً من الرئيس بوتين -> Putin; سخط ترمب من بوتين -> Putin);
  - ``object`` (speech acts: أشاد، شكر، أدان، اتهم): the object; the verb's subject is the source
    (who speaks well or ill of whom: the praiser or the accuser, in narration as in quotes, as the
    seed gold decides for أشادوا and شكر and the development set for أدان and رحب). An actor right
    after the verb is its subject when an object follows it (رحّب زيلينسكي بالحزمة، أدان ستارمر
    الهجوم), else its object (وشكر الولايات المتحدة على ...). An object that is itself a cue
    gives its own target (أدان ماكرون العدوان الروسي، أشاد بيسكوف بـ«النهج الواقعي» لترامب); a
    pronoun or demonstrative object its antecedent (متهماً إياهم، رحب بذلك); a bare attack noun
    the attack's author reported before (أدان ستارمر الهجوم -> the subject of روسيا شنت);
  - ``any``: the actor after the cue, else the subject before it (لا يمكن الوثوق في بوتين،
    بوتين لا يمكن الوثوق به);
  - ``label``: the actor a delegitimising label names (نظام كييف -> Ukraine);
  - ``praised``: a quality of what an actor is praised or thanked for takes the praise act's target
    and source (شكراً لأوروبا على هذه الخطوة القوية), and evaluates nothing elsewhere;
  - ``claimant``: a claim made without evidence discredits the speaker of the quote it closes
    (زعمت السلطات الأوكرانية أن ...، من دون تقديم أي أدلة), in the author's voice;
  - ``holder``: an enmity is the subject's (بوتين عدو أوكرانيا), or, after a verb of considering,
    the considerer's (الحلف يعدّ روسيا عدواً -> NATO);
  - ``slot``: an idiom with an actor inside it evaluates that actor (جرت موسكو أقدامها); an idiom
    with a slot and role ``agent`` evaluates its subject (روسيا تريد أوكرانيا كلها).

  The subject of a predicate is found through what stands for it: a subject pronoun (موسكو تُظهر
  أنها لا تريد السلام، نظام كييف لا يمكن الوثوق به لأنه ينتهك ...) or a clause after بل stands for
  the governing clause's subject; a standalone demonstrative (وهذا هو النفاق، هذا إرهاب متعمد) for
  the subject of the clause before it, or of the previous quote when it opens a quote; بأنه after a
  verb of describing for the actor described (وصف ماكرون بوتين بأنه ...); a bare attack noun (قال
  إن الهجوم وحشي) for the attack's author. A quote whose content starts after such a pronoun (قال
  إنه «غير جاد») continues it. The antecedent is the first actor no preposition governs after
  the last complementizer. An adjective after a quantifier (أي حوار جاد) describes a thing.
  Definiteness decides what follows a cue: after an indefinite cue a definite word is its
  genitive object (عرقلة الجهود الأمريكية does not evaluate the United States); after a definite
  noun with its adjective, ل and لدى mark the possessor (النهج الواقعي للرئيس ترامب، الإرادة الجادة
  لدى الطرفين); داخل, after a word of unity or division, the group (إجماع داخل التحالف).
  Bare class nouns that the actors module leaves out stand for the organisation they refer back
  to (التحالف، الحلف، الاتحاد: the latest one whose name they head; المجموعة: the organisation
  mentioned most, at least twice), and "the two sides" (الطرفين) for the latest coordinated pair of
  parties (a person stands for his state). A charge of deception with no actor in its clause
  («هراء») is aimed at the speaker of the quote just before it.

  Actors coordinated with the target by و are targets too (جدية أوروبا وتحالف الراغبين). A
  subject is never an actor governed by a preposition (ضغط الشركاء على روسيا غير كافٍ evaluates
  no actor), and a definite cue (العدوان، المعزول) is a noun phrase, so only the actor right
  before it can be its subject (بوتين المعزول). An evaluation with no actor in its clause
  evaluates no actor and is dropped (حرب لا معنى لها);
* a **source**: the speaker of the innermost quote whose content holds the cue (a report nested
  in a quote's content, مكتب ستارمر: إن رئيس الوزراء «شدد على أن ...», is Starmer's), else the
  author; for a speech act, its subject (or the speaker it continues: ..., مشيداً بـ);
* a **polarity**, flipped by a negator up to three words before the cue (لا، لم، لن، ليس، غير،
  عدم، دون; not لا in لا يزال / لا سيما), unless the entry says ``negation=keep``; the span then
  starts at the negator. The **score** is the entry's strength times an intensifier's weight
  (جداً، للغاية، بشدة), signed by the polarity.

:func:`actor_sentiment` aggregates the rows per event and outlet (or source) and target, with a
bootstrap confidence interval that resamples articles.

>>> from framing.actors import find_mentions
>>> articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"],
...     "text": ["ورفض أي تنازل أمام العدوان الروسي. روسيا لا تريد السلام."]})
>>> s = find_sentiment(articles, find_mentions(articles), pd.DataFrame(columns=["article_id", "start", "end", "speaker_id"]))
>>> s[["source_id", "target_id", "polarity", "cue"]].values.tolist()
[['author', 'Russia', 'negative', 'العدوان'], ['author', 'Russia', 'negative', 'لا تريد السلام']]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path

import numpy as np
import pandas as pd

from .actors import Gazetteer, documents, load_gazetteer
from .errors import InputError
from .frames import frame_lexicon
from .labels import label_entries, labels_in, load_labels
from .lexicon import as_flag, read_tsv
from .matcher import LexiconMatcher
from .quotes import QuoteSpan, quote_spans
from .text import Document, fold
from .words import word_class

SENTIMENT_COLUMNS = ["article_id", "source_id", "source_type", "target_id", "polarity", "score", "cue", "start", "end",
                     "sentence_id", "sentence", "method"]
POLARITIES = {"positive", "negative"}
TARGET_ROLES = {"agent", "about", "object", "any", "label", "praised", "claimant", "slot", "holder", "doer", "patient"}
# Verbs of considering: in «الحلف يعدّ روسيا عدواً» the enmity is the subject's (role holder).
CONSIDERING_VERBS = {
    fold(w) for w in (
    "يعد", "تعد", "يعدون", "عد", "عدت", "عدوا", "يعتبر", "تعتبر", "يعتبرون", "اعتبر", "اعتبرت", "اعتبروا", "يرى", "ترى",
    "يرون", "رأى", "رأت")
}
# An entry word that stands for one actor mention of one to MAX_SLOT words (جرت <actor> أقدامها).
SLOT = "<actor>"
MAX_SLOT = 3
NEGATION_MODES = {"flip", "keep"}
# The closed word classes (prepositions, clause openers, pronouns ...) come from
# framing/data/function_words.toml (framing.words), folded; the negators, with their weights, from
# sentiment_modifiers.tsv.
# A clause ends at punctuation; quotation marks are not breaks (outlets quote fragments).
CLAUSE_BREAKS = frozenset("،,.؛;:؟?!()[]\n")
# Prepositions written as separate words, and those joined to the next word (folded, like tokens).
PREPOSITIONS = word_class("prepositions")
JOINED_PREPOSITIONS = word_class("joined_prepositions")
# Words that open another clause: a scan after a cue stops there, a scan before it too.
CLAUSE_OPENERS = word_class("clause_openers")
COMPLEMENTIZERS = word_class("complementizers")
RELATIVES = word_class("relative_pronouns")
# A complementizer or a conjunction carrying the subject as a pronoun (أنها لا تريد السلام، لأنه ينتهك):
# the pronoun stands for the subject of the clause that governs it.
PRONOUN_SUBJECTS = word_class("pronoun_subjects")
# "Not X but Y" (روسيا لا تريد السلام، بل تريد أوكرانيا كلها): the clause after بل shares the subject.
SHARED_SUBJECT = word_class("shared_subject_conjunctions")
# After a verb of describing, بأنه refers to its object (وصف ماكرون بوتين بأنه «غير جدير بالثقة»).
DESCRIBED_PRONOUNS = word_class("described_pronouns")
ENCLITIC_PRONOUNS = word_class("enclitic_pronouns")
OBJECT_PRONOUNS = word_class("object_pronouns")
# A demonstrative subject (وهذا هو النفاق، هذا إرهاب) points back to the previous clause's event.
DEMONSTRATIVES = word_class("demonstratives")
# A quantifier before a noun (أي حوار جاد): an adjective after it describes a thing, not an actor.
QUANTIFIERS = word_class("quantifiers")
# Verbs of continuing whose complement is their subject's conduct (استمر الجانب الروسي في اللعب).
ASPECTUAL_VERBS = {
    fold(w) for w in (
    "استمر", "استمرت", "يستمر", "تستمر", "واصل", "واصلت", "يواصل", "تواصل", "يواصلون", "مضى", "مضت", "يمضي", "تمضي")
}
# A preposition before these names where something was said, not whom it is about (في قول ستارمر).
SPEECH_NOUNS = {fold(w) for w in ("قول", "تصريح", "تصريحات", "كلمة", "حديث", "خطاب", "رسالة", "مقابلة")}
SPEECH_PLACES = word_class("speech_place_prepositions")
# Pronouns of an equational sentence between a subject and a definite predicate (روسيا هي المعتدي).
COPULA_PRONOUNS = word_class("copula_pronouns")
CONTINUATION_AFTER_LA = word_class("not_negated_after_la")
NEGATION_WINDOW = 3  # tokens before a cue where a negator counts
# ... and after أي "any" right before the cue, which a negation earlier in the clause licenses
# (لم يُظهر حتى الآن أي رغبة حقيقية في السلام)
NEGATION_WINDOW_AFTER_ANY = 6
# إخفاقات نظام كييف، عدوان قوات روسيا: a head noun between a cue and its genitive actor, which the
# cue evaluates through it
TRANSPARENT_HEADS = frozenset(fold(p + w) for w in ("نظام", "حكومة", "إدارة", "قوات", "جيش", "سلطات", "قيادة", "شعب")
                              for p in ("", "ال"))
MAX_AFTER = 6  # tokens scanned after a cue for its target
MAX_OBJECT = 8  # tokens scanned after a speech act for its object (بـ«التعاون المثمر والنموذجي» مع المغرب)
MAX_NAME = 10  # tokens of one actor's name that a scan after a speech act steps over as one
MAX_SUBJECT = 6  # tokens scanned before a cue for its subject
MAX_PREP_OBJECT = 3  # tokens after a preposition where its object may stand (إزاء نوايا الرئيس بوتين)
# An attack named without its author (أدان ستارمر الهجوم، وصفت كالاس الهجوم بأنه «وحشي») is the
# attack the article reported: its author is the agent of the latest attack verb (روسيا شنت، قصفت
# القوات الروسية) or the demonym of the latest attack noun (هجوم روسي) before it.
ATTACK_NOUNS = {
    fold(w) for w in (
    "الهجوم", "الهجمات", "الضربة", "الضربات", "القصف", "الغارة", "الغارات", "الاعتداء", "الاعتداءات", "التفجير",
    "التفجيرات", "هجوم", "هجمات", "ضربة", "ضربات", "قصف", "غارة", "غارات", "اعتداء", "اعتداءات", "تفجير")
}
ATTACK_VERBS = {
    fold(w) for w in (
    "شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "قصف", "قصفت",
    "قصفوا", "يقصف", "تقصف", "أطلق", "أطلقت", "أطلقوا", "استهدف", "استهدفت", "استهدفوا")
}
MAX_ATTACK_SENTENCES = 6  # sentences scanned back for the attack a bare الهجوم refers to
# Class nouns that, bare and definite, refer back to an organisation named earlier in the article
# (التحالف -> تحالف الراغبين, الحلف -> حلف شمال الأطلسي, الاتحاد -> الاتحاد الأوروبي). The actors module
# does not count them as mentions; for sentiment they are the target (or subject) they stand for.
ANAPHOR_HEADS = {fold(w) for w in ("تحالف", "ائتلاف", "حلف", "اتحاد")}
# Generic collective nouns (المجموعة لديها تعهد لا يمكن كسره) head no actor's name: they refer back to
# the organisation the article has mentioned most often so far (at least twice; ties: the latest).
COLLECTIVE_ANAPHORS = {fold(w) for w in ("مجموعة", "تكتل")}
# "The two sides" stands for the latest pair of coordinated parties before it (وفدين روسي وأوكراني،
# بوتين وزيلنسكي): states, groups or organisations, a person standing for the state he belongs to.
DUAL_ANAPHORS = frozenset(fold(w) for w in ("الطرفين", "الطرفان", "الجانبين", "الجانبان"))
# After a cue, these mark its possessor (الإرادة الجادة لدى الطرفين، ترامب لديه رغبة صادقة)...
POSSESSIVE_PREPOSITIONS = word_class("possessive_prepositions")
# ...and these, after a word of unity or division, the group it is about (إجماع كامل داخل التحالف).
WITHIN_PREPOSITIONS = word_class("group_prepositions")
# ...and these, after a praised or blamed object, the actor it belongs to (التعاون المثمر مع المغرب).
PARTNER_PREPOSITIONS = word_class("partner_prepositions")
# Inside a quote, the second person (أشكرك، أنت قائد رائع) evaluates the one addressed, whom the
# vocative (يا ناصر) or the words around the quote name (قال مخاطباً، التفت إلى ... قائلاً، قال لـ).
SECOND_PERSON = word_class("second_person")
ADDRESSING_WORDS = word_class("addressing_words")
VOCATIVES = word_class("vocatives")
SECOND_PERSON_SUFFIXES = ("ك", "كم", "كما")
RECIPROCAL_CATEGORIES = {"unity", "division"}
LABEL_STRENGTH = 2.0  # the score of a label's evaluation (a clear evaluation in sentiment.tsv's scale)
SOURCE_TYPES = {"person": "person", "state": "institution", "organisation": "institution", "group": "group"}


def load_sentiment_lexicon(path: str | Path | None = None) -> pd.DataFrame:
    """The evaluative lexicon (bundled, or a user's TSV with the same columns).

    ``target`` and ``negation`` may be left out of a user's file (they default to ``any`` and
    ``flip``).

    >>> lex = load_sentiment_lexicon()
    >>> lex.loc[lex["cue"] == "محبط", ["polarity", "target", "negation"]].values.tolist()
    [['negative', 'about', 'flip']]
    """
    table = read_tsv(path or "sentiment.tsv", required=["cue", "polarity", "strength", "enclitics"],
                     choices={"polarity": POLARITIES})
    name = str(path or "framing/data/sentiment.tsv")
    for column, default, allowed in (("target", "any", TARGET_ROLES), ("negation", "flip", NEGATION_MODES)):
        if column not in table:
            table[column] = default
        table[column] = table[column].replace("", default)
        bad = table[~table[column].isin(allowed)]
        if len(bad):
            raise InputError(name, f"{column} {bad[column].iloc[0]!r} is not one of {', '.join(sorted(allowed))}",
                             line=int(bad["line"].iloc[0]))
    strength = pd.to_numeric(table["strength"], errors="coerce")
    if strength.isna().any():
        row = table[strength.isna()].iloc[0]
        raise InputError(name, f"strength {row['strength']!r} is not a number", line=int(row["line"]))
    table["strength"] = strength
    return table


def load_modifiers(path: str | Path | None = None) -> pd.DataFrame:
    """Negators and intensifiers (bundled, or a user's TSV with the same columns)."""
    table = read_tsv(path or "sentiment_modifiers.tsv", required=["term", "kind", "weight"],
                     choices={"kind": {"negator", "intensifier"}})
    table["weight"] = pd.to_numeric(table["weight"], errors="coerce").fillna(1.0)
    return table


@dataclass(frozen=True)
class Cue:
    """One evaluative cue found in a document, before its target is resolved.

    ``sign`` is the final polarity (+1/-1, after negation); ``start`` includes a negator.
    """

    start: int
    end: int
    match_start: int  # start of the lexicon match itself (after its proclitics)
    first: int  # first token of the cue (the negator's, when negated)
    cue_first: int  # first token of the lexicon match itself
    last: int
    entry: int
    sign: int
    strength: float
    weight: float
    negated: bool
    definite: bool
    target: str
    category: str
    slot: tuple[int, int] | None = None  # first and last token of the actor slot of the entry, if it has one
    pronoun_object: bool = False  # a speech act whose object is a pronoun joined to it (اتهمها، شكره)

    @property
    def score(self) -> float:
        return round(self.sign * self.strength * self.weight, 3)


class SentimentScorer:
    """The evaluative lexicon compiled once; :meth:`find` is a pure function of one document.

    >>> scorer = SentimentScorer()
    >>> [(c.sign, c.weight, c.negated) for c in scorer.cues(Document("x", "أنا محبط جداً منه ولا أثق به"))]
    [(-1, 1.5, False), (-1, 1.0, True)]
    """

    method = "lexicon"

    def __init__(self, lexicon: pd.DataFrame | None = None, modifiers: pd.DataFrame | None = None,
                 gazetteer: Gazetteer | None = None, labels: pd.DataFrame | None = None,
                 frames: pd.DataFrame | None | bool = None):
        self.lexicon = load_sentiment_lexicon() if lexicon is None else lexicon
        if frames is not False:  # the connotation frames join the lexicon, which wins on a shared form
            known = {" ".join(fold(w) for w in str(c).split()) for c in self.lexicon["cue"]}
            self.lexicon = pd.concat([self.lexicon, frame_lexicon(None if frames is None else frames, known)],
                                     ignore_index=True)
        self.labels = label_entries(load_labels()) if labels is None else label_entries(labels)
        self.anaphor_heads = anaphor_heads(gazetteer)
        cues = read_tsv("reporting_cues.tsv", required=["cue", "form"])
        self.reporting_verbs = {fold(c) for c, form in zip(cues["cue"], cues["form"])
                                if form == "verb" and " " not in c}  # nested reports in a quote
        self.sides = party_sides(gazetteer)
        for column, default in (("target", "any"), ("negation", "flip"), ("category", "")):
            if column not in self.lexicon:
                self.lexicon = self.lexicon.assign(**{column: default})
        modifiers = load_modifiers() if modifiers is None else modifiers
        self._entries = self.lexicon[["cue", "polarity", "strength", "target", "negation", "category"]].to_dict("records")
        terms, flags, self._term_entry = [], [], []
        enclitics = [as_flag(str(v)) for v in self.lexicon["enclitics"]]
        slotted = [SLOT in str(entry["cue"]).split() for entry in self._entries]
        prefixes, self._slot_entries = [], []  # entries with an actor slot: the words before it, then after
        for index, entry in enumerate(self._entries):
            if slotted[index]:
                before, _, after = str(entry["cue"]).partition(SLOT)
                if before.strip() and after.strip():
                    prefixes.append(before.strip())
                    self._slot_entries.append((index, tuple(fold(w) for w in after.split())))
        self.slot_matcher = LexiconMatcher(prefixes)
        for index, entry in enumerate(self._entries):  # the listed forms first: they win over generated ones
            if slotted[index]:
                continue
            terms.append(entry["cue"])
            flags.append(enclitics[index])
            self._term_entry.append(index)
        for index, entry in enumerate(self._entries):
            if slotted[index]:
                continue
            for variant in _variants(entry["cue"]):
                terms.append(variant)
                flags.append(enclitics[index])
                self._term_entry.append(index)
        self.matcher = LexiconMatcher(terms, enclitics=flags)
        self._terms = terms
        self.negators = {fold(t) for t in modifiers.loc[modifiers["kind"] == "negator", "term"]}
        self.intensifiers: dict[tuple[str, ...], float] = {}
        for term, w in zip(modifiers.loc[modifiers["kind"] == "intensifier", "term"],
                           modifiers.loc[modifiers["kind"] == "intensifier", "weight"]):
            for form in [str(term)] + _variants(str(term)):  # خطيراً، الشديد as well as خطير
                self.intensifiers.setdefault(tuple(fold(w) for w in form.split()), float(w))
        self._max_intensifier = max((len(k) for k in self.intensifiers), default=1)
        self._one_word_intensifiers = frozenset(k[0] for k in self.intensifiers if len(k) == 1)

    # -- cues -----------------------------------------------------------------------------------

    def cues(self, doc: Document) -> list[Cue]:
        """Every evaluative cue of a document, with its negation and intensity (no target yet)."""
        folded = doc.folded
        out = []
        for m in doc.matches(self.matcher):
            index = self._term_entry[m.entry]
            entry = self._entries[index]
            sign, negator, first, start = self._polarity(doc, folded, m, entry)
            term_words = self._terms[m.entry].split()
            pronoun = entry["target"] == "object" and _ends_in_pronoun(folded[m.last_token], fold(term_words[-1]))
            out.append(Cue(start, m.end, m.start, first, m.first_token, m.last_token, index, sign, float(entry["strength"]),
                           self._intensity(doc, folded, m.first_token, m.last_token), negator is not None,
                           fold(term_words[0]).startswith("ال"), entry["target"], str(entry["category"]),
                           pronoun_object=pronoun))
        taken = {k for c in out for k in range(c.first, c.last + 1)}
        for cue in self._slot_cues(doc, folded):
            if not any(k in taken for k in range(cue.first, cue.last + 1)):
                out.append(cue)
        return sorted(out, key=lambda c: c.start)

    def _polarity(self, doc: Document, folded: list[str], m, entry: dict) -> tuple[int, int | None, int, int]:
        """(sign, negator token, first token, start) of a matched cue: a negator just before it
        joins its span and flips its sign unless the entry keeps it (``negation = keep``)."""
        sign = 1 if entry["polarity"] == "positive" else -1
        negator = self._negator_before(doc, folded, m.first_token, entry["cue"])
        if negator is None:
            return sign, None, m.first_token, m.start
        return (sign if entry["negation"] == "keep" else -sign), negator, negator, doc.tokens[negator].start

    def _slot_cues(self, doc: Document, folded: list[str]) -> list[Cue]:
        """Cues of the entries with an actor slot: the words before it, one to MAX_SLOT words in the
        same clause, then the words after it (whether the slot holds an actor is checked when the
        target is resolved)."""
        out = []
        tokens = doc.tokens
        for m in doc.matches(self.slot_matcher):
            index, after = self._slot_entries[m.entry]
            entry = self._entries[index]
            for size in range(1, MAX_SLOT + 1):
                first_after = m.last_token + 1 + size
                last = first_after + len(after) - 1
                if last >= len(tokens) or any(_break_between(doc, k, k + 1) for k in range(m.last_token, last)):
                    break
                if tuple(folded[first_after : last + 1]) != after:
                    continue
                sign, negator, first, start = self._polarity(doc, folded, m, entry)
                out.append(Cue(start, tokens[last].end, m.start, first, m.first_token, last, index, sign,
                               float(entry["strength"]), self._intensity(doc, folded, m.first_token, last),
                               negator is not None, False, entry["target"], str(entry["category"]),
                               slot=(m.last_token + 1, first_after - 1)))
                break
        return out

    def _negator_before(self, doc: Document, folded: list[str], i: int, cue: str) -> int | None:
        if fold(cue.split()[0]) in self.negators:
            return None  # the entry carries its own negation (لا يمكن الوثوق)
        window = NEGATION_WINDOW_AFTER_ANY if i > 0 and folded[i - 1] == "اي" else NEGATION_WINDOW
        for j in range(i - 1, max(i - 1 - window, -1), -1):
            if _break_between(doc, j, j + 1):
                return None
            word = folded[j]
            bare = word[1:] if word[:1] in "وف" and word[1:] in self.negators else word
            if bare in self.negators:
                if bare == "لا" and j + 1 < len(folded) and folded[j + 1] in CONTINUATION_AFTER_LA:
                    return None  # لا يزال / لا سيما: continuation, not negation
                return j
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
        named = [_label_mention(x) for x in labels if x.rule == "alone"]  # الاحتلال فشل: a subject too
        ctx = self.context(doc, list(mentions) + named, quote_spans, cues)
        rows = {}
        for cue in cues:
            if _restates(ctx, cue):
                continue
            for target, source, source_type in self.resolve(ctx, cue):
                method = cue.category if cue.category.startswith("frame:") else self.method
                row = self._row(doc, cue.start, cue.end, source, source_type, target, cue.sign, cue.score, method)
                rows.setdefault((cue.start, cue.end, target), row)
        for x in labels:  # a lexicon row on the same words and actor wins
            sign = 1 if x.polarity == "positive" else -1
            source, source_type = ctx.voice(x.start)
            row = self._row(doc, x.start, x.end, source, source_type, x.actor_id, sign, sign * LABEL_STRENGTH,
                            f"label:{x.rule}")
            rows.setdefault((x.start, x.end, x.actor_id), row)
        return sorted(rows.values(), key=lambda r: (r["start"], r["target_id"]))

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
                cues: Sequence[Cue] | None = None) -> "_Context":
        """A document's mentions, quotes and cues (default: :meth:`cues`) indexed for :meth:`resolve`."""
        mentions = (list(mentions) + class_anaphors(doc, mentions, self.anaphor_heads)
                    + dual_anaphors(doc, mentions, self.sides))
        ctx = _Context(doc, mentions, quote_spans, self._one_word_intensifiers)
        cues = self.cues(doc) if cues is None else cues
        ctx.cues = list(cues)
        for c in ctx.cues:
            for k in range(c.cue_first, c.last + 1):
                ctx.cue_at.setdefault(k, c)
        ctx.cue_tokens = set(ctx.cue_at)
        return ctx

    def resolve(self, ctx: "_Context", cue: Cue) -> list[tuple[str, str, str]]:
        """(target id, source id, source type) of each actor a cue evaluates."""
        if cue.target == "praised" or (cue.target in ("agent", "any") and _in_complement(ctx, cue)):
            # شكراً لأوروبا على هذه الخطوة القوية، متهماً الحوثيين بـ«المراوغة»: the act's target
            act = _enclosing_act(ctx, cue)
            if act is not None or cue.target == "praised":
                return self.resolve(ctx, act) if act is not None else []
        if cue.target == "claimant":
            return _claimant(ctx, cue)
        quote = ctx.quote_of(cue.start)
        bounds = ctx.token_bounds(quote)
        evaluator = None
        if cue.slot is not None:
            held = _mention_after(ctx, cue.slot[0])
            if held is None or ctx.mentions[held]["last_token"] != cue.slot[1]:
                return []  # the slot holds no actor: not this idiom
            targets = [held] if cue.target == "slot" else _subject_before(ctx, cue, bounds, exclude=[held])
        elif cue.target == "object":
            evaluator, targets, inner = _speech_act(ctx, cue, bounds)
            if not targets and inner is not None and inner.sign == cue.sign \
                    and inner.target in ("agent", "any", "label"):
                # أشاد بـ«النهج الواقعي» لترامب، أدان العدوان الروسي: the object's own target
                own = _role_targets(ctx, inner, ctx.token_bounds(ctx.quote_of(inner.start)))
                targets = [t for t in own if ctx.mentions[t]["first_token"] > cue.last] or _partner(ctx, inner, bounds)
        else:
            targets = _role_targets(ctx, cue, bounds)
        if quote is not None:
            source, source_type = quote.speaker or "unknown", quote.speaker_type or "unknown"
            nested = _nested_speaker(ctx, cue, bounds, self.reporting_verbs)
            if nested is not None and nested["actor_id"] != source:
                source, source_type = nested["actor_id"], SOURCE_TYPES.get(nested.get("actor_type", ""), "person")
        else:
            source, source_type = "author", "author"
        if quote is not None and _second_person(ctx, cue, bounds):
            addressee = _addressee(ctx, quote)
            targets = [addressee] if addressee is not None else targets
        if not targets and cue.category == "deception" and cue.target == "agent":
            return _discredited_speaker(ctx, cue, quote, source, source_type)
        if not targets:
            return []
        if cue.target == "object":
            found = evaluator if evaluator is not None else _subject_before(ctx, cue, ctx.sentence_bounds(cue), exclude=targets)
            if found:
                mention = ctx.mentions[found[0]]
                source, source_type = mention["actor_id"], SOURCE_TYPES.get(mention.get("actor_type", ""), "person")
            else:
                previous = ctx.cued_quote(cue) or ctx.continued_quote(cue)
                if previous is not None:
                    source, source_type = previous[2] or "unknown", previous[3] or "unknown"
        out, seen = [], {source} if cue.target == "object" else set()  # no one is the object of his own act
        for mi in targets:
            for actor in str(ctx.mentions[mi]["actor_id"]).split("|"):  # الطرفين: both sides
                if actor not in seen:
                    seen.add(actor)
                    out.append((actor, source, source_type))
        return out


def anaphor_heads(gazetteer: Gazetteer | None = None) -> dict[str, frozenset[str]]:
    """Each class noun of :data:`ANAPHOR_HEADS` and the organisations whose names it heads.

    >>> sorted(anaphor_heads()[fold("حلف")])
    ['NATO']
    """
    gazetteer = gazetteer or _bundled_gazetteer()
    types = dict(zip(gazetteer.actors["actor_id"], gazetteer.actors["type"]))
    heads: dict[str, set[str]] = {}
    for alias in gazetteer.aliases:
        words = alias.text.split()
        if alias.form != "name" or len(words) < 2 or types.get(alias.actor_id) != "organisation":
            continue
        head = fold(words[0])
        head = head[2:] if head.startswith("ال") else head
        if head in ANAPHOR_HEADS:
            heads.setdefault(head, set()).add(alias.actor_id)
    return {h: frozenset(ids) for h, ids in heads.items()}


_GAZETTEER: list[Gazetteer] = []


def _bundled_gazetteer() -> Gazetteer:
    if not _GAZETTEER:
        _GAZETTEER.append(load_gazetteer())
    return _GAZETTEER[0]


def class_anaphors(doc: Document, mentions: Sequence[dict], heads: dict[str, frozenset[str]]) -> list[dict]:
    """Mentions of the organisations that bare class nouns refer back to (التحالف، للحلف): the
    latest actor mentioned before it whose name the noun heads. A class noun with an adjective or
    genitive after it (التحالف الدولي) names something else and is left alone.

    >>> from framing.actors import find_mentions
    >>> text = "اجتمع تحالف الراغبين في باريس. وأكد أن التحالف يملك تعهدا."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2026-01-06"], "text": [text]})
    >>> found = class_anaphors(Document("a", text), find_mentions(arts).to_dict("records"), anaphor_heads())
    >>> [(m["surface"], m["actor_id"]) for m in found]
    [('التحالف', 'Coalition of the Willing')]
    """
    candidates = _anaphor_tokens(doc, frozenset("ال" + h for h in set(heads) | COLLECTIVE_ANAPHORS))
    if not candidates:
        return []
    covered = _Coverage(mentions)
    known = sorted(mentions, key=lambda m: (int(m["end"]), int(m["start"])))
    out = []
    tokens, text = doc.tokens, doc.text
    seen, latest, counts, latest_org = 0, {}, {}, {}  # mentions ending before the current token
    for i, start, bare in candidates:
        token = tokens[i]
        while seen < len(known) and int(known[seen]["end"]) <= start:
            m = known[seen]
            latest[m["actor_id"]] = m
            if m.get("actor_type") == "organisation":
                counts[m["actor_id"]] = counts.get(m["actor_id"], 0) + 1
                latest_org[m["actor_id"]] = (seen, m)
            seen += 1
        if covered.holds(start):
            continue
        if i + 1 < len(tokens) and not _break_between(doc, i, i + 1) and doc.folded[i + 1].startswith("ال"):
            continue  # التحالف الدولي: another coalition
        head = bare[2:] if bare.startswith("ال") else bare[1:]
        if head in COLLECTIVE_ANAPHORS:
            top = max(counts.values(), default=0)
            # the organisation mentioned most often, at least twice (ties: the one mentioned last)
            antecedent = max((latest_org[a] for a, n in counts.items() if n == top), key=lambda x: x[0])[1] \
                if top >= 2 else None
        else:
            earlier = [latest[a] for a in heads[head] if a in latest]
            antecedent = max(earlier, key=lambda m: (int(m["end"]), int(m["start"]))) if earlier else None
        if antecedent is not None:
            out.append({"article_id": doc.article_id, "actor_id": antecedent["actor_id"],
                        "actor_type": antecedent.get("actor_type", ""), "surface": text[start:token.end],
                        "form": "anaphor", "start": start, "end": token.end})
    return out


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
    gazetteer = gazetteer or _bundled_gazetteer()
    table = gazetteer.actors
    types = dict(zip(table["actor_id"], table["type"]))
    sides = {}
    for actor_id, kind, affiliation in zip(table["actor_id"], table["type"], table["affiliation"]):
        if kind != "person":
            sides[actor_id] = actor_id
        elif types.get(affiliation) == "state":
            sides[actor_id] = affiliation
    return sides


def dual_anaphors(doc: Document, mentions: Sequence[dict], sides: dict[str, str]) -> list[dict]:
    """Mentions of both sides that "the two sides" (الطرفين، الجانبان) stands for: the latest pair
    of coordinated actors before it (X وY), each as the party it stands for; its actor id joins
    the two ids with ``|``.

    >>> from framing.actors import find_mentions
    >>> text = "اتصل أردوغان ببوتين وزيلنسكي. ورحب بالإرادة الجادة لدى الطرفين."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2026-03-11"], "text": [text]})
    >>> found = dual_anaphors(Document("a", text), find_mentions(arts).to_dict("records"), party_sides())
    >>> [m["actor_id"] for m in found]
    ['Russia|Ukraine']
    """
    candidates = _anaphor_tokens(doc, DUAL_ANAPHORS)
    if not candidates:
        return []
    ordered = sorted(mentions, key=lambda m: int(m["start"]))
    pairs = []  # (end of the pair, side ids)
    text = doc.text
    for first, second in zip(ordered, ordered[1:]):
        gap = text[int(first["end"]) : int(second["start"])].strip()
        if len(gap) > 4:  # و, perhaps with a diacritic or a tatweel
            continue
        a, b = sides.get(first["actor_id"]), sides.get(second["actor_id"])
        if fold(gap) == "و" and a and b and a != b:
            pairs.append((int(second["end"]), f"{a}|{b}"))
    if not pairs:
        return []
    pairs.sort()
    ends = [end for end, _ in pairs]
    covered = _Coverage(mentions)
    out = []
    for i, start, _ in candidates:
        token = doc.tokens[i]
        if covered.holds(start):
            continue
        k = bisect_right(ends, start)
        if k:
            out.append({"article_id": doc.article_id, "actor_id": pairs[k - 1][1], "actor_type": "group",
                        "surface": text[start:token.end], "form": "anaphor", "start": start, "end": token.end})
    return out


PROCLITIC_PREFIXES = ("", "و", "ف", "ب", "وب", "فب", "ل", "ول", "فل")


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


def _label_mention(label) -> dict:
    """A label that stands for an actor (الاحتلال) as a mention of it, so that it can be a subject."""
    return {"article_id": label.article_id, "actor_id": label.actor_id, "actor_type": "state", "surface": label.label,
            "form": "label", "start": label.start, "end": label.end}


def _nested_speaker(ctx: "_Context", cue: Cue, bounds: tuple[int, int], reporting_verbs: set[str]) -> dict | None:
    """The speaker of a report nested in a quote's content before the cue (مكتب ستارمر: إن رئيس
    الوزراء البريطاني «شدد على أن المجموعة ...» -> Starmer): the actor right before or after the
    reporting verb of the nearest أن/إن before the cue."""
    c = cue.first - 1
    while c > bounds[0] and ctx.folded[c] not in COMPLEMENTIZERS:
        c -= 1
    if c <= bounds[0] or ctx.folded[c] not in COMPLEMENTIZERS:
        return None
    v = c - 1 if ctx.folded[c - 1] not in PREPOSITIONS else c - 2  # شدد على أن
    verb = ctx.folded[v] if v >= bounds[0] else ""
    if verb not in reporting_verbs and not (verb[:1] in "وف" and verb[1:] in reporting_verbs):
        return None
    for mi in (ctx.at_token.get(v - 1) if v - 1 >= bounds[0] else None, _mention_after(ctx, v + 1)):
        if mi is not None and not ctx.mentions[mi]["governed"]:
            return ctx.mentions[mi]
    return None


def _ends_in_pronoun(token: str, word: str) -> bool:
    """Whether a folded token is ``word`` with a pronoun joined to its end (اتهمها = اتهم + ها).

    >>> _ends_in_pronoun("واتهمها", "اتهم"), _ends_in_pronoun("اتهم", "اتهم"), _ends_in_pronoun("شكرته", "شكره")
    (True, False, True)
    """
    stems = (word, word[:-1] + "ت") if word.endswith("ه") else (word,)
    return any(token.endswith(stem + p) for stem in stems for p in ENCLITIC_PRONOUNS)


def _variants(cue: str) -> list[str]:
    """Generated forms of a lexicon entry: definite (ال) and accusative (ـًا).

    >>> _variants("عدوان"), _variants("رغبة صادقة"), _variants("لا يمكن الوثوق")
    (['العدوان', 'عدوانا'], ['الرغبة صادقة', 'الرغبة الصادقة'], [])
    """
    words = cue.split()
    folded = [fold(w) for w in words]
    if not words or folded[0] in _PARTICLES or folded[0].startswith(("ال", "لل")) or len(folded[0]) < 3:
        return []
    out = ["ال" + cue]
    if len(words) > 1:
        every = " ".join(w if fold(w).startswith("ال") or fold(w)[:1] in "بل" else "ال" + w for w in words)
        if every != out[0]:
            out.append(every)
    elif words[-1][-1] not in "اةىي" and len(folded[-1]) >= 3:
        out.append(cue + "ا")
    return out


_PARTICLES = {
    "لا", "لم", "لن", "ليس", "غير", "عدم", "دون", "بلا", "انعدام", "فقدان", "غياب", "يمكن", "على", "في", "من",
              "الى", "مع", "بشكل", "ب", "تحميل", "الوقوف", "يقف", "تقف", "نقف", "يقفون"
}


# ---------------------------------------------------------------------------------------------
# Target rules


class _Context:
    """A document with its mentions indexed by token and its quotes, for the target rules."""

    def __init__(self, doc: Document, mentions: list[dict], quote_spans: Sequence[tuple],
                 intensifiers: set[str] = frozenset()):
        self.doc = doc
        self.intensifiers = intensifiers
        self.cues: list[Cue] = []
        self.cue_at: dict[int, Cue] = {}  # token -> the cue covering it
        self.cue_tokens: set[int] = set()  # tokens of the document's cues (a speech act's object stops there)
        self.folded = doc.folded
        self.starts = starts = doc.token_starts
        self.mentions: list[dict] = []
        self.at_token: dict[int, int] = {}  # token -> index of the mention covering it
        for start, end, m in sorted(((int(m["start"]), int(m["end"]), m) for m in mentions),
                                    key=lambda x: (x[0], -x[1])):
            first = bisect_right(starts, start) - 1  # the token holding its start (وبوتين)
            if first < 0 or doc.tokens[first].end <= start:
                continue
            last = max(bisect_left(starts, end) - 1, first)
            covered = range(first, last + 1)
            if not self.at_token.keys().isdisjoint(covered):
                continue
            index = len(self.mentions)
            self.mentions.append({**m, "first_token": first, "last_token": last,
                                  "governed": self._governed(first, start)})
            self.at_token.update(dict.fromkeys(covered, index))
        self.quotes = sorted(QuoteSpan(int(q[0]), int(q[1]), *q[2:]) for q in quote_spans)
        self.actor_ids = {m["actor_id"] for m in self.mentions}
        # Indexes of the quotes, so that finding a cue's quote is a bisection, not a scan of them all:
        # their starts, the longest, and their order by end (the first of equal ends last).
        self._quote_starts = [q.start for q in self.quotes]
        self._longest_quote = max((q.end - q.start for q in self.quotes), default=0)
        self._by_end = sorted(range(len(self.quotes)), key=lambda i: (self.quotes[i].end, -i))
        self._ends = [self.quotes[i].end for i in self._by_end]

    def _governed(self, first: int, start: int) -> bool:
        """Whether a mention is the object of a preposition (لأوكرانيا، بالغرب، على روسيا)."""
        prefix = fold(self.doc.text[self.doc.tokens[first].start : start])
        if prefix[:1] in "وف" and len(prefix) > 1:
            prefix = prefix[1:]
        if prefix[:1] in JOINED_PREPOSITIONS:
            return True
        return first > 0 and self.folded[first - 1] in PREPOSITIONS and not _break_between(self.doc, first - 1, first)

    def voice(self, offset: int) -> tuple[str, str]:
        """(source id, source type) of words at ``offset``: the innermost quote's speaker, else the author."""
        quote = self.quote_of(offset)
        if quote is None:
            return "author", "author"
        return quote.speaker or "unknown", quote.speaker_type or "unknown"

    def quote_of(self, offset: int) -> tuple | None:
        """The innermost quote whose content holds ``offset``."""
        near = self.quotes[bisect_left(self._quote_starts, offset - self._longest_quote)
                           : bisect_right(self._quote_starts, offset)]  # only these can hold it
        inside = [q for q in near if q.start <= offset < q.end]
        return min(inside, key=lambda q: q.end - q.start) if inside else None

    def _last_quote_ending_by(self, offset: int) -> tuple | None:
        """The quote with the latest end at or before ``offset`` (the first such in order)."""
        k = bisect_right(self._ends, offset) - 1
        return self.quotes[self._by_end[k]] if k >= 0 else None

    def token_bounds(self, quote: QuoteSpan | None) -> tuple[int, int]:
        """The first and last token a target may be (the quote's content, else the document)."""
        if quote is None:
            return 0, len(self.doc.tokens) - 1
        return bisect_left(self.starts, quote.start), bisect_left(self.starts, quote.end) - 1

    def sentence_bounds(self, cue: Cue | int) -> tuple[int, int]:
        """The first and last token of the sentence of a cue (or of a character offset)."""
        sentence = self.doc.sentence_of(cue if isinstance(cue, int) else cue.start)
        return bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end) - 1

    def quote_before(self, offset: int, max_sentences: int = 2) -> tuple | None:
        """The last quote ending at or before ``offset``, at most ``max_sentences`` sentences back."""
        last = self._last_quote_ending_by(offset)
        if last is None:
            return None
        distance = self.doc.sentence_id(offset) - self.doc.sentence_id(max(last[1] - 1, 0))
        return last if distance <= max_sentences else None

    def cued_quote(self, cue: Cue) -> QuoteSpan | None:
        """The quote whose reporting cue is this speech act (فأشاد بـ«الدور المحوري»: the quotes
        module has found its speaker)."""
        first = self.doc.tokens[cue.cue_first].start
        return next((q for q in self.quotes if first <= q.cue_start < cue.end and q.speaker), None)

    def continued_quote(self, cue: Cue) -> tuple | None:
        """The quote a subjectless speech act continues: the last one before it in its sentence
        (..., مشيداً بـ), or, for a cue opening its sentence (وشكر), in the two sentences before."""
        sentence_id = self.doc.sentence_id(cue.start)
        first_token = self.sentence_bounds(cue)[0]
        last = self._last_quote_ending_by(cue.start)
        if last is None:
            return None
        distance = sentence_id - self.doc.sentence_id(max(last[1] - 1, 0))
        if distance == 0 or (cue.first - first_token <= 1 and distance <= 2):
            return last
        return None


def _break_between(doc: Document, i: int, j: int) -> bool:
    gap = doc.text[doc.tokens[i].end : doc.tokens[j].start]
    return not CLAUSE_BREAKS.isdisjoint(gap)


def _steps_after(ctx: _Context, last: int, bounds: tuple[int, int], limit: int):
    """Token indices after ``last`` in the same clause and bounds, at most ``limit`` of them."""
    j = last + 1
    while j <= bounds[1] and j < len(ctx.doc.tokens) and j - last <= limit and not _break_between(ctx.doc, j - 1, j):
        yield j
        j += 1


def _mention_after(ctx: _Context, j: int) -> int | None:
    """The mention that starts at token ``j``."""
    mi = ctx.at_token.get(j)
    return mi if mi is not None and ctx.mentions[mi]["first_token"] == j else None


def _with_coordinated(ctx: _Context, mi: int, bounds: tuple[int, int]) -> list[int]:
    """A mention and the actors coordinated with it by و right after it (أوروبا وتحالف الراغبين)."""
    out = [mi]
    while True:
        last = ctx.mentions[out[-1]]["last_token"]
        nxt = last + 1
        if nxt > bounds[1] or nxt >= len(ctx.doc.tokens) or _break_between(ctx.doc, last, nxt):
            break
        following = _mention_after(ctx, nxt)
        if following is None or not ctx.folded[nxt].startswith("و"):
            break
        out.append(following)
    return out


def _agent_after(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """A demonym or genitive right after the cue (past adjectives), or the members of بين.

    Adjectives agree in definiteness: after an indefinite cue a definite word is its genitive, not
    an adjective (عرقلة الجهود الأمريكية: the demonym qualifies the obstructed efforts, not the
    obstructer). After a definite noun phrase with its adjective, ل marks the possessor (النهج
    الواقعي للرئيس ترامب، الطابع العدواني للحلف).
    """
    for j in _steps_after(ctx, cue.last, bounds, 3):
        mi = _mention_after(ctx, j)
        if mi is not None:
            mention = ctx.mentions[mi]
            if mention["governed"]:
                return _with_coordinated(ctx, mi, bounds) if _possessive_l(ctx, cue, mention, j) else []
            return _with_coordinated(ctx, mi, bounds)
        word = ctx.folded[j]
        if word == "بين" or word in POSSESSIVE_PREPOSITIONS or (
                word in WITHIN_PREPOSITIONS and cue.category in RECIPROCAL_CATEGORIES):
            following = _mention_after(ctx, j + 1) if j + 1 <= bounds[1] else None
            return _with_coordinated(ctx, following, bounds) if following is not None else []
        if word in ctx.intensifiers or (j == cue.last + 1 and word in TRANSPARENT_HEADS):
            continue
        if word in RELATIVES and cue.definite:  # الهجمات الوحشية التي تشنها روسيا
            return _relative_subject(ctx, j, bounds)
        if not word.startswith("ال") or not cue.definite:
            return []
    return []


def _relative_subject(ctx: _Context, j: int, bounds: tuple[int, int]) -> list[int]:
    """The subject of the relative clause opened by the pronoun at token ``j``: the actor right
    after its verb (التي تشنها روسيا), not one after a preposition (التي تتعرض لها أوكرانيا)."""
    subject = j + 2
    if subject <= bounds[1] and subject < len(ctx.doc.tokens) and not _break_between(ctx.doc, j, subject):
        mi = _mention_after(ctx, subject)
        if mi is not None and not ctx.mentions[mi]["governed"]:
            return _with_coordinated(ctx, mi, bounds)
    return []


def _plural_verb(word: str) -> bool:
    """A verb whose plural ending holds its subject (استغلوا، يعرقلون): an actor after it is its
    object, never its subject.

    >>> [_plural_verb(w) for w in ("استغلوا", "يعرقلون", "تعرقل", "المعتدون")]
    [True, True, False, False]
    """
    return len(word) >= 4 and not word.startswith("ال") and (
        word.endswith("وا") or (word[:1] in ("ي", "ت") and word.endswith("ون")))


def _possessive_l(ctx: _Context, cue: Cue, mention: dict, j: int) -> bool:
    """Whether a mention joined to ل right after a definite noun phrase is its possessor: the cue is
    a noun with its adjective (النهج الواقعي) or an adjective after a definite noun (الطابع
    العدواني), not a bare noun whose ل marks the one it is aimed at (التهديد لأوروبا)."""
    if j != cue.last + 1 or not cue.definite:
        return False
    prefix = fold(ctx.doc.text[ctx.doc.tokens[j].start : int(mention["start"])])
    if prefix.lstrip("وف") != "ل":
        return False
    before = cue.cue_first - 1
    adjective = before >= 0 and ctx.folded[before].startswith("ال") and ctx.at_token.get(before) is None \
        and not _break_between(ctx.doc, before, cue.cue_first)
    return cue.last > cue.cue_first or adjective


def _any_after(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The actor right after the cue or after a preposition following it (لا يمكن الوثوق في بوتين)."""
    for step, j in enumerate(_steps_after(ctx, cue.last, bounds, 4)):
        mi = _mention_after(ctx, j)
        if mi is not None:
            return _with_coordinated(ctx, mi, bounds)
        word = ctx.folded[j]
        if step > 0 and word not in PREPOSITIONS and not word.startswith(("ال", "ب", "ل")):
            return []
        if word in CLAUSE_OPENERS:
            return []
    return []


def _preposition_object(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The object of a preposition after the cue, past an experiencer (غيظ ترمب من بوتين)."""
    steps = list(_steps_after(ctx, cue.last, bounds, MAX_AFTER + 2))
    for k, j in enumerate(steps):
        word = ctx.folded[j]
        if word in CLAUSE_OPENERS:
            return []
        mi = _mention_after(ctx, j)
        if mi is not None and ctx.mentions[mi]["governed"]:
            return _with_coordinated(ctx, mi, bounds)
        bare = word[1:] if word[:1] in "وف" else word
        # بالـ، للـ: not كير; right after the cue any ب/ل word is a preposition and its noun (غير سعيد
        # بتصرفات بوتين، عدم الوثوق بكلمات الكرملين)
        joined = bare[:1] in JOINED_PREPOSITIONS and (bare[1:3] in ("ال", "ل") or (k == 0 and len(bare) > 3))
        if word in SPEECH_PLACES and k + 1 < len(steps) and ctx.folded[steps[k + 1]] in SPEECH_NOUNS:
            continue  # في قول ستارمر: where it was said, not whom it is about (but قلق من تصريحات بوتين)
        if _demonstrative_object(ctx, j):  # ممتن لذلك: grateful for what the previous clause says
            return _antecedent(ctx, _clause_start(ctx, cue.first), ctx.sentence_bounds(cue))
        if word in PREPOSITIONS or joined:
            for j2 in steps[k + (0 if joined else 1) : k + 1 + MAX_PREP_OBJECT]:
                if ctx.folded[j2] in CLAUSE_OPENERS:
                    break
                mi = _mention_after(ctx, j2)
                if mi is not None:
                    return _with_coordinated(ctx, mi, bounds)
    return []


@dataclass
class _ObjectScan:
    """What follows a speech act in its clause: the actors met, and where the scan stopped."""

    found: list[int]
    inner: Cue | None = None  # an evaluative cue in the object (أدان العدوان الروسي)
    attack: int | None = None  # a bare attack noun (أدان الهجوم)
    relative: int | None = None  # a relative pronoun (أشاد بالجهود التي بذلتها قطر)
    pronoun: bool = False  # the object is a pronoun or demonstrative (متهماً إياهم، رحب بذلك)


def _scan_object(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> _ObjectScan:
    """Walk the clause after a speech act up to its object's end (another cue, an attack noun, a
    relative pronoun or a clause opener), collecting the actors met."""
    scan = _ObjectScan([])
    skip = -1
    for j in _steps_after(ctx, cue.last, bounds, MAX_OBJECT + MAX_NAME):
        if j <= skip:
            continue  # inside an actor's name: a long name is one step (الأمين العام لمجلس التعاون جاسم البديوي)
        if j - cue.last - sum(ctx.mentions[mi]["last_token"] - ctx.mentions[mi]["first_token"] for mi in scan.found) > MAX_OBJECT:
            break
        word = ctx.folded[j]
        if j in ctx.cue_tokens:
            scan.inner = ctx.cue_at.get(j)
        elif word in ATTACK_NOUNS and word.startswith("ال") and _mention_after(ctx, j + 1) is None:
            scan.attack = j
        elif word in RELATIVES:
            scan.relative = j
        elif not scan.found and (word in OBJECT_PRONOUNS or _demonstrative_object(ctx, j)):
            scan.pronoun = True
        elif word not in CLAUSE_OPENERS:
            mi = _mention_after(ctx, j)
            if mi is not None:
                scan.found.append(mi)
                skip = ctx.mentions[mi]["last_token"]
            continue
        return scan
    return scan


def _speech_act(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> tuple[list[int] | None, list[int], Cue | None]:
    """(evaluator, targets, inner cue) of a speech act.

    In ``V S O`` an actor right after the verb is its subject when an object follows it: another
    actor (رحب أردوغان بروسيا), a ب phrase (رحّب زيلينسكي بالحزمة), a definite noun (أدان ستارمر
    الهجوم) or another cue (أشاد بيسكوف بـ«النهج الواقعي»); otherwise it is the object (وشكر
    الولايات المتحدة على استعدادها). An object that is itself a cue is returned as the inner cue:
    its own target is the act's (أدان ماكرون العدوان الروسي -> Russia). An object with a relative
    clause names its owner there (أشاد البديوي بالجهود التي بذلتها قطر -> Qatar).
    """
    if cue.pronoun_object:  # اتهمها الكرملين بـ...: the actor after the verb is its subject
        subject = _mention_after(ctx, cue.last + 1) if cue.last + 1 <= bounds[1] else None
        evaluator = [subject] if subject is not None and not ctx.mentions[subject]["governed"] else None
        return evaluator, _antecedent(ctx, _clause_start(ctx, cue.first), ctx.sentence_bounds(cue)), None
    scan = _scan_object(ctx, cue, bounds)
    if scan.pronoun:
        return None, _antecedent(ctx, _clause_start(ctx, cue.first), ctx.sentence_bounds(cue)), None
    evaluator, found = _split_subject(ctx, cue, scan, bounds)
    if found:
        return evaluator, _with_coordinated(ctx, found[0], bounds), scan.inner
    if scan.relative is not None:
        return evaluator, _relative_subject(ctx, scan.relative, bounds), scan.inner
    if scan.attack is not None:  # الهجمات التي تشنها روسيا, else the attack reported before
        relative = next((k for k in _steps_after(ctx, scan.attack, bounds, 2) if ctx.folded[k] in RELATIVES), None)
        return evaluator, (relative is not None and _relative_subject(ctx, relative, bounds)) or _attacker(
            ctx, scan.attack), scan.inner
    return evaluator, [], scan.inner


def _participle(word: str) -> bool:
    """An active participle in the accusative (متهماً، مشيداً، منتقداً): its subject is the clause's
    before it, so an actor right after it is its object (متهماً ميليشيا الحوثي بـ...).

    >>> [_participle(fold(w)) for w in ("متهماً", "مشيدا", "اتهم", "ممثلا")]
    [True, True, False, True]
    """
    return len(word) >= 5 and word.startswith("م") and word.endswith("ا") and not word.endswith("وا")


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """The first words of the roles of ``roles.tsv`` (الرئيس، وزير), folded, with and without ال:
    a role between a speech act and an actor's adjective makes that actor its subject."""
    roles = read_tsv("roles.tsv", required=["role"])["role"]
    heads = {fold(str(r).split()[0]) for r in roles if str(r).strip()}
    return frozenset(heads | {"ال" + h for h in heads if not h.startswith("ال")})


def _split_subject(ctx: _Context, cue: Cue, scan: _ObjectScan, bounds: tuple[int, int]) -> tuple[list[int] | None, list[int]]:
    """(subject, object actors) of the actors after a speech act: the first is its subject when it
    stands right after the verb and an object follows it."""
    found = scan.found
    if not found:
        return None, []
    first = ctx.mentions[found[0]]
    start = first["first_token"]
    titled = start == cue.last + 2 and ctx.folded[cue.last + 1] in _role_heads()  # اتهم الرئيس الكولومبي ...
    if (start != cue.last + 1 and not titled) or first["governed"] or _participle(ctx.folded[cue.last]):
        return None, found
    group = _with_coordinated(ctx, found[0], bounds)
    rest = [mi for mi in found if mi not in group]
    follows = scan.inner is not None or scan.relative is not None or scan.attack is not None
    if rest or follows or _object_follows(ctx, ctx.mentions[group[-1]]["last_token"], bounds):
        return group, rest
    return None, found


def _second_person(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> bool:
    """Whether a cue in a quote speaks to someone: it ends in a second-person pronoun (أشكرك،
    حكمتك) or a second-person word stands next to it in its clause (شكراً لك، أنت قائد رائع، لقد
    كنت صديقاً حقيقياً).

    >>> scorer = SentimentScorer()
    >>> doc = Document("a", "قال: «شكراً لك، لقد كنت صديقاً وفياً»", "2025-01-01")
    >>> ctx = scorer.context(doc, [])
    >>> [_second_person(ctx, c, (2, len(doc.tokens) - 1)) for c in ctx.cues]
    [True, True]
    """
    last = ctx.folded[cue.last]
    if len(last) > 3 and last.endswith(SECOND_PERSON_SUFFIXES) and not last.startswith("ال"):
        return True
    near = list(_steps_after(ctx, cue.last, bounds, 1))
    k = cue.first - 1
    while k >= bounds[0] and cue.first - k <= 3 and not _break_between(ctx.doc, k, k + 1):
        near.append(k)
        k -= 1
    return any(ctx.folded[j] in SECOND_PERSON for j in near)


def _addressee(ctx: _Context, quote: QuoteSpan) -> int | None:
    """The actor a quote speaks to: the one named after a vocative inside it (شكراً لك يا ناصر), else
    after a word of addressing around it in its sentence (قال أنور مخاطباً لي تشيانغ، التفت إلى الأمير
    فيصل قائلاً), else the object of ل right after the quote's reporting verb (قال للبوسعيدي).

    >>> from framing.actors import find_mentions
    >>> t = "والتفت بولس إلى الأمير فيصل بن فرحان قائلاً: «شكراً لك يا سمو الأمير»"
    >>> ms = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-20"], "text": [t]})).to_dict("records")
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-05-20"), ms)
    >>> ctx.mentions[_addressee(ctx, QuoteSpan(t.index("شكرا"), len(t) - 1, "Massad Boulos", "person", t.index("قائلا")))]["actor_id"]
    'Faisal bin Farhan Al Saud'
    """
    first, last = ctx.token_bounds(quote)
    for j in range(first, last):
        if ctx.folded[j] in VOCATIVES:
            mi = _mention_after(ctx, j + 1)
            if mi is not None:
                return mi
    around = ctx.sentence_bounds(min(quote.start, quote.cue_start if quote.cue_start >= 0 else quote.start))
    end = ctx.sentence_bounds(max(quote.end - 1, quote.cue_start))[1]
    for j in range(around[0], end + 1):
        if first <= j <= last:
            continue
        word = ctx.folded[j]
        bare = word[1:] if word[:1] in "وف" and word[1:] in ADDRESSING_WORDS else word
        if bare in ADDRESSING_WORDS:
            found = _addressed_after(ctx, j, end)
            if found is not None:
                return found
    cue_token = bisect_right(ctx.starts, quote.cue_start) - 1 if quote.cue_start >= 0 else -1
    for k in (cue_token + 1, cue_token + 2):  # قال للبوسعيدي، قال عراقجي للبوسعيدي
        mi = _mention_after(ctx, k) if 0 < k < len(ctx.doc.tokens) and not first <= k <= last else None
        if mi is not None and ctx.mentions[mi]["governed"] and ctx.folded[k].startswith("ل"):
            return mi
    return None


def _addressed_after(ctx: _Context, j: int, end: int) -> int | None:
    """The actor a word of addressing at token ``j`` names: the object of إلى within three words
    (التفت بولس إلى الأمير فيصل), else, after a form of خاطب, the actor right after it (مخاطباً لي)."""
    for k in range(j + 1, min(j + 4, end) + 1):
        if ctx.folded[k] == "الي":
            return _mention_after(ctx, k + 1) if k + 1 <= end else None
    return _mention_after(ctx, j + 1) if "خاطب" in ctx.folded[j] and j + 1 <= end else None


def _partner(ctx: _Context, inner: Cue, bounds: tuple[int, int]) -> list[int]:
    """The actor a praised or blamed object belongs to, after it: the object of مع or بين (أشاد
    بـ«التعاون المثمر» مع المغرب), or the subject of a relative clause (بالدور المحوري الذي يؤديه
    الاتحاد الأفريقي).

    >>> from framing.actors import find_mentions
    >>> scorer = SentimentScorer()
    >>> doc = Document("a", "وأشاد بالتعاون المثمر مع المغرب", "2025-01-01")
    >>> ms = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-01-01"], "text": [doc.text]})).to_dict("records")
    >>> ctx = scorer.context(doc, ms)
    >>> [ctx.mentions[i]["actor_id"] for i in _partner(ctx, ctx.cues[0], ctx.token_bounds(None))]
    ['Morocco']
    """
    for j in _steps_after(ctx, inner.last, bounds, 4):
        word = ctx.folded[j]
        if word in RELATIVES:
            return _relative_subject(ctx, j, bounds)
        if word in PARTNER_PREPOSITIONS and j + 1 <= bounds[1]:
            following = _mention_after(ctx, j + 1)
            return _with_coordinated(ctx, following, bounds) if following is not None else []
        if _mention_after(ctx, j) is not None:
            return []  # another actor: not the object's owner
    return []


def _attacker(ctx: _Context, j: int) -> list[int]:
    """The author of the attack a bare attack noun at token ``j`` refers to: scanning back from it,
    the actor right before or after the latest attack verb (روسيا شنت، قصفت القوات الروسية), or the
    demonym right after the latest attack noun (هجوم روسي)."""
    first_sentence = max(ctx.doc.sentence_id(ctx.doc.tokens[j].start) - MAX_ATTACK_SENTENCES, 0)
    k = j - 1
    while k >= 0 and ctx.doc.sentence_id(ctx.doc.tokens[k].start) >= first_sentence:
        word = ctx.folded[k]
        bare = word[1:] if word[:1] in "وف" and word[1:] in ATTACK_VERBS else word
        candidates = []
        if bare in ATTACK_VERBS:
            candidates = [ctx.at_token.get(b) for b in range(k - 1, max(k - 4, -1), -1)
                          if not any(_break_between(ctx.doc, x, x + 1) for x in range(b, k))]  # القوات الروسية قد شنت
            candidates.append(_mention_after(ctx, k + 1))
            if k + 2 < len(ctx.doc.tokens) and ctx.folded[k + 1].startswith("ال"):
                candidates.append(_mention_after(ctx, k + 2))  # قصفت القوات الروسية
        elif word in ATTACK_NOUNS or (word[:1] in "وب" and word[1:] in ATTACK_NOUNS):
            candidates = [_mention_after(ctx, k + 1)]
        for mi in candidates:
            if mi is not None and not ctx.mentions[mi]["governed"]:
                return [mi]
        k -= 1
    return []


def _object_follows(ctx: _Context, last: int, bounds: tuple[int, int]) -> bool:
    """Whether the word after token ``last`` opens an object: a ب phrase (بالحزمة، بـ«الهجمات»: a
    ب set apart before quotation marks) or a definite noun."""
    j = last + 1
    if j > bounds[1] or j >= len(ctx.doc.tokens) or _break_between(ctx.doc, last, j):
        return False
    word = ctx.folded[j]
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return (bare[:1] == "ب" and (len(bare) > 2 or bare == "ب") and bare not in PREPOSITIONS) or word.startswith("ال")


def _role_targets(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The mentions a cue of role agent, about, label or any evaluates."""
    if cue.target == "agent":
        if not cue.negated and cue.cue_first > 0 and ctx.folded[cue.cue_first - 1] == "اي":
            # ردع أي عدوان: anyone's (أي عدوان روسي: Russia's); but بوتين لم يُظهر أي رغبة: Putin's
            return _agent_after(ctx, cue, bounds)
        if _plural_verb(ctx.folded[cue.last]):  # الأوروبيون استغلوا أمريكا: the actor after is the object
            return _subject_before(ctx, cue, bounds)
        return _agent_after(ctx, cue, bounds) or _subject_before(ctx, cue, bounds)
    if cue.target == "about":
        return _preposition_object(ctx, cue, bounds)
    if cue.target == "doer":
        return _doer(ctx, cue, bounds)
    if cue.target == "patient":
        return _patient(ctx, cue, bounds)
    if cue.target == "label":
        return _label_target(ctx, cue, bounds)
    if cue.target == "slot":
        return []  # only entries with an actor slot: resolved from the slot
    if cue.target == "holder":  # بوتين عدو أوكرانيا: the subject is the enemy, not its genitive
        found = _subject_before(ctx, cue, bounds) or _agent_after(ctx, cue, bounds)
        if found:
            considerer = _considerer(ctx, found[0], bounds)
            return found if considerer is None else considerer
        return []
    return _any_after(ctx, cue, bounds) or _subject_before(ctx, cue, bounds)


def _restates(ctx: _Context, cue: Cue) -> bool:
    """Whether a frame's verb only restates the act a cue just before it named: the verb of a
    relative clause after an evaluative noun (الإبادة التي ارتكبتها إسرائيل: one evaluation, found
    from الإبادة).

    >>> t = "وأدان الإبادة التي ارتكبتها إسرائيل"
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-01-01"), [])
    >>> [(ctx.doc.text[c.start:c.end], _restates(ctx, c)) for c in ctx.cues]
    [('أدان', False), ('الإبادة', False), ('ارتكبتها', True)]
    """
    k = cue.first - 1
    return (cue.category.startswith("frame:") and k >= 1 and ctx.folded[k] in RELATIVES
            and (k - 1) in ctx.cue_at and not _break_between(ctx.doc, k - 1, cue.first))


def _doer(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The subject of a verb of a connotation frame: the actor before it in its clause (العدو
    ارتكب أبشع المجازر), else the actor right after it (ارتكبت قوات الاحتلال مجازر), never its
    object (إسرائيل قصفت غزة -> Israel, not Gaza).

    >>> from framing.actors import find_mentions
    >>> t = "وقال إن روسيا قصفت أوكرانيا بلا رحمة"
    >>> ms = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-01-01"], "text": [t]})).to_dict("records")
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-01-01"), ms)
    >>> cue = next(c for c in ctx.cues if c.target == "doer")
    >>> [ctx.mentions[i]["actor_id"] for i in _doer(ctx, cue, ctx.token_bounds(None))]
    ['Russia']
    """
    before = _subject_before(ctx, cue, bounds)
    if before or _plural_verb(ctx.folded[cue.last]):
        return before
    mi = _mention_after(ctx, cue.last + 1) if cue.last + 1 <= bounds[1] else None
    if mi is None or ctx.mentions[mi]["governed"] or _break_between(ctx.doc, cue.last, cue.last + 1):
        return []
    return _with_coordinated(ctx, mi, bounds)


def _patient(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The object of a verb of a connotation frame: the actor after it, past its subject when two
    follow (منعت فرنسا روسيا من ...), never one behind a preposition (منع الهجوم على أوكرانيا).

    >>> from framing.actors import find_mentions
    >>> t = "يجب منع روسيا من تكرار ما فعلته"
    >>> ms = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-01-01"], "text": [t]})).to_dict("records")
    >>> ctx = SentimentScorer().context(Document("a", t, "2025-01-01"), ms)
    >>> [ctx.mentions[i]["actor_id"] for i in _patient(ctx, ctx.cues[0], ctx.token_bounds(None))]
    ['Russia']
    """
    found = []
    for j in _steps_after(ctx, cue.last, bounds, 4):
        mi = _mention_after(ctx, j)
        if mi is not None and not ctx.mentions[mi]["governed"]:
            found.append(mi)
        elif ctx.folded[j] in CLAUSE_OPENERS or ctx.folded[j] in PREPOSITIONS:
            break
    if not found:
        return []
    adjacent = len(found) > 1 and ctx.mentions[found[0]]["first_token"] == cue.last + 1
    return [found[1]] if adjacent else [found[0]]


def _considerer(ctx: _Context, mi: int, bounds: tuple[int, int]) -> list[int] | None:
    """When the mention ``mi`` is the object of a verb of considering, the verb's subject (none
    found: ``[]``); ``None`` when no such verb governs it. SVO: الحلف يعدّ روسيا عدواً; VSO: يعتبر
    الناتو روسيا عدواً."""
    k = ctx.mentions[mi]["first_token"] - 1
    if k < bounds[0] or _break_between(ctx.doc, k, k + 1):
        return None
    before = ctx.at_token.get(k)
    if before is not None:  # VSO: the subject stands between the verb and the object
        v = ctx.mentions[before]["first_token"] - 1
        if v >= bounds[0] and ctx.folded[v] in CONSIDERING_VERBS and not ctx.mentions[before]["governed"]:
            return [before]
        return None
    if ctx.folded[k] not in CONSIDERING_VERBS:
        return None
    for j in range(k - 1, max(k - 4, bounds[0] - 1), -1):
        if _break_between(ctx.doc, j, j + 1):
            break
        subject = ctx.at_token.get(j)
        if subject is not None and not ctx.mentions[subject]["governed"]:
            return [subject]
    return []


def _label_target(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The actor a delegitimising label names: a name, title or metonym right after it (نظام كييف،
    نظام زيلينسكي), never a demonym (نظام الدفاع الجوي الأمريكي) nor a definite label (النظام)."""
    j = cue.last + 1
    if cue.definite or j > bounds[1] or j >= len(ctx.doc.tokens) or _break_between(ctx.doc, cue.last, j):
        return []
    mi = _mention_after(ctx, j)
    if mi is None or ctx.mentions[mi]["governed"] or ctx.mentions[mi].get("form") == "demonym":
        return []
    return [mi]


def _in_complement(ctx: _Context, cue: Cue) -> bool:
    """Whether a cue opens the ب or على complement of what comes before it (متهماً X بـ«المراوغة»،
    شكر X على جهوده المخلصة), where it names the charge or the merit, not its own agent.

    >>> ctx = SentimentScorer().context(Document("a", "متهماً الحوثيين بالمماطلة", "2025-01-01"), [])
    >>> _in_complement(ctx, ctx.cues[-1])
    True
    """
    word = ctx.folded[cue.cue_first]
    if word[:1] == "ب" and word[1:3] == "ال":
        return True
    k = cue.cue_first - 1
    return k >= 0 and ctx.folded[k] in ("ب", "علي") and not _break_between(ctx.doc, k, cue.cue_first)


def _enclosing_act(ctx: _Context, cue: Cue) -> Cue | None:
    """The praise (or condemnation) act whose object holds a ``praised`` cue: the nearest speech-act
    cue of the same polarity before it in its clause (شكراً لأوروبا على هذه الخطوة القوية)."""
    for k in range(cue.cue_first - 1, max(cue.cue_first - 1 - MAX_AFTER * 2, -1), -1):
        if _break_between(ctx.doc, k, k + 1):
            return None
        act = ctx.cue_at.get(k)
        if act is not None and act.target == "object" and act.sign == cue.sign:
            return act
    return None


def _discredited_speaker(ctx: _Context, cue: Cue, quote: tuple | None, source: str,
                         source_type: str) -> list[tuple[str, str, str]]:
    """A charge of deception with no actor in its clause («هراء»، أكاذيب) is aimed at the claims
    reported just before it: the speaker of the previous quote, in the same or the previous
    sentence, when that is an actor other than the one who makes the charge."""
    previous = ctx.quote_before(quote.start if quote is not None else cue.start, max_sentences=1)
    if previous is None or previous[2] == source or previous[2] not in ctx.actor_ids:
        return []
    return [(previous[2], source, source_type)]


def _claimant(ctx: _Context, cue: Cue) -> list[tuple[str, str, str]]:
    """A claim discredited by the author (من دون تقديم أي أدلة): the target is the speaker of the
    quote that holds the cue or ends before it in its sentence; the source is an outer quote's
    speaker, else the author (nobody discredits their own claim)."""
    holding = [q for q in ctx.quotes if q.start <= cue.start < q.end]
    quote = min(holding, key=lambda q: q.end - q.start) if holding else ctx.quote_before(cue.start, max_sentences=0)
    if quote is None or quote.speaker not in ctx.actor_ids:
        return []
    outer = [q for q in holding if q.speaker != quote.speaker]
    if outer:
        source = min(outer, key=lambda q: q.end - q.start)
        return [(quote.speaker, source.speaker or "unknown", source.speaker_type or "unknown")]
    return [(quote.speaker, "author", "author")]


def _subject_before(ctx: _Context, cue: Cue, bounds: tuple[int, int], exclude: Sequence[int] = ()) -> list[int]:
    """The subject of the predicate the cue belongs to: the nearest actor before it in its clause
    that no preposition governs, not past a complementizer (أن، إن) or a second preposition.

    A definite cue is a noun phrase: its subject can only be the actor right before it (بوتين
    المعزول، روسيا هي المعتدي), or the subject of a verb of continuing whose complement it is
    (استمر الجانب الروسي في اللعب لفترة من الوقت); never an actor before a preposition joined to it
    (ندد ماكرون بالعدوان).
    """
    if cue.definite:
        return _definite_subject(ctx, cue, bounds, exclude)
    before = cue.first - 1
    if (cue.last == cue.cue_first and before - 1 >= bounds[0] and ctx.folded[before - 1] in QUANTIFIERS
            and ctx.at_token.get(before) is None):
        return []  # أي حوار جاد: the adjective describes a thing
    j, steps, prepositions = before, 0, 0
    while j >= bounds[0] and steps < MAX_SUBJECT and not _break_between(ctx.doc, j, j + 1):
        mi = ctx.at_token.get(j)
        if mi is not None and mi not in exclude:
            mention = ctx.mentions[mi]
            if not mention["governed"]:
                return _with_coordinated_before(ctx, mi, bounds)
            j = mention["first_token"] - 1
            steps += 1
            continue
        word = ctx.folded[j]
        if word in PRONOUN_SUBJECTS or word in DESCRIBED_PRONOUNS:
            return _pronoun_subject(ctx, j, bounds, exclude)
        if word in SHARED_SUBJECT:
            return _antecedent(ctx, j, bounds, exclude)
        if word in ATTACK_NOUNS and word.startswith("ال"):
            return _attacker(ctx, j)  # قال ماكرون إن الهجوم وحشي: the attack's author
        if word in DEMONSTRATIVES and _stands_alone(ctx, j, cue):
            return _antecedent(ctx, j, bounds, exclude)
        if word in COMPLEMENTIZERS:
            return []
        if word in PREPOSITIONS and not (j > 0 and ctx.folded[j - 1] in PREPOSITIONS):  # من خلال: once
            prepositions += 1
            if prepositions == 2:
                return []
        j -= 1
        steps += 1
    start = bounds[0]
    if j < start and 0 < start and steps < MAX_SUBJECT and not _break_between(ctx.doc, start - 1, start) \
            and (ctx.folded[start - 1] in PRONOUN_SUBJECTS or ctx.folded[start - 1] in DESCRIBED_PRONOUNS):
        # the quote opens after its subject pronoun: قال إنه «غير جاد»، وصف بوتين بأنه «غير جدير بالثقة»
        return _pronoun_subject(ctx, start - 1, (0, len(ctx.doc.tokens) - 1), exclude)
    return []


def _pronoun_subject(ctx: _Context, j: int, bounds: tuple[int, int], exclude: Sequence[int]) -> list[int]:
    """The actor a subject pronoun at token ``j`` stands for: after أنه/لأنه the governing clause's
    subject; after بأنه (وصف ماكرون بوتين بأنه ...) the actor right before it, the described one."""
    if ctx.folded[j] in PRONOUN_SUBJECTS:
        return _antecedent(ctx, j, bounds, exclude)
    if j > 0 and ctx.folded[j - 1] in ATTACK_NOUNS and ctx.at_token.get(j - 1) is None:
        return _attacker(ctx, j - 1)  # وصفت كالاس الهجوم بأنه «وحشي»
    mi = ctx.at_token.get(j - 1) if j - 1 >= bounds[0] and not _break_between(ctx.doc, j - 1, j) else None
    if mi is None or mi in exclude or ctx.mentions[mi]["governed"]:
        return []
    verb = ctx.mentions[mi]["first_token"] - 1
    if verb >= 0 and _describes_a_pronoun(ctx.folded[verb]):
        return []  # وصفتها موسكو بأنها «هراء»: موسكو describes, the pronoun is described
    return _with_coordinated_before(ctx, mi, bounds)


def _describes_a_pronoun(word: str) -> bool:
    """Whether a folded word is a verb of describing with an object pronoun (وصفها، وصفتها، يصفه).

    >>> _describes_a_pronoun("ووصفتها"), _describes_a_pronoun("وصفت")
    (True, False)
    """
    word = word[1:] if word[:1] in "وف" and word[1:4] in ("وصف", "يصف", "تصف") else word
    for stem in ("وصفت", "وصفوا", "وصف", "يصفون", "يصف", "تصف"):
        if word.startswith(stem) and word[len(stem):] in ENCLITIC_PRONOUNS:
            return True
    return False


def _definite_subject(ctx: _Context, cue: Cue, bounds: tuple[int, int], exclude: Sequence[int]) -> list[int]:
    prefix = fold(ctx.doc.text[ctx.doc.tokens[cue.cue_first].start : cue.match_start])
    j = cue.first - 1
    through_preposition = j >= bounds[0] and ctx.folded[j] in PREPOSITIONS and ctx.at_token.get(j) is None
    if through_preposition:
        j -= 1
    elif prefix.lstrip("وف")[:1] in JOINED_PREPOSITIONS and cue.first == cue.cue_first:
        through_preposition = True
    copula = j >= bounds[0] and ctx.folded[j] in COPULA_PRONOUNS and not through_preposition
    if copula:
        j -= 1
    if j < bounds[0] or any(_break_between(ctx.doc, k, k + 1) for k in range(j, cue.first)):
        return []  # a dash may stand between them (بوتين – المعزول), a comma may not
    if copula and ctx.folded[j] in DEMONSTRATIVES:
        return _antecedent(ctx, j, bounds, exclude)  # وهذا هو النفاق
    mi = ctx.at_token.get(j)
    if mi is None or mi in exclude or ctx.mentions[mi]["governed"]:
        return []
    if through_preposition:
        first = ctx.mentions[mi]["first_token"]
        before = range(max(first - 2, bounds[0]), first)
        if not any(ctx.folded[k] in ASPECTUAL_VERBS for k in before):
            return []
    return _with_coordinated_before(ctx, mi, bounds)


def _clause_start(ctx: _Context, j: int) -> int:
    """The first token of the clause that holds token ``j``."""
    while j > 0 and not _break_between(ctx.doc, j - 1, j):
        j -= 1
    return j


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


def _antecedent(ctx: _Context, j: int, bounds: tuple[int, int], exclude: Sequence[int] = ()) -> list[int]:
    """The subject that a pronoun or a demonstrative at token ``j`` stands for: the first actor no
    preposition governs in the clauses before it, back to the last complementizer or the start of
    the sentence (and of the quote). A demonstrative that opens a quote points into the previous
    quote (قال زيلينسكي إن روسيا شنت ... وأضاف: «هذا إرهاب متعمد» -> Russia).

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
    if k < lo:
        previous = ctx.quote_before(ctx.doc.tokens[j].start) if ctx.folded[j] in DEMONSTRATIVES else None
        if previous is None:
            return []
        lo, k = ctx.token_bounds(previous)
    first = None
    while k >= lo:
        if ctx.folded[k] in COMPLEMENTIZERS and k != j:
            break
        mi = ctx.at_token.get(k)
        if mi is not None:
            if mi not in exclude and not ctx.mentions[mi]["governed"]:
                first = mi
            k = ctx.mentions[mi]["first_token"] - 1
            continue
        k -= 1
    return [] if first is None else _with_coordinated(ctx, first, (lo, j - 1))


def _with_coordinated_before(ctx: _Context, mi: int, bounds: tuple[int, int]) -> list[int]:
    """A subject and the actors coordinated with it before it (ماكرون وزيلينسكي)."""
    out = [mi]
    k = ctx.mentions[mi]["first_token"]
    while ctx.folded[k].startswith("و") and k - 1 >= bounds[0] and not _break_between(ctx.doc, k - 1, k):
        previous = ctx.at_token.get(k - 1)
        if previous is None or ctx.mentions[previous]["governed"]:
            break
        out.append(previous)
        k = ctx.mentions[previous]["first_token"]
    return out


# ---------------------------------------------------------------------------------------------
# Tables


def find_sentiment(articles: pd.DataFrame, mentions: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None,
                   scorer=None) -> pd.DataFrame:
    """One row per evaluation of an actor: ``article_id, source_id, source_type, target_id,
    polarity, score, cue, start, end, sentence_id, sentence, method``.

    ``mentions`` and ``quotes`` come from :func:`framing.actors.find_mentions` and
    :func:`framing.quotes.find_quotes` for the same articles (computed when omitted). ``scorer``
    is a :class:`SentimentScorer` (the lexicon, the default) or any object with the same ``find``
    method, such as :class:`framing.classifier.ClassifierScorer` (rows with ``method`` =
    ``classifier``).
    """
    if mentions is None:
        from .actors import find_mentions

        mentions = find_mentions(articles)
    if quotes is None:
        from .quotes import find_quotes

        quotes = find_quotes(articles, mentions)
    scorer = scorer or SentimentScorer()
    by_article = {k: g.to_dict("records") for k, g in mentions.groupby("article_id", sort=False)}
    spans = quote_spans(quotes)
    rows = []
    for doc in documents(articles):
        rows.extend(scorer.find(doc, by_article.get(doc.article_id, []), spans.get(doc.article_id, [])))
    return pd.DataFrame(rows, columns=SENTIMENT_COLUMNS)


AGGREGATE_COLUMNS = ["n", "n_articles", "mean_score", "ci_low", "ci_high", "share_negative", "share_positive"]


def actor_sentiment(sentiment: pd.DataFrame, articles: pd.DataFrame, *, by: Sequence[str] = ("outlet", "target_id"),
                    n_boot: int = 2000, seed: int = 0, ci: float = 0.95) -> pd.DataFrame:
    """Sentiment toward each actor per event and ``by`` group (outlet, or source), with a
    bootstrap confidence interval of the mean score that resamples articles.

    Columns: ``event, <by...>, n, n_articles, mean_score, ci_low, ci_high, share_negative,
    share_positive``. ``articles`` gives each article's ``outlet`` and ``event``. The rows of an
    article are not independent (one outlet's framing runs through the whole piece), so the
    interval resamples whole articles with replacement, ``n_boot`` times, with
    ``numpy.random.default_rng(seed)`` started afresh for every cell: the same input gives the
    same interval, whatever the other cells. A cell with one article has a zero-width interval.

    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "target_id": ["Russia"] * 3, "score": [-2.0, -2.0, 1.0],
    ...                   "polarity": ["negative", "negative", "positive"], "source_id": ["author"] * 3})
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X"], "event": ["e1", "e1"]})
    >>> actor_sentiment(s, arts, n_boot=200)[["event", "outlet", "target_id", "n", "n_articles", "mean_score"]].values.tolist()
    [['e1', 'X', 'Russia', 3, 2, -1.0]]
    """
    by = list(by)
    if not 0 < ci < 1:
        raise InputError(None, f"ci must be between 0 and 1, not {ci}")
    if n_boot < 1:
        raise InputError(None, f"n_boot must be at least 1, not {n_boot}")
    missing = [c for c in ("article_id", "outlet", "event") if c not in articles]
    if missing:
        raise InputError(None, f"the articles table lacks column {missing[0]!r} (needs article_id, outlet, event)")
    meta = articles[["article_id", "outlet", "event"]].drop_duplicates("article_id")
    meta = meta.assign(article_id=meta["article_id"].astype(str))
    rows = sentiment.assign(article_id=sentiment["article_id"].astype(str))
    unknown = sorted(set(rows["article_id"]) - set(meta["article_id"]))
    if unknown:
        raise InputError(None, f"sentiment rows of article {unknown[0]!r}, which the articles table lacks")
    rows = rows.drop(columns=[c for c in ("outlet", "event") if c in rows]).merge(meta, on="article_id", how="left")
    keys = ["event"] + [c for c in by if c != "event"]
    for column in keys:
        if column not in rows:
            raise InputError(None, f"cannot group by {column!r}: no such column in the sentiment or articles table")
    if rows.empty:
        return pd.DataFrame(columns=keys + AGGREGATE_COLUMNS)
    alpha = (1 - ci) / 2
    out = []
    for key, cell in rows.groupby(keys, sort=True, dropna=False):
        scores = cell["score"].astype(float)
        per_article = scores.groupby(cell["article_id"], sort=True).agg(["sum", "count"])
        sums, counts = per_article["sum"].to_numpy(), per_article["count"].to_numpy()
        rng = np.random.default_rng(seed)
        draws = rng.integers(0, len(sums), size=(n_boot, len(sums)))
        boot = sums[draws].sum(axis=1) / counts[draws].sum(axis=1)
        low, high = np.quantile(boot, [alpha, 1 - alpha])
        mean = float(scores.mean())
        out.append(list(key if isinstance(key, tuple) else (key,)) + [
            len(cell), len(sums), round(mean, 6), round(min(float(low), mean), 6), round(max(float(high), mean), 6),
            round(float((cell["polarity"] == "negative").mean()), 6),
            round(float((cell["polarity"] == "positive").mean()), 6),
        ])
    return pd.DataFrame(out, columns=keys + AGGREGATE_COLUMNS)
