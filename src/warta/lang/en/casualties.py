"""Casualty vocabulary (see lang/id/casualties.py for the shape)."""

KINDS = {
    "killed": {
        "before": [
            "killing", "killed", "kills", "kill", "death toll", "the death toll", "deaths",
            "dead", "fatalities", "toll", "number of dead", "number killed", "claimed the lives of",
            "claiming the lives of", "the deaths of", "bodies of", "buried",
            "received the bodies of", "executing", "executed", "massacring", "massacred",
            "beheading", "beheaded", "burned to death", "burnt to death", "stoned to death",
            "beat to death", "hacked to death", "lynched", "lynching", "shot and killed",
            "shot dead", "shooting dead", "shot and killing", "assassinated", "assassinating",
            "murdered", "murdering", "stabbed to death", "stabbing to death", "strangled",
            "the bodies of", "the body of", "resulting in the death of",
            "resulting in the deaths of", "leading to the death of", "caused the death of",
            "causing the death of", "fatally shot",
            "fatally stabbing", "fatally shooting", "fatally wounded", "fatally wounding",
            "found the bodies of", "recovered the bodies of", "the corpses of", "corpses of",
        ],
        "after": [
            "killed", "dead", "died", "were killed", "have been killed", "had been killed",
            "have died", "lost their lives", "were shot dead", "shot dead", "deaths", "fatalities",
            "people killed", "perished", "slain", "were slain", "killed and",
            "were executed", "executed", "were burned to death", "burned to death",
            "were beaten to death", "beaten to death", "were hacked to death", "were lynched",
            "found dead", "was found dead", "were found dead", "been found dead",
            "shot to death", "stabbed to death", "strangled to death", "burnt to death",
            "hacked to death", "beaten to death", "was killed", "were killed", "was shot dead",
            "was shot and killed", "were shot and killed", "shot and killed", "died",
            "assassinated", "was assassinated", "were assassinated", "murdered", "was murdered",
            "were murdered", "lynched", "fatally shot", "fatally stabbed", "fatally injured",
            "fatally wounded", "fatally assaulted", "was lynched", "dead", "killed instantly",
            "lost his life", "lost her life", "succumbed to", "succumbed", "fatality",
            "fatalities", "deaths", "dead bodies",
        ],
    },
    "wounded": {
        "before": ["wounding", "injuring", "wounded", "injured", "injuries", "hurting"],
        "after": ["wounded", "injured", "hurt", "were wounded", "were injured", "injuries",
                  "seriously wounded", "critically injured", "in critical condition",
                  "with gunshot wounds", "with bullet wounds", "with shrapnel wounds",
                  "with wounds", "with injuries", "with burns", "with stab wounds"],
    },
    "missing": {
        "before": ["missing"],
        "after": ["missing", "are missing", "were missing", "remain missing", "unaccounted for",
                  "trapped", "believed to be trapped", "believed trapped", "feared trapped"],
    },
    "captured": {
        "before": ["abducting", "kidnapping", "capturing", "abducted", "kidnapped", "captured"],
        "after": ["abducted", "kidnapped", "captured", "taken prisoner", "taken hostage",
                  "were taken captive", "held hostage", "hostages", "prisoners of war"],
    },
}

