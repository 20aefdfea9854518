"""What the offline geocoder answers, field by field: the address line and the raw description of a place."""

import pytest

from pipeline.geocoder import GazetteerGeocoder


@pytest.fixture(scope="module")
def geocoder(gazetteer):
    return GazetteerGeocoder(gazetteer)


def test_geocoder_city_answer_describes_the_place_and_how_it_was_found(geocoder):
    loc = geocoder.geocode("Kazan", country_codes=["RU"])
    assert loc.address == "Kazan, Tatarstan, Respublika, RU"
    assert loc.raw == {"geonameid": 551487, "name": "Kazan", "level": "city", "country_code": "RU",
                       "region": {"code": "RU-TA", "name": "Tatarstan, Respublika"}, "lat": loc.latitude,
                       "lon": loc.longitude, "population": 1243500, "method": "exact", "score": 1.0}
    assert (round(loc.latitude, 2), round(loc.longitude, 2)) == (55.79, 49.12)


def test_geocoder_region_answer_names_the_region_once(geocoder):
    loc = geocoder.geocode("Tatarstan")
    assert loc.address == "Tatarstan, Respublika, RU"
    assert (loc.raw["level"], loc.raw["region"], loc.raw["method"]) == (
        "region", {"code": "RU-TA", "name": "Tatarstan, Respublika"}, "alias")


def test_geocoder_unknown_region_context_finds_nothing_rather_than_ignoring_it(geocoder):
    assert geocoder.geocode("Kazan", region="Nowhereland") is None
    assert geocoder.geocode("Kazan", region="BY-HO") is None
    assert geocoder.geocode("Kazan", region="RU-TA").raw["geonameid"] == 551487


def test_geocoder_region_name_shared_by_two_countries_is_read_in_the_given_country(geocoder):
    assert geocoder.geocode("Ludhiana", region="Punjab", country_codes="IN").address == "Ludhiana, Punjab, IN"


def test_geocoder_levels_narrow_the_answer(geocoder):
    assert geocoder.geocode("Minsk").raw["level"] == "city"
    assert geocoder.geocode("Minsk", levels=["region"]).raw["level"] == "region"
