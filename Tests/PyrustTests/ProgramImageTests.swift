// Unit tests of program images (API/ProgramImage.swift; the C test and `run.py --shared` run
// decoded programs): encoding a decoded program gives the same bytes, shared objects stay
// shared, and every truncation or flipped byte of an image decodes to nil or to a
// well-formed program, never a trap.

import Testing
@testable import Pyrust

private func compiledCode(_ text: String) -> ProgramCode? {
    Array(text.utf8).withUnsafeBufferPointer { buffer in
        if case .success(let program) = Engine.compile(buffer) { return program.code }
        return nil
    }
}

private func decode(_ image: [UInt8]) -> ProgramCode? {
    image.withUnsafeBytes { ProgramImage.decode($0) }
}

private let sample = """
    class P:
        '''doc'''
        def __init__(self, v): self.v = v
        def w(self, k=2, *a, z, **kw): return (self.v, k, a, z, kw, 2 ** 80, 1.5j, b'x', ...)
    def g(n):
        for i in range(n):
            yield {1, 2, 3, 'a'}, (), '', 'é', frozenset()
    print(P(1).w(z=3), list(g(2)), AssertionError)
    """

@Suite struct ProgramImageTests {
    @Test func encodingADecodedProgramGivesTheSameBytes() throws {
        let code = try #require(compiledCode(sample))
        let image = try #require(ProgramImage.encode(code))
        let decoded = try #require(decode(image))
        #expect(ProgramImage.encode(decoded) == image)
        #expect(decoded.globalNames == code.globalNames)
        #expect(decoded.module.instructionCount == code.module.instructionCount)
    }

    @Test func attributeNamesStayShared() throws {
        let code = try #require(compiledCode("class C:\n    def f(self): return self.x\n    def g(self): return self.x\n"))
        let image = try #require(ProgramImage.encode(code))
        let decoded = try #require(decode(image))
        var names: [PyStr] = []
        func collect(_ c: CodeObject) {
            for k in 0..<c.constantCount {
                switch c.consts[k] {
                case .str(let s) where s.string == "x": names.append(s)
                case .object(let o): if let ref = o as? PyCodeRef { collect(ref.code) }
                default: break
                }
            }
        }
        collect(decoded.module)
        #expect(names.count == 2)
        #expect(names.count == 2 && names[0] === names[1])
    }

    @Test func damagedImagesNeverTrap() throws {
        let code = try #require(compiledCode(sample))
        let image = try #require(ProgramImage.encode(code))
        for length in 0..<image.count {
            #expect(decode(Array(image[0..<length])) == nil, "truncated to \(length) bytes")
        }
        for position in stride(from: 0, to: image.count, by: 3) {
            var damaged = image
            damaged[position] ^= 0x5A
            _ = decode(damaged)         // nil or some program: either way no trap
        }
    }
}
