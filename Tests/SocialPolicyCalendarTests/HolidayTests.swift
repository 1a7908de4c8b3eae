import SocialPolicyCalendar
import SocialPolicyContract
import SocialPolicyCore
import Testing

@Suite("Helligdage")
struct HolidayTests {
    static func date(_ text: String) -> CivilDate { CivilDate(parsing: text) ?? CivilDate(dayNumber: 0) }

    @Test("Easter Sunday matches the published table for every listed year (38 years, 2013–2100)")
    func easterMatchesPublishedTable() {
        #expect(PublishedTables.easterSundays.count >= 20)
        for (year, text) in PublishedTables.easterSundays.sorted(by: { $0.key < $1.key }) {
            #expect(DanishCalendar.easterSunday(in: year) == Self.date(text), "Easter \(year)")
            #expect(DanishCalendar.easterSunday(in: year).weekday == .sunday)
        }
    }

    @Test("the helligdage of every year 2013–2035 are exactly the published list, in date order")
    func holidaysMatchPublishedTable() {
        #expect(PublishedTables.helligdage.count >= 20)
        for (year, texts) in PublishedTables.helligdage.sorted(by: { $0.key < $1.key }) {
            let computed = DanishCalendar.holidays(in: year).map(\.date.description)
            #expect(computed == texts, "helligdage \(year)")
        }
    }

    @Test("every day 2013–2035 is a helligdag exactly when the published list has it, and a working day otherwise unless a weekend or an eve")
    func everyDayAgreesWithPublishedTable() {
        let published = Set(PublishedTables.helligdage.values.flatMap { $0 })
        var failures: [String] = []
        var day = CivilDate(2013, 1, 1)
        while day.year <= 2035 {
            let isPublished = published.contains(day.description)
            if (DanishCalendar.holiday(on: day) != nil) != isPublished { failures.append(day.description) }
            let isEve = (day.month, day.day) == (6, 5) || (day.month, day.day) == (12, 24) || (day.month, day.day) == (12, 31)
            let weekend = day.weekday == .saturday || day.weekday == .sunday
            if DanishCalendar.isWorkingDay(day, eves: false) != !(isPublished || weekend) { failures.append("\(day) eves:false") }
            if DanishCalendar.isWorkingDay(day, eves: true) != !(isPublished || weekend || isEve) { failures.append("\(day) eves:true") }
            day = day.adding(days: 1)
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test("the holiday names are the contract's Danish names, and each kind sits at its published offset")
    func namesAndOffsets() {
        let holidays = DanishCalendar.holidays(in: 2023)
        #expect(holidays.map(\.kind.danishName) == [
            "Nytårsdag", "Skærtorsdag", "Langfredag", "Påskedag", "2. påskedag", "Store bededag",
            "Kristi himmelfartsdag", "Pinsedag", "2. pinsedag", "Juledag", "2. juledag",
        ])
        for holiday in holidays { #expect(DanishCalendar.holiday(on: holiday.date) == holiday.kind) }
        #expect(holidays.allSatisfy { !$0.kind.englishName.isEmpty })
    }

    @Test("store bededag is a helligdag in 2023 (5 May) and not from 2024 (26 April 2024 is a working day)")
    func greatPrayerDay2023Versus2024() {
        #expect(DanishCalendar.holiday(on: CivilDate(2023, 5, 5)) == .greatPrayerDay)
        #expect(!DanishCalendar.isWorkingDay(CivilDate(2023, 5, 5)))
        #expect(DanishCalendar.holiday(on: CivilDate(2024, 4, 26)) == nil)
        #expect(DanishCalendar.isWorkingDay(CivilDate(2024, 4, 26)))
        #expect(DanishCalendar.holidays(in: 2023).count == 11)
        #expect(DanishCalendar.holidays(in: 2024).count == 10)
        for year in 2024...2100 {
            #expect(!DanishCalendar.holidays(in: year).contains { $0.kind == .greatPrayerDay }, "\(year)")
        }
        for year in 2013...2023 {
            #expect(DanishCalendar.holidays(in: year).contains { $0.kind == .greatPrayerDay }, "\(year)")
        }
        // A deadline on store bededag 2023 moves to Monday 8 May; on the same Friday in 2024 it stays.
        #expect(Deadline(from: CivilDate(2023, 4, 7), period: DeadlinePeriod(weeks: 4)).date == CivilDate(2023, 5, 8))
        #expect(Deadline(from: CivilDate(2024, 3, 29), period: DeadlinePeriod(weeks: 4)).date == CivilDate(2024, 4, 26))
    }

    @Test("Grundlovsdag, 24 and 31 December are not helligdage in any year 2013–2100 (Grundlovsdag only when Pentecost falls on it)")
    func evesAreNotHolidays() {
        for year in 2013...2100 {
            for (month, day) in [(6, 5), (12, 24), (12, 31)] {
                let date = CivilDate(year, month, day)
                let kind = DanishCalendar.holiday(on: date)
                // 5 June 2022 was Pinsedag, 5 June 2017 2. pinsedag: a helligdag by Pentecost, not by Grundlovsdag.
                #expect(kind == nil || (month == 6 && (kind == .whitSunday || kind == .whitMonday)), "\(date)")
                #expect(DanishCalendar.eve(on: date) != nil)
            }
            #expect(DanishCalendar.holidays(in: year).count == (year <= 2023 ? 11 : 10))
        }
    }

    @Test("calendar.holidays answers per year with the rule set of asOf, through the JSON path")
    func holidaysQuestion() throws {
        let json = #"{"question": "calendar.holidays", "asOf": "2023-06-01", "facts": {"year": 2023}}"#
        let decision = try PolicyCatalogue.standard.evaluate(json: Array(json.utf8))
        #expect(decision.outcome == .determined)
        #expect(decision.ruleSet == "dk-calendar@2018-06-26")
        guard case .array(let list)? = decision.value("holidays") else {
            Issue.record("no holidays array")
            return
        }
        #expect(list.count == 11)
        #expect(list.contains(.object([NamedValue("date", .date(CivilDate(2023, 5, 5))), NamedValue("name", .string("Store bededag"))])))
        let later = try PolicyCatalogue.standard.evaluate(
            json: Array(#"{"question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": 2024}}"#.utf8))
        #expect(later.ruleSet == "dk-calendar@2024-01-01")
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.year", message: "")) {
            try PolicyCatalogue.standard.evaluate(
                json: Array(#"{"question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": 2101}}"#.utf8))
        }
    }
}
