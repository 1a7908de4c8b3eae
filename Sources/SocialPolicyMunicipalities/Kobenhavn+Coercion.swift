import SocialPolicyCoercion
import SocialPolicyCore

extension KobenhavnProfile: CoercionLocalPolicy {
    /// KK-KS 4.2 (2013): after coercion, the pædagogisk plan and the handleplan are followed up
    /// in an extraordinary follow-up. Applies only in the quality standard's period.
    public func coercionFollowUpRule(on date: CivilDate) -> Citation? {
        PolicyDocumentPeriods.kkKvalitetsstandard2013.contains(date) ? Citation(.kkKS, "4.2") : nil
    }
}
