"""Exports of stored results in formats other tools read (GeoJSON; ACLED CSV and others later)."""
