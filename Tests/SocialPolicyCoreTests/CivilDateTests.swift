import SocialPolicyCore
import Testing

@Suite("CivilDate")
struct CivilDateTests {
    // MARK: Construction from components (issue 13: an impossible date never becomes a real one)

    @Test(
        "an impossible date from a host's components is nil or a thrown error naming the field, never another date",
        arguments: [(2025, 2, 30), (2023, 2, 29), (2100, 2, 29), (2024, 4, 31), (2024, 13, 1), (2024, 0, 10), (2024, 1, 0),
                    (0, 1, 1), (10_000, 1, 1), (Int.max, Int.max, Int.max), (Int.min, 1, 1), (2024, -1, 1)])
    func impossibleComponents(_ components: (Int, Int, Int)) {
        let (year, month, day) = components
        #expect(CivilDate(validatingYear: year, month: month, day: day) == nil)
        #expect(throws: PolicyError.self) { try CivilDate(year: year, month: month, day: day, field: "facts.complaintFiledOn") }
        do {
            _ = try CivilDate(year: year, month: month, day: day, field: "facts.complaintFiledOn")
        } catch {
            #expect(error.code == .invalidDate)
            #expect(error.field == "facts.complaintFiledOn")
        }
    }

    @Test("a real date from components is that date")
    func realComponents() throws {
        let date = try CivilDate(year: 2025, month: 2, day: 28)
        #expect(date.description == "2025-02-28")
        #expect(CivilDate(validatingYear: 2024, month: 2, day: 29)?.description == "2024-02-29")
    }

    // MARK: Parsing

    @Test(
        "parsing rejects every shape other than YYYY-MM-DD",
        arguments: [
            "", "2024", "2024-05", "2024-5-02", "2024-05-2", "24-05-02", "02-05-2024", "2024/05/02",
            "20240502", "2024-05-02T00:00", "2024-05-02T00:00:00Z", "2024-05-02 ", " 2024-05-02",
            "2024-05-02\n", "+024-05-02", "-024-05-02", "2024--5-02", "2024-0a-02", "2024-05-0x",
            "２０２４-05-02", "2024‐05‐02", "2024-05-02-", "12024-05-02", "2024-005-02", "null",
            "2024-5-2", "0x7e8-05-02", "2024-05-\u{0}2",
        ])
    func rejectsMalformedShapes(_ text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }

    @Test(
        "parsing rejects days that do not exist",
        arguments: [
            "2023-02-29", "2100-02-29", "1900-02-29", "2024-02-30", "2024-04-31", "2024-06-31",
            "2024-09-31", "2024-11-31", "2024-01-32", "2024-00-10", "2024-13-01", "2024-01-00",
            "0000-01-01", "2024-99-99",
        ])
    func rejectsImpossibleDays(_ text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }

    @Test("parsing accepts real days, leap days included, at both ends of the supported years")
    func acceptsRealDays() throws {
        for text in ["2024-02-29", "2000-02-29", "2013-01-01", "0001-01-01", "9999-12-31", "2023-12-31"] {
            let date = try #require(CivilDate(parsing: text))
            #expect(date.description == text)
        }
        // A substring parses like a string.
        let padded = "x2024-05-02x"
        let inner = padded.dropFirst().dropLast()
        #expect(CivilDate(parsing: inner) == CivilDate(2024, 5, 2))
    }

