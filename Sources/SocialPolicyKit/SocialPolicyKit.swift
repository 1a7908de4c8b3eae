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
