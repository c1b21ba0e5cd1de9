# saidwho: find quotations in news text and say who said them.
# Run `make help` for the targets. GNU make.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

VERSION := $(shell git describe --always --dirty 2>/dev/null || echo dev)
# The full commit, for the provenance block of eval reports (empty outside git).
COMMIT := $(shell git rev-parse HEAD 2>/dev/null)
BIN := bin/saidwho
# The Apache Beam pipeline: a module of its own, so Beam's ~330 modules stay out of saidwho's.
BEAM := cmd/saidwho-beam
SAMPLE := sample/sample.gold.jsonl
# Development sets, beside the repository; a fresh clone does not have them.
DATA ?= ../shared/data
FUZZTIME ?= 10s

.PHONY: help build run test eval bench fuzz beam clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-6s %s\n", $$1, $$2}'

build: ## build bin/saidwho, stamped with the git version
	go build -ldflags "-X main.version=$(VERSION) -X main.commit=$(COMMIT)" -o $(BIN) ./cmd/saidwho

run: build ## extract the bundled sample into out/sample.pred.jsonl, then score it
	@mkdir -p out
	$(BIN) extract $(SAMPLE) | tee out/sample.pred.jsonl
	$(BIN) eval --gold $(SAMPLE) --pred out/sample.pred.jsonl

test: ## gofmt check, go vet ./..., go test -race ./..., then vet and test the Beam module on prism
	@unformatted=$$(gofmt -l .); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed on:"; echo "$$unformatted"; exit 1; fi
	go vet ./...
	go test -race ./...
	cd $(BEAM) && go vet ./... && go test ./...

eval: build ## score every dev set in ../shared/data (DATA=DIR to change); text, JSON, Markdown and HTML reports in out/eval/
	@if [ ! -d "$(DATA)" ]; then echo "$(DATA) is absent: no dev sets to score"; exit 0; fi; \
	mkdir -p out/eval; \
	for f in "$(DATA)"/*.jsonl; do \
		name=$$(basename "$$f" .jsonl); \
		[ "$$name" = scoring-vectors ] && continue; \
		echo "=== $$name ($$f)"; \
		out="out/eval/$$name"; \
		$(BIN) extract --quiet --output "$$out.pred.jsonl" "$$f"; \
		$(BIN) eval --gold "$$f" --pred "$$out.pred.jsonl" --html "$$out.html" | tee "$$out.txt"; \
		$(BIN) eval --json --gold "$$f" --pred "$$out.pred.jsonl" > "$$out.json"; \
		$(BIN) eval --markdown --gold "$$f" --pred "$$out.pred.jsonl" > "$$out.md"; \
		echo; \
	done

bench: build ## throughput: saidwho (1 worker, all cores) vs prose's tokenizer, RSS, start-up (BENCH_ARGS=...)
	go run ./bench -bin $(BIN) -data "$(DATA)" $(BENCH_ARGS)

fuzz: ## run every Fuzz* target in the repository for 10s each (FUZZTIME=...); failing inputs land in testdata/fuzz/
	@found=0; failed=""; \
	while IFS= read -r t; do \
		file=$${t%%:*}; name=$${t##*func }; pkg=./$$(dirname "$${file#./}"); found=1; \
		echo "=== $$name in $$pkg"; \
		go test -run='^$$' -fuzz="^$$name\$$" -fuzztime=$(FUZZTIME) "$$pkg" || failed="$$failed $$name($$pkg)"; \
	done < <(grep -r --include='*_test.go' --exclude-dir=testdata -o '^func Fuzz[A-Za-z0-9_]*' . | sort || true); \
	if [ $$found = 0 ]; then echo "no Fuzz targets found"; fi; \
	if [ -n "$$failed" ]; then echo "failed:$$failed"; exit 1; fi

beam: ## build bin/saidwho-beam, the Apache Beam pipeline (slow the first time: see the README)
	cd $(BEAM) && go build -o ../../bin/saidwho-beam .

clean: ## remove bin/ and out/
	rm -rf bin out
