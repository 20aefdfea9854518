"""Facts: from each sentence that reports a facility, a Claim (where, what, status, capacity, who, when,
who says so, and the sentence itself).

The rules read English news the way an analyst skims it: a facility noun ("plant", "factory", "production
facilities") near a military product; the place after a locative preposition ("in Homiel, Belarus") and not
the place of a meeting ("at an exhibition in Minsk"); the status from the verbs; the attribution from
reporting verbs ("Ukraine claimed", "according to ISW").
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, partial

from rapidfuzz import fuzz
from unidecode import unidecode

from . import frames
from .accidents import accidents
from .config import GEODATA_DIR
from .facilities import contains
from .gazetteer_build import capitals
from .geoparse import (
    AFTER_FACILITY_COMMA,
    DIRECTION,
    LOCATIVE_WORDS,
    NEAR_KM,
    OWNED_GAP,
    demonyms,
    km_apart,
    stop_words,
)
from .names import alternation
from .records import Capacity, Claim, Mention

# "Plant" or "works" in Polish, Czech, Russian and Romanian plants' own names: "Zakład Produkcji Specjalnej Gamrat".
_NAMES_A_PLANT = re.compile(r"Zakłady|Zakład|Fabryka|Závody|Závod|Zavod|Uzina|Zbrojovka")
FACILITY_NOUN = re.compile(
    r"\b(?:(?:production|manufacturing|assembly|repair) (?:lines?|sites?|bases?|hubs?|facility|facilities|plants?|"
    r"capacity|capacities|capabilities|centres?|centers?|locations?|halls?|units?|clusters?)|(?:giga)?factory|"
    r"(?:giga)?factories|plants?|"
    r"facility|facilities|workshop|foundry|foundries|(?:powder|gunpowder) mills?|"
    r"(?:main|arms|ordnance|tank|chemical|powder|machine-building|engineering|steel) works|"
    r"(?:(?<=the )|(?<=its )|(?<=their )|(?<=['’]s ))(?<!in the )works|"  # "the works at X", "HESA's works"
    r"(?-i:(?<=[a-z] )(?<!Public )Works)|"  # a works' own name: "the Minsk Tractor Works"
    r"workshops|arsenals?|shipyards?|(?:ship-?repair|shipbuilding|naval|dock) yards?|campus(?:es)?|"
    r"(?:(?<=the )|(?<=its )|(?<=['’]s ))yards?|"  # "the yard in Severodvinsk builds submarines"
    r"(?:floating )?dry ?docks?|drydocks?|slipways?|shipways?|"
    r"depots?|(?:(?<=weapons )|(?<=arms )|(?<=ammunition )|(?<=munitions )|(?<=missile )|(?<=drone )|"
    r"(?<=storage ))hubs?|enterprise|enterprises|(?:industrial|economic) zone|(?:defen[cs]e )?"
    r"(?:industry |industrial )?park|complex(?:es)?|cent(?:re|er)s? of excellence|"
    r"(?:drone|development|military|air) base|sites?|"
    r"production(?!\s+(?:markets?|sectors?|industry|chains?|volumes?|costs?|figures|rates?|targets?|quotas?|"
    r"levels?|growth|process(?:es)?|cycles?|technolog(?:y|ies)|licen[cs]es?|rights)\b)|"  # not "production market"
    r"(?-i:assembly)(?=\s+of\s|$)|manufactur(?:e|ing)(?=\s+of\s|$)|"  # "an assembly of drones", not the National
    # Assembly ($: the word alone); "the manufacture of shells"
    r"(?:manufacturer|maker|producer)s?(?=,?\s+(?:based|headquartered|located)\s+(?:in|at|near)\b)|"  # its works
    rf"(?-i:{_NAMES_A_PLANT.pattern}))\b", re.I)
PRODUCT_TERMS = re.compile(
    r"\b(?:(?:rocket |grenade )?launchers?|rocket (?:fuel|motors?)|"
    r"drones?|UAVs?|UGVs?|unmanned (?:aerial|ground) vehicles?|loitering munitions?|shells?|ammunition|"
    r"munitions?|missiles?|"
    r"rockets?|cartridges?|primers?|fuzes?|ordnance|grenades?|mortars?|"
    r"explosives?|gunpowder|powder|nitrocellulose|TNT|RDX|HMX|energetics|energetic materials|propellants?|bombs?|"
    r"warheads?|(?:aircraft|helicopter|jet)s?|"
    r"bombers?|engines?|tanks?|"
    r"armou?red vehicles?|(?:fighting|combat) vehicles?|howitzers?|interceptors?|submarines?|warships?|"
    r"frigates?|corvettes?|destroyers?|cruisers?|torpedo(?:es)?|microelectronics|mines|rifles?|pistols?|"
    r"(?:machine |shot|hand)guns?|firearms?|radars?|ammo|weapons?|arms|artillery|military|defen[cs]e)\b"
    r"(?!\s+(?:attacks?|strikes?|raids?|debris|swarms?|assaults?|fragments?)\b)", re.I)
# Facilities that are not military production: "oil and gas facilities", "a nuclear plant", "medical facilities".
_CIVILIAN = re.compile(r"\b(?:oil|gas|energy|power|nuclear|fuel|water|residential|port|ferry|"
                       r"(?<!ammunition )(?<!munitions )(?<!weapons )(?<!arms )(?<!missile )(?<!drone )storage|"
                       r"refining|refinery['’]s|refineries['’]|"
                       r"electricity|thermal|heating|medical|health|healthcare|educational|sports|civilian)"
                       r"(?:\s+and\s+\w+)?\s+$", re.I)
# Makers of civilian goods: their plants are not arms plants, even in a story about arms.
_TO_BE_CONVERTED = frozenset({"planned", "under construction", "operational", "unknown"})
_CIVILIAN_MAKER = re.compile(r"\b(?:auto ?maker|car ?maker|automobile|automotive|furniture|brewer(?:y|ies)?|bakery|"
                             r"dairy|food|beverages?|"
                             r"textiles?|clothing|apparel|footwear|toys?|cosmetics|paper|glass|cement|tyres?|tires?|"
                             r"fertili[sz]ers?|retailer|supermarkets?|airline|appliances?|household)\b", re.I)
DESIGNATION = re.compile(r"\b[A-Z][a-zA-Z]{1,12}-\d{1,4}[A-Z0-9]*\b")
# The calibres of guns and their shells, not of steel sheets or pipes ("50mm steel sheets").
_ARMS_CALIBRE = re.compile(r"\b(?:5\.56|7\.62|9|12\.7|14\.5|20|23|25|30|35|40|57|60|76|81|82|100|105|120|122|125|"
                           r"130|152|155|203)\s?mm\b")
CALIBRE = re.compile(r"\b\d{2,3}\s?mm\b(?:\s+(?:artillery\s+)?(?:shells|ammunition|rounds))?", re.I)
# Product words that only say "military", not what is made.
_CONTEXT_WORDS = ("military", "defence", "defense")
_QUALIFIERS = re.compile(
    r"((?:(?:drone|drones|UAV|ammunition|shell|artillery|missile|munitions|explosives|gunpowder|weapons?|arms|"
    r"aircraft|helicopter|engine|tank|military|defen[cs]e|production|manufacturing|assembly|microelectronics)"
    r"\s+){1,3})$", re.I)

# "the plant would be ready by 2027": what the plant is to be once built, said of one still to come
_READY = r"(?:ready|completed|finished|operational|up and running)\b"
# Status rules, first match wins: a strike outranks everything, a hedge outranks what it hedges.
STATUS_RULES: tuple[tuple[str, re.Pattern], ...] = tuple((status, re.compile(pattern, re.I)) for status, pattern in (
    ("struck", r"(?<!ground-)(?<!\bon )(?<!\bworkers' )(?<!\blabor )(?<!\blabour )"  # not workers' strikes
               r"\b(?:attack(?:ed|s)?|struck|strikes?|hit|targeted(?! for)|explosions?|blasts?|shelled|"
               r"bombed|damaged|(?<!\bno )(?<!\bnot )(?<!\bany )damage|destroyed|destruction|on fire|fire broke out|"
               r"drone raid)\b"
               r"(?![\s\-]+(?:drones?|UAVs?|helicopters?|aircraft|jets?|planes?|submarines?|boats?|fighters?|"
               r"bombers?|missiles?|weapons?|vehicles?|capabilit(?:y|ies)|groups?|forces?|packages?|systems?))"),
    ("closed", r"\b(?:closed|shut (?:down)?|shutdown|ceased|halted production|abandoned|dismantled|"
               r"went bankrupt|defunct|unused|mothballed|derelict|rusting|"
               r"idle(?!\s+(?:talk|chatter|threats?|speculation|words|promises?|boasts?|claims?|rumou?rs?)))\b"),
    ("proposed", r"\b(?:propos(?:ed|al|es)|(?:could|would|might)(?!\s+be\s+" + _READY + r")"
                 r"(?!\s+(?:clearly\s+)?be\s+(?:seen|observed|spotted|"
                 r"heard|visible|detected|noticed)\b(?!\s+as\b))|consider(?:s|ing)?|"  # "would be seen as": judged
                 r"studying|discuss(?:ed|ing)?|talks on|possible|potential(?! of (?!an?\b)))\b"
                 r"(?!\s+(?:[A-Z][\w\-]*\s+)?(?:attacks?|strikes?|raids?|shelling|job|jobs|layoffs?|cuts|delays?))"),
    # "potential attacks" threaten, "possible job cuts" hang over the workers;
    # "the potential of the industry" is what it can do; "the potential of a new plant" is a proposal
    ("converting", r"\b(?:convert(?:ed|ing)?|conversion|repurpos(?:ed|ing))\b"
                   r"(?!\s+(?:facilit(?:y|ies)|plants?|lines?|sites?|workshops?|centres?|centers?)\b)"),
    # "a missile conversion facility" converts what it is given: what it does, not what befalls it
    ("under construction", r"\b(?:(?:is|are|being|was) (?:actively )?(?:construct|build)(?:ing|ed)|"
                           r"under construction|construction (?:work )?(?:of|on)|(?:started|began) construction|"
                           r"started building|began building|builds|building a|erect(?:ing|ed))\b"),
    ("planned", r"\b(?:(?:will|would) be " + _READY + r"|"
                r"plan(?:s|ned|ning)? to|planned|will (?:be )?(?:build|built|open|opened|construct|"
                r"constructed|produce|make|host|hosted|located|manufacture)|earmarked|scheduled|"
                r"intends? to|set to|agreed to build|preparing to|is to|are to|aims? to|"
                r"signed .{0,40}(?:agreement|deal)|announced plans|future|"
                r"ahead of (?:\w+ )?(?:production|manufacturing|assembly))\b"),  # "tests ahead of volume production"
    ("expanded", r"\b(?:expand(?:ed|ing|s)?|expansion|boost(?:ed|ing)? (?:production|output)|scal(?:e|ed|ing) up|"
                 r"increas(?:e|ed|ing) (?:production|output|capacity)|new (?:production )?line)\b"),
    ("operational", r"\b(?:opened|opens|established|set up|operat(?:es|ing|ional)|produc(?:es|ing|ed)|"
                    r"manufactur(?:es|ing|ed)|"
                    r"makes|making|began production|started production|in operation|launched|rolls? off|"
                    r"supplies|assembl(?:es|ing)|employs)\b"),
))

_STRUCK = dict(STATUS_RULES)["struck"]
# A town itself attacked, not a thing in it: "drones attacked Aleksin", "a raid on Aleksin".
_TOWN_ATTACKED = re.compile(r"\b(?:attack(?:ed|s|ing)?|struck|hit|shelled|bombed|targeted|raid(?:ed|s)?|"
                            r"strikes?)\s+(?:on\s+|against\s+)?(?:the\s+(?:city|town)\s+of\s+)?(?=[A-Z])")
# Blasts told of in a town, not a house damaged or a knife attack there: "explosions were heard near X".
_HEARD_BLASTS = re.compile(r"\b(?:explosions?|blasts?|detonations?)\b", re.I)

LOCATIVE = re.compile(r"(?:\b(?:in|at|near|next to|beside|adjacent to|close to|outside|inside|within|around|"
                      r"in and around|such as|located in|based in|"
                      r"(?:plants|factories|facilities|sites|works|shipyards|depots),? like|"  # "other sites, like X"
                      r"(?:city|town|village|region|republic|province|oblast|district|outskirts|north|south|east|west|"
                      r"northeast|northwest|southeast|southwest|edge|fringe|suburbs?|part|side|"
                      r"shipyard|dockyard|plant|factory|arsenal) of)"  # "the western shipyard of Nampo"
                      r"\s+(?:(?:the|its|their)\s+)?(?:[\w\-]+(?:['’]s)?\s+)?(?:(?:city|town|village|settlement|region|republic|province|oblast|district|"
                      r"state|county|prefecture|governorate|territory) of\s+|capital (?:city )?(?:of\s+)?)?"
                      r"|\b(?:located|situated)\s+(?:in|at|near)\s+[^.;:]{0,40}$"  # "located in the valleys of X, Y"
                      r"|\b(?:zone|park|plant|factory|base|complex)\s+[\"“]"
                      # "the Svetlo plant (Zhlobin)", "the Optika factory (city of Lida)": the town in brackets after it
                      r"|\b(?:plant|factory|works|facility|shipyard|complex|arsenal|enterprise)\s*"
                      r"\(\s*(?:(?:city|town|village)\s+(?:of\s+)?)?"
                      # names the gazetteer lacks before the place: "in Marsh Leyton, England", "in Castelmoro and Asti"
                      r"|\b(?:in|at|near)\s+(?:(?-i:[A-Z])[\w\-'’]*,?\s+(?:and\s+|or\s+)?){1,4})$", re.I)
# A ceremony held at the plant it starts or opens: "a ribbon-cutting ceremony held in Ingersoll" (not a ship's
# commissioning, nor a fair's opening).
_OPENING_CEREMONY = (r"(?:ribbon[\s\-]cutting|ground-?breaking|(?:foundation|corner)[\s\-]?stone(?:[\s\-]laying)?)"
                     r"\s+ceremon")
# A meeting, fair or visit the sentence is told at: "at a defence fair in Warsaw", "during a visit to Minsk"; not
# an opening ceremony.
# No facility word between the event and the place: "a visit to the drone plant in Kazan" is the plant's place.
_NO_PLANT_BETWEEN = r"(?:(?!\b(?:plant|factor|facilit|site|works|depot|arsenal|yard|shipyard|dockyard|line|hall))[^.;])"
ANNOUNCEMENT = re.compile(r"\b(?:at|during|after|on the sidelines of|speaking at|on)\s+"
                          r"(?:an?|the|this|that|its|his|her|their)?\s*"
                          r"(?!(?:[\w\-]+\s+)?" + _OPENING_CEREMONY + r")(?:[\w\-]+\s+){0,2}"
                          r"(?:exhibition|expo|fair|summit|conference|forum|meeting|talks|visit|ceremony|signing|"
                          r"interview|airshow|show|trip|press conference|event)s?\b" + _NO_PLANT_BETWEEN + r"{0,40}$"
                          # "said in a statement issued in Ankara", "told reporters in Minsk"
                          r"|\b(?:said|announced|issued|released|published|told reporters|speaking|unveiled|"
                          r"signed|agreed|met)\b(?!\s+(?:it|they|that|he|she|we)\s+(?:had\s+|has\s+|have\s+)?"
                          r"(?:struck|hit|attacked|targeted|bombed|destroyed)\b)"  # not "said it struck X in"
                          + _NO_PLANT_BETWEEN + r"{0,30}\b(?:in|at)\s+$"
                          # "at the "World Defense Show 2024 (WDS)" held in Riyadh"
                          r"|\b(?:exhibition|expo|fair|summit|conference|forum|airshow|show)s?\b" + _NO_PLANT_BETWEEN
                          + r"{0,80}\b(?:held|hosted|taking place|opened)\s+(?:in|at)\s+$", re.I)
_COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")
_COORDINATED_PLACE = re.compile(r"^\s*,?\s*(?:and|or)\s+(?:the\s+(?:[\w\-]+\s+){0,2}(?:city|town|village|port|"
                                r"region|province|settlement)\s+of\s+)?$", re.I)
# between an owner and the place it holds, perhaps with the part of it: "Russia's southwestern Samara region"
_OWNER_GAP = re.compile(OWNED_GAP.pattern + r"(?:" + DIRECTION + r"\s+)?", re.I)
_CHAIN = re.compile(r"^\s*(?:,|['’]s(?:\s+(?:republic|region|province|oblast|krai) of)?|"
                    r"(?:(?:capital|capital city|city|town|region|district) )?of(?: the)?|"
                    r",?\s*in(?: the)?(?:\s+" + DIRECTION + r")?)\s*$", re.I)
_NEAR_GAP = re.compile(r"\s*,?\s*(?:near|outside(?: of)?|close to|not far from)(?: the)?(?:\s+(?:[\w\-]+\s+){0,2}?"
                       r"(?:capital|city|town)(?: city)?(?: of)?)?\s*", re.I)  # "X near the Croatian capital of Y"
_OIL = re.compile(r"\b(?:refiner(?:y|ies)|oil|crude|petroleum|petrochemicals?)\b", re.I)
_PART_OWNED = re.compile(r"['’]s\s+(?:(?:far|north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
                         r"central|northern|southern|eastern|western|border|frontier|rural|industrial|remote)"
                         r"\s+)*(?:east|west|north|south|regions?|areas?|parts?|provinces?|border(?:lands?)?|"
                         r"interior|hinterland|heartland|outskirts|countryside|territory|zones?|districts?|parks?|"
                         r"estates?)\b", re.I)  # "in Stalowa Wola's industrial zone": a part of the town
# "Kazan's helicopter plant"; "London's General Dynamics Land Systems Canada plant" (a firm's name, capitalised)
_POSSESSED_PLANT = re.compile(r"['’]s\s+(?:(?:[\w\-]+\s+){0,3}|(?:(?-i:[A-Z])[\w\-]*\s+){4,6})(?:plant|factory|works|"
                              r"facility|site|depot|arsenal|shipyard)\b", re.I)
# "one of Ukraine's drone factories" is one plant; "Ukraine's drone factories" may be all of them
_POSSESSED_PLANTS = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,3}(?:plants|factories|facilities|sites|shipyards)\b", re.I)
_ONE_OF = re.compile(r"\bone of\s*$", re.I)
_ONE_OF_THE = re.compile(r"\bone of\s+(?:[\w\-'’]+\s+){0,4}$", re.I)  # "one of Ukraine's drone plants"
# A place naming the facility: "the Yelabuga plant", "the Irkutsk Aviation Plant", "Kazan's helicopter plant",
# "the Kazan-based drone plant"; not "Russia increases its production" (a word that starts a phrase of its own).
_NAMES_FACILITY = re.compile(r"(?:['’]s|[\-‑](?:based|headquartered))?\s*(?:[A-Z][\w\-]*\s+){0,3}"
                             r"(?:(?!(?:its|their|his|her|our|the|an?|is|are|was|were|has|have|had|will|to|and|or|"
                             r"of|in)\s)[a-z][\w\-]*\s+){0,2}(?i:" + FACILITY_NOUN.pattern + ")")
# "the plant", "a Russian factory": a sentence that names no place may go on about the last facility; "a
# different plant" is another one.
_DEFINITE = re.compile(r"\b(?:the|this|that|its|a|an)\s+(?!(?:different|other|second|separate)\s)(?:[\w\-]+\s+)?"
                       r"(?:plant|factory|facility|site|enterprise|complex)\b|\bthere\b", re.I)

# "the ministry said", "the service said": the state body the paragraph named ("The Army has selected ..."), no
# firm; but "the Russian defence ministry" names itself.
_STATE_SPEAKER = re.compile(r"^(?:the |its )?(?:department|ministry|service)$", re.I)
_STATE_BODY = re.compile(r"\b(?:Ministry|Department|Army|Navy|Air Force|Marine Corps|Space Force|Pentagon|"
                         r"Bundeswehr|Armed Forces)\b", re.I)
# "the company said": name the company when the paragraph does; "the two firms said": the firms ("Russian news
# agencies" are no one named before).
_FIRMS = r"companies|firms|manufacturers|makers|groups|producers|concerns|contractors"
# The firms named before, counted or owned, not a kind of firm ("environmental groups", "German arms producers").
_SEVERAL_FIRMS = re.compile(rf"^(?:the )?(?:(?:two|three|four|both|[\w\-]+-owned) ){{0,2}}(?:{_FIRMS})$", re.I)
_GENERIC_SPEAKER = re.compile(r"^(?:the )?(?:[\w\-]+ ){0,2}(?:company|firm|conglomerate|manufacturer|maker|"
                              r"group|producer|concern|contractor|giant|outlet|newspaper|agency|publication|"
                              r"broadcaster|website|channel|paper|owner|operator)$|" + _STATE_SPEAKER.pattern, re.I)
# "a spokesperson said", "its sales director said": someone who speaks for the organisation named before.
_ITS_SPEAKER = re.compile(r"^(?:its |the |a |an |one )?(?:(?:company|firm)['’]s )?"
                          r"((?:company |sales |managing |chief |executive |technical |commercial |general )?"
                          r"(?:spokesperson|spokesman|spokeswoman|representative|press service|press office|director|"
                          r"executive|CEO))$", re.I)
# "OTTAWA (Reuters) -", "KYIV, May 3 (AFP) —": the agency reports the whole article unless a sentence says
# otherwise.
AGENCY_DATELINE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z .'\-]{2,30}(?:,[^\n(]{0,20})?\s*"
                             r"\(([A-Z][\w/.&\- ]{1,25})\)\s*[-—–]")

MONTHS = {m: i for i, m in enumerate("january february march april may june july august september october "
                                      "november december".split(), start=1)}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_PATTERNS = (
    ("day", re.compile(rf"\b(?:\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})\b")),
    ("month", re.compile(rf"\b{_MONTH},? \d{{4}}\b")),
    ("weekday", re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("month_only", re.compile(r"\bin (January|February|March|April|May|June|July|August|September|October|"
                              r"November|December)\b")),
    ("year", re.compile(r"\b(?:in|since|by|from|early|late|mid-?|(?:the )?(?:spring|summer|autumn|fall|winter) "
                        r"of)\s*((?:19|20)\d{2})\b", re.I)),
    ("relative", re.compile(r"\b(?:yesterday|today|(?:last|this|past) (?:week|month|year)|"
                            r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) "
                            r"(?:days?|weeks?|months?|years?) ago)\b", re.I)),
)
_FUTURE = re.compile(r"\b(?:will|would|plans?|planned|expected|intends?|is to|are to)\b", re.I)
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|thousand|billion))?"
CAPACITY = re.compile(
    rf"\b(?:(?:up to|about|around|some|nearly|over|more than|at least|as many as|initially(?: build)?)\s+)?"
    rf"{_NUMBER}\s+(?P<unit>(?:[A-Za-z\-]+\s+){{0,2}}?(?:drones|UAVs|shells|rounds|missiles|rockets|units|"
    rf"tonnes|tons|vehicles|engines|aircraft|bombs|mines|munitions|pieces))"
    rf"(?:\s+(?:a|per|each)\s+(?P<period>year|month|week|day)|\s+(?P<adverb>yearly|annually|monthly|daily))?", re.I)
_COMPANY_WORDS = re.compile(r"^\s*(?:\w+\s+){0,2}(?:company|companies|manufacturer|maker|firm|group|producer|concern|"
                            r"contractor|giant|corporation|startup)\b", re.I)


@cache
def companies() -> dict[str, str]:
    """Defence company name -> home state (ISO alpha-2), from geodata/defence_companies.csv."""
    with (GEODATA_DIR / "defence_companies.csv").open(encoding="utf-8") as f:
        return {r["name"]: r["iso_a2"] for r in csv.DictReader(line for line in f if not line.startswith("#"))}


@cache
def _names_pattern(names: tuple[str, ...]) -> re.Pattern:
    """Names as written; a name of five letters or more also in other capitals ("ROSTEC", "RheinMetall"; see
    :func:`named`), an acronym only as written."""
    any_case = alternation({n.lower() for n in names if len(n) >= 5})  # first: the longer names win
    return re.compile(rf"\b(?:(?i:{any_case})|{alternation(n for n in names if len(n) < 5)})\b")


@cache
def _folded(table: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {name.casefold(): iso for name, iso in table}


def named(table: dict[str, str], text: str) -> list[tuple[re.Match, str]]:
    """Every name of ``table`` (demonyms, companies) in ``text``, in text order, with its country code."""
    folded = _folded(tuple(table.items()))
    return [(m, folded[m.group().casefold()]) for m in _names_pattern(tuple(table)).finditer(text)
            if m.group()[0].isupper() or m.group() in table]  # "fire point" in lower case is not Fire Point


@dataclass
class Sentence:
    """A sentence's offsets in the article, its text, its spaCy span and its paragraph's number."""

    start: int
    end: int
    text: str
    span: object = None
    paragraph: int = 0
    token_starts: list[int] = field(default_factory=list, repr=False)  # the doc's, to find words by offset
    item: bool = False  # it opens an item of a list ("- ", "* ", "• ")

    def words(self, start: int, end: int):
        """The tokens covering text[start:end] of the sentence (offsets within the sentence)."""
        doc = self.span.doc
        i = bisect_right(self.token_starts, self.start + start) - 1
        j = bisect_left(self.token_starts, self.start + end)
        return doc[max(i, self.span.start):min(j, self.span.end)]


_LINE_BREAK = re.compile(r"\n+")
_BULLET = re.compile(r"^\s*(?:[-*•]\s+)?")


def list_item(line: str) -> bool:
    """Whether a line opens an item of a list."""
    return len(_BULLET.match(line).group().strip()) > 0


_SEMICOLON = re.compile(r";\s+")


def _pieces(sent) -> list[str]:
    """A spaCy sentence's lines, and their clauses after a semicolon that have a verb and five words of their
    own ("In Lithuania, Rheinmetall is building a plant; in Estonia, the government has approved an explosives
    facility"), not a list's items ("in Tula; Bryansk; and Kursk")."""
    verbs = [t.idx - sent.start_char for t in sent if t.pos_ in ("VERB", "AUX")]
    out, at = [], 0
    for line in _LINE_BREAK.split(sent.text):
        at = sent.text.find(line, at)
        cut = 0
        for m in _SEMICOLON.finditer(line):
            nxt = _SEMICOLON.search(line, m.end())
            end = nxt.start() if nxt else len(line)
            if len(line[m.end():end].split()) >= 5 and any(at + m.end() <= v < at + end for v in verbs):
                out.append(line[cut:m.start() + 1])
                cut = m.end()
        out.append(line[cut:])
        at += len(line)
    return out


def sentences(doc) -> list[Sentence]:
    """spaCy's sentences, also split at line breaks (headlines, bullets and paragraphs end sentences); a line
    break also starts a new paragraph."""
    out: list[Sentence] = []
    starts, text = [t.idx for t in doc], doc.text  # Doc.text is rebuilt on every access
    bullet = False  # a bullet the model made a sentence of its own opens the next one's item
    for sent in doc.sents:
        start = sent.start_char
        for piece in _pieces(sent):
            at = text.find(piece, start) if piece else -1
            if piece.strip() in _BULLETS and at >= 0 and text[:at].rstrip(" \t")[-1:] in ("\n", ""):
                bullet = True
            elif piece.strip() and at >= 0:
                lead = len(piece) - len(_BULLET.sub("", piece))
                begin, end = at + lead, at + len(piece.rstrip())
                paragraph = out[-1].paragraph + ("\n" in text[out[-1].end:begin]) if out else 0
                i, j = bisect_right(starts, begin) - 1, bisect_left(starts, end)
                out.append(Sentence(begin, end, piece[lead:].rstrip(), doc[max(i, 0):j], paragraph, starts,
                                    bullet or list_item(piece)))
                start, bullet = at + len(piece), False
    return out


_BULLETS = frozenset("- – — * •".split())


# -- single fields ---------------------------------------------------------------------------------------


def find_status(text: str) -> str:
    """The status cue words give a text when its grammar says nothing (the fallback of :func:`claim_status`)."""
    found = _cue_status(text)
    return found.status if found else "unknown"


def _cue_status(text: str) -> frames.Status | None:
    for status, pattern in STATUS_RULES:
        for m in pattern.finditer(text):
            if not (status == "struck" and (_FEARED.search(text, max(0, m.start() - 40), m.start())
                                            or _HARM.fullmatch(m.group()) and _REPAIRS.search(text))):
                return frames.Status(status, m.group())
    return None


# Harm a plant mends: "the yard repairs battle damage on warships", "destroyed tanks are repaired at the plant"
_HARM = re.compile(r"damage|destroyed|destruction", re.I)
_REPAIRS = re.compile(r"\brepair(?:s|ed|ing)?\b", re.I)


# An attack that may come or is guarded against: "potential Russian attacks", "shielded from strikes".
_FEARED = re.compile(r"\b(?:potential|possible|future|feared|from|against)\s+(?:[A-Z][\w\-]*\s+)?$", re.I)


# A plant gone over to longer hours makes more: "switched to a six-day week", "перейшов на цілодобовий режим"; one
# gone over to shorter hours makes less, and is neither converted nor closed: "moved to a four-day week".
_SWITCHED = (r"\b(?:switch|mov|shift|went|go|chang|cut)\w*\s+(?:over\s+|back\s+)?to\s+(?:an?\s+)?",
             r"(?<!\w)(?:перейш|перешл|перешел|перешёл|перевел|перевёл|перевів|перевел)\w*\s+на\s+(?:\S+\s+)?")
LONGER_HOURS = re.compile(
    _SWITCHED[0] + r"(?:(?:six|seven|6|7)[\s\-]day|round[\s\-]the[\s\-]clock|24/7|(?:two|three|2|3)[\s\-]shift|"
    r"continuous|non[\s\-]?stop)[\w\-]*|" + _SWITCHED[1]
    + r"(?:6|7|шест|сем|круглосуточн|цілодобов|безперервн|непрерывн|двухсмен|трехсмен|трёхсмен|двозмін|тризмін)"
    r"[\w\-]*", re.I)
SHORTER_HOURS = re.compile(
    _SWITCHED[0] + r"(?:(?:three|four|3|4)[\s\-]day|short[\s\-]time|shorter|part[\s\-]time|(?:one|single)[\s\-]shift)"
    r"[\w\-]*|" + _SWITCHED[1] + r"(?:3|4|трех|трёх|четырех|четырёх|трид|чотирид|неполн|неповн|скороч|сокращ)[\w\-]*",
    re.I)
_HOURS_OVERRULE = ("unknown", "operational", "converting")  # a switch of hours is no conversion


def hours_status(text: str, status: str) -> frames.Status | None:
    """Growth for a plant gone over to longer hours, work for one gone over to shorter hours, unless the sentence
    says more than that it works."""
    if status not in _HOURS_OVERRULE:
        return None
    if longer := LONGER_HOURS.search(text):
        return frames.Status("expanded", longer.group())
    shorter = SHORTER_HOURS.search(text)
    return frames.Status("operational", shorter.group()) if shorter else None


def claim_status(sent: Sentence, noun: re.Match, clause: str, place: Mention | None) -> frames.Status:
    """What the sentence says happened to the facility ``noun`` names: a strike at its place, else the parse
    of the words that govern the noun, else cue words in its clause, else in the sentence."""
    found = what = None
    if sent.span is not None:
        where = _token(sent, place.start - sent.start, place.end - sent.start) if place else None
        what = _token(sent, noun.start(), noun.end())
        said = None if what is None else (  # a production verb ("shells are made in X") speaks for itself
            frames.verb_status(what, producer=True) if what.pos_ == "VERB" else frames.status_of(what))
        chose = _chosen_as_site(sent, place) if place else None
        if chose is not None and (said is None or said.status == "unknown"):
            said = frames.Status("planned", chose.text)  # "picked Ostrava to host a plant": one to come
        found = (frames.struck_at(where) if where is not None else None) or said or _made_there(sent, noun)
    found = found or _cue_status(clause) or (what and frames.visited(what)) or frames.Status("unknown", "")
    if hours := hours_status(sent.text, found.status):
        return hours
    if found.status == "planned" and what is not None and _made_at_standing_plant(what):
        return frames.Status("operational", found.cue)
    if found.status == "closed" and (pause := _PAUSED.search(sent.text)):
        strike = _STRUCK.search(sent.text)  # "halted production for two days after the drone attack"
        return frames.Status("struck", strike.group()) if strike else frames.Status("operational", pause.group())
    return found


_SALE = re.compile(r"\b(?:" + "|".join(frames.ACQUIRED) + r")\b", re.I)  # "agreed to buy the plant that makes X"
_NOT_STANDING = frozenset("new future planned proposed former second third another".split())
_MAKING_VERBS = frozenset("make produce manufacture assemble fabricate build".split())
# Words that say a plant is still to come: "which is under construction", "once it opens", "scheduled to open".
_YET_TO_STAND = re.compile(r"\b(?:(?:to be|being) (?:built|constructed|set up|established|completed|converted)|"
                           r"under construction|once|when (?:it|the \w+) (?:opens|is)|after (?:it|the \w+) is|"
                           r"scheduled|(?:will|to) open|due to|(?:is|are) completed|new)\b", re.I)


def _made_at_standing_plant(noun) -> bool:
    """"The missiles will be made at the Vantor factory in Belfast", "will produce drones at its plant": what is
    to be made at a plant named as someone's, in a sentence that does not tell of it as still to come; the
    plant works. Not "at a new plant", "at the plant, which is under construction", "once it opens", nor "at
    the former tractor plant" (a conversion)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in") else None
    return (verb is not None and verb.lemma_.lower() in _MAKING_VERBS
            and any(t.dep_ == "poss" or t.pos_ == "PROPN" for t in noun.subtree if t.i < noun.i)
            and not any(c.lower_ in _NOT_STANDING or c.dep_ in ("relcl", "acl") for c in noun.children)
            and not _YET_TO_STAND.search(noun.sent.text))


# A pause is no closure: "briefly halted operations but has since resumed", "suspended work for two days".
_HALTED = r"(?:halted|suspended|stopped|closed|shut(?: down)?|ceased|paused)"
_PAUSED = re.compile(rf"\b(?:briefly|temporarily)\s+(?:\w+\s+)?{_HALTED}|{_HALTED}\s+(?:\w+\s+){{0,3}}?(?:briefly|"
                     r"temporarily|for (?:a|an|a few|several|two|three|\d+) (?:hours?|days?|weeks?))\b|"
                     r"\b(?:has|have|had) since resumed|\bresumed (?:work|production|operations|them|it)\b", re.I)


_REGION_NOUNS = frozenset("region province district oblast county voivodeship state krai republic".split())
# Between a plant and the town a relative clause hangs on: "Dezamet in Nowa Dęba, which ...".
_PLANT_TO_TOWN = re.compile(r"(?:\s+(?-i:[A-Z])[\w\-'’]*)*"  # the rest of the plant's name
                            r"\s*(?:in|at|near|outside)\s+[^,;()]+(?:,\s*[^,;()]+)?", re.I)


def _made_there(sent: Sentence, noun: re.Match) -> frames.Status | None:
    """"Dezamet in Nowa Dęba, which assembles artillery rounds": spaCy hangs the relative clause on the town,
    but a town makes nothing; the plant before it does."""
    for verb in sent.span:
        town = verb.head
        if verb.dep_ != "relcl" or frames.verb_class(verb) != "operate" or not (
                town.pos_ == "PROPN" or town.lower_ in _REGION_NOUNS):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        gap = sent.text[noun.end():town.idx + len(town) - sent.start]
        if subject is not None and subject.lower_ in ("which", "that") and _PLANT_TO_TOWN.fullmatch(gap):
            return frames.verb_status(verb, producer=True)
    return None


def _civilian_owner(sent: Sentence, noun: re.Match) -> bool:
    """Whether the facility belongs to a maker of civilian goods (see :func:`frames.owner`), or such a maker
    is the subject that does something to it ("automobile maker X is starting production of drones")."""
    what = _noun_token(sent, noun)
    whose = frames.owner(what) if what is not None else None
    subject = next((c for v in what.ancestors if v.pos_ in ("VERB", "AUX") for c in v.children
                    if c.dep_ == "nsubj"), None) if what is not None else None
    return any(p is not None and _CIVILIAN_MAKER.search(" ".join(t.text for t in p.subtree)) is not None
               for p in (whose, subject))


def _denied(sent: Sentence, noun: re.Match) -> bool:
    """Whether the sentence says no such facility exists (see :func:`frames.denied`)."""
    what = _noun_token(sent, noun)
    return what is not None and frames.denied(what)


def _verb_works(sent: Sentence, noun: re.Match) -> bool:
    """Whether "Works" is the verb of a title ("How Russia's Drone Industry Works"), not a works' name."""
    token = _noun_token(sent, noun) if noun.group() == "Works" else None
    return token is not None and token.pos_ == "VERB"


def _noun_token(sent: Sentence, noun: re.Match | None):
    """The parsed token of a facility noun found in the sentence's text, if the sentence was parsed."""
    return _token(sent, noun.start(), noun.end()) if noun is not None and sent.span is not None else None


def _token(sent: Sentence, start: int, end: int):
    """The head (last) token of the words at ``start:end`` of the sentence."""
    words = sent.words(start, end)
    return words[-1] if len(words) else None


def find_products(text: str) -> list[str]:
    """Designations (Shahed-136), calibres (155 mm shells) and product nouns (drones), as written."""
    found: list[str] = []
    for m in DESIGNATION.finditer(text):
        found.append(m.group())
    for m in CALIBRE.finditer(text):
        found.append(m.group())
    for m in PRODUCT_TERMS.finditer(text):
        word = m.group().lower()
        if word not in (*_CONTEXT_WORDS, "arms", "artillery"):
            found.append(_plural(word))
    seen, out = set(), []
    for item in found:
        if item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def find_kind(text: str, noun: re.Match) -> str:
    """The facility noun with the product words that qualify it ("drone manufacturing plant"), else with the
    first product its clause names ("a plant that makes shells": "shell plant")."""
    before = text[max(0, noun.start() - 60):noun.start()]
    before = DESIGNATION.sub("", before)
    qual = _QUALIFIERS.search(before)
    head = noun.group().lower().split()
    head[-1] = _SINGULAR_NOUNS.get(head[-1], head[-1])
    words = (qual.group(1).lower().split() if qual else []) + head
    kind = " ".join(words)
    if not qual:
        product = next((p for p in PRODUCT_TERMS.finditer(clause_around(text, noun.start(), noun.end()))
                        if p.group().lower() not in _CONTEXT_WORDS), None)  # "military drones": drones
        if product and product.group().lower() not in words:  # not "arm arms works"
            kind = f"{_singular(product.group().lower())} {kind}"
    return kind


_SINGULAR_NOUNS = {"factories": "factory", "facilities": "facility", "plants": "plant", "lines": "line",
                   "workshops": "workshop", "enterprises": "enterprise", "sites": "site", "capacities": "capacity",
                   "complexes": "complex", "assembly": "production", "manufacture": "production",
                   "manufacturing": "production",
                   **{word.lower(): "plant" for word in _NAMES_A_PLANT.pattern.split("|")}}


_UNCOUNTED = ("ammunition", "gunpowder", "microelectronics", "aircraft", "explosives", "munitions", "mines", "arms")


def _plural(word: str) -> str:
    """One spelling per product noun: "drone" and "drones" are both "drones"."""
    if word.endswith("s") or word.endswith(_UNCOUNTED):
        return word
    return word + "s"


_PLANT_WORD = re.compile(r"enterprises?|plants?|factory|factories", re.I)
_ARMS_INDUSTRY_BEFORE = re.compile(r"\b(?:defen[cs]e|military|arms)(?:[\s\-]+(?:industry|industrial))?\s+$", re.I)


def _qualified(text: str, noun: re.Match) -> bool:
    """Whether product words qualify the facility noun itself ("drone factory", "drone development
    facility", "production site")."""
    if " " in noun.group() and noun.group().lower().startswith(("production", "manufacturing", "assembly")):
        return True
    if _PLANT_WORD.fullmatch(noun.group()) and _ARMS_INDUSTRY_BEFORE.search(text, 0, noun.start()):
        return True  # "defence industry enterprises", "a military plant": arms plants, whatever they make
    words = text[:noun.start()].split()[-3:]
    made = _OF_PRODUCT if noun.group().lower() in _MAKING else _MADE_FOR
    return any(PRODUCT_TERMS.fullmatch(w) and w.lower() not in _CONTEXT_WORDS for w in words) or (
        made.match(text, noun.end()) is not None)  # "a site dedicated to the manufacture of missiles"


# What a facility is for, right after its noun: "dedicated to the manufacture of missiles", "used to assemble drones",
# "for the production of shells"; what a making noun makes: "the manufacture of precision-guided missiles".
_OF_PRODUCT = re.compile(r"\s+of\s+(?:[\w\-]+\s+){0,2}?" + PRODUCT_TERMS.pattern, re.I)
_MADE_FOR = re.compile(r"\s+(?:(?:dedicated|used|designed|built|set up)\s+)?(?:to|for)\s+(?:the\s+)?"
                       r"(?:(?:production|manufactur(?:e|ing)|assembly|making)\s+of|produce|make|manufacture|assemble)"
                       + _OF_PRODUCT.pattern.removeprefix(r"\s+of"), re.I)


def _singular(word: str) -> str:
    if word.endswith("oes"):
        return word[:-2]  # "torpedoes"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def find_capacity(text: str, noun_end: int) -> Capacity | None:
    """A production capacity stated after the facility noun (before it, a number is usually national)."""
    for m in CAPACITY.finditer(text):
        if m.start() < noun_end:
            continue
        number = float(m.group(1).replace(",", ""))
        scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}.get((m.group(2) or "").lower(), 1)
        period = m.group("period") or {"yearly": "year", "annually": "year", "monthly": "month",
                                       "daily": "day"}.get((m.group("adverb") or "").lower())
        unit = m.group("unit").split()[-1].lower()
        return Capacity(number * scale, unit, period, m.group().strip())
    return None


