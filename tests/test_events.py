"""Event coding on common news phrasings beyond the seed: tolls, actors, triggers.

Each sentence is written in the ordinary style of Arabic news copy about Qamishli; the
expected coding is what an ACLED coder would give it (type, sub-type, actor1, actor2,
fatalities, injuries). They were found by probing the extractor with such sentences:
each case failed before the rule it names was added.
"""

from __future__ import annotations

import pytest

# (sentence, [(event_type, sub_event_type, actor1, actor2, fatalities, injuries), ...])
CASES = [
    # the number comes before a casualty noun, and each noun keeps its own number
    ("اندلعت اشتباكات في حي طي بالقامشلي بين الأسايش والدفاع الوطني أسفرت عن سقوط ثلاثة قتلى وأربعة جرحى من المدنيين.",
     [("Battles", "Armed clash", "asayish", "ndf", 3, 4)]),
    # a singular noun counts one, and the number after it belongs to the next noun
    ("وقعت اشتباكات في حي طي بين الأسايش والدفاع الوطني خلفت قتيلاً وثلاثة جرحى.",
     [("Battles", "Armed clash", "asayish", "ndf", 1, 3)]),
    # digits with the conjunction attached
    ("اندلعت اشتباكات في حي طي بين الأسايش والدفاع الوطني ما خلف ٤ قتلى و١١ جريحاً.",
     [("Battles", "Armed clash", "asayish", "ndf", 4, 11)]),
    # "لقي ... مصرعهم": the number is the subject of لقي
    ("لقي ثلاثة عناصر من الدفاع الوطني مصرعهم في اشتباكات مع الأسايش في حي طي.",
     [("Battles", "Armed clash", "ndf", "asayish", 3, None)]),
    # a dual noun counts two
    ("سقط قتيلان في اشتباكات بين الأسايش والدفاع الوطني في حي طي.",
     [("Battles", "Armed clash", "asayish", "ndf", 2, None)]),
    # a toll given with a back-reference ("الاشتباكات") belongs to the clash it refers to
    ("اندلعت اشتباكات في حي طي بين الأسايش والدفاع الوطني. وأسفرت الاشتباكات عن مقتل أربعة عناصر.",
     [("Battles", "Armed clash", "asayish", "ndf", 4, None)]),
    # a running toll
    ("اندلعت اشتباكات مساء الثلاثاء في حي طي بين الأسايش والدفاع الوطني، وارتفعت حصيلة القتلى إلى ٧.",
     [("Battles", "Armed clash", "asayish", "ndf", 7, None)]),
    # two sides joined by و before the trigger
    ("تبادل عناصر الأسايش وقوات النظام إطلاق النار في حي طي.",
     [("Battles", "Armed clash", "asayish", "syrian_government", 0, None)]),
    # the verb قصفت, and civilians wounded by it
    ("قصفت قوات النظام بقذائف الهاون حي الهلالية في القامشلي مساء أمس، ما أدى إلى إصابة خمسة مدنيين بجروح.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "syrian_government", "civilians", 0, 5)]),
    # a child killed by shelling is a victim of the shelling, not a second event; a child is a
    # civilian, so civilians are the side hit (actor2), the unnamed shelling force stays empty
    ("سقطت قذيفة هاون على شارع القوتلي في القامشلي ظهر اليوم، ما أسفر عن مقتل طفل.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "", "civilians", 1, None)]),
    # an assassination by shooting is one attack; the victim's employer is not the attacker
    ("اغتال مسلحون مجهولون مسؤولاً في الإدارة الذاتية بإطلاق النار عليه في حي قدور بك فجر الأربعاء.",
     [("Violence against civilians", "Attack", "unidentified", "civilians", 1, None)]),
    # an attempt kills nobody; its unnamed attacker is an unidentified armed group (ACLED)
    ("نجا مسؤول في الإدارة الذاتية من محاولة اغتيال في حي قدور بك.",
     [("Violence against civilians", "Attack", "unidentified", "civilians", 0, None)]),
    # a civilian killed by gunfire, the verb in the passive
    ("قتل مدني برصاص مسلحين مجهولين في حي الوسطى مساء الأربعاء.",
     [("Violence against civilians", "Attack", "unidentified", "civilians", 1, None)]),
    # remote violence: the side hit is actor2; an unnamed attacker stays empty
    ("استهدفت طائرة مسيرة سيارة تقل عناصر من قسد قرب بلدة عامودا صباح الأربعاء، ما أدى إلى مقتل ثلاثة منهم.",
     [("Explosions/Remote violence", "Air/drone strike", "", "sdf", 3, None)]),
    ("انفجرت عبوة ناسفة بسيارة عسكرية تابعة للقوات الحكومية جنوب القامشلي صباح الأحد، ما أدى لمقتل جنديين.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "unidentified", "syrian_government", 2, None)]),
    ("استهدف الجيش التركي بطائرة مسيرة مواقع لقسد قرب عامودا.",
     [("Explosions/Remote violence", "Air/drone strike", "turkey", "sdf", 0, None)]),
    # "أطلق … النار" with the subject in between: at civilians an attack, at a checkpoint a clash
    ("أطلق عناصر من قوات النظام النار على مدنيين قرب دوار الوحدة، ما أدى إلى إصابة اثنين منهم.",
     [("Violence against civilians", "Attack", "syrian_government", "civilians", 0, 2)]),
    ("أطلق قناص من الدفاع الوطني النار على حاجز للأسايش في حي طي.",
     [("Battles", "Armed clash", "ndf", "asayish", 0, None)]),
    # the subject after the verb, behind words that head it ("عناصر من", "قناص تابع لـ")
    ("خطف مسلحون تابعون للدفاع الوطني مدنيين اثنين في حي حلكو.",
     [("Violence against civilians", "Abduction/forced disappearance", "ndf", "civilians", 0, None)]),
    # a takeover with its subject between verb and object is the battle (no separate clash)
    ("سيطرت قوات سوريا الديمقراطية مساء الجمعة على قرية تل عودة إثر اشتباكات مع القوات الحكومية.",
     [("Battles", "Non-state actor overtakes territory", "sdf", "syrian_government", 0, None)]),
    # a prisoner exchange is an agreement
    ("جرى تبادل للأسرى بين قسد والقوات الحكومية في مطار القامشلي اليوم.",
     [("Strategic developments", "Agreement", "sdf", "syrian_government", 0, None)]),
    # a clash named as the cause of a displacement is no new clash
    ("نزحت مئات العائلات من حي حلكو بسبب الاشتباكات.",
     [("Strategic developments", "Other", "civilians", "", 0, None)]),
    # the verb اشتبك, its subject after it and the other side after مع
    ("اشتبكت دورية للأسايش مع عناصر من الدفاع الوطني قرب دوار الوحدة مساء الأربعاء.",
     [("Battles", "Armed clash", "asayish", "ndf", 0, None)]),
    # both sides named before a clash, each with its toll
    ("قتل عنصر من الأسايش وأصيب اثنان من الدفاع الوطني في معارك بحي طي.",
     [("Battles", "Armed clash", "asayish", "ndf", 1, 2)]),
    # the arrested are actor2
    ("اعتقلت الأسايش ثلاثة عناصر من الدفاع الوطني في حي حلكو.",
     [("Strategic developments", "Arrests", "asayish", "ndf", 0, None)]),
    # masculine verb of abduction
    ("اختطف مسلحون مجهولون مدنياً في قرية تل زيوان مساء الجمعة.",
     [("Violence against civilians", "Abduction/forced disappearance", "unidentified", "civilians", 0, None)]),
    # protests: protesters are actor1, the administration they protest against is no party
    ("احتج عشرات الطلاب أمام مبنى الإدارة الذاتية في القامشلي اليوم.",
     [("Protests", "Peaceful protest", "protesters", "", 0, None)]),
    ("شهدت مدينة القامشلي أعمال شغب مساء أمس.",
     [("Riots", "Violent demonstration", "rioters", "", 0, None)]),
    # talks about a truce are no truce; the meeting is the event
    ("عقد اجتماع في مطار القامشلي بين قسد والقوات الروسية لبحث التهدئة.",
     [("Strategic developments", "Other", "sdf", "russia", 0, None)]),
    # fleeing from clashes reports the displacement, not a new clash
    ("نزحت عشرات العائلات من حي طي إلى قرية ذبانة هرباً من الاشتباكات.",
     [("Strategic developments", "Other", "civilians", "", 0, None)]),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_common_phrasings_are_coded_as_acled_would(run_text, sentence, expected):
    events = run_text(sentence).events
    got = [(e.event_type, e.sub_event_type, e.actor1_id, e.actor2_id, e.fatalities, e.injuries) for e in events]
    assert got == expected


def test_displaced_families_are_counted_conservatively(run_text):
    (e,) = run_text("نزحت عشرات العائلات من حي طي إلى قرية ذبانة هرباً من الاشتباكات.").events
    assert e.displaced == 20 and e.displaced_text.startswith("عشرات")
    (e,) = run_text("نزحت مئات العائلات من حي حلكو بسبب الاشتباكات.").events
    assert e.displaced == 200
    (e,) = run_text("وصلت ٤٠ عائلة نازحة من قرية تل عودة إلى القامشلي أمس.").events
    assert e.displaced == 40
