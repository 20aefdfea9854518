"""The NATO layer: membership by date, the computed frontline, point-in-country and geodesic distances."""

import json

import pytest
from pyproj import Geod

from pipeline import borders
from pipeline.errors import InputError


def codes(members):
    return {m.iso_a2 for m in members}


def test_borders_membership_by_date():
    assert len(borders.all_members()) == 32
    in_2023 = codes(borders.nato_members("2023-08-02"))
    assert "FI" in in_2023 and "SE" not in in_2023
    assert "SE" in codes(borders.nato_members("2024-03-07"))
    assert "SE" not in codes(borders.nato_members("2024-03-06"))
    assert len(borders.nato_members("1949-12-31")) == 12


def test_borders_frontline_is_computed_from_polygons():
    assert codes(borders.frontline("2022-01-01")) == {"EE", "LV", "LT", "NO", "PL"}
    assert codes(borders.frontline("2023-04-04")) == {"EE", "LV", "LT", "NO", "PL", "FI"}
    assert codes(borders.frontline("2023-04-03")) == {"EE", "LV", "LT", "NO", "PL"}


@pytest.mark.parametrize("lat, lon, member, km", [
    (53.90, 27.57, "LT", 121.7),     # Minsk
    (52.43, 30.98, "LT", 397.2),     # Homyel'
    (55.76, 52.05, "FI", 1398.8),    # Yelabuga
    (38.54, 68.78, "TR", 2071.0),    # Dushanbe
])
def test_borders_distance_matches_geodesic_references(lat, lon, member, km):
    near = borders.nearest_nato(lat, lon, "2024-01-01")
    assert near.iso_a2 == member
    assert near.km == pytest.approx(km, rel=0.01)
    # the reported border point is that far away on the ellipsoid, and inside 1 km of the member's border
    _, _, metres = Geod(ellps="WGS84").inv(lon, lat, near.lon, near.lat)
    assert metres / 1000 == pytest.approx(near.km, abs=0.2)


def test_borders_membership_date_changes_the_nearest_member():
    # Yelabuga: Finland from 2023-04-04; before that a farther member
    before = borders.nearest_nato(55.76, 52.05, "2023-01-01")
    assert before.iso_a2 != "FI" and before.km > 1398.8


def test_borders_point_inside_a_member_is_zero_km():
    near = borders.nearest_nato(54.69, 25.28, "2024-01-01")  # Vilnius
    assert (near.iso_a2, near.km) == ("LT", 0.0)


@pytest.mark.parametrize("lat, lon, iso", [
    (53.90, 27.57, "BY"), (55.76, 52.05, "RU"), (38.54, 68.78, "TJ"), (52.23, 21.01, "PL"),
    (66.0, 179.5, "RU"), (67.0, -179.5, "RU"),  # Chukotka, on both sides of the antimeridian
    (-15.8, -47.9, "BR"),                        # outside the focus layer: the world layer answers
    (0.0, -30.0, None),                          # mid-Atlantic
])
def test_borders_country_at(lat, lon, iso):
    assert borders.country_at(lat, lon) == iso


def test_borders_russia_does_not_wrap_around_the_map():
    layer = json.loads(borders.FOCUS_GEOJSON.read_text())
    russia = next(f for f in layer["features"] if f["properties"]["iso_a2"] == "RU")
    for polygon in russia["geometry"]["coordinates"]:
        xs = [x for x, _ in polygon[0]]
        assert max(xs) - min(xs) < 180  # no ring spans the antimeridian


def test_borders_range_ring_is_geodesic():
    ring = borders.range_ring(53.9, 27.57, 500)
    geod = Geod(ellps="WGS84")
    for lon, lat in list(ring.exterior.coords)[::16]:
        assert geod.inv(27.57, 53.9, lon, lat)[2] / 1000 == pytest.approx(500, rel=1e-6)


@pytest.mark.parametrize("call", [
    lambda: borders.nearest_nato(95, 0),
    lambda: borders.country_at(0, 200),
    lambda: borders.range_ring(0, 0, -5),
    lambda: borders.nato_members("last Tuesday"),
])
def test_borders_bad_input_is_a_clear_error(call):
    with pytest.raises(InputError):
        call()


def test_borders_partial_dates_mean_the_end_of_the_period():
    assert borders.parse_date("2023").isoformat() == "2023-12-31"
    assert borders.parse_date("2024-02").isoformat() == "2024-02-29"
    assert "SE" in codes(borders.nato_members("2024-03"))
