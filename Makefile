# eventwire: `make demo` codes the bundled sample reports, `make test` runs the tests.
# Every install step lives here, so a fresh clone (and CI) needs nothing else.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= eventwire.db
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: install demo test lint bench clean browser assets

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) assets

# Dashboard assets (map library, basemap) come from the npm registry at setup time: nothing
# third-party is committed, and nothing is fetched when eventwire runs.
assets:
	@if [ -f scripts/fetch_assets.sh ]; then bash scripts/fetch_assets.sh; fi

demo: install
	$(BIN)/eventwire ingest samples/ --db $(DB)
	$(BIN)/eventwire events --db $(DB) --format table
	@echo ""
	@echo "Explore the events:  $(BIN)/eventwire serve --db $(DB)   then open http://127.0.0.1:8000/"

# Browser tests drive Debian's chromium through Playwright (no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: browser tests will be skipped (sudo apt-get install chromium)"; fi; }

test: install browser
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q; status=$$?; \
	  if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$status

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
