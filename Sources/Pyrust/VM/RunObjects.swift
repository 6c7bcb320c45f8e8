// The objects of a run that can take part in reference cycles: instances, classes,
// generators, closure cells, lists and dicts. Reference counting alone never frees a cycle
// (self.me = self, l.append(l), a function that refers to itself through its cell, a class
// whose methods close over it through __class__), and nothing a run makes outlives it, so when
// the run ends whatever it made that is still alive is cleared, which frees the cycles. Each
// object knows its index in the registry and removes itself when it is freed earlier.
//
// The registry is found through a thread-local slot set only while a run is in progress
// (objects made while compiling, or tables built for the process, are not tracked).

import CPyrustSupport

final class RunObjects {
    /// Each entry: the object's address with its kind in the low 3 bits (objects are 16-byte
    /// aligned). A plain buffer: registering is on the path of every list and dict made.
    private var entries = UnsafeMutablePointer<UInt>.allocate(capacity: 64)
    /// Generators of the run still alive (a run without any skips the ordered teardown).
    private(set) var liveGenerators = 0

    @inline(__always) var hasEntries: Bool { count > 0 }
    private var count = 0
    private var capacity = 64

    deinit { entries.deallocate() }

    private enum Kind: UInt {
        case instance = 0, type, generator, cells, list, dict
    }

    /// Makes this the registry of the calling thread's run (nil: no run in progress).
    func activate() { pyrust_support_set_run_registry(Unmanaged.passUnretained(self).toOpaque()) }
    static func deactivate() { pyrust_support_set_run_registry(nil) }
    /// The calling thread's registry (to set another aside and restore it after).
    static var current: UnsafeMutableRawPointer? { pyrust_support_run_registry() }
    static func restore(_ registry: UnsafeMutableRawPointer?) { pyrust_support_set_run_registry(registry) }

    @inline(__always) private static func withCurrent(_ body: (RunObjects) -> Void) {
        guard let p = pyrust_support_run_registry() else { return }
        Unmanaged<RunObjects>.fromOpaque(p)._withUnsafeGuaranteedRef(body)
    }

