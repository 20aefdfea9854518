"""Claim frames on sentences written for these tests (none paraphrases a corpus article): the status from the
governing verb's meaning, tense, aspect, voice, modality and negation; the source from reporting frames, also
in the next sentence or earlier in the paragraph; operators, never the attacker; never a meeting's place."""

import pytest

from pipeline.facilities import merge
from pipeline.facts import FACILITY_NOUN, PRODUCT_TERMS

# (text, place the claim is at, status)
STATUS = [
    # a verb with "re-" or "co-" keeps its tense and meaning
    ("The two firms will co-produce drones at a new plant in Lviv.", "Lviv", "planned"),
    ("The firm will re-build the shell plant in Tula that the strike destroyed.", "Tula", "planned"),
    ("The firm re-opened the shell plant in Tula last week.", "Tula", "operational"),
    # a plant bought in order to restart it is idle now and to work again; a town after a foundry is a place
    ("The group will acquire the idle foundry in Tarbes in order to restart production of artillery shells.",
     "Tarbes", "planned"),
    ("The group will buy the closed gunpowder mill in Bergerac to resume production of propellant.", "Bergerac",
     "planned"),
    # ground broken in the passive, a plant nearing completion, shells rolling off its line, one to be ready
    ("Ground was broken on the shell plant in Kalisz in May.", "Kalisz", "under construction"),
    ("The shell plant in Kalisz is nearing completion.", "Kalisz", "under construction"),
    ("The first shells rolled off the line at the new plant in Kalisz on Monday.", "Kalisz", "operational"),
    ("The company said the shell plant in Kalisz would be ready by 2027.", "Kalisz", "planned"),
    # what flew and came down on a plant struck it
    ("The governor wrote that debris fell on the ammunition plant in Bryansk.", "Bryansk", "struck"),
    ("Debris from a downed drone landed on the roof of the ammunition plant in Bryansk.", "Bryansk", "struck"),
    # a plant that stopped its work is shut
    ("The shell plant in Tarbes has stopped production because of a shortage of parts.", "Tarbes", "closed"),
    # a deal that holds the plant plans it
    ("The agreement includes a new shell plant in Windsor.", "Windsor", "planned"),
    ("The project calls for a drone factory in Kazan.", "Kazan", "planned"),
    # goods to be sent from a plant come from one that stands, unless it is new
    ("Critics want the government to cancel a deal to supply armoured vehicles to Qatar from the Windsor tank "
     "plant.", "Windsor", "operational"),
    ("The firm will supply shells to Estonia from its plant in Tartu.", "Tartu", "operational"),
    ("The firm will supply shells to Estonia from its new plant in Tartu.", "Tartu", "planned"),
    # a plant deactivated or decommissioned is closed, whatever it was built to do; one "targeted for closure" is
    # closed, not struck
    ("An ammunition plant in Kansas was deactivated on Wednesday.", "Kansas", "closed"),
    ("The Army decommissioned the ammunition plant in Kansas last year.", "Kansas", "closed"),
    ("An ammunition plant in southeast Kansas built to assemble bombs for soldiers was deactivated Wednesday.",
     "Kansas", "closed"),
    ("Pentagon officials targeted the ammunition plant in Kansas for closure in 2005.", "Kansas", "closed"),
    ("Russian drones targeted the ammunition plant in Kursk overnight.", "Kursk", "struck"),
    # building to come that a deal or lease would support; but what building will do is no plan
    ("The lease would support the construction of a new explosives plant in Arkansas.", "Arkansas", "planned"),
    ("The construction of a drone factory in Belarus will ease Russia's supply problems.", "Belarus",
     "under construction"),
    # a plant that shut a thing of its own, or takes old submarines apart, works on; one that closed its doors shut
    ("The plant in Kazan decommissioned an old furnace and doubled its output of gunpowder.", "Kazan", "operational"),
    ("Decommissioned submarines are dismantled at the Zvezdochka shipyard in Severodvinsk.",
     "Zvezdochka Ship Repair Centre", "operational"),
    ("The gunpowder plant in Kazan closed its doors.", "Kazan", "closed"),
    # a plant gone over to longer hours makes more; a plant gone to a new site has only moved
    ("The shell factory in Sopot has switched to a six-day working week to meet demand.", "Sopot", "expanded"),
    ("The drone plant in Lviv moved to round-the-clock production in May.", "Lviv", "expanded"),
    ("The shell factory in Sopot has switched to a four-day working week.", "Sopot", "operational"),  # not converted
    # a plant a country unveils works; arms built at a plant say it works
    ("Iran unveiled an underground missile plant on Thursday.", "Iran", "operational"),
    ("A cruise missile is being built at the Stalvek Industries plant in Dnipro.", "Dnipro", "operational"),
    # a strike launched on a plant; an arsenal blown up by an attack; a defence firm closing its plant
    ("Russia launched a missile strike on an explosives factory in Pavlohrad.", "Pavlohrad", "struck"),
    ("A large drone attack set off blasts at an arsenal in Toropets on Sunday.", "Toropets", "struck"),
    ("Rheinmetall will close its plant in Neuss, the company said.", "Neuss", "closed"),
    # growth to come at a working plant, even "after a new order"; but a new plant is still planned
    ("The missile factory in Belfast will increase production after a new order.", "Belfast", "expanded"),
    ("A new plant in Belfast will increase production of missiles.", "Belfast", "planned"),
    # money for building a plant is for what is to come
    ("Denmark will fund the construction of a drone factory in Ukraine.", "Ukraine", "planned"),
    # an increase in output at a plant grows it
    ("Last year saw an increase in shell output at the plant in Kalisz.", "Kalisz", "expanded"),
    # a pause is no closure: a plant that halts for a while works, or was struck if a strike is told
    ("Output at the shell plant in Kursk was halted briefly and has since resumed, the governor said.", "Kursk",
     "operational"),
    ("The shell plant in Kursk briefly halted operations, the governor wrote.", "Kursk", "operational"),
    ("The shell plant in Kursk halted operations in March and resumed them in May.", "Kursk", "operational"),
    ("Production at the drone plant in Kursk was halted for two days after the strike.", "Kursk", "struck"),
    ("The shell plant in Kursk halted production in 2019.", "Kursk", "closed"),
    ("The shell plant in Kursk temporarily halted production on Monday.", "Kursk", "operational"),
    ("The missile factory in Kursk was closed in 2014, but talks briefly resumed on reopening it.", "Kursk", "closed"),
    # held to be part of plans is no proposal; considering one is
    ("The drone factory that opened in Gyumri is considered as a sign of closer ties.", "Gyumri", "operational"),
    ("Armenia is considering drone production in Gyumri.", "Gyumri", "proposed"),
    ("The site near Gyumri is being considered as the location of a new shell plant.", "Gyumri", "proposed"),
    # harm seen at a plant is a strike, whatever verb shows it; seeing it is no proposal
    ("Damage to three buildings could be seen at the drone factory in Yelabuga.", "Yelabuga", "struck"),
    ("Satellite images show damage to the missile plant in Votkinsk.", "Votkinsk", "struck"),
    ("Satellite images show the destruction of the missile plant in Votkinsk.", "Votkinsk", "struck"),
    ("New roofs could be seen at the missile plant in Votkinsk, which makes rockets.", "Votkinsk", "operational"),
    # a new hall or hangar seen at a plant: the plant grew; an old one says nothing
    ("A new hangar was spotted at the aircraft plant in Kazan.", "Kazan", "expanded"),
    ("Satellite images show a new workshop at the missile plant in Votkinsk.", "Votkinsk", "expanded"),
    # what befell a known site, though another facility noun is nearer
    ("An analyst told Reuters that images of the sites show the expansions began at Parchin in May and at Khojir "
     "last August.", "Khojir missile production complex", "expanded"),
    # a country that starts making something has a plant for it; one that makes more of it need not
    ("Kazakhstan has launched serial production of armoured vehicles.", "Kazakhstan", "operational"),
    ("Kyrgyzstan plans to establish an assembly of military drones.", "Kyrgyzstan", "planned"),
    # a beginning that is planned or hoped for is a plan; one begun is work
    ("The two firms plan to begin making rifles at the former tractor plant in Kalisz.", "Kalisz", "planned"),
    ("The firm hopes to start producing shells at its plant in Kalisz next year.", "Kalisz", "proposed"),
    ("The firm decided to begin producing shells at the plant in Kalisz.", "Kalisz", "planned"),
    # the potential of a plant is a proposal
    ("The minister spoke about the potential of a new drone factory in Kalisz.", "Kalisz", "proposed"),
    ("The rifle plant in Kalisz has begun producing shells.", "Kalisz", "operational"),
    # what the shops were for is no news of the plant; that they were hit is
    ("Shops for assembling tanks at the Malyshev plant in Kharkiv were hit by missiles.", "Malyshev Factory",
     "struck"),
    # a way opened to a plant is a plan; a plant opened works
    ("The agreement opened the door to a drone plant in Kragujevac.", "Kragujevac", "planned"),
    ("The deal paved the way for a shell plant in Kragujevac.", "Kragujevac", "planned"),
    ("The firm opened a drone plant in Kragujevac.", "Kragujevac", "operational"),
    # a newly commissioned plant works
    ("The premier toured the newly-commissioned rifle factory in Gyumri.", "Gyumri", "operational"),
    ("The premier toured the newly opened rifle factory in Gyumri.", "Gyumri", "operational"),
    ("The premier toured the recently inaugurated rifle factory in Gyumri.", "Gyumri", "operational"),
    # a future that lets someone act plans what they will do; a past one tells what they did
    ("The deal will see the firm set up a shell line in Kalisz, Poland.", "Kalisz", "planned"),
    ("The grant will help the firm expand its shell plant in Kalisz.", "Kalisz", "expanded"),  # it works and grows
    # production that tests must come before is still to come
    ("The firm is waiting for the new shell plant in Mesa to pass its tests ahead of volume manufacturing.", "Mesa",
     "planned"),
    # building a warship is what a yard does, building a yard is building it
    ("Kim inspected the construction of a destroyer at the shipyard in Nampo.", "Namp’o", "operational"),
    ("The construction of a drone factory in Nampo began in May.", "Namp’o", "under construction"),
    # what a plant aims to do says what it is: more output grows it, a first output is still to come
    ("The shell plant in Tampere aims to double its output by 2027.", "Tampere", "expanded"),
    ("The shell plant in Tampere intends to shut down next year.", "Tampere", "closed"),
    # a plant to be bought stands; the sale is to come and tells nothing of it; one bought works
    ("Nordhav agreed to buy the explosives plant in Falun from its founders.", "Falun", "unknown"),
    ("Nordhav said it was set to acquire Kolberg Chemie, a propellant maker based in Bremen.", "Bremen", "unknown"),
    ("Nordhav bought the explosives plant in Falun in 2019.", "Falun", "operational"),
    ("Thales agreed to buy a plant in Belfast that makes short-range missiles.", "Belfast", "unknown"),  # kept
    # growing ties with a plant neither grows nor plans it
    ("Officials plan to expand cooperation with the drone plant in Lutsk.", "Lutsk", "unknown"),
    ("A drone plant in Kalisz would expand production to the border.", "Kalisz", "proposed"),  # it may be
    # a plant still to be built, or growth on a condition, is planned
    ("Nordhav will boost output with a new shell plant in Kalisz.", "Kalisz", "planned"),
    ("The shell plant in Kalisz will expand output if the state pays for it.", "Kalisz", "planned"),
    ("The grant helped the firm expand its shell plant in Kalisz.", "Kalisz", "expanded"),
    # what a plant is held to be is no plan for it; an upgraded plant opened has grown
    ("The minister opened the expanded shell plant in Kalisz.", "Kalisz", "expanded"),
    # a plant being opened opens soon; one opened works
    ("Eurenco is reopening a propellant factory in Bergerac.", "Bergerac", "planned"),
    ("Eurenco is opening a shell plant in Bergerac.", "Bergerac", "planned"),
    ("Eurenco reopened a propellant factory in Bergerac.", "Bergerac", "operational"),
    ("The propellant factory in Bergerac was reopened in May.", "Bergerac", "operational"),
    ("After reopening the propellant factory in Bergerac, Eurenco hired 100 staff.", "Bergerac", "operational"),
    ("The propellant factory in Bergerac is producing powder.", "Bergerac", "operational"),
    # leave to build plans the building
    ("The court granted approval to Nordhav for the construction of a TNT plant in Nora.", "Nora", "planned"),
    ("The court granted a permit for the construction of a TNT plant in Nora.", "Nora", "planned"),
    ("The ministry gave permission for the construction of a shell plant in Nora.", "Nora", "planned"),
    ("The firm received 3 million euros for the construction of a TNT plant in Nora.", "Nora", "under construction"),
    # the earth moved for a plant
    ("Earthworks began at the shell factory site in Bergerac.", "Bergerac", "under construction"),
    ("The earthworks for the new shell plant in Bergerac are now complete.", "Bergerac", "under construction"),
    # a builder picked builds later
    ("The ministry has chosen Nordhav to build a shell plant in Kalisz.", "Kalisz", "planned"),
    # workers in a hangar at a place make what they make there, though the parser takes the object for a subject
    ("In a hangar near Lviv, a dozen workers are assembling long-range drones designed to meet demand as Ukraine "
     "steps up strikes.", "Lviv", "operational"),
    ("Nordhav was hired to build a drone factory in Kalisz.", "Kalisz", "planned"),
    # a strike on a plant told with what it makes: the parser may hang the plant on "producing"
    ("Drones struck a plant producing missiles in Tula.", "Tula", "struck"),
    # a region named with its region word, though the gazetteer knows it only by an analyst's alias
    ("Drones struck a plant producing missiles in a remote part of the Udmurtia region.", "Udmurtskaya Respublika",
     "struck"),
    ("The drone plant in Perm will begin producing drones in May.", "Perm", "planned"),
    # work on a plant builds it; a plant's own work is making
    ("Crews began work on the drone plant in Perm.", "Perm", "under construction"),
    ("Vantor has restarted work on the missile plants in Perm.", "Perm", "under construction"),
    ("The drone plant in Perm resumed work in May.", "Perm", "operational"),
    ("Vantor will begin work on its new drone plant in Perm in 2026.", "Perm", "planned"),
    # repair and rescue work build nothing
    ("Repair work on the drone plant in Perm began after the strike.", "Perm", "struck"),
    ("Rescuers continued work on the site of the destroyed drone plant in Perm.", "Perm", "struck"),
    # what is still to be made at a plant that stands: the plant works; at a new or former plant, it is to come
    ("The missiles will be made at the Vantor weapons factory in Perm.", "Perm", "operational"),
    ("Vantor will produce drones at its plant in Perm.", "Perm", "operational"),
    ("The missiles will be made at a new factory in Perm.", "Perm", "planned"),
    ("Vantor will produce drones at the plant to be built in Perm.", "Perm", "planned"),
    ("Vantor will make shells at the former tractor plant in Perm.", "Perm", "planned"),
    ("Vantor will produce drones at the plant that it will open in Perm.", "Perm", "planned"),
    ("Vantor will produce drones at its plant in Perm, which will open in 2027.", "Perm", "planned"),
    ("Vantor will produce drones at the Vantor plant in Perm, which is still under construction.", "Perm",
     "planned"),
    ("The drones will be made at the factory in Perm.", "Perm", "planned"),  # whose plant, is not said
    # a start one "can" make now is still ahead; a plant that can start a new product, or make one, works
    ("The firm can now begin producing drones in Perm.", "Perm", "planned"),
    ("The firm can now start production of drones in Perm.", "Perm", "planned"),
    ("The drone plant in Perm can now start production of a new drone.", "Perm", "operational"),
    ("Drones are scarce. We can now start the building work and the production of drones in Perm.", "Perm",
     "planned"),
    ("The drone plant in Perm can produce 500 drones a month.", "Perm", "operational"),
    # the plant as the subject of a verb that controls another: the other says what it does
    ("The ammunition complex in Kanpur has begun delivering 155mm rounds to the army.", "Kanpur", "operational"),
    ("The shell plant in Tula stopped producing shells in May.", "Tula", "closed"),
    ("The shell plant in Kokkola is part of a wider expansion of Nordic ammunition output.", "Kokkola", "unknown"),
    ("A second assembly line at the shell plant in Kokkola went into service in May.", "Kokkola", "expanded"),
    ("The company plans to hire 200 welders at its shell plant in Kokkola.", "Kokkola", "unknown"),  # not the plant's
    # building things at a plant is production there; building new halls at it expands it
    ("Workers build artillery shells at the plant in Perm, officials said.", "Perm", "operational"),
    ("Crews build glide bombs inside the tractor plant in Rubtsovsk.", "Rubtsovsk", "operational"),
    # a strike denied in the future or the conditional says nothing of today; in the past it says the plant stands,
    # as a closure denied at any time does
    ("The drone factory in Tula will not be hit, the governor insisted.", "Tula", "unknown"),
    ("The ammunition plant in Bryansk would not be closed, officials said.", "Bryansk", "operational"),
    ("The ammunition plant in Bryansk was not closed.", "Bryansk", "operational"),
    ("Imagery shows continued growth at Russia's main attack-drone factory at Kumertau, in Bashkortostan.",
     "Kumertau", "expanded"),
    ("Missiles, shells and drones are made there. - At **Sinpo**, the shipyard remains active.", "Sinp’o",
     "operational"),
    ("Missiles, shells and drones are made there. The ammunition plant in Kragujevac has been idle since May.",
     "Kragujevac", "closed"),
    ("The company broke ground on a shell plant in Kragujevac on Monday.", "Kragujevac", "under construction"),
    # building: aspect and voice
    ("A drone factory is being built near Kazan.", "Kazan", "under construction"),
    ("Workers are building a missile plant in Votkinsk.", "Votkinsk", "under construction"),
    ("Iran is constructing a drone factory in Isfahan.", "Isfahan", "under construction"),
    ("Construction of an ammunition plant in Kragujevac began in March.", "Kragujevac", "under construction"),
    # a start said to come is planned; one that could come is proposed
    ("The ministry said production at the shell plant in Kalisz would start in 2026.", "Kalisz", "planned"),
    ("Production at the shell plant in Kalisz could start in 2026.", "Kalisz", "proposed"),
    ("Analysts said production would start only if demand grew at the drone plant in Tula.", "Tula", "proposed"),
    ("The firm said production at the shell plant in Kalisz would start in June even if funds are late.", "Kalisz",
     "planned"),
    ("Iran is rebuilding the missile plant in Kerman, satellite images show.", "Kerman", "under construction"),
    ("The new drone gigafactory near Odesa will employ 2,000 workers.", "Odesa", "planned"),
    # a plant shown to visitors works, unless the visit did not happen
    ("Kim Jong Un visited a munitions factory in Pyongyang.", "Pyongyang", "operational"),
    ("During a visit to the drone plant in Kazan, the minister praised its workers.", "Kazan", "operational"),
    ("The minister took a tour of the munitions factory in Radom.", "Radom", "operational"),
    # the manufacture of arms is production, as the word "production" is
    ("The company began the manufacture of drones in Kalisz.", "Kalisz", "operational"),
    ("Rheinmetall will start the manufacture of shells in Kalisz next year.", "Kalisz", "planned"),
    ("The manufacturing of drones in Kalisz was halted after the fire.", "Kalisz", "closed"),
    # a completed construction stands; one that will be, is almost, or is not yet completed goes on
    ("Construction of the powder plant in Karlovo was completed in May.", "Karlovo", "operational"),
    ("Construction of the powder plant in Karlovo will be completed by autumn.", "Karlovo", "under construction"),
    ("Construction of the powder plant in Karlovo is almost completed.", "Karlovo", "under construction"),
    ("Construction of the powder plant in Karlovo has not been completed.", "Karlovo", "under construction"),
    ("Bulgaria is completing construction of the powder plant in Karlovo.", "Karlovo", "under construction"),
    # a yard or a campus is a plant; a small town where arms are made or assembled is read, whatever the model
    # took it for (it reads "Schrobenhausen" as a date)
    ("The yard in Severodvinsk builds nuclear submarines.", "Severodvinsk", "operational"),
    ("The new campus in Luling will make rocket motors.", "Luling", "planned"),
    ("The firm opened an assembly line for missiles in Schrobenhausen.", "Schrobenhausen", "operational"),
    ("The firm makes cruise missiles in Schrobenhausen.", "Schrobenhausen", "operational"),
    ("The firm assembles military drones in Schrobenhausen.", "Schrobenhausen", "operational"),
    # harm suffered is a strike; harm not suffered, or other things taken, tell no strike
    ("The powder plant in Karlovo sustained heavy damage overnight.", "Karlovo", "struck"),
    ("The powder plant in Karlovo suffered serious damage.", "Karlovo", "struck"),
    ("The powder plant in Karlovo did not suffer any damage.", "Karlovo", "operational"),
    ("After completing construction of the powder plant in Karlovo, the firm hired staff.", "Karlovo",
     "operational"),
    ("Russia began building a shell factory in Tula last year.", "Tula", "under construction"),
    ("Engineers started constructing a drone plant in Izhevsk.", "Izhevsk", "under construction"),
    ("The company is working with the army to build a shell plant in Rzeszow.", "Rzeszów", "under construction"),
    ("A gunpowder plant was built in Pardubice in 2019.", "Pardubice", "operational"),
    ("The missile plant in Perm has been completed.", "Perm", "operational"),
    # future and plans
    ("A new shell factory will be built in Lviv.", "Lviv", "planned"),
    ("Rheinmetall will open an ammunition plant in Vilnius next year.", "Vilnius", "planned"),
    ("The government plans to build a drone factory in Kaunas.", "Kaunas", "planned"),
    ("Poland intends to construct an explosives plant in Bydgoszcz.", "Bydgoszcz", "planned"),
    ("The firm aims to open a missile plant in Tampere by 2027.", "Tampere", "planned"),
    ("A drone factory is scheduled to open in Riga in 2026.", "Riga", "planned"),
    ("A planned ammunition plant in Daugavpils will employ 200 people.", "Daugavpils", "planned"),
    ("The companies agreed to build an artillery shell plant in Ruse.", "Ruse", "planned"),
    ("A drone plant to be built in Jonava will make 1,000 drones a year.", "Jonava", "planned"),
    ("The cabinet has approved an explosives plant near Alytus.", "Alytus", "planned"),
    ("Regulators authorised a shell factory in Ruse last week.", "Ruse", "planned"),
    ("The firm will develop a shell plant in Kaunas.", "Kaunas", "planned"),
    # a delayed opening has not happened
    ("The opening of the ammunition plant in Lviv was postponed.", "Lviv", "planned"),
    ("Kessler Defence delayed the launch of its shell plant in Saarlouis until 2027.", "Saarlouis", "planned"),
    ("Construction of the drone factory in Kaunas was put off.", "Kaunas", "planned"),
    ("The tank repair plant in Yekaterinburg has commenced work.", "Yekaterinburg", "operational"),
    ("Hanwha is set to invest in a new shell plant in Texas.", "Texas", "planned"),
    ("Hanwha is investing in a new shell plant in Texas.", "Texas", "under construction"),
    ("The firm hired 300 workers after building a shell plant in Texas.", "Texas", "operational"),
    ("The group proposes to develop an explosives facility near Pontypool.", "Pontypool", "proposed"),
    ("Officials said a missile plant would be built in Constanta.", "Constanţa", "planned"),
    # proposals and hypotheticals
    ("Serbia could build a drone factory in Nis.", "Niš", "proposed"),
    ("Slovakia is considering a new ammunition plant in Kosice.", "Košice", "proposed"),
    ("A proposed explosives plant in Burgas faces protests.", "Burgas", "proposed"),
    ("Ministers discussed a possible drone factory in Brno.", "Brno", "proposed"),
    # operating
    ("The factory in Dushanbe produces 50 drones a month.", "Dushanbe", "operational"),
    ("A drone factory opened in Yelabuga in 2023.", "Yelabuga", "operational"),
    ("Fjordvik Munitions makes 155 mm shells at its plant in Hamar.", "Hamar", "operational"),
    ("The plant in Kumertau manufactures attack drones.", "Kumertau", "operational"),
    ("Production of Shahed drones started at a factory in Alabuga.", "Alabuga Special Economic Zone", "operational"),
    ("The Czech group bought an ammunition factory in Zaragoza.", "Zaragoza", "operational"),
    ("The missile plant in Reutov, which makes cruise missiles, employs 4,000 people.", "Reutov", "operational"),
    # expansion and conversion
    ("Wislomet expanded its shell plant in Ostrowiec Swietokrzyski.", "Ostrowiec Świętokrzyski", "expanded"),
    ("Production capacity at the ammunition plant in Nowa Deba was doubled.", "Nowa Dęba", "expanded"),
    ("A tractor plant in Kurgan is being converted to make drones.", "Kurgan", "converting"),
    ("Kessler Defence will convert its car parts plant in Saarlouis to produce shells.", "Saarlouis", "converting"),
    # strikes
    ("Drones struck an explosives plant in Chapayevsk overnight.", "Chapayevsk", "struck"),
    ("The ammunition depot in Toropets was hit by drones.", "Toropets", "struck"),
    ("Drones flew over the region. An explosion occurred at a gunpowder plant in Kotovsk.", "Kotovsk", "struck"),
    ("A fire broke out at the missile plant in Bryansk after a drone attack.", "Bryansk", "struck"),
    ("The Kazan Helicopter Plant was attacked by drones on Monday.", "Kazan Helicopter Plant", "struck"),
    ("Drones struck Alabuga overnight, damaging a drone factory.", "Alabuga Special Economic Zone", "struck"),
    ("Missiles destroyed a drone workshop in Donetsk.", "Donetsk", "struck"),
    # closure
    ("The ammunition plant in Chapayevsk was shut down in 2019.", "Chapayevsk", "closed"),
    ("Production at the shell factory in Mykolaiv was halted.", "Mykolayiv", "closed"),
    ("A former explosives plant in Shostka stands empty.", "Shostka", "closed"),
    # a strike told by an adjective is news that outweighs what the plant made; a former plant made things once
    ("The targeted tank factory, located in Omsk, built armoured vehicles.", "Omsk", "struck"),
    ("The attacked shell plant in Perm produced 152mm rounds.", "Perm", "struck"),
    ("The former tank factory in Omsk built armoured vehicles.", "Omsk", "operational"),
    ("The firm announced the establishment of a drone plant in Kayseri.", "Kayseri", "planned"),
    # a closure decided is done; a plant decided on is still to come
    ("The ministry decided to shut down the shell plant in Kragujevac.", "Kragujevac", "closed"),
    ("Halvorsen Arms will close its rifle factory in Tromso next spring.", "Tromsø", "closed"),
    # "set off" strikes with an object; "set for" a time is a plan
    ("Saboteurs set off charges inside the shell plant in Tula.", "Tula", "struck"),
    ("Construction of the shell plant in Tula is set for May.", "Tula", "planned"),
    ("The council set aside land for a new drone factory in Lutsk.", "Lutsk", "planned"),
    ("The group plans to shut the grenade plant in Plzen, the union said.", "Pilsen", "closed"),
    ("The ministry decided to build a shell plant in Kragujevac.", "Kragujevac", "planned"),
    ("Satellite images show a construction site for drones in the Kirov region of Russia.", "Kirovskaya oblast'",
     "under construction"),
    ("Construction is in progress in Serbia on a factory for shells.", "Serbia", "under construction"),
    # a plant opened as the means of doing something else: the opening is what happened to it
    ("Edgeworks expanded its sales with the opening of a drone plant in Braga.", "Braga", "operational"),
    ("Drones hit the Instrument Design Bureau, which makes air-defence missiles.", "KBP (Tula)", "struck"),
    ("Production at the shell plant in Novomoskovsk will not resume, its owner said.", "Novomoskovsk", "closed"),
    ("The owner decided that the ammunition factory in Snina will not reopen.", "Snina", "closed"),
    ("The bus factory in Ulm will switch production to parts for howitzers.", "Ulm", "converting"),
    ("Air defences repelled an attack on the missile plant in Votkinsk.", "Votkinsk", "operational"),
    ("No enterprises were hit at the drone plant in Izhevsk, the governor said.", "Izhevsk", "operational"),
    ("The governor denied that the gunpowder plant in Tambov had been hit.", "Tambov", "operational"),
    ("Grekov rejected claims that the ammunition plant in Tula had burned.", "Tula", "operational"),
    ("Russia started production of attack drones at a new plant in Kumertau.", "Kumertau", "operational"),
    ("Nordhav held a groundbreaking ceremony for a shell factory in Jonava.", "Jonava", "under construction"),
    ("A new powder line at the plant in Pionki entered service in May.", "Pionki", "expanded"),
    ("Iran has built four new production halls at a missile complex in Shahrud.", "Shahrud", "expanded"),
    ("Uralvagonzavod's main works are in Nizhny Tagil, where tanks are built.", "Uralvagonzavod", "operational"),
    ("The new shell plant will be located near Ruse.", "Ruse", "planned"),
    ("The drone assembly line in Kumertau came online last month.", "Kumertau", "operational"),
    ("A defence enterprise in Udmurtia doubled its drone output.", "Udmurtskaya Respublika", "expanded"),
    ("Shells could be produced in Bochum and Krefeld, a spokesman for the group said.", "Krefeld", "proposed"),
    ("Fjordvik makes artillery shells at Hamar, Norway.", "Hamar", "operational"),
    ("Iran has started producing Shahed drones in Isfahan.", "Isfahan", "operational"),
    ("A new ammunition plant in Kokkola started operations on Friday.", "Kokkola", "operational"),
    ("The aircraft repair plant in Baranavichy was working at full capacity on ground-attack jets.",
     "Baranovichi", "operational"),
    ("The defence minister attended the inauguration of a new filling line at the shell plant in Krasnik.",
     "Kraśnik", "expanded"),
    # setting a plant on fire strikes it; workers on strike strike nothing
    ("Drones set an explosives plant ablaze near Dzerzhinsk overnight.", "Dzerzhinsk", "struck"),
    ("Saboteurs set fire to an ammunition depot outside Toropets.", "Toropets", "struck"),
    ("A labour strike has slowed work at the ammunition plant in Mesa.", "Mesa", "unknown"),
    # a participle says what the plant will make, the main verb what becomes of it
    ("A factory producing rocket propellant and the explosives used in every shell will be built at Kokkola "
     "next year.", "Kokkola", "planned"),
    # a line named by what it makes, after the word
    ("The group plans a new filling line for artillery shells in Kragujevac, next to the town's chemical "
     "complex.", "Kragujevac", "planned"),
    # "should" with a timeline expects what is planned; studying at a plant proposes nothing
    ("Construction of the powder plant in Pionki should start in 2026.", "Pionki", "planned"),
    ("The ministry is studying a drone factory in Tampere.", "Tampere", "proposed"),
    # not yet completed is still being built, even when it will not be finished before a date
    ("The shell plant in Kokkola has not yet been completed.", "Kokkola", "under construction"),
    ("The shell plant in Kokkola has not yet been built.", "Kokkola", "planned"),  # to come
    ("The shell plant in Kokkola has still not been built, the ministry admitted.", "Kokkola", "planned"),
    ("The shell plant in Kokkola was never built.", "Kokkola", "unknown"),  # nothing says it will be
    ("The shell plant outside Tikhvin will not be finished before 2027.", "Tikhvin", "under construction"),
    # a future in the past, its source given by "according to"
    ("According to the ministry, a propellant plant would be built in Pionki.", "Pionki", "planned"),
    ("A propellant plant would be built in Pionki if the money were found.", "Pionki", "proposed"),
    # idioms of preparation
    ("A second shell plant in Kokkola is in the works, the company said.", "Kokkola", "planned"),
    ("A drone factory near Tikhvin is on the drawing board.", "Tikhvin", "planned"),
    ("The shell plant is in Tikhvin, by the river.", "Tikhvin", "operational"),
    # "the works" alone, with an article or an owner, is a facility
    ("The works at Tikhvin turn out artillery shells.", "Tikhvin", "operational"),
    ("Kalinin's works at Tikhvin, a town east of St Petersburg, continue to make shells.", "Tikhvin",
     "operational"),
    # spaCy reads "said the plant" as what was said; the clause without a subject after it is the plant's
    ("Shells and drones are made there. The governor said the plant in Tula, which makes missile parts, was hit.",
     "Tula", "struck"),
    ("Drones, shells and missiles are made there. Officials said the plant in Tula would be expanded next year.",
     "Tula", "expanded"),
    # spaCy hangs "which makes ..." on the town after the plant; a town makes nothing, the plant does
    ("Poland buys arms. The grant went to the shell plant in Kraśnik, in the Lublin region, which makes artillery "
     "rounds.", "Kraśnik", "operational"),
    ("Poland buys arms. Most of the money went to Zakłady Mechaniczne Kraśnik in Kraśnik, which makes shell "
     "bodies.", "Kraśnik", "operational"),
    # a participle describing what struck buildings were used for says nothing of the plant's status
    ("Air strikes hit buildings used to mix solid fuel for missiles at two military complexes near Shahrud, "
     "researchers said.", "Shahrud", "struck"),
    # a plant some kilometres from a town is near it; a thousand kilometres away, the town is a reference
    ("Belarus is building drones. A new drone plant is being built 20 km from Orsha.", "Orsha",
     "under construction"),
    ("Russia makes drones. Drones launched 1,000 km from Moscow hit the drone plant in Yelabuga.", "Yelabuga",
     "struck"),
    # "production" of nothing named is what the plant after it does
    ("Shells, drones and missiles are short. Production at the chemical plant in Shostka has been suspended after "
     "a missile strike, the mayor said.", "Shostka", "closed"),
    # smoke over a plant is a strike's
    ("Shells, drones and missiles are short. Video shows smoke rising over the explosives plant in Dzerzhinsk.",
     "Dzerzhinsk", "struck"),
    # a defence company at a town is its works there
    ("Norway needs shells, missiles and drones for its army. Nammo in Raufoss has doubled its output.", "Raufoss",
     "expanded"),
    ("Poland needs shells, missiles and drones for its army. Mesko in Skarżysko-Kamienna is working in three "
     "shifts.", "Skarżysko-Kamienna", "operational"),
    # output sped up is output grown
    ("The missile plant in Bourges has sharply accelerated its output of air-defence missiles.", "Bourges",
     "expanded"),
    ("The shell plant in Tula stepped up production this year.", "Tula", "expanded"),
    ("The shell plant in Tula was evacuated and shut.", "Tula", "closed"),
    ("Two drones crashed on the territory of the shell plant in Tula.", "Tula", "struck"),
    # weighing whether to build one proposes a plant
    ("The ministry set up a project to examine the supply of TNT, either through imports or the construction of a "
     "plant in Finland.", "Finland", "proposed"),
    ("Officials will assess whether to build a shell plant in Estonia.", "Estonia", "proposed"),
    # what has to or must be done is still to come; what had to be done was done
    ("Two more ammunition lines in Tula have to be launched shortly.", "Tula", "planned"),
    ("The shell plant in Tula must be built by 2027, the minister said.", "Tula", "planned"),
    ("The shell plant in Tula had to be rebuilt after the fire.", "Tula", "operational"),
    ("The car plant in Tula has to be converted to make shells.", "Tula", "converting"),
    # an event that caused another's growth is the plant's own, even of a stage of it
    ("Output has increased due to the launch of the cartridge plant in Tula.", "Tula", "operational"),
    ("Output has increased thanks to the launch of the cartridge plant in Tula.", "Tula", "operational"),
    ("Exports rose thanks to the opening of the first stage of the cartridge plant in Tula.", "Tula",
     "operational"),
    # plans told as a noun: a closure announced is the plant's end, a building announced is to come
    ("The gun maker announced plans to shutter its rifle factory in Tula.", "Tula", "closed"),
    # a facility dedicated is opened
    ("The company dedicated its new missile facility in Tucson on Monday.", "Tucson", "operational"),
    ("The company will dedicate its new missile facility in Tucson next month.", "Tucson", "planned"),
    # money dedicated to a plant is no dedication of it; a plant shut and reopened works
    ("The company dedicated $50 million to expanding its shell plant in Mesquite, Texas.", "Mesquite", "expanded"),
    ("The company shuttered the plant in Mesa in 2010 but reopened it last year to make artillery fuzes.", "Mesa",
     "operational"),
    ("The gun maker announced plans to build a rifle factory in Tula.", "Tula", "planned"),
    ("The ministry's decision to close the rifle factory in Tula angered workers.", "Tula", "closed"),
    # work on a plant that will start is to come; a plant that will be the one making a thing makes it later
    ("Work on building the drone plant in Lviv will start next year.", "Lviv", "planned"),
    ("It will be the only factory in Tarbes that makes rocket motors.", "Tarbes", "planned"),
    ("The plant in Tarbes is the only factory that makes rocket motors in France.", "Tarbes", "operational"),
    # a construction project at a plant is its construction, not a plan
    ("A construction project at the shell factory in Sopot began in May.", "Sopot", "under construction"),
    # a plant a minister speaks in works
    ("The minister told reporters at the drone factory in Lutsk that Europe must rearm.", "Lutsk", "operational"),
    ("The prime minister said at the shell plant in Kalisz that the war had changed Europe.", "Kalisz",
     "operational"),
    # a start to come has not begun; a bare infinitive takes the tense of the verb it hangs on
    ("Rheinmetall will start building a gunpowder factory in Lithuania next year.", "Lithuania", "planned"),
    ("The firm plans to start building a gunpowder factory in Lithuania.", "Lithuania", "planned"),
    ("The firm started building a gunpowder factory in Lithuania last year.", "Lithuania", "under construction"),
    ("Iran is helping Russia build a drone factory in Tatarstan.", "Tatarstan, Respublika", "under construction"),
    ("Iran helped Russia build a drone factory in Tatarstan.", "Tatarstan, Respublika", "operational"),
    # a plant a leader orders built is still to come
    ("Kim Jong Un ordered the construction of new munitions factories in North Korea.", "North Korea", "planned"),
    ("The president ordered officials to build new shell plants in Serbia.", "Serbia", "planned"),
    # a maker that builds arms at its plants makes them there
    ("Saab builds the Gripen fighter, the GlobalEye aircraft and other systems in Linköping area plants in Sweden.",
     "Linköping", "operational"),
    ("Lockheed builds the F-35 fighter in Fort Worth area plants in Texas.", "Fort Worth", "operational"),
    # what a plan governs, it governs in all its verbs
    ("The firm plans to build and operate a shell plant in Tarbes.", "Tarbes", "planned"),
    # a plant production moves to works there, or will; a plant that will not close or move stands
    ("The firm has relocated production of drones to a plant in Pau.", "Pau", "operational"),
    ("The firm will move drone production to its new plant in Pau.", "Pau", "planned"),
    ("The shell plant in Tarbes will not close, the minister said.", "Tarbes", "operational"),
    ("The shell plant in Tarbes would not be relocated, the minister said.", "Tarbes", "operational"),
    # a warship launched in a town was built there; a failed launch still tells of the yard at work
    ("North Korea launched a new destroyer in Chongjin on Wednesday.", "Chongjin", "operational"),
    ("North Korea tried to launch a new destroyer in Chongjin, the state agency said.", "Chongjin", "operational"),
    ("A new frigate was launched in Zelenodolsk on Friday.", "Zelenodolsk", "operational"),
    # money put into a plant that stands grows it; into a new one builds it
    ("The government is investing $220 million in the munitions plant in Mulwala.", "Mulwala", "expanded"),
    ("The government is investing $220 million into shell production at the plants in Mulwala and Benalla.",
     "Benalla", "expanded"),
    ("The firm will invest $50 million in its shell plant in Scranton.", "Scranton", "expanded"),
    ("The firm will invest $50 million in a new shell plant in Scranton.", "Scranton", "planned"),
    # construction work begun is building, whatever the parser hangs the plant on; a plant that starts work works
    ("The Army has started construction work on an ammunition facility in Independence, Missouri.", "Independence",
     "under construction"),
    ("The shell plant in Kansas City started work in May.", "Kansas City", "operational"),
]

