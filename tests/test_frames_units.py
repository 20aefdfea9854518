"""The claim-frame readers of pipeline/frames.py, one by one, on sentences written for these tests (invented
events at real places): the status an event noun, a location or a state gives a facility and the cue words shown
as its evidence; who a sentence says makes the claim; whom "she said" means; verbs that put production at a
place."""

import pytest

from pipeline import frames
from pipeline.frames import Source, Status
from pipeline.geoparse import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def token(doc, text: str):
    """The first token of ``doc`` spelt ``text``."""
    return next(t for t in doc if t.text == text)


# (sentence, the event noun, status, cue): the verb governing an event noun tells its course.
EVENT_STATUS = [
    # a denied event: no attack leaves the plant standing, no construction says nothing
    ("No attack on the plant in Tula was reported.", "attack", "operational", "no attack"),
    ("Not a single attack on the plant in Tula was recorded.", "attack", "operational", "no attack"),
    ("There was no construction at the plant in Tula last year.", "construction", "unknown", "no construction"),
    # no verb at all (a headline): the event as such
    ("Attack on the plant in Tula.", "Attack", "struck", "Attack"),
    ("Construction of the plant in Tula.", "Construction", "under construction", "Construction"),
    # a verb of planning, proposing, expanding, converting or striking passes its own status on
    ("The company plans the construction of a plant in Tula.", "construction", "planned", "plans … construction"),
    ("The ministry proposed the construction of a plant in Tula.", "construction", "proposed",
     "proposed … construction"),
    ("The company expanded production at its plant in Tula.", "production", "expanded", "expanded … production"),
    ("The company converted production at its plant in Tula to shells.", "production", "converting",
     "converted … production"),
    ("Missiles hit the construction site of the plant in Tula.", "construction", "struck", "hit … construction"),
    # an attack that damages is an attack: the verb adds nothing
    ("The attack damaged the plant in Tula.", "attack", "struck", "attack"),
    # the course of the event: "be", "begin", "resume", "continue" with their tense and modality
    ("Production at the plant in Tula is at full capacity.", "Production", "operational", "Production"),
    ("Production at the plant in Tula will be at full capacity.", "Production", "planned", "will be … Production"),
    ("Production at the plant in Tula will resume in May.", "Production", "planned", "will resume … Production"),
    ("Production at the plant in Tula will begin in May.", "Production", "planned", "will begin … Production"),
    ("Production at the plant in Tula will not resume.", "Production", "closed", "will not resume … Production"),
    ("Production at the plant in Tula will not continue.", "Production", "closed",
     "will not continue … Production"),
    ("Construction of the plant in Tula will not resume.", "Construction", "proposed",
     "will not resume … Construction"),
    ("Construction of the plant in Tula did not begin.", "Construction", "proposed", "did not begin … Construction"),
    ("Construction of the plant in Tula could begin in May.", "Construction", "proposed",
     "could begin … Construction"),
    ("An attack on the plant in Tula could take place.", "attack", "unknown", "could take … attack"),
    ("Construction of the plant in Tula will begin in May.", "Construction", "planned", "will begin … Construction"),
    ("The company wants construction of the plant in Tula to begin in May.", "construction", "planned",
     "to begin … construction"),
    ("Strikes on the plant in Tula will continue.", "Strikes", "unknown", "will continue … Strikes"),
    ("Construction of the plant in Tula has begun.", "Construction", "under construction",
     "has begun … Construction"),
    ("Construction of the plant in Tula began in March.", "Construction", "under construction",
     "began … Construction"),
    ("Construction of the plant in Tula started in March.", "Construction", "under construction",
     "started … Construction"),
    ("Construction of the plant in Tula resumed in March.", "Construction", "under construction",
     "resumed … Construction"),
    ("Construction of the plant in Tula took two years.", "Construction", "under construction", "Construction"),
    # "to be" is no future: the production wanted is the production there is
    ("The company wants production at the plant in Tula to be at full capacity.", "production", "operational",
     "production"),
]


@pytest.mark.parametrize("text, event, status, cue", EVENT_STATUS)
def test_event_noun_status_and_cue_follow_its_verb(nlp, text, event, status, cue):
    assert frames._event_status(token(nlp(text), event)) == Status(status, cue)


def test_an_attack_that_was_only_tried_says_nothing_of_the_plant(nlp):
    doc = nlp("Drones tried to hit production at the plant in Tula.")
    assert frames._event_status(token(doc, "production")) is None


# (sentence, status, cue): a facility located somewhere stands; a state the copula gives it is its status.
LOCATED_OR_DESCRIBED = [
    ("The plant is at Tula.", "operational", "is"),
    ("The plant is near Tula.", "operational", "is"),
    ("The plant is outside Tula.", "operational", "is"),
    ("The plant is on the outskirts of Tula.", "operational", "is"),
    ("The plant in Tula is idle.", "closed", "is idle"),
    ("The plant in Tula stays idle.", "closed", "stays idle"),
    ("The plant in Tula remains idle.", "closed", "remains idle"),
]


