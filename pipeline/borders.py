"""The NATO layer: membership as of a date, the frontline computed from polygons, and distance to NATO.

Polygons are Natural Earth (public domain) as derived by ``geodata/build_geodata.py``: the 1:50m focus layer
for distances and display, the 1:110m world layer as the offline basemap and a fallback for ``country_at``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import Point, Polygon, shape
from shapely.strtree import STRtree

from .config import GEODATA_DIR
from .errors import GeodataError, InputError

FOCUS_GEOJSON = GEODATA_DIR / "countries_focus_50m.geojson"
WORLD_GEOJSON = GEODATA_DIR / "countries_world_110m.geojson"
NATO_CSV = GEODATA_DIR / "nato_members.csv"
RIVALS = ("RU", "BY")
# Neighbours' polygons touch; simplification can open hair-line gaps. 0.01 deg is about 1 km.
SHARED_BORDER_TOLERANCE_DEG = 0.01
EARTH_RADIUS_KM = 6371.0088
_GEOD = Geod(ellps="WGS84")
_CHUNK = 32  # border segments per bounding circle in the nearest-border search


@dataclass(frozen=True)
class Member:
    iso_a2: str
    name: str
    accession: dt.date


@dataclass(frozen=True)
class NatoDistance:
    """The nearest NATO member to a point, the distance to its territory and the nearest border point."""

    iso_a2: str
    name: str
    km: float
    lat: float
    lon: float


def parse_date(value: dt.date | str | None) -> dt.date:
    """A date, an ISO date string (2023, 2023-08, 2023-08-02) or None (today)."""
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(*parts)
    except (ValueError, TypeError) as err:
        raise InputError(f"{value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY") from err


# -- data ----------------------------------------------------------------------------------------------


@cache
def all_members() -> tuple[Member, ...]:
    if not NATO_CSV.exists():
        raise GeodataError(f"{NATO_CSV} is missing: it ships with the repository; restore it from git")
    with NATO_CSV.open(encoding="utf-8") as f:
        return tuple(Member(r["iso_a2"], r["name"], dt.date.fromisoformat(r["accession_date"]))
                     for r in csv.DictReader(f))


def _load_layer(path: Path) -> dict[str, object]:
    if not path.exists():
        raise GeodataError(f"{path} is missing: run `python geodata/build_geodata.py` to derive it")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["iso_a2"]: shape(f["geometry"]) for f in data["features"]}


@cache
def focus_layer() -> dict[str, object]:
    """ISO alpha-2 -> (Multi)Polygon for NATO members and the neighbourhood, 1:50m."""
    layer = _load_layer(FOCUS_GEOJSON)
    for geom in layer.values():
        shapely.prepare(geom)
    return layer


@cache
def world_layer() -> dict[str, object]:
    """ISO alpha-2 -> (Multi)Polygon for every country, 1:110m."""
    return _load_layer(WORLD_GEOJSON)


@cache
def _world_index() -> tuple[STRtree, list[str]]:
    codes = list(world_layer())
    return STRtree([world_layer()[c] for c in codes]), codes


# -- membership and frontline -------------------------------------------------------------------------


def nato_members(as_of: dt.date | str | None = None) -> list[Member]:
    """Members whose accession date is on or before ``as_of`` (default: today)."""
    day = parse_date(as_of)
    return [m for m in all_members() if m.accession <= day]


def frontline(as_of: dt.date | str | None = None) -> list[Member]:
    """Members sharing a land border with Russia or Belarus, computed from the polygons."""
    return [m for m in nato_members(as_of) if _borders_rivals(m.iso_a2)]


@cache
def _borders_rivals(iso: str) -> bool:
    """Whether a country's polygon touches Russia's or Belarus's (cached: the map asks for every accession date)."""
    layer = focus_layer()
    return any(layer[iso].distance(layer[r]) <= SHARED_BORDER_TOLERANCE_DEG for r in RIVALS)


def country_areas() -> list[tuple[str, dt.date | None, object]]:
    """Every country's (Multi)Polygon, 1:50m where the focus layer has it, with its NATO accession date (None for a
    non-member): the layer PostGIS runs the app's country and distance filters on, as :func:`country_at` and
    :func:`nearest_nato` do in Python."""
    joined = {m.iso_a2: m.accession for m in all_members()}
    layers = world_layer() | focus_layer()
    return [(iso, joined.get(iso), geom) for iso, geom in sorted(layers.items())]


def layers_signature() -> str:
    """Changes whenever the country or NATO layers do: for a copy of them kept elsewhere (PostGIS)."""
    digest = hashlib.sha1()
    for path in (NATO_CSV, FOCUS_GEOJSON, WORLD_GEOJSON):
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def country_at(lat: float, lon: float) -> str | None:
    """ISO alpha-2 of the country containing the point, or None at sea."""
    point = _point(lat, lon)
    for iso, geom in focus_layer().items():
        if geom.contains(point):
            return iso
    tree, codes = _world_index()
    hits = tree.query(point, predicate="within")
    return codes[hits[0]] if len(hits) else None


# -- distances ----------------------------------------------------------------------------------------


def _point(lat: float, lon: float) -> Point:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"({lat}, {lon}) is not a coordinate: latitude must be in [-90, 90] and "
                         "longitude in [-180, 180]")
    return Point(lon, lat)


def _unit_vectors(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    lon, lat = np.radians(lon), np.radians(lat)
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=-1)


