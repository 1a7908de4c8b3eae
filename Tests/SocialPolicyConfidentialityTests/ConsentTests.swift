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
    let coercion = f.usedForCoercion ?? f.consentUse.map { $0 == .coercion }
    let under18 = f.citizenUnder18 ?? (f.citizenAged15OrOver == false ? true : nil)
    switch f.givenBy {
    case .relative?: wrongSignatory = true
    case .guardian?: wrongSignatory = f.guardianScopeCoversMatter == false || coercion == true
    case .parentWithCustody?: wrongSignatory = under18 == false || coercion == true
    case .citizen?: wrongSignatory = under18 == true && f.citizenAged15OrOver == false
    default: wrongSignatory = false
    }
    if wrongSignatory { out.append("wrong-signatory") }
    if f.form == .oralUndocumented { out.append("undocumented") }
    return out
}

let consentDates = [CivilDate(2013, 6, 1), CivilDate(2016, 1, 1), CivilDate(2019, 3, 20), CivilDate(2025, 1, 15)]

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
            let coercion = facts.usedForCoercion ?? facts.consentUse.map { $0 == .coercion }
            switch facts.givenBy {
            case .citizen?: signatoryOK = facts.citizenUnder18 == false
            case .guardian?: signatoryOK = facts.guardianScopeCoversMatter == true && coercion == false
            case .parentWithCustody?: signatoryOK = facts.citizenAged15OrOver == false && coercion == false
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
            if facts.forCoercion == true && facts.givenBy != .citizen && verdict.outcome == .permitted {
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

    @Test("a young person's own consent at 15–17 is an open legal question; under 15 it is not valid alone, the custodian's is (§8.2 nr. 21 [S]; DBL § 6, stk. 3 by analogy)")
    func minorOwnConsent() throws {
        var facts = ConsentQuestion.Facts(
            givenBy: .citizen, specifiesInformationTypes: true, specifiesSourcesOrRecipients: true,
            specifiesPurpose: true, voluntary: true, informed: true, form: .written, revoked: false,
            citizenUnder18: true)
        let unknownAge = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 15))
        #expect(unknownAge.outcome == .undetermined && unknownAge.missingFacts == ["citizenAged15OrOver"])
        facts.citizenAged15OrOver = true
        let sixteen = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 15))
        #expect(sixteen.outcome == .undetermined)
        #expect(sixteen.value("openLegalQuestion") == .string("minor-own-consent"))
        facts.citizenAged15OrOver = false
        let twelve = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 15))
        #expect(twelve.outcome == .denied && twelve.value("defects") == .array([.string("wrong-signatory")]))
        facts.givenBy = .parentWithCustody
        facts.usedForCoercion = false
        #expect(try ConsentQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 15)).outcome == .permitted)
        facts.citizenAged15OrOver = true
        let parentForSixteen = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 15))
        #expect(parentForSixteen.outcome == .undetermined && parentForSixteen.value("openLegalQuestion") == .string("minor-own-consent"))
    }

    @Test("fail closed: a citizen's own consent with citizenUnder18 unknown is undetermined, not valid — it would be open once the citizen is known to be under 18 (FailClosedPropertyTests)")
    func citizenAgeUnknownIsNotValid() throws {
        var facts = ConsentQuestion.Facts(
            givenBy: .citizen, specifiesInformationTypes: true, specifiesSourcesOrRecipients: true,
            specifiesPurpose: true, voluntary: true, informed: true, form: .written, revoked: false)
        let unknown = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 15))
        #expect(unknown.outcome == .undetermined && unknown.missingFacts == ["citizenUnder18", "citizenAged15OrOver"])
        for under18 in [true, false] {
            facts.citizenUnder18 = under18
            let known = try ConsentQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 15))
            #expect(known.outcome == (under18 ? .undetermined : .permitted))
        }
    }

    @Test("§2.2.5: a consent's validity cites PDL § 3, nr. 8 and § 38 to 2018-05-24 and GDPR art. 4, nr. 11 and art. 7, stk. 3 from 2018-05-25 — never FVL § 28, stk. 3–4, which since lov 503/2009 govern only information not about individuals (LBK 988/2012, LBK 433/2014 § 28)",
          arguments: consentDates)
    func consentRestsOnDataProtection(date: CivilDate) throws {
        var failures = Failures()
        var index = 0
        forEachConsent { facts in
            index += 1
            guard index % 13 == 0, let decision = try? ConsentQuestion.decision(for: facts, asOf: date) else { return }
            let cited = decision.citations.map(\.description)
            if cited.contains(where: { $0.hasPrefix("FVL § 28") }) { failures.record("cites FVL § 28: \(facts)") }
            let expected = date >= CivilDate(2018, 5, 25) ? ["GDPR art. 4, nr. 11", "GDPR art. 7, stk. 3"] : ["PDL § 3, nr. 8", "PDL § 38"]
            for citation in expected where !cited.contains(citation) { failures.record("no \(citation): \(facts)") }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("§2.2.6: RSL § 11 a is about obtaining information and is cited only for that use; the types/recipients/purpose triple is guidance (retssikkerhedsvejledningen VEJ 9330/2019 pkt. 117), cited from 2019-03-21")
    func rsl11aIsAboutObtaining() throws {
        var facts = ConsentQuestion.Facts(
            givenBy: .citizen, specifiesInformationTypes: false, specifiesSourcesOrRecipients: true,
            specifiesPurpose: true, voluntary: true, informed: true, form: .written, revoked: false,
            citizenUnder18: false, consentUse: .disclosure)
        let disclosure = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 15))
        #expect(disclosure.outcome == .denied)
        #expect(!disclosure.citations.contains { $0.source == .rsl })
        #expect(disclosure.citations.contains { $0.description == "RSV pkt. 117" })
        #expect(disclosure.legalBasis.first { $0.citation.description == "RSV pkt. 117" }?.instrument?.name == "VEJ nr. 9330 af 21/03/2019")
        facts.consentUse = .obtaining
        let obtaining = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 15))
        #expect(obtaining.citations.contains { $0.description == "RSL § 11 a, stk. 1" })
        let before = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2019, 3, 20))
        #expect(!before.citations.contains { $0.description == "RSV pkt. 117" })
        #expect(before.ruleSet == "dk-consent@2018-05-25")
        let old = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2013, 6, 1))
        #expect(old.legalBasis.first { $0.citation.source == .rsl }?.instrument?.name == "LBK nr. 930 af 17/09/2012")
    }

    @Test("issue 13 item 6: a use that contradicts usedForCoercion, or an adult under 15, is bad input naming the field")
    func contradictions() throws {
        for (facts, field) in [
            (#"{"givenBy":"citizen","consentUse":"coercion","usedForCoercion":false}"#, "facts.consentUse"),
            (#"{"givenBy":"guardian","consentUse":"disclosure","usedForCoercion":true}"#, "facts.consentUse"),
            (#"{"givenBy":"citizen","citizenUnder18":false,"citizenAged15OrOver":false}"#, "facts.citizenAged15OrOver"),
        ] {
            let json = Array(#"{"question":"confidentiality.consent","asOf":"2025-01-01","facts":"#.utf8) + Array(facts.utf8) + Array("}".utf8)
            do {
                _ = try PolicyCatalogue.standard.evaluate(json: json)
                Issue.record("accepted \(facts)")
            } catch { #expect(error.field == field) }
        }
        var swift = ConsentQuestion.Facts()
        swift.consentUse = .coercion
        swift.usedForCoercion = false
        #expect(throws: PolicyError.self) { try swift.validated() }
        if let verdict = try? ConsentQuestion.verdict(for: swift, asOf: CivilDate(2025, 1, 1)) {
            #expect(verdict.outcome == .undetermined)
        }
        // consentUse coercion alone means only the citizen's own consent counts.
        var guardian = ConsentQuestion.Facts(
            givenBy: .guardian, guardianScopeCoversMatter: true, specifiesInformationTypes: true,
            specifiesSourcesOrRecipients: true, specifiesPurpose: true, voluntary: true, informed: true,
            form: .written, revoked: false, consentUse: .coercion)
        #expect(try ConsentQuestion.verdict(for: guardian, asOf: CivilDate(2025, 1, 1)).values.defects == [.wrongSignatory])
        guardian.consentUse = .disclosure
        #expect(try ConsentQuestion.verdict(for: guardian, asOf: CivilDate(2025, 1, 1)).outcome == .permitted)
    }

    @Test("the contract additions of consent are marked since 1.1 and its values declared")
    func contractAdditions() throws {
        #expect(ConsentQuestion.factSpecs.filter { $0.since == "1.1" }.map(\.name) == ["citizenAged15OrOver", "consentUse"])
        #expect(ConsentQuestion.valueSpecs.map(\.name) == ["defects", "openLegalQuestion"])
    }

    @Test("the consent cites GDPR from 25 May 2018 and persondataloven before")
    func citationsByDate() throws {
        let facts = ConsentQuestion.Facts(
            givenBy: .citizen, specifiesInformationTypes: true, specifiesSourcesOrRecipients: true,
            specifiesPurpose: true, voluntary: true, informed: true, form: .written, revoked: false,
            citizenUnder18: false)
        let before = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2018, 5, 24))
        let after = try ConsentQuestion.decision(for: facts, asOf: CivilDate(2018, 5, 25))
        #expect(before.outcome == .permitted && after.outcome == .permitted)
        #expect(before.citations.contains { $0.description == "PDL § 3, nr. 8" })
        #expect(after.citations.contains { $0.description == "GDPR art. 4, nr. 11" })
        #expect(!before.citations.contains { $0.source == .gdpr })
    }
}
