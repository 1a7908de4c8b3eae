import SocialPolicyCore

// SEL § 128 d (LOV 680/2024; LBK 909/2024 →; in force 2024-07-01, BEK 839/2024 § 1, stk. 2,
// nr. 7): KB may, for an afgrænset periode, permit locking or otherwise securing the nearest
// door between a resident's home and one or more common rooms of a botilbud, when the resident
// has repeatedly shown transgressive or conflict-creating behaviour towards the other residents;
// never the doors of the resident's own home (stk. 1); only if at least one unlocked access
// between the home and those common rooms remains (stk. 2). Up to 12 months (BEK 839/2024 § 7;
// BEK 1411/2024 § 8).

package enum Section128d {
    package static let commonRoomDoor = Way(
        .s128d, by: .council,
        conditions: [
            Condition(.repeatedTransgressiveBehaviour, .sel("128 d", stk: 1),
                da: "Beboeren har gentagne gange udvist grænseoverskridende eller konfliktskabende adfærd over for de øvrige beboere.",
                en: "The resident has repeatedly shown transgressive or conflict-creating behaviour towards the other residents."),
            Condition(.accessKeptOpen, .sel("128 d", stk: 2),
                da: "Der er mindst én uaflåst adgang mellem beboerens bolig og de fælles opholdsrum (og ingen dør til beboerens egen bolig låses).",
                en: "At least one unlocked access remains between the resident's home and the common rooms (and no door of the resident's own home is locked)."),
        ],
        decision: true, duration: .upTo(months: 12, rule: .commonRoomDuration), firstDay: CivilDate(2024, 7, 1),
        reporting: .decisionBased, duties: [.complaintGuidance])
}
