import SocialPolicyCalendar
import SocialPolicyCore

// MARK: - Vocabulary

/// The day offer asked about: beskyttet beskæftigelse (SEL § 103) or aktivitets- og
/// samværstilbud (SEL § 104).
public enum DayOffer: String, FactEnum {
    /// Beskyttet beskæftigelse, SEL § 103, stk. 1.
    case shelteredEmployment = "sheltered-employment"
    /// Aktivitets- og samværstilbud, SEL § 104.
    case activityOffer = "activity-offer"
}

/// The two services of KK-KS 8 (ydelsesbeskrivelser).
public enum DayOfferService: String, FactEnum {
    /// Basisydelse: contact, common activities, documentation; always delivered.
    case basis
    /// Personlig pleje og omsorg.
    case personalCare = "personal-care"
}

/// The support levels of KK-KS 8 (let, moderat, omfattende, massiv støtte).
public enum SupportLevel: String, FactEnum {
    /// Let støtte.
    case light
    /// Moderat støtte.
    case moderate
    /// Omfattende støtte.
    case extensive
    /// Massiv støtte.
    case massive

    /// The Danish term.
    public var danishName: String {
        switch self {
        case .light: "let støtte"
        case .moderate: "moderat støtte"
        case .extensive: "omfattende støtte"
        case .massive: "massiv støtte"
        }
    }

    /// The English term.
    public var englishName: String {
        switch self {
        case .light: "light support"
        case .moderate: "moderate support"
        case .extensive: "extensive support"
        case .massive: "massive support"
        }
    }
}

/// An event that calls for an extraordinary follow-up on the plans (KK-KS 4.2).
public enum FollowUpEvent: String, FactEnum {
    /// Magtanvendelse.
    case coercion
    /// A substantial change in the citizen's wellbeing (trivsel).
    case wellbeingChange = "wellbeing-change"
    /// A substantial change in the citizen's behaviour (adfærd).
    case behaviourChange = "behaviour-change"
    /// A change of the citizen's day offer.
    case offerChange = "offer-change"
}

/// A set of ``FollowUpEvent``s, stored as bits so that the hot path does not allocate.
public struct FollowUpEvents: OptionSet, Sendable, Hashable {
    /// The bits of the set.
    public let rawValue: UInt8
    /// Creates a set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Magtanvendelse.
    public static let coercion = FollowUpEvents(rawValue: 1)
    /// A change in wellbeing.
    public static let wellbeingChange = FollowUpEvents(rawValue: 2)
    /// A change in behaviour.
    public static let behaviourChange = FollowUpEvents(rawValue: 4)
    /// A change of offer.
    public static let offerChange = FollowUpEvents(rawValue: 8)

    /// The set holding `event`.
    public init(_ event: FollowUpEvent) {
        switch event {
        case .coercion: self = .coercion
        case .wellbeingChange: self = .wellbeingChange
        case .behaviourChange: self = .behaviourChange
        case .offerChange: self = .offerChange
        }
    }

    /// The set holding every event of `events`.
    public init(_ events: some Sequence<FollowUpEvent>) {
        self = []
        for event in events { insert(FollowUpEvents(event)) }
    }

    /// The events, in the contract's order.
    public var events: [FollowUpEvent] {
        FollowUpEvent.allCases.filter { contains(FollowUpEvents($0)) }
    }
}

// MARK: - Hours

/// A number of hours per week, kept as whole hundredths of an hour so that pro-rata
/// arithmetic is exact (no floating-point rounding surprises).
public struct WeeklyHours: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Hundredths of an hour per week (150 = 1.5 hours).
    public let hundredths: Int

    /// Creates hours from hundredths of an hour.
    public init(hundredths: Int) { self.hundredths = hundredths }

    /// The hours as a number, e.g. `1.5` (the nearest `Double` to the exact hundredths).
    public var hours: Double { Double(hundredths) / 100 }

    /// The hours for `days` days a week when `self` is the five-day figure: `self × days / 5`,
    /// rounded to whole hundredths, halves up (KK-KS 8: "forholdsmæssigt lavere").
    public func prorated(days: Int) -> WeeklyHours {
        let scaled = hundredths * days  // hundredths × days / 5 = (2 × hundredths × days + 5) / 10 rounded half up
        return WeeklyHours(hundredths: (2 * scaled + 5) / 10)
    }

    /// `1.5`, `2`, `0.75`: the shortest decimal form.
    public var description: String { text(decimalSeparator: ".") }

    /// The Danish form with a decimal comma, e.g. `1,5`.
    public var danishText: String { text(decimalSeparator: ",") }

    func text(decimalSeparator: String) -> String {
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        if fraction % 10 == 0 { return "\(whole)\(decimalSeparator)\(fraction / 10)" }
        return "\(whole)\(decimalSeparator)\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: WeeklyHours, rhs: WeeklyHours) -> Bool { lhs.hundredths < rhs.hundredths }
}

