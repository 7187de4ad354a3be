"""Indonesian (Bahasa Indonesia) language pack: plain data, applied by language-free code."""
