"""Event triggers per ACLED event type and sub-event type.

Tried in order: the first entry with a term in a clause gives the clause's type, so the more
specific kinds of violence come first. "requires": at least one of these words must be in the
clause too (``maju`` is a military advance only next to a force).
"""

TRIGGERS = [
    {"type": "Explosions/Remote violence", "sub": "Suicide bomb",
     "terms": ["bom bunuh diri", "pelaku bom bunuh diri", "meledakkan diri"]},
    {"type": "Explosions/Remote violence", "sub": "Air/drone strike",
     "terms": ["serangan udara", "drone", "pesawat tak berawak", "pesawat nirawak",
               "penerbangan militer", "pesawat tempur", "jet tempur", "dibom dari udara",
               "serangan pesawat", "helikopter tempur", "pengeboman udara"]},
    {"type": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED",
     "terms": ["bom rakitan", "ranjau", "bom pinggir jalan", "bom mobil", "alat peledak",
               "bahan peledak"]},
    {"type": "Explosions/Remote violence", "sub": "Grenade",
     "terms": ["granat", "melempar granat"]},
    {"type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack",
     "terms": ["artileri", "penembakan", "menembaki", "ditembaki", "roket", "rudal", "mortir",
               "peluru artileri", "tembakan artileri", "dibombardir", "membombardir",
               "gempuran", "menggempur", "digempur", "serangan rudal", "serangan roket"]},
    {"type": "Battles", "sub": "Government regains territory",
     "terms": ["membebaskan", "merebut kembali", "menguasai kembali", "direbut kembali",
               "dibebaskan dari pendudukan", "mengambil alih kembali"],
     "requires_for": {"membebaskan": ["kota", "desa", "wilayah", "daerah", "pendudukan",
                                      "distrik", "permukiman", "kawasan"]}},
    {"type": "Battles", "sub": "Non-state actor overtakes territory",
     "terms": ["merebut kota", "menguasai kota", "menduduki", "mengambil alih kota",
               "jatuh ke tangan", "merebut markas", "menguasai markas"],
     "requires_for": {"menduduki": ["kota", "desa", "wilayah", "markas", "pos", "gedung",
                                    "kawasan", "daerah", "pangkalan", "bandara"]}},
    {"type": "Strategic developments", "sub": "Non-violent transfer of territory",
     "terms": ["memasuki kota", "menarik diri dari", "menyerahkan kendali"]},
    {"type": "Strategic developments", "sub": "Headquarters or base established",
     "terms": ["mendirikan markas", "mendirikan pos", "membangun markas"]},
    {"type": "Battles", "sub": "Armed clash",
     "terms": ["bentrokan", "bentrok", "pertempuran", "bertempur", "baku tembak",
               "kontak tembak", "kontak senjata", "operasi militer", "operasi", "serangan balik",
               "menangkis serangan", "menangkis", "ofensif", "menyerbu", "penyerangan pos",
               "menyerang pos", "maju", "pengepungan", "mengepung"],
     "requires_for": {"maju": ["pasukan", "tentara", "militer", "prajurit"],
                      "serangan balik": ["pasukan", "tentara", "militer", "prajurit", "musuh",
                                         "pemberontak", "milisi"],
                      "operasi": ["militer", "pasukan", "tentara", "arah", "dilanjutkan"]}},
    {"type": "Violence against civilians", "sub": "Abduction/forced disappearance",
     "terms": ["menculik", "diculik", "penculikan", "disandera", "menyandera", "penyanderaan"]},
    {"type": "Violence against civilians", "sub": "Sexual violence",
     "terms": ["pemerkosaan", "diperkosa", "memperkosa", "kekerasan seksual"]},
    {"type": "Violence against civilians", "sub": "Attack",
     "terms": ["pembantaian", "dibantai", "membantai", "menyerang warga", "membunuh warga",
               "menembak mati warga", "penyerangan terhadap warga", "dieksekusi",
               "menembak warga", "menembaki warga"]},
    {"type": "Protests", "sub": "Excessive force against protesters",
     "terms": ["menembaki demonstran", "menembaki pengunjuk rasa", "peluru tajam"]},
    {"type": "Riots", "sub": "Mob violence",
     "terms": ["amuk massa", "main hakim sendiri", "dikeroyok", "pengeroyokan",
               "dipukuli hingga tewas", "diamuk massa"]},
    {"type": "Riots", "sub": "Violent demonstration",
     "terms": ["ricuh", "kericuhan", "rusuh", "kerusuhan", "melempari", "membakar ban",
               "bentrok dengan polisi", "bentrok dengan aparat"]},
    {"type": "Protests", "sub": "Protest with intervention",
     "terms": ["membubarkan massa", "dibubarkan", "membubarkan", "gas air mata",
               "meriam air", "water cannon"]},
    {"type": "Protests", "sub": "Peaceful protest",
     "terms": ["unjuk rasa", "demonstrasi", "aksi protes", "berunjuk rasa", "berdemonstrasi",
               "aksi damai", "long march", "menggelar aksi", "pengunjuk rasa", "demonstran",
               "demo"]},
    {"type": "Strategic developments", "sub": "Arrests",
     "terms": ["ditangkap", "menangkap", "diamankan", "mengamankan", "ditahan", "penangkapan"]},
    {"type": "Strategic developments", "sub": "Looting/property destruction",
     "terms": ["membakar", "dibakar", "menjarah", "dijarah", "penjarahan", "perusakan"]},
    {"type": "Strategic developments", "sub": "Change to group/activity",
     "terms": ["tentara tambahan", "pasukan tambahan", "mengerahkan pasukan", "bala bantuan"]},
    {"type": "Strategic developments", "sub": "Agreement",
     "terms": ["kesepakatan", "sepakat", "setuju", "perjanjian", "menandatangani",
               "menyepakati", "gencatan senjata disepakati"]},
    {"type": "Strategic developments", "sub": "Other",
     "terms": ["pembicaraan", "perundingan", "negosiasi", "bertemu", "pertemuan",
               "menjadi tuan rumah", "mediasi", "kunjungan"]},
]

