import SocialPolicyCore

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
///   not the date it was last used; ``actDate`` is the day of the use.
/// - Facts must not contradict each other or the date asked about (a decision dated after
///   `asOf`, a stated period that has ended): the question throws a `PolicyError` naming the
///   fact (``CoercionQuestion/validate(_:asOf:)``).
/// - Be cheap to read: the properties are read once per evaluation.
public protocol CoercionFactsProviding {
    /// The measure.
    var intervention: Intervention { get }
    /// Betydelig og varigt nedsat psykisk funktionsevne.
    var significantPermanentImpairment: Bool? { get }
    /// The professional documentation of the impairment exists.
    var impairmentDocumented: Bool? { get }
    /// Receives help under SEL §§ 83–87, treatment under §§ 101–102 or an offer under §§ 103–104 (or lives in §§ 107–108).
    var receivesQualifyingHelp: Bool? { get }
    /// The impairment is due to dementia or acquired progressive mental decline.
    var dementiaOrProgressiveDecline: Bool? { get }
    /// Everything possible was done to obtain voluntary cooperation (SEL § 124, stk. 2; stk. 3 from 2020).
    var voluntaryCooperationAttempted: Bool? { get }
    /// A less intrusive measure would suffice (SEL § 124, stk. 3; stk. 4 from 2020).
    var lessIntrusiveMeasureSufficient: Bool? { get }
    /// The act is health treatment, not care.
    var isMedicalTreatment: Bool? { get }
    /// Risiko for personskade (alarms, welfare technology; fare for §§ 128 c and 128 f).
    var riskOfPersonalInjury: Bool? { get }
    /// Nærliggende risiko for væsentlig personskade.
    var imminentRiskOfSeriousInjury: Bool? { get }
    /// The circumstances make it absolutely necessary (read strictly wherever the Act says påkrævet or nødvendigt).
    var absolutelyNecessary: Bool? { get }
    /// The risk arises when the person leaves the offer, the home or the outdoor area.
    var riskArisesFromLeaving: Bool? { get }
    /// The Act's other, milder options were tried in vain (SEL § 125, stk. 3, nr. 3 to 2019; § 125 from 2020; § 127).
    var otherMeasuresTriedInVain: Bool? { get }
    /// The belt's sole purpose is to prevent falls.
    var purposeIsFallPreventionOnly: Bool? { get }
    /// Behaviour dangerous to the person or others.
    var dangerousBehaviour: Bool? { get }
    /// Very transgressive or very conflict-creating behaviour towards others.
    var severelyTransgressiveBehaviour: Bool? { get }
    /// Has entered another resident's home against that resident's wish.
    var enteredOthersHomeAgainstWish: Bool? { get }
    /// Grips another person, or the door handle of another's home.
    var grippingPersonOrDoorHandle: Bool? { get }
    /// Risk of substantial destruction of belongings or other values.
    var riskOfSubstantialPropertyDamage: Bool? { get }
    /// The welfare technology, as it is used, is of a kind on the minister's list.
    var technologyOnApprovedList: Bool? { get }
    /// § 129, stk. 1, nr. 1: the move is absolutely necessary to give the person the help they need.
    var moveAbsolutelyNecessaryForHelp: Bool? { get }
    /// § 129, stk. 1, nr. 2: the help cannot be given in the current home.
    var helpImpossibleInCurrentHome: Bool? { get }
    /// § 129, stk. 1, nr. 3: the person cannot oversee the consequences.
    var cannotOverseeConsequences: Bool? { get }
    /// § 129, stk. 1, nr. 4: the person exposes themself to serious injury.
    var exposesSelfToSeriousInjury: Bool? { get }
    /// § 129, stk. 1, nr. 5: it is irresponsible not to move the person.
    var irresponsibleNotToMove: Bool? { get }
    /// § 129: a concrete vacant place is available now or within a short, stated period.
    var vacantPlaceAvailable: Bool? { get }
    /// § 129 a (to 2024-06-30): the impairment results from a mental illness (sindslidelse).
    var impairmentFromMentalIllness: Bool? { get }
    /// § 129 a, nr. 1: the person is a substantial danger to, or threatening towards, residents or staff.
    var dangerToResidentsOrStaff: Bool? { get }
    /// § 129 a, nr. 2: it is irresponsible towards the others' safety not to move the person.
    var irresponsibleForOthersSafety: Bool? { get }
    /// § 129 a, nr. 4: the new botilbud is shown to be better suited.
    var newPlaceBetterSuited: Bool? { get }
    /// A værge or fremtidsfuldmægtig agrees (tiltræder) to the move.
    var guardianConsents: Bool? { get }
    /// A værge or fremtidsfuldmægtig exists for personal matters.
    var hasGuardian: Bool? { get }
    /// A prior decision authorising this measure for this person exists.
    var hasDecision: Bool? { get }
    /// Transgressive or conflict-creating behaviour, not necessarily *very* (SEL § 124 d, stk. 1, from 2024-07-01).
    var transgressiveOrConflictBehaviour: Bool? { get }
    /// Nærliggende risiko for personskade, not necessarily væsentlig (SEL § 128, stk. 1, nr. 1, from 2024-07-01).
    var imminentRiskOfInjury: Bool? { get }
    /// The representative (værge, fremtidsfuldmægtig, nær pårørende med attest) objects (SEL § 136 e, stk. 2–5).
    var representativeObjects: Bool? { get }
    /// The representative agrees (tiltræder) to the move (SEL § 129, stk. 2–3 to 2019; § 136 f from 2020).
    var representativeAgrees: Bool? { get }
    /// The person lacks the capacity to give informed consent (mangler evnen til at give informeret samtykke).
    var lacksCapacityToConsent: Bool? { get }
    /// Guardian route nr. 1: a stay in a botilbud with attached service is required for the necessary help.
    var serviceBotilbudRequiredForHelp: Bool? { get }
    /// Guardian route nr. 2: the move is the most appropriate for the person's care.
    var mostAppropriateForCare: Bool? { get }
    /// Egen interesse route: the person already lives in a botilbud of § 129, stk. 1.
    var alreadyResidentInSuchBotilbud: Bool? { get }
    /// Egen interesse route: in a very special case, a move to an equivalent home where care can be given is in the person's own interest.
    var equivalentHomeInOwnInterest: Bool? { get }
    /// The access the section requires to stay open does (SEL § 128 c, stk. 3; § 128 d, stk. 2; § 128 e, stk. 2; § 128 f, stk. 2).
    var accessKeptOpen: Bool? { get }
    /// SEL § 128 d: the resident has repeatedly shown transgressive or conflict-creating behaviour towards the other residents.
    var repeatedTransgressiveBehaviour: Bool? { get }
    /// SEL § 128 e: the person has repeatedly endangered themself or others, or caused substantial destruction, in that service area or kitchen.
    var repeatedDangerOrDestructionThere: Bool? { get }
    /// SEL § 128 g: a very special situation (helt særlige situationer).
    var exceptionalSituation: Bool? { get }
    /// SEL § 128 g: the resident has repeatedly used objects from the cupboards or drawers to cause substantial injury or damage.
    var repeatedHarmWithStoredObjects: Bool? { get }
    /// SEL § 128 h: a substantial, imminent risk that the resident causes substantial and grave injury to self or others.
    var substantialImminentRiskOfGraveInjury: Bool? { get }
    /// SEL § 128 h: a substantial health risk for the resident or others.
    var substantialHealthRisk: Bool? { get }
    /// The decision was extended by KB (SEL § 126 a: to at most 6 months in all).
    var decisionExtended: Bool? { get }
    /// The decision was made without time limit where the law allows it.
    var decisionUnlimited: Bool? { get }
    /// The person strongly resists staff's use of the decision-based measure (kraftigt modsætter sig).
    var stronglyResists: Bool? { get }
    /// SEL § 137 a: the resident lives in a plejebolig, plejehjem or other housing with attached staff and common areas.
    var housingWithStaffAndCommonAreas: Bool? { get }
    /// SEL § 137 c, stk. 2: the visitor's behaviour (nr. 1 or 2) is directed at staff.
    var visitorBehaviourTowardsStaff: Bool? { get }
    /// SEL § 137 d, stk. 4: less intrusive initiatives towards the visitor were tried first.
    var milderStepsTowardsVisitorTried: Bool? { get }
    /// SEL § 137 d, stk. 4: the decision states the restriction's scope and duration.
    var decisionStatesScopeAndDuration: Bool? { get }
    /// SEL § 137 d, stk. 2: the decision is a provisional one by the administration, as the need could not wait.
    var provisionalDecision: Bool? { get }
    /// The welfare technology works wholly or partly by artificial intelligence (BEK 1412/2024 § 7).
    var usesArtificialIntelligence: Bool? { get }
    /// The person's own consent.
    var consent: Consent? { get }
    /// The hygiene situation.
    var hygieneSituation: HygieneSituation? { get }
    /// When that decision was made (for its duration and the regime it was made under).
    var decisionDate: CivilDate? { get }
    /// What the belt is for (SEL § 128, stk. 1 from 2024-07-01).
    var beltPurpose: BeltPurpose? { get }
    /// The kind of welfare technology.
    var welfareTechnologyKind: WelfareTechnologyKind? { get }
    /// How the welfare technology is used.
    var welfareTechnologyUse: WelfareTechnologyUse? { get }
    /// Who represents the person in personal matters.
    var representative: Representative? { get }
    /// Where the special door openers are fitted.
    var doorOpenerPlace: DoorOpenerPlace? { get }
    /// The visitor's behaviour (SEL § 137 b, stk. 1).
    var visitorBehaviour: VisitorBehaviour? { get }
    /// Where the visit restriction applies.
    var restrictedArea: RestrictedArea? { get }
    /// The help under ældreloven the person receives (read from 2025-07-01).
    var aeldrelovHelp: [AeldrelovHelp]? { get }
    /// How many times § 136 a, stk. 1 holding was used against the person in the 6 months before this use.
    var holdsInLast6Months: Int? { get }
    /// The day the measure was carried out (the move began, for an admission); `asOf` when unknown.
    var actDate: CivilDate? { get }
    /// The last day of the period the decision states.
    var decisionPeriodEndsOn: CivilDate? { get }
    /// The day the continued need for the measure was last reassessed.
    var lastReassessedOn: CivilDate? { get }
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
    public var transgressiveOrConflictBehaviour: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var imminentRiskOfInjury: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var representativeObjects: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var representativeAgrees: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var lacksCapacityToConsent: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var serviceBotilbudRequiredForHelp: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var mostAppropriateForCare: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var alreadyResidentInSuchBotilbud: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var equivalentHomeInOwnInterest: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var accessKeptOpen: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var repeatedTransgressiveBehaviour: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var repeatedDangerOrDestructionThere: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var exceptionalSituation: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var repeatedHarmWithStoredObjects: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var substantialImminentRiskOfGraveInjury: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var substantialHealthRisk: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var decisionExtended: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var decisionUnlimited: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var stronglyResists: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var housingWithStaffAndCommonAreas: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var visitorBehaviourTowardsStaff: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var milderStepsTowardsVisitorTried: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var decisionStatesScopeAndDuration: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var provisionalDecision: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var usesArtificialIntelligence: Bool? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var consent: Consent? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var hygieneSituation: HygieneSituation? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var decisionDate: CivilDate? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var beltPurpose: BeltPurpose? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var welfareTechnologyKind: WelfareTechnologyKind? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var welfareTechnologyUse: WelfareTechnologyUse? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var representative: Representative? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var doorOpenerPlace: DoorOpenerPlace? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var visitorBehaviour: VisitorBehaviour? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var restrictedArea: RestrictedArea? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var aeldrelovHelp: [AeldrelovHelp]? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var holdsInLast6Months: Int? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var actDate: CivilDate? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var decisionPeriodEndsOn: CivilDate? { nil }
    /// Unknown (`nil`) unless the adopting type supplies it.
    public var lastReassessedOn: CivilDate? { nil }
}

