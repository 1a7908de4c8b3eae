import SocialPolicyCoercion
import SocialPolicyCore
import SocialPolicyKit
import Testing

// One test per point of `primary-texts-2026.md` §1.10 and §7.4 that the library had wrong, each
// named after the point and the instrument it rests on. Each can fail: it states what the text
// says on both sides of the boundary it draws.

func decide(_ facts: Facts, _ asOf: CivilDate) throws -> Decision {
    try CoercionQuestion.decision(for: facts, asOf: asOf)
}

func string(_ decision: Decision, _ key: String) -> String? {
    switch decision.value(key) {
    case .string(let text)?: return text
    case .int(let number)?: return "\(number)"
    case .date(let date)?: return "\(date)"
    case nil: return nil
    case let other?: return "\(other)"
    }
}

func cites(_ decision: Decision, _ text: String) -> Bool {
    decision.citations.contains { $0.description == text || $0.description.hasPrefix(text + ",") }
}

func due(_ decision: Decision, _ code: String) -> CivilDate?? {
    decision.obligations.first { $0.code == ObligationCode(code) }.map { $0.due }
}

/// A § 129 admission with every condition of stk. 1 met and a decision of `date`.
func admission(_ date: CivilDate) -> Facts {
    var facts = generalMet(.admissionWithoutConsent)
    facts.moveAbsolutelyNecessaryForHelp = true
    facts.helpImpossibleInCurrentHome = true
    facts.cannotOverseeConsequences = true
    facts.exposesSelfToSeriousInjury = true
    facts.irresponsibleNotToMove = true
    facts.vacantPlaceAvailable = true
    facts.hasDecision = true
    facts.decisionDate = date
    return facts
}

/// A § 129 a admission with its conditions met and a decision of `date`.
func dangerAdmission(_ date: CivilDate, mentalIllness: Bool? = true) -> Facts {
    var facts = generalMet(.admissionDangerToOthers)
    facts.impairmentFromMentalIllness = mentalIllness
    facts.dangerToResidentsOrStaff = true
    facts.irresponsibleForOthersSafety = true
    facts.absolutelyNecessary = true
    facts.newPlaceBetterSuited = true
    facts.hasDecision = true
    facts.decisionDate = date
    return facts
}

/// A belt to prevent falls with its conditions met and a decision of `date`.
func belt(_ date: CivilDate) -> Facts {
    var facts = generalMet(.restraintBelt)
    facts.purposeIsFallPreventionOnly = true
    facts.beltPurpose = .fall
    facts.imminentRiskOfSeriousInjury = true
    facts.imminentRiskOfInjury = true
    facts.absolutelyNecessary = true
    facts.hasDecision = true
    facts.decisionDate = date
    return facts
}

@Suite("Coercion: the points primary-texts §1.10 and §7.4 found wrong, each against its instrument")
struct CoercionCorrectionTests {
    @Test("1.10.1 § 129 decided by det sociale nævn to 2013-06-30, statsforvaltningen from 2013-07-01 (LBK 810/2012 § 129 stk. 1; BEK 716/2013)")
    func section129DeciderBefore2013July() throws {
        let before = try decide(admission(CivilDate(2013, 6, 1)), CivilDate(2013, 6, 30))
        #expect(before.outcome == .permitted)
        #expect(string(before, "decidedBy") == "social-board")
        let after = try decide(admission(CivilDate(2013, 7, 1)), CivilDate(2013, 7, 1))
        #expect(string(after, "decidedBy") == "state-administration")
    }

