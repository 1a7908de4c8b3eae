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
    ///
    /// - Important: clamped to 9999-12-31 (never traps). A deadline must never be computed with
    ///   it: use ``checkedEnd(from:)``, which says when the end is beyond the calendar.
    public func end(from start: CivilDate) -> CivilDate {
        start.adding(months: months).adding(weeks: weeks).adding(days: days)
    }

    /// `start` moved by this period, or `nil` when a part is negative or the end would pass
    /// 9999-12-31 (the last day the calendar knows): never a clamped day.
    public func checkedEnd(from start: CivilDate) -> CivilDate? {
        overflow(from: start) == nil ? end(from: start) : nil
    }

    /// The part of the period — `months`, `weeks` or `days`, in the order they are added — that is
    /// negative or takes the end past 9999-12-31, or `nil` when the end is a real day. A question
    /// names it as the field of its error (`facts.days`).
    public func overflow(from start: CivilDate) -> String? {
        if months < 0 { return "months" }
        if weeks < 0 { return "weeks" }
        if days < 0 { return "days" }
        let last = DanishCalendar.lastDay
        // Compare before adding, so that no part can overflow or clamp.
        let monthIndex = start.year * 12 + (start.month - 1)
        guard months <= last.year * 12 + (last.month - 1) - monthIndex else { return "months" }
        let afterMonths = start.adding(months: months)
        guard weeks <= (last.dayNumber - afterMonths.dayNumber) / 7 else { return "weeks" }
        let afterWeeks = afterMonths.adding(weeks: weeks)
        guard days <= last.dayNumber - afterWeeks.dayNumber else { return "days" }
        return nil
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
/// non-working days — by the rules asked for, by the safe reading and by the citizen-favourable
/// one.
///
/// No statute extends a deadline that ends on Grundlovsdag, 24 or 31 December (only
/// forældelsesloven § 27, stk. 2 does, for limitation periods). The **safe** date counts those
/// days as working days: it is never later than the law surely allows, and it is the date to
/// tell a person. The **citizen-favourable** date treats them as non-working: a complaint made
/// by then is judged in the citizen's favour. The two differ only when an eve decides.
public struct Deadline: Sendable, Hashable {
    /// The day the period ends on the calendar.
    public let nominal: CivilDate
    /// The last day to act by the ``DeadlineRules`` asked for: the nominal day, or the next
    /// working day after it.
    public let date: CivilDate
    /// Whether an eve (Grundlovsdag, 24 or 31 December) decided the result: moved it, or —
    /// with eves not extending — is the last day. Said as a warning: an open legal question.
    public let eveAffected: Eve?
    /// The safe last day: moved only past Saturdays, Sundays and helligdage (the eves count as
    /// working days); the nominal day when the rules do not extend. Never later than ``date``.
    public let safeDate: CivilDate
    /// The citizen-favourable last day: moved past Saturdays, Sundays, helligdage and the eves;
    /// the nominal day when the rules do not extend. Never earlier than ``date``.
    public let citizenFavourableDate: CivilDate

    /// Whether the deadline was moved from the nominal day.
    public var wasExtended: Bool { date != nominal }

    /// Computes the deadline `period` after `start` under `rules`.
    ///
    /// - Important: near the end of the calendar the dates are clamped to 9999-12-31. Use
    ///   ``init(checkedFrom:period:rules:)`` for any deadline that is told or relied on.
    public init(from start: CivilDate, period: DeadlinePeriod, rules: DeadlineRules = .citizenFavourable) {
        let nominal = period.end(from: start)
        let safe = DanishCalendar.nextWorkingDay(onOrAfter: nominal, eves: false)
        let favourable = DanishCalendar.nextWorkingDay(onOrAfter: nominal, eves: true)
        self.init(nominal: nominal, safe: safe, favourable: favourable, rules: rules)
    }

    /// Computes the deadline `period` after `start` under `rules`, or `nil` when a part of the
    /// period is negative or the deadline — moved past non-working days — would pass 9999-12-31.
    /// Never a clamped day called a working day.
    public init?(checkedFrom start: CivilDate, period: DeadlinePeriod, rules: DeadlineRules = .citizenFavourable) {
        guard let nominal = period.checkedEnd(from: start),
            let safe = DanishCalendar.checkedNextWorkingDay(onOrAfter: nominal, eves: false),
            let favourable = DanishCalendar.checkedNextWorkingDay(onOrAfter: nominal, eves: true)
        else { return nil }
        self.init(nominal: nominal, safe: safe, favourable: favourable, rules: rules)
    }

    private init(nominal: CivilDate, safe: CivilDate, favourable: CivilDate, rules: DeadlineRules) {
        self.nominal = nominal
        guard rules.extendOverNonWorkingDays else {
            self.date = nominal
            self.safeDate = nominal
            self.citizenFavourableDate = nominal
            self.eveAffected = DanishCalendar.eve(on: nominal)
            return
        }
        self.date = rules.extendOnEves ? favourable : safe
        self.safeDate = safe
        self.citizenFavourableDate = favourable
        // An eve matters only where counting it as a working day would give another date.
        var eve: Eve? = nil
        if favourable != safe {
            var day = safe
            while day < favourable, eve == nil {
                eve = DanishCalendar.eve(on: day)
                day = day.adding(days: 1)
            }
        }
        self.eveAffected = eve
    }
}
