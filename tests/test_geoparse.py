"""Geoparse on sentences written for these tests: places found, resolved in context, metonymy kept apart."""

import pytest

from pipeline.geoparse import is_metonymy


def places(geoparser, text):
    _, mentions = geoparser.parse("t", text)
    return {m.surface: m for m in mentions}


def test_geoparse_chain_resolves_a_misspelling_in_its_region(geoparser):
    found = places(geoparser, "Engineers were seen at a warehouse in Yelabuz, Tatarstan, Russia, last winter.")
    assert found["Yelabuz"].place.geonameid == 468082 and found["Yelabuz"].method == "fuzzy"
    assert found["Tatarstan"].place.level == "region" and found["Russia"].place.level == "country"


@pytest.mark.parametrize("text, surface, country", [
    ("The rest of the frigates will be built at the Henderson shipyard in Western Australia.", "Henderson", None),
    ("A drone factory will open at the Henderson plant in Nevada.", "Henderson", "US"),
])
def test_geoparse_a_plant_in_a_region_puts_the_town_naming_it_in_that_region(geoparser, text, surface, country):
    """A town that names a plant said to be in a region is that region's town, or no place when the region has
    no town of that name (Henderson, Western Australia, is no city in the gazetteer; the US has several)."""
    found = places(geoparser, text).get(surface)
    assert (found.place.country_code if found else None) == country
    if found:
        assert found.place.region_code == "US-NV"


def test_geoparse_a_name_chained_to_a_region_is_no_namesake_of_another_country(geoparser):
    found = places(geoparser, "Engineers were seen in Henderson, Tambov region, last winter.")
    assert "Henderson" not in found and found["Tambov region"].place.region_code == "RU-TAM"


def test_geoparse_a_name_chained_to_a_region_is_no_namesake_far_from_it_in_the_same_country(geoparser):
    found = places(geoparser, "The Army will build a TNT plant in Graham, Kentucky.")  # Graham, Kentucky: no city
    assert "Graham" not in found and found["Kentucky"].place.region_code == "US-KY"
    found = places(geoparser, "The Army will build a TNT plant in Graham, Washington.")
    assert found["Graham"].place.region_code == "US-WA"


def test_geoparse_a_town_in_a_british_county_is_read_in_it(geoparser):
    found = places(geoparser, "BAE will shut its sites at Guildford in Surrey and Barrow in Cumbria.")
    assert (found["Surrey"].place.country_code, found["Surrey"].place.level) == ("GB", "region")
    assert found["Cumbria"].place.country_code == "GB" and found["Guildford"].place.country_code == "GB"


def test_geoparse_a_small_town_untagged_is_read_in_the_region_after_it(geoparser):
    """"Victoria" reads first as Hong Kong's; its Australian reading holds Benalla, which the model did not tag."""
    found = places(geoparser, "Thales makes explosives in Mulwala in New South Wales and Benalla in Victoria.")
    assert found["Benalla"].place.country_code == "AU" and found["Victoria"].place.country_code == "AU"


@pytest.mark.parametrize("text", [
    "Machinists at the jet plants in Peoria, Ill., and St. Charles and St. Louis, Mo., went on strike.",
    "Machinists at the jet plants in Peoria, Ill., and St. Charles and St. Louis, Mo.–among them welders–struck.",
])
def test_geoparse_two_towns_a_state_follows_are_both_in_it(geoparser, text):
    found = places(geoparser, text)
    assert [found[t].place.region_code for t in ("Peoria", "St. Charles", "St. Louis")] == ["US-IL", "US-MO", "US-MO"]


@pytest.mark.parametrize("text, expected", [
    ("Minister Alexander Kamyshin signed the deal. The plant will make armoured vehicles, according to Kamyshin.", []),
    ("Minister Alexander Kamyshin signed the deal. The plant will be built in Kamyshin.", ["Kamyshin"]),
])
def test_geoparse_the_surname_of_a_person_named_in_full_is_no_town(geoparser, text, expected):
    assert list(places(geoparser, text)) == expected


def test_geoparse_a_region_that_is_one_town_is_that_town(geoparser):
    """Taiwan's Chiayi is a county and a city with a region's rank; the bare name is the city."""
    found = places(geoparser, "Taiwan will build a drone plant in Chiayi, officials said.")["Chiayi"].place
    assert (found.name, found.level) == ("Chiayi City", "city")


@pytest.mark.parametrize("text", [
    "President Aliyev of Azerbaijan opened an ammunition plant in the city of Shirvan.",
    "Azerbaijan's president opened an ammunition plant in Shirvan.",
    "The ammunition plant opened in Shirvan, Azerbaijan.",
])
def test_geoparse_a_town_of_the_articles_country_spelt_otherwise_beats_a_namesake_abroad(geoparser, text):
    """"Shirvan" is Iran's Shīrvān letter for letter, but Azerbaijan's Şirvan (a town with a region's rank) in a
    story of Azerbaijan."""
    found = places(geoparser, text)["Shirvan"].place
    assert (found.country_code, found.level) == ("AZ", "city")


def test_geoparse_a_chain_may_say_which_part_of_the_region(geoparser):
    """"Henderson in western Australia" is no town in Nevada: the direction word does not break the chain."""
    found = places(geoparser, "A shipyard operates in Henderson in western Australia.")
    assert found.get("Henderson") is None or found["Henderson"].place.country_code == "AU"


def test_geoparse_names_before_a_plural_region_word_are_regions_whatever_the_model_took_them_for(geoparser):
    """The model takes "Nizhny Novgorod" for a people here; before "regions" it is a region all the same."""
    found = places(geoparser, "The governors of the Penza and Nizhny Novgorod regions met on Monday.")
    assert {surface: m.place.name for surface, m in found.items()} == {
        "Penza": "Penzenskaya oblast'", "Nizhny Novgorod": "Nizhegorodskaya oblast'"}


