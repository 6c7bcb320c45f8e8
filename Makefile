# pyrust: build, test, demo and bench.
#   make        -> build/libpyrust.so (release, Swift runtime linked in, only pyrust_* exported)
#   make test   -> every suite (swift test, C, Python ctypes, standalone load, conformance, hostile, rc-check)
#   make demo   -> examples/ (hook: examples/Makefile)
#   make bench  -> bench/run.sh (make bench-callgrind: instruction counts per workload)
#   Hardening (long, not in `make test`): make fuzz SECONDS=N, make sanitize, make leak-check,
#   make stress STRESS_CALLS=N, make soak SOAK_CALLS=N (see README "Hardening").
# Knobs: SWIFT=, CC=, PYTHON=, BUILD= (output dir), SWIFTC_EXTRA="-Xswiftc -D..." (library variants).

SWIFT   ?= swift
CC      ?= cc
PYTHON  ?= python3
BUILD   ?= build
LIB     := $(BUILD)/libpyrust.so
TESTBIN := $(BUILD)/tests

# Debian packages the tests need; `make deps` installs the missing ones when run as root.
DEPS       ?= libffi-dev pkg-config golang-go

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

C_TESTS := test_api test_cache test_threads test_dlopen test_ffi test_lifecycle test_limits test_stacks test_context
TEST_SUITES := swift-test c-test py-test examples-test standalone-test conformance hostile rc-check daemon-test

.PHONY: all deps test $(TEST_SUITES) demo bench bench-callgrind call-cost clean \
	fuzz sanitize sanitize-asan sanitize-tsan leak-check stress soak

all: deps $(LIB)

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

$(TESTBIN)/test_api $(TESTBIN)/test_cache $(TESTBIN)/test_threads $(TESTBIN)/test_lifecycle $(TESTBIN)/test_limits $(TESTBIN)/test_stacks $(TESTBIN)/test_context: $(TESTBIN)/%: Tests/C/%.c Tests/C/check.h include/pyrust.h $(LIB)
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) -o $@ $< $(LINK_PYRUST) -lm

# The daemon (`pyrust serve`, `--connect`, `stats`: cli/daemon_*.c, cli/protocol.c): tests drive
# build/pyrust when it exists, else a small stand-in with the same arguments (daemon_driver).
DAEMON_SOURCES := cli/daemon_server.c cli/daemon_client.c cli/protocol.c
DAEMON_HEADERS := cli/daemon.h cli/protocol.h include/pyrust.h
DAEMON_BIN = $(if $(wildcard $(BUILD)/pyrust),$(BUILD)/pyrust,$(TESTBIN)/daemon_driver)

daemon-test: $(TESTBIN)/daemon_driver $(TESTBIN)/daemon_load
	$(PYTHON) Tests/Daemon/test_daemon.py $(DAEMON_BIN) $(TESTBIN)/daemon_load

$(TESTBIN)/daemon_driver: Tests/Daemon/daemon_driver.c $(DAEMON_SOURCES) $(DAEMON_HEADERS) $(LIB)
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) -Icli -o $@ $< $(DAEMON_SOURCES) $(LINK_PYRUST)

$(TESTBIN)/daemon_load: Tests/Daemon/load_test.c cli/protocol.c $(DAEMON_HEADERS) $(LIB)
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) -Icli -o $@ $< cli/protocol.c $(LINK_PYRUST)

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

