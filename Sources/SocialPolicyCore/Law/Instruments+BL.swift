// The instruments of Barnets lov.
// Generated once by scripts/generate-instruments.py from ../shared/law/texts/INDEX.md; maintained
// by hand since. `appliesFrom` is the day the text applies (a consolidation: its issue date;
// an executive order or amending act: its in-force day as read in the act, or as noted).

extension LegalInstrument {
    /// LOV 721/2023: Barnets lov
    package static let lov721_2023 = LegalInstrument(
        .act, number: 721, issued: CivilDate(2023, 6, 13), appliesFrom: CivilDate(2024, 1, 1),
        title: "Barnets lov",
        url: eli(2023, 721), contains: .bl)

    /// LOV 1690/2024: Lov om ændring af barnets lov og lov om retssikkerhed og administration på det sociale omr…
    package static let lov1690_2024 = LegalInstrument(
        .act, number: 1690, issued: CivilDate(2024, 12, 30),
        title: "Lov om ændring af barnets lov og lov om retssikkerhed og administration på det sociale område (Ændring af underretningsbestemmelse og præcisering af målgruppe for hjælp og støtte til børn og unge med nedsat funktionsevne m.v.)",
        url: eli(2024, 1690), contains: .bl, role: .amendment)

    /// LBK 282/2025: Bekendtgørelse af barnets lov
    package static let lbk282_2025 = LegalInstrument(
        .consolidatedAct, number: 282, issued: CivilDate(2025, 3, 17),
        title: "Bekendtgørelse af barnets lov",
        url: eli(2025, 282), contains: .bl)
}
