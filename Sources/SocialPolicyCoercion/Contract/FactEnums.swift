import SocialPolicyCore

// The enum facts of `coercion.intervention`, as the contract spells them. Values marked
// "(1.1)" came with contract version 1.1; the others are those of the first contract.

/// The measure a question about coercion asks about (the contract's `intervention`).
///
/// Each value maps, per version of the law, to the provision of serviceloven afsnit VII that
/// governs it, or to "no legal basis"; the map is one table,
/// `Sources/SocialPolicyCoercion/Provisions/RouteTable.swift`.
public enum Intervention: String, FactEnum {
    /// Personal alarm or tracking system (SEL § 125, stk. 1 to 2019; § 128 b from 2020).
    case alarmTracking = "alarm-tracking"
    /// Special door openers (SEL § 125, stk. 3 to 2019; § 125 from 2020).
    case specialDoorOpener = "special-door-opener"
    /// Holding a person, or leading them to another room (SEL § 126 to 2019; § 124 d from 2020).
    case holdOrMove = "hold-or-move"
    /// Holding in personal hygiene situations (SEL § 126 a to 2019; §§ 136 a / 136 c from 2020).
    case hygieneHold = "hygiene-hold"
    /// Holding back in, or leading back to, the home (SEL § 127 to 2019; § 124 d from 2020).
    case retainInHome = "retain-in-home"
    /// A soft belt (stofsele) on a wheelchair, bed, chair or toilet (SEL § 128).
    case restraintBelt = "restraint-belt"
    /// Admission to a specific botilbud without consent (SEL § 129; the guardian route § 129,
    /// stk. 2 to 2019 and § 136 f from 2020).
    case admissionWithoutConsent = "admission-without-consent"
    /// Admission to a specific § 108 botilbud because of danger to others (SEL § 129 a).
    case admissionDangerToOthers = "admission-danger-to-others"
    /// Physical guidance (SEL § 124 b, from 2020): not coercion.
    case physicalGuidance = "physical-guidance"
    /// Averting help: briefly holding or leading away to avert damage to property (SEL § 124 c, from 2020).
    case avertingHelp = "averting-help"
    /// Releasing a person's grip (SEL § 124 d, stk. 1, from 2024-07-01).
    case releaseGrip = "release-grip"
    /// Safety-creating welfare technology (SEL § 128 b, from 2020; its kind in `welfareTechnologyKind`).
    case welfareTechnology = "welfare-technology"
    /// Locking or securing outer doors or windows of the resident's own home (SEL § 128 c, from 2020).
    case lockDoorsWindows = "lock-doors-windows"
    /// Restrictions on visitors (SEL §§ 137 a–d), a decision addressed to the visitor.
    case visitRestriction = "visit-restriction"
    /// House rules (SEL § 123, from 2020): not coercion, and never a basis for force.
    case houseRules = "house-rules"
    /// Any other force: outside the catalogue, always unlawful (at most unpunishable as
    /// nødværge/nødret, STRFL §§ 13–14).
    case other
    /// (1.1) Locking the nearest door between a resident's home and common rooms (SEL § 128 d,
    /// from 2024-07-01).
    case lockCommonRoomDoor = "lock-common-room-door"
    /// (1.1) Special door openers or locking of a service area or shared kitchen (SEL § 128 e,
    /// from 2024-07-01).
    case secureServiceArea = "secure-service-area"
    /// (1.1) Locking gates or doors out of the offer's outdoor area (SEL § 128 f, from 2024-07-01).
    case lockOutdoorGate = "lock-outdoor-gate"
    /// (1.1) Locking cupboards or drawers in the resident's home (SEL § 128 g, from 2025-01-01;
    /// decided by Det Socialfaglige Nævn).
    case lockCupboards = "lock-cupboards"
    /// (1.1) Opening the locked outer door of a resident's home (SEL § 128 h, from 2025-01-01;
    /// decided by Det Socialfaglige Nævn).
    case openLockedHomeDoor = "open-locked-home-door"
    /// (1.1) Discharge (udskrivelse) from the present botilbud without consent, with an admission
    /// under §§ 129, 129 a or 136 f (from 2024-07-01).
    case dischargeFromBotilbud = "discharge-from-botilbud"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .alarmTracking: "personal alarm or tracking system (SEL § 125 stk. 1 to 2019; § 128 b from 2020)"
        case .specialDoorOpener: "special door openers, særlige døråbnere (SEL § 125 stk. 3 to 2019; § 125 from 2020; where: doorOpenerPlace)"
        case .holdOrMove: "holding, or leading to another room (SEL § 126 to 2019; § 124 d from 2020)"
        case .hygieneHold: "holding in personal hygiene situations (SEL § 126 a to 2019; §§ 136 a / 136 c from 2020)"
        case .retainInHome: "holding back in, or leading back to, the home (SEL § 127 to 2019; § 124 d from 2020)"
        case .restraintBelt: "stofsele or similar on a wheelchair, bed, chair or toilet (SEL § 128)"
        case .admissionWithoutConsent: "admission to a specific botilbud without consent (SEL § 129; guardian route § 129 stk. 2 to 2019, § 136 f from 2020)"
        case .admissionDangerToOthers: "admission to a specific § 108 botilbud because of danger to others (SEL § 129 a)"
        case .physicalGuidance: "fysisk guidning (SEL § 124 b, from 2020): not coercion"
        case .avertingHelp: "afværgehjælp (SEL § 124 c, from 2020)"
        case .releaseGrip: "releasing a grip, løsne greb (SEL § 124 d stk. 1, from 2024-07-01)"
        case .welfareTechnology: "tryghedsskabende velfærdsteknologi (SEL § 128 b, from 2020; kind in welfareTechnologyKind)"
        case .lockDoorsWindows: "locking outer doors or windows of the resident's own home (SEL § 128 c, from 2020)"
        case .visitRestriction: "besøgsrestriktion addressed to a visitor (SEL §§ 137 a–d)"
        case .houseRules: "husorden (SEL § 123, from 2020): not coercion"
        case .other: "any other force: outside the catalogue, always unlawful"
        case .lockCommonRoomDoor: "(1.1) locking the door between the resident's home and common rooms (SEL § 128 d, from 2024-07-01)"
        case .secureServiceArea: "(1.1) special door openers or locking of a service area or shared kitchen (SEL § 128 e, from 2024-07-01)"
        case .lockOutdoorGate: "(1.1) locking gates out of the offer's outdoor area (SEL § 128 f, from 2024-07-01)"
        case .lockCupboards: "(1.1) locking cupboards or drawers in the resident's home (SEL § 128 g, from 2025-01-01; the nævn decides)"
        case .openLockedHomeDoor: "(1.1) opening a resident's locked outer door (SEL § 128 h, from 2025-01-01; the nævn decides)"
        case .dischargeFromBotilbud: "(1.1) udskrivelse from the present botilbud without consent, with an admission under §§ 129, 129 a or 136 f (from 2024-07-01)"
        }
    }
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

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .valid: "informed consent given beforehand by a person able to give it: no coercion"
        case .refuses: "the person refuses or resists: an objection (modsætter sig)"
        case .passive: "the person is passive: not consent, and read as an objection"
        case .unable: "the person cannot give consent and does not object"
        }
    }
}

