import SocialPolicyKit
import Testing

/// Three-valued facts for enumeration.
let triState: [Bool?] = [true, false, nil]

/// The municipalities eligibility must not depend on: none, Copenhagen (which has a standard in
/// 2013), and two without a day-offer standard.
let municipalities: [(any MunicipalPolicy)?] = [nil, BundledProfiles.kobenhavn, BundledProfiles.gentofte, BundledProfiles.helsingor]

/// A birth date and a date asked about, with whether the person is under folkepensionsalder on
/// that date — worked out by hand from the PL § 1 a table, not from the library.
struct AgeCase: Sendable, CustomStringConvertible {
    let birthDate: CivilDate?
    let asOf: CivilDate
    /// `nil` when the birth date is unknown.
    let under: Bool?
    /// The day the age is reached (hand-computed), when the birth date is known.
    let reached: CivilDate?
    /// Whether the person is 18 or over, as SEL § 2, stk. 1 requires from 2024-01-01
    /// (`true` before that day: no age floor; `nil` when it turns on an unknown birth date).
    var adult: Bool? = true
    var description: String { "born \(birthDate.map(String.init(describing:)) ?? "?") asOf \(asOf)" }
}

let ageCases: [AgeCase] = [
    // Unknown birth date, in and outside the 2013 standard.
    AgeCase(birthDate: nil, asOf: CivilDate(2013, 6, 1), under: nil, reached: nil),
    AgeCase(birthDate: nil, asOf: CivilDate(2019, 6, 1), under: nil, reached: nil),
    // Born 1948-06-15: 65, reached 2013-06-15 (inside 2013).
    AgeCase(birthDate: CivilDate(1948, 6, 15), asOf: CivilDate(2013, 6, 14), under: true, reached: CivilDate(2013, 6, 15)),
    AgeCase(birthDate: CivilDate(1948, 6, 15), asOf: CivilDate(2013, 6, 15), under: false, reached: CivilDate(2013, 6, 15)),
    AgeCase(birthDate: CivilDate(1948, 6, 15), asOf: CivilDate(2013, 6, 16), under: false, reached: CivilDate(2013, 6, 15)),
    // Born 1954-03-31: 65½, reached 2019-09-30 (September has 30 days).
    AgeCase(birthDate: CivilDate(1954, 3, 31), asOf: CivilDate(2019, 9, 29), under: true, reached: CivilDate(2019, 9, 30)),
    AgeCase(birthDate: CivilDate(1954, 3, 31), asOf: CivilDate(2019, 9, 30), under: false, reached: CivilDate(2019, 9, 30)),
    // Born 1963-03-10: 68 under the law from 2015-12-29, reached 2031-03-10.
    AgeCase(birthDate: CivilDate(1963, 3, 10), asOf: CivilDate(2031, 3, 9), under: true, reached: CivilDate(2031, 3, 10)),
    AgeCase(birthDate: CivilDate(1963, 3, 10), asOf: CivilDate(2031, 3, 10), under: false, reached: CivilDate(2031, 3, 10)),
    // Born 1971-01-01: 70 under the law from 2025-12-31, reached 2041-01-01.
    AgeCase(birthDate: CivilDate(1971, 1, 1), asOf: CivilDate(2040, 12, 31), under: true, reached: CivilDate(2041, 1, 1)),
    AgeCase(birthDate: CivilDate(1971, 1, 1), asOf: CivilDate(2041, 1, 1), under: false, reached: CivilDate(2041, 1, 1)),
    // A young adult in 2013 and in 2014 (outside the standard): the law still applies.
    AgeCase(birthDate: CivilDate(1990, 2, 1), asOf: CivilDate(2013, 1, 1), under: true, reached: CivilDate(2057, 2, 1)),
    AgeCase(birthDate: CivilDate(1990, 2, 1), asOf: CivilDate(2014, 1, 1), under: true, reached: CivilDate(2057, 2, 1)),
    // From 2024-01-01 serviceloven is for persons aged 18 or over (SEL § 2, stk. 1, LBK 67/2024).
    AgeCase(birthDate: nil, asOf: CivilDate(2024, 1, 1), under: nil, reached: nil, adult: nil),
    // Born 2006-06-01: 17 on both sides of 2024-01-01 (69 legislated on 2023-12-31 and on 2024-06-01).
    AgeCase(birthDate: CivilDate(2006, 6, 1), asOf: CivilDate(2023, 12, 31), under: true, reached: CivilDate(2075, 6, 1)),
    AgeCase(birthDate: CivilDate(2006, 6, 1), asOf: CivilDate(2024, 1, 1), under: true, reached: CivilDate(2075, 6, 1), adult: false),
    AgeCase(birthDate: CivilDate(2006, 6, 1), asOf: CivilDate(2024, 5, 31), under: true, reached: CivilDate(2075, 6, 1), adult: false),
    AgeCase(birthDate: CivilDate(2006, 6, 1), asOf: CivilDate(2024, 6, 1), under: true, reached: CivilDate(2075, 6, 1)),
]

