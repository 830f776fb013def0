"""Words and limits of the sentiment rules."""

from __future__ import annotations

from functools import lru_cache

from ..actors import SPEAKER_TYPE_OF_ACTOR
from ..lexicon import read_tsv
from ..text import fold
from ..words import word_class

SENTIMENT_COLUMNS = ["article_id", "source_id", "source_type", "target_id", "polarity", "score", "cue", "start", "end",
                     "sentence_id", "sentence", "method"]
POLARITIES = {"positive", "negative"}
TARGET_ROLES = {"agent", "about", "object", "any", "label", "praised", "claimant", "slot", "holder", "helper", "doer",
                "patient"}
# Verbs of considering: in «الحلف يعدّ روسيا عدواً» the enmity is the subject's (role holder).
CONSIDERING_VERBS = {
    fold(w) for w in (
    "يعد", "تعد", "يعدون", "عد", "عدت", "عدوا", "يعتبر", "تعتبر", "يعتبرون", "اعتبر", "اعتبرت", "اعتبروا", "يرى", "ترى",
    "يرون", "رأى", "رأت")
}
# An entry word that stands for one actor mention of one to MAX_SLOT words (جرت <actor> أقدامها), or
# for a verb's subject and object (حمّل أوزتورك الحكومة اليونانية المسؤولية).
SLOT = "<actor>"
MAX_SLOT = 8  # a subject of up to four words and an object (حمّل زعيم المعارضة يائير لابيد حكومة بنيامين نتنياهو مسؤولية)
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
VICTIM_NOUNS = word_class("victim_nouns")  # سجن X: X is the harm's victim
RESPONSIBILITY_NOUNS = word_class("responsibility_nouns")  # the charge of حمّل X المسؤولية عن …
RELATIVES = word_class("relative_pronouns")
SINGULAR_RELATIVES = word_class("singular_relatives")  # qualify one noun, not a coordination
UNITY_GOALS = word_class("unity_goals")  # حرصها على وحدة الصف: unity as a goal, not found
EMPHATIC_SELF = word_class("emphatic_self")  # الجدار نفسه الذي: the noun the relative qualifies is before it
# A complementizer or a conjunction carrying the subject as a pronoun (أنها لا تريد السلام، لأنه ينتهك):
# the pronoun stands for the subject of the clause that governs it.
PRONOUN_SUBJECTS = word_class("pronoun_subjects")
# "What he called" (بما وصفه بـ«...»، بما سمّته): the speaker's naming of the merit or charge that
# follows an act of praise or blame.
NAMING_RELATIVES = word_class("naming_relatives")
NAMING_VERBS = word_class("naming_verbs")
# The verbs of describing (وصف، يصف، واصفاً), read by framing.sentiment.anaphora.describing_verb.
DESCRIBING_VERBS = word_class("describing_verbs")
# A particle that stands before verbs only (لم، لن، قد): the cue after it is a verb, whose subject
# is the actor right before the particle (ومصر لم تخذل الصومال).
VERB_PARTICLES = word_class("verb_particles")
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
SPEAKER_QUANTIFIERS = word_class("speaker_quantifiers")  # انتقادات بعض النواب: the senders of the act
# Verbs of continuing whose complement is their subject's conduct (استمر الجانب الروسي في اللعب).
ASPECTUAL_VERBS = {
    fold(w) for w in (
    "استمر", "استمرت", "يستمر", "تستمر", "واصل", "واصلت", "يواصل", "تواصل", "يواصلون", "مضى", "مضت", "يمضي", "تمضي")
}
# Verbs whose complement is the conduct of the actor before them (يلجأ إلى المماطلة، التوقف عن).
CONDUCT_VERBS = word_class("conduct_verbs")
DISPLAY_VERBS = word_class("display_verbs")  # أبدت قدراً كبيراً من الحكمة: the quality is the subject's
DENIAL_VERBS = word_class("denial_verbs")  # نفى أن يكون العراق قد تجاوز حصته: the claim is denied
EXPRESSING_VERBS = word_class("expressing_verbs")  # أعرب عن تقديره: the one who expresses it is the source
MEASURE_NOUNS = word_class("measure_nouns")  # قدراً، الكثير: the measure of a quality shown
# A preposition with a pronoun between a relative clause's verb and its subject (زجّ فيها الحزب).
RESUMPTIVE_PRONOUNS = word_class("resumptive_pronouns")
# A preposition before these names where something was said, not whom it is about (في قول ستارمر).
SPEECH_NOUNS = {fold(w) for w in ("قول", "تصريح", "تصريحات", "كلمة", "حديث", "خطاب", "رسالة", "مقابلة")}
SPEECH_PLACES = word_class("speech_place_prepositions")
# Pronouns of an equational sentence between a subject and a definite predicate (روسيا هي المعتدي).
COPULA_PRONOUNS = word_class("copula_pronouns")
# Kāna and her sisters, and the particles before them (ربما تكون، كان وسيبقى): they join a subject to
# a definite predicate as a copula pronoun does.
COPULA_VERBS = word_class("copula_verbs")
COPULA_PARTICLES = word_class("copula_particles")
CONTINUATION_AFTER_LA = word_class("not_negated_after_la")
# Rejection, condemnation, prevention (رفض الأردن تهجير): the actor before them opposes the harm after them.
REJECTION_WORDS = word_class("rejection_words")
# Verbs of calling on someone (دعا، طالب، حث): a merit in what they ask for praises no one.
CALL_VERBS = word_class("call_verbs")
# Nouns of an outcome whose genitive is what succeeded (نجاح الاستحقاق), and subjects that name no one
# (أخفق فيه آخرون): scorer.outcome_of_a_thing and scorer.generic_subject_after.
OUTCOME_NOUNS = word_class("outcome_nouns")
GENERIC_SUBJECTS = word_class("generic_subjects")
# Nouns of an event that befalls their genitive (انتخاب البابا): speech_acts.event_genitive.
EVENT_NOUNS = word_class("event_nouns")
# معتبراً إياه «شريكاً»: the quality after إياه is said of the actor it points back to.
CONSIDERING_PARTICIPLES = word_class("considering_participles")
AGENT_AFTER_MIN = word_class("agent_after_min")  # من جانب طهران: the agent of the act before
AGENT_AFTER_ALA = word_class("agent_after_ala")  # على يد قوات الاحتلال: the agent of the act before
ON_BEHALF_WORDS = word_class("on_behalf_words")  # المتحدث باسم الخارجية: the body a spokesman speaks for
CONJUNCTION_AFTER_GHAYR = word_class("not_negated_after_ghayr")  # غير أنه: "however"
DOUBT_NOUNS = word_class("doubt_nouns")  # بلا شك، لا ريب: a booster, not a negation
AFFIRMED_AFTER_NEGATOR = word_class("affirmed_after_negator")  # لم يخفِ خيبته: a litotes, no negation
# A negator reaches a cue past another cue only when a disjunction or و joins them (لم يبد أي جدية
# أو رغبة); else the nearer cue takes it (لن تكون رهينة لابتزاز بوتين).
DISJUNCTIONS = word_class("disjunctions")
# A list after a clause that names no actor specifies its plural subject (الدول التي تجاوزت حصصها، ولا
# سيما العراق وكازاخستان): the last word of the phrase that opens it, within the first words of its clause.
LIST_SPECIFIERS = word_class("list_specifiers")
MAX_SPECIFIER = 3
AUTHOR_ASIDE_OPENERS = word_class("author_aside_openers")  # علماً أن، في إشارة إلى، وذلك غداة: the outlet's gloss
AUTHOR_ASIDE_TIMES = word_class("author_aside_times")  # وذلك غداة، وذلك بعد
PARENTHETICAL_ASIDES = word_class("parenthetical_asides")  # وبغداد، للإنصاف، قامت: the aside between topic and predicate
TOPIC_OPENERS = word_class("topic_openers")  # أما X، فقد ...: X is the topic
SUBJECT_AFTER_OPENERS = word_class("subject_after_openers")  # إذا فشلت الدبلوماسية: the subject follows
FIRST_PERSON_ACTS = word_class("first_person_acts")  # ونحترم سوريا: the speaker is the source
FIRST_PERSON_HOMOGRAPHS = word_class("first_person_homographs")  # أنتقد / انتقد: perhaps a perfect
VERB_HOMOGRAPHS = word_class("verb_homographs")  # وصادق مجلس الأمن: a verb opening its clause
FORBIDDING_MODALS = word_class("forbidding_modals")  # لا يجوز مكافأة المعتدي: no negation of المعتدي
NEGATION_WINDOW = 3  # tokens before a cue where a negator counts
# ... and after أي "any" right before the cue, which a negation earlier in the clause licenses
# (لم يُظهر حتى الآن أي رغبة حقيقية في السلام)
NEGATION_WINDOW_AFTER_ANY = 6
# إخفاقات نظام كييف، عدوان قوات روسيا: a head noun between a cue and its genitive actor, which the
# cue evaluates through it
TRANSPARENT_HEADS = frozenset(fold(p + w) for w in ("نظام", "حكومة", "إدارة", "قوات", "جيش", "سلطات", "قيادة", "شعب",
                                                   "جنود", "عناصر", "مقاتلي", "مقاتلو", "أنصار", "قادة")
                              for p in ("", "ال"))
