# Everything runs from .venv/ at the repository root; `make setup` is quick when nothing changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export GRADIO_ANALYTICS_ENABLED := false
export ANONYMIZED_TELEMETRY := false

.PHONY: setup browser run test eval bench freeze

setup: $(STAMP)

# torch first, then everything else held to it by constraints.txt (else pip pulls CUDA builds)
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# hold every package at the version now in .venv (after an upgrade that has been measured)
freeze: setup
	{ sed -n '1,/^torch==/p' constraints.txt; $(BIN)/pip freeze --exclude-editable | \
	  grep -viE '^(torch|pip|setuptools|wheel)=='; } > constraints.new && mv constraints.new constraints.txt

run: setup
	$(BIN)/assistant ingest
	$(BIN)/python app.py

# the browser test drives Debian's Chromium (never a downloaded browser); without root or apt it skips, loudly
browser:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null); } || \
	  echo "warning: /usr/bin/chromium is missing and could not be installed: the browser test will skip"

test: setup browser
	$(BIN)/python -m pytest


eval: setup
	$(BIN)/assistant ingest
	$(BIN)/assistant eval --set evals/questions.jsonl=index --set evals/members.jsonl=index --set evals/typed.jsonl=index \
		--set evals/styles.jsonl=evals/styles \
		--set evals/rephrased.jsonl=evals/styles --set evals/series.jsonl=evals/series --compare naive

bench: setup
	$(BIN)/python -m bench