extension CoercionQuestion {
    /// The facts of one case: the measure and what is known about the person and the situation.
    ///
    /// Every property but ``intervention`` is optional; `nil` means unknown. The boolean facts are
    /// kept as two bit masks (known, value), so that an evaluation reads them without copying.
    public struct Facts: Sendable, Hashable, CoercionFactsProviding {
        /// The `intervention` fact.
        public var intervention: Intervention
        /// The boolean facts, three-valued.
        package var bits = TriState()
        /// The `consent` fact; `nil` when unknown.
        public var consent: Consent?
        /// The `hygieneSituation` fact; `nil` when unknown.
        public var hygieneSituation: HygieneSituation?
        /// The `decisionDate` fact; `nil` when unknown.
        public var decisionDate: CivilDate?
        /// The `beltPurpose` fact; `nil` when unknown.
        public var beltPurpose: BeltPurpose?
        /// The `welfareTechnologyKind` fact; `nil` when unknown.
        public var welfareTechnologyKind: WelfareTechnologyKind?
        /// The `welfareTechnologyUse` fact; `nil` when unknown.
        public var welfareTechnologyUse: WelfareTechnologyUse?
        /// The `representative` fact; `nil` when unknown.
        public var representative: Representative?
        /// The `doorOpenerPlace` fact; `nil` when unknown.
        public var doorOpenerPlace: DoorOpenerPlace?
        /// The `visitorBehaviour` fact; `nil` when unknown.
        public var visitorBehaviour: VisitorBehaviour?
        /// The `restrictedArea` fact; `nil` when unknown.
        public var restrictedArea: RestrictedArea?
        /// The `aeldrelovHelp` fact as a bit set (bit n: `AeldrelovHelp.allCases[n]`), `nil` when unknown.
        package var aeldrelovHelpBits: UInt8?
        /// The `holdsInLast6Months` fact; `nil` when unknown.
        public var holdsInLast6Months: Int?
        /// The `actDate` fact; `nil` when unknown.
        public var actDate: CivilDate?
        /// The `decisionPeriodEndsOn` fact; `nil` when unknown.
        public var decisionPeriodEndsOn: CivilDate?
        /// The `lastReassessedOn` fact; `nil` when unknown.
        public var lastReassessedOn: CivilDate?
        /// The `significantPermanentImpairment` fact; `nil` when unknown.
        public var significantPermanentImpairment: Bool? {
            get { bits[.significantPermanentImpairment] }
            set { bits[.significantPermanentImpairment] = newValue }
        }
        /// The `impairmentDocumented` fact; `nil` when unknown.
        public var impairmentDocumented: Bool? {
            get { bits[.impairmentDocumented] }
            set { bits[.impairmentDocumented] = newValue }
        }
        /// The `receivesQualifyingHelp` fact; `nil` when unknown.
        public var receivesQualifyingHelp: Bool? {
            get { bits[.receivesQualifyingHelp] }
            set { bits[.receivesQualifyingHelp] = newValue }
        }
        /// The `dementiaOrProgressiveDecline` fact; `nil` when unknown.
        public var dementiaOrProgressiveDecline: Bool? {
            get { bits[.dementiaOrProgressiveDecline] }
            set { bits[.dementiaOrProgressiveDecline] = newValue }
        }
        /// The `voluntaryCooperationAttempted` fact; `nil` when unknown.
        public var voluntaryCooperationAttempted: Bool? {
            get { bits[.voluntaryCooperationAttempted] }
            set { bits[.voluntaryCooperationAttempted] = newValue }
        }
        /// The `lessIntrusiveMeasureSufficient` fact; `nil` when unknown.
        public var lessIntrusiveMeasureSufficient: Bool? {
            get { bits[.lessIntrusiveMeasureSufficient] }
            set { bits[.lessIntrusiveMeasureSufficient] = newValue }
        }
        /// The `isMedicalTreatment` fact; `nil` when unknown.
        public var isMedicalTreatment: Bool? {
            get { bits[.isMedicalTreatment] }
            set { bits[.isMedicalTreatment] = newValue }
        }
        /// The `riskOfPersonalInjury` fact; `nil` when unknown.
        public var riskOfPersonalInjury: Bool? {
            get { bits[.riskOfPersonalInjury] }
            set { bits[.riskOfPersonalInjury] = newValue }
        }
        /// The `imminentRiskOfSeriousInjury` fact; `nil` when unknown.
        public var imminentRiskOfSeriousInjury: Bool? {
            get { bits[.imminentRiskOfSeriousInjury] }
            set { bits[.imminentRiskOfSeriousInjury] = newValue }
        }
        /// The `absolutelyNecessary` fact; `nil` when unknown.
        public var absolutelyNecessary: Bool? {
            get { bits[.absolutelyNecessary] }
            set { bits[.absolutelyNecessary] = newValue }
        }
        /// The `riskArisesFromLeaving` fact; `nil` when unknown.
        public var riskArisesFromLeaving: Bool? {
            get { bits[.riskArisesFromLeaving] }
            set { bits[.riskArisesFromLeaving] = newValue }
        }
        /// The `otherMeasuresTriedInVain` fact; `nil` when unknown.
        public var otherMeasuresTriedInVain: Bool? {
            get { bits[.otherMeasuresTriedInVain] }
            set { bits[.otherMeasuresTriedInVain] = newValue }
        }
        /// The `purposeIsFallPreventionOnly` fact; `nil` when unknown.
        public var purposeIsFallPreventionOnly: Bool? {
            get { bits[.purposeIsFallPreventionOnly] }
            set { bits[.purposeIsFallPreventionOnly] = newValue }
        }
        /// The `dangerousBehaviour` fact; `nil` when unknown.
        public var dangerousBehaviour: Bool? {
            get { bits[.dangerousBehaviour] }
            set { bits[.dangerousBehaviour] = newValue }
        }
        /// The `severelyTransgressiveBehaviour` fact; `nil` when unknown.
        public var severelyTransgressiveBehaviour: Bool? {
            get { bits[.severelyTransgressiveBehaviour] }
            set { bits[.severelyTransgressiveBehaviour] = newValue }
        }
        /// The `enteredOthersHomeAgainstWish` fact; `nil` when unknown.
        public var enteredOthersHomeAgainstWish: Bool? {
            get { bits[.enteredOthersHomeAgainstWish] }
            set { bits[.enteredOthersHomeAgainstWish] = newValue }
        }
        /// The `grippingPersonOrDoorHandle` fact; `nil` when unknown.
        public var grippingPersonOrDoorHandle: Bool? {
            get { bits[.grippingPersonOrDoorHandle] }
            set { bits[.grippingPersonOrDoorHandle] = newValue }
        }
        /// The `riskOfSubstantialPropertyDamage` fact; `nil` when unknown.
        public var riskOfSubstantialPropertyDamage: Bool? {
            get { bits[.riskOfSubstantialPropertyDamage] }
            set { bits[.riskOfSubstantialPropertyDamage] = newValue }
        }
        /// The `technologyOnApprovedList` fact; `nil` when unknown.
        public var technologyOnApprovedList: Bool? {
            get { bits[.technologyOnApprovedList] }
            set { bits[.technologyOnApprovedList] = newValue }
        }
        /// The `moveAbsolutelyNecessaryForHelp` fact; `nil` when unknown.
        public var moveAbsolutelyNecessaryForHelp: Bool? {
            get { bits[.moveAbsolutelyNecessaryForHelp] }
            set { bits[.moveAbsolutelyNecessaryForHelp] = newValue }
        }
        /// The `helpImpossibleInCurrentHome` fact; `nil` when unknown.
        public var helpImpossibleInCurrentHome: Bool? {
            get { bits[.helpImpossibleInCurrentHome] }
            set { bits[.helpImpossibleInCurrentHome] = newValue }
        }
        /// The `cannotOverseeConsequences` fact; `nil` when unknown.
        public var cannotOverseeConsequences: Bool? {
            get { bits[.cannotOverseeConsequences] }
            set { bits[.cannotOverseeConsequences] = newValue }
        }
        /// The `exposesSelfToSeriousInjury` fact; `nil` when unknown.
        public var exposesSelfToSeriousInjury: Bool? {
            get { bits[.exposesSelfToSeriousInjury] }
            set { bits[.exposesSelfToSeriousInjury] = newValue }
        }
        /// The `irresponsibleNotToMove` fact; `nil` when unknown.
        public var irresponsibleNotToMove: Bool? {
            get { bits[.irresponsibleNotToMove] }
            set { bits[.irresponsibleNotToMove] = newValue }
        }
        /// The `vacantPlaceAvailable` fact; `nil` when unknown.
        public var vacantPlaceAvailable: Bool? {
            get { bits[.vacantPlaceAvailable] }
            set { bits[.vacantPlaceAvailable] = newValue }
        }
        /// The `impairmentFromMentalIllness` fact; `nil` when unknown.
        public var impairmentFromMentalIllness: Bool? {
            get { bits[.impairmentFromMentalIllness] }
            set { bits[.impairmentFromMentalIllness] = newValue }
        }
        /// The `dangerToResidentsOrStaff` fact; `nil` when unknown.
        public var dangerToResidentsOrStaff: Bool? {
            get { bits[.dangerToResidentsOrStaff] }
            set { bits[.dangerToResidentsOrStaff] = newValue }
        }
        /// The `irresponsibleForOthersSafety` fact; `nil` when unknown.
        public var irresponsibleForOthersSafety: Bool? {
            get { bits[.irresponsibleForOthersSafety] }
            set { bits[.irresponsibleForOthersSafety] = newValue }
        }
        /// The `newPlaceBetterSuited` fact; `nil` when unknown.
        public var newPlaceBetterSuited: Bool? {
            get { bits[.newPlaceBetterSuited] }
            set { bits[.newPlaceBetterSuited] = newValue }
        }
        /// The `guardianConsents` fact; `nil` when unknown.
        public var guardianConsents: Bool? {
            get { bits[.guardianConsents] }
            set { bits[.guardianConsents] = newValue }
        }
        /// The `hasGuardian` fact; `nil` when unknown.
        public var hasGuardian: Bool? {
            get { bits[.hasGuardian] }
            set { bits[.hasGuardian] = newValue }
        }
        /// The `hasDecision` fact; `nil` when unknown.
        public var hasDecision: Bool? {
            get { bits[.hasDecision] }
            set { bits[.hasDecision] = newValue }
        }
        /// The `transgressiveOrConflictBehaviour` fact; `nil` when unknown.
        public var transgressiveOrConflictBehaviour: Bool? {
            get { bits[.transgressiveOrConflictBehaviour] }
            set { bits[.transgressiveOrConflictBehaviour] = newValue }
        }
        /// The `imminentRiskOfInjury` fact; `nil` when unknown.
        public var imminentRiskOfInjury: Bool? {
            get { bits[.imminentRiskOfInjury] }
            set { bits[.imminentRiskOfInjury] = newValue }
        }
        /// The `representativeObjects` fact; `nil` when unknown.
        public var representativeObjects: Bool? {
            get { bits[.representativeObjects] }
            set { bits[.representativeObjects] = newValue }
        }
        /// The `representativeAgrees` fact; `nil` when unknown.
        public var representativeAgrees: Bool? {
            get { bits[.representativeAgrees] }
            set { bits[.representativeAgrees] = newValue }
        }
        /// The `lacksCapacityToConsent` fact; `nil` when unknown.
        public var lacksCapacityToConsent: Bool? {
            get { bits[.lacksCapacityToConsent] }
            set { bits[.lacksCapacityToConsent] = newValue }
        }
        /// The `serviceBotilbudRequiredForHelp` fact; `nil` when unknown.
        public var serviceBotilbudRequiredForHelp: Bool? {
            get { bits[.serviceBotilbudRequiredForHelp] }
            set { bits[.serviceBotilbudRequiredForHelp] = newValue }
        }
        /// The `mostAppropriateForCare` fact; `nil` when unknown.
        public var mostAppropriateForCare: Bool? {
            get { bits[.mostAppropriateForCare] }
            set { bits[.mostAppropriateForCare] = newValue }
        }
        /// The `alreadyResidentInSuchBotilbud` fact; `nil` when unknown.
        public var alreadyResidentInSuchBotilbud: Bool? {
            get { bits[.alreadyResidentInSuchBotilbud] }
            set { bits[.alreadyResidentInSuchBotilbud] = newValue }
        }
        /// The `equivalentHomeInOwnInterest` fact; `nil` when unknown.
        public var equivalentHomeInOwnInterest: Bool? {
            get { bits[.equivalentHomeInOwnInterest] }
            set { bits[.equivalentHomeInOwnInterest] = newValue }
        }
        /// The `accessKeptOpen` fact; `nil` when unknown.
        public var accessKeptOpen: Bool? {
            get { bits[.accessKeptOpen] }
            set { bits[.accessKeptOpen] = newValue }
        }
        /// The `repeatedTransgressiveBehaviour` fact; `nil` when unknown.
        public var repeatedTransgressiveBehaviour: Bool? {
            get { bits[.repeatedTransgressiveBehaviour] }
            set { bits[.repeatedTransgressiveBehaviour] = newValue }
        }
        /// The `repeatedDangerOrDestructionThere` fact; `nil` when unknown.
        public var repeatedDangerOrDestructionThere: Bool? {
            get { bits[.repeatedDangerOrDestructionThere] }
            set { bits[.repeatedDangerOrDestructionThere] = newValue }
        }
        /// The `exceptionalSituation` fact; `nil` when unknown.
        public var exceptionalSituation: Bool? {
            get { bits[.exceptionalSituation] }
            set { bits[.exceptionalSituation] = newValue }
        }
        /// The `repeatedHarmWithStoredObjects` fact; `nil` when unknown.
        public var repeatedHarmWithStoredObjects: Bool? {
            get { bits[.repeatedHarmWithStoredObjects] }
            set { bits[.repeatedHarmWithStoredObjects] = newValue }
        }
        /// The `substantialImminentRiskOfGraveInjury` fact; `nil` when unknown.
        public var substantialImminentRiskOfGraveInjury: Bool? {
            get { bits[.substantialImminentRiskOfGraveInjury] }
            set { bits[.substantialImminentRiskOfGraveInjury] = newValue }
        }
        /// The `substantialHealthRisk` fact; `nil` when unknown.
        public var substantialHealthRisk: Bool? {
            get { bits[.substantialHealthRisk] }
            set { bits[.substantialHealthRisk] = newValue }
        }
        /// The `decisionExtended` fact; `nil` when unknown.
        public var decisionExtended: Bool? {
            get { bits[.decisionExtended] }
            set { bits[.decisionExtended] = newValue }
        }
        /// The `decisionUnlimited` fact; `nil` when unknown.
        public var decisionUnlimited: Bool? {
            get { bits[.decisionUnlimited] }
            set { bits[.decisionUnlimited] = newValue }
        }
        /// The `stronglyResists` fact; `nil` when unknown.
        public var stronglyResists: Bool? {
            get { bits[.stronglyResists] }
            set { bits[.stronglyResists] = newValue }
        }
        /// The `housingWithStaffAndCommonAreas` fact; `nil` when unknown.
        public var housingWithStaffAndCommonAreas: Bool? {
            get { bits[.housingWithStaffAndCommonAreas] }
            set { bits[.housingWithStaffAndCommonAreas] = newValue }
        }
        /// The `visitorBehaviourTowardsStaff` fact; `nil` when unknown.
        public var visitorBehaviourTowardsStaff: Bool? {
            get { bits[.visitorBehaviourTowardsStaff] }
            set { bits[.visitorBehaviourTowardsStaff] = newValue }
        }
        /// The `milderStepsTowardsVisitorTried` fact; `nil` when unknown.
        public var milderStepsTowardsVisitorTried: Bool? {
            get { bits[.milderStepsTowardsVisitorTried] }
            set { bits[.milderStepsTowardsVisitorTried] = newValue }
        }
        /// The `decisionStatesScopeAndDuration` fact; `nil` when unknown.
        public var decisionStatesScopeAndDuration: Bool? {
            get { bits[.decisionStatesScopeAndDuration] }
            set { bits[.decisionStatesScopeAndDuration] = newValue }
        }
        /// The `provisionalDecision` fact; `nil` when unknown.
        public var provisionalDecision: Bool? {
            get { bits[.provisionalDecision] }
            set { bits[.provisionalDecision] = newValue }
        }
        /// The `usesArtificialIntelligence` fact; `nil` when unknown.
        public var usesArtificialIntelligence: Bool? {
            get { bits[.usesArtificialIntelligence] }
            set { bits[.usesArtificialIntelligence] = newValue }
        }
        /// The `aeldrelovHelp` fact (each help kind once, in contract order); `nil` when unknown.
        public var aeldrelovHelp: [AeldrelovHelp]? {
            get {
                guard let bits = aeldrelovHelpBits else { return nil }
                return AeldrelovHelp.allCases.enumerated().filter { bits & (1 << UInt8($0.offset)) != 0 }.map(\.element)
            }
            set {
                guard let newValue else {
                    aeldrelovHelpBits = nil
                    return
                }
                var bits: UInt8 = 0
                for (index, kind) in AeldrelovHelp.allCases.enumerated() where newValue.contains(kind) { bits |= 1 << UInt8(index) }
                aeldrelovHelpBits = bits
            }
        }