@pytest.mark.parametrize("text, status, cue", LOCATED_OR_DESCRIBED)
def test_where_a_plant_is_or_what_state_it_is_in_gives_its_status(nlp, text, status, cue):
    assert frames.status_of(token(nlp(text), "plant")) == Status(status, cue)


def test_would_under_a_verb_that_does_not_report_stays_hypothetical(nlp):
    doc = nlp("It is unclear whether the plant in Tula would be built.")
    assert frames.status_of(token(doc, "plant")) == Status("proposed", "would be built")


# (text, word): a hyphen makes the word a modifier ("attack-drone"), not an event.
@pytest.mark.parametrize("text, word, hyphened", [
    ("The attack-drone factory in Tula was expanded.", "attack", True),
    ("The attack \u2011 drone factory in Tula was expanded.", "attack", True),  # a spaced non-breaking hyphen
    ("The attack on the factory in Tula failed.", "attack", False),
    ("The factory in Tula survived the attack", "attack", False),  # the last word has no neighbour
])
def test_a_hyphened_word_qualifies_another(nlp, text, word, hyphened):
    assert frames._hyphened(token(nlp(text), word)) is hyphened


# (sentence, the source it names): names keep their "of" phrases, their conjuncts and whole entities.
SOURCE_NAMES = [
    ("The director of the Kalinin Institute said the plant in Tula was hit.", "director of the Kalinin Institute"),
    ("Officials and experts said the plant in Tula was hit.", "Officials and experts"),
    ("Institute for Defence Studies said the plant in Tula was hit.", "Institute for Defence Studies"),
    ("On Monday officials said the plant in Tula was hit.", "officials"),  # the date before is no part
    ("Officials, the ministry's spokesmen, said the plant in Tula was hit.", "Officials"),
    ("Officials and the governor, Petrov, said the plant in Tula was hit.", "Officials and the governor"),
    ("UN said the plant in Tula was hit.", "UN"),  # two capitals make no dateline
    ("KYIV - Ukrainian officials said the plant in Tula was hit.", "Ukrainian officials"),  # a dateline is no part
    ("The plant in Tula was hit, NATO said.", "NATO"),  # capitals inside a sentence make no dateline
    ("Nordhav's assessment said the plant in Tula was hit.", "Nordhav"),  # the author of a report
    ("A report from Amnesty International said the plant in Tula was hit.", "Amnesty International"),
    ("Its new owner, the firm Karpaty Composites, said the plant in Tula was expanded.", "firm Karpaty Composites"),
    ("A spokesman for the ministry said the plant in Tula was hit.", "spokesman"),  # no article
    ("An official said the plant in Tula was hit.", "official"),
    ("Germans said the plant in Tula was hit.", "Germans"),  # a nationality speaks
    ("Ministers said the plant in Tula was hit.", "Ministers"),  # a speaker noun in the plural
    ("Ministry for Defence Industry said the plant in Tula was hit.", "Ministry for Defence Industry"),  # whole
    ("Ivan Petrov, Governor of Tula, said the plant in Tula was hit.", "Ivan Petrov"),  # the name, not the title
]


def test_a_document_is_no_speaker(nlp):
    assert frames.source_of(nlp("The memorandum said the plant in Tula would be expanded.")[:]) is None


@pytest.mark.parametrize("text, name", SOURCE_NAMES)
def test_source_name_from_the_reporting_frame(nlp, text, name):
    assert frames.source_of(nlp(text)[:]) == Source(name)


# (sentence, start of the name, a word of a clause that must be left out)
@pytest.mark.parametrize("text, name, clause_word", [
    ("Officials and residents who live nearby said the plant in Tula was hit.", "Officials and residents", "live"),
    ("The director of the institute, which monitors the region, said the plant in Tula was hit.",
     "director of the institute", "monitors"),
    ("The director of the institute running the plant said the plant in Tula was hit.",
     "director of the institute", "running"),
    ("Officials and Nordhav Munitions, which owns the plant, said the plant in Tula was hit.",
     "Officials and Nordhav Munitions", "owns"),
    ("Residents who live near the plant and officials said the plant in Tula was hit.", "Residents", "live"),
])
def test_source_name_leaves_out_relative_clauses(nlp, text, name, clause_word):
    found = frames.source_of(nlp(text)[:])
    assert found.name.startswith(name) and clause_word not in found.name.split()


