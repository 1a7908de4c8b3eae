import SocialPolicyCore

/// Folkepensionsalder (pensionsloven § 1 a) as legislated, by the law in force on a date.
///
/// The age has been raised by several acts; each is a version here, so a question asked about
/// a date uses the ages the Folketing had legislated by then (read in the consolidations
/// LBK 783/2012, 1239/2016, 234/2021 and 1123/2024, `§ 1 a, stk. 1, nr. 1–7`):
///
/// | born | age | legislated by |
/// |---|---|---|
/// | before 1954-01-01 | 65 | LOV nr. 1386 af 28/12/2011 (in force 2012-01-01) |
/// | 1954-01-01 – 1954-06-30 | 65½ | same |
/// | 1954-07-01 – 1954-12-31 | 66 | same |
/// | 1955-01-01 – 1955-06-30 | 66½ | same |
/// | 1955-07-01 – 1962-12-31 | 67 | same (67 also for later cohorts until the next step was legislated) |
/// | 1963-01-01 – 1966-12-31 | 68 | LOV nr. 1810 af 23/12/2015, in force 2015-12-29 |
/// | 1967-01-01 – 1970-12-31 | 69 | LOV nr. 2203 af 29/12/2020, in force 2020-12-31 |
/// | 1971-01-01 or later | 70 | LOV nr. 703 af 20/06/2025 (L 149, 2024-25), in force 2025-12-31 |
///
/// (`§ 1 a` itself was inserted by LOV nr. 1586 af 20/12/2006, the velfærdsreform: 65 → 67.)
public enum PensionAge: Sendable {
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

    /// The day LOV 1810/2015 took effect (68 for persons born 1963–1966).
    public static let act2015From = CivilDate(2015, 12, 29)
    /// The day LOV 2203/2020 took effect (69 for persons born after 1966).
    public static let act2020From = CivilDate(2020, 12, 31)
    /// The day LOV 703/2025 takes effect (70 for persons born after 1970).
    public static let act2025From = CivilDate(2025, 12, 31)

    /// The instruments of pensionsloven § 1 a: the consolidations and the acts raising the age.
    static let instruments: [LegalInstrument] = [
        .lov1386_2011, .lbk783_2012, .lbk390_2013, .lbk1116_2013, .lbk1137_2014, .lbk10_2015, .lov1810_2015,
        .lbk1239_2016, .lbk1208_2017, .lbk983_2019, .lov2203_2020, .lbk234_2021, .lbk527_2022, .lbk1042_2024,
        .lbk1123_2024, .lov703_2025,
    ]

    static func version(_ from: CivilDate, _ to: CivilDate?, title: String, enactedBy: String) -> RuleSetVersion {
        RuleSetVersion(
            id: "pl-1a", validFrom: from, validTo: to, title: title, enactedBy: enactedBy,
            instruments: LegalInstrument.inForce(instruments, from: from, to: to))
    }

    /// The versions of pensionsloven § 1 a this library knows, oldest first.
    public static let ruleSets = RuleSetCatalogue([
        version(
            CivilDate(2012, 1, 1), CivilDate(2015, 12, 28), title: "65 → 67 for persons born 1954–1962 (velfærdsreformen)",
            enactedBy: "LOV nr. 1386 af 28/12/2011 (L 22, FT 2011-12); https://www.retsinformation.dk/eli/lta/2011/1386"),
        version(
            act2015From, CivilDate(2020, 12, 30), title: "68 for persons born 1963–1966",
            enactedBy: "LOV nr. 1810 af 23/12/2015 (L 40, FT 2015-16); https://www.retsinformation.dk/eli/lta/2015/1810"),
        version(
            act2020From, CivilDate(2025, 12, 30), title: "69 for persons born 1967 or later",
            enactedBy: "LOV nr. 2203 af 29/12/2020; https://www.retsinformation.dk/eli/lta/2020/2203"),
        version(
            act2025From, nil, title: "70 for persons born 1971 or later",
            enactedBy: "LOV nr. 703 af 20/06/2025 (L 149, FT 2024-25); https://www.retsinformation.dk/eli/lta/2025/703"),
    ])

    /// The folkepensionsalder of a person born on `birthDate`, under the law in force on `lawOf`.
    ///
    /// - Returns: whole years and months (6 for a half year).
    public static func age(bornOn birthDate: CivilDate, lawOf: CivilDate) -> (years: Int, months: Int) {
        var bracket = base[0]
        for candidate in base where birthDate >= candidate.bornFrom { bracket = candidate }
        if lawOf >= act2015From, birthDate >= step2015.bornFrom { bracket = step2015 }
        if lawOf >= act2020From, birthDate >= step2020.bornFrom { bracket = step2020 }
        if lawOf >= act2025From, birthDate >= step2025.bornFrom { bracket = step2025 }
        return (bracket.years, bracket.months)
    }

    /// The act that legislated the age of a person born on `birthDate`, under the law in force on
    /// `lawOf`, by its name (`LOV nr. 1386 af 28/12/2011`).
    public static func legislatedBy(bornOn birthDate: CivilDate, lawOf: CivilDate) -> String {
        if lawOf >= act2025From, birthDate >= step2025.bornFrom { return LegalInstrument.lov703_2025.name }
        if lawOf >= act2020From, birthDate >= step2020.bornFrom { return LegalInstrument.lov2203_2020.name }
        if lawOf >= act2015From, birthDate >= step2015.bornFrom { return LegalInstrument.lov1810_2015.name }
        return LegalInstrument.lov1386_2011.name
    }

    /// The day a person born on `birthDate` reaches folkepensionsalder, under the law in force
    /// on `lawOf`: the birth date plus the age (a half year is six calendar months; a day that
    /// does not exist in the month becomes the month's last day).
    ///
    /// - Important: clamped to 9999-12-31 for birth dates near the calendar's end; use
    ///   ``checkedReachedOn(bornOn:lawOf:)`` where the day is told or relied on.
    public static func reachedOn(bornOn birthDate: CivilDate, lawOf: CivilDate) -> CivilDate {
        let (years, months) = age(bornOn: birthDate, lawOf: lawOf)
        return birthDate.adding(months: years * 12 + months)
    }

    /// The day the age is reached, or `nil` when that day would be after 9999-12-31.
    public static func checkedReachedOn(bornOn birthDate: CivilDate, lawOf: CivilDate) -> CivilDate? {
        let (years, months) = age(bornOn: birthDate, lawOf: lawOf)
        return DeadlinePeriod(months: years * 12 + months).checkedEnd(from: birthDate)
    }

    /// Whether a person born on `birthDate` is under folkepensionsalder on `date`.
    public static func isUnderPensionAge(bornOn birthDate: CivilDate, on date: CivilDate) -> Bool {
        date < reachedOn(bornOn: birthDate, lawOf: date)
    }
}
