"""Plain data types passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass, field

LEVELS = ("site", "city", "region", "country", "continent")
STATUSES = ("proposed", "planned", "converting", "under construction", "operational", "expanded", "struck", "closed",
            "unknown")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry.

    :ivar geonameid: GeoNames id (None for an analyst-defined site GeoNames lacks).
    :ivar level: one of ``LEVELS``.
    :ivar region_code: ISO 3166-2 code of the first-level region the place lies in (or is).
    :ivar lat, lon: WGS84 degrees; for regions and countries a representative point inside them.
    :ivar source: for a known site (geodata/sites.csv), the page its coordinates come from.
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
    source: str | None = None

    @property
    def subdivision(self) -> bool:
        """Whether this is a second-level unit (a district, county or powiat) of the region it names."""
        return self.level == "region" and self.name != self.region_name


@dataclass(frozen=True, slots=True)
class Match:
    """A place found for a query, with how it was found (exact, alias, fuzzy, override) and a 0..1 score."""

    place: Place
    method: str
    score: float


@dataclass(slots=True)
class Article:
    """One news article as ingested. ``published`` is an ISO date or None when the source gives none."""

    id: str
    title: str
    publisher: str
    url: str
    published: str | None
    language: str
    text: str
    source_path: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name in an article's text, resolved to a gazetteer place.

    :ivar role: ``location``, or ``metonymy`` when the name stands for a government ("Moscow said").
    """

    article_id: str
    start: int
    end: int
    surface: str
    place: Place
    method: str
    score: float
    role: str = "location"


@dataclass(frozen=True, slots=True)
class Capacity:
    number: float
    unit: str
    period: str | None
    text: str


@dataclass(slots=True)
class Claim:
    """A reported fact about a facility at a place, with the sentence that says so."""

    article_id: str
    place: Place
    precision: str
    surface: str
    kind: str
    products: list[str]
    status: str
    capacity: Capacity | None
    operators: list[str]
    event_date: str | None
    attribution: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float
    id: int | None = None  # the store's row id, once stored
    status_cue: str | None = None  # the words that decided the status ("is being built")
    source_sentence: str | None = None  # the sentence naming the source, when it is not the evidence
    doubts: list[str] = field(default_factory=list)  # why the pipeline is unsure of it (see review.assess)
    place_margin: float | None = None  # 0..1: how far the chosen place beats the next candidate for its name
    key: str | None = None  # stable across re-runs (see review.claim_keys); set when read from the store
    review: str = "unreviewed"  # the analyst's verdict: unreviewed, confirmed, corrected or rejected


@dataclass(slots=True)
class Facility:
    """Claims about one facility, merged across sentences and articles."""

    id: str
    name: str
    place: Place
    precision: str
    kind: str
    products: list[str]
    status: str
    operators: list[str]
    first_reported: str | None
    last_reported: str | None
    claims: list[Claim]
    sources: int
    nearest_nato: str | None = None
    nato_distance_km: float | None = None
    review: str = "unreviewed"  # the analyst's verdict: unreviewed, confirmed, disputed or rejected
    conflicts: list[str] = field(default_factory=list)  # where its claims disagree (status, place)


@dataclass(frozen=True, slots=True)
class Page:
    """A web page the tracker fetched: its canonical URL, the article it holds now, what a conditional request
    sends back (its ETag and Last-Modified), and when it was last fetched (ISO 8601, UTC)."""

    url: str
    article_id: str
    etag: str | None
    last_modified: str | None
    fetched_at: str
