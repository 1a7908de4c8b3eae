import SocialPolicyCore

/// A local rule with its value and the provision of the municipal document that sets it.
public struct LocalRule<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value the document sets (a number of meetings, of years…).
    public var value: Value
    /// Where the document sets it, e.g. `GEN-BI Møderne`.
    public var source: Citation

    /// Creates a rule.
    public init(_ value: Value, _ source: Citation) {
        self.value = value
        self.source = source
    }
}

/// Whether relatives, guardians and others close to the users (HEL-BI's *secondary users*) may
/// represent the users in council work.
public enum RelativeRepresentation: Sendable, Hashable {
    /// The policy does not say.
    case notStated
    /// Only where the users are not of age and legally competent (GEN-BI: relatives or key
    /// persons sit where the users' cognitive impairments require it).
    case whenUsersNotLegallyCompetent(Citation)
    /// Secondary users may represent primary users who cannot take part themselves (HEL-BI);
    /// involvement still focuses on the primary users.
    case secondaryUsersMayRepresent(Citation)
}

/// What a municipality requires of an offer's user council (`influence.council`). Every
/// requirement is optional: `nil` means the municipality sets no such requirement.
public struct CouncilRequirements: Sendable, Hashable {
    /// Every offer must have a user council (KK-BP 4.2; GEN-BI princip 1).
    public var councilForEveryOffer: Citation?
    /// The fewest council meetings in twelve months (GEN-BI: four).
    public var minimumMeetingsPerYear: LocalRule<Int>?
    /// The most years between elections (GEN-BI: two).
    public var maximumYearsBetweenElections: LocalRule<Int>?
    /// Agendas must be published on the offer's website (GEN-BI).
    public var agendasPublished: Citation?
    /// Minutes must be published on the offer's website (GEN-BI).
    public var minutesPublished: Citation?
    /// Users who are of age and legally competent choose the members (GEN-BI).
    public var usersChooseMembersWhenLegallyCompetent: Citation?
    /// The offer must write a description of how it realises the principles (GEN-BI).
    public var realisationDescription: Citation?
    /// The offer must write down its frame for influence, including where there is none
    /// (KK-BP 4.1), or document what users are involved in (HEL-BI).
    public var influenceFrameWritten: Citation?
    /// The offer must set the council's composition, representativeness and term (KK-BP 4.2).
    public var compositionAndTermSet: Citation?
    /// Whether relatives may represent users in council work.
    public var relatives: RelativeRepresentation

    /// Creates requirements; every one defaults to "not required".
    public init(
        councilForEveryOffer: Citation? = nil, minimumMeetingsPerYear: LocalRule<Int>? = nil,
        maximumYearsBetweenElections: LocalRule<Int>? = nil, agendasPublished: Citation? = nil,
        minutesPublished: Citation? = nil, usersChooseMembersWhenLegallyCompetent: Citation? = nil,
        realisationDescription: Citation? = nil, influenceFrameWritten: Citation? = nil,
        compositionAndTermSet: Citation? = nil, relatives: RelativeRepresentation = .notStated
    ) {
        self.councilForEveryOffer = councilForEveryOffer
        self.minimumMeetingsPerYear = minimumMeetingsPerYear
        self.maximumYearsBetweenElections = maximumYearsBetweenElections
        self.agendasPublished = agendasPublished
        self.minutesPublished = minutesPublished
        self.usersChooseMembersWhenLegallyCompetent = usersChooseMembersWhenLegallyCompetent
        self.realisationDescription = realisationDescription
        self.influenceFrameWritten = influenceFrameWritten
        self.compositionAndTermSet = compositionAndTermSet
        self.relatives = relatives
    }
}

/// One version of a municipality's policy on user influence: the document, the period it
/// applies in, and the council requirements it sets. The matter-by-matter frame comes from
/// ``InfluenceLocalPolicy/influenceFrame(_:in:under:)``.
public struct InfluencePolicyVersion: Sendable, Hashable {
    /// A stable id for the version, e.g. `gen-bi-2020`.
    public var id: String
    /// The document's citation source, e.g. `GEN-BI`.
    public var document: Citation.Source
    /// The document's title.
    public var title: String
    /// The days the version applies.
    public var period: PolicyPeriod
    /// What it requires of user councils.
    public var council: CouncilRequirements

