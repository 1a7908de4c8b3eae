import SocialPolicyCore

/// A way the involvement of a citizen in drug-misuse treatment falls short of SMB-BI
/// 2.2.1–2.2.6 (`values.shortfalls`): one per point of the checklist, stored as a bitmask.
public struct InvolvementShortfalls: OptionSet, Sendable, Hashable {
    /// The bits.
    public let rawValue: UInt16
    /// Creates a set from its bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// 2.2.1: the treatment was not planned with the citizen (`plan-not-made-with-citizen`).
    public static let planNotMadeWithCitizen = InvolvementShortfalls(rawValue: 1 << 0)
    /// 2.2.1: the citizen's perspective is not documented (`citizen-perspective-not-documented`).
    public static let perspectiveNotDocumented = InvolvementShortfalls(rawValue: 1 << 1)
    /// 2.2.1: the citizen does not take part in setting goals (`goals-not-set-with-citizen`).
    public static let goalsNotSetWithCitizen = InvolvementShortfalls(rawValue: 1 << 2)
    /// 2.2.2: not informed of the essential aspects of the case (`not-informed-of-essential-aspects`).
    public static let notInformedOfEssentialAspects = InvolvementShortfalls(rawValue: 1 << 3)
    /// 2.2.2: entitlements under other legislation not checked (`entitlements-elsewhere-not-checked`).
    public static let entitlementsElsewhereNotChecked = InvolvementShortfalls(rawValue: 1 << 4)
    /// 2.2.3: no treatment plan (`no-treatment-plan`).
    public static let noTreatmentPlan = InvolvementShortfalls(rawValue: 1 << 5)
    /// 2.2.3: the treatment plan is not coordinated with the SEL § 141 handleplan
    /// (`treatment-plan-not-coordinated`).
    public static let treatmentPlanNotCoordinated = InvolvementShortfalls(rawValue: 1 << 6)
    /// 2.2.4: not informed of the right to representation (`representation-right-not-explained`).
    public static let representationRightNotExplained = InvolvementShortfalls(rawValue: 1 << 7)
    /// 2.2.5: when and how decisions are made not explained (`decision-process-not-explained`).
    public static let decisionProcessNotExplained = InvolvementShortfalls(rawValue: 1 << 8)
    /// 2.2.5: what is confidential not explained (`confidentiality-not-explained`).
    public static let confidentialityNotExplained = InvolvementShortfalls(rawValue: 1 << 9)
    /// 2.2.5: children under 18 at home and the notification duty not explained
    /// (`notification-duty-not-explained`; SEL § 153 before 2024, BL § 133 from 2024).
    public static let notificationDutyNotExplained = InvolvementShortfalls(rawValue: 1 << 10)
    /// 2.2.6: the citizen has not been asked whether they feel involved (`involvement-not-checked`).
    public static let involvementNotChecked = InvolvementShortfalls(rawValue: 1 << 11)

    /// The obligation each SMB-BI point gives when one of its shortfalls is found (grouped by
    /// point, the notification duty on its own: at most seven obligations).
    public enum Point: Int, Sendable, CaseIterable {
        /// 2.2.1
        case planning = 1
        /// 2.2.2
        case information
        /// 2.2.3
        case treatmentPlan
        /// 2.2.4
        case representation
        /// 2.2.5 (decisions and confidentiality)
        case decisions
        /// 2.2.5 (the notification duty)
        case notificationDuty
        /// 2.2.6
        case followUp

        /// The obligation's code.
        public var obligation: ObligationCode {
            switch self {
            case .planning: ObligationCode("involve-citizen-in-planning")
            case .information: ObligationCode("inform-citizen-of-case")
            case .treatmentPlan: ObligationCode("coordinate-treatment-plan")
            case .representation: ObligationCode("inform-of-representation-right")
            case .decisions: ObligationCode("explain-decisions-and-confidentiality")
            case .notificationDuty: ObligationCode("explain-notification-duty")
            case .followUp: ObligationCode("ask-about-involvement")
            }
        }

