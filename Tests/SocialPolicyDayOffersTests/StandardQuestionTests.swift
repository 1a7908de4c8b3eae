import SocialPolicyKit
import Testing

let kobenhavn = BundledProfiles.kobenhavn

/// KK-KS 8, five days a week, as printed in the standard (hours as decimal text).
let printedHours: [(DayOfferService, SupportLevel, String, String)] = [
    (.basis, .light, "1", "1"),
    (.basis, .moderate, "1", "1"),
    (.basis, .extensive, "1.5", "1.5"),
    (.basis, .massive, "2", "2"),
    (.personalCare, .light, "0.5", "0.5"),
    (.personalCare, .moderate, "0.75", "1.5"),
    (.personalCare, .extensive, "2", "3"),
    (.personalCare, .massive, "3.5", "7"),
]

/// Hundredths of an hour from decimal text, by string handling (independent of the library).
func hundredths(_ text: String) -> Int {
    let parts = text.split(separator: ".")
    let whole = Int(parts[0]) ?? 0
    guard parts.count == 2 else { return whole * 100 }
    let fraction = parts[1].count == 1 ? (Int(parts[1]) ?? 0) * 10 : (Int(parts[1]) ?? 0)
    return whole * 100 + fraction
}

/// Decimal text of hundredths, e.g. 120 → "1.2".
func decimalText(_ value: Int) -> String {
    let whole = value / 100
    let fraction = value % 100
    if fraction == 0 { return "\(whole)" }
    if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
}

/// Dates outside Copenhagen's 2013 standard (the first supported date is 2013-01-01, so no
/// earlier date can be asked about).
let datesWithoutStandard = [CivilDate(2014, 1, 1), CivilDate(2016, 7, 1), CivilDate(2024, 1, 2), CivilDate(2026, 11, 23)]
let datesWithStandard = [CivilDate(2013, 1, 1), CivilDate(2013, 6, 15), CivilDate(2013, 12, 31)]

@Suite("day-offer.support-hours")
struct SupportHoursTests {
    @Test("every service × level × days gives the printed five-day hours × days / 5, to the hundredth")
    func everyCombination() throws {
        var checked = 0
        for (service, level, printedMin, printedMax) in printedHours {
            for days in 1...5 {
                let facts = try DayOfferSupportHoursQuestion.Facts(service: service, supportLevel: level, daysPerWeek: days)
                for asOf in datesWithStandard {
                    let verdict = try DayOfferSupportHoursQuestion.verdict(for: facts, asOf: asOf, municipality: kobenhavn)
                    #expect(verdict.outcome == .determined)
                    let expectedMin = hundredths(printedMin) * days
                    let expectedMax = hundredths(printedMax) * days
                    // Every figure in the table × days is a whole number of hundredths × 5.
                    #expect(expectedMin % 5 == 0 && expectedMax % 5 == 0)
                    #expect(verdict.values.hours?.min.hundredths == expectedMin / 5)
                    #expect(verdict.values.hours?.max.hundredths == expectedMax / 5)
                    #expect(verdict.values.daysPerWeek == days)
                    let decision = try DayOfferSupportHoursQuestion.decision(for: facts, asOf: asOf, municipality: kobenhavn)
                    #expect(decision.value("minHoursPerWeek") == .number(Double(decimalText(expectedMin / 5)) ?? -1))
                    #expect(decision.value("maxHoursPerWeek") == .number(Double(decimalText(expectedMax / 5)) ?? -1))
                    #expect(decision.citations.contains { $0.matches("KK-KS 8") })
                    checked += 1
                }
            }
        }
        #expect(checked == 8 * 5 * datesWithStandard.count)
    }

    @Test("the public example: extensive personal care is 2–3 hours for five days, 1.2–1.8 for three")
    func publicExample() throws {
        let five = try DayOfferSupportHoursQuestion.decision(
            for: .init(service: .personalCare, supportLevel: .extensive), asOf: CivilDate(2013, 4, 1), municipality: kobenhavn)
        #expect(five.value("minHoursPerWeek") == .number(2))
        #expect(five.value("maxHoursPerWeek") == .number(3))
        let three = try DayOfferSupportHoursQuestion.decision(
            for: .init(service: .personalCare, supportLevel: .extensive, daysPerWeek: 3), asOf: CivilDate(2013, 4, 1), municipality: kobenhavn)
        #expect(three.value("minHoursPerWeek") == .number(1.2))
        #expect(three.value("maxHoursPerWeek") == .number(1.8))
    }

