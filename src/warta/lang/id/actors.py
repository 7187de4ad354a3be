"""Indonesian uses the country name as the adjective ("tentara Armenia"), so few demonyms are
needed; these are the exceptions."""

DEMONYMS = {"azeri": "AZE", "kurdi": "IRQ", "palestina": "PSE", "rohingya": "MMR"}

# -- who did it to whom: the clause grammar (see extract/events.py) --------------------------
# The agent of a passive verb follows it after these ("diserang oleh roket Azerbaijan").
AGENT_MARKERS = ["oleh"]
# Indonesian marks the passive on the verb (di-), not with an auxiliary.
PASSIVE_AUXILIARIES: list[str] = []
PASSIVE_PREFIXES = ["di"]
# A trigger starting so is a verb (menyerang, diserang, bertempur, terlibat); any other is a
# noun (serangan, artileri, pembicaraan).
VERB_PREFIXES = ["me", "di", "ber", "ter"]
# A noun takes its owner after it: "artileri Armenia", "serangan Azerbaijan".
# A word starting so is a verb and ends the noun phrase of a noun trigger ("Penembakan hebat
# terbaru memaksa penduduk ...": the residents are not the shelling's owner).
PHRASE_ENDING_PREFIXES: list[str] = ["me"]
OWNER_AFTER_NOUN = True
CLAUSE_OPENERS = ["yang", "setelah", "ketika", "saat", "sementara", "karena", "sebelum",
                  "sesudah", "sedangkan", "namun", "tetapi", "bahwa", "sejak", "hingga",
                  "meskipun", "walaupun", "agar", "supaya"]
PREPOSITIONS = ["dengan", "di", "ke", "dari", "terhadap", "atas", "pada", "untuk", "dalam",
                "oleh", "kepada", "menuju", "antara", "bagi", "tentang", "sekitar"]
COORDINATORS = ["dan", "serta"]
BETWEEN = ["antara"]
# Forces named by a possessive that points back at the speaker: the speaker's side.
SPEAKER_FORCES = ["pasukannya", "pasukan kami", "pasukan mereka", "tentaranya", "tentara kami",
                  "militernya", "militer kami", "prajuritnya", "prajurit kami", "unitnya",
                  "angkatan bersenjatanya", "pejuangnya", "pejuang kami"]
SELF_REPORT_NOUNS = ["operasi", "operasi militer", "serangan balasan", "serangan balik",
                     "ofensif", "kontra-ofensif", "operasi kontra-terorisme"]
STATE_FORCES = ["polisi", "kepolisian", "aparat", "aparat keamanan", "pasukan keamanan",
                "tentara", "militer", "pasukan pemerintah", "aparat gabungan", "prajurit",
                "personel keamanan", "angkatan bersenjata", "angkatan darat", "angkatan laut",
                "angkatan udara", "pasukan khusus", "pasukan rezim", "junta militer"]
