"""The rules that merge claims into facilities, one by one, on claims made by hand: which places hold which,
which claims may describe one plant, which status a facility shows, and what a facility record says."""

import dataclasses

import pytest

from pipeline import facilities
from pipeline.facilities import build_facility, contains, merge
from pipeline.records import Place
from tests.builders import KAZAN, MINSK, RUSSIA, TATARSTAN, article, claim

SITE = dataclasses.replace(KAZAN, name="Kazan Aviation Plant", level="site")
YELABUGA = dataclasses.replace(KAZAN, geonameid=468082, name="Yelabuga", lat=55.76, lon=52.04)
ARTICLES = {"a1": article("a1", published="2024-01-10"), "a2": article("a2", published="2024-06-01"),
            "a3": article("a3", published=None), "a4": article("a4", published="2022-06-01")}


@pytest.mark.parametrize("outer, inner, held", [
    (RUSSIA, TATARSTAN, True), (RUSSIA, KAZAN, True), (RUSSIA, RUSSIA, False), (RUSSIA, MINSK, False),
    (TATARSTAN, KAZAN, True), (TATARSTAN, SITE, True), (TATARSTAN, TATARSTAN, False), (TATARSTAN, MINSK, False),
    (KAZAN, SITE, False),  # a town does not "hold" its plant: the site is the same facility's better place
])
def test_facilities_which_places_hold_which(outer, inner, held):
    assert contains(outer, inner) is held


def test_facilities_a_district_holds_only_what_is_near_its_seat():
    """A second-level unit shares its region's code: "Wardha district" does not hold Nagpur, 75 km away."""
    district = Place(1272019, "Wardha", "region", "IN", "IN-MH", "Mahārāshtra", 20.74, 78.60, 0)
    state = Place(1264418, "Mahārāshtra", "region", "IN", "IN-MH", "Mahārāshtra", 19.07, 72.88, 0)
    nagpur = Place(1262180, "Nagpur", "city", "IN", "IN-MH", "Mahārāshtra", 21.15, 79.08, 2405665)
    hinganghat = Place(1269925, "Hinganghāt", "city", "IN", "IN-MH", "Mahārāshtra", 20.55, 78.84, 100000)
    assert not contains(district, nagpur) and contains(district, hinganghat) and contains(state, nagpur)


@pytest.mark.parametrize("other, together", [
    (claim("a2", KAZAN, kind="drone plant", products=("shahed drones",)), True),
    (claim("a2", KAZAN, kind="plant", products=()), True),  # family unknown
    (claim("a2", KAZAN, kind="shell plant", products=("artillery shells",)), False),
    (claim("a2", KAZAN, operators=("KP",)), False),
    (claim("a2", KAZAN, operators=("RU", "KP")), False),
    (claim("a2", KAZAN, operators=("KP", "IR")), True),
    (claim("a2", KAZAN, operators=()), True),
    (claim("a2", KAZAN, operators=("RU",)), True),  # the host state runs everything on its soil: no clash
])

def test_facilities_which_claims_at_one_place_are_one_facility(other, together):
    assert len(merge([claim("a1", KAZAN, operators=("RU", "IR")), other], ARTICLES)) == (1 if together else 2)


@pytest.mark.parametrize("kind, products", [("rdx plant", ("RDX",)), ("energetic material plant", ()),
                                             ("plant", ("HMX",))])
def test_facilities_rdx_hmx_and_energetic_materials_are_explosives(kind, products):
    """An RDX line and the gunpowder plant at one place are one explosives works; the drone plant there is
    another."""
    made = claim("a1", KAZAN, kind=kind, products=products)
    assert len(merge([made, claim("a1", KAZAN, kind="gunpowder plant", products=("gunpowder",))], ARTICLES)) == 1
    assert len(merge([made, claim("a1", KAZAN, kind="drone plant", products=("drones",))], ARTICLES)) == 2


def test_facilities_claims_that_share_one_of_their_product_families_are_one_plant():
    """"The propellant plant of Expal Munitions", then "the propellant site": one plant, of munitions and of
    propellant."""
    named = claim("a1", KAZAN, kind="propellant plant", products=("munitions", "propellants"))
    assert len(merge([named, claim("a1", KAZAN, kind="propellant site", products=("propellants",))], ARTICLES)) == 1


@pytest.mark.parametrize("coarse, fine, moves", [
    ("planned", "operational", True), ("under construction", "expanded", True), ("operational", "planned", False),
    ("unknown", "planned", True), ("operational", "unknown", True), ("struck", "struck", True),
])
def test_facilities_a_coarse_claim_joins_a_precise_one_of_a_later_or_same_stage(coarse, fine, moves):
    moved = facilities.refine_within_article([claim("a1", TATARSTAN, coarse), claim("a1", KAZAN, fine)])[0]
    assert (moved.place, moved.precision, moved.surface) == ((KAZAN, "city", "Kazan") if moves else
                                                             (TATARSTAN, "region", "Tatarstan"))


