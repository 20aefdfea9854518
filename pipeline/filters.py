"""What the analyst filters on (location and operator country, distance to NATO, report dates, status, kind,
precision, source, language, review state), and how a filter state travels in the URL so that a view can be shared.

The country and distance filters are spatial: on a PostGIS store they run in the database (Store.placed), and
their ids are handed to :func:`apply`; elsewhere :func:`spatial_match` does the same in Python."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .borders import country_at, parse_date
from .facilities import family
from .records import Article, Facility
from .review import FACILITY_STATES

LIST_FIELDS = ("countries", "operators", "statuses", "kinds", "precisions", "sources", "languages")
REVIEW_STATES = FACILITY_STATES
SHOWN_REVIEWS = ["unreviewed", "confirmed", "disputed"]  # by default: facilities the analyst rejected are hidden


@dataclass
class Filters:
    """Empty lists mean "any"; dates bound the facility's reporting period (inclusive); ``within_km`` keeps the
    located facilities that close to NATO territory (None: any). ``reviews`` starts without "rejected": a rejected
    facility shows only when asked for."""

    countries: list[str] = field(default_factory=list)
    operators: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    precisions: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    include_undated: bool = False
    within_km: int | None = None
    reviews: list[str] = field(default_factory=lambda: list(SHOWN_REVIEWS))


def kind_of(f: Facility) -> str:
    """A facility's product family (drone, ammunition, armour, missile, explosives, aircraft) or "other"."""
    return next((k for k in (family(c) for c in f.claims) if k), "other")


def _article_values(f: Facility, articles: dict[str, Article], name: str) -> set[str]:
    """One field (publisher, language) of the articles a facility's claims come from; empty is "unknown"."""
    return {(getattr(articles[c.article_id], name) or "unknown") for c in f.claims if c.article_id in articles}


def publishers(f: Facility, articles: dict[str, Article]) -> set[str]:
    return _article_values(f, articles, "publisher")


def languages(f: Facility, articles: dict[str, Article]) -> set[str]:
    return _article_values(f, articles, "language")


def _dates(f: Facility) -> tuple[dt.date, dt.date] | None:
    """The facility's reporting period; partial dates (2022, 2022-05) cover their whole year or month."""
    if not f.first_reported:
        return None
    parts = [int(p) for p in f.first_reported.split("-")]
    first = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return first, parse_date(f.last_reported or f.first_reported)


def country_of(f: Facility) -> str:
    """The facility's country: its place's, or for coordinates set by the analyst the country they fall in."""
    if f.place.country_code or f.precision not in ("site", "city"):
        return f.place.country_code
    return country_at(f.place.lat, f.place.lon) or ""


def spatial_match(f: Facility, flt: Filters) -> bool:
    """The country and distance filters. Only a located facility has a distance to NATO (see facilities.py)."""
    if flt.countries and country_of(f) not in flt.countries:
        return False
    return flt.within_km is None or (f.nato_distance_km is not None and f.nato_distance_km <= flt.within_km)


def matches(f: Facility, articles: dict[str, Article], flt: Filters, placed: set[str] | None = None) -> bool:
    """Whether the facility passes every filter; ``placed``, when given, are the ids that pass the spatial ones."""
    if not (f.id in placed if placed is not None else spatial_match(f, flt)):
        return False
    if flt.operators and not set(flt.operators) & set(f.operators):
        return False
    if flt.statuses and f.status not in flt.statuses:
        return False
    if flt.kinds and kind_of(f) not in flt.kinds:
        return False
    if flt.precisions and f.precision not in flt.precisions:
        return False
    if flt.sources and not publishers(f, articles) & set(flt.sources):
        return False
    if flt.languages and not languages(f, articles) & set(flt.languages):
        return False
    if flt.reviews and f.review not in flt.reviews:
        return False
    period = _dates(f)
    if period is None:
        return flt.include_undated
    first, last = period
    return not ((flt.start and last < flt.start) or (flt.end and first > flt.end))


def apply(facilities: list[Facility], articles: dict[str, Article], flt: Filters,
          placed: set[str] | None = None) -> list[Facility]:
    return [f for f in facilities if matches(f, articles, flt, placed)]


def options(facilities: list[Facility], articles: dict[str, Article]) -> dict[str, list[str]]:
    """The values present in the data, for the filter widgets."""
    return {"countries": sorted({country_of(f) for f in facilities} - {""}),
            "operators": sorted({o for f in facilities for o in f.operators}),
            "statuses": sorted({f.status for f in facilities}),
            "kinds": sorted({kind_of(f) for f in facilities}),
            "precisions": [p for p in ("site", "city", "region", "country")
                           if any(f.precision == p for f in facilities)],
            "sources": sorted({p for f in facilities for p in publishers(f, articles)}),
            "languages": sorted({lang for f in facilities for lang in languages(f, articles)})}


def date_bounds(facilities: list[Facility]) -> tuple[dt.date, dt.date] | None:
    spans = [d for d in map(_dates, facilities) if d]
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)


def to_query(flt: Filters) -> dict[str, str]:
    """The non-default parts of a filter state as URL query parameters."""
    query = {name: ",".join(getattr(flt, name)) for name in LIST_FIELDS if getattr(flt, name)}
    if flt.start:
        query["from"] = flt.start.isoformat()
    if flt.end:
        query["to"] = flt.end.isoformat()
    if flt.include_undated:
        query["undated"] = "1"
    if flt.within_km is not None:
        query["nato_km"] = str(flt.within_km)
    if set(flt.reviews) != set(SHOWN_REVIEWS):
        query["review"] = ",".join(flt.reviews) or "any"
    return query


def from_query(query: dict[str, str]) -> Filters:
    """A filter state from URL query parameters; values that do not parse are ignored."""
    flt = Filters(**{name: [v for v in query.get(name, "").split(",") if v] for name in LIST_FIELDS})
    flt.start, flt.end = _date(query.get("from")), _date(query.get("to"))
    flt.include_undated = query.get("undated") == "1"
    flt.within_km = _km(query.get("nato_km"))
    flt.reviews = _reviews(query.get("review"))
    return flt


def _reviews(text: str | None) -> list[str]:
    """The review states a URL names: "any" for all of them; none (or none known) for the default."""
    if text == "any":
        return []
    return [v for v in (text or "").split(",") if v in REVIEW_STATES] or list(SHOWN_REVIEWS)


def _km(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None