/// The hygiene situation a hygiene hold is for (the contract's `hygieneSituation`).
///
/// The lists are exhaustive: 7 situations for SEL § 126 a (BEK 688/2010 … 226/2019 § 4, stk. 1),
/// 8 for § 136 a from 2020 (BEK 1239/2019 § 7, stk. 2; BEK 839/2024 § 10, stk. 2; BEK
/// 1411/2024 § 13, stk. 2). § 136 c (dementia) has no list.
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
    /// Any other situation (on no list).
    case other
    /// (1.1) Håndvask (on the list from 2020).
    case handWashing = "hand-washing"
    /// (1.1) Removing other objects from the cheek pouch or mouth, or anything from the ear or
    /// nose (on the list from 2020).
    case earNoseObjectRemoval = "ear-nose-object-removal"
    /// (1.1) Almindelig sårpleje (on the list from 2020).
    case woundCare = "wound-care"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .toothBrushing: "tandbørstning"
        case .shaving: "barbering"
        case .hairWashBathOrClothes: "hårvask, badning og tøjskift"
        case .hairOrNailCutting: "klipning af hår og negle"
        case .diaperChange: "skift af bleer og bind"
        case .skinCare: "pleje af hud"
        case .mouthFoodRemoval: "fjernelse af madrester i kindpose og mundhule"
        case .other: "a situation on no list"
        case .handWashing: "(1.1) håndvask — on the list from 2020 (BEK 1239/2019 § 7 stk. 2 nr. 3)"
        case .earNoseObjectRemoval: "(1.1) other objects from cheek pouch or mouth, anything from ear or nose — from 2020 (BEK 1239/2019 § 7 stk. 2 nr. 7)"
        case .woundCare: "(1.1) almindelig sårpleje — from 2020 (BEK 1239/2019 § 7 stk. 2 nr. 8)"
        }
    }
}

