import SocialPolicyCore

// MARK: - Regimes

/// The regimes of serviceloven afsnit VII the library distinguishes, one per version of the
/// `sel-coercion` rule set.
public enum CoercionRegime: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// 2011-01-01 … 2013-06-30: kapitel 24 as amended by lov nr. 408/2010; appeals to the
    /// sociale nævn.
    case r2011
    /// 2013-07-01 … 2016-12-31: the nævn abolished; Ankestyrelsen the appeal body.
    case r2013
    /// 2017-01-01 … 2019-03-31: BEK 1140/2016 and the 2016 guidance; § 129 a enacted in this
    /// period (its start is unverified).
    case r2017
    /// 2019-04-01 … 2019-12-31: Familieretshuset replaces Statsforvaltningen (lov nr. 1711/2018).
    case r2019
    /// 2020-01-01 … 2024-06-30: the target-group split (kap. 24, 24 a, 24 b), lov nr. 498/2019.
    case r2020
    /// 2024-07-01 … 2024-12-31: L 188 (2023-24).
    case r2024
    /// 2025-01-01 …: the remaining L 188 elements, BEK 1411/2024.
    case r2025

    /// The first day of the regime.
    public var validFrom: CivilDate {
        switch self {
        case .r2011: CivilDate(2011, 1, 1)
        case .r2013: CivilDate(2013, 7, 1)
        case .r2017: CivilDate(2017, 1, 1)
        case .r2019: CivilDate(2019, 4, 1)
        case .r2020: CivilDate(2020, 1, 1)
        case .r2024: CivilDate(2024, 7, 1)
        case .r2025: CivilDate(2025, 1, 1)
        }
    }

    /// The regime of a rule-set version (by its first day).
    public init(_ version: RuleSetVersion) {
        var found = CoercionRegime.r2011
        for regime in CoercionRegime.allCases where version.validFrom >= regime.validFrom { found = regime }
        self = found
    }

    /// The regime in force on `date` (2011-01-01 or later; earlier dates give ``r2011``).
    public init(on date: CivilDate) {
        var found = CoercionRegime.r2011
        for regime in CoercionRegime.allCases where date >= regime.validFrom { found = regime }
        self = found
    }

    /// Whether the target-group split of 2020 (kap. 24 a / 24 b) applies.
    public var hasTargetGroupSplit: Bool { self >= .r2020 }

    /// The first day of the structural era the regime belongs to (2011, 2020, 2024-07-01): a
    /// decision made before it was made under sections that have since changed.
    public var eraStart: CivilDate {
        switch self {
        case .r2011, .r2013, .r2017, .r2019: CivilDate(2011, 1, 1)
        case .r2020: CivilDate(2020, 1, 1)
        case .r2024, .r2025: CivilDate(2024, 7, 1)
        }
    }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: CoercionRegime, rhs: CoercionRegime) -> Bool { lhs.rawValue < rhs.rawValue }
}

// MARK: - Values as enums

/// Which chapter applies (the contract's `targetGroup`, from 2020).
public enum TargetGroup: String, FactEnum {
    /// Kapitel 24: everyone in the target group.
    case all
    /// Kapitel 24 a: impairment not due to dementia or acquired progressive decline.
    case chapter24a = "24-a"
    /// Kapitel 24 b: impairment due to dementia or acquired progressive decline.
    case chapter24b = "24-b"
}

/// Who may authorise the measure on `asOf` (the contract's `decidedBy`).
public enum DecidedBy: String, FactEnum {
    /// Staff in the situation, without a prior decision.
    case staffAcute = "staff-acute"
    /// Kommunalbestyrelsen.
    case municipalCouncil = "municipal-council"
    /// Statsforvaltningen (to 2019-03-31).
    case stateAdministration = "state-administration"
    /// Familieretshuset (from 2019-04-01).
    case familyCourtHouse = "family-court-house"
    /// Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap (from 2025).
    case disabilityCoercionBoard = "disability-coercion-board"
}

/// Why the coercion rules do not govern the case (the contract's `reason`).
public enum NotApplicableReason: String, FactEnum {
    /// The person gave valid, informed consent beforehand.
    case validConsent = "valid-consent"
    /// Physical guidance is not coercion (SEL § 124 b, stk. 3; stk. 4 from 2024-07-01).
    case physicalGuidanceNotCoercion = "physical-guidance-not-coercion"
    /// House rules are not coercion and cannot be a basis for it (SEL § 123).
    case houseRulesNotCoercion = "house-rules-not-coercion"
    /// An alarm for a person with dementia who does not object needs no decision and is not
    /// coercion (SEL § 125, stk. 2, 2011–2019).
    case dementiaAlarmWithoutObjection = "dementia-alarm-without-objection"
}

