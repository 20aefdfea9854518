"""Merge: claims about the same facility, within and across articles, become one Facility."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from .borders import nearest_nato
from .geoparse import METROPOLIS, NEAR_KM, contains, km_apart
from .records import Article, Claim, Facility, Place
from .review import Review

# Product families that tell facilities at one place apart ("drone factory" vs "gunpowder plant").
FAMILIES = {
    "drone": ("drone", "uav", "unmanned", "shahed", "geran", "ababil", "mohajer", "loitering"),
    "ammunition": ("ammunition", "munition", "shell", "artillery", "round", "mm"),
    "armour": ("tank", "armour", "armor", "howitzer", "fighting vehicle", "combat vehicle"),
    "missile": ("missile", "rocket", "iskander", "warhead"),
    "explosives": ("explosive", "gunpowder", "powder", "tnt", "rdx", "hmx", "energetic", "nitrocellulose",
                   "propellant"),
    "aircraft": ("aircraft", "helicopter", "bomber", "jet", "engine", "tu-", "su-"),
    "naval": ("shipyard", "frigate", "destroyer", "submarine", "corvette", "warship"),
}
_PRECISION_RANK = {"site": 0, "city": 1, "region": 2, "country": 3}
# A facility's life: a report of an earlier stage can describe the same facility as a report of a later one.
STAGE = {"proposed": 0, "planned": 1, "converting": 2, "under construction": 2, "operational": 3, "expanded": 4,
         "struck": 4, "closed": 5}


def family(claim: Claim) -> str | None:
    """The product family a claim is about, from its kind and products; None when it does not say."""
    return next(iter(_families(claim.kind, tuple(claim.products))), None)


def families(claim: Claim) -> tuple[str, ...]:
    """Every product family a claim's kind and products name: a propellant plant that also fills shells is of
    two ("the gunpowder plant" and "the rocket plant" of one article can be one works)."""
    return _families(claim.kind, tuple(claim.products))


@lru_cache(maxsize=4096)  # merging asks it of every pair of claims at a place
def _families(kind: str, products: tuple[str, ...]) -> tuple[str, ...]:
    words = " ".join([kind, *products]).lower()
    return tuple(name for name, stems in FAMILIES.items() if any(stem in words for stem in stems))


def place_key(place: Place) -> tuple:
    """Where a facility is: its GeoNames id and level; a site (which shares its town's id) also by name."""
    return (place.geonameid, place.level, place.name if place.geonameid is None or place.level == "site" else "")


def _group_key(place: Place) -> tuple:
    """The place claims of one facility share: a known site by its name alone (the town's id it shares depends on
    the towns an article names: the Tambov plant is Kotovsk's where Kotovsk is named, else Tambov's)."""
    return (None, "site", place.name) if place.level == "site" else place_key(place)


def _compatible(a: Claim, b: Claim) -> bool:
    """A product family in common (or one unknown; or one known site, which is one plant whatever it is said to
    make) and, apart from host states, operators that overlap; or one proper name in the same article."""
    if a.article_id == b.article_id and plant_names(a.evidence) & plant_names(b.evidence):
        return True
    fa, fb = families(a), families(b)
    if fa and fb and not set(fa) & set(fb) and not (a.place.level == "site" and _group_key(a.place) == _group_key(
            b.place)):
        return False
    hosts = {a.place.country_code, b.place.country_code}
    oa, ob = set(a.operators) - hosts, set(b.operators) - hosts
    return not (oa and ob and not oa & ob)


def _same_or_earlier_stage(coarse: Claim, fine: Claim) -> bool:
    """Whether the coarse claim can be an earlier report of the same plant. A strike can hit any plant, so a
    struck one takes a coarse claim only when both name the same product family; a plant of the family a strike
    hit is the one hit ("a missile plant in the Tula region was hit ... the Tula bureau makes missiles")."""
    same_family = bool(set(families(coarse)) & set(families(fine)))
    if fine.status == "struck" and coarse.status != "struck" and not same_family:
        return False
    if _new_beside_standing(coarse, fine):
        return False
    if "unknown" in (coarse.status, fine.status):
        return True
    if coarse.status == "struck" and fine.status != "struck":  # a plant still to come was hit by nothing
        return same_family and STAGE[fine.status] >= STAGE["operational"]
    if coarse.status == "operational" and _OPENED.search(coarse.status_cue or "") and fine.status == "planned" and (
            _FORECAST.search(fine.evidence)):
        return True  # "opened a plant in Arkansas" then "the plant in Camden is expected to produce 50,000 shells"
    if coarse.status == "expanded" and fine.status in ("planned", "under construction", "operational"):
        return True  # "expanding shell output in Ohio": the Lima plant being built there, or the one working there
    if coarse.status == "converting" and fine.status in ("planned", "under construction"):
        # "converting two of its plants in France to drones": "the drones will be made in Le Mans"; not "Safran
        # plans a new drone factory in Toulouse"
        return _NEW_PLANT.search(fine.evidence) is None
    return STAGE[coarse.status] <= STAGE[fine.status]


def _new_beside_standing(coarse: Claim, fine: Claim) -> bool:
    """Whether the coarse claim tells of a new plant still to come and the precise one of a plant that stands, in
    words of nothing new or to come: "a new shell factory in Poland will be built" is not "the Dezamet factory in
    Nowa Dęba", where the prime minister spoke."""
    return (coarse.status in ("planned", "under construction") and _NEW.search(coarse.evidence) is not None
            and fine.status == "operational" and _NEW_PLANT.search(fine.evidence) is None)


_NEW = re.compile(r"\b(?:new|нов\w*)\b", re.I)


_OPENED = re.compile(r"\b(?:open|inaugurat|unveil)", re.I)
_FORECAST = re.compile(r"\b(?:is|are)\s+expected\s+to\s+(?:produce|make|manufacture|turn\s+out|deliver)\b", re.I)


# Words of a plant still to be built: another plant than the ones a maker converts ("drones will be built in X"
# reads so too, and stays apart).
_NEW_PLANT = re.compile(r"\b(?:new|build|builds|built|building|construct\w*|"
                        r"нов(?:ый|ая|ое|ые|ий|а|е|і|ого|ой|ую|ых|их)|постро\w*|будів\w*|збуду\w*|строи\w*)\b", re.I)


def refine_within_article(claims: list[Claim], pinned=lambda claim: False) -> list[Claim]:
    """A country- or region-level claim goes to the precise place the same article gives for that facility:
    same product family, overlapping operators, and a status that can precede the precise one's ("a deal
    to build a base in Venezuela" then "the base at Maracay has opened"). A town's claim goes to the one known
    site the article names in that town ("the Sverdlov plant in Dzerzhinsk" then "explosions in Dzerzhinsk").
    A ``pinned`` claim (its place set by the analyst) stays where it is."""
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article_id, []).append(c)
    out = []
    for group in by_article.values():
        for c in group:
            # one sentence that puts plants in two places tells of two ("the Minsk Tractor Works and the
            # Belarusian Steel Works")
            finer = [o for o in group if contains(c.place, o.place) and _compatible(c, o) and _covers(o, c)
                     and _same_or_earlier_stage(c, o) and not _same_sentence(c, o)]
            finer = _same_name(c, group) or finer or _the_site_in(c, group)
            towns = [o for o in group if _town_near(c, o, group) and _compatible(c, o)
                     and _same_or_earlier_stage(c, o) and not _same_sentence(c, o)]
            finer = finer or (towns if len({o.place.geonameid for o in towns}) == 1 else [])
            finer = finer or _elsewhere_than_dateline(c, group)
            if finer and not pinned(c):
                best = min(finer, key=lambda o: _PRECISION_RANK[o.precision])
                c = _moved(c, (_the_site_in(best, group) or [best])[0])  # "near Moscow" is the site in Dubna
                if c.status == "expanded" and best.status in ("planned", "under construction", "operational"):
                    c = replace(c, status=best.status)  # a nation's growth says less of the plant than its own news
            out.append(c)
    return out


