import SocialPolicyCore

/// The measure a question about coercion asks about (the contract's `intervention`).
///
/// Each value maps, per regime, to the provision of serviceloven afsnit VII that governs it,
/// or to "no legal basis". See ``CoercionRules/route(for:in:)``.
public enum Intervention: String, FactEnum {
    /// Personal alarm or tracking system (SEL § 125, stk. 1 to 2019; §§ 128 a–b from 2020).
    case alarmTracking = "alarm-tracking"
    /// Special door openers on outer doors and unit doors (SEL § 125).
    case specialDoorOpener = "special-door-opener"
    /// Holding a person, or leading them to another room (SEL § 126 to 2019; § 124 d from 2020).
    case holdOrMove = "hold-or-move"
    /// Holding in personal hygiene situations (SEL § 126 a to 2019; §§ 136 a / 136 c from 2020).
    case hygieneHold = "hygiene-hold"
    /// Holding back in, or leading back to, the home (SEL § 127 to 2019; § 124 d from 2020).
    case retainInHome = "retain-in-home"
    /// A soft belt (stofsele) in a chair or bed (SEL § 128).
    case restraintBelt = "restraint-belt"
    /// Admission to a special botilbud without consent (SEL § 129).
    case admissionWithoutConsent = "admission-without-consent"
    /// Admission to a specific § 108 botilbud because of danger to others (SEL § 129 a).
    case admissionDangerToOthers = "admission-danger-to-others"
    /// Physical guidance (SEL § 124 b, from 2020): not coercion.
    case physicalGuidance = "physical-guidance"
    /// Averting help: briefly holding or leading away to avert damage to property (SEL § 124 c, from 2020).
    case avertingHelp = "averting-help"
    /// Releasing a person's grip (SEL § 124 d, stk. 1, from 2024-07-01).
    case releaseGrip = "release-grip"
    /// Safety-creating welfare technology (SEL §§ 128 a–b, from 2020).
    case welfareTechnology = "welfare-technology"
    /// Locking or securing outer doors or windows of the resident's own home (SEL § 128 c, from 2020).
    case lockDoorsWindows = "lock-doors-windows"
    /// Restrictions on visits (SEL §§ 137 a–d).
    case visitRestriction = "visit-restriction"
    /// House rules (SEL § 123, from 2020): not coercion, and never a basis for force.
    case houseRules = "house-rules"
    /// Any other force: outside the catalogue, always unlawful (at most unpunishable as
    /// nødværge/nødret, STRFL §§ 13–14).
    case other
}

/// The person's own consent to the measure (the contract's `consent`).
///
/// Passivity is not consent, and a relative's or guardian's consent is never the person's.
public enum Consent: String, FactEnum {
    /// Informed consent given beforehand by a person able to give it: no coercion.
    case valid
    /// The person refuses or resists (an objection).
    case refuses
    /// The person is passive: not consent, and treated as an objection.
    case passive
    /// The person cannot give consent (and is not recorded as objecting).
    case unable
}

/// The hygiene situation a hygiene hold is for (the contract's `hygieneSituation`).
///
/// SEL § 126 a (2011–2019) allowed holding only in the listed situations; `other` is outside
/// that exhaustive list.
public enum HygieneSituation: String, FactEnum {
    /// Tandbørstning.
    case toothBrushing = "tooth-brushing"
    /// Barbering.
    case shaving
    /// Hårvask, badning og tøjskift.
    case hairWashBathOrClothes = "hair-wash-bath-or-clothes"
    /// Klipning af hår og negle.
    case hairOrNailCutting = "hair-or-nail-cutting"
    /// Skiftning af bleer og bind.
    case diaperChange = "diaper-change"
    /// Plejning af hud.
    case skinCare = "skin-care"
    /// Fjernelse af madrester i kindpose og mundhule.
    case mouthFoodRemoval = "mouth-food-removal"
    /// Any other situation (not on the list).
    case other
}

