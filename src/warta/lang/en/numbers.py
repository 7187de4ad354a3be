"""Numbers in English: number words, multipliers, vague quantities, qualifiers, and the words that
make a number something other than a count (ordinal, percent, money, measure, year, clock).

Applied by :mod:`warta.annotate.numbers`. Keys and entries are lower case; a phrase may be several
words. Values of vague quantities follow ACLED's conservative coding (see VAGUE).
"""

# English writes decimals with a point ("1.5 million") and groups thousands with a comma
# ("1,166"). A separator followed by exactly three digits is read as grouping whatever this says.
DECIMAL_SEPARATOR = "."

# Words that are a whole number by themselves; compounds are read from these ("twenty-three",
# "twenty three").
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

# Multipliers: they multiply the smaller number words (or digits) just before them
# ("two hundred", "two dozen" = 24, "1.5 million" = 1,500,000).
SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}

# Words that add to the unit before them; English has none ("thirteen" is one word).
ADD_SUFFIXES: dict[str, int] = {}

# Words that may join number words inside one number: "two hundred and fifty".
CONNECTORS = ["and"]

# Determiners that mean exactly one when they directly precede a counted noun ("a soldier was
# killed"). The casualty extractor decides; only "one" is also reported as a number. "a"/"an"
# are read as 1 only before a multiplier ("a dozen", "a hundred", "a thousand").
ONE_WORDS = ["a", "an", "one"]

# Vague quantities, coded as ACLED codes them: the most conservative reading, qualifier at_least.
# ACLED's fatality FAQ ("Fatalities", Uses and limitations of ACLED data, last updated 7 May 2024)
# says: when sources report "tens", "dozens" or "hundreds", ACLED codes 10, 12 and 100 "and so
# on"; "thousands" and "tens of thousands" follow the same rule.
# Not listed: "several", "a few", "many", "scores", "a handful". ACLED has a fallback for reports
# of fatalities with no number, but its wording could not be confirmed from a stored copy of the
# codebook, so those words are left to the extractor rather than given a made-up value.
VAGUE = {
    "tens": 10,
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "tens of thousands": 10_000,
    "dozens of thousands": 12_000,
    "hundreds of thousands": 100_000,
    "tens of millions": 10_000_000,
    "hundreds of millions": 100_000_000,
}

# Words directly before a number that say how exact it is. "some" only counts directly before a
# number ("some 200 people"), which is the only place this list is looked at. "fewer than" and
# "less than" have no qualifier in the record and are left out.
QUALIFIERS = {
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "nearly": "about",
    "almost": "about",
    "close to": "about",
    "approaching": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "well over": "more_than",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "up to": "up_to",
    "as many as": "up_to",
    "at most": "up_to",
    "a maximum of": "up_to",
    "a total of": "exact",
}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1_000,
}
# Written before digits with a hyphen: none in English.
ORDINAL_PREFIXES: list[str] = []
# Glued after digits: "5th", "21st", "2nd", "3rd".
ORDINAL_SUFFIXES = ["st", "nd", "rd", "th"]

# Words between two numbers that make them one range ("10 to 15", "10-15", "one or two").
RANGE_CONNECTORS = ["-", "–", "—", "to", "or"]
# Words around two numbers that make a range: "between 10 and 15".
RANGE_BETWEEN = {"between": "and"}
# After these "X to Y" is a change, not a range: "the toll rose from 927 to 963", "rose by 36 to
# 963". The price is "rose by 10 to 15 percent", read as two numbers.
NOT_RANGE_AFTER = ["from", "by"]

PERCENT_WORDS = ["%", "percent", "per cent", "pct", "percentage points", "percentage point"]

# Currency written before the number ("USD 5"); symbols ($, €, £, ¥, "US$") are read by the code
# for every language.
CURRENCY_BEFORE = ["usd", "eur", "gbp", "rp", "rp.", "idr", "rs", "rs."]
# Currency written after the number ("5 million dollars").
CURRENCY_AFTER = [
    "dollars", "dollar", "us dollars", "euros", "euro", "pounds sterling", "rupiah", "rupees",
    "roubles", "rubles", "manat", "drams", "lira", "liras", "yen", "yuan", "riyals", "usd",
]

# Units of measure right after a number ("30 kilometers", "5 km"). Durations (hours, days,
# years) are not here: "13 years" stays a cardinal for the extractor to judge. "m" is left out:
# news style uses it for million ("5m").
MEASURE_UNITS = [
    "km", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "mi",
    "meter", "meters", "metre", "metres", "cm", "mm", "feet", "foot", "ft", "yards", "yard",
    "ton", "tons", "tonne", "tonnes", "kg", "kilogram", "kilograms", "lbs", "hectares",
    "hectare", "acres", "acre", "litres", "liters", "degrees", "mph", "km/h", "kph", "knots",
    "square miles", "square kilometers", "square kilometres", "sq km",
]

# A four-digit number after these is a year ("in 1994", "since 1994", "mid-2020").
YEAR_BEFORE = [
    "in", "since", "year", "the year", "until", "till", "during", "from", "early", "late",
    "mid", "circa", "pre", "post",
]
# Glued to a year they make a decade, still a year: "1990s".
DECADE_SUFFIXES = ["s"]

# A number after these, or before TIME_AFTER, is a clock time and is not read ("19:42 GMT",
# "10am"). Bare "at" is not here: "at 50" is as often a count as a time.
TIME_BEFORE: list[str] = []
TIME_AFTER = ["am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock", "local time"]
