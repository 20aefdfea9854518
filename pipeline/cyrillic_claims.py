"""Claims in Russian and Ukrainian articles, read with the frame of English ones: a facility noun with a
product or military word, the place a locative preposition attaches, the status from the verb's class,
aspect, tense and negation (in Russian, the verb that governs the plant in natasha's parse), the source from
reporting phrases, the date against the publication date."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import cache, lru_cache, partial

from . import cyrillic_lexicon as lex
from .accidents import accidents
from .cyrillic_text import (
    CONJUNCTIONS,
    QUOTES,
    REGION_NOUNS,
    SETTLEMENT_WORDS,
    Word,
    has,
    morph,
    sentences,
    state_of,
)
from .facilities import contains
from .facts import (
    NEAR_KM,
    OWN_REPORTING,
    Sentence,
    _relative,
    article_home,
    at_home,
    companies,
    hours_status,
    in_the_only_town,
    interview_answers,
    list_lead,
    named,
    precision_of,
    section_town,
    speaking_capital,
    spread_sources,
    struck_in_town,
)
from .gazetteer_build import capitals
from .geoparse import demonyms
from .records import Claim, Mention


def _in_sentence(ws: list[Word], sent: Sentence) -> list[Word]:
    return [w for w in ws if sent.start <= w.start < sent.end]


# What a facility noun may be in an article about arms; an enterprise too, where the sentence says it makes
# something (not a bakery that closed in a story about shelling).
_PLANTS = ("plant", "factory", "workshop", "shipyard")
_MADE_IN = ("enterprise", "production capacity")  # no plant by the word, but one when built or run
_STRUCK_SITES = ("complex", "enterprise")  # no plant by the word, but one when struck in a story of arms


def _product(w: Word, second: bool = False) -> str | None:
    """What a word names as a product, in English; of a compound, its first part that is one ("FPV-дронів"); with
    ``second`` (in a story about arms), also by its second reading ("танки": dances first, then tanks)."""
    lemmas = list(dict.fromkeys([w.lemma, *(p.normal_form for p in w.parses)]))[:2 if second else 1]
    return next((lex.PRODUCT[part] for lemma in lemmas for part in (lemma, *_parts(lemma)) if part in lex.PRODUCT),
                None)


@lru_cache(maxsize=4096)
def _parts(lemma: str) -> tuple[str, ...]:
    """A compound's parts as written and as lemmas: "дронов-камикадзе" -> дронов, дрон, камикадзе."""
    if "-" not in lemma:
        return ()
    return tuple(dict.fromkeys(form for part in lemma.split("-") for form in (
        part, *(morph(language).parse(part)[0].normal_form for language in ("ru", "uk")))))


def _of_arms(sw: list[Word], military: bool) -> bool:
    """Whether a word's second reading may name arms: in a story about arms, or a sentence naming armed forces or
    a military word ("танки для ЗСУ"; not "народні танки" at a culture club)."""
    return military or any(w.lemma in lex.FORCES or w.lemma in lex.MILITARY for w in sw)


def _facility(sw: list[Word], military: bool) -> Word | None:
    """The facility noun of a sentence that names arms or, in an article about arms, a plant."""
    second = _of_arms(sw, military)
    armed = any(_product(w, second) or w.lemma in lex.MILITARY for w in sw) or bool(
        named(companies(), " ".join(w.text for w in sw)))  # "почали будівництво заводу Rheinmetall"
    making = any(_word_class(x) in ("operate", "build", "expand", "convert") and not _makes_civilian(sw, i)
                 for i, x in enumerate(sw))
    struck = military and any(_word_class(x) == "strike" for x in sw)
    for i, w in enumerate(sw):
        if i and sw[i - 1].lemma in lex.CIVILIAN:
            continue  # "нефтеперерабатывающий завод"
        if w.lemma in _SYSTEM_WORDS and _weapon_system(sw, i):
            continue  # "ракетный комплекс", "дальнобойных комплексов", "комплекс ПВО": a weapon, not a site
        kind = lex.FACILITY.get(w.lemma)
        if kind == "depot" and _part_of(sw, i):
            continue  # "увійти до складу об'єктів ВПК": the Ukrainian "склад" is also what a whole is made of
        if kind == "production" and _makes_civilian(sw, i):
            continue  # "дала згоду на виготовлення технічної документації": papers made, no plant
        plant_kind = kind is not None and (kind in _PLANTS or kind.endswith(" plant"))
        if plant_kind and _for_civilian_goods(sw, i):
            continue  # "завод з виробництва текстилю", "фабрика по производству мебели"
        struck_site = struck and kind in _STRUCK_SITES and not _for_civilian_goods(sw, i)
        if kind and (armed or plant_kind and _owned_by_defence_ministry(sw[i + 1:i + 3]) or military and (
                plant_kind or kind in _MADE_IN and making or struck_site)):
            return w  # "створення виробничих потужностей"; "комплекс в X подвергался атакам" in a story of arms
        if kind == "depot" and struck and not _holds_goods(sw, i):
            return w  # "прилет по складу" in a story of arms: not "склад топлива", "склад готовой продукции"
        if w.lemma in lex.SITE_WORDS and any(x.lemma in lex.MILITARY for x in sw[max(0, i - 1):i + 3]):
            return w  # "об'єкт ВПК", "оборонный объект"; not "енергетичний об'єкт"
        if military and _production_line(sw, i):
            return w
    return None


def _part_of(sw: list[Word], i: int) -> bool:
    """Whether "склад" at ``i`` says what a whole is made of ("до складу", "у складі"), not a depot of arms."""
    before = sw[i - 1].text.lower() if i else ""
    return (before == "до" and sw[i].text.lower() == "складу" or before in ("у", "в") and sw[i].text.lower() == "складі"
            ) and not any(_product(x) for x in sw[i + 1:i + 3])


def _weapon_system(sw: list[Word], i: int) -> bool:
    """Whether the "complex" at ``i`` is a weapon system: a weapon's adjective before it, or air defence or
    electronic warfare after it."""
    before = [x.lemma for x in sw[max(0, i - 2):i]]
    after = sw[i + 1].lemma if i + 1 < len(sw) else ""
    aviation = any(a.startswith(_AVIATION) for a in before)
    if after in _NAMED_FOR or aviation and after.startswith("«"):
        return False  # "авиационный комплекс имени Ильюшина", "авиационный комплекс «Антонов»": works named so
    return any(a.startswith(_WEAPON_STEMS) for a in before) or after in _SYSTEMS_AFTER


_NAMED_FOR = frozenset("имя имени им ім'я імені ім".split())  # the lemma of "имени" is "имя"
_AVIATION = ("авиационн", "авіаційн")
_SYSTEM_WORDS = frozenset({"комплекс"})
_WEAPON_STEMS = ("ракетн", "зенитн", "зенітн", "дальнобойн", "далекобійн", "ударн", "беспилотн", "безпілотн",
                 "противотанков", "протитанков", "артиллерийск", "артилерійськ", "тактическ", "тактичн", "реактивн",
                 "авиационн", "авіаційн", "радиолокационн", "радіолокаційн", "береговой", "берегов", "стрелков",
                 "стрілецьк", "огнемётн", "огнеметн", "вогнеметн")
_SYSTEMS_AFTER = frozenset("пво ппо рэб реб пзрк птрк".split())


def _for_civilian_goods(sw: list[Word], i: int) -> bool:
    """Whether the facility noun at ``i`` is one "for making" civilian goods: "з виробництва меблів"."""
    return i + 2 < len(sw) and sw[i + 1].text.lower() in ("з", "із", "по", "для") and (
        lex.FACILITY.get(sw[i + 2].lemma) == "production" and _makes_civilian(sw, i + 2))


_LINES = frozenset("линия лінія".split())


def _the_plant_again(sw: list[Word], claims: list[Claim], inside: list[Mention]) -> Word | None:
    """After an arms plant is told of, a plant noun no adjective qualifies, with a place of its own, is a
    facility too ("пожар начался в цехе предприятия в X"); not "директор заводу" (no place), nor
    "кондитерская фабрика в X", "фабрика іграшок у X" (another kind of plant)."""
    noun = _facility(sw, True) if claims and inside else None
    if noun is None:
        return None
    k = sw.index(noun)
    after = sw[k + 1] if k + 1 < len(sw) else None
    kind = k and has(sw[k - 1].tag, "ADJF") or after is not None and has(after.tag, "NOUN") and has(
        after.tag, "gent") and not after.capitalised()  # "кондитерская фабрика", "фабрика іграшок"
    return None if kind else noun


def _this_plant(sw: list[Word], noun: Word) -> bool:
    """Whether a demonstrative points at the facility noun: "этот же завод", "данное предприятие", "цей завод"."""
    k = sw.index(noun)
    return any(w.lemma in _DEMONSTRATIVES for w in sw[max(0, k - 2):k])


_DEMONSTRATIVES = frozenset("этот данный указанный цей даний зазначений".split())


def _production_line(sw: list[Word], i: int) -> bool:
    """Whether the word at ``i`` is a line of making ("лінії виробництва", "линия сборки"), which in an article about
    arms stands for its plant; "линия фронта" is no line of making."""
    return sw[i].lemma in _LINES and i + 1 < len(sw) and lex.EVENT_NOUNS.get(sw[i + 1].lemma) == "operate"


# Words that put the making of arms at a place where the sentence has no facility noun ("в Узбекистане налажен
# выпуск беспилотников", "ракеты собирают в Ижевске"). Not "выпускать": also to fire missiles.
_MAKING = frozenset("""производить произвести изготавливать изготовлять изготовить выпускать выпуск собирать
виробляти виробити виготовляти виготовити випускати випуск збирати""".split())
_FIRING = frozenset("выпускать випускати".split())  # also to fire: "выпускают шахеды на Харьков"
_COUNTING = frozenset("тысяча тисяча миллион мільйон сотня десяток".split())
_CLAUSE_MARKS = frozenset(",;:—–")


def _production_word(sw: list[Word]) -> Word | None:
    """A word of making whose object is arms, after it ("налажен выпуск беспилотных аппаратов") or before it
    ("ракеты, которые собирают"); not money or debris gathered ("збирають кошти на дрони") nor a blast carried
    out ("производят подрыв ракеты")."""
    return next((w for i, w in enumerate(sw) if w.lemma in _MAKING and (
        _arms_in(sw[i + 1:i + _MADE_WITHIN]) or _made_before(w) and _arms_in(sw[max(0, i - 5):i][::-1]))
        and not (w.lemma in _FIRING and _at_a_target(sw[i + 1:i + 6]))), None)


_MADE_WITHIN = 9  # words after the verb what is made may be ("собирают и совершенствуют ударные FPV-дроны"): its
# first noun decides


def _made_before(w: Word) -> bool:
    """Whether what is made may come before the verb: "ракеты, которые собирают", "комплекс был произведён"; but
    before the active "произвели" stands who did it ("беспилотники произвели атаку")."""
    return w.lemma not in _PERFORMING or has(w.tag, "pssv")


_PERFORMING = frozenset("произвести виробити".split())  # also to carry out: "произвели удар"


def _at_a_target(words: list[Word]) -> bool:
    """Whether the words send something at or over a place: "по Сумам", "над морем", "на Харьков" (the
    accusative), not "на территории" (where)."""
    return any(w.lemma in ("по", "над") or w.lemma == "на" and k + 1 < len(words) and _towards_only(words[k + 1])
               for k, w in enumerate(words))


def _towards_only(w: Word) -> bool:
    """Whether a word after "на" can only be the accusative of going to it ("Харьков", "Сумщину")."""
    cases = {g for p in w.parses[:4] for g in ("accs", "loct", "loc2") if has(p.tag, g)}
    return cases == {"accs"}


def _arms_in(words: list[Word]) -> bool:
    """Whether the first noun among ``words`` (a number's noun passed over) is arms."""
    quoted = False
    for w in words:
        if w.text in _QUOTES:
            quoted = not quoted
            continue
        if quoted:
            continue  # "комплексы «Тор» выпускают": the name of what is made
        if _product(w) or w.lemma in _SYSTEM_WORDS:  # "производит комплексы": what is made is a weapon system
            return True
        if has(w.tag, "NOUN") and w.lemma not in _COUNTING:
            return False
    return False


_QUOTES = frozenset("«»\"“”")


def _clause(sw: list[Word], w: Word) -> tuple[int, int]:
    """The start and end offsets of the clause ``w`` is in, between punctuation marks."""
    i = sw.index(w)
    start = next((x.end for x in reversed(sw[:i]) if x.text in _CLAUSE_MARKS), 0)
    end = next((x.start for x in sw[i + 1:] if x.text in _CLAUSE_MARKS), sw[-1].end)
    return start, end


def _owned_by_defence_ministry(owner: list[Word]) -> bool:
    """Whether the words after a facility noun name the defence ministry as its owner ("заводів міністерства
    оборони", "склад Минобороны")."""
    lemmas = [w.lemma for w in owner]
    return lemmas[:1] in (["минобороны"], ["міноборони"]) or lemmas[:2] in (
        ["министерство", "оборона"], ["міністерство", "оборона"])


def _site_word(sw: list[Word], inside: list[Mention]) -> Word | None:
    """The first word of a known site the sentence names ("Курганмашзавод увеличил выпуск"): it is the plant."""
    site = next((m for m in inside if m.place.level == "site"), None)
    return next((w for w in sw if w.start >= site.start), None) if site else None


_GOODS = frozenset("продукция продукція изделие виріб техника техніка".split())  # says nothing of what


def _holds_goods(sw: list[Word], i: int) -> bool:
    """Whether the depot at ``i`` is said to hold something (a word in the genitive after it) that is no arms."""
    held = sw[i + 1] if i + 1 < len(sw) else None
    return held is not None and has(held.tag, "gent") and not (_product(held) or held.lemma in lex.MILITARY)


def _makes_civilian(sw: list[Word], i: int) -> bool:
    """Whether the making word at ``i`` names what is made, and it is not arms: "підприємство з виробництва
    меблів" (furniture), "виготовлення технічної документації" (papers); not a name ("производства России")."""
    k, made = next(((k, w) for k, w in enumerate(sw[i + 1:i + 4], start=i + 1) if not has(w.tag, "ADJF")), (0, None))
    return made is not None and has(made.tag, "NOUN") and has(made.tag, "gent") and made.text[:1].islower() and not (
        made.lemma in _GOODS or made.lemma in lex.FACILITY  # "запуск заводу": the plant is what starts
        or any(_product(w, True) or w.lemma in lex.MILITARY for w in sw[i + 1:k + 2]))  # "дронових систем"


