import SocialPolicyCalendar
import SocialPolicyCore

// MARK: - day-offer.support-hours

/// `day-offer.support-hours`: the hours per week a citizen can expect for a service at a
/// support level, under the municipality's quality standard (KK-KS 8).
public enum DayOfferSupportHoursQuestion: PolicyQuestion {
    /// The facts.
    public struct Facts: Sendable, Hashable {
        /// Basisydelse or personlig pleje og omsorg.
        public var service: DayOfferService
        /// The support level.
        public var supportLevel: SupportLevel
        /// Days a week the citizen is visited to, 1–5.
        public private(set) var daysPerWeek: Int

        /// Creates the facts.
        ///
        /// - Throws: `PolicyError` (`out-of-range`, `facts.daysPerWeek`) outside 1–5.
        public init(service: DayOfferService, supportLevel: SupportLevel, daysPerWeek: Int = 5) throws(PolicyError) {
            guard (1...5).contains(daysPerWeek) else { throw DayOfferRules.daysOutOfRange(daysPerWeek) }
            self.service = service
            self.supportLevel = supportLevel
            self.daysPerWeek = daysPerWeek
        }
    }

    /// The values.
    public struct Values: DayOfferValues, Hashable {
        /// The hours, pro rata for the days (hundredths of an hour, exact).
        public var hours: HoursRange?
        /// The days a week the figures are for.
        public var daysPerWeek: Int?
        /// Set when no quality standard is in force.
        public var openLegalQuestion: DayOfferOpenQuestion?
        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            if let hours {
                fields.add("minHoursPerWeek", hours.min.hours)
                fields.add("maxHoursPerWeek", hours.max.hours)
            }
            fields.add("daysPerWeek", daysPerWeek)
            fields.add("openLegalQuestion", openLegalQuestion)
            return fields
        }
    }

    /// The contract's question id.
    public static let id = "day-offer.support-hours"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Hvor mange timers støtte om ugen giver kvalitetsstandarden?",
        en: "How many hours of support a week does the quality standard give?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        .enumeration("service", DayOfferService.self, required: true, "basis (basisydelse) or personal-care (personlig pleje og omsorg)"),
        .enumeration("supportLevel", SupportLevel.self, required: true, "let / moderat / omfattende / massiv støtte"),
        FactSpec("daysPerWeek", .int(1...5), "days a week in the offer, 1–5 (default 5); fewer days give proportionally fewer hours"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("minHoursPerWeek", "number", "the lower end of the weekly hours, pro rata for daysPerWeek, to two decimals (KK-KS 8)"),
        ValueSpec("maxHoursPerWeek", "number", "the upper end of the weekly hours (equal to minHoursPerWeek for a single figure; KK-KS 8)"),
        ValueSpec("daysPerWeek", "int", "the days a week the figures are for"),
        ValueSpec("openLegalQuestion", "enum: no-quality-standard", "no quality standard of the municipality is in force on asOf (Copenhagen's covers 2013 only): the service level cannot be told"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = DayOfferRules.standardRuleSets

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        try Facts(
            service: try bag.required("service", as: DayOfferService.self),
            supportLevel: try bag.required("supportLevel", as: SupportLevel.self),
            daysPerWeek: try bag.int("daysPerWeek") ?? 5)
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        guard let standard = DayOfferRules.standard(&e) else { return }
        let days = min(max(facts.daysPerWeek, 1), 5)
        let full = standard.hours.hours(facts.service, facts.supportLevel)
        let hours = full.prorated(days: days)
        e.verdict.values.hours = hours
        e.verdict.values.daysPerWeek = days
        let service = facts.service
        let level = facts.supportLevel
        e.test(
            standard.sections.serviceHours, holds: true,
            LocalizedText(
                da: "\(service == .basis ? "Basisydelse" : "Personlig pleje og omsorg"), \(level.danishName): \(full.min == full.max ? "ca. " : "")\(full.danishText) time(r) om ugen ved 5 dage."
                    + (days == 5 ? "" : " Ved \(days) dage om ugen forholdsmæssigt \(hours.danishText) time(r) (× \(days)/5, afrundet til to decimaler).")
                    + " Det konkrete omfang beror altid på en individuel vurdering.",
                en: "\(service == .basis ? "Basic service" : "Personal care"), \(level.englishName): \(full.min == full.max ? "about " : "")\(full.englishText) hour(s) a week for 5 days."
                    + (days == 5 ? "" : " For \(days) days a week proportionally \(hours.englishText) hour(s) (× \(days)/5, rounded to two decimals).")
                    + " The actual extent always rests on an individual assessment."))
        e.verdict.outcome = .determined
    }
}

