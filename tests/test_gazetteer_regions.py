"""Regions by code or by name, a region named after its city, fuzzy scores and ids, on the real gazetteer."""

import sqlite3
import threading

import pytest

from pipeline.gazetteer import Gazetteer, default_path
from pipeline.records import Place
from tests.builders import gazetteer_index


def described(matches) -> list[tuple]:
    return [(m.place.name, m.place.level, m.place.region_code, m.method, m.score) for m in matches]


@pytest.mark.parametrize("query, code", [
    ("RU-TA", "RU-TA"), ("ru-ta", "RU-TA"), ("BY-HO", "BY-HO"),  # ISO 3166-2 codes, any case
    ("Tatarstan", "RU-TA"), ("Tatarstan Republic", "RU-TA"), ("Minsk Oblast", "BY-MI"),  # names, region words
    ("Homyel'skaya Voblasts'", "BY-HO"), ("Gomel", "BY-HO"), ("Kazan region", "RU-TA"),  # after its city
    ("Bryanskaya", "RU-BRY"), ("Kharkivska", "UA-63"),  # a region's name without its region word
    ("Харківщина", "UA-63"),  # an oblast named after its centre
])
def test_gazetteer_region_by_code_or_name(gazetteer, query, code):
    region = gazetteer.region(query)
    assert (region.level, region.region_code) == ("region", code)


def test_gazetteer_region_by_code_is_the_region_itself_not_a_city_region_inside_it(gazetteer):
    assert gazetteer.region("BY-HO").name == gazetteer.region("BY-HO").region_name == "Homieĺskaja voblasć"


def test_gazetteer_region_outside_the_given_countries_or_unknown_is_none(gazetteer):
    assert gazetteer.region("Minsk", countries=["RU"]) is None
    assert gazetteer.region("Minsk Oblast", countries=["by"]).region_code == "BY-MI"
    assert gazetteer.region("Nowhereland") is None and gazetteer.region("XX-99") is None
    assert gazetteer.region("Kharkivska", countries=["RU"]) is None
    assert gazetteer.region("Yelabuga") is None and gazetteer.region("Homiel") is None  # towns, not regions


def test_gazetteer_region_named_after_its_biggest_city(gazetteer):
    """No region is called "Homiel region": it is the region that holds the city of Homiel."""
    assert described(gazetteer.lookup("Homiel region")) == [
        ("Homieĺskaja voblasć", "region", "BY-HO", "alias", 0.85)]
    assert gazetteer.lookup("Homiel region", countries=["RU"]) == []


def test_gazetteer_a_city_spelt_one_of_its_ways_comes_before_a_hamlet_so_named(gazetteer):
    """"Zaporizhzhia" is also the own name of a village of 656: the city of 710,000 comes first. A short name
    ("Tu", as in Tu-22) stays as the index orders it."""
    assert (gazetteer.lookup("Zaporizhzhia")[0].place.name, gazetteer.lookup("Zaporizhzhia")[0].place.population) \
        == ("Zaporizhzhya", 710052)
    assert gazetteer.lookup("Tu")[0].place.name != "Tsu"


def test_gazetteer_district_unknown_as_a_unit_is_the_town_it_is_named_after(gazetteer):
    """A district is far smaller than the first-level region around it: "Elmadağ district" is nearer its town
    than all of Ankara Province. A district the index knows is that district, by any name of its seat
    ("Shebekino district" is Shebekinskiy Rayon, at Shebekino)."""
    assert [(m.place.name, m.place.level) for m in gazetteer.lookup("Elmadag district")][:1] == [
        ("Elmadağ", "city")]
    assert [(m.place.name, m.place.level) for m in gazetteer.lookup("Shebekino district")][:1] == [
        ("Shebekinskiy Rayon", "region")]
    assert [(m.place.name, m.place.level) for m in gazetteer.lookup("Slutsk district")][:1] == [
        ("Slutskiy Rayon", "region")]


@pytest.mark.parametrize("query", ["Karachevsky district", "Karachevskiy Rayon", "Karachevskii raion"])
def test_gazetteer_district_named_by_its_seats_adjective_is_at_that_town(gazetteer, query):
    """Russian districts are linked to no town: "Karachevskiy Rayon" is at Karachev, the town its adjective is made
    of, in any usual spelling of the ending; the bare adjective is no place."""
    (match, *_) = gazetteer.lookup(query)
    karachev = gazetteer.lookup("Karachev")[0].place
    assert (match.place.name, match.place.level, match.place.region_code) == (
        "Karachevskiy Rayon", "region", "RU-BRY")
    assert (match.place.lat, match.place.lon) == (karachev.lat, karachev.lon)
    assert gazetteer.lookup("Karachevskiy") == []


@pytest.mark.parametrize("query, name", [("Unterluess", "Unterlüß"), ("Moenchengladbach", "Mönchengladbach"),
                                         ("Roedby", "Rødby")])
