"""Casualty vocabulary (see lang/id/casualties.py for the shape)."""

KINDS = {
    "killed": {
        "before": [
            "killing", "killed", "kills", "kill", "death toll", "the death toll", "deaths",
            "dead", "fatalities", "toll", "number of dead", "number killed", "claimed the lives of",
            "claiming the lives of", "the deaths of", "bodies of", "bodies",
        ],
        "after": [
            "killed", "dead", "died", "were killed", "have been killed", "had been killed",
            "have died", "lost their lives", "were shot dead", "shot dead", "deaths", "fatalities",
            "people killed", "perished", "slain", "were slain", "killed and",
        ],
    },
    "wounded": {
        "before": ["wounding", "injuring", "wounded", "injured", "injuries", "hurting"],
        "after": ["wounded", "injured", "hurt", "were wounded", "were injured", "injuries",
                  "seriously wounded", "critically injured", "in critical condition"],
    },
    "missing": {
        "before": ["missing"],
        "after": ["missing", "are missing", "were missing", "remain missing", "unaccounted for"],
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
        "jihadists",
    ],
    "civilians": [
        "civilians", "civilian", "residents", "villagers", "children", "child", "boys", "boy",
        "girls", "girl", "women", "woman", "men", "man", "teenagers", "teenager", "students",
        "journalists", "aid workers", "workers", "farmers", "refugees", "patients", "doctors",
        "nurses", "teachers", "protesters", "demonstrators", "worshippers", "pilgrims",
        "passengers", "infants", "babies", "elderly",
    ],
    "people": ["people", "persons", "person", "others", "victims", "lives", "individuals"],
}

OWN_SIDE_WORDS = ["our", "its", "their own", "its own", "our own"]

HEDGES = ["may have", "might have", "possibly", "estimated", "an estimated", "perhaps",
          "reportedly", "feared", "believed"]

INCREMENT_WORDS = ["rose by", "increased by", "up by", "climbed by", "another", "additional",
                   "a further"]
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
             "being", "who", "later", "so far", "now", "more", "others", "of them", "including"]
TOLL_NOUNS = ["death toll", "toll", "deaths", "number of dead", "number killed", "fatalities",
              "the dead", "casualties"]
