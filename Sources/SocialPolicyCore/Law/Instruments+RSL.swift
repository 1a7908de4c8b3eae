// The instruments of Retssikkerhedsloven: its consolidations, the acts amending it, and the executive orders on complaints
// (every RSL executive order from BEK 1433/2012 to BEK 861/2025, each repealing the one before; in-force days read in
// each order's last section).
// Generated once by scripts/generate-instruments.py from ../shared/law/texts/INDEX.md; maintained
// by hand since. `appliesFrom` is the day the text applies (a consolidation: its issue date;
// an executive order or amending act: its in-force day as read in the act, or as noted).

extension LegalInstrument {
    /// LBK 930/2012: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    package static let lbk930_2012 = LegalInstrument(
        .consolidatedAct, number: 930, issued: CivilDate(2012, 9, 17),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2012, 930), contains: .rsl)

    /// BEK 1433/2012: Bekendtgørelse om retssikkerhed og administration på det sociale område
    package static let bek1433_2012 = LegalInstrument(
        .executiveOrder, number: 1433, issued: CivilDate(2012, 12, 23), appliesFrom: CivilDate(2013, 1, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2012, 1433), contains: Citation.Source(code: "BEK 1433/2012", kind: .statute))

    /// LOV 493/2013: Lov om ændring af lov om retssikkerhed og administration på det sociale område, lov om ans…
    package static let lov493_2013 = LegalInstrument(
        .act, number: 493, issued: CivilDate(2013, 5, 21), appliesFrom: CivilDate(2013, 7, 1),
        title: "Lov om ændring af lov om retssikkerhed og administration på det sociale område, lov om ansvaret for og styringen af den aktive beskæftigelsesindsats og forskellige andre love\n(Forenkling af klagestrukturen på det sociale og beskæftigelsesmæssige område)",
        url: eli(2013, 493), contains: .rsl, role: .amendment)

    /// BEK 557/2013: Bekendtgørelse om retssikkerhed og administration på det sociale område
    package static let bek557_2013 = LegalInstrument(
        .executiveOrder, number: 557, issued: CivilDate(2013, 5, 30), appliesFrom: CivilDate(2013, 6, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2013, 557), contains: Citation.Source(code: "BEK 557/2013", kind: .statute))

    /// BEK 722/2013: Bekendtgørelse om retssikkerhed og administration på det sociale område
    package static let bek722_2013 = LegalInstrument(
        .executiveOrder, number: 722, issued: CivilDate(2013, 6, 19), appliesFrom: CivilDate(2013, 7, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2013, 722), contains: Citation.Source(code: "BEK 722/2013", kind: .statute))

    /// LBK 983/2013: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    package static let lbk983_2013 = LegalInstrument(
        .consolidatedAct, number: 983, issued: CivilDate(2013, 8, 8),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2013, 983), contains: .rsl)

    /// BEK 1249/2017: Bekendtgørelse om retssikkerhed og administration på det sociale område
    package static let bek1249_2017 = LegalInstrument(
        .executiveOrder, number: 1249, issued: CivilDate(2017, 11, 13), appliesFrom: CivilDate(2018, 1, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2017, 1249), contains: Citation.Source(code: "BEK 1249/2017", kind: .statute))

    /// LBK 1555/2020: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    package static let lbk1555_2020 = LegalInstrument(
        .consolidatedAct, number: 1555, issued: CivilDate(2020, 11, 2),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2020, 1555), contains: .rsl)

    /// BEK 1152/2021: Bekendtgørelse om retssikkerhed og administration på det sociale område
    package static let bek1152_2021 = LegalInstrument(
        .executiveOrder, number: 1152, issued: CivilDate(2021, 6, 7), appliesFrom: CivilDate(2021, 6, 14),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2021, 1152), contains: Citation.Source(code: "BEK 1152/2021", kind: .statute))

    /// BEK 1382/2023: Bekendtgørelse om retssikkerhed og administration på det sociale område
    package static let bek1382_2023 = LegalInstrument(
        .executiveOrder, number: 1382, issued: CivilDate(2023, 11, 28), appliesFrom: CivilDate(2024, 1, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2023, 1382), contains: Citation.Source(code: "BEK 1382/2023", kind: .statute))

    /// LBK 261/2024: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    package static let lbk261_2024 = LegalInstrument(
        .consolidatedAct, number: 261, issued: CivilDate(2024, 3, 13),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2024, 261), contains: .rsl)

    /// LBK 354/2025: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    package static let lbk354_2025 = LegalInstrument(
        .consolidatedAct, number: 354, issued: CivilDate(2025, 4, 2),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2025, 354), contains: .rsl)

    /// BEK 861/2025: Bekendtgørelse om retssikkerhed og administration på det sociale område
    package static let bek861_2025 = LegalInstrument(
        .executiveOrder, number: 861, issued: CivilDate(2025, 6, 19), appliesFrom: CivilDate(2025, 7, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2025, 861), contains: Citation.Source(code: "BEK 861/2025", kind: .statute))

    /// LBK 1019/2014: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2014_1019.json`).
    package static let lbk1019_2014 = LegalInstrument(
        .consolidatedAct, number: 1019, issued: CivilDate(2014, 9, 23),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2014, 1019), contains: .rsl)

    /// LBK 1052/2015: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2015_1052.json`).
    package static let lbk1052_2015 = LegalInstrument(
        .consolidatedAct, number: 1052, issued: CivilDate(2015, 9, 8),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2015, 1052), contains: .rsl)

    /// LBK 1345/2016: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2016_1345.json`).
    package static let lbk1345_2016 = LegalInstrument(
        .consolidatedAct, number: 1345, issued: CivilDate(2016, 11, 23),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2016, 1345), contains: .rsl)

    /// LBK 1096/2017: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2017_1096.json`).
    package static let lbk1096_2017 = LegalInstrument(
        .consolidatedAct, number: 1096, issued: CivilDate(2017, 9, 13),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2017, 1096), contains: .rsl)

    /// LBK 188/2018: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2018_188.json`).
    package static let lbk188_2018 = LegalInstrument(
        .consolidatedAct, number: 188, issued: CivilDate(2018, 3, 8),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2018, 188), contains: .rsl)

    /// LBK 1064/2018: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2018_1064.json`).
    package static let lbk1064_2018 = LegalInstrument(
        .consolidatedAct, number: 1064, issued: CivilDate(2018, 8, 21),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2018, 1064), contains: .rsl)

    /// LBK 826/2019: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2019_826.json`).
    package static let lbk826_2019 = LegalInstrument(
        .consolidatedAct, number: 826, issued: CivilDate(2019, 8, 16),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2019, 826), contains: .rsl)

    /// LBK 1647/2021: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2021_1647.json`).
    package static let lbk1647_2021 = LegalInstrument(
        .consolidatedAct, number: 1647, issued: CivilDate(2021, 8, 4),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2021, 1647), contains: .rsl)

    /// LBK 95/2022: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2022_95.json`).
    package static let lbk95_2022 = LegalInstrument(
        .consolidatedAct, number: 95, issued: CivilDate(2022, 1, 24),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2022, 95), contains: .rsl)

    /// LBK 265/2022: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2022_265.json`).
    package static let lbk265_2022 = LegalInstrument(
        .consolidatedAct, number: 265, issued: CivilDate(2022, 2, 25),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2022, 265), contains: .rsl)

    /// LBK 1109/2023: Bekendtgørelse af lov om retssikkerhed og administration på det sociale område
    /// (read in the public copy of retsinformation, `data/seed/2023_1109.json`).
    package static let lbk1109_2023 = LegalInstrument(
        .consolidatedAct, number: 1109, issued: CivilDate(2023, 8, 24),
        title: "Bekendtgørelse af lov om retssikkerhed og administration på det sociale område",
        url: eli(2023, 1109), contains: .rsl)

    /// BEK 1221/2014: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2014-12-01 (its last §; read in `data/seed/2014_1221.json`).
    package static let bek1221_2014 = LegalInstrument(
        .executiveOrder, number: 1221, issued: CivilDate(2014, 11, 21), appliesFrom: CivilDate(2014, 12, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2014, 1221), contains: Citation.Source(code: "BEK 1221/2014", kind: .statute))

    /// BEK 194/2015: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2015-03-01 (its last §; read in `data/seed/2015_194.json`).
    package static let bek194_2015 = LegalInstrument(
        .executiveOrder, number: 194, issued: CivilDate(2015, 2, 24), appliesFrom: CivilDate(2015, 3, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2015, 194), contains: Citation.Source(code: "BEK 194/2015", kind: .statute))

    /// BEK 1012/2015: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2015-09-01 (its last §; read in `data/seed/2015_1012.json`).
    package static let bek1012_2015 = LegalInstrument(
        .executiveOrder, number: 1012, issued: CivilDate(2015, 8, 30), appliesFrom: CivilDate(2015, 9, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2015, 1012), contains: Citation.Source(code: "BEK 1012/2015", kind: .statute))

    /// BEK 1128/2015: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2015-10-01 (its last §; read in `data/seed/2015_1128.json`).
    package static let bek1128_2015 = LegalInstrument(
        .executiveOrder, number: 1128, issued: CivilDate(2015, 9, 24), appliesFrom: CivilDate(2015, 10, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2015, 1128), contains: Citation.Source(code: "BEK 1128/2015", kind: .statute))

    /// BEK 1020/2016: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2016-09-01 (its last §; read in `data/seed/2016_1020.json`).
    package static let bek1020_2016 = LegalInstrument(
        .executiveOrder, number: 1020, issued: CivilDate(2016, 6, 28), appliesFrom: CivilDate(2016, 9, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2016, 1020), contains: Citation.Source(code: "BEK 1020/2016", kind: .statute))

    /// BEK 1338/2016: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2017-01-02 (its last §; read in `data/seed/2016_1338.json`).
    package static let bek1338_2016 = LegalInstrument(
        .executiveOrder, number: 1338, issued: CivilDate(2016, 11, 18), appliesFrom: CivilDate(2017, 1, 2),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2016, 1338), contains: Citation.Source(code: "BEK 1338/2016", kind: .statute))

    /// BEK 227/2019: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2019-04-01 (its last §; read in `data/seed/2019_227.json`).
    package static let bek227_2019 = LegalInstrument(
        .executiveOrder, number: 227, issued: CivilDate(2019, 3, 11), appliesFrom: CivilDate(2019, 4, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2019, 227), contains: Citation.Source(code: "BEK 227/2019", kind: .statute))

    /// BEK 1630/2019: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2020-01-01 (its last §; read in `data/seed/2019_1630.json`).
    package static let bek1630_2019 = LegalInstrument(
        .executiveOrder, number: 1630, issued: CivilDate(2019, 12, 27), appliesFrom: CivilDate(2020, 1, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2019, 1630), contains: Citation.Source(code: "BEK 1630/2019", kind: .statute))

    /// BEK 993/2020: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2020-07-01 (its last §; read in `data/seed/2020_993.json`).
    package static let bek993_2020 = LegalInstrument(
        .executiveOrder, number: 993, issued: CivilDate(2020, 6, 26), appliesFrom: CivilDate(2020, 7, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2020, 993), contains: Citation.Source(code: "BEK 993/2020", kind: .statute))

    /// BEK 1846/2020: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2021-01-01 (its last §; read in `data/seed/2020_1846.json`).
    package static let bek1846_2020 = LegalInstrument(
        .executiveOrder, number: 1846, issued: CivilDate(2020, 12, 7), appliesFrom: CivilDate(2021, 1, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2020, 1846), contains: Citation.Source(code: "BEK 1846/2020", kind: .statute))

    /// BEK 457/2021: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2021-03-23 (its last §; read in `data/seed/2021_457.json`).
    package static let bek457_2021 = LegalInstrument(
        .executiveOrder, number: 457, issued: CivilDate(2021, 3, 17), appliesFrom: CivilDate(2021, 3, 23),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2021, 457), contains: Citation.Source(code: "BEK 457/2021", kind: .statute))

    /// BEK 897/2021: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2021-05-15 (its last §; read in `data/seed/2021_897.json`).
    package static let bek897_2021 = LegalInstrument(
        .executiveOrder, number: 897, issued: CivilDate(2021, 5, 12), appliesFrom: CivilDate(2021, 5, 15),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2021, 897), contains: Citation.Source(code: "BEK 897/2021", kind: .statute))

    /// BEK 307/2023: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2023-04-01 (its last §; read in `data/seed/2023_307.json`).
    package static let bek307_2023 = LegalInstrument(
        .executiveOrder, number: 307, issued: CivilDate(2023, 3, 20), appliesFrom: CivilDate(2023, 4, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2023, 307), contains: Citation.Source(code: "BEK 307/2023", kind: .statute))

    /// BEK 1085/2023: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2023-10-01 (its last §; read in `data/seed/2023_1085.json`).
    package static let bek1085_2023 = LegalInstrument(
        .executiveOrder, number: 1085, issued: CivilDate(2023, 8, 14), appliesFrom: CivilDate(2023, 10, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2023, 1085), contains: Citation.Source(code: "BEK 1085/2023", kind: .statute))

    /// BEK 171/2024: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2024-03-01 (its last §; read in `data/seed/2024_171.json`).
    package static let bek171_2024 = LegalInstrument(
        .executiveOrder, number: 171, issued: CivilDate(2024, 2, 23), appliesFrom: CivilDate(2024, 3, 1),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2024, 171), contains: Citation.Source(code: "BEK 171/2024", kind: .statute))

    /// BEK 306/2024: Bekendtgørelse om retssikkerhed og administration på det sociale område, in force
    /// 2024-03-31 (its last §; read in `data/seed/2024_306.json`).
    package static let bek306_2024 = LegalInstrument(
        .executiveOrder, number: 306, issued: CivilDate(2024, 3, 22), appliesFrom: CivilDate(2024, 3, 31),
        title: "Bekendtgørelse om retssikkerhed og administration på det sociale område",
        url: eli(2024, 306), contains: Citation.Source(code: "BEK 306/2024", kind: .statute))

    /// LOV 498/2019 as it amends RSL: the 2020 reform of SEL afsnit VII removed § 127
    /// (tilbageholdelse), and with it RSL § 73, stk. 1, nr. 1 of the 2013–2019 consolidations;
    /// LBK 1555/2020 numbers the børn og unge-udvalg decisions nr. 2. The act's RSL edits and its
    /// in-force section are not in the copy (primary-texts-2026 §0.2): 2020-01-01 is inferred
    /// from the SEL parts' in-force day [V-inf].
    package static let lov498_2019_rsl = LegalInstrument(
        .act, number: 498, issued: CivilDate(2019, 5, 1), appliesFrom: CivilDate(2020, 1, 1),
        title: "Lov om ændring af lov om social service, lov om almene boliger m.v., lov om leje af almene boliger og forskellige andre love (Ændrede regler om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne …)",
        url: eli(2019, 498), contains: .rsl, role: .amendment)
}
