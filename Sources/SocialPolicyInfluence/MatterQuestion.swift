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
        /// The offer is one to children, young people or families (from 2024-01-01 under
        /// barnets lov § 16, not SEL § 16); `nil` when unknown.
        public var offerForChildrenOrYoungPeople: Bool?
        /// The offer is one under ældreloven (§§ 10, 13, 14, 16, 17, 47; from 2025-07-01), not
        /// help under a serviceloven decision (ÆL § 46 keeps SEL §§ 83, 83 a, 86 decisions to
        /// 2027-07-01); `nil` when unknown.
        public var aeldrelovOffer: Bool?

        /// Creates the facts.
        public init(
            matter: InfluenceMatter, setting: InfluenceSetting? = nil, offerForChildrenOrYoungPeople: Bool? = nil,
            aeldrelovOffer: Bool? = nil
        ) {
            self.matter = matter
            self.setting = setting
            self.offerForChildrenOrYoungPeople = offerForChildrenOrYoungPeople
            self.aeldrelovOffer = aeldrelovOffer
        }

        /// Checks that the facts do not contradict each other: an offer under ældreloven is
        /// neither an offer to children nor one in a setting other than a nursing home or home care.
        ///
        /// - Throws: `PolicyError` (`contradictory-facts`, `facts.aeldrelovOffer`).
        public func validate() throws(PolicyError) {
            try InfluenceFactChecks.aeldrelovOffer(aeldrelovOffer, setting: setting, child: offerForChildrenOrYoungPeople)
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
        .enumeration("setting", InfluenceSetting.self, "where the user is: botilbud, activity offer, sheltered employment, socialcenter, drug treatment; from contract 1.1 also nursing-home and home-care"),
        FactSpec(
            "offerForChildrenOrYoungPeople", .bool, since: "1.1",
            "the offer is one to children, young people or families: from 2024-01-01 under barnets lov § 16 (LOV 721/2023), not SEL § 16, which covers only persons aged 18 or over (SEL § 2, stk. 1, LBK 67/2024)"),
        FactSpec(
            "aeldrelovOffer", .bool, since: "1.1",
            "the offer is one under ældreloven (§§ 10, 13, 14, 16, 17; plejehjem § 47), from 2025-07-01, not help under a serviceloven decision that ÆL § 46, stk. 2 keeps in force to 2027-07-01: SEL § 16 does not reach it. Only with setting nursing-home or home-care"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("form", enumType(InfluenceForm.self), "own-case (RSL § 4; KK-BP 1.1) or the common (SEL § 16 / BL § 16)"),
        ValueSpec("level", enumType(InfluenceLevel.self), "individual, offer or municipality (KK-BP 1.2)"),
        ValueSpec("degree", enumType(InfluenceDegree.self), "the degree of say: the HEL-BI ladder with self-determination above and none below"),
        ValueSpec("forum", enumType(InfluenceForum.self), "the forum through which the say is exercised"),
        ValueSpec("mustBeStatedOpenly", "bool", "an area without influence must be said to be one (KK-BP 3.2, 4.1; HEL-BI)"),
        ValueSpec("raisedToNationalFloor", "bool", "the local entry was below the library's reading of the national floor (RSL § 4, SEL § 16, SEL § 141, stk. 4) and was raised to it"),
        ValueSpec(
            "openLegalQuestion", enumType(InfluenceOpenQuestion.self),
            "why the frame could not be applied: no policy in force on asOf, a hole in the frame, or (since 1.1) an offer under ældreloven, which SEL § 16 does not reach (aeldreloven-scope)"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = InfluenceRuleSets.frame

    /// Creates the facts from a validated bag.
    ///
    /// - Throws: `PolicyError` naming `facts.aeldrelovOffer` for contradictory facts.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        let facts = Facts(
            matter: try bag.required("matter"), setting: try bag.value("setting"),
            offerForChildrenOrYoungPeople: try bag.bool("offerForChildrenOrYoungPeople"),
            aeldrelovOffer: try bag.bool("aeldrelovOffer"))
        try facts.validate()
        return facts
    }

    /// What a frame says for the matter in one setting under one regime.
    enum Answer: Equatable {
        /// The frame has no entry.
        case hole
        /// An offer under ældreloven and a matter of the common: no statutory frame.
        case aeldrelovScope
        /// The entry (after the national floor) and the local entry it came from.
        case entry(InfluenceFrameEntry, local: InfluenceFrameEntry)

        func sameSay(as other: Answer) -> Bool {
            switch (self, other) {
            case (.hole, .hole), (.aeldrelovScope, .aeldrelovScope): true
            case (.entry(let a, _), .entry(let b, _)): a.sameSay(as: b)
            default: false
            }
        }
    }

    /// The setting at `index` (0–6), without building an array on the hot path.
    static func setting(at index: Int) -> InfluenceSetting {
        switch index {
        case 0: .botilbud
        case 1: .activityOffer
        case 2: .shelteredEmployment
        case 3: .socialcenter
        case 4: .drugTreatment
        case 5: .nursingHome
        default: .homeCare
        }
    }
    static let settingCount = 7

    /// The regime that reaches an offer in `setting` on `asOf`, or `nil` when it turns on the
    /// unknown `aeldrelovOffer`.
    static func regime(_ setting: InfluenceSetting, _ facts: Facts, aeldrelov: Bool?, asOf: CivilDate) -> InfluenceRegime? {
        if asOf >= InfluenceRuleSets.aeldrelovenDay && setting.canBeAeldrelovOffer {
            switch aeldrelov {
            case true?: return .aeldreloven
            case nil: return nil
            case false?: break
            }
        }
        if asOf >= InfluenceRuleSets.barnetsLovDay && facts.offerForChildrenOrYoungPeople == true { return .barnetsLov }
        return .serviceloven
    }

    static func answer(
        _ context: EvaluationContext, _ matter: InfluenceMatter, _ setting: InfluenceSetting, _ regime: InfluenceRegime,
        _ version: InfluencePolicyVersion
    ) -> Answer {
        guard let local = LocalInfluencePolicy.frame(context, matter, setting, version) else { return .hole }
        if regime == .aeldreloven && !matter.isOwnCase { return .aeldrelovScope }
        return .entry(local.respectingNationalFloor(matter, in: setting, regime: regime), local: local.translated(to: regime))
    }

    /// The answer in `setting`, or `nil` when it turns on the unknown `aeldrelovOffer`.
    static func resolve(
        _ context: EvaluationContext, _ facts: Facts, _ setting: InfluenceSetting, aeldrelov: Bool?,
        _ version: InfluencePolicyVersion
    ) -> (answer: Answer, regime: InfluenceRegime)? {
        if let regime = regime(setting, facts, aeldrelov: aeldrelov, asOf: context.asOf) {
            return (answer(context, facts.matter, setting, regime, version), regime)
        }
        let national: InfluenceRegime = facts.offerForChildrenOrYoungPeople == true ? .barnetsLov : .serviceloven
        let underSEL = answer(context, facts.matter, setting, national, version)
        let underAEL = answer(context, facts.matter, setting, .aeldreloven, version)
        return underSEL.sameSay(as: underAEL) ? (underSEL, national) : nil
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let lookup = LocalInfluencePolicy(e.context)
        if LocalInfluencePolicy.recordUnavailable(lookup, into: &e, openQuestion: { $0.openLegalQuestion = .localPolicyNotInForce }) {
            return
        }
        guard case .inForce(let version) = lookup else { return }
        let context = e.context
        let asOf = context.asOf
        let matter = facts.matter
        // Facts built in Swift are not validated by `facts(from:)`: a contradictory
        // `aeldrelovOffer` is treated as unknown (fail closed).
        let contradictory = (try? facts.validate()) == nil
        let aeldrelov: Bool? = contradictory ? nil : facts.aeldrelovOffer
        if contradictory {
            e.test(
                Citation(.ael, "2"), holds: nil,
                LocalizedText(
                    da: "Oplysningen om, at tilbuddet gives efter ældreloven, strider mod de andre oplysninger (tilbudstypen eller et tilbud til børn) og bruges ikke.",
                    en: "The statement that the offer is under ældreloven contradicts the other facts (the setting, or an offer to children) and is not used."))
        }

        // The answer: for a known setting directly; for an unknown one only if all settings agree.
        var chosen: (answer: Answer, regime: InfluenceRegime)?
        if let setting = facts.setting {
            chosen = resolve(context, facts, setting, aeldrelov: aeldrelov, version)
        } else {
            var agree = true
            var anyHole = false
            var allHoles = true
            var index = 0
            while index < settingCount {
                let setting = setting(at: index)
                index += 1
                // An offer known to be under ældreloven is in one of the elder-care settings.
                if aeldrelov == true && asOf >= InfluenceRuleSets.aeldrelovenDay && !setting.canBeAeldrelovOffer { continue }
                guard let result = resolve(context, facts, setting, aeldrelov: aeldrelov, version) else {
                    agree = false
                    allHoles = false
                    continue
                }
                if result.answer == .hole { anyHole = true } else { allHoles = false }
                if let first = chosen {
                    if !first.answer.sameSay(as: result.answer) { agree = false }
                } else {
                    chosen = result
                }
            }
            if allHoles {
                chosen = (.hole, .serviceloven)
            } else if !agree || anyHole {
                e.test(
                    Citation(version.document, "ramme"), holds: nil,
                    LocalizedText(
                        da: "Rammen for \"\(matter.rawValue)\" afhænger af tilbuddet; tilbudstypen er ikke oplyst.",
                        en: "The frame for \"\(matter.rawValue)\" depends on the setting, which is not given."))
                e.missing("setting")
                e.verdict.outcome = .undetermined
                return
            }
        }
        guard let chosen else {
            // The setting is known and the answer turns on whether the offer is under ældreloven.
            e.test(
                InfluenceFrameEntry.sel16, holds: nil,
                LocalizedText(
                    da: "Fra 1. juli 2025 når SEL § 16 ikke tilbud efter ældreloven (plejehjem, plejebolig, hjemmepleje efter ÆL § 10); en afgørelse efter SEL §§ 83, 83 a eller 86 truffet før den dag gælder dog til 1. juli 2027 (ÆL § 46, stk. 2). Det er ikke oplyst, efter hvilken lov tilbuddet gives.",
                    en: "From 1 July 2025 SEL § 16 does not reach offers under ældreloven (nursing homes, care dwellings, home care under ÆL § 10); a decision under SEL §§ 83, 83 a or 86 made before that day stays in force to 1 July 2027 (ÆL § 46, stk. 2). Which act the offer is under is not given."))
            e.cite(Citation(.ael, "46", stk: 2))
            e.missing("aeldrelovOffer")
            e.verdict.outcome = .undetermined
            return
        }
        let (result, regime) = chosen
        switch result {
        case .hole:
            e.test(
                Citation(version.document, "ramme"), holds: nil,
                LocalizedText(
                    da: "\(version.title) angiver ingen ramme for \"\(matter.rawValue)\" i dette tilbud.",
                    en: "\(version.title) sets no frame for \"\(matter.rawValue)\" in this setting."))
            e.verdict.values.openLegalQuestion = .frameHasNoEntry
            e.verdict.outcome = .undetermined
        case .aeldrelovScope:
            e.test(
                InfluenceFrameEntry.sel16, holds: false,
                LocalizedText(
                    da: "Tilbuddet gives efter ældreloven: SEL § 16 gælder kun brugere af tilbud efter serviceloven og når ikke tilbuddet, og ældreloven har ingen pligt til skriftlige retningslinjer for brugerindflydelse, brugerråd eller pårørenderåd i stedet.",
                    en: "The offer is under ældreloven: SEL § 16 covers only users of offers under serviceloven and does not reach it, and ældreloven has no duty to set written guidelines on user influence, user councils or relatives' councils in its place."))
            e.test(
                InfluenceFrameEntry.ael11, holds: nil,
                LocalizedText(
                    da: "Ældreloven § 11, stk. 2, nr. 4 giver modtageren selvbestemmelse og løbende indflydelse på hjælpen (egen sag), ikke på det fælles. Om kommunens politik efter SEL § 16 stadig gælder tilbuddet, må kommunen sige (åbent spørgsmål aeldreloven-scope).",
                    en: "Ældreloven § 11, stk. 2, nr. 4 gives the recipient self-determination and continuous influence on the help (one's own case), not on the common. Whether the municipality's SEL § 16 policy still governs the offer is for the municipality to say (open question aeldreloven-scope)."))
            e.verdict.values.openLegalQuestion = .aeldrelovenScope
            e.verdict.outcome = .undetermined
        case .entry(let entry, let local):
            record(entry, local: local, regime: regime, facts: facts, aeldrelov: aeldrelov, version: version, into: &e)
        }
    }

    static func record<R: Recorder>(
        _ entry: InfluenceFrameEntry, local: InfluenceFrameEntry, regime: InfluenceRegime, facts: Facts, aeldrelov: Bool?,
        version: InfluencePolicyVersion, into e: inout Evaluation<Values, R>
    ) {
        let matter = facts.matter
        let asOf = e.context.asOf
        let raised = entry.degree != local.degree

        // The form and its statutory basis, in the act that reaches the offer.
        if entry.form == .ownCase {
            e.test(
                InfluenceFrameEntry.rsl4, holds: true,
                LocalizedText(
                    da: "Forholdet angår brugerens egen sag og eget liv: indflydelse på egen sag (retssikkerhedsloven § 4 – borgeren skal kunne medvirke ved behandlingen af sin sag).",
                    en: "The matter is the user's own case and life: influence on one's own case (RSL § 4 – the citizen must be able to take part in the handling of the case)."))
            if regime == .aeldreloven {
                e.test(
                    InfluenceFrameEntry.ael11, holds: true,
                    LocalizedText(
                        da: "Hjælpen gives efter ældreloven: den tilrettelægges ud fra modtagerens selvbestemmelse og løbende indflydelse på hjælpen (ÆL § 11, stk. 2, nr. 4); ældreloven har ingen handleplan.",
                        en: "The help is under ældreloven: it is organised from the recipient's self-determination and continuous influence on the help (ÆL § 11, stk. 2, nr. 4); ældreloven has no handleplan."))
            }
        } else if regime == .barnetsLov {
            e.test(
                InfluenceFrameEntry.bl16, holds: true,
                LocalizedText(
                    da: "Forholdet angår det fælles i et tilbud til børn, unge eller familier: fra 1. januar 2024 skal kommunen efter barnets lov § 16 sikre brugerne indflydelse på tilbuddenes tilrettelæggelse og udnyttelse og fastsætte skriftlige retningslinjer (serviceloven gælder kun personer over 18 år, SEL § 2, stk. 1).",
                    en: "The matter is the common in an offer to children, young people or families: from 1 January 2024 barnets lov § 16 obliges the municipality to give users influence on how offers are organised and used and to set written guidelines (serviceloven covers only persons aged 18 or over, SEL § 2, stk. 1)."))
        } else {
            let childUnknown = asOf >= InfluenceRuleSets.barnetsLovDay && facts.offerForChildrenOrYoungPeople == nil
            e.test(
                InfluenceFrameEntry.sel16, holds: true,
                childUnknown
                    ? LocalizedText(
                        da: "Forholdet angår det fælles: kommunen skal sikre brugerne indflydelse på tilbuddenes tilrettelæggelse og udnyttelse og fastsætte skriftlige retningslinjer – efter SEL § 16 for tilbud til voksne, efter barnets lov § 16 (samme pligt) for tilbud til børn, unge og familier; hvilken af dem, er ikke oplyst, men svaret er det samme.",
                        en: "The matter is the common: the municipality must give users influence on how offers are organised and used and set written guidelines – under SEL § 16 for offers to adults, under barnets lov § 16 (the same duty) for offers to children, young people and families; which one is not given, but the answer is the same.")
                    : LocalizedText(
                        da: "Forholdet angår det fælles: kommunen skal sikre brugerne indflydelse på tilbuddenes tilrettelæggelse og udnyttelse og fastsætte skriftlige retningslinjer (SEL § 16).",
                        en: "The matter is the common: the municipality must give users influence on how offers are organised and used and set written guidelines (SEL § 16)."))
            if childUnknown { e.cite(InfluenceFrameEntry.bl16) }
            if aeldrelov == nil && asOf >= InfluenceRuleSets.aeldrelovenDay && (facts.setting?.canBeAeldrelovOffer ?? false) {
                e.test(
                    InfluenceFrameEntry.sel16, holds: nil,
                    LocalizedText(
                        da: "Gives tilbuddet efter ældreloven, når SEL § 16 det ikke; det er ikke oplyst, men ændrer ikke svaret her.",
                        en: "If the offer is under ældreloven, SEL § 16 does not reach it; that is not given but does not change this answer."))
            }
        }
        if facts.aeldrelovOffer == true && asOf < InfluenceRuleSets.aeldrelovenDay {
            e.test(
                InfluenceFrameEntry.sel16, holds: true,
                LocalizedText(
                    da: "Ældreloven træder først i kraft 1. juli 2025 (ÆL § 45); før den dag gives tilbuddet efter serviceloven, og SEL § 16 gælder.",
                    en: "Ældreloven takes effect only on 1 July 2025 (ÆL § 45); before that day the offer is under serviceloven and SEL § 16 applies."))
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
            e.test(
                InfluenceFrameEntry.nationalFloorBasis(matter, regime: regime), holds: true,
                LocalizedText(
                    da: "Kommunens ramme ligger under det, biblioteket læser som lovens mindste indflydelse på forholdet (for handleplanen en bør-regel: planen bør så vidt muligt udarbejdes i samarbejde med borgeren); en lokal politik kan ikke fjerne en lovsikret indflydelse, så graden er \(entry.degree.danishName).",
                    en: "The municipality's frame is below what the library reads as the law's least say on the matter (for the handleplan a should-rule: the plan should as far as possible be made with the citizen); a local policy cannot remove statutory influence, so the degree is \(entry.degree.englishName)."))
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
