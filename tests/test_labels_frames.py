"""Labels (pejorative and honorific names), connotation frames, and the sentence structures the
sentiment rules follow on other events: real sentences in the styles of Gulf, Maghreb, Levant and
wire outlets."""

import pandas as pd
import pytest

from framing.actors import find_mentions
from framing.errors import InputError
from framing.frames import frame_lexicon, load_frames
from framing.labels import find_labels, load_labels, naming_table
from framing.sentiment import SentimentScorer, find_sentiment


def rows(text: str, *, date: str = "2025-05-20", scorer=None) -> list[tuple]:
    """(source, target, polarity, cue, method) of each evaluation, quotes found as the toolkit finds them."""
    articles = pd.DataFrame({"article_id": ["a"], "date": [date], "text": [text]})
    table = find_sentiment(articles, scorer=scorer)
    return [tuple(r) for r in table[["source_id", "target_id", "polarity", "cue", "method"]].itertuples(index=False)]


def labels(text: str, *, date: str = "2025-05-20") -> list[tuple]:
    articles = pd.DataFrame({"article_id": ["a"], "date": [date], "text": [text]})
    return [(x.label, x.actor_id, x.polarity, x.rule) for x in find_labels(articles, find_mentions(articles))]


# -- labels -----------------------------------------------------------------------------------


def test_labels_pejorative_names_and_adjectives():
    assert labels("وقال إن كيان الاحتلال لن ينجح في كسر إرادة الشعب.") == [
        ("كيان الاحتلال", "Israel", "negative", "self")]
    # النظام takes a state's adjective; النظام الانتخابي names no actor
    assert labels("يواصل النظام الجزائري مناوراته، فيما أُقرّ النظام الانتخابي الجديد.") == [
        ("النظام", "Algeria", "negative", "before")]
    # with و before it, and the puppet named after it
    assert ("صنيعته", "Polisario Front", "negative", "before") in labels(
        "يواصل النظام الجزائري وصنيعته جبهة البوليساريو الانفصالية مناوراتهما.")


def test_labels_honorifics_after_a_name_with_marks_between():
    found = labels("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وولي عهده الأمير محمد بن سلمان -حفظهما الله- الوفود.")
    assert {(a, r) for _, a, _, r in found} == {("Salman of Saudi Arabia", "after"), ("Mohammed bin Salman", "after")}
    assert labels('ووجّه الشكر لسلطنة عُمان "الشقيقة" على جهودها.') == [("الشقيقة", "Oman", "positive", "after")]


def test_labels_honorific_set_off_by_commas_after_an_epithet():
    # Gulf protocol: the honorific between commas, after the ruler's name and his epithet
    found = labels("وشارك الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، حفظه الله، في أعمال القمة.")
    assert ("حفظه الله", "Tamim bin Hamad Al Thani", "positive", "after") in found
    # a pejorative needs its actor right before it: a comma ends the name
    assert labels("وصلت قوات الدعم السريع، المتمردة على الجيش، إلى المدينة.") == []


def test_labels_standing_alone_need_the_actor_named_in_the_article():
    assert labels("وقال إن الاحتلال فشل في تحقيق أهدافه.") == []  # Israel is not named: not followed
    found = labels("قصفت إسرائيل المدينة. وقال إن الاحتلال فشل في تحقيق أهدافه.")
    assert found == [("الاحتلال", "Israel", "negative", "alone")]
    # its agent named after it: not Israel
    assert labels("قصفت إسرائيل غزة، وندد الأوكرانيون بالاحتلال الروسي.") == []
    # the longest label, also inside a title
    found = labels("قصفت إسرائيل غزة. وادعى مكتب رئيس حكومة الاحتلال بنيامين نتنياهو أن حماس تراجعت.")
    assert [(label, rule) for label, _, _, rule in found] == [("حكومة الاحتلال", "alone")]