@pytest.mark.parametrize("text", [
    # "other" and "two border" are no names: the towns are towns
    "Drones struck defence plants in Yelabuga, Tambov and other regions.",
    "Drones hit an ammunition plant in Tambov, and two border regions reported power cuts.",
])
def test_geoparse_towns_before_a_region_word_with_no_names_stay_towns(geoparser, text):
    assert {m.place.level for m in places(geoparser, text).values()} == {"city"}


@pytest.mark.parametrize("text, regions", [
    ("Drones damaged depots in the Sumy, Kharkiv, and Poltava regions.",
     {"Sumy": "UA-59", "Kharkiv": "UA-63", "Poltava": "UA-53"}),
    ("Drones damaged depots in the Sumy, Kharkiv and Poltava regions.",
     {"Sumy": "UA-59", "Kharkiv": "UA-63", "Poltava": "UA-53"}),
])
def test_geoparse_a_list_before_a_plural_region_word_is_of_regions(geoparser, text, regions):
    found = places(geoparser, text)
    assert {s: (m.place.level, m.place.region_code) for s, m in found.items()} == {
        s: ("region", code) for s, code in regions.items()}


@pytest.mark.parametrize("text, surface, name", [
    # the model's town that no gazetteer row spells so: a sizeable town of the article's countries spelled near it
    ("Iranian media said the drone factory in Esfahaan was expanded.", "Esfahaan", "Isfahan"),
    # not a small town, nor one spelled far from it
    ("Russian media said the drone factory in Kotovskk was expanded.", "Kotovskk", None),
    ("Russian media said the drone factory in Izhmarovsk was expanded.", "Izhmarovsk", None),
    # a respelled name the model takes for a person, read as a town where "at" or "in" places it
    ("Iran assembles rockets at Semnan and at Shahroud.", "Shahroud", "Shahrud"),
    ("Iran assembles rockets in Qazvin and in Shahroud.", "Shahroud", "Shahrud"),
    ("Iran's envoy met Shahroud's governor on Monday.", "Shahroud", None),
    ("Iran's rockets were shown at Semnany's request.", "Semnany", None),  # a person's, after "at"
])
def test_geoparse_a_town_spelled_otherwise_is_a_sizeable_town_of_the_article(geoparser, text, surface, name):
    found = places(geoparser, text).get(surface)
    assert (found.place.name if found else None) == name


def test_geoparse_a_common_word_where_a_plant_is_is_a_town_of_the_articles_country(geoparser):
    found = places(geoparser, "The Dutch army makes drones at its plant in Born. The Netherlands pays.")
    assert (found["Born"].place.name, found["Born"].place.country_code) == ("Born", "NL")
    assert "Born" not in places(geoparser, "The army makes drones at its plant in Born.")  # no country named


@pytest.mark.parametrize("text, name", [
    ("Pyongyang showed Hwasong series missiles at a plant in Kusong.", "Hwasong"),
    ("The yard in Severodvinsk launched a Kazan-class submarine.", "Kazan"),
    ("At the plant in Shiraz, Iran unveiled a cruise missile dubbed Bushehr.", "Bushehr"),
    ("At the plant in Shiraz, Iran unveiled a new missile, which is called the Bushehr.", "Bushehr"),
])
def test_geoparse_a_weapon_named_after_a_town_is_no_mention_of_it(geoparser, text, name):
    assert name not in places(geoparser, text)


def test_geoparse_series_production_in_a_town_is_in_it(geoparser):
    assert "Izhevsk" in places(geoparser, "The plant in Izhevsk series-produces Lancet drones.")
    assert "Izhevsk" in places(geoparser, "In Izhevsk series production of drones has begun.")


def test_geoparse_a_town_chained_to_its_country_is_its_sizeable_namesake_known_by_an_alias(geoparser):
    found = places(geoparser, "A plant at Newcastle, Britain's northern city, makes armoured vehicles.")
    assert found["Newcastle"].place.name == "Newcastle upon Tyne"


@pytest.mark.parametrize("town", ["Vereya", "Peresvet"])
def test_geoparse_what_has_a_vicinity_is_a_town_whatever_the_model_took_it_for(geoparser, town):
    """The model takes these small towns for a people or a person here: "the vicinity of" says they are places."""
    text = f"The strike caused several blasts in the vicinity of {town}, with fire crews sent to nearby villages."
    assert list(places(geoparser, text)) == [town]


@pytest.mark.parametrize("text, surface, region_code", [
    ("Missile engines are made in the Altai Republic and in Perm, Russia.", "Altai Republic", "RU-AL"),
    ("A gunpowder plant in the Altai Krai, Russia, was expanded.", "Altai Krai", "RU-ALT"),
])
def test_geoparse_the_kind_of_region_a_name_tells_decides_between_namesakes(geoparser, text, surface, region_code):
    assert places(geoparser, text)[surface].place.region_code == region_code


def test_geoparse_a_county_is_a_place_at_its_largest_town(geoparser):
    found = places(geoparser, "The company will build a drone factory in Pickaway County, Ohio.")["Pickaway County"]
    assert (found.place.level, found.place.region_code) == ("region", "US-OH")
    assert abs(found.place.lat - 39.6) < 0.1  # Circleville, its seat and largest town


@pytest.mark.parametrize("text, surface", [
    ("In Kharkiv, the company opened a drone plant.", "Kharkiv"),
    ("Near Bryansk, drones hit a plant overnight.", "Bryansk"),
])
def test_geoparse_a_preposition_opening_the_sentence_is_no_part_of_the_name(geoparser, text, surface):
    assert list(places(geoparser, text)) == [surface]


