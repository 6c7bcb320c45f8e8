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
        .target(name: "CPyrustSupport"),
        .target(
            name: "Pyrust",
            dependencies: ["CPyrustSupport"],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"]), .swiftLanguageMode(.v5)]
        ),
        .testTarget(name: "PyrustTests", dependencies: ["Pyrust"]),
    ]
)
