import SocialPolicyCore

// SEL § 128 — stofseler (belts).
//
// LBK 810/2012 … LBK 67/2024 (2013-01-01 → 2024-06-30):
//   stk. 1  KB may decide on *fastspænding med stofseler* to a wheelchair or other aid, bed,
//           chair or toilet *for at hindre fald*, when there is an imminent risk that the person
//           exposes themself to serious injury and the circumstances make it *absolut påkrævet*.
//   stk. 2  KB decides for which period; it keeps assessing whether a milder measure can be used.
//   No maximum duration in any executive order: staff reassess continuously and at the latest
//   18 months after KB's latest decision (BEK 732/2012 … 226/2019 § 8, stk. 2; BEK 1239/2019
//   § 4, stk. 1). "Other measures tried in vain" is not a condition of § 128 (milder measures
//   enter through § 124, stk. 3 / stk. 4).
// LBK 909/2024, 155/2025, 1129/2025 (2024-07-01 →):
//   stk. 1  KB may permit *stofseler el.lign.* when *absolut påkrævet* and either (nr. 1) an
//           imminent risk of personal injury (not "væsentlig") (a) from a fall, (b) from an
//           unsuitable sitting position, (c) from sudden uncontrollable movements, or (nr. 2) the
//           belt helps the person carry out an action that without it would be *særdeles
//           begrænset eller anstrengt*.
//   stk. 2  nr. 1 litra b–c and nr. 2 require that the person does not object.
//   stk. 3  KB fixes the period and keeps assessing milder measures.
//   Up to 18 months (BEK 839/2024 § 4; BEK 1411/2024 § 4).

package enum Section128 {
    /// § 128 (2013-01-01 … 2024-06-30): belts to prevent falls; KB fixes the period, reassessment
    /// within 18 months of its latest decision.
    package static let fallPrevention2013 = Way(
        .s128, by: .council,
        conditions: [
            Condition(.purposeFallLegacy, .sel("128", stk: 1),
                da: "Stofselen bruges for at hindre fald (ikke for at hindre bevægelse, uro eller til stillingskorrektion).",
                en: "The belt is used to prevent falls (not to restrict movement, for unrest, or for posture)."),
            Condition(.imminentRiskOfSeriousInjury, .sel("128", stk: 1),
                da: "Der er nærliggende risiko for, at personen udsætter sig selv for at lide væsentlig personskade.",
                en: "There is an imminent risk that the person exposes themself to serious personal injury."),
            Condition(.absolutelyNecessary, .sel("128", stk: 1),
                da: "Forholdene i det enkelte tilfælde gør det absolut påkrævet.",
                en: "The circumstances of the individual case make it absolutely necessary."),
        ],
        decision: true, duration: .setByDecision(reassessMonths: 18, reassess: .reassessBelt),
        firstDay: CivilDate(2011, 1, 1), reporting: .decisionBased, duties: [.complaintGuidance])

    static let necessary2024 = Condition(.absolutelyNecessary, .sel("128", stk: 1),
        da: "Forholdene gør det absolut påkrævet.",
        en: "The circumstances make it absolutely necessary.")
    static let risk2024 = Condition(.imminentRiskOfAnyInjury, .sel("128", stk: 1, nr: 1),
        da: "Der er nærliggende risiko for, at personen er i fare for at lide personskade (det behøver ikke være væsentlig personskade).",
        en: "There is an imminent risk that the person suffers personal injury (it need not be serious injury).")
    static let noObjection2024 = Condition(.noObjection, .sel("128", stk: 2),
        da: "Personen modsætter sig ikke anvendelsen (et krav, undtagen når stofselen skal forhindre fald; passivitet læses som en indsigelse).",
        en: "The person does not object (required except when the belt prevents falls; passivity is read as an objection).")

    /// § 128 (2024-07-01 →): its three ways; up to 18 months.
    package static let ways2024: [Way] = [
        Way(.s128, by: .council, conditions: [
            necessary2024,
            Condition(.purposeFall, .sel("128", stk: 1, nr: 1),
                da: "Stofselen skal forhindre personskade ved fald (nr. 1, litra a).",
                en: "The belt is to prevent injury from a fall (nr. 1, litra a)."),
            risk2024,
        ], decision: true, duration: .upTo(months: 18, rule: .beltDuration), firstDay: CivilDate(2011, 1, 1),
            reporting: .decisionBased, duties: [.complaintGuidance]),
        Way(.s128, by: .council, conditions: [
            necessary2024,
            Condition(.purposeSittingOrSudden, .sel("128", stk: 1, nr: 1),
                da: "Stofselen skal forhindre personskade ved uhensigtsmæssig siddestilling eller ved pludselige og ukontrollerbare bevægelser (nr. 1, litra b–c).",
                en: "The belt is to prevent injury from an unsuitable sitting position or sudden, uncontrollable movements (nr. 1, litra b–c)."),
            risk2024,
            noObjection2024,
        ], decision: true, duration: .upTo(months: 18, rule: .beltDuration), firstDay: CivilDate(2011, 1, 1),
            reporting: .decisionBased, duties: [.complaintGuidance]),
        Way(.s128, by: .council, conditions: [
            necessary2024,
            Condition(.purposeEnableAction, .sel("128", stk: 1, nr: 2),
                da: "Stofselen hjælper personen med at udføre en handling, som uden den ville være særdeles begrænset eller anstrengt (nr. 2).",
                en: "The belt helps the person carry out an action that without it would be very limited or strenuous (nr. 2)."),
            noObjection2024,
        ], decision: true, duration: .upTo(months: 18, rule: .beltDuration), firstDay: CivilDate(2011, 1, 1),
            reporting: .decisionBased, duties: [.complaintGuidance]),
    ]
}
