"""Russian and Ukrainian words of the claim frame, by lemma (pymorphy3's normal form): facility nouns and
products with the English words the map shows, verbs and event nouns by what they do to a facility, locative
prepositions and reporting phrases. Written for this tool; each list covers both languages."""

# Facility nouns -> the English noun of the claim's kind. A range ("полигон") is where arms are tried or troops
# train, not where they are made; a known one is still a site.
FACILITY = {
    "завод": "plant", "фабрика": "factory", "предприятие": "enterprise", "підприємство": "enterprise",
    "цех": "workshop", "производство": "production", "виробництво": "production", "изготовление": "production",
    "виготовлення": "production", "сборка": "assembly", "збирання": "assembly", "складання": "assembly",
    "комбинат": "plant",
    "комбінат": "plant", "арсенал": "arsenal", "склад": "depot", "верфь": "shipyard", "верф": "shipyard",
    "площадка": "site", "майданчик": "site", "технопарк": "technology park", "корпус": "production hall",
    "мощность": "production capacity",
    "потужність": "production capacity", "комплекс": "complex", "кластер": "production cluster",
    # compounds that name what the plant makes
    "радиозавод": "radio plant", "радіозавод": "radio plant", "авиазавод": "aircraft plant",
    "авіазавод": "aircraft plant", "машзавод": "machine-building plant", "судозавод": "shipyard",
    "химзавод": "chemical plant", "хімзавод": "chemical plant", "оборонзавод": "defence plant",
}
# Words for any site, a facility only beside a military word ("об'єкт ВПК", "оборонный объект").
SITE_WORDS = frozenset("объект об'єкт".split())
# Product lemmas -> the English product (plural, as the English reader writes products).
PRODUCT = {
    "беспилотник": "drones", "безпілотник": "drones", "беспилотный": "drones", "безпілотний": "drones",
    "дрон": "drones", "бпла": "drones", "бла": "drones", "fpv": "drones",
    "снаряд": "shells", "боеприпас": "ammunition", "боєприпас": "ammunition", "ракета": "missiles",
    "двигатель": "engines", "двигун": "engines", "порох": "gunpowder", "взрывчатка": "explosives",
    "вибухівка": "explosives", "перехоплювач": "interceptors", "перехватчик": "interceptors",
    "тротил": "explosives", "тротиловый": "explosives", "тротиловий": "explosives",
    "гексоген": "explosives", "октоген": "explosives", "нитроцеллюлоза": "nitrocellulose",
    "нітроцелюлоза": "nitrocellulose", "танк": "tanks", "бронетехника": "armoured vehicles",
    "бронетехніка": "armoured vehicles", "вертолёт": "helicopters", "вертолет": "helicopters",
    "гелікоптер": "helicopters", "вертоліт": "helicopters", "самолёт": "aircraft", "самолет": "aircraft",
    "літак": "aircraft", "авиабомба": "bombs", "авіабомба": "bombs", "бомба": "bombs", "оружие": "weapons",
    "зброя": "weapons", "вооружение": "weapons", "озброєння": "weapons", "мина": "mines", "міна": "mines",
    "торпеда": "torpedoes", "боеголовка": "warheads", "боєголовка": "warheads", "гаубица": "howitzers",
    "гаубиця": "howitzers", "шахед": "drones", "герань": "drones", "мопед": "drones",
    "бомбардировщик": "bombers", "бомбардувальник": "bombers", "истребитель": "fighter jets",
    "винищувач": "fighter jets", "подлодка": "submarines", "фрегат": "frigates", "корвет": "corvettes",
    "эсминец": "destroyers", "есмінець": "destroyers", "бронемашина": "armoured vehicles",
    "бронеавтомобиль": "armoured vehicles", "бронеавтомобіль": "armoured vehicles", "бтр": "armoured vehicles",
    "бронетранспортёр": "armoured vehicles", "бронетранспортер": "armoured vehicles",
    "бмп": "armoured vehicles", "сау": "howitzers", "рсзо": "rocket launchers", "патрон": "ammunition",
    "гранатомёт": "grenade launchers", "гранатомет": "grenade launchers", "пистолет": "pistols",
    "пістолет": "pistols", "винтовка": "rifles", "гвинтівка": "rifles", "карабин": "rifles", "карабін": "rifles",
    "автомат": "rifles", "пулемёт": "machine guns", "пулемет": "machine guns", "кулемет": "machine guns",
    "миномёт": "mortars", "миномет": "mortars", "міномет": "mortars", "радар": "radars", "рлс": "radars",
    "птрк": "anti-tank missiles", "зрк": "air defence systems", "рэб": "electronic warfare systems",
    "реб": "electronic warfare systems", "боеприпасы": "ammunition", "артснаряд": "shells",
    # adjectives of the products: "пороховой завод", "танковий завод"
    "пороховой": "gunpowder", "пороховий": "gunpowder", "ракетный": "missiles", "ракетний": "missiles",
    "танковый": "tanks", "танковий": "tanks", "снарядный": "shells", "снарядний": "shells",
    "патронный": "ammunition", "патронний": "ammunition", "бронетанковый": "armoured vehicles",
    "бронетанковий": "armoured vehicles", "вертолётный": "helicopters", "вертолетный": "helicopters",
    "вертолітний": "helicopters", "авиационный": "aircraft", "авіаційний": "aircraft",
}
# Adjectives that make a plant military: "оборонный завод", "военный завод".
MILITARY = frozenset("""оборонный оборонний военный військовий ракетный ракетний пороховой пороховий
оружейный збройовий артиллерийский артилерійський авиационный авіаційний танковый танковий
бронетанковый бронетанковий военно-промышленный військово-промисловий оборонно-промышленный
оборонно-промисловий впк опк арсенал""".split())

