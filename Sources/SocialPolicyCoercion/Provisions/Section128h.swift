import SocialPolicyCore

// SEL § 128 h (LBK 909/2024 →; in force 2025-01-01, BEK 1411/2024 § 1, stk. 2, nr. 12): KB may
// recommend to Det Socialfaglige Nævn a decision permitting, for a period of at most 12 months,
// that a locked or otherwise secured outer door of a home in a botilbud may be opened, when that
// is *absolut nødvendigt* to avoid a substantial and imminent risk that the resident causes
// substantial and grave injury to self or others, or a substantial health risk for the resident
// or others (stk. 1); only then, and as gently as possible (stk. 2). Up to 12 months (also BEK
// 1411/2024 § 12).

package enum Section128h {
    static let necessary = Condition(.absolutelyNecessary, .sel("128 h", stk: 1),
        da: "Det er absolut nødvendigt at åbne døren.",
        en: "Opening the door is absolutely necessary.")

    package static let ways: [Way] = [
        Way(.s128h, by: .board, conditions: [
            necessary,
            Condition(.substantialImminentRiskOfGraveInjury, .sel("128 h", stk: 1),
                da: "Der er en væsentlig og nærliggende risiko for, at beboeren forårsager væsentlig og alvorlig personskade på sig selv eller andre.",
                en: "There is a substantial, imminent risk that the resident causes substantial and grave injury to self or others."),
        ], decision: true, duration: .upTo(months: 12, rule: .homeDoorDuration), firstDay: CivilDate(2025, 1, 1),
            reporting: .decisionBased, duties: [.complaintGuidance]),
        Way(.s128h, by: .board, conditions: [
            necessary,
            Condition(.substantialHealthRisk, .sel("128 h", stk: 1),
                da: "Der er en væsentlig sundhedsmæssig risiko for beboeren eller andre.",
                en: "There is a substantial health risk for the resident or others."),
        ], decision: true, duration: .upTo(months: 12, rule: .homeDoorDuration), firstDay: CivilDate(2025, 1, 1),
            reporting: .decisionBased, duties: [.complaintGuidance]),
    ]
}
