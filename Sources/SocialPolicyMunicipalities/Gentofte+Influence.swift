import SocialPolicyInfluence
import SocialPolicyCore

/// Gentofte's influence profile: Rammer for brugerindflydelse 2020 (GEN-BI, seed 001) for the
/// bo- og dagtilbud for adults in Social & Handicap Drift. Socialcentre, drug-misuse treatment and elder care
/// are outside GEN-BI and follow the national frame.
extension GentofteProfile: InfluenceLocalPolicy {
    /// GEN-BI 2020 (``PolicyDocumentPeriods/gentofteRammer2020``). The council rules are cited by
    /// the principle their realisation passage carries out (the contract's citation form, e.g.
    /// `GEN-BI princip 6`): four meetings a year — princip 6 (møderne); agendas and minutes on the
    /// website — princip 7 (åbenhed og offentlighed); elections every second year — princip 8
    /// (valg med mening); the realisation description — princip 2 (fleksibel organisering);
    /// competent users choose the members — "Roller og kompetencer". Before 2020 the 2007
    /// "Retningslinjer for brugerindflydelse" applied, which the library does not hold.
    public static let rammer2020 = InfluencePolicyVersion(
        id: "gen-bi-2020", document: .genBI, title: "Gentofte Kommunes rammer for brugerindflydelse (GEN-BI 2020)",
        period: PolicyDocumentPeriods.gentofteRammer2020,
        council: CouncilRequirements(
            councilForEveryOffer: Citation(.genBI, "princip 1"),
            minimumMeetingsPerYear: LocalRule(4, Citation(.genBI, "princip 6")),
            maximumYearsBetweenElections: LocalRule(2, Citation(.genBI, "princip 8")),
            agendasPublished: Citation(.genBI, "princip 7"),
            minutesPublished: Citation(.genBI, "princip 7"),
            usersChooseMembersWhenLegallyCompetent: Citation(.genBI, "roller"),
            realisationDescription: Citation(.genBI, "princip 2"),
            relatives: .whenUsersNotLegallyCompetent(Citation(.genBI, "roller"))))
    static let influenceVersions = [rammer2020]

    /// The versions of Gentofte's influence policy.
    public var influencePolicies: [InfluencePolicyVersion] { Self.influenceVersions }

    /// GEN-BI's frame: councils give users the most possible influence on the organisation of
    /// the offer and daily life together (princip 1, 3), advise the management on the offer's
    /// goals and frames (roller og kompetencer), openness (princip 7), dialogue with the
    /// municipality (princip 5); the management keeps economy and operation.
    public func influenceFrame(
        _ matter: InfluenceMatter, in setting: InfluenceSetting, under policy: InfluencePolicyVersion
    ) -> InfluenceFrameEntry? {
        guard policy.id == Self.rammer2020.id else { return nil }
        let base = InfluenceFrameEntry.national(matter, in: setting)
        guard setting == .botilbud || setting == .activityOffer || setting == .shelteredEmployment else { return base }
        func gen(_ section: String) -> Citation { Citation(.genBI, section) }
        switch matter {
        case .ownHome: return base.with(.selfDetermination, .ownHome, gen("intentioner"))
        case .ownActionPlan, .ownCaseDecision, .contactPerson, .staffHiring, .legislation: return base
        case .houseRules, .mealPlans, .dailyActivities: return base.with(.influence, .userCouncil, gen("princip 1"))
        case .tripsAndEvents: return base.with(.influence, .userCouncil, gen("princip 3"))
        case .commonFurniture: return base.with(.involvement, .userCouncil, gen("princip 1"))
        case .offerGoalsAndPlans: return base.with(.involvement, .userCouncil, gen("princip 3"))
        case .offerWrittenInformation: return base.with(.involvement, .userCouncil, gen("princip 7"))
        case .municipalPlanning: return base.with(.involvement, .dialogueForum, gen("princip 5"))
        case .capacityAndBudget: return base.with(.none, .none, gen("roller"))
        }
    }
}
