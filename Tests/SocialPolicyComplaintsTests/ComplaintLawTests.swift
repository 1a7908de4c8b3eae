import SocialPolicyKit
import Testing

/// One test per point of primary-texts-2026 §3.2, §6.3 and §8.3 (items 23–31), and of issue 13
/// items 6–7 for complaints, each named after the point and the instrument it rests on.
@Suite("complaints.route: points corrected from the acts")
struct ComplaintLawTests {
    static func facts(
        _ subject: ComplaintSubject, _ day: CivilDate, delivery: ComplaintDelivery = .digital, filed: CivilDate? = nil
    ) -> Q.Facts {
        Q.Facts(subject: subject, decisionDate: day, notifiedOn: day, delivery: delivery, complaintGuidanceGiven: true, complaintFiledOn: filed)
    }

    static func facts(_ day: CivilDate, delivery: ComplaintDelivery = .digital, filed: CivilDate? = nil) -> Q.Facts {
        facts(.decision, day, delivery: delivery, filed: filed)
    }

    static func decide(_ json: String) throws -> Decision {
        try PolicyCatalogue.standard.evaluate(json: Array(json.utf8))
    }

    static func obligation(_ verdict: Verdict<Q.Values>, _ code: String) -> ObligationList.Entry? {
        verdict.obligations.first { $0.code.rawValue == code }
    }

    // MARK: §3.2 item 1 — the reconsideration deadline is in the executive order

    @Test("3.2.1 the 4-week reconsideration is in the RSL executive order in force (BEK 1433/2012 § 14 … BEK 861/2025 § 11), not RSL § 66")
    func reconsiderationInTheOrder() throws {
        let expected: [(CivilDate, String)] = [
            (CivilDate(2013, 3, 1), "BEK 1433/2012 § 14, stk. 1"), (CivilDate(2013, 6, 10), "BEK 557/2013 § 14, stk. 1"),
            (CivilDate(2013, 7, 1), "BEK 722/2013 § 12, stk. 1"), (CivilDate(2016, 10, 3), "BEK 1020/2016 § 12, stk. 1"),
            (CivilDate(2018, 1, 2), "BEK 1249/2017 § 12, stk. 1"), (CivilDate(2021, 2, 1), "BEK 1846/2020 § 13, stk. 1"),
            (CivilDate(2021, 5, 20), "BEK 897/2021 § 14, stk. 1"), (CivilDate(2021, 6, 14), "BEK 1152/2021 § 11, stk. 1"),
            (CivilDate(2024, 1, 2), "BEK 1382/2023 § 11, stk. 1"), (CivilDate(2025, 7, 1), "BEK 861/2025 § 11, stk. 1"),
        ]
        for (day, citation) in expected {
            var facts = Self.facts(day, filed: day)
            facts.noticePeriodCase = false
            let decision = try Q.decision(for: facts, asOf: day)
            let entry = try #require(decision.obligations.first { $0.code.rawValue == "reconsider-and-forward" })
            #expect(entry.citation.description == citation, "\(day)")
            #expect(entry.due == day.adding(weeks: 4), "\(day)")
            #expect(decision.legalBasis.contains { $0.citation == entry.citation && $0.instrument?.ownSource == entry.citation.source })
            #expect(decision.citations.contains { $0.matches("RSL § 66") })
        }
    }

    @Test("3.2.1 (8.3 #23) noticePeriodCase: 14 days under SEL § 3 a from 2018-01-01 (BEK 1249/2017 § 12, stk. 3; the brief's 2021-06-14 is BEK 1152/2021 keeping it) and BL § 11 from 2024-01-01 (BEK 1382/2023 § 11, stk. 3)")
    func noticePeriodCase() throws {
        func due(_ day: CivilDate, _ notice: Bool?) throws -> (CivilDate?, String) {
            var facts = Self.facts(day, filed: day)
            facts.noticePeriodCase = notice
            let decision = try Q.decision(for: facts, asOf: day)
            let entry = try #require(decision.obligations.first { $0.code.rawValue == "reconsider-and-forward" })
            return (entry.due, decision.citations.map(\.description).joined(separator: "; "))
        }
        // Before BEK 1249/2017: no 14-day rule.
        #expect(try due(CivilDate(2017, 12, 29), true).0 == CivilDate(2018, 1, 26))
        #expect(try due(CivilDate(2017, 12, 29), nil).0 == CivilDate(2018, 1, 26))
        // From 2018-01-01: 14 days in a § 3 a case, and where it may be one.
        #expect(try due(CivilDate(2018, 1, 2), true).0 == CivilDate(2018, 1, 16))
        #expect(try due(CivilDate(2018, 1, 2), true).1.contains("BEK 1249/2017 § 12, stk. 3"))
        #expect(try due(CivilDate(2018, 1, 2), nil).0 == CivilDate(2018, 1, 16))
        #expect(try due(CivilDate(2018, 1, 2), false).0 == CivilDate(2018, 1, 30))
        // 2021-06-14: the single rule keeps it (§ 11, stk. 3); BL § 11 joins on 2024-01-01.
        #expect(try due(CivilDate(2021, 6, 14), true).1.contains("BEK 1152/2021 § 11, stk. 3"))
        #expect(!(try due(CivilDate(2023, 12, 29), true).1.contains("BL § 11")))
        #expect(try due(CivilDate(2024, 1, 2), true).1.contains("BL § 11"))
        // Only ordinary decisions: coercion decisions always 4 weeks.
        let coercion = try Q.verdict(for: Self.facts(.coercionDecision, CivilDate(2024, 1, 2), filed: CivilDate(2024, 1, 2)), asOf: CivilDate(2024, 1, 2))
        #expect(Self.obligation(coercion, "reconsider-and-forward")?.due == CivilDate(2024, 1, 30))
    }

