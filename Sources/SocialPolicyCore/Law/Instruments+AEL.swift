// The instruments of Ældreloven and its companions.
// Generated once by scripts/generate-instruments.py from ../shared/law/texts/INDEX.md; maintained
// by hand since. `appliesFrom` is the day the text applies (a consolidation: its issue date;
// an executive order or amending act: its in-force day as read in the act, or as noted).

extension LegalInstrument {
    /// LOV 1651/2024: Ældrelov
    package static let lov1651_2024 = LegalInstrument(
        .act, number: 1651, issued: CivilDate(2024, 12, 30), appliesFrom: CivilDate(2025, 7, 1),
        title: "Ældrelov",
        url: eli(2024, 1651), contains: .ael)

    /// LOV 1652/2024: Lov om lokalplejehjem
    package static let lov1652_2024 = LegalInstrument(
        .act, number: 1652, issued: CivilDate(2024, 12, 30),
        title: "Lov om lokalplejehjem",
        url: eli(2024, 1652), contains: Citation.Source(code: "LOV 1652/2024", kind: .statute))

    /// LOV 1649/2025: Lov om ændring af ældreloven (Videreførelse af ordning om plejevederlag ved pasning af døe…
    package static let lov1649_2025 = LegalInstrument(
        .act, number: 1649, issued: CivilDate(2025, 12, 16),
        title: "Lov om ændring af ældreloven (Videreførelse af ordning om plejevederlag ved pasning af døende på Færøerne og i Grønland)",
        url: eli(2025, 1649), contains: .ael, role: .amendment)

    /// BEK 111/2026: Bekendtgørelse om lokalplejehjem
    package static let bek111_2026 = LegalInstrument(
        .executiveOrder, number: 111, issued: CivilDate(2026, 1, 18),
        title: "Bekendtgørelse om lokalplejehjem",
        url: eli(2026, 111), contains: Citation.Source(code: "BEK 111/2026", kind: .statute))
}
