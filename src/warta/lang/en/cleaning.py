"""What page furniture and source citations look like in English news pages."""

JUSTEXT_STOPLIST = "English"

SHARE_WORDS = [
    "share", "share:", "share this", "share this:", "share this article", "tweet", "email",
    "print", "copy link", "copy", "link", "pin", "save", "comment", "comments", "facebook",
    "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "line", "messenger",
    "pinterest", "flipboard",
]

RELATED_CUES = [
    "read next", "read previous", "read more", "read more:", "related", "related articles",
    "related stories", "related news", "more from", "more stories", "most read", "most popular",
    "recommended", "you may also like", "see also", "also read", "trending", "latest news",
    "next article", "previous article", "up next",
]

BREADCRUMB_ROOTS = ["home", "news", "index", "front page"]

PROMPTS = [
    "advertisement", "advertisement:", "sponsored", "sponsored content", "scroll to continue",
    "scroll to continue with content", "continue reading", "what's your reaction?",
    "what's your reaction", "leave a comment", "leave a reply", "sign up", "subscribe",
    "follow us", "follow us on", "click here", "newsletter", "reporting by", "editing by",
]

SPAM_TERMS = ["online casino", "casino bonus", "betting tips", "buy followers"]

TIMESTAMP_WORDS = [
    "updated", "published", "posted", "last", "on", "at", "gmt", "utc", "bst", "edt", "est",
    "cet", "am", "pm", "a.m", "p.m", "min", "mins", "minute", "minutes", "read", "ago", "hours",
    "hour", "days",
]

BYLINE_CUES = ["by", "reporting by", "written by", "editor", "editing by", "photo", "photos",
               "source", "words by"]

COPYRIGHT_MARKERS = ["all rights reserved", "copyright"]

PAGE_WORDS = ["page", "p."]
PAGE_OF_WORDS = ["of"]

CITATION_CUES_BEFORE = [
    "reported by", "quoted by", "cited by", "news agency", "state news agency", "in a report by",
    "wire service",
]
CITATION_CUES_WEAK_BEFORE = [
    "according to", "told", "in an interview with", "reports from", "said in an interview with",
]
CITATION_CUES_AFTER = ["reported", "reports", "said in a report"]
