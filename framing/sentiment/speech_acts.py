"""Speech acts of praise, thanks, blame and description (role ``object``): their object is the
target and their subject the source; a quality named in their complement (role ``praised``, or a
cue after ب or على) takes the act's target; a claim made without evidence (role ``claimant``)
discredits its speaker; a report nested in a quote has its own speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from ..quotes import QuoteSpan
from ..text import fold  # noqa: F401  (the doctests)
from .anaphora import _antecedent, _attacker, _demonstrative_object
from .context import (
    _break_between,
    _clause_start,
    _Context,
    _mention_after,
    _named_after_title,
    _steps_after,
    _with_coordinated,
)
from .cues import Cue
from .predicates import _relative_subject, _subject_before
from .vocabulary import (
    ATTACK_NOUNS,
    AUDIENCE_WORDS,
    BODY_HEADS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    ENCLITIC_PRONOUNS,
    EVENT_NOUNS,
    FIRST_PERSON_ACTS,
    FIRST_PERSON_HOMOGRAPHS,
    HONORIFIC_STYLES,
    MAX_AFTER,
    MAX_NAME,
    MAX_OBJECT,
    MEMBERSHIP_PREPOSITIONS,
    NAMING_RELATIVES,
    NAMING_VERBS,
    OBJECT_PRONOUNS,
    ON_BEHALF_WORDS,
    PARTNER_PREPOSITIONS,
    POSSESSIVE_PREPOSITIONS,
    PREPOSITIONS,
    RELATIVES,
    RESPONSIBILITY_NOUNS,
    RESUMPTIVE_PRONOUNS,
    SECOND_COMPLEMENT_CATEGORIES,
    SPEAKER_QUANTIFIERS,
    TRANSPARENT_HEADS,
    VICTIM_NOUNS,
    role_heads,
)


@dataclass
class _ObjectScan:
    """What follows a speech act in its clause: the actors met, and where the scan stopped."""

    found: list[int]
    inner: Cue | None = None  # an evaluative cue in the object (أدان العدوان الروسي)
    attack: int | None = None  # a bare attack noun (أدان الهجوم)
    relative: int | None = None  # a relative pronoun (أشاد بالجهود التي بذلتها قطر)
    pronoun: bool = False  # the object is a pronoun or demonstrative (متهماً إياهم، رحب بذلك)


def _scan_object(ctx: _Context, cue: Cue, bounds: tuple[int, int], start: int | None = None) -> _ObjectScan:
    """Walk the clause after a speech act (or from token ``start``, past a subject set off by
    commas) up to its object's end (another cue, an attack noun, a relative pronoun or a clause
    opener), collecting the actors met."""
    scan = _ObjectScan([])
    skip, steps = -1, 0
    for j in _object_steps(ctx, cue, bounds, start):
        skip = max(skip, _naming_phrase(ctx, j), audience_phrase(ctx, j))  # بما وصفه بـ، أمام نظيره: no step of the object
        if j <= skip:
            continue  # inside an actor's name: a long name is one step (الأمين العام لمجلس التعاون جاسم البديوي)
        steps += 1
        if steps > MAX_OBJECT:
            break
        word = ctx.folded[j]
        if j in ctx.cue_tokens:
            scan.inner = ctx.cue_at.get(j)
        elif word in ATTACK_NOUNS and word.startswith("ال") and _mention_after(ctx, j + 1) is None:
            scan.attack = j
        elif word in RELATIVES:
            scan.relative = _object_relative(cue, j)
        elif not scan.found and (word in OBJECT_PRONOUNS or _demonstrative_object(ctx, j)):
            scan.pronoun = True
        elif word not in CLAUSE_OPENERS:
            mi = _mention_after(ctx, j)
            if _object_ended(ctx, cue, mi, j, steps):
                return scan
            if mi is not None:
                skip = _add_object(ctx, cue, scan, mi)
            continue
        return scan
    return scan


def _object_ended(ctx: _Context, cue: Cue, mi: int | None, j: int, steps: int) -> bool:
    """Whether a speech act's object has ended before token ``j``: an actor with و opens a new
    clause (حماس ترحب وتل أبيب تهاجم), or an accusation's charge opens there (:func:`charge_after_object`)."""
    return _joined_to_and(ctx, cue, mi, j) or charge_after_object(ctx, cue, j, mi, steps)


def charge_after_object(ctx: _Context, cue: Cue, j: int, mi: int | None, steps: int) -> bool:
    """Whether the word at token ``j``, past the first word after an accusation, opens its charge
    (a ب phrase that names no actor): the accused stands before the charge, so an actor inside it
    is what the charge is about, not the one accused (متهمة حكوماتها بالانحياز إلى «أجندة واشنطن»
    does not accuse Washington).

    >>> from framing.sentiment.roles import evaluations
    >>> [row[1] for row in evaluations("وطردت كراكاس دبلوماسيين، متهمة حكوماتهم بالانحياز إلى أجندة واشنطن.") if row[3] == "متهمة"]
    []
    """
    if cue.category != "blame" or steps < 2 or mi is not None or j in ctx.cue_tokens:
        return False
    word = ctx.folded[j]
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return bare[:1] == "ب" and len(bare) > 3 and bare not in PREPOSITIONS


def _add_object(ctx: _Context, cue: Cue, scan: _ObjectScan, mi: int) -> int:
    """Add the actor of mention ``mi`` to the actors of a speech act's object, unless it is the
    victim of a harm the act condemns; return its last token (the scan goes on after it)."""
    if not _victim(ctx, cue, mi) and not event_genitive(ctx, cue, mi) and not sender_of_act_noun(ctx, cue, mi):
        scan.found.append(mi)
    return int(ctx.mentions[mi]["last_token"])


MIN_PLURAL_NOUN = 6  # letters of a plural noun of a speech act in ات (إشادات، انتقادات), longer than a verb (هنأت)
MAX_SENDER_WORDS = 2  # words between a speech act's noun and the actor who performs it (من القادة العرب، بعض النواب الأوروبيين)


