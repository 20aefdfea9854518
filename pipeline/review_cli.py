"""``python -m pipeline review ...``: the review queue, the analyst's decisions about claims and facilities, their
log, and their export and import (JSON Lines)."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import db
from .db import is_url
from .errors import InputError
from .records import Claim, Facility
from .review import FACILITY_STATES, PRECISIONS, Decision, dumps, queue
from .store import Store, StoreError, reading

LIST_STATES = ("unreviewed", "confirmed", "corrected", "rejected", "all")
EVIDENCE_CHARS = 110


@contextmanager
def _writing(where: str | Path) -> Iterator[Store]:
    """The store at ``where`` opened for writing; a missing store file is an error, never a new empty one."""
    if not is_url(where) and not Path(where).is_file():
        raise StoreError(f"no store at {where}: run `python -m pipeline run articles --db {where}`")
    store = Store(where)
    try:
        yield store
    finally:
        store.close()


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _shortened(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def text_table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows]


# -- review list -----------------------------------------------------------------------------------------------

def _row(claim: Claim, facility: Facility | None, sureness: float | None, reasons: list[str]) -> dict:
    """A claim as `review list --json` gives it."""
    return {"key": claim.key, "state": claim.review, "sureness": sureness,
            "facility_id": facility.id if facility else None, "facility": facility.name if facility else None,
            "place": claim.place.name, "precision": claim.precision, "lat": claim.place.lat, "lon": claim.place.lon,
            "status": claim.status, "operators": claim.operators, "date": claim.event_date, "reasons": reasons,
            "evidence": claim.evidence, "article_id": claim.article_id}


def _listed(store: Store, state: str | None) -> list[dict]:
    """The queue (``state`` None), or the claims in that review state, as rows."""
    facilities = store.facilities()
    if state is None:
        return [_row(i.claim, i.facility, i.sureness, i.reasons) for i in queue(facilities)]
    facility_of = {c.key: f for f in facilities for c in f.claims}
    return [_row(c, facility_of.get(c.key), None, c.doubts) for c in store.reviewed_claims()
            if state == "all" or c.review == state]


def cmd_list(args: argparse.Namespace) -> int:
    """Print the review queue (least sure first) or the claims in one review state."""
    if args.limit is not None and args.limit < 1:
        raise InputError(f"--limit {args.limit}: give how many claims to list, 1 or more")
    state = args.state
    with reading(args.db) as store:
        rows = _listed(store, state)
    shown = rows[:args.limit]
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    what = {None: "claims to review", "all": "claims"}.get(state, f"{state} claims")
    if not rows:
        print(f"no {what} in {args.db}")
        return 0
    table = [("key", "sure" if state is None else "state", "facility", "place", "status")]
    for r in shown:
        table.append((r["key"], f"{r['sureness']:.2f}" if state is None else r["state"],
                      f"{r['facility_id']} {_shortened(r['facility'], 60)}" if r["facility_id"] else "(none)",
                      f"{r['place']} ({r['precision']})", r["status"]))
    lines = text_table(table)
    print(lines[0])
    for line, r in zip(lines[1:], shown, strict=True):
        print(line)
        if r["reasons"]:
            print(f"    why: {'; '.join(r['reasons'])}")
        print(f"    \"{_shortened(r['evidence'], EVIDENCE_CHARS)}\"")
    order = ", least sure first" if state is None else ""
    limited = f"; {len(shown)} shown (--limit)" if len(shown) < len(rows) else ""
    print(f"{_plural(len(rows), 'claim')}{order}{limited}")
    return 0


# -- decisions -----------------------------------------------------------------------------------------------

def _who(args: argparse.Namespace) -> str:
    return args.who or os.environ.get("USER") or "analyst"


def _decide(args: argparse.Namespace, store: Store, decisions: list[Decision]) -> int:
    """Check and record the decisions (all or none); returns how many facilities there are now."""
    from .decide import record

    record(store, decisions, who=_who(args), note=args.note or "")
    return store.counts()["facility"]


def _facility_of(store: Store, key: str) -> Facility | None:
    return next((f for f in store.facilities() if key in {c.key for c in f.claims}), None)


def cmd_verdict(args: argparse.Namespace) -> int:
    """confirm, reject or reopen claims."""
    keys = list(dict.fromkeys(args.keys))
    with _writing(args.db) as store:
        count = _decide(args, store, [Decision(args.action, k) for k in keys])
    done = {"confirm": "confirmed", "reject": "rejected", "reopen": "reopened"}[args.action]
    print(f"{done} {_plural(len(keys), 'claim')}; facilities: {count}")
    return 0


def _place_value(args: argparse.Namespace) -> dict:
    """The set-place value from --geonameid, --site or --lat/--lon/--precision [--name]."""
    from .decide import place

    coordinates = args.lat is not None or args.lon is not None
    if coordinates and (args.lat is None or args.lon is None or args.precision is None):
        raise InputError("coordinates need --lat, --lon and --precision (site, city, region or country)")
    if not coordinates and (args.precision or args.name):
        raise InputError("--precision and --name go with --lat and --lon")
    if args.geonameid is None:
        return place(site=args.site, lat=args.lat, lon=args.lon, name=args.name or "", precision=args.precision)
    from .gazetteer import Gazetteer

    gazetteer = Gazetteer.open()
    try:
        return place(gazetteer=gazetteer, geonameid=args.geonameid)
    finally:
        gazetteer.close()


def cmd_set_place(args: argparse.Namespace) -> int:
    """Set a claim's place."""
    value = _place_value(args)
    with _writing(args.db) as store:
        count = _decide(args, store, [Decision("set-place", args.key, value)])
    p = value["place"]
    print(f"set the place of claim {args.key} to {p['name']} ({p['lat']:.5f}, {p['lon']:.5f}, "
          f"{value['precision']}); facilities: {count}")
    return 0


