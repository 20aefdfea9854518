"""The map: offline assets only, escaped article text, popups with evidence, and the standalone export."""

import json
import re

import pytest

from pipeline import mapview, popups
from pipeline.records import Article, Capacity, Claim, Facility, Place

HOSTILE = "<script>alert(1)</script> `${alert(2)}` \\ <img src=x onerror=alert(3)>"


def facility(evidence=HOSTILE, url="javascript:alert(4)", status="operational", precision="city"):
    place = Place(627907, "Homyel'", "city", "BY", "BY-HO", "Gomel", 52.43, 30.98, 500000)
    claim = Claim("a1", place, precision, "Homiel", "drone factory", ["drones"], status,
                  Capacity(100, "drones", "year", "100 drones a year"), ["IR"], "2024-05", HOSTILE, evidence, 0,
                  len(evidence), 0.9)
    f = Facility("f1", f"Drone factory {HOSTILE}", place, precision, "drone factory", ["drones"], status, ["IR"],
                 "2024-05-01", "2024-05-01", [claim], 1, "LT", 397.2)
    article = Article("a1", HOSTILE, f"Wire {HOSTILE}", url, "2024-05-01", "en", evidence, "x.md")
    return f, {"a1": article}


@pytest.mark.parametrize("url, ok", [("https://example.org/a", True), ("http://x.io", True),
                                     ("javascript:alert(1)", False), ("data:text/html,hi", False),
                                     ("//evil.example/x", False), ("", False), (None, False)])
def test_mapview_only_http_links(url, ok):
    assert (popups.safe_url(url) is not None) == ok


def test_mapview_popup_record_carries_text_not_markup():
    f, articles = facility()
    sources, index = popups.source_table([f], articles)
    record = popups.popup_record(f, index)
    assert record["claims"][0]["e"] == HOSTILE  # raw: the browser sets it as textContent
    assert sources == [[f"Wire {HOSTILE}", None, "2024-05-01"]]  # javascript: URL dropped
    assert "100 drones a year" in record["rows"] and "LT, 397 km to its border" in record["rows"]
    assert record["rows"][0] == "Homyel', written Homiel (city)"  # the English name and the form the text used


def test_mapview_popup_builder_uses_text_content_only():
    f, articles = facility()
    page = mapview.build_map([f], articles).get_root().render()
    builder = page[page.index("window.trackerPopup"):page.index("window.trackerPopup") + 3000]
    assert "textContent" in builder and "innerHTML" not in builder
    assert "<script>alert(1)</script>" not in page  # JSON in the page escapes < and >


def test_mapview_sources_keep_http_links():
    f, articles = facility(url="https://example.org/story?a=1&b=2")
    sources, _ = popups.source_table([f], articles)
    assert sources[0][1] == "https://example.org/story?a=1&b=2"


def test_mapview_map_loads_nothing_from_the_network():
    f, articles = facility()
    m = mapview.build_map([f], articles, as_of="2024-06-01", selected=f)
    links = mapview.asset_links(m)
    assert links and all(link.startswith("/app/static/vendor/") for link in links)
    page = m.get_root().render()
    assert not re.search(r"<(?:script|link)[^>]+(?:src|href)=\"https?://", page)
    assert "NATO since " in page and '"LT": "2004-03-29"' in page and "1,000 km" in page  # tooltips, rings


def marker_rows(page: str) -> list[list]:
    return json.loads(re.search(r"var data = (\[.*?\]\]);", page).group(1))


@pytest.mark.parametrize("precision, hollow", [("country", 1), ("region", 1), ("city", 0), ("site", 0)])
def test_mapview_hollow_markers_only_where_the_site_is_not_reported(precision, hollow):
    f, articles = facility(precision=precision)
    row = marker_rows(mapview.build_map([f], articles).get_root().render())[0]
    assert row[:4] == [52.43, 30.98, popups.STATUS_COLOURS["operational"], hollow]


def test_mapview_standalone_html_inlines_every_asset(tmp_path):
    f, articles = facility()
    page = mapview.standalone_html([f], articles, as_of="2024-06-01")
    assert "/app/static/" not in page and not re.search(r"<script[^>]+src=", page)
    assert "L.markerClusterGroup" in page or "MarkerClusterGroup" in page
    assert "data:image/svg+xml;base64" in page  # the fullscreen icon travels inside the file


def test_mapview_popup_claim_shows_the_words_that_decided_its_status():
    f, articles = facility()
    f.claims[0].status_cue = "has opened"
    sources, index = popups.source_table([f], articles)
    assert popups.popup_record(f, index)["claims"][0]["s"] == "operational (“has opened”)"