def test_gazetteer_a_town_spelt_without_its_local_letters(gazetteer, query, name):
    """English text writes German umlauts and Danish or Norwegian letters out: ü as "ue", ø as "oe"."""
    assert gazetteer.lookup(query)[0].place.name == name


def test_gazetteer_fuzzy_score_scales_the_similarity(gazetteer):
    (match,) = gazetteer.fuzzy("Yelabgua", countries=["ru"])
    assert (match.place.name, match.method, match.score) == ("Yelabuga", "fuzzy", 0.787)
    assert described(gazetteer.fuzzy("Yelabgua", region="ru-ta")) == described([match])
    assert gazetteer.fuzzy("Yelabgua", region="RU-BA") == [] and gazetteer.fuzzy("Yelabgua", countries=["BY"]) == []
    assert gazetteer.fuzzy("Yelabgua", countries=["RU"], threshold=90) == []  # a ratio of 87.5
    assert described(gazetteer.fuzzy("Yelabgua", countries=["BY", "ru"])) == described([match])


def test_gazetteer_fuzzy_within_a_region_coded_the_geonames_way(gazetteer):
    """Regions ISO 3166-2 lacks keep GeoNames' code ("TJ.04"): its country is what precedes the dot."""
    assert {(m.place.name, m.place.region_code) for m in gazetteer.fuzzy("Dushanbee", region="tj.04")} == {
        ("Dushanbe", "TJ.04")}


def test_gazetteer_place_by_geonames_id(gazetteer):
    kazan = gazetteer.by_geonameid(551487)
    assert (kazan.name, kazan.level, kazan.country_code, kazan.region_code) == ("Kazan", "city", "RU", "RU-TA")
    assert (round(kazan.lat, 2), round(kazan.lon, 2), kazan.population) == (55.79, 49.12, 1243500)
    assert gazetteer.by_geonameid(1) is None


def test_gazetteer_fuzzy_keeps_the_five_closest_names(gazetteer):
    scores = [m.score for m in gazetteer.fuzzy("Ivanovkaa", countries=["RU"])]  # seven names score 80 or more
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1] >= 0.787  # best first; the sixth
    # and seventh names ("Ivanovas", "Ivanov") would score 0.741 and 0.72


def test_gazetteer_fuzzy_in_a_region_never_answers_a_namesake_elsewhere(gazetteer):
    """Zelenodolsk is a town in Tatarstan and one in Ukraine."""
    assert {(m.place.name, m.place.region_code) for m in gazetteer.fuzzy("Zelenodolks", region="RU-TA")} == {
        ("Zelenodolsk", "RU-TA")}


@pytest.mark.parametrize("word, answer", [
    ("Київщина", ("Kyivska oblast", "region", "UA-32", "alias", 0.95)),  # the oblast, not the city around which
    ("Дніпропетровщина", ("Dnipropetrovska oblast", "region", "UA-12", "alias", 0.85)),  # the region of its centre
])
def test_gazetteer_ukrainian_oblast_after_its_centre_is_one_region(gazetteer, word, answer):
    assert described(gazetteer.lookup(word)) == [answer]


def test_gazetteer_index_opened_read_only_answers_from_any_thread():
    index = Gazetteer(default_path())
    before = default_path().stat().st_mtime_ns
    answers = []
    worker = threading.Thread(target=lambda: answers.append(index.lookup("Kazan", countries=["RU"])[0].place.name))
    worker.start()
    worker.join()
    assert answers == ["Kazan"] and default_path().stat().st_mtime_ns == before
    index.close()


def test_gazetteer_a_state_called_republic_of_x_is_the_state_even_without_that_alias(gazetteer):
    (match,) = gazetteer.lookup("Republic of Afghanistan")  # GeoNames has no such alternate name
    assert (match.place.name, match.place.level) == ("Afghanistan", "country")


def test_gazetteer_index_up_to_date_opens_as_it_is(tmp_path):
    assert Gazetteer.open(build=False).path == default_path()


@pytest.mark.parametrize("fingerprint, problem", [(None, "missing"), ("old", "out of date"), ("", "corrupt")])
def test_gazetteer_index_that_cannot_be_used_says_why(tmp_path, fingerprint, problem):
    index = tmp_path / "g.sqlite"
    if fingerprint == "":
        index.write_bytes(b"not sqlite" * 100)
    elif fingerprint:
        con = sqlite3.connect(index)
        con.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        con.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
        con.commit()
        con.close()
    with pytest.raises(Exception, match=f"^the gazetteer index at {index} is {problem}: run"):
        Gazetteer.open(index, build=False)


