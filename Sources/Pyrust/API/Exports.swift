// The C ABI of libpyrust.so (documented in include/pyrust.h). Every exported function checks
// its pointers, never lets a Swift error or trap cross the boundary, and hands out only
// malloc'd C data. The version script (exports.map) exports exactly these pyrust_* symbols.

import CPyrustSupport
import Glibc

// MARK: shared path

/// Compiles `source` (or takes it from the cache `cache` names), runs it and hands
/// `deliver` the output (valid only during the call) and the error, if any. A compile failure
/// delivers no output.
@inline(__always)
func execute<R>(_ source: UnsafeBufferPointer<UInt8>, cache: CacheMode,
                        _ state: UnsafeMutablePointer<ContextState>,
                        _ deliver: (UnsafeBufferPointer<UInt8>, ErrorReport?) -> R) -> R {
    if pyrust_stack_has_room() != 0 { return executeHere(source, cache: cache, state, deliver) }
    return onPrivateStack { executeHere(source, cache: cache, state, deliver) }
}

/// A call the private stack runs (its closure, behind the C callback's context pointer).
private final class StackCall {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// Runs `body` on the thread's private native stack (stack_guard.c): the caller's has less
/// than the interpreter needs (a small thread stack, or a deep host call chain).
@inline(never)
func onPrivateStack<R>(_ body: () -> R) -> R {
    var result: R? = nil
    withoutActuallyEscaping(body) { escapable in
        let call = StackCall { result = escapable() }
        withExtendedLifetime(call) {
            _ = pyrust_stack_run({ context in
                Unmanaged<StackCall>.fromOpaque(context!).takeUnretainedValue().run()
            }, Unmanaged.passUnretained(call).toOpaque())
        }
    }
    return result!
}

@inline(__always)
private func executeHere<R>(_ source: UnsafeBufferPointer<UInt8>, cache: CacheMode,
                            _ state: UnsafeMutablePointer<ContextState>,
                            _ deliver: (UnsafeBufferPointer<UInt8>, ErrorReport?) -> R) -> R {
    if state.pointee.command != nil || state.pointee.runMode != .program {
        return executeForCommand(source, cache: cache, state, deliver)
    }
    if cache == .shared && state.pointee.sharedFront.isEnabled && state.pointee.runDepth == 0 {
        return run(SharedCache.fetch(source, state), state, source: nil, deliver)
    }
    if cache == .thread && state.pointee.cache.isEnabled && state.pointee.runDepth == 0 {
        let hash = SourceHash.of(source)
        if let program = state.pointee.cache.lookup(source, hash: hash) {
            return run(program, state, deliver)
        }
        switch Engine.compile(source) {
        case .failure(let report):
            return deliver(UnsafeBufferPointer(start: nil, count: 0), report)
        case .success(let program):
            state.pointee.cache.insert(source, hash: hash, program: program)
            return withExtendedLifetime(program) { run(Unmanaged.passUnretained(program), state, deliver) }
        }
    }
    switch Engine.compile(source) {
    case .failure(let report):
        return deliver(UnsafeBufferPointer(start: nil, count: 0), report)
    case .success(let program):
        return withExtendedLifetime(program) { run(Unmanaged.passUnretained(program), state, deliver) }
    }
}

/// A run of a context the `pyrust` command configured, or a SCRIPT / INTERACTIVE run: compiled
/// in its mode (a session's input extends the session's global table) and timed by stage.
/// Runs outside a session use the cache asked for (the compiled code does not depend on the
/// file name: only compile errors, which are never cached, mention it).
@inline(never)
private func executeForCommand<R>(_ source: UnsafeBufferPointer<UInt8>, cache: CacheMode,
                                  _ state: UnsafeMutablePointer<ContextState>,
                                  _ deliver: (UnsafeBufferPointer<UInt8>, ErrorReport?) -> R) -> R {
    let mode = state.pointee.runMode
    // A nested run (from a host function) gets a temporary VM: it cannot join the session.
    let session = state.pointee.runDepth == 0 ? state.pointee.command?.session : nil
    state.pointee.timings = StageTimings()
    let fileName = state.pointee.command?.programName ?? "<string>"
    // A script or interactive program is compiled differently from the same text as a plain
    // one: its cache key is the text, a NUL and the mode (no source text holds a NUL: one
    // is a SyntaxError, and failed compiles are never cached).
    var key: [UInt8] = []
    if mode != .program && session == nil && cache != .none {
        key.reserveCapacity(source.count + 2)
        key.append(contentsOf: source)
        key.append(0)
        key.append(mode == .script ? 1 : 2)
    }
    if cache == .shared && session == nil && state.pointee.sharedFront.isEnabled && state.pointee.runDepth == 0 {
        let fetched = key.withUnsafeBufferPointer { k in
            SharedCache.fetch(key: key.isEmpty ? source : k, state, compile: {
                Engine.compile(source, mode: mode, globalPrefix: [], fileName: fileName, timings: &state.pointee.timings)
            })
        }
        return run(fetched, state, source: source, deliver)
    }
    // PYRUST_RUN_SHARED with the shared cache off (or nested) compiles, as plain runs do.
    let usesCache = cache == .thread && session == nil && state.pointee.cache.isEnabled && state.pointee.runDepth == 0
    if usesCache {
        let program: Unmanaged<CompiledProgram>? = key.isEmpty
            ? state.pointee.cache.lookup(source, hash: SourceHash.of(source))
            : key.withUnsafeBufferPointer { state.pointee.cache.lookup($0, hash: SourceHash.of($0)) }
        if let program { return run(program, state, source: source, deliver) }
    }
    switch Engine.compile(source, mode: mode, globalPrefix: session?.globalNames ?? [], fileName: fileName,
                          timings: &state.pointee.timings) {
    case .failure(let report):
        return deliver(UnsafeBufferPointer(start: nil, count: 0), report)
    case .success(let program):
        if let session {
            session.globalNames = program.code.globalNames
            session.programs.append(program)
        } else if usesCache {
            if key.isEmpty {
                state.pointee.cache.insert(source, hash: SourceHash.of(source), program: program)
            } else {
                _ = key.withUnsafeBufferPointer { state.pointee.cache.insert($0, hash: SourceHash.of($0), program: program) }
            }
        }
        return withExtendedLifetime(program) { run(Unmanaged.passUnretained(program), state, source: source, deliver) }
    }
}

/// Runs what the shared cache handed out (or delivers its compile error).
@inline(__always)
private func run<R>(_ fetched: SharedFetch, _ state: UnsafeMutablePointer<ContextState>,
                    source: UnsafeBufferPointer<UInt8>?,
                    _ deliver: (UnsafeBufferPointer<UInt8>, ErrorReport?) -> R) -> R {
    switch fetched {
    case .held(let program):
        return run(program, state, source: source, deliver)
    case .owned(let program):
        return withExtendedLifetime(program) { run(Unmanaged.passUnretained(program), state, source: source, deliver) }
    case .failed(let report):
        return deliver(UnsafeBufferPointer(start: nil, count: 0), report)
    }
}

/// Runs without retaining the program: the cache (or the caller) keeps it alive, and the cache
/// is left alone while a run is in progress.
@inline(__always)
private func run<R>(_ program: Unmanaged<CompiledProgram>, _ state: UnsafeMutablePointer<ContextState>,
                    source: UnsafeBufferPointer<UInt8>? = nil,
                    _ deliver: (UnsafeBufferPointer<UInt8>, ErrorReport?) -> R) -> R {
    state.pointee.runDepth += 1
    defer {
        state.pointee.runDepth -= 1
        if state.pointee.clearRequested && state.pointee.runDepth == 0 {
            state.pointee.clearRequested = false
            state.pointee.cache.removeAll()
        }
    }
    // The context's VM is reused by every outermost run (a nested run gets a temporary one).
    if state.pointee.runDepth == 1 {
        return state.pointee.reusableVM()._withUnsafeGuaranteedRef { vm in
            runAndDeliver(program, vm, state, source, deliver)
        }
    }
    return runAndDeliver(program, VM(), state, source, deliver)
}

@inline(__always)
private func runAndDeliver<R>(_ program: Unmanaged<CompiledProgram>, _ vm: VM,
                              _ state: UnsafeMutablePointer<ContextState>,
                              _ source: UnsafeBufferPointer<UInt8>?,
                              _ deliver: (UnsafeBufferPointer<UInt8>, ErrorReport?) -> R) -> R {
    let limits = state.pointee.limitsForRun
    // Runs nest when a host function runs a program (on any context): each level holds native
    // stack (a private one, once the thread's runs low), so the depth is bounded.
    if pyrust_support_run_nesting() >= maxRunNesting { return deliverNestingError(deliver) }
    pyrust_support_set_run_nesting(pyrust_support_run_nesting() + 1)
    defer { pyrust_support_set_run_nesting(pyrust_support_run_nesting() - 1) }
    // The running VM is found through the thread (dict hashing, generator closing); a nested
    // run restores its caller's.
    let previous = pyrust_support_active_vm()
    pyrust_support_set_active_vm(Unmanaged.passUnretained(vm).toOpaque())
    defer { pyrust_support_set_active_vm(previous) }
    let setup = state.pointee.runSetup
    if setup != nil { vm.hostSetup = setup }
    if vm.contextModulesGeneration != state.pointee.modulesGeneration {
        // The context's modules changed since this VM last ran: rebuild imports from them.
        vm.contextModules = state.pointee.modules
        vm.contextModulesGeneration = state.pointee.modulesGeneration
        vm.moduleTable.removeAll()
    }
    if state.pointee.command != nil || state.pointee.runMode != .program {
        return runForCommand(program, vm, state, state.pointee.command, source, limits, setup, deliver)
    }
    let error = program._withUnsafeGuaranteedRef { Engine.run($0, on: vm, limits: limits) }
    if setup != nil {
        vm.hostSetup = nil
        state.pointee.lastValue.clear()
        swap(&state.pointee.lastValue, &vm.resultValue)
    }
    if !vm.errorOutput.isEmpty { state.pointee.lastErrorOutput = vm.errorOutput }
    let result = vm.withRunOutput { deliver($0, error) }
    vm.trimOutput()
    return result
}

/// runAndDeliver's second half for a context the command configured (or a SCRIPT /
/// INTERACTIVE run): the VM gets the
/// settings for the run, output still buffered goes to the sink before the result is
/// delivered, and the run is timed.
@inline(never)
private func runForCommand<R>(_ program: Unmanaged<CompiledProgram>, _ vm: VM,
                              _ state: UnsafeMutablePointer<ContextState>, _ command: CommandSettings?,
                              _ source: UnsafeBufferPointer<UInt8>?, _ limits: RunLimits, _ setup: HostRunSetup?,
                              _ deliver: (UnsafeBufferPointer<UInt8>, ErrorReport?) -> R) -> R {
    if let command {
        let sessionRun = command.session != nil && state.pointee.runDepth == 1
        command.configure(vm, source: source, sessionRun: sessionRun)
    }
    defer { if command != nil { CommandSettings.unconfigure(vm) } }
    let start = VM.monotonicNanoseconds()
    let error = program._withUnsafeGuaranteedRef { Engine.run($0, on: vm, limits: limits) }
    state.pointee.timings.runNs = VM.monotonicNanoseconds() &- start
    vm.flushToSink()
    if setup != nil {
        vm.hostSetup = nil
        state.pointee.lastValue.clear()
        swap(&state.pointee.lastValue, &vm.resultValue)
    }
    if !vm.errorOutput.isEmpty { state.pointee.lastErrorOutput = vm.errorOutput }
    let result = vm.withRunOutput { deliver($0, error) }
    vm.trimOutput()
    return result
}

/// Runs nested through host functions, at most (each level is a run started from inside a
/// host function of the level below).
private let maxRunNesting: Int32 = 64

@inline(never)
private func deliverNestingError<R>(_ deliver: (UnsafeBufferPointer<UInt8>, ErrorReport?) -> R) -> R {
    let message = "maximum recursion depth exceeded (runs nested through host functions)"
    let report = ErrorReport(typeName: "RecursionError", message: message, line: 0, col: 0,
                             traceback: "RecursionError: \(message)\n")
    return deliver(UnsafeBufferPointer(start: nil, count: 0), report)
}

@inline(__always)
func sourceBytes(_ code: UnsafePointer<CChar>, count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: UnsafeRawPointer(code).assumingMemoryBound(to: UInt8.self), count: count)
}