def _placed_all(text: str, sw: list[Word], inside: list[Mention], noun: Word) -> list[Mention]:
    """The place a locative preposition attaches (see :func:`_placed`) and the places coordinated with it:
    "в Красноярском крае, Комсомольске-на-Амуре, поблизости Тулы и Омска"."""
    first = _placed(sw, inside, noun)
    if first is None:
        return []
    chain = [first]
    last = first
    for m in inside[inside.index(first) + 1:]:
        gap = text[last.end:m.start].strip().lower()
        if not _COORDINATED.fullmatch(gap):
            break
        if not contains(m.place, last.place):  # "у Крагуєваці, Сербія": the country only says where
            chain.append(m)
        last = m
    # a list of plants each with its town in brackets: "завод «Світло» (місто Жлобин), завод «Оптика» (Ліда)"
    return chain + [m for m in inside if m not in chain and _bracketed(sw, m)]


def _later_plants_places(sw: list[Word], inside: list[Mention], noun: Word, found: list[Mention]) -> list[Mention]:
    """The places of the plants a list names after the first, which has its own, each its own: "на Адмиралтейских
    верфях в Санкт-Петербурге и Северном машиностроительном предприятии в Северодвинске" (not the town of a plant
    found already, nor a place holding one or held by one)."""
    out: list[Mention] = []
    nouns = [w for w in sw if w.start > noun.start and w.lemma in lex.FACILITY] if found else []
    for w, after in zip(nouns, [*nouns[1:], None], strict=False):
        stop = after.start if after is not None else sw[-1].end + 1
        m = _placed(sw, [x for x in inside if w.end <= x.start < stop], w)
        if m is not None and not any(f.place.geonameid == m.place.geonameid or contains(m.place, f.place)
                                     or contains(f.place, m.place) for f in found + out):
            out.append(m)
    return out


def _bracketed(sw: list[Word], m: Mention) -> bool:
    """Whether the place is in brackets right after a plant's name: "завод «Діапроєктор» (місто Рогачов)"."""
    i = next((k for k, w in enumerate(sw) if w.start >= m.start), 0)
    k = i - 1 - (i > 1 and sw[i - 1].text == ".")  # "(г. Лида)"
    k -= k > 0 and sw[k].lemma in SETTLEMENT_WORDS
    if k < 1 or sw[k].text != "(":
        return False
    k -= 1
    if sw[k].text in ("»", "\"", "”"):  # the plant's name in quotes: the word before it says what it is
        k = next((j for j in range(k - 1, -1, -1) if sw[j].text in ("«", "\"", "“")), 0) - 1
    return k >= 0 and sw[k].lemma in lex.FACILITY


# "в Туле и Омске", "як в Україні, так і на території Нідерландів"; not "в Донецке в Куйбышевском районе", which
# says where in the town
_COORDINATED = re.compile(r"(?:,|и|і|та|й)\s*(?:так\s+(?:и|і)\s+)?"
                          r"(?:(?:в|у|во|на|под|під|поблизости|поблизу|около|біля|близ)\s*)?(?:территории|території)?\s*")


def _placed(sw: list[Word], inside: list[Mention], noun: Word) -> Mention | None:
    """The place a locative preposition attaches in the sentence ("в Елабуге", "под Москвой", "у
    Вишневому"), nearest the facility noun; never a place things come from or fly over."""
    located, in_towns = [], []
    for m in inside:
        i = next((k for k, w in enumerate(sw) if w.start >= m.start), 0)
        k = i - 1
        while k >= 0 and i - k <= 4 and (_qualifier(sw[k])  # "населённом", "польському"
                                         or sw[k].lemma in _PLACE_WORDS or _dative(sw[k]) or _agent(sw, k)
                                         or k and sw[k].text[:1].isupper() and _after_settlement_word(sw, k)
                                         or k and sw[k].text == "." and sw[k - 1].lemma in SETTLEMENT_WORDS
                                         or _unknown_village(sw, k, m)):
            k -= 1  # "на северной окраине Бийска", "поблизу населеного пункту Котлубань", "в подконтрольном Киеву";
            # "в селе Кузьминичи Карачевского района": a village the gazetteer lacks, in the district named; "в с.
            # Обухово"
        preposition = sw[k].text.lower() if k >= 0 else ""
        if preposition in ("от", "від") and k and sw[k - 1].lemma in _DISTANCES:
            far = any(_number(w.text) > NEAR_KM for w in sw[max(0, k - 3):k - 1])
            preposition = "от" if far else "около"  # "в пяти километрах от Орши": near it; "в 700 км от": far
        elif preposition in ("от", "від") and k and sw[k - 1].text.lower() in _NOT_FAR:
            preposition = "около"  # "недалеко от Орши", "неподалік від Львова"
        # "Оршанський завод у Вітебській області": the town, not the region; "по Харківському бронетанковому
        # заводу": the town names the plant struck; so does a known site; "с Воткинского завода" is where from
        # the plant a depot or workshop belongs to counts: "склад предприятия «Алексинский химкомбинат»"
        named = m.place.level == "site" or any(_names_plant(sw, i, w) for w in sw[i + 1:i + 5]
                                               if w is noun or w.lemma in lex.FACILITY)
        if (not named or preposition in lex.FROM) and _elsewhere(preposition, m, sw[i] if i < len(sw) else None):
            continue
        if k >= 1 and sw[k - 1].lemma in _ADDRESS:
            continue  # "юридический адрес в Милане": an office, not the plant
        if preposition == "у" and not named and k >= 1 and sw[k - 1].lemma in lex.ACQUIRE:
            continue  # "закупит у Праги гаубицы": who sells, not where a plant is; but "замовив у
            # Львівського бронетанкового заводу" names the plant that makes them
        if k >= 1 and any(p.normal_form in _WARS for p in sw[k - 1].parses[:4]):
            continue  # "пока идёт война в Украине, предприятие расширило производство": the war's place
        if m.place.level != "site" and (_announced_at(sw, m, noun) or _speakers_there(sw, m, noun)) or (
                _represented(sw, i)):
            continue  # "подписали в Варшаве соглашение", "на форуме в Минске", "у Копенгагені запевнили": where
            # it was said; but "подписали соглашение о строительстве завода в Туле" is where the plant is, and a
            # ceremony at a known plant ("церемония прошла на Рачжинской верфи") is held at the plant
        if preposition in lex.LOCATIVE or (i and sw[i - 1] is noun) or named or _bracketed(sw, m) or (
                _where_after(sw, m)):
            located.append((not named, abs(m.start - noun.start), m))
        if preposition in ("в", "во", "у", "под", "під") and not named:
            in_towns.append(m)
    # "у місті Войєнс у Данії": the town, not the country that holds it; "площадка Южмаша в Павлограде": the
    # town it is in, not the company's known works elsewhere, nor is "завод Bayraktar під Києвом" (but "Бийский
    # олеумный завод на Алтае" is the site)
    sites = [x[-1] for x in located if x[-1].place.level == "site"]
    if sites and _elsewhere_than(sites[0], in_towns):
        located = [x for x in located if x[-1].place.level != "site"]
    precise = [x for x in located if not any(contains(x[-1].place, y[-1].place) for y in located)]
    return min(precise, key=lambda x: x[:2])[-1] if precise else None


_WHERE = frozenset("где де".split())


def _after_settlement_word(sw: list[Word], k: int) -> bool:
    """Whether word ``k`` follows a settlement word, perhaps abbreviated, perhaps after another word of the name:
    "селе", "с.", "смт", "у селі Нижні Липки"."""
    j = k - 1 - (k > 1 and sw[k - 1].capitalised())
    j -= j > 0 and sw[j].text == "."
    return sw[j].lemma in SETTLEMENT_WORDS


def _unknown_village(sw: list[Word], k: int, m: Mention) -> bool:
    """Whether word ``k`` is a settlement the gazetteer lacks, right after "в"/"у" and before the region or
    district named at ``m``: "в Обухово Дзержинського району"."""
    return (m.place.level == "region" and k > 0 and sw[k].text[:1].isupper() and sw[k].text[1:2].islower()
            and sw[k - 1].text.lower() in ("в", "во", "у") and sw[k + 1].start >= m.start)


def _qualifier(w: Word) -> bool:
    """Whether a word may be an adjective or participle by one of its first readings (the dictionary reads
    "польському" first as a surname's dative)."""
    return any(has(p.tag, "ADJF") or has(p.tag, "PRTF") for p in w.parses[:3])


def _agent(sw: list[Word], k: int) -> bool:
    """Whether the word at ``k`` is the agent of the participle before it: "у захопленому інтервентами Донецьку"."""
    return k > 0 and _qualifier(sw[k - 1]) and any(has(p.tag, "NOUN") and has(p.tag, "ablt") for p in sw[k].parses[:2])


def _where_after(sw: list[Word], m: Mention) -> bool:
    """Whether a "где" clause follows the place ("атаковали Тамбов, где находится пороховой завод"): it tells of
    what is there."""
    j = next((k for k, w in enumerate(sw) if w.start >= m.end), len(sw))
    return any(w.text.lower() in _WHERE for w in sw[j:j + 2])


_ENVOYS = frozenset("представитель представник делегация делегація".split())


def _represented(sw: list[Word], i: int) -> bool:
    """Whether the place or plant at word ``i`` only sent people: "приняли участие представители Минпромторга,
    Ростеха и НПО «Сплав»"."""
    return any(w.lemma in _ENVOYS for w in sw[max(0, i - 8):i])


def _elsewhere_than(site: Mention, towns: list[Mention]) -> bool:
    """Whether the sentence puts the plant in towns, none of them the known site's town: "площадка Южмаша в
    Павлограде" is the company's works there, not its plant in Dnipro."""
    towns = [m for m in towns if m.place.level == "city"]
    return bool(towns) and all(m.place.geonameid != site.place.geonameid for m in towns)


_DISTANCES = frozenset("километр кілометр км метр миля верста".split())
_NOT_FAR = frozenset("недалеко неподалеку неподалёку неподалік".split())
_ADDRESS = frozenset("адрес адреса".split())


def _number(word: str) -> float:
    """A number written in digits ("1300", "1,5"); 0 for a word."""
    try:
        return float(word.replace(",", "."))
    except ValueError:
        return 0.0


