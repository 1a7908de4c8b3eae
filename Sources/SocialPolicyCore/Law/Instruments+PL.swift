// The instruments of Lov om social pension: its consolidations and the acts raising folkepensionsalderen.
// Generated once by scripts/generate-instruments.py from ../shared/law/texts/INDEX.md; maintained
// by hand since. `appliesFrom` is the day the text applies (a consolidation: its issue date;
// an executive order or amending act: its in-force day as read in the act, or as noted).

extension LegalInstrument {
    /// LOV 1586/2006: Lov om ændring af lov om social pension (Gradvis forhøjelse af folkepensionsalderen til 67…
    package static let lov1586_2006 = LegalInstrument(
        .act, number: 1586, issued: CivilDate(2006, 12, 20),
        title: "Lov om ændring af lov om social pension\n(Gradvis forhøjelse af folkepensionsalderen til 67 år m.v.)",
        url: eli(2006, 1586), contains: .pl, role: .amendment)

    /// LOV 1386/2011: Lov om ændring af lov om social pension (Forhøjelse af folkepensionsalder, indførelse af s…
    package static let lov1386_2011 = LegalInstrument(
        .act, number: 1386, issued: CivilDate(2011, 12, 28), appliesFrom: CivilDate(2012, 1, 1),
        title: "Lov om ændring af lov om social pension\n(Forhøjelse af folkepensionsalder, indførelse af seniorførtidspension m.v.)",
        url: eli(2011, 1386), contains: .pl, role: .amendment)

    /// LBK 783/2012: Bekendtgørelse af lov om social pension
    package static let lbk783_2012 = LegalInstrument(
        .consolidatedAct, number: 783, issued: CivilDate(2012, 7, 9),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2012, 783), contains: .pl)

    /// LOV 1810/2015: Lov om ændring af lov om social pension, lov om arbejdsskadesikring og lov om afgift af bi…
    package static let lov1810_2015 = LegalInstrument(
        .act, number: 1810, issued: CivilDate(2015, 12, 23), appliesFrom: CivilDate(2015, 12, 29),
        title: "Lov om ændring af lov om social pension, lov om arbejdsskadesikring og lov om afgift af bidraget til Arbejdsmarkedets Erhvervssygdomssikring og af arbejdsulykkeserstatninger m.v. (Regulering af folkepensionsalderen, ændring af revisionsbestemmelse m.v.)",
        url: eli(2015, 1810), contains: .pl, role: .amendment)

    /// LBK 1239/2016: Bekendtgørelse af lov om social pension
    package static let lbk1239_2016 = LegalInstrument(
        .consolidatedAct, number: 1239, issued: CivilDate(2016, 10, 13),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2016, 1239), contains: .pl)

    /// LOV 2203/2020: Lov om ændring af lov om social pension og lov om afgift af bidraget til Arbejdsmarkedets …
    package static let lov2203_2020 = LegalInstrument(
        .act, number: 2203, issued: CivilDate(2020, 12, 29), appliesFrom: CivilDate(2020, 12, 31),
        title: "Lov om ændring af lov om social pension og lov om afgift af bidraget til Arbejdsmarkedets Erhvervssikring og af arbejdsulykkeserstatninger m.v. (Regulering af folkepensionsalderen, ændring af revisionsbestemmelse og konsekvensændring af arbejdsskadeafgiften)",
        url: eli(2020, 2203), contains: .pl, role: .amendment)

    /// LBK 234/2021: Bekendtgørelse af lov om social pension
    package static let lbk234_2021 = LegalInstrument(
        .consolidatedAct, number: 234, issued: CivilDate(2021, 2, 12),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2021, 234), contains: .pl)

    /// LBK 1123/2024: Bekendtgørelse af lov om social pension
    package static let lbk1123_2024 = LegalInstrument(
        .consolidatedAct, number: 1123, issued: CivilDate(2024, 10, 21),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2024, 1123), contains: .pl)

    /// LOV 703/2025: Lov om ændring af lov om social pension, lov om arbejdsskadesikring og lov om afgift af bi…
    package static let lov703_2025 = LegalInstrument(
        .act, number: 703, issued: CivilDate(2025, 6, 20), appliesFrom: CivilDate(2025, 12, 31),
        title: "Lov om ændring af lov om social pension, lov om arbejdsskadesikring og lov om afgift af bidraget til Arbejdsmarkedets Erhvervssikring og af arbejdsulykkeserstatninger m.v. (Regulering af folkepensionsalderen og ændring af revisionsbestemmelse m.v.)",
        url: eli(2025, 703), contains: .pl, role: .amendment)

    /// LBK 390/2013: Bekendtgørelse af lov om social pension (`data/seed/2013_390.json`).
    package static let lbk390_2013 = LegalInstrument(
        .consolidatedAct, number: 390, issued: CivilDate(2013, 4, 19),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2013, 390), contains: .pl)

    /// LBK 1116/2013: Bekendtgørelse af lov om social pension (`data/seed/2013_1116.json`).
    package static let lbk1116_2013 = LegalInstrument(
        .consolidatedAct, number: 1116, issued: CivilDate(2013, 9, 23),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2013, 1116), contains: .pl)

    /// LBK 1137/2014: Bekendtgørelse af lov om social pension (`data/seed/2014_1137.json`). § 1 a is missing from the copy's parse of this consolidation (§0.2).
    package static let lbk1137_2014 = LegalInstrument(
        .consolidatedAct, number: 1137, issued: CivilDate(2014, 10, 20),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2014, 1137), contains: .pl)

    /// LBK 10/2015: Bekendtgørelse af lov om social pension (`data/seed/2015_10.json`). § 1 a is missing from the copy's parse of this consolidation (§0.2).
    package static let lbk10_2015 = LegalInstrument(
        .consolidatedAct, number: 10, issued: CivilDate(2015, 1, 12),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2015, 10), contains: .pl)

    /// LBK 1208/2017: Bekendtgørelse af lov om social pension (`data/seed/2017_1208.json`).
    package static let lbk1208_2017 = LegalInstrument(
        .consolidatedAct, number: 1208, issued: CivilDate(2017, 11, 17),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2017, 1208), contains: .pl)

    /// LBK 983/2019: Bekendtgørelse af lov om social pension (`data/seed/2019_983.json`).
    package static let lbk983_2019 = LegalInstrument(
        .consolidatedAct, number: 983, issued: CivilDate(2019, 9, 23),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2019, 983), contains: .pl)

    /// LBK 527/2022: Bekendtgørelse af lov om social pension (`data/seed/2022_527.json`).
    package static let lbk527_2022 = LegalInstrument(
        .consolidatedAct, number: 527, issued: CivilDate(2022, 4, 25),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2022, 527), contains: .pl)

    /// LBK 1042/2024: Bekendtgørelse af lov om social pension (`data/seed/2024_1042.json`).
    package static let lbk1042_2024 = LegalInstrument(
        .consolidatedAct, number: 1042, issued: CivilDate(2024, 9, 2),
        title: "Bekendtgørelse af lov om social pension",
        url: eli(2024, 1042), contains: .pl)
}
