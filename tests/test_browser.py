"""The app in a real browser (Debian's chromium driven by Playwright): the offline map, markers, a popup's
evidence, no request leaving 127.0.0.1, no console error, and hostile text shown as text in every popup."""

import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from pipeline.records import Article, Claim, Place
from pipeline.runner import rebuild_facilities, run
from pipeline.store import Store, reading
from tests.browser import MARKER_NAMES, NO_CHROMIUM, Page, app_server
from tests.conftest import REPO, SAMPLE_ARTICLES

HOSTILE = Path(__file__).parent / "data" / "hostile.md"
SCREENSHOT = REPO / "test-artifacts" / "screenshot.png"  # docs/screenshot.png is a copy of one

pytestmark = [pytest.mark.browser, NO_CHROMIUM]

SENTINEL = Path("/tmp/facility-tracker-pwned")  # the file hostile.md's template payload would create

PWN_IMG = "<img src=x onerror=window.__pwned=1>"
PWN_SCRIPT = "</script><script>window.__pwned=2</script>"
TEMPLATE = "{{7*7}} {% raw %}"
# Stored strings a popup shows (a crafted article, a poisoned gazetteer entry), each with markup and templates.
PLANTED = {"place": f"Quarry Flats {PWN_SCRIPT} {TEMPLATE}", "surface": f"Kwarry Flatz {PWN_IMG}",
           "publisher": f"{PWN_IMG} Gazette {TEMPLATE}", "title": f"{PWN_SCRIPT} Quarry news {TEMPLATE}",
           "attribution": f"the mayor {PWN_IMG} {PWN_SCRIPT} {TEMPLATE}"}
PLANTED_LINK = "https://example.org/quarry"


