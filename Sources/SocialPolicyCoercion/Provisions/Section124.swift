import SocialPolicyCore

// SEL § 123 (husorden) and §§ 124 b–124 d (guidance, averting, holding), 2020-01-01 →.
//
// § 123 stk. 1 (LBK 1287/2020 →): the leader of a bo- or dagtilbud may set a vejledende
//   husorden for the common areas (LBK 909/2024: in offers with residents of the target
//   group; LBK 1129/2025: also offers under ældreloven). Not coercion (BEK 1239/2019 § 1,
//   stk. 3; BEK 839/2024 and 1411/2024 § 1, stk. 3). Before 2020 § 123 was about secure
//   institutions for children; a husorden was never a basis for force.
// § 124 b (LBK 1287/2020 … LBK 67/2024): stk. 1 physical guidance; stk. 2 no holding; stk. 3
//   not coercion, not registered. From 2024-07-01 (LBK 909/2024): stk. 2 konfliktafværgelse
//   inserted, stk. 3 no holding, stk. 4 not coercion.
// § 124 c (2020 →): staff may briefly hold or lead a person away when necessary to avert
//   substantial destruction of belongings or other values.
// § 124 d (LBK 1287/2020 … LBK 67/2024): stk. 1 staff may hold, retain or lead back to the
//   home or another room when the behaviour is dangerous to the person or others; stk. 2–3
//   court review of retaining or leading back.
// § 124 d (LBK 909/2024 →): stk. 1 staff may release a grip on another person or on the
//   door handle of another's home when the gripping person shows *grænseoverskridende eller
//   konfliktskabende* behaviour; stk. 2 staff may hold, retain or lead back when necessary for
//   others' tryghed, værdighed og sikkerhed and (1) very transgressive or conflict-creating
//   behaviour, (2) behaviour dangerous to the person or others, or (3) entry into a home
//   against the resident's wish.
// Procedure: an advokat when § 124 d (2020: and § 136 d) is used against the person's will
// (§ 132, stk. 1, nr. 1); the person must be told of Folketingets § 71-tilsyn (BEK 1239/2019
// § 21 for § 124 d, stk. 2 measures; BEK 839/2024 § 23; BEK 1411/2024 § 26 for § 124 d, stk. 2).

package enum Section123 {
    /// § 123, stk. 1 from 2020: a husorden is not coercion.
    package static let notCoercion = Cite.sel("123", stk: 1)
    /// Before 2020: the catalogue of § 124 a held no husorden.
    package static let noBasisBefore2020 = Cite.sel("124 a")
}

package enum Section124b {
    /// § 124 b, stk. 3 (2020-01-01 … 2024-06-30): physical guidance is not coercion.
    package static let notCoercion2020 = Cite.sel("124 b", stk: 3)
    /// § 124 b, stk. 4 (2024-07-01 →): physical guidance and konfliktafværgelse are not coercion.
    package static let notCoercion2024 = Cite.sel("124 b", stk: 4)
}

package enum Section124c {
    /// § 124 c (2020 →): averting help.
    package static let averting = Way(
        .s124c, by: .staff,
        conditions: [
            Condition(.riskOfSubstantialPropertyDamage, .sel("124 c"),
                da: "Personen er ved at forårsage væsentlig ødelæggelse af indbo eller andre værdier.",
                en: "The person is about to cause substantial destruction of belongings or other values."),
            Condition(.absolutelyNecessary, .sel("124 c"),
                da: "Det er nødvendigt for at afværge ødelæggelsen (læst strengt som absolut nødvendigt), og indgrebet er kortvarigt.",
                en: "It is necessary to avert the destruction (read strictly as absolutely necessary), and the hold is brief."),
        ],
        reporting: .acute)
}

package enum Section124d {
    static let dangerous2020 = Condition(.dangerousBehaviour, .sel("124 d", stk: 1),
        da: "Personen udviser en adfærd, der er til fare for den pågældende selv eller andre.",
        en: "The person shows behaviour that is dangerous to themself or others.")

    /// § 124 d (2020-01-01 … 2024-06-30): holding or leading to another room.
    package static let hold2020 = Way(.s124d, by: .staff, conditions: [dangerous2020], reporting: .acute, duties: [.lawyerAgainstWill])

    /// § 124 d (2020-01-01 … 2024-06-30): retaining in or leading back to the home — the measures
    /// of § 124 d, stk. 2, which bring court review and the § 71 duty (BEK 1239/2019 § 21).
    package static let retain2020 = Way(.s124d, by: .staff, conditions: [dangerous2020], reporting: .acute, duties: [.lawyerAgainstWill, .inform71])

    /// § 124 d, stk. 1 (2024-07-01 →): releasing a grip.
    package static let releaseGrip = Way(
        .s124dStk1, by: .staff,
        conditions: [
            Condition(.grippingPersonOrDoorHandle, .sel("124 d", stk: 1),
                da: "Personen holder fast i en anden person eller i dørhåndtaget el.lign. til en andens bolig.",
                en: "The person grips another person, or the door handle or similar of another's home."),
            Condition(.transgressiveAny, .sel("124 d", stk: 1),
                da: "Den, der holder fast, udviser grænseoverskridende eller konfliktskabende adfærd (det behøver ikke være meget).",
                en: "The person gripping shows transgressive or conflict-creating behaviour (it need not be very)."),
        ],
        reporting: .acute)

    static let necessary2024 = Condition(.absolutelyNecessary, .sel("124 d", stk: 2),
        da: "Det er nødvendigt for at sikre andres tryghed, værdighed og sikkerhed (læst strengt som absolut nødvendigt).",
        en: "It is necessary to secure others' safety, dignity and security (read strictly as absolutely necessary).")

    /// § 124 d, stk. 2 (2024-07-01 →), its three alternatives.
    package static let hold2024: [Way] = [
        Way(.s124dStk2, by: .staff, conditions: [
            necessary2024,
            Condition(.severelyTransgressiveBehaviour, .sel("124 d", stk: 2),
                da: "Adfærden er meget grænseoverskridende eller meget konfliktskabende over for de øvrige personer i tilbuddet.",
                en: "The behaviour is very transgressive or very conflict-creating towards the others in the offer."),
        ], reporting: .acute, duties: [.lawyerAgainstWill, .inform71]),
        Way(.s124dStk2, by: .staff, conditions: [
            necessary2024,
            Condition(.dangerousBehaviour, .sel("124 d", stk: 2),
                da: "Adfærden er til fare for personen selv eller andre.",
                en: "The behaviour is dangerous to the person or others."),
        ], reporting: .acute, duties: [.lawyerAgainstWill, .inform71]),
        Way(.s124dStk2, by: .staff, conditions: [
            necessary2024,
            Condition(.enteredOthersHomeAgainstWish, .sel("124 d", stk: 2),
                da: "Personen er gået ind i en bolig i et botilbud, uden at beboeren ønsker det.",
                en: "The person has entered a home in a botilbud against the resident's wish."),
        ], reporting: .acute, duties: [.lawyerAgainstWill, .inform71]),
    ]
}
