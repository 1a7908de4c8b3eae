import SocialPolicyCore

extension Citation.Source {
    /// Justitsministeriets vejledning nr. 9533 af 26/06/2018 om beregning af klagefrister.
    public static let klagefristVejledning = Citation.Source(code: "VEJ nr. 9533/2018", kind: .policy)
    /// Lukkeloven (lov om detailsalg fra butikker m.v.), whose § 2, stk. 1 names the helligdage
    /// beside Grundlovsdag and juleaftensdag, which are not helligdage.
    public static let lukkeloven = Citation.Source(code: "Lukkeloven", kind: .statute)
    /// Lov om konsekvenser ved afskaffelsen af store bededag som helligdag (L 13, FT 2022-23,
    /// 2. samling; LOV nr. 214 af 06/03/2023, in force 2024-01-01).
    public static let storeBededagLoven = Citation.Source(code: "L 13 (2022-23, 2. saml.)", kind: .policy)
    /// Forældelsesloven (lov om forældelse af fordringer), whose § 27 is the only statute that
    /// says how a period in months ends (stk. 1) and that extends a period ending on a weekend, a
    /// helligdag, Grundlovsdag, 24 or 31 December (stk. 2) — for limitation periods only.
    public static let foraeldelsesloven = Citation.Source(code: "Forældelsesloven", kind: .statute)
}

extension LegalInstrument {
    /// VEJ 9533/2018, Justitsministeriets vejledning om beregning af klagefrister: weeks as weeks,
    /// months as months, a deadline on a Saturday, Sunday or helligdag moves to the next hverdag,
    /// physical post received 6 hverdage after posting (as summarised by Ankestyrelsen and
    /// Kammeradvokaten; the text itself is not in the copy of retsinformation).
    package static let vej9533_2018 = LegalInstrument(
        .guidance, number: 9533, issued: CivilDate(2018, 6, 26),
        title: "Vejledning om beregning af klagefrister",
        url: "https://www.retsinformation.dk/eli/retsinfo/2018/9533", contains: .klagefristVejledning)

    /// LOV 522/2007, forældelsesloven (in force 2008-01-01 [S]; the copy holds no text for the act).
    package static let lov522_2007 = LegalInstrument(
        .act, number: 522, issued: CivilDate(2007, 6, 6), appliesFrom: CivilDate(2008, 1, 1),
        title: "Lov om forældelse af fordringer (forældelsesloven)",
        url: eli(2007, 522), contains: .foraeldelsesloven)
    /// LBK 1063/2013, forældelsesloven; § 27 read there.
    package static let lbk1063_2013 = LegalInstrument(
        .consolidatedAct, number: 1063, issued: CivilDate(2013, 8, 28),
        title: "Bekendtgørelse af lov om forældelse af fordringer (forældelsesloven)",
        url: eli(2013, 1063), contains: .foraeldelsesloven)
    /// LBK 1238/2015, forældelsesloven; § 27 unchanged.
    package static let lbk1238_2015 = LegalInstrument(
        .consolidatedAct, number: 1238, issued: CivilDate(2015, 11, 9),
        title: "Bekendtgørelse af lov om forældelse af fordringer (forældelsesloven)",
        url: eli(2015, 1238), contains: .foraeldelsesloven)

    /// LOV 606/2005, lukkeloven (the copy holds no text for the act).
    package static let lov606_2005 = LegalInstrument(
        .act, number: 606, issued: CivilDate(2005, 6, 24),
        title: "Lov om detailsalg fra butikker m.v.",
        url: eli(2005, 606), contains: .lukkeloven)
    /// LBK 515/2019, lukkeloven; § 2, stk. 1: no retail sale "på helligdage, grundlovsdag og
    /// juleaftensdag samt efter kl. 15 på nytårsaftensdag" — the three are named beside the
    /// helligdage, not among them.
    package static let lbk515_2019 = LegalInstrument(
        .consolidatedAct, number: 515, issued: CivilDate(2019, 4, 30),
        title: "Bekendtgørelse af lov om detailsalg fra butikker m.v.",
        url: eli(2019, 515), contains: .lukkeloven)