def article_attribution(text: str) -> str | None:
    """The news agency of an article's dateline, "OTTAWA (Reuters) -", or the source a line names near the top,
    "Source: Russian Telegram channels"."""
    m = AGENCY_DATELINE.search(text[:300]) or _SOURCE_LINE.search(text[:1000])
    return m.group(1).strip() if m else None


_SOURCE_LINE = re.compile(r"(?m)^[ \t]*[*_]*(?:Source|Sources)[*_]*:[*_]*[ \t]+([^\n*_]{2,80})[*_]*[ \t]*$")


def find_event_date(text: str, published: str | None) -> str | None:
    """The first date the sentence gives, as partial ISO (2022, 2022-05, 2022-05-14): dates as written are read
    from their words ("Sept. 5, 2024", "14 May 2022"); relative ones ("on Thursday", "in September", "last week",
    "three days ago") resolve against the publication date, "on Thursday" being the latest Thursday up to it."""
    pub = dt.date.fromisoformat(published) if published else None
    for kind, pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        if kind in ("day", "month"):
            if found := _written_date(m.group(), kind):
                return found
        elif kind == "year":
            return m.group(1)
        elif pub is None:
            continue
        elif kind == "weekday":
            back = (pub.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
            return (pub - dt.timedelta(days=back)).isoformat()
        elif kind == "month_only":  # the latest such month, or the next one for a future event
            month = MONTHS[m.group(1).lower()]
            ahead = month > pub.month and not _FUTURE.search(text)
            return f"{pub.year - 1 if ahead else pub.year:04d}-{month:02d}"
        else:
            return _relative(m.group().lower(), pub)
    return None


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


def _relative(phrase: str, pub: dt.date) -> str:
    """"yesterday", "last week", "this year", "three days ago" as partial ISO (a week is told by its month)."""
    words = phrase.split()
    if phrase in ("yesterday", "today"):
        return (pub - dt.timedelta(days=phrase == "yesterday")).isoformat()
    if words[-1] == "ago":
        count = int(words[0]) if words[0].isdigit() else _COUNTS[words[0]]
        unit = words[1].rstrip("s")
        if unit == "year":
            return str(pub.year - count)
        months = count if unit == "month" else 0
        day = pub - dt.timedelta(days=count * {"day": 1, "week": 7}.get(unit, 0))
        year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
        return f"{year:04d}-{month + 1:02d}" + (f"-{day.day:02d}" if unit == "day" else "")
    back = words[0] != "this"  # "last week", "past month", "this year"
    if words[1] == "year":
        return str(pub.year - back)
    day = pub - dt.timedelta(days=7 * back) if words[1] == "week" else pub
    year, month = divmod(day.year * 12 + day.month - 1 - (back and words[1] == "month"), 12)
    return f"{year:04d}-{month + 1:02d}"


def _written_date(phrase: str, kind: str) -> str | None:
    """A date written out as the day and month patterns find it ("Sept. 5, 2024", "14 May 2022", "May 2022"),
    read from its words: the patterns leave one way to read it, and a parser took milliseconds for each."""
    month = next(i for name, i in MONTHS.items() if name.startswith(re.search(r"[A-Za-z]{3}", phrase).group().lower()))
    numbers = [int(n) for n in re.findall(r"\d+", phrase)]
    year = max(numbers)
    if kind == "month":
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, min(numbers)).isoformat()
    except ValueError:  # "31 September 2024"
        return None


