"""The online geocoder's budget on a scripted server and a fake clock: caching, the rate limit, retries, waits the
server asks for, the total time, the fallback to the gazetteer with the caller's context, and how much of an
answer is read."""

import io
import logging
from email.message import Message

import pytest
from geopy.exc import (
    GeocoderParseError,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
)
from geopy.geocoders.base import Geocoder

from pipeline import geocoder as geocoding
from pipeline.geocoder import FallbackGeocoder, GazetteerGeocoder, OnlineSettings, make_geocoder


class Clock:
    """time.monotonic and time.sleep for the geocoder: sleeping moves the clock, nothing waits."""

    def __init__(self) -> None:
        self.now, self.slept = 1000.0, []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


class Scripted(Geocoder):
    """An online geocoder answering from a script: each call takes the next answer, raising it if an error."""

    def __init__(self, *answers) -> None:
        super().__init__()
        self.answers, self.calls = list(answers), []

    def geocode(self, query, **kwargs):
        self.calls.append((query, kwargs))
        answer = self.answers.pop(0) if self.answers else f"online:{query}"
        if isinstance(answer, Exception):
            raise answer
        return answer


class Offline(GazetteerGeocoder):
    def __init__(self) -> None:
        self.calls = []

    def geocode(self, query, **kwargs):
        self.calls.append((query, kwargs))
        return f"offline:{query}"


@pytest.fixture()
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(geocoding, "time", fake)
    return fake


def fallback(*answers, **settings) -> FallbackGeocoder:
    quick = dict(timeout=5, total_timeout=15, min_delay_seconds=0, max_retries=2, error_wait_seconds=5,
                 max_wait_seconds=10, cache_size=10) | settings
    return FallbackGeocoder(Scripted(*answers), Offline(), OnlineSettings(**quick))


def test_geocoder_online_asks_with_the_callers_context_and_the_time_left(clock):
    g = fallback()
    assert g.geocode("Kyiv", exactly_one=False, country_codes=["UA"]) == "online:Kyiv"
    assert g.online.calls == [("Kyiv", {"timeout": 5, "exactly_one": False, "country_codes": ["UA"]})]


def test_geocoder_online_answers_are_cached_per_query_and_context_most_recent_kept(clock):
    g = fallback(cache_size=2)
    for query, one in [("A", True), ("B", True), ("A", True), ("A", False), ("C", True), ("A", True), ("B", True)]:
        g.geocode(query, exactly_one=one)
    assert [(q, kw["exactly_one"]) for q, kw in g.online.calls] == [
        ("A", True), ("B", True), ("A", False), ("C", True), ("A", True), ("B", True)]
    g.geocode("X", country_codes=["RU"])
    g.geocode("X", country_codes=["BY"])
    assert [kw["country_codes"] for q, kw in g.online.calls[-2:]] == [["RU"], ["BY"]]


def test_geocoder_online_requests_keep_the_minimum_delay(clock):
    g = fallback(min_delay_seconds=1.5)
    g.geocode("A")
    clock.now += 0.5
    g.geocode("B")
    assert clock.slept == [0, 1.0]


def test_geocoder_online_server_errors_are_retried_after_the_error_wait(clock, caplog):
    g = fallback(GeocoderServiceError("boom"), GeocoderUnavailable("down"), "online:ok")
    with caplog.at_level(logging.INFO, logger="pipeline.geocoder"):
        assert g.geocode("Kyiv") == "online:ok"
    assert len(g.online.calls) == 3 and clock.slept == [0, 5, 0, 5, 0]
    assert [kw["timeout"] for _, kw in g.online.calls] == [5, 5, 5]
    assert [r.getMessage() for r in caplog.records] == [
        "online geocoder failed for 'Kyiv' (boom); retrying in 5 s",
        "online geocoder failed for 'Kyiv' (down); retrying in 5 s"]


def test_geocoder_online_tries_max_retries_plus_one_times_then_falls_back(clock):
    g = fallback(*[GeocoderServiceError("boom")] * 6, max_retries=2)
    assert g.geocode("Kyiv", country_codes=["UA"], region="UA-30") == "offline:Kyiv"
    assert len(g.online.calls) == 3
    assert g.offline.calls == [("Kyiv", {"exactly_one": True, "country_codes": ["UA"], "region": "UA-30"})]
    assert g.geocode("Kyiv", country_codes=["UA"], region="UA-30") == "offline:Kyiv"
    assert len(g.online.calls) == 6  # a fallback answer is not cached: the server may be back


