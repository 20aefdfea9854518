"""Accuracy of the pipeline against gold annotations (the format of shared/corpus/dev, see its README).

Run: ``.venv/bin/python bench/accuracy.py --gold ../shared/corpus/dev [-v]``. For each gold file the
article's Markdown twin is ingested and analysed as ``python -m pipeline run`` would; facilities are merged
per article. Prints place mention recall, exact GeoNames id rate, accuracy within 161 km, precision, metonymy
kept off the map, facilities found (right place and precision), status right and attribution right.
"""

import argparse
import json
import re
import sys
from pathlib import Path

from _util import report
from geopy.distance import geodesic
from unidecode import unidecode

from pipeline.articles import read_file
from pipeline.facilities import merge
from pipeline.runner import analyse

NEAR_KM = 161


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Score:
    def __init__(self):
        self.n = {}

    def add(self, name: str, hit: bool) -> None:
        total, good = self.n.get(name, (0, 0))
        self.n[name] = (total + 1, good + bool(hit))

    def rate(self, name: str) -> str:
        total, good = self.n.get(name, (0, 0))
        return f"{good / total:.3f} ({good}/{total})" if total else "n/a"


def score_mentions(gold: dict, mentions, score: Score, verbose: bool) -> None:
    spans = [(tuple(o), p) for p in gold["places"] for o in p["offsets"]]
    optional = [tuple(o) for p in gold.get("optional_places", []) for o in p["offsets"]]
    for span, place in spans:
        found = [m for m in mentions if overlaps(span, (m.start, m.end))]
        score.add("place mention recall", bool(found))
        if place["metonymy"]:
            score.add("metonymy kept off the map", not any(m.role == "location" for m in found))
        if not found:
            if verbose:
                print(f"  {gold['id']} missed {place['surface']!r}")
            continue
        m = found[0]
        if place["geonameid"] is not None:
            score.add("exact GeoNames id", m.place.geonameid == place["geonameid"])
            near = (m.place.geonameid == place["geonameid"] if place["level"] == "country" else
                    geodesic((m.place.lat, m.place.lon), (place["lat"], place["lon"])).km <= NEAR_KM)
            score.add(f"accuracy within {NEAR_KM} km", near)
            if verbose and m.place.geonameid != place["geonameid"]:
                print(f"  {gold['id']} {place['surface']!r}: got {m.place.name} {m.place.geonameid}, "
                      f"gold {place['name']} {place['geonameid']}")
    for m in mentions:
        right = any(overlaps(s, (m.start, m.end)) for s, _ in spans)
        if not right and any(overlaps(s, (m.start, m.end)) for s in optional):
            continue
        score.add("precision", right)
        if verbose and not right:
            print(f"  {gold['id']} false place {m.surface!r} -> {m.place.name} ({m.place.country_code})")


def _words(text: str | None) -> set[str]:
    """The words of a name, transliterated: a Russian attribution ("Игорь Белов") meets the English gold's."""
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", unidecode(text or ""))} - {
        "the", "and", "for", "with"}


def score_facilities(gold: dict, facilities, score: Score, verbose: bool) -> None:
    gold_places = {g["place_geonameid"] for g in gold["facilities"]}
    for f in facilities:
        right = f.place.geonameid in gold_places
        score.add("facility precision", right)
        if verbose and not right:
            print(f"  {gold['id']} extra facility: {f.name} ({f.status}) <- {f.claims[0].evidence[:100]!r}")
    for g in gold["facilities"]:
        if g.get("optional"):
            continue
        match = next((f for f in facilities if f.place.geonameid == g["place_geonameid"]
                      and f.precision == g["precision"]), None)
        if match is None:  # a site the gazetteer gives as its town still counts as the right place
            match = next((f for f in facilities if f.place.geonameid == g["place_geonameid"]
                          and {f.precision, g["precision"]} <= {"site", "city"}), None)
        score.add("facilities found", match is not None)
        if match is None:
            if verbose:
                print(f"  {gold['id']} facility not found: {g['name']} at {g['place_surface']} ({g['precision']})")
            continue
        status = match.status in [g["status"], *g.get("status_alternatives", [])]
        attributions = [c.attribution for c in match.claims if c.attribution]
        attributed = any(_words(a) & _words(g["attribution"]) for a in attributions)
        score.add("status right", status)
        score.add("attribution right", attributed)
        if verbose and not status:
            print(f"  {gold['id']} {g['place_surface']}: status {match.status} (gold {g['status']})")
        if verbose and not attributed:
            print(f"  {gold['id']} {g['place_surface']}: attribution {sorted(set(attributions))} "
                  f"(gold {g['attribution']!r})")


def _ids(specs: list[str]) -> set[str]:
    """Gold ids from names and ranges such as ``d17-d30``."""
    out = set()
    for spec in specs:
        m = re.fullmatch(r"([a-z]+)(\d+)-[a-z]*(\d+)", spec)
        if m:
            width = len(m.group(2))
            out |= {f"{m.group(1)}{n:0{width}d}" for n in range(int(m.group(2)), int(m.group(3)) + 1)}
        else:
            out.add(spec)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="folder with dNN.json and articles/")
    parser.add_argument("--only", nargs="*", metavar="ID",
                        help="gold ids to score (e.g. d17 d18, or a range d17-d30); default: all")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every error")
    args = parser.parse_args()
    files = [p for p in sorted(args.gold.glob("*.json")) if not args.only or p.stem in _ids(args.only)]
    if not files:
        sys.exit(f"no gold .json files in {args.gold}")
    score = Score()
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = read_file(args.gold / "articles" / gold["file"])[0]
        if article.text != gold["text"] + "\n" and article.text != gold["text"]:
            sys.exit(f"{path}: the Markdown body differs from the gold text; offsets would not apply")
        _, mentions, claims = analyse(article)
        score_mentions(gold, mentions, score, args.verbose)
        score_facilities(gold, merge(claims, {article.id: article}), score, args.verbose)
    names = ["place mention recall", "exact GeoNames id", f"accuracy within {NEAR_KM} km", "precision",
             "metonymy kept off the map", "facilities found", "facility precision", "status right",
             "attribution right"]
    report(f"accuracy on {len(files)} gold articles ({args.gold})", [(n, score.rate(n)) for n in names])


if __name__ == "__main__":
    main()