# -- where ---------------------------------------------------------------------------------------------


# A place this far after the facility noun is usually about something else ("used by forces in Ukraine").
MAX_PLACE_AFTER_NOUN = 100


def facility_locations(text: str, sent: Sentence, mentions: list[Mention],
                       anchors: list[int] | None = None) -> list[Mention]:
    """The places the sentence puts a facility at: the first place after a locative preposition or naming
    the facility ("the Kovrov plant"), near a facility noun, with the places coordinated or chained to it
    ("in Belarus and Russia", "in Homiel, Belarus"); never a meeting's place. Later places ("south of Bergen")
    only describe. A possessive ("Kazan's plant") serves when no other place does ("Iran's plant in Belarus").
    ``anchors`` are the sentence offsets places are near: the ends of its facility nouns by default."""
    inside = [m for m in mentions if sent.start <= m.start < sent.end and m.role == "location"
              and m.place.level != "continent"]
    ends = anchors if anchors is not None else [n.end() for n in FACILITY_NOUN.finditer(sent.text)]
    found = (_each_facilitys(text, sent, inside, ends)
             or _headed(text, sent, inside)
             or _most_precise_per_chain(text, _located(text, sent, inside, ends, possessive=True)))
    town = _the_town(sent, mentions)  # "in the town in Lower Saxony": the town named before, in that region
    return town if town and all(_contains(town[0], m) for m in found) else found


_HEAD_START = re.compile(r"[\W_]*")  # list markers, bold, a number
_DATELINE_COLON = re.compile(r"[*_]*\s*:\s*")  # "Islamabad: Pakistan ..."
_HEAD_END = re.compile(r"[*_]*\s*(?:[-–—:|]|[*_]{2})")  # "Kazanlak, Bulgaria – a shell plant", "**Kazanlak**"


def _each_facilitys(text: str, sent: Sentence, inside: list[Mention], ends: list[int]) -> list[Mention]:
    """The places located by a locative phrase: the sentence's best, then each facility noun's whose words hold
    none of those ("struck an ammunition plant in Tula and a shell factory in Bryansk"; "the Luch plant
    (Rogachev) and the Minsk Tractor Plant"); a later place that only contains one found already adds nothing
    ("a factory in Yelabuga, the largest plant in Russia")."""
    found = _most_precise_per_chain(text, _located(text, sent, inside, ends, possessive=False))
    begin = sent.start
    for k, end in enumerate(ends if found else []):
        stop = sent.start + (_item_end(sent.text, end, ends[k + 1]) if k + 1 < len(ends) else len(sent.text))
        if not any(begin <= f.start < stop for f in found):  # an item whose place is found already adds none
            after = [m for m in inside if sent.start + end <= m.start < stop]
            for m in _most_precise_per_chain(text, _located(text, sent, after, [end], possessive=False)):
                if not any(_within(m, f) for f in found):
                    found.append(m)
        begin = stop
    return found


_NEXT_ITEM = re.compile(r".*(?:,|;|\band\b)", re.S)


def _item_end(sent_text: str, end: int, next_end: int) -> int:
    """Where the words about the facility noun ending at ``end`` stop: at the last comma, semicolon or "and"
    before the next facility noun ("the Svetlo plant (Zhlobin) and the Minsk Tractor Plant")."""
    between = _NEXT_ITEM.match(sent_text, end, next_end)
    return between.end() if between else next_end


def _headed(text: str, sent: Sentence, inside: list[Mention]) -> list[Mention]:
    """A list item or paragraph headed by its place: "Kazanlak, Bulgaria – a new shell plant ...", not a
    dateline ("BRUSSELS - ")."""
    if not inside or inside[0].surface.isupper() or not _HEAD_START.fullmatch(text, sent.start, inside[0].start):
        return []
    chain = [inside[0]]
    for m in inside[1:]:
        if not _CHAIN.match(text[chain[-1].end:m.start]):
            break
        chain.append(m)
    after = inside[len(chain)] if len(inside) > len(chain) else None
    if not text[:sent.start].strip() and after is not None and _DATELINE_COLON.fullmatch(text, chain[-1].end,
                                                                                        after.start):
        return []  # "Islamabad: Pakistan has opened ...": the article's first words say where it was written
    if not text[:sent.start].strip() and chain[0].place.name == capitals().get(chain[0].place.country_code):
        return []  # "Islamabad – Pakistan Ordnance Factories is ...": so does a capital heading them
    return chain[:1] if _HEAD_END.match(text, chain[-1].end) else []


def section_town(text: str, sents: list[Sentence], sent: Sentence, mentions: list[Mention]) -> Mention | None:
    """The town or site a heading names for the section a sentence is in: the last paragraph before it that is,
    or opens with a bold heading that is, place names only ("**1. Bryansk.** Drones ...", "Шостка, Сумщина")."""
    openings = [s.start for k, s in enumerate(sents)
                if s.paragraph <= sent.paragraph and (k == 0 or sents[k - 1].paragraph != s.paragraph)]
    for start in reversed(openings):
        bold = _SECTION_HEADING.match(text, start)
        end = bold.end(1) if bold else text.find("\n", start) % (len(text) + 1)
        inside = [m for m in mentions if start <= m.start < end and m.role == "location"]
        if inside and _NO_WORDS.fullmatch(_without(text, start, end, inside)):
            # a heading in the sentence itself was read with it ("**Moscow.** At a meeting ...")
            return inside[0] if inside[0].place.level in ("city", "site") and end <= sent.start else None
    return None


def town_here(sents: list[Sentence], sent: Sentence, mentions: list[Mention]) -> Mention | None:
    """The one town the sentence before names, when this one opens with "Here" or "There" pointing back to it (not
    "There is ...")."""
    k = sents.index(sent)
    if k == 0 or not _HERE.match(sent.text) or sents[k - 1].paragraph != sent.paragraph:
        return None
    prior = sents[k - 1]
    towns = [m for m in mentions if prior.start <= m.start < prior.end and m.role == "location"
             and m.place.level in ("city", "site")]
    return towns[-1] if len({m.place.geonameid for m in towns}) == 1 else None


_HERE = re.compile(r"\s*(?:Here|There)(?:\s*,|\s+(?:they|he|she|we|the|a|an|its|their|workers|officials)\b)")


def town_before(text: str, sents: list[Sentence], sent: Sentence, mentions: list[Mention]) -> Mention | None:
    """The one town the sentence's paragraph, or the paragraph before when the sentence opens its own, tells of
    as attacked before it (not a speaker's town, nor a dateline's): "Drones attacked Tula overnight. The gunpowder
    plant was hit." """
    k = sents.index(sent)
    if k == 0:
        return None
    paragraph = sents[k - 1].paragraph if sents[k - 1].paragraph != sent.paragraph else sent.paragraph
    attacked = [s for s in sents[:k] if s.paragraph in (paragraph, sent.paragraph) and (
        _STRUCK.search(s.text) or _HEARD_BLASTS.search(s.text))]
    towns = [m for s in attacked for m in mentions if s.start <= m.start < s.end and m.role == "location"
             and not m.surface.isupper() and m.place.level in ("city", "site")
             and _where_things_are(text, sents, mentions, m)]
    return towns[-1] if len({m.place.geonameid for m in towns}) == 1 else None


def _without(text: str, start: int, end: int, mentions: list[Mention]) -> str:
    """The text from start to end without the mentions in it."""
    rest, last = [], start
    for m in mentions:
        rest.append(text[last:m.start])
        last = m.end
    return "".join(rest) + text[last:end]


_SECTION_HEADING = re.compile(r"[^\w*\n]*\*\*([^*\n]+)\*\*")
_NO_WORDS = re.compile(r"[\W\d_]*")
_THE_TOWN = re.compile(r"\b(?:in|near|outside|on|at) (?:the )?(?:town|city|village|settlement|(?P<capital>capital))"
                       r"(?:['’]s\b|\b(?! of| city of))", re.I)