# The arms industry itself, or its trade: an article that names it once is about arms ("продукция ВПК",
# "гособоронзаказ", "военно-техническое сотрудничество").
ARMS_INDUSTRY = frozenset("""военно-промышленный військово-промисловий оборонно-промышленный оборонно-промисловий
впк опк гособоронзаказ держоборонзамовлення гоз спецпродукция военно-технический військово-технічний""".split())

# Armed forces: an article that names them (with products) is about arms, though they make no plant military.
FORCES = frozenset("армия армія зсу всу войско військо минобороны міноборони генштаб збройний вооружённый вооруженный"
                   .split())  # "Збройні сили", "Вооружённые силы"

# Adjectives that make a plant civilian: "нефтеперерабатывающий завод" is a refinery, not an arms plant.
CIVILIAN = frozenset("""нефтеперерабатывающий нафтопереробний нефтяной нафтовий газовый газовий
газоперерабатывающий газопереробний энергетический енергетичний атомный атомний топливный паливний
тепловой тепловий водопроводный водопровідний металлургический металургійний сталелитейный автомобильный
автомобільний тракторный тракторний текстильный текстильний кондитерский кондитерський жилой житловий
торговый торговельний спортивный спортивний гостиничный готельний""".split())

# Verbs (and event nouns) by what they do to a facility; the names are frames.VERB_CLASSES'.
VERBS = {
    "build": """строить построить возводить возвести строиться будувати побудувати збудувати зводити звести
                будуватися створить создать создавать створити створювати появиться з'явитися заложить
                закладывать закласти закладати наладить налаживать налагодити налагоджувати организовать
                організувати""",
    "operate": """производить произвести выпускать выпустить открыть открывать запустить запускать работать
                  изготавливать изготовить собирать собрать виробляти виготовляти випускати відкрити
                  відкривати запустити запускати працювати збирати действовать діяти функционировать
                  функціонувати ввести вводити запрацювати заработать передать передавать передати
                  передавати поставить поставлять поставити постачати отгрузить отгружать відвантажити""",
    "strike": """атаковать атакувати ударить вдарити поразить уразить уразити вразити прилететь прилетіти
                 обстрелять обстріляти попасть влучити бомбить бомбити загореться загорітися гореть горіти
                 взорваться вибухнути повредить пошкодити ушкодити разрушить зруйнувати пострадать постраждати
                 уничтожить знищити подорвать підірвати сгореть згоріти взорвать взрывать підривати""",
    "plan": """планировать планувати запланировать запланувати намереваться собираться збиратися намір одобрить
                одобрять схвалити
                схвалювати утвердить затвердити затверджувати отложить откладывать відкласти
                відкладати инвестировать проинвестировать інвестувати вкладывать вкладати распорядиться
                поручить приказать розпорядитися доручити наказати""",  # not "утверждать": it
    # mostly means "to claim"; money put into a plant or its output is a plan for it
    "propose": "предложить предлагать запропонувати пропонувати обсуждать обговорювати рассматривать розглядати",
    "expand": """расширять расширить розширювати розширити увеличивать увеличить збільшувати збільшити
                 нарастить наращивать нарощувати наростити модернизировать модернізувати вырасти вырастать
                 вирости зростати зрости""",
    "convert": """перепрофилировать перепрофилировывать перепрофілювати перепрофільовувати переоборудовать
                  переоборудывать переобладнати переобладнувати""",
    "close": "закрыть закрити остановить зупинити приостановить призупинити",
}
VERB_CLASS = {lemma: cls for cls, lemmas in VERBS.items() for lemma in lemmas.split()}
EVENT_NOUNS = {
    "строительство": "build", "будівництво": "build", "возведение": "build", "закладка": "build",
    "закладення": "build", "производство": "operate",
    "виробництво": "operate", "изготовление": "operate", "виготовлення": "operate", "выпуск": "operate",
    "випуск": "operate", "сборка": "operate", "збирання": "operate", "складання": "operate",
    "открытие": "operate", "відкриття": "operate", "запуск": "operate",
    "создание": "build", "створення": "build", "налаживание": "build", "налагодження": "build",
    "атака": "strike", "удар": "strike", "взрыв": "strike", "вибух": "strike", "пожар": "strike",
    "пожежа": "strike", "обстрел": "strike", "обстріл": "strike", "прилёт": "strike", "прилет": "strike",
    "попадание": "strike", "влучання": "strike", "поражение": "strike", "ураження": "strike",
    "возгорание": "strike", "загорание": "strike", "займання": "strike", "загоряння": "strike", "детонация": "strike",
    "детонація": "strike", "напад": "strike", "нападение": "strike", "налёт": "strike", "налет": "strike",
    "наліт": "strike", "бомбардировка": "strike", "бомбардування": "strike",
    "расширение": "expand", "розширення": "expand",
    "модернизация": "expand", "модернізація": "expand", "закрытие": "close", "закриття": "close",
    "перепрофилирование": "convert", "перепрофілювання": "convert", "переоборудование": "convert",
    "переобладнання": "convert",
}
# Event nouns of making that build only a facility: "создание завода", not "создание ракет".
CREATION = frozenset("создание створення".split())
# Damage, a strike where something suffers it ("завод зазнав пошкоджень", "получил повреждения") or is spared
# it ("обошлось без повреждений"); not tanks "получившие повреждения в боях" nor "из-за повреждения газопровода".
DAMAGE = frozenset("повреждение пошкодження ушкодження разрушение руйнування".split())
SUFFER = frozenset("""получить получать зазнати зазнавати отримати отримувати понести нести потерпеть
зафиксировать фиксировать зафіксувати фіксувати""".split())