/// (1.1) What a belt is for (the contract's `beltPurpose`), SEL § 128, stk. 1 from 2024-07-01.
///
/// Before 2024-07-01 a belt could only prevent falls (`purposeIsFallPreventionOnly`).
public enum BeltPurpose: String, FactEnum {
    /// To prevent injury from a fall (nr. 1, litra a; the person may object).
    case fall
    /// To prevent injury from an unsuitable sitting position (nr. 1, litra b; only without objection).
    case sittingPosition = "sitting-position"
    /// To prevent injury from sudden, uncontrollable movements (nr. 1, litra c; only without objection).
    case suddenMovements = "sudden-movements"
    /// To help the person carry out an action that without it would be very limited or strenuous
    /// (nr. 2; only without objection).
    case enableAction = "enable-action"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .fall: "risk of injury from a fall (SEL § 128 stk. 1 nr. 1 litra a, 2024-07-01 →); the person may object"
        case .sittingPosition: "risk of injury from an unsuitable sitting position (nr. 1 litra b); only if the person does not object (stk. 2)"
        case .suddenMovements: "risk of injury from sudden, uncontrollable movements (nr. 1 litra c); only if the person does not object (stk. 2)"
        case .enableAction: "helps the person carry out an action otherwise særdeles begrænset eller anstrengt (nr. 2); only if the person does not object (stk. 2)"
        }
    }
}

