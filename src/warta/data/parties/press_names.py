"""Country names as the press uses them where ISO 3166's short names mislead.

ISO's short name of the Republic of the Congo is "Congo", but a news report that says "Congo"
or "Kongo" alone almost always means the Democratic Republic of the Congo; the smaller state is
written "Congo-Brazzaville" or "Republic of (the) Congo". Tables loaded later override earlier
aliases, and this one comes after the ISO default.
"""

NAME = "Country names in the press"
BELLIGERENTS: list[str] = []
PARTIES = {
    "COD": {"name": "DR Congo", "aliases": [
        "Congo", "Kongo", "DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo",
        "RD Kongo", "Republik Demokratik Kongo"]},
    "COG": {"name": "Republic of the Congo", "aliases": [
        "Congo-Brazzaville", "Republic of Congo", "Republic of the Congo", "Kongo-Brazzaville",
        "Republik Kongo"]},
}
