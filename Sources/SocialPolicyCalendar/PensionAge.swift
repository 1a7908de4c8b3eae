import SocialPolicyCore

/// Folkepensionsalder (pensionsloven § 1 a) as legislated, by the law in force on a date.
///
/// The age has been raised by several acts; each is a version here, so a question asked about
/// a date uses the ages the Folketing had legislated by then:
///
/// | born | age | legislated by |
/// |---|---|---|
/// | before 1954-01-01 | 65 | lov nr. 1353/2011 (velfærdsreformen 2006/2011) |
/// | 1954-01-01 – 1954-06-30 | 65½ | same |
/// | 1954-07-01 – 1954-12-31 | 66 | same |
/// | 1955-01-01 – 1955-06-30 | 66½ | same |
/// | 1955-07-01 – 1962-12-31 | 67 | same (67 also for later cohorts until the next step was legislated) |
/// | 1963-01-01 – 1966-12-31 | 68 | lov nr. 1810 af 23/12/2015, in force 2015-12-29 |
/// | 1967-01-01 – 1970-12-31 | 69 | the 2020 act, in force 2020-12-31 |
/// | 1971-01-01 or later | 70 | the 2025 act, in force 2025-12-31 |
public enum PensionAge {
    /// One age bracket: everyone born on or after `bornFrom` (and before the next bracket).
    struct Bracket: Sendable {
        let bornFrom: CivilDate
        let years: Int
        let months: Int
    }

    static let base: [Bracket] = [
        Bracket(bornFrom: CivilDate(1, 1, 1), years: 65, months: 0),
        Bracket(bornFrom: CivilDate(1954, 1, 1), years: 65, months: 6),
        Bracket(bornFrom: CivilDate(1954, 7, 1), years: 66, months: 0),
        Bracket(bornFrom: CivilDate(1955, 1, 1), years: 66, months: 6),
        Bracket(bornFrom: CivilDate(1955, 7, 1), years: 67, months: 0),
    ]
    static let step2015 = Bracket(bornFrom: CivilDate(1963, 1, 1), years: 68, months: 0)
    static let step2020 = Bracket(bornFrom: CivilDate(1967, 1, 1), years: 69, months: 0)
    static let step2025 = Bracket(bornFrom: CivilDate(1971, 1, 1), years: 70, months: 0)

    /// The versions of pensionsloven § 1 a this library knows, oldest first.
    public static let ruleSets = RuleSetCatalogue([
        RuleSetVersion(
            id: "pl-1a", validFrom: CivilDate(2012, 1, 1), validTo: CivilDate(2015, 12, 28),
            title: "65 → 67 for persons born 1954–1962 (velfærdsreformen)",
            enactedBy: "lov nr. 1353 af 21/12/2011; https://danskelove.dk/pensionsloven/1a"),
        RuleSetVersion(
            id: "pl-1a", validFrom: CivilDate(2015, 12, 29), validTo: CivilDate(2020, 12, 30),
            title: "68 for persons born 1963–1966",
            enactedBy: "lov nr. 1810 af 23/12/2015 (L 40, 2015-16); https://aes.dk/da/Temaer/Forhojet-pensionsalder/Om-lovaendringen.aspx"),
        RuleSetVersion(
            id: "pl-1a", validFrom: CivilDate(2020, 12, 31), validTo: CivilDate(2025, 12, 30),
            title: "69 for persons born 1967 or later",
            enactedBy: "the 2020 act (in force 2020-12-31); https://danskelove.dk/pensionsloven/1a"),
        RuleSetVersion(
            id: "pl-1a", validFrom: CivilDate(2025, 12, 31), validTo: nil,
            title: "70 for persons born 1971 or later",
            enactedBy: "the 2025 act (adopted May 2025, in force 2025-12-31); https://www.aes.dk/om-arbejdsmarkedets-erhvervssikring/temaer/forhoejet-pensionsalder"),
    ])

    /// The folkepensionsalder of a person born on `birthDate`, under the law in force on `lawOf`.
    ///
    /// - Returns: whole years and months (6 for a half year).
    public static func age(bornOn birthDate: CivilDate, lawOf: CivilDate) -> (years: Int, months: Int) {
        var bracket = base[0]
        for candidate in base where birthDate >= candidate.bornFrom { bracket = candidate }
        if lawOf >= CivilDate(2015, 12, 29), birthDate >= step2015.bornFrom { bracket = step2015 }
        if lawOf >= CivilDate(2020, 12, 31), birthDate >= step2020.bornFrom { bracket = step2020 }
        if lawOf >= CivilDate(2025, 12, 31), birthDate >= step2025.bornFrom { bracket = step2025 }
        return (bracket.years, bracket.months)
    }

    /// The day a person born on `birthDate` reaches folkepensionsalder, under the law in force
    /// on `lawOf`: the birth date plus the age (a half year is six calendar months; a day that
    /// does not exist in the month becomes the month's last day).
    public static func reachedOn(bornOn birthDate: CivilDate, lawOf: CivilDate) -> CivilDate {
        let (years, months) = age(bornOn: birthDate, lawOf: lawOf)
        return birthDate.adding(months: years * 12 + months)
    }

    /// Whether a person born on `birthDate` is under folkepensionsalder on `date`.
    public static func isUnderPensionAge(bornOn birthDate: CivilDate, on date: CivilDate) -> Bool {
        date < reachedOn(bornOn: birthDate, lawOf: date)
    }
}
