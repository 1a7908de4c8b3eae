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
        .executable(name: "policy-check", targets: ["SocialPolicyCheck"]),
        .executable(name: "policy-bench", targets: ["SocialPolicyBench"]),
        .executable(name: "botilbud-example", targets: ["SocialPolicyBotilbudExample"]),
        .executable(name: "fictional-municipality", targets: ["SocialPolicyFictionalMunicipality"]),
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
        .executableTarget(
            name: "SocialPolicyCheck",
            dependencies: ["SocialPolicyKit"],
            path: "Examples/PolicyCheck",
            swiftSettings: swiftSettings
        ),
        // Counts heap allocations by interposing malloc & co.; linked only into policy-bench.
        .target(name: "SocialPolicyAllocationCounter", path: "Benchmarks/AllocationCounter"),
        .executableTarget(
            name: "SocialPolicyBotilbudExample",
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
            name: "SocialPolicyBench",
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
        .testTarget(name: "SocialPolicyScenarioTests", dependencies: ["SocialPolicyKit"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
