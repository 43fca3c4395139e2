# Set-up is incremental: the venv is made once, requirements are installed only when a
# requirements file changed, the default model is built only when absent.
PYTHON_BOOT ?= python3.11
VENV        := .venv
PY          := $(VENV)/bin/python
MODEL_DIR   ?= $(or $(MATCHER_MODEL_DIR),var/models)
# A CPU build of torch lies here on this machine kind; without it pip would pull a CUDA build.
FIND_LINKS  := $(if $(wildcard /opt/wheels),--find-links /opt/wheels,)
PIP         := $(PY) -m pip install --disable-pip-version-check -q $(FIND_LINKS)

.PHONY: postgres postgres-stop run test test-fast lint fmt model deps dev-deps bench screenshots clean

run: deps model
	$(PY) -m matcher serve

# A local PostgreSQL with pgvector under var/postgres (127.0.0.1 only); its last line is the
# MATCHER_DB to use. `make run` keeps SQLite unless MATCHER_DB says otherwise.
postgres: deps
	$(PY) -m matcher postgres start

postgres-stop: deps
	$(PY) -m matcher postgres stop

# The whole suite, as CI runs it.
test: deps dev-deps model lint
	$(PY) -m pytest -q

# The inner loop: no model build, no browser, no server processes (tests marked slow).
test-fast: deps dev-deps
	$(PY) -m pytest -q -m "not slow" -p no:cacheprovider

lint: dev-deps
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

fmt: dev-deps
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

deps: $(VENV)/.req-stamp
dev-deps: $(VENV)/.dev-stamp

$(PY):
	$(PYTHON_BOOT) -m venv $(VENV)

$(VENV)/.req-stamp: requirements.txt | $(PY)
	$(PIP) -r requirements.txt
	touch $@

$(VENV)/.dev-stamp: requirements-dev.txt $(VENV)/.req-stamp
	$(PIP) -r requirements-dev.txt
	touch $@

model: deps
	$(PY) -m matcher build-model --out $(MODEL_DIR)

bench: deps model
	for f in bench/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

screenshots: deps dev-deps model
	$(PY) bench/screenshots.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