# "a factory near Kyiv": the town is a reference point for the plant, which may be in another town nearby
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close to|on the outskirts of)\s+(?:the\s+)?"
                          r"(?:(?:city|town|capital) of\s+)?$"  # and "под Москвой", "під Києвом"
                          r"|(?<!\w)(?:под|під|около|возле|вблизи|поблизости|біля|поблизу|неподалік від|"
                          r"неподалеку от)\s+$", re.I)


def _same_name(coarse: Claim, article: list[Claim]) -> list[Claim]:
    """The claims of the one precise place where the article puts a plant the coarse claim names by its proper
    name ("the Taesong Machine Factory in Nampo" ... "the Taesong Machine Factory is the oldest missile plant in
    North Korea")."""
    names = plant_names(coarse.evidence)
    named = [o for o in article if o.evidence != coarse.evidence and contains(coarse.place, o.place)
             and names & plant_names(o.evidence)]
    return named if len({o.place.geonameid for o in named}) == 1 else []


# "the Taesong Machine Factory", "завод «Іскра»", «Уралвагонзавод»: a plant's proper name
_PLANT_NAME = re.compile(r"\b((?:(?!The\b)[A-Z][\w\-]*\s+){1,4}(?:Factory|Plant|Works|Shipyard|Arsenal|Combine))\b|"
                         r"(?<!\w)(?:завод|комбинат|предприяти|підприємств|концерн)\w*\s+(?:имени\s+|імені\s+)?"
                         r"[«\"„]([^»\"“]{2,40})[»\"“]")