    @Test("1.10.2 § 129 a: no basis before LOV 661/2017 (2017-06-08), open to 2017-12-31, applied from 2018-01-01 (BEK 1231/2017)")
    func section129aStartLOV661of2017() throws {
        #expect(try decide(dangerAdmission(CivilDate(2017, 6, 1)), CivilDate(2017, 6, 7)).outcome == .denied)
        let window = try decide(dangerAdmission(CivilDate(2017, 6, 8)), CivilDate(2017, 12, 31))
        #expect(window.outcome == .undetermined)
        #expect(string(window, "openLegalQuestion") == "section-129a-start")
        let applied = try decide(dangerAdmission(CivilDate(2018, 1, 1)), CivilDate(2018, 1, 1))
        #expect(applied.outcome == .permitted)
        #expect(string(applied, "decidedBy") == "state-administration")
        let frh = try decide(dangerAdmission(CivilDate(2019, 4, 1)), CivilDate(2019, 4, 1))
        #expect(string(frh, "decidedBy") == "family-court-house")
    }

    @Test("1.10.3 § 129 a: som følge af en sindslidelse required to 2024-06-30, deleted from 2024-07-01 (LOV 680/2024; LBK 909/2024 § 129 a)")
    func mentalIllnessDeletedLOV680of2024() throws {
        #expect(try decide(dangerAdmission(CivilDate(2024, 6, 1), mentalIllness: false), CivilDate(2024, 6, 30)).outcome == .denied)
        #expect(try decide(dangerAdmission(CivilDate(2024, 7, 1), mentalIllness: false), CivilDate(2024, 7, 1)).outcome == .permitted)
        #expect(try decide(dangerAdmission(CivilDate(2024, 7, 1), mentalIllness: nil), CivilDate(2024, 7, 1)).outcome == .permitted)
    }

    @Test("1.10.4 § 127 reassessed within 8 months, not 3 (BEK 1140/2016 § 8 stk. 1)")
    func section127ReassessEightMonthsBEK1140of2016() throws {
        var facts = generalMet(.retainInHome)
        facts.riskArisesFromLeaving = true
        facts.imminentRiskOfSeriousInjury = true
        facts.absolutelyNecessary = true
        facts.otherMeasuresTriedInVain = true
        facts.hasDecision = true
        facts.decisionDate = CivilDate(2017, 1, 10)
        let decision = try decide(facts, CivilDate(2017, 5, 1))
        #expect(decision.outcome == .permitted)
        #expect(due(decision, "reassess-decision") == .some(CivilDate(2017, 9, 10)))
    }

    @Test("1.10.5 § 128 before 2024-07-01: no maximum, reassessment within 18 months of KB's latest decision (BEK 1239/2019 § 4 stk. 1; BEK 226/2019 § 8 stk. 2)")
    func beltNoMaximumBEK1239of2019() throws {
        let seven = try decide(belt(CivilDate(2021, 1, 1)), CivilDate(2021, 9, 1))
        #expect(seven.outcome == .permitted)
        #expect(seven.value("maxDurationMonths") == nil)
        #expect(due(seven, "reassess-decision") == .some(CivilDate(2022, 7, 1)))
        // Past 18 months without a reassessment: open, asking for it.
        let late = try decide(belt(CivilDate(2016, 1, 1)), CivilDate(2017, 8, 1))
        #expect(late.outcome == .undetermined)
        #expect(late.missingFacts.contains("lastReassessedOn"))
        var reassessed = belt(CivilDate(2016, 1, 1))
        reassessed.lastReassessedOn = CivilDate(2017, 5, 1)
        #expect(try decide(reassessed, CivilDate(2017, 8, 1)).outcome == .permitted)
    }

    @Test("1.10.6 otherMeasuresTriedInVain is no condition of § 128 (LBK 1284/2015 § 128)")
    func otherMeasuresNotInSection128LBK1284of2015() throws {
        var facts = belt(CivilDate(2016, 1, 20))
        facts.otherMeasuresTriedInVain = false
        #expect(try decide(facts, CivilDate(2016, 3, 10)).outcome == .permitted)
    }

