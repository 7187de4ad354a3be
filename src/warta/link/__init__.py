"""Linking across articles: tallies of running totals (more to come: duplicates, stories, event
co-reference, contradictions)."""
