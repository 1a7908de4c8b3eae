import SocialPolicyCore

/// A scenario: one question about one case, as the contract's JSON carries it.
///
/// `Scenario` is `Codable` in the contract's form: a host can decode one from its own JSON
/// with Foundation's `JSONDecoder` and gets the same `PolicyError` for bad input as
/// `init(json:)` gives (a `JSONDecoder` reads `2.0` as the integer 2, which the library's
/// own parser rejects for an integer fact; it is the one difference).
///
/// A host whose own code has a type named `Scenario` writes ours as `SocialPolicyKit.Scenario`.
public struct Scenario: Sendable, Hashable {
    /// The scenario's id, echoed in the decision.
    public var id: String?
    /// The question id.
    public var question: String
    /// The date whose law applies.
    public var asOf: CivilDate
    /// The municipality's code, if any.
    public var municipality: String?
    /// The language for human-readable output.
    public var language: Language
    /// The facts, unchecked (a `FactBag` checks them against the question).
    public var facts: [String: FactValue]
    /// What the decision must show, for `policy-check test`.
    public var expect: ScenarioExpectation?
    /// The contract version the scenario is written against (`"1"`, `"1.1"`), if it names one.
    /// A version this build does not know is rejected (`SocialPolicyEngine.contractVersions`).
    public var contract: String?

    /// Creates a scenario.
    public init(
        id: String? = nil, question: String, asOf: CivilDate, municipality: String? = nil,
        language: Language = .danish, facts: [String: FactValue], expect: ScenarioExpectation? = nil,
        contract: String? = nil
    ) {
        self.id = id
        self.question = question
        self.asOf = asOf
        self.municipality = municipality
        self.language = language
        self.facts = facts
        self.expect = expect
        self.contract = contract
    }

    /// Reads the `id` of a JSON scenario, if it has one, even when the rest is bad input.
    public static func id(in json: JSONValue) -> String? {
        if case .string(let id)? = json["id"] { return id }
        return nil
    }

    /// Parses a scenario from JSON bytes.
    public init(json bytes: [UInt8]) throws(PolicyError) {
        try self.init(json: try JSONParser.parse(bytes))
    }

    /// Reads a scenario from a parsed JSON value.
    ///
    /// Unknown top-level fields are ignored (the contract allows additions); unknown facts are not.
    public init(json: JSONValue) throws(PolicyError) {
        guard case .object = json else {
            throw PolicyError(code: .wrongType, field: "scenario", message: "expected a JSON object, got \(json.typeName)")
        }
        func string(_ key: String, required: Bool) throws(PolicyError) -> String? {
            switch json[key] {
            case nil, .null?:
                if required { throw PolicyError(code: .missingField, field: key, message: "required field is missing") }
                return nil
            case .string(let text)?: return text
            case let other?:
                throw PolicyError(code: .wrongType, field: key, message: "expected a string, got \(other.typeName)")
            }
        }
        self.id = try string("id", required: false)
        self.question = try string("question", required: true) ?? ""
        let asOfText = try string("asOf", required: true) ?? ""
        guard let asOf = CivilDate(parsing: asOfText) else {
            throw PolicyError(
                code: .invalidDate, field: "asOf", message: "\"\(asOfText.prefix(40))\" is not a valid date; expected YYYY-MM-DD")
        }
        self.asOf = asOf
        self.municipality = try string("municipality", required: false)
        switch try string("language", required: false) {
        case nil: self.language = .danish
        case let code?:
            guard let language = Language(tag: code) else {
                throw PolicyError(
                    code: .unknownValue, field: "language", message: "expected da or en (or a BCP-47 tag such as da-DK or en-GB)")
            }
            self.language = language
        }
        self.contract = try string("contract", required: false)
        if let contract, !SocialPolicyEngine.contractVersions.contains(contract) {
            throw PolicyError(
                code: .unknownValue, field: "contract",
                message: "contract version \"\(contract.prefix(20))\" is not one this build reads (\(SocialPolicyEngine.contractVersions.joined(separator: ", ")))")
        }
        switch json["facts"] {
        case nil, .null?:
            throw PolicyError(code: .missingField, field: "facts", message: "required field is missing (an object, possibly empty)")
        case .object(let members)?:
            var facts: [String: FactValue] = [:]
            facts.reserveCapacity(members.count)
            for (name, value) in members {
                if let fact = try Scenario.factValue(value, field: "facts.\(name)") { facts[name] = fact }
            }
            self.facts = facts
        case let other?:
            throw PolicyError(code: .wrongType, field: "facts", message: "expected an object, got \(other.typeName)")
        }
        switch json["expect"] {
        case nil, .null?: self.expect = nil
        case let value?: self.expect = try ScenarioExpectation(json: value)
        }
    }

    static func factValue(_ value: JSONValue, field: String) throws(PolicyError) -> FactValue? {
        switch value {
        case .null: return nil
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .number(let number): return .number(number)
        case .string(let text): return .string(text)
        case .object: return .object
        case .array(let items):
            var values: [FactValue] = []
            for (index, item) in items.enumerated() {
                guard let converted = try factValue(item, field: "\(field)[\(index)]") else {
                    throw PolicyError(code: .wrongType, field: "\(field)[\(index)]", message: "null is not allowed in an array")
                }
                values.append(converted)
            }
            return .array(values)
        }
    }
}

/// What a scenario's decision must show, as `policy-check test` checks it.
public struct ScenarioExpectation: Sendable, Hashable {
    /// The outcome, if given.
    public var outcome: String?
    /// Values that must be present and equal.
    public var values: [(key: String, value: JSONValue)]
    /// Obligation codes that must be present.
    public var obligations: [String]
    /// Obligation codes that must be absent.
    public var absentObligations: [String]
    /// Facts that must be listed as missing.
    public var missingFacts: [String]
    /// Citations that must match one of the decision's.
    public var citations: [String]
    /// Text the bad-input error must contain.
    public var error: String?

