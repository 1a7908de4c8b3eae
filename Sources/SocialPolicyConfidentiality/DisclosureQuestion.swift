import SocialPolicyCore

/// `confidentiality.disclosure`: may this information about the citizen be passed to this
/// recipient, on `asOf`?
///
/// Each legal basis is its own rule with its own source; the disclosure is `permitted` only
/// when one basis is established as true, `denied` when every basis that could apply is known
/// to fail, and `undetermined` otherwise, with the unknown facts most decisive first. A
/// municipality's rules (``ConfidentialityLocalPolicy``) are applied afterwards and can only
/// restrict.
///
/// The data-protection ground depends on the data kind and the date (read in the acts; see
/// `Documentation/Confidentiality.md`): to 2018-05-24 a social-area authority passes art. 9
/// and PDL § 8 data on only under PDL § 8, stk. 3 (consent, clearly overriding interests, a
/// necessary step in the case, supervision or control); from 2018-05-25 criminal-offence data
/// follow DBL § 8, stk. 2, art. 9 data need a ground of GDPR art. 9, stk. 2 (DBL § 7), and other
/// private data need a public task (GDPR art. 6, stk. 1, litra e).
///
/// ```swift
/// let facts = DisclosureQuestion.Facts(
///     informationKind: .sensitive, recipient: .emergencyServices,
///     consent: .notGiven, imminentDangerToLifeOrHealth: true)
/// let verdict = try DisclosureQuestion.verdict(for: facts, asOf: CivilDate(2025, 3, 10))
/// verdict.outcome        // .permitted
/// verdict.values.basis   // .danger
/// ```
public enum DisclosureQuestion: PolicyQuestion {
    /// The facts of a disclosure.
    public struct Facts: Sendable, Hashable, DisclosureFactsProviding {
        /// What kind of information it is.
        public var informationKind: InformationKind
        /// Who would receive it.
        public var recipient: DisclosureRecipient
        /// The recipient needs it for its own task (saglig grund); for an authority: the
        /// disclosure is necessary for its activity or required for a decision it must make.
        public var recipientNeedsItForTask: Bool?
        /// The citizen's consent to this disclosure.
        public var consent: CitizenConsent?
        /// The citizen is able to give consent.
        public var citizenCanConsent: Bool?
        /// A statute obliges the disclosure.
        public var legalDutyToDisclose: Bool?
        /// Disclosure is necessary to avert imminent, substantial danger.
        public var imminentDangerToLifeOrHealth: Bool?
        /// Substantially reduced mental function (SEL § 82).
        public var substantiallyReducedMentalFunction: Bool?
        /// The purpose is to involve the relative in the citizen's care.
        public var forCareInvolvement: Bool?
        /// The matter lies within the værgemål.
        public var guardianScopeCoversMatter: Bool?
        /// A child under 18 may need support or be abused.
        public var childConcern: Bool?
        /// Since 1.1: the disclosure is a necessary step in the processing of the case.
        public var necessaryStepInCase: Bool?
        /// Since 1.1: the disclosure is necessary for an authority's supervision or control.
        public var forSupervisionOrControl: Bool?
        /// Since 1.1: the recipient performs tasks for the public sector.
        public var recipientPerformsPublicTask: Bool?
        /// Since 1.1: the art. 9, stk. 2 ground other than consent and vital interests.
        public var art9Ground: Art9Ground?

        /// Creates the facts; every fact but the first two is unknown unless given.
        public init(
            informationKind: InformationKind, recipient: DisclosureRecipient,
            recipientNeedsItForTask: Bool? = nil, consent: CitizenConsent? = nil,
            citizenCanConsent: Bool? = nil, legalDutyToDisclose: Bool? = nil,
            imminentDangerToLifeOrHealth: Bool? = nil, substantiallyReducedMentalFunction: Bool? = nil,
            forCareInvolvement: Bool? = nil, guardianScopeCoversMatter: Bool? = nil,
            childConcern: Bool? = nil, necessaryStepInCase: Bool? = nil, forSupervisionOrControl: Bool? = nil,
            recipientPerformsPublicTask: Bool? = nil, art9Ground: Art9Ground? = nil
        ) {
            self.informationKind = informationKind
            self.recipient = recipient
            self.recipientNeedsItForTask = recipientNeedsItForTask
            self.consent = consent
            self.citizenCanConsent = citizenCanConsent
            self.legalDutyToDisclose = legalDutyToDisclose
            self.imminentDangerToLifeOrHealth = imminentDangerToLifeOrHealth
            self.substantiallyReducedMentalFunction = substantiallyReducedMentalFunction
            self.forCareInvolvement = forCareInvolvement
            self.guardianScopeCoversMatter = guardianScopeCoversMatter
            self.childConcern = childConcern
            self.necessaryStepInCase = necessaryStepInCase
            self.forSupervisionOrControl = forSupervisionOrControl
            self.recipientPerformsPublicTask = recipientPerformsPublicTask
            self.art9Ground = art9Ground
        }

        /// Copies a host's record.
        public init(_ provider: some DisclosureFactsProviding) {
            self.init(
                informationKind: provider.informationKind, recipient: provider.recipient,
                recipientNeedsItForTask: provider.recipientNeedsItForTask, consent: provider.consent,
                citizenCanConsent: provider.citizenCanConsent, legalDutyToDisclose: provider.legalDutyToDisclose,
                imminentDangerToLifeOrHealth: provider.imminentDangerToLifeOrHealth,
                substantiallyReducedMentalFunction: provider.substantiallyReducedMentalFunction,
                forCareInvolvement: provider.forCareInvolvement,
                guardianScopeCoversMatter: provider.guardianScopeCoversMatter,
                childConcern: provider.childConcern, necessaryStepInCase: provider.necessaryStepInCase,
                forSupervisionOrControl: provider.forSupervisionOrControl,
                recipientPerformsPublicTask: provider.recipientPerformsPublicTask, art9Ground: provider.art9Ground)
        }

