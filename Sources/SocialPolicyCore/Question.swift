/// A municipality's policy, as a host supplies it.
///
/// Each rule area refines this protocol with what it needs from a municipality (local
/// complaint bodies, stricter confidentiality rules, an influence frame…), always with a
/// default implementation meaning "no local rule". The bundled profiles (København, Gentofte,
/// Helsingør) adopt all of them; a host writes its own for its municipality.
///
/// ## Implementation requirements
/// - Be a value type or otherwise immutable and `Sendable`: decisions may be evaluated on any
///   thread, concurrently.
/// - ``id`` is a stable lowercase ASCII code (the contract's `municipality` field, e.g.
///   `kobenhavn`), unique among the profiles a host uses.
/// - A local policy may only add restrictions or duties to national law, never lift one.
///   The library applies local rules after the national ones to guarantee this; a profile
///   must not try to work around it.
/// - Every local rule has a validity period; outside it the rule does not apply.
/// - Keep the conforming type within three machine words (for example `id` and `name` as
///   computed properties returning literals), or make it a class. Rules cast the context's
///   `any MunicipalPolicy` to their area's protocol (`as? any CoercionLocalPolicy`); for a
///   larger struct that cast copies the value into a new heap box, so every verdict with a
///   municipality would allocate.
public protocol MunicipalPolicy: Sendable {
    /// The contract's code for the municipality, e.g. `kobenhavn`.
    var id: String { get }
    /// The municipality's name, e.g. `Københavns Kommune`.
    var name: String { get }
    /// The municipality's own policy documents, as instruments: a decision's
    /// ``Decision/legalBasis`` names the one that holds a cited local rule (`KK-KS 7.1`).
    /// Each one's ``LegalInstrument/contains`` is the source code its rules cite.
    var documents: [LegalInstrument] { get }
}

extension MunicipalPolicy {
    /// No documents of its own.
    public var documents: [LegalInstrument] { [] }
}

/// What an evaluation knows besides the facts: the date, the rule set in force on it, and
/// the municipality whose policy applies (if any).
public struct EvaluationContext: Sendable {
    /// The date whose law and policy apply.
    public let asOf: CivilDate
    /// The rule set version in force on ``asOf``.
    public let ruleSet: RuleSetVersion
    /// The municipality's policy, or `nil` for national law only.
    public let municipality: (any MunicipalPolicy)?

    /// Creates a context.
    @inlinable public init(asOf: CivilDate, ruleSet: RuleSetVersion, municipality: (any MunicipalPolicy)?) {
        self.asOf = asOf
        self.ruleSet = ruleSet
        self.municipality = municipality
    }
}

/// A question the library answers, such as `coercion.intervention`.
///
/// A question declares its facts (``factSpecs``), the versions of its law (``ruleSets``), how
/// to read its facts from a ``FactBag`` (for JSON), and its rules (``evaluate(_:into:)``),
/// written once against ``Evaluation`` so that the same code gives the fast ``Verdict`` and the
/// explained ``Decision``.
///
/// ## Implementation requirements
/// - ``evaluate(_:into:)`` is pure: it reads only its arguments (no clock, no I/O, no globals
///   that change), never traps, and with ``NoRecorder`` does not allocate.
/// - Fail closed: set ``Outcome/permitted`` only when every condition is established as true.
/// - Cite every rule tested; record unknown facts most decisive first.
public protocol PolicyQuestion: Sendable {
    /// The facts of a case, typed.
    associatedtype Facts: Sendable
    /// The question's values.
    associatedtype Values: DecisionValues

