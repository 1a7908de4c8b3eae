// The instruments of Other acts: straffeloven, ombudsmandsloven, socialtilsynsloven, kommunestyrelsesloven, offentlighedsloven, værgemål.
// Generated once by scripts/generate-instruments.py from ../shared/law/texts/INDEX.md; maintained
// by hand since. `appliesFrom` is the day the text applies (a consolidation: its issue date;
// an executive order or amending act: its in-force day as read in the act, or as noted).

extension LegalInstrument {
    /// LBK 349/2013: Bekendtgørelse af lov om Folketingets Ombudsmand
    package static let lbk349_2013 = LegalInstrument(
        .consolidatedAct, number: 349, issued: CivilDate(2013, 3, 22),
        title: "Bekendtgørelse af lov om Folketingets Ombudsmand",
        url: eli(2013, 349), contains: .ombl)

    /// LOV 606/2013: Lov om offentlighed i forvaltningen
    package static let lov606_2013 = LegalInstrument(
        .act, number: 606, issued: CivilDate(2013, 6, 12),
        title: "Lov om offentlighed i forvaltningen",
        url: eli(2013, 606), contains: .offl)

    /// LOV 608/2013: Lov om socialtilsyn
    package static let lov608_2013 = LegalInstrument(
        .act, number: 608, issued: CivilDate(2013, 6, 12), appliesFrom: CivilDate(2014, 1, 1),
        title: "Lov om socialtilsyn",
        url: eli(2013, 608), contains: .stl)

    /// LOV 647/2013: Lov om ændring af lov om regional statsforvaltning, lov om børns forsørgelse, lov om ægtes…
    package static let lov647_2013 = LegalInstrument(
        .act, number: 647, issued: CivilDate(2013, 6, 12), appliesFrom: CivilDate(2013, 7, 1),
        title: "Lov om ændring af lov om regional statsforvaltning, lov om børns forsørgelse, lov om ægteskabs indgåelse og opløsning og forskellige andre love som følge af ændret organisering af statsforvaltningerne\n(Ændret organisering af statsforvaltningerne, regelforenklinger og omkostningsdækkende egenbetaling på det familieretlige område m.v.)",
        url: eli(2013, 647), contains: Citation.Source(code: "LOV 647/2013", kind: .statute))

    /// LBK 236/2025: Bekendtgørelse af lov om socialtilsyn
    package static let lbk236_2025 = LegalInstrument(
        .consolidatedAct, number: 236, issued: CivilDate(2025, 2, 25),
        title: "Bekendtgørelse af lov om socialtilsyn",
        url: eli(2025, 236), contains: .stl)

    /// LOV 729/2025: Lov om ændring af værgemålsloven og lov om social service (Ny attestordning for varetagels…
    package static let lov729_2025 = LegalInstrument(
        .act, number: 729, issued: CivilDate(2025, 6, 20),
        title: "Lov om ændring af værgemålsloven og lov om social service (Ny attestordning for varetagelse af personlige anliggender m.v.)",
        url: eli(2025, 729), contains: .vml, role: .amendment)

    /// LOV 745/2025: Lov om ændring af lov om socialtilsyn, lov om social service, barnets lov og forskellige a…
    package static let lov745_2025 = LegalInstrument(
        .act, number: 745, issued: CivilDate(2025, 6, 20),
        title: "Lov om ændring af lov om socialtilsyn, lov om social service, barnets lov og forskellige andre love (Mere risikobaseret socialtilsyn, regelforenklinger m.v.)",
        url: eli(2025, 745), contains: .stl, role: .amendment)

    /// BEK 960/2025: Bekendtgørelse om værgemål
    package static let bek960_2025 = LegalInstrument(
        .executiveOrder, number: 960, issued: CivilDate(2025, 6, 27), appliesFrom: CivilDate(2025, 7, 1),
        title: "Bekendtgørelse om værgemål",
        url: eli(2025, 960), contains: Citation.Source(code: "BEK 960/2025", kind: .statute))

    /// LBK 1294/2025: Bekendtgørelse af straffeloven
    package static let lbk1294_2025 = LegalInstrument(
        .consolidatedAct, number: 1294, issued: CivilDate(2025, 11, 7),
        title: "Bekendtgørelse af straffeloven",
        url: eli(2025, 1294), contains: .strfl)

    /// LBK 13/2026: Bekendtgørelse af lov om kommunernes styrelse
    package static let lbk13_2026 = LegalInstrument(
        .consolidatedAct, number: 13, issued: CivilDate(2026, 1, 5),
        title: "Bekendtgørelse af lov om kommunernes styrelse",
        url: eli(2026, 13), contains: .ksl)
}
