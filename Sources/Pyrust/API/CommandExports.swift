// The C ABI the `pyrust` command needs (include/pyrust.h, "Running as a command"): output
// delivered as it is written, the program's file name and sys.argv, interactive sessions and
// per-stage timings. All of it is per context (the thread-implicit one included).

import Glibc

private let invalidStatus: Int32 = 2

private func contextState(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<ContextState>? {
    context.map { $0.assumingMemoryBound(to: ContextState.self) } ?? ContextState.current()
}

/// The context's command settings, made at first use.
private func settings(_ state: UnsafeMutablePointer<ContextState>) -> CommandSettings {
    if let made = state.pointee.command { return made }
    let made = CommandSettings()
    state.pointee.command = made
    return made
}

/// Drops settings that are all back to their defaults (runs then take the plain path again).
private func dropIfEmpty(_ state: UnsafeMutablePointer<ContextState>) {
    if let s = state.pointee.command, s.isEmpty { state.pointee.command = nil }
}

@_cdecl("pyrust_context_set_output")
public func pyrust_context_set_output(_ context: UnsafeMutableRawPointer?, _ callback: OutputCallback?,
                                      _ userdata: UnsafeMutableRawPointer?) -> Int32 {
    guard let state = contextState(context), state.pointee.runDepth == 0 else { return invalidStatus }
    settings(state).sink = callback.map { OutputSink(callback: $0, userdata: userdata) }
    dropIfEmpty(state)
    return 0
}

@_cdecl("pyrust_context_set_program")
public func pyrust_context_set_program(_ context: UnsafeMutableRawPointer?, _ fileName: UnsafePointer<CChar>?,
                                       _ argc: Int32, _ argv: UnsafePointer<UnsafePointer<CChar>?>?) -> Int32 {
    guard let state = contextState(context), state.pointee.runDepth == 0, argc >= 0, argc <= 1 << 20,
          argv != nil || argc == 0 else { return invalidStatus }
    var list: [String] = []
    for i in 0..<Int(argc) {
        guard let arg = argv?[i] else { return invalidStatus }
        // Arguments that are not UTF-8 are decoded with replacement characters (python3 would
        // use surrogate escapes, which pyrust's str cannot hold).
        list.append(String(decoding: UnsafeRawBufferPointer(start: arg, count: strlen(arg)), as: UTF8.self))
    }
    let s = settings(state)
    s.programName = fileName.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) } ?? "<string>"
    s.argv = list.isEmpty ? [""] : list
    dropIfEmpty(state)
    return 0
}

@_cdecl("pyrust_context_set_session")
public func pyrust_context_set_session(_ context: UnsafeMutableRawPointer?, _ on: Int32) -> Int32 {
    guard let state = contextState(context), state.pointee.runDepth == 0 else { return invalidStatus }
    if on != 0 {
        let s = settings(state)
        if s.session == nil { s.session = Session() }
    } else {
        state.pointee.endSession()
        dropIfEmpty(state)
    }
    return 0
}

@_cdecl("pyrust_context_timings")
public func pyrust_context_timings(_ context: UnsafeMutableRawPointer?, _ out: UnsafeMutableRawPointer?) -> Int32 {
    guard let state = contextState(context), let out else { return invalidStatus }
    // pyrust_timings: uint32 size, uint32 reserved, then uint64 parse_ns, compile_ns, run_ns.
    let size = out.load(as: UInt32.self)
    guard size >= 32 else { return invalidStatus }
    let t = state.pointee.timings
    out.storeBytes(of: t.parseNs, toByteOffset: 8, as: UInt64.self)
    out.storeBytes(of: t.compileNs, toByteOffset: 16, as: UInt64.self)
    out.storeBytes(of: t.runNs, toByteOffset: 24, as: UInt64.self)
    return 0
}
