// One thread's compile cache: source bytes -> compiled program, least recently used first out.
//
// Built for the hot path of pyrust_execute_cached: a plain struct of raw pointers and
// integers (no class, no ARC, no Dictionary/SipHash), owned by the thread's state.
// - `index`: open addressing with linear probing over Int32 entry numbers (-1 = empty),
//   at most half full; removal shifts followers back, so there are no tombstones.
// - `entries`: the entry records, grown by doubling up to `capacity` (memory follows use,
//   not the configured capacity); a full cache reuses the evicted entry's record.
// - Recency: an intrusive doubly linked list threaded through the entries by number.
// A hit needs the 64-bit hash, the length and every byte to match, so a hash collision
// can never hand out another program.

import CPyrustSupport
import Glibc

/// One cached program.
struct CacheEntry {
    var key: UnsafeMutablePointer<UInt8>        // malloc'd copy of the source bytes
    var keyCount: Int
    var hash: UInt64
    var program: Unmanaged<CompiledProgram>     // retained by the cache
    var bytes: Int                              // key allocation (+ program once measured), as counted
    var programMeasured: Bool                   // false until the next `bytes` read measures it
    var newer: Int32                            // toward the most recently used; -1 at the front
    var older: Int32                            // toward the least recently used; -1 at the back
}

struct CompileCache {
    static let defaultCapacity = 1000
    static let maximumCapacity = 1 << 24
    private static let none: Int32 = -1
    private static let firstEntryCapacity = 16

    /// Max entries; 0 means caching is off.
    let capacity: Int

    private var entries: UnsafeMutablePointer<CacheEntry>? = nil
    private var entryCapacity = 0
    private(set) var count = 0
    private var index: UnsafeMutablePointer<Int32>? = nil
    private var indexMask = 0
    private var newest: Int32 = none
    private var oldest: Int32 = none

    private(set) var hits: UInt64 = 0
    private(set) var misses: UInt64 = 0
    private(set) var inserts: UInt64 = 0
    private(set) var evictions: UInt64 = 0
    /// Heap bytes counted so far: every entry's `bytes` plus the two tables' allocations.
    private var countedBytes = 0
    /// Entries whose program is not measured yet. Measuring walks the whole program, so it is
    /// done when somebody reads `bytes`, not on the cache-miss path.
    private var unmeasured = 0

    /// Heap bytes held now, measured (malloc_usable_size of every allocation).
    var bytes: Int {
        mutating get {
            if unmeasured > 0, let entries {
                for number in 0..<count where !entries[number].programMeasured {
                    let programBytes = max(entries[number].program.takeUnretainedValue().allocatedBytes(), 0)
                    entries[number].bytes += programBytes
                    entries[number].programMeasured = true
                    countedBytes += programBytes
                }
                unmeasured = 0
            }
            return countedBytes
        }
    }

    init(capacity: Int) {
        self.capacity = min(max(capacity, 0), CompileCache.maximumCapacity)
    }

    var isEnabled: Bool { capacity > 0 }

    /// The capacity a PYRUST_CACHE_SIZE value asks for: decimal digits only; anything else
    /// (nil, empty, signs, spaces, letters) gives the default; large values are capped.
    static func capacity(fromSetting setting: UnsafePointer<CChar>?) -> Int {
        guard let setting, setting[0] != 0 else { return defaultCapacity }
        var value = 0
        var offset = 0
        while setting[offset] != 0 {
            let digit = Int(setting[offset]) - 48
            guard digit >= 0 && digit <= 9 else { return defaultCapacity }
            value = min(value * 10 + digit, maximumCapacity + 1)    // saturates: never overflows
            offset += 1
        }
        return min(value, maximumCapacity)
    }

    // MARK: lookup and insert

