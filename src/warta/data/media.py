"""News agencies and outlets often cited by name, and words that mark a name as a medium.

A name after a weak citation cue ("according to X", "told X", "X melaporkan") counts as a cited
source only if it is listed here or contains one of MEDIA_DOMAINS or a pack's MEDIA_WORDS;
after a strong cue ("dilansir X", "news agency X") any name counts.
"""

AGENCIES = [
    "AFP", "AP", "Associated Press", "Reuters", "Anadolu", "Anadolu Agency", "Interfax", "TASS",
    "RIA Novosti", "Xinhua", "Antara", "ANTARA", "Kyodo", "Yonhap", "Bernama", "DPA", "EFE",
    "ANSA", "UPI", "PTI", "IRNA", "Tasnim", "Fars", "WAFA", "Azertac", "APA", "Armenpress",
    "Al Jazeera", "Aljazeera", "BBC", "CNN", "Sputnik", "RT", "France 24", "Deutsche Welle",
    "DW", "VOA", "Voice of America", "Radio Free Europe", "RFE/RL", "The New Arab",
    "The Guardian", "The New York Times", "The Washington Post", "Le Figaro", "Le Monde",
    "Kompas", "Tempo", "Detik", "detikcom", "CNN Indonesia", "CNBC Indonesia", "Republika",
    "Okezone", "Liputan6", "Tribunnews", "Kumparan", "Jakarta Post", "The Jakarta Post",
    "Bloomberg", "Sky News", "NHK", "Euronews", "Haaretz", "Times of Israel", "Middle East Eye",
]

# Parts of a name that make it a medium in any language (its web domain); each pack adds its
# own words (``lang/<code>/cleaning.py`` ``MEDIA_WORDS``: "news", "kantor berita").
MEDIA_DOMAINS = [".com", ".id", ".net", ".org"]
