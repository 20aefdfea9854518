"""Claim frames from spaCy's dependency parse: what happened to a facility, and who says so.

A facility noun's status comes from the words that govern it, read grammatically: the verb it is the subject
or object of ("was struck", "is being built", "plans to build", "has not been hit"), a clause attached to it
("a plant that makes drones"), an event noun it belongs to ("the construction of a plant", "an attack on the
depot") or an adjective ("the planned factory"). The verb's meaning gives a class (build, operate, strike...);
its tense, aspect, voice, modality and negation, and the verb that controls it ("plans to", "began"), give the
status. Sources come from reporting frames: the subject of a reporting verb, inverted or not ("X said",
"said X"), "according to X", "citing X", "reported by X".
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from spacy.tokens import Span, Token

# What a verb (or its event noun) does to a facility.
VERB_CLASSES = {
    "build": "build construct erect establish create set_up lay found break_ground develop invest rebuild",
    "operate": "operate produce manufacture make assemble run open launch start_up supply employ house have "
               "inaugurate dedicate unveil commission complete finish churn_out roll_out roll_off turn_out deliver "
               "output acquire buy purchase take_over own reopen resume restart enter_service enter_production "
               "come_online go_online bring_into_service bring_into_use bring_into_operation put_into_operation "
               "put_into_service come_into_operation go_into_production go_into_service come_into_service "
               "go_into_operation enter_operation work fabricate begin_work start_work commence_work resume_work",
    "strike": "strike hit attack target bomb shell damage destroy explode burn ignite raid blast shoot_down "
              "catch_fire engulf set_ablaze set_alight set_fire set_on_fire set_off torch launch_strike launch_strikes "
              "launch_attack launch_attacks launch_raid conduct_strike conduct_strikes",  # not "launch" a plant
    "plan": "plan intend aim schedule earmark prepare agree decide expect set due sign announce pledge approve "
            "authorise authorize greenlight postpone delay defer put_off push_back",
    "propose": "propose consider discuss offer suggest study negotiate explore envisage mull examine assess evaluate",
    "expand": "expand enlarge extend increase boost scale_up ramp_up step_up speed_up accelerate double triple upgrade "
              "modernise modernize add install instal",  # the lemmatizer makes "installed" "instal"
    "convert": "convert repurpose retool transform reconfigure switch",
    "close": "close shut_down shut shutter halt stop cease suspend abandon dismantle mothball relocate evacuate "
             "deactivate decommission",
}
VERB_CLASS = {lemma.replace("_", " "): cls for cls, lemmas in VERB_CLASSES.items() for lemma in lemmas.split()}
EVENT_NOUNS = {
    "construction": "build", "building": "build", "erection": "build", "groundbreaking": "build",
    "ground-breaking": "build", "foundation": "build", "establishment": "build", "creation": "build",
    "earthwork": "build", "groundwork": "build",
    "production": "operate", "manufacture": "operate", "manufacturing": "operate", "opening": "operate",
    "launch": "operate", "inauguration": "operate",
    "commissioning": "operate", "output": "operate", "acquisition": "operate", "takeover": "operate",
    "operation": "operate", "operations": "operate",
    "purchase": "operate",
    "attack": "strike", "strike": "strike", "explosion": "strike", "blast": "strike", "fire": "strike",
    "raid": "strike", "shelling": "strike", "bombing": "strike", "hit": "strike", "smoke": "strike",
    "explosions": "strike", "blasts": "strike", "strikes": "strike", "attacks": "strike",
    "plan": "plan", "project": "plan", "agreement": "plan", "deal": "plan", "approval": "plan", "permit": "plan",
    "permission": "plan",
    "proposal": "propose", "idea": "propose", "talks": "propose",
    "expansion": "expand", "growth": "expand", "increase": "expand", "upgrade": "expand", "modernisation": "expand",
    "modernization": "expand",
    "conversion": "convert", "closure": "close", "shutdown": "close",
}
_THINGS_WHEN_PLURAL = frozenset({"building", "foundation", "opening"})  # "damage to buildings" is no building


def event_class(token: Token) -> str | None:
    """The class of an event noun ("the construction of", "an attack on"), or None: "buildings" and "the
    factory building" are structures."""
    lemma = token.lemma_.lower()
    thing = lemma in _THINGS_WHEN_PLURAL and (token.tag_ == "NNS" or lemma == "building" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children))
    if lemma == "work" and (_building_work(token) or any(c.dep_ == "compound" and c.lemma_.lower() in _BUILDING
                                                         for c in token.children)):
        return "build"  # "began work on the plant", "work on the plant resumed", "started construction work"
    if EVENT_NOUNS.get(lemma) == "build" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _ARMS_BUILT for g in c.children) for c in token.children):
        return "operate"  # "the construction of a destroyer": the yard makes it
    return None if thing else EVENT_NOUNS.get(lemma)


# Arms a yard or plant "builds": their construction is its production, not the plant's
_ARMS_BUILT = frozenset("destroyer frigate corvette submarine warship ship vessel boat icebreaker carrier tank "
                        "aircraft plane jet fighter bomber trainer helicopter missile rocket drone vehicle "
                        "howitzer".split())


_BUILT = frozenset("plant factory works facility facilities site shipyard workshop complex line hall".split())
_NOT_BUILDERS = frozenset("rescuer firefighter fireman investigator inspector expert".split())


_BUILDING = frozenset("construction building".split())


def _building_work(work: Token) -> bool:
    """"Work on the plant" (no other kind of work, and not a rescuer's or an investigator's): building it."""
    on_plant = any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _BUILT for g in c.children) for c in work.children)
    doers = [c for c in work.head.children if c.dep_ == "nsubj"]
    return on_plant and not any(c.i < work.i and c.dep_ not in ("det", "poss") for c in work.children) and not any(
        d.lemma_.lower() in _NOT_BUILDERS for d in doers)


ADJECTIVES = {
    "planned": "planned", "future": "planned", "upcoming": "planned", "prospective": "planned",
    "proposed": "proposed", "potential": "proposed", "possible": "proposed", "hypothetical": "proposed",
    "former": "closed", "defunct": "closed", "abandoned": "closed", "disused": "closed", "closed": "closed",
    "damaged": "struck", "destroyed": "struck", "burning": "struck", "bombed": "struck", "targeted": "struck",
    "attacked": "struck", "shelled": "struck", "struck": "struck",
    "operational": "operational", "existing": "operational", "working": "operational", "active": "operational",
    "commissioned": "operational", "inaugurated": "operational", "opened": "operational",  # "newly-commissioned"
    "upgraded": "expanded", "expanded": "expanded", "enlarged": "expanded", "modernised": "expanded",
    "modernized": "expanded",
    "idle": "closed", "inactive": "closed",
    "unfinished": "under construction", "half-built": "under construction", "construction": "under construction",
}
# A verb controlling the facility verb ("plans to build", "began producing") decides its stage.
CONTROLLERS = {"plan": "planned", "propose": "proposed", "break ground": "under construction",
               "begin": "under construction", "start": "under construction", "commence": "under construction",
               "continue": None,
               "complete": "operational", "finish": "operational", "want": "proposed", "hope": "proposed",
               "seek": "proposed", "try": "proposed", "refuse": "unknown", "fail": "unknown", "stop": "closed",
               "cease": "closed"}
# "chose X to build a plant", "X was hired to build": a builder picked builds later
PICKING = frozenset("choose select pick tap hire commission task contract order instruct direct".split())
INCEPTIVE = frozenset({"break ground", "lay"})  # "broke ground on a plant": building began, not ended
HYPOTHETICAL = {"would", "could", "might", "may", "should"}  # "can" says what a plant is able to do
# What must be done is still to be done: "must be built", "has to be launched", "needs to be expanded".
OBLIGED = frozenset({"must"})
OBLIGING = frozenset({"have", "need"})
DENYING = frozenset("deny refute reject dismiss".split())
HEARSAY = frozenset("claim report allegation rumour rumor suggestion".split())
RESTARTS = frozenset("reopen resume restart".split())  # not reopening is closing
OPENINGS = RESTARTS | {"open", "inaugurate", "dedicate"}
_PROGRESSIVE = {"is", "are", "am", "was", "were", "'s", "’s", "'re", "’re"}
COMPLETIONS = frozenset("complete finish".split())  # not completed is still being built
# Verbs that say an attack failed.
FOILED = frozenset("repel repulse thwart foil intercept neutralise neutralize prevent avert".split())
FUTURE = {"will", "shall"}
ENABLING = frozenset("see allow enable help let permit".split())  # "will see X build": the building is to come
FIRED = frozenset({"launch", "deliver", "supply"})  # "launched missiles at the capital" makes nothing there
_PARTICLE_DEPS = {"prt", "compound:prt"}

REPORTING_VERBS = frozenset("""
say claim report announce confirm tell write state disclose reveal allege note add cite estimate assert
publish post tweet warn indicate acknowledge admit deny insist explain declare specify describe quote inform
""".split())
# "Satellite images show ...": evidence that speaks for itself.
SHOWING_SUBJECTS = frozenset("image images footage video videos photo photos picture pictures data document "
                             "documents imagery record records".split())
# Who studies or obtains the evidence tells what it shows.
STUDYING_VERBS = frozenset("analyse analyze examine study review inspect obtain".split())
_NOT_A_SOURCE = frozenset("it this that which who what there he she they we i you one".split())
_NAME_DEPS_DROPPED = {"relcl", "acl", "appos", "punct", "advcl", "cc", "parataxis", "prep", "case", "mark",
                      "advmod", "npadvmod", "nummod"}


