import SocialPolicyCore

/// What kind of information about the citizen is to be passed on (`informationKind`).
public enum InformationKind: String, FactEnum {
    /// Health, psychiatric illness, abuse, sexual matters, religion… — GDPR art. 9 data (PDL
    /// § 7, stk. 1 before 2018-05-25). The contract first defined it as "art. 9 data and rent
    /// private forhold": a host that cannot tell the two apart may keep using it and gets the
    /// stricter art. 9 treatment; purely private matters that are not art. 9 data are
    /// ``purelyPrivate`` (since 1.1).
    case sensitive
    /// Criminal offences (strafbare forhold): DBL § 8; PDL § 8 before 2018-05-25.
    case criminalOffence = "criminal-offence"
    /// Other confidential private matters (FVL § 27) that are neither of the above.
    case otherPrivate = "other-private"
    /// Information that is not confidential at all.
    case nonConfidential = "non-confidential"
    /// Since 1.1: serious social problems and other purely private matters (væsentlige sociale
    /// problemer og andre rent private forhold) that are **not** GDPR art. 9 data: PDL § 8,
    /// stk. 1 data to 2018-05-24, ordinary personal data (GDPR art. 6) from 2018-05-25.
    case purelyPrivate = "purely-private"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .sensitive: "GDPR art. 9 data (PDL § 7, stk. 1 before 2018-05-25): health, sexual matters, religion, ethnic origin …; a host that cannot separate purely private matters may use it (treated as art. 9 data)"
        case .criminalOffence: "criminal offences: DBL § 8 from 2018-05-25, PDL § 8 before"
        case .otherPrivate: "other confidential private matters (FVL § 27), neither sensitive nor criminal"
        case .nonConfidential: "not confidential at all"
        case .purelyPrivate: "since 1.1: serious social problems and other purely private matters that are not art. 9 data — PDL § 8, stk. 1 data to 2018-05-24, ordinary data (GDPR art. 6) from 2018-05-25"
        }
    }
}

/// Since 1.1: a ground of GDPR art. 9, stk. 2 for art. 9 data other than consent (litra a,
/// the `consent` fact) and vital interests (litra c, the `imminentDangerToLifeOrHealth` fact)
/// (`art9Ground`).
public enum Art9Ground: String, FactEnum {
    /// A provision of a statute other than the data-protection rules specifically permits this
    /// disclosure to this recipient: the supplementary national basis that art. 9, stk. 2,
    /// litra g (DBL § 7, stk. 4) and art. 6, stk. 3 require.
    case nationalBasis = "national-basis"
    /// The disclosure is necessary for prevention, diagnosis, nursing or treatment or the
    /// management of health services, and is made by a person in the health sector under a
    /// statutory duty of secrecy (e.g. the municipality's home nursing): art. 9, stk. 2,
    /// litra h; DBL § 7, stk. 3.
    case healthCare = "health-care"
    /// Neither applies (`none` in the contract; named so that it is never confused with an
    /// unknown, `nil`, ground).
    case noGround = "none"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .nationalBasis: "a provision of another statute specifically permits this disclosure to this recipient (GDPR art. 9, stk. 2, litra g; DBL § 7, stk. 4)"
        case .healthCare: "necessary for prevention, diagnosis, nursing or treatment, disclosed by a health-sector person under a statutory duty of secrecy (GDPR art. 9, stk. 2, litra h; DBL § 7, stk. 3)"
        case .noGround: "neither of these grounds applies"
        }
    }
}

/// Who is to receive the information (`recipient`).
public enum DisclosureRecipient: String, FactEnum {
    /// A colleague in the same forvaltning of the municipality.
    case sameAdministration = "same-administration"
    /// Another forvaltning of the same municipality (one authority: an enhedsforvaltning).
    case otherAdministration = "other-administration"
    /// Another public authority (another municipality, a region, the state).
    case otherAuthority = "other-authority"
    /// A relative of the citizen (spouse, sibling, adult child…).
    case relative
    /// The citizen's værge.
    case guardian
    /// The citizen's partsrepræsentant (FVL § 8).
    case partyRepresentative = "party-representative"
    /// A doctor, nurse or other health professional.
    case healthProfessional = "health-professional"
    /// 112, the police, an ambulance.
    case emergencyServices = "emergency-services"
    /// Anyone else: a landlord, an employer, a neighbour, the press.
    case privateParty = "private-party"

