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
  - ``helper``: standing by someone is the helper's credit, the subject before it (بريطانيا ستقف
    إلى جانب أوكرانيا -> the United Kingdom), or the one thanked for it;
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
  mentioned most, at least twice), "the two sides" (الطرفين) for the latest coordinated pair of
  parties (a person stands for his state), and a definite plural of states with its count (الدول
  الأربع) for the latest run of that many states named together, one row per state. A charge of deception with no actor in its clause
  («هراء») is aimed at the speaker of the quote just before it.

  Actors coordinated with the target by و are targets too (جدية أوروبا وتحالف الراغبين). A
  subject is never an actor governed by a preposition (ضغط الشركاء على روسيا غير كافٍ evaluates
  no actor), and a definite cue (العدوان، المعزول) is a noun phrase, so only the actor right
  before it can be its subject (بوتين المعزول). An evaluation with no actor in its clause
  evaluates no actor and is dropped (حرب لا معنى لها),
  unless a list that specifies its plural noun stands in the clause next to it (الدول التي تجاوزت
  حصصها، ولا سيما العراق وكازاخستان). A verb joined by و with no subject of its own shares the
  subject of the verb before it (روسيا تتحدث عن السلام ... وتقصف مدننا). No one is the target of
  his own negative evaluation (a threat he received is another's), and unity is a group's, never
  one state's or one person's (حرص المملكة على وحدة السودان evaluates no one);
* a **source**: the speaker of the innermost quote whose content holds the cue (a report nested
  in a quote's content, مكتب ستارمر: إن رئيس الوزراء «شدد على أن ...», is Starmer's), else the
  author; for a speech act, its subject (or the speaker it continues: ..., مشيداً بـ), but the
  speaker himself when the subject is his own state (قال عراقجي إن طهران «تثمّن»); for appreciation
  or gratitude expressed in the author's voice, the one who expresses it (أعربت الوزيرة، خلال
  لقائها الوفد، عن تقديرها); the author for the outlet's gloss on reported words (علماً أن، في
  إشارة إلى، وذلك غداة);
* a **polarity**, flipped by a negator up to three words before the cue (لا، لم، لن، ليس، غير،
  عدم، دون; not لا in لا يزال / لا سيما, nor a negator before شك or ريب (بلا شك: a booster), nor a
  litotes: لم يخفِ خيبته), unless the entry says ``negation=keep``, or another cue stands between
  them that أو or و does not join to it (لن تكون رهينة لابتزاز بوتين: the blackmail stays
  negative); the span then starts at the negator. A negator noun may carry a preposition
  (بغياب، لعدم), and a charge in the أن clause of a verb of denying is flipped too (نفى أن يكون
  العراق قد تجاوز حصته). A quality and its adjective right after it are one row (مناورات عدوانية). The **score** is the entry's strength times an
  intensifier's weight (جداً، للغاية، بشدة), signed by the polarity.

:func:`actor_sentiment` aggregates the rows per event and outlet (or source) and target, with a
bootstrap confidence interval that resamples articles.

The rules are grouped by family, one module each:

* :mod:`framing.sentiment.cues`: the lexicon and modifier files, and the :class:`Cue` record;
* :mod:`framing.sentiment.scorer`: :class:`SentimentScorer`, which finds the cues of a document
  (negation, intensity, idioms with an actor slot) and turns them into rows;
* :mod:`framing.sentiment.roles`: the registry :data:`ROLE_RULES`, from each value of the
  lexicon's ``target`` column to the rule that finds the actors a cue evaluates and its source;
* :mod:`framing.sentiment.speech_acts`: the object and the speaker of praise, thanks and blame;
* :mod:`framing.sentiment.predicates`: the agent and the subject of a predicate;
* :mod:`framing.sentiment.emotions`: what an emotion or an attitude is about;
* :mod:`framing.sentiment.labels_frames`: labels and connotation frames;
* :mod:`framing.sentiment.anaphora`: pronouns, class nouns, "the two sides", the attack referred
  back to, the addressee of a quote;
* :mod:`framing.sentiment.context`: a document's mentions, quotes and clauses, which the rules
  share; :mod:`framing.sentiment.vocabulary`: their word classes and limits;
* :mod:`framing.sentiment.tables`: :func:`find_sentiment` and :func:`actor_sentiment`.

>>> from framing.actors import find_mentions
>>> articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"],
...     "text": ["ورفض أي تنازل أمام العدوان الروسي. روسيا لا تريد السلام."]})
>>> s = find_sentiment(articles, find_mentions(articles), pd.DataFrame(columns=["article_id", "start", "end", "speaker_id"]))
>>> s[["source_id", "target_id", "polarity", "cue"]].values.tolist()
[['author', 'Russia', 'negative', 'العدوان'], ['author', 'Russia', 'negative', 'لا تريد السلام']]
"""

from __future__ import annotations

import pandas as pd  # noqa: F401  (the module's doctest)

from .anaphora import anaphor_heads, class_anaphors, dual_anaphors, party_sides
from .context import _break_between  # noqa: F401  (framing.classifier)
from .cues import Cue, load_modifiers, load_sentiment_lexicon
from .scorer import SentimentScorer
from .tables import AGGREGATE_COLUMNS, actor_sentiment, find_sentiment
from .vocabulary import *  # noqa: F403  (the word classes and limits, as framing.sentiment.X)

__all__ = [  # noqa: F405
    "AGGREGATE_COLUMNS",
    "SENTIMENT_COLUMNS",
    "Cue",
    "SentimentScorer",
    "actor_sentiment",
    "anaphor_heads",
    "class_anaphors",
    "dual_anaphors",
    "find_sentiment",
    "load_modifiers",
    "load_sentiment_lexicon",
    "party_sides",

]