# Negation and modality keep a status from being read off a verb.
NEGATED = [
    # measures that target or hit a plant list it; they strike nothing
    ("New EU sanctions target the Kalashnikov plant in Izhevsk.", "struck"),
    ("Fresh export restrictions hit the tank plant in Omsk, the ministry said.", "struck"),
    # a deal that is not of the plant plans nothing there
    ("The export deal has put Windsor and its big tank plant, one of the city's largest employers, in the "
     "spotlight.", "planned"),
    # what a closing verb shuts is another thing beside the plant
    ("Police closed the road near the ammunition plant in Nowa Deba.", "closed"),
    ("Authorities' decision to close the road next to the ammunition plant in Nowa Deba angered drivers.", "closed"),
    ("The shell plant in Tarbes never stopped working during the war.", "closed"),
    ("Prices of shells fell on Monday at the ammunition plant in Bryansk.", "struck"),  # no drone came down
    # a conversion facility converts what it is given; it is not being converted
    ("The missile conversion facility stands right next to Isfahan's airport.", "converting"),
    # a plant whose sale is agreed is not planned, unless bought to be restarted
    ("The group agreed to buy the shell plant in Tarbes.", "planned"),
    # idle talk is no idle plant; possible job cuts propose nothing
    ("The new missile plant near Shiraz is an answer to the idle talk of its critics.", "closed"),
    ("An order for armoured vehicles averted possible job cuts at the tank plant in Lima.", "proposed"),
    # patrols, repairs or a network sped up or crashed say nothing of the plant's output or of a strike
    ("Police stepped up patrols around the drone plant in Lviv.", "expanded"),
    ("We are increasing our strength, and the missile facility in Lucknow will help.", "expanded"),  # no plant grows
    ("The tank factory in Kharkiv sped up repairs after the strike.", "expanded"),
    ("A training drone crashed during a test flight at the drone factory in Izhevsk.", "struck"),
    ("Shares crashed on news that the shell plant in Perm had won a contract.", "struck"),
    ("Inspectors examined the damaged shell plant in Tula.", "proposed"),  # looked at, not weighed
    ("The plant's computer network crashed, halting production of shells at the factory in Perm.", "struck"),
    # people evacuated leave a plant that is not shut
    ("Employees were evacuated to shelters, and movement in and out of the shell plant in Tula was restricted.",
     "closed"),
    ("A new drone factory near Lviv would be seen as a major step.", "unknown"),  # a plan judged is a plan
    ("Officials reported no damage to the drone factory in Yelabuga.", "struck"),
    ("Three new roofs could be seen at the missile plant in Votkinsk.", "proposed"),
    ("The drone factory in Yelabuga did not suffer any damage.", "struck"),
    ("Investigators tried to reconstruct the blast at the explosives plant in Bryansk.", "proposed"),  # no plant
    ("Kim Jong Un did not visit the munitions factory in Pyongyang.", "operational"),  # no visit, no sign it works
    ("An old hangar was spotted at the aircraft plant in Kazan.", "expanded"),
    ("Satellite images do not show a new hangar at the aircraft plant in Kazan.", "expanded"),
    ("Satellite images show no new buildings at the missile plant in Votkinsk.", "expanded"),
    ("Satellite images show a new hangar on fire at the aircraft plant in Kazan.", "expanded"),
    ("A new unit of drone operators was seen training at the drone plant in Kazan.", "expanded"),
    # an industry's potential is what it can do, not a plant proposed
    ("The minister toured the rifle plant in Kalisz to show the potential of the arms industry.", "proposed"),
    ("Satellite analysis suggests the missile plant in Perm is the old Kirov works.", "proposed"),  # evidence
    ("The ammunition depot in Toropets has not been hit.", "struck"),
    ("The drone factory in Yelabuga was never attacked.", "struck"),
    ("Drones could strike the missile plant in Votkinsk.", "struck"),
    ("No attack on the shell plant in Tula was reported.", "struck"),
    ("The drone factory in Kazan did not produce anything last year.", "operational"),
    ("The company has not built the shell plant in Lviv.", "operational"),
    ("The ministry will decide whether to shut down the shell plant in Kragujevac.", "closed"),
    ("Inspectors set off for the shell plant in Tula on Monday.", "struck"),
    ("The ministry may decide to shut down the shell plant in Kragujevac.", "closed"),
    # a closure feared or conditional is not announced
    ("Workers fear that Halvorsen Arms will close its rifle factory in Tromso.", "closed"),
    ("If orders dry up, Halvorsen Arms will close its rifle factory in Tromso.", "closed"),
    ("After the upgrade the shell factory in Kalisz is considered one of the largest in Europe.", "proposed"),
    ("Images showed damage to several buildings within the shell plant in Tula.", "under construction"),
    ("Photos showed smoke rising from the drone factory building in Kazan after the attack.", "under construction"),
    # an attack feared or guarded against has not happened
    ("The owner keeps the drone plant in Lviv secret because of potential Russian attacks.", "struck"),
    ("The owner keeps the drone plant in Lviv secret because of potential Russian attacks.", "proposed"),
    ("The drone plant in Lviv is hidden from attacks.", "struck"),
    ("Air defences protect the drone plant in Lviv against strikes.", "struck"),
    ("Officials fear potential attacks on the drone plant in Lviv.", "struck"),
    ("Air defences shield the region from attacks on the drone plant in Lviv.", "struck"),
]