    @Test("3.2.1 (8.3 #24) reconsiderationResult: partial medhold — a new decision within 4 weeks, the citizen's 4 weeks, forwarding within 14 days (BEK 722/2013 § 13, stk. 1–2; BEK 861/2025 §§ 11–12); full medhold forwards nothing")
    func partialMedhold() throws {
        for (day, newDecision, forward) in [
            (CivilDate(2015, 3, 2), "BEK 194/2015 § 13, stk. 1", "BEK 194/2015 § 13, stk. 2"),
            (CivilDate(2025, 8, 4), "BEK 861/2025 § 11, stk. 1", "BEK 861/2025 § 12"),
        ] {
            var facts = Self.facts(day, filed: day)
            facts.noticePeriodCase = false
            facts.reconsiderationResult = .partial
            facts.complaintMaintainedOn = day.adding(weeks: 6)
            let decision = try Q.decision(for: facts, asOf: day)
            let new = try #require(decision.obligations.first { $0.code.rawValue == "send-new-decision" })
            #expect(new.citation.description == newDecision)
            #expect(new.due == day.adding(weeks: 4))
            let maintained = try #require(decision.obligations.first { $0.code.rawValue == "forward-maintained-complaint" })
            #expect(maintained.citation.description == forward)
            #expect(maintained.due == day.adding(weeks: 6).adding(days: 14))
            #expect(!decision.obligations.contains { $0.code.rawValue == "reconsider-and-forward" })
            facts.reconsiderationResult = .full
            facts.complaintMaintainedOn = nil
            let full = try Q.verdict(for: facts, asOf: day)
            #expect(Self.obligation(full, "send-new-decision") != nil)
            #expect(Self.obligation(full, "forward-maintained-complaint") == nil)
            facts.reconsiderationResult = .upheld
            #expect(Self.obligation(try Q.verdict(for: facts, asOf: day), "reconsider-and-forward") != nil)
        }
    }

    // MARK: §3.2 item 2 — admissions before 2013-07-01

    @Test("3.2.2 admissions before 2013-07-01 were decided by det sociale nævn: social-board → ankestyrelsen → court, no reconsideration (SEL §§ 131, 134, LBK 810/2012; BEK 1433/2012 § 13, stk. 2)")
    func admissionsBefore2013() throws {
        let day = CivilDate(2013, 5, 6)
        let decision = try Q.decision(for: Self.facts(.admissionDecision, day, filed: day.adding(days: 7)), asOf: day.adding(days: 7))
        #expect(decision.value("route") == .array([.string("social-board"), .string("ankestyrelsen"), .string("court")]))
        #expect(decision.value("lodgeWith") == .string("social-board"))
        #expect(decision.value("suspensiveEffect") == .bool(true))
        #expect(decision.citations.contains { $0.matches("SEL § 131") })
        #expect(decision.citations.contains { $0.matches("BEK 1433/2012 § 13, stk. 2") })
        #expect(!decision.obligations.contains { $0.code.rawValue == "reconsider-and-forward" })
        #expect(decision.legalBasis.first { $0.citation.matches("SEL § 131") }?.instrument == .lbk810_2012)
        // Lodged after the nævn closed: Ankestyrelsen, the transition an open question.
        let late = try Q.verdict(for: Self.facts(.admissionDecision, CivilDate(2013, 6, 20), filed: CivilDate(2013, 7, 2)), asOf: CivilDate(2013, 7, 2))
        #expect(late.values.route == ComplaintRoute(.ankestyrelsen, .court))
        #expect(late.values.openLegalQuestion == .transition2013)
        // From 2013-07-01: Statsforvaltningen (BEK 722/2013 § 11, stk. 2).
        let after = try Q.verdict(for: Self.facts(.admissionDecision, CivilDate(2013, 7, 1)), asOf: CivilDate(2013, 7, 1))
        #expect(after.values.route == ComplaintRoute(.stateAdministration, .ankestyrelsen, .court))
    }

    // MARK: §3.2 item 3 — court review

