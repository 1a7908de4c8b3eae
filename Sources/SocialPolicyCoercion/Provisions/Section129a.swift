import SocialPolicyCore

// SEL § 129 a — admission to a specific § 108 botilbud because of danger to others.
//
// Enacted by LOV 661 af 08/06/2017 (L 206, 2016-17), with § 131 a (2-week deadline, six-item
// indstilling). Its in-force section is not in the available copy: not before 2017-06-08 (the
// act's date); applied by 2018-01-01 (BEK 1231/2017 § 1, stk. 2, nr. 7 and §§ 5, 15; BEK
// 1249/2017 § 18, nr. 2). Between those days the library answers `undetermined`.
// LBK 988/2017 … LBK 67/2024: on KB's indstilling the admission authority (statsforvaltningen,
//   Familieretshuset from 2019-04-01) decides that a person with a significant and permanent
//   impairment *som følge af en sindslidelse*, who objects or cannot consent, in special cases
//   is admitted to a specific § 108 botilbud when (1) a substantial danger to, or particularly
//   threatening or harassing towards, residents or staff, (2) irresponsible towards their safety
//   not to move, (3) *absolut påkrævet*, and (4) the new botilbud is shown to be better suited.
// LBK 909/2024 → (2024-07-01): *som følge af en sindslidelse* is gone (§ 131 a, stk. 2, nr. 2
//   asks only for documentation of the impairment); the person may also be discharged from the
//   present botilbud.
// An advokat (§ 132, stk. 1, nr. 2); moves registered by the end of the month (BEK 1231/2017 §
// 15 and successors).

package enum Section129a {
    static let core: [Condition] = [
        Condition(.dangerToResidentsOrStaff, .sel("129 a", nr: 1),
            da: "Personen er til væsentlig fare for eller udviser en særligt truende eller særligt chikanerende adfærd over for øvrige beboere eller personale.",
            en: "The person is a substantial danger to, or particularly threatening or harassing towards, other residents or staff."),
        Condition(.irresponsibleForOthersSafety, .sel("129 a", nr: 2),
            da: "Det er uforsvarligt over for øvrige beboere eller personalets sikkerhed ikke at sørge for flytning.",
            en: "It is irresponsible towards the other residents' or staff's safety not to arrange the move."),
        Condition(.absolutelyNecessary, .sel("129 a", nr: 3),
            da: "Forholdene i det enkelte tilfælde gør det absolut påkrævet.",
            en: "The circumstances of the individual case make it absolutely necessary."),
        Condition(.newPlaceBetterSuited, .sel("129 a", nr: 4),
            da: "Det kan godtgøres, at det nye botilbud (efter § 108) er bedre egnet til at imødekomme personens støttebehov.",
            en: "It is shown that the new (§ 108) botilbud is better suited to the person's support needs."),
    ]

    static let mentalIllness = Condition(.impairmentFromMentalIllness, .sel("129 a"),
        da: "Den betydelige og varigt nedsatte psykiske funktionsevne er en følge af en sindslidelse.",
        en: "The significant and permanent impairment results from a mental illness.")

    /// § 129 a between LOV 661/2017 (2017-06-08) and 2017-12-31: its first day is not read.
    package static let window = Way(
        .s129a, by: .admissionAuthority, conditions: [mentalIllness] + core,
        decision: true, firstDay: CivilDate(2017, 6, 8), reporting: .move, duties: [.complaintGuidance, .lawyer],
        openQuestion: .section129aStart)

    /// § 129 a (2018-01-01 … 2024-06-30).
    package static let dangerToOthers2018 = Way(
        .s129a, by: .admissionAuthority, conditions: [mentalIllness] + core,
        decision: true, firstDay: CivilDate(2017, 6, 8), reporting: .move, duties: [.complaintGuidance, .lawyer])

    /// § 129 a (2024-07-01 →): any person of the target group; discharge covered.
    package static let dangerToOthers2024 = Way(
        .s129a, by: .admissionAuthority, conditions: core,
        decision: true, firstDay: CivilDate(2017, 6, 8), reporting: .move, duties: [.complaintGuidance, .lawyer])
}
