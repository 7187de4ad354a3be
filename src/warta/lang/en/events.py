"""Event triggers per ACLED type (see lang/id/events.py for the shape)."""

TRIGGERS = [
    {"type": "Explosions/Remote violence", "sub": "Suicide bomb",
     "terms": ["suicide bomber", "suicide bombers", "suicide bombing", "suicide attack",
               "blew himself up", "blew herself up", "blew themselves up", "suicide car bomb",
               "suicide vest", "explosive vest", "suicide bombings"]},
    {"type": "Explosions/Remote violence", "sub": "Chemical weapon",
     "terms": ["chemical weapon", "chemical weapons", "chemical attack", "chlorine gas",
               "nerve agent", "sarin"]},
    {"type": "Explosions/Remote violence", "sub": "Air/drone strike",
     "terms": ["air strike", "airstrike", "air strikes", "airstrikes", "air-strike",
               "air-strikes", "drone strike", "drone strikes", "drone attack", "drone attacks",
               "drones", "drone", "warplanes", "warplane", "fighter jets", "fighter jet",
               "aerial bombardment", "air raid", "air raids", "helicopter gunship",
               "helicopter gunships", "gunships", "bombed from the air", "aircraft bombed",
               "aerial attack", "aerial attacks", "air force", "airforce", "jets", "bomb dropped",
               "bombs dropped", "dropped a bomb", "dropped bombs", "dropped bombs on"]},
    {"type": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED",
     "terms": ["roadside bomb", "roadside bombs", "improvised explosive", "ied", "ieds",
               "vbied", "landmine", "landmines", "land mine", "land mines", "car bomb",
               "car bombs", "explosive device", "explosive devices", "bomb exploded",
               "bomb blast", "bomb went off", "magnetic bomb", "sticky bomb", "bomb", "bombs",
               "booby trap", "booby-trapped", "mine exploded", "mine explosion",
               "planted explosives", "explosion", "exploded", "blast"]},
    {"type": "Battles", "sub": "Government regains territory",
     "terms": ["retook", "recaptured", "regained control", "liberated", "retaken",
               "took back", "recapture", "drove out", "pushed out", "pushed back",
               "regained", "reclaimed", "re-captured", "re-took", "re-taken"]},
    {"type": "Battles", "sub": "Non-state actor overtakes territory",
     "terms": ["seized control", "seized the town", "overran", "took control", "captured the town",
               "fell to", "seized", "took over", "taken control", "take control", "taking control",
               "seizing control"],
     "requires_for": {"seized": ["town", "city", "village", "area", "base", "district", "control",
                                 "territory", "position", "positions", "post", "hill"],
                      "took over": ["town", "city", "village", "area", "base", "district",
                                    "territory", "position", "positions"]}},
    {"type": "Battles", "sub": "Armed clash",
     # fire exchanged, and small arms: a battle whatever heavier weapons it also saw
     "terms": ["small arms", "small-arms", "exchanged fire", "exchange of fire",
               "exchanges of fire", "exchanged gunfire", "exchange of gunfire", "firefight",
               "fire fight", "gunfight", "gun battle", "gunbattle", "shoot-out", "shootout",
               "firefights", "fire fights", "gunfights", "gun battles", "gunbattles",
               "shoot-outs", "shootouts",
               "traded fire", "returned fire", "fired back", "shot back", "clashes", "clash",
               "clashed", "exchanged"],
     # (a clash is a battle whatever heavier weapons it saw: "clashes ... amid shelling")
     "unarmed": ["Riots", "Mob violence"],
     "civilian_victims": ["Violence against civilians", "Attack"],
     # a fight between two sides: civilians killed in it died in a battle's crossfire
     "reciprocal": ["clashes", "clash", "clashed", "exchanged", "exchanged fire",
                    "exchange of fire", "exchanges of fire", "exchanged gunfire",
                    "exchange of gunfire", "firefight", "fire fight", "gunfight", "gun battle",
                    "gunbattle", "shoot-out", "shootout", "traded fire", "returned fire",
                    "fired back", "shot back", "firefights", "fire fights", "gunfights",
                    "gun battles", "gunbattles", "shoot-outs", "shootouts"]},
    {"type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack",
     "terms": ["grenade launcher", "grenade launchers", "rocket-propelled grenade",
               "rocket-propelled grenades", "rpg", "rpgs", "anti-tank", "atgm"]},
    {"type": "Explosions/Remote violence", "sub": "Grenade",
     "terms": ["grenade", "grenades", "hand grenade", "hand grenades"]},
    {"type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack",
     "terms": ["shelling", "shelled", "artillery", "rocket", "rockets", "missile", "missiles",
               "mortar", "mortars", "shells", "bombardment", "bombarded", "shell",
               "mortar rounds", "mortar shells", "projectiles", "projectile", "explosions",
               "heavy weapons", "heavy machine guns", "heavy machineguns", "heavy machine gun",
               "howitzer", "howitzers", "katyusha", "pounded", "shelled", "tank fire",
               "infantry fighting vehicles", "ifvs", "ifv", "rocket launchers"]},
    # shots and bursts of fire are a clash unless the clause names heavier weapons (above)
    {"type": "Battles", "sub": "Armed clash",
     "terms": ["shots", "bursts of fire"],
     "unarmed": ["Riots", "Mob violence"],
     "civilian_victims": ["Violence against civilians", "Attack"]},
    {"type": "Strategic developments", "sub": "Non-violent transfer of territory",
     "terms": ["entered the town", "entered the city", "withdrew from", "handed over control",
               "took over the town without", "withdrawal from", "handed over"]},
    {"type": "Strategic developments", "sub": "Headquarters or base established",
     "terms": ["set up a base", "established a base", "set up camp", "established a camp",
               "new base", "established a new base", "set up a new base",
               "established a military base", "set up a military base"]},
    {"type": "Battles", "sub": "Armed clash",
     "terms": ["clashes", "clash", "clashed", "fighting", "fought", "battle", "battles",
               "ambush", "ambushed", "offensive", "advanced", "repelled", "attacked positions",
               "fired on the positions", "fired on", "opened fire", "fired at", "fired upon",
               "attacked a military", "attacked an army", "stormed", "counteroffensive",
               "repulsed", "thwarted", "skirmish", "skirmishes", "engaged", "military operation",
               "operation against", "counter-attack", "counterattack", "fired with",
               "attacked the positions", "targeted the positions", "besieged", "sniper"],
     "requires_for": {"advanced": ["troops", "forces", "army", "fighters", "soldiers"],
                      "engaged": ["fire", "fight", "fighting", "militants", "forces", "troops",
                                  "rebels", "gunmen", "insurgents", "clash", "battle"],
                      "fired at": ["positions", "troops", "soldiers", "forces", "army", "police",
                                   "post", "checkpoint", "base", "patrol", "convoy", "militants"],
                      "fired on": ["positions", "troops", "soldiers", "forces", "army", "police",
                                   "post", "checkpoint", "base", "patrol", "convoy", "militants"],
                      "fired upon": ["positions", "troops", "soldiers", "forces", "army",
                                     "police", "post", "checkpoint", "base", "patrol",
                                     "convoy", "militants"],
                      "fired with": ["positions"], "opened fire": [
                          "troops", "soldiers", "forces", "army", "police", "post",
                          "checkpoint", "base", "patrol", "convoy", "militants", "gunmen"]},
     # a fight between groups none of which bears arms is mob violence; a raid that kills
     # only civilians is violence against them
     "unarmed": ["Riots", "Mob violence"],
     "civilian_victims": ["Violence against civilians", "Attack"],
     # (not for a fight between two sides: civilians killed in it died in its crossfire)
     "reciprocal": ["clashes", "clash", "clashed", "fighting", "fought", "battle", "battles",
                    "skirmish", "skirmishes", "engaged", "repelled", "repulsed", "thwarted",
                    "offensive", "counteroffensive", "counter-attack", "counterattack"]},
    {"type": "Violence against civilians", "sub": "Abduction/forced disappearance",
     "terms": ["abducted", "kidnapped", "abduction", "kidnapping", "abducting", "abducts",
               "kidnaps", "abductions", "kidnappings", "taken hostage", "held hostage",
               "forcibly disappeared", "enforced disappearance"]},
    {"type": "Violence against civilians", "sub": "Sexual violence",
     "terms": ["raped", "rape", "sexual violence", "sexual assault", "sexually assaulted",
               "gang-raped", "gang raped"]},
    {"type": "Protests", "sub": "Excessive force against protesters",
     "terms": ["live ammunition", "fired on protesters", "opened fire on protesters",
               "shot protesters", "fired on demonstrators", "killed protesters",
               "killed a protester", "shot dead a protester", "opened fire on demonstrators",
               "fired at protesters", "fired at demonstrators"]},
    {"type": "Riots", "sub": "Mob violence",
     "terms": ["mob", "mobs", "lynching", "vigilantes", "vigilante", "angry crowd",
               "angry residents", "angry villagers", "irate", "mob justice", "jungle justice",
               "beat to death", "stoned", "stoned to death", "lynch"]},
    {"type": "Violence against civilians", "sub": "Attack",
     "terms": ["massacre", "massacred", "executed", "killed civilians", "attacked villagers",
               "attacked civilians", "opened fire on civilians", "gunmen killed",
               "attacked a village", "raided a village", "shot dead", "shot and killed",
               "shot to death", "stabbed to death", "hacked to death", "beaten to death",
               "gunned down", "assassinated", "murdered", "found dead",
               "body was found", "bodies were found", "body of", "bodies of", "beheaded",
               "tortured", "beat up", "beaten up", "stabbed", "shot", "assaulted", "beat",
               "beaten", "flogged", "whipped", "killed a civilian",
               "hacked", "burned alive", "set ablaze a man", "macheted", "killing of",
               "attacked and killed", "attacked and injured", "attacked and wounded",
               "drive-by shooting", "drive-by shootings"],
     # ACLED: killing soldiers or police is a battle, not violence against civilians
     "armed_victims": ["Battles", "Armed clash"]},
    {"type": "Riots", "sub": "Violent demonstration",
     "terms": ["riot", "riots", "rioters", "rioting", "rioted", "threw stones", "hurled rocks",
               "violent protest", "violent protests", "pelted", "violent demonstration",
               "violent demonstrations", "threw rocks", "hurled stones", "burned tyres",
               "burned tires", "burnt tyres", "burnt tires", "burning tyres", "burning tires",
               "threw petrol bombs", "molotov"]},
    {"type": "Protests", "sub": "Protest with intervention",
     "terms": ["tear gas", "teargas", "dispersed", "water cannon", "water cannons",
               "rubber bullets", "broke up", "disperse", "pepper spray"]},
    {"type": "Protests", "sub": "Peaceful protest",
     "terms": ["protest", "protests", "protesters", "protested", "demonstration",
               "demonstrations", "demonstrators", "demonstrated", "rally", "rallied",
               "rallies", "marched", "sit-in", "sit-ins", "protesting", "protestors",
               "demonstrating", "went on strike", "on strike", "general strike", "labour strike",
               "labor strike", "picketed", "picket", "vigil", "a march", "protest march",
               "blocked", "blockaded",
               "pot-banging", "cacerolazo", "boycott", "hunger strike", "gathered in front",
               "gathered outside", "gathered at", "human chain", "human chains", "motorcade",
               "motorcades", "carcade"],
     # a convoy of cars is a protest when it demands or backs something (not "the
     # president's motorcade")
     "requires_for": {w: ["demand", "demanded", "demanding", "against", "in support of",
                          "protest", "calling for", "to call for"]
                      for w in ("motorcade", "motorcades", "carcade")},
     # a protest's purpose is the protest itself ("blocked the road to protest ...")
     "cues_ignored": ["to"]},
    {"type": "Strategic developments", "sub": "Arrests",
     "terms": ["arrested", "detained", "detains", "arrests", "taken into custody", "rounded up",
               "arrest", "arresting", "apprehended", "nabbed"]},
    {"type": "Strategic developments", "sub": "Looting/property destruction",
     "terms": ["looted", "looting", "burned", "set fire", "set on fire", "destroyed homes",
               "razed", "ransacked", "burnt", "set ablaze", "torched", "demolished", "destroyed",
               "damaged", "vandalised", "plundered", "stole", "looters", "robbed", "pillaged"]},
    {"type": "Strategic developments", "sub": "Disrupted weapons use",
     "terms": ["defused", "dismantled an ied", "intercepted", "shot down", "seized weapons",
               "weapons cache", "arms cache", "cache of weapons", "foiled", "bomb disposal"]},
    {"type": "Strategic developments", "sub": "Change to group/activity",
     "terms": ["reinforcements", "deployed additional", "sent additional troops",
               "additional troops", "curfew", "patrol", "patrols", "fortifications",
               "joined the", "defected", "deployed", "military build-up", "mobilised",
               "mobilized", "redeployed", "trained"],
     "requires_for": {"patrol": ["conducted", "joint", "carried out"],
                      "patrols": ["conducted", "joint", "carried out"],
                      "joined the": ["taliban", "militants", "rebels", "group", "army", "ranks"],
                      "trained": ["fighters", "recruits", "troops"]}},
    {"type": "Strategic developments", "sub": "Agreement",
     "terms": ["agreement", "agreed", "signed", "ceasefire deal", "peace deal", "accord",
               "truce was agreed", "deal", "released", "prisoner exchange", "swap"],
     "requires_for": {"released": ["prisoners", "detainees", "hostages", "captives",
                                   "exchange"]}},
    {"type": "Strategic developments", "sub": "Other",
     "terms": ["talks", "negotiations", "met", "meeting", "mediate", "mediation", "summit",
               "hosted", "visit"]},
]

