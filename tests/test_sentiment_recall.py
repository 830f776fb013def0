"""Clear evaluations the rules used to miss on the development sets (issue 17, recall): sentences of
the genre in, the evaluation out; each test names the rule unit that finds it."""

from __future__ import annotations

import pytest

from framing.sentiment.roles import evaluations


def _targets(text: str, cue: str) -> list[tuple[str, str]]:
    return [(target, polarity) for _, target, polarity, c in evaluations(text) if c == cue]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # vocabulary.GROUP_ANAPHOR_HEADS: a bare class noun of a force or a body stands for the one named before
    ("سيطرت قوات الدعم السريع على الفاشر. غير أن شبكة أطباء السودان أفادت بأن عناصر من الدعم السريع "
     "ارتكبوا مجزرة، متهمة القوات بتصفية الجرحى.", "متهمة", ("Rapid Support Forces", "negative")),
    ("قالت قوات الدعم السريع إن الدعوى محاولة يائسة من قيادة الجيش السوداني، متهمةً الجيش بارتكاب جرائم حرب.",
     "متهمةً", ("Sudanese Armed Forces", "negative")),
])
def test_a_bare_force_noun_stands_for_the_force_named_before(text, cue, expected):
    assert expected in _targets(text, cue)


def test_a_bare_council_named_by_two_councils_stands_for_neither():
    import pandas as pd

    from framing.actors import find_mentions
    from framing.sentiment import anaphor_heads, class_anaphors
    from framing.text import Document

    def anaphors(text):
        articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-01-06"], "text": [text]})
        found = class_anaphors(Document("a", text), find_mentions(articles).to_dict("records"), anaphor_heads())
        return [m["actor_id"] for m in found if m["surface"] == "المجلس"]

    one = "قال المتحدث باسم المجلس الأعلى للدولة إن وفده جاء دون شروط. ونفى وجود أي انقسام داخل المجلس."
    two = ("قال المتحدث باسم المجلس الأعلى للدولة إن وفده جاء دون شروط، متهماً مجلس النواب الليبي بالمماطلة. "
           "ونفى وجود أي انقسام داخل المجلس.")
    assert anaphors(one) == ["High Council of State (Libya)"]
    assert anaphors(two) == []


def test_the_rebel_militia_is_a_label_of_the_armed_group_named_before():
    # labels.tsv, position back: الميليشيا المتمردة
    text = "هاجمت قوات الدعم السريع المدينة. وشدد الوزير على ضرورة «خروج الميليشيا المتمردة من المدن»."
    assert ("Rapid Support Forces", "negative") in _targets(text, "الميليشيا المتمردة")


def test_an_act_of_harm_in_a_relative_clause_with_a_pronoun_subject():
    # predicates._implicit_relative_subject: الفظائع التي يرتكبها -> the clause's subject
    text = "وقالت المتحدثة إن الجيش السوداني يحاول صرف الأنظار عن الفظائع التي يرتكبها في دارفور."
    assert ("Sudanese Armed Forces", "negative") in _targets(text, "الفظائع")
    assert _targets("الجيش السوداني يحاول صرف الأنظار عن الفظائع التي ترتكبها الميليشيات.", "الفظائع") == []


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # merits._quoted_after_li: a quoted merit after a noun of appreciation and لـ
    ('وأعرب الرئيس الليبي محمد المنفي عن تقديره لـ"الموقف الثابت" للجزائر وتونس إزاء الأزمة الليبية.',
     "الموقف الثابت", ("Tunisia", "positive")),
    # merits.heads_a_name: the subject's head in construct is no ب complement
    ('وأشادت بعثة الاتحاد الأوروبي لمراقبة الانتخابات بـ"الأداء المهني" للهيئة المستقلة للانتخاب.',
     "الأداء المهني", ("Independent Election Commission (Jordan)", "positive")),
])
def test_a_quoted_merit_takes_the_target_of_the_praise(text, cue, expected):
    assert expected in _targets(text, cue)


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # predicates._past_copula: a verb of being between the subject and a definite predicate
    ('وأشار تشانغ إلى أن إسرائيل "ربما تكون الخاسر الأكبر" من التقارب.', "الخاسر الأكبر", ("Israel", "negative")),
    ('وقال أبو ردينة إن «الأردن كان وسيبقى السند الحقيقي لشعبنا».', "السند الحقيقي", ("Jordan", "positive")),
    ('وأضاف أن "تركيا خرجت الرابح الأكبر، إذ عززت نفوذها".', "الرابح الأكبر", ("Turkey", "positive")),
])
def test_a_verb_of_being_joins_the_subject_to_a_definite_predicate(text, cue, expected):
    assert expected in _targets(text, cue)


def test_a_definite_object_after_another_verb_has_no_subject_before_it():
    assert _targets("وقال لافروف إن إسرائيل تدعم الخاسر الأكبر.", "الخاسر الأكبر") == []


