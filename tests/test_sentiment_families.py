"""Families of evaluative words in framing/data/sentiment.tsv: a news sentence in, the evaluation out.

Each family is listed with its inflections and near-synonyms; these tests check one member of each
in a sentence of the genre, and the restrictions that keep a neutral sense out.
"""

from __future__ import annotations

import pandas as pd
import pytest

from framing.actors import find_mentions
from framing.sentiment import find_sentiment, load_sentiment_lexicon
from framing.text import fold

NO_QUOTES = pd.DataFrame(columns=["article_id", "start", "end", "speaker_id"])


def evaluations(text: str) -> list[tuple]:
    """(target, polarity, cue) of each evaluation the author's text gives."""
    articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"], "text": [text]})
    table = find_sentiment(articles, find_mentions(articles), NO_QUOTES)
    return [tuple(r) for r in table[["target_id", "polarity", "cue"]].itertuples(index=False)]


@pytest.mark.parametrize(("text", "expected"), [
    # plunder and bought silence: the actor after the cue is the victim, the subject is evaluated
    ("وقالت زاخاروفا إن فرنسا نهبت ثروات مالي لعقود.", ("France", "negative", "نهبت ثروات")),
    ("واعتبر أن الاتحاد الأوروبي يشتري صمت تونس بالمال.", ("European Union", "negative", "يشتري صمت")),
    # denied legitimacy of the actor named right after
    ("ودعا الشابي إلى عدم الاعتراف بشرعية قيس سعيد.", ("Kais Saied", "negative", "عدم الاعتراف بشرعية")),
    # illegality as an adverb of the subject's act
    ("وقال إن الولايات المتحدة انسحبت بشكل غير قانوني من الاتفاق.", ("United States", "negative", "بشكل غير قانوني")),
    # stalling, excessive force
    ("وقال إن إثيوبيا تراهن على كسب الوقت.", ("Ethiopia", "negative", "تراهن على كسب الوقت")),
    ("وأكد أن إسرائيل تلجأ إلى الاستخدام المفرط للقوة.", ("Israel", "negative", "الاستخدام المفرط للقوة")),
    # valour, appreciation acts (the object is praised)
    ("وقالت حماس إن مقاومتها الباسلة أفشلت أهداف الاحتلال.", ("Hamas", "positive", "الباسلة")),
    ("وأكد أن الصين تقدر جهود مصر.", ("Egypt", "positive", "تقدر جهود")),
    # harm to civilians: the verb's subject
    ("قالت تركيا إن إسرائيل تستهدف المدنيين عمدا.", ("Israel", "negative", "تستهدف المدنيين")),
    # pejorative labels (labels.tsv): the rebellion for the rebel group named before, takfiri after a name
    ("وقاتل الجيش قوات الدعم السريع في الخرطوم، ورفض البرهان أي تفاوض قبل دحر التمرد.",
     ("Rapid Support Forces", "negative", "التمرد")),
    ("وأعلن تنظيم داعش التكفيري مسؤوليته عن الهجوم.", ("Islamic State", "negative", "التكفيري")),
    # pretexts, condescension, above the law, merit acknowledged
    ("وقصفت إسرائيل المستشفى بذريعة استهداف عناصر من حماس.", ("Israel", "negative", "بذريعة")),
    ("وقالت روسيا إن الغرب يتعامل باستعلاء مع أفريقيا.", ("the West", "negative", "باستعلاء")),
    ("وقال إن إسرائيل تتصرف كأنها فوق القانون.", ("Israel", "negative", "فوق القانون")),
    ("وأكد أن جهود قطر محل تقدير.", ("Qatar", "positive", "محل تقدير")),
    # calls to dismiss the government of the person named after; to be brought to justice
    ("وطالب المحتجون بإقالة حكومة عزيز أخنوش.", ("Aziz Akhannouch", "negative", "بإقالة حكومة")),
    ("وطالب نتنياهو قطر بطرد قادة حماس أو تقديمهم للعدالة.", ("Hamas", "negative", "تقديمهم للعدالة")),
    ("وقال إن سلاح حزب الله غير الشرعي يعرقل قيام الدولة.", ("Hezbollah", "negative", "غير الشرعي")),
    ("وأصدر القادة بيانا مرحبين بجهود دونالد ترامب.", ("Donald Trump", "positive", "مرحبين")),
    # cold-war mentality; a neutral mediator
    ("وقال إن الولايات المتحدة تتعامل بعقلية الحرب الباردة.", ("United States", "negative", "بعقلية الحرب الباردة")),
    ("وقال إن تركيا وسيط محايد.", ("Turkey", "positive", "وسيط محايد")),
    # an important partner
    ("وقال إن الولايات المتحدة شريك مهم لنا.", ("United States", "positive", "شريك مهم")),
])
def test_family_member_evaluates_its_actor(text, expected):
    assert expected in evaluations(text)


def test_summary_executions_join_the_accusation():
    found = evaluations("واتهم الجيش السوداني قوات الدعم السريع بالإعدامات الميدانية.")
    assert ("Rapid Support Forces", "negative", "الإعدامات الميدانية") in found


