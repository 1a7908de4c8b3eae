import SocialPolicyKit
import Testing

typealias Facts = CoercionQuestion.Facts

/// One date inside each version of `sel-coercion`.
let regimeSamples: [(CoercionRegime, CivilDate)] = [
    (.r2011, CivilDate(2013, 3, 1)),
    (.r2013, CivilDate(2015, 6, 1)),
    (.r2017, CivilDate(2018, 6, 1)),
    (.r2019, CivilDate(2019, 8, 1)),
    (.r2020, CivilDate(2022, 6, 1)),
    (.r2024, CivilDate(2024, 9, 1)),
    (.r2025, CivilDate(2025, 6, 1)),
]

/// The general conditions met, refusing consent.
func generalMet(_ intervention: Intervention) -> Facts {
    var facts = Facts(intervention: intervention)
    facts.consent = .refuses
    facts.isMedicalTreatment = false
    facts.significantPermanentImpairment = true
    facts.impairmentDocumented = true
    facts.receivesQualifyingHelp = true
    facts.voluntaryCooperationAttempted = true
    facts.lessIntrusiveMeasureSufficient = false
    return facts
}

let generalFacts: [CoercionFact] = [
    .isMedicalTreatment, .significantPermanentImpairment, .impairmentDocumented, .receivesQualifyingHelp,
    .voluntaryCooperationAttempted, .lessIntrusiveMeasureSufficient,
]

/// Every boolean fact a provision reads (conditions, ways, the decision, dementia for alarms).
func factsRead(by provision: CoercionProvision, _ intervention: Intervention) -> [CoercionFact] {
    var read: [CoercionFact] = []
    func add(_ fact: CoercionFact) { if !read.contains(fact) { read.append(fact) } }
    for rule in provision.conditions { add(rule.fact) }
    for branch in provision.branches { for rule in branch.rules { add(rule.fact) } }
    if provision.requiresPriorDecision { add(.hasDecision) }
    if intervention == .alarmTracking || intervention == .welfareTechnology { add(.dementiaOrProgressiveDecline) }
    return read
}

/// Calls `body` with every assignment (true, false, unknown) of `facts` on top of `base`.
func enumerate(_ facts: [CoercionFact], base: Facts, _ body: (Facts) throws -> Void) rethrows {
    let count = facts.count
    var total = 1
    for _ in 0..<count { total *= 3 }
    for index in 0..<total {
        var current = base
        var rest = index
        for fact in facts {
            let digit = rest % 3
            rest /= 3
            current[fact] = digit == 0 ? nil : (digit == 1)
        }
        try body(current)
    }
}

/// Whether a rule is established as required.
func established(_ rule: CoercionRule, _ facts: Facts) -> Bool { facts[rule.fact] == rule.requirement.needed }

/// Whether `name` is a fact that is unknown in `facts`.
func isUnknown(_ name: String, _ facts: Facts) -> Bool {
    switch name {
    case "consent": return facts.consent == nil
    case "hygieneSituation": return facts.hygieneSituation == nil
    case "decisionDate": return facts.decisionDate == nil
    default:
        guard let fact = CoercionFact(rawValue: name) else { return false }
        return facts[fact] == nil
    }
}

/// The properties every verdict must have; returns the problems.
func problems(
    _ verdict: Verdict<CoercionQuestion.Values>, _ facts: Facts, regime: CoercionRegime, asOf: CivilDate
) -> [String] {
    var found: [String] = []
    let route = CoercionRules.route(for: facts.intervention, in: regime, on: asOf)
    if verdict.obligations.overflowed { found.append("obligations overflowed") }
    switch verdict.outcome {
    case .permitted:
        guard case .provision(let provision) = route else {
            found.append("permitted without a provision")
            return found
        }
        if facts.consent == nil || facts.consent == .valid { found.append("permitted without established non-consent") }
        if !established(CoercionRules.notMedicalTreatment, facts) { found.append("permitted: medical treatment not excluded") }
        for rule in CoercionRules.targetGroup where !established(rule, facts) { found.append("permitted: \(rule.fact) not established") }
        if !established(CoercionRules.voluntaryCooperation, facts) { found.append("permitted: voluntary cooperation") }
        if !established(CoercionRules.leastIntrusive, facts) { found.append("permitted: least intrusive") }
        for rule in provision.conditions where !established(rule, facts) {
            found.append("permitted: condition \(rule.fact) not established")
        }
        if !provision.branches.isEmpty {
            let some = provision.branches.contains { branch in
                branch.openQuestion == nil && branch.rules.allSatisfy { established($0, facts) }
            }
            if !some { found.append("permitted: no way of the provision fully established") }
        }
        if provision.openQuestion != nil { found.append("permitted under an unverified provision") }
        if provision.requiresPriorDecision {
            if facts.hasDecision != true { found.append("permitted without a prior decision") }
            if let months = provision.maxDurationMonths {
                guard let date = facts.decisionDate else {
                    found.append("permitted without a decision date")
                    return found
                }
                if !(asOf < date.adding(months: months)) { found.append("permitted on an expired decision") }
            }
            if let date = facts.decisionDate, date > asOf { found.append("permitted on a future decision") }
        }
        if provision.givesComplaintGuidance && !verdict.obligations.contains(ObligationCode("give-complaint-guidance")) {
            found.append("decision without complaint guidance")
        }
        if !verdict.obligations.contains(ObligationCode("report-intervention")) { found.append("permitted without report-intervention") }
        if verdict.values.section == nil { found.append("permitted without a section") }
        if facts.hasGuardian == true && !verdict.obligations.contains(ObligationCode("involve-guardian")) {
            found.append("guardian not involved")
        }
    case .undetermined:
        if let missing = verdict.firstMissingFact {
            if !isUnknown(missing, facts) { found.append("first missing fact \(missing) is known") }
        } else if verdict.values.openLegalQuestion == nil {
            found.append("undetermined without a missing fact or an open legal question")
        }
        if !verdict.obligations.isEmpty { found.append("obligations on an undetermined verdict") }
    case .denied:
        if facts.intervention == .other {
            if verdict.values.emergencyDefenceOnly != true { found.append("other without emergencyDefenceOnly") }
            if !verdict.obligations.contains(ObligationCode("report-intervention")) { found.append("other not reported") }
        }
    case .notApplicable:
        if verdict.values.reason == nil { found.append("not-applicable without a reason") }
    case .determined:
        found.append("determined is not an outcome of this question")
    }
    if facts.intervention == .other && verdict.outcome != .denied { found.append("other not denied") }
    return found
}

