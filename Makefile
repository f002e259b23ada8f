# sdmock: `make run` sets everything up and starts the program; `make test` runs the tests.
# Missing Debian packages are installed with apt-get (through sudo when not root).

PACKAGES := build-essential cmake ninja-build pkgconf libncurses-dev libcli11-dev \
            libtomlplusplus-dev libsqlitecpp-dev libsqlite3-dev catch2 tmux sqlite3
# What the tests use besides sdmock: a browser to render the SVG report, python3 for checks,
# pgrep (procps) to find a process, and the zone data the date tests switch between.
TEST_PACKAGES := chromium python3 procps tzdata
WERROR   := $(if $(filter true 1 yes,$(CI)),ON,OFF)
SUDO     := $(if $(filter 0,$(shell id -u)),,sudo)
ARGS     ?=
SHELL    := /bin/bash
.SHELLFLAGS := -o pipefail -c
# ninja says "no work to do" even when asked to be quiet; nothing to report is not news.
QUIET    := | { grep -v '^ninja: no work to do' || true; }

.PHONY: run test asan fuzz build deps test-deps install-missing bench clean format lint help

help:
	@echo "make run    build (release) and start sdmock; pass arguments with ARGS='problems list'"
	@echo "make test   build (debug) and run the whole test suite"
	@echo "make asan   run the test suite under AddressSanitizer and UBSan"
	@echo "make fuzz   run each fuzz target for a minute (FUZZ_SECONDS=N to change)"
	@echo "make bench  run the benchmarks in bench/"
	@echo "make format reformat every source file with clang-format"
	@echo "make lint   check the formatting and run clang-tidy (findings are errors)"
	@echo "make clean  remove the build trees"

deps:
	@$(MAKE) --no-print-directory install-missing WANT="$(PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory install-missing WANT="$(PACKAGES) $(TEST_PACKAGES)"

install-missing:
	@missing=$$(for p in $(WANT); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  $(SUDO) apt-get install -y --no-install-recommends $$missing >/dev/null || \
	  { $(SUDO) apt-get update >/dev/null && $(SUDO) apt-get install -y --no-install-recommends $$missing >/dev/null; } || \
	  { echo "could not install:" $$missing >&2; exit 1; }; \
	fi

build/%/build.ninja: | deps
	@echo "Configuring and building sdmock ($* build; the first time takes a minute or two)..."
	@cmake --preset $* -DSDMOCK_WERROR=$(WERROR) >/dev/null

build: deps build/release/build.ninja
	@cmake --build --preset release -- --quiet $(QUIET)

run: build
	@./build/release/sdmock $(ARGS)

test: test-deps build/dev/build.ninja
	@cmake --build --preset dev -- --quiet $(QUIET)
	@ctest --preset dev --progress

asan: test-deps build/asan/build.ninja
	@cmake --build --preset asan -- --quiet $(QUIET)
	@ctest --preset asan --progress

fuzz: deps
	@$(MAKE) --no-print-directory install-missing WANT="clang libclang-rt-14-dev"
	@test -f build/fuzz/build.ninja || cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -- --quiet
	@tests/fuzz/run

bench: build
	@bench/run
	@bench/scale

clean:
	rm -rf build

SOURCES   = $$(git ls-files '*.cpp' '*.hpp')
LINT_PACKAGES := clang-format clang-tidy

format:
	@$(MAKE) --no-print-directory install-missing WANT="$(LINT_PACKAGES)"
	@clang-format -i $(SOURCES)

# clang-tidy reads the compile commands of the dev build; it checks every source file once
# (headers through them) with the checks in .clang-tidy. GCC-only warning flags are not its business.
lint: deps build/dev/build.ninja
	@$(MAKE) --no-print-directory install-missing WANT="$(LINT_PACKAGES)"
	@clang-format --dry-run --Werror $(SOURCES)
	@run-clang-tidy -p build/dev -quiet -j $$(nproc) -extra-arg=-Wno-unknown-warning-option \
	  $$(git ls-files 'src/*.cpp') > build/clang-tidy.log 2>&1 \
	  || { grep -E 'warning:|error:' build/clang-tidy.log | sort -u >&2; echo "clang-tidy found the above" >&2; exit 1; }
