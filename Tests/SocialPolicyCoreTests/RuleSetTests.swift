import SocialPolicyCore
import Testing

@Suite("Rule sets")
struct RuleSetTests {
    static func version(_ from: CivilDate, _ to: CivilDate?, id: String = "test") -> RuleSetVersion {
        RuleSetVersion(id: id, validFrom: from, validTo: to, title: "t", enactedBy: "e")
    }

    static let threeVersions = RuleSetCatalogue([
        version(CivilDate(2011, 1, 1), CivilDate(2015, 6, 30)),
        version(CivilDate(2015, 7, 1), CivilDate(2024, 2, 29)),
        version(CivilDate(2024, 3, 1), nil),
    ])

    @Test("every day 2013–2060 is answered by the one version whose period contains it")
    func lookupEveryDay() throws {
        let catalogue = Self.threeVersions
        #expect(catalogue.validationProblems().isEmpty)
        var date = CivilDate(2013, 1, 1)
        var failures = 0
        while date.year <= 2060 {
            let containing = catalogue.versions.filter { $0.contains(date) }
            let found = try catalogue.version(on: date)
            if containing.count != 1 || containing.first != found { failures += 1 }
            date = date.adding(days: 1)
        }
        #expect(failures == 0)
        #expect(try catalogue.version(on: CivilDate(2015, 6, 30)).validFrom == CivilDate(2011, 1, 1))
        #expect(try catalogue.version(on: CivilDate(2015, 7, 1)).validFrom == CivilDate(2015, 7, 1))
        #expect(try catalogue.version(on: CivilDate(2024, 2, 29)).validFrom == CivilDate(2015, 7, 1))
        #expect(try catalogue.version(on: CivilDate(2024, 3, 1)).label == "test@2024-03-01")
        #expect(try catalogue.version(on: CivilDate(9999, 12, 31)).validTo == nil)
    }

    @Test("a date before 2013-01-01 is an error on asOf, even where a version covers it")
    func before2013IsAnError() {
        #expect(throws: PolicyError(code: .noRuleSet, field: "asOf", message: "")) {
            try Self.threeVersions.version(on: CivilDate(2012, 12, 31))
        }
        #expect(throws: PolicyError(code: .noRuleSet, field: "asOf", message: "")) {
            try Self.threeVersions.version(on: CivilDate(1, 1, 1))
        }
        #expect(throws: Never.self) { try Self.threeVersions.version(on: CivilDate(2013, 1, 1)) }
    }

    @Test("a date no version covers is an error on asOf, not a guess")
    func uncoveredDateIsAnError() {
        let gap = RuleSetCatalogue([
            Self.version(CivilDate(2013, 1, 1), CivilDate(2014, 12, 31)),
            Self.version(CivilDate(2016, 1, 1), nil),
        ])
        #expect(throws: PolicyError(code: .noRuleSet, field: "asOf", message: "")) {
            try gap.version(on: CivilDate(2015, 6, 1))
        }
        #expect(throws: PolicyError(code: .noRuleSet, field: "asOf", message: "")) {
            try RuleSetCatalogue([]).version(on: CivilDate(2020, 1, 1))
        }
    }

    @Test("validation accepts a gap-free, open-ended catalogue starting by 2013-01-01")
    func validCatalogues() {
        #expect(Self.threeVersions.validationProblems().isEmpty)
        #expect(RuleSetCatalogue.single(id: "x", title: "t", enactedBy: "e").validationProblems().isEmpty)
        #expect(RuleSetCatalogue([Self.version(CivilDate(2013, 1, 1), nil)]).validationProblems().isEmpty)
    }

    @Test("validation detects a gap between versions")
    func detectsGap() {
        let problems = RuleSetCatalogue([
            Self.version(CivilDate(2013, 1, 1), CivilDate(2014, 12, 30)),
            Self.version(CivilDate(2015, 1, 1), nil),
        ]).validationProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("gap") == true)
    }

    @Test("validation detects overlapping versions")
    func detectsOverlap() {
        let problems = RuleSetCatalogue([
            Self.version(CivilDate(2013, 1, 1), CivilDate(2015, 1, 1)),
            Self.version(CivilDate(2015, 1, 1), nil),
        ]).validationProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("overlaps") == true)
    }

    @Test("validation detects a closed last version")
    func detectsClosedLast() {
        let problems = RuleSetCatalogue([Self.version(CivilDate(2013, 1, 1), CivilDate(2030, 1, 1))])
            .validationProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("open-ended") == true)
    }

    @Test("validation detects a first version starting after 2013-01-01")
    func detectsStartGap() {
        let problems = RuleSetCatalogue([Self.version(CivilDate(2013, 1, 2), nil)]).validationProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("gap at the start") == true)
    }

    @Test("validation detects an end before a start, an open version followed by another, and no versions")
    func detectsOtherProblems() {
        #expect(
            RuleSetCatalogue([
                Self.version(CivilDate(2013, 1, 1), CivilDate(2012, 1, 1)),
                Self.version(CivilDate(2012, 1, 2), nil),
            ]).validationProblems().contains { $0.contains("ends before it starts") })
        #expect(
            RuleSetCatalogue([Self.version(CivilDate(2013, 1, 1), nil), Self.version(CivilDate(2014, 1, 1), nil)])
                .validationProblems().contains { $0.contains("is open-ended but") })
        #expect(RuleSetCatalogue([]).validationProblems() == ["no versions"])
    }

    @Test("a version's label is id@validFrom and it contains exactly its period")
    func versionBasics() {
        let version = Self.version(CivilDate(2015, 7, 1), CivilDate(2024, 2, 29), id: "sel-coercion")
        #expect(version.label == "sel-coercion@2015-07-01")
        #expect(version.contains(CivilDate(2015, 7, 1)))
        #expect(version.contains(CivilDate(2024, 2, 29)))
        #expect(!version.contains(CivilDate(2015, 6, 30)))
        #expect(!version.contains(CivilDate(2024, 3, 1)))
        #expect(RuleSetCatalogue.earliestSupportedDate == CivilDate(2013, 1, 1))
    }

    @Test("a policy period contains its days and overlaps periods sharing a day")
    func policyPeriods() {
        let period = PolicyPeriod(from: CivilDate(2013, 1, 1), to: CivilDate(2013, 12, 31))
        #expect(period.contains(CivilDate(2013, 1, 1)) && period.contains(CivilDate(2013, 12, 31)))
        #expect(!period.contains(CivilDate(2014, 1, 1)) && !period.contains(CivilDate(2012, 12, 31)))
        #expect(period.overlaps(PolicyPeriod(from: CivilDate(2013, 12, 31))))
        #expect(!period.overlaps(PolicyPeriod(from: CivilDate(2014, 1, 1))))
        #expect(PolicyPeriod(from: CivilDate(2010, 1, 1)).contains(CivilDate(9999, 12, 31)))
    }
}