def _towards(w: Word) -> bool:
    """Whether a country after "в", "на", "под" is where things go ("поставляемые в Россию": the accusative), not
    where they are ("в России"). Only for countries: the dictionary reads towns it lacks as other words
    ("у Воткінську" as the accusative of an adjective)."""
    known = [p for p in w.parses[:4] if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"]
    cases = {g for p in known for g in ("accs", "loct", "loc2", "gent", "ablt", "datv") if has(p.tag, g)}
    return cases == {"accs"}  # a name the dictionary lacks has guessed cases: never taken as going there


def _elsewhere(preposition: str, m: Mention, w: Word | None) -> bool:
    """Whether the preposition before a place, or the place's case, says the plant is not there: where things come
    from or go over ("из Брянска"), a country things go to ("поставляемые в Россию"), a town that controls
    another ("в подконтрольном Киеву Запорожье")."""
    return preposition in lex.NOT_LOCATIVE or w is not None and (
        preposition in lex.LOCATIVE and m.place.level == "country" and _towards(w) or _dative(w))


def _announced_at(ws: list[Word], m: Mention, noun: Word | None = None) -> bool:
    """Whether a meeting, signing or visit word comes just before the place or right after it, with no
    facility ``noun`` between them ("на форуме в Минске", "у Києві відбулася зустріч"; not "соглашение о
    строительстве завода в Туле")."""
    i = next((k for k, w in enumerate(ws) if w.start >= m.start), len(ws))
    return any(w.lemma in lex.ANNOUNCING and not (noun is not None and min(w.start, m.start) < noun.start
                                                  < max(w.start, m.start)) and not _laying_stones(ws, w)
               for w in ws[max(0, i - 7):i] + ws[i + 1:i + 4])


def _laying_stones(ws: list[Word], w: Word) -> bool:
    """Whether ``w`` is a ceremony of laying a plant's first stone or a time capsule, which is held where the
    plant is built ("церемония закладки первого камня в Байсогале"; a forum's opening ceremony is not)."""
    k = ws.index(w)
    return w.lemma in _CEREMONY and any(x.lemma in _LAYING for x in ws[k + 1:k + 3])


_CEREMONY = frozenset("церемония церемонія".split())
_LAYING = frozenset("закладка закладання".split())


def _dative(w: Word) -> bool:
    """Whether a place name can only be in the dative ("подконтрольном Киеву"), which no locative preposition
    takes."""
    cases = {g for p in w.parses[:4] for g in ("nomn", "gent", "datv", "accs", "ablt", "loct", "loc2")
             if has(p.tag, g)}
    return cases == {"datv"}


def _speakers_there(sw: list[Word], m: Mention, noun: Word | None = None) -> bool:
    """"В Копенгагене заверили, что ...": a place followed by a reporting verb is where the speakers are; but
    not the place of a plant named just before it ("Про атаку на завод у Брянську повідомив губернатор")."""
    after = next((w for w in sw if w.start >= m.end), None)
    plant_before = noun is not None and noun.start < m.start and sum(noun.start < w.start < m.start for w in sw) <= 4
    return after is not None and after.lemma in lex.REPORTING_VERBS and not plant_before


def _names_plant(sw: list[Word], i: int, noun: Word) -> bool:
    """Whether the word at ``i`` opens the name of the facility ``noun`` ("Казанский вертолётный завод")."""
    j = sw.index(noun)
    if any(has(noun.tag, pos) for pos in ("VERB", "INFN", "PRTF", "PRTS")):
        return False  # "Россия производит дроны": who makes them, not a plant's name
    if has(sw[i].tag, "NOUN"):
        return False  # "санкції проти Росії завод ...": a country's name before a plant does not name it
    return 0 < j - i <= 4 and all(has(w.tag, "ADJF") or _ADJECTIVE_END.search(w.text) and not has(w.tag, "VERB")
                                  for w in sw[i + 1:j])  # "Россия нарастила производство" names no plant


_ADJECTIVE_END = re.compile(r"(?:ий|ый|ой|ій|ая|яя|ое|ее|а|е)$")  # adjectives the dictionary lacks: "авіаремонтний"


_WARS = frozenset("""война війна вторжение вторгнення конфликт конфлікт агрессия агресія операция операція
оккупация окупація""".split())
# Words between a locative preposition and its place: "в Ропажском крае Латвии" (a region the gazetteer lacks),
# "на сході Латвії" (the dictionary gives "сход" for "сході" and leaves "півночі" as it is).
_PLACE_WORDS = frozenset("""окраина окраїна околица околиця район территория територія пригород передмістя
окрестность окол окрестности регион регіон часть частина центр запад захід восток схід сход север північ
півночі юг південь штат зона зон""".split()) | SETTLEMENT_WORDS | REGION_NOUNS  # "зон": the lemma given "зоні"


def _verb_reading(w: Word):
    """The verb reading of a word, participles included ("открытый" is also "opened"), if one is classified."""
    return next((p for p in w.parses[:4] if _verb_lemma(p.normal_form) and not has(p.tag, "NOUN")), None)


def _word_class(w: Word) -> str | None:
    """What a verb or an event noun does to a facility (see lex.VERBS), if anything."""
    verb = _verb_reading(w)
    return lex.VERB_CLASS.get(_verb_lemma(verb.normal_form)) if verb else lex.EVENT_NOUNS.get(w.lemma)


def _verb_lemma(lemma: str) -> str | None:
    """A classified verb, or the verb a reflexive one is made from ("перепрофилироваться"), or the one a Ukrainian
    passive participle is made from (the dictionary gives "атакований", not "атакувати")."""
    for form in (lemma, _unreflexive(lemma), *_participle_verbs(lemma)):
        if form in lex.VERB_CLASS:
            return form
    return None


# Ukrainian passive participles and their verbs: "атакований" of "атакувати", "закритий" of "закрити",
# "пошкоджений" of "пошкодити", "уражений" of "уразити", "запущений" of "запустити", "зроблений" of "зробити".
_PARTICIPLE_ENDS = (("ований", ("увати",)), ("аний", ("ати",)), ("яний", ("яти",)), ("тий", ("ти",)),
                    ("джений", ("дити",)), ("жений", ("зити", "жити")), ("щений", ("стити", "щити")),
                    ("шений", ("сити", "шити")), ("чений", ("тити", "чити")), ("лений", ("ити", "лити")),
                    ("ений", ("ити",)), ("єний", ("їти",)))


def _participle_verbs(lemma: str) -> list[str]:
    """The verbs a Ukrainian passive participle may be made from (several where a consonant alternates)."""
    for end, verbs in _PARTICIPLE_ENDS:
        if lemma.endswith(end):
            return [lemma[:-len(end)] + verb for verb in verbs]
    return []


def _unreflexive(lemma: str) -> str:
    """The verb a reflexive one is made from: "начаться" of "начать", "розпочатися" of "розпочати"."""
    return re.sub(r"(?<=[тч]ь)ся$|(?<=ти)ся$", "", lemma)


def _future(words: list[Word], lemmas: frozenset[str]) -> list[bool]:
    """For each word of ``lemmas`` (reflexive or not) among ``words``, whether it speaks of the future: "начнёт",
    "розпочнеться", "будет", an infinitive ("має розпочатися", "должен быть построен"); not "начал"."""
    return [has(w.tag, "futr") or has(w.tag, "INFN") for w in words if _unreflexive(w.lemma) in lemmas]


def _became(sw: list[Word], i: int) -> list[bool]:
    """"Стали собирать", "стануть випускати": "become" before an infinitive begins it, as "начали" does; see
    :func:`_future`."""
    if not i or not has(sw[i].tag, "INFN"):
        return []
    return [has(w.tag, "futr") for w in sw[i - 1:i] if any(p.normal_form in _BECOME for p in w.parses[:3])]


_BECOME = frozenset("стать стати".split())
_WORKS_ON = frozenset("по з із".split())  # "работы по строительству", "роботи з будівництва": works of a kind


def _works(w: Word) -> bool:
    """Whether the word is "работы"/"роботи" (works), which the Ukrainian dictionary first reads as robots."""
    return any(p.normal_form in lex.WORK_NOUNS for p in w.parses[:3]) or w.text.lower() in ("роботи", "робіт")


def _goes_on(words: list[Word]) -> bool:
    """Whether a verb among ``words`` goes on with what follows ("продолжает", "продовжить")."""
    return any(_unreflexive(w.lemma) in lex.CONTINUE for w in words)


_CLAUSE_AFTER = 8  # words after an event noun that may still be its clause's verb


def _clause_after(sw: list[Word], i: int) -> list[Word]:
    """The words after word ``i`` up to the end of its clause: "виробництво снарядів у Литві має розпочатися"."""
    out = []
    for w in sw[i + 1:i + 1 + _CLAUSE_AFTER]:
        if w.text in ",;:—–()" or has(w.tag, "CONJ"):
            break
        out.append(w)
    return out


# What each verb class gives a plant when the verb speaks of the future, and when it is done.
_PLANNED = {"convert": "converting", "close": "closed", "propose": "proposed"}
# Words that say a plant is not there yet ("новый завод, который построят"), or that its growth hangs on a
# condition ("мог бы расширить"): elsewhere a plant to be expanded works now.
_STILL = frozenset("ещё еще ще пока поки досі".split())
_NOT_YET = frozenset("""строить построить строительство возводить возвести возведение строящийся новый будущий
планируемый будувати побудувати збудувати будівництво зводити звести новий майбутній бы б якщо если""".split())
_DONE = {"build": "operational", "operate": "operational", "expand": "expanded", "convert": "converting",
         "close": "closed", "plan": "planned", "propose": "proposed"}


def _stage(cls: str, w: Word, sw: list[Word], tag) -> str | None:
    """The status a verb or event noun of class ``cls`` gives, from its aspect, tense and what governs it."""
    tag = tag.grammemes
    i = sw.index(w)
    before = [x.lemma for x in sw[max(0, i - 3):i]]
    negated = any(b in lex.NEGATION for b in before[-2:])
    if cls == "strike" and before[-1:] == ["без"]:  # "обошлось без повреждений"; "не обошлось без разрушений"
        return "struck" if any(b in lex.NEGATION for b in before[:-1]) else "operational"
    if cls == "strike":
        return "operational" if negated else "struck"
    if negated:  # "завод ещё не построен": to come
        return "planned" if cls == "build" and any(b in _STILL for b in before) else "unknown"
    planned, done = _PLANNED.get(cls, "planned"), _DONE[cls]
    if cls == "expand" and not any(x.lemma in _NOT_YET and not has(x.tag, "past") for x in sw):  # "построенный"
        planned = "operational"
    if _verb_lemma(w.lemma) in lex.INCEPTIVE and cls == "build":
        done = "under construction"  # "заложили первый камень завода"; but "заложили корвет" is a yard at work
    ongoing = "under construction" if cls == "build" else done
    if "NOUN" in tag:  # an event noun: "строительство завода", "планируется строительство"
        if cls != "strike" and any(x.lemma in lex.DELAY for x in sw[max(0, i - 3):i + 10]):
            return "planned"  # "запуск завода отложили": not begun
        after = _clause_after(sw, i)
        if _goes_on(sw[max(0, i - 3):i]):
            return ongoing  # "продовжить будівництво", "продолжит производство"
        if any(_future(sw[max(0, i - 3):i] + after, lex.STARTS)) or _to_be_placed(after[:3]):
            return planned  # "начнёт выпуск", "виробництво розпочнеться", "производство будет размещено"
        if completed := _future(sw[max(0, i - 3):i] + after, lex.COMPLETE):
            return ongoing if any(completed) else done  # "завершат строительство" goes on; "завершили" is done
        if any(lex.VERB_CLASS.get(b) == "propose" for b in before):
            return "proposed"  # "обсуждали строительство"
        intended = any(b in lex.INTEND or b in lex.AGREEMENT or lex.VERB_CLASS.get(_verb_lemma(b)) == "plan"
                       for b in before) or any(lex.VERB_CLASS.get(_verb_lemma(x.lemma)) == "plan" for x in after) or (
            any(has(x.tag, "futr") and x.lemma in lex.FUND for x in sw[max(0, i - 2):i])) or (
            before[-1:] in (["о"], ["об"], ["про"]) and any(x.lemma in lex.AGREEMENT for x in _clause_before(sw, i)))
        # "соглашение о строительстве", "одобрили строительство", "запуск заплановано", "фінансуватиме виробництво",
        # "угоду між фірмою X та концерном Y про будівництво"
        return planned if intended else ongoing
    if _goes_on(sw[max(0, i - 3):i]):
        return ongoing  # "продолжит строить": under way now
    if begun := _future(sw[max(0, i - 3):i], lex.STARTS) or _became(sw, i):
        return planned if any(begun) else ongoing  # "почне виготовляти" is to come; "начали строить" under way
    if any(lex.VERB_CLASS.get(_verb_lemma(b)) == "propose" for b in before[-2:]):
        return "proposed"  # "депутати пропонують збудувати завод": a proposal, no plan yet
    if any(b in lex.INTEND for b in before) or any(_future(sw[max(0, i - 3):i], _TO_BE)):
        return planned  # "планирует построить", "будет построен"
    infinitive = "INFN" in tag or "infn" in tag  # the Ukrainian tag set's infinitive
    if infinitive and ("impf" in tag or _amount_after(sw, i)) and any(b in _ABLE for b in before[-2:]) and (
            cls in ("build", "operate")):
        return "operational"  # "может выпускать до 30 снарядов в сутки", "может произвести 1000 мин в месяц": what
        # it can make, it makes; what it may once do is to come ("предприятие могут запустить")
    if infinitive:
        return planned
    if "futr" in tag:
        return "operational" if _delivers_goods(sw, i, cls) else planned
    if "perf" in tag and ("past" in tag or "PRTF" in tag or "PRTS" in tag or "Impe" in tag or "pssv" in tag):
        return done  # "закрыли", "закрытый", "закрыт", Ukrainian "зупинено"
    if "impf" in tag and "past" in tag and cls == "operate" and "VERB" in tag:
        return None  # "фабрика выпускала мебель": what it used to make is background, not the news
    if "impf" in tag:
        return ongoing
    if "perf" in tag and "VERB" in tag and "past" not in tag:
        return planned  # a perfective verb not in the past speaks of the future ("з'явиться")
    return done if "past" in tag else None


def _delivers_goods(sw: list[Word], i: int, cls: str) -> bool:
    """Whether the verb at ``i`` delivers arms ("до кінця року передасть армії ще 31 танк"): what a plant will
    deliver, it makes now."""
    return (cls == "operate" and _verb_lemma(sw[i].lemma) in _DELIVER and i + 1 < len(sw)
            and sw[i + 1].text != "на"  # but "поставит на поток выпуск дронов" sets up a line
            and any(_product(x) or _number(x.text) for x in sw[i + 1:i + 6]))


_DELIVER = frozenset("""передать передавать передати передавати поставить поставлять поставити постачати отгрузить
отгружать відвантажити""".split())


def _clause_before(sw: list[Word], i: int) -> list[Word]:
    """The words of the clause before the word at ``i``, back to the last punctuation mark."""
    start = next((k + 1 for k in range(i - 1, -1, -1) if sw[k].text in _CLAUSE_MARKS), 0)
    return sw[start:i]


def _to_be_placed(words: list[Word]) -> bool:
    """Whether the words say something will be set up somewhere: "будет размещено", "буде зосереджене" (not "будет
    продолжено", "буде скорочено")."""
    return any(_future(words, _TO_BE)) and any(
        {p.normal_form, *_participle_verbs(p.normal_form)} & _PLACING for w in words for p in w.parses[:2])


_PLACING = frozenset("""разместить размещать сосредоточить организовать наладить развернуть перенести розмістити
розміщувати зосередити організувати налагодити розгорнути""".split())


def _amount_after(sw: list[Word], i: int) -> bool:
    """Whether a number of things follows the verb at ``i`` ("до 30 ракет", "тысячу мин", "100 БМП")."""
    return any(_number(w.text) or w.lemma in _MANY for w in sw[i + 1:i + 4])


_MANY = frozenset("тысяча сотня десяток тисяча десятки".split())
_TO_BE = frozenset("быть бути".split())
# What a plant can, has learnt to or must make, it makes: "может выпускать", "навчився виготовляти".
_ABLE = frozenset("""мочь смочь могти змогти способный здатний спроможний уметь вміти научиться навчитися
вынужденный змушений""".split())


def _suffered(before: list[Word], plants: bool = False) -> bool:
    """Whether a verb that suffers what follows stands in ``before`` ("зазнав", "получил"), not in a clause or
    participle that describes something else ("техніку, яка отримала", "танки, получившие"; but the ``plants``
    own: "завод, який зазнав пошкоджень") nor of a person's body ("тілесні ушкодження")."""
    others = _NOT_THE_PLANTS_DAMAGE - (_RELATIVES if plants else frozenset())
    return any(p.normal_form in lex.SUFFER and not has(p.tag, "PRTF") for w in before for p in w.parses[:2]) and (
        not any(p.normal_form in others for w in before for p in w.parses[:3]))


_BUILDING = frozenset("строительный будівельний".split())
_RELATIVES = frozenset("который котрий який".split())
_NOT_THE_PLANTS_DAMAGE = frozenset("телесный тілесний".split()) | _RELATIVES


def _status(sw: list[Word], noun: Word) -> tuple[str, str | None]:
    """A strike anywhere in the sentence, else the news: the classified word nearest the facility noun,
    outside a clause that describes the plant ("завод, где собирают ракеты"). New buildings or lines built
    at a plant expand it."""
    found = []
    governing = _governing(sw, noun)
    for i, w in enumerate(sw):
        verb = _verb_reading(w)
        if verb is not None and has(verb.tag, "ADJF") and not _said_of(sw, i, noun):
            verb = None  # "на закритій території", "знищені ракети": another thing's participle
        cls = lex.VERB_CLASS.get(_verb_lemma(verb.normal_form)) if verb else None
        # "завод по производству дронов", "лінії виробництва" describe the plant; "для производства ... на
        # заводе" is what it does
        described = i and (sw[i - 1].text.lower() in ("по", "з", "із", "для") or sw[i - 1] is noun) and (
            w.start > noun.start) and not (i > 1 and sw[i - 1].text.lower() in _WORKS_ON and _works(sw[i - 2]))
        # (but "работы по строительству цеха" are works of building)
        cls = cls or (lex.EVENT_NOUNS.get(w.lemma) if w is not noun and not described
                      and not (lex.EVENT_NOUNS.get(w.lemma) == "operate" and _makes_civilian(sw, i)) else None)
        if w.lemma in lex.CREATION and not any(x.lemma in lex.FACILITY for x in _clause_after(sw, i)):
            cls = None  # "создание завода" builds; "успехи в создании танкового вооружения" makes weapons
        if cls is None and any(p.normal_form in _SET_UP for p in w.parses[:3]) and any(
                x.lemma in _LINES or lex.EVENT_NOUNS.get(x.lemma) == "operate" for x in sw[i + 1:i + 4]):
            cls = "build"  # "развернули производство", "розгорнула лінії виробництва"; not "развернули ПВО"
        if cls is None and any(p.normal_form in _LAUNCH for p in w.parses[:3]) and [
                x.text.lower() for x in sw[i + 1:i + 3]] == ["на", "воду"]:
            cls = "operate"  # "спустили на воду эсминец", "спуск на воду корвета": a yard launching ships builds them
        if cls == "build" and _builds_products(sw, i):
            cls = "operate"  # "на верфи строятся подлодки", "закладка кораблей": what it builds, it makes
        if cls == "operate" and any(x.lemma in _WAY for x in sw[i + 1:i + 2]):
            cls = "plan"  # "відкриває шлях до спільного виготовлення": a way opened, nothing made yet
        if cls == "operate" and any(x.lemma in _OPEN_THINGS for x in sw[i + 1:i + 2]):
            cls = None  # "з відкритих джерел", "открытые данные": open to all, nothing opened
        if cls == "strike" and any(x.lemma in _SANCTIONS for x in sw[max(0, i - 2):i + 3]):
            cls = None  # "попал под санкции", "под санкции попал": listed, not hit
        if cls == "expand" and w.lemma.startswith(_UPGRADE) and any(_product(x) for x in sw[i + 1:i + 2]):
            cls = "operate"  # "модернизация танков": the work a plant does on arms, not a bigger plant
        if cls == "plan" and any(x.lemma in _HIRE for x in sw[i + 1:i + 2]):
            cls = None  # "планує залучити працівників": the plan is the hiring's; what they will do there tells
        if cls is None and w.lemma in lex.DAMAGE and (sw[i - 1].lemma == "без" or _suffered(
                sw[max(0, i - 4):i], _relative_of_plant(sw, noun, w))):
            cls = "strike"
        if cls is None and any(p.normal_form in _FELL for p in w.parses[:2]) and any(x.lemma in _DEBRIS for x in sw):
            cls = "strike"  # "уламки впали на територію заводу": debris fell on it
        if cls is None and any(p.normal_form in _FLEW_UP for p in w.parses[:3]) and any(
                x.lemma in _AIR for x in sw[i + 1:i + 3]):
            cls = "strike"  # "злетів у повітря", "взлетел на воздух": blew up
        if cls is None and i and sw[i - 1].lemma in _BUILDING and w.text.lower().startswith(("работ", "робот")):
            cls = "build"  # "строительные работы ведутся в X", "будівельні роботи": it is being built
        work = not cls and i and sw[i - 1].lemma in lex.BEGIN and _works(w)
        cls = cls or ("operate" if work else None)  # "розпочало роботу": its verb speaks for the plant
        at = sw[i - 1] if work else w
        if cls == "strike" and w.start > noun.start and _what_the_arms_strike(sw, i):
            continue  # "выпускает дроны, которыми Россия атакует Украину": what its drones hit, not the plant
        if _describes_another(sw, i, noun):
            continue  # "компания, которая производит дроны, инвестирует в производство": what the firm does
        if w.start > noun.start and any(x.lemma in _AIM for x in sw[max(0, i - 2):i]):
            continue  # "розширення заводу з метою збільшення виробництва": what the news is for, not the news
        if cls and (stage := _stage(cls, w, sw, verb.tag if verb else w.tag)):
            if cls in ("build", "operate") and stage in ("operational", "under construction") and any(
                    x.lemma in lex.NEW_PARTS for x in sw[i + 1:i + 6]):
                stage = "expanded"  # "начали строить новые здания", "ввели в эксплуатацию два новых корпуса"
            # "после удара цех закрыли": the strike is past; "попри обстріли продовжить будівництво": it goes on
            after = i and (any(x.lemma in ("после", "після") for x in sw[max(0, i - 3):i]) or any(
                x.lemma in lex.CONCESSIVE for x in sw[max(0, i - 3):i]))
            described = _in_relative_clause(sw, noun, at)  # "завод, який атакували дрони, призупинив роботу"
            # a strike that is past ("после удара") or told of the plant yields to what happened since
            # what the plant makes day to day ("випускає деталі") is background to a strike told of it
            habitual = verb is not None and _verb_lemma(verb.normal_form) in _MAKING and has(verb.tag, "pres")
            found.append((habitual, cls != "strike" or bool(after) or described, cls == "strike",
                          at not in governing, described, abs(at.start - noun.start), stage,
                          f"{at.text} {w.text}" if work else w.text))
    if not found and lex.EVENT_NOUNS.get(noun.lemma) == "operate":  # "для производства корпусов на заводе в X":
        # production goes on, unless it is still to begin ("производство начнётся в 2026 году", "домовилися про
        # виробництво")
        if any(_future(sw, lex.STARTS)):
            return "planned", noun.text
        return _stage("operate", noun, sw, noun.tag) or "operational", noun.text
    visit = _visit(sw, noun)
    if not found and visit is not None:
        return "operational", visit.text  # "посетил военный завод": a plant shown to visitors works
    if not found:
        return "unknown", None
    *_, stage, cue = min(found)
    if stage == "closed" and (pause := _pause(sw, cue)) is not None:  # "тимчасово призупинив роботу"
        strike = next((x for x in found if x[2]), None)  # x[2]: a strike; "временно остановил работу после атаки"
        return ("struck", strike[-1]) if strike else ("operational", pause.text)
    return stage, cue


_SANCTIONS = frozenset("санкция санкція".split())
_AIM = frozenset("цель мета чтобы щоб".split())
_UPGRADE = ("модерниз", "модерніз")
_HIRE = frozenset("привлечь привлекать залучити залучати нанять нанимать найняти наймати".split())
_OPEN_THINGS = frozenset("джерело источник дані даний данные данный доступ конкурс тендер лист письмо".split())
_FOR_A_WHILE = frozenset("временно тимчасово".split())
_RESUMED = frozenset("возобновить відновити возобновиться".split())


def _what_the_arms_strike(sw: list[Word], i: int) -> bool:
    """Whether the strike word at ``i``, after the plant, is in a relative clause on arms ("дрони, якими Росія
    атакує", "ракеты, которые бьют по городам"; not "дроны, которые атаковали завод")."""
    k = next((k for k in range(i - 1, max(0, i - 6), -1) if sw[k].text.lower() in _OF_THE_ARMS
              or sw[k].text in ".,;:"), None)
    if k is None or k < 2 or sw[k].text.lower() not in _OF_THE_ARMS or sw[k - 1].text != ",":
        return False
    # "дрони, якими", "безпілотників типу Shahed (у РФ їх називають «Герань»), якими"
    return any(_product(w) is not None for w in sw[max(0, k - 5):k - 1])


_OF_THE_ARMS = frozenset("которые которыми которых которым які якими яких яким".split())  # plural relatives


def _said_of(sw: list[Word], i: int, noun: Word) -> bool:
    """Whether the Ukrainian participle at ``i`` is said of the facility ``noun``: the noun is within a few words
    ("пошкоджений дронами пороховий завод", "завод у Дніпрі атакований"), or a form of "бути" comes before it."""
    return noun in sw[max(0, i - 4):i + 4] or i > 0 and sw[i - 1].lemma in _TO_BE


def _pause(sw: list[Word], halted: str) -> Word | None:
    """The word that makes a halt a pause: "временно" right before it, or a resumption told as done
    ("возобновил работу"; not "планує відновити", nor "временно исполняющий обязанности")."""
    k = next((i for i, w in enumerate(sw) if w.text == halted), 0)
    return next((w for w in sw[max(0, k - 2):k] if w.lemma in _FOR_A_WHILE), None) or next(
        (w for w in sw[k + 1:] if w.lemma in _RESUMED and has(w.tag, "past")), None)


def _builds_products(sw: list[Word], i: int) -> bool:
    """Whether the building verb at ``i`` has arms as what it builds ("строятся атомные подлодки", "будує
    кораблі"), before any facility: the plant is where they are made."""
    for x in sw[i + 1:i + 6]:  # "строится серия малых ракетных кораблей"
        if x.lemma in lex.FACILITY or x.text in ".,;:":
            break
        if _arms_or_ships(x):  # "создает новые пороховые заводы" builds plants; "закладка кораблей" lays down ships,
            return True  # which a yard makes
    # "два новых корвета заложены на заводе", "серия кораблей строится": what the passive builds is its subject
    passive = any(has(p.tag, "PRTS") or has(p.tag, "pssv") for p in sw[i].parses[:1]) or (
        sw[i].text.lower().endswith(("ся", "сь")))
    return passive and any(_arms_or_ships(x) for x in _clause_before(sw, i))


def _arms_or_ships(w: Word) -> bool:
    """Whether the word names arms or ships, which a plant that builds them makes."""
    return bool(_product(w) or w.lemma in _SHIPS) and has(w.tag, "NOUN")


_SHIPS = frozenset("корабль корабель судно лодка човен катер субмарина".split())


_SET_UP = frozenset("развернуть развёртывать разворачивать розгорнути розгортати".split())
_LAUNCH = frozenset("спустить спускать спуск спустити спускати".split())
_WAY = frozenset("путь дорога шлях можливість возможность".split())


def _weapons(sw: list[Word]) -> list[Word]:
    """What strikes in the sentence, not what the plant makes: the subject of a strike verb ("дроны
    атаковали"), its instrument ("атакован дронами") and what an attack is of ("атака дронов")."""
    strikes = [i for i, w in enumerate(sw) if _word_class(w) == "strike"]
    if not strikes and not any(w.lemma in _DEBRIS for w in sw):
        return []
    out = []
    for i, w in enumerate(sw):
        if not _product(w):
            continue
        case = w.tag.grammemes if w.tag is not None else frozenset()
        if "ADJF" in case:
            if i + 1 in strikes:
                out.append(w)  # "ракетный удар"; but "взорвался пороховой цех" is the plant's
            continue
        debris = any(x.lemma in _DEBRIS for x in sw[max(0, i - 3):i])  # "обломки одного из дронов"
        between = sw[i - 1] if i else None  # "напад невідомих безпілотників", not "детонация склада снарядов"
        of_strike = i - 1 in strikes or (i - 2 in strikes and "gent" in case and between is not None
                                         and (has(between.tag, "ADJF") or has(between.tag, "PRTF")))
        if "ablt" in case or "nomn" in case and any(0 < j - i <= 3 for j in strikes) or of_strike or debris:
            out.append(w)
    return out


_DEBRIS = frozenset("обломок уламок фрагмент осколок уламки обломки".split())
_FELL = frozenset("упасть падать впасти падати".split())
_FLEW_UP, _AIR = frozenset("взлететь злетіти".split()), frozenset("воздух повітря".split())


def _governing(sw: list[Word], noun: Word) -> list[Word]:
    """The words above the facility noun in the parse, nearest first (Russian only: Ukrainian has no parse)."""
    by_start = {w.start: w for w in sw}
    out, w = [], noun
    while w.head is not None and w.head in by_start and len(out) < 4:
        w = by_start[w.head]
        out.append(w)
    return out


def _in_the_capital(sw: list[Word]) -> bool:
    """Whether the sentence puts something "in the capital" ("у столиці", "в столице"), a capital named before."""
    return any(w.lemma in ("столица", "столиця") and i and sw[i - 1].text.lower() in ("в", "у", "во")
               for i, w in enumerate(sw))


def _relative_of_plant(sw: list[Word], noun: Word, w: Word) -> bool:
    """Whether ``w`` is in a relative clause on the facility noun itself: "завод з виробництва «шахедів», який зазнав
    пошкоджень" (no verb between the noun and the clause), not "завод ремонтує техніку, яка отримала ушкодження"."""
    k, i = sw.index(noun), sw.index(w)
    r = next((j for j in range(i - 1, k, -1) if sw[j].text.lower() in lex.RELATIVE), None)
    return r is not None and sw[r - 1].text == "," and not any(has(x.tag, "VERB") for x in sw[k + 1:r - 1])


def _describes_another(sw: list[Word], i: int, noun: Word) -> bool:
    """Whether the word at ``i`` is in a relative clause that closes before the facility noun: it describes
    something named before it ("компания Baykar, которая производит дроны, инвестирует в производство")."""
    k = sw.index(noun)
    opened = next((j for j in range(i, -1, -1) if sw[j].text in _CLAUSE_MARKS or sw[j].text.lower() in lex.RELATIVE),
                  None)
    if opened is None or sw[opened].text.lower() not in lex.RELATIVE or not opened or sw[opened - 1].text != ",":
        return False
    return any(sw[j].text in _CLAUSE_MARKS for j in range(i + 1, k))


def _in_relative_clause(sw: list[Word], noun: Word, w: Word) -> bool:
    """Whether ``w`` follows a relative word after the noun within its clause ("завод, где собирают")."""
    lo, hi = sorted((sw.index(noun), sw.index(w)))
    clause = [x.text.lower() for x in sw[lo:hi]]
    opened = max((k for k, x in enumerate(clause) if x in lex.RELATIVE), default=None)
    return opened is not None and not {",", ";", ":", "—", "–"} & set(clause[opened:])


_ORGANISATION = re.compile(r"«([^»]{2,40})»|\b([А-ЯЁІЇЄҐ]{2,6})\b")


def _organisation_for(name: str | None, before: str, language: str) -> str | None:
    """"по данным агентства", "повідомили в компанії", "за словами співрозмовника": the organisation the
    article named before (in quotes, or as an acronym: «Слобожанська броня», ЦТАК, СБУ)."""
    if not name or " " in name or not name[:1].islower():
        return name
    parses = morph(language).parse(name)
    if not parses or parses[0].normal_form not in lex.GENERIC_SPEAKERS:
        return name
    found = _organisation_matches(before)
    return found[-1] if found else name


def _organisation_matches(text: str) -> list[str]:
    """Names of organisations in ``text``, in order: quoted names ("«Ростех»", not a quoted phrase "«в
    безпечному регіоні»"), acronyms without Roman numerals ("ХХІ"), and defence companies (Rheinmetall)."""
    found = [(m.start(), m.group(1) or m.group(2)) for m in _ORGANISATION.finditer(text)
             if not (m.group(2) and set(m.group(2)) <= set("ІХVXL")) and not (m.group(1) and m.group(1)[0].islower())]
    found += [(m.start(), m.group()) for m, _ in named(companies(), text)]
    return [name for _, name in sorted(found)]


def _nominative(phrase: str, language: str, case: str = "ablt") -> str:
    """A phrase in the instrumental (or another) case as a name is written: "с генеральным директором Андреем
    Петровым" is "генеральный директор Андрей Петров"; "по словам координатора подполья Сергея Лебедева" is
    "координатор подполья Сергей Лебедев". The role's head noun and the person's names change, what depends
    on the role ("подполья", "Кремля") does not."""
    words, headed = [], False
    for word in phrase.split():
        parses = morph(language).parse(word)
        parse = next((p for p in parses if has(p.tag, case) and (not headed or _NAMES & p.tag.grammemes)
                      and not (len(word) > 1 and word.isupper())), None)  # an acronym stays: "МАГАТЭ", "СБУ"
        form = parse.inflect({"nomn"}) if parse is not None else None
        words.append(form.word.capitalize() if form and word[:1].isupper() else form.word if form else word)
        headed = headed or any(has(p.tag, "NOUN") for p in parses[:1])
    return " ".join(words)


_NAMES = frozenset({"Name", "Surn", "Patr"})
# Reporting phrases whose source follows in the genitive: "по словам Лебедева", "за даними Генштабу".
_OF_SOURCE = frozenset("""по данным|по словам|по информации|по сообщению|по сообщениям|по оценкам|по оценке|за даними|
судячи з повідомлень|судячи з даних|за повідомленнями|
за словами|за інформацією|за повідомленням|за оцінками|за оцінкою|согласно данным|согласно информации|
говорится в сообщении|говорится в заявлении|говорится в докладе|говорится в отчете|говорится в отчёте|
говорится на сайте|сообщается на сайте|йдеться на сайті|повідомляється на сайті|
згідно з даними|згідно з інформацією|йдеться у заяві|йдеться в заяві|йдеться у повідомленні|йдеться в повідомленні|
йдеться у звіті|йдеться в звіті|по подсчетам|по подсчётам|по расчетам|по расчётам|согласно подсчетам|
согласно оценкам|за підрахунками|за розрахунками|згідно з підрахунками|згідно з оцінками|
згідно з розрахунками""".replace("\n", "").split("|"))


def _addressee(word: str, language: str) -> bool:
    """Whether a word after a reporting verb is whom it was said to ("изданию", "журналистам")."""
    parses = morph(language).parse(word.strip(",.«»\""))
    return bool(parses) and word[:1].islower() and has(parses[0].tag, "datv")


def _person_addressed(word: str, language: str) -> bool:
    """Whether a capitalised word after a reporting verb can be a given name in the dative ("Сергею", "Андрію",
    "Марии"): a speaker's name there is in the nominative ("Мария")."""
    return word[:1].isupper() and any(has(p.tag, "Name") and has(p.tag, "datv")
                                      for p in morph(language).parse(word.strip(",.")))


def _source(sent: Sentence, language: str) -> str | None:
    """The source a reporting phrase names: "по данным МЧС", "повідомили в Міноборони",
    "заявил глава холдинга Игорь Белов", or the subject before "сообщил"."""
    lower = sent.text.lower()
    if _THEIR_ACCOUNT.search(lower):
        return "он"  # "по его данным": the speaker named before (see _earlier_speakers)
    if _WE_NOTE.match(lower):
        return OWN_VOICE
    if told := _HEADLINE_SOURCE.search(sent.text):
        return told.group(1)  # "Збирачі шахедів прибудуть до Алабуги — ГУР": a headline names its source last
    if not _ANY_SOURCE_PHRASE.search(lower):
        return None  # most sentences name no source: one search instead of one per phrase
    relayed = None
    for m in filter(None, (p.search(lower) for p in _SOURCE_PHRASES)):
        if m.group() in lex.BELIEFS and not _WHAT_FOLLOWS.match(lower, m.end()) or _NOT_BEFORE.search(
                lower, max(0, m.start() - 4), m.start()):
            continue  # "его местоположение не раскрыли": no one told it
        found = _phrase_source(sent, m, language)
        if found and (m.group().split()[0] in _AS or _RELAY.search(lower, 0, m.start()) or (
                m.group() in _PASSES_ON and lower[:m.start()].rstrip().endswith(","))) and _ABOUT_THIS.search(lower):
            relayed = relayed or found  # "Як інформує X, про це розповів Y": Y told it, X passes it on
        elif found:
            return found
    return relayed


# A headline's source after a dash, last: "... — ГУР", "... – Генштаб ЗСУ."
_HEADLINE_SOURCE = re.compile(r"\s[—–]\s*((?:[A-ZА-ЯІЇЄҐ][\w'’\-]*|[«\"][^»\"]{1,40}[»\"])"
                              r"(?:\s+[\w'’\-«»\"]+){0,3})\.?\s*$")
_AS = ("как", "як")
_ABOUT_IT = frozenset({"об этом", "о том", "про це", "про те"})
_TOLD = frozenset("информацию інформацію видео відео сообщение повідомлення данные дані фото".split())
_WHAT_FOLLOWS = re.compile(r",?\s*(?:что|що)\b")
_NOT_BEFORE = re.compile(r"(?<!\w)не\s+$")
_ABOUT_THIS = re.compile(r"(?<!\w)(?:об этом|о том|про це|про те)(?!\w)")
_RELAY = re.compile(r"(?<!\w)(?:как|як)\s*$")
# "Об этом сообщают X, передает Y": Y only passes on what X told
_PASSES_ON = frozenset("передает передаёт передают".split())


def _phrase_source(sent: Sentence, m: re.Match, language: str) -> str | None:
    """The source one reporting phrase ``m`` of the sentence names, before or after it."""
    tail = _after_circumstances(sent.text[m.end():].split())
    if tail and _addressee(tail[0], language):  # "сообщил изданию «Северный вестник» замглавы X": X speaks
        tail = _after_outlet(tail[1:])
    elif tail and tail[0][:1] in QUOTES and _addressee(tail[0].lstrip("«\"“").lower(), language):
        tail = _after_outlet(tail)  # "рассказал «Сибирскому вестнику», что": the outlet told
    elif tail and _person_addressed(tail[0], language):  # "сообщил Сергею Шойгу, что": told to him
        tail = list(itertools.dropwhile(lambda w: w[:1].isupper(), tail[1:]))
    elif outlet := _outlet_before_title(tail, language):  # "сообщил РИА Новости председатель комиссии X"
        tail = tail[outlet:]
    if _channel(tail):  # "сообщил в Telegram губернатор X": where it was said, then who
        tail = _after_channel(tail)
        if tail and _addressee(tail[0], language):  # "розповів в інтерв'ю агентству": to whom, not who
            tail = _after_outlet(tail[1:])
    after = _name_words(tail)
    if after and m.group() in _OF_SOURCE:
        after = _nominative(after, language, "gent")
    elif after and tail[0].lower() in _IN and (" " in after or after[:1].isupper()):
        after = _named_alone(after, language)  # "повідомили у Східній правозахисній групі": the group; a
        # generic "в компанії" stays as written, to be the company named before (see _organisation_for)
    # "по данным X", "судя по сообщениям X": the source is the one named after, whatever comes before
    subject = _subject(sent.text[:m.start()], language) if m.group() not in _OF_SOURCE else None
    if subject and not _agrees(subject, m.group().split()[-1], language):
        subject = None  # "Подробиці розповів гендиректор X": what was told comes first, the teller after
    if after and (after[:1].isupper() or not subject or _speaker_noun(after)):
        if not _shows(after):  # "Это подтверждают спутниковые снимки": images tell no one's account
            return after  # "Эти данные раскрыло издание X": told first, the teller after the verb
    elif subject and not _shows(subject) and subject.lower() not in _NATIONS:
        return subject  # "Генштаб ЗСУ підтвердив ураження заводу": what follows is what was confirmed
    return None


def _body(name: str, language: str) -> str:
    """A source named as where it spoke, as the body is named: "У Генштабі ЗСУ" is "Генштаб ЗСУ", "В пресс-службе
    администрации" is "пресс-служба администрации"."""
    preposition, _, rest = name.partition(" ")
    return _named_alone(rest, language) if preposition.lower() in _IN and rest else name


def _named_alone(phrase: str, language: str) -> str:
    """A body's name in the locative ("Східній правозахисній групі") as it is written alone ("Східна
    правозахисна група"): the head noun and the adjectives before it change, what follows the head does not. A
    quoted, abbreviated or unknown name is left as written ("Ростехе": the dictionary would make it "Ростёха")."""
    if any(q in phrase for q in _QUOTES):
        return phrase
    words = phrase.split()
    for k, word in enumerate(words):
        if len(word) > 1 and word.isupper():
            return phrase  # "У ГУР": an acronym is not declined
        parses = [p for p in morph(language).parse(word) if has(p.tag, "loct")]
        if any(has(p.tag, "ADJF") for p in parses):
            continue  # an adjective before the head
        noun = _head_noun(parses, words[:k], language)
        plural = noun is not None and has(noun.tag, "plur")
        agreeing = {"plur"} if plural else {g for g in ("masc", "femn", "neut") if noun and has(noun.tag, g)}
        named = noun and noun.inflect({"nomn", "plur"} if plural else {"nomn"})
        adjectives = [_agreeing(w, agreeing, language) for w in words[:k]]
        if named is None or None in adjectives:
            return phrase
        return " ".join([*adjectives, _cased(named.word, word), *words[k + 1:]])
    return phrase


def _head_noun(parses: list, adjectives: list[str], language: str):
    """The known noun reading of the head, of the adjectives' gender if they have one: "Білому домі" is "дім",
    not "дома", which is spelled so too."""
    nouns = [p for p in parses if has(p.tag, "NOUN") and p.is_known]
    genders = {g for w in adjectives for p in morph(language).parse(w) if has(p.tag, "ADJF") and has(p.tag, "loct")
               for g in ("masc", "femn", "neut", "plur") if has(p.tag, g)}
    return next((p for p in nouns if not genders or genders & set(p.tag.grammemes)), nouns[0] if nouns else None)


def _agreeing(word: str, grammemes: set[str], language: str) -> str | None:
    """An adjective in the locative as it stands before its noun in the nominative."""
    adjective = next((p for p in morph(language).parse(word) if has(p.tag, "ADJF") and has(p.tag, "loct")
                      and not has(p.tag, "Dist")), None)
    form = adjective.inflect({"nomn", *grammemes}) if adjective is not None else None
    return _cased(form.word, word) if form is not None else None


def _cased(form: str, written: str) -> str:
    """The form with the written word's capitals: "Санкт-Петербург", "Генштаб"."""
    return "-".join(p.capitalize() if w[:1].isupper() else p for p, w in zip(form.split("-"), written.split("-"),
                                                                            strict=False))


_IN = frozenset("в во у".split())


def _someone_in(name: str, places: set[str]) -> bool:
    """Whether a source is only a country it was said in ("У Росії повідомили"), not a body ("В Минобороны", "В
    Уралвагонзаводе") nor a capital that speaks for its government ("В Киеве заявили")."""
    preposition, _, rest = name.partition(" ")
    return preposition.lower() in lex.LOCATIVE and rest in places


# A nation says nothing as a source: "Россияне утверждают, что ..." leaves the teller to be named.
_NATIONS = frozenset("россияне росіяни украинцы українці белорусы білоруси иранцы іранці".split())
_SHOWING = frozenset("""снимок снимки снимках знімок знімки знімках видео відео фото фотографии фотографії кадры
кадри изображения зображення""".split())


def _shows(name: str) -> bool:
    """Whether a phrase names images, not a teller."""
    return any(w.lower().strip(",.") in _SHOWING for w in name.split())


OWN_VOICE = "(own voice)"  # the publisher remarks: "Отметим, что ...", "Зазначимо, що ..."; "Напомним" recalls
# what was reported, often by the source named beside it, so it is left to the sources around it
_WE_NOTE = re.compile(r"[\W_]*(?:отметим|добавим|заметим|уточним|зазначимо|відзначимо|додамо|уточнимо)(?!\w)")
_THEIR_ACCOUNT = re.compile(r"(?<!\w)(?:по|за)\s+(?:его|её|ее|их|його|її|їх)\s+(?:данным|словам|информации|оценкам|"
                            r"даними|словами|інформацією|оцінками)(?!\w)")


_OUTLET_NOUNS = frozenset("газета телеканал журнал портал агенція".split())


def _speaker_noun(name: str) -> bool:
    """Whether a phrase names its speaker by a noun in the nominative ("украинское издание X")."""
    return any(w.lower() in lex.GENERIC_SPEAKERS or w.lower() in _OUTLET_NOUNS or w.lower().startswith(_WITNESSES)
               for w in name.split())


_WITNESSES = ("жител", "мешканц", "очевидц", "свидетел", "свідк")  # "вибухи повідомляють місцеві жителі"


def _channel(tail: list[str]) -> bool:
    """Whether the words after a reporting verb name where it was said: "в соцсети Facebook", "у своєму
    Telegram-каналі", "на сайте" (but "повідомили в Міноборони" names who)."""
    return len(tail) > 1 and tail[0].lower() in ("в", "во", "у", "на") and _CHANNEL.match(tail[1].lower()) is not None


def _after_channel(tail: list[str]) -> list[str]:
    """The words after a channel: its preposition, the words that name it ("своєму Telegram-каналі", "соцсети
    Facebook")."""
    rest = tail[2:]
    while rest and (_named_channel(rest[0]) or rest[0].lower() in ("в", "у", "на") and len(rest) > 1 and (
            _named_channel(rest[1]))):
        rest = rest[1:]  # "в своем аккаунте в X журналист ...": the journalist
    return rest


def _named_channel(word: str) -> bool:
    """A word for a channel, or a name in Latin letters ("Telegram", "X")."""
    return bool(_CHANNEL.match(word.lower()) or re.fullmatch(r"[A-Za-z\-]+[,.]?", word))


_CHANNEL = re.compile(r"(?:соцсет|соцмереж|телеграм|telegram|канал|сайт|facebook|фейсбук|instagram|твит|twitter|"
                      r"x\b|эфир|ефір|интервью|інтерв|заявлени|заяв[іи]|блог|видеообращ|відеозверн|обращени|"
                      r"зверненн|пресс-релиз|прес-реліз|сво[её]м|своєму|свой|официальн|офіційн|мессенджер|месенджер|аккаунт|акаунт)")
_SOURCE_PHRASES = [re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)") for phrase in lex.SOURCE_BEFORE]
_ANY_SOURCE_PHRASE = re.compile("|".join(p.pattern for p in _SOURCE_PHRASES))


def _subject(before: str, language: str) -> str | None:
    """The short phrase that is the subject of a reporting verb ("Генштаб ЗСУ", "Текслер почти сразу заявил"),
    without the adverbs and the time before it ("Наприкінці минулого року концерн повідомив": the concern)."""
    if re.search(r"[,;:—–\-]$", before.strip()):
        return None  # "..., сообщил губернатор": the speaker follows the verb
    said = re.split(r"[,.;:—–\-][*_»\"”]*\s", before.strip())[-1].split()
    words = _without_channel(said, language)
    opened_on_channel = len(words) < len(said) and _channel(said)  # "В интервью ТАСС министр ...": a subject
    if len(words) > 2 and " ".join(words[1:3]).lower() in _ABOUT_IT or {w.lower() for w in words[:3]} & _TOLD:
        return None  # "Сообщение об этом опубликовал губернатор", "Видео и информацию разместил X": what was
        # told, then who told it
    while words and (words[-1].lower() in _ALSO or _adverb(words[-1], language)):
        words.pop()  # "Он также сообщил", "Текслер почти сразу заявил"
    dated = len(words) > 2 and words[0].isdigit() and re.match(_MONTHS, words[1].lower()) is not None
    if dated:
        words = words[2:]  # "1 вересня Пхеньян заявив", "5 марта губернатор заявил": the day, then who
    told_of = len(words) > 2 and words[0].lower() in ("об", "о", "про")
    if told_of:
        words = words[2:]  # "об этом компания сообщила": the subject after what it told of
        if len(words) >= 2 and words[0].isdigit() and re.match(_MONTHS, words[1].lower()):
            words = words[2:]  # "Про це 15 листопада повідомила низка ЗМІ": the day, and who told it follows
    start = next((i for i, w in enumerate(words) if _may_be_subject(w, language) and not (
        w.lower() in _TIME_PREPOSITIONS and i + 1 < len(words) and _when(words[i + 1]))), len(words))  # "В четверг"
    if told_of and start:
        return None  # "Про це у розмові з 24 Каналом сказав X": the speaker follows the verb
    words = words[start:]
    if 0 < len(words) <= 10 and (words[0][:1].isupper() or start or told_of or opened_on_channel or dated) and (
            words[0].lower() not in _NOT_NAMES):
        return " ".join(words)
    return None


def _without_channel(words: list[str], language: str) -> list[str]:
    """A subject's words without where it spoke: "Губернатор X в интервью телеканалу «Y»" is the governor;
    "В интервью агентству ТАСС министр" the minister."""
    cut = next((k for k in range(1, len(words) - 1) if _channel(words[k:])), None)
    if cut is not None:
        return words[:cut]
    if _channel(words):
        words = _after_channel(words)
        if words and _addressee(words[0], language):
            words = _after_outlet(words[1:])
    return words


def _agrees(subject: str, verb: str, language: str) -> bool:
    """Whether a subject can go with a reporting verb in the singular past: not a word that is nominative only
    in the plural ("Подробиці розповів"). A word the dictionary never reads as nominative is not judged."""
    said = morph(language).parse(verb)
    if not said or not has(said[0].tag, "past") or has(said[0].tag, "plur"):
        return True
    nominative = [p for p in morph(language).parse(subject.split()[0].strip("«»\"“”")) if has(p.tag, "nomn")]
    return not nominative or any(not has(p.tag, "plur") for p in nominative)


def _adverb(word: str, language: str) -> bool:
    """A lower-case word the dictionary reads first as an adverb or a particle ("почти", "сразу")."""
    parses = morph(language).parse(word)
    return word[:1].islower() and bool(parses) and parses[0].tag.POS in ("ADVB", "PRCL")


def _may_be_subject(word: str, language: str) -> bool:
    """Whether a word can open the subject: a name, an abbreviation, or a word that can be nominative; not a
    preposition or an adverb of time ("Наприкінці", "Вчера")."""
    if not word[:1].isalpha() or word.isupper() or not _CYRILLIC.search(word):
        return True
    if _when(word):
        return False  # "В четверг утром губернатор сообщил": when, then who
    parses = morph(language).parse(word)
    # the Ukrainian dictionary leaves the nominative of some nouns unmarked ("директор": NOUN, masc)
    return not parses or any(has(p.tag, "nomn") or p.tag.POS == "NOUN" and p.tag.case is None
                             for p in parses[:3]) or (
        word[:1].isupper() and parses[0].tag.POS not in ("ADVB", "PREP", "PRCL", "CONJ", "ADJF", "NUMR"))


_TIME_PREPOSITIONS = frozenset("в во у с со з зі із".split())


def _when(word: str) -> bool:
    """Whether a word names a day or a time of day ("четверг", "вранці")."""
    return word.lower().startswith(_WEEKDAYS) or word.lower() in _TIMES_OF_DAY


_WEEKDAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень", "понеділ", "вівтор",
             "серед", "четвер", "п'ятниц", "п’ятниц", "субот", "неділ")
