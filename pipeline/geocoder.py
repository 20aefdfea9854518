"""geopy geocoders: the offline gazetteer behind geopy's contract, and an online one that falls back to it."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from geopy.adapters import URLLibAdapter
from geopy.exc import (
    GeocoderParseError,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
    GeopyError,
)
from geopy.geocoders import Nominatim
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location

from .gazetteer import Gazetteer, check_query
from .records import Match

__all__ = ("GazetteerGeocoder", "FallbackGeocoder", "OnlineSettings", "make_geocoder", "match_raw")
log = logging.getLogger(__name__)


def match_raw(match: Match) -> dict:
    """The JSON-ready description of a match: the ``raw`` of its Location and the CLI's output."""
    p = match.place
    return {"geonameid": p.geonameid, "name": p.name, "level": p.level, "country_code": p.country_code,
            "region": {"code": p.region_code, "name": p.region_name}, "lat": p.lat, "lon": p.lon,
            "population": p.population, "method": match.method, "score": match.score}


def _location(match: Match) -> Location:
    p = match.place
    address = ", ".join(x for x in (p.name, p.region_name if p.level != "region" else "", p.country_code) if x)
    return Location(address, (p.lat, p.lon), match_raw(match))


class GazetteerGeocoder(Geocoder):
    """Offline geocoder over the local gazetteer, with geopy's ``geocode`` contract.

    Context narrows and ranks candidates: ``country_codes`` (ISO alpha-2) and ``region`` (ISO 3166-2 code or
    name). Fuzzy matching is tried only under such a constraint.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        super().__init__(user_agent="facility-tracker")
        self.gazetteer = gazetteer or Gazetteer.open()

    def geocode(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL,
                country_codes: str | Iterable[str] | None = None, region: str | None = None,
                levels: Iterable[str] = ()):
        """Return a Location (or a list with ``exactly_one=False``), or None when nothing matches."""
        query = check_query(query)
        countries = [country_codes] if isinstance(country_codes, str) else list(country_codes or ())
        region_code = None
        if region:
            found = self.gazetteer.region(region, countries=countries)
            if found is None:
                return None
            region_code = found.region_code
        matches = self.gazetteer.resolve(query, countries=countries, region=region_code, levels=levels)
        if not matches:
            return None
        return _location(matches[0]) if exactly_one else [_location(m) for m in matches]


@dataclass(frozen=True)
class OnlineSettings:
    """How to reach a Nominatim server, and how much a query may cost; the offline gazetteer answers otherwise.

    Each request waits at most ``timeout`` and reads at most ``max_bytes``; a query is retried at most
    ``max_retries`` times after a server error, waiting ``error_wait_seconds`` or what the server asks for
    (beyond ``max_wait_seconds`` it gives up at once), and ends within ``total_timeout`` whatever happens.
    """

    domain: str = "nominatim.openstreetmap.org"
    scheme: str = "https"
    user_agent: str = "facility-tracker (offline-first OSINT map)"
    timeout: float = 5.0
    total_timeout: float = 15.0
    min_delay_seconds: float = 1.0
    max_retries: int = 2
    error_wait_seconds: float = 5.0
    max_wait_seconds: float = 10.0
    max_bytes: int = 2_000_000
    cache_size: int = 10_000


class _CappedAdapter(URLLibAdapter):
    """geopy's urllib adapter, reading at most ``max_bytes`` of an answer within its timeout.

    It makes one request a call (geopy's default, requests, retries on its own): the only retries are the caller's.
    """

    def __init__(self, *, max_bytes: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.max_bytes, self._deadline = max_bytes, threading.local()

    def get_json(self, url, *, timeout, headers):
        text = self.get_text(url, timeout=timeout, headers=headers)
        try:
            return json.loads(text)
        except ValueError as err:
            raise GeocoderParseError(f"the answer is not JSON ({err})") from None

    def get_text(self, url, *, timeout, headers):
        self._deadline.at = time.monotonic() + timeout
        return super().get_text(url, timeout=timeout, headers=headers)

    def _decode_page(self, page):  # the body of every answer, error answers too
        body = bytearray()
        with page:
            while chunk := page.read1(65536):
                body += chunk
                if len(body) > self.max_bytes:
                    raise GeocoderParseError(f"the answer is larger than {self.max_bytes:,} bytes")
                if time.monotonic() > self._deadline.at:
                    raise GeocoderTimedOut("the answer took longer than the timeout")
        return body.decode(page.headers.get_content_charset() or "utf-8")


class _Nominatim(Nominatim):
    """Nominatim that takes only a list of places with coordinates (geopy raises on some other shapes, and puts a
    place without coordinates at 0, 0)."""

    def _parse_json(self, places, exactly_one):
        if not isinstance(places, list) or not all(isinstance(p, dict) and None not in (p.get("lat"), p.get("lon"))
                                                   for p in places):
            raise GeocoderParseError(f"not a list of places with coordinates: {json.dumps(places)[:100]}")
        return super()._parse_json(places, exactly_one)


def _transient(err: Exception) -> bool:
    """Whether another try may succeed: timeouts, unavailable or busy servers, other server errors."""
    return (isinstance(err, (GeocoderTimedOut, GeocoderUnavailable, GeocoderRateLimited))
            or type(err) is GeocoderServiceError)


class FallbackGeocoder(Geocoder):
    """Ask an online geocoder first (rate-limited, retried, cached); answer from the gazetteer when that fails."""

    def __init__(self, online: Geocoder, offline: GazetteerGeocoder, settings: OnlineSettings) -> None:
        super().__init__(user_agent=settings.user_agent)
        self.online, self.offline, self.settings = online, offline, settings
        self._next_request = 0.0
        self._cache: OrderedDict = OrderedDict()

    def geocode(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL, country_codes=None, **context):
        query = check_query(query)
        key = (query, exactly_one, str(country_codes))
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        try:
            result = self._ask(query, exactly_one=exactly_one, country_codes=country_codes)
        except Exception as err:  # geopy's errors, and whatever a malformed answer makes its parser raise
            reason = f"{type(err).__name__}: {(str(err).splitlines() or [''])[0][:200]}"
            log.warning("online geocoder gave no usable answer for %r (%s); using the offline gazetteer", query, reason)
            result = None
        if result is None:
            return self.offline.geocode(query, exactly_one=exactly_one, country_codes=country_codes, **context)
        self._cache[key] = result
        if len(self._cache) > self.settings.cache_size:
            self._cache.popitem(last=False)
        return result

    def _ask(self, query, **kwargs):
        """The online answer, retried after transient errors within the settings' budget of tries and time."""
        s = self.settings
        deadline = time.monotonic() + s.total_timeout
        for attempt in range(s.max_retries + 1):
            time.sleep(max(self._next_request - time.monotonic(), 0))  # the rate limit
            self._next_request = time.monotonic() + s.min_delay_seconds
            try:
                return self.online.geocode(query, timeout=min(s.timeout, deadline - time.monotonic()), **kwargs)
            except GeopyError as err:
                if attempt == s.max_retries or not _transient(err):
                    raise
                asked = getattr(err, "retry_after", None)
                if asked is not None and asked > s.max_wait_seconds:
                    raise GeocoderRateLimited(f"{err}; the server asks to wait {asked:g} s", retry_after=asked) from err
                wait = s.error_wait_seconds if asked is None else asked
                if time.monotonic() + wait >= deadline:
                    raise GeocoderTimedOut(f"{err}; no time left for a retry within {s.total_timeout:g} s") from err
                log.info("online geocoder failed for %r (%s); retrying in %g s", query, err, wait)
                time.sleep(wait)


def make_geocoder(online: OnlineSettings | None = None, gazetteer: Gazetteer | None = None) -> Geocoder:
    """The offline geocoder, or with ``online`` settings Nominatim backed by it."""
    offline = GazetteerGeocoder(gazetteer)
    if online is None:
        return offline
    nominatim = _Nominatim(domain=online.domain, scheme=online.scheme, user_agent=online.user_agent,
                           timeout=online.timeout, adapter_factory=partial(_CappedAdapter, max_bytes=online.max_bytes))
    return FallbackGeocoder(nominatim, offline, online)
