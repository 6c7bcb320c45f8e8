// Python str: immutable UTF-8 bytes plus the code-point count.
// ASCII strings (the common case) index in O(1); others decode on demand.

final class PyStr {
    let bytes: [UInt8]
    /// Number of code points (Python's len()).
    let count: Int
    private var cachedHash: Int = 0
    private var hashComputed = false

    @inline(__always) var isASCII: Bool { count == bytes.count }

    init(bytes: [UInt8], count: Int) {
        self.bytes = bytes
        self.count = count
    }

    /// Bytes must be valid UTF-8.
    convenience init(bytes: [UInt8]) {
        self.init(bytes: bytes, count: PyStr.countScalars(bytes))
    }

    convenience init(_ s: String) {
        let b = Array(s.utf8)
        self.init(bytes: b, count: s.unicodeScalars.count)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    static func countScalars(_ b: [UInt8]) -> Int {
        var n = 0
        for byte in b where byte & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The code points, decoded (for non-ASCII indexing and character-wise methods).
    var scalars: [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(count)
        var i = 0
        let b = bytes
        while i < b.count {
            let (scalar, len) = PyStr.decode(b, i)
            out.append(scalar)
            i += len
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
        return PyStr(bytes: out, count: s.count)
    }

    static func fromScalars(_ s: ArraySlice<UInt32>) -> PyStr {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s { encode(c, into: &out) }
        return PyStr(bytes: out, count: s.count)
    }

    /// Byte offset of the code point at index i (0 <= i <= count).
    func byteOffset(ofScalar i: Int) -> Int {
        if isASCII { return i }
        var n = 0
        var off = 0
        let b = bytes
        while off < b.count {
            if b[off] & 0xC0 != 0x80 {
                if n == i { return off }
                n += 1
            }
            off += 1
        }
        return b.count
    }

    /// String hash: FNV-1a over the bytes, never -1 (Python reserves it). Str hashes are
    /// randomised per process in CPython, so no program can depend on their values.
    var hash: Int {
        if hashComputed { return cachedHash }
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        var r = Int(bitPattern: UInt(h))
        if r == -1 { r = -2 }
        cachedHash = r
        hashComputed = true
        return r
    }

    @inline(__always) func equals(_ other: PyStr) -> Bool {
        return self === other || bytes == other.bytes
    }

    static let empty = PyStr(bytes: [], count: 0)
    /// One-character ASCII strings, shared.
    static let ascii: [PyStr] = (0..<128).map { PyStr(bytes: [UInt8($0)], count: 1) }
}
