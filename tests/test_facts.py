"""Facts from sentences written for these tests: where, what, status, capacity, who, when, who says so."""

import pytest

from pipeline.facts import find_capacity, find_event_date, find_status


def only(claims):
    assert len(claims) == 1, [(c.place.name, c.evidence) for c in claims]
    return claims[0]


def test_facts_place_after_preposition_with_chain(analyse_text):
    _, claims = analyse_text("Serbia opened a new artillery shell factory in Kragujevac, Serbia, in June 2023.")
    claim = only(claims)
    assert claim.place.name == "Kragujevac" and claim.precision == "city"
    assert claim.status == "operational" and claim.event_date == "2023-06"
    assert "shells" in claim.products and "factory" in claim.kind


def test_facts_meeting_place_is_not_the_facility_place(analyse_text):
    text = ("At a defence fair in Warsaw on Tuesday, Polish officials said a missile plant would be built "
            "in Poland.")
    _, claims = analyse_text(text, published="2024-05-10")
    claim = only(claims)
    assert claim.place.level == "country" and claim.place.country_code == "PL"


def test_facts_coordinated_places_each_get_a_claim(analyse_text):
    _, claims = analyse_text("The company is building drone production lines in Latvia and Estonia.")
    assert sorted(c.place.country_code for c in claims) == ["EE", "LV"]
    assert {c.status for c in claims} == {"under construction"}


def test_facts_strike_and_attribution(analyse_text):
    text = "Ukraine claimed that its drones struck an explosives plant in Chapayevsk overnight."
    _, claims = analyse_text(text)
    claim = only(claims)
    assert claim.status == "struck" and claim.attribution == "Ukraine" and claim.place.name == "Chapayevsk"


def test_facts_capacity_after_the_facility(analyse_text):
    _, claims = analyse_text("Turkey plans to build a factory in Ankara that can make up to 2,500 drones a year.")
    claim = only(claims)
    assert claim.capacity.number == 2500 and claim.capacity.unit == "drones" and claim.capacity.period == "year"
    assert claim.status == "planned"


def test_facts_following_sentence_continues_the_facility(analyse_text):
    text = ("A Russian firm will build an ammunition plant in Kazan. The plant would produce 40,000 shells "
            "yearly, officials said.")
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == ["Kazan", "Kazan"]
    assert claims[1].capacity.number == 40000 and claims[1].attribution == "officials"


def test_facts_demonym_operators_and_host(analyse_text):
    _, claims = analyse_text("Iranian engineers are constructing a drone factory in Homiel, Belarus.")
    claim = only(claims)
    assert claim.operators == ["IR", "BY"] and claim.place.geonameid == 627907


def test_facts_company_home_state_is_the_operator_not_the_host(analyse_text):
    _, claims = analyse_text("Estonian drone maker Tuulelohe opened a new factory in Ukraine in 2023.")
    assert only(claims).operators == ["EE"]


def test_facts_sentences_without_a_facility_make_no_claim(analyse_text):
    text = ("Russia said it can build 1.4 million drones a year. Drone attacks hit Kyiv overnight. "
            "Oil and gas facilities in Samara were damaged.")
    assert analyse_text(text)[1] == []


@pytest.mark.parametrize("sentence, status", [
    ("The plant was struck by drones.", "struck"),
    ("The factory was closed in 2019.", "closed"),
    ("Officials said the site could host a drone plant.", "proposed"),
    ("Engineers are converting the tractor works into a shell factory.", "converting"),
    ("The new plant is under construction.", "under construction"),
    ("The company plans to open the factory next year.", "planned"),
    ("The factory expanded its output.", "expanded"),
    ("The factory produces 155 mm shells.", "operational"),
    ("The factory is mentioned.", "unknown"),
])
def test_facts_status_from_cue_words_when_the_parse_says_nothing(sentence, status):
    assert find_status(sentence) == status


