"""Relative time words (see lang/id/time.py)."""

DAY_PARTS = ["morning", "afternoon", "evening", "night", "dawn", "overnight", "midday"]
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "overnight": 0, "last night": 0,
                 "this morning": 0, "tonight": 0, "tomorrow": 1}
RELATIVE_WEEKS = {"last week": -1, "this week": 0, "earlier this week": 0, "the previous week": -1}
WEEKDAY_LEADS = ["on", "last", "since", "early on", "late on", "by"]
WEEKDAY_PAST = ["last"]
CAPITALISED_ONLY = ["may", "march", "sat", "sun", "wed", "mar", "jan"]
DATE_RANGE_JOINERS = ["and", "to", "-", "–", "through"]

SENTENCE_ABBREVIATIONS = [
    "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "sgt.", "capt.", "maj.", "gov.", "sen.",
    "rep.", "st.", "u.s.", "u.n.", "u.k.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
    "dec.", "no.", "calif.", "inc.", "corp.", "vs.", "e.g.", "i.e.", "lt.-col.", "brig.",
    "adm.", "prof.", "jr.", "sr.", "mt.", "ft.", "approx.",
]

# A date followed by one of these is part of a name, not a time ("July 7 neighbourhood",
# "26 July Movement", "9 May Square").
DATE_NAME_AFTER = ["neighbourhood", "neighborhood", "street", "st", "square", "avenue", "road",
                   "bridge", "movement", "brigade", "stadium", "hospital", "university",
                   "district", "quarter", "camp", "park", "revolution"]
DATE_NAME_BEFORE: list[str] = []
# The word between a day and its month: "the 9th of May".
DAY_OF_MONTH = ["of"]

# "two days ago", "a week ago": a count of these units before the reference date.
AGO_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
AGO_WORDS = ["ago"]
# Glued forms of "one unit" ("sehari", Indonesian); none in English.
ONE_UNIT_WORDS: dict[str, int] = {}
