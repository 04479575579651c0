# Everything a fresh clone needs, from nothing but python3 and make.
# constraints.txt pins every installed version, so a rebuild gives byte-identical Parquet.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: dataset test accuracy fuzz lint clean

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

# The property tests with 10,000 generated inputs each (the default test run tries 300 each).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=slow $(BIN)/python -m pytest -q tests/test_fuzz.py --hypothesis-show-statistics

lint: $(STAMP)
	$(BIN)/ruff check builder tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info
