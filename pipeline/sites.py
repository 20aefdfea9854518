"""Known military-industrial sites that GeoNames lacks (plants, special economic zones, arsenals, ranges),
from geodata/sites.csv: each with its names, its coordinates and the page they come from.

A site named in a text is a place of level ``site`` at the site's coordinates that keeps the GeoNames id of
the town it belongs to, so that it is found both as the site and as the town.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from unidecode import unidecode

from .config import GEODATA_DIR
from .errors import GeodataError
from .gazetteer import Gazetteer
from .gazetteer_build import read_csv
from .names import alternation
from .records import Claim, Mention, Place

SITES_CSV = GEODATA_DIR / "sites.csv"
ALIASES_CSV = GEODATA_DIR / "site_aliases.csv"  # Russian and Ukrainian names, each with the page it was seen on


@cache
def known_sites() -> dict[str, Place]:
    """Every name and alias of a known site -> its place."""
    out: dict[str, Place] = {}
    more = _more_aliases()
    for i, row in enumerate(read_csv(SITES_CSV), start=1):
        try:
            place = Place(int(row["town_geonameid"]), row["name"].strip(), "site", row["country_code"].strip(),
                          "", row["region"].strip(), float(row["lat"]), float(row["lon"]), 0,
                          row["source_url"].strip() or None)
        except (KeyError, TypeError, ValueError) as err:
            raise GeodataError(f"{SITES_CSV}, data row {i}: {err}; each row needs name, town_geonameid, "
                               "country_code, region, lat, lon and source_url") from err
        for name in [place.name, *(row.get("aliases") or "").split("|"), *more.get(row.get("site_id", ""), [])]:
            if name.strip():
                out.setdefault(name.strip(), place)
        more.pop(row.get("site_id", ""), None)
    if more:
        raise GeodataError(f"{ALIASES_CSV} names sites that {SITES_CSV} lacks: {', '.join(sorted(more))}")
    return out


def _more_aliases() -> dict[str, list[str]]:
    """site_id -> the names site_aliases.csv adds."""
    out: dict[str, list[str]] = {}
    for i, row in enumerate(read_csv(ALIASES_CSV), start=1):
        if not all((row.get(k) or "").strip() for k in ("site_id", "alias", "source_url")):
            raise GeodataError(f"{ALIASES_CSV}, data row {i}: each row needs a site_id, an alias and a source_url")
        out.setdefault(row["site_id"].strip(), []).append(row["alias"])
    return out


@cache
def _pattern() -> re.Pattern:
    names = {name.lower() for name in known_sites()}
    return re.compile(r"(?<![\w\-])(?:" + alternation(names) + r")(?![\w\-])", re.IGNORECASE)


@cache
def _by_casefold() -> dict[str, Place]:
    return {name.casefold(): place for name, place in reversed(known_sites().items())}


def find_sites(text: str) -> list[tuple[int, int, Place]]:
    """Known sites named in ``text``, in any case after a capital ("the Tambov gunpowder plant" is the Tambov
    Gunpowder Plant): start and end offsets and the site, in text order."""
    return [(m.start(), m.end(), _by_casefold()[m.group().casefold()]) for m in _pattern().finditer(text)
            if (m.group()[0].isupper() or not m.group()[0].isalpha()) and not _COMPANY_FORM.match(text, m.end())
            and not (" " not in m.group() and _SURNAME.match(text, m.end()))
            and not (m.group() not in known_sites() and _INDEFINITE.search(text, 0, m.start())
                     and not _named_from_its_town(m.group()))]


# "a Black Sea shipyard": a plant described, not the Black Sea Shipyard named; but "a Kazan gunpowder plant"
# begins with the town of the Kazan Gunpowder Plant.
_INDEFINITE = re.compile(r"\b(?:an?|one|another)\s+$", re.I)


def _named_from_its_town(name: str) -> bool:
    """Whether a site's name begins with its town's or region's name (to five letters: "Tambov" of Kotovsk's
    plant in Tambov Oblast)."""
    place = _by_casefold()[name.casefold()]
    first = name.split()[0].casefold()[:5]
    return any(where.casefold().startswith(first) for where in (_towns().get(place.name, ""), place.region_name))


@cache
def _towns() -> dict[str, str]:
    """Site name -> the name of its town."""
    return {row["name"].strip(): (row.get("town") or "").strip() for row in read_csv(SITES_CSV)}


# A one-word name followed by another capitalised word that is no facility's or firm's: "Dastan Bekeshev" is a
# man, not the Dastan plant.
_SURNAME = re.compile(r" (?!(?:Plant|Factory|Works|Shipyard|Yard|Arsenal|Corporation|Concern|Group|Holding|Company|"
                      r"Zone|SEZ|Site|Complex|Centre|Center|Bureau|Institute|Enterprise|Facility)\b)[A-Z][a-z]")


# A company's legal form after the name: "Nammo Lapua Oy's Sastamala factory" is the company's, not the site's.
_COMPANY_FORM = re.compile(r"\s+(?:Oy|Oyj|AB|AS|ASA|A/S|AG|GmbH|SE|Ltd|Limited|Inc|LLC|PLC|plc|JSC|PJSC|OJSC|S\.A\.|"
                           r"S\.p\.A\.|a\.s\.|sp\. z o\.o\.|Sp\. z o\.o\.)\b"
                           r"(?!\s+(?i:plant|factory|works)\b)")  # but "the Kremniy El JSC plant" is the plant


# "the munitions factory at Glascoed", "BAE's Glascoed site": a capitalised word where the plant is, alone or
# with the words that follow it in the site's name ("the munitions site, at Radway Green").
_FACILITY = r"(?i:plant|factory|works|facility|site|arsenal|depot|shipyard|complex)"  # "the Plastmass Factory"
# "the munitions factory at Glascoed"; "the Glascoed munitions site" (two patterns: one match may not hide the other)
_AT_FACILITY = (re.compile(rf"\b{_FACILITY},?\s+(?:at|in|near|outside)\s+([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)"
                           r"(?![\w\-]| [A-Z])"),
                re.compile(rf"(?<![\w\-])([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)\s+(?:[a-z][\w\-]*\s+){{0,2}}{_FACILITY}\b"))
_NAME_BEFORE = re.compile(r"[A-Z][\w\-]*\s+$")  # "Glascoed" in "Old Glascoed site" is part of another name


@cache
def distinctive_words() -> dict[str, Place]:
    """Capitalised words that belong to the names of one site only ("Glascoed" of "ROF Glascoed", "Пелла" of
    "судостроительное предприятие Пелла"); words shared by several sites ("BAE", "Plant") name none of them, nor
    does a company's name ("Rheinmetall": it has many plants)."""
    owners: dict[str, set[str]] = {}
    places: dict[str, Place] = {}
    for name, place in known_sites().items():
        for word in re.findall(r"(?<![\w\-])[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ][\w\-]{2,}", name):
            owners.setdefault(word, set()).add(place.name)
            places[word] = place
    companies = {row["name"] for row in read_csv(GEODATA_DIR / "defence_companies.csv")}
    return {word: places[word] for word, sites in owners.items() if len(sites) == 1 and word not in companies}


