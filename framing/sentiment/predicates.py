"""Predicates: the agent or the subject of a cue of conduct, character or state (roles ``agent``,
``any``, ``holder``) and the doer and patient of a connotation frame's verb (``doer``,
``patient``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import QUOTE_MARKS, fold
from .anaphora import _antecedent, _attacker, _pronoun_subject, _stands_alone
from .context import (
    _break_between,
    _Context,
    _mention_after,
    _named_after_title,
    _steps_after,
    _with_coordinated,
    _with_coordinated_before,
)
from .cues import Cue
from .vocabulary import (
    ADDRESSED_BACK,
    AGENT_AFTER_ALA,
    AGENT_AFTER_MIN,
    AGENT_GROUP_NOUNS,
    ASPECTUAL_VERBS,
    ATTACK_NOUNS,
    ATTACK_VERBS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    CONDUCT_VERBS,
    CONSIDERING_PARTICIPLES,
    CONSIDERING_VERBS,
    COPULA_PARTICLES,
    COPULA_PRONOUNS,
    COPULA_VERBS,
    DEMONSTRATIVES,
    DESCRIBED_PRONOUNS,
    DISPLAY_VERBS,
    EMPHATIC_SELF,
    ENCLITIC_PRONOUNS,
    JOINED_PREPOSITIONS,
    LIST_SPECIFIERS,
    MAX_SPECIFIER,
    MAX_SUBJECT,
    MEASURE_NOUNS,
    PARENTHETICAL_ASIDES,
    POSSESSED_QUALITIES,
    POSSESSIVE_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    QUANTIFIERS,
    RECIPROCAL_CATEGORIES,
    REJECTION_WORDS,
    RELATIVES,
    RESUMPTIVE_PRONOUNS,
    SHARED_SUBJECT,
    SINGULAR_RELATIVES,
    SUBJECT_AFTER_OPENERS,
    TOPIC_OPENERS,
    TRANSPARENT_HEADS,
    VERB_PARTICLES,
    WITHIN_PREPOSITIONS,
    role_heads,
)


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
    if _describes_a_thing(ctx, cue, bounds) or relative_on_a_thing(ctx, cue, bounds):
        return []
    return _clause_subject_before(ctx, cue, bounds, exclude)


def relative_on_a_thing(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> bool:
    """Whether the cue opens a relative clause (right after الذي، التي) whose verb carries no
    object pronoun, so that the noun the clause qualifies is its subject, and that noun, right
    before the pronoun (past نفسه، ذاته), is a definite word that is no actor: «يصطدم المبعوث
    بالجدار نفسه الذي عرقل مهمة أسلافه» blames the wall, not the envoy. A verb with the pronoun of
    the noun has its subject after it (الهجمات التي تشنها روسيا), and an actor as the noun is the
    subject the clause's scan finds (الحركة التي عرقلت).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ويرى أن المبعوث ستافان دي ميستورا سيصطدم بالجدار نفسه الذي عرقل مهمة أسلافه.")
    []
    >>> evaluations("وقال إن روسيا هي التي عرقلت المفاوضات.")[0][1:3]
    ('Russia', 'negative')
    >>> evaluations("وطالب بانسحاب القوات الإسرائيلية من المناطق التي توغلت فيها.")[-1][1:3]
    ('Israel', 'negative')
    """
    j = cue.first - 1
    word = ctx.folded[cue.cue_first]
    if j <= bounds[0] or ctx.folded[j] not in RELATIVES or _break_between(ctx.doc, j, cue.first) \
            or (len(word) >= MIN_PRONOUN_VERB and word.endswith(tuple(ENCLITIC_PRONOUNS))):
        return False
    after = cue.last + 1
    if after < len(ctx.folded) and ctx.folded[after] in RESUMPTIVE_PRONOUNS:
        return False  # المناطق التي توغلت فيها: the noun is where, the subject another
    k = j - 1
    if ctx.folded[k] in EMPHATIC_SELF and k > bounds[0]:
        k -= 1
    head = ctx.folded[k]
    if k in ctx.at_token or _break_between(ctx.doc, k, j) or not head.startswith(("ال", "بال", "وال", "لل")):
        return False
    adjective = head.startswith("ال") and k - 1 >= bounds[0] and k - 1 in ctx.at_token  # تركيا الشقيقة التي وقفت
    return not adjective


def _clause_subject_before(ctx: _Context, cue: Cue, bounds: tuple[int, int], exclude: Sequence[int]) -> list[int]:
    """The nearest actor before an indefinite cue in its clause that no preposition governs (with
    the actors coordinated with it), or the actor a pronoun before it stands for; none past a
    second preposition; at the start of a quote, the subject before the quote.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال المتحدث إن روسيا عدوانية.")[0][1:3]
    ('Russia', 'negative')
    """
    j, steps, prepositions, relative = cue.first - 1, 0, 0, False
    while j >= bounds[0] and steps < MAX_SUBJECT and not _break_between(ctx.doc, j, j + 1):
        mi = ctx.at_token.get(j)
        if mi is not None and mi not in exclude:
            mention = ctx.mentions[mi]
            opener = _relative_clause_of(ctx, mention)
            if opener is not None:  # القوات التي دعمتها الإمارات ارتكبت: the head's predicate, not the UAE's
                j, steps, relative = opener - 1, steps + 1, True
                continue
            if _free_subject(ctx, mention, relative):
                # a singular relative (التي، الذي) qualifies the last conjunct alone (أردوغان وتركيا التي وقفت)
                return [mi] if relative else _with_coordinated_before(ctx, mi, bounds)
            j, steps = mention["first_token"] - 1, steps + 1
            continue
        found = _stands_for_subject(ctx, cue, j, bounds, exclude)
        if found is not None:
            return found
        prepositions += _opens_prepositional_phrase(ctx, j)
        if prepositions == 2:
            return []
        relative = relative or ctx.folded[j] in SINGULAR_RELATIVES
        j, steps = j - 1, steps + 1
    return _subject_from_before_clause(ctx, cue, j, steps, bounds, exclude)


def _subject_from_before_clause(ctx: _Context, cue: Cue, j: int, steps: int, bounds: tuple[int, int],
                                exclude: Sequence[int]) -> list[int]:
    """The subject of a cue whose clause, scanned back to token ``j`` in ``steps`` words, names none:
    the subject before the quote it opens, or across the comma before it (not for a speech act,
    whose subject may follow it)."""
    if steps >= MAX_SUBJECT:
        return []
    if j < bounds[0]:
        return _subject_before_quote(ctx, bounds, exclude)
    if cue.target != "object" and _comma_only(ctx, j):
        return _subject_across_comma(ctx, j, bounds, exclude)
    return []


def _comma_only(ctx: _Context, j: int) -> bool:
    """Whether a comma, and nothing else but spaces, stands between token ``j`` and the next."""
    if j + 1 >= len(ctx.doc.tokens):
        return False
    gap = ctx.doc.text[ctx.doc.tokens[j].end : ctx.doc.tokens[j + 1].start]
    return gap.strip() in ("،", ",")


def _segment_start(ctx: _Context, j: int, bounds: tuple[int, int]) -> int:
    """The first token of the clause that ends at token ``j``."""
    while j > bounds[0] and not _break_between(ctx.doc, j - 1, j):
        j -= 1
    return j


def _actor_ending(ctx: _Context, j: int, exclude: Sequence[int], free: bool = True) -> list[int]:
    """The actor of the mention that ends at token ``j`` (only one no preposition governs, if ``free``)."""
    mi = ctx.at_token.get(j)
    if mi is None or mi in exclude or ctx.mentions[mi]["last_token"] != j:
        return []
    return [mi] if not free or _free_subject(ctx, ctx.mentions[mi]) else []


def _subject_across_comma(ctx: _Context, j: int, bounds: tuple[int, int], exclude: Sequence[int]) -> list[int]:
    """The subject of a clause with none of its own that opens after a comma (token ``j`` ends the
    clause before): the actor that a relative pronoun opening the clause follows (مادورو، الذي يواجه
    عزلة متزايدة); the antecedent of a relative clause set off before it (الدوحة، التي رعت المسار،
    قد رسّخت مكانتها وسيطاً موثوقاً); or a topic alone before it, perhaps after أما or before a short
    aside (أما ماكي سال، فقد أضاع رصيده؛ وبغداد، للإنصاف، قامت بما عليها).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ويلجأ إلى الرئيس مادورو، الذي يواجه عزلة متزايدة في محيطه.")[0][1:3]
    ('Nicolás Maduro', 'negative')
    >>> evaluations("ولا شك أن الدوحة، التي رعت المسار منذ مطلع العام، قد رسّخت مكانتها وسيطاً موثوقاً.")[0][1:3]
    ('Qatar', 'positive')
    >>> evaluations("أما ماكي سال، فقد أضاع في أشهر قليلة رصيداً بناه في اثني عشر عاماً.")[0][1:3]
    ('Macky Sall', 'negative')
    >>> evaluations("وبغداد، للإنصاف، قامت بما عليها.")[0][1:3]
    ('Iraq', 'positive')

    Not the antecedent of a relative clause whose verb has its own subject:

    >>> evaluations("وفاز الرئيس قيس سعيد، الذي أقصت هيئته كل منافسيه.")
    []

    A clause after a comma that only follows a longer one keeps no subject from it:

    >>> evaluations("وصل الوفد إلى بغداد أمس، وقامت بما عليها.")
    []
    """
    following = ctx.folded[j + 1]
    if following in RELATIVES:
        return [] if _resumptive_subject(ctx, j + 3) else _actor_ending(ctx, j, exclude, free=False)
    start = _segment_start(ctx, j, bounds)
    if ctx.folded[start] in RELATIVES:  # a relative clause set off between the subject and its verb
        if start > bounds[0] and _comma_only(ctx, start - 1) and not following.startswith("و"):
            return _actor_ending(ctx, start - 1, exclude)
        return []
    if start == j and ctx.folded[j] in PARENTHETICAL_ASIDES and start > bounds[0] and _comma_only(ctx, start - 1):
        j = start - 1
        start = _segment_start(ctx, j, bounds)
    found = _actor_ending(ctx, j, exclude)
    if not found:
        return []
    first = ctx.mentions[found[0]]["first_token"]
    return found if first == start or (first == start + 1 and ctx.folded[start] in TOPIC_OPENERS) else []


def _resumptive_subject(ctx: _Context, k: int) -> bool:
    """Whether the word at token ``k``, after a relative pronoun and its verb, is the verb's own
    subject: a noun with a pronoun that points back to the antecedent (الرئيس، الذي أقصت هيئته
    المرشحين: the body excludes, not the president)."""
    if k >= len(ctx.doc.tokens) or k in ctx.at_token:
        return False
    word = ctx.doc.tokens[k].text
    for pronoun in sorted((p for p in ENCLITIC_PRONOUNS if p.startswith("ه")), key=len, reverse=True):  # third person
        if word.endswith(pronoun):
            base = fold(word[: -len(pronoun)])  # عنه، عليه، له: a preposition with its pronoun
            return not word.startswith("ال") and base not in PREPOSITIONS and base not in JOINED_PREPOSITIONS
    return False


def _relative_clause_of(ctx: _Context, mention: dict) -> int | None:
    """The relative pronoun whose clause the actor is the subject of, right after its verb (التي
    دعمتها الإمارات، الذي توسطت فيه قطر), else ``None``: a predicate after that clause is its
    head's, when the head is an actor or a group that acts itself (the file's class
    ``agent_group_nouns``: القوات التي دعمتها الإمارات ارتكبت فظائع evaluates no actor). A deed and its doer stay together
    (العمل الذي قام به التحالف مثير للإعجاب، الإبادة التي ترتكبها إسرائيل تمثل انتهاكاً).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقالت المتحدثة إن القوات التي دعمتها الإمارات ارتكبت فظائع.")
    []
    >>> evaluations("وقالت المتحدثة إن روسيا التي دعمتها الصين ارتكبت فظائع.")[0][1:3]
    ('Russia', 'negative')
    >>> evaluations('وتابع: "إن الإبادة التي ترتكبها إسرائيل بحق الشعب الفلسطيني تمثل انتهاكاً صارخاً".')[-1][1:3]
    ('Israel', 'negative')
    >>> evaluations('وقال روته إن العمل الذي قام به تحالف الراغبين "مثير للإعجاب".')[-1][1:3]
    ('Coalition of the Willing', 'positive')
    """
    first = int(mention["first_token"])
    verb = first - 1
    if verb >= 1 and ctx.folded[verb] in RESUMPTIVE_PRONOUNS:
        verb -= 1
    opener = verb - 1
    if opener < 0 or ctx.folded[opener] not in RELATIVES or ctx.at_token.get(verb) is not None \
            or _break_between(ctx.doc, opener, first):
        return None
    head = ctx.folded[opener - 1] if opener >= 1 else ""
    acts = head in AGENT_GROUP_NOUNS or (opener - 1) in ctx.at_token  # روسيا التي دعمتها الصين ارتكبت
    if not acts or any(ctx.folded[verb].startswith(v) for v in ATTACK_VERBS):
        return None  # العمل الذي قام به التحالف مثير للإعجاب: a deed's praise is its doer's
    return None if verb in ctx.cue_tokens else opener


def _free_subject(ctx: _Context, mention: dict, relative: bool = False) -> bool:
    """Whether a mention can be a subject: no preposition governs it, nor the noun it qualifies;
    the actor a relative pronoun follows heads it even as a genitive (نوايا بوتين الذي تجاهل)."""
    return (not mention["governed"] and not _adjective_of_governed(ctx, mention)
            and (relative or not _genitive_of_governed(ctx, mention)))


def _genitive_of_governed(ctx: _Context, mention: dict) -> bool:
    """Whether an actor is the genitive of a noun that a preposition governs (راهنت على عزل
    إيران): it is inside the prepositional phrase, so it is no subject either; not after من جانب
    or من قبل or على يد, which name an agent; the genitive of a noun a relative clause follows
    heads that clause (see :func:`_free_subject`), and one whose noun an adjective follows owns
    what the adjective's complement says (على خطة ترمب الرامية إلى تهجير -> Trump).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال إن حكومة نتنياهو راهنت على عزل إيران وخسرت الرهان.")[0][1:3]
    ('Benjamin Netanyahu', 'negative')
    """
    first = int(mention["first_token"])
    if mention.get("form") == "demonym" or first < 2 or ctx.at_token.get(first - 1) is not None:
        return False
    last, noun = int(mention["last_token"]), ctx.folded[first - 1]
    if last + 1 < len(ctx.folded) and ctx.folded[last + 1].startswith("ال") and ctx.at_token.get(last + 1) is None:
        return False  # على خطة ترمب الرامية إلى تهجير: the plan's adjective, whose agent is its owner
    return (not noun.startswith("ال") and noun not in CLAUSE_OPENERS and noun not in COMPLEMENTIZERS
            and noun not in AGENT_AFTER_MIN and noun not in AGENT_AFTER_ALA and noun not in PREPOSITIONS and ctx.folded[first - 2] in PREPOSITIONS
            and not _break_between(ctx.doc, first - 2, first))


def _adjective_of_governed(ctx: _Context, mention: dict) -> bool:
    """Whether a demonym qualifies a noun that a preposition governs (راهن على رعاته الغربيين): it
    is inside the prepositional phrase, so it is no subject either.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال إن التنظيم الذي راهن على رعاته الغربيين وجد نفسه معزولاً.")
    []
    >>> evaluations("ورأى الكرملين في الاجتماع دليلاً على أن الأوروبيين «يعرقلون» التسوية.")[0][1:3]
    ('Europe', 'negative')
    """
    first = int(mention["first_token"])
    if mention.get("form") != "demonym" or first < 2 or ctx.at_token.get(first - 1) is not None:
        return False
    noun = ctx.folded[first - 1]  # not a complementizer: دليلاً على أن الأوروبيين «يعرقلون»
    return (noun not in CLAUSE_OPENERS and noun not in COMPLEMENTIZERS and ctx.folded[first - 2] in PREPOSITIONS
            and not _break_between(ctx.doc, first - 2, first))


def _describes_a_thing(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> bool:
    """Whether a one-word cue is an adjective after a quantifier and its noun (أي حوار جاد): it
    describes a thing, not an actor."""
    before = cue.first - 1
    return (cue.last == cue.cue_first and before - 1 >= bounds[0] and ctx.folded[before - 1] in QUANTIFIERS
            and ctx.at_token.get(before) is None)


def _stands_for_subject(ctx: _Context, cue: Cue, j: int, bounds: tuple[int, int],
                        exclude: Sequence[int]) -> list[int] | None:
    """What the word at token ``j``, before a cue, says of its subject: the actor a pronoun, a
    shared-subject conjunction, a bare attack noun or a standalone demonstrative stands for; no
    subject past a complementizer (``[]``); ``None`` when the word says nothing of it."""
    word = ctx.folded[j]
    if word in PRONOUN_SUBJECTS or word in DESCRIBED_PRONOUNS:
        return _pronoun_subject(ctx, j, bounds, exclude)
    if word in SHARED_SUBJECT:
        return _antecedent(ctx, j, bounds, exclude)
    if word in ATTACK_NOUNS and word.startswith("ال"):
        return _attacker(ctx, j)  # قال ماكرون إن الهجوم وحشي: the attack's author
    if word in DEMONSTRATIVES and _stands_alone(ctx, j, cue):
        return _antecedent(ctx, j, bounds, exclude)
    if word in COMPLEMENTIZERS or word in SUBJECT_AFTER_OPENERS:
        return []
    return None


def _opens_prepositional_phrase(ctx: _Context, j: int) -> bool:
    """Whether token ``j`` is a preposition, counted once for two in a row (من خلال)."""
    return ctx.folded[j] in PREPOSITIONS and not (j > 0 and ctx.folded[j - 1] in PREPOSITIONS)


def _subject_before_quote(ctx: _Context, bounds: tuple[int, int], exclude: Sequence[int]) -> list[int]:
    """The subject of a quote that opens after its subject pronoun (قال إنه «غير جاد»، وصف بوتين
    بأنه «غير جدير بالثقة»)."""
    start = bounds[0]
    if start > 0 and not _break_between(ctx.doc, start - 1, start) \
            and (ctx.folded[start - 1] in PRONOUN_SUBJECTS or ctx.folded[start - 1] in DESCRIBED_PRONOUNS):
        return _pronoun_subject(ctx, start - 1, (0, len(ctx.doc.tokens) - 1), exclude)
    return []


def _definite_subject(ctx: _Context, cue: Cue, bounds: tuple[int, int], exclude: Sequence[int]) -> list[int]:
    """The subject of a definite cue: the actor right before it, past a copula pronoun (روسيا هي
    المعتدي), or, through a preposition, the subject of a verb of continuing (استمر الجانب الروسي في
    اللعب)."""
    j, through_preposition = _before_preposition(ctx, cue, bounds)
    copula = j >= bounds[0] and ctx.folded[j] in COPULA_PRONOUNS and not through_preposition
    if copula:
        j -= 1
    elif not through_preposition:
        j = _past_copula(ctx, j, bounds)
    if j < bounds[0] or any(_break_between(ctx.doc, k, k + 1) for k in range(j, cue.first)):
        return []  # a dash may stand between them (بوتين – المعزول), a comma may not
    if copula and ctx.folded[j] in DEMONSTRATIVES:
        return _antecedent(ctx, j, bounds, exclude)  # وهذا هو النفاق
    return _actor_before_definite(ctx, j, bounds, exclude, through_preposition)


MAX_COPULA = 4  # words of a verb of being and its particles (ربما لا تزال، كان وسيبقى)


def _past_copula(ctx: _Context, j: int, bounds: tuple[int, int]) -> int:
    """The token before the verb of being (kāna and her sisters) and its particles that end at token
    ``j``, right before a definite predicate, else ``j``: the verb joins its subject to the predicate
    as هو does (إسرائيل ربما تكون الخاسر الأكبر، الأردن كان وسيبقى السند الحقيقي), so the subject is the
    actor before it. Only a verb of being counts: past any other verb a definite noun is an object.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال لافروف إن إسرائيل ربما تكون الخاسر الأكبر من التقارب.")
    [('Sergey Lavrov', 'Israel', 'negative', 'الخاسر الأكبر')]
    >>> evaluations("وقال الوزير إن ترامب كان المحرك الأساسي للاتفاق.")[0][1:]
    ('Donald Trump', 'positive', 'المحرك الأساسي للاتفاق')
    >>> evaluations("وقال لافروف إن إسرائيل تدعم الخاسر الأكبر.")
    []
    """
    k, verb = j, False
    while k >= max(bounds[0], j - MAX_COPULA + 1) and not _break_between(ctx.doc, k, k + 1):
        word = ctx.folded[k]
        if word in COPULA_VERBS:
            verb = True
        elif word not in COPULA_PARTICLES:
            break
        k -= 1
    return k if verb and k >= bounds[0] and not _break_between(ctx.doc, k, k + 1) else j


def _actor_before_definite(ctx: _Context, j: int, bounds: tuple[int, int], exclude: Sequence[int],
                           through_preposition: bool) -> list[int]:
    """The subject a definite cue takes from the word at token ``j`` before it: the actor there, not
    governed (through a preposition, only the subject of a verb of continuing), or the antecedent of
    the possessive pronoun of a noun there (جهودها الحثيثة)."""
    mi = ctx.at_token.get(j)
    if mi is None and through_preposition and (shown := _shown_by(ctx, j, bounds, exclude)) is not None:
        return shown
    if mi is None and not through_preposition and _possessed(ctx.folded[j]):
        return _possessor_before(ctx, j, bounds, exclude)
    if mi is None and through_preposition and _bare(ctx.folded[j]) in CONDUCT_VERBS:
        return _conduct_subject(ctx, j, bounds, exclude)
    if mi is None or mi in exclude or ctx.mentions[mi]["governed"]:
        return []
    if through_preposition and not _after_aspectual_verb(ctx, mi, bounds):
        return []
    return _with_coordinated_before(ctx, mi, bounds)


def _shown_by(ctx: _Context, j: int, bounds: tuple[int, int], exclude: Sequence[int]) -> list[int] | None:
    """The actor who shows the definite quality after من, when token ``j`` ends a measure noun
    (perhaps with its adjective) after a verb of showing: the subject after the verb (أظهر المرشح
    الخاسر أمادو با قدراً محترماً من الروح الرياضية) or before it (القيادة الكويتية أبدت قدراً كبيراً من
    الحكمة); ``None`` when the words before من are no such measure.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال إن القيادة الكويتية أبدت قدراً كبيراً من الحكمة والصبر.")[0][1:]
    ('Kuwait', 'positive', 'الحكمة')
    >>> evaluations("وقال إن الحكومة تعاملت بقدر كبير من الحكمة.")
    []
    """
    k = j if ctx.folded[j] in MEASURE_NOUNS else j - 1
    if k < bounds[0] + 1 or ctx.folded[k] not in MEASURE_NOUNS:
        return None
    mi = ctx.at_token.get(k - 1)
    if mi is not None:  # the subject after the verb, perhaps after its title
        first = ctx.mentions[mi]["first_token"]
        verb = any(_bare(ctx.folded[v]) in DISPLAY_VERBS for v in range(max(bounds[0], first - 3), first))
        return [mi] if verb and mi not in exclude and not ctx.mentions[mi]["governed"] else []
    if _bare(ctx.folded[k - 1]) in DISPLAY_VERBS:
        return _conduct_subject(ctx, k - 1, bounds, exclude)
    return None


def _bare(word: str) -> str:
    """A word without a conjunction joined before it (ويلجأ -> يلجأ, folded)."""
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


def _conduct_subject(ctx: _Context, j: int, bounds: tuple[int, int], exclude: Sequence[int]) -> list[int]:
    """The actor whose conduct a definite cue names after a verb of resorting or ceasing at token
    ``j``: the nearest actor before it in its clause, within three words, past particles and إلى
    (نتنياهو قد يلجأ إلى المماطلة، داعياً موسكو إلى التوقف عن المماطلة), governed by no preposition.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال إن نتنياهو قد يلجأ إلى المماطلة في تنفيذ المرحلة الثانية.")[0][1:]
    ('Benjamin Netanyahu', 'negative', 'المماطلة')
    >>> evaluations("ودعا زيلينسكي موسكو إلى التوقف عن المماطلة.")[-1][1:]
    ('Russia', 'negative', 'المماطلة')
    """
    k = j - 1
    while k >= max(_called_on_before(ctx, bounds[0]), j - 3) and not _break_between(ctx.doc, k, k + 1):
        mi = ctx.at_token.get(k)
        if mi is not None:
            return [] if mi in exclude or ctx.mentions[mi]["governed"] else _with_coordinated_before(ctx, mi, bounds)
        k -= 1
    return []


def _called_on_before(ctx: _Context, first: int) -> int:
    """The first token of a quote's words, or, where the words open after a preposition (إلى، على)
    and an actor stands before it with no mark or break between, that actor's token: the one a
    directive verb calls on, whom the quote leaves outside its words (ودعا زيلينسكي موسكو إلى |
    التوقف عن المماطلة).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وحث الوزير طهران على التوقف عن المماطلة.")[-1][1:]
    ('Iran', 'negative', 'المماطلة')
    """
    k = first - 1
    if k >= 0 and ctx.folded[k] in PREPOSITIONS:
        k -= 1
    if k < 0 or ctx.at_token.get(k) is None:
        return first
    gap = ctx.doc.text[ctx.doc.tokens[k].end : ctx.doc.tokens[first].start]
    return first if any(ch in QUOTE_MARKS for ch in gap) or any(_break_between(ctx.doc, t, t + 1) for t in range(k, first)) \
        else k


def _possessor_before(ctx: _Context, j: int, bounds: tuple[int, int], exclude: Sequence[int]) -> list[int]:
    """The antecedent of the possessive pronoun of the noun at token ``j``, which a definite cue
    qualifies: the nearest actor before it in its clause (وتواصل الدولة المصرية جهودها الحثيثة ->
    Egypt).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وتواصل الدولة المصرية جهودها الحثيثة للحفاظ على حقوقها.")
    [('author', 'Egypt', 'positive', 'الحثيثة')]
    """
    k = j - 1
    while k >= max(bounds[0], j - MAX_SUBJECT) and not _break_between(ctx.doc, k, k + 1):
        mi = ctx.at_token.get(k)
        if mi is not None:
            return [] if mi in exclude else [mi]
        k -= 1
    return []


def _before_preposition(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> tuple[int, bool]:
    """(the token before a definite cue and its preposition, whether a preposition governs the cue:
    a separate word before it or one joined to it, ندد ماكرون بالعدوان)."""
    j = cue.first - 1
    if j >= bounds[0] and ctx.folded[j] in PREPOSITIONS and ctx.at_token.get(j) is None:
        return j - 1, True
    prefix = fold(ctx.doc.text[ctx.doc.tokens[cue.cue_first].start : cue.match_start])
    return j, prefix.lstrip("وف")[:1] in JOINED_PREPOSITIONS and cue.first == cue.cue_first


def _after_aspectual_verb(ctx: _Context, mi: int, bounds: tuple[int, int]) -> bool:
    """Whether a verb of continuing stands within two words before the mention ``mi``."""
    first = ctx.mentions[mi]["first_token"]
    return any(ctx.folded[k] in ASPECTUAL_VERBS for k in range(max(first - 2, bounds[0]), first))


def _agent_after(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """A demonym or genitive right after the cue (past adjectives), or the members of بين.

    Adjectives agree in definiteness: after an indefinite cue a definite word is its genitive, not
    an adjective (عرقلة الجهود الأمريكية: the demonym qualifies the obstructed efforts, not the
    obstructer). After a definite noun phrase with its adjective, ل marks the possessor (النهج
    الواقعي للرئيس ترامب، الطابع العدواني للحلف).
    """
    titled = False
    for j in _steps_after(ctx, cue.last, bounds, 3):
        found = _named_agent_at(ctx, cue, j, bounds)
        if found is not None:
            return found
        word = ctx.folded[j]
        titled = titled or (j == cue.last + 1 and word in role_heads())  # تهديدات زعيم الجماعة عبد الملك الحوثي
        if titled or _transparent(ctx, cue, j, word):
            continue
        if word in RELATIVES and _definite_phrase(ctx, cue):  # الهجمات الوحشية التي تشنها روسيا
            return _relative_subject(ctx, j, bounds) or _implicit_relative_subject(ctx, cue, j, bounds)
        if _possessor_marked(ctx, cue, j):  # النهج الواقعي للرئيس ترامب
            return _possessor_past_head(ctx, j, bounds)
        if not word.startswith("ال") or not cue.definite:
            return []
    return []


def _named_agent_at(ctx: _Context, cue: Cue, j: int, bounds: tuple[int, int]) -> list[int] | None:
    """The agent that token ``j`` after a cue names: a mention there is the cue's genitive (or
    none), a preposition of possession (ل، لدى) or من جانب، من قبل introduce the actor after them;
    ``None`` when the word at ``j`` is none of these.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وندد بايدن بالتصعيد المتهور من جانب طهران.", date="2024-04-15")[-1][1:3]
    ('Iran', 'negative')
    """
    mi = _mention_after(ctx, j)
    if mi is not None:
        return _genitive(ctx, cue, mi, j, bounds)
    word = ctx.folded[j]
    if _marks_possessor(word, cue) and not (word in POSSESSIVE_PREPOSITIONS and _possessed(ctx.folded[cue.last])):
        return _possessor_after(ctx, j, bounds)
    if _agent_phrase(ctx, j, bounds):  # التصعيد المتهور من جانب طهران
        return _possessor_after(ctx, j + 1, bounds)
    return None


def _agent_phrase(ctx: _Context, j: int, bounds: tuple[int, int]) -> bool:
    """Whether من at token ``j`` and the noun after it (من جانب، من قبل) name the agent of the cue
    before them, the actor that follows.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وندد بايدن بالتصعيد المتهور من جانب طهران.", date="2024-04-15")[-1][1:3]
    ('Iran', 'negative')
    """
    return (ctx.folded[j] == "من" and j + 2 <= bounds[1] and ctx.folded[j + 1] in AGENT_AFTER_MIN
            and not _break_between(ctx.doc, j, j + 2))


def _possessor_marked(ctx: _Context, cue: Cue, j: int) -> bool:
    """Whether the word at token ``j`` after a definite quality is a title or head joined to ل that
    introduces its possessor (النهج الواقعي للرئيس ترامب)."""
    return _possessor_head(ctx.folded[j]) and _possessive_phrase(ctx, cue, j)


def _possessor_head(word: str) -> bool:
    """Whether a folded word is a title or a head noun joined to ل (للرئيس، لإدارة، للحكومة), which
    the possessor's name follows.

    >>> [_possessor_head(fold(w)) for w in ("للرئيس", "لإدارة", "لروسيا", "الرئيس")]
    [True, True, False, False]
    """
    if not word.startswith("ل") or len(word) < 4:
        return False
    base = "ال" + word[2:] if word.startswith("لل") else word[1:]
    return base in role_heads() or base in TRANSPARENT_HEADS


def _possessor_past_head(ctx: _Context, j: int, bounds: tuple[int, int]) -> list[int]:
    """The actor named after the title or head at token ``j`` that ل joins to a cue, past one more
    title (النهج الواقعي لإدارة الرئيس دونالد ترامب -> Trump).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأشاد الكرملين بالنهج الواقعي لإدارة الرئيس دونالد ترامب.")[-1]
    ('Russia', 'Donald Trump', 'positive', 'النهج الواقعي')
    """
    for k in _steps_after(ctx, j, bounds, 2):
        mi = _mention_after(ctx, k)
        if mi is not None:
            return _with_coordinated(ctx, mi, bounds)
        if ctx.folded[k] not in role_heads():
            return []
    return []


def _possessive_phrase(ctx: _Context, cue: Cue, j: int) -> bool:
    """Whether ل at token ``j`` after a definite cue marks its possessor: the cue is a noun with its
    adjective (النهج الواقعي), an adjective after a definite noun (الطابع العدواني), or a quality
    with an adjective after it (الشجاعة السياسية), with only definite adjectives before ``j``."""
    if not cue.definite or not _adjectives_between(ctx, cue.last + 1, j):
        return False
    before = cue.cue_first - 1
    adjective = before >= 0 and ctx.folded[before].startswith("ال") and ctx.at_token.get(before) is None \
        and not _break_between(ctx.doc, before, cue.cue_first)
    return cue.last > cue.cue_first or adjective or (j > cue.last + 1 and cue.category in POSSESSED_QUALITIES)


def _possessor_after(ctx: _Context, j: int, bounds: tuple[int, int]) -> list[int]:
    """The actors right after the word at token ``j`` that marks them as a cue's possessor (لدى
    الطرفين، بين أوروبا والولايات المتحدة)."""
    following = _mention_after(ctx, j + 1) if j + 1 <= bounds[1] else None
    return _with_coordinated(ctx, following, bounds) if following is not None else []


def _definite_phrase(ctx: _Context, cue: Cue) -> bool:
    """Whether a cue is a definite noun phrase, itself or through the definite genitive that ends it
    (سياسة فرض الأمر الواقع): a relative clause after it is about it, and names its agent
    (سياسة فرض الأمر الواقع التي تنتهجها أديس أبابا -> Ethiopia)."""
    return cue.definite or (cue.last > cue.cue_first and ctx.folded[cue.last].startswith("ال"))


def _genitive(ctx: _Context, cue: Cue, mi: int, j: int, bounds: tuple[int, int]) -> list[int]:
    """The actor at token ``j`` after a cue, with those coordinated with it, when it is the cue's
    genitive or adjective, or its possessor after ل (النهج الواقعي للرئيس ترامب); not the object of
    another preposition. The genitive of a frame's noun of harm is its patient, not its agent
    (تهجير الشعب الفلسطيني، حصار غزة): only its own demonym names the agent (الحصار الإسرائيلي).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ورفض القادة أي شكل من أشكال تهجير الشعب الفلسطيني.")
    []
    """
    if ctx.mentions[mi]["governed"] and not _possessive_l(ctx, cue, ctx.mentions[mi], j):
        return []
    if cue.category.startswith("frame:") and not _adjective_of(ctx, cue, ctx.mentions[mi]):
        return []
    return _with_coordinated(ctx, mi, bounds)


def _adjective_of(ctx: _Context, cue: Cue, mention: dict) -> bool:
    """Whether a mention is a demonym that qualifies the cue itself: right after it and agreeing
    with it in definiteness (الحصار الإسرائيلي، حصار إسرائيلي), not the adjective of a genitive
    between them (تهجير الشعب الفلسطيني) nor a definite word after an indefinite noun (حصار
    الأمريكيين).

    >>> from framing.sentiment.roles import evaluations
    >>> [target for _, target, _, _ in evaluations("ويتواصل الحصار الإسرائيلي على غزة.")]
    ['Israel']
    """
    if mention.get("form") != "demonym" or mention["first_token"] != cue.last + 1:
        return False
    return cue.definite or not ctx.folded[cue.last + 1].startswith("ال")


def _transparent(ctx: _Context, cue: Cue, j: int, word: str) -> bool:
    """Whether a word after a cue lets the search for its agent go on: an intensifier (جداً), or a
    head right after the cue through which it evaluates its genitive (عدوان قوات روسيا، صمود الشعب
    الفلسطيني)."""
    return word in ctx.intensifiers or (j == cue.last + 1 and word in TRANSPARENT_HEADS) or _shared_genitive(ctx, cue, j)


def _shared_genitive(ctx: _Context, cue: Cue, j: int) -> bool:
    """Whether token ``j``, right after an indefinite quality, opens a second quality of the same
    sign joined by و: the two heads share the genitive after the second (شجاعةُ وحكمةُ الزعيمين:
    both are the leaders'), so the search for the first one's owner goes on past it.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأشاد ماكرون بشجاعة وحكمة بوتين.")[-1]
    ('Emmanuel Macron', 'Vladimir Putin', 'positive', 'شجاعة وحكمة')
    """
    other = ctx.cue_at.get(j)
    word = ctx.folded[j]
    return (j == cue.last + 1 and not cue.definite and other is not None and other.cue_first == j
            and other.sign == cue.sign and not other.definite and word[:1] == "و" and len(word) > 3
            and not _break_between(ctx.doc, cue.last, j))


def _possessed(word: str) -> bool:
    """Whether a cue's last word carries a possessive pronoun other than ه, which a folded ة
    shares (مصداقيتها، جهودهم): its owner is the pronoun's antecedent, so لدى after it names the
    ones who judge (فقدت مصداقيتها لدى الإيرانيين), not the owner.

    >>> [_possessed(w) for w in ("مصداقيتها", "جهودهم", "الرغبه", "ثقه")]
    [True, True, False, False]
    """
    return not word.startswith("ال") and len(word) > 4 and word.endswith(tuple(ENCLITIC_PRONOUNS - {"ه"}))


def _marks_possessor(word: str, cue: Cue) -> bool:
    """Whether a word after a cue marks the actors it is about: بين, a possessive preposition (لدى),
    or, after a word of unity or division, a group preposition (داخل)."""
    return word == "بين" or word in POSSESSIVE_PREPOSITIONS or (
        word in WITHIN_PREPOSITIONS and cue.category in RECIPROCAL_CATEGORIES)


def _relative_subject(ctx: _Context, j: int, bounds: tuple[int, int], owner: bool = False) -> list[int]:
    """The subject of the relative clause opened by the pronoun at token ``j``: the actor right
    after its verb (التي تشنها روسيا), or after a particle and its verb (لغة التهديد التي لم يتوقف
    ترامب عن استخدامها), not one after a preposition (التي تتعرض لها أوكرانيا: the one who undergoes
    it). With ``owner`` (the clause qualifies a praised quality), past the preposition with the
    pronoun that points back to the quality (resumptive_pronouns): who shows a quality owns it
    (النضج الذي أبان عنه الوفد، الحكمة التي تحلى بها الرئيس), see :func:`_owner_past_resumptive`."""
    subject = j + 3 if j + 1 <= bounds[1] and ctx.folded[j + 1] in VERB_PARTICLES else j + 2  # التي لم يتوقف ترامب
    if owner:
        subject = _owner_past_resumptive(ctx, subject, bounds)
    if subject <= bounds[1] and subject < len(ctx.doc.tokens) and not _break_between(ctx.doc, j, subject):
        mi = _named_after_title(ctx, subject, bounds)  # التي أبداها الرئيس بوتين
        if mi is None:
            mi = _demonym_of_head(ctx, subject, bounds)  # التي أبدتها الرئاسة البرازيلية
        if mi is not None and not ctx.mentions[mi]["governed"]:
            return _with_coordinated(ctx, mi, bounds)
    return []


MIN_PRONOUN_VERB = 4  # letters of a verb with its object pronoun (تشنها، يرتكبها), not a bare pronoun or particle


def _implicit_relative_subject(ctx: _Context, cue: Cue, j: int, bounds: tuple[int, int]) -> list[int]:
    """The subject of a relative clause (opened at token ``j``) whose verb names none after it but
    carries the pronoun of the noun it qualifies (الفظائع التي يرتكبها في دارفور): the verb's
    subject is then a pronoun, which stands for the subject of the clause the cue is in (الجيش
    يحاول صرف الأنظار عن الفظائع التي يرتكبها -> the army). Nothing but a preposition or the end of
    the clause may follow the verb: a word there may be a subject the actors module does not know.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("الجيش السوداني يحاول صرف الأنظار عن الفظائع التي يرتكبها في دارفور.")
    [('author', 'Sudanese Armed Forces', 'negative', 'الفظائع')]
    >>> evaluations("الجيش السوداني يحاول صرف الأنظار عن الفظائع التي ترتكبها الميليشيات.")
    []
    """
    verb = j + 2 if j + 1 <= bounds[1] and ctx.folded[j + 1] in VERB_PARTICLES else j + 1
    if verb > bounds[1] or verb >= len(ctx.doc.tokens) or _break_between(ctx.doc, j, verb):
        return []
    word = ctx.folded[verb]
    if len(word) < MIN_PRONOUN_VERB or not word.endswith(tuple(ENCLITIC_PRONOUNS)) or verb in ctx.at_token:
        return []
    after = verb + 1
    if after <= bounds[1] and after < len(ctx.doc.tokens) and not _break_between(ctx.doc, verb, after) \
            and ctx.folded[after] not in PREPOSITIONS:
        return []
    return _clause_subject_before(ctx, cue, bounds, ())


def _owner_past_resumptive(ctx: _Context, k: int, bounds: tuple[int, int]) -> int:
    """Token ``k`` (where the subject of a relative clause stands), or the one after it when ``k``
    is a preposition with a pronoun pointing back to the noun the clause qualifies.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأشاد ماكرون بالنضج الذي أبان عنه زيلينسكي.")
    [('Emmanuel Macron', 'Volodymyr Zelenskyy', 'positive', 'أشاد'), ('Emmanuel Macron', 'Volodymyr Zelenskyy', 'positive', 'النضج')]
    """
    if k < bounds[1] and k < len(ctx.doc.tokens) - 1 and ctx.folded[k] in RESUMPTIVE_PRONOUNS:
        return k + 1
    return k


def _demonym_of_head(ctx: _Context, j: int, bounds: tuple[int, int]) -> int | None:
    """The demonym right after a definite noun at token ``j`` that is no actor (الرئاسة البرازيلية،
    الحكومة اليونانية): the state the noun phrase names.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأشاد بالمرونة التي أبدتها الرئاسة البرازيلية.")[-1]
    ('author', 'Brazil', 'positive', 'المرونة')
    """
    nxt = j + 1
    if nxt > bounds[1] or nxt >= len(ctx.doc.tokens) or j in ctx.at_token or not ctx.folded[j].startswith("ال") \
            or _break_between(ctx.doc, j, nxt):
        return None
    mi = _mention_after(ctx, nxt)
    return mi if mi is not None and ctx.mentions[mi].get("form") == "demonym" else None


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
    العدواني), past more adjectives (الموقف الأخوي الثابت للمملكة), not a bare noun whose ل marks
    the one it is aimed at (التهديد لأوروبا)."""
    prefix = fold(ctx.doc.text[ctx.doc.tokens[j].start : int(mention["start"])])
    return prefix.lstrip("وف") == "ل" and _possessive_phrase(ctx, cue, j)


def _adjectives_between(ctx: _Context, first: int, j: int) -> bool:
    """Whether the tokens from ``first`` up to ``j`` (excluded) are definite adjectives, none an
    actor (الموقف الأخوي الثابت للمملكة: الثابت stands between the noun and its possessor)."""
    return all(ctx.folded[k].startswith("ال") and k not in ctx.at_token for k in range(first, j))


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


def _doer(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The subject of a verb of a connotation frame: the actor before it in its clause (العدو
    ارتكب أبشع المجازر), else the actor right after it (ارتكبت قوات الاحتلال مجازر), never its
    object (إسرائيل قصفت غزة -> Israel, not Gaza).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال زيلينسكي إن روسيا قصفت أوكرانيا بلا رحمة")
    [('Volodymyr Zelenskyy', 'Russia', 'negative', 'قصفت')]
    """
    if _opposed_harm(ctx, cue, bounds):
        return []
    if _verb_after_and(ctx, cue):
        return _doer_after(ctx, cue, bounds) or _first_verb_subject(ctx, cue, bounds)
    before = _subject_before(ctx, cue, bounds)
    if before or _plural_verb(ctx.folded[cue.last]):
        return before
    return _doer_after(ctx, cue, bounds) or _conjoined_subject(ctx, cue, bounds)


def _doer_after(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The subject right after a frame's verb (ارتكبت قوات الاحتلال مجازر), past a resumptive
    pronoun (الحرب التي زجّ فيها الحزب البلاد), with the actors coordinated with it."""
    after = cue.last + 1
    if after < bounds[1] and ctx.folded[after] in RESUMPTIVE_PRONOUNS:
        after += 1
    mi = _mention_after(ctx, after) if after <= bounds[1] else None
    if mi is None or ctx.mentions[mi]["governed"] or _break_between(ctx.doc, cue.last, after):
        return []
    return _with_coordinated(ctx, mi, bounds)


def _verb_after_and(ctx: _Context, cue: Cue) -> bool:
    """Whether a frame's verb carries و (ويتنصل، ودمرت) and so continues the clause before it: its
    subject is the one after it or the first verb's, never the actor of that verb's object between
    them (الاتحاد الأوروبي يشتري صمت تونس بالمال ويتنصل من التزاماته -> the European Union).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("الاتحاد الأوروبي يشتري صمت تونس بالمال ويتنصل من التزاماته.")[-1][1:]
    ('European Union', 'negative', 'يتنصل')
    >>> evaluations("قال إن الاتحاد الأوروبي يدعم تونس، وروسيا تتنصل من التزاماتها.")[-1][1:]
    ('Russia', 'negative', 'تتنصل')
    """
    if cue.negated:
        return False
    token = ctx.doc.tokens[cue.cue_first]
    return fold(ctx.doc.text[token.start : cue.match_start]) == "و"


def _opposed_harm(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> bool:
    """Whether a frame's noun is the object of a word of rejection or prevention, right before it
    or before the actor right before it (رفض الأردن تهجير الفلسطينيين، الرافض لتهجير، ضد تهجير):
    the actor named there opposes the harm and is not its doer.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأكد الملك رفض الأردن تهجير الفلسطينيين من غزة.")
    []
    >>> evaluations("وجدد الملك موقف الأردن الثابت ضد تهجير الفلسطينيين.")
    []
    >>> evaluations("وقال إن إسرائيل تواصل تهجير الفلسطينيين.")[0][1:3]
    ('Israel', 'negative')
    """
    j = cue.first - 1
    if j < bounds[0] or _break_between(ctx.doc, j, cue.first):
        return False
    mi = ctx.at_token.get(j)
    if mi is not None and ctx.mentions[mi]["last_token"] == j:
        j = ctx.mentions[mi]["first_token"] - 1  # رفض الأردن تهجير: the rejection's genitive between them
        if j < bounds[0] or _break_between(ctx.doc, j, j + 1):
            return False
    word = ctx.folded[j]
    return word in REJECTION_WORDS or (word[:1] in "وفل" and word[1:] in REJECTION_WORDS)


def _conjoined_subject(ctx: _Context, cue: Cue, bounds: tuple[int, int], negated_only: bool = False) -> list[int]:
    """The subject of a verb joined by و to the verb before it, with no subject of its own: that
    verb's (روسيا تتحدث عن السلام في إسطنبول وتقصف مدننا -> Russia), the first actor of the clause
    after its complementizer. With ``negated_only``, only a verb after و and a verb particle (أن
    أوروبا قادرة على حماية نفسها، ولن تكون رهينة), since a noun after و may start a new phrase.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال إن روسيا تتحدث عن السلام في إسطنبول وتقصف مدننا في الليلة نفسها.")
    [('unknown', 'Russia', 'negative', 'تقصف')]
    >>> evaluations("وقال إن أوروبا قادرة على حماية نفسها، ولن تكون رهينة.")
    [('unknown', 'Europe', 'positive', 'ولن تكون رهينة')]
    """
    if cue.first != cue.cue_first:  # ولن تكون رهينة: the negator carries the و
        word = ctx.folded[cue.first]
        joined = word[:1] == "و" and word[1:] in VERB_PARTICLES
    else:
        joined = not negated_only and fold(ctx.doc.text[ctx.doc.tokens[cue.cue_first].start : cue.match_start]) == "و"
    return _antecedent(ctx, cue.first, bounds) if joined else []


def _patient(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The object of a verb of a connotation frame: the actor right after it, or right after its
    subject (منعت فرنسا روسيا من ...); never one behind a preposition (منع الهجوم على أوكرانيا) nor
    the adjective of a noun object (ردع أي عدوان روسي: the aggression is the patient, and its own
    cue evaluates Russia).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("يجب منع روسيا من تكرار ما فعلته")
    [('author', 'Russia', 'negative', 'منع')]
    """
    first = _direct_object(ctx, cue.last + 1, bounds)
    if first is None:
        return []
    second = _direct_object(ctx, ctx.mentions[first]["last_token"] + 1, bounds)
    return [second] if second is not None else [first]


def _direct_object(ctx: _Context, j: int, bounds: tuple[int, int]) -> int | None:
    """The actor named at token ``j`` with no preposition, in the clause: a name, title or
    metonym (an adjective qualifies a noun, not an object)."""
    if j > bounds[1] or j >= len(ctx.doc.tokens) or _break_between(ctx.doc, j - 1, j):
        return None
    mi = _mention_after(ctx, j)
    if mi is None or ctx.mentions[mi]["governed"] or ctx.mentions[mi].get("form") == "demonym":
        return None
    return mi


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


def agent_targets(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The target of a cue of role ``agent``: a demonym or genitive right after it (العدوان الروسي،
    جدية أوروبا), else the subject of the predicate before it (روسيا لا تريد السلام). After أي,
    only what follows (ردع أي عدوان: anyone's; أي عدوان روسي: Russia's), unless a negation licenses
    the أي (بوتين لم يُظهر أي رغبة: Putin's); after a verb whose plural ending holds the subject
    (الأوروبيون استغلوا أمريكا), only the subject before it.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("قوة لطمأنة أوكرانيا وردع أي عدوان جديد.")
    []
    """
    if not cue.negated and cue.cue_first > 0 and ctx.folded[cue.cue_first - 1] == "اي":
        return _agent_after(ctx, cue, bounds)
    considered = _considered_object(ctx, cue)
    if considered is not None:
        return [considered]
    if cue.category.startswith("frame:") and _opposed_harm(ctx, cue, bounds):
        return _agent_after(ctx, cue, bounds)  # رفض الأردن تهجير: not Jordan's; رفض العدوان الإسرائيلي: Israel's
    subject = _verb_subject(ctx, cue, bounds) or _joined_verb_subject(ctx, cue, bounds) or _and_verb_subject(ctx, cue, bounds)
    if subject:
        return subject
    if _plural_verb(ctx.folded[cue.last]):
        return _subject_before(ctx, cue, bounds)
    return (_agent_after(ctx, cue, bounds) or _subject_before(ctx, cue, bounds) or _specified_members(ctx, cue, bounds)
            or _conjoined_subject(ctx, cue, bounds, negated_only=True))


def _considered_object(ctx: _Context, cue: Cue) -> int | None:
    """The actor a quality is said of after a participle of considering or describing and إياه
    (وأشاد كوستا بالتعاون مع المغرب، معتبراً إياه «شريكاً يمكن الاعتماد عليه»؛ واصفاً إياه بأنه
    «عدواني»): the last actor named before the participle in its sentence; ``None`` when the cue
    does not follow them.

    >>> from framing.sentiment.roles import evaluations
    >>> [t for _, t, _, c in evaluations("وأشاد كوستا بالمغرب، معتبراً إياه شريكاً موثوقاً.") if c == "شريكاً موثوقاً"]
    ['Morocco']
    """
    j = cue.first - 1
    if j >= 0 and ctx.folded[j] in DESCRIBED_PRONOUNS:
        j -= 1  # واصفاً إياه بأنه «عدواني»
    lo = ctx.sentence_bounds(cue)[0]
    if j - 1 < lo or ctx.folded[j] not in ADDRESSED_BACK or ctx.folded[j - 1] not in CONSIDERING_PARTICIPLES \
            or _break_between(ctx.doc, j - 1, cue.first):
        return None
    return next((ctx.at_token[k] for k in range(j - 2, lo - 1, -1) if k in ctx.at_token), None)


def _specified_members(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The actors of a list that specifies the plural noun of a cue's clause, in the clause after it
    or before it (الدول الغنية، وفي مقدمتها الولايات المتحدة والاتحاد الأوروبي، تركتنا؛ الدول التي
    تجاوزت حصصها، ولا سيما العراق وكازاخستان، مطالبة ...), for a cue whose clause names no actor.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال إن الدول التي تجاوزت حصصها، ولا سيما العراق وكازاخستان، مطالبة بالتعويض.")[0][1:3]
    ('Iraq', 'negative')
    """
    first, last = cue.first, cue.last
    while first > bounds[0] and not _break_between(ctx.doc, first - 1, first):
        first -= 1
    while last < bounds[1] and not _break_between(ctx.doc, last, last + 1):
        last += 1
    previous = first - 1
    while previous > bounds[0] and not _break_between(ctx.doc, previous - 1, previous):
        previous -= 1
    for start in (last + 1, previous):
        found = _list_after_specifier(ctx, start, bounds) if bounds[0] <= start < first or start > last else []
        if found:
            return found
    return []


def _list_after_specifier(ctx: _Context, start: int, bounds: tuple[int, int]) -> list[int]:
    """The actors listed after a specifier within the first words of the clause at token ``start``
    (وعلى رأسها السعودية وروسيا): the one right after it and those coordinated with it."""
    for k in range(start, min(start + MAX_SPECIFIER, bounds[1])):
        if _break_between(ctx.doc, k, k + 1):
            return []
        if ctx.folded[k] in LIST_SPECIFIERS:
            mi = _mention_after(ctx, k + 1)
            return _with_coordinated(ctx, mi, bounds) if mi is not None and not ctx.mentions[mi]["governed"] else []
    return []


def _verb_subject(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The subject right before a cue that a verb particle opens (لم، لن، قد): the particle makes
    the cue a verb, so the actor before it is the subject and an actor after it the object
    (ومصر لم تخذل الصومال -> Egypt, not Somalia).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ومصر لم تخذل الصومال يوماً.")
    [('author', 'Egypt', 'positive', 'لم تخذل')]
    """
    if cue.negated and ctx.folded[cue.first] in VERB_PARTICLES:
        particle = cue.first
    elif cue.first - 1 >= bounds[0] and ctx.folded[cue.first - 1] in VERB_PARTICLES:
        particle = cue.first - 1
    else:
        return []
    j = particle - 1
    mi = ctx.at_token.get(j) if j >= bounds[0] else None
    if mi is None or ctx.mentions[mi]["governed"] or _break_between(ctx.doc, j, particle):
        return []
    return _with_coordinated_before(ctx, mi, bounds)


def _joined_verb_subject(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The subject of a negated verb joined by و to the verb before it (طهران تحترم خيار الشعب
    العراقي ولا تتدخل في شؤونه -> Iran): the first verb's subject, not the actor of its object
    between them; also when each verb is quoted (إن طهران «تحترم ...» و«لا تتدخل ...»).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال إن طهران تحترم خيار الشعب العراقي ولا تتدخل في الشؤون الداخلية لجيرانها.")[0][1:3]
    ('Iran', 'positive')
    """
    if not cue.negated or not _negates_a_verb(ctx, cue.first):
        return []
    word = ctx.folded[cue.first]
    if cue.first > bounds[0] and (word[:1] == "و" or ctx.folded[cue.first - 1] == "و"):
        return _antecedent(ctx, cue.first, bounds)  # ولا تتدخل، و«لا تتدخل» inside one quote
    return []


def _and_verb_subject(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The subject of an imperfect verb that carries و (وتماطل، ويتجاهل): the clause's subject before
    the verb it is joined to, not the actor of that verb's object between them (روسيا تقصف المدن
    الأوكرانية وتماطل في المفاوضات -> Russia). A verbal noun in تفعيل (وتدمير) is no verb.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال زيلينسكي إن روسيا تقصف المدن الأوكرانية وتماطل في المفاوضات.")[-1][1:]
    ('Russia', 'negative', 'تماطل')
    >>> evaluations("وقال إن أوكرانيا تريد السلام، وروسيا تماطل في المفاوضات.")[-1][1:]
    ('Russia', 'negative', 'تماطل')
    """
    if cue.definite or not _verb_after_and(ctx, cue):
        return []
    word = ctx.folded[cue.cue_first][1:]
    if len(word) < 4 or word[:1] not in ("ي", "ت") or word[-2:-1] == "ي":
        return []
    return _first_verb_subject(ctx, cue, bounds)


def _first_verb_subject(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The subject of the verb that a verb carrying و is joined to: the nearest actor before it
    when a verb follows that actor (ما دام العدو الإسرائيلي يحتل أرضنا ويقتل أهلنا -> Israel), else the
    first subject of the clause after its complementizer (:func:`_antecedent`), not the genitive of
    a noun a preposition governs (لأن النص «يتنكر لعقيدة الأمم المتحدة، ويتجاهل حق الشعب» evaluates no
    actor; وكانت «الدعم السريع» قد فرضت حصاراً على الفاشر، وقصفت خلاله مخيمات النازحين -> the RSF).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأكد أن المقاومة لن تسلم سلاحها ما دام العدو الإسرائيلي يحتل أرضنا ويقتل أهلنا.")[-1][1:]
    ('Israel', 'negative', 'يقتل')
    >>> evaluations('وقال إن النص "يتنكر لعقيدة الأمم المتحدة في تصفية الاستعمار، ويتجاهل حق الشعب".')
    []
    """
    before = _subject_before(ctx, cue, bounds)
    verb = max((int(ctx.mentions[mi]["last_token"]) for mi in before), default=cue.first) + 1
    if before and verb < cue.first and (verb in ctx.cue_tokens or _imperfect(ctx.folded[verb])):
        return before
    return [mi for mi in _antecedent(ctx, cue.first, bounds) if not _after_governed_noun(ctx, mi)]


def _after_governed_noun(ctx: _Context, mi: int) -> bool:
    """Whether the mention ``mi`` is the genitive of a noun that carries ب or ل (يتنكر لعقيدة الأمم
    المتحدة): inside a prepositional phrase, it is no subject."""
    k = int(ctx.mentions[mi]["first_token"]) - 1
    if k < 0 or k in ctx.at_token or _break_between(ctx.doc, k, k + 1):
        return False
    word = ctx.folded[k]
    return len(word) > 3 and word[:1] in ("ب", "ل") and not word.startswith("ال")


def _imperfect(word: str) -> bool:
    """Whether a folded word looks like an imperfect verb (يحتل، تقصف), not a definite noun.

    >>> [_imperfect(w) for w in ("يحتل", "تقصف", "التقدم", "بالمال")]
    [True, True, False, False]
    """
    return len(word) >= 4 and word[:1] in ("ي", "ت")


def _negates_a_verb(ctx: _Context, j: int) -> bool:
    """Whether the negator at token ``j`` (with or without و) stands before a verb: a verb particle
    (لم، لن), or لا before an imperfect verb (لا تتدخل), not لا before a noun (لا شك)."""
    word = ctx.folded[j]
    bare = word[1:] if word[:1] == "و" and len(word) > 2 else word
    if bare in VERB_PARTICLES:
        return True
    nxt = ctx.folded[j + 1] if j + 1 < len(ctx.folded) else ""
    return bare == "لا" and len(nxt) > 3 and nxt[:1] in ("ي", "ت") and not nxt.startswith("ال")


def any_targets(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The target of a cue of role ``any``: the actor after it, else the subject before it (لا يمكن
    الوثوق في بوتين، بوتين لا يمكن الوثوق به)."""
    return _any_after(ctx, cue, bounds) or _subject_before(ctx, cue, bounds)


def holder_targets(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> list[int]:
    """The target of a cue of role ``holder``: the subject, not the genitive (بوتين عدو أوكرانيا ->
    Putin), or, when a verb of considering governs it, the considerer (الحلف يعدّ روسيا عدواً -> NATO).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("بوتين عدو أوكرانيا.")
    [('author', 'Vladimir Putin', 'negative', 'عدو')]
    """
    found = _subject_before(ctx, cue, bounds) or _agent_after(ctx, cue, bounds)
    if not found:
        return []
    considerer = _considerer(ctx, found[0], bounds)
    return found if considerer is None else considerer