def test_geoparse_a_name_a_text_uses_for_a_known_site_names_it_wherever_it_stands(geoparser):
    text = "Rockets are assembled at the Artem plant in Kyiv. The Artem plant and its suppliers also repair engines."
    assert [m.place.name for m in geoparser.parse("t", text)[1] if m.surface == "Artem"] == [
        "Artem plant (Kyiv)", "Artem plant (Kyiv)"]
    text = "Rockets are assembled at the Artem plant in Kyiv. Artem lies in Primorye and has a port."
    assert [m.place.name for m in geoparser.parse("t", text)[1] if m.surface == "Artem"] == [
        "Artem plant (Kyiv)", "Artëm"]


def test_geoparse_a_known_sites_own_word_alone_after_its_full_name_is_the_site_again(geoparser):
    text = ("Photos show the Modarres military base in March. Work began at Modarres in May. The Kazan Gunpowder "
            "Plant is big. Kazan is a city.")
    found = [(m.surface, m.place.level) for m in geoparser.parse("t", text)[1]]
    assert found == [("Modarres military base", "site"), ("Modarres", "site"), ("Kazan Gunpowder Plant", "site"),
                     ("Kazan", "city")]  # a word that is a town's name stays the town


@pytest.mark.parametrize("text", [
    "Fire crews were called to the Khadki Ammunition Factory, near the city of Pune. The AFK employs 3,000 people.",
    "Fire crews were called to the Khadki Ammunition Factory in Pune. The AFK employs 3,000 people.",
])
def test_geoparse_a_known_site_the_text_puts_in_a_nearby_city_is_that_citys(geoparser, text):
    """The site list puts the Khadki factory in Khadki, a cantonment of Pune: a text that says "in Pune" gives the
    site Pune's id, in every mention; the city after the site stays the city, though a word of the site's name."""
    pune = next(m.place for m in geoparser.parse("t", "Pune is a city.")[1])
    mentions = geoparser.parse("t", text)[1]
    assert [(m.surface, m.place.level, m.place.geonameid) for m in mentions] == [
        ("Khadki Ammunition Factory", "site", pune.geonameid), ("Pune", "city", pune.geonameid),
        ("AFK", "site", pune.geonameid)]


@pytest.mark.parametrize("text, surface", [
    ("The president opened a new line at the Barutsan Rocket and Explosive Factory in the capital Ankara.",
     "Barutsan Rocket and Explosive Factory"),
])
def test_geoparse_a_known_site_a_text_puts_in_a_city_of_millions_close_by_is_that_citys(geoparser, text, surface):
    """The site list puts Barutsan in Elmadağ, some 30 km out of Ankara: a capital of millions reaches that far."""
    ankara = next(m.place for m in geoparser.parse("t", "Ankara is a city.")[1])
    assert places(geoparser, text)[surface].place.geonameid == ankara.geonameid


@pytest.mark.parametrize("text", [
    "Fire crews were called to the Khadki Ammunition Factory in Mumbai.",  # 120 km away: not the site's town
    "The Khadki Ammunition Factory sent fuses to Pune.",  # not where the site is
])
def test_geoparse_a_known_site_keeps_its_town_when_the_text_puts_it_in_no_nearby_city(geoparser, text):
    site = next(m.place for m in geoparser.parse("t", text)[1] if m.place.level == "site")
    assert site == next(m.place for m in geoparser.parse("t", "The Khadki Ammunition Factory burned.")[1])


def test_geoparse_a_town_opening_a_sentence_is_read_when_the_text_names_it_elsewhere(geoparser):
    text = "Shostka was shelled overnight. Windows were broken in Shostka, the mayor said."
    assert [m.start for m in geoparser.parse("t", text)[1]] == [0, text.rindex("Shostka")]
    assert [m.surface for m in geoparser.parse("t", "Shostka was shelled overnight.")[1]] == []
    text = "Drones hit a plant in Marks overnight. Marks on the walls showed the damage."  # a common word's capital
    assert [m.start for m in geoparser.parse("t", text)[1]] == [text.index("Marks")]


def test_geoparse_a_town_its_region_follows_is_a_place_though_the_model_took_it_for_a_person(geoparser):
    found = places(geoparser, "Tom Ray, the Navy’s top buyer, visited Aerojet’s Camden, Arkansas facility, one of the "
                              "sites to gain, in May.")
    assert found["Camden"].place.region_code == "US-AR"


def test_geoparse_offsets_slice_the_surface(geoparser):
    text = "Trucks left Homiel for the border with Poland on Monday."
    _, mentions = geoparser.parse("t", text)
    assert mentions and all(text[m.start:m.end] == m.surface for m in mentions)
    assert {m.place.geonameid for m in mentions} >= {627907}


def test_geoparse_article_countries_pick_the_local_namesake(geoparser):
    found = places(geoparser, "Romania's government visited Victoria, a town in Brasov county, to see the old plant.")
    assert found["Victoria"].place.country_code == "RO"


@pytest.mark.parametrize("text, city", [
    ("Moscow said the talks had gone well.", "Moscow"),
    ("Minsk will discuss the proposal next week.", "Minsk"),
    ("The deal brings security to Minsk, the minister added.", "Minsk"),
    ("The ministry will keep supplying Kyiv with spare parts.", "Kyiv"),
    ("Officials in Tehran said nothing about the shipment.", "Tehran"),
    ("In the report, Washington should \"quickly, though belatedly\" impose sanctions on the plant.", "Washington"),
    # the capital that attacks is its state
    ("A drone plant was hit overnight, as Moscow launched a large-scale missile attack.", "Moscow"),
    ("Kyiv struck an ammunition depot in the Bryansk region.", "Kyiv"),
    ("Tehran has fired missiles at the base.", "Tehran"),
])
def test_geoparse_city_for_government_is_metonymy(geoparser, text, city):
    found = places(geoparser, text)
    assert found[city].role == "metonymy"


