// Instruments the confidentiality rules cite that the generated registry lacks: the
// consolidations of straffeloven (§§ 152, 152 e) and værgemålsloven (§ 5) in force from 2013,
// offentlighedsloven of 1985 (§ 6, to 2013-12-31) and its 2020 consolidation (§ 13), and the
// guidance on retssikkerhedsloven (retssikkerhedsvejledningen). Read in the public copy of
// retsinformation (Ansvar-Systems/Danish-law-mcp, data/seed/<year>_<number>.json); each
// consolidation applies from its issue date, as in the generated files.

extension LegalInstrument {
    // MARK: Straffeloven (§ 152 e read in every consolidation from LBK 1028/2013; LBK 1007/2012
    // is parsed without its lettered sections in the copy, § 152 e being there since before 2012)

    /// LBK 1007/2012: Bekendtgørelse af straffeloven
    package static let lbk1007_2012 = straffelovenLBK(1007, CivilDate(2012, 10, 24))
    /// LBK 1028/2013: Bekendtgørelse af straffeloven
    package static let lbk1028_2013 = straffelovenLBK(1028, CivilDate(2013, 8, 22))
    /// LBK 871/2014: Bekendtgørelse af straffeloven
    package static let lbk871_2014 = straffelovenLBK(871, CivilDate(2014, 7, 4))
    /// LBK 873/2015: Bekendtgørelse af straffeloven
    package static let lbk873_2015 = straffelovenLBK(873, CivilDate(2015, 7, 9))
    /// LBK 1052/2016: Bekendtgørelse af straffeloven
    package static let lbk1052_2016 = straffelovenLBK(1052, CivilDate(2016, 7, 4))
    /// LBK 977/2017: Bekendtgørelse af straffeloven
    package static let lbk977_2017 = straffelovenLBK(977, CivilDate(2017, 8, 9))
    /// LBK 1156/2018: Bekendtgørelse af straffeloven
    package static let lbk1156_2018 = straffelovenLBK(1156, CivilDate(2018, 9, 20))
    /// LBK 976/2019: Bekendtgørelse af straffeloven
    package static let lbk976_2019 = straffelovenLBK(976, CivilDate(2019, 9, 17))
    /// LBK 1650/2020: Bekendtgørelse af straffeloven
    package static let lbk1650_2020 = straffelovenLBK(1650, CivilDate(2020, 11, 17))
    /// LBK 1851/2021: Bekendtgørelse af straffeloven
    package static let lbk1851_2021 = straffelovenLBK(1851, CivilDate(2021, 9, 20))
    /// LBK 1360/2022: Bekendtgørelse af straffeloven
    package static let lbk1360_2022 = straffelovenLBK(1360, CivilDate(2022, 9, 28))
    /// LBK 434/2024: Bekendtgørelse af straffeloven
    package static let lbk434_2024 = straffelovenLBK(434, CivilDate(2024, 4, 25))
    /// LBK 1145/2024: Bekendtgørelse af straffeloven
    package static let lbk1145_2024 = straffelovenLBK(1145, CivilDate(2024, 11, 5))

    /// The straffeloven consolidations from 2012 to now, oldest first (LBK 1294/2025 last).
    package static let straffelovenConsolidations: [LegalInstrument] = [
        lbk1007_2012, lbk1028_2013, lbk871_2014, lbk873_2015, lbk1052_2016, lbk977_2017, lbk1156_2018,
        lbk976_2019, lbk1650_2020, lbk1851_2021, lbk1360_2022, lbk434_2024, lbk1145_2024, lbk1294_2025,
    ]

    static func straffelovenLBK(_ number: Int, _ issued: CivilDate) -> LegalInstrument {
        LegalInstrument(
            .consolidatedAct, number: number, issued: issued, title: "Bekendtgørelse af straffeloven",
            url: eli(issued.year, number), contains: .strfl)
    }

    // MARK: Værgemålsloven (§ 5, stk. 3–4 identical in both)

    /// LBK 1015/2007: Bekendtgørelse af værgemålsloven
    package static let lbk1015_2007 = LegalInstrument(
        .consolidatedAct, number: 1015, issued: CivilDate(2007, 8, 20),
        title: "Bekendtgørelse af værgemålsloven", url: eli(2007, 1015), contains: .vml)
    /// LBK 1122/2021: Bekendtgørelse af værgemålsloven
    package static let lbk1122_2021 = LegalInstrument(
        .consolidatedAct, number: 1122, issued: CivilDate(2021, 5, 28),
        title: "Bekendtgørelse af værgemålsloven", url: eli(2021, 1122), contains: .vml)

    // MARK: Offentlighedsloven

    /// LOV 572/1985: Lov om offentlighed i forvaltningen (the 1985 act, whose § 6 held the
    /// notatpligt), repealed by LOV 606/2013 § 42, stk. 3 from 2014-01-01. The copy's file has
    /// no text; § 6 is cited from secondary sources.
    package static let lov572_1985 = LegalInstrument(
        .act, number: 572, issued: CivilDate(1985, 12, 19), appliesFrom: CivilDate(1987, 1, 1),
        title: "Lov om offentlighed i forvaltningen (1985)", url: eli(1985, 572), contains: .offl)
    /// LOV 606/2013 as it applies: in force on 2014-01-01 (its § 42, stk. 1). The generated
    /// `lov606_2013` carries the issue date as `appliesFrom`; the confidentiality rule sets use
    /// this entry so that a 2013 date never resolves to the 2013 act.
    package static let lov606_2013InForce = LegalInstrument(
        .act, number: 606, issued: CivilDate(2013, 6, 12), appliesFrom: CivilDate(2014, 1, 1),
        title: "Lov om offentlighed i forvaltningen", url: eli(2013, 606), contains: .offl)
    /// LBK 145/2020: Bekendtgørelse af lov om offentlighed i forvaltningen (§ 13 unchanged).
    package static let lbk145_2020 = LegalInstrument(
        .consolidatedAct, number: 145, issued: CivilDate(2020, 2, 24),
        title: "Bekendtgørelse af lov om offentlighed i forvaltningen", url: eli(2020, 145), contains: .offl)

    // MARK: Guidance

    /// The citation source of retssikkerhedsvejledningen, cited by point: `RSV pkt. 117`.
    package static let retssikkerhedsvejledningSource = Citation.Source(code: "RSV", kind: .policy)

    /// VEJ 9330/2019: Vejledning om retssikkerhed og administration på det sociale område
    /// (retssikkerhedsvejledningen), of 21/03/2019. Pkt. 117 states what an RSL § 11 a consent
    /// must name (information types, from whom, which case) [S: the guidance is not in the copy].
    package static let vej9330_2019 = LegalInstrument(
        .guidance, number: 9330, issued: CivilDate(2019, 3, 21),
        title: "Vejledning om retssikkerhed og administration på det sociale område (retssikkerhedsvejledningen)",
        url: "https://www.retsinformation.dk/eli/retsinfo/2019/9330", contains: retssikkerhedsvejledningSource)
}
