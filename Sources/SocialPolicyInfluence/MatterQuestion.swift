import SocialPolicyCore

/// `influence.matter`: how much say a user has on a matter, through which forum, and on what
/// basis — from the municipality's influence frame, never below the national floor.
///
/// Needs a municipality: without one the answer is `undetermined` with `municipality` missing;
/// on a date outside the municipality's policy period it is `undetermined` with
/// `values.openLegalQuestion = local-policy-not-in-force`.
public enum InfluenceMatterQuestion: PolicyQuestion {
    /// The facts.
    public struct Facts: Sendable, Hashable {
        /// The matter.
        public var matter: InfluenceMatter
        /// The setting, or `nil` when unknown (answered only if every setting gives the same entry).
        public var setting: InfluenceSetting?

        /// Creates the facts.
        public init(matter: InfluenceMatter, setting: InfluenceSetting? = nil) {
            self.matter = matter
            self.setting = setting
        }
    }

    /// The values.
    public struct Values: DecisionValues, Hashable {
        /// Own case or the common.
        public var form: InfluenceForm?
        /// The level.
        public var level: InfluenceLevel?
        /// The degree of say.
        public var degree: InfluenceDegree?
        /// The forum.
        public var forum: InfluenceForum?
        /// Whether the absence of influence must be said openly.
        public var mustBeStatedOpenly: Bool?
        /// Whether the national floor raised the local entry.
        public var raisedToNationalFloor: Bool?
        /// Why the local policy could not be applied.
        public var openLegalQuestion: InfluenceOpenQuestion?

        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("form", form)
            fields.add("level", level)
            fields.add("degree", degree)
            fields.add("forum", forum)
            fields.add("mustBeStatedOpenly", mustBeStatedOpenly)
            fields.add("raisedToNationalFloor", raisedToNationalFloor)
            fields.add("openLegalQuestion", openLegalQuestion)
            return fields
        }
    }

    /// The contract's question id.
    public static let id = "influence.matter"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Hvor meget indflydelse har brugeren på dette forhold, i hvilket forum og på hvilket grundlag?",
        en: "How much say does a user have on this matter, through which forum, and on what basis?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        .enumeration("matter", InfluenceMatter.self, required: true, "the matter the user wants a say on"),
        .enumeration("setting", InfluenceSetting.self, "where the user is: botilbud, activity offer, sheltered employment, socialcenter, drug treatment"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = InfluenceRuleSets.frame

    /// Creates the facts from a validated bag.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(matter: try bag.required("matter"), setting: try bag.value("setting"))
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let lookup = LocalInfluencePolicy(e.context)
        if LocalInfluencePolicy.recordUnavailable(lookup, into: &e, openQuestion: { $0.openLegalQuestion = .localPolicyNotInForce }) {
            return
        }
        guard case .inForce(let version) = lookup else { return }
        let context = e.context
        let matter = facts.matter

        // The entry: for a known setting directly; for an unknown one only if all settings agree.
        var chosen: InfluenceFrameEntry?
        var anyHole = false
        var agree = true
        if let setting = facts.setting {
            chosen = LocalInfluencePolicy.frame(context, matter, setting, version)
            anyHole = chosen == nil
        } else {
            let settings: (InfluenceSetting, InfluenceSetting, InfluenceSetting, InfluenceSetting, InfluenceSetting) =
                (.botilbud, .activityOffer, .shelteredEmployment, .socialcenter, .drugTreatment)
            var index = 0
            while index < 5 {
                let setting: InfluenceSetting
                switch index {
                case 0: setting = settings.0
                case 1: setting = settings.1
                case 2: setting = settings.2
                case 3: setting = settings.3
                default: setting = settings.4
                }
                index += 1
                guard let entry = LocalInfluencePolicy.frame(context, matter, setting, version) else {
                    anyHole = true
                    continue
                }
                if let first = chosen, !first.sameSay(as: entry) { agree = false }
                if chosen == nil { chosen = entry }
            }
        }
        if anyHole && facts.setting != nil || chosen == nil {
            e.test(
                Citation(version.document, "ramme"), holds: nil,
                LocalizedText(
                    da: "\(version.title) angiver ingen ramme for \"\(matter.rawValue)\" i dette tilbud.",
                    en: "\(version.title) sets no frame for \"\(matter.rawValue)\" in this setting."))
            e.verdict.values.openLegalQuestion = .frameHasNoEntry
            e.verdict.outcome = .undetermined
            return
        }
        if facts.setting == nil && (!agree || anyHole) {
            e.test(
                Citation(version.document, "ramme"), holds: nil,
                LocalizedText(
                    da: "Rammen for \"\(matter.rawValue)\" afhænger af tilbuddet; tilbudstypen er ikke oplyst.",
                    en: "The frame for \"\(matter.rawValue)\" depends on the setting, which is not given."))
            e.missing("setting")
            e.verdict.outcome = .undetermined
            return
        }
        guard let local = chosen else { return }
        let settingForFloor = facts.setting ?? .botilbud
        let entry = local.respectingNationalFloor(matter, in: settingForFloor)
        let raised = entry.degree != local.degree

        // The form and its statutory basis.
        if entry.form == .ownCase {
            e.test(
                InfluenceFrameEntry.rsl4, holds: true,
                LocalizedText(
                    da: "Forholdet angår brugerens egen sag og eget liv: indflydelse på egen sag (retssikkerhedsloven § 4 – borgeren skal kunne medvirke ved behandlingen af sin sag).",
                    en: "The matter is the user's own case and life: influence on one's own case (RSL § 4 – the citizen must be able to take part in the handling of the case)."))
        } else {
            e.test(
                InfluenceFrameEntry.sel16, holds: true,
                LocalizedText(
                    da: "Forholdet angår det fælles: kommunen skal sikre brugerne indflydelse på tilbuddenes tilrettelæggelse og udnyttelse og fastsætte skriftlige retningslinjer (SEL § 16).",
                    en: "The matter is the common: the municipality must give users influence on how offers are organised and used and set written guidelines (SEL § 16)."))
        }
        e.test(
            local.basis, holds: true,
            local.degree == .none
                ? LocalizedText(
                    da: "\(version.title): ingen indflydelse på \(levelDanish(local.level)).",
                    en: "\(version.title): no influence, at \(levelEnglish(local.level)).")
                : LocalizedText(
                    da: "\(version.title): \(local.degree.danishName) \(forumDanish(local.forum)) på \(levelDanish(local.level)).",
                    en: "\(version.title): \(local.degree.englishName) \(forumEnglish(local.forum)) at \(levelEnglish(local.level))."))
        if raised {
            let floor = InfluenceFrameEntry.nationalFloor(matter)
            e.test(
                floor.basis, holds: true,
                LocalizedText(
                    da: "Kommunens ramme ligger under det, loven sikrer; en lokal politik kan ikke fjerne en lovsikret indflydelse, så graden er \(entry.degree.danishName).",
                    en: "The municipality's frame is below what the law guarantees; a local policy cannot remove statutory influence, so the degree is \(entry.degree.englishName)."))
        }
        if entry.degree == .none {
            e.test(
                entry.basis, holds: entry.mustBeStatedOpenly,
                entry.mustBeStatedOpenly
                    ? LocalizedText(
                        da: "Der er ingen indflydelse på dette område, og det skal siges åbent til brugerne: åbenhed er forudsætningen for dialog.",
                        en: "There is no influence on this matter, and that must be said openly to the users: openness is the precondition for dialogue.")
                    : LocalizedText(
                        da: "Der er ingen indflydelse på dette område; kommunens politik kræver ikke udtrykkeligt, at det siges åbent.",
                        en: "There is no influence on this matter; the municipality's policy does not expressly require saying so."))
        }
        e.verdict.values.form = entry.form
        e.verdict.values.level = entry.level
        e.verdict.values.degree = entry.degree
        e.verdict.values.forum = entry.forum
        e.verdict.values.mustBeStatedOpenly = entry.mustBeStatedOpenly
        if raised { e.verdict.values.raisedToNationalFloor = true }
        e.verdict.outcome = .determined
    }

    /// The forum as a Danish prepositional phrase ("i eget hjem", "på husmøder", "gennem brugerrådet").
    static func forumDanish(_ forum: InfluenceForum) -> String {
        switch forum {
        case .ownHome: "i eget hjem"
        case .actionPlanMeeting: "på møder om handleplan og egen sag"
        case .houseMeeting: "på husmøder"
        case .userCouncil: "gennem brugerrådet"
        case .hiringCommittee: "gennem ansættelsesudvalg"
        case .dialogueForum: "gennem dialogforum"
        case .userOrganisation: "gennem brugerorganisationer"
        case .adHocGroup: "gennem ad hoc-grupper"
        case .none: "uden forum"
        }
    }

    /// The forum as an English prepositional phrase.
    static func forumEnglish(_ forum: InfluenceForum) -> String {
        switch forum {
        case .ownHome: "in the user's own home"
        case .actionPlanMeeting: "at meetings on the action plan and own case"
        case .houseMeeting: "at house meetings"
        case .userCouncil: "through the user council"
        case .hiringCommittee: "through hiring committees"
        case .dialogueForum: "through a dialogue forum"
        case .userOrganisation: "through user organisations"
        case .adHocGroup: "through ad-hoc groups"
        case .none: "without a forum"
        }
    }

    static func levelDanish(_ level: InfluenceLevel) -> String {
        switch level {
        case .individual: "det individuelle niveau"
        case .offer: "tilbudsniveau"
        case .municipality: "kommunens overordnede niveau"
        }
    }

    static func levelEnglish(_ level: InfluenceLevel) -> String {
        switch level {
        case .individual: "the individual level"
        case .offer: "the level of the offer"
        case .municipality: "the municipality's overall level"
        }
    }
}
