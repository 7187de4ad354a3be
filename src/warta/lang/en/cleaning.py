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
    "next article", "previous article", "up next", "read", "read also", "keep reading",
    "continue reading", "more on this story", "related coverage", "watch",
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
    "updated", "published", "posted", "issued", "modified", "first", "last", "on", "at", "gmt",
    "utc", "bst", "edt", "est", "cet", "cst", "pst", "pdt", "cdt", "mst", "mdt", "am", "pm", "a.m",
    "p.m", "min", "mins", "minute", "minutes", "read", "ago", "hours", "hour", "days",
]

BYLINE_CUES = ["by", "reporting by", "written by", "editor", "editing by", "photo", "photos",
               "source", "words by", "report by", "additional reporting by"]

CTA_WORDS = [
    "subscribe", "subscription", "sign up", "newsletter", "download", "install", "app",
    "follow us", "join", "click", "tap", "contact us", "feedback", "register", "log in",
    "notifications", "podcast", "get the", "share up to", "inbox", "here",
]

COPYRIGHT_MARKERS = ["all rights reserved", "copyright", "may not be published, broadcast",
                     "may not be reproduced", "without permission"]

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
# "The Reuters news agency", "Saba news agency reported": any name before these is a source.
CITATION_CUES_STRONG_AFTER = ["news agency", "state news agency", "wire service"]

# The word before an author's name that ends a timestamp line ("Posted on 10 May 2020 by Jane").
BYLINE_AGENTS = ["by"]

# Words that make a name a medium ("Meridian News", "The Daily Star"): a name after a weak
# citation cue counts as a cited source only if it is a known agency or holds one of these.
MEDIA_WORDS = ["news", "times", "post", "tv", "press", "agency", "radio", "journal", "herald",
               "tribune", "gazette", "daily", "media", "wire", "telegraph", "chronicle"]