def sender_of_act_noun(ctx: _Context, cue: Cue, mi: int) -> bool:
    """Whether the actor of mention ``mi`` performs the speech act whose noun is the cue, rather than
    receiving it: after من right after the noun (برقيات التهنئة من القادة العرب، الانتقادات من
    واشنطن), or as the genitive of a plural noun of the act, past a word of quantity and its noun
    (انتقادات بعض النواب الأوروبيين، اتهامات المعارضة). The sender is no target of his own act.
    A verb's من stays its object (سخر من بوتين), and so does a singular noun's genitive (انتقاد روسيا).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وتوالت برقيات التهنئة من القادة العرب، إذ أعرب العاهل السعودي عن تهانيه.")
    []
    >>> [row[1] for row in evaluations("وقال إن انتقادات بعض النواب الأوروبيين مبالغ فيها.") if row[3] == "انتقادات"]
    []
    >>> evaluations("ورحبت إيكواس بالأجواء السلمية، وهنأت الرئيس ماكرون.")[-1][1:]
    ('Emmanuel Macron', 'positive', 'هنأت')
    """
    first = int(ctx.mentions[mi]["first_token"])
    between = ctx.folded[cue.last + 1 : first]
    if len(between) > MAX_SENDER_WORDS + 1 or cue.cue_first != cue.last \
            or any(_break_between(ctx.doc, k, k + 1) for k in range(cue.last, first)):
        return False
    word = ctx.folded[cue.last]
    bare = word[1:] if word[:1] in "وف" else word
    plural = len(bare) >= MIN_PLURAL_NOUN and bare.endswith("ات")  # not a verb: هنأت، وهنأت
    if between and between[0] == "من":
        return bare.startswith("ال") or plural
    plural = plural and not bare.startswith("ال")
    return plural and len(between) <= MAX_SENDER_WORDS and (not between or between[0] in SPEAKER_QUANTIFIERS)


def event_genitive(ctx: _Context, cue: Cue, mi: int) -> bool:
    """Whether the actor of mention ``mi`` in the object of a welcome or praise is the genitive of a
    noun of an event that befell it (the file's class ``event_nouns``: رحب بانتخاب البابا، رحبت بمثول
    الإمارات أمام المحكمة، المرحبة بانتخاب الكاردينال الأمريكي روبرت بريفوست), right after it or past
    definite words and actors: the event is welcomed, not the actor credited; what an actor made stays its credit (رحب
    بمبادرة مصر، بمقترح المفوضية).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأصدر المجلس بياناً رحب فيه بانتخاب البابا ليو الرابع عشر.")
    []
    >>> [row[1] for row in evaluations("ورحب غوتيريش بمبادرة مصر.")]
    ['Egypt']
    """
    first = int(ctx.mentions[mi]["first_token"])
    if cue.sign < 0:
        return False
    if event_headed_object(ctx, cue, first):
        return True
    for k in range(first - 1, max(first - 1 - MAX_EVENT_GENITIVE, cue.last), -1):
        if _break_between(ctx.doc, k, first):
            return False
        word = ctx.folded[k]
        if word in EVENT_NOUNS or (word[:1] in "بول" and word[1:] in EVENT_NOUNS):
            return True
        if not word.startswith("ال") and k not in ctx.at_token:
            return False
    return False


MAX_EVENT_GENITIVE = 4  # words from a noun of an event to an actor of its genitive (بانتخاب الكاردينال الأمريكي روبرت بريفوست)


def event_headed_object(ctx: _Context, cue: Cue, first: int) -> bool:
    """Whether the object of a welcome or praise that holds token ``first`` opens with a noun of an
    event (the file's class ``event_nouns``, after ب: بتوقيع، بانتخاب، بـ«عودة): every actor of that
    object takes part in the event, however far inside it (رحبت الإمارات بتوقيع إطار الدوحة للسلام
    بين حكومة الكونغو وحركة إم 23؛ المرحبة بانتخاب الكاردينال الأمريكي روبرت بريفوست بابا للكنيسة
    الكاثوليكية), and none is credited. A new object joined by وب ends the event's (رحب بتوقيع
    الاتفاق وبجهود قطر -> Qatar).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ورحبت دولة الإمارات بتوقيع إطار الدوحة للسلام بين حكومة الكونغو الديمقراطية وحركة إم 23.")
    []
    >>> [row[1] for row in evaluations("ورحب الوزير بتوقيع الاتفاق وبجهود قطر في الوساطة.")]
    ['Qatar']
    """
    for k in range(first - 1, cue.last, -1):
        if _break_between(ctx.doc, k, k + 1):
            return False
        word = ctx.folded[k]
        if word == "ب" and k + 1 < first and ctx.folded[k + 1] in EVENT_NOUNS:
            return True
        bare = word[2:] if word.startswith("وب") else word[1:] if word.startswith("ب") else ""
        if bare in EVENT_NOUNS:
            return True
        if word.startswith("وب"):
            return False
    return False


def _victim(ctx: _Context, cue: Cue, mi: int) -> bool:
    """Whether the actor of mention ``mi`` in the object of a condemnation is the genitive of a noun
    of harm right before it (ندد بـ«استمرار سجن رئيسها»، أدان اغتيال الصحافي): the one harmed,
    not the one the condemnation blames; a genitive followed by ل is the harm's agent (أدان
    اعتقال الشرطة للصحافيين).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ونددت حركة النهضة بـ«استمرار سجن رئيسها راشد الغنوشي».")
    []
    """
    first, last = int(ctx.mentions[mi]["first_token"]), int(ctx.mentions[mi]["last_token"])
    if cue.sign > 0 or first == 0 or ctx.folded[first - 1] not in VICTIM_NOUNS or _break_between(ctx.doc, first - 1, first):
        return False
    following = ctx.folded[last + 1] if last + 1 < len(ctx.folded) else ""
    return not (following.startswith("ل") and not _break_between(ctx.doc, last, last + 1))


def _object_steps(ctx: _Context, cue: Cue, bounds: tuple[int, int], start: int | None) -> Iterator[int]:
    """The tokens a speech act's object may take: after the act in its clause, or from token
    ``start`` on when the object opens past a comma (see :func:`_apposed_subject`)."""
    limit = MAX_OBJECT + MAX_NAME
    if start is None:
        return iter(_steps_after(ctx, cue.last, bounds, limit))
    return chain([start], _steps_after(ctx, start, bounds, limit - 1))


def _naming_phrase(ctx: _Context, j: int) -> int:
    """The last token of a phrase of naming that opens at token ``j``, else -1 (بما وصفه، بما سمّته، with a
    ب set apart after it): it only says the words that follow are the speaker's, so a speech
    act's object runs on through it (ندد بما وصفه بـ«العمليات غير القانونية» التي ينفذها خفر
    السواحل -> the coast guard).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وندد ماكرون بما وصفه بـ«العمليات غير المسؤولة والخطيرة» التي تنفذها روسيا.")[0]
    ('Emmanuel Macron', 'Russia', 'negative', 'ندد')
    """
    if ctx.folded[j] not in NAMING_RELATIVES or j + 1 >= len(ctx.folded) or ctx.folded[j + 1] not in NAMING_VERBS \
            or _break_between(ctx.doc, j, j + 1):
        return -1
    return j + 2 if j + 2 < len(ctx.folded) and ctx.folded[j + 2] == "ب" else j + 1


