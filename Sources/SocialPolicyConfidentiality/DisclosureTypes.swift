import SocialPolicyCore

/// What kind of information about the citizen is to be passed on (`informationKind`).
public enum InformationKind: String, FactEnum {
    /// Health, psychiatric illness, abuse, sexual matters, religion… — GDPR art. 9 data and
    /// rent private forhold.
    case sensitive
    /// Criminal offences (strafbare forhold): DBL § 8.
    case criminalOffence = "criminal-offence"
    /// Other confidential private matters (FVL § 27) that are neither of the above.
    case otherPrivate = "other-private"
    /// Information that is not confidential at all.
    case nonConfidential = "non-confidential"
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
    /// A consent that the citizen has withdrawn (FVL § 28, stk. 4).
    case revoked
}

/// The legal basis that a disclosure rests on (`values.basis`).
public enum DisclosureBasis: String, FactEnum {
    /// The citizen's valid, explicit and specific consent.
    case consent
    /// A statute obliges the disclosure.
    case legalDuty = "legal-duty"
    /// The recipient needs it for its own task (within the municipality; or ordinary personal
    /// data to another authority).
    case taskNecessity = "task-necessity"
    /// Disclosure is necessary to avert imminent, substantial danger (STRFL § 152 e, nr. 2).
    case danger
    /// Vital interests where the citizen cannot consent. The library reports such cases as
    /// `danger` and cites GDPR art. 9, stk. 2, litra c beside it; kept for the contract.
    case vitalInterests = "vital-interests"
    /// Involving a relative in the care of a citizen who cannot safeguard their own interests
    /// (SEL § 82, stk. 2).
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
}

/// Points of law the disclosure question cannot settle (`values.openLegalQuestion`); see
/// `Documentation/OpenLegalQuestions.md`.
public enum DisclosureOpenQuestion: String, Sendable, Hashable, CaseIterable {
    /// Whether passing sensitive or criminal-offence data (or, before 2018-05-25, other
    /// private data) to an authority outside the municipality, only because the recipient
    /// needs it, is "a necessary step in the case" under the social-area limit (DBL § 8,
    /// stk. 3 / PDL § 8, stk. 3).
    case socialAreaNecessaryStep = "social-area-necessary-step"
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
