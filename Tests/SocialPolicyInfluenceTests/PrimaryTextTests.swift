import SocialPolicyCore
import SocialPolicyKit
import Testing

/// One test per point of `../shared/law/primary-texts-2026.md` §4.2, §7.3 and §8.4 (items 32–35)
/// that the influence questions had wrong, each named after the point and the instrument it
/// rests on.
@Suite("Influence re-read from the acts (primary-texts-2026 §4.2, §7.3, §8.4)")
struct InfluencePrimaryTextTests {
    static let helsingor = HelsingorProfile()

    static func matter(
        _ matter: InfluenceMatter, _ setting: InfluenceSetting?, child: Bool? = nil, aeldrelov: Bool? = nil, asOf: CivilDate,
        municipality: any MunicipalPolicy = HelsingorProfile()
    ) throws -> Decision {
        try InfluenceMatterQuestion.decision(
            for: .init(matter: matter, setting: setting, offerForChildrenOrYoungPeople: child, aeldrelovOffer: aeldrelov),
            asOf: asOf, municipality: municipality)
    }

    static func cites(_ decision: Decision, _ citation: String) -> Bool {
        decision.citations.contains { $0.description == citation }
    }

    /// The instrument a decision names for `citation`.
    static func instrument(_ decision: Decision, _ citation: String) -> LegalInstrument? {
        decision.legalBasis.first { $0.citation.description == citation }?.instrument
    }

    // MARK: - §4.2 item 1, §8.4 item 32

    @Test("4.2.1 offers to children rest on BL § 16 from 2024-01-01 (LOV 721/2023 § 212; LBK 282/2025), SEL § 16 before (LBK 1089/2023)")
    func childrenOffersUnderBarnetsLov16() throws {
        let before = try Self.matter(.mealPlans, .activityOffer, child: true, asOf: CivilDate(2023, 12, 31))
        #expect(Self.cites(before, "SEL § 16, stk. 1"))
        #expect(!Self.cites(before, "BL § 16, stk. 1"))
        #expect(Self.instrument(before, "SEL § 16, stk. 1") == .lbk1089_2023)
        let after = try Self.matter(.mealPlans, .activityOffer, child: true, asOf: CivilDate(2024, 1, 1))
        #expect(Self.cites(after, "BL § 16, stk. 1"))
        #expect(!Self.cites(after, "SEL § 16, stk. 1"))
        #expect(Self.instrument(after, "BL § 16, stk. 1") == .lov721_2023)
        let consolidated = try Self.matter(.mealPlans, .activityOffer, child: true, asOf: CivilDate(2025, 4, 1))
        #expect(Self.instrument(consolidated, "BL § 16, stk. 1") == .lbk282_2025)
        // The say itself does not change: the duty's wording is the same.
        #expect(before.value("degree") == after.value("degree"))
        #expect(after.ruleSet == "influence-frame@2024-01-01")
    }

    @Test("4.2.1 an adults' offer stays under SEL § 16 from 2024 (LBK 67/2024 § 2, stk. 1; LOV 753/2023), with the amending act in the legal basis")
    func adultsOffersStayUnderSEL16() throws {
        let adult = try Self.matter(.houseRules, .botilbud, child: false, asOf: CivilDate(2024, 1, 10))
        #expect(Self.cites(adult, "SEL § 16, stk. 1"))
        let basis = try #require(adult.legalBasis.first { $0.citation.description == "SEL § 16, stk. 1" })
        #expect(basis.instrument == .lbk1089_2023)
        #expect(basis.amendedBy.contains(.lov753_2023))
        // Unknown whether the offer is for children: the answer is the same, both duties are cited.
        let unknown = try Self.matter(.houseRules, .botilbud, asOf: CivilDate(2024, 6, 3))
        #expect(unknown.outcome == .determined)
        #expect(Self.cites(unknown, "SEL § 16, stk. 1") && Self.cites(unknown, "BL § 16, stk. 1"))
    }