def test_geoparse_city_as_location_is_not_metonymy(geoparser):
    found = places(geoparser, "A drone exhibition opened in Minsk on Thursday and a factory in Kazan expanded.")
    assert found["Minsk"].role == "location" and found["Kazan"].role == "location"
    found = places(geoparser, "The shell plant is in Turin, Italy, said the minister.")
    assert found["Turin"].role == "location"


@pytest.mark.parametrize("text, city", [
    ("The rifle plant in Turku aims to double its output.", "Turku"),  # the plant aims, not the city
    ("Nitrochem, a TNT maker based in Gdansk, said it is hiring.", "Gdansk"),
])
def test_geoparse_a_city_after_a_locative_word_is_no_government(geoparser, text, city):
    assert places(geoparser, text)[city].role == "location"


@pytest.mark.parametrize("text, city", [
    ("Kyiv was struck by missiles overnight.", "Kyiv"),  # struck, it is a place
    ("Kharkiv launched drone production in 2023.", "Kharkiv"),  # a launch that is no attack
    ("A drone plant in Kazan attacks nobody.", "Kazan"),
])
def test_geoparse_a_city_that_is_struck_or_launches_no_attack_is_a_place(geoparser, text, city):
    assert places(geoparser, text)[city].role == "location"


@pytest.mark.parametrize("text, geonameid", [
    ("A fire destroyed the plant on Lenin Street, Obukhovo, in the Moscow region.", 516305),  # not Petersburg's
    ("A fire destroyed the plant on Lenin Street, Obukhovo, Moscow region.", 516305),
    ("A fire destroyed the plant in Obukhovo.", 873901),  # with nothing to say which, the bigger one
])
def test_geoparse_a_region_after_comma_and_in_picks_the_towns_namesake(geoparser, text, geonameid):
    assert places(geoparser, text)["Obukhovo"].place.geonameid == geonameid


def test_geoparse_a_person_after_a_towns_comma_is_no_town(geoparser):
    found = places(geoparser, "At the shipyard in Nampo, Kim said the destroyer was ready.")
    assert set(found) == {"Nampo"}  # not Kim, a town in India
    found = places(geoparser, "Plants in Mulwala and Benalla make propellant.")
    assert set(found) == {"Mulwala", "Benalla"}


def test_geoparse_countries_as_actors_stay_locations(geoparser):
    assert places(geoparser, "Russia said the plant was finished.")["Russia"].role == "location"


def test_geoparse_demonyms_and_common_words_are_not_places(geoparser):
    text = "Time is short, Iranian and Russian officials said in March; Police were called. Reading the report."
    found = places(geoparser, text)
    assert not {"Time", "Iranian", "Russian", "March", "Police", "Reading"} & set(found)


def test_geoparse_a_month_after_in_is_a_date_not_a_town(geoparser):
    found = places(geoparser, "The shell plant in Perm will close in August, the company said.")
    assert set(found) == {"Perm"}  # not August, California


def test_geoparse_region_word_after_the_name(geoparser):
    found = places(geoparser, "Air defences were active over the Kursk region overnight.")
    region = next(m for s, m in found.items() if s.startswith("Kursk"))
    assert region.surface == "Kursk region" and region.place.level == "region"


def test_geoparse_dateline_in_capitals(geoparser):
    found = places(geoparser, "WARSAW (Reuters) - The ministry signed a contract for new trucks.")
    assert found["WARSAW"].place.geonameid == 756135


def test_geoparse_hostile_text_does_not_break_it(geoparser):
    text = "<script>alert(1)</script> ${alert(1)} `rm -rf` \ud800 A factory in Kazan."
    _, mentions = geoparser.parse("t", text.encode("utf-8", "replace").decode("utf-8"))
    assert any(m.place.name == "Kazan" for m in mentions)


def test_geoparse_is_metonymy_rules_directly():
    assert is_metonymy("Vilnius accused Minsk of lying.", 0, 7)
    assert is_metonymy("Vilnius accused Minsk of lying.", 16, 21)
    assert not is_metonymy("Trains run from Warsaw to Gdansk.", 16, 22)


def test_geoparse_an_organisation_named_like_a_region_abroad_is_not_a_place(geoparser):
    assert "Union State" not in places(geoparser, "The plant will supply the Belarusian army and the Union State.")


def test_geoparse_a_group_known_to_the_gazetteer_only_as_a_towns_other_name_is_not_a_place(geoparser):
    found = places(geoparser, "Iran sends missiles to Hamas. The photos came from Earth imaging satellites over "
                              "California and show the plant in Shiraz.")
    assert set(found) == {"Iran", "California", "Shiraz"}  # not Hamm, nor a hamlet in California called Earth


@pytest.mark.parametrize("text, surface", [
    ("The company has a plant in Villanova d’Albenga, Italy.", "Villanova d’Albenga"),
    ("Work continues at the plant in Villanova d'Albenga.", "Villanova d'Albenga"),
    ("Output rose at Fincantieri’s Villanova d’Albenga plant in Italy.", "Villanova d’Albenga"),
])
def test_geoparse_a_town_name_continued_by_a_particle_or_after_an_owner(geoparser, text, surface):
    assert places(geoparser, text)[surface].place.geonameid == 3164185


@pytest.mark.parametrize("text, surface, country", [
    ("Saab's Linköping plant builds fighter jets.", "Linköping", "SE"),  # a firm named like a town abroad
    ("Kongsberg's Kuopio plant makes missile parts.", "Kuopio", "FI"),
    ("Moscow's Khimki suburb hosts a missile plant.", "Khimki", "RU"),  # a town owning its suburb
])
def test_geoparse_an_owner_that_is_a_town_abroad_does_not_move_what_it_owns(geoparser, text, surface, country):
    assert places(geoparser, text)[surface].place.country_code == country


