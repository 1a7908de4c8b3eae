/// The stable code of an obligation (`report-intervention`, `inform-citizen`, …).
public struct ObligationCode: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
    /// The contract's spelling.
    public let rawValue: String
    /// Creates a code from its spelling.
    @inlinable public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a code from its spelling.
    @inlinable public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Whether two codes are spelt the same.
    @inlinable public static func == (lhs: ObligationCode, rhs: ObligationCode) -> Bool { lhs.rawValue == rhs.rawValue }
    /// The canonical spelling.
    public var description: String { rawValue }
}

/// The obligations of a verdict, stored inline: no allocation on the hot path.
///
/// Holds up to ``capacity`` entries; a question never produces more (a test checks every
/// question's maximum). Further entries are dropped and ``overflowed`` is set, which the
/// test suite treats as a failure.
public struct ObligationList: Sendable, Hashable, RandomAccessCollection {
    /// One obligation: its code and, where the law sets one, its due date.
    public struct Entry: Sendable, Hashable {
        /// The obligation's code.
        public var code: ObligationCode
        /// When it must be met, if the law sets a date.
        public var due: CivilDate?

        /// Creates an entry.
        @inlinable public init(code: ObligationCode, due: CivilDate?) {
            self.code = code
            self.due = due
        }
    }

    /// The most entries a list holds.
    public static let capacity = 8
    @usableFromInline var e0, e1, e2, e3, e4, e5, e6, e7: Entry?
    @usableFromInline var storedCount = 0
    @usableFromInline var dropped = false

    /// The number of entries.
    @inlinable public var count: Int { storedCount }
    /// Whether an entry was dropped because the list was full (a bug in a question).
    @inlinable public var overflowed: Bool { dropped }

    /// An empty list.
    @inlinable public init() {}

    /// The position of the first entry.
    @inlinable public var startIndex: Int { 0 }
    /// The position after the last entry.
    @inlinable public var endIndex: Int { storedCount }

    /// The entry at `position`.
    @inlinable public subscript(position: Int) -> Entry {
        let entry: Entry?
        switch position {
        case 0: entry = e0
        case 1: entry = e1
        case 2: entry = e2
        case 3: entry = e3
        case 4: entry = e4
        case 5: entry = e5
        case 6: entry = e6
        default: entry = e7
        }
        return entry ?? Entry(code: ObligationCode(""), due: nil)
    }

    /// Adds an obligation (once per code: a second entry with the same code is ignored).
    @inlinable public mutating func append(_ code: ObligationCode, due: CivilDate? = nil) {
        if contains(code) { return }
        let entry = Entry(code: code, due: due)
        switch count {
        case 0: e0 = entry
        case 1: e1 = entry
        case 2: e2 = entry
        case 3: e3 = entry
        case 4: e4 = entry
        case 5: e5 = entry
        case 6: e6 = entry
        case 7: e7 = entry
        default:
            dropped = true
            return
        }
        storedCount += 1
    }

    /// Whether an obligation with `code` is present.
    @inlinable public func contains(_ code: ObligationCode) -> Bool {
        for index in 0..<storedCount where self[index].code == code { return true }
        return false
    }
}

/// The answer of the hot path: outcome, values, obligations and whether facts are missing —
/// plain values, no allocation, no text.
///
/// Ask for a ``Decision`` (``PolicyQuestion/decision(for:asOf:municipality:id:)``) when a person
/// will read the answer: it adds the explanation, citations and the ordered missing facts.
public struct Verdict<Values: DecisionValues>: Sendable {
    /// The outcome.
    public var outcome: Outcome
    /// The question's values.
    public var values: Values
    /// The obligations that follow.
    public var obligations: ObligationList
    /// The most decisive missing fact, if any: the one a host should ask for first. Set only
    /// when the outcome is ``Outcome/undetermined``.
    public var firstMissingFact: String?

    /// A verdict with `outcome`, empty values and no obligations.
    @inlinable public init(_ outcome: Outcome, values: Values = Values()) {
        self.outcome = outcome
        self.values = values
        self.obligations = ObligationList()
        self.firstMissingFact = nil
    }
}