    /// Creates a version.
    public init(
        id: String, document: Citation.Source, title: String, period: PolicyPeriod,
        council: CouncilRequirements = CouncilRequirements()
    ) {
        self.id = id
        self.document = document
        self.title = title
        self.period = period
        self.council = council
    }
}

/// A municipality's policy on user influence, as a host supplies it: the influence frame (matter ×
/// setting → form, level, degree, forum, whether "no influence" must be said openly) and the
/// council requirements, each version with its validity period.
///
/// ```swift
/// struct Eksempelby: InfluenceLocalPolicy {
///     let id = "eksempelby", name = "Eksempelby Kommune"
///     let influencePolicies = [InfluencePolicyVersion(id: "eks-bi-2022", document: .init(code: "EKS-BI", kind: .policy),
///         title: "Politik for brugerindflydelse", period: PolicyPeriod(from: CivilDate(2022, 1, 1)),
///         council: CouncilRequirements(minimumMeetingsPerYear: LocalRule(2, Citation(.init(code: "EKS-BI", kind: .policy), "3"))))]
///     func influenceFrame(_ matter: InfluenceMatter, in setting: InfluenceSetting,
///                         under policy: InfluencePolicyVersion) -> InfluenceFrameEntry? {
///         InfluenceFrameEntry.national(matter, in: setting)
///     }
/// }
/// ```
///
/// ## Implementation requirements
/// - Everything in `MunicipalPolicy`'s requirements (a `Sendable` value, a stable `id`).
/// - ``influencePolicies``: oldest first, periods that do not overlap (check with
///   ``InfluenceProfileValidator/problems(_:)``). Return a stored array (a `let` or a `static
///   let`), not a literal built on each call: the hot path reads it.
/// - ``influenceFrame(_:in:under:)``: answer every matter in every setting for every version
///   (no holes; the validator checks). Do not allocate. Start from
///   ``InfluenceFrameEntry/national(_:in:)`` and change only what the document says.
/// - A local frame may raise the degree of say but never lower it below the national floor
///   (``InfluenceFrameEntry/nationalFloor(_:)``): the library raises such an entry to the floor
///   and the validator reports it.
/// - The defaults (no versions, no frame) mean "no local policy": questions that need one answer
///   `undetermined`.
public protocol InfluenceLocalPolicy: MunicipalPolicy {
    /// The versions of the municipality's influence policy, oldest first, without overlaps.
    var influencePolicies: [InfluencePolicyVersion] { get }
    /// The frame entry for `matter` in `setting` under `policy`, or `nil` when the policy has none.
    func influenceFrame(
        _ matter: InfluenceMatter, in setting: InfluenceSetting, under policy: InfluencePolicyVersion
    ) -> InfluenceFrameEntry?
}

extension InfluenceLocalPolicy {
    /// No local policy.
    public var influencePolicies: [InfluencePolicyVersion] { [] }

    /// No local frame.
    public func influenceFrame(
        _ matter: InfluenceMatter, in setting: InfluenceSetting, under policy: InfluencePolicyVersion
    ) -> InfluenceFrameEntry? { nil }

    /// The version in force on `date`, if any.
    public func influencePolicy(on date: CivilDate) -> InfluencePolicyVersion? {
        // An index loop: no iterator, so no allocation even in unoptimised builds.
        let policies = influencePolicies
        var index = 0
        while index < policies.count {
            if policies[index].period.contains(date) { return policies[index] }
            index += 1
        }
        return nil
    }
}

// MARK: - The national frame

extension InfluenceFrameEntry {
    static let rsl4 = Citation(.rsl, "4")
    static let sel16 = Citation(.sel, "16", stk: 1)
    static let sel141stk4 = Citation(.sel, "141", stk: 4)
    /// Barnets lov § 16, stk. 1: the same duty for offers to children, young people and families
    /// (from 2024-01-01).
    static let bl16 = Citation(.bl, "16", stk: 1)
    /// Barnets lov § 92, stk. 1: barnets plan "så vidt muligt" made with the child (from 2024-01-01).
    static let bl92stk1 = Citation(.bl, "92", stk: 1)
    /// Ældreloven § 11, stk. 2, nr. 4: the recipient's self-determination and continuous
    /// influence on the help (from 2025-07-01).
    static let ael11 = Citation(.ael, "11", stk: 2, nr: 4)