def _the_town(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """"its plant in the town": the town named before in this sentence ("Arvena, whose roots are in X, has
    added a line to its plant in the town"), else just before it ("explosions in the city of X. ... hit the plant
    in the city"); "in the capital": the capital named so; "the town is home to the plant": the town."""
    m = _THE_TOWN.search(sent.text) or _THE_TOWN_HOSTS.search(sent.text)
    if m is None:
        return []
    at = sent.start + m.start()
    towns = [x for x in mentions if sent.start - _THE_TOWN_BEFORE <= x.start and x.end <= at
             and x.place.level == "city" and x.role == "location"
             and (not m.groupdict().get("capital") or x.place.name == capitals().get(x.place.country_code))]
    return towns[-1:]  # "KYIV (Reuters) - ... opened a factory in the capital": the capital named before


_THE_TOWN_BEFORE = 300  # characters: the sentence or two before
_THE_TOWN_HOSTS = re.compile(r"\b[Tt]he (?:town|city) (?:(?:is|was) (?:also )?home to|(?:also )?(?:hosts|houses))\b|"
                             r"\b[Tt]he (?:town|city)['’]s\b")  # "Drones targeted the city's aviation plant"


def _located(text: str, sent: Sentence, inside: list[Mention], noun_ends: list[int],
             possessive: bool) -> list[Mention]:
    """The chain of places that locates the facility: a known site, else the first place after a locative
    preposition ("the Lenin plant in Penza"), unless a place naming the facility is more precise ("the
    Kharkiv Tractor Plant in Ukraine")."""
    chains: dict[str, list[Mention]] = {}
    current: list[Mention] | None = None
    dropped: Mention | None = None  # the last place that does not locate the facility
    unplaced: Mention | None = None  # the last place that neither locates it nor is dropped
    for i, m in enumerate(inside):
        prev = inside[i - 1] if i else None
        gap = text[prev.end:m.start] if prev else ""
        if dropped is not None and dropped is prev and (_CHAIN.match(gap) and _within(dropped, m)
                                                        or _COORDINATED_PLACE.match(gap) or _conjoined(sent, prev, m)):
            # "troops in Kharkiv, Ukraine", "pilots in Tabriz and the port city of Bushehr", "tools made in Germany,
            # Italy and Japan": what says where the dropped place is, or adds a place like it, goes with it
            dropped = m
            continue
        if current is not None and current[-1] is prev and _continues(text, current, m, gap) and not (
                _attributive(sent, m) and not _within(prev, m)):  # "in Tatarstan, U.S. officials said"
            current.append(m)
            continue
        current = None
        # "At **Nampo**": emphasis is not a word; "in Ankara’s Elmadağ district": what holds the owner holds it
        before = text[sent.start:prev.start if _OWNER_GAP.fullmatch(gap) else m.start].rstrip("*_")
        trip = _TRIP_TO.search(before[-50:]) is not None and _inspected(sent)  # "on a trip to X, he toured a plant"
        if _not_locating(text, sent, m, before, trip, inside[i + 1:]):
            dropped = m
            continue
        if _names_a_place_of(sent, m):
            continue  # "in the Kyiv suburb of Vyshneve": the suburb is named next
        if _is_possessive(text, m) and m.place.level == "site" and _owns_place(text, m, inside[i + 1:]):
            continue  # "Kurganmashzavod's Volgograd site": the company's works in that town, not its known plant
        how = _how_located(text, sent, m, before, noun_ends, possessive, trip)
        if how is None:
            unplaced = m
        if how == "site" and "site" in chains:  # "the Parchin complex and the Khojir complex": a site each
            if _AND_THE.search(gap) and all(s.place != m.place for s in chains["site"]):
                chains["site"].append(m)
                current = chains["site"]
        elif how and (how not in chains or _refines(chains[how], m) or _then_in(chains, how, prev, gap)):
            # "the firm's Mesa, Arizona facility": the town the named region follows names the facility too
            named_with = how == "modifier" and prev and _CHAIN.match(gap) and _within(prev, m) or (
                # "on Lenin Street, Obukhovo, in the Moscow region": the town the region holds is the plant's
                how == "locative" and prev is unplaced and _CHAIN.match(gap) and _contains(prev, m))
            # "jobs are coming to X near the capital Y with a shell plant": Y only says where X is
            near_of = how == "locative" and prev is not None and prev is unplaced and _NEAR_GAP.fullmatch(gap)
            current = chains[how] = [prev] if near_of else [prev, m] if named_with else [m]
    if "site" in chains:  # the site, and a facility's own town named before it
        own = _own_town_first(sent, chains["site"][0], chains.get("locative"), noun_ends)
        return (chains["locative"] if own else []) + chains["site"]
    best = {how: min(_RANK.get(m.place.level, 9) for m in chain) for how, chain in chains.items()}
    if "modifier" in chains and best["modifier"] < best.get("locative", 9):
        return chains["modifier"]
    return chains.get("locative") or chains.get("modifier") or chains.get("trip") or []


def _then_in(chains: dict[str, list[Mention]], how: str, prev: Mention | None, gap: str) -> bool:
    """"Located 50 miles outside Houston in Sealy": the town the plant is in, after a place it is not in (one it
    is in, "in Kazan in Tatarstan", continues the chain before)."""
    return how == "locative" and prev is not None and chains.get("locative") == [prev] and bool(
        _IN_GAP.fullmatch(gap))


_IN_GAP = re.compile(r"\s*,?\s*in\s+")


def _own_town_first(sent: Sentence, site: Mention, located: list[Mention] | None, noun_ends: list[int]) -> bool:
    """Whether a facility noun is put in a place before a known site is named: "the aviation facility, situated
    in Lukhovitsy, ..., while the Tula-based Instrument Design Bureau ..." tells of two plants."""
    town = located[0] if located else None
    return town is not None and any(sent.start + end <= town.start < site.start for end in noun_ends)


def _continues(text: str, chain: list[Mention], m: Mention, gap: str) -> bool:
    """Whether ``m`` goes on the chain that ends just before it: a place holding the last ("in Homiel,
    Belarus"), one coordinated with it ("in Latvia and Estonia"), or another item of a list ("in Rostov, outside
    Moscow and St Petersburg, and in Perm"); not "in X, Ukraine's agency said"."""
    last = chain[-1]
    return bool(_CHAIN.match(gap) and _within(last, m) or _COORDINATION.match(gap) and (
        "," not in gap or last.place.level == m.place.level and not _is_possessive(text, m))) or (
        _listed(gap, chain[0], m) and not _is_possessive(text, m))


def _not_locating(text: str, sent: Sentence, m: Mention, before: str, trip: bool,
                  later: list[Mention] = ()) -> bool:
    """Whether the place says where something else is: a meeting's ("at a fair in Warsaw"), another noun's
    ("troops in X"), the abroad of "outside Norway", an owner's ("Moscow-owned"). A known site is a facility
    wherever it hangs ("a lease at Pine Bluff Arsenal"), as is a town naming one ("a ceremony at the Nampo
    shipyard") or one a trip went to see."""
    told_at = ANNOUNCEMENT.search(before[-80:]) and not _NAMES_FACILITY.match(text[m.end:m.end + 60]) and not (
        _a_makers_place(sent, m))
    far = (_distance_km(before[-40:]) or 0) > NEAR_KM  # "500 miles east of Moscow": a reference point
    # "Rheinmetall, based in X, said"; "Vantor, headquartered in X, said crews in Y are building a plant"
    home = _BASED_IN.search(before[-30:]) and (_placed_later(text, sent, m.end) or any(
        _works_placed_at(text, sent, m, o) for o in later))
    # "The Ministry of Defence in London said": where the speaker sits; so is "In Moscow, officials said the plant
    # in Tula ..." when the plant has a place of its own
    home = home or _OFFICE_IN.search(before[-60:]) and _SAYS_AFTER.match(text, m.end) or (
        _OPENING_IN.fullmatch(before) and _SPEAKERS_AFTER.match(text, m.end) and _placed_later(text, sent, m.end))
    return bool(m.place.level != "site" and not trip and (told_at or far or home or _attached_elsewhere(sent, m)) or (
        _OUTSIDE.search(before[-12:]) and m.place.level == "country") or _OWNER_WORD.match(text, m.end)
        or _the_attacker(sent, m) or m.place.level == "site" and _FIRMS_LISTED.search(before[-150:]) is not None)


# "the companies Tupolev, Admiralty Shipyards and ...", "entities such as": a known plant's name in a list of firms
_FIRMS_LISTED = re.compile(r"\b(?:companies|firms|entities|organi[sz]ations|enterprises|manufacturers|suppliers)"
                           r"(?:\s*[,:]|\s+(?:including|such\s+as|like|namely|as))?\s+(?:[\w\-\"“”«»'’&.]+[\s,]+){0,12}"
                           r"(?:and\s+)?$")


def _the_attacker(sent: Sentence, m: Mention) -> bool:
    """Whether the place is a state that strikes ("attacks by Israel on the plants", "Ukraine's strike on it"),
    which is never where the plant is."""
    return m.place.level == "country" and sent.span is not None and any(
        a <= m.start < b for a, b in frames.attacker_offsets(sent.span, agents_only=True))


def _works_placed_at(text: str, sent: Sentence, home: Mention, other: Mention) -> bool:
    """Whether a place after a firm's home may say where its works are: a locative place, apart from the home and
    not holding it, not where it sells, that no other noun owns or that a facility noun follows ("crews in Ohio are
    building two plants"; not "sales offices in Vienna", "sells them in Poland", "hiring workers in Arizona")."""
    return bool(LOCATIVE.search(text[sent.start:other.start][-50:]) and not _CHAIN.match(text[home.end:other.start])
                and not contains(other.place, home.place)
                and not _TRADE_BEFORE.search(text, max(sent.start, other.start - 40), other.start)
                and (FACILITY_NOUN.search(text, other.end, sent.end) or not _attached_elsewhere(sent, other)))


# where a firm sells or has offices: "sales offices in Vienna", "sells them in Poland"
_TRADE_BEFORE = re.compile(r"\b(?:sales?|sells?|sold|selling|exports?|exported|markets?|offices?|customers?|"
                           r"clients?|buyers?)\b[^.;]{0,30}$", re.I)


def _a_makers_place(sent: Sentence, m: Mention) -> bool:
    """Whether the place hangs on a maker named right before it ("said Boreal Munitions in X makes shells"): the
    maker's works, not where it was said."""
    token = _place_token(sent, m)
    owner = token.head.head if token is not None and token.dep_ == "pobj" else None
    return owner is not None and any(n.start() <= owner.idx - sent.start < n.end() for n in makers(sent.text))


_BASED_IN = re.compile(r"\b(?:based|headquartered)\s+(?:in|at)\s+$", re.I)
_OFFICE_IN = re.compile(r"\b(?:Ministry|Department|Office|Embassy|Agency|Command|Staff|Service|Council|Government|"
                        r"Directorate|Secretariat)(?:\s+(?:of|for)(?:\s+[A-Z][\w\-]*)+)?\s+in\s+$")
_OPENING_IN = re.compile(r"\s*(?:In|At)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}", re.I)
_SPEAKERS_AFTER = re.compile(r",\s+(?:[\w'’\-]+\s+){1,4}(?:said|says|told|reported|announced|confirmed|claimed)\b")
_SAYS_AFTER = re.compile(r",?\s+(?:has\s+|had\s+)?(?:said|says|announced|reported|told|confirmed|stated|claimed)\b")


def _placed_later(text: str, sent: Sentence, start: int) -> bool:
    """Whether a facility noun after ``start`` in the sentence is placed by a locative of its own ("the shell
    plant in Kalisz")."""
    return any(_LOCATIVE_NEXT.match(text, start + n.end()) for n in FACILITY_NOUN.finditer(text[start:sent.end]))


# "the plant in Kalisz", not "the plant in May"
_WHEN = "|".join(w.capitalize() for w in (*MONTHS, *WEEKDAYS))
_LOCATIVE_NEXT = re.compile(rf"\s+(?:in|at|near|outside)\s+(?!(?:{_WHEN})\b)[A-Z]")


def _how_located(text: str, sent: Sentence, m: Mention, before: str, noun_ends: list[int], possessive: bool,
                 trip: bool) -> str | None:
    """How the place locates the facility: as a known "site", after a "locative" preposition, as a "modifier"
    naming it ("the Kazan plant", "Kazan's plant"), as the place of a "trip" to see it; or not at all."""
    if m.place.level == "site":
        return "site"
    owner = _is_possessive(text, m)
    if owner:  # "Kazan's helicopter plant", "one of Ukraine's drone plants", but not "Moscow's production"
        modifier = possessive and (_POSSESSED_PLANT.match(text[m.end:m.end + 60]) is not None or (
            _ONE_OF.search(before[-12:]) is not None and _POSSESSED_PLANTS.match(text[m.end:m.end + 60]) is not None))
    else:
        modifier = _NAMES_FACILITY.match(text[m.end:m.end + 60]) is not None
    near = any(m.start - sent.start - end <= MAX_PLACE_AFTER_NOUN for end in noun_ends) or _on_facility_verb(sent, m)
    if not near:
        return None
    # "at Russia's main factory at Yelabuga": the preposition belongs to the factory, not to its owner; "in the
    # Wuchang shipyard in Wuhan": to the shipyard the first town names, which the second locates
    if (LOCATIVE.search(before[-50:]) or _close_to(before[-40:]) or _APPOSED.search(before[-40:])
            or _VILLAGE_BRACKETED.search(before[-60:])
            or _names_the_place(sent, m) or _hosts(text, sent, m, noun_ends)) and not (
                (owner and not (_PART_OWNED.match(text, m.end) or _LANDMARK_OWNED.match(text, m.end))) or modifier):
        return "locative"  # "in Latvia's east", "in Poland's border region": a part of it, so in it
    return "modifier" if modifier else "trip" if trip else None


_APPOSED = re.compile(AFTER_FACILITY_COMMA, re.I)
# a village the gazetteer lacks, then where it is in brackets: "near Lenina village (Dziarzhynsk district, ..."
_VILLAGE_BRACKETED = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:village|settlement|hamlet)\s+of\s+)?"
                                r"[A-Z][\w\-]+(?:\s+(?:village|settlement|hamlet))?\s*\(\s*$")
# a landmark of the town, which the plant is by: "next to Beirut's international airport", "at Gdansk's port"
_LANDMARK_OWNED = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:airport|airfield|(?:sea)?port|harbou?r|docks?|"
                             r"(?:railway |train )?station)\b", re.I)
_HOSTS = re.compile(r"(?:,\s*(?:which|that)?\s*|\s+)(?:is\s+|was\s+)?(?:also\s+)?"
                    r"(?:home\s+to|host\s+to|hosts|houses)\s")
# the words from "home to" to the facility noun, one phrase: "home to one of Russia's largest plants"
_HOSTED = re.compile(r"(?:[\w\-'’]+\s+){0,6}[\w\-]+")


def _hosts(text: str, sent: Sentence, m: Mention, noun_ends: list[int]) -> bool:
    """Whether the place is said to hold the facility named next: "Shostka, home to a gunpowder plant", "the city
    hosts a drone factory"."""
    hosts = _HOSTS.match(text, m.end, sent.end)
    return hosts is not None and any(_HOSTED.fullmatch(text, hosts.end(), sent.start + end) for end in noun_ends)


_CHOOSING = frozenset("select choose pick name designate".split())


def _names_the_place(sent: Sentence, m: Mention) -> bool:
    """Whether the place is the facility's by the grammar, with no locative word before it: it names a place
    word after one ("in Ukraine's capital city, Kyiv", "near the Black Sea port of Odesa"), or was chosen as the
    site ("selected Columbus, Ohio as the location of its factory")."""
    place = _place_token(sent, m)
    if place is None:
        return False
    if place.dep_ == "pobj" and place.head.lower_ == "of":
        place = place.head  # "near the Black Sea port of Odesa"
    noun = place.head
    return _chosen_as_site(sent, m) is not None or (
        place.dep_ in ("appos", "prep") and noun.lemma_.lower() in _PLACE_NOUNS and noun.dep_ == "pobj"
        and noun.head.lower_ in LOCATIVE_WORDS)


def _names_a_place_of(sent: Sentence, m: Mention) -> bool:
    """Whether the place only qualifies a place word that another name follows: "in the Kyiv suburb of
    Vyshneve", "the Moscow region town of Dubna" (the suburb, the town, is where the plant is)."""
    place = _place_token(sent, m)
    word = place.head if place is not None and place.dep_ in ("compound", "nmod", "amod") else None
    return word is not None and word.lemma_.lower() in _PLACE_NOUNS and any(
        child.dep_ == "prep" and child.lower_ == "of" and any(c.dep_ == "pobj" and c.pos_ == "PROPN"
                                                            for c in child.children) for child in word.children)


def _conjoined(sent: Sentence, first: Mention, m: Mention) -> bool:
    """Whether the parse makes the place a later item of a list the first place opens."""
    a, b = _place_token(sent, first), _place_token(sent, m)
    return a is not None and b is not None and b.dep_ == "conj" and a in b.ancestors


def _place_token(sent: Sentence, m: Mention):
    """The place name's head word in the parse, if the sentence was parsed."""
    words = sent.words(m.start - sent.start, m.end - sent.start) if sent.span is not None else ()
    return words.root if len(words) else None


_TO_HOLD = frozenset("build host house locate set establish construct open produce make manufacture assemble".split())


def _chosen_as_site(sent: Sentence, m: Mention):
    """The verb that chose the place as a site ("selected X as the location of", "chose X for its factory",
    "selected X to build a plant"): a plant to come."""
    place = _place_token(sent, m)
    verb = place.head if place is not None and place.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in _CHOOSING:
        return None
    return verb if any(c.lower_ == "as" and any(w.lemma_.lower() in frames.SITE_NOUNS for w in c.children)
                       or (c.lower_ == "for" or c.dep_ == "xcomp" and c.lemma_.lower() in _TO_HOLD) and any(
                           FACILITY_NOUN.fullmatch(w.text) for w in c.children)
                       for c in verb.children) else None


_INSPECTING = frozenset("inspect visit tour".split())
_VISITS = frozenset("visit trip tour journey".split())
_TRIP_TO = re.compile(r"\b(?:trip|visit|tour|journey)\s+to\s+(?:the\s+)?$", re.I)


def _inspected(sent: Sentence) -> bool:
    """Whether the sentence tells of a visit to the facility itself ("on a trip to X, he inspected the plants"):
    the trip's place is then the facility's."""
    nouns = list(FACILITY_NOUN.finditer(sent.text))
    return sent.span is not None and any(
        t.lemma_.lower() in _INSPECTING and any(c.dep_ == "dobj" and any(
            n.start() <= c.idx - sent.start < n.end() for n in nouns) for c in t.children) for t in sent.span)


_HELD_BY = re.compile(r"\b(?:their|its|our|his|her)\s+(?:[\w\-]+\s+){0,2}$", re.I)  # "their missile arsenals"
_AND_THE = re.compile(r"(?:\band|,)\s+(?:(?:at|in)\s+)?(?:the\s+)?$")  # "at Parchin in May and at Khojir"
_OWNER_WORD = re.compile(r"[\-‑](?:owned|backed|run|funded|controlled|led|operated)\b")  # "Kremlin-owned"
# "outside Moscow" is near it; "outside (of) Norway", abroad
_OUTSIDE = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?$", re.I)


def _owns_place(text: str, site: Mention, later: list[Mention]) -> bool:
    """Whether a place follows the known site's possessive: "Kurganmashzavod's Volgograd site"."""
    return bool(later) and OWNED_GAP.fullmatch(text, site.end, later[0].start) is not None


_LISTED = re.compile(r"^\s*(?:,\s*)?(?:(?P<also>and|or)\s+)?(?:(?:that|those|the one|one)\s+)?"
                     r"(?:(?:[A-Z][\w+\-]*(?:\s+(?:and\s+)?[A-Z][\w+\-]*){0,3}\s+(?=in\s|at\s|near\s))?"
                     r"(?:in|outside|near|at|around)\s+(?:the\s+)?|the (?:plant|factory|facility|works) of\s+)?$")
# "in X, and that in Y"; "in X, Y"; "in X, the plant of Y"; "Navantia in X, Astilleros Norte and Cantabrica in Y"
# Where the item before is, said of it in passing: "in the Altai Republic in Siberia, Rostov ..."
_DESCRIBED = re.compile(r"^\s*(?:in|near)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?=\s*,)")
LIST_KM = 150  # "in Dzerzhinsk, near Nizhny Novgorod" says where; a place this far off is another item


def _listed(gap: str, head: Mention, m: Mention) -> bool:
    """Whether ``m`` is another item of a list of places ("in Tula, outside Moscow and in Perm"), not a place
    that says where the one before is ("in Dzerzhinsk, near Nizhny Novgorod"; "in Kazan, in Tatarstan")."""
    found = _LISTED.match(_DESCRIBED.sub("", gap))
    if found is None or not (found.group("also") or "," in gap):
        return False
    far = LIST_KM if _NEAR_WORD.search(gap) else NEAR_KM  # "in Telford, Leeds and ...": two towns, not one near
    return bool(found.group("also")) or not _within(head, m) and km_apart(head.place, m.place) > far


_NEAR_WORD = re.compile(r"\b(?:near|outside|around)\b")


_DISTANCE_FROM = re.compile(r"\b(\d[\d,.]*)\s*(km|kilomet(?:re|er)s?|miles?)\s+(?:away\s+)?(?:from|"
                            + DIRECTION + r"\s+of)\s+$", re.I)


def _distance_km(before: str) -> float | None:
    """How far from the place that follows ``before`` it says the plant is ("20 km from", "500 miles east of")."""
    m = _DISTANCE_FROM.search(before)
    if m is None:
        return None
    return float(m.group(1).replace(",", "")) * (1.609 if m.group(2).lower().startswith("mile") else 1)


def _close_to(before: str) -> bool:
    """"20 km from Orsha": near the town; "1,000 km from Moscow" is how far, not where."""
    km = _distance_km(before)
    return km is not None and km <= NEAR_KM


_PLACE_KINDS = frozenset("province region city town village state district county oblast area".split())


def _on_facility_verb(sent: Sentence, m: Mention) -> bool:
    """Whether the place hangs on a verb whose subject or object is a facility noun, however far apart they
    are ("a factory producing X – the Y and Z of every shell – will be built at Bishopton")."""
    if sent.span is None or not len(words := sent.words(m.start - sent.start, m.end - sent.start)):
        return False
    place = words.root
    if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.lemma_.lower() in _PLACE_KINDS:
        place = place.head.head  # "in the southern province of Kahramanmaraş": the province is the place
    if place.dep_ != "pobj" or place.head.dep_ != "prep" or place.head.head.pos_ not in ("VERB", "AUX"):
        return False
    nouns = list(FACILITY_NOUN.finditer(sent.text))
    verb = place.head.head
    # in the subject's or object's words: the parser may hang the noun lower ("a factory producing materials");
    # or the verb says what the facility is for ("its facility to produce components ... in X")
    return any(n.start() <= t.idx - sent.start < n.end() for c in verb.children
               if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree for n in nouns) or (
        verb.dep_ in ("acl", "relcl") and any(n.start() <= verb.head.idx - sent.start < n.end() for n in nouns))


def _for_facility(noun, sent: Sentence, nouns: list[re.Match]) -> bool:
    """Whether a noun (or the list it ends) is what a facility noun is for: "a facility for manufacturing
    explosives, ammunition and small arms"."""
    while noun.dep_ == "conj":
        noun = noun.head
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    return owner is not None and any(n.start() <= owner.idx - sent.start < n.end() for n in nouns)


def _refines(chain: list[Mention], m: Mention) -> bool:
    """Whether ``m`` narrows a place given before ("In Lithuania, a plant near Baisogala is ...")."""
    return _RANK.get(m.place.level, 9) < min(_RANK.get(c.place.level, 9) for c in chain) and any(
        _contains(m, c) for c in chain)


# Nouns a place may hang on and still locate the facility ("in the town of X", "on the outskirts of X").
# "workers in a hangar in X make drones", "targets in the heart of X"
_PLACE_NOUNS = frozenset("""town city village settlement region province district oblast area zone outskirts
outskirt suburb part north south east west centre center territory republic county state country park complex
hub border coast port edge fringe side heart middle hangar hangars premises""".split())


_PRODUCT_AFTER_NOUN = 40