@pytest.mark.parametrize("text, pronoun", [
    ("He said the plant in Tula was hit.", "he"),
    ("They said the plant in Tula was hit.", "they"),
    ("It said the plant in Tula was hit.", "it"),
    ("We said the plant in Tula was hit.", "we"),
    ("Someone said the plant in Tula was hit.", ""),  # a speaker, but none a later sentence names
])
def test_a_pronoun_speaker_names_no_one(nlp, text, pronoun):
    assert frames.source_of(nlp(text)[:]) == Source(None, pronoun=pronoun)


# A date, a time, a number or an amount is not who speaks.
@pytest.mark.parametrize("text", [
    "Monday's statement said the plant in Tula was hit.",  # DATE
    "Data from 2023 show the plant in Tula was expanded.",  # DATE
    "A report from this morning said the plant in Tula was hit.",  # TIME
    "A report from two of the workers said the plant in Tula was hit.",  # CARDINAL
    "A report from the first of the inspectors said the plant in Tula was hit.",  # ORDINAL
    "A report from 40 percent of the sites said the plant in Tula was hit.",  # PERCENT
    "A report from 5 km said the plant in Tula was hit.",  # QUANTITY
    "A statement from $5 million in contracts said the plant in Tula was expanded.",  # MONEY
])
def test_a_date_or_a_number_is_no_source(nlp, text):
    assert frames.source_of(nlp(text)[:]) is None


# (earlier sentences, whom "she said" means)
@pytest.mark.parametrize("text, person", [
    ("Kowalczyk walks along the line with Jane Doe.", "Kowalczyk"),  # the subject, not the last name
    ("Anna Berg met Jon Dahl on Monday.", "Anna Berg"),
    ("Zbrodnik inspects the line with Jane Doe.", "Zbrodnik"),  # a subject the tagger knows no type of
    ("The newspaper spoke to analyst Jane Doe.", "analyst Jane Doe"),  # else the last person, with the title
    ("Welcome to the plant. The newspaper spoke to analyst Jane Doe.", "analyst Jane Doe"),
])
def test_last_person_is_whom_she_said_means(nlp, text, person):
    assert frames.last_person(list(nlp(text).sents)) == person


# (sentence, the verbs that put production of drones or shells at a place)
@pytest.mark.parametrize("text, verbs", [
    ("Workers build drones in Tula.", ["build"]),
    ("Drones are assembled in Tula.", ["assembled"]),
    ("Drones are assembled near Tula.", ["assembled"]),
    ("Shells are made outside Tula.", ["made"]),
    ("Drones are assembled for the army.", []),  # no place
    ("Drones are assembled.", []),
    ("Drones were destroyed in Tula.", []),  # destroying makes nothing
])
def test_production_verbs_put_products_at_a_place(nlp, text, verbs):
    found = frames.production_verbs(nlp(text)[:], lambda word: word.lower() in ("drones", "shells"))
    assert [v.text for v in found] == verbs


# (sentence, the source a reporting verb closing it names): the words between the last comma and the verb.
@pytest.mark.parametrize("text, source", [
    ("The plant in Tula was struck overnight, local residents said.", Source("local residents")),
    ("The plant in Tula was struck overnight, the governor said.", Source("governor")),
    ("The plant in Tula was struck overnight, Reuters reported.", Source("Reuters")),
    ("The plant in Tula was struck overnight, eyewitnesses and regional media reported.",
     Source("eyewitnesses and regional media")),
    ("Drones, officials said.", Source("officials")),  # three words are enough
    ("The plant in Tula was struck, officials in the administration of Tula region said.",
     Source("officials in the administration of Tula region")),  # eight words from the comma
    ("The plant in Tula was struck, officials in the administration of the Tula region said.", None),  # nine
    ("The plant in Tula was struck overnight, it was said.", None),  # no noun says it
    ("The plant in Tula was struck overnight, and fires burned.", None),  # no reporting verb
])
def test_a_reporting_verb_closing_the_sentence_names_the_words_before_it(nlp, text, source):
    assert frames._closing_source(nlp(text)[:]) == source


def test_a_plant_proposed_in_a_that_clause_is_proposed(nlp):
    doc = nlp("The ministry proposed that a plant be built in Tula.")
    assert frames.status_of(token(doc, "plant")) == Status("proposed", "proposed be built")