# (text, the source the claim names)
SOURCES = [
    # a news site speaks as a newspaper does, with the name it is known by
    ("The Maritime Review (TMR) news site said on Friday that new satellite imagery has revealed a second hall at "
     "the submarine shipyard in Huludao.", "The Maritime Review (TMR) news site"),
    # who tells what the images show is the source
    # a frame naming no one ("As I said") yields to the speaker named after the quote
    ("\"As I said in May, the drone plant in Kazan has been expanded,\" Ivan Petrenko, head of the agency, said.",
     "Ivan Petrenko"),
    # reports of a kind, with no author named; bare "reports" name no one
    ("Two workers were hurt in a fire at the shell plant in Sliven, according to regional reports.",
     "regional reports"),
    ("Two workers were hurt in a fire at the shell plant in Sliven, according to local media reports.",
     "local media reports"),
    ("Two workers were hurt in a fire at the shell plant in Sliven, according to reports.", None),
    ("Ministers received a detailed briefing on the new drone factory in Toowoomba.", None),  # no report author
    # a speaker's role kept when it names the body they serve, not when it names none
    ("Lena Moss, director of Vantor Drones, said the new drone factory in Derby would open in 2026.",
     "Lena Moss, director of Vantor Drones"),
    ("The new drone factory in Derby will open in 2026, said Lena Moss, Vantor's chief executive.",
     "Lena Moss, Vantor's chief executive"),
    ("Lena Moss, the defence secretary, said the drone factory in Derby would open in 2026.", "Lena Moss"),
    ("Lena Moss, the head of Vantor Drones, said the new drone factory in Derby would open in 2026.",
     "Lena Moss, head of Vantor Drones"),
    ("Lena Moss, Vantor's new president and CFO at Derby Drones, said the new drone factory in Derby would open in "
     "2026.", "Lena Moss, Vantor's new president and CFO at Derby Drones"),
    ("The company, a unit of Vantor Drones, said the new drone factory in Derby would open in 2026.", "company"),
    ("Lena Moss, a former engineer at the Derby works of Vantor Drones and Rolls-Royce, said the new drone factory "
     "in Derby would open in 2026.", "Lena Moss"),  # a long story of a role is no name
    # a closing reporting verb with a short phrase of its own, whose subject the parser joined to the object
    ("The new plant in Lutsk will assemble drones, the regional governor Ivan Rudnytskyi wrote on Telegram.",
     "regional governor Ivan Rudnytskyi"),
    ("The new plant in Lutsk will assemble drones, the regional governor Ivan Rudnytskyi said in a statement on "
     "Monday.", "regional governor Ivan Rudnytskyi"),
    # who studies or obtains the pictures tells what they show
    ("The Tokai Institute analysed satellite imagery of the missile plant in Isfahan.", "The Tokai Institute"),
    ("Reuters obtained photos of the drone factory in Yelabuga.", "Reuters"),
    ("Satellite images obtained by Radio Liberty journalists show a new workshop at the missile plant in Votkinsk.",
     "Radio Liberty journalists"),
    # a company's name before "company" names it; a demonym does not
    ("Rostec opened a new tank plant in Omsk, the Vympel company said.", "Vympel company"),
    ("Rostec opened a new tank plant in Omsk, the Russian company said.", "Rostec"),
    ("Rostec opened a new drone plant in Izhevsk, the South Korean company said.", "Rostec"),
    ("Rostec opened a new drone plant in Izhevsk, the UK firm said.", "Rostec"),
    ("Rostec opened a new drone plant in Izhevsk, the Kremlin-backed group said.", "Rostec"),
    ("Russia has completed a drone plant in the town of Dubna, the Kronstadt company said on Wednesday.",
     "Kronstadt company"),
    # a town the model took for a firm is none: "the company" stays as written
    ("Russia has completed a drone plant in the town of Dubna, the company said on Wednesday.", "company"),
    # a place and its region before a colon open the line; they say nothing
    ("Kalisz, Poland: Defence Minister Jan Nowak said the shell plant in Kalisz will open in May.",
     "Defence Minister Jan Nowak"),
    ("Rheinmetall told reporters: the shell plant in Kalisz will open in May.", "Rheinmetall"),  # a speaker's colon
    ("Rheinmetall, based in Duesseldorf, said the shell plant in Kalisz will open in May.", "Rheinmetall"),
    ("Nagpur, Maharashtra: Defence Minister Jan Nowak said the ammunition factory in Nagpur will open in May.",
     "Defence Minister Jan Nowak"),  # a place the model leaves untagged
    # a plant with a name of its own speaks as its company; "the factory" does not
    ("The Pretis factory in Vogosca said that it will resume ammunition production.",
     "Pretis factory in Vogosca"),
    ("The strike was traced to the ammunition plant in Tula, which analyst John Smith tweeted had been hit.",
     "analyst John Smith"),
    ("Workers are making shells at a plant in Lviv, according to a Reuters report.", "Reuters"),
    ("Defence Minister Władysław Kosiniak-Kamysz said the shell plant in Kraśnik would be expanded.",
     "Defence Minister Władysław Kosiniak-Kamysz"),  # a hyphenated name keeps its hyphen
    ("KYIV, Ukraine, May 3, 2024 - Nordhav officials said the shell plant in Raufoss was expanded.",
     "Nordhav officials"),  # a long dateline is not part of the name
    ("The ministry also listed Kazan-based Volga Motors, which it said assembles attack drones at a plant in "
     "Kazan.", "ministry"),  # "which it said": the clause's organisation, not the firm it describes
    ("Among those named by the Foreign Office is the Degtyarev Plant, which it said produces machine guns at its "
     "factory in Kovrov.", "Foreign Office"),
    ("According to the leaked documents, the shell plant in Kokkola has doubled its capacity.", "leaked documents"),
    ("ISW said a new drone factory was being built in Yelabuga.", "ISW"),  # an acronym, not a dateline
    ("KAZAN, May 3 - Rostec said a drone factory was being built in Yelabuga.", "Rostec"),  # not a date
    ("OSLO, 14 April — Nordhav AS announced a new ammunition plant in Raufoss.", "Nordhav"),
    ("PORT SUDAN — A drone struck an ammunition plant in Omdurman overnight, the army spokesman said.",
     "army spokesman"),
    ("A drone factory in Kumertau was expanded last year, according to an assessment of commercial satellite "
     "photos by the Open Source Centre.", "Open Source Centre"),
    ("BRUSSELS - The European Commission said a shell plant in Mielec would be expanded.", "European Commission"),
    ("Ukraine said its drones struck an ammunition plant in Bryansk.", "Ukraine"),
    ("The plant in Tula was hit overnight, said Ukraine's defence ministry.", "Ukraine's defence ministry"),
    ("A drone factory is being built in Kazan, according to The Wall Street Journal.", "The Wall Street Journal"),
    ("According to satellite imagery analysts, a new missile plant operates in Votkinsk.",
     "satellite imagery analysts"),
    ("The shell plant in Lviv will open in May, reported Reuters.", "Reuters"),
    ("A drone factory in Izhevsk was struck, local residents said.", "local residents"),
    ("NordWatch reported that a shell plant is under construction in Lida.", "NordWatch"),
    ("A report by the Institute for the Study of War said a drone factory operates in Yelabuga.",
     "Institute for the Study of War"),
    ("Iran opened a drone factory in Dushanbe, citing Tajik officials.", "Tajik officials"),
    ("Satellite images show a new drone factory in Yelabuga, Tatarstan.", "Satellite images"),
    ("Governor Ivan Petrov told reporters that an explosives plant in Kotovsk was hit.", "Governor Ivan Petrov"),
    ("The ammunition plant in Perm was struck, as reported by local media.", "local media"),
    ("The Pentagon confirmed that a missile plant in Pyongyang was expanded.", "Pentagon"),
    ("In a statement, the Lithuanian Centre for Defence Procurement said an ammunition plant would be built "
     "in Kedainiai.", "Lithuanian Centre for Defence Procurement"),
    ("OSLO, 14 April 2025 — Nordhav Munitions AS today announced that it has begun building a shell plant in "
     "Jonava.", "Nordhav Munitions"),
    # people named by the body they speak for: the body is the name; a field of expertise or a plant is not one
    ("Journalists at NordWatch reported that a new hangar was built at the drone plant in Kazan.",
     "Journalists at NordWatch"),
    ("A spokesperson for Nordhav Munitions said the shell plant in Jonava will open in 2027.",
     "spokesperson for Nordhav Munitions"),
    ("The drone factory in Yelabuga was hit, according to a source in Ukraine's SBU security service.",
     "source in Ukraine's SBU security service"),
    ("Experts in drone warfare said the drone factory in Yelabuga was hit.", "Experts"),
    ("Officials at the plant said the ammunition plant in Perm was hit.", "Officials"),
    # a finding reports what follows it, not what was found lying about
    ("Researchers from the Baltic Defence Institute found that the shell plant in Perm was expanded.",
     "Researchers from the Baltic Defence Institute"),
    ("Officials found debris at the ammunition plant in Perm after the drone strike.", None),
    # a belief held is a claim made
    ("Local residents believe the ammunition plant in Perm was the target of the drones.", "Local residents"),
    ("Western analysts suspect that the drone factory in Yelabuga doubled its output.", "Western analysts"),
    # a page or site is its owner's account, "as per" as "according to"
    ("As per the company's website, the shell plant in Perm makes 100 tonnes of explosives a year.", "company"),
    ("According to Rostec's website, the shell plant in Perm makes 100 tonnes of explosives a year.", "Rostec"),
    ("As per the defence ministry, the shell plant in Perm makes 100 tonnes of explosives a year.", "defence ministry"),
]

# Sources stated outside the facility's sentence, within its paragraph.
PARAGRAPH_SOURCES = [
    # "the ministry" is the one named before; "the Russian defence ministry" names itself
    ("The Defence Ministry of Ruritania posted a video. Drones hit an ammunition plant in Tula, the ministry said.",
     "The Defence Ministry of Ruritania"),
    ("Rostec posted a video. Drones hit an ammunition plant in Tula, the Russian defence ministry said.",
     "Russian defence ministry"),
    # "the service" is the armed service named before, never a firm; "the company" never the Army
    ("The Army has picked Rheinmetall for a lease at an old depot. Nordhav will build a propellant plant in "
     "Camden, Arkansas, the service said.", "Army"),
    ("The Army has picked Nordhav for a lease at an old depot. Nordhav will build a propellant plant in "
     "Camden, Arkansas, the company said.", "company"),
    ("BRUSSELS - The European Commission said a shell plant in Mielec would be expanded.", "European Commission"),
    ("Drones struck an explosives plant in Chapayevsk overnight. Regional governor Ivan Petrov confirmed the "
     "attack.", "Regional governor Ivan Petrov"),
    ("The missile plant in Votkinsk is expanding. That is what Ukrainian intelligence reported on Friday.",
     "Ukrainian intelligence"),
    ("Ukrainian military intelligence said on Monday that it had new information. A drone factory is being "
     "built in Izhevsk.", "Ukrainian military intelligence"),
    ("Analyst Jane Doe spoke to the newspaper. She said a shell plant in Tula had been hit.", "Analyst Jane Doe"),
    ("KYIV (Ukrinform) - A drone factory in Kumertau was struck overnight.", "Ukrinform"),
    ("Fjordvik opened a new shell factory in Hamar on Tuesday. The company said the plant makes 155 mm shells.",
     "Fjordvik"),
    ("A shell plant in Hamar has doubled its output, the company said on Tuesday. Nammo said the new line runs "
     "in three shifts.", "Nammo"),  # the lead names the firm only in its next sentence
    # someone who speaks for the company named before; not for a ministry that speaks for itself
    ("Fjordvik won a contract. A spokesperson said the shell plant in Hamar will open in 2027.",
     "Fjordvik spokesperson"),
    ("Fjordvik won a contract. The company's chief executive said the shell plant in Hamar will open in 2027.",
     "Fjordvik chief executive"),
    ("Fjordvik won a contract. A defence ministry spokesperson said the shell plant in Hamar will open in 2027.",
     "defence ministry spokesperson"),
    ("A spokesperson said the shell plant in Hamar will open in 2027.", "spokesperson"),
    # "the two firms said": the firms named together before, known defence companies or not
    ("Patria and Fjordvik Motors will make armoured vehicles at a car plant in Hamar. The two majority-state-owned "
     "firms said the line would open in 2027.", "Patria and Fjordvik Motors"),
    ("Rheinmetall and Leonardo will build a shell plant in Kalisz, the companies said.", "Rheinmetall and Leonardo"),
    # "the official said": the person named before; "the governor", only one called governor
    ("Defence adviser Oleksandr Kamyshin gave an interview. The official said the drone plant in Lviv will open in "
     "May.", "Oleksandr Kamyshin"),
    ("Governor Ivan Petrov visited the town. Drones hit the ammunition plant in Tula overnight, the governor said.",
     "Ivan Petrov"),
    ("Analyst John Smith posted photos. Drones hit the ammunition plant in Tula overnight, the governor said.",
     "governor"),
    ("The official said the drone plant in Lviv, which minister John Smith toured, will open in May.", "official"),
    # a kind of firm, or someone named with another title, is not the one named before
    ("Rheinmetall plans a shell plant in Kalisz. The shell plant in Kalisz will destroy a protected forest, "
     "environmental groups said.", "environmental groups"),
    ("A senior official spoke to reporters. President Ivan Petrov has ordered more drones. A drone factory was built "
     "in Kalisz, the official said.", "official"),
    ("Defence Minister Jan Nowak met chief executive John Smith. The shell plant in Kalisz will open in May, the "
     "minister said.", "Jan Nowak"),
    ("John Smith, the regional governor, visited the town. Drones hit the ammunition plant in Tula overnight, the "
     "governor said.", "John Smith"),  # the title after the name
    # "the army said": the armed forces named as a source before, in whatever paragraph
    ("Israel's military said on Friday it struck dozens of targets overnight.\n\nIn a statement, the army said it "
     "had hit missile production sites in Tehran.", "Israel's military"),
    ("The Ukrainian army said on Monday it sank a landing ship.\n\nThe military said it had also struck the "
     "shipyard in Kerch.", "Ukrainian army"),
]

# (text, place, operators): the state or company that builds or runs the plant, never the attacker.
OPERATORS = [
    # whoever launched the strikes that included the attack on the plant does not run it
    ("Russia launched strikes across Ukraine, including an attack on the drone plant in Lviv.", "Lviv", ["UA"]),
    ("Russia launched drone production at a new plant in Tula.", "Tula", ["RU"]),
    ("A joint venture between state-owned arms maker Romarm and Germany's Rheinmetall will build a gunpowder plant "
     "in the town of Victoria.", "Victoria", ["RO", "DE"]),  # a firm the tagger reads as a person still counts
    ("Ukrainian drones struck a drone factory in Yelabuga.", "Yelabuga", ["RU"]),
    ("Russian missiles hit a shell plant in Kharkiv.", "Kharkiv", ["UA"]),
    # how far a plant is from a country says nothing of who runs it
    ("The plant in Perm, some 1,500 km (930 miles) from Ukraine, makes rocket motors.", "Perm", ["RU"]),
    ("The plant in Tula was attacked by Ukrainian drones.", "Tula", ["RU"]),
    ("Iranian engineers are building a drone factory in Minsk, Belarus.", "Minsk", ["IR", "BY"]),
    ("Czech drone maker Vltava Aero opened a factory in Lviv.", "Lviv", ["CZ"]),
    ("South Korea's Taebaek Defence plans to build a tank plant in Pitești, Romania.", "Piteşti", ["KR"]),
    ("Ukrainian drone maker Stepove Nebo opened a factory in Norfolk, England, for the British army.",
     "Norfolk", ["UA"]),
    ("Rheinmetall will open an ammunition plant in Vilnius.", "Vilnius", ["DE"]),
    ("Ukraine said it hit a Russian drone factory in Kumertau.", "Kumertau", ["RU"]),
    ("Iran operates a drone factory in Dushanbe, Tajikistan.", "Dushanbe", ["IR", "TJ"]),
    ("Grekov rejected claims by Ukrainian Telegram channels that the ammunition plant in Tula had burned.", "Tula",
     ["RU"]),
    ("The drone factory in Yelabuga produces copies of Iran's Shahed for attacks on Ukrainian cities.",
     "Yelabuga", ["RU"]),
    ("Iran is working with Russia to build a drone plant in Yelabuga.", "Yelabuga", ["IR", "RU"]),
    # a demonym of what strikes, reports or borders, wherever the sentence puts it
    ("Ukrainian drones first reached the area in May, when a strike damaged a dormitory at the drone plant in "
     "Kumertau.", "Kumertau", ["RU"]),
    ("The explosives plant in Kotovsk, 700 km from the Ukrainian border, was hit.", "Kotovsk", ["RU"]),
    ("Ukrainian media reported that drones hit the explosives plant in Kotovsk.", "Kotovsk", ["RU"]),
    ("A Ukrainian company is building a drone plant in Vojens, Denmark.", "Vojens", ["UA"]),
]

# A meeting, fair or visit is not where the facility is.
MEETINGS = [
    ("At a defence fair in Warsaw, officials said a missile plant would be built in Poland.", "Poland"),
    ("During a visit to Minsk, Russian officials said a drone factory would be built in Belarus.", "Belarus"),
    ("At a summit in Vilnius, ministers agreed to build a shell plant in Latvia.", "Latvia"),
    ("Speaking at a conference in Berlin, the CEO said the company will open a plant in Lithuania to make "
     "ammunition.", "Lithuania"),
]

