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

/// Since 1.1: what the consent is relied on for (`consentUse`).
public enum ConsentUse: String, FactEnum {
    /// Obtaining information about the citizen from others (RSL § 11 a, stk. 1: prior consent,
    /// only what the case needs).
    case obtaining
    /// Passing information about the citizen on to others (PDL § 8, stk. 2, nr. 1 and stk. 3 to
    /// 2018-05-24; GDPR art. 6, stk. 1, litra a, art. 9, stk. 2, litra a, DBL § 8, stk. 2, nr. 1
    /// from 2018-05-25).
    case disclosure
    /// Force under serviceloven: only the citizen's own consent counts (the same as
    /// `usedForCoercion: true`).
    case coercion

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .obtaining: "obtaining information from others with the citizen's prior consent (RSL § 11 a, stk. 1)"
        case .disclosure: "passing information on to others (PDL § 8 to 2018-05-24; GDPR art. 6, 7 and 9 and DBL § 8 from 2018-05-25)"
        case .coercion: "consent relied on for force under serviceloven: only the citizen's own counts (= usedForCoercion true)"
        }
    }
}

/// What is wrong with a consent, as a set. Shown in the contract's order: `information-types`,
/// `sources-or-recipients`, `purpose`, `not-voluntary`, `not-informed`, `revoked`,
/// `wrong-signatory`, `undocumented`.
public struct ConsentDefects: OptionSet, Sendable, Hashable {
    /// The defects as bits, in the contract's order from the lowest bit.
    public let rawValue: UInt8
    /// Creates a set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The consent does not say which types of information (specific: PDL § 3, nr. 8 / GDPR
    /// art. 4, nr. 11; the content named by retssikkerhedsvejledningen pkt. 117 — guidance).
    public static let informationTypes = ConsentDefects(rawValue: 1 << 0)
    /// It does not say from whom or to whom (as above).
    public static let sourcesOrRecipients = ConsentDefects(rawValue: 1 << 1)
    /// It does not say for which purpose or case (as above).
    public static let purpose = ConsentDefects(rawValue: 1 << 2)
    /// It was not given voluntarily (PDL § 3, nr. 8 / GDPR art. 4, nr. 11).
    public static let notVoluntary = ConsentDefects(rawValue: 1 << 3)
    /// The person was not informed of what they consented to (PDL § 3, nr. 8 / GDPR art. 4, nr. 11).
    public static let notInformed = ConsentDefects(rawValue: 1 << 4)
    /// It has been revoked (PDL § 38 / GDPR art. 7, stk. 3).
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
public enum ConsentOpenQuestion: String, FactEnum {
    /// A child's own consent: from which age and for which matters a minor can consent alone,
    /// and when a custodian's consent no longer suffices (15–17).
    case minorOwnConsent = "minor-own-consent"

    /// What the value means, for the catalogue.
    public var meaning: String {
        "a minor's own consent (15–17: with maturity, [S]) or a custodian's consent for a young person of 15–17: not settled in the acts"
    }
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
    /// Since 1.1: the person the information is about is 15 or over.
    var citizenAged15OrOver: Bool? { get }
    /// Since 1.1: what the consent is relied on for.
    var consentUse: ConsentUse? { get }
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
    /// Unknown by default.
    public var citizenAged15OrOver: Bool? { nil }
    /// Unknown by default.
    public var consentUse: ConsentUse? { nil }
}

/// `confidentiality.consent`: is this consent valid for the use it is put to?
///
/// A consent to the processing of personal data is valid (`permitted`) only when it is
/// voluntary, specific and informed (PDL § 3, nr. 8 to 2018-05-24; GDPR art. 4, nr. 11 and
/// art. 7 from 2018-05-25), not revoked (PDL § 38 / GDPR art. 7, stk. 3), given by the right
/// person, and documented. "Specific" is made concrete by the guidance: a consent must name the
/// information types, from whom or to whom, and the case or purpose (retssikkerhedsvejledningen
/// pkt. 117, for the consent RSL § 11 a requires before information is obtained; before 2009
/// FVL § 28, stk. 4 required the same). FVL § 28, stk. 3–4 (consent, revocation) govern only
/// confidential information that is not about individuals since lov nr. 503/2009 and are not
/// the rule for personal data.
///
/// Every known defect is named in `values.defects`; any defect makes it `denied`; otherwise an
/// unknown fact makes it `undetermined`.
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
        /// Since 1.1: the person the information is about is 15 or over.
        public var citizenAged15OrOver: Bool?
        /// Since 1.1: what the consent is relied on for.
        public var consentUse: ConsentUse?

