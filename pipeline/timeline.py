"""The time view: NATO membership by date, a date slider inside the map, and claims over time.

The slider runs in the browser: a step restyles the NATO polygons and hides the facilities first reported after
its date without rerunning the app or rebuilding the map, so the view and the zoom stay. Everything it needs
(membership per accession date, each marker's first-report day) is precomputed here and travels as numbers and
ISO codes; no article string is part of it.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pandas as pd
from branca.element import MacroElement
from folium.map import Layer
from jinja2 import Template

from . import borders
from .popups import STATUS_COLOURS, day_number
from .records import Article, Facility

EPOCH = dt.date(1970, 1, 1)
MEMBER, FRONTLINE_MEMBER, OTHER = "member", "frontline", "other"


def ymd(day: dt.date) -> int:
    """A date as the number yyyymmdd, the form markers and membership steps are compared in."""
    return day.year * 10000 + day.month * 100 + day.day


@cache
def membership_steps() -> tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]:
    """(yyyymmdd, members, frontline members) from each distinct accession date on; before the first, none."""
    dates = sorted({m.accession for m in borders.all_members()})
    return tuple((ymd(d), tuple(sorted(m.iso_a2 for m in borders.nato_members(d))),
                  tuple(sorted(m.iso_a2 for m in borders.frontline(d)))) for d in dates)


def slider_range(facilities: list[Facility], start: dt.date | None, end: dt.date) -> tuple[dt.date, dt.date]:
    """The slider's first and last day: from ``start`` (else the earliest first report) to ``end``."""
    if start is None:
        firsts = [day_number(f.first_reported) for f in facilities if f.first_reported]
        start = min((dt.date(d // 10000, d // 100 % 100, d % 100) for d in firsts), default=end)
    return min(start, end), end


def claims_by_month(facilities: list[Facility], articles: dict[str, Article]) -> pd.DataFrame:
    """Claims per month (rows, the month's first day) and status (columns, in the legend's order).

    A claim is dated as the facilities' reports are: its article's publication date, else its own date; a claim
    without a month (undated, or a year only) is left out."""
    months = []
    for f in facilities:
        for c in f.claims:
            article = articles.get(c.article_id)
            date = (article.published if article else None) or c.event_date
            if date and len(date) >= 7:
                months.append((date[:7], c.status))
    table = pd.DataFrame(months, columns=["month", "status"])
    counts = table.groupby(["month", "status"]).size().unstack("status", fill_value=0)
    counts.index = pd.to_datetime(counts.index + "-01").rename("month")  # once per month, not per claim
    return counts.reindex(columns=[s for s in STATUS_COLOURS if s in counts.columns]).astype(int)


FOCUS, NATO_FILL, FRONTLINE = "#eadfc8", "#9db9dc", "#b2182b"
STYLES = {FRONTLINE_MEMBER: {"fillColor": NATO_FILL, "color": FRONTLINE, "weight": 2.5, "fillOpacity": 0.55},
          MEMBER: {"fillColor": NATO_FILL, "color": "#5b7fae", "weight": 0.8, "fillOpacity": 0.45},
          OTHER: {"fillColor": FOCUS, "color": "#8d7f66", "weight": 0.8, "fillOpacity": 0.6}}


class NatoLayer(Layer):
    """The focus countries, styled in the browser by NATO membership as of a day (``window.trackerNato.setDay``).
    Each polygon's path carries ``data-iso`` and ``data-nato`` (member, frontline or other); its tooltip says
    since when the country is a member, as of the shown day."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var nato = {{ this.nato|tojson }};
            var state = {}, current = nato.day;
            function label(feature) {
                var iso = feature.properties.iso_a2, name = nato.names[iso] || feature.properties.name;
                if (state[iso] === 'other' || !state[iso]) { return name + ': not a NATO member'; }
                return name + ': NATO since ' + nato.accession[iso] +
                    (state[iso] === 'frontline' ? ' (frontline)' : '');
            }
            var layer = L.geoJson({{ this.polygons }}, {onEachFeature: function (feature, lyr) {
                lyr.bindTooltip(function () {
                    var text = document.createElement('span');
                    text.textContent = label(feature);
                    return text;
                }, {sticky: true});
            }});
            function setDay(ymd) {
                var step = null;
                nato.steps.forEach(function (s) { if (s[0] <= ymd) { step = s; } });
                current = ymd;
                layer.eachLayer(function (lyr) {
                    var iso = lyr.feature.properties.iso_a2;
                    var kind = !step ? 'other' : step[2].indexOf(iso) >= 0 ? 'frontline' :
                        step[1].indexOf(iso) >= 0 ? 'member' : 'other';
                    state[iso] = kind;
                    lyr.setStyle(nato.styles[kind]);
                    var path = lyr.getElement && lyr.getElement();
                    if (path) { path.setAttribute('data-iso', iso); path.setAttribute('data-nato', kind); }
                });
            }
            layer.on('add', function () { setDay(current); });  // paths exist once on the map
            setDay(current);
            window.trackerNato = {setDay: setDay};
            return layer;
        })();
        {% endmacro %}
    """)

    def __init__(self, polygons: str, as_of: dt.date, name: str = "NATO members") -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        if "<" in polygons or "{{" in polygons or "{%" in polygons:
            raise ValueError("the polygons must be JSON without markup or template delimiters")
        self.polygons = polygons
        members = borders.all_members()
        self.nato = {"day": ymd(as_of), "steps": membership_steps(), "styles": STYLES,
                     "accession": {m.iso_a2: m.accession.isoformat() for m in members},
                     "names": {m.iso_a2: m.name for m in members}}


class Timeline(MacroElement):
    """The date slider, a play button and the date, inside the map (bottom right). A step shows the facilities
    first reported up to its date (undated ones stay: the sidebar decides whether they are on the map), NATO as
    of it, and the date in the legend. It starts at the last day, which is what the server drew."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var t = {{ this.data|tojson }}, cluster = {{ this.cluster.get_name() }};
            var markers = null, shown = 0, timer = null;
            function ymdOf(day) {
                var d = new Date(day * 864e5);
                return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
            }
            function showUpTo(ymd) {
                if (!markers) {  // created once by the cluster's callback; sorted so that a date is a count
                    markers = (window.TRACKER_MARKERS || []).slice().sort(function (a, b) {
                        return a.trackerDay - b.trackerDay; });
                    shown = markers.length;
                }
                var k = 0;
                while (k < markers.length && markers[k].trackerDay <= ymd) { k += 1; }
                if (k > shown) { cluster.addLayers(markers.slice(shown, k)); }
                else if (shown - k < k) { cluster.removeLayers(markers.slice(k, shown)); }
                else if (k < shown) { cluster.clearLayers(); cluster.addLayers(markers.slice(0, k)); }
                shown = k;
            }
            var box = L.DomUtil.create('div', 'map-timeline');
            box.title = 'Facilities first reported up to this date, and NATO as of it. Undated facilities ' +
                '(on the map when the sidebar includes them) stay shown.';
            var play = L.DomUtil.create('button', 'timeline-play', box);
            play.type = 'button';
            var input = L.DomUtil.create('input', 'timeline-slider', box);
            input.type = 'range'; input.min = t.start; input.max = t.end; input.step = 1;
            input.disabled = t.start >= t.end; play.disabled = input.disabled;
            var label = L.DomUtil.create('span', 'timeline-date', box);
            function setDay(day) {
                var ymd = ymdOf(day), iso = new Date(day * 864e5).toISOString().slice(0, 10);
                input.value = day;
                if (window.trackerNato) { window.trackerNato.setDay(ymd); }
                showUpTo(ymd);
                label.textContent = iso;
                box.setAttribute('data-date', iso);
                document.querySelectorAll('.nato-as-of').forEach(function (el) { el.textContent = iso; });
            }
            function stop() { clearInterval(timer); timer = null; play.textContent = '▶'; play.title = 'Play'; }
            play.addEventListener('click', function () {
                if (timer) { stop(); return; }
                if (+input.value >= t.end) { setDay(t.start); }
                play.textContent = '⏸'; play.title = 'Pause';
                timer = setInterval(function () {
                    setDay(Math.min(t.end, +input.value + t.stride));
                    if (+input.value >= t.end) { stop(); }
                }, 250);
            });
            input.addEventListener('input', function () { setDay(+input.value); });
            var control = L.control({position: 'bottomright'});
            control.onAdd = function () {
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                return box;
            };
            control.addTo({{ this._parent.get_name() }});
            stop();
            setDay(t.end);
        })();
        {% endmacro %}
    """)

    def __init__(self, cluster: MacroElement, facilities: list[Facility], start: dt.date | None,
                 end: dt.date) -> None:
        super().__init__()
        self.cluster = cluster
        first, last = slider_range(facilities, start, end)
        days = (first - EPOCH).days, (last - EPOCH).days
        self.data = {"start": days[0], "end": days[1], "stride": max(1, (days[1] - days[0]) // 48)}
