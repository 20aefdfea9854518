"""Russian and Ukrainian articles, on sentences written for these tests (invented events at real places): place
names through their lemmas, the claim frame (facility, place, status from aspect and tense, source)."""

import re

import pytest

from pipeline import cyrillic_claims
from pipeline.cyrillic_text import sentences
from pipeline.facilities import merge
from pipeline.records import Article
from pipeline.runner import analyse


def said_by(claim) -> str:
    """The claim's source as the article writes it, without the English gloss of what it is."""
    return re.sub(r" \([^()]*\)$", "", claim.attribution or "")


def read(language: str, text: str, published: str = "2025-06-02"):
    article = Article(id="t", title="t", publisher="Вестник", url="", published=published, language=language,
                      text=text, source_path="t.md")
    _, mentions, claims = analyse(article)
    return mentions, claims


def claim_at(language: str, text: str, place: str):
    _, claims = read(language, text)
    found = [c for c in claims if c.place.name == place]
    assert found, [(c.place.name, c.status, c.evidence) for c in claims]
    return found[0]


@pytest.mark.parametrize("language, text, surface, name", [
    ("ru", "Новый цех открылся в Елабуге.", "Елабуге", "Yelabuga"),
    ("uk", "У Курську вибухи.", "Курську", "Kursk"),  # no adjective: "курську" agrees with no word after it
    ("uk", "Ракети влучили в завод у Кривому Розі.", "Кривому Розі", "Kryvyy Rih"),  # an analyst's alias
    ("uk", "Дрони атакували Єлабугу вночі.", "Єлабугу", "Yelabuga"),  # a feminine name as the object
    ("uk", "Пороховий завод на Волині розширили.", "Волині", "Volynska oblast"),  # not Wolin in Poland
    # a Russian town as Ukrainian spells it: "и" for "ы", one "с" for the "сс" of "росс"
    ("uk", "Дрони атакували хімічний завод в Олексині Тульської області.", "Олексині", "Aleksin"),  # "алекс"
    ("uk", "Удару завдали по заводу боєприпасів в Олександрові Володимирської області.", "Олександрові",
     "Aleksandrov"),
    ("uk", "Дрони атакували нафтопереробний завод у Сизрані.", "Сизрані", "Syzran"),
    ("uk", "Вибухи пролунали в Новоросійську.", "Новоросійську", "Novorossiysk"),
    # a town's genitive that reads as an adjective, with nothing after it to qualify
    ("uk", "Дрони атакували завод Новочеркаська.", "Новочеркаська", "Novocherkassk"),
    ("uk", "Завод Новочеркаська атакували дрони.", "Новочеркаська", "Novocherkassk"),
    ("uk", "Новий завод збудують на Гомельщині.", "Гомельщині", "Homieĺskaja voblasć"),
    ("ru", "Снаряды собирают в Курской области.", "Курской области", "Kurskaya oblast'"),
    # a region's colloquial name (an analyst override): the region, not a village of that name
    ("uk", "Дрони атакували військовий завод на Брянщині.", "Брянщині", "Bryanskaya oblast'"),
    ("ru", "Беспилотники атаковали завод боеприпасов на Кубани.", "Кубани", "Krasnodarskiy kray"),
    ("ru", "Снаряды делают под Нижним Новгородом.", "Нижним Новгородом", "Nizhniy Novgorod"),
    ("ru", "Ракеты испытывали в Сергиевом Посаде.", "Сергиевом Посаде", "Sergiyev Posad"),
    ("uk", "Нову лінію запустили у Вишневому.", "Вишневому", "Vyshneve"),
    ("uk", "Дрони збирають у Воткінську.", "Воткінську", "Votkinsk"),
    ("uk", "Завод працює в Житомирській області.", "Житомирській області", "Zhytomyrska oblast"),
    ("uk", "Завод у м. Дубна виготовляє дрони.", "Дубна", "Dubna"),
    ("uk", "Новий цех у Зеленограді Московської області.", "Зеленограді", "Zelenograd"),
    ("uk", "Новий цех у Калузькій області.", "Калузькій області", "Kaluzhskaya oblast'"),  # з -> ж in Russian
    ("ru", "ТУЛА, 3 мая. Завод выпускает снаряды.", "ТУЛА", "Tula"),
    ("uk", "Новий цех відкрили в Єлабузі.", "Єлабузі", "Yelabuga"),
    ("uk", "Цех з ремонту танків працює в Гомелі.", "Гомелі", "Homyel'"),
    # an adjective between the preposition and the town ("у російському Іжевську"), whatever follows the town
    ("uk", "У російському Іжевську вже другий ринок закривають.", "Іжевську", "Izhevsk"),
    ("ru", "В оккупированном Донецке уже неделю нет воды.", "Донецке", "Donetsk"),
    # a small town after a word for one
    ("uk", "У Данії в містечку Воєнс будують завод.", "Воєнс", "Vojens"),
    ("ru", "В датском городке Военс строят завод.", "Военс", "Vojens"),
    ("uk", "У захопленому окупантами Донецьку вже тиждень немає води.", "Донецьку", "Donetsk"),
    # a name is seldom a dative: "Самару" is Samara, not the Ukrainian Samar, nor the region its alias names
    ("ru", "Ночью дроны атаковали Самару.", "Самару", "Samara"),
    ("ru", "Министр приехал в Самару утром.", "Самару", "Samara"),
    ("ru", "Правительство России оплатит ремонт завода.", "России", "Russia"),
    # a later item of a list a preposition opens, though the dictionary knows it as a word ("Львові": to a lion)
    ("uk", "Вибухи чули у Луцьку, Рівному та Львові.", "Львові", "Lviv"),
    # a region after a title ("глава Удмуртии"); Russia as some Ukrainian outlets write it, in lower case
    ("ru", "Об атаке сообщил глава Чувашии Иван Петров.", "Чувашии", "Chuvashskaya Respublika"),
    ("uk", "Про атаку повідомив голова Башкирії Іван Петренко.", "Башкирії", "Bashkortostan, Respublika"),
    ("uk", "Дрони знову атакували склади у росії.", "росії", "Russia"),
    # a town the dictionary reads first as a surname in an oblique case ("Муром": "by Mur")
    ("ru", "Утром дроны снова атаковали Муром.", "Муром", "Murom"),
    # a country after a title, before the holder's name
    ("uk", "Завод відвідав канцлер Німеччини Фрідріх Мерц.", "Німеччини", "Germany"),
    ("ru", "Завод открыл премьер-министр Польши Дональд Туск.", "Польши", "Poland"),
    ("uk", "Завод відкрив прем'єр Польщі Дональд Туск.", "Польщі", "Poland"),
    ("uk", "Прем'єр-міністр Польщі Дональд Туск відкрив завод.", "Польщі", "Poland"),
    # a town after its head's title, in any reading of the title ("голови": the head's, or heads)
    ("uk", "За словами голови Таганрога Світлани Камбулової, завод працює.", "Таганрога", "Taganrog"),
    ("ru", "Завод открыл мэр Тулы Иван Петров.", "Тулы", "Tula"),
    ("uk", "Завод відвідав міністр економіки Данії Мортен Бьодсков.", "Данії", "Denmark"),
    ("ru", "Завод посетил лидер Белоруссии Александр Лукашенко.", "Белоруссии", "Belarus"),
    ("uk", "Завод відвідав лідер Білорусі Олександр Лукашенко.", "Білорусі", "Belarus"),
    ("uk", "Компанія будує завод з виробництва ракетного палива у місті Воєнс на півдні Данії.", "Воєнс", "Vojens"),
    # a foreign town spelt as Cyrillic hears it: "х" for the "h" and "дж" for the "j" English writes
    ("uk", "Іран будує ракетний завод у місті Хаштгерд.", "Хаштгерд", "Hashtgerd"),
    ("ru", "Иран строит ракетный завод в городе Хаштгерд.", "Хаштгерд", "Hashtgerd"),
    ("uk", "Іран будує ракетний завод у місті Джолфа.", "Джолфа", "Julfa"),
    # a foreign town of two words after a word for a town, read whole, in any case
    ("ru", "Израиль обвиняет Иран. Взрыв произошел на заводе в городе Шахин Шахре.", "Шахин Шахре",
     "Shāhīn Shahr"),
    ("uk", "Ізраїль звинувачує Іран. Вибух стався на заводі у місті Шахін Шахр.", "Шахін Шахр", "Shāhīn Shahr"),
    ("uk", "Дрони атакували склад боєприпасів поблизу населеного пункту Кумертау.", "Кумертау", "Kumertau"),
    # the vowel a case drops ("Торопець" -> "у Торопці", "Елец" -> "в Ельце")
    ("uk", "Склад боєприпасів у Торопці вибухнув.", "Торопці", "Toropets"),
    ("ru", "Завод в Ельце выпускает снаряды.", "Ельце", "Yelets"),
    # a region named for its centre, in the spelling of the other language ("Володимир" for "Владимир")
    ("uk", "Арсенал у Володимирській області вибухнув.", "Володимирській області", "Vladimirskaya oblast'"),
    # a Ukrainian name of several words, as Russian spells them: plural adjectives, "и" for "ы", the locative plural
    ("uk", "Пожежа сталася на заводі у Набережних Челнах.", "Набережних Челнах", "Naberezhnyye Chelny"),
    ("uk", "Завод у Великих Луках виготовляє дрони.", "Великих Луках", "Velikiye Luki"),
    ("uk", "Ракети випробовували у Сергієвому Посаді.", "Сергієвому Посаді", "Sergiyev Posad"),
    # a Ukrainian region adjective whose "з" stands for a "г" Russian keeps; one whose stem is its own
    ("uk", "Новий цех у Оренбурзькій області.", "Оренбурзькій області", "Orenburgskaya oblast'"),
    ("uk", "Новий цех у Нижньогородській області.", "Нижньогородській області", "Nizhegorodskaya oblast'"),
])
def test_cyrillic_an_inflected_place_resolves_through_its_lemma(language, text, surface, name):
    mentions, _ = read(language, text)
    found = {m.surface: m.place.name for m in mentions}
    assert found.get(surface) == name, found


def test_cyrillic_a_known_sites_name_is_not_read_again_as_a_town_it_sounds_like():
    mentions, _ = read("ru", "Иран строит ракетные базы в Ходжире и Парчине.")
    assert [m.place.name for m in mentions if m.surface == "Ходжире"] == ["Khojir missile production complex"]


def test_cyrillic_a_known_site_the_text_puts_in_a_nearby_town_takes_its_id():
    mentions, _ = read("uk", "Ракета влучила в завод «Артем», який розташований на Лук’янівці.")
    site, town = mentions
    assert site.place.level == "site" and town.place.level == "city" and site.place.geonameid == town.place.geonameid


def test_cyrillic_a_district_named_again_is_the_one_of_the_region_named_with_it():
    _, claims = read("ru", "В Дзержинском районе Калужской области дроны атаковали завод по производству снарядов."
                           "\n\n«Пожар на заводе в Дзержинском районе потушен», – написал губернатор.")
    assert {c.place.region_code for c in claims} == {"RU-KLU"}


def test_cyrillic_a_district_is_in_the_region_named_after_it():
    """Belarus and Russia both have a "Дзержинский район": the one in the region that follows."""
    mentions, _ = read("uk", "Дрони атакували завод у Дзержинському районі Калузької області.")
    district = next(m for m in mentions if m.surface == "Дзержинському районі")
    assert (district.place.level, district.place.region_code) == ("region", "RU-KLU")


@pytest.mark.parametrize("language, text, not_a_place", [
    ("ru", "Министр Владимир Петров осмотрел завод.", "Владимир"),
    ("uk", "Президент Володимир Шевчук відвідав завод.", "Володимир"),
    ("ru", "Российские подмосковные заводы выпускают дроны.", "Российские"),
    ("ru", "Компания «Вятка» выпускает дроны.", "Вятка"),
    ("ru", "Он сказал, что завод работает.", "Он"),
    ("uk", "Арсенал ГРАУ вибухнув.", "ГРАУ"),  # an acronym, not the town Grado
    ("uk", "Уламки дрона впали на Радянському заводі.", "Радянському"),
    ("uk", "Турецька компанія будує завод з виробництва дронів на Київщині.", "Турецька"),  # a state's firm
    ("uk", "Турецький завод з виробництва дронів відкрили у Києві.", "Турецький"),  # a state's plant
    ("ru", "Казанская компания купила завод в Туле.", "Казанская"),  # the town's firm, not its plant
    ("uk", "Сили оборони уразили склад боєприпасів.", "Сили"),
    ("ru", "Вблизи Тегерана располагается предприятие Shahed Aviation Industries.", "Shahed"),  # a drone's name
    ("uk", "Дрони атакували завод, а Новочеркаська влада мовчить.", "Новочеркаська"),  # it qualifies a noun
    ("uk", "Голова області Олег Кіров підтвердив атаку.", "Кіров"),
    ("uk", "Голова Удмуртської Республіки Олег Ковальов заявив про атаку дронів.", "Республіки Олег"),
    # a Russian village the gazetteer lacks is not the nearest spelling of another Russian town
    ("uk", "Генштаб підтвердив удар по арсеналу Росії у Котлубані.", "Котлубані"),
    ("ru", "По словам главы региона, завод работает.", "региона"),
    ("ru", "Представитель Татарстан Airlines заявил о задержках.", "Татарстан"),
    ("ru", "Полпред президента в Сибирском федеральном округе посетил завод.", "Сибирском"),
])
def test_cyrillic_people_companies_adjectives_and_pronouns_are_not_places(language, text, not_a_place):
    mentions, _ = read(language, text)
    assert not_a_place not in {m.surface for m in mentions}


@pytest.mark.parametrize("language, text, place, status", [
    ("ru", "В Перми строят завод по производству снарядов.", "Perm", "under construction"),
    ("ru", "В Перми построили завод по производству снарядов.", "Perm", "operational"),
    ("ru", "В Перми построят завод по производству снарядов.", "Perm", "planned"),
    ("ru", "В Перми планируют построить завод по производству снарядов.", "Perm", "planned"),
    ("ru", "В Перми начали строить завод по производству снарядов.", "Perm", "under construction"),
    ("ru", "Дроны атаковали пороховой завод в Тамбове.", "Tambov", "struck"),
    # what the plant's arms strike is no strike on it; arms that struck the plant did
    ("ru", "Завод в Ижевске собирает дроны, которыми армия атакует Харьков.", "Izhevsk", "operational"),
    ("uk", "Завод в Іжевську збирає ракети, якими армія б'є по Харкову.", "Izhevsk", "operational"),
    # the arms named a few words before, or before a bracket
    ("uk", "Завод в Іжевську збирає дрони типу Shahed (у Росії їх називають «Герань»), якими армія атакує Харків.",
     "Izhevsk", "operational"),
    ("ru", "Ракеты, которые поразили завод в Ижевске, были запущены ночью.", "Izhevsk", "struck"),
    ("ru", "Пороховой завод в Тамбове не пострадал при атаке дронов.", "Tambov", "operational"),
    ("ru", "Завод в Ижевске расширил производство ракет.", "Izhevsk", "expanded"),
    ("uk", "У Харкові будують завод з виробництва дронів.", "Kharkiv", "under construction"),
    ("uk", "У Харкові відкрили завод з виробництва дронів.", "Kharkiv", "operational"),
    ("uk", "Дрони атакували завод з виробництва ракет у Брянську.", "Bryansk", "struck"),
    ("uk", "Підприємство у Львові може виготовляти до 50 дронів на місяць.", "Lviv", "operational"),
    ("ru", "Завод по выпуску снарядов в Туле могут запустить в будущем году.", "Tula", "planned"),
    ("ru", "Предприятие в Туле может произвести до тысячи мин в месяц.", "Tula", "operational"),  # what it can
    ("ru", "Цеха в Воткинске могут выпустить до 30 ракет в месяц.", "Votkinsk", "operational"),
    ("ru", "На верфи в Северодвинске строятся атомные подлодки.", "Severodvinsk", "operational"),
    ("ru", "В Северодвинске строят верфь для подлодок.", "Severodvinsk", "under construction"),
    ("uk", "На заводі у Львові будують бронемашини.", "Lviv", "operational"),
    ("uk", "Завод снарядів у Рівному можуть запустити наступного року.", "Rivne", "planned"),
    ("ru", "На заводе в Ижевске, где выпускают снаряды, возводят два новых корпуса.", "Izhevsk", "expanded"),
    ("uk", "Інженери завершили будівництво заводу з виробництва снарядів у Львові.", "Lviv", "operational"),
    ("ru", "На заводе в Казани ввели в эксплуатацию два новых цеха, где собирают дроны.", "Kazan", "expanded"),
    ("uk", "У серпні запрацювало нове виробництво дронів у Луцьку.", "Lutsk", "operational"),
    ("ru", "Весной завод по выпуску мебели в Кирове начал перепрофилирование под выпуск дронов.", "Kirov",
     "converting"),
    # Russian is parsed: the verb that governs the plant decides, not the participle nearer to it
    ("ru", "Завод по выпуску снарядов в Перми, построенный в 1990 году, расширят в следующем году.", "Perm",
     "operational"),  # a plant to be expanded works now; not one still to be built, nor growth on a condition
    ("ru", "Новый завод по выпуску дронов, который появится в Перми, увеличит выпуск.", "Perm", "planned"),
    ("ru", "Завод в Перми мог бы расширить производство пороха, если получит госзаказ.", "Perm", "planned"),
    ("uk", "На заводі в Ростові, де виробляють снаряди, зводять новий цех.", "Rostov-on-Don", "expanded"),
    # Ukrainian impersonal "-но" forms are done; a TNT plant makes explosives
    ("uk", "Завод ракет у Казані фактично зупинено.", "Kazan", "closed"),
    ("uk", "Польська компанія побудує тротиловий завод у Вроцлаві.", "Wrocław", "planned"),
    # blown up or destroyed is struck (in a story of an attack); an arsenal is military by itself
    ("uk", "Дрони атакували область. У вівторок злетів у повітря арсенал біля Торопця.", "Toropets", "struck"),
    ("ru", "Арсенал в Торопце был уничтожен в сентябре.", "Toropets", "struck"),
    # a fire that broke out at a plant where it makes things is the news
    ("ru", "Обломки упали на территорию порохового завода в Тамбове, где выпускают заряды, произошло "
           "возгорание.", "Tambov", "struck"),
    ("uk", "Шостку атакували дрони. На заводі з виробництва боєприпасів у Шостці сталося займання.", "Shostka",
     "struck"),
    # the tense of what begins, ends or will be: to begin is planned, to end goes on, "будет построен" is to come
    ("ru", "Завод в Перми начнёт выпуск снарядов в следующем году.", "Perm", "planned"),
    ("ru", "Завод в Перми начал выпуск снарядов в прошлом году.", "Perm", "operational"),
    ("uk", "Підприємство в Полтаві почне виготовляти дрони восени.", "Poltava", "planned"),
    ("uk", "Підприємство в Полтаві почало виготовляти дрони восени.", "Poltava", "operational"),
    ("ru", "Производство снарядов в Перми начнется в 2027 году.", "Perm", "planned"),
    ("ru", "Производство снарядов в Перми началось в 2023 году.", "Perm", "operational"),
    ("uk", "Виробництво дронів у Луцьку розпочнеться навесні.", "Lutsk", "planned"),
    ("ru", "На заводе в Перми выпуск снарядов начнется в 2027 году.", "Perm", "planned"),
    ("ru", "Строители завершат строительство порохового завода в Тамбове к осени.", "Tambov", "under construction"),
    ("ru", "В Перми будет построен завод по производству снарядов.", "Perm", "planned"),
    ("uk", "У Луцьку буде збудовано завод з виробництва снарядів.", "Lutsk", "planned"),
    ("uk", "У Луцьку збудовано завод з виробництва снарядів.", "Lutsk", "operational"),
    ("ru", "Министр обороны посетил завод по производству снарядов в Туле.", "Tula", "operational"),
    ("ru", "Журналисты не смогли посетить военный завод в Туле.", "Tula", "unknown"),  # no visit
    ("ru", "Министр посетил в среду танковый завод в Омске.", "Omsk", "operational"),  # the nearest verb visits
    ("uk", "Міністр побував на заводі з виробництва снарядів у Львові.", "Lviv", "operational"),
    ("ru", "Министр посетил Минск, рассказав о военном заводе в Гродно.", "Hrodna", "unknown"),  # Minsk was visited
    ("ru", "Президент посетил производственный кластер оборонной промышленности в Ташкентской области.", "Toshkent",
     "operational"),  # a production cluster of the arms industry is a plant
    # to set production up ("наладить производство") builds it
    ("uk", "Виробництво бронемашин налагодять у Луцьку.", "Lutsk", "planned"),
    ("ru", "В Перми наладили производство дронов.", "Perm", "operational"),
    # what is agreed, decided, funded or due to begin is planned; what goes on, or is finished, stands
    ("uk", "Польща та Швеція домовилися про спільне виробництво ракет у Кракові.", "Kraków", "planned"),
    ("ru", "Стороны договорились о выпуске снарядов в Кургане.", "Kurgan", "planned"),
    ("uk", "Виготовлення дронів у Рівному має розпочатися восени.", "Rivne", "planned"),
    ("ru", "Выпуск снарядов в Кургане должен начаться в марте.", "Kurgan", "planned"),
    ("ru", "Выпуск снарядов в Кургане, как сообщили на заводе, начался в марте.", "Kurgan", "operational"),
    ("uk", "Уряд ухвалив рішення про створення заводу боєприпасів у Рівному.", "Rivne", "planned"),
    ("ru", "Министр посетил танковый завод в Омске и оценил успехи в создании танкового вооружения.", "Omsk",
     "operational"),  # what is created is weapons, not a plant
    ("ru", "Создание в Кургане нового завода по выпуску снарядов завершится в 2027 году.", "Kurgan",
     "under construction"),  # the plant created may come a few words on
    ("ru", "Открытие завода снарядов в Кургане запланировано на 2027 год.", "Kurgan", "planned"),
    ("uk", "Запуск заводу з виробництва дронів у Рівному заплановано на березень.", "Rivne", "planned"),
    ("uk", "Канада фінансуватиме спільне виробництво дронів у Рівному.", "Rivne", "planned"),
    ("uk", "Канада фінансує виробництво дронів у Рівному.", "Rivne", "operational"),
    ("ru", "Несмотря на санкции, завод в Кургане продолжит выпуск снарядов.", "Kurgan", "operational"),
    ("uk", "Компанія продовжить будувати завод дронів у Рівному.", "Rivne", "under construction"),
    ("ru", "Строительство порохового завода в Кургане завершено.", "Kurgan", "operational"),
    ("ru", "Строительство порохового завода в Кургане завершится летом.", "Kurgan", "under construction"),
    ("uk", "Завод у Рівному здатний виготовляти 500 дронів на місяць.", "Rivne", "operational"),
    ("uk", "Завод у Рівному має виготовляти 500 дронів на місяць.", "Rivne", "planned"),
    ("uk", "Завод у Рівному здатний був виготовляти 500 дронів на місяць.", "Rivne", "operational"),
    # assembly is production; to organise it is to set it up
    ("ru", "Губернатор поручил организовать в Кургане сборку беспилотников.", "Kurgan", "planned"),
    ("ru", "В Кургане организовали сборку беспилотников.", "Kurgan", "operational"),
    ("uk", "Збирання ракет у Рівному призупинили.", "Rivne", "closed"),
    ("ru", "Сборка беспилотников в Кургане начнётся в 2027 году.", "Kurgan", "planned"),
    ("ru", "Завод в Кургане научился выпускать новые снаряды.", "Kurgan", "operational"),
    ("ru", "Эксперты изучат производство снарядов в Кургане.", "Kurgan", "operational"),  # no payment, no plan
    # a beginning in the next clause is another thing's; one set off by commas inside the sentence is its own
    ("ru", "В Кургане строительство порохового завода идёт, выпуск начнётся летом.", "Kurgan", "under construction"),
    ("ru", "В Кургане строительство порохового завода идёт и выпуск начнётся летом.", "Kurgan", "under construction"),
    ("ru", "Производство дронов в Кургане, как ожидается, начнётся в 2027 году.", "Kurgan", "planned"),
    # a pause is no closure: the plant works, or was struck when a strike is told
    ("ru", "Пороховой завод в Кургане временно приостановил работу после атаки дронов.", "Kurgan", "struck"),
    ("ru", "Пороховой завод в Кургане временно приостановил работу.", "Kurgan", "operational"),
    ("uk", "Пороховий завод у Кургані призупинив роботу, а згодом відновив її.", "Kurgan", "operational"),
    ("ru", "Пороховой завод в Кургане закрыли в 2019 году.", "Kurgan", "closed"),
    ("ru", "Временно исполняющий обязанности губернатора сообщил, что пороховой завод в Кургане закрыт.", "Kurgan",
     "closed"),  # "acting" governor
    ("uk", "Пороховий завод у Кургані закрито, але уряд планує відновити виробництво.", "Kurgan", "closed"),
    ("uk", "Пороховий завод у Кургані тимчасово зупинив роботу.", "Kurgan", "operational"),
    ("ru", "Пороховой завод в Кургане остановил работу, но уже возобновил её.", "Kurgan", "operational"),
    ("ru", "Пороховой завод в Кургане остановил работу, через неделю работа возобновилась.", "Kurgan", "operational"),
    # sanctions are no strike; an upgrade of tanks is the plant's work; a plan to hire tells what the hired will do
    ("ru", "Под санкции попал и танковый завод в Кургане.", "Kurgan", "unknown"),
    ("ru", "Ракета попала в танковый завод в Кургане.", "Kurgan", "struck"),
    ("ru", "Завод в Кургане провёл ремонт с глубокой модернизацией танков.", "Kurgan", "operational"),
    ("ru", "Завод в Кургане провёл модернизацию цехов по выпуску танков.", "Kurgan", "expanded"),
    ("uk", "Росія планує залучити тисячу працівників для складання дронів у Рівному.", "Rivne", "operational"),
    ("uk", "Росія планує збудувати завод дронів у Рівному.", "Rivne", "planned"),
    # a conversion in the imperfective; ships laid down at a yard are its work, not a yard being built
    ("uk", "Завод боєприпасів у Гомелі перепрофільовують для ремонту танків.", "Homyel'", "converting"),
    ("ru", "На верфи в Керчи заложены два корвета.", "Kerch", "operational"),
    ("ru", "На верфи в Керчи прошла закладка новых кораблей, двух корветов.", "Kerch", "operational"),
    ("ru", "В Керчи прошла закладка новой верфи для корветов.", "Kerch", "under construction"),
    # the agent of a participle between the preposition and the town
    ("uk", "Корпорація має намір налагодити виробництво снарядів у захопленому окупантами Мелітополі.", "Melitopol",
     "planned"),
    ("ru", "Два новых фрегата - «Адмирал Орлов» и «Адмирал Щукин» - заложены на заводе в Зеленодольске.",
     "Zelenodolsk", "operational"),
    # arms a plant will deliver, it makes now; a line it will set up is to come
    ("uk", "Бронетанковий завод у Житомирі до кінця року передасть армії ще 20 танків.", "Zhytomyr", "operational"),
    ("ru", "Завод в Кургане поставит на поток выпуск дронов.", "Kurgan", "planned"),
    # a submarine laid down is a yard's work; a plant that resumed after a strike works
    ("ru", "Ракеты, дроны и снаряды. На верфи в Северодвинске заложили новую подводную лодку.", "Severodvinsk",
     "operational"),
    ("uk", "Завод у Запоріжжі відновив роботу після ракетного удару.", "Zaporizhzhya", "operational"),
    # the plant a relative clause says was damaged; a proposal to build; a defence firm's plant; "in the capital"
    ("uk", "Дрони, ракети і снаряди. Вночі дрони атакували Тулу. Там розташований пороховий завод, який зазнав "
           "пошкоджень.", "Tula", "struck"),
    ("uk", "Депутати пропонують збудувати пороховий завод у Луцьку.", "Lutsk", "proposed"),
    ("uk", "У Львові відкрили завод Baykar.", "Lviv", "operational"),
    ("ru", "Власти Москвы провели совещание о промышленности.\n\nВ столице открыли новый завод по выпуску дронов.",
     "Moscow", "operational"),
    # a plant in a town's industrial zone
    ("uk", "У промисловій зоні Стальової Волі відкрили новий завод з виробництва снарядів.", "Stalowa Wola",
     "operational"),
    # what a plant makes day to day is background to a strike told of it
    ("uk", "Завод у Брянську, який вночі атакували дрони, випускає деталі для ракет.", "Bryansk", "struck"),
    ("uk", "Завод у Брянську, який вночі атакували дрони, працює у штатному режимі.", "Bryansk", "operational"),
    # money put into a plant is a plan for it
    ("ru", "Холдинг вкладывает средства в новый завод бронетехники в Кургане.", "Kurgan", "planned"),
    # works of building a new workshop at a plant grow it; works of building the plant build it
    ("ru", "На заводе боеприпасов в Перми начались работы по строительству нового цеха.", "Perm", "expanded"),
    ("uk", "На заводі боєприпасів у Львові розпочалися роботи з будівництва нового цеху.", "Lviv", "expanded"),
    ("uk", "У Львові розпочалися роботи з будівництва заводу боєприпасів.", "Lviv", "under construction"),
    # what a leader orders built is planned
    ("ru", "Президент распорядился о строительстве завода по производству снарядов в Туле.", "Tula", "planned"),
    ("uk", "Президент розпорядився про будівництво заводу з виробництва снарядів у Львові.", "Lviv", "planned"),
    # building works ("строительные работы") build, as building does
    ("ru", "Строительные работы на ракетном заводе в Перми продолжаются.", "Perm", "under construction"),
    ("ru", "Строительные работы на ракетном заводе в Перми начнутся в 2026 году.", "Perm", "planned"),
    ("uk", "Будівельні роботи на ракетному заводі в Пермі тривають.", "Perm", "under construction"),
    # "became" before an infinitive begins what it governs
    ("ru", "В Перми стали выпускать снаряды.", "Perm", "operational"),
    ("uk", "У Пермі стануть виготовляти снаряди.", "Perm", "planned"),
    ("uk", "Компанія інвестує в завод боєприпасів у Львові.", "Lviv", "planned"),
    # what the firm a relative clause describes does is not the plant's news
    ("ru", "Турецкая компания, которая производит дроны, инвестирует 50 млн долларов в собственное производство в "
           "Румынии.", "Romania", "planned"),
])
def test_cyrillic_status_from_aspect_tense_and_negation(language, text, place, status):
    assert claim_at(language, text, place).status == status