    @Test("4.2.1 a child's own plan is barnets plan, made with the child as far as possible (BL § 92, stk. 1, LOV 721/2023), not SEL § 141, stk. 4")
    func childsOwnPlanUnderBL92() throws {
        let plan = try Self.matter(.ownActionPlan, .socialcenter, child: true, asOf: CivilDate(2024, 3, 1), municipality: GentofteProfile())
        #expect(plan.value("degree") == .string("involvement"))
        #expect(Self.cites(plan, "BL § 92, stk. 1") || Self.cites(plan, "RSL § 4"))
        #expect(!Self.cites(plan, "SEL § 141, stk. 4"))
    }

    @Test("4.2.1 council: a children's offer's guidelines rest on BL § 16 from 2024-01-01 (LOV 721/2023)")
    func councilForChildrenOffersUnderBL16() throws {
        let facts = CouncilQuestion.Facts(offerHasCouncil: true, influenceFrameWritten: true, offerForChildrenOrYoungPeople: true)
        let before = try CouncilQuestion.decision(for: facts, asOf: CivilDate(2023, 12, 31), municipality: Self.helsingor)
        let after = try CouncilQuestion.decision(for: facts, asOf: CivilDate(2024, 1, 1), municipality: Self.helsingor)
        #expect(Self.cites(before, "SEL § 16, stk. 1") && !Self.cites(before, "BL § 16, stk. 1"))
        #expect(Self.cites(after, "BL § 16, stk. 1") && !Self.cites(after, "SEL § 16, stk. 1"))
        #expect(before.value("compliant") == .bool(true) && after.value("compliant") == .bool(true))
        #expect(after.ruleSet == "sel-16-council@2024-01-01")
    }

    // MARK: - §4.2 item 2, §7.3, §8.4 item 33 (aeldreloven-scope)

    @Test("4.2.2 SEL § 16 does not reach ældreloven's offers from 2025-07-01 (LOV 1651/2024 § 45; LBK 1129/2025 § 16): the common is aeldreloven-scope")
    func aeldrelovOffersOutsideSEL16() throws {
        let before = try Self.matter(.houseRules, .nursingHome, aeldrelov: true, asOf: CivilDate(2025, 6, 30))
        #expect(before.outcome == .determined)
        #expect(Self.cites(before, "SEL § 16, stk. 1"))
        let after = try Self.matter(.houseRules, .nursingHome, aeldrelov: true, asOf: CivilDate(2025, 7, 1))
        #expect(after.outcome == .undetermined)
        #expect(after.value("openLegalQuestion") == .string("aeldreloven-scope"))
        #expect(after.value("degree") == nil)
        #expect(after.missingFacts.isEmpty)
        #expect(Self.instrument(after, "ÆL § 11, stk. 2, nr. 4") == .lov1651_2024)
        #expect(after.ruleSet == "influence-frame@2025-07-01")
    }

    @Test("4.2.2 one's own case in an ældreloven offer keeps RSL § 4 and gains ÆL § 11, stk. 2, nr. 4 (LOV 1651/2024); ÆL has no handleplan")
    func ownCaseInAeldrelovOffer() throws {
        let home = try Self.matter(.ownHome, .nursingHome, aeldrelov: true, asOf: CivilDate(2025, 7, 1), municipality: KobenhavnProfile())
        #expect(home.outcome == .determined)
        #expect(home.value("degree") == .string("self-determination"))
        #expect(Self.cites(home, "RSL § 4") && Self.cites(home, "ÆL § 11, stk. 2, nr. 4"))
        let plan = try Self.matter(.ownActionPlan, .homeCare, aeldrelov: true, asOf: CivilDate(2025, 8, 1), municipality: GentofteProfile())
        #expect(plan.outcome == .determined)
        #expect(!Self.cites(plan, "SEL § 141, stk. 4"))
        #expect(Self.cites(plan, "ÆL § 11, stk. 2, nr. 4"))
    }