@pytest.mark.parametrize("sentence, published, date", [
    ("It opened in May 2022.", "2023-08-02", "2022-05"),
    ("It opened on 14 May 2022.", None, "2022-05-14"),
    ("It opened on May 14, 2022.", None, "2022-05-14"),
    ("Belarus said on Thursday it would host it.", "2025-03-06", "2025-03-06"),
    ("Belarus said on Monday it would host it.", "2025-03-06", "2025-03-03"),
    ("It was hit in September.", "2025-03-06", "2024-09"),
    ("It will open in September.", "2025-03-06", "2025-09"),
    ("It opened last year.", "2025-03-06", "2024"),
    ("It opened in 2021.", None, "2021"),
    ("No date here.", "2025-03-06", None),
    ("It opened on Sept. 5, 2024.", None, "2024-09-05"),
    ("It opened in Dec. 2021.", None, "2021-12"),
    ("Work began in the summer of 2023.", None, "2023"),
    ("It was hit last week.", "2025-01-06", "2024-12"),
    ("It was hit two days ago.", "2025-01-06", "2025-01-04"),
    ("It opened three months ago.", "2025-01-06", "2024-10"),
    ("It closed last month.", "2025-01-06", "2024-12"),
    ("It was hit yesterday.", "2025-01-01", "2024-12-31"),
    ("It opened on 5th June 2021.", None, "2021-06"),  # the day written so is not read; its month is
    ("It opened on June 5th, 2021.", None, "2021-06-05"),
    ("It was hit on 31 September 2024.", None, "2024-09"),  # no such day: its month stands
    ("It closed in August, 2019.", None, "2019-08"),
])
def test_facts_event_dates(sentence, published, date):
    assert find_event_date(sentence, published) == date


def test_facts_capacity_parsing():
    cap = find_capacity("a plant able to make 1.5 million shells annually", 7)
    assert (cap.number, cap.unit, cap.period) == (1_500_000, "shells", "year")
    assert find_capacity("they made 300 drones before the plant opened", 30) is None


def test_facts_a_place_naming_a_later_facility_noun_belongs_to_it(analyse_text):
    """"identified the site as the Orsk shell plant": Orsk names the plant, not the site."""
    _, claims = analyse_text("Investigators identified the burning site as the Orsk shell plant.")
    claim = only(claims)
    assert claim.place.name == "Orsk" and claim.kind == "shell plant"


def test_facts_a_place_inside_a_fronted_country_locates_the_plant(analyse_text):
    """"In Finland, ... near Lapua": the town narrows the country named first."""
    _, claims = analyse_text("In Finland, a new explosives plant near Lapua is being built by a state company.")
    claim = only(claims)
    assert claim.place.name == "Lapua" and claim.status == "under construction"


def test_facts_a_fact_check_rating_a_claim_false_reports_no_facility(analyse_text):
    text = ("**Claim:** Belarus has opened a missile factory in Valencia, Venezuela.\n\n**Verdict: False**\n\n"
            "A viral post said the missile factory in Valencia is already running. Venezuela does operate an "
            "ammunition plant in Maracay, the ministry said.")
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == ["Maracay"]
    _, unchecked = analyse_text(text.replace("False", "True"))
    assert "Valencia" in {c.place.name for c in unchecked}


def test_facts_defence_companies_and_armed_forces_make_an_article_about_arms(analyse_text):
    """A plant with no product named counts where the story names defence companies and armed forces."""
    text = ("Hanwha Aerospace and Rheinmetall both bid for the army's order. The winner will expand its main "
            "land systems plant in Changwon.")
    assert only(analyse_text(text)[1]).place.name == "Changwon"
    assert analyse_text("The winner will expand its main land systems plant in Changwon.")[1] == []


def test_facts_a_plan_that_officials_dismiss_is_no_facility(analyse_text):
    text = ('The ministry dismissed as "nonsense" a report that a missile factory was planned near Sopron. '
            "Officials denied reports that a shell plant in Tula had been struck.")
    assert [c.place.name for c in analyse_text(text)[1]] == ["Tula"]  # a denied strike is still reported
    assert analyse_text('A report said a missile factory was planned near Sopron.')[1]


def test_facts_a_place_naming_a_bare_plant_keeps_the_qualified_noun_before_it(analyse_text):
    """"the second production line at its Scranton plant": the line says what is made, the plant does not."""
    _, claims = analyse_text("The army says the second production line at its Scranton plant, where 155mm shells "
                             "are forged, went into service in May.")
    assert only(claims).place.name == "Scranton" and "line" in only(claims).kind


def test_facts_the_edge_of_a_town_locates_a_plant_and_a_distance_from_a_city_does_not(analyse_text):
    text = ("Czech explosives maker Explosia opened a new nitrocellulose line at its site in Semtín, on the "
            "western edge of Pardubice, about 100 km east of Prague.")
    assert only(analyse_text(text)[1]).place.name == "Pardubice"
