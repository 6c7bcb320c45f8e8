// Copies of text into malloc'd, NUL-terminated C strings: what the C boundary hands out
// (the caller frees them with free/pyrust_free). One malloc and one memcpy each.

import Glibc

enum CText {
    /// nil only when malloc fails. Interior NUL bytes are copied as they are.
    @inline(__always)
    static func copy(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeMutablePointer<CChar>? {
        let count = bytes.count
        guard let raw = malloc(count &+ 1) else { return nil }
        if count > 0, let base = bytes.baseAddress { memcpy(raw, base, count) }
        let text = raw.bindMemory(to: CChar.self, capacity: count &+ 1)
        text[count] = 0
        return text
    }

    @inline(__always)
    static func copy(_ bytes: [UInt8]) -> UnsafeMutablePointer<CChar>? {
        bytes.withUnsafeBufferPointer { copy($0) }
    }

    static func copy(_ text: String) -> UnsafeMutablePointer<CChar>? {
        var text = text
        return text.withUTF8 { copy($0) }
    }
}
