"""The offline gazetteer: exact, alias and context-constrained fuzzy lookups over the built SQLite index."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from . import gazetteer_build
from .config import GEODATA_DIR, cache_dir
from .errors import GazetteerError, GeodataError, InputError
from .names import normalize, strip_region_words
from .records import Match, Place

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 200
FUZZY_THRESHOLD = 80.0
OVERRIDES_CSV = GEODATA_DIR / "overrides.csv"
_REGION_SYNONYMS = ("oblast", "region", "province", "krai", "republic")
_DISTRICT = re.compile(r"\b(?:district|raion|rayon|county)\b")  # a unit smaller than the first level
# Ukrainian (and Russian) names of an oblast after its centre, folded: "Харківщина", "Вінниччина", "Kyivshchyna"
_OBLAST_SUFFIX = re.compile(r"(?:shch|chch)[iy]na$")
_OBLAST_STEM_TAIL = 5  # what the centre's name may add to the stem: "Хмельни|цький", "Черка|си"
# A Ukrainian or Belarusian city, the largest of its region, named with the stem (keys are ASCII: GLOB reads the
# key index): "Гомельщина" is Homyel' region as "Харківщина" is Kharkiv's
_CENTRE_SQL = """SELECT p.name, p.region_code FROM name n JOIN place p ON p.id = n.place_id
    WHERE n.key GLOB ? AND length(n.key) <= ? AND p.cc IN ('UA', 'BY') AND p.level = 'city'
    AND p.population = (SELECT max(population) FROM place WHERE region_code = p.region_code AND level = 'city')
    ORDER BY p.population DESC LIMIT 1"""
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_METHOD_SCORE = {gazetteer_build.PRIMARY: ("exact", 1.0),
                 gazetteer_build.ALTERNATE: ("alias", 0.95), gazetteer_build.REGION_STRIPPED: ("alias", 0.9),
                 gazetteer_build.SECONDARY: ("alias", 0.9)}
_PLACE_COLUMNS = "p.id, p.geonameid, p.name, p.level, p.cc, p.region_code, p.region_name, p.lat, p.lon, p.population"


def default_path() -> Path:
    return cache_dir() / f"gazetteer-v{gazetteer_build.SCHEMA_VERSION}.sqlite"


def check_query(query: object) -> str:
    """Reject what no gazetteer can answer, with a message that says why."""
    if not isinstance(query, str):
        raise InputError(f"a place query must be text, not {type(query).__name__}")
    if not query.strip():
        raise InputError("the place query is empty: give a place name such as 'Minsk'")
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(f"the place query is {len(query)} characters long; a place name is at most "
                         f"{MAX_QUERY_CHARS}")
    return query.strip()


_CENTRE_SHARE = 10  # a region named after its centre has a tenth of its people there, or more

class Gazetteer:
    """Read-only access to the gazetteer index; build it with :meth:`open`."""

    def __init__(self, path: Path, overrides: Path = OVERRIDES_CSV) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._fuzzy_keys = lru_cache(maxsize=256)(self._load_fuzzy_keys)
        self._overrides = self._load_overrides(overrides)

    @classmethod
    def open(cls, path: Path | None = None, *, overrides: Path | None = None, build: bool = True) -> Gazetteer:
        """Open the index, building it first when it is missing, corrupt or out of date."""
        path = Path(path) if path else default_path()
        problem = _index_problem(path, gazetteer_build.sources_fingerprint())
        if problem:
            if not build:
                raise GazetteerError(f"the gazetteer index at {path} is {problem}: run "
                                     "`python -m pipeline build-gazetteer` to build it")
            log.info("building the gazetteer index at %s (%s)", path, problem)
            gazetteer_build.build(path)
        return cls(path, overrides or OVERRIDES_CSV)

    def close(self) -> None:
        self._con.close()

    # -- lookups -------------------------------------------------------------------------------------

    def lookup(self, query: str, *, countries: Iterable[str] = (), region: str | None = None,
               levels: Iterable[str] = ()) -> list[Match]:
        """Exact and alias matches, best first, within the given countries, region code and levels."""
        query = check_query(query)
        key = normalize(query)
        stripped, region_words = strip_region_words(key)
        # "Pa." has its own row; "U.S." is the row of "US"; "Udmurtia region" the row of "Udmurtia"
        stripped_row = [stripped] if region_words and not _CYRILLIC.search(query) else []
        override = next((k for k in (_override_key(query), _override_key(query.rstrip(".")), *stripped_row)
                         if k in self._overrides), None)
        if override is not None:
            matches = [Match(p, "override", 1.0) for p in self._overrides[override]]
        elif region_words and (country := self._by_key(key, levels=("country",)) or (
                key.startswith("republic of ") and self._by_key(stripped, levels=("country",)))):
            matches = country  # "the Republic of Kazakhstan" is the state; "the Republic of Tatarstan" is not
        elif region_words:
            regions = ("region",)
            # "Moscow region": a region named "Moscow Oblast" beats one merely also called "Moscow"
            variants = [key] + [f"{stripped} {word}" for word in _REGION_SYNONYMS]
            matches = next((m for m in (self._by_key(v, levels=regions) for v in variants) if m), [])
            namesakes = self._not_the_city(stripped, self._by_key(stripped, levels=regions, stripped=True))
            # then the other regions of the name: "Limburg province" is Belgian by alias, but also the Dutch one
            matches = matches + [m for m in namesakes if m.place not in {x.place for x in matches}]
            if not matches and _DISTRICT.search(key):  # "Elmadağ district": the town it is named after, or the
                towns = self._by_key(stripped, levels=("city",))  # unit seated there
                matches = self._units_seated_at(towns) or towns
            matches = matches or self._region_of_city(stripped)
        else:
            matches = self._by_key(key, levels=tuple(levels)) or self._oblast_of_centre(key, tuple(levels))
        return _within(_city_before_hamlet(matches) if len(key) >= _NAME_LEAST else matches, countries, region)

    def fuzzy(self, query: str, *, countries: Iterable[str] = (), region: str | None = None,
              threshold: float = FUZZY_THRESHOLD, small: bool = False) -> list[Match]:
        """Typo-tolerant matches, only inside a country or region constraint; never a search of the world. In a
        country, towns of under 5,000 people only if ``small``."""
        countries, region = tuple(sorted(c.upper() for c in countries)), region.upper() if region else None
        if not countries and not region:
            return []
        key = normalize(check_query(query))
        if not key:
            return []
        keys = self._fuzzy_keys(countries, region, key[0], small)
        hits = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=threshold, limit=5)
        out: list[Match] = []
        for hit_key, score, _ in hits:
            for m in self._by_key(hit_key, levels=()):
                out.append(Match(m.place, "fuzzy", round(0.9 * score / 100, 3)))
        return _within(sorted(out, key=lambda m: -m.score), countries, region)

    def resolve(self, query: str, *, countries: Iterable[str] = (), region: str | None = None,
                levels: Iterable[str] = ()) -> list[Match]:
        """Exact or alias matches; failing those, fuzzy ones under the given constraint."""
        return (self.lookup(query, countries=countries, region=region, levels=levels)
                or self.fuzzy(query, countries=countries, region=region))

    def region(self, code_or_name: str, *, countries: Iterable[str] = ()) -> Place | None:
        """The first-level region with this ISO 3166-2 code ("RU-TA") or name ("Tatarstan")."""
        row = self._con.execute(f"SELECT {_PLACE_COLUMNS}, 1 FROM place p WHERE p.level = 'region' "
                                "AND p.region_code = ? AND p.name = p.region_name", (code_or_name.upper(),)).fetchone()
        if row:
            return _place(row)
        matches = self.lookup(code_or_name, countries=countries, levels=("region",))
        if not matches:
            key, _ = strip_region_words(normalize(code_or_name))
            matches = _within(self._by_key(key, levels=("region",), stripped=True), countries, None)
        return matches[0].place if matches else None

    def by_geonameid(self, geonameid: int) -> Place | None:
        row = self._con.execute(f"SELECT {_PLACE_COLUMNS}, 1 FROM place p WHERE p.geonameid = ? "
                                "ORDER BY p.rank LIMIT 1", (geonameid,)).fetchone()
        return _place(row) if row else None

    # -- internals -----------------------------------------------------------------------------------

    def _not_the_city(self, key: str, regions: list[Match]) -> list[Match]:
        """"Buenos Aires Province": the province, before the city's own region of that name (the city of Buenos
        Aires is a region of its own, as are Kyiv and Moscow)."""
        city = next(iter(self._by_key(key, levels=("city",))), None)
        return sorted(regions, key=lambda m: city is not None and m.place.region_code == city.place.region_code)

    def _by_key(self, key: str, *, levels: tuple[str, ...], stripped: bool = False) -> list[Match]:
        """Places named ``key``; names stripped of their region word count only when ``stripped``."""
        form_filter = "" if stripped else f"AND n.form != {gazetteer_build.REGION_STRIPPED} "
        rows = self._con.execute(
            f"SELECT {_PLACE_COLUMNS}, n.form FROM name n JOIN place p ON p.id = n.place_id WHERE n.key = ? "
            f"{form_filter}"
            "ORDER BY p.level IN ('country', 'continent') DESC, n.form = 1 DESC, n.form = 3, p.rank",
            (key,)).fetchall()
        matches = []
        for row in rows:
            if levels and row[3] not in levels:
                continue
            method, score = _METHOD_SCORE[row[-1]]
            matches.append(Match(_place(row), method, score))
        return matches

    def _load_overrides(self, path: Path) -> dict[str, list[Place]]:
        """Analyst rows: an alias of a known GeoNames place, or a site with its own coordinates."""
        if not path.exists():
            return {}
        out: dict[str, list[Place]] = {}
        for i, row in enumerate(gazetteer_build.read_csv(path), start=1):
            name, gid = (row.get("name") or "").strip(), (row.get("geonameid") or "").strip()
            if not name:
                raise GeodataError(f"{path}, data row {i}: the name is empty")
            if (row.get("lat") or "").strip():
                try:
                    lat, lon = float(row["lat"]), float(row["lon"])
                except (TypeError, ValueError) as err:
                    raise GeodataError(f"{path}, data row {i}: lat and lon must be numbers") from err
                place = Place(int(gid) if gid.isdigit() else None, name, row.get("level") or "site",
                              (row.get("country_code") or "").upper(), "", "", lat, lon, 0)
            else:
                place = self.by_geonameid(int(gid)) if gid.isdigit() else None
                if place is None:
                    raise GeodataError(f"{path}, data row {i}: give lat and lon, or the geonameid of a known place")
            out.setdefault(_override_key(name), []).append(place)
        return out

    def _units_seated_at(self, towns: list[Match]) -> list[Match]:
        """"Dziarzhynsk district" (a spelling only the town has): the second-level units placed at the towns."""
        rows = [row for m in towns for row in self._con.execute(
            f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.level = 'region' AND p.name != p.region_name "
            "AND p.region_code = ? AND p.lat = ? AND p.lon = ?", (m.place.region_code, m.place.lat, m.place.lon))]
        return [Match(_place(row), "alias", 0.85) for row in rows]

    def _region_of_city(self, key: str) -> list[Match]:
        """"Gomel Region": the region that holds the biggest city of that name, when that city holds a good share
        of the region's people (a region named after its centre); "the Buckeye State" is no region of a town."""
        for m in self._by_key(key, levels=("city",)):
            if m.place.region_code:
                region = self.region(m.place.region_code)
                if region and m.place.population * _CENTRE_SHARE >= region.population:
                    return [Match(region, "alias", 0.85)]
        return []

    def _oblast_of_centre(self, key: str, levels: tuple[str, ...]) -> list[Match]:
        """"Харківщина", "Гомельщина": the oblast named after a Ukrainian or Belarusian city that is the largest of
        its region, read as
        "Kharkiv region" ("Київщина" is Kyiv Oblast around the city), else the region that holds the city.
        "Батьківщина" (homeland) names no such city."""
        suffix = _OBLAST_SUFFIX.search(key)
        stem = key[:suffix.start()] if suffix else ""
        if len(stem) < 3 or (levels and "region" not in levels):
            return []
        row = self._con.execute(_CENTRE_SQL, (f"{stem}*", len(stem) + _OBLAST_STEM_TAIL)).fetchone()
        if row is None:
            return []
        named = [m for m in self.lookup(f"{row[0]} region", countries=("UA",)) if m.place.name == m.place.region_name]
        region = self.region(row[1])
        return named[:1] or ([Match(region, "alias", 0.85)] if region else [])

    def _load_fuzzy_keys(self, countries: tuple[str, ...], region: str | None, initial: str,
                         small: bool = False) -> list[str]:
        if region:
            countries = (region.split("-")[0].split(".")[0],)
            rows = self._con.execute("SELECT key FROM fuzzy WHERE cc = ? AND initial = ? AND region_code = ?",
                                     (countries[0], initial, region))
        else:
            marks = ",".join("?" * len(countries))
            rows = self._con.execute(f"SELECT key FROM fuzzy WHERE cc IN ({marks}) AND initial = ?"
                                     f"{'' if small else ' AND big'}", (*countries, initial))
        return sorted({r[0] for r in rows})


