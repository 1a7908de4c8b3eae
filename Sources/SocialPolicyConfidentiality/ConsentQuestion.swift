import SocialPolicyCore

/// Who signed or gave the consent (`givenBy`).
public enum ConsentSignatory: String, FactEnum {
    /// The citizen the information is about.
    case citizen
    /// The citizen's værge.
    case guardian
    /// A relative: never a valid signatory for the citizen.
    case relative
    /// A holder of parental custody (forældremyndighedsindehaver): only for a child.
    case parentWithCustody = "parent-with-custody"
}

/// How the consent was given (`form`).
public enum ConsentForm: String, FactEnum {
    /// In writing.
    case written
    /// Orally, and noted in the case.
    case oralDocumented = "oral-documented"
    /// Orally, with no note: it cannot be shown, so it cannot be relied on.
    case oralUndocumented = "oral-undocumented"
}

/// What is wrong with a consent, as a set. Shown in the contract's order: `information-types`,
/// `sources-or-recipients`, `purpose`, `not-voluntary`, `not-informed`, `revoked`,
/// `wrong-signatory`, `undocumented`.
public struct ConsentDefects: OptionSet, Sendable, Hashable {
    /// The defects as bits, in the contract's order from the lowest bit.
    public let rawValue: UInt8
    /// Creates a set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The consent does not say which types of information (RSL § 11 a).
    public static let informationTypes = ConsentDefects(rawValue: 1 << 0)
    /// It does not say from whom or to whom (RSL § 11 a).
    public static let sourcesOrRecipients = ConsentDefects(rawValue: 1 << 1)
    /// It does not say for which purpose or case (RSL § 11 a).
    public static let purpose = ConsentDefects(rawValue: 1 << 2)
    /// It was not given voluntarily (FVL § 28, stk. 3).
    public static let notVoluntary = ConsentDefects(rawValue: 1 << 3)
    /// The person was not informed of what they consented to (FVL § 28, stk. 3).
    public static let notInformed = ConsentDefects(rawValue: 1 << 4)
    /// It has been revoked (FVL § 28, stk. 4).
    public static let revoked = ConsentDefects(rawValue: 1 << 5)
    /// The wrong person gave it.
    public static let wrongSignatory = ConsentDefects(rawValue: 1 << 6)
    /// It was given orally and not noted.
    public static let undocumented = ConsentDefects(rawValue: 1 << 7)

    /// Every defect with its contract code, in the contract's order.
    public static let ordered: [(ConsentDefects, String)] = [
        (.informationTypes, "information-types"),
        (.sourcesOrRecipients, "sources-or-recipients"),
        (.purpose, "purpose"),
        (.notVoluntary, "not-voluntary"),
        (.notInformed, "not-informed"),
        (.revoked, "revoked"),
        (.wrongSignatory, "wrong-signatory"),
        (.undocumented, "undocumented"),
    ]

    /// The contract codes of the defects in the set, in the contract's order.
    public var codes: [String] { Self.ordered.filter { contains($0.0) }.map(\.1) }
}

/// Points of law the consent question cannot settle (`values.openLegalQuestion`).
public enum ConsentOpenQuestion: String, Sendable, Hashable, CaseIterable {
    /// A child's own consent: from which age and for which matters a minor can consent alone.
    case minorOwnConsent = "minor-own-consent"
}