    @Test("4.2.2 a serviceloven decision kept in force by ÆL § 46, stk. 2 (LOV 1651/2024) stays under SEL § 16; an unknown act asks for aeldrelovOffer")
    func transitionalSELDecisions() throws {
        let sel = try Self.matter(.mealPlans, .homeCare, aeldrelov: false, asOf: CivilDate(2025, 8, 1))
        #expect(sel.outcome == .determined)
        #expect(Self.cites(sel, "SEL § 16, stk. 1"))
        let unknown = try Self.matter(.mealPlans, .homeCare, asOf: CivilDate(2025, 7, 1))
        #expect(unknown.outcome == .undetermined)
        #expect(unknown.missingFacts == ["aeldrelovOffer"])
        // Before 2025-07-01 the question does not arise.
        let earlier = try Self.matter(.mealPlans, .homeCare, asOf: CivilDate(2025, 6, 30))
        #expect(earlier.outcome == .determined)
        // With the setting unknown from 2025-07-01, elder care makes the setting decisive.
        let noSetting = try Self.matter(.mealPlans, nil, asOf: CivilDate(2025, 7, 1), municipality: KobenhavnProfile())
        #expect(noSetting.outcome == .undetermined)
        #expect(noSetting.missingFacts == ["setting"])
    }

    @Test("4.2.2 council: SEL § 16 no longer backs the policy for an ældreloven offer (LOV 1651/2024 § 45): a warning, the policy's points still assessed")
    func councilForAeldrelovOffer() throws {
        let facts = CouncilQuestion.Facts(offerHasCouncil: true, influenceFrameWritten: true, aeldrelovOffer: true)
        let before = try CouncilQuestion.decision(for: facts, asOf: CivilDate(2025, 6, 30), municipality: Self.helsingor)
        #expect(before.value("openLegalQuestion") == nil)
        #expect(before.value("compliant") == .bool(true))
        let after = try CouncilQuestion.decision(for: facts, asOf: CivilDate(2025, 7, 1), municipality: Self.helsingor)
        #expect(after.value("openLegalQuestion") == .string("aeldreloven-scope"))
        #expect(after.value("compliant") == .bool(true))
        #expect(after.explanation.contains { $0.citation.description == "SEL § 16, stk. 1" && $0.holds == false })
        // Whether or not the offer is under ældreloven, a compliant council stays compliant.
        var unknown = facts
        unknown.aeldrelovOffer = nil
        #expect(try CouncilQuestion.verdict(for: unknown, asOf: CivilDate(2025, 7, 1), municipality: Self.helsingor).values.compliant == true)
    }

