"""Precision of sentiment targets: real news sentences of the development sets, (target, polarity)
of the evaluations a cue yields (none where the words evaluate no actor)."""

from __future__ import annotations

import pytest

from framing.sentiment.roles import evaluations


def targets(text: str, cue: str) -> list[tuple[str, str]]:
    """(target, polarity) of each evaluation whose cue is ``cue``."""
    return [(target, polarity) for _, target, polarity, c in evaluations(text, date="2024-01-01") if c == cue]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # ثمن "price", not ثمّن "appreciated", after a word of its clause
    ("إن واشنطن قد تمدد الإعفاء الذي يسمح للعراق بسداد ثمن الغاز الإيراني.", "ثمن", []),
    ("وثمن الرئيس جهود قطر.", "ثمن", [("Qatar", "positive")]),
    # a verb joined by و takes the first verb's subject, not the actor of its object
    ("واعتبر الناطق باسمه أن الاتحاد الأوروبي «يشتري صمت تونس بالمال ويتنصل من التزاماته الإنسانية».",
     "يتنصل", [("European Union", "negative")]),
    # the outcome of a thing evaluates no actor, not the one congratulated on it
    ("فيما وجّه رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد التهنئة إلى \"الشعب الجزائري الشقيق\" على \"نجاح\" "
     "الاستحقاق.", "نجاح", []),
    # a verb whose subject names no one
    ("غير أن الدبلوماسية الصينية نجحت فيما أخفق فيه آخرون.", "أخفق", []),
    # the audience of a speech act is not its object
    ("وأشاد الرئيس أمام نظيره الروسي بالعلاقات المتميزة.", "أشاد", []),
    # the subject of a relative clause is not the subject of the predicate after it
    ("وقالت المتحدثة إن القوات التي دعمتها الإمارات ارتكبت فظائع.", "ارتكبت فظائع", []),
    ("وتابع: \"إن الإبادة التي ترتكبها إسرائيل بحق الشعب الفلسطيني تمثل انتهاكاً صارخاً للقانون الدولي\".",
     "انتهاكاً صارخاً", [("Israel", "negative")]),
    ("وقال مارك روته، الأمين العام لحلف الناتو، إن العمل الذي قام به تحالف الراغبين \"مثير للإعجاب\".",
     "مثير للإعجاب", [("Coalition of the Willing", "positive")]),
    # a verb carrying و: the subject of the verb it is joined to, in its clause
    ("وأكد أن المقاومة لن تسلم سلاحها ما دام العدو الإسرائيلي يحتل أرضنا ويقتل أهلنا.", "يقتل",
     [("Israel", "negative")]),
    ("وقال إن النص \"يتنكر لعقيدة الأمم المتحدة في تصفية الاستعمار، ويتجاهل حق الشعب الصحراوي\".", "يتجاهل", []),
    # an imperfect verb carrying و: the first verb's subject, not the demonym of its object
    ("وقال زيلينسكي إن روسيا تقصف المدن الأوكرانية وتماطل في المفاوضات.", "تماطل", [("Russia", "negative")]),
    # a welcomed event is no merit of the actor it befell; an indefinite demonym after the act is its author
    ("وأصدر مجلس حكماء المسلمين بياناً رحب فيه بانتخاب البابا، معرباً عن أمله في الحوار.", "رحب", []),
    ("من جهتها، رحبت منظمات حقوقية سودانية بمثول الإمارات أمام المحكمة.", "رحبت", []),
    ("ترحيب أفريقي بفوز المرشح.", "ترحيب", []),
    ("ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالمبادرة التي قدمتها مصر.", "رحب",
     [("Egypt", "positive")]),
])
def test_sentiment_precision_target(text, cue, expected):
    assert targets(text, cue) == expected


def test_sentiment_two_sides_are_not_the_mediators():
    text = ("وقّع ممثلو الجيش السوداني وقوات الدعم السريع اتفاقاً لوقف إطلاق النار. ويأتي الاتفاق ثمرةً لمحادثات "
            "تيسّرها المملكة العربية السعودية والولايات المتحدة منذ السادس من مايو. وقال بيان مشترك صادر عن الرياض "
            "وواشنطن إن الطرفين اتفقا على الهدنة. ويرى المحلل أن «الطرفين لا يبديان سوى استعداد محدود لتقديم تنازلات».")
    assert {t for t, _ in targets(text, "لا يبديان سوى")} == {"Sudanese Armed Forces", "Rapid Support Forces"}


def test_sentiment_plural_of_respect_thanks_the_person_alone():
    text = ("وقال إن الاتفاقات \"دليل على أن واشنطن تنظر إلى العراق كشريك\". خاطب الرئيس الأميركي جو بايدن ضيفه قائلاً: \"لقد كنت شريكاً جاداً\". ورد رئيس مجلس الوزراء محمد شياع "
            "السوداني: \"أشكركم سيادة الرئيس على هذه الدعوة، فأنتم تدركون أن العراق اليوم ليس عراق الأمس\".")
    assert targets(text, "أشكركم") == [("Joe Biden", "positive")]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # a merit asked for by a verb of calling whose subject is a long name is wished for, not found
    ("ودعا رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد إلى \"التهدئة والحوار الجاد\" بين إثيوبيا والصومال، مؤكداً "
     "ضرورة احترام سيادة جميع الدول الأعضاء.", "الجاد", []),
])
def test_sentiment_precision_called_for(text, cue, expected):
    assert targets(text, cue) == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # a charge the speaker denies (نفى أن يكون ...) is his credit to the one charged
    ("فيما نفى المتحدث باسم الوزارة عاصم جهاد أن يكون العراق قد تجاوز حصته خلال نوفمبر/تشرين الثاني.",
     "تجاوز حصته", [("Iraq", "positive")]),
    ("وأكد المتحدث باسم الوزارة عاصم جهاد أن العراق قد تجاوز حصته خلال نوفمبر/تشرين الثاني.", "تجاوز حصته",
     [("Iraq", "negative")]),
])
def test_sentiment_precision_denied_claim(text, cue, expected):
    assert targets(text, cue) == expected