# (sentence, status, cue): the verb's modality and tense, and the verb controlling it ("plans to", "began").
VERB_STATUS = [
    ("Drones could strike the plant in Tula.", Status("unknown", "could strike")),
    ("Drones will strike the plant in Tula.", Status("unknown", "will strike")),
    ("The ministry will propose a plant in Tula.", Status("proposed", "will propose")),
    ("The company plans to expand the plant in Tula.", Status("expanded", "plans to expand")),  # it works, grows
    ("The firm intends to build a plant in Tula.", Status("planned", "intends to build")),
    ("The company wants to build a plant in Tula.", Status("proposed", "wants to build")),
    ("The company began operating the plant in Tula.", Status("operational", "began operating")),
    ("The company started operating the plant in Tula.", Status("operational", "started operating")),
    ("Drones began attacking the plant in Tula.", Status("struck", "began attacking")),
    ("Drones started attacking the plant in Tula.", Status("struck", "started attacking")),
    ("The company did not begin building the plant in Tula.", Status("unknown", "did not begin building")),
    ("The company could begin building the plant in Tula.", Status("unknown", "could begin building")),
    ("The company could finish building the plant in Tula.", Status("unknown", "could finish building")),
    ("The owner decided that the plant in Tula will not reopen.", Status("closed", "will not reopen")),
    ("The owner decided not to close the plant in Tula.", Status("operational", "not to close")),
    ("The owner decided not to reopen the plant in Tula.", Status("closed", "not to reopen")),
    ("The company began to build a plant in Tula.", Status("under construction", "began to build")),
    ("The owner decided that a plant in Tula will be built.", Status("planned", "will be built")),
    ("The ministry planned that a plant be built in Tula.", Status("planned", "planned be built")),
    ("The company bought land to build a plant in Tula.", Status("planned", "to build")),  # a purpose
    ("The company did build a plant in Tula last year.", Status("operational", "did build")),
    # an attack only tried says nothing of the plant
    ("Drones tried to attack the plant in Tula.", None),
    ("Drones attempted to attack the plant in Tula.", None),
    ("Drones sought to attack the plant in Tula.", None),
]


@pytest.mark.parametrize("text, status", VERB_STATUS)
def test_verb_status_and_cue_from_modality_and_controlling_verb(nlp, text, status):
    assert frames.status_of(token(nlp(text), "plant")) == status


# (sentence, status, cue): a new hall or line built or opened at a plant expands it.
@pytest.mark.parametrize("text, status", [
    ("The plant in Tula opened a new hall.", Status("expanded", "opened … new hall")),  # its object
    ("A new hall opened at the plant in Tula.", Status("expanded", "opened … new hall")),  # its subject
    ("A new workshop was built at the plant in Tula.", Status("expanded", "was built … new workshop")),
    ("A new hall is being built at the plant in Tula.", Status("expanded", "is being built … new hall")),
    ("Workers finished the construction of a new hall at the plant in Tula.",
     Status("expanded", "finished … new hall")),
    ("Engineers build a new plant in Tula.", Status("under construction", "build")),  # a new plant is no new part
])
def test_a_new_part_at_a_plant_expands_it(nlp, text, status):
    assert frames.status_of(token(nlp(text), "plant")) == status


def test_a_plant_never_attacked_stands(nlp):
    doc = nlp("The plant in Tula was never attacked.")
    assert frames.status_of(token(doc, "plant")) == Status("operational", "was never attacked")


# (sentence, status): a reporting verb above the plant ends the verbs read, not the clause on the plant; a plant
# that is the passive subject of a locating verb stands; a clause on the plant ("that makes", "being built",
# "built by") or an adjective the tagger reads as a name gives its status.
@pytest.mark.parametrize("text, status", [
    ("The company announced a plant that will make drones.", Status("planned", "will make")),
    ("He visited a plant which makes drones in Tula.", Status("operational", "makes")),
    ("He visited a plant being built in Tula.", Status("under construction", "being built")),
    ("He visited a plant built by Rostec in Tula.", Status("operational", "built")),
    # the plant is the subject of "builds": it makes things, it is not being built
    ("He visited a plant which builds drones in Tula.", Status("operational", "builds")),
    ("He visited a plant that builds drones in Tula.", Status("operational", "builds")),
    ("The plant was located in Tula.", Status("operational", "was located")),
    ("The plant is situated near Tula.", Status("operational", "is situated")),
    ("He visited the Future plant in Tula.", Status("planned", "Future")),
    # "needs" has the plant for its subject, "build" has engineers: the plant is what is being built for
    ("Engineers build what the plant needs.", Status("under construction", "build")),
    # the adjective modifies a modifier ("half-built"), it is no clause on the plant
    ("He visited the half-built plant in Tula.", None),
])
def test_status_from_a_clause_or_a_place_on_the_plant(nlp, text, status):
    assert frames.status_of(token(nlp(text), "plant")) == status


