import SocialPolicyKit
import Testing

/// The bundled influence profiles as values a host can adopt.
let influenceProfiles: [any InfluenceLocalPolicy] = [KobenhavnProfile(), GentofteProfile(), HelsingorProfile()]

/// A day inside every bundled influence policy's period.
let dayInEveryPeriod = CivilDate(2024, 6, 3)

@Suite("influence.matter — the municipalities' influence frames")
struct FrameTests {
    @Test("every bundled profile answers every matter in every setting, with no holes, within its period")
    func noHoles() throws {
        for profile in influenceProfiles {
            for version in profile.influencePolicies {
                let day = max(version.period.validFrom, RuleSetCatalogue.earliestSupportedDate)
                for matter in InfluenceMatter.allCases {
                    for setting in InfluenceSetting.allCases {
                        #expect(profile.influenceFrame(matter, in: setting, under: version) != nil, "\(profile.id) \(matter) \(setting)")
                        let verdict = try InfluenceMatterQuestion.verdict(
                            for: .init(matter: matter, setting: setting), asOf: day, municipality: profile)
                        #expect(verdict.outcome == .determined, "\(profile.id) \(matter.rawValue) in \(setting.rawValue)")
                        #expect(verdict.values.degree != nil && verdict.values.forum != nil && verdict.values.form != nil)
                    }
                }
            }
        }
    }

    @Test("the bundled profiles pass the profile validator")
    func bundledProfilesAreValid() {
        for profile in influenceProfiles {
            #expect(InfluenceProfileValidator.problems(profile).isEmpty, "\(InfluenceProfileValidator.problems(profile))")
        }
    }

    @Test("each bundled profile's policy period is the one in PolicyDocumentPeriods")
    func periodsComeFromTheDocuments() {
        #expect(KobenhavnProfile().influencePolicies.map(\.period) == [PolicyDocumentPeriods.kkBrugerpolitik])
        #expect(GentofteProfile().influencePolicies.map(\.period) == [PolicyDocumentPeriods.gentofteRammer2020])
        #expect(HelsingorProfile().influencePolicies.map(\.period) == [PolicyDocumentPeriods.helsingorPolitik2009])
    }

    @Test("the validator rejects a profile whose policy versions overlap in time")
    func validatorRejectsOverlaps() {
        struct Overlapping: InfluenceLocalPolicy {
            let id = "overlapping"
            let name = "Overlapping Kommune"
            static let source = Citation.Source(code: "OVL", kind: .policy)
            let influencePolicies = [
                InfluencePolicyVersion(
                    id: "v1", document: source, title: "v1", period: PolicyPeriod(from: CivilDate(2015, 1, 1), to: CivilDate(2020, 12, 31))),
                InfluencePolicyVersion(id: "v2", document: source, title: "v2", period: PolicyPeriod(from: CivilDate(2020, 6, 1))),
            ]
            func influenceFrame(_ m: InfluenceMatter, in s: InfluenceSetting, under p: InfluencePolicyVersion) -> InfluenceFrameEntry? {
                InfluenceFrameEntry.national(m, in: s)
            }
        }
        let problems = InfluenceProfileValidator.problems(Overlapping())
        #expect(problems.contains { $0.contains("v1 overlaps v2") })
    }

    @Test("the validator accepts consecutive versions and rejects holes and entries below the national floor")
    func validatorOnHolesAndFloor() {
        struct Holey: InfluenceLocalPolicy {
            let id = "holey"
            let name = "Holey Kommune"
            static let source = Citation.Source(code: "HOL", kind: .policy)
            let influencePolicies = [
                InfluencePolicyVersion(
                    id: "a", document: source, title: "a", period: PolicyPeriod(from: CivilDate(2013, 1, 1), to: CivilDate(2019, 12, 31))),
                InfluencePolicyVersion(id: "b", document: source, title: "b", period: PolicyPeriod(from: CivilDate(2020, 1, 1))),
            ]
            func influenceFrame(_ m: InfluenceMatter, in s: InfluenceSetting, under p: InfluencePolicyVersion) -> InfluenceFrameEntry? {
                if m == .legislation { return nil }
                if m == .ownHome { return InfluenceFrameEntry.national(m, in: s).with(.participation, .ownHome, Citation(Self.source, "1")) }
                return InfluenceFrameEntry.national(m, in: s)
            }
        }
        let problems = InfluenceProfileValidator.problems(Holey())
        #expect(!problems.contains { $0.contains("overlaps") })
        #expect(problems.contains { $0.contains("legislation") && $0.contains("hole") })
        #expect(problems.contains { $0.contains("own-home") && $0.contains("national floor") })
    }

