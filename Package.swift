// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "career-coach",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "career-coach", targets: ["career-coach"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "CTerminalGuard"),
    .target(name: "CoachCore"),
    .target(
      name: "ShippedContent",
      path: "Content",
      exclude: ["examples"],
      resources: [.copy("backend-developer")]
    ),
    .target(
      name: "CoachContent",
      dependencies: [
        "CoachCore", "ShippedContent", .product(name: "Yams", package: "Yams"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ]
    ),
    .target(
      name: "CoachStore",
      dependencies: ["CoachCore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .target(
      name: "CoachTUI",
      dependencies: ["CoachCore", "CoachContent", "CoachStore", "CNcurses", "CTerminalGuard"]
    ),
    .executableTarget(
      name: "career-coach",
      dependencies: [
        "CoachTUI", "CoachContent", "CoachStore", "CoachCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "coach-bench",
      dependencies: [
        "CoachTUI", "CoachContent", "CoachStore", "CoachCore",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .executableTarget(name: "bench-hello"),
    // Helpers the test targets share: a seeded generator, fresh folders, a fixed clock.
    .target(name: "TestSupport", dependencies: ["CoachCore"], path: "Tests/TestSupport"),
    .testTarget(
      name: "CoachCoreTests", dependencies: ["CoachCore", "CoachContent", "TestSupport"]),
    .testTarget(
      name: "CoachContentTests",
      dependencies: [
        "CoachContent", "CoachCore", "TestSupport", .product(name: "Yams", package: "Yams"),
      ]),
    .testTarget(
      name: "CoachStoreTests",
      dependencies: [
        "CoachStore", "CoachCore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "CoachTUITests",
      dependencies: ["CoachTUI", "CoachCore", "CoachContent", "CoachStore", "TestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
  ],
  swiftLanguageModes: [.v6]
)
