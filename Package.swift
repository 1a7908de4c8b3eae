// swift-tools-version: 6.0
// SocialPolicyKit — Danish social-services law and municipal policy as checkable rules.
// No package dependencies: every module builds with the Swift toolchain alone.
//
// Every module name starts with `SocialPolicy`, so that no module of a host's package graph
// (a `Complaints` or `Coercion` target of its own, say) can collide with one of ours.

import PackageDescription

let swiftSettings: [SwiftSetting] = []

/// The rule-area modules, each depending only on the core and the calendar.
let areaModules = ["SocialPolicyCoercion", "SocialPolicyConfidentiality", "SocialPolicyComplaints", "SocialPolicyInfluence", "SocialPolicyDayOffers"]

let package = Package(
    name: "SocialPolicyKit",
    // The library needs only the Swift 6 standard library; `_StringProcessing` (citations read
    // back from JSON) and `ContinuousClock` (the benchmark) set the floor. Tests that use newer
    // APIs (`Synchronization.Mutex`) are marked `@available` and skip on older systems.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "SocialPolicyKit", targets: ["SocialPolicyKit"]),
        .library(name: "SocialPolicyCore", targets: ["SocialPolicyCore"]),
        .library(name: "SocialPolicyCalendar", targets: ["SocialPolicyCalendar"]),
        .library(name: "SocialPolicyCoercion", targets: ["SocialPolicyCoercion"]),
        .library(name: "SocialPolicyConfidentiality", targets: ["SocialPolicyConfidentiality"]),
        .library(name: "SocialPolicyComplaints", targets: ["SocialPolicyComplaints"]),
        .library(name: "SocialPolicyInfluence", targets: ["SocialPolicyInfluence"]),
        .library(name: "SocialPolicyDayOffers", targets: ["SocialPolicyDayOffers"]),
        .library(name: "SocialPolicyMunicipalities", targets: ["SocialPolicyMunicipalities"]),
        .library(name: "SocialPolicyContract", targets: ["SocialPolicyContract"]),
        // For a host's tests: an in-memory `DecisionSink` (as swift-log ships `InMemoryLogging`).
        .library(name: "SocialPolicyTestSupport", targets: ["SocialPolicyTestSupport"]),
        // The examples and the benchmark are executable targets without products: `swift run
        // policy-check`, `swift run -c release policy-bench` and `swift run botilbud-example`
        // run them by target name, and a package that depends on this one does not see them.
    ],
    dependencies: [],
    targets: [
        .target(
            name: "SocialPolicyCore",
            swiftSettings: swiftSettings,
            // Floating-point rounding (hours, JSON numbers) needs libm on Linux; not a package.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        .target(name: "SocialPolicyCalendar", dependencies: ["SocialPolicyCore"], swiftSettings: swiftSettings),
        .target(
            name: "SocialPolicyCoercion", dependencies: ["SocialPolicyCore", "SocialPolicyCalendar"],
            swiftSettings: swiftSettings),
        .target(
            name: "SocialPolicyConfidentiality", dependencies: ["SocialPolicyCore", "SocialPolicyCalendar"],
            swiftSettings: swiftSettings),
        .target(
            name: "SocialPolicyComplaints", dependencies: ["SocialPolicyCore", "SocialPolicyCalendar"],
            swiftSettings: swiftSettings),
        .target(
            name: "SocialPolicyInfluence", dependencies: ["SocialPolicyCore", "SocialPolicyCalendar"],
            swiftSettings: swiftSettings),
        .target(
            name: "SocialPolicyDayOffers", dependencies: ["SocialPolicyCore", "SocialPolicyCalendar"],
            swiftSettings: swiftSettings),
        .target(
            name: "SocialPolicyMunicipalities",
            dependencies: ["SocialPolicyCore", "SocialPolicyCalendar"] + areaModules.map { .target(name: $0) },
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SocialPolicyContract",
            dependencies: ["SocialPolicyCore", "SocialPolicyCalendar", "SocialPolicyMunicipalities"]
                + areaModules.map { .target(name: $0) },
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SocialPolicyKit",
            dependencies: ["SocialPolicyCore", "SocialPolicyCalendar", "SocialPolicyMunicipalities", "SocialPolicyContract"]
                + areaModules.map { .target(name: $0) },
            swiftSettings: swiftSettings
        ),
        .target(name: "SocialPolicyTestSupport", dependencies: ["SocialPolicyCore"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "policy-check",
            dependencies: ["SocialPolicyKit"],
            path: "Examples/PolicyCheck",
            swiftSettings: swiftSettings
        ),
        // Counts heap allocations by interposing malloc & co.; linked only into policy-bench.
        .target(name: "SocialPolicyAllocationCounter", path: "Benchmarks/AllocationCounter"),
        .executableTarget(
            name: "botilbud-example",
            dependencies: ["SocialPolicyKit"],
            path: "Examples/BotilbudHost",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "SocialPolicyFictionalMunicipality",
            dependencies: ["SocialPolicyKit"],
            path: "Examples/FictionalMunicipality",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "policy-bench",
            dependencies: ["SocialPolicyKit", "SocialPolicyAllocationCounter"],
            path: "Benchmarks/PolicyBench",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SocialPolicyCoreTests", dependencies: ["SocialPolicyCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SocialPolicyCalendarTests",
            dependencies: ["SocialPolicyCalendar", "SocialPolicyContract"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SocialPolicyCoercionTests", dependencies: ["SocialPolicyKit"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SocialPolicyConfidentialityTests", dependencies: ["SocialPolicyKit"], swiftSettings: swiftSettings),
        .testTarget(name: "SocialPolicyComplaintsTests", dependencies: ["SocialPolicyKit"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SocialPolicyInfluenceTests", dependencies: ["SocialPolicyKit", "SocialPolicyFictionalMunicipality"],
            swiftSettings: swiftSettings),
        .testTarget(name: "SocialPolicyDayOffersTests", dependencies: ["SocialPolicyKit"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SocialPolicyScenarioTests", dependencies: ["SocialPolicyKit", "SocialPolicyTestSupport"],
            swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
