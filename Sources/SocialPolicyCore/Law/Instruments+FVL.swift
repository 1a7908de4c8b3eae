// The instruments of Forvaltningsloven: its consolidations and the acts amending it.
// Generated once by scripts/generate-instruments.py from ../shared/law/texts/INDEX.md; maintained
// by hand since. `appliesFrom` is the day the text applies (a consolidation: its issue date;
// an executive order or amending act: its in-force day as read in the act, or as noted).

extension LegalInstrument {
    /// LBK 1365/2007: Bekendtgørelse af forvaltningsloven
    package static let lbk1365_2007 = LegalInstrument(
        .consolidatedAct, number: 1365, issued: CivilDate(2007, 12, 7),
        title: "Bekendtgørelse af forvaltningsloven",
        url: eli(2007, 1365), contains: .fvl)

    /// LOV 503/2009: Lov om ændring af forvaltningsloven og lov om behandling af personoplysninger (Udveksling …
    package static let lov503_2009 = LegalInstrument(
        .act, number: 503, issued: CivilDate(2009, 6, 12), appliesFrom: CivilDate(2009, 7, 1),
        title: "Lov om ændring af forvaltningsloven og lov om behandling af personoplysninger\n(Udveksling af oplysninger mellem forvaltningsmyndigheder)",
        url: eli(2009, 503), contains: .fvl, role: .amendment)

    /// LBK 988/2012: Bekendtgørelse af forvaltningsloven
    package static let lbk988_2012 = LegalInstrument(
        .consolidatedAct, number: 988, issued: CivilDate(2012, 10, 9),
        title: "Bekendtgørelse af forvaltningsloven",
        url: eli(2012, 988), contains: .fvl)

    /// LOV 638/2013: Lov om ændring af forvaltningsloven og retsplejeloven (Ændringer i lyset af lov om offentl…
    package static let lov638_2013 = LegalInstrument(
        .act, number: 638, issued: CivilDate(2013, 6, 12), appliesFrom: CivilDate(2014, 1, 1),
        title: "Lov om ændring af forvaltningsloven og retsplejeloven\n(Ændringer i lyset af lov om offentlighed i forvaltningen)",
        url: eli(2013, 638), contains: .fvl, role: .amendment)

    /// LBK 433/2014: Bekendtgørelse af forvaltningsloven
    package static let lbk433_2014 = LegalInstrument(
        .consolidatedAct, number: 433, issued: CivilDate(2014, 4, 22),
        title: "Bekendtgørelse af forvaltningsloven",
        url: eli(2014, 433), contains: .fvl)

    /// LOV 503/2018: Lov om ændring af lov om retshåndhævende myndigheders behandling af personoplysninger, lov…
    package static let lov503_2018 = LegalInstrument(
        .act, number: 503, issued: CivilDate(2018, 5, 23), appliesFrom: CivilDate(2018, 5, 25),
        title: "Lov om ændring af lov om retshåndhævende myndigheders behandling af personoplysninger, lov om massemediers informationsdatabaser og forskellige andre love (Konsekvensændringer som følge af databeskyttelsesloven og databeskyttelsesforordningen samt medieansvarslovens anvendelse på offentligt tilgængelige informationsdatabaser m.v.)",
        url: eli(2018, 503), contains: .fvl, role: .amendment)
}