    /// BEK 270/2023 § 1: "Bededag … afskaffes som helligdag med virkning fra den 1. januar 2024."
    package static let bek270_2023 = LegalInstrument(
        .executiveOrder, number: 270, issued: CivilDate(2023, 3, 7),
        title: "Bekendtgørelse om afskaffelse af bededag som helligdag",
        url: eli(2023, 270), contains: Citation.Source(code: "BEK 270/2023", kind: .statute))
    /// LOV 214/2023 (L 13, FT 2022-23, 2. samling): store bededag an ordinary working day (§ 1),
    /// in force 2024-01-01 (§ 5).
    package static let lov214_2023 = LegalInstrument(
        .act, number: 214, issued: CivilDate(2023, 3, 6), appliesFrom: CivilDate(2024, 1, 1),
        title: "Lov om konsekvenser ved afskaffelsen af store bededag som helligdag",
        url: eli(2023, 214), contains: .storeBededagLoven)

    /// The instruments the calendar's rules rest on, oldest first.
    package static let calendarInstruments: [LegalInstrument] = [
        .lov606_2005, .lov522_2007, .lbk1063_2013, .lbk1238_2015, .vej9533_2018, .lbk515_2019, .bek270_2023,
        .lov214_2023,
    ]
}

/// An open legal question a calendar answer rests on (`values.openLegalQuestion`); each is
/// documented under "Calendar and deadlines" in `Documentation/OpenLegalQuestions.md`.
public enum CalendarOpenQuestion: String, FactEnum {
    /// No statute extends an administrative deadline that ends on Grundlovsdag, 24 or 31
    /// December; only forældelsesloven § 27, stk. 2 does, for limitation periods.
    case evesExtendDeadlines = "eves-extend-deadlines"
    /// The day a half-year age (or a whole-year age of someone born on 29 February) is reached
    /// when the birth day does not exist in the month it is reached.
    case pensionAgeDay = "pension-age-day"

    /// What the value means.
    public var meaning: String {
        switch self {
        case .evesExtendDeadlines:
            "the deadline ends on Grundlovsdag, 24 or 31 December (or one of them decides it): no statute extends it; the safe deadline counts the day as a working day"
        case .pensionAgeDay:
            "the birth day does not exist in the month the age is reached (31 March or 31 May births at 65½ or 66½; 29 February births in a common year): the library takes the month's last day"
        }
    }
}

/// The calendar's rule sets: the computation of deadlines was written down in VEJ 9533/2018
/// (2018-06-26), and the helligdage changed on 2024-01-01, when store bededag ceased to be one.
public enum CalendarRuleSets: Sendable {
    /// The day Justitsministeriets vejledning nr. 9533 on computing complaint deadlines was issued.
    public static let guidanceFrom = CivilDate(2018, 6, 26)
    /// The day BEK 270/2023 abolished store bededag as a helligdag with effect from 2024-01-01.
    public static let greatPrayerDayAbolitionIssued = CivilDate(2023, 3, 7)

    /// `dk-calendar`, with its three versions.
    public static let catalogue = RuleSetCatalogue([
        RuleSetVersion(
            id: "dk-calendar", validFrom: CivilDate(2013, 1, 1), validTo: CivilDate(2018, 6, 25),
            title: "Helligdage including store bededag; no published rule on computing deadlines (forældelsesloven § 27 by analogy)",
            enactedBy: "lukkeloven (LOV nr. 606 af 24/06/2005) § 2, stk. 1; forældelsesloven § 27 (LBK nr. 1063 af 28/08/2013)",
            instruments: LegalInstrument.inForce(
                LegalInstrument.calendarInstruments, from: CivilDate(2013, 1, 1), to: CivilDate(2018, 6, 25))),
        RuleSetVersion(
            id: "dk-calendar", validFrom: guidanceFrom, validTo: CivilDate(2023, 12, 31),
            title: "Helligdage including store bededag; deadlines as Justitsministeriets vejledning nr. 9533/2018",
            enactedBy: "VEJ nr. 9533 af 26/06/2018 om beregning af klagefrister; lukkeloven § 2, stk. 1 (LBK nr. 515 af 30/04/2019)",
            instruments: LegalInstrument.inForce(
                LegalInstrument.calendarInstruments, from: guidanceFrom, to: CivilDate(2023, 12, 31))),
        RuleSetVersion(
            id: "dk-calendar", validFrom: CivilDate(2024, 1, 1), validTo: nil,
            title: "Helligdage without store bededag",
            enactedBy: "BEK nr. 270 af 07/03/2023 § 1; LOV nr. 214 af 06/03/2023 (L 13, FT 2022-23, 2. samling); lukkeloven § 2, stk. 1",
            instruments: LegalInstrument.inForce(LegalInstrument.calendarInstruments, from: CivilDate(2024, 1, 1), to: nil)),
    ])

