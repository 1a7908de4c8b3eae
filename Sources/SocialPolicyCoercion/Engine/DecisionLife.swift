import SocialPolicyCore

/// Whether the decision a way needs authorises the measure on `asOf`: it must exist, have been
/// made under the section (or its predecessor), in the era in force, and still be within the
/// life the law gives it. A decision whose own stated period has ended, or dated after `asOf`,
/// is bad input (``Validation``), so it never reaches here.
package struct DecisionLife: Sendable {
    package enum Status: UInt8, Sendable {
        case valid, invalid, unknown, open
    }

    /// Why a decision fails or is open, for the explanation.
    package enum Finding: UInt8, Sendable {
        case none, dateUnknown, beforeProvision, beforeEra, expired, extensionUnknown, unlimitedUnknown, reassessmentMissing
    }

    package var status: Status = .valid
    package var finding: Finding = .none
    /// Pseudo-facts (and facts) still needed, for `missingFacts`.
    package var missing = FactMask()
    package var openQuestion: CoercionOpenQuestion? = nil
    /// The last day the decision authorises the measure, where one follows.
    package var validUntil: CivilDate? = nil
    /// The day the limit that decided falls (expiry, reassessment deadline, start of the era).
    package var limit: CivilDate? = nil
    package var kind: DurationKind? = nil
    package var maxMonths: Int? = nil
    /// The executive order's paragraph (or the section) that sets the duration.
    package var rule: BekRule? = nil

    /// The decision life for `way` (which needs a decision, and `hasDecision` is true).
    @inline(__always)
    package static func of(
        _ way: Way, _ facts: CoercionQuestion.Facts, _ t: TriState, regime: CoercionRegime, asOf: CivilDate
    ) -> DecisionLife {
        var life = DecisionLife()
        guard let date = facts.decisionDate else {
            life.status = .unknown
            life.finding = .dateUnknown
            life.missing = FactMask(.decisionDateKnown)
            return life
        }
        if let first = way.firstDay, date < first {
            life.status = .invalid
            life.finding = .beforeProvision
            life.limit = first
            return life
        }
        if way.eraBound, let era = regime.eraStart, date < era {
            life.status = .open
            life.finding = .beforeEra
            life.limit = era
            life.openQuestion = .decisionBeforeRegimeChange
            return life
        }
        let stated = facts.decisionPeriodEndsOn
        switch way.duration {
        case .none, .setByDecisionOnly:
            life.kind = .setByDecision
            life.validUntil = stated
        case .statedInDecision:
            life.kind = .statedInDecision
            life.validUntil = stated
        case .setByDecision(let months, let rule):
            life.kind = .setByDecision
            life.rule = rule
            life.validUntil = stated
            if way.unlimitedAllowed != nil, facts.decisionUnlimited == true, t[.dementiaOrProgressiveDecline] == true {
                life.kind = .unlimited
            }
            let deadline = date.adding(months: Int(months))
            life.limit = deadline
            if asOf >= deadline {
                if let reassessed = facts.lastReassessedOn {
                    // A reassessment shown, but itself older than the interval: the duty is
                    // overdue again; whether the decision then lapses no text says (fail closed).
                    if asOf >= reassessed.adding(months: Int(months)) {
                        life.status = .open
                        life.finding = .reassessmentMissing
                        life.limit = reassessed.adding(months: Int(months))
                        life.openQuestion = .reassessmentOverdue
                    }
                } else {
                    life.status = .unknown
                    life.finding = .reassessmentMissing
                    life.missing = FactMask(.reassessmentShown)
                    life.openQuestion = .reassessmentOverdue
                }
            }
        case .fixed(let months, let rule), .upTo(let months, let rule):
            if case .fixed = way.duration { life.kind = .fixed } else { life.kind = .upTo }
            life.rule = rule
            life.maxMonths = Int(months)
            let expiry = date.adding(months: Int(months))
            life.limit = expiry
            let last = expiry.adding(days: -1)
            life.validUntil = stated.map { min($0, last) } ?? last
            // The 24 b group: a § 128 b decision may be without time limit.
            let unlimitedApplies: Bool? = way.unlimitedAllowed == nil
                ? false : t[.dementiaOrProgressiveDecline].and(t[.help24ab])
            let unlimited = t[.decisionUnlimited]
            if unlimitedApplies == true, unlimited == true {
                life.kind = .unlimited
                life.maxMonths = nil
                life.validUntil = stated
                return life
            }
            if asOf >= expiry {
                if unlimitedApplies == false || unlimited == false {
                    life.status = .invalid
                    life.finding = .expired
                } else {
                    life.status = .unknown
                    life.finding = .unlimitedUnknown
                    if unlimited == nil { life.missing.formUnion(FactMask(.unlimitedShown)) }
                    if t[.dementiaOrProgressiveDecline] == nil { life.missing.formUnion(FactMask(.dementiaOrProgressiveDecline)) }
                    if t[.help24ab] == nil { life.missing.formUnion(FactMask(.help24ab)) }
                }
            }
        case .extendable(let months, let extendedMonths, let rule):
            life.kind = .upTo
            life.rule = rule
            let base = date.adding(months: Int(months))
            let extended = date.adding(months: Int(extendedMonths))
            let isExtended = t[.decisionExtended]
            life.maxMonths = isExtended == true ? Int(extendedMonths) : Int(months)
            if asOf < base {
                let last = (isExtended == true ? extended : base).adding(days: -1)
                life.validUntil = stated.map { min($0, last) } ?? last
                life.limit = base
            } else if asOf < extended {
                life.limit = base
                switch isExtended {
                case true?:
                    life.validUntil = stated.map { min($0, extended.adding(days: -1)) } ?? extended.adding(days: -1)
                case false?:
                    life.status = .invalid
                    life.finding = .expired
                case nil:
                    life.status = .unknown
                    life.finding = .extensionUnknown
                    life.missing = FactMask(.extensionShown)
                }
            } else {
                life.status = .invalid
                life.finding = .expired
                life.limit = extended
            }
        }
        return life
    }
}