def test_labels_are_evaluations_and_their_words_are_not_counted_twice():
    found = rows("قصفت إسرائيل غزة. وقال قاسم إن «العدو الإسرائيلي ارتكب أبشع المجازر».")
    assert ("Israel", "negative", "العدو الإسرائيلي", "label:self") in [r[1:] for r in found]
    assert not any(cue == "العدو" for _, _, _, cue, _ in found)  # the word inside the label is the label's


def test_labels_user_file_replaces_the_bundled_one(tmp_path):
    path = tmp_path / "labels.tsv"
    path.write_text("label\tposition\tactor\tpolarity\tkind\n"
                    "دولة الخلافة\tself\t\tnegative\tpejorative\n", encoding="utf-8")
    table = load_labels(path)
    assert table["label"].tolist() == ["دولة الخلافة"]
    bad = tmp_path / "bad.tsv"
    bad.write_text("label\tposition\tactor\tpolarity\tkind\nالنظام\tbeside\t\tnegative\tpejorative\n", encoding="utf-8")
    with pytest.raises(InputError, match="position 'beside' is not one of"):
        load_labels(bad)
    scorer = SentimentScorer(labels=table)
    assert not any(m.startswith("label:") for *_, m in rows("يواصل النظام الجزائري مناوراته.", scorer=scorer))


def test_naming_table_counts_each_way_an_outlet_names_an_actor():
    articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"],
                             "date": ["2025-01-20"] * 2,
                             "text": ["قال إن كيان الاحتلال يماطل، وإن كيان الاحتلال لن ينجح.", "وقالت إسرائيل إنها ستنسحب."]})
    mentions = find_mentions(articles)
    table = naming_table(mentions, articles, find_labels(articles, mentions))
    israel = table[table["actor_id"] == "Israel"]
    assert israel[["outlet", "name", "label", "mentions"]].values.tolist() == [
        ["X", "كيان الاحتلال", "pejorative", 2], ["Y", "إسرائيل", "", 1]]
    first = israel.iloc[0]
    assert articles.loc[0, "text"][first["example_start"]:first["example_end"]] == "كيان الاحتلال"


# -- connotation frames ------------------------------------------------------------------------


def test_frames_agent_of_harm_and_the_one_to_be_stopped():
    found = rows("وقال زيلينسكي إن روسيا شنت خلال الليل هجوماً واسعاً على كييف.", date="2026-01-09")
    assert ("Volodymyr Zelenskyy", "Russia", "negative", "شنت", "frame:harm") in found
    # SVO: the subject, not the object (إسرائيل قصفت غزة)
    assert [(t, c) for _, t, _, c, m in rows("وقالت إن إسرائيل قصفت مصر.") if m == "frame:harm"] == [("Israel", "قصفت")]
    assert ("author", "Russia", "negative", "منع", "frame:prevention") in rows("يجب منع روسيا من تكرار هجومها.")
    # the patient is an actor, not the adjective of a noun: one evaluation, from عدوان
    assert [(t, c) for _, t, _, c, _ in rows("قوة لطمأنة أوكرانيا وردع أي عدوان روسي.")] == [("Russia", "عدوان")]


def test_frames_a_relative_clause_does_not_restate_its_noun():
    found = rows("وأدان الوزير الإبادة التي ارتكبتها إسرائيل في غزة.")
    assert [c for _, t, _, c, _ in found if t == "Israel"] == ["أدان", "الإبادة"]  # not ارتكبتها again


def test_frames_user_file_and_the_lexicon_winning_on_a_shared_form(tmp_path):
    assert frame_lexicon(known={"ارتكبت"})["cue"].eq("ارتكبت").sum() == 0
    path = tmp_path / "frames.tsv"
    path.write_text("word\tpos\tframe\tagent\tpatient\nاجتاحت\tverb\tharm\tnegative\tnone\n", encoding="utf-8")
    assert load_frames(path)["word"].tolist() == ["اجتاحت"]
    scorer = SentimentScorer(frames=load_frames(path))
    assert ("author", "Russia", "negative", "اجتاحت", "frame:harm") in rows("اجتاحت روسيا المدينة.", scorer=scorer)
    assert not any(m.startswith("frame:") for *_, m in rows("اجتاحت روسيا المدينة.", scorer=SentimentScorer(frames=False)))


