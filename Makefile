# study: build, run, test and measure. `make run` and `make test` set up what they need themselves.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/study

.PHONY: run test deps build release bench man clean

## Open the study shell on the bundled essay (builds first).
run: deps release
	@$(RELEASE_BIN)

## Build and run every test (unit, golden, end-to-end through a pipe and a pseudo-terminal).
test: deps
	$(SWIFT) build
	$(SWIFT) test

## Install libedit's headers when pkg-config cannot find them (Debian: apt-get, with sudo when not root).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit; then \
		echo "Installing libedit-dev and pkg-config (needed for line editing)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libedit-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Speed goals, measured on a release build: medians of repeated runs (see scripts/bench.py).
bench: deps release
	python3 scripts/bench.py $(RELEASE_BIN)

## The man page, docs/study.1, from the same definitions as the parser (swift-argument-parser's generate-manual
## plugin; runs offline). Read it with: man ./docs/study.1
man: deps
	$(SWIFT) package plugin generate-manual --configuration debug
	mkdir -p docs
	cp .build/plugins/GenerateManual/outputs/study/study.1 docs/study.1
	@echo "wrote docs/study.1"

clean:
	rm -rf .build