    /// Weeks as weeks, months as months, the start day not counted: VEJ 9533/2018 from its issue,
    /// forældelsesloven § 27, stk. 1 (months) by analogy before.
    public static func periodRule(on date: CivilDate) -> Citation {
        date >= guidanceFrom ? Citation(.klagefristVejledning, "uger og måneder") : Citation(.foraeldelsesloven, "27", stk: 1)
    }

    /// A deadline on a Saturday, Sunday or helligdag moves to the next hverdag: VEJ 9533/2018
    /// from its issue, forældelsesloven § 27, stk. 2 by analogy before.
    public static func nonWorkingRule(on date: CivilDate) -> Citation {
        date >= guidanceFrom
            ? Citation(.klagefristVejledning, "lørdage, søndage og helligdage") : Citation(.foraeldelsesloven, "27", stk: 2)
    }

    /// The only statute that names Grundlovsdag, 24 and 31 December as days that extend a
    /// period — for limitation periods, not complaint deadlines.
    public static let evesRule = Citation(.foraeldelsesloven, "27", stk: 2)
    /// The helligdage, with Grundlovsdag and juleaftensdag named beside them.
    public static let holidayList = Citation(.lukkeloven, "2", stk: 1)
    /// The abolition of store bededag as a helligdag from 2024-01-01.
    public static let greatPrayerDayAbolished = Citation(LegalInstrument.bek270_2023.ownSource, "1")
    /// Store bededag an ordinary working day from 2024-01-01 (L 13; LOV 214/2023 § 1).
    public static let greatPrayerDayWorkingDay = Citation(.storeBededagLoven, "§ 1")
}

// MARK: - calendar.deadline

/// `calendar.deadline`: the last day of a period, moved past weekends and helligdage.
///
/// `deadline` follows `extendOnEves` (default true: Grundlovsdag, 24 and 31 December count as
/// non-working, in the citizen's favour), as the contract has always said. `safeDeadline`
/// (since 1.1) never moves past those days: it is never later than the law surely allows, and
/// it is the date to tell a person. The two differ only when an eve decides, and then the
/// decision says both and names `eves-extend-deadlines`.
public enum DeadlineQuestion: PolicyQuestion {
    /// The facts of a deadline question.
    public struct Facts: Sendable, Hashable {
        /// The day the period counts from (not itself counted).
        public var start: CivilDate
        /// The period.
        public var period: DeadlinePeriod
        /// The treatment of non-working days.
        public var rules: DeadlineRules

        /// Creates the facts.
        public init(start: CivilDate, period: DeadlinePeriod, rules: DeadlineRules = .citizenFavourable) {
            self.start = start
            self.period = period
            self.rules = rules
        }

        /// These facts, or the error a host must see: a negative part of the period, or a
        /// deadline past 9999-12-31, names `facts.months`, `facts.weeks` or `facts.days`
        /// (whichever takes it there) or `facts.start`.
        public func validated() throws(PolicyError) -> Facts {
            if let field = period.overflow(from: start) {
                throw PolicyError(
                    code: .outOfRange, field: "facts.\(field)",
                    message: "the period is negative or ends after 9999-12-31, the last day the calendar knows")
            }
            guard Deadline(checkedFrom: start, period: period, rules: rules) != nil else {
                throw PolicyError(
                    code: .outOfRange, field: "facts.start",
                    message: "the deadline would move past 9999-12-31, the last day the calendar knows")
            }
            return self
        }
    }