        /// The contradiction in these facts, if any: an authority (another authority, or the
        /// municipality's own administrations) that does not perform public tasks.
        ///
        /// `facts(from:)` throws it as bad input; ``DisclosureQuestion/evaluate(_:into:)``
        /// answers `undetermined` on it for facts built directly in Swift.
        public var contradiction: ConfidentialityContradiction? {
            if recipientPerformsPublicTask == false
                && (recipient == .otherAuthority || recipient.isWithinMunicipality)
            {
                return ConfidentialityContradiction(
                    field: "recipientPerformsPublicTask",
                    message: "an authority (recipient other-authority, same-administration or other-administration) performs public tasks by definition")
            }
            return nil
        }

        /// These facts, or the bad-input error naming the contradictory fact.
        public func validated() throws(PolicyError) -> Facts {
            if let problem = contradiction { throw problem.error }
            return self
        }
    }

    /// The values of a disclosure decision.
    public struct Values: DecisionValues, Hashable {
        /// The basis the disclosure rests on; ``DisclosureBasis/noBasis`` unless permitted.
        public var basis: DisclosureBasis = .noBasis
        /// Only what the purpose needs may be passed on (set when permitted).
        public var minimumNecessary: Bool?
        /// The point of law that keeps the answer open, if any.
        public var openLegalQuestion: DisclosureOpenQuestion?
        /// The municipal rule that restricted a disclosure national law would allow, if any.
        public var restrictedBy: Citation?

        /// Empty values.
        public init() {}

