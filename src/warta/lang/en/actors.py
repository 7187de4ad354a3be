"""English demonyms and adjectives for countries (ISO 3166 alpha-3): "Armenian forces",
"Sudanese army". Country names themselves come from CLDR (Babel) and ISO 3166 (pycountry)."""

DEMONYMS = {
    "afghan": "AFG", "albanian": "ALB", "algerian": "DZA", "american": "USA", "angolan": "AGO",
    "armenian": "ARM", "australian": "AUS", "azerbaijani": "AZE", "azeri": "AZE",
    "bangladeshi": "BGD", "belarusian": "BLR", "beninese": "BEN", "bosnian": "BIH",
    "brazilian": "BRA", "british": "GBR", "burkinabe": "BFA", "burmese": "MMR",
    "burundian": "BDI", "cameroonian": "CMR", "central african": "CAF", "chadian": "TCD",
    "chinese": "CHN", "colombian": "COL", "congolese": "COD", "egyptian": "EGY",
    "eritrean": "ERI", "ethiopian": "ETH", "filipino": "PHL", "french": "FRA",
    "georgian": "GEO", "german": "DEU", "ghanaian": "GHA", "haitian": "HTI", "indian": "IND",
    "indonesian": "IDN", "iranian": "IRN", "iraqi": "IRQ", "israeli": "ISR", "italian": "ITA",
    "ivorian": "CIV", "japanese": "JPN", "jordanian": "JOR", "kazakh": "KAZ", "kenyan": "KEN",
    "kurdish": "IRQ", "kyrgyz": "KGZ", "lebanese": "LBN", "libyan": "LBY", "malaysian": "MYS",
    "malian": "MLI", "mauritanian": "MRT", "mexican": "MEX", "moroccan": "MAR",
    "mozambican": "MOZ", "myanmar": "MMR", "nigerian": "NGA", "nigerien": "NER",
    "north korean": "PRK", "pakistani": "PAK", "palestinian": "PSE", "philippine": "PHL",
    "polish": "POL", "russian": "RUS", "rwandan": "RWA", "saudi": "SAU", "senegalese": "SEN",
    "serbian": "SRB", "somali": "SOM", "south korean": "KOR", "south sudanese": "SSD",
    "sudanese": "SDN", "syrian": "SYR", "tajik": "TJK", "thai": "THA", "tunisian": "TUN",
    "turkish": "TUR", "ugandan": "UGA", "ukrainian": "UKR", "uzbek": "UZB",
    "venezuelan": "VEN", "vietnamese": "VNM", "yemeni": "YEM", "zimbabwean": "ZWE",
}

# -- who did it to whom: the clause grammar (see extract/events.py) --------------------------
# The agent of a passive verb follows it after these ("attacked by RSF fighters").
AGENT_MARKERS = ["by"]
# These (and an adverb or two) just before a trigger make it passive: its subject is the target
# ("a police post was reportedly attacked").
PASSIVE_AUXILIARIES = ["was", "were", "been", "being", "is", "are", "be", "got", "get"]
# Verb prefixes that mark a passive (Indonesian di-), and prefixes that mark a verb, so that any
# other trigger is a noun; English marks neither.
PASSIVE_PREFIXES: list[str] = []
VERB_PREFIXES: list[str] = []
# A noun takes its owner after it ("artileri Armenia") in some languages; English puts it before
# ("Armenian artillery", "Azerbaijan's drones").
# A word starting so is a verb and ends the noun phrase of a noun trigger ("Penembakan hebat
# terbaru memaksa penduduk ...": the residents are not the shelling's owner).
PHRASE_ENDING_PREFIXES: list[str] = []
OWNER_AFTER_NOUN = False
# Words that open another clause: a party after them is not the subject or object of this one.
CLAUSE_OPENERS = ["which", "who", "whom", "whose", "that", "after", "when", "while", "whilst",
                  "because", "before", "following", "amid", "during", "where", "as", "since",
                  "until", "if", "although"]
# Prepositions that end a noun phrase.
PREPOSITIONS = ["with", "in", "at", "on", "to", "from", "against", "into", "near", "for",
                "towards", "toward", "across", "over", "under", "along", "around"]
# "A and B met", "clashes between A and B": two sides.
COORDINATORS = ["and", "&"]
BETWEEN = ["between"]
# Forces named by a possessive that points back at the speaker: the speaker's side.
SPEAKER_FORCES = ["its forces", "our forces", "its troops", "our troops", "its army", "our army",
                  "its military", "its soldiers", "our soldiers", "their forces", "its units",
                  "our units", "its fighters", "our fighters"]
# What a side calls its own actions in a communiqué ("operations continued", "the ministry
# said"): with no side named, the speaker is the actor.
SELF_REPORT_NOUNS = ["operation", "operations", "counter-offensive", "counteroffensive",
                     "counterattack", "counter-attack", "offensive", "counter-terrorism operation"]
# State forces named without their state ("police forces", "regime forces", "the military"):
# the state is that of the country the event happened in.
STATE_FORCES = ["police", "policemen", "police officers", "police forces", "security forces",
                "military forces", "armed forces", "army", "military", "soldiers", "troops",
                "regime forces", "government forces", "govt forces", "govt soldiers",
                "government troops", "gendarmes", "gendarmerie", "national guard",
                "military police", "riot police", "border guards", "special forces",
                "state forces", "navy", "air force", "marines", "regime", "policeman",
                "police officer", "police officers", "officers", "security personnel"]
