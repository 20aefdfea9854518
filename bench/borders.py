"""NATO layer benchmark: layer load time, nearest_nato throughput over 5,000 points, memory.

Run: ``.venv/bin/python bench/borders.py``.
"""

import time

import numpy as np
from _util import peak_rss_mb, report, timed

from pipeline import borders


def main() -> None:
    t: dict[str, float] = {}
    with timed(t, "load"):
        borders.focus_layer()
        borders.world_layer()
    rng = np.random.default_rng(42)
    # Eurasia and the Middle East, where the tracked facilities are
    points = np.column_stack([rng.uniform(25, 70, 5000), rng.uniform(-10, 100, 5000)])
    start = time.perf_counter()
    for lat, lon in points:
        borders.nearest_nato(lat, lon)
    rate = len(points) / (time.perf_counter() - start)
    with timed(t, "country_at"):
        for lat, lon in points[:1000]:
            borders.country_at(lat, lon)
    report("borders", [
        ("layer load (focus 1:50m + world 1:110m)", f"{t['load'] * 1000:.0f} ms"),
        ("nearest_nato, 5,000 points", f"{rate:,.0f} points/s"),
        ("country_at, 1,000 points", f"{1000 / t['country_at']:,.0f} points/s"),
        ("peak resident memory", f"{peak_rss_mb():.0f} MB"),
        ("committed files", ", ".join(f"{p.name} {p.stat().st_size / 1e6:.2f} MB"
                                      for p in sorted(borders.GEODATA_DIR.glob("*.geojson")))),
    ])


if __name__ == "__main__":
    main()