// MARK: - day-offer.follow-up

/// `day-offer.follow-up`: when the next plan review is due (KK-KS 4.1, at least every fourth
/// month) and whether an extraordinary follow-up is needed (KK-KS 4.2).
public enum DayOfferFollowUpQuestion: PolicyQuestion {
    /// The facts.
    public struct Facts: Sendable, Hashable {
        /// The day the pædagogisk plan and forandringskompas were last evaluated.
        public var lastPlanReviewOn: CivilDate?
        /// The events since, or `nil` when unknown.
        public var events: FollowUpEvents?

        /// Creates the facts; omitted facts are unknown.
        public init(lastPlanReviewOn: CivilDate? = nil, events: FollowUpEvents? = nil) {
            self.lastPlanReviewOn = lastPlanReviewOn
            self.events = events
        }
    }

    /// The values.
    public struct Values: DayOfferValues, Hashable {
        /// The day the next review is due.
        public var nextReviewDue: CivilDate?
        /// Whether `asOf` is after the day the review was due.
        public var reviewOverdue: Bool?
        /// Whether an extraordinary follow-up is needed (an event occurred).
        public var extraordinaryFollowUp: Bool?
        /// Set when no quality standard is in force.
        public var openLegalQuestion: DayOfferOpenQuestion?
        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("nextReviewDue", nextReviewDue)
            fields.add("reviewOverdue", reviewOverdue)
            fields.add("extraordinaryFollowUp", extraordinaryFollowUp)
            fields.add("openLegalQuestion", openLegalQuestion)
            return fields
        }
    }

    /// `review-plan`: evaluate the pædagogisk plan and forandringskompas by the due date.
    public static let reviewPlan = ObligationCode("review-plan")
    /// `extraordinary-follow-up`: the offer contacts the handicap centre for an extra follow-up.
    public static let extraordinaryFollowUp = ObligationCode("extraordinary-follow-up")

    /// The contract's question id.
    public static let id = "day-offer.follow-up"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Hvornår skal planen følges op, og kræver en hændelse ekstraordinær opfølgning?",
        en: "When is the plan review due, and does an event call for an extraordinary follow-up?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        FactSpec("lastPlanReviewOn", .date, "the day the pædagogisk plan and forandringskompas were last evaluated"),
        .enumerationList("events", FollowUpEvent.self, "events since: magtanvendelse, væsentlig ændring i trivsel eller adfærd, ændring af dagtilbud"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("nextReviewDue", "date", "the day the pædagogisk plan and forandringskompas must next be evaluated: four calendar months on (KK-KS 4.1)"),
        ValueSpec("reviewOverdue", "bool", "asOf is after nextReviewDue"),
        ValueSpec("extraordinaryFollowUp", "bool", "an event calls for an extraordinary follow-up (KK-KS 4.2)"),
        ValueSpec("openLegalQuestion", "enum: no-quality-standard", "no quality standard of the municipality is in force on asOf (Copenhagen's covers 2013 only): the service level cannot be told"),
    ]
    /// The obligation codes the question can produce.
    public static let obligationSpecs: [ObligationSpec] = [
        ObligationSpec("review-plan", "evaluate, and revise where needed, the pædagogisk plan and forandringskompas by the due date (KK-KS 4.1)"),
        ObligationSpec("extraordinary-follow-up", "after coercion, a substantial change in wellbeing or behaviour, or a change of offer, the offer contacts the handicap centre for an extraordinary follow-up (KK-KS 4.2)"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = DayOfferRules.standardRuleSets

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(
            lastPlanReviewOn: try bag.date("lastPlanReviewOn"),
            events: try bag.list("events", of: FollowUpEvent.self).map { FollowUpEvents($0) })
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        guard let standard = DayOfferRules.standard(&e) else { return }
        let asOf = e.context.asOf

        // A review dated after the day asked about has not happened: it is not the last review,
        // and a due date counted from it would be later than the real one (fail closed).
        let lastReview = facts.lastPlanReviewOn.flatMap { $0 <= asOf ? $0 : nil }
        if let last = lastReview {
            let due = standard.nextReviewDate(after: last)
            let months = standard.reviewIntervalMonths
            e.verdict.values.nextReviewDue = due
            e.verdict.values.reviewOverdue = asOf > due
            e.test(
                standard.sections.planReview, holds: true,
                LocalizedText(
                    da: "Den pædagogiske plan og forandringskompasset evalueres mindst hver \(months). måned: senest evalueret \(last.danishText), næste gang senest \(due.danishText).",
                    en: "The pedagogical plan and the change compass are evaluated at least every \(months) months: last on \(last.englishText), next by \(due.englishText)."))
            e.oblige(
                reviewPlan, standard.sections.planReview, due: due,
                LocalizedText(
                    da: "Evaluer og revider om nødvendigt den pædagogiske plan og forandringskompasset senest \(due.danishText).",
                    en: "Evaluate, and revise where needed, the pedagogical plan and the change compass by \(due.englishText)."))
        } else {
            e.test(
                standard.sections.planReview, holds: nil,
                facts.lastPlanReviewOn == nil
                    ? LocalizedText(
                        da: "Datoen for den seneste evaluering af planen er ukendt; næste frist kan ikke beregnes.",
                        en: "The date of the last plan review is unknown; the next due date cannot be computed.")
                    : LocalizedText(
                        da: "Den oplyste seneste evaluering ligger efter den dato, der spørges om, og kan ikke være sket; næste frist kan ikke beregnes.",
                        en: "The last plan review given is after the date asked about and cannot have happened; the next due date cannot be computed."))
            e.missing("lastPlanReviewOn")
        }

        if let events = facts.events {
            let any = !events.isEmpty
            e.verdict.values.extraordinaryFollowUp = any
            e.test(
                standard.sections.extraordinaryFollowUp, holds: any,
                any
                    ? LocalizedText(
                        da: "Der er sket \(Self.danish(events)); det kræver en ekstraordinær opfølgning på handleplanen og den pædagogiske plan.",
                        en: "There has been \(Self.english(events)); this calls for an extraordinary follow-up on the action plan and the pedagogical plan.")
                    : LocalizedText(
                        da: "Ingen magtanvendelse, væsentlig ændring i trivsel eller adfærd eller ændring af dagtilbud: ingen ekstraordinær opfølgning.",
                        en: "No coercion, substantial change in wellbeing or behaviour, or change of offer: no extraordinary follow-up."))
            if any {
                e.oblige(
                    extraordinaryFollowUp, standard.sections.extraordinaryFollowUp,
                    LocalizedText(
                        da: "Dagtilbuddets personale kontakter Handicapcentret for at aftale tid og sted for en ekstraordinær opfølgning.",
                        en: "The offer's staff contact the handicap centre to agree a time and place for an extraordinary follow-up."))
            }
        } else {
            e.test(
                standard.sections.extraordinaryFollowUp, holds: nil,
                LocalizedText(
                    da: "Det er ukendt, om der har været magtanvendelse, væsentlige ændringer i trivsel eller adfærd eller ændring af dagtilbud; i så fald kræves ekstraordinær opfølgning.",
                    en: "It is unknown whether there has been coercion, a substantial change in wellbeing or behaviour, or a change of offer; any of them calls for an extraordinary follow-up."))
            if lastReview == nil { e.missing("events") }
        }
        e.verdict.outcome = lastReview == nil ? .undetermined : .determined
    }

    static func danish(_ events: FollowUpEvents) -> String {
        events.events.map { event -> String in
            switch event {
            case .coercion: "magtanvendelse"
            case .wellbeingChange: "en væsentlig ændring i trivsel"
            case .behaviourChange: "en væsentlig ændring i adfærd"
            case .offerChange: "en ændring af dagtilbud"
            }
        }.listed(and: "og")
    }

    static func english(_ events: FollowUpEvents) -> String {
        events.events.map { event -> String in
            switch event {
            case .coercion: "coercion"
            case .wellbeingChange: "a substantial change in wellbeing"
            case .behaviourChange: "a substantial change in behaviour"
            case .offerChange: "a change of offer"
            }
        }.listed(and: "and")
    }
}

