"""What the review page shows, as plain data: the queue as table rows, a claim's sentence within its paragraph (as
escaped HTML), the places a claim could be at, the facilities it could be merged with, the sides of a conflict.

Every string from an article (and from the gazetteer, which an override can poison) is hostile: the HTML made here
escapes all of it, and the rest goes to tables and widgets that show text as text.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from .errors import InputError
from .records import Claim, Facility, Place
from .review import PRECISIONS, Decision, Item

QUEUE_ROWS = 200  # the queue table shows the least sure this many
CONTEXT_CHARS = 600  # of the paragraph, at most this many characters either side of the sentence
MAX_CANDIDATES = 8
MERGE_CHOICES = 100


@dataclass(frozen=True)
class Passage:
    """A claim's sentence and the text of its paragraph before and after it."""

    before: str
    sentence: str
    after: str


def passage(text: str, claim: Claim) -> Passage:
    """The claim's sentence within its paragraph (parted by blank lines, or by line breaks in a text without
    any), at most CONTEXT_CHARS either side, cut at a space; the sentence alone when the article's text is not at
    hand or the claim's offsets do not point at its sentence."""
    start, end = claim.evidence_start, claim.evidence_end
    if not (0 <= start < end <= len(text)) or text[start:end].split() != claim.evidence.split():
        return Passage("", claim.evidence, "")
    gap = "\n\n" if "\n\n" in text else "\n"
    first = text.rfind(gap, 0, start)
    first = 0 if first < 0 else first + len(gap)
    last = text.find(gap, end)
    last = len(text) if last < 0 else last
    before, after = text[first:start].lstrip(), text[end:last].rstrip()
    if len(before) > CONTEXT_CHARS:
        before = "…" + before[-CONTEXT_CHARS:].split(" ", 1)[-1]
    if len(after) > CONTEXT_CHARS:
        after = after[:CONTEXT_CHARS].rsplit(" ", 1)[0] + "…"
    return Passage(before, text[start:end], after)


def passage_html(p: Passage) -> str:
    """The passage as HTML, every part of it escaped, the sentence marked."""
    return (f'<div class="claim-passage" style="white-space: pre-wrap; line-height: 1.5">{html.escape(p.before)}'
            f'<mark style="background: #ffe58a">{html.escape(p.sentence)}</mark>{html.escape(p.after)}</div>')


def items_html(lines: Iterable[str]) -> str:
    """Lines (a claim's doubts, a facility's conflicts) as an escaped HTML list."""
    return "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"


def queue_rows(items: list[Item], limit: int = QUEUE_ROWS) -> list[dict]:
    """The first ``limit`` queue items as table rows."""
    return [{"sureness": i.sureness, "facility": i.facility.name, "as written": i.claim.surface,
             "place": i.claim.place.name, "status": i.claim.status, "why unsure": "; ".join(i.reasons),
             "sentence": _short(i.claim.evidence), "key": i.claim.key} for i in items[:limit]]


def _short(text: str, chars: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= chars else text[:chars] + "…"


def item_label(item: Item) -> str:
    """How the claim picker names a queue item."""
    return f"{item.sureness:.2f} · {_short(item.facility.name, 60)} · {_short(item.claim.evidence, 80)}"


def claim_label(claim: Claim) -> str:
    return f"{claim.place.name} · {claim.status} · {_short(claim.evidence, 90)}"


def place_label(place: Place) -> str:
    """A place as the candidate list names it: name, level, country and region, coordinates."""
    where = ", ".join(filter(None, [place.level, place.country_code,
                                    place.region_name if place.region_name != place.name else ""]))
    return f"{place.name} ({where}; {place.lat:.4f}, {place.lon:.4f})"


def _same(a: Place, b: Place) -> bool:
    return (a.geonameid, a.level, a.name) == (b.geonameid, b.level, b.name)


def candidates(claim: Claim, gazetteer) -> list[Place]:
    """The claim's place, then the gazetteer's other places for the name as written, best first."""
    try:
        found = [m.place for m in gazetteer.lookup(claim.surface)] if gazetteer else []
    except InputError:
        found = []
    out = [claim.place]
    for place in found:
        if place.level in PRECISIONS and not any(_same(place, p) for p in out):
            out.append(place)
    return out[:MAX_CANDIDATES]


def place_value(place: Place) -> dict:
    """A set-place decision's value for a candidate place, kept whole, its level its precision."""
    return {"place": asdict(place), "precision": place.level}


def km(a: Place, b: Place) -> float:
    """Great-circle distance in km."""
    p1, p2, dl = math.radians(a.lat), math.radians(b.lat), math.radians(b.lon - a.lon)
    cos = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos)))


def merge_choices(facility: Facility, facilities: list[Facility], limit: int = MERGE_CHOICES) -> list[Facility]:
    """The other facilities, nearest first: those a facility is most likely to be merged with."""
    others = [f for f in facilities if f.id != facility.id and f.claims]
    return sorted(others, key=lambda f: (km(facility.place, f.place), f.name))[:limit]


def operators(text: str) -> list[str]:
    """Operators typed as a comma-separated list."""
    return [o.strip() for o in text.split(",") if o.strip()]


def conflict_sides(facility: Facility) -> list[tuple[str, list[tuple[str, list[Claim]]]]]:
    """For each of the facility's conflicts, the claims on each side: by town or site for a conflict on the place,
    by status for one on the status (see facilities.conflicts)."""
    out = []
    for conflict in facility.conflicts:
        if conflict.startswith("claims disagree on the place"):
            said = [(c.place.name, c) for c in facility.claims if c.precision in ("site", "city")]
        else:
            said = [(c.status, c) for c in facility.claims if c.status not in ("unknown", "struck")]
        sides: dict[str, list[Claim]] = {}
        for value, c in said:
            sides.setdefault(value, []).append(c)
        out.append((conflict, sorted(sides.items())))
    return out


def history_rows(decisions: list[Decision]) -> list[dict]:
    """Decisions as table rows, oldest first."""
    return [{"at": d.at, "who": d.who, "action": d.action, "target": d.target, "value": _value(d), "note": d.note}
            for d in decisions]


def _value(d: Decision) -> str:
    parts = [f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in d.value.items() if k != "place"]
    if isinstance(place := d.value.get("place"), dict):
        parts.insert(0, f"place: {place.get('name')} ({place.get('lat')}, {place.get('lon')})")
    return "; ".join(parts)