@pytest.mark.parametrize("language, text, place, status", [
    ("ru", "Дроны атаковали Тамбов, где находится пороховой завод.", "Tambov", "struck"),
    ("uk", "Дрони атакували Бійськ, де розташований завод вибухових речовин.", "Biysk", "struck"),
])
def test_cyrillic_a_town_a_where_clause_holding_the_plant_tells_of_is_its_place(language, text, place, status):
    assert claim_at(language, text, place).status == status


@pytest.mark.parametrize("language, text", [
    ("uk", "Через санкції проти Росії завод шведської компанії скоротив випуск снарядів."),
    ("ru", "Из-за санкций против России завод шведской компании сократил выпуск снарядов."),
])
def test_cyrillic_a_country_named_right_before_a_plant_does_not_name_it(language, text):
    _, claims = read(language, text)
    assert claims == []


@pytest.mark.parametrize("language, text", [
    ("ru", "Дроны атаковали пороховой завод в Тамбове.\n\nДиректор фабрики сообщил, что пожар начался в цехе "
           "предприятия в Котовске."),
    ("uk", "Дрони атакували пороховий завод у Тамбові.\n\nДиректор фабрики повідомив, що пожежа почалася в цеху "
           "підприємства в Котовську."),
])
def test_cyrillic_a_plant_in_a_story_already_telling_of_an_arms_plant_is_one_too(language, text):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == ["Tambov", "Kotovsk"]


@pytest.mark.parametrize("language, text", [
    ("ru", "Дроны атаковали пороховой завод в Тамбове.\n\nКондитерская фабрика в Котовске открыла новый магазин."),
    ("uk", "Дрони атакували пороховий завод у Тамбові.\n\nФабрика іграшок у Котовську відкрила новий цех."),
])
def test_cyrillic_a_plant_of_another_kind_in_a_story_of_arms_is_none(language, text):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == ["Tambov"]


@pytest.mark.parametrize("language, text, place, status", [
    ("ru", "На пороховом заводе в Тамбове произошел взрыв, погибли двое рабочих.", "Tambov", "operational"),
    ("ru", "На пороховом заводе в Казани по неизвестной причине взорвался склад.", "Kazan", "operational"),
    ("uk", "На заводі боєприпасів у Шостці сталася пожежа, причини встановлюють.", "Shostka", "operational"),
    ("uk", "У Казані спалахнула пожежа на заводі з виробництва дронів.", "Kazan", "operational"),
    ("ru", "После атаки беспилотников на пороховом заводе в Тамбове произошел взрыв.", "Tambov", "struck"),
    ("ru", "Обломки упали на пороховой завод в Тамбове, произошел взрыв.", "Tambov", "struck"),
    ("ru", "На пороховом заводе в Тамбове произошел взрыв. Губернатор исключил атаку беспилотников.", "Tambov",
     "operational"),
    ("uk", "На заводі боєприпасів у Шостці сталася пожежа. Атаки дронів не було, повідомили рятувальники.",
     "Shostka", "operational"),
])
def test_cyrillic_blast_with_no_attack_is_an_accident(language, text, place, status):
    assert claim_at(language, text, place).status == status


@pytest.mark.parametrize("language, text, source", [
    ("ru", "Дроны атаковали пороховой завод в Тамбове, сообщил губернатор области.", "губернатор области"),
    # the statement or data of someone
    ("uk", "Про удар по пороховому заводу в Тамбові йдеться у заяві Генерального штабу.", "Генеральний штаб"),
    ("uk", "Згідно з даними розвідки, у Тамбові розширили пороховий завод.", "розвідка"),
    ("ru", "Пороховой завод в Тамбове поражен, говорится в сообщении ФСБ.", "ФСБ"),
    ("ru", "Согласно данным разведки, в Тамбове расширили пороховой завод.", "разведка"),
    ("ru", "Пороховой завод в Тамбове поражен, сообщает ТАСС со ссылкой на источник.", "ТАСС"),
    ("ru", "Как сообщает Reuters со ссылкой на источники, пороховой завод в Тамбове поражен.", "Reuters"),
    # when it was said comes before who said it
    ("ru", "Дроны атаковали пороховой завод в Тамбове, сообщил 3 мая губернатор области.", "губернатор области"),
    ("uk", "Завод снарядів у Рівному розширили, розповів 10 квітня 2025 року директор заводу Іван Петренко.",
     "директор заводу Іван Петренко"),
    ("ru", "По данным разведки, в Перми расширили завод по выпуску ракет.", "разведка"),  # named as it is written alone
    ("ru", "Как сообщил изданию «Новые известия» директор завода Иван Сидоров, в Перми строят цех для снарядов.",
     "директор завода Иван Сидоров"),
    # a body spoken in is named as it is written alone
    ("uk", "Дрони атакували завод з виробництва ракет у Брянську, повідомили в Генштабі.", "Генштаб"),
    ("uk", "За даними розвідки, у Брянську розширили завод з виробництва снарядів.", "розвідка"),
    # the role's head and the person's names in the nominative; what depends on the role stays as written
    ("ru", "По сообщению координатора подполья Сергея Лебедева, в Перми поражён завод ракет.",
     "координатор подполья Сергей Лебедев"),
    ("ru", "По информации Лебедева, в Перми поражён завод ракет.", "Лебедев"),
    ("uk", "За повідомленням губернатора області Івана Мельника, у Брянську уражено завод снарядів.",
     "губернатор області Іван Мельник"),
    ("uk", "За оцінками аналітиків, у Брянську розширили завод снарядів.", "аналітики"),
    ("ru", "По данным МАГАТЭ, в Перми поражён завод ракет.", "МАГАТЭ"),  # an acronym as written
    ("ru", "В Перми откроют завод по выпуску дронов, сообщил местный производитель беспилотников «Крыло» (Пермь).",
     "Крыло"),
    # a title attached "при" an office runs on to the person's name
    ("uk", "Про це повідомив керівник Центру протидії дезінформації при РНБО Андрій Коваленко: пороховий завод у "
           "Котовську зупинив роботу.", "керівник Центру протидії дезінформації при РНБО Андрій Коваленко"),
    # the subject before the verb, without the adverbs after it or the time before it
    ("ru", "Текслер почти сразу заявил, что на пороховом заводе в Копейске произошел взрыв.", "Текслер"),
    ("ru", "Вчера Минобороны России сообщило об ударе по заводу ракет в Туле.", "Минобороны России"),
    ("uk", "Наприкінці року концерн «Снаряд-Захід» повідомив, що завод снарядів у Львові будуватимуть.",
     "концерн «Снаряд-Захід»"),
    ("uk", "Пороховий завод у Котовську зупинив роботу, повідомив губернатор при цьому.", "губернатор"),
    # verbs of saying in any gender and number
    ("uk", "Пороховий завод у Котовську зупинив роботу, наголосила речниця Ольга Іванова.", "речниця Ольга Іванова"),
    ("ru", "Пороховой завод в Котовске остановил работу, отметили в пресс-службе концерна.",
     "пресс-служба концерна"),
    # the outlet spoken to is not the speaker; a title runs through "по вопросам ..." to the name
    ("ru", "Военные нанесли удар по заводу двигателей в Запорожье, сообщил РИА Новости председатель комиссии "
           "палаты по вопросам суверенитета Владимир Рогов.",
     "председатель комиссии палаты по вопросам суверенитета Владимир Рогов"),
    ("ru", "Дроны атаковали завод ракет в Брянске, сообщил Александр Богомаз в Telegram.", "Александр Богомаз"),
    ("ru", "Бывший директор завода Иван Петров признал, что удар по заводу ракет в Перми нанес урон.",
     "Бывший директор завода Иван Петров"),
    # where it was said is not who said it; "об этом компания" is the company named before
    ("ru", "Концерн «Броня» начал выпуск снарядов на заводе в Перми, об этом компания сообщила в соцсети Facebook "
           "(признана в России экстремистской).", "Броня"),
    ("uk", "Завод «Сокіл» у Львові запустив нову лінію дронів, про це компанія повідомила у своєму Telegram-каналі.",
     "Сокіл"),
    ("ru", "Об этом сообщил в Telegram губернатор Брянской области Александр Богомаз: дроны атаковали завод ракет в "
           "Брянске.", "губернатор Брянской области Александр Богомаз"),
    ("uk", "Про це у розмові з 5 Каналом сказав директор заводу Іван Петренко: дрони атакували завод ракет у "
           "Брянську.", "директор заводу Іван Петренко"),
    # what was told, put first: the teller follows the verb
    ("uk", "Дрони атакували хімзавод у Новомосковську. Цю інформацію підтвердив речник Повітряних сил Юрій Ігнат.",
     "речник Повітряних сил Юрій Ігнат"),
    ("ru", "Дроны атаковали химзавод в Новомосковске. Эту информацию подтвердил губернатор Дмитрий Миляев.",
     "губернатор Дмитрий Миляев"),
    # a plural put first cannot be the subject of a verb in the singular; an outlet named by its noun after the
    # verb is the teller though something else comes first
    ("uk", "У Житомирі відкрили завод дронів. Подробиці розповів директор заводу Іван Мельник.",
     "директор заводу Іван Мельник"),
    ("ru", "Слабое место в выпуске ракет раскрыло польское издание Obrona24: завод ракет в Перми один.",
     "польское издание Obrona24"),
    # a person told is not the teller
    ("ru", "Директор завода Иван Петров сообщил Марии Орловой, что завод ракет в Перми расширили.",
     "Директор завода Иван Петров"),
    ("uk", "Директор заводу Іван Петренко повідомив Андрію Коваленку, що завод ракет у Вінниці розширили.",
     "Директор заводу Іван Петренко"),
    # whom it was told to in an interview is not the teller; nor is a noun the dictionary leaves unmarked for case
    ("uk", "Компанія «Сокіл» будує завод дронів у Польщі. Про це директор компанії Іван Петренко розповів в "
           "інтерв’ю агентству.", "директор компанії Іван Петренко"),
    ("ru", "Компания «Броня» строит завод дронов в Польше. Об этом директор компании Иван Петров рассказал в "
           "интервью агентству.", "директор компании Иван Петров"),
    # an outlet that passes on what someone told is not the teller
    ("uk", "Компанія «Сокіл» будує завод дронів у Польщі. Як інформує Censor.net, про це директор компанії Іван "
           "Петренко розповів журналістам.", "директор компанії Іван Петренко"),
    ("ru", "Компания «Броня» строит завод дронов в Польше. Как сообщает ТАСС, об этом директор компании Иван Петров "
           "рассказал журналистам.", "директор компании Иван Петров"),
    ("ru", "Компания «Броня» строит завод дронов в Польше, как сообщает ТАСС.", "ТАСС"),
    # but an outlet that reports what someone said of the plant in its own sentence is the source
    ("ru", "Как сообщает ТАСС, Иван Петров заявил, что завод ракет в Перми расширили.", "ТАСС"),
    # where the speaker gave an interview is not part of who spoke
    ("ru", "Губернатор Иван Орлов в интервью телеканалу «Вести» заявил, что завод боеприпасов в Туле расширят.",
     "Губернатор Иван Орлов"),
    ("ru", "В интервью агентству ТАСС министр промышленности рассказал, что завод дронов в Казани начал выпуск.",
     "министр промышленности"),
    ("uk", "Голова ОВА в інтерв'ю агентству Укрінформ заявив, що завод боєприпасів у Запоріжжі відновив роботу.",
     "Голова ОВА"),
    # "judging by reports of X": X is the source, not the word before
    ("ru", "Судя по сообщениям зарубежных СМИ, завод ракет в Перми атаковали дроны.", "зарубежные СМИ"),
    ("uk", "Судячи з повідомлень іноземних ЗМІ, завод ракет у Пермі атакували дрони.", "іноземні ЗМІ"),
    ("uk", "За повідомленнями місцевих ЗМІ, завод ракет у Пермі атакували дрони.", "місцеві ЗМІ"),
    # residents or eyewitnesses after the verb are who speak, not the place and the blasts before it
    ("uk", "Дрони, ракети і снаряди.\n\nУ Тамбові Тамбовської області вибухи на пороховому заводі повідомляють "
           "місцеві жителі.", "місцеві жителі"),
    # an outlet told, in the dative, is not who spoke
    ("ru", "Один из жителей города рассказал «Уральскому вестнику», что взрыв мог произойти на заводе боеприпасов в "
           "Бийске.", "Один из жителей города"),
    # when and at what event it was said comes between the verb and the speaker
    ("ru", "Завод в Туле выпускает снаряды, заявил в минувшую пятницу на форуме в Москве глава холдинга Иван Петров.",
     "глава холдинга Иван Петров"),
    ("uk", "Завод у Тулі випускає снаряди, заявив у понеділок на брифінгу губернатор Іван Петров.",
     "губернатор Іван Петров"),
    ("uk", "Дрони атакували завод ракет у Брянську, – повідомило близько 5 години ранку за київським часом "
           "видання Astra.", "видання Astra"),
    ("ru", "Дроны атаковали завод ракет в Брянске, сообщил около 6:00 по московскому времени губернатор Иван Петров.",
     "губернатор Иван Петров"),
    ("ru", "Дроны атаковали ракетный завод в Ижевске, написал в 3 часа ночи по местному времени канал Baza.",
     "канал Baza"),
    # estimates and conclusions are reported
    ("uk", "За підрахунками агенції Janes, танковий завод у Нижньому Тагілі випускає 250 танків щороку.",
     "агенція Janes"),
    ("ru", "Эксперты пришли к выводу, что танковый завод в Нижнем Тагиле выпускает 250 танков в год.", "Эксперты"),
    # the present plural: "источники сообщают"
    ("uk", "Джерела в розвідці повідомляють, що дрони атакували завод ракет у Брянську.", "Джерела в розвідці"),
    ("ru", "Источники в разведке сообщают, что дроны атаковали завод ракет в Брянске.", "Источники в разведке"),
    ("uk", "Як вказують у Генштабі, дрони атакували завод ракет у Брянську.", "Генштаб"),
    # a belief held, when what is believed follows
    ("uk", "Місцеві жителі вважають, що дрони атакували завод ракет у Брянську.", "Місцеві жителі"),
    ("ru", "Аналитики полагают, что дроны атаковали завод ракет в Брянске.", "Аналитики"),
    ("ru", "Мощность завода ракет в Брянске считают военной тайной.", "Вестник"),
    # when it was told, then who
    ("ru", "Завод дронов в Перми расширили, сообщает сегодня, 17 мая, «Северный вестник».", "Северный вестник"),
    # an outlet that wrote it; what was told named first, the teller after the verb; whom it was told to
    ("ru", "Ранее «Северный вестник» писал, что завод дронов в Перми расширили.", "«Северный вестник»"),
    ("ru", "Сообщение об этом опубликовал губернатор Дмитрий Махонин. Завод дронов в Перми расширили.",
     "губернатор Дмитрий Махонин"),
    ("uk", "Інформацію про це оприлюднив губернатор Олег Кіров. Завод дронів у Брянську розширили.",
     "губернатор Олег Кіров"),
    ("uk", "Про розширення заводу дронів у Пермі розповів міністр Іван Петренко виданню Bloomberg.",
     "міністр Іван Петренко"),
    # who tells it now, and who posted what was told where
    ("uk", "У Пермі розширили завод дронів.\nПро це розповідає агентство Reuters", "агентство Reuters"),
    ("ru", "В Перми расширили завод дронов. Об этом рассказывает журналист Иван Петров.", "журналист Иван Петров"),
    ("ru", "В Перми расширили завод дронов.\n\nВидео и информацию разместил в своем аккаунте в Telegram журналист "
           "Иван Петров.", "журналист Иван Петров"),
    ("uk", "У Пермі розширили завод дронів.\n\nПро це написав у своєму акаунті в X журналіст Іван Петров.",
     "журналіст Іван Петров"),
    # the name ends where the time it spoke begins
    ("uk", "Завод боєприпасів у Брянську уразили, повідомив Генштаб ЗСУ ввечері 10 березня.", "Генштаб ЗСУ"),
    # a capitalised adjective opens the speaker's name, not an outlet spoken to
    ("uk", "Завод боєприпасів у Брянську уразили, повідомив Генеральний штаб ЗСУ.", "Генеральний штаб ЗСУ"),
    # the body whose website says so
    ("ru", "В Перми расширили завод дронов, говорится на сайте губернатора Пермского края.",
     "губернатор Пермского края"),
    ("uk", "У Пермі розширили завод дронів, йдеться на сайті Міноборони.", "Міноборони"),
    # who told it, not the outlet that passes it on
    ("ru", "В Перми горел цех по сборке дронов.\n\nОб этом сообщают местные СМИ и МЧС, передает «Вестник».",
     "местные СМИ"),
    # a day before the subject; a verb of telling that is denied names no one
    ("ru", "5 марта губернатор Иван Петров заявил, что завод дронов в Перми расширили.", "губернатор Иван Петров"),
    ("uk", "Губернатор Іван Петров заявив, що завод дронів у Пермі розширили, але його потужність не розкрили.",
     "Губернатор Іван Петров"),
    # told of, then the day, then who told it
    ("uk", "Дрон атакував пороховий завод у Котовську. Про це 15 листопада повідомила низка російських ЗМІ.",
     "низка російських ЗМІ"),
    ("ru", "Дрон атаковал пороховой завод в Котовске. Об этом 15 ноября губернатор сообщил в Telegram.",
     "губернатор"),
])
def test_cyrillic_source_from_reporting_phrases(language, text, source):
    _, claims = read(language, text)
    assert [said_by(c) for c in claims] == [source]


