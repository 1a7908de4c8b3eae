import SocialPolicyKit
import Testing

let threeValued: [Bool?] = [true, false, nil]
let scopes: [RepresentationScope?] = RepresentationScope.allCases.map { $0 } + [nil]

@Suite("influence.representation — FVL § 8")
struct RepresentationTests {
    static func allFacts() -> [RepresentationQuestion.Facts] {
        var all: [RepresentationQuestion.Facts] = []
        for role in RepresentativeRole.allCases {
            for chosen in threeValued {
                for scope in scopes {
                    for matters in threeValued {
                        for essential in threeValued {
                            all.append(
                                .init(
                                    role: role, chosenByCitizen: chosen, scope: scope,
                                    citizenParticipationMattersForDecision: matters, essentialInterestsRequireOtherwise: essential))
                        }
                    }
                }
            }
        }
        return all
    }

    @Test("permitted only when the citizen chose the person and no essential interests require otherwise")
    func permittedOnlyWhenEveryConditionIsEstablished() throws {
        for facts in Self.allFacts() {
            let v = try RepresentationQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 1))
            let established = facts.chosenByCitizen == true && facts.essentialInterestsRequireOtherwise == false
            #expect((v.outcome == .permitted) == established)
            if facts.chosenByCitizen == false || facts.essentialInterestsRequireOtherwise == true {
                #expect(v.outcome == .denied)
            }
            if v.outcome == .undetermined {
                #expect(v.firstMissingFact != nil)
            }
            #expect([Outcome.permitted, .denied, .undetermined].contains(v.outcome))
        }
    }

    @Test("a bisidder never speaks for the citizen; the citizen is heard and receives the decision")
    func bisidderNeverSpeaksForTheCitizen() throws {
        for facts in Self.allFacts() where facts.role == .bisidder {
            let v = try RepresentationQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 1))
            #expect(v.values.representativeSpeaksForCitizen == false)
            #expect(v.values.heardParty == .citizen)
            #expect(v.values.receivesDecision == .citizen)
        }
    }

    @Test("an admitted party representative is heard, speaks for the citizen, and receives the decision for the whole case")
    func partyRepresentativeIsHeard() throws {
        for facts in Self.allFacts() where facts.role == .partyRepresentative {
            let v = try RepresentationQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 1))
            switch v.outcome {
            case .permitted:
                #expect(v.values.heardParty == .representative)
                #expect(v.values.representativeSpeaksForCitizen == true)
                switch facts.scope {
                case .wholeCase?: #expect(v.values.receivesDecision == .representative)
                case .singleMeeting?: #expect(v.values.receivesDecision == .citizen)
                default: #expect(v.values.receivesDecision == nil)
                }
            case .denied:
                #expect(v.values.heardParty == .citizen)
                #expect(v.values.representativeSpeaksForCitizen == false)
            default:
                #expect(v.values.heardParty == nil)
                #expect(v.values.representativeSpeaksForCitizen == nil)
            }
        }
    }

    @Test("the authority may require the citizen's own participation exactly when it matters for the decision")
    func authorityMayRequireCitizen() throws {
        for facts in Self.allFacts() {
            let v = try RepresentationQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 1))
            #expect(v.values.authorityMayRequireCitizen == facts.citizenParticipationMattersForDecision)
        }
    }

    @Test("an undetermined answer asks first for who chose the person, then for overriding interests")
    func missingFactsOrder() throws {
        let d = try RepresentationQuestion.decision(for: .init(role: .partyRepresentative), asOf: CivilDate(2025, 1, 1))
        #expect(d.outcome == .undetermined)
        #expect(d.missingFacts == ["chosenByCitizen", "essentialInterestsRequireOtherwise"])
        #expect(d.citations.contains { $0.matches("FVL § 8") })
    }

    @Test("representation works without a municipality and cites KK-BP 5.1.1 in Copenhagen")
    func copenhagenCitesItsPolicy() throws {
        let facts = RepresentationQuestion.Facts(role: .bisidder, chosenByCitizen: true, essentialInterestsRequireOtherwise: false)
        let national = try RepresentationQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 1))
        let copenhagen = try RepresentationQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 1), municipality: KobenhavnProfile())
        #expect(national.outcome == .permitted)
        #expect(copenhagen.outcome == .permitted)
        #expect(!national.citations.contains { $0.matches("KK-BP 5.1.1") })
        #expect(copenhagen.citations.contains { $0.matches("KK-BP 5.1.1") })
    }

    @Test("a host record adopting RepresentationFactsProviding gives the same verdict as the facts")
    func hostRecord() throws {
        struct Record: RepresentationFactsProviding {
            var role: RepresentativeRole { .partyRepresentative }
            var chosenByCitizen: Bool? { true }
            var essentialInterestsRequireOtherwise: Bool? { false }
            var scope: RepresentationScope? { .wholeCase }
        }
        let v = try RepresentationQuestion.verdict(for: .init(Record()), asOf: CivilDate(2025, 1, 1))
        #expect(v.outcome == .permitted)
        #expect(v.values.receivesDecision == .representative)
    }
}
