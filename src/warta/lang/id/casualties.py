"""Casualty vocabulary: what kills, wounds, goes missing or is captured, and who the victims are.

Terms are lower-case; a term may be several words. "before" terms stand before the number
("menewaskan 91 warga sipil", "jumlah korban tewas ... 5.000"), "after" terms after it
("927 pasukan mereka telah tewas", "292 luka-luka").
"""

KINDS = {
    "killed": {
        "before": [
            "menewaskan", "membunuh", "merenggut nyawa", "merenggut", "menelan korban jiwa",
            "korban tewas", "korban meninggal", "korban jiwa", "korban meninggal dunia",
            "kematian", "jumlah kematian", "jumlah korban tewas", "jumlah korban jiwa",
            "tewasnya", "gugurnya", "yang tewas", "yang meninggal", "yang gugur",
            "yang terbunuh", "menghabisi", "menembak mati", "menembak", "dimakamkan",
            "memakamkan", "menguburkan", "jenazah", "mengeksekusi", "membantai",
            "memenggal", "membakar hidup-hidup",
        ],
        "after": [
            "tewas", "meninggal", "meninggal dunia", "gugur", "terbunuh", "dibunuh", "mati",
            "tewas dibunuh", "kehilangan nyawa", "jiwa melayang", "tak bernyawa", "ditembak mati",
            "ikut tewas", "ikut menjadi korban", "dieksekusi", "dibantai", "dipenggal",
            "tewas terbakar", "dibakar hidup-hidup",
        ],
    },
    "wounded": {
        "before": ["melukai", "mencederai", "korban luka", "korban luka-luka", "yang terluka",
                   "yang luka-luka", "jumlah korban luka"],
        "after": ["luka-luka", "terluka", "luka", "cedera", "luka berat", "luka ringan",
                  "mengalami luka", "mengalami luka-luka", "dilukai", "kritis",
                  "dengan luka tembak", "dengan luka bacok", "dengan luka bakar",
                  "mengalami luka tembak", "luka tembak"],
    },
    "missing": {
        "before": ["yang hilang", "korban hilang"],
        "after": ["hilang", "dinyatakan hilang", "masih hilang", "belum ditemukan", "tertimbun",
                  "terjebak", "belum diketahui keberadaannya"],
    },
    "captured": {
        "before": ["menculik", "menyandera", "menawan", "yang diculik", "yang disandera"],
        "after": ["diculik", "disandera", "ditawan", "dijadikan tawanan", "dijadikan sandera"],
    },
}

# Nouns for the victims, by class. A number directly followed by one of these (or by nothing and
# then a casualty term) counts people; a number followed by any other noun ("19 permukimannya",
# "tujuh desa", "30 tahun") does not.
VICTIMS = {
    "soldiers": [
        "tentara", "prajurit", "pasukan", "personel", "personel militer", "anggota militer",
        "serdadu", "militer", "anggota tni", "anggota polri", "polisi", "anggota polisi",
        "aparat", "petugas", "pejuang", "gerilyawan", "militan", "pemberontak", "milisi",
        "kombatan", "tentara bayaran", "marinir", "pilot", "anggota", "personil", "penyerang",
        "pelaku", "anggota kkb", "anggota tpnpb", "teroris", "separatis", "komandan",
        "anggota geng", "bandit",
    ],
    "civilians": [
        "warga sipil", "warga", "penduduk", "orang sipil", "anak", "anak-anak", "anak laki-laki",
        "anak perempuan", "bocah", "balita", "bayi", "remaja", "wanita", "perempuan", "pria",
        "lansia", "pelajar", "siswa", "mahasiswa", "jurnalis", "wartawan", "relawan",
        "pekerja", "petani", "nelayan", "pengungsi", "pasien", "dokter", "perawat", "guru",
        "pengunjuk rasa", "demonstran", "peserta aksi", "peziarah", "jemaah", "sipil",
        "tokoh adat", "tokoh masyarakat", "tetua", "pedagang", "penambang", "tenaga kesehatan",
        "nakes", "aktivis", "murid", "santri",
    ],
    "people": ["orang", "jiwa", "korban", "lainnya", "orang lainnya", "di antaranya", "nyawa",
               "jenazah", "mayat"],
}

# A possessive after the victim noun ties the victims to the claimant ("927 pasukan mereka").
OWN_SIDE_WORDS = ["mereka", "kami", "kita", "kita sendiri", "nya", "sendiri"]

# Words that make a figure an estimate ("mungkin telah menewaskan 5.000 orang").
HEDGES = ["mungkin", "diperkirakan", "kemungkinan", "diduga", "ditaksir", "disebut-sebut",
          "konon", "estimasi", "perkiraan"]

# "bertambah sebanyak 36 orang menjadi 963": the number after an increment word is a change,
# the one after the result word the new figure.
INCREMENT_WORDS = ["bertambah", "bertambah sebanyak", "naik", "meningkat", "tambahan",
                   "bertambah lagi"]
