"""The role rules: what the lexicon's ``target`` column decides.

:data:`ROLE_RULES` maps each value of that column to the rule that finds the actors a cue
evaluates, and who evaluates them: ``(target id, source id, source type)`` for each. To change
where a role's target stands, change its rule (or the target finder it names); to add a role, add a
rule here and the role to :data:`framing.sentiment.vocabulary.TARGET_ROLES`.

Most rules follow one course (:func:`_evaluate`): the target finder of the role looks inside the
cue's clause (and inside the quote that holds it); an idiom with an actor slot looks at the slot
instead; the source is the speaker of the innermost quote (or of a report nested in it), else the
author; a cue in the second person inside a quote evaluates the one the quote addresses.

>>> set(ROLE_RULES) == TARGET_ROLES
True
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from ..quotes import QuoteSpan
from .anaphora import _addressee, _addressee_state, _antecedent, _plural_addressed, _second_person, respectful_plural
from .context import _author_aside, _break_between, _clause_start, _Context, _mention_after, _title_head
from .cues import Cue
from .emotions import about_targets
from .labels_frames import _label_target
from .predicates import _agent_after, _doer, _patient, _subject_before, agent_targets, any_targets, holder_targets
from .speech_acts import (
    _claimant,
    _discredited_speaker,
    _enclosing_act,
    _in_complement,
    _nested_speaker,
    _participle,
    _partner,
    _possessive_object,
    _speech_act,
)
from .vocabulary import (  # noqa: F401  (TARGET_ROLES: the module's doctest)
    EXPRESSING_VERBS,
    FIRST_PERSON_ACTS,
    OBJECT_PRONOUNS,
    SOURCE_TYPES,
    TARGET_ROLES,
    TRANSPARENT_HEADS,
)

Evaluation = tuple[str, str, str]  # (target id, source id, source type)
TargetFinder = Callable[[_Context, Cue, tuple[int, int]], list[int]]


def evaluations(text: str, *, date: str = "2025-01-01") -> list[tuple[str, str, str, str]]:
    """(source, target, polarity, cue) of each evaluation in one text, with its actors and quotes
    found as :func:`framing.sentiment.find_sentiment` finds them: a way to try a rule.

    >>> evaluations("روسيا لا تريد السلام.")
    [('author', 'Russia', 'negative', 'لا تريد السلام')]
    """
    import pandas as pd

    from .tables import find_sentiment

    articles = pd.DataFrame({"article_id": ["a"], "date": [date], "text": [text]})
    rows = find_sentiment(articles)
    return [tuple(r) for r in rows[["source_id", "target_id", "polarity", "cue"]].itertuples(index=False)]


def resolve(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """(target id, source id, source type) of each actor a cue evaluates: the rule of its role
    (``any`` for a role the registry does not know)."""
    return ROLE_RULES.get(cue.target, any_rule)(ctx, cue)


# -- the rules, one per role ---------------------------------------------------------------------


def agent_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``agent`` (conduct, character, state): a demonym or genitive right after the cue (العدوان
    الروسي -> Russia), else the subject of the predicate before it (روسيا لا تريد السلام); see
    :func:`framing.sentiment.predicates.agent_targets`. A cue in the ب or على complement of a
    speech act names the charge or the merit and takes the act's target and source. A charge of
    deception with no actor in its clause («هراء») is aimed at the speaker of the quote before it.

    >>> evaluations("ورفض أي تنازل أمام العدوان الروسي.")
    [('author', 'Russia', 'negative', 'العدوان')]
    >>> evaluations("واتهم ماكرون روسيا بالمماطلة.")
    [('Emmanuel Macron', 'Russia', 'negative', 'اتهم'), ('Emmanuel Macron', 'Russia', 'negative', 'المماطلة')]
    """
    act = _enclosing_act(ctx, cue) if _in_complement(ctx, cue) else None
    if act is not None:
        return _in_act(ctx, cue, act)
    return _evaluate(ctx, cue, agent_targets, deception=cue.category == "deception")