@Suite("Coercion: exhaustive fail-closed properties")
struct ExhaustiveCoercionTests {
    @Test("Every permitted coercion has every required condition established true, for every intervention in every regime")
    func provisionFactsExhaustive() throws {
        var checked = 0
        var failures: [String] = []
        for (regime, asOf) in regimeSamples {
            let dates: [CivilDate?] = [
                nil, asOf.adding(months: -1), asOf.adding(months: -7), asOf.adding(days: 1), CivilDate(2011, 6, 1),
            ]
            for intervention in Intervention.allCases {
                guard case .provision(let provision) = CoercionRules.route(for: intervention, in: regime) else { continue }
                let read = factsRead(by: provision, intervention)
                #expect(read.count <= 11, "\(intervention) reads \(read.count) facts")
                let readsHygiene = provision.conditions.contains { $0.fact == .hygieneSituationOnList }
                let hygieneValues: [HygieneSituation?] = readsHygiene ? [nil] + HygieneSituation.allCases.map { $0 } : [nil]
                for consent in [Consent.refuses, .passive, .unable] {
                    for date in provision.requiresPriorDecision ? dates : [nil] {
                        for hygiene in hygieneValues {
                            var base = generalMet(intervention)
                            base.consent = consent
                            base.decisionDate = date
                            base.hygieneSituation = hygiene
                            base.hasGuardian = true
                            let reduced = readsHygiene ? read.filter { $0 != .hygieneSituationOnList } : read
                            try enumerate(reduced, base: base) { facts in
                                let verdict = try CoercionQuestion.verdict(for: facts, asOf: asOf)
                                checked += 1
                                for problem in problems(verdict, facts, regime: regime, asOf: asOf) where failures.count < 20 {
                                    failures.append("\(regime) \(intervention) \(consent): \(problem)")
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(checked > 50_000)
    }

    @Test("Every general condition (consent, treatment, target group, § 124 stk. 2–3) is required, in every combination, for every intervention in every regime")
    func generalFactsExhaustive() throws {
        var failures: [String] = []
        var checked = 0
        for (regime, asOf) in regimeSamples {
            for intervention in Intervention.allCases {
                var base = Facts(intervention: intervention)
                if case .provision(let provision) = CoercionRules.route(for: intervention, in: regime) {
                    for rule in provision.conditions { base[rule.fact] = rule.requirement.needed }
                    for rule in provision.branches.first?.rules ?? [] { base[rule.fact] = rule.requirement.needed }
                    if provision.requiresPriorDecision {
                        base.hasDecision = true
                        base.decisionDate = asOf.adding(days: -10)
                    }
                }
                for consent in [nil] + Consent.allCases.map({ $0 }) {
                    base.consent = consent
                    try enumerate(generalFacts, base: base) { facts in
                        let verdict = try CoercionQuestion.verdict(for: facts, asOf: asOf)
                        checked += 1
                        for problem in problems(verdict, facts, regime: regime, asOf: asOf) where failures.count < 20 {
                            failures.append("\(regime) \(intervention): \(problem)")
                        }
                        if consent == .valid && intervention != .other && verdict.outcome != .notApplicable {
                            failures.append("\(regime) \(intervention): valid consent is not not-applicable")
                        }
                        if facts.isMedicalTreatment == true && verdict.outcome == .permitted {
                            failures.append("\(regime) \(intervention): medical treatment permitted")
                        }
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(checked == regimeSamples.count * Intervention.allCases.count * 5 * 729)
    }

    @Test("The explained decision has the same outcome and obligations (codes and due dates) as the fast verdict")
    func decisionMatchesVerdict() throws {
        var compared = 0
        for (regime, asOf) in regimeSamples {
            for intervention in Intervention.allCases {
                guard case .provision(let provision) = CoercionRules.route(for: intervention, in: regime) else { continue }
                var base = generalMet(intervention)
                base.hasGuardian = true
                base.decisionDate = asOf.adding(days: -20)
                base.hygieneSituation = .diaperChange
                var index = 0
                try enumerate(factsRead(by: provision, intervention), base: base) { facts in
                    index += 1
                    guard index % 7 == 0 else { return }
                    let verdict = try CoercionQuestion.verdict(for: facts, asOf: asOf, municipality: BundledProfiles.kobenhavn)
                    let decision = try CoercionQuestion.decision(for: facts, asOf: asOf, municipality: BundledProfiles.kobenhavn)
                    #expect(decision.outcome == verdict.outcome)
                    #expect(decision.obligations.map(\.code) == verdict.obligations.map(\.code))
                    #expect(decision.obligations.map(\.due) == verdict.obligations.map(\.due))
                    if verdict.outcome == .undetermined, let first = verdict.firstMissingFact {
                        #expect(decision.missingFacts.first == first)
                    }
                    if verdict.outcome != .undetermined { #expect(decision.missingFacts.isEmpty) }
                    compared += 1
                }
            }
        }
        #expect(compared > 1_000)
    }

    @Test("København's KK-KS 4.2 only adds the extraordinary follow-up, only in 2013, and never changes an outcome")
    func localPolicyOnlyAdds() throws {
        let dates = [CivilDate(2013, 1, 1), CivilDate(2013, 6, 30), CivilDate(2013, 7, 1), CivilDate(2013, 12, 31), CivilDate(2014, 1, 1), CivilDate(2012, 12, 31).adding(days: 1), CivilDate(2021, 5, 1)]
        for asOf in dates {
            let regime = CoercionRegime(on: asOf)
            for intervention in Intervention.allCases {
                var base = generalMet(intervention)
                base.decisionDate = asOf.adding(days: -5)
                let read: [CoercionFact]
                if case .provision(let provision) = CoercionRules.route(for: intervention, in: regime) {
                    read = Array(factsRead(by: provision, intervention).prefix(7))
                } else {
                    read = []
                }
                try enumerate(read, base: base) { facts in
                    let national = try CoercionQuestion.verdict(for: facts, asOf: asOf)
                    let local = try CoercionQuestion.verdict(for: facts, asOf: asOf, municipality: BundledProfiles.kobenhavn)
                    #expect(local.outcome == national.outcome)
                    for entry in national.obligations { #expect(local.obligations.contains(entry.code)) }
                    let used = national.outcome == .permitted || intervention == .other
                    let expectFollowUp = used && asOf.year == 2013
                    #expect(local.obligations.contains(ObligationCode("extraordinary-follow-up")) == expectFollowUp,
                        "\(asOf) \(intervention) \(national.outcome)")
                    #expect(!national.obligations.contains(ObligationCode("extraordinary-follow-up")))
                    let gentofte = try CoercionQuestion.verdict(for: facts, asOf: asOf, municipality: BundledProfiles.gentofte)
                    #expect(gentofte.obligations.map(\.code) == national.obligations.map(\.code))
                }
            }
        }
    }
}

/// Issue 13, item 1: with `hasDecision: true` and `decisionDate` unknown, a decision-based
/// measure was `permitted` with no missing facts (for `lock-doors-windows`,
/// `admission-without-consent`, `admission-danger-to-others`, `welfare-technology`).
@Suite("Coercion: a prior decision of unknown date authorises nothing yet")
struct UnknownDecisionDateTests {
    @Test("every decision-based measure, in every regime: undetermined, asking for decisionDate", arguments: Intervention.allCases)
    func unknownDecisionDate(_ intervention: Intervention) {
        for (regime, asOf) in regimeSamples {
            guard case .provision(let provision) = CoercionRules.route(for: intervention, in: regime, on: asOf),
                provision.requiresPriorDecision
            else { continue }
            // Every boolean the provision reads set both ways; the decision exists, its date unknown.
            enumerate(factsRead(by: provision, intervention).filter { $0 != .hasDecision }, base: generalMet(intervention)) { facts in
                var facts = facts
                facts.hasDecision = true
                facts.decisionDate = nil
                guard let verdict = try? CoercionQuestion.verdict(for: facts, asOf: asOf) else { return }
                #expect(verdict.outcome != .permitted, "\(intervention) \(regime): permitted on a decision of unknown date")
                if verdict.outcome == .undetermined, let decision = try? CoercionQuestion.decision(for: facts, asOf: asOf) {
                    #expect(decision.missingFacts.contains("decisionDate") || decision.value("openLegalQuestion") != nil)
                }
            }
        }
    }
}