        /// Facts with everything unknown.
        public init() {}

        /// Creates the facts.
        public init(
            givenBy: ConsentSignatory?, guardianScopeCoversMatter: Bool? = nil,
            specifiesInformationTypes: Bool?, specifiesSourcesOrRecipients: Bool?, specifiesPurpose: Bool?,
            voluntary: Bool?, informed: Bool?, form: ConsentForm?, revoked: Bool?,
            usedForCoercion: Bool? = nil, citizenUnder18: Bool? = nil,
            citizenAged15OrOver: Bool? = nil, consentUse: ConsentUse? = nil
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
            self.citizenAged15OrOver = citizenAged15OrOver
            self.consentUse = consentUse
        }

        /// Copies a host's record.
        public init(_ provider: some ConsentFactsProviding) {
            self.init(
                givenBy: provider.givenBy, guardianScopeCoversMatter: provider.guardianScopeCoversMatter,
                specifiesInformationTypes: provider.specifiesInformationTypes,
                specifiesSourcesOrRecipients: provider.specifiesSourcesOrRecipients,
                specifiesPurpose: provider.specifiesPurpose, voluntary: provider.voluntary,
                informed: provider.informed, form: provider.form, revoked: provider.revoked,
                usedForCoercion: provider.usedForCoercion, citizenUnder18: provider.citizenUnder18,
                citizenAged15OrOver: provider.citizenAged15OrOver, consentUse: provider.consentUse)
        }

        /// Whether the consent is relied on for coercion: `usedForCoercion`, or else whether
        /// `consentUse` is `coercion`.
        @inlinable public var forCoercion: Bool? {
            usedForCoercion ?? consentUse.map { $0 == .coercion }
        }

        /// Whether the person is under 18: `citizenUnder18`, or `true` when they are known to be
        /// under 15.
        @inlinable public var under18: Bool? {
            citizenUnder18 ?? (citizenAged15OrOver == false ? true : nil)
        }

        /// Whether the person is 15 or over: `citizenAged15OrOver`, or `true` when they are known
        /// to be 18 or over.
        @inlinable public var aged15OrOver: Bool? {
            citizenAged15OrOver ?? (citizenUnder18 == false ? true : nil)
        }

        /// The contradiction in these facts, if any: a use that contradicts `usedForCoercion`,
        /// or a person of 18 or over who is under 15.
        ///
        /// `facts(from:)` throws it as bad input; ``ConsentQuestion/evaluate(_:into:)`` answers
        /// `undetermined` on it for facts built directly in Swift.
        public var contradiction: ConfidentialityContradiction? {
            if let use = consentUse, let coercion = usedForCoercion, (use == .coercion) != coercion {
                return ConfidentialityContradiction(
                    field: "consentUse",
                    message: coercion
                        ? "usedForCoercion is true but consentUse is not coercion"
                        : "consentUse is coercion but usedForCoercion is false")
            }
            if citizenUnder18 == false && citizenAged15OrOver == false {
                return ConfidentialityContradiction(
                    field: "citizenAged15OrOver", message: "a person who is not under 18 is 15 or over")
            }
            return nil
        }

