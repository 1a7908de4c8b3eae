import SocialPolicyCore

/// A Danish public holiday (helligdag).
public struct Holiday: Sendable, Hashable {
    /// Which holiday.
    public enum Kind: Int, Sendable, CaseIterable {
        /// Nytårsdag, 1 January.
        case newYearsDay
        /// Skærtorsdag, Easter − 3.
        case maundyThursday
        /// Langfredag, Easter − 2.
        case goodFriday
        /// Påskedag, Easter Sunday.
        case easterSunday
        /// 2. påskedag, Easter + 1.
        case easterMonday
        /// Store bededag, Easter + 26 — a helligdag only up to and including 2023.
        case greatPrayerDay
        /// Kristi himmelfartsdag, Easter + 39.
        case ascensionDay
        /// Pinsedag, Easter + 49.
        case whitSunday
        /// 2. pinsedag, Easter + 50.
        case whitMonday
        /// Juledag, 25 December.
        case christmasDay
        /// 2. juledag, 26 December.
        case boxingDay

        /// The Danish name, as the contract writes it.
        public var danishName: String {
            switch self {
            case .newYearsDay: "Nytårsdag"
            case .maundyThursday: "Skærtorsdag"
            case .goodFriday: "Langfredag"
            case .easterSunday: "Påskedag"
            case .easterMonday: "2. påskedag"
            case .greatPrayerDay: "Store bededag"
            case .ascensionDay: "Kristi himmelfartsdag"
            case .whitSunday: "Pinsedag"
            case .whitMonday: "2. pinsedag"
            case .christmasDay: "Juledag"
            case .boxingDay: "2. juledag"
            }
        }

        /// The English name.
        public var englishName: String {
            switch self {
            case .newYearsDay: "New Year's Day"
            case .maundyThursday: "Maundy Thursday"
            case .goodFriday: "Good Friday"
            case .easterSunday: "Easter Sunday"
            case .easterMonday: "Easter Monday"
            case .greatPrayerDay: "Great Prayer Day"
            case .ascensionDay: "Ascension Day"
            case .whitSunday: "Whit Sunday"
            case .whitMonday: "Whit Monday"
            case .christmasDay: "Christmas Day"
            case .boxingDay: "Boxing Day (2nd Christmas Day)"
            }
        }
    }

    /// The date.
    public let date: CivilDate
    /// Which holiday it is.
    public let kind: Kind
}

/// A day that is not a helligdag and that no statute makes a reason to extend an administrative
/// deadline (only forældelsesloven § 27, stk. 2 does, for limitation periods). A deadline told to
/// a person counts it as a working day (the safe reading); whether a later act is in time is
/// judged in the citizen's favour, as if it were not (`eves-extend-deadlines` in
/// `Documentation/OpenLegalQuestions.md`).
public enum Eve: Sendable, Hashable, CaseIterable {
    /// Grundlovsdag, 5 June.
    case constitutionDay
    /// Juleaftensdag, 24 December.
    case christmasEve
    /// Nytårsaftensdag, 31 December.
    case newYearsEve

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .constitutionDay: "Grundlovsdag"
        case .christmasEve: "Juleaftensdag"
        case .newYearsEve: "Nytårsaftensdag"
        }
    }

    /// The English name.
    public var englishName: String {
        switch self {
        case .constitutionDay: "Constitution Day (5 June)"
        case .christmasEve: "Christmas Eve (24 December)"
        case .newYearsEve: "New Year's Eve (31 December)"
        }
    }
}

/// The Danish legal calendar: helligdage, working days and deadlines.
///
/// Pure functions of their arguments; nothing here allocates except ``holidays(in:)``, which
/// returns an array.
public enum DanishCalendar: Sendable {
    /// The last year in which store bededag was a helligdag. It was abolished from
    /// 1 January 2024 (lov om afskaffelse af store bededag som helligdag, L 13, FT 2022-23, 2. samling).
    public static let lastYearWithGreatPrayerDay = 2023