    /// The frame national law gives without any municipal policy: own-case matters under RSL § 4
    /// (and SEL § 141, stk. 4 for the handleplan), the common under SEL § 16, capacity, budget
    /// and legislation without influence. In drug-misuse treatment the guideline SMB-BI
    /// 2.2.1/2.2.5 gives influence on one's plan and decisions.
    public static func national(_ matter: InfluenceMatter, in setting: InfluenceSetting) -> InfluenceFrameEntry {
        let drug = setting == .drugTreatment
        switch matter {
        case .ownHome:
            return InfluenceFrameEntry(form: .ownCase, level: .individual, degree: .selfDetermination, forum: .ownHome, basis: rsl4)
        case .ownActionPlan:
            return InfluenceFrameEntry(
                form: .ownCase, level: .individual, degree: drug ? .influence : .involvement, forum: .actionPlanMeeting,
                basis: drug ? Citation(.smbBI, "2.2.1") : sel141stk4)
        case .ownCaseDecision:
            return InfluenceFrameEntry(
                form: .ownCase, level: .individual, degree: drug ? .influence : .involvement, forum: .actionPlanMeeting,
                basis: drug ? Citation(.smbBI, "2.2.5") : rsl4)
        case .contactPerson:
            return InfluenceFrameEntry(form: .ownCase, level: .individual, degree: .participation, forum: .actionPlanMeeting, basis: rsl4)
        case .houseRules, .mealPlans, .dailyActivities, .tripsAndEvents, .commonFurniture, .offerGoalsAndPlans,
            .offerWrittenInformation:
            return InfluenceFrameEntry(form: .common, level: .offer, degree: .involvement, forum: .userCouncil, basis: sel16)
        case .staffHiring:
            return InfluenceFrameEntry(form: .common, level: .offer, degree: .none, forum: .none, basis: sel16)
        case .municipalPlanning:
            return InfluenceFrameEntry(form: .common, level: .municipality, degree: .involvement, forum: .dialogueForum, basis: sel16)
        case .capacityAndBudget, .legislation:
            return InfluenceFrameEntry(form: .common, level: .municipality, degree: .none, forum: .none, basis: sel16)
        }
    }

    /// The least say the library reads national law as giving on `matter`, whatever a
    /// municipality writes: self-determination in one's own home; involvement in one's own
    /// handleplan and case; participation on one's contact person and on the organisation and use
    /// of the offer; nothing on hiring, municipal planning, capacity, budget and legislation.
    ///
    /// This is **the library's reading**, not a guarantee spelt out in the texts: RSL § 4 ("skal
    /// have mulighed for at medvirke") and SEL § 16 ("skal sørge for … mulighed for at få
    /// indflydelse") are duties, but SEL § 141, stk. 4 says only that the handleplan *bør*
    /// (should) be drawn up from the citizen's premises and *så vidt muligt* (as far as
    /// possible) with the citizen — a softer rule, read here as a floor of involvement.
    public static func nationalFloor(_ matter: InfluenceMatter) -> (degree: InfluenceDegree, basis: Citation) {
        switch matter {
        case .ownHome: (.selfDetermination, rsl4)
        case .ownActionPlan: (.involvement, sel141stk4)
        case .ownCaseDecision: (.involvement, rsl4)
        case .contactPerson: (.participation, rsl4)
        case .houseRules, .mealPlans, .dailyActivities, .tripsAndEvents, .commonFurniture, .offerGoalsAndPlans,
            .offerWrittenInformation:
            (.participation, sel16)
        case .staffHiring, .municipalPlanning, .capacityAndBudget, .legislation: (.none, sel16)
        }
    }

    /// This entry raised to the national floor for `matter` in `setting` when it is below it
    /// (the national entry replaces it), with the form national law gives the matter.
    public func respectingNationalFloor(_ matter: InfluenceMatter, in setting: InfluenceSetting) -> InfluenceFrameEntry {
        respectingNationalFloor(matter, in: setting, regime: .serviceloven)
    }

    /// The same under `regime`: the floor's and the national entries' statutory citations are
    /// those of the act that reaches the offer (``translated(to:)``).
    package func respectingNationalFloor(
        _ matter: InfluenceMatter, in setting: InfluenceSetting, regime: InfluenceRegime
    ) -> InfluenceFrameEntry {
        let floor = Self.nationalFloor(matter)
        if degree < floor.degree {
            let national = Self.national(matter, in: setting)
            let raised = national.degree >= floor.degree ? national : national.with(floor.degree, national.forum, floor.basis)
            return raised.translated(to: regime)
        }
        var copy = self
        copy.form = matter.isOwnCase ? .ownCase : .common
        if copy.degree == .none { copy.forum = .none } else { copy.mustBeStatedOpenly = false }
        return copy.translated(to: regime)
    }

    /// This entry with the national citations of serviceloven replaced by those of the act that
    /// reaches the offer under `regime`: BL § 16, stk. 1 for SEL § 16, stk. 1 and BL § 92, stk. 1
    /// for SEL § 141, stk. 4 (barnets lov); ÆL § 11, stk. 2, nr. 4 for SEL § 141, stk. 4
    /// (ældreloven has no handleplan). A municipal document's citation is kept.
    package func translated(to regime: InfluenceRegime) -> InfluenceFrameEntry {
        var copy = self
        switch regime {
        case .serviceloven: break
        case .barnetsLov:
            if basis == Self.sel16 { copy.basis = Self.bl16 }
            if basis == Self.sel141stk4 { copy.basis = Self.bl92stk1 }
        case .aeldreloven:
            if basis == Self.sel141stk4 { copy.basis = Self.ael11 }
        }
        return copy
    }

    /// The floor's citation under `regime`.
    package static func nationalFloorBasis(_ matter: InfluenceMatter, regime: InfluenceRegime) -> Citation {
        let floor = nationalFloor(matter)
        return InfluenceFrameEntry(form: .common, level: .offer, degree: floor.degree, forum: .none, basis: floor.basis)
            .translated(to: regime).basis
    }
}

// MARK: - Validation

/// Checks a municipality's influence profile: versions without overlapping periods, a frame
/// without holes, entries that are consistent and do not go below the national floor.
public enum InfluenceProfileValidator: Sendable {
    /// The problems with `profile`, one line each; empty when it is valid.
    public static func problems(_ profile: some InfluenceLocalPolicy) -> [String] {
        var problems: [String] = []
        let versions = profile.influencePolicies
        var ids: Set<String> = []
        for version in versions {
            if !ids.insert(version.id).inserted { problems.append("\(profile.id): duplicate version id \(version.id)") }
            if let end = version.period.validTo, end < version.period.validFrom {
                problems.append("\(profile.id): \(version.id) ends before it starts")
            }
        }
        for (index, first) in versions.enumerated() {
            for second in versions.dropFirst(index + 1) where first.period.overlaps(second.period) {
                problems.append("\(profile.id): \(first.id) overlaps \(second.id)")
            }
        }
        for (previous, next) in zip(versions, versions.dropFirst()) where next.period.validFrom < previous.period.validFrom {
            problems.append("\(profile.id): \(next.id) is listed after \(previous.id) but starts earlier")
        }
        for version in versions {
            if let meetings = version.council.minimumMeetingsPerYear, meetings.value < 1 {
                problems.append("\(profile.id): \(version.id) requires fewer than one meeting a year")
            }
            if let years = version.council.maximumYearsBetweenElections, years.value < 1 {
                problems.append("\(profile.id): \(version.id) requires elections more than once a year")
            }
            for matter in InfluenceMatter.allCases {
                for setting in InfluenceSetting.allCases {
                    let cell = "\(profile.id): \(version.id) \(matter.rawValue) in \(setting.rawValue)"
                    guard let entry = profile.influenceFrame(matter, in: setting, under: version) else {
                        problems.append("\(cell): no entry (a hole in the frame)")
                        continue
                    }
                    if (entry.degree == .none) != (entry.forum == .none) {
                        problems.append("\(cell): degree \(entry.degree.rawValue) with forum \(entry.forum.rawValue)")
                    }
                    if entry.mustBeStatedOpenly && entry.degree != .none {
                        problems.append("\(cell): must be stated openly but gives influence")
                    }
                    if entry.form != (matter.isOwnCase ? .ownCase : .common) {
                        problems.append("\(cell): form \(entry.form.rawValue) does not fit the matter")
                    }
                    if entry.degree < InfluenceFrameEntry.nationalFloor(matter).degree {
                        problems.append("\(cell): \(entry.degree.rawValue) is below the national floor")
                    }
                }
            }
        }
        return problems
    }
}
