import Confidentiality
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
            // Confidentiality and consent (QUESTIONS.md §2)
            AnyPolicyQuestion(DisclosureQuestion.self),
            AnyPolicyQuestion(ConsentQuestion.self),
        ],
        municipalities: BundledProfiles.all
    )
}
