"""Merging claims into facilities, on claims made by hand."""

from dataclasses import replace

import pytest

from pipeline.facilities import _years_before, merge
from pipeline.records import Article, Claim, Place

KAZAN = Place(551487, "Kazan", "city", "RU", "RU-TA", "Tatarstan", 55.79, 49.12, 1_000_000)
RUSSIA = Place(2017370, "Russia", "country", "RU", "", "", 63.6, 94.5, 144_000_000)
TATARSTAN = Place(484048, "Tatarstan", "region", "RU", "RU-TA", "Tatarstan", 55.37, 50.74, 3_000_000)


def claim(article, place, status, operators=("RU",), kind="drone factory", products=("drones",)):
    return Claim(article, place, place.level, place.name, kind, list(products), status, None, list(operators),
                 None, None, f"{kind} in {place.name} is {status}.", 0, 10, 0.9)


ARTICLES = {a: Article(a, a, f"Wire {a}", "", date, "en", "", f"{a}.md")
            for a, date in (("a1", "2024-01-10"), ("a2", "2024-06-01"), ("a3", "2025-02-01"))}


def test_facilities_country_claim_moves_to_the_precise_place_of_a_later_stage():
    facilities = merge([claim("a1", RUSSIA, "planned"), claim("a1", KAZAN, "operational")], ARTICLES)
    assert len(facilities) == 1
    assert facilities[0].place == KAZAN and len(facilities[0].claims) == 2


def test_facilities_a_country_claim_of_converting_plants_joins_the_plant_to_make_the_new_product():
    facilities = merge([claim("a1", RUSSIA, "converting"), claim("a1", KAZAN, "planned")], ARTICLES)
    assert [(f.place, f.status) for f in facilities] == [(KAZAN, "converting")]


def test_facilities_a_new_plant_of_the_product_stays_apart_from_a_countrys_conversions():
    new = replace(claim("a1", KAZAN, "planned"), evidence="A new drone factory will be built in Kazan.")
    assert len(merge([claim("a1", RUSSIA, "converting"), new], ARTICLES)) == 2


def test_facilities_a_later_stage_at_country_level_stays_apart():
    facilities = merge([claim("a1", RUSSIA, "under construction"), claim("a1", KAZAN, "proposed")], ARTICLES)
    assert sorted(f.precision for f in facilities) == ["city", "country"]


def test_facilities_region_claim_moves_to_its_city():
    facilities = merge([claim("a1", TATARSTAN, "struck"), claim("a1", KAZAN, "struck")], ARTICLES)
    assert [f.place.name for f in facilities] == ["Kazan"]


def test_facilities_a_regions_growth_joins_the_plant_being_built_or_working_in_its_city():
    """"Expanding drone output in Tatarstan" is the new plant being built in Kazan, or the one working there; a
    gunpowder plant is not."""
    grows = claim("a1", TATARSTAN, "expanded")
    assert [f.place for f in merge([grows, claim("a1", KAZAN, "under construction")], ARTICLES)] == [KAZAN]
    gunpowder = claim("a1", KAZAN, "under construction", kind="gunpowder plant", products=["gunpowder"])
    assert len(merge([grows, gunpowder], ARTICLES)) == 2
    working = merge([claim("a1", KAZAN, "operational"), grows], ARTICLES)  # one plant, as its own news tells it
    assert [(f.place, f.status) for f in working] == [(KAZAN, "operational")]


def test_facilities_claims_at_one_known_site_are_one_plant_whatever_they_say_it_makes():
    site = Place(551487, "Kazan Gunpowder Plant", "site", "RU", "RU-TA", "Tatarstan", 55.85, 49.09, 0)
    shells = claim("a1", site, "operational", kind="factory", products=["shells"])
    powder = claim("a1", site, "operational", kind="factory", products=["gunpowder"])
    assert len(merge([shells, powder], ARTICLES)) == 1
    in_town = [replace(shells, place=KAZAN, evidence="A factory in Kazan makes shells."),
               replace(powder, place=KAZAN, evidence="A factory in Kazan makes gunpowder.")]
    assert len(merge(in_town, ARTICLES)) == 2


@pytest.mark.parametrize("told, date, then, status", [
    ("Kazan lost 3,000 jobs to plant closures between 1991 and 2001.", None, "expanded", "expanded"),  # background
    ("The plant closed in 2023 after a fire.", None, "expanded", "closed"),  # a year before the report: news
    ("The plant closed after a fire.", None, "expanded", "closed"),
    ("The plant, founded in 2010, shut down on Monday.", "2024-06-03", "expanded", "closed"),  # dated this week
    # what it made before it closed is no news after the closure; making shells again is
    ("The plant closed in 2019 for good.", "2019", "operational", "closed"),
])
def test_facilities_a_closure_years_before_the_report_is_background_to_later_news(told, date, then, status):
    """The report of June 2024 first tells of a closure, then of the plant."""
    closure = replace(claim("a2", KAZAN, "closed"), evidence=told, evidence_start=0, event_date=date)
    later = replace(claim("a2", KAZAN, then), evidence_start=100)
    assert [f.status for f in merge([closure, later], ARTICLES)] == [status]
    again = replace(later, status="operational", evidence="Under a new owner the plant makes shells again.")
    assert [f.status for f in merge([closure, again], ARTICLES)] == [
        "operational" if _years_before(closure, "2024-06-01") else "closed"]


