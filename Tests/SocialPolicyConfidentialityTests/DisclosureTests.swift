import Testing
import SocialPolicyKit

/// The law's table, written out independently of the rules: is `basis` established by `facts`
/// on `date`? (PDL § 8, stk. 3 to 2018-05-24; DBL §§ 7–8 and GDPR art. 6 and 9 from
/// 2018-05-25; `Documentation/Confidentiality.md`.)
func lawEstablishes(_ basis: DisclosureBasis, _ f: DisclosureQuestion.Facts, on date: CivilDate) -> Bool {
    let gdpr = date >= gdprStart
    let kind = f.informationKind
    let outside = outsideRecipients.contains(f.recipient)
    switch basis {
    case .notConfidential: return kind == .nonConfidential
    case .childNotification: return f.childConcern == true && f.recipient.isWithinMunicipality
    case .legalDuty: return f.legalDutyToDisclose == true
    case .danger: return f.imminentDangerToLifeOrHealth == true
    case .consent: return f.consent == .explicitSpecific && f.citizenCanConsent == true
    case .guardian: return f.recipient == .guardian && f.guardianScopeCoversMatter == true
    case .representative: return f.recipient == .partyRepresentative
    case .careDuty:
        guard f.recipient == .relative, f.substantiallyReducedMentalFunction == true, f.citizenCanConsent == false,
            f.forCareInvolvement == true
        else { return false }
        if !gdpr || kind == .criminalOffence { return f.necessaryStepInCase == true }
        return kind != .sensitive
    case .nationalBasis:
        // Read for authorities and professionals outside the municipality, and for a relative
        // only in the SEL § 82, stk. 2 situation (GDPR art. 9, stk. 2, litra g; DBL § 7, stk. 4).
        guard gdpr, kind == .sensitive, f.art9Ground == .nationalBasis else { return false }
        if outside { return true }
        return f.recipient == .relative && f.substantiallyReducedMentalFunction == true
            && f.citizenCanConsent == false && f.forCareInvolvement == true
    case .healthCare:
        return gdpr && kind == .sensitive && outside && f.art9Ground == .healthCare
    case .necessaryStep:
        return outside && (!gdpr || kind == .criminalOffence) && f.necessaryStepInCase == true
    case .supervision:
        return outside && (!gdpr || kind == .criminalOffence) && f.forSupervisionOrControl == true
    case .taskNecessity:
        guard f.recipientNeedsItForTask == true else { return false }
        if f.recipient.isWithinMunicipality { return true }
        guard outside, gdpr else { return false }
        switch kind {
        case .otherPrivate, .purelyPrivate: return true
        case .criminalOffence: return f.recipient == .otherAuthority || f.recipientPerformsPublicTask == true
        default: return false
        }
    case .vitalInterests, .noBasis: return false
    }
}

