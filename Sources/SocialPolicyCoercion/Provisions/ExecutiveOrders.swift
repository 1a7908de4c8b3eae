import SocialPolicyCore

// The magtanvendelsesbekendtgørelser, paragraph by paragraph: for each rule the library takes
// from an executive order, the paragraph that holds it in each executive order. Read beside
// the orders themselves (../shared/law/texts/<year>_<number>.json):
//
//   BEK 732/2012 (2012-07-01), 716/2013 (2013-07-01), 392/2014 (2014-05-01),
//   1140/2016 (2016-09-01), 839/2017 (2017-07-01), 1231/2017 (2018-01-01),
//   226/2019 (2019-04-01), 1239/2019 (2020-01-01), 839/2024 (2024-07-01),
//   1411/2024 (2025-01-01) — each date its own in-force section.
//
// `nil` means the order has no such rule.

/// A rule the library takes from the executive order in force.
package enum BekRule: UInt8, Sendable {
    /// Reassess at the latest 8 months after the decision: § 125 stk. 1 and 3, § 127 (to 2019).
    case reassess8Months
    /// Reassess a belt at the latest 18 months after KB's latest decision (to 2024-06-30).
    case reassessBelt
    /// An alarm decision for the dementia group after an objection may be without time limit (to 2019).
    case alarmUnlimited
    /// The exhaustive list of hygiene situations for § 126 a (to 2019).
    case hygieneList2013
    /// § 126 a: up to 3 months, extendable to 6 in all (to 2019).
    case hygieneDuration2013
    /// § 125: valid 12 months (2020) / up to 12 months (2024-07-01 →).
    case doorOpenerDuration
    /// § 128: up to 18 months (2024-07-01 →).
    case beltDuration
    /// § 128 b, stk. 1 (camera checks): up to 12 months (2025 →).
    case cameraDuration
    /// § 128 b (stk. 2 from 2024-07-01): valid 12 / up to 12 months.
    case welfareDuration
    /// § 128 b for the 24 b group: without time limit.
    case welfareUnlimited
    /// Only listed welfare technology as coercion.
    case welfareListOnly
    /// § 128 c: valid 12 / up to 12 months.
    case lockDuration
    /// § 128 d: up to 12 months.
    case commonRoomDuration
    /// § 128 e: up to 12 months.
    case serviceAreaDuration
    /// § 128 f: up to 12 months.
    case outdoorGateDuration
    /// § 128 g: up to 12 months.
    case cupboardDuration
    /// § 128 h: up to 12 months.
    case homeDoorDuration
    /// § 136 a, stk. 3: valid 12 / up to 12 months.
    case hygieneDecisionDuration
    /// The exhaustive list of hygiene situations for § 136 a (2020 →).
    case hygieneList2020
    /// Register a lawful measure (to 2019: at the latest the day after).
    case registerLawful
    /// Report registered lawful measures (to 2019: monthly).
    case reportLawful
    /// Register force without basis, a breach, nødværge/nødret.
    case registerBreach
    /// Report it (to 2019: at once and at the latest on the 3rd day; 2020 →: monthly).
    case reportBreach
    /// Register an act (2020 →: at the latest 3 days after).
    case registerAct
    /// Report registered acts (2020 →: monthly).
    case reportAct
    /// Register and report a decision-based measure at the latest when the decision ends (2024-07-01 →).
    case registerDecisionBased
    /// Register and report at once when the person strongly resists (2024-07-01 →).
    case registerResists
    /// Register a move by the end of the month it began.
    case registerMove
    /// Report registered moves quarterly.
    case reportMove
    /// Tell the person of Folketingets § 71-tilsyn.
    case inform71

    /// Where `order` holds the rule: the paragraph and its stk. (0: the paragraph has one).
    package func paragraph(in order: CiteSource) -> (section: StaticString, stk: Int8)? {
        switch order {
        case .bek732_2012, .bek716_2013, .bek392_2014, .bek1140_2016:
            return switch self {
            case .reassess8Months: ("8", 1)
            case .reassessBelt: ("8", 2)
            case .alarmUnlimited: ("3", 2)
            case .hygieneList2013: ("4", 1)
            case .hygieneDuration2013: ("4", 4)
            case .registerBreach: ("10", 1)
            case .reportBreach: ("10", 2)
            case .registerLawful: ("11", 1)
            case .reportLawful: ("11", 2)
            case .registerMove: ("12", 1)
            case .reportMove: ("12", 2)
            case .inform71: ("15", 0)
            default: nil
            }
        case .bek839_2017:
            return switch self {
            case .reassess8Months: ("8", 1)
            case .reassessBelt: ("8", 2)
            case .alarmUnlimited: ("3", 2)
            case .hygieneList2013: ("4", 1)
            case .hygieneDuration2013: ("4", 4)
            case .registerBreach: ("11", 1)
            case .reportBreach: ("11", 3)
            case .registerLawful: ("12", 1)
            case .reportLawful: ("12", 3)
            case .registerMove: ("14", 1)
            case .reportMove: ("14", 2)
            case .inform71: ("17", 0)
            default: nil
            }
        case .bek1231_2017, .bek226_2019:
            return switch self {
            case .reassess8Months: ("8", 1)
            case .reassessBelt: ("8", 2)
            case .alarmUnlimited: ("3", 2)
            case .hygieneList2013: ("4", 1)
            case .hygieneDuration2013: ("4", 4)
            case .registerBreach: ("12", 1)
            case .reportBreach: ("12", 3)
            case .registerLawful: ("13", 1)
            case .reportLawful: ("13", 4)
            case .registerMove: ("15", 1)
            case .reportMove: ("15", 2)
            case .inform71: ("18", 0)
            default: nil
            }
        case .bek1239_2019:
            return switch self {
            case .doorOpenerDuration: ("3", 1)
            case .reassessBelt: ("4", 1)
            case .welfareDuration: ("5", 1)
            case .welfareUnlimited: ("5", 2)
            case .welfareListOnly: ("5", 3)
            case .lockDuration: ("6", 1)
            case .hygieneDecisionDuration: ("7", 1)
            case .hygieneList2020: ("7", 2)
            case .registerAct: ("16", 1)
            case .reportAct: ("16", 3)
            case .registerBreach: ("18", 1)
            case .reportBreach: ("18", 3)
            case .registerMove: ("20", 1)
            case .reportMove: ("20", 2)
            case .inform71: ("21", 0)
            default: nil
            }
        case .bek839_2024:
            return switch self {
            case .doorOpenerDuration: ("3", 1)
            case .beltDuration: ("4", 0)
            case .welfareDuration: ("5", 1)
            case .welfareUnlimited: ("5", 2)
            case .welfareListOnly: ("5", 3)
            case .lockDuration: ("6", 1)
            case .commonRoomDuration: ("7", 1)
            case .serviceAreaDuration: ("8", 1)
            case .outdoorGateDuration: ("9", 1)
            case .hygieneDecisionDuration: ("10", 1)
            case .hygieneList2020: ("10", 2)
            case .registerAct, .reportAct: ("18", 1)
            case .registerDecisionBased: ("18", 2)
            case .registerResists: ("18", 4)
            case .registerBreach: ("20", 1)
            case .reportBreach: ("20", 3)
            case .registerMove: ("22", 1)
            case .reportMove: ("22", 2)
            case .inform71: ("23", 0)
            default: nil
            }
        case .bek1411_2024:
            return switch self {
            case .doorOpenerDuration: ("3", 1)
            case .beltDuration: ("4", 0)
            case .cameraDuration: ("5", 0)
            case .welfareDuration: ("6", 1)
            case .welfareUnlimited: ("6", 2)
            case .welfareListOnly: ("6", 3)
            case .lockDuration: ("7", 1)
            case .commonRoomDuration: ("8", 1)
            case .serviceAreaDuration: ("9", 1)
            case .outdoorGateDuration: ("10", 1)
            case .cupboardDuration: ("11", 0)
            case .homeDoorDuration: ("12", 0)
            case .hygieneDecisionDuration: ("13", 1)
            case .hygieneList2020: ("13", 2)
            case .registerAct, .reportAct: ("21", 1)
            case .registerDecisionBased: ("21", 2)
            case .registerResists: ("21", 4)
            case .registerBreach: ("23", 1)
            case .reportBreach: ("23", 3)
            case .registerMove: ("25", 1)
            case .reportMove: ("25", 2)
            case .inform71: ("26", 0)
            default: nil
            }
        default:
            return nil
        }
    }

    /// The citation of the rule in the executive order in force in `regime` (the order's own
    /// section, e.g. `BEK 1411/2024 § 21, stk. 2`), or `nil` when that order has no such rule.
    package func cite(in regime: CoercionRegime) -> Cite? {
        let order = regime.executiveOrder
        guard let (section, stk) = paragraph(in: order) else { return nil }
        return Cite(order, section, stk: stk)
    }
}

