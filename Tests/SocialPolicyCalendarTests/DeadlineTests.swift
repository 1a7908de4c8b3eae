import SocialPolicyCalendar
import SocialPolicyContract
import SocialPolicyCore
import Testing

@Suite("Deadlines")
struct DeadlineTests {
    /// Checks one computed deadline against the properties the law asks for; returns what fails.
    static func problems(_ start: CivilDate, _ period: DeadlinePeriod, _ rules: DeadlineRules) -> String? {
        let deadline = Deadline(from: start, period: period, rules: rules)
        let nominal = deadline.nominal
        // The nominal day: weeks land on the same weekday, months on the same day or the month's last.
        if period.months == 0 {
            if start.days(until: nominal) != 7 * period.weeks + period.days { return "nominal \(nominal)" }
            if period.days == 0, nominal.weekday != start.weekday { return "weekday \(nominal)" }
        } else {
            let index = start.year * 12 + start.month - 1 + period.months
            let last = CivilDate.daysIn(month: index % 12 + 1, year: index / 12)
            if nominal.year * 12 + nominal.month - 1 != index || nominal.day != min(start.day, last) {
                return "nominal month \(nominal)"
            }
        }
        guard rules.extendOverNonWorkingDays else {
            return deadline.date == nominal ? nil : "moved without extension"
        }
        // Never before the nominal day, never on a non-working day, at most to the next working day.
        if deadline.date < nominal { return "before nominal: \(deadline.date)" }
        if !DanishCalendar.isWorkingDay(deadline.date, eves: rules.extendOnEves) { return "non-working \(deadline.date)" }
        var day = nominal
        while day < deadline.date {
            if DanishCalendar.isWorkingDay(day, eves: rules.extendOnEves) { return "skipped working day \(day)" }
            day = day.adding(days: 1)
        }
        if nominal.days(until: deadline.date) > 5 { return "moved more than 5 days" }
        return nil
    }

    @Test("property: every start day 2013–2100, 1–8 weeks — never a non-working day, never before the nominal day, at most to the next working day")
    func weeksProperty() {
        var failures: [String] = []
        var start = CivilDate(2013, 1, 1)
        let end = CivilDate(2100, 12, 31)
        while start <= end {
            for weeks in 1...8 {
                for rules in [DeadlineRules(), DeadlineRules(extendOnEves: false), DeadlineRules(extendOverNonWorkingDays: false)] {
                    if let problem = Self.problems(start, DeadlinePeriod(weeks: weeks), rules) {
                        failures.append("\(start) + \(weeks)w \(rules): \(problem)")
                    }
                }
            }
            start = start.adding(days: 1)
        }
        #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
    }

    @Test("property: every start day 2013–2100, 1–12 months — never a non-working day, never before the nominal day, at most to the next working day")
    func monthsProperty() {
        var failures: [String] = []
        var start = CivilDate(2013, 1, 1)
        let end = CivilDate(2100, 12, 31)
        while start <= end {
            for months in 1...12 {
                for rules in [DeadlineRules(), DeadlineRules(extendOnEves: false)] {
                    if let problem = Self.problems(start, DeadlinePeriod(months: months), rules) {
                        failures.append("\(start) + \(months)m: \(problem)")
                    }
                }
            }
            start = start.adding(days: 1)
        }
        #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
    }

    @Test("worked examples: Pentecost 2025, Easter 2024, month ends")
    func workedExamples() {
        // The public scenario: 2025-05-12 + 4 weeks = Whit Monday 9 June → Tuesday 10 June.
        let pentecost = Deadline(from: CivilDate(2025, 5, 12), period: DeadlinePeriod(weeks: 4))
        #expect(pentecost.nominal == CivilDate(2025, 6, 9))
        #expect(pentecost.date == CivilDate(2025, 6, 10))
        #expect(pentecost.wasExtended)
        // Maundy Thursday 2024 (28 March) → Tuesday 2 April.
        #expect(Deadline(from: CivilDate(2024, 2, 29), period: DeadlinePeriod(weeks: 4)).date == CivilDate(2024, 4, 2))
        // 31 January + 1 month = 29 February 2024 (a Thursday, a working day).
        let leap = Deadline(from: CivilDate(2024, 1, 31), period: DeadlinePeriod(months: 1))
        #expect(leap.nominal == CivilDate(2024, 2, 29) && leap.date == CivilDate(2024, 2, 29) && !leap.wasExtended)
        // 30 November 2024 + 1 month = Monday 30 December.
        #expect(Deadline(from: CivilDate(2024, 11, 30), period: DeadlinePeriod(months: 1)).date == CivilDate(2024, 12, 30))
    }

