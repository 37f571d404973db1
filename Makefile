# Two commands for a newcomer: `make run` and `make test`.
# Both create .venv from pyproject.toml when it is missing or out of date.

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench translations lint clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Account Planner needs Python 3.11 or newer." >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/run.py

# Developers: refresh the .ts sources from the code, then compile the .qm files.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate main.py $$(find ui -name '*.py') -ts resources/i18n/account_planner_zh_CN.ts resources/i18n/account_planner_en.ts
	$(BIN)/pyside6-lrelease resources/i18n/account_planner_zh_CN.ts resources/i18n/account_planner_en.ts

clean:
	rm -rf $(VENV)