// MARK: - day-offer.leave

/// `day-offer.leave`: does a leave keep the citizen's place (KK-KS 4.3)?
///
/// "Indtil 1 år" is read as: the leave keeps the place when it ends on or before the day one
/// calendar year after it starts (`leaveEndsOn ≤ leaveStartsOn + 1 year`; a start on 29
/// February gives 28 February). Longer leave gives up the place; returning needs re-visitation.
public enum DayOfferLeaveQuestion: PolicyQuestion {
    /// The facts.
    public struct Facts: Sendable, Hashable {
        /// The first day of leave.
        public private(set) var leaveStartsOn: CivilDate?
        /// The day the leave ends.
        public private(set) var leaveEndsOn: CivilDate?

        /// Creates the facts; omitted dates are unknown.
        ///
        /// - Throws: `PolicyError` (`out-of-range`, `facts.leaveEndsOn`) when the leave ends
        ///   before it starts.
        public init(leaveStartsOn: CivilDate? = nil, leaveEndsOn: CivilDate? = nil) throws(PolicyError) {
            if let start = leaveStartsOn, let end = leaveEndsOn, end < start {
                throw DayOfferRules.leaveEndsBeforeStart(start, end)
            }
            self.leaveStartsOn = leaveStartsOn
            self.leaveEndsOn = leaveEndsOn
        }
    }

