@testable import SocialPolicyFictionalMunicipality
import SocialPolicyKit
import Testing

@Suite("influence.involvement — SMB-BI 2.2.1–2.2.6")
struct InvolvementTests {
    static var bools: [WritableKeyPath<InvolvementQuestion.Facts, Bool?>] { [
        \.planMadeWithCitizen, \.citizenPerspectiveDocumented, \.citizenSetsGoals, \.informedOfEssentialAspects,
        \.entitlementsElsewhereChecked, \.treatmentPlanExists, \.treatmentPlanCoordinatedWithActionPlan,
        \.informedOfRepresentationRight, \.decisionProcessExplained, \.confidentialityExplained, \.childrenUnder18InHome,
        \.informedOfNotificationDuty,
    ] }

    static func allMet() -> InvolvementQuestion.Facts {
        var f = InvolvementQuestion.Facts()
        for path in bools { f[keyPath: path] = true }
        f.lastInvolvementCheckOn = CivilDate(2024, 5, 1)
        return f
    }

    /// A lawyer's reading of the checklist, independent of the code: the shortfalls and whether a point is unknown.
    static func expected(_ f: InvolvementQuestion.Facts, asOf: CivilDate) -> (InvolvementShortfalls, Bool) {
        var s = InvolvementShortfalls()
        var unknown = false
        func point(_ met: Bool?, _ shortfall: InvolvementShortfalls) {
            if met == false { s.insert(shortfall) }
            if met == nil { unknown = true }
        }
        point(f.planMadeWithCitizen, .planNotMadeWithCitizen)
        point(f.citizenPerspectiveDocumented, .perspectiveNotDocumented)
        point(f.citizenSetsGoals, .goalsNotSetWithCitizen)
        point(f.informedOfEssentialAspects, .notInformedOfEssentialAspects)
        point(f.entitlementsElsewhereChecked, .entitlementsElsewhereNotChecked)
        point(f.treatmentPlanExists, .noTreatmentPlan)
        if f.treatmentPlanExists != false { point(f.treatmentPlanCoordinatedWithActionPlan, .treatmentPlanNotCoordinated) }
        point(f.informedOfRepresentationRight, .representationRightNotExplained)
        point(f.decisionProcessExplained, .decisionProcessNotExplained)
        point(f.confidentialityExplained, .confidentialityNotExplained)
        let notification: Bool? =
            f.childrenUnder18InHome == false || f.informedOfNotificationDuty == true
            ? true : (f.childrenUnder18InHome == true && f.informedOfNotificationDuty == false ? false : nil)
        point(notification, .notificationDutyNotExplained)
        let check: Bool? = f.lastInvolvementCheckOn.flatMap { $0 <= asOf ? asOf <= $0.adding(years: 1) : nil }
        point(check, .involvementNotChecked)
        return (s, unknown)
    }

