"""Fetch-and-analyse benchmark: ``run`` over N page URLs served by local news sites (generated articles about towns,
facilities and statuses; tests/newsserver.py), with 2 processes for analysis; prints articles/s and how the wall
time divides between fetching (waiting on the network and the politeness delay) and analysing and storing.

Run: ``.venv/bin/python bench/fetch.py [--n 200] [--hosts 4] [--delay 0.05]``. The sites listen on 127.0.0.1,
127.0.0.2 ... (one per host, each fetched by its own worker, one request at a time); ``--delay`` is the pause
between two requests to one host (the tracker's default is 1 s, which would make the fetching N / hosts seconds).
"""

import argparse
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from _util import peak_rss_mb, report

from pipeline.fetch import Fetcher, Settings
from pipeline.runner import run
from tests.newsserver import NewsServer, story


class Clock:
    """When the run's analysis started (its progress wrapper is called once the pages are fetched) and when its
    last result came."""

    def __init__(self) -> None:
        self.analysis_started = self.last_result = None

    def progress(self, results, total):
        self.analysis_started = time.perf_counter()
        for result in results:
            yield result
            self.last_result = time.perf_counter()


def timed_run(urls: list[str], db: Path, fetcher: Fetcher, processes: int):
    clock, start = Clock(), time.perf_counter()
    summary = run(urls, db, processes=processes, fetcher=fetcher, progress=clock.progress)
    assert not summary.errors, summary.errors[:3]
    return summary, start, clock, time.perf_counter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200, help="pages (default 200)")
    parser.add_argument("--hosts", type=int, default=4, help="local sites, 127.0.0.1 ... (default 4)")
    parser.add_argument("--delay", type=float, default=0.05, help="seconds between requests to one host")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        sites = [stack.enter_context(NewsServer(f"127.0.0.{h + 1}")) for h in range(args.hosts)]
        urls = []
        for n in range(args.n):
            urls.append(sites[n % len(sites)].page(f"/news/{n}", *story(n)))
        fetcher = Fetcher(Settings(delay=args.delay, private_networks=("127.0.0.0/8",)))
        summary, start, clock, end = timed_run(urls, Path(tmp) / "bench.sqlite", fetcher, args.processes)
        fetcher.new_round()
        rerun, rerun_start, _, rerun_end = timed_run(urls, Path(tmp) / "bench.sqlite", fetcher, args.processes)
    wall = end - start
    fetching = clock.analysis_started - start
    analysing = clock.last_result - clock.analysis_started
    storing = end - clock.last_result
    requests = sum(len(s.log) for s in sites)
    words = sum(len(story(n)[1].split()) for n in range(args.n))
    report(f"fetch and analyse ({args.n} pages of {words / args.n:.0f} words on {args.hosts} local hosts, delay "
           f"{args.delay:g} s per host, {args.processes} analysis processes)", [
        ("articles stored", f"{summary.articles} ({summary.claims} claims, {summary.facilities} facilities)"),
        ("throughput", f"{summary.articles / wall:.1f} articles/s ({wall:.1f} s wall)"),
        ("fetching (network and politeness delay)", f"{fetching:.1f} s, {fetching / wall:.0%} of wall time "
                                                     f"({requests} requests, {requests / fetching:.0f}/s)"),
        ("analysing (incl. worker start-up)", f"{analysing:.1f} s, {analysing / wall:.0%} of wall time"),
        ("storing the last results and merging", f"{storing:.1f} s, {storing / wall:.0%} of wall time"),
        ("re-run over the same URLs (fetched again, text unchanged)",
         f"{rerun_end - rerun_start:.1f} s, {rerun.skipped} skipped, {rerun.articles} analysed"),
        ("peak resident memory, main process", f"{peak_rss_mb():.0f} MB"),
    ])


if __name__ == "__main__":
    sys.exit(main())
