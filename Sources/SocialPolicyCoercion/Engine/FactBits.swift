import SocialPolicyCore

// Three-valued facts as two bit masks (`known`, `value`) over one enum of facts: the hot path
// tests a provision's conditions with a handful of integer operations and touches no
// reference-counted value. The enum's order is the order in which missing facts are asked
// for: the general conditions first, then the provisions' own, the decision last.

/// One three-valued fact the rules read: a boolean fact of the contract, a fact derived from an
/// enum, a list or a date (`notConsenting` from `consent`), or a pseudo-fact of the decision's
/// life (`decisionDateKnown`). Package-internal: rule tables name their conditions with it.
package enum CoercionFact: UInt8, CaseIterable, Sendable {
    // General conditions (§ 124, § 124 a, § 136, § 136 b).
    case notConsenting
    case isMedicalTreatment
    case significantPermanentImpairment
    case impairmentDocumented
    case helpKap24
    case help24ab
    case receivesQualifyingHelp
    case aelKap24
    case ael24ab
    case dementiaOrProgressiveDecline
    case voluntaryCooperationAttempted
    case lessIntrusiveMeasureSufficient
    case noObjection
    case representativeNoObjection
    case lacksCapacity
    // The provisions' own conditions.
    case riskOfPersonalInjury
    case imminentRiskOfSeriousInjury
    case imminentRiskOfAnyInjury
    case riskArisesFromLeaving
    case absolutelyNecessary
    case otherMeasuresTriedInVain
    case dangerousBehaviour
    case severelyTransgressiveBehaviour
    case transgressiveAny
    case enteredOthersHomeAgainstWish
    case grippingPersonOrDoorHandle
    case riskOfSubstantialPropertyDamage
    case hygieneOnList2013
    case hygieneOnList2020
    case purposeFall
    case purposeFallLegacy
    case purposeSittingOrSudden
    case purposeEnableAction
    case placeOuterDoor
    case technologyListed
    case kindSeizure
    case kindCamera
    case accessKeptOpen
    case repeatedTransgressiveBehaviour
    case repeatedDangerOrDestructionThere
    case exceptionalSituation
    case repeatedHarmWithStoredObjects
    case substantialImminentRiskOfGraveInjury
    case substantialHealthRisk
    case moveAbsolutelyNecessaryForHelp
    case helpImpossibleInCurrentHome
    case cannotOverseeConsequences
    case exposesSelfToSeriousInjury
    case irresponsibleNotToMove
    case vacantPlaceAvailable
    case serviceBotilbudRequiredForHelp
    case mostAppropriateForCare
    case alreadyResidentInSuchBotilbud
    case equivalentHomeInOwnInterest
    case impairmentFromMentalIllness
    case dangerToResidentsOrStaff
    case irresponsibleForOthersSafety
    case newPlaceBetterSuited
    case housingWithStaffAndCommonAreas
    case areaCommon
    case areaPrivate
    case visitorBehaviourListed
    case visitorBehaviourSerious
    case visitorBehaviourTowardsStaff
    case milderStepsTowardsVisitorTried
    case decisionStatesScopeAndDuration
    // The decision and its life.
    case hasDecision
    case decisionDateKnown
    case reassessmentShown
    case unlimitedShown
    case extensionShown
    // Stored facts the rules read only through a derived fact or for obligations.
    case purposeIsFallPreventionOnly
    case technologyOnApprovedList
    case imminentRiskOfInjury
    case transgressiveOrConflictBehaviour
    case representativeObjects
    case representativeAgrees
    case guardianConsents
    case hasGuardian
    case lacksCapacityToConsent
    case decisionExtended
    case decisionUnlimited
    case stronglyResists
    case provisionalDecision
    case usesArtificialIntelligence

    /// The contract fact a host is asked for when this one is unknown.
    package var contractName: String {
        switch self {
        case .notConsenting, .noObjection: "consent"
        case .helpKap24, .help24ab, .receivesQualifyingHelp: "receivesQualifyingHelp"
        case .aelKap24, .ael24ab: "aeldrelovHelp"
        case .representativeNoObjection, .representativeObjects: "representativeObjects"
        case .lacksCapacity, .lacksCapacityToConsent: "lacksCapacityToConsent"
        case .imminentRiskOfAnyInjury, .imminentRiskOfInjury: "imminentRiskOfInjury"
        case .transgressiveAny, .transgressiveOrConflictBehaviour: "transgressiveOrConflictBehaviour"
        case .hygieneOnList2013, .hygieneOnList2020: "hygieneSituation"
        case .purposeFall, .purposeSittingOrSudden, .purposeEnableAction: "beltPurpose"
        case .purposeFallLegacy, .purposeIsFallPreventionOnly: "purposeIsFallPreventionOnly"
        case .placeOuterDoor: "doorOpenerPlace"
        case .technologyListed, .technologyOnApprovedList: "technologyOnApprovedList"
        case .kindSeizure, .kindCamera: "welfareTechnologyKind"
        case .areaCommon, .areaPrivate: "restrictedArea"
        case .visitorBehaviourListed, .visitorBehaviourSerious: "visitorBehaviour"
        case .decisionDateKnown: "decisionDate"
        case .reassessmentShown: "lastReassessedOn"
        case .unlimitedShown, .decisionUnlimited: "decisionUnlimited"
        case .extensionShown, .decisionExtended: "decisionExtended"
        case .isMedicalTreatment: "isMedicalTreatment"
        case .significantPermanentImpairment: "significantPermanentImpairment"
        case .impairmentDocumented: "impairmentDocumented"
        case .dementiaOrProgressiveDecline: "dementiaOrProgressiveDecline"
        case .voluntaryCooperationAttempted: "voluntaryCooperationAttempted"
        case .lessIntrusiveMeasureSufficient: "lessIntrusiveMeasureSufficient"
        case .riskOfPersonalInjury: "riskOfPersonalInjury"
        case .imminentRiskOfSeriousInjury: "imminentRiskOfSeriousInjury"
        case .riskArisesFromLeaving: "riskArisesFromLeaving"
        case .absolutelyNecessary: "absolutelyNecessary"
        case .otherMeasuresTriedInVain: "otherMeasuresTriedInVain"
        case .dangerousBehaviour: "dangerousBehaviour"
        case .severelyTransgressiveBehaviour: "severelyTransgressiveBehaviour"
        case .enteredOthersHomeAgainstWish: "enteredOthersHomeAgainstWish"
        case .grippingPersonOrDoorHandle: "grippingPersonOrDoorHandle"
        case .riskOfSubstantialPropertyDamage: "riskOfSubstantialPropertyDamage"
        case .accessKeptOpen: "accessKeptOpen"
        case .repeatedTransgressiveBehaviour: "repeatedTransgressiveBehaviour"
        case .repeatedDangerOrDestructionThere: "repeatedDangerOrDestructionThere"
        case .exceptionalSituation: "exceptionalSituation"
        case .repeatedHarmWithStoredObjects: "repeatedHarmWithStoredObjects"
        case .substantialImminentRiskOfGraveInjury: "substantialImminentRiskOfGraveInjury"
        case .substantialHealthRisk: "substantialHealthRisk"
        case .moveAbsolutelyNecessaryForHelp: "moveAbsolutelyNecessaryForHelp"
        case .helpImpossibleInCurrentHome: "helpImpossibleInCurrentHome"
        case .cannotOverseeConsequences: "cannotOverseeConsequences"
        case .exposesSelfToSeriousInjury: "exposesSelfToSeriousInjury"
        case .irresponsibleNotToMove: "irresponsibleNotToMove"
        case .vacantPlaceAvailable: "vacantPlaceAvailable"
        case .serviceBotilbudRequiredForHelp: "serviceBotilbudRequiredForHelp"
        case .mostAppropriateForCare: "mostAppropriateForCare"
        case .alreadyResidentInSuchBotilbud: "alreadyResidentInSuchBotilbud"
        case .equivalentHomeInOwnInterest: "equivalentHomeInOwnInterest"
        case .impairmentFromMentalIllness: "impairmentFromMentalIllness"
        case .dangerToResidentsOrStaff: "dangerToResidentsOrStaff"
        case .irresponsibleForOthersSafety: "irresponsibleForOthersSafety"
        case .newPlaceBetterSuited: "newPlaceBetterSuited"
        case .housingWithStaffAndCommonAreas: "housingWithStaffAndCommonAreas"
        case .visitorBehaviourTowardsStaff: "visitorBehaviourTowardsStaff"
        case .milderStepsTowardsVisitorTried: "milderStepsTowardsVisitorTried"
        case .decisionStatesScopeAndDuration: "decisionStatesScopeAndDuration"
        case .hasDecision: "hasDecision"
        case .representativeAgrees: "representativeAgrees"
        case .guardianConsents: "guardianConsents"
        case .hasGuardian: "hasGuardian"
        case .stronglyResists: "stronglyResists"
        case .provisionalDecision: "provisionalDecision"
        case .usesArtificialIntelligence: "usesArtificialIntelligence"
        }
    }

    /// The boolean facts of the contract, in the order of `factSpecs`.
    package static let storedBooleans: [CoercionFact] = [
        .significantPermanentImpairment, .impairmentDocumented, .receivesQualifyingHelp, .dementiaOrProgressiveDecline,
        .voluntaryCooperationAttempted, .lessIntrusiveMeasureSufficient, .isMedicalTreatment, .riskOfPersonalInjury,
        .imminentRiskOfSeriousInjury, .absolutelyNecessary, .riskArisesFromLeaving, .otherMeasuresTriedInVain,
        .purposeIsFallPreventionOnly, .dangerousBehaviour, .severelyTransgressiveBehaviour, .enteredOthersHomeAgainstWish,
        .grippingPersonOrDoorHandle, .riskOfSubstantialPropertyDamage, .technologyOnApprovedList,
        .moveAbsolutelyNecessaryForHelp, .helpImpossibleInCurrentHome, .cannotOverseeConsequences,
        .exposesSelfToSeriousInjury, .irresponsibleNotToMove, .vacantPlaceAvailable, .impairmentFromMentalIllness,
        .dangerToResidentsOrStaff, .irresponsibleForOthersSafety, .newPlaceBetterSuited, .guardianConsents, .hasGuardian,
        .hasDecision,
        // 1.1
        .transgressiveOrConflictBehaviour, .imminentRiskOfInjury, .representativeObjects, .representativeAgrees,
        .lacksCapacityToConsent, .serviceBotilbudRequiredForHelp, .mostAppropriateForCare, .alreadyResidentInSuchBotilbud,
        .equivalentHomeInOwnInterest, .accessKeptOpen, .repeatedTransgressiveBehaviour, .repeatedDangerOrDestructionThere,
        .exceptionalSituation, .repeatedHarmWithStoredObjects, .substantialImminentRiskOfGraveInjury, .substantialHealthRisk,
        .decisionExtended, .decisionUnlimited, .stronglyResists, .housingWithStaffAndCommonAreas,
        .visitorBehaviourTowardsStaff, .milderStepsTowardsVisitorTried, .decisionStatesScopeAndDuration,
        .provisionalDecision, .usesArtificialIntelligence,
    ]
}