# A peaceful protest that the report goes on to tell was broken up, or turned violent, is of
# that kind: the terms in the protest's sentence or the ESCALATION_REACH sentences after it.
# Tried in order (the protesters' own violence before the authorities' intervention).
PROTEST_ESCALATION = [
    {"type": "Protests", "sub": "Excessive force against protesters",
     "terms": ["live ammunition", "live rounds", "shot dead", "killed a protester",
               "killing a protester", "protesters were killed", "protester was killed",
               "demonstrators were killed", "protesters killed"]},
    {"type": "Riots", "sub": "Violent demonstration",
     "terms": ["threw stones", "threw rocks", "hurled stones", "hurled rocks", "pelted",
               "burned tyres", "burned tires", "burnt tyres", "burnt tires", "burning tyres",
               "burning tires", "torched", "set fire", "set ablaze", "vandalised", "vandalized",
               "looted", "ransacked", "clashed with police", "clashed with the police",
               "clashed with security forces", "attacked police", "injured police",
               "damaged", "destroyed", "violent", "rioters", "riot", "stormed", "smashed",
               "burned", "attacked", "assaulted", "molotov", "petrol bombs", "scuffled",
               "scuffle", "clashed", "stone pelting", "stone-pelting", "pelting stones",
               "burning objects", "burning barricades", "set them on fire", "set on fire",
               "barricaded", "storm the"]},
    {"type": "Protests", "sub": "Protest with intervention",
     "terms": ["tear gas", "teargas", "dispersed", "disperse", "water cannon",
               "rubber bullets", "arrested", "detained", "broke up", "pepper spray", "arrests",
               "were arrested", "intervened", "taken into custody", "forcibly removed",
               "evicted", "prevented"],
     # the authorities acting in the same sentence ("he was arrested in connection with
     # another case" tells why they protest, not what happened to the protest)
     "requires": ["police", "policemen", "officers", "security forces", "soldiers", "troops",
                  "gendarmes", "authorities", "army", "military", "guards", "riot police",
                  "agents", "forces"]},
]
ESCALATION_REACH = 2