# ---- Hardening targets (long; none is part of `make test`) -------------------------------
# One instrumented library serves fuzzing and the ASan run: Swift with -sanitize=address and
# edge + comparison coverage, the C support code with -fsanitize=address,undefined (swiftc has
# no UBSan on Linux; Swift's own overflow and bounds checks trap in every build), built with
# -DPYRUST_FUZZ (adds pyrust_fuzz_compile) and without the export list, statically linked to
# the Swift runtime like the shipped library. The sanitizer runtimes come from the executable
# (clang -fsanitize=...) or, for Python, LD_PRELOAD.
SAN_CC      ?= clang
ASAN_BUILD  ?= $(BUILD)/asan
TSAN_BUILD  ?= $(BUILD)/tsan
FUZZ_DIR    ?= $(BUILD)/fuzz
SECONDS     ?= 300
STRESS_CALLS ?= 100000
SOAK_CALLS  ?= 1000000
SAN_STRESS_CALLS ?= 1000
SAN_LINK_FLAGS = -Xswiftc -static-stdlib -Xlinker -soname=libpyrust.so -Xlinker -z -Xlinker nodelete
ASAN_SWIFT_FLAGS = -c release --product pyrust --scratch-path $(ASAN_BUILD)/swift $(SAN_LINK_FLAGS) \
	-Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xswiftc -DPYRUST_FUZZ \
	-Xcc -fsanitize=address,undefined -Xcc -fsanitize=fuzzer-no-link $(SWIFTC_EXTRA)
TSAN_SWIFT_FLAGS = -c release --product pyrust --scratch-path $(TSAN_BUILD)/swift $(SAN_LINK_FLAGS) \
	-Xswiftc -sanitize=thread -Xcc -fsanitize=thread $(SWIFTC_EXTRA)
# The toolchain's TSan runtime intercepts libdispatch: its test binaries link the toolchain's.
SWIFT_RUNTIME_DIR = $(abspath $(dir $(shell command -v swiftc))/../lib/swift/linux)
ASAN_RUNTIME = $(shell $(SAN_CC) -print-file-name=libclang_rt.asan-x86_64.so)
export ASAN_OPTIONS ?= detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS ?= halt_on_error=1:print_stacktrace=1
SAN_TEST_CFLAGS = -O1 -g -std=c11 -D_GNU_SOURCE -Iinclude -pthread

$(ASAN_BUILD)/libpyrust.so: $(LIB_SOURCES)
	$(SWIFT) build $(ASAN_SWIFT_FLAGS)
	@mkdir -p $(ASAN_BUILD)
	cp "$$($(SWIFT) build $(ASAN_SWIFT_FLAGS) --show-bin-path)/libpyrust.so" $@

$(TSAN_BUILD)/libpyrust.so: $(LIB_SOURCES)
	$(SWIFT) build $(TSAN_SWIFT_FLAGS)
	@mkdir -p $(TSAN_BUILD)
	cp "$$($(SWIFT) build $(TSAN_SWIFT_FLAGS) --show-bin-path)/libpyrust.so" $@

# libFuzzer: compile only, and compile + run under limits, SECONDS each, from a seed corpus
# made of the conformance and hostile programs; crashes land in $(FUZZ_DIR)/artifacts (emptied
# at the start of each run: turn a crash into a Tests/hostile program before running again).
FUZZ_TARGETS := fuzz_compile fuzz_run
# fuzz_run runs in fork mode, which goes on past out-of-memory and timeout inputs (counted in
# its `oom/timeout/crash` column): a list may lawfully grow to 2**28 items, far past the
# fuzzer's memory limit, and compile time is not under the run limits (see Tests/hostile's
# known failures). Crashes still stop it.
FUZZ_OPTIONS = -max_total_time=$(SECONDS) -dict=Tests/fuzz/python.dict -max_len=4096 -timeout=20 \
	-rss_limit_mb=2048 -malloc_limit_mb=1024 -print_final_stats=1 -detect_leaks=0
