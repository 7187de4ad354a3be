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
