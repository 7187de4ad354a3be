"""Language identification help.

Identifiers trained on web text (py3langid, lingua) often call short Indonesian text Malay. When
the identifier's answer is a language listed in CONFUSED_WITH, warta counts the words below that
each variety uses and the other does not, and keeps this pack's language unless the other
variety's words outnumber them.
"""

CONFUSED_WITH = {
    "ms": {
        "id": [
            "bisa", "kemarin", "mengatakan", "polisi", "senin", "jumat", "minggu", "agustus",
            "desember", "karena", "uang", "pemerintah", "kantor", "rumah sakit", "bahwa",
            "tentara", "dilansir", "sekitar", "juga", "tersebut", "sedang", "cuma", "nggak",
            "enggak", "mobil", "sepeda", "perusahaan", "kepolisian", "presiden",
        ],
        "ms": [
            "kerana", "bahawa", "tentera", "polis", "kerajaan", "isnin", "jumaat", "ahad",
            "ogos", "disember", "boleh", "wang", "hospital", "sahaja", "pejabat", "berkata",
            "daripada", "kereta", "syarikat", "beliau", "iaitu", "dianggarkan", "seramai",
        ],
    },
}
