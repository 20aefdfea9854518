"""The map's country and distance-to-NATO filters: spatial queries in PostGIS, the same answers in Python for a
store file. Places are real towns with coordinates from GeoNames; the distances in the comments are the
tracker's own (borders.nearest_nato) as of each report's date."""

import zlib

import pytest

from pipeline import filters
from pipeline.facilities import merge
from pipeline.records import Place
from pipeline.store import Store, reading
from tests.builders import TATARSTAN, article, claim


def town(name: str, country: str, lat: float, lon: float) -> Place:
    return Place(zlib.crc32(name.encode()) % 10**7, name, "city", country, "", "", lat, lon, 50_000)


REPORTS = [  # place, date of the report
    (town("Ivangorod", "RU", 59.377, 28.212), "2024-01-10"),   # Estonia, 3.5 km
    (town("Svetogorsk", "RU", 61.111, 28.858), "2023"),         # Finland (joined 2023-04-04), 0.1 km
    (town("Vyborg", "RU", 60.71, 28.75), "2023-03"),            # Finland not yet in: Estonia, 142.5 km
    (town("Pskov", "RU", 57.819, 28.332), "2024-02-01"),        # Estonia, 33.3 km
    (town("Minsk", "BY", 53.9, 27.567), "2024-03-01"),          # Lithuania, 122.2 km
    (town("Smolensk", "RU", 54.782, 32.045), "2024-04-01"),     # Latvia, 289.3 km
    (town("Kazan", "RU", 55.79, 49.12), "2024-05-01"),          # Finland, 1,262 km
    (TATARSTAN, "2024-05-01"),                                  # a region: no distance
    # moved by the analyst to a point near Grodno: no country code, in Belarus, Poland 16.7 km
    (Place(None, "53.6800, 23.8300", "site", "", "", "", 53.68, 23.83, 0, "set by the analyst"), "2024-06-01"),
]
GRODNO_POINT = "53.6800, 23.8300"


@pytest.fixture()
def stored(store_at):
    store = Store(store_at)
    for i, (place, date) in enumerate(REPORTS):
        store.add_article(article(f"a{i}"), [], [claim(f"a{i}", place, date=date)])
    store.rebuild_facilities(merge)
    store.close()
    return store_at


def shown(where, **chosen) -> set[str]:
    """The places of the facilities the map shows under these filters (every review state, any date)."""
    flt = filters.Filters(include_undated=True, reviews=[], **chosen)
    with reading(where) as store:
        facilities, articles = store.facilities(), store.articles()
        placed = store.placed(flt.countries, flt.within_km)
    spatial = bool(flt.countries) or flt.within_km is not None
    assert (placed is None) == (str(where).endswith(".sqlite") or not spatial)  # PostGIS answers, a file does not
    found = {f.place.name for f in filters.apply(facilities, articles, flt, placed)}
    assert found == {f.place.name for f in filters.apply(facilities, articles, flt)}  # the same in Python
    return found


@pytest.mark.parametrize(("km", "expected"), [
    (50, {"Ivangorod", "Svetogorsk", "Pskov", GRODNO_POINT}),
    (200, {"Ivangorod", "Svetogorsk", "Pskov", GRODNO_POINT, "Minsk", "Vyborg"}),
    (300, {"Ivangorod", "Svetogorsk", "Pskov", GRODNO_POINT, "Minsk", "Vyborg", "Smolensk"}),
])
def test_distance_filter_keeps_located_facilities_that_close_to_nato_as_of_their_report(stored, km, expected):
    assert shown(stored, within_km=km) == expected


def test_distance_filter_never_keeps_a_region_or_a_far_town(stored):
    assert not {"Tatarstan", "Kazan"} & shown(stored, within_km=1000)
    assert "Kazan" in shown(stored, within_km=1300) and "Tatarstan" not in shown(stored, within_km=20_000)


def test_country_filter_finds_analyst_coordinates_in_the_country_they_fall_in(stored):
    assert shown(stored, countries=["BY"]) == {"Minsk", GRODNO_POINT}
    assert shown(stored, countries=["BY"], within_km=50) == {GRODNO_POINT}
    assert shown(stored, countries=["RU"]) == {"Ivangorod", "Svetogorsk", "Vyborg", "Pskov", "Smolensk", "Kazan",
                                              "Tatarstan"}
    assert shown(stored, countries=["PL", "EE"]) == set()


def test_no_spatial_filter_shows_everything_without_a_query(stored):
    assert len(shown(stored)) == len(REPORTS)


def test_country_options_name_where_analyst_coordinates_fall(stored):
    with reading(stored) as store:
        assert filters.options(store.facilities(), store.articles())["countries"] == ["BY", "RU"]


def test_distance_travels_in_the_url():
    flt = filters.Filters(within_km=200)
    assert filters.to_query(flt) == {"nato_km": "200"}
    assert filters.from_query({"nato_km": "200"}).within_km == 200
    assert filters.from_query({"nato_km": "near"}).within_km is None
    assert "nato_km" not in filters.to_query(filters.Filters())


def test_a_store_without_the_country_layer_is_filtered_in_python(stored):
    if str(stored).endswith(".sqlite"):
        pytest.skip("only a PostGIS store keeps the layer")
    import psycopg

    with psycopg.connect(stored, autocommit=True) as con:
        con.execute("DROP TABLE country_part")  # as a store of an earlier session, read without being upgraded
    with reading(stored) as store:
        assert store.placed(["BY"], 200) is None
        kept = filters.apply(store.facilities(), store.articles(), filters.Filters(countries=["BY"], reviews=[],
                                                                                include_undated=True))
    assert {f.place.name for f in kept} == {"Minsk", GRODNO_POINT}