def test_facilities_merge_across_articles_with_latest_status_and_sources():
    facilities = merge([claim("a1", KAZAN, "planned"), claim("a2", KAZAN, "under construction"),
                        claim("a3", KAZAN, "struck")], ARTICLES)
    (f,) = facilities
    assert f.status == "struck" and f.sources == 3
    assert (f.first_reported, f.last_reported) == ("2024-01-10", "2025-02-01")
    assert f.nearest_nato == "FI" and f.nato_distance_km > 1000


def test_facilities_different_products_or_operators_stay_apart():
    gunpowder = claim("a1", KAZAN, "operational", kind="gunpowder plant", products=["gunpowder"])
    iranian = claim("a2", KAZAN, "operational", operators=["IR"])
    turkish = claim("a2", KAZAN, "operational", operators=["TR"])
    assert len(merge([claim("a1", KAZAN, "operational"), gunpowder], ARTICLES)) == 2
    assert len(merge([iranian, turkish], ARTICLES)) == 2


def test_facilities_a_claim_joins_only_a_facility_all_of_whose_claims_agree_with_it():
    """The first claims say neither operator nor product; a later one says Iran and drones. A claim of Turkey, or
    of gunpowder, agrees with the first ones but not with that one: it is another facility."""
    unsaid = [claim(a, KAZAN, "operational", operators=(), kind="factory", products=()) for a in ("a1", "a2")]
    iranian_drones = claim("a2", KAZAN, "operational", operators=["IR"])
    turkish = claim("a3", KAZAN, "operational", operators=["TR"], kind="factory", products=())
    gunpowder = claim("a3", KAZAN, "operational", operators=(), kind="gunpowder plant", products=["gunpowder"])
    for other in (turkish, gunpowder):
        facilities = merge([*unsaid, iranian_drones, *[other] * 3], ARTICLES)
        assert [len(f.claims) for f in facilities] == [3, 3]
        assert facilities[1].claims == [other] * 3


def test_facilities_a_coarse_plan_does_not_join_a_struck_plant_of_another_kind(analyse_text):
    from pipeline.facilities import merge
    from pipeline.records import Article

    text = ("Skyforge, the maker of Kestrel drones and Harrier drones, is now building a drone plant in Ukraine, "
            "the firm said. Separately, the company's workshops in Kharkiv were hit by Russian missiles.")
    _, claims = analyse_text(text)
    facilities = merge(claims, {"test": Article("test", "t", "p", "", "2024-05-10", "en", text, "x.md")})
    assert sorted((f.place.name, f.status) for f in facilities) == [("Kharkiv", "struck"),
                                                                     ("Ukraine", "under construction")]


def test_facilities_what_is_stated_outweighs_what_was_alleged_first():
    from dataclasses import replace

    alleged = claim("a1", KAZAN, "struck")
    alleged = replace(alleged, evidence="Drones allegedly hit the drone factory in Kazan.")
    stated = replace(claim("a1", KAZAN, "operational"), evidence_start=50)
    assert [f.status for f in merge([alleged, stated], ARTICLES)] == ["operational"]
    assert [f.status for f in merge([alleged], ARTICLES)] == ["struck"]  # alleged, and nothing else said


@pytest.mark.parametrize("text, expected", [
    # the plant a region's opening told of is the one its town is expected to make shells in
    ("The army opened a new shell plant in Texas on Tuesday.\n\nThe new plant in Mesquite is expected to produce "
     "20,000 shells a month.", [("Mesquite", "operational")]),
    # a plant that works in the region may be another than the new one
    ("The army runs a shell plant in Texas.\n\nThe new plant in Mesquite is expected to produce 20,000 shells a "
     "month.", [("Mesquite", "planned"), ("Texas", "operational")]),
    # the dateline says where the story was filed; the plant is in the one town the story names for it
    ("OSLO (Reuters) - Norway's defence ministry aims to restart ammunition production after a 40-year gap.\n\n"
     "The ministry agreed to buy back the plant in Raufoss.", [("Raufoss", "planned")]),
    # a plant the first sentence names in the dateline's town is there
    ("Oslo, May 3 (Reuters) - Nammo plans to build a new shell factory in Oslo.\n\nIts other shell plant in Raufoss, "
     "Norway, is being expanded.", [("Oslo", "planned"), ("Raufoss", "expanded")]),
    # a yard building warships is no ammunition plant
    ("OSLO (Reuters) - Norway's defence ministry aims to restart ammunition production.\n\nSeparately, a shipyard "
     "in Bergen began building a frigate.", [("Bergen", "operational"), ("Oslo", "planned")]),
])
def test_facilities_a_coarse_or_filed_from_place_joins_the_town_the_story_gives_the_plant(analyse_text, text,
                                                                                         expected):
    from pipeline.records import Article

    _, claims = analyse_text(text)
    facilities = merge(claims, {"test": Article("test", "t", "p", "", "2024-05-10", "en", text, "x.md")})
    assert sorted((f.place.name, f.status) for f in facilities) == expected


def test_facilities_a_closed_plant_to_be_converted_is_converting(analyse_text):
    """The car plant's closure is background to the news: a weapons factory to be made of it."""
    text = ("The defence minister will visit the former car factory in Forest with arms makers next week.\n\nThe "
            "plan to convert the site into a weapons factory was launched on his second day in office.")
    _, claims = analyse_text(text)
    assert [f.status for f in merge(claims, {})] == ["converting"]
