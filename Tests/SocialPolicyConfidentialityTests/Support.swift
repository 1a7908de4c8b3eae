import Foundation
import SocialPolicyKit

/// The three states of a fact: unknown, false, true.
let tri: [Bool?] = [nil, false, true]
/// Every consent value, and unknown.
let consents: [CitizenConsent?] = [nil] + CitizenConsent.allCases.map { Optional($0) }
/// Every art. 9 ground, and unknown.
let art9Grounds: [Art9Ground?] = [nil] + Art9Ground.allCases.map { Optional($0) }

/// One date inside each version of the disclosure law, and the days either side of each change.
let disclosureDates: [CivilDate] = [
    CivilDate(2013, 1, 1), CivilDate(2013, 12, 31), CivilDate(2014, 1, 1), CivilDate(2018, 5, 24),
    CivilDate(2018, 5, 25), CivilDate(2023, 12, 31), CivilDate(2024, 1, 1), CivilDate(2026, 11, 23),
]

let gdprStart = CivilDate(2018, 5, 25)

/// The recipients outside the municipality reached through FVL § 28, stk. 1.
let outsideRecipients: Set<DisclosureRecipient> = [.otherAuthority, .healthProfessional, .emergencyServices]
/// The third parties outside the municipality that do not act for the citizen.
let thirdParties: Set<DisclosureRecipient> = [.otherAuthority, .healthProfessional, .emergencyServices, .relative, .privateParty]

/// The boolean facts a recipient's own route reads for this kind of data on this date, beyond
/// the facts every route reads (consent, citizenCanConsent, legalDutyToDisclose,
/// imminentDangerToLifeOrHealth, childConcern) — written out from the law, independently of
/// the rules.
func routeFacts(
    of recipient: DisclosureRecipient, _ kind: InformationKind, on date: CivilDate
) -> [WritableKeyPath<DisclosureQuestion.Facts, Bool?>] {
    let gdpr = date >= gdprStart
    guard kind != .nonConfidential else { return [] }
    switch recipient {
    case .relative:
        // Art. 9 data: SEL § 82, stk. 2 is no art. 9 ground; its conditions decide only whether
        // a national basis (art9Ground) is asked for.
        if gdpr && kind == .sensitive { return [\.substantiallyReducedMentalFunction, \.forCareInvolvement] }
        if !gdpr || kind == .criminalOffence {
            return [\.substantiallyReducedMentalFunction, \.forCareInvolvement, \.necessaryStepInCase]
        }
        return [\.substantiallyReducedMentalFunction, \.forCareInvolvement]
    case .guardian: return [\.guardianScopeCoversMatter]
    case .sameAdministration, .otherAdministration: return [\.recipientNeedsItForTask]
    case .otherAuthority, .healthProfessional, .emergencyServices:
        if !gdpr { return [\.necessaryStepInCase, \.forSupervisionOrControl] }
        switch kind {
        case .criminalOffence:
            return recipient == .otherAuthority
                ? [\.recipientNeedsItForTask, \.necessaryStepInCase, \.forSupervisionOrControl]
                : [\.recipientNeedsItForTask, \.recipientPerformsPublicTask, \.necessaryStepInCase, \.forSupervisionOrControl]
        case .sensitive: return []
        default: return [\.recipientNeedsItForTask]
        }
    case .partyRepresentative, .privateParty: return []
    }
}

/// Whether the rules read `art9Ground` for this recipient, kind and date.
func readsArt9Ground(_ recipient: DisclosureRecipient, _ kind: InformationKind, on date: CivilDate) -> Bool {
    date >= gdprStart && kind == .sensitive && (outsideRecipients.contains(recipient) || recipient == .relative)
}

/// Every boolean fact of the disclosure question.
nonisolated(unsafe) let allDisclosureBools: [WritableKeyPath<DisclosureQuestion.Facts, Bool?>] = [
    \.recipientNeedsItForTask, \.citizenCanConsent, \.legalDutyToDisclose, \.imminentDangerToLifeOrHealth,
    \.substantiallyReducedMentalFunction, \.forCareInvolvement, \.guardianScopeCoversMatter, \.childConcern,
    \.necessaryStepInCase, \.forSupervisionOrControl, \.recipientPerformsPublicTask,
]

/// The facts every route reads.
nonisolated(unsafe) let commonDisclosureBools: [WritableKeyPath<DisclosureQuestion.Facts, Bool?>] = [
    \.citizenCanConsent, \.legalDutyToDisclose, \.imminentDangerToLifeOrHealth, \.childConcern,
]

