"""geopy geocoders: the offline gazetteer behind geopy's contract, and an online one that falls back to it."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
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
    """How to reach a Nominatim server; the offline gazetteer answers whenever it fails."""

    domain: str = "nominatim.openstreetmap.org"
    scheme: str = "https"
    user_agent: str = "facility-tracker (offline-first OSINT map)"
    timeout: float = 5.0
    min_delay_seconds: float = 1.0
    max_retries: int = 2
    error_wait_seconds: float = 5.0
    cache_size: int = 10_000


class FallbackGeocoder(Geocoder):
    """Ask an online geocoder first (rate-limited, retried, cached); answer from the gazetteer on any error."""

    def __init__(self, online: Geocoder, offline: GazetteerGeocoder, settings: OnlineSettings) -> None:
        super().__init__(user_agent=settings.user_agent)
        self.online, self.offline = online, offline
        self._limited = RateLimiter(online.geocode, min_delay_seconds=settings.min_delay_seconds,
                                    max_retries=settings.max_retries,
                                    error_wait_seconds=settings.error_wait_seconds, swallow_exceptions=False)
        self._cache: OrderedDict = OrderedDict()
        self._cache_size = settings.cache_size

    def geocode(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL, country_codes=None, **context):
        query = check_query(query)
        key = (query, exactly_one, str(country_codes))
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        try:
            result = self._limited(query, exactly_one=exactly_one, country_codes=country_codes)
        except GeopyError as err:
            log.warning("online geocoder failed for %r (%s); using the offline gazetteer", query, err)
            return self.offline.geocode(query, exactly_one=exactly_one, country_codes=country_codes, **context)
        if result is None:
            return self.offline.geocode(query, exactly_one=exactly_one, country_codes=country_codes, **context)
        self._cache[key] = result
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return result


def make_geocoder(online: OnlineSettings | None = None, gazetteer: Gazetteer | None = None) -> Geocoder:
    """The offline geocoder, or with ``online`` settings Nominatim backed by it."""
    offline = GazetteerGeocoder(gazetteer)
    if online is None:
        return offline
    nominatim = Nominatim(domain=online.domain, scheme=online.scheme, user_agent=online.user_agent,
                          timeout=online.timeout)
    return FallbackGeocoder(nominatim, offline, online)