/// A host's record of a consent, adopted without going through JSON.
///
/// ## Implementation requirements
/// - Return `nil` for every fact that is not known; never guess.
/// - Describe the consent as it was given, not as it should have been: a form that says "all
///   relevant information" does not specify information types (`false`).
public protocol ConsentFactsProviding {
    /// Who gave it.
    var givenBy: ConsentSignatory? { get }
    /// For a guardian: the matter lies within the værgemål.
    var guardianScopeCoversMatter: Bool? { get }
    /// The consent names the types of information.
    var specifiesInformationTypes: Bool? { get }
    /// The consent names the sources (obtaining) or recipients (disclosing).
    var specifiesSourcesOrRecipients: Bool? { get }
    /// The consent names the purpose or case.
    var specifiesPurpose: Bool? { get }
    /// Given voluntarily.
    var voluntary: Bool? { get }
    /// Given informed.
    var informed: Bool? { get }
    /// Its form.
    var form: ConsentForm? { get }
    /// It has been revoked.
    var revoked: Bool? { get }
    /// It is relied on for coercion (force under serviceloven).
    var usedForCoercion: Bool? { get }
    /// The person the information is about is under 18.
    var citizenUnder18: Bool? { get }
}

extension ConsentFactsProviding {
    /// Unknown by default.
    public var givenBy: ConsentSignatory? { nil }
    /// Unknown by default.
    public var guardianScopeCoversMatter: Bool? { nil }
    /// Unknown by default.
    public var specifiesInformationTypes: Bool? { nil }
    /// Unknown by default.
    public var specifiesSourcesOrRecipients: Bool? { nil }
    /// Unknown by default.
    public var specifiesPurpose: Bool? { nil }
    /// Unknown by default.
    public var voluntary: Bool? { nil }
    /// Unknown by default.
    public var informed: Bool? { nil }
    /// Unknown by default.
    public var form: ConsentForm? { nil }
    /// Unknown by default.
    public var revoked: Bool? { nil }
    /// Unknown by default.
    public var usedForCoercion: Bool? { nil }
    /// Unknown by default.
    public var citizenUnder18: Bool? { nil }
}

/// `confidentiality.consent`: is this consent valid for the use it is put to?
///
/// A consent is valid (`permitted`) only when it is specific (information types, sources or
/// recipients, purpose — RSL § 11 a), voluntary and informed (FVL § 28, stk. 3), not revoked
/// (stk. 4), given by the right person, and documented. Every known defect is named in
/// `values.defects`; any defect makes it `denied`; otherwise an unknown fact makes it
/// `undetermined`.
///
/// ```swift
/// var facts = ConsentQuestion.Facts()
/// facts.givenBy = .relative
/// let verdict = try ConsentQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 15))
/// verdict.outcome              // .denied
/// verdict.values.defects       // [.wrongSignatory]
/// ```
public enum ConsentQuestion: PolicyQuestion {
    /// The facts of a consent.
    public struct Facts: Sendable, Hashable, ConsentFactsProviding {
        /// Who gave it.
        public var givenBy: ConsentSignatory?
        /// For a guardian: the matter lies within the værgemål.
        public var guardianScopeCoversMatter: Bool?
        /// The consent names the types of information.
        public var specifiesInformationTypes: Bool?
        /// The consent names the sources or recipients.
        public var specifiesSourcesOrRecipients: Bool?
        /// The consent names the purpose.
        public var specifiesPurpose: Bool?
        /// Given voluntarily.
        public var voluntary: Bool?
        /// Given informed.
        public var informed: Bool?
        /// Its form.
        public var form: ConsentForm?
        /// It has been revoked.
        public var revoked: Bool?
        /// It is relied on for coercion.
        public var usedForCoercion: Bool?
        /// The person the information is about is under 18.
        public var citizenUnder18: Bool?

        /// Facts with everything unknown.
        public init() {}

        /// Creates the facts.
        public init(
            givenBy: ConsentSignatory?, guardianScopeCoversMatter: Bool? = nil,
            specifiesInformationTypes: Bool?, specifiesSourcesOrRecipients: Bool?, specifiesPurpose: Bool?,
            voluntary: Bool?, informed: Bool?, form: ConsentForm?, revoked: Bool?,
            usedForCoercion: Bool? = nil, citizenUnder18: Bool? = nil
        ) {
            self.givenBy = givenBy
            self.guardianScopeCoversMatter = guardianScopeCoversMatter
            self.specifiesInformationTypes = specifiesInformationTypes
            self.specifiesSourcesOrRecipients = specifiesSourcesOrRecipients
            self.specifiesPurpose = specifiesPurpose
            self.voluntary = voluntary
            self.informed = informed
            self.form = form
            self.revoked = revoked
            self.usedForCoercion = usedForCoercion
            self.citizenUnder18 = citizenUnder18
        }

