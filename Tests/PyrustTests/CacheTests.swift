// Unit tests of the compile cache's internals (the C tests check it through the ABI):
// the hash table under forced collisions and random churn against a reference LRU model,
// byte accounting, clearing, the capacity setting, and the source hash.

import Testing
@testable import Pyrust

/// A program compiled from `text`, plus its bytes (kept alive for the buffer's lifetime).
private func compiled(_ text: String) -> CompiledProgram? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
        if case .success(let program) = Engine.compile(buffer) { return program }
        return nil
    }
}

private func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    Array(text.utf8).withUnsafeBufferPointer(body)
}

private func source(_ n: Int) -> String { "x = \(n)" }

@Suite struct CompileCacheTests {
    @Test func hitReturnsTheSameProgram() throws {
        var cache = CompileCache(capacity: 10)
        let program = try #require(compiled(source(1)))
        withBytes(source(1)) { bytes in
            let hash = SourceHash.of(bytes)
            let before = cache.lookup(bytes, hash: hash)
            let inserted = cache.insert(bytes, hash: hash, program: program)
            let after = cache.lookup(bytes, hash: hash)
            #expect(before == nil && inserted)
            #expect(after?.takeUnretainedValue() === program)
        }
        #expect(cache.hits == 1 && cache.misses == 1 && cache.inserts == 1 && cache.count == 1)
        #expect(cache.brokenInvariant() == nil)
        cache.removeAll()
    }

    /// Every key gets the same hash: only the full byte comparison tells them apart.
    @Test func collisionsNeverReturnAnotherProgram() throws {
        var cache = CompileCache(capacity: 64)
        var programs: [CompiledProgram] = []
        for n in 0..<50 {
            let program = try #require(compiled(source(n)))
            programs.append(program)
            withBytes(source(n)) { _ = cache.insert($0, hash: 42, program: program) }
        }
        #expect(cache.brokenInvariant() == nil)
        for n in 0..<50 {
            let found = withBytes(source(n)) { cache.lookup($0, hash: 42) }
            #expect(found?.takeUnretainedValue() === programs[n])
        }
        // Same hash, same length, different bytes; and a prefix of a key.
        #expect(withBytes("x = 99") { cache.lookup($0, hash: 42) } == nil)
        #expect(withBytes("x = ") { cache.lookup($0, hash: 42) } == nil)
        #expect(withBytes("") { cache.lookup($0, hash: 42) } == nil)
        cache.removeAll()
    }

    @Test func emptySourceIsAKeyLikeAnyOther() throws {
        var cache = CompileCache(capacity: 4)
        let program = try #require(compiled(""))
        withBytes("") { bytes in
            let hash = SourceHash.of(bytes)
            let inserted = cache.insert(bytes, hash: hash, program: program)
            let found = cache.lookup(bytes, hash: hash)
            #expect(inserted)
            #expect(found?.takeUnretainedValue() === program)
        }
        cache.removeAll()
    }

    @Test func evictsLeastRecentlyUsedAndHitsRefreshRecency() throws {
        var cache = CompileCache(capacity: 3)
        func use(_ n: Int) -> Bool {        // true on a hit
            withBytes(source(n)) { bytes in
                let hash = SourceHash.of(bytes)
                if cache.lookup(bytes, hash: hash) != nil { return true }
                if let program = compiled(source(n)) { cache.insert(bytes, hash: hash, program: program) }
                return false
            }
        }
        #expect(!use(1) && !use(2) && !use(3))
        #expect(use(1))                                  // order, newest first: 1 3 2
        #expect(!use(4))                                 // evicts 2
        #expect(cache.keysNewestFirst() == [source(4), source(1), source(3)].map { Array($0.utf8) })
        #expect(!use(2) && cache.evictions == 2)         // evicts 3
        #expect(use(4) && use(1) && use(2))
        #expect(cache.brokenInvariant() == nil)
        cache.removeAll()
    }