_TIMES_OF_DAY = frozenset("утром утра вечером вечера ночью ночи днём днем вранці зранку ввечері вночі уночі вдень"
                          .split())
# Not a subject's first word: "Цю інформацію повідомив X" is what X told (object first).
_NOT_NAMES = frozenset("как як об про это це так там тут эту цю эти ці такую таку".split())
_ALSO = frozenset("также тоже ещё еще уже вновь снова позже также також теж ще вже знову згодом пізніше".split())
_PRONOUNS = frozenset("он она они він вона вони".split())


def _earlier_speakers(named: list[str | None]) -> list[str | None]:
    """"Он заявил", "Міністр також повідомив": the speaker named before (a pronoun, or the first word of an
    earlier source's name)."""
    out: list[str | None] = []
    for name in named:
        earlier = [n for n in out if n]
        if name and name.lower() in _PRONOUNS:
            name = earlier[-1] if earlier else None
        elif name and " " not in name:
            name = next((n for n in reversed(earlier) if n.split()[0].lower() == name.lower()), name)
        out.append(name)
    return out


# When and at what event something was said, between the reporting verb and the speaker: "заявил в минувшую субботу
# на форуме в Киеве глава компании".
_WHEN = frozenset("""понедельник вторник среду четверг пятницу субботу воскресенье понеділок вівторок середу четвер
п'ятницю суботу неділю день вечер утро ночь вечір ранок ніч""".split())
_EVENTS = frozenset("""форуме конференции пресс-конференции брифинге встрече саммите выставке совещании заседании
форумі конференції пресконференції пресс-конференції брифінгу зустрічі саміті виставці нараді засіданні""".split())
_CIRCUMSTANCE = re.compile(r"(?:в|во|у|на)$")


