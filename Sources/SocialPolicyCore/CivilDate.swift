/// A calendar date in the proleptic Gregorian calendar: a year, a month and a day, with no
/// time of day and no time zone.
///
/// Danish legal deadlines are calendar dates ("4 uger efter", "senest den …"), so the library
/// computes with civil dates only and never needs Foundation's `Date`. A `CivilDate` is always
/// valid: the only ways to make one check the day against the month and the year.
///
/// ```swift
/// let notified = try CivilDate(year: 2024, month: 5, day: 2)
/// let nominal = notified.adding(weeks: 4)          // 2024-05-30
/// let parsed = CivilDate(parsing: "2024-05-30")    // Optional(2024-05-30)
/// ```
///
/// ## Arithmetic at the ends of the calendar
///
/// A `CivilDate` holds 0001-01-01 … 9999-12-31. Two families of arithmetic exist:
///
/// - **Checked** — ``checkedAdding(days:)``, ``checkedAdding(weeks:)``,
///   ``checkedAdding(months:)``, ``checkedAdding(years:)`` return `nil`, and
///   ``adding(days:field:)`` and its siblings throw ``PolicyError`` (`out-of-range`, naming the
///   field), when the result would lie outside the supported years. Use them for every date
///   that is reported: a deadline, a due date, an expiry.
/// - **Clamping** — ``adding(days:)``, ``adding(weeks:)``, ``adding(months:)``,
///   ``adding(years:)`` and ``init(dayNumber:)`` never trap and never fail: a result beyond
///   the supported years becomes 0001-01-01 or 9999-12-31. That is only right where the
///   result is compared, not reported (a date 3,000 days after 9999-12-20 is "later than any
///   date" either way); a clamped date must never be told to a person as a deadline.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1…9999.
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…28/29/30/31.
    public let day: Int

    /// The smallest and largest years a `CivilDate` may hold.
    public static let supportedYears: ClosedRange<Int> = 1...9999

    /// Creates a date, or throws ``PolicyError`` with code `invalidDate` if the date does not exist.
    ///
    /// - Parameters:
    ///   - year: The year, 1…9999.
    ///   - month: The month, 1…12.
    ///   - day: The day of the month.
    ///   - field: The input path named in the error (for example `facts.decisionDate`).
    public init(year: Int, month: Int, day: Int, field: String = "date") throws(PolicyError) {
        guard let date = CivilDate(validatingYear: year, month: month, day: day) else {
            throw PolicyError(
                code: .invalidDate, field: field,
                message: "\(year)-\(month)-\(day) is not a date in the calendar")
        }
        self = date
    }

    /// Creates a date if `year`, `month` and `day` name a real calendar day; otherwise `nil`.
    public init?(validatingYear year: Int, month: Int, day: Int) {
        guard Self.supportedYears.contains(year), (1...12).contains(month),
            day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the contract's date form `YYYY-MM-DD` (exactly four, two and two digits).
    ///
    /// Returns `nil` for any other shape (`2024-5-2`, `02-05-2024`, `2024-05-02T00:00`) and for
    /// days that do not exist (`2023-02-29`). Never traps.
    public init?(parsing text: some StringProtocol) {
        let utf8 = Array(text.utf8.prefix(11))
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = utf8[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        self.init(validatingYear: year, month: month, day: day)
    }

    /// Whether `year` is a leap year in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before it). The inverse of ``init(dayNumber:)``.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The first date a `CivilDate` can hold, 0001-01-01.
    public static let earliest = CivilDate(dayNumber: earliestDayNumber)
    /// The last date a `CivilDate` can hold, 9999-12-31.
    public static let latest = CivilDate(dayNumber: latestDayNumber)
    /// ``dayNumber`` of 0001-01-01.
    static let earliestDayNumber = -719_162
    /// ``dayNumber`` of 9999-12-31.
    static let latestDayNumber = 2_932_896

    /// Creates the date `dayNumber` days after 1970-01-01, or `nil` when that is outside
    /// 0001-01-01 … 9999-12-31. Never traps, whatever `dayNumber` is.
    public init?(validatingDayNumber dayNumber: Int) {
        guard dayNumber >= Self.earliestDayNumber, dayNumber <= Self.latestDayNumber else { return nil }
        self.init(dayNumber: dayNumber)
    }

    /// Creates the date `dayNumber` days after 1970-01-01, **clamped** to the supported years
    /// (a number beyond them gives 0001-01-01 or 9999-12-31). For a date that is reported, use
    /// ``init(validatingDayNumber:)``, which returns `nil` instead.
    public init(dayNumber: Int) {
        let z = min(max(dayNumber, Self.earliestDayNumber), Self.latestDayNumber) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// This date moved by `days` days (negative moves back), **clamped** to the supported years
    /// (never traps, whatever `days` is). For a date that is reported, use
    /// ``checkedAdding(days:)`` or ``adding(days:field:)``.
    public func adding(days: Int) -> CivilDate {
        // Any move of more than the whole supported range lands on an end of it.
        let bounded = min(max(days, -Self.supportedDaySpan), Self.supportedDaySpan)
        return CivilDate(dayNumber: dayNumber + bounded)
    }

    /// This date moved by `weeks` weeks: the same weekday. **Clamped** to the supported years;
    /// for a date that is reported, use ``checkedAdding(weeks:)`` or ``adding(weeks:field:)``.
    public func adding(weeks: Int) -> CivilDate {
        let bounded = min(max(weeks, -Self.supportedDaySpan / 7), Self.supportedDaySpan / 7)
        return adding(days: bounded * 7)
    }

    /// More days than the supported years hold (0001-01-01 … 9999-12-31).
    static let supportedDaySpan = 3_700_000

    /// This date moved by `months` months: the same day of the month, or the month's last day
    /// when that month is shorter (2024-01-31 + 1 month = 2024-02-29).
    ///
    /// A result beyond the supported years is **clamped** to 0001-01-01 or 9999-12-31 (never
    /// traps); for a date that is reported, use ``checkedAdding(months:)`` or
    /// ``adding(months:field:)``.
    public func adding(months: Int) -> CivilDate {
        let first = Self.supportedYears.lowerBound * 12
        let last = Self.supportedYears.upperBound * 12 + 11
        let current = year * 12 + (month - 1)
        // Compare before adding, so that no `months` can overflow.
        if months > last - current { return CivilDate(Self.supportedYears.upperBound, 12, 31) }
        if months < first - current { return CivilDate(Self.supportedYears.lowerBound, 1, 1) }
        let total = current + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, Self.daysIn(month: newMonth, year: newYear))
        return CivilDate(validatingYear: newYear, month: newMonth, day: newDay) ?? self
    }

    /// This date moved by `years` years (29 February becomes 28 February in a common year).
    /// **Clamped** to the supported years; for a date that is reported, use
    /// ``checkedAdding(years:)`` or ``adding(years:field:)``.
    public func adding(years: Int) -> CivilDate {
        let bounded = min(max(years, -Self.supportedYears.upperBound), Self.supportedYears.upperBound)
        return adding(months: bounded * 12)
    }

    // MARK: Checked arithmetic

    /// This date moved by `days` days (negative moves back), or `nil` when the result would lie
    /// before 0001-01-01 or after 9999-12-31. Never clamps, never traps.
    public func checkedAdding(days: Int) -> CivilDate? {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        guard !overflow else { return nil }
        return CivilDate(validatingDayNumber: sum)
    }

    /// This date moved by `weeks` weeks (the same weekday), or `nil` beyond the supported years.
    public func checkedAdding(weeks: Int) -> CivilDate? {
        let (days, overflow) = weeks.multipliedReportingOverflow(by: 7)
        guard !overflow else { return nil }
        return checkedAdding(days: days)
    }

    /// This date moved by `months` months — the same day of the month, or the month's last day
    /// when that month is shorter — or `nil` beyond the supported years.
    public func checkedAdding(months: Int) -> CivilDate? {
        let first = Self.supportedYears.lowerBound * 12
        let last = Self.supportedYears.upperBound * 12 + 11
        let current = year * 12 + (month - 1)
        // Compare before adding, so that no `months` can overflow.
        guard months <= last - current, months >= first - current else { return nil }
        return adding(months: months)
    }

    /// This date moved by `years` years (29 February becomes 28 February in a common year), or
    /// `nil` beyond the supported years.
    public func checkedAdding(years: Int) -> CivilDate? {
        let (months, overflow) = years.multipliedReportingOverflow(by: 12)
        guard !overflow else { return nil }
        return checkedAdding(months: months)
    }

    /// This date moved by `days` days.
    ///
    /// - Parameters:
    ///   - days: The number of days, negative to move back.
    ///   - field: The input path named in the error (for example `facts.days`).
    /// - Throws: ``PolicyError`` with code `out-of-range` on `field` when the result would lie
    ///   outside 0001-01-01 … 9999-12-31.
    public func adding(days: Int, field: String) throws(PolicyError) -> CivilDate {
        guard let date = checkedAdding(days: days) else { throw outOfRange("\(days) days", field) }
        return date
    }

    /// This date moved by `weeks` weeks; throws `out-of-range` on `field` beyond the supported years.
    public func adding(weeks: Int, field: String) throws(PolicyError) -> CivilDate {
        guard let date = checkedAdding(weeks: weeks) else { throw outOfRange("\(weeks) weeks", field) }
        return date
    }

    /// This date moved by `months` months; throws `out-of-range` on `field` beyond the supported years.
    public func adding(months: Int, field: String) throws(PolicyError) -> CivilDate {
        guard let date = checkedAdding(months: months) else { throw outOfRange("\(months) months", field) }
        return date
    }

    /// This date moved by `years` years; throws `out-of-range` on `field` beyond the supported years.
    public func adding(years: Int, field: String) throws(PolicyError) -> CivilDate {
        guard let date = checkedAdding(years: years) else { throw outOfRange("\(years) years", field) }
        return date
    }

    private func outOfRange(_ amount: String, _ field: String) -> PolicyError {
        PolicyError(
            code: .outOfRange, field: field,
            message: "\(self) + \(amount) is outside the supported dates (\(CivilDate.earliest) … \(CivilDate.latest))")
    }

    /// The number of days from this date to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// The contract's form, `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Danish long form for explanations, e.g. `2. maj 2024`.
    public var danishText: String {
        let names = [
            "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
            "oktober", "november", "december",
        ]
        return "\(day). \(names[month - 1]) \(year)"
    }

    /// English long form for explanations, e.g. `2 May 2024`.
    public var englishText: String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        return "\(day) \(names[month - 1]) \(year)"
    }

    /// Whether `lhs` comes before `rhs`.
    @inlinable public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.month != rhs.month { return lhs.month < rhs.month }
        return lhs.day < rhs.day
    }

    /// Whether `lhs` and `rhs` are the same day.
    @inlinable public static func == (lhs: CivilDate, rhs: CivilDate) -> Bool {
        lhs.year == rhs.year && lhs.month == rhs.month && lhs.day == rhs.day
    }
}

extension CivilDate {
    /// Creates a date from literal components known to be valid, for the library's own rule
    /// tables. Package access only: a host builds dates with ``init(year:month:day:field:)``
    /// (throws) or ``init(validatingYear:month:day:)`` (`nil`), so that an impossible date from
    /// its records can never become a real one.
    ///
    /// Invalid components give 1970-01-01 rather than trapping; the rule-table tests check every
    /// table date (`CivilDateTests`), so a typo in a table is caught by `swift test`.
    package init(_ year: Int, _ month: Int, _ day: Int) {
        self = CivilDate(validatingYear: year, month: month, day: day) ?? CivilDate(dayNumber: 0)
    }
}

/// A day of the week, Monday first as in Denmark (ISO 8601).
public enum Weekday: Int, Sendable, CaseIterable {
    /// Mandag.
    case monday = 1
    /// Tirsdag.
    case tuesday
    /// Onsdag.
    case wednesday
    /// Torsdag.
    case thursday
    /// Fredag.
    case friday
    /// Lørdag.
    case saturday
    /// Søndag.
    case sunday

    /// Whether this is Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