MAX_AFTER = 6  # tokens scanned after a cue for its target
MAX_OBJECT = 8  # tokens scanned after a speech act for its object (بـ«التعاون المثمر والنموذجي» مع المغرب)
MAX_NAME = 10  # tokens of one actor's name that a scan after a speech act steps over as one
MAX_SUBJECT = 6  # tokens scanned before a cue for its subject
MAX_DESCRIBED = 8  # tokens scanned back from بأنه for the verb of describing (وصف الانتشار العسكري الأمريكي قبالة السواحل بأنه)
MAX_PREP_OBJECT = 4  # tokens after a preposition where its object may stand (إزاء نوايا الرئيس بوتين، غاضب من استمرار بعض الدول الأوروبية)
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
# ... and the class nouns of a state's formal name (المملكة -> المملكة العربية السعودية، السلطنة ->
# سلطنة عمان): the latest state named with it.
STATE_ANAPHOR_HEADS = {fold(w) for w in ("مملكة", "سلطنة")}
# ... and the class nouns of a party's or a movement's name (الحركة -> حركة حماس، الحزب -> حزب الله،
# الجماعة -> جماعة الحوثي، الثنائي -> الثنائي الشيعي): the latest group or organisation named with it.
GROUP_ANAPHOR_HEADS = {fold(w) for w in ("حركة", "حزب", "جماعة", "جبهة", "ثنائي", "تيار")}
# ... and the class nouns of a body's or a force's name (الجيش -> الجيش الكونغولي، القوات -> قوات الدعم
# السريع، الهيئة -> الهيئة العليا المستقلة للانتخابات، المجلس -> المجلس الدستوري): many bodies of one
# article share them (مجلس النواب and المجلس الأعلى للدولة), so they stand for the group or
# organisation named with them only when the article has named one such so far.
BODY_ANAPHOR_HEADS = {fold(w) for w in ("جيش", "قوات", "هيئة", "مجلس")}
# Generic collective nouns (المجموعة لديها تعهد لا يمكن كسره) head no actor's name: they refer back to
# the organisation the article has mentioned most often so far (at least twice; ties: the latest).
COLLECTIVE_ANAPHORS = {fold(w) for w in ("مجموعة", "تكتل")}
# "The two sides" stands for the latest pair of coordinated parties before it (وفدين روسي وأوكراني،
# بوتين وزيلنسكي): states, groups or organisations, a person standing for the state he belongs to.
# "The two delegations" (ما أبداه الوفدان من جدية) too: the parties that sent them. Not "the two
# countries" (البلدين): it names a pair as often outside a negotiation (هنأ البلدين after thanking
# Iraq and Oman), so the latest pair is not its antecedent often enough.
DUAL_ANAPHORS = frozenset(fold(w) for w in ("الطرفين", "الطرفان", "الجانبين", "الجانبان", "الوفدين", "الوفدان"))
COUNTED_STATE_NOUNS = frozenset(fold(w) for w in word_class("counted_state_nouns"))  # الدول الثلاث، البلدان الأربعة
# "The two leaders" stands for the latest pair of coordinated persons before it, each himself
# (أشاد بشجاعة الزعيمين after الرئيس الصومالي ... ورئيس الوزراء الإثيوبي ...).
PERSON_DUAL_ANAPHORS = word_class("person_dual_anaphors")
# "His counterpart" with a demonym stands for the person of that state named before (نظيره الروسي).
COUNTERPART_NOUNS = word_class("counterpart_nouns")
SIDE_NOUNS = frozenset(fold(w) for w in word_class("side_nouns"))
# After a cue, these mark its possessor (الإرادة الجادة لدى الطرفين، ترامب لديه رغبة صادقة)...
POSSESSIVE_PREPOSITIONS = word_class("possessive_prepositions")
# ...and these, after a word of unity or division, the group it is about (إجماع كامل داخل التحالف).
WITHIN_PREPOSITIONS = word_class("group_prepositions")
MEMBERSHIP_PREPOSITIONS = word_class("membership_prepositions")
MEMBER_NOUNS = word_class("member_nouns")  # عناصر من X: X acts through its members
PARTITIVE_FROM = fold("من")
# ...and these, after a praised or blamed object, the actor it belongs to (التعاون المثمر مع المغرب).
PARTNER_PREPOSITIONS = word_class("partner_prepositions")
RELATION_PREPOSITIONS = word_class("relation_prepositions")
# Inside a quote, the second person (أشكرك، أنت قائد رائع) evaluates the one addressed, whom the
# vocative (يا ناصر) or the words around the quote name (قال مخاطباً، التفت إلى ... قائلاً، قال لـ).
SECOND_PERSON = word_class("second_person")
SECOND_PERSON_PLURAL = word_class("second_person_plural")
MAJESTY_TITLES = word_class("majesty_titles")
HONORIFIC_STYLES = word_class("honorific_styles")
BODY_HEADS = word_class("body_heads")  # أشادت بعثة الاتحاد الأوروبي بـ: the subject through its head
NOT_SECOND_PERSON = word_class("not_second_person")
PERFECT_PARTICLES = word_class("perfect_particles")
ADDRESSING_WORDS = word_class("addressing_words")
ADDRESSED_BACK = word_class("addressed_back")
VOCATIVES = word_class("vocatives")
# A quote reported by a verb of replying (فرد الخليفي: «وأنت يا صديقي ...») addresses the speaker of the
# quote before it; a country noun with a second-person possessive (بلدكم، شعبك) names the addressee's state.
REPLY_VERBS = word_class("reply_verbs")
SAYING_TO_VERBS = word_class("saying_to_verbs")
SAYING_NOUNS = word_class("saying_nouns")  # نقل عنه قوله لفلان: ... the addressee after ل  # أقول لفلان: ... inside a quote: the addressee
COUNTRY_NOUNS = word_class("country_nouns")
SECOND_PERSON_SUFFIXES = ("ك", "كم", "كما")
RECIPROCAL_CATEGORIES = {"unity", "division"}
# Qualities an actor has (الشجاعة السياسية للرئيس علييف، الحكمة الكبيرة لأمير الكويت): after such a
# definite noun and its adjective, ل marks the one who has them, not the one they are aimed at, as
# it would after a threat or support (التهديد المباشر لأوروبا، الدعم الكامل لأوكرانيا).
POSSESSED_QUALITIES = frozenset({"praise", "resolve", "sincerity"})
# A cue of unity praises a group (the Europeans, an alliance, two sides); of one state or one person
# alone it names territorial integrity or national cohesion (وحدة السودان), not an evaluation.
UNITY_CATEGORIES = frozenset({"unity"})
SINGLE_ACTOR_TYPES = frozenset({"state", "person"})
# Categories of speech acts whose object comes before a ب or على complement naming the charge or
# the merit (اتهم X بالمماطلة، شكر X على جهوده): the actor before that complement is the object.
SECOND_COMPLEMENT_CATEGORIES = {"blame", "gratitude"}
LABEL_STRENGTH = 2.0  # the score of a label's evaluation (a clear evaluation in sentiment.tsv's scale)
# Word classes the rules read, looked up once (framing/data/function_words.toml).
MEDIATION_WORDS = word_class("mediation_words")  # تيسرها، بوساطة: the pair a mediation word precedes mediates
LEADERSHIP_NOUNS = word_class("leadership_nouns")  # القيادة السورية: the head of state it stands for
HEAD_OF_STATE_TITLES = word_class("head_of_state_titles")  # الرئيس، الملك: a head of state's title
ADDRESS_STYLES = word_class("address_styles")  # سيادة الرئيس: a plural of respect
VERB_NOUN_HOMOGRAPHS = word_class("verb_noun_homographs")  # ثمن "price" and ثمّن "appreciated"
VERB_OPENERS = word_class("verb_openers")  # وثمن الرئيس: a verb opens its clause there
RESTATING_PRONOUNS = word_class("restating_pronouns")  # وهو اتهام: the act reported again
QUESTION_PARTICLES = word_class("question_particles")  # هل ستنجح: a merit asked about
WHETHER_PARTICLES = word_class("whether_particles")  # ما إذا كانت ستفي: a merit in doubt
PRAISE_OR_DETER_VERBS = word_class("praise_or_deter_verbs")  # لن يثني اليمن عن: deterred, not praised
AGENT_GROUP_NOUNS = word_class("agent_group_nouns")  # القوات التي دعمتها الإمارات ارتكبت: the head acts
AUDIENCE_WORDS = word_class("audience_words")  # أمام نظيره: the audience of a speech act
SOURCE_TYPES = SPEAKER_TYPE_OF_ACTOR


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """The first words of the roles of ``roles.tsv`` (الرئيس، وزير، زعيم), folded, with and without
    ال: a role between a cue and an actor names that actor (اتهم الرئيس الكولومبي ...، تهديدات
    زعيم الجماعة عبد الملك الحوثي).

    >>> "الرييس" in role_heads() and "زعيم" in role_heads()
    True
    """
    roles = read_tsv("roles.tsv", required=["role"])["role"]
    heads = {fold(str(r).split()[0]) for r in roles if str(r).strip()}
    return frozenset(heads | {"ال" + h for h in heads if not h.startswith("ال")})