    /// The contract's question id, e.g. `calendar.deadline`.
    static var id: String { get }
    /// What the question asks, in Danish and English.
    static var title: LocalizedText { get }
    /// The facts the question reads.
    static var factSpecs: [FactSpec] { get }
    /// The values it can produce, for the machine-readable catalogue and the schema.
    static var valueSpecs: [ValueSpec] { get }
    /// The obligation codes it can produce.
    static var obligationSpecs: [ObligationSpec] { get }
    /// The versions of the law that answer it.
    static var ruleSets: RuleSetCatalogue { get }
    /// Reads the typed facts from a validated bag.
    static func facts(from bag: FactBag) throws(PolicyError) -> Facts
    /// Rejects facts that contradict each other or the date asked about (a decision dated
    /// after `asOf` where that matters, a period that ends before it starts), for facts read
    /// from JSON and for facts built in Swift alike: ``verdict(for:asOf:municipality:)`` and
    /// ``decision(for:asOf:municipality:id:)`` call it before any rule runs.
    ///
    /// - Throws: ``PolicyError`` naming the contradicting fact (`facts.<name>`).
    static func validate(_ facts: Facts, asOf: CivilDate) throws(PolicyError)
    /// Applies the rules in force in `evaluation.context` to `facts`.
    static func evaluate<R: Recorder>(_ facts: Facts, into evaluation: inout Evaluation<Values, R>)
}

/// What a question says about one of its `values`: its name, its JSON type and its meaning.
public struct ValueSpec: Sendable, Hashable {
    /// The value's contract name (camelCase).
    public let name: String
    /// Its JSON type as the contract names it, e.g. `bool`, `date`, `enum: all, 24-a, 24-b`,
    /// `array of enum: …`, `{ "da": …, "en": … }`.
    public let type: String
    /// What it means.
    public let meaning: String
    /// The contract version that added it.
    public let since: String
    /// For an enum value: its values (the raw values, in order).
    public let values: [String]
    /// For an enum value: what each value means, in the order of ``values``.
    public let valueMeanings: [String]
    /// For an enum value: each value in words, for the human-readable text, in the order of
    /// ``values`` (``FactEnum/label``).
    public let valueLabels: [LocalizedText]
    /// The value's name in words, for the human-readable text; `nil` shows the contract name.
    public var label: LocalizedText?

    /// Creates a value specification.
    public init(_ name: String, _ type: String, since: String = "1", _ meaning: String) {
        self.name = name
        self.type = type
        self.meaning = meaning
        self.since = since
        self.values = []
        self.valueMeanings = []
        self.valueLabels = []
        self.label = nil
    }

    init(name: String, type: String, since: String, meaning: String, values: [String], meanings: [String], labels: [LocalizedText]) {
        self.name = name
        self.type = type
        self.meaning = meaning
        self.since = since
        self.values = values
        self.valueMeanings = meanings
        self.valueLabels = labels
        self.label = nil
    }

    /// A value whose type is one of the enum's raw values.
    public static func enumeration<E: FactEnum>(_ name: String, _ type: E.Type, since: String = "1", _ meaning: String) -> ValueSpec {
        ValueSpec(
            name: name, type: "enum: " + E.allCases.map(\.rawValue).joined(separator: ", "), since: since, meaning: meaning,
            values: E.allCases.map(\.rawValue), meanings: E.allCases.map(\.meaning), labels: E.allCases.map(\.label))
    }

    /// A value that is an array of the enum's raw values.
    public static func enumerationList<E: FactEnum>(_ name: String, _ type: E.Type, since: String = "1", _ meaning: String) -> ValueSpec {
        ValueSpec(
            name: name, type: "array of enum: " + E.allCases.map(\.rawValue).joined(separator: ", "), since: since,
            meaning: meaning, values: E.allCases.map(\.rawValue), meanings: E.allCases.map(\.meaning),
            labels: E.allCases.map(\.label))
    }

    /// The same specification with its name in words for the human-readable text.
    public func labelled(da: String, en: String) -> ValueSpec {
        var copy = self
        copy.label = LocalizedText(da: da, en: en)
        return copy
    }

    /// The words for one of the value's enum values, if it has them.
    public func label(for rawValue: String) -> LocalizedText? {
        guard let index = values.firstIndex(of: rawValue), index < valueLabels.count else { return nil }
        return valueLabels[index]
    }
}

