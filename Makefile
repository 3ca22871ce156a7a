# study: build, run, test and measure. `make run` and `make test` set up what they need themselves.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/study

.PHONY: run test deps build release bench man fuzz fuzz-ci clean train lexicon-table

## Open the study shell on the bundled essay (builds first).
run: deps release
	@$(RELEASE_BIN)

## Build and run every test (unit, golden, end-to-end through a pipe and a pseudo-terminal).
test: deps
	$(SWIFT) build
	$(SWIFT) test

## Install libedit's headers when pkg-config cannot find them, and WordNet (wordnet-base) when it is missing
## (Debian: apt-get, with sudo when not root).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit; then \
		echo "Installing libedit-dev and pkg-config (needed for line editing)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libedit-dev pkg-config >/dev/null; \
	fi
	@if [ ! -f "$${WNSEARCHDIR:-/usr/share/wordnet}/index.noun" ]; then \
		echo "Installing wordnet-base (the lexicon the quiz grades with)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wordnet-base >/dev/null; \
	fi

build: deps
	$(SWIFT) build

## The Swift runtime and Foundation linked statically: the shell starts several milliseconds sooner.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

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

## libFuzzer, FUZZ_RUNS inputs each (default 100,000; the issue's floor): the analyzer and the quiz-bank and session decoders; then a bank and a
## session through the shell's commands and rendering (quiz load with scripted answers, export anki/markdown/csv;
## sessions, replay, stats, review, resume), and lines of shell input through the command table. Seeded with the
## fixture essays, Quizzes/, Sessions/ and a few command lines. Its own build folder (.build/fuzz); STUDY_FUZZ=1 adds
## the target. Prints the inputs run per target; a crash, hang (20 s), use of over 2 GB or sanitizer report fails.
## Add each crashing input to Tests/Fixtures/fuzz/ (named after its target); FuzzRegressionTests runs them all.
## One target: make fuzz FUZZ_TARGETS=shell. The last full runs and their figures: docs/fuzzing.md.
FUZZ_RUNS ?= 100000
## The render targets run the shell for each input (many times slower); CI gives them fewer inputs. They do not
## report leaks: Foundation's FileManager.contents(atPath:) leaks a buffer on an empty file, which is not ours.
## Leak checks read scripts/fuzz-lsan.supp: Foundation's bookkeeping of a mapped file (WordNet's, mapped once by a quiz).
FUZZ_RENDER_RUNS ?= $(FUZZ_RUNS)
## More libFuzzer flags for every target (CI: a fixed seed). A target that runs fewer inputs than asked (a time
## limit here, a signal) fails: the count is the goal, not a time.
FUZZ_OPTIONS ?=
FUZZ_BIN := .build/fuzz/release/StudyFuzz
FUZZ_CORPUS := $(CURDIR)/.build/fuzz-corpus
FUZZ_TARGETS := analyzer quiz-bank session bank-render session-render shell
## CI's short pass: the same targets for a fixed number of inputs from a fixed seed, so a run is repeatable.
fuzz-ci:
	$(MAKE) fuzz FUZZ_RUNS=3000 FUZZ_RENDER_RUNS=300 FUZZ_OPTIONS=-seed=1

fuzz: deps
	STUDY_FUZZ=1 $(SWIFT) build -c release --scratch-path .build/fuzz --product StudyFuzz \
		-Xswiftc -sanitize=fuzzer,address
	@for t in $(FUZZ_TARGETS); do mkdir -p $(FUZZ_CORPUS)/$$t $(FUZZ_CORPUS)/seed-$$t; done
	@for f in Tests/Fixtures/essays/*.txt seeds/*.txt; do head -c 12000 "$$f" > $(FUZZ_CORPUS)/seed-analyzer/$$(basename "$$f"); done
	@cp Quizzes/*.json $(FUZZ_CORPUS)/seed-quiz-bank/ && cp Quizzes/*.json $(FUZZ_CORPUS)/seed-bank-render/
	@cp Sessions/*.json $(FUZZ_CORPUS)/seed-session/ && cp Sessions/*.json $(FUZZ_CORPUS)/seed-session-render/
	@printf 'info\nread 1\nsummary\nterms\nquiz --count 3 --seed 1\nA\nhint\nB\nskip\nsessions\nstats\nreview\n' > $(FUZZ_CORPUS)/seed-shell/quiz
	@printf 'search reason\nwhy S3.2\nthesis\nsection 2\nentities\nexport csv -\nsave week1\nundo\nresume\nreplay 1\nq\n' > $(FUZZ_CORPUS)/seed-shell/more
	@set -e; for t in $(FUZZ_TARGETS); do \
		leaks=1; runs=$(FUZZ_RUNS); case $$t in analyzer) len=16384;; shell) len=4096; runs=$(FUZZ_RENDER_RUNS); leaks=0;; \
			*-render) len=65536; runs=$(FUZZ_RENDER_RUNS); leaks=0;; *) len=65536;; esac; \
		start=$$(date +%s%N); \
		ASAN_OPTIONS=detect_leaks=$$leaks LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/fuzz-lsan.supp SWIFT_BACKTRACE=enable=no STUDY_FUZZ_TARGET=$$t $(FUZZ_BIN) -runs=$$runs $(FUZZ_OPTIONS) -max_len=$$len -timeout=20 -detect_leaks=$$leaks \
			-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=$(FUZZ_CORPUS)/crash-$$t- \
			$(FUZZ_CORPUS)/$$t $(FUZZ_CORPUS)/seed-$$t > $(FUZZ_CORPUS)/$$t.log 2>&1 \
			|| { tail -40 $(FUZZ_CORPUS)/$$t.log; echo "fuzz $$t: FAILED (see $(FUZZ_CORPUS)/$$t.log)"; exit 1; }; \
		ran=$$(grep -o 'stat::number_of_executed_units: *[0-9]*' $(FUZZ_CORPUS)/$$t.log | grep -o '[0-9]*$$'); \
		rate=$$(awk -v n="$${ran:-0}" -v ns="$$(( $$(date +%s%N) - start ))" 'BEGIN { printf "%.1f s, %.0f", ns / 1e9, n * 1e9 / (ns > 0 ? ns : 1) }'); \
		if [ "$${ran:-0}" -lt "$$runs" ]; then \
			echo "fuzz $$t: FAILED: $${ran:-0} of $$runs inputs ran (see $(FUZZ_CORPUS)/$$t.log)"; exit 1; fi; \
		echo "fuzz $$t: $$ran inputs of $$runs asked in $$rate a second, 0 crashes"; \
	done

clean:
	rm -rf .build

## The sentence-role weights learned from the annotated essays in ../shared/dev/ (TRAIN split): the per-sentence
## model (Sources/StudyKit/Argument/Learned/component-model.tsv, for texts longer than the training essays) and the
## paragraph chain with its own emissions (paragraph-chain.tsv beside it, for the others); byte-identical on every
## run. Rebuild afterwards to ship them.
train: deps
	$(SWIFT) build -c release --static-swift-stdlib
	$(RELEASE_BIN) train --data ../shared/dev/aaec-train.json --output Sources/StudyKit/Argument/Learned/component-model.tsv

## What the analysis asks of WordNet (Sources/StudyKit/Lexicon/lexicon-table.tsv: holder nouns, adverbs, number
## words), from the installed WordNet, so that analysing an essay never opens it; byte-identical on every run.
## Rebuild afterwards to ship it.
lexicon-table: deps
	$(SWIFT) run study lexicon-table --output Sources/StudyKit/Lexicon/lexicon-table.tsv