def _in_act(ctx: _Context, cue: Cue, act: Cue) -> list[Evaluation]:
    """A merit or charge in a speech act's complement: the act's target and source, or its own
    agent named right after it (على «كرم الضيافة» الإثيوبية، بـ«النهج الواقعي» للرئيس ترامب) with
    the act's source."""
    of_act = resolve(ctx, act)
    own = _agent_after(ctx, cue, ctx.token_bounds(ctx.quote_of(cue.start)))
    if not own:
        return of_act
    source, source_type = (of_act[0][1], of_act[0][2]) if of_act else ctx.voice(cue.start)
    return _rows(ctx, own, source, source_type)


def any_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``any``: the actor after the cue (or after a preposition following it), else the subject
    before it; like ``agent``, a cue in a speech act's complement takes the act's target.

    >>> evaluations("لا يمكن الوثوق في بوتين.")
    [('author', 'Vladimir Putin', 'negative', 'لا يمكن الوثوق')]
    """
    act = _enclosing_act(ctx, cue) if _in_complement(ctx, cue) else None
    if act is not None:
        return resolve(ctx, act)
    return _evaluate(ctx, cue, any_targets)


def about_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``about`` (emotions and attitudes): the object of a preposition after the cue, past the
    experiencer; see :func:`framing.sentiment.emotions.about_targets`.

    >>> evaluations("قال ترمب إنه محبط جداً من الرئيس بوتين.")
    [('Donald Trump', 'Vladimir Putin', 'negative', 'محبط')]

    An appreciation of a role names its owner in a relative clause (معرباً عن تقديره للدور الذي أدته
    قطر) or after مع (see :func:`framing.sentiment.speech_acts._partner`). Appreciation and
    gratitude expressed in the author's voice are the expresser's (see :func:`_expresser`). A
    negative emotion about a relation (بقلق التقارب بين مقديشو وأديس أبابا) is about a thing, and
    evaluates neither party.
    """
    found = _evaluate(ctx, cue, lambda c, q, b: about_targets(c, q, b) or (_partner(c, q, b) if q.sign > 0 else []))
    if cue.category != "gratitude" or not found or ctx.quote_of(cue.start) is not None:
        return found
    expresser = _expresser(ctx, cue, {target for target, _, _ in found})
    if expresser is None:
        return found
    return [(target, *expresser) for target, _, _ in found if target != expresser[0]]


MAX_EXPRESSER = 12  # words between a verb of expressing and the feeling, its subject among them


def _expresser(ctx: _Context, cue: Cue, targets: AbstractSet[str]) -> tuple[str, str] | None:
    """(source id, source type) of appreciation or gratitude expressed in the author's voice: the
    subject between a verb of expressing and the feeling (أعربت وزيرة الخزانة جانيت يلين، خلال
    لقائها الوفد، عن تقديرها), else the source a speech act would have (the subject before it, or
    the speaker of the quote it continues: وأكد الرئيس أن ...، معرباً عن تقديره); ``None`` for
    the first person (عن تقديرنا) or when no one is found.

    >>> evaluations("وأعربت وزيرة الخزانة الأميركية جانيت يلين، خلال لقائها الوفد العراقي، عن تقديرها لجهود مصر.")
    [('unknown:جانيت يلين', 'Egypt', 'positive', 'عن تقديرها')]
    >>> evaluations("أما رئيس الوزراء الإثيوبي آبي أحمد فأعرب عن امتنانه لمصر.")[0][:2]
    ('Abiy Ahmed', 'Egypt')
    """
    if ctx.folded[cue.last].endswith("نا"):
        return None  # عن تقديرنا: the speaker's own
    first = ctx.sentence_bounds(cue)[0]
    for k in range(cue.first - 1, max(first, cue.first - MAX_EXPRESSER) - 1, -1):
        word = ctx.folded[k]
        if (word[1:] if word[:1] in "وف" and word[1:] in EXPRESSING_VERBS else word) in EXPRESSING_VERBS:
            subject = _subject_between(ctx, k + 1, cue.first, targets)
            if subject is not None:
                return subject
            break
    exclude = [mi for mi, m in enumerate(ctx.mentions) if m["actor_id"] in targets]
    source = _act_source(ctx, cue, None, exclude, ("author", "author"))
    return None if source[0] == "author" else source


