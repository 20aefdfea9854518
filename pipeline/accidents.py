"""A blast at a plant in a story that tells of no attack is an accident at a working plant, not a strike: the
annotation rules read "an explosion killed two workers at the gunpowder plant" as a plant that works."""

from __future__ import annotations

import re
from dataclasses import replace

from .records import Claim

# What a blast or a fire is called, in English, Russian and Ukrainian (the status cue that said "struck").
_BLAST = re.compile(r"explo|blast|fire|burn|ignit|detonat|smoke|engulf|flame|blaze|alight|"
                    r"взрыв|взорв|вибух|пожар|пожеж|загор|возгор|займ|гори|злет|взлет|детон", re.I)
# Damage, which a blast told nearby may have done as well as an attack: "the plant appears visibly damaged".
_DAMAGE = re.compile(r"damag|destr|collaps|wreck|поврежд|разруш|уничтож|пошкодж|зруйн|знищ", re.I)
# What tells of an attack anywhere in the story: its verbs, drones, air defence, sabotage. Missiles and shells
# are left out: a plant that blew up may make them.
_ATTACK = re.compile(
    r"\b(?:attack\w*|strikes?|struck|hit|targeted|shelling|shelled|bombing|bombed|raids?|shot\s+down|"
    r"intercept\w*|air\s+defen[cs]e|sabotage\w*|saboteurs?|arson\w*|drones?|UAVs?|kamikaze)\b|"
    r"атак|удар|дрон|беспилот|безпілот|БПЛА|обстр[еі]л|поражен|уражен|сбит|збит|ПВО|ППО|диверс|прил[её]т|"
    r"влуч|попадан|підпал|поджог|обломк|уламк|"  # debris: of a drone shot down
    r"(?:взорвал|подорвал|підірвал|підірвав)(?!с)|"  # someone blew it up ("взорвался": it exploded)
    # someone owning the blast: "claimed responsibility", "their forces were behind it"
    r"\bclaim\w*\s+responsibility|\b(?:was|were|is|are)\s+behind\s+(?:it|this|the\s+(?:attack|blast|fire|explosion|"
    r"sabotage))\b|"
    r"на\s+себ[яе]\s+(?:ответственность|відповідальність)|"
    r"(?:ответственность|відповідальність)\s+(?:\w+\s+){0,2}на\s+себ[яе]",
    re.I)


# A sentence that rules an attack out tells of none: "Governor X said drone strikes were not involved".
_RULED_OUT = re.compile(
    r"\b(?:(?:was|were|is|are|been)\s+not\s+(?:involved|responsible|the\s+cause|to\s+blame)|ruled?\s+out|"
    r"rules\s+out|no\s+(?:signs?|evidence|indications?|traces?)\s+of)\b|"
    r"исключ|виключ|не\s+(?:было|связан|причастн)|не\s+(?:було|пов['’]язан|причетн)", re.I)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


# Drones a plant makes are its products, not an attack: "a company that makes drones", "the drone plant",
# "изготавливает беспилотники", "завод дронов".
_MADE_DRONES = re.compile(
    r"\b(?:mak|produc|manufactur|build|assembl|изготавлива|изготовл|производ|выпуска|собира|виготовл|виробля|виробництв|"
    r"випуска|збира)\w*\s+(?:[\w\-]+\s+){0,2}?(?:drones?|UAVs?|беспилотник\w*|безпілотник\w*|дрон\w*|БПЛА)|"
    r"\b(?:drone|UAV)\s+(?:makers?|manufacturers?|producers?|factor(?:y|ies)|plants?|compan(?:y|ies)|firms?)\b|"
    r"\b(?:завод\w*|производител\w*|виробник\w*|фабрик\w*)\s+(?:дрон|беспилот|безпілот|БПЛА)\w*", re.I)


def _told_attack(text: str) -> bool:
    """Whether a sentence of the text tells of an attack, not counting one that rules it out."""
    return any(_ATTACK.search(_MADE_DRONES.sub(" ", s)) and not _RULED_OUT.search(s)
               for s in _SENTENCE.findall(text))


_LEDE = 2  # paragraphs: a headline or dateline line, then the lede
_PARAGRAPH = re.compile(r"[^\n]+")


def _context(text: str, claim: Claim) -> str:
    """Where an attack would be told of a claim's blast: the lede, the claim's paragraph and the one before. An
    attack told only elsewhere ("In 2023, drones struck a depot in the region") is background, not its cause."""
    paragraphs = [m for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    here = next((k for k, m in enumerate(paragraphs) if m.end() > claim.evidence_start), len(paragraphs) - 1)
    return "\n".join(m.group() for m in paragraphs[:_LEDE] + paragraphs[max(0, here - 1):here + 1])


def accidents(claims: list[Claim], text: str) -> list[Claim]:
    """The claims a blast made "struck" (or damage, with a blast told around them) are "operational" when the
    lede and their paragraphs (see :func:`_context`) tell of no attack; so are those a strike made in a story of
    a labour dispute that tells of no attack ("machinists at the plant voted to strike"). The cue says why."""
    return [replace(c, status="operational", status_cue=f"{c.status_cue} ({why})")
            if c.status == "struck" and (why := _not_attacked(c, _context(text, c))) else c for c in claims]


def _not_attacked(claim: Claim, context: str) -> str | None:
    """Why a claim read as struck tells of no blow to the plant, if it does not."""
    if _by_blast(claim, context) and not _told_attack(context):
        return "no attack told"
    if _STRIKE.fullmatch((claim.status_cue or "").split()[-1]) and _LABOUR_DISPUTE.search(context) and not (
            _told_attack(_STRIKE.sub(" ", context)) or _ARMS_FIRED.search(context)):
        return "labour strike"
    return None


# A strike (not "struck": what hit the plant) and what tells of a labour dispute: unions, pickets, walkouts, wages,
# contracts; arms fired tell of an attack ("missiles strike").
_STRIKE = re.compile(r"\b(?:strikes?|striking|strikers?)\b", re.I)
_ARMS_FIRED = re.compile(r"\b(?:missiles?|rockets?|bombs?|shell(?:s|ing|ed)|artillery|air\s*strikes?)\b|"
                         r"ракет|бомб|снаряд|артилер|артиллер", re.I)
_LABOUR_DISPUTE = re.compile(r"\b(?:unions?|machinists|picket\w*|walk(?:ed)?[\s\-]?(?:out|off)|bargaining|wages?|"
                             r"contract\s+(?:offer|talks|proposal|vote)|ratif\w*|labou?r\s+(?:dispute|action)|"
                             r"(?:went|go|are|were|is|was)\s+on\s+strike)\b|"
                             r"забастов|страйк|профсоюз|профспілк", re.I)


def _by_blast(claim: Claim, context: str) -> bool:
    cue = claim.status_cue or ""
    return bool(_BLAST.search(cue) or _DAMAGE.search(cue) and _BLAST.search(context))
