"""Place names on the map: which labels, from which zoom, packed as data and drawn as text."""

import base64
import gzip
import json
import math
import re

import pytest

from pipeline import maplabels, mapview
from pipeline.maplabels import KINDS, Label

HOSTILE = "<img src=x onerror=alert(1)> {{7*7}} {% raw %} </script><script>alert(2)</script>"


def named(text: str, kind: str) -> list[Label]:
    return [lab for lab in maplabels.labels() if lab.text == text and KINDS[lab.kind] == kind]


def payloads(page: str) -> list:
    """Every base64 payload the page unpacks, decoded."""
    return [json.loads(gzip.decompress(base64.b64decode(p))) for p in re.findall(r'atob\("([A-Za-z0-9+/=]*)"\)', page)]


def label_rows(page: str) -> list[list]:
    return next(p for p in payloads(page) if isinstance(p, list))


def test_maplabels_every_country_is_named_from_the_maps_lowest_zoom():
    countries = [lab for lab in maplabels.labels() if KINDS[lab.kind] == "country"]
    assert len(countries) > 230
    assert {lab.zoom for lab in countries} == {mapview.build_map([], {}).options["minZoom"]}
    for name in ("Belarus", "Poland", "Russia", "Ukraine", "Lithuania"):
        assert len(named(name, "country")) == 1, name


def test_maplabels_capitals_and_big_cities_come_before_small_towns():
    (minsk,), (warsaw,), (slutsk,), (homyel,) = (named("Minsk", "capital"), named("Warsaw", "capital"),
                                                named("Slutsk", "city"), named("Homyel'", "city"))
    assert minsk.zoom == warsaw.zoom == maplabels.CAPITAL_ZOOM
    assert maplabels.CAPITAL_ZOOM < homyel.zoom < slutsk.zoom  # 480,000 people before 60,000
    assert math.isclose(minsk.lat, 53.9, abs_tol=0.05) and math.isclose(minsk.lon, 27.57, abs_tol=0.05)
    order = maplabels.labels().index
    assert order(minsk) < order(homyel) < order(slutsk)


@pytest.mark.parametrize("population, capital, in_focus, zoom", [
    (5_000, True, False, 3), (2_000_000, False, False, 4), (2_000_000, False, True, 4), (500_000, False, True, 5),
    (500_000, False, False, None), (150_000, False, True, 6), (60_000, False, True, 7), (20_000, False, True, None)])
def test_maplabels_city_zoom_by_population(population, capital, in_focus, zoom):
    assert maplabels.city_zoom(population, capital, in_focus) == zoom


@pytest.mark.parametrize("average_km2, zoom", [(200_000, 5), (25_000, 5), (20_000, 6), (6_000, 7), (1_000, 8),
                                               (100, 9), (1, 10), (0, 10)])
def test_maplabels_region_zoom_by_average_area(average_km2, zoom):
    assert maplabels.region_zoom(average_km2) == zoom


def test_maplabels_regions_of_the_focus_countries_only_from_their_zoom():
    regions = [lab for lab in maplabels.labels() if KINDS[lab.kind] == "region"]
    assert min(lab.zoom for lab in regions) == 5 > maplabels.CAPITAL_ZOOM
    assert named("Gomel", "region") and named("Tatarstan", "region") and named("Masovian", "region")
    assert not named("São Paulo", "region")  # Brazil is outside the focus layer


def test_maplabels_data_are_valid_and_sorted_by_zoom():
    every = maplabels.labels()
    for lab in every:
        assert -90 <= lab.lat <= 90 and -180 <= lab.lon <= 180 and math.isfinite(lab.lat + lab.lon), lab
        assert isinstance(lab.zoom, int) and 2 <= lab.zoom <= 10 and 0 <= lab.kind < len(KINDS), lab
        assert lab.text.strip() == lab.text != "", lab
    assert [lab.zoom for lab in every] == sorted(lab.zoom for lab in every)
    rows = json.loads(gzip.decompress(base64.b64decode(maplabels.packed_labels())))
    assert rows == [[round(lab.lat, 2), round(lab.lon, 2), lab.zoom, lab.kind, lab.text] for lab in every]
    assert len(maplabels.packed_labels()) < 150_000  # what the labels add to every map page


def test_maplabels_travel_as_data_before_the_markers_are_made():
    page = mapview.build_map([], {}).get_root().render()
    rows = label_rows(page)
    assert ["Belarus", 0] in [[r[4], r[3]] for r in rows]
    assert page.index("map.createPane") < page.index("L.markerClusterGroup(")  # the markers' pane exists first
    assert f"pane: '{maplabels.FACILITY_PANE}'" in mapview._MARKER_CALLBACK
    assert label_rows(mapview.standalone_html([], {})) == rows  # the offline export draws them too


@pytest.fixture
def hostile_labels(monkeypatch):
    monkeypatch.setattr(maplabels, "labels", lambda: (Label(53.9, 27.57, 2, 2, HOSTILE, 1),))
    maplabels.packed_labels.cache_clear()
    yield
    maplabels.packed_labels.cache_clear()


def test_maplabels_hostile_text_reaches_the_page_only_as_data(hostile_labels):
    page = mapview.build_map([], {}).get_root().render()
    assert label_rows(page) == [[53.9, 27.57, 2, 2, HOSTILE]]
    assert "onerror" not in page and "{{7*7}}" not in page and "alert(2)" not in page
    script = page[page.index("createPane"):page.index("createPane") + 4000]
    assert "text.textContent = row[4]" in script and "html: text" in script  # an element, not markup
    assert "innerHTML" not in script
