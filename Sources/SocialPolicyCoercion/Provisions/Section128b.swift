import SocialPolicyCore

// SEL §§ 128 a and 128 b — safety-creating welfare technology (2020-01-01 →).
//
// § 128 a: the minister lists the kinds that may be used (BEK 1412/2019 from 2020-01-01;
//   BEK 87/2021, 13/2022, 402/2023; BEK 1412/2024 from 2025-01-01). From 2024-07-01 (LBK
//   909/2024) stk. 2 allows rules on artificial intelligence and stk. 3 says epilepsy and
//   similar seizure alarms are not coercion (BEK 839/2024 § 1, stk. 3).
// § 128 b (LBK 1287/2020 … LBK 67/2024): KB may decide on welfare technology *i en afgrænset
//   periode* when there is a risk of personal injury and the circumstances make it *påkrævet*,
//   *jf. dog § 136 e*. Valid 12 months; for the 24 b group without time limit; only listed
//   technology (BEK 1239/2019 § 5).
// § 128 b (LBK 909/2024 →): stk. 2 is that rule ("anden tryghedsskabende velfærdsteknologi"),
//   from 2024-07-01 (BEK 839/2024 § 1, stk. 2, nr. 5): up to 12 months, 24 b without limit
//   (BEK 839/2024 § 5; BEK 1411/2024 § 6). stk. 1 (2025-01-01 →, BEK 1411/2024 § 1, stk. 2,
//   nr. 5): KB may recommend, and Det Socialfaglige Nævn decide on, situation-determined camera
//   checks for an afgrænset periode, on the same risk and necessity; up to 12 months (BEK
//   1411/2024 § 5); a clear indicator when the camera is on (stk. 3).

package enum Section128a {
    /// § 128 a, stk. 3 (2024-07-01 →): seizure alarms are not coercion.
    package static let seizureAlarm = Way(
        .s128aStk3, result: .notCoercion(.seizureAlarmNotCoercion), by: .staff, general: .none, coercive: false,
        conditions: [
            Condition(.kindSeizure, .sel("128 a", stk: 3),
                da: "Teknologien er en epilepsialarm eller lignende anfaldsalarm; den er ikke magtanvendelse.",
                en: "The technology is an epilepsy or similar seizure alarm; it is not coercion."),
        ],
        reporting: .none)
}

package enum Section128b {
    static func risk(_ stk: Int8) -> Condition {
        Condition(.riskOfPersonalInjury, .sel("128 b", stk: stk),
            da: "Der er risiko for personskade.",
            en: "There is a risk of personal injury.")
    }

    static func necessary(_ stk: Int8) -> Condition {
        Condition(.absolutelyNecessary, .sel("128 b", stk: stk),
            da: "Forholdene i det enkelte tilfælde gør det påkrævet for at afværge risikoen (læst strengt som absolut påkrævet).",
            en: "The circumstances of the individual case make it necessary to avert the risk (read strictly as absolutely necessary).")
    }

    static func listed(_ stk: Int8) -> Condition {
        Condition(.technologyListed, .sel("128 b", stk: stk), rule: .welfareListOnly,
            da: "Teknologien er, som den bruges, af en art på ministerens liste over tryghedsskabende velfærdsteknologi.",
            en: "The technology, as it is used, is of a kind on the minister's list of safety-creating welfare technology.")
    }

    static let notCamera = Condition(.kindCamera, needed: false, .sel("128 b", stk: 2),
        da: "Teknologien er ikke situationsbestemt kamerakig (det er § 128 b, stk. 1, som Det Socialfaglige Nævn afgør).",
        en: "The technology is not a camera check (that is § 128 b, stk. 1, decided by the disability coercion board).")

    /// § 128 b (2020-01-01 … 2024-06-30): valid 12 months; the 24 b group without time limit.
    package static let welfare2020 = Way(
        .s128b, by: .council, conditions: [risk(0), necessary(0), listed(0)],
        decision: true, duration: .fixed(months: 12, rule: .welfareDuration), unlimitedAllowed: .welfareUnlimited,
        firstDay: CivilDate(2011, 1, 1), reporting: .decisionBased, duties: [.complaintGuidance, .hearRepresentative])

    /// § 128 b, stk. 2 (2024-07-01 …): up to 12 months; 24 b without limit.
    package static let welfare2024 = Way(
        .s128bStk2, by: .council, conditions: [risk(2), necessary(2), listed(2)],
        decision: true, duration: .upTo(months: 12, rule: .welfareDuration), unlimitedAllowed: .welfareUnlimited,
        firstDay: CivilDate(2011, 1, 1), reporting: .decisionBased, duties: [.complaintGuidance, .hearRepresentative])

    /// § 128 b, stk. 2 (2025-01-01 →): not camera checks, which stk. 1 governs; artificial intelligence on BEK 1412/2024 § 7.
    package static let welfare2025 = Way(
        .s128bStk2, by: .council, conditions: [risk(2), necessary(2), listed(2), notCamera],
        decision: true, duration: .upTo(months: 12, rule: .welfareDuration), unlimitedAllowed: .welfareUnlimited,
        firstDay: CivilDate(2011, 1, 1), reporting: .decisionBased,
        duties: [.complaintGuidance, .hearRepresentative, .artificialIntelligence])

    /// § 128 b, stk. 1 (2025-01-01 →): situation-determined camera checks, decided by the nævn.
    package static let cameraCheck = Way(
        .s128bStk1, by: .board,
        conditions: [
            Condition(.kindCamera, .sel("128 b", stk: 1),
                da: "Teknologien er situationsbestemt kamerakig.",
                en: "The technology is a situation-determined camera check."),
            risk(1), necessary(1),
        ],
        decision: true, duration: .upTo(months: 12, rule: .cameraDuration), firstDay: CivilDate(2025, 1, 1),
        reporting: .decisionBased, duties: [.complaintGuidance, .cameraIndicator])
}
