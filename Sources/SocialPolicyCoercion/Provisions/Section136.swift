import SocialPolicyCore

// SEL kapitel 24 a (§§ 136–136 a) and 24 b (§§ 136 b–136 f), 2020-01-01 →; the same text in
// LBK 1287/2020 … LBK 155/2025, § 136 d repealed in LBK 909/2024 but applied to 2024-12-31,
// LBK 1129/2025 adding ældreloven help (§§ 136, 136 b) and the nær pårørende med attest
// (§§ 136 e–136 f).

// § 136 a (24 a): stk. 1 staff may briefly hold a person in personal hygiene situations when
//   necessary for the person's care, safety or dignity; stk. 2 on the report the leader must
//   consider asking KB for a decision, and must when stk. 1 has been used more than once within
//   6 months against the same person; stk. 3 on that request KB may make a *tidsbegrænset*
//   decision on the same test. The situations are an exhaustive list of 8 (BEK 1239/2019 § 7,
//   stk. 2; BEK 839/2024 § 10, stk. 2; BEK 1411/2024 § 13, stk. 2). A stk. 3 decision is valid
//   12 months (BEK 1239/2019 § 7, stk. 1), up to 12 months from 2024-07-01 (BEK 839/2024 § 10,
//   stk. 1; BEK 1411/2024 § 13, stk. 1).
package enum Section136a {
    static let listed = Condition(.hygieneOnList2020, .sel("136 a", stk: 1), rule: .hygieneList2020,
        da: "Situationen er på den udtømmende liste: tandbørstning; barbering; hårvask, badning, håndvask og tøjskift; klipning af hår og negle; skift af bleer og bind; pleje af hud; fjernelse af madrester og andre genstande i kindpose, mundhule, øre og næse; almindelig sårpleje.",
        en: "The situation is on the exhaustive list: tooth brushing; shaving; hair wash, bath, hand washing and change of clothes; cutting hair and nails; changing diapers and pads; skin care; removing food and other objects from the cheek pouch, mouth, ear and nose; ordinary wound care.")

    static func necessary(_ stk: Int8) -> Condition {
        Condition(.absolutelyNecessary, .sel("136 a", stk: stk),
            da: "Kortvarig fastholdelse er nødvendig for at sikre personens omsorg, sikkerhed eller værdighed (læst strengt som absolut nødvendigt).",
            en: "Brief holding is necessary to secure the person's care, safety or dignity (read strictly as absolutely necessary).")
    }

    /// § 136 a, stk. 3 (2020-01-01 … 2024-06-30): KB's decision, valid 12 months.
    package static let decision2020 = Way(
        .s136aStk3, by: .council, general: .kap24a, conditions: [listed, necessary(3)],
        decision: true, duration: .fixed(months: 12, rule: .hygieneDecisionDuration), firstDay: CivilDate(2011, 1, 1),
        reporting: .decisionBased, duties: [.complaintGuidance])

    /// § 136 a, stk. 3 (2024-07-01 →): up to 12 months.
    package static let decision2024 = Way(
        .s136aStk3, by: .council, general: .kap24a, conditions: [listed, necessary(3)],
        decision: true, duration: .upTo(months: 12, rule: .hygieneDecisionDuration), firstDay: CivilDate(2011, 1, 1),
        reporting: .decisionBased, duties: [.complaintGuidance])

    /// § 136 a, stk. 1 (2020 →): staff, with the duty of stk. 2.
    package static let staff = Way(
        .s136aStk1, by: .staff, general: .kap24a, conditions: [listed, necessary(1)],
        reporting: .acute, duties: [.requestCouncilDecision])
}

// § 136 c (24 b): staff may briefly hold a person in personal hygiene situations when necessary
//   for the person's care, safety or dignity; the handleplan must aim at avoiding it (stk. 2).
//   No list: staff judge what is a hygiene situation (BEK 1239/2019 § 7, stk. 3 and successors).
package enum Section136c {
    package static let hygiene = Way(
        .s136c, by: .staff, general: .kap24b,
        conditions: [
            Condition(.absolutelyNecessary, .sel("136 c", stk: 1),
                da: "Kortvarig fastholdelse i en personlig hygiejnesituation er nødvendig for at sikre personens omsorg, sikkerhed eller værdighed (læst strengt som absolut nødvendigt).",
                en: "Brief holding in a personal hygiene situation is necessary to secure the person's care, safety or dignity (read strictly as absolutely necessary)."),
        ],
        reporting: .acute)
}