@dataclass(frozen=True)
class Status:
    """A status and the words that decided it ("is being built")."""

    status: str
    cue: str


def _lemma(token: Token) -> str:
    """The verb's lemma with its particle or fixed complement when they make a phrase of their own: "set up",
    "shut down", "break ground", "come online", "brought into service"."""
    lemma = token.lemma_.lower()
    for child in token.children:
        phrases = [f"{lemma} {child.lower_}"]
        if child.dep_ == "prep":
            phrases += [f"{lemma} {child.lower_} {c.lower_}" for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "dobj":  # "set the plant on fire", "set the depot ablaze": around the object
            phrases += [f"{lemma} {c.lower_}" for c in child.children if c.dep_ in ("amod", "advmod")] + [
                f"{lemma} {p.lower_} {c.lower_}" for p in child.children if p.dep_ == "prep"
                for c in p.children if c.dep_ == "pobj"]
        found = next((p for p in phrases if p in VERB_CLASS), None)
        if found in _WITH_OBJECT and not any(c.dep_ == "dobj" for c in token.children):
            continue  # "set off fires at the plant", not "set off for the plant"
        if found and any(c.dep_ == "compound" and c.lemma_.lower() in _BUILDING for c in child.children):
            continue  # "started construction work": the work is building, not the plant at work
        if found and child.dep_ in (*_PARTICLE_DEPS, "dobj", "advmod", "prep", "acomp", "npadvmod", "nsubjpass"):
            return found
    return lemma


_WITH_OBJECT = frozenset({"set off"})  # phrases of that meaning only with an object


def verb_class(verb: Token) -> str | None:
    """What a verb does to a facility ("build", "strike", ...; see VERB_CLASSES), or None."""
    return VERB_CLASS.get(_lemma(verb))


def _cue(*tokens: Token) -> str:
    """The words of a decision in text order: the verb with its auxiliaries, negation and particle."""
    words = {t.i: t for head in tokens if head is not None for t in [head, *(
        c for c in head.children if c.dep_ in ("aux", "auxpass", "neg", *_PARTICLE_DEPS))]}
    return " ".join(words[i].text for i in sorted(words))


def _auxiliaries(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _hypothetical(verb: Token) -> bool:
    return any(a in HYPOTHETICAL | FUTURE for a in _auxiliaries(verb))


def _reported(verb: Token) -> bool:
    """Whether the verb heads a clause reported by a reporting verb ("officials said the plant would ...") or
    one whose source is given ("according to the ministry, the plant would ...")."""
    return verb.dep_ == "ccomp" and reporting(verb.head) or any(
        c.dep_ == "prep" and c.lower_ == "according" for c in verb.children)


# Report only what follows: "found that the plant ...", "residents believe the plant was hit" (a belief held is a
# claim made).
FINDING_VERBS = frozenset("find conclude assess believe suspect".split())


def reporting(verb: Token) -> bool:
    """A verb that reports ("said", "confirmed"); "added" only without an object ("added a line" expands);
    "found" only with a clause ("found that", not "found debris")."""
    lemma = verb.lemma_.lower()
    if lemma in FINDING_VERBS:
        return any(c.dep_ == "ccomp" for c in verb.children)
    return lemma in REPORTING_VERBS and not (lemma == "add" and any(c.dep_ == "dobj" for c in verb.children))


_VISITS = frozenset("visit tour inspect".split())


def visited(noun: Token) -> Status | None:
    """"Kim visited a munitions factory", "during a visit to the plant", "a tour of the plant", "Tusk said at the
    plant": a plant shown to visitors works."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "of", "at", "in") else noun.head
    shown = verb.lemma_.lower() in _VISITS and noun.head.lower_ not in ("at", "in") or (
        reporting(verb) and noun.head.lower_ in ("at", "in"))  # "said at the plant": a plant one speaks in works
    if noun.dep_ in ("dobj", "pobj") and shown and not _negated(verb):
        return Status("operational", verb.text)
    return None


def _negated(verb: Token) -> bool:
    """"has not been hit", "no enterprises were hit", "denied that the plant had been hit"."""
    subject = _subject(verb)
    return (any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in verb.children)
            or subject is not None and any(c.lower_ == "no" for c in subject.children)
            or verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENYING
            or verb.dep_ in ("ccomp", "acl") and verb.head.lemma_.lower() in HEARSAY
            and verb.head.head.lemma_.lower() in DENYING)  # "rejected claims that the plant had burned"


# The status each class gives in the plain present or past ("operates", "was expanded").
STAGES = {"build": "under construction", "operate": "operational", "strike": "struck", "plan": "planned",
          "propose": "proposed", "expand": "expanded", "convert": "converting", "close": "closed"}


def _stage(cls: str, verb: Token) -> str:
    """The status a verb of class ``cls`` gives, from its tense, aspect, voice, modality and negation."""
    aux = _auxiliaries(verb)
    if _negated(verb):  # "has not been hit", "was not closed": it stands and works as far as anyone says
        if verb.lemma_.lower() in RESTARTS:
            return "closed"
        if verb.lemma_.lower() in COMPLETIONS:
            return "under construction"  # "has not yet been completed": it is still being built
        if cls == "build" and any(c.lower_ in ("yet", "still") for c in verb.children):
            return "planned"  # "has not yet been built": to come
        if cls == "close":
            return "operational"  # "the plant will not close": it stands and will go on
        return "operational" if cls == "strike" and not _hypothetical(verb) else "unknown"
    reported = "would" in aux and _reported(verb)  # "said the plant would be built": future in the past
    if any(a in HYPOTHETICAL for a in aux) and not reported:
        return "unknown" if cls == "strike" else "proposed"
    future = reported or any(a in FUTURE | OBLIGED for a in aux) or (  # "to build", "a plant to be built"
        (verb.tag_ == "VB" or "be" in aux) and "to" in aux and verb.dep_ != "xcomp") or (
        _may_start(verb)) or (  # "we can now start production": the start is ahead
        verb.dep_ in ("acl", "relcl") and _to_be(verb.head)) or _in_future_subject(verb)
    if cls == "strike":
        return "unknown" if future else "struck"
    if future:  # a conversion announced is one under way, a closure announced is the plant's end
        return _ANNOUNCED.get(cls, "planned") if cls != "close" or _stated(verb) else "planned"
    if cls == "operate" and _lemma(verb) in OPENINGS and verb.tag_ == "VBG" and _PROGRESSIVE & set(aux):
        return "planned"  # "Eurenco is reopening a plant": it opens soon
    if cls == "build":
        done_before = verb.dep_ == "pcomp" and verb.head.lower_ == "after"  # "opened after investing in sites"
        ongoing = _tensed(verb).tag_ in ("VBG", "VBZ", "VBP") and not done_before or "being" in aux or (
            _lemma(verb) in INCEPTIVE)
        return "under construction" if ongoing else "operational"
    return STAGES[cls]


def _tensed(verb: Token) -> Token:
    """The verb whose tense a bare infinitive takes: "is helping Russia build a plant" builds it now."""
    bare = verb.tag_ == "VB" and not _auxiliaries(verb) and verb.dep_ in ("xcomp", "ccomp")
    return verb.head if bare and verb.head.pos_ in ("VERB", "AUX") else verb


def _in_future_subject(verb: Token) -> bool:
    """Whether the verb is said inside the subject of a future verb: "work on building the plant will start"."""
    while verb.dep_ in ("pcomp", "prep", "pobj"):
        verb = verb.head
    return verb.dep_ in ("nsubj", "nsubjpass", "csubj") and bool(FUTURE & set(_auxiliaries(verb.head)))


def _controlled(cls: str, verb: Token, status: str) -> tuple[str | None, Token | None]:
    """The stage as changed by a verb controlling this one: "plans to build", "began producing"; "plans to build
    and launch" plans the launch too."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _auxiliaries(verb):
        verb = verb.head
    if verb.dep_ not in ("xcomp", "ccomp", "advcl") or verb.head.pos_ not in ("VERB", "AUX"):
        return status, None
    head = verb.head
    lemma = _controller_lemma(head)
    stage = CONTROLLERS.get(lemma) or CONTROLLERS.get(VERB_CLASS.get(lemma, ""))
    if stage is None and lemma == "be" and "to" in _auxiliaries(verb):
        stage = "planned"  # "the company is to build a plant"
    if stage is None and lemma in OBLIGING and head.tag_ != "VBD" and "to" in _auxiliaries(verb):
        stage = _ANNOUNCED.get(cls, "planned")  # "the plant has to be launched" (not "had to"), as "will be"
    if stage is None and lemma in PICKING and any(c.dep_ in ("dobj", "nsubjpass") for c in head.children):
        stage = "planned"  # but "began hiring to operate the plant" tells of a plant at work
    if stage is None and cls == "build" and head.tag_ == "VBG" and "to" in _auxiliaries(verb):
        stage = "under construction"  # "is working with X to build": the work toward it is under way
    if lemma in _STARTING:  # "began producing"; "will begin ...", "can begin ..." are planned
        ahead = FUTURE & set(_auxiliaries(head)) or _may_start(head)
        stage = ("planned" if ahead else "operational") if cls == "operate" else (
            "planned" if ahead else stage) if cls == "build" else status  # "will start building": not yet begun
        stage = _controlled(cls, head, stage)[0] or stage  # "plans to begin making": what the beginning is
    if cls == "strike" and lemma in ("try", "attempt", "seek"):
        return None, head  # "drones tried to attack the plant": it says nothing of the plant
    if lemma in ("try", "attempt") and _ship_launched(verb):
        return status, None  # "tried to launch a destroyer": the yard that built it is at work, whatever befell it
    if stage is None and lemma in ENABLING and FUTURE & set(_auxiliaries(head)) and verb.tag_ == "VB":
        stage = _ANNOUNCED.get(cls, "planned")  # "the deal will see X open"
    if stage is None or verb.dep_ == "ccomp" and lemma not in ("plan", "propose", *ENABLING):
        return status, None
    if _negated(head):  # "did not plan to build", "has not begun producing": nothing of the plant is said
        stage = "unknown"
    elif any(a in HYPOTHETICAL for a in _auxiliaries(head)):
        stage = "unknown" if stage in ("under construction", "operational") else stage
    if _negated(verb) and status in ("closed", "operational"):
        return status, None  # "decided that the plant will not reopen"
    if cls == "close" and stage == "planned" and _closure_settled(head, lemma):
        stage = "closed"  # "plans to shut the plant": the plant works on only until its announced end
    return stage, head


def _stated(verb: Token) -> bool:
    """Whether what the verb tells is stated as coming, not feared, wished or conditional: "Saab will close the
    plant", "Saab said it will close it"; not "workers fear Saab will close it", "if orders dry up, it will"."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]  # "if orders dry up, it will close"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for v in clauses for c in v.children):
        return False
    return verb.dep_ in ("ROOT", "conj") or verb.dep_ == "ccomp" and _lemma(verb.head) in REPORTING_VERBS or (
        verb.dep_ == "acl" and _lemma(verb.head) in _RESOLVES)  # "announced plans to shutter the factory"


_RESOLVES = frozenset("plan decision intention".split())


def _closure_settled(head: Token, lemma: str) -> bool:
    """Whether the verb controlling a closure settles it: "plans to shut", "decided to halt", not "will decide
    whether to shut" or "may decide to shut"."""
    if HYPOTHETICAL & set(_auxiliaries(head)):
        return False
    return lemma not in _DECIDED or head.tag_ == "VBD"


_DECIDED = frozenset("decide agree vote order".split())


_ANNOUNCED = {"propose": "proposed", "convert": "converting", "close": "closed"}  # the stage a future verb gives


def _controller_lemma(head: Token) -> str:
    """The controlling verb's lemma; the lemmatizer drops a silent e ("hopes" -> "hop"), which the word keeps."""
    lemma = _lemma(head)
    fixed = lemma + "e"
    return fixed if lemma not in CONTROLLERS and fixed in CONTROLLERS and head.lower_.startswith(fixed) else lemma


SITE_NOUNS = frozenset("site location home base candidate".split())  # "chosen as the site of"
ACQUIRED = frozenset({"acquire", "buy", "purchase", "take over"})  # a plant changing hands


_MEASURES = frozenset("sanction measure restriction ban embargo tariff package list law bill rule probe investigation "
                      "inquiry lawsuit campaign order decree".split())


def _nearly_built(verb: Token) -> bool:
    """"Is nearing completion", "approaches completion": being built still."""
    return verb.lemma_.lower() in ("near", "approach") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "completion" for c in verb.children)


def verb_status(verb: Token, producer: bool = False) -> Status | None:
    """The status a verb (or event noun) of a known class gives a facility it governs; a facility that is
    the ``producer`` (the subject of "builds drones") works, where one that is built is being built."""
    if verb.pos_ not in ("VERB", "AUX"):
        return _event_status(verb)
    if _nearly_built(verb):
        return Status("under construction", _cue(verb))  # "the plant is nearing completion"
    cls = VERB_CLASS.get(_lemma(verb)) or _suffered(verb) or ("strike" if _crashed_into(verb) else None)
    if cls is None:
        return None
    if cls == "strike" and (aim := _aimed_at(verb)) is not None:
        cls = event_class(aim)  # "targeted the plant for closure": the closure is what befalls it
    if cls == "strike" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _MEASURES for c in verb.children):
        return Status("unknown", _cue(verb))  # "the sanctions target the plant": listed, not hit
    if _lemma(verb) in _SPED_UP and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _OUTPUT
                                             for c in verb.children):
        return None  # "stepped up output" grows it; "stepped up patrols", "sped up the closure" do not
    if cls == "expand" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _NOT_GROWN
                               for c in verb.children):
        return Status("unknown", _cue(verb))  # "plan to boost cooperation with the plant": nothing grows
    if producer and cls == "build" or cls == "build" and _builds_arms(verb):
        cls = "operate"  # "the plant builds ...", "Boeing builds the F-15 fighter": what is built is made
    if cls == "build" and _invested_in_standing(verb):
        cls = "expand"  # "is investing $220 million in the plant": money put into a plant that stands grows it
    if cls == "close" and (_part_closed(verb, producer) or _arms_taken_apart(verb)):
        return Status("operational", _cue(verb))  # "the plant decommissioned an old furnace", "old submarines are
        # dismantled at the yard": the plant works on
    if _lemma(verb) == "work" and not producer:
        return None  # "the plant was working at full capacity", but not "engineers work on the plant"
    if _lemma(verb) == "dedicate" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None  # "dedicated $50 million to expanding the plant": money given to it, no ceremony
    if cls == "close" and (restart := _reopened_after(verb)) is not None:
        return Status("operational", _cue(restart))  # "shuttered the plant in 2010 but reopened it last year"
    if any(c.dep_ == "oprd" for c in verb.children) or _lemma(verb) == "consider" and any(
            c.dep_ == "prep" and c.lower_ == "as" and not any(w.lemma_.lower() in SITE_NOUNS for w in c.children)
            for c in verb.children):
        return None  # "the plant is considered the largest", "was named the best", "is considered as part of
        # plans": what it is held to be; but "is considered as the site of a plant" is proposed
    if _lemma(verb) == "have" and not any(c.dep_ == "dobj" and c.lemma_.lower() in HELD for c in verb.children):
        return None  # "Romania will have production lines", not "the project has great prospects"
    if _lemma(verb) == "make" and any(c.dep_ == "dobj" and c.lemma_.lower() in MADE_NOT_PRODUCED
                                      for c in verb.children):
        return None  # "what assessment he has made of the plant", "made progress at the site"
    if cls != "close" and any(c.dep_ == "dobj" and c.lemma_.lower() in _WAY for c in verb.children):
        return Status("planned", _cue(verb))  # "the deal opens the way to shell production": nothing made yet
    status, controller = _controlled(cls, verb, _stage(cls, verb))
    if status is None:
        return None
    if cls == "expand" and status == "planned" and not any(_not_yet(t) for t in verb.sent):
        status = "expanded"  # "the plant will boost output": it works and grows (but not "a new plant, to be
        # built next year, will boost output", nor "would expand ... if funds arrive")
    if _lemma(verb) in ACQUIRED and status in ("planned", "proposed") and not _bought_to_restart(verb):
        status = "unknown"  # "agreed to buy the plant": its sale is to come, which tells nothing of the plant
    return Status(status, _cue(controller, verb) if controller is not None else _cue(verb))