    /// The values.
    public struct Values: DayOfferValues, Hashable {
        /// The leave keeps the place.
        public var keepsPlace: Bool?
        /// Returning needs re-visitation through the handicap centre.
        public var requiresRevisitation: Bool?
        /// The last day the leave may end on and keep the place.
        public var leaveLimitEndsOn: CivilDate?
        /// Set when no quality standard is in force.
        public var openLegalQuestion: DayOfferOpenQuestion?
        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("keepsPlace", keepsPlace)
            fields.add("requiresRevisitation", requiresRevisitation)
            fields.add("leaveLimitEndsOn", leaveLimitEndsOn)
            fields.add("openLegalQuestion", openLegalQuestion)
            return fields
        }
    }

    /// The contract's question id.
    public static let id = "day-offer.leave"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Beholder borgeren sin plads under orlov?", en: "Does the citizen keep the place during leave?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        FactSpec("leaveStartsOn", .date, "the first day of the leave (orlov)"),
        FactSpec("leaveEndsOn", .date, "the day the leave ends; up to one year after leaveStartsOn keeps the place"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("keepsPlace", "bool", "the leave, up to one year, keeps the place in the offer (KK-KS 4.3)"),
        ValueSpec("requiresRevisitation", "bool", "the leave lasts beyond one year: the place is given up and returning needs re-visitation (KK-KS 4.3)"),
        ValueSpec("leaveLimitEndsOn", "date", "the last day the leave may end on and keep the place: leaveStartsOn + 1 year"),
        ValueSpec("openLegalQuestion", "enum: no-quality-standard", "no quality standard of the municipality is in force on asOf (Copenhagen's covers 2013 only): the service level cannot be told"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = DayOfferRules.standardRuleSets

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        try Facts(leaveStartsOn: try bag.date("leaveStartsOn"), leaveEndsOn: try bag.date("leaveEndsOn"))
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        guard let standard = DayOfferRules.standard(&e) else { return }
        guard let start = facts.leaveStartsOn, let end = facts.leaveEndsOn, end >= start else {
            e.test(
                standard.sections.leave, holds: nil,
                LocalizedText(
                    da: "Orlovens start og slut skal kendes for at afgøre, om den varer højst \(standard.leaveLimitYears) år.",
                    en: "The leave's start and end must be known to tell whether it lasts at most \(standard.leaveLimitYears) year(s)."))
            if facts.leaveStartsOn == nil { e.missing("leaveStartsOn") }
            if facts.leaveEndsOn == nil { e.missing("leaveEndsOn") }
            return
        }
        let leave = standard.assessLeave(from: start, to: end)
        e.verdict.values.keepsPlace = leave.keepsPlace
        e.verdict.values.requiresRevisitation = leave.requiresRevisitation
        e.verdict.values.leaveLimitEndsOn = leave.limitEndsOn
        e.test(
            standard.sections.leave, holds: leave.keepsPlace,
            leave.keepsPlace
                ? LocalizedText(
                    da: "Orloven fra \(start.danishText) til \(end.danishText) varer højst 1 år (til og med \(leave.limitEndsOn.danishText)): borgeren beholder pladsen i dagtilbuddet, men ikke nødvendigvis i samme enhed.",
                    en: "The leave from \(start.englishText) to \(end.englishText) lasts at most one year (up to \(leave.limitEndsOn.englishText)): the citizen keeps the place in the offer, though not necessarily in the same unit.")
                : LocalizedText(
                    da: "Orloven fra \(start.danishText) til \(end.danishText) varer ud over 1 år (\(leave.limitEndsOn.danishText)): pladsen afmeldes, og borgeren skal re-visiteres gennem Handicapcentret.",
                    en: "The leave from \(start.englishText) to \(end.englishText) lasts beyond one year (\(leave.limitEndsOn.englishText)): the place is given up and the citizen must be re-visited through the handicap centre."))
        e.verdict.outcome = .determined
    }
}

