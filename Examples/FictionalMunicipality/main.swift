// SocialPolicyFictionalMunicipality — how a host adopts `InfluenceLocalPolicy` for its own municipality
// and asks the influence questions with it. Run: `swift run SocialPolicyFictionalMunicipality`.
import SocialPolicyKit

let eksempelby = EksempelbyKommune()
let problems = InfluenceProfileValidator.problems(eksempelby)
print(problems.isEmpty ? "Profile valid: \(eksempelby.name)" : problems.joined(separator: "\n"))

let evaluator = PolicyEvaluator(municipality: eksempelby)
do {
    let meals = try evaluator.decision(
        InfluenceMatterQuestion.self, for: .init(matter: .mealPlans, setting: .botilbud), asOf: try CivilDate(year: 2024, month: 3, day: 1))
    print(DecisionText.render(meals, in: .english))

    let council = try evaluator.decision(
        CouncilQuestion.self,
        for: .init(offerHasCouncil: true, meetingsLast12Months: 4, lastElectionOn: try CivilDate(year: 2023, month: 9, day: 1), minutesPublished: true,
                   influenceFrameWritten: true),
        asOf: try CivilDate(year: 2024, month: 11, day: 1))
    print(DecisionText.render(council, in: .english))
} catch {
    print("bad input:", error)
}