/// The minister's lists of safety-creating welfare technology (SEL § 128 a), by date.
package enum WelfareTechnologyList {
    package static let bek87From = CivilDate(2021, 2, 1)
    package static let bek13From = CivilDate(2022, 2, 1)
    package static let bek402From = CivilDate(2023, 5, 1)

    /// The list in force on `date` (from 2020-01-01) and the paragraph that lists the kinds.
    package static func cite(on date: CivilDate, regime: CoercionRegime) -> Cite {
        if regime >= .r2025 { return Cite(.bek1412_2024, "2", stk: 1) }
        if date >= bek402From { return Cite(.bek402_2023, "1") }
        if date >= bek13From { return Cite(.bek13_2022, "1") }
        if date >= bek87From { return Cite(.bek87_2021, "1") }
        return Cite(.bek1412_2019, "1")
    }

    /// The paragraph on how the technology is used: BEK 1412/2024 § 2, stk. 2 from 2025 (a
    /// reactive alarm or time-limited digital supervision); before, the list itself, whose kinds
    /// are alarms that notify and localisation on request in a predefined situation.
    package static func useCite(on date: CivilDate, regime: CoercionRegime) -> Cite {
        regime >= .r2025 ? Cite(.bek1412_2024, "2", stk: 2) : cite(on: date, regime: regime)
    }

    /// Whether `kind` is on the list in force (from 2020-01-01; `nil` before: no list).
    ///
    /// 2020-01-01 … 2024-12-31 (BEK 1412/2019, 87/2021, 13/2022, 402/2023 § 1): exit alarms or
    /// signal givers (nr. 1), fall and seizure alarms — systems that signal activity or
    /// inactivity, movement or movement patterns (nr. 2) — and localisation on request (nr. 3).
    /// 2025-01-01 → (BEK 1412/2024 § 2, stk. 1): monitoring of movement and bodily reactions
    /// (exit, fall and seizure alarms are sensors of that kind), of sound, of video or image
    /// without a recognisable picture, and localisation; not camera checks (§ 1, stk. 3).
    package static func lists(_ kind: WelfareTechnologyKind, regime: CoercionRegime) -> Bool {
        switch kind {
        case .exitAlarm, .fallAlarm, .seizureAlarm, .localisationTracking, .movementMonitoring: true
        case .soundMonitoring, .imageMonitoring: regime >= .r2025
        case .cameraCheck, .other: false
        }
    }

    /// Whether `use` is a use the lists allow: a reactive alarm or a time-limited check (BEK
    /// 1412/2024 § 2, stk. 2; the 2020–2024 lists define alarms that signal and localisation on
    /// request). Continuous monitoring is on no list.
    package static func allows(_ use: WelfareTechnologyUse) -> Bool { use != .continuousMonitoring }
}