def _attached_elsewhere(sent: Sentence, m: Mention) -> bool:
    """Whether the place belongs to another noun ("troops in Ukraine", "drones over Tambov"), not to the
    facility, a verb about it, or a word for a place."""
    if sent.span is None:
        return False
    words = sent.words(m.start - sent.start, m.end - sent.start)
    if not len(words):
        return False
    token = words[-1]
    if token.dep_ == "poss":  # "in Poland's export register"
        owner = token.head
    elif token.head.lower_ in ("based", "headquartered") and token.head.dep_ in ("amod", "acl"):
        owner = token.head.head  # "the London-based institute", but "the Kazan-based drone plant"
    elif _prepositional(token):
        owner = _governor(token.head)
    else:
        return False
    if owner.lower_ in ("based", "headquartered") and owner.dep_ in ("acl", "amod"):
        owner = owner.head  # "an organisation based in Britain": the organisation's place
    while owner.lemma_.lower() in _AREA_NOUNS and _prepositional(owner):
        owner = _governor(owner.head)  # "working in the airfield area of X": whose the area is, is whose X is
    if owner.dep_ == "pobj" and owner.head.lower_ == "to" and owner.head.head.lemma_.lower() in _VISITS:
        return False  # "his visit to the defence organisation in Wah": what was visited is there
    if owner.dep_ == "pobj" and (owner.head.lower_ in frames.BESIDE or owner.head.lower_ in ("to", "from") and (
            owner.head.head.lower_ in frames.BESIDE)):
        return False  # "located next to the company's headquarters in Tallinn": what stands by it is there too
    if owner.lemma_.lower() == "ceremony" and _OPENED_AT.search(sent.text, 0, owner.idx - sent.start + len(owner)):
        return False  # "began at a groundbreaking ceremony in Kielce": where the plant is
    if owner.pos_ == "VERB" and owner.lemma_.lower() in _PUT_TO_USE:
        return True  # "shells of the calibre fielded in Ukraine": where the product goes, not where it is made
    if owner.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _CREWS for c in owner.children):
        return True  # "instructors are working in X": where those people are
    nouns = [*FACILITY_NOUN.finditer(sent.text), *filter(None, [_product_line(sent.text)])]
    if owner.pos_ == "VERB" and _other_business(sent, owner, nouns):
        return True
    if _goods_made_elsewhere(sent, owner, nouns):
        return True
    if owner.pos_ == "VERB" and owner.dep_ == "relcl" and frames.verb_class(owner) is None and not any(
            n.start() <= owner.head.idx - sent.start < n.end() for n in nouns):
        return True  # "Halvan, which exhibited in Riyadh, is building a factory in Jeddah": what the firm did there
    if owner.lemma_.lower() == "operation" and any(c.dep_ == "amod" and c.lower_ in _WARFARE for c in owner.children):
        return True  # "to support military operations in Ukraine": a war, not a plant's operation
    # the facility noun itself, or a word of a clause describing it ("a factory making drones near X")
    # "a plant for rocket motors in X", "a factory making drones near X": the place is still the plant's
    clause = (owner.head.head,) if owner.head.dep_ in ("acl", "relcl", "prep") else ()
    # "his visit to the Ordnance Factories (POF) in X": where a visit to the facility was, the facility is
    visited = tuple(o for p in owner.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                    if o.dep_ == "pobj") if owner.lemma_.lower() in _VISITS else ()
    # a facility noun the parser made a modifier of the word after it ("set the factory ablaze in X")
    # or its object ("employees of the factory in X"), or a noun coordinated with it that the parser made a
    # modifier ("a production line and test range in X")
    modifiers = tuple(c for c in owner.children if c.dep_ in ("compound", "nmod")) + tuple(
        t for p in owner.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        for t in o.subtree)
    # a place after the last of coordinated nouns may hold for them all ("a line and test range in X"), one after
    # an earlier noun only for that noun ("the depot, the substation in X and the arms factory": not the factory's)
    before = () if any(t.i > owner.i for t in owner.conjuncts) else owner.conjuncts
    facility = any(n.start() <= t.idx - sent.start < n.end() for n in nouns
                   for t in (owner, *before, *clause, *modifiers, *visited)) or (
        PRODUCT_TERMS.search(" ".join(t.text for t in owner.lefts if t.dep_ == "compound") + " " + owner.text)
        is not None  # what the plant named just before makes ("a plant to produce rocket fuel near X")
        and any(0 <= owner.idx - sent.start - n.end() <= _PRODUCT_AFTER_NOUN for n in nouns)) or (
        _made(owner)) or (  # "Rheinmetall makes shells in Kalisz", the place read as the shells'
        _for_facility(owner, sent, nouns))  # "a facility for explosives, ammunition and small arms in X"
    return (owner.pos_ == "NOUN" and not facility and not {owner.lemma_.lower(), owner.lower_} & _PLACE_NOUNS
            and not {owner.lemma_.lower(), owner.lower_} & (frames.EVENT_NOUNS.keys() | _FACILITY_PARTS))


def _prepositional(token) -> bool:
    """Whether the token is a preposition's object ("in X", "and in X")."""
    return token.dep_ == "pobj" and token.head.dep_ in ("prep", "conj") and token.head.pos_ == "ADP"


def _governor(prep):
    """The word a preposition hangs on, through coordinated ones: "working" in "working in X and in Y"."""
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head
    return prep.head


def _included(token) -> tuple:
    """The words of what a word is said to include: "struck targets in X, including a drone plant" puts the
    plant in X."""
    return tuple(t for p in token.children if p.dep_ == "prep" and p.lower_ == "including" for t in p.subtree)


def _made(token) -> bool:
    """Whether the token is arms a verb makes or builds: "shells" in "Rheinmetall makes shells"."""
    return token.dep_ in ("dobj", "nsubjpass") and PRODUCT_TERMS.fullmatch(token.text) is not None and (
        frames.verb_class(token.head) in ("operate", "build"))


def _goods_made_elsewhere(sent: Sentence, verb, nouns: list[re.Match]) -> bool:
    """"The plant uses machines made in Germany": where the things a facility of the sentence has or uses come
    from, not where it is (but "drones made in Yelabuga", told of no facility, are made at a plant there)."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and frames.verb_class(verb) in ("operate", "build") and bool(
        nouns) and not any(n.start() <= verb.head.idx - sent.start < n.end() for n in nouns)


def _other_business(sent: Sentence, verb, nouns: list[re.Match]) -> bool:
    """"The plant's owner ran a furniture business in X": a verb whose object is another thing, done by no
    facility, places that thing (not sums or jobs: "invested $1 billion in X", "will create 500 jobs in X")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def facility(token) -> bool:
        return any(n.start() <= token.idx - sent.start < n.end() for n in nouns)

    return (obj is not None and obj.pos_ == "NOUN" and not facility(obj)
            and not any(facility(t) for t in _included(verb))  # "hit sites in X, including a plant"
            and not (subject is not None and facility(subject))
            and not any(t.like_num or t.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") for t in obj.subtree)
            and not (obj.lemma_.lower() not in _CREWS and PRODUCT_TERMS.search(" ".join(t.text for t in obj.subtree)))
            and not {obj.lemma_.lower(), obj.lower_} & (_PLACE_NOUNS | _FACILITY_PARTS | frames.EVENT_NOUNS.keys()))


# People a product word may name ("training drone pilots in X"): the place is theirs, not a plant's.
_CREWS = frozenset("pilot operator crew instructor trainee cadet soldier troop".split())
# Words for a part of a place, which belong to what the place would: "in the area of X", "on the outskirts of X".
_AREA_NOUNS = frozenset("area outskirts outskirt suburb suburbs part edge fringe vicinity".split())
_OPENED_AT = re.compile(_OPENING_CEREMONY + r"\w*$", re.I)
_PUT_TO_USE = frozenset("use deploy field fire employ export".split())
_WARFARE = frozenset("military combat special offensive ground air naval".split())
# Parts of facilities and the firms that own them, which a place may hang on: "production lines in X", "a
# bearing manufacturer in X".
_FACILITY_PARTS = frozenset("""line hall shop workshop yard base capacity unit branch subsidiary operation
manufacturer maker producer company firm group enterprise supplier contractor venture works mill footprint
presence progress""".split())  # "construction is in progress in X"


def _without_attackers(sent: Sentence) -> str:
    """The sentence with the words of its attackers blanked out, so that what strikes a plant is not read as
    what the plant makes."""
    text = sent.text
    weapons = {_singular(m.group("weapon").lower()) for m in _SHOT_DOWN.finditer(text)}
    for start, end in frames.attacker_offsets(sent.span) if sent.span is not None else []:
        weapons |= {_singular(m.group().lower()) for m in PRODUCT_TERMS.finditer(text, start - sent.start,
                                                                              end - sent.start)}
        text = text[:start - sent.start] + " " * (end - start) + text[end - sent.start:]
    # the same weapons elsewhere in the sentence ("... before the drones were shot down") are the attack's too
    return PRODUCT_TERMS.sub(lambda m: " " * len(m.group()) if _singular(m.group().lower()) in weapons
                             and not _FACILITY_AFTER_WORD.match(text, m.end()) else m.group(), text)


# Weapons the sentence shows as attacking: "a downed drone", "debris of a missile", "intercepted UAVs".
_SHOT_DOWN = re.compile(r"\b(?:downed|intercepted|shot-down|falling|crashed|(?:brought|shot) down(?: \w+)?|"
                        r"(?:debris|fragments?|wreckage|parts) "
                        r"(?:of|from)(?: an?| the)?)(?: [a-z]+)? (?P<weapon>drones?|UAVs?|missiles?|rockets?)\b",
                        re.I)
# A product word qualifying a facility noun ("drone factory"): what the plant makes, whatever strikes it.
_FACILITY_AFTER_WORD = re.compile(r"\s+(?:[a-z]+\s+)?(?:plant|factory|facility|works|production|manufactur)", re.I)


def _production_verb(sent: Sentence, mentions: list[Mention]) -> re.Match | None:
    """A verb that puts production at a place or a town that makes things (see :func:`frames.production_verbs`),
    as a match in the sentence that stands where a facility noun would."""
    if sent.span is None:
        return None
    towns = [(m.start, m.end) for m in mentions if m.role == "location" and m.place.level == "city"
             and m.place.name != capitals().get(m.place.country_code)]  # "Kyiv makes drones": the nation does
    found = frames.production_verbs(sent.span, lambda word: PRODUCT_TERMS.fullmatch(word) is not None
                                    and word.lower() not in _CONTEXT_WORDS,
                                    lambda token: any(a <= token.idx < b for a, b in towns))
    if not found:
        return None
    return re.compile(re.escape(found[0].text)).match(sent.text, found[0].idx - sent.start)


_PRODUCT_LINE = re.compile(rf"{PRODUCT_TERMS.pattern}\s+(?:(?:final-)?assembly\s+|production\s+|filling\s+)?"
                           r"(?P<line>lines?)\b"  # "a new shell line", or "a filling line for shell bodies"
                           rf"|(?P<line_for>lines?)\s+for\s+(?:[\w\-]+\s+){{0,2}}?{PRODUCT_TERMS.pattern}", re.I)
_LINE = re.compile(r"lines?", re.I)


def _product_line(text: str) -> re.Match | None:
    """"a new 155 mm shell line at Raufoss": a line named by what it makes stands for the plant it is in, as
    the word "line" alone ("the front line") does not."""
    m = _PRODUCT_LINE.search(text)
    return _LINE.match(text, m.start("line") if m.group("line") else m.start("line_for")) if m else None


def _unrelated(sent: Sentence, noun: re.Match, at: tuple[int, int]) -> bool:
    """Whether the facility noun is outside the place at ``at`` in the parse: neither the place's word nor one
    that governs it."""
    token, place = _noun_token(sent, noun), _token(sent, *at)
    return token is not None and place is not None and token != place and token not in place.ancestors


def _site_named(sent: Sentence, mentions: list[Mention]) -> re.Match | None:
    """A known site named in the sentence ("drones struck Alabuga"): it is the facility."""
    site = next((m for m in mentions if sent.start <= m.start < sent.end and m.place.level == "site"), None)
    return re.compile(re.escape(site.surface)).search(sent.text, site.start - sent.start) if site else None


def _company_at(sent: Sentence, mentions: list[Mention]) -> re.Match | None:
    """A defence company at a town it names ("Nammo in Raufoss has doubled its output"), or a maker whose name
    says what it makes ("Northvale Munitions in Burgos", "the Boreal Aircraft Manufacturing Company in the province
    of Isfahan"): its works there."""
    towns = {m.start - sent.start for m in mentions if sent.start <= m.start < sent.end
             and m.place.level in ("city", "region") and m.role == "location"}
    for m in makers(sent.text):
        at = _AT_TOWN.match(sent.text, m.end())
        if at and at.end() in towns:
            return m
    return None


def makers(text: str) -> list[re.Match]:
    """The defence companies a text names, and the makers whose names say what they make, in text order."""
    return sorted([m for m, _ in named(companies(), text)] + list(_MAKER_NAME.finditer(text)), key=lambda m: m.start())


_AT_TOWN = re.compile(r"(?:\s+\([A-Z][\w\-]*\))?,?\s+(?:in|at)\s+"  # "Northvale Munitions (NVM) in X"
                      r"(?:the\s+(?:[a-z]+\s+)?(?:province|region|city|town) of\s+)?")
# A maker's name that says what it makes: "Boreal Aircraft Manufacturing Company", "Northvale Munitions"
_MAKER_NAME = re.compile(r"\b(?:[A-Z][\w\-&]*\s+){1,4}(?:(?:Aircraft|Aviation|Missile|Rocket|Helicopter|Tank|Military|"
                         r"Defen[cs]e)\s+(?:Manufacturing|Industries|Industrial)|Defen[cs]e|Munitions|Ordnance|"
                         r"Armaments?|Arms|Aerospace|Shipbuilding|Ammunition|Energetics|Explosives)"
                         r"(?:\s+(?:Company|Corporation|Complex|Group|Enterprise|Industries))?\b")
_ARSENAL = re.compile(r"arsenals?", re.I)


def _is_possessive(text: str, m: Mention) -> bool:
    return text[m.end:m.end + 2] in ("'s", "’s")


_RANK = {"site": 0, "city": 1, "region": 2, "country": 3}


def _most_precise_per_chain(text: str, chosen: list[Mention]) -> list[Mention]:
    """In "Yelabuz, Tatarstan, Russia" only Yelabuz locates the facility."""
    groups: list[list[Mention]] = []
    for m in chosen:
        if groups and _CHAIN.match(text[groups[-1][-1].end:m.start]) and _within(groups[-1][0], m):
            groups[-1].append(m)
        else:
            groups.append([m])
    return [min(g, key=lambda m: _RANK.get(m.place.level, 9)) for g in groups]


def _within(a: Mention, b: Mention) -> bool:
    """Whether one of the two places contains the other."""
    return _contains(a, b) or _contains(b, a)


def _contains(inner: Mention, outer: Mention) -> bool:
    """Whether ``outer`` (a region or country) contains ``inner``."""
    if outer.place.level == "country":
        return inner.place.country_code == outer.place.country_code
    if outer.place.level == "region":
        return inner.place.region_code == outer.place.region_code
    return False


# -- who -----------------------------------------------------------------------------------------------


def find_operators(text: str, sent: Sentence, mentions: list[Mention], location: Mention | None,
                   attribution: str | None, locations: list[Mention] = (), noun: re.Match | None = None) -> list[str]:
    """States behind the facility: states and companies' home states named where the parse says who builds or
    runs it (see :func:`frames.operator_offsets`), never the source, an attacker or a customer; and the host
    state when states (not companies) act abroad, or when nobody is named."""
    token = _noun_token(sent, noun)
    spans = frames.operator_offsets(token) if token is not None else [(sent.start, sent.end)]

    def operator(start: int, surface: str) -> bool:
        return (any(a <= start < b for a, b in spans) and not (attribution and surface in attribution)
                and _CUSTOMER.search(text[max(0, start - 12):start]) is None
                and _HOW_FAR.search(text[max(0, start - 40):start]) is None)

    state_actors: list[str] = []
    company_states: list[str] = []
    for m, iso in named(demonyms(), sent.text):
        if operator(sent.start + m.start(), m.group()) and not _NO_OPERATOR_AFTER.match(sent.text, m.end()):
            (company_states if _COMPANY_WORDS.match(sent.text[m.end():]) else state_actors).append(iso)
    people = [(e.start_char, e.end_char) for e in sent.span.ents if e.label_ == "PERSON"] if sent.span else []
    # a company, but not part of a person's name ("Rafael Grossi"); a firm the tagger took for a person counts
    for m, iso in named(companies(), sent.text):
        at, end = sent.start + m.start(), sent.start + m.end()
        if operator(at, m.group()) and not any(a <= at < b and (a, b) != (at, end) for a, b in people):
            company_states.append(iso)
    for m in mentions:
        if (sent.start <= m.start < sent.end and m.place.level == "country" and m not in locations
                and operator(m.start, m.surface)):
            # "Sweden's Saab" is a company's home; "Iran operates" a state acting
            (company_states if _COUNTRY_COMPANY.match(text[m.end:m.end + 40]) else state_actors).append(
                m.place.country_code)
    operators = _unique(state_actors + company_states)
    host = location.place.country_code if location else None
    if host and (state_actors or not operators) and host not in operators:
        operators.append(host)
    return operators


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


# -- claims --------------------------------------------------------------------------------------------


_CLAUSE_END = re.compile(r"[,;:—]|\s-\s|\band\b|\bbut\b")


def clause_around(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end]: from the last comma-like break before it to the next one after."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    return text[left:right]


# A place naming the facility it precedes: "the Tambov gunpowder plant", "Tula's arms works" (content words only
# between them: not "Yelabuga and a second plant").
_PLACE_AS_MODIFIER = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w\-]*){0,3}\s+$")


def nearest_noun(sent_text: str, start: int, end: int, line: re.Match | None = None) -> re.Match | None:
    """The facility noun the place at ``start:end`` belongs to: the last one before it, else the first after;
    but the one the place names ("the site ... the Tambov gunpowder plant") when that says more of what is
    made ("the production line at its Mesquite plant" stays a production line). A product ``line`` counts as
    a facility noun ("a filling line for shells in X, next to a chemical complex")."""
    nouns = sorted([*FACILITY_NOUN.finditer(sent_text), *([line] if line else [])], key=lambda n: n.start())
    named = [n for n in nouns if n.start() >= end and _PLACE_AS_MODIFIER.fullmatch(sent_text, end, n.start())
             and not stop_words() & set(sent_text[end:n.start()].lower().split())
             and not _GENERIC_NOUN.fullmatch(n.group())]  # "the Alabuga economic zone" names no plant
    before = [n for n in nouns if n.start() < start]
    nearest = before[-1] if before else (nouns[0] if nouns else None)
    if named and (nearest is None or _qualified(sent_text, named[0]) or not _qualified(sent_text, nearest)):
        return named[0]
    return nearest


_FORCES = re.compile(r"\b(?:army|armies|navy|air force|armed forces|troops|ministry of defen[cs]e|"
                     r"defen[cs]e ministry|procurement)\b", re.I)


def military_context(text: str) -> bool:
    """Whether an article is about military production at all: several product words, defence companies or
    armed forces."""
    head = text[:5000]
    return len(PRODUCT_TERMS.findall(head)) + len(named(companies(), head)) + len(_FORCES.findall(head)) >= 3


