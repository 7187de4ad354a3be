"""Language-independent reference data (plain data modules)."""
