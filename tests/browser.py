"""What the browser tests share: Debian's chromium, the app served on a free port of 127.0.0.1 over a store, and a
page that records every request, console error and dialog."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.conftest import REPO

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]
NO_CHROMIUM = pytest.mark.skipif(not Path(CHROMIUM).exists() and not os.environ.get("CI"),
                                 reason="Debian chromium is not installed (.ci/run installs it)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def app_server(db: Path) -> Iterator[str]:
    """The app (``streamlit run app.py``) over the store ``db``; yields its URL, stops it after."""
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
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@contextmanager
def chromium():
    """Debian's chromium, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Page:
    """A page with everything it requested, every console error and every dialog recorded."""

    def __init__(self, browser, url: str, size: tuple[int, int] = (1400, 1000)):
        self.page = browser.new_page(viewport={"width": size[0], "height": size[1]})
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(url)

    def map_frame(self):
        """The facility map's frame (another page's map, e.g. the review page's, may still be going away)."""
        deadline = time.time() + 60
        while time.time() < deadline:
            for frame in self.page.frames:
                try:
                    if "st_folium" in frame.url and frame.locator(".leaflet-container .facility-marker, "
                                                                  ".leaflet-container .marker-cluster").count():
                        frame.wait_for_function("() => document.querySelectorAll('.leaflet-overlay-pane path')"
                                                ".length > 10", timeout=30000)
                        return frame
                except PlaywrightError:  # detached meanwhile
                    continue
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