/// An interval of weekly hours (a single figure has `min == max`).
public struct HoursRange: Sendable, Hashable {
    /// The lower end.
    public let min: WeeklyHours
    /// The upper end.
    public let max: WeeklyHours

    /// Creates an interval from hundredths of an hour.
    public init(minHundredths: Int, maxHundredths: Int) {
        self.min = WeeklyHours(hundredths: minHundredths)
        self.max = WeeklyHours(hundredths: maxHundredths)
    }

    /// A single figure.
    public init(hundredths: Int) { self.init(minHundredths: hundredths, maxHundredths: hundredths) }

    /// The interval for `days` days a week when `self` is the five-day figure.
    public func prorated(days: Int) -> HoursRange {
        HoursRange(minHundredths: min.prorated(days: days).hundredths, maxHundredths: max.prorated(days: days).hundredths)
    }

    /// `2–3` or `1` (Danish decimal comma).
    public var danishText: String { min == max ? min.danishText : "\(min.danishText)–\(max.danishText)" }
    /// `2–3` or `1`.
    public var englishText: String { min == max ? min.description : "\(min)–\(max)" }
}

/// The hours table of a quality standard: hours per week for five days, by service and level.
public struct SupportHoursTable: Sendable, Hashable {
    /// Basisydelse by level.
    public var basisLight, basisModerate, basisExtensive, basisMassive: HoursRange
    /// Personlig pleje og omsorg by level.
    public var careLight, careModerate, careExtensive, careMassive: HoursRange

    /// Creates a table.
    public init(
        basisLight: HoursRange, basisModerate: HoursRange, basisExtensive: HoursRange, basisMassive: HoursRange,
        careLight: HoursRange, careModerate: HoursRange, careExtensive: HoursRange, careMassive: HoursRange
    ) {
        self.basisLight = basisLight
        self.basisModerate = basisModerate
        self.basisExtensive = basisExtensive
        self.basisMassive = basisMassive
        self.careLight = careLight
        self.careModerate = careModerate
        self.careExtensive = careExtensive
        self.careMassive = careMassive
    }

    /// The five-day hours for `service` at `level`.
    public func hours(_ service: DayOfferService, _ level: SupportLevel) -> HoursRange {
        switch (service, level) {
        case (.basis, .light): basisLight
        case (.basis, .moderate): basisModerate
        case (.basis, .extensive): basisExtensive
        case (.basis, .massive): basisMassive
        case (.personalCare, .light): careLight
        case (.personalCare, .moderate): careModerate
        case (.personalCare, .extensive): careExtensive
        case (.personalCare, .massive): careMassive
        }
    }
}

// MARK: - The standard

/// What a leave means for the citizen's place under a quality standard.
public struct LeaveAssessment: Sendable, Hashable {
    /// The last day the leave may end on and the place still be kept (start + the limit).
    public let limitEndsOn: CivilDate
    /// Whether the citizen keeps the place (the leave ends on or before ``limitEndsOn``).
    public let keepsPlace: Bool
    /// Whether the citizen must be re-visited through the handicap centre to return.
    public var requiresRevisitation: Bool { !keepsPlace }
}

/// A municipality's quality standard (kvalitetsstandard) for SEL §§ 103–104: the service levels
/// it promises, with the sections that say so.
///
/// A standard is a value; a municipality supplies the one in force on a date through
/// ``DayOfferLocalPolicy/dayOfferStandard(on:)``. The bundled one is Københavns Kommune's for
/// 2013 (`DayOfferStandard.kobenhavn2013` in `Municipalities`).
///
/// ```swift
/// let standard = DayOfferStandard.kobenhavn2013
/// standard.nextReviewDate(after: CivilDate(2013, 2, 15))      // 2013-06-15
/// try standard.supportHours(service: .personalCare, level: .extensive, daysPerWeek: 3) // 1.2–1.8
/// ```
public struct DayOfferStandard: Sendable, Hashable {
    /// The sections of the standard each rule rests on.
    public struct Sections: Sendable, Hashable {
        /// The target groups and age limit (KK-KS 1.3).
        public var targetGroups: Citation
        /// The case-processing deadline (KK-KS 2.3).
        public var caseProcessing: Citation
        /// The plan review interval (KK-KS 4.1).
        public var planReview: Citation
        /// The extraordinary follow-up (KK-KS 4.2).
        public var extraordinaryFollowUp: Citation
        /// Leave (KK-KS 4.3).
        public var leave: Citation
        /// The service descriptions and hours (KK-KS 8).
        public var serviceHours: Citation

