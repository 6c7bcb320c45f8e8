// Unit tests of the object model's internals: C3 linearization (properties checked on random
// class hierarchies), class version tags (what inline caches are keyed on) and the inline
// cache words themselves. Behaviour seen from Python is in the conformance suite.

import Testing
@testable import Pyrust

/// A heap class with the given bases and its C3 MRO (nil when C3 has no consistent order).
private func makeClass(_ name: String, _ bases: [PyType], _ vm: VM) -> PyType? {
    let effective = bases.isEmpty ? [PyType.object] : bases
    guard let tail = try? vm.c3Merge(effective) else { return nil }
    return PyType(heapName: name, qualname: name, bases: effective, mroTail: tail, dict: PyDict(), kind: .instance)
}

/// A small deterministic generator (the tests must not depend on the run).
private struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

private func position(_ t: PyType, in mro: [PyType]) -> Int? { mro.firstIndex { $0 === t } }

@Suite struct MROTests {
    /// Every linearization C3 produces starts with the class, lists each class once, keeps
    /// every base after its subclasses, keeps the bases in their written order (local
    /// precedence) and keeps each base's own MRO order (monotonicity).
    @Test func c3PropertiesOnRandomHierarchies() {
        let vm = VM()
        var rng = SplitMix(state: 42)
        var made = 0, refused = 0
        for _ in 0..<200 {
            var classes: [PyType] = []
            for k in 0..<12 {
                var bases: [PyType] = []
                if !classes.isEmpty {
                    for _ in 0..<rng.next(4) {
                        let b = classes[rng.next(classes.count)]
                        if !bases.contains(where: { $0 === b }) { bases.append(b) }
                    }
                }
                guard let c = makeClass("C\(k)", bases, vm) else { refused += 1; continue }
                made += 1
                classes.append(c)
                let mro = c.mro
                #expect(mro.first === c)
                #expect(mro.last === PyType.object)
                for (i, x) in mro.enumerated() {
                    #expect(!mro[(i + 1)...].contains { $0 === x }, "a class appears twice")
                    for b in x.bases {
                        guard let pb = position(b, in: mro) else { Issue.record("a base is missing"); continue }
                        #expect(pb > i, "a base comes before its subclass")
                    }
                }
                let basePositions = c.bases.compactMap { position($0, in: mro) }
                #expect(basePositions == basePositions.sorted(), "local precedence order broken")
                for b in c.bases {
                    let order = b.mro.compactMap { position($0, in: mro) }
                    #expect(order.count == b.mro.count && order == order.sorted(), "monotonicity broken")
                }
            }
        }
        #expect(made > 1000 && refused > 0)
    }

    /// The textbook conflict: A(X, Y) and B(Y, X) have no common order.
    @Test func conflictingOrdersAreRefused() {
        let vm = VM()
        guard let x = makeClass("X", [], vm), let y = makeClass("Y", [], vm),
              let a = makeClass("A", [x, y], vm), let b = makeClass("B", [y, x], vm) else {
            Issue.record("setup")
            return
        }
        #expect(makeClass("C", [a, b], vm) == nil)
        #expect(makeClass("D", [x, a], vm) == nil)   // a base listed before its own subclass
        #expect(makeClass("E", [a, x], vm) != nil)
    }
}

@Suite struct VersionTagTests {
    /// A change to a class retags it and every class below it, and nothing else: caches keyed
    /// on an old tag can never match again.
    @Test func modificationRetagsTheClassAndItsSubclasses() {
        let vm = VM()
        guard let base = makeClass("Base", [], vm), let mid = makeClass("Mid", [base], vm),
              let leaf = makeClass("Leaf", [mid], vm), let other = makeClass("Other", [], vm) else {
            Issue.record("setup")
            return
        }
        let before = [base, mid, leaf, other].map(\.versionTag)
        #expect(Set(before).count == 4)
        mid.modified()
        #expect(base.versionTag == before[0] && other.versionTag == before[3])
        #expect(mid.versionTag != before[1] && leaf.versionTag != before[2])
        let afterMid = [base, mid, leaf].map(\.versionTag)
        base.modified()
        #expect(base.versionTag != afterMid[0] && mid.versionTag != afterMid[1] && leaf.versionTag != afterMid[2])
    }

    /// Changing the bases moves the class to the new base's subclass list.
    @Test func newBasesTakeOverRetagging() {
        let vm = VM()
        guard let a = makeClass("A", [], vm), let b = makeClass("B", [], vm), let c = makeClass("C", [a], vm),
              let tail = try? vm.c3Merge([b]) else {
            Issue.record("setup")
            return
        }
        c.setBases([b], mroTail: tail)
        let tag = c.versionTag
        a.modified()
        #expect(c.versionTag == tag, "the old base still retags its former subclass")
        b.modified()
        #expect(c.versionTag != tag)
    }

    /// A freed subclass leaves its base's list (no dangling reference to retag).
    @Test func freedSubclassesAreForgotten() {
        let vm = VM()
        guard let base = makeClass("Base", [], vm) else { Issue.record("setup"); return }
        for k in 0..<100 { _ = makeClass("Sub\(k)", [base], vm) }
        base.modified()   // would touch freed classes if they were still listed
        #expect(base.versionTag != 0)
    }
}

@Suite struct AttributeCacheTests {
    /// The two-class slot cache: a second class's entry joins the first; a third replaces the
    /// older; a non-slot entry never answers a slot lookup.
    @Test func slotEntriesForTwoClasses() {
        let words = UnsafeMutablePointer<Instruction>.allocate(capacity: 1 + attributeCacheWords)
        words.initialize(repeating: Instruction(op: .cache), count: 1 + attributeCacheWords)
        defer { words.deallocate() }
        let cache = AttributeCache(words + 1)
        #expect(cache.slotIndex(forTag: 5) == -1)
        cache.setSlot(tag: 5, index: 2)
        #expect(cache.slotIndex(forTag: 5) == 2 && cache.slotIndex(forTag: 6) == -1)
        cache.setSlot(tag: 6, index: 3)
        #expect(cache.slotIndex(forTag: 5) == 2 && cache.slotIndex(forTag: 6) == 3)
        cache.setSlot(tag: 7, index: 1)
        #expect(cache.slotIndex(forTag: 7) == 1 && cache.slotIndex(forTag: 6) == 3 && cache.slotIndex(forTag: 5) == -1)
        cache.setSlot(tag: 7, index: 4)
        #expect(cache.slotIndex(forTag: 7) == 4 && cache.slotIndex(forTag: 6) == -1)
        cache.set(tag: 8, kind: .classValue, value: .int(1))
        #expect(cache.slotIndex(forTag: 8) == -1 && cache.slotIndex(forTag: 7) == -1)
        cache.setSlot(tag: 9, index: 0)
        #expect(cache.slotIndex(forTag: 9) == 0 && cache.slotIndex(forTag: 8) == -1)
    }
}