    /// Easter Sunday of `year` (Gregorian computus, the anonymous "Meeus/Jones/Butcher" algorithm).
    public static func easterSunday(in year: Int) -> CivilDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year, month, day)
    }

    /// The helligdag on `date`, if it is one. Sundays that are not named holidays return `nil`
    /// (they are non-working days all the same: see ``isWorkingDay(_:eves:)``).
    public static func holiday(on date: CivilDate) -> Holiday.Kind? {
        switch (date.month, date.day) {
        case (1, 1): return .newYearsDay
        case (12, 25): return .christmasDay
        case (12, 26): return .boxingDay
        default: break
        }
        guard (3...6).contains(date.month) else { return nil }
        switch easterSunday(in: date.year).days(until: date) {
        case -3: return .maundyThursday
        case -2: return .goodFriday
        case 0: return .easterSunday
        case 1: return .easterMonday
        case 26: return date.year <= lastYearWithGreatPrayerDay ? .greatPrayerDay : nil
        case 39: return .ascensionDay
        case 49: return .whitSunday
        case 50: return .whitMonday
        default: return nil
        }
    }

    /// The eve on `date`, if it is Grundlovsdag, 24 or 31 December.
    public static func eve(on date: CivilDate) -> Eve? {
        switch (date.month, date.day) {
        case (6, 5): .constitutionDay
        case (12, 24): .christmasEve
        case (12, 31): .newYearsEve
        default: nil
        }
    }

    /// Every helligdag of `year`, in date order (Sundays that are not named holidays are left
    /// out, as the contract's list does).
    public static func holidays(in year: Int) -> [Holiday] {
        let easter = easterSunday(in: year)
        var list: [Holiday] = [
            Holiday(date: CivilDate(year, 1, 1), kind: .newYearsDay),
            Holiday(date: easter.adding(days: -3), kind: .maundyThursday),
            Holiday(date: easter.adding(days: -2), kind: .goodFriday),
            Holiday(date: easter, kind: .easterSunday),
            Holiday(date: easter.adding(days: 1), kind: .easterMonday),
        ]
        if year <= lastYearWithGreatPrayerDay {
            list.append(Holiday(date: easter.adding(days: 26), kind: .greatPrayerDay))
        }
        list += [
            Holiday(date: easter.adding(days: 39), kind: .ascensionDay),
            Holiday(date: easter.adding(days: 49), kind: .whitSunday),
            Holiday(date: easter.adding(days: 50), kind: .whitMonday),
            Holiday(date: CivilDate(year, 12, 25), kind: .christmasDay),
            Holiday(date: CivilDate(year, 12, 26), kind: .boxingDay),
        ]
        return list
    }

    /// Whether `date` is a working day (hverdag): not a Saturday, Sunday or helligdag, and —
    /// when `eves` is true — not Grundlovsdag, 24 or 31 December.
    public static func isWorkingDay(_ date: CivilDate, eves: Bool = true) -> Bool {
        if date.weekday.isWeekend || holiday(on: date) != nil { return false }
        if eves, eve(on: date) != nil { return false }
        return true
    }

    /// `date` itself if it is a working day, otherwise the next working day.
    ///
    /// - Important: at the end of the calendar the result is clamped to 9999-12-31, which is
    ///   then not a working day. Use ``checkedNextWorkingDay(onOrAfter:eves:)`` where the day is
    ///   told or relied on.
    public static func nextWorkingDay(onOrAfter date: CivilDate, eves: Bool = true) -> CivilDate {
        checkedNextWorkingDay(onOrAfter: date, eves: eves) ?? lastDay
    }

    /// `date` itself if it is a working day, otherwise the next working day; `nil` when that day
    /// would be after 9999-12-31, the last day the calendar knows.
    public static func checkedNextWorkingDay(onOrAfter date: CivilDate, eves: Bool = true) -> CivilDate? {
        var day = date
        // At most a handful of consecutive non-working days exist (e.g. 24–27 December).
        for _ in 0..<14 {
            if isWorkingDay(day, eves: eves) { return day }
            guard day < lastDay else { return nil }
            day = day.adding(days: 1)
        }
        return nil
    }

    /// The last day the calendar knows: 9999-12-31. A deadline or a day counted past it is an
    /// error, never this day.
    public static let lastDay = CivilDate(9999, 12, 31)
}
