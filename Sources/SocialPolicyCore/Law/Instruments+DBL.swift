// The instruments of Databeskyttelsesloven and the acts amending it.
// Generated once by scripts/generate-instruments.py from ../shared/law/texts/INDEX.md; maintained
// by hand since. `appliesFrom` is the day the text applies (a consolidation: its issue date;
// an executive order or amending act: its in-force day as read in the act, or as noted).

extension LegalInstrument {
    /// LOV 502/2018: Databeskyttelsesloven
    package static let lov502_2018 = LegalInstrument(
        .act, number: 502, issued: CivilDate(2018, 5, 23), appliesFrom: CivilDate(2018, 5, 25),
        title: "Databeskyttelsesloven",
        url: eli(2018, 502), contains: .dbl)

    /// LOV 1783/2023: Lov om ændring af databeskyttelsesloven (Justering af aldersgrænsen for samtykke til behan…
    package static let lov1783_2023 = LegalInstrument(
        .act, number: 1783, issued: CivilDate(2023, 12, 28), appliesFrom: CivilDate(2024, 1, 1),
        title: "Lov om ændring af databeskyttelsesloven (Justering af aldersgrænsen for samtykke til behandling af personoplysninger i forbindelse med udbud af informationssamfundstjenester)",
        url: eli(2023, 1783), contains: .dbl, role: .amendment)

    /// LOV 1784/2023: Lov om ændring af databeskyttelsesloven og lov om Det Centrale Personregister (Ophævelse a…
    package static let lov1784_2023 = LegalInstrument(
        .act, number: 1784, issued: CivilDate(2023, 12, 28),
        title: "Lov om ændring af databeskyttelsesloven og lov om Det Centrale Personregister (Ophævelse af bestemmelser om behandling af personoplysninger i forbindelse med markedsføring, undtagelse fra oplysningspligten og indsigtsretten hos Procesbevillingsnævnet og tilpasning af indsigtsretten hos Folketingets Ombudsmand)",
        url: eli(2023, 1784), contains: .dbl, role: .amendment)

    /// LBK 289/2024: Bekendtgørelse af lov om supplerende bestemmelser til forordning om beskyttelse af fysiske…
    package static let lbk289_2024 = LegalInstrument(
        .consolidatedAct, number: 289, issued: CivilDate(2024, 3, 8),
        title: "Bekendtgørelse af lov om supplerende bestemmelser til forordning om beskyttelse af fysiske personer i forbindelse med behandling af personoplysninger og om fri udveksling af sådanne oplysninger (databeskyttelsesloven)",
        url: eli(2024, 289), contains: .dbl)
}

extension LegalInstrument {
    /// Regulation (EU) 2016/679 (databeskyttelsesforordningen, GDPR), applicable from
    /// 2018-05-25 (art. 99, stk. 2). Its permanent address is its EUR-Lex ELI.
    package static let gdpr2016_679 = LegalInstrument(
        .regulation, number: nil, issued: CivilDate(2016, 4, 27), appliesFrom: CivilDate(2018, 5, 25),
        title: "Europa-Parlamentets og Rådets forordning (EU) 2016/679 af 27. april 2016 (databeskyttelsesforordningen)",
        url: "http://data.europa.eu/eli/reg/2016/679/oj", contains: .gdpr)
}