def _after_circumstances(tokens: list[str]) -> list[str]:
    """The words after the time and event phrases that open them ("в минувшую субботу на форуме в Киеве ее глава
    X" -> "ее глава X")."""
    while len(tokens) > 1 and _CIRCUMSTANCE.match(tokens[0].lower()):
        words = [t.lower().strip(",.") for t in tokens[1:4]]
        k = next((k for k, w in enumerate(words) if w in _WHEN or w in _EVENTS), None)
        if k is None:
            break
        tokens = tokens[k + 2:]
        if words[k] in _EVENTS and len(tokens) > 1 and tokens[0].lower() in ("в", "у") and tokens[1][:1].isupper():
            tokens = tokens[2:]  # the event's town: "на форуме в Киеве"
    return _after_clock_time(tokens)


# "близько 5 години ранку за київським часом", "около 6:00 по московскому времени": when, on the clock
_CLOCK_FROM = frozenset("близько около приблизно примерно о об в у".split())
_CLOCK_WORDS = re.compile(r"(?:годин|час|ранку|утра|вечора|вечера|ночі|ночи|дня)\w*")
_ZONE = re.compile(r"(?:за|по)\s+\w+\s+(?:часом|времени)\b", re.I)  # "за київським часом", "по местному времени"


def _after_clock_time(tokens: list[str]) -> list[str]:
    """The words after a clock time that opens them."""
    if len(tokens) < 3 or tokens[0].lower() not in _CLOCK_FROM or not tokens[1][:1].isdigit():
        return tokens
    k = 2
    while k < len(tokens) and _CLOCK_WORDS.fullmatch(tokens[k].lower().strip(",.")):
        k += 1
    if zone := _ZONE.match(" ".join(tokens[k:k + 3])):
        k += len(zone.group().split())
    return tokens[k:] if k < len(tokens) else tokens