@pytest.mark.parametrize("language, text", [
    ("uk", "Завод у Харкові почав серійний випуск снарядів, сказав Глава держави на відкритті."),
    ("ru", "Завод в Туле начал выпуск снарядов, заявил глава государства."),
])
def test_cyrillic_a_head_of_state_is_glossed_as_its_president(language, text):
    _, claims = read(language, text)
    assert claims and claims[0].attribution.endswith("(President)")


def test_cyrillic_a_source_line_names_the_storys_source():
    _, claims = read("uk", "Дрони атакували пороховий завод у Котовську.\n\nДжерело: російські Telegram-канали")
    assert [said_by(c) for c in claims] == ["російські Telegram-канали"]


@pytest.mark.parametrize("language, text", [
    ("ru", "В Перми строят завод по производству снарядов."),
    ("uk", "У Пермі будують завод снарядів, але його потужність не розкрили."),  # no one told what was withheld
])
def test_cyrillic_a_claim_nobody_makes_is_the_publishers_own(language, text):
    _, claims = read(language, text)
    assert claims[0].attribution == "Вестник (own reporting)"


def test_cyrillic_places_listed_after_one_preposition_are_each_a_facility():
    _, claims = read("ru", "Заводы по выпуску ракетных двигателей расширяют в Перми, Казани и Ижевске.")
    assert [c.place.name for c in claims] == ["Perm", "Kazan", "Izhevsk"]


@pytest.mark.parametrize("language, text, places", [
    ("ru", "Корветы заложены на верфи в Керчи и на заводе в Зеленодольске.", ["Kerch", "Zelenodolsk"]),
    ("uk", "Дрони атакували завод у Тулі та підприємство в Брянську.", ["Tula", "Bryansk"]),
    # a later plant's town that is an earlier plant's is no plant of its own
    ("ru", "На двух верфях, Адмиралтейских верфях в Санкт-Петербурге и заводе в Зеленодольске, заложены корветы.",
     ["Admiralty Shipyards", "Zelenodolsk"]),
    # a complex named for its place stays the site, inflected as the text writes it
    ("ru", "Иран производит ракеты на базах в Ходжире и Парчине, недалеко от Тегерана.",
     ["Khojir missile production complex", "Parchin military complex"]),
])
def test_cyrillic_each_plant_of_a_list_is_in_its_own_town(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, place, level", [
    ("uk", "Завод боєприпасів у штаті Луїзіана, США, почав виробництво снарядів.", "Louisiana", "region"),
    ("ru", "Завод боеприпасов в штате Арканзас, США, начал выпуск снарядов.", "Arkansas", "region"),
    ("uk", "Новий завод боєприпасів відкрили в штаті Луїзіана.", "Louisiana", "region"),  # no country named
    # many words between the preposition and its town
    ("ru", "Ракеты поразили цех танкового завода в подконтрольном киевскому режиму городе Харьков.", "Kharkiv",
     "city"),
])
def test_cyrillic_a_foreign_state_and_a_town_far_after_its_preposition_place_the_plant(language, text, place, level):
    claim = claim_at(language, text, place)
    assert claim.place.level == level


@pytest.mark.parametrize("language, text", [
    ("uk", "Іран показав нові дрони.\n\n3 травня Тегеран заявив, що новий завод дронів почав роботу."),
    ("ru", "Иран показал новые дроны.\n\nТегеран заявил, что новый завод беспилотников начал работу, но где он, "
           "не сообщил."),
])
def test_cyrillic_a_plant_a_capital_speaks_of_is_in_its_state(language, text):
    assert [(c.place.name, c.precision, said_by(c)) for c in read(language, text)[1]] == [
        ("Iran", "country", "Тегеран")]


def test_cyrillic_a_capital_telling_of_a_strike_does_not_place_the_plant_in_its_state():
    text = "Украина атакует заводы.\n\nКиев заявил, что дроны поразили завод беспилотников."
    assert not any(c.place.country_code == "UA" for c in read("ru", text)[1])


def test_cyrillic_after_the_word_for_a_state_no_town_is_read():
    mentions, _ = read("uk", "Новий завод боєприпасів відкрили в штаті Вірджинія.")
    assert all(m.place.level == "region" for m in mentions)


@pytest.mark.parametrize("text, level", [
    ("Вночі дрони атакували Кінешму Івановської області.", "city"),
    ("Вночі дрони атакували Кінешма Івановської області.", "city"),
    ("Вночі дрони атакували Кінешма.", None),  # a small town the article does not place is not read, nor its district
])
def test_cyrillic_a_small_town_is_never_its_namesake_district(text, level):
    mentions, _ = read("uk", text)
    assert [m.place.level for m in mentions if m.surface.startswith("Кінешм")] == ([level] if level else [])


def test_cyrillic_what_a_whole_is_made_of_is_no_depot():
    text = "Дрони, ракети і снаряди. Інститут у Торопці, що розробляє ракети, може увійти до складу оборонних об'єктів."
    assert [c.kind for c in read("uk", text)[1]] == ["missile defence site"]
    text = "Дрони, ракети і снаряди. Вночі дрони атакували склад боєприпасів у Торопці."
    assert [c.kind for c in read("uk", text)[1]] == ["ammunition depot"]


def test_cyrillic_a_plant_struck_where_the_paragraph_before_told_of_blasts():
    text = "Взрывы прогремели ночью в Воткинске.\n\nПо данным каналов, беспилотник попал в цех ракетного завода."
    assert [(c.place.name, c.status) for c in read("ru", text)[1]] == [("Votkinsk", "struck")]
    text = "Новый автосалон открыли в Воткинске, а школу в Ижевске.\n\nБеспилотник попал в цех ракетного завода."
    assert read("ru", text)[1] == []


@pytest.mark.parametrize("language, text", [
    ("uk", "Хімкомбінат у місті Алексін виробляє порох для снарядів.\n\n\"Алексін Тульської області всю ніч "
           "атакують БпЛА\", - повідомили місцеві жителі."),
    ("ru", "Химкомбинат в городе Алексин производит порох для снарядов. Алексин Тульской области атаковали дроны."),
])
def test_cyrillic_a_town_told_of_as_attacked_after_its_plant_had_it_struck(language, text):
    _, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == [("Aleksin", "operational"), ("Aleksin", "struck")]


@pytest.mark.parametrize("language, text", [
    ("uk", "Снарядний завод у місті Сопот перейшов на 6-денний робочий тиждень."),
    ("ru", "Снарядный завод в Туле перешел на круглосуточный режим работы."),
])
def test_cyrillic_a_plant_gone_over_to_longer_hours_has_expanded(language, text):
    _, claims = read(language, text)
    assert [c.status for c in claims] == ["expanded"]


def test_cyrillic_a_plant_gone_over_to_shorter_hours_works():
    _, claims = read("ru", "Танковый завод в Нижнем Тагиле перешел на четырехдневную рабочую неделю.")
    assert [(c.status, c.status_cue) for c in claims] == [("operational", "перешел на четырехдневную")]


@pytest.mark.parametrize("language, text", [
    ("uk", "У Тамбові Росія розпочала розширення старого великого порохового заводу з метою збільшення виробництва."),
    ("ru", "В Тамбове Россия начала расширение старого крупного порохового завода с целью увеличения производства."),
])
def test_cyrillic_what_the_news_is_for_is_not_the_news(language, text):
    _, claims = read(language, text)
    assert [c.status for c in claims] == ["expanded"]


@pytest.mark.parametrize("language, text, status", [
    # ships a yard builds say it works; a plant being built is under construction
    ("ru", "Серия малых ракетных кораблей строится на Зеленодольском заводе с 2010 года.", "operational"),
    ("uk", "Серія малих ракетних кораблів будується на Зеленодольському заводі з 2010 року.", "operational"),
    ("ru", "Новый пороховой завод строится в Тамбове.", "under construction"),
    ("ru", "На заводе в Керчи строится серия малых ракетных кораблей.", "operational"),
    # a fire in a workshop after an attack is a strike
    ("uk", "Після атаки дронів сталося загоряння в цеху порохового заводу в Тамбові.", "struck"),
])
def test_cyrillic_what_a_yard_builds_and_what_burns(language, text, status):
    _, claims = read(language, text)
    assert [c.status for c in claims] == [status]


@pytest.mark.parametrize("language, text, status", [
    ("ru", "Танковый завод будет базироваться в Киеве.", "planned"),
    ("uk", "Спільний з німецькою фірмою танковий завод базуватиметься в Києві.", "planned"),
    ("ru", "Танковый завод разместится в Туле.", "planned"),
    ("ru", "Танковый завод находится в Туле.", "unknown"),  # where one stands now
])
def test_cyrillic_where_a_plant_will_stand_is_a_plan(language, text, status):
    _, claims = read(language, text)
    assert [c.status for c in claims] == [status]


def test_cyrillic_a_latin_name_after_a_word_for_an_organisation_is_no_place():
    mentions, _ = read("uk", "За даними агенції Janes і видання Forbes, танковий завод у Нижньому Тагілі працює.")
    assert [m.place.name for m in mentions] == ["Nizhny Tagil"]


def test_cyrillic_a_fire_in_a_workshop_with_no_attack_told_is_an_accident():
    _, claims = read("uk", "Загоряння в цеху порохового заводу в Тамбові сталося вночі.")
    assert [(c.status, c.status_cue) for c in claims] == [("operational", "Загоряння (no attack told)")]


def test_cyrillic_items_of_a_list_after_a_strike_were_struck():
    text = ("Увечері Росія вдарила по двох об'єктах у Житомирі:\n- по аеродрому «Озерне»\n"
            "- по бронетанковому заводу в Житомирі")
    _, claims = read("uk", text)
    assert [(c.place.name, c.status) for c in claims] == [("Zhytomyr", "struck")]
    _, claims = read("uk", text.replace("вдарила по двох об'єктах", "показала два об'єкти"))
    assert [c.status for c in claims] != ["struck"]


def test_cyrillic_a_small_town_of_a_country_the_story_does_not_tell_of_is_no_place_after_a_settlement_word():
    """"Нура" is Nora in Sweden, which the gazetteer does not spell so; Nur in Iran is no reading of it."""
    _, claims = read("uk", "Шведська компанія планує збудувати завод тротилу в місті Нура.")
    assert [c.place.country_code for c in claims] in ([], ["SE"])
    _, claims = read("uk", "Шведська компанія має завод боєприпасів у місті Харків.")
    assert [c.place.name for c in claims] == ["Kharkiv"]


def test_cyrillic_the_media_named_by_no_name_are_the_outlet_named_before():
    text = ("У Підмосков'ї спалахнув цех заводу ракет. Про це повідомила \"Українська правда\".\n\nЗМІ пише, що "
            "загоряння в цеху заводу ракет у Люберцях сталося вночі.")
    _, claims = read("uk", text)
    assert [c.attribution for c in claims if c.place.name == "Lyubertsy"][0].startswith("Українська правда (ЗМІ)")


def test_cyrillic_experts_named_by_no_name_are_those_of_the_source_named_before():
    text = ("Згідно з підрахунками агенції Janes, Росія виробляє 400 танків щороку.\n\nЕксперти дійшли висновку, "
            "що на танковому заводі в Нижньому Тагілі щороку випускають 250 танків.")
    _, claims = read("uk", text)
    assert [c.attribution for c in claims if c.place.name == "Nizhny Tagil"] == [
        "агенція Janes (Експерти) (experts)"]


def test_cyrillic_a_plant_struck_where_the_last_sentence_struck():
    text = "Дрони, ракети і снаряди. Вночі дрони атакували Тамбов. Удару зазнав місцевий пороховий завод."
    _, claims = read("uk", text)
    assert [(c.place.name, c.status) for c in claims] == [("Tambov", "struck")]


def test_cyrillic_claims_are_in_english_kinds_and_keep_the_original_sentence():
    claim = claim_at("ru", "В Перми строят завод по производству снарядов.", "Perm")
    assert claim.kind == "shell plant" and claim.products == ["shells"]
    assert claim.evidence == "В Перми строят завод по производству снарядов." and claim.surface == "Перми"


def test_cyrillic_dates_read_against_the_publication_date():
    claim = claim_at("ru", "12 мая дроны атаковали пороховой завод в Тамбове.", "Tambov")
    assert claim.event_date == "2025-05-12"


def test_cyrillic_a_date_in_a_plant_name_is_not_the_event_date():
    claim = claim_at("ru", "Завод имени 9 мая в Перми выпускает снаряды.", "Perm")
    assert claim.event_date is None


def test_cyrillic_a_town_and_its_country_are_one_place():
    _, claims = read("uk", "Завод з виробництва дронів відкрили у Крагуєваці, Сербія. Завод виготовляє 300 дронів.")
    assert [c.place.name for c in claims] == ["Kragujevac", "Kragujevac"]


@pytest.mark.parametrize("language, text, date", [
    ("uk", "У січні 2025 року у Львові відкрили завод з виробництва дронів.", "2025-01"),
    ("ru", "В мае 2024 года в Перми открыли завод по выпуску снарядов.", "2024-05"),
    ("ru", "В 2023 году в Перми открыли завод по выпуску снарядов.", "2023"),
    ("uk", "Минулого тижня у Львові відкрили завод з виробництва дронів.", "2025-05"),
    ("ru", "Вчера в Перми открыли завод по выпуску снарядов.", "2025-06-01"),
])
def test_cyrillic_months_and_years(language, text, date):
    _, claims = read(language, text)
    assert claims[0].event_date == date


@pytest.mark.parametrize("language, text", [
    ("uk", "Дрони атакували завод з виробництва ракет у Брянську."),
    ("ru", "Завод по производству ракет в Брянске был атакован дронами."),
    ("ru", "Атака дронов на завод по производству ракет в Брянске."),
    ("ru", "Обломки одного из дронов упали на территорию завода в Брянске, где выпускают ракеты; произошло "
           "возгорание."),  # what fell on it is no product of it
])
def test_cyrillic_the_attacks_weapons_are_not_the_plants_products(language, text):
    claim = claim_at(language, text, "Bryansk")
    assert claim.products == ["missiles"] and claim.kind == "missile plant" and claim.status == "struck"


def test_cyrillic_reports_in_three_languages_about_one_plant_merge(tmp_path):
    from pipeline.runner import run
    from pipeline.store import Store

    news = {
        "en.md": ("en", "2025-03-01", "Drones struck the gunpowder plant in Tambov overnight, the governor said."),
        "ru.md": ("ru", "2025-03-02", "Дроны атаковали пороховой завод в Тамбове, сообщил губернатор области."),
        "uk.md": ("uk", "2025-03-03", "Дрони атакували пороховий завод у Тамбові, повідомили в Генштабі."),
    }
    for name, (language, published, text) in news.items():
        (tmp_path / name).write_text(f"---\npublisher: Wire\npublished: {published}\nlanguage: {language}\n---\n"
                                     f"{text}\n", encoding="utf-8")
    run([tmp_path], tmp_path / "t.sqlite")
    store = Store(tmp_path / "t.sqlite")
    try:
        (plant,) = store.facilities()
    finally:
        store.close()
    assert plant.place.name == "Tambov" and plant.status == "struck" and plant.sources == 3
    assert {c.surface for c in plant.claims} == {"Tambov", "Тамбове", "Тамбові"}


def test_cyrillic_a_russian_popup_carries_its_evidence_in_cyrillic_as_text(tmp_path):
    from pipeline import mapview
    from pipeline.facilities import merge
    from tests.conftest import unpacked

    sentinel = tmp_path / "pwned"
    text = (f"Дроны атаковали пороховой завод в Тамбове {{{{ cycler.__init__.__globals__.os.popen('touch {sentinel}')"
            " }}</script><script>window.__xss=1</script>, сообщил губернатор области.")
    article = Article(id="r", title="Завод", publisher="Вестник", url="https://example.org/r", published="2025-03-02",
                      language="ru", text=text, source_path="r.md")
    _, _, claims = analyse(article)
    facilities = merge(claims, {"r": article})
    page = mapview.standalone_html(facilities, {"r": article})
    record = unpacked(page)["records"][0]
    assert not sentinel.exists() and "window.__xss" not in page and "Тамбове" not in page  # only packed data
    assert record["claims"][0]["e"] == text and record["claims"][0]["by"] == "губернатор области (governor)"
    assert record["rows"][0].startswith("Tambov, written Тамбове")


def test_cyrillic_plants_located_after_the_news_keep_its_status():
    text = ("В России строят три завода по выпуску артиллерийского пороха. Источники утверждают, что мощности по "
            "выпуску пороха находятся в Тамбове и Казани.")
    _, claims = read("ru", text)
    assert [(c.place.name, c.status) for c in claims] == [
        ("Russia", "under construction"), ("Tambov", "under construction"), ("Kazan", "under construction")]


@pytest.mark.parametrize("language, text", [
    ("ru", "В России планируют построить новый завод по выпуску патронов. Отметим, что прежний завод патронов "
           "находился в Ульяновске."),
    ("uk", "В Україні планують збудувати новий завод боєприпасів. Зазначимо, що колишній завод боєприпасів "
           "розташовувався у Луганську."),
])
def test_cyrillic_a_plant_that_was_somewhere_is_not_the_one_planned(language, text):
    _, claims = read(language, text)
    assert [c.status for c in claims] == ["planned", "unknown"]


@pytest.mark.parametrize("language, text, place", [
    ("uk", "Дрони атакували склад пороху підприємства «Брянський хімічний комбінат».", "Bryansk"),
    ("ru", "Дроны атаковали склад пороха предприятия «Брянский химический комбинат».", "Bryansk"),
])
def test_cyrillic_a_depot_of_a_plant_named_for_its_town_is_in_the_town(language, text, place):
    _, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == [(place, "struck")]


@pytest.mark.parametrize("language, text", [
    ("ru", "Удар нанесен по цехам завода по ремонту бронетехники в населенном пункте Шепетовка Хмельницкой области."),
    ("uk", "Ракети знищили цехи заводу з ремонту бронетехніки в населеному пункті Шепетівка на Хмельниччині."),
])
def test_cyrillic_a_town_after_a_settlement_word_and_its_participle_is_the_plants(language, text):
    """"в населённом пункте Шепетовка": the participle and the settlement word stand between the preposition
    and the town, which places the plant (not the region after it)."""
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == ["Shepetivka"]


