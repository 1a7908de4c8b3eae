import DayOffers
import Coercion
import Influence
import Complaints
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
            // Day offers, Copenhagen's quality standard 2013 (QUESTIONS.md §6)
            AnyPolicyQuestion(DayOfferEligibilityQuestion.self),
            AnyPolicyQuestion(DayOfferSupportHoursQuestion.self),
            AnyPolicyQuestion(DayOfferFollowUpQuestion.self),
            AnyPolicyQuestion(DayOfferLeaveQuestion.self),
            AnyPolicyQuestion(DayOfferCaseProcessingQuestion.self),
            // Coercion (QUESTIONS.md §1)
            AnyPolicyQuestion(CoercionQuestion.self),
            // Influence (QUESTIONS.md §5)
            AnyPolicyQuestion(InfluenceMatterQuestion.self),
            AnyPolicyQuestion(RepresentationQuestion.self),
            AnyPolicyQuestion(CouncilQuestion.self),
            AnyPolicyQuestion(InvolvementQuestion.self),
            AnyPolicyQuestion(ActionPlanQuestion.self),
            // Complaints (QUESTIONS.md §3)
            AnyPolicyQuestion(ComplaintRouteQuestion.self),
            // Confidentiality and consent (QUESTIONS.md §2)
            AnyPolicyQuestion(DisclosureQuestion.self),
            AnyPolicyQuestion(ConsentQuestion.self),
        ],
        municipalities: BundledProfiles.all
    )
}
