/// What a question concluded. The spellings are the contract's and never change.
public enum Outcome: String, Sendable, Hashable, CaseIterable {
    /// Every condition for the act is established as true in the rules in force.
    case permitted
    /// A condition is false, the act has no legal basis on the date, or an exception denies it.
    case denied
    /// A fact that could change the outcome is unknown, or the rule itself is an open legal
    /// question. Never treated as permission.
    case undetermined
    /// The rules asked about do not govern this case (for example, valid consent means there
    /// is no coercion).
    case notApplicable = "not-applicable"
    /// A computing question (a deadline, a list of holidays) produced its values.
    case determined
}