def _bought_to_restart(verb: Token) -> bool:
    """Whether a plant is to be bought in order to restart it ("will acquire the idle plant to resume
    production"): it stands idle now and is to work again."""
    return any(_lemma(t) in RESTARTS and t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in t.children)
               for t in verb.subtree if t.i > verb.i)


def _reopened_after(verb: Token) -> Token | None:
    """A later verb of the same subject that reopened what this one shut ("shuttered the plant but reopened it"),
    not one of others ("closed in 2014, but talks resumed")."""
    return next((c for c in verb.conjuncts if c.i > verb.i and _lemma(c) in RESTARTS
                 and any(k.dep_ == "dobj" for k in c.children) and not any(k.dep_ == "nsubj" for k in c.children)),
                None)


def _aimed_at(verb: Token) -> Token | None:
    """The event a plant is "targeted for" ("for closure", "for expansion"): no strike."""
    if _lemma(verb) != "target":
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj" and event_class(g)), None)


def _part_closed(verb: Token, producer: bool) -> bool:
    """Whether the plant, the subject, shut a thing of its own that is not its work ("decommissioned a furnace")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return producer and bool(objects) and not any(o.lemma_.lower() in _OUTPUT | _WORK for o in objects)


def _invested_in_standing(verb: Token) -> bool:
    """Whether money is put into a plant that stands: "in the plant", "in its factories", "into production at the
    plants"; not "in a new plant" nor "in drone production", which may be new."""
    if _lemma(verb) != "invest":
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "invests $5 million in the plant"
    into = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
            for g in c.children if g.dep_ == "pobj"]
    return any(_standing(g) or g.lemma_.lower() in _OUTPUT and any(  # the plants' place hangs on either word
        _standing(p) for w in (g, verb) for c in w.children if c.dep_ == "prep" and c.lower_ == "at"
        for p in c.children) for g in into)


def _standing(noun: Token) -> bool:
    """A facility noun for one that stands: "the plant", "its factories"; not "a plant", "the new plant"."""
    return noun.lemma_.lower() in _BUILT and any(
        d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an", "any", "no") for d in noun.children) and not any(
        a.dep_ == "amod" and a.lower_ in _NEW_WORDS for a in noun.children)


_NEW_WORDS = frozenset("new future planned proposed second third additional".split())