// § 136 d (24 b; LBK 1287/2020 … LBK 67/2024, applied to 2024-12-31 by LOV 680/2024 § 5,
//   stk. 3, BEK 839/2024 § 1, stk. 2, nr. 2): staff may hold, retain or lead back to the home or
//   another room when necessary to secure one or more others' tryghed, værdighed og sikkerhed
//   and the behaviour is very transgressive or very conflict-creating towards the others, or the
//   person has entered another resident's home against their wish (stk. 1); retaining and
//   leading back can go to court (stk. 2–3). An advokat when against the person's will (§ 132,
//   stk. 1, nr. 1, 2020; BEK 839/2024 § 13); the § 71-tilsyn (BEK 1239/2019 § 21; BEK 839/2024
//   § 23).
package enum Section136d {
    static let necessary = Condition(.absolutelyNecessary, .sel("136 d", stk: 1),
        da: "Det er nødvendigt for at sikre en eller flere andres tryghed, værdighed og sikkerhed (læst strengt som absolut nødvendigt).",
        en: "It is necessary to secure the safety, dignity and security of one or more others (read strictly as absolutely necessary).")
    static let transgressive = Condition(.severelyTransgressiveBehaviour, .sel("136 d", stk: 1),
        da: "Personens adfærd er meget grænseoverskridende eller meget konfliktskabende over for de øvrige personer i tilbuddet.",
        en: "The person's behaviour is very transgressive or very conflict-creating towards the others in the offer.")
    static let entered = Condition(.enteredOthersHomeAgainstWish, .sel("136 d", stk: 1),
        da: "Personen er gået ind i en anden beboers egen bolig, uden at beboeren ønsker det.",
        en: "The person has entered another resident's own home against that resident's wish.")

    static func ways(inform71: Bool) -> [Way] {
        let duties: Duties = inform71 ? [.lawyerAgainstWill, .inform71] : [.lawyerAgainstWill]
        return [
            Way(.s136d, by: .staff, general: .kap24b, conditions: [necessary, transgressive], reporting: .acute, duties: duties),
            Way(.s136d, by: .staff, general: .kap24b, conditions: [necessary, entered], reporting: .acute, duties: duties),
        ]
    }

    /// § 136 d for holding or leading to another room (2020-01-01 … 2024-06-30).
    package static let hold2020 = ways(inform71: false)
    /// § 136 d for retaining or leading back (the stk. 2 measures), and every use from 2024-07-01
    /// to 2024-12-31 (BEK 839/2024 § 23).
    package static let retain = ways(inform71: true)
}

// § 136 e (24 b): stk. 1 staff may, as part of care, use safety-creating welfare technology
//   (from LBK 909/2024 "jf. § 128 b") for the person's tryghed, værdighed og omsorg *medmindre
//   den pågældende modsætter sig*; stk. 2 a fremtidsfuldmægtig, and a værge, whose mandate covers
//   it may object (LBK 1129/2025: also a nær pårørende med attest); stk. 3 the use is not
//   coercion and not registered unless the person or the representative objects; stk. 4 they are
//   told before use; stk. 5 on an objection KB may decide under § 128 b, *tidsubegrænset*, and
//   hears the representative. The technology must be on the list (BEK 1412/2019 … 1412/2024).
package enum Section136e {
    package static let withoutObjection = Way(
        .s136e, result: .notCoercion(.dementiaWelfareTechnologyWithoutObjection), by: .staff, general: .kap24b, coercive: false,
        conditions: [
            Condition(.noObjection, .sel("136 e", stk: 1),
                da: "Personen modsætter sig ikke anvendelsen (passivitet læses som en indsigelse).",
                en: "The person does not object to the use (passivity is read as an objection)."),
            Condition(.representativeNoObjection, .sel("136 e", stk: 2),
                da: "Ingen fremtidsfuldmægtig, værge eller nær pårørende med attest, hvis kompetence omfatter det, modsætter sig anvendelsen.",
                en: "No lasting power of attorney, guardian or close relative with an attest whose mandate covers it objects to the use."),
            Section128b.listed(0),
            Condition(.kindCamera, needed: false, .sel("136 e", stk: 1),
                da: "Teknologien er ikke situationsbestemt kamerakig.",
                en: "The technology is not a camera check."),
        ],
        reporting: .none, duties: [.informRepresentative])
}

// § 136 f (24 b; 2020 →; continues § 129, stk. 2–3 of 2013–2019, see Section129.swift): for a
//   person who does not object to a move but lacks the capacity to consent, KB may decide on
//   admission to a specific botilbud (from 2024-07-01: and discharge from one) when the værge
//   appointed by Familieretshuset, or the fremtidsfuldmægtig, agrees (LBK 1129/2025: or a nær
//   pårørende med attest), and (1) a stay in a botilbud with attached service is required for
//   the necessary help and (2) the move is the most appropriate for the person's care (stk. 1);
//   KB's decision can be appealed to Familieretshuset; if the representative does not agree, KB
//   recommends and Familieretshuset decides on the same conditions (stk. 3; an advokat from
//   2024-07-01, § 132, stk. 1, nr. 2); an objection leaves only § 129, stk. 1 (stk. 4).
package enum Section136f {
    package static let guardianRoute = Way(
        .s136f, by: .councilWithRepresentative, general: .kap24b,
        conditions: [
            Condition(.noObjection, .sel("136 f", stk: 1),
                da: "Personen modsætter sig ikke flytningen (passivitet læses som en indsigelse).",
                en: "The person does not object to the move (passivity is read as an objection)."),
            Condition(.lacksCapacity, .sel("136 f", stk: 1),
                da: "Personen mangler evnen til at give informeret samtykke til flytningen.",
                en: "The person lacks the capacity to give informed consent to the move."),
            Condition(.serviceBotilbudRequiredForHelp, .sel("136 f", stk: 1, nr: 1),
                da: "Ophold i et botilbud med tilknyttet service er påkrævet, for at personen kan få den nødvendige hjælp.",
                en: "A stay in a botilbud with attached service is required for the person to get the necessary help."),
            Condition(.mostAppropriateForCare, .sel("136 f", stk: 1, nr: 2),
                da: "Flytningen vurderes omsorgsmæssigt at være mest hensigtsmæssig for personen.",
                en: "The move is judged the most appropriate for the person's care."),
        ],
        decision: true, firstDay: CivilDate(2011, 1, 1), reporting: .move, duties: [.complaintGuidance, .guardianAppointment])
}
