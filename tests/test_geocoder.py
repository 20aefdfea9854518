"""The geopy geocoders: offline by default, online (Nominatim) by configuration with the gazetteer as fallback."""

import contextlib
import json
import logging
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
    """Answers /search like Nominatim, or as ``mode`` says: 'slow' answers late, 'hang' never, 'busy' answers 429
    (with ``retry_after`` if set), 'broken' 500, 'empty' finds nothing, 'huge' streams 50 MB at once, 'trickle'
    an endless answer slowly. ``body`` replaces the answer; ``calls`` are the queries asked, ``sent`` the bytes
    streamed."""

    calls: list[str] = []
    mode, body, retry_after, sent = "ok", None, None, 0
    release = threading.Event()  # ends a 'hang'

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        FakeNominatim.calls.append(query)
        if self.mode == "hang":
            self.release.wait(20)
            return
        if self.mode == "slow":
            time.sleep(1.0)
        if self.mode in ("busy", "broken"):
            self.send_response(429 if self.mode == "busy" else 500)
            if self.retry_after is not None:
                self.send_header("Retry-After", self.retry_after)
            self.end_headers()
            return
        if self.mode == "huge":
            return self.stream(50_000_000, chunk=65536, pause=0)
        if self.mode == "trickle":
            return self.stream(5_000_000, chunk=1024, pause=0.01)
        body = [] if self.mode == "empty" else [{"place_id": 1, "lat": "50.45", "lon": "30.52",
                                                  "display_name": f"{query}, Ukraine", "class": "place",
                                                  "type": "city"}]
        data = json.dumps(body).encode() if self.body is None else self.body
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # the client gave up (the timeout case)
            self.wfile.write(data)

    def stream(self, size: int, chunk: int, pause: float):
        """Send ``size`` bytes of blanks, ``chunk`` by ``chunk`` with a ``pause`` between, until the client hangs up."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        with contextlib.suppress(OSError):
            while FakeNominatim.sent < size:
                self.wfile.write(b" " * chunk)
                FakeNominatim.sent += chunk
                time.sleep(pause)

    def log_message(self, *args):
        pass


@pytest.fixture()
def fake_server():
    """A FakeNominatim answering 'ok'; yields a function making a geocoder for it from settings."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    FakeNominatim.calls, FakeNominatim.mode, FakeNominatim.body, FakeNominatim.retry_after = [], "ok", None, None
    FakeNominatim.sent = 0
    FakeNominatim.release.clear()

    def geocoder(gazetteer, **settings):
        quick = dict(timeout=0.3, min_delay_seconds=0, max_retries=1, error_wait_seconds=0) | settings
        return make_geocoder(OnlineSettings(domain=f"127.0.0.1:{server.server_port}", scheme="http", **quick),
                             gazetteer)

    yield geocoder
    FakeNominatim.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture()
def online(fake_server, gazetteer):
    return fake_server(gazetteer)


def fell_back(loc) -> bool:
    """Whether the answer is the gazetteer's Homiel."""
    return loc.raw["geonameid"] == 627907 and loc.raw["method"] == "alias"


def warnings_about(caplog, query: str) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "pipeline.geocoder" and r.levelno == logging.WARNING and repr(query) in r.getMessage()]


def test_geocoder_online_answers_from_nominatim_and_caches(online):
    assert isinstance(online, FallbackGeocoder)
    first = online.geocode("Kyiv")
    assert first.raw["display_name"] == "Kyiv, Ukraine"
    assert online.geocode("Kyiv") is first
    assert FakeNominatim.calls == ["Kyiv"]


@pytest.mark.parametrize("mode", ["slow", "busy", "broken", "empty"])
def test_geocoder_online_failure_falls_back_to_gazetteer(online, mode):
    FakeNominatim.mode = mode
    assert fell_back(online.geocode("Homiel"))
    assert len(FakeNominatim.calls) == (1 if mode == "empty" else 2)  # one retry before falling back


def test_geocoder_online_never_answering_costs_max_retries_plus_one_requests(fake_server, gazetteer, caplog):
    FakeNominatim.mode = "hang"
    started = time.monotonic()
    assert fell_back(fake_server(gazetteer, max_retries=2, total_timeout=10).geocode("Homiel"))
    assert len(FakeNominatim.calls) == 3 and time.monotonic() - started < 20
    assert len(warnings_about(caplog, "Homiel")) == 1 and "timed out" in warnings_about(caplog, "Homiel")[0]


def test_geocoder_online_total_timeout_ends_the_retries(fake_server, gazetteer, caplog):
    FakeNominatim.mode = "hang"
    started = time.monotonic()
    geocoder = fake_server(gazetteer, timeout=0.5, max_retries=100, total_timeout=1.5)
    assert fell_back(geocoder.geocode("Homiel"))
    assert len(FakeNominatim.calls) <= 10 and time.monotonic() - started < 20  # not 101 requests, 50 s
    assert "no time left for a retry within 1.5 s" in warnings_about(caplog, "Homiel")[0]


