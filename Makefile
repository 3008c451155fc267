# NewsGraph — two commands do everything on a fresh Debian/Ubuntu machine with Swift:
#   make run    install what is missing, build, and build the graph of seeds/ into output/
#   make test   the same set-up, then the test suite
SWIFT   ?= swift
SHARED  ?= ../shared
OUTPUT  ?= output
BIN     := .build/release/newsgraph
SUDO    := $(shell [ "$$(id -u)" -ne 0 ] && command -v sudo)

.PHONY: all setup build run test eval bench clean

all: run

# libgraphviz (libgvc) is linked in process; install its headers and pkg-config data if missing.
setup:
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "error: swift is not on PATH (https://www.swift.org/install/)"; exit 1; }
	@if pkg-config --exists libgvc 2>/dev/null; then :; else \
	  echo "Installing libgraphviz-dev and pkg-config (apt-get)…"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libgraphviz-dev pkg-config; \
	fi

build: setup
	$(SWIFT) build -c release --product newsgraph

run: build
	$(BIN) build seeds --output $(OUTPUT)

test: setup
	$(SWIFT) test

# Quality: run the extractor on each evaluation set and print the scorer's figures.
eval: build
	@scripts/eval.sh "$(SHARED)" "$(BIN)"

# Speed: time `build` over the PolNeAR training texts and over seeds/.
bench: build
	@scripts/bench.sh "$(SHARED)" "$(BIN)"
	@scripts/bench-store.sh "$(SHARED)" "$(BIN)"

clean:
	rm -rf .build