# Verbs that complete what they govern ("завершили строительство": built).
COMPLETE = frozenset("завершить завершать закончить закончивать окончить завершити завершувати закінчити".split())
# Verbs that begin building ("заложили первый камень"): done, they leave it under construction.
INCEPTIVE = frozenset("заложить закладывать закласти закладати".split())
# Verbs that start or go on with what they govern ("начали строить": building is under way; "продолжает
# работать": it works).
BEGIN = frozenset("""начать начинать почати починати розпочати розпочинати приступить приступити продолжать
продолжить продовжувати продовжити возобновить возобновлять відновити відновлювати""".split())
# Of those, the verbs that go on with what is already under way: in the future too ("продолжит строить").
CONTINUE = frozenset("продолжать продолжить продовжувати продовжити".split())
STARTS = BEGIN - CONTINUE
# Work that a beginning verb starts: "розпочало роботу", "возобновил работу" (the plant works).
WORK_NOUNS = frozenset("работа робота деятельность діяльність функционирование функціонування".split())
# Verbs that put off what they govern ("запуск завода отложили", "відкладений"): it is still planned.
DELAY = frozenset("""отложить откладывать відкласти відкладати відкладений отложенный сорвать срывать зірвати
зривати сорванный зірваний""".split())  # delayed, or foiled: "зірвала запуск виробництва"
# "Despite": what follows is not what happened to the plant ("несмотря на обстрелы", "попри удари").
CONCESSIVE = frozenset("попри незважаючи несмотря вопреки всупереч".split())
# Verbs that pay for what they govern: in the future, it is planned ("фінансуватиме виробництво").
FUND = frozenset("финансировать профинансировать фінансувати профінансувати инвестировать інвестувати".split())
# Verbs whose infinitive is a plan ("планирует построить").
INTEND = frozenset("""планировать планувати намереваться собираться збиратися хотеть хотіти предусматривать
передбачати""".split())  # "соглашение предусматривает строительство": to come
# Adjectives of states, by lemma, and the words for a company they may qualify: "німецький концерн Rheinmetall",
# "украинской оборонной компании" run the plant; "украинские дроны" strike it.
STATE_ADJECTIVES = {
    **dict.fromkeys("российский російський".split(), "RU"), **dict.fromkeys("украинский український".split(), "UA"),
    **dict.fromkeys("белорусский білоруський".split(), "BY"), **dict.fromkeys("иранский іранський".split(), "IR"),
    **dict.fromkeys("немецкий німецький германский".split(), "DE"),
    **dict.fromkeys("турецкий турецький".split(), "TR"), **dict.fromkeys("польский польський".split(), "PL"),
    **dict.fromkeys("чешский чеський".split(), "CZ"), **dict.fromkeys("словацкий словацький".split(), "SK"),
    **dict.fromkeys("американский американський".split(), "US"),
    **dict.fromkeys("британский британський".split(), "GB"),
    **dict.fromkeys("французский французький".split(), "FR"),
    **dict.fromkeys("северокорейский північнокорейський".split(), "KP"),
    **dict.fromkeys("южнокорейский південнокорейський".split(), "KR"),
    **dict.fromkeys("китайский китайський".split(), "CN"), **dict.fromkeys("датский данський".split(), "DK"),
    **dict.fromkeys("литовский литовський".split(), "LT"), **dict.fromkeys("латвийский латвійський".split(), "LV"),
    **dict.fromkeys("эстонский естонський".split(), "EE"), **dict.fromkeys("румынский румунський".split(), "RO"),
    **dict.fromkeys("болгарский болгарський".split(), "BG"), **dict.fromkeys("шведский шведський".split(), "SE"),
    **dict.fromkeys("норвежский норвезький".split(), "NO"), **dict.fromkeys("финский фінський".split(), "FI"),
    **dict.fromkeys("израильский ізраїльський".split(), "IL"), **dict.fromkeys("японский японський".split(), "JP"),
    **dict.fromkeys("индийский індійський".split(), "IN"), **dict.fromkeys("итальянский італійський".split(), "IT"),
    **dict.fromkeys("испанский іспанський".split(), "ES"),
    **dict.fromkeys("казахстанский казахстанський".split(), "KZ"), **dict.fromkeys("русский".split(), "RU"),
    **dict.fromkeys("австрийский австрійський".split(), "AT"),
    **dict.fromkeys("швейцарский швейцарський".split(), "CH"), **dict.fromkeys("канадский канадський".split(), "CA"),
    **dict.fromkeys("австралийский австралійський".split(), "AU"),
    **dict.fromkeys("сербский сербський".split(), "RS"), **dict.fromkeys("венгерский угорський".split(), "HU"),
    **dict.fromkeys("грузинский грузинський".split(), "GE"), **dict.fromkeys("армянский вірменський".split(), "AM"),
    **dict.fromkeys("азербайджанский азербайджанський".split(), "AZ"),
    **dict.fromkeys("пакистанский пакистанський".split(), "PK"), **dict.fromkeys("сирийский сирійський".split(), "SY"),
    **dict.fromkeys("египетский єгипетський".split(), "EG"), **dict.fromkeys("бельгийский бельгійський".split(), "BE"),
    **dict.fromkeys("нидерландский голландский нідерландський голландський".split(), "NL"),
    **dict.fromkeys("греческий грецький".split(), "GR"), **dict.fromkeys("португальский португальський".split(), "PT"),
    **dict.fromkeys("бразильский бразильський".split(), "BR"), **dict.fromkeys("саудовский саудівський".split(), "SA"),
    **dict.fromkeys("молдавский молдовский молдовський".split(), "MD"),
    **dict.fromkeys("узбекский узбецький".split(), "UZ"), **dict.fromkeys("таджикский таджицький".split(), "TJ"),
    **dict.fromkeys("хорватский хорватський".split(), "HR"), **dict.fromkeys("словенский словенський".split(), "SI"),
    **dict.fromkeys("вьетнамский вʼєтнамський в'єтнамський".split(), "VN"),
    **dict.fromkeys("тайваньский тайванський".split(), "TW"),
}
# Countries as sources name them ("Збройних сил України", "Минобороны России"), glossed in English.
COUNTRY_NOUNS = {
    **dict.fromkeys("україна украина".split(), "Ukraine"), **dict.fromkeys("россия росія рф".split(), "Russia"),
    **dict.fromkeys("беларусь білорусь".split(), "Belarus"), **dict.fromkeys("иран іран".split(), "Iran"),
    **dict.fromkeys("сша".split(), "US"), **dict.fromkeys("кндр".split(), "North Korea"),
    **dict.fromkeys("польша польща".split(), "Poland"), **dict.fromkeys("германия німеччина".split(), "Germany"),
    **dict.fromkeys("турция туреччина".split(), "Turkey"), **dict.fromkeys("китай".split(), "China"),
}
COMPANY_NOUNS = frozenset("""компания компанія концерн производитель виробник фирма фірма корпорация корпорація
холдинг группа група стартап оборонка предприятие підприємство разработчик розробник""".split())
# Nouns whose event noun is agreed or decided, not begun ("соглашение о строительстве", "рішення про будівництво").
AGREEMENT = frozenset("""соглашение угода договор договорённость домовленість меморандум контракт план проект
решение рішення договориться договариваться договоритися домовитися домовлятися""".split())
NEGATION = frozenset({"не", "ни", "ні"})