/// The fail-closed outcome of all-of `conditions`, computed independently of the library.
func expectedOutcome(_ conditions: [Bool?]) -> Outcome {
    if conditions.contains(false) { return .denied }
    if conditions.contains(where: { $0 == nil }) { return .undetermined }
    return .permitted
}

/// Either-or, three-valued.
func either(_ a: Bool?, _ b: Bool?) -> Bool? {
    if a == true || b == true { return true }
    if a == false && b == false { return false }
    return nil
}

@Suite("day-offer.eligibility")
struct EligibilityTests {
    @Test(
        "§ 103 is permitted only when the person is under pension age, in the target group, cannot work on normal terms and cannot use other legislation — on every date, with or without a municipality",
        arguments: ageCases)
    func shelteredEmploymentExhaustive(_ age: AgeCase) throws {
        var count = 0
        for reduced in triState {
            for social in triState {
                for canWork in triState {
                    for other in triState {
                        let facts = DayOfferEligibilityQuestion.Facts(
                            offer: .shelteredEmployment, birthDate: age.birthDate,
                            substantiallyReducedFunction: reduced, specialSocialProblems: social,
                            canWorkOnNormalTerms: canWork, otherLegislationApplies: other)
                        let expected = expectedOutcome([age.adult, age.under, either(reduced, social), canWork.map(!), other.map(!)])
                        for municipality in municipalities {
                            let verdict = try DayOfferEligibilityQuestion.verdict(for: facts, asOf: age.asOf, municipality: municipality)
                            #expect(verdict.outcome == expected, "\(age) \(facts)")
                            #expect(verdict.values.reachesPensionAgeOn == age.reached)
                            #expect(verdict.values.openLegalQuestion == nil)
                            #expect(verdict.obligations.isEmpty)
                            if verdict.outcome == .permitted {
                                #expect(age.adult == true && age.under == true && canWork == false && other == false)
                                #expect(reduced == true || social == true)
                            }
                            if verdict.outcome == .undetermined { #expect(verdict.firstMissingFact != nil) } else {
                                #expect(verdict.firstMissingFact == nil)
                            }
                            count += 1
                        }
                    }
                }
            }
        }
        #expect(count == 81 * municipalities.count)
    }

