"""Analyst review: decisions about claims and facilities, kept apart from what the pipeline derives and applied on
every merge; how sure the pipeline is of each claim, and the queue of claims to review, least sure first.

A decision names claims by their key, which is made from the article's text and the claim's sentence and place
name, not from the store's row ids or the gazetteer: it finds its claim again after a re-run, a rebuilt gazetteer
or a new pipeline version. A facility is named by the key of one of its claims. A decision whose claims are gone is
kept and reported as orphaned.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace

from .errors import InputError
from .records import LEVELS, STATUSES, Claim, Facility, Mention, Place

VERDICTS = {"confirm": "confirmed", "reject": "rejected", "reopen": "unreviewed"}
CORRECTIONS = {"set-place": ("place", "precision"), "set-status": ("status",), "set-operators": ("operators",),
               "set-date": ("date",)}
FACILITY_ACTIONS = ("merge", "split", "mark")
ACTIONS = (*VERDICTS, *CORRECTIONS, *FACILITY_ACTIONS)
FACILITY_STATES = ("unreviewed", "confirmed", "disputed", "rejected")
PRECISIONS = LEVELS[:4]
_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_DOUBT_WEIGHT, _CONFLICT_WEIGHT = 0.15, 0.2
NARROW_MARGIN = 0.25  # a place that beats its next namesake by less than this is worth a look


@dataclass(frozen=True)
class Decision:
    """One analyst decision about a claim (``target``, a claim key) or a facility (the key of one of its claims).

    ``value`` holds what was decided: set-place ``{"place": Place fields, "precision"}``, set-status ``{"status"}``,
    set-operators ``{"operators"}``, set-date ``{"date"}``, merge ``{"with": key}``, split ``{"claims": [keys]}``,
    mark ``{"state"}``; confirm, reject and reopen need none.
    """

    action: str
    target: str
    value: dict = field(default_factory=dict)
    who: str = ""
    note: str = ""
    at: str = ""
    id: int | None = None

    def named(self) -> list[str]:
        """Every claim key the decision names."""
        return [self.target, *([self.value["with"]] if self.action == "merge" else []),
                *(self.value["claims"] if self.action == "split" else [])]

    def record(self) -> dict:
        """The decision as one JSON object (a line of `review export`)."""
        return {k: v for k, v in asdict(self).items() if k != "id"}


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def checked(d: Decision) -> Decision:
    """The decision if its action and value are well formed, else an InputError saying what is wrong."""
    if d.action not in ACTIONS:
        raise InputError(f"unknown review action {d.action!r}; one of {', '.join(ACTIONS)}")
    if not isinstance(d.target, str) or not d.target:
        raise InputError(f"{d.action}: no claim key given")
    needed = {"merge": ("with",), "split": ("claims",), "mark": ("state",)}.get(d.action, CORRECTIONS.get(d.action, ()))
    if missing := [k for k in needed if k not in d.value]:
        raise InputError(f"{d.action} {d.target}: missing {', '.join(missing)}")
    if d.action == "set-place":
        _check_place(d.value["place"], d.value["precision"])
    elif d.action == "set-status" and d.value["status"] not in STATUSES:
        raise InputError(f"unknown status {d.value['status']!r}; one of {', '.join(STATUSES)}")
    elif d.action == "set-date" and not (d.value["date"] is None or _DATE.match(str(d.value["date"]))):
        raise InputError(f"date {d.value['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    elif d.action == "set-operators" and not (isinstance(d.value["operators"], list)
                                              and all(isinstance(o, str) and o.strip() for o in d.value["operators"])):
        raise InputError("operators must be a list of names or country codes")
    elif d.action == "mark" and d.value["state"] not in FACILITY_STATES:
        raise InputError(f"unknown facility state {d.value['state']!r}; one of {', '.join(FACILITY_STATES)}")
    elif d.action == "merge" and d.value["with"] == d.target:
        raise InputError("a facility cannot be merged with itself")
    elif d.action == "split" and not (isinstance(d.value["claims"], list) and d.value["claims"]):
        raise InputError("split needs the keys of the claims that go to the new facility")
    return d


def _check_place(place: dict, precision: str) -> None:
    if precision not in PRECISIONS:
        raise InputError(f"unknown precision {precision!r}; one of {', '.join(PRECISIONS)}")
    try:
        lat, lon = float(place["lat"]), float(place["lon"])
        Place(**place)
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(f"the place is not a gazetteer place ({err})") from err
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"coordinates {lat}, {lon} are out of range (latitude -90..90, longitude -180..180)")


def from_record(data: object, where: str) -> Decision:
    """A decision from a `review export` line; an InputError names ``where`` when it is not one."""
    try:
        if not isinstance(data, dict):
            raise InputError("not a JSON object")
        fields = {k: data[k] for k in ("action", "target", "value", "who", "note", "at") if k in data}
        return checked(Decision(**fields))
    except (InputError, TypeError) as err:
        raise InputError(f"{where}: not a review decision ({err})") from err


def claim_keys(claims: Iterable[Claim]) -> list[str]:
    """Stable keys for claims in store order: the article, then the claim's sentence and place name; a second
    claim with both the same (two facilities in one sentence at one place) gets a suffix."""
    seen: dict[str, int] = {}
    keys = []
    for c in claims:
        digest = hashlib.sha256(f"{' '.join(c.evidence.split())}|{c.surface.casefold()}".encode()).hexdigest()[:10]
        key = f"{c.article_id[:12]}-{digest}"
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return keys


class Review:
    """The decisions in force, in the order they were made: a later one about the same thing wins."""

    def __init__(self, decisions: Iterable[Decision] = ()) -> None:
        self.decisions = list(decisions)
        self.verdicts: dict[str, str] = {}
        self.corrections: dict[str, dict] = {}
        for d in self.decisions:
            if d.action in VERDICTS:
                self.verdicts[d.target] = VERDICTS[d.action]
            elif d.action in CORRECTIONS:
                self.corrections.setdefault(d.target, {}).update(d.value)

    def state(self, key: str | None) -> str:
        verdict = self.verdicts.get(key, "unreviewed")
        return "corrected" if verdict == "unreviewed" and key in self.corrections else verdict

    def placed(self, claim: Claim) -> bool:
        """Whether the analyst set this claim's place (the merge must not move it)."""
        return "place" in self.corrections.get(claim.key, {})

    def applied(self, claim: Claim) -> Claim:
        """The claim with the analyst's corrections and verdict (the claim itself when there is none)."""
        if claim.key not in self.verdicts and claim.key not in self.corrections and claim.review == "unreviewed":
            return claim
        fix = self.corrections.get(claim.key, {})
        changes: dict = {"review": self.state(claim.key)}
        if "place" in fix:
            changes.update(place=Place(**fix["place"]), precision=fix["precision"])
        if "status" in fix:
            changes.update(status=fix["status"], status_cue="set by the analyst")
        if "operators" in fix:
            changes["operators"] = list(fix["operators"])
        if "date" in fix:
            changes["event_date"] = fix["date"]
        return replace(claim, **changes)

    def regroup(self, groups: list[list[Claim]]) -> list[list[Claim]]:
        """Apply the merges and splits, in order, to claims grouped into facilities. Two merged facilities are
        one at the more precise place of the two (the target's, when equal)."""
        groups = [list(g) for g in groups]
        for d in self.decisions:
            if d.action not in ("merge", "split"):
                continue
            where = {c.key: i for i, g in enumerate(groups) for c in g}
            if d.action == "merge" and {d.target, d.value["with"]} <= where.keys():
                a, b = where[d.target], where[d.value["with"]]
                if a != b:
                    first, second = sorted((groups[a], groups[b]), key=lambda g: PRECISIONS.index(g[0].precision))
                    groups[a], groups[b] = first + second, []
            elif d.action == "split" and d.target in where:
                home = groups[where[d.target]]
                moved = [c for c in home if c.key in set(d.value["claims"]) | {d.target}]
                if len(moved) < len(home):
                    home[:] = [c for c in home if c not in moved]
                    groups.append(moved)
        return [g for g in groups if g]

    def facility_state(self, claims: list[Claim]) -> str:
        """The latest mark made on any of the facility's claims."""
        keys = {c.key for c in claims}
        marks = [d.value["state"] for d in self.decisions if d.action == "mark" and d.target in keys]
        return marks[-1] if marks else "unreviewed"

    def orphaned(self, keys: Iterable[str]) -> list[Decision]:
        """Decisions naming a claim the store no longer holds."""
        known = set(keys)
        return [d for d in self.decisions if not set(d.named()) <= known]


