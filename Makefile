# pyrust: build, test, demo and bench.
#   make        -> build/libpyrust.so (release, Swift runtime linked in, only pyrust_* exported)
#                  and build/pyrust, the command (cli/, links libedit; the library does not)
#   make test   -> every suite (swift test, C, Python ctypes, standalone load, conformance, hostile, rc-check)
#   make demo   -> examples/ (hook: examples/Makefile)
#   make bench  -> bench/run.sh (make bench-callgrind: instruction counts per workload)
# Knobs: SWIFT=, CC=, PYTHON=, BUILD= (output dir), SWIFTC_EXTRA="-Xswiftc -D..." (library variants).

SWIFT   ?= swift
CC      ?= cc
PYTHON  ?= python3
BUILD   ?= build
LIB     := $(BUILD)/libpyrust.so
TESTBIN := $(BUILD)/tests

# Debian packages the tests need; `make deps` installs the missing ones when run as root.
DEPS       ?= libffi-dev pkg-config golang-go libedit-dev

SWIFTC_EXTRA ?=
SWIFT_LIB_FLAGS = -c release --product pyrust -Xswiftc -static-stdlib \
	-Xlinker --version-script=$(CURDIR)/exports.map -Xlinker -soname=libpyrust.so \
	-Xlinker -z -Xlinker nodelete -Xlinker -z -Xlinker defs $(SWIFTC_EXTRA)

LIB_SOURCES := Package.swift exports.map \
	$(shell find Sources -type f \( -name '*.swift' -o -name '*.c' -o -name '*.h' \) 2>/dev/null)

CFLAGS ?= -O2 -g -Wall -Wextra
TEST_CFLAGS = $(CFLAGS) -std=c11 -D_GNU_SOURCE -Iinclude -pthread
# Test binaries live in build/tests and find build/libpyrust.so through their rpath.
LINK_PYRUST = -L$(BUILD) -lpyrust -Wl,-rpath,'$$ORIGIN/..'
FFI_CFLAGS = $(shell pkg-config --cflags libffi 2>/dev/null)
FFI_LIBS = $(or $(shell pkg-config --libs libffi 2>/dev/null),-lffi)

C_TESTS := test_api test_cache test_threads test_dlopen test_ffi test_lifecycle test_limits test_stacks test_context test_command
TEST_SUITES := swift-test c-test py-test examples-test standalone-test conformance hostile rc-check cli-test