# (sentence, the word of the plant, the event noun it belongs to or None)
@pytest.mark.parametrize("text, word, event", [
    ("The plant's expansion in Tula began.", "plant", "expansion"),
    ("The plant fire in Tula was put out.", "plant", "fire"),
    ("The plant workshop fire in Tula was put out.", "plant", None),  # the fire is the workshop's
    ("The plant's workshop in Tula was hit.", "plant", None),  # a workshop is no event
    ("The plant in Tula was hit.", "plant", None),  # a verb is no event noun
    ("Drones struck at the plant in Tula.", "plant", None),
    ("Drones attacked near the plant in Tula.", "plant", None),
    # the event noun qualifying a ceremony, work or programme on the plant
    ("Construction work on the plant in Tula began.", "plant", "Construction"),
    ("A launching ceremony for the plant in Tula was held.", "plant", "launching"),
    ("The modernisation programme at the plant in Tula began.", "plant", "modernisation"),
    ("The expansion program at the plant in Tula began.", "plant", "expansion"),
    ("The construction project - for the plant in Tula - began.", "plant", "construction"),
    ("A ceremony for the plant in Tula was held.", "plant", None),
    ("A new programme for the plant in Tula began.", "plant", None),  # "new" is no event
    # an event noun the tagger reads as a name (a headline) is still an event
    ("Massive Drone Attack On Tula Plant", "Plant", "Attack"),
    ("The Opening Ceremony For The plant In Tula", "plant", "Opening"),
])
def test_event_noun_a_facility_belongs_to(nlp, text, word, event):
    found = frames._event_noun(token(nlp(text), word))
    assert (found.text if found is not None else None) == event


# (sentence, the phrases that may name who runs the plant): its modifiers, the doers of clauses on it and of
# the verbs above it (a "with" partner, an agent, a subject of "is"); never the doer of a strike.
@pytest.mark.parametrize("text, phrases", [
    ("He visited Rheinmetall's plant in Tula.", ["Rheinmetall's", "He"]),
    ("He visited the Tula Kalashnikov plant.", ["Tula Kalashnikov", "He"]),
    ("He visited the Rostec former plant.", ["Rostec", "former", "He"]),
    ("He visited the Tula former plant.", ["Tula", "former", "He"]),
    ("He visited a plant run by Rostec in Tula.", ["Rostec in Tula", "He"]),
    ("He visited a plant which Rostec operates in Tula.", ["Rostec", "He"]),
    ("He toured a plant where Rostec makes drones.", ["Rostec", "He"]),
    ("Rostec is the owner of the plant in Tula.", ["Rostec"]),
    ("Rostec operates a plant hit by drones in Tula.", ["Rostec"]),  # drones hit, they run nothing
    ("Iran builds the plant and Russia pays.", ["Iran"]),  # who pays is no doer of the building
    ("The plant in Tula was built by Rostec.", ["Rostec"]),
    ("Iran is working with Russia to build the plant in Tula.", ["Iran", "Russia"]),
])
def test_operator_phrases_of_a_plant(nlp, text, phrases):
    doc = nlp(text)
    assert [text[start:end] for start, end in frames.operator_offsets(token(doc, "plant"))] == phrases


# (text, source): "according to", "citing", "show" and inverted subjects name the source only in their own frame.
@pytest.mark.parametrize("text, source", [
    ("Drones flew to Tula, officials said.", Source("officials")),  # "flew to" is no "according to"
    ("The plant in Tula was hit, according", None),  # a text cut off after "according"
    ("The plant in Tula was hit, according to", None),
    ("The plant in Tula was hit, according to what officials said.", Source("officials")),
    ("Residents watching Rostec said the plant in Tula was hit.", Source("Residents")),  # only "citing" cites
    ("Citing from a Rostec filing, the agency said the plant in Tula was hit.", Source("agency")),
    ("Officials showed the plant in Tula to reporters.", None),  # people who show are no evidence
    ("Show the plant in Tula to reporters.", None),
    ("The plant in Tula was hit, as reported by.", None),
    ("The plant in Tula was hit, reported the agency.", None),  # only a name is an inverted subject
    ("Told Reuters on Monday.", None),  # whom they told is no source
    ("The plant in Tula was hit overnight, noted NATO Monday.", Source("NATO")),  # inverted, before a date
    ("Officials were told the plant in Tula was hit.", None),  # those told are no source
])
def test_source_frames_name_only_their_own_speaker(nlp, text, source):
    assert frames.source_of(nlp(text)[:]) == source


# (sentence, the verb, whether it makes things at the plant): a plural object or passive subject made "at" or
# "in" the plant, not new halls, not more plants, not things only kept there.
@pytest.mark.parametrize("text, verb, made", [
    ("Shells are made at the plant in Tula.", "made", True),
    ("Shells are made in the plant in Tula.", "made", True),
    ("Drones are made for the plant in Tula.", "made", False),  # for the plant, not at it
    ("Workers build a hall at the plant in Tula.", "build", False),  # one hall is no product
    ("New halls are built at the plant in Tula.", "built", False),
    ("Plants are built at the plant in Tula.", "built", False),
    ("Workers build shells that are stored at the plant in Tula.", "stored", False),
    ("Workers build shells that are stored at the plant in Tula.", "build", False),  # built elsewhere
])
def test_made_at_the_plant(nlp, text, verb, made):
    doc = nlp(text)
    assert frames._made_at(token(doc, "plant"), token(doc, verb)) is made