# Spellings folded to one: Russian "дж" and English "j", "kh" and "h", Polish "sz" and "cz", "ph" and "f", "ou"
# and "u", the glide "yu" and Cyrillic's "iu" (and both to the "u" of "ü"), "c", "q" and "k", "w" and "v", "y" and
# "i"; the soft sign is dropped.
_SPELLINGS = (("dzh", "j"), ("dj", "j"), ("kh", "h"), ("sz", "sh"), ("cz", "ch"), ("ph", "f"), ("ou", "u"),
              ("yu", "iu"), ("iu", "u"), ("c", "k"), ("q", "k"), ("w", "v"), ("y", "i"), ("'", ""))
_LATIN_KEY = 5  # letters at least of a key: shorter ones meet too many words


def latin_key(name: str) -> str:
    """A key blind to how a name was spelt in Latin letters, so that a Cyrillic name's transliteration meets a
    site's Latin name: "Ходжир" and "Khojir", "Модаррес" and "Modarres", "Калиш" and "Kalisz"."""
    key = unidecode(name).lower()
    for spelling, sound in _SPELLINGS:
        key = key.replace(spelling, sound)
    return re.sub(r"(.)\1", r"\1", key)


@cache
def sites_by_latin_key() -> dict[str, Place]:
    """The distinctive words of sites' Latin names (see :func:`distinctive_words`) by their :func:`latin_key`."""
    return {key: place for word, place in distinctive_words().items()
            if word.isascii() and len(key := latin_key(word)) >= _LATIN_KEY}