/// The text entry points' answer: the output as a C string, or NULL with the error recorded.
@inline(__always)
func executeText(_ code: UnsafePointer<CChar>?, cache: CacheMode) -> UnsafeMutablePointer<CChar>? {
    guard let state = ContextState.current() else { return nil }
    state.pointee.clearError()
    guard let code else {
        state.pointee.setError(static: "ValueError: code must not be NULL")
        return nil
    }
    return execute(sourceBytes(code, count: strlen(code)), cache: cache, state) { output, error in
        if let error {
            state.pointee.setError(error.traceback)
            return nil
        }
        guard let text = CText.copy(output) else {
            state.pointee.setError(static: "MemoryError: out of memory\n")
            return nil
        }
        return text
    }
}

// MARK: exported functions

@_cdecl("pyrust_version")
public func pyrust_version() -> UnsafePointer<CChar> {
    let version: StaticString = "0.4.0"     // = PYRUST_VERSION_STRING in include/pyrust.h
    return UnsafeRawPointer(version.utf8Start).assumingMemoryBound(to: CChar.self)
}

@_cdecl("pyrust_execute")
public func pyrust_execute(_ code: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    executeText(code, cache: .none)
}

@_cdecl("pyrust_execute_cached")
public func pyrust_execute_cached(_ code: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    executeText(code, cache: .thread)
}

