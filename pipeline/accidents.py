"""A blast at a plant in a story that tells of no attack is an accident at a working plant, not a strike: the
annotation rules read "an explosion killed two workers at the gunpowder plant" as a plant that works."""

from __future__ import annotations

import re
from dataclasses import replace

from .records import Claim

# What a blast or a fire is called, in English, Russian and Ukrainian (the status cue that said "struck").
_BLAST = re.compile(r"explo|blast|fire|burn|ignit|detonat|smoke|"
                    r"взрыв|вибух|пожар|пожеж|загор|возгор|займ|гори|злет|взлет|детон", re.I)
# What tells of an attack anywhere in the story: its verbs, drones, air defence, sabotage. Missiles and shells
# are left out: a plant that blew up may make them.
_ATTACK = re.compile(
    r"\b(?:attack\w*|strikes?|struck|hit|targeted|shelling|shelled|bombing|bombed|raids?|shot\s+down|"
    r"intercept\w*|air\s+defen[cs]e|sabotage\w*|saboteurs?|arson\w*|drones?|UAVs?|kamikaze)\b|"
    r"атак|удар|дрон|беспилот|безпілот|БПЛА|обстр[еі]л|поражен|уражен|сбит|збит|ПВО|ППО|диверс|прил[её]т|"
    r"влуч|попадан|підпал|поджог|обломк|уламк",  # debris: of a drone shot down
    re.I)


def accidents(claims: list[Claim], text: str) -> list[Claim]:
    """The claims a blast made "struck" are "operational" when ``text`` tells of no attack; the cue says why."""
    if _ATTACK.search(text):
        return claims
    return [replace(c, status="operational", status_cue=f"{c.status_cue} (no attack told)")
            if c.status == "struck" and _BLAST.search(c.status_cue or "") else c for c in claims]