# (sentence, status): a new part of the event ("the opening of a new wing") expands the plant; a plant opened
# with new halls is a new plant.
@pytest.mark.parametrize("text, status", [
    ("The plant's opening of a new wing was celebrated.", Status("expanded", "opening … new wing")),
    ("The plant's launch of a second line was celebrated.", Status("expanded", "launch … new line")),
    ("The plant's construction of a new hall began in May.",
     Status("expanded", "began … construction … new hall")),
    ("Workers opened the plant with a new hall.", Status("operational", "opened")),
])
def test_a_new_part_of_the_event_expands_the_plant(nlp, text, status):
    assert frames.status_of(token(nlp(text), "plant")) == status


# (sentence, what strikes): the subjects and agents of strike verbs only.
@pytest.mark.parametrize("text, attackers", [
    ("The plant in Tula was hit by two missiles.", ["two missiles"]),
    ("Engineers said drones hit the plant in Tula.", ["drones"]),
    ("The plant in Tula was hit by.", []),
    ("The plant in Tula was hit by and by.", []),
])
def test_attackers_are_the_doers_of_strikes(nlp, text, attackers):
    doc = nlp(text)
    assert [text[start:end] for start, end in frames.attacker_offsets(doc[:])] == attackers


# (text, the capitalised word, whether it opens a dateline): three capitals or more before a dash, comma or
# bracket; two are an acronym; another word after it makes a name.
@pytest.mark.parametrize("text, word, dateline", [
    ("KYIV -", "KYIV", True),  # the dash is the last token
    ("UFA, May 3 - Officials said the plant was hit.", "UFA", True),
    ("UK - Officials said the plant was hit.", "UK", False),
    ("TITAN X said the plant in Tula was hit.", "TITAN", False),
    ("The plant was hit, said NATO", "NATO", False),  # the last word, no full stop
])
def test_a_dateline_opens_the_sentence(nlp, text, word, dateline):
    assert frames._in_dateline(token(nlp(text), word)) is dateline


# (sentence, status): the verb's own course, the verb controlling it, a denial of hearsay about it.
@pytest.mark.parametrize("text, status", [
    ("Engineers work on the plant in Tula.", None),  # working on a plant is not the plant working
    ("The ministry rejected reports the plant in Tula had been hit.", Status("operational", "had been hit")),
    ("The ministry dismissed claims that the plant in Tula had burned.", Status("operational", "had burned")),
    ("Shells roll out of the plant in Tula.", Status("operational", "roll")),  # "roll out" with "out of"
    ("The company would plan to build a plant in Tula.", Status("planned", "would plan to build")),
    ("The company could want to build a plant in Tula.", Status("proposed", "could want to build")),
    ("The company managed to build a plant in Tula.", Status("operational", "to build")),  # no future
    ("The company began hiring to operate the plant in Tula.", Status("operational", "to operate")),
    ("The plan has been to build a plant in Tula.", Status("planned", "has been to build")),
])
def test_status_from_the_verb_its_controller_and_denials(nlp, text, status):
    assert frames.status_of(token(nlp(text), "plant")) == status


def test_a_verb_that_builds_is_building_unless_it_is_the_producers(nlp):
    doc = nlp("Rostec is building a plant in Tula.")
    assert frames.verb_status(token(doc, "building")) == Status("under construction", "is building")
    assert frames.verb_status(token(doc, "building"), producer=True) == Status("operational", "is building")


def test_a_strike_at_a_place(nlp):
    doc = nlp("Missiles hit warehouses in Tula.")
    assert frames.struck_at(token(doc, "Tula")) == Status("struck", "hit")
    assert frames.struck_at(token(nlp("Rostec builds warehouses in Tula."), "Tula")) is None


# (text, source): the author of a cited report, "added that", a date before the speaker, a bare dateline.
@pytest.mark.parametrize("text, source", [
    ("In a review by the ISW, the plant in Tula was hit.", Source("ISW")),
    ("Officials added that the plant in Tula was hit.", Source("Officials")),
    ("Last week officials said the plant in Tula was hit.", Source("officials")),
    ("UFA - said the plant in Tula was hit.", None),  # a dateline with no name after it
])
def test_source_of_reports_additions_dates_and_datelines(nlp, text, source):
    assert frames.source_of(nlp(text)[:]) == source


def test_a_source_name_ends_with_no_dangling_conjunction(nlp):
    found = frames.source_of(nlp("Officials and, later, residents said the plant in Tula was hit.")[:])
    assert found.name.split()[-1] != "and"


def test_an_indefinite_pronoun_names_no_one(nlp):
    assert frames._name(token(nlp("Someone said the plant in Tula was hit."), "Someone")) is None


