// Non-atomic reference-count entry points for the interpreter's manual retains/releases.
//
// Unmanaged.retain()/release() always call the atomic swift_retain/swift_release, even though
// the library is built with -assume-single-threaded (compiler-emitted counts are already
// non-atomic). Mortal objects are confined to one thread (`make rc-check`) and shared ones are
// immortal, so the manual counts on the stack fast paths may skip the atomic instructions too.

@_silgen_name("swift_nonatomic_retain")
@usableFromInline func pyrustNonatomicRetain(_ object: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer

@_silgen_name("swift_nonatomic_release")
@usableFromInline func pyrustNonatomicRelease(_ object: UnsafeMutableRawPointer)
