// swift-tools-version:6.0
// Build the shipped .so with `make` (the Makefile adds the static stdlib and the export list);
// plain `swift build` / `swift test` use this manifest as it is.
import PackageDescription

let package = Package(
    name: "pyrust",
    products: [
        .library(name: "pyrust", type: .dynamic, targets: ["Pyrust"]),
    ],
    targets: [
        // libffi (typed host functions) is linked statically so that the .so needs nothing
        // beyond libc; libffi_pic.a is Debian's position-independent build of it.
        .target(name: "CPyrustSupport", linkerSettings: [.linkedLibrary(":libffi_pic.a")]),
        .target(
            name: "Pyrust",
            dependencies: ["CPyrustSupport"],
            swiftSettings: [
                // SIL dead-store elimination in Swift 6.3.1 drops a store of a payload-free enum case
                // through an UnsafeMutablePointer right after a move() from the same slot (the VM's
                // exception handler hit it); LLVM's own DSE still runs. Prespecialized generic
                // metadata keeps swift_getGenericMetadata off every [UInt8]/[Value] allocation.
                // Reference counting is non-atomic (-assume-single-threaded): every object is
                // confined to the thread that made it, except the process-wide ones, which are
                // immortal (Objects/Immortal.swift; `make rc-check` verifies it).
                .unsafeFlags(["-enforce-exclusivity=unchecked", "-Xllvm", "-sil-disable-pass=dead-store-elimination", "-Xfrontend", "-prespecialize-generic-metadata",
                              "-Xfrontend", "-assume-single-threaded"]),
                .swiftLanguageMode(.v5),
            ]
        ),
        .testTarget(name: "PyrustTests", dependencies: ["Pyrust"]),
    ]
)
