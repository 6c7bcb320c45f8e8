// Per-run limits: an instruction budget, a wall-clock deadline, host cancellation, an output
// cap and a call-depth cap.
//
// The dispatch loop pays for them with one counter: `ticksLeft` goes down at every loop
// back-edge (by the loop's length in instructions) and every call (by the callee's length),
// and at the native loops that can run long without either (range iteration, repetition).
// Only when it drops below zero does `limitsReached` look at the clock, the cancel token and
// the budget, then hand out the next slice. With no limit set the counter starts at Int.max
// and never gets there.
//
// A limit stops the run for good: the error it raises is not an Exception (no `except`
// clause, `finally` or `__exit__` runs for it), and it is sticky, so Swift code that
// swallowed it would see it again at the next tick; the run reports it whatever happened.

import CPyrustSupport
import Glibc

struct RunLimits {
    /// Bytecode instructions (as counted above); 0: none.
    var maxInstructions: UInt64 = 0
    /// Wall-clock milliseconds; 0: none.
    var timeoutMs: UInt64 = 0
    /// Output bytes; 0: the default cap.
    var maxOutput: UInt64 = 0
    /// Python call depth; 0: the default (Limits.recursionLimit).
    var maxDepth: UInt32 = 0
    /// Set by the host (pyrust_cancel) from any thread or a signal handler.
    var cancel: UnsafeMutablePointer<UInt32>? = nil

    var isEmpty: Bool { maxInstructions == 0 && timeoutMs == 0 && cancel == nil }
    /// No limit of any kind, not even the output or depth caps.
    var isPlain: Bool { isEmpty && maxOutput == 0 && maxDepth == 0 }

    /// Output cap when none is given: 256 MiB (as before limits existed).
    static let defaultMaxOutput: UInt64 = 1 << 28

    /// The environment's defaults (PYRUST_MAX_INSTRUCTIONS, PYRUST_TIMEOUT_MS,
    /// PYRUST_MAX_OUTPUT, PYRUST_MAX_DEPTH: decimal; anything else is ignored).
    static func fromEnvironment() -> RunLimits {
        func number(_ name: String) -> UInt64 {
            guard let p = getenv(name) else { return 0 }
            return UInt64(String(cString: p)) ?? 0
        }
        var l = RunLimits()
        l.maxInstructions = number("PYRUST_MAX_INSTRUCTIONS")
        l.timeoutMs = number("PYRUST_TIMEOUT_MS")
        l.maxOutput = number("PYRUST_MAX_OUTPUT")
        l.maxDepth = UInt32(clamping: number("PYRUST_MAX_DEPTH"))
        return l
    }
}

extension PyType {
    /// What a limit raises: outside Exception, so `except Exception` cannot catch it (and the
    /// unwinder skips every handler for it anyway).
    static let limitExceeded = PyType("LimitExceeded", base: baseException, kind: .exception)
}

extension VM {
    /// Ticks between two looks at the clock and the cancel token (tens of microseconds).
    private static let checkSlice = 20_000

    /// Starts a run's limits (called by beginRun's caller).
    func applyLimits(_ l: RunLimits) {
        limits = l
        limitsArePlain = l.isPlain
        limitStop = nil
        instructionsCharged = 0
        depthLimit = l.maxDepth == 0 ? Limits.recursionLimit : min(Int(l.maxDepth), Limits.recursionLimit)
        hostDepthLimit = depthLimit
        maxOutput = Int(clamping: l.maxOutput == 0 ? RunLimits.defaultMaxOutput : l.maxOutput)
        if l.isEmpty {
            ticksLeft = Int.max
            sliceGranted = Int.max
            return
        }
        if l.timeoutMs > 0 {
            deadline = VM.monotonicNanoseconds() &+ l.timeoutMs.multipliedReportingOverflow(by: 1_000_000).partialValue
        }
        grantSlice()
    }

    /// Back to no limits (between runs).
    func clearLimits() {
        applyLimits(RunLimits())
    }

    static func monotonicNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    private func grantSlice() {
        var slice = VM.checkSlice
        if limits.timeoutMs == 0 && limits.cancel == nil {
            // Only a budget: no need to stop before it is spent.
            slice = Int(clamping: limits.maxInstructions &- min(instructionsCharged, limits.maxInstructions))
        } else if limits.maxInstructions > 0 {
            slice = min(slice, Int(clamping: limits.maxInstructions &- min(instructionsCharged, limits.maxInstructions)))
        }
        ticksLeft = slice
        sliceGranted = slice
    }

    /// Charges `n` ticks of work done outside the loop (native loops over many items).
    @inline(__always)
    func charge(_ n: Int) throws(PyError) {
        ticksLeft &-= n
        if ticksLeft < 0 { try limitsReached() }
    }

    /// Every call: the depth check and the limits tick.
    @inline(__always)
    func enteringCall(_ cost: Int) throws(PyError) {
        if frames.count >= depthLimit { throw recursionError() }
        ticksLeft &-= cost
        if ticksLeft < 0 { try limitsReached() }
    }

    /// The tick counter ran out: stop the run if a limit is reached, else grant another slice.
    @inline(never)
    func limitsReached() throws(PyError) {
        if let stop = limitStop { throw stop }
        if sliceGranted == Int.max {
            // No limits: the counter wrapped after 2**63 ticks. Start over.
            ticksLeft = Int.max
            return
        }
        instructionsCharged &+= UInt64(clamping: sliceGranted &- ticksLeft)
        if let c = limits.cancel, pyrust_support_load_relaxed(c) != 0 {
            throw stopRun("run cancelled by the host")
        }
        if limits.maxInstructions > 0 && instructionsCharged >= limits.maxInstructions {
            throw stopRun("instruction limit of \(limits.maxInstructions) exceeded")
        }
        if limits.timeoutMs > 0 && VM.monotonicNanoseconds() >= deadline {
            throw stopRun("time limit of \(limits.timeoutMs) ms exceeded")
        }
        grantSlice()
    }

    /// A host function returned: the time it took counts against the deadline, and a cancel
    /// that arrived meanwhile stops the run now.
    @inline(__always)
    func checkAfterHostCall() throws(PyError) {
        if limitsArePlain { return }
        try limitsAfterHostCall()
    }

    @inline(never)
    private func limitsAfterHostCall() throws(PyError) {
        if let stop = limitStop { throw stop }
        if let c = limits.cancel, pyrust_support_load_relaxed(c) != 0 {
            throw stopRun("run cancelled by the host")
        }
        if limits.timeoutMs > 0 && VM.monotonicNanoseconds() >= deadline {
            throw stopRun("time limit of \(limits.timeoutMs) ms exceeded")
        }
    }

    /// Output grew past the cap.
    @inline(never)
    func outputLimitReached() throws(PyError) {
        if let stop = limitStop { throw stop }
        if limits.maxOutput == 0 {
            throw memoryError()     // the default cap: as before, a MemoryError the program may catch
        }
        throw stopRun("output limit of \(limits.maxOutput) bytes exceeded")
    }

    private func stopRun(_ message: String) -> PyError {
        let e = PyError(.limitExceeded, message)
        e.exc.isLimit = true
        limitStop = e
        ticksLeft = -1      // every later tick comes straight back here
        sliceGranted = 0
        return e
    }
}
