"""The offline gazetteer resolves names the way an analyst would."""

import logging
import sqlite3

import pytest

from pipeline import gazetteer_build
from pipeline.errors import GazetteerError, GeodataError, InputError
from pipeline.gazetteer import Gazetteer
from pipeline.names import normalize, strip_region_words
from tests.builders import MINSK, gazetteer_index


def top(gaz, query, **context):
    matches = gaz.resolve(query, **context)
    return matches[0].place if matches else None


@pytest.mark.parametrize("name", ["Homiel", "Gomel", "Homel", "Гомель", "Homyel'", "Homieĺ"])
def test_gazetteer_gomel_spellings(gazetteer, name):
    place = top(gazetteer, name)
    assert (place.geonameid, place.level, place.country_code) == (627907, "city", "BY")


@pytest.mark.parametrize("name", ["Alabuga", "Elabuga", "Yelabuga", "Елабуга"])
def test_gazetteer_yelabuga_spellings(gazetteer, name):
    assert top(gazetteer, name).geonameid == 468082


def test_gazetteer_misspelling_needs_region_context(gazetteer):
    assert gazetteer.resolve("Yelabuz") == []
    match = gazetteer.resolve("Yelabuz", region="RU-TA")[0]
    assert match.place.geonameid == 468082 and match.method == "fuzzy" and 0 < match.score < 1


def test_gazetteer_fuzzy_is_never_a_world_search(gazetteer):
    assert gazetteer.fuzzy("Zelenodolks") == []
    assert gazetteer.fuzzy("Zelenodolks", countries=["RU"])[0].place.name == "Zelenodolsk"
    assert gazetteer.fuzzy("Qwxzvbnm", countries=["RU"]) == []


@pytest.mark.parametrize("name", ["Tatarstan", "Republic of Tatarstan", "Tatarstan Republic"])
def test_gazetteer_tatarstan_is_a_region_with_an_inside_point(gazetteer, name):
    place = top(gazetteer, name)
    assert (place.level, place.region_code, place.geonameid) == ("region", "RU-TA", 484048)
    assert 53.9 < place.lat < 56.7 and 47.2 < place.lon < 54.3  # inside Tatarstan's bounding box


@pytest.mark.parametrize("name", ["Belarus", "White Russia", "Byelorussia"])
def test_gazetteer_belarus_is_the_country(gazetteer, name):
    place = top(gazetteer, name)
    assert (place.level, place.country_code, place.geonameid) == ("country", "BY", 630336)


def test_gazetteer_minsk_city_and_region(gazetteer):
    assert top(gazetteer, "Minsk").geonameid == 625144
    region = top(gazetteer, "Minsk Region")
    assert (region.level, region.region_code) == ("region", "BY-MI")


@pytest.mark.parametrize("name, code", [("Gomel Region", "BY-HO"), ("Homyel Oblast", "BY-HO"),
                                        ("Bryansk Oblast", "RU-BRY"), ("Lviv region", "UA-46")])
def test_gazetteer_region_word_restricts_to_regions(gazetteer, name, code):
    place = top(gazetteer, name)
    assert (place.level, place.region_code) == ("region", code)


@pytest.mark.parametrize("name, code", [("Vologda region", "RU-VLG"), ("Krasnodar region", "RU-KDA"),
                                        ("Buckeye State", None), ("Empire State", None)])
def test_gazetteer_a_region_named_after_a_town_is_the_region_it_is_the_centre_of(gazetteer, name, code):
    """"Vologda region" holds Vologda; "the Empire State" is no region of a hamlet called Empire."""
    found = gazetteer.lookup(name)
    assert (found[0].place.region_code if found else None) == code


@pytest.mark.parametrize("name", ["Shropshire", "Cumbria", "Surrey"])
def test_gazetteer_a_british_county_answers_to_its_bare_name(gazetteer, name):
    """"In Cumbria": a county of England, not Cumberland, Maine; Surrey is a Canadian city too, another reading."""
    assert any((m.place.level, m.place.country_code) == ("region", "GB") for m in gazetteer.lookup(name))