/// A set of ``CoercionFact``s: 128 bits in two words.
package struct FactMask: Hashable, Sendable {
    package var low: UInt64
    package var high: UInt64

    @inline(__always) package init(low: UInt64 = 0, high: UInt64 = 0) {
        self.low = low
        self.high = high
    }

    /// The set holding `fact` alone.
    @inline(__always) package init(_ fact: CoercionFact) {
        let bit = fact.rawValue
        if bit < 64 { self.init(low: 1 &<< UInt64(bit)) } else { self.init(high: 1 &<< UInt64(bit &- 64)) }
    }

    /// The set of `facts`.
    package init(_ facts: [CoercionFact]) {
        self.init()
        for fact in facts { self.formUnion(FactMask(fact)) }
    }

    package static let empty = FactMask()

    @inline(__always) package var isEmpty: Bool { low == 0 && high == 0 }
    @inline(__always) package func contains(_ fact: CoercionFact) -> Bool { !intersection(FactMask(fact)).isEmpty }
    @inline(__always) package func union(_ other: FactMask) -> FactMask { FactMask(low: low | other.low, high: high | other.high) }
    @inline(__always) package func intersection(_ other: FactMask) -> FactMask { FactMask(low: low & other.low, high: high & other.high) }
    @inline(__always) package func subtracting(_ other: FactMask) -> FactMask { FactMask(low: low & ~other.low, high: high & ~other.high) }
    @inline(__always) package mutating func formUnion(_ other: FactMask) {
        low |= other.low
        high |= other.high
    }
    @inline(__always) package func isSubset(of other: FactMask) -> Bool { subtracting(other).isEmpty }

    /// The first fact of the set in the order of ``CoercionFact`` (the one to ask for first).
    @inline(__always) package var first: CoercionFact? {
        if low != 0 { return CoercionFact(rawValue: UInt8(low.trailingZeroBitCount)) }
        if high != 0 { return CoercionFact(rawValue: UInt8(64 + high.trailingZeroBitCount)) }
        return nil
    }

    /// The facts of the set, in order (for the explanation; allocates).
    package var facts: [CoercionFact] { CoercionFact.allCases.filter { contains($0) } }
}

