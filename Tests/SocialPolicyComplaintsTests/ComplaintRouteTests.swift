import SocialPolicyKit
import Testing

typealias Q = ComplaintRouteQuestion

/// Every day from `start` to `end`, stepping `step` days.
func days(from start: CivilDate, to end: CivilDate, step: Int = 1) -> [CivilDate] {
    var result: [CivilDate] = []
    var day = start
    while day <= end {
        result.append(day)
        day = day.adding(days: step)
    }
    return result
}

/// The decision subjects that exist on every date (the nævn for coercion decides from 2025).
let decisionSubjects = ComplaintSubject.allCases.filter { $0.isDecisionLike && $0 != .disabilityBoardDecision }
let otherSubjects = ComplaintSubject.allCases.filter { !$0.isDecisionLike }
let deliveries: [ComplaintDelivery?] = ComplaintDelivery.allCases + [nil]
let bools: [Bool?] = [true, false, nil]
let municipalities: [(any MunicipalPolicy)?] = [nil, BundledProfiles.kobenhavn, BundledProfiles.gentofte, BundledProfiles.helsingor]

/// The days either side of every regime change, and a spread over the years.
let regimeDays: [CivilDate] = [
    CivilDate(2013, 1, 1), CivilDate(2013, 6, 30), CivilDate(2013, 7, 1), CivilDate(2013, 12, 31),
    CivilDate(2014, 1, 1), CivilDate(2017, 3, 31), CivilDate(2017, 4, 1), CivilDate(2019, 3, 31),
    CivilDate(2019, 4, 1), CivilDate(2019, 12, 31), CivilDate(2020, 1, 1), CivilDate(2024, 6, 30),
    CivilDate(2024, 7, 1), CivilDate(2026, 11, 23),
] + days(from: CivilDate(2013, 1, 5), to: CivilDate(2030, 12, 31), step: 97)

