// The compile cache's hash of source bytes: fast and non-cryptographic. Word-at-a-time
// multiply/rotate mixing with a final avalanche, so that sources differing in any byte
// spread over the whole table. Collisions are harmless (the cache compares full bytes);
// this only has to make them rare.

enum SourceHash {
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    private static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let m = (h ^ word) &* multiplier
        return (m << 27) | (m >> 37)
    }

    /// 64-bit hash of the bytes. Short inputs are read with a few overlapping loads instead
    /// of a byte loop; every byte is covered, and the length is mixed in first.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var h = UInt64(truncatingIfNeeded: count) &* multiplier
        guard let base = bytes.baseAddress, count > 0 else { return avalanche(h) }
        let raw = UnsafeRawPointer(base)
        if count >= 8 {
            var offset = 0
            while count &- offset > 8 {
                h = mix(h, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset &+= 8
            }
            // the last 8 bytes, overlapping the previous word when count is not a multiple of 8
            h = mix(h, raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
        } else if count >= 4 {
            let low = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
            h = mix(h, low | high << 32)
        } else {
            let first = UInt64(raw.load(fromByteOffset: 0, as: UInt8.self))
            let middle = UInt64(raw.load(fromByteOffset: count >> 1, as: UInt8.self))
            let last = UInt64(raw.load(fromByteOffset: count &- 1, as: UInt8.self))
            h = mix(h, first | middle << 8 | last << 16)
        }
        return avalanche(h)
    }

    /// MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
    @inline(__always)
    private static func avalanche(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}