/// A point of law the library could not settle, named in `values.openLegalQuestion`.
///
/// Each has an entry under "Coercion" in `Documentation/OpenLegalQuestions.md`.
public enum CoercionOpenQuestion: String, FactEnum {
    /// § 129 a: the enacting act's number and in-force date were not verified; in force on
    /// 2019-04-01 at the latest.
    case section129aStart = "section-129a-start"
    /// § 136 a (hygiene holding, kap. 24 a): conditions not read.
    case section136aConditions = "section-136a-conditions"
    /// § 136 e (welfare technology, dementia, no objection): wording not read.
    case section136eObjection = "section-136e-objection"
    /// Stofseler from 2024-07-01: the widened scope and new conditions were not read.
    case beltRules2024 = "belt-rules-2024"
    /// Stofseler 2020–2024: maximum duration under BEK 1239/2019 not read.
    case beltDuration2020 = "belt-duration-2020"
    /// Besøgsrestriktioner (§§ 137 a–d): conditions and start not read.
    case visitRestrictionConditions = "visit-restriction-conditions"
    /// A decision made before a regime change (2020-01-01, 2024-07-01): transitional rules
    /// not verified.
    case decisionBeforeRegimeChange = "decision-before-regime-change"
    /// An admission where the § 129 stk. 1 conditions fail but the person does not actively
    /// object: the other routes (the værge/fremtidsfuldmægtig route, § 129 "egen interesse",
    /// § 136 f) are not encoded, so the case is not denied on stk. 1 alone.
    case admissionGuardianRoute = "admission-guardian-route"
    /// Releasing a grip (§ 124 d, stk. 1, from 2024-07-01) needs only *grænseoverskridende eller
    /// konfliktskabende* behaviour; the contract's fact asks for *meget* grænseoverskridende, so a
    /// `false` does not settle the lower threshold.
    case releaseGripThreshold = "release-grip-threshold"
}

// MARK: - Rule tables

/// One condition of a provision: the fact it reads and the requirement it states.
public struct CoercionRule: Sendable, Hashable {
    /// The fact read.
    public let fact: CoercionFact
    /// The requirement (fact name, needed value, citation, text).
    public let requirement: Requirement
    /// When the fact is stricter than the statute: a value other than the needed one does not
    /// deny but leaves the case `undetermined` with this question.
    public let contraryIsOpen: CoercionOpenQuestion?

    /// Creates a rule reading `fact`, which must have the value `needed`.
    public init(
        _ fact: CoercionFact, _ needed: Bool = true, _ citation: Citation, da: String, en: String,
        contraryIsOpen: CoercionOpenQuestion? = nil
    ) {
        self.fact = fact
        self.contraryIsOpen = contraryIsOpen
        let name = fact == .hygieneSituationOnList ? "hygieneSituation" : fact.rawValue
        self.requirement = Requirement(name, needed, citation, da: da, en: en)
    }
}

/// One way a provision can be met: its section and the conditions of that way.
public struct CoercionBranch: Sendable, Hashable {
    /// The provision this way rests on.
    public let section: Citation
    /// The conditions, all of which must hold.
    public let rules: [CoercionRule]
    /// The target group this way belongs to (from 2020).
    public let targetGroup: TargetGroup?
    /// When the way's own content is unverified: even with its rules met it gives
    /// `undetermined` with this question.
    public let openQuestion: CoercionOpenQuestion?

    /// Creates a way.
    public init(_ section: Citation, _ rules: [CoercionRule], targetGroup: TargetGroup? = nil, openQuestion: CoercionOpenQuestion? = nil) {
        self.section = section
        self.rules = rules
        self.targetGroup = targetGroup
        self.openQuestion = openQuestion
    }
}

/// Who authorises a provision, independent of the date.
public enum CoercionAuthority: Sendable, Hashable {
    /// Staff in the situation.
    case staff
    /// Kommunalbestyrelsen.
    case municipalCouncil
    /// The admission authority: Statsforvaltningen, from 2019-04-01 Familieretshuset.
    case admissionAuthority

    /// The contract's `decidedBy` in `regime`.
    public func decidedBy(in regime: CoercionRegime) -> DecidedBy {
        switch self {
        case .staff: .staffAcute
        case .municipalCouncil: .municipalCouncil
        case .admissionAuthority: regime >= .r2019 ? .familyCourtHouse : .stateAdministration
        }
    }
}

/// A provision of afsnit VII as data: the section, its conditions and ways, who decides,
/// whether a prior decision is needed, and its durations.
public struct CoercionProvision: Sendable, Hashable {
    /// The section shown in `values.section`.
    public let section: Citation
    /// Who authorises it.
    public let authority: CoercionAuthority
    /// Whether an afgørelse is needed before use.
    public let requiresPriorDecision: Bool
    /// Conditions that must all hold.
    public let conditions: [CoercionRule]
    /// Alternative ways, one of which must hold (empty: none needed).
    public let branches: [CoercionBranch]
    /// The maximum life of a decision, where the law (or the secondary sources) set one.
    public let maxDurationMonths: Int?
    /// A duration cap whose source is unverified: a decision older than this gives
    /// `undetermined` with ``durationQuestion``.
    public let unverifiedCapMonths: Int?
    /// The open question behind ``unverifiedCapMonths``.
    public let durationQuestion: CoercionOpenQuestion?
    /// The source of the duration.
    public let durationCitation: Citation?
    /// Months after the decision at which it must be reassessed, where set.
    public let reassessAfterMonths: Int?
    /// When the provision itself is unverified: its best outcome is `undetermined`.
    public let openQuestion: CoercionOpenQuestion?
    /// The target group of the provision (from 2020), when no branch sets one.
    public let targetGroup: TargetGroup?
    /// Whether a use is an afgørelse that must come with klagevejledning: every decision-based
    /// measure, and the pre-2020 § 126, which the Act framed as a kommunalbestyrelse decision
    /// carried out by staff.
    public let givesComplaintGuidance: Bool