def sentence_claims(article_id: str, text: str, sent: Sentence, mentions: list[Mention], published: str | None,
                    previous: Claim | None, military: bool = False,
                    source: tuple[str | None, str | None] = (None, None),
                    section: Callable[[], Mention | None] = lambda: None,
                    before: Callable[[], Mention | None] = lambda: None,
                    here: Callable[[], Mention | None] = lambda: None,
                    listed: frames.Status | None = None) -> list[Claim]:
    """Claims made by one sentence; a sentence naming no place may continue the previous claim's facility, or
    be in the town its section's heading names (``section`` finds it), or, struck, in the town the words before
    it name (``before`` finds it), or in the town a sentence opening with "Here" or "There" points back to
    (``here`` finds it). An item of a list that says nothing of its plant has what the list's lead
    says of all its items (``listed``).

    A facility sentence names a product ("drones", "shells"), or, in an article about military production,
    says something happened to the facility (a status). ``source`` is who says so, and the sentence that
    names them when it is another one (see :func:`claim_sources`).
    """
    if _DATELINE_ONLY.fullmatch(sent.text.strip()):
        return []  # "ROCK ISLAND ARSENAL, Ill. —": where the story was filed, not a facility it reports
    if _RETRACTED.search(sent.text) or _NOT_REPORTED.search(sent.text) or _NO_ARMS_THERE.search(sent.text):
        return []  # a correction names what was wrong; a question or a claim rated false reports nothing; nor
        # does a site said to make no arms ("there was no military production at the site")
    noun = next((n for n in FACILITY_NOUN.finditer(sent.text)
                 if not _CIVILIAN.search(sent.text[max(0, n.start() - 30):n.start()]) and not _bare_production(sent, n)
                 and not (n.group()[:1].isupper() and _NAME_GOES_ON.match(sent.text, n.end())
                          and not _NAMES_A_PLANT.fullmatch(n.group()))
                 and not _any(sent, n) and not _verb_works(sent, n)), None)
    converted = noun is not None and _civilian_owner(sent, noun)
    if converted and not PRODUCT_TERMS.search(_without_attackers(sent)):
        return []  # "automaker Dacia has cut shifts at its plant"; arms to be made there convert it
    line = _product_line(sent.text)
    if line and (noun is None or line.start() < noun.start()):
        noun = line  # "Nammo's new shell line at Raufoss was handed over to production"
    noun = noun or _site_named(sent, mentions) or _company_at(sent, mentions)
    verb = _production_verb(sent, mentions) if noun is None else None  # "shells will be made in X": no facility noun
    noun = noun or verb
    if noun is None:
        return _pronoun_claim(text, sent, previous, published, source)
    # "the plant" in a story about arms plants, or a plant's own name ("Zakład Produkcji Specjalnej Gamrat")
    plant = military and _names_plant(noun)
    described = _without_attackers(sent)  # "two drones struck the fertiliser plant": not a drone plant
    # arms named, and not only as what struck a site that could be anything ("a drone hit an industrial site")
    armed = PRODUCT_TERMS.search(described if _GENERIC_NOUN.fullmatch(noun.group()) else sent.text) or (
        _ARMS_CALIBRE.search(sent.text) or _site_named(sent, mentions)  # "a 155mm metal parts facility"
        or _ARSENAL.fullmatch(noun.group())  # an arsenal holds arms whatever struck it
        or named(companies(), described))  # "General Dynamics will close its plant in Red Lion"
    if not armed and not plant and not (military and not PRODUCT_TERMS.search(sent.text)
                                        and _told_of_by_status(sent, noun)):
        return []
    if _OIL.search(sent.text) and not PRODUCT_TERMS.search(described):
        return []  # "hit the Ryazan refinery and the Syzran plant": in a list of refineries, one more
    named_noun = FACILITY_NOUN.fullmatch(noun.group()) is not None
    locations = facility_locations(text, sent, mentions, None if named_noun and not verb else [noun.end()])
    if (country := _in_demonyms_plants(sent, mentions)) and not any(
            m.place.country_code == country.place.country_code for m in locations):
        locations = [country]  # "drones are made in Chinese factories": China, not the company that orders them
    if previous is not None and _the_plant_again(sent, noun, previous, locations):
        locations = []  # "EUR 300 million will be invested in Lithuania to create the plant": the Baisogala plant
    coreferent = False
    if not locations and previous is None and _one(sent, noun) and (heading := section()):
        locations = [heading]  # "**1. Bryansk.** ... The General Staff said the Kremniy El plant was hit."
    elif not locations and previous is None and _one(sent, noun) and _STRUCK.search(sent.text) and (
            town := before()):
        locations = [town]  # "Drones attacked Tula overnight. The local gunpowder plant was hit."
    elif not locations and previous is None and (town := here()):
        locations = [town]  # "They arrived in Unterlüß. Here they broke ground for a shell plant."
    if country := _named_by_demonym(sent, mentions, locations):
        locations.append(country)  # "the Belarusian Metallurgical Plant": a plant of its own, even after another
    if not locations and previous is None:
        locations = _undertakings_place(sent, mentions)  # "set up a drone programme in Venezuela"
    if not locations:
        # "Serbia is building a plant" puts it there; "Russia increased its drone production" is a nation's output
        by_demonym = actor_country(text, sent, mentions, noun.end()) if previous is None and (
            noun.group().lower() not in _MAKING or _starts_making(sent, mentions, noun)) else None
        by_demonym = _the_country(text, sent, mentions, noun.end()) or by_demonym or (
            _in_demonyms_plants(sent, mentions, _ON_DEMONYMS_SOIL)) or (  # "a plant will be built on Ukrainian soil"
            None if previous is not None or _STRUCK.search(sent.text) else speaking_capital(sent, mentions))
        if by_demonym or (by_demonym := _town_as_subject(sent, mentions)):
            locations = [by_demonym]
        elif previous is None or not _refers_back(sent):
            return []
        else:
            coreferent = True
    if _ARSENAL.fullmatch(noun.group()) and locations and (all(m.place.level == "country" for m in locations) or (
            _HELD_BY.search(sent.text, 0, noun.start()) and all(
                m.start < sent.start + noun.start() and m.place.name == capitals().get(m.place.country_code)
                for m in locations))):
        return []  # "Russia's missile arsenal", "Iran has the largest arsenal", "Moscow and Kyiv are bulking up their
        # arsenals": what a state holds, not a site
    attribution, source_sentence = source
    capacity = find_capacity(sent.text, noun.end())
    date = find_event_date(sent.text, published)
    products = find_products(described)
    made = products or find_products(sent.text)
    announced = _acting_company(sent, noun) if attribution is None or attribution.endswith(OWN_REPORTING) else None
    claims = []
    for loc in locations or [None]:
        at = (loc.start - sent.start, loc.end - sent.start) if loc and not verb else None
        local = (nearest_noun(sent.text, *at, line if noun is line else None) if at else None) or noun
        if loc is not None and loc.place.level == "site" and at and _unrelated(sent, local, at):
            local = re.compile(re.escape(loc.surface)).search(sent.text, at[0])  # "images of the sites show
            # the expansion began at Khojir": what befell the known site, not the sites the images are of
        # what struck elsewhere can be made here: "Shahed drones assembled in Yelabuga have hit Kyiv"
        kind = find_kind(described, local) if not verb else f"{_singular(made[0].lower())} production"
        if not verb and not FACILITY_NOUN.fullmatch(local.group()):  # a site's or a company's name: "Nammo"
            kind = kind.removesuffix(local.group().lower()) + "plant"
        clause = clause_around(sent.text, local.start(), max(local.end(), loc.end - sent.start if loc else 0))
        if _denied(sent, local) or _FORMER_GROUNDS.search(sent.text, 0, local.start()) or _only_military(sent, local):
            continue  # "the site is on the grounds of a former arsenal near X": the arsenal is where it is
        decided = claim_status(sent, local, clause, loc)
        if decided.status == "unknown" and listed is not None:
            decided = listed  # "Missiles struck two targets: - the airfield - the armoured vehicle plant"
        if loc is not None and previous is not None and previous.status != "unknown" and (
                _only_located(sent, local)) and contains(previous.place, loc.place):
            decided = frames.Status(previous.status, previous.status_cue or "")  # "The sites are in X, Y and Z"
        if converted and decided.status not in _TO_BE_CONVERTED:
            continue  # "drones hit automaker X's plant": no arms plant
        status = "converting" if converted else decided.status
        if status == "unknown" and _DENIED_PLAN.search(decided.cue or "") or (
                status in _PLAN_STATUSES and _DISMISSED.search(sent.text)):
            continue  # "we are not planning a plant in X", "officials dismissed a report that a plant was planned"
        if status == "unknown" and not (_qualified(sent.text, local) or military and _names_plant(local) or verb
                                        or noun is line or _SALE.search(decided.cue or "")
                                        or (loc is not None and loc.place.level == "site")):
            continue  # "an industrial site", "domestic production": nothing says it makes arms; a known site does
        if status == "unknown" and loc is not None and loc.place.level == "country" and _PLURAL.search(
                local.group()) and not _ONE_OF_THE.search(sent.text, max(0, local.start() - 50), local.start()):
            continue  # "their plants in Germany": plants gestured at, none told of; "one of its plants" is one
        place = loc.place if loc else previous.place
        score = loc.score if loc else 0.5
        confidence = round(min(1.0, 0.4 * score + 0.2 * (status != "unknown") + 0.2 * bool(products)
                               + 0.1 * (not coreferent) + 0.1 * bool(attribution)), 2)
        claims.append(Claim(
            article_id=article_id, place=place, precision=precision_of(place.level),
            surface=loc.surface if loc else previous.surface, kind=kind, products=products, status=status,
            capacity=capacity, operators=_unique((previous.operators if coreferent else [])
                                                 + find_operators(text, sent, mentions, loc, attribution, locations,
                                                                  local)),
            event_date=date, attribution=announced or attribution,
            evidence=sent.text.strip(), evidence_start=sent.start, evidence_end=sent.end, confidence=confidence,
            status_cue=decided.cue or None, source_sentence=source_sentence))
    return claims


OWN_REPORTING = " (own reporting)"  # after the publisher's name: a claim no one in the text is said to make
_ITS_OWN_NEWS = frozenset("build operate expand convert plan propose".split())  # what a firm does to its plant
_BEGINNING = frozenset("start begin commence launch complete finish".split())  # "started construction of"


def _acting_company(sent: Sentence, noun: re.Match) -> str | None:
    """A company the sentence says built, opened, grew, converted or planned the facility (or will): its own
    news, when no one is said to report it ("Vantor opened a drone line in Tarnow" is Vantor's announcement).
    Not what a company does as a rule ("Vantor runs a plant in Tarnow": the reporter's background), nor what
    others do to a plant (protest, fund, seize, strike it)."""
    token = _noun_token(sent, noun)
    verb = next((v for v in token.ancestors if v.pos_ == "VERB"), None) if token is not None else None
    begins = verb is not None and verb.lemma_.lower() in _BEGINNING and any(
        c.dep_ == "dobj" and frames.event_class(c) for c in verb.children)
    if verb is None or verb.tag_ in ("VBZ", "VBP") or not (frames.verb_class(verb) in _ITS_OWN_NEWS or begins):
        return None  # not "Greenpeace protested outside the plant", "the bank financed it", a strike
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    span = next((e for e in sent.span.ents if e.start <= subject.i < e.end), None)
    if span is not None and span.label_ == "ORG":
        return span.text
    return None


_MILITARY_ONLY = re.compile(r"\bmilitary\s+(?:sites?|facilit(?:y|ies)|installations?|targets?|objects?)$", re.I)


def _only_military(sent: Sentence, noun: re.Match) -> bool:
    """"Drones damaged military sites in the Sumy region": sites only said to be military, in a sentence
    naming no arms but what struck, are bases, depots or airfields as much as plants; "military production
    sites", or "a military facility that assembles drones", are plants."""
    return _MILITARY_ONLY.search(sent.text, max(0, noun.start() - 12), noun.end()) is not None and not any(
        m.group().lower() not in _ANY_FORCE for m in PRODUCT_TERMS.finditer(_without_attackers(sent)))


_ANY_FORCE = frozenset("military defence defense".split())


def _told_of_by_status(sent: Sentence, noun: re.Match) -> bool:
    """Whether what the sentence says happened to the facility makes it one, in an article about arms ("the
    plant was hit"); not sites hit in a raid ("sites in three provinces were attacked": targets of any kind)."""
    status = claim_status(sent, noun, sent.text, None).status
    return status != "unknown" and not (status == "struck" and noun.group().lower() == "sites")


def _names_plant(noun: re.Match) -> bool:
    """Whether the facility word is a plant's ("the plant", "Zakład ...") rather than a site's or a line's."""
    return (_PLANT.fullmatch(noun.group()) or _NAMES_A_PLANT.fullmatch(noun.group())) is not None


def _only_located(sent: Sentence, noun: re.Match) -> bool:
    """Whether the sentence only says where the facility is ("The sites are in X, Y and Z"): then what was said
    of the facilities before, in a place holding these, still holds."""
    token = _noun_token(sent, noun)
    return token is not None and token.dep_ == "nsubj" and token.head.lemma_.lower() in frames.LOCATING


_MAKING = frozenset("production manufacture manufacturing".split())  # making, not a plant named


def _bare_production(sent: Sentence, noun: re.Match) -> bool:
    """"Production at the chemical plant was suspended": production of nothing named is what a plant does,
    not a facility; the plant after it is."""
    return noun.group().lower() in _MAKING and not PRODUCT_TERMS.search(
        sent.text[max(0, noun.start() - 30):noun.end() + 30])


def _any(sent: Sentence, noun: re.Match) -> bool:
    """Whether the facility word stands for any facility of its kind: "far from any missile factory", "every
    defence plant has a plan"."""
    token = _noun_token(sent, noun)
    return token is not None and any(c.dep_ == "det" and c.lower_ in ("any", "every", "each") for c in token.children)


def _one(sent: Sentence, noun: re.Match) -> bool:
    """Whether the facility word names one facility ("the plant"), not a kind ("plants of the region")."""
    token = _noun_token(sent, noun)
    return token is not None and token.tag_ not in ("NNS", "NNPS")


def _the_plant_again(sent: Sentence, noun: re.Match, previous: Claim, locations: list[Mention]) -> bool:
    """Whether "the plant" of a sentence that places it only in the country or region holding the plant told of
    just before is that plant."""
    the = _THE_PLANT.search(sent.text, max(0, noun.start() - 40), noun.end())
    return the is not None and the.end() >= noun.end() and previous.place.level in ("city", "site") and bool(
        locations) and all(contains(m.place, previous.place) for m in locations)


_THE_PLANT = re.compile(r"\b(?:the|this|that)\s+(?!(?:new|first|second|third|other|another|different|separate|"
                        r"largest|biggest)\b)(?:[\w\-]+\s+)?(?:plant|factory|facility|enterprise|works)\b", re.I)


def _refers_back(sent: Sentence) -> bool:
    """Whether the sentence speaks of a facility named before: "the plant", "this site", "made there"; not
    "officials there" (where they are)."""
    for m in _DEFINITE.finditer(sent.text):
        there = _token(sent, m.start(), m.end()) if m.group().lower() == "there" and sent.span is not None else None
        if there is None or there.head.pos_ not in ("NOUN", "PROPN"):
            return True
    return False


def _pronoun_claim(text: str, sent: Sentence, previous: Claim | None, published: str | None,
                   source: tuple[str | None, str | None]) -> list[Claim]:
    """"Our workshop was in Zhytomyr. A missile hit it in March.": "it", in the sentence right after a claim in
    the same paragraph, is that claim's facility, when a verb says what happened to it (it was hit, built,
    closed, expanded; it makes ...). A plan of "its" is left out: "it plans" is more often the company's."""
    gap = text[previous.evidence_end:sent.start] if previous else ""
    if previous is None or sent.span is None or gap.strip() or "\n\n" in gap:
        return []
    for token in sent.span:
        if token.lower_ != "it" or token.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            continue
        found = frames.verb_status(token.head, producer=token.dep_ == "nsubj")
        cls = frames.verb_class(token.head)
        if found is None or found.status == "unknown" or cls in ("plan", "propose") or (
                token.dep_ == "nsubj" and cls != "operate"):
            continue
        attribution, source_sentence = source
        return [replace(previous, status=found.status, status_cue=found.cue, event_date=find_event_date(
            sent.text, published), attribution=attribution or previous.attribution, source_sentence=source_sentence,
            evidence=sent.text.strip(), evidence_start=sent.start, evidence_end=sent.end, capacity=None,
            confidence=round(max(0.0, previous.confidence - 0.1), 2), id=None, key=None)]
    return []


# A capitalised facility word inside a longer name ("the Centre for Arms Production Studies") names no facility;
# a plant's own name goes on with what it makes ("the Barysaw Plant of Tractor Equipment").
_NAME_GOES_ON = re.compile(r"\s+(?:(?<!Plant )(?<!Factory )(?<!Works )of\s+|for\s+|and\s+)?[A-Z]")
_NO_ARMS_THERE = re.compile(r"\bno (?:military|arms|defen[cs]e|weapons?) (?:production|manufacturing|facilit|"
                            r"plant|factor|site|output)", re.I)
_DATELINE_ONLY = re.compile(r"[A-Z][A-Z .'’\-]+(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*[—–\-]+")
_RETRACTED = re.compile(r"\b(?:an? )?(?:earlier|previous) version(?: of this (?:article|story|report|post))? "
                        r"(?:said|stated|reported|misstated|gave)|\b(?:earlier|previous) version of this "
                        r"(?:article|story|report)|"
                        r"\b(?:incorrectly|wrongly|mistakenly|erroneously) (?:said|stated|reported|identified|named)",
                        re.I)
_NOT_REPORTED = re.compile(r"\?[\"”’'*_)\s]*$|\b(?:FALSE|FAKE|MISLEADING)\b")
_DENIED_PLAN = re.compile(r"\b(?:not|no|never)\b.*\b(?:plan|planning|planned|build|building|open|opening)\b",
                          re.I)
_PLAN_STATUSES = ("planned", "proposed", "under construction", "unknown")
_DISMISSED = re.compile(r"\b(?:dismiss(?:ed|es)|den(?:ied|ies)|reject(?:ed|s)|refut(?:ed|es)|debunk(?:ed|s))\b"
                        r".{0,80}\b(?:reports?|claims?|allegations?|rumou?rs?|suggestions?)\b", re.I)
_PLURAL = re.compile(r"(?<!work)(?:s|ies)$", re.I)  # "works" is one
_FORMER_GROUNDS = re.compile(r"\b(?:grounds|site|territory|premises) of (?:an? |the )?former (?:[\w\-]+ )?$", re.I)

_GENERIC_NOUN = re.compile(r"(?:industrial |economic )?(?:sites?|complex|enterprises?|zone|park)", re.I)
_PLANT = re.compile(r"(?:plant|factory|works|arsenal|shipyard|depot|facility|facilities)s?", re.I)
_CUSTOMER = re.compile(r"\bfor (?:the )?$", re.I)
_HOW_FAR = re.compile(r"\b(?:km|kilomet(?:re|er)s?|miles?)\b[^.;]{0,20}\bfrom (?:the )?$", re.I)  # "1,400 km from X"
# but "Czech drone maker", "a Ukrainian drone plant"
_NOT_A_MAKER = (r"(?![\s\-]+(?:makers?|manufacturers?|producers?|compan|firms?|developers?|plants?|factor|industr|"
                r"production|startups?|builders?|works|facilit|sites?|lines?|conglomerates?|corporations?|groups?|"
                r"holdings?|giants?))")
# A demonym of what strikes or studies from outside places no plant: "a Russian strike on a Ukrainian plant",
# "Israeli jets", "American researchers" (but "North Korean state media" show their own country's plants).
_STRIKERS = (r"(?:strikes?|airstrikes?|air-strikes?|attacks?|raids?|shelling|bombing|drones?|UAVs?|missiles?|"
             r"rockets?|jets?|warplanes?|bombers?|aircraft|artillery|forces|troops|military|army|air force|navy|"
             r"invasion|war|aggression|offensive|occupation|occupiers|invaders)")
_ONLOOKERS = r"(?:analysts?|experts?|researchers?|scientists?|investigators?|observers?|think[\s\-]tanks?)"
# nor does one of what helps from outside: "built with Russian aid", "Chinese components", "Turkish know-how"
_HELPERS = (r"(?:aid|help|assistance|support|funding|financing|investment|technology|know-how|expertise|engineers|"
            r"specialists|components|parts|licen[cs]es?|backing|partners?|cooperation|designs?|blueprints)")
_ONLOOKERS_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:" + _STRIKERS + "|" + _ONLOOKERS + "|" + _HELPERS + r")\b"
                              + _NOT_A_MAKER, re.I)
# Nor does a demonym of what reports or borders run one: "Ukrainian media", "900 km from the Ukrainian border".
_NO_OPERATOR_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:" + _STRIKERS + "|" + _ONLOOKERS + r"|soldiers|media|"
                                r"outlets?|journalists?|officials?|intelligence|border|frontier|territory|airspace|"
                                r"side|authorities|general staff|sources?|partisans?|saboteurs?|"
                                r"special services|security services?|military intelligence)\b"
                                + _NOT_A_MAKER, re.I)
_COUNTRY_COMPANY = re.compile(r"['’]s\s+(?:state-owned\s+|defen[cs]e\s+)?[A-Z][\w\-]*")
# A country acting: "Serbia is constructing", "Egypt has opened", "Finland signed".
_ACTS = re.compile(r"(?:['’]s)?\s+(?:also\s+|already\s+)?(?:is|are|was|has|have|will|plans|planned|builds|built|"
                   r"opened|opens|began|started|constructs|established|produces|makes|signed|agreed|aims|wants|"
                   r"intends|operates|runs|unveiled|unveils|inaugurated|inaugurates)\b")  # not "commissioned a study"
_THE_COUNTRY_ACTS = re.compile(r"\b[Tt]he country" + _ACTS.pattern)  # "the country has built plants"


_IN_DEMONYMS_PLANTS = re.compile(r"\b(?:in|at)\s+(?:[a-z\-]+\s+){0,2}([A-Z][a-z]+)\s+(?:[a-z\-]+\s+)?"
                                 r"(?:factories|plants|facilities|workshops|enterprises|factory|plant|facility)\b")
_ON_DEMONYMS_SOIL = re.compile(r"\b(?:in|on)\s+(?:the\s+)?([A-Z][a-z]+)\s+(?:territory|soil)\b")


def _country_mention(mentions: list[Mention], iso: str) -> Mention | None:
    """The article's first mention of the country with this ISO code, if it names it."""
    return next((m for m in mentions if m.place.level == "country" and m.place.country_code == iso), None)


def _in_demonyms_plants(sent: Sentence, mentions: list[Mention], pattern: re.Pattern = _IN_DEMONYMS_PLANTS
                        ) -> Mention | None:
    """The country of "in Chinese factories", "at two Iranian plants" (or of another ``pattern``'s demonym), as
    the article names it."""
    for found in pattern.finditer(sent.text):
        iso = demonyms().get(found.group(1))
        country = _country_mention(mentions, iso)
        if country is not None:
            return country
    return None