def test_geoparse_a_particle_the_gazetteer_does_not_know_leaves_the_town(geoparser):
    assert places(geoparser, "The new plant in Genoa d’Inverno will make shells.")["Genoa"].place.country_code == "IT"


def test_geoparse_a_small_town_where_production_sites_are(geoparser):
    text = "The company will build armoured vehicles at sites in Swaffham and Dereham, creating local jobs."
    found = places(geoparser, text)
    assert found["Swaffham"].place.geonameid == 2636464


def test_geoparse_a_hyphenated_town_is_one_name_and_a_pair_of_states_two(geoparser):
    found = places(geoparser, "Drones hit a plant in Kamensk-Uralsky as the Russia-Ukraine talks stalled.")
    assert found["Kamensk-Uralsky"].place.geonameid == 1504826
    assert {found["Russia"].place.country_code, found["Ukraine"].place.country_code} == {"RU", "UA"}


@pytest.mark.parametrize("text", [
    "Workers at the shell factory at Glascoed voted to accept the offer.",
    "Workers at the company's Glascoed site voted to accept the offer.",
    "Workers at BAE's munitions site, at Glascoed, voted to accept the offer.",
])
def test_geoparse_a_plant_at_a_word_of_a_known_site_name_is_that_site(geoparser, text):
    """"the shell factory at Glascoed", "the Glascoed site": one word of a known site's name (ROF Glascoed),
    where a plant is."""
    _, mentions = geoparser.parse("t", text)
    assert [(m.surface, m.place.level, m.place.country_code) for m in mentions] == [("Glascoed", "site", "GB")]


@pytest.mark.parametrize("text", [
    "Workers at the shell factory at Glascoed Road voted to accept the offer.",  # a longer name: not the site
    "Workers at the Glascoed Road plant voted to accept the offer.",
    "Glascoed is a village in Monmouthshire with a shell factory.",  # no plant at it
    "The drone plant in Dalian is new.",  # a word of a site's name (Dalian Shipyard) that is a town
])
def test_geoparse_a_word_of_a_site_name_is_the_site_only_where_a_plant_is_at_it(geoparser, text):
    _, mentions = geoparser.parse("t", text)
    assert not [m for m in mentions if m.place.level == "site"]


def test_geoparse_a_common_word_of_a_site_name_names_no_site(geoparser):
    """"Kharkiv Tractor Plant" has "Tractor" as its own word, but "the Tractor plant" is no place."""
    _, mentions = geoparser.parse("t", "Workers at the Tractor plant and at the factory in Enterprise went on strike.")
    assert not [m for m in mentions if m.place.level == "site"]


@pytest.mark.parametrize("text, name, country", [
    ("Its shell plant in Dubnica nad Váhom is hiring.", "Dubnica nad Váhom", "SK"),
    ("A powder plant in Frankfurt am Main opened.", "Frankfurt am Main", "DE"),
])
def test_geoparse_a_town_name_with_a_particle_is_read_whole(geoparser, text, name, country):
    """"Dubnica nad Váhom" is one town in Slovakia, not Dupnitsa in Bulgaria."""
    _, mentions = geoparser.parse("t", text)
    assert [(m.place.name, m.place.country_code) for m in mentions] == [(name, country)]


def test_geoparse_a_plant_on_the_edge_of_a_town_is_in_that_town(geoparser):
    _, mentions = geoparser.parse("t", "The explosives plant sits on the western edge of Pardubice.")
    assert [m.place.name for m in mentions] == ["Pardubice"]


@pytest.mark.parametrize("text, found", [
    ("Drones hit the Tambov gunpowder plant overnight.", ["Tambov Gunpowder Plant"]),  # a known site in any case
    ("Drones hit the Tambov Gunpowder Plant overnight.", ["Tambov Gunpowder Plant"]),
    ("Analysts call it a tambov gunpowder plant of sorts.", []),  # but a name starts with its capital
    ("Smoke rose over the Plastmass Factory on Monday.", ["Plastmass Plant (Kopeysk)"]),  # one word of its name
    ("Missiles hit a Black Sea shipyard overnight.", []),  # a shipyard described, not the one so named
    ("Missiles hit a Black Sea Shipyard warehouse overnight.", ["Black Sea Shipyard"]),
    ("Drones hit a Kazan gunpowder plant overnight.", ["Kazan Gunpowder Plant"]),  # named from its town
    ("Drones hit a Tambov gunpowder plant overnight.", ["Tambov Gunpowder Plant"]),  # or its region
])
def test_geoparse_a_known_sites_name_in_lower_case_after_its_capital(geoparser, text, found):
    _, mentions = geoparser.parse("t", text)
    assert [m.place.name for m in mentions if m.place.level == "site"] == found


def test_geoparse_a_plant_at_a_known_sites_name_of_two_words_is_that_site(geoparser):
    """"at Radway Green" (ROF Radway Green), which GeoNames lacks; but not a longer name that begins alike."""
    for text in ("BAE's small-arms ammunition site, at Radway Green in Cheshire, is busy.",
                 "BAE Systems has reopened its Radway Green site after a fire."):
        _, mentions = geoparser.parse("t", text)
        assert [(m.surface, m.place.level) for m in mentions if m.place.level == "site"] == [("Radway Green", "site")]
    _, mentions = geoparser.parse("t", "The ammunition site at Radway Lane in Cheshire is busy.")
    assert [m.surface for m in mentions if m.place.level == "site"] == []


def test_geoparse_a_plant_is_named_for_a_town_of_some_size(geoparser):
    """"the Ural Aviation Plant" is not in the village of Ural (2,000 people); "the Livny Optical Plant" is in Livny."""
    _, mentions = geoparser.parse("t", "A workshop was completed at the Ural Aviation Plant in Russia.")
    assert [m.place.name for m in mentions] == ["Russia"]
    _, mentions = geoparser.parse("t", "The Livny Optical Plant in Russia was hit.")
    assert [m.place.name for m in mentions] == ["Livny", "Russia"]