    /// Creates a provision.
    public init(
        _ section: Citation, authority: CoercionAuthority, requiresPriorDecision: Bool,
        conditions: [CoercionRule] = [], branches: [CoercionBranch] = [],
        maxDurationMonths: Int? = nil, unverifiedCapMonths: Int? = nil, durationQuestion: CoercionOpenQuestion? = nil,
        durationCitation: Citation? = nil, reassessAfterMonths: Int? = nil,
        openQuestion: CoercionOpenQuestion? = nil, targetGroup: TargetGroup? = nil,
        givesComplaintGuidance: Bool? = nil
    ) {
        self.section = section
        self.authority = authority
        self.requiresPriorDecision = requiresPriorDecision
        self.conditions = conditions
        self.branches = branches
        self.maxDurationMonths = maxDurationMonths
        self.unverifiedCapMonths = unverifiedCapMonths
        self.durationQuestion = durationQuestion
        self.durationCitation = durationCitation
        self.reassessAfterMonths = reassessAfterMonths
        self.openQuestion = openQuestion
        self.targetGroup = targetGroup
        self.givesComplaintGuidance = givesComplaintGuidance ?? requiresPriorDecision
    }
}

/// Where an intervention leads in a regime.
public enum CoercionRoute: Sendable, Hashable {
    /// A provision governs it.
    case provision(CoercionProvision)
    /// No provision of the regime authorises it: `denied`. The citation is the catalogue
    /// (or successor provision) the explanation points to.
    case noLegalBasis(Citation)
    /// It is not coercion in the regime: `not-applicable`.
    case notCoercion(NotApplicableReason, Citation)
    /// Force outside the catalogue (`other`): always `denied`.
    case outsideCatalogue
}

/// The rules of `coercion.intervention` as tables: the traceability matrix between the
/// contract's facts and serviceloven afsnit VII, regime by regime.
public enum CoercionRules {
    // MARK: General conditions (every regime)

    /// The target group (SEL § 124 a), each condition its own reason.
    public static let targetGroup: [CoercionRule] = [
        CoercionRule(.significantPermanentImpairment, true, Citation(.sel, "124 a"),
            da: "Personen har betydelig og varigt nedsat psykisk funktionsevne.",
            en: "The person has a significant and permanent impairment of mental function."),
        CoercionRule(.impairmentDocumented, true, Citation(.sel, "124 a"),
            da: "Den fornødne faglige dokumentation for den nedsatte psykiske funktionsevne foreligger.",
            en: "The necessary professional documentation of the impairment exists."),
        CoercionRule(.receivesQualifyingHelp, true, Citation(.sel, "124 a"),
            da: "Personen får hjælp efter §§ 83–87, behandling efter §§ 101–102 eller tilbud efter §§ 103–104 (eller bor i et tilbud efter §§ 107–108).",
            en: "The person receives help under §§ 83–87, treatment under §§ 101–102 or an offer under §§ 103–104 (or lives in a §§ 107–108 offer)."),
    ]

    /// The act must not be health treatment: afsnit VII covers care, not treatment.
    public static let notMedicalTreatment = CoercionRule(.isMedicalTreatment, false, Citation(.sel, "124", stk: 1),
        da: "Handlingen er omsorg og ikke sundhedsfaglig behandling (f.eks. anlæggelse af kateter); serviceloven giver ikke hjemmel til tvang ved behandling.",
        en: "The act is care, not health treatment (e.g. inserting a catheter); the Social Services Act gives no basis for force in treatment.")

    /// Voluntary cooperation first (SEL § 124, stk. 2).
    public static let voluntaryCooperation = CoercionRule(.voluntaryCooperationAttempted, true, Citation(.sel, "124", stk: 2),
        da: "Der er forinden gjort, hvad der er muligt for at opnå personens frivillige medvirken.",
        en: "Everything possible was first done to obtain the person's voluntary cooperation.")

    /// Least intrusive measure (SEL § 124, stk. 3).
    public static let leastIntrusive = CoercionRule(.lessIntrusiveMeasureSufficient, false, Citation(.sel, "124", stk: 3),
        da: "Mindre indgribende foranstaltninger, herunder omsorg og pædagogik, er ikke tilstrækkelige.",
        en: "Less intrusive measures, including care and pedagogy, would not suffice.")

    /// The consent rule (SEL § 124 a: the rules apply to a person who does not consent).
    public static let consentCitation = Citation(.sel, "124 a")

    /// The dementia chooser from 2020 (SEL §§ 136, 136 b).
    static let isDementia = CoercionRule(.dementiaOrProgressiveDecline, true, Citation(.sel, "136 b"),
        da: "Den nedsatte funktionsevne er en følge af demens eller anden erhvervet og fremadskridende mental svækkelse (kapitel 24 b).",
        en: "The impairment results from dementia or other acquired progressive mental decline (chapter 24 b).")
    static let isNotDementia = CoercionRule(.dementiaOrProgressiveDecline, false, Citation(.sel, "136"),
        da: "Den nedsatte funktionsevne er ikke en følge af demens eller anden erhvervet og fremadskridende mental svækkelse (kapitel 24 a).",
        en: "The impairment does not result from dementia or acquired progressive mental decline (chapter 24 a).")