# -- the structures of praise and blame on other events ------------------------------------------


def test_speech_act_object_through_a_relative_clause_or_a_partner():
    found = rows("بدوره، أشاد الأمين العام لمجلس التعاون جاسم محمد البديوي بالجهود التي بذلتها دولة قطر في الوساطة.",
                 date="2024-12-01")
    assert ("Jasem Mohamed Albudaiwi", "Qatar", "positive", "أشاد", "lexicon:object") in found
    found = rows("وأشاد كوستا بـ«التعاون المثمر والنموذجي» مع المغرب.", date="2025-10-23")
    assert ("António Costa", "Morocco", "positive", "أشاد", "lexicon:object") in found


def test_speech_act_subject_after_a_title_or_before_the_verb():
    found = rows("واتهم الرئيس الكولومبي إدارة الرئيس الأمريكي دونالد ترامب بانتهاك القانون الدولي.", date="2025-11-10")
    assert ("Donald Trump", "negative", "اتهم") in [(t, p, c) for _, t, p, c, _ in found]
    found = rows("وكان وزير الخارجية الأمريكي ماركو روبيو قد اتهم كاراكاس مراراً بـ«التواطؤ مع عصابات المخدرات».",
                 date="2025-11-10")
    assert ("Marco Rubio", "Venezuela", "negative", "اتهم", "lexicon:object") in found
    # a participle's subject is before it: the actor after it is its object
    found = rows("وأكد الوزير أن الحكومة لن توقع، متهماً ميليشيا الحوثي بـ«المراوغة وكسب الوقت».")
    # the quoted charge is one evaluation (see test_sentiment_one_quoted_charge_is_one_evaluation)
    assert {("Houthis", "متهماً"), ("Houthis", "المراوغة وكسب الوقت")} <= {
        (t, c) for _, t, _, c, m in found if m.startswith("lexicon")}


def test_second_person_in_a_quote_evaluates_the_one_addressed():
    found = rows("وقال عراقجي للبوسعيدي في ختام اللقاء: \"أشكرك يا معالي الوزير، لقد كنت وسيطاً نزيهاً\".",
                 date="2025-04-12")
    assert ("Abbas Araghchi", "Badr Albusaidi", "positive", "أشكرك", "lexicon:object") in found
    assert ("Abbas Araghchi", "Badr Albusaidi", "positive", "وسيطاً نزيهاً", "lexicon:agent") in found
    found = rows("\"لقد كنت صديقا حقيقيا لآسيان\"، قال أنور إبراهيم مخاطبا لي تشيانغ، وشكره على \"دعم الصين الثابت\" للمنطقة.",
                 date="2025-05-27")
    assert ("Anwar Ibrahim", "Li Qiang", "positive", "شكره", "lexicon:object") in found  # not Anwar thanking himself


def test_merit_in_the_complement_of_thanks_takes_the_thanked_or_its_own_agent():
    found = rows("وأعرب لورينسو عن امتنانه لآبي أحمد على \"كرم الضيافة الإثيوبية\"، شاكراً سلفه الغزواني على \"جهوده المخلصة\".",
                 date="2025-02-16")
    assert ("João Lourenço", "Ethiopia", "positive", "كرم الضيافة") in [r[:4] for r in found]
    assert ("João Lourenço", "Mohamed Ould Ghazouani", "positive", "المخلصة") in [r[:4] for r in found]


def test_stacked_adjectives_of_states_and_a_role_before_a_name():
    found = rows("وقال المشاط إن «العدوان الأمريكي السعودي» يتحمل مسؤولية تعثر صرف الرواتب.", date="2025-11-19")
    assert sorted(t for _, t, _, c, _ in found if c == "العدوان") == ["Saudi Arabia", "United States"]