VICTIMS = {
    "soldiers": [
        "soldiers", "soldier", "troops", "servicemen", "service members", "personnel",
        "military personnel", "officers", "police officers", "policemen", "police", "fighters",
        "militants", "rebels", "combatants", "insurgents", "militiamen", "gunmen", "guards",
        "mercenaries", "paramilitaries", "marines", "pilots", "members", "security forces",
        "jihadists", "attackers", "assailants", "raiders", "militia members", "guardsmen",
        "sailors", "airmen", "conscripts", "recruits", "guerrillas", "gang members",
        "gangsters", "bandits", "extremists", "terrorists", "separatists", "commanders",
        "dissidents", "fighters of", "elements", "soldier", "trooper", "troopers",
        "serviceman", "officer", "police officer", "policeman", "policemen", "policewoman",
        "fighter", "militant", "rebel", "combatant", "insurgent", "militiaman", "gunman", "guard",
        "bodyguard", "bodyguards", "mercenary", "paramilitary", "marine", "pilot", "member",
        "jihadist", "attacker", "assailant", "raider", "guardsman", "sailor", "conscript",
        "guerrilla", "gang member", "gangster", "bandit", "extremist", "terrorist",
        "separatist", "commander", "colonel", "captain", "lieutenant", "sergeant", "corporal",
        "cadre",
        "cadres", "gendarme", "gendarmes", "agent", "agents", "police agent",
        "police agents", "operative", "operatives", "suicide bomber", "bomber", "bombers",
        "personnel", "sniper", "snipers", "militias", "militia", "loyalists", "recruit",
    ],
    "civilians": [
        "civilians", "civilian", "residents", "villagers", "children", "child", "boys", "boy",
        "girls", "girl", "women", "men", "teenagers", "teenager", "students",
        "journalists", "aid workers", "workers", "farmers", "refugees", "patients", "doctors",
        "nurses", "teachers", "protesters", "demonstrators", "worshippers", "pilgrims",
        "passengers", "infants", "babies", "elderly", "elders", "clan elders", "leaders",
        "community leaders", "social leaders", "health workers", "medics", "paramedics",
        "vendors", "traders", "shoppers", "fishermen", "miners", "herders", "pupils",
        "schoolchildren", "activists", "worshipers", "mourners", "displaced people",
        "youth", "youths", "teenager", "student", "journalist", "aid worker", "worker",
        "farmer", "refugee", "patient", "doctor", "nurse", "teacher", "protester",
        "demonstrator", "worshipper", "pilgrim", "passenger", "infant", "baby", "elder",
        "leader", "community leader", "social leader", "health worker", "medic", "paramedic",
        "vendor", "trader", "shopper", "fisherman", "miner", "herder", "pupil", "activist",
        "mourner", "resident", "villager", "citizen", "citizens", "driver", "drivers",
        "businessman", "businessmen", "merchant", "merchants", "engineer", "engineers",
        "inmate", "inmates", "prisoner", "prisoners", "detainee", "detainees", "suspect",
        "suspects", "official", "officials", "chief", "chiefs", "mayor", "councillor",
        "councilor", "candidate", "politician", "lawyer", "judge", "priest", "imam", "pastor",
        "monk", "cleric", "brother", "brothers", "sister", "sisters", "son", "sons",
        "daughter", "daughters", "husband", "wife", "father", "mother", "family members",
        "relatives", "relative", "neighbour", "neighbor", "motorcyclist", "musician",
        "player", "shepherd", "shepherds", "laborer", "labourer", "labourers", "laborers",
        "collaborator", "informant", "guide", "contractor", "contractors", "employee",
        "employees", "volunteer", "volunteers", "smuggler", "smugglers",
        "trafficker", "traffickers", "thief", "thieves", "robber", "robbers", "rioter",
        "rioters", "hunter", "hunters", "chief's", "migrant", "migrants", "tourist",
        "tourists", "individual", "male", "female", "males", "females", "adult", "adults",
        "minors", "elderly man", "elderly woman", "husband and wife",
    ],
    "people": ["people", "persons", "person", "others", "victims", "lives", "individuals",
               "bodies", "man", "woman", "victim", "body", "corpse", "corpses", "life", "casualty",
               "fatalities", "fatality", "deaths", "death"],
}

OWN_SIDE_WORDS = ["our", "its", "their own", "its own", "our own"]

HEDGES = ["may have", "might have", "possibly", "estimated", "an estimated", "perhaps",
          "reportedly", "feared", "believed"]

INCREMENT_WORDS = ["rose by", "risen by", "rising by", "increased by", "up by", "climbed by",
                   "went up by", "another", "additional", "a further"]
RESULT_WORDS = ["to", "bringing the total to", "bringing the toll to", "taking the total to"]

CUMULATIVE_CUES = [
    "so far", "to date", "since", "in total", "total", "toll", "death toll", "overall",
    "bringing the total", "bringing the toll", "in the conflict", "in the war", "has risen",
    "had risen", "rose to", "risen to", "climbed to", "losses", "cumulative", "combined",
    "during the war", "since the start",
]
INCIDENT_CUES = [
    "in the attack", "in an attack", "in the strike", "in a strike", "in the blast",
    "in the explosion", "in the incident", "in the shelling", "in the clash", "in clashes",
    "when", "after", "as", "during the attack", "morning", "afternoon", "evening", "night",
    "yesterday", "overnight", "in the raid",
]
COMBINED_WORDS = ["combined", "both sides", "on both sides", "total", "overall"]