    @Test("every combination of known and unknown points: compliant only when all are met, one shortfall per unmet point")
    func exhaustive() throws {
        let asOf = CivilDate(2024, 6, 1)
        var count = 0
        // Each of the twelve points true, false or unknown (3^12 = 531,441) with a recorded check.
        var f = InvolvementQuestion.Facts()
        f.lastInvolvementCheckOn = CivilDate(2024, 5, 1)
        for code in 0..<531_441 {
            var rest = code
            for path in Self.bools {
                f[keyPath: path] = threeValued[rest % 3]
                rest /= 3
            }
            let v = try InvolvementQuestion.verdict(for: f, asOf: asOf)
            let (shortfalls, unknown) = Self.expected(f, asOf: asOf)
            #expect(v.values.shortfalls == shortfalls)
            #expect(v.outcome == (unknown ? .undetermined : .determined))
            #expect(v.values.compliant == (shortfalls.isEmpty ? (unknown ? nil : true) : false))
            if unknown { #expect(v.firstMissingFact != nil) }
            #expect(!v.obligations.overflowed)
            count += 1
        }
        #expect(count == 531_441)
    }

    @Test("a check more than a year old is not regular: involvement-not-checked from the day after the anniversary")
    func staleCheck() throws {
        var f = Self.allMet()
        f.lastInvolvementCheckOn = CivilDate(2023, 6, 1)
        #expect(try InvolvementQuestion.verdict(for: f, asOf: CivilDate(2024, 6, 1)).values.compliant == true)
        let late = try InvolvementQuestion.verdict(for: f, asOf: CivilDate(2024, 6, 2))
        #expect(late.values.shortfalls == .involvementNotChecked)
        #expect(late.obligations.contains(ObligationCode("ask-about-involvement")))
    }

    @Test("an unrecorded or future involvement check is never counted as met")
    func involvementCheck() throws {
        var f = Self.allMet()
        f.lastInvolvementCheckOn = nil
        let missing = try InvolvementQuestion.decision(for: f, asOf: CivilDate(2024, 6, 1))
        #expect(missing.outcome == .undetermined)
        #expect(missing.missingFacts == ["lastInvolvementCheckOn"])
        f.lastInvolvementCheckOn = CivilDate(2024, 6, 2)
        #expect(try InvolvementQuestion.verdict(for: f, asOf: CivilDate(2024, 6, 1)).outcome == .undetermined)
        f.lastInvolvementCheckOn = CivilDate(2024, 6, 1)
        let today = try InvolvementQuestion.verdict(for: f, asOf: CivilDate(2024, 6, 1))
        #expect(today.values.compliant == true)
        #expect(today.values.daysSinceInvolvementCheck == 0)
    }

    @Test("the notification duty is SEL § 153 to 31 December 2023 and BL § 133 from 1 January 2024")
    func notificationDutyByDate() throws {
        var f = Self.allMet()
        f.informedOfNotificationDuty = false
        for (day, section) in [(CivilDate(2023, 12, 31), "SEL § 153"), (CivilDate(2024, 1, 1), "BL § 133")] {
            f.lastInvolvementCheckOn = CivilDate(2023, 12, 1)
            let d = try InvolvementQuestion.decision(for: f, asOf: day)
            #expect(d.value("shortfalls") == .array([.string("notification-duty-not-explained")]))
            #expect(d.citations.contains { $0.matches(section) })
            #expect(d.obligations.first { $0.code == ObligationCode("explain-notification-duty") }?.citation.description == section)
        }
    }

    @Test("without children under 18 at home, the notification duty need not be explained")
    func noChildrenNoDuty() throws {
        var f = Self.allMet()
        f.childrenUnder18InHome = false
        f.informedOfNotificationDuty = nil
        let v = try InvolvementQuestion.verdict(for: f, asOf: CivilDate(2024, 6, 1))
        #expect(v.outcome == .determined)
        #expect(v.values.compliant == true)
    }

    @Test("at most seven obligations, one per SMB-BI point and one for the notification duty, when everything fails")
    func maximumObligations() throws {
        var f = InvolvementQuestion.Facts()
        for path in Self.bools { f[keyPath: path] = false }
        f.childrenUnder18InHome = true
        f.treatmentPlanExists = true
        f.lastInvolvementCheckOn = CivilDate(2023, 5, 31)
        let v = try InvolvementQuestion.verdict(for: f, asOf: CivilDate(2024, 6, 1))
        #expect(v.values.shortfalls.codes.count == 11)
        #expect(v.obligations.count == 7)
        #expect(!v.obligations.overflowed)
        let d = try InvolvementQuestion.decision(for: f, asOf: CivilDate(2024, 6, 1))
        #expect(d.obligations.map(\.code) == v.obligations.map(\.code))
        #expect(InvolvementShortfalls.Point.allCases.count == 7)
    }
}

@Suite("influence.action-plan — SEL § 141")
struct ActionPlanTests {
    @Test("must offer only to a person under pension age who receives help and is in a stk. 2 target group")
    func exhaustive() throws {
        let asOf = CivilDate(2025, 1, 1)
        let births: [CivilDate?] = [CivilDate(1975, 4, 1), CivilDate(1950, 1, 1), nil]
        for receives in threeValued {
            for birth in births {
                for reduced in threeValued {
                    for serious in threeValued {
                        let facts = ActionPlanQuestion.Facts(
                            receivesHelpUnderSEL: receives, birthDate: birth, substantiallyReducedFunction: reduced, seriousSocialProblems: serious)
                        let v = try ActionPlanQuestion.verdict(for: facts, asOf: asOf)
                        let under: Bool? = birth.map { PensionAge.isUnderPensionAge(bornOn: $0, on: asOf) }
                        let inScope: Bool? = receives == false || under == false ? false : (receives == true && under == true ? true : nil)
                        let group: Bool? = reduced == true || serious == true ? true : (reduced == false && serious == false ? false : nil)
                        let must: Bool? = inScope == false || group == false ? false : (inScope == true && group == true ? true : nil)
                        #expect(v.values.mayOffer == inScope)
                        #expect(v.values.mustOffer == must)
                        #expect(v.obligations.contains(ObligationCode("offer-action-plan")) == (must == true))
                        #expect(v.obligations.contains(ObligationCode("assess-action-plan")) == (inScope == true && must == false))
                        #expect(v.outcome == (must == nil || inScope == nil ? .undetermined : .determined))
                        if v.outcome == .undetermined { #expect(v.firstMissingFact != nil) }
                    }
                }
            }
        }
    }

    @Test("a birth date after the day asked about is never used: the answer waits for a real one")
    func futureBirthDate() throws {
        let v = try ActionPlanQuestion.verdict(
            for: .init(receivesHelpUnderSEL: true, birthDate: CivilDate(2030, 1, 1), substantiallyReducedFunction: true), asOf: CivilDate(2025, 1, 1))
        #expect(v.outcome == .undetermined)
        #expect(v.firstMissingFact == "birthDate")
        #expect(v.values.mustOffer == nil)
    }

    @Test("the duty ends on the day the citizen reaches folkepensionsalderen, as legislated on the day asked about")
    func pensionAgeBoundary() throws {
        let born = CivilDate(1958, 3, 15)  // 67 under the 2011 act: reached 2025-03-15
        let facts = ActionPlanQuestion.Facts(receivesHelpUnderSEL: true, birthDate: born, substantiallyReducedFunction: true)
        let before = try ActionPlanQuestion.verdict(for: facts, asOf: CivilDate(2025, 3, 14))
        let on = try ActionPlanQuestion.verdict(for: facts, asOf: CivilDate(2025, 3, 15))
        #expect(before.values.mustOffer == true)
        #expect(on.values.mustOffer == false)
        #expect(on.values.mayOffer == false)
        #expect(on.values.reachesPensionAgeOn == CivilDate(2025, 3, 15))
    }
}

@Suite("A host's own municipality: Eksempelby Kommune")
struct FictionalMunicipalityTests {
    @Test("a host's profile written in a few dozen lines is valid and answers every question that needs a municipality")
    func eksempelby() throws {
        let eksempelby = EksempelbyKommune()
        #expect(InfluenceProfileValidator.problems(eksempelby).isEmpty)
        let meals = try InfluenceMatterQuestion.verdict(for: .init(matter: .mealPlans, setting: .botilbud), asOf: CivilDate(2024, 3, 1), municipality: eksempelby)
        #expect(meals.outcome == .determined)
        #expect(meals.values.degree == .userSteering)
        let capacity = try InfluenceMatterQuestion.verdict(for: .init(matter: .capacityAndBudget, setting: .botilbud), asOf: CivilDate(2024, 3, 1), municipality: eksempelby)
        #expect(capacity.values.mustBeStatedOpenly == true)
        let council = try CouncilQuestion.decision(
            for: .init(offerHasCouncil: true, meetingsLast12Months: 4, lastElectionOn: CivilDate(2023, 9, 1), minutesPublished: true, influenceFrameWritten: true),
            asOf: CivilDate(2024, 11, 1), municipality: eksempelby)
        #expect(council.value("shortfalls") == .array([.string("too-few-meetings"), .string("election-overdue")]))
        #expect(council.citations.contains { $0.matches("EKS-BI 2.2") })
        #expect(council.value("relativesMayRepresentUsers") == .bool(true))
        // Before its policy took effect, the host's profile is not applied.
        let early = try InfluenceMatterQuestion.verdict(for: .init(matter: .mealPlans, setting: .botilbud), asOf: CivilDate(2021, 12, 31), municipality: eksempelby)
        #expect(early.outcome == .undetermined)
        #expect(early.values.openLegalQuestion == .localPolicyNotInForce)
    }

    @Test("a host's profile works through the JSON catalogue when the host adds it")
    func throughTheCatalogue() throws {
        let catalogue = PolicyCatalogue(questions: PolicyCatalogue.standard.questions, municipalities: [EksempelbyKommune()])
        let json = #"{"question": "influence.matter", "asOf": "2024-03-01", "municipality": "eksempelby", "facts": {"matter": "staff-hiring", "setting": "activity-offer"}}"#
        let d = try catalogue.evaluate(json: Array(json.utf8))
        #expect(d.value("forum") == .string("hiring-committee"))
    }
}