@Suite("complaints.route: deadlines")
struct DeadlineProperties {
    @Test("a deadline told is never before the nominal one (4 weeks after receipt), never on a Saturday, Sunday or helligdag, and never after the citizen-favourable one, 2013–2030, for every delivery")
    func deadlineNeverEarlyNorOnNonWorkingDay() throws {
        for day in days(from: CivilDate(2013, 1, 1), to: CivilDate(2030, 12, 31)) {
            for delivery in ComplaintDelivery.allCases {
                let facts = Q.Facts(subject: .decision, decisionDate: day, notifiedOn: day, delivery: delivery, complaintGuidanceGiven: true)
                let verdict = try Q.verdict(for: facts, asOf: day)
                let values = verdict.values
                let deadline = try #require(values.deadline)
                let received = try #require(values.receivedOn)
                let nominal = received.adding(weeks: 4)
                #expect(deadline >= nominal)
                #expect(deadline >= day.adding(weeks: 4))
                #expect(DanishCalendar.isWorkingDay(deadline, eves: false), "\(day) \(delivery): \(deadline)")
                if let favourable = values.citizenFavourableDeadline {
                    #expect(favourable > deadline)
                    #expect(DanishCalendar.isWorkingDay(favourable, eves: true))
                }
                #expect(values.deadlineExtendedFrom == (deadline == nominal ? nil : nominal))
                if delivery != .letter { #expect(received == day) } else { #expect(received > day) }
                #expect(verdict.outcome == .determined)
            }
        }
    }

    @Test("a digital decision counts from the day it is available even on a holiday; a letter by the presumption of the day it was posted")
    func receipt() {
        // Good Friday 2024: digital counts that day.
        #expect(Q.receivedOn(notified: CivilDate(2024, 3, 29), delivery: .digital) == CivilDate(2024, 3, 29))
        // Posted Thursday 2 May 2024; Ascension Day 9 May is not counted.
        #expect(Q.receivedOn(notified: CivilDate(2024, 5, 2), delivery: .letter) == CivilDate(2024, 5, 13))
        #expect(Q.letterReceiptSettled(notified: CivilDate(2024, 5, 2)))
        // 2016-07-01 … 2018-06-25: Ankestyrelsen's weekday table (Mon/Tue/Fri + 5, Wed + 7, Thu + 6).
        func table(_ day: CivilDate) -> CivilDate? { Receipt.of(notified: day, delivery: .letter, postClass: .bPost, receivedOn: nil)?.safe }
        #expect(table(CivilDate(2017, 3, 2)) == CivilDate(2017, 3, 8))  // Thursday
        #expect(table(CivilDate(2017, 3, 1)) == CivilDate(2017, 3, 8))  // Wednesday
        #expect(table(CivilDate(2017, 2, 27)) == CivilDate(2017, 3, 4))  // Monday
        #expect(table(CivilDate(2018, 6, 22)) == CivilDate(2018, 6, 27))  // Friday
        // Without the postage class the safe day is a Quickbrev's (2 days).
        #expect(Q.receivedOn(notified: CivilDate(2017, 3, 2), delivery: .letter) == CivilDate(2017, 3, 4))
        #expect(Q.letterReceiptSettled(notified: CivilDate(2017, 3, 2)))
        // The table ends with the 2018 guidance: 6 hverdage from 2018-06-26.
        #expect(Q.receivedOn(notified: CivilDate(2018, 6, 28), delivery: .letter) == CivilDate(2018, 7, 6))
        // Before 2016-07-01 the safe day is the next (the A-post presumption); B-post is open.
        #expect(Q.receivedOn(notified: CivilDate(2016, 6, 30), delivery: .letter) == CivilDate(2016, 7, 1))
        #expect(!Q.letterReceiptSettled(notified: CivilDate(2016, 6, 30)))
        // An eve inside the count (24 December) leaves it open.
        #expect(!Q.letterReceiptSettled(notified: CivilDate(2024, 12, 20)))
        #expect(Q.receivedOn(notified: CivilDate(2024, 6, 3), delivery: .inPerson) == CivilDate(2024, 6, 3))
    }

    @Test("store bededag extends a deadline in 2023 (a holiday) but not in 2024 (abolished)")
    func greatPrayerDay() throws {
        let in2023 = try Q.verdict(
            for: Q.Facts(subject: .decision, decisionDate: CivilDate(2023, 4, 7), notifiedOn: CivilDate(2023, 4, 7), delivery: .digital, complaintGuidanceGiven: true),
            asOf: CivilDate(2023, 4, 7))
        #expect(in2023.values.deadline == CivilDate(2023, 5, 8))
        #expect(in2023.values.deadlineExtendedFrom == CivilDate(2023, 5, 5))
        let in2024 = try Q.verdict(
            for: Q.Facts(subject: .decision, decisionDate: CivilDate(2024, 3, 29), notifiedOn: CivilDate(2024, 3, 29), delivery: .digital, complaintGuidanceGiven: true),
            asOf: CivilDate(2024, 3, 29))
        #expect(in2024.values.deadline == CivilDate(2024, 4, 26))
        #expect(in2024.values.deadlineExtendedFrom == nil)
    }

    @Test("without complaint guidance no deadline runs and any filed complaint is in time")
    func noGuidance() throws {
        for day in regimeDays {
            for subject in decisionSubjects where !(subject == .coercionAct && day >= ComplaintRegimes.acuteActsToCouncilFrom) {
                let verdict = try Q.verdict(
                    for: Q.Facts(subject: subject, decisionDate: day, notifiedOn: day, delivery: .letter, complaintGuidanceGiven: false, complaintFiledOn: day.adding(years: 2)),
                    asOf: day.adding(years: 2))
                #expect(verdict.values.deadlineRunning == false)
                #expect(verdict.values.deadline == nil)
                #expect(verdict.values.inTime == true)
                #expect(verdict.outcome == .determined)
            }
        }
    }

    @Test("a complaint filed on the last day is in time and one filed the next day is late")
    func inTime() throws {
        let base = Q.Facts(subject: .decision, decisionDate: CivilDate(2023, 11, 27), notifiedOn: CivilDate(2023, 11, 27), delivery: .digital, complaintGuidanceGiven: true)
        var onTime = base
        onTime.complaintFiledOn = CivilDate(2023, 12, 27)
        var late = base
        late.complaintFiledOn = CivilDate(2023, 12, 28)
        #expect(try Q.verdict(for: onTime, asOf: CivilDate(2023, 12, 27)).values.inTime == true)
        #expect(try Q.verdict(for: late, asOf: CivilDate(2023, 12, 28)).values.inTime == false)
    }

    @Test("the authority must reconsider and forward within 4 weeks of receiving the complaint (14 days where it may be a notice case)")
    func reconsiderDue() throws {
        var facts = Q.Facts(
            subject: .decision, decisionDate: CivilDate(2024, 5, 2), notifiedOn: CivilDate(2024, 5, 2), delivery: .digital,
            complaintGuidanceGiven: true, complaintFiledOn: CivilDate(2024, 5, 15), noticePeriodCase: false)
        let verdict = try Q.verdict(for: facts, asOf: CivilDate(2024, 5, 15))
        let entry = try #require(verdict.obligations.first { $0.code.rawValue == "reconsider-and-forward" })
        #expect(entry.due == CivilDate(2024, 6, 12))
        facts.noticePeriodCase = nil
        let unknown = try #require(try Q.verdict(for: facts, asOf: CivilDate(2024, 5, 15)).obligations.first { $0.code.rawValue == "reconsider-and-forward" })
        #expect(unknown.due == CivilDate(2024, 5, 29))
    }

    @Test("a deadline an eve decides is told as the safe day, with the citizen-favourable one and a warning")
    func eveWarning() throws {
        let decision = try Q.decision(
            for: Q.Facts(subject: .decision, decisionDate: CivilDate(2024, 11, 26), notifiedOn: CivilDate(2024, 11, 26), delivery: .digital, complaintGuidanceGiven: true),
            asOf: CivilDate(2024, 11, 26))
        #expect(decision.value("deadline") == .date(CivilDate(2024, 12, 24)))
        #expect(decision.value("citizenFavourableDeadline") == .date(CivilDate(2024, 12, 27)))
        #expect(decision.value("warning") != nil)
    }
}

@Suite("complaints.route: routes")
struct RouteProperties {
    @Test("every appealable route ends at an appeal body, and every body on it existed on the day the complaint is lodged (the filing date, else the date asked about)")
    func appealBodiesExisted() throws {
        for day in regimeDays {
            for subject in decisionSubjects {
                for municipality in municipalities {
                    for asOf in [day, day.adding(days: 40)] {
                        for filed in [nil, day.adding(days: 3)] as [CivilDate?] {
                            let facts = Q.Facts(subject: subject, decisionDate: day, notifiedOn: day, delivery: .digital, complaintGuidanceGiven: true, complaintFiledOn: filed)
                            let verdict = try Q.verdict(for: facts, asOf: asOf, municipality: municipality)
                            #expect(verdict.values.appealable == true)
                            let route = try #require(verdict.values.route)
                            let last = try #require(route.last)
                            #expect(last.isAppealBody, "\(subject) \(day): ends at \(last)")
                            let lodging = filed ?? asOf
                            for body in route { #expect(body.existed(on: lodging), "\(subject) \(day) lodged \(lodging): \(body)") }
                            let lodge = try #require(verdict.values.lodgeWith)
                            #expect(route.contains(lodge))
                            // The social boards only for a decision made and a complaint lodged before 2013-07-01.
                            if route.contains(.socialBoard) { #expect(day < ComplaintRegimes.socialBoardsAbolished && lodging < ComplaintRegimes.socialBoardsAbolished) }
                            if subject == .decision || subject == .coercionDecision {
                                #expect(last == (lodging < ComplaintRegimes.socialBoardsAbolished ? .socialBoard : .ankestyrelsen))
                            }
                            // A pending complaint across the 2013 change is an open question, and so is
                            // an admission the nævn decided, complained of after it closed.
                            let pending = route.contains(.socialBoard) && asOf >= ComplaintRegimes.socialBoardsAbolished
                                || subject == .admissionDecision && day < ComplaintRegimes.socialBoardsAbolished
                                    && lodging >= ComplaintRegimes.socialBoardsAbolished
                            #expect(pending == (verdict.values.openLegalQuestion == .transition2013))
                        }
                    }
                }
            }
        }
    }

    @Test("a decision made before 2013-07-01 goes to Det Sociale Nævn only while the nævn existed; a complaint lodged from 2013-07-01 goes to Ankestyrelsen")
    func decisionDateDecides() throws {
        let facts = Q.Facts(subject: .decision, decisionDate: CivilDate(2013, 6, 28), notifiedOn: CivilDate(2013, 6, 28), delivery: .digital, complaintGuidanceGiven: true)
        // Asked on the day of the decision: the law then in force names the nævn.
        #expect(try Q.verdict(for: facts, asOf: CivilDate(2013, 6, 28)).values.route == ComplaintRoute(.municipalityReconsideration, .socialBoard))
        // Complained after the change: Ankestyrelsen (L 158; Ankestyrelsen 2013).
        let verdict = try Q.verdict(for: facts, asOf: CivilDate(2013, 8, 1))
        #expect(verdict.values.route == ComplaintRoute(.municipalityReconsideration, .ankestyrelsen))
        #expect(verdict.values.openLegalQuestion == nil)
        // Complained before the change, asked after: the nævn, an open question.
        var pending = facts
        pending.complaintFiledOn = CivilDate(2013, 6, 29)
        let open = try Q.verdict(for: pending, asOf: CivilDate(2013, 8, 1))
        #expect(open.values.route == ComplaintRoute(.municipalityReconsideration, .socialBoard))
        #expect(open.values.openLegalQuestion == .transition2013)
        var next = facts
        next.decisionDate = CivilDate(2013, 7, 1)
        next.notifiedOn = CivilDate(2013, 7, 1)
        #expect(try Q.verdict(for: next, asOf: CivilDate(2013, 7, 1)).values.route == ComplaintRoute(.municipalityReconsideration, .ankestyrelsen))
        // Without decisionDate, notifiedOn chooses.
        next.decisionDate = nil
        #expect(try Q.verdict(for: next, asOf: CivilDate(2013, 7, 1)).values.route == ComplaintRoute(.municipalityReconsideration, .ankestyrelsen))
    }

    @Test("an admission Statsforvaltningen decided before 2019-04-01 is complained of to Familieretshuset once Statsforvaltningen has closed")
    func admissionAcrossTheChange() throws {
        let facts = Q.Facts(subject: .admissionDecision, decisionDate: CivilDate(2019, 3, 29), notifiedOn: CivilDate(2019, 3, 29), delivery: .digital, complaintGuidanceGiven: true)
        let early = try Q.verdict(for: facts, asOf: CivilDate(2019, 3, 29))
        #expect(early.values.lodgeWith == .stateAdministration)
        let late = try Q.verdict(for: facts, asOf: CivilDate(2019, 4, 10))
        #expect(late.values.lodgeWith == .familyCourtHouse)
        #expect(late.values.route == ComplaintRoute(.familyCourtHouse, .ankestyrelsen, .court))
        #expect(late.values.deadline == CivilDate(2019, 4, 26))
        var filed = facts
        filed.complaintFiledOn = CivilDate(2019, 3, 30)
        #expect(try Q.verdict(for: filed, asOf: CivilDate(2019, 4, 10)).values.lodgeWith == .stateAdministration)
    }

    @Test("a concern about an offer's quality goes to Socialtilsynet from 2014 (no appeal, no deadline); before, to the offer and the stedlige municipality (SEL § 148 a)")
    func qualityConcern() throws {
        for day in regimeDays {
            for municipality in municipalities {
                let verdict = try Q.verdict(for: Q.Facts(subject: .offerQualityConcern), asOf: day, municipality: municipality)
                #expect(verdict.values.appealable == false)
                #expect(verdict.values.deadline == nil)
                if day >= ComplaintRegimes.socialSupervisionFrom {
                    #expect(verdict.values.lodgeWith == .socialSupervision)
                    #expect(verdict.values.route == ComplaintRoute(.socialSupervision, .offerManagement))
                    #expect(verdict.values.openLegalQuestion == nil)
                } else {
                    #expect(verdict.values.lodgeWith == .offerManagement)
                    #expect(verdict.values.route?.contains(.socialSupervision) == false)
                    #expect(verdict.values.openLegalQuestion == nil)
                }
            }
        }
    }

    @Test("the guidance names the appeal body, never the court, as where the citizen complains")
    func guidanceNamesAppealBodyNotCourt() throws {
        for subject in [ComplaintSubject.admissionDecision, .childYouthCommitteeDecision] {
            let decision = try Q.decision(
                for: Q.Facts(subject: subject, decisionDate: CivilDate(2022, 3, 1), notifiedOn: CivilDate(2022, 3, 1), delivery: .digital, complaintGuidanceGiven: true),
                asOf: CivilDate(2022, 3, 1))
            guard case .text(let text)? = decision.value("guidance") else {
                Issue.record("no guidance")
                return
            }
            #expect(text.da.contains("til Ankestyrelsen."), "\(subject)")
            #expect(!text.da.contains("til domstolene."), "\(subject)")
            #expect(text.en.contains("to the National Social Appeals Board (Ankestyrelsen)."), "\(subject)")
        }
    }

    @Test("admissions without consent: Statsforvaltningen to 2019-03-31, Familieretshuset from 2019-04-01; suspensive; court route; no reconsideration")
    func admissions() throws {
        for (day, decider) in [(CivilDate(2019, 3, 31), ComplaintBody.stateAdministration), (CivilDate(2019, 4, 1), .familyCourtHouse)] {
            let verdict = try Q.verdict(
                for: Q.Facts(subject: .admissionDecision, decisionDate: day, notifiedOn: day, delivery: .digital, complaintGuidanceGiven: true, complaintFiledOn: day),
                asOf: day)
            #expect(verdict.values.route == ComplaintRoute(decider, .ankestyrelsen, .court))
            #expect(verdict.values.lodgeWith == decider)
            #expect(verdict.values.suspensiveEffect == true)
            #expect(verdict.obligations.contains(ObligationCode("forward-to-competent-body")))
            #expect(!verdict.obligations.contains(ObligationCode("reconsider-and-forward")))
        }
    }

    @Test("child and youth committee decisions go straight to Ankestyrelsen without reconsideration")
    func childYouthCommittee() throws {
        for day in regimeDays {
            let verdict = try Q.verdict(
                for: Q.Facts(subject: .childYouthCommitteeDecision, decisionDate: day, notifiedOn: day, delivery: .digital, complaintGuidanceGiven: true, complaintFiledOn: day),
                asOf: day)
            #expect(verdict.values.lodgeWith == .ankestyrelsen)
            #expect(!verdict.obligations.contains(ObligationCode("reconsider-and-forward")))
        }
    }

    @Test("staff's acute acts go to kommunalbestyrelsen from 2020; before that they are municipal decisions (SEL § 133, stk. 1, LBK 810/2012)")
    func acuteActs() throws {
        let before = try Q.verdict(for: Q.Facts(subject: .coercionAct, decisionDate: CivilDate(2019, 12, 31)), asOf: CivilDate(2019, 12, 31))
        #expect(before.values.route == ComplaintRoute(.municipalityReconsideration, .ankestyrelsen))
        #expect(before.values.openLegalQuestion == nil)
        let after = try Q.verdict(for: Q.Facts(subject: .coercionAct, decisionDate: CivilDate(2020, 1, 1)), asOf: CivilDate(2020, 1, 1))
        #expect(after.values.route == ComplaintRoute(.municipalCouncil))
        #expect(after.values.deadline == nil)
        #expect(after.outcome == .determined)
    }

    @Test("nothing that cannot be appealed gets a deadline, an appeal body, or complaint-guidance and reconsideration duties")
    func nonAppealableNeverGetsDeadline() throws {
        for subject in otherSubjects {
            for day in regimeDays {
                for guidance in bools {
                    for delivery in deliveries {
                        for answered in bools {
                            for highest in bools {
                                for municipality in municipalities {
                                    let facts = Q.Facts(
                                        subject: subject, decisionDate: day, notifiedOn: day, delivery: delivery,
                                        complaintGuidanceGiven: guidance, complaintFiledOn: day.adding(days: 10),
                                        municipalityAnswered: answered, highestAuthorityDecided: highest)
                                    let verdict = try Q.verdict(for: facts, asOf: day, municipality: municipality)
                                    let values = verdict.values
                                    #expect(values.appealable == false)
                                    #expect(values.deadline == nil)
                                    #expect(values.deadlineRunning == nil)
                                    #expect(values.deadlineExtendedFrom == nil)
                                    #expect(values.suspensiveEffect == nil)
                                    #expect(verdict.obligations.isEmpty)
                                    #expect(verdict.outcome == .determined)
                                    let route = try #require(values.route)
                                    #expect(!route.contains(.ankestyrelsen) && !route.contains(.socialBoard) && !route.contains(.court))
                                    #expect(route.contains(.ombudsman) == (highest == true))
                                    #expect(route.contains(.citizensAdvisor) == (municipality?.id == "kobenhavn" && [.practicalDelivery, .staffConduct, .caseHandling, .discrimination].contains(subject)))
                                    for body in route { #expect(body.existed(on: day)) }
                                    if values.lodgeWith == .citizensAdvisor { #expect(answered == true) }
                                    if let lodge = values.lodgeWith { #expect(route.contains(lodge)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

@Suite("complaints.route: fail closed and obligations")
struct FailClosedProperties {
    @Test("every decision that can be appealed carries give-complaint-guidance (FVL § 25); every undetermined names a missing fact; obligations never overflow")
    func exhaustive() throws {
        let dates: [CivilDate?] = [CivilDate(2013, 6, 30), CivilDate(2013, 7, 1), CivilDate(2019, 3, 31), CivilDate(2019, 4, 1), CivilDate(2019, 12, 31), CivilDate(2020, 1, 1), CivilDate(2024, 7, 1), nil]
        for subject in decisionSubjects {
            for decisionDate in dates {
                for notified in [decisionDate, nil] {
                    for delivery in deliveries {
                        for guidance in bools {
                            for filed in [nil, CivilDate(2024, 12, 1)] as [CivilDate?] {
                                for municipality in [nil, BundledProfiles.kobenhavn] as [(any MunicipalPolicy)?] {
                                    let facts = Q.Facts(subject: subject, decisionDate: decisionDate, notifiedOn: notified, delivery: delivery, complaintGuidanceGiven: guidance, complaintFiledOn: filed)
                                    let asOf = CivilDate(2024, 12, 1)
                                    let verdict = try Q.verdict(for: facts, asOf: asOf, municipality: municipality)
                                    #expect(!verdict.obligations.overflowed)
                                    let regime = decisionDate ?? notified
                                    let toCouncil = subject == .coercionAct && regime.map { $0 >= ComplaintRegimes.acuteActsToCouncilFrom } != false
                                    if !toCouncil || regime == nil && subject != .coercionAct {
                                        #expect(verdict.obligations.contains(ObligationCode("give-complaint-guidance")), "\(subject) \(String(describing: regime))")
                                    }
                                    if verdict.outcome == .undetermined {
                                        #expect(verdict.firstMissingFact != nil)
                                    } else {
                                        #expect(verdict.outcome == .determined)
                                        #expect(verdict.values.route != nil)
                                        if !toCouncil {
                                            #expect(verdict.values.deadlineRunning != nil)
                                            if verdict.values.deadlineRunning == true { #expect(verdict.values.deadline != nil) }
                                        }
                                    }
                                    // The route is unknown only when the decision's date is.
                                    if regime == nil { #expect(verdict.outcome == .undetermined) }
                                    if guidance == nil, !toCouncil { #expect(verdict.outcome == .undetermined) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test("the explained decision has the same outcome and obligations as the fast verdict, and its undetermined facts in order")
    func decisionMatchesVerdict() throws {
        let cases: [Q.Facts] = [
            Q.Facts(subject: .decision),
            Q.Facts(subject: .decision, complaintGuidanceGiven: true),
            Q.Facts(subject: .admissionDecision, decisionDate: CivilDate(2019, 4, 1), notifiedOn: CivilDate(2019, 4, 1), delivery: .letter, complaintGuidanceGiven: true, complaintFiledOn: CivilDate(2019, 4, 20)),
            Q.Facts(subject: .caseHandling, municipalityAnswered: true, highestAuthorityDecided: true),
            Q.Facts(subject: .coercionAct, decisionDate: CivilDate(2021, 1, 4)),
        ]
        for facts in cases {
            for municipality in municipalities {
                let asOf = CivilDate(2022, 1, 10)
                let verdict = try Q.verdict(for: facts, asOf: asOf, municipality: municipality)
                let decision = try Q.decision(for: facts, asOf: asOf, municipality: municipality)
                #expect(decision.outcome == verdict.outcome)
                #expect(decision.obligations.map(\.code) == verdict.obligations.map(\.code))
                #expect(decision.obligations.map(\.due) == verdict.obligations.map(\.due))
                if verdict.outcome == .undetermined {
                    #expect(decision.missingFacts.first == verdict.firstMissingFact)
                }
                #expect(decision.value("guidance") != nil || verdict.values.route == nil)
            }
        }
        let missing = try Q.decision(for: Q.Facts(subject: .decision), asOf: CivilDate(2022, 1, 10))
        #expect(missing.missingFacts == ["decisionDate", "complaintGuidanceGiven", "notifiedOn", "delivery"])
    }

    @Test("the rule-set catalogue is gap-free from 2013-01-01 and open-ended")
    func catalogue() {
        #expect(ComplaintRuleSets.catalogue.validationProblems().isEmpty)
        #expect(throws: PolicyError.self) { try Q.verdict(for: Q.Facts(subject: .decision), asOf: CivilDate(2012, 12, 31)) }
    }

    @Test("dates at the ends of the calendar never hang or trap, and a deadline past 9999-12-31 is never given (issue 13 item 7)")
    func extremeDates() throws {
        for day in [CivilDate(1, 1, 1), CivilDate(9999, 12, 24), CivilDate(9999, 12, 31)] {
            for subject in decisionSubjects + otherSubjects {
                for delivery in ComplaintDelivery.allCases {
                    let facts = Q.Facts(subject: subject, decisionDate: day, notifiedOn: day, delivery: delivery, complaintGuidanceGiven: true, complaintFiledOn: day)
                    let decision = try Q.decision(for: facts, asOf: CivilDate(2024, 1, 1), municipality: BundledProfiles.kobenhavn)
                    if day.year == 9999 {
                        #expect(decision.outcome == .undetermined || !subject.isDecisionLike)
                        #expect(decision.value("deadline") == nil)
                    } else {
                        #expect(decision.outcome == .determined)
                    }
                }
            }
        }
    }

    @Test("a notification before the decision is bad input naming the field")
    func badInput() throws {
        let json = try JSONParser.parse(Array(#"{"question":"complaints.route","asOf":"2024-05-02","facts":{"subject":"decision","decisionDate":"2024-05-02","notifiedOn":"2024-05-01"}}"#.utf8))
        do {
            _ = try PolicyCatalogue.standard.evaluate(try Scenario(json: json))
            Issue.record("expected an error")
        } catch {
            #expect(error.field == "facts.notifiedOn")
        }
        let unknown = try JSONParser.parse(Array(#"{"question":"complaints.route","asOf":"2024-05-02","facts":{"subject":"decision","delivery":"pigeon"}}"#.utf8))
        #expect(throws: PolicyError.self) { try PolicyCatalogue.standard.evaluate(try Scenario(json: unknown)) }
    }
}

@Suite("complaints.route: municipal layer, guidance, host types")
struct LocalAndGuidance {
    @Test("a municipality only adds to the national route: national bodies stay in order, deadlines, appealability and suspensive effect are unchanged")
    func localOnlyAdds() throws {
        for subject in decisionSubjects + otherSubjects {
            for day in regimeDays {
                for answered in bools {
                    let facts = Q.Facts(subject: subject, decisionDate: day, notifiedOn: day, delivery: .digital, complaintGuidanceGiven: true, municipalityAnswered: answered)
                    let national = try Q.verdict(for: facts, asOf: day)
                    for municipality in municipalities.compactMap({ $0 }) {
                        let local = try Q.verdict(for: facts, asOf: day, municipality: municipality)
                        #expect(local.values.deadline == national.values.deadline)
                        #expect(local.values.appealable == national.values.appealable)
                        #expect(local.values.suspensiveEffect == national.values.suspensiveEffect)
                        #expect(local.outcome == national.outcome)
                        let localRoute = Array(try #require(local.values.route))
                        var remaining = localRoute[...]
                        for body in try #require(national.values.route) {
                            guard let index = remaining.firstIndex(of: body) else {
                                Issue.record("\(municipality.id) \(subject) \(day): lost \(body)")
                                break
                            }
                            remaining = remaining[(index + 1)...]
                        }
                    }
                }
            }
        }
    }

    @Test("Copenhagen's 2013 bodies (KK-KS 7) are named in 2013 only; the Borgerrådgiver is there throughout")
    func copenhagen() throws {
        let in2013 = try Q.decision(
            for: Q.Facts(subject: .decision, decisionDate: CivilDate(2013, 10, 1), notifiedOn: CivilDate(2013, 10, 1), delivery: .digital, complaintGuidanceGiven: true),
            asOf: CivilDate(2013, 10, 1), municipality: BundledProfiles.kobenhavn)
        #expect(in2013.citations.contains { $0.matches("KK-KS 7.1") })
        // The standard still names Det Sociale Nævn, but national law sends 2013-10 decisions to Ankestyrelsen.
        #expect(in2013.value("route") == .array([.string("municipality-reconsideration"), .string("ankestyrelsen")]))
        guard case .text(let guidance)? = in2013.value("guidance") else {
            Issue.record("no guidance")
            return
        }
        #expect(guidance.da.contains("Handicapcenter København"))
        #expect(guidance.da.contains("Ankestyrelsen"))
        #expect(guidance.da.contains("29. oktober 2013"))
        let in2014 = try Q.decision(
            for: Q.Facts(subject: .decision, decisionDate: CivilDate(2014, 10, 1), notifiedOn: CivilDate(2014, 10, 1), delivery: .digital, complaintGuidanceGiven: true),
            asOf: CivilDate(2014, 10, 1), municipality: BundledProfiles.kobenhavn)
        #expect(!in2014.citations.contains { $0.source == .kkKS })
        let advisor = try Q.verdict(for: Q.Facts(subject: .caseHandling, municipalityAnswered: true), asOf: CivilDate(2026, 1, 5), municipality: BundledProfiles.kobenhavn)
        #expect(advisor.values.lodgeWith == .citizensAdvisor)
    }

    @Test("the guidance draft names the body, how and where to complain, the deadline as a date, and what happens next, in both languages")
    func guidanceContent() throws {
        let decision = try Q.decision(
            for: Q.Facts(subject: .decision, decisionDate: CivilDate(2024, 5, 2), notifiedOn: CivilDate(2024, 5, 2), delivery: .digital, complaintGuidanceGiven: true),
            asOf: CivilDate(2024, 5, 2))
        guard case .text(let text)? = decision.value("guidance") else {
            Issue.record("no guidance")
            return
        }
        for needle in ["UDKAST", "Ankestyrelsen", "skriftligt", "mundtligt", "30. maj 2024", "inden 4 uger"] { #expect(text.da.contains(needle), "\(needle)") }
        for needle in ["DRAFT", "Ankestyrelsen", "in writing", "orally", "30 May 2024", "within 4 weeks"] { #expect(text.en.contains(needle), "\(needle)") }
    }

    @Test("a host's own record type supplies the facts through the protocol")
    func hostProtocol() throws {
        struct CaseRecord: ComplaintFactsProviding {
            var subject: ComplaintSubject { .decision }
            var decisionDate: CivilDate? { CivilDate(2024, 5, 2) }
            var notifiedOn: CivilDate? { CivilDate(2024, 5, 2) }
            var delivery: ComplaintDelivery? { .digital }
            var complaintGuidanceGiven: Bool? { true }
        }
        let facts = Q.Facts(CaseRecord())
        #expect(facts.complaintFiledOn == nil)
        #expect(try Q.verdict(for: facts, asOf: CivilDate(2024, 5, 2)).values.deadline == CivilDate(2024, 5, 30))
    }

    @Test("a packed route keeps up to 8 bodies in order")
    func packing() {
        var route = ComplaintRoute()
        for body in ComplaintBody.allCases { route.append(body) }
        #expect(route.count == 8)
        #expect(Array(route) == Array(ComplaintBody.allCases.prefix(8)))
        #expect(ComplaintRoute(.court).contractNames == ["court"])
    }
}
