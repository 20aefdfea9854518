# The two set-up commands (see README): `make run` and `make test`. Both are safe to run twice.
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip install --disable-pip-version-check -q
DB     ?= data/tracker.sqlite
PORT   ?= 8501

.PHONY: run test store lint geodata mutation

$(VENV)/bin/python:
	python3 -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(PIP) -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(PIP) -r requirements-dev.txt
	touch $@

## Install, build the gazetteer and the store from articles/ if missing, start the app (PORT=, DB= to change).
run: $(VENV)/.runtime
	$(PY) -m pipeline build-gazetteer --if-missing
	$(PY) -m pipeline run articles --db $(DB)
	TRACKER_DB=$(DB) $(VENV)/bin/streamlit run app.py --server.port $(PORT) --server.address 127.0.0.1 --server.headless true

## Install the test tools and run the whole test suite.
test: $(VENV)/.dev
	$(PY) -m pipeline build-gazetteer --if-missing
	$(PY) -m pytest

## Mutation score of the modules that guard data, places and safety; long, so not part of `make test`.
## ARGS="--rerun-survivors" re-tests the survivors after new tests; ARGS="--report-only" prints the last score.
mutation: $(VENV)/.dev
	$(PY) -m pipeline build-gazetteer --if-missing
	$(PY) bench/mutation.py $(ARGS)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .

## Re-derive the committed Natural Earth files in geodata/ (needs npm and the registry).
geodata: $(VENV)/.runtime
	$(PY) geodata/build_geodata.py