# A plant's own name, or a name given to it, after a demonym: "the Belarusian Metallurgical Plant", "the Iranian
# company 'Qods Aviation'", "the Belarusian enterprise 'Precision Electromechanics Plant'".
_PLANT_NAME_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w\-]*\s+){0,3}(?:Plant|Factory|Works|Combine|Shipyard|Arsenal)\b|"
                               r"(?:enterprise|plant|factory)\s+[\"“‘'«][A-Z])")
_ITEM_END = re.compile(r"[,;]|\band\b|$")


def _named_by_demonym(sent: Sentence, mentions: list[Mention], located: list[Mention]) -> Mention | None:
    """The country of a plant named with its demonym and no place of its own ("the Belarusian Metallurgical
    Plant", not "the Russian Helicopters Plant in Kazan"): the article's mention of the country, moved to the
    demonym; None if there is none."""
    for found, iso in named(demonyms(), sent.text):
        name = _PLANT_NAME_AFTER.match(sent.text, found.end())
        country = _country_mention(mentions, iso)
        if name is None or country is None or country.place in (m.place for m in located):
            continue
        item_end = sent.start + _ITEM_END.search(sent.text, name.end()).start()
        if not any(sent.start + found.start() < m.start < item_end for m in located):
            return replace(country, start=sent.start + found.start(), end=sent.start + found.end(),
                           surface=found.group())
    return None


_WHERE = re.compile(r"\bwhere\s+$")


_EVENT_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}(?:exhibitions?|expos?|fairs?|shows?|airshows?|summits?|forums?|"
                          r"conferences?)\b", re.I)


def actor_country(text: str, sent: Sentence, mentions: list[Mention], before: int) -> Mention | None:
    """A facility sentence naming no location: "Serbia is constructing a facility", "Bulgarian ...
    factories", "plants where Iran makes drones" put it in that country (country precision), if the article names
    the country."""
    attackers = frames.attacker_offsets(sent.span) if sent.span is not None else []
    for m in mentions:
        if (sent.start <= m.start < sent.start + before and m.place.level == "country" and m.role == "location"
                and (_ACTS.match(text[m.end:m.end + 30]) or _acting_subject(sent, m))
                and not any(a <= m.start < b for a, b in attackers)):
            return m  # "Serbia is constructing a facility"; not "Ukraine claimed to have struck a facility"
    for m in mentions:  # "works where Russia fills shells"
        if (sent.start + before <= m.start < sent.end and m.place.level == "country" and m.role == "location"
                and _WHERE.search(text, max(0, m.start - 7), m.start)):
            return m
    striking = {m.place.country_code for m in mentions if any(a <= m.start < b for a, b in attackers)}
    for found, iso in named(demonyms(), sent.text[:before]):
        at = sent.start + found.start()
        if _COMPANY_WORDS.match(sent.text[found.end():]) or any(a <= at < b for a, b in attackers) or (
                _ONLOOKERS_AFTER.match(sent.text, found.end())) or iso in striking or (
                _EVENT_AFTER.match(sent.text, found.end())) or any(m.start <= at < m.end for m in mentions):
            continue  # a German company builds anywhere; Ukrainian drones strike elsewhere, and a Ukrainian
            # official speaks of what Ukraine struck; a Saudi defence exhibition shows what others make; the
            # "Saudi" of "Saudi Arabia" is a place's name, read as such
        return _country_mention(mentions, iso)
    return None


def _acting_subject(sent: Sentence, m: Mention) -> bool:
    """Whether the country is the subject of a verb that builds, runs, plans or grows, however far the verb:
    "Kazakhstan, within the framework of a national project, plans to build four plants"."""
    span = sent.span.doc.char_span(m.start, m.end) if sent.span is not None else None
    if span is None or span.root.dep_ != "nsubj" or frames.verb_class(span.root.head) not in _ACTING:
        return False
    what = next((c for c in span.root.head.children if c.dep_ == "dobj"), None)  # not "commissioned a study"
    return what is None or bool(FACILITY_NOUN.search(what.text) or PRODUCT_TERMS.search(what.text)
                                or frames.event_class(what))


_ACTING = frozenset("build operate plan propose expand convert".split())


# "Kazakhstan has launched production of drones": new production there, not a nation's output growing
_STARTS_MAKING = re.compile(r"\b(?:launch|establish|set(?:ting|s)? up|start|began|begin|begun|organi[sz]|locali[sz]|"
                            r"open)\w*\s+(?:(?:the|an?|its|their|own|serial|mass|domestic|local|full-scale)\s+)*$",
                            re.I)


def _starts_making(sent: Sentence, mentions: list[Mention], noun: re.Match) -> bool:
    """"Kazakhstan has launched production of drones": one country starting production has a plant for it;
    "India and Russia agreed to start production" does not say where."""
    countries = {m.place.country_code for m in mentions if sent.start <= m.start < sent.start + noun.start()
                 and m.place.level == "country"}
    return len(countries) == 1 and _STARTS_MAKING.search(sent.text, 0, noun.start()) is not None


# "in the northern part of the country", "across the country", "in the country's south"
_IN_THE_COUNTRY = re.compile(r"\b(?:in|across|throughout)\s+the\s+(?:(?:[a-z\-]+\s+){0,2}(?:part|region|area|north|"
                             r"south|east|west|centre|center)s?\s+of\s+the\s+)?country(?:['’]s\s+(?:north|south|east|west|centre|"
                             r"center)\w*)?\b(?!['’])")


def _the_country(text: str, sent: Sentence, mentions: list[Mention], after: int) -> Mention | None:
    """"A plant in the northern part of the country", "the country has built plants": the country last named
    in the paragraph, up to the sentence's end (before "the country" that acts: not "..., Hungary's minister
    said")."""
    acting = _THE_COUNTRY_ACTS.search(sent.text, 0, after)
    if not (acting or _IN_THE_COUNTRY.search(sent.text, after)):
        return None
    paragraph = text.rfind("\n", 0, sent.start)
    end = sent.start + acting.start() if acting else sent.end
    return next((m for m in reversed(mentions) if paragraph < m.start < end and m.place.level == "country"
                 and m.role == "location" and not _attributive(sent, m)), None)


