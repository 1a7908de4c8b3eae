import Complaints
import LegalCalendar
import Municipalities
import PolicyCore

extension PolicyCatalogue {
    /// Every question of the contract and the bundled municipal profiles.
    public static let standard = PolicyCatalogue(
        questions: [
            // Calendar (QUESTIONS.md §4)
            AnyPolicyQuestion(DeadlineQuestion.self),
            AnyPolicyQuestion(HolidaysQuestion.self),
            AnyPolicyQuestion(PensionAgeQuestion.self),
            // Complaints (QUESTIONS.md §3)
            AnyPolicyQuestion(ComplaintRouteQuestion.self),
        ],
        municipalities: BundledProfiles.all
    )
}