// MARK: - day-offer.case-processing

/// `day-offer.case-processing`: when the decision on an application for a day offer is due
/// (KK-KS 2.3: six weeks; the municipality sets the deadline under RSL § 3, stk. 2), and what
/// the applicant must be told when it cannot be met.
///
/// The deadline is the same weekday six weeks after receipt. It is the authority's own
/// deadline, so it is not moved past a weekend or helligdag (the standard does not say so);
/// the explanation says whether the day is a working day. When the deadline will be missed,
/// RSL § 3, stk. 2, 3. pkt. obliges the municipality to tell the applicant in writing when a
/// decision can be expected (`inform-of-expected-decision-date`) — national law, so on every
/// date and in every municipality, with or without a quality standard.
public enum DayOfferCaseProcessingQuestion: PolicyQuestion {
    /// The facts.
    public struct Facts: Sendable, Hashable {
        /// The day the application was received.
        public var applicationReceivedOn: CivilDate?
        /// The municipality's published deadline cannot be met in this case (RSL § 3, stk. 2).
        public var deadlineWillBeMissed: Bool?
        /// Creates the facts; an omitted fact is unknown.
        public init(applicationReceivedOn: CivilDate? = nil, deadlineWillBeMissed: Bool? = nil) {
            self.applicationReceivedOn = applicationReceivedOn
            self.deadlineWillBeMissed = deadlineWillBeMissed
        }
    }

