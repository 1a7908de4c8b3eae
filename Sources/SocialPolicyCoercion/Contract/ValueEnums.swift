import SocialPolicyCore

// The enum values of a `coercion.intervention` decision. Values marked "(1.1)" came with
// contract version 1.1; none of the first contract's values was renamed or removed.

/// Which chapter applies (the contract's `targetGroup`, from 2020).
public enum TargetGroup: String, FactEnum {
    /// Kapitel 24: everyone in the target group of § 124 a.
    case all
    /// Kapitel 24 a: impairment not due to acquired progressive mental decline (§ 136).
    case chapter24a = "24-a"
    /// Kapitel 24 b: impairment due to acquired progressive mental decline (§ 136 b).
    case chapter24b = "24-b"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .all: "kapitel 24: the target group of SEL § 124 a"
        case .chapter24a: "kapitel 24 a: impairment not due to erhvervet fremadskridende mental svækkelse (SEL § 136)"
        case .chapter24b: "kapitel 24 b: impairment due to erhvervet fremadskridende mental svækkelse (SEL § 136 b)"
        }
    }
}

/// Who may authorise the measure on `asOf` (the contract's `decidedBy`).
public enum DecidedBy: String, FactEnum {
    /// Staff in the situation, without a prior decision.
    case staffAcute = "staff-acute"
    /// Kommunalbestyrelsen (or its standing committee).
    case municipalCouncil = "municipal-council"
    /// Statsforvaltningen (2013-07-01 … 2019-03-31).
    case stateAdministration = "state-administration"
    /// Familieretshuset (from 2019-04-01).
    case familyCourtHouse = "family-court-house"
    /// Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap (from 2025).
    case disabilityCoercionBoard = "disability-coercion-board"
    /// (1.1) Det sociale nævn, which decided § 129 admissions until 2013-06-30.
    case socialBoard = "social-board"
    /// (1.1) The municipal administration, deciding provisionally (SEL § 137 d, stk. 2).
    case municipalAdministration = "municipal-administration"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .staffAcute: "staff in the situation, without a prior decision"
        case .municipalCouncil: "kommunalbestyrelsen (its standing committee, or in a magistrate municipality the responsible member, for §§ 137 b–c)"
        case .stateAdministration: "statsforvaltningen (2013-07-01 → 2019-03-31)"
        case .familyCourtHouse: "Familieretshuset (2019-04-01 →)"
        case .disabilityCoercionBoard: "Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap (2025-01-01 →; §§ 128 b stk. 1, 128 g, 128 h)"
        case .socialBoard: "(1.1) det sociale nævn, which decided § 129 admissions until 2013-06-30 (LBK 810/2012 §§ 129, 131)"
        case .municipalAdministration: "(1.1) the municipal administration deciding provisionally (SEL § 137 d stk. 2), for approval as soon as possible"
        }
    }
}

/// Why the coercion rules do not govern the case (the contract's `reason`).
public enum NotApplicableReason: String, FactEnum {
    /// The person gave valid, informed consent beforehand.
    case validConsent = "valid-consent"
    /// Physical guidance is not coercion (SEL § 124 b, stk. 3; stk. 4 from 2024-07-01).
    case physicalGuidanceNotCoercion = "physical-guidance-not-coercion"
    /// House rules are not coercion and cannot be a basis for it (SEL § 123).
    case houseRulesNotCoercion = "house-rules-not-coercion"
    /// An alarm for a person with dementia who does not object is not coercion (SEL § 125,
    /// stk. 2, 1. pkt., 2011–2019).
    case dementiaAlarmWithoutObjection = "dementia-alarm-without-objection"
    /// (1.1) Welfare technology for a person in the 24 b group who — and whose representative —
    /// does not object is not coercion (SEL § 136 e, stk. 1 and 3, from 2020).
    case dementiaWelfareTechnologyWithoutObjection = "dementia-welfare-technology-without-objection"
    /// (1.1) Epilepsy and similar seizure alarms are not coercion (SEL § 128 a, stk. 3, from
    /// 2024-07-01).
    case seizureAlarmNotCoercion = "seizure-alarm-not-coercion"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .validConsent: "the person gave valid, informed consent beforehand"
        case .physicalGuidanceNotCoercion: "fysisk guidning is not coercion (SEL § 124 b stk. 3; stk. 4 from 2024-07-01)"
        case .houseRulesNotCoercion: "a husorden is not coercion and never a basis for it (SEL § 123)"
        case .dementiaAlarmWithoutObjection: "alarm for a person with dementia who does not object (SEL § 125 stk. 2 1. pkt., to 2019)"
        case .dementiaWelfareTechnologyWithoutObjection: "(1.1) welfare technology for the 24 b group without objection by the person or the representative (SEL § 136 e stk. 1, 3; 2020 →)"
        case .seizureAlarmNotCoercion: "(1.1) epilepsy and similar seizure alarms (SEL § 128 a stk. 3, 2024-07-01 →)"
        }
    }
}

