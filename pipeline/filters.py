"""What the analyst filters on (location and operator country, report dates, status, kind, precision, source,
language, review state), and how a filter state travels in the URL so that a view can be shared."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .borders import parse_date
from .facilities import family
from .records import Article, Facility
from .review import FACILITY_STATES

LIST_FIELDS = ("countries", "operators", "statuses", "kinds", "precisions", "sources", "languages")
REVIEW_STATES = FACILITY_STATES
SHOWN_REVIEWS = ["unreviewed", "confirmed", "disputed"]  # by default: facilities the analyst rejected are hidden


@dataclass
class Filters:
    """Empty lists mean "any"; dates bound the facility's reporting period (inclusive). ``reviews`` starts
    without "rejected": a rejected facility shows only when asked for."""

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


def matches(f: Facility, articles: dict[str, Article], flt: Filters) -> bool:
    if flt.countries and f.place.country_code not in flt.countries:
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


def apply(facilities: list[Facility], articles: dict[str, Article], flt: Filters) -> list[Facility]:
    return [f for f in facilities if matches(f, articles, flt)]


def options(facilities: list[Facility], articles: dict[str, Article]) -> dict[str, list[str]]:
    """The values present in the data, for the filter widgets."""
    return {"countries": sorted({f.place.country_code for f in facilities}),
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
    if set(flt.reviews) != set(SHOWN_REVIEWS):
        query["review"] = ",".join(flt.reviews) or "any"
    return query


def from_query(query: dict[str, str]) -> Filters:
    """A filter state from URL query parameters; values that do not parse are ignored."""
    flt = Filters(**{name: [v for v in query.get(name, "").split(",") if v] for name in LIST_FIELDS})
    flt.start, flt.end = _date(query.get("from")), _date(query.get("to"))
    flt.include_undated = query.get("undated") == "1"
    flt.reviews = _reviews(query.get("review"))
    return flt


def _reviews(text: str | None) -> list[str]:
    """The review states a URL names: "any" for all of them; none (or none known) for the default."""
    if text == "any":
        return []
    return [v for v in (text or "").split(",") if v in REVIEW_STATES] or list(SHOWN_REVIEWS)


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None