@pytest.mark.parametrize("plan, standing, moves", [
    ("A new drone factory will be built in Russia.", "The minister toured the drone factory in Kazan.", False),
    ("A new drone factory will be built in Russia.", "A new drone factory will open in Kazan.", True),
    ("A drone factory will be built in Russia.", "The minister toured the drone factory in Kazan.", True),
])
def test_facilities_a_new_plant_to_come_is_not_one_that_stands_unless_the_precise_one_is_new(plan, standing, moves):
    """"A new factory will be built in Russia" and "the minister toured the Kazan factory" are two plants."""
    coarse = claim("a1", RUSSIA, "planned", evidence=plan)
    fine = claim("a1", KAZAN, "operational", evidence=standing)
    assert (facilities.refine_within_article([coarse, fine])[0].place == KAZAN) is moves


@pytest.mark.parametrize("coarse_said, moves", [
    ("Russia is expanding the Kama Tool Works, analysts said.", True),
    ("Russia is expanding the Volga Tool Works, analysts said.", False),  # another plant's name
    ("Russia is expanding its shell plants, analysts said.", False),  # no name: a shell plant is no drone plant
])
def test_facilities_a_coarse_claim_naming_a_plant_joins_where_the_article_puts_that_plant(coarse_said, moves):
    named = claim("a1", KAZAN, "operational", evidence="The Kama Tool Works in Kazan makes drones.")
    coarse = claim("a1", RUSSIA, "expanded", kind="shell plant", products=("shells",), evidence=coarse_said)
    assert (facilities.refine_within_article([coarse, named])[0].place == KAZAN) is moves


def test_facilities_claims_of_one_article_naming_one_plant_are_one_plant_whatever_it_makes():
    drones = claim("a1", KAZAN, evidence="The Kama Tool Works in Kazan makes drones.")
    shells = claim("a1", KAZAN, kind="shell plant", products=("shells",), evidence="The Kama Tool Works makes shells.")
    other = claim("a1", KAZAN, kind="shell plant", products=("shells",), evidence="The Volga Works makes shells.")
    assert len(merge([drones, shells], ARTICLES)) == 1
    assert len(merge([drones, other], ARTICLES)) == 2


@pytest.mark.parametrize("text, names", [
    ("The Kama Tool Works in Kazan makes drones.", {"kama tool works"}),
    ("Drones hit the Taesong Machine Factory overnight.", {"taesong machine factory"}),
    ("The plant makes drones.", set()),
    ("Дроны атаковали завод «Кремний Эл» в Брянске.", {"кремний эл"}),
    ("Дрони атакували підприємство імені «Малишева».", {"малишева"}),
])
def test_facilities_plant_names_are_the_proper_names_a_text_gives_plants(text, names):
    assert facilities.plant_names(text) == names


def test_facilities_a_strike_takes_a_coarse_claim_only_of_its_own_product_family():
    plan = claim("a1", RUSSIA, "planned", kind="plant", products=("drones",))
    for struck, moves in ((claim("a1", KAZAN, "struck", kind="shell plant", products=("shells",)), False),
                          (claim("a1", KAZAN, "struck", kind="drone plant", products=("drones",)), True),
                          (claim("a1", KAZAN, "struck", kind="plant", products=()), False)):
        assert (facilities.refine_within_article([plan, struck])[0].place == KAZAN) is moves


def test_facilities_a_struck_region_joins_the_plant_of_its_product_family_described_in_its_town():
    """"A missile plant in Tatarstan was hit ... The Kazan bureau makes missiles": the plant hit, told of."""
    hit = claim("a1", TATARSTAN, "struck", kind="missile plant", products=("missiles",))
    for described, moves in ((claim("a1", KAZAN, "operational", kind="plant", products=("missiles",)), True),
                             (claim("a1", KAZAN, "operational", kind="plant", products=()), False),
                             (claim("a1", KAZAN, "planned", kind="plant", products=("missiles",)), False),
                             (claim("a1", KAZAN, "closed", kind="plant", products=("missiles",)), True)):
        assert (facilities.refine_within_article([hit, described])[0].place == KAZAN) is moves


def test_facilities_a_struck_region_joins_a_plant_struck_in_its_town_whatever_it_makes():
    hit = claim("a1", TATARSTAN, "struck", kind="plant", products=())
    assert facilities.refine_within_article([hit, claim("a1", KAZAN, "struck")])[0].place == KAZAN