@pytest.mark.parametrize("text", [
    "وتكافح تونس الهجرة غير الشرعية.",  # illegal migration evaluates no fighter of it
    "وتقدمت القوات الروسية بثبات في دونباس.",  # بثبات "steadily" alone is no praise
    "وقصف الطيران مدينة خان يونس.",  # خان (betrayed) is not listed: خان يونس
    "وألحق الجيش الأوكراني هزيمة نكراء بالقوات الروسية.",  # the winner is the subject
    "وتكافح مصر القرصنة في البحر الأحمر.",  # the crime fought, not the fighter's
    "وتدين مصر التمييز العنصري.",
    "ودعت الأمم المتحدة إسرائيل إلى حماية المدنيين العزل.",  # only the verbs of harm are listed
    "وطالبت مصر بإنهاء الإفلات من العقاب.",  # impunity the speaker wants ended
    "ورحلت تونس المهاجرين غير الشرعيين.",  # illegal migrants: no evaluation of the state
    "وأكد أن المنطقة على حافة الهاوية.",  # on the brink: a situation, not brinkmanship
])
def test_neutral_senses_stay_out(text):
    assert evaluations(text) == []


def test_false_claims_do_not_blame_the_one_who_rejects_them():
    found = evaluations("ورفضت مصر اتهامات باطلة وجهتها إثيوبيا.")
    assert "Egypt" not in [target for target, _, _ in found]


def test_bare_ambiguous_words_have_no_row():
    cues = {fold(c) for c in load_sentiment_lexicon()["cue"]}
    # المحتلة (occupied), المنتهية ولايته (outgoing), أقصى (utmost), تقصي (inquiry), يقصي (in a call for a
    # dialogue that excludes no one), منحازة (of texts), بثبات (steadily) are left out on purpose
    for word in ("المحتلة", "المنتهية ولايته", "أقصى", "تقصي", "يقصي", "منحازة", "بثبات"):
        assert fold(word) not in cues, word
    # while their unambiguous phrases are listed
    for phrase in ("القوة المحتلة", "منتهية الولاية", "أقصت", "فقدت حيادها", "بكل حزم"):
        assert fold(phrase) in cues, phrase


@pytest.mark.parametrize("text", [
    "وأودت الحرب بحياة قرابة 47 ألف شخص في غزة.",  # حياة "life", not حيّاه "he saluted him"
    "وصوّت النواب على عزله بأغلبية 130 صوتاً.",  # عزله "his dismissal", not عزلة "isolation"
    "وهنا لا بد من التوقف عند موقف فرنسا.",  # هنا "here", not هنأ "congratulated"
    "وظهر اثني عشر عسكرياً على التلفزيون الرسمي.",  # a number word, not أثنى "praised"
    "وقال رئيس البعثة في ليبيا تامر رمضان إن العدد ارتفع.",  # a name, not تآمر "conspired"
    "وستفرج حماس عن 33 رهينة في المرحلة الأولى.",  # hostages counted, not an actor at someone's mercy
])
def test_words_that_only_fold_like_a_cue_stay_out(text):
    assert evaluations(text) == []


def test_a_restated_accusation_is_one_evaluation():
    found = evaluations("واتهم المقداد تركيا بدعم الإرهاب، وهي اتهامات دأبت تركيا على نفيها.")
    assert [cue for _, _, cue in found if "اتهامات" in cue] == []


def test_the_condemned_attack_is_evaluated_once():
    found = evaluations("وأدان الإعلان بشدة الضربات العسكرية التي شنتها إسرائيل على إيران.")
    assert ("Israel", "negative", "شنتها") not in found


@pytest.mark.parametrize(("text", "expected"), [
    # success credits the subject; pride praises what follows ب; kinship; openness; irresponsibility
    ("وقال إن الوساطة العُمانية نجحت في إبقاء قناة الحوار مفتوحة.", ("Oman", "positive", "نجحت")),
    ("وقال إن الكويت دولة شقيقة.", ("Kuwait", "positive", "دولة شقيقة")),
    ("وقال إن تركيا منفتحة على الحوار.", ("Turkey", "positive", "منفتحة على الحوار")),
    ("وقال إن إيران دولة غير مسؤولة.", ("Iran", "negative", "غير مسؤولة")),
])
def test_success_kinship_and_openness_evaluate_their_actor(text, expected):
    assert expected in evaluations(text)


def test_a_merit_asked_about_credits_no_one():
    assert evaluations("ويبقى السؤال: هل ستنجح الحكومة السنغالية في تحويل الغضب إلى برنامج؟") == []