/// The boolean facts of `coercion.intervention`, by their contract names.
///
/// The rule tables (``CoercionRule``) name the fact each condition reads with this type, so
/// that the hot path reads facts with a `switch` and the tests can enumerate them.
public enum CoercionFact: String, CaseIterable, Sendable, Hashable {
    /// The contract's `significantPermanentImpairment` fact.
    case significantPermanentImpairment
    /// The contract's `impairmentDocumented` fact.
    case impairmentDocumented
    /// The contract's `receivesQualifyingHelp` fact.
    case receivesQualifyingHelp
    /// The contract's `dementiaOrProgressiveDecline` fact.
    case dementiaOrProgressiveDecline
    /// The contract's `voluntaryCooperationAttempted` fact.
    case voluntaryCooperationAttempted
    /// The contract's `lessIntrusiveMeasureSufficient` fact.
    case lessIntrusiveMeasureSufficient
    /// The contract's `isMedicalTreatment` fact.
    case isMedicalTreatment
    /// The contract's `riskOfPersonalInjury` fact.
    case riskOfPersonalInjury
    /// The contract's `imminentRiskOfSeriousInjury` fact.
    case imminentRiskOfSeriousInjury
    /// The contract's `absolutelyNecessary` fact.
    case absolutelyNecessary
    /// The contract's `riskArisesFromLeaving` fact.
    case riskArisesFromLeaving
    /// The contract's `otherMeasuresTriedInVain` fact.
    case otherMeasuresTriedInVain
    /// The contract's `purposeIsFallPreventionOnly` fact.
    case purposeIsFallPreventionOnly
    /// The contract's `dangerousBehaviour` fact.
    case dangerousBehaviour
    /// The contract's `severelyTransgressiveBehaviour` fact.
    case severelyTransgressiveBehaviour
    /// The contract's `enteredOthersHomeAgainstWish` fact.
    case enteredOthersHomeAgainstWish
    /// The contract's `grippingPersonOrDoorHandle` fact.
    case grippingPersonOrDoorHandle
    /// The contract's `riskOfSubstantialPropertyDamage` fact.
    case riskOfSubstantialPropertyDamage
    /// The contract's `technologyOnApprovedList` fact.
    case technologyOnApprovedList
    /// The contract's `moveAbsolutelyNecessaryForHelp` fact.
    case moveAbsolutelyNecessaryForHelp
    /// The contract's `helpImpossibleInCurrentHome` fact.
    case helpImpossibleInCurrentHome
    /// The contract's `cannotOverseeConsequences` fact.
    case cannotOverseeConsequences
    /// The contract's `exposesSelfToSeriousInjury` fact.
    case exposesSelfToSeriousInjury
    /// The contract's `irresponsibleNotToMove` fact.
    case irresponsibleNotToMove
    /// The contract's `vacantPlaceAvailable` fact.
    case vacantPlaceAvailable
    /// The contract's `impairmentFromMentalIllness` fact.
    case impairmentFromMentalIllness
    /// The contract's `dangerToResidentsOrStaff` fact.
    case dangerToResidentsOrStaff
    /// The contract's `irresponsibleForOthersSafety` fact.
    case irresponsibleForOthersSafety
    /// The contract's `newPlaceBetterSuited` fact.
    case newPlaceBetterSuited
    /// The contract's `guardianConsents` fact.
    case guardianConsents
    /// The contract's `hasGuardian` fact.
    case hasGuardian
    /// The contract's `hasDecision` fact.
    case hasDecision
    /// A derived fact: the hygiene situation is on the exhaustive list of SEL § 126 a.
    case hygieneSituationOnList
}