@pytest.mark.parametrize("language, text, places", [
    ("uk", "У списку завод «Промінь» (місто Рогачов), завод «Луч» (місто Жлобин), які виробляють приціли для ракет.",
     ["Rahachow", "Zhlobin"]),
    ("ru", "В список вошли завод «Оптрон» (г. Лида) и завод «Сигнал» (Гродно), которые выпускают прицелы для ракет.",
     ["Hrodna", "Lida"]),
])
def test_cyrillic_a_list_of_plants_each_with_its_town_in_brackets(language, text, places):
    _, claims = read(language, text)
    assert sorted(c.place.name for c in claims) == places


@pytest.mark.parametrize("text", ["Завод ракет заработал, сообщил губернатор (Пермь).",
                                  "Завод ракет заработал, сообщил производитель ракет «Крыло» (Пермь)."])
def test_cyrillic_a_town_in_brackets_after_other_words_places_no_plant(text):
    """A speaker's or a company's town in brackets is where they are, not the plant."""
    _, claims = read("ru", text)
    assert claims == []


@pytest.mark.parametrize("text, source", [
    ("В Перми строят завод по выпуску дронов.\nИсточник: Интерфакс, «Коммерсантъ» и местные СМИ", "Интерфакс"),
    ("Завод по выпуску ракет в Перми расширят, сказал директор центра «Рубеж XXI» Андрей Орлов.",
     "директор центра Рубеж XXI Андрей Орлов"),
    # sentences a copy glued together are two, the quote opening the second; an abbreviation glues nothing
    ("Ракеты попали в военный завод в Перми, сообщил губернатор Дмитрий Махонин.\"Горит цех\", — написал он.",
     "губернатор Дмитрий Махонин"),
    ("Ракеты попали в военный завод в Перми, сообщил он.Губернатор Дмитрий Махонин уточнил, что горит цех.",
     "Губернатор Дмитрий Махонин"),
    ("Ракеты попали в военный завод на ул.Героев в Перми, сообщил губернатор Дмитрий Махонин.",
     "губернатор Дмитрий Махонин"),
    ("Ракеты попали в военный завод в мкр.Северный в Перми, сообщил губернатор Дмитрий Махонин.",
     "губернатор Дмитрий Махонин"),
])
def test_cyrillic_source_lines_and_names_past_quotes(text, source):
    _, claims = read("ru", text)
    assert said_by(claims[0]) == source


@pytest.mark.parametrize("language, text, places", [
    ("ru", "Сборочный завод истребителей откроют в Польше. Варшава закупит у Праги гаубицы для завода по их "
           "ремонту.", ["Poland"]),
    ("uk", "Складальний завод винищувачів відкриють у Польщі. Варшава закупить у Праги гаубиці для заводу з їх "
           "ремонту.", ["Poland"]),
    # but a plant named by its town that sells is the plant
    ("uk", "Концерн замовив у Житомирського бронетанкового заводу 50 бронемашин.", ["Zhytomyr Armoured Plant"]),
])
def test_cyrillic_a_capital_that_buys_and_a_town_that_sells_are_not_the_plants_place(language, text, places):
    mentions, claims = read(language, text)
    assert sorted({c.place.name for c in claims}) == places
    assert all(m.role == "metonymy" for m in mentions if m.place.name == "Warsaw")
    assert "Prague" not in {c.place.name for c in claims}


@pytest.mark.parametrize("language, text", [
    ("ru", "Тула выпускает снаряды на заводе «Сплав»."),
    ("ru", "Москва уже заявила о строительстве завода снарядов."),
    ("uk", "Торік Київ планував будувати завод снарядів."),
])
def test_cyrillic_a_town_as_a_governments_subject_stands_for_it(language, text):
    mentions, _ = read(language, text)
    town = mentions[0]
    assert town.role == ("location" if "выпускает" in text else "metonymy")


@pytest.mark.parametrize("language, text, level", [
    ("ru", "Новый цех по сборке беспилотников откроют в поселке Аршалы Акмолинской области.", "city"),
    ("ru", "Новый цех по сборке беспилотников откроют в селе Аршалы Акмолинской области.", "city"),
    ("ru", "Новый цех по сборке беспилотников откроют в Аршалы Акмолинской области.", "region"),  # a district
])
def test_cyrillic_a_village_named_so_is_not_its_namesake_district(language, text, level):
    claim = claim_at(language, text, "Arshaly")
    assert claim.place.level == level


@pytest.mark.parametrize("text, openings", [
    ("Гомель отримав новий завод снарядів. Завод снарядів у Гомелі атакували.", 1),
    ("Гомель отримав новий завод снарядів.", 0),  # a word the dictionary knows, named nowhere else
    ("Гомель на виробництві снарядів. Завод снарядів у Гомелі атакували.", 0),  # no verb after it: a word
])
def test_cyrillic_a_town_opening_a_sentence_is_read_when_the_article_names_it_elsewhere(text, openings):
    mentions, _ = read("uk", text)
    assert len([m for m in mentions if m.start == 0 and m.place.name == "Homyel'"]) == openings