def _builds_arms(verb: Token) -> bool:
    """Whether what the verb builds is arms ("builds the F-15 fighter and missiles"), not a plant."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _ARMS_BUILT for c in verb.children)


def _arms_taken_apart(verb: Token) -> bool:
    """Whether what the verb shuts is arms or ships, taken apart at the plant ("submarines are dismantled")."""
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _ARMS_BUILT for c in verb.children)


def _not_yet(token: Token) -> bool:
    """Whether the word says a plant is not there yet: "to be built", "if funds arrive", "a new plant" (not "a new
    order")."""
    lemma = token.lemma_.lower()
    return lemma in _NOT_YET and (lemma != "new" or token.head.lemma_.lower() in _PLANT_NOUNS)


def _suffered(verb: Token) -> str | None:
    """"Strike" for a verb of suffering whose object is harm: "suffered damage", "sustained heavy damage"."""
    if verb.lemma_.lower() in _SUFFER and any(c.dep_ == "dobj" and c.lemma_.lower() in _HARM for c in verb.children):
        return "strike"
    return None


_SUFFER = frozenset("suffer sustain take receive incur".split())
_HARM = frozenset("damage destruction hit".split())  # not "a blow from the sanctions"
_WAY = frozenset("way path road door".split())
# Words that say a plant is not there yet, or that what it will do hangs on a condition.
_NOT_YET = frozenset("build construct construction new planned future if once unless".split())
# What one has that is a facility: "Romania will have production lines".
HELD = frozenset("plant factory facility line site works shipyard workshop capacity complex".split())
# What "make" makes when it makes nothing: an assessment, a decision, progress.
MADE_NOT_PRODUCED = frozenset("""assessment decision progress statement announcement effort attempt call case choice
point comment remark claim mistake change plan deal offer payment visit trip appearance move way sense difference
use headway arrangement estimate judgement judgment determination representation enquiry inquiry request""".split())


_STARTING = frozenset("begin start commence".split())
_PLANT_NOUNS = frozenset("plant factory works facility site shipyard workshop line complex".split())


def _may_start(verb: Token) -> bool:
    """"We can now start production", "the firm can begin making drones": a start still ahead; but a plant
    that can start a new product already stands ("the plant can start production of a new missile")."""
    return verb.lemma_.lower() in _STARTING and "can" in _auxiliaries(verb) and not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _PLANT_NOUNS for c in verb.children)
_TIMELINE = frozenset("be take go resume continue".split()) | _STARTING  # "construction will begin"


_ORDERS = frozenset("order instruct direct demand command".split())  # what a leader orders is still to be done


def _event_status(event: Token) -> Status | None:
    """The status an event noun gives ("the construction of a plant", "an attack on the depot"), as the verb
    governing it tells its course: "production was halted", "construction began", "plans for ... expansion"."""
    cls = event_class(event)
    if cls is None:
        return None
    if _labour(event):  # it says nothing of what the plant makes or whether it stands
        return Status("unknown", f"{event.head.text} {event.text}" if event.dep_ == "pobj" else event.text)
    above = event.head.head if event.head.dep_ in ("prep", "dative") else None  # "plans for two new buildings"
    if above is not None:  # "granted approval to X for the construction"
        above = next((c for c in above.children if c.dep_ == "dobj" and event_class(c) in ("plan", "propose")), above)
    if above is not None and cls != "strike" and event_class(above) in ("plan", "propose"):
        return Status(STAGES[event_class(above)], f"{above.text} … {event.text}")
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in event.children):
        return Status("operational" if cls == "strike" else "unknown", f"no {event.text}")
    if cls == "strike" and _feared(event):
        return Status("unknown", f"{event.head.text} {event.text}")
    governor = next((t for t in event.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if governor is None:
        return Status(STAGES[cls], event.text)
    lemma, cue = _lemma(governor), f"{_cue(governor)} … {event.text}"
    if cls == "operate" and _invested_in_standing(governor):
        return verb_status(governor)  # "investing $220 million into production at the plants": it grows
    if _means_to(event, governor):
        return Status(STAGES[cls], event.text)  # "expanded its footprint with the opening of a plant": it opened
    if cls == "strike" and lemma in FOILED:  # "the attack was thwarted": the plant stands
        return Status("operational", cue)
    if lemma in _FUNDING and cls in ("build", "expand") and governor.tag_ != "VBD":
        return Status("planned", cue)  # "Denmark will fund the construction of a plant": money for what is to come
    if lemma in _ORDERS and cls == "build":
        return Status("planned", cue)  # "Kim ordered the construction of new plants": ordered, not yet begun
    if cls in ("build", "expand") and event.dep_ not in ("nsubj", "nsubjpass") and VERB_CLASS.get(lemma) is None and (
            lemma not in _TIMELINE | COMPLETIONS and any(a in FUTURE | HYPOTHETICAL for a in _auxiliaries(governor))):
        return Status("planned", cue)  # "the lease would support the construction of a plant": still to come (but
        # "the construction of the plant will ease logistics" tells what it will do)
    if VERB_CLASS.get(lemma) in ("plan", "propose", "close", "expand", "convert", "strike") and cls != "strike":
        governed = verb_status(governor)  # "production was halted", "plans for the expansion"
        return Status(governed.status, cue) if governed else None
    if lemma in COMPLETIONS and cls == "build":  # "construction was completed": it stands; "will be", "is almost"
        # or "is expected to be completed": it is still being built
        pending = _negated(governor) or any(a in FUTURE | HYPOTHETICAL | {"to"} for a in _auxiliaries(governor)) or (
            any(c.lower_ in ("nearly", "almost") for c in governor.children)) or (
            governor.tag_ == "VBG" and _PROGRESSIVE & set(_auxiliaries(governor)))  # "is completing construction"
        return Status("under construction" if pending else "operational", cue)
    if lemma in _TIMELINE or governor.lemma_.lower() in _TIMELINE:  # "will begin work on the plant" too
        aux = _auxiliaries(governor)
        if _negated(governor) and cls == "operate" and lemma in RESTARTS | {"continue"}:
            return Status("closed", cue)  # "production will not resume"
        # "construction should start in 2026" expects what is planned; "could start" only supposes it; "said
        # production would start" reports a plan; "appeared to be" is no plan
        reported = "would" in aux and _reported(governor) and not _conditional(governor)
        if _negated(governor) or any(a in HYPOTHETICAL - {"should"} for a in aux) and not reported:
            return Status("unknown" if cls == "strike" else "proposed", cue)
        if reported or any(a in FUTURE | {"should"} for a in aux) or "to" in aux and lemma != "be" or (
                _may_start(governor)):
            return Status("unknown" if cls == "strike" else "planned", cue)
        if lemma in ("begin", "start", "commence", "resume") and cls == "build":
            return Status("under construction", cue)
    return Status(STAGES[cls], event.text)


_FUNDING = frozenset("fund finance bankroll underwrite".split())


def _conditional(verb: Token) -> bool:
    """Whether a condition hangs on the verb ("would start only if demand grows"), not a concession ("even if")."""
    return any(t.dep_ == "mark" and t.lower_ in ("if", "unless") and not (t.i and t.nbor(-1).lower_ == "even")
               for t in verb.subtree)


_MEANS = frozenset("with through by via".split())


def _means_to(event: Token, governor: Token) -> bool:
    """Whether the event is the means of doing something else ("expanded its footprint with the opening of a
    plant"), or its cause ("output grew due to the launch of a plant", "thanks to"): the verb says nothing of the
    plant."""
    prep = event.head
    if event.dep_ != "pobj":
        return False
    cause = prep.lower_ in _CAUSES or prep.lower_ == "to" and prep.i > 0 and prep.nbor(-1).lower_ in _CAUSES
    return (prep.lower_ in _MEANS or cause) and governor in (prep.head, prep.head.head)


# "due to", "thanks to", "because of": the parser hangs the event on the first word or on "to"
_CAUSES = frozenset("due owing thanks because".split())


_LABOUR = frozenset("labour labor worker workers union staff employee employees".split())


def _labour(event: Token) -> bool:
    """A strike by workers ("went on strike at the plant", "a labour strike"): no blow to the plant."""
    return event.lemma_.lower() == "strike" and (
        event.head.lower_ == "on" and event.dep_ == "pobj"
        or any(c.lower_ in _LABOUR for c in event.children if c.dep_ in ("compound", "amod", "poss")))


def _feared(event: Token) -> bool:
    """An attack that may come or is guarded against: "potential attacks", "hidden from attacks", "protection
    against strikes"."""
    return any(c.dep_ == "amod" and ADJECTIVES.get(c.lower_) in ("planned", "proposed") for c in event.children) or (
        event.dep_ == "pobj" and event.head.lower_ in ("from", "against"))


def _event_noun(noun: Token) -> Token | None:
    """The event noun a facility belongs to: "construction of the plant", "attack on the depot", "the
    plant's expansion", "the plant fire"."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        event = noun.head.head
        if event.lemma_.lower() in _UNDERTAKINGS and (kind := next((
                c for c in event.children if c.dep_ in ("amod", "compound") and event_class(c)), None)):
            return kind  # "a construction project at the plant", "construction work on the plant"
        if event_class(event) and not _hyphened(event):
            return event
        if event.lemma_.lower() in _PHASES and event.dep_ == "pobj" and event.head.dep_ == "prep" and event_class(
                event.head.head):
            return event.head.head  # "the launch of the first stage of the plant"
        if event.lemma_.lower() in _UNDERTAKINGS:  # "a ceremony for the plant" with no kind of its own
            return None
    if noun.dep_ in ("poss", "compound") and event_class(noun.head):
        return noun.head
    return None


_PHASES = frozenset("stage phase part section".split())
_UNDERTAKINGS = frozenset("ceremony work project programme program".split())  # their kind says what they are


def _hyphened(token: Token) -> bool:
    """"attack-drone factory": the word qualifies another, it is no event."""
    return token.i + 1 < len(token.doc) and token.nbor(1).text in ("-", "‑")


def _verb_event(verb: Token) -> Status | None:
    """"An explosion occurred at the plant", "Russia started production at a plant": the event is the verb's
    subject or object."""
    event = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                  and event_class(c)), None)
    if event is not None and event.dep_ == "nsubj" and event_class(event) in ("plan", "propose") and (
            _lemma(verb) not in _HOLDS):
        return None  # "the arms deal has put the town and its plant in the spotlight": the deal is not of the plant
    return verb_status(event) if event is not None else None


# What a plan does with the plant it is of: "the project includes a drone plant", "the deal covers a new yard"
_HOLDS = frozenset("include cover envisage envision foresee involve provide require entail comprise see "
                   "call pave lay clear".split())  # "the deal paved the way for a plant"


def struck_at(place: Token) -> Status | None:
    """A strike the sentence places at ``place`` ("missiles hit warehouses in X", "the blasts happened
    in X"): it outranks what the sentence says the facility there does."""
    found = status_of(place)
    return found if found is not None and found.status == "struck" else None


def _misread_report(noun: Token, said: Token) -> Status | None:
    """"Officials said the plant in X was hit", parsed with the plant as what was said and "was hit" as a clause
    of its own without a subject: that clause is the plant's. "Drones struck the plant, ..., sources told X",
    parsed with the plant as the teller: the verb right before it, with no object of its own, is the plant's."""
    if noun.head == said and noun.dep_ == "nsubj" and noun.left_edge.i > 0:
        verb = noun.doc[noun.left_edge.i - 1]
        if verb.pos_ == "VERB" and verb.i < said.i and not any(c.dep_ == "dobj" for c in verb.children):
            return verb_status(verb)
    if noun.head != said or noun.dep_ != "dobj":
        return None
    clause = next((c for c in said.children if c.dep_ == "ccomp" and c.i > noun.i and _subject(c) is None), None)
    found = verb_status(clause) if clause is not None else None
    return _grown(found, noun, clause) if found else None


def _governing_verbs(noun: Token):
    """The verbs above the facility noun, nearest first, up to the sentence root."""
    for token in noun.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            yield token


HANDED_OVER = frozenset("sell transfer hand lease".split())
LOCATING = frozenset("be locate situate sit stand lie base house".split())
PREPARED = frozenset("works pipeline board cards".split())  # in the works, on the (drawing) board, in the cards


def _located(verb: Token) -> Status | None:
    """"The works are in Nizhny Tagil", "the plant will be located near X": where a plant is, it stands (or,
    in the future, is planned)."""
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "outside", "on")]
    if verb.lemma_.lower() not in LOCATING or not places:
        return None
    idiom = next((verb.doc[p.i:w.i + 1].text for p in places for w in p.children
                  if w.lower_ in PREPARED and any(d.lower_ == "the" for d in w.children)), None)
    if idiom:  # "a plant is in the works", "on the drawing board": not there yet
        return Status("unknown" if _negated(verb) else "planned", f"{_cue(verb)} {idiom}")
    return Status(_stage("operate", verb), _cue(verb))


def _described(verb: Token) -> Status | None:
    """"The shipyard remains active", "the plant is idle": a state the copula gives the facility."""
    if verb.lemma_.lower() not in ("be", "remain", "stay"):
        return None
    part = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() == "part"), None)
    if part is not None:  # "the plant is part of a wider expansion": what it belongs to, not what it does
        return Status("unknown", f"{_cue(verb)} {part.text}")
    state = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in ADJECTIVES), None)
    if state is None or _negated(verb):
        return None
    return Status(ADJECTIVES[state.lower_], f"{_cue(verb)} {state.text}")


