"""Numbers in Indonesian: number words, multipliers, vague quantities, qualifiers, and the words
that make a number something other than a count (ordinal, percent, money, measure, year, clock).

Applied by :mod:`warta.annotate.numbers`. Keys and entries are lower case; a phrase may be several
words. Values of vague quantities follow ACLED's conservative coding (see VAGUE).
"""

# Indonesian writes decimals with a comma ("1,5 juta") and groups thousands with a dot ("5.000").
# A separator followed by exactly three digits is read as grouping whatever this says.
DECIMAL_SEPARATOR = ","

# Words that are a whole number by themselves. The se- forms fuse "one" with a multiplier
# ("seratus" = a hundred); classifier forms of "one" ("seorang remaja" = one teenager) count too.
NUMBER_WORDS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
    "seratus": 100, "seribu": 1_000, "sejuta": 1_000_000, "semiliar": 1_000_000_000,
    "seorang": 1, "sebuah": 1, "seekor": 1, "sesosok": 1, "sebutir": 1, "sepucuk": 1,
}

# Multipliers: they multiply the smaller number words (or digits) just before them
# ("dua puluh" = 20, "dua ratus lima puluh ribu" = 250,000, "1,5 juta" = 1,500,000).
SCALES = {
    "puluh": 10, "ratus": 100, "ribu": 1_000, "juta": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "triliun": 1_000_000_000_000,
}

# Words that add to the unit before them: "dua belas" = 2 + 10, "tiga belas" = 13.
ADD_SUFFIXES = {"belas": 10}

# Words that may join number words inside one number; Indonesian compounds need none.
CONNECTORS: list[str] = []

# Determiners that mean exactly one when they directly precede a counted noun ("seorang anak").
# The casualty extractor decides whether the noun is a victim; those also in NUMBER_WORDS are
# reported as cardinal 1.
ONE_WORDS = ["seorang", "sebuah", "seekor", "sesosok", "sebutir", "sepucuk", "satu"]

# Vague quantities, coded as ACLED codes them: the most conservative reading, qualifier at_least.
# ACLED's fatality FAQ ("Fatalities", Uses and limitations of ACLED data, last updated 7 May 2024)
# says: when sources report "tens", "dozens" or "hundreds", ACLED codes 10, 12 and 100 "and so
# on". "puluhan" is literally "tens" but is the word Indonesian reporting uses for "dozens"; warta
# codes it 12 like "dozens" (the project's record contract, NumberMention), and "puluhan ribu"
# ("tens of thousands") 10 x 1,000. "belasan" (the teens) is coded 11, its smallest value.
# Not listed: "beberapa" (several, a few) and "banyak" (many). ACLED has a fallback for reports of
# fatalities with no number, but its wording could not be confirmed from a stored copy of the
# codebook, so those words are left to the extractor rather than given a made-up value.
VAGUE = {
    "belasan": 11,
    "puluhan": 12,
    "ratusan": 100,
    "ribuan": 1_000,
    "jutaan": 1_000_000,
    "belasan ribu": 11_000,
    "puluhan ribu": 10_000,
    "ratusan ribu": 100_000,
    "belasan juta": 11_000_000,
    "puluhan juta": 10_000_000,
    "ratusan juta": 100_000_000,
}

# Words directly before a number that say how exact it is. "exact" words are kept in the mention
# ("sebanyak 36") so the extractor need not read them again. Indonesian also puts "lebih" after
# the noun ("50 orang lebih"); that form is left to the extractor.
QUALIFIERS = {
    "sekitar": "about",
    "kurang lebih": "about",
    "kira-kira": "about",
    "hampir": "about",
    "mendekati": "about",
    "nyaris": "about",
    "diperkirakan": "about",
    "lebih dari": "more_than",
    "lebih dari sekitar": "more_than",
    "sedikitnya": "at_least",
    "setidaknya": "at_least",
    "setidak-tidaknya": "at_least",
    "sekurang-kurangnya": "at_least",
    "paling sedikit": "at_least",
    "minimal": "at_least",
    "tak kurang dari": "at_least",
    "tidak kurang dari": "at_least",
    "hingga": "up_to",
    "sampai": "up_to",
    "maksimal": "up_to",
    "paling banyak": "up_to",
    "sebanyak-banyaknya": "up_to",
    "sebanyak": "exact",
    "mencapai": "exact",
    "total": "exact",
}

# Ordinal words. "kedua" also means "both" ("kedua negara"), which is no count either.
ORDINAL_WORDS = {
    "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
    "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10,
    "kesebelas": 11, "keseratus": 100, "keseribu": 1_000,
}
# Written before digits with a hyphen: "ke-5", "hari ke-21".
ORDINAL_PREFIXES = ["ke"]
# Written after digits, glued: none in Indonesian.
ORDINAL_SUFFIXES: list[str] = []

# Words between two numbers that make them one range ("10 hingga 15 orang", "10-15").
RANGE_CONNECTORS = ["-", "–", "—", "hingga", "sampai", "sampai dengan", "s/d", "atau"]
# Words around two numbers that make a range: "antara 10 dan 15".
RANGE_BETWEEN = {"antara": "dan"}
# After these a "X hingga Y" is a change rather than a range; Indonesian writes changes with
# "menjadi", and "dari 10 hingga 15 tahun" is a range, so none.
NOT_RANGE_AFTER: list[str] = []

PERCENT_WORDS = ["%", "persen", "prosen"]

# Currency written before the number ("Rp 14.000", "Rp14 ribu"); symbols ($, €, £, ¥, "US$") are
# read by the code for every language.
CURRENCY_BEFORE = ["rp", "rp.", "idr", "usd"]
# Currency written after the number ("5 dolar", "5 juta rupiah").
CURRENCY_AFTER = [
    "dolar", "dollar", "dolar as", "rupiah", "euro", "yen", "yuan", "rubel", "rubel rusia",
    "lira", "manat", "dram", "riyal", "ringgit", "poundsterling", "usd", "idr",
]

# Units of measure right after a number ("5 km", "3 mil", "10 ton"). Durations (jam, hari,
# tahun) are not here: "13 tahun" and "2 jam" stay cardinals for the extractor to judge.
MEASURE_UNITS = [
    "km", "kilometer", "km2", "km persegi", "meter", "cm", "mm", "mil", "ton", "kg",
    "kilogram", "gram", "hektare", "hektar", "ha", "liter", "derajat", "knot", "kaki persegi",
    "mph", "km/jam",
]

# A four-digit number after these is a year ("tahun 1994", "sejak 1994", "akhir 2020").
YEAR_BEFORE = [
    "tahun", "sejak", "semenjak", "pada", "pada tahun", "awal", "akhir", "pertengahan", "medio",
    "era", "pasca", "pra", "th", "thn",
]
# Glued to a year they make a decade, still a year: "1990-an".
DECADE_SUFFIXES = ["an"]

# A number after these, or before TIME_AFTER, is a clock time and is not read ("pukul 13.00 WIB",
# "jam 10"). "2 jam" (two hours) is a duration and stays a cardinal.
TIME_BEFORE = ["pukul", "jam", "pkl", "pkl."]
TIME_AFTER = ["wib", "wita", "wit"]
