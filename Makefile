# pyrust: build, test, demo, bench and install.
#   make        -> build/libpyrust.so.$(VERSION), soname libpyrust.so.0, with the symlinks
#                  build/libpyrust.so.0 and build/libpyrust.so (release, Swift runtime linked in,
#                  only pyrust_* exported, stripped; its symbols in build/libpyrust.so.$(VERSION).debug)
#                  and build/pyrust, the command (cli/, links libedit; the library does not)
#   make install [PREFIX=/usr/local] [DESTDIR=...]  /  make uninstall (same variables)
#   make wheel  -> build/wheel/pyrust-$(VERSION)-*.whl (the Python package with the library inside)
#   make ffi-header -> include/pyrust_ffi.h regenerated from include/pyrust.h
#   make test   -> every suite (swift test, C, Python ctypes, examples, standalone load, 30 copies
#                  loaded at once, pyrust_ffi.h and versions, install, the Python package,
#                  conformance, hostile, rc-check, the daemon, the command)
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

# The library's version is PYRUST_VERSION_STRING of include/pyrust.h, which pyrust_version()
# returns (Tests/Packaging/check_version.sh checks that the three agree). The soname carries
# the major version only.
VERSION  := $(shell sed -n 's/^\#define PYRUST_VERSION_STRING "\(.*\)"/\1/p' include/pyrust.h)
SONAME   := libpyrust.so.0
LIB_REAL := $(BUILD)/libpyrust.so.$(VERSION)

# Install layout (GNU names). DESTDIR stages the install for packaging.
PREFIX      ?= /usr/local
DESTDIR     ?=
BINDIR      ?= $(PREFIX)/bin
LIBDIR      ?= $(PREFIX)/lib
INCLUDEDIR  ?= $(PREFIX)/include
MANDIR      ?= $(PREFIX)/share/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig

# Debian packages the tests need; `make deps` installs the missing ones when run as root.
DEPS       ?= libffi-dev pkg-config golang-go luajit libedit-dev

SWIFTC_EXTRA ?=
SWIFT_LIB_FLAGS = -c release --product pyrust -Xswiftc -static-stdlib \
	-Xlinker --version-script=$(CURDIR)/exports.map -Xlinker -soname=$(SONAME) \
	-Xlinker -z -Xlinker nodelete -Xlinker -z -Xlinker defs $(SWIFTC_EXTRA)

LIB_SOURCES := Package.swift exports.map include/pyrust.h \
	$(shell find Sources -type f \( -name '*.swift' -o -name '*.c' -o -name '*.h' \) 2>/dev/null)

CFLAGS ?= -O2 -g -Wall -Wextra
TEST_CFLAGS = $(CFLAGS) -std=c11 -D_GNU_SOURCE -Iinclude -pthread
# Test binaries live in build/tests and find build/libpyrust.so through their rpath.
LINK_PYRUST = -L$(BUILD) -lpyrust -Wl,-rpath,'$$ORIGIN/..'
FFI_CFLAGS = $(shell pkg-config --cflags libffi 2>/dev/null)
FFI_LIBS = $(or $(shell pkg-config --libs libffi 2>/dev/null),-lffi)

C_TESTS := test_api test_cache test_threads test_dlopen test_ffi test_lifecycle test_limits test_stacks test_context test_fork test_shared_cache test_command
TEST_SUITES := swift-test c-test py-test examples-test standalone-test tls-test packaging-test install-test \
	python-package-test conformance hostile rc-check daemon-test cli-test

