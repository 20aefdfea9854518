"""Plain data types passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("site", "city", "region", "country")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry.

    :ivar geonameid: GeoNames id (None for an analyst-defined site GeoNames lacks).
    :ivar level: one of ``LEVELS``.
    :ivar region_code: ISO 3166-2 code of the first-level region the place lies in (or is).
    :ivar lat, lon: WGS84 degrees; for regions and countries a representative point inside them.
    """

    geonameid: int | None
    name: str
    level: str
    country_code: str
    region_code: str
    region_name: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class Match:
    """A place found for a query, with how it was found (exact, alias, fuzzy, override) and a 0..1 score."""

    place: Place
    method: str
    score: float