    /// Whether the recipient is part of the same municipality (one forvaltningsmyndighed).
    @inlinable public var isWithinMunicipality: Bool {
        self == .sameAdministration || self == .otherAdministration
    }

    /// Whether the recipient is an authority or professional outside the municipality, for
    /// which FVL § 28, stk. 1 and the data-protection rules govern the disclosure.
    @inlinable public var isOutsideAuthority: Bool {
        self == .otherAuthority || self == .healthProfessional || self == .emergencyServices
    }
}

/// The citizen's consent to this disclosure (`consent`).
public enum CitizenConsent: String, FactEnum {
    /// An explicit consent naming this information, this recipient and this purpose.
    case explicitSpecific = "explicit-specific"
    /// A general, blanket consent ("all relevant information"): not a valid consent.
    case generalBlanket = "general-blanket"
    /// No consent was asked for or given (`none` in the contract; named so that it is never
    /// confused with an unknown, `nil`, consent).
    case notGiven = "none"
    /// The citizen said no.
    case refused
    /// A consent that the citizen has withdrawn (PDL § 38; GDPR art. 7, stk. 3).
    case revoked
}

/// The legal basis that a disclosure rests on (`values.basis`).
public enum DisclosureBasis: String, FactEnum {
    /// The citizen's valid, explicit and specific consent.
    case consent
    /// A statute obliges the disclosure.
    case legalDuty = "legal-duty"
    /// The recipient needs it for its own task (within the municipality; ordinary personal
    /// data to another authority; criminal-offence data to an authority, DBL § 8, stk. 2,
    /// nr. 3, or to a person or company working for the public sector, nr. 4).
    case taskNecessity = "task-necessity"
    /// Disclosure is necessary to avert imminent, substantial danger (STRFL § 152 e, nr. 2).
    case danger
    /// Vital interests where the citizen cannot consent. The library reports such cases as
    /// `danger` and cites GDPR art. 9, stk. 2, litra c beside it; kept for the contract.
    case vitalInterests = "vital-interests"
    /// Involving a relative in the care of a citizen who cannot safeguard their own interests
    /// (SEL § 82, stk. 2, with the data-protection ground of the date and data kind).
    case careDuty = "care-duty"
    /// The guardian, within the værgemål.
    case guardian
    /// The party representative (FVL § 8).
    case representative
    /// The duty to notify the municipality about a child (SEL § 153 / BL § 133).
    case childNotification = "child-notification"
    /// The information is not confidential.
    case notConfidential = "not-confidential"
    /// No basis (`none` in the contract): the disclosure is not permitted, or not yet shown
    /// to be.
    case noBasis = "none"
    /// Since 1.1: the disclosure is a necessary step in the processing of the case (PDL § 8,
    /// stk. 3, to 2018-05-24; for criminal-offence data from 2018-05-25 DBL § 8, stk. 2, nr. 3).
    case necessaryStep = "necessary-step"
    /// Since 1.1: the disclosure is necessary for an authority's supervision or control (PDL
    /// § 8, stk. 3, to 2018-05-24; for criminal-offence data from 2018-05-25 DBL § 8, stk. 2, nr. 3).
    case supervision
    /// Since 1.1: a provision of another statute specifically permits the disclosure of art. 9
    /// data (GDPR art. 9, stk. 2, litra g; DBL § 7, stk. 4).
    case nationalBasis = "national-basis"
    /// Since 1.1: health care by a health-sector person under a duty of secrecy (GDPR art. 9,
    /// stk. 2, litra h; DBL § 7, stk. 3).
    case healthCare = "health-care"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .consent: "the citizen's valid, explicit and specific consent"
        case .legalDuty: "a statute obliges the disclosure (STRFL § 152 e, nr. 1)"
        case .taskNecessity: "the recipient needs it for its task: inside the municipality (FVL § 32); ordinary data to an authority (GDPR art. 6, stk. 1, litra e); criminal-offence data to an authority (DBL § 8, stk. 2, nr. 3) or to a person working for the public sector (nr. 4)"
        case .danger: "necessary to avert imminent, substantial danger (STRFL § 152 e, nr. 2)"
        case .vitalInterests: "vital interests where the citizen cannot consent (reported as danger; kept for the contract)"
        case .careDuty: "involving a relative of a citizen who cannot safeguard their own interests (SEL § 82, stk. 2, with the data-protection ground of the date)"
        case .guardian: "the guardian, within the værgemål (VML § 5)"
        case .representative: "the party representative (FVL § 8)"
        case .childNotification: "the duty to notify the municipality about a child (SEL § 153 to 2023-12-31, BL § 133 from 2024-01-01)"
        case .notConfidential: "the information is not confidential"
        case .noBasis: "no basis: not permitted, or not yet shown to be"
        case .necessaryStep: "since 1.1: a necessary step in the processing of the case (PDL § 8, stk. 3 to 2018-05-24; DBL § 8, stk. 2, nr. 3 for criminal-offence data from 2018-05-25)"
        case .supervision: "since 1.1: necessary for an authority's supervision or control (PDL § 8, stk. 3 to 2018-05-24; DBL § 8, stk. 2, nr. 3 for criminal-offence data from 2018-05-25)"
        case .nationalBasis: "since 1.1: another statute specifically permits the disclosure of art. 9 data (GDPR art. 9, stk. 2, litra g; DBL § 7, stk. 4)"
        case .healthCare: "since 1.1: health care by a health-sector person under a duty of secrecy (GDPR art. 9, stk. 2, litra h; DBL § 7, stk. 3)"
        }
    }
}