@pytest.mark.parametrize("language, text, places", [
    ("uk", "Україна та Данія домовилися про спільне виробництво ракет на данській території.", ["Denmark"]),
    ("ru", "Украина и Дания договорились о совместном производстве ракет на датской территории.", ["Denmark"]),
    ("ru", "Украина и Дания договорились о совместном производстве ракет.", []),  # where, nobody says
])
def test_cyrillic_production_on_a_states_soil_is_in_that_state(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


def test_cyrillic_a_plants_name_after_its_noun_is_one_mention_of_the_plant():
    mentions, _ = read("uk", "Удару зазнав завод Воткінська, де виготовляють ракети.")
    assert [m.place.name for m in mentions] == ["Votkinsk Plant"]


def test_cyrillic_where_a_deal_was_signed_is_not_the_plant():
    text = ("Польська компанія та українське підприємство підписали у Варшаві угоду, щоб збудувати завод з "
            "виробництва снарядів у Стальовій Волі.")
    _, claims = read("uk", text)
    assert [c.place.name for c in claims] == ["Stalowa Wola"]


def test_cyrillic_a_generic_speaker_is_the_organisation_named_before():
    text = ("Компанія «Слобожанська броня» відкрила завод з ремонту бронетехніки у Львові, повідомили в компанії.")
    _, claims = read("uk", text)
    assert said_by(claims[0]) == "Слобожанська броня"


def test_cyrillic_a_title_with_a_conjunction_runs_to_the_persons_name():
    text = "Завод по выпуску дронов в Казани расширили, сообщил министр промышленности и торговли Иван Сидоров."
    _, claims = read("ru", text)
    assert said_by(claims[0]) == "министр промышленности и торговли Иван Сидоров"


def test_cyrillic_a_plant_on_the_outskirts_of_a_town():
    claim = claim_at("ru", "На северной окраине Бийска идёт строительство комплекса по выпуску ракетного топлива.",
                     "Biysk")
    assert claim.status == "under construction"


@pytest.mark.parametrize("language, text, place", [
    ("uk", "Завод з виготовлення снарядів збудують на заході України.", "Ukraine"),
    ("uk", "Ділянку під завод дронів виділили в безпечному регіоні Польщі.", "Poland"),
    ("ru", "Новый завод по выпуску дронов построят в центральной части России.", "Russia"),
])
def test_cyrillic_a_part_of_a_country_is_in_that_country(language, text, place):
    """"на заході України", "в центральной части России": the part's country is where the plant is."""
    assert claim_at(language, text, place)


@pytest.mark.parametrize("language, text, place", [
    ("ru", "Лукашенко сказал, что Беларусь строит заводы. Он сообщил, что в стране наладят производство снарядов.",
     "Belarus"),
    ("uk", "Прем'єр Польщі оголосив про запуск у країні виробництва дронів.", "Poland"),
])
def test_cyrillic_in_the_country_is_the_country_named_last(language, text, place):
    _, claims = read(language, text)
    assert [c.place.name for c in claims][-1:] == [place]
    # "a neighbouring country" is another one
    assert read("ru", "Беларусь выпускает снаряды. Соседняя страна получит завод по выпуску снарядов.")[1] == []


@pytest.mark.parametrize("language, text", [
    # a namesake of the village in another region is not it; the district named after it is where
    ("ru", "Дроны атаковали пороховой завод в посёлке Малаховка Карачевского района Брянской области."),
    # a village the gazetteer lacks
    ("ru", "Дроны атаковали пороховой завод в селе Кузьминичи Карачевского района Брянской области."),
    # with no settlement word, or one abbreviated; the Ukrainian "селі" is a village's, not a mudflow's
    ("ru", "Дроны атаковали пороховой завод в Кузьминичи Карачевского района Брянской области."),
    ("uk", "Дрони атакували пороховий завод у с. Кузьминичі Карачевського району Брянської області."),
    ("uk", "Дрони атакували пороховий завод у селі Кузьминичі Карачевського району Брянської області."),
    # a village of two words
    ("uk", "Дрони атакували пороховий завод у с. Нижні Липки Карачевського району Брянської області."),
    ("ru", "Дроны атаковали пороховой завод в селе Нижние Липки Карачевского района Брянской области."),
    # a village the gazetteer has only elsewhere is not a town of the district spelled nearly so
    ("uk", "Дрони атакували пороховий завод у селі Березина Карачевського району Брянської області."),
])
def test_cyrillic_a_village_of_a_district_is_in_that_district(language, text):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == ["Karachevskiy Rayon"]
    # the district is the one of the region after it (Kaluga's, not Nizhny Novgorod's), and its town is there
    _, claims = read("ru", "Дроны атаковали пороховой завод в городе Кондрово Дзержинского района Калужской области.")
    assert [c.place.name for c in claims] == ["Kondrovo"]


@pytest.mark.parametrize("language, text", [
    ("uk", "Причиною вибухів стало підприємство з виготовлення вибухових речовин у Житомирі."),
    ("ru", "Причиной взрывов стало предприятие по изготовлению взрывчатых веществ в Житомире."),
])
def test_cyrillic_explosive_substances_are_explosives(language, text):
    _, claims = read(language, text)
    assert [(c.place.name, c.products) for c in claims] == [("Zhytomyr", ["explosives"])]
    # the substance someone found or carried is no plant's product
    assert read("ru", "Сотрудники предприятия в Туле нашли взрывчатые вещества.")[1] == []
    assert read("uk", "Чоловік із вибуховими речовинами проник на підприємство в Тулі.")[1] == []
    # the adjective alone is a blast's
    assert read(language, text.replace("вибухових речовин", "цукру").replace("взрывчатых веществ", "сахара"))[1] == []


def test_cyrillic_a_town_named_as_whose_another_thing_is_does_not_place_a_plant_struck_later():
    text = ("Дрони атакували пороховий завод у Калузькій області.\n\nЧерез атаку в аеропорту Калуги скасували рейси."
            "\n\nГубернатор підтвердив влучання у промислове підприємство.")
    for told in (text, text.replace("промислове підприємство", "підприємство з виготовлення снарядів")):
        _, claims = read("uk", told)
        assert "Kaluga" not in {c.place.name for c in claims}
    # a town where blasts were heard is where the plant struck is
    _, claims = read("uk", "Вибухи пролунали у Брянську. Пошкоджено місцевий завод з виробництва снарядів.")
    assert [c.place.name for c in claims] == ["Bryansk"]


def test_cyrillic_a_village_known_only_elsewhere_is_not_respelled_as_a_town_of_its_district():
    _, claims = read("uk", "Дрони атакували пороховий завод у селі Березина Житомирського району.")
    assert [c.place.name for c in claims] == ["Zhytomyr Raion"]  # not Berezivka, a village of that region


@pytest.mark.parametrize("language, text", [
    ("uk", "За словами міністра, виробництво перехоплювачів буде розташоване у Великій Британії."),
    ("ru", "По словам министра, производство перехватчиков будет расположено в Великобритании."),
])
def test_cyrillic_production_that_will_be_located_somewhere_is_planned(language, text):
    _, claims = read(language, text)
    assert [(c.place.name, c.status, c.products) for c in claims] == [("United Kingdom", "planned", ["interceptors"])]


def test_cyrillic_where_something_else_will_stand_says_nothing_of_the_production():
    _, claims = read("ru", "Производство снарядов в Туле важно для армии, поэтому новый склад будет расположен рядом.")
    assert [(c.place.name, c.status) for c in claims] == [("Tula", "operational")]


def test_cyrillic_what_is_assembled_may_come_several_words_after_the_verb_in_the_region_named_before():
    _, claims = read("ru", "В Пермском крае объявили тревогу. В крае работает центр, на базе которого собирают и "
                           "совершенствуют ударные и разведывательные FPV-дроны.")
    assert [(c.place.name, c.products) for c in claims] == [("Permskiy kray", ["drones"])]
    # a "где" clause's making is in the place the clause hangs on
    _, claims = read("ru", "В Краснодарском крае прошли учения. В Туле работает центр, где собирают дроны.")
    assert [(c.place.name, c.status) for c in claims] == [("Tula", "operational")]
    assert read("ru", "В Туле прошли учения, где показали дроны.")[1] == []
    # a nation's making is no plant told of
    assert read("ru", "Россия наращивает выпуск ракет. В стране собирают и совершенствуют ударные FPV-дроны.")[1] == []


def test_cyrillic_a_question_reports_nothing():
    _, claims = read("ru", "Будут ли строить завод по выпуску дронов в Перми?")
    assert claims == []


@pytest.mark.parametrize("language, text, source", [
    ("uk", "Генштаб ЗСУ підтвердив ураження заводу з виробництва дронів у Брянську.", "Генштаб ЗСУ"),
    ("ru", "Минобороны подтвердило удар по заводу взрывчатки в Дзержинске.", "Минобороны"),
    ("uk", "1. **Брянськ.** Генштаб ЗСУ підтвердив ураження заводу ракет у Брянську.", "Генштаб ЗСУ"),
    # "in Russia they reported": someone there, unnamed; the speaker the paragraph names before speaks
    ("uk", "Губернатор Василь Петренко заявив про атаку. У Росії повідомили про удар по заводу ракет у Брянську.",
     "Губернатор Василь Петренко"),
    # a body one speaks in is named as it is written alone
    ("uk", "Про розширення заводу дронів у Брянську розповіли у Центрі національного спротиву.",
     "Центр національного спротиву"),
    # but a body one speaks in is the source, and a capital speaks for its government
    ("ru", "В Киеве заявили, что завод по выпуску ракет в Харькове расширили.", "Киев"),
    ("ru", "В пресс-службе администрации Пермского края сообщили, что завод по выпуску снарядов в Перми расширили.",
     "пресс-служба администрации Пермского края"),
    # a headline names its source after a dash
    ("uk", "Завод дронів у Брянську розширили — ГУР", "ГУР"),
    # when it was said comes before who said it
    ("uk", "У четвер вранці губернатор області підтвердив удар по заводу дронів у Брянську.", "губернатор області"),
    ("ru", "В пятницу утром губернатор области подтвердил удар по заводу дронов в Брянске.", "губернатор области"),
    # sources in a body are that body's
    ("uk", "Як повідомили джерела в Головному управлінні розвідки, дрони уразили завод ракет у Брянську.",
     "джерела в Головному управлінні розвідки"),
    ("ru", "Завод дронов в Брянске расширили – Генштаб ВСУ.", "Генштаб ВСУ"),
])
def test_cyrillic_source_is_the_subject_when_the_verb_is_followed_by_what_was_said(language, text, source):
    """After "підтвердив" comes what was confirmed, not who confirmed it; the subject before the verb speaks."""
    _, claims = read(language, text)
    assert [said_by(c) for c in claims] == [source]


@pytest.mark.parametrize("language, text", [
    ("uk", "Генштаб підтвердив ураження заводу з виробництва дронів у Брянську."),
    ("ru", "Источники сообщили о поражении завода по выпуску ракет в Брянске."),
])
def test_cyrillic_hit_as_a_noun_is_a_strike(language, text):
    assert claim_at(language, text, "Bryansk").status == "struck"


def test_cyrillic_refinery_in_an_arms_article_is_no_facility():
    """"нафтопереробний завод" is a refinery, however military the article around it."""
    text = ("Сили оборони уразили завод з виробництва ракет у Брянську. Також було атаковано нафтопереробний "
            "завод у Саратові, який постачає паливо армії. Удари по об'єктах ВПК триватимуть.")
    _, claims = read("uk", text)
    assert {c.place.name for c in claims} == {"Bryansk"}


def test_cyrillic_military_industrial_words_make_an_article_about_arms():
    """Struck plants with no product named count in an article that speaks of the military-industrial complex."""
    text = ("Сили оборони уразили завод «Прилад» у Брянську. Підприємство належить до військово-промислового "
            "комплексу РФ і працює на ВПК, зокрема виготовляє апаратуру для ракетних систем.")
    assert claim_at("uk", text, "Bryansk").status == "struck"
    assert read("uk", "Сили оборони уразили завод «Прилад» у Брянську.")[1] == []


@pytest.mark.parametrize("language, text, place", [
    ("ru", "Губернатор посетил завод «Маяк» в Кирове. Предприятие выполняет гособоронзаказ.", "Kirov"),
    ("uk", "Прем'єр відвідав завод «Іскра» у Луцьку. Підприємство працює на оборонно-промисловий комплекс.",
     "Lutsk"),
])
def test_cyrillic_one_word_for_the_arms_industry_makes_an_article_about_arms(language, text, place):
    """"выполняет гособоронзаказ", "оборонно-промисловий комплекс": a plant with no product named is an arms
    plant; a plant that makes furniture is not."""
    assert claim_at(language, text, place)
    assert read(language, text.split(". ")[0] + ". Предприятие выпускает мебель.")[1] == []


def test_cyrillic_enterprise_in_an_arms_article_is_a_facility():
    text = ("Концерн передал армии партию танков и бронемашин. Снаряды к ним также поставлены. "
            "Машины изготовлены на предприятии концерна в Кургане.")
    assert claim_at("ru", text, "Kurgan").status == "operational"


_RAID = "Ночью беспилотники атаковали область, сообщил губернатор. ПВО сбила шесть дронов, ракеты упали в поле. "


def test_cyrillic_a_depot_struck_in_a_story_of_arms_is_a_facility_unless_it_holds_civilian_goods():
    assert claim_at("ru", _RAID + "Пожар начался после прилета по складу в Карачеве.", "Karachev").status == "struck"
    for held in ("топлива", "готовой продукции"):
        _, claims = read("ru", _RAID + f"Пожар начался после прилета по складу {held} в Карачеве.")
        assert not claims, held


@pytest.mark.parametrize("language, text, place", [
    ("ru", "Ночью дроны атаковали Брянский оружейный завод.", "Bryansk"),
    ("ru", "Пермский механический завод увеличил выпуск снарядов.", "Perm"),
    ("uk", "Оршанський інструментальний завод у Вітебській області збирає дрони.", "Orsha"),
    ("ru", "Омский танковый завод передал армии партию танков.", "Omsk"),
    ("uk", "Дрони атакували Шосткинський казенний завод «Сокіл».", "Shostka"),
    ("uk", "Ковровський механічний завод виготовляє кулемети.", "Kovrov"),
    ("uk", "Дрони атакували Мценський завод напівпровідникових приладів в Орловській області.", "Mtsensk"),
    ("uk", "Ракети влучили у запорізький завод, що виробляє двигуни для дронів.", "Zaporizhzhya"),
    ("ru", "Ракеты попали в запорожский завод, выпускающий двигатели для дронов.", "Zaporizhzhya"),
])
def test_cyrillic_a_plant_named_after_its_town_is_in_that_town(language, text, place):
    """"Брянский химический завод": the adjective a plant's name is made of names its town."""
    claim_at(language, text, place)


@pytest.mark.parametrize("language, text", [
    ("ru", "Российский оборонный завод выпускает снаряды."),  # a country's adjective is no town
    ("ru", "Механический завод выпускает снаряды."),  # nor is a common adjective
])
def test_cyrillic_adjectives_that_name_no_town_place_no_plant(language, text):
    assert read(language, text)[1] == []


@pytest.mark.parametrize("language, text", [
    ("ru", "Эстония выпускает тысячи беспилотников в год — от FPV-дронов до ударных комплексов."),
    ("uk", "Естонія випускає тисячі безпілотників на рік — від FPV-дронів до ударних комплексів."),
])
def test_cyrillic_a_weapon_system_is_no_production_complex(language, text):
    """"Ударный комплекс" is a weapon: a country that makes them has no plant told of."""
    assert read(language, text)[1] == []


@pytest.mark.parametrize("language, text, place", [
    ("ru", "Ракетные комплексы «Тор» выпускают в Ижевске.", "Izhevsk"),  # a weapon's quoted name passed over
    ("ru", "Русский ракетный комплекс был произведён в Белоруссии.", "Belarus"),  # made: it is a weapon
])
def test_cyrillic_making_weapon_systems_is_making_arms(language, text, place):
    assert [c.place.name for c in read(language, text)[1]] == [place]


def test_cyrillic_drones_that_carry_out_an_attack_make_nothing():
    assert read("ru", "Беспилотники произвели атаку на Тулу.")[1] == []


@pytest.mark.parametrize("language, text", [
    ("ru", "Дроны атаковали авиационный комплекс имени Ильюшина в Воронеже."),
    ("ru", "Дроны атаковали авиационный комплекс «Ильюшин» в Воронеже."),
])
def test_cyrillic_an_aviation_complex_with_a_name_is_a_works(language, text):
    lead = "Военные заводы России снова под ударом: беспилотники и ракеты атакуют предприятия ВПК. "
    assert claim_at(language, lead + text, "Voronezh").status == "struck"


@pytest.mark.parametrize("language, phrase, name", [
    ("ru", "Вооружённых силах Украины", "Вооружённые силы Украины"),
    ("ru", "Главном управлении разведки", "Главное управление разведки"),
    ("ru", "Санкт-Петербурге", "Санкт-Петербург"),
    ("uk", "Східній правозахисній групі", "Східна правозахисна група"),
    ("uk", "Білому домі", "Білий дім"),  # the noun of the adjective's gender
    ("ru", "Ростехе", "Ростехе"),  # unknown to the dictionary: as written
    ("uk", "ГУР", "ГУР"),  # an acronym: as written
    ("uk", "компанії «Фаєр Пойнт»", "компанії «Фаєр Пойнт»"),  # quoted: as written
])
def test_cyrillic_a_body_spoken_in_is_named_as_written_alone(language, phrase, name):
    assert cyrillic_claims._named_alone(phrase, language) == name


def test_cyrillic_delivering_a_batch_means_the_plant_works():
    assert claim_at("ru", "Курганский завод отгрузил армии партию бронемашин.", "Kurgan").status == "operational"


def test_cyrillic_a_strike_after_which_the_plant_closed_is_past():
    assert claim_at("ru", "После удара цех по выпуску дронов в Брянске закрыли.", "Bryansk").status == "closed"
    assert claim_at("ru", "Удар по цеху по выпуску дронов в Брянске: цех закрыли.", "Bryansk").status == "struck"


def test_cyrillic_a_workshop_named_after_its_place_in_an_interview():
    """A place in an answer's first words, the workshop in the next sentence; FPV drones make the story one about
    arms."""
    text = ("Компанія виробляє FPV-дрони, ракети та боєприпаси для армії.\n\n"
            "— Так, під Жешувом. Це наш власний цех, українська компанія, польська реєстрація.")
    claim_at("uk", text, "Rzeszów")


def test_cyrillic_a_session_where_a_plant_was_discussed_is_not_its_place():
    text = "Під час обговорення в сесійній залі у Києві депутати підтримали будівництво заводу снарядів у Львові."
    _, claims = read("uk", text)
    assert {c.place.name for c in claims} == {"Lviv"}


@pytest.mark.parametrize("language, text, place, status", [
    ("ru", "На совещании в Москве обсуждали строительство завода боеприпасов в Туле.", "Tula", "proposed"),
    ("ru", "Стороны подписали соглашение о строительстве порохового завода в Тамбове.", "Tambov", "planned"),
    ("uk", "Уряд ухвалив рішення про будівництво заводу снарядів у Луцьку.", "Lutsk", "planned"),
    ("uk", "Будівництво заводу снарядів у Луцьку триває.", "Lutsk", "under construction"),
    ("ru", "Правительство одобрило строительство порохового завода в Тамбове.", "Tambov", "planned"),
    ("uk", "Кабмін схвалив будівництво заводу снарядів у Луцьку.", "Lutsk", "planned"),
    ("ru", "Губернатор утвердил проект завода беспилотников в Ижевске.", "Izhevsk", "planned"),
    ("uk", "Запуск заводу з виробництва боєприпасів у Луцьку був відкладений.", "Lutsk", "planned"),
    ("ru", "Открытие порохового завода в Тамбове было отложено на год.", "Tambov", "planned"),
    ("uk", "У Луцьку з'явиться завод снарядів.", "Lutsk", "planned"),
    ("ru", "В Тамбове появится пороховой завод.", "Tambov", "planned"),
    # an agreement whose parties are named before what it is about; one that provides for the plant
    ("uk", "Місто підписало угоду між фірмою Vantor та банком «Волинь» про будівництво заводу снарядів у Луцьку.",
     "Lutsk", "planned"),
    ("ru", "Меморандум предусматривает строительство порохового завода в Тамбове.", "Tambov", "planned"),
    ("uk", "Договір передбачає створення нових потужностей заводу снарядів у Луцьку.", "Lutsk", "planned"),
    # but a comma ends the agreement's clause
    ("uk", "Угоду підписали торік, а про будівництво заводу снарядів у Луцьку звітують щотижня.", "Lutsk",
     "under construction"),
])
def test_cyrillic_an_agreed_discussed_delayed_or_coming_plant_has_not_begun(language, text, place, status):
    """Where the meeting was is not the plant's place; the plant is."""
    _, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == [(place, status)]


@pytest.mark.parametrize("language, text", [
    ("ru", "Беспилотники атаковали пороховой завод в Карачевском районе Брянской области."),
    ("ru", "Беспилотники атаковали Брянскую область. Пострадал пороховой завод в Карачевском районе."),
    ("uk", "Дрони атакували пороховий завод у Карачевському районі Брянської області."),
])
def test_cyrillic_a_district_is_the_plants_place_not_its_region_or_seat(language, text):
    """The district (at its seat, Karachev) is the finest place given: its region only says where it is, and
    "Карачевский район" is not the town Karachev."""
    _, claims = read(language, text)
    assert [(c.place.name, c.precision) for c in claims] == [("Karachevskiy Rayon", "region")]


@pytest.mark.parametrize("language, text, product", [
    ("ru", "Правительство решило построить пороховой завод под Тамбовом.", "gunpowder"),
    ("uk", "У Харкові відновив роботу танковий завод.", "tanks"),
    ("ru", "В Перми расширили снарядный завод.", "shells"),
])
def test_cyrillic_a_plant_named_by_its_products_adjective_makes_that_product(language, text, product):
    _, claims = read(language, text)
    assert [c.products for c in claims] == [[product]]


@pytest.mark.parametrize("language, text, place, status", [
    ("ru", "Ремонтный завод в Орше перепрофилируется под выпуск дронов.", "Orsha", "converting"),
    ("uk", "Ремонтний завод в Орші перепрофілюється під випуск дронів.", "Orsha", "converting"),
    ("ru", "Завод в Кургане продолжает выпуск бронемашин.", "Kurgan", "operational"),
    ("ru", "Выпуск снарядов на заводе в Перми вырос вдвое.", "Perm", "expanded"),
])
def test_cyrillic_reflexive_verbs_output_and_growth(language, text, place, status):
    """A reflexive verb is read as the verb it is made from; output ("выпуск") is production; growth expands."""
    assert claim_at(language, text, place).status == status


@pytest.mark.parametrize("language, text, status", [
    ("ru", "Сталь шла для производства корпусов бронетранспортеров на предприятии в Арзамасе.", "operational"),
    ("uk", "Сталь ішла для виробництва корпусів бронетранспортерів на підприємстві в Арзамасі.", "operational"),
    ("ru", "Планируется производство бронетранспортеров в Арзамасе.", "planned"),
])
def test_cyrillic_production_at_a_plant_is_operation_unless_a_verb_says_otherwise(language, text, status):
    assert claim_at(language, text, "Arzamas").status == status


@pytest.mark.parametrize("language, text, site", [
    ("ru", "На Казанском пороховом заводе произошёл взрыв.", "Kazan Gunpowder Plant"),
    ("uk", "Дрони атакували Тамбовський пороховий завод уночі.", "Tambov Gunpowder Plant"),
    ("uk", "Харківський авіаційний завод відновив виробництво літаків.", "Kharkiv Aircraft Plant"),
    ("uk", "Удару зазнав завод Воткінська, де виготовляють ракети.", "Votkinsk Plant"),  # the town's genitive
    # names from geodata/site_aliases.csv
    ("uk", "Дрони атакували Південмаш у Дніпрі, повідомили в міськраді.",
     "Pivdenmash (Pivdennyi Machine-Building Plant, Dnipro)"),
    ("ru", "Строительство наблюдалось на территории иранского военного комплекса в Парчине.",
     "Parchin military complex"),
    # a site named by its town's adjective, the Korean "j" written "чж" ("Рачжинская", of Rajin)
    ("ru", "В КНДР спустили на воду эсминец на Рачжинской судостроительной верфи.", "Rajin Shipyard"),
    # a ceremony at a known plant is held at the plant
    ("ru", "В КНДР спустили на воду эсминец, торжественная церемония прошла на Рачжинской судостроительной верфи.",
     "Rajin Shipyard"),
])
def test_cyrillic_a_known_site_is_found_in_any_case_and_either_language(language, text, site):
    """geodata/sites.csv lists a site's Russian or Ukrainian name once, in the nominative."""
    assert claim_at(language, text, site).place.level == "site"


@pytest.mark.parametrize("language, text", [
    ("ru", "По данным канала, в цехе оборонного завода в Туле нашли обломки дрона.\n\nИздание напомнило, что в мае "
           "этот же завод атаковали два беспилотника."),
    ("uk", "За даними каналу, у цеху оборонного заводу в Тулі знайшли уламки дрона.\n\nВидання нагадало, що у "
           "травні цей завод атакували два безпілотники."),
])
def test_cyrillic_this_plant_paragraphs_later_is_the_plant_told_of(language, text):
    _, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == [("Tula", "unknown"), ("Tula", "struck")]


def test_cyrillic_a_steelworks_and_a_head_office_are_not_arms_plants():
    text = ("Завод в Борисове будет выпускать снаряды и мины для армии. Сталь для снарядов поставит "
            "Жлобинский металлургический завод. Головной офис компании находится в Минске.")
    _, claims = read("ru", text)
    assert {c.place.name for c in claims} == {"Barysaw"}


def test_cyrillic_an_enterprise_in_an_arms_story_is_a_plant_only_where_it_makes_something():
    text = ("Снаряды, ракеты и дроны ударили по Белгородской области. "
            "Предприятие в Грайвороне временно приостановило работу.")
    assert read("ru", text)[1] == []


def test_cyrillic_an_enterprise_that_makes_something_else_than_arms_is_no_facility():
    text = ("Сили оборони уразили завод з виробництва ударних дронів у Таганрозі, повідомив Генштаб. "
            "Вночі росіяни атакували Дніпро ракетами. У Дніпрі пошкоджено підприємство з виробництва меблів та "
            "кілька житлових будинків, повідомив голова ОВА. У Павлограді пошкоджено підприємство з виробництва "
            "продукції для армії.")
    assert {c.place.name for c in read("uk", text)[1]} == {"Taganrog", "Pavlohrad"}


@pytest.mark.parametrize("language, text, source", [
    ("ru", "Глава концерна Иван Орлов сообщил, что в Барановичах запущено производство дронов. Он также заявил, "
           "что Минский завод колесных тягачей продолжает выпуск шасси для ракетных комплексов.",
     "Глава концерна Иван Орлов"),
    ("uk", "Міністр оборонної промисловості повідомив, що в Павлограді працює завод боєприпасів. Міністр також "
           "повідомив, що компанія планує збудувати завод з виробництва ракет у Вінниці.",
     "Міністр оборонної промисловості"),
])
def test_cyrillic_he_or_the_minister_again_is_the_speaker_named_before(language, text, source):
    _, claims = read(language, text)
    assert len(claims) == 2 and {said_by(c) for c in claims} == {source}


@pytest.mark.parametrize("language, text, source", [
    ("ru", "Завод дронов в Ижевске заработал, сообщил министр. Об уязвимости отрасли написало издание «Оборонка»."
           "\n\nПо его данным, завод ракет в Перми работает на пределе.", "издание Оборонка"),
    ("uk", "Завод дронів у Житомирі запрацював, повідомив міністр. Про слабкі місця галузі написало видання "
           "«Оборонка».\n\nЗа його даними, завод ракет у Вінниці працює на межі.", "видання Оборонка"),
])
def test_cyrillic_by_its_account_is_the_teller_named_before(language, text, source):
    _, claims = read(language, text)
    assert said_by(claims[-1]) == source


@pytest.mark.parametrize("language, text", [
    ("ru", "Президент Беларуси объявил о запуске в стране производства снарядов."),
    ("uk", "Президент Білорусі оголосив про запуск у країні виробництва снарядів."),
])
def test_cyrillic_a_titles_country_is_a_place_its_person_is_not(language, text):
    mentions, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == [("Belarus", "operational")]
    mentions, _ = read("ru", "Министр Орел сообщил, что завод снарядов в Туле расширили.")
    assert [m.place.name for m in mentions] == ["Tula"]


def test_cyrillic_a_quotation_paragraph_goes_on_quoting_the_speaker_before():
    text = ("Завод снарядов в Перми заработал, сообщил министр.\n\n«Мы должны пополнить запасы», — заявил губернатор "
            "Иван Орлов.\n\n«Завод пороха в Перми расширят в мае».")
    _, claims = read("ru", text)
    assert [said_by(c) for c in claims] == ["министр", "губернатор Иван Орлов"]


@pytest.mark.parametrize("language, text", [
    ("ru", "Это подтверждают спутниковые снимки: завод ракет в Перми расширили."),
    ("uk", "Це підтверджують супутникові знімки: завод ракет у Вінниці розширили."),
    ("ru", "Спутниковые снимки подтвердили, что завод ракет в Перми расширили."),
])
def test_cyrillic_images_tell_no_ones_account(language, text):
    _, claims = read(language, text)
    assert [c.attribution for c in claims] == ["Вестник (own reporting)"]


@pytest.mark.parametrize("language, text", [
    ("uk", "Завод снарядів у Вінниці запрацював, повідомив міністр.\n\nЗазначимо, що завод дронів у Житомирі "
           "розширили торік."),
    ("ru", "Завод снарядов в Перми заработал, сообщил министр.\n\nОтметим, что завод дронов в Ижевске расширили "
           "в прошлом году."),
])
def test_cyrillic_a_remark_of_the_publishers_own_is_its_own(language, text):
    _, claims = read(language, text)
    assert [c.attribution for c in claims][1:] == ["Вестник (own reporting)"]


def test_cyrillic_an_interviews_answers_are_the_interviewees():
    text = ("*Завод в Кургане — крупнейший работодатель региона. О том, как изменилась его работа, мы поговорили с "
            "генеральным директором Андреем Петровым.*\n\n"
            "**— Сколько людей сейчас работает на заводе?**\n\n"
            "— Больше, чем когда-либо. В этом году мы запустили новый цех по выпуску снарядов на заводе в Кургане.")
    _, claims = read("ru", text)
    assert claims and {said_by(c) for c in claims} == {"генеральный директор Андрей Петров"}


@pytest.mark.parametrize(("name", "language", "expected"), [
    ("губернатор Тверской области", "ru", "губернатор Тверской области (governor)"),
    ("Генерального штабу ЗСУ", "uk", "Генерального штабу ЗСУ (General Staff Armed Forces of Ukraine)"),
    ("Міський голова Конотопа", "uk", "Міський голова Конотопа (mayor Konotop)"),
    ("пресс-службы концерна", "ru", "пресс-службы концерна (press service concern)"),
    ("мэрии", "ru", "мэрии (city administration)"),
    ("бывшего сотрудника завода", "ru", "бывшего сотрудника завода (former employee plant)"),
    ("Повітряних сил", "uk", "Повітряних сил (Air Force)"),
    ("Сил оборони", "uk", "Сил оборони (Defence Forces)"),
    ("обласної прокуратури", "uk", "обласної прокуратури (regional prosecutors)"),
    ("пресс-служба УВЗ", "ru", "пресс-служба УВЗ (press service Uralvagonzavod)"),  # organisations by English name
    ("«Ростехе»", "ru", "«Ростехе» (Rostec)"),
    ("Укроборонпрому", "uk", "Укроборонпрому (Ukroboronprom)"),
    # a surname the dictionary reads as another word's form is written as it stands, in Latin letters
    ("губернатор Алексей Текслер", "ru", "губернатор Алексей Текслер (governor Aleksei Teksler)"),
    ("керівник Центру протидії дезінформації", "uk",
     "керівник Центру протидії дезінформації (head Centre disinformation)"),
    ("Rheinmetall", "ru", "Rheinmetall"),
    # countries and their adjectives in English; Ukrainian names in Ukraine's own transliteration
    ("Керівництво Збройних сил України", "uk", "Керівництво Збройних сил України (leadership armed forces Ukraine)"),
    ("российские телеграм-каналы", "ru", "российские телеграм-каналы (Russian Telegram channels)"),
    # in the number written, and a compound with a Latin first part
    ("источники NV", "ru", "источники NV (sources)"),
    ("российские Telegram-каналы", "ru", "российские Telegram-каналы (Russian Telegram channels)"),
    ("Telegram-канал Северный ветер", "ru", "Telegram-канал Северный ветер (Telegram channel)"),
    ("місцеві Telegram-канали", "uk", "місцеві Telegram-канали (local Telegram channels)"),
    ("місцеві пабліки", "uk", "місцеві пабліки (local public pages)"),
    ("міністр оборони Денис Шмигаль", "uk", "міністр оборони Денис Шмигаль (minister defence Denys Shmyhal)"),
    ("мер Житомира Юрій Ярошенко", "uk", "мер Житомира Юрій Ярошенко (mayor Zhytomyr Yurii Yaroshenko)"),
    ("речник Туомас Лайтінен", "uk", "речник Туомас Лайтінен (spokesperson Tuomas Laitinen)"),  # a foreign name
    # a word with an apostrophe, straight or curly, is one word
    ("прем’єр-міністр України Денис Шмигаль", "uk",
     "прем’єр-міністр України Денис Шмигаль (prime minister Ukraine Denys Shmyhal)"),
    ("прем'єр-міністра України", "uk", "прем'єр-міністра України (prime minister Ukraine)"),
    ("командующий ВВС", "ru", "командующий ВВС (commander)"),
    # a bare name, a person's or an outlet's, in Latin letters; an acronym or common words stay as they are
    ("Олег Синєгубов", "uk", "Олег Синєгубов (Oleh Syniehubov)"),
    ("Громадське", "uk", "Громадське (Hromadske)"),
    ("Игорь Белов", "ru", "Игорь Белов (Igor Belov)"),
    ("ВВС", "ru", "ВВС"),
    ("местная пресса", "ru", "местная пресса (local press)"),
    ("Місцева влада", "uk", "Місцева влада (local authorities)"),
    ("Східна правозахисна група", "uk", "Східна правозахисна група (Human Rights Group)"),
    ("Центр національного спротиву", "uk", "Центр національного спротиву (Centre National Resistance)"),
    ("российские информагентства", "ru", "российские информагентства (Russian news agency)"),
    ("ГУР", "uk", "ГУР (HUR, Defence Intelligence of Ukraine)"),
])
def test_cyrillic_sources_carry_an_english_gloss_of_what_they_are(name, language, expected):
    from pipeline.cyrillic_claims import glossed

    assert glossed(name, language) == expected


def test_cyrillic_claim_source_is_glossed_in_the_claim():
    _, claims = read("ru", "Губернатор Курской области сообщил, что беспилотники атаковали пороховой завод в "
                           "Курске.")
    assert [c.attribution for c in claims] == ["Губернатор Курской области (governor)"]


@pytest.mark.parametrize(("language", "text", "place"), [
    ("ru", "Сегодня на ульяновском заводе открыли новый сборочный корпус для самолётов.", "Ulyanovsk"),
    ("ru", "Дроны атаковали курский завод по выпуску снарядов, сообщил губернатор.", "Kursk"),
    ("uk", "Дрони атакували брянський завод з виробництва снарядів.", "Bryansk"),
])
def test_cyrillic_a_plant_named_by_its_towns_adjective_is_in_that_town(language, text, place):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == [place]


def test_cyrillic_an_adjective_of_a_small_town_or_none_places_no_plant():
    _, claims = read("ru", "Раньше он работал на советском заводе по выпуску снарядов.")
    assert claims == []


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "У Копенгагені запевнили, що завод відповідатиме всім нормам."),
    ("ru", "В Варшаве заявили, что завод по выпуску снарядов будет построен."),
])
def test_cyrillic_a_place_followed_by_a_reporting_verb_is_the_speakers(language, text):
    _, claims = read(language, text)
    assert claims == []


@pytest.mark.parametrize("language, text, surface, name", [
    # a common word as a name: a place when its region follows it
    ("uk", "Шостка, Сумщина. Вночі дрони атакували місто.", "Шостка", "Shostka"),
    ("uk", "Шостка, Сумська область. Вночі дрони атакували місто.", "Шостка", "Shostka"),
    ("uk", "Кадіївка, Луганщина. Вночі дрони атакували місто.", "Кадіївка", "Kadiyivka"),  # a town under 100,000
    ("uk", "Воткінськ, Удмуртія. Вночі дрони атакували місто.", "Воткінськ", "Votkinsk"),  # not in the dictionary
    # after "из" a name is where something comes from, not a person
    ("ru", "Детали для дронов везут из Борисова.", "Борисова", "Barysaw"),
])
def test_cyrillic_a_name_that_is_also_a_word_or_a_surname_is_a_place_where_the_text_says_so(language, text, surface,
                                                                                              name):
    mentions, _ = read(language, text)
    assert {m.surface: (m.place.name, m.place.level) for m in mentions}.get(surface) == (name, "city")


def test_cyrillic_a_common_word_or_a_surname_alone_stays_a_word():
    assert read("uk", "Шостка була важкою, а Сумщина мовчала.")[0][0].surface == "Сумщина"
    assert read("uk", "Кадіївка. Вночі дрони атакували місто.")[0] == []
    assert read("ru", "Королёв заявил, что все в порядке.")[0] == []


SECTIONS = {
    "ru": "Дроны, ракеты и снаряды: главное за ночь.\n\n**1. Брянск.** Ночью город снова атаковали беспилотники.\n\n"
          "Генштаб ВСУ заявил, что под удар попал завод «Кварц-Эл» — один из крупнейших в России производителей "
          "микроэлектроники для ракет.\n\n**2. Тула.** Погода хорошая.\n\nНовый завод строят, сообщил губернатор.",
    "uk": "Дрони, ракети і снаряди: головне за ніч.\n\n**1. Брянськ.** Вночі місто знову атакували безпілотники.\n\n"
          "Генштаб ЗСУ заявив, що під удар потрапив завод «Кварц-Ел» — один з найбільших у Росії виробників "
          "мікроелектроніки для ракет.\n\n**2. Тула.** Погода гарна.\n\nЗаводи регіону працюють, повідомив губернатор.",
}


@pytest.mark.parametrize("language, text, place", [
    ("ru", "Дроны атаковали завод «Залив» в Керчи.", "Zaliv Shipyard (Kerch)"),  # a quoted name is the site's
    ("ru", "Ракеты попали в Южный машиностроительный завод.", "Pivdenmash (Pivdennyi Machine-Building Plant, Dnipro)"),
    ("ru", "Бийский олеумный завод на Алтае выпускает топливо для ракет.", "Biysk Oleum Plant"),  # "на" a region
    ("ru", "Удар нанес Южмашу лишь локальный урон.", "Pivdenmash (Pivdennyi Machine-Building Plant, Dnipro)"),
])
def test_cyrillic_a_known_sites_quoted_or_inflected_name_is_the_site(language, text, place):
    claim_at(language, text, place)


def test_cyrillic_a_companys_works_in_another_town_than_its_known_plants_are_there():
    _, claims = read("ru", "Ракеты попали по площадке Южного машиностроительного завода в Павлограде.")
    assert {c.place.name for c in claims} == {"Pavlohrad"}


