# Career Planner: developer commands. `make run` and `make test` are all the
# set-up a fresh Linux machine with Python 3.11+ needs.

SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
PO_FILES := $(wildcard translations/*/LC_MESSAGES/*.po)
SOURCES := pyproject.toml hatch_build.py $(PO_FILES)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint format screenshots catalogs bench clean install-desktop uninstall-desktop validate-desktop bundle deb icons stress demo

$(BIN)/python:
	@if [ -z "$(PYTHON)" ]; then echo "Career Planner needs Python 3.11 or newer (python3.11, python3.12 or python3.13 on PATH)." >&2; exit 1; fi
	@$(PYTHON) -m venv $(VENV) || { echo "Could not create a virtual environment. On Debian/Ubuntu: sudo apt install python3-venv" >&2; exit 1; }
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: $(SOURCES) | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: $(SOURCES) | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed-run

## run: create .venv, install, open the app on the default data folder
run: $(VENV)/.installed-run
	$(BIN)/career-planner

## test: create .venv, install with test extras, run the whole suite offscreen
test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(VENV)/.installed-test
	$(BIN)/ruff check planner tests tools hatch_build.py
	$(BIN)/ruff format --check planner tests tools hatch_build.py

format: $(VENV)/.installed-test
	$(BIN)/ruff format planner tests tools hatch_build.py
	$(BIN)/ruff check --fix planner tests tools hatch_build.py

## catalogs: extract strings into messages.pot and merge them into nb and sw
catalogs: $(VENV)/.installed-test
	$(BIN)/pybabel -q extract -F translations/babel.cfg -k N_ -k ngettext:1,2 -k pgettext:1c,2 -k npgettext:1c,2,3 \
		--no-location --sort-output --project="Career Planner" -o translations/messages.pot planner resources
	$(BIN)/pybabel -q update -i translations/messages.pot -d translations -D messages --no-fuzzy-matching --ignore-obsolete
	$(BIN)/python -m pip install -q -e . && touch $(VENV)/.installed-run $(VENV)/.installed-test

## screenshots: render every page and dialog in en, nb and sw to screenshots/
screenshots: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots/screenshots.py screenshots

## stress: the kill -9 proof with 400 kills instead of the suite's 44
stress: $(VENV)/.installed-test
	CAREER_PLANNER_STRESS_KILLS=400 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -s \
		tests/store/test_kill_safety.py::test_kill_9_during_writes_loses_nothing_acknowledged

## icons: render the PNG icon sizes from resources/icons/career-planner.svg
icons: $(VENV)/.installed-run
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/desktop/render_icons.py

## install-desktop: menu entry, metainfo and icons for the current user (after pipx install .)
install-desktop:
	$(PYTHON) tools/desktop/desktop_integration.py install $(if $(EXEC),--exec "$(EXEC)")

## uninstall-desktop: remove them again (the data folder is kept)
uninstall-desktop:
	$(PYTHON) tools/desktop/desktop_integration.py uninstall

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DESKTOP_VALIDATORS := desktop-file-validate appstreamcli

## validate-desktop: install the validators with apt if missing, validate the entry and metainfo
validate-desktop:
	@for tool in $(DESKTOP_VALIDATORS); do command -v $$tool >/dev/null 2>&1 || missing=1; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing desktop-file-utils and appstream with apt"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq desktop-file-utils appstream >/dev/null; \
	fi
	desktop-file-validate packaging/career-planner.desktop
	appstreamcli validate --no-net packaging/io.github.careerplanner.CareerPlanner.metainfo.xml

BUNDLE := dist/career-planner

$(VENV)/.installed-bundle: $(VENV)/.installed-run
	$(BIN)/python -m pip install -q 'pyinstaller>=6.10'
	@touch $@

## bundle: a one-folder PyInstaller bundle in dist/career-planner, checked by a smoke run
bundle: $(VENV)/.installed-bundle
	@start=$$(date +%s); \
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/career-planner.spec || exit 1; \
	echo "bundle: built $(BUNDLE) in $$(( $$(date +%s) - start )) s, $$(du -sh $(BUNDLE) | cut -f1)"
	$(BIN)/python tools/packaging/check_bundle.py $(BUNDLE)

## deb: dist/career-planner_VERSION_ARCH.deb from the bundle, then install, run, upgrade and remove it (root)
DEB_TOOLS := dpkg-deb:dpkg objdump:binutils xvfb-run:xvfb lintian:lintian desktop-file-validate:desktop-file-utils appstreamcli:appstream

deb: bundle
	@for pair in $(DEB_TOOLS); do command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing with apt"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	rm -f dist/career-planner_*.deb
	$(BIN)/python tools/packaging/build_deb.py
	$(SUDO) $(PYTHON) tools/packaging/check_deb.py

## demo: fill demo-data/ with ten years of demo data (once) and open the window on it
DEMO_DIR ?= demo-data
demo: $(VENV)/.installed-run
	@test -e $(DEMO_DIR)/planner.sqlite3 || $(BIN)/career-planner --data-dir $(DEMO_DIR) demo --years 10
	$(BIN)/career-planner --data-dir $(DEMO_DIR)

## bench: the benchmark on ten years of demo data; writes bench-results.md and .json
bench: $(VENV)/.installed-run
	$(BIN)/python -m tools.bench

clean:
	rm -rf $(VENV) build dist planner/locale screenshots