    @Test("a local frame cannot take away the self-determination national law gives over one's own home")
    func localPolicyCannotLowerTheNationalFloor() throws {
        struct Lowering: InfluenceLocalPolicy {
            let id = "lowering"
            let name = "Lowering Kommune"
            static let source = Citation.Source(code: "LOW", kind: .policy)
            let influencePolicies = [
                InfluencePolicyVersion(id: "low", document: source, title: "low", period: PolicyPeriod(from: CivilDate(2013, 1, 1)))
            ]
            func influenceFrame(_ m: InfluenceMatter, in s: InfluenceSetting, under p: InfluencePolicyVersion) -> InfluenceFrameEntry? {
                InfluenceFrameEntry.national(m, in: s).with(.none, .none, Citation(Self.source, "1"))
            }
        }
        for matter in InfluenceMatter.allCases {
            for setting in InfluenceSetting.allCases {
                let verdict = try InfluenceMatterQuestion.verdict(
                    for: .init(matter: matter, setting: setting), asOf: dayInEveryPeriod, municipality: Lowering())
                let floor = InfluenceFrameEntry.nationalFloor(matter).degree
                #expect(try #require(verdict.values.degree) >= floor)
                #expect(verdict.values.raisedToNationalFloor == (floor > .none ? true : nil))
            }
        }
        let home = try InfluenceMatterQuestion.verdict(
            for: .init(matter: .ownHome, setting: .botilbud), asOf: dayInEveryPeriod, municipality: Lowering())
        #expect(home.values.degree == .selfDetermination)
        #expect(home.values.forum == .ownHome)
    }

    @Test("capacity, budget and legislation give no influence in every municipality and setting")
    func noInfluenceOnCapacityBudgetLegislation() throws {
        for profile in influenceProfiles {
            for matter in [InfluenceMatter.capacityAndBudget, .legislation] {
                for setting in InfluenceSetting.allCases {
                    let v = try InfluenceMatterQuestion.verdict(for: .init(matter: matter, setting: setting), asOf: dayInEveryPeriod, municipality: profile)
                    #expect(v.values.degree == InfluenceDegree.none)
                    #expect(v.values.forum == InfluenceForum.none)
                    #expect(v.values.level == .municipality)
                }
            }
        }
    }

    @Test("in Copenhagen an area without influence must always be stated openly (KK-BP 3.2, 4.1), outside drug treatment and elder care")
    func copenhagenStatesNoInfluenceOpenly() throws {
        for matter in InfluenceMatter.allCases {
            for setting in InfluenceSetting.allCases where ![.drugTreatment, .nursingHome, .homeCare].contains(setting) {
                let v = try InfluenceMatterQuestion.verdict(
                    for: .init(matter: matter, setting: setting), asOf: CivilDate(2013, 6, 1), municipality: KobenhavnProfile())
                #expect(v.values.mustBeStatedOpenly == (v.values.degree == InfluenceDegree.none))
            }
        }
    }

    @Test("in Copenhagen capacity, budget and legislation are stated openly as without influence in every setting, drug treatment included (KK-BP 3.2)")
    func copenhagenMunicipalLevelOpenEverywhere() throws {
        for matter in [InfluenceMatter.capacityAndBudget, .legislation] {
            for setting in InfluenceSetting.allCases {
                let d = try InfluenceMatterQuestion.decision(
                    for: .init(matter: matter, setting: setting), asOf: CivilDate(2013, 6, 1), municipality: KobenhavnProfile())
                #expect(d.value("degree") == .string("none"))
                #expect(d.value("mustBeStatedOpenly") == .bool(true))
                #expect(d.citations.contains(Citation(.kkBP, "3.2")))
            }
            // The setting does not matter, so an unknown setting is answered.
            let unknown = try InfluenceMatterQuestion.verdict(for: .init(matter: matter), asOf: CivilDate(2013, 6, 1), municipality: KobenhavnProfile())
            #expect(unknown.outcome == .determined)
            #expect(unknown.values.mustBeStatedOpenly == true)
        }
        // Drug treatment otherwise follows the national frame: no duty to state hiring openly.
        let hiring = try InfluenceMatterQuestion.verdict(
            for: .init(matter: .staffHiring, setting: .drugTreatment), asOf: CivilDate(2013, 6, 1), municipality: KobenhavnProfile())
        #expect(hiring.values.degree == InfluenceDegree.none)
        #expect(hiring.values.mustBeStatedOpenly == false)
    }