    @Test("3.2.3 court review: RSL § 73, stk. 1, nr. 3 (børn og unge-udvalg) and nr. 2 (admissions) to 2019 (LBK 983/2013), nr. 2 and nr. 1 from 2020 (LBK 1555/2020); SEL §§ 168–169 to 2023, BL §§ 146–147 from 2024")
    func courtReview() throws {
        let cases: [(CivilDate, ComplaintSubject, [String])] = [
            (CivilDate(2019, 12, 31), .childYouthCommitteeDecision, ["RSL § 73, stk. 1, nr. 3", "SEL § 168, stk. 1", "SEL § 169, stk. 1"]),
            (CivilDate(2020, 1, 2), .childYouthCommitteeDecision, ["RSL § 73, stk. 1, nr. 2", "SEL § 168, stk. 1", "SEL § 169, stk. 1"]),
            (CivilDate(2023, 12, 29), .childYouthCommitteeDecision, ["RSL § 73, stk. 1, nr. 2", "SEL § 169, stk. 1"]),
            (CivilDate(2024, 1, 2), .childYouthCommitteeDecision, ["RSL § 73, stk. 1, nr. 2", "BL § 146, stk. 1", "BL § 147, stk. 1"]),
            (CivilDate(2019, 12, 31), .admissionDecision, ["RSL § 73, stk. 1, nr. 2"]),
            (CivilDate(2020, 1, 2), .admissionDecision, ["RSL § 73, stk. 1, nr. 1"]),
        ]
        for (day, subject, citations) in cases {
            let decision = try Q.decision(for: Self.facts(subject, day), asOf: day)
            for citation in citations {
                #expect(decision.citations.contains { $0.description == citation }, "\(day) \(subject): \(citation)")
            }
        }
        let old = try Q.decision(for: Self.facts(.childYouthCommitteeDecision, CivilDate(2016, 3, 1)), asOf: CivilDate(2016, 3, 1))
        #expect(old.legalBasis.first { $0.citation.matches("RSL § 73") }?.instrument == .lbk1345_2016 || old.legalBasis.first { $0.citation.matches("RSL § 73") }?.instrument == .lbk1052_2015)
    }

    // MARK: §3.2 item 4 — FVL § 25

    @Test("3.2.4 (8.3 #25) FVL § 25 (LBK 433/2014): no klagevejledning where the decision fully grants the request; the duty covers written decisions; an oral one is guided under § 7 as good practice")
    func guidanceDuty() throws {
        let day = CivilDate(2024, 5, 2)
        var facts = Self.facts(day)
        #expect(Self.obligation(try Q.verdict(for: facts, asOf: day), "give-complaint-guidance") != nil)
        facts.decisionFullyGranted = true
        let granted = try Q.decision(for: facts, asOf: day)
        #expect(!granted.obligations.contains { $0.code.rawValue == "give-complaint-guidance" })
        #expect(granted.legalBasis.first { $0.citation.matches("FVL § 25") }?.instrument == .lbk433_2014)
        facts.decisionFullyGranted = false
        facts.delivery = .inPerson
        facts.decisionInWriting = false
        let oral = try Q.decision(for: facts, asOf: day)
        #expect(!oral.obligations.contains { $0.code.rawValue == "give-complaint-guidance" })
        #expect(oral.citations.contains { $0.matches("FVL § 7, stk. 1") })
        facts.decisionInWriting = nil
        #expect(Self.obligation(try Q.verdict(for: facts, asOf: day), "give-complaint-guidance") != nil)
    }

    @Test("3.2.4 FVL § 25, stk. 1, 2. pkt. (LBK 433/2014): no klagevejledning draft where the decision fully grants the request; a written or oral decision that does not is drafted")
    func noGuidanceDraftWhenFullyGranted() throws {
        let day = CivilDate(2024, 5, 2)
        var facts = Self.facts(day)
        #expect(try Q.decision(for: facts, asOf: day).value("guidance") != nil)
        facts.decisionFullyGranted = true
        let granted = try Q.decision(for: facts, asOf: day)
        #expect(granted.value("guidance") == nil)
        #expect(granted.value("appealable") == .bool(true))
        #expect(granted.citations.contains { $0.matches("FVL § 25, stk. 1") })
        facts.decisionFullyGranted = false
        #expect(try Q.decision(for: facts, asOf: day).value("guidance") != nil)
        facts.delivery = .inPerson
        facts.decisionInWriting = false
        #expect(try Q.decision(for: facts, asOf: day).value("guidance") != nil)
    }

    // MARK: §3.2 items 5–6 — acute acts

    @Test("3.2.5 complaints-acute-act-before-2020 settled by SEL § 133, stk. 1 (LBK 810/2012, LBK 1270/2016): an acute § 126 hold is a municipal afgørelse — the decision route, 4 weeks, no open question")
    func acuteActBefore2020() throws {
        for day in [CivilDate(2013, 3, 4), CivilDate(2016, 11, 1), CivilDate(2019, 12, 31)] {
            let decision = try Q.decision(for: Self.facts(.coercionAct, day), asOf: day)
            #expect(decision.value("openLegalQuestion") == nil)
            #expect(decision.value("deadline") == .date(day.adding(weeks: 4)) || decision.value("deadlineExtendedFrom") != nil)
            #expect(decision.citations.contains { $0.description == "SEL § 133, stk. 1" })
            #expect(decision.obligations.contains { $0.code.rawValue == "reconsider-and-forward" })
        }
    }

