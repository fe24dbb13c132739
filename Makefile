# Everything runs from .venv/ at the repository root; `make setup` is quick when nothing changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: setup run test eval bench

setup: $(STAMP)

# torch first, then everything else held to it by constraints.txt (else pip pulls CUDA builds)
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: setup
	$(BIN)/assistant ingest
	$(BIN)/python app.py

test: setup
	$(BIN)/python -m pytest


eval: setup
	$(BIN)/assistant ingest
	$(BIN)/assistant eval --compare naive

bench: setup
	$(BIN)/python -m bench
