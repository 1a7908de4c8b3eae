import SocialPolicyCore

// SEL § 129 — admission to a specific botilbud without consent, and its routes.
//
// stk. 1 (every period): on KB's indstilling (§ 131: within 2 weeks), the admission authority
//   decides that a person who objects or cannot give informed consent is admitted to a specific
//   botilbud when (1) absolutely necessary for the necessary help, (2) the help cannot be given
//   in the current home, (3) the person cannot oversee the consequences, (4) the person exposes
//   themself to serious injury, and (5) it is irresponsible not to move them. The authority:
//   det sociale nævn to 2013-06-30 (LBK 810/2012 §§ 129, 131), statsforvaltningen to
//   2019-03-31 (LBK 1093/2013 …), Familieretshuset from 2019-04-01 (LBK 798/2019 …). From
//   2024-07-01 the decision may also discharge (*udskrives*) the person from a botilbud (LBK
//   909/2024); from 2025-07-01 the destinations add botilbud under ældreloven (LBK 1129/2025).
//   An advokat throughout (§ 132, stk. 1, nr. 2); the vacant place is Ankestyrelsen's reading
//   (PA 65-14).
// The guardian route (the dementia group; the person does not object but cannot consent):
//   KB decides when the værge appointed by the authority agrees (*tiltræder*), if (1) a stay in
//   a botilbud with attached service is required for the necessary help and (2) the move is the
//   most appropriate for the person's care: § 129, stk. 2 (to 2019); from 2017-10-01 a
//   fremtidsfuldmægtig may agree instead (stk. 3); if the værge or fremtidsfuldmægtig does not
//   agree, KB recommends and the authority decides on the same conditions (stk. 5, 2. pkt.; from
//   2017-10-01 stk. 6, 2. pkt.). From 2020 the route is § 136 f (Section136f.swift).
// The *egen interesse* route: in very special cases the authority may, on KB's indstilling,
//   move a person who already lives in such a botilbud and cannot give informed consent to an
//   equivalent home where the care can be given, even if stk. 1 nr. 1–5 are not met, when it is
//   in the person's own interest: stk. 3 (to 2017-09-30), stk. 4 (2017-10-01 → 2019-12-31; LOV
//   1543/2016 § 1, nr. 4), stk. 2 (2020 →; from 2024-07-01 "udskrives fra sit botilbud og
//   flyttes").