        /// The values as the contract names them.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("basis", basis)
            fields.add("minimumNecessary", minimumNecessary)
            fields.add("openLegalQuestion", openLegalQuestion)
            fields.add("restrictedBy", restrictedBy?.description)
            return fields
        }
    }

    /// The contract's question id.
    public static let id = "confidentiality.disclosure"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Må denne oplysning om borgeren videregives til denne modtager?",
        en: "May this information about the citizen be passed to this recipient?")
    /// Every fact of `QUESTIONS.md` §2, and the additions of contract 1.1.
    public static let factSpecs: [FactSpec] = [
        .enumeration("informationKind", InformationKind.self, required: true,
                     "sensitive (GDPR art. 9; a host that cannot separate rent private forhold may use it), criminal-offence, other-private, non-confidential, purely-private (since 1.1: non-art. 9 purely private matters)"),
        .enumeration("recipient", DisclosureRecipient.self, required: true,
                     "who receives it; other-administration = another forvaltning of the same municipality"),
        FactSpec("recipientNeedsItForTask", .bool,
                 "the recipient needs it for its own task (saglig grund); for an authority outside the municipality: the disclosure is necessary for its activity or required for a decision it must make (DBL § 8, stk. 2, nr. 3)"),
        .enumeration("consent", CitizenConsent.self,
                     "the citizen's consent to this disclosure; a blanket consent is not valid"),
        FactSpec("citizenCanConsent", .bool, "the citizen is able to give consent"),
        FactSpec("legalDutyToDisclose", .bool, "a statute obliges the disclosure"),
        FactSpec("imminentDangerToLifeOrHealth", .bool,
                 "disclosure is necessary to avert imminent, substantial danger to the citizen or others"),
        FactSpec("substantiallyReducedMentalFunction", .bool, "betydelig nedsat psykisk funktionsevne (SEL § 82, stk. 2)"),
        FactSpec("forCareInvolvement", .bool, "the purpose is to involve the relative in safeguarding the citizen's care"),
        FactSpec("guardianScopeCoversMatter", .bool, "the matter lies within the værgemål"),
        FactSpec("childConcern", .bool,
                 "the discloser, in public service, knows or suspects that a child under 18 needs support or is abused"),
        FactSpec("necessaryStepInCase", .bool, since: "1.1",
                 "the disclosure is a necessary step in the processing of the case (nødvendigt led i sagens behandling): PDL § 8, stk. 3 to 2018-05-24; for criminal-offence data from 2018-05-25 a decision the authority must make (DBL § 8, stk. 2, nr. 3)"),
        FactSpec("forSupervisionOrControl", .bool, since: "1.1",
                 "the disclosure is necessary for an authority to carry out supervision or control tasks: PDL § 8, stk. 3 to 2018-05-24; for criminal-offence data from 2018-05-25 DBL § 8, stk. 2, nr. 3"),
        FactSpec("recipientPerformsPublicTask", .bool, since: "1.1",
                 "the recipient performs tasks for the public sector — an authority, or a person or company working for one (a hospital, a GP under the public health insurance, a contracted ambulance) — and the information is for those tasks (DBL § 8, stk. 2, nr. 4); false contradicts an authority recipient"),
        .enumeration("art9Ground", Art9Ground.self, since: "1.1",
                     "for art. 9 data from 2018-05-25: a ground of GDPR art. 9, stk. 2 other than consent and vital interests — national-basis (litra g, DBL § 7, stk. 4), health-care (litra h, DBL § 7, stk. 3), none"),
    ]
    /// The values of `QUESTIONS.md` §2.
    public static let valueSpecs: [ValueSpec] = [
        .enumeration("basis", DisclosureBasis.self,
                     "the basis the disclosure rests on (the first that holds, in the order of Documentation/Confidentiality.md); none unless permitted. Since 1.1 also necessary-step, supervision, national-basis, health-care"),
        ValueSpec("minimumNecessary", "bool", "only what the purpose needs may be passed on (set when permitted)"),
        .enumeration("openLegalQuestion", DisclosureOpenQuestion.self,
                     "the point of law that keeps the answer open (Documentation/OpenLegalQuestions.md); art9-ground-needed since 1.1"),
        ValueSpec("restrictedBy", "string (citation)", "the municipal rule that restricted a disclosure national law would allow (KK-KS 2.5)"),
    ]
    /// The obligation codes of `QUESTIONS.md` §2.
    public static let obligationSpecs: [ObligationSpec] = [
        ObligationSpec("inform-citizen",
                       "the basis sets confidentiality aside without consent (child notification, legal duty, danger, care duty, necessary step, supervision, national basis, health care, or task necessity outside the municipality): tell the citizen what was passed on, to whom and why — GDPR art. 14, stk. 3, litra c (PDL § 29, stk. 1 before 2018-05-25)"),
        ObligationSpec("document-assessment",
                       "every basis but consent and not-confidential: record what was passed on, to whom, on which basis and why — OFFL (1985) § 6 to 2013-12-31, OFFL § 13 from 2014-01-01"),
        ObligationSpec("disclose-minimum",
                       "every permitted disclosure of confidential information: pass on only what the purpose requires — PDL § 5, stk. 3 / GDPR art. 5, stk. 1, litra c"),
        ObligationSpec("notify-municipality-child",
                       "childConcern is true, whatever the outcome: notify the municipality — SEL § 153 to 2023-12-31, BL § 133 from 2024-01-01"),
    ]
    /// The versions of the law, gap-free from 2013-01-01.
    public static let ruleSets = ConfidentialityLaw.disclosureRuleSets

    /// Reads the typed facts from a validated bag.
    ///
    /// - Throws: `PolicyError` for bad input, including contradictory facts (``Facts/contradiction``).
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        try Facts(
            informationKind: try bag.required("informationKind"),
            recipient: try bag.required("recipient"),
            recipientNeedsItForTask: try bag.bool("recipientNeedsItForTask"),
            consent: try bag.value("consent"),
            citizenCanConsent: try bag.bool("citizenCanConsent"),
            legalDutyToDisclose: try bag.bool("legalDutyToDisclose"),
            imminentDangerToLifeOrHealth: try bag.bool("imminentDangerToLifeOrHealth"),
            substantiallyReducedMentalFunction: try bag.bool("substantiallyReducedMentalFunction"),
            forCareInvolvement: try bag.bool("forCareInvolvement"),
            guardianScopeCoversMatter: try bag.bool("guardianScopeCoversMatter"),
            childConcern: try bag.bool("childConcern"),
            necessaryStepInCase: try bag.bool("necessaryStepInCase"),
            forSupervisionOrControl: try bag.bool("forSupervisionOrControl"),
            recipientPerformsPublicTask: try bag.bool("recipientPerformsPublicTask"),
            art9Ground: try bag.value("art9Ground")
        ).validated()
    }

    /// Rejects contradictory facts (``Facts/contradiction``) before any rule runs.
    ///
    /// - Throws: `PolicyError` naming the contradictory fact (`facts.<name>`).
    public static func validate(_ facts: Facts, asOf: CivilDate) throws(PolicyError) {
        _ = try facts.validated()
    }

    /// Whether each basis holds (`true`), fails (`false`) or is unknown (`nil`), in the order
    /// they are reported: a disclosure rests on the first basis that holds.
    @usableFromInline
    struct Bases: Sendable, Hashable {
        var childNotification: Bool? = false
        var legalDuty: Bool? = false
        var danger: Bool? = false
        var consent: Bool? = false
        var guardian: Bool? = false
        var representative: Bool? = false
        var careDuty: Bool? = false
        var nationalBasis: Bool? = false
        var healthCare: Bool? = false
        var necessaryStep: Bool? = false
        var supervision: Bool? = false
        var taskNecessity: Bool? = false
        /// The art. 9 question is open only because `art9Ground` is unknown.
        var art9Open = false
        /// The task route reads `recipientPerformsPublicTask` (criminal-offence data from
        /// 2018-05-25 to a recipient that may be a person working for the public sector: DBL
        /// § 8, stk. 2, nr. 4).
        var readsPublicTask = false

        /// The first basis that holds, `.none` if none does.
        var established: DisclosureBasis {
            if childNotification == true { return .childNotification }
            if legalDuty == true { return .legalDuty }
            if danger == true { return .danger }
            if consent == true { return .consent }
            if guardian == true { return .guardian }
            if representative == true { return .representative }
            if careDuty == true { return .careDuty }
            if nationalBasis == true { return .nationalBasis }
            if healthCare == true { return .healthCare }
            if necessaryStep == true { return .necessaryStep }
            if supervision == true { return .supervision }
            if taskNecessity == true { return .taskNecessity }
            return .noBasis
        }

        var anyUnknown: Bool {
            childNotification == nil || legalDuty == nil || danger == nil || consent == nil || guardian == nil
                || representative == nil || careDuty == nil || nationalBasis == nil || healthCare == nil
                || necessaryStep == nil || supervision == nil || taskNecessity == nil
        }

        var outcome: Outcome {
            if established != .noBasis { return .permitted }
            return anyUnknown ? .undetermined : .denied
        }
    }

    /// The more restrictive of two outcomes: denied before undetermined before permitted.
    @usableFromInline
    static func stricter(_ a: Outcome, _ b: Outcome) -> Outcome {
        if a == .denied || b == .denied { return .denied }
        if a == .undetermined || b == .undetermined { return .undetermined }
        return a
    }

    /// Applies the rules in force on the evaluation's date, then the municipality's own rules.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let date = e.context.asOf
        let law = ConfidentialityLaw.self
        let child = law.childNotification(on: date)
        let gdpr = law.gdprApplies(on: date)
        let kind = facts.informationKind
        let confidentiality = law.confidentiality(on: date)

        // Contradictory facts built in Swift (JSON input is rejected in `facts(from:)`): no answer.
        if let problem = facts.contradiction {
            e.test(
                confidentiality, holds: nil,
                LocalizedText(
                    da: "Oplysningerne modsiger hinanden (\(problem.field): \(problem.message)); der gives intet svar, før de er rettet.",
                    en: "The facts contradict each other (\(problem.field): \(problem.message)); no answer is given until they are corrected."))
            e.verdict.outcome = .undetermined
            e.missing(problem.field)
            return
        }

        // Information that is not confidential is not covered by the duty of confidentiality.
        guard kind != .nonConfidential else {
            e.test(
                confidentiality, holds: false,
                LocalizedText(
                    da: "Oplysningen er ikke fortrolig, så tavshedspligten (\(confidentiality.description)) hindrer ikke videregivelsen. Databeskyttelsesreglerne gælder dog stadig for personoplysninger.",
                    en: "The information is not confidential, so the duty of confidentiality (\(confidentiality.description)) does not prevent passing it on. Data-protection rules still apply to personal data."))
            e.verdict.values.basis = .notConfidential
            e.verdict.outcome = .permitted
            if facts.childConcern == true { obligeChildNotification(&e, child) }
            return
        }
        e.test(
            confidentiality, holds: true,
            LocalizedText(
                da: "Oplysningen er fortrolig (\(confidentiality.description)). Den må kun videregives, hvis der er et grundlag for det (straffeloven § 152).",
                en: "The information is confidential (\(confidentiality.description)). It may be passed on only on a legal basis (STRFL § 152)."))

        var bases = Bases()
        let recipient = facts.recipient
        let art9 = gdpr && kind == .sensitive

        // 1. The duty to notify the municipality about a child overrides confidentiality.
        if recipient.isWithinMunicipality {
            bases.childNotification = facts.childConcern
            e.test(
                child, holds: facts.childConcern,
                LocalizedText(
                    da: "Underretningspligten (\(child.description)): den, der udøver offentlig tjeneste, og som får kendskab til eller grund til at antage, at et barn under 18 år kan have behov for støtte eller har været udsat for overgreb, skal underrette kommunen. Pligten går forud for tavshedspligten.",
                    en: "The duty to notify (\(child.description)): a person in public service who learns or has reason to assume that a child under 18 may need support or has been abused must notify the municipality. The duty overrides confidentiality."))
        }

        // A notification to another municipality (where the child lives) is the same duty, but
        // "another authority" may equally be the police or a region: the library does not
        // presume which; the caseworker answers `legalDutyToDisclose`.
        if recipient == .otherAuthority, facts.childConcern == true {
            e.test(
                child, holds: nil,
                LocalizedText(
                    da: "Er modtageren den kommune, hvor barnet bor, er videregivelsen en underretning efter \(child.description), som går forud for tavshedspligten (svar ja til, at en lov pålægger videregivelsen). Andre myndigheder er ikke omfattet af underretningspligten.",
                    en: "If the recipient is the municipality where the child lives, the disclosure is a notification under \(child.description), which overrides confidentiality (answer that a statute obliges the disclosure). Other authorities are not covered by the duty to notify."))
        }

        // 2. A statute obliges the disclosure.
        bases.legalDuty = facts.legalDutyToDisclose
        e.test(
            law.legalDutyDefence, holds: facts.legalDutyToDisclose,
            LocalizedText(
                da: "En lov pålægger at videregive oplysningen; det er da ikke en overtrædelse af tavshedspligten (straffeloven § 152 e, nr. 1).",
                en: "A statute obliges the disclosure; it is then no breach of confidentiality (STRFL § 152 e, nr. 1)."))

        // 3. Danger to life or health.
        bases.danger = facts.imminentDangerToLifeOrHealth
        e.test(
            law.dangerDefence, holds: facts.imminentDangerToLifeOrHealth,
            LocalizedText(
                da: "Videregivelsen er nødvendig for at afværge en nærliggende, væsentlig fare for borgerens eller andres liv eller helbred (straffeloven § 152 e, nr. 2: berettiget varetagelse af eget eller andres tarv).",
                en: "The disclosure is necessary to avert imminent, substantial danger to the life or health of the citizen or others (STRFL § 152 e, nr. 2: justified protection of one's own or others' interests)."))

        // 4. The citizen's own valid consent.
        bases.consent = consentHolds(facts)
        let consentDefinition = law.dataProtectionConsent(on: date)
        e.test(
            consentDefinition, holds: bases.consent,
            LocalizedText(
                da: "Borgeren, som er i stand til at give samtykke, har givet et udtrykkeligt og specifikt samtykke til netop denne videregivelse (\(consentDefinition.description): en frivillig, specifik og informeret viljestilkendegivelse). Et generelt samtykke, et afslag, et tilbagekaldt samtykke eller intet samtykke er ikke et samtykke.",
                en: "The citizen, who is able to consent, has given explicit, specific consent to this very disclosure (\(consentDefinition.description): a freely given, specific and informed indication of wishes). A blanket consent, a refusal, a revoked consent or no consent is not consent."))

        // 5. Art. 9 data from 2018-05-25: a specific national basis (art. 9, stk. 2, litra g).
        // It is read for authorities and professionals outside the municipality, and for a
        // relative only where SEL § 82, stk. 2 makes involving them a question at all (the
        // care conditions hold or are unknown); a private party or a relative outside that
        // situation gets art. 9 data only on consent, a legal duty or danger.
        let careConditions = careConditions(facts)
        if art9 && (recipient.isOutsideAuthority || (recipient == .relative && careConditions.holds != false)) {
            var national = Conjunction()
            if recipient == .relative { national.add(careConditions) }
            national.add(facts.art9Ground.map { $0 == .nationalBasis })
            bases.nationalBasis = national.holds
            if facts.art9Ground == nil && national.holds == nil { bases.art9Open = true }
            e.test(
                law.dblPublicInterest, holds: bases.nationalBasis,
                LocalizedText(
                    da: "En bestemmelse i en anden lov giver udtrykkeligt hjemmel til at videregive netop disse oplysninger til denne modtager (databeskyttelsesforordningen art. 9, stk. 2, litra g, og databeskyttelsesloven § 7, stk. 4: et supplerende nationalt retsgrundlag).",
                    en: "A provision of another statute specifically permits passing this information to this recipient (GDPR art. 9, stk. 2, litra g, and DBL § 7, stk. 4: a supplementary national legal basis)."))
            e.cite(law.art9PublicInterest)
        }

        // 6. The recipient's own route.
        switch recipient {
        case .guardian:
            bases.guardian = facts.guardianScopeCoversMatter
            e.test(
                law.guardianScope, holds: facts.guardianScopeCoversMatter,
                LocalizedText(
                    da: "Værgen handler på borgerens vegne, men kun i de anliggender, værgemålet omfatter (værgemålsloven § 5, stk. 3–4). Uden for værgemålet er værgen en udenforstående.",
                    en: "The guardian acts for the citizen, but only in the matters the værgemål covers (VML § 5, stk. 3–4). Outside it, the guardian is a third party."))
        case .partyRepresentative:
            bases.representative = true
            e.test(
                law.representative, holds: true,
                LocalizedText(
                    da: "Modtageren er borgerens partsrepræsentant (forvaltningsloven § 8), som kommunen skal kommunikere med i sagen.",
                    en: "The recipient is the citizen's party representative (FVL § 8), with whom the municipality deals in the case."))
        case .relative:
            careRoute(&e, facts, &bases, gdpr: gdpr)
        case .sameAdministration, .otherAdministration:
            bases.taskNecessity = facts.recipientNeedsItForTask
            e.test(
                law.internalTask, holds: facts.recipientNeedsItForTask,
                LocalizedText(
                    da: "Kommunen er én myndighed. Internt må oplysningen kun gives til en medarbejder, der har brug for den til sin egen opgave (saglig grund; forvaltningsloven § 32). Nysgerrighed er ikke en saglig grund.",
                    en: "The municipality is one authority. Inside it, the information may go only to staff who need it for their own task (a relevant reason; FVL § 32). Curiosity is not a reason."))
        case .otherAuthority, .healthProfessional, .emergencyServices:
            outsideRoute(&e, facts, &bases, gdpr: gdpr)
        case .privateParty:
            e.test(
                law.criminalConfidentiality, holds: false,
                LocalizedText(
                    da: "En privat modtager kan kun få fortrolige oplysninger med borgerens samtykke, efter en lov eller for at afværge fare.",
                    en: "A private recipient may receive confidential information only with the citizen's consent, under a statute, or to avert danger."))
        }

        let national = bases.outcome

        // 7. The municipality's own rules, after national law: they may only restrict.
        var final = bases
        var localRule: Citation? = nil
        if recipient == .otherAdministration,
            let local = e.context.municipality as? any ConfidentialityLocalPolicy,
            let rule = local.consentAcrossAdministrationsRule(on: date)
        {
            localRule = rule
            // The task route now also needs the citizen's consent.
            if final.taskNecessity == false || bases.consent == false {
                final.taskNecessity = false
            } else if !(final.taskNecessity == true && bases.consent == true) {
                final.taskNecessity = nil
            }
            e.test(
                rule, holds: bases.consent,
                LocalizedText(
                    da: "Kommunens egen regel (\(rule.description)): oplysninger må deles inden for samme forvaltning, men på tværs af forvaltninger kun med borgerens samtykke.",
                    en: "The municipality's own rule (\(rule.description)): information may be shared within the same administration, but across administrations only with the citizen's consent."))
        }
        let outcome = stricter(national, final.outcome)
        e.verdict.outcome = outcome
        if outcome != national, let localRule { e.verdict.values.restrictedBy = localRule }

        switch outcome {
        case .permitted:
            let basis = final.established
            e.verdict.values.basis = basis
            e.verdict.values.minimumNecessary = true
            citeBasisProvisions(&e, basis, facts)
            obligeAfterDisclosure(&e, basis, facts)
        case .undetermined:
            e.verdict.values.basis = DisclosureBasis.noBasis
            if final.art9Open { e.verdict.values.openLegalQuestion = .art9GroundNeeded }
            recordMissing(&e, facts, final, gdpr: gdpr)
        default:
            e.verdict.values.basis = DisclosureBasis.noBasis
        }
        if facts.childConcern == true { obligeChildNotification(&e, child) }
    }

    /// The conditions of SEL § 82, stk. 2 for involving a relative: substantially reduced
    /// mental function, a citizen unable to consent, and the purpose of involving the relative
    /// in the citizen's care.
    @usableFromInline
    static func careConditions(_ facts: Facts) -> Conjunction {
        var care = Conjunction()
        care.add(facts.substantiallyReducedMentalFunction)
        care.add(facts.citizenCanConsent.map { !$0 })
        care.add(facts.forCareInvolvement)
        return care
    }

    /// The relative's route: SEL § 82, stk. 2 obliges the municipality to see whether relatives
    /// can be involved for a citizen with substantially reduced mental function who cannot
    /// safeguard their interests. It contains no permission to disclose; the permission is the
    /// data-protection ground of the date and kind:
    /// - to 2018-05-24, every confidential kind: PDL § 8, stk. 3 — a necessary step in the case;
    /// - from 2018-05-25: other and purely private data — a public task (GDPR art. 6, stk. 1,
    ///   litra e) with § 82, stk. 2 as the task; criminal-offence data — DBL § 8, stk. 2, nr. 3
    ///   (a necessary step); art. 9 data — § 82 is no art. 9, stk. 2 ground, so this route fails;
    ///   where its conditions hold, step 5 asks for a national basis (`art9Ground`).
    static func careRoute<R: Recorder>(_ e: inout Evaluation<Values, R>, _ facts: Facts, _ bases: inout Bases, gdpr: Bool) {
        let law = ConfidentialityLaw.self
        let kind = facts.informationKind
        let care = careConditions(facts)
        e.test(
            law.careDuty, holds: care.holds,
            LocalizedText(
                da: "Serviceloven § 82, stk. 2 pålægger kommunen at påse, om pårørende kan inddrages i varetagelsen af interesserne for en borger med betydelig nedsat psykisk funktionsevne, som ikke selv kan give samtykke. Bestemmelsen er en pligt, ikke en hjemmel til at videregive: grundlaget for videregivelsen er databeskyttelsesreglerne (se næste trin).",
                en: "SEL § 82, stk. 2 obliges the municipality to see whether relatives can be involved in safeguarding the interests of a citizen with substantially reduced mental function who cannot consent. It is a duty, not a permission to disclose: the basis for the disclosure is the data-protection rules (next step)."))
        if !gdpr || kind == .criminalOffence {
            var all = care
            all.add(facts.necessaryStepInCase)
            bases.careDuty = all.holds
            let ground = gdpr ? law.criminalDisclosure(nr: 3) : law.socialAreaLimit
            e.test(
                ground, holds: facts.necessaryStepInCase,
                LocalizedText(
                    da: "At inddrage de pårørende er et nødvendigt led i sagens behandling (\(ground.description)). Denne læsning af § 82, stk. 2 er en slutning: loven siger ikke udtrykkeligt, at oplysningerne må videregives.",
                    en: "Involving the relatives is a necessary step in the processing of the case (\(ground.description)). This reading of § 82, stk. 2 is an inference: the act does not say in terms that the information may be passed on."))
        } else if kind == .sensitive {
            // Art. 9 data: the texts give no ground for involving relatives.
            // The care conditions only decide whether a national basis is asked for (step 5).
            bases.careDuty = false
            e.test(
                law.dblArt9Grounds, holds: false,
                LocalizedText(
                    da: "Helbredsoplysninger og andre oplysninger efter databeskyttelsesforordningens art. 9 kræver et grundlag i art. 9, stk. 2 (databeskyttelsesloven § 7). At inddrage pårørende efter serviceloven § 82, stk. 2 er ikke et sådant grundlag; kun samtykke, vitale interesser, en lovpligt eller en udtrykkelig hjemmel i en anden lov er.",
                    en: "Health data and other GDPR art. 9 data need a ground of art. 9, stk. 2 (DBL § 7). Involving relatives under SEL § 82, stk. 2 is no such ground; only consent, vital interests, a legal duty or a specific basis in another statute is."))
        } else {
            bases.careDuty = care.holds
            e.test(
                law.publicTask, holds: care.holds,
                LocalizedText(
                    da: "Almindelige personoplysninger må videregives, når det er nødvendigt for en opgave, kommunen er pålagt ved lov (databeskyttelsesforordningen art. 6, stk. 1, litra e): her at inddrage pårørende efter serviceloven § 82, stk. 2. Det er en slutning fra pligten; tavshedspligten viger for borgerens eget tarv (straffeloven § 152 e, nr. 2).",
                    en: "Ordinary personal data may be passed on where necessary for a task the municipality has by law (GDPR art. 6, stk. 1, litra e): here involving relatives under SEL § 82, stk. 2. That is an inference from the duty; confidentiality gives way to the citizen's own interest (STRFL § 152 e, nr. 2)."))
        }
    }

    /// The route to an authority or professional outside the municipality (FVL § 28, stk. 1
    /// sends personal data to the data-protection rules):
    /// - to 2018-05-24, every confidential kind: PDL § 8, stk. 3 — a necessary step in the case
    ///   or supervision or control; the recipient's need alone is not the test;
    /// - from 2018-05-25, criminal-offence data: DBL § 8, stk. 2, nr. 3 (an authority's activity
    ///   or decision: the recipient authority's need, a necessary step, supervision) or nr. 4
    ///   (a person or company working for the public sector);
    /// - art. 9 data: a ground of art. 9, stk. 2 — a national basis (step 5) or health care by a
    ///   health-sector person under secrecy (litra h, DBL § 7, stk. 3);
    /// - other and purely private data: a public task (art. 6, stk. 1, litra e).
    static func outsideRoute<R: Recorder>(_ e: inout Evaluation<Values, R>, _ facts: Facts, _ bases: inout Bases, gdpr: Bool) {
        let law = ConfidentialityLaw.self
        let kind = facts.informationKind
        let recipient = facts.recipient
        e.cite(law.otherAuthorityPersonalData)
        if !gdpr {
            bases.necessaryStep = facts.necessaryStepInCase
            bases.supervision = facts.forSupervisionOrControl
            var either = Disjunction()
            either.add(facts.necessaryStepInCase)
            either.add(facts.forSupervisionOrControl)
            e.test(
                law.socialAreaLimit, holds: either.holds,
                LocalizedText(
                    da: "En myndighed på det sociale område må kun videregive følsomme oplysninger, oplysninger om strafbare forhold, væsentlige sociale problemer og andre rent private forhold med udtrykkeligt samtykke, når klart overvejende interesser kræver det, når videregivelsen er et nødvendigt led i sagens behandling, eller når den er nødvendig for en myndigheds tilsyn eller kontrol (persondataloven § 8, stk. 3, til og med 24. maj 2018). At modtageren har brug for oplysningen, er ikke kriteriet.",
                    en: "An authority in the social area may pass on sensitive data, criminal-offence data, serious social problems and other purely private matters only with explicit consent, where clearly overriding interests require it, where the disclosure is a necessary step in the processing of the case, or where it is necessary for an authority's supervision or control (PDL § 8, stk. 3, to 24 May 2018). That the recipient needs the information is not the test."))
            return
        }
        switch kind {
        case .criminalOffence:
            bases.necessaryStep = facts.necessaryStepInCase
            bases.supervision = facts.forSupervisionOrControl
            if recipient == .otherAuthority {
                bases.taskNecessity = facts.recipientNeedsItForTask
            } else {
                bases.readsPublicTask = true
                var all = Conjunction()
                all.add(facts.recipientPerformsPublicTask)
                all.add(facts.recipientNeedsItForTask)
                bases.taskNecessity = all.holds
            }
            var any = Disjunction()
            any.add(bases.taskNecessity)
            any.add(facts.necessaryStepInCase)
            any.add(facts.forSupervisionOrControl)
            let nr = recipient == .otherAuthority ? 3 : 4
            e.test(
                law.criminalDisclosure(nr: 3), holds: any.holds,
                LocalizedText(
                    da: "Oplysninger om strafbare forhold må videregives, når det er nødvendigt for en myndigheds virksomhed eller påkrævet for en afgørelse, myndigheden skal træffe (databeskyttelsesloven § 8, stk. 2, nr. 3) — modtagerens opgave, et nødvendigt led i sagen eller et tilsyn — eller for en persons eller virksomheds opgaver for det offentlige (nr. 4).",
                    en: "Criminal-offence data may be passed on where necessary for an authority's activity or required for a decision it must make (DBL § 8, stk. 2, nr. 3) — the recipient's task, a necessary step in the case, or supervision — or for the tasks of a person or company for the public sector (nr. 4)."))
            if nr == 4 { e.cite(law.criminalDisclosure(nr: 4)) }
        case .sensitive:
            bases.healthCare = facts.art9Ground.map { $0 == .healthCare }
            if facts.art9Ground == nil { bases.art9Open = true }
            e.test(
                law.dblHealthCare, holds: bases.healthCare,
                LocalizedText(
                    da: "Følsomme oplysninger (art. 9) kræver et grundlag i databeskyttelsesforordningens art. 9, stk. 2; at modtageren har brug for dem, er ikke et sådant grundlag. Videregivelsen er nødvendig for forebyggelse, diagnose, sygepleje eller behandling og sker fra en person i sundhedssektoren med lovbestemt tavshedspligt (art. 9, stk. 2, litra h; databeskyttelsesloven § 7, stk. 3).",
                    en: "Sensitive (art. 9) data need a ground of GDPR art. 9, stk. 2; the recipient's need is none. The disclosure is necessary for prevention, diagnosis, nursing or treatment and made by a health-sector person under a statutory duty of secrecy (art. 9, stk. 2, litra h; DBL § 7, stk. 3)."))
            e.cite(law.art9HealthCare)
        case .otherPrivate, .purelyPrivate, .nonConfidential:
            bases.taskNecessity = facts.recipientNeedsItForTask
            e.test(
                law.publicTask, holds: facts.recipientNeedsItForTask,
                LocalizedText(
                    da: "Almindelige personoplysninger — også væsentlige sociale problemer og andre rent private forhold, som ikke er art. 9-oplysninger — må gives til en anden myndighed, når modtageren har brug for dem til sin offentlige opgave (forvaltningsloven § 28, stk. 1; databeskyttelsesforordningen art. 6, stk. 1, litra e). Databeskyttelsesloven har ingen særregel for det sociale område.",
                    en: "Ordinary personal data — including serious social problems and other purely private matters that are not art. 9 data — may go to another authority when it needs them for its public task (FVL § 28, stk. 1; GDPR art. 6, stk. 1, litra e). DBL has no special rule for the social area."))
        }
    }

    /// Whether the consent fact is a valid consent to this disclosure: explicit and specific,
    /// from a citizen established as able to consent (a consent from a person who cannot give
    /// one is no consent, and capacity is not presumed: fail closed).
    @usableFromInline
    static func consentHolds(_ facts: Facts) -> Bool? {
        guard let consent = facts.consent else { return nil }
        guard consent == .explicitSpecific else { return false }
        return facts.citizenCanConsent
    }

    /// Records the unknown facts, most decisive first: facts that could alone permit the
    /// disclosure to any recipient (a legal duty, danger), then the child notification, then
    /// consent, then the art. 9 ground, then the facts of the recipient's own route.
    static func recordMissing<R: Recorder>(
        _ e: inout Evaluation<Values, R>, _ facts: Facts, _ bases: Bases, gdpr: Bool
    ) {
        if bases.legalDuty == nil { e.missing("legalDutyToDisclose") }
        if bases.danger == nil { e.missing("imminentDangerToLifeOrHealth") }
        if bases.childNotification == nil { e.missing("childConcern") }
        if bases.consent == nil {
            if facts.consent == nil { e.missing("consent") } else if facts.citizenCanConsent == nil { e.missing("citizenCanConsent") }
        }
        if bases.art9Open { e.missing("art9Ground") }
        if bases.guardian == nil { e.missing("guardianScopeCoversMatter") }
        // The SEL § 82 conditions also decide whether a relative's national basis (step 5) is read.
        if bases.careDuty == nil || (bases.nationalBasis == nil && facts.recipient == .relative) {
            if facts.substantiallyReducedMentalFunction == nil { e.missing("substantiallyReducedMentalFunction") }
            if facts.citizenCanConsent == nil { e.missing("citizenCanConsent") }
            if facts.forCareInvolvement == nil { e.missing("forCareInvolvement") }
            if (!gdpr || facts.informationKind == .criminalOffence) && facts.necessaryStepInCase == nil {
                e.missing("necessaryStepInCase")
            }
        }
        if bases.necessaryStep == nil { e.missing("necessaryStepInCase") }
        if bases.supervision == nil { e.missing("forSupervisionOrControl") }
        if bases.taskNecessity == nil {
            if facts.recipientNeedsItForTask == nil { e.missing("recipientNeedsItForTask") }
            if bases.readsPublicTask && facts.recipientPerformsPublicTask == nil {
                e.missing("recipientPerformsPublicTask")
            }
        }
    }

    /// Cites the data-protection provisions that back the basis on the date.
    static func citeBasisProvisions<R: Recorder>(_ e: inout Evaluation<Values, R>, _ basis: DisclosureBasis, _ facts: Facts) {
        let date = e.context.asOf
        let law = ConfidentialityLaw.self
        let gdpr = law.gdprApplies(on: date)
        let kind = facts.informationKind
        // Before 2018-05-25 a social-area authority disclosing PDL §§ 7–8 data rests on PDL
        // § 8, stk. 3 (stk. 6 does not extend the § 7 grounds to it).
        let socialAreaData = !gdpr && facts.recipient.isThirdParty
        switch basis {
        case .legalDuty, .childNotification:
            e.cite(law.legalObligation(on: date))
        case .danger:
            if socialAreaData {
                e.test(
                    law.pdlOverridingInterests, holds: true,
                    LocalizedText(
                        da: "For en myndighed på det sociale område hviler videregivelsen på persondataloven § 8, stk. 3, jf. stk. 2, nr. 2: klart overvejende private eller offentlige interesser, herunder hensynet til borgeren selv.",
                        en: "For an authority in the social area the disclosure rests on PDL § 8, stk. 3, jf. stk. 2, nr. 2: clearly overriding private or public interests, including the citizen's own."))
                e.cite(law.socialAreaLimit)
            } else if gdpr && kind == .sensitive && facts.citizenCanConsent == false {
                e.test(
                    law.art9VitalInterests, holds: true,
                    LocalizedText(
                        da: "Borgeren kan ikke give samtykke, og videregivelsen er nødvendig for at beskytte vitale interesser.",
                        en: "The citizen cannot consent, and the disclosure is necessary to protect vital interests."))
            } else if gdpr && kind == .criminalOffence {
                e.cite(law.criminalDisclosure(nr: 2))
            }
        case .consent:
            if socialAreaData {
                e.cite(law.pdlExplicitConsent)
                e.cite(law.socialAreaLimit)
            } else if gdpr && kind == .sensitive {
                e.cite(law.art9Consent)
                e.cite(law.dblArt9Grounds)
            } else if gdpr && kind == .criminalOffence {
                e.cite(law.criminalDisclosure(nr: 1))
            }
        case .taskNecessity:
            if gdpr && kind == .criminalOffence && facts.recipient.isOutsideAuthority {
                e.cite(law.criminalDisclosure(nr: facts.recipient == .otherAuthority ? 3 : 4))
            }
        case .necessaryStep, .supervision:
            e.cite(gdpr ? law.criminalDisclosure(nr: 3) : law.socialAreaLimit)
        case .healthCare:
            e.cite(law.art9HealthCare)
        default:
            break
        }
    }

    /// Whether the basis sets confidentiality aside without the citizen's consent, so that the
    /// citizen must be told.
    @usableFromInline
    static func setsConfidentialityAside(_ basis: DisclosureBasis, _ recipient: DisclosureRecipient) -> Bool {
        switch basis {
        case .childNotification, .legalDuty, .danger, .vitalInterests, .careDuty, .necessaryStep, .supervision,
            .nationalBasis, .healthCare:
            return true
        case .taskNecessity: return !recipient.isWithinMunicipality
        default: return false
        }
    }

    static func obligeAfterDisclosure<R: Recorder>(_ e: inout Evaluation<Values, R>, _ basis: DisclosureBasis, _ facts: Facts) {
        let date = e.context.asOf
        let law = ConfidentialityLaw.self
        if setsConfidentialityAside(basis, facts.recipient) {
            e.oblige(
                ObligationCode("inform-citizen"), law.informCitizen(on: date),
                LocalizedText(
                    da: "Fortæl borgeren, hvilke oplysninger der er givet videre, til hvem og hvorfor — medmindre det i sig selv skaber fare for borgeren eller andre.",
                    en: "Tell the citizen what was passed on, to whom and why — unless telling them would itself create danger to the citizen or others."))
            if let local = e.context.municipality as? any ConfidentialityLocalPolicy,
                let rule = local.informCitizenRule(on: date)
            {
                e.test(
                    rule, holds: true,
                    LocalizedText(
                        da: "Kommunens egen regel (\(rule.description)): når en medarbejder tilsidesætter tavshedspligten, skal borgeren have at vide, at det sker.",
                        en: "The municipality's own rule (\(rule.description)): when staff set confidentiality aside, they tell the citizen that it happens."))
            }
        }
        if basis != .consent && basis != .notConfidential {
            e.oblige(
                ObligationCode("document-assessment"), law.notatpligt(on: date),
                LocalizedText(
                    da: "Skriv i sagen, hvad der blev givet videre, til hvem, på hvilket grundlag og hvorfor.",
                    en: "Record in the case what was passed on, to whom, on which basis and why."))
        }
        if basis != .notConfidential {
            e.oblige(
                ObligationCode("disclose-minimum"), law.minimisation(on: date),
                LocalizedText(
                    da: "Giv kun de oplysninger videre, som formålet kræver — ikke hele sagen.",
                    en: "Pass on only what the purpose requires — not the whole case."))
        }
    }

    static func obligeChildNotification<R: Recorder>(_ e: inout Evaluation<Values, R>, _ citation: Citation) {
        e.oblige(
            ObligationCode("notify-municipality-child"), citation,
            LocalizedText(
                da: "Underret kommunen (børneområdet) om barnet efter \(citation.description). Underretningspligten gælder uanset tavshedspligten og er personlig.",
                en: "Notify the municipality (children's services) about the child under \(citation.description). The duty applies regardless of confidentiality and is personal."))
    }
}

extension DisclosureRecipient {
    /// Whether the recipient is a third party outside the municipality that does not act for
    /// the citizen (not a guardian or party representative): the recipients for which a
    /// specific national basis for art. 9 data (``Art9Ground/nationalBasis``) is read, and to
    /// which PDL § 8, stk. 3 limited a social-area authority's disclosures before 2018-05-25.
    @inlinable var isThirdParty: Bool {
        switch self {
        case .otherAuthority, .healthProfessional, .emergencyServices, .relative, .privateParty: true
        case .sameAdministration, .otherAdministration, .guardian, .partyRepresentative: false
        }
    }

}

/// Two facts that cannot both be true of one case, named so that a host can correct them.
public struct ConfidentialityContradiction: Sendable, Hashable {
    /// The contract name of the fact to correct (without the `facts.` prefix).
    public let field: String
    /// What contradicts what.
    public let message: String

    /// Creates a contradiction.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// The bad-input error: `out-of-range` on `facts.<field>`, as elsewhere in the library.
    public var error: PolicyError {
        PolicyError(code: .outOfRange, field: "facts." + field, message: message)
    }
}