def test_praise_of_what_he_did_goes_to_the_one_it_refers_back_to():
    # speech_acts._what_he_did; misreadings: a number before a comma counts no cue (الرابع عشر، مشيداً)
    text = ('من جهته، أعرب الرئيس المصري عبد الفتاح السيسي عن خالص تهانيه للبابا ليو الرابع عشر، مشيداً بما '
            'عرف عنه من "حكمة وتواضع وانحياز للفقراء".')
    assert ("Pope Leo XIV", "positive") in _targets(text, "مشيداً")
    assert _targets('التقى ماكرون بوتين، مشيداً بما تحقق من "تقدم".', "مشيداً") == []


def test_a_quoted_merit_after_what_he_did():
    # merits._what_merit; sentiment.tsv: plural participles of praise (مشيدين)
    text = ('وأعرب القادة في برقياتهم عن خالص تعازيهم، مشيدين بما قدمه الأمير نواف الأحمد الجابر الصباح من '
            '"إسهامات جليلة في خدمة القضايا العربية".')
    assert ("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "positive") in _targets(text, "مشيدين")
    assert ("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "positive") in _targets(text, "إسهامات جليلة")


def test_the_man_described_by_a_pronoun():
    # anaphora._described_him: ووصفه بأنه «...» -> the last person named before, not the describer
    assert _targets('والتقى ماكرون الرئيس ترامب، ووصفه بأنه "رجل نزيه".', "رجل نزيه") == [("Donald Trump", "positive")]


def test_words_said_to_someone_inside_a_quote():
    # anaphora._told_inside: أقول لفلان: ... speaks to him
    assert _targets('وقال ماكرون: "أقول لبوتين: لقد كنت منافساً نزيهاً".', "نزيهاً") == [("Vladimir Putin", "positive")]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # labels.tsv back: الميليشيا الإرهابية; text.Document.word_positions: ل before ال (للميليشيا)
    ('وسيطرت قوات الدعم السريع على المدينة. وقال البرهان إن "الميليشيا الإرهابية وداعميها سيدفعون الثمن".',
     "الميليشيا الإرهابية", ("Rapid Support Forces", "negative")),
    ("وسيطرت قوات الدعم السريع على المدينة. وقال الوزير إن الدعم الذي قدمته الإمارات للميليشيا المتمردة كبير.",
     "لميليشيا المتمردة", ("Rapid Support Forces", "negative")),
])
def test_militia_labels_with_an_adjective_or_after_li(text, cue, expected):
    assert expected in _targets(text, cue)


def test_appreciation_of_a_quoted_merit_set_apart_after_li():
    # emotions.about_targets: لـ«…» is a preposition
    text = "وأعرب الأمين العام نايف الحجرف عن تقديره لـ«الدبلوماسية الكويتية الهادئة»."
    assert ("Kuwait", "positive") in _targets(text, "عن تقديره")


def test_a_salute_to_a_people():
    # sentiment.tsv: التحية (gratitude, object)
    text = 'وتوجه رئيس مجلس السيادة عبد الفتاح البرهان بالتحية إلى "الشعب السوداني الصابر الذي وقف خلف جيشه".'
    assert ("Sudan", "positive") in _targets(text, "التحية")


def test_a_vocative_between_the_second_person_and_the_cue():
    # anaphora._words_before: يا صديقي does not count in the words near the cue
    text = 'وقال ماكرون مخاطباً ترامب: "لقد كنت يا صديقي شريكاً وفياً".'
    assert ("Donald Trump", "positive") in _targets(text, "وفياً")


def test_the_one_spoken_to_after_a_verbal_noun_of_saying():
    # anaphora._after_saying_noun: نُقل عن الوزيرة قولها لفلان: «أنت ...»
    assert ("Donald Trump", "positive") in _targets('ونُقل عن الوزيرة قولها لترامب: "أنت رجل نزيه".', "رجل نزيه")


def test_came_out_the_winner():
    # sentiment.tsv: خرج منتصراً (strength)
    assert ("Abiy Ahmed", "positive") in _targets('وأضاف باشراحيل أن آبي أحمد «خرج منتصراً عسكرياً».', "خرج منتصراً")


def test_thanks_across_a_long_name_reach_the_merit():
    # speech_acts._enclosing_act: an actor's name is one step back to the act
    text = ('ووجه مدبولي الشكر إلى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان على '
            '"دعمه الصادق لمصر في كل الظروف".')
    assert ("Mohamed bin Zayed Al Nahyan", "positive") in _targets(text, "الصادق")


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # sentiment.tsv, S26 families: proving worth or failure, dragging the country, a life devoted,
    # the call to leave, a slap dealt to an actor, choosing war
    ("وقال إن حركة النهضة أثبتت عجزها.", "أثبتت عجزها", ("Ennahda", "negative")),
    ("وقال العيادي إن الرئيس قيس سعيد «يجر البلاد نحو المجهول».", "يجر البلاد", ("Kais Saied", "negative")),
    ('وأضاف البيان أن أمير الكويت الشيخ نواف الأحمد "كرس حياته لخدمة وطنه وأمته".', "كرس حياته",
     ("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "positive")),
    ('وهتف المحتجون "فرنسا ارحلي".', "ارحلي", ("France", "negative")),
    ('وقال جعجع إن اللبنانيين "وجهوا صفعة لحزب الله وحلفائه".', "وجهوا صفعة", ("Hezbollah", "negative")),
    ("وقالت كالاس إن روسيا وحدها هي التي اختارت الحرب.", "اختارت الحرب", ("Russia", "negative")),
])
def test_s26_families(text, cue, expected):
    assert expected in _targets(text, cue)


