import SocialPolicyCoercion
import SocialPolicyComplaints
import SocialPolicyConfidentiality
import SocialPolicyDayOffers
import SocialPolicyInfluence
import SocialPolicyCore

/// A municipality's whole profile: everything its own policy adds to national law, in every
/// rule area.
///
/// Denmark has 98 municipalities; the library bundles three (``KobenhavnProfile``,
/// ``GentofteProfile``, ``HelsingorProfile``). A host adopts this protocol for its own
/// municipality and implements only what its policy documents say — every requirement has a
/// default meaning "no local rule", so a profile is a few dozen lines:
///
/// ```swift
/// struct Eksempelby: MunicipalProfile {
///     var id: String { "eksempelby" }
///     var name: String { "Eksempelby Kommune" }
///     func hasCitizensAdvisor(on date: CivilDate) -> Bool { date >= CivilDate(2015, 1, 1) }
///     let influencePolicies = [ /* the council rules of its user-influence policy */ ]
/// }
/// let evaluator = PolicyEvaluator(municipality: Eksempelby())
/// ```
///
/// ## Implementation requirements
/// - Meet the requirements of each area protocol you implement: `CoercionLocalPolicy`,
///   `ConfidentialityLocalPolicy`, `ComplaintsLocalPolicy`, `InfluenceLocalPolicy`,
///   `DayOfferLocalPolicy` (each documents its own).
/// - A local policy can only add restrictions or duties to national law, never lift one: the
///   library applies local rules after the national ones, so a profile cannot permit what
///   national law denies.
/// - Gate every rule by the period its document applies in (`PolicyPeriod`); outside it,
///   return "no rule" (`nil` / `false` / an empty list).
/// - Prefer a struct with no stored properties, or few: a profile whose stored properties
///   exceed three machine words is boxed when the library reads it as an area protocol, which
///   costs one allocation per evaluation.
/// - Check the profile with `InfluenceProfileValidator.problems(_:)` in your tests.
public protocol MunicipalProfile:
    CoercionLocalPolicy, ConfidentialityLocalPolicy, ComplaintsLocalPolicy, InfluenceLocalPolicy,
    DayOfferLocalPolicy
{}

extension KobenhavnProfile: MunicipalProfile {}
extension GentofteProfile: MunicipalProfile {}
extension HelsingorProfile: MunicipalProfile {}