/// (1.1) The kind of safety-creating welfare technology (the contract's `welfareTechnologyKind`).
///
/// The minister's lists: BEK 1412/2019, 87/2021, 13/2022, 402/2023 (2020-01-01 → 2024-12-31:
/// exit alarms or signal givers, fall and seizure alarms, localisation on request) and BEK
/// 1412/2024 (2025-01-01 →: monitoring of movement and bodily reactions, of sound, of video or
/// image without a recognisable picture, localisation). Seizure alarms are not coercion from
/// 2024-07-01 (SEL § 128 a, stk. 3); camera checks are SEL § 128 b, stk. 1 from 2025-01-01.
public enum WelfareTechnologyKind: String, FactEnum {
    /// An exit alarm or signal giver (ind- og udgangsalarm / -signalgiver).
    case exitAlarm = "exit-alarm"
    /// A fall alarm or fall mat.
    case fallAlarm = "fall-alarm"
    /// An epilepsy or similar seizure alarm.
    case seizureAlarm = "seizure-alarm"
    /// Localisation or tracking (GPS).
    case localisationTracking = "localisation-tracking"
    /// Monitoring of movement, activity or bodily reactions by sensors (no video, image or sound).
    case movementMonitoring = "movement-monitoring"
    /// Real-time sound monitoring (no recording, no two-way talk).
    case soundMonitoring = "sound-monitoring"
    /// Video or image monitoring that shows no recognisable picture of the person.
    case imageMonitoring = "image-monitoring"
    /// Situation-determined camera checks (situationsbestemt kamerakig).
    case cameraCheck = "camera-check"
    /// A technology of a kind on no list.
    case other

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .exitAlarm: "ind- og udgangsalarm / signalgiver (listed 2020 →; from 2025 as movement monitoring)"
        case .fallAlarm: "fald-alarm or faldmåtte (listed 2020 →)"
        case .seizureAlarm: "epilepsialarm or similar anfaldsalarm: listed 2020–2024-06-30; not coercion from 2024-07-01 (SEL § 128 a stk. 3)"
        case .localisationTracking: "lokaliserings- og sporingssystem, e.g. GPS (listed 2020 →)"
        case .movementMonitoring: "monitoring of movement and bodily reactions by sensors (2020–2024 as an activity alarm; BEK 1412/2024 § 2 stk. 1 nr. 1)"
        case .soundMonitoring: "real-time sound monitoring (only from 2025-01-01, BEK 1412/2024 § 2 stk. 1 nr. 2)"
        case .imageMonitoring: "video or image monitoring without a recognisable picture (only from 2025-01-01, BEK 1412/2024 § 2 stk. 1 nr. 3)"
        case .cameraCheck: "situationsbestemt kamerakig: SEL § 128 b stk. 1, decided by the nævn, from 2025-01-01; on no list before"
        case .other: "a kind on no list: never as coercion (BEK 1239/2019 § 5 stk. 3 and successors)"
        }
    }
}

/// (1.1) How the welfare technology is used (the contract's `welfareTechnologyUse`).
public enum WelfareTechnologyUse: String, FactEnum {
    /// A reactive alarm: it notifies staff when a concrete risk has arisen.
    case reactiveAlarm = "reactive-alarm"
    /// Time-limited digital supervision, or localisation on request in a predefined situation.
    case timeLimitedSupervision = "time-limited-supervision"
    /// Continuous monitoring of the person: on no list.
    case continuousMonitoring = "continuous-monitoring"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .reactiveAlarm: "reaktiv alarm: notifies staff when a concrete risk has arisen (BEK 1412/2024 § 2 stk. 2 nr. 1)"
        case .timeLimitedSupervision: "tidsafgrænset digitalt tilsyn, or localisation on request in a predefined situation (BEK 1412/2024 § 2 stk. 2 nr. 2; BEK 1412/2019 § 4)"
        case .continuousMonitoring: "continuous monitoring of the person: on no list (BEK 1412/2019 §§ 2–4; BEK 1412/2024 § 2 stk. 2)"
        }
    }
}

/// (1.1) Who represents the person in personal matters (the contract's `representative`).
public enum Representative: String, FactEnum {
    /// No representative.
    case none
    /// A værge appointed under værgemålsloven whose mandate covers the matter.
    case guardian
    /// A fremtidsfuldmægtig under a lasting power of attorney put into force (from 2017-09-01).
    case futureAttorney = "future-attorney"
    /// A nær pårørende med attest (værgemålsloven § 33 a, LOV 729/2025).
    case closeRelativeWithAttest = "close-relative-with-attest"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .none: "no værge, fremtidsfuldmægtig or nær pårørende med attest"
        case .guardian: "a værge whose mandate covers the matter"
        case .futureAttorney: "a fremtidsfuldmægtig (lasting power of attorney in force) whose mandate covers the matter"
        case .closeRelativeWithAttest: "a nær pårørende med attest (værgemålsloven § 33 a, LOV 729/2025; in SEL §§ 136 e–136 f from LBK 1129/2025)"
        }
    }
}