# A clause with these is about what did not or may happen, or generalities: no event.
NON_EVENT_CUES = [
    "untuk", "tujuan", "berakhirnya", "berakhir", "dimulai", "hendak", "ingin", "tidak", "bukan",
    "belum", "tanpa", "gagal", "akan", "siap untuk", "berencana", "mengancam", "jika", "apabila",
    "seruan", "menyerukan", "mendesak", "bersumpah", "upaya", "diakhirinya", "mengakhiri",
    "menghentikan",
    # "di medan perang atau meja perundingan": the negotiating table, a figure of speech
    "meja",
]

# A weapon after these is given, sold, bought or relied on: a capability, not an attack
# ("memberinya drone serang", "mengandalkan serangan pesawat tak berawak").
ARMS_SUPPLY = [
    "memberinya", "memasok", "dipasok", "pasokan", "mengandalkan", "menjual", "dijual",
    "membeli", "dibeli", "pengiriman", "mengirimkan senjata",
]
# ... or after these ("sistem roket jarak jauh yang dipasok oleh Turki").
ARMS_SUPPLIED = ["yang dipasok", "dipasok oleh", "yang dibeli", "yang dijual",
                 "pasokan dari"]

# Talks right after these are where a statement was made ("berbicara dalam pertemuan"), not
# an event of their own.
SPEECH_SETTING = ["berbicara dalam", "berbicara di", "berbicara pada", "berbicara usai",
                  "berbicara setelah", "dalam jumpa pers", "dalam konferensi pers"]

# Where an attack whose weapon is not named lands decides its kind: on settlements it is
# shelling (remote violence), on forces or positions an armed clash.
GENERIC_ATTACK_TERMS = ["diserang", "menyerang", "serangan", "menargetkan", "ditargetkan",
                        "sasaran tembakan", "sasaran"]
SETTLEMENT_WORDS = ["kota", "desa", "permukiman", "pemukiman", "kampung", "wilayah", "daerah",
                    "kawasan", "kota-kota", "desa-desa", "daerah-daerah"]
FORCE_WORDS = ["pos", "posisi", "pasukan", "markas", "pangkalan", "barak", "tentara"]

# A sentence holds one event per clause; these start a new clause ("..., tetapi ...").
CLAUSE_BREAKS = [", tetapi", ", namun", "; ", ", sedangkan", ", sementara", " tetapi "]

# A trigger noun followed by these words refers back to an event already reported ("dalam
# pertempuran itu", "kericuhan tersebut"): the clause is another account of that event, not a
# new one. (A first mention has nothing earlier to refer to and stays an event.)
ANAPHORA_BEFORE: list[str] = []
# (one word may stand between: "pertempuran terakhir itu")
ANAPHORA_AFTER = ["itu", "tersebut", "ini", "yang sama", "saat ini"]

# A trigger right after these only dates another clause ("Sehari sebelum bentrokan, ..."): it
# is not the clause's event.
TIME_ANCHORS = ["sebelum", "menjelang", "jelang", "sebelum terjadinya", "sebelum terjadi"]

# Endings a trigger may carry and still be the trigger ("pesawat nirawaknya").
WORD_SUFFIXES: list[str] = ["nya", "lah", "pun"]

# Armed groups that raid on the ground: their attack on a village is violence against its
# people, not shelling.
RAIDERS = ["kelompok bersenjata", "milisi", "militan", "pemberontak", "orang tak dikenal",
           "orang bersenjata", "KKB", "teroris", "gerombolan", "perampok", "begal"]

# The word that introduces the agent of a passive verb ("diserang oleh ...").
PASSIVE_AGENT = ["oleh"]

# A clause about a match, a show, a game or an illness tells no violent event, whatever its
# verbs ("membangun serangan", "penyakit yang menyerang").
NOT_VIOLENT_CONTEXT = [
    "gol", "laga", "pertandingan", "babak pertama", "babak kedua", "pemain", "pelatih", "klub",
    "kiper", "gawang", "penalti", "klasemen", "liga", "turnamen", "kejuaraan", "bola",
    "striker", "gelandang", "sepak", "timnas", "skuat", "kompetisi", "juara", "final",
    "game", "gim", "permainan", "film", "sinetron", "lagu", "album", "tangga lagu",
    "penyanyi", "aktris", "aktor", "penyakit", "kanker", "tumor", "bakteri", "mikroba",
    "siber", "virus komputer", "peretas", "hacker", "antariksa", "satelit", "ponsel",
    "smartphone", "konsumen", "persen", "pebalap", "balapan", "petinju", "set pertama",
    "bek", "menit ke", "tuan rumah", "kebobolan", "umpan", "notebook", "laptop",
]

# A word introducing one incident, up to three words before a trigger ("korban tewas akibat
# sebuah serangan rudal ... bertambah menjadi sembilan"): a clause giving its running toll still
# tells that incident.
INCIDENT_BEFORE = ["sebuah", "suatu"]
