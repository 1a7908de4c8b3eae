/// The working state of one evaluation: the verdict being built and the recorder that
/// watches it. Question authors write their rules against this type.
///
/// ```swift
/// var all = Conjunction()
/// all.add(evaluation.check(facts.significantPermanentImpairment, Rules.targetGroup))
/// evaluation.verdict.outcome = all.outcome
/// ```
public struct Evaluation<Values: DecisionValues, R: Recorder> {
    /// The verdict so far.
    public var verdict: Verdict<Values>
    /// The recorder (``NoRecorder`` on the hot path).
    public var recorder: R
    /// The context: the date, the rule set in force, the municipality.
    public let context: EvaluationContext

    /// Starts an evaluation with outcome `undetermined` and empty values.
    @inlinable public init(context: EvaluationContext, recorder: R) {
        self.verdict = Verdict(.undetermined)
        self.recorder = recorder
        self.context = context
    }

    /// Records that a rule was tested.
    @inlinable public mutating func test(_ citation: Citation, holds: Bool?, _ text: @autoclosure () -> LocalizedText) {
        recorder.test(citation, holds: holds, text())
    }

    /// Records an unknown fact that could change the outcome (call most decisive first).
    @inlinable public mutating func missing(_ fact: String) {
        if verdict.firstMissingFact == nil { verdict.firstMissingFact = fact }
        recorder.missing(fact)
    }

    /// Records a source the outcome rests on.
    @inlinable public mutating func cite(_ citation: Citation) { recorder.cite(citation) }

    /// Adds an obligation to the verdict and the recorder.
    @inlinable public mutating func oblige(
        _ code: ObligationCode, _ citation: Citation, due: CivilDate? = nil,
        _ text: @autoclosure () -> LocalizedText
    ) {
        verdict.obligations.append(code, due: due)
        recorder.obligation(code, citation: citation, due: due, text())
    }

    /// Tests one requirement against a three-valued fact and records it.
    ///
    /// - Returns: whether the requirement holds: `true`, `false`, or `nil` when the fact is
    ///   unknown (then the fact is recorded as missing).
    @discardableResult
    @inlinable public mutating func check(_ value: Bool?, _ requirement: Requirement) -> Bool? {
        let holds: Bool? = value.map { $0 == requirement.needed }
        recorder.test(requirement.citation, holds: holds, requirement.text)
        if holds == nil { missing(requirement.fact) }
        return holds
    }
}

/// One condition of a provision, as data: the fact it reads, the value it needs, its source
/// and its text. Rule tables are lists of these, which `Documentation/` prints and the
/// exhaustive tests enumerate.
public struct Requirement: Sendable, Hashable {
    /// The fact's contract name (or a derived fact's name, e.g. `decisionWithinMaxDuration`).
    public let fact: String
    /// The value the fact must have for the requirement to hold.
    public let needed: Bool
    /// The provision that sets the requirement.
    public let citation: Citation
    /// What the requirement says, as a statement that holds when it is met.
    public let text: LocalizedText

    /// Creates a requirement.
    public init(_ fact: String, _ needed: Bool = true, _ citation: Citation, da: String, en: String) {
        self.fact = fact
        self.needed = needed
        self.citation = citation
        self.text = LocalizedText(da: da, en: en)
    }
}

/// All-of: the outcome of a list of conditions under fail-closed logic.
///
/// A condition known to be false wins (`denied`); otherwise any unknown condition gives
/// `undetermined`; only when every condition is known and true is the result `permitted`.
public struct Conjunction: Sendable, Hashable {
    @usableFromInline var someFalse = false
    @usableFromInline var someUnknown = false

    /// Whether some condition is known to be false.
    @inlinable public var anyFalse: Bool { someFalse }
    /// Whether some condition is unknown.
    @inlinable public var anyUnknown: Bool { someUnknown }

    /// An empty conjunction (which is `permitted`).
    @inlinable public init() {}

    /// Adds a condition's result.
    @inlinable public mutating func add(_ holds: Bool?) {
        switch holds {
        case true?: break
        case false?: someFalse = true
        case nil: someUnknown = true
        }
    }

    /// Adds another conjunction's conditions.
    @inlinable public mutating func add(_ other: Conjunction) {
        someFalse = someFalse || other.someFalse
        someUnknown = someUnknown || other.someUnknown
    }

    /// Whether the conditions hold: `false` if any is false, `nil` if any is unknown.
    @inlinable public var holds: Bool? { someFalse ? false : (someUnknown ? nil : true) }

    /// `denied`, `undetermined` or `permitted`.
    @inlinable public var outcome: Outcome { someFalse ? .denied : (someUnknown ? .undetermined : .permitted) }
}

/// Any-of: alternatives (Danish law's "når … eller …"). Holds if some alternative holds,
/// fails only if every alternative fails, and is unknown otherwise.
public struct Disjunction: Sendable, Hashable {
    @usableFromInline var anyTrue = false
    @usableFromInline var anyUnknown = false
    @usableFromInline var count = 0

    /// An empty disjunction (which does not hold).
    @inlinable public init() {}

    /// Adds an alternative's result.
    @inlinable public mutating func add(_ holds: Bool?) {
        count += 1
        switch holds {
        case true?: anyTrue = true
        case false?: break
        case nil: anyUnknown = true
        }
    }

    /// Whether some alternative holds: `true`, `false` when every one fails, otherwise `nil`.
    @inlinable public var holds: Bool? { anyTrue ? true : (anyUnknown ? nil : false) }
}

// Sendable when its recorder is (NoRecorder and TraceRecorder are): explicit for -require-explicit-sendable.
extension Evaluation: Sendable where R: Sendable {}