    @Test("4.2.2 contradictory facts are bad input (issue 13 item 6): an ældreloven offer is neither a botilbud nor an offer to children (ÆL §§ 2, 10, 47)")
    func contradictoryAeldrelovFacts() throws {
        let catalogue = PolicyCatalogue.standard
        let matter = try #require(catalogue.question("influence.matter"))
        #expect(throws: PolicyError(code: InfluenceFactChecks.contradictoryFacts, field: "facts.aeldrelovOffer", message: "")) {
            let bag = try FactBag(["matter": .string("house-rules"), "setting": .string("botilbud"), "aeldrelovOffer": .bool(true)], specs: matter.factSpecs)
            _ = try matter.decision(facts: bag, asOf: CivilDate(2025, 8, 1), municipality: nil, id: nil)
        }
        #expect(throws: PolicyError(code: InfluenceFactChecks.contradictoryFacts, field: "facts.aeldrelovOffer", message: "")) {
            try InfluenceMatterQuestion.Facts(matter: .houseRules, setting: .homeCare, offerForChildrenOrYoungPeople: true, aeldrelovOffer: true).validate()
        }
        #expect(throws: PolicyError(code: InfluenceFactChecks.contradictoryFacts, field: "facts.aeldrelovOffer", message: "")) {
            try CouncilQuestion.Facts(offerForChildrenOrYoungPeople: true, aeldrelovOffer: true).validate()
        }
        // Built directly in Swift, the contradictory fact is not used (fail closed): never ÆL's answer.
        let swift = try InfluenceMatterQuestion.verdict(
            for: .init(matter: .houseRules, setting: .botilbud, aeldrelovOffer: true), asOf: CivilDate(2025, 8, 1), municipality: Self.helsingor)
        #expect(swift.values.openLegalQuestion == nil)
    }

    // MARK: - §4.2 item 3: the national floor is the library's reading

    @Test("4.2.3 the floor for one's own handleplan is the library's reading of a bør … så vidt muligt rule (SEL § 141, stk. 4, LBK 810/2012 … 1129/2025)")
    func nationalFloorIsAReading() throws {
        // A host frame that gives no say on one's own plan is raised to involvement, and the
        // explanation says it is the library's reading of a should-rule, not a guarantee.
        struct NoSay: InfluenceLocalPolicy {
            var id: String { "nosay" }
            var name: String { "Ingen Kommune" }
            static let versions = [
                InfluencePolicyVersion(
                    id: "none", document: Citation.Source(code: "NO", kind: .policy), title: "Ingen indflydelse",
                    period: PolicyPeriod(from: CivilDate(2013, 1, 1)))
            ]
            var influencePolicies: [InfluencePolicyVersion] { Self.versions }
            func influenceFrame(_ matter: InfluenceMatter, in setting: InfluenceSetting, under policy: InfluencePolicyVersion) -> InfluenceFrameEntry? {
                InfluenceFrameEntry.national(matter, in: setting).with(.none, .none, Citation(Citation.Source(code: "NO", kind: .policy), "1"))
            }
        }
        let d = try InfluenceMatterQuestion.decision(for: .init(matter: .ownActionPlan, setting: .botilbud), asOf: CivilDate(2014, 1, 6), municipality: NoSay())
        #expect(d.value("raisedToNationalFloor") == .bool(true))
        #expect(d.value("degree") == .string("involvement"))
        let floor = try #require(d.explanation.first { $0.citation.description == "SEL § 141, stk. 4" })
        #expect(floor.text.en.contains("what the library reads as"))
        #expect(floor.text.en.contains("should"))
        #expect(floor.text.da.contains("bør"))
    }

    // MARK: - §4.2 item 4: SEL § 141 per period

    @Test("4.2.4 sel-141 has a version for stk. 5 (LBK 254/2014), stk. 6 (LBK 1053/2015, LOV 649/2015) and stk. 7 (LBK 1114/2018, LOV 707/2018)")
    func sel141Versions() throws {
        let versions = ActionPlanQuestion.ruleSets.versions
        #expect(ActionPlanQuestion.ruleSets.validationProblems().isEmpty)
        #expect(versions.map(\.validFrom) == [
            CivilDate(2013, 1, 1), CivilDate(2014, 3, 20), CivilDate(2015, 9, 8), CivilDate(2018, 8, 30), CivilDate(2024, 1, 1),
            CivilDate(2025, 7, 1),
        ])
        #expect(versions[1].instruments.contains(.lbk254_2014))
        #expect(versions[2].instruments.contains(.lbk1053_2015) && versions[2].instruments.contains(.lov649_2015))
        #expect(versions[3].instruments.contains(.lbk1114_2018) && versions[3].instruments.contains(.lov707_2018))
        #expect(versions[4].instruments.contains(.lov753_2023))
        #expect(versions[5].instruments.contains(.lov1651_2024) && versions[5].instruments.contains(.lbk1129_2025))
        for version in versions {
            #expect(!version.instruments.isEmpty, "\(version.label) names no instrument")
            #expect(version.instruments.allSatisfy { $0.url?.hasPrefix("https://www.retsinformation.dk/eli/lta/") ?? false })
        }
    }

    static let adult = ActionPlanQuestion.Facts(
        receivesHelpUnderSEL: true, birthDate: CivilDate(1980, 5, 5), substantiallyReducedFunction: true, receivesHelpUnderAfsnitV: true)

    @Test("4.2.4 stk. 6: no handleplan duty for anonymous § 101 a treatment, from LBK 1053/2015 (LOV 649/2015) — not on the day before")
    func sel141Stk6AnonymousTreatment() throws {
        var facts = Self.adult
        facts.anonymousDrugTreatment = true
        let before = try ActionPlanQuestion.decision(for: facts, asOf: CivilDate(2015, 9, 7))
        #expect(before.value("mustOffer") == .bool(true))
        #expect(!Self.cites(before, "SEL § 141, stk. 6"))
        let after = try ActionPlanQuestion.decision(for: facts, asOf: CivilDate(2015, 9, 8))
        #expect(after.value("mustOffer") == .bool(false))
        #expect(after.value("mayOffer") == .bool(false))
        #expect(after.obligations.isEmpty)
        #expect(Self.instrument(after, "SEL § 141, stk. 6") == .lbk1053_2015)
        // Unknown: the exception is not established, the main rule applies.
        let unknown = try ActionPlanQuestion.verdict(for: Self.adult, asOf: CivilDate(2016, 1, 4))
        #expect(unknown.values.mustOffer == true)
    }

    @Test("4.2.4 stk. 7: a helhedsorienteret plan may replace the handleplan with consent, from LBK 1114/2018 (LOV 707/2018) — not on the day before")
    func sel141Stk7HolisticPlan() throws {
        var facts = Self.adult
        facts.holisticPlanInstead = true
        let before = try ActionPlanQuestion.verdict(for: facts, asOf: CivilDate(2018, 8, 29))
        #expect(before.obligations.contains(ObligationCode("offer-action-plan")))
        #expect(!before.obligations.contains(ObligationCode("prepare-holistic-plan")))
        #expect(before.values.holisticPlanReplaces == nil)
        let after = try ActionPlanQuestion.decision(for: facts, asOf: CivilDate(2018, 8, 30))
        #expect(after.value("mustOffer") == .bool(true))
        #expect(after.value("holisticPlanReplaces") == .bool(true))
        #expect(after.obligations.map(\.code) == [ObligationCode("prepare-holistic-plan")])
        #expect(Self.instrument(after, "SEL § 141, stk. 7") == .lbk1114_2018)
    }

    @Test("4.2.4 from 2024-01-01 § 141 needs the citizen to be 18 or over (SEL § 2, stk. 1, LOV 753/2023; LBK 67/2024)")
    func sel141AdultsOnlyFrom2024() throws {
        var facts = Self.adult
        facts.birthDate = CivilDate(2006, 6, 1)
        let before = try ActionPlanQuestion.verdict(for: facts, asOf: CivilDate(2023, 12, 31))
        #expect(before.values.mustOffer == true)
        let after = try ActionPlanQuestion.decision(for: facts, asOf: CivilDate(2024, 1, 1))
        #expect(after.value("mustOffer") == .bool(false))
        let basis = try #require(after.legalBasis.first { $0.citation.description == "SEL § 2, stk. 1" })
        #expect(basis.instrument == .lbk1089_2023 && basis.amendedBy.contains(.lov753_2023))
        let birthday = try ActionPlanQuestion.verdict(for: facts, asOf: CivilDate(2024, 6, 1))
        #expect(birthday.values.mustOffer == true)
        // 29 February: 18 on 1 March in a year without it (the later day).
        #expect(ActionPlanQuestion.turns18On(bornOn: CivilDate(2008, 2, 29)) == CivilDate(2026, 3, 1))
        #expect(ActionPlanQuestion.turns18On(bornOn: CivilDate(2006, 2, 28)) == CivilDate(2024, 2, 28))
    }

    // MARK: - §4.2 item 5, §8.4 item 34: help under afsnit V

    @Test("4.2.5 § 141 needs help under afsnit V, not any help under serviceloven (SEL § 141, stk. 1, LBK 810/2012 … 1129/2025)")
    func sel141NeedsAfsnitV() throws {
        var facts = Self.adult
        facts.receivesHelpUnderAfsnitV = false
        let outside = try ActionPlanQuestion.verdict(for: facts, asOf: CivilDate(2024, 6, 3))
        #expect(outside.values.mustOffer == false && outside.values.mayOffer == false)
        #expect(outside.obligations.isEmpty)
        // Only the coarse fact known: the duty is told on the citizen's safe side, and named.
        facts.receivesHelpUnderAfsnitV = nil
        let coarse = try ActionPlanQuestion.decision(for: facts, asOf: CivilDate(2024, 6, 3))
        #expect(coarse.value("mustOffer") == .bool(true))
        #expect(coarse.value("unconfirmedFacts") == .array([.string("receivesHelpUnderAfsnitV")]))
        // Neither known: ask for the finer fact.
        facts.receivesHelpUnderSEL = nil
        let none = try ActionPlanQuestion.decision(for: facts, asOf: CivilDate(2024, 6, 3))
        #expect(none.outcome == .undetermined)
        #expect(none.missingFacts.first == "receivesHelpUnderAfsnitV")
    }

    @Test("4.2.5 help under ældreloven is never help under afsnit V: no § 141 duty through it (LOV 1651/2024 §§ 2, 10; SEL § 141, LBK 1129/2025)")
    func aeldrelovHelpIsNotAfsnitV() throws {
        let facts = ActionPlanQuestion.Facts(receivesHelpUnderSEL: false, birthDate: CivilDate(1962, 3, 1), substantiallyReducedFunction: true)
        let d = try ActionPlanQuestion.decision(for: facts, asOf: CivilDate(2025, 7, 1))
        #expect(d.value("mustOffer") == .bool(false))
        #expect(d.ruleSet == "sel-141@2025-07-01")
        #expect(throws: PolicyError(code: InfluenceFactChecks.contradictoryFacts, field: "facts.receivesHelpUnderAfsnitV", message: "")) {
            try ActionPlanQuestion.Facts(receivesHelpUnderSEL: false, receivesHelpUnderAfsnitV: true).validate()
        }
        #expect(throws: PolicyError(code: InfluenceFactChecks.contradictoryFacts, field: "facts.anonymousDrugTreatment", message: "")) {
            try ActionPlanQuestion.Facts(receivesHelpUnderAfsnitV: false, anonymousDrugTreatment: true).validate()
        }
    }

    // MARK: - §8.4 item 35: part-of-case representation

    @Test("8.4.35 part-of-case representation: within the mandate the representative receives the decision, outside it the citizen (FVL § 8, stk. 1, LBK 433/2014)")
    func decisionWithinMandate() throws {
        var facts = RepresentationQuestion.Facts(
            role: .partyRepresentative, chosenByCitizen: true, scope: .partOfCase, essentialInterestsRequireOtherwise: false)
        #expect(try RepresentationQuestion.verdict(for: facts, asOf: CivilDate(2025, 3, 3)).values.receivesDecision == nil)
        facts.decisionWithinMandate = true
        let within = try RepresentationQuestion.decision(for: facts, asOf: CivilDate(2025, 3, 3))
        #expect(within.value("receivesDecision") == .string("representative"))
        #expect(Self.instrument(within, "FVL § 8, stk. 1") == .lbk433_2014)
        facts.decisionWithinMandate = false
        #expect(try RepresentationQuestion.verdict(for: facts, asOf: CivilDate(2025, 3, 3)).values.receivesDecision == .citizen)
        // A bisidder never receives the decision, whatever the mandate.
        facts.role = .bisidder
        facts.decisionWithinMandate = true
        #expect(try RepresentationQuestion.verdict(for: facts, asOf: CivilDate(2025, 3, 3)).values.receivesDecision == .citizen)
    }

    // MARK: - Fail closed (issue 13 item 1): the council

    @Test("fail closed: no council answer is compliant: true while a point it reads is unknown, in any municipality (KK-BP 4.2, GEN-BI, HEL-BI)")
    func councilNeverCompliantOnUnknowns() throws {
        let municipalities: [any MunicipalPolicy] = [KobenhavnProfile(), GentofteProfile(), HelsingorProfile()]
        let full = CouncilQuestion.Facts(
            offerHasCouncil: true, meetingsLast12Months: 5, lastElectionOn: CivilDate(2024, 9, 1), agendasPublished: true,
            minutesPublished: true, membersChosenBy: .users, usersLegallyCompetent: true, realisationDescriptionWritten: true,
            influenceFrameWritten: true, compositionAndTermSet: true)
        let paths: [WritableKeyPath<CouncilQuestion.Facts, Bool?>] = [
            \.offerHasCouncil, \.agendasPublished, \.minutesPublished, \.usersLegallyCompetent, \.realisationDescriptionWritten,
            \.influenceFrameWritten, \.compositionAndTermSet,
        ]
        for municipality in municipalities {
            let asOf = CivilDate(2025, 6, 1)
            #expect(try CouncilQuestion.verdict(for: full, asOf: asOf, municipality: municipality).values.compliant == true)
            for path in paths {
                var unknown = full
                unknown[keyPath: path] = nil
                let compliant = try CouncilQuestion.verdict(for: unknown, asOf: asOf, municipality: municipality).values.compliant
                var falsified = full
                falsified[keyPath: path] = false
                let whenFalse = try CouncilQuestion.verdict(for: falsified, asOf: asOf, municipality: municipality).values.compliant
                if compliant == true { #expect(whenFalse == true, "\(municipality.id) \(path)") }
            }
        }
    }

    // MARK: - The contract additions

    @Test("8.4.32–35 every contract addition is marked since 1.1 and carries a meaning naming its provision")
    func contractAdditions() throws {
        let additions: [(String, String, String)] = [
            ("influence.matter", "offerForChildrenOrYoungPeople", "barnets lov § 16"),
            ("influence.matter", "aeldrelovOffer", "ældreloven"),
            ("influence.council", "offerForChildrenOrYoungPeople", "barnets lov § 16"),
            ("influence.council", "aeldrelovOffer", "ældreloven"),
            ("influence.action-plan", "receivesHelpUnderAfsnitV", "SEL § 141, stk. 1"),
            ("influence.action-plan", "anonymousDrugTreatment", "SEL § 141, stk. 6"),
            ("influence.action-plan", "holisticPlanInstead", "SEL § 141, stk. 7"),
            ("influence.representation", "decisionWithinMandate", "FVL § 8"),
        ]
        for (id, fact, provision) in additions {
            let question = try #require(PolicyCatalogue.standard.question(id))
            let spec = try #require(question.factSpecs.first { $0.name == fact }, "\(id) \(fact)")
            #expect(spec.since == "1.1", "\(id) \(fact)")
            #expect(spec.meaning.contains(provision), "\(id) \(fact): \(spec.meaning)")
        }
        let setting = try #require(InfluenceMatterQuestion.factSpecs.first { $0.name == "setting" })
        #expect(setting.valueMeanings.count == InfluenceSetting.allCases.count)
        #expect(InfluenceSetting.nursingHome.meaning.contains("ældreloven") && InfluenceSetting.homeCare.meaning.contains("SEL § 83"))
        for id in ["influence.matter", "influence.representation", "influence.council", "influence.involvement", "influence.action-plan"] {
            let question = try #require(PolicyCatalogue.standard.question(id))
            #expect(!question.valueSpecs.isEmpty, "\(id) declares no values")
        }
        #expect(CouncilQuestion.obligationSpecs.count == CouncilShortfalls.catalogue.count)
        #expect(ActionPlanQuestion.obligationSpecs.contains { $0.code.rawValue == "prepare-holistic-plan" && $0.since == "1.1" })
    }

    @Test("every influence rule-set version names its instruments with ELI addresses (SEL, BL, ÆL, RSL, FVL) and SMB-BI as a municipal document")
    func influenceInstruments() throws {
        let catalogues = [
            InfluenceRuleSets.frame, InfluenceRuleSets.council, InfluenceRuleSets.representation, InfluenceRuleSets.involvement,
            InfluenceRuleSets.actionPlan,
        ]
        for catalogue in catalogues {
            #expect(catalogue.validationProblems().isEmpty)
            for version in catalogue.versions {
                let statutes = version.instruments.filter { $0.kind != .municipalDocument }
                #expect(!statutes.isEmpty, "\(version.label)")
                #expect(statutes.allSatisfy { $0.url?.hasPrefix("https://www.retsinformation.dk/eli/lta/") ?? false }, "\(version.label)")
            }
        }
        #expect(InfluenceRuleSets.involvement.versions.allSatisfy { $0.instruments.contains(.smbRetningslinje2016) })
        #expect(LegalInstrument.smbRetningslinje2016.kind == .municipalDocument)
        #expect(InfluenceRuleSets.frame.versions.map(\.validFrom) == [CivilDate(2013, 1, 1), CivilDate(2024, 1, 1), CivilDate(2025, 7, 1)])
        #expect(InfluenceRuleSets.frame.versions[2].instruments.contains(.lov1651_2024))
        #expect(InfluenceRuleSets.frame.versions[1].instruments.contains(.lov721_2023))
    }
}