    /// The prior decision (afgørelse) a decision-based measure needs.
    public static func priorDecision(_ section: Citation) -> Requirement {
        Requirement("hasDecision", true, section,
            da: "Der foreligger en forudgående afgørelse, som giver tilladelse til indgrebet over for personen.",
            en: "A prior decision authorising the measure for this person exists.")
    }

    // MARK: Statute citations

    static let s125 = Citation(.sel, "125")
    static let s126 = Citation(.sel, "126")
    static let s126a = Citation(.sel, "126 a")
    static let s127 = Citation(.sel, "127")
    static let s128 = Citation(.sel, "128")
    static let s128b = Citation(.sel, "128 b")
    static let s128c = Citation(.sel, "128 c")
    static let s129 = Citation(.sel, "129")
    static let s129a = Citation(.sel, "129 a")
    static let s124c = Citation(.sel, "124 c")
    static let s124d = Citation(.sel, "124 d")
    static let s136a = Citation(.sel, "136 a")
    static let s136c = Citation(.sel, "136 c")
    static let s136d = Citation(.sel, "136 d")
    static let s136e = Citation(.sel, "136 e")
    static let s137b = Citation(.sel, "137 b")

    // MARK: 2011–2019 (kapitel 24, §§ 125–129 a)

    /// § 125, stk. 1: personal alarm and tracking systems (2011–2019).
    public static let alarm2011 = CoercionProvision(
        Citation(.sel, "125", stk: 1), authority: .municipalCouncil, requiresPriorDecision: true,
        conditions: [
            CoercionRule(.riskOfPersonalInjury, true, Citation(.sel, "125", stk: 1, nr: 1),
                da: "Der er risiko for, at personen udsætter sig selv eller andre for at lide personskade.",
                en: "There is a risk that the person exposes themself or others to personal injury."),
            CoercionRule(.riskArisesFromLeaving, true, Citation(.sel, "125", stk: 1, nr: 1),
                da: "Risikoen opstår, når personen forlader bo- eller dagtilbuddet.",
                en: "The risk arises when the person leaves the residential or day offer."),
            CoercionRule(.absolutelyNecessary, true, Citation(.sel, "125", stk: 1, nr: 2),
                da: "Forholdene gør det påkrævet i det enkelte tilfælde for at afværge risikoen (læst strengt som absolut påkrævet).",
                en: "The circumstances make it necessary in the individual case to avert the risk (read strictly as absolutely necessary)."),
        ],
        durationCitation: Citation(.sel, "125", stk: 1), reassessAfterMonths: 8)

    /// § 125, stk. 3: special door openers (2011–2019).
    public static let doorOpener2011 = CoercionProvision(
        Citation(.sel, "125", stk: 3), authority: .municipalCouncil, requiresPriorDecision: true,
        conditions: doorOpenerRules(stk: 3))

    /// The door-opener conditions: § 125, stk. 3, nr. 1–3 (2011–2019); § 125, stk. 2, nr. 1–3
    /// from 2020, where stk. 1 lists the doors [V danskelove.dk/serviceloven/125].
    static func doorOpenerRules(stk: Int) -> [CoercionRule] {
        [
            CoercionRule(.imminentRiskOfSeriousInjury, true, Citation(.sel, "125", stk: stk, nr: 1),
                da: "Der er nærliggende risiko for, at personen udsætter sig selv eller andre for at lide væsentlig personskade.",
                en: "There is an imminent risk that the person exposes themself or others to serious personal injury."),
            CoercionRule(.riskArisesFromLeaving, true, Citation(.sel, "125", stk: stk, nr: 1),
                da: "Risikoen opstår, når personen forlader bo- eller dagtilbuddet.",
                en: "The risk arises when the person leaves the residential or day offer."),
            CoercionRule(.absolutelyNecessary, true, Citation(.sel, "125", stk: stk, nr: 2),
                da: "Forholdene i det enkelte tilfælde gør det absolut påkrævet for at afværge risikoen.",
                en: "The circumstances of the individual case make it absolutely necessary to avert the risk."),
            CoercionRule(.otherMeasuresTriedInVain, true, Citation(.sel, "125", stk: stk, nr: 3),
                da: "Lovens øvrige muligheder (f.eks. alarm) har forgæves været anvendt.",
                en: "The Act's other options (e.g. an alarm) have been used in vain."),
        ]
    }

    /// § 126: holding or leading to another room — the only acute measure (2011–2019). The
    /// section has no stk.; it is framed as a kommunalbestyrelse decision that staff carry out
    /// on the kommune's behalf (§ 124, stk. 5), so the use comes with klagevejledning.
    public static let hold2011 = CoercionProvision(
        s126, authority: .staff, requiresPriorDecision: false,
        conditions: [
            CoercionRule(.imminentRiskOfSeriousInjury, true, Citation(.sel, "126", nr: 1),
                da: "Der er nærliggende risiko for, at personen udsætter sig selv eller andre for at lide væsentlig personskade.",
                en: "There is an imminent risk that the person exposes themself or others to serious personal injury."),
            CoercionRule(.absolutelyNecessary, true, Citation(.sel, "126", nr: 2),
                da: "Forholdene i det enkelte tilfælde gør det absolut påkrævet.",
                en: "The circumstances of the individual case make it absolutely necessary."),
        ],
        givesComplaintGuidance: true)

