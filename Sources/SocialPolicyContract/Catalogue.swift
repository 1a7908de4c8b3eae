import SocialPolicyCore

/// A question of any type, for the JSON path: knows its facts and turns validated facts into
/// a `Decision`.
public struct AnyPolicyQuestion: Sendable {
    /// The question id.
    public let id: String
    /// What it asks.
    public let title: LocalizedText
    /// Its facts.
    public let factSpecs: [FactSpec]
    /// Its rule sets.
    public let ruleSets: RuleSetCatalogue
    /// The values it can produce.
    public let valueSpecs: [ValueSpec]
    /// The obligation codes it can produce.
    public let obligationSpecs: [ObligationSpec]
    private let decide: @Sendable (FactBag, CivilDate, (any MunicipalPolicy)?, String?) throws(PolicyError) -> Decision
    private let summarize: @Sendable (FactBag, CivilDate, (any MunicipalPolicy)?, String?) throws(PolicyError) -> Decision
    private let prepareBatch: @Sendable ([FactCase]) -> PreparedBatch
    /// The fact specs by name, built once.
    package let factSpecIndex: FactSpecIndex
    private let compare: @Sendable (FactBag, CivilDate, (any MunicipalPolicy)?) throws(PolicyError) -> VerdictAndDecision

    /// Wraps `question`.
    public init<Q: PolicyQuestion>(_ question: Q.Type) {
        self.id = Q.id
        self.title = Q.title
        self.factSpecs = Q.factSpecs
        self.factSpecIndex = FactSpecIndex(Q.factSpecs)
        self.ruleSets = Q.ruleSets
        self.valueSpecs = Q.valueSpecs
        self.obligationSpecs = Q.obligationSpecs
        self.decide = { (bag, asOf, municipality, id) throws(PolicyError) in
            try Q.decision(for: try Q.facts(from: bag), asOf: asOf, municipality: municipality, id: id)
        }
        self.summarize = { (bag, asOf, municipality, id) throws(PolicyError) in
            try Q.summary(for: try Q.facts(from: bag), asOf: asOf, municipality: municipality, id: id)
        }
        // The closures below are created here, in the generic initialiser, so that the
        // compiler specialises them for `Q`: the batch loops call `Q.verdict` directly, with no
        // dynamic dispatch or boxing per case.
        self.prepareBatch = { cases in
            var typed: [(facts: Q.Facts, asOf: CivilDate, municipality: (any MunicipalPolicy)?)] = []
            typed.reserveCapacity(cases.count)
            var rejected: [PolicyError] = []
            for item in cases {
                do throws(PolicyError) {
                    typed.append((try Q.facts(from: item.facts), item.asOf, item.municipality))
                } catch {
                    rejected.append(error)
                }
            }
            let items = typed
            return PreparedBatch(
                count: items.count, rejected: rejected,
                verdicts: {
                    var tally = BatchTally()
                    for item in items {
                        do {
                            let verdict = try Q.verdict(for: item.facts, asOf: item.asOf, municipality: item.municipality)
                            tally.add(verdict.outcome, obligations: verdict.obligations.count)
                        } catch {
                            tally.errors += 1
                        }
                    }
                    return tally
                },
                decisions: {
                    var tally = BatchTally()
                    for item in items {
                        do {
                            let decision = try Q.decision(for: item.facts, asOf: item.asOf, municipality: item.municipality)
                            tally.add(decision.outcome, obligations: decision.obligations.count)
                        } catch {
                            tally.errors += 1
                        }
                    }
                    return tally
                })
        }
        self.compare = { (bag, asOf, municipality) throws(PolicyError) in
            let facts = try Q.facts(from: bag)
            let verdict = try Q.verdict(for: facts, asOf: asOf, municipality: municipality)
            let decision = try Q.decision(for: facts, asOf: asOf, municipality: municipality)
            return VerdictAndDecision(
                outcome: verdict.outcome, obligations: verdict.obligations,
                firstMissingFact: verdict.firstMissingFact, decision: decision)
        }
    }

    /// The explained decision for validated facts.
    public func decision(
        facts: FactBag, asOf: CivilDate, municipality: (any MunicipalPolicy)?, id: String?
    ) throws(PolicyError) -> Decision {
        try decide(facts, asOf, municipality, id)
    }

