"""Relative time words: resolved against the article's date (see annotate/timex.py)."""

# Parts of the day: "Sabtu pagi" is that Saturday.
DAY_PARTS = ["pagi", "siang", "sore", "petang", "malam", "dini hari", "subuh", "tengah malam",
             "pagi hari", "malam hari", "siang hari", "sore hari"]
# Days relative to the reference date. "semalam" (overnight) is reported on the day it ends.
RELATIVE_DAYS = {"kemarin": -1, "kemarin lusa": -2, "hari ini": 0, "semalam": 0,
                 "tadi malam": 0, "tadi pagi": 0, "dalam semalam": 0, "malam tadi": 0,
                 "besok": 1, "lusa": 2}
# Weeks: "pekan lalu" is the week before (week precision).
RELATIVE_WEEKS = {"pekan lalu": -1, "minggu lalu": -1, "pekan ini": 0, "minggu ini": 0}
# Words before a weekday that point to it ("pada hari Minggu", "hari Sabtu").
WEEKDAY_LEADS = ["pada hari", "pada", "hari", "sejak hari", "sejak"]
# A weekday followed by these means the previous week's ("Minggu lalu" = last Sunday).
WEEKDAY_PAST = ["lalu", "kemarin", "sebelumnya"]
# Words that are weekdays only when capitalised ("Minggu" Sunday, "minggu" week).
CAPITALISED_ONLY = ["minggu"]
# Range joiner in "23 dan 24 Oktober".
DATE_RANGE_JOINERS = ["dan", "hingga", "sampai", "-", "–"]

SENTENCE_ABBREVIATIONS = [
    "jl.", "no.", "dr.", "prof.", "h.", "hj.", "kh.", "ir.", "st.", "kol.", "letkol.",
    "brigjen.", "mayjen.", "kombes.", "akbp.", "pol.", "dll.", "dsb.", "kab.", "kec.", "sdr.",
    "bpk.", "ny.", "tn.", "drs.", "a.n.", "u.p.", "kol.inf.", "jend.",
]

# A date after one of these is part of a name, not a time ("Jalan 17 Agustus", "Gerakan 30
# September", "Lapangan 10 November").
DATE_NAME_BEFORE = ["jalan", "jl", "jl.", "gerakan", "lapangan", "stadion", "universitas",
                    "simpang", "taman", "gedung", "tugu", "rumah sakit", "kampung", "kompleks"]
DATE_NAME_AFTER: list[str] = []
# The word between a day and its month: none ("9 Mei").
DAY_OF_MONTH: list[str] = []

# "dua hari lalu", "tiga hari yang lalu", "sepekan lalu": a count of these units before the
# reference date ("minggu" counts as a week only in lower case; "Minggu" is Sunday).
AGO_UNITS = {"hari": 1, "pekan": 7, "minggu": 7}
AGO_WORDS = ["lalu", "yang lalu", "silam", "yang silam"]
ONE_UNIT_WORDS = {"sehari": 1, "sepekan": 7, "seminggu": 7}