    /// § 126 a: holding in personal hygiene situations (2011–2019).
    public static let hygiene2011 = CoercionProvision(
        s126a, authority: .municipalCouncil, requiresPriorDecision: true,
        conditions: [
            CoercionRule(.hygieneSituationOnList, true, s126a,
                da: "Situationen er på den udtømmende liste: tandbørstning, barbering, hårvask/bad/tøjskift, klipning af hår og negle, skift af bleer og bind, hudpleje, fjernelse af madrester i kindpose og mundhule.",
                en: "The situation is on the exhaustive list: tooth brushing, shaving, hair wash/bath/change of clothes, cutting hair and nails, changing diapers, skin care, removing food from the cheek pouch and mouth."),
            CoercionRule(.absolutelyNecessary, true, s126a,
                da: "Fastholdelsen er absolut nødvendig for at varetage omsorgspligten.",
                en: "Holding is absolutely necessary to fulfil the duty of care."),
            CoercionRule(.otherMeasuresTriedInVain, true, s126a,
                da: "Andre muligheder (ændrede rutiner, motivation) er forgæves afprøvet eller overvejet.",
                en: "Other options (changed routines, motivation) were tried or considered in vain."),
        ],
        maxDurationMonths: 3, durationCitation: s126a, reassessAfterMonths: 3)

    /// § 127: holding back in, or leading back to, the home (2011–2019).
    public static let retain2011 = CoercionProvision(
        s127, authority: .municipalCouncil, requiresPriorDecision: true,
        conditions: [
            CoercionRule(.imminentRiskOfSeriousInjury, true, s127,
                da: "Der er nærliggende risiko for, at personen ved at forlade tilbuddet udsætter sig selv eller andre for at lide væsentlig personskade.",
                en: "There is an imminent risk that the person, by leaving the offer, exposes themself or others to serious personal injury."),
            CoercionRule(.riskArisesFromLeaving, true, s127,
                da: "Risikoen opstår, når personen forlader bo- eller dagtilbuddet.",
                en: "The risk arises when the person leaves the residential or day offer."),
            CoercionRule(.absolutelyNecessary, true, s127,
                da: "Forholdene gør det absolut påkrævet.",
                en: "The circumstances make it absolutely necessary."),
            CoercionRule(.otherMeasuresTriedInVain, true, s127,
                da: "Lovens øvrige muligheder (alarm, særlige døråbnere) er forgæves forsøgt eller overvejet.",
                en: "The Act's other options (alarm, special door openers) were tried or considered in vain."),
        ],
        reassessAfterMonths: 3)

    static let beltRules: [CoercionRule] = [
        CoercionRule(.purposeIsFallPreventionOnly, true, s128,
            da: "Stofselen bruges alene for at forhindre fald (ikke for at hindre bevægelse, uro eller til stillingskorrektion).",
            en: "The belt is used only to prevent falls (not to restrict movement, for unrest, or for posture)."),
        CoercionRule(.imminentRiskOfSeriousInjury, true, s128,
            da: "Der er nærliggende risiko for fald med væsentlig personskade til følge (mere end knubs og blå mærker).",
            en: "There is an imminent risk of a fall causing serious injury (more than bumps and bruises)."),
        CoercionRule(.absolutelyNecessary, true, s128,
            da: "Forholdene gør det absolut påkrævet.",
            en: "The circumstances make it absolutely necessary."),
        CoercionRule(.otherMeasuresTriedInVain, true, s128,
            da: "Alternativer (sengehest, lav seng, madras på gulvet) er forgæves afprøvet.",
            en: "Alternatives (bed rail, low bed, mattress on the floor) were tried in vain."),
    ]

    /// § 128: soft belts to prevent falls (2011–2019).
    public static let belt2011 = CoercionProvision(
        s128, authority: .municipalCouncil, requiresPriorDecision: true, conditions: beltRules,
        maxDurationMonths: 6, durationCitation: s128, reassessAfterMonths: 3)

    static let admissionRules: [CoercionRule] = [
        CoercionRule(.moveAbsolutelyNecessaryForHelp, true, Citation(.sel, "129", stk: 1, nr: 1),
            da: "Flytningen er absolut påkrævet for at give personen den nødvendige hjælp.",
            en: "The move is absolutely necessary to give the person the help they need."),
        CoercionRule(.helpImpossibleInCurrentHome, true, Citation(.sel, "129", stk: 1, nr: 2),
            da: "Hjælpen kan ikke gives i personens hidtidige bolig.",
            en: "The help cannot be given in the person's current home."),
        CoercionRule(.cannotOverseeConsequences, true, Citation(.sel, "129", stk: 1, nr: 3),
            da: "Personen kan ikke overskue konsekvenserne af sine handlinger.",
            en: "The person cannot oversee the consequences of their actions."),
        CoercionRule(.exposesSelfToSeriousInjury, true, Citation(.sel, "129", stk: 1, nr: 4),
            da: "Personen udsætter sig selv for at lide væsentlig personskade.",
            en: "The person exposes themself to serious personal injury."),
        CoercionRule(.irresponsibleNotToMove, true, Citation(.sel, "129", stk: 1, nr: 5),
            da: "Det er uforsvarligt ikke at sørge for flytning.",
            en: "It is irresponsible not to arrange the move."),
        CoercionRule(.vacantPlaceAvailable, true, Citation(.sel, "129", stk: 1),
            da: "Der er en konkret ledig plads i et bestemt botilbud nu eller inden for en kort, angivet periode.",
            en: "A concrete vacant place in a named botilbud is available now or within a short, stated period."),
    ]

