import SocialPolicyComplaints
import SocialPolicyCore

/// København's complaint bodies: the Borgerrådgiver (KSL § 65 e) throughout, and for 2013 the
/// units named in the Kvalitetsstandard for SEL §§ 103–104, chapter 7 (KK-KS 7.1–7.4).
extension KobenhavnProfile: ComplaintsLocalPolicy {
    /// Handicapcenter København receives and reconsiders complaints about visitation decisions
    /// (KK-KS 7.1).
    static let handicapcenter = LocalComplaintBody(
        name: "Handicapcenter København", englishName: "Handicapcenter København (the disability centre)",
        contact: "Thoravej 29, 2400 København NV, tlf. 33 17 88 00, hck@sof.kk.dk",
        source: Citation(.kkKS, "7.1"))
    /// Socialforvaltningen, Drifts- og udviklingskontoret for borgere med handicap: complaints
    /// about daily life at the day offer (KK-KS 7.2) and about coercion (KK-KS 7.3).
    static func driftsOgUdvikling(_ section: String) -> LocalComplaintBody {
        LocalComplaintBody(
            name: "Socialforvaltningen, Drifts- og udviklingskontoret for borgere med handicap",
            englishName: "the Social Services Administration's Operations and Development Office for citizens with disabilities (Drifts- og udviklingskontoret)",
            contact: "Bernstorffsgade 17, 4. sal, 1592 København V, tlf. 33 17 36 55, du.handicap@sof.kk.dk",
            source: Citation(.kkKS, section))
    }
    static let driftsDaily = driftsOgUdvikling("7.2")
    static let driftsCoercion = driftsOgUdvikling("7.3")
    /// Københavns Kommunes Borgerrådgiver with the 2013 address (KK-KS 7.4).
    static let advisor2013 = LocalComplaintBody(
        name: "Københavns Kommunes Borgerrådgiver", englishName: "Copenhagen's Citizens' Advisor (Borgerrådgiveren)",
        contact: "Vester Voldgade 2A, 1552 København V, tlf. 33 66 14 00, borgerraadgiveren@kk.dk",
        source: Citation(.kkKS, "7.4"))
    /// Københavns Kommunes Borgerrådgiver outside 2013 (no address from a policy in force).
    static let advisor = LocalComplaintBody(
        name: "Københavns Kommunes Borgerrådgiver", englishName: "Copenhagen's Citizens' Advisor (Borgerrådgiveren)",
        contact: "", source: Citation(.ksl, "65 e"))

    /// Copenhagen has a Borgerrådgiver (KSL § 65 e) on every date the library supports.
    public func hasCitizensAdvisor(on date: CivilDate) -> Bool { true }

    /// The KK-KS 7 bodies in 2013; the Borgerrådgiver always.
    public func localComplaintBody(_ role: ComplaintBody, for subject: ComplaintSubject, on date: CivilDate)
        -> LocalComplaintBody?
    {
        let standard = PolicyDocumentPeriods.kkKvalitetsstandard2013.contains(date)
        switch role {
        case .citizensAdvisor:
            return standard ? Self.advisor2013 : Self.advisor
        case .municipalityReconsideration where standard:
            switch subject {
            case .decision: return Self.handicapcenter
            case .coercionDecision, .coercionAct: return Self.driftsCoercion
            default: return nil
            }
        case .municipalManagement where standard:
            switch subject {
            case .practicalDelivery, .staffConduct: return Self.driftsDaily
            default: return nil
            }
        default:
            return nil
        }
    }
}