def cues_of(text: str) -> list[tuple[str, str]]:
    """(target, cue) of each evaluation of a text."""
    return [(target, cue) for _, target, _, cue in evaluations(text, date="2024-01-01")]


@pytest.mark.parametrize(("text", "expected"), [
    # a quality and its adjective are one evaluation and one span
    ("وقال المتحدث إن السفن الصينية قامت بمناورات عدوانية ضد سفنها.", [("China", "مناورات عدوانية")]),
    # ... not a noun in construct with the label after it
    ("ويرى مراقبون أن الاجتماع يهدف إلى التغطية على إخفاقات نظام كييف في الميدان.",
     [("Ukraine", "إخفاقات"), ("Ukraine", "نظام")]),
])
def test_sentiment_precision_quality_and_adjective(text, expected):
    assert cues_of(text) == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # a welcome of an event credits none of the actors inside the event's words
    ("رحبت دولة الإمارات العربية المتحدة بتوقيع إطار الدوحة للسلام بين حكومة جمهورية الكونغو الديمقراطية "
     "وحركة «إم 23».", "رحبت", []),
    ("توالت ردود الفعل العربية والإسلامية المرحبة بانتخاب الكاردينال الأمريكي روبرت فرنسيس بريفوست بابا "
     "للكنيسة الكاثوليكية.", "المرحبة", []),
    # the sender of a speech act named by its noun is not its target
    ("وتوالت برقيات التهنئة من القادة العرب، إذ أعرب العاهل السعودي عن تهانيه.", "التهنئة", []),
    ("ويرى الأستاذ عبد الحق الصنهاجي أن انتقادات بعض النواب الأوروبيين «لا تعكس بتاتاً حجم الجهد المغربي».",
     "انتقادات", []),
    # an accused person stands before the charge; an actor inside the charge is not accused
    ("وردت كراكاس بطرد دبلوماسيي سبع دول، متهمة حكوماتها بالانحياز إلى \"أجندة واشنطن\".", "متهمة", []),
    # ثنى عن "deter", not أثنى على "praise"
    ("عبدالسلام: العدوان الأمريكي البريطاني لن يمر دون عقاب ولن يثني اليمن عن نصرة غزة", "ولن يثني", []),
    # a merit in a clause of "whether" is in doubt, not found
    ("لكن من غير الواضح حتى الآن ما إذا كانت بروكسل ستفي بوعودها.", "تفي بوعودها", []),
    # refraining from praise is negative
    ("أما رئيس التيار الوطني الحر جبران باسيل فامتنع عن الإشادة بأداء الرئيس نواف سلام.", "فامتنع عن الإشادة",
     [("Nawaf Salam", "negative")]),
    # a speaker does not blame his own side; a relative clause on a thing blames no actor
    ("وقال وزير الخارجية التركي مولود جاويش أوغلو إن أنقرة \"لن تسمح بإقامة ممر إرهابي على حدودها\".", "إرهابي", []),
    ("مرجحاً أن \"يصطدم المبعوث الشخصي ستافان دي ميستورا بالجدار نفسه\" الذي عرقل مهمة أسلافه.", "عرقل", []),
    # unity of a thing named with a group's adjective; an emotion about a relation between parties
    ("وأعلن إطلاق التأشيرة السياحية الخليجية الموحدة خلال العام المقبل.", "الموحدة", []),
    ("وأضاف أن القاهرة \"تراقب بقلق\" التقارب بين مقديشو وأديس أبابا.", "قلق", []),
    # demonyms coordinated after an act's noun are its authors; unity as a goal; pride in a deed
    ("ترحيب أممي وأمريكي", "ترحيب", []),
    ("ودعت السعودية الجزائر والمغرب إلى تغليب الحوار، مؤكدة حرصها على وحدة الصف العربي.", "وحدة الصف", []),
    ("وقال ألباريس إن بلاده \"فخورة بالمساهمة في جهود الإنقاذ إلى جانب الشعب المغربي\".", "فخورة", []),
    # distancing alone is no evaluation (docs/annotation.md, events8)
    ("مزاعم واشنطن ولندن", "مزاعم", []),
    # the subject of an act of congratulation set off by its styles and an apposition
    ("بدوره، هنأ فضيلة الإمام الأكبر الدكتور أحمد الطيب، شيخ الأزهر الشريف ورئيس مجلس حكماء المسلمين، البابا "
     "ليو الرابع عشر.", "هنأ", [("Pope Leo XIV", "positive")]),
])
def test_sentiment_precision_no_row_for_things_senders_or_own_side(text, cue, expected):
    assert targets(text, cue) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وصف النائب المستقل علي المياحي أداء رئيس الوزراء بأنه "مشرّف"، مشيداً بـ"حكمة السوداني وحنكته".',
     "حكمة السوداني وحنكته"),
    ('وقال الشابي إن المجلس الوطني للجهات والأقاليم "بلا صلاحيات ولا شرعية شعبية".', "بلا صلاحيات ولا شرعية"),
])
def test_sentiment_precision_joined_qualities_are_one_row(text, expected):
    cues = [c for _, _, _, c in evaluations(text, date="2024-01-01")]
    assert expected in cues
