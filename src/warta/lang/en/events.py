"""Event triggers per ACLED type (see lang/id/events.py for the shape)."""

TRIGGERS = [
    {"type": "Explosions/Remote violence", "sub": "Suicide bomb",
     "terms": ["suicide bomber", "suicide bombing", "suicide attack", "blew himself up",
               "blew herself up", "suicide car bomb"]},
    {"type": "Explosions/Remote violence", "sub": "Air/drone strike",
     "terms": ["air strike", "airstrike", "air strikes", "airstrikes", "drone strike",
               "drone strikes", "drone attack", "drones", "drone", "warplanes", "fighter jets",
               "aerial bombardment", "air raid", "air raids", "helicopter gunship",
               "bombed from the air"]},
    {"type": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED",
     "terms": ["roadside bomb", "improvised explosive", "ied", "landmine", "land mine",
               "car bomb", "explosive device", "bomb exploded", "bomb blast"]},
    {"type": "Explosions/Remote violence", "sub": "Grenade",
     "terms": ["grenade", "grenades"]},
    {"type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack",
     "terms": ["shelling", "shelled", "artillery", "rocket", "rockets", "missile", "missiles",
               "mortar", "mortars", "shells", "bombardment", "bombarded", "shell"]},
    {"type": "Battles", "sub": "Government regains territory",
     "terms": ["retook", "recaptured", "regained control", "liberated", "retaken",
               "took back", "recapture", "drove out", "pushed out", "pushed back"]},
    {"type": "Battles", "sub": "Non-state actor overtakes territory",
     "terms": ["seized control", "seized the town", "overran", "took control", "captured the town",
               "fell to", "seized"]},
    {"type": "Strategic developments", "sub": "Non-violent transfer of territory",
     "terms": ["entered the town", "entered the city", "withdrew from", "handed over control",
               "took over the town without"]},
    {"type": "Strategic developments", "sub": "Headquarters or base established",
     "terms": ["set up a base", "established a base", "set up camp", "established a camp"]},
    {"type": "Battles", "sub": "Armed clash",
     "terms": ["clashes", "clash", "clashed", "fighting", "fought", "battle", "battles",
               "gunfight", "exchange of fire", "exchanged fire", "firefight", "ambush",
               "ambushed", "offensive", "advanced", "repelled", "attacked positions",
               "fired on the positions", "fired on", "opened fire",
               "attacked a military", "attacked an army", "stormed", "counteroffensive"],
     "requires_for": {"advanced": ["troops", "forces", "army", "fighters", "soldiers"]}},
    {"type": "Violence against civilians", "sub": "Abduction/forced disappearance",
     "terms": ["abducted", "kidnapped", "abduction", "kidnapping", "abducting", "kidnapping"]},
    {"type": "Violence against civilians", "sub": "Sexual violence",
     "terms": ["raped", "rape", "sexual violence", "sexual assault"]},
    {"type": "Violence against civilians", "sub": "Attack",
     "terms": ["massacre", "massacred", "executed", "killed civilians", "attacked villagers",
               "attacked civilians", "opened fire on civilians", "gunmen killed",
               "attacked a village", "raided a village"]},
    {"type": "Protests", "sub": "Excessive force against protesters",
     "terms": ["live ammunition", "fired on protesters", "opened fire on protesters",
               "shot protesters", "fired on demonstrators"]},
    {"type": "Riots", "sub": "Mob violence",
     "terms": ["mob", "lynched", "lynching", "vigilantes", "beat to death", "angry crowd"]},
    {"type": "Riots", "sub": "Violent demonstration",
     "terms": ["riot", "riots", "rioters", "rioting", "threw stones", "hurled rocks",
               "torched", "violent protest", "pelted"]},
    {"type": "Protests", "sub": "Protest with intervention",
     "terms": ["tear gas", "dispersed", "water cannon", "rubber bullets", "broke up"]},
    {"type": "Protests", "sub": "Peaceful protest",
     "terms": ["protest", "protests", "protesters", "protested", "demonstration",
               "demonstrations", "demonstrators", "rally", "rallied", "marched", "sit-in"]},
    {"type": "Strategic developments", "sub": "Arrests",
     "terms": ["arrested", "detained", "detains", "arrests", "taken into custody", "rounded up"]},
    {"type": "Strategic developments", "sub": "Looting/property destruction",
     "terms": ["looted", "looting", "burned", "set fire", "set on fire", "destroyed homes",
               "razed", "ransacked"]},
    {"type": "Strategic developments", "sub": "Change to group/activity",
     "terms": ["reinforcements", "deployed additional", "sent additional troops",
               "additional troops"]},
    {"type": "Strategic developments", "sub": "Agreement",
     "terms": ["agreement", "agreed", "signed", "ceasefire deal", "peace deal", "accord",
               "truce was agreed", "deal"]},
    {"type": "Strategic developments", "sub": "Other",
     "terms": ["talks", "negotiations", "met", "meeting", "mediate", "mediation", "summit",
               "hosted", "visit"]},
]

NON_EVENT_CUES = [
    "to", "end", "ended", "began", "want", "wants", "seek", "not", "no", "never", "without",
    "failed", "will", "would", "plans to", "threatened", "threatens", "if", "called for",
    "urged", "vowed", "calls for", "ready to", "could", "to end", "to stop",
]

GENERIC_ATTACK_TERMS = ["attacked", "attack", "attacks", "targeted", "targeting", "struck",
                        "hit", "came under fire"]
SETTLEMENT_WORDS = ["town", "towns", "city", "cities", "village", "villages", "settlement",
                    "settlements", "district", "districts", "area", "areas", "neighbourhood",
                    "neighborhood", "residential"]
FORCE_WORDS = ["post", "posts", "position", "positions", "base", "bases", "troops", "forces",
               "checkpoint", "barracks", "convoy"]

# A sentence holds one event per clause; these start a new clause ("..., tetapi ...").
CLAUSE_BREAKS = [", but", "; ", ", while", ", whereas"]

# A trigger noun after these words refers back to an event already reported ("killed in the
# fighting", "during Saturday's clash", "the attack"): the clause is another account of that
# event, not a new one. (A first mention has nothing earlier to refer to and stays an event.)
ANAPHORA_BEFORE = ["the", "that", "this", "those", "these", "the same", "the latest", "the day's"]
ANAPHORA_AFTER: list[str] = []

# A trigger right after these only dates another clause ("a day before the clash"): it is not
# the clause's event.
TIME_ANCHORS = ["before", "before the", "ahead of", "ahead of the", "prior to", "prior to the",
                "in the run-up to", "in the run-up to the"]

# Endings a trigger may carry and still be the trigger ("pesawat nirawaknya").
WORD_SUFFIXES: list[str] = []