def plant_names(text: str) -> set[str]:
    """The proper names of plants a text gives."""
    return {(m.group(1) or m.group(2)).strip().lower() for m in _PLANT_NAME.finditer(text)}


def _town_near(coarse: Claim, fine: Claim, article: list[Claim]) -> bool:
    """Whether a claim placed near a city may be about a plant the article puts in a smaller town close by ("a
    factory near Kyiv" ... "a factory near the town of Brovary"); so may a claim that only refers back to it ("the
    factory was hit")."""
    other_day = coarse.event_date and fine.event_date and coarse.event_date != fine.event_date
    return (coarse.precision == "city" and fine.precision in ("city", "site") and not other_day
            and fine.place.geonameid != coarse.place.geonameid and fine.place.population < coarse.place.population
            and (_placed_near(coarse) or coarse.surface not in coarse.evidence and any(
                _placed_near(c) for c in article if c.place == coarse.place))
            and _near(coarse, fine))


# "outside Moscow" may be a town of the region a city of millions heads, 100 km out
_NEAR_METROPOLIS_KM = 120


def _near(coarse: Claim, fine: Claim) -> bool:
    """Whether the town is near the city: within 50 km; within 120 km for a city of millions when the town's
    plant is told of ("a plant outside Moscow was struck" ... "blasts at the plant in Dubna"; not "a plant in
    Dubna said it has hired 500 workers"), or for any city the article says the town is near."""
    km = km_apart(coarse.place, fine.place)
    return km <= NEAR_KM or (km <= _NEAR_METROPOLIS_KM and (
        coarse.place.population >= METROPOLIS and fine.status != "unknown" or _said_near(coarse, fine)))


def _said_near(coarse: Claim, fine: Claim) -> bool:
    """Whether the town's own sentence says it is near the city ("built in Unterlüß near Hanover")."""
    at = fine.evidence.find(fine.surface)
    city = fine.evidence.find(coarse.surface, at + len(fine.surface)) if at >= 0 else -1
    gap = fine.evidence[at + len(fine.surface):city]
    return city > 0 and len(gap) <= _NEAR_GAP and _NEAR_BEFORE.search(gap) is not None


_NEAR_GAP = 40  # characters between the town and "near" its city: more is another clause


# "COPENHAGEN (Reuters) - ", "KYIV, Ukraine (AP) — ": where the story was filed
_DATELINE = re.compile(r"\s*[*_]*[A-Z][A-Za-z .'’\-]{1,30}?(?:,[^\n(]{0,25})?\s*(?:\([^)\n]{1,30}\)\s*)?[—–\-:]")


def _elsewhere_than_dateline(claim: Claim, article: list[Claim]) -> list[Claim]:
    """The claims of the one town the article names for the plant, when the claim's only place is the town its
    dateline files the story from ("COPENHAGEN (Reuters) - Denmark aims to restart ammunition production" ...
    "the plant in Elling")."""
    dateline = _DATELINE.match(claim.evidence)
    if claim.precision != "city" or not dateline or claim.surface not in dateline.group(0) or (
            claim.surface in claim.evidence[dateline.end():]):  # "OSLO (Reuters) - ... a plant in Oslo"
        return []
    towns = [o for o in article if o.place.country_code == claim.place.country_code and o.place != claim.place
             and o.precision in ("city", "site") and _compatible(claim, o) and _same_or_earlier_stage(claim, o)]
    return towns if len({o.place.geonameid for o in towns}) == 1 else []


def _placed_near(claim: Claim) -> bool:
    """Whether the claim's sentence puts the plant near or outside its town, not in it."""
    at = claim.evidence.find(claim.surface)
    return at > 0 and _NEAR_BEFORE.search(claim.evidence[:at]) is not None


