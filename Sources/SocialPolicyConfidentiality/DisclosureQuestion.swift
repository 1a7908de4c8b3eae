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
        /// The recipient needs it for its own task (saglig grund).
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

        /// Creates the facts; every fact but the first two is unknown unless given.
        public init(
            informationKind: InformationKind, recipient: DisclosureRecipient,
            recipientNeedsItForTask: Bool? = nil, consent: CitizenConsent? = nil,
            citizenCanConsent: Bool? = nil, legalDutyToDisclose: Bool? = nil,
            imminentDangerToLifeOrHealth: Bool? = nil, substantiallyReducedMentalFunction: Bool? = nil,
            forCareInvolvement: Bool? = nil, guardianScopeCoversMatter: Bool? = nil,
            childConcern: Bool? = nil
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
                childConcern: provider.childConcern)
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
    /// Every fact of `QUESTIONS.md` §2.
    public static let factSpecs: [FactSpec] = [
        .enumeration("informationKind", InformationKind.self, required: true,
                     "sensitive (GDPR art. 9 / rent private forhold), criminal-offence, other-private, non-confidential"),
        .enumeration("recipient", DisclosureRecipient.self, required: true,
                     "who receives it; other-administration = another forvaltning of the same municipality"),
        FactSpec("recipientNeedsItForTask", .bool, "the recipient needs it for its own task (saglig grund)"),
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
    ]
    /// The versions of the law, gap-free from 2013-01-01.
    public static let ruleSets = ConfidentialityLaw.disclosureRuleSets

    /// Reads the typed facts from a validated bag.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(
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
            childConcern: try bag.bool("childConcern"))
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
        var taskNecessity: Bool? = false
        /// The task route is unknown because the law is unsettled, not because a fact is.
        var taskIsOpenQuestion = false

        /// The first basis that holds, `.none` if none does.
        var established: DisclosureBasis {
            if childNotification == true { return .childNotification }
            if legalDuty == true { return .legalDuty }
            if danger == true { return .danger }
            if consent == true { return .consent }
            if guardian == true { return .guardian }
            if representative == true { return .representative }
            if careDuty == true { return .careDuty }
            if taskNecessity == true { return .taskNecessity }
            return .noBasis
        }

        var anyUnknown: Bool {
            childNotification == nil || legalDuty == nil || danger == nil || consent == nil || guardian == nil
                || representative == nil || careDuty == nil || taskNecessity == nil
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
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let date = e.context.asOf
        let law = ConfidentialityLaw.self
        let child = law.childNotification(on: date)
        let gdpr = law.gdprApplies(on: date)

        // Information that is not confidential is not covered by the duty of confidentiality.
        guard facts.informationKind != .nonConfidential else {
            e.test(
                law.confidentiality, holds: false,
                LocalizedText(
                    da: "Oplysningen er ikke fortrolig, så tavshedspligten (forvaltningsloven § 27) hindrer ikke videregivelsen. Databeskyttelsesreglerne gælder dog stadig for personoplysninger.",
                    en: "The information is not confidential, so the duty of confidentiality (FVL § 27) does not prevent passing it on. Data-protection rules still apply to personal data."))
            e.verdict.values.basis = .notConfidential
            e.verdict.outcome = .permitted
            if facts.childConcern == true { obligeChildNotification(&e, child) }
            return
        }
        e.test(
            law.confidentiality, holds: true,
            LocalizedText(
                da: "Oplysningen er fortrolig. Den må kun videregives, hvis der er et grundlag for det (forvaltningsloven § 27 og straffeloven § 152).",
                en: "The information is confidential. It may be passed on only on a legal basis (FVL § 27 and STRFL § 152)."))

        var bases = Bases()
        let recipient = facts.recipient

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
        e.test(
            law.consentDefinition, holds: bases.consent,
            LocalizedText(
                da: "Borgeren, som er i stand til at give samtykke, har givet et udtrykkeligt og specifikt samtykke til netop denne videregivelse (forvaltningsloven § 28, stk. 3). Et generelt samtykke, et afslag, et tilbagekaldt samtykke eller intet samtykke er ikke et samtykke.",
                en: "The citizen, who is able to consent, has given explicit, specific consent to this very disclosure (FVL § 28, stk. 3). A blanket consent, a refusal, a revoked consent or no consent is not consent."))

        // 5. The recipient's own route.
        switch recipient {
        case .guardian:
            bases.guardian = facts.guardianScopeCoversMatter
            e.test(
                law.guardianScope, holds: facts.guardianScopeCoversMatter,
                LocalizedText(
                    da: "Værgen handler på borgerens vegne, men kun inden for værgemålet (værgemålsloven § 5). Uden for værgemålet er værgen en udenforstående.",
                    en: "The guardian acts for the citizen, but only within the værgemål (VML § 5). Outside it, the guardian is a third party."))
        case .partyRepresentative:
            bases.representative = true
            e.test(
                law.representative, holds: true,
                LocalizedText(
                    da: "Modtageren er borgerens partsrepræsentant (forvaltningsloven § 8), som kommunen skal kommunikere med i sagen.",
                    en: "The recipient is the citizen's party representative (FVL § 8), with whom the municipality deals in the case."))
        case .relative:
            var care = Conjunction()
            care.add(facts.substantiallyReducedMentalFunction)
            care.add(facts.citizenCanConsent.map { !$0 })
            care.add(facts.forCareInvolvement)
            bases.careDuty = care.holds
            e.test(
                law.careDuty, holds: care.holds,
                LocalizedText(
                    da: "Pårørende kan inddrages i varetagelsen af borgerens interesser, når borgeren har betydelig nedsat psykisk funktionsevne og ikke selv kan give samtykke, og formålet er at inddrage dem i omsorgen (serviceloven § 82, stk. 2).",
                    en: "Relatives may be involved in safeguarding the citizen's interests when the citizen has substantially reduced mental function and cannot consent, and the purpose is to involve them in the citizen's care (SEL § 82, stk. 2)."))
        case .sameAdministration, .otherAdministration:
            bases.taskNecessity = facts.recipientNeedsItForTask
            e.test(
                law.internalTask, holds: facts.recipientNeedsItForTask,
                LocalizedText(
                    da: "Kommunen er én myndighed. Internt må oplysningen kun gives til en medarbejder, der har brug for den til sin egen opgave (saglig grund; forvaltningsloven § 32). Nysgerrighed er ikke en saglig grund.",
                    en: "The municipality is one authority. Inside it, the information may go only to staff who need it for their own task (a relevant reason; FVL § 32). Curiosity is not a reason."))
        case .otherAuthority, .healthProfessional, .emergencyServices:
            if facts.informationKind == .otherPrivate && gdpr {
                bases.taskNecessity = facts.recipientNeedsItForTask
                e.test(
                    law.publicTask, holds: facts.recipientNeedsItForTask,
                    LocalizedText(
                        da: "Almindelige personoplysninger må gives til en anden myndighed, når modtageren har brug for dem til sin offentlige opgave (forvaltningsloven § 28, stk. 1; databeskyttelsesforordningen art. 6, stk. 1, litra e).",
                        en: "Ordinary personal data may go to another authority when it needs them for its public task (FVL § 28, stk. 1; GDPR art. 6, stk. 1, litra e)."))
                e.cite(law.otherAuthorityPersonalData)
            } else {
                let area = law.socialAreaLimit(on: date)
                if facts.recipientNeedsItForTask == true {
                    bases.taskNecessity = nil
                    bases.taskIsOpenQuestion = true
                } else {
                    bases.taskNecessity = facts.recipientNeedsItForTask
                }
                e.test(
                    area, holds: bases.taskNecessity,
                    LocalizedText(
                        da: "En myndighed på det sociale område må kun give følsomme oplysninger og oplysninger om strafbare forhold til andre myndigheder med udtrykkeligt samtykke, når klart overvejende interesser kræver det, eller når det er et nødvendigt led i sagens behandling (\(area.description)). At modtageren har brug for oplysningen, afgør ikke alene spørgsmålet.",
                        en: "An authority in the social area may pass sensitive and criminal-offence data to other authorities only with explicit consent, where clearly outweighing interests require it, or as a necessary step in the case (\(area.description)). That the recipient needs the information does not settle it alone."))
                e.cite(law.otherAuthorityPersonalData)
            }
        case .privateParty:
            e.test(
                law.criminalConfidentiality, holds: false,
                LocalizedText(
                    da: "En privat modtager kan kun få fortrolige oplysninger med borgerens samtykke, efter en lov eller for at afværge fare.",
                    en: "A private recipient may receive confidential information only with the citizen's consent, under a statute, or to avert danger."))
        }

        let national = bases.outcome

        // 6. The municipality's own rules, after national law: they may only restrict.
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
            if final.taskIsOpenQuestion && final.taskNecessity == nil {
                e.verdict.values.openLegalQuestion = .socialAreaNecessaryStep
            }
            recordMissing(&e, facts, final)
        default:
            e.verdict.values.basis = DisclosureBasis.noBasis
        }
        if facts.childConcern == true { obligeChildNotification(&e, child) }
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
    /// consent, then the facts of the recipient's own route.
    static func recordMissing<R: Recorder>(
        _ e: inout Evaluation<Values, R>, _ facts: Facts, _ bases: Bases
    ) {
        if bases.legalDuty == nil { e.missing("legalDutyToDisclose") }
        if bases.danger == nil { e.missing("imminentDangerToLifeOrHealth") }
        if bases.childNotification == nil { e.missing("childConcern") }
        if bases.consent == nil {
            if facts.consent == nil { e.missing("consent") } else if facts.citizenCanConsent == nil { e.missing("citizenCanConsent") }
        }
        if bases.guardian == nil { e.missing("guardianScopeCoversMatter") }
        if bases.careDuty == nil {
            if facts.substantiallyReducedMentalFunction == nil { e.missing("substantiallyReducedMentalFunction") }
            if facts.citizenCanConsent == nil { e.missing("citizenCanConsent") }
            if facts.forCareInvolvement == nil { e.missing("forCareInvolvement") }
        }
        if bases.taskNecessity == nil && facts.recipientNeedsItForTask == nil { e.missing("recipientNeedsItForTask") }
    }

    /// Cites the data-protection provisions that back the basis on the date.
    static func citeBasisProvisions<R: Recorder>(_ e: inout Evaluation<Values, R>, _ basis: DisclosureBasis, _ facts: Facts) {
        let date = e.context.asOf
        let law = ConfidentialityLaw.self
        switch basis {
        case .legalDuty, .childNotification:
            e.cite(law.legalObligation(on: date))
        case .danger:
            if facts.informationKind == .sensitive && facts.citizenCanConsent == false {
                e.test(
                    law.vitalInterests(on: date), holds: true,
                    LocalizedText(
                        da: "Borgeren kan ikke give samtykke, og videregivelsen er nødvendig for at beskytte vitale interesser.",
                        en: "The citizen cannot consent, and the disclosure is necessary to protect vital interests."))
            }
            if facts.informationKind == .criminalOffence {
                e.cite(law.criminalDataOutweighing(on: date))
            }
        case .consent:
            if facts.informationKind == .sensitive { e.cite(law.explicitConsent(on: date)) }
        default:
            break
        }
    }

    /// Whether the basis sets confidentiality aside without the citizen's consent, so that the
    /// citizen must be told.
    @usableFromInline
    static func setsConfidentialityAside(_ basis: DisclosureBasis, _ recipient: DisclosureRecipient) -> Bool {
        switch basis {
        case .childNotification, .legalDuty, .danger, .vitalInterests, .careDuty: return true
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
