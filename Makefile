# Every target creates .venv when it is missing. Only `make` and python3 are needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run test e2e bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

## make run: install, create ./demo.rondom (fictional cases, passphrase "demo") and open it
run: $(VENV)/.installed
	$(BIN)/rondom demo

## make test: install the test extras and system tools (tmux, age), run the whole suite
test: $(VENV)/.installed-test
	bash scripts/system-tools.sh
	$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

## make e2e: only the real-terminal tests (tests/e2e: the users' stories in tmux at 80x24 and 120x36)
e2e: $(VENV)/.installed-test
	bash scripts/system-tools.sh
	$(BIN)/python -m pytest -n 2 --dist loadgroup tests/e2e $(PYTEST_ARGS)

## make bench: the figures named in the issues
## (bytecode compiled first, as an installed wheel has it: with PYTHONDONTWRITEBYTECODE set, an
## editable install would compile every module again on each start and the start-up figure lie)
bench: $(VENV)/.installed-test
	$(BIN)/python -m compileall -q src bench
	$(BIN)/python -m bench

## make lint: ruff, mypy (strict, on the layers listed in pyproject.toml), the import contracts
lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis .import_linter_cache
