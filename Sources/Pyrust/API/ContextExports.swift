// The C ABI of explicit contexts, inputs-carrying runs and host functions (include/pyrust.h,
// "Contexts" and "Host functions"). A pyrust_context is a malloc'd ContextState, the same
// state each thread keeps implicitly, so both kinds of run share one path (Exports.swift).

import CPyrustSupport
import Glibc

private let invalidStatus: Int32 = 2

@_cdecl("pyrust_context_new")
public func pyrust_context_new(_ options: UnsafePointer<pyrust_support_options>?) -> UnsafeMutableRawPointer? {
    var capacity = CompileCache.capacity(fromSetting: getenv("PYRUST_CACHE_SIZE"))
    var limits = RunLimits.fromEnvironment()
    if let options {
        guard options.pointee.size >= 8 else { return nil }
        let requested = options.pointee.cache_capacity
        if requested == UInt32.max { capacity = 0 } else if requested > 0 { capacity = min(Int(requested), 1 << 24) }
        if options.pointee.size >= UInt32(MemoryLayout<pyrust_support_options>.size) && options.pointee.limits.size != 0 {
            var l = options.pointee.limits
            guard let parsed = withUnsafePointer(to: &l, { RunLimits($0) }) else { return nil }
            limits = parsed
        }
    }
    guard let raw = malloc(MemoryLayout<ContextState>.stride) else { return nil }
    let state = raw.bindMemory(to: ContextState.self, capacity: 1)
    state.initialize(to: ContextState(cacheCapacity: capacity))
    state.pointee.defaultLimits = limits
    return raw
}

@_cdecl("pyrust_context_free")
public func pyrust_context_free(_ context: UnsafeMutableRawPointer?) {
    guard let context else { return }
    let state = context.assumingMemoryBound(to: ContextState.self)
    if state.pointee.runDepth > 0 {
        state.pointee.freeRequested = true
        return
    }
    destroyContext(state)
}

private func destroyContext(_ state: UnsafeMutablePointer<ContextState>) {
    state.pointee.releaseResources()
    state.deinitialize(count: 1)
    free(state)
}

@_cdecl("pyrust_context_set_limits")
public func pyrust_context_set_limits(_ context: UnsafeMutableRawPointer?,
                                      _ limits: UnsafePointer<pyrust_support_limits>?) -> Int32 {
    guard let context else { return invalidStatus }
    let state = context.assumingMemoryBound(to: ContextState.self)
    guard let limits else {
        state.pointee.defaultLimits = RunLimits.fromEnvironment()
        return 0
    }
    guard let parsed = RunLimits(limits) else { return invalidStatus }
    state.pointee.defaultLimits = parsed
    return 0
}

@_cdecl("pyrust_context_run")
public func pyrust_context_run(_ context: UnsafeMutableRawPointer?, _ code: UnsafePointer<CChar>?, _ length: Int,
                               _ flags: UInt32, _ inputs: UnsafePointer<pyrust_inputs>?,
                               _ out: UnsafeMutablePointer<pyrust_support_result_ext>?) -> Int32 {
    let cachedFlag: UInt32 = 1, valueFlag: UInt32 = 2, sharedFlag: UInt32 = 4, scriptFlag: UInt32 = 8, interactiveFlag: UInt32 = 16
    guard let state = context.map({ $0.assumingMemoryBound(to: ContextState.self) }) ?? ContextState.current() else {
        return invalidStatus
    }
    state.pointee.clearError()
    guard let out else {
        state.pointee.setError(static: "ValueError: result pointer must not be NULL\n")
        return invalidStatus
    }
    out.pointee = pyrust_support_result_ext()
    let modeFlags = flags & (scriptFlag | interactiveFlag)
    guard let code, length >= 0, flags & ~(cachedFlag | valueFlag | sharedFlag | scriptFlag | interactiveFlag) == 0,
          modeFlags != scriptFlag | interactiveFlag else {
        let message = code == nil ? "code must not be NULL" : length < 0 ? "len is too large"
            : modeFlags == scriptFlag | interactiveFlag ? "PYRUST_RUN_SCRIPT and PYRUST_RUN_INTERACTIVE exclude each other" : "unknown flags"
        let status = out.withMemoryRebound(to: pyrust_support_result.self, capacity: 1) { invalidArgument(message, $0) }
        out.pointee.base.layout = 1
        return status
    }
    let saved = state.pointee.runSetup
    let hostValue = state.pointee.host.map { Unmanaged.passUnretained($0) }
    state.pointee.runSetup = HostRunSetup(inputs: inputs, host: hostValue, inputMemo: ContextState.inputMemo(of: state),
                                          wantedResult: 1 | (flags & valueFlag),
                                          watchedGlobals: state.pointee.watchedGlobals)
    let savedMode = state.pointee.runMode
    state.pointee.runMode = modeFlags == scriptFlag ? .script : modeFlags == interactiveFlag ? .interactive : .program
    var result = pyrust_support_result_ext()
    result.base = runFilling(state, sourceBytes(code, count: length), cache: CacheMode(flags: flags), nil)
    state.pointee.runSetup = saved
    state.pointee.runMode = savedMode
    result.base.layout = 1
    if result.base.status == 0 {
        result.result_json_len = state.pointee.lastValue.jsonLength
        result.result_json = state.pointee.lastValue.takeJSON()
        if result.result_json == nil, let error = state.pointee.lastValue.jsonError {
            result.result_json_error = CText.copy(error)
        }
        result.value = state.pointee.lastValue.takeTree()
        result.globals_json_len = state.pointee.lastValue.globalsLength
        result.globals_json = state.pointee.lastValue.takeGlobals()
        if result.globals_json == nil, result.result_json_error == nil, let error = state.pointee.lastValue.globalsError {
            result.result_json_error = CText.copy(error)
        }
    }
    state.pointee.lastValue.clear()
    out.pointee = result
    if state.pointee.freeRequested && state.pointee.runDepth == 0 { destroyContext(state) }
    return result.base.status
}

