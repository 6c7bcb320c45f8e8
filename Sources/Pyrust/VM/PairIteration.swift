import CPyrustSupport

// `for a, b in enumerate(xs)`, `zip(xs, ys)` and `d.items()`: forIter followed by
// unpackSequence 2 takes the two parts straight from the iterator, so no 2-tuple is built
// and unpacked per item. Each step does what the iterator's next() does, in the same order
// (same errors, same exhaustion), minus the tuple.

enum PairStep {
    /// The second part was stored at the slot given, the first above it (unpackSequence's order).
    case pair
    case done
    /// This iterator has no pair shortcut here: the caller takes next().
    case notApplicable
}

extension VM {
    @inline(never)
    func nextPair(_ it: PyIterator, into slot: UnsafeMutablePointer<Value>) throws(PyError) -> PairStep {
        let itClass = ObjectIdentifier(type(of: it))
        if itClass == ObjectIdentifier(EnumerateIterator.self) {
            unowned(unsafe) let e = unsafeDowncast(it, to: EnumerateIterator.self)
            if e.bigCount != nil { return .notApplicable }
            guard let (i, v) = try e.nextSmall(self) else { return .done }
            slot.initialize(to: v)
            (slot + 1).initialize(to: .int(i))
            return .pair
        }
        if itClass == ObjectIdentifier(ZipIterator.self) {
            unowned(unsafe) let z = unsafeDowncast(it, to: ZipIterator.self)
            if z.strict || z.inners.count != 2 { return .notApplicable }
            if pyrust_stack_exhausted() != 0 { throw PyError(.recursionError, "maximum recursion depth exceeded") }
            unowned(unsafe) let first = z.inners[0]
            unowned(unsafe) let second = z.inners[1]
            guard let a = try first.next(self) else { return .done }
            guard let b = try second.next(self) else { return .done }
            slot.initialize(to: b)
            (slot + 1).initialize(to: a)
            return .pair
        }
        if itClass == ObjectIdentifier(DictIterator.self), unsafeDowncast(it, to: DictIterator.self).mode == .items {
            unowned(unsafe) let d = unsafeDowncast(it, to: DictIterator.self)
            guard let e = try d.nextEntry() else { return .done }
            slot.initialize(to: e.value)
            (slot + 1).initialize(to: e.key)
            return .pair
        }
        return .notApplicable
    }
}
