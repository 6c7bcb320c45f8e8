// Entry points that exist only in fuzzing builds (`make fuzz` compiles the library with
// -DPYRUST_FUZZ): the shipped library and its export list never contain them.

#if PYRUST_FUZZ
import CPyrustSupport

/// Lexes, parses and compiles `len` bytes without running them (the compile-only fuzz target).
/// Returns 0 when the source compiled, 1 for a SyntaxError (or any compile error).
@_cdecl("pyrust_fuzz_compile")
public func pyrust_fuzz_compile(_ code: UnsafePointer<UInt8>?, _ len: Int) -> Int32 {
    let source = UnsafeBufferPointer(start: code, count: code == nil ? 0 : len)
    // The compiler recurses on nesting: give it the stack runs get (the private one if short).
    let compile = { () -> Int32 in
        switch Engine.compile(source) {
        case .success: return 0
        case .failure: return 1
        }
    }
    if pyrust_stack_has_room() != 0 { return compile() }
    return onPrivateStack(compile)
}
#endif
