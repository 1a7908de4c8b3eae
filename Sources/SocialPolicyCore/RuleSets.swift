/// One version of a rule set: the law (or policy) as it stood for a period.
///
/// A question is answered by the version in force on the date asked about (`asOf`). Versions
/// of one rule set follow each other without gaps or overlaps; the last is open-ended.
public struct RuleSetVersion: Sendable, Hashable {
    /// The fields, held once and shared: a version is passed into every evaluation, and
    /// copying it then costs one reference count, not one per string.
    @usableFromInline final class Storage: Sendable {
        let id: String
        @usableFromInline let validFrom: CivilDate
        @usableFromInline let validTo: CivilDate?
        let title: String
        let enactedBy: String
        let instruments: [LegalInstrument]
        /// ``RuleSetVersion/label``, built once.
        let label: String

        init(id: String, validFrom: CivilDate, validTo: CivilDate?, title: String, enactedBy: String, instruments: [LegalInstrument]) {
            self.id = id
            self.validFrom = validFrom
            self.validTo = validTo
            self.title = title
            self.enactedBy = enactedBy
            self.instruments = instruments
            self.label = "\(id)@\(validFrom)"
        }
    }

    @usableFromInline let storage: Storage

    /// The rule set's id, e.g. `sel-coercion`.
    public var id: String { storage.id }
    /// The first day the version applies.
    @inlinable public var validFrom: CivilDate { storage.validFrom }
    /// The last day it applies, or `nil` while it is in force.
    @inlinable public var validTo: CivilDate? { storage.validTo }
    /// A short name for people, e.g. `R2020: kapitel 24, 24 a og 24 b`.
    public var title: String { storage.title }
    /// The act or instrument that made this version, with its source.
    public var enactedBy: String { storage.enactedBy }
    /// The instruments the version rests on — the consolidations, acts and executive orders
    /// that hold the text of the provisions its rules cite, over the version's whole period —
    /// each with its ELI address. A decision's ``Decision/legalBasis`` picks from these the one
    /// in force on its date.
    public var instruments: [LegalInstrument] { storage.instruments }

    /// Creates a version.
    public init(
        id: String, validFrom: CivilDate, validTo: CivilDate?, title: String, enactedBy: String,
        instruments: [LegalInstrument] = []
    ) {
        self.storage = Storage(
            id: id, validFrom: validFrom, validTo: validTo, title: title, enactedBy: enactedBy, instruments: instruments)
    }

    /// Whether two versions have the same fields.
    public static func == (lhs: RuleSetVersion, rhs: RuleSetVersion) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.id == rhs.id && lhs.validFrom == rhs.validFrom && lhs.validTo == rhs.validTo
                && lhs.title == rhs.title && lhs.enactedBy == rhs.enactedBy && lhs.instruments == rhs.instruments)
    }

    /// Hashes the fields that `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(validFrom)
        hasher.combine(validTo)
        hasher.combine(title)
        hasher.combine(enactedBy)
        hasher.combine(instruments)
    }

    /// The contract's `ruleSet` string: `<id>@<validFrom>`.
    public var label: String { storage.label }

    /// Whether `date` falls within the version's period.
    @inlinable public func contains(_ date: CivilDate) -> Bool {
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
    @inlinable public init(_ versions: [RuleSetVersion]) { self.versions = versions }

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
    @inlinable public func version(on date: CivilDate) throws(PolicyError) -> RuleSetVersion {
        // Binary search over the sorted, gap-free list; nothing is copied until the match.
        // `date.year >= 2013` is `date >= earliestSupportedDate` (2013-01-01), without a global.
        if date.year >= 2013 {
            var low = 0
            var high = versions.count - 1
            while low <= high {
                let mid = (low + high) / 2
                if date < versions[mid].validFrom {
                    high = mid - 1
                } else if let end = versions[mid].validTo, date > end {
                    low = mid + 1
                } else {
                    return versions[mid]
                }
            }
        }
        throw Self.noVersion(on: date)
    }

    /// The error of ``version(on:)``, built out of line.
    @usableFromInline static func noVersion(on date: CivilDate) -> PolicyError {
        guard date >= earliestSupportedDate else {
            return PolicyError(
                code: .noRuleSet, field: "asOf",
                message: "no rule set in force before 2013-01-01 (asked about \(date))")
        }
        return PolicyError(code: .noRuleSet, field: "asOf", message: "no rule set in force on \(date) for this question")
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
