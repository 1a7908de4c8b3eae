#!/usr/bin/env bash
# Builds and tests a new host package that depends on this one by path — the "Done when" of
# issue 12: it imports only SocialPolicyKit, has its own targets named `Complaints` and
# `Coercion` (and its own `Decision` type), encodes a Decision with Foundation's JSONEncoder
# into its own response, decodes a scenario from its own JSON, and attaches the in-memory sink
# from SocialPolicyTestSupport in a test.
#
#   scripts/check-host-package.sh        # in a temporary folder outside the repository
set -euo pipefail
cd "$(dirname "$0")/.."
repository="$PWD"
identity="$(basename "$repository" | tr '[:upper:]' '[:lower:]')"
host="$(mktemp -d)/CaseSystem"
trap 'rm -rf "$(dirname "$host")"' EXIT
mkdir -p "$host/Sources/Complaints" "$host/Sources/Coercion" "$host/Sources/CaseService" "$host/Tests/CaseServiceTests"

cat >"$host/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "CaseSystem",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "$repository")],
    targets: [
        // The host's own modules, named as a case system would name them.
        .target(name: "Complaints"),
        .target(name: "Coercion"),
        .target(
            name: "CaseService",
            dependencies: ["Complaints", "Coercion", .product(name: "SocialPolicyKit", package: "$identity")]),
        .testTarget(
            name: "CaseServiceTests",
            dependencies: ["CaseService", .product(name: "SocialPolicyTestSupport", package: "$identity")]),
    ]
)
SWIFT

cat >"$host/Sources/Complaints/Complaints.swift" <<'SWIFT'
/// The host's own complaint record.
public struct ComplaintCase: Sendable {
    public var caseNumber: String
    public var notifiedOn: String
    public init(caseNumber: String, notifiedOn: String) {
        self.caseNumber = caseNumber
        self.notifiedOn = notifiedOn
    }
}
SWIFT

cat >"$host/Sources/Coercion/Coercion.swift" <<'SWIFT'
/// The host's own coercion register entry.
public struct CoercionEntry: Sendable {
    public var measure: String
    public init(measure: String) { self.measure = measure }
}
SWIFT

cat >"$host/Sources/CaseService/CaseService.swift" <<'SWIFT'
import Complaints
import Coercion
import Foundation
import SocialPolicyKit

/// The host's own `Decision` type: it shadows the library's, which is `SocialPolicyKit.Decision`.
public struct Decision: Sendable {
    public var approvedBy: String
}

/// The host's REST response, with the library's decision inside.
public struct DeadlineResponse: Encodable {
    public var caseNumber: String
    public var decision: SocialPolicyKit.Decision
    public var hostDecision: String
}

public enum CaseService {
    /// Decodes a scenario from the host's own JSON body and answers it as a REST response.
    public static func respond(to body: Data, sink: (any DecisionSink)? = nil) throws -> Data {
        let scenario = try JSONDecoder().decode(Scenario.self, from: body)
        let decision: SocialPolicyKit.Decision = try PolicyCatalogue.standard.evaluate(scenario, sink: sink)
        let own = Decision(approvedBy: "caseworker")
        let complaint = ComplaintCase(caseNumber: scenario.id ?? "-", notifiedOn: scenario.asOf.description)
        _ = CoercionEntry(measure: "none")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(DeadlineResponse(caseNumber: complaint.caseNumber, decision: decision, hostDecision: own.approvedBy))
    }
}
SWIFT

cat >"$host/Tests/CaseServiceTests/CaseServiceTests.swift" <<'SWIFT'
import CaseService
import Foundation
import SocialPolicyKit
import SocialPolicyTestSupport
import Testing

@Test("a host answers from its own JSON, encodes the decision with JSONEncoder, and audits with the in-memory sink")
func hostAdoption() throws {
    let body = Data(#"{"id": "K-2025-17", "question": "calendar.deadline", "asOf": "2025-05-12", "facts": {"start": "2025-05-12", "weeks": 4}}"#.utf8)
    let sink = InMemoryDecisionSink()
    let response = try CaseService.respond(to: body, sink: sink)
    let object = try JSONSerialization.jsonObject(with: response) as? [String: Any]
    let decision = object?["decision"] as? [String: Any]
    #expect(decision?["outcome"] as? String == "determined")
    #expect((decision?["values"] as? [String: Any])?["deadline"] as? String == "2025-06-10")
    #expect(decision?["engine"] as? String == SocialPolicyKit.version)
    #expect(sink.records.map(\.caseID) == ["K-2025-17"])
    #expect(sink.records.first?.engine == SocialPolicyKit.version)
    // The library's decision reads back from the host's response.
    struct Back: Decodable { var decision: SocialPolicyKit.Decision }
    let back = try JSONDecoder().decode(Back.self, from: response)
    #expect(back.decision.outcome == .determined)
    // Bad input from the host's JSON is the library's error, naming the field.
    #expect(throws: PolicyError(code: .wrongType, field: "facts.weeks", message: "")) {
        _ = try CaseService.respond(to: Data(#"{"question": "calendar.deadline", "asOf": "2025-05-12", "facts": {"start": "2025-05-12", "weeks": "4"}}"#.utf8))
    }
}
SWIFT

echo "check-host-package: building a host package in $host"
cd "$host"
swift build 2>&1 | tail -n 3
swift test 2>&1 | tail -n 5
echo "check-host-package: the host package builds beside its own Complaints and Coercion targets and its tests pass"
