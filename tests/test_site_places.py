"""A known plant is placed where the article places it when the article never names the plant's town: the
region or country it names that holds the plant. Sentences written for these tests."""

import pytest

from pipeline.facilities import merge
from pipeline.records import Article
from pipeline.runner import analyse
from pipeline.sites import latin_key


def claims_of(text: str, language: str = "en"):
    article = Article(id="t", title="t", publisher="Test Wire", url="", published="2026-05-01", language=language,
                      text=text.replace(" || ", "\n\n"), source_path="t.md")
    return analyse(article)[2]


@pytest.mark.parametrize("language, text, place, precision", [
    # the town is never named: the region the text names, in the claim's sentence or elsewhere
    ("en", "Uralvagonzavod will expand tank production in the Sverdlovsk region, the governor said.",
     "Sverdlovskaya oblast'", "region"),
    ("ru", "Завод «Омсктрансмаш» ждет модернизация, сообщили в правительстве Омской области.",
     "Omskaya oblast'", "region"),
    ("en", "Uralvagonzavod will double tank output, Russia's defence ministry said.", "Russia", "country"),
    # the town is named, or begins the plant's name: the site
    ("en", "Uralvagonzavod in Nizhny Tagil will expand tank production in the Sverdlovsk region.",
     "Uralvagonzavod", "site"),
    ("en", "The Kazan Gunpowder Plant in Tatarstan was struck by drones.", "Kazan Gunpowder Plant", "site"),
    ("en", "A blast hit the Plastmass plant in Kopeysk, in Russia's Chelyabinsk region, on Monday.",
     "Plastmass Plant (Kopeysk)", "site"),
    ("ru", "Бийский олеумный завод начнёт выпуск взрывчатки, сообщили в Минпромторге России.", "Biysk Oleum Plant",
     "site"),  # the town's adjective names the town
    ("ru", "Тульский патронный завод увеличит выпуск патронов в России.", "Tula Cartridge Plant", "site"),
    ("ru", "Львовский бронетанковый завод наращивает выпуск бронетехники для армии Украины.", "Lviv Armoured Plant",
     "site"),  # the Russian name of a Ukrainian town
    ("en", "The Nizhny Novgorod Machine-Building Plant will double output of anti-aircraft guns, Russia's industry "
     "ministry said.", "Nizhny Novgorod Machine-Building Plant", "site"),  # a town of two words
    ("uk", "Житомирський бронетанковий завод почне випуск бронетранспортерів в Україні.", "Zhytomyr Armoured Plant",
     "site"),
    # the town in a spelling the gazetteer lacks (Russian "Смела" for Smila) is still named; another town is not
    ("ru", "Ракеты попали в завод «Оризон» в Черкасской области, сообщили местные власти. В Смеле слышали "
     "не меньше пяти взрывов.", "Orizon (Smila)", "site"),
    ("ru", "Ракеты попали в завод «Оризон» в Черкасской области, сообщили местные власти. Жители Черкасс слышали "
     "не меньше пяти взрывов.", "Cherkaska oblast", "region"),
    ("en", "The Motovilikha plant will double output of rocket launchers, Prime Minister Mikhail Mishustin said on "
     "a visit to the Perm region.", "Permskiy kray", "region"),  # "Prime" is no spelling of Perm
    # a site whose name is a place's, or a word of its name used as a place: the site
    ("en", "BAE Systems has begun construction of a new energetics facility at Glascoed in Wales.",
     "BAE Systems Munitions Glascoed (ROF Glascoed)", "site"),
    ("en", "Drones struck the Alabuga special economic zone in Tatarstan.", "Alabuga Special Economic Zone", "site"),
    ("en", "Iran makes missile fuel at Parchin, near Tehran.", "Parchin military complex", "site"),  # a complex
    ("en", "Iran is building a new missile plant near Parchin.", "Iran", "country"),  # but not what is near it
    ("en", "Drones hit the NPK Iskra plant in Ukraine.", "Ukraine", "country"),  # a firm's name is no place's
    # a region that does not hold the plant places nothing, nor does a district, whose bounds are not known
    ("en", "Uralvagonzavod will open a new tank workshop. || Farmers in the Omsk region want tractors.",
     "Uralvagonzavod", "site"),
    ("en", "Uralvagonzavod will open a new tank workshop, the head of the Beloyarsky district of Russia said.",
     "Russia", "country"),
])
def test_site_places_a_plant_whose_town_the_text_never_names_is_where_the_text_says(language, text, place,
                                                                                     precision):
    claims = claims_of(text, language)
    assert [(c.place.name, c.precision) for c in claims] == [(place, precision)]


def test_site_places_every_claim_about_the_plant_moves_together_to_its_region_before_its_country():
    claims = claims_of("Uralvagonzavod will expand tank production, Russia's defence ministry said. || "
                       "Uralvagonzavod is the largest employer of the Sverdlovsk region.")
    assert {(c.place.name, c.precision) for c in claims} == {("Sverdlovskaya oblast'", "region")}
    assert len(merge(claims, {})) == 1


def test_site_places_a_plant_whose_town_any_of_its_names_gives_stays_the_site():
    claims = claims_of("The Plastmass plant will make more shells in the Chelyabinsk region. || Last year a blast "
                       "hit the Plastmass plant in Kopeysk.")
    assert {(c.place.name, c.precision) for c in claims} == {("Plastmass Plant (Kopeysk)", "site")}


