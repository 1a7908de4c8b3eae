import SocialPolicyCore

// The map from intervention and date to provision — one table a lawyer can read. Each row is
// an intervention; each column a span of the regimes (``CoercionRegime``); each cell the
// provision (its ways, in the order they are tried) or "no legal basis" with the provision then
// in force. The provisions themselves are in Section*.swift, one file per section.
//
// | intervention                | 2013-01-01 → 2019-12-31            | 2020-01-01 → 2024-06-30         | 2024-07-01 → 2024-12-31              | 2025-01-01 →                              |
// |-----------------------------|------------------------------------|---------------------------------|--------------------------------------|-------------------------------------------|
// | alarm-tracking              | § 125 stk. 1; § 125 stk. 2 (n/a)   | § 128 b; § 136 e (n/a)          | § 128 b stk. 2; § 136 e; § 128 a stk. 3 | + § 128 b stk. 1 (camera, the nævn)   |
// | welfare-technology          | no basis (§ 125 stk. 1)            | as alarm-tracking               | as alarm-tracking                    | as alarm-tracking                         |
// | special-door-opener         | § 125 stk. 3                       | § 125 (stk. 1 nr. 1–3)          | § 125 (stk. 1 places, stk. 2 conditions) | same                                  |
// | hold-or-move                | § 126                              | § 124 d; § 136 d (24 b)         | § 136 d (24 b); § 124 d stk. 2       | § 124 d stk. 2                            |
// | retain-in-home              | § 127                              | § 124 d; § 136 d (24 b)         | as hold-or-move                      | § 124 d stk. 2                            |
// | hygiene-hold                | § 126 a                            | § 136 c (24 b); § 136 a stk. 3/1 (24 a) | same                         | same                                      |
// | restraint-belt              | § 128 (falls)                      | § 128 (falls)                   | § 128 (four purposes)                | same                                      |
// | admission-without-consent   | § 129 stk. 2 (guardian); stk. 1; stk. 3 → 4 (egen interesse, 2017-10-01) | § 136 f; § 129 stk. 1; stk. 2 | same | same                    |
// | admission-danger-to-others  | no basis to 2017-06-07; open to 2017-12-31; § 129 a | § 129 a             | § 129 a (no sindslidelse)            | same                                      |
// | discharge-from-botilbud     | no basis (§ 129)                   | no basis (§ 129)                | § 136 f; § 129 stk. 1, 2; § 129 a    | same                                      |
// | physical-guidance           | no basis (§ 126)                   | n/a § 124 b stk. 3              | n/a § 124 b stk. 4                   | same                                      |
// | averting-help               | no basis (§ 126)                   | § 124 c                         | same                                 | same                                      |
// | release-grip                | no basis (§ 126)                   | no basis (§ 124 d)              | § 124 d stk. 1                       | same                                      |
// | lock-doors-windows          | no basis (§ 125 stk. 3)            | § 128 c                         | same                                 | same                                      |
// | lock-common-room-door       | no basis (§ 125 stk. 3)            | no basis (§ 128 c stk. 2)       | § 128 d                              | same                                      |
// | secure-service-area         | no basis (§ 125 stk. 3)            | no basis (§ 125 stk. 1)         | § 128 e                              | same                                      |
// | lock-outdoor-gate           | no basis (§ 125 stk. 3)            | no basis (§ 125 stk. 1)         | § 128 f                              | same                                      |
// | lock-cupboards              | no basis (§ 124 a)                 | no basis (§ 124 a)              | no basis (§ 124 a)                   | § 128 g (the nævn)                        |
// | open-locked-home-door       | no basis (§ 124 a)                 | no basis (§ 124 a)              | no basis (§ 124 a)                   | § 128 h (the nævn)                        |
// | visit-restriction           | §§ 137 b, 137 c stk. 2             | same                            | same                                 | same                                      |
// | house-rules                 | no basis (§ 124 a)                 | n/a § 123                       | same                                 | same                                      |
// | other                       | outside the catalogue: denied      | same                            | same                                 | same                                      |

