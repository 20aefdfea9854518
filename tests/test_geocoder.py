"""The geopy geocoders: offline by default, online (Nominatim) by configuration with the gazetteer as fallback."""

import contextlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from pipeline.errors import InputError
from pipeline.geocoder import FallbackGeocoder, GazetteerGeocoder, OnlineSettings, make_geocoder


@pytest.fixture(scope="module")
def offline(gazetteer):
    return GazetteerGeocoder(gazetteer)


def test_geocoder_is_a_geopy_geocoder_returning_locations(offline):
    assert isinstance(offline, Geocoder)
    loc = offline.geocode("Homiel")
    assert isinstance(loc, Location)
    assert loc.raw["geonameid"] == 627907 and loc.raw["level"] == "city" and loc.raw["method"] == "alias"
    assert loc.latitude == pytest.approx(52.43, abs=0.05) and loc.longitude == pytest.approx(30.98, abs=0.05)
    assert "BY" in loc.address


def test_geocoder_no_match_is_none_not_empty_list(offline):
    assert offline.geocode("Yelabuz") is None
    assert offline.geocode("Yelabuz", exactly_one=False) is None


def test_geocoder_region_context_by_name_or_code(offline):
    assert offline.geocode("Yelabuz", region="Tatarstan").raw["geonameid"] == 468082
    assert offline.geocode("Yelabuz", region="RU-TA").raw["method"] == "fuzzy"


def test_geocoder_country_context_and_all_candidates(offline):
    assert offline.geocode("Kazan", country_codes="TR").raw["country_code"] == "TR"
    every = offline.geocode("Kazan", exactly_one=False)
    assert isinstance(every, list) and len(every) > 1
    assert every[0].raw["country_code"] == "RU"
    assert {"geonameid", "level", "country_code", "region", "population", "method", "score"} <= set(every[0].raw)


def test_geocoder_rejects_non_text(offline):
    with pytest.raises(InputError):
        offline.geocode(["Minsk"])


class FakeNominatim(BaseHTTPRequestHandler):
    """Answers /search like Nominatim; ``mode`` 'slow' times out, 'busy' answers 429, 'empty' finds nothing."""

    calls: list[str] = []
    mode = "ok"

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        FakeNominatim.calls.append(query)
        if self.mode == "slow":
            time.sleep(1.0)
        if self.mode == "busy":
            self.send_response(429)
            self.end_headers()
            return
        body = [] if self.mode == "empty" else [{"place_id": 1, "lat": "50.45", "lon": "30.52",
                                                  "display_name": f"{query}, Ukraine", "class": "place",
                                                  "type": "city"}]
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # the client gave up (the timeout case)
            self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture()
def online(gazetteer):
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    FakeNominatim.calls, FakeNominatim.mode = [], "ok"
    settings = OnlineSettings(domain=f"127.0.0.1:{server.server_port}", scheme="http", timeout=0.3,
                              min_delay_seconds=0, max_retries=1, error_wait_seconds=0)
    yield make_geocoder(settings, gazetteer)
    server.shutdown()
    server.server_close()


def test_geocoder_online_answers_from_nominatim_and_caches(online):
    assert isinstance(online, FallbackGeocoder)
    first = online.geocode("Kyiv")
    assert first.raw["display_name"] == "Kyiv, Ukraine"
    assert online.geocode("Kyiv") is first
    assert FakeNominatim.calls == ["Kyiv"]


@pytest.mark.parametrize("mode", ["slow", "busy", "empty"])
def test_geocoder_online_failure_falls_back_to_gazetteer(online, mode):
    FakeNominatim.mode = mode
    loc = online.geocode("Homiel")
    assert loc.raw["geonameid"] == 627907 and loc.raw["method"] == "alias"
    if mode != "empty":
        assert len(FakeNominatim.calls) >= 2  # retried before falling back


def test_geocoder_cli_asks_nominatim_when_configured():
    import subprocess
    import sys

    from tests.conftest import REPO

    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    FakeNominatim.mode = "ok"
    try:
        out = subprocess.run([sys.executable, "-m", "pipeline", "geocode", "Lviv", "--nominatim",
                              f"http://127.0.0.1:{server.server_port}"], cwd=REPO, capture_output=True, text=True,
                             timeout=120)
    finally:
        server.shutdown()
        server.server_close()
    assert out.returncode == 0 and json.loads(out.stdout)["display_name"] == "Lviv, Ukraine"
