"""Casualty vocabulary (see lang/id/casualties.py for the shape)."""

KINDS = {
    "killed": {
        "before": [
            "killing", "killed", "kills", "kill", "death toll", "the death toll", "deaths",
            "dead", "fatalities", "toll", "number of dead", "number killed", "claimed the lives of",
            "claiming the lives of", "the deaths of", "bodies of", "buried",
            "received the bodies of", "executing", "executed", "massacring", "massacred",
            "beheading", "beheaded", "burned to death", "burnt to death", "stoned to death",
            "beat to death", "hacked to death", "lynched", "lynching",
        ],
        "after": [
            "killed", "dead", "died", "were killed", "have been killed", "had been killed",
            "have died", "lost their lives", "were shot dead", "shot dead", "deaths", "fatalities",
            "people killed", "perished", "slain", "were slain", "killed and",
            "were executed", "executed", "were burned to death", "burned to death",
            "were beaten to death", "beaten to death", "were hacked to death", "were lynched",
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
        "dissidents", "fighters of",
    ],
    "civilians": [
        "civilians", "civilian", "residents", "villagers", "children", "child", "boys", "boy",
        "girls", "girl", "women", "woman", "men", "man", "teenagers", "teenager", "students",
        "journalists", "aid workers", "workers", "farmers", "refugees", "patients", "doctors",
        "nurses", "teachers", "protesters", "demonstrators", "worshippers", "pilgrims",
        "passengers", "infants", "babies", "elderly", "elders", "clan elders", "leaders",
        "community leaders", "social leaders", "health workers", "medics", "paramedics",
        "vendors", "traders", "shoppers", "fishermen", "miners", "herders", "pupils",
        "schoolchildren", "activists", "worshipers", "mourners", "displaced people",
    ],
    "people": ["people", "persons", "person", "others", "victims", "lives", "individuals",
               "bodies"],
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
                    "military", "security", "pro-government", "rebel", "militia", "local",
                    "other", "more", "young", "unarmed", "civilian", "police", "foreign",
                    "enemy", "opposition", "allied", "federal", "national", "state"]
# "has risen to 260", "reached 963": the new figure of a toll named earlier in the sentence.
RISE_TO = ["risen to", "rose to", "climbed to", "increased to", "jumped to", "rising to",
           "reached", "now stands at", "stands at", "stood at", "has reached", "to at least"]
# Kinds whose verb comes in two parts around the number ("had taken 23 fighters prisoner").
SPLIT_TERMS = {"captured": [["taken", "prisoner"], ["took", "prisoner"], ["taken", "captive"],
                            ["took", "captive"], ["taken", "hostage"], ["took", "hostage"],
                            ["taking", "prisoner"], ["taking", "hostage"]]}
TOLL_NOUNS = ["death toll", "toll", "deaths", "number of dead", "number killed", "fatalities",
              "the dead", "casualties"]

# Victim nouns that say the kind themselves ("received 14 bodies").
KIND_NOUNS = {"bodies": "killed", "corpses": "killed", "dead": "killed"}

# Words right before a number that deny it ("it is not true that four soldiers died", "not
# four"): the figure is the one being denied, not one anybody claims.
NEGATIONS = ["not true that", "untrue that", "false that", "denied that", "deny that",
             "denies that", "not", "never"]