def sites_by_word(text: str, common: Callable[[str], bool]) -> list[tuple[int, int, Place]]:
    """Sites a facility is placed at by a word of their name only ("the munitions factory at Glascoed"); never
    by a ``common`` word ("the Tractor plant")."""
    words = distinctive_words()
    after, before = _AT_FACILITY
    found = [(m.start(1), m.end(1), m.group(1)) for m in after.finditer(text)] + [
        (m.start(1), m.end(1), m.group(1)) for m in before.finditer(text)
        if not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())]
    return [(start, end, words[first]) for start, end, phrase in found
            if (first := phrase.split()[0]) in words and not common(first)
            and (phrase == first or phrase in _names_of(words[first]))]


def named_again(text: str, named: list[tuple[int, int, Place]], common: Callable[[str], bool]
                ) -> list[tuple[int, int, Place]]:
    """A distinctive word of a site the text named in full, standing alone later: "the Modarres military base
    ... the expansion began at Modarres" is the base again; never a ``common`` word."""
    words = distinctive_words()
    again = []
    for start, end, site in named:
        for word in re.findall(r"[A-ZА-ЯЁІЇЄҐ][\w\-]{3,}", text[start:end]):
            if words.get(word) == site and not common(word):
                again += [(end + m.start(), end + m.end(), site)
                          for m in re.finditer(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", text[end:])]
    return again


@cache
def _names_of(site: Place) -> str:
    """All the names a site goes by, in one string."""
    return "|".join(name for name, place in known_sites().items() if place == site)


def placed_as_written(claims: list[Claim], mentions: list[Mention], gazetteer: Gazetteer, text: str) -> list[Claim]:
    """Claims about a known plant placed where the article places it when it never names the plant's town:
    "Омсктрансмаш" in a story that names only the Omsk region is in that region (region precision), as the
    reader of the text can tell; the site's coordinates are not the article's, and a doubt on the claim gives
    them. A site whose name is a place's (the Alabuga zone, a test range; "a facility at Glascoed") or names its
    town ("the Kazan Gunpowder Plant"), or whose town the text spells as the gazetteer does not ("Смела"), stays
    the site. Run after ``review.assess``, which weighs the claims as the text named them."""
    named = {m.place.geonameid for m in mentions if m.place.level == "city"}
    capitalised = _written_names(text, mentions)
    moved: dict[Place, Mention] = {}
    for site in {c.place for c in claims if c.place.level == "site"}:
        written = {c.surface for c in claims if c.place == site} | {m.surface for m in mentions if m.place == site}
        placed = any(m.place == site and m.method == "site word" for m in mentions)  # "a facility at Glascoed"
        kept = placed or site.geonameid in named or _TERRITORY.search(site.name) or any(
            _names_its_town(surface, site) for surface in written) or _town_consonants(site) in capitalised or (
            _named_by_its_place(site, written, [c.evidence for c in claims if c.place == site]))
        if not kept and (where := _containing(site, mentions, gazetteer)):
            moved[site] = where
    # two plants in one region would be one facility there: they stay where they are known to be
    shared = Counter(where.place for where in moved.values())
    out = []
    for claim in claims:
        where, site = moved.get(claim.place), claim.place
        out.append(claim if where is None or shared[where.place] > 1 else replace(
            claim, place=where.place, precision=where.place.level, surface=where.surface,
            doubts=[*claim.doubts, f"site not reported: the article names {site.name} but not its town; the known "
                                   f"site is at {site.lat:.4f}, {site.lon:.4f} ({site.source})"]))
    return out


def _containing(site: Place, mentions: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """The first-level region the article names that holds the site, else its country."""
    town = gazetteer.by_geonameid(site.geonameid)
    if town is None:
        return None
    holding = [m for m in mentions if m.role == "location" and (
        m.place.level == "region" and not m.place.subdivision and m.place.region_code == town.region_code
        or m.place.level == "country" and m.place.country_code == town.country_code)]
    return min(holding, key=lambda m: m.place.level != "region", default=None)


def _names_its_town(surface: str, site: Place) -> bool:
    """Whether the site's name as written names its town, in any script and form, by the consonants of the
    town's first word: "Plastmass plant in Kopeysk", "Бийский олеумный завод" (Biysk), "Львовский
    бронетанковый завод" (Lviv), "the Nizhny Novgorod Machine-Building Plant"; but "Омсктрансмаш" is a name
    of its own."""
    town = _town_consonants(site)
    return any(_consonants(word).startswith(town) and len(_consonants(word)) <= len(town) + 4
               for word in re.findall(r"[^\W\d_]{4,}", surface))  # "Тула" and "Тульский": "tl", "tlsk"


def town_written(site: Place, text: str, mentions: list[Mention]) -> bool:
    """Whether the text writes the town the site list gives in a spelling the gazetteer lacks ("Смела")."""
    return _town_consonants(site) in _written_names(text, mentions)


def _written_names(text: str, mentions: list[Mention]) -> set[str]:
    """The consonants of the capitalised Cyrillic words no place was read in: a town in a spelling the gazetteer
    lacks is among them ("Смела", the Russian spelling of Smila, is "sml"), but not "Омской области", a region.
    Not Latin words: "Prime" would be Perm."""
    return {_consonants(m.group()) for m in re.finditer(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{3,}", text)
            if not any(x.start <= m.start() < x.end for x in mentions)}


def _town_consonants(site: Place) -> str:
    return _consonants(re.split(r"[\s\-]+", _towns().get(site.name, ""))[0])


def _consonants(word: str) -> str:
    """A name's consonants in Latin letters, where Russian and Ukrainian spellings of a town agree: Львов and
    Lviv are both "lvv", Бийский "bsk" and Biysk "bsk"; Cyrillic "дж" and Korean "чж" are the "j" of Khojir and
    Rajin."""
    return re.sub(r"[^a-z]|[aeiouy]", "", _J.sub("j", unidecode(word).lower()))


_J = re.compile(r"chzh|dzh")


# A site whose name is a place's: a zone, a base, a range, an arsenal or a depot.
_TERRITORY = re.compile(r"(?i)\b(?:zone|base|range|cosmodrome|ground|test site|area|park|arsenal|depot)\b")


def _named_by_its_place(site: Place, written: set[str], evidence: list[str]) -> bool:
    """Whether a complex is written as the place it is named for ("Parchin" for the Parchin military complex), and
    not only as a place something else is near ("a new plant near Parchin")."""
    first = site.name.split()[0]
    key = _consonants(first)  # in any script and case: "в Парчине"
    if not site.name.endswith(" complex") or not any(
            w == first or _consonants(w).startswith(key) and len(_consonants(w)) <= len(key) + 2 for w in written):
        return False
    return not any(re.search(rf"\b(?:near|outside|next to|close to|from|around)\s+(?:the\s+)?{re.escape(first)}\b",
                             e) for e in evidence)