    /// Random traffic over more keys than fit, with few distinct hash values so that probe runs
    /// are long and removals shift entries back; checked against a plain array LRU.
    @Test(arguments: [1, 7, 64])
    func randomChurnMatchesReferenceModel(capacity: Int) throws {
        var cache = CompileCache(capacity: capacity)
        var model: [Int] = []                            // keys, most recent last
        var rng = SplitMix(seed: UInt64(capacity))
        let programs = try (0..<300).map { try #require(compiled(source($0))) }
        for step in 0..<20_000 {
            let key = Int(rng.next() % 300)
            let hash = UInt64(key % 13) &* 0x9E37_79B9_7F4A_7C15   // 13 hash values in all
            let hit = withBytes(source(key)) { bytes -> Bool in
                if let found = cache.lookup(bytes, hash: hash) {
                    #expect(found.takeUnretainedValue() === programs[key])
                    return true
                }
                cache.insert(bytes, hash: hash, program: programs[key])
                return false
            }
            if let at = model.firstIndex(of: key) {
                model.remove(at: at)
                #expect(hit, "step \(step): key \(key) should hit")
            } else {
                #expect(!hit, "step \(step): key \(key) should miss")
                if model.count == capacity { model.removeFirst() }
            }
            model.append(key)
            if step % 997 == 0 { #expect(cache.brokenInvariant() == nil) }
        }
        #expect(cache.keysNewestFirst() == model.reversed().map { Array(source($0).utf8) })
        #expect(cache.brokenInvariant() == nil)
        #expect(cache.count == min(capacity, model.count))
        cache.removeAll()
    }

    @Test func bytesCountKeysProgramsAndTables() throws {
        var cache = CompileCache(capacity: 100)
        #expect(cache.bytes == 0)
        for n in 0..<40 {
            let program = try #require(compiled(source(n)))
            withBytes(source(n)) { _ = cache.insert($0, hash: SourceHash.of($0), program: program) }
        }
        #expect(cache.bytes > 40 * 8)
        #expect(cache.brokenInvariant() == nil)   // includes: bytes == entries + tables, measured
        let counters = (cache.hits, cache.misses, cache.inserts, cache.evictions)
        cache.removeAll()
        #expect(cache.bytes == 0 && cache.count == 0 && cache.keysNewestFirst().isEmpty)
        #expect(counters == (cache.hits, cache.misses, cache.inserts, cache.evictions))
        #expect(cache.brokenInvariant() == nil)
    }

    @Test func capacityZeroCachesNothing() throws {
        var cache = CompileCache(capacity: 0)
        let program = try #require(compiled(source(1)))
        #expect(!cache.isEnabled)
        #expect(!withBytes(source(1)) { cache.insert($0, hash: 1, program: program) })
        #expect(cache.count == 0 && cache.bytes == 0 && cache.inserts == 0)
    }

    @Test func capacitySetting() {
        func parse(_ text: String?) -> Int {
            guard let text else { return CompileCache.capacity(fromSetting: nil) }
            return text.withCString { CompileCache.capacity(fromSetting: $0) }
        }
        #expect(parse(nil) == 1000)
        #expect(parse("") == 1000)
        #expect(parse("0") == 0)
        #expect(parse("17") == 17)
        #expect(parse("-1") == 1000)
        #expect(parse("1e3") == 1000)
        #expect(parse(" 5") == 1000)
        #expect(parse("5\n") == 1000)
        #expect(parse("\u{00e9}") == 1000)
        #expect(parse("16777216") == CompileCache.maximumCapacity)
        #expect(parse(String(repeating: "9", count: 200)) == CompileCache.maximumCapacity)
    }
}

@Suite struct SourceHashTests {
    @Test func equalBytesEqualHash() {
        for length in 0..<40 {
            let text = String(repeating: "ab", count: length)
            #expect(withBytes(text) { SourceHash.of($0) } == withBytes(text) { SourceHash.of($0) })
        }
    }

    /// Any one-byte change, at any position and length, changes the hash (for these inputs).
    @Test func singleByteChangesChangeTheHash() {
        for length in 1..<40 {
            let base = [UInt8](repeating: 0x61, count: length)
            let h0 = base.withUnsafeBufferPointer { SourceHash.of($0) }
            for position in 0..<length {
                var changed = base
                changed[position] = 0x62
                #expect(changed.withUnsafeBufferPointer { SourceHash.of($0) } != h0)
            }
            // a trailing NUL byte is part of the key too
            #expect((base + [0]).withUnsafeBufferPointer { SourceHash.of($0) } != h0)
        }
    }

    @Test func spreadsOverLowBits() {
        // the table uses the low bits: 4096 similar keys should fill most of 1024 buckets
        var buckets = Set<UInt64>()
        for n in 0..<4096 { buckets.insert(withBytes("print(\(n))") { SourceHash.of($0) } & 1023) }
        #expect(buckets.count > 950)
    }
}

/// Small deterministic generator for the churn test.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