@_cdecl("pyrust_free")
public func pyrust_free(_ output: UnsafeMutablePointer<CChar>?) {
    free(output)
}

@_cdecl("pyrust_last_error")
public func pyrust_last_error() -> UnsafePointer<CChar>? {
    ContextState.existing()?.pointee.lastError
}

@_cdecl("pyrust_cache_stats_get")
public func pyrust_cache_stats_get(_ out: UnsafeMutablePointer<pyrust_support_cache_stats>?) {
    guard let out else { return }
    out.pointee = ContextState.current()?.pointee.cacheStats() ?? pyrust_support_cache_stats()
}

@_cdecl("pyrust_cache_clear")
public func pyrust_cache_clear() {
    ContextState.current()?.pointee.requestCacheClear()
}

@_cdecl("pyrust_run")
public func pyrust_run(_ code: UnsafePointer<CChar>?, _ length: Int, _ flags: UInt32,
                       _ out: UnsafeMutablePointer<pyrust_support_result>?) -> Int32 {
    runStructured(code, length, flags, nil, out)
}

@_cdecl("pyrust_run_ex")
public func pyrust_run_ex(_ code: UnsafePointer<CChar>?, _ length: Int, _ flags: UInt32,
                          _ limits: UnsafePointer<pyrust_support_limits>?,
                          _ out: UnsafeMutablePointer<pyrust_support_result>?) -> Int32 {
    guard let limits else { return runStructured(code, length, flags, nil, out) }
    guard let parsed = RunLimits(limits) else {
        return invalidArgument("limits->size is too small", out)
    }
    return runStructured(code, length, flags, parsed, out)
}

