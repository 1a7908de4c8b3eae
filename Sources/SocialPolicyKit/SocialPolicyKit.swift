// The umbrella module: `import SocialPolicyKit` gives a host every module of the library.
@_exported import Coercion
@_exported import Complaints
@_exported import Confidentiality
@_exported import DayOffers
@_exported import Influence
@_exported import LegalCalendar
@_exported import Municipalities
@_exported import PolicyContract
@_exported import PolicyCore