/// What a host's own record must supply to ask `coercion.intervention` without JSON.
///
/// A botilbud or case system adopts this protocol on its own resident or incident type and
/// passes it to ``CoercionQuestion/Facts/init(_:)``.
///
/// ## Implementation requirements
/// - ``intervention`` is required. Every other property has a default of `nil` (unknown) and
///   need only be implemented when the host knows the answer.
/// - Return `nil` for anything not established in the case file. Never return a default such
///   as `false` for an unknown fact: the library fails closed on unknowns, but a `false` it
///   will believe.
/// - ``consent`` is the person's own consent. Do not map a relative's or a guardian's consent
///   to ``Consent/valid``; report passivity as ``Consent/passive``.
/// - ``decisionDate`` is the date of the afgørelse authorising the measure for this person,
///   not the date it was last used.
/// - Be cheap to read: the properties are read once per evaluation.
public protocol CoercionFactsProviding {
    /// The measure.
    var intervention: Intervention { get }
    /// Betydelig og varigt nedsat psykisk funktionsevne.
    var significantPermanentImpairment: Bool? { get }
    /// The professional documentation of the impairment exists.
    var impairmentDocumented: Bool? { get }
    /// Receives help under SEL §§ 83–87, 101–102, 103–104 (or lives in §§ 107–108).
    var receivesQualifyingHelp: Bool? { get }
    /// The impairment is due to dementia or acquired progressive mental decline.
    var dementiaOrProgressiveDecline: Bool? { get }
    /// The person's own consent.
    var consent: Consent? { get }
    /// Everything possible was done to obtain voluntary cooperation (SEL § 124, stk. 2).
    var voluntaryCooperationAttempted: Bool? { get }
    /// A less intrusive measure would suffice (SEL § 124, stk. 3).
    var lessIntrusiveMeasureSufficient: Bool? { get }
    /// The act is health treatment, not care.
    var isMedicalTreatment: Bool? { get }
    /// Risiko for personskade.
    var riskOfPersonalInjury: Bool? { get }
    /// Nærliggende risiko for væsentlig personskade.
    var imminentRiskOfSeriousInjury: Bool? { get }
    /// The circumstances make it absolutely necessary.
    var absolutelyNecessary: Bool? { get }
    /// The risk arises when the person leaves the offer.
    var riskArisesFromLeaving: Bool? { get }
    /// The Act's other, milder options were tried or considered in vain.
    var otherMeasuresTriedInVain: Bool? { get }
    /// The hygiene situation.
    var hygieneSituation: HygieneSituation? { get }
    /// The belt's sole purpose is to prevent falls.
    var purposeIsFallPreventionOnly: Bool? { get }
    /// Behaviour dangerous to the person or others.
    var dangerousBehaviour: Bool? { get }
    /// Very transgressive or conflict-creating behaviour towards others.
    var severelyTransgressiveBehaviour: Bool? { get }
    /// Has entered another resident's home against that resident's wish.
    var enteredOthersHomeAgainstWish: Bool? { get }
    /// Grips another person, or the door handle of another's home.
    var grippingPersonOrDoorHandle: Bool? { get }
    /// Risk of substantial destruction of belongings or other values.
    var riskOfSubstantialPropertyDamage: Bool? { get }
    /// The welfare technology is on the minister's list.
    var technologyOnApprovedList: Bool? { get }
    /// § 129: the move is absolutely necessary to give the person the help they need.
    var moveAbsolutelyNecessaryForHelp: Bool? { get }
    /// § 129: the help cannot be given in the current home.
    var helpImpossibleInCurrentHome: Bool? { get }
    /// § 129: the person cannot oversee the consequences.
    var cannotOverseeConsequences: Bool? { get }
    /// § 129: the person exposes themself to serious injury.
    var exposesSelfToSeriousInjury: Bool? { get }
    /// § 129: it is irresponsible not to move the person.
    var irresponsibleNotToMove: Bool? { get }
    /// § 129: a concrete vacant place is available now or within a short, stated period.
    var vacantPlaceAvailable: Bool? { get }
    /// § 129 a: the impairment results from a mental illness (sindslidelse).
    var impairmentFromMentalIllness: Bool? { get }
    /// § 129 a: the person is a substantial danger to, or threatening towards, residents or staff.
    var dangerToResidentsOrStaff: Bool? { get }
    /// § 129 a: it is irresponsible towards the others' safety not to move the person.
    var irresponsibleForOthersSafety: Bool? { get }
    /// § 129 a: the new botilbud is shown to be better suited.
    var newPlaceBetterSuited: Bool? { get }
    /// A værge or fremtidsfuldmægtig joins in (counts only where a route says so).
    var guardianConsents: Bool? { get }
    /// A værge or fremtidsfuldmægtig exists for personal matters.
    var hasGuardian: Bool? { get }
    /// A prior decision authorising this measure for this person exists.
    var hasDecision: Bool? { get }
    /// When that decision was made.
    var decisionDate: CivilDate? { get }
}

