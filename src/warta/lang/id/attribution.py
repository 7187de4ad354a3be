"""Who says what: reporting, denial and accusation words, pronouns that refer back to a speaker.

Patterns, in the order tried: "menurut X, ..."; "X mengatakan (bahwa) ..."; "..., kata X";
"Dikatakan ..." (the previous speaker goes on); "dilaporkan ..." (no speaker: unknown).
"""

# "X mengatakan ...": the speaker is the subject before the verb.
SPEECH_VERBS = [
    "mengatakan", "menyatakan", "melaporkan", "mengklaim", "menyebut", "menyebutkan",
    "mengumumkan", "menegaskan", "menjelaskan", "mengungkapkan", "memperkirakan", "mencatat",
    "berkata", "mengonfirmasi", "mengkonfirmasi", "membenarkan", "menyampaikan", "menuturkan",
    "menambahkan", "memberitahu", "menginformasikan", "merilis", "mencatatkan", "menilai",
]
# "..., kata X" / "“...,” ujarnya": the speaker follows the verb.
SPEECH_VERBS_INVERTED = [
    "kata", "ujar", "ungkap", "jelas", "tutur", "tegas", "imbuh", "sebut", "ucap", "lanjut",
    "tambah", "terang", "papar", "katanya", "ujarnya", "ungkapnya", "jelasnya", "tuturnya",
    "tegasnya", "imbuhnya", "sebutnya", "ucapnya", "lanjutnya", "tambahnya",
]
# "Menurut X, ...": the speaker follows and ends at the comma.
ACCORDING_TO = ["menurut", "berdasarkan keterangan", "berdasarkan data", "mengutip"]
# A sentence opening with these goes on quoting the previous speaker ("Dikatakan 19 warga ...").
CONTINUATION = ["dikatakan", "disebutkan", "ditambahkan", "dijelaskan", "ia juga mengatakan",
                "mereka juga mengatakan"]
# A claim no one is named for ("dilaporkan", "dikonfirmasi bahwa ...").
IMPERSONAL = ["dilaporkan", "dikonfirmasi", "diberitakan", "dikabarkan", "kabarnya",
              "disebut-sebut"]
# Words that refer back to the last speaker.
PRONOUNS = ["mereka", "ia", "dia", "beliau", "pihaknya", "kementerian tersebut",
            "kementerian itu", "pihak tersebut", "nya", "para pejabat itu", "pejabat tersebut"]

DENIAL_VERBS = [
    "membantah", "menolak tuduhan", "menolak klaim", "menyangkal", "dibantah", "menepis",
    "menampik", "membantahnya", "tidak benar", "disangkal", "ditepis", "menolak laporan",
]
ACCUSATION_VERBS = ["menuduh", "menuding", "menyalahkan", "dituduh", "mengecam", "menuduhkan"]

# Titles and institutions: they start a speaker's name and are not places.
TITLES = [
    "presiden", "wakil presiden", "perdana menteri", "menteri", "menteri luar negeri",
    "menteri pertahanan", "juru bicara", "jubir", "kepala", "komandan", "panglima", "pejabat",
    "para pejabat", "otoritas", "pihak berwenang", "kementerian", "kementerian pertahanan",
    "kementerian luar negeri", "kementerian kesehatan", "pemerintah", "pemerintahan",
    "militer", "kepolisian", "polisi", "kapolda", "kapolres", "kabid humas", "dinas",
    "badan", "lembaga", "kantor", "duta besar", "gubernur", "bupati", "walikota", "wali kota",
    "pemimpin", "ketua", "sekretaris jenderal", "direktur", "pengamat", "saksi", "warga",
    "penduduk", "aktivis", "pemantau", "organisasi", "kelompok",
]

# -- the shape of a speech clause (see extract/attribution.py) -------------------------------
# A speaker's noun phrase before its verb begins after one of these words (or punctuation).
SUBJECT_BOUNDARIES = ["dan", "tetapi", "namun", "sementara", "bahwa", "sedangkan"]
# A speaker after its verb ("kata juru bicara itu") ends at punctuation or at one of these.
SPEAKER_ENDS = ["kepada", "dalam", "di", "pada", "saat", "ketika", "seperti", "yang", "bahwa"]
# The agent of a passive denial follows this ("yang dibantah oleh X").
PASSIVE_AGENTS = ["oleh"]
# A verb followed only by these (or a few words) closes the sentence: "..., katanya kepada
# wartawan" attributes what came before it.
TAIL_WORDS = ["kepada", "dalam", "pada"]
# A word ending so points at the last speaker ("katanya", "menurutnya").
ENCLITIC_PRONOUNS = ["nya"]
# A speech verb right after these is a noun; Indonesian nouns and verbs differ in form.
NOUN_DETERMINERS: list[str] = []
# Adverbs between a speaker and the speech verb ("Ia juga menuding", "the army also said"):
# no part of the speaker's name.
SPEAKER_ADVERBS = ["juga", "pun", "pula", "lalu", "kemudian", "bahkan", "sendiri", "kembali"]
# A speech verb after a relative pronoun ("OCHA, yang menyebut ...", "the UN office, which
# said ..."): the speaker is the name right before it.
RELATIVE_PRONOUNS = ["yang"]
# Lower-case words inside an institution's name ("Kantor PBB untuk Koordinasi Urusan
# Kemanusiaan", "Office for the Coordination of Humanitarian Affairs").
NAME_CONNECTORS = ["untuk", "dan", "bagi", "dari", "di"]
