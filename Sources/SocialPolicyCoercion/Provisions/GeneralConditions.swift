import SocialPolicyCore

// SEL §§ 124, 124 a, 136 and 136 b — who afsnit VII is for, and the principles every coercive
// measure must meet. Read in LBK 810/2012 … LBK 798/2019 (kapitel 24), LBK 1287/2020 … LBK
// 155/2025 (kapitel 24, 24 a, 24 b) and LBK 1129/2025 (ældreloven help, 2025-07-01 →).
//
// - § 124 stk. 2–3 (to 2019) = stk. 3–4 (from 2020, when a new stk. 2 on the purposes came in):
//   voluntary cooperation first; the least intrusive measure.
// - § 124 a: betydelig og varigt nedsat psykisk funktionsevne, documented, receiving help under
//   §§ 83–87, 101–102 or 103–104, and not consenting. From 2025-07-01 also help under
//   ældreloven §§ 10, 13, 14, 16 and 17.
// - § 136 (24 a) and § 136 b (24 b): the same, split by whether the impairment is a
//   consequence of acquired, progressive mental decline; from 2025-07-01 ældreloven §§ 10, 16
//   and 17 only (a person with only ÆL meal help, §§ 13–14, is in neither).
// - Afsnit VII covers care, not health treatment (§ 124, stk. 1: the measures never replace
//   care; treatment without consent is outside the Act).

/// One set of general conditions, with its masks.
package struct GeneralSet: Sendable {
    package let conditions: [Condition]
    package let needTrue: FactMask
    package let needFalse: FactMask

    init(_ conditions: [Condition]) {
        self.conditions = conditions
        var needTrue = FactMask()
        var needFalse = FactMask()
        for condition in conditions {
            if condition.needed { needTrue.formUnion(FactMask(condition.fact)) } else { needFalse.formUnion(FactMask(condition.fact)) }
        }
        self.needTrue = needTrue
        self.needFalse = needFalse
    }

    init(_ base: GeneralSet, _ more: [Condition]) { self.init(base.conditions + more) }
}