    @Test("pro-rata rounding is exact integer arithmetic, halves up")
    func rounding() {
        #expect(WeeklyHours(hundredths: 7).prorated(days: 2).hundredths == 3)  // 2.8 → 3
        #expect(WeeklyHours(hundredths: 1).prorated(days: 2).hundredths == 0)  // 0.4 → 0
        #expect(WeeklyHours(hundredths: 3).prorated(days: 3).hundredths == 2)  // 1.8 → 2
        #expect(WeeklyHours(hundredths: 333).prorated(days: 4).hundredths == 266)  // 266.4 → 266
        #expect(WeeklyHours(hundredths: 75).prorated(days: 1).hundredths == 15)
        #expect(WeeklyHours(hundredths: 75).prorated(days: 5).hundredths == 75)
        #expect(WeeklyHours(hundredths: 75).description == "0.75")
        #expect(WeeklyHours(hundredths: 150).danishText == "1,5")
        #expect(WeeklyHours(hundredths: 5).description == "0.05")
    }

    @Test("days a week outside 1–5 is bad input naming facts.daysPerWeek")
    func badDays() throws {
        for days in [0, 6, -1, 7] {
            #expect(throws: PolicyError(code: .outOfRange, field: "facts.daysPerWeek", message: "")) {
                _ = try DayOfferSupportHoursQuestion.Facts(service: .basis, supportLevel: .light, daysPerWeek: days)
            }
            #expect(throws: PolicyError(code: .outOfRange, field: "facts.daysPerWeek", message: "")) {
                _ = try DayOfferStandard.kobenhavn2013.supportHours(service: .basis, level: .light, daysPerWeek: days)
            }
        }
        let json = """
            {"question":"day-offer.support-hours","asOf":"2013-04-01","municipality":"kobenhavn",
             "facts":{"service":"basis","supportLevel":"light","daysPerWeek":6}}
            """
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.daysPerWeek", message: "")) {
            _ = try PolicyCatalogue.standard.evaluate(json: Array(json.utf8))
        }
    }

    @Test("outside 2013, or in a municipality without a standard, the answer is undetermined: no-quality-standard")
    func noStandard() throws {
        let facts = try DayOfferSupportHoursQuestion.Facts(service: .basis, supportLevel: .massive)
        for asOf in datesWithoutStandard {
            let verdict = try DayOfferSupportHoursQuestion.verdict(for: facts, asOf: asOf, municipality: kobenhavn)
            #expect(verdict.outcome == .undetermined)
            #expect(verdict.values.openLegalQuestion == .noQualityStandard)
            #expect(verdict.values.hours == nil)
        }
        for municipality: any MunicipalPolicy in [BundledProfiles.gentofte, BundledProfiles.helsingor] {
            let decision = try DayOfferSupportHoursQuestion.decision(for: facts, asOf: CivilDate(2013, 5, 1), municipality: municipality)
            #expect(decision.outcome == .undetermined)
            #expect(decision.value("openLegalQuestion") == .string("no-quality-standard"))
        }
    }

    @Test("without a municipality the answer is undetermined with municipality missing")
    func noMunicipality() throws {
        let decision = try DayOfferSupportHoursQuestion.decision(
            for: .init(service: .basis, supportLevel: .light), asOf: CivilDate(2013, 5, 1))
        #expect(decision.outcome == .undetermined)
        #expect(decision.missingFacts == ["municipality"])
        #expect(decision.value("openLegalQuestion") == nil)
    }
}