def audience_phrase(ctx: _Context, j: int) -> int:
    """The last token of the actor a word of audience (the file's class ``audience_words``: أمام،
    بحضور) at token ``j`` puts before the speaker (the noun after it, or its demonym), else -1: a speech act's object runs on past the
    one it is said before (أشاد الرئيس أمام نظيره الروسي بالعلاقات المتميزة evaluates no actor).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأشاد الرئيس أمام نظيره الروسي بالعلاقات المتميزة.")
    []
    >>> [row[1] for row in evaluations("وأشاد بوتين أمام الصحافيين بشجاعة ترامب.") if row[3] == "أشاد"]
    ['Donald Trump']
    """
    if ctx.folded[j] not in AUDIENCE_WORDS:
        return -1
    for k in (j + 1, j + 2):  # أمام البرلمان، أمام نظيره الروسي: the noun, or its demonym after it
        mi = _mention_after(ctx, k) if k < len(ctx.folded) and not _break_between(ctx.doc, j, k) else None
        if mi is not None:
            return int(ctx.mentions[mi]["last_token"])
    return -1


def _object_relative(cue: Cue, j: int) -> int | None:
    """The relative pronoun at token ``j`` when it qualifies the object of a speech act (أشاد بالجهود
    التي بذلتها قطر); one right after the act qualifies the act itself, whose subject is its
    performer, not its object (يوم الشكر الذي أعلنه الرئيس)."""
    return j if j > cue.last + 1 else None


def _joined_to_and(ctx: _Context, cue: Cue, mi: int | None, j: int) -> bool:
    """Whether the mention at token ``j`` right after a speech act carries و before it: an object
    never opens with و, so the actor opens a new clause (حماس ترحب وتل أبيب تهاجم البيان).

    >>> from framing.sentiment.roles import evaluations
    >>> [target for _, target, _, _ in evaluations("حماس ترحب وتل أبيب تهاجم البيان الختامي")]
    []
    """
    if mi is None or j != cue.last + 1:
        return False
    prefix = ctx.doc.text[ctx.doc.tokens[j].start : int(ctx.mentions[mi]["start"])]
    return prefix in ("و", "ف")


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
    apposed = _apposed_subject(ctx, cue, bounds)
    scan = _scan_object(ctx, cue, bounds, None if apposed is None else apposed[1])
    if scan.pronoun:
        return None, _antecedent(ctx, _clause_start(ctx, cue.first), ctx.sentence_bounds(cue)), None
    evaluator, found = _split_subject(ctx, cue, scan, bounds) if apposed is None else (apposed[0], scan.found)
    found = _member_named(ctx, found)
    if found:
        return evaluator, _with_coordinated(ctx, found[0], bounds), scan.inner
    return evaluator, _object_past_scan(ctx, cue, scan, bounds), scan.inner


def _object_past_scan(ctx: _Context, cue: Cue, scan: _ObjectScan, bounds: tuple[int, int]) -> list[int]:
    """The object of a speech act whose scan met no actor: the subject of the relative clause that
    qualifies it (أشاد بالجهود التي بذلتها قطر، بالنضج الذي أبان عنه الوفد), the author of the attack
    it names (الهجمات التي تشنها روسيا, else the attack reported before), or the one "what he did"
    refers back to (مشيداً بما قدمه من «...»: see :func:`_what_he_did`)."""
    if scan.relative is not None:
        return _relative_subject(ctx, scan.relative, bounds, owner=cue.sign > 0)
    if scan.attack is not None:
        relative = next((k for k in _steps_after(ctx, scan.attack, bounds, 2) if ctx.folded[k] in RELATIVES), None)
        return (relative is not None and _relative_subject(ctx, relative, bounds)) or _attacker(ctx, scan.attack)
    return _what_he_did(ctx, cue)


def _what_words(ctx: _Context, j: int) -> list[str]:
    """The words between بما at token ``j`` and the من that opens what it names (عرف عنه), in its
    clause and naming no actor; none when no such من follows within :data:`MAX_WHAT_DONE` words."""
    words: list[str] = []
    for k in range(j + 1, min(j + 1 + MAX_WHAT_DONE, len(ctx.folded))):
        if _break_between(ctx.doc, k - 1, k) or k in ctx.at_token:
            return []
        if ctx.folded[k] == FROM:
            return words
        words.append(ctx.folded[k])
    return []


FROM = "من"
MAX_WHAT_DONE = 3  # words from بما to the من of its merit (بما عرف عنه من، بما قدمه من)


def _what_he_did(ctx: _Context, cue: Cue) -> list[int]:
    """The actor a praise of "what he did" refers back to, when the act is followed by بما or لما, a
    verb or preposition carrying a pronoun and من with the merit (مشيداً بما قدمه من «...»، بما عُرف
    عنه من «حكمة»), and names no actor: the latest actor before the act in its sentence other than
    the praiser, the subject that opens the sentence (أعرب السيسي عن تهانيه للبابا، مشيداً بما عرف
    عنه من ... -> the pope). A verb with no pronoun (بما تحقق من تقدم) refers to no one.

    >>> from framing.sentiment.roles import evaluations
    >>> t = 'أعرب الرئيس عبد الفتاح السيسي عن تهانيه للبابا ليو الرابع عشر، مشيداً بما عرف عنه من "حكمة وتواضع".'
    >>> [(t, c) for _, t, _, c in evaluations(t)]
    [('Pope Leo XIV', 'تهانيه'), ('Pope Leo XIV', 'مشيداً')]
    >>> evaluations('التقى ماكرون بوتين، مشيداً بما تحقق من "تقدم".')
    []
    """
    j = cue.last + 1
    if cue.sign < 0 or j >= len(ctx.folded) or ctx.folded[j] not in NAMING_RELATIVES or _break_between(ctx.doc, cue.last, j):
        return []
    if not any(w.endswith(tuple(ENCLITIC_PRONOUNS)) for w in _what_words(ctx, j)):
        return []
    first = ctx.sentence_bounds(cue)[0]
    before = [mi for mi, m in enumerate(ctx.mentions) if first <= m["first_token"] and m["last_token"] < cue.first]
    if not before:
        return []
    opener = ctx.mentions[before[0]]["actor_id"]
    others = [mi for mi in before if ctx.mentions[mi]["actor_id"] != opener]
    return others[-1:]


