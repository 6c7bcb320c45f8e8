// The objects of a run that can take part in reference cycles (instances, classes,
// generators). Reference counting alone never frees a cycle (self.me = self, a class whose
// methods close over it through __class__, a generator holding itself), so when a run ends,
// whatever it made that is still alive is cleared, which frees the cycles. Each object knows
// its index in the registry and removes itself when it is freed earlier.

final class RunObjects {
    private var objects: [Unmanaged<AnyObject>] = []
    private var kinds: [UInt8] = []

    /// The running thread's registry (nil between runs: objects made then are not tracked).
    @inline(__always) static var current: RunObjects? { ThreadState.currentVM()?.runObjects }

    static func register(_ i: PyInstance) {
        guard let r = current else { return }
        i.registryIndex = r.objects.count
        r.objects.append(Unmanaged.passUnretained(i))
        r.kinds.append(0)
    }

    static func register(_ t: PyType) {
        guard let r = current else { return }
        t.registryIndex = r.objects.count
        r.objects.append(Unmanaged.passUnretained(t))
        r.kinds.append(1)
    }

    static func register(_ g: PyGenerator) {
        guard let r = current else { return }
        g.registryIndex = r.objects.count
        r.objects.append(Unmanaged.passUnretained(g))
        r.kinds.append(2)
    }

    static func unregister(_ i: PyInstance) { current?.remove(i.registryIndex) }
    static func unregister(_ t: PyType) { current?.remove(t.registryIndex) }
    static func unregister(_ g: PyGenerator) { current?.remove(g.registryIndex) }

    /// Swap-removes entry `k`, updating the index of the entry moved into its place.
    private func remove(_ k: Int) {
        guard k >= 0, k < objects.count else { return }
        let last = objects.count - 1
        if k != last {
            objects[k] = objects[last]
            kinds[k] = kinds[last]
            setIndex(objects[k], kinds[k], k)
        }
        objects.removeLast()
        kinds.removeLast()
    }

    private func setIndex(_ o: Unmanaged<AnyObject>, _ kind: UInt8, _ k: Int) {
        switch kind {
        case 0: unsafeDowncast(o.takeUnretainedValue(), to: PyInstance.self).registryIndex = k
        case 1: unsafeDowncast(o.takeUnretainedValue(), to: PyType.self).registryIndex = k
        default: unsafeDowncast(o.takeUnretainedValue(), to: PyGenerator.self).registryIndex = k
        }
    }

    /// Clears every object still alive: their deinits then run as the cycles come apart.
    func clearAll() {
        if objects.isEmpty { return }
        // Hold each object while clearing so none is freed mid-walk; unregister first.
        var held: [AnyObject] = []
        held.reserveCapacity(objects.count)
        for (k, o) in objects.enumerated() {
            let obj = o.takeUnretainedValue()
            held.append(obj)
            switch kinds[k] {
            case 0: unsafeDowncast(obj, to: PyInstance.self).registryIndex = -1
            case 1: unsafeDowncast(obj, to: PyType.self).registryIndex = -1
            default: unsafeDowncast(obj, to: PyGenerator.self).registryIndex = -1
            }
        }
        let kindsCopy = kinds
        objects.removeAll(keepingCapacity: true)
        kinds.removeAll(keepingCapacity: true)
        for (k, obj) in held.enumerated() {
            switch kindsCopy[k] {
            case 0: unsafeDowncast(obj, to: PyInstance.self).clearForRunEnd()
            case 1: unsafeDowncast(obj, to: PyType.self).clearForRunEnd()
            default: unsafeDowncast(obj, to: PyGenerator.self).clearForRunEnd()
            }
        }
        held.removeAll()
    }
}