@_cdecl("pyrust_limits_set_default")
public func pyrust_limits_set_default(_ limits: UnsafePointer<pyrust_support_limits>?) -> Int32 {
    guard let state = ContextState.current() else { return 2 }
    guard let limits else {
        state.pointee.defaultLimits = RunLimits.fromEnvironment()
        return 0
    }
    guard let parsed = RunLimits(limits) else { return 2 }
    state.pointee.defaultLimits = parsed
    return 0
}

@_cdecl("pyrust_module_add")
public func pyrust_module_add(_ name: UnsafePointer<CChar>?, _ source: UnsafePointer<CChar>?, _ length: Int) -> Int32 {
    guard let name, let source, length >= 0, isModuleName(name) else { return 2 }
    switch pyrust_support_host_module_set(name, source, length) {
    case 0: return 0
    default: return 1
    }
}

@_cdecl("pyrust_module_remove")
public func pyrust_module_remove(_ name: UnsafePointer<CChar>?) -> Int32 {
    guard let name else { return 2 }
    return pyrust_support_host_module_set(name, nil, 0) == 0 ? 0 : 1
}

/// A dotted Python name: identifiers (ASCII letters, digits, _) separated by single dots.
func isModuleName(_ name: UnsafePointer<CChar>) -> Bool {
    let n = strlen(name)
    guard n > 0 && n < 256 else { return false }
    var atStart = true
    for i in 0..<n {
        let c = UInt8(bitPattern: name[i])
        switch c {
        case UInt8(ascii: "."):
            if atStart { return false }
            atStart = true
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if atStart { return false }
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            atStart = false
        default:
            return false
        }
    }
    return !atStart
}

@_cdecl("pyrust_cancel")
public func pyrust_cancel(_ token: UnsafeMutablePointer<UInt32>?) {
    guard let token else { return }
    pyrust_support_store_relaxed(token, 1)
}

extension RunLimits {
    /// The fields a C pyrust_limits of its declared size has (nil: too small to be one).
    init?(_ c: UnsafePointer<pyrust_support_limits>) {
        let size = Int(c.pointee.size)
        guard size >= 8 else { return nil }
        self.init()
        maxDepth = c.pointee.max_depth
        if size >= 16 { maxInstructions = c.pointee.max_instructions }
        if size >= 24 { timeoutMs = c.pointee.timeout_ms }
        if size >= 32 { maxOutput = c.pointee.max_output }
        if size >= 40 { cancel = c.pointee.cancel }
    }
}

