// The instruments of Retssikkerhedsloven: its consolidations, the acts amending it, and the executive orders on complaints.
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
}