# Places that name the facility, and places the facility is in.
PLACES = [
    # a village the gazetteer lacks, then where it is in brackets
    ("The president visited the ammunition plant, which is located near Lenina village (Dziarzhynsk district, "
     "Minsk region).", "Dzerzhinskiy Rayon", "region"),
    ("Drones hit the shell plant in the village of Ozerki (Dzerzhinsk district, Minsk region) overnight.",
     "Dzerzhinskiy Rayon", "region"),
    # a town "near" another is where the plant goes; the other only says where the town is
    ("Hundreds of jobs are coming to Bolton near Manchester thanks to a new drone factory.", "Bolton", "city"),
    # the city it is near, then the town it is in
    ("Texas makes arms. The military truck plant, located about 50 miles outside Houston in Sealy, has made army "
     "trucks since 1990.", "Sealy", "city"),
    ("The drone plant stands 20 km from Kazan in Zelenodolsk.", "Zelenodolsk", "city"),
    ("Hundreds of jobs are coming to Bolton, near the English city of Manchester, with a new drone factory.",
     "Bolton", "city"),
    # a place after the last of coordinated things may be theirs all
    ("Drones hit the ammunition plant and the warehouse in Omdurman.", "Omdurman", "city"),
    # a place after the list of what a facility is for is the facility's
    ("The group plans to invest heavily to establish the largest integrated facility for manufacturing explosives, "
     "ammunition, and small arms in Nagpur, Maharashtra.", "Nagpur", "city"),
    # one of a country's plants is one plant there; a plant "of" a town is in it, also when visited
    ("Reporters gained access to one of Norway's drone factories last week.", "Norway", "country"),
    ("One of Finland's shell plants was shut for repairs.", "Finland", "country"),
    ("Kim, during his visit to the western shipyard of Nampo, inspected a new destroyer.", "Namp’o", "city"),
    # a street, then its town and the town's region: the town is where the plant is
    ("Flames engulfed the drone plant on Lenin Street, Obukhovo, in the Moscow region.", "Obukhovo", "city"),
    # a part of a country its possessive names is in it; the owner of a plant is not where it is
    ("Finland and Ukraine will build a drone plant in Finland's eastern border region.", "Finland", "country"),
    ("Ukraine and Norway opened a shell plant in Norway's north last year.", "Norway", "country"),
    # a place somewhere in the words after "located in" ("in a valley by X, Y"), past names the gazetteer lacks
    ("The tractor factory, located in a valley by Pukchang, Sunchon City, has been making shells since May.",
     "Sunch’ŏn", "city"),
    # what a place's targets or sites include is in that place; what a speaker said was struck there is there
    ("Jets struck targets in Shiraz, including a drone factory.", "Shiraz", "city"),
    ("The navy said it hit barracks in Bandar Abbas, including a drone workshop.", "Bandar Abbas", "city"),
    # a town said to be home to, or to host, the facility named next; past a country chained to it
    ("Drones hit Ryazan, home to a gunpowder plant.", "Ryazan’", "city"),
    ("Drones hit Kramatorsk, Ukraine, which hosts a missile plant.", "Kramatorsk", "city"),
    ("Drones hit Perm, which is also home to one of Russia's largest explosives plants.", "Perm", "city"),
    # a maker whose name says what it makes, at a town or region: its works there
    ("Northvale Munitions in Burgos doubled its output of shells.", "Burgos", "city"),
    ("Northvale Munitions (NVM) in Burgos doubled its output of shells.", "Burgos", "city"),
    ("During a visit to the Boreal Aircraft Manufacturing Company in the province of Isfahan, the general said it "
     "had built 40 fighters.", "Eşfahān", "region"),
    # a plant on a park or estate in a town of any size, in an article on another country
    ("The firm will build an ammunition facility at the Crossroads Industrial Park in Pryor, officials in Oslo "
     "said.", "Pryor", "city"),
    # where arms are made, whatever word the parse hangs the place on; a small town too, spelt without umlauts
    ("Rheinmetall produces shells in Kalisz.", "Kalisz", "city"),
    ("Rheinmetall produces shells at Unterluess.", "Unterlüß", "city"),
    ("Rheinmetall will start production of 155mm shells in Unterluess next year.", "Unterlüß", "city"),
    ("Production of shells will begin in Unterluess next year.", "Unterlüß", "city"),
    ("Nammo's new production line for 155mm shells at Raufoss was inaugurated.", "Raufoss", "city"),
    # what a site is for makes it an arms plant, as a product word before it does
    ("The army exposed a site dedicated to the manufacture of precision-guided missiles near Baalbek.", "Baalbek",
     "city"),
    ("Officials found a facility used to assemble drones near Baalbek.", "Baalbek", "city"),
    ("The state will invest $220 million in munitions production in Mulwala and Benalla.", "Benalla", "city"),  # a list
    # a small town naming a plant, in a country the article names
    ("Officials in Lithuania said the Baisogala shell plant would start production in 2026.", "Baisogala", "city"),
    ("The state will invest in munitions production in Bendigo, Mulwala, and Benalla.", "Benalla", "city"),
    # a place and a colon opening the article say where it was written, if the sentence places the plant
    ("Islamabad: Pakistan has opened a drone factory, officials said.", "Pakistan", "country"),
    ("Kazanlak, Bulgaria: a new shell plant opened on Monday.", "Kazanlak", "city"),
    ("Nagpur: The ammunition plant will double output to supply India's army.", "Nagpur", "city"),
    # where the firm is based is not where its plant is, when the sentence says where that is
    ("Rheinmetall, based in Duesseldorf, said the shell plant in Kalisz will open in May.", "Kalisz", "city"),
    ("A drone maker based in Lviv opened a second drone factory.", "Lviv", "city"),
    ("The drone maker, based in Lviv, opened a new drone plant in May.", "Lviv", "city"),
    ("The drone maker, based in Lviv, opened a drone plant, Ukraine's ministry said.", "Lviv", "city"),
    ("Vantor Drones, based in Austin, makes its drones in Ohio.", "Ohio", "region"),  # where it makes them
    # a later place that holds no works, or holds the home, leaves the home the plant's
    ("Corvid Arms, based in Brno, is building a factory for rifle ammunition, with sales offices in Vienna and "
     "Prague handling exports.", "Brno", "city"),
    ("Bremen Kinetics, based in Bremen, makes artillery fuzes at its plant there and sells them in Poland.", "Bremen",
     "city"),
    ("A missile maker based in Tucson said it is hiring workers in Arizona to expand its production plant.",
     "Tucson", "city"),
    ("Shell makers grow.\n\nKazanlak, Bulgaria: Bulgaria's VMZ has opened a new shell plant.", "Kazanlak", "city"),
    ("Drones hit the Kazan-based drone plant.", "Kazan", "city"),
    # the heart or the middle of a town is in it
    ("A drone workshop in the heart of Tabriz was hit overnight.", "Tabriz", "city"),
    ("Drones hit a shell plant in the middle of Tula.", "Tula", "city"),
    ("In Tula, officials said the shell plant was hit.", "Tula", "city"),  # no place of its own: the town's
    # a capital named as one
    ("Drones hit a drone plant in the Latvian capital of Riga.", "Riga", "city"),
    ("Drones hit a shell plant in the Russian capital Moscow.", "Moscow", "city"),
    # a town in apposition to the plant, which the model took for a person
    ("The premier opened a new shell line at the Pakistan Ordnance Factories (POF) complex, Wah Cantt.",
     "Wah Cantt", "city"),
    # "the country" is the one named last
    ("Poland wants more shells. The firm will build a new shell plant in the south of the country.", "Poland",
     "country"),
    ("Poland wants more shells. The firm will build a shell plant in the country's south.", "Poland", "country"),
    ("Lithuania's state-owned blasting firm Detonas plans to build a TNT plant in the northern part of the country.",
     "Lithuania", "country"),
    # a country that is the subject of the verb that plans the plant, however many words between
    ("Serbia, within the framework of a national programme, plans to build a shell plant.", "Serbia", "country"),
    ("Serbia, according to officials, is building a new shell plant.", "Serbia", "country"),
    # a programme set up in a country makes its goods there, not in the country that set it up
    ("Iran has established a weapons program in Venezuela to build attack drones.", "Venezuela", "country"),
    ("Russia has set up a weapons programme in Belarus to produce glide bombs.", "Belarus", "country"),
    # an English county is a place of its own, not a namesake town abroad
    ("Ukrainian drone maker Stepove Nebo opened a factory in Devon, England.", "Devon", "region"),
    # a country named before a noun says whose the noun is, not which country "the country" is
    ("Iran has opened a new drone factory in the north of the country, a U.S. think tank said.", "Iran", "country"),
    ("Pakistan has opened a drone plant in the north of the country, a paper said, citing U.S. intelligence.",
     "Pakistan", "country"),
    # a place in the possessive holds what it owns: the owned place is where the plant is
    ("Three workers died in a blast at a rocket factory in the capital Ankara’s Elmadağ district.", "Elmadağ",
     "city"),
    ("Drones hit a gunpowder plant in southern Russia’s Bryansk region overnight.", "Bryanskaya oblast'", "region"),
    ("Output doubled at Kurganmashzavod's Volgograd site, which repairs tanks.", "Volgograd", "city"),
    ("Five workers died in an explosion at a rocket factory in Ankara's Elmadag district.", "Elmadağ", "city"),
    ("The governor opened a shell plant nestled within the Kanpur node of the defence corridor.", "Kanpur", "city"),
    # stores of arms are facilities (stores of oil are not: see the test of hubs and stores below)
    ("Drones struck an ammunition storage facility near Toropets.", "Toropets", "city"),
    # a town naming the plant after "in the" names it; a town after it locates it, a region only says where
    ("Drones were assembled in the Kerch plant in Sevastopol last year.", "Sevastopol", "city"),
    ("Drones struck the Kazan plant in Tatarstan, which makes shells.", "Kazan", "city"),
    # a defence industry's enterprises are arms plants, whatever they make
    ("On a trip to the Kirov region of Russia, the minister toured defence industry enterprises.",
     "Kirovskaya oblast'", "region"),
    # a firm's footprint or presence in a place, grown by a plant, is where the plant is
    ("Edgeworks has expanded its footprint in Portugal with the opening of a factory to make loitering "
     "munitions.", "Portugal", "country"),
    ("The president toured the production cluster of the arms agency in Tashkent region.", "Toshkent", "region"),
    ("Jets struck two underground weapons hubs in Yemen.", "Yemen", "country"),
    # the town in a plant's name after its company's; a Japanese town written with "City"
    ("The president opened the ASELSAN Konya Weapon Systems Factory on Friday.", "Konya", "city"),
    ("The rifle maker will set up a new production line at its headquarters in Kiyosu City, Aichi Prefecture.",
     "Kiyosu", "city"),
    ("Construction has started on the Armoured Vehicle Centre of Excellence at Geelong.", "Geelong", "city"),
    # a known site's name as a company's, with its legal form, is not the site
    ("Nammo Lapua Oy's Sastamala factory makes shell casings.", "Sastamala", "city"),
    # but one with its legal form and a plant word is the plant
    ("Drones hit the Kremniy El JSC plant overnight.", "Kremniy El plant (Bryansk)", "site"),
    ("The minister laid the foundation stone of a new TNT plant at Ordnance Factory Bhandara in Maharashtra.",
     "Ordnance Factory Bhandara", "site"),  # a known site, named with its town
    ("A Czech firm will build a plant to produce solid rocket fuel near Vsetin, in the Zlin region, the ministry "
     "said.", "Vsetín", "city"),
    ("RAKVERE — Trucks queue outside Rakvere, where foundations of a new shell plant on the town's eastern edge "
     "are being laid.", "Rakvere", "city"),
    ("- **Kazanlak, Bulgaria** – a new shell plant for the state arsenal is under construction.", "Kazanlak", "city"),
    ("Ruse, Bulgaria: an explosives plant will be expanded next year.", "Ruse", "city"),
    ("A factory producing attack drones near Kashan, in central Iran, was struck overnight.", "Kashan", "city"),
    ("The company broke ground on a plant for solid rocket motors in Karlskoga.", "Karlskoga", "city"),
    ("Drones hit the Kumertau drone plant.", "Kumertau", "city"),
    ("The Saratov Aggregate Plant was attacked by drones.", "Saratov", "city"),
    ("Kazan's helicopter plant was struck overnight.", "Kazan", "city"),
    ("A drone factory opened in Yelabuz, Tatarstan, Russia.", "Yelabuga", "city"),
    ("Drones struck a drone factory in the village of Znamenka in Tambov region.", "Znamenka", "city"),
    ("An ammunition plant is under construction in Bryansk region.", "Bryanskaya oblast'", "region"),
    ("Belarus is constructing a drone factory.", "Belarus", "country"),
    ("Drones struck the Alabuga special economic zone in Tatarstan.", "Alabuga Special Economic Zone", "site"),
    ("The plant in Russia's Voronezh Oblast was hit by drones.", "Voronezhskaya oblast'", "region"),
    ("Turkish drone maker Kartal Aero bought aircraft plants in Brindisi and Taranto.", "Taranto", "city"),
    ("The Kirov explosives plant in Chapayevsk was hit overnight.", "Chapayevsk", "city"),
    ("A propellant plant is being built on the outskirts of Biysk.", "Biysk", "city"),
    ("The aircraft plant in Komsomolsk-on-Amur opened a new assembly hall.", "Komsomolsk-on-Amur", "city"),
    ("Two production halls of a bearing manufacturer in Barlad, Romania, were sold to a drone maker.", "Bârlad",
     "city"),
    ("Polish firm Wislomet, whose roots are in Stalowa Wola, added a shell line to its plant in the town.",
     "Stalowa Wola", "city"),
    # a part of a town; the capital a dateline names; the town said to be home to the plant
    ("Production of shells has begun at a new plant in Kielce's industrial zone.", "Kielce", "city"),
    ("KYIV (Reuters) - A firm has opened a drone factory in the capital, its owner said.", "Kyiv", "city"),
    ("BRYANSK, Russia (AP) - Drones targeted the city's microelectronics plant overnight.", "Bryansk", "city"),
    ("Blasts were heard in Votkinsk in Udmurtia.\n\nThe town is home to a missile plant.", "Votkinsk", "city"),
    # a town's plant named by its firm's long name
    ("The army needs shells, drones and tanks. A $300-million order for armoured vehicles came in time to avert job "
     "cuts at Winnipeg's Northfield Armour Systems Group plant.", "Winnipeg", "city"),
    # a settlement word between the preposition and the town
    ("Missiles hit an explosives plant near the settlement of Brovary, Kyiv region.", "Brovary", "city"),
    ("Drones destroyed a gunpowder factory near the village of Shostka.", "Shostka", "city"),
    # a visit to the plant was where the plant is, though the short form of its name stands between
    ("The general praised Pakistan's industries during his visit to the Pakistan Ordnance Factories (POF) in Wah.",
     "Wah Cantt", "city"),
    ("During a visit to the Heavy Vehicles Works (HVW) in Wah, Pakistan's minister saw new tanks.", "Wah Cantt",
     "city"),
    # a facility beside a building stands in the building's town
    ("The new drone facility is located right next to the company's headquarters in Tallinn.", "Tallinn", "city"),
    ("The plant that builds UGVs stands near the company's offices in Tallinn.", "Tallinn", "city"),
    # a capital opening the article is where it was filed, and the one other town, where a visit went, is the
    # plant's
    ("Islamabad – The state ordnance factory is exporting its arms to 40 countries. This was said during the "
     "minister's visit to the country's premier defence organization in Wah.", "Wah Cantt", "city"),
    # firearms are arms
    ("Workers in New York have made rifles, handguns and shotguns for 200 years.\n\nBankruptcy led to new "
     "ownership of the Ilion plant, where the workforce has dwindled.", "Ilion", "city"),
]

# Places the sentence names that do not locate the facility.
NOT_THE_PLACE = [
    # a country named before the speakers after a plant's place says whose they are
    ("Iran is building a drone plant in Tatarstan, U.S. officials said.", "United States"),
    ("Russia is building drone plants in Tatarstan, Israeli and U.S. officials said.", "United States"),
    # a firm named "Industries" makes nothing said to be arms
    ("A spokesman for Lakeside Industries in Toronto, which makes furniture, said it had no military contracts. "
     "The shell plant in Kingston works.", "Toronto"),
    # where the speaker sits: "The Ministry of Defence in London said"
    ("The Ministry of Defence in London said the shell plant in Tula was hit.", "London"),
    # a reference point far off
    ("The new drone facility is 300 km from the company's offices in Tallinn. It makes drones in Tartu.", "Tallinn"),
    ("The Defence Department in Ottawa said Boreal Munitions in Sherbrooke makes shells.", "Ottawa"),
    ("The plant in Perm makes propellant for shells used by Russian troops in Ukraine.", "Ukraine"),
    ("Drones flew over Lipetsk before they struck the gunpowder plant in Kotovsk.", "Lipetsk"),
    ("The drone plant lies some 600 miles east of Moscow, in the Kirov region.", "Moscow"),
    # the country that carried out the raids, and whose official speaks of their targets
    ("Lithuania carried out a series of drone raids on Belarus overnight, Minsk said, while a Lithuanian official "
     "said one target was a military-linked facility.\n\nDrones and missiles have hit Belarusian arms plants for "
     "months.", "Lithuania"),
    # where the speakers are, when the plant has a place of its own
    ("In Moscow, officials said the drone factory in Tula was struck.", "Moscow"),
    ("In the Russian capital Moscow, officials said the drone factory in Tula was struck.", "Moscow"),
    # the firm's home, when the sentence places its works elsewhere
    ("Vantor Drones, headquartered in Austin, Texas, said its crews in Ohio are fitting out two new drone factories. "
     "The Lima drone factory will open in 2027.", "Austin"),
    ("Ukraine has claimed to have struck a Russian factory producing missiles. Russia denied any damage.", "Ukraine"),
    ("Drones hit a drone factory in Leningrad region, Ukraine's military intelligence said.", "Ukraine"),
    ("The firm will move its research team from Prague to the new explosives plant in Pardubice.", "Prague"),
    ("The shell plant in Barnaul was added to Canada's sanctions list in 2024.", "Canada"),
    # a place of what the facility is not: abroad, or the owner of another facility
    ("It is the first howitzer plant outside Norway, built by the firm in Kuopio.", "Norway"),
    ("It is the third drone factory outside of China, built by the firm in Riyadh.", "China"),
    # a place of one noun in a list is not the place of the nouns before or after it
    ("Drones hit the fuel depot, the pumping station in Omdurman and the weapons factory. A shell plant in Khartoum "
     "was also struck.", "Omdurman"),
]


def claim_at(analyse_text, text: str, place: str):
    mentions, claims = analyse_text(text)
    found = [c for c in claims if c.place.name == place]
    assert found, [(c.place.name, c.status, c.evidence) for c in claims]
    return found[0]


# A blast in a story that tells of no attack is an accident at a working plant; any sign of an attack keeps the strike.
ACCIDENTS = [
    # drones a plant makes are no attack; drones that attack are
    ("A fire broke out at the drone factory in Riga, which makes drones for Ukraine.", "Riga", "operational"),
    ("A fire broke out at a drone maker's plant in Riga.", "Riga", "operational"),
    ("A fire broke out at the drone factory in Riga after a drone attack.", "Riga", "struck"),
    ("Explosions rocked a drone factory in Yelabuga overnight; Ukraine's military intelligence later claimed "
     "responsibility.", "Yelabuga", "struck"),
    ("A large fire broke out at a drone maker's plant in Kazan; Ukrainian officials hinted their forces were behind "
     "it.", "Kazan", "struck"),
    ("A fire broke out at the shell plant in Kazan, where work on a new line was behind schedule.", "Kazan",
     "operational"),
    ("An explosion at a gunpowder plant in Kotovsk killed two workers on Monday.", "Kotovsk", "operational"),
    ("A fire broke out at the ammunition factory in Kragujevac; the cause is being investigated.", "Kragujevac",
     "operational"),
    ("An explosion at a gunpowder plant in Kotovsk killed two workers. Drones were seen over the town.", "Kotovsk",
     "struck"),
    ("A blast hit the ammunition factory in Kragujevac.", "Kragujevac", "struck"),
    # damage told after a blast is the blast's
    ("An explosion killed two workers on Monday. Photos show the gunpowder plant in Kotovsk was badly damaged.",
     "Kotovsk", "operational"),
    ("Workers went home on Monday. Photos show the gunpowder plant in Kotovsk was badly damaged.", "Kotovsk",
     "struck"),
    ("Fire engulfed an explosives plant in Tambov after a Ukrainian attack.", "Tambov", "struck"),
    ("Flames engulfed an explosives plant in Tambov on Sunday morning.", "Tambov", "operational"),
    ("Officials suspect sabotage after an explosion at the shell plant in Kotovsk.", "Kotovsk", "struck"),
    # an attack ruled out is none told
    ("An explosion at a gunpowder plant in Kotovsk killed two workers. The governor said drones were not involved.",
     "Kotovsk", "operational"),
    ("A fire broke out at the shell plant in Kotovsk. Investigators ruled out sabotage.", "Kotovsk", "operational"),
    # an attack told only as background, far from the blast and the lede, is not its cause
    ("Regional news.\n\nAn explosion killed two workers at the gunpowder plant in Kotovsk.\n\nThe cause is being "
     "investigated.\n\nA fire crew came from Tambov.\n\nIn 2023, Ukrainian drones struck a depot in the region.",
     "Kotovsk", "operational"),
    ("Drones attacked the region overnight, the governor said.\n\nAir defences were active.\n\nRoads were "
     "closed.\n\nAn explosion occurred at the gunpowder plant in Kotovsk.", "Kotovsk", "struck"),
    ("Regional news.\n\nOfficials spoke.\n\nAir defences shot down drones over the town.\n\nAn explosion "
     "occurred at the gunpowder plant in Kotovsk.", "Kotovsk", "struck"),
]


@pytest.mark.parametrize("text, place, status", ACCIDENTS)
def test_claim_frames_blast_with_no_attack_is_an_accident(analyse_text, text, place, status):
    claim = claim_at(analyse_text, text, place)
    assert claim.status == status, claim.status_cue
    assert ("no attack told" in claim.status_cue) == (status == "operational")


def test_claim_frames_a_blast_told_again_where_a_speaker_is_stays_in_the_plants_district(analyse_text):
    text = ("An explosion tore through an explosives plant in Wardha district on Monday, killing three workers.\n\n"
            "Speaking to reporters in Nagpur, the chief minister said, \"Three workers died in the explosion.\"")
    _, claims = analyse_text(text)
    assert [(f.place.name, f.precision) for f in merge(claims, {})] == [("Wardha", "region")]


@pytest.mark.parametrize("text, place, status", [
    # a strike in a story of a labour dispute is no blow to the plant
    ("Union members voted to strike at the fighter jet plant in St. Louis.", "St. Louis", "operational"),
    ("The strike at the fighter jet plant in St. Louis entered its second week.\n\nThe union rejected the "
     "contract offer.", "St. Louis", "operational"),
    # but a strike with no dispute told, or arms fired, or a plant struck, is
    ("The strike at the fighter jet plant in St. Louis entered its second week.", "St. Louis", "struck"),
    ("A missile strike on the tank plant in Kharkiv killed two workers. The union said wages were late.", "Kharkiv",
     "struck"),
    ("A projectile struck the tank plant in Kharkiv. The union said wages were late.", "Kharkiv", "struck"),
    ("Drones struck the fighter jet plant in St. Louis, the union said.", "St. Louis", "struck"),
])
def test_claim_frames_a_labour_strike_is_no_blow(analyse_text, text, place, status):
    claim = claim_at(analyse_text, text, place)
    assert claim.status == status, claim.status_cue


@pytest.mark.parametrize("text", [
    "The sanctions name the companies Tupolev, Admiralty Shipyards, Kalashnikov Concern and Kurganmashzavod.",
    "Britain sanctioned several firms, including Admiralty Shipyards and Uralvagonzavod.",
])
def test_claim_frames_known_plants_named_in_a_list_of_firms_are_firms(analyse_text, text):
    assert analyse_text(text)[1] == []
    assert analyse_text("Drones hit Admiralty Shipyards and Kurganmashzavod overnight.")[1]  # not so when struck


def test_claim_frames_tools_called_guns_are_no_arms(analyse_text):
    _, claims = analyse_text("A factory in Shenzhen that makes nail guns and glue guns for hardware stores is hiring.")
    assert claims == []
    _, claims = analyse_text("A factory in Shenzhen that makes handguns and shotguns for the police is hiring.")
    assert [c.place.name for c in claims] == ["Shenzhen"]


@pytest.mark.parametrize("text, place, status", STATUS)
def test_claim_frames_status_from_grammar(analyse_text, text, place, status):
    claim = claim_at(analyse_text, text, place)
    assert claim.status == status, claim.status_cue
    assert claim.status_cue  # the words that decided it travel with the claim


@pytest.mark.parametrize("text, not_status", NEGATED)
def test_claim_frames_negation_and_modality(analyse_text, text, not_status):
    _, claims = analyse_text(text)
    assert claims and all(c.status != not_status for c in claims), [(c.status, c.status_cue) for c in claims]


@pytest.mark.parametrize("text", [
    "A professor told Reuters that images of the sites show the expansion began at Khojir last August.",
    "A professor told Reuters that satellite imagery has revealed a second hall at the submarine shipyard in "
    "Huludao.",
])
def test_claim_frames_what_images_show_is_told_by_who_tells_of_them(analyse_text, text):
    _, claims = analyse_text(text)
    assert claims and "imag" not in (claims[0].attribution or "")  # the professor's account, not the pictures'


@pytest.mark.parametrize("text, source", SOURCES)
def test_claim_frames_source_in_the_sentence(analyse_text, text, source):
    _, claims = analyse_text(text)
    assert claims and claims[0].attribution == source
    assert claims[0].source_sentence is None  # the evidence itself names the source


@pytest.mark.parametrize("text, source", PARAGRAPH_SOURCES)
def test_claim_frames_source_elsewhere_in_the_paragraph(analyse_text, text, source):
    _, claims = analyse_text(text)
    assert claims and claims[-1].attribution == source


@pytest.mark.parametrize("text", [
    # an adverb or a place before a colon does not label a speaker's turn
    "Islamabad: Pakistan is buying more drones.\n\nThe country has built a drone factory in Kamra.",
    "Nagpur, Maharashtra: Defence Minister Jan Nowak toured the city.\n\nHe inaugurated the ammunition plant in "
    "Nagpur.",
    "Nagpur, Maharashtra: India needs more shells.\n\nHe said the ammunition plant in Nagpur will open soon.",
    # who studies a plant, not pictures of it, tells nothing
    "Visiting engineers inspected the missile plant in Isfahan.",
    "Recently, the Gomel plant upgraded its missile launchers for rapid deployment: able to fire in minutes.",
    # "he" is not a place the tagger took for a person, nor a person named only as an owner
    "The CM recalled Prime Minister Narendra Modi’s announcement of two defence corridors in UP and Tamil Nadu. He "
    "said the ammunition plant in Kanpur is a milestone.",
    "The governor praised Prime Minister Jan Novak’s plan. He said the shell plant in Brno would open soon.",
])
def test_claim_frames_he_said_is_no_place_and_no_owner_named_before(analyse_text, text):
    _, claims = analyse_text(text)
    assert claims and claims[-1].attribution is None


def test_claim_frames_source_sentence_is_kept_with_the_claim(analyse_text):
    _, claims = analyse_text("A drone factory in Kumertau was struck overnight. Ukrainian officials confirmed it.")
    assert claims[0].attribution == "Ukrainian officials"
    assert claims[0].source_sentence == "Ukrainian officials confirmed it."


def test_claim_frames_source_does_not_cross_paragraphs(analyse_text):
    text = ("Officials in Kyiv spoke on Monday about the war.\n\nWeeks later, a drone factory in Kumertau was "
            "struck.\n\nA third paragraph follows here.")
    _, claims = analyse_text(text)
    assert claims and claims[0].attribution is None


@pytest.mark.parametrize("text, place, operators", OPERATORS)
def test_claim_frames_operators_not_attackers(analyse_text, text, place, operators):
    assert claim_at(analyse_text, text, place).operators == operators