    @Test("§ 104 needs only substantially reduced function or special social problems — no upper age, no work test — and from 2024-01-01 the age of 18 (SEL § 2, stk. 1)", arguments: ageCases)
    func activityOfferExhaustive(_ age: AgeCase) throws {
        for reduced in triState {
            for social in triState {
                for canWork in triState {
                    for other in triState {
                        let facts = DayOfferEligibilityQuestion.Facts(
                            offer: .activityOffer, birthDate: age.birthDate,
                            substantiallyReducedFunction: reduced, specialSocialProblems: social,
                            canWorkOnNormalTerms: canWork, otherLegislationApplies: other)
                        let expected = expectedOutcome([age.adult, either(reduced, social)])
                        for municipality in municipalities {
                            let verdict = try DayOfferEligibilityQuestion.verdict(for: facts, asOf: age.asOf, municipality: municipality)
                            #expect(verdict.outcome == expected, "\(age) \(facts)")
                            #expect(verdict.values.reachesPensionAgeOn == age.reached)
                            if verdict.outcome == .undetermined { #expect(verdict.firstMissingFact != nil) }
                        }
                    }
                }
            }
        }
    }

    @Test("the explained decision agrees with the verdict and lists missing facts in statute order")
    func decisionMatchesVerdict() throws {
        for age in ageCases {
            for reduced in triState {
                for canWork in triState {
                    let facts = DayOfferEligibilityQuestion.Facts(
                        offer: .shelteredEmployment, birthDate: age.birthDate,
                        substantiallyReducedFunction: reduced, specialSocialProblems: nil,
                        canWorkOnNormalTerms: canWork, otherLegislationApplies: nil)
                    for municipality in municipalities {
                        let verdict = try DayOfferEligibilityQuestion.verdict(for: facts, asOf: age.asOf, municipality: municipality)
                        let decision = try DayOfferEligibilityQuestion.decision(for: facts, asOf: age.asOf, municipality: municipality)
                        #expect(decision.outcome == verdict.outcome)
                        #expect(decision.obligations.map(\.code) == verdict.obligations.map(\.code))
                        if decision.outcome == .undetermined {
                            #expect(decision.missingFacts.first == verdict.firstMissingFact)
                            // Always ends with otherLegislationApplies (unknown here), in statute order.
                            let order = ["birthDate", "substantiallyReducedFunction", "specialSocialProblems", "canWorkOnNormalTerms", "otherLegislationApplies"]
                            let positions = decision.missingFacts.compactMap { order.firstIndex(of: $0) }
                            #expect(positions == positions.sorted())
                            #expect(positions.count == decision.missingFacts.count)
                        } else {
                            #expect(decision.missingFacts.isEmpty)
                        }
                        #expect(decision.citations.contains { $0.matches("SEL § 103") })
                        #expect(decision.citations.contains { $0.matches("PL § 1 a") })
                    }
                }
            }
        }
    }

    @Test("a person one day before pension age may get sheltered employment; on the day, not")
    func pensionAgeBoundary() throws {
        let born = CivilDate(1948, 6, 15)
        func outcome(_ asOf: CivilDate) throws -> Outcome {
            try DayOfferEligibilityQuestion.verdict(
                for: .init(offer: .shelteredEmployment, birthDate: born, substantiallyReducedFunction: true,
                           canWorkOnNormalTerms: false, otherLegislationApplies: false),
                asOf: asOf, municipality: BundledProfiles.kobenhavn).outcome
        }
        #expect(try outcome(CivilDate(2013, 6, 14)) == .permitted)
        #expect(try outcome(CivilDate(2013, 6, 15)) == .denied)
        // § 104 has no age limit.
        let activity = try DayOfferEligibilityQuestion.verdict(
            for: .init(offer: .activityOffer, birthDate: born, substantiallyReducedFunction: true),
            asOf: CivilDate(2013, 6, 15))
        #expect(activity.outcome == .permitted)
    }

    @Test("KK-KS 1.3 is cited only while Copenhagen's standard is in force; the national citations always")
    func standardCitedOnlyIn2013() throws {
        let facts = DayOfferEligibilityQuestion.Facts(
            offer: .shelteredEmployment, birthDate: CivilDate(1980, 1, 1), substantiallyReducedFunction: true,
            canWorkOnNormalTerms: false, otherLegislationApplies: false)
        for (asOf, cited) in [(CivilDate(2013, 1, 1), true), (CivilDate(2013, 12, 31), true), (CivilDate(2014, 1, 1), false)] {
            let decision = try DayOfferEligibilityQuestion.decision(for: facts, asOf: asOf, municipality: BundledProfiles.kobenhavn)
            #expect(decision.outcome == .permitted)
            #expect(decision.citations.contains { $0.matches("KK-KS 1.3") } == cited)
            #expect(decision.citations.contains { $0.matches("SEL § 103, stk. 1") })
        }
        let national = try DayOfferEligibilityQuestion.decision(for: facts, asOf: CivilDate(2013, 5, 1))
        #expect(national.outcome == .permitted)
        #expect(!national.citations.contains { $0.matches("KK-KS 1.3") })
    }

    @Test("a birth date after asOf is never treated as under pension age (fail closed)")
    func futureBirthDate() throws {
        let verdict = try DayOfferEligibilityQuestion.verdict(
            for: .init(offer: .shelteredEmployment, birthDate: CivilDate(2014, 1, 1), substantiallyReducedFunction: true,
                       canWorkOnNormalTerms: false, otherLegislationApplies: false),
            asOf: CivilDate(2013, 6, 1))
        #expect(verdict.outcome == .undetermined)
        #expect(verdict.firstMissingFact == "birthDate")
    }

    @Test("a host's own record adopts the facts protocol and gets the same verdict")
    func hostProtocol() throws {
        struct Citizen: DayOfferEligibilityFactsProviding {
            var offer: DayOffer { .activityOffer }
            var specialSocialProblems: Bool? { true }
        }
        let verdict = try DayOfferEligibilityQuestion.verdict(for: .init(Citizen()), asOf: CivilDate(2013, 3, 1))
        #expect(verdict.outcome == .permitted)
    }

    @Test("the rule set catalogue is gap-free, starts by 2013-01-01 and is open-ended")
    func ruleSets() {
        #expect(DayOfferRules.eligibilityRuleSets.validationProblems().isEmpty)
        #expect(DayOfferRules.standardRuleSets.validationProblems().isEmpty)
        // The versions change where the pension-age acts took effect, and on 2024-01-01 (SEL § 2:
        // 18 or over).
        for version in DayOfferRules.eligibilityRuleSets.versions.dropFirst() {
            #expect(
                PensionAge.ruleSets.versions.contains { $0.validFrom == version.validFrom }
                    || version.validFrom == DayOfferRules.adultsOnlyDay)
        }
    }

    @Test("the requirement tables cite the provisions they come from")
    func requirementTables() {
        for requirement in DayOfferEligibilityQuestion.Rules.shelteredEmployment {
            #expect(requirement.citation == DayOfferRules.sel103)
            #expect(DayOfferEligibilityQuestion.factSpecs.contains { $0.name == requirement.fact })
        }
        for requirement in DayOfferEligibilityQuestion.Rules.activityOffer {
            #expect(requirement.citation == DayOfferRules.sel104)
        }
    }
}
