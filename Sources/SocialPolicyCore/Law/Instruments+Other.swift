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

    /// LBK 885/2012: Bekendtgørelse af lov om kommunernes styrelse (`data/seed/2012_885.json`).
    package static let lbk885_2012 = LegalInstrument(
        .consolidatedAct, number: 885, issued: CivilDate(2012, 8, 29),
        title: "Bekendtgørelse af lov om kommunernes styrelse",
        url: eli(2012, 885), contains: .ksl)

    /// LBK 971/2013: Bekendtgørelse af lov om kommunernes styrelse (`data/seed/2013_971.json`).
    package static let lbk971_2013 = LegalInstrument(
        .consolidatedAct, number: 971, issued: CivilDate(2013, 7, 25),
        title: "Bekendtgørelse af lov om kommunernes styrelse",
        url: eli(2013, 971), contains: .ksl)

    /// LBK 186/2014: Bekendtgørelse af lov om kommunernes styrelse (`data/seed/2014_186.json`) (§ 65 e is missing from the copy's parse).
    package static let lbk186_2014 = LegalInstrument(
        .consolidatedAct, number: 186, issued: CivilDate(2014, 2, 19),
        title: "Bekendtgørelse af lov om kommunernes styrelse",
        url: eli(2014, 186), contains: .ksl)

    /// LBK 769/2015: Bekendtgørelse af lov om kommunernes styrelse (`data/seed/2015_769.json`).
    package static let lbk769_2015 = LegalInstrument(
        .consolidatedAct, number: 769, issued: CivilDate(2015, 6, 9),
        title: "Bekendtgørelse af lov om kommunernes styrelse",
        url: eli(2015, 769), contains: .ksl)

    /// LBK 318/2017: Bekendtgørelse af lov om kommunernes styrelse (`data/seed/2017_318.json`) (§§ 47–48: Ankestyrelsen is the supervisory authority).
    package static let lbk318_2017 = LegalInstrument(
        .consolidatedAct, number: 318, issued: CivilDate(2017, 3, 28),
        title: "Bekendtgørelse af lov om kommunernes styrelse",
        url: eli(2017, 318), contains: .ksl)

    /// LBK 2/2018: Bekendtgørelse af lov om kommunernes styrelse (`data/seed/2018_2.json`).
    package static let lbk2_2018 = LegalInstrument(
        .consolidatedAct, number: 2, issued: CivilDate(2018, 1, 4),
        title: "Bekendtgørelse af lov om kommunernes styrelse",
        url: eli(2018, 2), contains: .ksl)

    /// LBK 1031/2018: Bekendtgørelse af lov om kommunernes styrelse (`data/seed/2018_1031.json`).
    package static let lbk1031_2018 = LegalInstrument(
        .consolidatedAct, number: 1031, issued: CivilDate(2018, 7, 6),
        title: "Bekendtgørelse af lov om kommunernes styrelse",
        url: eli(2018, 1031), contains: .ksl)

    /// LBK 47/2019: Bekendtgørelse af lov om kommunernes styrelse (`data/seed/2019_47.json`).
    package static let lbk47_2019 = LegalInstrument(
        .consolidatedAct, number: 47, issued: CivilDate(2019, 1, 15),
        title: "Bekendtgørelse af lov om kommunernes styrelse",
        url: eli(2019, 47), contains: .ksl)

    /// LBK 69/2024: Bekendtgørelse af lov om kommunernes styrelse (`data/seed/2024_69.json`).
    package static let lbk69_2024 = LegalInstrument(
        .consolidatedAct, number: 69, issued: CivilDate(2024, 1, 23),
        title: "Bekendtgørelse af lov om kommunernes styrelse",
        url: eli(2024, 69), contains: .ksl)

    /// LBK 1054/2015: Bekendtgørelse af lov om socialtilsyn (`data/seed/2015_1054.json`).
    package static let lbk1054_2015 = LegalInstrument(
        .consolidatedAct, number: 1054, issued: CivilDate(2015, 9, 8),
        title: "Bekendtgørelse af lov om socialtilsyn",
        url: eli(2015, 1054), contains: .stl)

    /// LBK 124/2016: Bekendtgørelse af lov om socialtilsyn (`data/seed/2016_124.json`).
    package static let lbk124_2016 = LegalInstrument(
        .consolidatedAct, number: 124, issued: CivilDate(2016, 2, 12),
        title: "Bekendtgørelse af lov om socialtilsyn",
        url: eli(2016, 124), contains: .stl)

    /// LBK 70/2017: Bekendtgørelse af lov om socialtilsyn (`data/seed/2017_70.json`).
    package static let lbk70_2017 = LegalInstrument(
        .consolidatedAct, number: 70, issued: CivilDate(2017, 1, 18),
        title: "Bekendtgørelse af lov om socialtilsyn",
        url: eli(2017, 70), contains: .stl)

    /// LBK 42/2018: Bekendtgørelse af lov om socialtilsyn (`data/seed/2018_42.json`).
    package static let lbk42_2018 = LegalInstrument(
        .consolidatedAct, number: 42, issued: CivilDate(2018, 1, 19),
        title: "Bekendtgørelse af lov om socialtilsyn",
        url: eli(2018, 42), contains: .stl)

    /// LBK 1109/2022: Bekendtgørelse af lov om socialtilsyn (`data/seed/2022_1109.json`).
    package static let lbk1109_2022 = LegalInstrument(
        .consolidatedAct, number: 1109, issued: CivilDate(2022, 7, 1),
        title: "Bekendtgørelse af lov om socialtilsyn",
        url: eli(2022, 1109), contains: .stl)

    /// LBK 908/2024: Bekendtgørelse af lov om socialtilsyn (`data/seed/2024_908.json`).
    package static let lbk908_2024 = LegalInstrument(
        .consolidatedAct, number: 908, issued: CivilDate(2024, 7, 3),
        title: "Bekendtgørelse af lov om socialtilsyn",
        url: eli(2024, 908), contains: .stl)

    /// LBK 242/2026: Bekendtgørelse af lov om socialtilsyn (`data/seed/2026_242.json`).
    package static let lbk242_2026 = LegalInstrument(
        .consolidatedAct, number: 242, issued: CivilDate(2026, 1, 30),
        title: "Bekendtgørelse af lov om socialtilsyn",
        url: eli(2026, 242), contains: .stl)

    /// LOV 473/1996: Lov om Folketingets Ombudsmand, the act as consolidated by LBK 349/2013
    /// (the copy holds no text for it; §§ 13–14 read in LBK 349/2013).
    package static let lov473_1996 = LegalInstrument(
        .act, number: 473, issued: CivilDate(1996, 6, 12),
        title: "Lov om Folketingets Ombudsmand",
        url: eli(1996, 473), contains: .ombl)

    /// The instruments of `all` that hold or amend a text on some day from `start` to `end`
    /// (open-ended when `end` is `nil`), in the order given: a text instrument that applies before
    /// the period ends and is not replaced by a newer text instrument of its source before the
    /// period starts; an amending act that takes effect before the period ends and is not yet
    /// consolidated when it starts. A rule-set version names exactly these.
    package static func inForce(_ all: [LegalInstrument], from start: CivilDate, to end: CivilDate?) -> [LegalInstrument] {
        func applies(_ instrument: LegalInstrument) -> Bool { end.map { instrument.appliesFrom <= $0 } ?? true }
        return all.filter { instrument in
            guard applies(instrument) else { return false }
            switch instrument.role {
            case .text:
                return !all.contains { other in
                    other.role == .text && other.contains == instrument.contains && other.appliesFrom > instrument.appliesFrom
                        && other.appliesFrom <= start
                }
            case .amendment:
                return !all.contains { other in
                    other.role == .text && other.contains == instrument.contains && other.appliesFrom >= instrument.appliesFrom
                        && other.appliesFrom <= start
                }
            }
        }
    }
}
