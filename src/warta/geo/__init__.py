"""Places: the embedded gazetteer and toponym resolution."""
