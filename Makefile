# pyvmomo: every entry point is a target here. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
WSDL ?= ../shared/wsdl/vim25-7.0.3
PBM_WSDL ?= ../shared/wsdl/pbm-8.0
VCSIM := build/vcsim/vcsim
MYPY_CACHE ?= .mypy_cache
STAMP := $(VENV)/.installed

.PHONY: help install vcsim pyright generate check-generated catalogue regen-goldens api-diff lint typecheck test test-deep demo tour bench bench-publish docs check clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "%-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## create .venv and install pyvmomo with its dev tools

vcsim: $(VCSIM) ## build the vcsim simulator from Debian packages

$(VCSIM): tools/vcsim/main.go tools/vcsim/build.sh
	bash tools/vcsim/build.sh build/vcsim

# Pyright, pinned, installed by npm (Debian's nodejs) into build/, for tests/typing.
PYRIGHT_VERSION := 1.1.414
PYRIGHT_STAMP := build/pyright/.installed-$(PYRIGHT_VERSION)

pyright: $(PYRIGHT_STAMP) ## install the pinned pyright into build/pyright with npm (needs nodejs and npm)

$(PYRIGHT_STAMP):
	@if ! command -v npm >/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing Debian's nodejs and npm for pyright" >&2; \
			export DEBIAN_FRONTEND=noninteractive; apt-get update -q && apt-get install -y -q nodejs npm; \
		else \
			echo "npm is missing and this is not root: apt-get install nodejs npm" >&2; exit 1; \
		fi; \
	fi
	rm -rf build/pyright && mkdir -p build/pyright
	npm install --no-audit --no-fund --silent --prefix build/pyright pyright@$(PYRIGHT_VERSION)
	touch $@

generate: $(STAMP) ## regenerate pyvmomo/vim25 and pyvmomo/pbm from the WSDL sets and catalogues
	$(PY) -m codegen generate --wsdl $(WSDL)
	$(PY) -m codegen generate --wsdl $(PBM_WSDL)

check-generated: $(STAMP) ## fail if pyvmomo/vim25 or pyvmomo/pbm is not what the generator emits now
	$(PY) -m codegen check --wsdl $(WSDL)
	$(PY) -m codegen check --wsdl $(PBM_WSDL)

catalogue: $(STAMP) ## re-extract wsdl/vim25.json and wsdl/pbm.json from pinned pyvmomi (needs PyPI)
	$(PY) -m pip install -q 'pyvmomi==9.1.1.0'
	$(PY) -m codegen catalogue --out wsdl/vim25.json
	$(PY) -m codegen catalogue --service pbm --out wsdl/pbm.json

regen-goldens: $(STAMP) ## rewrite tests/codegen/goldens from the fragments (review the diff)
	$(PY) -m tests.codegen.golden_tool

api-diff: $(STAMP) ## rewrite docs/api-diff-5.5-to-7.0.3.md with `pyvmomo-codegen diff`
	$(PY) -m codegen diff ../shared/wsdl/vim25-5.5 ../shared/wsdl/vim25-7.0.3 --out docs/api-diff-5.5-to-7.0.3.md

lint: $(STAMP) ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP) ## mypy --strict on the package, generated bindings included (cached)
	$(VENV)/bin/mypy --cache-dir $(MYPY_CACHE) pyvmomo codegen tests

test: $(STAMP) $(VCSIM) $(PYRIGHT_STAMP) chromium check-generated lint typecheck ## the whole suite (what CI runs)
	HYPOTHESIS_PROFILE=ci $(PY) -m pytest

test-deep: $(STAMP) $(VCSIM) ## the suite with many more hypothesis examples
	HYPOTHESIS_PROFILE=deep $(PY) -m pytest

demo: $(STAMP) $(VCSIM) ## install everything, start vcsim, run the tour, stop vcsim
	$(PY) examples/tour.py

tour: demo ## alias of demo

check: lint typecheck check-generated ## static checks only

clean: ## remove build outputs and caches (keeps .venv)
	rm -rf build .pytest_cache .ruff_cache .mypy_cache

.PHONY: test-docs chromium
CHROMIUM := /usr/bin/chromium

docs: $(STAMP) ## build the documentation site (guides + API reference from the model) into build/docs
	$(PY) -m codegen docs --wsdl $(WSDL) --service-wsdl $(PBM_WSDL) --guides docs --out build/docs

test-docs: $(STAMP) $(VCSIM) chromium ## the docs tests alone: guide examples on vcsim, site checks, Chromium click-through
	HYPOTHESIS_PROFILE=ci $(PY) -m pytest tests/docs

chromium: ## install Debian's Chromium for the docs' browser test, when missing (needs root)
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			export DEBIAN_FRONTEND=noninteractive; apt-get update -q && apt-get install -y -q chromium; \
		else \
			echo "chromium is missing and this is not root: the browser test will skip (and fail under CI=true)" >&2; \
		fi; \
	fi

bench: $(STAMP) $(VCSIM) ## pyvmomo vs pyvmomi side by side: table and build/bench/results.json (no tracked file changes)
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) -m bench

bench-publish: $(STAMP) ## publish build/bench/results.json to docs/benchmarks.{json,md,svg}
	$(PY) -m bench --publish
