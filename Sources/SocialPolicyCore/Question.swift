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
    public init(asOf: CivilDate, ruleSet: RuleSetVersion, municipality: (any MunicipalPolicy)?) {
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

    /// Creates a value specification.
    public init(_ name: String, _ type: String, since: String = "1", _ meaning: String) {
        self.name = name
        self.type = type
        self.meaning = meaning
        self.since = since
    }

    /// A value whose type is one of the enum's raw values.
    public static func enumeration<E: FactEnum>(_ name: String, _ type: E.Type, since: String = "1", _ meaning: String) -> ValueSpec {
        ValueSpec(name, "enum: " + E.allCases.map(\.rawValue).joined(separator: ", "), since: since, meaning)
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
    public static func decision(
        for facts: Facts, asOf: CivilDate, municipality: (any MunicipalPolicy)? = nil, id: String? = nil
    ) throws(PolicyError) -> Decision {
        let ruleSet = try ruleSets.version(on: asOf)
        try validate(facts, asOf: asOf)
        let context = EvaluationContext(asOf: asOf, ruleSet: ruleSet, municipality: municipality)
        var evaluation = Evaluation<Values, TraceRecorder>(context: context, recorder: TraceRecorder())
        evaluate(facts, into: &evaluation)
        let verdict = evaluation.verdict
        let trace = evaluation.recorder
        return Decision(
            id: id, question: Self.id, asOf: asOf, ruleSet: ruleSet.label, outcome: verdict.outcome,
            values: verdict.values.fields, obligations: trace.obligations,
            missingFacts: verdict.outcome == .undetermined ? trace.missingFacts : [],
            citations: trace.citations, explanation: trace.steps,
            legalBasis: trace.citations.map { ruleSet.legalBasis(for: $0, on: asOf, documents: municipality?.documents ?? []) })
    }
}

/// Receives every decision a ``PolicyEvaluator`` makes, for the host's own audit log.
///
/// The library stores nothing: a sink is where a host keeps its record of what was asked and
/// answered, and on which law.
///
/// ## Implementation requirements
/// - Be `Sendable` and safe to call from any thread, concurrently.
/// - Return quickly and never throw or trap: ``receive(_:)`` runs inside the evaluation call.
///   Hand slow work (disk, network) to your own queue.
/// - Do not assume an order across threads; each decision carries its question, date and
///   rule set.
public protocol DecisionSink: Sendable {
    /// Called once for each decision, after it is made.
    func receive(_ decision: Decision)
}

/// The host's entry point: evaluates questions for one municipality and sends every decision
/// to an optional audit sink.
///
/// ```swift
/// let evaluator = PolicyEvaluator(municipality: nil, sink: myAuditLog)
/// let decision = try evaluator.decision(DeadlineQuestion.self, for: facts, asOf: today)
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

    /// The explained decision for `facts` on `asOf`; also sent to the sink.
    public func decision<Q: PolicyQuestion>(
        _ question: Q.Type, for facts: Q.Facts, asOf: CivilDate, id: String? = nil
    ) throws(PolicyError) -> Decision {
        let decision = try Q.decision(for: facts, asOf: asOf, municipality: municipality, id: id)
        sink?.receive(decision)
        return decision
    }

    /// The fast verdict for `facts` on `asOf`. With a sink, the explained decision is also
    /// built and sent to it (which costs the explanation).
    public func verdict<Q: PolicyQuestion>(
        _ question: Q.Type, for facts: Q.Facts, asOf: CivilDate
    ) throws(PolicyError) -> Verdict<Q.Values> {
        if let sink { sink.receive(try Q.decision(for: facts, asOf: asOf, municipality: municipality)) }
        return try Q.verdict(for: facts, asOf: asOf, municipality: municipality)
    }
}
