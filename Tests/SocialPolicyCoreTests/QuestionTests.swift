import SocialPolicyCore
import Synchronization
import Testing

/// A toy question with two requirements, to test the engine apart from any rule area.
enum ToyQuestion: PolicyQuestion {
    struct Facts: Sendable, Hashable {
        var consent: Bool?
        var risk: Bool?
    }

    struct Values: DecisionValues, Hashable {
        var section: String?
        init() {}
        var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("section", section)
            return fields
        }
    }

    enum Rules {
        static let risk = Requirement("risk", true, Citation(.sel, "126", stk: 1), da: "Der er risiko.", en: "There is a risk.")
        static let consent = Requirement("consent", false, Citation(.sel, "124", stk: 2), da: "Intet samtykke.", en: "No consent.")
    }

    static let id = "toy.question"
    static let title = LocalizedText(da: "Legetøj", en: "Toy")
    static let factSpecs: [FactSpec] = [FactSpec("consent", .bool, "consent"), FactSpec("risk", .bool, "risk")]
    static let ruleSets = RuleSetCatalogue([
        RuleSetVersion(id: "toy", validFrom: CivilDate(2013, 1, 1), validTo: CivilDate(2019, 12, 31), title: "old", enactedBy: "x"),
        RuleSetVersion(id: "toy", validFrom: CivilDate(2020, 1, 1), validTo: nil, title: "new", enactedBy: "y"),
    ])

    static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(consent: try bag.bool("consent"), risk: try bag.bool("risk"))
    }

    static func evaluate<R: Recorder>(_ facts: Facts, into evaluation: inout Evaluation<Values, R>) {
        var all = Conjunction()
        all.add(evaluation.check(facts.risk, Rules.risk))  // most decisive first
        all.add(evaluation.check(facts.consent, Rules.consent))
        evaluation.verdict.outcome = all.outcome
        if all.outcome == .permitted {
            evaluation.verdict.values.section = evaluation.context.ruleSet.validFrom.year >= 2020 ? "SEL § 126" : "SEL § 125"
            evaluation.oblige(
                ObligationCode("report-intervention"), Citation(.sel, "136"), due: evaluation.context.asOf.adding(days: 1),
                LocalizedText(da: "Indberet.", en: "Report."))
        }
    }
}

/// A host's audit log: keeps every decision it receives.
final class AuditLog: DecisionSink {
    let received = Mutex<[Decision]>([])
    func receive(_ decision: Decision) { received.withLock { $0.append(decision) } }
}

@Suite("Questions, verdicts and decisions")
struct QuestionTests {
    static let all: [Bool?] = [true, false, nil]

    @Test("fail closed: permitted only when every requirement is established; false wins; unknown is undetermined")
    func failClosed() throws {
        for risk in Self.all {
            for consent in Self.all {
                let verdict = try ToyQuestion.verdict(for: .init(consent: consent, risk: risk), asOf: CivilDate(2024, 1, 1))
                let expected: Outcome =
                    (risk == false || consent == true) ? .denied : (risk == nil || consent == nil) ? .undetermined : .permitted
                #expect(verdict.outcome == expected, "risk \(String(describing: risk)) consent \(String(describing: consent))")
            }
        }
    }

    @Test("missing facts are listed most decisive first, and only for undetermined")
    func missingFactsOrder() throws {
        let unknown = try ToyQuestion.decision(for: .init(consent: nil, risk: nil), asOf: CivilDate(2024, 1, 1))
        #expect(unknown.outcome == .undetermined)
        #expect(unknown.missingFacts == ["risk", "consent"])
        let verdict = try ToyQuestion.verdict(for: .init(consent: nil, risk: nil), asOf: CivilDate(2024, 1, 1))
        #expect(verdict.firstMissingFact == "risk")

        let denied = try ToyQuestion.decision(for: .init(consent: nil, risk: false), asOf: CivilDate(2024, 1, 1))
        #expect(denied.outcome == .denied)
        #expect(denied.missingFacts.isEmpty)
        #expect(try ToyQuestion.verdict(for: .init(consent: nil, risk: false), asOf: CivilDate(2024, 1, 1)).firstMissingFact == nil)
    }

