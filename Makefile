# warta: `make demo` sets up and runs the main job on the bundled demo corpus; `make test` tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_DB ?= demo.db
SHARED ?= ../shared

.PHONY: help install demo test lint eval-seeds bench clean

help:
	@echo "make demo        set up .venv, ingest examples/demo into $(DEMO_DB), list what was found"
	@echo "make test        lint and run the test suite"
	@echo "make eval-seeds  score against the seed gold set in $(SHARED) (fails below the bar)"
	@echo "make bench       run the benchmarks under bench/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,ray]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/warta ingest examples/demo --db $(DEMO_DB)
	$(BIN)/warta articles --db $(DEMO_DB)
	@echo
	@echo "Database: $(abspath $(DEMO_DB))   (try: $(BIN)/warta show <id> --db $(DEMO_DB))"

lint: install
	$(BIN)/ruff check src tests bench

test: lint
	$(BIN)/python -m pytest -q

eval-seeds: install
	@test -d $(SHARED)/corpus/seeds || { echo "eval-seeds: $(SHARED)/corpus/seeds not found"; exit 1; }
	$(BIN)/warta eval $(SHARED)/corpus/seeds --gold $(SHARED)/gold/seeds
	WARTA_SHARED=$(abspath $(SHARED)) WARTA_REQUIRE_SEEDS=1 $(BIN)/python -m pytest -q -m seeds

bench: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/clean.py
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/geocode.py
	$(BIN)/python bench/link.py
	$(BIN)/python bench/readers.py
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