def cmd_set_value(args: argparse.Namespace) -> int:
    """Set a claim's status or date."""
    field = args.action.removeprefix("set-")
    value = getattr(args, field)
    with _writing(args.db) as store:
        count = _decide(args, store, [Decision(args.action, args.key, {field: value})])
    print(f"set the {field} of claim {args.key} to {value}; facilities: {count}")
    return 0


def cmd_set_operators(args: argparse.Namespace) -> int:
    """Set a claim's operators (none with --none)."""
    if bool(args.operators) == args.none:
        raise InputError("give the operators (names or country codes), or --none for no operator, not both")
    operators = list(dict.fromkeys(o.strip() for o in args.operators))
    with _writing(args.db) as store:
        count = _decide(args, store, [Decision("set-operators", args.key, {"operators": operators})])
    print(f"set the operators of claim {args.key} to {', '.join(operators) or 'none'}; facilities: {count}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge two facilities into one."""
    from .decide import facility_key

    if args.facility == args.other:
        raise InputError(f"cannot merge facility {args.facility} with itself: give two facility ids")
    with _writing(args.db) as store:
        key, other = facility_key(store, args.facility), facility_key(store, args.other)
        count = _decide(args, store, [Decision("merge", key, {"with": other})])
        merged = _facility_of(store, key)
    print(f"merged facilities {args.facility} and {args.other} into {merged.id if merged else '?'}; "
          f"facilities: {count}")
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    """Move some of a facility's claims to a new facility."""
    from .decide import facility

    keys = list(dict.fromkeys(args.keys))
    with _writing(args.db) as store:
        home = facility(store, args.facility)
        if strays := [k for k in keys if k not in {c.key for c in home.claims}]:
            raise InputError(f"facility {args.facility} has no claim {', '.join(strays)}; `python -m pipeline "
                             f"review list --state all` shows each claim's facility")
        # the decision's target moves with the claims it names
        count = _decide(args, store, [Decision("split", keys[0], {"claims": keys})])
        new = _facility_of(store, keys[0])
    print(f"split {_plural(len(keys), 'claim')} off facility {args.facility} into {new.id if new else '?'}; "
          f"facilities: {count}")
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    """Mark a facility confirmed, disputed, rejected or unreviewed."""
    from .decide import facility_key

    with _writing(args.db) as store:
        count = _decide(args, store, [Decision("mark", facility_key(store, args.facility), {"state": args.state})])
    print(f"marked facility {args.facility} {args.state}; facilities: {count}")
    return 0


# -- log, export, import ---------------------------------------------------------------------------------------

def _value_text(d: Decision) -> str:
    v = d.value
    if d.action == "set-place":
        return f"{v['place']['name']} ({v['place']['lat']:.5f}, {v['place']['lon']:.5f}, {v['precision']})"
    if d.action == "set-operators":
        return ", ".join(v["operators"]) or "none"
    if d.action == "merge":
        return f"with {v['with']}"
    if d.action == "split":
        return "claims " + ", ".join(v["claims"])
    return str(next(iter(v.values()), "")) if v else ""


def cmd_log(args: argparse.Namespace) -> int:
    """Print the decisions, oldest first, and how many are orphaned."""
    from .decide import facility, history, orphaned

    with reading(args.db) as store:
        lost = orphaned(store)
        decisions = history(store, facility(store, args.facility)) if args.facility else store.decisions()
    if args.orphaned:
        ids = {d.id for d in lost}
        decisions = [d for d in decisions if d.id in ids]
    if decisions:
        rows = [("time", "who", "action", "target", "value", "note")]
        rows += [(d.at, d.who, d.action, d.target, _value_text(d), d.note) for d in decisions]
        print("\n".join(text_table(rows)))
    else:
        print(f"no {'orphaned ' if args.orphaned else ''}decisions"
              f"{f' about facility {args.facility}' if args.facility else ''} in {args.db}")
    if lost:
        print(f"{_plural(len(lost), 'decision')} orphaned: {'it names' if len(lost) == 1 else 'they name'} claims "
              "no longer in the store (`review log --orphaned` lists them)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the decisions as JSON Lines."""
    from .export import write_output

    with reading(args.db) as store:
        decisions = store.decisions()
    write_output(dumps(decisions), args.output, _plural(len(decisions), "decision"))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Add the decisions of a `review export` file."""
    from .decide import import_file, orphaned

    with _writing(args.db) as store:
        added, skipped = import_file(store, args.file)
        count, lost = store.counts()["facility"], len(orphaned(store))
    print(f"added {_plural(added, 'decision')}, skipped {skipped} already stored; facilities: {count}"
          + (f"; {lost} orphaned (`review log --orphaned`)" if lost else ""))
    return 0


# -- the parser ------------------------------------------------------------------------------------------------

def add_parser(sub, default_db: Path) -> None:
    """Add ``review`` and its commands to the command line's subparsers."""
    review = sub.add_parser("review", help="review claims and facilities: the queue, decisions, their log",
                            description="Review what the pipeline read: list the claims least sure first, "
                                        "confirm, reject or correct them, merge, split or mark facilities. "
                                        "Decisions are kept apart from the pipeline's output and applied again "
                                        "on every run; a claim is named by its key (`review list`), a facility "
                                        "by its id.")
    commands = review.add_subparsers(dest="review_command", required=True, metavar="COMMAND")

    def command(name: str, func, text: str, *, writes: bool = True) -> argparse.ArgumentParser:
        p = commands.add_parser(name, help=text, description=text[:1].upper() + text[1:] + ".")
        db.add_option(p, default_db)
        if writes:
            p.add_argument("--note", help="why, kept with the decision")
            p.add_argument("--who", help="who decided (default: the USER environment variable, else analyst)")
        p.set_defaults(func=func)
        return p

    p = command("list", cmd_list, "list the claims to review, least sure first, or the claims in one state",
                writes=False)
    p.add_argument("--state", choices=LIST_STATES,
                   help="list the claims in this review state instead of the queue (all: every claim)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N claims")
    p.add_argument("--json", action="store_true", help="print a JSON list of objects")

    for action, text in (("confirm", "confirm claims"), ("reject", "reject claims: left out of every facility"),
                         ("reopen", "take back the verdict on claims")):
        p = command(action, cmd_verdict, text)
        p.add_argument("keys", nargs="+", metavar="KEY", help="claim keys (`review list`)")
        p.set_defaults(action=action)

    p = command("set-place", cmd_set_place, "set a claim's place: a gazetteer place, a known site or coordinates")
    p.add_argument("key", metavar="KEY", help="claim key")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--geonameid", type=int, metavar="N", help="a GeoNames id in the offline gazetteer")
    where.add_argument("--site", metavar="NAME", help="a known site's name (geodata/sites.csv)")
    where.add_argument("--lat", type=float, help="latitude, -90..90 (with --lon and --precision)")
    p.add_argument("--lon", type=float, help="longitude, -180..180")
    p.add_argument("--precision", choices=PRECISIONS, help="how precise the coordinates are")
    p.add_argument("--name", help="a name for the coordinates (default: the coordinates)")

    p = command("set-status", cmd_set_value, "set a claim's status")
    p.set_defaults(action="set-status")
    p.add_argument("key", metavar="KEY", help="claim key")
    p.add_argument("status", metavar="STATUS", help="proposed, planned, converting, 'under construction', "
                                                    "operational, expanded, struck, closed or unknown")

    p = command("set-operators", cmd_set_operators, "set a claim's operators")
    p.add_argument("key", metavar="KEY", help="claim key")
    p.add_argument("operators", nargs="*", metavar="OP", help="operators: names or ISO country codes")
    p.add_argument("--none", action="store_true", help="no operator")

    p = command("set-date", cmd_set_value, "set a claim's date")
    p.set_defaults(action="set-date")
    p.add_argument("key", metavar="KEY", help="claim key")
    p.add_argument("date", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")

    p = command("merge", cmd_merge, "merge two facilities into one")
    p.add_argument("facility", metavar="FACILITY_ID")
    p.add_argument("other", metavar="OTHER_FACILITY_ID")

    p = command("split", cmd_split, "move some of a facility's claims to a new facility")
    p.add_argument("facility", metavar="FACILITY_ID")
    p.add_argument("keys", nargs="+", metavar="KEY", help="keys of the claims that go to the new facility")

    p = command("mark", cmd_mark, "mark a facility confirmed, disputed, rejected or unreviewed")
    p.add_argument("facility", metavar="FACILITY_ID")
    p.add_argument("state", choices=FACILITY_STATES)

    p = command("log", cmd_log, "list the decisions, oldest first", writes=False)
    p.add_argument("--facility", metavar="ID", help="only the decisions about this facility and its claims")
    p.add_argument("--orphaned", action="store_true", help="only decisions whose claims are gone from the store")

    p = command("export", cmd_export, "write the decisions as JSON Lines", writes=False)
    p.add_argument("-o", "--output", type=Path, help="file to write, atomically (default: standard output)")

    p = command("import", cmd_import, "add the decisions of a `review export` file; those stored already are "
                                      "skipped", writes=False)
    p.add_argument("file", type=Path, metavar="FILE")