# The `pyrust` command: every cli/*.c (the daemon's files drop in), next to the library it
# finds through its rpath.
CLI := $(BUILD)/pyrust
CLI_SOURCES := $(wildcard cli/*.c)
EDIT_CFLAGS = $(shell pkg-config --cflags libedit 2>/dev/null)
EDIT_LIBS = $(or $(shell pkg-config --libs libedit 2>/dev/null),-ledit)

.PHONY: all deps test $(TEST_SUITES) demo bench bench-callgrind call-cost clean

all: deps $(LIB) $(CLI)

$(CLI): $(CLI_SOURCES) $(wildcard cli/*.h) include/pyrust.h $(LIB)
	$(CC) $(TEST_CFLAGS) -Icli $(EDIT_CFLAGS) -o $@ $(CLI_SOURCES) -L$(BUILD) -lpyrust -Wl,-rpath,'$$ORIGIN' $(EDIT_LIBS)

# The command as a user runs it: scripts against python3, argv, exit codes, streaming, the REPL
# in a pseudo-terminal.
cli-test: $(CLI)
	$(PYTHON) Tests/CLI/test_cli.py $(CLI)

$(LIB): $(LIB_SOURCES)
	$(SWIFT) build $(SWIFT_LIB_FLAGS)
	@mkdir -p $(BUILD)
	cp "$$($(SWIFT) build $(SWIFT_LIB_FLAGS) --show-bin-path)/libpyrust.so" $@
	strip --strip-debug $@

# Installs missing Debian packages (apt-get update only when something is missing).
# Not root, no apt, or the install fails: says what is missing and carries on (the suites
# that need it will then fail and say why).
deps:
	@missing=""; for p in $(DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "make deps: installing$$missing"; \
		{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; } || \
			echo "make deps: warning: could not install$$missing"; \
	else \
		echo "make deps: warning: missing Debian packages:$$missing (run 'make deps' as root)"; \
	fi

# Runs every suite even when one fails, then fails if any did.
test: deps $(LIB)
	@failed=""; for suite in $(TEST_SUITES); do \
		echo "=== $$suite"; $(MAKE) --no-print-directory $$suite || failed="$$failed $$suite"; \
	done; \
	if [ -n "$$failed" ]; then echo "make test: FAILED:$$failed"; exit 1; fi; \
	echo "make test: all suites passed"

swift-test:
	$(SWIFT) test

c-test: $(addprefix $(TESTBIN)/,$(C_TESTS))
	@failed=""; for t in $(C_TESTS); do \
		echo "--- $$t"; $(TESTBIN)/$$t $(CURDIR)/$(LIB) || failed="$$failed $$t"; \
	done; \
	if [ -n "$$failed" ]; then echo "c-test: FAILED:$$failed"; exit 1; fi

py-test: $(LIB)
	PYRUST_LIB=$(CURDIR)/$(LIB) $(PYTHON) Tests/Python/test_ctypes.py
	PYRUST_LIB=$(CURDIR)/$(LIB) $(PYTHON) Tests/Python/test_host_api.py
	PYRUST_LIB=$(CURDIR)/$(LIB) $(PYTHON) Tests/Python/test_sandbox.py

# The host-API examples check their own results (exit status): C, the Python binding, Go/cgo.
examples-test: $(LIB)
	$(MAKE) -C examples all go LIB=$(CURDIR)/$(BUILD)
	$(BUILD)/examples/host
	$(PYTHON) examples/python/host_demo.py $(CURDIR)/$(LIB)

# No libswift* needed, only pyrust_* exported, and it loads with the Swift toolchain hidden.
standalone-test: $(LIB) $(TESTBIN)/test_api $(TESTBIN)/test_dlopen
	PYTHON=$(PYTHON) sh Tests/C/standalone.sh $(CURDIR)/$(LIB) $(CURDIR)/$(TESTBIN)

conformance: $(LIB)
	@if [ -f Tests/conformance/run.py ]; then \
		$(PYTHON) Tests/conformance/run.py $(LIB); \
	else \
		echo "conformance: Tests/conformance/run.py not present yet: skipped"; \
	fi

$(TESTBIN)/test_api $(TESTBIN)/test_cache $(TESTBIN)/test_threads $(TESTBIN)/test_lifecycle $(TESTBIN)/test_limits $(TESTBIN)/test_stacks $(TESTBIN)/test_context $(TESTBIN)/test_command: $(TESTBIN)/%: Tests/C/%.c Tests/C/check.h include/pyrust.h $(LIB)
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) -o $@ $< $(LINK_PYRUST) -lm

# Hostile inputs (Tests/hostile/run.py): every program in a child process under limits, on the
# main thread and on 64 KiB and PTHREAD_STACK_MIN stacks: no crash, hang or runaway memory.
hostile: $(LIB) $(TESTBIN)/hostile_runner
	$(PYTHON) Tests/hostile/run.py $(TESTBIN)/hostile_runner --jobs 2

$(TESTBIN)/hostile_runner: Tests/hostile/hostile_runner.c include/pyrust.h $(LIB)
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) -o $@ $< $(LINK_PYRUST)

$(TESTBIN)/test_dlopen: Tests/C/test_dlopen.c Tests/C/check.h include/pyrust.h
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) -o $@ $< -ldl

$(TESTBIN)/test_ffi: Tests/C/test_ffi.c Tests/C/check.h include/pyrust.h
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) $(FFI_CFLAGS) -o $@ $< $(FFI_LIBS) -ldl

# Non-atomic reference counting is sound only if no mortal object is shared by threads: a
# libpyrust linked to the shared Swift runtime runs every conformance program on 3 threads at
# once, and the thread tests, under Tests/C/rc_check.c, which fails on any object two threads
# count (see Objects/Immortal.swift).
RC_DIR := $(BUILD)/rc-check
rc-check: Tests/C/rc_check.c Tests/C/rc_stress.c Tests/C/rc_selftest.c $(LIB_SOURCES)
	$(SWIFT) build -c release --product pyrust --scratch-path $(RC_DIR)/swift
	@mkdir -p $(RC_DIR)
	$(CC) $(TEST_CFLAGS) -shared -fPIC -o $(RC_DIR)/rc_check.so Tests/C/rc_check.c -ldl
	rcl="$$($(SWIFT) build -c release --product pyrust --scratch-path $(RC_DIR)/swift --show-bin-path)"; \
	$(CC) $(TEST_CFLAGS) -o $(RC_DIR)/rc_stress Tests/C/rc_stress.c -L"$$rcl" -lpyrust -Wl,-rpath,"$$rcl" && \
	$(CC) $(TEST_CFLAGS) -o $(RC_DIR)/test_threads Tests/C/test_threads.c -L"$$rcl" -lpyrust -Wl,-rpath,"$$rcl" && \
	$(CC) $(TEST_CFLAGS) -o $(RC_DIR)/rc_selftest Tests/C/rc_selftest.c -Wl,--no-as-needed -L"$$rcl" -lpyrust -Wl,-rpath,"$$rcl" -ldl && \
	{ LD_PRELOAD=$(CURDIR)/$(RC_DIR)/rc_check.so $(RC_DIR)/rc_selftest 2>/dev/null; test $$? -eq 3 || \
	  { echo "rc-check: the checker missed an object two threads counted"; exit 1; }; } && \
	LD_PRELOAD=$(CURDIR)/$(RC_DIR)/rc_check.so $(RC_DIR)/rc_stress Tests/conformance/programs/*.py && \
	LD_PRELOAD=$(CURDIR)/$(RC_DIR)/rc_check.so $(RC_DIR)/test_threads "$$rcl/libpyrust.so"

# Cost of one cached call from C (ns) and its instruction count (callgrind, if installed).
call-cost: $(LIB) $(TESTBIN)/bench_call
	$(TESTBIN)/bench_call 3000000
	@if command -v valgrind >/dev/null 2>&1; then \
		valgrind --tool=callgrind --callgrind-out-file=$(BUILD)/callgrind.out \
			--toggle-collect=pyrust_execute_cached --toggle-collect=pyrust_free \
			$(TESTBIN)/bench_call 100000 count 2>&1 | grep -E "Collected" ; \
		echo "(instructions per cached call + free = Collected / 100000)"; \
	fi

$(TESTBIN)/bench_call: Tests/C/bench_call.c include/pyrust.h $(LIB)
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) -o $@ $< $(LINK_PYRUST) -lm

# Hook for examples/: its Makefile builds and runs the examples against this build.
demo: all
	$(MAKE) -C examples PYRUST_LIB=$(CURDIR)/$(LIB) PYRUST_LIBDIR=$(CURDIR)/$(BUILD) PYRUST_INCLUDE=$(CURDIR)/include

# Hook for bench/: run.sh installs its own extra packages (CPython, Lua), prints the table
# and exits non-zero when a guard fails.
bench: all
	PYRUST_LIB=$(CURDIR)/$(LIB) PYRUST_INCLUDE=$(CURDIR)/include bash bench/run.sh

# Instructions per op for every bench workload, pyrust beside CPython (valgrind's callgrind):
# noise-free ratios to compare changes with; `make bench` stays the headline.
bench-callgrind: all
	PYRUST_LIB=$(CURDIR)/$(LIB) PYRUST_INCLUDE=$(CURDIR)/include bash bench/callgrind.sh

clean:
	rm -rf $(BUILD)