    @Test("1.10.7 § 128 from 2024-07-01 is answered, up to 18 months (LBK 909/2024 § 128; BEK 839/2024 § 4)")
    func beltFrom2024BEK839of2024() throws {
        let decision = try decide(belt(CivilDate(2024, 7, 1)), CivilDate(2024, 7, 1))
        #expect(decision.outcome == .permitted)
        #expect(decision.value("maxDurationMonths") == .int(18))
        #expect(try decide(belt(CivilDate(2024, 7, 1)), CivilDate(2025, 12, 31)).outcome == .permitted)
        #expect(try decide(belt(CivilDate(2024, 7, 1)), CivilDate(2026, 1, 1)).outcome == .denied)
        // stk. 2: a belt for the sitting position needs the person not to object.
        var sitting = belt(CivilDate(2024, 8, 1))
        sitting.beltPurpose = .sittingPosition
        sitting.purposeIsFallPreventionOnly = false
        #expect(try decide(sitting, CivilDate(2024, 9, 1)).outcome == .denied)
        sitting.consent = .unable
        #expect(try decide(sitting, CivilDate(2024, 9, 1)).outcome == .permitted)
    }

    @Test("1.10.8 § 126 a: 3 months, extendable to 6 in all (BEK 392/2014 § 4 stk. 4)")
    func hygieneExtendableBEK392of2014() throws {
        var facts = generalMet(.hygieneHold)
        facts.hygieneSituation = .toothBrushing
        facts.absolutelyNecessary = true
        facts.hasDecision = true
        facts.decisionDate = CivilDate(2014, 12, 1)
        #expect(try decide(facts, CivilDate(2015, 2, 28)).outcome == .permitted)
        #expect(try decide(facts, CivilDate(2015, 3, 1)).outcome == .undetermined)
        facts.decisionExtended = true
        #expect(try decide(facts, CivilDate(2015, 5, 31)).outcome == .permitted)
        #expect(try decide(facts, CivilDate(2015, 6, 1)).outcome == .denied)
        facts.decisionExtended = false
        #expect(try decide(facts, CivilDate(2015, 3, 1)).outcome == .denied)
    }

    @Test("1.10.9 § 125 in 2020–2024-06-30: door openers in stk. 1 nr. 1–3, outer doors only (LBK 1287/2020 § 125)")
    func doorOpenerLayoutLBK1287of2020() throws {
        var facts = generalMet(.specialDoorOpener)
        facts.imminentRiskOfSeriousInjury = true
        facts.riskArisesFromLeaving = true
        facts.absolutelyNecessary = true
        facts.otherMeasuresTriedInVain = true
        facts.doorOpenerPlace = .outerDoor
        facts.hasDecision = true
        facts.decisionDate = CivilDate(2022, 1, 1)
        let decision = try decide(facts, CivilDate(2022, 6, 1))
        #expect(decision.outcome == .permitted)
        #expect(cites(decision, "SEL § 125, stk. 1, nr. 3"))
        #expect(!cites(decision, "SEL § 125, stk. 2, nr. 3"))
        facts.doorOpenerPlace = .unitDoor
        #expect(try decide(facts, CivilDate(2022, 6, 1)).outcome == .denied)
        facts.decisionDate = CivilDate(2024, 7, 1)
        #expect(try decide(facts, CivilDate(2024, 8, 1)).outcome == .permitted)  // stk. 1 nr. 2 from 2024-07-01
    }

    @Test("1.10.10 door-opener decisions: valid 12 months from 2020 (BEK 1239/2019 § 3 stk. 1), reassessed within 8 months to 2019 (BEK 226/2019 § 8 stk. 1)")
    func doorOpenerDurationBEK1239of2019() throws {
        var facts = generalMet(.specialDoorOpener)
        facts.imminentRiskOfSeriousInjury = true
        facts.riskArisesFromLeaving = true
        facts.absolutelyNecessary = true
        facts.otherMeasuresTriedInVain = true
        facts.doorOpenerPlace = .outerDoor
        facts.hasDecision = true
        facts.decisionDate = CivilDate(2021, 3, 1)
        #expect(try decide(facts, CivilDate(2022, 2, 28)).outcome == .permitted)
        #expect(try decide(facts, CivilDate(2022, 3, 1)).outcome == .denied)
        facts.decisionDate = CivilDate(2019, 5, 1)
        let old = try decide(facts, CivilDate(2019, 6, 1))
        #expect(due(old, "reassess-decision") == .some(CivilDate(2020, 1, 1)))
    }