    @Test("own-case matters are the form own-case at the individual level; the rest are the common")
    func formsFollowTheMatter() throws {
        for profile in influenceProfiles {
            for matter in InfluenceMatter.allCases {
                for setting in InfluenceSetting.allCases {
                    let v = try InfluenceMatterQuestion.verdict(for: .init(matter: matter, setting: setting), asOf: dayInEveryPeriod, municipality: profile)
                    #expect(v.values.form == (matter.isOwnCase ? .ownCase : .common))
                    if matter.isOwnCase { #expect(v.values.level == .individual) }
                }
            }
        }
    }

    @Test("without a municipality the frame is undetermined and asks for the municipality")
    func needsAMunicipality() throws {
        let d = try InfluenceMatterQuestion.decision(for: .init(matter: .houseRules, setting: .botilbud), asOf: dayInEveryPeriod)
        #expect(d.outcome == .undetermined)
        #expect(d.missingFacts == ["municipality"])
    }

    @Test("Gentofte's 2020 frame is not applied to a date before 2020: undetermined with the reason")
    func gentofteBefore2020() throws {
        let d = try InfluenceMatterQuestion.decision(
            for: .init(matter: .houseRules, setting: .botilbud), asOf: CivilDate(2019, 12, 31), municipality: GentofteProfile())
        #expect(d.outcome == .undetermined)
        #expect(d.value("openLegalQuestion") == .string("local-policy-not-in-force"))
        #expect(d.value("degree") == nil)
        let inForce = try InfluenceMatterQuestion.verdict(
            for: .init(matter: .houseRules, setting: .botilbud), asOf: CivilDate(2020, 1, 1), municipality: GentofteProfile())
        #expect(inForce.outcome == .determined)
    }

    @Test("a municipality without an influence policy answers undetermined, never a guessed frame")
    func municipalityWithoutPolicy() throws {
        struct Silent: MunicipalPolicy {
            let id = "silent"
            let name = "Silent Kommune"
        }
        let v = try InfluenceMatterQuestion.verdict(for: .init(matter: .mealPlans, setting: .botilbud), asOf: dayInEveryPeriod, municipality: Silent())
        #expect(v.outcome == .undetermined)
        #expect(v.values.openLegalQuestion == .localPolicyNotInForce)
    }

    @Test("an unknown setting is answered only when every setting gives the same entry; otherwise the setting is missing")
    func unknownSetting() throws {
        let capacity = try InfluenceMatterQuestion.verdict(for: .init(matter: .capacityAndBudget), asOf: dayInEveryPeriod, municipality: KobenhavnProfile())
        // Capacity is the municipality's overall effort: the same in every setting (KK-BP 3.2).
        #expect(capacity.outcome == .determined)
        #expect(capacity.values.degree == InfluenceDegree.none)
        let hiring = try InfluenceMatterQuestion.verdict(for: .init(matter: .staffHiring), asOf: dayInEveryPeriod, municipality: KobenhavnProfile())
        // Copenhagen's hiring committees are not in the national drug-treatment frame: the settings differ.
        #expect(hiring.outcome == .undetermined)
        #expect(hiring.firstMissingFact == "setting")
        let helsingorCapacity = try InfluenceMatterQuestion.verdict(
            for: .init(matter: .capacityAndBudget), asOf: dayInEveryPeriod, municipality: HelsingorProfile())
        #expect(helsingorCapacity.outcome == .determined)
        #expect(helsingorCapacity.values.degree == InfluenceDegree.none)
        let meals = try InfluenceMatterQuestion.verdict(for: .init(matter: .mealPlans), asOf: dayInEveryPeriod, municipality: KobenhavnProfile())
        #expect(meals.outcome == .undetermined)
        #expect(meals.firstMissingFact == "setting")
    }

    @Test("the Helsingør ladder runs from self-determination above to none below")
    func ladderOrder() {
        let ladder: [InfluenceDegree] = [.none, .participation, .involvement, .influence, .userSteering, .selfDetermination]
        #expect(ladder == ladder.sorted())
        #expect(InfluenceDegree.allCases.sorted() == ladder)
    }
}

@Suite("influence.matter — an unknown setting")
struct UnknownSettingTests {
    @Test("with the setting unknown, an answer is given only when it is the same say in every setting")
    func answeredOnlyWhenAllSettingsAgree() throws {
        for profile in influenceProfiles {
            for matter in InfluenceMatter.allCases {
                let v = try InfluenceMatterQuestion.verdict(for: .init(matter: matter), asOf: dayInEveryPeriod, municipality: profile)
                var all: [InfluenceMatterQuestion.Values] = []
                for setting in InfluenceSetting.allCases {
                    all.append(try InfluenceMatterQuestion.verdict(for: .init(matter: matter, setting: setting), asOf: dayInEveryPeriod, municipality: profile).values)
                }
                let agree = all.allSatisfy { $0 == all[0] }
                #expect(v.outcome == (agree ? .determined : .undetermined), "\(profile.id) \(matter.rawValue)")
                if agree { #expect(v.values == all[0]) } else { #expect(v.firstMissingFact == "setting") }
            }
        }
    }
}