@pytest.mark.parametrize("language, text", [
    ("ru", "Губернатор опроверг сообщения о попадании в пороховой завод в Тамбове."),
    ("uk", "Губернатор спростував інформацію про влучання в пороховий завод у Тамбові."),
])
def test_cyrillic_a_denied_report_of_a_strike_reports_none(language, text):
    assert read(language, text)[1] == []
    # a denial of something else leaves the strike told
    told = claim_at("ru", "Москва отрицает вину, но дроны попали в пороховой завод в Тамбове.", "Tambov")
    assert told.status == "struck"


def test_cyrillic_a_short_one_word_name_is_a_site_only_if_no_common_word():
    from pipeline.cyrillic_text import common_word

    assert common_word("пеленг") and common_word("Завод") and not common_word("Южмаш")


def test_cyrillic_a_short_word_of_a_sites_name_is_read_whole():
    """"завод «Море»" is a shipyard; "завод может" (the plant can) is not."""
    mentions, _ = read("ru", "В Ульяновске завод может выпускать самолеты.")
    assert all(m.place.level != "site" for m in mentions)
    mentions, _ = read("ru", "Ракеты попали в судостроительный завод «Море».")  # one site, read once
    assert [m.surface for m in mentions if m.place.level == "site"] == ["судостроительный завод «Море"]


@pytest.mark.parametrize("language, expected", [
    ("ru", [("Bryansk", "struck"), ("Tula", "under construction")]),  # a plant under the second heading
    ("uk", [("Bryansk", "struck")]),  # "plants of the region" under it: no one plant
])
def test_cyrillic_a_plant_under_a_heading_is_in_the_headings_town_not_the_country_it_is_largest_in(language,
                                                                                                   expected):
    _, claims = read(language, SECTIONS[language])
    assert [(c.place.name, c.status) for c in claims] == expected


def test_cyrillic_a_country_things_are_sent_to_is_not_where_the_plant_is():
    _, claims = read("ru", "Ракеты, дроны и снаряды из Беларуси. На заводе в Борисове выпускают блоки управления для "
                           "ракет, поставляемые в Россию.")
    assert [c.place.name for c in claims] == ["Barysaw"]
    _, claims = read("ru", "Ракеты, дроны и снаряды. Завод, поставляющий блоки управления в Россию, выпускает ракеты.")
    assert claims == []


@pytest.mark.parametrize("language, text, status", [
    ("uk", "Пороховий завод у Котовську, який уночі атакували безпілотники, призупинив роботу.", "closed"),
    ("ru", "Пороховой завод в Котовске, который ночью атаковали беспилотники, продолжает работать.", "operational"),
    ("uk", "Дрони атакували пороховий завод у Котовську, який випускає снаряди.", "struck"),
])
def test_cyrillic_a_strike_told_of_the_plant_in_a_clause_is_background_to_the_main_verb(language, text, status):
    _, claims = read(language, text)
    assert [c.status for c in claims] == [status]


def test_cyrillic_a_town_in_the_dative_is_who_controls_the_place_not_the_place():
    _, claims = read("ru", "Российские войска нанесли удар по заводу двигателей в подконтрольном Киеву Запорожье.")
    assert [c.place.name for c in claims] == ["Zaporizhzhya"]


def test_cyrillic_a_village_before_its_district_and_region_is_the_regions_namesake():
    mentions, claims = read("ru", "Взорвался пороховой цех завода в поселке Лесной Шиловского района Рязанской "
                                  "области.")
    assert [(c.place.name, c.place.region_code, c.kind) for c in claims] == [
        ("Lesnoy", "RU-RYA", "gunpowder workshop")]


@pytest.mark.parametrize("language, text, regions", [
    ("ru", "Дроны атаковали заводы боеприпасов в Курской и Орловской областях.", ["RU-KRS", "RU-ORL"]),
    ("uk", "Дрони атакували заводи боєприпасів у Сумській, Полтавській областях.", ["UA-59", "UA-53"]),
])
def test_cyrillic_a_list_of_regions_shares_its_region_noun_though_a_town_has_the_first_name(language, text,
                                                                                          regions):
    mentions, _ = read(language, text)
    assert [(m.place.level, m.place.region_code) for m in mentions] == [("region", r) for r in regions]


@pytest.mark.parametrize("language, text, operators", [
    ("uk", "У місті Войєнс у Данії заклали перший камінь заводу української оборонної компанії «Сокіл», який "
           "вироблятиме ракетне паливо.", ["UA"]),
    ("ru", "Немецкий концерн построит в Литве завод снарядов под Вильнюсом.", ["DE"]),
    ("uk", "Rheinmetall відкрив у Вільнюсі завод артилерійських снарядів.", ["DE"]),
    ("ru", "Австрийская компания открыла завод боеприпасов в Риге.", ["AT"]),
    ("uk", "Швейцарська компанія відкрила завод боєприпасів у Ризі.", ["CH"]),
    # who strikes runs nothing: the host state runs it
    ("uk", "Українські дрони атакували завод ракет у Брянську.", ["RU"]),
])
def test_cyrillic_a_states_company_runs_the_plant_an_attacker_does_not(language, text, operators):
    _, claims = read(language, text)
    assert [c.operators for c in claims] == [operators]


@pytest.mark.parametrize("language, text", [
    ("uk", "У місті Войєнс у Данії заклали перший камінь заводу снарядів."),
    ("ru", "В датском городе Войенс, в Дании, состоялась закладка первого камня завода снарядов."),
])
def test_cyrillic_laying_the_first_stone_begins_building(language, text):
    """And of a town and the country that holds it, the town is the plant's place."""
    _, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == [("Vojens", "under construction")]


@pytest.mark.parametrize("language, text", [
    ("uk", "Міністри оборони провели зустріч у Брюсселі. Обговорювали, зокрема, виробництво далекобійних дронів "
           "на заводах."),
    ("ru", "В Москве прошло совещание Минпромторга. Обсуждали наращивание выпуска ракет на заводе."),
])
def test_cyrillic_a_plant_without_a_place_is_not_where_the_meeting_before_it_was(language, text):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == []


@pytest.mark.parametrize("language, text", [
    ("uk", "У Вінниці розпочало роботу нове підприємство з виробництва вибухових речовин для боєприпасів."),
    ("uk", "Завод снарядів у Луцьку почав роботу."),  # "роботу" is also the dative of "робот"
    ("ru", "После удара завод снарядов в Туле возобновил работу."),
])
def test_cyrillic_a_plant_that_began_or_resumed_work_works(language, text):
    _, claims = read(language, text)
    assert [c.status for c in claims] == ["operational"]


@pytest.mark.parametrize("language, text", [
    ("ru", "По данным наших источников, завод ракет в Перми расширили."),
    ("uk", "За даними наших джерел, завод ракет у Брянську розширили."),
])
def test_cyrillic_our_sources_are_the_publishers(language, text):
    _, claims = read(language, text)
    assert [c.attribution for c in claims] == ["Вестник (own sources)"]


def test_cyrillic_the_concern_is_the_company_named_before_not_a_quoted_phrase():
    text = ("Уряд виділив землю для заводу снарядів Rheinmetall «у безпечному регіоні», уточнив міністр. "
            "Наприкінці року концерн повідомив, що завод снарядів у Львові будуватимуть.")
    _, claims = read("uk", text)
    assert {said_by(c) for c in claims if c.place.name == "Lviv"} == {"Rheinmetall"}


@pytest.mark.parametrize("language, text", [
    ("ru", "Новый завод по сборке дронов строят примерно в пяти километрах от окраины Орши."),
    ("uk", "Завод дронів будують за 20 кілометрів від Орші."),
    ("ru", "Пожар вспыхнул на пороховом заводе недалеко от Орши."),
    ("uk", "Пожежа спалахнула на пороховому заводі неподалік від Орші."),
])
def test_cyrillic_a_plant_some_kilometres_from_a_town_is_near_it(language, text):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == ["Orsha"]


def test_cyrillic_a_town_a_thousand_kilometres_away_is_a_reference_point():
    _, claims = read("ru", "Новый завод беспилотников в 1300 км от Москвы строят у Ижевска.")
    assert [c.place.name for c in claims] == ["Izhevsk"]


def test_cyrillic_a_ukrainian_word_with_an_apostrophe_is_one_word():
    """razdel splits "об'єкт" in three; "з’явитися" is also written with a typographic apostrophe."""
    _, claims = read("uk", "Дрони уразили оборонний об’єкт у Брянську. У Кам'янському з’явився новий завод дронів.")
    assert [(c.place.name, c.kind, c.status) for c in claims] == [
        ("Bryansk", "defence site", "struck"), ("Kamyanske", "drone plant", "operational")]


@pytest.mark.parametrize("text", ["Дрони атакували енергетичний об'єкт у Брянську.",
                                  "Дрони атакували об'єкт у Брянську."])
def test_cyrillic_a_site_word_without_a_military_word_is_no_facility(text):
    _, claims = read("uk", text)
    assert claims == []


def test_cyrillic_a_former_name_of_another_town_yields_to_the_town_so_named():
    mentions, _ = read("uk", "Завод у Слов’янську атакували дрони.")
    assert [m.place.name for m in mentions] == ["Slovyansk"]


@pytest.mark.parametrize("language, text, site, status", [
    # a known site of one word, inflected, is the plant, with or without a facility noun
    ("ru", "Дроны, ракеты и снаряды нужны армии. Курганмашзавод увеличил выпуск БМП-3 в полтора раза.",
     "Kurganmashzavod", "expanded"),
    ("ru", "Дроны и ракеты нужны армии. В Татарстане, в особой экономической зоне «Алабуга», запустили новый "
           "завод беспилотников.", "Alabuga Special Economic Zone", "operational"),
])
def test_cyrillic_a_known_sites_one_word_name_places_the_plant(language, text, site, status):
    _, claims = read(language, text)
    assert [(c.place.name, c.place.level, c.status) for c in claims] == [(site, "site", status)]


def test_cyrillic_what_happened_after_a_strike_is_the_news():
    _, claims = read("ru", "В Туле после взрыва на заводе снарядов приостановлено производство.")
    assert [c.status for c in claims] == ["closed"]


@pytest.mark.parametrize("language, text, place, status", [
    ("ru", "Россия сейчас создает новые пороховые заводы и переоснащает старые.", "Russia", "under construction"),
    ("uk", "Польща будує новий завод боєприпасів.", "Poland", "under construction"),
    # a leader touring a plant tours one of his country's, and a plant shown to visitors works
    ("ru", "Лидер КНДР Ким Чен Ын посетил ведущее военное предприятие.", "North Korea", "operational"),
    ("uk", "Президент Казахстану відвідав військовий завод і оглянув нові цехи.", "Kazakhstan", "operational"),
])
def test_cyrillic_a_country_building_plants_puts_them_there(language, text, place, status):
    _, claims = read(language, text)
    assert [(c.place.name, c.precision, c.status) for c in claims] == [(place, "country", status)]


@pytest.mark.parametrize("text", ["Россия атаковала завод снарядов.",
                                  "Украина атаковала построенный недавно завод снарядов."])
def test_cyrillic_a_country_striking_a_plant_is_not_its_place(text):
    _, claims = read("ru", text)
    assert claims == []


def test_cyrillic_the_country_that_builds_is_the_subject():
    _, claims = read("ru", "Для Ирана Россия строит завод беспилотников.")
    assert [c.place.name for c in claims] == ["Russia"]


@pytest.mark.parametrize("language, text, place, kind", [
    ("ru", "Дроны поразили Ставропольский радиозавод.", "Stavropol", "radio plant"),
    ("uk", "Дрони атакували Смоленський авіазавод.", "Smolensk Aviation Plant", "aircraft plant"),
    ("uk", "Дрони атакували хімзавод у Новомосковську, що виробляє вибухівку.", "Novomoskovsk", "chemical plant"),
])
def test_cyrillic_a_compound_word_names_the_plant_and_what_it_makes(language, text, place, kind):
    _, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == [(place, "struck")] and claims[0].kind.endswith(kind)


def test_cyrillic_a_nations_output_is_no_facility():
    """"Россия нарастила производство дронов": the verb between the country and "производство" is no adjective
    of a plant's name."""
    _, claims = read("ru", "Он заявил, что Россия нарастила производство дронов.")
    assert claims == []


@pytest.mark.parametrize("language, text, place, status", [
    ("uk", "Компанія попри російські обстріли продовжить будівництво заводу дронів на Київщині.", "Kyivska oblast",
     "under construction"),
    ("uk", "Незважаючи на удари, завод снарядів у Шостці продовжує працювати.", "Shostka", "operational"),
    ("ru", "Несмотря на атаки дронов, пороховой завод в Тамбове продолжает работать.", "Tambov", "operational"),
])
def test_cyrillic_what_goes_on_despite_strikes_is_the_news(language, text, place, status):
    _, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == [(place, status)]


@pytest.mark.parametrize("language, text, product", [
    ("uk", "Росіяни вдарили по Харківському бронетанковому заводу.", "armoured vehicles"),  # "по": it names it
    ("uk", "Укроборонпром відкрив новий цех з виробництва мінометів на заводі у Львові.", "mortars"),
])
def test_cyrillic_a_plant_named_by_its_town_after_any_preposition_and_more_products(language, text, product):
    _, claims = read(language, text)
    assert len(claims) == 1 and product in claims[0].products


@pytest.mark.parametrize("text, place", [
    ("Уламки дрона впали на Ковровському заводі.", "Kovrov"),  # "заводі" is the plant's, not a backwater's
    ("На Новочеркаському заводі виникла пожежа після атаки дронів.", "Novocherkassk"),
])
def test_cyrillic_a_ukrainian_adjective_of_a_russian_town_names_the_plant(text, place):
    """And debris that fell on a plant struck it; the drone it came from is not what the plant makes."""
    _, claims = read("uk", text)
    assert [(c.place.name, c.kind, c.status) for c in claims] == [(place, "plant", "struck")]


def test_cyrillic_one_of_a_countrys_plants_after_a_plant_named_is_that_plant():
    _, claims = read("uk", "Дрони атакували завод «Промінь» в Єльці. Це одне з ключових підприємств Росії з "
                           "виробництва батарей для ракет.")
    assert {c.place.name for c in claims} == {"Yelets"}


def test_cyrillic_what_was_only_alleged_yields_to_what_is_then_stated():
    text = ("Утром в телеграм-каналах сообщили, что беспилотник якобы поразил Казанский пороховой завод. "
            "«Пороховой завод в Казани не пострадал и работает в штатном режиме», — заявили в мэрии.")
    _, claims = read("ru", text)  # a known site, then its town
    article = Article(id="t", title="t", publisher="Вестник", url="", published="2025-06-02", language="ru",
                      text=text, source_path="t.md")
    assert [f.status for f in merge(claims, {"t": article})] == ["operational"]


def test_cyrillic_a_site_alias_for_no_known_site_is_an_error_naming_the_file(tmp_path, monkeypatch):
    from pipeline import sites
    from pipeline.errors import GeodataError

    aliases = tmp_path / "site_aliases.csv"
    aliases.write_text("site_id,alias,language,source_url\nru-no-such-plant,Завод Нигде,ru,https://example.org/a\n",
                       encoding="utf-8")
    monkeypatch.setattr(sites, "ALIASES_CSV", aliases)
    sites.known_sites.cache_clear()
    try:
        with pytest.raises(GeodataError, match="site_aliases.csv names sites that .* lacks: ru-no-such-plant"):
            sites.known_sites()
    finally:
        monkeypatch.undo()
        sites.known_sites.cache_clear()


@pytest.mark.parametrize("language, text, told", [
    ("ru", "Завод в Туле начал выпуск снарядов.\n\nВыпуск вырос\n\nОб этом сообщил губернатор Алексей Дюмин.",
     True),
    ("uk", "Завод у Тулі почав випуск снарядів.\n\nВипуск зріс\n\nПро це повідомив губернатор Олексій Дюмін.",
     True),
    ("ru", "Завод в Туле начал выпуск снарядов.\n\nВыпуск вырос\n\nГубернатор Алексей Дюмин сказал, что дороги "
     "чинят.", False),
])
def test_cyrillic_about_this_after_a_lead_and_its_subheading_names_the_leads_teller(language, text, told):
    """"Об этом сообщил X" after the lead and a subheading: X told the lead; another paragraph's speaker did
    not."""
    _, claims = read(language, text)
    assert claims and all(("Дюм" in (c.attribution or "")) == told for c in claims), [c.attribution for c in claims]


@pytest.mark.parametrize("language, text, place", [
    ("uk", "Компанія запустила виробництво дронів у Словаччині. Виробництво знаходиться поблизу міста Жилина.",
     "Žilina"),
    ("ru", "Концерн открыл завод по выпуску снарядов в Сербии. Завод расположен в городе Крагуевац.", "Kragujevac"),
])
def test_cyrillic_a_sentence_that_only_locates_the_plant_just_told_of_places_it(language, text, place):
    _, claims = read(language, text)
    facilities = merge(claims, {})
    assert [(f.place.name, f.status) for f in facilities] == [(place, "operational")]


@pytest.mark.parametrize("text", ["Ударом по заводу біля Твері СБУ показала свої можливості.",
                                  "Вибух на заводі біля Твері ЗСУ не коментують."])
def test_cyrillic_an_acronym_after_a_town_is_another_name(text):
    mentions, _ = read("uk", text)
    assert [m.place.name for m in mentions if m.role == "location"] == ["Tver"]


@pytest.mark.parametrize("language, text", [
    ("ru", "Пока продолжается война в Украине, завод по выпуску снарядов расширил производство."),
    ("uk", "Під час війни в Україні завод з виробництва ракет розширив виробництво."),
])
def test_cyrillic_the_place_of_a_war_is_not_the_plants(language, text):
    _, claims = read(language, text)
    assert "Ukraine" not in {c.place.name for c in claims}


def test_cyrillic_a_ukrainian_region_adjective_with_i_for_russian_o():
    mentions, _ = read("uk", "В Іванівській області Росії атакували хімічний завод.")
    assert mentions[0].place.name == "Ivanovskaya oblast'"


@pytest.mark.parametrize("language, text, place", [
    # the district of the country the article's state adjectives name, not a namesake's old name
    ("ru", "Президент осмотрел цех в Дзержинском районе. Цех поставит ракеты в белорусскую армию.",
     ("Dzerzhinskiy Rayon", "BY")),
])
def test_cyrillic_a_district_is_the_one_its_name_sounds_like(language, text, place):
    mentions, _ = read(language, text)
    assert (mentions[0].place.name, mentions[0].place.country_code) == place


@pytest.mark.parametrize("language, text, places", [
    ("uk", "Білорусь постачає снаряди до Росії.\n\nНа одному білоруському заводі виробляють снаряди, сказав він.",
     ["Belarus"]),
    ("ru", "Иран продает дроны России.\n\nНа иранском предприятии собирают дроны, сообщил источник.", ["Iran"]),
    ("ru", "Иран продает дроны России.\n\nРепортеры побывали на одном из иранских заводов, где собирают дроны.",
     ["Iran"]),
    # many plants gestured at tell of none
    ("uk", "Росія воює з Україною.\n\nЖурналісти розпитували про російські підприємства та їхні ракети.", []),
    ("uk", "Росія воює з Україною.\n\nДрони б'ють по російських заводах, які виготовляють ракети.", []),
])
def test_cyrillic_a_plants_state_adjective_puts_it_in_that_country(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text", [
    ("ru", "Пожар вспыхнул в цехе завода им. Я. М. Свердлова."),
    ("uk", "Пожежа спалахнула на заводі імені Я. М. Свердлова."),
])
def test_cyrillic_a_plant_named_after_someone_with_initials_is_the_known_site(language, text):
    mentions, _ = read(language, text)
    assert [m.place.name for m in mentions] == ["Sverdlov Plant"]


@pytest.mark.parametrize("language, text, place", [
    ("ru", "В правительстве Пермского края рассказали, что на местном пороховом заводе построят новый цех.",
     "Permskiy kray"),
    ("uk", "В адміністрації Тульської області повідомили, що місцевий збройовий завод розширить виробництво.",
     "Tul'skaya oblast'"),
])
def test_cyrillic_a_local_plant_is_in_the_place_named_before_even_the_speakers(language, text, place):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == [place]


@pytest.mark.parametrize("language, text, kind, status", [
    # an assault is a strike, and the drones that made it are not what the plant makes
    ("uk", "У Брянську стався напад невідомих безпілотників на оборонне підприємство.", "enterprise", "struck"),
    ("ru", "В Брянске произошло нападение неизвестных беспилотников на оборонный завод.", "plant", "struck"),
    # a plant of the defence ministry is an arms plant, though nothing names its arms
    ("uk", "У Тегерані виникла пожежа на одному із заводів міністерства оборони.", "plant", "operational"),
    ("ru", "В Тегеране вспыхнул пожар на заводе Минобороны.", "plant", "operational"),
])
def test_cyrillic_an_assault_by_drones_and_a_defence_ministrys_plant(language, text, kind, status):
    _, claims = read(language, text)
    assert [(c.kind, c.status) for c in claims] == [(kind, status)]


@pytest.mark.parametrize("language, text, places", [
    ("uk", "Компанія оголосила про будівництво нового заводу з виробництва дронів. Його планують звести у Тульській "
           "області.", ["Tul'skaya oblast'"]),
    ("ru", "Компания объявила о строительстве нового завода по выпуску дронов. Его построят в Тульской области.",
     ["Tul'skaya oblast'"]),
    # a person told of after the plant does nothing to it; its products are not it
    ("ru", "Компания выпускает дроны на новом заводе. Он рассказал об этом в Туле.", []),
    ("ru", "Министр посетил новый завод по производству дронов. Он также открыл школу в Туле и Калуге.", []),
    ("uk", "Компанія збудувала завод з виробництва дронів. Його продукцію постачають до армії у Києві.", []),
    # nor is "it" a plant told of before the sentence before
    ("ru", "Компания построила завод по выпуску дронов. В Москве прошёл форум. Его открыли в Казани.", []),
    # nor is "it" the plant of another paragraph
    ("ru", "Компания объявила о строительстве нового завода по выпуску дронов в Перми.\n\nЕго построят в Тульской "
           "области.", ["Perm"]),
])
def test_cyrillic_it_after_a_plant_is_the_plant(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, places", [
    # making, in each of two countries; a way opened to it is a plan
    ("uk", "Угода відкриває шлях до виготовлення снарядів як в Україні, так і на території Польщі, заявив міністр.",
     [("Ukraine", "planned"), ("Poland", "planned")]),
    ("ru", "Соглашение открывает путь к изготовлению снарядов как в Украине, так и на территории Польши.",
     [("Ukraine", "planned"), ("Poland", "planned")]),
])
def test_cyrillic_making_in_two_countries_and_a_way_opened_to_it(language, text, places):
    _, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == places