def add_planted_facility(db: Path) -> None:
    """Two reports of a drone works at a place whose every shown string is hostile: one with a hostile publisher
    and a javascript: URL, one with no publisher (the popup then names its hostile title) and an http link."""
    place = Place(None, PLANTED["place"], "city", "ME", "", "", 42.7, 19.4, 900)
    text = f"The mayor says a drone works opened in Kwarry Flatz {PWN_IMG}."
    reports = [Article("planted-1", "Quarry report", PLANTED["publisher"], "javascript:window.__pwned=3",
                       "2024-07-01", "en", text, "planted-1.md"),
               Article("planted-2", PLANTED["title"], "", PLANTED_LINK, "2024-07-02", "en", text, "planted-2.md")]
    store = Store(db)
    for a in reports:
        store.add_article(a, [], [Claim(a.id, place, "city", PLANTED["surface"], "drone works", ["drones"],
                                        "operational", None, [], None, PLANTED["attribution"], text, 0, len(text),
                                        0.9)])
    rebuild_facilities(store)
    store.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The sample articles and the hostile one, analysed into a store, and the planted facility."""
    SENTINEL.unlink(missing_ok=True)
    folder = tmp_path_factory.mktemp("browser")
    corpus = folder / "corpus"
    shutil.copytree(SAMPLE_ARTICLES, corpus)
    shutil.copy(HOSTILE, corpus / HOSTILE.name)
    db = folder / "tracker.sqlite"
    assert run([corpus], db).errors == []
    add_planted_facility(db)
    return db


@pytest.fixture(scope="module")
def html_export(store, tmp_path_factory) -> Path:
    """The store's standalone HTML map, as `python -m pipeline export --format html` writes it."""
    out = tmp_path_factory.mktemp("export") / "map.html"
    subprocess.run([sys.executable, "-m", "pipeline", "export", "--db", str(store), "--format", "html",
                    "-o", str(out)], cwd=REPO, check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def server(store):
    with app_server(store) as url:
        yield url


def test_browser_map_shows_sample_facilities_offline(server, browser):
    page = Page(browser, server)
    frame = page.map_frame()
    names = frame.evaluate(MARKER_NAMES)
    joined = " | ".join(names)
    for place in ("Homyel'", "Yelabuga", "Dushanbe", "Belarus"):
        assert place in joined, joined
    assert "site not reported" in joined  # names say so; test_browser_every_popup_... checks they are hollow
    assert page.external_requests() == []
    assert page.errors == []


def test_browser_screenshot_for_the_readme(server, browser):
    page = Page(browser, f"{server}/?countries=BY,RU,TJ")  # the sample corpus, without the hostile test file
    page.map_frame()
    page.page.wait_for_timeout(1500)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 50_000


def open_map(browser, url: str, export: bool = False):
    """The app (or an exported map) with its popups unpacked: the page and the map's frame."""
    page = Page(browser, url)
    frame = page.export_frame() if export else page.map_frame()
    frame.wait_for_function("() => window.TRACKER_RECORDS !== null", timeout=10000)
    return page, frame


def open_popup(browser, url: str, export: bool = False, facility: str = "marker"):
    """Open the app (or an exported map), click a facility (the first, or the one with this id); return the
    page, the map frame and the popup."""
    page, frame = open_map(browser, url, export)
    frame.locator(f"path.facility-{facility}").first.click()
    popup = frame.locator(".facility-popup")
    popup.wait_for(timeout=10000)
    return page, frame, popup


def test_browser_popup_shows_the_evidence(server, browser):
    page, _, popup = open_popup(browser, f"{server}/?countries=TJ")
    text = popup.inner_text()
    assert "Ababil-2 drone factory in Dushanbe" in text and "Defence Industry Europe" in text
    assert "TR" in text and "operational" in text
    assert page.external_requests() == [] and page.errors == []


def assert_hostile_shown_as_text(page, frame, popup) -> None:
    """hostile.md's markup, script and template payloads appear verbatim and nothing of them ran."""
    text = popup.inner_text()
    assert "<script>window.__xss_body=1</script>" in text  # shown as text
    assert "${alert(1)}" in text and "`backticks`" in text
    assert "{{ lipsum.__globals__.os.popen(" in text and "{% for i in range(3) %}x{% endfor %}" in text
    assert "Evil Wire {{ 7*7 }} {# Wire" in text  # the publisher, not "Evil Wire 49"
    assert popup.locator("script, img").count() == 0 and popup.locator("a").count() == 0
    flags = frame.evaluate("() => Object.keys(window).filter(k => k.startsWith('__xss'))")
    main_flags = page.page.evaluate("() => Object.keys(window).filter(k => k.startsWith('__xss'))")
    assert flags == [] and main_flags == [] and page.dialogs == []
    assert page.external_requests() == []
    assert not SENTINEL.exists()  # no template was evaluated on the server


def test_browser_hostile_article_runs_no_script(server, browser):
    assert_hostile_shown_as_text(*open_popup(browser, f"{server}/?countries=RS"))


def facilities_in(store: Path) -> list:
    with reading(store) as db:
        return db.facilities()


def test_browser_hostile_article_in_the_html_export(store, html_export, browser):
    hostile = next(f.id for f in facilities_in(store) if f.place.country_code == "RS")
    assert_hostile_shown_as_text(*open_popup(browser, html_export.as_uri(), export=True, facility=hostile))


# Every marker in turn: shown (the cluster zooms or spiderfies to it), its popup opened and read, then closed.
EVERY_POPUP = """async () => {
    const group = Object.values(window).find(v => v && v instanceof L.MarkerClusterGroup);
    const pause = ms => new Promise(done => setTimeout(done, ms));
    const seen = [];
    for (const marker of group.getLayers()) {
        // A busy machine can end the wait before the cluster opens: try again until the popup is open.
        for (let tries = 0; tries < 10 && !marker.isPopupOpen(); tries++) {
            await Promise.race([new Promise(shown => group.zoomToShowLayer(marker, shown)), pause(5000)]);
            marker.openPopup();
            if (!marker.isPopupOpen()) await pause(500);
        }
        const popup = marker.getPopup().getElement().querySelector('.facility-popup');
        seen.push({text: popup.textContent, tags: [...popup.querySelectorAll('*')].map(n => n.localName),
                   links: [...popup.querySelectorAll('a')].map(a => a.getAttribute('href')),
                   hollow: marker.getElement().hasAttribute('stroke-dasharray')});
        marker.closePopup();
    }
    return seen;
}"""
POPUP_TAGS = {"h4", "table", "tr", "th", "td", "ol", "li", "b", "a", "span", "blockquote", "p"}  # trackerPopup's


@pytest.mark.parametrize("export", [False, True], ids=["app", "html-export"])
def test_browser_every_popup_shows_hostile_text_as_text(server, html_export, store, browser, export):
    page, frame = open_map(browser, html_export.as_uri() if export else server, export)
    popups = frame.evaluate(EVERY_POPUP)
    assert len(popups) == len(facilities_in(store))
    planted = [p for p in popups if PLANTED["place"] in p["text"]]
    assert len(planted) == 1
    for field, value in PLANTED.items():
        assert value in planted[0]["text"], field  # shown literally, as text
    assert planted[0]["links"] == [PLANTED_LINK]  # the javascript: URL is no link
    for popup in popups:
        assert set(popup["tags"]) <= POPUP_TAGS, popup["text"]  # nothing of the text became an element
        assert all(link.startswith(("http://", "https://")) for link in popup["links"])
        assert popup["hollow"] == ("site not reported" in popup["text"])  # dashed outline: region or country
    for where in (frame, page.page.main_frame):
        assert where.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.dialogs == [] and page.errors == [] and page.external_requests() == []


VIEW = "() => ({zoom: window.map.getZoom(), lat: window.map.getCenter().lat, lng: window.map.getCenter().lng})"
RINGS = "path[stroke-dasharray='6 4']"  # the selected facility's range rings


def selected_in_url(page) -> str | None:
    return parse_qs(urlparse(page.page.url).query).get("facility", [None])[0]


def settled_view(page, frame) -> dict:
    page.page.wait_for_timeout(500)  # a zoom or pan animation ends
    return frame.evaluate(VIEW)


def test_browser_a_marker_click_keeps_the_view_and_the_popup(server, store, browser):
    dushanbe = next(f.id for f in facilities_in(store) if f.place.name == "Dushanbe")
    page, frame = open_map(browser, server)
    marker = frame.locator(f"path.facility-{dushanbe}")
    marker.scroll_into_view_if_needed()
    box = marker.bounding_box()
    page.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    start = frame.evaluate(VIEW)
    page.page.mouse.wheel(0, -300)  # zoom in around the marker, as a user does
    frame.wait_for_function(f"() => window.map.getZoom() > {start['zoom']}")
    zoomed = settled_view(page, frame)
    marker.click()
    frame.locator(f".facility-popup[data-facility='{dushanbe}']").wait_for(timeout=5000)
    page.page.wait_for_timeout(3000)
    assert frame.evaluate(VIEW)["zoom"] == zoomed["zoom"]  # the map was not rebuilt at the start zoom
    assert frame.locator(f".facility-popup[data-facility='{dushanbe}']").is_visible()
    assert selected_in_url(page) == dushanbe  # selected, and the rings drawn without a rebuild
    assert frame.locator(RINGS).count() == 3
    assert page.errors == [] and page.external_requests() == []


def test_browser_cluster_clicks_pans_and_map_clicks_select_nothing(server, browser):
    page, frame = open_map(browser, server)
    cluster = frame.locator(".marker-cluster").filter(has_text="3")
    cluster.scroll_into_view_if_needed()
    start = frame.evaluate(VIEW)
    cluster.click()
    frame.wait_for_function(f"() => window.map.getZoom() > {start['zoom']}")
    drilled = settled_view(page, frame)
    page.page.wait_for_timeout(3000)
    assert frame.evaluate(VIEW) == drilled and cluster.count() == 0  # drilled in, and no jump back
    box = frame.frame_element().bounding_box()
    x, y = box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.7
    page.page.mouse.move(x, y)
    page.page.mouse.down()
    page.page.mouse.move(x - 120, y - 60, steps=6)  # a pan
    page.page.mouse.up()
    panned = settled_view(page, frame)
    assert panned != drilled
    target = frame.evaluate(f"() => document.elementFromPoint({x - box['x']}, {y - box['y']}).getAttribute('class')")
    assert "facility-marker" not in (target or "") and "marker-cluster" not in (target or "")
    page.page.mouse.click(x, y)  # on the map, beside the markers
    page.page.wait_for_timeout(3000)
    assert frame.evaluate(VIEW) == panned
    assert selected_in_url(page) is None and frame.locator(RINGS).count() == 0  # no facility got selected
    assert page.errors == []


def area(box: dict) -> float:
    return box["width"] * box["height"]


@pytest.mark.parametrize("size", [(390, 844), (1280, 720)], ids=["phone", "laptop"])
def test_browser_the_map_fills_the_page_and_the_legend_folds_away(server, browser, size):
    width, height = size
    page = Page(browser, server, size=size)
    frame = page.map_frame()
    map_box = frame.frame_element().bounding_box()  # before any click scrolls the page
    main = page.page.locator("[data-testid='stMain']").bounding_box()
    assert map_box["width"] >= 0.9 * main["width"]  # the page's width, beside the sidebar
    assert min(map_box["y"] + map_box["height"], height) - map_box["y"] >= 0.65 * height  # most of the first screen
    legend = frame.locator("details.map-legend")
    assert legend.evaluate("box => box.open") is False  # folded at first on a map of this size
    legend.locator("summary").click()
    assert legend.evaluate("box => box.open") is True and legend.get_by_text("under construction").is_visible()
    legend.locator("summary").click()
    assert legend.evaluate("box => box.open") is False
    page.page.wait_for_timeout(500)
    page.page.screenshot(path=str(SCREENSHOT.parent / f"map-{width}x{height}.png"))
    assert area(legend.bounding_box()) / area(map_box) < 0.02  # the folded legend covers little of the map
    assert area(frame.locator(".leaflet-control-layers").bounding_box()) / area(map_box) < 0.02  # nor the layers
    assert page.errors == []


SLIDE = """(iso) => {
    const input = document.querySelector('.timeline-slider');
    input.value = Date.parse(iso) / 864e5;
    input.dispatchEvent(new Event('input', {bubbles: true}));
    return document.querySelector('.timeline-date').textContent;
}"""
NATO_STATE = "(iso) => document.querySelector(`path[data-iso=${iso}]`).getAttribute('data-nato')"
SHOWN = "() => Object.values(window).find(v => v && v instanceof L.MarkerClusterGroup).getLayers().length"


def test_browser_the_time_slider_redraws_nato_and_the_facilities_in_place(server, store, browser):
    dated = [f.first_reported for f in facilities_in(store) if f.first_reported]  # undated: not in by default
    page, frame = open_map(browser, f"{server}/?from=2022-06-01")
    assert frame.evaluate(SHOWN) == len(dated)  # the slider starts at the end: what the server drew
    last = max(dated)
    assert frame.locator(".timeline-date").text_content() == last
    assert (frame.evaluate(NATO_STATE, "FI"), frame.evaluate(NATO_STATE, "SE")) == ("frontline", "member")
    start = settled_view(page, frame)
    frame.evaluate("() => { window.__sameMap = true; }")  # gone if a step reran the app and rebuilt the map
    assert frame.evaluate(SLIDE, "2023-03-31") == "2023-03-31"
    assert frame.evaluate(NATO_STATE, "FI") == "other" and frame.evaluate(NATO_STATE, "NO") == "frontline"
    assert frame.locator(".map-legend .nato-as-of").text_content() == "2023-03-31"
    assert frame.evaluate(SHOWN) == sum(d <= "2023-03-31" for d in dated)
    frame.evaluate(SLIDE, "2023-05-01")
    assert frame.evaluate(NATO_STATE, "FI") == "frontline" and frame.evaluate(NATO_STATE, "SE") == "other"
    frame.evaluate(SLIDE, "2024-03-07")
    assert frame.evaluate(NATO_STATE, "SE") == "member"
    frame.evaluate(SLIDE, "2024-01-01")
    hidden = len(dated) - frame.evaluate(SHOWN)
    assert hidden == sum(d > "2024-01-01" for d in dated) > 0  # facilities first reported later are hidden
    frame.evaluate(SLIDE, last)
    assert frame.evaluate(SHOWN) == len(dated)
    page.page.wait_for_timeout(1500)
    assert settled_view(page, frame) == start and frame.evaluate("() => window.__sameMap") is True
    assert page.errors == [] and page.external_requests() == []


THE_MAP = "Object.values(window).find(v => v instanceof L.Map)"  # window.map in the app, map_<id> in the export
LABELS = """() => [...document.querySelectorAll('.map-label')].map(el => ({
    kind: [...el.classList].find(c => c.startsWith('map-label-')).slice(10), text: el.textContent,
    tags: [...el.querySelectorAll('*')].map(n => n.localName), clicks: getComputedStyle(el).pointerEvents}))"""


def labels_at(frame, lat: float, lon: float, zoom: int) -> dict[str, set[str]]:
    """The place names shown once the map is at this view: kind -> texts."""
    frame.evaluate(f"() => {THE_MAP}.setView([{lat}, {lon}], {zoom}, {{animate: false}})")
    frame.wait_for_function(f"() => {THE_MAP}.getZoom() === {zoom} && document.querySelector('.map-label')")
    frame.page.wait_for_timeout(300)
    shown: dict[str, set[str]] = {}
    for label in frame.evaluate(LABELS):
        assert label["tags"] == ["span"] and label["clicks"] == "none", label  # text only, never in a click's way
        shown.setdefault(label["kind"], set()).add(label["text"])
    return shown


@pytest.mark.parametrize("export", [False, True], ids=["app", "html-export"])
def test_browser_place_names_by_zoom_above_the_shading_below_the_markers(server, html_export, browser, export):
    page, frame = open_map(browser, html_export.as_uri() if export else server, export)
    frame.wait_for_function("() => document.querySelector('.map-label-country')", timeout=10000)
    start = labels_at(frame, 53.9, 27.57, frame.evaluate(f"() => {THE_MAP}.getZoom()"))
    assert "Belarus" in start["country"]
    far = labels_at(frame, 52.0, 32.0, 4)
    assert {"Belarus", "Poland", "Ukraine"} <= far["country"] and "Minsk" in far["city"]  # a capital
    assert "region" not in far and not far["city"] & {"Barysaw", "Slutsk", "Lida"}
    near = labels_at(frame, 53.9, 27.57, 7)
    assert {"Minsk", "Barysaw", "Slutsk"} <= near["city"]  # more towns closer in
    assert near["region"] & {"Minsk", "Vitebsk", "Gomel", "Grodno", "Mogilev"}  # and the regions
    assert "Belarus" in near["country"]
    panes = frame.evaluate("""() => ['overlay', 'trackerLabels', 'trackerFacilities', 'marker'].map(
        p => +getComputedStyle(document.querySelector('.leaflet-' + p + '-pane')).zIndex)""")
    assert panes == sorted(panes) and len(set(panes)) == 4  # polygons < labels < facility dots < clusters
    assert frame.locator(".leaflet-trackerFacilities-pane path.facility-marker").count() > 0
    assert page.errors == [] and page.external_requests() == []