    /// The values of a deadline.
    public struct Values: DecisionValues, Hashable {
        /// The day the period ends on the calendar.
        public var nominalDeadline: CivilDate?
        /// The last day to act, by the facts' rules (`extendOnEves`, default true).
        public var deadline: CivilDate?
        /// The safe last day (since 1.1): never moved past Grundlovsdag, 24 or 31 December.
        public var safeDeadline: CivilDate?
        /// The eve that decided the result, if any (an open legal question).
        public var eveWarning: Eve?
        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("nominalDeadline", nominalDeadline)
            fields.add("deadline", deadline)
            fields.add("safeDeadline", safeDeadline)
            if let eveWarning {
                fields.add("warning", DeadlineQuestion.eveWarning(eveWarning, safe: safeDeadline, told: deadline))
                fields.add("openLegalQuestion", CalendarOpenQuestion.evesExtendDeadlines)
            }
            return fields
        }
    }

    /// The warning of a deadline an eve decided: what no statute says, the safe date to act by,
    /// and the citizen-favourable date a later act is judged by.
    public static func eveWarning(_ eve: Eve, safe: CivilDate?, told: CivilDate?) -> LocalizedText {
        let safeDa = safe.map { " Den sikre frist er \($0.danishText): handl senest den dag." } ?? ""
        let safeEn = safe.map { " The safe deadline is \($0.englishText): act by that day." } ?? ""
        let later = told.flatMap { told in safe.flatMap { told > $0 ? told : nil } }
        let laterDa = later.map { " Til borgerens fordel regnes en handling til og med \($0.danishText) for rettidig, men det er et åbent juridisk spørgsmål (eves-extend-deadlines)." } ?? " Om fristen forlænges over dagen, er et åbent juridisk spørgsmål (eves-extend-deadlines)."
        let laterEn = later.map { " In the citizen's favour an act up to and including \($0.englishText) is treated as in time, but this is an open legal question (eves-extend-deadlines)." } ?? " Whether the deadline extends over the day is an open legal question (eves-extend-deadlines)."
        return LocalizedText(
            da: "\(eve.danishName) er ikke en helligdag, og ingen lov forlænger en klagefrist over dagen (forældelsesloven § 27, stk. 2 gælder kun forældelsesfrister).\(safeDa)\(laterDa)",
            en: "\(eve.englishName) is not a public holiday, and no statute extends a complaint deadline over it (forældelsesloven § 27, stk. 2 covers limitation periods only).\(safeEn)\(laterEn)")
    }

    /// The contract's question id.
    public static let id = "calendar.deadline"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Hvornår udløber fristen?", en: "When does the deadline expire?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        FactSpec("start", .date, required: true, "the day the period counts from (not itself counted)"),
        FactSpec("weeks", .int(0...Int.max), "whole weeks: the deadline lands on the same weekday"),
        FactSpec("days", .int(0...Int.max), "days"),
        FactSpec("months", .int(0...Int.max), "whole months: the same day of the month, or the month's last day"),
        FactSpec("extendOverNonWorkingDays", .bool, "move a deadline on a Saturday, Sunday or helligdag to the next working day (default true)"),
        FactSpec("extendOnEves", .bool, "also treat Grundlovsdag, 24 and 31 December as non-working for `deadline` (default true, in the citizen's favour; an open legal question). `safeDeadline` never does"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("nominalDeadline", "date", "the day the period ends on the calendar (start not counted; weeks on the same weekday, months on the same day or the month's last day)"),
        ValueSpec("deadline", "date", "the last day to act under the facts' rules: moved past Saturdays, Sundays and helligdage, and past Grundlovsdag, 24 and 31 December while `extendOnEves` is true (the default)"),
        ValueSpec("safeDeadline", "date", since: "1.1", "the last day to act on the safe reading: moved past Saturdays, Sundays and helligdage only (VEJ 9533/2018), never past Grundlovsdag, 24 or 31 December, which no statute makes a reason to extend. Never later than the law surely allows: the date to tell a person"),
        ValueSpec("warning", "{ \"da\": …, \"en\": … }", "when Grundlovsdag, 24 or 31 December decided the deadline: that no statute extends over it, the safe date and the citizen-favourable one"),
        ValueSpec.enumeration("openLegalQuestion", CalendarOpenQuestion.self, since: "1.1", "the open legal question the answer rests on: `eves-extend-deadlines` when an eve decided the deadline"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = CalendarRuleSets.catalogue

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    ///
    /// - Throws: `PolicyError`: `missing-field` on `facts.weeks` without any period;
    ///   `out-of-range` on the part that is over 1,000 years (`facts.weeks`, `facts.days` or
    ///   `facts.months`) or that takes the deadline past 9999-12-31, or on `facts.start` when only
    ///   the move past non-working days would.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        let weeks = try bag.int("weeks")
        let days = try bag.int("days")
        let months = try bag.int("months")
        guard weeks != nil || days != nil || months != nil else {
            throw PolicyError(
                code: .missingField, field: "facts.weeks",
                message: "give at least one of weeks, days or months")
        }
        // Keep the arithmetic within the calendar: no part beyond 1,000 years, each named.
        for (field, value, limit) in [("months", months, 12_000), ("weeks", weeks, 52_000), ("days", days, 365_000)] {
            if let value, value > limit {
                throw PolicyError(code: .outOfRange, field: "facts.\(field)", message: "the period is longer than 1,000 years")
            }
        }
        return try Facts(
            start: try bag.requiredDate("start"),
            period: DeadlinePeriod(months: months ?? 0, weeks: weeks ?? 0, days: days ?? 0),
            rules: DeadlineRules(
                extendOverNonWorkingDays: try bag.bool("extendOverNonWorkingDays") ?? true,
                extendOnEves: try bag.bool("extendOnEves") ?? true)
        ).validated()
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed: a period
    /// that is negative or ends after 9999-12-31 (facts built in Swift without
    /// ``Facts/validated()``) gives no deadline and `undetermined`.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into evaluation: inout Evaluation<Values, R>) {
        let asOf = evaluation.context.asOf
        guard let deadline = Deadline(checkedFrom: facts.start, period: facts.period, rules: facts.rules) else {
            evaluation.test(
                CalendarRuleSets.periodRule(on: asOf), holds: nil,
                LocalizedText(
                    da: "Perioden er negativ eller ender efter 31. december 9999, kalenderens sidste dag: der gives ingen frist.",
                    en: "The period is negative or ends after 31 December 9999, the calendar's last day: no deadline is given."))
            evaluation.missing("start")
            evaluation.verdict.outcome = .undetermined
            return
        }
        evaluation.verdict.values.nominalDeadline = deadline.nominal
        evaluation.verdict.values.deadline = deadline.date
        evaluation.verdict.values.safeDeadline = deadline.safeDate
        evaluation.verdict.values.eveWarning = deadline.eveAffected
        evaluation.test(
            CalendarRuleSets.periodRule(on: asOf), holds: true,
            LocalizedText(
                da: "Fristen regnes fra \(facts.start.danishText), som ikke medregnes: \(describe(facts.period, danish: true)) giver \(deadline.nominal.danishText).",
                en: "The period runs from \(facts.start.englishText), which is not counted: \(describe(facts.period, danish: false)) gives \(deadline.nominal.englishText)."))
        if facts.rules.extendOverNonWorkingDays {
            let moved = deadline.safeDate != deadline.nominal
            evaluation.test(
                CalendarRuleSets.nonWorkingRule(on: asOf), holds: moved,
                moved
                    ? LocalizedText(
                        da: "\(deadline.nominal.danishText) er en lørdag, søndag eller helligdag; fristen udløber først den følgende hverdag, \(deadline.safeDate.danishText).",
                        en: "\(deadline.nominal.englishText) is a Saturday, Sunday or public holiday; the deadline moves to the next working day, \(deadline.safeDate.englishText).")
                    : LocalizedText(
                        da: "\(deadline.nominal.danishText) er ikke en lørdag, søndag eller helligdag; fristen flyttes ikke af den grund.",
                        en: "\(deadline.nominal.englishText) is not a Saturday, Sunday or public holiday; the deadline does not move for that reason."))
            if moved || deadline.eveAffected != nil { evaluation.cite(CalendarRuleSets.holidayList) }
        }
        if let eve = deadline.eveAffected {
            evaluation.test(
                CalendarRuleSets.evesRule, holds: nil,
                facts.rules.extendOnEves && facts.rules.extendOverNonWorkingDays
                    ? LocalizedText(
                        da: "\(eve.danishName) afgør fristen. Ingen lov forlænger en klagefrist over dagen (kun forældelsesfrister, forældelsesloven § 27, stk. 2): den sikre frist er \(deadline.safeDate.danishText), og det er den, der skal oplyses. Med extendOnEves regnes til borgerens fordel til \(deadline.date.danishText), så en handling senest den dag bedømmes som rettidig; det er et åbent juridisk spørgsmål.",
                        en: "\(eve.englishName) decides the deadline. No statute extends a complaint deadline over it (only limitation periods, forældelsesloven § 27, stk. 2): the safe deadline is \(deadline.safeDate.englishText), and that is the one to tell. With extendOnEves the computation favours the citizen up to \(deadline.date.englishText), so an act by that day is judged in time; this is an open legal question.")
                    : LocalizedText(
                        da: "\(eve.danishName) afgør fristen. Ingen lov forlænger en klagefrist over dagen; fristen er \(deadline.date.danishText). Om den forlænges, er et åbent juridisk spørgsmål.",
                        en: "\(eve.englishName) decides the deadline. No statute extends a complaint deadline over it; the deadline is \(deadline.date.englishText). Whether it extends is an open legal question."))
        }
        evaluation.verdict.outcome = .determined
    }

    static func describe(_ period: DeadlinePeriod, danish: Bool) -> String {
        var parts: [String] = []
        if period.months != 0 { parts.append(danish ? "\(period.months) måned(er)" : "\(period.months) month(s)") }
        if period.weeks != 0 { parts.append(danish ? "\(period.weeks) uge(r)" : "\(period.weeks) week(s)") }
        if period.days != 0 { parts.append(danish ? "\(period.days) dag(e)" : "\(period.days) day(s)") }
        if parts.isEmpty { parts.append(danish ? "0 dage" : "0 days") }
        return parts.joined(separator: danish ? " og " : " and ")
    }
}