def _subject_between(ctx: _Context, first: int, last: int, targets: AbstractSet[str]) -> tuple[str, str] | None:
    """The subject of a verb of expressing among the tokens ``first`` up to ``last`` (not
    included), before a comma: the first person there, else the first actor no preposition
    governs (a demonym of his title comes before the name: وزيرة الخزانة الأميركية جانيت يلين)."""
    found = []
    for k in range(first, last):
        if k > first and _break_between(ctx.doc, k - 1, k):
            break
        mi = _mention_after(ctx, k)
        if mi is not None and not ctx.mentions[mi]["governed"] and ctx.mentions[mi]["actor_id"] not in targets:
            found.append(ctx.mentions[mi])
    if not found:
        return None
    mention = next((m for m in found if m.get("actor_type") == "person"), found[0])
    return mention["actor_id"], SOURCE_TYPES.get(mention.get("actor_type", ""), "person")


def object_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``object`` (speech acts: أشاد، شكر، أدان، اتهم): the act's object is the target and its
    subject the source (see :func:`framing.sentiment.speech_acts._speech_act`); an object that is
    itself a cue gives its own target (أدان ماكرون العدوان الروسي), or the actor it belongs to
    (أشاد بالتعاون المثمر مع المغرب). With no subject, the source is the speaker of the quote the
    act reports or continues. No one is the object of his own act.

    >>> evaluations("وأدان ماكرون العدوان الروسي.")
    [('Emmanuel Macron', 'Russia', 'negative', 'أدان'), ('Emmanuel Macron', 'Russia', 'negative', 'العدوان')]
    """
    quote = ctx.quote_of(cue.start)
    bounds = ctx.token_bounds(quote)
    if cue.slot is not None:  # حمّل بري القوات المسؤولية: the subject, if any, and the object in the slot
        parts = _slot_actors(ctx, cue) or _slot_pronoun(ctx, cue)
        if parts is None:
            return []
        evaluator, targets = parts
    else:
        evaluator, targets = _act_targets(ctx, cue, bounds)
    source, source_type = _voice(ctx, cue, quote, bounds)
    targets = _addressed(ctx, cue, quote, bounds, targets)
    if not targets:
        return []
    source, source_type = _own_state_voice(ctx, quote, _act_source(ctx, cue, evaluator, targets, (source, source_type)))
    if cue.pronoun_object and all(ctx.mentions[t]["actor_id"] == source for t in targets):
        targets = _other_before(ctx, cue, source)  # قال أنور مخاطباً لي، وشكره: him is Li, not Anwar
    return _rows(ctx, targets, source, source_type, exclude={source})


def _own_state_voice(ctx: _Context, quote: QuoteSpan | None, source: tuple[str, str]) -> tuple[str, str]:
    """The source of a speech act whose subject, inside a quote, is the state its speaker speaks
    for (قال المتحدث باسم الخارجية الإيرانية إن بلاده «تدين» الهجوم، قال عراقجي إن طهران «تثمّن»
    موقف بريكس): the speaker, who says it in his own voice; else ``source``.

    >>> evaluations("وقال وزير الخارجية الإيراني عباس عراقجي إن طهران «تثمّن» موقف قطر.")[0][:2]
    ('Abbas Araghchi', 'Qatar')
    """
    if quote is None or not quote.speaker or source[0] == quote.speaker:
        return source
    states = {str(m.get("affiliation") or "") for m in ctx.mentions if m["actor_id"] == quote.speaker}
    if source[0] in states:
        return quote.speaker, quote.speaker_type or "person"
    return source


def _other_before(ctx: _Context, cue: Cue, source: str) -> list[int]:
    """The nearest actor before a speech act in its sentence who is not its source: the one its
    object pronoun stands for when the usual antecedent is the speaker himself."""
    first = ctx.sentence_bounds(cue)[0]
    for k in range(cue.first - 1, first - 1, -1):
        mi = ctx.at_token.get(k)
        if mi is not None and ctx.mentions[mi]["actor_id"] != source:
            return [mi]
    return []


def praised_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``praised``: a quality of what an actor is praised or thanked for takes the praise act's
    target and source (شكراً لأوروبا على هذه الخطوة القوية), and evaluates nothing elsewhere.

    >>> evaluations("وقال ماكرون: «شكراً لأوروبا على هذه الخطوة القوية».")
    [('Emmanuel Macron', 'Europe', 'positive', 'شكراً'), ('Emmanuel Macron', 'Europe', 'positive', 'القوية')]
    """
    act = _enclosing_act(ctx, cue)
    return _in_act(ctx, cue, act) if act is not None else []


