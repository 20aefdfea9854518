"""The app in a real browser (Debian's chromium driven by Playwright): the offline map, markers, a popup's
evidence, no request leaving 127.0.0.1, no console error, and hostile article text shown as text."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipeline.runner import run
from tests.conftest import REPO, SAMPLE_ARTICLES

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]
HOSTILE = Path(__file__).parent / "data" / "hostile.md"
SCREENSHOT = REPO / "test-artifacts" / "screenshot.png"  # docs/screenshot.png is a copy of one

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists() and not os.environ.get("CI"),
                                 reason="Debian chromium is not installed (.ci/run installs it)")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SENTINEL = Path("/tmp/facility-tracker-pwned")  # the file hostile.md's template payload would create


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The sample articles and the hostile one, analysed into a store."""
    SENTINEL.unlink(missing_ok=True)
    folder = tmp_path_factory.mktemp("browser")
    corpus = folder / "corpus"
    shutil.copytree(SAMPLE_ARTICLES, corpus)
    shutil.copy(HOSTILE, corpus / HOSTILE.name)
    db = folder / "tracker.sqlite"
    assert run([corpus], db).errors == []
    return db


@pytest.fixture(scope="module")
def server(store):
    db = store
    port = free_port()
    env = {**os.environ, "TRACKER_DB": str(db)}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                             "--server.address", "127.0.0.1", "--server.headless", "true"],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).status == 200:
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("streamlit did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page with everything it requested, every console error and every dialog recorded."""

    def __init__(self, browser, url: str):
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(url)

    def map_frame(self):
        deadline = time.time() + 60
        while time.time() < deadline:
            for frame in self.page.frames:
                if "st_folium" in frame.url and frame.locator(".leaflet-container").count():
                    frame.wait_for_function("() => document.querySelectorAll('.leaflet-overlay-pane path').length"
                                            " > 10", timeout=30000)
                    return frame
            self.page.wait_for_timeout(250)
        raise AssertionError("the map never appeared")

    def export_frame(self):
        """The standalone HTML export's map: the page itself."""
        self.page.wait_for_function("() => document.querySelectorAll('.leaflet-overlay-pane path').length > 10",
                                    timeout=30000)
        return self.page.main_frame

    def external_requests(self) -> list[str]:
        local = ("http://127.0.0.1", "data:", "blob:", "about:", "file:")
        return [u for u in self.requests if not u.startswith(local)]


MARKER_NAMES = """() => {
    const groups = Object.values(window).filter(v => v && v instanceof L.MarkerClusterGroup);
    return groups.flatMap(g => g.getLayers().map(l => l.getTooltip().getContent()(l).textContent));
}"""


def test_browser_map_shows_sample_facilities_offline(server, browser):
    page = Page(browser, server)
    frame = page.map_frame()
    names = frame.evaluate(MARKER_NAMES)
    joined = " | ".join(names)
    for place in ("Homyel'", "Yelabuga", "Dushanbe", "Belarus"):
        assert place in joined, joined
    assert "site not reported" in joined  # country-level facilities are drawn as such
    assert page.external_requests() == []
    assert page.errors == []


def test_browser_screenshot_for_the_readme(server, browser):
    page = Page(browser, f"{server}/?countries=BY,RU,TJ")  # the sample corpus, without the hostile test file
    page.map_frame()
    page.page.wait_for_timeout(1500)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 50_000


def open_popup(browser, url: str, export: bool = False, facility: str = "marker"):
    """Open the app (or an exported map), click a facility (the first, or the one with this id); return the
    page, the map frame and the popup."""
    page = Page(browser, url)
    frame = page.export_frame() if export else page.map_frame()
    frame.wait_for_function("() => window.TRACKER_RECORDS !== null", timeout=10000)  # popups unpacked
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


def test_browser_hostile_article_in_the_html_export(store, browser, tmp_path):
    from pipeline.store import Store

    out = tmp_path / "map.html"
    subprocess.run([sys.executable, "-m", "pipeline", "export", "--db", str(store), "--format", "html",
                    "-o", str(out)], cwd=REPO, check=True, capture_output=True)
    db = Store(store, readonly=True)
    hostile = next(f.id for f in db.facilities() if f.place.country_code == "RS")
    db.close()
    assert_hostile_shown_as_text(*open_popup(browser, out.as_uri(), export=True, facility=hostile))
