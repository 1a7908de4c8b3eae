/// Receives the reasoning of an evaluation as it happens.
///
/// Every question is written once, generic over a `Recorder`. Evaluated with ``NoRecorder``
/// (the hot path), every call is an empty inlined function and the text closures are never
/// run: the explanation costs nothing. Evaluated with ``TraceRecorder``, the same code path
/// produces the explanation, so an explanation can never drift from what was decided.
///
/// ## Implementation requirements
/// - Methods must not throw, trap or block; they are called inside rule evaluation.
/// - Call the `text` autoclosures only when the text is kept: they may build strings.
/// - Keep the order of calls: it is the order the rules were tested in, the order of
///   citations, and — for ``missing(_:)`` — the order in which a host should ask for facts
///   (most decisive first).
public protocol Recorder {
    /// A rule was tested: its source, whether it held (`nil` when a fact it needs is unknown),
    /// and what it says.
    mutating func test(_ citation: Citation, holds: Bool?, _ text: @autoclosure () -> LocalizedText)
    /// A fact that could change the outcome is unknown. Called most decisive first.
    mutating func missing(_ fact: String)
    /// The outcome rests on `citation` (in addition to the rules tested).
    mutating func cite(_ citation: Citation)
    /// An obligation follows from the decision.
    mutating func obligation(
        _ code: ObligationCode, citation: Citation, due: CivilDate?, _ text: @autoclosure () -> LocalizedText)
}

/// The recorder of the hot path: records nothing and costs nothing.
public struct NoRecorder: Recorder, Sendable {
    /// Creates the recorder.
    @inlinable public init() {}
    /// Records nothing: the hot path pays for no explanation.
    @inlinable public mutating func test(_ citation: Citation, holds: Bool?, _ text: @autoclosure () -> LocalizedText) {}
    /// Records nothing: the hot path pays for no explanation.
    @inlinable public mutating func missing(_ fact: String) {}
    /// Records nothing: the hot path pays for no explanation.
    @inlinable public mutating func cite(_ citation: Citation) {}
    /// Records nothing: the hot path pays for no explanation.
    @inlinable public mutating func obligation(
        _ code: ObligationCode, citation: Citation, due: CivilDate?, _ text: @autoclosure () -> LocalizedText
    ) {}
}

/// The recorder behind every explained ``Decision``: keeps the steps, citations, missing facts
/// and obligations, in order and without duplicates.
public struct TraceRecorder: Recorder, Sendable {
    /// The rules tested, in order.
    public private(set) var steps: [ExplanationStep] = []
    /// Every citation the outcome rests on, in first-mention order.
    public private(set) var citations: [Citation] = []
    /// The unknown facts, most decisive first, each once.
    public private(set) var missingFacts: [String] = []
    /// The obligations, in order.
    public private(set) var obligations: [Obligation] = []

    /// Creates an empty trace.
    public init() {}

    /// Keeps the entry in the trace, once, in order.
    public mutating func test(_ citation: Citation, holds: Bool?, _ text: @autoclosure () -> LocalizedText) {
        // One allocation for a typical explanation instead of one per doubling.
        if steps.isEmpty { steps.reserveCapacity(32) }
        steps.append(ExplanationStep(citation: citation, holds: holds, text: text()))
        cite(citation)
    }

    /// Keeps the entry in the trace, once, in order.
    public mutating func missing(_ fact: String) {
        if missingFacts.isEmpty { missingFacts.reserveCapacity(8) }
        if !missingFacts.contains(fact) { missingFacts.append(fact) }
    }

    /// Keeps the entry in the trace, once, in order.
    public mutating func cite(_ citation: Citation) {
        if citations.isEmpty { citations.reserveCapacity(16) }
        if !citations.contains(citation) { citations.append(citation) }
    }

    /// Keeps the entry in the trace, once, in order.
    public mutating func obligation(
        _ code: ObligationCode, citation: Citation, due: CivilDate?, _ text: @autoclosure () -> LocalizedText
    ) {
        if obligations.isEmpty { obligations.reserveCapacity(ObligationList.capacity) }
        obligations.append(Obligation(code: code, citation: citation, due: due, text: text()))
        cite(citation)
    }
}

/// The recorder of an answer without its explanation (`policy-check serve --no-explain`):
/// keeps the missing facts in order and the obligations' codes, citations and due dates, and
/// runs no text closure.
@usableFromInline package struct SummaryRecorder: Recorder, Sendable {
    /// The unknown facts, most decisive first, each once.
    @usableFromInline package private(set) var missingFacts: [String] = []
    /// The obligations, with empty texts.
    @usableFromInline package private(set) var obligations: [Obligation] = []

    /// Creates an empty summary.
    @usableFromInline package init() {}

    /// Records nothing: no explanation.
    @usableFromInline package mutating func test(_ citation: Citation, holds: Bool?, _ text: @autoclosure () -> LocalizedText) {}

    /// Keeps the fact, once, in order.
    @usableFromInline package mutating func missing(_ fact: String) {
        if !missingFacts.contains(fact) { missingFacts.append(fact) }
    }

    /// Records nothing: no citations without the explanation.
    @usableFromInline package mutating func cite(_ citation: Citation) {}

    /// Keeps the obligation without its text.
    @usableFromInline package mutating func obligation(
        _ code: ObligationCode, citation: Citation, due: CivilDate?, _ text: @autoclosure () -> LocalizedText
    ) {
        obligations.append(Obligation(code: code, citation: citation, due: due, text: LocalizedText(da: "", en: "")))
    }
}