/// What a question says about one of the obligation codes it can produce.
public struct ObligationSpec: Sendable, Hashable {
    /// The stable code, e.g. `report-intervention`.
    public let code: ObligationCode
    /// When it arises and what it asks, with the provision that sets it.
    public let meaning: String
    /// The contract version that added it.
    public let since: String

    /// Creates an obligation specification.
    public init(_ code: String, since: String = "1", _ meaning: String) {
        self.code = ObligationCode(code)
        self.meaning = meaning
        self.since = since
    }
}

extension PolicyQuestion {
    /// The values the question can produce (for the machine-readable catalogue); none declared
    /// by default.
    public static var valueSpecs: [ValueSpec] { [] }
    /// The obligation codes the question can produce; none declared by default.
    public static var obligationSpecs: [ObligationSpec] { [] }
    /// No contradictions checked by default.
    @inlinable
    public static func validate(_ facts: Facts, asOf: CivilDate) throws(PolicyError) {}

    /// The fast answer: no text, no allocation by the library.
    ///
    /// - Throws: ``PolicyError`` (`noRuleSet`, field `asOf`) for a date before 2013-01-01, or
    ///   the question's own error for contradictory facts (``validate(_:asOf:)``).
    @inlinable
    public static func verdict(
        for facts: Facts, asOf: CivilDate, municipality: (any MunicipalPolicy)? = nil
    ) throws(PolicyError) -> Verdict<Values> {
        let context = EvaluationContext(asOf: asOf, ruleSet: try ruleSets.version(on: asOf), municipality: municipality)
        try validate(facts, asOf: asOf)
        var evaluation = Evaluation<Values, NoRecorder>(context: context, recorder: NoRecorder())
        evaluate(facts, into: &evaluation)
        if evaluation.verdict.outcome != .undetermined { evaluation.verdict.firstMissingFact = nil }
        return evaluation.verdict
    }

    /// The explained answer: values, obligations with their texts, the ordered missing facts,
    /// citations and every rule tested, in Danish and English.
    ///
    /// - Throws: ``PolicyError`` (`noRuleSet`, field `asOf`) for a date before 2013-01-01, or
    ///   the question's own error for contradictory facts (``validate(_:asOf:)``).
    @inlinable
    public static func decision(
        for facts: Facts, asOf: CivilDate, municipality: (any MunicipalPolicy)? = nil, id: String? = nil
    ) throws(PolicyError) -> Decision {
        try explained(for: facts, asOf: asOf, municipality: municipality, id: id).decision
    }

    /// The typed verdict and the explained decision of one evaluation: the values a host
    /// computes with and the explanation a person reads can never disagree.
    ///
    /// - Throws: ``PolicyError`` (`noRuleSet`, field `asOf`) for a date before 2013-01-01.
    @inlinable
    public static func explained(
        for facts: Facts, asOf: CivilDate, municipality: (any MunicipalPolicy)? = nil, id: String? = nil
    ) throws(PolicyError) -> Explained<Values> {
        let ruleSet = try ruleSets.version(on: asOf)
        try validate(facts, asOf: asOf)
        let context = EvaluationContext(asOf: asOf, ruleSet: ruleSet, municipality: municipality)
        var evaluation = Evaluation<Values, TraceRecorder>(context: context, recorder: TraceRecorder())
        evaluate(facts, into: &evaluation)
        var verdict = evaluation.verdict
        if verdict.outcome != .undetermined { verdict.firstMissingFact = nil }
        let trace = evaluation.recorder
        let decision = Decision(
            id: id, question: Self.id, asOf: asOf, municipality: municipality?.id, ruleSet: ruleSet.label,
            outcome: verdict.outcome, values: verdict.values.fields, obligations: trace.obligations,
            missingFacts: verdict.outcome == .undetermined ? trace.missingFacts : [],
            citations: trace.citations, explanation: trace.steps,
            legalBasis: ruleSet.legalBases(for: trace.citations, on: asOf, documents: municipality?.documents ?? []))
        return Explained(verdict: verdict, decision: decision)
    }

