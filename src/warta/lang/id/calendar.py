"""Names of weekdays and months (Monday = 0; January = 1), with the spellings seen in news."""

WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}

MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "agst": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12,
}

# Numeric dates are written day first: 23/10/2020, 1/11.
NUMERIC_DATE_ORDER = "dmy"

# A date right after these starts a period ("sejak Minggu (27/9/2020)"): an event's date, never
# the article's.
SINCE_WORDS = ["sejak", "semenjak", "mulai", "dimulai", "dimulai pada", "sejak hari"]

# Words that may stand between a since-word and the date it starts ("sejak hari Minggu", "mulai
# pada 27 September").
DATE_LEADS = ["hari", "pada", "tanggal", "tgl"]
