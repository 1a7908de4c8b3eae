import SocialPolicyCoercion
import SocialPolicyComplaints
import SocialPolicyConfidentiality
import SocialPolicyDayOffers
import SocialPolicyInfluence
import SocialPolicyCalendar
import SocialPolicyMunicipalities
import SocialPolicyCore

extension PolicyCatalogue {
    /// Every question of the contract, in the order of `QUESTIONS.md`, and the bundled
    /// municipal profiles (København, Gentofte, Helsingør).
    public static let standard = PolicyCatalogue(
        questions: [
            // 1. Coercion
            AnyPolicyQuestion(CoercionQuestion.self),
            // 2. Confidentiality and consent
            AnyPolicyQuestion(DisclosureQuestion.self),
            AnyPolicyQuestion(ConsentQuestion.self),
            // 3. Complaints
            AnyPolicyQuestion(ComplaintRouteQuestion.self),
            // 4. Calendar
            AnyPolicyQuestion(DeadlineQuestion.self),
            AnyPolicyQuestion(HolidaysQuestion.self),
            AnyPolicyQuestion(PensionAgeQuestion.self),
            // 5. Influence and involvement
            AnyPolicyQuestion(InfluenceMatterQuestion.self),
            AnyPolicyQuestion(RepresentationQuestion.self),
            AnyPolicyQuestion(CouncilQuestion.self),
            AnyPolicyQuestion(InvolvementQuestion.self),
            AnyPolicyQuestion(ActionPlanQuestion.self),
            // 6. Copenhagen's quality standard for SEL §§ 103–104 (KK-KS 2013)
            AnyPolicyQuestion(DayOfferEligibilityQuestion.self),
            AnyPolicyQuestion(DayOfferSupportHoursQuestion.self),
            AnyPolicyQuestion(DayOfferFollowUpQuestion.self),
            AnyPolicyQuestion(DayOfferLeaveQuestion.self),
            AnyPolicyQuestion(DayOfferCaseProcessingQuestion.self),
        ],
        municipalities: BundledProfiles.all
    )
}
