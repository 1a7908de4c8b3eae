import Testing
import SocialPolicyKit

/// The law's list of defects, written out independently of the rules.
func lawDefects(_ f: ConsentQuestion.Facts) -> [String] {
    var out: [String] = []
    if f.specifiesInformationTypes == false { out.append("information-types") }
    if f.specifiesSourcesOrRecipients == false { out.append("sources-or-recipients") }
    if f.specifiesPurpose == false { out.append("purpose") }
    if f.voluntary == false { out.append("not-voluntary") }
    if f.informed == false { out.append("not-informed") }
    if f.revoked == true { out.append("revoked") }
    let wrongSignatory: Bool
    switch f.givenBy {
    case .relative?: wrongSignatory = true
    case .guardian?: wrongSignatory = f.guardianScopeCoversMatter == false || f.usedForCoercion == true
    case .parentWithCustody?: wrongSignatory = f.citizenUnder18 == false || f.usedForCoercion == true
    default: wrongSignatory = false
    }
    if wrongSignatory { out.append("wrong-signatory") }
    if f.form == .oralUndocumented { out.append("undocumented") }
    return out
}

let consentDates = [CivilDate(2013, 6, 1), CivilDate(2016, 1, 1), CivilDate(2025, 1, 15)]

@Suite("confidentiality.consent — every combination of facts")
struct ConsentExhaustiveTests {
    @Test("every defect is named exactly when the facts show it, in the contract's order, and any defect makes the consent invalid",
          arguments: consentDates)
    func defectsNamed(date: CivilDate) throws {
        var failures = Failures()
        forEachConsent { facts in
            guard let verdict = try? ConsentQuestion.verdict(for: facts, asOf: date) else {
                failures.record("threw: \(facts)")
                return
            }
            let expected = lawDefects(facts)
            if verdict.values.defects.codes != expected {
                failures.record("defects \(verdict.values.defects.codes) ≠ \(expected): \(facts)")
            }
            if !expected.isEmpty && verdict.outcome != .denied {
                failures.record("defective consent \(verdict.outcome): \(facts)")
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("a consent is valid only when every requirement is established: the right signatory, not revoked, voluntary, informed, specific and documented",
          arguments: consentDates)
    func validOnlyWhenEverythingHolds(date: CivilDate) throws {
        var failures = Failures()
        var valid = 0
        forEachConsent { facts in
            guard let verdict = try? ConsentQuestion.verdict(for: facts, asOf: date) else { return }
            let signatoryOK: Bool
            switch facts.givenBy {
            case .citizen?: signatoryOK = facts.citizenUnder18 != true
            case .guardian?: signatoryOK = facts.guardianScopeCoversMatter == true && facts.usedForCoercion == false
            case .parentWithCustody?: signatoryOK = facts.citizenUnder18 == true && facts.usedForCoercion == false
            default: signatoryOK = false
            }
            let allHold = signatoryOK && facts.revoked == false && facts.voluntary == true && facts.informed == true
                && facts.specifiesInformationTypes == true && facts.specifiesSourcesOrRecipients == true
                && facts.specifiesPurpose == true && (facts.form == .written || facts.form == .oralDocumented)
            if allHold != (verdict.outcome == .permitted) {
                failures.record("all requirements \(allHold) but \(verdict.outcome): \(facts)")
            }
            if verdict.outcome == .permitted {
                valid += 1
                if !verdict.values.defects.isEmpty { failures.record("valid with defects: \(facts)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
        #expect(valid > 0)
    }

    @Test("a relative's consent is never valid, and consent to coercion counts only from the citizen")
    func relativeAndCoercion() throws {
        var failures = Failures()
        forEachConsent { facts in
            guard let verdict = try? ConsentQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 15)) else { return }
            if facts.givenBy == .relative && verdict.outcome != .denied {
                failures.record("relative's consent \(verdict.outcome): \(facts)")
            }
            if facts.usedForCoercion == true && facts.givenBy != .citizen && verdict.outcome == .permitted {
                failures.record("coercion consent from \(String(describing: facts.givenBy)): \(facts)")
            }
            if facts.form == .oralUndocumented && verdict.outcome == .permitted {
                failures.record("undocumented oral consent valid: \(facts)")
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("every undetermined answer asks for an unknown fact or names an open legal question, and only undetermined answers ask")
    func undeterminedAsks() throws {
        var failures = Failures()
        forEachConsent { facts in
            guard let verdict = try? ConsentQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 15)) else { return }
            if verdict.outcome == .undetermined {
                if verdict.firstMissingFact == nil && verdict.values.openLegalQuestion == nil {
                    failures.record("nothing to ask: \(facts)")
                }
            } else if verdict.firstMissingFact != nil {
                failures.record("\(verdict.outcome) asks: \(facts)")
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("the explained decision has the verdict's outcome and defects")
    func decisionMatchesVerdict() throws {
        var failures = Failures()
        var index = 0
        forEachConsent { facts in
            index += 1
            guard index % 97 == 0 else { return }
            for date in consentDates {
                guard let verdict = try? ConsentQuestion.verdict(for: facts, asOf: date),
                    let decision = try? ConsentQuestion.decision(for: facts, asOf: date)
                else { continue }
                if decision.outcome != verdict.outcome || decision.values != verdict.values.fields {
                    failures.record("differs: \(facts)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }
}

@Suite("confidentiality.consent — cases")
struct ConsentCaseTests {
    @Test("the blanket consent form names its two defects in the contract's order")
    func blanket() throws {
        let facts = ConsentQuestion.Facts(
            givenBy: .citizen, specifiesInformationTypes: false, specifiesSourcesOrRecipients: false,
            specifiesPurpose: true, voluntary: true, informed: true, form: .written, revoked: false)
        let decision = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 15))
        #expect(decision.outcome == .denied)
        #expect(decision.value("defects") == .array([.string("information-types"), .string("sources-or-recipients")]))
    }

    @Test("unknown facts are asked for most decisive first: who signed, then revocation, then the rest")
    func missingOrder() throws {
        let decision = try ConsentQuestion.decision(for: ConsentQuestion.Facts(), asOf: CivilDate(2025, 1, 15))
        #expect(decision.outcome == .undetermined)
        #expect(decision.missingFacts.first == "givenBy")
        #expect(decision.missingFacts.dropFirst().first == "revoked")
        #expect(decision.missingFacts.last == "form")
    }

    @Test("a child's own consent is an open legal question")
    func minorOwnConsent() throws {
        let facts = ConsentQuestion.Facts(
            givenBy: .citizen, specifiesInformationTypes: true, specifiesSourcesOrRecipients: true,
            specifiesPurpose: true, voluntary: true, informed: true, form: .written, revoked: false,
            citizenUnder18: true)
        let decision = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 15))
        #expect(decision.outcome == .undetermined)
        #expect(decision.value("openLegalQuestion") == .string("minor-own-consent"))
    }

    @Test("the consent cites GDPR from 25 May 2018 and persondataloven before")
    func citationsByDate() throws {
        let facts = ConsentQuestion.Facts(
            givenBy: .citizen, specifiesInformationTypes: true, specifiesSourcesOrRecipients: true,
            specifiesPurpose: true, voluntary: true, informed: true, form: .written, revoked: false)
        let before = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2018, 5, 24))
        let after = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2018, 5, 25))
        #expect(before.outcome == .permitted && after.outcome == .permitted)
        #expect(before.citations.contains { $0.description == "PDL § 3, nr. 8" })
        #expect(after.citations.contains { $0.description == "GDPR art. 4, nr. 11" })
        #expect(!before.citations.contains { $0.source == .gdpr })
    }
}