/// Three-valued facts: `known` holds the facts whose value is known, `value` those that are
/// known and true.
package struct TriState: Hashable, Sendable {
    package var known = FactMask()
    package var value = FactMask()

    package init() {}

    /// The value of `fact`: `true`, `false`, or `nil` when unknown.
    @inline(__always) package subscript(fact: CoercionFact) -> Bool? {
        get {
            let bit = FactMask(fact)
            guard !known.intersection(bit).isEmpty else { return nil }
            return !value.intersection(bit).isEmpty
        }
        set {
            let bit = FactMask(fact)
            known = known.subtracting(bit)
            value = value.subtracting(bit)
            if let newValue {
                known.formUnion(bit)
                if newValue { value.formUnion(bit) }
            }
        }
    }
}

/// Three-valued logic on `Bool?`, for the derived facts.
extension Optional where Wrapped == Bool {
    /// Any-of: `true` if either is true, `false` if both are false, otherwise unknown.
    @inline(__always) package func or(_ other: Bool?) -> Bool? {
        if self == true || other == true { return true }
        if self == false && other == false { return false }
        return nil
    }

    /// All-of: `false` if either is false, `true` if both are true, otherwise unknown.
    @inline(__always) package func and(_ other: Bool?) -> Bool? {
        if self == false || other == false { return false }
        if self == true && other == true { return true }
        return nil
    }
}