def _possessive_object(ctx: _Context, cue: Cue, evaluator: list[int] | None) -> list[int]:
    """The actor a speech act's object stands for when it is the head of a body with a possessive
    pronoun (اتهم مسؤولون فلسطينيون حكومته بعرقلة ...، انتقد قيادتها): the one the pronoun refers
    back to, the subject of the clauses before the act (see :func:`_antecedent`), not the act's own
    subject.

    >>> from framing.sentiment.roles import evaluations
    >>> [t for _, t, _, c in evaluations("وزار نتنياهو واشنطن أمس، في وقت يتهم فيه مسؤولون فلسطينيون حكومته بعرقلة إدخال المساعدات.") if c == "يتهم"]
    ['Benjamin Netanyahu']
    """
    j = cue.last + 1 if not evaluator else int(ctx.mentions[evaluator[-1]]["last_token"]) + 1
    if j >= len(ctx.folded) or _break_between(ctx.doc, j - 1, j) or j in ctx.at_token:
        return []
    if not _possessed_head(ctx.folded[j]):
        return []
    own = {ctx.mentions[mi]["actor_id"] for mi in evaluator or ()}
    found = _antecedent(ctx, cue.first, ctx.sentence_bounds(cue))
    return [mi for mi in found if ctx.mentions[mi]["actor_id"] not in own]


def _possessed_head(word: str) -> bool:
    """Whether a folded word is the head of a body with a possessive pronoun (حكومته، قيادتها،
    نظامه، قواتهم).

    >>> [_possessed_head(fold(w)) for w in ("حكومته", "قيادتها", "قواتهم", "حكومة", "جهوده")]
    [True, True, True, False, False]
    """
    for suffix in sorted(ENCLITIC_PRONOUNS, key=len, reverse=True):
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) > 2:
            return base in TRANSPARENT_HEADS or (base.endswith("ت") and base[:-1] + "ه" in TRANSPARENT_HEADS)
    return False