AUX_WORDS = ["were", "was", "have", "had", "has", "been", "are", "is", "reportedly", "also",
             "being", "who", "later", "so far", "now", "more", "others", "of them", "including",
             "in", "on", "at", "during", "when", "after", "across", "near", "since", "and",
             "overnight", "yesterday"]
# Words that may stand between a number and its victims ("four government soldiers",
# "seven of its fighters", "a dozen of its own fighters"); capitalised names may too.
VICTIM_MODIFIERS = ["of", "its", "their", "our", "own", "the", "government", "junta", "army",
                    "suspected", "alleged", "presumed", "armed", "unidentified", "unknown",
                    "regime", "rival", "off-duty", "retired", "former", "elderly",
                    "military", "security", "pro-government", "rebel", "militia", "local",
                    "other", "more", "young", "unarmed", "civilian", "police", "foreign",
                    "enemy", "opposition", "allied", "federal", "national", "state"]
# Words that are never the one free word between a number and its victims ("three hours later
# soldiers ..."): units of time and measure, and the words of a clause.
NOT_MODIFIERS = ["hours", "hour", "days", "day", "weeks", "week", "months", "month", "years",
                 "year", "minutes", "times", "later", "earlier", "ago", "and", "or", "but",
                 "were", "was", "are", "is", "had", "have", "has", "who", "which", "that",
                 "when", "while", "after", "before", "as", "in", "on", "at", "by", "with", "from",
                 "to", "for", "percent", "per", "km", "kilometres", "kilometers", "miles"]
# "has risen to 260", "reached 963": the new figure of a toll named earlier in the sentence.
RISE_TO = ["risen to", "rose to", "climbed to", "increased to", "jumped to", "rising to",
           "reached", "now stands at", "stands at", "stood at", "has reached", "to at least"]
# Kinds whose verb comes in two parts around the number ("had taken 23 fighters prisoner").
SPLIT_TERMS = {"killed": [["shot", "to death"], ["stabbed", "to death"], ["beat", "to death"],
                          ["beaten", "to death"], ["hacked", "to death"], ["burned", "to death"],
                          ["burnt", "to death"], ["stoned", "to death"], ["shot", "dead"]],
               "captured": [["taken", "prisoner"], ["took", "prisoner"], ["taken", "captive"],
                            ["took", "captive"], ["taken", "hostage"], ["took", "hostage"],
                            ["taking", "prisoner"], ["taking", "hostage"]]}
TOLL_NOUNS = ["death toll", "toll", "deaths", "number of dead", "number killed", "fatalities",
              "the dead", "casualties"]

# Victim nouns that say the kind themselves ("received 14 bodies").
KIND_NOUNS = {"bodies": "killed", "corpses": "killed", "dead": "killed", "body": "killed",
              "corpse": "killed", "fatalities": "killed", "fatality": "killed",
              "deaths": "killed", "death": "killed", "dead bodies": "killed",
              "dead body": "killed"}

# Words right before a number that deny it ("it is not true that four soldiers died", "not
# four"): the figure is the one being denied, not one anybody claims.
NEGATIONS = ["not true that", "untrue that", "false that", "denied that", "deny that",
             "denies that", "not", "never"]

# -- grammar words the extractor reads (not casualty terms themselves) --------------------------

# Words joining two counts of one list ("two policemen and four civilians").
CONJUNCTIONS = ["and", "as well as", "plus"]
# A new verb joined to the one before a number ("killed 8, and detained two"): the earlier verb
# does not reach past it.
NEW_VERB = r",?\s+(?:and|then)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+(?:ed|ing))\b"
# Words of a list that are no noun: "or" may join a number to its term ("six or more killed").
LIST_WORDS = ["and", "or"]
# A victim word that takes its victims from the figure before it ("and 26 others").
OTHERS_WORDS = ["others", "other", "more", "another"]
# A perfect before a stative term leans to a running total ("have been killed").
PERFECT_WORDS = ["have been", "has been", "have", "has"]
# An active verb after these is a passive participle: its victims stand before it ("two
# soldiers were killed and another three were injured": "killed" does not take "three").
PASSIVE_AUX = ["was", "were", "been", "be", "being", "is", "are", "got"]
# Adverbs that may stand between the auxiliary and the participle ("were also killed").
PASSIVE_ADVERBS = ["also", "reportedly", "allegedly", "later", "then", "all"]
# How a noun and a verb look: plural nouns end in "s" (not "ss", "us") or are one of these; a
# participle ends in "ed"; an active casualty verb that takes an object ends in these.
PLURAL_ENDINGS = ["s"]
SINGULAR_ENDINGS = ["ss", "us"]
PLURAL_NOUNS = ["men", "women", "children", "people", "police", "personnel", "staff", "elderly",
                "dead", "gendarmerie"]