/// Points of law the disclosure question cannot settle (`values.openLegalQuestion`); see
/// `Documentation/OpenLegalQuestions.md`.
public enum DisclosureOpenQuestion: String, FactEnum {
    /// Whether passing sensitive or criminal-offence data to an authority outside the
    /// municipality only because the recipient needs it was "a necessary step in the case"
    /// under PDL § 8, stk. 3. **Settled** (the limit ended on 2018-05-24; the library now asks
    /// `necessaryStepInCase` and `forSupervisionOrControl`): no longer produced, kept for the
    /// contract.
    case socialAreaNecessaryStep = "social-area-necessary-step"
    /// Since 1.1: art. 9 data (from 2018-05-25) need a ground of GDPR art. 9, stk. 2 (DBL § 7);
    /// the recipient's need is none. Answer `art9Ground`.
    case art9GroundNeeded = "art9-ground-needed"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .socialAreaNecessaryStep: "settled and no longer produced: PDL § 8, stk. 3 ended on 2018-05-24; answer necessaryStepInCase / forSupervisionOrControl"
        case .art9GroundNeeded: "since 1.1: art. 9 data need a ground of GDPR art. 9, stk. 2 (DBL § 7) — the recipient's need is none; answer art9Ground"
        }
    }
}

/// A host's record of a disclosure question, adopted without going through JSON.
///
/// ## Implementation requirements
/// - Return `nil` for every fact that is not known. Never guess: an unknown fact makes the
///   library answer `undetermined` and ask for it; a guessed `false` can deny, a guessed
///   `true` can permit an unlawful disclosure.
/// - ``informationKind`` and ``recipient`` are required; every other fact has a default of
///   `nil` (unknown).
/// - Values must describe *this* disclosure: `consent` is the consent to passing this
///   information to this recipient, not a consent on file for something else.
public protocol DisclosureFactsProviding {
    /// What kind of information it is.
    var informationKind: InformationKind { get }
    /// Who would receive it.
    var recipient: DisclosureRecipient { get }
    /// The recipient needs it for its own task (saglig grund).
    var recipientNeedsItForTask: Bool? { get }
    /// The citizen's consent to this disclosure.
    var consent: CitizenConsent? { get }
    /// The citizen is able to give consent.
    var citizenCanConsent: Bool? { get }
    /// A statute obliges the disclosure.
    var legalDutyToDisclose: Bool? { get }
    /// Disclosure is necessary to avert imminent, substantial danger to the citizen or others.
    var imminentDangerToLifeOrHealth: Bool? { get }
    /// The citizen has substantially reduced mental function (SEL § 82).
    var substantiallyReducedMentalFunction: Bool? { get }
    /// The purpose is to involve the relative in safeguarding the citizen's care.
    var forCareInvolvement: Bool? { get }
    /// The matter lies within the værgemål.
    var guardianScopeCoversMatter: Bool? { get }
    /// The discloser, in public service, knows or suspects that a child under 18 needs
    /// support or is abused.
    var childConcern: Bool? { get }
    /// Since 1.1: the disclosure is a necessary step in the processing of the case.
    var necessaryStepInCase: Bool? { get }
    /// Since 1.1: the disclosure is necessary for an authority's supervision or control tasks.
    var forSupervisionOrControl: Bool? { get }
    /// Since 1.1: the recipient performs tasks for the public sector (an authority, or a person
    /// or company working for one).
    var recipientPerformsPublicTask: Bool? { get }
    /// Since 1.1: the art. 9, stk. 2 ground other than consent and vital interests, if any.
    var art9Ground: Art9Ground? { get }
}