# An attack that its target answered with fire is a fight between two armed sides (ACLED codes
# an exchange of fire as an armed clash, not as shelling, a grenade or an attack): these terms in
# the attack's sentence or the ESCALATION_REACH sentences after it.
RETURN_FIRE = ["returned fire", "returned the fire", "responded to the fire",
               "responded with fire", "responded with gunfire", "opened fire in response",
               "opened gunfire in response", "gunfire in response", "exchange of fire",
               "exchanged fire", "exchanged gunfire", "in both directions"]

# A fight with none of these on either side is mob violence (see "unarmed" above).
ARMED_WORDS = [
    "forces", "force", "troops", "army", "military", "soldiers", "soldier", "police",
    "policemen", "policeman", "militants", "militant", "militia", "militias", "militiamen",
    "rebels", "rebel", "insurgents", "gunmen", "fighters", "guerrillas", "jihadists",
    "soldiers", "armed", "taliban", "shabaab", "gang", "gangs", "cartel", "bandits",
    "raiders", "separatists", "terrorists", "regime", "officers", "personnel", "combatants",
    "battalion", "brigade", "division", "group of armed", "guards", "gendarmes",
    "gendarmerie", "paramilitary", "isis", "boko", "houthi", "houthis",
]
# Victims of these kinds make an "attack" a battle (see "armed_victims" above).
ARMED_VICTIMS = [
    "soldier", "soldiers", "policeman", "policemen", "police officer", "police officers",
    "officer", "officers", "troops", "militant", "militants", "fighter", "fighters",
    "lieutenant", "sergeant", "commander", "colonel", "captain", "major", "general",
    "security personnel", "gendarme", "gendarmes", "militiaman", "militiamen", "guard",
    "guards", "rebel", "rebels", "insurgents", "member of the", "members of the",
    "agent", "agents", "servicemen", "serviceman", "police", "army",
]

