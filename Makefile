# Everything a fresh clone needs, from nothing but python3 and make.
# constraints.txt pins every installed version, so a rebuild gives byte-identical Parquet.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: dataset test accuracy lint clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

dataset: $(STAMP)
	$(BIN)/zhaoshang schema schema
	$(BIN)/zhaoshang build corpus/seeds corpus/wild --out dist

test: $(STAMP)
	$(BIN)/ruff check builder tests benchmarks
	$(BIN)/python -m pytest -q

# Field accuracy on the hand-labelled captures (tests/gold), dev and held-out parts side by side.
accuracy: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py

lint: $(STAMP)
	$(BIN)/ruff check builder tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info
