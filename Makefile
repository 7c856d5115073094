# make run   installs what is missing, builds, serves seeds/ on 127.0.0.1:50051
# make test  installs what is missing, builds, runs every test (ctest)
BUILD_DIR ?= build
LISTEN ?= 127.0.0.1:50051
CORPUS ?= $(CURDIR)/seeds
JOBS ?= $(shell nproc)

.PHONY: all deps configure build run test bench format clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@echo "textanalyticsd: serving $(CORPUS) on $(LISTEN)"
	@echo "try:   $(BUILD_DIR)/client/ta --addr $(LISTEN) stats"
	@exec $(BUILD_DIR)/service/server/textanalyticsd --listen=$(LISTEN) --corpus_dir=$(CORPUS) --stopwords=$(CURDIR)/data/stopwords/en.txt \
	  --background=$(CURDIR)/data/background/en_brown.tsv

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: build
	@bash bench/run_bench.sh $(BUILD_DIR)

format:
	@clang-format -i $$(git ls-files '*.h' '*.cc')

clean:
	@rm -rf $(BUILD_DIR)