def test_geocoder_online_retry_after_beyond_the_max_wait_falls_back_at_once(fake_server, gazetteer, caplog):
    FakeNominatim.mode, FakeNominatim.retry_after = "busy", "100000"
    started = time.monotonic()
    assert fell_back(fake_server(gazetteer, max_retries=2, total_timeout=60).geocode("Homiel"))
    assert len(FakeNominatim.calls) == 1 and time.monotonic() - started < 20
    assert "asks to wait 100000 s" in warnings_about(caplog, "Homiel")[0]


def test_geocoder_online_retry_after_within_the_max_wait_is_honoured(fake_server, gazetteer):
    FakeNominatim.mode, FakeNominatim.retry_after = "busy", "1"
    assert fell_back(fake_server(gazetteer, max_retries=1, error_wait_seconds=100, total_timeout=10).geocode("Homiel"))
    assert len(FakeNominatim.calls) == 2  # it waited the 1 s asked, not the 100 s error wait


@pytest.mark.parametrize(("body", "reason"), [
    (b"{}", "not a list of places"),
    (b"null", "not a list of places"),
    (b'"Kyiv"', "not a list of places"),
    (b'{"error": "Unable to geocode"}', "not a list of places"),
    (b"[1, 2]", "not a list of places"),
    (b'[{"display_name": "Kyiv"}]', "not a list of places with coordinates"),
    (b'[{"lat": "50.45", "display_name": "Kyiv"}]', "not a list of places with coordinates"),
    (b'[{"lat": "north", "lon": "30.52", "display_name": "Kyiv"}]', "could not convert string to float"),
    pytest.param(b'[{"lat": "1000", "lon": "30.52", "display_name": "Kyiv"}]', "Latitude must be in the [-90; 90]",
                 marks=pytest.mark.filterwarnings("ignore:Latitude normalization")),
    (b'[{"lat": [50], "lon": "30.52", "display_name": "Kyiv"}]', "TypeError"),
    (b"<html><body>Service unavailable</body></html>", "the answer is not JSON"),
    (b'[{"lat": "50.4', "the answer is not JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "RecursionError"),
    (b"\xff\xfe\x00[]", "UnicodeDecodeError"),
])
def test_geocoder_online_unusable_answer_falls_back_with_one_warning(online, caplog, body, reason):
    FakeNominatim.body = body
    assert fell_back(online.geocode("Homiel"))
    assert online.geocode("Yelabuz", exactly_one=False) is None  # nor in the gazetteer: None, not a traceback
    assert len(FakeNominatim.calls) == 2  # not retried: the same server gives the same answer
    (warning,) = warnings_about(caplog, "Homiel")
    assert reason in warning and "offline gazetteer" in warning


def test_geocoder_online_huge_answer_is_cut_at_max_bytes(fake_server, gazetteer, caplog):
    FakeNominatim.mode = "huge"
    started = time.monotonic()
    assert fell_back(fake_server(gazetteer, timeout=10, max_retries=0, max_bytes=1_000_000).geocode("Homiel"))
    assert "larger than 1,000,000 bytes" in warnings_about(caplog, "Homiel")[0]
    assert FakeNominatim.sent < 25_000_000 and time.monotonic() - started < 20  # the 50 MB were not all read


def test_geocoder_online_endless_slow_answer_is_cut_at_the_timeout(fake_server, gazetteer, caplog):
    FakeNominatim.mode = "trickle"
    started = time.monotonic()
    assert fell_back(fake_server(gazetteer, timeout=0.5, max_retries=0, max_bytes=1_000_000).geocode("Homiel"))
    assert "took longer than the timeout" in warnings_about(caplog, "Homiel")[0]
    assert FakeNominatim.sent < 1_000_000 and time.monotonic() - started < 20


def test_geocoder_cli_asks_nominatim_when_configured():
    import subprocess
    import sys

    from tests.conftest import REPO

    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    FakeNominatim.mode = "ok"
    try:
        out = subprocess.run([sys.executable, "-m", "pipeline", "geocode", "Lviv", "--nominatim",
                              f"http://127.0.0.1:{server.server_port}"], cwd=REPO, capture_output=True, text=True,
                             timeout=120)
    finally:
        server.shutdown()
        server.server_close()
    assert out.returncode == 0 and json.loads(out.stdout)["display_name"] == "Lviv, Ukraine"


def test_geocoder_online_answer_of_exactly_max_bytes_is_read(fake_server, gazetteer):
    answer = json.dumps([{"place_id": 1, "lat": "50.45", "lon": "30.52", "display_name": "Kyiv, Ukraine"}])
    FakeNominatim.body = answer.ljust(4096).encode()
    assert fake_server(gazetteer, max_bytes=4096).geocode("Kyiv").raw["display_name"] == "Kyiv, Ukraine"


def test_geocoder_online_warning_quotes_the_start_of_an_unusable_answer(online, caplog):
    FakeNominatim.body = json.dumps({"error": "x" * 300}).encode()
    assert fell_back(online.geocode("Homiel"))
    (warning,) = warnings_about(caplog, "Homiel")
    assert f"not a list of places with coordinates: {{\"error\": \"{'x' * 89}" in warning
    assert "x" * 90 not in warning