PARTICIPLE_ENDINGS = ["ed"]
VERB_ENDINGS = ["ed", "ing", "dead", "death"]
# A verb followed by these names its agent, not its victims ("killed by two gunmen").
AGENT_WORDS = ["by"]
# Words before a figure that make it a part of one stated before it ("killing 10 people,
# including four children"): the part is not added to the whole.
SUBSET_WORDS = ["including", "among them", "among whom", "of whom", "of them", "among the dead",
                "among the victims", "among those killed", "among the killed", "included",
                "mostly", "most of them", "of which"]

# One victim without a numeral: an indefinite article ("a man was found dead", "killing a
# civilian"), or a definite one ("the victim died"), which points back at a victim already
# counted when a figure came before it. "both" counts two ("Both victims died").
ONE_WORDS = ["a", "an", "another", "one more", "a second", "a third", "a fourth", "a fifth"]
DEFINITE_ONE_WORDS = ["the", "this", "that", "his", "her", "their"]
# A singular verb after "a/an" + any noun makes it one victim of what follows ("a shopkeeper was
# shot and killed").
SINGULAR_AUX = ["was", "has been", "had been"]
# ... and so does an intransitive casualty verb right after it ("a corporal died").
ONE_INTRANSITIVE = ["died", "succumbed", "perished", "lost his life", "lost her life"]
PAIR_WORDS = ["both", "the two", "both of the"]
# Pronouns that stand for one victim right after an active verb ("shot him and killed him"),
# and possessives before a death noun ("resulting in his death").
ONE_PRONOUNS = ["him", "her"]
# Nouns that make no count of one with a determiner ("the death of ...": a victim told after).
ONE_NOUNS_EXCLUDED = ["death", "deaths", "dead"]
# Words of a count that is no numeral, as the object of an active verb ("killed several").
COUNT_WORDS = ["several", "some", "many", "scores"]
# How far (in words) a count without a numeral may stand from its term: right after an active
# verb ("killing a civilian"), or a few words before a stative one ("a man was found dead").
ONE_BEFORE_REACH = 0
ONE_AFTER_REACH = 4
# How many words an article may hold between the determiner and the victim noun ("a local
# musician", "a Military Police officer").
ONE_MODIFIERS = 3
# Words that end the noun phrase: the victim noun is not found beyond them.
NOUN_PHRASE_BREAKS = ["who", "which", "that", "was", "were", "is", "are", "and", "or", "by",
                      "in", "at", "on", "from", "with", "after", "when", "while", "as", "had",
                      "has", "have", "to", "of", "said", "says", "told", "reported", "claimed",
                      "added", "stated", "confirmed"]
# Nouns after these are no victims ("the death toll", "a death threat").
NOT_CASUALTY_PHRASES = ["death toll", "death tolls", "death penalty", "death sentence",
                        "death sentences", "death threat", "death threats", "death row",
                        "death squad", "death squads", "death anniversary", "body armour",
                        "body armor", "body guard", "dead end", "left wing", "left-wing",
                        "left side", "left hand", "left the", "left for", "left behind",
                        "leaving the", "leaving for", "risk of death", "risk of injury",
                        "death certificate", "death certificates", "death benefit"]

