import SocialPolicyCore

// SEL § 128 f (LBK 909/2024 →; in force 2024-07-01, BEK 839/2024 § 1, stk. 2, nr. 9): KB may,
// for an afgrænset periode, permit locking or otherwise securing gates and the like that serve as
// the exit from the offer's surrounding outdoor area, when there is a risk that a person will
// leave the outdoor area and thereby expose self or others to danger (stk. 1); at least one gate
// or door from the outdoor area always unlocked (stk. 2). Up to 12 months (BEK 839/2024 § 9;
// BEK 1411/2024 § 10).

package enum Section128f {
    package static let outdoorGate = Way(
        .s128f, by: .council,
        conditions: [
            Condition(.riskArisesFromLeaving, .sel("128 f", stk: 1),
                da: "Der er risiko for, at personen vil forlade tilbuddets udeareal.",
                en: "There is a risk that the person will leave the offer's outdoor area."),
            Condition(.riskOfPersonalInjury, .sel("128 f", stk: 1),
                da: "Personen udsætter derved sig selv eller andre for fare.",
                en: "The person thereby exposes themself or others to danger."),
            Condition(.accessKeptOpen, .sel("128 f", stk: 2),
                da: "Der er mindst én uaflåst låge eller dør fra tilbuddets omgivende udeareal.",
                en: "At least one gate or door from the offer's surrounding outdoor area stays unlocked."),
        ],
        decision: true, duration: .upTo(months: 12, rule: .outdoorGateDuration), firstDay: CivilDate(2024, 7, 1),
        reporting: .decisionBased, duties: [.complaintGuidance])
}
