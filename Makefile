# NewsGraph — two commands do everything on a fresh Debian/Ubuntu machine with Swift:
#   make run    install what is missing, build, and build the graph of seeds/ into output/
#   make test   the same set-up, then the test suite
SWIFT   ?= swift
SHARED  ?= ../shared
OUTPUT  ?= output
BIN     := .build/release/newsgraph
SUDO    := $(shell [ "$$(id -u)" -ne 0 ] && command -v sudo)

.PHONY: all setup setup-test build run test eval bench install uninstall fuzz clean
PREFIX  ?= /usr/local
FUZZ_SECONDS ?= 600

all: run

# libgraphviz (libgvc) is linked in process and the store uses the system SQLite (GRDB); install their
# headers and pkg-config data if missing.
setup:
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "error: swift is not on PATH (https://www.swift.org/install/)"; exit 1; }
	@if pkg-config --exists libgvc sqlite3 2>/dev/null; then :; else \
	  echo "Installing libgraphviz-dev, libsqlite3-dev and pkg-config (apt-get)…"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libgraphviz-dev libsqlite3-dev pkg-config; \
	fi

build: setup
	$(SWIFT) build -c release --product newsgraph

run: build
	$(BIN) build seeds --output $(OUTPUT)

# The export and report tests read the files back with real clients: networkx (GraphML, GEXF) and headless
# Chromium (the HTML report). They fail, not skip, without them, so install them here.
setup-test: setup
	@if python3 -c 'import networkx' 2>/dev/null && command -v chromium >/dev/null 2>&1; then :; else \
	  echo "Installing python3-networkx and chromium (apt-get)…"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-networkx chromium; \
	fi

test: setup-test
	$(SWIFT) test

# Quality: run the extractor on each evaluation set and print the scorer's figures.
eval: build
	@scripts/eval.sh "$(SHARED)" "$(BIN)"

# Speed: time `build` over the PolNeAR training texts and over seeds/.
bench: build
	@scripts/bench.sh "$(SHARED)" "$(BIN)"
	@scripts/bench-store.sh "$(SHARED)" "$(BIN)"

# Install the binary (with its lexicons packed into it, so a copy works anywhere) and the lexicon folder
# (the documented data directory, PREFIX/share/newsgraph/lexicons).
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/newsgraph/lexicons"
	install -m 0644 Sources/NewsGraphExtraction/Resources/lexicons/* "$(DESTDIR)$(PREFIX)/share/newsgraph/lexicons/"
	cp $(BIN) "$(DESTDIR)$(PREFIX)/bin/.newsgraph.tmp" && \
	  python3 scripts/pack-lexicons.py Sources/NewsGraphExtraction/Resources/lexicons "$(DESTDIR)$(PREFIX)/bin/.newsgraph.tmp" && \
	  chmod 0755 "$(DESTDIR)$(PREFIX)/bin/.newsgraph.tmp" && mv "$(DESTDIR)$(PREFIX)/bin/.newsgraph.tmp" "$(DESTDIR)$(PREFIX)/bin/newsgraph"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/newsgraph"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/newsgraph"
	rm -rf "$(DESTDIR)$(PREFIX)/share/newsgraph"

# libFuzzer harnesses (Fuzz/): the pipeline on arbitrary bytes, the graph.json reader, the lexicon reader,
# the curation reader (and applying what it read).
# Each runs FUZZ_SECONDS on one job; crashes land in .build/fuzz/<harness>/ (turn each into a test).
fuzz:
	@scripts/fuzz.sh "$(FUZZ_SECONDS)"

clean:
	rm -rf .build