package enum GeneralConditions {
    // MARK: Building blocks

    static func notConsenting(_ section: StaticString) -> Condition {
        Condition(.notConsenting, .sel(section),
            da: "Personen samtykker ikke i foranstaltningen (passivitet er ikke samtykke; pårørendes eller værges samtykke tæller ikke).",
            en: "The person does not consent to the measure (passivity is not consent; a relative's or guardian's consent does not count).")
    }

    static let notTreatment = Condition(.isMedicalTreatment, needed: false, .sel("124", stk: 1),
        da: "Handlingen er omsorg og ikke sundhedsfaglig behandling (f.eks. anlæggelse af kateter); serviceloven giver ikke hjemmel til tvang ved behandling.",
        en: "The act is care, not health treatment (e.g. inserting a catheter); the Social Services Act gives no basis for force in treatment.")

    static func impairment(_ section: StaticString) -> Condition {
        Condition(.significantPermanentImpairment, .sel(section),
            da: "Personen har betydelig og varigt nedsat psykisk funktionsevne.",
            en: "The person has a significant and permanent impairment of mental function.")
    }

    static func documented(_ section: StaticString) -> Condition {
        Condition(.impairmentDocumented, .sel(section),
            da: "Den fornødne faglige dokumentation for den nedsatte psykiske funktionsevne foreligger.",
            en: "The necessary professional documentation of the impairment exists.")
    }

    static func help(_ section: StaticString) -> Condition {
        Condition(.receivesQualifyingHelp, .sel(section),
            da: "Personen får hjælp efter §§ 83–87, behandling efter §§ 101–102 eller tilbud efter §§ 103–104.",
            en: "The person receives help under §§ 83–87, treatment under §§ 101–102 or an offer under §§ 103–104.")
    }

    static let helpKap24WithAeldrelov = Condition(.helpKap24, .sel("124 a"),
        da: "Personen får hjælp efter §§ 83–87, 101–102 eller 103–104 eller efter ældreloven §§ 10, 13, 14, 16 eller 17.",
        en: "The person receives help under §§ 83–87, 101–102 or 103–104, or under the Elder Care Act §§ 10, 13, 14, 16 or 17.")

    static func help24abWithAeldrelov(_ section: StaticString) -> Condition {
        Condition(.help24ab, .sel(section),
            da: "Personen får hjælp efter §§ 83–87, 101–102 eller 103–104 eller efter ældreloven §§ 10, 16 eller 17 (ikke kun madservice eller madordning).",
            en: "The person receives help under §§ 83–87, 101–102 or 103–104, or under the Elder Care Act §§ 10, 16 or 17 (not meal help alone).")
    }

    static let dementia = Condition(.dementiaOrProgressiveDecline, .sel("136 b"),
        da: "Den nedsatte funktionsevne er en følge af erhvervet og fremadskridende mental svækkelse (kapitel 24 b).",
        en: "The impairment results from acquired, progressive mental decline (chapter 24 b).")

    static let notDementia = Condition(.dementiaOrProgressiveDecline, needed: false, .sel("136"),
        da: "Den nedsatte funktionsevne er ikke en følge af erhvervet og fremadskridende mental svækkelse (kapitel 24 a).",
        en: "The impairment does not result from acquired, progressive mental decline (chapter 24 a).")

    static func voluntary(_ stk: Int8) -> Condition {
        Condition(.voluntaryCooperationAttempted, .sel("124", stk: stk),
            da: "Der er forinden gjort, hvad der er muligt for at opnå personens frivillige medvirken.",
            en: "Everything possible was first done to obtain the person's voluntary cooperation.")
    }

    static func leastIntrusive(_ stk: Int8) -> Condition {
        Condition(.lessIntrusiveMeasureSufficient, needed: false, .sel("124", stk: stk),
            da: "Mindre indgribende foranstaltninger, herunder omsorg og pædagogik, er ikke tilstrækkelige.",
            en: "Less intrusive measures, including care and pedagogy, would not suffice.")
    }

    // MARK: The sets

    static let kap24_2013 = GeneralSet([notConsenting("124 a"), notTreatment, impairment("124 a"), documented("124 a"), help("124 a")])
    static let kap24_2020 = kap24_2013
    static let kap24a_2020 = GeneralSet([notConsenting("136"), notTreatment, impairment("136"), documented("136"), help("136"), notDementia])
    static let kap24b_2020 = GeneralSet([notConsenting("136 b"), notTreatment, impairment("136 b"), documented("136 b"), help("136 b"), dementia])
    static let kap24_2025 = GeneralSet([notConsenting("124 a"), notTreatment, impairment("124 a"), documented("124 a"), helpKap24WithAeldrelov])
    static let kap24a_2025 = GeneralSet([notConsenting("136"), notTreatment, impairment("136"), documented("136"), help24abWithAeldrelov("136"), notDementia])
    static let kap24b_2025 = GeneralSet([notConsenting("136 b"), notTreatment, impairment("136 b"), documented("136 b"), help24abWithAeldrelov("136 b"), dementia])

    static let coercive2013 = [voluntary(2), leastIntrusive(3)]
    static let coercive2020 = [voluntary(3), leastIntrusive(4)]

    static let kap24_2013c = GeneralSet(kap24_2013, coercive2013)
    static let kap24_2020c = GeneralSet(kap24_2020, coercive2020)
    static let kap24a_2020c = GeneralSet(kap24a_2020, coercive2020)
    static let kap24b_2020c = GeneralSet(kap24b_2020, coercive2020)
    static let kap24_2025c = GeneralSet(kap24_2025, coercive2020)
    static let kap24a_2025c = GeneralSet(kap24a_2025, coercive2020)
    static let kap24b_2025c = GeneralSet(kap24b_2025, coercive2020)
    static let none = GeneralSet([])

    /// The general conditions of a way in `regime`.
    package static func set(_ scope: GeneralScope, coercive: Bool, in regime: CoercionRegime) -> GeneralSet {
        switch scope {
        case .none: return none
        case .kap24:
            if regime >= .r2025b { return coercive ? kap24_2025c : kap24_2025 }
            if regime >= .r2020 { return coercive ? kap24_2020c : kap24_2020 }
            return coercive ? kap24_2013c : kap24_2013
        case .kap24a:
            if regime >= .r2025b { return coercive ? kap24a_2025c : kap24a_2025 }
            return coercive ? kap24a_2020c : kap24a_2020
        case .kap24b:
            if regime >= .r2025b { return coercive ? kap24b_2025c : kap24b_2025 }
            return coercive ? kap24b_2020c : kap24b_2020
        }
    }
}
