// `s += t` (or `s = s + t`) on exact strs when the next instruction stores back into the local
// that holds s: if that local held the only reference, t is written into s's spare capacity
// instead of copying s, so building a str in a loop is linear rather than quadratic. Python
// code cannot tell: no other reference to s exists to observe the change.

import Glibc

extension VM {
    /// Handles the add and the following storeFast when they qualify (returns true: the caller
    /// pops both operands and skips the store); false leaves everything untouched.
    @inline(__always)
    func appendStrToLocal(_ pc: UnsafeMutablePointer<Instruction>, _ locals: UnsafeMutablePointer<Value>,
                          _ sp: UnsafeMutablePointer<Value>) -> Bool {
        let next = PackedInstruction(pc)
        guard next.op == .storeFast, case .str(let x) = (sp - 2).pointee,
              case .str(let y) = (sp - 1).pointee, case .str(let l) = (locals + Int(next.arg)).pointee,
              l === x, x.byteCount != 0, y.byteCount != 0 else { return false }
        let (total, overflow) = x.count.addingReportingOverflow(y.count)
        if overflow || total > Limits.maxSequenceLength { return false }
        appendStrToLocalSlot(locals + Int(next.arg), sp)
        return true
    }

    @inline(never)
    private func appendStrToLocalSlot(_ slot: UnsafeMutablePointer<Value>, _ sp: UnsafeMutablePointer<Value>) {
        // The stack's reference to s goes first: the local keeps s alive, and may now be the
        // only holder.
        dropValue(sp - 2)
        guard case .str(let t) = (sp - 1).pointee, case .str(var s) = slot.move() else {
            // Unreachable (checked by the caller); keep the slot and stack consistent anyway.
            slot.initialize(to: .none)
            dropValue(sp - 1)
            return
        }
        PyStr.append(&s, t)
        slot.initialize(to: .str(s))
        dropValue(sp - 1)
    }
}

extension PyStr {
    /// s = s + t, in place when s is uniquely referenced and has room; otherwise s becomes a
    /// new str with headroom for further appends. Both must be non-empty.
    @inline(__always)
    static func append(_ s: inout PyStr, _ t: PyStr) {
        let n = s.byteCount
        let m = t.byteCount
        let total = n + m
        if isKnownUniquelyReferenced(&s) && s.capacity >= total {
            s.withUnsafeMutablePointerToElements { d in
                t.withUnsafeBufferPointer { if let p = $0.baseAddress { memcpy(d + n, p, m) } }
            }
            s.header.byteCount = total
            s.header.count += t.count
            s.header.hash = -1
            return
        }
        // About 1.25x growth keeps repeated appends amortised linear.
        let object = create(minimumCapacity: total + (total >> 2) + 16) { _ in
            PyStrHeader(byteCount: total, count: s.count + t.count, hash: -1)
        }
        let r = unsafeDowncast(object, to: PyStr.self)
        r.withUnsafeMutablePointerToElements { d in
            s.withUnsafeBufferPointer { if let p = $0.baseAddress { memcpy(d, p, n) } }
            t.withUnsafeBufferPointer { if let p = $0.baseAddress { memcpy(d + n, p, m) } }
        }
        s = r
    }
}
