"""English language pack: plain data, applied by language-free code."""