@pytest.mark.parametrize("language, text, source", [
    ("uk", "Як стверджують державні медіа Ірану, вибух стався на оборонному заводі у Тегерані.", "медіа Ірану"),
    ("ru", "Как утверждают государственные СМИ Ирана, взрыв произошел на оборонном заводе в Тегеране.", "СМИ Ирана"),
    ("uk", "Губернатор стверджував, що оборонний завод у Тулі не постраждав.", "Губернатор"),
])
def test_cyrillic_who_claims_it_is_the_source(language, text, source):
    _, claims = read(language, text)
    assert claims and all(source in (c.attribution or "") for c in claims), [c.attribution for c in claims]


def test_cyrillic_a_nation_that_claims_is_no_source_the_outlet_after_the_lead_is():
    text = ("Ночью дроны атаковали Пензу. Россияне утверждают, что атака была по оборонному заводу.\n\n"
            "Об этом сообщает издание «Вёрстка» со ссылкой на местные Telegram-каналы.")
    _, claims = read("ru", text)
    assert claims and all("Telegram" in (c.attribution or "") for c in claims), [c.attribution for c in claims]


@pytest.mark.parametrize("language, text", [
    ("ru", "В церемонии открытия нового цеха по выпуску снарядов приняли участие представители Ростеха и НПО «Сплав»."),
    ("uk", "У відкритті нового цеху з виробництва снарядів взяли участь представники Ростеху та НПО «Сплав»."),
])
def test_cyrillic_a_plant_that_only_sent_people_is_not_where_the_plant_is(language, text):
    _, claims = read(language, text)
    assert claims == []


@pytest.mark.parametrize("language, text", [
    ("ru", "Министр обороны Ирина Петрова выступила в Москве. Она заявила, что оборонный завод в Туле расширят."),
    ("uk", "Міністерка Ірина Петренко виступила у Львові. Вона повідомила, що оборонний завод у Луцьку розширять."),
])
def test_cyrillic_she_who_spoke_is_no_source_by_her_pronoun(language, text):
    _, claims = read(language, text)
    assert claims and all(c.attribution not in ("Она", "Вона") for c in claims), [c.attribution for c in claims]


@pytest.mark.parametrize("language, text, kind", [
    # what a depot holds is no weapon striking it
    ("ru", "В Брянской области произошла детонация склада снарядов.", "shell depot"),
])
def test_cyrillic_what_a_depot_holds_is_not_what_struck_it(language, text, kind):
    _, claims = read(language, text)
    assert [c.kind for c in claims] == [kind]


@pytest.mark.parametrize("language, text", [
    ("ru", "В Туле на складе Минобороны хранили старую форму."),  # a ministry's depot of clothes
    ("ru", "Власти утверждают проект нового порохового завода в Тамбове."),  # approve, not claim
])
def test_cyrillic_a_ministrys_depot_and_an_approval_tell_nothing_wrong(language, text):
    _, claims = read(language, text)
    assert all(c.attribution != "Власти" for c in claims) and all(c.kind != "depot" for c in claims)


def test_cyrillic_a_feminine_state_adjective_names_the_country():
    _, claims = read("uk", "Україна виробляє дрони.\n\nНа одній українській фабриці виробляють дрони, сказав він.")
    assert [c.place.name for c in claims] == ["Ukraine"]


@pytest.mark.parametrize("language, text, places", [
    # a town of the region, told of as attacked, is where the plant struck in the region is
    ("uk", "У Тульській області пролунали вибухи: був атакований оборонний завод. За даними губернатора, у "
           "Новомосковську відбито атаку БПЛА.", ["Novomoskovsk"]),
    # a town that was not attacked is not it; nor is a town of another region
    ("uk", "У Тульській області пролунали вибухи: був атакований оборонний завод. У Новомосковську відкрили школу.",
     ["Tul'skaya oblast'"]),
    ("uk", "У Тульській області пролунали вибухи: був атакований оборонний завод. У Брянську відбито атаку БПЛА.",
     ["Tul'skaya oblast'"]),
])
def test_cyrillic_a_town_of_the_struck_region_attacked_is_the_plants(language, text, places):
    _, claims = read(language, text)
    assert [f.place.name for f in merge(claims, {})] == places


@pytest.mark.parametrize("language, text, places", [
    # making arms, put at a place, tells of production there though no plant is named
    ("ru", "В Казахстане налажен выпуск беспилотников, сообщило министерство.", ["Kazakhstan"]),
    ("ru", "Крылатые ракеты теперь собирают в Смоленске.", ["Smolensk"]),
    ("uk", "Дрони-перехоплювачі виготовляють у Житомирі.", ["Zhytomyr"]),
    ("ru", "В Ижевске производят три тысячи дронов в месяц.", ["Izhevsk"]),
    # who makes them is no place of a plant; nor is where missiles are fired from or at
    ("ru", "Россия производит три тысячи дронов в месяц.", []),
    ("ru", "В Курской области армия ежедневно выпускает дроны по Сумам.", []),
    ("ru", "Из Курской области россияне выпускают шахеды на Харьков каждую ночь.", []),
    ("ru", "С аэродрома в Энгельсе бомбардировщики выпускают крылатые ракеты над Каспийским морем.", []),
    ("uk", "Компанія хоче випускати дрони на території України.", ["Ukraine"]),
    ("ru", "Компания хочет выпускать дроны на территории Украины.", ["Ukraine"]),
    ("uk", "Фабрика у Житомирі випускає меблі.", []),
    ("ru", "Завод дронов в Ижевске расширили. Россия производит три тысячи дронов в месяц.", ["Izhevsk"]),
    # money or debris gathered, a blast or a launch carried out, is no making
    ("uk", "У Львові волонтери збирають кошти на дрони для бригад на фронті.", []),
    ("uk", "У Києві рятувальники збирають уламки ракети після нічної атаки.", []),
    ("ru", "В Белгороде саперы производят подрыв неразорвавшейся ракеты, сообщил губернатор.", []),
    ("ru", "В Крыму российские военные производят пуски крылатых ракет с кораблей.", []),
    # the speaker's place and the target's are in other clauses
    ("ru", "Россия производит около ста ракет в месяц, заявил в Киеве глава разведки.", []),
    ("uk", "Україна виробляє ракети, які вже вражали цілі в Криму.", []),
])
def test_cyrillic_making_arms_at_a_place_is_a_facility_there(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


def test_cyrillic_what_struck_elsewhere_may_be_made_here():
    _, claims = read("uk", "Дрони, які збирають у Єлабузі, атакували Київ.")
    assert [(c.place.name, c.status) for c in claims] == [("Yelabuga", "operational")]


@pytest.mark.parametrize("language, text, places", [
    ("ru", "Польша строит завод по выпуску снарядов.", ["Poland"]),
    # where the builder comes from is no place of the plant
    ("uk", "США інвестують у будівництво заводу з виробництва боєприпасів.", ["United States"]),
    ("uk", "Компанія з США інвестує у будівництво заводу з виробництва боєприпасів.", []),
    # nor is a country that delivers to it
    ("ru", "Иран поставил оборудование для завода дронов.", []),
])
def test_cyrillic_a_country_building_plants_puts_them_there_not_one_a_builder_comes_from(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, places", [
    # a workshop near a city, then the town near it where it burns: one plant, in the town
    ("uk", "Під Москвою горить цех з виробництва ракет.\n\nУ Люберцях горить цех з виробництва ракет, пише видання.",
     ["Lyubertsy"]),
    ("ru", "Под Москвой горит цех по производству ракет.\n\nВ Люберцах горит цех по производству ракет.",
     ["Lyubertsy"]),
    # in the city itself, it is another plant
    ("ru", "В Москве горит цех по производству ракет.\n\nВ Люберцах горит цех по производству ракет.",
     ["Lyubertsy", "Moscow"]),
])
def test_cyrillic_a_plant_near_a_city_is_the_one_in_the_town_nearby(language, text, places):
    _, claims = read(language, text)
    assert sorted(f.place.name for f in merge(claims, {})) == places


@pytest.mark.parametrize("language, text, places", [
    # the person a plant is named after is no place: Chkalov was also Orenburg's name
    ("ru", "На заводе имени Чкалова в Новосибирске собирают Су-34.", ["Novosibirsk"]),
    ("ru", "На заводе им. В. П. Чкалова в Новосибирске собирают Су-34.", ["Novosibirsk"]),
    ("uk", "На заводі імені Чкалова в Новосибірську збирають Су-34.", ["Novosibirsk"]),
    # but "on behalf of" a place names it, and "им" without a stop is "them"
    ("uk", "Від імені Сербії угоду про будівництво заводу підписав міністр.", ["Serbia"]),
    ("ru", "Помог им Иран, сообщили источники.", ["Iran"]),
    # a known site's one-word name, inflected, is the site; a longer word that begins like it is not
    ("ru", "Авиастар расширил цех в Ульяновске.", ["Aviastar-SP", "Ulyanovsk"]),
    ("ru", "Авиастроительной отрасли в Ульяновске нужны инженеры.", ["Ulyanovsk"]),
])
def test_cyrillic_a_plants_namesake_and_words_that_begin_like_a_site_are_no_places(language, text, places):
    mentions, _ = read(language, text)
    assert [m.place.name for m in mentions] == places


def test_cyrillic_a_place_said_right_after_the_plants_town_is_no_second_plant():
    _, claims = read("ru", "На пороховом заводе в Донецке в Куйбышевском районе прогремел взрыв.")
    assert [c.place.name for c in claims] == ["Donetsk"]


@pytest.mark.parametrize("language, text, places, status", [
    # a line of making, in an article about arms, stands for its plant; new lines set up expand it
    ("uk", "Росія виробляє дрони і ракети для армії. Вона розгорнула додаткові лінії виробництва в Іжевську та "
           "Єлабузі.", ["Izhevsk", "Yelabuga"], "expanded"),
    ("ru", "В Ижевске развернули производство дронов.", ["Izhevsk"], "operational"),
    # what the noun is of says what the plant makes, not what happened to it
    ("ru", "Цех производства снарядов в Туле закрыли.", ["Tula"], "closed"),
    # the front line is no line of making; air defences set up near a plant are no production set up
    ("ru", "Дроны, ракеты и снаряды летят через линию фронта под Курском.", [], None),
    ("ru", "У оборонного завода в Брянске разворачивают дополнительные комплексы ПВО.", ["Bryansk"], "unknown"),
    # a yard that launches a warship builds ships: it works
    ("ru", "На верфи в Северодвинске спустили на воду новую подлодку.", ["Severodvinsk"], "operational"),
    ("ru", "Церемония спуска на воду корвета прошла на заводе в Зеленодольске.", ["Zelenodolsk"], "operational"),
    ("uk", "На верфі у Миколаєві спустили на воду корвет для флоту.", ["Mykolayiv"], "operational"),
])
def test_cyrillic_lines_of_making_and_setting_up_production(language, text, places, status):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places
    assert all(c.status == status for c in claims)


@pytest.mark.parametrize("language, text, places", [
    # a known site by the one word of its name no other site has, after a facility noun
    ("ru", "Завод «Пелла» расширят в следующем году.", ["Pella Shipyard (Otradnoye)"]),
    ("uk", "Верф «Пелла» отримала нове замовлення на кораблі для ВМФ.", ["Pella Shipyard (Otradnoye)"]),
    # a common word is no such name, nor is the word with no facility noun before it
    ("ru", "Завод «Горка» выпускает мебель.", []),
    ("ru", "Вчера Пелла получила новый заказ.", []),
    # a word of a site's Latin name spelt in Cyrillic, after a facility noun, a base, a place's preposition or
    # the site before it in a list
    ("ru", "Спутник снял военные базы Модаррес и Ходжир.", ["Shahid Modarres missile base (Bid Kaneh)",
                                                          "Khojir missile production complex"]),
    ("uk", "Ракети збирають у Ходжирі.", ["Khojir missile production complex"]),
    ("ru", "Ракеты собирают на базе Модарес.", ["Shahid Modarres missile base (Bid Kaneh)"]),  # one "р" or two
    ("uk", "Снаряди виготовляють на заводі Гласкоед.", ["BAE Systems Munitions Glascoed (ROF Glascoed)"]),
    # not where no plant's name or place stands, nor a word of the language
    ("ru", "Ходжир ответил на вопросы журналистов.", []),
    ("ru", "Министр встретился с Модарресом.", []),
    ("ru", "Как пишет издание в Glascoed Times, завод закрыт.", []),  # written in Latin, it is no transliteration
    ("ru", "Как сообщил директор завода Макаров, план выполнен.", []),  # a surname the dictionary knows
    ("uk", "Торпеди виготовляє завод Дагдізель.", ["Dagdizel Plant (Kaspiysk)"]),  # a Ukrainian spelling
])
def test_cyrillic_a_word_only_one_known_site_has_names_it_after_a_facility_noun(language, text, places):
    mentions, _ = read(language, text)
    assert [m.place.name for m in mentions] == places


@pytest.mark.parametrize("language, text, sites", [
    # a known site's name in any case
    ("ru", "Дроны атаковали Алексинский химкомбинат в Тульской области.", ["Aleksin Chemical Combine"]),
    ("uk", "Дрони атакували Алексинський хімкомбінат у Тульській області.", ["Aleksin Chemical Combine"]),
    ("ru", "Дроны атаковали НАК «Азот» в Новомосковске.", ["Novomoskovsk Azot"]),
    ("ru", "Уральский завод «Зенит» получил заказ на корабли.", ["Zenit Shipyard (Uralsk)"]),
    # words that only begin like its words are not it: another town's adjective, a longer word, a verb
    ("ru", "Дроны атаковали Алексеевский химкомбинат в Белгородской области.", []),
    ("ru", "На уральских заводах зенитных ракет нарастили выпуск.", []),
    ("ru", "Новый завод даст работу тысяче жителей Тулы, где выпускают снаряды.", []),
    ("ru", "Заказы на корветы распределят между средними судостроительными заводами России.", []),
    ("ru", "Накануне азотный завод остановили.", []),
    ("ru", "Уральский завод зениток расширили.", []),
    ("ru", "Уральский завод «Зенитовец» расширили.", []),
    # a short name's vowel ending changes with its case
    ("ru", "Рабочие судостроительного предприятия Пеллы получили премии.", ["Pella Shipyard (Otradnoye)"]),
])
def test_cyrillic_a_known_sites_name_is_read_in_its_cases_not_in_words_that_begin_alike(language, text, sites):
    mentions, _ = read(language, text)
    assert [m.place.name for m in mentions if m.place.level == "site"] == sites


@pytest.mark.parametrize("language, text, places, status", [
    # making papers is no production; a country's output is arms made there
    ("uk", "Рада дала згоду на виготовлення технічної документації для будівництва заводу боєприпасів у Житомирі.",
     ["Zhytomyr"], "under construction"),
    ("ru", "В Перми идёт расширение военного производства России.", ["Perm"], "expanded"),
    ("ru", "В Перми налажено производство деталей ракет.", ["Perm"], "operational"),
    ("uk", "Угода відкриває шлях до спільного виготовлення українських безпілотних систем у Нідерландах.",
     ["The Netherlands"], "planned"),
    ("uk", "Міська рада дала згоду на виготовлення технічної документації підприємства боєприпасів у Житомирі.",
     ["Zhytomyr"], "unknown"),
    ("ru", "Сталь шла для производства корпусов бронетранспортеров на предприятии в Арзамасе.", ["Arzamas"],
     "operational"),
])
def test_cyrillic_what_production_is_of_says_whether_it_is_arms(language, text, places, status):
    _, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == [(p, status) for p in places]


@pytest.mark.parametrize("language, text, places", [
    # an abbreviation the dictionary lacks is read as written, not as the verb pymorphy3 guesses
    ("ru", "В Кызыле волонтёры наладили выпуск БПЛА для фронта.", ["Kyzyl"]),
    ("ru", "На заводе в Перми начали собирать РСЗО.", ["Perm"]),
    ("ru", "В Кызыле волонтёры наладили выпуск БпЛА.", ["Kyzyl"]),
])
def test_cyrillic_abbreviations_of_arms_name_arms(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, places", [
    # the town of a dateline is where the report was filed, not where the plant is
    ("ru", "Москва. 3 марта. INTERFAX.RU - В Кызыле запустили производство беспилотников.", ["Kyzyl"]),
    ("ru", "ТУЛА, 5 апреля /ТАСС/. Завод в Алексине начал выпуск снарядов.", ["Aleksin"]),
    ("uk", "Київ, 7 травня — У Луцьку запрацював завод з виробництва дронів.", ["Lutsk"]),
    ("ru", "Москва. 3 марта. INTERFAX.RU - Правительство Ирана одобрило строительство мощностей по выпуску дронов.",
     ["Iran"]),
    ("ru", "Москва, 3 марта — Завод по выпуску снарядов расширили.", []),
    # but where the text names no other place, the dateline's town is the plant's
    ("ru", "МОСКВА, 17 октября. /ТАСС/. Концерн принял площади будущего ракетного завода.", ["Moscow"]),
    ("ru", "МОСКВА, 17 октября. /ТАСС/. Лидер Ирана подписал план строительства мощностей по выпуску ракет.",
     ["Iran"]),
    # a country or region that holds the dateline's town leaves it the plant's
    ("ru", "ТУЛА, 5 мая /ТАСС/. Предприятие холдинга нарастило выпуск снарядов для Минобороны России.", ["Tula"]),
    ("ru", "ИЖЕВСК, 3 мая /ТАСС/. Завод запустил новую линию по выпуску дронов, сообщил губернатор Удмуртской "
           "Республики.", ["Izhevsk"]),
    # a town opening the text with no day after it is the news's own
    ("ru", "Пермь. Завод по выпуску снарядов расширили.", ["Perm"]),
])
def test_cyrillic_a_datelines_town_places_no_plant(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, places", [
    # capacity whose building a country's leader plans is a plant in that country
    ("ru", "Лидер Ирана подписал план строительства двух новых мощностей по производству ракет.", ["Iran"]),
    ("uk", "Уряд Казахстану схвалив будівництво нових потужностей з виробництва снарядів.", ["Kazakhstan"]),
    # a country's output grown is no plant, nor are ships built beside it, nor what a speaker's state says of another
    ("ru", "Иран нарастил мощности по производству ракет.", []),
    ("ru", "Китай ускорил строительство военных кораблей и производство ракет.", []),
    ("ru", "Президент Украины заявил, что Россия строит новые заводы по производству дронов.", ["Russia"]),
    ("uk", "Уряд Німеччини вважає, що Росія будує нові заводи з виробництва пороху.", ["Russia"]),
    ("ru", "Делегация КНДР посетила военный завод.", []),  # envoys tour plants anywhere
    # a leader touring another country's plant, or touring on a visit abroad, puts no plant in his country
    ("ru", "Лидер КНДР посетил российское военное предприятие.", []),
    ("ru", "Лидер КНДР в ходе визита в Россию посетил военное предприятие.", []),
    ("ru", "Лидер КНДР посетил военный завод, а затем провел совещание в Пхеньяне.", ["North Korea"]),  # at home
])
def test_cyrillic_capacity_a_country_builds_is_a_plant_there(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, status", [
    # damage done, by verb or noun, is a strike; "without damage" is none, "not without" is
    ("uk", "Вночі ушкоджено завод з виробництва ракет у Луцьку, який виготовляє дрони.", "struck"),
    ("uk", "Завод з виробництва ракет у Луцьку зазнав пошкоджень.", "struck"),
    ("ru", "Завод по выпуску ракет в Перми получил повреждения.", "struck"),
    ("ru", "Завод по выпуску ракет в Перми обошёлся без повреждений.", "operational"),
    ("ru", "На заводе по выпуску ракет в Перми не обошлось без разрушений.", "struck"),
    ("ru", "Завод в Перми без остановки выпускает снаряды для фронта.", "operational"),
    # damage to what the plant mends, to a pipe, to a worker's body, or what its bombs do, is no strike on it
    ("ru", "Завод в Перми ремонтирует бронемашины, получившие повреждения в боях.", "unknown"),
    ("uk", "Завод у Луцьку ремонтує бронетехніку, яка отримала пошкодження на фронті.", "unknown"),
    ("uk", "Двоє працівників заводу з виробництва снарядів у Луцьку отримали тілесні ушкодження.", "unknown"),
    ("ru", "Завод в Перми остановил выпуск снарядов из-за повреждения газопровода.", "closed"),
    ("ru", "Завод в Перми выпускает авиабомбы, способные к разрушению бункеров.", "operational"),
])
def test_cyrillic_damage_is_a_strike(language, text, status):
    _, claims = read(language, text)
    assert [c.status for c in claims] == [status]


