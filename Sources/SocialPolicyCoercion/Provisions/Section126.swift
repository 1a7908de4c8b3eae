import SocialPolicyCore

// SEL §§ 126, 126 a and 127 (2013-01-01 → 2019-12-31; repealed by LOV 498/2019: "§§ 126-127.
// (Ophævet)" in LBK 1287/2020).
//
// § 126 (LBK 1093/2013 … LBK 798/2019; LBK 810/2012 shows it only through § 124, stk. 5 and
//   § 133): KB may decide to use physical force to hold a person or lead them to another room
//   when (1) there is an imminent risk that the person exposes self or others to serious injury
//   and (2) the circumstances make it *absolut påkrævet*. Carried out by staff on the kommune's
//   behalf (§ 124, stk. 5); a KB *afgørelse* under § 133, stk. 1, so a use comes with
//   klagevejledning.
// § 126 a: KB may *undtagelsesvis for en afgrænset periode* decide on holding in personal
//   hygiene situations when it is an *absolut nødvendighed* for the duty of care (§ 82, stk. 1).
//   The situations are an exhaustive list (BEK 732/2012 … 226/2019 § 4, stk. 1: 7 items); the
//   decision lasts at most 3 months, KB may extend it to at most 6 months in all, and a new
//   decision is allowed if the function worsens (§ 4, stk. 4–5). "Other measures tried in vain"
//   is not in § 126 a.
// § 127: under the conditions of § 125, stk. 3 KB may decide on holding a person to prevent
//   them leaving the home or to lead them back; KB sets the period (stk. 2). Reassessment at the
//   latest 8 months after the decision (BEK § 8, stk. 1); an advokat when used against the
//   person's will (§ 132, stk. 1, nr. 1); the § 71-tilsyn (BEK 732/2012 … 1140/2016 § 15; BEK
//   839/2017 § 17; BEK 1231/2017 and 226/2019 § 18).

package enum Section126 {
    /// § 126 (to 2019): holding, or leading to another room.
    package static let hold = Way(
        .s126, by: .staff,
        conditions: [
            Condition(.imminentRiskOfSeriousInjury, .sel("126", nr: 1),
                da: "Der er nærliggende risiko for, at personen udsætter sig selv eller andre for at lide væsentlig personskade.",
                en: "There is an imminent risk that the person exposes themself or others to serious personal injury."),
            Condition(.absolutelyNecessary, .sel("126", nr: 2),
                da: "Forholdene i det enkelte tilfælde gør det absolut påkrævet.",
                en: "The circumstances of the individual case make it absolutely necessary."),
        ],
        reporting: .acute, duties: [.complaintGuidance])
}

package enum Section126a {
    /// § 126 a (to 2019): holding in personal hygiene situations, on a KB decision.
    package static let hygiene = Way(
        .s126a, by: .council,
        conditions: [
            Condition(.hygieneOnList2013, .sel("126 a"), rule: .hygieneList2013,
                da: "Situationen er på den udtømmende liste: tandbørstning, barbering, hårvask/badning/tøjskift, klipning af hår og negle, skift af bleer og bind, pleje af hud, fjernelse af madrester i kindpose og mundhule.",
                en: "The situation is on the exhaustive list: tooth brushing, shaving, hair wash/bath/change of clothes, cutting hair and nails, changing diapers and pads, skin care, removing food from the cheek pouch and mouth."),
            Condition(.absolutelyNecessary, .sel("126 a"),
                da: "Fastholdelsen må anses for en absolut nødvendighed for at varetage omsorgspligten.",
                en: "Holding must be regarded as an absolute necessity to fulfil the duty of care."),
        ],
        decision: true, duration: .extendable(months: 3, extendedMonths: 6, rule: .hygieneDuration2013),
        firstDay: CivilDate(2011, 1, 1), reporting: .decisionBased, duties: [.complaintGuidance])
}

package enum Section127 {
    /// § 127 (to 2019): retaining in, or leading back to, the home, on a KB decision.
    package static let retain = Way(
        .s127, by: .council,
        conditions: [
            Condition(.imminentRiskOfSeriousInjury, .sel("127", stk: 1),
                da: "Der er nærliggende risiko for, at personen ved at forlade tilbuddet udsætter sig selv eller andre for at lide væsentlig personskade (som i § 125, stk. 3, nr. 1).",
                en: "There is an imminent risk that the person, by leaving the offer, exposes themself or others to serious personal injury (as in § 125, stk. 3, nr. 1)."),
            Condition(.riskArisesFromLeaving, .sel("127", stk: 1),
                da: "Risikoen opstår, når personen forlader bo- eller dagtilbuddet.",
                en: "The risk arises when the person leaves the residential or day offer."),
            Condition(.absolutelyNecessary, .sel("127", stk: 1),
                da: "Forholdene gør det absolut påkrævet (som i § 125, stk. 3, nr. 2).",
                en: "The circumstances make it absolutely necessary (as in § 125, stk. 3, nr. 2)."),
            Condition(.otherMeasuresTriedInVain, .sel("127", stk: 1),
                da: "Lovens øvrige muligheder (alarm, særlige døråbnere) har forgæves været anvendt (som i § 125, stk. 3, nr. 3).",
                en: "The Act's other options (alarm, special door openers) have been used in vain (as in § 125, stk. 3, nr. 3)."),
        ],
        decision: true, duration: .setByDecision(reassessMonths: 8, reassess: .reassess8Months),
        firstDay: CivilDate(2011, 1, 1), reporting: .decisionBased, duties: [.complaintGuidance, .lawyerAgainstWill, .inform71])
}