def _apposed_subject(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> tuple[list[int], int] | None:
    """(subject, first token of the object) of a speech act whose subject right after it is
    followed by words set off by commas, its name again or a prepositional phrase (ندد رئيس
    الجمعية، فلان، بما وصفه بـ...؛ أشادت السفيرة، بعد لقائها سلام، بـ...): the object comes after
    the last comma, which does not end the act's clause, when an object opens there.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وندد وزير الخارجية الفرنسي، جان نويل بارو، بالعدوان الروسي.")[0][:2]
    ('Jean-Noël Barrot', 'Russia')
    >>> evaluations("وأشاد ماكرون، خلال لقائه زيلينسكي في باريس، بالحكمة التي أبداها بوتين.")[0][:2]
    ('Emmanuel Macron', 'Vladimir Putin')
    """
    k = cue.last + 1
    subject = _mention_after(ctx, k) if k <= bounds[1] and not _break_between(ctx.doc, cue.last, k) else None
    if subject is None:
        subject = styled_subject(ctx, cue, bounds)
    if subject is None or ctx.mentions[subject]["governed"]:
        return None
    end = int(ctx.mentions[subject]["last_token"])
    inserted = 0
    while inserted < 2 and (following := _set_off(ctx, subject, end, bounds)) is not None:
        end, inserted = following, inserted + 1
    if not inserted or not _comma_after(ctx, end, bounds) or not _opens_object(ctx, end + 1) \
            or _charge_follows(ctx, cue, end, bounds, across=True):
        return None  # شكر الشيخ تميم، أمير قطر، على ...: the one thanked, then his merit
    return [subject], end + 1


MAX_PARENTHESIS = 6  # words of a prepositional phrase set off by commas after a speech act's subject
MAX_STYLES = 4  # words of styles of address and titles before the name of a speech act's subject


def styled_subject(ctx: _Context, cue: Cue, bounds: tuple[int, int]) -> int | None:
    """The mention of the name that follows a speech act past styles of address and titles
    (:func:`_styled`: فضيلة الإمام الأكبر الدكتور أحمد الطيب), in the act's clause, else ``None``:
    the styles belong to the subject, so an apposition set off by commas may follow it before the
    object (هنأ فضيلة الإمام الأكبر أحمد الطيب، شيخ الأزهر، البابا ليو الرابع عشر -> the Pope).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("بدوره، هنأ فضيلة الإمام الأكبر أحمد الطيب، شيخ الأزهر الشريف، البابا ليو الرابع عشر بانتخابه.")
    [('Ahmed el-Tayeb', 'Pope Leo XIV', 'positive', 'هنأ')]
    """
    lead = cue.last + 1
    for k in range(lead + 1, min(lead + MAX_STYLES, bounds[1]) + 1):
        if _break_between(ctx.doc, k - 1, k):
            return None
        mi = ctx.at_token.get(k)
        if mi is not None:
            styles = all(ctx.folded[x] in HONORIFIC_STYLES for x in range(lead, k))  # فضيلة الإمام الأكبر أحمد الطيب
            found = int(ctx.mentions[mi]["first_token"]) == k and (styles or _styled(ctx, lead, k))
            return mi if found else None
    return None


def _comma_after(ctx: _Context, j: int, bounds: tuple[int, int]) -> bool:
    """Whether a comma, and only a comma, stands between token ``j`` and the next one in bounds."""
    if j + 1 > bounds[1] or j + 1 >= len(ctx.doc.tokens):
        return False
    return ctx.doc.text[ctx.doc.tokens[j].end : ctx.doc.tokens[j + 1].start].strip() == "،"


def _set_off(ctx: _Context, subject: int, last: int, bounds: tuple[int, int]) -> int | None:
    """The last token of the words set off by a comma after token ``last``: the subject's name
    again (رئيس الجمعية، محمد أمين أوزتورك), or a prepositional phrase of a few words up to the next
    break (، في مؤتمر صحافي،  ، بعد لقائها سلام،); ``None`` for anything else."""
    if not _comma_after(ctx, last, bounds):
        return None
    j = last + 1
    again = _mention_after(ctx, j)
    if again is not None:
        same = ctx.mentions[again]["actor_id"] == ctx.mentions[subject]["actor_id"]
        return int(ctx.mentions[again]["last_token"]) if same else None
    if ctx.folded[j] not in PREPOSITIONS:
        return None
    phrase = [j, *_steps_after(ctx, j, bounds, MAX_PARENTHESIS)]
    return phrase[-1] if len(phrase) <= MAX_PARENTHESIS else None


def _opens_object(ctx: _Context, j: int) -> bool:
    """Whether the word at token ``j`` can open a speech act's object: an actor, a ب or على phrase
    (بما وصفه، بالعدوان، بـ«…»، على جهوده) or a definite noun."""
    word = ctx.folded[j]
    return j in ctx.at_token or (word[:1] == "ب" and word not in PREPOSITIONS) or word == "علي" or word.startswith("ال")


def _member_named(ctx: _Context, found: list[int]) -> list[int]:
    """The actors of a speech act's object, with a group named after a preposition of membership
    and the person named right after it (a title or style may come between) replaced by that
    person: the noun before the preposition (شريكي، زميله، نظيره) stands for him, the group only
    places him (أتوجه بالشكر إلى شريكي في حلف الناتو الرئيس ماكرون -> Macron).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأتوجه بالشكر إلى زميلي في حلف الناتو الرئيس ماكرون على جهوده.")[0][1]
    'Emmanuel Macron'
    """
    if len(found) < 2:
        return found
    group, person = ctx.mentions[found[0]], ctx.mentions[found[1]]
    k, last = int(group["first_token"]), int(group["last_token"])
    if k == 0 or ctx.folded[k - 1] not in MEMBERSHIP_PREPOSITIONS or person.get("actor_type") != "person" \
            or _break_between(ctx.doc, last, int(person["first_token"])) \
            or not _styled(ctx, last + 1, int(person["first_token"])):
        return found
    return found[1:]


def _participle(word: str) -> bool:
    """An active participle in the accusative (متهماً، مشيداً، منتقداً): its subject is the clause's
    before it, so an actor right after it is its object (متهماً ميليشيا الحوثي بـ...).

    >>> from framing.text import fold
    >>> [_participle(fold(w)) for w in ("متهماً", "مشيدا", "اتهم", "ممثلا")]
    [True, True, False, True]
    """
    return len(word) >= 5 and word.startswith("م") and word.endswith("ا") and not word.endswith("وا")


def _split_subject(ctx: _Context, cue: Cue, scan: _ObjectScan, bounds: tuple[int, int]) -> tuple[list[int] | None, list[int]]:
    """(subject, object actors) of the actors after a speech act: the first is its subject when it
    stands right after the verb and an object follows it."""
    found = scan.found
    titled = _subject_in_phrase(ctx, cue, found, bounds)
    if titled is not None:
        return titled
    if not found or not _may_be_subject(ctx, cue, ctx.mentions[found[0]], bounds, found):
        return None, found
    group = _with_coordinated(ctx, found[0], bounds)
    own = {ctx.mentions[mi]["actor_id"] for mi in group}  # and its abbreviation: بعثة الأمم المتحدة (يونامي)
    rest = [mi for mi in found if mi not in group and ctx.mentions[mi]["actor_id"] not in own]
    if _charge_follows(ctx, cue, ctx.mentions[group[-1]]["last_token"], bounds):
        return None, found  # اتهمت «إيكواس» بالخضوع لنفوذ فرنسا: the one accused, then the charge
    follows = scan.inner is not None or scan.relative is not None or scan.attack is not None
    if rest or follows or _object_follows(ctx, _name_end(ctx, group, own), bounds):
        return group, rest
    return None, found


def _titled_subject(ctx: _Context, cue: Cue, found: list[int], bounds: tuple[int, int]) -> tuple[list[int], list[int]] | None:
    """(subject, object actors) when a finite act is followed by its subject's title that names an
    organisation or a state, then his name (أشاد النائب بمجلس نواب الشعب سفيان العوني بـ...، أشادت
    المتحدثة باسم الخارجية الروسية ماريا زاخاروفا بـ...): the person is the subject, and the
    organisation of his title is no object; ``None`` when the words after the act are not so.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأشادت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا بالدور الذي تقوم به قطر.", date="2025-09-04")
    [('Maria Zakharova', 'Qatar', 'positive', 'أشادت')]
    """
    if len(found) < 2 or _participle(ctx.folded[cue.cue_first]):
        return None
    office, person = ctx.mentions[found[0]], ctx.mentions[found[1]]
    start = cue.last + 1
    if person.get("actor_type") != "person" or office.get("actor_type") == "person" \
            or int(person["first_token"]) != int(office["last_token"]) + 1 \
            or not 1 <= int(office["first_token"]) - start <= 2 or ctx.folded[start] not in role_heads() \
            or any(_break_between(ctx.doc, k, k + 1) for k in range(cue.last, int(person["first_token"]))):
        return None
    if _subject_before(ctx, cue, bounds, exclude=found):
        return None
    return [found[1]], [mi for mi in found[2:] if ctx.mentions[mi]["actor_id"] != person["actor_id"]]


def _subject_in_phrase(ctx: _Context, cue: Cue, found: list[int], bounds: tuple[int, int]) -> tuple[list[int], list[int]] | None:
    """(subject, object actors) when the words right after a speech act name its subject with the
    body or state he stands for: a title, the body and a name; a title and باسم; a demonym after
    the act's noun. ``None`` otherwise."""
    return (_titled_subject(ctx, cue, found, bounds) or _spokesman_subject(ctx, cue, found)
            or _author_adjective(ctx, cue, found, bounds))


def _spokesman_subject(ctx: _Context, cue: Cue, found: list[int]) -> tuple[list[int], list[int]] | None:
    """(subject, object actors) when a finite act is followed by a title and باسم, the body its
    holder speaks for (رحب المتحدث باسم وزارة الخارجية العراقية بالاتفاق، ندد الناطق الرسمي باسم
    الحكومة بـ...): that body speaks through him, so it is the act's subject, never its object;
    ``None`` when the words after the act are not so.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ورحب المتحدث باسم وزارة الخارجية العراقية بالاتفاق.")
    []
    >>> evaluations("وندد المتحدث باسم الخارجية الإيرانية بالعدوان الإسرائيلي.")[0][:3]
    ('Iran', 'Israel', 'negative')
    """
    if not found or _participle(ctx.folded[cue.cue_first]):
        return None
    start = cue.last + 1
    titled = int(ctx.mentions[found[0]]["first_token"]) == start and len(found) > 1  # المتحدث, a person named before
    office = ctx.mentions[found[1] if titled else found[0]]
    if not _on_behalf_of(ctx, start, office):
        return None
    rest = found[2:] if titled else found[1:]
    return [found[0]], [mi for mi in rest if ctx.mentions[mi]["actor_id"] != office["actor_id"]]


def _on_behalf_of(ctx: _Context, start: int, office: dict) -> bool:
    """Whether the words from token ``start`` are a title, perhaps an adjective, باسم and the body
    of the mention ``office`` within three words (المتحدث الرسمي باسم وزارة الخارجية العراقية)."""
    first = int(office["first_token"])
    on_behalf = [k for k in (start + 1, start + 2) if k < first and ctx.folded[k] in ON_BEHALF_WORDS]
    return (office.get("actor_type") != "person" and bool(on_behalf) and first - on_behalf[0] <= 3
            and ctx.folded[start] in role_heads()
            and not any(_break_between(ctx.doc, k, k + 1) for k in range(start - 1, first)))


def _author_adjective(ctx: _Context, cue: Cue, found: list[int],
                      bounds: tuple[int, int]) -> tuple[list[int], list[int]] | None:
    """(subject, object actors) when the definite noun of a speech act is followed by a demonym, its
    adjective (نفى الاتهامات الهندية، الانتقادات الأوروبية للحكومة): the demonym names who accuses or
    criticises, not whom; ``None`` when no demonym stands right after the noun. So does an
    indefinite demonym after an indefinite noun (ترحيب أفريقي، إدانة أوروبية للهجوم).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("ونفى وزير الخارجية الباكستاني إسحاق دار الاتهامات الهندية.")
    []
    >>> evaluations("ترحيب أفريقي بفوز المرشح.")
    []

    Demonyms coordinated with it name authors too (ترحيب أممي وأمريكي بالاتفاق).

    >>> evaluations("ترحيب أوروبي وأمريكي بالاتفاق")
    []
    """
    if not found:
        return None
    author = ctx.mentions[found[0]]
    if author.get("form") != "demonym" or int(author["first_token"]) != cue.last + 1 \
            or _break_between(ctx.doc, cue.last, cue.last + 1):
        return None
    if not cue.definite and ctx.folded[cue.last + 1].startswith("ال"):
        return None  # an indefinite noun takes an indefinite adjective: ترحيب أفريقي، إدانة أوروبية
    authors = [mi for mi in _with_coordinated(ctx, found[0], bounds) if ctx.mentions[mi].get("form") == "demonym"]
    own = {ctx.mentions[mi]["actor_id"] for mi in authors}
    return authors, [mi for mi in found[1:] if ctx.mentions[mi]["actor_id"] not in own]


def _charge_follows(ctx: _Context, cue: Cue, last: int, bounds: tuple[int, int], across: bool = False) -> bool:
    """Whether the ب or على complement of an act of accusing or thanking opens right after token
    ``last`` (``across`` a comma, after an apposition): these acts take their object first and the
    charge or the merit after it (اتهم X بالمماطلة، شكر X على جهوده), so the actor before the
    complement is the object, not the subject.

    >>> from framing.sentiment.roles import evaluations
    >>> [target for _, target, _, _ in evaluations("وكانت الدول الثلاث قد اتهمت «إيكواس» بالخضوع لنفوذ فرنسا.")]
    ['Economic Community of West African States']
    """
    j = last + 1
    if cue.category not in SECOND_COMPLEMENT_CATEGORIES or j > bounds[1] or j >= len(ctx.doc.tokens) \
            or (_break_between(ctx.doc, last, j) and not across):
        return False
    word = ctx.folded[j]
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return bare == "علي" or (bare[:1] == "ب" and j not in ctx.at_token and bare not in PREPOSITIONS)


def _may_be_subject(ctx: _Context, cue: Cue, first: dict, bounds: tuple[int, int], found: list[int]) -> bool:
    """Whether the first actor after a speech act can be its subject: it stands right after the verb
    (or after a title: اتهم الرئيس الكولومبي ...), behind no preposition, after a finite verb (not a
    participle, whose subject is the clause's before it), and no subject stands before the verb
    (وكان روبيو قد اتهم كاراكاس بـ...). A verb in the first person has its subject in it (نشكر مصر
    رئيساً وشعباً: we thank Egypt), unless it is spelt like a perfect (انتقد تحالف «أرمينيا» ...).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('وقال دمير: "نشكر مصر رئيساً وشعباً على حفاوة الاستقبال".')[0][1:]
    ('Egypt', 'positive', 'نشكر')
    """
    start = first["first_token"]
    verb = ctx.folded[cue.cue_first]
    verb = verb[1:] if verb[:1] in "وف" and verb[1:] in FIRST_PERSON_ACTS else verb
    if verb in FIRST_PERSON_ACTS and verb not in FIRST_PERSON_HOMOGRAPHS:
        return False
    if not (_styled(ctx, _subject_lead(ctx, cue), start) or _qualified_subject(ctx, cue, first)) or first["governed"] \
            or _participle(ctx.folded[cue.last]):
        return False
    return not _subject_before(ctx, cue, bounds, exclude=found)


def _qualified_subject(ctx: _Context, cue: Cue, first: dict) -> bool:
    """Whether the first actor after a speech act is a demonym qualifying the indefinite noun right
    after the verb, past its indefinite adjectives, not in the accusative (اتهم مسؤولون فلسطينيون
    حكومته، وجهت مصادر أوروبية، رحبت منظمات حقوقية سودانية): the noun phrase is the subject; an accusative plural is the object (اتهم مسؤولين فلسطينيين).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("واتهم مسؤولون فلسطينيون حكومة نتنياهو بعرقلة إدخال المساعدات.")[0][1:3]
    ('Benjamin Netanyahu', 'negative')
    >>> evaluations("ورحبت منظمات حقوقية سودانية بمثول الإمارات أمام المحكمة.")
    []
    """
    lead = _subject_lead(ctx, cue)
    noun, start = ctx.folded[lead], int(first["first_token"])
    if first.get("form") != "demonym" or noun in PREPOSITIONS or _break_between(ctx.doc, cue.last, start):
        return False
    if lead < start <= lead + 3 and not noun.startswith("ال") and not noun.endswith("ين"):
        between = ctx.folded[lead:start + 1]  # منظمات حقوقية سودانية: no word of it definite or a preposition
        return not any(w.startswith("ال") or w in PREPOSITIONS for w in between)
    return _agreeing_head(ctx, cue, start)


def _subject_lead(ctx: _Context, cue: Cue) -> int:
    """The token where a speech act's subject may open: right after the verb, or past a preposition
    with a pronoun that points back to the clause's noun (في وقت يتهم فيه مسؤولون فلسطينيون حكومته
    بعرقلة ...: the officials accuse, the government is accused).

    >>> from framing.sentiment.roles import evaluations
    >>> [t for _, t, _, c in evaluations("في وقت يتهم فيه مسؤولون فلسطينيون حكومة نتنياهو بعرقلة إدخال المساعدات.") if c == "يتهم"]
    ['Benjamin Netanyahu']
    """
    lead = cue.last + 1
    if lead + 1 < len(ctx.folded) and ctx.folded[lead] in RESUMPTIVE_PRONOUNS and not _break_between(ctx.doc, cue.last, lead + 1):
        return lead + 1
    return lead


def _agreeing_head(ctx: _Context, cue: Cue, start: int) -> bool:
    """Whether one or two definite words between a feminine finite verb and a feminine definite
    demonym at token ``start`` are the head it qualifies, and the verb agrees with it (أشادت
    الحكومة المصرية بـ...، أدانت وزارة الخارجية القطرية ...): the noun phrase is the verb's subject.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وأشادت الحكومة المصرية بموقف الرئيس ترامب.")[0][:3]
    ('Egypt', 'Donald Trump', 'positive')
    """
    verb, demonym = ctx.folded[cue.last], ctx.folded[start]
    between = [ctx.folded[k] for k in range(cue.last + 1, start)]
    feminine_verb = verb.endswith("ت") or (verb.startswith("ت") and not cue.definite)
    return (1 <= len(between) <= 2 and feminine_verb and demonym.startswith("ال") and demonym.endswith("ه")
            and between[-1].startswith("ال") and between[0].endswith("ه"))


def _styled(ctx: _Context, first: int, start: int) -> bool:
    """Whether the words from token ``first`` up to an actor's name at ``start`` are nothing, one
    title (اتهم الرئيس الكولومبي ...), or styles of address with a title among them (هنأ صاحب
    السمو الشيخ محمد بن زايد، هنأ فضيلة الإمام الأكبر الدكتور أحمد الطيب): the name is then the
    act's subject when an object follows it.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وفي أبوظبي، هنأ صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة البابا الجديد.")
    []
    """
    between = [ctx.folded[k] for k in range(first, start)]
    if len(between) <= 1:
        return not between or between[0] in role_heads() or between[0] in BODY_HEADS
    return (_titled_office(between) or all(w in BODY_HEADS for w in between)
            or (len(between) <= 4 and all(w in HONORIFIC_STYLES or w in role_heads() for w in between)))


def _titled_office(words: list[str]) -> bool:
    """Whether two words before a name are a title in the construct state and its definite
    genitive, the office (هنأ رئيس الوزراء بشر الخصاونة الأردنيين، أشاد وزير الخارجية فلان بـ...):
    the name after them is a speech act's subject, as after a bare title.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وهنأ رئيس الوزراء ماكرون زيلينسكي بنجاح المؤتمر.")[0][:2]
    ('Emmanuel Macron', 'Volodymyr Zelenskyy')
    """
    return len(words) == 2 and words[0] in role_heads() and not words[0].startswith("ال") and words[1].startswith("ال")


def _object_follows(ctx: _Context, last: int, bounds: tuple[int, int]) -> bool:
    """Whether the word after token ``last`` opens an object: a ب phrase (بالحزمة، بـ«الهجمات»: a
    ب set apart before quotation marks) or a definite noun."""
    j = _past_apposition(ctx, last + 1, bounds)
    if j > bounds[1] or j >= len(ctx.doc.tokens) or _break_between(ctx.doc, last, j):
        return False
    word = ctx.folded[j]
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return (bare[:1] == "ب" and (len(bare) > 2 or bare == "ب") and bare not in PREPOSITIONS) or word.startswith("ال") \
        or (_possessed_head(word) and j not in ctx.at_token)


def _name_end(ctx: _Context, group: list[int], own: set[str]) -> int:
    """The last token of a subject's name with the office in apposition to it that names the same
    actor (محمد بن زايد آل نهيان رئيس الدولة)."""
    last = int(ctx.mentions[group[-1]]["last_token"])
    following = ctx.at_token.get(last + 1)
    while following is not None and ctx.mentions[following]["actor_id"] in own \
            and not _break_between(ctx.doc, last, last + 1):
        last = int(ctx.mentions[following]["last_token"])
        following = ctx.at_token.get(last + 1)
    return last


def _past_apposition(ctx: _Context, j: int, bounds: tuple[int, int]) -> int:
    """The token after the office that follows a subject's name at token ``j`` (محمد بن زايد رئيس
    الدولة البابا: the object comes after رئيس الدولة), else ``j``: an indefinite title and its
    definite genitive, no actor among them."""
    if j + 2 > bounds[1] or j + 2 >= len(ctx.doc.tokens) or ctx.folded[j] not in role_heads() \
            or ctx.folded[j].startswith("ال") or not ctx.folded[j + 1].startswith("ال") \
            or j in ctx.at_token or j + 1 in ctx.at_token or _break_between(ctx.doc, j, j + 2):
        return j
    return j + 2


def _partner(ctx: _Context, inner: Cue, bounds: tuple[int, int]) -> list[int]:
    """The actor a praised or blamed object belongs to, after it: the object of مع or بين (أشاد
    بـ«التعاون المثمر» مع المغرب), or the subject of a relative clause (بالدور المحوري الذي يؤديه
    الاتحاد الأفريقي).

    >>> import pandas as pd
    >>> from framing.sentiment import SentimentScorer
    >>> from framing.text import Document
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
            return _relative_subject(ctx, j, bounds, owner=inner.sign > 0)
        if (word in PARTNER_PREPOSITIONS or word in POSSESSIVE_PREPOSITIONS) and j + 1 <= bounds[1]:
            following = _named_after_title(ctx, j + 1, bounds)  # الحس الوطني لدى الرئيس ترامب
            return _with_coordinated(ctx, following, bounds) if following is not None else []
        if _mention_after(ctx, j) is not None:
            return []  # another actor: not the object's owner
    return []


COMPLEMENT_HEAD = 3  # words between على / بـ and a cue in its complement (على جهودها المخلصة)


def _in_complement(ctx: _Context, cue: Cue) -> bool:
    """Whether a cue opens the ب or على complement of what comes before it (متهماً X بـ«المراوغة»،
    شكر X على جهوده المخلصة), or the charge after the responsibility word of a blame (حمّل واشنطن
    مسؤولية تقويض الدبلوماسية), where it names the charge or the merit, not its own agent; a cue of
    an act may head it (متهماً X بارتكاب «انتهاكات ممنهجة»).

    >>> from framing.sentiment import SentimentScorer
    >>> from framing.text import Document
    >>> ctx = SentimentScorer().context(Document("a", "متهماً الحوثيين بالمماطلة", "2025-01-01"), [])
    >>> _in_complement(ctx, ctx.cues[-1])
    True
    """
    word = ctx.folded[cue.cue_first]
    if (word[:1] == "ب" and word[1:3] == "ال") or _after_quoted_complement(ctx, cue.cue_first):
        return True
    for k in range(cue.cue_first - 1, max(cue.cue_first - 1 - COMPLEMENT_HEAD, -1), -1):
        if _break_between(ctx.doc, k, k + 1) or k in ctx.at_token:
            return False
        if ctx.folded[k] in RESPONSIBILITY_NOUNS:
            return True  # مسؤولية تقويض …، المسؤولية الكاملة عن تقويض …
        if ctx.folded[k] in ("ب", "علي") or ((k < cue.cue_first - 1 or k in ctx.cue_at)
                                             and ctx.folded[k].startswith(("علي", "ب"))
                                             and ctx.folded[k] not in ("بين", "بعد")):
            return True  # على جهوده المخلصة، بـ«التعاون المثمر»، بارتكاب «انتهاكات»: a noun may come between
    return False


OPENING_MARKS = "«\"“"


def _after_quoted_complement(ctx: _Context, first: int) -> bool:
    """Whether the quotation opening at token ``first`` comes after و and another quotation that
    opens a ب or على complement: a second charge or merit of the same act (اتهمه بـ«بيع الأرض»
    و«التفريط بالسيادة»).

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations('واتهم ماكرون بوتين بـ"بيع الأرض للأمريكيين" و"التفريط بالسيادة".')[-1]
    ('Emmanuel Macron', 'Vladimir Putin', 'negative', 'التفريط')
    """
    j = first - 1
    if j < 1 or ctx.folded[j] not in ("و", "وب") \
            or not any(m in ctx.doc.text[ctx.doc.tokens[j].end : ctx.doc.tokens[first].start] for m in OPENING_MARKS):
        return False
    for k in range(j - 1, max(j - 1 - MAX_OBJECT, 0), -1):
        if _break_between(ctx.doc, k - 1, k):
            return False
        if any(m in ctx.doc.text[ctx.doc.tokens[k - 1].end : ctx.doc.tokens[k].start] for m in OPENING_MARKS):
            return ctx.folded[k - 1] in ("ب", "علي")  # the opening of the quotation before و
    return False


def _enclosing_act(ctx: _Context, cue: Cue) -> Cue | None:
    """The praise (or condemnation) act whose object holds a ``praised`` cue: the nearest speech-act
    cue of the same polarity before it in its clause (شكراً لأوروبا على هذه الخطوة القوية). An
    actor's name is one step of the way, however long (ووجه الشكر إلى رئيس دولة الإمارات الشيخ محمد
    بن زايد آل نهيان على «دعمه الصادق»).

    >>> from framing.sentiment.roles import evaluations
    >>> t = 'ووجه مدبولي الشكر إلى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان على "دعمه الصادق لمصر".'
    >>> evaluations(t)[-1]
    ('Mostafa Madbouly', 'Mohamed bin Zayed Al Nahyan', 'positive', 'الصادق')
    """
    k, steps = cue.cue_first - 1, 0
    while k >= 0 and steps < MAX_AFTER * 2:
        if _break_between(ctx.doc, k, k + 1):
            named = _apposition_before(ctx, k)
            if named is None:
                return None
            k = named  # شكر الشيخ تميم، أمير دولة قطر، على «الحكمة»: past the apposition
        act = ctx.cue_at.get(k)
        steps += 1
        k = _name_start(ctx, k) - 1
        if act is not None and act.sign == cue.sign and (act.target == "object" or act.category == "gratitude"):
            return act  # شكر، أشاد بـ، اتهم؛ أعرب عن امتنانه لآبي على ...
    return None


def _name_start(ctx: _Context, k: int) -> int:
    """The first token of the actor's name that covers token ``k`` (``k`` itself if none does)."""
    mi = ctx.at_token.get(k)
    return int(ctx.mentions[mi]["first_token"]) if mi is not None and k not in ctx.cue_at else k