    @Test("1.10.11 the welfare-technology list applies from 2020-01-01 (BEK 1412/2019; BEK 1239/2019 § 5 stk. 3)")
    func welfareListFrom2020BEK1412of2019() throws {
        var facts = generalMet(.welfareTechnology)
        facts.riskOfPersonalInjury = true
        facts.absolutelyNecessary = true
        facts.hasDecision = true
        facts.decisionDate = CivilDate(2020, 3, 1)
        facts.welfareTechnologyKind = .other
        #expect(try decide(facts, CivilDate(2020, 6, 1)).outcome == .denied)
        facts.welfareTechnologyKind = .localisationTracking
        facts.technologyOnApprovedList = true
        #expect(try decide(facts, CivilDate(2020, 6, 1)).outcome == .permitted)
    }

    @Test("1.10.12 § 128 b is cited stk. 2 from 2024-07-01, not from 2025 (BEK 839/2024 § 1 stk. 2 nr. 5)")
    func welfareStk2BEK839of2024() throws {
        var facts = generalMet(.welfareTechnology)
        facts.riskOfPersonalInjury = true
        facts.absolutelyNecessary = true
        facts.technologyOnApprovedList = true
        facts.welfareTechnologyKind = .fallAlarm
        facts.hasDecision = true
        facts.decisionDate = CivilDate(2024, 3, 1)
        #expect(string(try decide(facts, CivilDate(2024, 6, 30)), "section") == "SEL § 128 b")
        facts.decisionDate = CivilDate(2024, 7, 1)
        #expect(string(try decide(facts, CivilDate(2024, 7, 1)), "section") == "SEL § 128 b, stk. 2")
    }

    @Test("1.10.13 § 136 d applied to 2024-12-31, repealed from 2025-01-01 (LOV 680/2024 § 5 stk. 3; BEK 839/2024 § 1 stk. 2 nr. 2)")
    func section136dUntil2024LOV680of2024() throws {
        var facts = generalMet(.holdOrMove)
        facts.dementiaOrProgressiveDecline = true
        facts.absolutelyNecessary = true
        facts.severelyTransgressiveBehaviour = true
        facts.transgressiveOrConflictBehaviour = true
        let december = try decide(facts, CivilDate(2024, 12, 31))
        #expect(december.outcome == .permitted)
        #expect(cites(december, "SEL § 136 d"))
        let january = try decide(facts, CivilDate(2025, 1, 1))
        #expect(january.outcome == .permitted)
        #expect(!cites(january, "SEL § 136 d"))
        #expect(string(january, "section")?.hasPrefix("SEL § 124 d, stk. 2") == true)
    }

    @Test("1.10.14 § 136 a stk. 1 permitted on its 8-item list; § 136 e use without objection is not coercion (LBK 1287/2020; BEK 1239/2019 §§ 5, 7)")
    func section136aAnd136eLBK1287of2020() throws {
        var hygiene = generalMet(.hygieneHold)
        hygiene.dementiaOrProgressiveDecline = false
        hygiene.hygieneSituation = .woundCare
        hygiene.absolutelyNecessary = true
        hygiene.hasDecision = false
        let held = try decide(hygiene, CivilDate(2022, 2, 1))
        #expect(held.outcome == .permitted)
        #expect(string(held, "section") == "SEL § 136 a, stk. 1")
        hygiene.hygieneSituation = .other
        #expect(try decide(hygiene, CivilDate(2022, 2, 1)).outcome == .denied)

        var alarm = generalMet(.alarmTracking)
        alarm.consent = .unable
        alarm.dementiaOrProgressiveDecline = true
        alarm.technologyOnApprovedList = true
        alarm.welfareTechnologyKind = .localisationTracking
        alarm.representativeObjects = false
        let decision = try decide(alarm, CivilDate(2021, 4, 1))
        #expect(decision.outcome == .notApplicable)
        #expect(string(decision, "reason") == "dementia-welfare-technology-without-objection")
    }

