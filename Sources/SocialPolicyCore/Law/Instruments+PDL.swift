// The instruments of Persondataloven (to 2018-05-24) and the royal orders whose text shows its wording.
// Generated once by scripts/generate-instruments.py from ../shared/law/texts/INDEX.md; maintained
// by hand since. `appliesFrom` is the day the text applies (a consolidation: its issue date;
// an executive order or amending act: its in-force day as read in the act, or as noted).

extension LegalInstrument {
    /// LOV 429/2000: Lov om behandling af personoplysninger
    package static let lov429_2000 = LegalInstrument(
        .act, number: 429, issued: CivilDate(2000, 5, 31),
        title: "Lov om behandling af personoplysninger",
        url: eli(2000, 429), contains: .pdl)

    /// ANG 1238/2016: Anordning om ikrafttræden for Grønland af lov om behandling af personoplysninger
    package static let ang1238_2016 = LegalInstrument(
        .royalOrder, number: 1238, issued: CivilDate(2016, 10, 14),
        title: "Anordning om ikrafttræden for Grønland af lov om behandling af personoplysninger",
        url: eli(2016, 1238), contains: Citation.Source(code: "ANG 1238/2016", kind: .statute))

    /// ANG 754/2017: Anordning om ikrafttræden af lov om behandling af personoplysninger for rigsmyndighedernes…
    package static let ang754_2017 = LegalInstrument(
        .royalOrder, number: 754, issued: CivilDate(2017, 6, 19),
        title: "Anordning om ikrafttræden af lov om behandling af personoplysninger for rigsmyndighedernes behandling af oplysninger på Færøerne",
        url: eli(2017, 754), contains: Citation.Source(code: "ANG 754/2017", kind: .statute))
}
