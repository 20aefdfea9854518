"""The map: facilities on an offline basemap beside NATO, built as a folium.Map by pure functions.

Nothing on the page comes from the network: Leaflet and its plugins are served from ``static/vendor`` (or
inlined for the standalone HTML export), the basemap is Natural Earth polygons on a sea-coloured background,
and online tiles are only an option in the layer control. No string from an article passes through a template
engine or an HTML parser: all of them travel in one base64 payload that the browser unpacks and shows with
textContent (see :func:`pipeline.popups.packed_payload`).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from functools import cache

import folium
import shapely
from branca.element import Element, MacroElement
from folium.plugins import FastMarkerCluster, Fullscreen
from folium.utilities import JsCode
from jinja2 import Template
from shapely.geometry import mapping

from . import borders, timeline
from .config import REPO_ROOT
from .facilities import located
from .maplabels import MapLabels
from .popups import STATUS_COLOURS, marker_rows, packed_payload
from .records import Article, Facility, Place

VENDOR_DIR = REPO_ROOT / "static" / "vendor"
APP_ASSET_URL = "/app/static/vendor"  # where Streamlit's static serving puts static/vendor
JS = {"leaflet": "leaflet/leaflet.js", "markercluster": "markercluster/leaflet.markercluster.js",
      "fullscreen": "fullscreen/Control.FullScreen.js"}
CSS = {"leaflet_css": "leaflet/leaflet.css", "markercluster_css": "markercluster/MarkerCluster.css",
       "markercluster_default_css": "markercluster/MarkerCluster.Default.css",
       "fullscreen_css": "fullscreen/Control.FullScreen.css"}

RING_KM = (100, 500, 1000)
SEA, LAND = "#cfe0ec", "#f4f1ea"
NATO_FILL, FRONTLINE = timeline.NATO_FILL, timeline.FRONTLINE
DISPLAY_TOLERANCE_DEG = 0.02  # polygons simplified for display only; distances use the full 1:50m layer


# Region- and country-level facilities are hollow and dashed: a known country, not a known site. A facility the
# analyst confirmed has a thick dark ring (CONFIRMED_RING).
CONFIRMED_RING = "#111"
_MARKER_CALLBACK = """
function (row) {
    var hollow = row[3] === 1, confirmed = row[7] === 1;
    var marker = L.circleMarker(new L.LatLng(row[0], row[1]), {
        radius: hollow ? 10 : 7, color: confirmed ? '#111' : row[2], weight: confirmed ? 3 : hollow ? 2 : 1,
        dashArray: hollow ? '4 3' : null, fillColor: row[2], fillOpacity: hollow ? 0.08 : 0.85,
        className: 'facility-marker facility-' + row[5] + (confirmed ? ' facility-confirmed' : ''),
        pane: 'trackerFacilities'});
    marker.trackerDay = row[6];  // the time slider hides markers first reported after its date
    window.TRACKER_MARKERS.push(marker);
    marker.on('click', function () { window.trackerSelect(row[5]); });
    marker.bindPopup(function () {
        return window.TRACKER_RECORDS ? trackerPopup(window.TRACKER_RECORDS[row[4]]) : 'Loading…';
    }, {maxWidth: 460, maxHeight: 420});
    marker.bindTooltip(function () {
        var label = document.createElement('span');
        label.textContent = window.TRACKER_RECORDS ? window.TRACKER_RECORDS[row[4]].name : 'Loading…';
        return label;
    });
    return marker;
}
"""


class _PopupBuilder(MacroElement):
    """Unpacks the payload into TRACKER_SOURCES and TRACKER_RECORDS, and defines trackerPopup(record): the
    popup as DOM nodes filled with textContent (never innerHTML)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        window.TRACKER_SOURCES = null;
        window.TRACKER_RECORDS = null;
        window.TRACKER_MARKERS = [];
        (async function () {
            var bytes = Uint8Array.from(atob("{{ this.packed }}"), function (ch) { return ch.charCodeAt(0); });
            var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
            var data = JSON.parse(await new Response(stream).text());
            window.TRACKER_SOURCES = data.sources;
            window.TRACKER_RECORDS = data.records;
        })();
        window.trackerPopup = function (d) {
            function el(tag, text, parent) {
                var node = document.createElement(tag);
                if (text !== undefined && text !== null) { node.textContent = text; }
                if (parent) { parent.appendChild(node); }
                return node;
            }
            var root = el('div');
            root.className = 'facility-popup';
            root.setAttribute('data-facility', d.id);
            el('h4', d.name, root);
            var table = el('table', null, root);
            var labels = ['Place', 'Status', 'Capacity', 'Products', 'Operators', 'Nearest NATO', 'Reported',
                          'Review'];
            d.rows.forEach(function (value, i) {
                var tr = el('tr', null, table);
                el('th', labels[i], tr);
                el('td', value, tr);
            });
            var list = el('ol', null, root);
            d.claims.forEach(function (c) {
                var src = TRACKER_SOURCES[c.a] || ['unknown source', null, null];
                var li = el('li', null, list);
                el('b', c.d || src[2] || 'date unknown', li);
                li.appendChild(document.createTextNode(' · '));
                if (src[1] && /^https?:[/][/]/i.test(src[1])) {
                    var a = el('a', src[0], li);
                    a.href = src[1];
                    a.target = '_blank';
                    a.rel = 'noopener noreferrer';
                } else {
                    el('span', src[0], li);
                }
                li.appendChild(document.createTextNode(
                    (c.by ? ' · according to ' + c.by : '') + ' · ' + c.s));
                el('blockquote', '“' + c.e + '”', li);
            });
            if (d.more) { el('p', '… and ' + d.more + ' more claims (see the detail panel).', root); }
            return root;
        };
        {% endmacro %}
    """)

    def __init__(self, packed: str) -> None:
        super().__init__()
        if not _BASE64.fullmatch(packed):
            raise ValueError("the map payload must be base64")  # the guarantee the template relies on
        self.packed = packed


_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


class _ClickReporter(MacroElement):
    """Defines trackerSelect(id), which a marker click calls: inside the app it sends the facility's id through
    streamlit-folium's ``window.Streamlit``, the map's only message (the app asks for no other, so panning,
    zooming and cluster clicks never rerun it); elsewhere (the standalone export) it does nothing."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        window.trackerSelect = (function () {
            var clicks = 0;  // the same marker clicked again is a new message
            return function (id) {
                clicks += 1;
                if (window.Streamlit) { window.Streamlit.setComponentValue({facility: id, clicks: clicks}); }
            };
        })();
        {% endmacro %}
    """)


ROOMY = "(window.innerWidth >= 800 && window.innerHeight >= 560)"  # a map with room for open controls


class _Legend(MacroElement):
    """A legend control that folds away (a <details> box): status colours, precision, NATO shading. It starts open
    only on a ROOMY map; once the user folds or opens it, it stays so for the tab."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var legend = L.control({position: 'bottomleft'});
            legend.onAdd = function () {
                var box = L.DomUtil.create('details', 'map-legend');
                box.innerHTML = {{ this.html | tojson }};
                var saved = window.sessionStorage.getItem('trackerLegend');
                box.open = saved ? saved === 'open' : {{ this.roomy }};
                box.addEventListener('toggle', function () {
                    window.sessionStorage.setItem('trackerLegend', box.open ? 'open' : 'folded');
                });
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                return box;
            };
            legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
    """)

    def __init__(self, as_of: dt.date) -> None:
        super().__init__()
        self.roomy = ROOMY
        items = "".join(f'<div><span class="dot" style="background:{c}"></span>{s}</div>'
                        for s, c in STATUS_COLOURS.items())
        self.html = (f"<summary>Legend</summary><b>Status</b>{items}<div><span class='dot hollow'></span>region or "
                     f"country: site not reported</div>"
                     f"<div><span class='dot ring'></span>confirmed by review</div>"
                     f"<b>NATO as of <span class='nato-as-of'>{as_of.isoformat()}</span></b>"
                     f"<div><span class='box' style='background:{NATO_FILL}'></span>member</div>"
                     f"<div><span class='box' style='border:2px solid {FRONTLINE}'></span>frontline "
                     f"(borders Russia or Belarus)</div>")


# In the app the map fills streamlit-folium's frame (#map_div), whose height the app's page sets.
_STYLE = f"""<style>
#map_div {{ height: 100vh !important; }}
body:has(#map_div) {{ overflow: hidden; }}
.leaflet-container {{ background: {SEA} !important; }}
.map-legend {{ background: rgba(255,255,255,.92); padding: 4px 8px; font: 12px/1.4 sans-serif; border-radius: 4px; }}
.map-legend summary {{ cursor: pointer; font-weight: bold; }}
.map-legend .dot {{ display:inline-block; width:10px; height:10px; border-radius:50%; margin-right:5px; }}
.map-legend .dot.hollow {{ border:2px dashed #555; width:8px; height:8px; }}
.map-legend .dot.ring {{ border:3px solid {CONFIRMED_RING}; width:6px; height:6px; background:#1f77b4; }}
.map-legend .box {{ display:inline-block; width:12px; height:10px; margin-right:5px; }}
.map-timeline {{ background: rgba(255,255,255,.92); padding: 4px 8px; font: 12px/1.4 sans-serif; border-radius: 4px;
  display: flex; align-items: center; gap: 6px; }}
.map-timeline input {{ width: min(40vw, 260px); }}
.facility-popup {{ font: 13px/1.35 sans-serif; }}
.facility-popup h4 {{ margin: 0 0 4px; }}
.facility-popup th {{ text-align: left; padding-right: 6px; vertical-align: top; }}
.facility-popup blockquote {{ margin: 2px 0 6px 8px; color: #333; font-style: italic; }}
</style>"""


@cache
def _display_polygons() -> tuple[str, str]:
    """The basemap (countries outside the focus layer) and the focus layer, simplified for display."""
    focus = {iso: geom.simplify(DISPLAY_TOLERANCE_DEG) for iso, geom in borders.focus_layer().items()}
    names = {f["properties"]["iso_a2"]: f["properties"]["name"]
             for f in json.loads(borders.FOCUS_GEOJSON.read_text(encoding="utf-8"))["features"]}
    world = {iso: geom for iso, geom in borders.world_layer().items() if iso not in focus}

    def collection(geoms: dict, extra: dict) -> str:
        return json.dumps({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"iso_a2": iso, "name": extra.get(iso, iso)},
             "geometry": mapping(shapely.set_precision(g, 0.001))} for iso, g in geoms.items()]},
            separators=(",", ":"))

    return collection(world, {}), collection(focus, names)


class _Basemap(MacroElement):
    """The countries outside the focus layer, drawn plain and not interactive."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        L.geoJson({{ this.polygons }}, {interactive: false, style: {{ this.style|tojson }}})
            .addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, polygons: str) -> None:
        super().__init__()
        self.polygons = polygons
        self.style = {"fillColor": LAND, "color": "#a9a9a9", "weight": 0.5, "fillOpacity": 1}


def _country_layers(m: folium.Map, as_of: dt.date) -> None:
    """The basemap and the NATO layer; both embed polygons serialised once per process (see _display_polygons)."""
    world, focus = _display_polygons()
    _Basemap(world).add_to(m)
    timeline.NatoLayer(focus, as_of).add_to(m)


def selection_layer(f: Facility, as_of: dt.date | str | None) -> folium.FeatureGroup | None:
    """Range rings and the line to the nearest NATO border for one facility; None where its site is not reported
    (rings around a country's label point would mislead). The app adds it to the shown map without rebuilding
    it (streamlit-folium's ``feature_group_to_add``)."""
    if not located(f):
        return None
    as_of = borders.parse_date(as_of)
    group = folium.FeatureGroup(name="Range rings of the selected facility")
    for km in RING_KM:
        ring = borders.range_ring(f.place.lat, f.place.lon, km)
        folium.Polygon([(y, x) for x, y in ring.exterior.coords], color="#444", weight=1, dash_array="6 4",
                       fill=False, tooltip=f"{km:,} km").add_to(group)
    near = borders.nearest_nato(f.place.lat, f.place.lon, as_of)
    if near and near.km > 0:
        folium.PolyLine([(f.place.lat, f.place.lon), (near.lat, near.lon)], color=FRONTLINE, weight=2.5,
                        tooltip=f"{near.km:,.0f} km to {near.name}").add_to(group)
    return group


def build_map(facilities: list[Facility], articles: dict[str, Article], *, as_of: dt.date | str | None = None,
              start: dt.date | str | None = None, selected: Facility | None = None, asset_url: str = APP_ASSET_URL,
              center: tuple[float, float] = (52.0, 32.0), zoom: int = 4) -> folium.Map:
    """Facilities over the offline basemap, NATO as of ``as_of``, rings around ``selected``, and a time slider
    from ``start`` (default: the earliest first report) to ``as_of``."""
    day = borders.parse_date(as_of)
    m = folium.Map(location=center, zoom_start=zoom, tiles=None, control_scale=True, prefer_canvas=False,
                   maxZoom=18, minZoom=2, world_copy_jump=True)
    m.default_js = [(k, f"{asset_url}/{JS['leaflet']}") for k in ("leaflet",)]
    m.default_css = [("leaflet_css", f"{asset_url}/{CSS['leaflet_css']}")]
    m.get_root().header.add_child(Element(_STYLE), name="tracker_style")
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", show=False, overlay=False,
                     control=True).add_to(m)
    _country_layers(m, day)
    _PopupBuilder(packed_payload(facilities, articles)).add_to(m)
    _ClickReporter().add_to(m)
    MapLabels().add_to(m)  # place names; also makes the facility markers' pane, so before the cluster
    cluster = FastMarkerCluster(marker_rows(facilities), callback=_MARKER_CALLBACK,
                                name="Facilities", options={"maxClusterRadius": 40})
    cluster.default_js = [("markerclusterjs", f"{asset_url}/{JS['markercluster']}")]
    cluster.default_css = [("markerclustercss", f"{asset_url}/{CSS['markercluster_css']}"),
                           ("markerclusterdefcss", f"{asset_url}/{CSS['markercluster_default_css']}")]
    cluster.add_to(m)
    timeline.Timeline(cluster, facilities, borders.parse_date(start) if start else None, day).add_to(m)
    rings = selection_layer(selected, day) if selected is not None else None
    if rings is not None:
        rings.add_to(m)
    full = Fullscreen(position="topleft")
    full.default_js = [("Control.Fullscreen.js", f"{asset_url}/{JS['fullscreen']}")]
    full.default_css = [("Control.FullScreen.css", f"{asset_url}/{CSS['fullscreen_css']}")]
    full.add_to(m)
    _Legend(day).add_to(m)
    folium.LayerControl(collapsed=JsCode(f"!{ROOMY}")).add_to(m)
    if facilities:
        lats, lons = [f.place.lat for f in facilities], [f.place.lon for f in facilities]
        m.fit_bounds([(min(lats), min(lons)), (max(lats), max(lons))], padding=(60, 60), max_zoom=6)
    return m


class _Candidates(MacroElement):
    """Numbered markers for the places a claim could be at, the claim's own place (the first) in red. Their names
    (a gazetteer's, the analyst's or an article's) travel in base64 and are shown with textContent."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var bytes = Uint8Array.from(atob("{{ this.packed }}"), function (ch) { return ch.charCodeAt(0); });
            JSON.parse(new TextDecoder().decode(bytes)).forEach(function (p, i) {
                var marker = L.circleMarker([p.lat, p.lon], {
                    radius: i === 0 ? 9 : 7, color: i === 0 ? '#d62728' : '#1f77b4', weight: 2,
                    fillOpacity: i === 0 ? 0.7 : 0.4, className: 'candidate-marker candidate-' + i});
                var label = document.createElement('span');
                label.textContent = p.label;
                marker.bindTooltip(label, {permanent: true, direction: 'right', className: 'candidate-label'});
                marker.addTo({{ this._parent.get_name() }});
            });
        })();
        {% endmacro %}
    """)

    def __init__(self, places: list[dict]) -> None:
        super().__init__()
        self.packed = base64.b64encode(json.dumps(places).encode("ascii")).decode("ascii")


_CANDIDATE_STYLE = "<style>.candidate-label { font: 11px/1.3 sans-serif; padding: 1px 4px; }</style>"


def candidate_map(places: list[Place], labels: list[str], *, asset_url: str = APP_ASSET_URL) -> folium.Map:
    """A small offline map of the places a claim could be at (its own first), each with its label."""
    m = folium.Map(location=(places[0].lat, places[0].lon), zoom_start=5, tiles=None, maxZoom=18, minZoom=2,
                   world_copy_jump=True)
    m.default_js = [("leaflet", f"{asset_url}/{JS['leaflet']}")]
    m.default_css = [("leaflet_css", f"{asset_url}/{CSS['leaflet_css']}")]
    m.get_root().header.add_child(Element(_STYLE + _CANDIDATE_STYLE), name="tracker_style")
    for polygons in _display_polygons():
        _Basemap(polygons).add_to(m)
    _Candidates([{"lat": p.lat, "lon": p.lon, "label": f"{i + 1}. {label}"}
                 for i, (p, label) in enumerate(zip(places, labels, strict=True))]).add_to(m)
    if len(places) > 1:
        m.fit_bounds([(min(p.lat for p in places), min(p.lon for p in places)),
                      (max(p.lat for p in places), max(p.lon for p in places))], padding=(40, 40), max_zoom=7)
    return m


def asset_links(m: folium.Map) -> list[str]:
    """Every script and stylesheet URL the map's page loads."""
    page = m.get_root().render()
    return re.findall(r'<script src="([^"]+)"', page) + re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)


def standalone_html(facilities: list[Facility], articles: dict[str, Article], *, as_of=None) -> str:
    """A single HTML file with the map and every asset inlined: it opens offline from disk."""
    marker = "__VENDOR__"
    page = build_map(facilities, articles, as_of=as_of, asset_url=marker).get_root().render()
    for rel in JS.values():
        page = page.replace(f'<script src="{marker}/{rel}"></script>',
                            f"<script>{_asset(rel)}</script>")
    for rel in CSS.values():
        page = page.replace(f'<link rel="stylesheet" href="{marker}/{rel}"/>', f"<style>{_asset(rel)}</style>")
    if marker in page:
        raise RuntimeError("an asset was not inlined; check static/vendor")
    return page


_CSS_IMAGE = re.compile(r"url\(['\"]?([\w./\-]+\.(?:png|svg))['\"]?\)")


def _asset(rel: str) -> str:
    """A vendored file's text for inlining; images a stylesheet refers to become data: URLs."""
    path = VENDOR_DIR / rel
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".css":
        text = _CSS_IMAGE.sub(lambda m: _data_url(path.parent / m.group(1)), text)
    return text.replace("</script", "<\\/script")


def _data_url(path) -> str:
    if not path.exists():
        return "url()"
    kind = "image/svg+xml" if path.suffix == ".svg" else "image/png"
    return f"url(data:{kind};base64,{base64.b64encode(path.read_bytes()).decode()})"



