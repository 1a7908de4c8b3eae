import SocialPolicyCore

/// A municipality's own rules on coercion, added to national law.
///
/// ## Implementation requirements
/// - Only add duties: a local rule can never make a measure lawful that national law does
///   not. The library applies it after the national rules, and only to a measure that was
///   used (`permitted`, or force outside the catalogue).
/// - Give every rule its document's validity period and return `nil` outside it.
public protocol CoercionLocalPolicy: MunicipalPolicy {
    /// The local provision requiring an extraordinary follow-up of the person's plans after
    /// coercion, if one is in force on `date`.
    func coercionFollowUpRule(on date: CivilDate) -> Citation?
}

extension CoercionLocalPolicy {
    /// No local rule.
    public func coercionFollowUpRule(on date: CivilDate) -> Citation? { nil }
}

/// `coercion.intervention`: may this measure be used on this person on `asOf`, and what
/// follows if it is? Serviceloven afsnit VII (§§ 123–137 j), every regime since 2011.
///
/// ```swift
/// var facts = CoercionQuestion.Facts(intervention: .holdOrMove)
/// facts.significantPermanentImpairment = true
/// let verdict = try CoercionQuestion.verdict(for: facts, asOf: CivilDate(2013, 3, 1))
/// verdict.outcome // .undetermined until every condition is known
/// ```
public enum CoercionQuestion: PolicyQuestion {
    /// The values of a coercion decision (all absent until set).
    public struct Values: DecisionValues, Hashable {
        /// The provision, e.g. `SEL § 126`.
        public var section: Citation?
        /// The chapter that applies (from 2020).
        public var targetGroup: TargetGroup?
        /// Whether an afgørelse is needed before use.
        public var requiresPriorDecision: Bool?
        /// Who may authorise the measure on `asOf`.
        public var decidedBy: DecidedBy?
        /// The maximum life of a decision, where set.
        public var maxDurationMonths: Int?
        /// For force outside the catalogue: only nødret/nødværge can excuse it.
        public var emergencyDefenceOnly: Bool?
        /// For `not-applicable`: why.
        public var reason: NotApplicableReason?
        /// For an undetermined point of law: its code.
        public var openLegalQuestion: CoercionOpenQuestion?

        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("section", section.map { $0.description })
            fields.add("targetGroup", targetGroup)
            fields.add("requiresPriorDecision", requiresPriorDecision)
            fields.add("decidedBy", decidedBy)
            fields.add("maxDurationMonths", maxDurationMonths)
            fields.add("emergencyDefenceOnly", emergencyDefenceOnly)
            fields.add("reason", reason)
            fields.add("openLegalQuestion", openLegalQuestion)
            return fields
        }
    }

    /// The contract's question id.
    public static let id = "coercion.intervention"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Må dette indgreb bruges over for personen, og hvad følger af det?",
        en: "May this measure be used on this person, and what follows if it is?")

    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        .enumeration("intervention", Intervention.self, required: true, "the measure"),
        FactSpec("significantPermanentImpairment", .bool, "betydelig og varigt nedsat psykisk funktionsevne"),
        FactSpec("impairmentDocumented", .bool, "den fornødne faglige dokumentation foreligger"),
        FactSpec("receivesQualifyingHelp", .bool, "receives help under SEL §§ 83–87, 101–102, 103–104 (or lives in §§ 107–108)"),
        FactSpec("dementiaOrProgressiveDecline", .bool, "the impairment is due to demens / erhvervet fremadskridende mental svækkelse (kap. 24 b vs 24 a from 2020)"),
        .enumeration("consent", Consent.self, "the person's own consent; passivity is not consent; a relative's or guardian's consent is never the person's"),
        FactSpec("voluntaryCooperationAttempted", .bool, "everything possible was done to obtain voluntary cooperation (§ 124 stk. 2)"),
        FactSpec("lessIntrusiveMeasureSufficient", .bool, "a less intrusive measure, including care and pedagogy, would suffice (§ 124 stk. 3)"),
        FactSpec("isMedicalTreatment", .bool, "the act is health treatment (e.g. inserting a catheter), not care"),
        FactSpec("riskOfPersonalInjury", .bool, "risiko for personskade"),
        FactSpec("imminentRiskOfSeriousInjury", .bool, "nærliggende risiko for væsentlig personskade"),
        FactSpec("absolutelyNecessary", .bool, "forholdene gør det absolut påkrævet / absolut nødvendigt"),
        FactSpec("riskArisesFromLeaving", .bool, "the risk arises when the person leaves the offer"),
        FactSpec("otherMeasuresTriedInVain", .bool, "the Act's other, milder options were tried or considered in vain"),
        .enumeration("hygieneSituation", HygieneSituation.self, "for hygiene holding"),
        FactSpec("purposeIsFallPreventionOnly", .bool, "the belt's sole purpose is to prevent falls"),
        FactSpec("dangerousBehaviour", .bool, "adfærd til fare for personen selv eller andre"),
        FactSpec("severelyTransgressiveBehaviour", .bool, "meget grænseoverskridende / meget konfliktskabende adfærd over for andre"),
        FactSpec("enteredOthersHomeAgainstWish", .bool, "has entered another resident's home against that resident's wish"),
        FactSpec("grippingPersonOrDoorHandle", .bool, "grips another person, or the door handle of another's home"),
        FactSpec("riskOfSubstantialPropertyDamage", .bool, "risk of væsentlig ødelæggelse af indbo eller andre værdier"),
        FactSpec("technologyOnApprovedList", .bool, "the welfare technology is on the minister's list"),
        FactSpec("moveAbsolutelyNecessaryForHelp", .bool, "§ 129: the move is absolutely necessary for the help"),
        FactSpec("helpImpossibleInCurrentHome", .bool, "§ 129: the help cannot be given in the current home"),
        FactSpec("cannotOverseeConsequences", .bool, "§ 129: the person cannot oversee the consequences"),
        FactSpec("exposesSelfToSeriousInjury", .bool, "§ 129: the person exposes themself to serious injury"),
        FactSpec("irresponsibleNotToMove", .bool, "§ 129: it is irresponsible not to move the person"),
        FactSpec("vacantPlaceAvailable", .bool, "§ 129: a concrete vacant place now or within a short, stated period"),
        FactSpec("impairmentFromMentalIllness", .bool, "§ 129 a: the impairment results from a sindslidelse"),
        FactSpec("dangerToResidentsOrStaff", .bool, "§ 129 a: danger to, or threatening towards, residents or staff"),
        FactSpec("irresponsibleForOthersSafety", .bool, "§ 129 a: irresponsible towards others' safety not to move"),
        FactSpec("newPlaceBetterSuited", .bool, "§ 129 a: the new place is better suited"),
        FactSpec("guardianConsents", .bool, "værge / fremtidsfuldmægtig tiltræder (counts only for the admission routes that say so)"),
        FactSpec("hasGuardian", .bool, "a værge or fremtidsfuldmægtig exists for personal matters"),
        FactSpec("hasDecision", .bool, "a prior decision (afgørelse) authorising this measure for this person exists"),
        FactSpec("decisionDate", .date, "when that decision was made (for its maximum duration)"),
    ]

    /// The versions of `sel-coercion`.
    public static let ruleSets = RuleSetCatalogue([
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2011, 1, 1), validTo: CivilDate(2013, 6, 30),
            title: "R2013a: kapitel 24 (§§ 124–129) as amended by lov nr. 408/2010; appeals to de sociale nævn",
            enactedBy: "lov nr. 408 af 21/04/2010 (L 113, 2009-10); LBK 810 af 19/07/2012; https://ft.dk/samling/20091/lovforslag/l113/20091_l113_som_fremsat.htm"),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2013, 7, 1), validTo: CivilDate(2016, 12, 31),
            title: "R2013b: de sociale nævn abolished; Ankestyrelsen the appeal body",
            enactedBy: "lov nr. 493 af 21/05/2013 (L 158, 2012-13); https://ast.dk/nyheder/nyheder/nyheder-2013/ny-klagestruktur-pa-det-sociale-og-beskaeftigelsesmaessige-omrade"),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2017, 1, 1), validTo: CivilDate(2019, 3, 31),
            title: "R2017: LBK 1270/2016, BEK 1140/2016; § 129 a enacted (start unverified)",
            enactedBy: "LBK 1270 af 24/10/2016; BEK 1140 af 29/08/2016; L 206 (2016-17); https://www.retsinformation.dk/Forms/R0710.aspx?id=185656"),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2019, 4, 1), validTo: CivilDate(2019, 12, 31),
            title: "R2019: Familieretshuset replaces Statsforvaltningen for §§ 129 and 129 a",
            enactedBy: "lov nr. 1711 af 27/12/2018 § 13; https://familieretshuset.dk/nyheder/familiesager-flyttes-automatisk-fra-statsforvaltningen"),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2020, 1, 1), validTo: CivilDate(2024, 6, 30),
            title: "R2020: kapitel 24, 24 a, 24 b, 24 c; §§ 124 b–d replace § 126",
            enactedBy: "lov nr. 498 af 01/05/2019 (L 156, 2018-19); BEK 1239 af 22/11/2019; https://ft.dk/samling/20181/lovforslag/l156/20181_l156_som_fremsat.htm"),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2024, 7, 1), validTo: CivilDate(2024, 12, 31),
            title: "R2024: L 188 (2023-24): § 124 d rewritten (release of grip, fastholdelse for all)",
            enactedBy: "L 188 (2023-24), adopted 04/06/2024; https://ft.dk/samling/20231/lovforslag/l188/20231_l188_som_fremsat.htm"),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2025, 1, 1), validTo: nil,
            title: "R2025: remaining L 188 elements; Det Socialfaglige Nævn; BEK 1411/2024",
            enactedBy: "L 188 (2023-24); BEK 1411 af 05/12/2024; LBK 155 af 11/02/2025; https://elov.dk/serviceloven/paragraf/134"),
    ])

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        var facts = Facts(intervention: try bag.required("intervention", as: Intervention.self))
        for fact in CoercionFact.allCases where fact != .hygieneSituationOnList {
            facts[fact] = try bag.bool(fact.rawValue)
        }
        facts.consent = try bag.value("consent", as: Consent.self)
        facts.hygieneSituation = try bag.value("hygieneSituation", as: HygieneSituation.self)
        facts.decisionDate = try bag.date("decisionDate")
        return facts
    }

    // MARK: - Rules

    static let strfl13 = Citation(.strfl, "13")
    static let strfl14 = Citation(.strfl, "14")
    static let complaintGuidance = Citation(.fvl, "25")
    static let guardianCitation = Citation(.sel, "133", stk: 3)
    static let fob20179 = Citation(.fob, "2017-9")

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let regime = CoercionRegime(e.context.ruleSet)
        let asOf = e.context.asOf

        // 1. Force outside the catalogue: always denied, always reported.
        let route = CoercionRules.route(for: facts.intervention, in: regime, on: asOf)
        if case .outsideCatalogue = route {
            e.verdict.values.emergencyDefenceOnly = true
            e.test(Citation(.sel, "124 a"), holds: false, LocalizedText(
                da: "Magtanvendelse uden for lovens udtømmende katalog er ulovlig. Den kan højst være straffri som nødværge (straffeloven § 13) eller nødret (straffeloven § 14).",
                en: "Force outside the Act's exhaustive catalogue is unlawful. At most it may be unpunishable as self-defence (Criminal Code § 13) or necessity (§ 14)."))
            e.cite(strfl13)
            e.cite(strfl14)
            e.verdict.outcome = .denied
            obligeUse(facts, regime: regime, provision: nil, into: &e)
            return
        }

        // 2. Valid consent: no coercion.
        if facts.consent == .valid {
            e.verdict.values.reason = .validConsent
            e.test(CoercionRules.consentCitation, holds: false, LocalizedText(
                da: "Personen har forud givet et gyldigt, informeret samtykke. Der er ikke tale om magtanvendelse, og reglerne finder ikke anvendelse.",
                en: "The person gave valid, informed consent beforehand. This is not coercion, and the rules do not apply."))
            e.verdict.outcome = .notApplicable
            return
        }

        // 3. The route in this regime.
        let provision: CoercionProvision
        switch route {
        case .outsideCatalogue:
            return
        case .notCoercion(let reason, let citation):
            e.verdict.values.reason = reason
            e.test(citation, holds: false, reason == .houseRulesNotCoercion
                ? LocalizedText(
                    da: "En husorden er ikke magtanvendelse og kan aldrig være grundlag for magtanvendelse.",
                    en: "House rules are not coercion and can never be a basis for force.")
                : regime >= .r2024
                    ? LocalizedText(
                        da: "Fysisk guidning og konfliktafværgelse (at stille sig mellem personen og andre) er ikke magtanvendelse og registreres ikke; de må ikke indebære fastholdelse (så gælder § 124 d).",
                        en: "Physical guidance and conflict prevention (standing between the person and others) are not coercion and are not registered; they must not involve holding (then § 124 d applies).")
                    : LocalizedText(
                        da: "Fysisk guidning er ikke magtanvendelse og registreres ikke; den må ikke indebære fastholdelse (så gælder § 124 d).",
                        en: "Physical guidance is not coercion and is not registered; it must not involve holding (then § 124 d applies)."))
            e.verdict.outcome = .notApplicable
            return
        case .noLegalBasis(let citation):
            e.test(citation, holds: false, facts.intervention == .houseRules
                ? LocalizedText(
                    da: "Serviceloven, som den gjaldt \(asOf.danishText), havde ingen regel om husorden i bo- og dagtilbud, og en husorden kan aldrig være grundlag for magtanvendelse; kun de indgreb, loven nævner, er tilladt.",
                    en: "The Social Services Act as in force on \(asOf.englishText) had no rule on house rules in residential and day offers, and house rules can never be a basis for force; only the measures the Act lists are allowed.")
                : LocalizedText(
                    da: "Indgrebet har ingen hjemmel i serviceloven, som den gjaldt \(asOf.danishText). Andre indgreb end dem, loven nævner, er ikke tilladt. Situationen må i stedet vurderes efter den bestemmelse, der dengang gjaldt (\(citation.description)), og dens betingelser.",
                    en: "The measure has no basis in the Social Services Act as in force on \(asOf.englishText). Measures the Act does not list are not allowed. The situation must instead be assessed under the provision then in force (\(citation.description)) and its conditions."))
            e.verdict.outcome = .denied
            return
        case .provision(let found):
            provision = found
        }

        var values = Values()
        values.section = provision.section
        values.requiresPriorDecision = provision.requiresPriorDecision
        values.decidedBy = provision.authority.decidedBy(in: regime)
        values.maxDurationMonths = provision.maxDurationMonths
        if regime.hasTargetGroupSplit { values.targetGroup = provision.targetGroup }
        e.verdict.values = values
        e.cite(provision.section)

        var all = Conjunction()
        var openQuestion: CoercionOpenQuestion? = nil

        // 4. Consent: refuses, passive or unable → the rules apply; unknown → undetermined.
        switch facts.consent {
        case nil:
            e.test(CoercionRules.consentCitation, holds: nil, LocalizedText(
                da: "Det er ukendt, om personen samtykker. Passivitet er ikke samtykke, og pårørendes eller værges samtykke tæller ikke.",
                en: "Whether the person consents is unknown. Passivity is not consent, and a relative's or guardian's consent does not count."))
            e.missing("consent")
            all.add(nil)
        case let consent?:
            e.test(CoercionRules.consentCitation, holds: true, consent == .passive
                ? LocalizedText(
                    da: "Personen er passiv. Passivitet er ikke samtykke; reglerne om magtanvendelse gælder.",
                    en: "The person is passive. Passivity is not consent; the coercion rules apply.")
                : LocalizedText(
                    da: "Personen samtykker ikke (modsætter sig eller kan ikke give samtykke); reglerne om magtanvendelse gælder.",
                    en: "The person does not consent (refuses or cannot consent); the coercion rules apply."))
        }

        // 5. General conditions, each its own reason.
        all.add(check(CoercionRules.notMedicalTreatment, facts, &e))
        for rule in CoercionRules.targetGroup { all.add(check(rule, facts, &e)) }
        all.add(check(CoercionRules.voluntaryCooperation, facts, &e))
        all.add(check(CoercionRules.leastIntrusive, facts, &e))

        // 6. Dementia and alarms: no objection means no coercion (2011–2019, § 125 stk. 2) or
        //    § 136 e (from 2020, wording unverified).
        if facts.intervention == .alarmTracking || (facts.intervention == .welfareTechnology && regime.hasTargetGroupSplit),
            facts.consent == .unable, all.holds != false
        {
            switch facts.dementiaOrProgressiveDecline {
            case true?:
                if !regime.hasTargetGroupSplit {
                    if all.holds == true {
                        e.test(Citation(.sel, "125", stk: 2), holds: true, LocalizedText(
                            da: "Personen har demens eller anden erhvervet fremadskridende mental svækkelse og modsætter sig ikke: alarm- og pejlesystemer kan bruges uden afgørelse og er ikke magtanvendelse.",
                            en: "The person has dementia or acquired progressive decline and does not object: alarm and tracking systems may be used without a decision and are not coercion."))
                        e.verdict.values = Values()
                        e.verdict.values.reason = .dementiaAlarmWithoutObjection
                        e.verdict.outcome = .notApplicable
                        return
                    }
                    // A general condition is unknown: with it established, the answer would be
                    // not-applicable, so nothing short of it can be decided.
                    e.verdict.outcome = .undetermined
                    return
                } else {
                    e.verdict.values.section = CoercionRules.s136e
                    e.verdict.values.targetGroup = .chapter24b
                    e.test(CoercionRules.s136e, holds: nil, LocalizedText(
                        da: "For personer med demens, der ikke modsætter sig, gælder § 136 e om velfærdsteknologi. Bestemmelsens ordlyd er ikke verificeret: et åbent juridisk spørgsmål.",
                        en: "For people with dementia who do not object, § 136 e on welfare technology applies. Its wording is unverified: an open legal question."))
                    e.verdict.values.openLegalQuestion = .section136eObjection
                    e.verdict.outcome = .undetermined
                    return
                }
            case nil:
                e.test(regime.hasTargetGroupSplit ? CoercionRules.s136e : Citation(.sel, "125", stk: 2), holds: nil, LocalizedText(
                    da: "Om personen har demens afgør, om alarmen kan bruges uden afgørelse, når personen ikke modsætter sig.",
                    en: "Whether the person has dementia decides whether the alarm may be used without a decision when the person does not object."))
                e.missing("dementiaOrProgressiveDecline")
                all.add(nil)
            case false?:
                break
            }
        }

        // 6a. Dementia and an objection (or passivity, which the library does not read as
        //     acceptance): the no-objection route does not apply; say so.
        if facts.intervention == .alarmTracking || (facts.intervention == .welfareTechnology && regime.hasTargetGroupSplit),
            facts.dementiaOrProgressiveDecline == true, facts.consent == .refuses || facts.consent == .passive
        {
            e.test(regime.hasTargetGroupSplit ? CoercionRules.s136e : Citation(.sel, "125", stk: 2), holds: false, regime.hasTargetGroupSplit
                ? LocalizedText(
                    da: "Personen har demens, men modsætter sig (passivitet læses ikke som accept). Reglen i § 136 e for personer med demens, der ikke modsætter sig, kommer derfor ikke på tale; der kræves en afgørelse efter § 128 b.",
                    en: "The person has dementia but objects (passivity is not read as acceptance). The § 136 e rule for people with dementia who do not object is therefore out of the question; a § 128 b decision is needed.")
                : LocalizedText(
                    da: "Personen har demens, men modsætter sig (passivitet læses ikke som accept). Alarm uden afgørelse efter § 125, stk. 2, kommer derfor ikke på tale; kommunalbestyrelsen skal træffe afgørelse efter stk. 1.",
                    en: "The person has dementia but objects (passivity is not read as acceptance). An alarm without a decision under § 125, stk. 2 is therefore out of the question; the municipal council must decide under stk. 1."))
        }

        // 7. The provision's conditions. A rule whose fact is stricter than the statute
        //    (`contraryIsOpen`) does not deny when the fact has the other value.
        let beforeConditions = all
        var routeConditions = Conjunction()
        for rule in provision.conditions {
            let holds: Bool?
            if let question = rule.contraryIsOpen, let value = facts[rule.fact], value != rule.requirement.needed {
                e.test(rule.requirement.citation, holds: nil, LocalizedText(
                    da: "Adfærden er oplyst som ikke meget grænseoverskridende. Loven kræver kun grænseoverskridende eller konfliktskabende adfærd; om det foreligger, må vurderes konkret: et åbent spørgsmål.",
                    en: "The behaviour is stated not to be very transgressive. The Act requires only transgressive or conflict-creating behaviour; whether that is present needs a concrete assessment: an open question."))
                if openQuestion == nil { openQuestion = question }
                holds = nil
            } else {
                holds = check(rule, facts, &e)
            }
            if rule.fact != .vacantPlaceAvailable { routeConditions.add(holds) }
            all.add(holds)
        }

        // 7a. Admission: when the § 129 stk. 1 conditions fail for a person who does not actively
        //     object (unable to consent, or passive), the other routes (værge/fremtidsfuldmægtig
        //     tiltræder; "egen interesse"; § 136 f from 2020) may still apply. They are not
        //     encoded, so the case is undetermined, never denied on stk. 1 alone.
        if facts.intervention == .admissionWithoutConsent, routeConditions.holds == false,
            facts.consent == .unable || facts.consent == .passive
        {
            e.test(Citation(.sel, "129"), holds: nil, LocalizedText(
                da: "Betingelserne i § 129, stk. 1, er ikke opfyldt, men personen modsætter sig ikke aktivt. Optagelse kan da efter omstændighederne ske ad en anden vej (værge eller fremtidsfuldmægtig tiltræder, optagelse i personens egen interesse, fra 2020 § 136 f ved demens); disse veje er ikke indarbejdet: et åbent juridisk spørgsmål.",
                en: "The conditions of § 129, stk. 1 are not met, but the person does not actively object. Admission may then be possible by another route (a guardian or lasting power of attorney joins in, admission in the person's own interest, from 2020 § 136 f for dementia); those routes are not encoded: an open legal question."))
            var rest = Conjunction()
            for rule in provision.conditions where rule.fact == .vacantPlaceAvailable {
                rest.add(facts[rule.fact].map { $0 == rule.requirement.needed })
            }
            if rest.holds != false, beforeConditions.holds != false {
                all = beforeConditions
                all.add(nil)
                if openQuestion == nil { openQuestion = .admissionGuardianRoute }
            }
        }

        // 8. Its alternative ways.
        if !provision.branches.isEmpty {
            var any = Disjunction()
            var chosen: CoercionBranch? = nil
            var firstPossible: CoercionBranch? = nil
            // When one way is fully established, only that way is explained (the others'
            // unknown facts are not needed and are not listed as missing).
            var established: CoercionBranch? = nil
            for branch in provision.branches where established == nil && branch.openQuestion == nil {
                var met = true
                for rule in branch.rules where facts[rule.fact] != rule.requirement.needed { met = false }
                if met { established = branch }
            }
            for branch in provision.branches {
                if let established, established != branch { continue }
                var way = Conjunction()
                for rule in branch.rules { way.add(check(rule, facts, &e)) }
                var holds = way.holds
                if holds != false {
                    if firstPossible == nil { firstPossible = branch }
                    if let question = branch.openQuestion {
                        e.test(branch.section, holds: nil, LocalizedText(
                            da: "Betingelserne i \(branch.section.description) er ikke verificeret: et åbent juridisk spørgsmål.",
                            en: "The conditions of \(branch.section.description) are unverified: an open legal question."))
                        if holds == true, openQuestion == nil { openQuestion = question }
                        holds = nil
                    }
                }
                if holds == true, chosen == nil { chosen = branch }
                any.add(holds)
            }
            if let shown = chosen ?? firstPossible {
                e.verdict.values.section = shown.section
                if regime.hasTargetGroupSplit, let group = shown.targetGroup { e.verdict.values.targetGroup = group }
                e.cite(shown.section)
            }
            all.add(any.holds)
        }

        // 9. An unverified provision can at best be undetermined.
        if let question = provision.openQuestion {
            e.test(provision.section, holds: nil, LocalizedText(
                da: "Betingelserne for \(provision.section.description) på \(asOf.danishText) er ikke verificeret: et åbent juridisk spørgsmål.",
                en: "The conditions of \(provision.section.description) on \(asOf.englishText) are unverified: an open legal question."))
            if all.holds != false, openQuestion == nil { openQuestion = question }
            all.add(nil)
        }

        // 10. The prior decision and its life.
        if provision.requiresPriorDecision {
            let section = e.verdict.values.section ?? provision.section
            let has = e.check(facts.hasDecision, CoercionRules.priorDecision(section))
            all.add(has)
            if has == true {
                decisionLife(facts, provision, regime: regime, all: &all, openQuestion: &openQuestion, into: &e)
            }
        }

        e.verdict.outcome = all.outcome
        if e.verdict.outcome == .undetermined { e.verdict.values.openLegalQuestion = openQuestion }
        if e.verdict.outcome == .permitted { obligeUse(facts, regime: regime, provision: provision, into: &e) }
    }

    /// Checks one rule against the facts.
    @inline(__always)
    static func check<R: Recorder>(_ rule: CoercionRule, _ facts: Facts, _ e: inout Evaluation<Values, R>) -> Bool? {
        e.check(facts[rule.fact], rule.requirement)
    }

    /// The decision must exist on `asOf`, not be older than its maximum duration, and not
    /// predate a regime change whose transitional rules are unverified.
    static func decisionLife<R: Recorder>(
        _ facts: Facts, _ provision: CoercionProvision, regime: CoercionRegime,
        all: inout Conjunction, openQuestion: inout CoercionOpenQuestion?, into e: inout Evaluation<Values, R>
    ) {
        let asOf = e.context.asOf
        // The date always matters: a decision dated after `asOf` authorised nothing on it, one
        // made before a regime change rests on sections since changed, and one older than its
        // maximum duration has expired. Unknown, it leaves the case undetermined.
        guard let date = facts.decisionDate else {
            e.test(provision.durationCitation ?? provision.section, holds: nil, LocalizedText(
                da: "Afgørelsens dato er ukendt, så det kan ikke afgøres, om den gav tilladelse på datoen og stadig gælder.",
                en: "The decision's date is unknown, so whether it authorised the measure on the date and still applies cannot be decided."))
            e.missing("decisionDate")
            all.add(nil)
            return
        }
        if date > asOf {
            e.test(provision.section, holds: false, LocalizedText(
                da: "Afgørelsen er dateret \(date.danishText), efter \(asOf.danishText); den gav ikke tilladelse på datoen.",
                en: "The decision is dated \(date.englishText), after \(asOf.englishText); it gave no authority on that date."))
            all.add(false)
            return
        }
        if date < regime.eraStart {
            e.test(provision.section, holds: nil, LocalizedText(
                da: "Afgørelsen (\(date.danishText)) er truffet før reglerne blev ændret \(regime.eraStart.danishText); overgangsreglerne er ikke verificeret: et åbent juridisk spørgsmål.",
                en: "The decision (\(date.englishText)) was made before the rules changed on \(regime.eraStart.englishText); the transitional rules are unverified: an open legal question."))
            if all.holds != false, openQuestion == nil { openQuestion = .decisionBeforeRegimeChange }
            all.add(nil)
            return
        }
        if let months = provision.maxDurationMonths {
            let expiry = date.adding(months: months)
            let within = asOf < expiry
            e.test(provision.durationCitation ?? provision.section, holds: within, within
                ? LocalizedText(
                    da: "Afgørelsen fra \(date.danishText) gælder højst \(months) måneder, til \(expiry.adding(days: -1).danishText); den gælder stadig.",
                    en: "The decision of \(date.englishText) lasts at most \(months) months, to \(expiry.adding(days: -1).englishText); it still applies.")
                : LocalizedText(
                    da: "Afgørelsen fra \(date.danishText) gælder højst \(months) måneder og udløb \(expiry.adding(days: -1).danishText). En udløbet afgørelse giver ingen tilladelse.",
                    en: "The decision of \(date.englishText) lasts at most \(months) months and expired on \(expiry.adding(days: -1).englishText). An expired decision authorises nothing."))
            all.add(within)
        } else if let cap = provision.unverifiedCapMonths, let question = provision.durationQuestion {
            let within = asOf < date.adding(months: cap)
            if !within {
                e.test(provision.durationCitation ?? provision.section, holds: nil, LocalizedText(
                    da: "Afgørelsen fra \(date.danishText) er ældre end \(cap) måneder; om den stadig gælder efter de nugældende regler, er ikke verificeret: et åbent juridisk spørgsmål.",
                    en: "The decision of \(date.englishText) is older than \(cap) months; whether it still applies under the rules now in force is unverified: an open legal question."))
                if all.holds != false, openQuestion == nil { openQuestion = question }
                all.add(nil)
            }
        }
    }

    /// The duties that follow a use: report, reassess, complaint guidance, the guardian, and
    /// local follow-up.
    static func obligeUse<R: Recorder>(
        _ facts: Facts, regime: CoercionRegime, provision: CoercionProvision?, into e: inout Evaluation<Values, R>
    ) {
        e.oblige(ObligationCode("report-intervention"), CoercionRules.reportingCitation(in: regime), regime >= .r2025
            ? LocalizedText(
                da: "Indgrebet skal registreres og indberettes på Social- og Boligstyrelsens obligatoriske skemaer (også ved nødret og nødværge eller uden hjemmel). Fristen fastsættes i bekendtgørelsen og er ikke verificeret; registrér straks.",
                en: "The measure must be registered and reported on the national agency's mandatory forms (also under necessity, self-defence or without a legal basis). The deadline is set by executive order and is unverified; register at once.")
            : LocalizedText(
                da: "Indgrebet skal registreres og indberettes (også ved nødret og nødværge eller uden hjemmel). Fristen fastsættes i bekendtgørelsen og er ikke verificeret; registrér straks.",
                en: "The measure must be registered and reported (also under necessity, self-defence or without a legal basis). The deadline is set by executive order and is unverified; register at once."))
        if let provision {
            if let months = provision.reassessAfterMonths {
                let due = facts.decisionDate.map { $0.adding(months: months) }
                let citation = provision.section.section == "125" ? fob20179 : (provision.durationCitation ?? provision.section)
                e.oblige(ObligationCode("reassess-decision"), citation, due: due, LocalizedText(
                    da: "Afgørelsen skal revurderes senest \(months) måneder efter, at den blev truffet.",
                    en: "The decision must be reassessed no later than \(months) months after it was made."))
            }
            if provision.givesComplaintGuidance {
                e.oblige(ObligationCode("give-complaint-guidance"), complaintGuidance, provision.requiresPriorDecision
                    ? LocalizedText(
                        da: "Afgørelsen skal ledsages af en klagevejledning (forvaltningsloven § 25).",
                        en: "The decision must come with guidance on how to complain (Public Administration Act § 25).")
                    : LocalizedText(
                        da: "Indgrebet efter § 126 er en afgørelse truffet på kommunens vegne; kommunen skal give personen (og en eventuel værge) klagevejledning (forvaltningsloven § 25).",
                        en: "A § 126 hold is a decision made on the municipality's behalf; the municipality must give the person (and any guardian) guidance on how to complain (Public Administration Act § 25)."))
            }
        }
        if facts.hasGuardian == true {
            e.oblige(ObligationCode("involve-guardian"), guardianCitation, LocalizedText(
                da: "Personen har en værge eller fremtidsfuldmægtig, som skal inddrages og orienteres; værgens samtykke er ikke personens samtykke.",
                en: "The person has a guardian or lasting power of attorney, who must be involved and informed; the guardian's consent is not the person's consent."))
        }
        if let local = e.context.municipality as? any CoercionLocalPolicy,
            let rule = local.coercionFollowUpRule(on: e.context.asOf)
        {
            e.oblige(ObligationCode("extraordinary-follow-up"), rule, LocalizedText(
                da: "Efter magtanvendelse tager personalet kontakt til handicapcentret om en ekstraordinær opfølgning på handleplanen og den pædagogiske plan.",
                en: "After coercion, staff contact the disability centre to arrange an extraordinary follow-up of the action plan and the pedagogical plan."))
        }
    }
}