# Prepositions that put a thing at a place: "в Елабуге", "под Москвой", "біля Києва".
LOCATIVE = frozenset("в во у на под подо около возле близ вблизи поблизости під біля поблизу неподалік".split())
# Buying from: "закупит у Праги" names the seller.
ACQUIRE = frozenset("""закупить закупать купить покупать приобрести приобретать получить получать заказать
заказывать арендовать закупити закуповувати купити купувати придбати придбавати отримати отримувати замовити
замовляти орендувати""".split())
# Prepositions after which a place is where something comes from or goes over: not the facility's place.
NOT_LOCATIVE = frozenset("из с со от по над через з із зі від над через".split())
OUT_OF = frozenset("из изо із зі з".split())  # "из Борисова": a name after it is a place, not a person
FROM = OUT_OF | frozenset("с со от від".split())  # "с Воткинского завода": where things come from

# Reporting phrases: the source's name follows them. Lower case, matched at word boundaries.
# A belief held is a claim made when what is believed follows: "местные жители считают, что"; not "его мощность
# считают тайной".
BELIEFS = ("считают", "считает", "полагают", "полагает", "предполагают", "предполагает", "вважають", "вважає",
           "припускають", "припускає")
SOURCE_BEFORE = (
    "источник:", "источники:", "джерело:", "джерела:",
    "по данным", "по словам", "по информации", "по сообщению", "по сообщениям", "по оценкам", "по оценке",
    "согласно данным", "согласно информации", "говорится в сообщении", "говорится в заявлении",
    "говорится на сайте", "сообщается на сайте", "йдеться на сайті", "повідомляється на сайті",
    "говорится в докладе", "говорится в отчете", "говорится в отчёте", "со ссылкой на", "как сообщил",
    "как сообщила", "как сообщили", "как сообщает", "как заявил", "как заявили", "сообщил", "сообщила", "сообщили",
    "сообщает", "заявил", "заявила", "заявили", "пишет", "передает", "передаёт", "информирует",
    "сказал", "сказала", "рассказал", "рассказали", "уточнил", "подтвердил", "подтвердили",
    "по подсчетам", "по подсчётам", "по расчетам", "по расчётам", "согласно подсчетам", "согласно оценкам",
    "за даними", "за словами", "за інформацією", "за повідомленням", "за оцінками", "за оцінкою",
    "за підрахунками", "за розрахунками", "згідно з підрахунками", "згідно з оцінками", "згідно з розрахунками",
    "пришли к выводу", "пришел к выводу", "пришёл к выводу", "пришла к выводу", "дійшли висновку",
    "дійшов висновку", "дійшла висновку", "дійшли до висновку", "дійшов до висновку",
    "судячи з повідомлень", "судячи з даних", "за повідомленнями",
    "згідно з даними", "згідно з інформацією", "йдеться у заяві", "йдеться в заяві", "йдеться у повідомленні",
    "йдеться в повідомленні", "йдеться у звіті", "йдеться в звіті", "з посиланням на", "як повідомив",
    "як повідомила", "як повідомили", "як повідомляє", "повідомив", "повідомила", "повідомили", "повідомляє", "заявив",
    "заявила", "заявили", "пише", "інформує", "сказав", "сказала", "розповів", "розповіли", "підтвердив",
    "підтвердили", "зазначив", "зазначили",
    # the present plural: "источники сообщают", "джерела повідомляють"
    "сообщают", "заявляют", "пишут", "передают", "информируют", "подтверждают", "уточняют",
    "повідомляють", "заявляють", "пишуть", "інформують", "підтверджують", "уточнюють",
    "стверджують", "стверджує", "вказують", "вказує", "указывают", "указывает", "рассказывает", "розповідає",
    *BELIEFS,
    # "утверждать" also approves ("власти утверждают проект"): only "как утверждают X" claims
    "как утверждают", "как утверждает",
    # neuter: ministries and agencies ("Минобороны сообщило", "міністерство повідомило")
    "сообщило", "заявило", "подтвердило", "уточнило", "повідомило", "підтвердило", "зазначило",
)
# Past tenses of more verbs of saying, in each gender and the plural: Russian stem + л/ла/ло/ли ("отметила"),
# Ukrainian stem + в/ла/ло/ли ("наголосив").
_SAID_RU = ("сообщи заяви уточни подтверди отмети подчеркну добави написа писа рассказа сказа объяви призна раскры "
            "опубликова обнародова размести")  # "информацию разместил X"