    /// The answer without its explanation: outcome, values, obligations (codes, citations and
    /// due dates, without their texts) and every missing fact in order — what
    /// `policy-check serve --no-explain` writes. No text closure is run.
    ///
    /// - Throws: ``PolicyError`` (`noRuleSet`, field `asOf`) for a date before 2013-01-01.
    @inlinable
    package static func summary(
        for facts: Facts, asOf: CivilDate, municipality: (any MunicipalPolicy)? = nil, id: String? = nil
    ) throws(PolicyError) -> Decision {
        let ruleSet = try ruleSets.version(on: asOf)
        let context = EvaluationContext(asOf: asOf, ruleSet: ruleSet, municipality: municipality)
        var evaluation = Evaluation<Values, SummaryRecorder>(context: context, recorder: SummaryRecorder())
        evaluate(facts, into: &evaluation)
        let verdict = evaluation.verdict
        let summary = evaluation.recorder
        return Decision(
            id: id, question: Self.id, asOf: asOf, municipality: municipality?.id, ruleSet: ruleSet.label,
            outcome: verdict.outcome, values: verdict.values.fields, obligations: summary.obligations,
            missingFacts: verdict.outcome == .undetermined ? summary.missingFacts : [],
            citations: [], explanation: [])
    }
}

/// The typed verdict and the explained decision of one evaluation
/// (``PolicyQuestion/explained(for:asOf:municipality:id:)``).
public struct Explained<Values: DecisionValues>: Sendable {
    /// The typed answer: outcome, the question's `Values`, obligations, the first missing fact.
    public let verdict: Verdict<Values>
    /// The explained answer of the same evaluation.
    public let decision: Decision

    /// Pairs a verdict with the decision of the same evaluation.
    @inlinable public init(verdict: Verdict<Values>, decision: Decision) {
        self.verdict = verdict
        self.decision = decision
    }
}

/// The facts of a decision as the host gave them, for its audit log.
public enum GivenFacts: Sendable {
    /// The contract's facts by name, as a JSON scenario gave them (unknown facts absent).
    case contract([String: FactValue])
    /// The question's typed `Facts` value, as a Swift host gave it: cast it back to the
    /// question's `Facts` type (`record.facts.typed(as: CoercionQuestion.Facts.self)`).
    case typed(any Sendable)

    /// The typed facts, if they were given as a value of `type`.
    public func typed<F>(as type: F.Type) -> F? {
        if case .typed(let value) = self { return value as? F }
        return nil
    }

    /// The contract's facts, if they were given by name.
    public var contractFacts: [String: FactValue]? {
        if case .contract(let facts) = self { return facts }
        return nil
    }
}

/// What a ``DecisionSink`` receives for each decision: the decision itself (with the case id,
/// the municipality, the engine version and the rule set) and the facts it was made on.
///
/// Facts only: the library needs no personal identifiers, and a record carries none unless the
/// host put one in the case id.
public struct DecisionRecord: Sendable {
    /// The decision.
    public let decision: Decision
    /// The facts, as given.
    public let facts: GivenFacts

    /// Creates a record.
    public init(decision: Decision, facts: GivenFacts) {
        self.decision = decision
        self.facts = facts
    }

    /// The host's case id (the scenario's `id`), if it gave one.
    public var caseID: String? { decision.id }
    /// The code of the municipality whose policy applied, or `nil` for national law only.
    public var municipality: String? { decision.municipality }
    /// The version of the library that decided.
    public var engine: String { decision.engine }
}