        /// Copies a host's record.
        public init(_ provider: some ConsentFactsProviding) {
            self.init(
                givenBy: provider.givenBy, guardianScopeCoversMatter: provider.guardianScopeCoversMatter,
                specifiesInformationTypes: provider.specifiesInformationTypes,
                specifiesSourcesOrRecipients: provider.specifiesSourcesOrRecipients,
                specifiesPurpose: provider.specifiesPurpose, voluntary: provider.voluntary,
                informed: provider.informed, form: provider.form, revoked: provider.revoked,
                usedForCoercion: provider.usedForCoercion, citizenUnder18: provider.citizenUnder18)
        }
    }

    /// The values of a consent decision.
    public struct Values: DecisionValues, Hashable {
        /// The known defects.
        public var defects: ConsentDefects = []
        /// The point of law that keeps the answer open, if any.
        public var openLegalQuestion: ConsentOpenQuestion?

        /// Empty values.
        public init() {}

        /// The values as the contract names them.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = [NamedValue("defects", .array(defects.codes.map { .string($0) }))]
            fields.add("openLegalQuestion", openLegalQuestion)
            return fields
        }
    }

    /// The contract's question id.
    public static let id = "confidentiality.consent"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Er samtykket gyldigt til det, det bruges til?", en: "Is this consent valid for the use it is put to?")
    /// Every fact of `QUESTIONS.md` §2 (plus `citizenUnder18` for consent, an addition).
    public static let factSpecs: [FactSpec] = [
        .enumeration("givenBy", ConsentSignatory.self, "who gave the consent"),
        FactSpec("guardianScopeCoversMatter", .bool, "for a guardian: the matter lies within the værgemål"),
        FactSpec("specifiesInformationTypes", .bool, "names the types of information (RSL § 11 a)"),
        FactSpec("specifiesSourcesOrRecipients", .bool, "names the sources or recipients (RSL § 11 a)"),
        FactSpec("specifiesPurpose", .bool, "names the purpose or case (RSL § 11 a)"),
        FactSpec("voluntary", .bool, "given voluntarily (FVL § 28, stk. 3)"),
        FactSpec("informed", .bool, "given informed (FVL § 28, stk. 3)"),
        .enumeration("form", ConsentForm.self, "written, oral-documented or oral-undocumented"),
        FactSpec("revoked", .bool, "revoked (FVL § 28, stk. 4)"),
        FactSpec("usedForCoercion", .bool, "relied on for coercion: only the citizen's own consent counts"),
        FactSpec("citizenUnder18", .bool, "the person the information is about is under 18 (for parent-with-custody)"),
    ]
    /// The versions of the law, gap-free from 2013-01-01.
    public static let ruleSets = ConfidentialityLaw.consentRuleSets

    /// Reads the typed facts from a validated bag.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(
            givenBy: try bag.value("givenBy"),
            guardianScopeCoversMatter: try bag.bool("guardianScopeCoversMatter"),
            specifiesInformationTypes: try bag.bool("specifiesInformationTypes"),
            specifiesSourcesOrRecipients: try bag.bool("specifiesSourcesOrRecipients"),
            specifiesPurpose: try bag.bool("specifiesPurpose"),
            voluntary: try bag.bool("voluntary"),
            informed: try bag.bool("informed"),
            form: try bag.value("form"),
            revoked: try bag.bool("revoked"),
            usedForCoercion: try bag.bool("usedForCoercion"),
            citizenUnder18: try bag.bool("citizenUnder18"))
    }

    /// Whether the signatory is the right person: `true`, `false`, or `nil` when a fact it
    /// needs is unknown.
    @usableFromInline
    static func signatoryHolds(_ facts: Facts) -> Bool? {
        guard let givenBy = facts.givenBy else { return nil }
        switch givenBy {
        case .citizen:
            return true
        case .relative:
            return false
        case .guardian:
            var all = Conjunction()
            all.add(facts.guardianScopeCoversMatter)
            all.add(facts.usedForCoercion.map { !$0 })
            return all.holds
        case .parentWithCustody:
            var all = Conjunction()
            all.add(facts.citizenUnder18)
            all.add(facts.usedForCoercion.map { !$0 })
            return all.holds
        }
    }

    /// Applies the rules in force on the evaluation's date, then the municipality's own rules.
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let date = e.context.asOf
        let law = ConfidentialityLaw.self
        var defects = ConsentDefects()
        var all = Conjunction()
        /// One condition of a valid consent: a known `false` is the defect `defect`; every
        /// condition joins the conjunction and the explanation.
        func require(
            _ holds: Bool?, else defect: ConsentDefects, _ citation: Citation,
            _ text: @autoclosure () -> LocalizedText
        ) {
            if holds == false { defects.insert(defect) }
            all.add(holds)
            e.test(citation, holds: holds, text())
        }

        // Who gave it.
        let signatory = signatoryHolds(facts)
        var minorOwnConsent = false
        if signatory == false { defects.insert(.wrongSignatory) }
        all.add(signatory)
        switch facts.givenBy {
        case .relative?:
            e.test(
                law.consentDefinition, holds: false,
                LocalizedText(
                    da: "Samtykket skal komme fra den, oplysningen angår (forvaltningsloven § 28, stk. 3). En pårørende kan ikke give samtykke på borgerens vegne — og aldrig til magtanvendelse.",
                    en: "Consent must come from the person the information is about (FVL § 28, stk. 3). A relative cannot consent for the citizen — and never to the use of force."))
        case .guardian?:
            e.test(
                law.guardianScope, holds: signatory,
                LocalizedText(
                    da: "En værge kan kun give samtykke inden for værgemålet (værgemålsloven § 5), og aldrig til magtanvendelse efter serviceloven.",
                    en: "A guardian can consent only within the værgemål (VML § 5), and never to the use of force under serviceloven."))
        case .parentWithCustody?:
            e.test(
                law.consentDefinition, holds: signatory,
                LocalizedText(
                    da: "Forældremyndighedens indehaver kan kun give samtykke for et barn under 18 år, og ikke til magtanvendelse.",
                    en: "A holder of parental custody can consent only for a child under 18, and not to the use of force."))
        case .citizen?:
            if facts.citizenUnder18 == true {
                minorOwnConsent = true
                all.add(nil)
            }
            e.test(
                law.consentDefinition, holds: minorOwnConsent ? nil : true,
                LocalizedText(
                    da: "Samtykket er givet af borgeren selv, som oplysningen angår.",
                    en: "The consent was given by the citizen the information is about."))
        case nil:
            e.test(
                law.consentDefinition, holds: nil,
                LocalizedText(
                    da: "Det vides ikke, hvem der har givet samtykket.",
                    en: "It is not known who gave the consent."))
        }

        // Not revoked.
        let notRevoked = facts.revoked.map { !$0 }
        require(notRevoked, else: .revoked, law.consentRevocable,
            LocalizedText(
                da: "Samtykket er ikke tilbagekaldt. Et samtykke kan altid tilbagekaldes (forvaltningsloven § 28, stk. 4), og derefter må intet ske på grundlag af det.",
                en: "The consent has not been revoked. Consent can always be revoked (FVL § 28, stk. 4); after that nothing may be done on it."))
        e.cite(law.dataProtectionRevocation(on: date))

        // Voluntary and informed.
        require(facts.voluntary, else: .notVoluntary, law.consentDefinition,
            LocalizedText(
                da: "Samtykket er givet frivilligt, uden pres (forvaltningsloven § 28, stk. 3).",
                en: "The consent was given voluntarily, without pressure (FVL § 28, stk. 3)."))
        require(facts.informed, else: .notInformed, law.consentDefinition,
            LocalizedText(
                da: "Borgeren vidste, hvad samtykket gik ud på, og hvad det betød at sige nej (forvaltningsloven § 28, stk. 3).",
                en: "The citizen knew what the consent was for and what saying no would mean (FVL § 28, stk. 3)."))
        e.cite(law.dataProtectionConsent(on: date))

        // Specific: information types, sources or recipients, purpose.
        require(facts.specifiesInformationTypes, else: .informationTypes, law.consentSpecific,
            LocalizedText(
                da: "Samtykket angiver, hvilke typer oplysninger det gælder. \"Alle relevante oplysninger\" er ikke nok (retssikkerhedsloven § 11 a).",
                en: "The consent names the types of information. \"All relevant information\" is not enough (RSL § 11 a)."))
        require(facts.specifiesSourcesOrRecipients, else: .sourcesOrRecipients, law.consentSpecific,
            LocalizedText(
                da: "Samtykket angiver, hvor oplysningerne hentes fra, eller hvem de gives til (retssikkerhedsloven § 11 a).",
                en: "The consent names where the information comes from or whom it goes to (RSL § 11 a)."))
        require(facts.specifiesPurpose, else: .purpose, law.consentSpecific,
            LocalizedText(
                da: "Samtykket angiver, til hvilket formål eller hvilken sag det gælder (retssikkerhedsloven § 11 a).",
                en: "The consent names the purpose or the case it is for (RSL § 11 a)."))

        // Documented.
        let documented = facts.form.map { $0 != .oralUndocumented }
        require(documented, else: .undocumented, law.notatpligt(on: date),
            LocalizedText(
                da: "Samtykket er skriftligt, eller et mundtligt samtykke er noteret i sagen, så det kan dokumenteres.",
                en: "The consent is in writing, or an oral consent is noted in the case, so that it can be shown."))
        if law.gdprApplies(on: date) { e.cite(Citation(.gdpr, "7", stk: 1)) }

        e.verdict.values.defects = defects
        if !defects.isEmpty {
            e.verdict.outcome = .denied
        } else if all.anyUnknown {
            e.verdict.outcome = .undetermined
            if minorOwnConsent { e.verdict.values.openLegalQuestion = .minorOwnConsent }
            recordMissing(&e, facts)
        } else {
            e.verdict.outcome = .permitted
        }
    }

    /// Records the unknown facts, most decisive first: who gave the consent (a relative's
    /// consent is void whatever it says), the signatory's own conditions, whether it was
    /// revoked, whether it was voluntary and informed, what it specifies, and its form.
    static func recordMissing<R: Recorder>(_ e: inout Evaluation<Values, R>, _ facts: Facts) {
        if facts.givenBy == nil { e.missing("givenBy") }
        switch facts.givenBy {
        case .guardian?:
            if facts.guardianScopeCoversMatter == nil { e.missing("guardianScopeCoversMatter") }
            if facts.usedForCoercion == nil { e.missing("usedForCoercion") }
        case .parentWithCustody?:
            if facts.citizenUnder18 == nil { e.missing("citizenUnder18") }
            if facts.usedForCoercion == nil { e.missing("usedForCoercion") }
        default:
            break
        }
        if facts.revoked == nil { e.missing("revoked") }
        if facts.voluntary == nil { e.missing("voluntary") }
        if facts.informed == nil { e.missing("informed") }
        if facts.specifiesInformationTypes == nil { e.missing("specifiesInformationTypes") }
        if facts.specifiesSourcesOrRecipients == nil { e.missing("specifiesSourcesOrRecipients") }
        if facts.specifiesPurpose == nil { e.missing("specifiesPurpose") }
        if facts.form == nil { e.missing("form") }
    }
}