RESULT_WORDS = ["menjadi", "hingga menjadi", "sehingga menjadi", "kini menjadi", "total menjadi"]

# Signs of a running total since a stated start, rather than one incident's toll.
CUMULATIVE_CUES = [
    "sejauh ini", "sejak", "hingga kini", "hingga saat ini", "sampai saat ini", "sampai kini",
    "secara keseluruhan", "total", "totalnya", "jumlah korban", "jumlah tentara", "jumlah",
    "gabungan", "selama", "dalam konflik", "dalam perang", "kerugian", "bertambah", "menjadi",
    "telah mencapai", "mencapai",
]
# Signs of one incident ("dalam serangan itu", "dalam pertempuran terakhir").
INCIDENT_CUES = [
    "dalam serangan", "akibat serangan", "dalam penyerangan", "dalam ledakan", "akibat ledakan",
    "dalam insiden", "dalam kejadian", "dalam peristiwa", "dalam pertempuran terakhir",
    "pertempuran terakhir", "dalam bentrokan", "dalam penembakan itu", "dalam kontak tembak",
    "saat", "ketika", "pagi", "siang", "sore", "malam", "dini hari", "kemarin",
    "dalam serangan itu", "pada insiden",
]
# Words of a combined count of both sides ("jumlah korban tewas gabungan").
COMBINED_WORDS = ["gabungan", "kedua belah pihak", "kedua pihak", "kedua sisi", "total"]

# Words that may stand between a number (with its victims) and the casualty term after it.
AUX_WORDS = ["telah", "sudah", "juga", "pun", "masih", "dilaporkan", "dikabarkan", "diduga",
             "yang", "lagi", "dikonfirmasi", "dinyatakan", "di antaranya", "sejauh ini", "kini",
             "di", "dalam", "pada", "saat", "ketika", "setelah", "akibat", "sejak", "dan",
             "semalam", "kemarin"]
VICTIM_MODIFIERS = ["lain", "lainnya", "sipil", "militer", "junta", "pemerintah", "musuh"]
RISE_TO = ["bertambah menjadi", "naik menjadi", "meningkat menjadi", "mencapai",
           "bertambah lagi menjadi", "kini mencapai", "menjadi sedikitnya", "menjadi"]
SPLIT_TERMS: dict[str, list[list[str]]] = {}
# Nouns of a toll ("jumlah korban tewas"): a figure after them is a running count.
TOLL_NOUNS = ["jumlah korban", "jumlah korban tewas", "korban tewas", "korban jiwa",
              "kematian", "jumlah kematian", "korban meninggal", "jumlah tentara",
              "jumlah warga", "jumlah orang"]

# Victim nouns that say the kind themselves ("received 14 bodies").
KIND_NOUNS = {"jenazah": "killed", "mayat": "killed"}

# Words right before a number that deny it ("Tidak benar empat prajurit kami gugur", "bukan
# empat"): the figure is the one being denied, not one anybody claims.
NEGATIONS = ["tidak benar", "tak benar", "bukan", "tidak ada", "tak ada", "bohong",
             "tidak benar bahwa", "tidak benar ada"]

# -- grammar words the extractor reads (see lang/en/casualties.py for what each does) ----------
CONJUNCTIONS = ["dan", "serta"]
LIST_WORDS = ["dan", "atau"]
OTHERS_WORDS = ["lainnya", "orang lainnya"]
PERFECT_WORDS = ["telah", "sudah"]
SUBSET_WORDS = ["termasuk", "di antaranya", "antara lain", "sebagian besar"]
NOT_CASUALTY_PHRASES = ["hukuman mati", "vonis mati", "pidana mati", "ancaman pembunuhan",
                        "mati suri", "mati lampu", "jalan buntu", "risiko cedera",
                        "risiko kematian", "risiko luka", "asuransi kematian", "santunan kematian",
                        "akta kematian", "angka kematian ibu", "angka kematian bayi"]
# Deaths from causes that are no violence ("meninggal karena penyakit", "akibat bencana").
NON_VIOLENT_CAUSES = [
    "penyakit", "kanker", "serangan jantung", "covid", "covid-19", "terinfeksi",
    "kecelakaan", "tabrakan", "bencana", "gempa", "gempa bumi", "banjir", "longsor",
    "tanah longsor", "tsunami", "erupsi", "letusan gunung", "puting beliung", "tenggelam",
    "kebakaran", "keracunan", "overdosis", "kelaparan",
]
ATTEMPT_WORDS = ["berusaha", "mencoba", "hendak", "nyaris", "hampir", "mengancam akan",
                 "berniat", "berencana"]
NOT_PEOPLE = ["ekor", "sapi", "kambing", "ternak", "ayam", "babi", "kerbau", "rumah", "unit"]
ADDITION_WORDS = ["juga", "lagi", "lainnya", "tambahan", "lain"]