def _covers(fine: Claim, coarse: Claim) -> bool:
    """Whether the precise claim makes everything the coarse one names: "drone and powder lines in Romania" are
    more than "the TNT plant in Făgăraș"."""
    return not families(fine) or set(families(coarse)) <= set(families(fine))


def _same_sentence(a: Claim, b: Claim) -> bool:
    """Whether two claims come from one sentence of the article."""
    return (a.evidence_start, a.evidence) == (b.evidence_start, b.evidence)


def _the_site_in(town: Claim, group: list[Claim]) -> list[Claim]:
    """The claims of the one known site the article names in the claim's town, if it names one only."""
    sites = [o for o in group if _site_in_town(o.place, town.place) and _compatible(town, o)]
    return sites if len({o.place.name for o in sites}) == 1 else []


def _site_in_town(site: Place, town: Place) -> bool:
    return site.level == "site" and town.level == "city" and site.geonameid == town.geonameid


def _moved(claim: Claim, to: Claim) -> Claim:
    return replace(claim, place=to.place, precision=to.precision, surface=to.surface)


def _report_date(claim: Claim, articles: dict[str, Article]) -> str | None:
    article = articles.get(claim.article_id)
    return article.published if article else None


def merge(claims: Iterable[Claim], articles: dict[str, Article], review: Review | None = None) -> list[Facility]:
    """Facilities from claims: same place (after refinement) and compatible kind and operators; then the analyst's
    decisions: rejected claims left out, corrections applied, facilities merged, split and marked."""
    review = review or Review()
    live = [c for c in map(review.applied, claims) if c.review != "rejected"]
    facilities = [build_facility(group, articles) for group in review.regroup(_grouped(live, review.placed))]
    for f in facilities:
        f.review, f.conflicts = review.facility_state(f.claims), conflicts(f.claims, articles)
    return facilities


def _grouped(claims: list[Claim], pinned) -> list[list[Claim]]:
    """Claims at one place go to the first group all of whose claims are compatible with them, else start one."""
    groups: list[list[Claim]] = []
    # per group, one claim of each kind _compatible tells apart: an archive repeats a facility's claims hundreds of
    # times, and a claim is checked against these few, not against all of them
    kinds: list[dict[tuple, Claim]] = []
    index: dict[tuple, list[int]] = {}
    for claim in refine_within_article(claims, pinned):
        key = _group_key(claim.place)
        kind = (families(claim), frozenset(claim.operators), claim.place.country_code)
        for gi in index.get(key, []):
            if all(_compatible(claim, other) for other in kinds[gi].values()):
                groups[gi].append(claim)
                kinds[gi].setdefault(kind, claim)
                break
        else:
            index.setdefault(key, []).append(len(groups))
            groups.append([claim])
            kinds.append({kind: claim})
    return groups


def conflicts(claims: list[Claim], articles: dict[str, Article]) -> list[str]:
    """Where a facility's claims disagree: on its town or site, or on its status across reports (a later report of
    an earlier stage, or two reports of one day with different stages). A strike is news, not a stage."""
    out = []
    towns = sorted({c.place.name for c in claims if c.precision in ("site", "city")})
    if len(towns) > 1:
        out.append(f"claims disagree on the place: {', '.join(towns)}")
    said: dict[str, tuple[str, str]] = {}  # per article: its date and the status it states first
    for c in sorted(claims, key=lambda c: c.evidence_start):
        if c.status not in ("unknown", "struck"):
            said.setdefault(c.article_id, (_report_date(c, articles) or c.event_date or "", c.status))
    reports = sorted(r for r in said.values() if r[0])  # undated reports have no order
    if any(STAGE[later] < STAGE[earlier] or (day == then and later != earlier)
           for (then, earlier), (day, later) in itertools.pairwise(reports)):
        out.append(f"claims disagree on the status: {', '.join(sorted({s for _, s in reports}))}")
    return out


_ALLEGED = re.compile(r"(?<!\w)(?:allegedly|purportedly|якобы|будто бы|нібито|начебто)(?!\w)", re.I)


