"""The analyst's overrides file, row by row: sites with coordinates, aliases of known places, and rows that
cannot be read, each named by file and row."""

import pytest

from pipeline.errors import GeodataError
from pipeline.gazetteer import Gazetteer
from pipeline.records import Place

HEADER = "name,level,country_code,geonameid,lat,lon,note\n"


def overridden(gazetteer, tmp_path, rows: str) -> Gazetteer:
    path = tmp_path / "overrides.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return Gazetteer(gazetteer.path, path)


def test_gazetteer_override_site_is_placed_exactly_as_written(gazetteer, tmp_path):
    g = overridden(gazetteer, tmp_path, " Northfield Works ,,by,627907,52.5,31.25,a site\n"
                                        "Southfield Depot,city,,,52.1,30.5,no town given\n")
    (site,) = g.lookup("northfield works")
    assert (site.method, site.score) == ("override", 1.0)
    assert site.place == Place(627907, "Northfield Works", "site", "BY", "", "", 52.5, 31.25, 0)
    assert g.lookup("Southfield Depot")[0].place == Place(None, "Southfield Depot", "city", "", "", "", 52.1, 30.5, 0)


def test_gazetteer_override_alias_is_the_known_place(gazetteer, tmp_path):
    g = overridden(gazetteer, tmp_path, "Gorodok-on-Sea,,,627907,,,an alias\n")
    assert g.lookup("Gorodok on Sea")[0].place == gazetteer.by_geonameid(627907)


def test_gazetteer_override_ending_in_a_full_stop_answers_only_that_abbreviation(gazetteer, tmp_path):
    """"Pa." in "SCRANTON, Pa. —" is Pennsylvania; "PA" (a press agency) and "Pa" are not."""
    g = overridden(gazetteer, tmp_path, "Gor.,,,627907,,,an abbreviation\n")
    assert g.lookup("Gor.")[0].place == gazetteer.by_geonameid(627907)
    assert all(m.place.geonameid != 627907 for m in g.lookup("GOR") + g.lookup("Gor"))


@pytest.mark.parametrize("row, why", [
    (",,,627907,,,\n", "the name is empty"),
    ("Depot,site,BY,,north,31.0,\n", "lat and lon must be numbers"),
    ("Depot,site,BY,,52.5,,\n", "lat and lon must be numbers"),
    ("Depot,,,,,,\n", "give lat and lon, or the geonameid of a known place"),
    ("Depot,,,999999999,,,\n", "give lat and lon, or the geonameid of a known place"),
])
def test_gazetteer_override_that_cannot_be_read_names_file_row_and_why(gazetteer, tmp_path, row, why):
    with pytest.raises(GeodataError) as err:
        overridden(gazetteer, tmp_path, "Fine Site,site,BY,,52.0,31.0,\n" + row)
    assert str(err.value) == f"{tmp_path / 'overrides.csv'}, data row 2: {why}"


def test_gazetteer_opened_with_an_overrides_file_reads_that_file(tmp_path):
    path = tmp_path / "overrides.csv"
    path.write_text(HEADER + "Northfield Works,site,BY,,52.5,31.25,a site\n", encoding="utf-8")
    (site,) = Gazetteer.open(overrides=path, build=False).lookup("Northfield Works")
    assert (site.method, site.place.lat, site.place.lon) == ("override", 52.5, 31.25)


def test_gazetteer_override_listed_twice_is_one_answer(gazetteer, tmp_path):
    """Two spellings of one alias that fold alike, both for the same town."""
    g = overridden(gazetteer, tmp_path, "Gorodok-on-Sea,,,627907,,,\nGorodok on Sea,,,627907,,,same\n")
    assert [m.place for m in g.lookup("Gorodok on Sea")] == [gazetteer.by_geonameid(627907)]