        /// The shortfalls of the point.
        public var shortfalls: InvolvementShortfalls {
            switch self {
            // Unions, not array literals: an array literal would allocate on the hot path.
            case .planning: InvolvementShortfalls.planNotMadeWithCitizen.union(.perspectiveNotDocumented).union(.goalsNotSetWithCitizen)
            case .information: InvolvementShortfalls.notInformedOfEssentialAspects.union(.entitlementsElsewhereNotChecked)
            case .treatmentPlan: InvolvementShortfalls.noTreatmentPlan.union(.treatmentPlanNotCoordinated)
            case .representation: .representationRightNotExplained
            case .decisions: InvolvementShortfalls.decisionProcessNotExplained.union(.confidentialityNotExplained)
            case .notificationDuty: .notificationDutyNotExplained
            case .followUp: .involvementNotChecked
            }
        }

        /// The guideline section.
        public var section: String {
            switch self {
            case .planning: "2.2.1"
            case .information: "2.2.2"
            case .treatmentPlan: "2.2.3"
            case .representation: "2.2.4"
            case .decisions, .notificationDuty: "2.2.5"
            case .followUp: "2.2.6"
            }
        }
    }

    /// Every shortfall with its code, in the order they are reported.
    public static let catalogue: [(shortfall: InvolvementShortfalls, code: String)] = [
        (.planNotMadeWithCitizen, "plan-not-made-with-citizen"),
        (.perspectiveNotDocumented, "citizen-perspective-not-documented"),
        (.goalsNotSetWithCitizen, "goals-not-set-with-citizen"),
        (.notInformedOfEssentialAspects, "not-informed-of-essential-aspects"),
        (.entitlementsElsewhereNotChecked, "entitlements-elsewhere-not-checked"),
        (.noTreatmentPlan, "no-treatment-plan"),
        (.treatmentPlanNotCoordinated, "treatment-plan-not-coordinated"),
        (.representationRightNotExplained, "representation-right-not-explained"),
        (.decisionProcessNotExplained, "decision-process-not-explained"),
        (.confidentialityNotExplained, "confidentiality-not-explained"),
        (.notificationDutyNotExplained, "notification-duty-not-explained"),
        (.involvementNotChecked, "involvement-not-checked"),
    ]

    /// The codes, in catalogue order.
    public var codes: [String] { Self.catalogue.filter { contains($0.shortfall) }.map(\.code) }
}

/// The facts of an involvement question, as a host's own record can supply them.
///
/// ## Implementation requirements
/// - Return `nil` for anything not recorded: an unknown point is never counted as met.
public protocol InvolvementFactsProviding {
    /// The fact `planMadeWithCitizen`; `nil` when unknown.
    var planMadeWithCitizen: Bool? { get }
    /// The fact `citizenPerspectiveDocumented`; `nil` when unknown.
    var citizenPerspectiveDocumented: Bool? { get }
    /// The fact `citizenSetsGoals`; `nil` when unknown.
    var citizenSetsGoals: Bool? { get }
    /// The fact `informedOfEssentialAspects`; `nil` when unknown.
    var informedOfEssentialAspects: Bool? { get }
    /// The fact `entitlementsElsewhereChecked`; `nil` when unknown.
    var entitlementsElsewhereChecked: Bool? { get }
    /// The fact `treatmentPlanExists`; `nil` when unknown.
    var treatmentPlanExists: Bool? { get }
    /// The fact `treatmentPlanCoordinatedWithActionPlan`; `nil` when unknown.
    var treatmentPlanCoordinatedWithActionPlan: Bool? { get }
    /// The fact `informedOfRepresentationRight`; `nil` when unknown.
    var informedOfRepresentationRight: Bool? { get }
    /// The fact `decisionProcessExplained`; `nil` when unknown.
    var decisionProcessExplained: Bool? { get }
    /// The fact `confidentialityExplained`; `nil` when unknown.
    var confidentialityExplained: Bool? { get }
    /// The fact `childrenUnder18InHome`; `nil` when unknown.
    var childrenUnder18InHome: Bool? { get }
    /// The fact `informedOfNotificationDuty`; `nil` when unknown.
    var informedOfNotificationDuty: Bool? { get }
    /// The fact `lastInvolvementCheckOn`; `nil` when unknown.
    var lastInvolvementCheckOn: CivilDate? { get }
}

