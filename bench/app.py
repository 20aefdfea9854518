"""App benchmark with 5,000 synthetic facilities: map build time, HTML payload, and a filter change.

Run: ``.venv/bin/python bench/app.py``. A filter change is what the app does on a widget change:
apply the filters, rebuild the map and render its HTML.
"""

import random
import re
import time
from pathlib import Path

from _util import peak_rss_mb, report, timed

from pipeline import filters, mapview, popups
from pipeline.records import Article, Capacity, Claim, Facility, Place

STATUSES = list(popups.STATUS_COLOURS)
COUNTRIES = ["RU", "BY", "UA", "IR", "KZ", "TR", "PL"]
REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "corpus" / "dev" / "articles"


def vocabulary() -> list[str]:
    """Distinct words of the sample (and, if present, development) articles: evidence made of them in random
    order compresses about as well as news text (a fixed sentence would compress far better)."""
    words = set()
    for folder in (REPO / "articles", DEV):
        for path in folder.glob("*.md") if folder.exists() else []:
            words.update(re.findall(r"[A-Za-z][a-z]+", path.read_text(encoding="utf-8")))
    return sorted(words)


def synthetic(n: int) -> tuple[list[Facility], dict[str, Article]]:
    random.seed(1)
    words = vocabulary()
    articles = {f"a{i}": Article(f"a{i}", f"Report {i}", f"Wire {i % 40}", f"https://example.org/{i}",
                                 f"202{i % 5}-0{i % 9 + 1}-1{i % 9}", "en", "", f"a{i}.md") for i in range(500)}
    out = []
    for i in range(n):
        cc = random.choice(COUNTRIES)
        place = Place(100000 + i, f"Town {i}", random.choice(["city", "region", "country"]), cc, f"{cc}-X", "Region",
                      random.uniform(35, 65), random.uniform(20, 90), 10000)
        article = articles[f"a{i % 500}"]
        # varied words, so that compression is no easier than on real news sentences
        evidence = " ".join(random.choice(words) for _ in range(28)).capitalize() + f" in Town {i}."
        claim = Claim(article.id, place, place.level, place.name, "ammunition plant", ["shells"],
                      random.choice(STATUSES), Capacity(1000, "shells", "month", "1,000 shells a month"), [cc],
                      article.published, "officials", evidence, 0, len(evidence), 0.8)
        out.append(Facility(f"f{i}", f"Ammunition plant ({place.name})", place, place.level, "ammunition plant",
                            ["shells"], claim.status, [cc], article.published, article.published, [claim], 1, "PL",
                            float(random.randint(50, 3000))))
    return out, articles


def main() -> None:
    facilities, articles = synthetic(5000)
    t: dict[str, float] = {}
    with timed(t, "build"):
        m = mapview.build_map(facilities, articles, as_of="2025-01-01")
    with timed(t, "render"):
        page = m.get_root().render()
    empty = len(mapview.build_map([], articles).get_root().render().encode())
    flt = filters.Filters(countries=["RU", "BY"], statuses=["struck", "operational"])
    start = time.perf_counter()
    shown = filters.apply(facilities, articles, flt)
    apply_s = time.perf_counter() - start
    with timed(t, "change"):
        shown = filters.apply(facilities, articles, flt)
        mapview.build_map(shown, articles, as_of="2025-01-01").get_root().render()
    report("app (5,000 synthetic facilities, one claim each)", [
        ("map build (folium objects)", f"{t['build']:.2f} s"),
        ("map render to HTML", f"{t['render']:.2f} s"),
        ("HTML payload", f"{len(page.encode()) / 1e6:.2f} MB ({empty / 1e6:.2f} MB of it is the map without "
                         "facilities: polygons, legend, scripts)"),
        ("filter apply alone", f"{apply_s * 1000:.0f} ms ({len(shown)} facilities left)"),
        ("filter change (apply + build + render)", f"{t['change']:.2f} s"),
        ("peak resident memory", f"{peak_rss_mb():.0f} MB"),
    ])


if __name__ == "__main__":
    main()