NEW_PARTS = frozenset("line lines hall halls workshop workshops shop shops unit units building buildings wing "
                      "wings hangar hangars extension".split())
_NEW = frozenset("new second third additional extra further".split())
# "a new hangar was spotted at the plant", "images show a new workshop at the plant": it was built there (a unit
# seen may be people)
_SEEN = frozenset("spot see appear emerge notice observe show reveal detect identify".split())
_SEEN_PARTS = NEW_PARTS - {"unit", "units"}
_DAMAGE = frozenset("fire burn blaze damage destroy strike hit explosion crater".split())


def _new_part_seen(verb: Token) -> Status | None:
    """A new hall or hangar seen at the facility the verb's phrase names: the plant grew; not one that is not
    seen, or seen burning."""
    if verb.lemma_.lower() not in _SEEN or _negated(verb):
        return None
    part = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in _SEEN_PARTS
                 and any(k.lower_ in _NEW for k in c.children) and not any(k.lower_ == "no" for k in c.children)),
                None)
    if part is None or any(t.lemma_.lower() in _DAMAGE for t in verb.sent):
        return None
    return Status("expanded", f"{_cue(verb)} … new {part.text}")


def _grown(found: Status, noun: Token, verb: Token) -> Status:
    """A new line or hall that is built or opens at an existing plant ("added a second line to its plant",
    "new halls at a munitions complex") expands the plant."""
    if found.status not in ("operational", "under construction"):
        return found
    path = [noun, *(t for t in noun.ancestors if verb.is_ancestor(t))]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    parts = [*path, *objects]  # "erected new workshops", "the opening of an extra wing"
    part = next((t for t in parts if t.lower_ in NEW_PARTS and any(c.lower_ in _NEW for c in t.children)), None)
    return Status("expanded", f"{found.cue} … new {part.text}") if part is not None else found


def denied(noun: Token) -> bool:
    """Whether the sentence says there is no such facility: "no drone factory is being built", "there is no
    facility for the production of drones" (but "no attack on the plant" says the plant stands)."""
    while True:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return True
        # what a facility is for ("no facility for the production of drones"), not "no assessment of the plant"
        owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        if owner is None or owner.pos_ != "NOUN" or event_class(owner):
            return False
        noun = owner


def owner(noun: Token) -> Span | None:
    """Whose the facility is, as the sentence says it: the possessor ("Dacia's plant"), or for "its plant" the
    subject of the verb above it ("automaker Dacia has cut shifts at its plant")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.pos_ == "PRON":  # "Lakeside Furniture announced it would shut down its plant": the nearest named
        poss = next((s for t in noun.ancestors if (s := _subject(t)) is not None and s.pos_ != "PRON"), None)
    if poss is None:
        return None
    words = list(poss.subtree)
    return poss.doc[words[0].i:words[-1].i + 1]


def _made_at(noun: Token, verb: Token) -> bool:
    """Whether ``verb`` makes things (a plural object or arms, not new halls or lines) at the facility ``noun``."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "in", "inside"):
        return False
    made = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (
        c.tag_ == "NNS" or c.lemma_.lower() in _ARMS_BUILT)  # "a missile is being built at the plant"
            and c.lower_ not in NEW_PARTS and c.lemma_ != noun.lemma_]  # "shells will be built at the plant"
    return noun.head.head in (verb, *made) and bool(made)  # the parser hangs "at the plant" on either


# Who works at a plant: what happens to them ("the staff of the plant went home") is not the plant's news.
_PEOPLE = frozenset("personnel staff worker workers employee employees workforce director management manager "
                    "engineer engineers crew".split())


def status_of(noun: Token) -> Status | None:
    """What the sentence says happened to the facility ``noun`` names, or None when it says nothing: its
    event noun, the verbs above it, a clause on it, else an adjective ("a former plant is being converted").
    A strike or growth adjective is news that outweighs what the plant does ("the damaged plant made shells",
    "opened the upgraded plant")."""
    adjective = next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in ADJECTIVES), None)
    said = Status(ADJECTIVES[adjective.lower_], adjective.text) if adjective is not None else None
    found, described = _governed_status(noun)
    if found is not None and not (said is not None and said.status in ("struck", "expanded")
                                  and found.status == "operational"):
        return found
    return said or described