    /// § 129: admission without consent (every regime), on the admission authority's decision.
    public static let admission = CoercionProvision(
        s129, authority: .admissionAuthority, requiresPriorDecision: true, conditions: admissionRules)

    static let admissionDangerRules: [CoercionRule] = [
        CoercionRule(.impairmentFromMentalIllness, true, s129a,
            da: "Den nedsatte psykiske funktionsevne er en følge af en sindslidelse.",
            en: "The impairment results from a mental illness."),
        CoercionRule(.dangerToResidentsOrStaff, true, Citation(.sel, "129 a", nr: 1),
            da: "Personen er til væsentlig fare for eller udviser særligt truende eller chikanerende adfærd over for beboere eller personale.",
            en: "The person is a substantial danger to, or particularly threatening or harassing towards, residents or staff."),
        CoercionRule(.irresponsibleForOthersSafety, true, Citation(.sel, "129 a", nr: 2),
            da: "Det er uforsvarligt over for de øvriges sikkerhed ikke at sørge for flytning.",
            en: "It is irresponsible towards the others' safety not to arrange the move."),
        CoercionRule(.absolutelyNecessary, true, Citation(.sel, "129 a", nr: 3),
            da: "Forholdene i det enkelte tilfælde gør det absolut påkrævet.",
            en: "The circumstances of the individual case make it absolutely necessary."),
        CoercionRule(.newPlaceBetterSuited, true, Citation(.sel, "129 a", nr: 4),
            da: "Det kan godtgøres, at det nye botilbud (efter § 108) er bedre egnet til personens støttebehov.",
            en: "It is shown that the new (§ 108) botilbud is better suited to the person's support needs."),
    ]

    /// § 129 a in force (verified from 2019-04-01).
    public static let admissionDanger = CoercionProvision(
        s129a, authority: .admissionAuthority, requiresPriorDecision: true, conditions: admissionDangerRules)

    /// § 129 a in 2017-01-01 … 2019-03-31: enacted in the period, start unverified.
    public static let admissionDangerUnverified = CoercionProvision(
        s129a, authority: .admissionAuthority, requiresPriorDecision: true, conditions: admissionDangerRules,
        openQuestion: .section129aStart)

    // MARK: 2020 → (kapitel 24, 24 a, 24 b, 24 c)

    /// § 124 d (2020-01-01 … 2024-06-30) or, for kap. 24 b, § 136 d: holding, retaining, leading back.
    public static let hold2020 = CoercionProvision(
        s124d, authority: .staff, requiresPriorDecision: false,
        branches: [
            CoercionBranch(s124d, [
                CoercionRule(.dangerousBehaviour, true, s124d,
                    da: "Personen udviser en adfærd, der er til fare for den pågældende selv eller andre.",
                    en: "The person shows behaviour that is dangerous to themself or others."),
            ], targetGroup: .all),
            CoercionBranch(s136d, [
                isDementia,
                CoercionRule(.absolutelyNecessary, true, s136d,
                    da: "Det er nødvendigt for at sikre en eller fleres tryghed, værdighed og sikkerhed (læst strengt som absolut nødvendigt).",
                    en: "It is necessary to secure the safety, dignity and security of one or more people (read strictly as absolutely necessary)."),
                CoercionRule(.severelyTransgressiveBehaviour, true, s136d,
                    da: "Personens adfærd er meget grænseoverskridende eller meget konfliktskabende over for andre i tilbuddet.",
                    en: "The person's behaviour is very transgressive or very conflict-creating towards others in the offer."),
            ], targetGroup: .chapter24b),
            CoercionBranch(s136d, [
                isDementia,
                CoercionRule(.absolutelyNecessary, true, s136d,
                    da: "Det er nødvendigt for at sikre en eller fleres tryghed, værdighed og sikkerhed (læst strengt som absolut nødvendigt).",
                    en: "It is necessary to secure the safety, dignity and security of one or more people (read strictly as absolutely necessary)."),
                CoercionRule(.enteredOthersHomeAgainstWish, true, s136d,
                    da: "Personen er gået ind i en anden beboers bolig, uden at beboeren ønsker det.",
                    en: "The person has entered another resident's home against that resident's wish."),
            ], targetGroup: .chapter24b),
        ])

