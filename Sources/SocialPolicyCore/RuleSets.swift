/// One version of a rule set: the law (or policy) as it stood for a period.
///
/// A question is answered by the version in force on the date asked about (`asOf`). Versions
/// of one rule set follow each other without gaps or overlaps; the last is open-ended.
public struct RuleSetVersion: Sendable, Hashable {
    /// The rule set's id, e.g. `sel-coercion`.
    public let id: String
    /// The first day the version applies.
    public let validFrom: CivilDate
    /// The last day it applies, or `nil` while it is in force.
    public let validTo: CivilDate?
    /// A short name for people, e.g. `R2020: kapitel 24, 24 a og 24 b`.
    public let title: String
    /// The act or instrument that made this version, with its source.
    public let enactedBy: String
    /// The instruments the version rests on — the consolidations, acts and executive orders
    /// that hold the text of the provisions its rules cite, over the version's whole period —
    /// each with its ELI address. A decision's ``Decision/legalBasis`` picks from these the one
    /// in force on its date.
    public let instruments: [LegalInstrument]

    /// Creates a version.
    public init(
        id: String, validFrom: CivilDate, validTo: CivilDate?, title: String, enactedBy: String,
        instruments: [LegalInstrument] = []
    ) {
        self.id = id
        self.validFrom = validFrom
        self.validTo = validTo
        self.title = title
        self.enactedBy = enactedBy
        self.instruments = instruments
    }

    /// The contract's `ruleSet` string: `<id>@<validFrom>`.
    public var label: String { "\(id)@\(validFrom)" }

    /// Whether `date` falls within the version's period.
    public func contains(_ date: CivilDate) -> Bool {
        date >= validFrom && (validTo.map { date <= $0 } ?? true)
    }
}

/// The versions of one rule set, in date order.
public struct RuleSetCatalogue: Sendable, Hashable {
    /// The first date any question can be asked about.
    public static let earliestSupportedDate = CivilDate(2013, 1, 1)

    /// The versions, oldest first.
    public let versions: [RuleSetVersion]

    /// Creates a catalogue from versions in date order.
    public init(_ versions: [RuleSetVersion]) { self.versions = versions }

    /// A catalogue with one open-ended version from 2013-01-01.
    public static func single(
        id: String, from: CivilDate = earliestSupportedDate, title: String, enactedBy: String,
        instruments: [LegalInstrument] = []
    ) -> RuleSetCatalogue {
        RuleSetCatalogue([
            RuleSetVersion(id: id, validFrom: from, validTo: nil, title: title, enactedBy: enactedBy, instruments: instruments)
        ])
    }

    /// The version in force on `date`.
    ///
    /// - Throws: ``PolicyError`` with code `noRuleSet` on field `asOf` for a date before
    ///   2013-01-01, or before the first version.
    public func version(on date: CivilDate) throws(PolicyError) -> RuleSetVersion {
        guard date >= Self.earliestSupportedDate else {
            throw PolicyError(
                code: .noRuleSet, field: "asOf",
                message: "no rule set in force before 2013-01-01 (asked about \(date))")
        }
        // Binary search over the sorted, gap-free list.
        var low = 0
        var high = versions.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let version = versions[mid]
            if date < version.validFrom {
                high = mid - 1
            } else if let end = version.validTo, date > end {
                low = mid + 1
            } else {
                return version
            }
        }
        throw PolicyError(
            code: .noRuleSet, field: "asOf", message: "no rule set in force on \(date) for this question")
    }

    /// Problems with the catalogue: an empty list, a first version after 2013-01-01, a gap or
    /// overlap between versions, a closed last version, an end before a start. Empty when valid.
    public func validationProblems() -> [String] {
        guard let first = versions.first, let last = versions.last else { return ["no versions"] }
        var problems: [String] = []
        if first.validFrom > Self.earliestSupportedDate {
            problems.append("\(first.label) starts after 2013-01-01: a gap at the start")
        }
        if last.validTo != nil { problems.append("\(last.label) is closed: the newest version must be open-ended") }
        for version in versions {
            if let end = version.validTo, end < version.validFrom {
                problems.append("\(version.label) ends before it starts")
            }
        }
        for (previous, next) in zip(versions, versions.dropFirst()) {
            guard let end = previous.validTo else {
                problems.append("\(previous.label) is open-ended but \(next.label) follows it")
                continue
            }
            let expected = end.adding(days: 1)
            if next.validFrom > expected { problems.append("gap between \(previous.label) and \(next.label)") }
            if next.validFrom < expected { problems.append("\(previous.label) overlaps \(next.label)") }
        }
        let labels = versions.map(\.label)
        if Set(labels).count != labels.count { problems.append("duplicate version labels") }
        return problems
    }
}
