"""Command-line interface: ``python -m pipeline COMMAND ...`` (``--help`` on any command)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from . import db, review_cli
from .errors import InputError, TrackerError


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_geocode(args: argparse.Namespace) -> int:
    from urllib.parse import urlparse

    from .gazetteer import Gazetteer
    from .geocoder import OnlineSettings, make_geocoder

    online = None
    if args.nominatim:
        url = urlparse(args.nominatim)
        if url.scheme not in ("http", "https") or not url.netloc:
            raise InputError(f"--nominatim {args.nominatim!r} is not an http(s) address such as https://host:8080")
        online = OnlineSettings(domain=url.netloc + url.path.rstrip("/"), scheme=url.scheme)
    geocoder = make_geocoder(online, Gazetteer.open(args.index))
    countries = [args.country] if args.country else None
    found = geocoder.geocode(args.query, exactly_one=not args.all, country_codes=countries, region=args.region)
    if not found:
        context = " and ".join(f"{k} {v}" for k, v in (("country", args.country), ("region", args.region)) if v)
        hint = f" within {context}" if context else "; a misspelt name needs --country or --region"
        print(f"no place found for {args.query!r}{hint}", file=sys.stderr)
        return 1
    _print_json([loc.raw for loc in found] if args.all else found.raw)
    return 0


def cmd_build_gazetteer(args: argparse.Namespace) -> int:
    from . import gazetteer, gazetteer_build

    path = args.index or gazetteer.default_path()
    start = time.perf_counter()
    if args.if_missing:
        gazetteer.Gazetteer.open(path).close()
    else:
        gazetteer_build.build(path)
    print(f"gazetteer ready at {path} ({path.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - start:.1f} s)")
    return 0


def cmd_nato(args: argparse.Namespace) -> int:
    from .borders import frontline, nato_members, parse_date

    day = parse_date(args.as_of)
    _print_json({"as_of": day.isoformat(),
                 "members": [{"iso_a2": m.iso_a2, "name": m.name, "since": m.accession.isoformat()}
                             for m in nato_members(day)],
                 "frontline": [m.iso_a2 for m in frontline(day)]})
    return 0


def cmd_distance(args: argparse.Namespace) -> int:
    from .borders import country_at, nearest_nato, parse_date

    day = parse_date(args.as_of)
    near = nearest_nato(args.lat, args.lon, day)
    _print_json({"lat": args.lat, "lon": args.lon, "as_of": day.isoformat(),
                 "country": country_at(args.lat, args.lon),
                 "nearest_nato": near.iso_a2 if near else None, "nearest_nato_name": near.name if near else None,
                 "km": near.km if near else None,
                 "border_point": {"lat": near.lat, "lon": near.lon} if near else None})
    return 0


DEFAULT_DB = Path("data/tracker.sqlite")


def _fetcher(args: argparse.Namespace):
    from .fetch import Fetcher, Settings

    if args.delay < 0:
        raise InputError(f"--delay {args.delay:g}: give the seconds between requests to a site, 0 or more")
    return Fetcher(Settings(delay=args.delay, allow_private=args.allow_private))


def cmd_run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .runner import run

    def bar(results, total):
        return tqdm(results, total=total, unit="article", desc="analysing", file=sys.stderr,
                    disable=args.quiet)

    if args.workers is not None and args.dask != "local":
        raise InputError("--workers sets the worker processes of --dask local; without it, use --processes")
    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers {args.workers}: give a number of worker processes, 1 or more")
    processes = args.workers or args.processes or (os.cpu_count() or 1 if args.dask == "local" else 1)
    summary = run(args.sources, args.db, processes=processes, progress=bar, fetcher=_fetcher(args), dask=args.dask)
    print("\n".join(summary.lines()))
    return 1 if summary.errors else 0


def cmd_watch(args: argparse.Namespace) -> int:
    from .feeds import watch

    try:
        summary = watch(args.feeds, args.db, _fetcher(args), every=args.every, once=args.once,
                        processes=args.processes, say=lambda text: print(text, flush=True))
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
        return 0
    return 1 if summary.errors else 0


def interval(text: str) -> float:
    """Seconds from "30m", "1h", "90s".

    >>> interval("30m"), interval("1.5h"), interval("45s")
    (1800.0, 5400.0, 45.0)
    """
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        seconds = float(text[:-1]) * units[text[-1:].lower()]
    except (KeyError, ValueError):
        seconds = -1
    if not seconds > 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not an interval such as 30m, 1h or 90s")
    return seconds


def _fetch_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--allow-private", action="store_true",
                   help="also fetch from loopback, private and link-local addresses (your own machine or network); "
                        "refused by default, as article and feed URLs are untrusted")
    p.add_argument("--delay", type=float, default=1.0, metavar="SECONDS",
                   help="seconds between two requests to the same site (default: 1)")


def _load(where: str | Path):
    from .store import reading

    with reading(where) as store:
        return store.facilities(), store.reviewed_claims(), store.mentions(), store.articles()


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export, write_output

    facilities, claims, mentions, articles = _load(args.db)
    if args.format == "html":
        from .mapview import standalone_html

        text = standalone_html(facilities, articles)
    else:
        text = export(args.what, args.format, facilities, claims, mentions, articles)
    write_output(text, args.output)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """Bring a store to this tracker's schema (opening it for writing does it) and say what it holds."""
    from .store import SCHEMA_VERSION, Store

    if not db.is_url(args.db) and not args.db.is_file():
        raise InputError(f"no store at {args.db}")
    store = Store(args.db)
    counts = store.counts()
    store.close()
    print(f"{args.db}: schema version {SCHEMA_VERSION}; {counts['article']} articles, {counts['mention']} place "
          f"mentions, {counts['claim']} claims, {counts['facility']} facilities")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    facilities, *_ = _load(args.db)
    if not facilities:
        print(f"no facilities in {args.db}: add articles with `python -m pipeline run PATH --db {args.db}`")
        return 0
    rows = [("id", "name", "status", "precision", "operators", "reported", "NATO km", "sources", "review")]
    for f in sorted(facilities, key=lambda f: (f.place.country_code, f.name)):
        dist = f"{f.nearest_nato} {f.nato_distance_km:,.0f}" if f.nearest_nato else ""
        rows.append((f.id, f.name[:60], f.status, f.precision, ",".join(f.operators),
                     f"{f.first_reported or '?'}..{f.last_reported or '?'}", dist, str(f.sources), f.review))
    print("\n".join(review_cli.text_table(rows)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and decisions")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("geocode", help="resolve a place name offline and print it as JSON")
    p.add_argument("query", help="a place name as written, e.g. 'Homiel' or 'Republic of Tatarstan'")
    p.add_argument("--country", help="ISO alpha-2 code that narrows the search (enables typo tolerance)")
    p.add_argument("--region", help="region name or ISO 3166-2 code, e.g. Tatarstan or RU-TA")
    p.add_argument("--all", action="store_true", help="print every candidate, best first")
    p.add_argument("--index", type=Path, help="gazetteer index file (default: the user cache folder)")
    p.add_argument("--nominatim", metavar="URL", help="ask this Nominatim server first (rate-limited, retried, "
                                                        "cached); the offline gazetteer answers when it fails")
    p.set_defaults(func=cmd_geocode)

    p = sub.add_parser("build-gazetteer", help="(re)build the offline gazetteer index")
    p.add_argument("--index", type=Path, help="where to write it (default: the user cache folder)")
    p.add_argument("--if-missing", action="store_true", help="only if missing, corrupt or out of date")
    p.set_defaults(func=cmd_build_gazetteer)

    p = sub.add_parser("run", help="analyse articles (files, folders or web pages) into the store",
                       description="Ingest .md/.txt (YAML front matter), .html and .jsonl articles, and web pages "
                                   "(http or https URLs, fetched politely), find places and facility claims, merge "
                                   "facilities, and store them. Unchanged articles are skipped; files and pages "
                                   "that fail are listed at the end (exit code 1).")
    p.add_argument("sources", nargs="+", metavar="PATH_OR_URL", help="article files or folders, or page URLs")
    db.add_option(p, DEFAULT_DB)
    p.add_argument("--processes", type=int, help="worker processes for the NLP stages (default: 1)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="read and analyse on Dask: 'local' (a cluster of --workers processes on this machine) or a "
                        "scheduler's address, tcp://HOST:8786; the workers read the article files, which must be at "
                        "the same path for them (see README)")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes of --dask local (default: --processes, "
                                                             "else one per CPU)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _fetch_options(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("watch", help="follow RSS and Atom feeds: analyse their new and updated entries",
                       description="Read the feeds listed in FEEDS (one URL a line, # comments), fetch their new "
                                   "entries (and those the feed says were updated) politely, and analyse them "
                                   "into the store as `run` does; a round every --every until Ctrl-C, printing a "
                                   "line per round, or one round with --once (for cron; exit code 1 if a feed "
                                   "or page failed).")
    p.add_argument("feeds", type=Path, metavar="FEEDS", help="a file listing feed URLs, one a line")
    db.add_option(p, DEFAULT_DB)
    p.add_argument("--every", type=interval, default=interval("30m"), metavar="INTERVAL",
                   help="time from one round's start to the next's, e.g. 30m, 1h, 90s (default: 30m)")
    p.add_argument("--once", action="store_true", help="one round, then exit (for cron)")
    p.add_argument("--processes", type=int, default=1, help="worker processes for the NLP stages")
    _fetch_options(p)
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("export", help="export facilities, claims or mentions as GeoJSON, CSV or KML, or the "
                                      "facilities as a standalone offline HTML map")
    db.add_option(p, DEFAULT_DB)
    p.add_argument("--what", choices=["facilities", "claims", "mentions"], default="facilities")
    p.add_argument("--format", choices=["geojson", "csv", "kml", "html"], default="geojson",
                   help="html: one self-contained map file that opens without a network")
    p.add_argument("-o", "--output", type=Path, help="file to write, its folder created if missing (default: "
                                                     "standard output)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("show", help="print the stored facilities as a table")
    db.add_option(p, DEFAULT_DB)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("migrate", help="bring a store of an earlier schema version to this one, keeping everything")
    db.add_option(p, DEFAULT_DB)
    p.set_defaults(func=cmd_migrate)

    review_cli.add_parser(sub, DEFAULT_DB)

    p = sub.add_parser("nato", help="NATO members and the frontline (members bordering Russia or Belarus)")
    p.add_argument("--as-of", help="date YYYY-MM-DD (default: today)")
    p.set_defaults(func=cmd_nato)

    p = sub.add_parser("distance", help="nearest NATO member and the distance to its border, as JSON")
    p.add_argument("lat", type=float)
    p.add_argument("lon", type=float)
    p.add_argument("--as-of", help="date YYYY-MM-DD (default: today)")
    p.set_defaults(func=cmd_distance)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    if not args.verbose:  # retries of an online geocoder are expected; say only what was decided
        for noisy in ("geopy", "urllib3"):
            logging.getLogger(noisy).setLevel(logging.ERROR)
    try:
        return args.func(args)
    except TrackerError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