        /// Creates the sections.
        public init(
            targetGroups: Citation, caseProcessing: Citation, planReview: Citation,
            extraordinaryFollowUp: Citation, leave: Citation, serviceHours: Citation
        ) {
            self.targetGroups = targetGroups
            self.caseProcessing = caseProcessing
            self.planReview = planReview
            self.extraordinaryFollowUp = extraordinaryFollowUp
            self.leave = leave
            self.serviceHours = serviceHours
        }
    }

    /// The standard's name, e.g. `Kvalitetsstandard … (SEL §§ 103 og 104) for 2013`.
    public let name: String
    /// The days the standard applies.
    public let period: PolicyPeriod
    /// Hours per week (five days) by service and support level.
    public let hours: SupportHoursTable
    /// The plan (pædagogisk plan, forandringskompas) is reviewed at least every this many months.
    public let reviewIntervalMonths: Int
    /// A leave of up to this many years keeps the place.
    public let leaveLimitYears: Int
    /// The authority decides an application within this many weeks.
    public let caseProcessingWeeks: Int
    /// Where each rule stands in the standard.
    public let sections: Sections

    /// Creates a standard.
    public init(
        name: String, period: PolicyPeriod, hours: SupportHoursTable, reviewIntervalMonths: Int,
        leaveLimitYears: Int, caseProcessingWeeks: Int, sections: Sections
    ) {
        self.name = name
        self.period = period
        self.hours = hours
        self.reviewIntervalMonths = reviewIntervalMonths
        self.leaveLimitYears = leaveLimitYears
        self.caseProcessingWeeks = caseProcessingWeeks
        self.sections = sections
    }

    /// Whether the standard applies on `date`.
    public func isInForce(on date: CivilDate) -> Bool { period.contains(date) }

    /// The hours per week for `service` at `level` for a citizen visited to `daysPerWeek` days
    /// (1–5): the five-day figure × days / 5, rounded to two decimals (KK-KS 8).
    ///
    /// - Throws: `PolicyError` (`out-of-range`, `facts.daysPerWeek`) outside 1–5.
    public func supportHours(service: DayOfferService, level: SupportLevel, daysPerWeek: Int = 5) throws(PolicyError)
        -> HoursRange
    {
        guard (1...5).contains(daysPerWeek) else { throw DayOfferRules.daysOutOfRange(daysPerWeek) }
        return hours.hours(service, level).prorated(days: daysPerWeek)
    }

    /// The day the next plan review is due after a review on `lastReview`: the same day of the
    /// month ``reviewIntervalMonths`` months later, or that month's last day when it is shorter
    /// (2013-10-31 → 2014-02-28).
    public func nextReviewDate(after lastReview: CivilDate) -> CivilDate {
        lastReview.adding(months: reviewIntervalMonths)
    }

    /// The day a decision on an application received on `received` is due: ``caseProcessingWeeks``
    /// weeks later, the same weekday. Not moved past weekends or helligdage: it is the
    /// authority's own deadline and the standard does not say so.
    public func decisionDue(applicationReceivedOn received: CivilDate) -> CivilDate {
        received.adding(weeks: caseProcessingWeeks)
    }

    /// Whether a leave from `start` to `end` keeps the place: it does when `end` is on or before
    /// `start` + ``leaveLimitYears`` years ("indtil 1 år", KK-KS 4.3).
    ///
    /// - Throws: `PolicyError` (`out-of-range`, `facts.leaveEndsOn`) when `end` is before `start`.
    public func leave(from start: CivilDate, to end: CivilDate) throws(PolicyError) -> LeaveAssessment {
        guard end >= start else { throw DayOfferRules.leaveEndsBeforeStart(start, end) }
        return assessLeave(from: start, to: end)
    }

    func assessLeave(from start: CivilDate, to end: CivilDate) -> LeaveAssessment {
        let limit = start.adding(years: leaveLimitYears)
        return LeaveAssessment(limitEndsOn: limit, keepsPlace: end <= limit)
    }
}

