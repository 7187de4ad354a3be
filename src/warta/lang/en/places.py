"""Words after which a capitalised name is a place ("near Goma", "the town of Sake")."""

PLACE_CUES = ["in", "near", "town of", "city of", "village of", "province of", "region of",
              "district of", "outside", "around", "at", "towards", "toward", "from", "into",
              "across", "north of", "south of", "east of", "west of", "capital", "to"]
LIST_JOINERS = [",", "and", "or"]