    /// § 124 d, stk. 2 (from 2024-07-01): holding, retaining, leading back, for the whole target group.
    public static let hold2024 = CoercionProvision(
        Citation(.sel, "124 d", stk: 2), authority: .staff, requiresPriorDecision: false,
        conditions: [
            CoercionRule(.absolutelyNecessary, true, Citation(.sel, "124 d", stk: 2),
                da: "Det er nødvendigt for at sikre en eller fleres tryghed, værdighed og sikkerhed (læst strengt som absolut nødvendigt).",
                en: "It is necessary to secure the safety, dignity and security of one or more people (read strictly as absolutely necessary)."),
        ],
        branches: [
            CoercionBranch(Citation(.sel, "124 d", stk: 2), [
                CoercionRule(.severelyTransgressiveBehaviour, true, Citation(.sel, "124 d", stk: 2),
                    da: "Adfærden er meget grænseoverskridende eller meget konfliktskabende over for andre.",
                    en: "The behaviour is very transgressive or very conflict-creating towards others."),
            ], targetGroup: .all),
            CoercionBranch(Citation(.sel, "124 d", stk: 2), [
                CoercionRule(.dangerousBehaviour, true, Citation(.sel, "124 d", stk: 2),
                    da: "Adfærden er til fare for personen selv eller andre.",
                    en: "The behaviour is dangerous to the person or others."),
            ], targetGroup: .all),
            CoercionBranch(Citation(.sel, "124 d", stk: 2), [
                CoercionRule(.enteredOthersHomeAgainstWish, true, Citation(.sel, "124 d", stk: 2),
                    da: "Personen er gået ind i en bolig i et botilbud mod beboerens ønske.",
                    en: "The person has entered a home in a botilbud against the resident's wish."),
            ], targetGroup: .all),
        ])

    /// § 124 d, stk. 1 (from 2024-07-01): releasing a grip.
    public static let releaseGrip2024 = CoercionProvision(
        Citation(.sel, "124 d", stk: 1), authority: .staff, requiresPriorDecision: false,
        conditions: [
            CoercionRule(.grippingPersonOrDoorHandle, true, Citation(.sel, "124 d", stk: 1),
                da: "Personen holder fast i en anden person eller i dørhåndtaget til en andens bolig.",
                en: "The person grips another person, or the door handle of another's home."),
            CoercionRule(.severelyTransgressiveBehaviour, true, Citation(.sel, "124 d", stk: 1),
                da: "Personen udviser grænseoverskridende eller konfliktskabende adfærd (loven kræver ikke, at adfærden er meget grænseoverskridende).",
                en: "The person shows transgressive or conflict-creating behaviour (the Act does not require it to be very transgressive).",
                contraryIsOpen: .releaseGripThreshold),
        ], targetGroup: .all)

    /// § 124 c (from 2020): averting help.
    public static let avertingHelp2020 = CoercionProvision(
        s124c, authority: .staff, requiresPriorDecision: false,
        conditions: [
            CoercionRule(.riskOfSubstantialPropertyDamage, true, s124c,
                da: "Personen er ved at forårsage væsentlig ødelæggelse af indbo eller andre værdier.",
                en: "The person is about to cause substantial destruction of belongings or other values."),
            CoercionRule(.absolutelyNecessary, true, s124c,
                da: "Det er nødvendigt for at afværge ødelæggelsen (læst strengt som absolut nødvendigt), og indgrebet er kortvarigt.",
                en: "It is necessary to avert the destruction (read strictly as absolutely necessary), and the hold is brief."),
        ], targetGroup: .all)

    /// § 125 (from 2020): special door openers.
    public static let doorOpener2020 = CoercionProvision(
        s125, authority: .municipalCouncil, requiresPriorDecision: true,
        conditions: doorOpenerRules(stk: 2), targetGroup: .all)

    static func welfareRules(_ c: Citation) -> [CoercionRule] {
        [
            CoercionRule(.riskOfPersonalInjury, true, c,
                da: "Der er risiko for, at personen udsætter sig selv eller andre for at lide personskade.",
                en: "There is a risk that the person exposes themself or others to personal injury."),
            CoercionRule(.absolutelyNecessary, true, c,
                da: "Forholdene gør det påkrævet i det enkelte tilfælde for at afværge risikoen (læst strengt som absolut påkrævet).",
                en: "The circumstances make it necessary in the individual case to avert the risk (read strictly as absolutely necessary)."),
            CoercionRule(.technologyOnApprovedList, true, c,
                da: "Teknologien er på ministerens liste over tryghedsskabende velfærdsteknologi.",
                en: "The technology is on the minister's list of safety-creating welfare technology."),
        ]
    }

    /// § 128 b (2020-01-01 … 2024-12-31): safety-creating welfare technology.
    public static let welfare2020 = CoercionProvision(
        s128b, authority: .municipalCouncil, requiresPriorDecision: true,
        conditions: welfareRules(s128b), targetGroup: .all)

    /// § 128 b, stk. 2 (from 2025): welfare technology other than camera checks.
    public static let welfare2025 = CoercionProvision(
        Citation(.sel, "128 b", stk: 2), authority: .municipalCouncil, requiresPriorDecision: true,
        conditions: welfareRules(Citation(.sel, "128 b", stk: 2)), targetGroup: .all)

    /// § 128 c (from 2020): locking or securing outer doors or windows of the own home.
    public static let lock2020 = CoercionProvision(
        s128c, authority: .municipalCouncil, requiresPriorDecision: true,
        conditions: [
            CoercionRule(.riskArisesFromLeaving, true, s128c,
                da: "Der er risiko for, at beboeren forlader sin bolig.",
                en: "There is a risk that the resident leaves their home."),
            CoercionRule(.riskOfPersonalInjury, true, s128c,
                da: "Beboeren udsætter derved sig selv eller andre for fare.",
                en: "The resident thereby exposes themself or others to danger."),
        ], targetGroup: .all)