package enum Section129 {
    static let stk1: [Condition] = [
        Condition(.moveAbsolutelyNecessaryForHelp, .sel("129", stk: 1, nr: 1),
            da: "Flytningen er absolut påkrævet for, at personen kan få den nødvendige hjælp.",
            en: "The move is absolutely necessary for the person to get the help they need."),
        Condition(.helpImpossibleInCurrentHome, .sel("129", stk: 1, nr: 2),
            da: "Hjælpen kan ikke gennemføres i personens hidtidige bolig.",
            en: "The help cannot be given in the person's current home."),
        Condition(.cannotOverseeConsequences, .sel("129", stk: 1, nr: 3),
            da: "Personen kan ikke overskue konsekvenserne af sine handlinger.",
            en: "The person cannot oversee the consequences of their actions."),
        Condition(.exposesSelfToSeriousInjury, .sel("129", stk: 1, nr: 4),
            da: "Personen udsætter sig selv for at lide væsentlig personskade.",
            en: "The person exposes themself to serious personal injury."),
        Condition(.irresponsibleNotToMove, .sel("129", stk: 1, nr: 5),
            da: "Det er uforsvarligt ikke at sørge for flytning.",
            en: "It is irresponsible not to arrange the move."),
        Condition(.vacantPlaceAvailable, .sel("129", stk: 1),
            da: "Der er en konkret ledig plads i et bestemt botilbud nu eller inden for en kort, angivet periode (Ankestyrelsens praksis).",
            en: "A concrete vacant place in a named botilbud is available now or within a short, stated period (Ankestyrelsen's practice)."),
    ]

    /// § 129, stk. 1 (every period): the admission authority decides.
    package static let admission = Way(
        .s129, by: .admissionAuthority, conditions: stk1,
        decision: true, firstDay: CivilDate(2011, 1, 1), reporting: .move,
        duties: [.complaintGuidance, .lawyer, .guardianAppointment])

    /// The guardian route (to 2019): § 129, stk. 2 (and stk. 3 from 2017-10-01).
    package static let guardianRoute = Way(
        .s129Stk2, by: .councilWithRepresentative,
        conditions: [
            Condition(.dementiaOrProgressiveDecline, .sel("129", stk: 2),
                da: "Den psykiske funktionsnedsættelse er en konsekvens af en erhvervet mental svækkelse, som er fremadskridende.",
                en: "The impairment results from acquired, progressive mental decline."),
            Condition(.noObjection, .sel("129", stk: 2),
                da: "Personen modsætter sig ikke flytningen (passivitet læses som en indsigelse).",
                en: "The person does not object to the move (passivity is read as an objection)."),
            Condition(.lacksCapacity, .sel("129", stk: 2),
                da: "Personen mangler evnen til at give informeret samtykke til flytningen.",
                en: "The person lacks the capacity to give informed consent to the move."),
            Condition(.serviceBotilbudRequiredForHelp, .sel("129", stk: 2, nr: 1),
                da: "Ophold i et botilbud med tilknyttet service er påkrævet for, at personen kan få den nødvendige hjælp.",
                en: "A stay in a botilbud with attached service is required for the person to get the necessary help."),
            Condition(.mostAppropriateForCare, .sel("129", stk: 2, nr: 2),
                da: "Flytningen vurderes omsorgsmæssigt at være mest hensigtsmæssig for personen.",
                en: "The move is judged the most appropriate for the person's care."),
        ],
        decision: true, firstDay: CivilDate(2011, 1, 1), reporting: .move, duties: [.complaintGuidance, .guardianAppointment])

    static func egenInteresse(_ section: SectionID, stk: Int8) -> Way {
        Way(
            section, by: .admissionAuthority,
            conditions: [
                Condition(.alreadyResidentInSuchBotilbud, .sel("129", stk: stk),
                    da: "Personen er optaget i et botilbud som nævnt i stk. 1.",
                    en: "The person already lives in a botilbud of the kind in stk. 1."),
                Condition(.lacksCapacity, .sel("129", stk: stk),
                    da: "Personen mangler evnen til at give informeret samtykke.",
                    en: "The person lacks the capacity to give informed consent."),
                Condition(.equivalentHomeInOwnInterest, .sel("129", stk: stk),
                    da: "I et ganske særligt tilfælde skønnes en flytning til en anden tilsvarende bolig, hvor omsorgen kan varetages, at være i personens egen interesse (f.eks. tilknytning til de pårørende), selv om betingelserne i stk. 1, nr. 1–5, ikke er opfyldt.",
                    en: "In a very special case a move to another equivalent home where the care can be given is judged to be in the person's own interest (e.g. to keep in touch with relatives), even though stk. 1, nr. 1–5 are not met."),
            ],
            decision: true, firstDay: CivilDate(2011, 1, 1), reporting: .move, duties: [.complaintGuidance, .guardianAppointment])
    }

    /// *Egen interesse*: § 129, stk. 3 (to 2017-09-30).
    package static let egenInteresse2013 = egenInteresse(.s129Stk3, stk: 3)
    /// *Egen interesse*: § 129, stk. 4 (2017-10-01 … 2019-12-31).
    package static let egenInteresse2017 = egenInteresse(.s129Stk4, stk: 4)
    /// *Egen interesse*: § 129, stk. 2 (2020 →).
    package static let egenInteresse2020 = egenInteresse(.s129Stk2, stk: 2)
}
