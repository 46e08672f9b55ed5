# The project's interface. `make help` lists the targets.
SHELL := /bin/bash
PYTHON := .venv/bin/python
MKDOCS := .venv/bin/mkdocs
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
# pytest keeps the tests' compiled, assertion-rewritten modules (and the imports') between runs, under
# build/pycache (not beside the sources); a build never reads them (statement_tools/build_site.py
# build_environment).
PYTEST := PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/build/pycache $(PYTHON) -m pytest

.DEFAULT_GOAL := help
.PHONY: help setup serve site test test-fast check check-data edition markers icons bundle pdf exports bench search-eval clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

setup: ## Install system packages (Debian, as root), .venv and npm tools; idempotent
	@statement_tools/setup.sh

serve: setup ## Live preview at http://127.0.0.1:8000, rebuilding on changes in data/ and code
	$(PYTHON) -m statement_core markers
	@# Served at the root; PDFs are skipped so an edit shows in about a second (`make pdf`); restarted when
	@# our Python changes, which a running server would not reload (statement_tools/serve.py).
	$(PYTHON) statement_tools/serve.py

site: setup ## Strict build into site/ (warnings are errors; a failed build leaves site/ untouched)
	$(PYTHON) statement_tools/build_site.py

test: setup ## Everything: unit, data, build, browser, validators on the real build (the 10 slowest listed)
	@# Two workers, a test file each at a time; the real site is built once and shared by both (its reads
	@# audited), every test build has a store of its own (tests/conftest.py).
	$(PYTEST) -n 2 --dist loadfile --no-loadscope-reorder --durations=10

test-fast: setup ## No build, no browser, in seconds: data, core, keys, audit units; after each edit
	@# Markers come from the fixtures a test uses (tests/conftest.py): nobody has to remember them.
	$(PYTEST) -n 2 -m "not build and not browser" --durations=10

check: test ## Every quality gate, with counts: data, markers, Nu, axe, links, requests, Lighthouse
	$(PYTHON) -m statement_core check
	$(PYTHON) -m statement_core markers --check
	$(PYTHON) statement_tools/quality_gates.py

check-data: setup ## Validate data/ and report every error as file:line
	$(PYTHON) -m statement_core check

edition: setup ## Publish the newest edition of the translation: lock what every edition says, write its pages' markers
	$(PYTHON) -m statement_core edition
	$(PYTHON) -m statement_core markers

markers: setup ## Rewrite the marker pages under docs/ from data/
	$(PYTHON) -m statement_core markers

pdf: setup ## Build the bilingual and per-language PDFs into dist/
	$(PYTHON) -m statement_core pdf dist

icons: setup ## Render the site's icons (committed) from docs/assets/icons/icon.svg
	$(PYTHON) -m statement_core icons

bundle: setup ## Offline HTML bundle: dist/<name>-offline-<version>.zip (open index.html, no network)
	$(PYTHON) statement_tools/make_bundle.py

search-eval: setup ## Search relevance (tests/search_relevance.yaml) in Chromium: P@1, MRR, nDCG@3 (ir-measures) per language and kind
	$(PYTHON) statement_tools/search_eval.py --show-failures

bench: setup ## Benchmarks: overhead vs plain MkDocs, scaling, load time, page weight, bundle, PDF
	$(PYTHON) statement_tools/bench/run.py

clean: ## Remove build outputs
	rm -rf site dist build .pytest_cache

.PHONY: engine-check
engine-check: setup ## Build with MkDocs and with ProperDocs; fail unless the two sites are the same bytes
	$(PYTHON) statement_tools/engine_check.py