    @Test("1.10.15 no § 129 b: § 124 a reads §§ 124 b–129 a (LBK 1129/2025)")
    func noSection129bLBK1129of2025() throws {
        for intervention in Intervention.allCases {
            let decision = try decide(generalMet(intervention), CivilDate(2026, 1, 5))
            #expect(!decision.citations.contains { $0.section == "129 b" })
        }
    }

    @Test("1.10.16 the guardian route is only for the dementia group who do not object (LBK 1114/2018 § 129 stk. 2; LBK 1287/2020 § 136 f)")
    func guardianRouteDementiaOnlyLBK1287of2020() throws {
        var facts = generalMet(.admissionWithoutConsent)
        facts.consent = .unable
        facts.hasGuardian = true
        facts.representative = .guardian
        facts.guardianConsents = true
        facts.representativeAgrees = true
        facts.serviceBotilbudRequiredForHelp = true
        facts.mostAppropriateForCare = true
        facts.moveAbsolutelyNecessaryForHelp = false
        facts.alreadyResidentInSuchBotilbud = false
        facts.hasDecision = true
        facts.decisionDate = CivilDate(2021, 9, 1)
        facts.dementiaOrProgressiveDecline = true
        let dementia = try decide(facts, CivilDate(2021, 10, 1))
        #expect(dementia.outcome == .permitted)
        #expect(string(dementia, "decidedBy") == "municipal-council")
        facts.dementiaOrProgressiveDecline = false
        #expect(try decide(facts, CivilDate(2021, 10, 1)).outcome == .denied)
        facts.dementiaOrProgressiveDecline = true
        facts.consent = .refuses
        #expect(try decide(facts, CivilDate(2021, 10, 1)).outcome == .denied)
    }

    @Test("1.10.17 egen interesse moves to § 129 stk. 4 on 2017-10-01 (LOV 1543/2016 § 1 nr. 4; BEK 1061/2017)")
    func egenInteresseStk4LOV1543of2016() throws {
        var facts = generalMet(.admissionWithoutConsent)
        facts.consent = .unable
        facts.alreadyResidentInSuchBotilbud = true
        facts.equivalentHomeInOwnInterest = true
        facts.moveAbsolutelyNecessaryForHelp = false
        facts.hasDecision = true
        facts.decisionDate = CivilDate(2017, 9, 1)
        let before = try decide(facts, CivilDate(2017, 9, 30))
        #expect(before.outcome == .permitted)
        #expect(string(before, "section") == "SEL § 129, stk. 3")
        facts.decisionDate = CivilDate(2017, 10, 1)
        #expect(string(try decide(facts, CivilDate(2017, 10, 1)), "section") == "SEL § 129, stk. 4")
        facts.decisionDate = CivilDate(2020, 1, 1)
        #expect(string(try decide(facts, CivilDate(2020, 1, 1)), "section") == "SEL § 129, stk. 2")
    }

    @Test("1.10.18 visit restrictions are not tied to the § 124 a group and are addressed to the visitor (LOV 627/2011; LBK 170/2022 §§ 137 a–137 d)")
    func visitRestrictionLBK170of2022() throws {
        var facts = Facts(intervention: .visitRestriction)
        facts.significantPermanentImpairment = false
        facts.housingWithStaffAndCommonAreas = true
        facts.restrictedArea = .commonAreas
        facts.visitorBehaviour = .harassment
        facts.absolutelyNecessary = true
        facts.milderStepsTowardsVisitorTried = true
        facts.decisionStatesScopeAndDuration = true
        facts.hasDecision = true
        facts.decisionDate = CivilDate(2022, 1, 3)
        let decision = try decide(facts, CivilDate(2022, 1, 10))
        #expect(decision.outcome == .permitted)
        #expect(decision.obligations.contains { $0.code == ObligationCode("address-visitor-and-resident") })
        facts.housingWithStaffAndCommonAreas = false
        #expect(try decide(facts, CivilDate(2022, 1, 10)).outcome == .denied)
    }

