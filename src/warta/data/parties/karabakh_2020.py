"""Parties of the 2020 Nagorno-Karabakh war (the reference case), with the names, places and
people the press uses for each. ARM covers Armenia and the Nagorno-Karabakh authorities."""

NAME = "Nagorno-Karabakh 2020"
BELLIGERENTS = ["ARM", "AZE"]
PARTIES = {
    "ARM": {"name": "Armenia / Nagorno-Karabakh authorities", "aliases": [
        "Armenia", "Armenian", "Armenians", "Armenian-backed", "etnis Armenia", "Yerevan",
        "Nagorno-Karabakh", "Nagorno Karabakh", "Karabakh", "Karabagh", "Artsakh",
        "Stepanakert", "separatis", "separatists", "ethnic Armenian", "Pashinyan",
        "Nikol Pashinyan", "Harutyunyan", "Arayik Harutyunyan", "Shushan Stepanyan",
    ]},
    "AZE": {"name": "Azerbaijan", "aliases": [
        "Azerbaijan", "Azerbaijani", "Azerbaijanis", "Azeri", "Azeris", "Baku", "Aliyev",
        "Ilham Aliyev", "Azertac",
    ]},
    "RUS": {"name": "Russia", "aliases": ["Rusia", "Russia", "Russian", "Moskow", "Moscow",
                                          "Kremlin", "Putin", "Vladimir Putin"]},
    "TUR": {"name": "Turkey", "aliases": ["Turki", "Turkey", "Türkiye", "Turkish", "Ankara",
                                          "Erdogan", "Cavusoglu", "Mevlut Cavusoglu"]},
    "IRN": {"name": "Iran", "aliases": ["Iran", "Iranian", "Teheran", "Tehran", "Khatibzadeh",
                                        "Saeed Khatibzadeh"]},
    "USA": {"name": "United States", "aliases": ["AS", "Amerika Serikat", "United States",
                                                 "U.S.", "US", "Washington", "Pompeo",
                                                 "Mike Pompeo"]},
    "FRA": {"name": "France", "aliases": ["Prancis", "France", "French", "Paris", "Macron",
                                          "Emmanuel Macron"]},
}
