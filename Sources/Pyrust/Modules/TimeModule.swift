// time: the clocks (time, perf_counter, monotonic, process_time, thread_time and their _ns
// forms, read from the same clocks CPython uses on Linux) and sleep.
//
// sleep is bounded: a library call must not hold its host's thread for long, so each call
// sleeps at most one second (longer requests return after one second; the README says so).
// Calendar functions (gmtime, localtime, strftime, ...) are not provided: they raise
// NotImplementedError naming themselves.

import Glibc

enum TimeModule {
    /// The longest one sleep() call waits, in seconds.
    static let maxSleep = 1.0

    static let definition = NativeModule { d in
        func add(_ name: String, _ f: @escaping NativeFunction) {
            try? d.set(.str(PyStr.make(name)), .builtin(PyBuiltinFunction(module: "time", name: name, f)))
        }
        let clocks: [(String, clockid_t)] = [
            ("time", CLOCK_REALTIME), ("perf_counter", CLOCK_MONOTONIC), ("monotonic", CLOCK_MONOTONIC),
            ("process_time", CLOCK_PROCESS_CPUTIME_ID), ("thread_time", CLOCK_THREAD_CPUTIME_ID),
        ]
        for (name, clock) in clocks {
            add(name) { (_, args) throws(PyError) -> Value in
                try args.noKeywords("time." + name)
                try args.expect("time." + name, min: 0, max: 0)
                let t = now(clock)
                return .float(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9)
            }
            add(name + "_ns") { (_, args) throws(PyError) -> Value in
                try args.noKeywords("time." + name + "_ns")
                try args.expect("time." + name + "_ns", min: 0, max: 0)
                let t = now(clock)
                return .int(t.tv_sec * 1_000_000_000 + t.tv_nsec)
            }
        }
        add("sleep") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("time.sleep")
            try args.expect("time.sleep", min: 1, max: 1)
            let seconds = try sleepSeconds(vm, args[0])
            var remaining = Int((min(seconds, maxSleep) * 1e9).rounded(.up))
            // In slices, so that a host's time limit or cancellation stops a sleeping run.
            let slice = vm.limits.isEmpty ? remaining : 10_000_000
            while remaining > 0 {
                let step = min(remaining, slice)
                var request = timespec(tv_sec: step / 1_000_000_000, tv_nsec: step % 1_000_000_000)
                var left = timespec()
                while nanosleep(&request, &left) != 0 && errno == EINTR { request = left }
                remaining -= step
                if !vm.limits.isEmpty { try vm.limitsReached() }
            }
            return .none
        }
        for name in ["gmtime", "localtime", "mktime", "asctime", "ctime", "strftime", "strptime",
                     "get_clock_info", "clock_gettime", "clock_getres", "tzset"] {
            add(name) { (_, _) throws(PyError) -> Value in throw notSupported("time.\(name)") }
        }
    }

    private static func now(_ clock: clockid_t) -> timespec {
        var t = timespec()
        clock_gettime(clock, &t)
        return t
    }

    /// The argument of sleep() in seconds, with CPython's checks and messages.
    private static func sleepSeconds(_ vm: VM, _ v: Value) throws(PyError) -> Double {
        let seconds: Double
        switch v {
        case .float(let x):
            if x.isNaN { throw valueError("Invalid value NaN (not a number)") }
            if !(Swift.abs(x * 1e9) < 9.2233720368547758e18) { throw overflowError("timestamp out of range for platform time_t") }
            seconds = x
        case .int(let i):
            if i > 9_223_372_036 || i < -9_223_372_036 { throw overflowError("timestamp too large to convert to C _PyTime_t") }
            seconds = Double(i)
        case .bool(let b): seconds = b ? 1 : 0
        case .big:
            throw overflowError("timestamp too large to convert to C _PyTime_t")
        default:
            do throws(PyError) {
                seconds = Double(try vm.indexValue(v, what: "sleep"))
            } catch {
                throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
            }
        }
        if seconds < 0 { throw valueError("sleep length must be non-negative") }
        return seconds
    }
}