def _after_outlet(tokens: list[str]) -> list[str]:
    """The words after an outlet's name ("«Северный вестник» помощник мэра" -> "помощник ...")."""
    if tokens and tokens[0][:1] in QUOTES:
        end = next((k for k, t in enumerate(tokens) if t.rstrip(",.").endswith(("»", "\"", "”"))), len(tokens))
        return tokens[end + 1:]
    return tokens[1:] if tokens and tokens[0][:1].isupper() else tokens


# Words inside a title, before the person's name: "при РНБО", "по вопросам суверенитета", "з питань оборони".
_IN_TITLES = frozenset("при по з із".split())


def _outlet_before_title(tokens: list[str], language: str) -> int:
    """How many capitalised words an outlet spoken to takes before the speaker's title ("РИА Новости
    председатель комиссии ..."); 0 when the words after the verb are the speaker's."""
    k = next((i for i, t in enumerate(tokens[:5]) if not t[:1].isupper()), 0)
    if not 0 < k <= 3 or any(t.endswith((",", ".", ":", ";")) for t in tokens[:k]):
        return 0
    parses = morph(language).parse(tokens[k].strip(",.«»\""))
    opening = morph(language).parse(tokens[k - 1].strip(",.«»\""))
    if opening and has(opening[0].tag, "ADJF"):
        return 0  # "Генеральний штаб ЗСУ": a capitalised adjective opens the speaker's own name
    return k if parses and has(parses[0].tag, "NOUN") and has(parses[0].tag, "nomn") else 0


def _person_ahead(tokens: list[str]) -> bool:
    """Whether a first name and surname (two capitalised words) come before the clause ends."""
    for a, b in itertools.pairwise(tokens):
        if a[:1].isupper() and b[:1].isupper():
            return True
        if a.endswith((",", ".", ";", ":")):
            return False
    return False


def _name_words(tokens: list[str]) -> str | None:
    """The name that opens ``tokens``: up to the first punctuation or a word that starts another phrase; a
    role named by its organisation in quotes is the organisation ("уральский поставщик и сборщик
    беспилотников «Кречет»")."""
    name = []
    if tokens and tokens[0].rstrip(",").lower() in _TODAY:
        tokens = tokens[1:]  # "сообщает сегодня, 17 мая, avesta.tj"
    if len(tokens) > 1 and tokens[0].isdigit() and re.match(_MONTHS, tokens[1].lower()):
        tokens = tokens[2:]  # "розповів 10 квітня директор заводу": when, then who
        tokens = tokens[2:] if tokens and tokens[0].isdigit() else tokens  # "10 квітня 2025 року"
    for k, token in enumerate(tokens):
        ended = token.rstrip(",.;:!?)")  # a closing quote does not end the name: «Горизонт ХХІ» Тарас Климчук
        bare = ended.strip("«»\"“”(")
        if not name and bare.lower() in ("в", "у", "во"):  # "повідомили в Міноборони"
            continue
        if (bare.lower() in CONJUNCTIONS or bare.lower() in _IN_TITLES) and name and _person_ahead(
                tokens[len(name) + 1:len(name) + 7]):
            name.append(bare)  # "министр промышленности и торговли Татарстана Ринат Хайруллин", "керівник Центру
            continue  # протидії дезінформації при РНБО Андрій Коваленко"
        if bare.lower() in _IN and len(name) == 1 and name[0].lower().startswith(_UNNAMED_SOURCES) and (
                k + 1 < len(tokens) and tokens[k + 1][:1].isupper()):
            name.append(bare)  # "джерела в Головному управлінні розвідки": whose sources they are
            continue
        if bare.lower() in lex.NAME_STOPS or not bare or name and _when(bare):
            break  # "Генштаб ЗСУ ввечері 10 березня": the name ends where the time it spoke begins
        name.append(bare)
        if ended != token or len(name) == 10:
            break
    clause = " ".join(tokens[:14]).split(",")[0]
    quoted = re.search(r"«([^»]{2,40})»\s*(?:\(|$)", clause)
    if name and quoted and name[0][:1].islower() and not re.search(r"\b[А-ЯЁІЇЄҐA-Z]", clause[:quoted.start()]):
        return quoted.group(1)
    return " ".join(name) or None


_TODAY = frozenset("сегодня вчера сейчас сьогодні вчора зараз".split())
_UNNAMED_SOURCES = ("источник", "джерел", "собеседник", "співрозмовник")
_MONTHS = ("январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|"
           "травн|черв|лип|серп|верес|жовт|листопад|груд")
_DAY = re.compile(rf"\b(\d{{1,2}})\s+(?:{_MONTHS})\w*(?:\s+(\d{{4}}))?", re.I)
_MONTH_YEAR = re.compile(rf"\b((?:{_MONTHS})\w*)\s+(\d{{4}})", re.I)
_MONTH_STEMS = _MONTHS.split("|")


def _month_number(word: str) -> int:
    """1-12 for a month name in Russian or Ukrainian, in any case."""
    lower = word.lower()
    index = next(i for i, stem in enumerate(_MONTH_STEMS) if re.match(stem, lower))
    return index % 12 + 1


# "в 2023 году", "весной 2026 года", "к 2030 году", "наприкінці 2025 року"
_YEAR = re.compile(r"\b(?:в|у|к|до|весной|летом|осенью|зимой|навесні|влітку|восени|взимку|начале|середине|конце|"
                   r"початку|середині|кінці|наприкінці|напочатку)\s+(20\d\d|19\d\d)\s+(?:года|году|року|році|г\.|р\.)",
                   re.I)


def _date(text: str, language: str, published: str | None) -> str | None:
    """A day ("23 апреля", "5 травня 2024") or a year ("в 2023 году") the sentence gives."""
    if (m := _DAY.search(text)) and not re.search(r"(?:имени|імені)\s*$", text[:m.start()]):  # "завод имени 11 февраля"
        data = _date_parser(language, published).get_date_data(m.group())
        if data and data.date_obj:
            return data.date_obj.date().isoformat()
    lower = text.lower()
    if published and (relative := next((en for phrase, en in lex.RELATIVE_DATES if phrase in lower), None)):
        return _relative(relative, dt.date.fromisoformat(published))  # "минулого тижня": last week
    if m := _MONTH_YEAR.search(text):
        return f"{m.group(2)}-{_month_number(m.group(1)):02d}"
    if m := _YEAR.search(text):
        return m.group(1)
    return None


