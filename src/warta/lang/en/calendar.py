"""Names of weekdays and months (Monday = 0; January = 1), with the abbreviations of news style."""

WEEKDAYS = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

MONTHS = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Wire copy writes numeric dates day first outside the US; "3/14/2024" (month first) is also
# accepted when the first number cannot be a month.
NUMERIC_DATE_ORDER = "dmy"

SINCE_WORDS = ["since", "began", "began on", "started", "started on", "starting", "from"]

# Words that may stand between a since-word and the date it starts ("since the 27th", "began on
# Sunday").
DATE_LEADS = ["on", "the"]