    /// The decision without its explanation (no text is built): outcome, values, obligations
    /// without texts, missing facts — for `policy-check serve --no-explain`.
    package func summary(
        facts: FactBag, asOf: CivilDate, municipality: (any MunicipalPolicy)?, id: String?
    ) throws(PolicyError) -> Decision {
        try summarize(facts, asOf, municipality, id)
    }
}

extension AnyPolicyQuestion {
    /// Reads the typed facts of every case once, ahead of time, so that a benchmark (or a
    /// host evaluating many cases) can then time evaluation alone.
    ///
    /// Cases whose facts the question rejects (`PolicyQuestion.facts(from:)` throws) are left
    /// out of the batch and returned in ``PreparedBatch/rejected``.
    package func prepare(_ cases: [FactCase]) -> PreparedBatch { prepareBatch(cases) }

    /// Evaluates one case both ways — the fast verdict (`NoRecorder`) and the explained
    /// decision (`TraceRecorder`) — from the same typed facts, so that a test or a fuzzer can
    /// check that they agree.
    ///
    /// - Throws: `PolicyError` when the question rejects the facts or the date.
    package func verdictAndDecision(
        facts: FactBag, asOf: CivilDate, municipality: (any MunicipalPolicy)? = nil
    ) throws(PolicyError) -> VerdictAndDecision {
        try compare(facts, asOf, municipality)
    }
}

/// One case for ``AnyPolicyQuestion/prepare(_:)``: validated facts, the date and the
/// municipality.
package struct FactCase: Sendable {
    /// The facts, validated against the question's `FactSpec` list.
    package var facts: FactBag
    /// The date whose law applies.
    package var asOf: CivilDate
    /// The municipality, or `nil` for national law only.
    package var municipality: (any MunicipalPolicy)?

    /// Creates a case.
    package init(facts: FactBag, asOf: CivilDate, municipality: (any MunicipalPolicy)? = nil) {
        self.facts = facts
        self.asOf = asOf
        self.municipality = municipality
    }
}

/// What the cases of a batch came to: counts per outcome, obligations and errors.
///
/// Plain integers, so that counting does not allocate on the verdict path.
package struct BatchTally: Sendable, Hashable {
    /// Cases answered `permitted`.
    package var permitted = 0
    /// Cases answered `denied`.
    package var denied = 0
    /// Cases answered `undetermined`.
    package var undetermined = 0
    /// Cases answered `not-applicable`.
    package var notApplicable = 0
    /// Cases answered `determined`.
    package var determined = 0
    /// The obligations of all cases together.
    package var obligations = 0
    /// Cases the question rejected at evaluation (for example a date before 2013-01-01).
    package var errors = 0

    /// An empty tally.
    package init() {}

    /// Counts one answer.
    package mutating func add(_ outcome: Outcome, obligations count: Int) {
        switch outcome {
        case .permitted: permitted += 1
        case .denied: denied += 1
        case .undetermined: undetermined += 1
        case .notApplicable: notApplicable += 1
        case .determined: determined += 1
        }
        obligations += count
    }

    /// The number of cases answered.
    package var answered: Int { permitted + denied + undetermined + notApplicable + determined }
}

/// Typed facts decoded ahead of time for one question, ready to be evaluated many times.
///
/// Made by ``AnyPolicyQuestion/prepare(_:)``. ``runVerdicts()`` is the hot path (no
/// explanation); ``runDecisions()`` builds every explanation.
package struct PreparedBatch: Sendable {
    /// The number of cases in the batch.
    package let count: Int
    /// Why the left-out cases were rejected, one error per case.
    package let rejected: [PolicyError]
    private let verdicts: @Sendable () -> BatchTally
    private let decisions: @Sendable () -> BatchTally

    init(
        count: Int, rejected: [PolicyError], verdicts: @escaping @Sendable () -> BatchTally,
        decisions: @escaping @Sendable () -> BatchTally
    ) {
        self.count = count
        self.rejected = rejected
        self.verdicts = verdicts
        self.decisions = decisions
    }

    /// Evaluates every case as a `Verdict` (`NoRecorder`: no text, no explanation).
    package func runVerdicts() -> BatchTally { verdicts() }

    /// Evaluates every case as an explained `Decision`.
    package func runDecisions() -> BatchTally { decisions() }
}