def test_a_pair_in_the_slot_of_an_idiom_is_two_targets():
    # roles._joined_by_and: اختار الأمريكي والبريطاني توسيع …: both, neither the subject of the other
    text = 'وقال عبدالسلام: "لقد اختار الأمريكي والبريطاني توسيع دائرة الحرب".'
    found = _targets(text, "اختار الأمريكي والبريطاني توسيع")
    assert ("United States", "negative") in found and ("United Kingdom", "negative") in found


def test_a_tool_in_the_hands_of_others_is_the_one_described():
    # sentiment.tsv: أداة في يد (doer): not the one whose hands they are
    text = ('وأعلنت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) فرض عقوبات. في المقابل، وصف المجلس العسكري '
            'المجموعة بأنها "أداة في يد باريس".')
    assert _targets(text, "أداة في يد") == [("Economic Community of West African States", "negative")]


def test_a_counted_plural_of_states_is_each_state():
    # anaphora.counted_anaphors: الدول الأربع after four states named together
    text = ("وعبرت المملكة المغربية عن شكرها لإسبانيا وقطر والمملكة المتحدة والإمارات على تضامنها. "
            'وأضاف الغزواني أن الدول الأربع "تملك فرقاً متخصصة أثبتت كفاءتها في زلازل سابقة".')
    found = _targets(text, "أثبتت كفاءتها")
    assert {t for t, _ in found} == {"Spain", "Qatar", "United Kingdom", "United Arab Emirates"}


def test_a_side_noun_after_and_continues_a_list():
    # context._side_conjunct: والجانب الإماراتي
    text = 'وأشاد بـ"كفاءة المفاوض المصري والجانب الإماراتي" في إنجاز الصفقة.'
    assert ("United Arab Emirates", "positive") in _targets(text, "أشاد")


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # sentiment.tsv, S26: trading on a tragedy, not backing down, high professionalism, the best of
    ("وأضاف: «من الواضح أن النظام السوري يتاجر بالمأساة».", "يتاجر بالمأساة", ("Syria", "negative")),
    ('ويرى الباحث أن "من الواضح أن مسعود بارزاني زعيم لا يتراجع تحت الضغط".', "لا يتراجع",
     ("Masoud Barzani", "positive")),
    ('وأضاف بارزاني: "أشكر المفوضية العليا المستقلة للانتخابات على إدارة يوم الاقتراع بمهنية عالية".',
     "مهنية عالية", ("Independent High Electoral Commission", "positive")),
    ('وقال ماكرون مخاطباً ترامب: "لقد كنت خير سند لأوروبا".', "خير سند", ("Donald Trump", "positive")),
])
def test_s26_families_more(text, cue, expected):
    assert expected in _targets(text, cue)


def test_a_pair_held_responsible_after_a_subject_that_is_no_actor():
    # roles._pair_ending_slot: يحمّل مراقبون X وY مسؤولية
    text = "وحمّل مراقبون بوتين وزيلينسكي مسؤولية تعطيل السلام."
    found = {t for t, _ in _targets(text, "حمّل مراقبون بوتين وزيلينسكي مسؤولية")}
    assert found == {"Vladimir Putin", "Volodymyr Zelenskyy"}


def test_a_longer_vocative_does_not_hide_the_second_person():
    # anaphora._vocative_opener: لقد كنت يا فخامة الرئيس …
    text = 'وقال ماكرون مخاطباً ترامب: "لقد كنت يا فخامة الرئيس شريكاً وفياً".'
    assert ("Donald Trump", "positive") in _targets(text, "وفياً")


def test_a_verb_in_the_first_person_has_no_actor_subject_after_it():
    # speech_acts._may_be_subject: نشكر مصر رئيساً وشعباً: we thank Egypt
    assert ("Egypt", "positive") in _targets('وقال دمير: "نشكر مصر رئيساً وشعباً على حفاوة الاستقبال".', "نشكر")


def test_the_object_of_a_perfect_in_ta_after_laqad_is_addressed():
    # anaphora._perfect_addressed: لقد أظهرتَ حكمة كبيرة
    assert ("Abdel Fattah el-Sisi", "positive") in _targets('وقال أردوغان مخاطباً السيسي: "لقد أظهرت حكمة كبيرة".', "حكمة")