def test_geoparse_two_letters_name_a_place_only_in_capitals(geoparser):
    """"UK" is a country; "Ro", a word the stored page cut off, is no town."""
    _, mentions = geoparser.parse("t", "The UK firm makes shells in its historic factory in Ro")
    assert [m.place.name for m in mentions] == ["United Kingdom"]


def test_geoparse_a_towns_name_after_the_is_another_kind_of_place(geoparser):
    """"in the Middle East" is no Middle East, Pennsylvania; a town of a country the article names stays."""
    _, mentions = geoparser.parse("t", "Iran has the largest missile arsenal in the Middle East, officials said.")
    assert [m.place.name for m in mentions] == ["Iran"]
    # nor is it before a facility word, as a plant's town is ("the Kumertau plant")
    _, mentions = geoparser.parse("t", "The US and Iran are rivals. Iran has the Middle East’s largest arsenal.")
    assert [m.place.name for m in mentions] == ["United States", "Iran", "Iran"]
    # even in an article about the US: the village is too small for the name to be it
    _, mentions = geoparser.parse("t", "American forces in the Middle East struck two weapons hubs in Yemen.")
    assert [m.place.name for m in mentions] == ["Yemen"]
    _, mentions = geoparser.parse("t", "Drones hit Ukraine overnight; the Kharkiv plant was damaged.")
    assert [m.place.name for m in mentions] == ["Ukraine", "Kharkiv"]


@pytest.mark.parametrize("text, names", [
    ("The yard in Reading, Pennsylvania, welds hulls for the navy.", ["Reading", "Pennsylvania"]),
    ("Workers in Mobile, Alabama, assemble frigates.", ["Mobile", "Alabama"]),
    ("Mobile phones are assembled in Alabama.", ["Alabama"]),  # the word alone stays a word
])
def test_geoparse_a_town_named_by_a_common_word_is_told_by_its_region_after_it(geoparser, text, names):
    _, mentions = geoparser.parse("t", text)
    assert [m.place.name for m in mentions] == names


def test_geoparse_a_facility_named_for_a_small_town_of_a_country_the_article_names(geoparser):
    """"the Benalla Munitions Facility" is at Benalla (9,000 people), in the Australia the article names."""
    _, mentions = geoparser.parse("t", "Work began at the Benalla Munitions Facility in Australia.")
    assert [m.place.name for m in mentions] == ["Benalla", "Australia"]


@pytest.mark.parametrize("text, names", [
    ("Turkey will modernise the Çankırı Weapons Factory.", ["Turkey", "Çankırı"]),
    ("The Army shut the Hamhung shipyard in North Korea.", ["Hamhŭng", "North Korea"]),  # "the" before a plant's town
])
def test_geoparse_a_plant_named_for_a_town_spelt_with_a_capital_diacritic_or_after_the(geoparser, text, names):
    _, mentions = geoparser.parse("t", text)
    assert [m.place.name for m in mentions] == names


def test_geoparse_lower_or_upper_before_a_region_is_part_of_its_name(geoparser):
    """"lower Saxony" is Lower Saxony, not Saxony; "Saxony" alone stays Saxony."""
    _, mentions = geoparser.parse("t", "The plant in lower Saxony ships shells to Saxony.")
    assert [(m.surface, m.place.name) for m in mentions] == [("lower Saxony", "Niedersachsen"), ("Saxony", "Sachsen")]


def test_geoparse_a_far_bigger_namesake_known_by_an_alias_wins(geoparser):
    """"St Petersburg" in a story filed in Washington about Russia is the Russian city (5 million people), not the
    Florida one whose exact name it is (257,000)."""
    _, mentions = geoparser.parse("t", "WASHINGTON — Russia is expanding its missile plant outside St Petersburg.")
    assert [(m.place.name, m.place.country_code) for m in mentions][-1] == ("Saint Petersburg", "RU")


def test_geoparse_a_sizeable_namesake_known_by_an_alias_in_the_articles_country_wins(geoparser):
    """"Newcastle" in a story about Britain is Newcastle upon Tyne (300,000 people), not the Australian city that
    bears the exact name, nor the English village of Newcastle."""
    _, mentions = geoparser.parse("t", "Britain's army orders trucks from a plant at Newcastle.")
    assert [(m.place.name, m.place.country_code) for m in mentions][-1] == ("Newcastle upon Tyne", "GB")


@pytest.mark.parametrize("text, level", [
    ("A blast hit an explosives plant in the northwestern province of Balıkesir on Monday.", "region"),
    ("A blast hit an explosives plant in the city of Balıkesir on Monday.", "city"),
    ("A blast hit an explosives plant in the Balıkesir region of Turkey on Monday.", "region"),  # Turkey's region
    ("A blast hit an explosives plant in Turkey's western province of Balıkesir on Monday.", "region"),
])
def test_geoparse_the_province_of_a_name_is_the_province(geoparser, text, level):
    """"The province of Balıkesir" is the province, though the model takes the name for an organisation."""
    _, mentions = geoparser.parse("t", text)
    assert [(m.place.name, m.place.level) for m in mentions if "Balıkesir" in m.surface] == [("Balıkesir", level)]
    assert all(m.place.country_code == "TR" for m in mentions)


@pytest.mark.parametrize("text, surface, name", [
    ("An explosives plant in Siberia is being expanded.", "Siberia", "Russia"),  # no Mexican village
    ("Tank factories work in three shifts.", "Tank", None),  # no town in Pakistan
    ("The Republic is building a drone plant.", "Republic", None),  # no county in Kansas
])
def test_geoparse_a_macro_region_is_its_country_and_a_common_word_no_town(geoparser, text, surface, name):
    found = places(geoparser, text).get(surface)
    assert (found.place.name if found else None) == name


