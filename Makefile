# sdmock: `make run` sets everything up and starts the program; `make test` runs the tests.
# Missing Debian packages are installed with apt-get (through sudo when not root).

# libsox records and plays (its base formats hold Ogg Vorbis and wav, the alsa and pulse ones the
# devices); espeak-ng is the voice that asks the questions.
PACKAGES := build-essential cmake ninja-build pkgconf libncurses-dev libcli11-dev \
            libtomlplusplus-dev libsqlitecpp-dev libsqlite3-dev catch2 tmux sqlite3 scdoc \
            libsox-dev libsox-fmt-base libsox-fmt-alsa libsox-fmt-pulse libespeak-ng-dev
# What the tests use besides sdmock: a browser to render the SVG report, python3 for checks,
# pgrep (procps) to find a process, and the zone data the date tests switch between.
# The installed copy's checks: the manual page read with man, the completions driven in bash and
# fish (zsh's checked for syntax), the Debian package checked with lintian. faketime steps the
# wall clock under a running session. The audio tests make their speech and silence with the sox
# and espeak-ng command-line tools.
TEST_PACKAGES := chromium python3 procps tzdata man-db bash-completion fish zsh lintian faketime \
                 sox espeak-ng
WERROR   := $(if $(filter true 1 yes,$(CI)),ON,OFF)
SUDO     := $(if $(filter 0,$(shell id -u)),,sudo)
ARGS     ?=
SHELL    := /bin/bash
.SHELLFLAGS := -o pipefail -c
# ninja says "no work to do" even when asked to be quiet; nothing to report is not news.
QUIET    := | { grep -v '^ninja: no work to do' || true; }

PREFIX   ?= /usr/local
DESTDIR  ?=

.PHONY: run test asan fuzz build deps test-deps install-missing bench clean format lint help \
        install uninstall deb

help:
	@echo "make run    build (release) and start sdmock; pass arguments with ARGS='problems list'"
	@echo "make test   build (debug) and run the whole test suite"
	@echo "make asan   run the test suite under AddressSanitizer and UBSan"
	@echo "make fuzz   run each fuzz target for a minute (FUZZ_SECONDS=N to change)"
	@echo "make bench  run the benchmarks in bench/"
	@echo "make install    install to PREFIX (default /usr/local), under DESTDIR if given"
	@echo "make uninstall  remove what make install put there"
	@echo "make deb    build a Debian package (build/sdmock_<version>_<arch>.deb)"
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
	@LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp ctest --preset asan --progress

fuzz: deps
	@$(MAKE) --no-print-directory install-missing WANT="clang libclang-rt-14-dev"
	@test -f build/fuzz/build.ninja || cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -- --quiet
	@tests/fuzz/run

bench: build
	@$(MAKE) --no-print-directory install-missing WANT="tty-clock time"
	@bench/run
	@bench/follow
	@bench/scale

# The installed copy finds its content beside it (<prefix>/share/sdmock) and keeps its history
# in $$XDG_DATA_HOME/sdmock. The list of what was installed is kept for uninstall.
install: build
	@DESTDIR="$(DESTDIR)" cmake --install build/release --prefix "$(PREFIX)" >/dev/null
	@# CMake lists the files without DESTDIR: keep the paths as they really are, for uninstall.
	@sed 's|^|$(DESTDIR)|' build/release/install_manifest.txt > build/install_manifest.txt && echo >> build/install_manifest.txt
	@echo "Installed sdmock to $(DESTDIR)$(PREFIX) (run $(DESTDIR)$(PREFIX)/bin/sdmock)"

uninstall:
	@test -f build/install_manifest.txt || { echo "nothing installed from this tree (no build/install_manifest.txt)" >&2; exit 1; }
	@while IFS= read -r f || [ -n "$$f" ]; do rm -f "$$f"; done < build/install_manifest.txt
	@# The folders of sdmock's own (its content, its docs) go too once empty; shared ones stay.
	@grep -E '/share/(doc/)?sdmock/|/lib[^/]*(/[^/]+)?/sdmock/' build/install_manifest.txt | xargs -r -n1 dirname | sort -ru | \
	  while IFS= read -r d; do rmdir "$$d" 2>/dev/null || true; done
	@for d in "$$(sed -n 's|/share/sdmock/.*|/share/sdmock|p' build/install_manifest.txt | head -1)"; do \
	  [ -z "$$d" ] || rmdir "$$d" 2>/dev/null || true; done
	@echo "Removed the $$(grep -c . build/install_manifest.txt) files make install put in place"
	@rm -f build/install_manifest.txt

# A Debian package, built by CPack from its own optimised tree installed under /usr; its
# dependencies are the runtime libraries the binary links (found by dpkg-shlibdeps).
deb: deps
	@test -f build/deb/build.ninja || cmake -S . -B build/deb -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_INSTALL_PREFIX=/usr -DSDMOCK_TESTS=OFF -DSDMOCK_WERROR=$(WERROR) >/dev/null
	@cmake --build build/deb -- --quiet $(QUIET)
	@cd build/deb && cpack -G DEB >/dev/null
	@cp build/deb/sdmock_*.deb build/
	@echo "Built" build/sdmock_*.deb

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