# Deaths and injuries from causes that are no violence: a figure in a sentence naming one is
# not a casualty of conflict ("died of COVID-19", "killed in a traffic accident").
NON_VIOLENT_CAUSES = [
    "covid", "covid-19", "coronavirus", "infection", "disease", "illness", "cancer",
    "heart attack", "natural causes", "accident", "accidents", "car crash", "road crash",
    "earthquake", "flood", "floods", "flooding", "landslide", "landslides", "cyclone",
    "hurricane", "typhoon", "lightning", "drowned", "drowning", "gas leak", "overdose",
    "famine", "starvation", "heat wave", "avalanche", "tsunami", "wildfire", "hunger strike",
]

# The report's own total ("3 fatalities.", "Unknown fatalities coded as 10", "total of 12
# fatalities"): it states the incident's whole toll, so it takes the place of the figures
# told before it. The figure is the number right after "coded as/to"; a total said to be
# split across K events is shared out (its floor per event) unless the share is written
# ("(4)", "with 5 coded to each").
TOTAL_NOUNS = ["fatalities", "fatality", "deaths", "death", "killed", "dead"]
CODED_WORDS = ["coded as", "coded to", "coded at", "recorded as", "estimated at"]
TOTAL_WORDS = ["total of", "a total of", "in total", "total", "overall", "altogether"]
SPLIT_WORDS = ["split", "spread", "divided", "distributed", "shared", "coded"]
SPLIT_UNITS = ["events", "locations", "incidents", "days", "areas", "districts", "villages",
               "fronts", "provinces", "places"]
EACH_WORDS = ["each", "per event", "in each", "to each", "for each", "each event"]
# A report total standing alone as its own sentence: the number, the noun, and nothing else
# but these ("3 fatalities.", "4 fatalities reported.").
STANDALONE_NOUNS = ["fatalities", "fatality", "deaths"]
# ... and these only when nothing follows them in the sentence ("2 killed.").
STANDALONE_END_NOUNS = ["killed", "dead"]
TOTAL_TAIL_WORDS = ["reported", "in total", "total", "confirmed", "recorded", "overall"]

# A bare number of people in English is an incident's toll ("Eight people died"), not a running
# total, unless the sentence says so.
BARE_PEOPLE_LEAN_CUMULATIVE = False

# Words right before a casualty term that make it no casualty ("threatened to kill a soldier",
# "nearly lynched").
ATTEMPT_WORDS = ["attempted to", "attempting to", "tried to", "trying to", "threatened to",
                 "threatening to", "nearly", "almost", "plotted to", "plotting to", "planned to",
                 "planning to", "vowed to", "failed to", "wanted to", "intended to", "sought to",
                 "attempt to", "plot to", "threat to", "threats to", "bid to"]
# Objects of a casualty verb that are no people ("killed 15 livestock").
NOT_PEOPLE = ["livestock", "cattle", "cows", "cow", "goats", "goat", "sheep", "camels", "camel",
              "donkeys", "animals", "animal", "dogs", "dog", "birds", "chickens", "pigs",
              "horses", "elephants", "wildlife", "fish", "crops", "trees", "houses", "huts",
              "vehicles", "buildings"]
# A figure that is the grievance of a protest ("demonstrated over the death of a teenager",
# "protested after two children were killed") is no toll of the protest: a protest word in the
# sentence, and one of these right before the figure.
PROTEST_WORDS = ["protest", "protests", "protested", "protesting", "protesters", "protestors",
                 "demonstrated", "demonstrating", "demonstration", "demonstrations",
                 "demonstrators", "rally", "rallied", "rallies", "march", "marched", "sit-in",
                 "vigil", "gathered", "chanted", "commemorate", "commemorated", "commemorating",
                 "marking", "in remembrance of", "in memory of", "strike"]
GRIEVANCE_CONNECTORS = ["after", "following", "over", "against", "for", "demanding justice for",
                        "justice for", "in relation to", "in connection with", "to denounce",
                        "to condemn", "condemning", "denouncing", "triggered by", "marking",
                        "in remembrance of", "in memory of", "to honor", "to honour", "honoring",
                        "honouring", "mourn", "mourning"]
# Words that make a later figure of the same victims a further one ("2 militants were also
# killed"), not the same one told again.
ADDITION_WORDS = ["also", "another", "other", "others", "more", "further", "additional",
                  "later", "second", "too", "as well"]
# Determiners before a numeral that point back at victims already counted ("the two
# fatalities were also murder suspects").
DEFINITE_NUMBER_WORDS = ["the", "these", "those", "all"]