@pytest.mark.parametrize("language, text, places", [
    # a foreign town after a settlement word, in the state its adjective names, though small (1,700 people)
    ("uk", "Концерн розпочав будівництво заводу боєприпасів у литовському місті Байшогала.", ["Baisogala"]),
    ("ru", "Концерн начал строительство завода боеприпасов в литовском городе Байсогала.", ["Baisogala"]),
    # an adjective the dictionary first reads as a surname, opening the sentence
    ("uk", "У литовському місті Байшогала розпочали будівництво заводу боєприпасів.", ["Baisogala"]),
    ("uk", "У польському місті Тарнів збудують завод снарядів.", ["Tarnów"]),
    # without a settlement word a name so small is not guessed at, unless it is the plant's own ("заводу в X")
    ("uk", "Концерн розпочав у Литві будівництво заводу боєприпасів біля Байшогали.", ["Lithuania"]),
    ("uk", "Концерн розпочав у Литві будівництво заводу боєприпасів. Снаряди робитимуть на заводі в Байшогалі.",
     ["Lithuania", "Baisogala"]),
])
def test_cyrillic_a_small_foreign_town_after_a_settlement_word(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, places", [
    ("ru", "Завод по выпуску снарядов построят в Центральной Болгарии.", ["Bulgaria"]),
    ("uk", "Завод з виробництва дронів збудують у Західній Україні.", ["Ukraine"]),
    ("uk", "Ракетний завод працює у Східній Україні.", ["Ukraine"]),
    ("ru", "Завод ракет работает в Северной Корее.", ["North Korea"]),  # a name of its own is read whole
    ("ru", "Завод в Южном Одесской области ремонтирует катера.", ["Pivdenne", "Odeska oblast"]),  # a town's name
    ("uk", "Завод дронів відкрили у Південній Америці.", ["South America"]),  # the continent, not the Dutch
    # village America
    # countries by the short names news gives them
    ("ru", "Завод снарядов работает в Британии.", ["United Kingdom"]),
    ("uk", "Завод снарядів збудують у Голландії.", ["The Netherlands"]),
    ("ru", "Завод дронов открыли в ОАЭ.", ["United Arab Emirates"]),
])
def test_cyrillic_a_point_of_the_compass_before_a_country_is_part_of_it(language, text, places):
    mentions, _ = read(language, text)
    assert [m.place.name for m in mentions] == places


def test_cyrillic_sentences_glued_by_a_copy_keep_their_offsets():
    text = "  Завод горит, заявил он.Лебедев уточнил.\n\nЦех на ул.Ленина уцелел.«Пожар потушен», — сказал он."
    found = sentences(text)
    assert [s.text for s in found] == ["Завод горит, заявил он.", "Лебедев уточнил.", "Цех на ул.Ленина уцелел.",
                                       "«Пожар потушен», — сказал он."]
    assert all(text[s.start:s.end] == s.text for s in found)
    assert [s.paragraph for s in found] == [0, 0, 1, 1]
    repeated = "Завод горит\nЗавод горит"  # one sentence to razdel, two lines: the second is found after the first
    assert [s.start for s in sentences(repeated)] == [0, 12]


@pytest.mark.parametrize("text", ["", "—", "2025"])
def test_cyrillic_a_text_with_no_words_reads_as_nothing(text):
    """An article whose front matter says Ukrainian but whose body holds no word is read, not a crash."""
    assert read("uk", text) == ([], [])


@pytest.mark.parametrize("language, text", [
    ("uk", "Міністри Чехії та Польщі обговорили військово-технічне співробітництво. || Меморандум передбачає "
           "створення виробничих потужностей у Жешуві."),
    ("ru", "Министры Чехии и Польши обсудили военно-техническое сотрудничество. || Меморандум предусматривает "
           "создание производственных мощностей в Жешуве."),
])
def test_cyrillic_capacity_to_be_built_in_a_story_of_arms_cooperation_is_a_facility(language, text):
    """Military-technical cooperation is the arms trade: capacity an agreement provides for is a plant to come."""
    _, claims = read(language, text.replace(" || ", "\n\n"))
    assert [(c.place.name, c.status) for c in claims] == [("Rzeszów", "planned")]


@pytest.mark.parametrize("text, status", [
    ("Пошкоджений дронами пороховий завод у Тамбові стоїть без світла.", "struck"),
    ("Уражений ракетою пороховий завод у Тамбові горів.", "struck"),
    ("Закритий торік пороховий завод у Тамбові продають.", "closed"),
    ("Нещодавно збудований завод снарядів у Луцьку.", "operational"),
    ("Запланований завод снарядів у Луцьку коштуватиме 40 мільйонів.", "planned"),
    # open sources and open data open nothing
    ("Згідно з відкритими даними, завод снарядів у Луцьку.", "unknown"),
    ("Згідно з відкритих джерел, завод снарядів у Луцьку.", "unknown"),
    # a participle said of another thing
    ("Завод у Харкові розташований на закритій території і виробляє бронетехніку.", "operational"),
    ("Закритий тендер на поставку снарядів виграв завод у Луцьку.", "unknown"),
    ("Пороховий завод у Тамбові був закритий торік.", "closed"),  # a form of "бути" before it
    ("Пороховий завод у Тамбові атакований дронами вночі.", "struck"),  # said of the plant named before it
])
def test_cyrillic_a_ukrainian_passive_participle_says_what_was_done_to_the_plant(text, status):
    """The Ukrainian dictionary reads "атакований" as an adjective of its own: it is the verb's participle."""
    _, claims = read("uk", text)
    assert [c.status for c in claims] == [status]


@pytest.mark.parametrize("language, text, place, status", [
    # in a story about arms, "танки" (read first as dances, "танок") are tanks
    ("uk", "Концерни разом виготовлятимуть танки, виробництво буде зосереджене в Турині.", "Turin", "planned"),
    # a legal address is an office, not the plant
    ("ru", "Концерны будут выпускать танки, получат юридический адрес в Милане, а производство разместят в "
           "Турине.", "Turin", "planned"),
    ("uk", "Виробництво танків буде розміщене в Турині.", "Turin", "planned"),
    ("uk", "Виробництво танків у Турині триває.", "Turin", "operational"),
    # production continued or cut is no plant to come
    ("ru", "Производство танков будет продолжено в Турине.", "Turin", "operational"),
    ("ru", "Производство танков будет перенесено из Милана в Турин.", "Turin", "planned"),
    ("uk", "Виробництво танків буде скорочено на заводі в Турині.", "Turin", "operational"),
])
def test_cyrillic_production_to_be_placed_in_a_town_is_planned_there(language, text, place, status):
    army = "Армия получит дроны и снаряды." if language == "ru" else "Армія отримає дрони і снаряди."
    _, claims = read(language, f"{army}\n\n{text}")
    assert [(c.place.name, c.status) for c in claims] == [(place, status)]


@pytest.mark.parametrize("language, text", [
    ("uk", "У будинку культури заводу в Кременчуці діти вчать народні танки та пісні."),  # folk dances
    ("ru", "Оружейный завод в Коврове сменил юридический адрес."),
    ("uk", "Військово-технічне співробітництво розвивається. У Стамбулі відкрили новий завод з виробництва текстилю."),
    ("ru", "Стороны обсудили военно-техническое сотрудничество. В Ченнаи открылся новый автомобильный завод."),
    ("ru", "Белгородская область страдает от дронов, которые производят украинские компании."),
    ("ru", "Пекин производит дроны для всего мира."),  # read as Pekin, Illinois: no town of the story's states
])
def test_cyrillic_no_arms_plant_is_told_of(language, text):
    _, claims = read(language, text)
    assert [c for c in claims if c.status != "unknown" or c.products] == []


@pytest.mark.parametrize("language, text, status", [
    # a region the gazetteer lacks, its region word and its country: the plant is in that country; the drones
    # the company makes are no attack on it
    ("ru", "В Ропажском крае Латвии произошел пожар на заводе компании, которая изготавливает беспилотники.",
     "operational"),
    ("uk", "У Ропазькому краї Латвії сталася пожежа на заводі компанії, що виготовляє безпілотники.", "operational"),
    ("ru", "Беспилотники атаковали Латвию. В Ропажском крае Латвии произошел пожар на заводе снарядов.", "struck"),
])
def test_cyrillic_a_fire_at_a_plant_in_a_region_of_a_country(language, text, status):
    _, claims = read(language, text)
    assert [(c.place.name, c.status) for c in claims] == [("Latvia", status)]


@pytest.mark.parametrize("language, text", [
    ("uk", "Завод з виробництва дронів збудують на сході Естонії, заявив прем'єр у Варшаві."),
    ("uk", "Завод з виробництва дронів збудують на півночі Естонії, заявив прем'єр у Варшаві."),
    ("ru", "Завод по производству дронов построят на востоке Эстонии, заявил премьер в Варшаве."),
])
def test_cyrillic_a_plant_in_a_part_of_a_country_is_in_it_not_where_it_was_said(language, text):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == ["Estonia"]


@pytest.mark.parametrize("language, text, places", [
    ("ru", "Курская область начнёт собирать свои беспилотники.", ["Kurskaya oblast'"]),
    ("ru", "Тула выпускает снаряды для армии.", ["Tula"]),
    ("ru", "Губернатор сказал, что Тула будет производить снаряды.", ["Tula"]),
    ("ru", "Нижегородская область, по словам губернатора, начнёт выпускать дроны в следующем году.",
     ["Nizhegorodskaya oblast'"]),
    # a capital speaks for its nation; a town that is no subject of the making makes nothing
    ("ru", "Москва производит ракеты.", []),
    ("ru", "Тула заявила, что Россия производит ракеты.", []),
    ("ru", "Губернатор Тулы сказал, что будет производить снаряды.", []),
])
def test_cyrillic_a_region_or_town_that_makes_arms_is_where_they_are_made(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, status, date", [
    ("ru", "Министр объявил о запуске производства снарядов в Болгарии весной 2026 года.", "planned", "2026"),
    ("uk", "Міністр заявив про запуск наприкінці 2026 року виробництва дронів у Польщі.", "planned", "2026"),
    ("ru", "Завод снарядов в Туле начал работу весной 2024 года.", "operational", "2024"),
    ("uk", "Завод дронів у Польщі запрацював на початку 2025 року.", "operational", "2025"),
])
def test_cyrillic_a_launch_dated_after_the_report_is_to_come(language, text, status, date):
    """The reports are of 2 June 2025: what starts in 2026 has not begun."""
    _, claims = read(language, text)
    assert [(c.status, c.event_date) for c in claims] == [(status, date)]


def test_cyrillic_tanks_for_the_army_are_tanks():
    """"Танки" is read first as folk dances: a sentence naming the armed forces makes them tanks."""
    _, claims = read("uk", "Танки для ЗСУ ремонтують на заводі у Львові.")
    assert [(c.place.name, c.kind) for c in claims] == [("Lviv", "tank plant")]


@pytest.mark.parametrize("language, text, status", [
    ("ru", "На заводе беспилотников в Казани произошел пожар. Ответственность взяла на себя разведка соседей.",
     "struck"),
    ("uk", "На пороховому заводі в Казані стався вибух. Розвідка взяла на себе відповідальність.", "struck"),
    # liability for a breach of safety rules is no attack
    ("ru", "На пороховом заводе в Казани произошел взрыв. Прокуратура напомнила об уголовной ответственности за "
           "нарушение техники безопасности.", "operational"),
    # someone blew it up; it blew up
    ("ru", "Неизвестные взорвали цех порохового завода в Казани.", "struck"),
    ("uk", "Невідомі підірвали цех порохового заводу в Казані.", "struck"),
    ("ru", "На пороховом заводе в Казани взорвался цех.", "operational"),
])
def test_cyrillic_a_blast_someone_claims_is_an_attack(language, text, status):
    _, claims = read(language, text)
    assert [c.status for c in claims] == [status]


@pytest.mark.parametrize("language, text, places", [
    # "русский" says whose a thing is, like "российский"; no town "Руса" or "Русе" is meant
    ("ru", "Русский ракетный комплекс был произведён в Белоруссии.", ["Belarus"]),
    ("ru", "Пусковая установка русского ракетного комплекса собрана на заводе в Белоруссии.", ["Belarus"]),
])
def test_cyrillic_a_states_adjective_before_a_plant_is_no_town(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, places", [
    # in a story of arms, a complex told of as struck is a facility; a residential one is not
    ("ru", "Удар был направлен против завода ракетных двигателей и беспилотников.\n\nКомплекс в Хомсе ранее уже "
           "подвергался атакам.", ["Homs"]),
    ("ru", "Удар был направлен против завода ракетных двигателей и беспилотников.\n\nЖилой комплекс в Хомсе и Хаме "
           "подвергся атаке.", []),
    ("uk", "Удар був спрямований проти заводу ракетних двигунів і безпілотників.\n\nКомплекс у Хомсі раніше вже "
           "зазнавав атак.", ["Homs"]),
])
def test_cyrillic_a_complex_struck_in_a_story_of_arms_is_a_facility(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, places", [
    # a plant no sentence places, in an article about one country, is in that country
    ("ru", "Беларусь наращивает оборонную промышленность.\n\nНовый завод снарядов открыли на прошлой неделе.",
     ["Belarus"]),
    ("uk", "Білорусь нарощує оборонну промисловість.\n\nНовий завод снарядів відкрили минулого тижня.", ["Belarus"]),
    # not a plant struck, nor one in an article about several countries
    ("ru", "Беларусь наращивает оборонную промышленность.\n\nЗавод снарядов атаковали дроны.", []),
    ("ru", "Беларусь и Польша наращивают оборонную промышленность.\n\nНовый завод снарядов открыли на прошлой "
           "неделе.", []),
    # in an article that names one town, that town's, even struck
    ("uk", "Вночі у Брянську пролунали вибухи.\n\nЖителі кажуть, що ціллю був завод снарядів.", ["Bryansk"]),
    ("ru", "Вчера в Брянске (Россия) открыли выставку.\n\nНовый завод снарядов открыли на прошлой неделе.",
     ["Bryansk"]),
    ("ru", "Вчера в Брянске и Курске (Россия) открыли выставки.\n\nНовый завод снарядов открыли на прошлой "
           "неделе.", ["Russia"]),
    # a town after a sentence that names a teller; not a town where a forum met, someone spoke or stayed
    ("ru", "Дроны атаковали оборонный завод, заявили в СБУ.\n\nВ Ижевске жители слышали взрывы.", ["Izhevsk"]),
    ("uk", "Дрони атакували оборонний завод.\n\nПрезидент, який перебував у Харкові, подякував пілотам.", []),
    ("ru", "Дроны атаковали оборонный завод.\n\nПрезидент, находившийся в Харькове, поблагодарил пилотов.", []),
    ("ru", "Дроны атаковали оборонный завод.\n\nПредприятие находится в Перми.", ["Perm"]),
    ("ru", "В Брянске прошёл оборонный форум.\n\nНовый завод снарядов открыли на прошлой неделе.", []),
    ("ru", "Об этом рассказал министр в Брянске.\n\nНовый завод снарядов открыли на прошлой неделе.", []),
])
def test_cyrillic_a_plant_placed_nowhere_is_in_the_country_the_article_is_about(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, places", [
    # a plant put only in a country is in the one town of that country the article names where things are
    ("ru", "Россия наращивает выпуск снарядов на новом заводе.\n\nВ Перми уже набирают рабочих.", ["Perm"]),
    # not one of two towns, nor the capital, nor where an exhibition was held
    ("ru", "Россия наращивает выпуск снарядов на новом заводе.\n\nВ Перми и Казани уже набирают рабочих.",
     ["Russia"]),
    ("ru", "Россия наращивает выпуск снарядов на новом заводе.\n\nВ Москве уже набирают рабочих.", ["Russia"]),
    ("ru", "Россия наращивает выпуск снарядов на новом заводе.\n\nВ Перми открыли выставку.", ["Russia"]),
    # armed forces named with a product make a story of arms, where a workshop's plant is a facility
    ("uk", "Загорівся цех заводу у місті Набережні Челни.\n\nЗавод постачає вантажівки та двигуни для Збройних "
           "сил РФ та армії.", ["Naberezhnyye Chelny", "Naberezhnyye Chelny"]),
    # a country that plans production will have a plant; its output as it is makes none
    ("ru", "Северная Корея планирует начать производство дронов в этом году.", ["North Korea"]),
    ("ru", "Северная Корея нарастила производство дронов.", []),
    # "в регионе": the region named before; a product in a compound ("дронов-камикадзе")
    ("ru", "В правительстве Камчатки заявили, что намерены увеличить производство в регионе дронов-камикадзе.",
     ["Kamchatskiy kray"]),
])
def test_cyrillic_where_an_article_puts_a_plant_and_which_it_tells_of(language, text, places):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("language, text, place, source", [
    # the place of a plant named just before the reporting verb is the plant's, not the speakers'
    ("uk", "Удар по заводу боєприпасів у Дніпрі підтвердив Генштаб ЗСУ.", "Dnipro", "Генштаб ЗСУ"),
    ("uk", "Про атаку на завод боєприпасів у Брянську повідомив губернатор Олександр Богомаз.", "Bryansk",
     "губернатор Олександр Богомаз"),
    ("ru", "Об атаке на завод боеприпасов в Брянске сообщил губернатор Александр Богомаз.", "Bryansk",
     "губернатор Александр Богомаз"),
])
def test_cyrillic_a_plant_told_of_before_the_teller_is_where_its_place_is(language, text, place, source):
    _, claims = read(language, text)
    assert [(c.place.name, said_by(c)) for c in claims] == [(place, source)]


@pytest.mark.parametrize("language, text, place", [
    # a town's namesakes: the one in the country whose adjective the article uses
    ("ru", "Австрийская компания «Нордхав» построит завод по выпуску боеприпасов в Линце.", "Linz"),
    ("uk", "Австрійська компанія «Нордхав» збудує завод боєприпасів у Лінці.", "Linz"),
])
def test_cyrillic_a_states_adjective_chooses_among_namesakes(language, text, place):
    _, claims = read(language, text)
    assert [c.place.name for c in claims] == [place]


def test_cyrillic_a_states_adjective_admits_no_village_of_its_own():
    """"Bayraktar" is also a village's other name in Turkey: a Turkish firm named does not make it a place."""
    mentions, _ = read("uk", "Турецька компанія постачає дрони Bayraktar до Польщі.")
    assert [m.place.name for m in mentions] == ["Poland"]


@pytest.mark.parametrize("language, text, facilities", [
    # a range is where troops train or arms are tried, not where they are made; a known one is still a site
    ("ru", "Министр посетил полигон в Нижегородской области и проследил за учениями.", 0),
    ("uk", "Потім вони побували на полігоні в Челябінській області, де випробовують безпілотники.", 0),
    ("ru", "Дроны атаковали полигон Капустин Яр в Астраханской области.", 1),
])
def test_cyrillic_a_range_is_no_plant_unless_a_known_site(language, text, facilities):
    assert len(read(language, text)[1]) == facilities


@pytest.mark.parametrize("language, text, place", [
    # the stone is laid where the plant goes up, so the town refines the country of the sentence before
    ("ru", "Концерн строит новый завод по выпуску снарядов в Литве. На церемонии закладки первого камня в Йонаве "
           "выступил премьер.", "Jonava"),
    ("uk", "Концерн будує новий завод боєприпасів у Литві. На церемонії закладання першого каменя в Йонаві був "
           "присутній прем'єр.", "Jonava"),
    # a forum's opening ceremony is held elsewhere
    ("ru", "Концерн строит новый завод по выпуску снарядов в Литве. На церемонии открытия форума в Йонаве "
           "выступил премьер.", "Lithuania"),
])
def test_cyrillic_a_first_stone_ceremony_is_held_at_the_plant(language, text, place):
    assert [c.place.name for c in read(language, text)[1]] == [place]


@pytest.mark.parametrize("language, text, places", [
    # in a story of arms, production said to be somewhere is a plant there, even with no claim before it
    ("uk", "Чеська фірма почала випускати ударні дрони та ракети для армії.\n\nВиробництво розташоване поблизу "
           "міста Колін.", ["Kolín"]),
    ("ru", "Компания наладила выпуск ударных беспилотников и ракет для армии.\n\nПроизводство находится недалеко от "
           "города Колин.", ["Kolín"]),
    # a story of cheese has no plant
    ("ru", "Фермеры продают сыр и творог по всей стране.\n\nПроизводство находится недалеко от города Колин.", []),
])
def test_cyrillic_production_located_in_a_story_of_arms_is_a_plant(language, text, places):
    assert [c.place.name for c in read(language, text)[1]] == places


@pytest.mark.parametrize("language, text", [
    # a firm's plant near a town is there, not at the firm's known works in another country
    ("uk", "Російські ракети влучили в завод Bayraktar під Житомиром."),
    ("ru", "Российские ракеты попали в завод Bayraktar под Житомиром."),
])
def test_cyrillic_a_firms_plant_near_a_town_is_not_its_known_works(language, text):
    assert [(c.place.name, c.precision) for c in read(language, text)[1]] == [("Zhytomyr", "city")]


@pytest.mark.parametrize("language, text, names", [
    # a capitalised common noun after a preposition is no small town abroad ("День" is an alias of a Thai town)
    ("ru", "Беспилотники видели в День независимости в Кыргызстане.", ["Kyrgyzstan"]),
    ("uk", "Дрони бачили в День незалежності в Киргизстані.", ["Kyrgyzstan"]),
    # a town of the article's country keeps its reading, though the dictionary knows its name as a word
    ("ru", "Ракеты собирают в Лесном Свердловской области.", ["Lesnoy", "Sverdlovskaya oblast'"]),
])
def test_cyrillic_a_common_noun_after_a_preposition_is_no_small_town_abroad(language, text, names):
    mentions, _ = read(language, text)
    assert [m.place.name for m in mentions] == names


@pytest.mark.parametrize("language, text, status", [
    # a plant not yet built is one to come; one not built, of which nothing more is said, is unknown
    ("ru", "Страна собирает беспилотники и ракеты.\n\nЗавод по производству дронов в Оше ещё не построили.", "planned"),
    ("uk", "Країна збирає дрони та ракети.\n\nЗавод з виробництва дронів в Оші досі не збудували.", "planned"),
    ("ru", "Страна собирает беспилотники и ракеты.\n\nЗавод по производству дронов в Оше не построили.", "unknown"),
])
def test_cyrillic_a_plant_not_yet_built_is_planned(language, text, status):
    assert [c.status for c in read(language, text)[1]] == [status]


@pytest.mark.parametrize("language, text, names", [
    ("ru", "Завод будет снабжать снарядами армии Европы и Азии.", ["Europe", "Asia"]),
    ("uk", "Завод постачатиме снаряди по всій Європі.", ["Europe"]),
])
def test_cyrillic_a_continent_is_a_place(language, text, names):
    mentions, _ = read(language, text)
    assert [m.place.name for m in mentions] == names


@pytest.mark.parametrize("language, text, places", [
    # a continent is where a plant ranks, never where it is
    ("ru", "Завод по производству снарядов станет крупнейшим заводом в Европе.", []),
    ("uk", "Польща будує найбільший у Європі завод снарядів.", ["Poland"]),
])
def test_cyrillic_a_continent_places_no_plant(language, text, places):
    assert [c.place.name for c in read(language, text)[1]] == places