_SAID_UK = ("повідоми заяви уточни підтверди зазначи наголоси дода написа писа розпові сказа оголоси визна розкри "
            "опублікува оприлюдни стверджува розмісти")
SOURCE_BEFORE += tuple(dict.fromkeys(
    form for stems, male in ((_SAID_RU, "л"), (_SAID_UK, "в")) for stem in stems.split()
    for form in (stem + male, stem + "ла", stem + "ло", stem + "ли") if form not in SOURCE_BEFORE))
# A source name stops at these words ("сказал глава холдинга Игорь Белов в ходе брифинга").
NAME_STOPS = frozenset("""в во на по при после во время в ходе что о об у з із про під час після який
которая который которые яка які що чтобы щоб и і та а но але
изданию виданню агентству телеканалу журналистам журналістам""".split())  # "розповів X виданню Bloomberg"
# Words opening a clause that describes what precedes it ("завод, где собирают ракеты").
RELATIVE = frozenset("где де который которая которое которые которого який яка яке які якого що".split())
# New parts of an existing plant: building them expands it.
NEW_PARTS = frozenset("""здание будівля корпус цех линия лінія мощность потужність площадка майданчик
помещение приміщення""".split())
# Relative dates, as the English reader words them (see facts._relative).
RELATIVE_DATES = (
    ("позавчера", "2 days ago"), ("позавчора", "2 days ago"), ("вчера", "yesterday"), ("вчора", "yesterday"),
    ("сегодня", "today"), ("сьогодні", "today"), ("на прошлой неделе", "last week"), ("минулого тижня", "last week"),
    ("на минулому тижні", "last week"), ("на этой неделе", "this week"), ("цього тижня", "this week"),
    ("в прошлом месяце", "last month"), ("минулого місяця", "last month"), ("в этом месяце", "this month"),
    ("цього місяця", "this month"), ("в прошлом году", "last year"), ("минулого року", "last year"),
    ("торік", "last year"), ("в этом году", "this year"), ("цього року", "this year"),
)
# Speakers named by what they are: the organisation the article named before is meant.
GENERIC_SPEAKERS = frozenset("""агентство компания компанія издание видання ведомство відомство министерство
міністерство собеседник співрозмовник источник джерело предприятие підприємство завод концерн""".split())
# Where something was signed, said or shown, or where a company has its office, is not where the plant is:
# "подписали в Варшаве", "головний офіс якої залишається в Києві".
ANNOUNCING = frozenset("""подписать підписати встреча зустріч визит візит выставка виставка форум саммит саміт
переговоры переговори конференция конференція брифинг брифінг обсуждение обговорення заседание засідання
сессия сесія выступление виступ офис офіс штаб-квартира
совещание нарада обсуждать обсудить обговорювати обговорити церемония церемонія интервью інтерв'ю ярмарка
ярмарок пресс-конференция прес-конференція""".split())
# An English gloss for the words that name who speaks, so that a reader without Russian or Ukrainian (and a search
# in English) knows "губернатор Омской области" is a governor: lemmas (and abbreviations as written) -> English.
SOURCE_PHRASES = (("міський голова", "mayor"), ("городской голова", "mayor"),
                  ("генеральный штаб", "General Staff"), ("генеральний штаб", "General Staff"),
                  ("вооружённый сила", "armed forces"), ("збройний сила", "armed forces"),
                  ("повітряний сила", "Air Force"), ("воздушный сила", "Air Force"),
                  ("сила оборона", "Defence Forces"), ("глава держава", "President"),
                  ("глава государство", "President"))  # lemmas; a head of state is its president