extension CoercionFactsProviding {
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var significantPermanentImpairment: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var impairmentDocumented: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var receivesQualifyingHelp: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var dementiaOrProgressiveDecline: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var consent: Consent? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var voluntaryCooperationAttempted: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var lessIntrusiveMeasureSufficient: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var isMedicalTreatment: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var riskOfPersonalInjury: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var imminentRiskOfSeriousInjury: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var absolutelyNecessary: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var riskArisesFromLeaving: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var otherMeasuresTriedInVain: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var hygieneSituation: HygieneSituation? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var purposeIsFallPreventionOnly: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var dangerousBehaviour: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var severelyTransgressiveBehaviour: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var enteredOthersHomeAgainstWish: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var grippingPersonOrDoorHandle: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var riskOfSubstantialPropertyDamage: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var technologyOnApprovedList: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var moveAbsolutelyNecessaryForHelp: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var helpImpossibleInCurrentHome: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var cannotOverseeConsequences: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var exposesSelfToSeriousInjury: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var irresponsibleNotToMove: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var vacantPlaceAvailable: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var impairmentFromMentalIllness: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var dangerToResidentsOrStaff: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var irresponsibleForOthersSafety: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var newPlaceBetterSuited: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var guardianConsents: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var hasGuardian: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var hasDecision: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var decisionDate: CivilDate? { nil }
}