package enum RouteTable {
    // MARK: The provisions, as the ways tried in order

    static let alarm2013 = Provision([Section125.alarm, Section125.alarmNoObjection])
    static let welfare2020 = Provision([Section128b.welfare2020, Section136e.withoutObjection])
    static let welfare2024 = Provision([Section128b.welfare2024, Section136e.withoutObjection, Section128a.seizureAlarm])
    static let welfare2025 = Provision([Section128b.welfare2025, Section128b.cameraCheck, Section136e.withoutObjection, Section128a.seizureAlarm])
    static let door2013 = Provision([Section125.doorOpener2013])
    static let door2020 = Provision([Section125.doorOpener2020])
    static let door2024 = Provision([Section125.doorOpener2024])
    static let hold2013 = Provision([Section126.hold])
    static let hold2020 = Provision([Section124d.hold2020] + Section136d.hold2020)
    static let holdH2024 = Provision(Section136d.retain + Section124d.hold2024, primary: 2)
    static let hold2025 = Provision(Section124d.hold2024)
    static let retain2013 = Provision([Section127.retain])
    static let retain2020 = Provision([Section124d.retain2020] + Section136d.retain)
    static let hygiene2013 = Provision([Section126a.hygiene])
    static let hygiene2020 = Provision([Section136c.hygiene, Section136a.decision2020, Section136a.staff])
    static let hygiene2024 = Provision([Section136c.hygiene, Section136a.decision2024, Section136a.staff])
    static let belt2013 = Provision([Section128.fallPrevention2013])
    static let belt2024 = Provision(Section128.ways2024)
    static let admission2013 = Provision([Section129.guardianRoute, Section129.admission, Section129.egenInteresse2013], primary: 1)
    static let admission2017 = Provision([Section129.guardianRoute, Section129.admission, Section129.egenInteresse2017], primary: 1)
    static let admission2020 = Provision([Section136f.guardianRoute, Section129.admission, Section129.egenInteresse2020], primary: 1)
    static let danger2017 = Provision([Section129a.window])
    static let danger2018 = Provision([Section129a.dangerToOthers2018])
    static let danger2024 = Provision([Section129a.dangerToOthers2024])
    static let discharge2024 = Provision(
        [Section136f.guardianRoute, Section129.admission, Section129.egenInteresse2020, Section129a.dangerToOthers2024], primary: 1)
    static let averting = Provision([Section124c.averting])
    static let releaseGrip = Provision([Section124d.releaseGrip])
    static let lock2020 = Provision([Section128c.lock2020])
    static let lock2024 = Provision([Section128c.lock2024])
    static let commonRoom = Provision([Section128d.commonRoomDoor])
    static let serviceArea = Provision([Section128e.serviceArea])
    static let outdoorGate = Provision([Section128f.outdoorGate])
    static let cupboards = Provision([Section128g.cupboards])
    static let homeDoor = Provision(Section128h.ways)
    static let visit = Provision([Section137.commonAreas, Section137.privatePart], consentApplies: false)

    // MARK: The table

    /// Where `intervention` leads in `regime`.
    package static func route(_ intervention: Intervention, in regime: CoercionRegime) -> Route {
        let from2020 = regime >= .r2020
        let from2024 = regime >= .r2024
        let from2025 = regime >= .r2025
        switch intervention {
        case .other:
            return .outsideCatalogue
        case .alarmTracking:
            return .provision(from2025 ? welfare2025 : from2024 ? welfare2024 : from2020 ? welfare2020 : alarm2013)
        case .welfareTechnology:
            if !from2020 { return .noBasis(.sel("125", stk: 1), .notYet) }
            return .provision(from2025 ? welfare2025 : from2024 ? welfare2024 : welfare2020)
        case .specialDoorOpener:
            return .provision(from2024 ? door2024 : from2020 ? door2020 : door2013)
        case .holdOrMove:
            return .provision(from2025 ? hold2025 : from2024 ? holdH2024 : from2020 ? hold2020 : hold2013)
        case .retainInHome:
            return .provision(from2025 ? hold2025 : from2024 ? holdH2024 : from2020 ? retain2020 : retain2013)
        case .hygieneHold:
            return .provision(from2024 ? hygiene2024 : from2020 ? hygiene2020 : hygiene2013)
        case .restraintBelt:
            return .provision(from2024 ? belt2024 : belt2013)
        case .admissionWithoutConsent:
            return .provision(from2020 ? admission2020 : regime >= .r2017c ? admission2017 : admission2013)
        case .admissionDangerToOthers:
            if regime < .r2017a { return .noBasis(.sel("129", stk: 1), .notYet) }
            return .provision(from2024 ? danger2024 : regime >= .r2018 ? danger2018 : danger2017)
        case .dischargeFromBotilbud:
            return from2024 ? .provision(discharge2024) : .noBasis(.sel("129", stk: 1), .notYet)
        case .physicalGuidance:
            if !from2020 { return .noBasis(.sel("126"), .notYet) }
            return .notCoercion(.physicalGuidanceNotCoercion, from2024 ? Section124b.notCoercion2024 : Section124b.notCoercion2020)
        case .avertingHelp:
            return from2020 ? .provision(averting) : .noBasis(.sel("126"), .notYet)
        case .releaseGrip:
            if from2024 { return .provision(releaseGrip) }
            return .noBasis(from2020 ? .sel("124 d", stk: 1) : .sel("126"), .notYet)
        case .lockDoorsWindows:
            if !from2020 { return .noBasis(.sel("125", stk: 3), .notYet) }
            return .provision(from2024 ? lock2024 : lock2020)
        case .lockCommonRoomDoor:
            if from2024 { return .provision(commonRoom) }
            return .noBasis(from2020 ? .sel("128 c", stk: 2) : .sel("125", stk: 3), .notYet)
        case .secureServiceArea:
            if from2024 { return .provision(serviceArea) }
            return .noBasis(from2020 ? .sel("125", stk: 1) : .sel("125", stk: 3), .notYet)
        case .lockOutdoorGate:
            if from2024 { return .provision(outdoorGate) }
            return .noBasis(from2020 ? .sel("125", stk: 1) : .sel("125", stk: 3), .notYet)
        case .lockCupboards:
            return from2025 ? .provision(cupboards) : .noBasis(.sel("124 a"), .notYet)
        case .openLockedHomeDoor:
            return from2025 ? .provision(homeDoor) : .noBasis(.sel("124 a"), .notYet)
        case .visitRestriction:
            return .provision(visit)
        case .houseRules:
            return from2020 ? .notCoercion(.houseRulesNotCoercion, Section123.notCoercion) : .noBasis(Section123.noBasisBefore2020, .houseRules)
        }
    }
}