SOURCE_WORDS = {
    "губернатор": "governor", "глава": "head", "голова": "head", "мэр": "mayor", "мер": "mayor", "министр": "minister",
    "міністр": "minister", "министерство": "ministry", "міністерство": "ministry", "оборона": "defence",
    "минобороны": "Ministry of Defence", "міноборони": "Ministry of Defence", "генштаб": "General Staff",
    "штаб": "staff", "пресс-служба": "press service", "прес-служба": "press service", "служба": "service",
    "безопасность": "security", "безпека": "security", "разведка": "intelligence", "розвідка": "intelligence",
    "источник": "source", "джерело": "source", "администрация": "administration", "адміністрація": "administration",
    "военный": "military", "військовий": "military", "командование": "command", "командування": "command",
    "президент": "president", "правительство": "government", "уряд": "government", "компания": "company",
    "компанія": "company", "завод": "plant", "концерн": "concern", "корпорация": "corporation",
    "корпорація": "corporation", "агентство": "agency", "ведомство": "agency", "відомство": "agency",
    "представитель": "spokesperson", "представник": "spokesperson", "пресс-секретарь": "spokesperson",
    "речник": "spokesperson", "директор": "director", "гендиректор": "chief executive", "заместитель": "deputy",
    "заступник": "deputy", "комитет": "committee", "комітет": "committee", "оборонный": "defence",
    "оборонний": "defence", "государственный": "state", "державний": "state",
    "ЗСУ": "Armed Forces of Ukraine", "ВСУ": "Armed Forces of Ukraine", "СБУ": "SBU (Security Service of Ukraine)",
    "ГУР": "HUR (Defence Intelligence of Ukraine)", "ФСБ": "FSB", "МО": "Ministry of Defence",
    "РНБО": "National Security and Defence Council", "СНБО": "National Security and Defence Council",
    "МЧС": "emergencies ministry", "ДСНС": "State Emergency Service",
    "мэрия": "city administration", "міськрада": "city council", "горсовет": "city council",
    "прокуратура": "prosecutors", "генпрокуратура": "prosecutors", "суд": "court", "полиция": "police",
    "поліція": "police", "холдинг": "holding", "канал": "channel", "телеграм-канал": "Telegram channel",
    "сотрудник": "employee", "співробітник": "employee", "работник": "worker", "робітник": "worker",
    "бывший": "former", "колишній": "former", "аналитик": "analyst", "аналітик": "analyst", "эксперт": "expert",
    "експерт": "expert", "журналист": "journalist", "журналіст": "journalist", "житель": "resident",
    "мешканець": "resident", "очевидец": "eyewitness", "очевидець": "eyewitness", "СМИ": "media", "ЗМІ": "media",
    "издание": "outlet", "видання": "outlet", "госкомвоенпром": "State Military-Industrial Committee",
    "держкомвійськпром": "State Military-Industrial Committee",
    "керівник": "head", "руководитель": "head", "керівництво": "leadership", "руководство": "leadership",
    "начальник": "chief", "центр": "Centre",
    "дезінформація": "disinformation", "дезинформация": "disinformation", "очільник": "head",
    "губернаторка": "governor", "спікер": "spokesperson", "спикер": "spokesperson", "посол": "ambassador",
    "депутат": "lawmaker", "советник": "adviser", "радник": "adviser", "генсек": "secretary general",
    "секретарь": "secretary", "секретар": "secretary", "губернский": "provincial", "обласний": "regional",
    "областной": "regional",
    "ОВА": "regional military administration", "МВА": "city military administration",
    "речниця": "spokesperson", "представниця": "spokesperson", "керівниця": "head", "очільниця": "head",
    "міністерка": "minister", "директорка": "director", "аналітикиня": "analyst", "председатель": "chair",
    "комиссия": "commission", "комісія": "commission", "палата": "chamber",
    "премьер-министр": "prime minister", "прем'єр-міністр": "prime minister", "премьер": "prime minister",
    "прем'єр": "prime minister", "вице-премьер": "deputy prime minister", "віце-прем'єр": "deputy prime minister",
    "телеканал": "TV channel", "охранник": "guard", "охоронець": "guard", "командир": "commander",
    "командующий": "commander", "командувач": "commander", "telegram-канал": "Telegram channel",
    "паблик": "public page", "паблік": "public page",
    "национальный": "National", "національний": "National", "сопротивление": "Resistance", "спротив": "Resistance",
    "группа": "Group", "група": "Group", "правозащитный": "Human Rights", "правозахисний": "Human Rights",
    "власть": "authorities", "влада": "authorities", "местный": "local", "місцевий": "local",
    "региональный": "regional", "регіональний": "regional", "информагентство": "news agency",
    "інформагентство": "news agency", "пресса": "press", "преса": "press",
    # organisations the English reader knows by an English name
    "ростех": "Rostec", "ростёха": "Rostec", "УВЗ": "Uralvagonzavod", "уралвагонзавод": "Uralvagonzavod",
    "укроборонпром": "Ukroboronprom", "минпромторг": "Ministry of Industry and Trade",
    "мінстратегпром": "Ministry of Strategic Industries", "роскосмос": "Roscosmos",
    "КТРВ": "Tactical Missiles Corporation", "ОАК": "United Aircraft Corporation",
    "ОСК": "United Shipbuilding Corporation", "алмаз-антей": "Almaz-Antey", "нацгвардия": "National Guard",
    "нацгвардія": "National Guard", "росгвардия": "Rosgvardia", "СК": "Investigative Committee",
}
# Verbs of saying, as lemmas: "в Копенгагене заверили, что ..." says where the speakers are, not the plant.
REPORTING_VERBS = frozenset("""заявить заявлять сообщить сообщать заверить заверять подтвердить подтверждать
уточнить отметить рассказать пообещать объявить считать заявити заявляти повідомити повідомляти запевнити
запевняти підтвердити підтверджувати уточнити зазначити розповісти пообіцяти оголосити вважати""".split())
# What a government does: a town as their subject stands for it ("Варшава планирует", "Москва заявила").
GOVERNMENT_VERBS = REPORTING_VERBS | frozenset("""планировать намереваться собираться обвинить обвинять требовать
потребовать отрицать настаивать ответить отвечать согласиться соглашаться отказаться отказываться пригрозить
угрожать призвать призывать решить решать хотеть надеяться предложить предлагать закупить закупать купить
покупать подписать подписывать предупредить предупреждать осудить осуждать одобрить одобрять планувати
намагатися збиратися звинуватити звинувачувати вимагати заперечувати наполягати відповісти відповідати
погодитися відмовитися погрожувати закликати вирішити вирішувати хотіти сподіватися запропонувати пропонувати
закупити закуповувати купити купувати підписати підписувати попередити попереджати засудити схвалити""".split())
