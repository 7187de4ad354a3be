"""Non-state armed groups often in the news, with the names they go by in English and
Indonesian reporting. Codes are short and stable; ACLED's actor names are in ``name``."""

NAME = "Non-state armed groups"
BELLIGERENTS: list[str] = []
PARTIES = {
    "RSF": {"name": "Rapid Support Forces", "aliases": ["Rapid Support Forces", "RSF",
                                                        "Pasukan Dukungan Cepat"]},
    "M23": {"name": "M23: March 23 Movement", "aliases": ["M23", "March 23 Movement",
                                                         "Gerakan 23 Maret"]},
    "TPNPB": {"name": "TPNPB-OPM: West Papua National Liberation Army", "aliases": [
        "TPNPB", "TPNPB-OPM", "OPM", "KKB", "Kelompok Kriminal Bersenjata",
        "kelompok kriminal bersenjata", "Organisasi Papua Merdeka", "KST",
        "West Papua National Liberation Army"]},
    "HAMAS": {"name": "Hamas", "aliases": ["Hamas", "Brigade Al-Qassam", "Qassam Brigades"]},
    "HEZBOLLAH": {"name": "Hezbollah", "aliases": ["Hezbollah", "Hizbullah", "Hizbulloh"]},
    "HOUTHI": {"name": "Ansar Allah (Houthis)", "aliases": ["Houthi", "Houthis", "Huthi",
                                                            "Ansar Allah", "Ansarullah"]},
    "ISIS": {"name": "Islamic State", "aliases": ["Islamic State", "ISIS", "ISIL", "IS",
                                                  "Daesh", "ISWAP", "Negara Islam"]},
    "ALSHABAAB": {"name": "Al Shabaab", "aliases": ["Al-Shabaab", "al-Shabaab", "Al Shabaab",
                                                    "Shabaab"]},
    "BOKOHARAM": {"name": "Boko Haram", "aliases": ["Boko Haram", "JAS"]},
    "JNIM": {"name": "JNIM", "aliases": ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]},
    "WAGNER": {"name": "Wagner Group", "aliases": ["Wagner", "Wagner Group", "Africa Corps"]},
    "TALIBAN": {"name": "Taliban", "aliases": ["Taliban"]},
    "AA": {"name": "Arakan Army", "aliases": ["Arakan Army", "Tentara Arakan"]},
    "PDF": {"name": "People's Defence Force", "aliases": ["People's Defence Force",
                                                         "People's Defense Force", "PDF"]},
    "UN": {"name": "United Nations", "aliases": ["PBB", "Perserikatan Bangsa-Bangsa",
                                                 "United Nations", "UN", "U.N.", "OCHA",
                                                 "UNHCR", "UNICEF", "WHO", "MONUSCO",
                                                 "UN agency", "U.N. agency"]},
}