extension CoercionQuestion {
    /// The facts of one case: the measure and what is known about the person and the situation.
    ///
    /// Every property but ``intervention`` is optional; `nil` means unknown.
    public struct Facts: Sendable, Hashable, CoercionFactsProviding {
        /// The `intervention` fact.
        public var intervention: Intervention
        /// The `significantPermanentImpairment` fact; `nil` when unknown (see the question's `factSpecs`).
        public var significantPermanentImpairment: Bool?
        /// The `impairmentDocumented` fact; `nil` when unknown (see the question's `factSpecs`).
        public var impairmentDocumented: Bool?
        /// The `receivesQualifyingHelp` fact; `nil` when unknown (see the question's `factSpecs`).
        public var receivesQualifyingHelp: Bool?
        /// The `dementiaOrProgressiveDecline` fact; `nil` when unknown (see the question's `factSpecs`).
        public var dementiaOrProgressiveDecline: Bool?
        /// The `consent` fact.
        public var consent: Consent?
        /// The `voluntaryCooperationAttempted` fact; `nil` when unknown (see the question's `factSpecs`).
        public var voluntaryCooperationAttempted: Bool?
        /// The `lessIntrusiveMeasureSufficient` fact; `nil` when unknown (see the question's `factSpecs`).
        public var lessIntrusiveMeasureSufficient: Bool?
        /// The `isMedicalTreatment` fact; `nil` when unknown (see the question's `factSpecs`).
        public var isMedicalTreatment: Bool?
        /// The `riskOfPersonalInjury` fact; `nil` when unknown (see the question's `factSpecs`).
        public var riskOfPersonalInjury: Bool?
        /// The `imminentRiskOfSeriousInjury` fact; `nil` when unknown (see the question's `factSpecs`).
        public var imminentRiskOfSeriousInjury: Bool?
        /// The `absolutelyNecessary` fact; `nil` when unknown (see the question's `factSpecs`).
        public var absolutelyNecessary: Bool?
        /// The `riskArisesFromLeaving` fact; `nil` when unknown (see the question's `factSpecs`).
        public var riskArisesFromLeaving: Bool?
        /// The `otherMeasuresTriedInVain` fact; `nil` when unknown (see the question's `factSpecs`).
        public var otherMeasuresTriedInVain: Bool?
        /// The `hygieneSituation` fact.
        public var hygieneSituation: HygieneSituation?
        /// The `purposeIsFallPreventionOnly` fact; `nil` when unknown (see the question's `factSpecs`).
        public var purposeIsFallPreventionOnly: Bool?
        /// The `dangerousBehaviour` fact; `nil` when unknown (see the question's `factSpecs`).
        public var dangerousBehaviour: Bool?
        /// The `severelyTransgressiveBehaviour` fact; `nil` when unknown (see the question's `factSpecs`).
        public var severelyTransgressiveBehaviour: Bool?
        /// The `enteredOthersHomeAgainstWish` fact; `nil` when unknown (see the question's `factSpecs`).
        public var enteredOthersHomeAgainstWish: Bool?
        /// The `grippingPersonOrDoorHandle` fact; `nil` when unknown (see the question's `factSpecs`).
        public var grippingPersonOrDoorHandle: Bool?
        /// The `riskOfSubstantialPropertyDamage` fact; `nil` when unknown (see the question's `factSpecs`).
        public var riskOfSubstantialPropertyDamage: Bool?
        /// The `technologyOnApprovedList` fact; `nil` when unknown (see the question's `factSpecs`).
        public var technologyOnApprovedList: Bool?
        /// The `moveAbsolutelyNecessaryForHelp` fact; `nil` when unknown (see the question's `factSpecs`).
        public var moveAbsolutelyNecessaryForHelp: Bool?
        /// The `helpImpossibleInCurrentHome` fact; `nil` when unknown (see the question's `factSpecs`).
        public var helpImpossibleInCurrentHome: Bool?
        /// The `cannotOverseeConsequences` fact; `nil` when unknown (see the question's `factSpecs`).
        public var cannotOverseeConsequences: Bool?
        /// The `exposesSelfToSeriousInjury` fact; `nil` when unknown (see the question's `factSpecs`).
        public var exposesSelfToSeriousInjury: Bool?
        /// The `irresponsibleNotToMove` fact; `nil` when unknown (see the question's `factSpecs`).
        public var irresponsibleNotToMove: Bool?
        /// The `vacantPlaceAvailable` fact; `nil` when unknown (see the question's `factSpecs`).
        public var vacantPlaceAvailable: Bool?
        /// The `impairmentFromMentalIllness` fact; `nil` when unknown (see the question's `factSpecs`).
        public var impairmentFromMentalIllness: Bool?
        /// The `dangerToResidentsOrStaff` fact; `nil` when unknown (see the question's `factSpecs`).
        public var dangerToResidentsOrStaff: Bool?
        /// The `irresponsibleForOthersSafety` fact; `nil` when unknown (see the question's `factSpecs`).
        public var irresponsibleForOthersSafety: Bool?
        /// The `newPlaceBetterSuited` fact; `nil` when unknown (see the question's `factSpecs`).
        public var newPlaceBetterSuited: Bool?
        /// The `guardianConsents` fact; `nil` when unknown (see the question's `factSpecs`).
        public var guardianConsents: Bool?
        /// The `hasGuardian` fact; `nil` when unknown (see the question's `factSpecs`).
        public var hasGuardian: Bool?
        /// The `hasDecision` fact; `nil` when unknown (see the question's `factSpecs`).
        public var hasDecision: Bool?
        /// The `decisionDate` fact; `nil` when unknown (see the question's `factSpecs`).
        public var decisionDate: CivilDate?

        /// Facts with only the measure known.
        public init(intervention: Intervention) { self.intervention = intervention }