extension InvolvementFactsProviding {
    /// Unknown unless the host records it.
    public var planMadeWithCitizen: Bool? { nil }
    /// Unknown unless the host records it.
    public var citizenPerspectiveDocumented: Bool? { nil }
    /// Unknown unless the host records it.
    public var citizenSetsGoals: Bool? { nil }
    /// Unknown unless the host records it.
    public var informedOfEssentialAspects: Bool? { nil }
    /// Unknown unless the host records it.
    public var entitlementsElsewhereChecked: Bool? { nil }
    /// Unknown unless the host records it.
    public var treatmentPlanExists: Bool? { nil }
    /// Unknown unless the host records it.
    public var treatmentPlanCoordinatedWithActionPlan: Bool? { nil }
    /// Unknown unless the host records it.
    public var informedOfRepresentationRight: Bool? { nil }
    /// Unknown unless the host records it.
    public var decisionProcessExplained: Bool? { nil }
    /// Unknown unless the host records it.
    public var confidentialityExplained: Bool? { nil }
    /// Unknown unless the host records it.
    public var childrenUnder18InHome: Bool? { nil }
    /// Unknown unless the host records it.
    public var informedOfNotificationDuty: Bool? { nil }
    /// Unknown unless the host records it.
    public var lastInvolvementCheckOn: CivilDate? { nil }
}

/// `influence.involvement`: has the citizen in drug-misuse treatment been involved as the
/// guideline (SMB-BI 2.2.1–2.2.6) requires?
///
/// `determined` when every point is known, with `values.compliant` and one shortfall per unmet
/// point; `undetermined` when a point is unknown (missing facts in checklist order), with the
/// shortfalls already established and `compliant: false` if there is one. The notification duty
/// is cited as SEL § 153 before 2024-01-01 and BL § 133 from then. Needs no municipality.
public enum InvolvementQuestion: PolicyQuestion {
    /// The facts.
    public struct Facts: Sendable, Hashable, InvolvementFactsProviding {
        /// The fact `planMadeWithCitizen` (see the question's `factSpecs`).
        public var planMadeWithCitizen: Bool?
        /// The fact `citizenPerspectiveDocumented` (see the question's `factSpecs`).
        public var citizenPerspectiveDocumented: Bool?
        /// The fact `citizenSetsGoals` (see the question's `factSpecs`).
        public var citizenSetsGoals: Bool?
        /// The fact `informedOfEssentialAspects` (see the question's `factSpecs`).
        public var informedOfEssentialAspects: Bool?
        /// The fact `entitlementsElsewhereChecked` (see the question's `factSpecs`).
        public var entitlementsElsewhereChecked: Bool?
        /// The fact `treatmentPlanExists` (see the question's `factSpecs`).
        public var treatmentPlanExists: Bool?
        /// The fact `treatmentPlanCoordinatedWithActionPlan` (see the question's `factSpecs`).
        public var treatmentPlanCoordinatedWithActionPlan: Bool?
        /// The fact `informedOfRepresentationRight` (see the question's `factSpecs`).
        public var informedOfRepresentationRight: Bool?
        /// The fact `decisionProcessExplained` (see the question's `factSpecs`).
        public var decisionProcessExplained: Bool?
        /// The fact `confidentialityExplained` (see the question's `factSpecs`).
        public var confidentialityExplained: Bool?
        /// The fact `childrenUnder18InHome` (see the question's `factSpecs`).
        public var childrenUnder18InHome: Bool?
        /// The fact `informedOfNotificationDuty` (see the question's `factSpecs`).
        public var informedOfNotificationDuty: Bool?
        /// The fact `lastInvolvementCheckOn` (see the question's `factSpecs`).
        public var lastInvolvementCheckOn: CivilDate?

        /// Creates facts with every point unknown.
        public init() {}

