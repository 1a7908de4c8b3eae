import SocialPolicyCore

extension Citation.Source {
    /// Justitsministeriets vejledning nr. 9533 af 26/06/2018 om beregning af klagefrister.
    public static let klagefristVejledning = Citation.Source(code: "VEJ nr. 9533/2018", kind: .policy)
    /// Lukkeloven (lov om detailsalg fra butikker m.v.), whose § 2 lists the helligdage by name
    /// since the abolition of store bededag.
    public static let lukkeloven = Citation.Source(code: "Lukkeloven", kind: .statute)
    /// Lov om afskaffelse af store bededag som helligdag (L 13, FT 2022-23, 2. samling).
    public static let storeBededagLoven = Citation.Source(code: "L 13 (2022-23, 2. saml.)", kind: .policy)
}

/// The calendar's rule sets: the helligdage changed on 2024-01-01, when store bededag ceased
/// to be one.
public enum CalendarRuleSets {
    /// `dk-calendar`, with its two versions.
    public static let catalogue = RuleSetCatalogue([
        RuleSetVersion(
            id: "dk-calendar", validFrom: CivilDate(2013, 1, 1), validTo: CivilDate(2023, 12, 31),
            title: "Helligdage including store bededag",
            enactedBy: "the helligdage as listed before 2024; https://ft.dk/samling/20222/almdel/kiu/spm/19/svar/1931096/2662590/index.htm"),
        RuleSetVersion(
            id: "dk-calendar", validFrom: CivilDate(2024, 1, 1), validTo: nil,
            title: "Helligdage without store bededag",
            enactedBy: "L 13 (FT 2022-23, 2. samling), adopted 28/02/2023; lukkeloven § 2, stk. 1"),
    ])

    static let periodRule = Citation(.klagefristVejledning, "uger og måneder")
    static let nonWorkingRule = Citation(.klagefristVejledning, "lørdage, søndage og helligdage")
    static let holidayList = Citation(.lukkeloven, "2", stk: 1)
    static let greatPrayerDayAbolished = Citation(.storeBededagLoven, "§ 1")
}

// MARK: - calendar.deadline