        /// Facts with only the measure known.
        public init(intervention: Intervention) { self.intervention = intervention }

        /// Copies the facts from a host's own record.
        public init(_ provider: some CoercionFactsProviding) {
            intervention = provider.intervention
            significantPermanentImpairment = provider.significantPermanentImpairment
            impairmentDocumented = provider.impairmentDocumented
            receivesQualifyingHelp = provider.receivesQualifyingHelp
            dementiaOrProgressiveDecline = provider.dementiaOrProgressiveDecline
            voluntaryCooperationAttempted = provider.voluntaryCooperationAttempted
            lessIntrusiveMeasureSufficient = provider.lessIntrusiveMeasureSufficient
            isMedicalTreatment = provider.isMedicalTreatment
            riskOfPersonalInjury = provider.riskOfPersonalInjury
            imminentRiskOfSeriousInjury = provider.imminentRiskOfSeriousInjury
            absolutelyNecessary = provider.absolutelyNecessary
            riskArisesFromLeaving = provider.riskArisesFromLeaving
            otherMeasuresTriedInVain = provider.otherMeasuresTriedInVain
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
            transgressiveOrConflictBehaviour = provider.transgressiveOrConflictBehaviour
            imminentRiskOfInjury = provider.imminentRiskOfInjury
            representativeObjects = provider.representativeObjects
            representativeAgrees = provider.representativeAgrees
            lacksCapacityToConsent = provider.lacksCapacityToConsent
            serviceBotilbudRequiredForHelp = provider.serviceBotilbudRequiredForHelp
            mostAppropriateForCare = provider.mostAppropriateForCare
            alreadyResidentInSuchBotilbud = provider.alreadyResidentInSuchBotilbud
            equivalentHomeInOwnInterest = provider.equivalentHomeInOwnInterest
            accessKeptOpen = provider.accessKeptOpen
            repeatedTransgressiveBehaviour = provider.repeatedTransgressiveBehaviour
            repeatedDangerOrDestructionThere = provider.repeatedDangerOrDestructionThere
            exceptionalSituation = provider.exceptionalSituation
            repeatedHarmWithStoredObjects = provider.repeatedHarmWithStoredObjects
            substantialImminentRiskOfGraveInjury = provider.substantialImminentRiskOfGraveInjury
            substantialHealthRisk = provider.substantialHealthRisk
            decisionExtended = provider.decisionExtended
            decisionUnlimited = provider.decisionUnlimited
            stronglyResists = provider.stronglyResists
            housingWithStaffAndCommonAreas = provider.housingWithStaffAndCommonAreas
            visitorBehaviourTowardsStaff = provider.visitorBehaviourTowardsStaff
            milderStepsTowardsVisitorTried = provider.milderStepsTowardsVisitorTried
            decisionStatesScopeAndDuration = provider.decisionStatesScopeAndDuration
            provisionalDecision = provider.provisionalDecision
            usesArtificialIntelligence = provider.usesArtificialIntelligence
            consent = provider.consent
            hygieneSituation = provider.hygieneSituation
            decisionDate = provider.decisionDate
            beltPurpose = provider.beltPurpose
            welfareTechnologyKind = provider.welfareTechnologyKind
            welfareTechnologyUse = provider.welfareTechnologyUse
            representative = provider.representative
            doorOpenerPlace = provider.doorOpenerPlace
            visitorBehaviour = provider.visitorBehaviour
            restrictedArea = provider.restrictedArea
            aeldrelovHelp = provider.aeldrelovHelp
            holdsInLast6Months = provider.holdsInLast6Months
            actDate = provider.actDate
            decisionPeriodEndsOn = provider.decisionPeriodEndsOn
            lastReassessedOn = provider.lastReassessedOn
        }
    }
}