@Suite("day-offer.follow-up")
struct FollowUpTests {
    @Test("the next review is four calendar months on, the month's last day when shorter")
    func reviewDates() throws {
        let cases: [(CivilDate, CivilDate)] = [
            (CivilDate(2013, 2, 15), CivilDate(2013, 6, 15)),
            (CivilDate(2013, 5, 31), CivilDate(2013, 9, 30)),
            (CivilDate(2013, 10, 31), CivilDate(2014, 2, 28)),
            (CivilDate(2013, 1, 31), CivilDate(2013, 5, 31)),
            (CivilDate(2012, 10, 31), CivilDate(2013, 2, 28)),
            (CivilDate(2011, 10, 31), CivilDate(2012, 2, 29)),
            (CivilDate(2013, 8, 30), CivilDate(2013, 12, 30)),
        ]
        for (last, due) in cases {
            #expect(DayOfferStandard.kobenhavn2013.nextReviewDate(after: last) == due)
            #expect(KobenhavnDayOfferStandard.nextReviewDate(after: last, asOf: CivilDate(2013, 12, 1)) == due)
        }
    }

    @Test("every set of events: review-plan always, extraordinary-follow-up exactly when an event occurred")
    func everyEventSet() throws {
        for bits in UInt8(0)..<16 {
            let events = FollowUpEvents(rawValue: bits)
            let facts = DayOfferFollowUpQuestion.Facts(lastPlanReviewOn: CivilDate(2013, 3, 1), events: events)
            let verdict = try DayOfferFollowUpQuestion.verdict(for: facts, asOf: CivilDate(2013, 4, 1), municipality: kobenhavn)
            #expect(verdict.outcome == .determined)
            #expect(verdict.values.nextReviewDue == CivilDate(2013, 7, 1))
            #expect(verdict.obligations.contains(DayOfferFollowUpQuestion.reviewPlan))
            #expect(verdict.obligations.first?.due == CivilDate(2013, 7, 1))
            #expect(verdict.obligations.contains(DayOfferFollowUpQuestion.extraordinaryFollowUp) == (bits != 0))
            #expect(verdict.values.extraordinaryFollowUp == (bits != 0))
            #expect(!verdict.obligations.overflowed)
            let decision = try DayOfferFollowUpQuestion.decision(for: facts, asOf: CivilDate(2013, 4, 1), municipality: kobenhavn)
            #expect(decision.obligations.map(\.code) == verdict.obligations.map(\.code))
            #expect(decision.obligations.map(\.due) == verdict.obligations.map(\.due))
        }
    }

    @Test("the explanation names several events as a Danish and English list (\"a, b og c\")")
    func eventsListed() throws {
        let decision = try DayOfferFollowUpQuestion.decision(
            for: .init(lastPlanReviewOn: CivilDate(2013, 3, 1), events: [.coercion, .behaviourChange, .offerChange]),
            asOf: CivilDate(2013, 4, 1), municipality: kobenhavn)
        let step = try #require(decision.explanation.first { $0.citation.matches("KK-KS 4.2") })
        #expect(step.text.da.contains("magtanvendelse, en væsentlig ændring i adfærd og en ændring af dagtilbud"))
        #expect(step.text.en.contains("coercion, a substantial change in behaviour and a change of offer"))
    }

    @Test("each event alone calls for an extraordinary follow-up (KK-KS 4.2)")
    func eachEvent() throws {
        for event in FollowUpEvent.allCases {
            let decision = try DayOfferFollowUpQuestion.decision(
                for: .init(lastPlanReviewOn: CivilDate(2013, 3, 1), events: FollowUpEvents(event)),
                asOf: CivilDate(2013, 4, 1), municipality: kobenhavn)
            #expect(decision.hasObligation(DayOfferFollowUpQuestion.extraordinaryFollowUp))
            #expect(decision.citations.contains { $0.matches("KK-KS 4.2") })
            #expect(FollowUpEvents(event).events == [event])
        }
    }

    @Test("an unknown last review is undetermined, naming lastPlanReviewOn first; events still oblige")
    func unknownLastReview() throws {
        let decision = try DayOfferFollowUpQuestion.decision(
            for: .init(lastPlanReviewOn: nil, events: nil), asOf: CivilDate(2013, 4, 1), municipality: kobenhavn)
        #expect(decision.outcome == .undetermined)
        #expect(decision.missingFacts == ["lastPlanReviewOn", "events"])
        let withCoercion = try DayOfferFollowUpQuestion.decision(
            for: .init(lastPlanReviewOn: nil, events: .coercion), asOf: CivilDate(2013, 4, 1), municipality: kobenhavn)
        #expect(withCoercion.outcome == .undetermined)
        #expect(withCoercion.hasObligation(DayOfferFollowUpQuestion.extraordinaryFollowUp))
        #expect(!withCoercion.hasObligation(DayOfferFollowUpQuestion.reviewPlan))
    }