    /// The program compiled from exactly these bytes, marked most recently used; counts a hit
    /// or a miss. `hash` must be `SourceHash.of(source)` (tests pass others to force collisions).
    @inline(__always)
    mutating func lookup(_ source: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Unmanaged<CompiledProgram>? {
        guard let index, let entries else {
            misses &+= 1
            return nil
        }
        var slot = Int(truncatingIfNeeded: hash) & indexMask
        while true {
            let number = index[slot]
            if number < 0 {
                misses &+= 1
                return nil
            }
            let entry = entries + Int(number)
            if entry.pointee.hash == hash && CompileCache.sameBytes(entry.pointee, source) {
                hits &+= 1
                if newest != number {
                    unlink(number)
                    pushFront(number)
                }
                return entry.pointee.program
            }
            slot = (slot &+ 1) & indexMask
        }
    }

    /// Adds a program just compiled from `source` (which `lookup` did not find), evicting the
    /// least recently used entry when full. Returns false, caching nothing, when caching is off
    /// or memory ran out.
    @discardableResult
    mutating func insert(_ source: UnsafeBufferPointer<UInt8>, hash: UInt64, program: CompiledProgram) -> Bool {
        guard isEnabled else { return false }
        let keyCount = source.count
        guard let rawKey = malloc(max(keyCount, 1)) else { return false }
        if keyCount > 0, let base = source.baseAddress { memcpy(rawKey, base, keyCount) }
        let key = rawKey.bindMemory(to: UInt8.self, capacity: max(keyCount, 1))

        if count == entryCapacity && entryCapacity < capacity { _ = grow() }
        let number: Int32
        if count < entryCapacity {
            number = Int32(truncatingIfNeeded: count)
            count += 1
        } else if oldest != CompileCache.none {
            number = oldest
            evict(number)
        } else {
            free(rawKey)            // could not allocate even the first table
            return false
        }
        guard let entries else { free(rawKey); return false }

        let entryBytes = malloc_usable_size(rawKey)
        entries[Int(number)] = CacheEntry(
            key: key, keyCount: keyCount, hash: hash,
            program: Unmanaged.passRetained(program), bytes: entryBytes, programMeasured: false,
            newer: CompileCache.none, older: CompileCache.none)
        pushFront(number)
        addToIndex(number, hash: hash)
        countedBytes += entryBytes
        unmeasured += 1
        inserts &+= 1
        return true
    }

    /// Drops every entry and frees the tables; counters stay.
    mutating func removeAll() {
        if let entries {
            for number in 0..<count { CompileCache.release(entries[number]) }
            free(entries)
        }
        if let index { free(index) }
        entries = nil
        index = nil
        entryCapacity = 0
        indexMask = 0
        count = 0
        newest = CompileCache.none
        oldest = CompileCache.none
        countedBytes = 0
        unmeasured = 0
    }

    // MARK: internals

    @inline(__always)
    private static func sameBytes(_ entry: CacheEntry, _ source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard entry.keyCount == source.count else { return false }
        guard let base = source.baseAddress, source.count > 0 else { return true }
        return memcmp(entry.key, base, source.count) == 0
    }

    private static func release(_ entry: CacheEntry) {
        free(entry.key)
        entry.program.release()
    }

    private mutating func evict(_ number: Int32) {
        guard let entries else { return }
        let entry = entries[Int(number)]
        removeFromIndex(number, hash: entry.hash)
        unlink(number)
        countedBytes -= entry.bytes
        if !entry.programMeasured { unmeasured -= 1 }
        CompileCache.release(entry)
        evictions &+= 1
    }

    /// Doubles the entry table (up to `capacity`) and rebuilds the index at twice that size.
    private mutating func grow() -> Bool {
        let newEntryCapacity = min(capacity, max(CompileCache.firstEntryCapacity, entryCapacity * 2))
        var indexSize = CompileCache.firstEntryCapacity * 2
        while indexSize < newEntryCapacity * 2 { indexSize *= 2 }

        guard let newIndexRaw = malloc(indexSize * MemoryLayout<Int32>.stride) else { return false }
        let oldEntriesBytes = entries.map { malloc_usable_size($0) } ?? 0
        guard let newEntriesRaw = realloc(entries, newEntryCapacity * MemoryLayout<CacheEntry>.stride) else {
            free(newIndexRaw)
            return false
        }
        if let index {
            countedBytes -= malloc_usable_size(index)
            free(index)
        }
        countedBytes += malloc_usable_size(newEntriesRaw) - oldEntriesBytes + malloc_usable_size(newIndexRaw)

        let newEntries = newEntriesRaw.bindMemory(to: CacheEntry.self, capacity: newEntryCapacity)
        let newIndex = newIndexRaw.bindMemory(to: Int32.self, capacity: indexSize)
        newIndex.update(repeating: CompileCache.none, count: indexSize)
        entries = newEntries
        entryCapacity = newEntryCapacity
        index = newIndex
        indexMask = indexSize - 1
        for number in 0..<count {
            addToIndex(Int32(truncatingIfNeeded: number), hash: newEntries[number].hash)
        }
        return true
    }

    private mutating func addToIndex(_ number: Int32, hash: UInt64) {
        guard let index else { return }
        var slot = Int(truncatingIfNeeded: hash) & indexMask
        while index[slot] >= 0 { slot = (slot &+ 1) & indexMask }
        index[slot] = number
    }

    /// Removes `number` and shifts later members of its probe run back into the hole, so that
    /// every entry stays reachable from its home slot without tombstones.
    private mutating func removeFromIndex(_ number: Int32, hash: UInt64) {
        guard let index, let entries else { return }
        var hole = Int(truncatingIfNeeded: hash) & indexMask
        while index[hole] != number {
            if index[hole] < 0 { return }       // not indexed: nothing to remove
            hole = (hole &+ 1) & indexMask
        }
        var probe = hole
        while true {
            probe = (probe &+ 1) & indexMask
            let follower = index[probe]
            if follower < 0 { break }
            let home = Int(truncatingIfNeeded: entries[Int(follower)].hash) & indexMask
            // The follower may fill the hole when the hole lies on its path from home to probe.
            if (probe &- home) & indexMask >= (probe &- hole) & indexMask {
                index[hole] = follower
                hole = probe
            }
        }
        index[hole] = CompileCache.none
    }

    @inline(__always)
    private mutating func unlink(_ number: Int32) {
        guard let entries else { return }
        let newer = entries[Int(number)].newer
        let older = entries[Int(number)].older
        if newer >= 0 { entries[Int(newer)].older = older } else { newest = older }
        if older >= 0 { entries[Int(older)].newer = newer } else { oldest = newer }
    }

    @inline(__always)
    private mutating func pushFront(_ number: Int32) {
        guard let entries else { return }
        entries[Int(number)].newer = CompileCache.none
        entries[Int(number)].older = newest
        if newest >= 0 { entries[Int(newest)].newer = number } else { oldest = number }
        newest = number
    }
}

// MARK: inspection (tests and stats)

extension CompileCache {
    /// Source bytes of the entries, most recently used first.
    func keysNewestFirst() -> [[UInt8]] {
        guard let entries else { return [] }
        var keys: [[UInt8]] = []
        var number = newest
        while number >= 0 && keys.count <= count {
            let entry = entries[Int(number)]
            keys.append(Array(UnsafeBufferPointer(start: entry.key, count: entry.keyCount)))
            number = entry.older
        }
        return keys
    }

    /// nil when the table, the recency list and the byte count agree; else what is wrong.
    func brokenInvariant() -> String? {
        guard let entries, let index else {
            return count == 0 && countedBytes == 0 ? nil : "no tables but count \(count), bytes \(countedBytes)"
        }
        var indexed = 0
        for slot in 0...indexMask where index[slot] >= 0 {
            indexed += 1
            if Int(index[slot]) >= count { return "slot \(slot) holds entry \(index[slot]) >= count \(count)" }
        }
        if indexed != count { return "index holds \(indexed) entries, count is \(count)" }
        var sum = malloc_usable_size(entries) + malloc_usable_size(index)
        for number in 0..<count {
            let entry = entries[number]
            sum += entry.bytes
            var slot = Int(truncatingIfNeeded: entry.hash) & indexMask
            while index[slot] != Int32(number) {
                if index[slot] < 0 { return "entry \(number) unreachable from its home slot" }
                slot = (slot &+ 1) & indexMask
            }
        }
        if sum != countedBytes { return "bytes \(countedBytes) but entries and tables add up to \(sum)" }
        if keysNewestFirst().count != count { return "recency list length differs from count \(count)" }
        return nil
    }
}
