# Everything a fresh clone needs, from nothing but python3 and make.
# constraints.txt pins every installed version, so a rebuild gives byte-identical Parquet.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Older `datasets` releases, each in a virtual environment of its own, to prove the dataset loads there.
COMPAT := .venv-datasets-2.14/.installed .venv-datasets-3.6/.installed
# The builder's bytecode, written by the install and brought up to date (changed sources only) before the
# commands that run builds: where PYTHONDONTWRITEBYTECODE is set, as on the VMs the figures come from, every
# process would otherwise compile the builder's sources anew at its start (about 0.1 s of each build's start).
# Likewise the parser's regular expressions, recorded compiled (builder/run/compiled_patterns.py, another 0.1 s),
# and the parser's steps, compiled to C by mypyc where their sources changed (builder/run/native.py; about two
# minutes, for a tenth of a worker's time a capture).
BYTECODE := $(BIN)/python -m compileall -q builder && $(BIN)/python -m builder.run.compile_native \
	&& $(BIN)/python -m builder.run.record_patterns >/dev/null

.PHONY: dataset test accuracy layouts fuzz explore bench stages instructions lint clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,explore,ray,crawl,native]'
	$(BYTECODE)
	touch $(STAMP)

.venv-datasets-%/.installed: compat/datasets-%.txt
	$(PYTHON) -m venv .venv-datasets-$*
	.venv-datasets-$*/bin/python -m pip install --quiet --upgrade pip
	.venv-datasets-$*/bin/python -m pip install --quiet -r compat/datasets-$*.txt
	touch $@

dataset: $(STAMP)
	$(BYTECODE)
	$(BIN)/zhaoshang schema schema
	$(BIN)/zhaoshang build corpus/seeds corpus/wild --out dist
	$(BIN)/zhaoshang sqlite dist --full

test: $(STAMP) $(COMPAT)
	$(BYTECODE)
	$(BIN)/ruff check builder tests benchmarks tools
	$(BIN)/ruff format --check builder tests benchmarks tools
	$(BIN)/python -m pytest -q

# Field accuracy on the hand-labelled captures (tests/gold), dev and held-out parts side by side;
# `make accuracy ARGS=--locked` also scores the locked part, once the work is done.
accuracy: $(STAMP)
	$(BYTECODE)
	$(BIN)/python benchmarks/accuracy.py $(ARGS)

# The property tests with FUZZ_EXAMPLES generated inputs each (the default test run tries 300 each, fewer
# of the large ones); ARGS picks some, e.g. `make fuzz FUZZ_EXAMPLES=100 ARGS="-k megabytes"`.
FUZZ_EXAMPLES ?= 10000
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=slow FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q tests/test_fuzz.py \
		--hypothesis-show-statistics $(ARGS)

# The layout suite (tests/layouts): every labelled capture in eleven page layouts, each measure.
layouts: $(STAMP)
	$(BIN)/python benchmarks/layouts.py $(ARGS)

# Throughput (MB/s, articles/s, ratio to OpenCC t2s) with 1 and 2 workers, and peak memory at N and 4N.
bench: $(STAMP)
	$(BYTECODE)
	$(BIN)/python benchmarks/bench.py $(ARGS)

# Milliseconds a capture each stage of parsing takes: where to speed up next.
stages: $(STAMP)
	$(BYTECODE)
	$(BIN)/python benchmarks/stages.py

# Instructions a capture costs to parse, counted by valgrind (repeatable where seconds are not);
# `benchmarks/instructions.py --against REV` compares with another revision.
instructions: $(STAMP)
	$(BYTECODE)
	$(BIN)/python benchmarks/instructions.py

# Browse, search and facet dist/ in Datasette at http://127.0.0.1:8001/
explore: $(STAMP)
	$(BIN)/zhaoshang explore dist --open

lint: $(STAMP)
	$(BIN)/ruff check builder tests benchmarks tools
	$(BIN)/ruff format --check builder tests benchmarks tools

clean:
	rm -rf $(VENV) .venv-datasets-* build *.egg-info