@pytest.mark.parametrize("name, unit", [
    ("Karachev District", "Karachevskiy Rayon"),  # a unit named by its seat's adjective, called by the seat's name
    ("Dziarzhynsk district", "Dzerzhinskiy Rayon"),  # a spelling only the seat town has
])
def test_gazetteer_a_district_called_by_its_seat_is_the_unit_not_the_town(gazetteer, name, unit):
    assert unit in [m.place.name for m in gazetteer.lookup(name) if m.place.level == "region"]


@pytest.mark.parametrize("name", ["Dordogne", "Haute-Savoie", "Finistère"])
def test_gazetteer_a_french_departement_answers_to_its_bare_name(gazetteer, name):
    assert [(m.place.level, m.place.country_code, m.place.name) for m in gazetteer.lookup(name)][:1] == [
        ("region", "FR", name)]


@pytest.mark.parametrize("region, town", [("Centre-Val de Loire", "Orléans"), ("Île-de-France", "Paris"),
                                          ("Nouvelle-Aquitaine", "Bordeaux")])
def test_gazetteer_a_region_is_placed_by_its_own_point_not_by_another_unit_that_shares_its_code(
        gazetteer, region, town):
    """Natural Earth gives France's departments the codes GeoNames gives its regions ("FR.24" is the Dordogne's
    and the Centre-Val de Loire's): the region must not take the department's point or name."""
    place, seat = top(gazetteer, region), top(gazetteer, town, countries=["FR"])
    assert place.level == "region" and abs(place.lat - seat.lat) < 2 and abs(place.lon - seat.lon) < 2.5
    assert not any(m.place.name == region for m in gazetteer.lookup("Dordogne"))


def test_gazetteer_dushanbe_and_kazan(gazetteer):
    assert top(gazetteer, "Dushanbe").geonameid == 1221874
    assert top(gazetteer, "Kazan").country_code == "RU"
    turkish = top(gazetteer, "Kazan", countries=["TR"])
    assert (turkish.country_code, turkish.level) == ("TR", "city")


@pytest.mark.parametrize("name, code", [("U.S.", "US"), ("US", "US"), ("USA", "US"), ("United States", "US"),
                                        ("UK", "GB"), ("Britain", "GB"), ("Türkiye", "TR")])
def test_gazetteer_country_abbreviations(gazetteer, name, code):
    place = top(gazetteer, name)
    assert (place.level, place.country_code) == ("country", code)


def test_gazetteer_levels_filter(gazetteer):
    assert [m.place.level for m in gazetteer.lookup("Minsk", levels=["region"])] == ["region", "region"]


@pytest.mark.parametrize("bad", ["", "   ", "x" * 10_000, None, 42])
def test_gazetteer_bad_queries_say_what_is_wrong(gazetteer, bad):
    with pytest.raises(InputError, match="query"):
        gazetteer.resolve(bad)


def test_names_normalize_folds_scripts_and_punctuation():
    assert normalize("Гомель") == normalize("Gomel") == "gomel"
    assert normalize("  Homieĺ ") == "homiel"
    assert strip_region_words("republic of tatarstan") == ("tatarstan", True)
    assert strip_region_words("minsk") == ("minsk", False)


def test_gazetteer_overrides_add_sites_and_aliases(gazetteer, tmp_path):
    overrides = tmp_path / "overrides.csv"
    overrides.write_text("# analyst file\nname,level,country_code,geonameid,lat,lon,note\n"
                         "Northfield Works,site,BY,,52.5,31.0,test site\n"
                         "Gorodok-on-Sea,,,627907,,,test alias\n", encoding="utf-8")
    gaz = Gazetteer(gazetteer.path, overrides)
    site = gaz.resolve("Northfield Works")[0]
    assert (site.method, site.place.level, site.place.lat, site.place.country_code) == ("override", "site", 52.5, "BY")
    assert gaz.resolve("gorodok on sea")[0].place.geonameid == 627907


def test_gazetteer_bad_override_names_the_file_and_row(gazetteer, tmp_path):
    overrides = tmp_path / "overrides.csv"
    overrides.write_text("name,level,country_code,geonameid,lat,lon,note\nNowhere,,,999999999,,,\n")
    with pytest.raises(GeodataError, match=r"overrides.csv, data row 1"):
        Gazetteer(gazetteer.path, overrides)


