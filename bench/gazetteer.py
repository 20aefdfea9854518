"""Gazetteer benchmark: build time, index size, cold open, exact and fuzzy lookups/s, resident memory.

Run: ``.venv/bin/python bench/gazetteer.py`` (builds a fresh index in a temporary folder).
"""

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _util import peak_rss_mb, report, timed

from pipeline.gazetteer import Gazetteer

COLD_OPEN = """
import sys, time
start = time.perf_counter()
from pipeline.gazetteer import Gazetteer
g = Gazetteer.open(sys.argv[1], build=False)
g.resolve("Minsk")
print(time.perf_counter() - start)
"""


def sample_names(gaz: Gazetteer, n: int) -> list[str]:
    rows = gaz._con.execute("SELECT name, cc FROM place WHERE level = 'city' AND population >= 15000").fetchall()
    random.seed(7)
    return random.sample(rows, n)


def typo(name: str) -> str:
    i = random.randrange(1, max(2, len(name) - 1))
    return name[:i] + name[i + 1:]


def main() -> None:
    t: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gaz.sqlite"
        root = Path(__file__).resolve().parent.parent
        with timed(t, "build"):  # in its own process, so that its memory is not counted below
            subprocess.run([sys.executable, "-m", "pipeline", "build-gazetteer", "--index", str(path)],
                           cwd=root, check=True, capture_output=True)
        cold = float(subprocess.run([sys.executable, "-c", COLD_OPEN, str(path)], cwd=root, check=True,
                                    capture_output=True, text=True).stdout)
        gaz = Gazetteer.open(path)
        distinct = sample_names(gaz, 20000)
        start = time.perf_counter()
        for name, _cc in distinct:  # every name new: no cache helps
            gaz.lookup(name)
        exact = len(distinct) / (time.perf_counter() - start)
        names = distinct[:2000]
        typos = [(typo(name), cc) for name, cc in names]
        for _, cc in typos[:50]:  # warm the per-country candidate lists, as a long run would
            gaz.fuzzy("a", countries=[cc])
        start = time.perf_counter()
        found = sum(1 for (q, cc), (name, _) in zip(typos, names, strict=True)
                    if any(m.place.name == name for m in gaz.fuzzy(q, countries=[cc])[:1]))
        fuzzy = len(typos) / (time.perf_counter() - start)
        report("gazetteer", [
            ("build", f"{t['build']:.1f} s"),
            ("index size", f"{path.stat().st_size / 1e6:.1f} MB"),
            ("cold open + first answer", f"{cold * 1000:.0f} ms (fresh process, imports included)"),
            ("exact lookups", f"{exact:,.0f} /s"),
            ("constrained fuzzy lookups", f"{fuzzy:,.0f} /s (country-constrained, one letter dropped; "
                                          f"top-1 right {found / len(typos):.0%})"),
            ("peak resident memory", f"{peak_rss_mb():.0f} MB (open + all lookups above)"),
        ])


if __name__ == "__main__":
    main()