    @inline(__always) private func add(_ o: AnyObject, _ kind: Kind) -> Int {
        if count == capacity { grow() }
        entries[count] = UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()) | kind.rawValue
        count &+= 1
        return count &- 1
    }

    @inline(never) private func grow() {
        let bigger = UnsafeMutablePointer<UInt>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: entries, count: count)
        entries.deallocate()
        entries = bigger
        capacity *= 2
    }

    static func register(_ i: PyInstance) { withCurrent { i.registryIndex = $0.add(i, .instance) } }
    static func register(_ t: PyType) { withCurrent { t.registryIndex = $0.add(t, .type) } }
    static func register(_ g: PyGenerator) {
        withCurrent {
            g.registryIndex = $0.add(g, .generator)
            $0.liveGenerators += 1
        }
    }
    static func register(_ c: CellList) { withCurrent { c.registryIndex = $0.add(c, .cells) } }
    static func register(_ l: PyList) { withCurrent { l.registryIndex = $0.add(l, .list) } }
    static func register(_ d: PyDict) { withCurrent { d.registryIndex = $0.add(d, .dict) } }

    static func unregister(_ i: PyInstance) { remove(i.registryIndex) }
    static func unregister(_ t: PyType) { remove(t.registryIndex) }
    static func unregister(_ g: PyGenerator) {
        if g.registryIndex >= 0 { withCurrent { $0.liveGenerators -= 1 } }
        remove(g.registryIndex)
    }
    static func unregister(_ c: CellList) { remove(c.registryIndex) }
    static func unregister(_ l: PyList) { remove(l.registryIndex) }
    static func unregister(_ d: PyDict) { remove(d.registryIndex) }

    /// Stops tracking a dict that outlives the run (process-wide tables built lazily).
    static func untrack(_ d: PyDict) {
        if d.registryIndex >= 0 { remove(d.registryIndex) }
        d.registryIndex = -1
    }

    @inline(__always) private static func remove(_ k: Int) { withCurrent { $0.remove(k) } }

    /// Swap-removes entry `k`, updating the index of the entry moved into its place.
    private func remove(_ k: Int) {
        guard k >= 0, k < count else { return }
        let last = count &- 1
        if k != last {
            let moved = entries[last]
            entries[k] = moved
            RunObjects.setIndex(moved, k)
        }
        count = last
    }

    private static func object(_ e: UInt) -> AnyObject {
        Unmanaged<AnyObject>.fromOpaque(UnsafeRawPointer(bitPattern: e & ~7)!).takeUnretainedValue()
    }

    private static func setIndex(_ e: UInt, _ k: Int) {
        let o = object(e)
        switch Kind(rawValue: e & 7)! {
        case .instance: unsafeDowncast(o, to: PyInstance.self).registryIndex = k
        case .type: unsafeDowncast(o, to: PyType.self).registryIndex = k
        case .generator: unsafeDowncast(o, to: PyGenerator.self).registryIndex = k
        case .cells: unsafeDowncast(o, to: CellList.self).registryIndex = k
        case .list: unsafeDowncast(o, to: PyList.self).registryIndex = k
        case .dict: unsafeDowncast(o, to: PyDict.self).registryIndex = k
        }
    }

    /// Stops tracking every entry and returns them, each object retained once: a module's
    /// build hands over what it made this way (the module clears them when it is dropped, with
    /// `clearDetached`), so that no registry refers to them meanwhile.
    func detachAll() -> [UInt] {
        let list = Array(UnsafeBufferPointer(start: entries, count: count))
        count = 0
        liveGenerators = 0
        for e in list {
            _ = Unmanaged<AnyObject>.fromOpaque(UnsafeRawPointer(bitPattern: e & ~7)!).retain()
            RunObjects.setIndex(e, -1)
        }
        return list
    }

    /// Clears and releases what `detachAll` returned.
    static func clearDetached(_ list: [UInt]) {
        for e in list {
            let o = object(e)
            switch Kind(rawValue: e & 7)! {
            case .instance: unsafeDowncast(o, to: PyInstance.self).clearForRunEnd()
            case .type: unsafeDowncast(o, to: PyType.self).clearForRunEnd()
            case .generator: unsafeDowncast(o, to: PyGenerator.self).clearForRunEnd()
            case .cells: unsafeDowncast(o, to: CellList.self).clearForRunEnd()
            case .list: unsafeDowncast(o, to: PyList.self).clearForRunEnd()
            case .dict: unsafeDowncast(o, to: PyDict.self).clearForRunEnd()
            }
        }
        for e in list { Unmanaged<AnyObject>.fromOpaque(UnsafeRawPointer(bitPattern: e & ~7)!).release() }
    }

    /// Clears every object still alive: their deinits then run as the cycles come apart.
    func clearAll() {
        liveGenerators = 0
        if count == 0 { return }
        // Hold each object while clearing so none is freed mid-walk; unregister first.
        let list = Array(UnsafeBufferPointer(start: entries, count: count))
        count = 0
        var held: [AnyObject] = []
        held.reserveCapacity(list.count)
        for e in list {
            held.append(RunObjects.object(e))
            RunObjects.setIndex(e, -1)
        }
        for (k, o) in held.enumerated() {
            switch Kind(rawValue: list[k] & 7)! {
            case .instance: unsafeDowncast(o, to: PyInstance.self).clearForRunEnd()
            case .type: unsafeDowncast(o, to: PyType.self).clearForRunEnd()
            case .generator: unsafeDowncast(o, to: PyGenerator.self).clearForRunEnd()
            case .cells: unsafeDowncast(o, to: CellList.self).clearForRunEnd()
            case .list: unsafeDowncast(o, to: PyList.self).clearForRunEnd()
            case .dict: unsafeDowncast(o, to: PyDict.self).clearForRunEnd()
            }
        }
        held.removeAll()
        // Clearing frees objects, whose deinits may have made new entries (none are live).
        count = 0
    }
}