# -- how sure the pipeline is ------------------------------------------------------------------------------

def assess(claims: list[Claim], mentions: list[Mention], gazetteer) -> list[Claim]:
    """Record on each claim why the pipeline may be wrong about it: a place read by fuzzy match or override, a
    namesake almost as likely, a facility whose site is not reported, no status, no named source."""
    by_name = {(m.surface, m.place.geonameid): m for m in mentions}
    for c in claims:
        doubts = []
        mention = by_name.get((c.surface, c.place.geonameid))
        if mention and mention.method in ("fuzzy", "override"):
            doubts.append(f"place read by {mention.method} match: '{c.surface}' as {c.place.name}")
        c.place_margin, rival = place_margin(c, gazetteer)
        if rival is not None and c.place_margin < NARROW_MARGIN:
            doubts.append(f"place: {rival.name} ({rival.country_code}) is almost as likely "
                          f"(margin {c.place_margin:.2f})")
        if c.precision in ("region", "country"):
            doubts.append(f"site not reported: only the {c.precision} is known")
        if c.status == "unknown":
            doubts.append("status not stated")
        if not c.attribution:
            doubts.append("source not named")
        c.doubts = doubts
    return claims


def place_margin(claim: Claim, gazetteer) -> tuple[float, Place | None]:
    """How far the claim's place beats the best other gazetteer candidate for its name, 0..1 (1 when there is
    none): by match score (an exact name over a fuzzy one) or by population, whichever says more; and that
    candidate."""
    try:
        candidates = gazetteer.lookup(claim.surface)
    except InputError:
        return 1.0, None
    here = claim.place
    chosen = next((m for m in candidates if m.place.geonameid == here.geonameid), None)
    rival = next((m for m in candidates if m.place.geonameid != here.geonameid and not _nested(m.place, here)), None)
    if rival is None:
        return 1.0, None
    by_score = chosen.score - rival.score if chosen else 0.0
    by_size = 1 - rival.place.population / max(here.population, 1)
    return round(max(0.0, by_score, by_size), 2), rival.place