@pytest.mark.parametrize("text, surface, region", [
    # the suburb's namesake near the city, though the article names another region that has one
    ("Missiles fell on the Odesa region. A plant in the Kyiv suburb of Vyshneve was hit.", "Vyshneve", "UA-32"),
    ("Missiles fell on the Kyiv region. A plant in the Odesa region town of Vyshneve was hit.", "Vyshneve", "UA-51"),
    # a country, or a place only listed before, says nothing of which namesake
    ("Moscow and the town of Pokrovsk in Donetsk oblast were hit.", "Pokrovsk", "UA-14"),
])
def test_geoparse_a_place_of_a_city_or_region_is_the_namesake_there(geoparser, text, surface, region):
    assert places(geoparser, text)[surface].place.region_code == region


@pytest.mark.parametrize("text, sites", [
    # a known site named, in its own town or region or country
    ("Drones struck the Kristall explosives plant in Dzerzhinsk, the governor said.", ["Kristall Plant (Dzerzhinsk)"]),
    ("The Dastan Corporation in Bishkek makes torpedoes.", ["Dastan Torpedo Plant (Bishkek)"]),
    ("The Dastan torpedo plant in Kyrgyzstan was sold.", ["Dastan Torpedo Plant (Bishkek)"]),
    ("A fire broke out at the Glascoed munitions site in Wales.", ["BAE Systems Munitions Glascoed (ROF Glascoed)"]),
    # a word of a site's name that is also a town's: the site where the text names the site's own town
    ("Missiles hit Kyiv overnight and damaged the Artem factory.", ["Artem plant (Kyiv)"]),
    ("The Artem factory in Primorye makes engine parts.", []),
    ("The first steel was cut at the shipyard at Barrow-in-Furness.", []),  # the town's other spelling
    ("A fire broke out at the Glascoed munitions site near Usk.", ["BAE Systems Munitions Glascoed (ROF Glascoed)"]),
    # a full name stands, though the town after it is misread (Virginia, Minnesota)
    ("Drones flew over the Radford Army Ammunition Plant in Virginia.", ["Radford Army Ammunition Plant"]),
    # a word of a name, in another country or a far town, is another plant
    ("A fire broke out at the Glascoed munitions site in Germany.", []),
    ("A fire broke out at the Glascoed munitions site in Manchester.", []),
    ("Drones hit the Alabuga Special Economic Zone in Tatarstan overnight.", ["Alabuga Special Economic Zone"]),
    # a name the text puts in another town is another plant; a one-word name before a surname is a man
    ("Explosions were reported at the Kristall diamond plant in Smolensk.", []),
    ("Kyrgyz lawmaker Dastan Bekeshev said a factory for drones would be built in Kyrgyzstan.", []),
    # a name many plants share names none of them ("Arsenal" in Kazanlak, Kyiv, ...)
    ("A blast hit the Arsenal factory in Sofia.", []),
])
def test_geoparse_a_known_site_is_not_a_namesake_placed_elsewhere_or_a_persons_name(geoparser, text, sites):
    _, mentions = geoparser.parse("t", text)
    assert [m.place.name for m in mentions if m.place.level == "site"] == sites


@pytest.mark.parametrize("text, places", [
    # a one-word name the model reads as a person, with a verb before the plant's words, is that person
    ("Kim inspects artillery plants again, state media said.", []),
    # a town before its plant's words, though a verb is between, is the town
    ("Yelabuga hosts drone plants, officials said.", ["Yelabuga"]),
    ("Shostka houses gunpowder plants, officials said.", ["Shostka"]),  # a town too big to yield to a person
])
def test_geoparse_a_person_doing_something_at_plants_is_no_town(geoparser, text, places):
    _, mentions = geoparser.parse("t", text)
    assert [m.place.name for m in mentions] == places


@pytest.mark.parametrize("text, expected", [
    # the outer name's reading that holds the town: the Dutch Limburg and Born, the Canadian Ontario
    ("The Netherlands will open a drone plant in the city of Born, Limburg province.",
     {"Netherlands": "NL", "Born": "NL", "Limburg province": "NL"}),
    ("The shell plant is in Ingersoll, Ontario.", {"Ingersoll": "CA", "Ontario": "CA"}),
    # a region word alone is no place ("Region IV-A" of the Philippines)
    ("The Region must rule on the plant in Domusnovas.", {"Domusnovas": "IT"}),
])
def test_geoparse_a_chain_reads_both_names_in_one_country(geoparser, text, expected):
    found = places(geoparser, text)
    assert {surface: m.place.country_code for surface, m in found.items()} == expected


@pytest.mark.parametrize("text, country", [
    ("Belgium will open a drone plant in Limburg province.", "BE"),
    ("The Netherlands will open a drone plant in Limburg province.", "NL"),
])
def test_geoparse_a_region_named_in_two_countries_is_the_articles(geoparser, text, country):
    assert places(geoparser, text)["Limburg province"].place.country_code == country


@pytest.mark.parametrize("text, surface, name", [
    ("Fire crews were called to a powder plant in Somerset East on Monday.", "Somerset East", "Somerset East"),
    ("Delegates from Bosnia and Herzegovina met in Sarajevo.", "Bosnia and Herzegovina", "Bosnia and Herzegovina"),
])
def test_geoparse_a_name_the_model_cut_short_is_read_whole_when_the_gazetteer_knows_it(geoparser, text, surface,
                                                                                       name):
    """The longest name wins: "Somerset East" is the South African town, not a Somerset elsewhere."""
    found = places(geoparser, text)
    assert found[surface].place.name == name


