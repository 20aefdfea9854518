"""Mutation score of the modules that guard data, places and safety (``make mutation``).

Runs mutmut (configured in pyproject.toml: which modules, which tests) and prints, per module, how many mutants
the tests killed, and every surviving mutant that is not listed in ``bench/mutation_equivalents.txt`` with the
reason it cannot be killed. mutmut keeps its results in ``mutants/``: a second run only re-tests the mutants of
functions that changed, ``--rerun-survivors`` re-tests the survivors after new tests were written, and
``--modules`` limits a run (and the report) to some modules.

    python bench/mutation.py [--children N] [--rerun-survivors] [--remap] [--modules store,export] [--report-only]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MUTMUT = [sys.executable, "-m", "mutmut"]
EQUIVALENTS = REPO / "bench" / "mutation_equivalents.txt"
KILLED = {"killed", "timeout", "segfault", "caught by type check"}  # a hang or a crash of the tests is noticed
NOT_RUN = {"not checked", "check was interrupted by user"}
RESULT = re.compile(r"^\s*(\S+): (.+)$")


def results() -> dict[str, str]:
    """Every mutant's name and mutmut's verdict on it."""
    out = subprocess.run([*MUTMUT, "results", "--all", "true"], cwd=REPO, capture_output=True, text=True,
                         check=True).stdout
    return {m[1]: m[2] for line in out.splitlines() if (m := RESULT.match(line))}


def equivalents() -> dict[str, str]:
    """Mutants that no test can kill, each with why: ``name  # reason`` per line."""
    listed = {}
    for line in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        name, _, reason = line.partition("#")
        if name.strip():
            listed[name.strip()] = reason.strip()
    return listed


def module_of(mutant: str) -> str:
    """``pipeline.store`` of ``pipeline.store.xǁStoreǁadd_article__mutmut_3`` (mutmut's names start with x)."""
    parts = mutant.split(".")
    return ".".join(part for i, part in enumerate(parts) if not any(p.startswith("x") for p in parts[:i + 1]))


def to_run(modules: list[str], survivors: bool) -> list[str]:
    """mutmut's arguments. None: mutmut tests what it has no verdict on (new or changed functions). Modules: all
    of their mutants. Survivors: those not killed yet (within the modules), since mutmut re-tests a mutant only
    when it is named; run once without this first, so that changed functions have their mutants."""
    if not survivors or not (REPO / "mutants").exists():  # no verdicts yet: every mutant is to be tested
        return [f"{m}.*" for m in modules]
    listed = equivalents()
    redo = NOT_RUN | {"survived", "no tests", "suspicious"}
    chosen = [n for n, v in results().items()
              if v in redo and n not in listed and (not modules or module_of(n) in modules)]
    return chosen or ["nothing-to-run"]


def fresh_copies() -> None:
    """Delete mutmut's copies of the tests and data: it copies them over the old ones each run, so a file deleted
    or renamed here would otherwise linger in the tests' view."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    for folder in ["tests/", *config.get("also_copy", [])]:
        if folder.endswith("/"):
            shutil.rmtree(REPO / "mutants" / folder, ignore_errors=True)


def report(verdicts: dict[str, str], listed: dict[str, str]) -> float:
    """Print the score per module and the survivors; return the overall score."""
    counts: dict[str, Counter] = defaultdict(Counter)
    survivors = []
    for name, verdict in sorted(verdicts.items()):
        kind = ("killed" if verdict in KILLED else "not run" if verdict in NOT_RUN else
                "equivalent" if name in listed else "survived")
        counts[module_of(name)][kind] += 1
        if kind == "survived":
            survivors.append(f"{name}: {verdict}")
    print(f"{'module':28} {'mutants':>8} {'not run':>8} {'killed':>7} {'equiv.':>7} {'survived':>9} {'score':>7}")
    total = Counter()
    for module, c in sorted(counts.items()):
        total.update(c)
        _row(module, c)
    _row("all", total)
    stale = [name for name in listed if verdicts.get(name) in KILLED or name not in verdicts]
    for title, names in (("survivors (kill them with a test, or list them as equivalent with the reason)",
                          survivors), (f"stale entries in {EQUIVALENTS.name} (killed or gone)", stale)):
        if names:
            print(f"\n{title}:", *names, sep="\n  ")
    return score(total)


def _row(name: str, c: Counter) -> None:
    print(f"{name:28} {sum(c.values()):8} {c['not run']:8} {c['killed']:7} {c['equivalent']:7} {c['survived']:9} "
          f"{score(c):7.1%}")


def score(c: Counter) -> float:
    """Killed mutants over those that can be killed (equivalent mutants cannot)."""
    killable = c["killed"] + c["survived"]
    return c["killed"] / killable if killable else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--children", type=int, default=os.cpu_count() or 1, help="mutants tested at once")
    parser.add_argument("--rerun-survivors", action="store_true", help="re-test the mutants that survived")
    parser.add_argument("--modules", type=lambda text: [f"pipeline.{m}" for m in text.split(",")], default=[],
                        help="comma-separated modules, e.g. store,export (default: all configured)")
    parser.add_argument("--report-only", action="store_true", help="print the last results, run nothing")
    parser.add_argument("--remap", action="store_true",
                        help="map every test to the functions it runs again (mutmut maps only new tests, so code "
                             "moved into a new function would otherwise be tested by the new tests alone)")
    args = parser.parse_args()
    if args.remap:
        (REPO / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    if not args.report_only:
        names = to_run(args.modules, args.rerun_survivors)
        if names != ["nothing-to-run"]:
            fresh_copies()
            subprocess.run([*MUTMUT, "run", "--max-children", str(args.children), *names], cwd=REPO, check=True)
    def chosen(names: dict[str, str]) -> dict[str, str]:
        return {n: v for n, v in names.items() if not args.modules or module_of(n) in args.modules}

    report(chosen(results()), chosen(equivalents()))


if __name__ == "__main__":
    main()