def _place(row: tuple) -> Place:
    _id, gid, name, level, cc, region_code, region_name, lat, lon, pop = row[:10]
    return Place(gid, name, level, cc, region_code, region_name, lat, lon, pop)


def _city_before_hamlet(matches: list[Match]) -> list[Match]:
    """A city known by a name as one of its spellings comes before a hamlet that has it as its own:
    "Zaporizhzhia" is the city of 710,000 (GeoNames: Zaporizhzhya), not the village of 656. A bigger town comes
    before a region of a microstate's size: "Forest" is the Brussels commune of 56,000, not the Guernsey parish."""
    top = matches[0] if matches else None
    if top is None:
        return matches
    if top.place.level == "city" and top.place.population < _HAMLET:
        least = max(_CITY, _HAMLET_RATIO * top.place.population)
    elif top.place.level == "region" and 0 < top.place.population < _PARISH:
        least = top.place.population + 1
    else:
        return matches
    city = next((m for m in matches[1:] if m.place.level == "city" and m.place.population >= least), None)
    return [city, *(m for m in matches if m is not city)] if city else matches


# a name this long and a city this big, a hundred times the hamlet: not "Tu" (a Tupolev) read as Tsu
_HAMLET, _CITY, _HAMLET_RATIO, _NAME_LEAST = 5_000, 200_000, 100, 6
_PARISH = 20_000  # a first-level region this small (a parish of Guernsey or Bermuda) yields to a bigger town


def _override_key(name: str) -> str:
    """An override written in Cyrillic answers only queries in Cyrillic: "РФ" is Russia, "RF" is not; one
    that ends in a full stop, only queries that do: "Pa." is Pennsylvania, "PA" is not."""
    return (normalize(name) + ("@cyrillic" if _CYRILLIC.search(name) else "")
            + ("@abbreviation" if name.endswith(".") else ""))


def _within(matches: list[Match], countries: Iterable[str], region: str | None) -> list[Match]:
    wanted = {c.upper() for c in countries}
    out, seen = [], set()
    for m in matches:
        if wanted and m.place.country_code not in wanted:
            continue
        if region and m.place.region_code != region.upper():
            continue
        ident = (m.place.geonameid, m.place.level, m.place.name)
        if ident not in seen:
            seen.add(ident)
            out.append(m)
    return out


def _index_problem(path: Path, fingerprint: str) -> str | None:
    """Why the index at ``path`` cannot be used as is, or None."""
    if not path.exists():
        return "missing"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta"))
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return "corrupt"
    if meta.get("fingerprint") != fingerprint:
        return "out of date"
    return None