@pytest.mark.parametrize("text, place", MEETINGS)
def test_claim_frames_meeting_place_is_not_the_facility(analyse_text, text, place):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == [place]


@pytest.mark.parametrize("text, place", NOT_THE_PLACE)
def test_claim_frames_places_that_do_not_locate_the_facility(analyse_text, text, place):
    _, claims = analyse_text(text)
    assert claims and place not in {c.place.name for c in claims}


@pytest.mark.parametrize("text, place", [
    ("Recent Israeli airstrikes drew attention after reports that a missile factory was targeted. Israel says "
     "little.", "Israel"),
    ("Israeli jets returned to base after a missile factory was destroyed. Israel says little.", "Israel"),
    ("American researchers say a missile factory was hit last week. The United States says little.",
     "United States"),
    ("Before the Russian invasion, the drone plant made furniture. Russia says little.", "Russia"),
    # "the country" is one named already, not one named after
    ("The firm will build a shell plant in the south of the country. Poland wants shells, as does Estonia.",
     "Estonia"),
    # a verb's place that belongs to its object, another thing
    ("Before the war, the owner of the drone plant ran a furniture business in Kharkiv.", "Kharkiv"),
])
def test_claim_frames_no_plant_in_an_outsiders_country_or_at_another_things_place(analyse_text, text, place):
    """A demonym of what strikes or studies a plant from outside ("Israeli jets", "American researchers", "the
    Russian invasion") does not place it in that country, nor does a verb's place that is its object's."""
    _, claims = analyse_text(text)
    assert place not in {c.place.name for c in claims}


@pytest.mark.parametrize("text, places", [
    ("The damaged aviation plant, situated in Lukhovitsy, built fighters, while the Tula-based Instrument Design "
     "Bureau makes missiles.", {"Lukhovitsy", "KBP (Tula)"}),
    ("Drones hit the drone factory in Yelabuga, at the Alabuga special economic zone.",
     {"Alabuga Special Economic Zone"}),  # the zone is by the town: one plant
    # a town named before the facility noun is not where it is
    ("A fellow at the London-based institute said jets hit three missile facilities at the Parchin complex.",
     {"Parchin military complex"}),
    ("Jets hit missile facilities at the Parchin complex, a fellow at the London-based institute said.",
     {"Parchin military complex"}),
    ("In Moscow, officials said jets hit missile facilities at the Parchin complex.", {"Parchin military complex"}),
])
def test_claim_frames_a_plant_in_a_far_town_and_a_known_site_after_it_are_two(analyse_text, text, places):
    mentions, claims = analyse_text(text)
    assert {f.place.name for f in merge(claims, {})} == places