@_cdecl("pyrust_context_watch_globals")
public func pyrust_context_watch_globals(_ context: UnsafeMutableRawPointer?,
                                         _ names: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int) -> Int32 {
    guard let context, count >= 0, count <= 4096, names != nil || count == 0 else { return invalidStatus }
    var list: [String] = []
    for i in 0..<count {
        guard let name = names?[i], pyrust_support_is_identifier(name, strlen(name)) != 0 else { return invalidStatus }
        list.append(String(cString: name))
    }
    context.assumingMemoryBound(to: ContextState.self).pointee.watchedGlobals = list
    return 0
}

@_cdecl("pyrust_context_module_add")
public func pyrust_context_module_add(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?,
                                      _ source: UnsafePointer<CChar>?, _ length: Int) -> Int32 {
    guard let context, let name, let source, length >= 0, isModuleName(name) else { return invalidStatus }
    let state = context.assumingMemoryBound(to: ContextState.self)
    let text = String(decoding: UnsafeRawBufferPointer(start: source, count: length), as: UTF8.self)
    state.pointee.modules[String(cString: name)] = text
    state.pointee.modulesGeneration &+= 1
    return 0
}

@_cdecl("pyrust_context_module_remove")
public func pyrust_context_module_remove(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?) -> Int32 {
    guard let context, let name else { return invalidStatus }
    let state = context.assumingMemoryBound(to: ContextState.self)
    guard state.pointee.modules.removeValue(forKey: String(cString: name)) != nil else { return 1 }
    state.pointee.modulesGeneration &+= 1
    return 0
}

@_cdecl("pyrust_context_cache_stats")
public func pyrust_context_cache_stats(_ context: UnsafeMutableRawPointer?, _ out: UnsafeMutablePointer<pyrust_support_cache_stats>?) {
    guard let out else { return }
    guard let context else { return pyrust_cache_stats_get(out) }
    out.pointee = context.assumingMemoryBound(to: ContextState.self).pointee.cacheStats()
}

@_cdecl("pyrust_context_cache_clear")
public func pyrust_context_cache_clear(_ context: UnsafeMutableRawPointer?) {
    guard let context else { return pyrust_cache_clear() }
    context.assumingMemoryBound(to: ContextState.self).pointee.requestCacheClear()
}

// MARK: host functions

/// The context's host bindings, made at the first registration.
private func bindings(_ state: UnsafeMutablePointer<ContextState>) -> HostBindings? {
    if let host = state.pointee.host { return host }
    guard let made = HostBindings(context: UnsafeMutableRawPointer(state)) else { return nil }
    state.pointee.host = made
    return made
}

private func identifierName(_ name: UnsafePointer<CChar>?) -> String? {
    guard let name else { return nil }
    let n = strlen(name)
    guard pyrust_support_is_identifier(name, n) != 0 else { return nil }
    return String(cString: name)
}

@_cdecl("pyrust_context_add_function")
public func pyrust_context_add_function(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?,
                                        _ fn: HostCallback?, _ userdata: UnsafeMutableRawPointer?) -> Int32 {
    guard let context, let fn, let pyName = identifierName(name) else { return invalidStatus }
    let state = context.assumingMemoryBound(to: ContextState.self)
    guard let host = bindings(state) else { return 1 }
    host.add(pyName, HostCalls.generic(pyName, fn, userdata, host))
    return 0
}

@_cdecl("pyrust_context_add_cfunction")
public func pyrust_context_add_cfunction(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?,
                                         _ fn: UnsafeMutableRawPointer?, _ signature: UnsafePointer<CChar>?) -> Int32 {
    guard let context, let fn, let signature, let pyName = identifierName(name) else { return invalidStatus }
    let state = context.assumingMemoryBound(to: ContextState.self)
    var error: UnsafePointer<CChar>? = nil
    guard let prepared = pyrust_support_cfunction_new(fn, signature, &error) else {
        return error.map { String(cString: $0) } == "out of memory" ? 1 : invalidStatus
    }
    guard let host = bindings(state) else {
        pyrust_support_cfunction_free(prepared)
        return 1
    }
    host.keep(prepared)
    host.add(pyName, HostCalls.typed(pyName, prepared))
    return 0
}

@_cdecl("pyrust_capabilities")
public func pyrust_capabilities() -> UnsafePointer<CChar> {
    Capabilities.text
}
