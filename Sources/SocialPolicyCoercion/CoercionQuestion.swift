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
/// follows if it is? Serviceloven afsnit VII (§§ 123–137 d) and the magtanvendelses- and
/// welfare-technology executive orders, every version since 2011, each rule as the act of the
/// date says it.
///
/// ```swift
/// var facts = CoercionQuestion.Facts(intervention: .holdOrMove)
/// facts.significantPermanentImpairment = true
/// let verdict = try CoercionQuestion.verdict(for: facts, asOf: try CivilDate(year: 2013, month: 3, day: 1))
/// verdict.outcome // .undetermined until every condition is known
/// ```
///
/// The rules are laid out one file per section (`Sources/SocialPolicyCoercion/Provisions/`),
/// the map from intervention and date to provision is one table (`RouteTable.swift`), and
/// `Documentation/Coercion.md` gives every version with its instruments.
public enum CoercionQuestion: PolicyQuestion {
    /// The values of a coercion decision (all absent until set).
    public struct Values: DecisionValues, Hashable {
        /// The provision, as a small enum (no string on the hot path).
        package var sectionID: SectionID?
        /// The provision, e.g. `SEL § 126`.
        public var section: Citation? { sectionID?.citation }
        /// The chapter that applies (from 2020).
        public var targetGroup: TargetGroup?
        /// Whether an afgørelse is needed before use.
        public var requiresPriorDecision: Bool?
        /// Who may authorise the measure on `asOf`.
        public var decidedBy: DecidedBy?
        /// The maximum life of a decision, where the law sets one.
        public var maxDurationMonths: Int?
        /// For force outside the catalogue: only nødret/nødværge can excuse it.
        public var emergencyDefenceOnly: Bool?
        /// For `not-applicable`: why.
        public var reason: NotApplicableReason?
        /// For an undetermined point of law: its code.
        public var openLegalQuestion: CoercionOpenQuestion?
        /// (1.1) How the law limits the decision's life.
        public var durationKind: DurationKind?
        /// (1.1) The last day the decision authorises the measure, where one follows from the law
        /// and the decision's stated period.
        public var decisionValidUntil: CivilDate?

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
            fields.add("durationKind", durationKind)
            fields.add("decisionValidUntil", decisionValidUntil)
            return fields
        }
    }

    /// The contract's question id.
    public static let id = "coercion.intervention"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Må dette indgreb bruges over for personen, og hvad følger af det?",
        en: "May this measure be used on this person, and what follows if it is?")

    /// The facts the question reads, with their contract names, types and meanings; additions
    /// of contract 1.1 are marked `since: "1.1"`.
    public static let factSpecs: [FactSpec] = [
        .enumeration("intervention", Intervention.self, required: true, "the measure (the map to the sections in force: Documentation/Coercion.md)"),
        FactSpec("significantPermanentImpairment", .bool, "betydelig og varigt nedsat psykisk funktionsevne (SEL §§ 124 a, 136, 136 b)"),
        FactSpec("impairmentDocumented", .bool, "den fornødne faglige dokumentation for den nedsatte psykiske funktionsevne foreligger"),
        FactSpec("receivesQualifyingHelp", .bool, "receives help under SEL §§ 83–87, 101–102, 103–104 (or lives in §§ 107–108); from 2025-07-01 help under ældreloven is given in aeldrelovHelp"),
        FactSpec("dementiaOrProgressiveDecline", .bool, "the impairment is due to demens / erhvervet fremadskridende mental svækkelse (kap. 24 b vs 24 a from 2020)"),
        .enumeration("consent", Consent.self, "the person's own consent; passivity is not consent and is read as an objection; a relative's or guardian's consent is never the person's"),
        FactSpec("voluntaryCooperationAttempted", .bool, "everything possible was done to obtain voluntary cooperation (§ 124 stk. 2; stk. 3 from 2020)"),
        FactSpec("lessIntrusiveMeasureSufficient", .bool, "a less intrusive measure, including care and pedagogy, would suffice (§ 124 stk. 3; stk. 4 from 2020)"),
        FactSpec("isMedicalTreatment", .bool, "the act is health treatment (e.g. inserting a catheter), not care"),
        FactSpec("riskOfPersonalInjury", .bool, "risiko for personskade (alarms, welfare technology); fare for the resident or others (§§ 128 c, 128 f)"),
        FactSpec("imminentRiskOfSeriousInjury", .bool, "nærliggende risiko for væsentlig personskade (more than bruises)"),
        FactSpec("absolutelyNecessary", .bool, "forholdene gør det absolut påkrævet / absolut nødvendigt (read strictly where the Act says påkrævet or nødvendigt)"),
        FactSpec("riskArisesFromLeaving", .bool, "the risk arises when the person leaves the offer (alarms, door openers, retaining), the own home (§ 128 c) or the outdoor area (§ 128 f)"),
        FactSpec("otherMeasuresTriedInVain", .bool, "lovens øvrige muligheder forgæves har været anvendt (§ 125 stk. 3 nr. 3 to 2019; § 125 stk. 1 nr. 3 / stk. 2 nr. 3 from 2020; § 127)"),
        .enumeration("hygieneSituation", HygieneSituation.self, "for hygiene holding: the situation (exhaustive lists for § 126 a to 2019 and § 136 a from 2020; none for § 136 c)"),
        FactSpec("purposeIsFallPreventionOnly", .bool, "the belt's sole purpose is to prevent falls (§ 128 to 2024-06-30; from 2024-07-01 beltPurpose)"),
        FactSpec("dangerousBehaviour", .bool, "adfærd til fare for personen selv eller andre"),
        FactSpec("severelyTransgressiveBehaviour", .bool, "meget grænseoverskridende / meget konfliktskabende adfærd over for andre"),
        FactSpec("enteredOthersHomeAgainstWish", .bool, "has entered another resident's home against that resident's wish"),
        FactSpec("grippingPersonOrDoorHandle", .bool, "grips another person, or the door handle of another's home"),
        FactSpec("riskOfSubstantialPropertyDamage", .bool, "risk of væsentlig ødelæggelse af indbo eller andre værdier"),
        FactSpec("technologyOnApprovedList", .bool, "the welfare technology, as it is used, is of a kind on the minister's list (from 2020)"),
        FactSpec("moveAbsolutelyNecessaryForHelp", .bool, "§ 129 stk. 1 nr. 1: the move is absolutely necessary for the help"),
        FactSpec("helpImpossibleInCurrentHome", .bool, "§ 129 stk. 1 nr. 2: the help cannot be given in the current home"),
        FactSpec("cannotOverseeConsequences", .bool, "§ 129 stk. 1 nr. 3: the person cannot oversee the consequences"),
        FactSpec("exposesSelfToSeriousInjury", .bool, "§ 129 stk. 1 nr. 4: the person exposes themself to serious injury"),
        FactSpec("irresponsibleNotToMove", .bool, "§ 129 stk. 1 nr. 5: it is irresponsible not to move the person"),
        FactSpec("vacantPlaceAvailable", .bool, "§ 129: a concrete vacant place now or within a short, stated period"),
        FactSpec("impairmentFromMentalIllness", .bool, "§ 129 a: the impairment results from a sindslidelse (a condition to 2024-06-30 only)"),
        FactSpec("dangerToResidentsOrStaff", .bool, "§ 129 a nr. 1: danger to, or threatening towards, residents or staff"),
        FactSpec("irresponsibleForOthersSafety", .bool, "§ 129 a nr. 2: irresponsible towards others' safety not to move"),
        FactSpec("newPlaceBetterSuited", .bool, "§ 129 a nr. 4: the new place is better suited"),
        FactSpec("guardianConsents", .bool, "værge / fremtidsfuldmægtig tiltræder (counts only for the admission routes that say so)"),
        FactSpec("hasGuardian", .bool, "a værge or fremtidsfuldmægtig exists for personal matters"),
        FactSpec("hasDecision", .bool, "a prior decision (afgørelse) authorising this measure for this person exists"),
        FactSpec("decisionDate", .date, "when the decision authorising the measure was made (its duration; the regime it was made under); after asOf is bad input where a decision is needed"),
        FactSpec("transgressiveOrConflictBehaviour", .bool, since: "1.1", "grænseoverskridende eller konfliktskabende adfærd, not necessarily meget (§ 124 d stk. 1, from 2024-07-01); true whenever severelyTransgressiveBehaviour is"),
        FactSpec("imminentRiskOfInjury", .bool, since: "1.1", "nærliggende risiko for personskade, not necessarily væsentlig (§ 128 stk. 1 nr. 1, from 2024-07-01); true whenever imminentRiskOfSeriousInjury is"),
        .enumeration("beltPurpose", BeltPurpose.self, since: "1.1", "what the belt is for (§ 128 stk. 1 from 2024-07-01); must agree with purposeIsFallPreventionOnly"),
        .enumeration("welfareTechnologyKind", WelfareTechnologyKind.self, since: "1.1", "the kind of welfare technology (§§ 128 a–128 b, 136 e; the minister's lists)"),
        .enumeration("welfareTechnologyUse", WelfareTechnologyUse.self, since: "1.1", "how the welfare technology is used (BEK 1412/2024 § 2 stk. 2; the 2020–2024 lists)"),
        FactSpec("usesArtificialIntelligence", .bool, since: "1.1", "the welfare technology works wholly or partly by kunstig intelligens (BEK 1412/2024 § 7, 2025 →)"),
        .enumeration("representative", Representative.self, since: "1.1", "the person's representative in personal matters (§§ 129 stk. 2–3, 136 e, 136 f)"),
        FactSpec("representativeObjects", .bool, since: "1.1", "the representative whose mandate covers it objects (modsætter sig): § 136 e stk. 2–5 (from 2020)"),
        FactSpec("representativeAgrees", .bool, since: "1.1", "the representative named in representative agrees to the move (tiltræder): § 129 stk. 2–3 (to 2019), § 136 f stk. 1 (from 2020)"),
        FactSpec("lacksCapacityToConsent", .bool, since: "1.1", "the person lacks the capacity to give informed consent to the move (§§ 129, 136 f); implied by consent unable"),
        FactSpec("serviceBotilbudRequiredForHelp", .bool, since: "1.1", "guardian route nr. 1: ophold i et botilbud med tilknyttet service er påkrævet for den nødvendige hjælp (§ 129 stk. 2 to 2019; § 136 f stk. 1 from 2020)"),
        FactSpec("mostAppropriateForCare", .bool, since: "1.1", "guardian route nr. 2: omsorgsmæssigt mest hensigtsmæssigt (§ 129 stk. 2 to 2019; § 136 f stk. 1 from 2020)"),
        FactSpec("alreadyResidentInSuchBotilbud", .bool, since: "1.1", "egen interesse route: already resident in a botilbud of § 129 stk. 1 (§ 129 stk. 3 / stk. 4 to 2019; stk. 2 from 2020)"),
        FactSpec("equivalentHomeInOwnInterest", .bool, since: "1.1", "egen interesse route: i ganske særlige tilfælde a move to an equivalent home where the care can be given is in the person's own interest"),
        .enumeration("doorOpenerPlace", DoorOpenerPlace.self, since: "1.1", "where the special door openers are fitted (§ 125: outer doors always; unit doors and outdoor gates from 2024-07-01)"),
        FactSpec("accessKeptOpen", .bool, since: "1.1", "the way the section keeps open stays open: one unlocked door of the home (§ 128 c stk. 3), one unlocked access to the common rooms (§ 128 d stk. 2), free movement and leaving (§ 128 e stk. 2), one unlocked gate (§ 128 f stk. 2)"),
        FactSpec("repeatedTransgressiveBehaviour", .bool, since: "1.1", "§ 128 d: gentagne gange grænseoverskridende eller konfliktskabende adfærd over for de øvrige beboere"),
        FactSpec("repeatedDangerOrDestructionThere", .bool, since: "1.1", "§ 128 e: gentagne gange fare for sig selv eller andre, or væsentlig ødelæggelse, in the service area or shared kitchen"),
        FactSpec("exceptionalSituation", .bool, since: "1.1", "§ 128 g: i helt særlige situationer"),
        FactSpec("repeatedHarmWithStoredObjects", .bool, since: "1.1", "§ 128 g: gentagne gange used objects from the cupboards or drawers to cause væsentlig personskade or tingsskade"),
        FactSpec("substantialImminentRiskOfGraveInjury", .bool, since: "1.1", "§ 128 h: væsentlig og nærliggende risiko for væsentlig og alvorlig personskade på sig selv eller andre"),
        FactSpec("substantialHealthRisk", .bool, since: "1.1", "§ 128 h: væsentlig sundhedsmæssig risiko for beboeren eller andre"),
        FactSpec("holdsInLast6Months", .int(0...Int.max), since: "1.1", "the number of § 136 a stk. 1 holds of this person in the 6 months before this one (a second use within 6 months obliges the leader to ask KB for a decision, § 136 a stk. 2)"),
        .enumerationList("aeldrelovHelp", AeldrelovHelp.self, since: "1.1", "help under ældreloven the person receives (read from 2025-07-01: §§ 10, 13, 14, 16, 17 count for § 124 a; §§ 10, 16, 17 for §§ 136 and 136 b)"),
        .enumeration("visitorBehaviour", VisitorBehaviour.self, since: "1.1", "the visitor's behaviour, for a visit restriction (§ 137 b stk. 1 nr. 1–3)"),
        .enumeration("restrictedArea", RestrictedArea.self, since: "1.1", "where the visit restriction applies (§ 137 b: common areas; § 137 c stk. 2: the private part during visitated help)"),
        FactSpec("housingWithStaffAndCommonAreas", .bool, since: "1.1", "§ 137 a: plejebolig, plejehjem or other housing with attached staff and common areas"),
        FactSpec("visitorBehaviourTowardsStaff", .bool, since: "1.1", "§ 137 c stk. 2: the visitor's behaviour of § 137 b stk. 1 nr. 1 or 2 is towards staff"),
        FactSpec("milderStepsTowardsVisitorTried", .bool, since: "1.1", "§ 137 d stk. 4: mindre indgribende initiativer over for den besøgende were tried"),
        FactSpec("decisionStatesScopeAndDuration", .bool, since: "1.1", "§ 137 d stk. 4: the decision states the restriction's scope and duration"),
        FactSpec("provisionalDecision", .bool, since: "1.1", "§ 137 d stk. 2: a provisional decision by the administration because the need could not wait (to be approved, stk. 3)"),
        FactSpec("decisionPeriodEndsOn", .date, since: "1.1", "the last day of the period the decision states (KB fixes it: §§ 125, 127 stk. 2, 128 stk. 2/3, every op til decision; § 137 d stk. 4); it must not precede the decision, and with hasDecision true not asOf"),
        FactSpec("decisionExtended", .bool, since: "1.1", "KB extended the decision (§ 126 a: to at most 6 months in all, BEK 688/2010 … 226/2019 § 4 stk. 4)"),
        FactSpec("decisionUnlimited", .bool, since: "1.1", "the decision was made tidsubegrænset where the law allows it (§ 125 stk. 2 3. pkt. to 2019; § 128 b for the 24 b group, § 136 e stk. 5)"),
        FactSpec("lastReassessedOn", .date, since: "1.1", "the last reassessment of the continued need (BEK § 8 to 2019: 8 months for §§ 125 stk. 1, 3 and 127, 18 months for § 128; BEK 1239/2019 § 4); between decisionDate and asOf"),
        FactSpec("actDate", .date, since: "1.1", "the day the measure was carried out (for an admission: the move began), for the registration and reporting deadlines; asOf when unknown; after asOf is bad input"),
        FactSpec("stronglyResists", .bool, since: "1.1", "the person strongly resists staff's use of a decision-based measure: register and report at once (BEK 839/2024 § 18 stk. 4; BEK 1411/2024 § 21 stk. 4)"),
    ]

    /// The values the question produces.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("section", "string", "the provision of the version in force, e.g. `SEL § 126`, `SEL § 124 d, stk. 2`"),
        .enumeration("targetGroup", TargetGroup.self, "which chapter applies (from 2020)"),
        ValueSpec("requiresPriorDecision", "bool", "an afgørelse is needed before use"),
        .enumeration("decidedBy", DecidedBy.self, "who may authorise the measure on asOf (1.1 adds social-board and municipal-administration)"),
        ValueSpec("maxDurationMonths", "int", "the longest a decision lasts, where the law sets it"),
        ValueSpec("emergencyDefenceOnly", "bool", "for other: force outside the catalogue, at most excused as nødværge/nødret (STRFL §§ 13–14)"),
        .enumeration("reason", NotApplicableReason.self, "for not-applicable: why (1.1 adds the § 136 e and seizure-alarm reasons)"),
        .enumeration("openLegalQuestion", CoercionOpenQuestion.self, "for an undetermined point of law: its code (Documentation/OpenLegalQuestions.md)"),
        .enumeration("durationKind", DurationKind.self, since: "1.1", "how the law limits the decision's life: fixed, up-to, set-by-decision, unlimited, stated-in-decision"),
        ValueSpec("decisionValidUntil", "date", since: "1.1", "the last day the decision authorises the measure, from the law's limit and the decision's stated period"),
    ]

    /// The obligation codes the question produces.
    public static let obligationSpecs: [ObligationSpec] = [
        ObligationSpec("report-intervention", "report the registered measure: monthly (acts and, to 2019, lawful measures), quarterly (moves), at once and at the latest on the 3rd day (force without basis, to 2019), at the latest when the decision ends (decision-based measures, 2024-07-01 →); due where a day follows (BEK 732/2012 … 1411/2024)"),
        ObligationSpec("register-intervention", since: "1.1", "register the measure: the day after (to 2019), within 3 days (2020 →), by the end of the month (moves), at the latest when the decision ends (2024-07-01 →), at once when the person strongly resists; due computed with the calendar"),
        ObligationSpec("reassess-decision", "reassess the continued need: 8 months after a § 125 stk. 1 or 3 or § 127 decision (to 2019), 18 months after KB's latest § 128 decision (to 2024-06-30) (BEK § 8; BEK 1239/2019 § 4)"),
        ObligationSpec("give-complaint-guidance", "a decision (and, to 2019, a § 126 hold) comes with klagevejledning (FVL § 25)"),
        ObligationSpec("involve-guardian", "a værge or fremtidsfuldmægtig is involved and informed (SEL § 133 stk. 4 / stk. 3 to 2019; § 135 a stk. 3 from 2020)"),
        ObligationSpec("extraordinary-follow-up", "København 2013: the plans are followed up after coercion (KK-KS 4.2)"),
        ObligationSpec("appoint-lawyer", since: "1.1", "an advokat for the person: § 127, § 124 d and § 136 d against the person's will; §§ 129 stk. 1, 129 a and (2024 →) § 136 f stk. 3 2. pkt. (SEL § 132)"),
        ObligationSpec("inform-of-71-supervision", since: "1.1", "tell the person of Folketingets § 71-tilsyn: § 127 (to 2019), § 124 d stk. 2 and § 136 d stk. 2 measures (BEK § 15 … § 26)"),
        ObligationSpec("request-council-decision", since: "1.1", "§ 136 a stk. 2: the staff manager must ask KB for a decision when holding was used more than once within 6 months"),
        ObligationSpec("inform-representative", since: "1.1", "§ 136 e stk. 4: the person and the representative are told before welfare technology is used"),
        ObligationSpec("hear-representative", since: "1.1", "§ 136 e stk. 5: the representative is heard on a § 128 b decision after an objection"),
        ObligationSpec("show-camera-indicator", since: "1.1", "§ 128 b stk. 3: a clear indicator when the camera is on"),
        ObligationSpec("ai-conditions", since: "1.1", "BEK 1412/2024 § 7: the conditions for welfare technology using artificial intelligence"),
        ObligationSpec("address-visitor-and-resident", since: "1.1", "§ 137 d stk. 5: a visit restriction is addressed to the visitor and the resident"),
        ObligationSpec("secure-private-part-access", since: "1.1", "§ 137 b stk. 2: the visitor's access to the resident's private part is secured"),
        ObligationSpec("submit-provisional-decision", since: "1.1", "§ 137 d stk. 3: a provisional decision is put for approval as soon as possible"),
        ObligationSpec("request-guardian-appointment", since: "1.1", "§ 131 stk. 4: without a værge or fremtidsfuldmægtig, KB asks for a værge when recommending a move (from 2024-07-01 decided before the indstilling)"),
    ]

    /// The versions of `sel-coercion`, each with the instruments it rests on.
    public static let ruleSets = RuleSetCatalogue(CoercionRuleSets.versions)

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        var facts = Facts(intervention: try bag.required("intervention", as: Intervention.self))
        for fact in CoercionFact.storedBooleans { facts.bits[fact] = try bag.bool(fact.contractName) }
        facts.consent = try bag.value("consent")
        facts.hygieneSituation = try bag.value("hygieneSituation")
        facts.beltPurpose = try bag.value("beltPurpose")
        facts.welfareTechnologyKind = try bag.value("welfareTechnologyKind")
        facts.welfareTechnologyUse = try bag.value("welfareTechnologyUse")
        facts.representative = try bag.value("representative")
        facts.doorOpenerPlace = try bag.value("doorOpenerPlace")
        facts.visitorBehaviour = try bag.value("visitorBehaviour")
        facts.restrictedArea = try bag.value("restrictedArea")
        facts.aeldrelovHelp = try bag.list("aeldrelovHelp")
        facts.holdsInLast6Months = try bag.int("holdsInLast6Months")
        facts.decisionDate = try bag.date("decisionDate")
        facts.actDate = try bag.date("actDate")
        facts.decisionPeriodEndsOn = try bag.date("decisionPeriodEndsOn")
        facts.lastReassessedOn = try bag.date("lastReassessedOn")
        return facts
    }

    /// Rejects facts that contradict each other or `asOf` where the measure's provision reads
    /// them: a decision, act or reassessment dated after `asOf`; a decision period ending before
    /// the decision or, with `hasDecision: true`, before `asOf`; a finer fact denying a coarser
    /// one (`transgressiveOrConflictBehaviour: false` with `severelyTransgressiveBehaviour: true`);
    /// `beltPurpose` against `purposeIsFallPreventionOnly`; a technology "on the list" of a kind
    /// or use on no list; a representative against `hasGuardian`.
    ///
    /// - Throws: `PolicyError` with code `contradictory-facts`, naming the fact.
    public static func validate(_ facts: Facts, asOf: CivilDate) throws(PolicyError) {
        try Validation.check(facts, asOf: asOf)
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into evaluation: inout Evaluation<Values, R>) {
        Evaluator.evaluate(facts, into: &evaluation)
    }
}