    @Test("3.2.5 (8.3 #26) offerIsRegional: the regionsråd reconsidered acute § 126 holds in regional offers while SEL § 133, stk. 3 stood (LBK 810/2012, LBK 1093/2013); gone from LBK 254/2014; in between an open question")
    func regionalCouncil() throws {
        func verdict(_ day: CivilDate, _ regional: Bool?) throws -> Verdict<Q.Values> {
            var facts = Self.facts(.coercionAct, day)
            facts.offerIsRegional = regional
            return try Q.verdict(for: facts, asOf: day)
        }
        #expect(try verdict(CivilDate(2013, 5, 6), true).values.route == ComplaintRoute(.regionalCouncil, .socialBoard))
        #expect(try verdict(CivilDate(2013, 9, 5), true).values.lodgeWith == .regionalCouncil)
        let window = try verdict(CivilDate(2013, 11, 4), true)
        #expect(window.outcome == .undetermined)
        #expect(window.values.openLegalQuestion == .regionalCouncilEnd)
        #expect(try verdict(CivilDate(2014, 3, 20), true).values.route == ComplaintRoute(.municipalityReconsideration, .ankestyrelsen))
        #expect(try verdict(CivilDate(2013, 5, 6), false).values.lodgeWith == .municipalityReconsideration)
        #expect(try verdict(CivilDate(2013, 5, 6), nil).values.lodgeWith == .municipalityReconsideration)
    }

    @Test("3.2.6 complaints-acute-act-deadline settled (SEL § 133, stk. 1; BEK 1239/2019, BEK 1411/2024 set none): no deadline, a filed complaint is in time, no open question")
    func acuteActDeadline() throws {
        let day = CivilDate(2021, 9, 20)
        let verdict = try Q.verdict(for: Q.Facts(subject: .coercionAct, decisionDate: day, complaintFiledOn: day.adding(years: 1)), asOf: day.adding(years: 1))
        #expect(verdict.values.route == ComplaintRoute(.municipalCouncil))
        #expect(verdict.values.deadline == nil)
        #expect(verdict.values.inTime == true)
        #expect(verdict.values.openLegalQuestion == nil)
        #expect(verdict.outcome == .determined)
    }

    @Test("3.2.5 fail closed: an acute act notified from 2020 without its own date may be a § 126 afgørelse (SEL § 133, stk. 1, LBK 798/2019) or an act for kommunalbestyrelsen (LOV 498/2019, from 2020-01-01): decisionDate asked for, the 4-week deadline told, never called late")
    func acuteActWithoutItsDate() throws {
        let notified = CivilDate(2020, 3, 13)
        func verdict(filed: CivilDate?, decided: CivilDate? = nil) throws -> Verdict<Q.Values> {
            let facts = Q.Facts(
                subject: .coercionAct, decisionDate: decided, notifiedOn: notified, delivery: .digital, complaintGuidanceGiven: true,
                complaintFiledOn: filed)
            return try Q.verdict(for: facts, asOf: CivilDate(2021, 3, 13))
        }
        let early = try verdict(filed: CivilDate(2020, 4, 10))
        #expect(early.outcome == .undetermined)
        #expect(early.firstMissingFact == "decisionDate")
        // 10 April 2020 is Langfredag, 13 April 2. påskedag.
        #expect(early.values.deadline == CivilDate(2020, 4, 14))
        #expect(early.values.inTime == true)
        let late = try verdict(filed: CivilDate(2021, 3, 13))
        #expect(late.values.inTime == nil)
        #expect(late.firstMissingFact == "decisionDate")
        // Either completion: in time to the council from 2020, late under the old rule before.
        #expect(try verdict(filed: CivilDate(2021, 3, 13), decided: CivilDate(2020, 3, 13)).values.inTime == true)
        #expect(try verdict(filed: CivilDate(2021, 3, 13), decided: CivilDate(2019, 12, 31)).values.inTime == false)
        #expect(try verdict(filed: CivilDate(2021, 3, 13), decided: CivilDate(2020, 3, 13)).values.route == ComplaintRoute(.municipalCouncil))
    }

    // MARK: §3.2 item 7 — supervision before 2014

    @Test("3.2.7 (8.3 #30) before 2014-01-01 den stedlige kommunalbestyrelse supervised the offers (SEL § 148 a, LBK 810/2012), regional offers the regionsråd (§ 5, stk. 7); socialtilsynet from 2014-01-01 (LOV 608/2013 § 25, STL § 11)")
    func supervisionBefore2014() throws {
        var facts = Q.Facts(subject: .offerQualityConcern)
        facts.offerIsRegional = false
        let before = try Q.decision(for: facts, asOf: CivilDate(2013, 12, 31))
        #expect(before.value("supervisedBy") == .string("local-municipality"))
        #expect(before.value("openLegalQuestion") == nil)
        #expect(before.citations.contains { $0.matches("SEL § 148 a") })
        facts.offerIsRegional = true
        #expect(try Q.verdict(for: facts, asOf: CivilDate(2013, 12, 31)).values.supervisedBy == .regionalCouncil)
        let after = try Q.decision(for: facts, asOf: CivilDate(2014, 1, 1))
        #expect(after.value("supervisedBy") == .string("social-supervision"))
        #expect(after.citations.contains { $0.matches("STL § 11") })
        #expect(after.citations.contains { $0.matches("Socialtilsyn whistleblowerordning") })
        #expect(after.legalBasis.first { $0.citation.matches("STL § 11") }?.instrument == .lov608_2013)
    }

