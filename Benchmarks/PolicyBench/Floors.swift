// Hand-written floors (issue 14): plain Swift functions deciding the same kind of case from the
// same typed facts, for one regime (the law from 2025-07-01), with no explanation, no citations,
// no rule-set choice and no obligations. They are not the law — the library is — but they show
// what a decision costs when nothing but the branches is left. `policy-bench` reports each
// question's bare ns per decision as a multiple of its floor (`floorRatio`).

import SocialPolicyKit

/// `coercion.intervention` for one regime: the general conditions of §§ 124–124 a and the
/// conditions of the measure's own section for the common measures, unknown → undetermined.
@inline(never)
func coercionFloor(_ f: CoercionQuestion.Facts) -> Outcome {
    if f.consent == .valid { return .notApplicable }
    guard f.consent != nil else { return .undetermined }
    guard let medical = f.isMedicalTreatment else { return .undetermined }
    if medical { return .denied }
    guard let impaired = f.significantPermanentImpairment, let documented = f.impairmentDocumented,
        let help = f.receivesQualifyingHelp
    else { return .undetermined }
    if !(impaired && documented && help) { return .notApplicable }
    guard let voluntary = f.voluntaryCooperationAttempted, let lessSuffices = f.lessIntrusiveMeasureSufficient else {
        return .undetermined
    }
    if !voluntary || lessSuffices { return .denied }
    switch f.intervention {
    case .holdOrMove:
        guard let risk = f.imminentRiskOfSeriousInjury, let necessary = f.absolutelyNecessary else { return .undetermined }
        return risk && necessary ? .permitted : .denied
    case .alarmTracking, .lockDoorsWindows:
        guard let risk = f.riskOfPersonalInjury, let leaving = f.riskArisesFromLeaving, let necessary = f.absolutelyNecessary
        else { return .undetermined }
        guard risk && leaving && necessary else { return .denied }
        guard let decided = f.hasDecision, let date = f.decisionDate else { return .undetermined }
        return decided && date >= floorRegimeStart ? .permitted : .denied
    case .physicalGuidance, .houseRules: return .notApplicable
    default: return .undetermined
    }
}

/// The first day of the floors' regime.
let floorRegimeStart = CivilDate(validatingYear: 2025, month: 7, day: 1) ?? .latest

/// `confidentiality.disclosure` for one regime: consent, a legal duty, danger, the
/// municipality's own need for its task, the guardian within the værgemål, the relative under
/// SEL § 82; unknown → undetermined.
@inline(never)
func disclosureFloor(_ f: DisclosureQuestion.Facts) -> Outcome {
    if f.informationKind == .nonConfidential { return .permitted }
    if f.consent == .explicitSpecific { return .permitted }
    if f.legalDutyToDisclose == true || f.imminentDangerToLifeOrHealth == true { return .permitted }
    switch f.recipient {
    case .sameAdministration, .otherAdministration:
        guard let need = f.recipientNeedsItForTask else { return .undetermined }
        return need ? .permitted : .denied
    case .guardian:
        guard let covers = f.guardianScopeCoversMatter else { return .undetermined }
        return covers ? .permitted : .denied
    case .relative:
        guard let reduced = f.substantiallyReducedMentalFunction, let care = f.forCareInvolvement,
            let canConsent = f.citizenCanConsent
        else { return .undetermined }
        return reduced && care && !canConsent ? .permitted : .denied
    default:
        guard f.consent != nil, f.legalDutyToDisclose != nil, f.imminentDangerToLifeOrHealth != nil else {
            return .undetermined
        }
        return .denied
    }
}

/// A floor over typed facts decoded from the benchmark's cases, ready to be timed.
struct FloorBatch {
    /// Runs the floor over every case once; the tally keeps the work from being optimised away.
    let run: () -> BatchTally
    /// The number of cases.
    let count: Int
}

/// The floor for `question`, if it has one, over `cases`.
func floorBatch(for question: String, cases: [FactCase]) -> FloorBatch? {
    func make<Facts>(_ decode: (FactBag) throws(PolicyError) -> Facts, _ decide: @escaping (Facts) -> Outcome) -> FloorBatch {
        var typed: [Facts] = []
        typed.reserveCapacity(cases.count)
        for item in cases {
            if let facts = try? decode(item.facts) { typed.append(facts) }
        }
        let all = typed
        return FloorBatch(
            run: {
                var tally = BatchTally()
                for facts in all { tally.add(decide(facts), obligations: 0) }
                return tally
            }, count: all.count)
    }
    switch question {
    case CoercionQuestion.id: return make(CoercionQuestion.facts(from:), coercionFloor)
    case DisclosureQuestion.id: return make(DisclosureQuestion.facts(from:), disclosureFloor)
    default: return nil
    }
}