# Words that only say that violence happened: the kind is read from the clause's meaning
# (:mod:`warta.extract.eventkind`), among the violent kinds.
VAGUE_VIOLENCE = ["killed", "killing", "wounded", "injured", "injuring", "fired", "died",
                  "dead", "violence", "gunshots", "gunshot", "gunfire", "violent", "beating",
                  "attackers",
                  "assailants", "bodies", "body"]

# "to" before these is no intent: "claimed to have ambushed", "said to have been shelled"
# report a deed (its claimant is read as for any claim).
PAST_INFINITIVE = ["to have", "to have been"]

NON_EVENT_CUES = [
    "to", "end", "ended", "began", "want", "wants", "seek", "not", "no", "never", "without",
    "failed", "will", "would", "plans to", "threatened", "threatens", "if", "called for",
    "urged", "vowed", "calls for", "ready to", "could", "to end", "to stop",
]

# A weapon after these is given, sold, bought or relied on: a capability, not an attack
# ("supplied it with attack drones", "relies on rockets").
ARMS_SUPPLY = [
    "supplied", "supplies", "supplying", "sold", "sells", "selling", "bought", "buying",
    "relied on", "relies on", "relying on", "rely on",
    "deliveries of", "shipments of", "shipment of",
]
# ... or after these ("rocket systems supplied by Turkey").
ARMS_SUPPLIED = ["supplied by", "provided by", "sold by", "bought from", "purchased"]

