// The dispatch loop reads each instruction as one 8-byte word (PackedInstruction); these
// check that the word's fields land where `Instruction` stores them, for every opcode.

import Testing
@testable import Pyrust

struct BytecodeLayoutTests {
    @Test func instructionIsOneWordInFieldOrder() {
        #expect(MemoryLayout<Instruction>.size == 8)
        #expect(MemoryLayout<Instruction>.stride == 8)
        #expect(MemoryLayout<Instruction>.offset(of: \Instruction.a) == 1)
        #expect(MemoryLayout<Instruction>.offset(of: \Instruction.b) == 2)
        #expect(MemoryLayout<Instruction>.offset(of: \Instruction.arg) == 4)
        #expect(MemoryLayout<Opcode>.size == 1)
    }

    /// The dispatch loop copies and moves values as two 8-byte words (copyValueBits), and
    /// the attribute cache stores one in two words.
    @Test func valueIsTwoWords() {
        #expect(MemoryLayout<Value>.size <= 16)
        #expect(MemoryLayout<Value>.stride == 16)
        #expect(MemoryLayout<Value>.alignment == 8)
    }

    @Test func packedFieldsMatchForEveryOpcode() {
        var opcode: UInt8 = 0
        while let op = Opcode(rawValue: opcode) {
            let args: [Int32] = [0, 1, -1, Int32.max, Int32.min, 123456]
            for arg in args {
                var ins = Instruction(op: op, a: opcode &* 7, b: UInt16(opcode) &* 1031, arg: arg)
                let packed = withUnsafeMutablePointer(to: &ins) { PackedInstruction($0) }
                #expect(packed.op == op)
                #expect(packed.a == ins.a)
                #expect(packed.b == ins.b)
                #expect(packed.arg == arg)
            }
            opcode += 1
        }
        #expect(opcode > 50)   // walked the whole enum
    }
}