def _nested(a: Place, b: Place) -> bool:
    """Whether one place holds the other (a town and its own region share a name: no rivals)."""
    outer, inner = (a, b) if LEVELS.index(a.level) > LEVELS.index(b.level) else (b, a)
    if outer.level == "country":
        return outer.country_code == inner.country_code
    return outer.level == "region" and outer.region_code == inner.region_code


@dataclass(frozen=True)
class Item:
    """A claim waiting for review, with how sure the pipeline is (0..1) and why it may be wrong."""

    claim: Claim
    facility: Facility
    sureness: float
    reasons: list[str]


def queue(facilities: Iterable[Facility]) -> list[Item]:
    """Unreviewed claims of facilities not yet confirmed or rejected, least sure first."""
    items = []
    for f in facilities:
        if f.review in ("confirmed", "rejected"):
            continue
        for c in f.claims:
            if c.review == "unreviewed":
                reasons = [*c.doubts, *f.conflicts]
                sure = c.confidence - _DOUBT_WEIGHT * len(c.doubts) - _CONFLICT_WEIGHT * len(f.conflicts)
                items.append(Item(c, f, round(max(0.0, sure), 2), reasons))
    return sorted(items, key=lambda i: (i.sureness, i.facility.id, i.claim.key or ""))


def anchor(facility: Facility) -> str:
    """The claim key that names a facility in a decision."""
    return facility.claims[0].key or ""


def dumps(decisions: Iterable[Decision]) -> str:
    """Decisions as JSON Lines, oldest first."""
    return "".join(json.dumps(d.record(), ensure_ascii=False) + "\n" for d in decisions)