func invalidArgument(_ message: String, _ out: UnsafeMutablePointer<pyrust_support_result>?) -> Int32 {
    let invalid: Int32 = 2
    guard let state = ContextState.current() else { return invalid }
    state.pointee.setError("ValueError: \(message)\n")
    guard let out else { return invalid }
    var result = pyrust_support_result()
    result.status = invalid
    result.output = CText.copy([])
    result.error_output = CText.copy([])
    result.error_type = CText.copy("ValueError")
    result.error_message = CText.copy(message)
    result.traceback = CText.copy("ValueError: \(message)\n")
    out.pointee = result
    return invalid
}

/// pyrust_run and pyrust_run_ex: `limits` nil means the thread's defaults.
private func runStructured(_ code: UnsafePointer<CChar>?, _ length: Int, _ flags: UInt32, _ limits: RunLimits?,
                           _ out: UnsafeMutablePointer<pyrust_support_result>?) -> Int32 {
    let invalid: Int32 = 2
    let knownFlags: UInt32 = 1 | 4                 // PYRUST_RUN_CACHED, PYRUST_RUN_SHARED
    guard let state = ContextState.current() else { return invalid }
    state.pointee.clearError()
    guard let out else {
        state.pointee.setError(static: "ValueError: result pointer must not be NULL\n")
        return invalid
    }
    guard let code, length >= 0, flags & ~knownFlags == 0 else {
        // length < 0 here is a size_t above Int.max: no such buffer can exist.
        let message = code == nil ? "code must not be NULL"
            : length < 0 ? "len is too large" : "unknown flags"
        return invalidArgument(message, out)
    }
    out.pointee = runFilling(state, sourceBytes(code, count: length), cache: CacheMode(flags: flags), limits)
    return out.pointee.status
}

/// Runs `source` on `state` (with `limits` for this call; nil: the context's) and returns the
/// filled result (status, output, error fields, stderr text, exit code).
func runFilling(_ state: UnsafeMutablePointer<ContextState>, _ source: UnsafeBufferPointer<UInt8>, cache: CacheMode,
                _ limits: RunLimits?) -> pyrust_support_result {
    let ok: Int32 = 0, failed: Int32 = 1, limited: Int32 = 3, exited: Int32 = 4
    var result = pyrust_support_result()
    let saved = state.pointee.callLimits
    state.pointee.callLimits = limits
    defer { state.pointee.callLimits = saved }
    state.pointee.lastErrorOutput = []
    execute(source, cache: cache, state) { output, error in
        result.output = CText.copy(output)
        result.output_len = output.count
        guard let error else { return }
        if let code = error.exitCode {
            result.status = exited
            result.exit_code = code
        } else {
            result.status = error.isLimit ? limited : failed
        }
        result.error_line = Int32(clamping: error.line)
        result.error_col = Int32(clamping: error.col)
        result.error_type = CText.copy(error.typeName)
        result.error_message = CText.copy(error.message)
        result.traceback = CText.copy(error.traceback)
        state.pointee.setError(error.traceback)
    }
    if result.status == 0 { result.status = ok }
    if result.output == nil { result.output_len = 0 }    // malloc failed: keep the struct consistent
    result.error_output = CText.copy(state.pointee.lastErrorOutput)
    result.error_output_len = result.error_output == nil ? 0 : state.pointee.lastErrorOutput.count
    state.pointee.lastErrorOutput = []
    return result
}

@_cdecl("pyrust_result_free")
public func pyrust_result_free(_ result: UnsafeMutablePointer<pyrust_support_result>?) {
    guard let result else { return }
    free(result.pointee.output)
    free(result.pointee.error_type)
    free(result.pointee.error_message)
    free(result.pointee.traceback)
    free(result.pointee.error_output)
    if result.pointee.layout == 1 {
        // Filled by pyrust_context_run: the fields after the 0.2.0 ones are there too.
        let extended = UnsafeMutableRawPointer(result).assumingMemoryBound(to: pyrust_support_result_ext.self)
        free(extended.pointee.result_json)
        free(extended.pointee.result_json_error)
        free(extended.pointee.globals_json)
        pyrust_value_free(extended.pointee.value)
        extended.pointee = pyrust_support_result_ext()
        return
    }
    result.pointee = pyrust_support_result()
}

@_cdecl("pyrust_debug_live_caches")
public func pyrust_debug_live_caches() -> Int64 {
    pyrust_support_live_states()
}