def _governed_status(noun: Token) -> tuple[Status | None, Status | None]:
    """What the words governing the noun say of it (for :func:`status_of`), and failing that what a participle
    describing it says ("a factory producing shells"): each None when they say nothing."""
    event = _event_noun(noun)
    if event is not None and (found := verb_status(event)):
        return _grown(found, noun, event), None  # "the launch of a second assembly line"
    described = None  # "a factory producing shells": what it would make, unless nothing else says more
    people = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _PEOPLE
    below = None  # the verb read before this one
    for verb in _governing_verbs(noun):
        if people:
            break  # "the personnel of the enterprise were evacuated": they were, not the plant
        if below is not None and below.dep_ == "ccomp" and verb_class(verb) == "propose":
            break  # "analysis suggests the plant is X": what it shows, not a plan
        below = verb
        if reporting(verb):  # "X said the plant ...": the reported clause was read below the reporting verb
            if found := _misread_report(noun, verb):
                return found, None
            break
        subject = noun.head == verb and noun.dep_ in ("nsubj", "nsubjpass")
        # "the plant builds drones" or "workers build shells at the plant", not "the plant is built"
        producer = subject and noun.dep_ == "nsubj" or _made_at(noun, verb)
        if verb_class(verb) == "propose" and noun.head.dep_ == "prep" and noun.head.head == verb:
            continue  # "he studied at the shipyard", "talks held at the plant": the plant is where, not what
        if _lemma(verb) in _INSPECTED and noun.dep_ == "dobj" and noun.head == verb:
            continue  # "inspectors examined the damaged plant": the plant was looked at, not proposed
        if verb_class(verb) == "close" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _PEOPLE
                                               for c in verb.children):
            continue  # "employees were evacuated to shelters": the people left, the plant was not shut
        if verb_class(verb) == "close" and _beside_what_shuts(noun, verb):
            return Status("unknown", verb.text), None  # "decided to close the road next to the plant": the road is
            # shut, and nothing is said of the plant
        if _moved_to(noun, verb):
            return Status(_stage("operate", verb), verb.text), None
        controlled = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if subject and verb_class(verb) in ("plan", "propose") and controlled is not None and (
                found := verb_status(controlled, producer=producer)):
            return found, None  # "the plant aims to double its output": what it plans to do says what it is
        if found := verb_status(verb, producer=producer) or _verb_event(verb) or _new_part_seen(verb) or (
                subject and (_located(verb) or _described(verb))):
            # "a factory producing shells", "shops for assembling tanks at the plant"; the parser may hang it on
            # the verb above ("struck a plant producing"), or read "a plant built to make bombs was closed" as
            # a clause "a plant built"
            if (verb.tag_ == "VBG" and verb.dep_ in ("acl", "amod", "advcl", "pcomp") or _reduced_relative(
                    noun, verb)) and described is None:
                described = _grown(found, noun, verb)
                continue
            if found.status == "planned" and _supplied_from(noun, verb):
                found = Status("operational", found.cue)  # "a deal to supply tanks from the plant in X": it stands
            return _grown(found, noun, verb), None
        if subject and controlled is not None and (found := verb_status(controlled, producer=producer)):
            return _grown(found, noun, controlled), None  # "the complex has begun delivering rounds"
        if verb.dep_ == "xcomp" and _lemma(verb) not in VERB_CLASS and verb.head.dep_ not in ("acl", "relcl"):
            # "plans to hire 300 workers at the plant": the plan is the hiring's, not the plant's; "agreed to sell
            # its shares in a factory that makes torpedoes" still says what the factory does
            return _own_clause(noun) or Status("unknown", verb.text), None
    return _own_clause(noun), described


def _moved_to(noun: Token, verb: Token) -> bool:
    """Whether the facility is where something is moved to ("relocated production to a plant in Pau"): the plant
    that takes it in works there, or will."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in ("to", "into") and noun.head.head == verb
            and _lemma(verb) in _RELOCATIONS)


_RELOCATIONS = frozenset("relocate move transfer shift".split())


def _supplied_from(noun: Token, verb: Token) -> bool:
    """Whether goods are to be sent from the facility ("to supply vehicles from the plant in X"): a plant that
    ships them stands already, unless it is said to be new."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head == verb
            and _lemma(verb) in _SENT_OUT and not any(c.lower_ in _NEW for c in noun.children))


_SENT_OUT = frozenset("supply deliver ship export send".split())


def _beside_what_shuts(noun: Token, verb: Token) -> bool:
    """Whether the facility only says where the thing a closing verb shuts is ("the road next to the plant")."""
    path = [noun, *(t for t in noun.ancestors if t.i != verb.i and verb in t.ancestors)]
    return any(t.lower_ in BESIDE for t in path) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c is not noun for c in verb.children)


BESIDE = frozenset("near beside alongside next adjacent close outside around".split())  # "next to", "near"


def _reduced_relative(noun: Token, verb: Token) -> bool:
    """Whether a past form the parser took for the facility's own verb describes it: "a plant built to assemble
    bombs was deactivated" (no auxiliary, no object, a clause under a verb that does not report)."""
    return (noun.head == verb and noun.dep_ == "nsubj" and verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
            and verb.head.pos_ == "VERB" and not reporting(verb.head))


def _own_clause(noun: Token) -> Status | None:
    """What the facility's own clause says it does: "a plant that makes drones", "a factory being built"."""
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") and child.pos_ in ("VERB", "AUX"):
            subject = _subject(child)
            if found := verb_status(child, producer=subject is not None and subject.lower_ in ("that", "which")):
                return found
    return None


def _to_be(noun: Token) -> bool:
    """Whether the facility is what something will be: "the new plant will be the only factory making shells"
    tells of making to come."""
    return noun.dep_ == "attr" and noun.head.lemma_ == "be" and bool(FUTURE & set(_auxiliaries(noun.head)))


# -- who says so ---------------------------------------------------------------------------------------


_DASHES = frozenset("-–—")


def _name(head: Token) -> str | None:
    """The name a source phrase gives: its head with compounds, modifiers, possessives and "of" phrases
    ("Ukraine's defence ministry", "the director of the Institute"), without relative clauses or appositions."""
    if head.lower_ in _NOT_A_SOURCE or head.pos_ == "PRON":
        return None
    keep = _kept(head)
    words = [t for t in head.doc[min(keep):max(keep) + 1] if t.i in keep]
    dateline = next((i for i, t in enumerate(words[:12]) if t.text in _DASHES and words[0].is_upper), None)
    words = words[dateline + 1:] if dateline is not None else words  # "BRUSSELS - The Commission"
    based = next((i for i, t in enumerate(words[:5]) if t.lower_ == "based"), None)
    words = words[based + 1:] if based is not None else words  # "Poland based Vistula Shipyard"
    while words and (words[0].is_punct or words[0].dep_ == "det" and words[0].lower_ in ("the", "a", "an")
                     and not (words[0].text == "The" and words[0].ent_iob_ == "B")):
        words = words[1:]  # "the ministry", but "The Wall Street Journal"
    while words and words[-1].is_punct:
        words = words[:-1]
    text = "".join(t.text + _gap(t, words[k + 1] if k + 1 < len(words) else None) for k, t in enumerate(words))
    if text.count("(") > text.count(")"):  # "The US Naval Institute (USNI news site": the bracket it closed
        before, _, after = text.partition("(")
        word, space, rest = after.partition(" ")
        text = f"{before}({word}){space}{rest}"
    return text.strip() or None


def _gap(token: Token, after: Token | None) -> str:
    """What goes between two words of a name: the white space after the first, or where the name skips words
    ("Jane Doe, Denmark's minister": the parser may join the two), a comma or a space."""
    if after is None or after.i == token.i + 1:
        return token.whitespace_
    return ", " if any(t.text == "," for t in token.doc[token.i + 1:after.i]) else " "


def _entity(head: Token) -> Span | None:
    """The named entity ``head`` belongs to, begun after a dash inside it: the tagger may run a dateline into
    the name that follows ("May 3 - Rostec" read as one date)."""
    entity = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    if entity is None:
        return None
    dash = max((t.i for t in entity if t.text in _DASHES and t.i < head.i), default=None)
    return entity if dash is None else None


