"""What the map's markers and popups show, as plain data: one row of numbers and tokens per marker, and every
article-derived string packed into one base64 payload that the browser shows with textContent only."""

from __future__ import annotations

import base64
import gzip
import json
import re
from urllib.parse import urlparse

from .facilities import located
from .names import normalize
from .records import Article, Facility

STATUS_COLOURS = {
    "struck": "#d62728", "closed": "#7f7f7f", "operational": "#1f77b4", "expanded": "#17becf",
    "under construction": "#ff7f0e", "converting": "#bcbd22", "planned": "#9467bd", "proposed": "#e377c2",
    "unknown": "#8c564b",
}
REVIEW_WORDS = {"unreviewed": "not reviewed", "confirmed": "confirmed by review", "disputed": "disputed by review",
                "rejected": "rejected by review"}
MAX_POPUP_CLAIMS = 5
MAX_EVIDENCE_CHARS = 300


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None (no javascript:, data: or relative links)."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def popup_record(f: Facility, sources: dict[str, int]) -> dict:
    """What a facility's popup shows, as plain data. The browser builds the popup from it with textContent
    only, so article text can never become markup; ``sources`` maps article ids to :func:`source_table` rows."""
    capacities = "; ".join(dict.fromkeys(c.capacity.text for c in f.claims if c.capacity))
    precision = f.precision + (", site not reported" if not located(f) else "")
    if f.place.source:
        precision += f"; coordinates from {f.place.source}"
    nato = (f"{f.nearest_nato}, {f.nato_distance_km:,.0f} km to its border" if f.nearest_nato else
            "n/a" if located(f) else "not measured: the site is not reported")
    claims = [{"d": c.event_date, "a": sources.get(c.article_id), "by": c.attribution, "e": _shorten(c.evidence),
               "s": f"{c.status} (“{c.status_cue}”)" if c.status_cue else c.status}
              for c in f.claims[:MAX_POPUP_CLAIMS]]
    written = [s for s in dict.fromkeys(c.surface for c in f.claims) if normalize(s) != normalize(f.place.name)]
    place = f.place.name + (f", written {', '.join(written[:3])}" if written else "")  # "Yelabuga, written Елабуге"
    return {"id": f.id, "name": f.name, "more": max(0, len(f.claims) - MAX_POPUP_CLAIMS), "claims": claims,
            "rows": [f"{place} ({precision})", f.status, capacities or "not reported",
                     ", ".join(f.products) or "not reported", ", ".join(f.operators) or "not reported", nato,
                     f"{f.first_reported or '?'} to {f.last_reported or '?'}, {f.sources} source(s)",
                     REVIEW_WORDS.get(f.review, f.review)]}


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_EVIDENCE_CHARS else text[:MAX_EVIDENCE_CHARS] + "…"


def source_table(facilities: list[Facility], articles: dict[str, Article]) -> tuple[list[list], dict[str, int]]:
    """One [publisher, http(s) url or None, published] row per cited article, and each article's row index."""
    ids = list(dict.fromkeys(c.article_id for f in facilities for c in f.claims[:MAX_POPUP_CLAIMS]))
    rows = []
    for article_id in ids:
        a = articles.get(article_id)
        rows.append([(a.publisher or a.title) if a else "unknown source", safe_url(a.url) if a else None,
                     a.published if a else None])
    return rows, {article_id: i for i, article_id in enumerate(ids)}


_HEX_ID = re.compile(r"[0-9a-f]{1,64}")


def marker_rows(facilities: list[Facility]) -> list[list]:
    """What each marker needs up front: where, colour, hollow or solid, its record's index, its id, the day of
    its first report (yyyymmdd, 0 if undated: the time slider hides markers first reported after its date) and
    whether the analyst confirmed it (1 or 0).

    Numbers and the tracker's own tokens only: names and every other article-derived string travel in the
    packed payload (see :func:`packed_payload`)."""
    return [[round(f.place.lat, 4), round(f.place.lon, 4), STATUS_COLOURS.get(f.status, STATUS_COLOURS["unknown"]),
             int(f.precision in ("region", "country")), i, f.id if _HEX_ID.fullmatch(f.id) else str(i),
             day_number(f.first_reported), int(f.review == "confirmed")]
            for i, f in enumerate(facilities)]


def day_number(date: str | None) -> int:
    """A partial ISO date (2023, 2023-05, 2023-05-14) as yyyymmdd of its first day; 0 if missing or unreadable."""
    parts = (date or "").split("-")
    try:
        year, month, day = (int(parts[i]) if len(parts) > i else 1 for i in range(3))
        return year * 10000 + month * 100 + day if 1 <= month <= 12 and 1 <= day <= 31 else 0
    except ValueError:
        return 0


def packed_payload(facilities: list[Facility], articles: dict[str, Article]) -> str:
    """Every article-derived string on the map (popup records and cited sources) as gzip-compressed JSON in
    base64.

    This is the only way article text reaches the page. folium and branca render each element's script as a
    Jinja template, and render it again when the page is assembled, so a string placed in a script would be
    evaluated as a template. The base64 alphabet holds neither template delimiters nor ``<``, ``>`` or ``&``,
    so no template engine and no HTML parser can read the payload as code; the browser unpacks it
    (DecompressionStream) and shows every string with textContent. Compression also keeps the quoted
    evidence, most of a map's weight, small.
    """
    sources, index = source_table(facilities, articles)
    data = {"sources": sources, "records": [popup_record(f, index) for f in facilities]}
    raw = json.dumps(data, separators=(",", ":")).encode("ascii")  # \\u escapes: even a lone surrogate travels
    # level 6: level 9 is about 1% smaller and slower
    return base64.b64encode(gzip.compress(raw, compresslevel=6, mtime=0)).decode("ascii")
