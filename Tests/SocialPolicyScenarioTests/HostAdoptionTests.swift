import SocialPolicyKit
import Synchronization
import Testing

// The README's host example, compiled and run: a host keeps its own record type, supplies
// typed facts without JSON, and plugs in its audit log as a `DecisionSink`.

/// The host's own audit log.
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
    @Test("the README example: typed facts from a host record, every decision in the host's audit log")
    func readmeExample() throws {
        let log = CaseAuditLog()
        let evaluator = PolicyEvaluator(municipality: BundledProfiles.kobenhavn, sink: log)
        let record = ComplaintRecord(decisionNotifiedOn: CivilDate(2025, 5, 12), weeksToComplain: 4)

        let decision = try evaluator.decision(DeadlineQuestion.self, for: .init(record), asOf: CivilDate(2025, 5, 12))
        #expect(decision.value("deadline") == .date(CivilDate(2025, 6, 10)))  // 2. pinsedag moves it a day
        print(DecisionText.render(decision, in: .english))

        // The hot path: no explanation, no allocation — but with a sink the decision is still logged.
        let verdict = try evaluator.verdict(DeadlineQuestion.self, for: .init(record), asOf: CivilDate(2025, 5, 12))
        #expect(verdict.values.deadline == CivilDate(2025, 6, 10))
        #expect(log.lines == [
            "calendar.deadline 2025-05-12 dk-calendar@2024-01-01 determined",
            "calendar.deadline 2025-05-12 dk-calendar@2024-01-01 determined",
        ])
    }
}