@pytest.mark.parametrize("asked, waits", [(10, True), (10.5, False)])
def test_geocoder_online_waits_what_the_server_asks_up_to_the_max_wait(clock, caplog, asked, waits):
    g = fallback(GeocoderRateLimited("busy", retry_after=asked), total_timeout=60)
    assert g.geocode("Kyiv") == ("online:Kyiv" if waits else "offline:Kyiv")
    assert clock.slept == ([0, asked, 0] if waits else [0])
    if not waits:
        assert f"the server asks to wait {asked:g} s" in caplog.records[-1].getMessage()


@pytest.mark.parametrize("total, retried", [(10, True), (5, False)])
def test_geocoder_online_gives_up_when_the_wait_would_reach_the_total_timeout(clock, caplog, total, retried):
    g = fallback(GeocoderServiceError("boom"), total_timeout=total, error_wait_seconds=5)
    assert g.geocode("Kyiv") == ("online:Kyiv" if retried else "offline:Kyiv")
    if retried:
        assert [kw["timeout"] for _, kw in g.online.calls] == [5, 5]
    else:
        assert f"no time left for a retry within {total} s" in caplog.records[-1].getMessage()


def test_geocoder_online_request_timeout_shrinks_to_the_time_left(clock):
    g = fallback(GeocoderServiceError("boom"), total_timeout=8, error_wait_seconds=1, timeout=10)
    g.geocode("Kyiv")
    assert [kw["timeout"] for _, kw in g.online.calls] == [8, 7]


def test_geocoder_online_warning_gives_the_first_line_of_the_error_cut_short(clock, caplog):
    g = fallback(GeocoderServiceError("x" * 300 + "\nsecond line"), GeocoderServiceError(""), max_retries=0)
    g.geocode("A")
    g.geocode("B")
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING] == [
        f"online geocoder gave no usable answer for 'A' (GeocoderServiceError: {'x' * 200}); using the offline "
        "gazetteer", "online geocoder gave no usable answer for 'B' (GeocoderServiceError: ); using the offline "
        "gazetteer"]


def test_geocoder_made_from_settings_asks_nominatim_as_configured(gazetteer):
    settings = OnlineSettings(domain="geo.example.org", scheme="http", user_agent="desk-7", timeout=2.5,
                              max_bytes=1234)
    g = make_geocoder(settings, gazetteer)
    assert isinstance(g, FallbackGeocoder) and g.offline.gazetteer is gazetteer and g.settings is settings
    assert (g.online.domain, g.online.scheme, g.online.timeout) == ("geo.example.org", "http", 2.5)
    assert g.online.headers["User-Agent"] == "desk-7" and g.headers["User-Agent"] == "desk-7"
    assert g.online.adapter.max_bytes == 1234
    assert isinstance(make_geocoder(None, gazetteer), GazetteerGeocoder)


class Page(io.BytesIO):
    """An HTTP answer as urllib gives it: a body to read and headers."""

    def __init__(self, body: bytes, content_type: str = "application/json") -> None:
        super().__init__(body)
        self.headers = Message()
        self.headers["Content-Type"] = content_type


def read(page: Page, max_bytes: int = 8, deadline: float = 1001.0) -> str:
    adapter = geocoding._CappedAdapter(max_bytes=max_bytes, proxies=None, ssl_context=None)
    adapter._deadline.at = deadline
    return adapter._decode_page(page)


def test_geocoder_answer_is_read_in_its_charset_up_to_max_bytes(clock):
    assert read(Page("[\"é\"]".encode("latin-1"), "application/json; charset=latin-1")) == '["é"]'
    assert read(Page('["é"]'.encode())) == '["é"]'  # UTF-8 when the answer does not say
    assert read(Page(b"12345678")) == "12345678"
    with pytest.raises(GeocoderParseError, match="^the answer is larger than 1,000 bytes$"):
        read(Page(b" " * 1001), max_bytes=1000)


def test_geocoder_answer_still_arriving_after_the_timeout_is_cut(clock):
    with pytest.raises(GeocoderTimedOut, match="^the answer took longer than the timeout$"):
        read(Page(b"[]"), deadline=999.0)