KHERSON = Place(706448, "Kherson", "city", "UA", "UA-65", "Khersonska oblast", 46.64, 32.61, 279_000)
KHERSON_OBLAST = Place(706442, "Khersonska oblast", "region", "UA", "UA-65", "Khersonska oblast", 46.75, 33.35, 0)
KYIV = Place(703448, "Kyiv", "city", "UA", "UA-30", "Kyiv", 50.45, 30.52, 2_952_000)
KYIV_CITY_REGION = Place(703447, "Kyiv", "region", "UA", "UA-30", "Kyiv", 50.45, 30.52, 0)
KYIV_OBLAST = Place(703446, "Kyivska oblast", "region", "UA", "UA-32", "Kyivska oblast", 50.33, 30.5, 0)


def test_gazetteer_oblast_after_its_centre_is_ukraines_even_where_another_region_bears_the_name(tmp_path):
    """"Херсонщина" is Ukraine's Kherson Oblast, even in an index that also lists, first, the region Russia
    claims under the same name."""
    claimed = Place(1, "Khersonskaya oblast", "region", "RU", "RU-KHE", "Khersonskaya oblast", 46.7, 33.4, 0)
    index = gazetteer_index(tmp_path / "g.sqlite", (claimed, ("Khersonskaya oblast", "Kherson region")),
                            (KHERSON, ("Kherson",)), (KHERSON_OBLAST, ("Khersonska oblast", "Kherson region")))
    assert described(Gazetteer(index, tmp_path / "none.csv").lookup("Херсонщина")) == [
        ("Khersonska oblast", "region", "UA-65", "alias", 0.95)]


def test_gazetteer_oblast_after_its_centre_is_one_region_where_the_city_is_also_called_so(tmp_path):
    """"Київщина" is Kyiv Oblast, even in an index where the city of Kyiv is also called "Kyiv region"."""
    index = gazetteer_index(tmp_path / "g.sqlite", (KYIV, ("Kyiv", "Київ")),
                            (KYIV_OBLAST, ("Kyivska oblast", "Kyiv region")),
                            (KYIV_CITY_REGION, ("Kyiv", "Kyiv region")))
    assert described(Gazetteer(index, tmp_path / "none.csv").lookup("Київщина")) == [
        ("Kyivska oblast", "region", "UA-32", "alias", 0.95)]


def test_gazetteer_oblast_after_its_centre_missing_from_the_index_is_no_answer(tmp_path):
    index = gazetteer_index(tmp_path / "g.sqlite", (KHERSON, ("Kherson",)))
    gazetteer = Gazetteer(index, tmp_path / "none.csv")
    assert gazetteer.lookup("Херсонщина") == [] and gazetteer.resolve("Херсонщина", countries=["UA"]) == []


def test_gazetteer_region_word_asks_for_a_region_not_a_place_that_bears_the_words(gazetteer):
    """"Kirov district" is also an old name of a Donetsk neighbourhood: with a region word it is Kirov Oblast."""
    (match,) = gazetteer.lookup("Kirov district")
    assert (match.place.name, match.place.level, match.place.region_code) == ("Kirovskaya oblast'", "region", "RU-KIR")


def test_gazetteer_a_province_named_for_a_city_is_not_the_citys_own_region(gazetteer):
    """"Buenos Aires Province": the province, not the autonomous city, which ranks first among the regions the
    name "Buenos Aires" gives."""
    assert gazetteer.lookup("Buenos Aires Province")[0].place.region_code == "AR-B"
    assert gazetteer.lookup("Buenos Aires")[0].place.level == "city"


def test_gazetteer_republic_of_a_city_is_the_republic_that_holds_it_not_the_city(gazetteer):
    assert described(gazetteer.lookup("Republic of Ufa")) == [
        ("Bashkortostan, Respublika", "region", "RU-BA", "alias", 0.85)]


def test_gazetteer_region_named_without_its_region_word_is_that_region(gazetteer):
    """"Saha, Respublika" is indexed as "saha" too, a name only a query with a region word may use: "Saha region"
    is Yakutia, not the region of a town called Saha in India."""
    (match,) = gazetteer.lookup("Saha region")
    assert (match.place.name, match.place.level, match.place.region_code) == ("Saha, Respublika", "region", "RU-SA")


@pytest.mark.parametrize("name, region", [("Zelenodolsk", "UA-12"), ("Kirov", "RU-KLU")])
def test_gazetteer_lookup_in_a_region_finds_the_namesake_there_not_the_bigger_one(gazetteer, name, region):
    assert [(m.place.name, m.place.level, m.place.region_code) for m in gazetteer.lookup(name, region=region)] == [
        (name, "city", region)]


def test_gazetteer_fuzzy_offers_the_places_of_the_five_closest_names_only(gazetteer):
    """"Mikhailovkaa" is closest to five names, "Mikhaylovka" (a town in several regions) among them; the sixth
    closest, "Mikhaylovsk", and those after it are no answer."""
    names = {m.place.name for m in gazetteer.fuzzy("Mikhailovkaa", countries=["RU"])}
    assert "Mikhaylovka" in names and not names & {"Mikhaylovsk", "Mikhaylov", "Mikhaylovskiy"}
