import SocialPolicyCalendar
import SocialPolicyContract
import SocialPolicyCore
import Testing

/// One test per point of primary-texts-2026 §6.3 (and issue 13 item 7), named after the point and
/// the instrument it rests on.
@Suite("Calendar: points corrected from the acts")
struct CalendarLawTests {
    static func decide(_ json: String) throws -> Decision {
        try PolicyCatalogue.standard.evaluate(json: Array(json.utf8))
    }

    @Test("the 2011 pension schedule is LOV 1386/2011 (not 1353/2011): pl-1a@2012-01-01 names it and legalBasis shows it amending LBK 783/2012's predecessors")
    func lov1386of2011() throws {
        let first = try #require(PensionAge.ruleSets.versions.first)
        #expect(first.enactedBy.contains("LOV nr. 1386 af 28/12/2011"))
        #expect(!first.enactedBy.contains("1353"))
        #expect(first.instruments.contains(.lov1386_2011))
        let decision = try Self.decide(#"{"question": "calendar.pension-age", "asOf": "2013-05-01", "facts": {"birthDate": "1954-05-10"}}"#)
        let basis = try #require(decision.legalBasis.first { $0.citation.matches("PL § 1 a") })
        #expect(basis.instrument == .lbk390_2013)
        #expect(decision.value("pensionAgeMonths") == .int(6))
    }

    @Test("LOV 2203/2020 (69) and LOV 703/2025 (70) are named: versions, the explanation and the legal basis")
    func lov2203of2020AndLov703of2025() throws {
        let labels = PensionAge.ruleSets.versions.map(\.enactedBy)
        #expect(labels[2].contains("LOV nr. 2203 af 29/12/2020"))
        #expect(labels[3].contains("LOV nr. 703 af 20/06/2025"))
        let in2026 = try Self.decide(#"{"question": "calendar.pension-age", "asOf": "2026-05-01", "facts": {"birthDate": "1972-03-10"}}"#)
        let basis = try #require(in2026.legalBasis.first { $0.citation.matches("PL § 1 a") })
        #expect(basis.instrument == .lbk1123_2024)
        #expect(basis.amendedBy.contains(.lov703_2025))
        #expect(in2026.explanation.contains { $0.text.da.contains("LOV nr. 703 af 20/06/2025") })
        let in2021 = try Self.decide(#"{"question": "calendar.pension-age", "asOf": "2021-05-01", "facts": {"birthDate": "1968-03-10"}}"#)
        #expect(in2021.explanation.contains { $0.text.en.contains("LOV nr. 2203 af 29/12/2020") })
    }

    @Test("pension-age-day (LBK 783/2012 § 1 a): 31 March and 31 May 1954/1955 births reach 65½/66½ on the month's last day, 29 February births in a common year, each naming the open question; 31 August births are whole-year ages and have none")
    func pensionAgeDay() throws {
        let cases: [(String, String, String?)] = [
            ("1954-03-31", "2019-09-30", "pension-age-day"),
            ("1954-05-31", "2019-11-30", "pension-age-day"),
            ("1955-03-31", "2021-09-30", "pension-age-day"),
            ("1955-05-31", "2021-11-30", "pension-age-day"),
            ("1956-02-29", "2023-02-28", "pension-age-day"),
            ("1964-02-29", "2032-02-29", nil),
            ("1954-08-31", "2020-08-31", nil),
            ("1954-01-31", "2019-07-31", nil),
        ]
        for (born, reached, question) in cases {
            let decision = try Self.decide(#"{"question": "calendar.pension-age", "asOf": "2024-01-01", "facts": {"birthDate": "\#(born)"}}"#)
            #expect(decision.value("reachesPensionAgeOn") == .date(try #require(CivilDate(parsing: reached))), "\(born)")
            #expect(decision.value("openLegalQuestion") == question.map { .string($0) }, "\(born)")
        }
    }

    @Test("no statute extends a deadline ending on Grundlovsdag, 24 or 31 December (forældelsesloven § 27, stk. 2 only for limitation periods): safeDeadline never moves past one, every start day 2013–2100, 1–8 weeks")
    func safeDeadlineNeverPastAnEve() {
        var failures: [String] = []
        var start = CivilDate(2013, 1, 1)
        while start <= CivilDate(2100, 12, 31) {
            for weeks in 1...8 {
                let deadline = Deadline(from: start, period: DeadlinePeriod(weeks: weeks))
                if deadline.safeDate > deadline.date { failures.append("\(start)+\(weeks)w: safe after deadline") }
                if !DanishCalendar.isWorkingDay(deadline.safeDate, eves: false) { failures.append("\(start)+\(weeks)w: safe \(deadline.safeDate) not a hverdag") }
                if deadline.safeDate != DanishCalendar.nextWorkingDay(onOrAfter: deadline.nominal, eves: false) { failures.append("\(start)+\(weeks)w: safe skipped a day") }
                if (deadline.safeDate != deadline.citizenFavourableDate) != (deadline.eveAffected != nil) { failures.append("\(start)+\(weeks)w: eve flag") }
            }
            start = start.adding(days: 1)
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test("calendar.deadline keeps extendOnEves' contract meaning (deadline 2024-12-27 by default) and adds safeDeadline 2024-12-24 with eves-extend-deadlines (VEJ 9533/2018; forældelsesloven § 27, stk. 2)")
    func safeDeadlineValue() throws {
        let decision = try Self.decide(#"{"question": "calendar.deadline", "asOf": "2024-11-26", "facts": {"start": "2024-11-26", "weeks": 4}}"#)
        #expect(decision.value("deadline") == .date(CivilDate(2024, 12, 27)))
        #expect(decision.value("safeDeadline") == .date(CivilDate(2024, 12, 24)))
        #expect(decision.value("openLegalQuestion") == .string("eves-extend-deadlines"))
        #expect(decision.citations.contains { $0.matches("Forældelsesloven § 27, stk. 2") })
        guard case .text(let warning)? = decision.value("warning") else {
            Issue.record("no warning")
            return
        }
        #expect(warning.da.contains("Den sikre frist er 24. december 2024"))
        #expect(warning.da.contains("27. december 2024"))
        // Off: deadline is the safe day; no eve, no open question.
        let off = try Self.decide(#"{"question": "calendar.deadline", "asOf": "2024-11-26", "facts": {"start": "2024-11-26", "weeks": 4, "extendOnEves": false}}"#)
        #expect(off.value("deadline") == off.value("safeDeadline"))
        let plain = try Self.decide(#"{"question": "calendar.deadline", "asOf": "2025-05-12", "facts": {"start": "2025-05-12", "weeks": 4}}"#)
        #expect(plain.value("safeDeadline") == .date(CivilDate(2025, 6, 10)))
        #expect(plain.value("openLegalQuestion") == nil)
    }

    @Test("a deadline that would pass 9999-12-31 is an error naming the part that takes it there, never a clamped day called a working day (issue 13 item 7)")
    func deadlinePastTheCalendar() throws {
        func expectError(_ facts: String, _ field: String) {
            #expect(throws: PolicyError(code: .outOfRange, field: field, message: "")) {
                try Self.decide(#"{"question": "calendar.deadline", "asOf": "2024-01-01", "facts": {\#(facts)}}"#)
            }
        }
        expectError(#""start": "9999-12-20", "days": 3000"#, "facts.days")
        expectError(#""start": "9999-12-20", "days": 365001"#, "facts.days")
        expectError(#""start": "9999-11-30", "months": 2"#, "facts.months")
        expectError(#""start": "9999-12-01", "weeks": 5"#, "facts.weeks")
        // 9999-12-31 is a Friday and an eve: moving past it is past the calendar.
        expectError(#""start": "9999-12-30", "days": 1"#, "facts.start")
        #expect(Deadline(checkedFrom: CivilDate(9999, 12, 20), period: DeadlinePeriod(days: 3000)) == nil)
        #expect(DanishCalendar.checkedNextWorkingDay(onOrAfter: CivilDate(9999, 12, 31)) == nil)
        #expect(DanishCalendar.checkedNextWorkingDay(onOrAfter: CivilDate(9999, 12, 31), eves: false) == CivilDate(9999, 12, 31))
        // Facts built in Swift: no deadline, undetermined.
        let verdict = try DeadlineQuestion.verdict(
            for: DeadlineQuestion.Facts(start: CivilDate(9999, 12, 20), period: DeadlinePeriod(days: 3000)), asOf: CivilDate(2024, 1, 1))
        #expect(verdict.outcome == .undetermined)
        #expect(verdict.values.deadline == nil && verdict.values.safeDeadline == nil)
        let negative = try DeadlineQuestion.verdict(
            for: DeadlineQuestion.Facts(start: CivilDate(2024, 1, 1), period: DeadlinePeriod(days: -3)), asOf: CivilDate(2024, 1, 1))
        #expect(negative.outcome == .undetermined)
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.days", message: "")) {
            try DeadlineQuestion.Facts(start: CivilDate(2024, 1, 1), period: DeadlinePeriod(days: -3)).validated()
        }
    }

    @Test("a pension age reached after 9999-12-31 is an error on facts.birthDate, never a clamped day (PL § 1 a; issue 13 item 7)")
    func pensionAgePastTheCalendar() throws {
        #expect(throws: PolicyError(code: .outOfRange, field: "facts.birthDate", message: "")) {
            try Self.decide(#"{"question": "calendar.pension-age", "asOf": "2024-01-01", "facts": {"birthDate": "9950-06-01"}}"#)
        }
        let verdict = try PensionAgeQuestion.verdict(for: PensionAgeQuestion.Facts(birthDate: CivilDate(9950, 6, 1)), asOf: CivilDate(2024, 1, 1))
        #expect(verdict.outcome == .undetermined)
        #expect(verdict.values.reachesPensionAgeOn == nil)
    }

    @Test("deadlines are computed under VEJ 9533/2018 from 2018-06-26 and by analogy with forældelsesloven § 27 before (LBK 1063/2013): citations and legal basis on both sides")
    func deadlineRuleByDate() throws {
        let before = try Self.decide(#"{"question": "calendar.deadline", "asOf": "2018-06-25", "facts": {"start": "2018-06-25", "weeks": 4}}"#)
        #expect(before.ruleSet == "dk-calendar@2013-01-01")
        #expect(before.citations.contains { $0.matches("Forældelsesloven § 27, stk. 1") })
        #expect(before.legalBasis.first { $0.citation.matches("Forældelsesloven § 27") }?.instrument == .lbk1238_2015)
        let after = try Self.decide(#"{"question": "calendar.deadline", "asOf": "2018-06-26", "facts": {"start": "2018-06-26", "weeks": 4}}"#)
        #expect(after.ruleSet == "dk-calendar@2018-06-26")
        #expect(after.citations.contains { $0.matches("VEJ nr. 9533/2018 uger og måneder") })
        #expect(after.legalBasis.first { $0.citation.source == .klagefristVejledning }?.instrument == .vej9533_2018)
    }

    @Test("store bededag: abolished as a helligdag by BEK 270/2023 § 1, cited from 2023-03-07; L 13 (LOV 214/2023 § 1) from 2024-01-01; lukkeloven § 2, stk. 1 (LBK 515/2019) lists Grundlovsdag and juleaftensdag beside the helligdage")
    func greatPrayerDayInstruments() throws {
        let early = try Self.decide(#"{"question": "calendar.holidays", "asOf": "2019-06-01", "facts": {"year": 2024}}"#)
        #expect(!early.citations.contains { $0.matches("BEK 270/2023 § 1") })
        #expect(early.legalBasis.first { $0.citation.matches("Lukkeloven § 2") }?.instrument == .lbk515_2019)
        let mid = try Self.decide(#"{"question": "calendar.holidays", "asOf": "2023-06-01", "facts": {"year": 2024}}"#)
        #expect(mid.citations.contains { $0.matches("BEK 270/2023 § 1") })
        #expect(!mid.citations.contains { $0.matches("L 13 (2022-23, 2. saml.) § 1") })
        let late = try Self.decide(#"{"question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": 2024}}"#)
        #expect(late.citations.contains { $0.matches("L 13 (2022-23, 2. saml.) § 1") })
        #expect(late.legalBasis.first { $0.citation.source == .storeBededagLoven }?.instrument == .lov214_2023)
    }

    @Test("every calendar rule-set version names its instruments, each with a retsinformation address, and every decision's citations resolve to one")
    func versionsNameInstruments() throws {
        for catalogue in [CalendarRuleSets.catalogue, PensionAge.ruleSets] {
            #expect(catalogue.validationProblems().isEmpty)
            for version in catalogue.versions {
                #expect(!version.instruments.isEmpty, "\(version.label)")
                for instrument in version.instruments {
                    #expect(instrument.url?.hasPrefix("https://www.retsinformation.dk/eli/") == true, "\(instrument.name)")
                }
            }
        }
        #expect(CalendarRuleSets.catalogue.versions.map(\.label) == ["dk-calendar@2013-01-01", "dk-calendar@2018-06-26", "dk-calendar@2024-01-01"])
    }
}