def _undertakings_place(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The place of a programme or project the sentence tells of ("has established a weapons programme in China
    to produce drones"): where what it makes is made."""
    for m in mentions:
        span = sent.span.doc.char_span(m.start, m.end) if sent.span is not None and sent.start <= m.start else None
        prep = span.root.head if span is not None and span.root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "in" and prep.head.lemma_.lower() in _PROGRAMMES and (
                m.role == "location"):
            return [m]
    return []


_PROGRAMMES = frozenset("program programme project venture initiative scheme".split())


def _attributive(sent: Sentence, m: Mention) -> bool:
    """"A U.S. media outlet", "U.S. officials": a country named before a common noun says whose, not where."""
    span = sent.span.doc.char_span(m.start, m.end) if sent.span is not None else None
    root = span.root if span is not None else None
    return root is not None and root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" and (
        root.head.i > root.i)


def speaking_capital(sent: Sentence, mentions: list[Mention]) -> Mention | None:
    """"Pyongyang said Kim inspected a new missile plant": a capital speaking for its state, in a sentence that
    names no other place, puts the state's plant in the country, as the article names it (none struck: what a
    capital says it hit is the enemy's)."""
    inside = [m for m in mentions if sent.start <= m.start < sent.end]
    if len(inside) != 1 or inside[0].role != "metonymy":
        return None
    return _country_mention(mentions, inside[0].place.country_code)


def _town_as_subject(sent: Sentence, mentions: list[Mention]) -> Mention | None:
    """"Leeds was named the new home of tank building", "Kazan is home to a plant": a town the
    sentence is about is where the facility it tells of is."""
    if sent.span is None:
        return None
    for m in mentions:
        if not (sent.start <= m.start < sent.end and m.role == "location" and m.place.level in ("city", "site")):
            continue
        words = sent.words(m.start - sent.start, m.end - sent.start)
        if len(words) and words.root.dep_ in ("nsubj", "nsubjpass") and frames.verb_class(words.root.head) != "strike":
            return m  # not "Kharkiv struck a plant"; a town that speaks or acts for its government is no location
    return None


def precision_of(level: str) -> str:
    """A claim's precision for a place level (a continent counts as a country)."""
    return level if level in _RANK else "country"


def extract_claims(article_id: str, text: str, doc, mentions: list[Mention], published: str | None,
                   publisher: str | None = None) -> list[Claim]:
    """All claims an article makes, in text order. A claim no one in the text is said to make is the
    ``publisher``'s own reporting."""
    claims: list[Claim] = []
    military = military_context(text)
    sents = sentences(doc)
    own = f"{publisher}{OWN_REPORTING}" if publisher else None
    spelled = acronyms(text)
    sources = [(_through(spelled.get(frames.without_the(name), name), own) if name else own, sentence)
               for name, sentence in claim_sources(sents, article_attribution(text), _towns_named(mentions))]
    debunked = _DEBUNKED.search(text) is not None

    def read(where: Callable[[Sentence], Mention | None]) -> list[Claim]:
        claims: list[Claim] = []
        for i, (sent, source) in enumerate(zip(sents, sources, strict=True)):
            if debunked and _claimed(text, sent):
                continue  # the claim a fact-check rates false, and the posts that spread it
            made = sentence_claims(article_id, text, sent, mentions, published, antecedent(claims, sent.text),
                                   military, source, section=partial(where, sent),
                                   before=partial(town_before, text, sents, sent, mentions),
                                   here=partial(town_here, sents, sent, mentions),
                                   listed=list_lead_struck(sents, i))
            if not made and (cue := _HEARD_BLASTS.search(sent.text) or _TOWN_ATTACKED.search(sent.text)):
                made = struck_in_town(claims, sent, [m for m in mentions if sent.start <= m.start < sent.end
                                                     and m.role == "location"], cue.group(), source)
            if _refuted(sents[i + 1:i + 2], sent):  # "That was incorrect.": the plant is there, the news is not
                made = [replace(c, status="unknown", status_cue=None) for c in made]
            claims.extend(made)
        return claims

    claims = read(partial(section_town, text, sents, mentions=mentions))
    placing = partial(_where_things_are, text, sents, mentions)
    if not claims and (home := article_home(mentions, lambda m: LOCATIVE.search(text[max(0, m.start - 50):m.start])
                                            and placing(m))) is not None:
        # a plant told of in a sentence that names no place, in an article that places none, is in the one town
        # or country the article is about
        claims = [c for c in read(lambda sent: None if any(sent.start <= m.start < sent.end and not _filed_at(text, m)
                                                           for m in mentions) else home) if at_home(c, home)]
    return accidents(in_the_only_town(claims, mentions, placing), text)


def _filed_at(text: str, m: Mention) -> bool:
    """Whether the place opens the article as where it was filed: "Islamabad – ...", "KARACHI: ..."."""
    return not text[:m.start].strip("*_ \n") and _FILED_AFTER.match(text, m.end) is not None


_FILED_AFTER = re.compile(r"[*_]*\s*[:—–\-]\s")


def list_lead(sents: list[Sentence], i: int) -> Sentence | None:
    """The lead of the list whose item sentence ``i`` is: the sentence before the list, ending with a colon."""
    k = i
    while k > 0 and sents[k].item:
        k -= 1
    lead = sents[k]
    return lead if k < i and lead.text.rstrip().endswith(":") else None


def list_lead_struck(sents: list[Sentence], i: int) -> frames.Status | None:
    """For an item of a list whose lead tells of a strike, that strike; None otherwise."""
    strike = _STRUCK.search(lead.text) if (lead := list_lead(sents, i)) else None
    return frames.Status("struck", strike.group()) if strike else None


def at_home(claim: Claim, home: Mention) -> bool:
    """Whether a claim placed in the article's country for want of a place may stand: not a strike (whose
    story may name only the attacker's country), nor one whose sentence names a nation ("before the Russian
    invasion": the nation's role there is not the plant's) or another country ("a neighbouring country").
    A claim placed in the article's only town or region stands, unless its sentence gives the plant to another
    state ("a Russian plant" in a story that names only Kharkiv)."""
    if home.place.level in ("city", "region"):
        return claim.place != home.place or set(claim.operators) <= {home.place.country_code}
    return claim.place != home.place or claim.status != "struck" and not named(demonyms(), claim.evidence) and (
        not _ANOTHER_COUNTRY.search(claim.evidence))


_ANOTHER_COUNTRY = re.compile(r"\b(?:neighbou?ring|another|other|foreign)\s+(?:country|state|nation)|"
                              r"(?:соседн|сусідн|друг|іноземн|иностранн)\w*\s+(?:стран|держав|країн|государств)", re.I)


def article_home(mentions: list[Mention], placing: Callable[[Mention], bool]) -> Mention | None:
    """Where a plant the article tells of but places nowhere is: the one town the article names, if that town is
    in the country the article is about, is said once to be where something is (``placing``: "in X", not where
    someone spoke nor "the X official"), and is not the capital ("Blasts shook Taganrog ... residents think the
    aircraft plant was the target"); else its one region so named ("a plant in Texas"); else that country (see
    :func:`article_country`)."""
    code = _main_country(mentions)
    return (_the_one(mentions, "city", code, placing) or _the_one(mentions, "region", code, placing)
            or article_country(mentions))


def _the_one(mentions: list[Mention], level: str, code: str | None, placing: Callable[[Mention], bool]
             ) -> Mention | None:
    """The one place of ``level`` the article names (a capital aside, which speaks for the government), if it is
    in the country ``code`` and said once to be where something is."""
    named = [m for m in mentions if m.role == "location" and m.place.level == level
             and m.place.name != capitals().get(m.place.country_code)]
    one = named[0] if named and all(m.place == named[0].place for m in named) else None
    if one and one.place.country_code == code and any(placing(m) and not m.surface.isupper() for m in named):
        return one
    return None


def article_country(mentions: list[Mention]) -> Mention | None:
    """The country an article is about (see :func:`_main_country`), if the article names it."""
    code = _main_country(mentions)
    return next((m for m in mentions if m.role == "location" and m.place.level == "country"
                 and m.place.country_code == code), None) if code else None


def _main_country(mentions: list[Mention]) -> str | None:
    """The country that holds at least half the places an article names, and twice as many as any other; None
    when the places are spread over several."""
    counts = Counter(m.place.country_code for m in mentions if m.role == "location").most_common(2)
    if not counts:
        return None
    (code, n), runner_up = counts[0], counts[1][1] if len(counts) > 1 else 0
    return code if 2 * n >= sum(m.role == "location" for m in mentions) and n >= 2 * runner_up else None


def struck_in_town(claims: list[Claim], sent: Sentence, inside: list[Mention], cue: str,
                   source: tuple[str | None, str | None]) -> list[Claim]:
    """A town told of as struck (``cue``) in a sentence that names no plant: a town of the region where a plant
    was struck is where that plant is ("a powder plant in the Tambov region was hit ... blasts near Kotovsk"),
    the region's claim at the town (it moves there when facilities are merged); a town where the text has placed
    one plant already had it struck ("the Aleksin chemical plant makes ... Drones attacked Aleksin all night").
    An empty list if no one such town, or if the text has placed a plant in a town of that region already."""
    for region in [c for c in reversed(claims) if c.precision == "region" and c.status == "struck"]:
        if any(c.precision in ("city", "site") and contains(region.place, c.place) for c in claims):
            continue  # the plant is placed already: "the Klin plant ... blasts also in Sergiyev Posad"
        towns = [m for m in inside if m.place.level == "city" and contains(region.place, m.place)]
        if len(towns) == 1:
            made = _unique([p for c in claims if c.place == region.place for p in c.products])  # all it is said to make
            return [_told_again(region, sent, cue, source, place=towns[0].place, precision="city",
                                surface=towns[0].surface, products=made)]
    towns = {m.place.geonameid for m in inside if m.place.level == "city"}
    placed = [c for c in claims if c.precision == "city" and c.place.geonameid in towns]
    if len(towns) == 1 and placed and len({c.kind for c in placed}) == 1 and not any(
            c.status == "struck" for c in placed):
        return [_told_again(placed[-1], sent, cue, source)]
    return []


def _told_again(claim: Claim, sent: Sentence, cue: str, source: tuple[str | None, str | None], **changes) -> Claim:
    """A plant's claim told again as struck by a later sentence."""
    attribution, source_sentence = source
    return replace(claim, status="struck", status_cue=cue, attribution=attribution or claim.attribution,
                   source_sentence=source_sentence, evidence=sent.text.strip(), evidence_start=sent.start,
                   evidence_end=sent.end, **changes)


def in_the_only_town(claims: list[Claim], mentions: list[Mention], placing: Callable[[Mention], bool]
                     ) -> list[Claim]:
    """A plant the article puts only in a country is in the one town of that country it names as a place where
    things are (``placing``), if it names one: "a drone plant in Denmark ... Ridgeview Airport in Odense", not
    "fishermen in Bergen" or "speaking in Thessaloniki". Not the capital (more often the government than a plant's
    town) nor a dateline ("KARACHI:", where the story was filed), nor where the article places other plants in
    that country (the one left in the country is another)."""
    out = []
    for c in claims:
        iso = c.place.country_code
        if c.precision == "country" and not any(x.precision != "country" and x.place.country_code == iso
                                                for x in claims):  # a plant apart from those placed in the country
            towns = {m.place.geonameid: m for m in mentions if m.role == "location" and m.place.level == "city"
                     and m.place.country_code == iso and not m.surface.isupper()
                     and m.place.name != capitals().get(iso) and placing(m)}
            if len(towns) == 1:
                town = next(iter(towns.values()))
                c = replace(c, place=town.place, precision="city", surface=town.surface)
        out.append(c)
    return out


def _where_things_are(text: str, sents: list[Sentence], mentions: list[Mention], m: Mention) -> bool:
    """Whether the sentence naming the town says where something is, not whose people or words are there (see
    :func:`_not_locating`); a town coordinated with a place ("pilots in Wonsan and the city of Hamhung") is said
    of what that place is."""
    sent = next((s for s in sents if s.start <= m.start < s.end), None)
    if sent is None or _not_locating(text, sent, m, text[sent.start:m.start], False):
        return False
    prev = next((p for p in reversed(mentions) if sent.start <= p.start and p.end <= m.start), None)
    return prev is None or not _COORDINATED_PLACE.match(text[prev.end:m.start]) or _where_things_are(
        text, sents, mentions, prev)


def _through(name: str, own: str | None) -> str:
    """A source; pictures no one is said to have taken speak through the publisher ("The imagery shows ...":
    the publisher's own reporting from the imagery)."""
    if own and all(w in frames.SHOWING_SUBJECTS or w in _OF_PICTURES for w in name.lower().split()):
        return f"{own[:-1]}: {name})"
    return name  # "Maxar satellite images": their maker is named


_OF_PICTURES = frozenset("the new recent latest satellite commercial aerial".split())


_DEFINED = re.compile(r"((?:(?:[A-Z][\w'’\-]*|of|the|for|and|on)\s+){1,8})\(([A-Z][A-Za-z]{1,7})\)")


def acronyms(text: str) -> dict[str, str]:
    """Abbreviations the text spells out: "the National Intelligence Service (NIS)" gives NIS, "Ministry of
    Defence (MoD)" MoD; the name is the shortest run of words ending before the bracket whose capitals are the
    abbreviation's."""
    found = {}
    for m in _DEFINED.finditer(text):
        words, short = m.group(1).split(), m.group(2)
        for k in range(1, len(words) + 1):
            tail = words[-k:]
            if tail[0][0].isupper() and "".join(w[0] for w in tail if w[0].isupper()) == re.sub(r"[^A-Z]", "",
                                                                                                  short):
                found.setdefault(short, " ".join(tail))
                break
    return found


# A fact-check's verdict that the claim it checks is false, and the sentences that state that claim.
_DEBUNKED = re.compile(r"\b(?:verdict|rating|our ruling|conclusion)\W{0,6}(?:false|fake|misleading|incorrect|"
                       r"not true|unproven|unsupported|baseless|fabricated)\b", re.I)
_CLAIMED = re.compile(r"\b(?:claim(?:s|ed)?|alleged(?:ly)?|rumou?rs?|posts?|posted|viral)\b", re.I)
_CLAIM_LABEL = re.compile(r"\W*claim\W*", re.I)


# "That was incorrect.", "This is not true.": the sentence before says what is not so.
_REFUTES = re.compile(r"(?:That|This|It|Both|Neither|None of this) (?:was|is|has been|were|are)(?: also)? (?:not "
                      r"(?:true|correct|accurate|the case|so)|incorrect|wrong|untrue|false|inaccurate|mistaken|"
                      r"an error)\W*$")


def _refuted(following: list[Sentence], sent: Sentence) -> bool:
    """Whether the next sentence of the paragraph says this one is not so."""
    return any(nxt.paragraph == sent.paragraph and _REFUTES.match(nxt.text) for nxt in following)


def _claimed(text: str, sent: Sentence) -> bool:
    """Whether a sentence states or spreads the claim being checked ("**Claim:** ...", "a post claimed ...")."""
    label = text[text.rfind("\n", 0, sent.start) + 1:sent.start]
    return _CLAIMED.search(sent.text) is not None or _CLAIM_LABEL.fullmatch(label) is not None


def antecedent(claims: list[Claim], sentence: str) -> Claim | None:
    """The facility "the factory" or "the plant" refers back to: the last claim of that kind of facility,
    else the last claim."""
    m = _DEFINITE.search(sentence)
    head = _PLANT_WORDS.get(m.group().split()[-1].lower(), m.group().split()[-1].lower()) if m else None
    same = [c for c in claims if head and _PLANT_WORDS.get(c.kind.split()[-1], c.kind.split()[-1]) == head]
    return same[-1] if same else (claims[-1] if claims else None)


# Words that name the same kind of facility when an article refers back to it.
_PLANT_WORDS = dict.fromkeys(("plant", "factory", "facility", "site", "enterprise", "works", "complex"), "plant")


def _towns_named(mentions: list[Mention]) -> frozenset[str]:
    """The names of the towns and sites the article names as places (not "Moscow" saying something)."""
    return frozenset(m.surface for m in mentions if m.role == "location" and m.place.level in ("city", "site"))


def claim_sources(sents: list[Sentence], agency: str | None, towns: frozenset[str] = frozenset(),
                  ) -> list[tuple[str | None, str | None]]:
    """Who says what each sentence says, and the sentence naming them when it is another one: the sentence's
    own reporting frame; for "he said", the last source named before; else a source named in the next
    sentence of the paragraph, or earlier in it; else the agency of the dateline; else the source of the
    article's lead (its first two paragraphs), which news writing states once for the story. One of the
    article's ``towns`` opening a line ("Nagpur, Maharashtra: ...") is no speaker's turn."""
    found = [frames.source_of(s.span) if s.span is not None else None for s in sents]
    named: list[str | None] = []
    for i, (sent, source) in enumerate(zip(sents, found, strict=True)):
        name = source.name if source else None
        if source and source.pronoun:  # "she said": the person named just before, else the last source
            earlier = [s.span for s in sents[max(0, i - 2):i] if s.span is not None]
            name = (source.pronoun == "it" and frames.last_organisation(earlier) or frames.last_person(earlier)
                    or next((n for n in reversed(named) if n), None))
        if name and _ARMED_SPEAKER.fullmatch(name):  # "the army said": the armed forces named as a source before
            name = next((n for n in reversed(named) if n and _ARMED_NAME.search(n)), name)
        named.append(_full_name(_named_speaker(name, sent, sents, towns), named, sents[:i + 1]) if name else None)
    turns = [turn or answer for turn, answer in zip(speaker_turns(sents, towns), interview_answers(sents),
                                                     strict=True)]
    return spread_sources(sents, [n or turn for n, turn in zip(named, turns, strict=True)], agency)


def _full_name(name: str, named: list[str | None], sents: list[Sentence]) -> str:
    """A speaker named by surname alone ("Egorov said") as the source or person named before with that surname,
    however transliterated ("Tambov Governor Maxim Yegorov")."""
    if not re.fullmatch(r"[A-Z][a-z'’\-]+", name):
        return name
    people = [e.text for s in sents if s.span is not None for e in s.span.ents if e.label_ == "PERSON"]
    return next((n for n in [*reversed(named), *reversed(people)] if n and _PERSONS_NAME.search(n) and fuzz.ratio(
        unidecode(n.split()[-1]).lower(), unidecode(name).lower()) >= _SAME_SURNAME), name)


_PERSONS_NAME = re.compile(r"\b[A-Z][\w'’\-]+ [A-Z][\w'’\-]+$")  # a given name and a surname end it
_SAME_SURNAME = 85  # fuzz.ratio: "Yegorov"/"Egorov" 92; "Ivanov"/"Ivanova" 92; "Petrov"/"Popov" 73


_ARMED_SPEAKER = re.compile(r"(?:the |its )?(?:army|military|armed forces|navy|air force)", re.I)
_ARMED_NAME = re.compile(r"\w.*\b(?:army|military|armed forces|navy|air force|IDF)$", re.I)


# "We spoke to its chief executive, Jane Doe, on the sidelines of ...", "мы поговорили с его директором Иваном
# Петровым", "ми поговорили із засновником компанії ...": whom an interview is with, as its lead says.
_INTERVIEWEE = re.compile(r"\b(?:spoke|talked)\s+(?:to|with)\s+|\binterview\s+with\s+|\bwe\s+asked\s+|"
                          r"(?:поговорили|побеседовали|поспілкувалися|поговорив|поговорила)\s+(?:со?|з|із|зі)\s+",
                          re.I)
_INTERVIEWEE_END = re.compile(r"\s+(?:on|about|at|in|during|after|о|об|про|на|в|у|під|во)\s|[(;:*]|"
                              r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bGen)(?<!\bCol)\.|,\s*(?:an?\s|who|"
                              r"which|который|которая|який|яка)\b", re.I)
_QUESTION = re.compile(r"^(?:\*\*|__|(?:Q|Question|В|Вопрос|П|Питання)\s*[:.]\s)")


def interview_answers(sents: list[Sentence]) -> list[str | None]:
    """Who speaks each sentence of an interview: the interviewee its lead names, in the paragraphs after its
    first question (a paragraph in bold, or "Q:") that are not questions; None elsewhere, and in an article
    that is not an interview."""
    lead = next((m for s in sents if s.paragraph <= 1 and (m := _INTERVIEWEE.search(s.text))), None)
    starts = {}
    for sent in sents:
        starts.setdefault(sent.paragraph, sent)
    questions = {p for p, first in starts.items() if _QUESTION.match(first.text)}
    if not questions:
        return [None] * len(sents)
    if lead is not None:
        rest = lead.string[lead.end():]
        end = _INTERVIEWEE_END.search(rest)
        who = re.sub(r"^(?:its|his|her|their|the|его|її|їх)\s+", "", (rest[:end.start()] if end else rest).strip(" ,"),
                     flags=re.I)
    elif (who := _lead_person(sents)) is None:
        return [None] * len(sents)
    return [who or None if s.paragraph > min(questions) and s.paragraph not in questions else None for s in sents]


def _lead_person(sents: list[Sentence]) -> str | None:
    """The person an interview's lead opens with: "*Anna Berg, 41, founded Nordfab in 2019. ...*"."""
    first = next((s for s in sents if s.span is not None), None)
    if first is None or first.paragraph > 1 or not first.span.ents:
        return None
    person = first.span.ents[0]
    opens = not first.text[:person.start_char - first.start].strip("*_ \n")
    return person.text if opens and person.label_ == "PERSON" else None


# "**Park Ji-hoon, Chief Financial Officer:**", "Answered by Helen Marsh, Minister ...:", "Sokolov:": a speaker's
# turn in a transcript, interview or written answer; a heading line "**Answered by Helen Marsh, Minister, 24
# April**" needs no colon.
_TURN = re.compile(r"^[*_]*(?P<by>(?:Answered|Asked|Said) by )?(?P<name>[A-Z][\w.'’\-]*(?: [\w.'’\-]+){0,3}?)"
                   r"(?:\s*\([^)]{1,60}\)|,[^:*\n]{1,100})?\s*(?::[*_]*(?:\s|$)|(?(by)[*_]*$|(?!)))")
_BOLD_HEADING = re.compile(r"^\s*([*_]{2})[^:*_\n]+:\s+\S.*\1\s*$")  # "**Perm: powder for rockets**"
_NOT_SPEAKERS = frozenset("Note Update Correction Source Sources Details Quote Q A Question Answer Photo Read Editor "
                          "Summary "
                          "Claim Verdict Rating "
                          "Method Background Context Why What How When Where Live Breaking".split())


def _speaker_label(name: str) -> bool:
    """Whether a turn's label names a speaker: a name ("Park Ji-hoon") or a role ("Chief financial officer"),
    not a heading ("Update", "In short") or a shouted dateline."""
    words = name.split()
    role = name.split(" of ")[0].split()[-1]  # "Chief financial officer", "Head of operations"
    named = all(w[0].isupper() for w in words) or role.lower() in frames.SPEAKER_NOUNS
    return named and words[0] not in _NOT_SPEAKERS and words[0].lower() not in _OPENING_WORDS and (
        not name.isupper() and words[-1] not in _DESKS)


_DESKS = frozenset("Desk Bureau Staff Team Newsroom Service".split())  # "Digital Desk:", "Web Desk:": a byline


# A sentence opening with these is no turn's label: "In Córdoba, the company has two plants: ..."
_OPENING_WORDS = frozenset("in at on for from with by to of after before during since as if when while the a an "
                           "this that these those its their our there here meanwhile however also".split())


def speaker_turns(sents: list[Sentence], towns: frozenset[str] = frozenset()) -> list[str | None]:
    """Who speaks each sentence of a transcript: the name labelling the turn it belongs to, its full form
    when a turn gives only the surname ("Park:" after "Park Ji-hoon, CFO:"); never one of the ``towns`` the
    article names."""
    out: list[str | None] = []
    current, names = None, []
    for sent in sents:
        m = _TURN.match(sent.text) if not (_BOLD_HEADING.match(sent.text) or _opens_with_adverb(sent)) else None
        name = m.group("name").strip() if m else None
        if name and _speaker_label(name) and name not in towns:  # "Islamabad: ..." is a dateline
            current = next((full for full in names if full.split()[0] == name or full.split()[-1] == name), name)
            names.append(current)
        elif _section_heading(sent):
            current = None  # "NVL" on a line of its own: a new section in the writer's voice
        out.append(current)
    return out


def _section_heading(sent: Sentence) -> bool:
    """Whether the sentence is a few words without a full stop: a section's heading."""
    return len(sent.text.split()) <= _HEADING_WORDS and not sent.text.rstrip("*_ ").endswith(
        (".", ":", "!", "?", "”", '"'))


_HEADING_WORDS = 6


def _opens_with_adverb(sent: Sentence) -> bool:
    """"Recently, the plant upgraded its mast: ...": a sentence opening with an adverb is no turn."""
    return sent.span is not None and len(sent.span) > 0 and sent.span[0].pos_ == "ADV"


_OPENS_QUOTE = re.compile(r"\s*[“\"«„]")


# "Про це повідомив X", "Об этом сообщил X" after a lead and its subheading: X told the lead
_ABOUT_THIS = re.compile(r"(?:Про це|Об этом|О том|Про те)\b")


def spread_sources(sents: list[Sentence], named: list[str | None], agency: str | None,
                   ) -> list[tuple[str | None, str | None]]:
    """Each sentence's source (see :func:`claim_sources`) from the sources the sentences ``named``. The lead's
    source is the story's, but not that of the items of a list (a digest's items are stories of their own)."""
    named = _onlookers_of(named)
    items = {s.paragraph for s in sents if s.item}
    rank = _body_ranks(sents)
    lead = next((i for i, s in enumerate(sents) if (rank[s.paragraph] <= 1 or rank[s.paragraph] == 2
                                                    and _ABOUT_THIS.match(s.text))
                 and named[i] and s.paragraph not in items), None)
    quoted = {s.paragraph for k, s in enumerate(sents) if (k == 0 or sents[k - 1].paragraph != s.paragraph)
              and _OPENS_QUOTE.match(s.text)}
    out = []
    for i, sent in enumerate(sents):
        same = [j for j in (i, i + 1, *range(i - 1, -1, -1)) if 0 <= j < len(sents)
                and sents[j].paragraph == sent.paragraph and named[j]]
        # a paragraph that is a quotation goes on quoting the speaker the paragraph before named
        before = [j for j in range(i) if sents[j].paragraph == sent.paragraph - 1 and named[j]]
        same = same or (before[-1:] if sent.paragraph in quoted else [])
        near = same[0] if same else (None if agency or sent.paragraph in items else lead)
        if near is None:
            out.append((agency, None))
        else:
            out.append((named[near], sents[near].text if near != i else None))
    return out


def _body_ranks(sents: list[Sentence]) -> dict[int, int]:
    """Each paragraph's place counted from the first that is not a heading: a kicker or section heading opening
    the story ("Underground strategy") is no paragraph of its lead (one after the lead still counts)."""
    paragraphs = sorted({s.paragraph for s in sents})
    headings = {s.paragraph for s in sents if _section_heading(s)} - {s.paragraph for s in sents
                                                                      if not _section_heading(s)}
    opening = next((k for k, p in enumerate(paragraphs) if p not in headings), len(paragraphs))
    return {p: max(0, k - opening) for k, p in enumerate(paragraphs)}


# Speakers who study or report from outside, named by no name: "the analysts", "Western experts", "експерти",
# "ЗМІ" (the media).
_ONLOOKERS_ONLY = re.compile(r"(?:the\s+)?(?:[\w\-]+\s+)?(?:analysts?|experts?|researchers?|observers?|media|"
                             r"аналитик\w*|аналітик\w*|эксперт\w*|експерт\w*|исследовател\w*|дослідник\w*|ЗМІ|СМИ)",
                             re.I)
_CAPITAL = re.compile(r"[A-ZА-ЯЁІЇЄҐ]")


def _onlookers_of(named: list[str | None]) -> list[str | None]:
    """Analysts, experts or media named by no name are those of the last source the article named before them:
    "according to Janes, ... the analysts concluded that ..." is Janes's finding ("Janes (analysts)")."""
    out: list[str | None] = []
    for name in named:
        if name and _ONLOOKERS_ONLY.fullmatch(name) and (earlier := next(
                (n for n in reversed(out) if n and _CAPITAL.search(n) and not _ONLOOKERS_ONLY.fullmatch(n)
                 and not n.startswith("(")), None)):
            name = f"{earlier} ({name})"
        out.append(name)
    return out


def _named_speaker(name: str, sent: Sentence, sents: list[Sentence], towns: frozenset[str]) -> str:
    """"The company said", "the outlet reported": the organisation the paragraph names last before the
    speaker (a known defence company first), else the one the lead names, if any; "a spokesperson said": the
    spokesperson of that organisation ("Rheinmetall spokesperson"). The article's ``towns`` name no firm."""
    role = _ITS_SPEAKER.match(name)
    if (person := _PERSON_ROLE.match(name)) and not role:
        return _person_before(person.group(1).lower(), sent.start + max(sent.text.find(name), 0), sent, sents) or name
    if not (_GENERIC_SPEAKER.match(name) or _SEVERAL_FIRMS.match(name) or role) or (
            _named_by_modifier(name, sent)):
        return name
    body = _speaks_for(name, sent, sents, towns)
    return f"{body} {role.group(1)}" if role and body else body or name


def _named_by_modifier(name: str, sent: Sentence) -> bool:
    """"The Vympel company", "the Kalashnikov concern": a proper name before the noun names the speaker, even a
    town's ("the Kronstadt company"); "the Russian company", "the South Korean firm", "the U.S. firm" and "the
    Kremlin-backed group" do not."""
    nations = {w for e in sent.span.ents if e.label_ == "NORP" for w in e.text.split()} if sent.span else set()
    return any(w[0].isupper() and "-" not in w and w not in nations
               and not re.fullmatch(r"[A-Z.]{1,4}", w) for w in name.split()[:-1] if w.casefold() != "the")


# "the official said", "the governor added": the person named before.
_PERSON_ROLE = re.compile(r"^(?:the )?(official|minister|governor|mayor|adviser|advisor|president|commander|general|"
                          r"analyst|expert|researcher)$", re.I)


def _person_before(role: str, cut: int, sent: Sentence, sents: list[Sentence]) -> str | None:
    """The person the paragraph names last before ``cut`` with the role (any official's title, for "official")
    right before or after the name: "Governor Ivan Petrov", "Ivan Petrov, the regional governor"."""
    titles = _OFFICIAL_TITLES if role == "official" else role
    people = [e.text for s in sents if s.start <= sent.start and s.paragraph == sent.paragraph and s.span is not None
              for e in s.span.ents if e.label_ == "PERSON" and e.start_char < cut and _titled(e, titles)]
    return people[-1] if people else None


_OFFICIAL_TITLES = "official|minister|adviser|advisor|secretary|deputy|governor|mayor|spokes\\w+|director|head"


def _titled(person, titles: str) -> bool:
    """Whether the title is written right before the person's name or in an apposition after it."""
    text = person.doc.text
    before = text[max(0, person.start_char - 40):person.start_char]
    after = text[person.end_char:person.end_char + 50]
    return bool(re.search(rf"\b(?:{titles})\b[\w\s.’'-]{{0,12}}$", before, re.I)
                or re.match(rf",\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){{0,3}}(?:{titles})\b", after, re.I))


def _speaks_for(name: str, sent: Sentence, sents: list[Sentence], towns: frozenset[str]) -> str | None:
    """The organisation a generic speaker is, or speaks for (see :func:`_named_speaker`)."""
    cut = sent.start + max(sent.text.find(name), 0)  # what the sentence names after the speaker does not count
    before = [s for s in sents if s.start <= sent.start]
    state = _STATE_SPEAKER.match(name) is not None
    several = _SEVERAL_FIRMS.match(name) is not None  # "the two firms said"
    for scope in ([s for s in before if s.paragraph == sent.paragraph], [s for s in before if s.paragraph <= 1]):
        if several and (found := _last_named_together(scope, cut, state, towns)):
            return " and ".join(found)  # "the two firms said": the firms the last sentence naming any named
        if found := _organisations(scope, lambda start: start < cut, towns, state):
            return found[-1]
    after = [s for s in sents if s.start > sent.start and s.paragraph <= sent.paragraph + 1]
    # a lead that names the firm only in the next sentence
    found = _organisations(after, lambda start: True, towns, state)
    return found[0] if found else None


def _last_named_together(scope: list[Sentence], cut: int, state: bool, towns: frozenset[str]) -> list[str]:
    """The organisations of the last sentence before ``cut`` that names any."""
    for s in reversed(scope):
        if found := list(dict.fromkeys(_organisations([s], lambda start: start < cut, towns, state,
                                                      every=True))):
            return found
    return []


def _organisations(scope: list[Sentence], kept, towns: frozenset[str], state: bool = False, every: bool = False,
                   ) -> list[str]:
    """The defence companies the sentences name, in order, else (or, ``every``, and) their other organisations,
    in order, none of them one of the article's ``towns`` (the model may take "Dubna" for a firm); ``kept(offset)``
    chooses; with ``state``, their state bodies only."""
    firms = [] if state else [(s.start + m.start(), m.group()) for s in scope for m, _ in named(companies(), s.text)
                              if kept(s.start + m.start())]
    others = [(e.start_char, frames.without_the(e.text)) for s in scope if s.span is not None for e in s.span.ents
              if e.label_ == "ORG" and kept(e.start_char) and state == bool(_STATE_BODY.search(e.text))
              and frames.without_the(e.text) not in towns]
    if every:
        return [name for _, name in sorted(firms + [o for o in others if not any(o[1] in f for _, f in firms)])]
    return [name for _, name in firms or others]
