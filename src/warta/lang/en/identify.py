"""Language identification help (see lang/id/identify.py). English needs none."""

CONFUSED_WITH: dict[str, dict[str, list[str]]] = {}