    @Test("an overdue review is flagged")
    func overdue() throws {
        let verdict = try DayOfferFollowUpQuestion.verdict(
            for: .init(lastPlanReviewOn: CivilDate(2013, 1, 10), events: []), asOf: CivilDate(2013, 5, 11), municipality: kobenhavn)
        #expect(verdict.values.reviewOverdue == true)
        let onTheDay = try DayOfferFollowUpQuestion.verdict(
            for: .init(lastPlanReviewOn: CivilDate(2013, 1, 10), events: []), asOf: CivilDate(2013, 5, 10), municipality: kobenhavn)
        #expect(onTheDay.values.reviewOverdue == false)
    }

    @Test("outside 2013 the follow-up is undetermined: no-quality-standard, and no obligation is invented")
    func noStandard() throws {
        for asOf in datesWithoutStandard {
            let verdict = try DayOfferFollowUpQuestion.verdict(
                for: .init(lastPlanReviewOn: CivilDate(2013, 11, 1), events: .coercion), asOf: asOf, municipality: kobenhavn)
            #expect(verdict.outcome == .undetermined)
            #expect(verdict.values.openLegalQuestion == .noQualityStandard)
            #expect(verdict.obligations.isEmpty)
        }
    }
}

@Suite("day-offer.leave")
struct LeaveTests {
    @Test("a leave of exactly one year keeps the place; one day more needs re-visitation")
    func oneYearBoundary() throws {
        let cases: [(CivilDate, CivilDate, Bool)] = [
            (CivilDate(2013, 5, 1), CivilDate(2014, 5, 1), true),
            (CivilDate(2013, 5, 1), CivilDate(2014, 5, 2), false),
            (CivilDate(2013, 5, 1), CivilDate(2014, 7, 1), false),
            (CivilDate(2013, 5, 1), CivilDate(2013, 5, 1), true),
            (CivilDate(2013, 5, 1), CivilDate(2013, 8, 1), true),
            (CivilDate(2012, 2, 29), CivilDate(2013, 2, 28), true),
            (CivilDate(2012, 2, 29), CivilDate(2013, 3, 1), false),
        ]
        for (start, end, keeps) in cases {
            let facts = try DayOfferLeaveQuestion.Facts(leaveStartsOn: start, leaveEndsOn: end)
            let verdict = try DayOfferLeaveQuestion.verdict(for: facts, asOf: CivilDate(2013, 6, 1), municipality: kobenhavn)
            #expect(verdict.outcome == .determined)
            #expect(verdict.values.keepsPlace == keeps, "\(start)–\(end)")
            #expect(verdict.values.requiresRevisitation == !keeps)
            #expect(try KobenhavnDayOfferStandard.leave(from: start, to: end, asOf: CivilDate(2013, 6, 1))?.keepsPlace == keeps)
        }
    }