        /// Copies the facts from a host's own record.
        public init(_ provider: some CoercionFactsProviding) {
            intervention = provider.intervention
            significantPermanentImpairment = provider.significantPermanentImpairment
            impairmentDocumented = provider.impairmentDocumented
            receivesQualifyingHelp = provider.receivesQualifyingHelp
            dementiaOrProgressiveDecline = provider.dementiaOrProgressiveDecline
            consent = provider.consent
            voluntaryCooperationAttempted = provider.voluntaryCooperationAttempted
            lessIntrusiveMeasureSufficient = provider.lessIntrusiveMeasureSufficient
            isMedicalTreatment = provider.isMedicalTreatment
            riskOfPersonalInjury = provider.riskOfPersonalInjury
            imminentRiskOfSeriousInjury = provider.imminentRiskOfSeriousInjury
            absolutelyNecessary = provider.absolutelyNecessary
            riskArisesFromLeaving = provider.riskArisesFromLeaving
            otherMeasuresTriedInVain = provider.otherMeasuresTriedInVain
            hygieneSituation = provider.hygieneSituation
            purposeIsFallPreventionOnly = provider.purposeIsFallPreventionOnly
            dangerousBehaviour = provider.dangerousBehaviour
            severelyTransgressiveBehaviour = provider.severelyTransgressiveBehaviour
            enteredOthersHomeAgainstWish = provider.enteredOthersHomeAgainstWish
            grippingPersonOrDoorHandle = provider.grippingPersonOrDoorHandle
            riskOfSubstantialPropertyDamage = provider.riskOfSubstantialPropertyDamage
            technologyOnApprovedList = provider.technologyOnApprovedList
            moveAbsolutelyNecessaryForHelp = provider.moveAbsolutelyNecessaryForHelp
            helpImpossibleInCurrentHome = provider.helpImpossibleInCurrentHome
            cannotOverseeConsequences = provider.cannotOverseeConsequences
            exposesSelfToSeriousInjury = provider.exposesSelfToSeriousInjury
            irresponsibleNotToMove = provider.irresponsibleNotToMove
            vacantPlaceAvailable = provider.vacantPlaceAvailable
            impairmentFromMentalIllness = provider.impairmentFromMentalIllness
            dangerToResidentsOrStaff = provider.dangerToResidentsOrStaff
            irresponsibleForOthersSafety = provider.irresponsibleForOthersSafety
            newPlaceBetterSuited = provider.newPlaceBetterSuited
            guardianConsents = provider.guardianConsents
            hasGuardian = provider.hasGuardian
            hasDecision = provider.hasDecision
            decisionDate = provider.decisionDate
        }

