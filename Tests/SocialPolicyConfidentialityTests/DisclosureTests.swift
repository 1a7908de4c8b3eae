import Testing
import SocialPolicyKit

/// The law's table, written out independently of the rules: is `basis` established by `facts`
/// on `date`?
func lawEstablishes(_ basis: DisclosureBasis, _ f: DisclosureQuestion.Facts, on date: CivilDate) -> Bool {
    let gdpr = date >= CivilDate(2018, 5, 25)
    switch basis {
    case .notConfidential: return f.informationKind == .nonConfidential
    case .childNotification: return f.childConcern == true && f.recipient.isWithinMunicipality
    case .legalDuty: return f.legalDutyToDisclose == true
    case .danger: return f.imminentDangerToLifeOrHealth == true
    case .consent: return f.consent == .explicitSpecific && f.citizenCanConsent == true
    case .guardian: return f.recipient == .guardian && f.guardianScopeCoversMatter == true
    case .representative: return f.recipient == .partyRepresentative
    case .careDuty:
        return f.recipient == .relative && f.substantiallyReducedMentalFunction == true
            && f.citizenCanConsent == false && f.forCareInvolvement == true
    case .taskNecessity:
        guard f.recipientNeedsItForTask == true else { return false }
        if f.recipient.isWithinMunicipality { return true }
        return f.recipient.isOutsideAuthority && f.informationKind == .otherPrivate && gdpr
    case .vitalInterests, .noBasis: return false
    }
}

/// Whether confidentiality is set aside without consent, so the citizen must be told.
func mustInformCitizen(_ basis: DisclosureBasis, _ recipient: DisclosureRecipient) -> Bool {
    switch basis {
    case .childNotification, .legalDuty, .danger, .careDuty: return true
    case .taskNecessity: return !recipient.isWithinMunicipality
    default: return false
    }
}

