"""Indonesian uses the country name as the adjective ("tentara Armenia"), so few demonyms are
needed; these are the exceptions."""

DEMONYMS = {"azeri": "AZE", "kurdi": "IRQ", "palestina": "PSE", "rohingya": "MMR"}
