"""CAMEO coding conventions the rules apply: which roots need a target, which
acts are reciprocal, how violence splits by actor, what a domestic measure aims at.
"""

from __future__ import annotations

from dyad.model import Actor

UNDIRECTED_ROOTS = {"14"}
# Roots of talk and of measures (statements, appeals, intents, consultation, cooperation, investigation,
# demands, disapproval, rejection, threats, sanctions): a place named inside their object is their topic.
TALK_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13", "16"})
# Material acts done in a foreign country with no one else named are aimed at it (not words, not intents).
PLACE_TARGET_ROOTS = {"04", "05", "06", "07", "08", "09", "15", "16", "17", "18", "19", "20"}
# ... but a place in their phrases is where parties meet, agree or work together, not at whom
# (``talks in Washington``, ``a joint exercise off Luzon``).
MEETING_ROOTS = {"04", "05", "06"}
# Acts that, with no one else named, are aimed at home: yielding, demands, criticism, rejection, protest,
# threats, force, coercion and violence, and intents to reform or yield; not talk, praise or plans.
HOME_ROOTS = ("034", "035", "08", "10", "11", "12", "13", "14", "15", "17", "18", "19", "20")
# A state's words with no one named are mostly aimed abroad (``Beijing rejects the ruling``): only its
# deeds, and words whose matter is domestic (threatening a curfew or repression, refusing reform or
# to yield, demanding reform), are aimed at home; a ceasefire or retreat (087) is aimed at an enemy.
STATE_HOME_ROOTS = (
    "034", "035", "080", "081", "082", "083", "084", "085", "086", "104", "123", "124", "128", "132", "137",
    "15", "17", "18", "19", "20",
)  # fmt: skip
# Firms, markets and the press act at home in business, not politics.
PRIVATE_SECTORS = {"BUS", "MED"}
# Measures a government takes at home with no one named: curfews, emergencies, easing them, alerts, resigning.
DOMESTIC_CODES = ("081", "0831", "172", "15")
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
ASKING_ROOTS = {"02", "10"}
FORCE_ROOT = "15"
COERCE_ROOT = "17"
# Before protests, ``at`` names where (``signed at the White House``), not at whom.
PROTEST_ROOT = "14"
JOINT_WORDS = {"joint", "combined", "bilateral", "trilateral"}
JOINT_CODE = "062"
# Appeals, and what an appeal to the parties of a conflict asks for when it names no one.
APPEAL_ROOT = "02"
CALMING_WORDS = {
    "restraint", "calm", "dialogue", "de-escalation", "ceasefire", "truce", "talks", "negotiation", "peace",
    "moderation", "compromise",
}
# Measures whose length a duration tells (``suspended Mali for a year``, ``banned for five years``).
MEASURE_ROOTS = {"16", "17"}
# Verbs of force that tell what sanctions hit, and the words that make them so.
SANCTION_VERBS = {"target", "hit", "strike"}
SANCTION_WORDS = {"sanction", "embargo", "measure", "package", "tariff", "blacklist", "restriction", "ban"}
SANCTION_CODE = "163"
# Verbs of force that news also uses of words (``attacked the plan``, ``fired back at critics``), what
# such words are aimed at, and who speaks rather than fights.
VERBAL_FORCE_VERBS = {"attack", "fire", "hit", "strike", "blast", "target", "bash", "savage", "assail"}
CRITICISED_THINGS = {
    "policy", "handling", "decision", "plan", "proposal", "remark", "comment", "statement", "record",
    "stance", "approach", "bill", "law", "budget", "reform", "speech", "rhetoric", "leadership",
    "management", "response", "idea", "claim", "criticism", "critic", "migration", "immigration",
}
SPEAKER_NOUNS = {
    "minister", "president", "premier", "chancellor", "leader", "spokesman", "spokeswoman", "spokesperson",
    "lawmaker", "senator", "candidate", "politician", "commentator", "critic", "mayor", "governor",
}
CRITICISM_CODE = "111"
REFUSAL_ROOT = "12"
# A cooperative act that a party says it will not do is a refusal (CAMEO 12): the act's code -> the refusal's.
REFUSALS = {
    "03": "120", "04": "125", "05": "120", "06": "121", "061": "1211", "062": "1212", "063": "1213",
    "064": "1214", "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224", "08": "124",
    "081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}  # fmt: skip
REFUSING_MODALS = {"will", "would", "wo", "shall"}
REFUSING_VERBS = {"refuse", "decline"}
# ``promised that Mexico would cooperate``: the promised act is in a future clause.
FUTURE_MODALS = {"will", "would", "shall"}
# Statements and disapproval can be about a place's situation (``concerned about the crisis in Venezuela``).
STATEMENT_ROOTS = {"01", "11"}
UNCONVENTIONAL_SECTORS = {"REB", "INS", "SPY", "CRM", "CVL", "OPP", "UAF", "RAD", "PTY"}
KILLING = {"kill", "massacre", "slaughter", "execute", "murder"}
MASS_WORDS = {"hundreds", "thousands", "tens", "millions"}
MASS_COUNT = 100
PROTESTERS = {
    "protesters",
    "protestors",
    "demonstrators",
    "rioters",
    "mob",
    "mobs",
    "crowd",
    "crowds",
    "supporters",
    "looters",
    "youths",
}
THREAT_ROOT = "13"
THREAT_MARKS = {"if", "unless"}
THREAT_MODALS = {"will", "shall", "'ll"}
# Moving into a place is an incursion only for armed forces (``troops crossed into Syria``, not migrants).
MOTION_LEMMAS = {"cross", "roll", "push", "advance", "pour", "move", "enter", "march", "sweep", "clear"}
# ... and leaving a place is a retreat (0874) only for them (``residents abandoned their villages``).
LEAVING_LEMMAS = {"abandon", "leave", "withdraw", "evacuate", "vacate"}
ARMED_SECTORS = {"MIL", "REB", "INS", "UAF", "SPY"}
# A state's armed forces and police: sent or put on alert, they show their own state's force.
FORCES = {"MIL", "COP"}
# Acts only a state's authorities do (investigate, arrest, try, deport): in the passive with no one
# named, the authorities of the place did them.
STATE_ACT_ROOTS = {"09", "17"}
# ... of which arrests, charges and investigations are theirs even where no place is named.
LEGAL_CODES = ("09", "173")
# Military equipment named without an owner is the means of an act, not whom it is aimed at
# (``exchanged artillery fire``, ``battled with tanks``).
EQUIPMENT = {
    "tank", "tanks", "artillery", "fire", "aircraft", "warplane", "warplanes", "jet", "jets", "drone",
    "drones", "helicopter", "helicopters", "gunship", "gunships", "bomber", "bombers", "warship",
    "warships", "gunboat", "gunboats",
}  # fmt: skip
# Verbs that only start, carry on or announce the act their object names (``began a hunger strike``,
# ``carried out a campaign of ethnic cleansing``, ``claimed responsibility for the bombing``).
LIGHT_VERBS = {
    "begin", "start", "launch", "stage", "hold", "conduct", "carry", "continue", "resume", "mount",
    "wage", "step", "intensify", "escalate", "announce", "claim", "undertake", "pursue", "order",
}  # fmt: skip
# Ordering one's own forces to act is acting (``Russia ordered its troops to withdraw``).
COMMANDING = {"order", "instruct", "direct", "command"}
OWN_WORDS = {"its", "their", "his", "her"}
# A decision or a vote to act is the act (``the cabinet decided to expel the ambassador``).
DECIDING = {"decide", "vote"}
LIGHT_NOUN_PREPS = {"of", "for"}
# Participles that after ``be`` tell the subject's own stance or act, not what was done to it
# (``Israel is opposed to French mediation``, ``forces were engaged in ethnic cleansing``).
STATIVE_PARTICIPLES = {
    "opposed", "committed", "engaged", "determined", "prepared", "involved", "resolved", "allied",
    "aligned", "concerned", "worried", "alarmed", "disappointed", "pleased", "encouraged", "dismayed",
    "outraged", "angered", "satisfied", "interested", "dedicated", "poised", "inclined",
}  # fmt: skip
VIOLENCE_ROOT = "18"
# The object word a verb pattern writes for any named place (``captured Kidal``, ``seized Crimea``).
PLACE_OBJECT = "@place"
# The object word for any named person (``received Hakan Fidan``, ``welcomed President Ruto``).
PERSON_OBJECT = "@person"
RETREAT_CODE = "0874"
# Verbs that tell a crowd's protest only with a protest cue in the sentence (``gathered ..., calling
# on the president to step down``), and words that are such cues: a crowd gathers for many reasons.
CROWD_VERBS = {"gather", "assemble", "camp", "converge", "fill", "throng", "flood", "pour"}
PROTEST_CUES = {
    "demand", "call", "chant", "protest", "demonstrate", "denounce", "oppose", "against", "slogan",
    "placard", "banner", "urge", "condemn", "decry", "shout",
}  # fmt: skip
# Words in a source's phrase that make its violence a riot (145).
RIOTING_WORDS = {"protesting", "demonstrating", "rioting", "stone-throwing"}
# Verbs and nouns of fighting: between armed sides, a battle (19x) whoever fights.
# Nouns of a fight between two sides (``a clash with Chinese troops``).
CLASH_NOUNS = {
    "clash", "fighting", "battle", "skirmish", "gunfight", "firefight", "gunbattle", "confrontation",
}
FIGHTING = {
    "fight", "battle", "clash", "fighting", "skirmish", "engage", "gunfight", "firefight", "attack", "ambush",
    "raid", "assault", "storm", "overrun",
}
# Fighting codes that name the means or the aim, whoever fights: occupying territory,
# artillery, aerial weapons, breaking a ceasefire.
MEANS_CODES = {"192", "194", "195", "196"}
# Destroying or seizing property: done by protesters, a riot (145).
PROPERTY_CODES = ("171",)
# Weapons and attacks that, named as what killed or wounded, stand for unidentified attackers
# (``a roadside bomb killed two soldiers``); an explosion alone may be an accident.
WEAPON_WORDS = {
    "bomb", "bombing", "bomber", "explosive", "mine", "minefield", "landmine", "grenade", "rocket",
    "missile", "mortar", "shell", "shelling", "ied", "ambush", "gunfire", "sniper", "attack", "airstrike",
    "strike", "raid", "drone", "bombardment", "barrage", "artillery", "projectile",
}
# Verbs that tell a weapon's impact when the weapon is their subject (``a car bomb tore through a
# market``, ``shells slammed into a school``, ``a bomb went off``).
IMPACT_VERBS = {
    "explode", "detonate", "go", "blow", "tear", "rip", "slam", "crash", "land", "hit", "strike", "fall",
    "rain", "pound", "kill", "wound", "injure", "destroy", "damage", "target", "smash", "plough", "plow",
}  # fmt: skip
# The purposes that make forces sent a rescue, not a show of force: ``troops were deployed to help
# rescue stranded villagers``.
RELIEF_WORDS = {"help", "rescue", "assist", "evacuate", "aid", "distribute", "search", "rebuild", "clear"}
# Participles that tell whom an impact harmed: ``..., killing at least 60 people``.
HARMING = {"kill", "wound", "injure", "maim", "hurt"}
# Weapons by the CAMEO code of their use: non-military bombs (183), artillery (194), aerial weapons (195).
WEAPON_CODES = (
    ("183", {"bomb", "explosive", "ied", "device", "grenade", "mine", "landmine", "bomber"}),
    ("194", {"shell", "shelling", "mortar", "artillery", "barrage"}),
    ("195", {"rocket", "missile", "drone", "airstrike", "projectile", "bombardment", "air"}),
)


def weapon_code(words: set[str]) -> str:
    """The CAMEO code of an attack by the words naming its weapon (190 when none tells)."""
    return next((code for code, weapons in WEAPON_CODES if words & weapons), "190")


# Parties that exchange something act on each other, whatever they exchange.
EXCHANGING = {"exchange", "swap", "trade"}
# Releasing people: by two sides at once, a release to each other.
RELEASE_CODE = "0841"
RECIPROCAL_ROOTS = {"03", "04", "05", "06", "08", "19"}


# Verbs whose complement is only asked for, refused or hoped, not done.
# fmt: off
NONFACTUAL = {
    "demand", "urge", "ask", "call", "appeal", "want", "wish", "request", "propose", "suggest", "press",
    "refuse", "decline", "reject", "fail", "threaten", "warn", "order", "hope", "intend", "consider",
    "struggle",
}
# What someone is accused, praised or punished for is not told as a fact.
ALLEGING = {
    "accuse", "blame", "criticize", "criticise", "condemn", "charge", "suspect", "convict", "denounce",
    "fault", "rebuke", "praise", "thank", "congratulate", "commend", "arrest", "detain", "punish",
    "jail", "sentence", "indict", "fine", "prosecute", "sue", "try", "imprison", "execute", "sanction",
}
# fmt: on
# Warnings of a danger no actor brings are not threats.
WARNING_VERBS = {"warn", "caution"}

# Heads under which an event noun is the past a clause answers, not news: ``in response to the
# invasion``, ``since the war``, ``anniversary of the massacre``, ``a year of fighting``.
# Clauses whose subject is what did a passive's harm: ``were killed when a bomb exploded``.
MEANS_MARKS = {"when", "as", "after"}
# Attacks that, with no owner and no one hit, may be sport or talk (``led the attack``): they stand for
# unidentified attackers only when they strike someone.
GENERIC_ATTACKS = {"attack", "ambush", "assault", "offensive", "raid", "strike"}
# Inquiries into an act tell of it as alleged: ``opened an inquiry into the killing of protesters``.
INQUIRING = {"inquiry", "investigation", "probe", "investigate", "trial", "case"}
# Words over an event noun that ask for or tell its end, not the act: ``an end to the fighting``.
ENDING = {"end", "halt", "stop", "cessation", "ceasefire", "truce"}
# Event nouns whose possessive is the victim: ``Soleimani's killing``, ``Navalny's arrest``.
VICTIM_NOUNS = {
    "killing", "death", "murder", "assassination", "arrest", "detention", "abduction", "kidnapping",
    "release", "capture", "execution", "torture", "jailing", "imprisonment", "deportation", "expulsion",
}  # fmt: skip
# Intransitive verbs of force that only a weapon does: ``a bomb exploded``, not ``Trump exploded``.
DETONATING = {"explode", "go", "blow"}
# Objects that make a verb of force figurative: ``captured a share of the market``.
ABSTRACT_OBJECTS = {
    "share", "opportunity", "imagination", "attention", "title", "lead", "initiative", "headline",
    "heart", "moment", "momentum", "spotlight", "mood", "essence", "chance", "vote", "seat", "crown",
    "medal", "trophy", "championship", "victory", "win", "record", "gold", "silver", "bronze", "batting",
    "bowling", "innings", "lineup", "midfield", "goalkeeper", "dream", "hope", "reputation", "career",
    "argument",
}  # fmt: skip
# People the news does not name: doing violence, they are unidentified attackers.
PERSON_NOUNS = {"man", "men", "teenager", "suspect", "individual", "stranger"}
# Verbs of leaving: an envoy ordered to leave is expelled.
LEAVING = {"leave", "quit", "depart", "exit"}
# Nouns of places that can fall to a force: ``the town fell to the rebels``.
PLACE_NOUNS = {"town", "city", "village", "capital", "district", "province", "region", "base", "port"}
OCCUPY_CODE = "192"
# Verbs that take responsibility for an act: the act is the claimant's.
CLAIMING = {"claim", "accept", "admit"}
# Demonstrating and protesting in the streets, which a state does as an official complaint.
STREET_PROTEST_CODES = ("140", "141")
OFFICIAL_COMPLAINT = "114"
# Reactions to an act (praise or welcome, criticism or condemnation, rejection) that a definite event
# noun points back to (``condemned the attack``): aimed at whoever did it.
REACTION_ROOTS = {"05", "11", "12"}
DEFINITE = {"the", "this", "these", "that", "those"}
# Verbs that tell a trend of a kind of act, not an act: ``attacks have increased``.
TREND_VERBS = {"increase", "rise", "fall", "decline", "grow", "surge", "double", "drop", "soar", "decrease"}
BACKGROUND_WORDS = {
    "response", "since", "anniversary", "retaliation", "revenge", "memory", "memorial", "year", "month",
    "week", "decade", "day", "hour", "history", "legacy", "aftermath", "wake", "after", "before",
}  # fmt: skip


def default_intent(act_code: str | None) -> str:
    """An intent code when the table has none: to meet 036, to cooperate 030, to harm 130."""
    if act_code and act_code[:2] == "04":
        return "036"
    return "130" if act_code and act_code[:2] >= "10" else "030"


def refusal_code(code: str) -> str | None:
    """The refusal of a cooperative act (``will not release`` -> 1243), None for other acts."""
    return REFUSALS.get(code[:3]) or REFUSALS.get(code[:2])


def equipment(actor: Actor) -> bool:
    """A role-only actor that is military equipment (``artillery fire``), not a group of people."""
    return not actor.code and actor.text.lower().split()[-1:] in ([w] for w in EQUIPMENT)


def unarmed_incursion(lemma: str, code: str, sources: list[Actor]) -> bool:
    """A move into or out of a place coded as force or retreat whose movers are not armed forces."""
    moving = lemma in MOTION_LEMMAS and code[:2] >= VIOLENCE_ROOT
    moving = moving or (lemma in LEAVING_LEMMAS and code.startswith(RETREAT_CODE))
    return moving and not any(s.sector in ARMED_SECTORS or (s.code and s.code == s.country) for s in sources)


# Bodies that act in politics even when no country is known for them (``police``, ``gunmen``,
# ``protesters``); between other roles of no known country (``doctors urged people``) only protest
# and force are political events.
POLITICAL_SECTORS = STATE_SECTORS | {"REB", "INS", "UAF", "OPP", "PTY", "RAD", "CRM", "ELI"}


def political_without_country(source: Actor, target: Actor | None, code: str) -> bool:
    """Whether an event whose actors have no known country is still a political event."""
    sides = [source] if target is None else [source, target]
    if any(side.country or not side.sector for side in sides):
        return True
    return code[:2] >= PROTEST_ROOT or any(side.sector in POLITICAL_SECTORS for side in sides)


def other_side(source: Actor, target: Actor) -> bool:
    """Whether a target is someone other than the source: not its own code or country, except a role
    that took the source's country (``Ruto criticised local officials``: a domestic event, both sides
    Kenya's government)."""
    if target.code not in (source.code, source.country):
        return True
    own_role = target.country_from in ("place", "article") and target.sector is not None
    # A capitalised word names what the role belongs to (``European leaders``), not the source's own.
    named = any(word[:1].isupper() for word in target.text.removeprefix("The ").split())
    distinct = target.text.lower() != source.text.lower()
    return own_role and not named and distinct and source.country_from == "named"


def reporter(actor: Actor) -> bool:
    """The press telling the news (``..., an AFP journalist said``): never the source of what it tells."""
    return actor.sector == "MED" and not actor.code


def citizens_against_own_country(sources: list[Actor], target: Actor) -> bool:
    """``Londoners marched against Britain's policy``: people act towards their own government."""
    return target.code == target.country and any(
        s.country == target.country and s.sector and s.sector not in STATE_SECTORS for s in sources
    )


def people_of(actor: Actor) -> Actor:
    """The civilians of an actor's country."""
    return Actor(actor.text, f"{actor.country}CVL", actor.country, "CVL", country_from=actor.country_from)


def own_government(actor: Actor) -> Actor:
    """The government of an actor's country."""
    return Actor(actor.text, f"{actor.country}GOV", actor.country, "GOV", country_from=actor.country_from)


def number_at_least(text: str, floor: int) -> bool:
    """Whether a number written in digits is at least ``floor``."""
    digits = text.replace(",", "")
    return digits.isdigit() and int(digits) >= floor


def battle(fighting: bool, target: Actor | None) -> bool:
    """A fight (``fought troops``, ``clashed with the army``) against armed forces or groups."""
    return fighting and target is not None and target.sector in ARMED_SECTORS | FORCES


# People who do not fight: force a state's forces use on them is not a battle.
UNARMED_SECTORS = {"CVL", "OPP", "EDU", "LAB", "REF", "AGR", "HLH", "MED", "REL", "BUS"}


def violence_code(
    code: str, source: Actor, mass: bool, battle: bool = False, target: Actor | None = None
) -> str:
    """CAMEO's split of violence by actor: armed groups, agents and mobs use unconventional
    violence (18), not conventional military force (19), unless they battle armed forces or groups
    or the code names the means or aim (``MEANS_CODES``); protesters who use force or destroy
    property riot (145); killing by the hundreds is mass violence (202); a state's forces blocking a
    road restrict movement (191); its forces firing on protesters repress them (175), on other people
    who do not fight use unconventional violence (180)."""
    if mass:
        return "202"
    rioting = code[:2] in ("18", "19") or code.startswith(PROPERTY_CODES)
    if rioting and (PROTESTERS | RIOTING_WORDS) & set(source.text.lower().split()):
        return "145"
    if code.startswith("144") and source.sector in STATE_SECTORS:
        return "191"  # police blocking roads restrict movement; they do not protest
    conventional = battle or code in MEANS_CODES
    if code[:2] == "19" and source.sector in UNCONVENTIONAL_SECTORS and not conventional:
        return "180"
    # A state's forces at home firing on people who do not fight; in a war, force on the enemy's
    # people stays military force.
    at_home = target is not None and source.country is not None and target.country == source.country
    unarmed = at_home and target is not None and target.sector in UNARMED_SECTORS
    if code[:2] == "19" and source.sector in FORCES and unarmed and code not in MEANS_CODES:
        return "175" if target is not None and target.sector == "OPP" else "180"
    return code
