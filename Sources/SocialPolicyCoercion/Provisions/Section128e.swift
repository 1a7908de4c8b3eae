import SocialPolicyCore

// SEL § 128 e (LBK 909/2024 →; in force 2024-07-01, BEK 839/2024 § 1, stk. 2, nr. 8): KB may,
// for an afgrænset periode, permit special door openers on, or locking of, the doors to a service
// area or a shared kitchen of a bo- or dagtilbud, when a person has repeatedly exposed self or
// others to danger or caused substantial destruction of objects there (stk. 1); the decision must
// not cut off the person's possibility to leave the offer or move freely in its other areas
// (stk. 2); a door alarm with special door openers (stk. 3). Up to 12 months (BEK 839/2024 § 8;
// BEK 1411/2024 § 9).

package enum Section128e {
    package static let serviceArea = Way(
        .s128e, by: .council,
        conditions: [
            Condition(.repeatedDangerOrDestructionThere, .sel("128 e", stk: 1),
                da: "Personen har gentagne gange udsat sig selv eller andre for fare eller forårsaget væsentlig ødelæggelse af genstande i det pågældende serviceareal eller fælleskøkken.",
                en: "The person has repeatedly endangered themself or others, or caused substantial destruction of objects, in that service area or shared kitchen."),
            Condition(.accessKeptOpen, .sel("128 e", stk: 2),
                da: "Afgørelsen afskærer ikke personen fra at forlade tilbuddet eller bevæge sig frit i tilbuddets øvrige arealer.",
                en: "The decision does not cut the person off from leaving the offer or moving freely in its other areas."),
        ],
        decision: true, duration: .upTo(months: 12, rule: .serviceAreaDuration), firstDay: CivilDate(2024, 7, 1),
        reporting: .decisionBased, duties: [.complaintGuidance])
}