// MARK: - calendar.holidays

/// `calendar.holidays`: the Danish helligdage of a year.
public enum HolidaysQuestion: PolicyQuestion {
    /// The facts: a year, 2013–2100.
    public struct Facts: Sendable, Hashable {
        /// The year.
        public var year: Int
        /// Creates the facts.
        public init(year: Int) { self.year = year }
    }

    /// The values: the year's helligdage, computed when shown.
    public struct Values: DecisionValues, Hashable {
        /// The year whose helligdage to list.
        public var year: Int?
        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            guard let year else { return [] }
            let list = DanishCalendar.holidays(in: year).map { holiday in
                DecisionValue.object([
                    NamedValue("date", .date(holiday.date)),
                    NamedValue("name", .string(holiday.kind.danishName)),
                ])
            }
            return [NamedValue("holidays", .array(list))]
        }
    }

    /// The contract's question id.
    public static let id = "calendar.holidays"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(da: "Hvilke dage er helligdage?", en: "Which days are public holidays?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        FactSpec("year", .int(2013...2100), required: true, "the year, 2013–2100")
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("holidays", "array of { \"date\": date, \"name\": string }", "the year's helligdage in date order, with their Danish names (store bededag to 2023 only; Grundlovsdag, 24 and 31 December are not helligdage)")
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = CalendarRuleSets.catalogue

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(year: try bag.requiredInt("year"))
    }


    /// Whether store bededag is a helligdag in `year`, in words; built only when the decision is
    /// explained (inside the `@autoclosure`), never on the verdict path.
    static func greatPrayerDayText(_ year: Int, _ hasGreatPrayerDay: Bool) -> LocalizedText {
        hasGreatPrayerDay
            ? LocalizedText(
                da: "Store bededag er helligdag i \(year) (afskaffet som helligdag fra 2024).",
                en: "Great Prayer Day is a public holiday in \(year) (abolished as one from 2024).")
            : LocalizedText(
                da: "Store bededag er ikke helligdag i \(year): den blev afskaffet som helligdag med virkning fra 1. januar 2024.",
                en: "Great Prayer Day is not a public holiday in \(year): it was abolished as one with effect from 1 January 2024.")
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into evaluation: inout Evaluation<Values, R>) {
        let asOf = evaluation.context.asOf
        evaluation.verdict.values.year = facts.year
        evaluation.test(
            CalendarRuleSets.holidayList, holds: true,
            LocalizedText(
                da: "Helligdagene er nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag og 2. juledag (beregnet ud fra påskedag \(DanishCalendar.easterSunday(in: facts.year).danishText)). Grundlovsdag, juleaftensdag og nytårsaftensdag er ikke helligdage: lukkeloven § 2, stk. 1 nævner grundlovsdag og juleaftensdag ved siden af helligdagene.",
                en: "The public holidays are New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday, and 25 and 26 December (computed from Easter Sunday, \(DanishCalendar.easterSunday(in: facts.year).englishText)). Constitution Day and 24 and 31 December are not: lukkeloven § 2, stk. 1 names Constitution Day and Christmas Eve beside the holidays."))
        let hasGreatPrayerDay = facts.year <= DanishCalendar.lastYearWithGreatPrayerDay
        // The abolition is cited from the day its instrument exists.
        if asOf >= CalendarRuleSets.greatPrayerDayAbolitionIssued {
            evaluation.test(CalendarRuleSets.greatPrayerDayAbolished, holds: hasGreatPrayerDay, greatPrayerDayText(facts.year, hasGreatPrayerDay))
            if asOf >= LegalInstrument.lov214_2023.appliesFrom { evaluation.cite(CalendarRuleSets.greatPrayerDayWorkingDay) }
        } else {
            evaluation.test(CalendarRuleSets.holidayList, holds: hasGreatPrayerDay, greatPrayerDayText(facts.year, hasGreatPrayerDay))
        }
        evaluation.verdict.outcome = .determined
    }
}

