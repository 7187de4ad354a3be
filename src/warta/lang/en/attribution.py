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

# -- the shape of a speech clause (see extract/attribution.py) -------------------------------
# A speaker's noun phrase before its verb begins after one of these words (or punctuation).
SUBJECT_BOUNDARIES = ["and", "but", "while", "that", "as"]
# A speaker after its verb ("said the army") ends at punctuation or at one of these words.
SPEAKER_ENDS = ["in", "on", "at", "to", "during", "after", "when", "as", "told", "that"]
# The agent of a passive denial follows this ("was denied by the army").
PASSIVE_AGENTS = ["by"]
# A verb followed only by these (or a few words) closes the sentence: "..., the army said in a
# statement" attributes what came before it.
TAIL_WORDS = ["in", "on", "at", "to"]
# A word ending so is a possessive pointing at the last speaker (none in English).
ENCLITIC_PRONOUNS: list[str] = []
# A speech verb right after these is a noun ("with no reports on fatalities", "the claims").
NOUN_DETERMINERS = ["no", "the", "a", "an", "some", "several", "unconfirmed", "media", "initial",
                    "local", "its", "their", "his", "her", "these", "those", "such", "further"]
# Adverbs between a speaker and the speech verb ("Ia juga menuding", "the army also said"):
# no part of the speaker's name.
SPEAKER_ADVERBS = ["also", "later", "then", "again", "too", "meanwhile", "separately", "previously"]
# A speech verb after a relative pronoun ("OCHA, yang menyebut ...", "the UN office, which
# said ..."): the speaker is the name right before it.
RELATIVE_PRONOUNS = ["which", "who"]
# Lower-case words inside an institution's name ("Kantor PBB untuk Koordinasi Urusan
# Kemanusiaan", "Office for the Coordination of Humanitarian Affairs").
NAME_CONNECTORS = ["of", "for", "the", "and", "on", "in"]
