import SocialPolicyCore

// SEL § 128 c (2020-01-01 →; the same text in LBK 1287/2020 … LBK 1129/2025): KB may decide to
// lock or otherwise secure outer doors or windows of a resident's own home in a botilbud *i en
// afgrænset periode*, when there is a risk that the resident will leave the home and thereby
// expose self or others to danger (stk. 1); not the doors to the indoor common areas (stk. 2);
// at least one door of the home always unlocked (stk. 3). Valid 12 months (BEK 1239/2019 § 6);
// up to 12 months (BEK 839/2024 § 6; BEK 1411/2024 § 7). No basis before 2020.

package enum Section128c {
    static let conditions: [Condition] = [
        Condition(.riskArisesFromLeaving, .sel("128 c", stk: 1),
            da: "Der er risiko for, at beboeren vil forlade sin bolig.",
            en: "There is a risk that the resident will leave their home."),
        Condition(.riskOfPersonalInjury, .sel("128 c", stk: 1),
            da: "Beboeren udsætter derved sig selv eller andre for fare.",
            en: "The resident thereby exposes themself or others to danger."),
        Condition(.accessKeptOpen, .sel("128 c", stk: 3),
            da: "Der er mindst én uaflåst dør i beboerens egen bolig (og ingen dør til de indendørs fællesarealer låses, stk. 2).",
            en: "At least one door of the resident's own home stays unlocked (and no door to the indoor common areas is locked, stk. 2)."),
    ]

    /// § 128 c (2020-01-01 … 2024-06-30): valid 12 months.
    package static let lock2020 = Way(
        .s128c, by: .council, conditions: conditions, decision: true, duration: .fixed(months: 12, rule: .lockDuration),
        firstDay: CivilDate(2020, 1, 1), reporting: .decisionBased, duties: [.complaintGuidance])

    /// § 128 c (2024-07-01 →): up to 12 months.
    package static let lock2024 = Way(
        .s128c, by: .council, conditions: conditions, decision: true, duration: .upTo(months: 12, rule: .lockDuration),
        firstDay: CivilDate(2020, 1, 1), reporting: .decisionBased, duties: [.complaintGuidance])
}