        /// The value of a boolean fact (or derived fact), `nil` when unknown.
        public subscript(fact: CoercionFact) -> Bool? {
            get {
                switch fact {
                case .significantPermanentImpairment: significantPermanentImpairment
                case .impairmentDocumented: impairmentDocumented
                case .receivesQualifyingHelp: receivesQualifyingHelp
                case .dementiaOrProgressiveDecline: dementiaOrProgressiveDecline
                case .voluntaryCooperationAttempted: voluntaryCooperationAttempted
                case .lessIntrusiveMeasureSufficient: lessIntrusiveMeasureSufficient
                case .isMedicalTreatment: isMedicalTreatment
                case .riskOfPersonalInjury: riskOfPersonalInjury
                case .imminentRiskOfSeriousInjury: imminentRiskOfSeriousInjury
                case .absolutelyNecessary: absolutelyNecessary
                case .riskArisesFromLeaving: riskArisesFromLeaving
                case .otherMeasuresTriedInVain: otherMeasuresTriedInVain
                case .purposeIsFallPreventionOnly: purposeIsFallPreventionOnly
                case .dangerousBehaviour: dangerousBehaviour
                case .severelyTransgressiveBehaviour: severelyTransgressiveBehaviour
                case .enteredOthersHomeAgainstWish: enteredOthersHomeAgainstWish
                case .grippingPersonOrDoorHandle: grippingPersonOrDoorHandle
                case .riskOfSubstantialPropertyDamage: riskOfSubstantialPropertyDamage
                case .technologyOnApprovedList: technologyOnApprovedList
                case .moveAbsolutelyNecessaryForHelp: moveAbsolutelyNecessaryForHelp
                case .helpImpossibleInCurrentHome: helpImpossibleInCurrentHome
                case .cannotOverseeConsequences: cannotOverseeConsequences
                case .exposesSelfToSeriousInjury: exposesSelfToSeriousInjury
                case .irresponsibleNotToMove: irresponsibleNotToMove
                case .vacantPlaceAvailable: vacantPlaceAvailable
                case .impairmentFromMentalIllness: impairmentFromMentalIllness
                case .dangerToResidentsOrStaff: dangerToResidentsOrStaff
                case .irresponsibleForOthersSafety: irresponsibleForOthersSafety
                case .newPlaceBetterSuited: newPlaceBetterSuited
                case .guardianConsents: guardianConsents
                case .hasGuardian: hasGuardian
                case .hasDecision: hasDecision
                case .hygieneSituationOnList: hygieneSituation.map { $0 != .other }
                }
            }
            set {
                switch fact {
                case .significantPermanentImpairment: significantPermanentImpairment = newValue
                case .impairmentDocumented: impairmentDocumented = newValue
                case .receivesQualifyingHelp: receivesQualifyingHelp = newValue
                case .dementiaOrProgressiveDecline: dementiaOrProgressiveDecline = newValue
                case .voluntaryCooperationAttempted: voluntaryCooperationAttempted = newValue
                case .lessIntrusiveMeasureSufficient: lessIntrusiveMeasureSufficient = newValue
                case .isMedicalTreatment: isMedicalTreatment = newValue
                case .riskOfPersonalInjury: riskOfPersonalInjury = newValue
                case .imminentRiskOfSeriousInjury: imminentRiskOfSeriousInjury = newValue
                case .absolutelyNecessary: absolutelyNecessary = newValue
                case .riskArisesFromLeaving: riskArisesFromLeaving = newValue
                case .otherMeasuresTriedInVain: otherMeasuresTriedInVain = newValue
                case .purposeIsFallPreventionOnly: purposeIsFallPreventionOnly = newValue
                case .dangerousBehaviour: dangerousBehaviour = newValue
                case .severelyTransgressiveBehaviour: severelyTransgressiveBehaviour = newValue
                case .enteredOthersHomeAgainstWish: enteredOthersHomeAgainstWish = newValue
                case .grippingPersonOrDoorHandle: grippingPersonOrDoorHandle = newValue
                case .riskOfSubstantialPropertyDamage: riskOfSubstantialPropertyDamage = newValue
                case .technologyOnApprovedList: technologyOnApprovedList = newValue
                case .moveAbsolutelyNecessaryForHelp: moveAbsolutelyNecessaryForHelp = newValue
                case .helpImpossibleInCurrentHome: helpImpossibleInCurrentHome = newValue
                case .cannotOverseeConsequences: cannotOverseeConsequences = newValue
                case .exposesSelfToSeriousInjury: exposesSelfToSeriousInjury = newValue
                case .irresponsibleNotToMove: irresponsibleNotToMove = newValue
                case .vacantPlaceAvailable: vacantPlaceAvailable = newValue
                case .impairmentFromMentalIllness: impairmentFromMentalIllness = newValue
                case .dangerToResidentsOrStaff: dangerToResidentsOrStaff = newValue
                case .irresponsibleForOthersSafety: irresponsibleForOthersSafety = newValue
                case .newPlaceBetterSuited: newPlaceBetterSuited = newValue
                case .guardianConsents: guardianConsents = newValue
                case .hasGuardian: hasGuardian = newValue
                case .hasDecision: hasDecision = newValue
                case .hygieneSituationOnList:
                    hygieneSituation = newValue.map { $0 ? .toothBrushing : .other }
                }
            }
        }
    }
}
