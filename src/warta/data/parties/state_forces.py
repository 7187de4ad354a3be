"""State security forces by the names the press uses for them (they act for their state)."""

NAME = "State security forces"
BELLIGERENTS: list[str] = []
PARTIES = {
    "IDN": {"name": "Indonesia", "aliases": [
        "TNI", "Polri", "Brimob", "Kopassus", "Densus 88", "Kodam", "Kapolda", "Kapolres",
        "Satgas", "Operasi Damai Cartenz", "Kepolisian Republik Indonesia"]},
    "SDN": {"name": "Sudan", "aliases": ["Sudanese Armed Forces", "SAF", "Sudanese army"]},
    "MMR": {"name": "Myanmar", "aliases": ["Tatmadaw", "junta", "Myanmar military",
                                           "militer Myanmar"]},
    "COD": {"name": "DR Congo", "aliases": ["FARDC", "Congolese army", "tentara Kongo"]},
    "UKR": {"name": "Ukraine", "aliases": ["Ukrainian forces", "Ukrainian army", "ZSU"]},
    "RUS": {"name": "Russia", "aliases": ["Russian forces", "Russian army"]},
    "LBY": {"name": "Libya", "aliases": ["GNA", "Government of National Accord",
                                         "GNA forces"]},
    "IRQ": {"name": "Iraq", "aliases": ["PMF", "Popular Mobilization Forces",
                                        "Popular Mobilisation Forces", "Hashd al-Shaabi",
                                        "Iraqi army", "Iraqi security forces"]},
    "AFG": {"name": "Afghanistan", "aliases": ["ANDSF", "Afghan National Army",
                                               "Afghan National Defense and Security Forces"]},
    "YEM": {"name": "Yemen", "aliases": ["pro-Hadi forces", "Hadi forces", "pro-Hadi"]},
    "TUR": {"name": "Turkey", "aliases": ["Turkish Armed Forces", "TSK"]},
    "ISR": {"name": "Israel", "aliases": ["IDF", "Israel Defense Forces", "Israeli army"]},
}