def test_a_dateline_source_with_no_name_after_it_is_none(nlp):
    assert frames._source(token(nlp("UFA - The plant in Tula was hit."), "UFA")) is None


def test_a_hyphen_ending_the_text_still_qualifies(nlp):
    assert frames._hyphened(token(nlp("The drone attack -"), "attack")) is True


def test_a_closing_source_has_no_trailing_comma(nlp):
    found = frames._closing_source(nlp("Drones hit the plant in Tula, Petrov, the governor, said.")[:])
    assert found is None or not found.name.endswith(",")


def test_a_dash_inside_a_date_range_belongs_to_the_date(nlp):
    doc = nlp("On May 3 - 4 the plant in Tula was hit.")
    assert frames._entity(token(doc, "-")).text == "May 3 - 4"


# -- parses the model rarely gives, built by hand: the frames read whatever parse they are given ----------------


def parsed(nlp, words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str] | None = None):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas or [w.lower() for w in words],
               sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize("adverb", ["never", "no"])
def test_never_or_no_on_the_verb_negates_it_whatever_its_label(nlp, adverb):
    doc = parsed(nlp, ["Drones", "hit", adverb, "plant"], [1, 1, 1, 1], ["nsubj", "ROOT", "advmod", "dobj"],
                 ["NOUN", "VERB", "ADV", "NOUN"], ["drone", "hit", adverb, "plant"])
    assert frames._negated(doc[1])