def test_gazetteer_missing_index_without_build_says_how_to_build(tmp_path):
    with pytest.raises(GazetteerError, match="build-gazetteer"):
        Gazetteer.open(tmp_path / "none.sqlite", build=False)


@pytest.mark.slow
def test_gazetteer_corrupt_index_is_rebuilt(tmp_path):
    path = tmp_path / "gaz.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerError, match="corrupt"):
        Gazetteer.open(path, build=False)
    gaz = Gazetteer.open(path)
    assert gaz.resolve("Minsk")[0].place.geonameid == 625144
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.slow
def test_gazetteer_failed_build_leaves_nothing_half_built(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer_build, "SCHEMA", "CREATE TABLE broken (")
    path = tmp_path / "gaz.sqlite"
    with pytest.raises(sqlite3.Error):
        gazetteer_build.build(path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("query, name, level", [
    ("Republic of Kazakhstan", "Kazakhstan", "country"),
    ("Republic of Belarus", "Belarus", "country"),
    ("Republic of Tatarstan", "Tatarstan, Respublika", "region"),
])
def test_gazetteer_a_republic_is_a_state_unless_it_is_a_region(gazetteer, query, name, level):
    place = gazetteer.lookup(query)[0].place
    assert (place.name, place.level) == (name, level)


@pytest.mark.parametrize("name, code", [
    ("Россия", "RU"), ("Росія", "RU"), ("Расія", "RU"), ("Российская Федерация", "RU"), ("РФ", "RU"),
    ("Беларусь", "BY"), ("Білорусь", "BY"), ("Белоруссия", "BY"), ("Республика Беларусь", "BY"),
    ("Украина", "UA"), ("Україна", "UA"), ("Иран", "IR"), ("Польша", "PL"), ("Польща", "PL"), ("Литва", "LT"),
    ("Латвия", "LV"), ("Германия", "DE"), ("Німеччина", "DE"), ("ФРГ", "DE"), ("Северная Корея", "KP"),
    ("Північна Корея", "KP"), ("КНДР", "KP"), ("США", "US"), ("КНР", "CN"), ("Великобритания", "GB"),
])
def test_gazetteer_russian_ukrainian_belarusian_country_names(gazetteer, name, code):
    place = top(gazetteer, name)
    assert (place.level, place.country_code) == ("country", code)


def test_gazetteer_cyrillic_override_answers_only_cyrillic(gazetteer):
    assert all(m.place.country_code != "RU" for m in gazetteer.lookup("RF"))  # radio frequency, not Russia


def test_gazetteer_translated_country_name_leaves_a_big_city_its_name(gazetteer):
    place = top(gazetteer, "Tunis")  # "Тунис" is Tunisia in Russian too, but Tunis is the city in English
    assert (place.level, place.country_code) == ("city", "TN")


@pytest.mark.parametrize("name, code", [("Подмосковье", "RU-MOS"), ("Ленобласть", "RU-LEN"),
                                        ("Moscow region", "RU-MOS"), ("Moscow Oblast", "RU-MOS")])
def test_gazetteer_colloquial_russian_regions(gazetteer, name, code):
    place = top(gazetteer, name)
    assert (place.level, place.region_code) == ("region", code)


@pytest.mark.parametrize("name, code", [
    ("Київщина", "UA-32"), ("Харківщина", "UA-63"), ("Сумщина", "UA-59"), ("Полтавщина", "UA-53"),
    ("Херсонщина", "UA-65"), ("Черкащина", "UA-71"), ("Чернігівщина", "UA-74"), ("Житомирщина", "UA-18"),
    ("Вінниччина", "UA-05"), ("Одещина", "UA-51"), ("Львівщина", "UA-46"), ("Дніпропетровщина", "UA-12"),
    ("Харьковщина", "UA-63"),
    ("Гомельщина", "BY-HO"), ("Вітебщина", "BY-VI"), ("Мінщина", "BY-MI"),  # Belarus: not Minsk city's own region
])
def test_gazetteer_ukrainian_oblast_named_after_its_centre(gazetteer, name, code):
    place = top(gazetteer, name)
    assert (place.level, place.region_code, place.name == place.region_name) == ("region", code, True)


@pytest.mark.parametrize("word", ["Батьківщина", "Гетьманщина"])
def test_gazetteer_a_shchyna_word_without_a_centre_is_no_region(gazetteer, word):
    assert gazetteer.resolve(word) == [] and gazetteer.resolve(word, countries=["UA"]) == []


def test_gazetteer_shchyna_region_respects_levels(gazetteer):
    assert gazetteer.lookup("Харківщина", levels=["city"]) == []


@pytest.mark.parametrize("name, city, region", [
    ("Москва", 524901, "RU-MOW"), ("Санкт-Петербург", 498817, "RU-SPE"), ("Київ", 703448, "UA-30"),
    ("Севастополь", 694423, "UA-40"), ("Moscow", 524901, "RU-MOW"), ("Kyiv", 703448, "UA-30"),
    ("Ceuta", 6362987, "ES-CE"),  # a town below BIG_CITY: the region still follows it
])
def test_gazetteer_city_comes_before_the_region_that_is_the_city(gazetteer, name, city, region):
    first, second = gazetteer.lookup(name)[:2]
    assert (first.place.geonameid, first.place.level) == (city, "city")
    assert (second.place.level, second.place.region_code) == ("region", region)


def test_gazetteer_query_that_is_not_text_names_its_type(gazetteer):
    with pytest.raises(InputError) as err:
        gazetteer.resolve(42)
    assert str(err.value) == "a place query must be text, not int"


def test_gazetteer_empty_query_says_what_to_give(gazetteer):
    with pytest.raises(InputError) as err:
        gazetteer.lookup(" \t ")
    assert str(err.value) == "the place query is empty: give a place name such as 'Minsk'"


def test_gazetteer_query_of_200_characters_is_read_and_one_more_is_refused(gazetteer):
    assert gazetteer.resolve("x" * 200) == []
    with pytest.raises(InputError) as err:
        gazetteer.resolve("x" * 201)
    assert str(err.value) == "the place query is 201 characters long; a place name is at most 200"


def test_gazetteer_misspelling_resolves_within_the_given_countries(gazetteer):
    (match,) = gazetteer.resolve("Zelenodolks", countries=["RU"])
    assert (match.place.name, match.place.country_code, match.method) == ("Zelenodolsk", "RU", "fuzzy")


def test_gazetteer_misspelling_close_to_several_spellings_of_a_place_answers_it_once(gazetteer):
    """"Homyell" is as close to "Homyel" as to "Homel", "Homiel" and others: all spellings of one city."""
    matches = gazetteer.fuzzy("Homyell", countries=["BY"])
    places = [(m.place.geonameid, m.place.level) for m in matches]
    assert (627907, "city") in places and len(places) == len(set(places))


def test_gazetteer_missing_index_is_built_and_the_log_says_where_and_why(tmp_path, monkeypatch, caplog):
    index = tmp_path / "g.sqlite"
    monkeypatch.setattr(gazetteer_build, "build", lambda path: gazetteer_index(path, (MINSK, ("Minsk",))))
    with caplog.at_level(logging.INFO, logger="pipeline.gazetteer"):
        gaz = Gazetteer.open(index, overrides=tmp_path / "none.csv")
    assert caplog.messages == [f"building the gazetteer index at {index} (missing)"]
    assert gaz.lookup("Minsk")[0].place.geonameid == MINSK.geonameid


def test_gazetteer_a_town_comes_before_a_first_level_region_with_a_tenth_of_its_people(gazetteer):
    """A Guernsey parish of 1,600 people is no reason to read "Forest" as anything but the Brussels commune."""
    assert [(m.place.level, m.place.country_code) for m in gazetteer.lookup("Forest")[:2]] == [
        ("city", "BE"), ("region", "GG")]
    assert gazetteer.lookup("Kansas")[0].place.level == "region"  # the state outweighs its villages
    assert gazetteer.lookup("Canillo")[0].place.level == "region"  # the parish outweighs its own village
    assert gazetteer.lookup("Warwick")[0].place.level == "city"  # a Bermuda parish of 8,600 people