/// Whether confidentiality is set aside without consent, so the citizen must be told.
func mustInformCitizen(_ basis: DisclosureBasis, _ recipient: DisclosureRecipient) -> Bool {
    switch basis {
    case .childNotification, .legalDuty, .danger, .careDuty, .necessaryStep, .supervision, .nationalBasis, .healthCare:
        return true
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
        forEachDisclosure(on: date) { facts in
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
        forEachDisclosure(on: date) { facts in
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
        forEachDisclosure(on: date) { facts in
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
        forEachDisclosure(on: date) { facts in
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
        forEachDisclosure(on: date) { facts in
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
          arguments: [CivilDate(2016, 1, 1), CivilDate(2018, 5, 24), CivilDate(2018, 5, 25), CivilDate(2025, 1, 1)])
    func knowingMoreNeverReverses(date: CivilDate) throws {
        var failures = Failures()
        // Over every combination in which the facts are unknown or known; for each decided
        // answer, filling in one unknown fact with any value keeps the answer.
        forEachDisclosure(on: date, kinds: [.sensitive, .criminalOffence, .otherPrivate, .purelyPrivate]) { facts in
            guard let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date),
                verdict.outcome != .undetermined
            else { return }
            for filled in completions(of: facts) where filled.contradiction == nil {
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
            forEachDisclosure(on: date, kinds: [.sensitive, .nonConfidential]) { facts in
                guard let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date) else { return }
                if (facts.childConcern == true) != verdict.obligations.codes.contains("notify-municipality-child") {
                    failures.record("notification duty wrong: \(facts)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("facts that none of the recipient's routes reads change nothing", arguments: disclosureDates)
    func unreadFactsChangeNothing(date: CivilDate) throws {
        var plain: [Verdict<DisclosureQuestion.Values>] = []
        forEachDisclosure(on: date) { facts in
            if let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: date) { plain.append(verdict) }
        }
        var failures = Failures()
        var index = 0
        forEachDisclosure(on: date, fillUnread: true) { facts in
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
        for path in allDisclosureBools where f[keyPath: path] == nil {
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
        if f.art9Ground == nil {
            for ground in Art9Ground.allCases {
                var copy = f
                copy.art9Ground = ground
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
        forEachDisclosure(on: date) { facts in
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
        forEachDisclosure(on: date, recipients: [.otherAdministration]) { facts in
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
        forEachDisclosure(on: date, kinds: [.sensitive]) { facts in
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
                forEachDisclosure(on: date) { facts in
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
        let facts = DisclosureQuestion.Facts(informationKind: .otherPrivate, recipient: .relative)
        let decision = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2025, 1, 1))
        #expect(decision.outcome == .undetermined)
        #expect(decision.missingFacts == [
            "legalDutyToDisclose", "imminentDangerToLifeOrHealth", "consent",
            "substantiallyReducedMentalFunction", "citizenCanConsent", "forCareInvolvement",
        ])
        let before = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2016, 1, 1))
        #expect(before.missingFacts == [
            "legalDutyToDisclose", "imminentDangerToLifeOrHealth", "consent",
            "substantiallyReducedMentalFunction", "citizenCanConsent", "forCareInvolvement", "necessaryStepInCase",
        ])
        let health = DisclosureQuestion.Facts(informationKind: .sensitive, recipient: .relative)
        let d3 = try DisclosureQuestion.decision(for: health, asOf: CivilDate(2025, 1, 1))
        // Art. 9 data to a relative: the SEL § 82 conditions decide whether a national basis is read.
        #expect(d3.missingFacts == [
            "legalDutyToDisclose", "imminentDangerToLifeOrHealth", "consent", "art9Ground",
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

/// The facts of a case where no general basis holds: no consent, no legal duty, no danger, no
/// child concern — so that only the recipient's own route can decide.
func routeOnly(
    _ kind: InformationKind, _ recipient: DisclosureRecipient, needs: Bool? = nil, step: Bool? = nil,
    supervision: Bool? = nil, publicTask: Bool? = nil, ground: Art9Ground? = nil
) -> DisclosureQuestion.Facts {
    DisclosureQuestion.Facts(
        informationKind: kind, recipient: recipient, recipientNeedsItForTask: needs, consent: .notGiven,
        citizenCanConsent: true, legalDutyToDisclose: false, imminentDangerToLifeOrHealth: false, childConcern: false,
        necessaryStepInCase: step, forSupervisionOrControl: supervision, recipientPerformsPublicTask: publicTask,
        art9Ground: ground)
}

/// Every date of the exhaustive tests on or after 2018-05-25 (and before).
let gdprDates = disclosureDates.filter { $0 >= gdprStart }
let pdlDates = disclosureDates.filter { $0 < gdprStart }

/// One test per point of `primary-texts-2026.md` §2.2, named after the point and the
/// instrument it rests on.
@Suite("confidentiality.disclosure — the points corrected from the acts (primary texts §2.2)")
struct DisclosureCorrectedPointTests {
    @Test("§2.2.1–2: DBL § 8, stk. 3 is about private parties, not the social area: no decision cites it; the social-area limit PDL § 8, stk. 3 (ANG 1238/2016 § 8) is cited only to 2018-05-24 (LBK 289/2024 §§ 8, 46)",
          arguments: disclosureDates)
    func noDBL83SocialAreaLimit(date: CivilDate) throws {
        var failures = Failures()
        var index = 0
        forEachDisclosure(on: date, recipients: [.otherAuthority, .healthProfessional, .relative]) { facts in
            index += 1
            guard index % 5 == 0, let decision = try? DisclosureQuestion.decision(for: facts, asOf: date) else { return }
            let cited = decision.citations.map(\.description)
            if cited.contains("DBL § 8, stk. 3") { failures.record("cites DBL § 8, stk. 3: \(facts)") }
            if date >= gdprStart && cited.contains("PDL § 8, stk. 3") { failures.record("cites PDL after 2018-05-24: \(facts)") }
            if date >= gdprStart && cited.contains(where: { $0.hasPrefix("PDL") }) { failures.record("cites PDL: \(facts)") }
            if date < gdprStart && cited.contains(where: { $0.hasPrefix("DBL") || $0.hasPrefix("GDPR") }) {
                failures.record("cites DBL/GDPR before 2018-05-25: \(facts)")
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
        let before = try DisclosureQuestion.decision(for: routeOnly(.sensitive, .otherAuthority, step: true), asOf: CivilDate(2018, 5, 24))
        #expect(before.citations.contains { $0.description == "PDL § 8, stk. 3" })
    }

    @Test("§2.2.3: art. 9 data to another authority from 2018-05-25 need a ground of GDPR art. 9, stk. 2 (DBL § 7, LBK 289/2024): the need alone is art9-ground-needed, no ground is denied")
    func art9GroundNeeded() throws {
        let date = CivilDate(2025, 1, 1)
        let open = try DisclosureQuestion.decision(for: routeOnly(.sensitive, .otherAuthority, needs: true), asOf: date)
        #expect(open.outcome == .undetermined)
        #expect(open.value("openLegalQuestion") == .string("art9-ground-needed"))
        #expect(open.missingFacts == ["art9Ground"])
        #expect(open.citations.contains { $0.description == "DBL § 7, stk. 3" })
        #expect(open.citations.contains { $0.description == "GDPR art. 9, stk. 2, litra g" })
        let none = try DisclosureQuestion.verdict(for: routeOnly(.sensitive, .otherAuthority, needs: true, ground: .noGround), asOf: date)
        #expect(none.outcome == .denied)
        let national = try DisclosureQuestion.decision(for: routeOnly(.sensitive, .otherAuthority, ground: .nationalBasis), asOf: date)
        #expect(national.outcome == .permitted && national.value("basis") == .string("national-basis"))
        #expect(national.citations.contains { $0.description == "DBL § 7, stk. 4" })
        let health = try DisclosureQuestion.decision(for: routeOnly(.sensitive, .healthProfessional, ground: .healthCare), asOf: date)
        #expect(health.outcome == .permitted && health.value("basis") == .string("health-care"))
        #expect(health.citations.contains { $0.description == "GDPR art. 9, stk. 2, litra h" })
        #expect(health.obligations.contains { $0.code.rawValue == "inform-citizen" })
    }

    @Test("§2.2.4: criminal-offence data to another authority from 2018-05-25 are permitted when necessary for its activity (DBL § 8, stk. 2, nr. 3, LBK 289/2024); to a person working for the public sector under nr. 4")
    func criminalDataNr3() throws {
        for date in gdprDates {
            let decision = try DisclosureQuestion.decision(for: routeOnly(.criminalOffence, .otherAuthority, needs: true), asOf: date)
            #expect(decision.outcome == .permitted && decision.value("basis") == .string("task-necessity"))
            #expect(decision.citations.contains { $0.description == "DBL § 8, stk. 2, nr. 3" })
            let refused = try DisclosureQuestion.verdict(
                for: routeOnly(.criminalOffence, .otherAuthority, needs: false, step: false, supervision: false), asOf: date)
            #expect(refused.outcome == .denied)
            // A health professional: nr. 4 needs the public task as well as the need.
            let gp = try DisclosureQuestion.decision(
                for: routeOnly(.criminalOffence, .healthProfessional, needs: true, step: false, supervision: false), asOf: date)
            #expect(gp.outcome == .undetermined && gp.missingFacts == ["recipientPerformsPublicTask"])
            let contracted = try DisclosureQuestion.decision(
                for: routeOnly(.criminalOffence, .healthProfessional, needs: true, publicTask: true), asOf: date)
            #expect(contracted.outcome == .permitted)
            #expect(contracted.citations.contains { $0.description == "DBL § 8, stk. 2, nr. 4" })
            let privatePractice = try DisclosureQuestion.verdict(
                for: routeOnly(.criminalOffence, .healthProfessional, needs: true, step: false, supervision: false, publicTask: false),
                asOf: date)
            #expect(privatePractice.outcome == .denied)
        }
        // Before 2018-05-25 the need alone is not the PDL § 8, stk. 3 test.
        for date in pdlDates {
            let verdict = try DisclosureQuestion.verdict(for: routeOnly(.criminalOffence, .otherAuthority, needs: true), asOf: date)
            #expect(verdict.outcome == .undetermined)
            let refused = try DisclosureQuestion.verdict(
                for: routeOnly(.criminalOffence, .otherAuthority, needs: true, step: false, supervision: false), asOf: date)
            #expect(refused.outcome == .denied)
        }
    }

    @Test("§2.1.6 / §8.2 nr. 17: a necessary step in the case or supervision permits a social-area disclosure to 2018-05-24 (PDL § 8, stk. 3, ANG 1238/2016), and is not a ground for art. 9 data from 2018-05-25 (GDPR art. 9)")
    func necessaryStepPDL83() throws {
        for kind in [InformationKind.sensitive, .criminalOffence, .otherPrivate, .purelyPrivate] {
            let before = try DisclosureQuestion.decision(for: routeOnly(kind, .otherAuthority, step: true), asOf: CivilDate(2018, 5, 24))
            #expect(before.outcome == .permitted && before.value("basis") == .string("necessary-step"))
            #expect(before.citations.contains { $0.description == "PDL § 8, stk. 3" })
            let supervision = try DisclosureQuestion.verdict(for: routeOnly(kind, .otherAuthority, supervision: true), asOf: CivilDate(2014, 1, 1))
            #expect(supervision.outcome == .permitted && supervision.values.basis == .supervision)
            let after = try DisclosureQuestion.verdict(for: routeOnly(kind, .otherAuthority, step: true), asOf: CivilDate(2018, 5, 25))
            switch kind {
            case .criminalOffence: #expect(after.outcome == .permitted && after.values.basis == .necessaryStep)
            case .sensitive: #expect(after.outcome == .undetermined && after.values.openLegalQuestion == .art9GroundNeeded)
            default: #expect(after.outcome == .undetermined && after.firstMissingFact == "recipientNeedsItForTask")
            }
        }
    }

    @Test("§8.2 nr. 20: purely private matters that are not art. 9 data are PDL § 8 data to 2018-05-24 and ordinary data (GDPR art. 6, stk. 1, litra e) from 2018-05-25")
    func purelyPrivateSplit() throws {
        let before = try DisclosureQuestion.verdict(
            for: routeOnly(.purelyPrivate, .otherAuthority, needs: true, step: false, supervision: false), asOf: CivilDate(2018, 5, 24))
        #expect(before.outcome == .denied)
        let after = try DisclosureQuestion.decision(for: routeOnly(.purelyPrivate, .otherAuthority, needs: true), asOf: CivilDate(2018, 5, 25))
        #expect(after.outcome == .permitted && after.value("basis") == .string("task-necessity"))
        #expect(after.citations.contains { $0.description == "GDPR art. 6, stk. 1, litra e" })
        // The same data called sensitive (the contract's first definition) get the stricter art. 9 answer.
        let sensitive = try DisclosureQuestion.verdict(for: routeOnly(.sensitive, .otherAuthority, needs: true), asOf: CivilDate(2018, 5, 25))
        #expect(sensitive.outcome == .undetermined)
    }

    @Test("§2.2.5: consent to personal data in a disclosure cites PDL § 3, nr. 8 (to 2018-05-24) and GDPR art. 4, nr. 11 (from 2018-05-25), never FVL § 28, stk. 3–4 (LBK 988/2012, LBK 433/2014 § 28)",
          arguments: disclosureDates)
    func consentNotFVL28(date: CivilDate) throws {
        var failures = Failures()
        var index = 0
        forEachDisclosure(on: date, kinds: [.sensitive, .otherPrivate]) { facts in
            index += 1
            guard facts.consent != nil, index % 5 == 0, let decision = try? DisclosureQuestion.decision(for: facts, asOf: date) else { return }
            let cited = decision.citations.map(\.description)
            if cited.contains(where: { $0.hasPrefix("FVL § 28, stk. 3") || $0.hasPrefix("FVL § 28, stk. 4") }) {
                failures.record("cites FVL § 28, stk. 3–4: \(facts)")
            }
            let definition = date >= gdprStart ? "GDPR art. 4, nr. 11" : "PDL § 3, nr. 8"
            if !cited.contains(definition) { failures.record("does not cite \(definition): \(facts)") }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }

    @Test("§2.2.7: the danger basis before 2018-05-25 cites PDL § 8, stk. 3 jf. stk. 2, nr. 2 for a social-area authority, not PDL § 7, stk. 2, nr. 2 (ANG 1238/2016 § 8, stk. 6)")
    func dangerBeforeGDPR() throws {
        var facts = routeOnly(.sensitive, .emergencyServices)
        facts.imminentDangerToLifeOrHealth = true
        facts.citizenCanConsent = false
        let before = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2016, 6, 1))
        #expect(before.outcome == .permitted && before.value("basis") == .string("danger"))
        #expect(before.citations.contains { $0.description == "PDL § 8, stk. 2, nr. 2" })
        #expect(before.citations.contains { $0.description == "PDL § 8, stk. 3" })
        #expect(!before.citations.contains { $0.description.hasPrefix("PDL § 7") })
        let after = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2018, 5, 25))
        #expect(after.citations.contains { $0.description == "GDPR art. 9, stk. 2, litra c" })
    }

    @Test("§2.2.8: private matters are FVL § 27, stk. 1, nr. 6 in 2013 (LBK 988/2012) and nr. 1 from 2014-01-01 (LOV 638/2013; LBK 433/2014)")
    func fvl27Number() throws {
        let facts = routeOnly(.otherPrivate, .sameAdministration, needs: true)
        let before = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2013, 12, 31))
        let after = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2014, 1, 1))
        #expect(before.citations.contains { $0.description == "FVL § 27, stk. 1, nr. 6" })
        #expect(after.citations.contains { $0.description == "FVL § 27, stk. 1, nr. 1" })
        #expect(!after.citations.contains { $0.description == "FVL § 27, stk. 1, nr. 6" })
        let basis = after.legalBasis.first { $0.citation.description == "FVL § 27, stk. 1, nr. 1" }
        #expect(basis?.instrument?.name == "LBK nr. 988 af 09/10/2012")
        #expect(basis?.amendedBy.map(\.name) == ["LOV nr. 638 af 12/06/2013"])
        let later = try DisclosureQuestion.decision(for: facts, asOf: CivilDate(2014, 4, 22))
        #expect(later.legalBasis.first { $0.citation.source == .fvl }?.instrument?.name == "LBK nr. 433 af 22/04/2014")
    }

    @Test("§2.2.9: SEL § 82, stk. 2 is a duty to involve relatives, not a permission to disclose: before 2018-05-25 the care duty needs a necessary step (PDL § 8, stk. 3); from 2018-05-25 art. 9 data need an art. 9 ground (LBK 810/2012 … 1129/2025 § 82)")
    func careDutyIsNoPermission() throws {
        var dementia = routeOnly(.sensitive, .relative)
        dementia.citizenCanConsent = false
        dementia.substantiallyReducedMentalFunction = true
        dementia.forCareInvolvement = true
        let before = try DisclosureQuestion.decision(for: dementia, asOf: CivilDate(2016, 6, 1))
        #expect(before.outcome == .undetermined && before.missingFacts == ["necessaryStepInCase"])
        dementia.necessaryStepInCase = true
        let step = try DisclosureQuestion.decision(for: dementia, asOf: CivilDate(2018, 5, 24))
        #expect(step.outcome == .permitted && step.value("basis") == .string("care-duty"))
        #expect(step.citations.contains { $0.description == "PDL § 8, stk. 3" })
        #expect(step.explanation.contains { $0.citation.description == "SEL § 82, stk. 2" && $0.text.en.contains("not a permission") })
        let after = try DisclosureQuestion.decision(for: dementia, asOf: CivilDate(2018, 5, 25))
        #expect(after.outcome == .undetermined && after.value("openLegalQuestion") == .string("art9-ground-needed"))
        dementia.art9Ground = .noGround
        #expect(try DisclosureQuestion.verdict(for: dementia, asOf: CivilDate(2025, 1, 1)).outcome == .denied)
        dementia.informationKind = .otherPrivate
        let ordinary = try DisclosureQuestion.decision(for: dementia, asOf: CivilDate(2025, 1, 1))
        #expect(ordinary.outcome == .permitted && ordinary.value("basis") == .string("care-duty"))
        #expect(ordinary.citations.contains { $0.description == "GDPR art. 6, stk. 1, litra e" })
    }

    @Test("§2.1.6 table / §8.2 nr. 19: an art. 9, stk. 2, litra g national basis (DBL § 7, stk. 4, LBK 289/2024) is read for recipients outside the municipality and for a relative only in the SEL § 82, stk. 2 situation — never for a private party or a relative outside it")
    func nationalBasisScope() throws {
        let date = CivilDate(2025, 3, 10)
        // The public scenario disclosure-sister-hospital: the sister is told nothing.
        var sister = DisclosureQuestion.Facts(
            informationKind: .sensitive, recipient: .relative, consent: .notGiven, citizenCanConsent: true,
            legalDutyToDisclose: false, imminentDangerToLifeOrHealth: false,
            substantiallyReducedMentalFunction: false, childConcern: false)
        #expect(try DisclosureQuestion.verdict(for: sister, asOf: date).outcome == .denied)
        sister.art9Ground = .nationalBasis
        #expect(try DisclosureQuestion.verdict(for: sister, asOf: date).outcome == .denied)
        var employer = DisclosureQuestion.Facts(
            informationKind: .sensitive, recipient: .privateParty, consent: .notGiven, citizenCanConsent: true,
            legalDutyToDisclose: false, imminentDangerToLifeOrHealth: false)
        #expect(try DisclosureQuestion.verdict(for: employer, asOf: date).outcome == .denied)
        employer.art9Ground = .nationalBasis
        #expect(try DisclosureQuestion.verdict(for: employer, asOf: date).outcome == .denied)
        var authority = DisclosureQuestion.Facts(
            informationKind: .sensitive, recipient: .otherAuthority, recipientNeedsItForTask: true,
            consent: .notGiven, legalDutyToDisclose: false, imminentDangerToLifeOrHealth: false)
        let open = try DisclosureQuestion.decision(for: authority, asOf: date)
        #expect(open.outcome == .undetermined && open.missingFacts == ["art9Ground"])
        authority.art9Ground = .nationalBasis
        let permitted = try DisclosureQuestion.decision(for: authority, asOf: date)
        #expect(permitted.outcome == .permitted && permitted.value("basis") == .string("national-basis"))
        #expect(permitted.citations.contains { $0.description == "DBL § 7, stk. 4" })
        #expect(permitted.legalBasis.first { $0.citation.description == "DBL § 7, stk. 4" }?.instrument?.name == "LBK nr. 289 af 08/03/2024")
    }

    @Test("§2.2.10: the public servant's notification duty is BL § 133 from 2024-01-01 (LOV 721/2023, LBK 282/2025), SEL § 153 before; BL § 135 (everyone's duty) is not cited")
    func blSection133() throws {
        var failures = Failures()
        for date in [CivilDate(2023, 12, 31), CivilDate(2024, 1, 1)] {
            forEachDisclosure(on: date, kinds: [.sensitive], recipients: [.sameAdministration, .otherAuthority, .relative]) { facts in
                guard facts.childConcern == true, let decision = try? DisclosureQuestion.decision(for: facts, asOf: date) else { return }
                let cited = decision.citations.map(\.description)
                if cited.contains("BL § 135") { failures.record("cites BL § 135: \(facts)") }
                let expected = date >= CivilDate(2024, 1, 1) ? "BL § 133" : "SEL § 153"
                if !cited.contains(expected) { failures.record("no \(expected): \(facts)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.summary)")
    }
}

@Suite("confidentiality.disclosure — rule sets, instruments and bad input")
struct DisclosureInstrumentTests {
    @Test("every rule-set version names its instruments with ELI URLs, and the versions start at the real boundaries (2009-07-01, 2014-01-01, 2018-05-25, 2024-01-01)")
    func versionsAndInstruments() throws {
        let starts = DisclosureQuestion.ruleSets.versions.map(\.validFrom)
        #expect(starts == [CivilDate(2009, 7, 1), CivilDate(2014, 1, 1), CivilDate(2018, 5, 25), CivilDate(2024, 1, 1)])
        let consentStarts = ConsentQuestion.ruleSets.versions.map(\.validFrom)
        #expect(consentStarts == [CivilDate(2009, 7, 1), CivilDate(2014, 1, 1), CivilDate(2018, 5, 25), CivilDate(2019, 3, 21)])
        for version in DisclosureQuestion.ruleSets.versions + ConsentQuestion.ruleSets.versions {
            #expect(!version.instruments.isEmpty, "\(version.label)")
            for instrument in version.instruments {
                let url = try #require(instrument.url, "\(instrument.name)")
                #expect(url.hasPrefix("https://www.retsinformation.dk/eli/") || url.hasPrefix("http://data.europa.eu/eli/"), "\(url)")
            }
        }
        let gdpr = try #require(DisclosureQuestion.ruleSets.versions.last?.instruments.first { $0.contains == .gdpr })
        #expect(gdpr.url == "http://data.europa.eu/eli/reg/2016/679/oj")
    }

    @Test("decisions carry legalBasis: DBL in LOV 502/2018 to 2024-03-07 and in LBK 289/2024 after, GDPR in regulation 2016/679, PDL in lov 429/2000")
    func legalBasisByDate() throws {
        let facts = routeOnly(.criminalOffence, .otherAuthority, needs: true)
        func instrument(_ date: CivilDate, _ source: Citation.Source) throws -> String? {
            let decision = try DisclosureQuestion.decision(for: facts, asOf: date)
            #expect(decision.legalBasis.allSatisfy { $0.instrument != nil }, "\(date)")
            return decision.legalBasis.first { $0.citation.source == source }?.instrument?.name
        }
        #expect(try instrument(CivilDate(2020, 1, 1), .dbl) == "LOV nr. 502 af 23/05/2018")
        #expect(try instrument(CivilDate(2025, 1, 1), .dbl) == "LBK nr. 289 af 08/03/2024")
        #expect(try instrument(CivilDate(2025, 1, 1), .fvl) == "LBK nr. 433 af 22/04/2014")
        let old = try DisclosureQuestion.decision(for: routeOnly(.criminalOffence, .otherAuthority, step: true), asOf: CivilDate(2013, 6, 1))
        #expect(old.legalBasis.first { $0.citation.source == .pdl }?.instrument?.name == "LOV nr. 429 af 31/05/2000")
        #expect(old.legalBasis.first { $0.citation.source == .strfl }?.instrument?.name == "LBK nr. 1007 af 24/10/2012")
        #expect(old.ruleSet == "dk-disclosure@2009-07-01")
    }

    @Test("issue 13 item 6: an authority recipient that performs no public task is contradictory — bad input naming facts.recipientPerformsPublicTask in JSON, undetermined in Swift")
    func contradictionIsBadInput() throws {
        let json = Array(#"{"question":"confidentiality.disclosure","asOf":"2025-01-01","facts":{"informationKind":"criminal-offence","recipient":"other-authority","recipientNeedsItForTask":true,"recipientPerformsPublicTask":false}}"#.utf8)
        do {
            _ = try PolicyCatalogue.standard.evaluate(json: json)
            Issue.record("accepted contradictory facts")
        } catch { #expect(error.field == "facts.recipientPerformsPublicTask") }
        let facts = routeOnly(.criminalOffence, .otherAuthority, needs: true, publicTask: false)
        #expect(throws: PolicyError.self) { try facts.validated() }
        if let verdict = try? DisclosureQuestion.verdict(for: facts, asOf: CivilDate(2025, 1, 1)) {
            #expect(verdict.outcome == .undetermined)
            #expect(verdict.firstMissingFact == "recipientPerformsPublicTask")
        }
    }

    @Test("the contract additions are marked since 1.1, with their meanings, values and obligations declared")
    func contractAdditions() throws {
        let added = DisclosureQuestion.factSpecs.filter { $0.since == "1.1" }.map(\.name)
        #expect(added == ["necessaryStepInCase", "forSupervisionOrControl", "recipientPerformsPublicTask", "art9Ground"])
        #expect(DisclosureQuestion.valueSpecs.map(\.name) == ["basis", "minimumNecessary", "openLegalQuestion", "restrictedBy"])
        #expect(DisclosureQuestion.obligationSpecs.map(\.code.rawValue) == [
            "inform-citizen", "document-assessment", "disclose-minimum", "notify-municipality-child",
        ])
        for value in [DisclosureBasis.necessaryStep, .supervision, .nationalBasis, .healthCare] {
            #expect(value.meaning.hasPrefix("since 1.1"))
        }
        #expect(InformationKind.purelyPrivate.meaning.hasPrefix("since 1.1"))
        #expect(DisclosureOpenQuestion.art9GroundNeeded.meaning.hasPrefix("since 1.1"))
        // The old values stay.
        #expect(DisclosureOpenQuestion(rawValue: "social-area-necessary-step") != nil)
    }
}
