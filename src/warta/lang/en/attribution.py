"""Who says what (see lang/id/attribution.py for the shape)."""

SPEECH_VERBS = [
    "said", "says", "told", "reported", "claimed", "claims", "announced", "stated", "added",
    "confirmed", "estimated", "estimates", "noted", "reports", "declared", "insisted",
    "alleged", "warned", "wrote", "tweeted", "posted", "acknowledged", "put", "puts",
]
SPEECH_VERBS_INVERTED = ["said", "says", "told", "added", "according to", "wrote", "reported"]
ACCORDING_TO = ["according to", "citing", "quoting"]
CONTINUATION = ["it said", "they said", "he said", "she said", "the statement said",
                "the ministry said", "it added", "they added"]
IMPERSONAL = ["reportedly", "it was reported", "were reported", "was reported",
              "was confirmed", "were confirmed", "it is believed"]
PRONOUNS = ["they", "he", "she", "it", "the ministry", "the army", "the group", "officials",
            "the officials", "the spokesman", "the spokeswoman", "the statement"]

DENIAL_VERBS = ["denied", "denies", "rejected", "rejects", "dismissed", "refuted", "disputed",
                "deny", "denying", "rejected the claim", "rejected the accusation"]
ACCUSATION_VERBS = ["accused", "accuses", "blamed", "blames", "accusing", "blaming"]

TITLES = [
    "president", "vice president", "prime minister", "minister", "foreign minister",
    "defence minister", "defense minister", "spokesman", "spokeswoman", "spokesperson",
    "head", "commander", "chief", "general", "colonel", "lieutenant", "major", "captain",
    "official", "officials", "authorities", "ministry", "defence ministry", "defense ministry",
    "foreign ministry", "health ministry", "government", "army", "military", "police",
    "governor", "mayor", "ambassador", "leader", "secretary-general", "director", "witness",
    "witnesses", "residents", "activists", "monitor", "monitors", "agency", "office",
]
