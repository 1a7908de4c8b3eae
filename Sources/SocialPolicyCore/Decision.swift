/// A value in a decision's `values`: what the contract's JSON can hold.
public indirect enum DecisionValue: Sendable, Hashable {
    /// A boolean.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A number with a fraction (hours, for example).
    case number(Double)
    /// A string: an enum value, a section, a code.
    case string(String)
    /// A date, written `YYYY-MM-DD`.
    case date(CivilDate)
    /// A text in both languages, written `{"da": …, "en": …}`.
    case text(LocalizedText)
    /// An array.
    case array([DecisionValue])
    /// An object with its keys in order.
    case object([NamedValue])
}

/// A key and its value, in a decision's `values` or an object value.
public struct NamedValue: Sendable, Hashable {
    /// The key (camelCase, as in the contract).
    public let key: String
    /// The value.
    public let value: DecisionValue

    /// Creates a named value.
    public init(_ key: String, _ value: DecisionValue) {
        self.key = key
        self.value = value
    }
}

/// A question's typed values, which know how to show themselves as the contract's `values`.
///
/// Values are plain structs of optionals, enums and dates so that the hot path does not
/// allocate; ``fields`` is called only when a ``Decision`` is built.
public protocol DecisionValues: Sendable {
    /// Empty values (every value absent).
    init()
    /// The values as the contract names them, in a stable order; absent values are left out.
    var fields: [NamedValue] { get }
}

/// Values for questions that have none.
public struct NoValues: DecisionValues, Hashable {
    /// Creates empty values.
    public init() {}
    /// The values as the contract names them, in order; built only when a decision is explained.
    public var fields: [NamedValue] { [] }
}

/// Helpers to build ``DecisionValues/fields`` from optionals (for the package's own questions).
extension Array where Element == NamedValue {
    /// Appends `key` when `value` is present.
    @inlinable package mutating func add(_ key: String, _ value: Bool?) { if let value { reserveForFields(); append(NamedValue(key, .bool(value))) } }
    /// Appends `key` when `value` is present.
    @inlinable package mutating func add(_ key: String, _ value: Int?) { if let value { reserveForFields(); append(NamedValue(key, .int(value))) } }
    /// Appends `key` when `value` is present.
    @inlinable package mutating func add(_ key: String, _ value: Double?) { if let value { reserveForFields(); append(NamedValue(key, .number(value))) } }
    /// Appends `key` when `value` is present.
    @inlinable package mutating func add(_ key: String, _ value: String?) { if let value { reserveForFields(); append(NamedValue(key, .string(value))) } }
    /// Appends `key` when `value` is present.
    @inlinable package mutating func add(_ key: String, _ value: CivilDate?) { if let value { reserveForFields(); append(NamedValue(key, .date(value))) } }
    /// Appends `key` when `value` is present.
    package mutating func add<E: RawRepresentable>(_ key: String, _ value: E?) where E.RawValue == String {
        if let value {
            reserveForFields()
            append(NamedValue(key, .string(value.rawValue)))
        }
    }

    /// Reserves room for a question's values on the first one: one allocation, not one per doubling.
    @usableFromInline mutating func reserveForFields() { if isEmpty { reserveCapacity(12) } }
    /// Appends `key` when `value` is present.
    @inlinable package mutating func add(_ key: String, _ value: LocalizedText?) { if let value { reserveForFields(); append(NamedValue(key, .text(value))) } }
}

/// A duty that follows from a decision: report, inform, offer, review…
public struct Obligation: Sendable, Hashable {
    /// The stable code (`report-intervention`).
    public let code: ObligationCode
    /// The provision that sets the duty.
    public let citation: Citation
    /// When it must be met, where the law sets a date.
    public let due: CivilDate?
    /// What must be done, in Danish and English.
    public let text: LocalizedText

    /// Creates an obligation.
    public init(code: ObligationCode, citation: Citation, due: CivilDate?, text: LocalizedText) {
        self.code = code
        self.citation = citation
        self.due = due
        self.text = text
    }
}