    // MARK: §3.2 items 8–11

    @Test("3.2.8 the nævn's decisions were final, AST taking only cases of principle on request (RSL § 63, LBK 930/2012): cited in the board era only")
    func boardFinal() throws {
        let in2013 = try Q.decision(for: Self.facts(CivilDate(2013, 3, 4)), asOf: CivilDate(2013, 3, 4))
        #expect(in2013.citations.contains { $0.description == "RSL § 63" })
        #expect(in2013.legalBasis.first { $0.citation.description == "RSL § 63" }?.instrument == .lbk930_2012)
        let later = try Q.decision(for: Self.facts(CivilDate(2013, 7, 1)), asOf: CivilDate(2013, 7, 1))
        #expect(!later.citations.contains { $0.description == "RSL § 63" })
    }

    @Test("3.2.9 no suspensive effect (RSL § 72, stk. 1) read in the 2012, 2013 and 2025 texts: cited with the consolidation in force")
    func noSuspensionTexts() throws {
        for (day, instrument) in [(CivilDate(2013, 3, 4), LegalInstrument.lbk930_2012), (CivilDate(2014, 3, 3), .lbk983_2013), (CivilDate(2025, 8, 4), .lbk354_2025)] {
            let decision = try Q.decision(for: Self.facts(day), asOf: day)
            #expect(decision.value("suspensiveEffect") == .bool(false))
            #expect(decision.legalBasis.first { $0.citation.matches("RSL § 72, stk. 1") }?.instrument == instrument)
        }
    }

    @Test("3.2.10 the Ombudsman: exhaust the appeals first (OMBL § 14) and one year (§ 13, stk. 3, LBK 349/2013), with the area's first code kept")
    func ombudsman() throws {
        let decision = try Q.decision(for: Q.Facts(subject: .caseHandling, highestAuthorityDecided: true), asOf: CivilDate(2024, 5, 2))
        for citation in ["OMBL § 14", "OMBL § 13, stk. 3", "Ombudsmandsloven § 13"] {
            #expect(decision.citations.contains { $0.matches(citation) }, "\(citation)")
        }
        #expect(decision.legalBasis.first { $0.citation.matches("OMBL § 14") }?.instrument == .lbk349_2013)
        #expect(decision.legalBasis.first { $0.citation.matches("Ombudsmandsloven § 13") }?.instrument?.number == 349)
    }

    @Test("3.2.11 L 188 is LOV 680 af 11/06/2024: the 2024-07-01 version names it")
    func l188() throws {
        let version = try ComplaintRuleSets.catalogue.version(on: CivilDate(2024, 7, 1))
        #expect(version.validFrom == CivilDate(2024, 7, 1))
        #expect(version.enactedBy.contains("LOV nr. 680 af 11/06/2024"))
        #expect(version.instruments.contains(.lov680_2024))
    }

    // MARK: §6.3 items 4–5 — the deadline told

    @Test("6.3.4 the eves: a deadline ending on 24 December 2024 is told as 24 December (the safe day; no statute extends it); a complaint on 27 December is in time in the citizen's favour, naming eves-extend-deadlines")
    func evesSafeAndFavourable() throws {
        let day = CivilDate(2024, 11, 26)
        for (filed, inTime) in [(CivilDate(2024, 12, 24), true), (CivilDate(2024, 12, 27), true), (CivilDate(2024, 12, 30), false)] {
            let decision = try Q.decision(for: Self.facts(day, filed: filed), asOf: filed)
            #expect(decision.value("deadline") == .date(CivilDate(2024, 12, 24)))
            #expect(decision.value("citizenFavourableDeadline") == .date(CivilDate(2024, 12, 27)))
            #expect(decision.value("inTime") == .bool(inTime), "\(filed)")
            #expect(decision.value("openLegalQuestion") == .string("eves-extend-deadlines"))
            #expect(decision.outcome == .determined)
            guard case .text(let guidance)? = decision.value("guidance") else {
                Issue.record("no guidance")
                return
            }
            #expect(guidance.da.contains("senest 24. december 2024"))
            #expect(!guidance.da.contains("27. december 2024"))
        }
    }