def _apposition_before(ctx: _Context, k: int) -> int | None:
    """The last token of an actor's name followed by its apposition set off by commas, the
    apposition ending at token ``k`` (تميم بن حمد، أمير دولة قطر،): the two name one actor, so the
    commas do not end the clause around them.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وشكر ماكرون، رئيس فرنسا، على «الحكمة والمسؤولية».")[-1][1:]
    ('Emmanuel Macron', 'positive', 'الحكمة')
    """
    second = ctx.at_token.get(k)
    if second is None or ctx.mentions[second]["last_token"] != k:
        return None
    first_token = int(ctx.mentions[second]["first_token"])
    first = ctx.at_token.get(first_token - 1) if first_token > 0 else None
    if first is None or ctx.mentions[first]["actor_id"] != ctx.mentions[second]["actor_id"]:
        return None
    gap = ctx.doc.text[ctx.doc.tokens[first_token - 1].end : ctx.doc.tokens[first_token].start]
    return first_token - 1 if gap.strip() == "،" else None


def _nested_speaker(ctx: _Context, cue: Cue, bounds: tuple[int, int], reporting_verbs: set[str]) -> dict | None:
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


def _discredited_speaker(ctx: _Context, cue: Cue, quote: QuoteSpan | None, source: str,
                         source_type: str) -> list[tuple[str, str, str]]:
    """A charge of deception with no actor in its clause («هراء»، أكاذيب) is aimed at the claims
    reported just before it: the speaker of the previous quote, in the same or the previous
    sentence, when that is an actor other than the one who makes the charge."""
    previous = ctx.quote_before(quote.start if quote is not None else cue.start, max_sentences=1)
    if previous is None or previous[2] == source or previous[2] not in ctx.actor_ids:
        return []
    return [(previous[2], source, source_type)]