    @Test("the decision explains every rule tested, in order, cites them, and agrees with the verdict")
    func decisionAgreesWithVerdict() throws {
        let facts = ToyQuestion.Facts(consent: false, risk: true)
        let asOf = CivilDate(2024, 1, 1)
        let decision = try ToyQuestion.decision(for: facts, asOf: asOf, id: "case-1")
        let verdict = try ToyQuestion.verdict(for: facts, asOf: asOf)
        #expect(decision.id == "case-1")
        #expect(decision.question == "toy.question")
        #expect(decision.ruleSet == "toy@2020-01-01")
        #expect(decision.outcome == .permitted && verdict.outcome == .permitted)
        #expect(decision.explanation.map(\.citation.description) == ["SEL § 126, stk. 1", "SEL § 124, stk. 2"])
        #expect(decision.explanation.map(\.holds) == [true, true])
        #expect(decision.citations.map(\.description) == ["SEL § 126, stk. 1", "SEL § 124, stk. 2", "SEL § 136"])
        #expect(decision.obligations.map(\.code) == verdict.obligations.map(\.code))
        #expect(decision.obligations.first?.due == CivilDate(2024, 1, 2))
        #expect(decision.hasObligation(ObligationCode("report-intervention")))
        #expect(decision.value("section") == .string("SEL § 126"))
        #expect(verdict.values.section == "SEL § 126")
    }

    @Test("the version in force on asOf decides; before 2013 is an error on asOf")
    func versionByDate() throws {
        let facts = ToyQuestion.Facts(consent: false, risk: true)
        #expect(try ToyQuestion.decision(for: facts, asOf: CivilDate(2019, 12, 31)).ruleSet == "toy@2013-01-01")
        #expect(try ToyQuestion.verdict(for: facts, asOf: CivilDate(2019, 12, 31)).values.section == "SEL § 125")
        #expect(try ToyQuestion.verdict(for: facts, asOf: CivilDate(2020, 1, 1)).values.section == "SEL § 126")
        #expect(throws: PolicyError(code: .noRuleSet, field: "asOf", message: "")) {
            try ToyQuestion.verdict(for: facts, asOf: CivilDate(2012, 12, 31))
        }
        #expect(throws: PolicyError(code: .noRuleSet, field: "asOf", message: "")) {
            try ToyQuestion.decision(for: facts, asOf: CivilDate(2012, 12, 31))
        }
    }

    @Test("a host's sink receives every decision the evaluator makes, verdicts included")
    func sinkReceivesDecisions() throws {
        let log = AuditLog()
        let evaluator = PolicyEvaluator(sink: log)
        let facts = ToyQuestion.Facts(consent: false, risk: true)
        _ = try evaluator.decision(ToyQuestion.self, for: facts, asOf: CivilDate(2024, 1, 1), id: "a")
        let verdict = try evaluator.verdict(ToyQuestion.self, for: facts, asOf: CivilDate(2024, 1, 2))
        #expect(verdict.outcome == .permitted)
        let received = log.received.withLock { $0 }
        #expect(received.map(\.asOf) == [CivilDate(2024, 1, 1), CivilDate(2024, 1, 2)])
        #expect(received.first?.id == "a")
        // Without a sink nothing is built or sent.
        #expect(try PolicyEvaluator().verdict(ToyQuestion.self, for: facts, asOf: CivilDate(2024, 1, 1)).outcome == .permitted)
    }

    @Test("the trace recorder keeps citations and missing facts once each, in first-mention order")
    func traceRecorderDeduplicates() {
        var trace = TraceRecorder()
        trace.missing("a")
        trace.missing("b")
        trace.missing("a")
        trace.cite(Citation(.sel, "1"))
        trace.test(Citation(.sel, "1"), holds: nil, LocalizedText(da: "d", en: "e"))
        trace.test(Citation(.sel, "2"), holds: false, LocalizedText(da: "d", en: "e"))
        #expect(trace.missingFacts == ["a", "b"])
        #expect(trace.citations.map(\.description) == ["SEL § 1", "SEL § 2"])
        #expect(trace.steps.count == 2)
    }

    @Test("texts come in Danish and English")
    func localizedText() {
        let text = LocalizedText(da: "ja", en: "yes")
        #expect(text.text(in: .danish) == "ja")
        #expect(text.text(in: .english) == "yes")
        #expect(Language(rawValue: "da") == .danish && Language(rawValue: "en") == .english)
    }
}
