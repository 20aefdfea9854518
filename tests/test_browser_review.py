"""The review page in a real browser (Debian's chromium driven by Playwright), over a store of the sample articles:
an analyst walks the queue (confirms a claim, corrects a place with coordinates, rejects a claim, merges two
facilities, marks one confirmed), then the map's markers, the facility table and the CSV download show it all."""

import shutil
import time
from pathlib import Path

import pytest

from pipeline.runner import run
from tests.browser import MARKER_NAMES, NO_CHROMIUM, Page, app_server
from tests.conftest import SAMPLE_ARTICLES, exported_rows

pytestmark = [pytest.mark.browser, NO_CHROMIUM]


@pytest.fixture(scope="module")
def server(tmp_path_factory, sample_store):
    db = tmp_path_factory.mktemp("review") / "tracker.sqlite"
    shutil.copy(sample_store, db)
    with app_server(db) as url:
        yield url


def to_page(page, name: str) -> None:
    """Follow the sidebar's link to the page ``name``."""
    page.get_by_test_id("stSidebarUserContent").get_by_role("link", name=name).click()


def settled(page) -> None:
    """Wait for the app's run (started by the last input) to end."""
    page.wait_for_timeout(300)
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(timeout=60000)


def choose(page, label: str, text: str) -> None:
    """Pick, in the select box ``label``, the option whose label holds ``text`` (typed to filter them)."""
    box = page.get_by_role("combobox", name=label)
    box.click()
    box.fill("")
    box.fill(text)
    page.get_by_role("option").filter(has_text=text).first.click()
    settled(page)


def press(page, tab: str, button: str, done: str) -> None:
    """Open the decision tab ``tab``, press ``button`` and wait for the message ``done``."""
    page.get_by_role("tab", name=tab).click()
    page.get_by_role("button", name=button).click()
    page.get_by_text(done).wait_for(timeout=30000)
    settled(page)


def table(page, index: int = 0) -> list[dict[str, str]]:
    """A data frame's rows as its accessible table gives them (header -> cell text): the rows in view."""
    grid = page.locator("[data-testid='stDataFrame']").nth(index).locator("table")
    header = grid.locator("thead th").all_inner_texts()
    rows = [r.locator("td, th").all_inner_texts() for r in grid.locator("tbody tr").all()]
    if any(len(r) > len(header) for r in rows):  # read while it was redrawn
        return []
    return [dict(zip(header[-len(r):], r, strict=True)) for r in rows]


def eventually(read, good, seconds: float = 15):
    """What ``read`` returns once ``good`` holds for it (the page may still be drawing the last run's output)."""
    deadline = time.time() + seconds
    while not good(value := read()) and time.time() < deadline:
        time.sleep(0.25)
    return value


def downloaded(page, fmt: str) -> str:
    """What the map page's download button for ``fmt`` serves (a click reruns the app: wait for the last one)."""
    settled(page)
    with page.expect_download() as download:
        page.get_by_role("button", name=f"Download {fmt}").click()
    return Path(download.value.path()).read_text(encoding="utf-8")


MARKERS = """() => Object.values(window).find(v => v && v instanceof L.MarkerClusterGroup).getLayers().map(m => ({
    name: m.getTooltip().getContent()(m).textContent, lat: m.getLatLng().lat, lon: m.getLatLng().lng,
    ringed: m.options.className.includes('facility-confirmed') && m.options.weight === 3}))"""