    /// § 128 (2020-01-01 … 2024-06-30): soft belts, conditions as before; duration unverified.
    public static let belt2020 = CoercionProvision(
        s128, authority: .municipalCouncil, requiresPriorDecision: true, conditions: beltRules,
        unverifiedCapMonths: 6, durationQuestion: .beltDuration2020, durationCitation: s128, targetGroup: .all)

    /// § 128 from 2024-07-01: widened scope, new conditions not read.
    public static let belt2024 = CoercionProvision(
        s128, authority: .municipalCouncil, requiresPriorDecision: true, conditions: [],
        openQuestion: .beltRules2024, targetGroup: .all)

    /// Hygiene holding from 2020: § 136 c (kap. 24 b, staff) or § 136 a (kap. 24 a, unverified).
    public static let hygiene2020 = CoercionProvision(
        s136c, authority: .staff, requiresPriorDecision: false,
        branches: [
            CoercionBranch(s136c, [
                isDementia,
                CoercionRule(.absolutelyNecessary, true, s136c,
                    da: "Kortvarig fastholdelse er nødvendig for at sikre personens omsorg, sikkerhed eller værdighed (læst strengt som absolut nødvendigt).",
                    en: "Brief holding is necessary to secure the person's care, safety or dignity (read strictly as absolutely necessary)."),
            ], targetGroup: .chapter24b),
            CoercionBranch(s136a, [isNotDementia], targetGroup: .chapter24a, openQuestion: .section136aConditions),
        ])

    /// Besøgsrestriktioner (§§ 137 a–d): conditions not read.
    public static let visitRestriction = CoercionProvision(
        s137b, authority: .municipalCouncil, requiresPriorDecision: true, openQuestion: .visitRestrictionConditions)

    // MARK: The map

    /// Where `intervention` leads in `regime`.
    public static func route(for intervention: Intervention, in regime: CoercionRegime) -> CoercionRoute {
        let split = regime.hasTargetGroupSplit
        switch intervention {
        case .other:
            return .outsideCatalogue
        case .alarmTracking:
            if !split { return .provision(alarm2011) }
            return .provision(regime >= .r2025 ? welfare2025 : welfare2020)
        case .welfareTechnology:
            if !split { return .noLegalBasis(Citation(.sel, "125", stk: 1)) }
            return .provision(regime >= .r2025 ? welfare2025 : welfare2020)
        case .specialDoorOpener:
            return .provision(split ? doorOpener2020 : doorOpener2011)
        case .holdOrMove, .retainInHome:
            if !split { return .provision(intervention == .holdOrMove ? hold2011 : retain2011) }
            return .provision(regime >= .r2024 ? hold2024 : hold2020)
        case .hygieneHold:
            return .provision(split ? hygiene2020 : hygiene2011)
        case .restraintBelt:
            if !split { return .provision(belt2011) }
            return .provision(regime >= .r2024 ? belt2024 : belt2020)
        case .admissionWithoutConsent:
            return .provision(admission)
        case .admissionDangerToOthers:
            switch regime {
            case .r2011, .r2013: return .noLegalBasis(s129)
            case .r2017: return .provision(admissionDangerUnverified)
            default: return .provision(admissionDanger)
            }
        case .physicalGuidance:
            // L 188 inserted konfliktafværgelse as § 124 b, stk. 2 from 2024-07-01, so "not
            // coercion" moved from stk. 3 to stk. 4.
            if !split { return .noLegalBasis(s126) }
            return .notCoercion(.physicalGuidanceNotCoercion, Citation(.sel, "124 b", stk: regime >= .r2024 ? 4 : 3))
        case .avertingHelp:
            return split ? .provision(avertingHelp2020) : .noLegalBasis(s126)
        case .releaseGrip:
            return regime >= .r2024 ? .provision(releaseGrip2024) : .noLegalBasis(split ? s124d : s126)
        case .lockDoorsWindows:
            return split ? .provision(lock2020) : .noLegalBasis(Citation(.sel, "125", stk: 3))
        case .visitRestriction:
            return .provision(visitRestriction)
        case .houseRules:
            return split ? .notCoercion(.houseRulesNotCoercion, Citation(.sel, "123")) : .noLegalBasis(Citation(.sel, "124 a"))
        }
    }

    /// The day Folketinget's committee reported on L 206 (2016-17), which created § 129 a: the
    /// bill was tabled on 2017-05-03 and not yet adopted on this day, so § 129 a cannot have been
    /// in force before it [V ft.dk L 206]. Between this day and 2019-03-31 its start is open.
    public static let section129aNotBefore = CivilDate(2017, 5, 23)

    /// Where `intervention` leads on `date` (in `regime`): ``route(for:in:)``, except that
    /// § 129 a has no legal basis before ``section129aNotBefore``.
    public static func route(for intervention: Intervention, in regime: CoercionRegime, on date: CivilDate) -> CoercionRoute {
        if intervention == .admissionDangerToOthers, date < section129aNotBefore { return .noLegalBasis(s129) }
        return route(for: intervention, in: regime)
    }

    /// The reporting provision in `regime`: SEL § 136 to 2019, § 135 a from 2020.
    public static func reportingCitation(in regime: CoercionRegime) -> Citation {
        regime.hasTargetGroupSplit ? Citation(.sel, "135 a") : Citation(.sel, "136")
    }
}