    @Test("1.10.20 register-intervention carries its due date: the day after to 2019, 3 days from 2020 (BEK 1140/2016 §§ 10–12; BEK 1239/2019 §§ 16, 18)")
    func reportingDeadlinesBEK1239of2019() throws {
        var facts = generalMet(.holdOrMove)
        facts.imminentRiskOfSeriousInjury = true
        facts.absolutelyNecessary = true
        facts.dangerousBehaviour = true
        facts.actDate = CivilDate(2016, 3, 10)
        let old = try decide(facts, CivilDate(2016, 3, 10))
        #expect(old.outcome == .permitted)
        #expect(due(old, "register-intervention") == .some(CivilDate(2016, 3, 11)))
        #expect(old.obligations.contains { $0.code == ObligationCode("report-intervention") })
        facts.actDate = CivilDate(2022, 3, 10)
        let new = try decide(facts, CivilDate(2022, 3, 10))
        #expect(new.outcome == .permitted)
        #expect(due(new, "register-intervention") == .some(CivilDate(2022, 3, 13)))
    }

    @Test("1.10.21 § 125 stk. 2, 3. pkt.: an alarm for the dementia group after an objection may be tidsubegrænset (LBK 1284/2015 § 125 stk. 2)")
    func alarmUnlimitedLBK1284of2015() throws {
        var facts = generalMet(.alarmTracking)
        facts.dementiaOrProgressiveDecline = true
        facts.riskOfPersonalInjury = true
        facts.riskArisesFromLeaving = true
        facts.absolutelyNecessary = true
        facts.hasDecision = true
        facts.decisionDate = CivilDate(2015, 1, 5)
        facts.decisionUnlimited = true
        facts.lastReassessedOn = CivilDate(2016, 1, 4)  // the 8-month reassessment still applies (BEK 392/2014 § 8 stk. 1)
        let decision = try decide(facts, CivilDate(2016, 6, 1))
        #expect(decision.outcome == .permitted)
        #expect(string(decision, "durationKind") == "unlimited")
    }

    @Test("1.10.23 L 188 is LOV 680 af 11/06/2024 and L 206 is LOV 661 af 08/06/2017 in the instruments (retsinformation lta/2024/680, lta/2017/661)")
    func actNumbersLOV680of2024() throws {
        let r2024 = try CoercionQuestion.ruleSets.version(on: CivilDate(2024, 9, 1))
        #expect(r2024.instruments.contains { $0.number == 680 && $0.issued == CivilDate(2024, 6, 11) })
        let r2017 = try CoercionQuestion.ruleSets.version(on: CivilDate(2017, 7, 1))
        #expect(r2017.instruments.contains { $0.number == 661 && $0.issued == CivilDate(2017, 6, 8) })
    }