def test_browser_review_walk_shows_on_the_map_the_table_and_the_export(server, browser):
    page = Page(browser, server)
    p = page.page
    assert len(page.map_frame().evaluate(MARKER_NAMES)) == 6
    to_page(p, "Review")
    p.get_by_role("heading", name="Analyst review").wait_for()
    settled(p)
    assert p.get_by_text("15 claims to review").count() == 1

    choose(p, "Claim to review", "Yelabuga")  # one of its two claims
    confirmed = p.locator(".claim-passage mark").inner_text()
    press(p, "Claim", "Confirm claim", "Confirmed the claim.")

    choose(p, "Claim to review", "Homyel")
    p.get_by_role("tab", name="Place").click()
    p.get_by_text("coordinates", exact=True).click()
    settled(p)
    p.get_by_label("Latitude").fill("52.45")
    p.get_by_label("Longitude").fill("31.0")
    p.get_by_label("Longitude").press("Enter")
    settled(p)
    choose(p, "Precision", "site")
    press(p, "Place", "Set place", "Set the claim's place.")

    choose(p, "Claim to review", "Tatarstan")
    press(p, "Claim", "Reject claim", "Rejected the claim")

    choose(p, "Claim to review", "Factory (Belarus")
    p.get_by_role("tab", name="Facility").click()
    choose(p, "Merge with (nearest first)", "Drone production facility (Belarus")
    press(p, "Facility", "Merge facilities", "Merged the facilities.")

    choose(p, "Claim to review", "Dushanbe")
    press(p, "Facility", "Mark facility", "Marked the facility confirmed.")
    assert p.get_by_text("11 claims to review").count() == 1  # the four decided claims left the queue

    to_page(p, "Map")
    markers = {m["name"]: m for m in page.map_frame().evaluate(MARKERS)}
    assert len(markers) == 4  # Tatarstan rejected, the two Belarus facilities merged
    moved = markers["Factory (52.4500, 31.0000)"]
    assert (moved["lat"], moved["lon"]) == (52.45, 31.0)
    assert [name for name, m in markers.items() if m["ringed"]] == ["Drone factory (Dushanbe)"]
    places = {r["place"] for r in eventually(lambda: table(p), lambda rows: len(rows) == 4)}
    assert places == {"52.4500, 31.0000", "Yelabuga", "Dushanbe", "Belarus"}

    choose(p, "Facility detail (or click a facility on the map)", "Yelabuga")
    claims = eventually(lambda: table(p, 1), lambda rows: len(rows) == 2)  # the detail's claims
    assert sorted(r["review"] for r in claims) == ["confirmed", "unreviewed"]

    rows = {r["name"]: r for r in exported_rows("csv", downloaded(p, "CSV"))}
    assert set(rows) == set(markers)
    assert (rows["Factory (52.4500, 31.0000)"]["lat"], rows["Factory (52.4500, 31.0000)"]["lon"]) == (52.45, 31.0)
    assert rows["Drone factory (Dushanbe)"]["review_state"] == "confirmed"
    assert [r["sources"] for r in rows.values() if r["country_code"] == "BY" and r["precision"] == "country"] == ["2"]
    yelabuga = next(r for r in exported_rows("geojson", downloaded(p, "GEOJSON")) if "Yelabuga" in r["name"])
    said = " ".join(confirmed.split())
    assert [c["review_state"] for c in yelabuga["claims"] if " ".join(c["evidence"].split()) == said] == ["confirmed"]
    assert page.errors == [] and page.external_requests() == []


def test_browser_review_page_shows_hostile_text_as_text(tmp_path_factory, browser):
    """An article whose words are markup and templates: its sentence and paragraph are shown literally."""
    folder = tmp_path_factory.mktemp("hostile-review")
    corpus = folder / "corpus"
    shutil.copytree(SAMPLE_ARTICLES, corpus)
    shutil.copy(Path(__file__).parent / "data" / "hostile.md", corpus / "hostile.md")
    db = folder / "tracker.sqlite"
    run([corpus], db)
    with app_server(db) as url:
        page = Page(browser, url)
        to_page(page.page, "Review")
        page.page.get_by_role("heading", name="Analyst review").wait_for()
        settled(page.page)
        choose(page.page, "Claim to review", "Kragujevac")
        passage = page.page.locator(".claim-passage")
        text = passage.inner_text()
        assert "<script>window.__xss_body=1</script>" in text and "{{ lipsum.__globals__" in text  # as text
        assert passage.locator("script, img, a").count() == 0
        assert page.page.get_by_text("Evil Wire {{ 7*7 }} {# Wire").count()  # the publisher, not "Evil Wire 49"
        assert page.page.get_by_text("Evil Wire 49").count() == 0
        assert page.page.evaluate("() => Object.keys(window).filter(k => k.startsWith('__xss'))") == []
        assert page.dialogs == [] and page.external_requests() == []
