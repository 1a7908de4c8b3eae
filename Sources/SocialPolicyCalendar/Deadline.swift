import SocialPolicyCore

/// A period to add to a start date: months, then weeks, then days.
public struct DeadlinePeriod: Sendable, Hashable {
    /// Whole months (same day of month, or the month's last day).
    public var months: Int
    /// Whole weeks (same weekday).
    public var weeks: Int
    /// Days.
    public var days: Int

    /// Creates a period.
    public init(months: Int = 0, weeks: Int = 0, days: Int = 0) {
        self.months = months
        self.weeks = weeks
        self.days = days
    }

    /// `start` moved by this period, with no regard to working days.
    public func end(from start: CivilDate) -> CivilDate {
        start.adding(months: months).adding(weeks: weeks).adding(days: days)
    }
}

/// How a deadline treats days that are not working days.
public struct DeadlineRules: Sendable, Hashable {
    /// Move a deadline that falls on a Saturday, Sunday or helligdag to the next working day.
    public var extendOverNonWorkingDays: Bool
    /// Also treat Grundlovsdag, 24 and 31 December as non-working (in the citizen's favour).
    public var extendOnEves: Bool

    /// The defaults: both true.
    public init(extendOverNonWorkingDays: Bool = true, extendOnEves: Bool = true) {
        self.extendOverNonWorkingDays = extendOverNonWorkingDays
        self.extendOnEves = extendOnEves
    }

    /// The defaults for a citizen's complaint deadline.
    public static let citizenFavourable = DeadlineRules()
}

/// A computed deadline: the nominal last day, and the last day after moving past
/// non-working days.
public struct Deadline: Sendable, Hashable {
    /// The day the period ends on the calendar.
    public let nominal: CivilDate
    /// The last day to act: the nominal day, or the next working day after it.
    public let date: CivilDate
    /// Whether an eve (Grundlovsdag, 24 or 31 December) decided the result: moved it, or —
    /// with eves not extending — is the last day. Said as a warning: an open legal question.
    public let eveAffected: Eve?

    /// Whether the deadline was moved from the nominal day.
    public var wasExtended: Bool { date != nominal }

    /// Computes the deadline `period` after `start` under `rules`.
    public init(from start: CivilDate, period: DeadlinePeriod, rules: DeadlineRules = .citizenFavourable) {
        let nominal = period.end(from: start)
        self.nominal = nominal
        guard rules.extendOverNonWorkingDays else {
            self.date = nominal
            self.eveAffected = DanishCalendar.eve(on: nominal)
            return
        }
        let withEves = DanishCalendar.nextWorkingDay(onOrAfter: nominal, eves: true)
        let withoutEves = DanishCalendar.nextWorkingDay(onOrAfter: nominal, eves: false)
        self.date = rules.extendOnEves ? withEves : withoutEves
        // An eve matters only where counting it as a working day would give another date.
        var eve: Eve? = nil
        if withEves != withoutEves {
            var day = withoutEves
            while day < withEves, eve == nil {
                eve = DanishCalendar.eve(on: day)
                day = day.adding(days: 1)
            }
        }
        self.eveAffected = eve
    }
}