    @Test("every day of every month 1900–2200 parses exactly when the day exists in that month")
    func parsingMatchesTheCalendar() {
        var wrong: [String] = []
        for year in 1900...2200 {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            for month in 1...12 {
                for day in 1...31 {
                    let text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
                    let parsed = CivilDate(parsing: text)
                    if (parsed != nil) != (day <= lengths[month - 1]) { wrong.append(text) }
                    if let parsed, parsed.year != year || parsed.month != month || parsed.day != day {
                        wrong.append(text)
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test("the throwing initialiser names the field of an impossible date")
    func throwingInitialiserNamesField() {
        #expect(throws: PolicyError(code: .invalidDate, field: "facts.decisionDate", message: "")) {
            try CivilDate(year: 2023, month: 2, day: 29, field: "facts.decisionDate")
        }
        #expect(throws: PolicyError(code: .invalidDate, field: "date", message: "")) {
            try CivilDate(year: 2024, month: 13, day: 1)
        }
        #expect(throws: Never.self) { try CivilDate(year: 2024, month: 2, day: 29) }
    }

    // MARK: Day numbers and weekdays

    @Test("day numbers agree with published anchors (days since 1970-01-01)")
    func dayNumberAnchors() {
        // Values from an independent implementation (Python's datetime.date.toordinal).
        let anchors: [(CivilDate, Int)] = [
            (CivilDate(1970, 1, 1), 0), (CivilDate(1900, 1, 1), -25_567), (CivilDate(2000, 3, 1), 11_017),
            (CivilDate(2013, 1, 1), 15_706), (CivilDate(2100, 12, 31), 47_846), (CivilDate(2200, 12, 31), 84_370),
            (CivilDate(1, 1, 1), -719_162), (CivilDate(9999, 12, 31), 2_932_896),
        ]
        for (date, number) in anchors {
            #expect(date.dayNumber == number, "\(date)")
            #expect(CivilDate(dayNumber: number) == date)
        }
    }

    @Test("day number round trip: every day 1900–2200 maps to its number and back, one day apart")
    func dayNumberRoundTrip() {
        var failures = 0
        var previous = CivilDate(1899, 12, 31)
        var date = CivilDate(1900, 1, 1)
        let end = CivilDate(2200, 12, 31)
        while date <= end {
            let number = date.dayNumber
            if CivilDate(dayNumber: number) != date { failures += 1 }
            if number != previous.dayNumber + 1 { failures += 1 }
            if !(previous < date) { failures += 1 }
            if CivilDate(parsing: date.description) != date { failures += 1 }
            // The successor by components: the next day of the month, or the 1st of the next.
            let expected =
                CivilDate(validatingYear: date.year, month: date.month, day: date.day + 1)
                ?? CivilDate(validatingYear: date.year, month: date.month + 1, day: 1)
                ?? CivilDate(date.year + 1, 1, 1)
            if date.adding(days: 1) != expected { failures += 1 }
            previous = date
            date = expected
        }
        #expect(failures == 0)
        #expect(previous == end)
    }

    @Test("day numbers clamp to the supported years instead of trapping")
    func dayNumberClamps() {
        #expect(CivilDate(dayNumber: Int.max) == CivilDate(9999, 12, 31))
        #expect(CivilDate(dayNumber: Int.min) == CivilDate(1, 1, 1))
        #expect(CivilDate(2024, 1, 1).adding(days: Int.max) == CivilDate(9999, 12, 31))
        #expect(CivilDate(2024, 1, 1).adding(days: Int.min) == CivilDate(1, 1, 1))
        #expect(CivilDate(2024, 1, 1).adding(weeks: Int.max) == CivilDate(9999, 12, 31))
        #expect(CivilDate(2024, 1, 1).adding(weeks: Int.min) == CivilDate(1, 1, 1))
    }

    @Test("weekdays agree with published anchors")
    func weekdayAnchors() {
        let anchors: [(CivilDate, Weekday)] = [
            (CivilDate(1970, 1, 1), .thursday), (CivilDate(1900, 1, 1), .monday), (CivilDate(2000, 1, 1), .saturday),
            (CivilDate(2013, 1, 1), .tuesday), (CivilDate(2024, 5, 2), .thursday), (CivilDate(2024, 12, 24), .tuesday),
            (CivilDate(2025, 6, 5), .thursday), (CivilDate(2100, 12, 31), .friday), (CivilDate(2200, 12, 31), .wednesday),
            (CivilDate(1, 1, 1), .monday), (CivilDate(9999, 12, 31), .friday),
        ]
        for (date, weekday) in anchors { #expect(date.weekday == weekday, "\(date)") }
        #expect(Weekday.saturday.isWeekend && Weekday.sunday.isWeekend && !Weekday.friday.isWeekend)
    }

    @Test("weekdays advance by one each day, every day 1900–2200")
    func weekdayCycle() {
        var failures = 0
        var date = CivilDate(1900, 1, 1)
        while date.year <= 2200 {
            let next = date.adding(days: 1)
            if next.weekday.rawValue != date.weekday.rawValue % 7 + 1 { failures += 1 }
            date = next
        }
        #expect(failures == 0)
    }

    // MARK: Arithmetic

    @Test("adding months keeps the day, or clamps to the month's last day")
    func monthArithmeticClamps() {
        let cases: [(CivilDate, Int, CivilDate)] = [
            (CivilDate(2024, 1, 31), 1, CivilDate(2024, 2, 29)),
            (CivilDate(2023, 1, 31), 1, CivilDate(2023, 2, 28)),
            (CivilDate(2024, 3, 31), -1, CivilDate(2024, 2, 29)),
            (CivilDate(2024, 5, 31), 1, CivilDate(2024, 6, 30)),
            (CivilDate(2024, 8, 31), 1, CivilDate(2024, 9, 30)),
            (CivilDate(2024, 10, 31), 1, CivilDate(2024, 11, 30)),
            (CivilDate(2024, 12, 15), 1, CivilDate(2025, 1, 15)),
            (CivilDate(2025, 1, 15), -1, CivilDate(2024, 12, 15)),
            (CivilDate(2024, 2, 29), 12, CivilDate(2025, 2, 28)),
            (CivilDate(2024, 2, 29), 48, CivilDate(2028, 2, 29)),
            (CivilDate(2024, 3, 15), -13, CivilDate(2023, 2, 15)),
            (CivilDate(2100, 1, 29), 1, CivilDate(2100, 2, 28)),
            (CivilDate(2000, 1, 30), 1, CivilDate(2000, 2, 29)),
            (CivilDate(2024, 7, 10), 0, CivilDate(2024, 7, 10)),
        ]
        for (start, months, expected) in cases {
            #expect(start.adding(months: months) == expected, "\(start) + \(months) months")
        }
        #expect(CivilDate(2024, 2, 29).adding(years: 1) == CivilDate(2025, 2, 28))
        #expect(CivilDate(2024, 2, 29).adding(years: 4) == CivilDate(2028, 2, 29))
    }

    @Test("month arithmetic at the ends of the supported years clamps instead of trapping")
    func monthArithmeticExtremes() {
        #expect(CivilDate(9999, 12, 31).adding(months: 1) == CivilDate(9999, 12, 31))
        #expect(CivilDate(1, 1, 1).adding(months: -1) == CivilDate(1, 1, 1))
        #expect(CivilDate(2024, 1, 1).adding(months: Int.max) == CivilDate(9999, 12, 31))
        #expect(CivilDate(2024, 1, 1).adding(months: Int.min) == CivilDate(1, 1, 1))
        #expect(CivilDate(2024, 1, 1).adding(years: Int.max) == CivilDate(9999, 12, 31))
        #expect(CivilDate(2024, 1, 1).adding(years: Int.min) == CivilDate(1, 1, 1))
    }

    @Test("property: for every day 1900–2200 and ±1…24 months, the month moves exactly and the day is kept or clamped")
    func monthArithmeticProperty() {
        var failures: [String] = []
        var date = CivilDate(1900, 1, 1)
        while date.year <= 2200 {
            for months in [-24, -13, -12, -1, 1, 2, 6, 11, 12, 13, 24] {
                let result = date.adding(months: months)
                let index = date.year * 12 + date.month - 1 + months
                let lastDay = CivilDate.daysIn(month: index % 12 + 1, year: index / 12)
                if result.year * 12 + result.month - 1 != index || result.day != min(date.day, lastDay) {
                    failures.append("\(date) + \(months)")
                }
            }
            date = date.adding(days: 3)  // every third day keeps this test quick; all month ends are hit
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test("property: weeks keep the weekday and days are invertible, every day 1900–2200")
    func weekAndDayArithmeticProperty() {
        var failures = 0
        var date = CivilDate(1900, 1, 1)
        while date.year <= 2200 {
            for weeks in [1, 4, 8, 52] {
                let later = date.adding(weeks: weeks)
                if later.weekday != date.weekday || date.days(until: later) != weeks * 7 { failures += 1 }
                if later.adding(weeks: -weeks) != date { failures += 1 }
            }
            for days in [1, 30, 365, -1, -400] where date.adding(days: days).adding(days: -days) != date {
                failures += 1
            }
            date = date.adding(days: 1)
        }
        #expect(failures == 0)
    }

    @Test("ordering agrees with day numbers")
    func orderingAgreesWithDayNumbers() {
        var generator = 0x2013_0101 as UInt64
        func next() -> Int {
            generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(generator >> 33) % 150_000 - 30_000
        }
        for _ in 0..<5_000 {
            let a = CivilDate(dayNumber: next())
            let b = CivilDate(dayNumber: next())
            #expect((a < b) == (a.dayNumber < b.dayNumber))
            #expect((a == b) == (a.dayNumber == b.dayNumber))
        }
    }

    @Test("texts: contract form, Danish and English long forms")
    func texts() {
        let date = CivilDate(2024, 5, 2)
        #expect(date.description == "2024-05-02")
        #expect(date.danishText == "2. maj 2024")
        #expect(date.englishText == "2 May 2024")
        #expect(CivilDate(12, 1, 9).description == "0012-01-09")
        #expect(CivilDate(2024, 12, 31).danishText == "31. december 2024")
    }

    @Test("a literal that is not a date gives 1970-01-01 instead of trapping")
    func invalidLiteral() {
        #expect(CivilDate(2023, 2, 29) == CivilDate(dayNumber: 0))
        #expect(CivilDate(validatingYear: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(validatingYear: 10_000, month: 1, day: 1) == nil)
        #expect(CivilDate(validatingYear: 0, month: 1, day: 1) == nil)
    }

    @Test("a date 3,000 days after 9999-12-20 is an error, never a clamped 9999-12-31 (issue 13 item 7)")
    func checkedArithmeticNeverClamps() {
        let late = CivilDate(9999, 12, 20)
        // The clamping family is unchanged (it is documented as such) …
        #expect(late.adding(days: 3_000) == CivilDate.latest)
        // … the checked family says the result does not exist.
        #expect(late.checkedAdding(days: 3_000) == nil)
        #expect(late.checkedAdding(weeks: 429) == nil)
        #expect(late.checkedAdding(months: 1) == nil)
        #expect(late.checkedAdding(years: 1) == nil)
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.days", message: "")) {
            try late.adding(days: 3_000, field: "facts.days")
        }
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.weeks", message: "")) {
            try late.adding(weeks: 429, field: "facts.weeks")
        }
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.months", message: "")) {
            try late.adding(months: 1, field: "facts.months")
        }
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.years", message: "")) {
            try late.adding(years: 1, field: "facts.years")
        }
        #expect(CivilDate(1, 1, 5).checkedAdding(days: -5) == nil)
        #expect(CivilDate(1, 3, 1).checkedAdding(months: -3) == nil)
    }

    @Test("checked arithmetic reaches the calendar's ends exactly and never traps on any Int")
    func checkedArithmeticAtTheEnds() throws {
        #expect(CivilDate(9999, 12, 20).checkedAdding(days: 11) == CivilDate.latest)
        #expect(CivilDate(9999, 12, 20).checkedAdding(days: 12) == nil)
        #expect(CivilDate(1, 1, 8).checkedAdding(days: -7) == CivilDate.earliest)
        #expect(CivilDate(9999, 11, 30).checkedAdding(months: 1) == CivilDate(9999, 12, 30))
        #expect(CivilDate(9998, 2, 28).checkedAdding(years: 1) == CivilDate(9999, 2, 28))
        #expect(CivilDate(2024, 2, 29).checkedAdding(years: 1) == CivilDate(2025, 2, 28))
        #expect(CivilDate.earliest == CivilDate(1, 1, 1))
        #expect(CivilDate.latest == CivilDate(9999, 12, 31))
        #expect(try CivilDate(2024, 5, 2).adding(weeks: 4, field: "facts.weeks") == CivilDate(2024, 5, 30))
        for date in [CivilDate.earliest, CivilDate(2024, 6, 15), CivilDate.latest] {
            for amount in [Int.max, Int.min, Int.max / 7 + 1, Int.min / 12 - 1, 4_000_000, -4_000_000] {
                _ = date.checkedAdding(days: amount)
                _ = date.checkedAdding(weeks: amount)
                _ = date.checkedAdding(months: amount)
                _ = date.checkedAdding(years: amount)
            }
        }
        #expect(CivilDate(validatingDayNumber: 2_932_896) == CivilDate.latest)
        #expect(CivilDate(validatingDayNumber: 2_932_897) == nil)
        #expect(CivilDate(validatingDayNumber: -719_163) == nil)
        #expect(CivilDate(validatingDayNumber: Int.min) == nil)
        #expect(CivilDate(validatingDayNumber: 0) == CivilDate(1970, 1, 1))
    }

    @Test("inside the supported years checked and clamping arithmetic agree")
    func checkedAgreesWithClampingInRange() {
        var generator: UInt64 = 13
        func next(_ bound: Int) -> Int {
            generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(generator >> 33) % bound
        }
        for _ in 0..<5_000 {
            let date = CivilDate(dayNumber: next(3_000_000) - 700_000)
            let days = next(40_000) - 20_000
            let months = next(2_000) - 1_000
            if let checked = date.checkedAdding(days: days) { #expect(checked == date.adding(days: days)) }
            if let checked = date.checkedAdding(weeks: days / 7) { #expect(checked == date.adding(weeks: days / 7)) }
            if let checked = date.checkedAdding(months: months) { #expect(checked == date.adding(months: months)) }
            if let checked = date.checkedAdding(years: months / 12) { #expect(checked == date.adding(years: months / 12)) }
            // nil exactly when the clamped result sits on an end it did not really reach.
            let moved = date.dayNumber + days
            #expect((date.checkedAdding(days: days) == nil) == (moved < -719_162 || moved > 2_932_896))
        }
    }
}