FUZZ_OPTIONS_fuzz_run = -fork=1 -ignore_ooms=1 -ignore_timeouts=1
fuzz: $(addprefix $(FUZZ_DIR)/,$(FUZZ_TARGETS))
	$(PYTHON) Tests/fuzz/make_corpus.py $(FUZZ_DIR)/seed
	@rm -rf $(FUZZ_DIR)/artifacts; mkdir -p $(FUZZ_DIR)/artifacts   # this run's findings only
	@failed=""; for t in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_DIR)/corpus/$$t; echo "=== $$t ($(SECONDS) s)"; \
		{ nice -n 10 $(FUZZ_DIR)/$$t $(FUZZ_OPTIONS) $$(test $$t = fuzz_run && echo '$(FUZZ_OPTIONS_fuzz_run)') -artifact_prefix=$(FUZZ_DIR)/artifacts/$$t- \
			$(FUZZ_DIR)/corpus/$$t $(FUZZ_DIR)/seed; echo $$? >$(FUZZ_DIR)/$$t.rc; } 2>&1 | tee $(FUZZ_DIR)/$$t.log | \
			grep -E "^#[0-9]+ +(INITED|DONE)|^#[0-9]+: cov|^stat::|ERROR|SUMMARY|Test unit written|out-of-memory" ; \
		ls $(FUZZ_DIR)/artifacts | grep -E "^$$t-(oom|timeout|slow-unit)-" | sed 's/^/  known class (memory or time, see Tests\/hostile\/known_failures.txt): /'; \
		if ls $(FUZZ_DIR)/artifacts | grep -qE "^$$t-(crash|leak|deadly-signal)-"; then failed="$$failed $$t"; \
		elif [ "$$t" != fuzz_run ] && [ "$$(cat $(FUZZ_DIR)/$$t.rc)" != 0 ]; then failed="$$failed $$t"; fi; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: crashes in:$$failed (see $(FUZZ_DIR)/artifacts, $(FUZZ_DIR)/*.log)"; exit 1; fi; \
	echo "fuzz: no crashes"

$(FUZZ_DIR)/%: Tests/fuzz/%.c include/pyrust.h $(ASAN_BUILD)/libpyrust.so
	@mkdir -p $(FUZZ_DIR)
	$(SAN_CC) -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -o $@ $< \
		-L$(ASAN_BUILD) -lpyrust -Wl,-rpath,$(CURDIR)/$(ASAN_BUILD)

# The C tests, the stress program (SAN_STRESS_CALLS per thread) and the conformance suite
# against the ASan + UBSan library; then the threads test and the stress program under
# ThreadSanitizer.
SAN_C_TESTS := test_api test_cache test_threads test_lifecycle test_limits test_stacks test_context
sanitize: sanitize-asan sanitize-tsan

sanitize-asan: $(ASAN_BUILD)/libpyrust.so $(addprefix $(ASAN_BUILD)/tests/,$(SAN_C_TESTS)) $(ASAN_BUILD)/tests/stress
	@failed=""; for t in $(SAN_C_TESTS); do \
		echo "--- asan: $$t"; $(ASAN_BUILD)/tests/$$t $(CURDIR)/$(ASAN_BUILD)/libpyrust.so || failed="$$failed $$t"; \
	done; \
	echo "--- asan: stress ($(SAN_STRESS_CALLS) calls per thread)"; \
	$(ASAN_BUILD)/tests/stress $(SAN_STRESS_CALLS) || failed="$$failed stress"; \
	echo "--- asan: conformance"; \
	LD_PRELOAD=$(ASAN_RUNTIME) $(PYTHON) Tests/conformance/run.py $(ASAN_BUILD)/libpyrust.so --jobs 2 --timeout 60 \
		|| failed="$$failed conformance"; \
	if [ -n "$$failed" ]; then echo "sanitize-asan: FAILED:$$failed"; exit 1; fi

$(ASAN_BUILD)/tests/stress: Tests/Stress/stress.c include/pyrust.h $(ASAN_BUILD)/libpyrust.so
	@mkdir -p $(ASAN_BUILD)/tests
	$(SAN_CC) $(SAN_TEST_CFLAGS) -fsanitize=address,undefined -o $@ $< -L$(ASAN_BUILD) -lpyrust -Wl,-rpath,'$$ORIGIN/..'

$(ASAN_BUILD)/tests/%: Tests/C/%.c Tests/C/check.h include/pyrust.h $(ASAN_BUILD)/libpyrust.so
	@mkdir -p $(ASAN_BUILD)/tests
	$(SAN_CC) $(SAN_TEST_CFLAGS) -fsanitize=address,undefined -o $@ $< -L$(ASAN_BUILD) -lpyrust \
		-Wl,-rpath,'$$ORIGIN/..' -lm

TSAN_ENV = TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$(CURDIR)/Tests/C/tsan.supp
sanitize-tsan: $(TSAN_BUILD)/libpyrust.so $(TSAN_BUILD)/tests/test_threads $(TSAN_BUILD)/tests/stress
	$(TSAN_ENV) $(TSAN_BUILD)/tests/test_threads $(CURDIR)/$(TSAN_BUILD)/libpyrust.so
	$(TSAN_ENV) $(TSAN_BUILD)/tests/stress $(SAN_STRESS_CALLS)

$(TSAN_BUILD)/tests/stress: Tests/Stress/stress.c include/pyrust.h $(TSAN_BUILD)/libpyrust.so
	@mkdir -p $(TSAN_BUILD)/tests
	$(SAN_CC) $(SAN_TEST_CFLAGS) -fsanitize=thread -o $@ $< -L$(TSAN_BUILD) -lpyrust -Wl,-rpath,'$$ORIGIN/..' \
		-L$(SWIFT_RUNTIME_DIR) -ldispatch -lBlocksRuntime -Wl,-rpath,$(SWIFT_RUNTIME_DIR)

$(TSAN_BUILD)/tests/%: Tests/C/%.c Tests/C/check.h include/pyrust.h $(TSAN_BUILD)/libpyrust.so
	@mkdir -p $(TSAN_BUILD)/tests
	$(SAN_CC) $(SAN_TEST_CFLAGS) -fsanitize=thread -o $@ $< -L$(TSAN_BUILD) -lpyrust -Wl,-rpath,'$$ORIGIN/..' -lm \
		-L$(SWIFT_RUNTIME_DIR) -ldispatch -lBlocksRuntime -Wl,-rpath,$(SWIFT_RUNTIME_DIR)

# Memcheck on the C tests against the shipped library: no definitely-lost bytes.
LEAK_C_TESTS := test_api test_cache test_threads test_lifecycle test_limits test_stacks test_context
leak-check: $(addprefix $(TESTBIN)/,$(LEAK_C_TESTS))
	@failed=""; for t in $(LEAK_C_TESTS); do \
		echo "--- valgrind: $$t"; \
		valgrind -q --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
			--error-exitcode=99 $(TESTBIN)/$$t $(CURDIR)/$(LIB) >$(BUILD)/valgrind-$$t.log 2>&1 \
			|| { failed="$$failed $$t"; tail -40 $(BUILD)/valgrind-$$t.log; }; \
		grep -E "passed|definitely" $(BUILD)/valgrind-$$t.log | tail -2; \
	done; \
	if [ -n "$$failed" ]; then echo "leak-check: FAILED:$$failed (logs: $(BUILD)/valgrind-*.log)"; exit 1; fi

# 64 threads x STRESS_CALLS calls mixing every outcome; then a SOAK_CALLS soak with cache
# churn whose RSS must stay flat. Both check every result and print their numbers.
stress: $(TESTBIN)/stress
	$(TESTBIN)/stress $(STRESS_CALLS)

soak: $(TESTBIN)/soak
	$(TESTBIN)/soak $(SOAK_CALLS)

$(TESTBIN)/stress $(TESTBIN)/soak: $(TESTBIN)/%: Tests/Stress/%.c include/pyrust.h $(LIB)
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) -o $@ $< $(LINK_PYRUST)

clean:
	rm -rf $(BUILD)