    /// The values.
    public struct Values: DayOfferValues, Hashable {
        /// The day the decision is due.
        public var decisionDue: CivilDate?
        /// Whether that day is a working day (not a Saturday, Sunday or helligdag).
        public var decisionDueIsWorkingDay: Bool?
        /// Set when no quality standard is in force.
        public var openLegalQuestion: DayOfferOpenQuestion?
        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("decisionDue", decisionDue)
            fields.add("decisionDueIsWorkingDay", decisionDueIsWorkingDay)
            fields.add("openLegalQuestion", openLegalQuestion)
            return fields
        }
    }

    /// `inform-of-expected-decision-date`: tell the applicant in writing when a decision can be
    /// expected (RSL § 3, stk. 2, 3. pkt.).
    public static let informOfExpectedDecisionDate = ObligationCode("inform-of-expected-decision-date")

    /// The contract's question id.
    public static let id = "day-offer.case-processing"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Hvornår skal der være truffet afgørelse om et dagtilbud?",
        en: "When must the decision on a day offer be made?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        FactSpec("applicationReceivedOn", .date, "the day the handicap centre received the application"),
        FactSpec(
            "deadlineWillBeMissed", .bool, since: "1.1",
            "the municipality's published case-processing deadline cannot be met in this case: the applicant must be told in writing when a decision can be expected (RSL § 3, stk. 2, 3. pkt.)"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("decisionDue", "date", "the day the decision is due: six weeks after receipt, the same weekday, not moved off a holiday (KK-KS 2.3; RSL § 3, stk. 2)"),
        ValueSpec("decisionDueIsWorkingDay", "bool", "the due day is a working day (not a Saturday, Sunday or helligdag)"),
        ValueSpec("openLegalQuestion", "enum: no-quality-standard", "no quality standard of the municipality is in force on asOf: its deadline is not known to the library"),
    ]
    /// The obligation codes the question can produce.
    public static let obligationSpecs: [ObligationSpec] = [
        ObligationSpec(
            "inform-of-expected-decision-date", since: "1.1",
            "the published deadline cannot be met: tell the applicant in writing when a decision can be expected (RSL § 3, stk. 2, 3. pkt.)")
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = DayOfferRules.standardRuleSets

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(
            applicationReceivedOn: try bag.date("applicationReceivedOn"),
            deadlineWillBeMissed: try bag.bool("deadlineWillBeMissed"))
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        // National law first: RSL § 3, stk. 2, 3. pkt. applies whatever the municipality's deadline.
        if facts.deadlineWillBeMissed == true {
            e.oblige(
                informOfExpectedDecisionDate, DayOfferRules.caseDeadlines,
                LocalizedText(
                    da: "Fristen for afgørelsen kan ikke overholdes: giv ansøgeren skriftlig besked om, hvornår en afgørelse kan forventes (retssikkerhedsloven § 3, stk. 2) – senest inden fristen udløber.",
                    en: "The deadline for the decision cannot be met: tell the applicant in writing when a decision can be expected (RSL § 3, stk. 2) – before the deadline runs out."))
        }
        guard let standard = DayOfferRules.standard(&e) else { return }
        guard let received = facts.applicationReceivedOn else {
            e.test(
                standard.sections.caseProcessing, holds: nil,
                LocalizedText(
                    da: "Datoen for modtagelse af ansøgningen er ukendt.",
                    en: "The day the application was received is unknown."))
            e.missing("applicationReceivedOn")
            return
        }
        let due = standard.decisionDue(applicationReceivedOn: received)
        let working = DanishCalendar.isWorkingDay(due, eves: false)
        let weeks = standard.caseProcessingWeeks
        e.verdict.values.decisionDue = due
        e.verdict.values.decisionDueIsWorkingDay = working
        e.cite(DayOfferRules.caseDeadlines)
        e.test(
            standard.sections.caseProcessing, holds: true,
            LocalizedText(
                da: "Handicapcentret har en sagsbehandlingsfrist på \(weeks) uger: ansøgningen modtaget \(received.danishText), afgørelse senest \(due.danishText)"
                    + (working ? ", som er en hverdag." : ", som ikke er en hverdag; fristen er myndighedens egen og flyttes ikke, så afgørelsen bør træffes den forudgående hverdag."),
                en: "The handicap centre's case-processing deadline is \(weeks) weeks: application received \(received.englishText), decision by \(due.englishText)"
                    + (working ? ", a working day." : ", which is not a working day; the deadline is the authority's own and does not move, so the decision should be made on the working day before.")))
        if facts.deadlineWillBeMissed == nil {
            e.test(
                DayOfferRules.caseDeadlines, holds: nil,
                LocalizedText(
                    da: "Kan fristen ikke overholdes, skal ansøgeren skriftligt have besked om, hvornår en afgørelse kan forventes (RSL § 3, stk. 2).",
                    en: "If the deadline cannot be met, the applicant must be told in writing when a decision can be expected (RSL § 3, stk. 2)."))
        }
        e.verdict.outcome = .determined
    }
}

extension Array where Element == String {
    /// "a", "a og b", "a, b og c" — for explanation text only (allocates).
    func listed(and word: String) -> String {
        guard count > 1, let last else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " \(word) " + last
    }
}
