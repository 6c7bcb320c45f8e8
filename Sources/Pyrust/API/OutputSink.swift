// Output delivered as it is written (pyrust_context_set_output): the `pyrust` command shows a
// long script's output while it runs. Every print() or sys.stdout/sys.stderr write is followed
// by a flush to the host's callback, so stdout and stderr chunks arrive in program order; the
// flushed bytes then leave the VM's buffers (memory stays flat however much a script prints).

/// The host's callback: (userdata, stream 1 = stdout / 2 = stderr, bytes, count).
public typealias OutputCallback = @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int) -> Void

struct OutputSink {
    let callback: OutputCallback
    let userdata: UnsafeMutableRawPointer?
}

extension VM {
    /// Hands what was written since the last flush to the sink (no-op without one).
    @inline(__always)
    func flushToSink() {
        if outputSink != nil { deliverToSink() }
    }

    @inline(never)
    private func deliverToSink() {
        guard let sink = outputSink else { return }
        // stderr first is never needed for ordering: every write flushes at once, so at most
        // one of the two buffers holds anything here (except after a SystemExit message).
        let pending = output.count &- outputStart
        if pending > 0 {
            output.withUnsafeBufferPointer { all in
                let start = UnsafeRawPointer(all.baseAddress! + outputStart).assumingMemoryBound(to: CChar.self)
                sink.callback(sink.userdata, 1, start, pending)
            }
            output.removeSubrange(outputStart...)
            // The output limit counts what was flushed too.
            if maxOutput != Int.max { maxOutput = max(maxOutput &- pending, 0) }
            limitsArePlain = false
        }
        if !errorOutput.isEmpty {
            let count = errorOutput.count
            errorOutput.withUnsafeBufferPointer { all in
                sink.callback(sink.userdata, 2, UnsafeRawPointer(all.baseAddress!).assumingMemoryBound(to: CChar.self), count)
            }
            errorOutput.removeAll(keepingCapacity: true)
            if maxOutput != Int.max { maxOutput = max(maxOutput &- count, 0) }
            limitsArePlain = false
        }
    }
}