    @Test("6.3.5 letters before 2016-07-01: A-post counts from the next day (FOB 2007.399) — earlier than the library's old 6 hverdage; B-post has no presumption, so a complaint after the safe day waits for receivedOn")
    func lettersBefore2016() throws {
        let day = CivilDate(2013, 3, 25)
        var facts = Self.facts(day, delivery: .letter)
        let unknown = try Q.verdict(for: facts, asOf: day)
        #expect(unknown.values.receivedOn == CivilDate(2013, 3, 26))
        #expect(unknown.values.deadline == CivilDate(2013, 4, 23))
        #expect(unknown.values.citizenFavourableDeadline == CivilDate(2013, 5, 3))
        #expect(unknown.values.openLegalQuestion == .letterReceipt)
        facts.postClass = .aPost
        let aPost = try Q.decision(for: facts, asOf: day)
        #expect(aPost.value("deadline") == .date(CivilDate(2013, 4, 23)))
        #expect(aPost.citations.contains { $0.matches("FOB 2007.399") })
        // Filed after the safe day, before the 6-hverdage day: depends on the class and the day.
        facts.postClass = nil
        facts.complaintFiledOn = CivilDate(2013, 4, 30)
        let band = try Q.decision(for: facts, asOf: CivilDate(2013, 4, 30))
        #expect(band.outcome == .undetermined)
        #expect(band.value("inTime") == nil)
        #expect(band.missingFacts == ["postClass", "receivedOn"])
        facts.postClass = .aPost
        #expect(try Q.verdict(for: facts, asOf: CivilDate(2013, 4, 30)).values.inTime == false)
        facts.postClass = .bPost
        facts.receivedOn = CivilDate(2013, 4, 3)
        #expect(try Q.verdict(for: facts, asOf: CivilDate(2013, 4, 30)).values.inTime == true)
    }

    @Test("6.3.5 (8.3 #29) letters posted from 2025-12-31 (PostNord gone): no presumption — told from the next day, judged in the citizen's favour only where receivedOn cannot make it late, letter-receipt-after-postnord named")
    func lettersAfterPostNord() throws {
        let day = CivilDate(2026, 1, 5)
        var facts = Self.facts(day, delivery: .letter)
        let told = try Q.verdict(for: facts, asOf: day)
        #expect(told.values.receivedOn == CivilDate(2026, 1, 6))
        #expect(told.values.deadline == CivilDate(2026, 2, 3))
        #expect(told.values.citizenFavourableDeadline == CivilDate(2026, 2, 10))
        #expect(told.values.openLegalQuestion == .letterReceiptAfterPostNord)
        facts.complaintFiledOn = CivilDate(2026, 2, 9)
        let band = try Q.verdict(for: facts, asOf: CivilDate(2026, 2, 9))
        #expect(band.values.inTime == nil)
        #expect(band.firstMissingFact == "receivedOn")
        facts.receivedOn = CivilDate(2026, 1, 12)
        let known = try Q.verdict(for: facts, asOf: CivilDate(2026, 2, 9))
        #expect(known.values.deadline == CivilDate(2026, 2, 9))
        #expect(known.values.inTime == true)
        // The day before PostNord stopped: the 6 hverdage still apply.
        let last = try Q.verdict(for: Self.facts(CivilDate(2025, 12, 30), delivery: .letter), asOf: CivilDate(2025, 12, 30))
        #expect(last.values.openLegalQuestion != .letterReceiptAfterPostNord)
    }

    @Test("6.3.5 2016–2018 (Ankestyrelsen's table; Quickbrev 2 days [S]): without the class the deadline is told from the Quickbrev day; with b-post the table decides")
    func letters2016() throws {
        let day = CivilDate(2017, 3, 2)
        var facts = Self.facts(day, delivery: .letter)
        #expect(try Q.verdict(for: facts, asOf: day).values.receivedOn == CivilDate(2017, 3, 4))
        facts.postClass = .bPost
        let table = try Q.verdict(for: facts, asOf: day)
        #expect(table.values.receivedOn == CivilDate(2017, 3, 8))
        #expect(table.values.deadline == CivilDate(2017, 4, 5))
    }

    // MARK: §8.3 — contract additions

    @Test("8.3 #27 disability-coercion-board: the nævn's decisions (SEL § 131 b, from 2025-01-01) go to Ankestyrelsen within 4 weeks without reconsideration (§ 134, stk. 1 and 4)")
    func disabilityBoard() throws {
        let day = CivilDate(2025, 1, 6)
        let decision = try Q.decision(for: Self.facts(.disabilityBoardDecision, day), asOf: day)
        #expect(decision.value("route") == .array([.string("disability-coercion-board"), .string("ankestyrelsen")]))
        #expect(decision.value("lodgeWith") == .string("ankestyrelsen"))
        #expect(decision.value("deadline") == .date(CivilDate(2025, 2, 3)))
        #expect(decision.value("suspensiveEffect") == .bool(false))
        #expect(!decision.obligations.contains { $0.code.rawValue == "reconsider-and-forward" })
        #expect(decision.citations.contains { $0.matches("SEL § 131 b") })
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.decisionDate", message: "")) {
            try Self.decide(#"{"question":"complaints.route","asOf":"2025-01-06","facts":{"subject":"disability-board-decision","decisionDate":"2024-12-31"}}"#)
        }
    }