def _kept(head: Token) -> set[int]:
    keep = {head.i}
    entity = _entity(head)
    if entity is not None:  # a name stays whole: "the Institute for the Study of War"
        keep |= set(range(entity.start, entity.end))
    for child in head.children:
        if child.dep_ == "prep" and (child.lower_ == "of" or _body_of(head, child)) or (
                child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN")):
            keep |= {t.i for t in child.subtree if t.dep_ not in ("relcl", "acl", "appos")}
            keep |= {child.i}
        elif child.dep_ == "cc" and any(c.dep_ == "conj" for c in head.children):
            keep.add(child.i)
        elif child.dep_ not in _NAME_DEPS_DROPPED:
            keep |= {t.i for t in child.subtree}
    doc = head.doc  # a hyphen inside a kept word stays: "Kosiniak-Kamysz"
    return keep | {i for i in range(min(keep) + 1, max(keep)) if doc[i].text in _DASHES and not doc[i - 1].whitespace_
                   and not doc[i].whitespace_ and i - 1 in keep and i + 1 in keep}


_AT_A_BODY = frozenset("at from for with in".split())


def _body_of(head: Token, prep: Token) -> bool:
    """"Journalists at RFE/RL", "a spokesperson for Rheinmetall", "sources in the SBU": people named by the body
    they speak for, which is the name."""
    return head.pos_ == "NOUN" and prep.lower_ in _AT_A_BODY and any(
        c.dep_ == "pobj" and any(t.pos_ == "PROPN" or _entity(t) is not None for t in (c, *c.children))
        for c in prep.children)


@dataclass(frozen=True)
class Source:
    """Who a sentence says makes its claim; ``pronoun`` ("he", "it", "they") when only a pronoun names them."""

    name: str | None
    pronoun: str = ""


_SPED_UP = frozenset({"step up", "speed up", "accelerate"})
_INSPECTED = frozenset({"examine", "assess", "evaluate"})  # a plan when they weigh building one, not the plant
_NOT_GROWN = frozenset("strength power pressure cooperation presence security tie ties effort spending budget "
                       "funding role influence support awareness trust".split())
_OUTPUT = frozenset("output production manufacturing capacity assembly delivery supply".split())
_WORK = frozenset("work operation operations line lines shift shifts activity activities door doors gate gates".split())
_FLYING = frozenset("drone uav missile rocket shahed debris wreckage fragment".split())


def _crashed_into(verb: Token) -> bool:
    """Whether "crashed" is a strike: a drone or missile that came down on or into something ("two drones crashed
    on the territory of the plant", "debris fell on the plant"); not "shares crashed", "a drone crashed during a
    test flight at the plant"."""
    subject = _subject(verb)
    return _lemma(verb) in _CAME_DOWN and subject is not None and subject.lemma_.lower() in _FLYING and any(
        c.dep_ == "prep" and c.lower_ in ("on", "into", "onto") for c in verb.children)


_CAME_DOWN = frozenset("crash fall land".split())


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a dateline the parser also took for one yields to the real subject."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not c.is_punct]  # not "**"
    return next((c for c in subjects if not _in_dateline(c)), subjects[0] if subjects else None)


def source_of(sentence: Span) -> Source | None:
    """The source named by the sentence's reporting frame, if it has one; else the author of a report it
    cites ("in a review by the ISW, ..."). A frame that names no one ("As I said, ...") yields to a later one that
    does ("..., Ivan Petrenko said")."""
    unnamed = None
    for token in sentence:
        found = _frame_source(token)
        if found is not None and found.name:
            return found
        unnamed = unnamed or found
    if unnamed is not None:
        return unnamed
    for token in sentence:
        if token.lemma_.lower() in REPORT_NOUNS and (found := _source(token)) is not None and found.name:
            return found
    return _closing_source(sentence) or _account_source(sentence)


ACCOUNT_NOUNS = frozenset("account accounts information claim claims report reports figure figures detail details "
                          "estimate estimates word".split())


def _account_source(sentence: Span) -> Source | None:
    """"That account came from a security official": who gave what the sentences around say."""
    for verb in sentence:
        subject = _subject(verb) if verb.lemma_.lower() == "come" else None
        if subject is None or subject.lemma_.lower() not in ACCOUNT_NOUNS:
            continue
        giver = next((c for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for c in p.children
                      if c.dep_ == "pobj"), None)
        if giver is not None and (found := _source(giver)) is not None and found.name:
            return found
    return None


_CLOSING_TAIL = 6  # words after the closing verb: "wrote on Telegram", "said in a statement"


def _closing_source(sentence: Span) -> Source | None:
    """"..., eyewitnesses and regional media reported.": a reporting verb closing the sentence after a
    comma, perhaps with a short phrase of its own ("wrote on Telegram"), whose subject the parser attached
    elsewhere in a long sentence."""
    words = [t for t in sentence if not t.is_punct]
    verb = next((t for t in reversed(words[-_CLOSING_TAIL - 1:]) if t.lemma_.lower() in REPORTING_VERBS
                 and t.pos_ in ("VERB", "AUX")), None)  # not "state" in "a state-owned group"
    if len(words) < 3 or verb is None:
        return None
    comma = max((t.i for t in sentence if t.text == "," and t.i < verb.i), default=None)
    if comma is None or verb.i - comma > 8:
        return None
    phrase = sentence.doc[comma + 1:verb.i]
    name = without_the(phrase.text)
    return Source(name) if name and phrase.root.pos_ in ("NOUN", "PROPN") else None


def without_the(text: str) -> str:
    """"the governor" as a name: "governor"."""
    return text[4:] if text.startswith("the ") else text


def _frame_source(token: Token) -> Source | None:
    lower = token.lower_
    if lower == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to" or (
            lower == "per" and token.i and token.doc[token.i - 1].lower_ == "as"):  # "as per the website"
        prep = token if lower == "per" else token.doc[token.i + 1]
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return _source(obj) or _reports_of_a_kind(obj)
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if lemma == "cite" and token.tag_ == "VBG":  # "..., citing Ukrainian intelligence"
        return _source(next((c for c in token.children if c.dep_ == "dobj"), None))
    if lemma == "show":
        subject = _subject(token)
        if subject is None or subject.lower_ not in SHOWING_SUBJECTS or _retold(token):
            return None
        return _source(_taker(subject) or subject)
    if lemma in STUDYING_VERBS and any(c.dep_ == "dobj" and c.lower_ in SHOWING_SUBJECTS for c in token.children):
        return _source(_subject(token))  # "a think tank analysed satellite imagery of the shipyard"
    if not reporting(token):
        return None
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if agent is not None:  # "as reported by X"
        return _source(next((c for c in agent.children if c.dep_ == "pobj"), None))
    subject = _subject(token)
    if subject is None:  # "..., reported Reuters.": the parser reads the inverted subject as an object
        inverted = next((c for c in token.children if c.dep_ in ("dobj", "npadvmod") and c.i > token.i
                         and c.pos_ == "PROPN" and any(k.dep_ == "ccomp" for k in token.children)), None)
        return _source(inverted)
    if subject.dep_ == "nsubjpass" or subject.lower_ in SHOWING_SUBJECTS and _retold(token):
        return None
    if subject.lower_ in ("it", "they") and token.dep_ == "relcl":
        return _source(_relative_speaker(token)) or _source(subject)
    return _source(subject)


def _retold(token: Token) -> bool:
    """Whether what pictures show is told by someone whose reporting verb governs it: "an expert told Reuters
    that images show ...", "the USNI reported that imagery has revealed ...": the teller is the source."""
    return any(a.pos_ == "VERB" and reporting(a) for a in token.ancestors)


def _reports_of_a_kind(reports: Token | None) -> Source | None:
    """"According to regional reports": reports of a kind the words before say, though no author is named
    (bare "reports" name no one)."""
    kind = reports is not None and any(c.dep_ in ("amod", "compound") for c in reports.children)
    return Source(_name(reports)) if kind else None


def _taker(evidence: Token) -> Token | None:
    """Who took, obtained or published the pictures: "images obtained by Schemes journalists show ..."."""
    return next((p for c in evidence.children for a in c.children if a.dep_ == "agent" for p in a.children
                 if p.dep_ == "pobj"), None)


def _relative_speaker(said: Token) -> Token | None:
    """Who "it" is in "the Treasury listed X, which it said makes drones": the subject of the clause the
    relative clause hangs on, else the organisation named before the noun it describes ("named by the Foreign
    Office is the Degtyarev Plant, which it said ...")."""
    noun = said.head
    main = _subject(noun.head) if noun.head.pos_ in ("VERB", "AUX") else None
    if main is not None and main.pos_ != "PRON":
        return main
    described = {t.i for t in noun.subtree}  # not "Orsha-based" of "Orsha-based Dnepr-Tekhmash"
    named = [e for e in said.sent.ents if e.label_ == "ORG" and e.end <= noun.i and e.root.i not in described]
    return named[-1].root if named else None


REPORT_NOUNS = frozenset("report statement analysis assessment study investigation estimate estimates data "
                         "findings review survey account comment comments remarks interview post message "
                         "publication briefing website".split())


def last_person(sentences: list[Span]) -> str | None:
    """Whom "she said" means: the named subject of the sentence just before ("Petrescu walks along the line ..."), else
    the person these sentences name last, with their title ("Analyst Jane Doe")."""
    for sentence in reversed(sentences):
        subject = _subject(sentence.root)
        if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", ""):
            return _name(subject)
        person = next((e for e in reversed(sentence.ents) if e.label_ == "PERSON" and not _where(e.root)), None)
        if person is not None:
            return _name(person.root) or person.text
    return None