// MARK: - Municipal layer

/// What a municipality's policy says about day offers under SEL §§ 103–104: its quality
/// standard, if it has one in force.
///
/// ## Implementation requirements
/// - Return from ``dayOfferStandard(on:)`` only a standard whose ``DayOfferStandard/period``
///   contains the date; return `nil` on every other date (the library then answers
///   `undetermined` with `openLegalQuestion: no-quality-standard`, never applying an old
///   standard to a new year).
/// - Be pure and fast: the method runs on the hot path; return a stored `static let` value.
/// - A standard adds service levels and deadlines; it cannot change the national target groups
///   or the § 103 age limit, which the library applies itself on every date.
public protocol DayOfferLocalPolicy: MunicipalPolicy {
    /// The municipality's quality standard for SEL §§ 103–104 in force on `date`, or `nil`.
    func dayOfferStandard(on date: CivilDate) -> DayOfferStandard?
}

extension DayOfferLocalPolicy {
    /// No standard (the default for a municipality that supplies none).
    public func dayOfferStandard(on date: CivilDate) -> DayOfferStandard? { nil }
}

/// Why a day-offer question could not be answered from the law.
public enum DayOfferOpenQuestion: String, Sendable, Hashable {
    /// The municipality has no quality standard in force on `asOf` (KK-KS applies only in 2013).
    case noQualityStandard = "no-quality-standard"
}

/// The values every day-offer question shares.
public protocol DayOfferValues: DecisionValues {
    /// Set when no quality standard is in force.
    var openLegalQuestion: DayOfferOpenQuestion? { get set }
}

// MARK: - Rule sets and shared rules

