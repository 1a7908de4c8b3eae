/// The period a municipal policy document (or one of its rules) applies in.
///
/// Outside its period a local rule does not apply; a question that needs it answers
/// `undetermined` and says why, rather than applying an old policy to a new date.
public struct PolicyPeriod: Sendable, Hashable {
    /// The first day the policy applies.
    public let validFrom: CivilDate
    /// The last day it applies, or `nil` when no end is known.
    public let validTo: CivilDate?

    /// Creates a period.
    public init(from validFrom: CivilDate, to validTo: CivilDate? = nil) {
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// Whether `date` lies within the period.
    public func contains(_ date: CivilDate) -> Bool {
        date >= validFrom && (validTo.map { date <= $0 } ?? true)
    }

    /// Whether two periods share a day.
    public func overlaps(_ other: PolicyPeriod) -> Bool {
        let thisEnd = validTo ?? CivilDate(9999, 12, 31)
        let otherEnd = other.validTo ?? CivilDate(9999, 12, 31)
        return validFrom <= otherEnd && other.validFrom <= thisEnd
    }
}