    @Test("a leave that ends before it starts is bad input naming facts.leaveEndsOn")
    func endBeforeStart() throws {
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.leaveEndsOn", message: "")) {
            _ = try DayOfferLeaveQuestion.Facts(leaveStartsOn: CivilDate(2013, 5, 2), leaveEndsOn: CivilDate(2013, 5, 1))
        }
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.leaveEndsOn", message: "")) {
            _ = try DayOfferStandard.kobenhavn2013.leave(from: CivilDate(2013, 5, 2), to: CivilDate(2013, 5, 1))
        }
        let json = """
            {"question":"day-offer.leave","asOf":"2013-04-01","municipality":"kobenhavn",
             "facts":{"leaveStartsOn":"2013-05-02","leaveEndsOn":"2013-05-01"}}
            """
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.leaveEndsOn", message: "")) {
            _ = try PolicyCatalogue.standard.evaluate(json: Array(json.utf8))
        }
    }

    @Test("unknown dates are undetermined and named")
    func unknownDates() throws {
        let decision = try DayOfferLeaveQuestion.decision(
            for: try .init(leaveStartsOn: CivilDate(2013, 5, 1)), asOf: CivilDate(2013, 6, 1), municipality: kobenhavn)
        #expect(decision.outcome == .undetermined)
        #expect(decision.missingFacts == ["leaveEndsOn"])
    }

    @Test("outside 2013 the leave rule is undetermined: no-quality-standard")
    func noStandard() throws {
        for asOf in datesWithoutStandard {
            let verdict = try DayOfferLeaveQuestion.verdict(
                for: try .init(leaveStartsOn: CivilDate(2013, 5, 1), leaveEndsOn: CivilDate(2013, 6, 1)), asOf: asOf, municipality: kobenhavn)
            #expect(verdict.outcome == .undetermined)
            #expect(verdict.values.openLegalQuestion == .noQualityStandard)
            #expect(verdict.values.keepsPlace == nil)
        }
        #expect(try KobenhavnDayOfferStandard.leave(from: CivilDate(2014, 1, 1), to: CivilDate(2014, 2, 1), asOf: CivilDate(2014, 1, 1)) == nil)
    }
}

@Suite("day-offer.case-processing")
struct CaseProcessingTests {
    @Test("for every day of 2013 the decision is due six weeks later, same weekday, not moved; the working-day flag is right")
    func everyDay() throws {
        var day = CivilDate(2013, 1, 1)
        var nonWorking = 0
        while day.year == 2013 {
            let verdict = try DayOfferCaseProcessingQuestion.verdict(
                for: .init(applicationReceivedOn: day), asOf: day, municipality: kobenhavn)
            #expect(verdict.outcome == .determined)
            let due = try #require(verdict.values.decisionDue)
            #expect(day.days(until: due) == 42)
            #expect(due.weekday == day.weekday)
            #expect(verdict.values.decisionDueIsWorkingDay == DanishCalendar.isWorkingDay(due, eves: false))
            if verdict.values.decisionDueIsWorkingDay == false { nonWorking += 1 }
            day = day.adding(days: 1)
        }
        #expect(nonWorking > 104)
    }

    @Test("a deadline on Kristi himmelfartsdag stays on that day and the explanation says it is not a working day")
    func holidayDeadline() throws {
        // Received Thursday 2013-03-28; due Thursday 2013-05-09 = Kristi himmelfartsdag.
        let decision = try DayOfferCaseProcessingQuestion.decision(
            for: .init(applicationReceivedOn: CivilDate(2013, 3, 28)), asOf: CivilDate(2013, 3, 28), municipality: kobenhavn)
        #expect(decision.value("decisionDue") == .date(CivilDate(2013, 5, 9)))
        #expect(decision.value("decisionDueIsWorkingDay") == .bool(false))
        #expect(decision.explanation.contains { $0.text.en.contains("not a working day") })
        #expect(decision.citations.contains { $0.matches("KK-KS 2.3") })
        #expect(decision.citations.contains { $0.matches("RSL § 3") })
    }

    @Test("the public example: received 2013-03-04, decision due 2013-04-15")
    func publicExample() throws {
        #expect(KobenhavnDayOfferStandard.decisionDue(applicationReceivedOn: CivilDate(2013, 3, 4), asOf: CivilDate(2013, 3, 4)) == CivilDate(2013, 4, 15))
    }

    @Test("outside 2013 and without a municipality the deadline is undetermined")
    func noStandard() throws {
        let facts = DayOfferCaseProcessingQuestion.Facts(applicationReceivedOn: CivilDate(2014, 1, 6))
        let verdict = try DayOfferCaseProcessingQuestion.verdict(for: facts, asOf: CivilDate(2014, 1, 6), municipality: kobenhavn)
        #expect(verdict.outcome == .undetermined)
        #expect(verdict.values.openLegalQuestion == .noQualityStandard)
        let national = try DayOfferCaseProcessingQuestion.decision(for: facts, asOf: CivilDate(2013, 6, 3))
        #expect(national.missingFacts == ["municipality"])
        let unknown = try DayOfferCaseProcessingQuestion.decision(for: .init(), asOf: CivilDate(2013, 6, 3), municipality: kobenhavn)
        #expect(unknown.missingFacts == ["applicationReceivedOn"])
    }
}