def latest_status(claims: list[Claim], articles: dict[str, Article]) -> str:
    """The status the latest report that gives one states first: news states its news at the top, and the
    background (what the plant made before, what else is planned) after it. A plant the reports name without
    saying what happened to it is a working plant, as the annotation rules read a plant mentioned in passing
    (its claims keep "unknown" and no cue)."""
    known = [c for c in claims if c.status != "unknown"]
    if not known:
        return "operational"
    latest = max(_report_date(c, articles) or "" for c in known)
    report = [c for c in known if (_report_date(c, articles) or "") == latest]
    # "drones allegedly hit the plant ... The plant was not damaged": what is stated outweighs what is alleged
    report = [c for c in report if not _ALLEGED.search(c.evidence)] or report
    # "jobs lost to site closures between 1991 and 2001": a closure years before the report is its background to
    # news of the plant growing, hit or being built (not to what it "had made" before it closed)
    if any(c.status in _NEWS_AFTER_CLOSURE or c.status == "operational" and _AGAIN.search(c.evidence)
           for c in report):
        report = [c for c in report if not (c.status == "closed" and _years_before(c, latest))]
    first = min(report, key=lambda c: c.evidence_start).status
    if first == "planned" and _planned_output_at_a_working_plant(report):
        first = "operational"
    if first == "closed" and any(c.status == "converting" for c in report):
        first = "converting"  # "the former car factory ... the plan to convert it into a weapons factory"
    # a plant that works and has grown has expanded, one that works and was hit was struck, one that works and
    # is to make something else is converting: the report says more than "it works"
    later = next((s for s in ("struck", "expanded", "converting") if any(c.status == s for c in report)), None)
    return later if first == "operational" and later else first


def _planned_output_at_a_working_plant(report: list[Claim]) -> bool:
    """"Missiles will be made in Belfast ... at the Thales factory there, which makes them now": what is still to
    be made is output to come at a plant the report says works, not a plant to come."""
    planned = [c for c in report if c.status == "planned"]
    return all(c.kind.endswith(" production") or _FUTURE_OUTPUT.fullmatch(c.status_cue or "") for c in planned) and any(
        c.status == "operational" and not c.kind.endswith(" production") for c in report)


# what a plant "will make" once it runs at full capacity is output to come, as much of a working plant as of a new one
_FUTURE_OUTPUT = re.compile(r"(?:will|would)\s+(?:soon\s+)?(?:make|produce|manufacture|turn out|deliver)", re.I)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BACKGROUND_YEARS = 3


_NEWS_AFTER_CLOSURE = ("expanded", "struck", "under construction", "converting", "planned")
_AGAIN = re.compile(r"\b(?:again|restart\w*|resum\w*|reopen\w*|relaunch\w*)\b", re.I)  # working once more


def _years_before(claim: Claim, published: str) -> bool:
    """Whether what the claim tells is dated some years before the report: its date, else every year its sentence
    names ("founded in 2010, it shut down on Monday" is dated Monday)."""
    years = [int(y) for y in _YEAR.findall(claim.event_date or claim.evidence)]
    return bool(years and published[:4].isdigit()) and max(years) <= int(published[:4]) - _BACKGROUND_YEARS


def located(facility: Facility) -> bool:
    """Whether the facility's site or town is known (not only its region or country)."""
    return facility.precision in ("site", "city")


def _kind(kinds: Counter) -> str:
    """The kind most claims say, a general kind counting for a precise one that contains its words ("drone
    plant" for "drone assembly plant"); of equals, the most precise."""
    words = {k: set(k.split()) for k in kinds}
    return max(kinds, key=lambda k: (sum(n for other, n in kinds.items() if words[other] <= words[k]), len(words[k])))


def build_facility(claims: list[Claim], articles: dict[str, Article]) -> Facility:
    first = claims[0]
    dates = sorted(filter(None, (_report_date(c, articles) or c.event_date for c in claims)))
    kind = _kind(Counter(c.kind for c in claims))
    products = list(dict.fromkeys(p for c in claims for p in c.products))
    operators = list(dict.fromkeys(o for c in claims for o in c.operators))
    ident = hashlib.sha256(repr((place_key(first.place), family(first), first.article_id,
                                 first.evidence_start)).encode()).hexdigest()[:12]
    place_label = first.place.name if first.precision != "country" else f"{first.place.name}, site not reported"
    facility = Facility(id=ident, name=f"{kind[:1].upper()}{kind[1:]} ({place_label})", place=first.place,
                        precision=first.precision, kind=kind, products=products,
                        status=latest_status(claims, articles), operators=operators,
                        first_reported=dates[0] if dates else None, last_reported=dates[-1] if dates else None,
                        claims=claims, sources=len({c.article_id for c in claims}))
    # A region or country is not where the facility is: a distance from its label point would mislead.
    near = nearest_nato(first.place.lat, first.place.lon, facility.last_reported) if located(facility) else None
    if near:
        facility.nearest_nato, facility.nato_distance_km = near.iso_a2, near.km
    return facility
