"""One file per schema version; each sets ``meta.schema_version`` to its number."""
