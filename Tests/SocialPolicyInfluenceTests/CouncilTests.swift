import SocialPolicyKit
import Testing

@Suite("influence.council — each municipality's council requirements")
struct CouncilTests {
    static let asOf = CivilDate(2025, 6, 1)
    static let meetings: [Int?] = [nil, 3, 4]
    static let elections: [CivilDate?] = [nil, CivilDate(2024, 9, 1), CivilDate(2022, 9, 1), CivilDate(2025, 9, 1)]
    static let chosenBy: [CouncilMembersChosenBy?] = CouncilMembersChosenBy.allCases.map { $0 } + [nil]

    /// Every combination of the council facts (three values per bool, every enum value).
    static func allFacts() -> [CouncilQuestion.Facts] {
        var all: [CouncilQuestion.Facts] = []
        for has in threeValued {
            for m in meetings {
                for last in elections {
                    for agendas in threeValued {
                        for minutes in threeValued {
                            for chosen in chosenBy {
                                for competent in threeValued {
                                    for description in threeValued {
                                        for frame in threeValued {
                                            for composition in threeValued {
                                                all.append(
                                                    .init(
                                                        offerHasCouncil: has, meetingsLast12Months: m, lastElectionOn: last,
                                                        agendasPublished: agendas, minutesPublished: minutes, membersChosenBy: chosen,
                                                        usersLegallyCompetent: competent, realisationDescriptionWritten: description,
                                                        influenceFrameWritten: frame, compositionAndTermSet: composition))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return all
    }

    /// The Gentofte shortfalls established by a lawyer's reading of GEN-BI, independently of the code.
    static func gentofteExpected(_ f: CouncilQuestion.Facts) -> (shortfalls: CouncilShortfalls, unknown: Bool) {
        var s = CouncilShortfalls()
        var unknown = false
        func point(_ met: Bool?, _ shortfall: CouncilShortfalls) {
            if met == false { s.insert(shortfall) }
            if met == nil { unknown = true }
        }
        point(f.offerHasCouncil, .noCouncil)
        if f.offerHasCouncil != false {
            point(f.meetingsLast12Months.map { $0 >= 4 }, .tooFewMeetings)
            let last = f.lastElectionOn.flatMap { $0 <= asOf ? $0 : nil }
            point(last.map { asOf <= $0.adding(years: 2) }, .electionOverdue)
            point(f.agendasPublished, .agendasNotPublished)
            point(f.minutesPublished, .minutesNotPublished)
            let chosenOK: Bool? = f.membersChosenBy == .users ? true : (f.membersChosenBy == nil ? nil : f.usersLegallyCompetent.map { !$0 })
            point(chosenOK, .membersNotChosenByUsers)
        }
        point(f.realisationDescriptionWritten, .noRealisationDescription)
        return (s, unknown)
    }

    @Test("Gentofte: compliant only when every GEN-BI point is established; one shortfall and one obligation per unmet point")
    func gentofteExhaustive() throws {
        for facts in Self.allFacts() {
            let v = try CouncilQuestion.verdict(for: facts, asOf: Self.asOf, municipality: GentofteProfile())
            let expected = Self.gentofteExpected(facts)
            #expect(v.values.shortfalls == expected.shortfalls)
            #expect(v.outcome == (expected.unknown ? .undetermined : .determined))
            #expect(v.values.compliant == (expected.shortfalls.isEmpty ? (expected.unknown ? nil : true) : false))
            #expect(v.obligations.count == v.values.shortfalls.codes.count)
            #expect(!v.obligations.overflowed)
            if v.outcome == .undetermined { #expect(v.firstMissingFact != nil) }
            // Copenhagen's and Helsingør's written-frame rules are not Gentofte's.
            #expect(!v.values.shortfalls.contains(.noInfluenceFrame))
            #expect(!v.values.shortfalls.contains(.compositionAndTermNotSet))
        }
    }

    @Test("Copenhagen: a council for every offer (KK-BP 4.2), composition and term set by the offer (KK-BP 4.2) and a written influence frame (KK-BP 4.1); an unknown point is never met")
    func copenhagenExhaustive() throws {
        for facts in Self.allFacts() {
            let v = try CouncilQuestion.verdict(for: facts, asOf: Self.asOf, municipality: KobenhavnProfile())
            var expected = CouncilShortfalls()
            var unknown = false
            if facts.offerHasCouncil == false { expected.insert(.noCouncil) }
            if facts.offerHasCouncil == nil { unknown = true }
            if facts.offerHasCouncil != false {
                if facts.compositionAndTermSet == false { expected.insert(.compositionAndTermNotSet) }
                if facts.compositionAndTermSet == nil { unknown = true }
            }
            if facts.influenceFrameWritten == false { expected.insert(.noInfluenceFrame) }
            if facts.influenceFrameWritten == nil { unknown = true }
            #expect(v.values.shortfalls == expected)
            #expect(v.outcome == (unknown ? .undetermined : .determined))
            #expect(v.values.compliant == (expected.isEmpty ? (unknown ? nil : true) : false))
            #expect(v.obligations.count == expected.codes.count)
            #expect(v.values.relativesMayRepresentUsers == nil)
        }
    }

    @Test("fail closed (KK-BP 4.2): an unrecorded compositionAndTermSet no longer answers compliant: true, which a recorded false would contradict")
    func copenhagenCompositionUnknownIsNotCompliant() throws {
        // The case the fail-closed property test found: compliant: true with compositionAndTermSet
        // unknown, false once it is known.
        let contract = CouncilQuestion.Facts(
            offerHasCouncil: true, meetingsLast12Months: 3, realisationDescriptionWritten: false, influenceFrameWritten: true)
        let d = try CouncilQuestion.decision(for: contract, asOf: CivilDate(2013, 1, 1), municipality: KobenhavnProfile())
        #expect(d.outcome == .undetermined)
        #expect(d.value("compliant") == nil)
        #expect(d.missingFacts == ["compositionAndTermSet"])
        var set = contract
        set.compositionAndTermSet = true
        let met = try CouncilQuestion.verdict(for: set, asOf: CivilDate(2013, 1, 1), municipality: KobenhavnProfile())
        #expect(met.outcome == .determined)
        #expect(met.values.compliant == true)
        var notSet = contract
        notSet.compositionAndTermSet = false
        let v = try CouncilQuestion.verdict(for: notSet, asOf: Self.asOf, municipality: KobenhavnProfile())
        #expect(v.outcome == .determined)
        #expect(v.values.compliant == false)
        #expect(v.values.shortfalls == .compositionAndTermNotSet)
        #expect(v.obligations.contains(ObligationCode("set-council-composition-and-term")))
    }

    @Test("Helsingør: each unit documents what users are involved in; secondary users may represent primary users")
    func helsingorExhaustive() throws {
        for facts in Self.allFacts() {
            let v = try CouncilQuestion.verdict(for: facts, asOf: Self.asOf, municipality: HelsingorProfile())
            #expect(v.values.relativesMayRepresentUsers == true)
            switch facts.influenceFrameWritten {
            case true?:
                #expect(v.outcome == .determined)
                #expect(v.values.compliant == true)
            case false?:
                #expect(v.outcome == .determined)
                #expect(v.values.shortfalls == .noInfluenceFrame)
            case nil:
                #expect(v.outcome == .undetermined)
                #expect(v.firstMissingFact == "influenceFrameWritten")
            }
        }
    }

    @Test("Gentofte: relatives may sit on the council exactly when the users are not of age and legally competent")
    func gentofteRelatives() throws {
        for competent in threeValued {
            let v = try CouncilQuestion.verdict(
                for: .init(usersLegallyCompetent: competent), asOf: Self.asOf, municipality: GentofteProfile())
            #expect(v.values.relativesMayRepresentUsers == competent.map { !$0 })
        }
        let relatives = try CouncilQuestion.verdict(
            for: .init(offerHasCouncil: true, meetingsLast12Months: 4, lastElectionOn: CivilDate(2024, 1, 10), agendasPublished: true,
                       minutesPublished: true, membersChosenBy: .relatives, usersLegallyCompetent: false, realisationDescriptionWritten: true),
            asOf: Self.asOf, municipality: GentofteProfile())
        #expect(relatives.outcome == .determined)
        #expect(relatives.values.compliant == true)
    }

    @Test("the election is overdue the day after the second anniversary of the last one, not on it")
    func electionBoundary() throws {
        let base = CouncilQuestion.Facts(
            offerHasCouncil: true, meetingsLast12Months: 5, lastElectionOn: CivilDate(2023, 6, 1), agendasPublished: true,
            minutesPublished: true, membersChosenBy: .users, realisationDescriptionWritten: true)
        let onTime = try CouncilQuestion.verdict(for: base, asOf: CivilDate(2025, 6, 1), municipality: GentofteProfile())
        let late = try CouncilQuestion.verdict(for: base, asOf: CivilDate(2025, 6, 2), municipality: GentofteProfile())
        #expect(onTime.values.compliant == true)
        #expect(late.values.shortfalls == .electionOverdue)
        #expect(late.obligations.contains(ObligationCode("hold-council-election")))
    }

    @Test("the most obligations a council can get (eight) fit the obligation list, with a host requiring everything")
    func maximumObligationsFit() throws {
        struct Strict: InfluenceLocalPolicy {
            let id = "strict"
            let name = "Strict Kommune"
            static let source = Citation.Source(code: "STR", kind: .policy)
            let influencePolicies = [
                InfluencePolicyVersion(
                    id: "s", document: source, title: "s", period: PolicyPeriod(from: CivilDate(2013, 1, 1)),
                    council: CouncilRequirements(
                        councilForEveryOffer: Citation(source, "1"), minimumMeetingsPerYear: LocalRule(4, Citation(source, "2")),
                        maximumYearsBetweenElections: LocalRule(2, Citation(source, "3")), agendasPublished: Citation(source, "4"),
                        minutesPublished: Citation(source, "5"), usersChooseMembersWhenLegallyCompetent: Citation(source, "6"),
                        realisationDescription: Citation(source, "7"), influenceFrameWritten: Citation(source, "8"),
                        compositionAndTermSet: Citation(source, "9")))
            ]
        }
        let worst = CouncilQuestion.Facts(
            offerHasCouncil: true, meetingsLast12Months: 0, lastElectionOn: CivilDate(2013, 1, 1), agendasPublished: false,
            minutesPublished: false, membersChosenBy: .management, usersLegallyCompetent: true, realisationDescriptionWritten: false,
            influenceFrameWritten: false, compositionAndTermSet: false)
        let v = try CouncilQuestion.verdict(for: worst, asOf: Self.asOf, municipality: Strict())
        #expect(v.obligations.count == 8)
        #expect(!v.obligations.overflowed)
        let d = try CouncilQuestion.decision(for: worst, asOf: Self.asOf, municipality: Strict())
        #expect(d.obligations.map(\.code) == v.obligations.map(\.code))
        #expect(d.value("shortfalls") == .array(v.values.shortfalls.codes.map { .string($0) }))
        for facts in Self.allFacts() {
            #expect(!(try CouncilQuestion.verdict(for: facts, asOf: Self.asOf, municipality: Strict())).obligations.overflowed)
        }
    }

    @Test("the decision's obligations equal the verdict's")
    func decisionMatchesVerdict() throws {
        for (index, facts) in Self.allFacts().enumerated() where index % 97 == 0 {
            for profile in influenceProfiles {
                let v = try CouncilQuestion.verdict(for: facts, asOf: Self.asOf, municipality: profile)
                let d = try CouncilQuestion.decision(for: facts, asOf: Self.asOf, municipality: profile)
                #expect(d.outcome == v.outcome)
                #expect(d.obligations.map(\.code) == v.obligations.map(\.code))
                if d.outcome == .undetermined { #expect(d.missingFacts.first == v.firstMissingFact) }
            }
        }
    }

    @Test("without a municipality, or before Gentofte's 2020 frame, the council cannot be judged")
    func needsAPolicyInForce() throws {
        let none = try CouncilQuestion.decision(for: .init(offerHasCouncil: true), asOf: Self.asOf)
        #expect(none.outcome == .undetermined)
        #expect(none.missingFacts == ["municipality"])
        let early = try CouncilQuestion.decision(for: .init(offerHasCouncil: true), asOf: CivilDate(2019, 6, 1), municipality: GentofteProfile())
        #expect(early.outcome == .undetermined)
        #expect(early.value("openLegalQuestion") == .string("local-policy-not-in-force"))
        #expect(early.value("shortfalls") == nil)
    }
}
