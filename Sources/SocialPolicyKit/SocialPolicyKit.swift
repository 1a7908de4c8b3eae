// The umbrella module: `import SocialPolicyKit` gives a host every module of the library.
@_exported import SocialPolicyCoercion
@_exported import SocialPolicyComplaints
@_exported import SocialPolicyConfidentiality
@_exported import SocialPolicyDayOffers
@_exported import SocialPolicyInfluence
@_exported import SocialPolicyCalendar
@_exported import SocialPolicyMunicipalities
@_exported import SocialPolicyContract
@_exported import SocialPolicyCore

// No type in this module is named `SocialPolicyKit`: a host qualifies our types with the module
// name (`SocialPolicyKit.Decision`) when its own code has a `Decision`, and a type of that
// name would take the qualification over.

/// The library's semantic version (`0.2.0`), as tagged in the repository and listed in
/// `CHANGELOG.md`: `SocialPolicyKit.version`. Every decision carries it as
/// `Decision.engine` (JSON `engine`).
public let version: String = SocialPolicyEngine.version

/// The version of the JSON scenario contract this build speaks (`1.1`):
/// `SocialPolicyKit.contractVersion`. Every decision carries it as
/// `Decision.contract` (JSON `contract`).
public let contractVersion: String = SocialPolicyEngine.contractVersion