def _where(token: Token) -> bool:
    """Whether a name is where something is ("corridors in UP and Tamil Nadu"), no person though so tagged; or
    an owner ("Modi's announcement"), no speaker."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "poss" or token.dep_ == "pobj" and token.head.lower_ in (
        "in", "at", "near", "across", "outside", "inside")


ORGANISATION_NOUNS = frozenset("""ministry agency company firm group army staff service office government command
concern corporation administration committee council department directorate holding manufacturer maker""".split())


def last_organisation(sentences: list[Span]) -> str | None:
    """Whom "it said" means: the organisation that is the subject of the sentence just before ("the Defence
    Ministry in Moscow issued its own claim. It said ...")."""
    subject = _subject(sentences[-1].root) if sentences else None
    if subject is not None and (subject.ent_type_ == "ORG" or subject.lemma_.lower() in ORGANISATION_NOUNS):
        return _name(subject)
    return None


def _in_dateline(head: Token) -> bool:
    """Whether ``head`` is a capitalised place opening the sentence as a dateline ("KYIV, May 3 -", "PORT SUDAN
    —"), not an acronym that speaks ("ISW said")."""
    opening = head.doc[head.sent.start:head.i + 1]
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return (head.is_upper and len(head) > 2 and all(t.is_upper or t.is_punct for t in opening)
            and after is not None and (after.text in _DASHES or after.text in ",(")) or _place_line(head)


def _place_line(head: Token) -> bool:
    """Whether ``head`` is a place opening the sentence with its region before a colon or "based" ("Nagpur,
    Maharashtra: the minister said", "Kaliningrad, Russia based Yantar says")."""
    if not _proper(head):
        return False
    for before, t in itertools.pairwise(head.doc[head.i + 1:head.i + 6]):
        if _proper(before) and (t.text == ":" or t.lower_ in ("based", "-based")):
            return True  # not "Rheinmetall, based in Duesseldorf, said"
        if t.text != "," and not _proper(t):
            return False
    return False


def _proper(token: Token) -> bool:
    return token.ent_type_ == "GPE" or token.pos_ == "PROPN"


def _source(head: Token | None) -> Source | None:
    if head is None:
        return None
    if _in_dateline(head):  # "OSLO, 14 April — Nordhav AS announced", "PORT SUDAN —"
        head = next((c for c in reversed(list(head.children)) if c.dep_ == "appos"), None)  # not "14 April"
        if head is None:
            return None
    if head.lemma_.lower() in REPORT_NOUNS:  # "a report by Amnesty International said", "ISW's assessment",
        # "a Reuters report"
        # "an analysis of satellite imagery by X": the parser may hang "by X" on any word of the phrase
        author = next((c for c in head.children if c.dep_ == "poss"
                       or c.dep_ == "compound" and c.pos_ == "PROPN"), None) or next(
            (p for c in head.subtree if c.dep_ == "prep" and c.lower_ in ("by", "from")
             for p in c.children if p.dep_ == "pobj"), None)
        return _source(author) if author is not None else None
    if head.pos_ == "PRON" or head.lower_ in _NOT_A_SOURCE:
        return Source(None, pronoun=head.lower_ if head.lower_ in ("he", "she", "they", "it", "we") else "")
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and head.pos_ != "PROPN":  # "its new owner, the firm Karpaty Composites, said"
        head = named
    if not _speaker(head):
        return None
    name = _name(head)
    if name and (role := _role_for_a_body(head)):
        name = f"{name}, {role}"  # "Lena Moss, head of Vantor Drones": the body she speaks for
    return Source(name) if name else None


_ROLE_WORDS = 9  # "Vantor's new president and CFO at Derby Drones", not a story of a career


def _role_for_a_body(person: Token) -> str | None:
    """A person's role as an apposition that names the body they serve ("head of Vantor Drones",
    "Rheinmetall's chief executive"); not one naming none ("the defence secretary")."""
    if person.pos_ != "PROPN":
        return None
    role = next((c for c in person.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    words = [t for t in role.subtree if t.dep_ not in ("relcl", "acl")] if role is not None else []
    if not words or len(words) > _ROLE_WORDS or not any(t.pos_ == "PROPN" and t.i != role.i for t in words):
        return None
    while words and (words[0].is_punct or words[0].lower_ in ("the", "a", "an")):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    return "".join(t.text_with_ws for t in words).strip() or None


# Common nouns that name who speaks: people, bodies, media, evidence.
SPEAKER_NOUNS = frozenset("""
official officials authority authorities ministry ministries government governor mayor spokesman spokeswoman
spokesperson spokespeople representative representatives executive executives minister president chief head
director commander officer expert experts analyst analysts
resident residents witness witnesses eyewitness eyewitnesses local locals source sources media outlet outlets
newspaper paper agency agencies channel channels service services staff department office army military
forces force intelligence company firm group manufacturer maker producer owner operator concern corporation
conglomerate contractor giant administration council committee institute center centre researcher
researchers journalist journalists reporter reporters blogger bloggers observer observers monitor monitors
footage video videos image images imagery photo photos satellite report worker workers employee employees
engineer engineers ceo founder people user users account accounts telegram post posts statement document
documents papers records filing filings letter letters
""".split())


def _speaker(head: Token) -> bool:
    """Whether a phrase's head can say something: a name, a person, a body, a medium or a piece of evidence
    (not "the factory", "the memorandum", a date)."""
    entity = _entity(head)
    if entity is not None and entity.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY",
                                                "PERCENT"):
        return False
    return head.pos_ == "PROPN" or entity is not None or head.lemma_.lower() in SPEAKER_NOUNS \
        or head.lower_ in SPEAKER_NOUNS or _named_plant(head) or _news_site(head)


def _news_site(head: Token) -> bool:
    """"The USNI news site reported": a site that publishes news speaks, as a newspaper does."""
    return head.lemma_.lower() == "site" and any(c.lower_ in ("news", "web") for c in head.children)


_PLANT_WORDS = frozenset("plant factory works shipyard arsenal".split())


def _named_plant(head: Token) -> bool:
    """"The Pretis factory said": a plant with a name of its own speaks as its company; "the factory" does
    not."""
    return head.lemma_.lower() in _PLANT_WORDS and any(c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod")
                                                       for c in head.children)


def operator_offsets(noun: Token) -> list[tuple[int, int]]:
    """Character spans that may name who builds or runs the facility ``noun`` names: its own modifiers ("an
    Iranian drone factory", "Rheinmetall's plant"), the doers of the verbs above it up to a reporting verb
    ("Iranian engineers are building ...", "Iran is working with Russia to build ..."), and of clauses on it
    ("a plant run by Rostec"); never the doer of a strike."""
    phrases = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    verbs = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    for verb in noun.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            if reporting(verb):
                break
            verbs.append(verb)
    for verb in verbs:
        if VERB_CLASS.get(_lemma(verb)) == "strike" or _carries_out_strikes(verb):
            continue  # "Russia launched strikes on ..., including an attack on the plant": the attacker
        # a subject the parser hung on an auxiliary (a company name it took for a verb) still counts
        for child in [*verb.children, *(g for c in verb.children if c.dep_ == "aux" for g in c.children)]:
            if child.dep_ == "nsubj":
                phrases.append(child)
            elif child.dep_ == "agent" or child.dep_ == "prep" and (
                    child.lower_ == "with" or child.lower_ == "to" and verb.lemma_.lower() in HANDED_OVER):
                phrases += [c for c in child.children if c.dep_ == "pobj"]  # "sold to a Turkish drone maker"
    spans = []
    for phrase in phrases:
        words = list(phrase.subtree)
        spans.append((words[0].idx, words[-1].idx + len(words[-1])))
    return spans


def attacker_offsets(sentence: Span, agents_only: bool = False) -> list[tuple[int, int]]:
    """Character spans of what strikes in the sentence: the subject or agent of a strike verb ("two drones
    struck the plant", "the plant was hit by missiles"); with ``agents_only``, not a subject that is the strike
    itself ("the strike on the plant in Yemen destroyed it")."""
    spans = []
    for verb in sentence:
        if verb.pos_ == "VERB" and (VERB_CLASS.get(_lemma(verb)) == "strike" or _carries_out_strikes(verb)):
            # "drones launched from X struck the plant": a second verb shares the first one's subject, as does
            # one it governs ("Ukraine claimed to have struck the plant")
            shared = [verb.head] if verb.dep_ in ("conj", "xcomp") and _subject(verb) is None else []
            for child in (c for v in (verb, *shared) for c in v.children):
                doer = child if child.dep_ == "nsubj" else next(
                    (c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "agent" else None
                if doer is not None and not (agents_only and doer.lemma_.lower() in EVENT_NOUNS):
                    spans.append(_extent(doer))
        elif verb.pos_ == "NOUN" and EVENT_NOUNS.get(verb.lemma_.lower()) == "strike":
            spans += [_extent(doer) for doer in _strikers(verb)]
    return spans


def _strikers(attack: Token) -> list[Token]:
    """Who carries out an attack named by a noun: "attacks by Israel on the plants", "Ukraine's strike on it"."""
    return [c for c in attack.children if c.dep_ == "poss" and c.pos_ == "PROPN"] + [
        o for c in attack.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]


def _extent(head: Token) -> tuple[int, int]:
    """The character span of a head's phrase."""
    words = list(head.subtree)
    return words[0].idx, words[-1].idx + len(words[-1])


def _carries_out_strikes(verb: Token) -> bool:
    """"Poland carried out a wave of drone attacks", "launched strikes on X": a verb whose object is a strike."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]  # "a wave of attacks", "a series of strikes"
    phrasal = " ".join([_lemma(verb), *(c.lower_ for c in verb.children if c.dep_ == "prt")])  # "carry out"
    return phrasal in _DOING and any(EVENT_NOUNS.get(o.lemma_.lower()) == "strike" for o in objects)


_DOING = frozenset({"carry out", "launch", "conduct", "stage", "mount"})


def _object_misread(verb: Token) -> list[Token]:
    """"workers are making drones designed for X as Ukraine ramps up strikes": the object the parser made the
    subject of a clause after the verb."""
    return [t for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj" for t in s.subtree]


def _participle_of(verb: Token) -> list[Token]:
    """The noun a past participle describes: "drones assembled in Yelabuga", "a missile designed and produced
    in China"."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    return [head.head] if verb.tag_ == "VBN" and head.dep_ == "acl" else []


_AT_PLACE = frozenset("in at near outside".split())


def _at_a_name(token: Token) -> bool:
    """Whether a name is where the token is: "shells in Kalisz" (not "shells in large numbers")."""
    return any(c.dep_ == "prep" and c.lower_ in _AT_PLACE and any(g.dep_ == "pobj" and g.pos_ == "PROPN"
                                                                   for g in c.children) for c in token.children)


_SHIPS = frozenset("destroyer frigate corvette submarine warship ship vessel icebreaker carrier cruiser".split())


def _ship_launched(verb: Token) -> bool:
    """"Launched a destroyer in X": a yard there put the ship it built in the water (a missile launched is fired)."""
    return _lemma(verb) == "launch" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _SHIPS
                                            for c in verb.children)


def production_verbs(sentence: Span, is_product, is_town=lambda token: False) -> list[Token]:
    """Verbs that put production at a place without naming a facility: "fuzes could be assembled in
    Leipzig", "Hallberg makes shells at Eskilstuna", "Votkinsk builds missiles". The verb builds or makes
    something ``is_product`` accepts (its object or passive subject) and has a place phrase of its own or a
    subject ``is_town`` accepts."""
    found = []
    for verb in sentence:
        if verb.pos_ != "VERB" or VERB_CLASS.get(_lemma(verb)) not in ("operate", "build") or (
                _lemma(verb) in FIRED and not _ship_launched(verb)):
            continue
        made = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree] or _object_misread(
            verb) or _participle_of(verb)
        placed = any(c.dep_ == "prep" and c.lower_ in _AT_PLACE for c in verb.children) or any(
            _at_a_name(t) for t in made if t.dep_ == "dobj") or any(  # "makes shells in Kalisz", read as the shells'
            c.dep_ == "nsubj" and is_town(c) for c in verb.children)
        if placed and any(is_product(t.text) for t in made):
            found.append(verb)
    return found