/// Calls `body` with every combination of the facts the provisions read on `date`: every
/// information kind, every recipient, every consent value and unknown, true/false/unknown for
/// every boolean fact that the recipient's routes read, and every art. 9 ground where it is
/// read. Facts no route of the recipient reads are unknown, or — with `fillUnread` — set to
/// values that vary from case to case (the test that they change nothing uses this).
/// Contradictory combinations (bad input) are skipped.
func forEachDisclosure(
    on date: CivilDate,
    kinds: [InformationKind] = InformationKind.allCases,
    recipients: [DisclosureRecipient] = DisclosureRecipient.allCases,
    fillUnread: Bool = false,
    _ body: (DisclosureQuestion.Facts) -> Void
) {
    var counter = 0
    for kind in kinds {
        for recipient in recipients {
            let route = routeFacts(of: recipient, kind, on: date)
            let grounds: [Art9Ground?] = readsArt9Ground(recipient, kind, on: date) ? art9Grounds : [nil]
            let combinations = Int(pow(3, Double(route.count)))
            for consent in consents {
                for can in tri {
                    for duty in tri {
                        for danger in tri {
                            for child in tri {
                                for ground in grounds {
                                    for index in 0..<combinations {
                                        var facts = DisclosureQuestion.Facts(
                                            informationKind: kind, recipient: recipient, consent: consent,
                                            citizenCanConsent: can, legalDutyToDisclose: duty,
                                            imminentDangerToLifeOrHealth: danger, childConcern: child,
                                            art9Ground: ground)
                                        var rest = index
                                        for path in route {
                                            facts[keyPath: path] = tri[rest % 3]
                                            rest /= 3
                                        }
                                        if fillUnread {
                                            for path in allDisclosureBools
                                            where !route.contains(path) && !commonDisclosureBools.contains(path) {
                                                counter += 1
                                                // An authority always performs public tasks:
                                                // `false` would be bad input, not an unread fact.
                                                let authority = recipient == .otherAuthority || recipient.isWithinMunicipality
                                                let value = tri[counter % 3]
                                                facts[keyPath: path] =
                                                    path == \.recipientPerformsPublicTask && authority && value == false ? true : value
                                            }
                                            if !readsArt9Ground(recipient, kind, on: date) {
                                                counter += 1
                                                facts.art9Ground = art9Grounds[counter % art9Grounds.count]
                                            }
                                        }
                                        guard facts.contradiction == nil else { continue }
                                        body(facts)
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

/// Calls `body` with every combination of the consent facts that the rules read: the
/// signatory's own facts (guardian scope, age, coercion) vary only for the signatories they
/// concern; `consentUse` varies with them. Contradictory combinations are skipped.
func forEachConsent(_ body: (ConsentQuestion.Facts) -> Void) {
    let signatories: [ConsentSignatory?] = [nil] + ConsentSignatory.allCases.map { Optional($0) }
    let forms: [ConsentForm?] = [nil] + ConsentForm.allCases.map { Optional($0) }
    let uses: [ConsentUse?] = [nil] + ConsentUse.allCases.map { Optional($0) }
    for givenBy in signatories {
        let route: [WritableKeyPath<ConsentQuestion.Facts, Bool?>]
        switch givenBy {
        case .citizen?: route = [\.citizenUnder18, \.citizenAged15OrOver]
        case .guardian?: route = [\.guardianScopeCoversMatter, \.usedForCoercion]
        case .parentWithCustody?: route = [\.citizenUnder18, \.citizenAged15OrOver, \.usedForCoercion]
        default: route = []
        }
        let combinations = Int(pow(3, Double(route.count)))
        for types in tri {
            for sources in tri {
                for purpose in tri {
                    for voluntary in tri {
                        for informed in tri {
                            for form in forms {
                                for revoked in tri {
                                    for use in uses {
                                        for index in 0..<combinations {
                                            var facts = ConsentQuestion.Facts(
                                                givenBy: givenBy, specifiesInformationTypes: types,
                                                specifiesSourcesOrRecipients: sources,
                                                specifiesPurpose: purpose, voluntary: voluntary,
                                                informed: informed, form: form, revoked: revoked,
                                                consentUse: use)
                                            var rest = index
                                            for path in route {
                                                facts[keyPath: path] = tri[rest % 3]
                                                rest /= 3
                                            }
                                            guard facts.contradiction == nil else { continue }
                                            body(facts)
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
}

/// Collects up to a few failing examples of a property, and counts the rest.
struct Failures {
    private(set) var count = 0
    private(set) var examples: [String] = []
    mutating func record(_ text: @autoclosure () -> String) {
        count += 1
        if examples.count < 5 { examples.append(text()) }
    }
    var isEmpty: Bool { count == 0 }
    var summary: String { "\(count) failures, e.g.\n" + examples.joined(separator: "\n") }
}

/// A municipality whose confidentiality rules are always in force, for testing the layering
/// on every date.
struct StrictTestMunicipality: ConfidentialityLocalPolicy {
    let id = "test-strict"
    let name = "Test Kommune"
    func consentAcrossAdministrationsRule(on date: CivilDate) -> Citation? { Citation(.kkKS, "2.5") }
    func informCitizenRule(on date: CivilDate) -> Citation? { Citation(.kkBP, "2.2") }
}

/// A municipality with no confidentiality rules of its own.
struct PlainTestMunicipality: MunicipalPolicy {
    let id = "test-plain"
    let name = "Plain Kommune"
}

extension ObligationList {
    var codes: [String] { map(\.code.rawValue) }
}