@pytest.mark.parametrize(("text", "expected"), [
    # bearing the responsibility for a harm blames the subject
    ("وقال إن الولايات المتحدة تتحمل مسؤولية تعثر صرف الرواتب.", ("United States", "negative", "تتحمل مسؤولية")),
    # standing behind a plot: the actor after the verb with its pronoun, or the subject
    ("ووصف الاحتجاجات بأنها محاولة انقلاب فاشية تقف وراءها واشنطن.", ("United States", "negative", "تقف وراءها")),
    # representing well (the subject, not the country), an idiom of achievement, a fait accompli, a harsh lesson
    ("وقال إن وزير الخارجية أسعد الشيباني مثّل سوريا تمثيلاً جيداً.", ("Asaad al-Shaibani", "positive", "مثّل سوريا تمثيلاً جيداً")),
    ("وقال إن المصريين سطروا ملحمة وطنية أمام صناديق الاقتراع.", ("Egypt", "positive", "سطروا ملحمة")),
    ("وترى أن إثيوبيا تسعى منذ سنوات إلى فرض أمر واقع في المنطقة.", ("Ethiopia", "negative", "فرض أمر واقع")),
])
def test_responsibility_plots_manner_and_coercion_evaluate_the_subject(text, expected):
    assert expected in evaluations(text)


@pytest.mark.parametrize("text", [
    "وقال إن الشعب الأردني يقف خلف قيادته.",  # خلف without its pronoun: support, not a plot
    "وتتولى الشرطة المسؤولية عن أمن المعبر.",  # taking charge of a duty is no blame
])
def test_support_and_duty_are_no_blame(text):
    assert evaluations(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a predicate with no subject in its clause: the relative's antecedent, or the topic before a comma
    ("وربما يملك لولا آخر قنوات التواصل مع مادورو، الذي يواجه عزلة متزايدة في محيطه الإقليمي.",
     ("Nicolás Maduro", "negative", "عزلة")),
    ("أما ماكي سال، فقد أضاع في أشهر قليلة رصيداً بناه في اثني عشر عاماً.", ("Macky Sall", "negative", "أضاع")),
])
def test_a_subject_across_a_comma(text, expected):
    assert expected in evaluations(text)


@pytest.mark.parametrize(("text", "expected"), [
    # appreciation with its verb and degree, destructive conduct, credit given, partner in aggression
    ("أما السيد المنفي فأعرب عن تقديره للموقف الثابت للجزائر.", ("Algeria", "positive", "أعرب عن تقديره")),
    ("ودعا البيان إلى وقف الأنشطة الإيرانية الهدامة في المنطقة.", ("Iran", "negative", "الهدامة")),
    ("وقال دبلوماسي إن الفضل الأكبر يعود إلى الوساطة الكويتية.", ("Kuwait", "positive", "الفضل الأكبر يعود إلى")),
    ("وقالت إن واشنطن ليست وسيطاً نزيهاً بل شريك كامل في العدوان.", ("United States", "negative", "شريك كامل في العدوان")),
    ("وطالبت بانسحاب القوات الإسرائيلية من المناطق التي توغلت فيها.", ("Israel", "negative", "توغلت")),
])
def test_appreciation_credit_and_partners_in_aggression(text, expected):
    assert expected in evaluations(text)


def test_credit_to_no_actor_and_deaths_in_a_disaster_evaluate_no_one():
    assert evaluations("وقال الرئيس إن المشروع حقق نجاحاً، والفضل الأول للعاملين فيه.") == []
    assert evaluations("والفيضانات التي ضربت ليبيا أدت إلى مقتل الآلاف.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # rigging, obstruction of a process, facing criticism
    ("وقال إن الحكومة المصرية زورت الانتخابات.", ("Egypt", "negative", "زورت الانتخابات")),
    ("وقال إن إيران تعمل على تعطيل الاتفاق.", ("Iran", "negative", "تعطيل الاتفاق")),
    ("وقال إن فرنسا تواجه انتقادات حادة بسبب موقفها.", ("France", "negative", "تواجه انتقادات حادة")),
])
def test_rigging_obstruction_and_criticism_faced(text, expected):
    assert expected in evaluations(text)


@pytest.mark.parametrize("text", [
    "وأعلنت الحكومة تعطيل الدراسة بسبب العاصفة.",  # a day off, not obstruction
    "وقالت مصر إنها تدعم حركة عدم الانحياز.",  # the non-aligned movement, not bias
    "وزار الرئيس الفرنسي الجزائر والتقى نظيره.",  # زار "visited", not زوّر "rigged"
])
def test_neutral_senses_of_obstruction_bias_and_rigging_stay_out(text):
    assert evaluations(text) == []


def test_a_quality_shown_in_measure_is_the_shower_s():
    found = evaluations("في المقابل، أظهر المرشح الخاسر أمادو با قدراً محترماً من الروح الرياضية، إذ هنأ فاي.")
    assert ("Amadou Ba", "positive", "الروح الرياضية") in found
    assert evaluations("وقال إن الحكومة تعاملت بقدر كبير من الحكمة.") == []


def test_a_threat_posed_is_the_poser_s():
    found = evaluations("وحذر من التهديد الذي تمثله إيران على المنطقة.")
    assert ("Iran", "negative", "التهديد الذي تمثله") in found
    assert evaluations("ووصف الخطر الذي تمثله الفيضانات على ليبيا.") == []  # a danger of floods
