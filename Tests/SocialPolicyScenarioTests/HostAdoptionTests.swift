import SocialPolicyKit
import SocialPolicyTestSupport
import Synchronization
import Testing

// The README's host example, compiled and run: a host keeps its own record type, supplies
// typed facts without JSON, and plugs in its audit log as a `DecisionSink`.

/// The host's own audit log.
@available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
final class CaseAuditLog: DecisionSink {
    private let entries = Mutex<[String]>([])

    func receive(_ decision: Decision) {
        // Keep what was asked, on which law, and what was answered.
        entries.withLock { $0.append("\(decision.question) \(decision.asOf) \(decision.ruleSet) \(decision.outcome.rawValue)") }
    }

    var lines: [String] { entries.withLock { $0 } }
}

/// The host's own record of a complaint, with its own field names.
struct ComplaintRecord {
    var decisionNotifiedOn: CivilDate
    var weeksToComplain: Int
}

extension DeadlineQuestion.Facts {
    /// Typed facts straight from the host's record: no JSON on the way.
    init(_ record: ComplaintRecord) {
        self.init(start: record.decisionNotifiedOn, period: DeadlinePeriod(weeks: record.weeksToComplain))
    }
}

@Suite("A host adopting the protocols")
struct HostAdoptionTests {
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    @Test("the README example: typed facts from a host record, every decision in the host's audit log")
    func readmeExample() throws {
        let log = CaseAuditLog()
        let evaluator = PolicyEvaluator(municipality: BundledProfiles.kobenhavn, sink: log)
        let record = ComplaintRecord(decisionNotifiedOn: try CivilDate(year: 2025, month: 5, day: 12), weeksToComplain: 4)

        let decision = try evaluator.decision(DeadlineQuestion.self, for: .init(record), asOf: try CivilDate(year: 2025, month: 5, day: 12))
        #expect(decision.value("deadline") == .date(try CivilDate(year: 2025, month: 6, day: 10)))  // 2. pinsedag moves it a day
        print(DecisionText.render(decision, in: .english))

        // The hot path: no explanation, no allocation — but with a sink the decision is still logged.
        let verdict = try evaluator.verdict(DeadlineQuestion.self, for: .init(record), asOf: try CivilDate(year: 2025, month: 5, day: 12))
        #expect(verdict.values.deadline == (try CivilDate(year: 2025, month: 6, day: 10)))
        #expect(log.lines == [
            "calendar.deadline 2025-05-12 dk-calendar@2024-01-01 determined",
            "calendar.deadline 2025-05-12 dk-calendar@2024-01-01 determined",
        ])
    }
}

@Suite("The audit hook")
struct AuditHookTests {
    static let record = ComplaintRecord(decisionNotifiedOn: CivilDate(2025, 5, 12), weeksToComplain: 4)

    @Test("a sink receives the case id, the municipality, the engine version and the facts as given; verdict takes an id")
    func recordCarriesContext() throws {
        let sink = InMemoryDecisionSink()
        let evaluator = PolicyEvaluator(municipality: BundledProfiles.kobenhavn, sink: sink)
        let asOf = try CivilDate(year: 2025, month: 5, day: 12)
        _ = try evaluator.decision(DeadlineQuestion.self, for: .init(Self.record), asOf: asOf, id: "case-17")
        _ = try evaluator.verdict(DeadlineQuestion.self, for: .init(Self.record), asOf: asOf, id: "case-18")
        let records = sink.records
        #expect(records.map(\.caseID) == ["case-17", "case-18"])
        #expect(records.allSatisfy { $0.municipality == "kobenhavn" && $0.engine == SocialPolicyKit.version })
        #expect(records.allSatisfy { $0.decision.contract == SocialPolicyKit.contractVersion })
        let facts = records[0].facts.typed(as: DeadlineQuestion.Facts.self)
        #expect(facts?.start == asOf)
        // The JSON path gives the contract's facts by name.
        let scenario = try Scenario(json: Array(#"{"id": "json-1", "question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": 2024}}"#.utf8))
        _ = try PolicyCatalogue.standard.evaluate(scenario, sink: sink)
        #expect(sink.records.last?.facts.contractFacts == ["year": .int(2024)])
        #expect(sink.records.last?.caseID == "json-1")
        #expect(sink.records.last?.municipality == nil)
    }

    @Test("typed values and the explanation come from one evaluation, and agree")
    func oneEvaluation() throws {
        let asOf = try CivilDate(year: 2025, month: 5, day: 12)
        let sink = InMemoryDecisionSink()
        let explained = try PolicyEvaluator(sink: sink).explained(DeadlineQuestion.self, for: .init(Self.record), asOf: asOf, id: "c")
        #expect(explained.verdict.values.deadline == (try CivilDate(year: 2025, month: 6, day: 10)))
        #expect(explained.decision.value("deadline") == .date(try CivilDate(year: 2025, month: 6, day: 10)))
        #expect(explained.verdict.outcome == explained.decision.outcome)
        #expect(sink.decisions == [explained.decision])
        let plain = try DeadlineQuestion.verdict(for: .init(Self.record), asOf: asOf)
        #expect(plain.values.deadline == explained.verdict.values.deadline)
    }

    @Test("a sink written before DecisionRecord (receive(_: Decision)) still gets every decision")
    func oldSinks() throws {
        final class OldSink: DecisionSink, @unchecked Sendable {
            var count = 0
            func receive(_ decision: Decision) { count += 1 }
        }
        let sink = OldSink()
        _ = try PolicyEvaluator(sink: sink).decision(DeadlineQuestion.self, for: .init(Self.record), asOf: try CivilDate(year: 2025, month: 5, day: 12))
        #expect(sink.count == 1)
    }

    @Test("SocialPolicyKit.version is a semantic version, in every decision and its JSON")
    func versions() throws {
        let parts = SocialPolicyKit.version.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
        let decision = try DeadlineQuestion.decision(for: .init(Self.record), asOf: try CivilDate(year: 2025, month: 5, day: 12))
        #expect(decision.engine == SocialPolicyKit.version)
        #expect(DecisionJSON.json(decision)["engine"] == .string(SocialPolicyKit.version))
        #expect(DecisionJSON.json(decision)["contract"] == .string(SocialPolicyKit.contractVersion))
    }
}