extension DisclosureFactsProviding {
    /// Unknown by default.
    public var recipientNeedsItForTask: Bool? { nil }
    /// Unknown by default.
    public var consent: CitizenConsent? { nil }
    /// Unknown by default.
    public var citizenCanConsent: Bool? { nil }
    /// Unknown by default.
    public var legalDutyToDisclose: Bool? { nil }
    /// Unknown by default.
    public var imminentDangerToLifeOrHealth: Bool? { nil }
    /// Unknown by default.
    public var substantiallyReducedMentalFunction: Bool? { nil }
    /// Unknown by default.
    public var forCareInvolvement: Bool? { nil }
    /// Unknown by default.
    public var guardianScopeCoversMatter: Bool? { nil }
    /// Unknown by default.
    public var childConcern: Bool? { nil }
    /// Unknown by default.
    public var necessaryStepInCase: Bool? { nil }
    /// Unknown by default.
    public var forSupervisionOrControl: Bool? { nil }
    /// Unknown by default.
    public var recipientPerformsPublicTask: Bool? { nil }
    /// Unknown by default.
    public var art9Ground: Art9Ground? { nil }
}

/// A municipality's own rules on confidentiality, applied after national law.
///
/// A local rule can only add a restriction or a duty: the library applies it to the national
/// result, so it can turn `permitted` into `undetermined` or `denied`, never the reverse, and
/// it never restricts a disclosure the law itself requires (a legal duty, the notification
/// about a child) or one that averts danger.
///
/// ## Implementation requirements
/// - Return `nil` outside the period in which the municipality's document applies.
/// - Return the citation of the document's provision (e.g. `KK-KS 2.5`), which the decision
///   cites.
/// - Be a value type and `Sendable`; do not read clocks or files.
public protocol ConfidentialityLocalPolicy: MunicipalPolicy {
    /// The local rule in force on `date` requiring the citizen's consent before information is
    /// passed to another administration (forvaltning) of the municipality, even where national
    /// law allows it because the recipient needs it; `nil` when there is none.
    func consentAcrossAdministrationsRule(on date: CivilDate) -> Citation?
    /// The local rule in force on `date` requiring staff to tell the citizen when they pass
    /// information on without consent; `nil` when there is none.
    func informCitizenRule(on date: CivilDate) -> Citation?
}

extension ConfidentialityLocalPolicy {
    /// No local rule.
    public func consentAcrossAdministrationsRule(on date: CivilDate) -> Citation? { nil }
    /// No local rule.
    public func informCitizenRule(on date: CivilDate) -> Citation? { nil }
}