        /// These facts, or the bad-input error naming the contradictory fact.
        public func validated() throws(PolicyError) -> Facts {
            if let problem = contradiction { throw problem.error }
            return self
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
    /// Every fact of `QUESTIONS.md` §2 (plus `citizenUnder18`, and the additions of contract 1.1).
    public static let factSpecs: [FactSpec] = [
        .enumeration("givenBy", ConsentSignatory.self, "who gave the consent"),
        FactSpec("guardianScopeCoversMatter", .bool, "for a guardian: the matter lies within the værgemål (VML § 5, stk. 3–4)"),
        FactSpec("specifiesInformationTypes", .bool,
                 "names the types of information (specific consent: PDL § 3, nr. 8 / GDPR art. 4, nr. 11; the content is guidance, retssikkerhedsvejledningen pkt. 117 — RSL § 11 a itself sets none)"),
        FactSpec("specifiesSourcesOrRecipients", .bool, "names the sources (obtaining) or recipients (disclosure); as above"),
        FactSpec("specifiesPurpose", .bool, "names the purpose or case; as above"),
        FactSpec("voluntary", .bool, "given voluntarily (PDL § 3, nr. 8 / GDPR art. 4, nr. 11)"),
        FactSpec("informed", .bool, "given informed (PDL § 3, nr. 8 / GDPR art. 4, nr. 11)"),
        .enumeration("form", ConsentForm.self, "written, oral-documented or oral-undocumented"),
        FactSpec("revoked", .bool, "revoked (PDL § 38 / GDPR art. 7, stk. 3)"),
        FactSpec("usedForCoercion", .bool, "relied on for coercion: only the citizen's own consent counts"),
        FactSpec("citizenUnder18", .bool, "the person the information is about is under 18; a citizen's own consent needs it false"),
        FactSpec("citizenAged15OrOver", .bool, since: "1.1",
                 "the person the information is about is 15 or over: a custodian consents for a child under 15, a young person of 15–17 with maturity may consent alone ([S]); false with citizenUnder18 false is bad input"),
        .enumeration("consentUse", ConsentUse.self, since: "1.1",
                     "what the consent is relied on for: obtaining (RSL § 11 a), disclosure, coercion (= usedForCoercion true; a contradiction is bad input)"),
    ]
    /// The values of `QUESTIONS.md` §2.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("defects", "array of enum: " + ConsentDefects.ordered.map(\.1).joined(separator: ", "),
                  "every known defect, in this order; empty when valid"),
        .enumeration("openLegalQuestion", ConsentOpenQuestion.self, "the point of law that keeps the answer open"),
    ]
    /// The versions of the law, gap-free from 2013-01-01.
    public static let ruleSets = ConfidentialityLaw.consentRuleSets

    /// Reads the typed facts from a validated bag.
    ///
    /// - Throws: `PolicyError` for bad input, including contradictory facts (``Facts/contradiction``).
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        try Facts(
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
            citizenUnder18: try bag.bool("citizenUnder18"),
            citizenAged15OrOver: try bag.bool("citizenAged15OrOver"),
            consentUse: try bag.value("consentUse")
        ).validated()
    }

    /// Rejects contradictory facts (``Facts/contradiction``) before any rule runs.
    ///
    /// - Throws: `PolicyError` naming the contradictory fact (`facts.<name>`).
    public static func validate(_ facts: Facts, asOf: CivilDate) throws(PolicyError) {
        _ = try facts.validated()
    }

    /// Whether the signatory is the right person: `true`, `false`, or `nil` when a fact it
    /// needs is unknown or the law is open (a minor's own consent; a custodian's for 15–17).
    @usableFromInline
    static func signatoryHolds(_ facts: Facts) -> Bool? {
        guard let givenBy = facts.givenBy else { return nil }
        switch givenBy {
        case .citizen:
            // An adult's own consent; a child under 15 cannot consent alone; 15–17 is open.
            switch facts.under18 {
            case false?: return true
            case nil: return nil
            case true?: return facts.aged15OrOver == false ? false : nil
            }
        case .relative:
            return false
        case .guardian:
            var all = Conjunction()
            all.add(facts.guardianScopeCoversMatter)
            all.add(facts.forCoercion.map { !$0 })
            return all.holds
        case .parentWithCustody:
            // A custodian consents for a child under 15; for 15–17 it is open.
            var all = Conjunction()
            all.add(facts.under18)
            all.add(facts.forCoercion.map { !$0 })
            if facts.under18 == true { all.add(facts.aged15OrOver == false ? true : nil) }
            return all.holds
        }
    }

    /// Whether the signatory question is open in law rather than for want of a fact: a minor of
    /// 15–17 consenting alone, or a custodian consenting for one.
    @usableFromInline
    static func minorQuestionOpen(_ facts: Facts) -> Bool {
        guard facts.under18 == true, facts.aged15OrOver == true else { return false }
        switch facts.givenBy {
        case .citizen?: return true
        case .parentWithCustody?: return facts.forCoercion != true
        default: return false
        }
    }

    /// Applies the rules in force on the evaluation's date, then the municipality's own rules.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let date = e.context.asOf
        let law = ConfidentialityLaw.self
        let gdpr = law.gdprApplies(on: date)
        let definition = law.dataProtectionConsent(on: date)

        // Contradictory facts built in Swift (JSON input is rejected in `facts(from:)`): no answer.
        if let problem = facts.contradiction {
            e.test(
                definition, holds: nil,
                LocalizedText(
                    da: "Oplysningerne modsiger hinanden (\(problem.field): \(problem.message)); der gives intet svar, før de er rettet.",
                    en: "The facts contradict each other (\(problem.field): \(problem.message)); no answer is given until they are corrected."))
            e.verdict.outcome = .undetermined
            e.missing(problem.field)
            return
        }

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
        let minorOpen = minorQuestionOpen(facts)
        if signatory == false { defects.insert(.wrongSignatory) }
        all.add(signatory)
        switch facts.givenBy {
        case .relative?:
            e.test(
                definition, holds: false,
                LocalizedText(
                    da: "Samtykket skal komme fra den, oplysningerne angår (\(definition.description): den registreredes viljestilkendegivelse). En pårørende kan ikke give samtykke på borgerens vegne — og aldrig til magtanvendelse.",
                    en: "Consent must come from the person the information is about (\(definition.description): the data subject's indication of wishes). A relative cannot consent for the citizen — and never to the use of force."))
        case .guardian?:
            e.test(
                law.guardianScope, holds: signatory,
                LocalizedText(
                    da: "En værge handler kun på borgerens vegne i de anliggender, værgemålet omfatter (værgemålsloven § 5, stk. 3–4), og kan aldrig give samtykke til magtanvendelse efter serviceloven.",
                    en: "A guardian acts for the citizen only in the matters the værgemål covers (VML § 5, stk. 3–4), and can never consent to the use of force under serviceloven."))
        case .parentWithCustody?:
            e.test(
                definition, holds: signatory,
                LocalizedText(
                    da: "Forældremyndighedens indehaver giver samtykke for et barn under 15 år, ikke for en voksen og ikke til magtanvendelse. For en ung på 15–17 år er det uafklaret, om den unges eget samtykke kræves (praksis, ikke lovtekst).",
                    en: "A holder of parental custody consents for a child under 15, not for an adult and not to the use of force. For a young person of 15–17 it is not settled whether the young person's own consent is needed (practice, not statute)."))
        case .citizen?:
            e.test(
                definition, holds: signatory,
                LocalizedText(
                    da: "Samtykket er givet af borgeren selv, som oplysningerne angår, og borgeren er myndig (18 år). Et barn under 15 år kan ikke give samtykke alene — det gør forældremyndighedens indehaver; en ung på 15–17 år kan efter praksis, hvis den unge er moden nok, men det er ikke afklaret i lovteksten.",
                    en: "The consent was given by the citizen the information is about, who is of age (18). A child under 15 cannot consent alone — the custodian does; a young person of 15–17 can in practice if mature enough, but the act does not settle it."))
        case nil:
            e.test(
                definition, holds: nil,
                LocalizedText(
                    da: "Det vides ikke, hvem der har givet samtykket.",
                    en: "It is not known who gave the consent."))
        }

        // What it is relied on for.
        if facts.consentUse == .obtaining {
            e.test(
                law.consentToObtain, holds: true,
                LocalizedText(
                    da: "Samtykket bruges til at indhente oplysninger: retssikkerhedsloven § 11 a, stk. 1 kræver forudgående samtykke og giver kun adgang til de oplysninger, der er nødvendige for at behandle sagen. Bestemmelsen stiller ingen krav til samtykkets indhold.",
                    en: "The consent is used to obtain information: RSL § 11 a, stk. 1 requires prior consent and reaches only the information needed to process the case. It sets no requirements for the consent's content."))
        }

        // Not revoked.
        let revocation = law.dataProtectionRevocation(on: date)
        require(facts.revoked.map { !$0 }, else: .revoked, revocation,
            LocalizedText(
                da: "Samtykket er ikke tilbagekaldt. Et samtykke kan altid tilbagekaldes (\(revocation.description)), og derefter må intet ske på grundlag af det.",
                en: "The consent has not been revoked. Consent can always be revoked (\(revocation.description)); after that nothing may be done on it."))

        // Voluntary and informed.
        require(facts.voluntary, else: .notVoluntary, definition,
            LocalizedText(
                da: "Samtykket er givet frivilligt, uden pres (\(definition.description)).",
                en: "The consent was given voluntarily, without pressure (\(definition.description))."))
        require(facts.informed, else: .notInformed, definition,
            LocalizedText(
                da: "Borgeren vidste, hvad samtykket gik ud på, og hvad det betød at sige nej (\(definition.description)).",
                en: "The citizen knew what the consent was for and what saying no would mean (\(definition.description))."))

        // Specific: information types, sources or recipients, purpose.
        let guidance = date >= law.guidance2019
        require(facts.specifiesInformationTypes, else: .informationTypes, definition,
            LocalizedText(
                da: "Samtykket er specifikt (\(definition.description)) og angiver, hvilke typer oplysninger det gælder. \"Alle relevante oplysninger\" er ikke nok. At typer, kilder eller modtagere og formål skal fremgå, følger af vejledningen (retssikkerhedsvejledningen pkt. 117), ikke af retssikkerhedsloven § 11 a.",
                en: "The consent is specific (\(definition.description)) and names the types of information. \"All relevant information\" is not enough. That types, sources or recipients and purpose must be named comes from the guidance (retssikkerhedsvejledningen pkt. 117), not from RSL § 11 a."))
        require(facts.specifiesSourcesOrRecipients, else: .sourcesOrRecipients, definition,
            LocalizedText(
                da: "Samtykket angiver, hvor oplysningerne hentes fra, eller hvem de gives til (specifikt samtykke; vejledningen).",
                en: "The consent names where the information comes from or whom it goes to (specific consent; the guidance)."))
        require(facts.specifiesPurpose, else: .purpose, definition,
            LocalizedText(
                da: "Samtykket angiver, til hvilket formål eller hvilken sag det gælder (specifikt samtykke; vejledningen).",
                en: "The consent names the purpose or the case it is for (specific consent; the guidance)."))
        if guidance { e.cite(law.consentContentGuidance) }

        // Documented.
        let documented = facts.form.map { $0 != .oralUndocumented }
        require(documented, else: .undocumented, law.notatpligt(on: date),
            LocalizedText(
                da: "Samtykket er skriftligt, eller et mundtligt samtykke er noteret i sagen, så det kan dokumenteres.",
                en: "The consent is in writing, or an oral consent is noted in the case, so that it can be shown."))
        if gdpr { e.cite(law.demonstrableConsent) }

        e.verdict.values.defects = defects
        if !defects.isEmpty {
            e.verdict.outcome = .denied
        } else if all.anyUnknown {
            e.verdict.outcome = .undetermined
            if minorOpen && signatory == nil { e.verdict.values.openLegalQuestion = .minorOwnConsent }
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
        case .citizen?:
            if facts.under18 == nil { e.missing("citizenUnder18") }
            if facts.under18 != false && facts.aged15OrOver == nil { e.missing("citizenAged15OrOver") }
        case .guardian?:
            if facts.guardianScopeCoversMatter == nil { e.missing("guardianScopeCoversMatter") }
            if facts.forCoercion == nil { e.missing("usedForCoercion") }
        case .parentWithCustody?:
            if facts.under18 == nil { e.missing("citizenUnder18") }
            if facts.under18 != false && facts.aged15OrOver == nil { e.missing("citizenAged15OrOver") }
            if facts.forCoercion == nil { e.missing("usedForCoercion") }
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