/// The fast verdict and the explained decision of one case, for consistency checks.
package struct VerdictAndDecision: Sendable {
    /// The verdict's outcome.
    package let outcome: Outcome
    /// The verdict's obligations.
    package let obligations: ObligationList
    /// The verdict's most decisive missing fact.
    package let firstMissingFact: String?
    /// The explained decision for the same facts.
    package let decision: Decision

    /// What differs between the verdict and the decision; empty when they agree on the
    /// outcome, the obligations (codes and due dates, in order) and the first missing fact.
    package var disagreements: [String] {
        var problems: [String] = []
        if outcome != decision.outcome {
            problems.append("outcome: verdict \(outcome.rawValue), decision \(decision.outcome.rawValue)")
        }
        if obligations.overflowed { problems.append("obligations: more than \(ObligationList.capacity)") }
        let verdictCodes = obligations.map { "\($0.code)@\($0.due.map(\.description) ?? "-")" }
        let decisionCodes = decision.obligations.map { "\($0.code)@\($0.due.map(\.description) ?? "-")" }
        if verdictCodes != decisionCodes {
            problems.append("obligations: verdict \(verdictCodes), decision \(decisionCodes)")
        }
        if firstMissingFact != decision.missingFacts.first {
            problems.append(
                "missing facts: verdict first \(firstMissingFact ?? "none"), decision \(decision.missingFacts)")
        }
        return problems
    }
}

/// The questions and municipalities a JSON host or the CLI can name.
public struct PolicyCatalogue: Sendable {
    /// The questions, in catalogue order.
    public let questions: [AnyPolicyQuestion]
    /// The municipalities by their contract code.
    public let municipalities: [String: any MunicipalPolicy]

    /// Creates a catalogue.
    public init(questions: [AnyPolicyQuestion], municipalities: [any MunicipalPolicy]) {
        self.questions = questions
        var byID: [String: any MunicipalPolicy] = [:]
        for municipality in municipalities { byID[municipality.id] = municipality }
        self.municipalities = byID
    }

    /// The question with `id`.
    public func question(_ id: String) -> AnyPolicyQuestion? { questions.first { $0.id == id } }

    /// Decodes a scenario and evaluates it; with a `sink`, the decision and the scenario's facts
    /// are also sent to it.
    ///
    /// - Throws: `PolicyError` for any bad input, naming the field.
    public func evaluate(_ scenario: Scenario, sink: (any DecisionSink)? = nil) throws(PolicyError) -> Decision {
        let (question, bag, municipality) = try prepare(scenario)
        let decision = try question.decision(facts: bag, asOf: scenario.asOf, municipality: municipality, id: scenario.id)
        sink?.receive(DecisionRecord(decision: decision, facts: .contract(scenario.facts)))
        return decision
    }

    /// The answer to a scenario without its explanation (`policy-check serve --no-explain`).
    package func summary(_ scenario: Scenario) throws(PolicyError) -> Decision {
        let (question, bag, municipality) = try prepare(scenario)
        return try question.summary(facts: bag, asOf: scenario.asOf, municipality: municipality, id: scenario.id)
    }

    /// The question, the validated facts and the municipality of a scenario.
    private func prepare(_ scenario: Scenario) throws(PolicyError) -> (AnyPolicyQuestion, FactBag, (any MunicipalPolicy)?) {
        guard let question = question(scenario.question) else {
            throw PolicyError(
                code: .unknownQuestion, field: "question",
                message: "unknown question \"\(scenario.question.prefix(60))\"; see `policy-check questions`")
        }
        var municipality: (any MunicipalPolicy)? = nil
        if let code = scenario.municipality {
            guard let found = municipalities[code] else {
                throw PolicyError(
                    code: .unknownMunicipality, field: "municipality",
                    message: "unknown municipality \"\(code.prefix(40))\"; expected one of: \(municipalities.keys.sorted().joined(separator: ", "))")
            }
            municipality = found
        }
        let bag = try FactBag(scenario.facts, index: question.factSpecIndex)
        return (question, bag, municipality)
    }

    /// Parses and evaluates one scenario document.
    public func evaluate(json bytes: [UInt8]) throws(PolicyError) -> Decision {
        try evaluate(try Scenario(json: bytes))
    }
}
