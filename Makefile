# The README's commands. `make run` and `make test` work on a fresh checkout: they create
# .venv when it is missing and (re)install the project when pyproject.toml changes.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE ?= demo.roadmap
WORKBOOK ?= demo.xlsx

.PHONY: run test lint bench bundle clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	@test -e $(SAMPLE) || $(BIN)/roadmap sample $(SAMPLE)
	@if [ "$$(uname -s)" = Linux ] && [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "No display here, so the desktop app cannot open; exporting the sample instead."; \
		$(BIN)/roadmap export $(SAMPLE) $(WORKBOOK) && \
		echo "The sample roadmap is $(SAMPLE); its workbook is $(WORKBOOK)."; \
	else \
		$(BIN)/roadmap $(SAMPLE); \
	fi

lint: $(VENV)/.test-installed
	$(BIN)/ruff check roadmap tests bench
	$(BIN)/ruff format --check roadmap tests bench
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: $(VENV)/.test-installed
	@mkdir -p bench/out
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

$(VENV)/.bundle-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@ $(VENV)/.run-installed

bundle: $(VENV)/.bundle-installed
	PYTHON=$(BIN)/python installer/build.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache bench/out