@Suite("confidentiality.disclosure — national law, every combination of facts")
struct DisclosureExhaustiveTests {
    @Test("a disclosure is never permitted without a basis, and the basis it names is established by the facts",
          arguments: disclosureDates)
    func neverPermittedWithoutBasis(date: CivilDate) throws {
        var failures = Failures()
        var permitted = 0
        forEachDisclosure { facts in
            guard let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date) else {
                failures.record("threw for \(facts)")
                return
            }
            if verdict.outcome == .permitted {
                permitted += 1
                let basis = verdict.values.basis
                if basis == .noBasis || !lawEstablishes(basis, facts, on: date) {
                    failures.record("permitted on \(basis) without it being established: \(facts)")
                }
            } else if verdict.values.basis != .noBasis {
                failures.record("\(verdict.outcome) but basis \(verdict.values.basis): \(facts)")
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
        #expect(permitted > 0)
    }

    @Test("a disclosure whose basis the facts establish is never refused or left open under national law",
          arguments: disclosureDates)
    func establishedBasisPermits(date: CivilDate) throws {
        var failures = Failures()
        let all = DisclosureBasis.allCases
        forEachDisclosure { facts in
            let established = all.contains { lawEstablishes($0, facts, on: date) }
            guard let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date) else { return }
            if established != (verdict.outcome == .permitted) {
                failures.record("established=\(established) but \(verdict.outcome): \(facts)")
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("every permitted disclosure of confidential information says only the minimum may go, and is documented unless consented to",
          arguments: disclosureDates)
    func permittedCarriesDuties(date: CivilDate) throws {
        var failures = Failures()
        forEachDisclosure { facts in
            guard let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date),
                verdict.outcome == .permitted
            else { return }
            let basis = verdict.values.basis
            let codes = verdict.obligations.codes
            if basis == .notConfidential {
                if codes.contains("disclose-minimum") { failures.record("minimum on non-confidential: \(facts)") }
                return
            }
            if verdict.values.minimumNecessary != true || !codes.contains("disclose-minimum") {
                failures.record("no minimum: \(facts)")
            }
            if (basis != .consent) != codes.contains("document-assessment") {
                failures.record("documentation duty wrong for \(basis): \(facts)")
            }
            if mustInformCitizen(basis, facts.recipient) != codes.contains("inform-citizen") {
                failures.record("inform-citizen wrong for \(basis) to \(facts.recipient): \(facts)")
            }
            if verdict.obligations.overflowed { failures.record("obligations overflowed: \(facts)") }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("a blanket, refused, revoked or absent consent is never the basis of a disclosure",
          arguments: [CivilDate(2016, 1, 1), CivilDate(2025, 1, 1)])
    func invalidConsentIsNoBasis(date: CivilDate) throws {
        var failures = Failures()
        forEachDisclosure { facts in
            guard facts.consent != .explicitSpecific,
                let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date)
            else { return }
            if verdict.values.basis == .consent { failures.record("consent basis from \(String(describing: facts.consent)): \(facts)") }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("every undetermined answer asks for at least one unknown fact, or names an open legal question",
          arguments: disclosureDates)
    func undeterminedAsks(date: CivilDate) throws {
        var failures = Failures()
        forEachDisclosure { facts in
            guard let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date) else { return }
            if verdict.outcome == .undetermined {
                if verdict.firstMissingFact == nil && verdict.values.openLegalQuestion == nil {
                    failures.record("undetermined with nothing to ask: \(facts)")
                }
            } else if verdict.firstMissingFact != nil {
                failures.record("\(verdict.outcome) lists a missing fact: \(facts)")
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("learning an unknown fact never turns a permitted disclosure into a refused one, or a refused one into a permitted one",
          arguments: [CivilDate(2016, 1, 1), CivilDate(2025, 1, 1)])
    func knowingMoreNeverReverses(date: CivilDate) throws {
        var failures = Failures()
        // Over every combination in which the boolean facts are unknown or known; for each
        // decided answer, filling in one unknown fact with either value keeps the answer.
        forEachDisclosure(kinds: [.sensitive, .otherPrivate]) { facts in
            guard let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date),
                verdict.outcome != .undetermined
            else { return }
            for filled in completions(of: facts) {
                guard let other = try? DisclosureQuestion.verdict(for: filled, asOf: date) else { continue }
                if other.outcome != verdict.outcome {
                    failures.record("\(verdict.outcome) became \(other.outcome): \(facts) → \(filled)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("information about a child concern always carries the duty to notify the municipality")
    func childConcernAlwaysNotifies() throws {
        var failures = Failures()
        for date in [CivilDate(2023, 12, 31), CivilDate(2024, 1, 1)] {
            forEachDisclosure(kinds: [.sensitive, .nonConfidential]) { facts in
                guard let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date) else { return }
                if (facts.childConcern == true) != verdict.obligations.codes.contains("notify-municipality-child") {
                    failures.record("notification duty wrong: \(facts)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("facts that none of the recipient's routes reads change nothing", arguments: [CivilDate(2016, 1, 1), CivilDate(2025, 1, 1)])
    func unreadFactsChangeNothing(date: CivilDate) throws {
        var plain: [Verdict<DisclosureQuestion.Values>] = []
        forEachDisclosure { facts in
            if let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date) { plain.append(verdict) }
        }
        var failures = Failures()
        var index = 0
        forEachDisclosure(fillUnread: true) { facts in
            defer { index += 1 }
            guard let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date), index < plain.count else { return }
            let other = plain[index]
            if verdict.outcome != other.outcome || verdict.values != other.values
                || verdict.obligations.codes != other.obligations.codes
            {
                failures.record("an unread fact changed the answer: \(facts)")
            }
        }
        #expect(index == plain.count)
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    /// The facts with one unknown boolean fact filled in, each way.
    func completions(of f: DisclosureQuestion.Facts) -> [DisclosureQuestion.Facts] {
        var out: [DisclosureQuestion.Facts] = []
        let paths: [WritableKeyPath<DisclosureQuestion.Facts, Bool?>] = [
            \.recipientNeedsItForTask, \.citizenCanConsent, \.legalDutyToDisclose, \.imminentDangerToLifeOrHealth,
            \.substantiallyReducedMentalFunction, \.forCareInvolvement, \.guardianScopeCoversMatter, \.childConcern,
        ]
        for path in paths where f[keyPath: path] == nil {
            for value in [false, true] {
                var copy = f
                copy[keyPath: path] = value
                out.append(copy)
            }
        }
        if f.consent == nil {
            for consent in CitizenConsent.allCases {
                var copy = f
                copy.consent = consent
                out.append(copy)
            }
        }
        return out
    }
}

@Suite("confidentiality.disclosure — the municipal layer")
struct DisclosureLayeringTests {
    static let cases: [(label: String, date: CivilDate, municipality: any MunicipalPolicy)] = [
        ("København 2013", CivilDate(2013, 6, 1), BundledProfiles.kobenhavn),
        ("København 2025", CivilDate(2025, 6, 1), BundledProfiles.kobenhavn),
        ("always-strict test municipality 2016", CivilDate(2016, 6, 1), StrictTestMunicipality()),
        ("always-strict test municipality 2024", CivilDate(2024, 6, 1), StrictTestMunicipality()),
    ]

    @Test("a municipality's rules never permit what national law refuses, never permit what national law does not, and never drop a national duty",
          arguments: 0..<4)
    func localOnlyRestricts(index: Int) throws {
        let (label, date, municipality) = Self.cases[index]
        var failures = Failures()
        var restricted = 0
        forEachDisclosure { facts in
            guard let national = try? DisclosureQuestion.verdict(for: facts, asOf: date),
                let local = try? DisclosureQuestion.verdict(for: facts, asOf: date, municipality: municipality)
            else {
                failures.record("threw: \(facts)")
                return
            }
            if national.outcome == .denied && local.outcome != .denied {
                failures.record("\(label): national denied, local \(local.outcome): \(facts)")
            }
            if local.outcome == .permitted && national.outcome != .permitted {
                failures.record("\(label): local permitted, national \(national.outcome): \(facts)")
            }
            for code in national.obligations.codes where local.outcome == national.outcome {
                if !local.obligations.codes.contains(code) { failures.record("\(label): dropped \(code): \(facts)") }
            }
            if local.outcome != national.outcome { restricted += 1 }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
        if label.contains("2025") {
            #expect(restricted == 0, "KK-KS 2.5 applies only in 2013")
        } else {
            #expect(restricted > 0)
        }
    }

    @Test("Copenhagen's 2013 standard requires consent across administrations, but never blocks a legal duty, a child notification or averting danger")
    func kkKS25Scope() throws {
        let date = CivilDate(2013, 6, 1)
        var failures = Failures()
        forEachDisclosure(recipients: [.otherAdministration]) { facts in
            guard let national = try? DisclosureQuestion.verdict(for: facts, asOf: date),
                let local = try? DisclosureQuestion.verdict(for: facts, asOf: date, municipality: BundledProfiles.kobenhavn)
            else { return }
            if national.outcome == .permitted && national.values.basis != .taskNecessity {
                if local.outcome != .permitted || local.values.basis != national.values.basis {
                    failures.record("restricted a \(national.values.basis) disclosure: \(facts)")
                }
            }
            if national.outcome == .permitted && national.values.basis == .taskNecessity && local.outcome == .permitted {
                failures.record("task necessity alone permitted across administrations in 2013: \(facts)")
            }
            if local.outcome != national.outcome && local.values.restrictedBy == nil {
                failures.record("restriction without naming the rule: \(facts)")
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("a municipality without confidentiality rules gets national law exactly")
    func plainMunicipalityIsNational() throws {
        let date = CivilDate(2013, 6, 1)
        var failures = Failures()
        forEachDisclosure(kinds: [.sensitive]) { facts in
            guard let national = try? DisclosureQuestion.verdict(for: facts, asOf: date),
                let local = try? DisclosureQuestion.verdict(for: facts, asOf: date, municipality: PlainTestMunicipality())
            else { return }
            if national.outcome != local.outcome || national.values != local.values
                || national.obligations.codes != local.obligations.codes
            {
                failures.record("differs: \(facts)")
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }
}

@Suite("confidentiality.disclosure — decisions")
struct DisclosureDecisionTests {
    @Test("the explained decision has the verdict's outcome, values and obligations")
    func decisionMatchesVerdict() throws {
        var failures = Failures()
        var index = 0
        for date in [CivilDate(2013, 6, 1), CivilDate(2025, 1, 1)] {
            for municipality in [nil, BundledProfiles.kobenhavn] as [(any MunicipalPolicy)?] {
                forEachDisclosure { facts in
                    index += 1
                    guard index % 11 == 0 else { return }
                    guard let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date, municipality: municipality),
                        let decision = try? DisclosureQuestion.decision(for: facts, asOf: date, municipality: municipality)
                    else {
                        failures.record("threw: \(facts)")
                        return
                    }
                    if decision.outcome != verdict.outcome { failures.record("outcome differs: \(facts)") }
                    if decision.obligations.map(\.code.rawValue) != verdict.obligations.codes {
                        failures.record("obligations differ: \(facts)")
                    }
                    if decision.values != verdict.values.fields { failures.record("values differ: \(facts)") }
                    if verdict.outcome == .undetermined, let first = verdict.firstMissingFact,
                        decision.missingFacts.first != first
                    {
                        failures.record("first missing fact differs: \(facts)")
                    }
                    for obligation in decision.obligations where !decision.citations.contains(obligation.citation) {
                        failures.record("obligation citation not cited: \(facts)")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("the duty to notify about a child cites SEL § 153 to 31 December 2023 and BL § 133 from 1 January 2024")
    func notificationSectionByDate() throws {
        let facts = DisclosureQuestion.Facts(
            informationKind: .sensitive, recipient: .sameAdministration, consent: .notGiven, childConcern: true)
        let before = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2023, 12, 31))
        let after = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2024, 1, 1))
        #expect(before.outcome == .permitted && after.outcome == .permitted)
        #expect(before.obligations.first { $0.code.rawValue == "notify-municipality-child" }?.citation.description == "SEL § 153")
        #expect(after.obligations.first { $0.code.rawValue == "notify-municipality-child" }?.citation.description == "BL § 133")
        #expect(before.ruleSet == "dk-disclosure@2018-05-25")
        #expect(after.ruleSet == "dk-disclosure@2024-01-01")
    }

    @Test("unknown facts are asked for most decisive first: a legal duty and danger before consent, consent before the recipient's own route")
    func missingFactOrder() throws {
        let facts = DisclosureQuestion.Facts(informationKind: .sensitive, recipient: .relative)
        let decision = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 1))
        #expect(decision.outcome == .undetermined)
        #expect(decision.missingFacts == [
            "legalDutyToDisclose", "imminentDangerToLifeOrHealth", "consent",
            "substantiallyReducedMentalFunction", "citizenCanConsent", "forCareInvolvement",
        ])
        let inside = DisclosureQuestion.Facts(informationKind: .sensitive, recipient: .otherAdministration)
        let d2 = try DisclosureQuestion.decision(for: inside, asOf: CivilDate(2025, 1, 1))
        #expect(d2.missingFacts == [
            "legalDutyToDisclose", "imminentDangerToLifeOrHealth", "childConcern", "consent", "recipientNeedsItForTask",
        ])
    }

    @Test("the curious colleague: a colleague in the same administration with no task need may not be told")
    func curiousColleague() throws {
        let facts = DisclosureQuestion.Facts(
            informationKind: .sensitive, recipient: .sameAdministration, recipientNeedsItForTask: false,
            consent: .notGiven, legalDutyToDisclose: false, imminentDangerToLifeOrHealth: false, childConcern: false)
        let verdict = try DisclosureQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 1))
        #expect(verdict.outcome == .denied)
        #expect(verdict.values.basis == .noBasis)
    }

    @Test("sensitive data to another authority only because it needs it stays open under the social-area limit")
    func socialAreaLimitIsOpen() throws {
        let facts = DisclosureQuestion.Facts(
            informationKind: .sensitive, recipient: .otherAuthority, recipientNeedsItForTask: true,
            consent: .refused, legalDutyToDisclose: false, imminentDangerToLifeOrHealth: false)
        let decision = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 1))
        #expect(decision.outcome == .undetermined)
        #expect(decision.value("openLegalQuestion") == .string("social-area-necessary-step"))
        #expect(decision.citations.contains { $0.description == "DBL § 8, stk. 3" })
    }

    @Test("a host's own record type gives the same answer as the contract's facts")
    func hostProtocol() throws {
        struct CaseRecord: DisclosureFactsProviding {
            var informationKind: InformationKind { .sensitive }
            var recipient: DisclosureRecipient { .emergencyServices }
            var imminentDangerToLifeOrHealth: Bool? { true }
        }
        let facts = DisclosureQuestion.Facts(CaseRecord())
        #expect(facts.consent == nil && facts.childConcern == nil)
        let verdict = try DisclosureQuestion.verdict(for: facts, asOf: CivilDate(2025, 3, 10))
        #expect(verdict.outcome == .permitted && verdict.values.basis == .danger)
    }

    @Test("the rule sets are gap-free from 2013-01-01 and a date before 2013 is bad input")
    func ruleSets() throws {
        #expect(DisclosureQuestion.ruleSets.validationProblems().isEmpty)
        #expect(ConsentQuestion.ruleSets.validationProblems().isEmpty)
        #expect(throws: PolicyError.self) {
            try DisclosureQuestion.verdict(
                for: .init(informationKind: .sensitive, recipient: .relative), asOf: CivilDate(2012, 12, 31))
        }
    }

    @Test("bad input names the field: an unknown recipient, a missing information kind")
    func badInput() throws {
        let unknown = Array(#"{"question":"confidentiality.disclosure","asOf":"2025-01-01","facts":{"informationKind":"sensitive","recipient":"neighbour"}}"#.utf8)
        do {
            _ = try PolicyCatalogue.standard.evaluate(json: unknown)
            Issue.record("accepted an unknown recipient")
        } catch { #expect(error.field == "facts.recipient") }
        let missing = Array(#"{"question":"confidentiality.disclosure","asOf":"2025-01-01","facts":{"recipient":"relative"}}"#.utf8)
        do {
            _ = try PolicyCatalogue.standard.evaluate(json: missing)
            Issue.record("accepted a missing informationKind")
        } catch { #expect(error.field == "facts.informationKind") }
    }
}
