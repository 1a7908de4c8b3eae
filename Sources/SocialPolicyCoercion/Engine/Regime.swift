import SocialPolicyCore

/// The versions of serviceloven afsnit VII and its executive orders that the library tells
/// apart, one per version of the `sel-coercion` rule set. Each starts on a day the law changed
/// what the library answers; `Documentation/Coercion.md` gives each with its instrument.
package enum CoercionRegime: Int, Sendable, CaseIterable, Comparable {
    /// 2011-01-01 … 2013-06-30: kapitel 24 (LBK 810/2012); det sociale nævn decides § 129
    /// admissions and hears complaints; BEK 732/2012.
    case r2011
    /// 2013-07-01 …: statsforvaltningen decides § 129, Ankestyrelsen hears complaints (LOV
    /// 493/2013; LBK 1093/2013); BEK 716/2013.
    case r2013
    /// 2014-05-01 …: BEK 392/2014 (same rules).
    case r2014
    /// 2016-09-01 …: BEK 1140/2016 (same rules).
    case r2016
    /// 2017-06-08 …: LOV 661/2017 enacts § 129 a; its first day in force is not read.
    case r2017a
    /// 2017-07-01 …: BEK 839/2017 (same rules).
    case r2017b
    /// 2017-10-01 …: LOV 1543/2016 § 1 nr. 4–5 (BEK 1061/2017): a fremtidsfuldmægtig may agree
    /// to a move (§ 129, stk. 3); *egen interesse* becomes stk. 4.
    case r2017c
    /// 2018-01-01 …: BEK 1231/2017 applies § 129 a.
    case r2018
    /// 2019-04-01 …: Familieretshuset replaces statsforvaltningen (LOV 1711/2018); BEK 226/2019.
    case r2019
    /// 2020-01-01 …: kapitel 24, 24 a, 24 b, 24 c (LOV 498/2019); BEK 1239/2019; the
    /// welfare-technology lists.
    case r2020
    /// 2024-07-01 …: L 188 (LOV 680/2024) except its 2025 parts; BEK 839/2024; § 136 d kept.
    case r2024
    /// 2025-01-01 …: § 128 b, stk. 1, §§ 128 g–h and Det Socialfaglige Nævn; § 136 d repealed;
    /// BEK 1411/2024 and BEK 1412/2024.
    case r2025
    /// 2025-06-20 …: LOV 729/2025 (the nær pårørende med attest) enacted; its first day in
    /// force is not read.
    case r2025a
    /// 2025-07-01 …: ældreloven help in the target groups (LOV 1651/2024, LOV 1703/2024).
    case r2025b
    /// 2025-09-22 …: LBK 1129/2025 holds the nær pårørende med attest in §§ 136 e–136 f.
    case r2025c

    package static let start2013 = CivilDate(2013, 7, 1)
    package static let start2014 = CivilDate(2014, 5, 1)
    package static let start2016 = CivilDate(2016, 9, 1)
    package static let start2017a = CivilDate(2017, 6, 8)
    package static let start2017b = CivilDate(2017, 7, 1)
    package static let start2017c = CivilDate(2017, 10, 1)
    package static let start2018 = CivilDate(2018, 1, 1)
    package static let start2019 = CivilDate(2019, 4, 1)
    package static let start2020 = CivilDate(2020, 1, 1)
    package static let start2024 = CivilDate(2024, 7, 1)
    package static let start2025 = CivilDate(2025, 1, 1)
    package static let start2025a = CivilDate(2025, 6, 20)
    package static let start2025b = CivilDate(2025, 7, 1)
    package static let start2025c = CivilDate(2025, 9, 22)

    /// The first day of the regime.
    package var validFrom: CivilDate {
        switch self {
        case .r2011: CivilDate(2011, 1, 1)
        case .r2013: Self.start2013
        case .r2014: Self.start2014
        case .r2016: Self.start2016
        case .r2017a: Self.start2017a
        case .r2017b: Self.start2017b
        case .r2017c: Self.start2017c
        case .r2018: Self.start2018
        case .r2019: Self.start2019
        case .r2020: Self.start2020
        case .r2024: Self.start2024
        case .r2025: Self.start2025
        case .r2025a: Self.start2025a
        case .r2025b: Self.start2025b
        case .r2025c: Self.start2025c
        }
    }

    /// The regime in force on `date` (dates before 2011 give ``r2011``).
    @inline(__always)
    package init(on date: CivilDate) {
        if date >= Self.start2020 {
            if date >= Self.start2025 {
                if date >= Self.start2025c { self = .r2025c } else if date >= Self.start2025b { self = .r2025b }
                else if date >= Self.start2025a { self = .r2025a } else { self = .r2025 }
            } else {
                self = date >= Self.start2024 ? .r2024 : .r2020
            }
        } else if date >= Self.start2017a {
            if date >= Self.start2019 { self = .r2019 } else if date >= Self.start2018 { self = .r2018 }
            else if date >= Self.start2017c { self = .r2017c } else if date >= Self.start2017b { self = .r2017b }
            else { self = .r2017a }
        } else if date >= Self.start2016 { self = .r2016 } else if date >= Self.start2014 { self = .r2014 }
        else if date >= Self.start2013 { self = .r2013 } else { self = .r2011 }
    }

    /// Whether the 2020 structure applies (kap. 24 a / 24 b; the target-group values).
    package var from2020: Bool { self >= .r2020 }
    /// Whether L 188 applies.
    package var from2024: Bool { self >= .r2024 }

    /// The magtanvendelsesbekendtgørelse in force (for `asOf` from 2013-01-01).
    package var executiveOrder: CiteSource {
        switch self {
        case .r2011: .bek732_2012
        case .r2013: .bek716_2013
        case .r2014: .bek392_2014
        case .r2016, .r2017a: .bek1140_2016
        case .r2017b, .r2017c: .bek839_2017
        case .r2018: .bek1231_2017
        case .r2019: .bek226_2019
        case .r2020: .bek1239_2019
        case .r2024: .bek839_2024
        case .r2025, .r2025a, .r2025b, .r2025c: .bek1411_2024
        }
    }

    /// The start of the structural era a decision must have been made in to rest on the
    /// sections in force (2020-01-01, 2024-07-01); earlier eras have no such boundary.
    package var eraStart: CivilDate? {
        switch self {
        case .r2011, .r2013, .r2014, .r2016, .r2017a, .r2017b, .r2017c, .r2018, .r2019: nil
        case .r2020: Self.start2020
        case .r2024, .r2025, .r2025a, .r2025b, .r2025c: Self.start2024
        }
    }

    /// Who `authority` is in this regime.
    package func decidedBy(_ authority: Authority) -> DecidedBy {
        switch authority {
        case .staff: .staffAcute
        case .council, .councilWithRepresentative: .municipalCouncil
        case .board: .disabilityCoercionBoard
        case .admissionAuthority:
            self == .r2011 ? .socialBoard : (self >= .r2019 ? .familyCourtHouse : .stateAdministration)
        }
    }

    /// Whether `lhs` comes before `rhs`.
    package static func < (lhs: CoercionRegime, rhs: CoercionRegime) -> Bool { lhs.rawValue < rhs.rawValue }
}