// MARK: - calendar.pension-age

/// `calendar.pension-age`: folkepensionsalder by birth date (PL § 1 a), and the day it is reached.
public enum PensionAgeQuestion: PolicyQuestion {
    /// The facts: a birth date.
    public struct Facts: Sendable, Hashable {
        /// The person's birth date.
        public var birthDate: CivilDate
        /// Creates the facts.
        public init(birthDate: CivilDate) { self.birthDate = birthDate }

        /// These facts, or `out-of-range` on `facts.birthDate` when the pension age would be
        /// reached after 9999-12-31, the last day the calendar knows.
        public func validated() throws(PolicyError) -> Facts {
            guard PensionAge.checkedReachedOn(bornOn: birthDate, lawOf: DanishCalendar.lastDay) != nil else {
                throw PolicyError(
                    code: .outOfRange, field: "facts.birthDate",
                    message: "the pension age would be reached after 9999-12-31, the last day the calendar knows")
            }
            return self
        }
    }

    /// The values: the age and the day it is reached.
    public struct Values: DecisionValues, Hashable {
        /// Whole years of the age.
        public var pensionAgeYears: Int?
        /// Months beyond the whole years (0 or 6).
        public var pensionAgeMonths: Int?
        /// The day folkepensionsalder is reached.
        public var reachesPensionAgeOn: CivilDate?
        /// The open legal question the day rests on (since 1.1): `pension-age-day`.
        public var openLegalQuestion: CalendarOpenQuestion?
        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("pensionAgeYears", pensionAgeYears)
            fields.add("pensionAgeMonths", pensionAgeMonths)
            fields.add("reachesPensionAgeOn", reachesPensionAgeOn)
            fields.add("openLegalQuestion", openLegalQuestion)
            return fields
        }
    }

    /// The contract's question id.
    public static let id = "calendar.pension-age"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Hvornår når personen folkepensionsalderen?", en: "When does the person reach state pension age?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        FactSpec("birthDate", .date, required: true, "the person's birth date")
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("pensionAgeYears", "int", "whole years of folkepensionsalderen under PL § 1 a as in force on asOf"),
        ValueSpec("pensionAgeMonths", "int", "months beyond the whole years: 6 for the 1954–1955 half-year brackets, else 0"),
        ValueSpec("reachesPensionAgeOn", "date", "the day the age is reached: the birth date plus the age in calendar months; a day the month lacks is its last day"),
        ValueSpec.enumeration("openLegalQuestion", CalendarOpenQuestion.self, since: "1.1", "`pension-age-day` when the birth day does not exist in the month the age is reached (31 March and 31 May 1954/1955 at 65½ and 66½; 29 February in a common year)"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = PensionAge.ruleSets
    static let citation = Citation(.pl, "1 a")

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    ///
    /// - Throws: `PolicyError` `out-of-range` on `facts.birthDate` when the age would be
    ///   reached after 9999-12-31.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        try Facts(birthDate: try bag.requiredDate("birthDate")).validated()
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed: an age
    /// reached after 9999-12-31 (facts built in Swift without ``Facts/validated()``) gives no day
    /// and `undetermined`.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into evaluation: inout Evaluation<Values, R>) {
        let lawOf = evaluation.context.asOf
        let (years, months) = PensionAge.age(bornOn: facts.birthDate, lawOf: lawOf)
        evaluation.verdict.values.pensionAgeYears = years
        evaluation.verdict.values.pensionAgeMonths = months
        let half = months == 6
        guard let reached = PensionAge.checkedReachedOn(bornOn: facts.birthDate, lawOf: lawOf) else {
            evaluation.test(
                citation, holds: nil,
                LocalizedText(
                    da: "Folkepensionsalderen \(years)\(half ? "½" : "") år nås efter 31. december 9999, kalenderens sidste dag: der gives ingen dato.",
                    en: "The state pension age of \(years)\(half ? "½" : "") is reached after 31 December 9999, the calendar's last day: no date is given."))
            evaluation.missing("birthDate")
            evaluation.verdict.outcome = .undetermined
            return
        }
        evaluation.verdict.values.reachesPensionAgeOn = reached
        evaluation.test(
            citation, holds: true,
            LocalizedText(
                da: "For en person født \(facts.birthDate.danishText) er folkepensionsalderen \(years)\(half ? "½" : "") år efter pensionsloven § 1 a, som den gjaldt \(lawOf.danishText) (\(PensionAge.legislatedBy(bornOn: facts.birthDate, lawOf: lawOf))). Den nås \(reached.danishText).",
                en: "For a person born \(facts.birthDate.englishText), the state pension age is \(years)\(half ? "½" : "") under pensionsloven § 1 a as in force on \(lawOf.englishText) (\(PensionAge.legislatedBy(bornOn: facts.birthDate, lawOf: lawOf))). It is reached on \(reached.englishText)."))
        if reached.day != facts.birthDate.day {
            evaluation.verdict.values.openLegalQuestion = .pensionAgeDay
            evaluation.test(
                citation, holds: nil,
                LocalizedText(
                    da: "Den \(facts.birthDate.day). findes ikke i \(reached.month). måned \(reached.year); biblioteket bruger månedens sidste dag, \(reached.danishText), som forældelsesloven § 27, stk. 1 gør for frister i måneder. Ingen regel afgør det for folkepensionsalderen (åbent juridisk spørgsmål pension-age-day); alternativet er dagen efter.",
                    en: "Day \(facts.birthDate.day) does not exist in month \(reached.month) of \(reached.year); the library takes the month's last day, \(reached.englishText), as forældelsesloven § 27, stk. 1 does for periods in months. No rule decides it for the pension age (open legal question pension-age-day); the alternative is the day after."))
        }
        evaluation.verdict.outcome = .determined
    }
}