/// (1.1) Where special door openers are fitted (the contract's `doorOpenerPlace`).
public enum DoorOpenerPlace: String, FactEnum {
    /// The offer's outer doors (every period).
    case outerDoor = "outer-door"
    /// Doors belonging to and bounding units or departments (from 2024-07-01).
    case unitDoor = "unit-door"
    /// Gates out of the offer's outdoor area (from 2024-07-01).
    case outdoorGate = "outdoor-gate"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .outerDoor: "the offer's outer doors (yderdøre): every period"
        case .unitDoor: "doors that belong to and bound units or departments: SEL § 125 stk. 1 nr. 2, from 2024-07-01"
        case .outdoorGate: "gates out of the surrounding outdoor area: SEL § 125 stk. 1 nr. 3, from 2024-07-01"
        }
    }
}

/// (1.1) The visitor's behaviour, for a visit restriction (the contract's `visitorBehaviour`).
public enum VisitorBehaviour: String, FactEnum {
    /// Uses or threatens violence, or otherwise behaves dangerously (SEL § 137 b, stk. 1, nr. 1).
    case violenceOrDanger = "violence-or-danger"
    /// Harasses or chicanes without violence (nr. 2).
    case harassment
    /// Highly disturbing: general insecurity, brutalising the environment, hindering help (nr. 3).
    case highlyDisturbing = "highly-disturbing"
    /// None of these.
    case none

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .violenceOrDanger: "violence, threats of violence or other dangerous behaviour towards residents or staff (SEL § 137 b stk. 1 nr. 1)"
        case .harassment: "harassment or chicanery without violence (nr. 2)"
        case .highlyDisturbing: "stærkt generende: general insecurity, brutalising the common areas or hindering necessary help (nr. 3)"
        case .none: "none of the behaviours of § 137 b stk. 1"
        }
    }
}

/// (1.1) Where a visit restriction applies (the contract's `restrictedArea`).
public enum RestrictedArea: String, FactEnum {
    /// The housing's common areas (SEL § 137 b).
    case commonAreas = "common-areas"
    /// The part of the home the resident alone controls, while visitated help is delivered
    /// (SEL § 137 c, stk. 2).
    case privatePartDuringHelp = "private-part-during-help"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .commonAreas: "the common areas (fællesboligarealer), SEL § 137 b"
        case .privatePartDuringHelp: "the part the resident alone controls, only while visiteret hjælp is delivered, SEL § 137 c stk. 2"
        }
    }
}

/// (1.1) Help under ældreloven the person receives (the contract's `aeldrelovHelp`, an array).
///
/// From 2025-07-01 (LOV 1703/2024; LBK 1129/2025) help under ÆL §§ 10, 13, 14, 16 and 17
/// brings a person into the target group of SEL § 124 a, and §§ 10, 16 and 17 into those of
/// §§ 136 and 136 b. Before 2025-07-01 the list is not read.
public enum AeldrelovHelp: String, FactEnum {
    /// ÆL § 10: helhedspleje.
    case section10 = "section-10"
    /// ÆL § 13: madservice.
    case section13 = "section-13"
    /// ÆL § 14: madordning.
    case section14 = "section-14"
    /// ÆL § 16: afløsning eller aflastning.
    case section16 = "section-16"
    /// ÆL § 17: midlertidigt ophold.
    case section17 = "section-17"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .section10: "ÆL § 10 helhedspleje: counts for §§ 124 a, 136 and 136 b"
        case .section13: "ÆL § 13 madservice: counts for § 124 a only"
        case .section14: "ÆL § 14 madordning: counts for § 124 a only"
        case .section16: "ÆL § 16 afløsning/aflastning: counts for §§ 124 a, 136 and 136 b"
        case .section17: "ÆL § 17 midlertidigt ophold: counts for §§ 124 a, 136 and 136 b"
        }
    }
}