# The `pyrust` command: every cli/*.c (the daemon's files drop in), next to the library it
# finds through its rpath.
CLI := $(BUILD)/pyrust
CLI_SOURCES := $(wildcard cli/*.c)
EDIT_CFLAGS = $(shell pkg-config --cflags libedit 2>/dev/null)
EDIT_LIBS = $(or $(shell pkg-config --libs libedit 2>/dev/null),-ledit)

.PHONY: all deps test $(TEST_SUITES) demo bench bench-callgrind call-cost clean \
	install uninstall wheel ffi-header print-version tsan-shared \
	fuzz sanitize sanitize-asan sanitize-tsan leak-check stress soak

all: deps $(LIB) $(CLI)

$(CLI): $(CLI_SOURCES) $(wildcard cli/*.h) include/pyrust.h $(LIB)
	$(CC) $(TEST_CFLAGS) -Icli $(EDIT_CFLAGS) -o $@ $(CLI_SOURCES) -L$(BUILD) -lpyrust -Wl,-rpath,'$$ORIGIN:$$ORIGIN/../lib' $(EDIT_LIBS)

# The command as a user runs it: scripts against python3, argv, exit codes, streaming, the REPL
# in a pseudo-terminal.
cli-test: $(CLI)
	$(PYTHON) Tests/CLI/test_cli.py $(CLI)

# Shipped fully stripped (10 MB instead of 14 MB with symbols): nothing at run time reads the
# symbol table (the exports are in .dynsym). Profilers and debuggers find the symbols through
# the .gnu_debuglink to libpyrust.so.$(VERSION).debug beside it (symbols only, no DWARF).
$(LIB_REAL): $(LIB_SOURCES)
	$(SWIFT) build $(SWIFT_LIB_FLAGS)
	@mkdir -p $(BUILD)
	rm -f $@.tmp $@.debug
	strip --strip-debug -o $@.tmp "$$($(SWIFT) build $(SWIFT_LIB_FLAGS) --show-bin-path)/libpyrust.so"
	objcopy --only-keep-debug $@.tmp $@.debug
	strip --strip-all $@.tmp
	cd $(BUILD) && objcopy --add-gnu-debuglink=$(notdir $@).debug $(notdir $@).tmp
	mv $@.tmp $@

# The symlinks a system has: libpyrust.so.0 (the soname, what programs linked with -lpyrust
# load) and libpyrust.so (what -lpyrust and dlopen("build/libpyrust.so") find).
$(LIB): $(LIB_REAL)
	ln -sfn $(notdir $(LIB_REAL)) $(BUILD)/$(SONAME)
	ln -sfn $(notdir $(LIB_REAL)) $@

print-version:
	@echo $(VERSION)

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
test: all
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
	@command -v luajit >/dev/null || { echo "examples-test: luajit is needed (make deps, or apt-get install luajit)"; exit 1; }
	luajit examples/luajit/demo.lua $(CURDIR)/$(LIB)

# No libswift* needed, only pyrust_* exported, and it loads with the Swift toolchain hidden.
standalone-test: $(LIB) $(TESTBIN)/test_api $(TESTBIN)/test_dlopen
	PYTHON=$(PYTHON) sh Tests/C/standalone.sh $(CURDIR)/$(LIB) $(CURDIR)/$(TESTBIN)

conformance: $(LIB)
	@if [ -f Tests/conformance/run.py ]; then \
		$(PYTHON) Tests/conformance/run.py $(LIB) && \
		$(PYTHON) Tests/conformance/run.py $(LIB) --shared; \
	else \
		echo "conformance: Tests/conformance/run.py not present yet: skipped"; \
	fi

$(TESTBIN)/test_api $(TESTBIN)/test_cache $(TESTBIN)/test_threads $(TESTBIN)/test_lifecycle $(TESTBIN)/test_limits $(TESTBIN)/test_stacks $(TESTBIN)/test_context $(TESTBIN)/test_fork $(TESTBIN)/test_shared_cache $(TESTBIN)/test_command: $(TESTBIN)/%: Tests/C/%.c Tests/C/check.h include/pyrust.h $(LIB)
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) -o $@ $< $(LINK_PYRUST) -lm

# The daemon (`pyrust serve`, `--connect`, `stats`: cli/daemon_*.c, cli/protocol.c): tests drive
# build/pyrust (daemon_driver, a stand-in with the same arguments, is kept for bench/run.sh).
DAEMON_SOURCES := cli/daemon_server.c cli/daemon_client.c cli/protocol.c
DAEMON_HEADERS := cli/daemon.h cli/protocol.h include/pyrust.h
DAEMON_BIN = $(CLI)

daemon-test: $(CLI) $(TESTBIN)/daemon_driver $(TESTBIN)/daemon_load
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

# The shared compile cache's tests (16 threads sharing a cache among them) under
# ThreadSanitizer: any report fails the run. This builds a separate
# library in its own scratch path: -sanitize=thread for the Swift code, -fsanitize=thread for
# the C store, and the shared Swift runtime instead of -static-stdlib (the TSan runtime must
# be one copy for the whole process: the toolchain's libclang_rt.tsan .so, which the library
# and the test, built by the toolchain's clang with -shared-libsan, both use). Slow (a full
# second build). The Swift runtime itself is not instrumented, so reference counts are not
# seen by TSan: `make rc-check` covers those (its stress runs the shared cache too).
TSAN_DIR := $(BUILD)/tsan
TSAN_CC ?= clang
TSAN_SWIFT = $(SWIFT) build -c release --product pyrust --scratch-path $(TSAN_DIR)/swift \
	-Xswiftc -sanitize=thread -Xcc -fsanitize=thread $(SWIFTC_EXTRA)
tsan-shared: Tests/C/test_shared_cache.c Tests/C/check.h include/pyrust.h $(LIB_SOURCES)
	$(TSAN_SWIFT)
	tl="$$($(TSAN_SWIFT) --show-bin-path)"; \
	$(TSAN_CC) $(TEST_CFLAGS) -fsanitize=thread -shared-libsan -o $(TSAN_DIR)/test_shared_cache Tests/C/test_shared_cache.c \
		-L"$$tl" -lpyrust -Wl,-rpath,"$$tl" -Wl,-rpath,"$$($(TSAN_CC) -print-resource-dir)/lib/linux" -lm && \
	TSAN_OPTIONS="halt_on_error=1 die_after_fork=0 suppressions=$(CURDIR)/Tests/C/tsan.supp $$TSAN_OPTIONS" \
		$(TSAN_DIR)/test_shared_cache "$$tl/libpyrust.so"

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
	PYRUST_LIB=$(CURDIR)/$(LIB) PYRUST_INCLUDE=$(CURDIR)/include bash bench/callgrind.sh --suite bench/ops
	PYRUST_LIB=$(CURDIR)/$(LIB) PYRUST_INCLUDE=$(CURDIR)/include bash bench/callgrind.sh --suite bench/programs

# The library's own thread-local storage needs no static TLS: 30 copies dlopen'ed in one
# process all run (Tests/C/test_tls_copies.c), and the library is not marked STATIC_TLS.
tls-test: $(LIB) $(TESTBIN)/test_tls_copies
	@if readelf -d $(LIB) | grep -q STATIC_TLS; then \
		echo "tls-test: $(LIB) is marked STATIC_TLS (an initial-exec TLS access):"; \
		readelf -rW $(LIB) | grep TPOFF; exit 1; fi
	$(TESTBIN)/test_tls_copies $(CURDIR)/$(LIB) 30

$(TESTBIN)/test_tls_copies: Tests/C/test_tls_copies.c Tests/C/check.h
	@mkdir -p $(TESTBIN)
	$(CC) $(TEST_CFLAGS) -o $@ $< -ldl

# The header for FFIs that read C declarations (cffi, LuaJIT, PHP FFI), made from pyrust.h.
ffi-header: include/pyrust_ffi.h
include/pyrust_ffi.h: include/pyrust.h tools/gen_ffi_header.py
	$(PYTHON) tools/gen_ffi_header.py include/pyrust.h $@

# pyrust_ffi.h up to date and accepted by cffi and LuaJIT; the version agrees everywhere; the
# struct layouts stated in pyrust.h hold in C and C++.
packaging-test: $(LIB)
	$(PYTHON) Tests/Packaging/check_ffi_header.py $(CURDIR)/$(LIB)
	sh Tests/Packaging/check_version.sh $(CURDIR)/$(LIB) $(VERSION)
	$(CC) -std=c11 -Wall -Wextra -Werror -pedantic -Iinclude -fsyntax-only -x c include/pyrust.h
	@if command -v c++ >/dev/null; then \
		echo "c++ -std=c++11 -Wall -Wextra -Werror -Iinclude -fsyntax-only -x c++ include/pyrust.h"; \
		c++ -std=c++11 -Wall -Wextra -Werror -Iinclude -fsyntax-only -x c++ include/pyrust.h; \
	else echo "packaging-test: no c++ compiler: the header's C++ check is skipped"; fi

# Installs the library (+ symlinks), the headers, pyrust.pc, the man page, and the pyrust
# command when it has been built. Runs ldconfig when root and not staging (no DESTDIR);
# otherwise run it yourself after installing into a system directory.
install: $(LIB) include/pyrust_ffi.h
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(LIB_REAL) $(DESTDIR)$(LIBDIR)/libpyrust.so.$(VERSION)
	ln -sfn libpyrust.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sfn libpyrust.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libpyrust.so
	install -m 644 include/pyrust.h include/pyrust_ffi.h $(DESTDIR)$(INCLUDEDIR)/
	sed -e 's|@PREFIX@|$(PREFIX)|; s|@LIBDIR@|$(LIBDIR)|; s|@INCLUDEDIR@|$(INCLUDEDIR)|; s|@VERSION@|$(VERSION)|' \
		pyrust.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/pyrust.pc
	chmod 644 $(DESTDIR)$(PKGCONFIGDIR)/pyrust.pc
	install -m 644 man/pyrust.1 $(DESTDIR)$(MANDIR)/man1/pyrust.1
	@if [ -x $(BUILD)/pyrust ]; then \
		echo "install -d $(DESTDIR)$(BINDIR) && install -m 755 $(BUILD)/pyrust $(DESTDIR)$(BINDIR)/pyrust"; \
		install -d $(DESTDIR)$(BINDIR) && install -m 755 $(BUILD)/pyrust $(DESTDIR)$(BINDIR)/pyrust; \
	else echo "install: $(BUILD)/pyrust not built: the pyrust command is not installed"; fi
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" = 0 ] && command -v ldconfig >/dev/null 2>&1; then ldconfig; fi

# Removes exactly what install puts there (directories stay: they may hold other files).
uninstall:
	rm -f $(DESTDIR)$(LIBDIR)/libpyrust.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME) \
		$(DESTDIR)$(LIBDIR)/libpyrust.so $(DESTDIR)$(INCLUDEDIR)/pyrust.h \
		$(DESTDIR)$(INCLUDEDIR)/pyrust_ffi.h $(DESTDIR)$(PKGCONFIGDIR)/pyrust.pc \
		$(DESTDIR)$(MANDIR)/man1/pyrust.1 $(DESTDIR)$(BINDIR)/pyrust

# make install into a temporary DESTDIR, a C host built with pkg-config alone, the man page,
# make uninstall leaving nothing behind.
install-test: $(LIB) $(CLI)
	sh Tests/Packaging/install_test.sh "$(MAKE)" $(CURDIR)/$(BUILD)

# The Python package (python/): a wheel with the library inside (pure-Python ctypes code; the
# wheel is tagged for this platform because of the .so).
wheel: $(LIB)
	rm -rf $(BUILD)/wheel
	PYRUST_BUNDLE_LIBRARY=$(CURDIR)/$(LIB_REAL) $(PYTHON) -m pip wheel --no-deps --no-cache-dir \
		-w $(BUILD)/wheel ./python

# A venv in build/, the wheel installed into it, pytest on Tests/PythonPackage (pytest from
# the running Python when it has it, else from PyPI into the venv).
python-package-test: wheel
	sh Tests/PythonPackage/run.sh $(PYTHON) $(CURDIR)/$(BUILD)

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