    /// Creates an expectation.
    public init(
        outcome: String? = nil, values: [(key: String, value: JSONValue)] = [], obligations: [String] = [],
        absentObligations: [String] = [], missingFacts: [String] = [], citations: [String] = [], error: String? = nil
    ) {
        self.outcome = outcome
        self.values = values
        self.obligations = obligations
        self.absentObligations = absentObligations
        self.missingFacts = missingFacts
        self.citations = citations
        self.error = error
    }

    /// Whether two expectations ask for the same things (the expected values as JSON values,
    /// their keys in any order).
    public static func == (lhs: ScenarioExpectation, rhs: ScenarioExpectation) -> Bool {
        lhs.outcome == rhs.outcome && lhs.obligations == rhs.obligations && lhs.absentObligations == rhs.absentObligations
            && lhs.missingFacts == rhs.missingFacts && lhs.citations == rhs.citations && lhs.error == rhs.error
            && JSONValue.object(lhs.values).isEquivalent(to: .object(rhs.values))
    }

    /// Hashes the same parts that equality compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(outcome)
        hasher.combine(values.map(\.key).sorted())
        hasher.combine(obligations)
        hasher.combine(absentObligations)
        hasher.combine(missingFacts)
        hasher.combine(citations)
        hasher.combine(error)
    }

    /// Reads an expectation from JSON.
    public init(json: JSONValue) throws(PolicyError) {
        guard case .object = json else {
            throw PolicyError(code: .wrongType, field: "expect", message: "expected an object")
        }
        func strings(_ key: String) throws(PolicyError) -> [String] {
            switch json[key] {
            case nil, .null?: return []
            case .array(let items)?:
                var result: [String] = []
                for item in items {
                    guard case .string(let text) = item else {
                        throw PolicyError(code: .wrongType, field: "expect.\(key)", message: "expected an array of strings")
                    }
                    result.append(text)
                }
                return result
            default: throw PolicyError(code: .wrongType, field: "expect.\(key)", message: "expected an array of strings")
            }
        }
        func string(_ key: String) throws(PolicyError) -> String? {
            switch json[key] {
            case nil, .null?: return nil
            case .string(let text)?: return text
            default: throw PolicyError(code: .wrongType, field: "expect.\(key)", message: "expected a string")
            }
        }
        self.outcome = try string("outcome")
        self.error = try string("error")
        switch json["values"] {
        case nil, .null?: self.values = []
        case .object(let members)?: self.values = members
        default: throw PolicyError(code: .wrongType, field: "expect.values", message: "expected an object")
        }
        self.obligations = try strings("obligations")
        self.absentObligations = try strings("absentObligations")
        self.missingFacts = try strings("missingFacts")
        self.citations = try strings("citations")
    }

    /// What differs between this expectation and `decision`; empty when it holds.
    public func mismatches(_ decision: Decision) -> [String] {
        var problems: [String] = []
        if let error { problems.append("expected bad input with error containing \"\(error)\", got outcome \(decision.outcome.rawValue)") }
        if let outcome, outcome != decision.outcome.rawValue {
            problems.append("outcome: expected \(outcome), got \(decision.outcome.rawValue)")
        }
        for (key, expected) in values {
            guard let actual = decision.value(key) else {
                problems.append("values.\(key): expected \(expected.serialized), absent")
                continue
            }
            if !ScenarioExpectation.matches(expected, actual) {
                problems.append("values.\(key): expected \(expected.serialized), got \(DecisionJSON.json(actual).serialized)")
            }
        }
        for code in obligations where !decision.hasObligation(ObligationCode(code)) {
            problems.append("obligations: expected \(code), absent")
        }
        for code in absentObligations where decision.hasObligation(ObligationCode(code)) {
            problems.append("absentObligations: \(code) is present")
        }
        for fact in missingFacts where !decision.missingFacts.contains(fact) {
            problems.append("missingFacts: expected \(fact), got [\(decision.missingFacts.joined(separator: ", "))]")
        }
        for citation in citations where !decision.citations.contains(where: { $0.matches(citation) }) {
            problems.append("citations: expected \(citation), got [\(decision.citations.map(\.description).joined(separator: "; "))]")
        }
        return problems
    }

    /// What differs when the scenario was rejected as bad input with `error`.
    public func mismatches(error: PolicyError) -> [String] {
        guard let expected = self.error else { return ["bad input: \(error)"] }
        let text = error.description
        return text.contains(expected) ? [] : ["error: expected text containing \"\(expected)\", got \"\(text)\""]
    }

    /// The contract's equality: numbers by value, arrays in order, objects by listed keys.
    static func matches(_ expected: JSONValue, _ actual: DecisionValue) -> Bool {
        switch (expected, actual) {
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.int(let a), .number(let b)): return Double(a) == b
        case (.number(let a), .int(let b)): return a == Double(b)
        case (.number(let a), .number(let b)): return a == b || abs(a - b) < 1e-9
        case (.string(let a), .string(let b)): return a == b
        case (.string(let a), .date(let b)): return a == b.description
        case (.string(let a), .text(let b)): return a == b.da || a == b.en
        case (.object, .text(let b)):
            return matches(expected, .object([NamedValue("da", .string(b.da)), NamedValue("en", .string(b.en))]))
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { matches($0, $1) }
        case (.object(let members), .object(let fields)):
            return members.allSatisfy { member in
                guard let field = fields.first(where: { $0.key == member.key }) else { return false }
                return matches(member.value, field.value)
            }
        default: return false
        }
    }
}