    @Test("the eves extend by default with a warning; with extendOnEves false they do not, and the warning stays")
    func evesOnAndOff() throws {
        // 24 December 2024 is a Tuesday: 24 (eve), 25, 26 (helligdage) → Friday 27.
        let christmas = Deadline(from: CivilDate(2024, 11, 26), period: DeadlinePeriod(weeks: 4))
        #expect(christmas.nominal == CivilDate(2024, 12, 24))
        #expect(christmas.date == CivilDate(2024, 12, 27))
        #expect(christmas.eveAffected == .christmasEve)
        let strict = Deadline(from: CivilDate(2024, 11, 26), period: DeadlinePeriod(weeks: 4), rules: DeadlineRules(extendOnEves: false))
        #expect(strict.date == CivilDate(2024, 12, 24))
        #expect(strict.eveAffected == .christmasEve)
        // Grundlovsdag 2025 is a Thursday → Friday 6 June.
        let constitution = Deadline(from: CivilDate(2025, 5, 8), period: DeadlinePeriod(weeks: 4))
        #expect(constitution.date == CivilDate(2025, 6, 6))
        #expect(constitution.eveAffected == .constitutionDay)
        // 31 December 2025 is a Wednesday: 31 (eve), 1 January (helligdag) → Friday 2 January 2026.
        let newYear = Deadline(from: CivilDate(2025, 12, 3), period: DeadlinePeriod(weeks: 4))
        #expect(newYear.date == CivilDate(2026, 1, 2))
        #expect(newYear.eveAffected == .newYearsEve)
        // An ordinary working day: no warning.
        #expect(Deadline(from: CivilDate(2025, 5, 7), period: DeadlinePeriod(weeks: 4)).eveAffected == nil)
        // An eve on a weekend does not matter: 24 December 2027 is a Friday, 25–26 weekend+holidays → Monday 27.
        let weekendEve = Deadline(from: CivilDate(2027, 12, 24), period: DeadlinePeriod(days: 1))
        #expect(weekendEve.date == CivilDate(2027, 12, 27))
        #expect(weekendEve.eveAffected == nil)

        let question = #"{"question": "calendar.deadline", "asOf": "2024-11-26", "facts": {"start": "2024-11-26", "weeks": 4}}"#
        let decision = try PolicyCatalogue.standard.evaluate(json: Array(question.utf8))
        #expect(decision.value("deadline") == .date(CivilDate(2024, 12, 27)))
        guard case .text(let warning)? = decision.value("warning") else {
            Issue.record("no warning")
            return
        }
        #expect(warning.da.contains("Juleaftensdag"))
        #expect(warning.da.contains("åbent juridisk spørgsmål"))
        let off = #"{"question": "calendar.deadline", "asOf": "2024-11-26", "facts": {"start": "2024-11-26", "weeks": 4, "extendOnEves": false}}"#
        let offDecision = try PolicyCatalogue.standard.evaluate(json: Array(off.utf8))
        #expect(offDecision.value("deadline") == .date(CivilDate(2024, 12, 24)))
        #expect(offDecision.value("warning") != nil)
        let plain = #"{"question": "calendar.deadline", "asOf": "2025-05-07", "facts": {"start": "2025-05-07", "weeks": 4}}"#
        #expect(try PolicyCatalogue.standard.evaluate(json: Array(plain.utf8)).value("warning") == nil)
    }

    @Test("a deadline question without a period, or with an absurd one, is bad input naming the field")
    func deadlineBadInput() {
        #expect(throws: PolicyError(code: .missingField, field: "facts.weeks", message: "")) {
            try PolicyCatalogue.standard.evaluate(
                json: Array(#"{"question": "calendar.deadline", "asOf": "2024-01-01", "facts": {"start": "2024-01-01"}}"#.utf8))
        }
        // An over-long part names that part (issue 13 item 7: it used to name facts.weeks).
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.months", message: "")) {
            try PolicyCatalogue.standard.evaluate(
                json: Array(#"{"question": "calendar.deadline", "asOf": "2024-01-01", "facts": {"start": "2024-01-01", "months": 9223372036854775807}}"#.utf8))
        }
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.days", message: "")) {
            try PolicyCatalogue.standard.evaluate(
                json: Array(#"{"question": "calendar.deadline", "asOf": "2024-01-01", "facts": {"start": "2024-01-01", "days": -1}}"#.utf8))
        }
    }

    @Test("the next working day is the day itself when it works, else the first working day after it")
    func nextWorkingDay() {
        #expect(DanishCalendar.nextWorkingDay(onOrAfter: CivilDate(2024, 5, 2)) == CivilDate(2024, 5, 2))
        #expect(DanishCalendar.nextWorkingDay(onOrAfter: CivilDate(2024, 5, 4)) == CivilDate(2024, 5, 6))
        #expect(DanishCalendar.nextWorkingDay(onOrAfter: CivilDate(2024, 12, 24)) == CivilDate(2024, 12, 27))
        #expect(DanishCalendar.nextWorkingDay(onOrAfter: CivilDate(2024, 12, 24), eves: false) == CivilDate(2024, 12, 24))
    }
}