def claimant_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``claimant``: a claim made without evidence discredits the speaker of the quote it closes
    (زعمت السلطات الأوكرانية أن ...، من دون تقديم أي أدلة), in the author's voice; see
    :func:`framing.sentiment.speech_acts._claimant`.
    """
    return _claimant(ctx, cue)


def slot_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``slot``: an idiom with an actor inside it evaluates that actor (جرت موسكو أقدامها); an
    entry of this role without a slot evaluates no one.

    >>> evaluations("جرت موسكو أقدامها في المفاوضات.")
    [('author', 'Russia', 'negative', 'جرت موسكو أقدامها')]
    """
    return _evaluate(ctx, cue, _no_targets)


def holder_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``holder``: an enmity is the subject's (بوتين عدو أوكرانيا -> Putin), or, after a verb of
    considering, the considerer's (الحلف يعدّ روسيا عدواً -> NATO); see
    :func:`framing.sentiment.predicates.holder_targets`.
    """
    return _evaluate(ctx, cue, holder_targets)


def helper_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``helper`` (standing by someone, an act of help): the one who helps, the subject before the
    cue (بريطانيا ستقف إلى جانب أوكرانيا -> the United Kingdom), or, in the complement of a speech
    act, the act's target (شكر مصر على وقوفها إلى جانب بلاده -> Egypt); the one helped, after it, is
    not evaluated.

    >>> evaluations("وقال ستارمر إن بريطانيا ستقف إلى جانب أوكرانيا.")
    [('Keir Starmer', 'United Kingdom', 'positive', 'تقف إلى جانب')]
    >>> evaluations("وأكد الوقوف إلى جانب أوكرانيا.")
    []
    """
    act = _enclosing_act(ctx, cue) if _in_complement(ctx, cue) else None
    if act is not None:
        return resolve(ctx, act)
    return _evaluate(ctx, cue, _subject_before)


def label_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``label``: the actor a delegitimising label names (نظام كييف -> Ukraine); see
    :func:`framing.sentiment.labels_frames._label_target`."""
    return _evaluate(ctx, cue, _label_target)


def doer_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``doer`` (connotation frames): the subject of the frame's verb, before it or right after
    it, never its object (إسرائيل قصفت غزة -> Israel); see :func:`framing.sentiment.predicates._doer`."""
    return _evaluate(ctx, cue, _doer)


def patient_rule(ctx: _Context, cue: Cue) -> list[Evaluation]:
    """``patient`` (connotation frames): the object of the frame's verb (يجب منع روسيا من ... ->
    Russia); see :func:`framing.sentiment.predicates._patient`."""
    return _evaluate(ctx, cue, _patient)


ROLE_RULES: dict[str, Callable[[_Context, Cue], list[Evaluation]]] = {
    "agent": agent_rule,
    "about": about_rule,
    "object": object_rule,
    "any": any_rule,
    "label": label_rule,
    "praised": praised_rule,
    "claimant": claimant_rule,
    "slot": slot_rule,
    "holder": holder_rule,
    "helper": helper_rule,
    "doer": doer_rule,
    "patient": patient_rule,
}
# The target finders of the roles whose cue, as the object of a speech act, gives the act its target
# (أدان العدوان الروسي، أشاد بـ«النهج الواقعي» لترامب).
OBJECT_CUE_TARGETS: dict[str, TargetFinder] = {"agent": agent_targets, "any": any_targets, "label": _label_target}


# -- the course the rules share ------------------------------------------------------------------


def _evaluate(ctx: _Context, cue: Cue, find: TargetFinder, *, deception: bool = False) -> list[Evaluation]:
    """The evaluations of a cue whose targets ``find`` gives: the actor slot of an idiom instead,
    when the entry has one; the voice of the quote; the addressee of a second person. With
    ``deception``, a cue without a target discredits the speaker of the quote before it."""
    quote = ctx.quote_of(cue.start)
    bounds = ctx.token_bounds(quote)
    targets = _slot_targets(ctx, cue, bounds) if cue.slot is not None else find(ctx, cue, bounds)
    if targets is None:
        return []
    source, source_type = _voice(ctx, cue, quote, bounds)
    targets = _addressed(ctx, cue, quote, bounds, targets)
    if not targets and deception:
        return _discredited_speaker(ctx, cue, quote, source, source_type)
    return _rows(ctx, targets, source, source_type)


