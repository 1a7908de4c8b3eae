import SocialPolicyConfidentiality
import SocialPolicyCore

/// Københavns Kommune's rules on confidentiality, on top of national law.
///
/// - KK-KS 2.5 (Kvalitetsstandard SEL §§ 103–104, 2013): relevant information may be shared
///   within the same administration, but across administrations only with the citizen's
///   consent. Applies in the standard's period (2013) only.
/// - KK-BP 2.2 (Brugerpolitik, from 2010): when staff set confidentiality aside, they tell the
///   citizen that it happens.
extension KobenhavnProfile: ConfidentialityLocalPolicy {
    /// `KK-KS 2.5` in 2013; no rule on other dates.
    public func consentAcrossAdministrationsRule(on date: CivilDate) -> Citation? {
        PolicyDocumentPeriods.kkKvalitetsstandard2013.contains(date) ? Citation(.kkKS, "2.5") : nil
    }

    /// `KK-BP 2.2` from 2010, open-ended.
    public func informCitizenRule(on date: CivilDate) -> Citation? {
        PolicyDocumentPeriods.kkBrugerpolitik.contains(date) ? Citation(.kkBP, "2.2") : nil
    }
}