/// `calendar.deadline`: the last day of a period, moved past weekends and helligdage.
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
    }

    /// The values of a deadline.
    public struct Values: DecisionValues, Hashable {
        /// The day the period ends on the calendar.
        public var nominalDeadline: CivilDate?
        /// The last day to act.
        public var deadline: CivilDate?
        /// The eve that decided the result, if any (an open legal question).
        public var eveWarning: Eve?

        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("nominalDeadline", nominalDeadline)
            fields.add("deadline", deadline)
            if let eveWarning {
                fields.add(
                    "warning",
                    LocalizedText(
                        da: "\(eveWarning.danishName) er ikke en helligdag. Det er et åbent juridisk spørgsmål, om en klagefrist forlænges over dagen; beregningen er til borgerens fordel.",
                        en: "\(eveWarning.danishName) is not a public holiday. Whether a complaint deadline extends over it is an open legal question; the computation favours the citizen."))
            }
            return fields
        }
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
        FactSpec("extendOnEves", .bool, "also treat Grundlovsdag, 24 and 31 December as non-working (default true; an open legal question)"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = CalendarRuleSets.catalogue

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        let weeks = try bag.int("weeks")
        let days = try bag.int("days")
        let months = try bag.int("months")
        guard weeks != nil || days != nil || months != nil else {
            throw PolicyError(
                code: .missingField, field: "facts.weeks",
                message: "give at least one of weeks, days or months")
        }
        // Keep the arithmetic within the calendar: no period beyond 1,000 years.
        guard (weeks ?? 0) <= 52_000, (days ?? 0) <= 365_000, (months ?? 0) <= 12_000 else {
            throw PolicyError(code: .outOfRange, field: "facts.weeks", message: "the period is longer than 1,000 years")
        }
        return Facts(
            start: try bag.requiredDate("start"),
            period: DeadlinePeriod(months: months ?? 0, weeks: weeks ?? 0, days: days ?? 0),
            rules: DeadlineRules(
                extendOverNonWorkingDays: try bag.bool("extendOverNonWorkingDays") ?? true,
                extendOnEves: try bag.bool("extendOnEves") ?? true))
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    public static func evaluate<R: Recorder>(_ facts: Facts, into evaluation: inout Evaluation<Values, R>) {
        let deadline = Deadline(from: facts.start, period: facts.period, rules: facts.rules)
        evaluation.verdict.values.nominalDeadline = deadline.nominal
        evaluation.verdict.values.deadline = deadline.date
        evaluation.verdict.values.eveWarning = deadline.eveAffected
        evaluation.test(
            CalendarRuleSets.periodRule, holds: true,
            LocalizedText(
                da: "Fristen regnes fra \(facts.start.danishText), som ikke medregnes: \(describe(facts.period, danish: true)) giver \(deadline.nominal.danishText).",
                en: "The period runs from \(facts.start.englishText), which is not counted: \(describe(facts.period, danish: false)) gives \(deadline.nominal.englishText)."))
        if facts.rules.extendOverNonWorkingDays {
            let moved = deadline.wasExtended
            evaluation.test(
                CalendarRuleSets.nonWorkingRule, holds: moved,
                moved
                    ? LocalizedText(
                        da: "\(deadline.nominal.danishText) er ikke en hverdag; fristen udløber først den følgende hverdag, \(deadline.date.danishText).",
                        en: "\(deadline.nominal.englishText) is not a working day; the deadline moves to the next working day, \(deadline.date.englishText).")
                    : LocalizedText(
                        da: "\(deadline.nominal.danishText) er en hverdag; fristen flyttes ikke.",
                        en: "\(deadline.nominal.englishText) is a working day; the deadline does not move."))
            if moved { evaluation.cite(CalendarRuleSets.holidayList) }
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
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = CalendarRuleSets.catalogue

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(year: try bag.requiredInt("year"))
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    public static func evaluate<R: Recorder>(_ facts: Facts, into evaluation: inout Evaluation<Values, R>) {
        evaluation.verdict.values.year = facts.year
        evaluation.test(
            CalendarRuleSets.holidayList, holds: true,
            LocalizedText(
                da: "Helligdagene er nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag og 2. juledag (beregnet ud fra påskedag \(DanishCalendar.easterSunday(in: facts.year).danishText)). Grundlovsdag, juleaftensdag og nytårsaftensdag er ikke helligdage.",
                en: "The public holidays are New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday, and 25 and 26 December (computed from Easter Sunday, \(DanishCalendar.easterSunday(in: facts.year).englishText)). Constitution Day and 24 and 31 December are not."))
        let hasGreatPrayerDay = facts.year <= DanishCalendar.lastYearWithGreatPrayerDay
        evaluation.test(
            CalendarRuleSets.greatPrayerDayAbolished, holds: hasGreatPrayerDay,
            hasGreatPrayerDay
                ? LocalizedText(
                    da: "Store bededag er helligdag i \(facts.year) (afskaffet som helligdag fra 2024).",
                    en: "Great Prayer Day is a public holiday in \(facts.year) (abolished as one from 2024).")
                : LocalizedText(
                    da: "Store bededag er ikke helligdag i \(facts.year): den blev afskaffet som helligdag fra 1. januar 2024.",
                    en: "Great Prayer Day is not a public holiday in \(facts.year): it was abolished as one from 1 January 2024."))
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
    }

    /// The values: the age and the day it is reached.
    public struct Values: DecisionValues, Hashable {
        /// Whole years of the age.
        public var pensionAgeYears: Int?
        /// Months beyond the whole years (0 or 6).
        public var pensionAgeMonths: Int?
        /// The day folkepensionsalder is reached.
        public var reachesPensionAgeOn: CivilDate?
        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("pensionAgeYears", pensionAgeYears)
            fields.add("pensionAgeMonths", pensionAgeMonths)
            fields.add("reachesPensionAgeOn", reachesPensionAgeOn)
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
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = PensionAge.ruleSets
    static let citation = Citation(.pl, "1 a")

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(birthDate: try bag.requiredDate("birthDate"))
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    public static func evaluate<R: Recorder>(_ facts: Facts, into evaluation: inout Evaluation<Values, R>) {
        let lawOf = evaluation.context.asOf
        let (years, months) = PensionAge.age(bornOn: facts.birthDate, lawOf: lawOf)
        let reached = PensionAge.reachedOn(bornOn: facts.birthDate, lawOf: lawOf)
        evaluation.verdict.values.pensionAgeYears = years
        evaluation.verdict.values.pensionAgeMonths = months
        evaluation.verdict.values.reachesPensionAgeOn = reached
        let half = months == 6
        evaluation.test(
            citation, holds: true,
            LocalizedText(
                da: "For en person født \(facts.birthDate.danishText) er folkepensionsalderen \(years)\(half ? "½" : "") år efter pensionsloven § 1 a, som den gjaldt \(lawOf.danishText). Den nås \(reached.danishText).",
                en: "For a person born \(facts.birthDate.englishText), the state pension age is \(years)\(half ? "½" : "") under pensionsloven § 1 a as in force on \(lawOf.englishText). It is reached on \(reached.englishText)."))
        evaluation.verdict.outcome = .determined
    }
}