@Suite("Municipal layer")
struct MunicipalLayerTests {
    struct Roskilde: DayOfferLocalPolicy {
        let id = "roskilde"
        let name = "Roskilde Kommune"
    }

    struct Frederiksberg2014: DayOfferLocalPolicy {
        let id = "frederiksberg"
        let name = "Frederiksberg Kommune"
        static let standard = DayOfferStandard(
            name: "test standard 2014", period: PolicyPeriod(from: CivilDate(2014, 1, 1), to: CivilDate(2014, 12, 31)),
            hours: DayOfferStandard.kobenhavn2013.hours, reviewIntervalMonths: 3, leaveLimitYears: 2,
            caseProcessingWeeks: 8, sections: DayOfferStandard.kobenhavn2013.sections)
        func dayOfferStandard(on date: CivilDate) -> DayOfferStandard? { Self.standard }
    }

    @Test("a municipality that supplies no standard gets no-quality-standard by default")
    func defaultNone() throws {
        let verdict = try DayOfferCaseProcessingQuestion.verdict(
            for: .init(applicationReceivedOn: CivilDate(2013, 3, 4)), asOf: CivilDate(2013, 3, 4), municipality: Roskilde())
        #expect(verdict.values.openLegalQuestion == .noQualityStandard)
    }

    @Test("a host's own standard applies only inside its period, even if the profile returns it on other dates")
    func hostStandard() throws {
        let facts = DayOfferCaseProcessingQuestion.Facts(applicationReceivedOn: CivilDate(2014, 3, 3))
        let inside = try DayOfferCaseProcessingQuestion.verdict(for: facts, asOf: CivilDate(2014, 3, 3), municipality: Frederiksberg2014())
        #expect(inside.values.decisionDue == CivilDate(2014, 4, 28))
        let outside = try DayOfferCaseProcessingQuestion.verdict(for: facts, asOf: CivilDate(2015, 3, 3), municipality: Frederiksberg2014())
        #expect(outside.outcome == .undetermined)
        #expect(outside.values.openLegalQuestion == .noQualityStandard)
    }

    @Test("Copenhagen's standard is exactly the 2013 document period")
    func copenhagenPeriod() throws {
        #expect(kobenhavn.dayOfferStandard(on: CivilDate(2013, 1, 1)) == .kobenhavn2013)
        #expect(kobenhavn.dayOfferStandard(on: CivilDate(2013, 12, 31)) == .kobenhavn2013)
        #expect(kobenhavn.dayOfferStandard(on: CivilDate(2014, 1, 1)) == nil)
        #expect(DayOfferStandard.kobenhavn2013.period == PolicyDocumentPeriods.kkKvalitetsstandard2013)
        #expect(DayOfferStandard.kobenhavn2013.reviewIntervalMonths == 4)
        #expect(DayOfferStandard.kobenhavn2013.leaveLimitYears == 1)
        #expect(DayOfferStandard.kobenhavn2013.caseProcessingWeeks == 6)
        #expect(KobenhavnDayOfferStandard.standard(on: CivilDate(2012, 12, 31)) == nil)
        #expect(try KobenhavnDayOfferStandard.supportHours(service: .basis, level: .light, asOf: CivilDate(2014, 1, 1)) == nil)
    }

    @Test("the questions are registered in the standard catalogue with the contract's fact names")
    func registered() {
        let expected: [String: [String]] = [
            "day-offer.eligibility": ["offer", "birthDate", "substantiallyReducedFunction", "specialSocialProblems", "canWorkOnNormalTerms", "otherLegislationApplies"],
            "day-offer.support-hours": ["service", "supportLevel", "daysPerWeek"],
            "day-offer.follow-up": ["lastPlanReviewOn", "events"],
            "day-offer.leave": ["leaveStartsOn", "leaveEndsOn"],
            "day-offer.case-processing": ["applicationReceivedOn", "deadlineWillBeMissed"],
        ]
        for (id, facts) in expected {
            let question = PolicyCatalogue.standard.question(id)
            #expect(question?.factSpecs.map(\.name) == facts, "\(id)")
        }
    }
}