        /// Copies a host's record.
        public init(_ p: some InvolvementFactsProviding) {
            planMadeWithCitizen = p.planMadeWithCitizen
            citizenPerspectiveDocumented = p.citizenPerspectiveDocumented
            citizenSetsGoals = p.citizenSetsGoals
            informedOfEssentialAspects = p.informedOfEssentialAspects
            entitlementsElsewhereChecked = p.entitlementsElsewhereChecked
            treatmentPlanExists = p.treatmentPlanExists
            treatmentPlanCoordinatedWithActionPlan = p.treatmentPlanCoordinatedWithActionPlan
            informedOfRepresentationRight = p.informedOfRepresentationRight
            decisionProcessExplained = p.decisionProcessExplained
            confidentialityExplained = p.confidentialityExplained
            childrenUnder18InHome = p.childrenUnder18InHome
            informedOfNotificationDuty = p.informedOfNotificationDuty
            lastInvolvementCheckOn = p.lastInvolvementCheckOn
        }
    }

    /// The values.
    public struct Values: DecisionValues, Hashable {
        /// Whether every point is met (`nil` when it cannot be said yet).
        public var compliant: Bool?
        /// The established shortfalls.
        public var shortfalls = InvolvementShortfalls()
        /// The provision of the notification duty on the date (`SEL § 153` or `BL § 133`).
        public var notificationDutySection: Citation?
        /// Days since the citizen was last asked whether they feel involved.
        public var daysSinceInvolvementCheck: Int?

        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("compliant", compliant)
            fields.append(NamedValue("shortfalls", .array(shortfalls.codes.map { .string($0) })))
            fields.add("notificationDutySection", notificationDutySection?.description)
            fields.add("daysSinceInvolvementCheck", daysSinceInvolvementCheck)
            return fields
        }
    }

    /// The checklist as requirements: the traceability matrix of SMB-BI 2.2.1–2.2.6 (the
    /// notification duty and the involvement check are tested separately: they depend on other facts).
    package enum Rules {
        /// The checklist requirement on `planMadeWithCitizen`.
        public static let planMadeWithCitizen = Requirement(
            "planMadeWithCitizen", true, Citation(.smbBI, "2.2.1"),
            da: "Behandlingen er tilrettelagt i samarbejde med borgeren.", en: "The treatment is planned with the citizen.")
        /// The checklist requirement on `citizenPerspectiveDocumented`.
        public static let citizenPerspectiveDocumented = Requirement(
            "citizenPerspectiveDocumented", true, Citation(.smbBI, "2.2.1"),
            da: "Borgerens perspektiv er dokumenteret og synligt i sagen.", en: "The citizen's perspective is documented and visible in the case.")
        /// The checklist requirement on `citizenSetsGoals`.
        public static let citizenSetsGoals = Requirement(
            "citizenSetsGoals", true, Citation(.smbBI, "2.2.1"),
            da: "Borgeren indgår i opsætningen af mål for forløbet.", en: "The citizen takes part in setting the goals of the treatment.")
        /// The checklist requirement on `informedOfEssentialAspects`.
        public static let informedOfEssentialAspects = Requirement(
            "informedOfEssentialAspects", true, Citation(.smbBI, "2.2.2"),
            da: "Borgeren er informeret om alle væsentlige aspekter af sin sag.", en: "The citizen is informed of all essential aspects of the case.")
        /// The checklist requirement on `entitlementsElsewhereChecked`.
        public static let entitlementsElsewhereChecked = Requirement(
            "entitlementsElsewhereChecked", true, Citation(.smbBI, "2.2.2"),
            da: "Behandleren har undersøgt, om borgeren har ret til støtte efter anden lovgivning.",
            en: "The practitioner has checked whether the citizen is entitled to support under other legislation.")
        /// The checklist requirement on `treatmentPlanExists`.
        public static let treatmentPlanExists = Requirement(
            "treatmentPlanExists", true, Citation(.smbBI, "2.2.3"),
            da: "Der er en behandlingsplan ud fra borgerens ønsker, erfaringer og behov.",
            en: "There is a treatment plan based on the citizen's wishes, experience and needs.")
        /// The checklist requirement on `treatmentPlanCoordinated`.
        public static let treatmentPlanCoordinated = Requirement(
            "treatmentPlanCoordinatedWithActionPlan", true, Citation(.smbBI, "2.2.3"),
            da: "Behandlingsplanen er koordineret med handleplanen efter SEL § 141.",
            en: "The treatment plan is coordinated with the SEL § 141 action plan.")
        /// The checklist requirement on `informedOfRepresentationRight`.
        public static let informedOfRepresentationRight = Requirement(
            "informedOfRepresentationRight", true, Citation(.smbBI, "2.2.4"),
            da: "Borgeren er informeret om muligheden for at lade sig repræsentere eller bistå af andre (FVL § 8).",
            en: "The citizen is informed of the right to be represented or assisted by others (FVL § 8).")
        /// The checklist requirement on `decisionProcessExplained`.
        public static let decisionProcessExplained = Requirement(
            "decisionProcessExplained", true, Citation(.smbBI, "2.2.5"),
            da: "Det er tydeligt for borgeren, hvornår og hvordan beslutninger træffes.",
            en: "It is clear to the citizen when and how decisions are made.")
        /// The checklist requirement on `confidentialityExplained`.
        public static let confidentialityExplained = Requirement(
            "confidentialityExplained", true, Citation(.smbBI, "2.2.5"),
            da: "Det er gjort klart for borgeren, hvilke oplysninger der er fortrolige.",
            en: "It has been made clear to the citizen which information is confidential.")

        /// The simple points, in checklist order, with their shortfall.
        public static let simple: [(requirement: Requirement, shortfall: InvolvementShortfalls)] = [
            (planMadeWithCitizen, .planNotMadeWithCitizen),
            (citizenPerspectiveDocumented, .perspectiveNotDocumented),
            (citizenSetsGoals, .goalsNotSetWithCitizen),
            (informedOfEssentialAspects, .notInformedOfEssentialAspects),
            (entitlementsElsewhereChecked, .entitlementsElsewhereNotChecked),
            (treatmentPlanExists, .noTreatmentPlan),
        ]
        /// The points after the treatment plan, in checklist order.
        public static let afterPlan: [(requirement: Requirement, shortfall: InvolvementShortfalls)] = [
            (informedOfRepresentationRight, .representationRightNotExplained),
            (decisionProcessExplained, .decisionProcessNotExplained),
            (confidentialityExplained, .confidentialityNotExplained),
        ]
    }

    /// The contract's question id.
    public static let id = "influence.involvement"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Er borgeren i stofmisbrugsbehandling inddraget, som retningslinjen kræver?",
        en: "Has the citizen in drug-misuse treatment been involved as the guideline requires?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        FactSpec("planMadeWithCitizen", .bool, "the treatment is planned with the citizen (SMB-BI 2.2.1)"),
        FactSpec("citizenPerspectiveDocumented", .bool, "the citizen's perspective is documented and visible (2.2.1)"),
        FactSpec("citizenSetsGoals", .bool, "the citizen takes part in setting the goals (2.2.1)"),
        FactSpec("informedOfEssentialAspects", .bool, "the citizen is informed of all essential aspects of the case (2.2.2)"),
        FactSpec("entitlementsElsewhereChecked", .bool, "entitlements under other legislation have been checked (2.2.2)"),
        FactSpec("treatmentPlanExists", .bool, "there is a behandlingsplan (2.2.3)"),
        FactSpec("treatmentPlanCoordinatedWithActionPlan", .bool, "the behandlingsplan is coordinated with the SEL § 141 handleplan (2.2.3)"),
        FactSpec("informedOfRepresentationRight", .bool, "the citizen is told of the right to representation or a bisidder (2.2.4)"),
        FactSpec("decisionProcessExplained", .bool, "it is clear when and how decisions are made (2.2.5)"),
        FactSpec("confidentialityExplained", .bool, "it is clear which information is confidential (2.2.5)"),
        FactSpec("childrenUnder18InHome", .bool, "children under 18 live in the citizen's home (2.2.5)"),
        FactSpec("informedOfNotificationDuty", .bool, "the citizen is told of the practitioner's underretningspligt (2.2.5; SEL § 153 / BL § 133)"),
        FactSpec("lastInvolvementCheckOn", .date, "the day the citizen was last asked whether they feel sufficiently involved (2.2.6)"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("compliant", "bool", "every point of SMB-BI 2.2.1–2.2.6 is established as met; absent while a point is unknown"),
        ValueSpec("shortfalls", "array of enum: " + InvolvementShortfalls.catalogue.map(\.code).joined(separator: ", "), "the established unmet points, one per SMB-BI requirement"),
        ValueSpec("notificationDutySection", "string", "the provision of the practitioner's underretningspligt on asOf: SEL § 153 to 2023-12-31, BL § 133 from 2024-01-01"),
        ValueSpec("daysSinceInvolvementCheck", "int", "days since the citizen was last asked whether they feel involved (SMB-BI 2.2.6)"),
    ]
    /// The obligation codes the question can produce.
    public static let obligationSpecs: [ObligationSpec] = [
        ObligationSpec("involve-citizen-in-planning", "plan the treatment with the citizen, document the citizen's perspective, set the goals together (SMB-BI 2.2.1)"),
        ObligationSpec("inform-citizen-of-case", "inform the citizen of every essential aspect and check entitlements under other legislation (SMB-BI 2.2.2)"),
        ObligationSpec("coordinate-treatment-plan", "make a behandlingsplan and coordinate it with the SEL § 141 handleplan (SMB-BI 2.2.3)"),
        ObligationSpec("inform-of-representation-right", "tell the citizen of the right to be represented or assisted (SMB-BI 2.2.4; FVL § 8)"),
        ObligationSpec("explain-decisions-and-confidentiality", "make clear when and how decisions are made and what is confidential (SMB-BI 2.2.5)"),
        ObligationSpec("explain-notification-duty", "tell the citizen of the practitioner's underretningspligt where children under 18 live in the home (SMB-BI 2.2.5; SEL § 153 / BL § 133)"),
        ObligationSpec("ask-about-involvement", "ask the citizen whether they feel sufficiently involved (SMB-BI 2.2.6)"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = InfluenceRuleSets.involvement

    /// Creates the facts from a validated bag.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        var f = Facts()
        f.planMadeWithCitizen = try bag.bool("planMadeWithCitizen")
        f.citizenPerspectiveDocumented = try bag.bool("citizenPerspectiveDocumented")
        f.citizenSetsGoals = try bag.bool("citizenSetsGoals")
        f.informedOfEssentialAspects = try bag.bool("informedOfEssentialAspects")
        f.entitlementsElsewhereChecked = try bag.bool("entitlementsElsewhereChecked")
        f.treatmentPlanExists = try bag.bool("treatmentPlanExists")
        f.treatmentPlanCoordinatedWithActionPlan = try bag.bool("treatmentPlanCoordinatedWithActionPlan")
        f.informedOfRepresentationRight = try bag.bool("informedOfRepresentationRight")
        f.decisionProcessExplained = try bag.bool("decisionProcessExplained")
        f.confidentialityExplained = try bag.bool("confidentialityExplained")
        f.childrenUnder18InHome = try bag.bool("childrenUnder18InHome")
        f.informedOfNotificationDuty = try bag.bool("informedOfNotificationDuty")
        f.lastInvolvementCheckOn = try bag.date("lastInvolvementCheckOn")
        return f
    }

    /// The longest time between two checks of whether the citizen feels involved (2.2.6) that the
    /// library accepts as "løbende": one year (an open legal question, `involvement-check-interval`).
    public static let maximumYearsBetweenInvolvementChecks = 1

    /// The provision of the practitioner's underretningspligt on `date`.
    public static func notificationDutyCitation(on date: CivilDate) -> Citation {
        date < CivilDate(2024, 1, 1) ? Citation(.sel, "153") : Citation(.bl, "133")
    }

    static func value(_ facts: Facts, _ fact: String) -> Bool? {
        switch fact {
        case "planMadeWithCitizen": facts.planMadeWithCitizen
        case "citizenPerspectiveDocumented": facts.citizenPerspectiveDocumented
        case "citizenSetsGoals": facts.citizenSetsGoals
        case "informedOfEssentialAspects": facts.informedOfEssentialAspects
        case "entitlementsElsewhereChecked": facts.entitlementsElsewhereChecked
        case "treatmentPlanExists": facts.treatmentPlanExists
        case "treatmentPlanCoordinatedWithActionPlan": facts.treatmentPlanCoordinatedWithActionPlan
        case "informedOfRepresentationRight": facts.informedOfRepresentationRight
        case "decisionProcessExplained": facts.decisionProcessExplained
        case "confidentialityExplained": facts.confidentialityExplained
        default: nil
        }
    }

    static func obligationText(_ point: InvolvementShortfalls.Point, duty: Citation) -> LocalizedText {
        switch point {
        case .planning:
            LocalizedText(
                da: "Tilrettelæg behandlingen sammen med borgeren: dokumentér borgerens perspektiv, og lad borgeren være med til at sætte målene (SMB-BI 2.2.1).",
                en: "Plan the treatment with the citizen: document the citizen's perspective and let the citizen take part in setting the goals (SMB-BI 2.2.1).")
        case .information:
            LocalizedText(
                da: "Informér borgeren om alle væsentlige aspekter af sagen, og undersøg borgerens ret til støtte efter anden lovgivning (SMB-BI 2.2.2).",
                en: "Inform the citizen of every essential aspect of the case and check the citizen's entitlements under other legislation (SMB-BI 2.2.2).")
        case .treatmentPlan:
            LocalizedText(
                da: "Udarbejd en behandlingsplan ud fra borgerens ønsker, og koordinér den med handleplanen efter SEL § 141 (SMB-BI 2.2.3).",
                en: "Make a treatment plan from the citizen's wishes and coordinate it with the SEL § 141 action plan (SMB-BI 2.2.3).")
        case .representation:
            LocalizedText(
                da: "Fortæl borgeren, at borgeren kan lade sig repræsentere eller bistå af andre, fx en bisidder (SMB-BI 2.2.4, FVL § 8).",
                en: "Tell the citizen that they may be represented or assisted by others, such as a support person (SMB-BI 2.2.4, FVL § 8).")
        case .decisions:
            LocalizedText(
                da: "Gør det tydeligt for borgeren, hvornår og hvordan beslutninger træffes, og hvilke oplysninger der er fortrolige (SMB-BI 2.2.5).",
                en: "Make clear to the citizen when and how decisions are made and which information is confidential (SMB-BI 2.2.5).")
        case .notificationDuty:
            LocalizedText(
                da: "Fortæl borgeren, at behandleren har underretningspligt, når der bor børn under 18 år i hjemmet (\(duty); SMB-BI 2.2.5).",
                en: "Tell the citizen that the practitioner has a duty to notify the municipality about children under 18 in the home (\(duty); SMB-BI 2.2.5).")
        case .followUp:
            LocalizedText(
                da: "Spørg borgeren, om borgeren føler sig tilstrækkeligt inddraget (SMB-BI 2.2.6).",
                en: "Ask the citizen whether they feel sufficiently involved (SMB-BI 2.2.6).")
        }
    }

    static func point<R: Recorder>(
        _ met: Bool?, _ requirement: Requirement, _ shortfall: InvolvementShortfalls,
        into e: inout Evaluation<Values, R>, all: inout Conjunction
    ) {
        all.add(e.check(met, requirement))
        if met.map({ $0 == requirement.needed }) == false { e.verdict.values.shortfalls.insert(shortfall) }
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        var all = Conjunction()
        // Index loops: no iterator, so no allocation even in unoptimised builds.
        let simple = Rules.simple
        var index = 0
        while index < simple.count {
            let (requirement, shortfall) = simple[index]
            point(value(facts, requirement.fact), requirement, shortfall, into: &e, all: &all)
            index += 1
        }
        // 2.2.3: coordination with the handleplan only where a treatment plan exists.
        if facts.treatmentPlanExists != false {
            point(facts.treatmentPlanCoordinatedWithActionPlan, Rules.treatmentPlanCoordinated, .treatmentPlanNotCoordinated, into: &e, all: &all)
        }
        let afterPlan = Rules.afterPlan
        index = 0
        while index < afterPlan.count {
            let (requirement, shortfall) = afterPlan[index]
            point(value(facts, requirement.fact), requirement, shortfall, into: &e, all: &all)
            index += 1
        }

        // 2.2.5: the notification duty, where children under 18 live in the home.
        let duty = notificationDutyCitation(on: asOf)
        e.verdict.values.notificationDutySection = duty
        let notificationMet: Bool?
        if facts.informedOfNotificationDuty == true || facts.childrenUnder18InHome == false {
            notificationMet = true
        } else if facts.childrenUnder18InHome == true && facts.informedOfNotificationDuty == false {
            notificationMet = false
        } else {
            notificationMet = nil
        }
        e.test(
            Citation(.smbBI, "2.2.5"), holds: notificationMet,
            LocalizedText(
                da: "Bor der børn under 18 år i hjemmet, skal borgeren vide, at behandleren har underretningspligt (\(duty)).",
                en: "Where children under 18 live in the home, the citizen must be told that the practitioner has a duty to notify (\(duty))."))
        if facts.childrenUnder18InHome != false {
            e.test(
                duty, holds: notificationMet,
                asOf < CivilDate(2024, 1, 1)
                    ? LocalizedText(
                        da: "Underretningspligten for personer i offentlig tjeneste følger af serviceloven § 153 (til og med 31. december 2023).",
                        en: "The notification duty of public servants is in serviceloven § 153 (until 31 December 2023).")
                    : LocalizedText(
                        da: "Underretningspligten for personer i offentlig tjeneste følger af barnets lov § 133 (fra 1. januar 2024; tidligere SEL § 153).",
                        en: "The notification duty of public servants is in barnets lov § 133 (from 1 January 2024; formerly SEL § 153)."))
        }
        all.add(notificationMet)
        if notificationMet == false { e.verdict.values.shortfalls.insert(.notificationDutyNotExplained) }
        if notificationMet == nil {
            if facts.childrenUnder18InHome == nil { e.missing("childrenUnder18InHome") }
            if facts.informedOfNotificationDuty == nil { e.missing("informedOfNotificationDuty") }
        }

        // 2.2.6: the citizen is asked regularly ("løbende"). A check dated after the day asked
        // about cannot count (unknown); one more than a year old is not regular (open legal
        // question involvement-check-interval: the guideline sets no interval).
        let check = facts.lastInvolvementCheckOn.flatMap { $0 <= asOf ? $0 : nil }
        let checkMet: Bool? = check.map { asOf <= $0.adding(years: maximumYearsBetweenInvolvementChecks) }
        if let check { e.verdict.values.daysSinceInvolvementCheck = check.days(until: asOf) }
        e.test(
            Citation(.smbBI, "2.2.6"), holds: checkMet,
            LocalizedText(
                da: check.map {
                    "Borgeren blev senest spurgt, om vedkommende føler sig tilstrækkeligt inddraget, \($0.danishText)"
                        + (checkMet == true ? "." : " – mere end et år siden, hvilket ikke er løbende.")
                } ?? "Det er ikke oplyst, at borgeren er blevet spurgt, om vedkommende føler sig tilstrækkeligt inddraget.",
                en: check.map {
                    "The citizen was last asked whether they feel sufficiently involved on \($0.englishText)"
                        + (checkMet == true ? "." : ", more than a year ago, which is not regular.")
                } ?? "It is not recorded that the citizen has been asked whether they feel sufficiently involved."))
        all.add(checkMet)
        if checkMet == false { e.verdict.values.shortfalls.insert(.involvementNotChecked) }
        if checkMet == nil { e.missing("lastInvolvementCheckOn") }

        let shortfalls = e.verdict.values.shortfalls
        var raw = InvolvementShortfalls.Point.planning.rawValue
        while let point = InvolvementShortfalls.Point(rawValue: raw) {
            raw += 1
            guard !shortfalls.isDisjoint(with: point.shortfalls) else { continue }
            let citation = point == .notificationDuty ? duty : Citation(.smbBI, point.section)
            e.oblige(point.obligation, citation, obligationText(point, duty: duty))
        }
        e.verdict.values.compliant = all.holds
        e.verdict.outcome = all.anyUnknown ? .undetermined : .determined
    }
}