/// The rule sets and shared rules of the day-offer questions.
package enum DayOfferRules {
    typealias I = InfluenceDayOfferInstruments

    static func version(
        _ from: CivilDate, _ to: CivilDate?, _ title: String, _ enactedBy: String, extra: [LegalInstrument] = []
    ) -> RuleSetVersion {
        let all = I.sel2013to2023 + I.sel2024 + I.sel2025 + I.pl
        return RuleSetVersion(
            id: "sel-103-104", validFrom: from, validTo: to, title: title, enactedBy: enactedBy,
            instruments: I.period(all, from: from, to: to) + extra)
    }

    /// The day serviceloven became an act for persons aged 18 or over (SEL § 2, stk. 1 as
    /// amended by LOV 753/2023, first in LBK 67/2024; barnets lov's in-force day).
    public static let adultsOnlyDay = CivilDate(2024, 1, 1)

    /// `sel-103-104`: SEL §§ 103–104 (unchanged 2013 → LBK 1129/2025) with the folkepensionsalder
    /// of PL § 1 a as legislated: a new version starts whenever an act raised the pension age
    /// (the § 103 age limit), and on 2024-01-01, when serviceloven became an act for persons aged
    /// 18 or over (SEL § 2, stk. 1), so that both offers need the person to be 18.
    public static let eligibilityRuleSets = RuleSetCatalogue([
        version(
            CivilDate(2013, 1, 1), CivilDate(2015, 12, 28),
            "SEL §§ 103–104; § 103 age limit = folkepensionsalder (65 → 67 for persons born 1954–1962, LOV 1386/2011)",
            "SEL § 103, stk. 1 and § 104 (LBK 810/2012); PL § 1 a as amended by LOV 1386 af 28/12/2011 (in force 2012-01-01)",
            extra: [.lov1386_2011]),
        version(
            CivilDate(2015, 12, 29), CivilDate(2020, 12, 30),
            "SEL §§ 103–104; folkepensionsalder 68 for persons born 1963–1966",
            "PL § 1 a as amended by LOV 1810 af 23/12/2015 (in force 2015-12-29)"),
        version(
            CivilDate(2020, 12, 31), CivilDate(2023, 12, 31),
            "SEL §§ 103–104; folkepensionsalder 69 for persons born 1967 or later",
            "PL § 1 a as amended by LOV 2203 af 29/12/2020 (in force 2020-12-31)"),
        version(
            adultsOnlyDay, CivilDate(2025, 12, 30),
            "SEL §§ 103–104 for persons aged 18 or over (SEL § 2, stk. 1)",
            "SEL § 2, stk. 1 as amended by LOV 753 af 13/06/2023 (in force with barnets lov, 2024-01-01; LBK 67/2024)"),
        version(
            CivilDate(2025, 12, 31), nil,
            "SEL §§ 103–104 for persons aged 18 or over; folkepensionsalder 70 for persons born 1971 or later",
            "PL § 1 a as amended by LOV 703 af 20/06/2025 (in force 2025-12-31)"),
    ])

    /// `day-offer-standard`: the municipality's quality standard for SEL §§ 103–104 in force on
    /// `asOf`, as its profile supplies it (SEL § 139 for decisions on the content and extent of
    /// offers to adults; RSL § 3, stk. 2 for the case-processing deadline).
    public static let standardRuleSets = RuleSetCatalogue([
        RuleSetVersion(
            id: "day-offer-standard", validFrom: CivilDate(2013, 1, 1), validTo: nil,
            title: "The municipality's quality standard for SEL §§ 103–104 in force on asOf",
            enactedBy: "Københavns Kommune, Kvalitetsstandard SEL §§ 103 og 104 for 2013 (Socialforvaltningen, 10-10-2012, sagsnr. 2012-139929), via the municipal profile; SEL § 139; RSL § 3, stk. 2",
            instruments: I.period(I.sel2013to2023 + I.sel2024 + I.sel2025 + I.rsl, from: CivilDate(2013, 1, 1), to: nil))
    ])

    /// SEL § 103, stk. 1.
    public static let sel103 = Citation(.sel, "103", stk: 1)
    /// SEL § 104.
    public static let sel104 = Citation(.sel, "104")
    /// Pensionsloven § 1 a (folkepensionsalder).
    public static let pensionAge = Citation(.pl, "1 a")
    /// RSL § 3, stk. 2: the municipality sets case-processing deadlines.
    public static let caseDeadlines = Citation(.rsl, "3", stk: 2)
    /// KK-KS 1: the standards are revised every year.
    public static let annualRevision = Citation(.kkKS, "1")
    /// SEL § 139: the municipality decides the content, extent and delivery of offers to adults
    /// (the basis of the quality standards).
    public static let qualityStandards = Citation(.sel, "139")
    /// SEL § 2, stk. 1: from 2024-01-01 the Act covers only persons aged 18 or over.
    public static let adultsOnly = Citation(.sel, "2", stk: 1)
    /// SEL § 105: remuneration by effort for work in §§ 103 and 104 offers (not in § 104 itself).
    public static let remuneration = Citation(.sel, "105")

    static func daysOutOfRange(_ days: Int) -> PolicyError {
        PolicyError(code: .outOfRange, field: "facts.daysPerWeek", message: "\(days) is outside 1–5 days a week")
    }

    static func leaveEndsBeforeStart(_ start: CivilDate, _ end: CivilDate) -> PolicyError {
        PolicyError(
            code: .outOfRange, field: "facts.leaveEndsOn",
            message: "the leave ends (\(end)) before it starts (\(start))")
    }

    /// Looks up the standard in force on `asOf` for the evaluation's municipality. Without a
    /// municipality, records `municipality` as missing; with one that has no standard on that
    /// date, sets `openLegalQuestion`. Returns `nil` in both cases (the outcome stays
    /// `undetermined`).
    static func standard<V: DayOfferValues, R: Recorder>(_ e: inout Evaluation<V, R>) -> DayOfferStandard? {
        let asOf = e.context.asOf
        guard let municipality = e.context.municipality else {
            e.test(
                qualityStandards, holds: nil,
                LocalizedText(
                    da: "Ingen kommune er angivet; serviceniveauet for dagtilbud efter SEL §§ 103–104 fastsættes i kommunens kvalitetsstandard.",
                    en: "No municipality is given; the service level of day offers under SEL §§ 103–104 is set by the municipality's quality standard."))
            e.missing("municipality")
            return nil
        }
        if let local = municipality as? any DayOfferLocalPolicy, let standard = local.dayOfferStandard(on: asOf),
            standard.isInForce(on: asOf)
        {
            return standard
        }
        e.verdict.values.openLegalQuestion = .noQualityStandard
        e.test(
            qualityStandards, holds: nil,
            LocalizedText(
                da: "\(municipality.name) har ingen kvalitetsstandard for SEL §§ 103–104 i kraft \(asOf.danishText) i biblioteket (Københavns standard gælder kun 2013 og revideres årligt); spørgsmålet kan ikke besvares.",
                en: "\(municipality.name) has no quality standard for SEL §§ 103–104 in force on \(asOf.englishText) in the library (Copenhagen's standard covers 2013 only and is revised every year); the question cannot be answered."))
        return nil
    }
}
