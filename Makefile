# The two commands a fresh machine needs: `make run` and `make test`.
PYTHON := .venv/bin/python
MANAGE := $(PYTHON) manage.py
HOST ?= 0.0.0.0
PORT ?= 8000

.PHONY: bootstrap run test lint format migrate seed serve

bootstrap:
	@bash scripts/bootstrap

migrate: bootstrap
	$(MANAGE) migrate --no-input

seed: migrate
	$(MANAGE) seed_demo

# web, worker, beat and relay (Procfile) in the foreground, one labelled log; Ctrl-C stops all.
run: seed
	HOST=$(HOST) PORT=$(PORT) .venv/bin/honcho --procfile Procfile start --port $(PORT)

test: bootstrap
	$(PYTHON) -m pytest $(PYTEST_ARGS)

lint: bootstrap
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

format: bootstrap
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .
