import Foundation
import SocialPolicyKit

/// The three states of a fact: unknown, false, true.
let tri: [Bool?] = [nil, false, true]
/// Every consent value, and unknown.
let consents: [CitizenConsent?] = [nil] + CitizenConsent.allCases.map { Optional($0) }

/// One date inside each version of the disclosure law, and the days either side of each change.
let disclosureDates: [CivilDate] = [
    CivilDate(2013, 1, 1), CivilDate(2013, 12, 31), CivilDate(2014, 1, 1), CivilDate(2018, 5, 24),
    CivilDate(2018, 5, 25), CivilDate(2023, 12, 31), CivilDate(2024, 1, 1), CivilDate(2026, 11, 23),
]

/// The boolean facts a recipient's own route reads, beyond the facts every route reads
/// (consent, citizenCanConsent, legalDutyToDisclose, imminentDangerToLifeOrHealth,
/// childConcern).
func routeFacts(of recipient: DisclosureRecipient) -> [WritableKeyPath<DisclosureQuestion.Facts, Bool?>] {
    switch recipient {
    case .relative: return [\.substantiallyReducedMentalFunction, \.forCareInvolvement]
    case .guardian: return [\.guardianScopeCoversMatter]
    case .sameAdministration, .otherAdministration, .otherAuthority, .healthProfessional, .emergencyServices:
        return [\.recipientNeedsItForTask]
    case .partyRepresentative, .privateParty: return []
    }
}

/// Every boolean fact of the disclosure question.
nonisolated(unsafe) let allDisclosureBools: [WritableKeyPath<DisclosureQuestion.Facts, Bool?>] = [
    \.recipientNeedsItForTask, \.citizenCanConsent, \.legalDutyToDisclose, \.imminentDangerToLifeOrHealth,
    \.substantiallyReducedMentalFunction, \.forCareInvolvement, \.guardianScopeCoversMatter, \.childConcern,
]

/// Calls `body` with every combination of the facts the provisions read: every information
/// kind, every recipient, every consent value and unknown, and true/false/unknown for every
/// boolean fact that the recipient's routes read. Facts no route of the recipient reads are
/// unknown, or — with `fillUnread` — set to values that vary from case to case (the test that
/// they change nothing uses this).
func forEachDisclosure(
    kinds: [InformationKind] = InformationKind.allCases,
    recipients: [DisclosureRecipient] = DisclosureRecipient.allCases,
    fillUnread: Bool = false,
    _ body: (DisclosureQuestion.Facts) -> Void
) {
    var counter = 0
    for kind in kinds {
        for recipient in recipients {
            let route = routeFacts(of: recipient)
            let combinations = Int(pow(3, Double(route.count)))
            for consent in consents {
                for can in tri {
                    for duty in tri {
                        for danger in tri {
                            for child in tri {
                                for index in 0..<combinations {
                                    var facts = DisclosureQuestion.Facts(
                                        informationKind: kind, recipient: recipient, consent: consent,
                                        citizenCanConsent: can, legalDutyToDisclose: duty,
                                        imminentDangerToLifeOrHealth: danger, childConcern: child)
                                    var rest = index
                                    for path in route {
                                        facts[keyPath: path] = tri[rest % 3]
                                        rest /= 3
                                    }
                                    if fillUnread {
                                        for path in allDisclosureBools where !route.contains(path)
                                            && path != \.citizenCanConsent && path != \.legalDutyToDisclose
                                            && path != \.imminentDangerToLifeOrHealth && path != \.childConcern
                                        {
                                            counter += 1
                                            facts[keyPath: path] = tri[counter % 3]
                                        }
                                    }
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

/// Calls `body` with every combination of the consent facts that the rules read: the
/// signatory's own facts (guardian scope, age, coercion) vary only for the signatories they
/// concern.
func forEachConsent(_ body: (ConsentQuestion.Facts) -> Void) {
    let signatories: [ConsentSignatory?] = [nil] + ConsentSignatory.allCases.map { Optional($0) }
    let forms: [ConsentForm?] = [nil] + ConsentForm.allCases.map { Optional($0) }
    for givenBy in signatories {
        let route: [WritableKeyPath<ConsentQuestion.Facts, Bool?>]
        switch givenBy {
        case .citizen?: route = [\.citizenUnder18]
        case .guardian?: route = [\.guardianScopeCoversMatter, \.usedForCoercion]
        case .parentWithCustody?: route = [\.citizenUnder18, \.usedForCoercion]
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
                                    for index in 0..<combinations {
                                        var facts = ConsentQuestion.Facts(
                                            givenBy: givenBy, specifiesInformationTypes: types,
                                            specifiesSourcesOrRecipients: sources,
                                            specifiesPurpose: purpose, voluntary: voluntary,
                                            informed: informed, form: form, revoked: revoked)
                                        var rest = index
                                        for path in route {
                                            facts[keyPath: path] = tri[rest % 3]
                                            rest /= 3
                                        }
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
