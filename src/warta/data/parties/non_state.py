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
                                                            "Ansar Allah", "Ansarullah",
                                                            "pro-Houthi", "Pro-Houthi"]},
    "ISIS": {"name": "Islamic State", "aliases": ["Islamic State", "ISIS", "ISIL", "IS",
                                                  "Daesh", "ISWAP", "Negara Islam", "ISGS",
                                                  "ISSP", "ISKP", "IS-K"]},
    "ALSHABAAB": {"name": "Al Shabaab", "aliases": ["Al-Shabaab", "al-Shabaab", "Al Shabaab",
                                                    "Shabaab", "al shabaab", "al-shabab",
                                                    "al shabab"]},
    "BOKOHARAM": {"name": "Boko Haram", "aliases": ["Boko Haram", "JAS"]},
    "JNIM": {"name": "JNIM", "aliases": ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]},
    "WAGNER": {"name": "Wagner Group", "aliases": ["Wagner", "Wagner Group", "Africa Corps"]},
    "TALIBAN": {"name": "Taliban", "aliases": ["Taliban"]},
    "AA": {"name": "Arakan Army", "aliases": ["Arakan Army", "Tentara Arakan"]},
    "PDF": {"name": "People's Defence Force", "aliases": ["People's Defence Force",
                                                         "People's Defense Force", "PDF"]},
    # Armed groups and coalitions under the names ACLED codes them by
    "NAF": {"name": "NAF: United Armed Forces of Novorossiya", "aliases": [
        "NAF", "United Armed Forces of Novorossiya"]},
    "LNA": {"name": "LNA: Libyan National Army (Haftar Faction)", "aliases": [
        "LNA", "Libyan National Army", "Haftar forces", "Haftar's forces"]},
    "NPA": {"name": "NPA: New People's Army", "aliases": ["NPA", "New People's Army",
                                                         "Bagong Hukbong Bayan"]},
    "HTS": {"name": "HTS: Hayat Tahrir al Sham", "aliases": [
        "HTS", "Hayat Tahrir al-Sham", "Hayat Tahrir al Sham", "Tahrir al-Sham"]},
    "PKK": {"name": "PKK: Kurdistan Workers Party", "aliases": [
        "PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]},
    "AQAP": {"name": "AQAP: Al Qaeda in the Arabian Peninsula", "aliases": [
        "AQAP", "Al Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula"]},
    "QSD": {"name": "QSD: Syrian Democratic Forces", "aliases": [
        "QSD", "SDF", "Syrian Democratic Forces"]},
    "OPS": {"name": "Operation Peace Spring", "aliases": ["OPS", "Operation Peace Spring"]},
    "SAUCOAL": {"name": "Operation Restoring Hope (Saudi-led coalition)", "aliases": [
        "Saudi-led coalition", "Saudi-led Coalition", "Saudi-led Arab coalition",
        "Operation Restoring Hope", "koalisi pimpinan Saudi"]},
    "GCAD": {"name": "Global Coalition Against Daesh", "aliases": [
        "Global Coalition", "US-led coalition", "U.S.-led coalition",
        "Global Coalition Against Daesh"]},
    "MS13": {"name": "MS-13: Mara Salvatrucha", "aliases": ["MS-13", "MS13",
                                                            "Mara Salvatrucha"]},
    "CJNG": {"name": "CJNG: Jalisco New Generation Cartel", "aliases": [
        "CJNG", "Jalisco New Generation Cartel", "Jalisco Cartel"]},
    "BLA": {"name": "BLA: Baloch Liberation Army", "aliases": ["BLA",
                                                               "Baloch Liberation Army"]},
    "NAXAL": {"name": "Naxal-Maoist Rebels (India)", "aliases": [
        "Maoists", "Naxals", "Naxalites", "CPI-Maoist", "CPI (Maoist)"]},
    "EPP": {"name": "EPP: Paraguayan People's Army", "aliases": [
        "EPP", "Paraguayan People's Army"]},
    "UN": {"name": "United Nations", "aliases": ["PBB", "Perserikatan Bangsa-Bangsa",
                                                 "United Nations", "UN", "U.N.", "OCHA",
                                                 "UNHCR", "UNICEF", "WHO", "MONUSCO",
                                                 "UN agency", "U.N. agency"]},
}