def test_facilities_a_coarse_claim_goes_to_the_most_precise_place_and_stays_in_its_article():
    claims = [claim("a1", TATARSTAN, "planned"), claim("a1", KAZAN), claim("a1", SITE), claim("a2", YELABUGA)]
    refined = facilities.refine_within_article(claims)
    assert [c.place.name for c in refined] == ["Kazan Aviation Plant"] * 3 + ["Yelabuga"]
    assert facilities.refine_within_article([claim("a1", TATARSTAN), claim("a2", KAZAN)])[0].place == TATARSTAN


def test_facilities_a_sentence_that_puts_plants_in_two_places_tells_of_two():
    """"The Kazan Gear Works and the Russian Alloy Plant": the country's claim is another plant, not Kazan's."""
    said = "The Kazan Gear Works and the Russian Alloy Plant make drones."
    claims = [claim("a1", KAZAN, evidence=said), claim("a1", RUSSIA, evidence=said)]
    assert [c.place.name for c in facilities.refine_within_article(claims)] == ["Kazan", "Russia"]


def test_facilities_a_coarse_claim_naming_more_than_the_plant_makes_is_more_than_the_plant():
    """"Drone and gunpowder lines in Russia" are more than "the gunpowder plant in Kazan"; "gunpowder lines in
    Russia" may be it."""
    powder = claim("a1", KAZAN, kind="gunpowder plant", products=("gunpowder",))
    more = claim("a1", RUSSIA, "planned", kind="production line", products=("drones", "gunpowder"))
    same = claim("a1", RUSSIA, "planned", kind="production line", products=("gunpowder",))
    assert [c.place.name for c in facilities.refine_within_article([more, powder])] == ["Russia", "Kazan"]
    assert [c.place.name for c in facilities.refine_within_article([same, powder])] == ["Kazan", "Kazan"]


def test_facilities_status_is_the_first_stated_of_the_latest_report():
    claims = [claim("a2", KAZAN, "expanded"), claim("a1", KAZAN, "struck"), claim("a2", KAZAN, "unknown")]
    claims[0].evidence_start, claims[2].evidence_start = 50, 10
    claims.append(dataclasses.replace(claims[0], status="operational", evidence_start=80))
    assert facilities.latest_status(claims, ARTICLES) == "expanded"
    assert facilities.latest_status([claim("a3", KAZAN, "planned"), claim("a1", KAZAN, "struck")],
                                    ARTICLES) == "struck"  # an undated report is the oldest
    # a plant named with nothing said of it is a working plant; its claim still says "unknown"
    assert facilities.latest_status([claim(status="unknown")], ARTICLES) == "operational"


def test_facilities_record_sums_up_its_claims():
    claims = [claim("a2", KAZAN, "operational", kind="drone plant", products=("drones", "engines")),
              claim("a1", KAZAN, "struck", kind="drone factory", products=("engines", "shahed drones"),
                    operators=("RU", "IR")),
              claim("a3", KAZAN, "planned", kind="drone factory", date="2023-05")]
    f = build_facility(claims, ARTICLES)
    assert (f.name, f.kind, f.products, f.operators, f.status) == (
        "Drone factory (Kazan)", "drone factory", ["drones", "engines", "shahed drones"], ["RU", "IR"], "operational")
    assert (f.first_reported, f.last_reported, f.sources, f.place, f.precision) == (
        "2023-05", "2024-06-01", 3, KAZAN, "city")
    assert (f.nearest_nato, round(f.nato_distance_km)) == ("FI", 1262)
    assert len(f.id) == 12 and f.id == build_facility(list(claims), ARTICLES).id
    assert f.id != build_facility(claims[1:], ARTICLES).id


@pytest.mark.parametrize("place, name", [(RUSSIA, "Drone factory (Russia, site not reported)"),
                                         (TATARSTAN, "Drone factory (Tatarstan)")])
def test_facilities_without_a_site_have_no_distance_to_nato(place, name):
    f = build_facility([claim("a1", place)], ARTICLES)
    assert (f.name, f.nearest_nato, f.nato_distance_km) == (name, None, None)


def test_facilities_undated_claims_give_no_period():
    f = build_facility([claim("a3", KAZAN)], ARTICLES)
    assert (f.first_reported, f.last_reported) == (None, None)


@pytest.mark.parametrize("place, key", [
    (KAZAN, (551487, "city", "")),  # a town: its GeoNames id, however the article spells it
    (SITE, (551487, "site", "Kazan Aviation Plant")),  # a site shares its town's id: its name tells it apart
    (dataclasses.replace(KAZAN, geonameid=None, name="Depot 7"), (None, "city", "Depot 7")),  # an analyst's place
])
def test_facilities_where_a_facility_is(place, key):
    assert facilities.place_key(place) == key