@pytest.mark.parametrize("text, surface", [
    ("A blast hit the munitions factory in Usk, Monmouthshire, on Monday.", "Monmouthshire"),
    ("Workers left the base in Glascoed, Monmouthshire after the alarm.", "Monmouthshire"),
])
def test_geoparse_a_county_after_a_places_comma_is_read_by_its_own_name(geoparser, text, surface):
    """GeoNames calls it "County of Monmouthshire"; after "in X," the bare name is that county."""
    found = places(geoparser, text)
    assert found[surface].place.level == "region" and found[surface].place.country_code == "GB"


@pytest.mark.parametrize("text, surface, name, country", [
    ("A fire halted production at a plant in Virginia.", "Virginia", "Virginia", "US"),  # the state, not the town
    ("Blasts hit arms plant in Tula\n\nSeveral explosions were reported overnight.", "Tula", "Tula", "RU"),
    # a town chained to its region, in a story that names another country
    ("Explosions were reported in Votkinsk in Udmurtia early on Friday. Ukraine's army said its drones hit a plant.",
     "Votkinsk", "Votkinsk", "RU"),
    # after "in", a sizeable town of the article's country before a hamlet elsewhere spelled so exactly; a capital
    # names its country
    ("Pakistan's minister praised the engineers in Wah on Friday.", "Wah", "Wah Cantt", "PK"),
    ("Islamabad – The minister praised the engineers in Wah on Friday.", "Wah", "Wah Cantt", "PK"),
    # so does a country opening a firm's name
    ("Ammunition output at Pakistan Ordnance Factories in Wah rose by a tenth.", "Wah", "Wah Cantt", "PK"),
])
def test_geoparse_names_read_whatever_else_the_article_names(geoparser, text, surface, name, country):
    found = places(geoparser, text)[surface]
    assert (found.place.name, found.place.country_code) == (name, country)


@pytest.mark.parametrize("text, surface, level, name", [
    # a state named with others stays the state, though a town of another named state bears its name
    ("Work moved to ammunition plants in Indiana, Iowa, Oklahoma and Tennessee.", "Oklahoma", "region", "Oklahoma"),
    ("A bomb plant in southeast Kansas closed, and its work went to Oklahoma.", "Kansas", "region", "Kansas"),
    # a town of the named region still wins over another region's namesake
    ("Shells were made in Burlington and in Iowa.", "Burlington", "city", "Burlington"),
    # a name listed with a state is a state too; a town chained to a state makes the name the state
    ("The firm runs factories in Michigan and Wyoming and plans a third in Ohio.", "Wyoming", "region", "Wyoming"),
    ("The army runs a shell plant in Eastman, Georgia.", "Georgia", "region", "Georgia"),
    # but not a region named after its own city
    ("Drones hit the Kharkiv region and Zaporizhzhia overnight.", "Zaporizhzhia", "city", "Zaporizhzhya"),
    # a town of a country the article calls by its demonym, not a Bermuda parish
    ("The British company Kestrel is expanding its missile factory in Warwick.", "Warwick", "city", "Warwick"),
])
def test_geoparse_a_state_is_no_village_of_another_state_the_article_names(geoparser, text, surface, level, name):
    found = places(geoparser, text)[surface]
    assert (found.place.level, found.place.name) == (level, name)
    if surface == "Burlington":
        assert found.place.region_code == "US-IA"


@pytest.mark.parametrize("text, again", [
    ("The chemical plant in Aleksin makes explosives. Drones attacked Aleksin overnight.", True),
    ("The chemical plant in Aleksin makes explosives.\n\nIn Aleksin, residents heard blasts.", True),
    # not a word of a longer name
    ("The chemical plant in Aleksin makes explosives. Fort Aleksin is a museum.", False),
    ("The chemical plant in Aleksin makes explosives. Aleksin Chemical sells them.", False),
    ("The chemical plant in Aleksin makes explosives, the mayor Ivan Aleksin said.", False),
])
def test_geoparse_a_town_named_again_is_that_town_where_its_name_stands_alone(geoparser, text, again):
    """Aleksin (60,000 people) is read after "in"; alone again, in a text naming no country, it would be
    dropped, and the model may take it for a person."""
    _, mentions = geoparser.parse("t", text)
    assert [m.place.name for m in mentions] == ["Aleksin"] * (1 + again)


def test_geoparse_a_name_read_as_a_town_only_before_a_plant_word_is_not_read_again_alone(geoparser):
    """"the Avangard chemical plant" may be read as a town's plant; "at Avangard" later names the firm."""
    text = ("The city said an explosion occurred in one of the workshops at the Avangard chemical plant. The cause of "
            "the blast at Avangard is unknown.")
    assert [m.start for m in geoparser.parse("t", text)[1]] == [text.index("Avangard")]


def test_geoparse_a_word_in_capitals_is_a_place_only_by_its_own_name(geoparser):
    """"KAAN" (an aircraft) is one of Kazan's aliases: in capitals it is an acronym; a town's or a country's own
    name in capitals is still that place."""
    found = places(geoparser, "Russia and Turkey met. The firm builds the KAAN jet and has plants in KHARKIV and the "
                              "DPRK.")
    assert "KAAN" not in found
    assert found["KHARKIV"].place.name == "Kharkiv" and found["DPRK"].place.name == "North Korea"


def test_geoparse_small_towns_after_in_and_an_airports_town_are_places(geoparser):
    """Towns of the article's country after "in" (and coordinated with one), however small and though the model
    took them for people, and the town an airport is named after; people one puts trust in are not."""
    found = places(geoparser, "Lithuania reopened the crossings in Lazdijai and Šalčininkai. At Kaunas airport, "
                              "flights were halted. Voters in Lithuania put their trust in Landsbergis and Nauseda.")
    assert {s: m.place.name for s, m in found.items()} == {
        "Lithuania": "Lithuania", "Lazdijai": "Lazdijai", "Šalčininkai": "Šalčininkai", "Kaunas": "Kaunas"}