/// One rule that was tested, for the explanation a caseworker reads.
public struct ExplanationStep: Sendable, Hashable {
    /// The provision.
    public let citation: Citation
    /// Whether it held; `nil` when a fact it needs is unknown.
    public let holds: Bool?
    /// What the rule says, in Danish and English.
    public let text: LocalizedText

    /// Creates a step.
    public init(citation: Citation, holds: Bool?, text: LocalizedText) {
        self.citation = citation
        self.holds = holds
        self.text = text
    }
}

/// A complete, explained answer to a question: what the contract's decision JSON carries.
///
/// Two decisions for the same question, rule set, municipality and facts, made by the same
/// build, are equal.
///
/// `Decision` is `Codable` in the contract's JSON form (see `Documentation/Contract.md`); a host
/// can put one straight into its own REST response with Foundation's `JSONEncoder`:
///
/// ```swift
/// let body = try JSONEncoder().encode(decision)   // {"question": …, "outcome": …, …}
/// ```
///
/// A host whose own code has a type named `Decision` writes ours as `SocialPolicyKit.Decision`
/// (its own declaration shadows the imported one).
public struct Decision: Sendable, Hashable {
    /// The scenario's id (the host's case id), echoed.
    public var id: String?
    /// The question id, e.g. `coercion.intervention`.
    public let question: String
    /// The date whose law applied.
    public let asOf: CivilDate
    /// The code of the municipality whose policy applied (`kobenhavn`), or `nil` for national
    /// law only.
    public let municipality: String?
    /// The rule set version that decided: `<id>@<date it took effect>`.
    public let ruleSet: String
    /// The version of the library that decided (``SocialPolicyEngine/version``; JSON `engine`).
    public let engine: String
    /// The version of the JSON contract the decision is written in
    /// (``SocialPolicyEngine/contractVersion``; JSON `contract`).
    public let contract: String
    /// The outcome.
    public let outcome: Outcome
    /// The question's values, in order.
    public let values: [NamedValue]
    /// The obligations that follow.
    public let obligations: [Obligation]
    /// For `undetermined`: the unknown facts that could change the outcome, most decisive first.
    public let missingFacts: [String]
    /// Every source the outcome rests on.
    public let citations: [Citation]
    /// The rules tested, in order.
    public let explanation: [ExplanationStep]
    /// For each citation, the instrument in force on ``asOf`` that held the provision (for
    /// example `LBK nr. 1129 af 22/09/2025`), with its ELI address.
    public let legalBasis: [LegalBasis]

    /// Creates a decision.
    ///
    /// `engine` and `contract` default to this build's versions; a decision read back from
    /// JSON keeps the versions it was written with.
    public init(
        id: String?, question: String, asOf: CivilDate, municipality: String? = nil, ruleSet: String,
        outcome: Outcome, values: [NamedValue], obligations: [Obligation], missingFacts: [String],
        citations: [Citation], explanation: [ExplanationStep], legalBasis: [LegalBasis] = [],
        engine: String = SocialPolicyEngine.version, contract: String = SocialPolicyEngine.contractVersion
    ) {
        self.id = id
        self.question = question
        self.asOf = asOf
        self.municipality = municipality
        self.ruleSet = ruleSet
        self.engine = engine
        self.contract = contract
        self.outcome = outcome
        self.values = values
        self.obligations = obligations
        self.missingFacts = missingFacts
        self.citations = citations
        self.explanation = explanation
        self.legalBasis = legalBasis
    }

    /// The instruments of ``legalBasis``, each once, in first-cited order (what a person reads
    /// once per decision).
    public var instruments: [LegalInstrument] {
        var seen: [LegalInstrument] = []
        for entry in legalBasis {
            for instrument in [entry.instrument].compactMap({ $0 }) + entry.amendedBy where !seen.contains(instrument) {
                seen.append(instrument)
            }
        }
        return seen
    }

    /// The value named `key`, if present.
    public func value(_ key: String) -> DecisionValue? {
        values.first { $0.key == key }?.value
    }

    /// Whether an obligation with `code` is present.
    public func hasObligation(_ code: ObligationCode) -> Bool {
        obligations.contains { $0.code == code }
    }
}