def test_frames_join_a_user_lexicon_without_its_optional_columns():
    # the defaults of a user's table (category "", target any) are set before the frames join it
    lexicon = pd.DataFrame({"cue": ["متهور"], "polarity": ["negative"], "strength": [2], "enclitics": ["0"]})
    scorer = SentimentScorer(lexicon)
    assert scorer.lexicon.loc[0, ["target", "negation", "category"]].tolist() == ["any", "flip", ""]
    assert ("author", "Vladimir Putin", "negative", "متهور", "lexicon:any") in rows("بوتين متهور.", scorer=scorer)


def test_bare_militia_refers_back_to_the_group_named_before_it():
    text = "سيطرت ميليشيا الحوثي على الميناء، وقال وزير الإعلام إن الميليشيا تمنع وصول المساعدات."
    assert ("الميليشيا", "Houthis", "negative", "back") in labels(text)
    assert ("وزير الإعلام", "Houthis", "negative", "الميليشيا", "label:back") in rows(text)
    # no group named before it, or an adjective of its own after it: no label
    assert labels("وقال قائد الجيش إن الميليشيا ارتكبت جرائم في المدينة.") == []
    assert labels("هاجمت قوات الدعم السريع المدينة. وقال المتحدث إن الميليشيا المسلحة انسحبت.") == []


def test_labels_names_of_a_militia_a_regime_and_a_fallen_ruler():
    # الجنجويد is a name of the Rapid Support Forces, and a pejorative one
    assert ("الجنجويد", "Rapid Support Forces", "negative", "self") in labels(
        "وقال الجيش إن قوات الدعم السريع هاجمت المدينة، وإن الجنجويد سيدفعون الثمن.")
    # نظام المخزن stands for Morocco only where the article names Morocco
    assert ("نظام المخزن", "Morocco", "negative", "alone") in labels(
        "رحب المغرب بالقرار، وسارع نظام المخزن إلى الاحتفاء به.")
    assert labels("وسارع نظام المخزن إلى الاحتفاء بالقرار.") == []
    # the deposed ruler, before his name; المخلوع after a capital names nobody
    assert labels("تستضيف موسكو الرئيس المخلوع بشار الأسد منذ فراره.") == [
        ("الرئيس المخلوع", "Bashar al-Assad", "negative", "before")]
    assert labels("وتستضيف موسكو المخلوع بشار الأسد.") == [("المخلوع", "Bashar al-Assad", "negative", "before")]


def test_frames_persecution_and_desecration_blame_their_agent():
    assert ("United States", "South Africa", "negative", "تضطهد", "frame:harm") in rows(
        "قالت واشنطن إن جنوب أفريقيا تضطهد الأقلية البيضاء.")
    assert [(t, p, c) for _, t, p, c, _ in rows("وقال الجيش إنه سيطهر كل شبر دنسته قوات الدعم السريع.")] == [
        ("Rapid Support Forces", "negative", "دنسته")]


def test_labels_the_coloniser_the_mullahs_regime_and_the_putschists():
    assert labels("قالت إن شعوب المنطقة سئمت من إملاءات المستعمر الفرنسي.") == [
        ("المستعمر", "France", "negative", "before")]
    assert labels("قال إن إيران تواجه أزمة، وإن نظام الملالي يقمع المحتجين.") == [
        ("نظام الملالي", "Iran", "negative", "alone")]
    assert labels("يدعم نظام الملالي المتمردين.") == []  # Iran is not named
    assert ("الانقلابيين", "Houthis", "negative", "after") in labels("وهاجم الحوثيين الانقلابيين المدينة.")
    assert labels("قتل شاب برصاص قوة الاحتلال في جنين، وقالت إسرائيل إنها تحقق.") == [
        ("قوة الاحتلال", "Israel", "negative", "alone")]
