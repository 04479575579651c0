# Everything a fresh clone needs, from nothing but python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: dataset test lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

dataset: $(STAMP)
	$(BIN)/zhaoshang build corpus/seeds corpus/wild --out dist

test: $(STAMP)
	$(BIN)/ruff check builder tests benchmarks
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check builder tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info
