import SocialPolicyCore

// SEL § 125 — personal alarms (to 2019) and special door openers (every period).
//
// LBK 810/2012 … LBK 798/2019 (2013-01-01 → 2019-12-31):
//   stk. 1  KB may decide on personal alarm or tracking systems *i en afgrænset periode* when
//           (1) there is a risk that the person, by leaving the offer, exposes self or others to
//           personal injury, and (2) the circumstances make it *påkrævet* to avert it.
//   stk. 2  For the dementia group (acquired progressive mental decline) the systems may be
//           used *medmindre den pågældende modsætter sig* — not coercion (BEK § 1, stk. 3). On an
//           objection KB decides under stk. 1; that decision *kan gøres tidsubegrænset* (3. pkt.;
//           BEK § 3, stk. 2).
//   stk. 3  KB may decide on special door openers *ved yderdøre* *i en afgrænset periode* when
//           (1) imminent risk of serious injury by leaving, (2) *absolut påkrævet*, and (3) the
//           Act's other options have been used in vain.
//   Reassessment at the latest 8 months after the decision (BEK 732/2012 … 226/2019 § 8, stk. 1).
// LBK 1287/2020 … LBK 67/2024 (2020-01-01 → 2024-06-30):
//   stk. 1 nr. 1–3 special door openers at outer doors (alarms moved to § 128 b); stk. 2 the
//   door alarm. The decision is valid 12 months (BEK 1239/2019 § 3, stk. 1).
// LBK 909/2024 → (2024-07-01 →): stk. 1 the places (nr. 1 outer doors, nr. 2 doors of units,
//   nr. 3 gates from the outdoor area); stk. 2 nr. 1–3 the conditions; stk. 3 the door alarm.
//   Up to 12 months (BEK 839/2024 § 3, stk. 1; BEK 1411/2024 § 3, stk. 1).

package enum Section125 {
    /// § 125, stk. 2, 1. pkt. (to 2019): an alarm for the dementia group without objection is not coercion.
    package static let alarmNoObjection = Way(
        .s125Stk2, result: .notCoercion(.dementiaAlarmWithoutObjection), by: .staff, coercive: false,
        conditions: [
            Condition(.dementiaOrProgressiveDecline, .sel("125", stk: 2),
                da: "Den nedsatte funktionsevne er en konsekvens af en erhvervet mental svækkelse, der er fremadskridende.",
                en: "The impairment results from acquired, progressive mental decline."),
            Condition(.noObjection, .sel("125", stk: 2),
                da: "Personen modsætter sig ikke (passivitet læses som en indsigelse): alarm- og pejlesystemer kan bruges uden afgørelse og er ikke magtanvendelse.",
                en: "The person does not object (passivity is read as an objection): alarm and tracking systems may be used without a decision and are not coercion."),
        ],
        reporting: .none)

    /// § 125, stk. 1 (to 2019): personal alarm and tracking systems on a KB decision; after an
    /// objection by a person of the dementia group the decision may be without time limit.
    package static let alarm = Way(
        .s125Stk1, by: .council,
        conditions: [
            Condition(.riskOfPersonalInjury, .sel("125", stk: 1, nr: 1),
                da: "Der er risiko for, at personen udsætter sig selv eller andre for at lide personskade.",
                en: "There is a risk that the person exposes themself or others to personal injury."),
            Condition(.riskArisesFromLeaving, .sel("125", stk: 1, nr: 1),
                da: "Risikoen opstår, når personen forlader bo- eller dagtilbuddet.",
                en: "The risk arises when the person leaves the residential or day offer."),
            Condition(.absolutelyNecessary, .sel("125", stk: 1, nr: 2),
                da: "Forholdene gør det påkrævet i det enkelte tilfælde for at afværge risikoen (læst strengt som absolut påkrævet).",
                en: "The circumstances make it necessary in the individual case to avert the risk (read strictly as absolutely necessary)."),
        ],
        decision: true, duration: .setByDecision(reassessMonths: 8, reassess: .reassess8Months),
        unlimitedAllowed: .alarmUnlimited, firstDay: CivilDate(2011, 1, 1),
        reporting: .decisionBased, duties: [.complaintGuidance])

    static func doorConditions(stk: Int8) -> [Condition] {
        [
            Condition(.imminentRiskOfSeriousInjury, .sel("125", stk: stk, nr: 1),
                da: "Der er nærliggende risiko for, at personen udsætter sig selv eller andre for at lide væsentlig personskade.",
                en: "There is an imminent risk that the person exposes themself or others to serious personal injury."),
            Condition(.riskArisesFromLeaving, .sel("125", stk: stk, nr: 1),
                da: "Risikoen opstår, når personen forlader bo- eller dagtilbuddet.",
                en: "The risk arises when the person leaves the residential or day offer."),
            Condition(.absolutelyNecessary, .sel("125", stk: stk, nr: 2),
                da: "Forholdene i det enkelte tilfælde gør det absolut påkrævet for at afværge risikoen.",
                en: "The circumstances of the individual case make it absolutely necessary to avert the risk."),
            Condition(.otherMeasuresTriedInVain, .sel("125", stk: stk, nr: 3),
                da: "Lovens øvrige muligheder (f.eks. alarm) har forgæves været anvendt.",
                en: "The Act's other options (e.g. an alarm) have been used in vain."),
        ]
    }

    static func outerDoor(stk: Int8) -> Condition {
        Condition(.placeOuterDoor, .sel("125", stk: stk),
            da: "De særlige døråbnere sidder ved tilbuddets yderdøre (loven giver ikke hjemmel andre steder).",
            en: "The special door openers are fitted at the offer's outer doors (the Act gives no basis elsewhere).")
    }

    /// § 125, stk. 3 (to 2019): special door openers at outer doors; reassess within 8 months.
    package static let doorOpener2013 = Way(
        .s125Stk3, by: .council, conditions: [outerDoor(stk: 3)] + doorConditions(stk: 3),
        decision: true, duration: .setByDecision(reassessMonths: 8, reassess: .reassess8Months),
        firstDay: CivilDate(2011, 1, 1), reporting: .decisionBased, duties: [.complaintGuidance])

    /// § 125, stk. 1, nr. 1–3 (2020-01-01 … 2024-06-30): outer doors; valid 12 months.
    package static let doorOpener2020 = Way(
        .s125, by: .council, conditions: [outerDoor(stk: 1)] + doorConditions(stk: 1),
        decision: true, duration: .fixed(months: 12, rule: .doorOpenerDuration),
        firstDay: CivilDate(2011, 1, 1), reporting: .decisionBased, duties: [.complaintGuidance])

    /// § 125, stk. 1–2 (2024-07-01 →): outer doors, doors of units, gates from the outdoor area;
    /// up to 12 months.
    package static let doorOpener2024 = Way(
        .s125, by: .council, conditions: doorConditions(stk: 2),
        decision: true, duration: .upTo(months: 12, rule: .doorOpenerDuration),
        firstDay: CivilDate(2011, 1, 1), reporting: .decisionBased, duties: [.complaintGuidance])
}