    @Test("1.10.24 the regime table starts versions at 2013-07-01, 2016-09-01, 2017-10-01, 2024-07-01, 2025-01-01, 2025-07-01 (BEK 716/2013, 1140/2016, 1061/2017, 839/2024, 1411/2024; LOV 1703/2024)")
    func regimeTableBEK1140of2016() throws {
        let starts = CoercionQuestion.ruleSets.versions.map(\.validFrom)
        for day in [CivilDate(2013, 7, 1), CivilDate(2016, 9, 1), CivilDate(2017, 10, 1), CivilDate(2018, 1, 1), CivilDate(2019, 4, 1), CivilDate(2020, 1, 1), CivilDate(2024, 7, 1), CivilDate(2025, 1, 1), CivilDate(2025, 7, 1)] {
            #expect(starts.contains(day), "\(day)")
        }
        #expect(!starts.contains(CivilDate(2017, 1, 1)))
        for version in CoercionQuestion.ruleSets.versions { #expect(!version.instruments.isEmpty) }
    }

    @Test("7.4.1 from 2025-07-01 ældreloven help puts a person in the target group of § 124 a (LOV 1703/2024; LBK 1129/2025 § 124 a)")
    func aeldrelovenBoundaryLOV1703of2024() throws {
        var facts = generalMet(.holdOrMove)
        facts.receivesQualifyingHelp = false
        facts.aeldrelovHelp = [.section10]
        facts.absolutelyNecessary = true
        facts.severelyTransgressiveBehaviour = true
        facts.transgressiveOrConflictBehaviour = true
        #expect(try decide(facts, CivilDate(2025, 6, 30)).outcome == .denied)
        #expect(try decide(facts, CivilDate(2025, 7, 1)).outcome == .permitted)
    }

    @Test("7.4.2 ÆL §§ 13–14 count for § 124 a but not for §§ 136 and 136 b (LBK 1129/2025 §§ 124 a, 136, 136 b)")
    func aeldrelovenHelpKindsLBK1129of2025() throws {
        var hold = generalMet(.holdOrMove)
        hold.receivesQualifyingHelp = false
        hold.aeldrelovHelp = [.section13]
        hold.absolutelyNecessary = true
        hold.severelyTransgressiveBehaviour = true
        hold.transgressiveOrConflictBehaviour = true
        #expect(try decide(hold, CivilDate(2025, 10, 1)).outcome == .permitted)
        var hygiene = generalMet(.hygieneHold)
        hygiene.receivesQualifyingHelp = false
        hygiene.aeldrelovHelp = [.section13]
        hygiene.dementiaOrProgressiveDecline = false
        hygiene.hygieneSituation = .toothBrushing
        hygiene.absolutelyNecessary = true
        hygiene.hasDecision = false
        #expect(try decide(hygiene, CivilDate(2025, 10, 1)).outcome == .denied)
        hygiene.aeldrelovHelp = [.section16]
        #expect(try decide(hygiene, CivilDate(2025, 10, 1)).outcome == .permitted)
    }

    @Test("release-grip-threshold settled: plain grænseoverskridende adfærd suffices (LBK 909/2024 § 124 d stk. 1)")
    func releaseGripPlainLBK909of2024() throws {
        var facts = generalMet(.releaseGrip)
        facts.grippingPersonOrDoorHandle = true
        facts.severelyTransgressiveBehaviour = false
        facts.transgressiveOrConflictBehaviour = true
        #expect(try decide(facts, CivilDate(2025, 2, 3)).outcome == .permitted)
        facts.transgressiveOrConflictBehaviour = false
        #expect(try decide(facts, CivilDate(2025, 2, 3)).outcome == .denied)
        #expect(try decide(facts, CivilDate(2024, 6, 30)).outcome == .denied)  // no basis before L 188
    }

    @Test("§§ 128 d–128 h: from 2024-07-01 (d–f, KB) and 2025-01-01 (g–h, the nævn) (BEK 839/2024 § 1 stk. 2 nr. 7–9; BEK 1411/2024)")
    func sections128dTo128hBEK1411of2024() throws {
        var door = generalMet(.lockCommonRoomDoor)
        door.repeatedTransgressiveBehaviour = true
        door.accessKeptOpen = true
        door.absolutelyNecessary = true
        door.hasDecision = true
        door.decisionDate = CivilDate(2024, 7, 1)
        #expect(try decide(door, CivilDate(2024, 6, 30).adding(days: 1)).outcome == .permitted)
        door.decisionDate = CivilDate(2024, 6, 1)
        #expect(try decide(door, CivilDate(2024, 6, 30)).outcome == .denied)
        var cupboard = generalMet(.lockCupboards)
        cupboard.exceptionalSituation = true
        cupboard.repeatedHarmWithStoredObjects = true
        cupboard.absolutelyNecessary = true
        cupboard.hasDecision = true
        cupboard.decisionDate = CivilDate(2025, 1, 1)
        let decision = try decide(cupboard, CivilDate(2025, 1, 1))
        #expect(decision.outcome == .permitted)
        #expect(string(decision, "decidedBy") == "disability-coercion-board")
        #expect(try decide(cupboard, CivilDate(2024, 12, 31)).outcome == .denied)
    }
}