def _no_targets(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """No target: a role resolved from an actor slot only."""
    return []


def _slot_targets(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int] | None:
    """The targets of an idiom with an actor slot: ``None`` when the slot holds no actor (not this
    idiom); the actor in it for role ``slot`` (جرت موسكو أقدامها), else the subject before the
    idiom (روسيا تريد أوكرانيا كلها), when the slot holds that one actor only."""
    parts = _slot_actors(ctx, cue)
    if parts is None:
        return None
    subject, held = parts
    if cue.target == "slot":
        return held
    return None if subject else _subject_before(ctx, cue, bounds, exclude=held)


def _slot_actors(ctx: _Context, cue: Cue) -> tuple[list[int] | None, list[int]] | None:
    """(subject, [object]) of the actors in the slot of an idiom: the actor that ends the slot is
    its object, perhaps behind a head noun of its adjective (الحكومة اليونانية); an actor before
    it, with no preposition, is the verb's subject (حمّل أوزتورك الحكومة اليونانية المسؤولية:
    أوزتورك blames Greece). ``None`` when the slot holds anything else.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وحمّل ماكرون روسيا المسؤولية.")
    [('Emmanuel Macron', 'Russia', 'negative', 'حمّل ماكرون روسيا المسؤولية')]
    """
    if cue.slot is None:
        return None
    first, last = cue.slot
    held = ctx.at_token.get(last)
    if held is None or ctx.mentions[held]["last_token"] != last or ctx.mentions[held]["governed"]:
        return None
    start = ctx.mentions[held]["first_token"]
    if start > first and (_head_of(ctx, start - 1, held) or ctx.folded[start - 1] in TRANSPARENT_HEADS):
        start -= 1  # الحكومة اليونانية، الإدارة الأميركية؛ حكومة نتنياهو: the actor through its head
    if start == first:
        return None, [held]
    pair = _pair_ending_slot(ctx, held, start, first)
    if pair is not None:
        return pair
    subject = _mention_after(ctx, first)
    if subject is None or ctx.mentions[subject]["last_token"] != start - 1 or ctx.mentions[subject]["governed"]:
        return None
    return [subject], [held]


def _pair_ending_slot(ctx: _Context, held: int, start: int, first: int) -> tuple[list[int] | None, list[int]] | None:
    """(subject, the pair) when the actor ending an idiom's slot is the second of a pair joined by
    و (اختار الأمريكي والبريطاني توسيع …، يحمّل مراقبون الحلو وعبد الواحد مسؤولية): both are
    held, and what stands before them is the subject, an actor's mention or none; ``None`` when
    the slot ends in no such pair.

    >>> from framing.sentiment.roles import evaluations
    >>> sorted(t for _, t, _, _ in evaluations("وحمّل مراقبون بوتين وزيلينسكي مسؤولية تعطيل السلام."))
    ['Vladimir Putin', 'Volodymyr Zelenskyy']
    """
    before = ctx.at_token.get(start - 1) if _joined_by_and(ctx, held) else None
    if before is None or ctx.mentions[before]["governed"]:
        return None
    pair_start = int(ctx.mentions[before]["first_token"])
    if pair_start > first and (ctx.folded[pair_start - 1] in TRANSPARENT_HEADS or _title_head(ctx.folded[pair_start - 1])):
        pair_start -= 1
    subject = _mention_after(ctx, first) if pair_start > first else None
    if subject is not None and (ctx.mentions[subject]["governed"] or subject == before):
        subject = None
    return ([subject] if subject is not None else None), [before, held]


def _joined_by_and(ctx: _Context, mi: int) -> bool:
    """Whether mention ``mi`` carries و before it in its token (والبريطاني، وروسيا): the second of
    a coordinated pair, not a new actor in another role.

    >>> from framing.sentiment.roles import evaluations
    >>> sorted(t for _, t, _, _ in evaluations("وقال: لقد اختار الأمريكي والبريطاني توسيع دائرة الحرب."))
    ['United Kingdom', 'United States']
    """
    token = ctx.doc.tokens[int(ctx.mentions[mi]["first_token"])]
    return ctx.doc.text[token.start : int(ctx.mentions[mi]["start"])] == "و"


def _slot_pronoun(ctx: _Context, cue: Cue) -> tuple[None, list[int]] | None:
    """(no subject, the antecedent) of an idiom whose actor slot holds an object pronoun alone
    (محمّلاً إياها المسؤولية): the actor the pronoun stands for, the first one after the last
    complementizer of the clause before it; ``None`` when the slot holds anything else.

    >>> evaluations("وقال إن الحكومة الإسرائيلية أخلّت بالتزاماتها، محمّلاً إياها المسؤولية.")[-1][1:]
    ('Israel', 'negative', 'محمّلاً إياها المسؤولية')
    """
    if cue.slot is None or cue.slot[0] != cue.slot[1] or ctx.folded[cue.slot[0]] not in OBJECT_PRONOUNS:
        return None
    return None, _antecedent(ctx, _clause_start(ctx, cue.first), ctx.sentence_bounds(cue))


def _head_of(ctx: _Context, j: int, mi: int) -> bool:
    """Whether the word at token ``j`` is a definite noun that the demonym ``mi`` right after it
    qualifies (الحكومة اليونانية، الرئاسة البرازيلية): what it names is that state's."""
    word = ctx.folded[j]
    return (ctx.mentions[mi].get("form") == "demonym" and word.startswith("ال") and j not in ctx.at_token
            and ctx.mentions[mi]["first_token"] == j + 1)


def _act_targets(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> tuple[list[int] | None, list[int]]:
    """(subject, object actors) of a speech act; an object that is a cue of the same polarity gives
    its own targets after the act, else the actor it belongs to; a quality that only praise names
    (role ``praised``: أشاد بالنضج الذي أبان عنه الوفد) the actor it belongs to.

    >>> evaluations("وأشاد ماكرون بالنضج الذي أبان عنه زيلينسكي.")[0]
    ('Emmanuel Macron', 'Volodymyr Zelenskyy', 'positive', 'أشاد')
    """
    evaluator, targets, inner = _speech_act(ctx, cue, bounds)
    targets = targets or _possessive_object(ctx, cue, evaluator)  # اتهم مسؤولون فلسطينيون حكومته
    if targets or inner is None or inner.sign != cue.sign:
        return evaluator, targets
    if inner.target in OBJECT_CUE_TARGETS:
        own = OBJECT_CUE_TARGETS[inner.target](ctx, inner, ctx.token_bounds(ctx.quote_of(inner.start)))
        targets = [t for t in own if ctx.mentions[t]["first_token"] > cue.last] or _partner(ctx, inner, bounds)
    elif inner.target == "praised":
        targets = _partner(ctx, inner, bounds)
    return evaluator, targets


def _act_source(ctx: _Context, cue: Cue, evaluator: list[int] | None, targets: list[int],
                voice: tuple[str, str]) -> tuple[str, str]:
    """The source of a speech act: its subject (or the actor before it in its sentence), else the
    speaker of the quote it reports (فأشاد بـ«...») or continues (..., مشيداً بـ), else ``voice``."""
    if _first_person(ctx, cue):
        return voice  # نقدّر موقف الكويت ونحترم سوريا: the speaker, not Kuwait
    found = evaluator if evaluator is not None else _subject_before(ctx, cue, ctx.sentence_bounds(cue), exclude=targets)
    if found:
        mention = ctx.mentions[found[0]]
        return mention["actor_id"], SOURCE_TYPES.get(mention.get("actor_type", ""), "person")
    previous = ctx.cued_quote(cue) or ctx.continued_quote(cue) or _elided_subject_quote(ctx, cue)
    if previous is not None:
        return previous[2] or "unknown", previous[3] or "unknown"
    return voice


def _first_person(ctx: _Context, cue: Cue) -> bool:
    """Whether a speech act is in the first person (أشكر، ونحترم): its source is the voice it is
    said in, the speaker of its quote.

    >>> evaluations('وقال وزير الخارجية العراقي فؤاد حسين: "نقدّر موقف الكويت ونحترم سوريا".', date="2025-09-04")
    [('Fuad Hussein', 'Kuwait', 'positive', 'نقدّر'), ('Fuad Hussein', 'Syria', 'positive', 'نحترم')]
    """
    word = ctx.folded[cue.cue_first]
    return word in FIRST_PERSON_ACTS or (word[:1] in "وف" and word[1:] in FIRST_PERSON_ACTS)


def _elided_subject_quote(ctx: _Context, cue: Cue) -> QuoteSpan | None:
    """The quote of the sentence before a participle act (محمّلاً، مشيداً، متهماً) whose sentence
    names no actor before it: the participle's subject is its clause's, left unsaid, so the
    sentence goes on with the speaker of the one before (قال البيان: «…». كما حذر من أي تعطيل،
    محمّلاً حكومة نتنياهو المسؤولية -> the statement).

    >>> evaluations('وقال البيان إن "الاتفاق خطوة مهمة". كما حذر من أي تعطيل، محمّلاً حكومة نتنياهو المسؤولية.')[-1]
    ('البيان', 'Benjamin Netanyahu', 'negative', 'محمّلاً حكومة نتنياهو المسؤولية')
    """
    first = ctx.sentence_bounds(cue)[0]
    if not _participle(ctx.folded[cue.cue_first]) or any(k in ctx.at_token for k in range(first, cue.first)):
        return None
    return ctx.quote_before(cue.start, max_sentences=1)


def _voice(ctx: _Context, cue: Cue, quote: QuoteSpan | None, bounds: tuple[int, int]) -> tuple[str, str]:
    """(source id, source type) of a cue: the speaker of a report nested in the quote before it,
    else the quote's speaker, else the author."""
    if quote is None or _author_aside(ctx, quote, cue.start):
        return "author", "author"
    source, source_type = quote.speaker or "unknown", quote.speaker_type or "unknown"
    nested = _nested_speaker(ctx, cue, bounds, ctx.reporting_verbs)
    if nested is not None and nested["actor_id"] != source:
        return nested["actor_id"], SOURCE_TYPES.get(nested.get("actor_type", ""), "person")
    return source, source_type


def _addressed(ctx: _Context, cue: Cue, quote: QuoteSpan | None, bounds: tuple[int, int],
               targets: list[int]) -> list[int]:
    """The one a quote addresses, for a cue in the second person inside it (أشكرك، أنت قائد رائع),
    when the quote names him, and his state too for the plural (فأنتم شريك لا غنى عنه said to the
    Saudi foreign minister: him and Saudi Arabia); else ``targets``.

    >>> evaluations("رحبت السعودية بالمحادثات. والتفت روبيو إلى الأمير فيصل بن فرحان قائلاً: «فأنتم شريك لا غنى عنه»")
    [('Marco Rubio', 'Faisal bin Farhan Al Saud', 'positive', 'شريك لا غنى عنه'), ('Marco Rubio', 'Saudi Arabia', 'positive', 'شريك لا غنى عنه')]
    """
    if quote is None or not _second_person(ctx, cue, bounds):
        return targets
    if any(ctx.mentions[t].get("form") == "addressed" for t in targets):
        return targets  # ممتنون لبلدكم: the addressee's state, named
    addressee = _addressee(ctx, quote)
    if addressee is None:  # a speaker is not the one he speaks to
        return [t for t in targets if ctx.mentions[t]["actor_id"] != quote.speaker]
    plural = _plural_addressed(ctx, cue, bounds) and not respectful_plural(ctx, cue, bounds)
    state = _addressee_state(ctx, addressee) if plural else None
    return [addressee] if state is None else [addressee, state]


def _rows(ctx: _Context, targets: list[int], source: str, source_type: str,
          exclude: AbstractSet[str] = frozenset()) -> list[Evaluation]:
    """One evaluation per actor of the target mentions (both sides of الطرفين), none of ``exclude``."""
    out, seen = [], set(exclude)
    for mi in targets:
        for actor in str(ctx.mentions[mi]["actor_id"]).split("|"):
            if actor not in seen:
                seen.add(actor)
                out.append((actor, source, source_type))
    return out