/// A point of law no available text settles, named in `values.openLegalQuestion`.
///
/// Each value the library still produces has an entry under "Coercion" in
/// `Documentation/OpenLegalQuestions.md`. Values the texts have since settled stay in the
/// contract (it only grows) but are no longer produced; their meaning says so.
public enum CoercionOpenQuestion: String, FactEnum {
    /// § 129 a: enacted by LOV 661/2017 (2017-06-08); applied by the executive orders from
    /// 2018-01-01; its first day in between is not read.
    case section129aStart = "section-129a-start"
    /// No longer produced: § 136 a was read (LBK 1287/2020; BEK 1239/2019 § 7).
    case section136aConditions = "section-136a-conditions"
    /// No longer produced: § 136 e was read (LBK 1287/2020).
    case section136eObjection = "section-136e-objection"
    /// No longer produced: § 128 from 2024-07-01 was read (LBK 909/2024; BEK 839/2024 § 4).
    case beltRules2024 = "belt-rules-2024"
    /// No longer produced: a § 128 decision had no maximum before 2024-07-01 (BEK 1239/2019 § 4).
    case beltDuration2020 = "belt-duration-2020"
    /// No longer produced: §§ 137 a–d were read (LOV 627/2011; LBK 810/2012 … 1129/2025).
    case visitRestrictionConditions = "visit-restriction-conditions"
    /// A decision made before 2020-01-01 or 2024-07-01, under sections since changed: the
    /// transitional sections of LOV 498/2019 and LOV 680/2024 are not in the available copy.
    case decisionBeforeRegimeChange = "decision-before-regime-change"
    /// No longer produced: the guardian and *egen interesse* routes are encoded (§ 129, stk. 2–4
    /// to 2019; § 129, stk. 2 and § 136 f from 2020).
    case admissionGuardianRoute = "admission-guardian-route"
    /// No longer produced: the contract has `transgressiveOrConflictBehaviour` (1.1).
    case releaseGripThreshold = "release-grip-threshold"
    /// (1.1) The reassessment the executive order requires (8 months for § 125 stk. 1 and 3 and
    /// § 127 to 2019; 18 months for § 128 to 2024-06-30) is past due and no reassessment is
    /// shown: whether the decision still authorises the measure is not stated.
    case reassessmentOverdue = "reassessment-overdue"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .section129aStart: "§ 129 a between LOV 661/2017 (2017-06-08) and the executive orders applying it (2018-01-01): its first day is not read"
        case .section136aConditions: "no longer produced (1.1): § 136 a read in LBK 1287/2020 and BEK 1239/2019 § 7"
        case .section136eObjection: "no longer produced (1.1): § 136 e read in LBK 1287/2020"
        case .beltRules2024: "no longer produced (1.1): § 128 of 2024 read in LBK 909/2024 and BEK 839/2024 § 4"
        case .beltDuration2020: "no longer produced (1.1): no maximum before 2024-07-01, reassessment within 18 months (BEK 1239/2019 § 4)"
        case .visitRestrictionConditions: "no longer produced (1.1): §§ 137 a–d read"
        case .decisionBeforeRegimeChange: "a decision made before 2020-01-01 or 2024-07-01 used after: the transitional sections of LOV 498/2019 and LOV 680/2024 are not read"
        case .admissionGuardianRoute: "no longer produced (1.1): the guardian and egen interesse routes are encoded"
        case .releaseGripThreshold: "no longer produced (1.1): see transgressiveOrConflictBehaviour"
        case .reassessmentOverdue: "(1.1) the reassessment the executive order requires is past due and none in time is shown (lastReassessedOn): whether the decision still authorises is not stated"
        }
    }
}

/// (1.1) How the law limits the life of the decision asked about (the contract's `durationKind`).
public enum DurationKind: String, FactEnum {
    /// The executive order fixes the validity: the decision *gælder i* N months (2020 → 2024-06-30).
    case fixed
    /// The decision may last *op til* N months; KB fixes the period within it (2024-07-01 →).
    case upTo = "up-to"
    /// KB fixes the period; no maximum, but a reassessment deadline (to 2024-06-30).
    case setByDecision = "set-by-decision"
    /// The decision was made without a time limit where the law allows it.
    case unlimited
    /// The decision must state its scope and duration; no limit is set (SEL § 137 d, stk. 4).
    case statedInDecision = "stated-in-decision"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .fixed: "gælder i N måneder: a validity fixed by the executive order (maxDurationMonths)"
        case .upTo: "op til N måneder: KB fixes the period within maxDurationMonths"
        case .setByDecision: "KB fixes the period; no maximum, a reassessment deadline instead"
        case .unlimited: "tidsubegrænset: made without a time limit where the law allows it (SEL § 125 stk. 2 3. pkt. to 2019; § 128 b for the 24 b group)"
        case .statedInDecision: "the decision states its scope and duration; no limit set (SEL § 137 d stk. 4)"
        }
    }
}
