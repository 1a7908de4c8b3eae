import SocialPolicyCore

/// The facts the rules read that are derived from enums, lists and finer or coarser facts:
/// computed once per evaluation into the three-valued masks.
package enum Derive {
    /// The 7 situations of § 126 a (to 2019).
    @inline(__always)
    static func onList2013(_ situation: HygieneSituation) -> Bool {
        switch situation {
        case .toothBrushing, .shaving, .hairWashBathOrClothes, .hairOrNailCutting, .diaperChange, .skinCare, .mouthFoodRemoval: true
        case .other, .handWashing, .earNoseObjectRemoval, .woundCare: false
        }
    }

    /// ÆL §§ 10, 16 and 17 (the help that counts for §§ 136 and 136 b), as bits of
    /// `Facts.aeldrelovHelpBits`.
    static let aeldrelov24ab: UInt8 = 0b11001

    /// Whether a representative of this kind counts on `date` for an objection or an agreement
    /// under §§ 136 e–136 f: a værge always; a fremtidsfuldmægtig from 2017-10-01 (§ 129, stk. 3);
    /// a nær pårørende med attest from LBK 1129/2025 (2025-09-22).
    @inline(__always)
    package static func counts(_ representative: Representative, regime: CoercionRegime) -> Bool {
        switch representative {
        case .none: false
        case .guardian: true
        case .futureAttorney: regime >= .r2017c
        case .closeRelativeWithAttest: regime >= .r2025c
        }
    }

    /// Every fact the rules read, three-valued, for `facts` on a date of `regime`.
    @inline(__always)
    package static func facts(_ facts: CoercionQuestion.Facts, regime: CoercionRegime) -> TriState {
        var t = facts.bits
        // Consent: the rules apply to a person who does not consent; an objection is refusing or
        // passivity.
        if let consent = facts.consent {
            t[.notConsenting] = consent != .valid
            t[.noObjection] = consent == .unable
        }
        // The target groups' help (§§ 124 a, 136, 136 b); ældreloven help from 2025-07-01.
        let sel = t[.receivesQualifyingHelp]
        if regime >= .r2025b {
            let kap24: Bool? = facts.aeldrelovHelpBits.map { $0 != 0 }
            let ab: Bool? = facts.aeldrelovHelpBits.map { $0 & aeldrelov24ab != 0 }
            t[.aelKap24] = kap24
            t[.ael24ab] = ab
            t[.helpKap24] = sel.or(kap24)
            t[.help24ab] = sel.or(ab)
        } else {
            t[.helpKap24] = sel
            t[.help24ab] = sel
        }
        // An objection by the representative (§ 136 e, stk. 2–3): none without a representative.
        if let objects = t[.representativeObjects] {
            t[.representativeNoObjection] = !objects
        } else if facts.representative == Representative.none {
            t[.representativeNoObjection] = true
        }
        // Capacity to consent: `unable` means the person cannot consent.
        t[.lacksCapacity] = facts.consent == .unable ? true : t[.lacksCapacityToConsent]
        // The finer facts of L 188, implied by the coarser ones when those are true.
        t[.imminentRiskOfAnyInjury] = t[.imminentRiskOfInjury] ?? (t[.imminentRiskOfSeriousInjury] == true ? true : nil)
        t[.transgressiveAny] = t[.transgressiveOrConflictBehaviour] ?? (t[.severelyTransgressiveBehaviour] == true ? true : nil)
        // Hygiene lists.
        if let situation = facts.hygieneSituation {
            t[.hygieneOnList2013] = onList2013(situation)
            t[.hygieneOnList2020] = situation != .other
        }
        // Belt purposes.
        let fallOnly = t[.purposeIsFallPreventionOnly]
        t[.purposeFallLegacy] = fallOnly ?? facts.beltPurpose.map { $0 == .fall }
        if let purpose = facts.beltPurpose {
            t[.purposeFall] = purpose == .fall
            t[.purposeSittingOrSudden] = purpose == .sittingPosition || purpose == .suddenMovements
            t[.purposeEnableAction] = purpose == .enableAction
        } else if fallOnly == true {
            t[.purposeFall] = true
            t[.purposeSittingOrSudden] = false
            t[.purposeEnableAction] = false
        } else if fallOnly == false {
            t[.purposeFall] = false
        }
        // Door openers.
        t[.placeOuterDoor] = facts.doorOpenerPlace.map { $0 == .outerDoor }
        // Welfare technology: on the list as used (the host's summary, or kind and use).
        let listed = t[.technologyOnApprovedList]
        if let listed {
            t[.technologyListed] = listed
        } else if regime >= .r2020, let kind = facts.welfareTechnologyKind {
            if !WelfareTechnologyList.lists(kind, regime: regime) {
                t[.technologyListed] = false
            } else if let use = facts.welfareTechnologyUse {
                t[.technologyListed] = WelfareTechnologyList.allows(use)
            }
        }
        t[.kindSeizure] = facts.welfareTechnologyKind.map { $0 == .seizureAlarm }
        t[.kindCamera] = facts.welfareTechnologyKind.map { $0 == .cameraCheck } ?? (listed == true ? false : nil)
        // Visit restrictions.
        if let area = facts.restrictedArea {
            t[.areaCommon] = area == .commonAreas
            t[.areaPrivate] = area == .privatePartDuringHelp
        }
        if let behaviour = facts.visitorBehaviour {
            t[.visitorBehaviourListed] = behaviour != .none
            t[.visitorBehaviourSerious] = behaviour == .violenceOrDanger || behaviour == .harassment
        }
        return t
    }
}