# Talks right after these are where a statement was made ("speaking at a meeting with"), not
# an event of their own.
SPEECH_SETTING = ["speaking at", "speaking during", "speaking after", "told a", "speaking to"]

GENERIC_ATTACK_TERMS = ["attacked", "attack", "attacks", "targeted", "targeting", "struck",
                        "came under fire", "attacking", "assault", "assaults", "raided",
                        "raid", "raids", "ambushed"]
SETTLEMENT_WORDS = ["town", "towns", "city", "cities", "village", "villages", "settlement",
                    "settlements", "district", "districts", "area", "areas", "neighbourhood",
                    "neighborhood", "residential"]
FORCE_WORDS = ["post", "posts", "position", "positions", "base", "bases", "troops", "forces",
               "checkpoint", "barracks", "convoy", "check point", "checkpoints", "patrol",
               "soldiers", "army", "police station", "outpost", "military", "policemen",
               "police officers"]

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

# Who fights when nobody bears arms (see "unarmed" above).
CROWD_WORDS = ["groups", "group", "villagers", "residents", "supporters", "youths", "youth",
               "members", "farmers", "workers", "students", "people", "communities",
               "community", "families", "mob", "crowd", "neighbours", "neighbors", "traders",
               "drivers", "fans", "factions", "clans", "villages", "locals", "activists",
               "sellers", "vendors", "inmates", "prisoners", "supporters of", "inhabitants",
               "demonstrators", "protesters", "rioters", "crowds", "mobs", "labourers",
               "laborers", "protestors", "men and women", "locals"]

# Armed groups that raid on the ground: their attack on a village is violence against its
# people, not shelling.
RAIDERS = ["militants", "militant", "militia", "militias", "militiamen", "gunmen", "rebels",
           "insurgents", "bandits", "raiders", "jihadists", "herders", "armed men",
           "attackers", "assailants", "fighters", "gang", "gangs", "terrorists", "islamists",
           "unidentified armed", "unknown armed", "armed group", "armed groups"]

# The word that introduces the agent of a passive verb ("attacked by ...").
PASSIVE_AGENT = ["by"]

# Triggers never used figuratively: a clause with one tells violence, however the encoder reads
# its meaning ("2 coalition airstrikes reportedly targeted ...", "inmates rioted at the prison").
# (Sport, shows and illness are still told apart by NOT_VIOLENT_CONTEXT; not "shelled out",
# "a tortured compromise", "bricks and mortar".)
LITERAL_TRIGGERS = ["airstrike", "airstrikes", "air strike", "air strikes", "drone strike",
                    "drone strikes", "rioted", "beheaded", "mortars", "roadside bomb",
                    "car bomb", "ied", "ieds", "abducted", "kidnapped"]

# A clause about a match, a show, a game or an illness tells no violent event, whatever its
# verbs ("the striker killed the game off", "the virus attacks the lungs").
NOT_VIOLENT_CONTEXT = [
    "goal", "goals", "striker", "midfielder", "goalkeeper", "penalty kick", "free kick",
    "league", "tournament", "championship", "semi-final", "quarter-final", "halftime",
    "half-time", "the pitch", "scored", "the match", "the game", "video game", "the film",
    "the movie", "album", "the song", "the series", "episode", "cancer", "tumour", "tumor",
    "disease", "the players",
]

# An indefinite article up to three words before a trigger introduces one incident ("the death
# toll from a Russian missile strike on a bus station has risen to nine"): a clause giving its
# running toll still tells that incident.
INCIDENT_BEFORE = ["a", "an"]
