// Python str: immutable UTF-8 bytes plus the code-point count, in one heap object.
// ASCII strings (the common case) index in O(1); others decode on demand.
//
// The bytes are tail-allocated after a small header (ManagedBuffer), so a str is one
// allocation, not an object plus an array buffer. A ManagedBuffer subclass cannot have
// initializers: strs are made through the `PyStr.make` factories. `bytes` is a view over the
// tail storage (no copy); hot paths read it through `withUnsafeBufferPointer`.

import Glibc

struct PyStrHeader {
    /// UTF-8 length in bytes.
    var byteCount: Int
    /// Number of code points (Python's len()).
    var count: Int
    /// The cached hash, or -1 (which Python reserves, so no str hashes to it) until computed.
    var hash: Int
}

final class PyStr: ManagedBuffer<PyStrHeader, UInt8> {
    /// Number of code points (Python's len()).
    @inline(__always) var count: Int { header.count }
    /// UTF-8 length in bytes.
    @inline(__always) var byteCount: Int { header.byteCount }
    @inline(__always) var isASCII: Bool { header.count == header.byteCount }

    /// The bytes, as a collection viewing this object's storage (it holds the str).
    @inline(__always) var bytes: StrBytes { StrBytes(self) }

    /// Calls body with the bytes; the pointer is valid only inside body.
    @inline(__always)
    func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        let n = header.byteCount
        return try withUnsafeMutablePointerToElements { (p: UnsafeMutablePointer<UInt8>) throws(E) -> R in
            try body(UnsafeBufferPointer(start: p, count: n))
        }
    }

    // MARK: - making strs

    /// A str of byteCount bytes that body writes in place. Body must write every byte, as
    /// valid UTF-8 holding codePoints code points; the buffer must not escape body.
    @inline(__always)
    static func make<E: Error>(byteCount: Int, codePoints: Int,
                               _ body: (UnsafeMutableBufferPointer<UInt8>) throws(E) -> Void) throws(E) -> PyStr {
        let object = create(minimumCapacity: byteCount) { _ in
            PyStrHeader(byteCount: byteCount, count: codePoints, hash: -1)
        }
        let s = unsafeDowncast(object, to: PyStr.self)
        try s.withUnsafeMutablePointerToElements { (p: UnsafeMutablePointer<UInt8>) throws(E) in
            try body(UnsafeMutableBufferPointer(start: p, count: byteCount))
        }
        return s
    }

    /// A str holding a copy of valid UTF-8 bytes with count code points.
    @inline(__always)
    static func make(copying source: UnsafeBufferPointer<UInt8>, count: Int) -> PyStr {
        return make(byteCount: source.count, codePoints: count) { dst in
            if let d = dst.baseAddress, let s = source.baseAddress, source.count > 0 {
                memcpy(d, s, source.count)
            }
        }
    }

    /// A str holding a copy of valid UTF-8 bytes; count is the number of code points.
    @inline(__always)
    static func make(bytes: [UInt8], count: Int) -> PyStr {
        return bytes.withUnsafeBufferPointer { make(copying: $0, count: count) }
    }

    /// Bytes must be valid UTF-8.
    static func make(bytes: [UInt8]) -> PyStr {
        return bytes.withUnsafeBufferPointer { make(copying: $0, count: PyStr.countScalars($0)) }
    }

    static func make(_ s: String) -> PyStr {
        var s = s
        return s.withUTF8 { make(copying: $0, count: PyStr.countScalars($0)) }
    }

    /// The concatenation a + b.
    static func concatenation(_ a: PyStr, _ b: PyStr) -> PyStr {
        let n = a.byteCount
        let m = b.byteCount
        return make(byteCount: n + m, codePoints: a.count + b.count) { dst in
            guard let d = dst.baseAddress else { return }
            a.withUnsafeBufferPointer { if let p = $0.baseAddress, n > 0 { memcpy(d, p, n) } }
            b.withUnsafeBufferPointer { if let p = $0.baseAddress, m > 0 { memcpy(d + n, p, m) } }
        }
    }

    // MARK: - reading

    var string: String { withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }

    /// The bytes copied into an array (for the cold paths that keep or mutate them).
    var byteArray: [UInt8] { withUnsafeBufferPointer { Array($0) } }

    static func countScalars<B: Sequence>(_ b: B) -> Int where B.Element == UInt8 {
        var n = 0
        for byte in b where byte & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The code points, decoded (for non-ASCII indexing and character-wise methods).
    var scalars: [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(count)
        withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                let (scalar, len) = PyStr.decode(b, i)
                out.append(scalar)
                i += len
            }
        }
        return out
    }

    /// The code point starting at byte offset i of valid UTF-8 (U+FFFD when truncated), and its
    /// byte length. Generic so that arrays and unsafe buffers share it (always specialised).
    @inline(__always) static func decode<B: RandomAccessCollection>(_ b: B, _ i: Int) -> (UInt32, Int)
    where B.Element == UInt8, B.Index == Int {
        let c0 = UInt32(b[i])
        if c0 < 0x80 { return (c0, 1) }
        let end = b.endIndex
        if c0 < 0xE0, i + 1 < end { return (((c0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2) }
        if c0 < 0xF0, i + 2 < end {
            return (((c0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3)
        }
        if i + 3 < end {
            return (((c0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
                | (UInt32(b[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Appends the UTF-8 encoding of a scalar.
    @inline(__always) static func encode(_ c: UInt32, into out: inout [UInt8]) {
        if c < 0x80 {
            out.append(UInt8(c))
        } else if c < 0x800 {
            out.append(UInt8(0xC0 | (c >> 6)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        } else if c < 0x10000 {
            out.append(UInt8(0xE0 | (c >> 12)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (c >> 18)))
            out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        }
    }

    static func fromScalars(_ s: [UInt32]) -> PyStr {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s { encode(c, into: &out) }
        return make(bytes: out, count: s.count)
    }

    static func fromScalars(_ s: ArraySlice<UInt32>) -> PyStr {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s { encode(c, into: &out) }
        return make(bytes: out, count: s.count)
    }

    /// Byte offset of the code point at index i (0 <= i <= count).
    func byteOffset(ofScalar i: Int) -> Int {
        if isASCII { return i }
        return withUnsafeBufferPointer { b in
            var n = 0
            var off = 0
            while off < b.count {
                if b[off] & 0xC0 != 0x80 {
                    if n == i { return off }
                    n += 1
                }
                off += 1
            }
            return b.count
        }
    }

    /// String hash: FNV-1a over the bytes, never -1 (Python reserves it). Str hashes are
    /// randomised per process in CPython, so no program can depend on their values.
    @inline(__always) var hash: Int {
        let h = header.hash
        return h != -1 ? h : computeHash()
    }

    private func computeHash() -> Int {
        let r = withUnsafeBufferPointer { PyStr.hashBytes($0) }
        header.hash = r
        return r
    }

    /// The hash of str and bytes: FNV-1a over the bytes, 0 for none (CPython's hash('') and
    /// hash(b'') are 0, their only hashes that are not randomised), never -1.
    static func hashBytes(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        if b.isEmpty { return 0 }
        var h: UInt64 = 0xcbf29ce484222325
        for x in b { h = (h ^ UInt64(x)) &* 0x100000001b3 }
        let r = Int(bitPattern: UInt(h))
        return r == -1 ? -2 : r
    }

    @inline(__always) func equals(_ other: PyStr) -> Bool {
        return self === other || sameBytes(other)
    }

    /// equals() for the dispatch loop's `==`: different lengths and one-byte strs (characters
    /// from iteration) are answered in line. (Dict lookups keep the short equals: their keys
    /// are mostly the same object.)
    @inline(__always) func equalsInLine(_ other: PyStr) -> Bool {
        if self === other { return true }
        let n = header.byteCount
        if n != other.header.byteCount { return false }
        if n == 1 {
            return withUnsafeMutablePointerToElements { a in
                other.withUnsafeMutablePointerToElements { b in a.pointee == b.pointee }
            }
        }
        return sameBytes(other)
    }

    /// Byte-wise equality (for a different object).
    func sameBytes(_ other: PyStr) -> Bool {
        let n = byteCount
        if n != other.byteCount { return false }
        if n == 0 { return true }
        return withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { b in
                guard let pa = a.baseAddress, let pb = b.baseAddress else { return false }
                return PyStr.bytesEqual(pa, pb, n)
            }
        }
    }

    /// Whether n bytes at a and b are equal: short runs (dict keys, names) compared in line
    /// with a few overlapping word loads, longer ones by memcmp.
    @inline(__always)
    static func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        if n >= 8 {
            if n > 32 { return memcmp(a, b, n) == 0 }
            var i = 0
            while i + 8 < n {
                if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            return ra.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                == rb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        if n >= 4 {
            return ra.loadUnaligned(as: UInt32.self) == rb.loadUnaligned(as: UInt32.self)
                && ra.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
                    == rb.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        }
        var i = 0
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// Byte-wise equality with the bytes of a String (keyword names).
    func equals(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { u in
            withUnsafeBufferPointer { b in
                guard b.count == u.count else { return false }
                guard let pa = b.baseAddress, let pb = u.baseAddress, b.count > 0 else { return true }
                return PyStr.bytesEqual(pa, pb, b.count)
            }
        }
    }

    static let empty: PyStr = {
        let s = PyStr.make(byteCount: 0, codePoints: 0) { _ in }
        Immortal.mark(s)
        return s
    }()
    /// str(True) and str(False), shared.
    static let trueName: PyStr = {
        let s = PyStr.make("True")
        Immortal.mark(s)
        return s
    }()
    static let falseName: PyStr = {
        let s = PyStr.make("False")
        Immortal.mark(s)
        return s
    }()

    /// The one-character strs of U+0000...U+00FF, shared and immortal, as CPython shares them
    /// (`ascii[c]` for c < 128; `latin1(c)` for c < 256). Iteration, indexing and chr() hand
    /// these out instead of allocating.
    static let ascii: [PyStr] = {
        var all: [PyStr] = []
        all.reserveCapacity(256)
        for c in 0..<128 { all.append(PyStr.make(byteCount: 1, codePoints: 1) { $0[0] = UInt8(c) }) }
        for c in 128..<256 {
            all.append(PyStr.make(byteCount: 2, codePoints: 1) {
                $0[0] = UInt8(0xC0 | (c >> 6))
                $0[1] = UInt8(0x80 | (c & 0x3F))
            })
        }
        for s in all { Immortal.mark(s) }
        Immortal.mark(array: all)
        return all
    }()

    /// The shared one-character str of a code point below 256.
    @inline(__always) static func latin1(_ c: UInt32) -> PyStr { ascii[Int(c & 0xFF)] }

    /// The one-character str of code point c whose UTF-8 encoding is at p (len bytes): the
    /// shared one below U+0100, else a new str.
    @inline(__always)
    static func character(_ c: UInt32, _ p: UnsafePointer<UInt8>, _ len: Int) -> PyStr {
        if c < 0x100 { return ascii[Int(c)] }
        return make(copying: UnsafeBufferPointer(start: p, count: len), count: 1)
    }
}

/// The bytes of a str as a collection, without copying: it holds the str, and reads its
/// storage. Equal and hashed byte-wise. Loops over many bytes should use
/// `withUnsafeBufferPointer` (no bounds check per byte).
struct StrBytes: RandomAccessCollection, Hashable {
    let owner: PyStr

    @inline(__always) init(_ owner: PyStr) { self.owner = owner }

    typealias Index = Int
    typealias Indices = Range<Int>
    @inline(__always) var startIndex: Int { 0 }
    @inline(__always) var endIndex: Int { owner.byteCount }
    @inline(__always) var count: Int { owner.byteCount }
    @inline(__always) var isEmpty: Bool { owner.byteCount == 0 }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    @inline(__always) subscript(i: Int) -> UInt8 {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: owner.byteCount), "str byte index out of range")
        return owner.withUnsafeMutablePointerToElements { $0[i] }
    }

    @inline(__always)
    func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        return try owner.withUnsafeBufferPointer(body)
    }

    @inline(__always)
    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        return try owner.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws -> R in try body(b) }
    }

    static func == (a: StrBytes, b: StrBytes) -> Bool {
        return a.owner === b.owner || a.owner.sameBytes(b.owner)
    }

    func hash(into hasher: inout Hasher) {
        owner.withUnsafeBufferPointer { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