@pytest.mark.parametrize("text, places", [
    ("The group builds frigates at three shipyards in Spain—Navantia in Ferrol, Astilleros Norte and Cantabrica "
     "in Bilbao, and Vulcano in Vigo—and sells them abroad.", ["Bilbao", "Ferrol", "Vigo"]),
    ("The group makes shells at plants in Unterluess, Nitrochemie in Wimmis and Denel in Boksburg.",
     ["Boksburg", "Unterlüß", "Wimmis"]),
    # towns close together, one said where it lies, are items still
    ("The munitions plants at Telford in Shropshire, Leeds and Guildford in Surrey will close.",
     ["Guildford", "Leeds", "Telford"]),
    # but a place that says where the one before is adds no plant
    ("The group makes shells at its plant in Kazan, in Tatarstan.", ["Kazan"]),
    ("A blast hit the explosives plant in Dzerzhinsk, near Nizhny Novgorod.", ["Dzerzhinsk"]),
])
def test_claim_frames_each_named_item_of_a_list_is_a_plant_in_its_town(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert sorted({c.place.name for c in claims}) == places


@pytest.mark.parametrize("text, place", [
    ("Skyward Aero opened a drone plant at Ridgeview Airport in Denmark.\n\nRidgeview Airport in Odense also "
     "hosts a test range.", "Odense"),
    # not the capital, nor one of two towns, nor a dateline
    ("Skyward Aero opened a drone plant in Denmark.\n\nIts founder lives in Copenhagen.", "Denmark"),
    ("Skyward Aero opened a drone plant in Denmark.\n\nIts founders live in Odense and Aarhus.", "Denmark"),
    ("ODENSE — Skyward Aero opened a drone plant in Denmark.", "Denmark"),
    ("Skyward Aero opened a drone plant in Denmark.\n\nIts founder lives in Hamburg.", "Denmark"),  # elsewhere
    # nor a town named for whose people or words are there
    ("Norway plans a rocket motor factory.\n\nFishermen in Bergen protested over quotas.", "Norway"),
    ("Greece plans a shell factory.\n\nThe minister was speaking in Thessaloniki at an arms fair.", "Greece"),
    # nor a town of people who train or work there, nor one coordinated with such a town
    ("Drone production in Norway has been set up with Swedish help.\n\nInstructors are training drone pilots "
     "in Tromso and the western city of Stavanger.", "Norway"),
    ("Drone production in Norway has been set up with Swedish help.\n\nInstructors are working in the "
     "airfield area of Stavanger.", "Norway"),
    ("Drone production in Norway has been set up with Swedish help.\n\nThe army is also training drone "
     "operators in Stavanger.", "Norway"),
])
def test_claim_frames_a_plant_only_in_a_country_is_in_the_one_town_named_there(analyse_text, text, place):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == [place]


def test_claim_frames_a_plant_left_in_a_country_beside_one_in_its_town_is_another(analyse_text):
    text = "Skyward Aero makes drones at a plant in Odense.\n\nNordic Arms plans a shell plant in Denmark."
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == ["Odense", "Denmark"]


def test_claim_frames_a_town_that_makes_arms_is_where_they_are_made_but_a_capital_is_its_nation(analyse_text):
    _, claims = analyse_text("Drones were seen over Tula overnight. Tula makes artillery shells.")
    assert [(c.place.name, c.status) for c in claims] == [("Tula", "operational")]
    _, claims = analyse_text("Drones were seen over Kyiv overnight. Kyiv makes artillery shells.")
    assert claims == []


@pytest.mark.parametrize("text, places", [
    ("Iran unveiled new drones on Monday.\n\nTehran said a new drone factory had started production, without "
     "saying where.", [("Iran", "country")]),
    ("North Korea tested missiles again.\n\nOn Sunday, Pyongyang said its leader had inspected a new missile "
     "factory.", [("North Korea", "country")]),
    # what a capital says it struck is the enemy's, and another place named is the plant's
    ("Ukraine says it hit plants.\n\nKyiv said its drones struck a drone factory overnight.", []),
    ("Iran unveiled new drones.\n\nTehran said a new drone factory had opened in Isfahan.", [("Isfahan", "city")]),
    ("The United States and Russia traded accusations.\n\nWashington said Moscow had opened a new drone factory.",
     []),  # two capitals: which state's plant is not told
])
def test_claim_frames_a_plant_a_capital_speaks_of_is_in_its_state(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [(c.place.name, c.precision) for c in claims] == places


@pytest.mark.parametrize("text, places", [
    ("The minister flew to the town of Kalisz on Monday. There, with the firm's chief, she opened a shell factory.",
     [("Kalisz", "operational")]),
    ("Leaders met in Kalisz on Monday. Here they broke ground for a new shell factory.",
     [("Kalisz", "under construction")]),
    # "there" in another paragraph, or a town that only opens a sentence of being, points back to nothing
    ("Leaders met in Kalisz on Monday.\n\nThere, they broke ground for a new shell factory.", []),
    ("Leaders met in Kalisz on Monday. There are plans for a new shell factory.", []),
])
def test_claim_frames_here_or_there_opening_a_sentence_is_the_town_named_before(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [(c.place.name, c.status) for c in claims] == places


@pytest.mark.parametrize("text, places", [
    ("Iran makes drones.\n\nThe drone factory stands right next to Isfahan's international airport.", ["Isfahan"]),
    ("Iran makes drones.\n\nThe drone factory is beside Tabriz's railway station.", ["Tabriz"]),
    # a thing of the town the plant serves is not where it is
    ("Iran makes drones.\n\nThe drone factory supplies Isfahan's airport with parts.", ["Iran"]),
])
def test_claim_frames_a_plant_by_a_towns_landmark_is_in_the_town(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


def test_claim_frames_a_speaker_who_said_he_was_in_a_town_places_no_plant_there(analyse_text):
    _, claims = analyse_text("The chancellor said he spoke in Hanover with the firm about a new shell factory.")
    assert "Hanover" not in {c.place.name for c in claims}


def test_claim_frames_a_town_coordinated_with_where_other_people_are_places_no_plant(analyse_text):
    _, claims = analyse_text("Iran has set up missile production with Chinese help, and Chinese advisers are also "
                             "training crews in Tabriz and the port city of Bushehr.")
    assert not {"Tabriz", "Bushehr"} & {c.place.name for c in claims}


@pytest.mark.parametrize("text, place", [
    ("One person died in an explosion at a defense industry factory in Russia's southwestern Samara region.",
     "Samarskaya oblast'"),
    ("Drones hit a shell plant in Ukraine's eastern Kharkiv region.", "Kharkivska oblast"),
])
def test_claim_frames_a_region_a_country_holds_in_a_part_of_it_places_the_plant(analyse_text, text, place):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == [place]


@pytest.mark.parametrize("text", [
    'At the "Gulf Defence Expo 2026 (GDE)" held in Muscat, Oman, a howitzer made at a new plant was shown.',
    "At the Saudi Defence Show, a howitzer made at a new plant was shown to visitors.",
    'At the "Gulf Arms Expo 2026 (GAE, Saudi Defence Exhibition)" held in Jeddah, Saudi Arabia, a howitzer made at a '
    'new plant was shown.',
    "During a visit to Saudi Arabia, the minister said a howitzer made at a new plant was shown.",
])
def test_claim_frames_a_show_where_arms_are_shown_places_no_plant(analyse_text, text):
    _, claims = analyse_text(text)
    assert {c.place.name for c in claims} & {"Muscat", "Oman", "Saudi Arabia"} == set()


@pytest.mark.parametrize("lead, status", [
    ("Russian missiles struck two targets in Zhytomyr on Tuesday:", "struck"),
    ("The company runs two sites in Zhytomyr, which make tanks:", None),  # nothing said of the items
])
def test_claim_frames_items_of_a_list_after_a_strike_were_struck(analyse_text, lead, status):
    _, claims = analyse_text(lead + "\n- the Ozerne airfield\n- the armoured vehicle plant in Zhytomyr")
    assert [c.status for c in claims if "armoured" in c.evidence] == ([status] if status else [])


def test_claim_frames_a_province_the_facilitys_purpose_clause_is_in_places_it(analyse_text):
    _, claims = analyse_text("Turkish Aerospace has opened its facility to make parts of jets, drones and helicopters "
                             "in the southern province of Kahramanmaraş after the quakes.")
    assert [(c.place.name, c.status) for c in claims] == [("Kahramanmaraş", "operational")]


def test_claim_frames_where_a_firm_did_something_else_is_not_its_plants_place(analyse_text):
    _, claims = analyse_text("Halvan Systems, which exhibited in Riyadh, is building a drone factory in Jeddah.")
    assert [c.place.name for c in claims] == ["Jeddah"]
    _, claims = analyse_text("Halvan Systems, which makes drones in Kazan, will expand.")
    assert [c.place.name for c in claims] == ["Kazan"]


@pytest.mark.parametrize("text, places", [
    # a plant placed nowhere, in an article that names one town, is that town's, struck too
    ("Several blasts shook Taganrog overnight.\n\nResidents believe the drones targeted the aircraft plant.",
     ["Taganrog"]),
    ("A new bakery opened in Tula last week.\n\nA gunpowder plant was hit.", ["Tula"]),
    # not the town where someone spoke, nor the capital
    ("Croatia is building its arms industry, the minister said in Osijek.\n\nA location for the ammunition "
     "plant has been chosen.", ["Croatia"]),
    ("Kim Jong Un toured Pyongyang, North Korea, on Friday.\n\nHe ordered the missile plant to double "
     "output.", ["North Korea"]),
    # nor a town of another state than the plant's
    ("Ukrainian drones struck a Russian explosives plant overnight, officials said.\n\nThe president, who was in "
     "Kharkiv on Tuesday, thanked the pilots.", []),
    # with no town, the one region so named
    ("Blasts were heard overnight in the Belgorod region, residents said.\n\nThe ammunition plant was hit, the "
     "governor said.", ["Belgorodskaya oblast'"]),
    ("Heavy rain fell in Arizona on Monday.\n\nThe missile plant will double its output next year.", ["Arizona"]),
    ("Officials in the Belgorod region spoke to reporters.\n\nThe ammunition plant was hit.", []),
])
def test_claim_frames_a_plant_placed_nowhere_is_in_the_articles_one_town(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


def test_claim_frames_a_country_that_commissions_a_study_places_no_plant(analyse_text):
    _, claims = analyse_text("Turkey commissioned a study on whether to build a tank engine plant.")
    assert "Turkey" not in {c.place.name for c in claims}


@pytest.mark.parametrize("text, places", [
    ("Drones attacked Tula overnight. A gunpowder plant was hit, the governor said.", ["Tula"]),
    ("Explosions rocked Tula overnight.\n\nThe local gunpowder plant was hit.", ["Tula"]),
    # not when two towns were attacked, nor where officials only spoke
    ("Drones attacked Tula and Kaluga overnight. A gunpowder plant was hit.", []),
    ("Officials in Tula spoke to reporters.\n\nA gunpowder plant was hit.", []),
    ("A new bakery opened in Tula and a school in Kaluga.\n\nA gunpowder plant was hit.", []),  # no attack told
])
def test_claim_frames_a_plant_struck_in_no_named_place_is_in_the_town_attacked_just_before(analyse_text, text,
                                                                                         places):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("text, statuses", [
    ("The chemical plant in Aleksin makes explosives for artillery shells. Drones attacked Aleksin overnight.",
     ["operational", "struck"]),
    ("The chemical plant in Aleksin makes explosives for artillery shells.\n\nA drone raid on Aleksin set off "
     "blasts at dawn.", ["operational", "struck"]),
    # not a town where no plant was placed, nor one of two towns told of
    ("The chemical plant in Aleksin makes explosives for artillery shells. Drones attacked Tula overnight.",
     ["operational"]),
    ("The chemical plant in Aleksin makes explosives for artillery shells. Drones attacked Aleksin and Tula.",
     ["operational"]),
])
def test_claim_frames_a_town_told_of_as_attacked_after_its_plant_had_it_struck(analyse_text, text, statuses):
    _, claims = analyse_text(text)
    assert [c.status for c in claims] == statuses
    assert all(c.place.name == "Aleksin" for c in claims)


@pytest.mark.parametrize("text, source", [
    ("According to the Institute for the Study of War, Russia makes many drones.\n\nThe analysts said the "
     "Yelabuga plant makes 500 drones a month.", "Institute for the Study of War (analysts)"),
    ("Experts said the Yelabuga plant makes 500 drones a month.", "Experts"),  # no one named before
])
def test_claim_frames_analysts_named_by_no_name_are_those_of_the_source_named_before(analyse_text, text, source):
    _, claims = analyse_text(text)
    assert [c.attribution for c in claims if c.place.name == "Yelabuga"] == [source]


def test_claim_frames_targets_including_no_facility_place_none(analyse_text):
    _, claims = analyse_text("Jets struck targets in Shiraz, including air defence radars, the army said.")
    assert claims == []


def test_claim_frames_a_town_home_to_people_is_no_plant_named_after_them(analyse_text):
    _, claims = analyse_text("Drones hit Kazan, home to 1.3 million people, and a shell plant in Tula was hit too.")
    assert [c.place.name for c in claims] == ["Tula"]


@pytest.mark.parametrize("text, place, precision", PLACES)
def test_claim_frames_place_attached_to_the_facility(analyse_text, text, place, precision):
    claim = claim_at(analyse_text, text, place)
    assert claim.precision == precision


def test_claim_frames_known_site_keeps_its_town_id_and_source(analyse_text):
    claim = claim_at(analyse_text, "Drones struck the Alabuga special economic zone.", "Alabuga Special Economic Zone")
    assert claim.precision == "site" and claim.place.geonameid == 468082  # Yelabuga, the town it belongs to
    assert claim.place.source.startswith("http") and claim.place.region_code == "RU-TA"


def test_claim_frames_a_town_of_the_struck_plants_region_told_of_as_struck_is_where_it_is(analyse_text):
    text = ("A drone strike damaged an explosives plant in Russia's Moscow region on Sunday, officials said.\n\n"
            "Residents of Sergiyev Posad reported blasts overnight.")
    _, claims = analyse_text(text)
    facilities = merge(claims, {})
    assert [(f.place.name, f.precision, f.status) for f in facilities] == [("Sergiyev Posad", "city", "struck")]
    _, claims = analyse_text(text.replace("reported blasts overnight", "reopened their schools"))
    assert [c.place.name for c in claims] == ["Moskovskaya oblast'"]
    _, claims = analyse_text(text.replace("Residents of Sergiyev Posad reported blasts overnight",
                                          "A house in Sergiyev Posad was damaged by debris"))
    assert "Sergiyev Posad" not in {c.place.name for c in claims}  # harm to another thing there
    _, claims = analyse_text(text.replace(" said.\n", " said. The drones hit a shell plant in Klin.\n"))
    assert "Sergiyev Posad" not in {c.place.name for c in claims}  # the region's plant may be the one in Klin


def test_claim_frames_blasts_in_the_vicinity_of_a_small_town_place_the_regions_plant_told_of_as_working(
        analyse_text):
    """The struck plant says nothing of what it makes; the next sentence does; the blasts are near a town of
    12,500 people that only "the vicinity of" says is a place."""
    text = ("Officials said a drone hit a chemical plant in the Moscow region on Sunday.\n\n"
            "The plant makes explosives for artillery shells.\n\nWitnesses reported blasts in the vicinity of "
            "Zaprudnya.")
    _, claims = analyse_text(text)
    assert [(f.place.name, f.status) for f in merge(claims, {})] == [("Zaprudnya", "struck")]


def test_claim_frames_the_plant_refers_back_to_the_same_kind_of_facility(analyse_text):
    text = ("A drone factory was built in Kumertau. Separately, an ammunition depot in Tula was hit. "
            "The factory makes 100 drones a month.")
    _, claims = analyse_text(text)
    assert claims[-1].place.name == "Kumertau" and claims[-1].capacity.number == 100


@pytest.mark.parametrize("again, place", [
    ("Up to 200 million euros will be invested in Norway to create the plant, according to Nammo.", "Raufoss"),
    ("Up to 200 million euros will be invested in Norway to create a second plant, according to Nammo.", "Norway"),
])
def test_claim_frames_the_plant_placed_in_its_country_is_the_plant_told_of(analyse_text, again, place):
    """"The plant" in a sentence that puts it only in the country of the plant just told of is that plant."""
    text = ("Nammo broke ground on a shell plant in Raufoss on Monday.\n\nMinisters attended the ceremony.\n\n"
            "The new plant in Raufoss will be run by a joint venture. Covering 20 hectares, the plant will include a "
            "forge. " + again)
    _, claims = analyse_text(text)
    assert claims[-1].place.name == place and claims[-1].attribution == "Nammo"


@pytest.mark.parametrize("text, operators", [
    ("ROSTEC is building a drone factory in Kazan.", ["RU"]),
    ("IAEA chief Rafael Grossi visited the missile plant in Isfahan.", ["IR"]),
    ("Iranians are building a drone factory in Minsk, Belarus.", ["IR", "BY"]),
    ("The fire point near the ammunition depot in Tula was hit.", ["RU"]),
])
def test_claim_frames_operator_names_in_any_capitals_but_not_people_or_plain_words(analyse_text, text, operators):
    _, claims = analyse_text(text)
    assert claims and claims[0].operators == operators


@pytest.mark.parametrize("text, status", [
    ("The factory in Kumertau builds 300 drones a month.", "operational"),
    ("The factory in Kumertau, which can build 300 drones a month, opened in 2024.", "operational"),
    ("Iran builds a drone factory in Kumertau.", "under construction"),
    ("A drone factory that Iran built in Kumertau opened last year.", "operational"),
])
def test_claim_frames_a_plant_that_builds_works_a_plant_being_built_does_not(analyse_text, text, status):
    _, claims = analyse_text(text)
    assert claims and claims[0].status == status, claims[0].status_cue


def test_claim_frames_a_known_site_named_without_a_status_is_still_a_facility(analyse_text):
    """A site the gazetteer knows is an arms plant: naming it in an arms story reports it, status or not."""
    mentions, claims = analyse_text("Poland is spending more on ammunition. Part of the money goes to "
                                    "Dezamet Nowa Dęba, the ministry said.")
    assert [(c.place.level, c.status) for c in claims] == [("site", "unknown")]


@pytest.mark.parametrize("text", [
    "Germany needs shells, missiles and drones for its army. Rheinmetall in Düsseldorf said it was hiring.",
    "Poland needs shells, missiles and drones for its army. Officials from Mesko in Skarżysko-Kamienna met the "
    "minister.",
])
def test_claim_frames_a_company_at_a_town_with_nothing_said_of_its_works_is_no_facility(analyse_text, text):
    _, claims = analyse_text(text)
    assert claims == []


@pytest.mark.parametrize("text", [
    "Defence ministers assembled in Unterluess to discuss shell production.",  # people gather, nothing is made
    "The site near Baalbek is used to store grain.",
    "Production of shells was discussed in Unterluess.",  # nor is anything made where it is talked of
    "The manufacture of shells discussed in Unterluess was costly.",
    "Production of helicopters at Leonardo will rise.",  # a firm, not the small town of its name
    "Shells, drones and missiles are short. Production in Tula has doubled since May.",
    "Shells, drones and missiles are short. The manufacture of cars in Tula has doubled since May.",
])
def test_claim_frames_production_of_nothing_named_is_no_facility(analyse_text, text):
    _, claims = analyse_text(text)
    assert claims == []


@pytest.mark.parametrize("text", [
    "Iran has the largest ballistic missile arsenal in the region, officials said.",
    "Russia's missile arsenal has shrunk since 2022, analysts said.",
    "With talks stalled, Moscow and Kyiv are bulking up their missile arsenals.",  # capitals for their states
])
def test_claim_frames_a_countrys_arsenal_is_what_it_holds_not_a_site(analyse_text, text):
    _, claims = analyse_text(text)
    assert claims == []


@pytest.mark.parametrize("text, place", [
    ("Moscow is rebuilding its missile arsenal in Tula.", "Tula"),
    ("Russia is rebuilding its missile arsenal in Moscow.", "Moscow"),
    ("In Kyiv, the arsenal resumed shell production.", "Kyiv"),
])
def test_claim_frames_an_arsenal_in_a_town_is_a_site(analyse_text, text, place):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == [place]


def test_claim_frames_a_plants_own_name_in_its_language_names_a_plant(analyse_text):
    """"Zakłady" (Polish for works) opens a plant's name, as "Centre" in a name opens no plant."""
    _, claims = analyse_text("Shells and drones are in short supply in Poland. Zakłady Chemiczne Organika in Jasło "
                             "was hit by drones.")
    assert [(c.place.name, c.kind, c.status) for c in claims] == [("Jasło", "plant", "struck")]
    _, claims = analyse_text("Shells, drones and missiles are in short supply in Poland. Zakład Produkcji "
                             "Specjalnej Gamrat in Jasło was granted 60 million zlotys.")  # a plant in an arms story
    assert [(c.place.name, c.kind) for c in claims] == [("Jasło", "plant")]
    _, claims = analyse_text("Shells and drones are in short supply in Poland. The Centre for Arms Production "
                             "Studies in Jasło was hit by drones.")
    assert claims == []


def test_claim_frames_a_possessed_place_is_not_where_the_plant_is(analyse_text):
    _, claims = analyse_text("The rocket-fuel plant was placed on Canada's sanctions list in 2022.")
    assert "Canada" not in {c.place.name for c in claims}


def test_claim_frames_a_plant_sold_is_run_by_its_buyer(analyse_text):
    _, claims = analyse_text("The old drone factory in Barlad, Romania, was sold to the Turkish firm Kartal Aero.")
    assert claims and claims[0].operators == ["TR"]


def test_claim_frames_where_a_statement_was_issued_is_not_the_plant(analyse_text):
    text = "The drone factory would employ 300 people, the company said in a statement issued in Ankara."
    _, claims = analyse_text(text)
    assert "Ankara" not in {c.place.name for c in claims}


@pytest.mark.parametrize("text", [
    "Drones and shells. He grew up in Leicester, a long way from any missile factory.",
    "Drones and shells. Every critical defence plant in Poland has a protection plan.",
    "Drones and shells. Each shell plant in Poland must report its output to the ministry.",
])
def test_claim_frames_any_or_every_plant_is_no_plant(analyse_text, text):
    assert analyse_text(text)[1] == []
    one = text.replace("any missile factory", "the missile factory").replace("Every", "The").replace("Each", "The")
    assert analyse_text(one)[1]  # the same sentence about one plant is a claim


def test_claim_frames_a_plant_in_the_works_is_not_yet_one_that_works(analyse_text):
    _, claims = analyse_text("A shell plant in Kokkola is not in the works, and the system works at Tikhvin.")
    assert [(c.place.name, c.status) for c in claims] == [("Kokkola", "unknown")]


REFUTED = ("Shells, drones and missiles are the army's needs. A report last week said the drone plant in Tikhvin "
           "had begun production. {} The plant has not been completed.")


@pytest.mark.parametrize("refutation", ["That was incorrect.", "This is not true.", "That was wrong."])
def test_claim_frames_a_report_said_to_be_wrong_gives_no_status(analyse_text, refutation):
    _, claims = analyse_text(REFUTED.format(refutation))
    assert [(c.place.name, c.status) for c in claims] == [("Tikhvin", "unknown"), ("Tikhvin", "under construction")]


def test_claim_frames_a_report_followed_by_another_sentence_keeps_its_status(analyse_text):
    _, claims = analyse_text(REFUTED.format("That is what officials had promised."))
    assert [c.status for c in claims][:1] == ["operational"]


SECTIONS = """Drones, shells and missiles: the night's news from the arms plants.

**1. Bryansk.** Drones attacked the city overnight, the governor said.

Ukraine's General Staff said the plant, a maker of microelectronics for missiles, was hit.

**2. Tula.** The governor spoke of a quiet night. Plants of the region kept working."""


def test_claim_frames_a_plant_named_under_a_heading_is_in_the_headings_town(analyse_text):
    _, claims = analyse_text(SECTIONS)
    assert [(c.place.name, c.status) for c in claims] == [("Bryansk", "struck")]  # plants of a region: no one


def test_claim_frames_a_claim_nobody_is_said_to_make_is_the_publishers_own(analyse_text):
    _, claims = analyse_text("A drone factory in Kumertau was struck overnight.", publisher="Baltic Wire")
    assert claims[0].attribution == "Baltic Wire (own reporting)"
    _, claims = analyse_text("A drone factory in Kumertau was struck overnight, officials said.",
                             publisher="Baltic Wire")
    assert claims[0].attribution == "officials"


def test_claim_frames_the_agency_is_the_one_named_before_not_after(analyse_text):
    text = ("The State Authority for Military Industry said on Friday that Belarus will build a shell plant. "
            "The agency said the plant would be located in Barysaw and make shells for Rosoboronexport and the "
            "Union State.")
    _, claims = analyse_text(text)
    assert claims[-1].attribution == "The State Authority for Military Industry"


def test_claim_frames_the_attacks_weapons_are_not_the_plants_products(analyse_text):
    _, claims = analyse_text("Two drones hit a chemical plant in Perm overnight, and the remaining drones were "
                             "shot down.")
    assert claims and claims[0].products == [] and claims[0].kind == "plant"
    _, claims = analyse_text("Drones struck a drone factory in Kumertau on Monday; three more drones were downed.")
    assert claims and claims[0].products == ["drones"] and claims[0].kind == "drone factory"


def test_claim_frames_a_site_hit_by_a_downed_drone_is_not_a_drone_site(analyse_text):
    text = ("Ammunition and missiles were discussed at the summit. In the Oryol region, wreckage of a downed drone "
            "started a fire at an industrial site outside Mtsensk. A shell plant in Bryansk was struck.")
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == ["Bryansk"]


def test_claim_frames_a_dateline_does_not_head_a_list_item(analyse_text):
    _, claims = analyse_text("MOSCOW - A drone factory will be built, officials said.")
    assert claims == []


def test_claim_frames_a_correction_names_no_facility(analyse_text):
    text = ("A shell plant in Ruse, Bulgaria, was expanded. An earlier version of this article incorrectly stated "
            "that the shell plant is located in Plovdiv.")
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == ["Ruse"]


def test_claim_frames_a_site_named_alone_as_a_heading(analyse_text):
    _, claims = analyse_text("Missiles and drones.\n\n**Parchin.**\n\nAt the Parchin military complex, new halls "
                             "have been completed.")
    assert claims and {c.place.name for c in claims} == {"Parchin military complex"}


@pytest.mark.parametrize("text", [
    "The company is studying the market but is not planning a new drone plant in Poland at this time.",
    "Explosions were heard in Kyiv overnight as Russia launched missiles and drones at the capital.",
    "Correction: an earlier version said the ammunition depot was in the Smolensk region.",
    "No drone factory is being built in Kragujevac, the ministry said.",  # the facility itself is denied
    "There is no drone factory in Kragujevac and no facility for the production of shells in Nis.",
])
def test_claim_frames_no_facility_is_reported(analyse_text, text):
    _, claims = analyse_text(text)
    assert claims == [], [(c.place.name, c.status) for c in claims]


def test_claim_frames_short_or_unfinished_lines_of_a_quote_go_on_with_its_speaker(analyse_text):
    text = ("Demand for shells grew this year.\nPrices rose.\nAnna Berg, chief executive of Nordvik Arms, commented:"
            "\nWe are growing.\nOur plant in Kalisz will double its output of shells this year")
    _, claims = analyse_text(text, publisher="Test Wire")
    assert [(c.place.name, c.attribution) for c in claims] == [("Kalisz", "Anna Berg")]


@pytest.mark.parametrize("text", [
    "The shipyard in Sevastopol repairs battle damage on frigates.",
    "Destroyed tanks are repaired at the armoured vehicle plant in Lviv.",
])
def test_claim_frames_harm_a_plant_mends_is_no_strike_on_it(analyse_text, text):
    _, claims = analyse_text(text)
    assert all(c.status != "struck" for c in claims)


def test_claim_frames_a_section_heading_ends_a_speakers_turn(analyse_text):
    text = ("Demand for shells grew this year.\nPrices rose.\nAnna Berg, chief executive of Nordvik "
            "Arms, commented:\n“We will double shell output at our plant in Kalisz.”\nBackground\nNordvik Arms also "
            "runs a shell plant in Tarnów.")
    _, claims = analyse_text(text, publisher="Test Wire")
    assert [(c.place.name, c.attribution) for c in claims] == [("Kalisz", "Anna Berg"),
                                                               ("Tarnów", "Test Wire (own reporting)")]


def test_claim_frames_a_transcript_turn_is_its_speakers(analyse_text):
    text = ("**Anna Berg, Chief Executive:** Revenue rose on shells and drones.\n\n"
            "**Jon Dahl, Nordea:** Any new sites?\n\n"
            "**Berg:** We will build a new shell plant in Kokkola next year.\n\n"
            "Our drone factory in Tampere was expanded in May.")
    _, claims = analyse_text(text)
    assert [(c.place.name, c.attribution) for c in claims] == [("Kokkola", "Anna Berg"), ("Tampere", "Anna Berg")]


def test_claim_frames_a_turn_labelled_by_a_role_is_its_speakers(analyse_text):
    text = ("**Moderator:** Welcome to the results call of Nordic Munitions.\n\n"
            "**Head of operations:** Our drone factory in Tampere was expanded in May.\n\n"
            "**In short:** the shell plant in Kokkola was hit by a fire.")
    _, claims = analyse_text(text, publisher="Wire")
    assert [(c.place.name, c.attribution) for c in claims] == [("Tampere", "Head of operations"),
                                                               ("Kokkola", "Head of operations")]


def test_claim_frames_a_quotation_paragraph_goes_on_quoting_the_speaker_before(analyse_text):
    text = ("The shell plant in Elling will open in May, the firm said.\n\n"
            "“We must fill our stocks,”  Anna Lund Berg, Denmark’s Minister of Defence, said in a statement.\n\n"
            "“We can now start building the powder plant in Elling.”")
    _, claims = analyse_text(text)
    # the parser may join the title to the name ("Berg" and "Minister"): the comma between them stays
    assert [c.attribution for c in claims] == ["firm", "Anna Lund Berg, Denmark’s Minister of Defence"]
    # a paragraph of the writer's own, though a quotation follows in it, is not the speaker's
    text = text.replace("“We can now start building the powder plant in Elling.”",
                        "The powder plant in Elling will make propellant. “It is a big step.”")
    _, claims = analyse_text(text)
    assert [c.attribution for c in claims] == ["firm", "firm"]


def test_claim_frames_a_sentence_opening_with_a_place_and_a_colon_is_no_turn(analyse_text):
    text = ("Nordic Munitions makes shells and drones for the army of Ukraine.\n\n"
            "In Kharkiv, the company opened a drone plant: it makes 500 drones a month.")
    _, claims = analyse_text(text, publisher="Wire")
    assert claims and {c.attribution for c in claims} == {"Wire (own reporting)"}


def test_claim_frames_a_written_answer_is_the_ministers(analyse_text):
    text = ("**Answered by Helen Carr, Minister for Defence Industry, on 3 March:**\n\n"
            "New production buildings at the shell plant in Radom entered service in January.")
    _, claims = analyse_text(text)
    assert claims and claims[0].attribution == "Helen Carr"


def test_claim_frames_a_written_answers_heading_names_the_minister(analyse_text):
    text = ("**Answered by Helen Carr, Minister for Defence Industry, 3 March 2025**\n\n"
            "New production buildings at the shell plant in Radom entered service in January.\n\n"
            "**Answered in** full: the drone factory in Mielec was expanded in May.")
    _, claims = analyse_text(text, publisher="Parliament")
    assert [c.attribution for c in claims] == ["Helen Carr", "Helen Carr"]  # a heading without "by" is no turn


@pytest.mark.parametrize("label", ["Note", "Web Desk", "News Bureau"])
def test_claim_frames_a_note_or_desk_label_is_no_speaker(analyse_text, label):
    _, claims = analyse_text(f"{label}: a shell plant in Radom was expanded in 2024.", publisher="Wire")
    assert claims and claims[0].attribution == "Wire (own reporting)"


@pytest.mark.parametrize("text", [
    "(c) whether any drone factory has been sanctioned at Kanpur, and if so, the details thereof?",
    "\"Ukraine has opened a drone factory in Zaragoza\" – FALSE",
])
def test_claim_frames_a_question_or_a_claim_rated_false_reports_nothing(analyse_text, text):
    _, claims = analyse_text(text)
    assert claims == []


@pytest.mark.parametrize("text, status", [
    ("The company hopes to open a drone plant in Kazan.", "proposed"),  # the lemmatizer reads "hopes" as "hop"
    ("The company hoped to build a shell plant in Kazan.", "proposed"),
    ("The company is to build a drone plant in Kazan.", "planned"),
    ("Rostec is to open a shell plant in Kazan next year.", "planned"),
])
def test_claim_frames_hopes_and_is_to_are_not_yet_done(analyse_text, text, status):
    assert claim_at(analyse_text, text, "Kazan").status == status


@pytest.mark.parametrize("text", ["Russia did not plan to build a missile plant in Minsk, the ministry said.",
                                  "Belarus never intended to open a drone factory in Homiel."])
def test_claim_frames_a_denied_plan_is_no_plan(analyse_text, text):
    _, claims = analyse_text(text)
    assert all(c.status not in ("planned", "proposed", "under construction") for c in claims), claims


def test_claim_frames_a_digests_items_do_not_inherit_the_first_items_source(analyse_text):
    text = ("This week in the arms industry.\n\n"
            "- **Norway.** Nammo said it has added a third shift at its shell plant in Raufoss.\n\n"
            "- **Finland.** A new powder plant in Kokkola began production in May.")
    _, claims = analyse_text(text, publisher="Arms Weekly")
    assert {c.place.name: c.attribution for c in claims} == {"Raufoss": "Nammo",
                                                             "Kokkola": "Arms Weekly (own reporting)"}


def test_claim_frames_a_leads_source_is_the_storys(analyse_text):
    text = ("Nammo said on Monday it has added a third shift at its shell plant in Raufoss.\n\n"
            "A new powder plant in Vihtavuori began production in May.")
    _, claims = analyse_text(text, publisher="Arms Weekly")
    assert {c.attribution for c in claims} == {"Nammo"}


def test_claim_frames_each_facility_of_a_sentence_at_its_own_place(analyse_text):
    _, claims = analyse_text("Drones struck an ammunition plant in Tula and a shell factory in Bryansk.")
    assert {(c.place.name, c.kind) for c in claims} == {("Tula", "ammunition plant"), ("Bryansk", "shell factory")}
    _, claims = analyse_text("A drone factory in Yelabuga, the largest plant in Russia, was hit.")
    assert [c.place.name for c in claims] == ["Yelabuga"]  # a place that only contains it adds no facility


def test_claim_frames_military_operations_are_a_war_not_a_plants(analyse_text):
    _, claims = analyse_text("North Korea is ramping up production of missiles to support military operations "
                             "in Ukraine.")
    assert "Ukraine" not in {c.place.name for c in claims}


def test_claim_frames_loitering_munitions_are_drones(analyse_text):
    from pipeline.facilities import merge
    from pipeline.records import Article

    text = "Edgeworks opened a factory for loitering munitions in Braga. The drone factory in Braga employs 200."
    _, claims = analyse_text(text)
    facilities = merge(claims, {"test": Article("test", "t", "p", "", "2024-05-10", "en", text, "x.md")})
    assert [(f.place.name, len(f.claims)) for f in facilities] == [("Braga", 2)]


def test_claim_frames_a_list_of_plants_each_with_its_town_in_brackets(analyse_text):
    """Each plant's town, in brackets after its name, though a known site is named later in the list."""
    lead = "The sanctions hit makers of missiles, drones and shells. "
    _, claims = analyse_text(lead + "Belarusian firms are on the list: the Luch plant (Rogachev), the Zenit factory "
                             "(Zhlobin) and the Minsk Wheeled Tractor Plant, which make parts for missiles.")
    assert sorted(c.place.name for c in claims) == ["Minsk Wheeled Tractor Plant (MZKT)", "Rahachow", "Zhlobin"]
    _, claims = analyse_text(lead + "Belarusian firms are on the list: the Luch plant, said an official (Zhlobin), "
                             "which makes parts for missiles.")
    assert claims == []


@pytest.mark.parametrize("text", [
    "Lakeside Furniture announced it would shut down its plant in Olyphant in August.",
    "Automaker Dacia has cut shifts at its plant in Mioveni.",
    "The fertiliser maker's plant in Novomoskovsk was also hit by drones.",
    "The refinery's production facilities in Syzran were also hit by drones.",
    "Drones also hit the Saratov refinery, which processes crude, and the Syzran plant.",
])
def test_claim_frames_a_civilian_makers_plant_in_a_story_about_arms(analyse_text, text):
    lead = ("Ukraine's drones struck an ammunition plant in Tula on Monday, the General Staff said. The plant "
            "makes shells, rockets and drones for the army. ")
    _, claims = analyse_text(lead + text)
    assert {c.place.name for c in claims} == {"Tula"}


def test_claim_frames_an_arms_plant_named_with_a_refinery_is_one(analyse_text):
    _, claims = analyse_text("Drones hit a refinery and ammunition plant in Tambov.")
    assert [(c.place.name, c.status) for c in claims] == [("Tambov", "struck")]


def test_claim_frames_an_interviews_answers_are_the_interviewees(analyse_text):
    text = ("*Nordic Munitions has tripled its output since 2022. We spoke to its chief executive, Anna Berg, on "
            "the sidelines of a fair in Oslo.*\n\n"
            "**What has changed at your plant in Raufoss?**\n\n"
            "We opened two new halls at our shell plant in Kokkola this spring.\n\n"
            "**And the drone factory in Tampere?**")
    _, claims = analyse_text(text, publisher="Arms Weekly")
    assert {c.place.name: c.attribution for c in claims if c.place.name == "Kokkola"} == {
        "Kokkola": "chief executive, Anna Berg"}
    assert all(c.attribution == "Arms Weekly (own reporting)" for c in claims if c.place.name != "Kokkola")


def test_claim_frames_a_line_named_by_its_product_stands_for_its_plant(analyse_text):
    _, claims = analyse_text("Norway. Nammo said its new 155 mm shell line at Raufoss was handed over to "
                             "production on Monday.")
    assert [(c.place.name, c.attribution) for c in claims] == [("Raufoss", "Nammo")]
    assert analyse_text("Troops held the front line near Bakhmut for a week.")[1] == []


@pytest.mark.parametrize("text", ["The ministry made an assessment of the shell plant in Kokkola last year.",
                                  "The minister has made no assessment of the shell plant in Kokkola yet."])
def test_claim_frames_making_an_assessment_makes_nothing(analyse_text, text):
    assert claim_at(analyse_text, text, "Kokkola").status == "unknown"  # the plant stays; nothing says it works


def test_claim_frames_a_headline_is_not_parsed_into_the_sentence_below(analyse_text):
    text = ("Kazan drone plant\n\nThe governor of Tatarstan said on Monday that a new drone factory in Yelabuga had "
            "started production.")
    _, claims = analyse_text(text, publisher="Wire")
    assert {c.place.name: c.attribution for c in claims}["Yelabuga"] == "governor of Tatarstan"


def test_claim_frames_the_attackers_home_is_never_the_plants_place(analyse_text):
    _, claims = analyse_text("Belarusian drones set a gunpowder factory on fire in Russia's Bryansk region on "
                             "Friday, the governor said.")
    assert [(c.place.name, c.precision, c.status) for c in claims] == [("Bryanskaya oblast'", "region", "struck")]
    assert claims[0].operators == ["RU"]


@pytest.mark.parametrize("text", [
    "Azerbaijan struck missile factories.",
    "After the raids by Azerbaijan on missile factories, output resumed.",
    "Azerbaijan's strike on the missile factories left craters.",
])
def test_claim_frames_a_striking_state_is_not_where_the_plants_are(analyse_text, text):
    _, claims = analyse_text(text)
    assert all(c.place.name != "Azerbaijan" for c in claims), [(c.place.name, c.status) for c in claims]


@pytest.mark.parametrize("text", [
    "The strike on the drone factory in Azerbaijan destroyed its assembly line.",
    "A blast at the explosives plant in Azerbaijan destroyed two workshops.",
])
def test_claim_frames_a_strike_told_as_the_subject_leaves_the_plant_where_it_is(analyse_text, text):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == ["Azerbaijan"]


def test_claim_frames_workers_on_strike_strike_nothing(analyse_text):
    assert claim_at(analyse_text, "Some 500 machinists went on strike at the shell plant in Scranton on Monday.",
                    "Scranton").status == "unknown"


def test_claim_frames_a_place_on_the_facilitys_verb_however_far(analyse_text):
    text = ("A plant making nitrocellulose, the base of the propellant in every tank round, howitzer shell and "
            "rifle cartridge the army buys from its suppliers, will be opened at Kazan, the minister said.")
    assert claim_at(analyse_text, text, "Kazan").status == "planned"


@pytest.mark.parametrize(("text", "short", "town"), [
    ("The shells are made at a plant in Dubnica nad Váhom, Slovakia. Officials said the plant in Dubnica works "
     "three shifts.", "Dubnica", "Dubnica nad Váhom"),
    ("Drones hit the gunpowder plant in Kamensk-Shakhtinsky on Monday. The Kamensk plant makes powder for artillery "
     "shells.", "Kamensk", "Kamensk-Shakhtinsky"),
])
def test_claim_frames_a_town_named_again_by_its_first_word_is_the_same_town(analyse_text, text, short, town):
    mentions, claims = analyse_text(text)
    assert {m.place.name for m in mentions if m.surface.startswith(short)} == {town}
    assert {c.place.name for c in claims} == {town}


def test_claim_frames_a_namesake_in_the_region_or_site_town_the_article_names(analyse_text):
    mentions, _ = analyse_text("The Iowa Army Ammunition Plant loads shells for the army. The plant lies west of "
                               "Burlington.")
    (burlington,) = [m for m in mentions if m.surface == "Burlington"]
    assert burlington.place.region_code == "US-IA"
    mentions, _ = analyse_text("Vermont officials said on Monday that a drone plant in Burlington would expand.")
    assert [m.place.region_code for m in mentions if m.surface == "Burlington"] == ["US-VT"]


@pytest.mark.parametrize(("second", "statuses"), [("A cruise missile hit it in March.", ["struck"]),
                                                   ("It was struck by drones in May.", ["struck"]),
                                                   ("It was shut down after the war began.", ["closed"]),
                                                   ("It plans to double output.", []),  # more often the firm's plan
                                                   ("Nobody knows how much it makes.", ["operational"])])
def test_claim_frames_it_in_the_next_sentence_is_the_facility(analyse_text, second, statuses):
    _, claims = analyse_text(f"The drone plant in Kumertau opened in 2023. {second}")
    assert {c.place.name for c in claims} == {"Kumertau"}
    assert [c.status for c in claims[1:]] == statuses and all(c.evidence == second for c in claims[1:])


def test_claim_frames_a_plant_said_to_work_and_then_hit_was_struck(analyse_text):
    from pipeline.facilities import merge
    from tests.builders import article

    _, claims = analyse_text("The drone plant in Kumertau makes 40 drones a day. A cruise missile hit it in March.")
    (facility,) = merge(claims, {"test": article("test")})
    assert facility.status == "struck"


def test_claim_frames_it_after_a_paragraph_break_is_not_the_facility(analyse_text):
    _, claims = analyse_text("The drone plant in Kumertau opened in 2023.\n\nIt was struck by drones in May.")
    assert [c.status for c in claims] == ["operational"]


def test_claim_frames_an_abbreviation_is_never_a_town_and_a_source_is_spelled_out(analyse_text):
    text = ("The Defence Intelligence Agency (DIA) briefed lawmakers on Tuesday. According to the DIA, the shell "
            "plant in Kanpur has doubled its output. The KN-23 missiles come from elsewhere.")
    mentions, claims = analyse_text(text)
    assert {m.place.level for m in mentions if m.surface in ("DIA", "KN")} <= {"country", "region"}
    assert [(c.place.name, c.attribution) for c in claims] == [("Kanpur", "Defence Intelligence Agency")]


def test_claim_frames_an_account_that_came_from_someone_is_theirs(analyse_text):
    _, claims = analyse_text("Drones struck the ammunition depot in Toropets on Friday. That account came from a "
                             "regional official, who asked not to be named.", publisher="Wire")
    assert [c.attribution for c in claims] == ["regional official"]


def test_claim_frames_a_bold_heading_with_a_colon_is_no_speaker(analyse_text):
    text = "**Perm: powder for guns**\n\nThe gunpowder plant in Perm makes propellant, Rostec says."
    _, claims = analyse_text(text, publisher="Wire")
    assert [c.attribution for c in claims] == ["Rostec"]


@pytest.mark.parametrize("text", [
    "Factories in and around Kanggye have installed additional lines for 152 mm artillery rounds.",
    "The state has added new shell lines at munitions factories in its northern Jagang Province."])
def test_claim_frames_around_a_town_or_in_its_region(analyse_text, text):
    _, claims = analyse_text(text)
    assert [c.status for c in claims] == ["expanded"] and claims[0].precision in ("city", "region")


@pytest.mark.parametrize(("text", "place", "status"), [
    ("In May the state-owned Borek works at Kraśnik brought a second 155 mm shell line into service.", "Kraśnik",
     "expanded"),
    ("Missiles hit the Zaliv ship-repair yard in Kerch overnight.", "Kerch", "struck"),
    ("At the Czech cartridge maker in Vlasim, a new line for primers and pistol cartridges was commissioned.",
     "Vlašim", "expanded"),
])
def test_claim_frames_works_yards_and_lines_for_small_arms(analyse_text, text, place, status):
    assert claim_at(analyse_text, text, place).status == status


def test_claim_frames_a_site_said_to_make_no_arms_is_no_facility(analyse_text):
    _, claims = analyse_text("The mayor said a missile hit a private enterprise in Kharkiv and that there was no "
                             "military production at the site.")
    assert claims == []


def test_claim_frames_it_said_is_the_organisation_just_before(analyse_text):
    text = ("Hours later, the Defence Ministry in Minsk issued its own statement. It said drones had damaged an "
            "ammunition depot near Babruysk.")
    assert claim_at(analyse_text, text, "Bobruysk").attribution == "Defence Ministry"


def test_claim_frames_the_plant_in_the_city_named_just_before(analyse_text):
    text = ("Explosions were reported overnight in the Russian city of Kursk. The General Staff said its drones had "
            "hit the Signal plant in the city, which makes radar parts for missiles.")
    assert claim_at(analyse_text, text, "Kursk").status == "struck"


def test_claim_frames_a_signing_place_is_not_the_plants(analyse_text):
    _, claims = analyse_text("Romarm and a German partner signed an agreement in Bucharest on Monday to set up a "
                             "gunpowder plant in Făgăraș.")
    assert [c.surface for c in claims] == ["Făgăraș"]
    assert analyse_text("The two firms signed a deal in Warsaw to build a shell plant.")[1] == []


def test_claim_frames_a_facility_word_inside_a_name_is_no_facility(analyse_text):
    text = "Dr. Ana Silva, a researcher at the Institute for Missile Production Studies in Lisbon, spoke on Monday."
    assert analyse_text(text)[1] == []


def test_claim_frames_we_asked_names_the_interviewee(analyse_text):
    text = ("*We asked Dr. Lena Holm, an analyst at a think tank in Oslo, about drone plants.*\n\n"
            "**Where are the drones made?**\n\nThe drone factory in Yelabuga makes most of them.")
    assert claim_at(analyse_text, text, "Yelabuga").attribution == "Dr. Lena Holm"


def test_claim_frames_studying_at_a_plant_proposes_nothing(analyse_text):
    _, claims = analyse_text("As a young man he studied at the shipyard in Barrow-in-Furness.")
    assert all(c.status != "proposed" for c in claims)


def test_claim_frames_a_small_town_where_a_company_has_its_site(analyse_text):
    text = "The court let the company increase the explosives it handles at its site in Karlskoga."
    assert claim_at(analyse_text, text, "Karlskoga").products == ["explosives"]


def test_claim_frames_a_known_site_by_its_word_before_the_facility_word(analyse_text):
    mentions, claims = analyse_text("Plans for two new buildings at the Glascoed munitions site near Usk were "
                                    "approved on Tuesday.")
    assert [(m.surface, m.place.level) for m in mentions if m.surface == "Glascoed"] == [("Glascoed", "site")]
    assert [c.status for c in claims] == ["planned"]  # "plans for new buildings", not buildings going up


@pytest.mark.parametrize("text", [
    "Drones and shells. Drones hit an oil storage facility near Toropets.",
    "Drones and shells. Drones hit an oil storage hub near Toropets.",
    "Drones and shells. The firm opened a logistics hub in Kazan.",
    # places that care for people are no plants, even in a story of arms
    "Tanks, mortars and drones were used in the fighting. The ministry said that medical facilities in the region "
    "of Batken had been put on alert.",
    "Mortar shells and drones hit Batken. Health facilities in Batken were damaged.",
])
def test_claim_frames_a_store_or_hub_of_anything_but_arms_is_no_facility(analyse_text, text):
    assert analyse_text(text)[1] == []


def test_claim_frames_plants_in_a_country_of_which_nothing_is_told_are_gestured_at(analyse_text):
    """"its shell plants in Germany": no one plant; one plant there, or plants there that were hit, are told of."""
    assert analyse_text("Rheinmetall spoke at length about its shell plants in Germany.")[1] == []
    assert analyse_text("Rheinmetall has a shell plant in Germany.")[1]
    assert analyse_text("Rheinmetall's shell plants in Germany were hit by drones.")[1]


@pytest.mark.parametrize("text, places", [
    # clauses joined by a semicolon are each a sentence: each facility keeps its own place and status
    ("In Latvia, Nordhav is building a shell plant near Riga; in Estonia, the government has approved an "
     "explosives facility to supply RDX.", {("Riga", "under construction"), ("Estonia", "planned")}),
    # a list's items after semicolons are not clauses
    ("Drones struck an ammunition plant in Tula; officials said nothing more.", {("Tula", "struck")}),
])
def test_claim_frames_clauses_after_a_semicolon_are_sentences(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert {(c.place.name, c.status) for c in claims} == places


def test_claim_frames_a_product_the_facility_noun_names_is_not_repeated_in_its_kind(analyse_text):
    assert [c.kind for c in analyse_text("The arms works in Tula was hit by drones.")[1]] == ["arms works"]


@pytest.mark.parametrize("text, count", [
    ("Drones struck a shell plant in Tula; the governor said the fire was put out.", 2),
    ("Drones struck shell plants in three towns; Tula, Bryansk, Kursk and Perm.", 1),  # no verb of its own
    ("Drones struck a shell plant in Tula; nobody was hurt.", 1),  # too short to say anything of a plant
])
def test_claim_frames_a_clause_after_a_semicolon_is_a_sentence_with_a_verb_and_five_words(geoparser, text, count):
    from pipeline.facts import sentences

    doc, _ = geoparser.parse("t", text)
    assert len(sentences(doc)) == count


@pytest.mark.parametrize("text, place, status", [
    # what happens to a plant's people is not the plant's news; a strike that kills them is
    ("Drones hit the region. The personnel of the ammunition plant in Tula have been evacuated.", "Tula", "unknown"),
    ("The workers of the shell plant in Tula were killed in a drone strike.", "Tula", "struck"),
    # "a different enterprise" is not the plant named before
    ("The missile plant in Dubna makes cruise missiles and drones. It was never hit, she says; the strikes people "
     "remember were on an oil depot and on a different enterprise nearby.", "Dubna", "operational"),
])
def test_claim_frames_a_plants_people_and_a_different_plant_are_not_the_plant(analyse_text, text, place, status):
    _, claims = analyse_text(text)
    assert {c.status for c in claims if c.place.name == place} == {status}


@pytest.mark.parametrize("text, places", [
    ("The company operates shell plants in Tula, outside Moscow and in Perm.", ["Tula", "Moscow", "Perm"]),
    ("New drone factories are being built in Moscow and at Podolsk.", ["Moscow", "Podolsk"]),
    ("Drones struck an explosives plant in Dzerzhinsk, near Nizhny Novgorod.", ["Dzerzhinsk"]),
    ("Shells are made at plants like Tula and Bryansk.", ["Tula", "Bryansk"]),
    ("New machines were installed at its shell plant in Bourges, France, and that in Nivelles, Belgium.",
     ["Bourges", "Nivelles"]),
    ("New presses were installed at its shell plant in Pilsen and the plant of Colleferro, Italy.",
     ["Pilsen", "Colleferro"]),
    ("While fuzes are made at other sites, like Washington in north-east England, they are filled in Wales.",
     ["Washington"]),
    ("A shell plant in Podolsk, outside Moscow, was expanded.", ["Podolsk"]),
    # an item said in passing to be somewhere ("in Siberia") is still an item of the list
    ("Drones struck shell plants in the Komi Republic in the Arctic, Tula in central Russia, and in Perm.",
     ["Komi, Respublika", "Tula", "Perm"]),
])
def test_claim_frames_a_list_of_places_gives_each_its_plant_a_place_nearby_only_says_where(analyse_text, text,
                                                                                            places):
    """Places listed with their own preposition ("in X, outside Y and in Z") are each a facility's; a place
    after a comma that lies near the first ("in Dzerzhinsk, near Nizhny Novgorod") only says where it is."""
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("text", [
    "North Korea's navy has a new destroyer. Photos of it were taken during a launch ceremony at the Hamhung shipyard, "
    "the navy said.",
    "North Korea's navy has a new frigate. A launch ceremony took place at the Hamhung shipyard on Friday, the navy "
    "said.",
])
def test_claim_frames_a_ceremony_at_a_plant_named_for_its_town_is_at_the_plant(analyse_text, text):
    """"a ceremony at the Hamhung shipyard" is where the shipyard is, though a ceremony's place is seldom the plant's;
    "the Hamhung shipyard" is the city of Hamhung, though "the" opens the name."""
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == ["Hamhŭng"]


@pytest.mark.parametrize("text, places", [
    ("On a trip to Tula, the minister toured a shell plant.", ["Tula"]),
    ("The minister inspected two shell plants on a trip to the Bryansk and Kursk regions.",
     ["Bryanskaya oblast'", "Kurskaya oblast'"]),
    ("On a trip to Tula, the minister toured a shell plant in Aleksin.", ["Aleksin"]),  # a place of its own
    ("During a visit to Minsk, the minister said a shell plant would be built in Belarus.", ["Belarus"]),
    ("During a visit to Minsk, the minister said shell plants need more workers.", []),  # a trip to see no plant
])
def test_claim_frames_a_trip_to_tour_a_plant_is_to_where_the_plant_is(analyse_text, text, places):
    """A trip's place is seldom the plant's, unless the trip was to see the plant; a place the sentence gives the
    plant itself still wins. "The Bryansk and Kursk regions" are two regions."""
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("text, places", [
    ("Leeds was named the new home of tank building after a factory for tank hulls opened there.", ["Leeds"]),
    ("Voronezh is getting a new shell plant next year, the governor said.", ["Voronezh"]),
    ("Kazan is home to a helicopter plant.", ["Kazan"]),
    # a town that speaks, strikes or acts stands for its government
    ("Kazan said a drone plant was hit.", []),
    ("Kharkiv struck a drone plant overnight.", []),
    ("Washington must sanction the drone factory, the senator said.", []),
])
def test_claim_frames_a_town_the_sentence_is_about_holds_its_plant(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


def test_claim_frames_a_town_and_its_region_naming_a_plant_place_it_at_the_town(analyse_text):
    _, claims = analyse_text("The firm's Mesa, Arizona facility makes rocket motors.")
    assert [c.place.name for c in claims] == ["Mesa"]


def test_claim_frames_sites_only_located_keep_what_was_said_of_them(analyse_text):
    """"plants where Russia fills X" are in Russia; "The plants are in A, B and C" only says where they are: the
    expansion told before holds for each."""
    text = ("Russia's army needs more missiles and shells. Imagery shows expansions at three plants where Russia fills "
            "artillery shells. The plants are in the Komi Republic in the Arctic, Tula in central Russia, and in Perm.")
    _, claims = analyse_text(text)
    assert [(c.place.name, c.status) for c in claims] == [
        ("Russia", "expanded"), ("Komi, Respublika", "expanded"), ("Tula", "expanded"), ("Perm", "expanded")]
    # a sentence that says more than where they are, or places outside the place told of, says its own
    for later, statuses in (("The plants in Tula and Perm make solid fuel.", ["operational", "operational"]),
                            ("Other plants are in Minsk and Brest.", ["operational", "operational"])):
        _, claims = analyse_text(text.rsplit(". ", 1)[0] + ". " + later)
        assert [c.status for c in claims][1:] == statuses
    # a country the plants make things for is not where they are
    _, claims = analyse_text("Russia's army needs more missiles and shells. Imagery shows expansions at three "
                             "plants that fill artillery shells for Russia.")
    assert claims == []


def test_claim_frames_in_the_town_in_a_region_is_the_town_named_before(analyse_text):
    text = ("Nammo broke ground on a shell factory in Raufoss on Monday. The new shell plant is being built at its "
            "site in the town in Innlandet county, Norway.")
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == ["Raufoss", "Raufoss"]


def test_claim_frames_production_a_verb_tells_of_is_named_for_its_product(analyse_text):
    _, claims = analyse_text("Shells are made in Saxony.")
    assert [(c.place.name, c.kind) for c in claims] == [("Sachsen", "shell production")]


def test_claim_frames_where_a_product_is_used_is_not_where_it_is_made(analyse_text):
    _, claims = analyse_text("The firm will double its production capacity for 122mm rockets, a type fielded in "
                             "Ukraine.")
    assert claims == []


@pytest.mark.parametrize("text", ["Russia launched missiles at Kyiv from Crimea.",
                                  "The navy launched a drone from a ship near Sevastopol."])
def test_claim_frames_what_is_launched_from_a_place_is_fired_not_made_there(analyse_text, text):
    assert analyse_text(text)[1] == []


@pytest.mark.parametrize("text, places", [
    ("The new drone factory uses engines produced in China.", []),
    ("The ammunition plant features 40 kinds of machine tools made in Germany, Italy and Japan.", []),
    ("Rheinmetall opened a shell plant in Unterluess. The shell plant uses presses made in Italy.",
     ["Unterlüß", "Unterlüß"]),
    # told of no facility, goods made in a town are made at a plant there
    ("Shahed drones made in Yelabuga hit Kyiv overnight.", ["Yelabuga"]),
])
def test_claim_frames_where_a_plants_equipment_was_made_is_not_where_the_plant_is(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


def test_claim_frames_the_demonym_of_a_strike_is_the_attackers_not_the_plants(analyse_text):
    text = ("Ukraine's drone output fell last month. A Russian strike on a Ukrainian drone factory halted deliveries, "
            "the minister said. Russia and Ukraine trade blows on arms plants.")
    _, claims = analyse_text(text)
    assert [(c.place.name, c.status) for c in claims] == [("Ukraine", "struck")]
    # a country's media tell of its own plants
    _, claims = analyse_text("North Korea is arming Russia. North Korean state media showed officials at a shell "
                             "factory, which it called vital.")
    assert [c.place.name for c in claims] == ["North Korea"]


@pytest.mark.parametrize("text, places", [
    ("Russia has increased its production of missiles, officials said.", []),
    ("Russia has increased its manufacture of missiles, officials said.", []),
    ("Serbia produces shells in large numbers.", []),
    ("Serbia is constructing a drone factory.", ["Serbia"]),
])
def test_claim_frames_a_nations_output_is_no_facility_a_nations_plant_is(analyse_text, text, places):
    """A country that makes more of something is no plant; a country building a plant puts it there."""
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("text, places", [
    ("Kupol coordinates the production of attack drones in Chinese factories. Engines also come from China.",
     ["China"]),
    ("Drones are assembled in Iranian plants in Isfahan, Iran's defence ministry said.", ["Isfahan"]),
])
def test_claim_frames_plants_named_by_a_demonym_are_in_that_country(analyse_text, text, places):
    """"In Chinese factories" puts them in China (as the article names it), unless a finer place there is given."""
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


def test_claim_frames_a_dateline_is_where_the_story_was_filed_not_a_facility(analyse_text):
    _, claims = analyse_text("ROCK ISLAND ARSENAL, Ill. —\nThe Army opened a new shell plant in Mesquite, Texas, "
                             "officials said.")
    assert [c.place.name for c in claims] == ["Mesquite"]


@pytest.mark.parametrize("text, places", [
    # what says where a place is that locates something else goes with it
    ("Troops in Kharkiv, Ukraine, now use shells from the plant in Pilsen.", ["Pilsen"]),
    # a place the parser hangs on a noun beside the facility's is still the facility's: a noun of its people
    # ("employees of the factory in X"), one coordinated with it that the parser made its modifier
    ("Three workers of the Heavy Vehicles Factory Avadi (HVF) in Chennai in Tamil Nadu were hurt in a blast at the "
     "tank factory.", ["Heavy Vehicles Factory Avadi"]),
    ("The Army chose Nammo to run a new 30mm shell production line and indoor test range in Bay City, Michigan.",
     ["Bay City"]),
    # a known site is a facility wherever the parser hangs it, and each one coordinated is
    ("The firm signed a ten-year lease at Pine Bluff Arsenal in Arkansas to make propellant.", ["Pine Bluff Arsenal"]),
    ("Shells are made at the Moscow-owned plant in Tver.", ["Tver"]),  # the owner's place is not the plant's
    ("Work crews were seen at the Parchin military complex and the Khojir missile complex this spring.",
     ["Parchin military complex", "Khojir missile production complex"]),
    ("An expert said images show the expansion began at Parchin in May and at Khojir last August.",
     ["Parchin military complex", "Khojir missile production complex"]),
    ("Propellant made at Pine Bluff Arsenal is trucked to Lake City Army Ammunition Plant for loading.",
     ["Pine Bluff Arsenal"]),  # a site the product goes to is told of, not where it is made
])
def test_claim_frames_a_place_that_does_not_locate_takes_its_chain_with_it(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("text, statuses", [
    ("The aviation plant in Irkutsk builds jets for the air force. Later the plant turned to strike fighters, which "
     "were fast jets.", ["operational", "unknown"]),
    ("The missile plant in Votkinsk works for the army. The plant began a new phase of production when it switched "
     "to attack missiles, which were solid-fuelled.", ["unknown", "unknown"]),
    ("The plant in Kazan was converted to make strike weapons.", ["converting"]),
    ("The Kazan plant, which makes strike missiles, was hit by drones in May.", ["struck"]),
])
def test_claim_frames_a_strike_weapon_is_no_strike(analyse_text, text, statuses):
    """"strike fighters", "attack vehicles" name what a plant makes, not a blow to it."""
    _, claims = analyse_text(text)
    assert [c.status for c in claims] == statuses


def test_claim_frames_a_source_line_names_the_storys_source_a_details_label_names_nobody(analyse_text):
    text = ("Drones attacked the gunpowder plant in Kotovsk overnight.\n\nSource: regional Telegram channels\n\n"
            "Details: The gunpowder plant in Kotovsk burned for hours after the strike.")
    _, claims = analyse_text(text)
    assert [c.attribution for c in claims] == ["regional Telegram channels", "regional Telegram channels"]


@pytest.mark.parametrize("text, place, status", [
    # a place named for a place word after a locative preposition
    ("Missiles hit a drone assembly plant in Georgia's second city, Kutaisi, overnight.", "Kutaisi", "struck"),
    ("A shell factory near the port city of Gdansk was expanded last year.", "Gdańsk", "expanded"),
    # a place chosen as the site of a plant to come
    ("The armsmaker has selected Wichita, Kansas as the location of its first missile factory.", "Wichita",
     "planned"),
    ("Nordic Munitions picked Tampere as the site for a new shell plant.", "Tampere", "planned"),
    # chosen to build or host it, or for it; what the sentence says of it after the choice still counts
    ("Vantor picked Toledo, Ohio, to build its interceptor plant.", "Toledo",
     "planned"),
    ("The firm picked Ostrava to host a shell plant.", "Ostrava", "planned"),
    ("Nordic Munitions chose Oulu for its new drone factory.", "Oulu", "planned"),
    ("Nordic Munitions chose Oulu for its new drone factory, which opened in May.", "Oulu", "operational"),
    ("Drones hit a missile plant near the Black Sea port of Odesa on Sunday.", "Odesa", "struck"),
])
def test_claim_frames_the_grammar_places_a_plant_without_a_preposition_before_the_town(analyse_text, text, place,
                                                                                         status):
    _, claims = analyse_text(text)
    assert [(c.place.name, c.status) for c in claims] == [(place, status)]


def test_claim_frames_a_town_chosen_as_a_meeting_place_holds_no_plant(analyse_text):
    _, claims = analyse_text("The shell makers picked Tampere as the host of their fair on missile plants.")
    assert "Tampere" not in {c.place.name for c in claims}
    _, claims = analyse_text("The minister chose Helsinki to announce a new shell plant to be built in Finland.")
    assert [(c.place.name, c.status) for c in claims] == [("Finland", "planned")]


@pytest.mark.parametrize("text, place, product", [
    ("The loitering munition, “designed and produced in the People’s Republic of China,” was shown in Dubai.",
     "China", "loitering munition"),
    ("Artillery shells produced in the Democratic People's Republic of Korea were found near Kursk.", "North Korea",
     "shell"),
    ("Shahed drones assembled in Yelabuga have hit Kyiv.", "Yelabuga", "drone"),  # what struck is made here
])
def test_claim_frames_a_participle_puts_production_where_it_says(analyse_text, text, place, product):
    """"Drones assembled in X", however the weapon is used afterwards; and "People's" in a state's name owns
    nothing (the People's Republic of China is not the Republic of China)."""
    _, claims = analyse_text(text)
    assert [(c.place.name, c.kind) for c in claims] == [(place, f"{product} production")]


@pytest.mark.parametrize("text, place, status", [
    ("The list also names Aerotek, a drone manufacturer based in Shiraz, Iran.", "Shiraz", "operational"),
    ("Bulgaria will have its own production lines for artillery shells by 2027, the minister said.", "Bulgaria",
     "planned"),
    ("Finland has a new shell plant in Lapua.", "Lapua", "operational"),
])
def test_claim_frames_a_maker_based_somewhere_and_what_a_country_will_have(analyse_text, text, place, status):
    _, claims = analyse_text(text)
    assert [(f.place.name, f.status) for f in merge(claims, {})] == [(place, status)]


@pytest.mark.parametrize("text, place", [
    ("Orlen, a fuel producer based in Płock, sold more petrol.", "Płock"),  # no arms
    # where the plant is, not a former site it stands on
    ("The shell line stands in the Brest District, on the grounds of a former tank depot near the village of "
     "Kamenets.", "Kamenets"),
])
def test_claim_frames_no_plant_at_a_civilian_makers_town_or_a_former_sites(analyse_text, text, place):
    _, claims = analyse_text(text)
    assert place not in {c.place.name for c in claims}


def test_claim_frames_what_a_project_has_is_no_plant_it_has(analyse_text):
    _, claims = analyse_text("The director said the project has great prospects for shell production in Serbia.")
    assert all(c.status_cue != "has" for c in claims)


@pytest.mark.parametrize("text, facilities", [
    # a plant's own name: its town's, or its country's demonym
    ("Kazakhstan sells shells abroad. || The Semey Plant of Tractor Parts fills artillery shells for export.",
     [("Semey", "city")]),
    ("Serbia sells shells abroad. || The Kragujevac Machine Works makes artillery shells.", [("Kragujevac", "city")]),
    ("Hungary sells ammunition abroad. || In 2024 the Hungarian enterprise 'Precision Casting Plant' signed a deal "
     "to supply shell casings.", [("Hungary", "country")]),
    # a plant listed after the kind of enterprise a report names
    ("Belarus sells shells to the Russian army. || The report lists enterprises involved in producing shells for "
     "the army, among them the Homiel Foundry Company, the Minsk Gear Company, and the Barysaw Plant of Electrical "
     "Parts.", [("Barysaw", "city")]),
    # a company's nationality is no plant; nor is the demonym of a plant whose town is named
    ("Germany sells arms. || The German firm 'Rheinmetall' is building a shell plant in Lithuania.",
     [("Lithuania", "country")]),
    ("Russia makes drones. || The Russian Helicopters Plant in Kazan makes drones.", [("Kazan", "city")]),
    # two plants in one sentence stay two, the one told of by its country too
    ("Belarus sells shells to the Russian army, a report says. || The shell makers include the Hrodna Tractor "
     "Works and the Belarusian Alloy Plant.", [("Hrodna", "city"), ("Belarus", "country")]),
])
def test_claim_frames_a_plants_own_name_places_it(analyse_text, text, facilities):
    _, claims = analyse_text(text.replace(" || ", "\n\n"))
    assert [(f.place.name, f.precision) for f in merge(claims, {})] == facilities


@pytest.mark.parametrize("text, noun", [
    ("the Kragujevac Machine Works", "Works"),
    ("the city's Public Works department", None),
    ("Works began in May", None),
])
def test_claim_frames_a_works_is_a_facility_by_its_own_name(text, noun):
    found = FACILITY_NOUN.search(text)
    assert (found.group() if found else None) == noun


def test_claim_frames_how_an_industry_works_is_no_works(analyse_text):
    _, claims = analyse_text("How Russia's Drone Industry Works")
    assert claims == []


@pytest.mark.parametrize("text, places", [
    ("Russia struck Ukraine. A missile plant in the Kyiv suburb of Vyshneve was damaged.", ["Vyshneve"]),
    ("Russia struck Ukraine. Drones hit a drone plant in the Kyiv region town of Fastiv.", ["Fastiv"]),
])
def test_claim_frames_a_city_that_only_says_whose_suburb_places_nothing(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("text, places", [
    # a factory near a city, then the town near it that the factory is at: one plant
    ("Missiles destroyed an ammunition factory near Kyiv, the ministry said. The factory had made shells for the "
     "army. || \"Missiles destroyed an ammunition factory near the town of Brovary,\" the spokesman said.",
     ["Brovary"]),
    # another kind of plant in the town is another plant
    ("Missiles destroyed a drone factory near Kyiv, the ministry said. || A shell plant in Brovary was also hit.",
     ["Kyiv", "Brovary"]),
    # a plant near the city hit on another day is another plant
    ("Missiles destroyed an arms factory near Kyiv on 3 March 2026, the ministry said. || Drones hit an arms "
     "factory near the town of Brovary on 9 March 2026.", ["Kyiv", "Brovary"]),
    # a city of millions has its "near" further out
    ("Drones struck a missile plant outside Moscow overnight. || Blasts were heard at the missile plant in "
     "Serpukhov, some 100 km away, residents said.", ["Serpukhov"]),
    ("Drones struck a missile plant outside Moscow overnight. || Blasts were heard at the missile plant in "
     "Tula, some 170 km away, residents said.", ["Moscow", "Tula"]),
    # the town's plant told of as what the city's plant does, 70 km out; not one told of as hiring, 100 km out
    ("A drone factory near Moscow was hit, officials said. || The factory, in Sergiyev Posad, makes optics for "
     "drones.", ["Sergiyev Posad"]),
    ("A drone factory near Moscow was hit, officials said. || In other news, a drone plant in Kolomna said "
     "it has hired 500 new workers.", ["Moscow", "Kolomna"]),
    # and the town's known plant, when the article names one there
    ("Drones struck a defence plant outside Moscow overnight. || The Dubna Machine-Building Plant makes missiles. "
     "|| Blasts were heard at the missile plant in Dubna, residents said.", ["Dubna Machine-Building Plant (Fedorov)"]),
    ("Drones struck a missile plant outside Kursk overnight. || Blasts were heard at the missile plant in "
     "Oboyan, some 60 km away, residents said.", ["Kursk", "Oboyan’"]),
    # unless the article says the town is near the city
    ("Drones struck a missile plant outside Kursk overnight. || Blasts were heard at the missile plant in "
     "Oboyan near Kursk, residents said.", ["Oboyan’"]),
    ("Drones struck a missile plant outside Kursk overnight. || Blasts were heard at the missile plant in "
     "Oboyan, and later smoke was seen over the villages near Kursk.", ["Kursk", "Oboyan’"]),
    # a town far from the city is no place near it
    ("Missiles destroyed an ammunition factory near Kyiv, the ministry said. || An ammunition factory in Lviv "
     "was also hit.", ["Kyiv", "Lviv"]),
])
def test_claim_frames_a_plant_near_a_city_is_the_one_the_article_puts_in_a_town_nearby(analyse_text, text, places):
    _, claims = analyse_text(text.replace(" || ", "\n\n"))
    assert sorted(f.place.name for f in merge(claims, {})) == sorted(places)


@pytest.mark.parametrize("text, place, kind, status", [
    # what the plant's own clause says it does, though the sentence is about selling shares in it
    ("Kazakhstan agreed to sell its stake in Zenit, a plant that makes torpedoes, to a Russian buyer.", "Kazakhstan",
     "torpedo plant", "operational"),
    ("The rifle factory in Radom aims to make 100,000 rifles a year.", "Radom", "rifle factory", "planned"),
])
def test_claim_frames_a_plants_own_clause_and_more_kinds_of_arms(analyse_text, text, place, kind, status):
    _, claims = analyse_text(text)
    assert [(c.place.name, c.kind, c.status) for c in claims] == [(place, kind, status)]


@pytest.mark.parametrize("text, product", [
    ("a plant making ammo", "ammo"), ("a factory that builds radars", "radars"),
    ("rocket launchers are made", "rocket launchers"), ("rocket fuel is made", "rocket fuel"),
    ("the works assembles machine guns", "machine guns"), ("a line for pistols", "pistols"),
])
def test_claim_frames_small_arms_ammo_radars_and_launchers_are_arms(text, product):
    assert PRODUCT_TERMS.search(text).group() == product


@pytest.mark.parametrize("text, places", [
    # land named by its demonym is the country
    ("Syria is at war. || Jets bombed a drone factory in Syrian territory on Saturday.", ["Syria"]),
    ("Ukraine is at war. || A shell plant will be built on Ukrainian soil, the minister said.", ["Ukraine"]),
    # but only where the sentence gives the plant no other place
    ("Ukraine and Russia fight. || Drones built at a factory in Lviv have struck refineries on Russian soil.",
     ["Lviv"]),
    ("Ukraine and Russia fight. || Drone makers are building factories in Denmark to escape Russian strikes on "
     "Ukrainian territory.", ["Denmark"]),
    # the place of the group that reported the plant is not the plant's
    ("Syria is at war. || The drone factory was reported by a monitoring organisation based in London.", []),
    # a helper's demonym is not where the plant is
    ("Russia and China sell arms to Venezuela. || With Russian aid, a rifle factory was built, the minister said.",
     []),
    ("Russia and China sell arms to Venezuela. || Using Chinese components, a drone factory will make drones.", []),
    ("Russia and China sell arms to Venezuela. || A Russian drone factory will open soon, the minister said.",
     ["Russia"]),
    ("Russia sells arms. || Russian technology conglomerate Rostec is building a new drone plant, it said.",
     ["Russia"]),
    # a region of several states is no place of a plant
    ("The United States and Iran are rivals. || Iran has the Middle East's largest missile arsenal.", []),
    # a raid's targets, of any kind, are no plants
    ("Israeli jets and missiles struck Iran's army and air force. || Officials said sites in Tehran and Ilam "
     "provinces were attacked.", []),
    ("Israeli jets and missiles struck Iran's army and air force. || Officials said a plant in Tehran was attacked.",
     ["Tehran"]),
    # a nation's output is no plant
    ("Cooperation deepens as Russia increases its production of drones.", []),
    ("Kazakhstan has accelerated production of armoured vehicles.", []),
    ("India and Russia agreed to start production of assault rifles.", []),
    # "the country" acting is the country the paragraph named
    ("China is arming fast. At present, the country operates 136 sites linked to missile production.", ["China"]),
    ("Serbia is in talks with the EU. The country has opened a new shell factory, according to Hungary's foreign "
     "minister.", ["Serbia"]),
    ("The Kazan drone plant was hit.", ["Kazan"]),
])
def test_claim_frames_what_a_place_or_demonym_is_of(analyse_text, text, places):
    _, claims = analyse_text(text.replace(" || ", "\n\n"))
    assert [c.place.name for c in claims] == places


def test_claim_frames_sites_a_firm_invests_in_are_its_plants(analyse_text):
    text = ("Drones and missiles are in demand; the army buys them. || The firm started work after investing "
            "£20m into sites in Mildenhall and Elmsett.")
    _, claims = analyse_text(text.replace(" || ", "\n\n"))
    assert [c.place.name for c in claims] == ["Mildenhall"]


@pytest.mark.parametrize("text, place, status", [
    # a shipyard's docks and slipways are the shipyard
    ("Russia and Ukraine fight. || Missiles hit a floating dry dock in Sevastopol where a warship was under repair.",
     "Sevastopol", "struck"),
    ("The navy wants frigates. || A new slipway in Gdynia will build two frigates, the yard said.", "Gdynia",
     "planned"),
])
def test_claim_frames_docks_and_slipways_are_shipyards(analyse_text, text, place, status):
    _, claims = analyse_text(text.replace(" || ", "\n\n"))
    assert [(c.place.name, c.status) for c in claims] == [(place, status)]


@pytest.mark.parametrize("text, places", [
    # a ceremony that opens or starts a plant is held at it; a signing is not
    ("The Army opened a shell production facility during a ribbon-cutting ceremony held in Ingersoll, Canada.",
     ["Ingersoll"]),
    ("Work on a drone factory began at a groundbreaking ceremony in Kielce.", ["Kielce"]),
    ("The firm agreed to build a shell plant, the minister said during a signing ceremony held in Warsaw.", []),
    ("At the opening ceremony of an arms fair in Abu Dhabi, the company announced plans for a drone factory in "
     "Saudi Arabia.", ["Saudi Arabia"]),
    ("At his inauguration ceremony in Washington, the president promised to build more munitions factories.", []),
    # a gun's calibre names arms; a steel sheet's does not
    ("The Army opened a 155mm metal parts facility in Ingersoll.", ["Ingersoll"]),
    ("The factory in Volgograd produces 50mm steel sheets for shipbuilders.", []),
])
def test_claim_frames_an_opening_ceremony_is_held_at_the_plant(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("text, places", [
    # a market, a sector or a process of production is no facility
    ("Kyiv is at war. || The plan will create competitive conditions in the drone production market in Ukraine.", []),
    ("Kyiv is at war. || The drone production sector in Ukraine employs 20,000 people.", []),
    ("Kyiv is at war. || Drone production in Ukraine rose, the minister said.", ["Ukraine"]),
])
def test_claim_frames_a_market_or_sector_of_production_is_no_facility(analyse_text, text, places):
    _, claims = analyse_text(text.replace(" || ", "\n\n"))
    assert [c.place.name for c in claims] == places


def test_claim_frames_a_ferrys_slipway_is_no_shipyard(analyse_text):
    _, claims = analyse_text("The navy wants frigates.\n\nDrones struck the ferry slipway in Novorossiysk overnight.")
    assert claims == []


def test_claim_frames_a_state_owned_group_is_no_source(analyse_text):
    _, claims = analyse_text("Drones hit the drone plant in Lviv, a key site within the state-owned Vantor group.",
                             publisher="Wire")
    assert [c.attribution for c in claims] == ["Wire (own reporting)"]


def test_claim_frames_a_plant_with_no_name_is_no_source(analyse_text):
    _, claims = analyse_text("The ammunition factory in Vogosca said it was hit by a drone.", publisher="Wire")
    assert [c.attribution for c in claims] == ["Wire (own reporting)"]


def test_claim_frames_a_firms_home_town_before_based_is_no_source(analyse_text):
    _, claims = analyse_text("Gdansk, Poland based Vistula Shipyard says it has laid the keel of a corvette at its "
                             "shipyard in Gdansk.")
    assert claims and all(c.attribution == "Vistula Shipyard" for c in claims)


@pytest.mark.parametrize("text, kind", [
    ("Kyrgyzstan plans to establish an assembly of military drones.", "drone production"),
])
def test_claim_frames_the_kind_is_what_the_plant_makes_not_that_it_is_military(analyse_text, text, kind):
    _, claims = analyse_text(text)
    assert [c.kind for c in claims] == [kind]


@pytest.mark.parametrize("text", [
    "The powder plant in Karlovo took new orders from the army.",
    "The powder plant in Karlovo received new machines.",
    "The powder plant in Karlovo received a blow from the sanctions.",
])
def test_claim_frames_what_a_plant_takes_or_receives_is_no_strike_unless_it_is_harm(analyse_text, text):
    assert claim_at(analyse_text, text, "Karlovo").status == "unknown"


@pytest.mark.parametrize("text, source", [
    # pictures no one is said to have taken speak through the publisher
    ("Satellite images show a new drone factory in Yelabuga, Tatarstan.",
     "Nordwatch Weekly (own reporting: Satellite images)"),
    ("The imagery shows new roofs at the missile factory in Kusong.", "Nordwatch Weekly (own reporting: imagery)"),
    # who took them is the source; so is who made them, and anyone else who speaks
    ("Maxar satellite images show new roofs at the missile factory in Kusong.", "Maxar satellite images"),
    ("Images obtained by Reuters show a new workshop at the missile factory in Kusong.", "Reuters"),
    ("Analysts said a new workshop was built at the missile factory in Kusong.", "Analysts"),
])
def test_claim_frames_pictures_speak_through_the_publisher(analyse_text, text, source):
    _, claims = analyse_text(text, publisher="Nordwatch Weekly")
    assert claims[0].attribution == source


@pytest.mark.parametrize("text, places", [
    ("Soldiers gathered in the yard of the barracks in Kursk with new drones.", []),  # a yard of no one's making
    ("The drone plant opened in June in Kazan.", ["Kazan"]),  # a month is no town Unieux
])
def test_claim_frames_a_yard_and_a_date_are_no_plants(analyse_text, text, places):
    mentions, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("text, source", [
    # a company telling of its own plant, with no one said to report it, is the source
    ("On Monday, Vantor Systems opened a new drone assembly line at its plant in Tarnow.", "Vantor Systems"),
    ("Vantor Systems has started construction of a shell factory in Leeds.", "Vantor Systems"),
    # a reporter named still speaks; a plant or a town that acts is no company's news
    ("Vantor Systems opened a drone factory in Tarnow, Reuters reported.", "Reuters"),
    ("The drone factory in Tarnow opened a second hall.", "Wire (own reporting)"),
    # what a company does as a rule is the reporter's background
    ("Vantor Systems runs a shell factory in Leeds.", "Wire (own reporting)"),
    # what others do to a plant is no news of their own
    ("Greenpeace protested outside the Vantor explosives plant in Bursa.", "Wire (own reporting)"),
    ("The European Commission funded the expansion of the Vantor shell plant in Leeds.", "Wire (own reporting)"),
    # whoever strikes a plant does not tell of it
    ("Vantor Systems drones struck the shell factory in Bryansk.", "Wire (own reporting)"),
    ("The SBU struck a drone factory in Yelabuga.", "Wire (own reporting)"),
])
def test_claim_frames_a_company_acting_on_its_plant_is_its_source(analyse_text, text, source):
    _, claims = analyse_text(text, publisher="Wire")
    assert claims and {c.attribution for c in claims} == {source}


@pytest.mark.parametrize("text, places", [
    # sites only said to be military are bases or depots as much as plants
    ("Drones damaged military sites in the Bryansk region.", []),
    ("Missiles hit a military facility in Engels.", []),
    ("Drones damaged military production sites in the Bryansk region.", ["Bryanskaya oblast'"]),
    ("Drones struck the military facility in Yelabuga that assembles missiles.", ["Yelabuga"]),
])
def test_claim_frames_a_site_only_said_to_be_military_is_no_plant(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("text, place, status", [
    # arms to be made at a maker of civilian goods' plant convert it
    ("Automaker Vantor Motors will start producing military drones at its plant in Le Mans.", "Le Mans",
     "converting"),
    ("Car maker Vantor is starting production of attack drones at its plant in Le Mans.", "Le Mans", "converting"),
    # an arms plant that sells to automakers is no conversion
    ("The tank plant in Le Mans supplies parts to automakers.", "Le Mans", "operational"),
])
def test_claim_frames_arms_made_at_a_civilian_makers_plant_convert_it(analyse_text, text, place, status):
    assert claim_at(analyse_text, text, place).status == status


@pytest.mark.parametrize("text", [
    "Automaker Vantor has cut shifts at its plant in Le Mans.",
    "Russian drones hit the automaker's plant in Lviv.",
    "Missiles struck the automaker's plant in Lviv, which also makes military trucks.",
])
def test_claim_frames_a_civilian_makers_plant_is_no_arms_plant(analyse_text, text):
    assert analyse_text(text)[1] == []


@pytest.mark.parametrize("text, places", [
    # a plant no sentence places, in an article about one country, is in that country
    ("Estonia buys shells.\n\nThe firm will build a shell plant in the south of the country.", ["Estonia"]),
    ("Estonia buys shells. The shell plant met the targets in the country's five-year plan.", ["Estonia"]),
    ("Estonia is growing its arms industry.\n\nA new shell factory opened last week, the ministry said.",
     ["Estonia"]),
    # half the places and twice any other's: the article is about it
    ("Sweden sells shells to Ukraine and Poland. Sweden is growing its arms industry.\n\nA new shell factory opened "
     "last week.", ["Sweden"]),
    # not in an article about several countries, nor a plant struck, nor one a nation is named beside
    ("Estonia and Latvia are growing their arms industries.\n\nA new shell factory opened last week.", []),
    ("Sweden sells shells to Ukraine. Sweden and Ukraine grow their arms industries.\n\nA new shell factory opened "
     "last week.", []),
    ("Estonia is growing its arms industry.\n\nA shell factory was hit by a drone last week.", []),
    ("Estonia is growing its arms industry.\n\nBefore the Russian invasion, the shell factory made toys.", []),
    ("Estonia is growing its arms industry.\n\nA neighbouring country will get a new shell factory.", []),
])
def test_claim_frames_a_plant_placed_nowhere_is_in_the_country_the_article_is_about(analyse_text, text, places):
    _, claims = analyse_text(text)
    assert [c.place.name for c in claims] == places


@pytest.mark.parametrize("text, source", [
    # a section's heading is no paragraph of the lead: the source the story's second paragraph names is the lead's
    ("Going underground\nA firm has begun building a drone factory in Lviv.\nAccording to the Baltic Herald, the "
     "project is led by a local company.", "Baltic Herald"),
    ("A firm has begun building a drone factory in Lviv.\nAccording to the Baltic Herald, the project is led by a "
     "local company.", "Baltic Herald"),
    # but a third paragraph is no longer the lead's
    ("Going underground\nA firm has begun building a drone factory in Lviv.\nIt will employ 200 people.\nAccording "
     "to the Baltic Herald, the project is led by a local company.", None),
])
def test_claim_frames_the_leads_source_after_a_heading(analyse_text, text, source):
    _, claims = analyse_text(text)
    assert [c.attribution for c in claims][:1] == [source]


@pytest.mark.parametrize("text, source", [
    # a speaker named by surname alone is the person named before, however the surname was transliterated
    ("Tambov Governor Maxim Yegorov spoke to reporters on Monday. The gunpowder plant in Kotovsk works as usual, "
     "Egorov said.", "Maxim Yegorov"),
    ("Ivan Sidorenko, the plant's director, met workers. Sidorenko said the shell plant in Kotovsk was hit.",
     "Ivan Sidorenko"),
    # another surname, or a firm, stays as written
    ("Tambov Governor Maxim Yegorov spoke to reporters on Monday. The gunpowder plant in Kotovsk works as usual, "
     "Petrov said.", "Petrov"),
])
def test_claim_frames_a_surname_alone_is_the_person_named_before(analyse_text, text, source):
    _, claims = analyse_text(text)
    assert [c.attribution for c in claims] == [source]
