// swift-tools-version: 6.0
// SocialPolicyKit — Danish social-services law and municipal policy as checkable rules.
// No package dependencies: every module builds with the Swift toolchain alone.

import PackageDescription

let swiftSettings: [SwiftSetting] = []

/// The rule-area modules, each depending only on the core and the calendar.
let areaModules = ["Coercion", "Confidentiality", "Complaints", "Influence", "DayOffers"]

let package = Package(
    name: "SocialPolicyKit",
    products: [
        .library(name: "SocialPolicyKit", targets: ["SocialPolicyKit"]),
        .library(name: "PolicyCore", targets: ["PolicyCore"]),
        .library(name: "LegalCalendar", targets: ["LegalCalendar"]),
        .library(name: "Coercion", targets: ["Coercion"]),
        .library(name: "Confidentiality", targets: ["Confidentiality"]),
        .library(name: "Complaints", targets: ["Complaints"]),
        .library(name: "Influence", targets: ["Influence"]),
        .library(name: "DayOffers", targets: ["DayOffers"]),
        .library(name: "Municipalities", targets: ["Municipalities"]),
        .library(name: "PolicyContract", targets: ["PolicyContract"]),
        .executable(name: "policy-check", targets: ["PolicyCheck"]),
        .executable(name: "policy-bench", targets: ["PolicyBench"]),
        .executable(name: "botilbud-example", targets: ["BotilbudHost"]),
        .executable(name: "fictional-municipality", targets: ["FictionalMunicipality"]),
    ],
    dependencies: [],
    targets: [
        .target(
            name: "PolicyCore",
            swiftSettings: swiftSettings,
            // Floating-point rounding (hours, JSON numbers) needs libm on Linux; not a package.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        .target(name: "LegalCalendar", dependencies: ["PolicyCore"], swiftSettings: swiftSettings),
        .target(name: "Coercion", dependencies: ["PolicyCore", "LegalCalendar"], swiftSettings: swiftSettings),
        .target(name: "Confidentiality", dependencies: ["PolicyCore", "LegalCalendar"], swiftSettings: swiftSettings),
        .target(name: "Complaints", dependencies: ["PolicyCore", "LegalCalendar"], swiftSettings: swiftSettings),
        .target(name: "Influence", dependencies: ["PolicyCore", "LegalCalendar"], swiftSettings: swiftSettings),
        .target(name: "DayOffers", dependencies: ["PolicyCore", "LegalCalendar"], swiftSettings: swiftSettings),
        .target(
            name: "Municipalities",
            dependencies: ["PolicyCore", "LegalCalendar"] + areaModules.map { .target(name: $0) },
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PolicyContract",
            dependencies: ["PolicyCore", "LegalCalendar", "Municipalities"] + areaModules.map { .target(name: $0) },
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SocialPolicyKit",
            dependencies: ["PolicyCore", "LegalCalendar", "Municipalities", "PolicyContract"]
                + areaModules.map { .target(name: $0) },
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "PolicyCheck",
            dependencies: ["SocialPolicyKit"],
            path: "Examples/PolicyCheck",
            swiftSettings: swiftSettings
        ),
        // Counts heap allocations by interposing malloc & co.; linked only into policy-bench.
        .target(name: "AllocationCounter", path: "Benchmarks/AllocationCounter"),
        .executableTarget(
            name: "BotilbudHost",
            dependencies: ["SocialPolicyKit"],
            path: "Examples/BotilbudHost",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "FictionalMunicipality",
            dependencies: ["SocialPolicyKit"],
            path: "Examples/FictionalMunicipality",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "PolicyBench",
            dependencies: ["SocialPolicyKit", "AllocationCounter"],
            path: "Benchmarks/PolicyBench",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "PolicyCoreTests", dependencies: ["PolicyCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LegalCalendarTests",
            dependencies: ["LegalCalendar", "PolicyContract"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "CoercionTests", dependencies: ["SocialPolicyKit"], swiftSettings: swiftSettings),
        .testTarget(name: "ConfidentialityTests", dependencies: ["SocialPolicyKit"], swiftSettings: swiftSettings),
        .testTarget(name: "ComplaintsTests", dependencies: ["SocialPolicyKit"], swiftSettings: swiftSettings),
        .testTarget(
            name: "InfluenceTests", dependencies: ["SocialPolicyKit", "FictionalMunicipality"], swiftSettings: swiftSettings),
        .testTarget(name: "DayOffersTests", dependencies: ["SocialPolicyKit"], swiftSettings: swiftSettings),
        .testTarget(name: "ScenarioTests", dependencies: ["SocialPolicyKit"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