def test_facilities_two_sites_in_one_town_are_two_facilities_and_apart_from_the_town():
    other = dataclasses.replace(SITE, name="Kazan Powder Works")
    assert len(merge([claim("a1", SITE), claim("a2", other), claim("a3", KAZAN)], ARTICLES)) == 3
    assert len(merge([claim("a1", KAZAN, surface="Казань"), claim("a2", KAZAN, surface="Kasan")], ARTICLES)) == 1


def test_facilities_a_town_claim_joins_the_one_site_its_article_names_in_that_town():
    """"The Kazan Aviation Plant was hit" then "explosions in Kazan": one plant; with two sites named, or a
    plant of another kind, the town's claim stays apart."""
    [joined] = merge([claim("a2", SITE, status="struck"), claim("a2", KAZAN, status="unknown")], ARTICLES)
    assert joined.place.name == "Kazan Aviation Plant" and len(joined.claims) == 2
    other = dataclasses.replace(SITE, name="Kazan Powder Works")
    assert len(merge([claim("a2", SITE), claim("a2", other), claim("a2", KAZAN)], ARTICLES)) == 3
    shells = claim("a2", KAZAN, kind="shell plant", products=("artillery shells",))
    assert len(merge([claim("a2", SITE, kind="drone plant", products=("drones",)), shells], ARTICLES)) == 2


def test_facilities_nato_is_measured_as_it_was_at_the_last_report():
    then = build_facility([claim("a4", KAZAN)], ARTICLES)  # June 2022: Finland not yet a member
    assert (then.nearest_nato, round(then.nato_distance_km)) == ("LV", 1300)


def test_facilities_a_claim_whose_article_is_gone_is_dated_by_its_event():
    f = build_facility([claim("gone", KAZAN, date="2022-01")], ARTICLES)
    assert (f.first_reported, f.last_reported) == ("2022-01", "2022-01")


def test_facilities_a_report_that_a_working_plant_grew_says_it_expanded():
    works = claim("a2", KAZAN, "operational")
    grew = dataclasses.replace(works, status="expanded", evidence_start=works.evidence_start + 40)
    planned = dataclasses.replace(works, status="planned", evidence_start=works.evidence_start + 80)
    assert facilities.latest_status([works, grew], ARTICLES) == "expanded"
    assert facilities.latest_status([works, planned], ARTICLES) == "operational"  # only growth refines it
    older = dataclasses.replace(grew, article_id="a1")
    assert facilities.latest_status([works, older], ARTICLES) == "operational"  # of the latest report only


def test_facilities_a_report_that_a_working_plant_will_make_something_else_says_it_is_converting():
    works = claim("a2", KAZAN, "operational")
    switches = dataclasses.replace(works, status="converting", evidence_start=works.evidence_start + 40)
    assert facilities.latest_status([works, switches], ARTICLES) == "converting"


def test_facilities_kind_is_the_most_said_a_general_kind_counting_for_a_precise_one():
    headline, body = claim(kind="drone plant"), claim(kind="drone assembly plant")
    assert build_facility([headline, body, claim(kind="drone plant")], ARTICLES).kind == "drone assembly plant"
    shells = [claim(kind="shell plant"), claim(kind="artillery shell plant")]
    assert build_facility([*shells, body, claim(kind="drone plant")], ARTICLES).kind == "artillery shell plant"
    assert build_facility([claim(kind="shell plant"), *shells, body], ARTICLES).kind == "artillery shell plant"
    assert build_facility([claim(kind="plant"), claim(kind="depot")], ARTICLES).kind == "plant"  # equals: the first


def test_facilities_output_still_to_come_at_a_plant_that_works_is_a_working_plant():
    works = claim("a2", KAZAN, "operational", kind="missile factory")
    to_come = dataclasses.replace(works, status="planned", kind="missile production",
                                  evidence_start=works.evidence_start - 40)
    assert facilities.latest_status([to_come, works], ARTICLES) == "operational"
    # so is what the plant "will make" once at full capacity, where the report says it opened
    will_make = dataclasses.replace(to_come, kind="missile factory", status_cue="will make")
    assert facilities.latest_status([will_make, works], ARTICLES) == "operational"
    # but a plant still to be built is planned, whatever output the report foresees
    new_plant = dataclasses.replace(to_come, kind="missile factory", status_cue="will be built")
    assert facilities.latest_status([new_plant, works], ARTICLES) == "planned"
