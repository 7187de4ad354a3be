"""English demonyms and adjectives for countries (ISO 3166 alpha-3): "Armenian forces",
"Sudanese army". Country names themselves come from CLDR (Babel) and ISO 3166 (pycountry)."""

DEMONYMS = {
    "afghan": "AFG", "albanian": "ALB", "algerian": "DZA", "american": "USA", "angolan": "AGO",
    "armenian": "ARM", "australian": "AUS", "azerbaijani": "AZE", "azeri": "AZE",
    "bangladeshi": "BGD", "belarusian": "BLR", "beninese": "BEN", "bosnian": "BIH",
    "brazilian": "BRA", "british": "GBR", "burkinabe": "BFA", "burmese": "MMR",
    "burundian": "BDI", "cameroonian": "CMR", "central african": "CAF", "chadian": "TCD",
    "chinese": "CHN", "colombian": "COL", "congolese": "COD", "egyptian": "EGY",
    "eritrean": "ERI", "ethiopian": "ETH", "filipino": "PHL", "french": "FRA",
    "georgian": "GEO", "german": "DEU", "ghanaian": "GHA", "haitian": "HTI", "indian": "IND",
    "indonesian": "IDN", "iranian": "IRN", "iraqi": "IRQ", "israeli": "ISR", "italian": "ITA",
    "ivorian": "CIV", "japanese": "JPN", "jordanian": "JOR", "kazakh": "KAZ", "kenyan": "KEN",
    "kurdish": "IRQ", "kyrgyz": "KGZ", "lebanese": "LBN", "libyan": "LBY", "malaysian": "MYS",
    "malian": "MLI", "mauritanian": "MRT", "mexican": "MEX", "moroccan": "MAR",
    "mozambican": "MOZ", "myanmar": "MMR", "nigerian": "NGA", "nigerien": "NER",
    "north korean": "PRK", "pakistani": "PAK", "palestinian": "PSE", "philippine": "PHL",
    "polish": "POL", "russian": "RUS", "rwandan": "RWA", "saudi": "SAU", "senegalese": "SEN",
    "serbian": "SRB", "somali": "SOM", "south korean": "KOR", "south sudanese": "SSD",
    "sudanese": "SDN", "syrian": "SYR", "tajik": "TJK", "thai": "THA", "tunisian": "TUN",
    "turkish": "TUR", "ugandan": "UGA", "ukrainian": "UKR", "uzbek": "UZB",
    "venezuelan": "VEN", "vietnamese": "VNM", "yemeni": "YEM", "zimbabwean": "ZWE",
}
