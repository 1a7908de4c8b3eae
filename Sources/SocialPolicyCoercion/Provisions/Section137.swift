import SocialPolicyCore

// SEL §§ 137 a–137 d — restrictions on visitors (LOV 627/2011; kapitel 24 to 2019, kapitel
// 24 c from 2020; the same numbers and the same wording in LBK 810/2012 … LBK 1129/2025, except
// the complaint reference and, from LBK 1129/2025, help under ældreloven in § 137 b, stk. 1,
// nr. 3, § 137 c, stk. 2 and § 137 d, stk. 1). Not tied to the § 124 a target group; addressed
// to the visitor; not magtanvendelse and not registered under § 136 / § 135 a.
//
// § 137 a   a person living in a plejebolig, plejehjem or other housing with attached staff and
//           common areas decides whom to receive, except under § 137 b, stk. 1 and § 137 c, stk. 2.
// § 137 b   KB may restrict certain visitors' access to the common areas if the visitor (1) uses
//           or threatens violence or otherwise behaves dangerously towards residents or staff,
//           (2) harasses or chicanes them without violence, or (3) is highly disturbing; stk. 2:
//           access to the part of the home the resident alone controls must be secured.
// § 137 c   no restriction in the private part (stk. 1), except that a visitor showing nr. 1 or
//           2 behaviour towards staff may be barred while visitated help is delivered (stk. 2).
// § 137 d   decided at a meeting of KB or the standing committee (stk. 1); the administration may
//           decide provisionally when the need cannot wait (stk. 2), for approval as soon as
//           possible (stk. 3); limited to what is absolutely necessary, scope and duration stated,
//           less intrusive initiatives towards the visitor tried first (stk. 4); addressed to the
//           visitor and the resident (stk. 5); complaint under § 133 (stk. 6). No maximum duration.

package enum Section137 {
    static let housing = Condition(.housingWithStaffAndCommonAreas, .sel("137 a"),
        da: "Beboeren bor i en plejebolig, et plejehjem eller en anden boligform med tilknyttet personale og fællesboligarealer.",
        en: "The resident lives in a nursing home, care flat or other housing with attached staff and common areas.")
    static let limited = Condition(.absolutelyNecessary, .sel("137 d", stk: 4),
        da: "Besøgsrestriktionen er begrænset til det absolut nødvendige.",
        en: "The visit restriction is limited to what is absolutely necessary.")
    static let milder = Condition(.milderStepsTowardsVisitorTried, .sel("137 d", stk: 4),
        da: "Mindre indgribende initiativer har været søgt anvendt over for den besøgende.",
        en: "Less intrusive initiatives towards the visitor have been tried.")
    static let scope = Condition(.decisionStatesScopeAndDuration, .sel("137 d", stk: 4),
        da: "Afgørelsen angiver besøgsrestriktionens omfang og tidsmæssige udstrækning.",
        en: "The decision states the restriction's scope and duration.")

    /// § 137 b: the common areas.
    package static let commonAreas = Way(
        .s137b, by: .council, general: .none, coercive: false,
        conditions: [
            housing,
            Condition(.areaCommon, .sel("137 b", stk: 1),
                da: "Restriktionen gælder adgangen til fællesboligarealerne.",
                en: "The restriction concerns access to the common areas."),
            Condition(.visitorBehaviourListed, .sel("137 b", stk: 1),
                da: "Den besøgende udøver eller truer med vold eller er til fare for beboere eller personale (nr. 1), generer eller chikanerer dem (nr. 2) eller er stærkt generende (nr. 3).",
                en: "The visitor uses or threatens violence or endangers residents or staff (nr. 1), harasses them (nr. 2) or is highly disturbing (nr. 3)."),
            limited, milder, scope,
        ],
        decision: true, duration: .statedInDecision, firstDay: CivilDate(2011, 1, 1), eraBound: false,
        reporting: .none, duties: [.complaintGuidance, .visitRestriction])

    /// § 137 c, stk. 2: the private part, while visitated help is delivered.
    package static let privatePart = Way(
        .s137cStk2, by: .council, general: .none, coercive: false,
        conditions: [
            housing,
            Condition(.areaPrivate, .sel("137 c", stk: 2),
                da: "Restriktionen gælder den del af boligen, som beboeren alene råder over, og kun mens der leveres visiteret hjælp.",
                en: "The restriction concerns the part of the home the resident alone controls, and only while visitated help is delivered."),
            Condition(.visitorBehaviourSerious, .sel("137 c", stk: 2),
                da: "Den besøgende udviser en adfærd som nævnt i § 137 b, stk. 1, nr. 1 eller 2.",
                en: "The visitor shows behaviour of § 137 b, stk. 1, nr. 1 or 2."),
            Condition(.visitorBehaviourTowardsStaff, .sel("137 c", stk: 2),
                da: "Adfærden er rettet mod personalet.",
                en: "The behaviour is directed at the staff."),
            limited, milder, scope,
        ],
        decision: true, duration: .statedInDecision, firstDay: CivilDate(2011, 1, 1), eraBound: false,
        reporting: .none, duties: [.complaintGuidance, .visitRestriction])
}