@pytest.mark.parametrize("dep", ["acomp", "npadvmod"])
def test_a_particle_however_labelled_makes_the_verbs_phrase(nlp, dep):
    doc = parsed(nlp, ["The", "plant", "came", "online"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", dep],
                 ["DET", "NOUN", "VERB", "ADV"], ["the", "plant", "come", "online"])
    assert frames._lemma(doc[2]) == "come online"


def test_a_subject_hung_on_an_auxiliary_still_operates_the_plant(nlp):
    doc = parsed(nlp, ["Rostec", "will", "build", "a", "plant"], [1, 2, 2, 4, 2],
                 ["nsubj", "aux", "ROOT", "det", "dobj"], ["PROPN", "AUX", "VERB", "DET", "NOUN"],
                 ["Rostec", "will", "build", "a", "plant"])
    assert frames.operator_offsets(doc[4]) == [(0, 6)]


def test_a_speaker_whose_name_is_only_punctuation_names_no_one(nlp):
    doc = parsed(nlp, ["-", "said"], [1, 1], ["nsubj", "ROOT"], ["PROPN", "VERB"], ["-", "say"])
    assert frames._source(doc[0]) is None


def test_a_verb_the_tagger_calls_an_auxiliary_still_gives_its_status(nlp):
    def built(pos):
        return parsed(nlp, ["Rostec", "built", "plants"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", pos, "NOUN"],
                      ["Rostec", "build", "plant"])
    status = frames.verb_status(built("VERB")[1])
    assert status is not None and frames.verb_status(built("AUX")[1]) == status
    doc = parsed(nlp, ["a", "plant", "that", "opened"], [1, 1, 3, 1], ["det", "ROOT", "nsubj", "relcl"],
                 ["DET", "NOUN", "PRON", "AUX"], ["a", "plant", "that", "open"])
    assert frames.status_of(doc[1]).status == "operational"  # "a plant that opened", the verb tagged AUX


# -- denied facilities, owners, copular states, speakers of relative clauses -------------------------------------


def test_no_facility_denies_the_one_it_is_for(nlp):
    assert frames.denied(token(nlp("There is no money for a plant in Tula."), "plant")) is True


def test_no_event_noun_denies_no_facility_it_is_for(nlp):
    assert frames.denied(token(nlp("There is no plan for a plant in Tula."), "plant")) is False


def test_an_owner_is_the_possessor_without_the_facility(nlp):
    assert frames.owner(token(nlp("Rostec's plant in Tula was hit."), "plant")).text == "Rostec's"


def test_a_copula_with_a_noun_that_is_no_part_describes_nothing(nlp):
    assert frames._described(token(nlp("The plant is a ruin."), "is")) is None


def test_part_of_something_shows_the_copula_in_its_cue(nlp):
    assert frames._described(token(nlp("The plant is part of a wider expansion."), "is")) == Status("unknown",
                                                                                                   "is part")


def test_a_verb_beside_the_facility_verb_controls_nothing(nlp):
    assert frames.status_of(token(nlp("The plant remained silent after drones attacked it."), "plant")) is None


def test_a_facility_that_begins_building_things_operates(nlp):
    assert frames.status_of(token(nlp("The plant has begun building drones."), "plant")).status == "operational"


def test_the_relative_speaker_is_the_subject_of_a_copula(nlp):
    doc = nlp("The target is the plant, which it said makes drones.")
    assert frames._relative_speaker(token(doc, "said")).text == "target"


def test_a_pronoun_subject_and_no_organisation_give_no_relative_speaker(nlp):
    assert frames._relative_speaker(token(nlp("They listed the plant, which it said makes drones."), "said")) is None


def test_only_an_organisation_is_a_relative_speaker(nlp):
    doc = nlp("On Monday they listed the plant, which it said makes drones.")
    assert frames._relative_speaker(token(doc, "said")) is None


def test_a_noun_above_the_described_one_lends_no_subject(nlp):
    doc = parsed(nlp, ["Rostec", "lists", "plants", "which", "it", "said", "make", "drones"], [1, 1, 1, 6, 5, 2, 5, 6],
                 ["nsubj", "ROOT", "dobj", "nsubj", "nsubj", "relcl", "ccomp", "dobj"],
                 ["PROPN", "NOUN", "NOUN", "PRON", "PRON", "VERB", "VERB", "NOUN"],
                 ["Rostec", "list", "plant", "which", "it", "say", "make", "drone"])
    assert frames._relative_speaker(doc[5]) is None  # "lists" tagged a noun has no subject to lend


def test_an_organisation_just_before_the_noun_is_the_relative_speaker(nlp):
    from spacy.tokens import Span

    doc = parsed(nlp, ["They", "told", "Rostec", "plants", "which", "it", "said", "make", "drones"],
                 [1, 1, 1, 1, 7, 6, 3, 6, 7],
                 ["nsubj", "ROOT", "dative", "dobj", "nsubj", "nsubj", "relcl", "ccomp", "dobj"],
                 ["PRON", "VERB", "PROPN", "NOUN", "PRON", "PRON", "VERB", "VERB", "NOUN"],
                 ["they", "tell", "Rostec", "plant", "which", "it", "say", "make", "drone"])
    doc.ents = [Span(doc, 2, 3, label="ORG")]
    assert frames._relative_speaker(doc[6]).text == "Rostec"


@pytest.mark.parametrize("opening, name", [
    (["KYIV", ",", "Ukraine", ",", "May", "3", ",", "2024", ",", "Monday", "night"], "Nordhav officials"),
    (["KYIV", ",", "Ukraine", ",", "May", "3", ",", "2024", ",", "late", "Monday", "night"], None),
])
def test_a_dateline_of_up_to_twelve_words_is_no_part_of_a_name(nlp, opening, name):
    words = [*opening, "-", "Nordhav", "officials", "said"]
    head = len(words) - 2
    doc = parsed(nlp, words, [head] * (len(words) - 1) + [len(words) - 1], ["compound"] * (len(words) - 2)
                 + ["nsubj", "ROOT"], ["PROPN"] * (len(words) - 1) + ["VERB"])
    found = frames._name(doc[head])
    assert found == name if name else found.startswith("KYIV")  # a longer opening is read as part of the name


@pytest.mark.parametrize("text, source", [
    ("The ministry listed Volga Motors, which they said assembles drones at a plant in Kazan.", Source("ministry")),
    ("The ministry listed Volga Motors, which officials said assembles drones at a plant in Kazan.",
     Source("officials")),  # a relative clause with its own speaker keeps it
    ("They listed the plant, which it said makes drones.", Source(None, pronoun="it")),  # no one to name: "it"
])
def test_which_it_or_they_said_is_the_main_clauses_speaker(nlp, text, source):
    assert frames.source_of(nlp(text)[:]) == source


def test_frames_a_plant_misread_as_the_teller_is_the_object_of_the_verb_before_it():
    """"Drones struck the plant, ..., sources told X", parsed with the plant as the subject of "told": the verb
    right before the plant, which has no object of its own, is what happened to it."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = "Drones struck the plant , sources told reporters".split()
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 6, 3, 3, 1, 6],
              deps=["nsubj", "ROOT", "det", "nsubj", "punct", "conj", "ccomp", "dobj"],
              pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "NOUN"],
              tags=["NNS", "VBD", "DT", "NN", ",", "NNS", "VBD", "NNS"],
              lemmas=["drone", "strike", "the", "plant", ",", "source", "tell", "reporter"])
    assert frames.status_of(doc[3]) == Status("struck", "struck")
    # a verb with an object of its own ("what drones struck") did not do it to the plant
    words = "What drones struck the plant told reporters".split()
    doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 4, 5, 2, 5],
              deps=["dobj", "nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj"],
              pos=["PRON", "NOUN", "VERB", "DET", "NOUN", "VERB", "NOUN"],
              tags=["WP", "NNS", "VBD", "DT", "NN", "VBD", "NNS"],
              lemmas=["what", "drone", "strike", "the", "plant", "tell", "reporter"])
    assert frames.status_of(doc[4]) is None
