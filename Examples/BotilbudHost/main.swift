// botilbud-example: a botilbud's own resident record, checked against serviceloven afsnit VII
// without JSON. The record type adopts `CoercionFactsProviding`; everything it does not know
// stays `nil` (unknown), and the library fails closed on it.
import SocialPolicyKit

/// The botilbud system's own record of a resident and the situation staff are in.
struct ResidentRecord {
    var name: String
    var diagnosisDocumented: Bool
    var visitatedUnderSection108: Bool
    var hasDementiaDiagnosis: Bool?
    var refusesHelp: Bool
    var guardianAppointed: Bool
    var council: CouncilDecision?
    var situation: Situation

    struct CouncilDecision {
        var measure: Intervention
        var madeOn: CivilDate
    }

    struct Situation {
        var measure: Intervention
        var staffTriedPersuasion: Bool
        var calmingWouldSuffice: Bool?
        var dangerToSelfOrOthers: Bool?
        var imminentSeriousInjuryRisk: Bool?
        var absolutelyNecessary: Bool?
    }
}

extension ResidentRecord: CoercionFactsProviding {
    var intervention: Intervention { situation.measure }
    var significantPermanentImpairment: Bool? { diagnosisDocumented ? true : nil }
    var impairmentDocumented: Bool? { diagnosisDocumented }
    var receivesQualifyingHelp: Bool? { visitatedUnderSection108 }
    var dementiaOrProgressiveDecline: Bool? { hasDementiaDiagnosis }
    // Only the resident's own answer counts; never the relatives' or the guardian's.
    var consent: Consent? { refusesHelp ? .refuses : nil }
    var voluntaryCooperationAttempted: Bool? { situation.staffTriedPersuasion }
    var lessIntrusiveMeasureSufficient: Bool? { situation.calmingWouldSuffice }
    var isMedicalTreatment: Bool? { false }
    var dangerousBehaviour: Bool? { situation.dangerToSelfOrOthers }
    var imminentRiskOfSeriousInjury: Bool? { situation.imminentSeriousInjuryRisk }
    var absolutelyNecessary: Bool? { situation.absolutelyNecessary }
    var hasGuardian: Bool? { guardianAppointed }
    var hasDecision: Bool? { council.map { $0.measure == situation.measure } ?? false }
    var decisionDate: CivilDate? { council.flatMap { $0.measure == situation.measure ? $0.madeOn : nil } }
}

let residents = [
    ResidentRecord(
        name: "Resident A", diagnosisDocumented: true, visitatedUnderSection108: true, hasDementiaDiagnosis: false,
        refusesHelp: true, guardianAppointed: true, council: nil,
        situation: .init(measure: .holdOrMove, staffTriedPersuasion: true, calmingWouldSuffice: false,
                         dangerToSelfOrOthers: true, imminentSeriousInjuryRisk: true, absolutelyNecessary: true)),
    ResidentRecord(
        name: "Resident B", diagnosisDocumented: true, visitatedUnderSection108: true, hasDementiaDiagnosis: nil,
        refusesHelp: true, guardianAppointed: false, council: nil,
        situation: .init(measure: .hygieneHold, staffTriedPersuasion: true, calmingWouldSuffice: false,
                         dangerToSelfOrOthers: nil, imminentSeriousInjuryRisk: nil, absolutelyNecessary: true)),
    ResidentRecord(
        name: "Resident C", diagnosisDocumented: true, visitatedUnderSection108: true, hasDementiaDiagnosis: false,
        refusesHelp: true, guardianAppointed: false,
        council: .init(measure: .restraintBelt, madeOn: try CivilDate(year: 2016, month: 1, day: 10)),
        situation: .init(measure: .restraintBelt, staffTriedPersuasion: true, calmingWouldSuffice: false,
                         dangerToSelfOrOthers: nil, imminentSeriousInjuryRisk: true, absolutelyNecessary: true)),
]

let evaluator = PolicyEvaluator(municipality: BundledProfiles.kobenhavn)
// The days asked about. `CivilDate(year:month:day:)` throws for a date that does not exist.
let days = [
    try CivilDate(year: 2013, month: 4, day: 2), try CivilDate(year: 2022, month: 8, day: 1),
    try CivilDate(year: 2016, month: 9, day: 1),
]
for (resident, date) in zip(residents, days) {
    do {
        // The fast path: a verdict, no text.
        let verdict = try evaluator.verdict(CoercionQuestion.self, for: CoercionQuestion.Facts(resident), asOf: date)
        print("\(resident.name) · \(resident.intervention.rawValue) · \(date): \(verdict.outcome.rawValue)")
        if let section = verdict.values.section { print("  section: \(section)") }
        if let missing = verdict.firstMissingFact { print("  ask first: \(missing)") }
        for obligation in verdict.obligations {
            print("  must: \(obligation.code)" + (obligation.due.map { " by \($0)" } ?? ""))
        }
        // The explained path, for the caseworker.
        let decision = try evaluator.decision(CoercionQuestion.self, for: CoercionQuestion.Facts(resident), asOf: date)
        for step in decision.explanation where step.holds != true {
            print("  \(step.holds == false ? "✗" : "?") \(step.citation): \(step.text.en)")
        }
    } catch {
        print("\(resident.name): bad input: \(error)")
    }
}
