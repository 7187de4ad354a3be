"""Alembic migrations of the warta schema, run by :mod:`warta.store.migrate` (no alembic.ini)."""