/// Receives every decision a ``PolicyEvaluator`` makes, for the host's own audit log.
///
/// The library stores nothing: a sink is where a host keeps its record of what was asked and
/// answered, on which law and by which build. Each call gets a ``DecisionRecord``: the
/// decision (case id, question, date, municipality, rule set, engine version, outcome …) and
/// the facts as given. `SocialPolicyTestSupport` ships ``DecisionSink`` adopter
/// `InMemoryDecisionSink` for a host's tests.
///
/// ## Implementation requirements
/// - Be `Sendable` and safe to call from any thread, concurrently.
/// - Return quickly and never throw or trap: ``receive(_:)-(DecisionRecord)`` runs inside the
///   evaluation call. Hand slow work (disk, network) to your own queue.
/// - Do not assume an order across threads; each record carries its question, date, rule
///   set and engine version.
/// - Implement ``receive(_:)-(DecisionRecord)``. A sink written for an earlier release that
///   implements only ``receive(_:)-(Decision)`` keeps working: the default record method
///   forwards the decision to it.
public protocol DecisionSink: Sendable {
    /// Called once for each decision, after it is made, with the facts it was made on.
    func receive(_ record: DecisionRecord)
    /// Called with the decision alone, by the default ``receive(_:)-(DecisionRecord)``; kept
    /// for sinks written before ``DecisionRecord``.
    func receive(_ decision: Decision)
}

extension DecisionSink {
    /// Forwards the record's decision to ``receive(_:)-(Decision)``.
    public func receive(_ record: DecisionRecord) { receive(record.decision) }
    /// Does nothing: a sink that implements ``receive(_:)-(DecisionRecord)`` needs no other.
    public func receive(_ decision: Decision) {}
}

/// The host's entry point: evaluates questions for one municipality and sends every decision
/// to an optional audit sink.
///
/// ```swift
/// let evaluator = PolicyEvaluator(municipality: nil, sink: myAuditLog)
/// let decision = try evaluator.decision(DeadlineQuestion.self, for: facts, asOf: today, id: "case-17")
/// ```
public struct PolicyEvaluator: Sendable {
    /// The municipality whose policy applies, or `nil` for national law only.
    public var municipality: (any MunicipalPolicy)?
    /// Where decisions go for audit, if anywhere.
    public var sink: (any DecisionSink)?

    /// Creates an evaluator.
    public init(municipality: (any MunicipalPolicy)? = nil, sink: (any DecisionSink)? = nil) {
        self.municipality = municipality
        self.sink = sink
    }

    /// The explained decision for `facts` on `asOf`; also sent to the sink. `id` is the host's
    /// case id, echoed in the decision and the sink's record.
    public func decision<Q: PolicyQuestion>(
        _ question: Q.Type, for facts: Q.Facts, asOf: CivilDate, id: String? = nil
    ) throws(PolicyError) -> Decision {
        try explained(question, for: facts, asOf: asOf, id: id).decision
    }

    /// The typed verdict and the explained decision of one evaluation; the decision is also
    /// sent to the sink.
    public func explained<Q: PolicyQuestion>(
        _ question: Q.Type, for facts: Q.Facts, asOf: CivilDate, id: String? = nil
    ) throws(PolicyError) -> Explained<Q.Values> {
        let explained = try Q.explained(for: facts, asOf: asOf, municipality: municipality, id: id)
        sink?.receive(DecisionRecord(decision: explained.decision, facts: .typed(facts)))
        return explained
    }

    /// The fast verdict for `facts` on `asOf`. With a sink, the evaluation is explained once and
    /// its decision sent to the sink (which costs the explanation); the verdict returned is the
    /// one of that same evaluation. `id` is the host's case id, for the sink's record.
    public func verdict<Q: PolicyQuestion>(
        _ question: Q.Type, for facts: Q.Facts, asOf: CivilDate, id: String? = nil
    ) throws(PolicyError) -> Verdict<Q.Values> {
        guard sink != nil else { return try Q.verdict(for: facts, asOf: asOf, municipality: municipality) }
        return try explained(question, for: facts, asOf: asOf, id: id).verdict
    }
}
