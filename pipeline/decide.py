"""What an analyst decides, checked against the store and recorded there, with the facilities derived again at
once: the one way in for the command line and the app alike."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from .errors import InputError
from .facilities import merge
from .records import Facility, Place
from .review import Decision, Review, checked, from_record, now
from .sites import known_sites
from .store import Store


def record(store: Store, decisions: list[Decision], *, who: str = "", note: str = "") -> list[Decision]:
    """Check decisions against the store's claims and facilities, then store them (stamped with ``who``, ``note``
    and the time when they carry none) and derive the facilities again, in one transaction."""
    facility_of = {c.key: f.id for f in store.facilities() for c in f.claims}
    keys = {c.key for c in store.claims()}
    stamped = [_stamped(checked(d), who, note) for d in decisions]
    for d in stamped:
        _check_targets(d, keys, facility_of)
    return store.add_decisions(stamped, merge)


def _stamped(d: Decision, who: str, note: str) -> Decision:
    return Decision(d.action, d.target, d.value, d.who or who or "analyst", d.note or note, d.at or now())


def _check_targets(d: Decision, keys: set[str], facility_of: dict[str, str]) -> None:
    if unknown := [k for k in d.named() if k not in keys]:
        raise InputError(f"no claim {', '.join(unknown)} in the store; `review list --state all` shows the claims "
                         "and their keys")
    if d.action == "merge" and facility_of.get(d.target) == facility_of.get(d.value["with"]):
        raise InputError("a facility cannot be merged with itself: both claims are in facility "
                         f"{facility_of.get(d.target)}")
    if d.action == "split":
        homes = {facility_of.get(k) for k in d.named()}
        if len(homes) != 1 or None in homes:
            raise InputError("split takes claims of one facility (rejected claims belong to none)")
        home = homes.pop()
        if set(d.named()) >= {k for k, f in facility_of.items() if f == home}:
            raise InputError(f"split would move every claim of facility {home}: leave at least one behind")


def facility(store: Store, facility_id: str) -> Facility:
    """The facility with this id, or an InputError saying where the ids are."""
    for f in store.facilities():
        if f.id == facility_id:
            return f
    raise InputError(f"no facility {facility_id} in the store; `python -m pipeline show` lists the facilities "
                     "with their ids")


def facility_key(store: Store, facility_id: str) -> str:
    """The claim key that names a facility in a decision (its first claim's)."""
    return facility(store, facility_id).claims[0].key or ""


def place(*, gazetteer=None, geonameid: int | None = None, site: str | None = None, lat: float | None = None,
          lon: float | None = None, name: str = "", precision: str | None = None) -> dict:
    """The value of a set-place decision, from a gazetteer place, a known site (geodata/sites.csv) or coordinates
    with a precision; the place is kept whole in the decision, so a rebuilt gazetteer does not change it."""
    if geonameid is not None:
        found = gazetteer.by_geonameid(geonameid) if gazetteer else None
        if found is None:
            raise InputError(f"GeoNames id {geonameid} is not in the gazetteer")
        return {"place": asdict(found), "precision": found.level}
    if site:
        found = {n.casefold(): p for n, p in known_sites().items()}.get(site.casefold())
        if found is None:
            raise InputError(f"no known site {site!r} in geodata/sites.csv")
        return {"place": asdict(found), "precision": "site"}
    if lat is None or lon is None or not precision:
        raise InputError("give a GeoNames id, a known site, or coordinates with a precision")
    spot = Place(None, name or f"{lat:.4f}, {lon:.4f}", precision, "", "", "", lat, lon, 0, "set by the analyst")
    return {"place": asdict(spot), "precision": precision}


def orphaned(store: Store) -> list[Decision]:
    """Decisions naming claims the store no longer holds: kept, and reported."""
    decisions = store.decisions()
    return Review(decisions).orphaned(c.key for c in store.claims()) if decisions else []


def history(store: Store, facility: Facility) -> list[Decision]:
    """The decisions about a facility or any of its claims, oldest first."""
    keys = {c.key for c in facility.claims}
    return [d for d in store.decisions() if keys & set(d.named())]


def import_file(store: Store, path: Path) -> tuple[int, int]:
    """Add the decisions of a `review export` file (JSON Lines), all or none; one already stored is skipped. A
    decision about a claim this store lacks is kept (as orphaned). Returns (added, skipped)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot be read ({err})") from err
    decisions = []
    for n, line in enumerate(lines, start=1):
        if line.strip():
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{path}, line {n}: not JSON ({err.msg})") from err
            decisions.append(from_record(data, f"{path}, line {n}"))
    known = {json.dumps(d.record(), sort_keys=True) for d in store.decisions()}
    stamped = [_stamped(d, "", "") for d in decisions]
    new = [d for d in stamped if json.dumps(d.record(), sort_keys=True) not in known]
    store.add_decisions(new, merge)
    return len(new), len(decisions) - len(new)