@lru_cache(maxsize=64)  # one per language and publication date: making one takes milliseconds
def _date_parser(language: str, published: str | None):
    from dateparser.date import DateDataParser

    base = dt.datetime.fromisoformat(published) if published else None
    return DateDataParser(languages=[language], settings={"PREFER_DATES_FROM": "past",
                                                          **({"RELATIVE_BASE": base} if base else {})})


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+(?:['’][^\W\d_]+)?)?")  # "прем'єр-міністр"


@cache
def glossed(name: str, language: str) -> str:
    """A source's name in Russian or Ukrainian with an English gloss of the words that say what it is:
    "Міський голова Конотопа (mayor Konotop)"; a bare name in Latin letters: "Денис Шмигаль (Denys Shmyhal)";
    common words with no such word, an acronym or a name in Latin letters stay as they are."""
    if not _CYRILLIC.search(name):
        return name
    words = _source_words(name, language)
    phrases, gloss, i = dict(lex.SOURCE_PHRASES), [], 0  # gloss: (English word, plural ending)
    while i < len(words):
        written, lemma, pos, nominative, plural = words[i]
        pair = f"{lemma} {words[i + 1][1]}" if i + 1 < len(words) else ""
        if pair in phrases:
            gloss.append((phrases[pair], ""))
            i += 2
            continue
        if english := lex.SOURCE_WORDS.get(lemma) or lex.COUNTRY_NOUNS.get(lemma.lower()) or _demonym(lemma):
            counted = pos == "NOUN" and not written.isupper()  # "источники": sources; not "Russians", "ЗСУ"
            gloss.append((english, "s" if counted and plural else ""))
        elif i and written[:1].isupper() and not written.isupper() and pos == "NOUN":  # a place or a person
            gloss.append((_latin(nominative, language), ""))
        i += 1
    named = set(lex.SOURCE_WORDS.values()) | set(phrases.values())
    if named & {w for w, _ in gloss}:  # "ГУР (HUR, Defence Intelligence of Ukraine)": one pair of brackets
        return f"{name} ({' '.join(w + s for w, s in gloss).replace(' (', ', ').replace(')', '')})"
    if all(w[0][:1].isupper() and not w[0].isupper() for w in words):  # a person or an outlet: "Денис Шмигаль"
        return f"{name} ({' '.join(_latin(w[3], language) for w in words)})"
    return name


def _source_words(name: str, language: str) -> list[tuple[str, str, str, str, bool]]:
    """Each word of a source's name: as written, its lemma, its part of speech, the name in the nominative
    ("Текслер" as written, "Конотопа" as "Конотоп") and whether it is plural."""
    words = []
    for m in _WORD.finditer(name):
        parses = morph(language).parse(m.group().lower())
        lemma = m.group() if m.group().isupper() else parses[0].normal_form.replace("’", "'")
        nominative = any(has(p.tag, "nomn") for p in parses)
        words.append((m.group(), lemma, parses[0].tag.POS, m.group() if nominative else lemma,
                      has(parses[0].tag, "plur")))
    return words


def _demonym(lemma: str) -> str | None:
    """A state's adjective in English: "російський" -> Russian."""
    iso = lex.STATE_ADJECTIVES.get(lemma)
    return next((d for d, code in demonyms().items() if code == iso and not d.endswith("s")), None) if iso else None


_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")  # noqa: RUF001 (Cyrillic letters on purpose)


def _latin(word: str, language: str) -> str:
    """A name in Latin letters: Ukrainian by the national transliteration ("Шмигаль" -> Shmyhal), Russian as
    unidecode spells it."""
    from unidecode import unidecode

    if language == "uk":
        word = "".join(_UK_LATIN_FIRST.get(c, c) if not i else c for i, c in enumerate(word.lower()))
        word = word.translate(_UK_LATIN)
    return unidecode(word).replace("'", "").capitalize()


# Ukraine's national transliteration (2010): "є ї й ю я" are written so at a word's start, else as below.
_UK_LATIN_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK_LATIN = str.maketrans({"г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i",
                           "х": "kh", "ц": "ts", "щ": "shch", "ю": "iu", "я": "ia", "ь": "", "'": "", "’": ""})


def extract_claims(article_id: str, text: str, language: str, ws: list[Word], mentions: list[Mention],
                   published: str | None, publisher: str | None) -> list[Claim]:
    sents = sentences(text)
    mentions = [m for m in mentions if m.place.level != "continent"]  # "крупнейший завод в Европе": where it ranks
    military = sum(bool(_product(w)) or w.lemma in lex.MILITARY or w.lemma in lex.FORCES for w in ws[:1500]) >= 3 or (
        any(w.lemma in lex.ARMS_INDUSTRY for w in ws[:1500]))
    own = f"{publisher}{OWN_REPORTING}" if publisher else None
    places = {m.surface for m in mentions if m.place.level == "country"}
    named = _earlier_speakers([_organisation_for(name, text[:s.start] + s.text[:max(s.text.find(name), 0)],
                                                 language) if (name := _source(s, language)) and not (
        _someone_in(name, places)) else None for s in sents])
    named = [name or (answer and _nominative(answer, language))
             for name, answer in zip(named, interview_answers(sents), strict=True)]
    sources = [(_ours(name, publisher) or glossed(_body(name, language), language) if name and name != OWN_VOICE
                else own, sentence) for name, sentence in spread_sources(sents, named, None)]
    claims = _read_claims(article_id, text, language, ws, mentions, published, sents, sources, military, None)
    # a plant placed nowhere: the article's one town or country
    if not claims and (home := article_home(mentions, partial(_where_things_are, ws))) is not None:
        claims = [c for c in _read_claims(article_id, text, language, ws, mentions, published, sents, sources,
                                          military, home) if at_home(c, home)]
    return accidents(in_the_only_town(claims, mentions, partial(_where_things_are, ws)), text)


def _read_claims(article_id: str, text: str, language: str, ws: list[Word], mentions: list[Mention],
                 published: str | None, sents: list[Sentence], sources: list[tuple[str | None, str | None]],
                 military: bool, home: Mention | None) -> list[Claim]:
    """The claims of each sentence (see :func:`extract_claims`); a plant that nothing places is in ``home``, if
    given."""
    dateline = _dateline_end(text)  # where the report was filed: a plant's town only if nothing else places it
    claims: list[Claim] = []
    plant_before = False  # whether the sentence before names a facility
    for sent, (attribution, source_sentence) in zip(sents, sources, strict=True):
        sw = _in_sentence(ws, sent)
        inside = [m for m in mentions if sent.start <= m.start < sent.end and m.role == "location"]
        begins = _paragraph_start(sents, sent)
        previous = next((c for c in reversed(claims) if c.evidence_start >= begins), None)
        question = sent.text.rstrip(" »\"”").endswith("?")  # a question reports nothing
        noun = None if question else (_facility(sw, military) or _the_plant_again(sw, claims, inside)
                                      or _site_word(sw, inside)
                                      or (_located_word(sw) if previous or military and inside else None))
        after_plant, plant_before = plant_before and begins < sent.start, noun is not None
        noun = noun or (_pronoun_of_plant(sw) if after_plant and inside else None)
        if previous is None and noun is not None and claims and not inside and _this_plant(sw, noun):
            previous = claims[-1]  # "13 октября этот же завод атаковали": the plant just told of, paragraphs back
        making = noun is None and not question and (noun := _production_word(sw)) is not None
        if noun is None:
            claims.extend(_struck_town(claims, sw, sent, inside, (attribution, source_sentence)))
            continue
        places = _placed_all(text, sw, inside, noun)
        places += _later_plants_places(sw, inside, noun, places)
        told = sw  # the words that say what happened to the plant
        if making:  # only where the making is: "Россия производит ракеты, заявил в Киеве глава разведки"
            start, end = _clause(sw, noun)
            opens = next((w for w in sw if w.start >= start), None)
            where = opens is not None and opens.text.lower() in _WHERE  # "В Туле работает центр, где собирают дроны"
            places = [m for m in places if start <= m.start < end or where and m.start < start] or _making_subject(
                sw, inside, noun) or [
                m for m in _in_the_country(sw, mentions) if m.place.level == "region"]  # "в крае работает центр,
            # где собирают дроны": the region (a nation's making, "в стране", is no plant told of)
            told = [w for w in sw if start <= w.start < end]  # "дроны, которые собирают в X, атаковали Киев"
            if not places:
                continue  # "Россия производит ракеты": a nation's output, no plant told of
        if previous is None and not any(m.place.level in ("city", "site") for m in places):
            # "Вибухи пролунали у Брянську. Пошкоджено місцевий завод."; "**1. Брянск.** ... попал завод «Кремний
            # Эл» — один из крупнейших в России производителей": the town the paragraph or section names before,
            # in the country or region the sentence gives, if any
            since = begins if begins < sent.start else _attacked_paragraph(ws, sents, sent)
            town = ([m for m in mentions if since <= m.start < sent.start and m.role == "location"
                     and m.place.level in ("city", "site") and not _announced_at(ws, m) and not _of_another_thing(ws, m)
                     and (m.start >= dateline or _dateline_holds(m, inside))][-1:]
                    or [t for t in [section_town(text, sents, sent, mentions)] if t and not has(noun.tag, "plur")])
            if town and all(contains(m.place, town[0].place) for m in places):
                places = town
        if not places and _in_the_capital(sw):
            places = [m for m in mentions if m.start < sent.end and m.place.level == "city"
                      and m.place.name == capitals().get(m.place.country_code)][-1:]  # "КИЇВ — У столиці відкрили"
        if not places and _local(sw, noun):
            # "в администрации Тамбовской области сообщили, что на местном пороховом заводе ...": the place named
            # before, even the speaker's
            places = [m for m in mentions if begins <= m.start < noun.start and m.role == "location"
                      and m.place.level != "country"][-1:]
        if previous is not None and places and all(contains(m.place, previous.place) for m in places):
            places = []  # "Це одне з ключових підприємств Росії": the plant just named, in the country that holds it
        if not places and previous is None:
            places = (_on_states_soil(sw, mentions) or _actor_country(sw, inside, noun)
                      or _in_the_country(sw, mentions) or _state_adjective_country(sw, mentions, noun)
                      or _capitals_state(sw, sent, mentions)
                      or [home] * (home is not None and not any(sent.start <= m.start < sent.end for m in mentions)))
        if not places and previous is None:
            continue
        status, cue = _status(told, noun)
        if hours := hours_status(sent.text, status):
            status, cue = hours.status, hours.cue
        if (placed := _to_stand(told)) is not None and (status == "unknown" or status == "operational" and (
                cue == noun.text and _said_of_noun(told, noun, placed))):  # (a production noun alone says it works)
            status, cue = "planned", placed.text  # "завод будет базироваться в Киеве": one to come
        if status == "unknown" and sent.item and (struck := _list_lead_strike(ws, sents, sent)) is not None:
            status, cue = "struck", struck.text  # "Росія вдарила по двох об'єктах: - по бронетанковому заводу"
        date = _date(sent.text, language, published)
        if status == "operational" and date and published and date > published[:len(date)]:
            status = "planned"  # "объявил о запуске производства весной 2026 года" in a report of 2025: to come
        if status == "struck" and _refuted(sw):
            continue  # "губернатор опроверг сообщения о попадании в завод": a denied report reports no strike
        weapons = _weapons(sw)
        second = _of_arms(sw, military)
        products = list(dict.fromkeys(p for w in sw if (p := _product(w, second)) and w not in weapons))
        noun_kind = lex.FACILITY.get(noun.lemma) or ("defence site" if noun.lemma in lex.SITE_WORDS else "plant")
        kind = f"{products[0].rstrip('s') + ' ' if products else ''}{noun_kind}"
        for place in places or [None]:
            where = place.place if place else previous.place
            if status == "unknown" and (told := _told_before(claims, where, products, sw)):
                status, cue = told.status, told.status_cue  # "модернизируют три завода ... Все они находятся в X"
            claims.append(Claim(
                article_id=article_id, place=where, precision=precision_of(where.level),
                surface=place.surface if place else previous.surface, kind=kind, products=products,
                status=status, capacity=None, operators=_operators(sent.text, sw) or [where.country_code],
                event_date=date, attribution=attribution,
                evidence=sent.text.strip(), evidence_start=sent.start, evidence_end=sent.end,
                confidence=round(0.5 + 0.2 * bool(place) + 0.2 * (status != "unknown") + 0.1 * bool(products), 2),
                status_cue=cue, source_sentence=source_sentence))
    return claims



# "Москва. 1 сентября. INTERFAX.RU -", "ТУЛА, 3 мая /ТАСС/.", "КИЇВ, 5 березня — ": a town and a day opening the text.
_DATELINE = re.compile(r"\s*[А-ЯЁІЇЄҐ][\w'’-]+(?: [А-ЯЁІЇЄҐ][\w'’-]+)?[.,] \d{1,2} [а-яёіїєґ]{3,}\b"
                       r"[^\n]{0,40}?(?: [—–-] |/[^/\n]+/)")


def _where_things_are(ws: list[Word], m: Mention) -> bool:
    """Whether the place is where something is or happens ("у місті Таганрог"), not a meeting, speakers or a
    person there ("рассказал об этом в Туле", "Зеленський, який перебував у Харкові")."""
    i = next((k for k, w in enumerate(ws) if w.start >= m.start), len(ws))
    before = list(itertools.takewhile(lambda w: w.text not in ".!?", reversed(ws[max(0, i - 5):i])))
    return not _announced_at(ws, m) and not _speakers_there(ws, m) and not any(
        w.lemma in lex.REPORTING_VERBS or _stayed(w) for w in before)


def _stayed(w: Word) -> bool:
    """A word for where a person was ("перебував", "находившийся"; not "находится", where a plant stands)."""
    return w.lemma in _STAYING or w.lemma == "находиться" and has(w.tag, "past")


_STAYING = frozenset("перебувати перебуваючи пребывать побывать побувати".split())


def _dateline_holds(town: Mention, inside: list[Mention]) -> bool:
    """Whether the dateline's town may place the sentence's plant: the sentence names no town of its own nor a
    place that does not hold it ("Лидер КНДР" after "Москва. 1 сентября."; but "Минобороны России" after "ТУЛА")."""
    return all(contains(m.place, town.place) for m in inside)


def _dateline_end(text: str) -> int:
    """Where the dateline opening the text ends (0 if there is none)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


# "It" as what is done to a plant, or a neuter plant ("предприятие") that does something; by form, since
# pymorphy3 reads "Його" as yoga. "Он" is more often a person.
_PLANT_PRONOUNS = frozenset("оно его него воно його нього".split())


def _pronoun_of_plant(sw: list[Word]) -> Word | None:
    """The "it" that stands for the plant told of in the sentence before ("Його планують звести у Ростовській
    області"), when a verb says what is done to it; None if there is none. "Його продукцію" is its products."""
    for k, w in enumerate(sw):
        owns = k + 1 < len(sw) and has(sw[k + 1].tag, "NOUN")
        if w.text.lower() in _PLANT_PRONOUNS and not owns and _status(sw, w)[0] != "unknown":
            return w
    return None


def _struck_town(claims: list[Claim], sw: list[Word], sent: Sentence, inside: list[Mention],
                 source: tuple[str | None, str | None]) -> list[Claim]:
    """"В Іванівській області атакований хімзавод ... у Кінешмі нібито відбито атаку БПЛА": see
    :func:`struck_in_town`."""
    towns = {m.place.geonameid for m in inside if m.place.level == "city"}
    if not towns or not any(c.precision == "region" and c.status == "struck" or c.place.geonameid in towns
                            for c in claims):
        return []  # (before the words are read: most sentences tell of no plant)
    strike = next((w for w in sw if _word_class(w) == "strike"), None)
    inside = [m for m in inside if not _of_another_thing(sw, m)]
    return struck_in_town(claims, sent, inside, strike.text, source) if strike is not None else []


def _of_another_thing(sw: list[Word], m: Mention) -> bool:
    """Whether the town is named as whose another thing is, in the genitive after its noun ("в аеропорту Калуги",
    "губернатор Тулы"): that thing is there, not the plant struck (a place word or a plant's own noun aside)."""
    i = next((k for k, w in enumerate(sw) if w.start >= m.start), 0)
    before = sw[i - 1] if i else None
    return before is not None and has(before.tag, "NOUN") and before.lemma not in _PLACE_WORDS and (
        before.lemma not in lex.FACILITY) and any(has(p.tag, "gent") for p in sw[i].parses[:3])


# Where a plant stands: "располагаться", "базуватися"; in the future, where one to come will stand.
_STANDING = frozenset("""базироваться располагаться расположиться размещаться разместиться находиться базуватися
розташовуватися розташуватися розміщуватися розміститися знаходитися расположить разместить розташований
розміщений""".split())  # and "будет расположено", "буде розташоване"


def _said_of_noun(sw: list[Word], noun: Word, verb: Word) -> bool:
    """Whether the verb follows the noun closely, with no punctuation between: "виробництво перехоплювачів буде
    розташоване" says where that production will be."""
    between = [w for w in sw if noun.start < w.start < verb.start]
    return noun.start < verb.start and len(between) <= 3 and not any(not w.text[:1].isalnum() for w in between)


def _to_stand(sw: list[Word]) -> Word | None:
    """The verb saying where a plant will stand ("будет располагаться", "базуватиметься", "разместится")."""
    for i, w in enumerate(sw):
        if w.lemma in _STANDING and (has(w.tag, "futr") or i and has(sw[i - 1].tag, "futr") and (
                sw[i - 1].lemma in ("быть", "бути"))):
            return w
    return None


def _list_lead_strike(ws: list[Word], sents: list[Sentence], sent: Sentence) -> Word | None:
    """The strike word of the lead of the list a sentence is an item of: what each item says was struck."""
    lead = list_lead(sents, sents.index(sent))
    return next((w for w in _in_sentence(ws, lead) if _word_class(w) == "strike"), None) if lead else None


_LOCAL = frozenset("местный місцевий".split())


def _local(sw: list[Word], noun: Word) -> bool:
    """Whether the facility is called local ("на местном пороховом заводе")."""
    k = sw.index(noun)
    return any(w.lemma in _LOCAL for w in sw[max(0, k - 2):k])


_LOCATING = ("находит", "находя", "располаг", "располож", "размещ", "знаходит", "розташ", "розміщ")


def _located_word(sw: list[Word]) -> Word | None:
    """The facility word of a sentence that only says where it is, after a claim about it or in a story of arms:
    "Производство находится под Колином", "Завод розташований поблизу міста X"."""
    for noun, verb in itertools.pairwise(sw):
        if noun.lemma in lex.FACILITY and verb.lemma.startswith(_LOCATING):
            return noun
    return None


_RUNS_PLANTS = ("build", "operate", "expand", "convert", "plan")
_THE_COUNTRY = frozenset("страна країна".split())
_THE_REGION = frozenset("регион регіон область край".split())


def _in_the_country(sw: list[Word], mentions: list[Mention]) -> list[Mention]:
    """"Он сказал, что в стране наладят выпуск снарядов": "в стране" is the country named last; "в регионе" the
    region."""
    for before, w in itertools.pairwise(sw):
        level = "country" if w.lemma in _THE_COUNTRY else "region" if w.lemma in _THE_REGION else None
        if level and before.text.lower() in ("в", "во", "у"):
            return [m for m in mentions if m.start < w.start and m.place.level == level
                    and m.role == "location"][-1:]
    return []


def _making_subject(sw: list[Word], inside: list[Mention], making: Word) -> list[Mention]:
    """A region or a town (not a capital, which speaks for its nation) in the nominative before the word of making
    it does: "Курская область начнёт собирать беспилотники", "Тула выпускает снаряды"."""
    for m in inside:
        first = next((w for w in sw if w.start >= m.start), None)
        if (first is not None and first.start < making.start and m.place.level in ("region", "city")
                and has(first.tag, "nomn") and m.place.name != capitals().get(m.place.country_code)
                and m.place.country_code in _HOME_STATES | {x.place.country_code for x in inside if x is not m}
                and not any(w.lemma in _WHICH for w in sw[sw.index(first):sw.index(making)])):
            return [m]  # not "Белгородская область страдает от дронов, которые производят ...", nor a namesake
    return []


_WHICH = frozenset("который котрий який что що где де".split())  # a clause of its own, about another thing
_HOME_STATES = frozenset({"RU", "UA", "BY"})  # the towns Russian and Ukrainian news tell of without their state


def _actor_country(sw: list[Word], inside: list[Mention], noun: Word) -> list[Mention]:
    """"Россия создает новые пороховые заводы": a country named as the subject of building, running or
    planning plants puts them in it (country precision); one that strikes a plant does not, and its output
    ("Россия нарастила производство дронов") is no plant."""
    if lex.FACILITY.get(noun.lemma) in ("production", "production capacity") and not (
            _built(sw, noun) or _production_planned(sw, noun)):
        return []
    for m in inside:
        first = next((w for w in sw if w.start >= m.start), None)
        if m.place.level != "country" or first is None or first.start > noun.start or not (
                has(first.tag, "nomn") or _state_of_country(sw, first)):
            continue
        if sw.index(first) and sw[sw.index(first) - 1].text.lower() in lex.NOT_LOCATIVE:
            continue  # "компания из США строит завод": where the builder comes from
        between = sw[sw.index(first) + 1:sw.index(noun)]
        if any(w.lemma in _THAT for w in between):
            continue  # "Президент Украины заявил, что Россия строит заводы": the speaker's state builds none
        if any(_word_class(w) in _RUNS_PLANTS and not _supplies(w) for w in between) and not any(
                _word_class(w) == "strike" for w in sw):
            return [m]
        if _state_of_country(sw, first) and _visit(sw, noun) and not any(state_of(w) for w in between) and all(
                x.place.country_code == m.place.country_code for x in inside):
            return [m]  # "Лидер КНДР посетил военное предприятие": a leader tours his country's plants (not a
            # "российское предприятие", nor one on a visit to another country)
    return []


_VISITS = frozenset("""посетить осмотреть побывать ознакомиться відвідати оглянути побувати ознайомитися""".split())


def _capitals_state(sw: list[Word], sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """"Пхеньян заявил, что Ким осмотрел новый завод": the state its capital speaks for (see
    :func:`speaking_capital`), unless the sentence tells of a strike."""
    capital = None if any(_word_class(w) == "strike" for w in sw) else speaking_capital(sent, mentions)
    return [capital] if capital is not None else []


def _visit(sw: list[Word], noun: Word) -> Word | None:
    """The visit verb nearest before the facility noun, with no other verb between ("посетил в среду танковый
    завод", "побывал на заводе"; not "посетил Минск, рассказав о заводе"), unless negated ("не смогли
    посетить")."""
    i = sw.index(noun)
    verb = next((k for k in range(i - 1, max(-1, i - 6), -1)
                 if any(has(sw[k].tag, pos) for pos in ("VERB", "INFN", "GRND"))), None)
    if verb is None or sw[verb].lemma not in _VISITS or any(w.lemma in lex.NEGATION for w in sw[max(0, verb - 2):verb]):
        return None
    return sw[verb]


_THAT = frozenset("что чтобы що щоб".split())
# Who acts for a state: "Лидер Ирана", "Уряд Казахстану" build as the state does.
_GOVERNS = frozenset("""лидер лідер глава голова президент правительство уряд власть влада руководство
керівництво""".split())


def _state_of_country(sw: list[Word], country: Word) -> bool:
    """Whether the country's name follows the head of its government, in the nominative."""
    k = sw.index(country)
    return k > 0 and sw[k - 1].lemma in _GOVERNS and has(sw[k - 1].tag, "nomn")


def _production_planned(sw: list[Word], noun: Word) -> bool:
    """Whether the production is planned, as the English reader reads it: "Северная Корея планирует начать
    производство дронов" (a nation's output as it is, "Россия нарастила производство", is no plant)."""
    return any(_word_class(w) in ("plan", "propose") for w in sw[:sw.index(noun)])


def _built(sw: list[Word], noun: Word) -> bool:
    """Whether an event noun of building governs the facility noun in the genitive ("планы строительства трех
    новых мощностей"): capacity built is a plant, not a nation's output ("строительство кораблей и производство")."""
    k = sw.index(noun)
    return has(noun.tag, "gent") and any(lex.EVENT_NOUNS.get(w.lemma) == "build" for w in sw[max(0, k - 4):k])


_SUPPLYING = frozenset("""поставить поставлять постачати поставити передать передавать передати передавати
отгрузить отгружать відвантажити""".split())


def _supplies(w: Word) -> bool:
    """Whether the verb is one of delivering ("Иран поставил оборудование для завода"): who delivers is elsewhere."""
    return any(p.normal_form in _SUPPLYING for p in w.parses[:2])


_SOIL = frozenset("территория територія земля почва ґрунт".split())


def _on_states_soil(sw: list[Word], mentions: list[Mention]) -> list[Mention]:
    """"Виробництво на данській території", "на российской земле": the country the adjective names (as the
    article names it)."""
    for k, w in enumerate(sw[2:], start=2):
        if w.lemma in _SOIL and sw[k - 2].text.lower() in ("на", "в", "у") and (iso := state_of(sw[k - 1])):
            return [m for m in mentions if m.place.level == "country" and m.role == "location"
                    and m.place.country_code == iso][:1]
    return []


def _state_adjective_country(sw: list[Word], mentions: list[Mention], noun: Word) -> list[Mention]:
    """"На одному білоруському підприємстві виробляють снаряди": the plant's state adjective, a word or two
    before it, puts it in that country (as the article names it). A state's plants ("по російських
    підприємствах, які виготовляють ракети") are gestured at, unless one of them is picked out."""
    k = sw.index(noun)
    iso, adjective = next(((code, w) for w in sw[max(0, k - 2):k] if (code := state_of(w))), (None, None))
    gestured = any(has(w.tag, "plur") for w in (adjective, noun)) if adjective else False
    if iso is None or gestured and not any(w.lemma == "один" for w in sw[max(0, k - 4):k]):
        return []
    return [m for m in mentions if m.place.level == "country" and m.role == "location"
            and m.place.country_code == iso][:1]


def _refuted(sw: list[Word]) -> bool:
    """Whether the sentence denies reports ("опроверг сообщения", "спростував інформацію")."""
    return any(w.lemma in _DENY for w in sw) and any(w.lemma in _REPORTS for w in sw)


_DENY = frozenset("опровергнуть опровергать спростувати спростовувати отрицать заперечити заперечувати".split())
_REPORTS = frozenset("""сообщение информация данные слух заявление повідомлення інформація дані чутка заява
вброс вкид фейк""".split())


def _operators(text: str, sw: list[Word]) -> list[str]:
    """States whose companies the sentence names: "української оборонної компанії Fire Point", "концерн
    Rheinmetall" (a defence company in Latin letters). An empty list leaves the host state."""
    states = [iso for i, w in enumerate(sw)
              if (iso := state_of(w)) and any(x.lemma in lex.COMPANY_NOUNS for x in sw[i + 1:i + 3])]
    return list(dict.fromkeys(states + [iso for _, iso in named(companies(), text)]))


def _ours(name: str, publisher: str | None) -> str | None:
    """"по данным наших источников", "за даними наших джерел": the publisher's own sources."""
    return f"{publisher} (own sources)" if publisher and name.split()[0].lower() in _OUR else None


_OUR = frozenset("наш наша наше наши наших нашего нашей нашим нашими наші нашої нашому".split())


def _told_before(claims: list[Claim], where, products: list[str], sw: list[Word]) -> Claim | None:
    """An earlier claim of the article about plants making the same things in a region or country holding
    ``where``: a later sentence that only locates them keeps the status it gave. A plant that was somewhere
    ("завод располагался в X") is not one still to be built."""
    past = any(has(w.tag, "past") for w in sw)
    return next((c for c in reversed(claims) if c.status != "unknown" and contains(c.place, where)
                 and not (past and c.status in _TO_COME)
                 and (not products or not c.products or set(products) & set(c.products))), None)


_TO_COME = ("proposed", "planned", "under construction")


def _attacked_paragraph(ws: list[Word], sents: list[Sentence], sent: Sentence) -> int:
    """Where the paragraph before starts, if it tells of a strike ("Взрывы прогремели ночью в Воткинске. ||
    Беспилотник попал в цех завода."), else where the sentence's own starts: the words before a sentence opening
    its paragraph that the town may be taken from."""
    before = [s for s in sents if s.paragraph == sent.paragraph - 1]
    told = before and any(_word_class(w) == "strike" or w.lemma in lex.DAMAGE for s in before
                          for w in _in_sentence(ws, s))
    return min(s.start for s in before) if told else sent.start


def _paragraph_start(sents: list[Sentence], sent: Sentence) -> int:
    return min(s.start for s in sents if s.paragraph == sent.paragraph)