def test_site_places_the_claim_keeps_the_known_site_for_the_analyst():
    """The map shows the region the article gives; the review tells where the known plant of that name is."""
    claim, = claims_of("Uralvagonzavod will expand tank production in the Sverdlovsk region, the governor said.")
    site = [d for d in claim.doubts if d.startswith("site not reported")]
    assert len(site) == 1 and "Uralvagonzavod" in site[0] and "http" in site[0]
    assert "site not reported: only the region is known" not in claim.doubts


def test_site_places_two_plants_in_one_region_stay_two():
    claims = claims_of("Uralvagonzavod will build more T-90 tanks, the Sverdlovsk region governor said. || "
                       "Uraltransmash will build more Malva howitzers, he added.")
    assert {(c.place.name, c.precision) for c in claims} == {("Uralvagonzavod", "site"), ("Uraltransmash", "site")}


@pytest.mark.parametrize("cyrillic, latin", [
    ("Ходжир", "Khojir"),  # "дж" is "j"
    ("Джибути", "Djibouti"),  # "dj" too, and "ou" is "u"
    ("Шахруд", "Shahroud"),  # "kh" is "h"
    ("Калиш", "Kalisz"),  # Polish "sz"
    ("Бидгощ", "Bydgoszcz"),  # Polish "cz", and "y" is "i"
    ("Мемфис", "Memphis"),  # "ph" is "f"
    ("Ярославль", "Yaroslavl"),  # the glide "ya", and the soft sign is no letter
    ("Южмаш", "Yuzhmash"),  # the glide "yu"
    ("Унтерлюс", "Unterlüß"),  # "ю" for "ü"
    ("Гласкоед", "Glascoed"),  # "c" is "k"
    ("Ирак", "Iraq"),  # "q" is "k"
    ("Свидник", "Świdnik"),  # "w" is "v"
    ("Модарес", "Modarres"),  # one letter or two
])
def test_site_places_a_latin_name_spelt_in_cyrillic_has_the_same_key(cyrillic, latin):
    assert latin_key(cyrillic) == latin_key(latin)


def test_site_places_names_that_differ_keep_different_keys():
    assert latin_key("Ходжир") != latin_key("Khodir")


@pytest.mark.parametrize("text, town", [
    # the town the plant's name holds, when the text names not the town the site list gives
    ("The Army picked a firm for a lease at Pine Bluff Arsenal in Arkansas.", "Pine Bluff"),
    ("Drones hit the Tambov Gunpowder Plant overnight, Ukraine's army said.", "Tambov"),
    # the list's town, when the text names it, even in a spelling the gazetteer lacks
    ("Drones hit the Tambov Gunpowder Plant overnight. || Residents of Kotovsk heard blasts.", "Kotovsk"),
    # the town the text puts the site beside, by a bearing as well as by "in" or "near"
    ("A blast was reported at the Parchin military complex southeast of Tehran.", "Tehran"),
])
def test_site_places_a_known_plant_is_of_the_town_its_name_holds_unless_the_text_names_its_own(gazetteer, text,
                                                                                              town):
    """Pine Bluff Arsenal is next to White Hall and the Tambov plant in Kotovsk, as the site list says; a reader
    of a text naming neither places them at the town in their name."""
    claim = claims_of(text)[0]
    assert claim.precision == "site" and gazetteer.by_geonameid(claim.place.geonameid).name == town


def test_site_places_a_known_plant_whose_list_town_is_written_in_another_spelling_keeps_it(gazetteer):
    claim = claims_of("Дроны атаковали Тамбовский пороховой завод. || Жители Котавска слышали взрывы.", "ru")[0]
    assert gazetteer.by_geonameid(claim.place.geonameid).name == "Kotovsk"


def test_site_places_a_known_plant_is_one_facility_whichever_town_an_article_gives_it():
    articles = [Article(id=f"a{i}", title="t", publisher="Test Wire", url="", published="2026-05-01", language="en",
                        text=text, source_path=f"a{i}.md")
                for i, text in enumerate(["Drones struck the Tambov Gunpowder Plant overnight.",
                                          "The Tambov Gunpowder Plant in Kotovsk makes powder for shells."])]
    claims = [c for a in articles for c in analyse(a)[2]]
    assert len({c.place.geonameid for c in claims}) == 2  # Tambov's, then Kotovsk's
    assert [(f.place.name, len(f.claims)) for f in merge(claims, {a.id: a for a in articles})] == [
        ("Tambov Gunpowder Plant", 2)]


@pytest.mark.parametrize("text, town", [
    ("Production of artillery shells resumed at Picatinny Arsenal last year.", "Lake Hopatcong"),
    ("Japan will build two frigates at the Mitsubishi Nagasaki Shipyard.", "Nagasaki"),
    ("Drones struck the PK Salyut engine plant, the mayor said.", "Moscow"),
])
def test_site_places_arsenals_and_yards_of_the_ninth_batch_are_sites(gazetteer, text, town):
    """A site the list added lately is read as a site, at its own point, with its town's id."""
    claim = claims_of(text)[0]
    assert claim.precision == "site" and gazetteer.by_geonameid(claim.place.geonameid).name == town


@pytest.mark.parametrize("text, town", [
    ("A blast was reported at the Parchin military complex 30 km east of Tehran.", "Tehran"),
    ("A blast was reported at the Parchin military complex of Tehran.", "Pākdasht"),  # no bearing: the list's town
])
def test_site_places_a_site_a_bearing_places_beside_a_town_takes_its_id(geoparser, gazetteer, text, town):
    _, mentions = geoparser.parse("t", text)
    site = next(m for m in mentions if m.place.level == "site")
    assert gazetteer.by_geonameid(site.place.geonameid).name == town