@dataclass
class _Borders:
    """Every boundary segment of one member, grouped in chunks with bounding circles on the sphere."""

    seg: np.ndarray      # (n, 4) lon1, lat1, lon2, lat2
    centres: np.ndarray  # (k, 3) unit vectors
    radii: np.ndarray    # (k,) radians


@cache
def _member_borders(iso: str) -> _Borders:
    geom = focus_layer()[iso]
    segs = []
    for ring in shapely.get_rings(shapely.get_parts(geom)):
        xy = shapely.get_coordinates(ring)
        segs.append(np.hstack([xy[:-1], xy[1:]]))
    seg = np.vstack(segs)
    pad = (-len(seg)) % _CHUNK
    ends = _unit_vectors(seg[:, 0], seg[:, 1])
    padded = np.vstack([ends, np.repeat(ends[-1:], pad, axis=0)]).reshape(-1, _CHUNK, 3)
    centres = padded.mean(axis=1)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    # The chunk's far end points bound it: segments are short (well under a degree) at this scale.
    radii = np.arccos(np.clip(np.einsum("kcj,kj->kc", padded, centres), -1, 1)).max(axis=1) + np.radians(0.5)
    return _Borders(seg, centres, radii)


def _aeqd(lon: np.ndarray, lat: np.ndarray, lon0: float, lat0: float) -> tuple[np.ndarray, np.ndarray]:
    """Spherical azimuthal-equidistant projection centred on (lon0, lat0), in km."""
    phi, lam = np.radians(lat), np.radians(lon - lon0)
    phi0 = np.radians(lat0)
    cos_c = np.clip(np.sin(phi0) * np.sin(phi) + np.cos(phi0) * np.cos(phi) * np.cos(lam), -1, 1)
    c = np.arccos(cos_c)
    k = np.where(c > 1e-12, c / np.sin(np.where(c > 1e-12, c, 1)), 1.0) * EARTH_RADIUS_KM
    x = k * np.cos(phi) * np.sin(lam)
    y = k * (np.cos(phi0) * np.sin(phi) - np.sin(phi0) * np.cos(phi) * np.cos(lam))
    return x, y


def _nearest_on(borders: _Borders, lat: float, lon: float, bound: float) -> tuple[float, float, float] | None:
    """Nearest border point (approx. km, lat, lon) among chunks that may lie within ``bound`` radians."""
    here = _unit_vectors(np.array(lon), np.array(lat))
    centre_dist = np.arccos(np.clip(borders.centres @ here, -1, 1))
    lower = np.maximum(centre_dist - borders.radii, 0)
    upper = (centre_dist + borders.radii).min()
    chunks = np.nonzero(lower <= min(bound, upper))[0]
    if not len(chunks):
        return None
    idx = (chunks[:, None] * _CHUNK + np.arange(_CHUNK)).ravel()
    seg = borders.seg[idx[idx < len(borders.seg)]]
    x1, y1 = _aeqd(seg[:, 0], seg[:, 1], lon, lat)
    x2, y2 = _aeqd(seg[:, 2], seg[:, 3], lon, lat)
    dx, dy = x2 - x1, y2 - y1
    t = np.clip(-(x1 * dx + y1 * dy) / np.maximum(dx * dx + dy * dy, 1e-12), 0, 1)
    dist = np.hypot(x1 + t * dx, y1 + t * dy)
    i = int(np.argmin(dist))
    s = seg[i]
    return float(dist[i]), float(s[1] + t[i] * (s[3] - s[1])), float(s[0] + t[i] * (s[2] - s[0]))


def nearest_nato(lat: float, lon: float, as_of: dt.date | str | None = None) -> NatoDistance | None:
    """The nearest NATO member as of a date and the geodesic distance (km) to its territory.

    The nearest border point is found in an azimuthal-equidistant projection centred on the point (so the
    search is in true distances, not degrees); the distance to it is then measured on the WGS84 ellipsoid.
    A point inside a member is 0 km from it.
    """
    _point(lat, lon)
    members = nato_members(as_of)
    return _nearest_member(lat, lon, tuple(members)) if members else None


@lru_cache(maxsize=65_536)  # facilities are derived again after every review decision: their places rarely move
def _nearest_member(lat: float, lon: float, members: tuple[Member, ...]) -> NatoDistance:
    point = Point(lon, lat)
    for m in members:
        if focus_layer()[m.iso_a2].contains(point):
            return NatoDistance(m.iso_a2, m.name, 0.0, lat, lon)
    best: tuple[float, Member, float, float] | None = None
    for m in members:
        bound = best[0] / EARTH_RADIUS_KM if best else np.inf
        found = _nearest_on(_member_borders(m.iso_a2), lat, lon, bound)
        if found and (best is None or found[0] < best[0]):
            best = (found[0], m, found[1], found[2])
    _, member, blat, blon = best
    _, _, metres = _GEOD.inv(lon, lat, blon, blat)
    return NatoDistance(member.iso_a2, member.name, round(metres / 1000, 1), round(blat, 4), round(blon, 4))


def range_ring(lat: float, lon: float, radius_km: float, points: int = 128) -> Polygon:
    """A geodesic circle of ``radius_km`` around the point, as a lon/lat polygon."""
    _point(lat, lon)
    if radius_km <= 0:
        raise InputError(f"a range ring needs a positive radius, not {radius_km} km")
    azimuths = np.linspace(0, 360, points, endpoint=False)
    lons, lats, _ = _GEOD.fwd(np.full(points, lon), np.full(points, lat), azimuths,
                              np.full(points, radius_km * 1000))
    return Polygon(zip(lons, lats, strict=False))