    @Test("8.3 #28 ÆL § 30 (LOV 1651/2024, from 2025-07-01): listed decisions go the RSL kap. 10 route; the part ending an SEL decision (stk. 2) and unlisted decisions are not appealable")
    func aeldreloven() throws {
        let day = CivilDate(2025, 8, 4)
        var facts = Self.facts(day)
        facts.aeldrelovDecision = .listed
        let listed = try Q.decision(for: facts, asOf: day)
        #expect(listed.value("appealable") == .bool(true))
        #expect(listed.citations.contains { $0.description == "ÆL § 30, stk. 1" })
        #expect(listed.legalBasis.first { $0.citation.matches("ÆL § 30") }?.instrument == .lov1651_2024)
        for excluded in [AeldrelovDecision.endsSelDecision, .notListed] {
            facts.aeldrelovDecision = excluded
            let decision = try Q.decision(for: facts, asOf: day)
            #expect(decision.value("appealable") == .bool(false))
            #expect(decision.value("appealExcluded") == .bool(true))
            #expect(decision.value("deadline") == nil)
            #expect(!decision.obligations.contains { $0.code.rawValue == "give-complaint-guidance" })
        }
        facts.aeldrelovDecision = .endsSelDecision
        #expect(try Q.decision(for: facts, asOf: day).citations.contains { $0.description == "ÆL § 30, stk. 2" })
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.aeldrelovDecision", message: "")) {
            try Self.decide(#"{"question":"complaints.route","asOf":"2025-08-04","facts":{"subject":"decision","decisionDate":"2025-06-30","aeldrelovDecision":"listed"}}"#)
        }
    }

    @Test("8.3 #31 complainant: a visit restriction is addressed to the visitor too, who may complain (SEL § 137 d, stk. 5–6); only the person concerned may complain of other decisions (RSL § 60, stk. 2)")
    func complainant() throws {
        let day = CivilDate(2024, 5, 2)
        var facts = Self.facts(.coercionDecision, day)
        facts.complainant = .visitor
        let visitor = try Q.decision(for: facts, asOf: day)
        #expect(visitor.value("complainantEntitled") == .bool(true))
        #expect(visitor.citations.contains { $0.matches("SEL § 137 d, stk. 6") })
        facts.subject = .decision
        #expect(try Q.verdict(for: facts, asOf: day).values.complainantEntitled == false)
        facts.complainant = .relative
        #expect(try Q.verdict(for: facts, asOf: day).values.complainantEntitled == false)
        facts.subject = .coercionDecision
        #expect(try Q.verdict(for: facts, asOf: day).values.complainantEntitled == nil)
    }

