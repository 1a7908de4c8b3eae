import PolicyCore

/// A question of any type, for the JSON path: knows its facts and turns validated facts into
/// a ``Decision``.
public struct AnyPolicyQuestion: Sendable {
    /// The question id.
    public let id: String
    /// What it asks.
    public let title: LocalizedText
    /// Its facts.
    public let factSpecs: [FactSpec]
    /// Its rule sets.
    public let ruleSets: RuleSetCatalogue
    private let decide: @Sendable (FactBag, CivilDate, (any MunicipalPolicy)?, String?) throws(PolicyError) -> Decision

    /// Wraps `question`.
    public init<Q: PolicyQuestion>(_ question: Q.Type) {
        self.id = Q.id
        self.title = Q.title
        self.factSpecs = Q.factSpecs
        self.ruleSets = Q.ruleSets
        self.decide = { (bag, asOf, municipality, id) throws(PolicyError) in
            try Q.decision(for: try Q.facts(from: bag), asOf: asOf, municipality: municipality, id: id)
        }
    }

    /// The explained decision for validated facts.
    public func decision(
        facts: FactBag, asOf: CivilDate, municipality: (any MunicipalPolicy)?, id: String?
    ) throws(PolicyError) -> Decision {
        try decide(facts, asOf, municipality, id)
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

    /// Decodes a scenario and evaluates it.
    ///
    /// - Throws: ``PolicyError`` for any bad input, naming the field.
    public func evaluate(_ scenario: Scenario) throws(PolicyError) -> Decision {
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
        let bag = try FactBag(scenario.facts, specs: question.factSpecs)
        return try question.decision(facts: bag, asOf: scenario.asOf, municipality: municipality, id: scenario.id)
    }

    /// Parses and evaluates one scenario document.
    public func evaluate(json bytes: [UInt8]) throws(PolicyError) -> Decision {
        try evaluate(try Scenario(json: bytes))
    }
}