    @Test("8.3 the contract additions are declared since 1.1 with meanings: facts, enum values, route values, obligations and values")
    func contractAdditions() {
        let added = ["postClass", "receivedOn", "noticePeriodCase", "reconsiderationResult", "complaintMaintainedOn", "decisionFullyGranted", "decisionInWriting", "offerIsRegional", "aeldrelovDecision", "complainant"]
        for name in added {
            let spec = Q.factSpecs.first { $0.name == name }
            #expect(spec?.since == "1.1", "\(name)")
            #expect(spec?.meaning.isEmpty == false)
        }
        for spec in Q.factSpecs where spec.since == "1" { #expect(!added.contains(spec.name)) }
        #expect(ComplaintSubject.disabilityBoardDecision.meaning.contains("131 b"))
        #expect(ComplaintBody.allCases.map(\.contractName).suffix(2) == ["regional-council", "disability-coercion-board"])
        let codes = Q.obligationSpecs.map(\.code.rawValue)
        #expect(codes == ["give-complaint-guidance", "reconsider-and-forward", "forward-to-competent-body", "send-new-decision", "forward-maintained-complaint"])
        #expect(Q.obligationSpecs.suffix(2).allSatisfy { $0.since == "1.1" })
        for value in ["citizenFavourableDeadline", "appealExcluded", "complainantEntitled", "supervisedBy"] {
            #expect(Q.valueSpecs.first { $0.name == value }?.since == "1.1", "\(value)")
        }
    }

    // MARK: issue 13 items 6–7

    @Test("issue 13.6 contradictory facts are bad input naming the field: filed before notified, received before (or on) posting, maintained before filed")
    func contradictions() throws {
        let cases: [(String, String)] = [
            (#""subject":"decision","decisionDate":"2024-05-02","notifiedOn":"2024-05-03","complaintFiledOn":"2024-05-02""#, "facts.complaintFiledOn"),
            (#""subject":"decision","decisionDate":"2024-05-02","complaintFiledOn":"2024-05-01""#, "facts.complaintFiledOn"),
            (#""subject":"decision","notifiedOn":"2024-05-02","delivery":"letter","receivedOn":"2024-05-02""#, "facts.receivedOn"),
            (#""subject":"decision","notifiedOn":"2024-05-02","receivedOn":"2024-05-01""#, "facts.receivedOn"),
            (#""subject":"decision","complaintFiledOn":"2024-05-10","complaintMaintainedOn":"2024-05-09""#, "facts.complaintMaintainedOn"),
            (#""subject":"decision","delivery":"digital","decisionInWriting":false"#, "facts.decisionInWriting"),
        ]
        for (facts, field) in cases {
            #expect(throws: PolicyError(code: .outOfRange, field: field, message: ""), "\(facts)") {
                try Self.decide(#"{"question":"complaints.route","asOf":"2024-06-01","facts":{\#(facts)}}"#)
            }
        }
        // A fact the subject does not read is not a contradiction: it is not used.
        for facts in [
            #""subject":"admission-decision","decisionDate":"2024-05-02","reconsiderationResult":"partial""#,
            #""subject":"practical-delivery","aeldrelovDecision":"listed","noticePeriodCase":true"#,
            #""subject":"decision","decisionDate":"2024-05-02","reconsiderationResult":"upheld","complaintMaintainedOn":"2024-05-20""#,
        ] {
            let decision = try Self.decide(#"{"question":"complaints.route","asOf":"2024-06-01","facts":{\#(facts)}}"#)
            #expect(!decision.obligations.contains { $0.code.rawValue == "forward-maintained-complaint" || $0.code.rawValue == "send-new-decision" }, "\(facts)")
        }
        // Facts built in Swift: undetermined, the field asked for, no deadline or inTime.
        let swift = Q.Facts(
            subject: .decision, decisionDate: CivilDate(2024, 5, 2), notifiedOn: CivilDate(2024, 5, 3), delivery: .digital,
            complaintGuidanceGiven: true, complaintFiledOn: CivilDate(2024, 5, 2))
        let verdict = try Q.verdict(for: swift, asOf: CivilDate(2024, 6, 1))
        #expect(verdict.outcome == .undetermined)
        #expect(verdict.firstMissingFact == "complaintFiledOn")
        #expect(verdict.values.deadline == nil && verdict.values.inTime == nil)
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.complaintFiledOn", message: "")) { try swift.validated(asOf: CivilDate(2024, 6, 1)) }
    }

    @Test("issue 13.7 a deadline past 9999-12-31 is bad input on facts.notifiedOn (or receivedOn), never clamped and called a working day")
    func deadlinePastTheCalendar() throws {
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.notifiedOn", message: "")) {
            try Self.decide(#"{"question":"complaints.route","asOf":"2024-06-01","facts":{"subject":"decision","notifiedOn":"9999-12-20","delivery":"digital","complaintGuidanceGiven":true}}"#)
        }
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.receivedOn", message: "")) {
            try Self.decide(#"{"question":"complaints.route","asOf":"2024-06-01","facts":{"subject":"decision","notifiedOn":"2026-01-05","delivery":"letter","receivedOn":"9999-12-20"}}"#)
        }
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.complaintFiledOn", message: "")) {
            try Self.decide(#"{"question":"complaints.route","asOf":"2024-06-01","facts":{"subject":"decision","complaintFiledOn":"9999-12-20"}}"#)
        }
    }

    @Test("fail closed: inTime on a non-appealable matter is said only when the complaint is known not to go to the Ombudsman (OMBL § 13, stk. 3: a year from a date the facts do not give)")
    func inTimeNotLostToTheOmbudsman() throws {
        let day = CivilDate(2024, 5, 2)
        for (highest, inTime) in [(false as Bool?, true as Bool?), (nil, nil), (true, nil)] {
            let verdict = try Q.verdict(for: Q.Facts(subject: .staffConduct, complaintFiledOn: day, highestAuthorityDecided: highest), asOf: day)
            #expect(verdict.values.inTime == inTime, "\(String(describing: highest))")
        }
    }

    @Test("every complaints rule-set version names its instruments with retsinformation ELI addresses (or the guidance's public page), and the versions change at 2013-07-01, 2014-01-01, 2018-01-01, 2019-04-01, 2020-01-01, 2021-06-14, 2024-01-01, 2025-07-01 and 2025-12-31")
    func versionsNameInstruments() throws {
        let catalogue = ComplaintRuleSets.catalogue
        #expect(catalogue.validationProblems().isEmpty)
        let starts = Set(catalogue.versions.map(\.validFrom))
        for boundary in [CivilDate(2013, 7, 1), CivilDate(2014, 1, 1), CivilDate(2018, 1, 1), CivilDate(2019, 4, 1), CivilDate(2020, 1, 1), CivilDate(2021, 6, 14), CivilDate(2024, 1, 1), CivilDate(2025, 7, 1), CivilDate(2025, 12, 31)] {
            #expect(starts.contains(boundary), "\(boundary)")
        }
        for version in catalogue.versions {
            #expect(!version.instruments.isEmpty)
            for instrument in version.instruments where [.consolidatedAct, .act, .executiveOrder].contains(instrument.kind) {
                #expect(instrument.url?.hasPrefix("https://www.retsinformation.dk/eli/lta/") == true, "\(instrument.name)")
            }
            // The executive order in force at the version's start is among its instruments.
            #expect(version.instruments.contains(ReconsiderationOrder.inForce(on: version.validFrom).instrument), "\(version.label)")
        }
    }
}
