import SocialPolicyCalendar
import SocialPolicyCore

extension LegalInstrument {
    /// The same instrument under another citation source: the complaints area's first codes
    /// (`Ombudsmandsloven`, `Socialtilsyn`, `Lov nr. 493/2013`) stay citable and matchable, and
    /// each still resolves to the act that holds the text.
    ///
    /// Under a policy-style code (`Lov nr. 493/2013 ikrafttræden 1. juli 2013`, `Socialtilsyn
    /// whistleblowerordning`) the citation names no section of the act, so the instrument is
    /// given without its number (its title then starts with the act's name) and the provision
    /// tables, which list sections, are not consulted for it.
    package func citedAs(_ source: Citation.Source, role: Role? = nil) -> LegalInstrument {
        let sectioned = source.kind == .statute
        return LegalInstrument(
            kind, number: sectioned ? number : nil, issued: issued, appliesFrom: appliesFrom,
            title: sectioned ? title : "\(name): \(title)", url: url, contains: source, role: role ?? self.role)
    }

    /// LOV 1711/2018 (Familieretshuset), in force 2019-04-01; § 13 amends SEL §§ 129–134 so that
    /// Familieretshuset decides admissions without consent (lovguiden.dk [S]; the copy holds
    /// only the sections the act inserts).
    package static let lov1711_2018 = LegalInstrument(
        .act, number: 1711, issued: CivilDate(2018, 12, 27), appliesFrom: CivilDate(2019, 4, 1),
        title: "Lov om ændring af forældreansvarsloven, lov om ægteskabs indgåelse og opløsning og forskellige andre love (Ændringer som følge af lov om Familieretshuset …)",
        url: eli(2018, 1711), contains: .familieretshus2019)

    /// Ankestyrelsen's published table for letters posted from 2016-07-01 until the 2018 guidance
    /// (Monday, Tuesday, Friday + 5 days; Wednesday + 7; Thursday + 6; Quickbrev 2 days)
    /// [S: ast.dk 2016 version, archived; cff.dk 13.07.2016].
    package static let astKlagefrister2016 = LegalInstrument(
        .guidance, number: nil, issued: CivilDate(2016, 7, 1),
        title: "Ankestyrelsen, klagefrister: breve afsendt fra 1. juli 2016 (ast.dk, arkiveret)",
        url: "https://ast.dk/for-borgere-med-en-klagesag/klagefrister", contains: .ankestyrelsenKlagefrister)

    /// FOB 2007.399 (7 September 2007): a decision sent by A-post is normally taken to arrive the
    /// day after posting, given a reliable dating and posting routine [S: as summarised in the
    /// law notes; the statement is not in the copy of retsinformation].
    package static let fob2007_399 = LegalInstrument(
        .ombudsmanStatement, number: nil, issued: CivilDate(2007, 9, 7),
        title: "FOB 2007.399: modtagelse af afgørelse sendt med A-post", url: nil, contains: .fob)
}

/// The instruments the complaint rules rest on, and the RSL executive orders' numbering.
package enum ComplaintInstruments {
    /// Every RSL executive order from 2013 on, each repealing the one before (in-force day in
    /// its last section).
    static let orders: [LegalInstrument] = [
        .bek1433_2012, .bek557_2013, .bek722_2013, .bek1221_2014, .bek194_2015, .bek1012_2015, .bek1128_2015,
        .bek1020_2016, .bek1338_2016, .bek1249_2017, .bek227_2019, .bek1630_2019, .bek993_2020, .bek1846_2020,
        .bek457_2021, .bek897_2021, .bek1152_2021, .bek307_2023, .bek1085_2023, .bek1382_2023, .bek171_2024,
        .bek306_2024, .bek861_2025,
    ]

    static let rsl: [LegalInstrument] = [
        .lbk930_2012, .lov493_2013, .lbk983_2013, .lbk1019_2014, .lbk1052_2015, .lbk1345_2016, .lbk1096_2017,
        .lbk188_2018, .lbk1064_2018, .lbk826_2019, .lov498_2019_rsl, .lbk1555_2020, .lbk1647_2021, .lbk95_2022,
        .lbk265_2022, .lbk1109_2023, .lbk261_2024, .lbk354_2025,
    ]

    static let sel: [LegalInstrument] = [
        .lbk810_2012, .lbk1093_2013, .lbk254_2014, .lbk1053_2015, .lbk1270_2016, .lov1543_2016, .lbk369_2017,
        .lov661_2017, .lbk988_2017, .lbk102_2018, .lov221_2018, .lov707_2018, .lbk1114_2018, .lov498_2019,
        .lbk798_2019, .lov1421_2019, .lbk1287_2020, .lbk1548_2021, .lbk1089_2023, .lbk67_2024, .lov680_2024,
        .lbk909_2024, .lov1703_2024, .lbk155_2025, .lov407_2025, .lbk1129_2025,
    ]

    static let stl: [LegalInstrument] = [
        .lov608_2013, .lbk1054_2015, .lbk124_2016, .lbk70_2017, .lbk42_2018, .lbk1109_2022, .lbk908_2024,
        .lbk236_2025, .lov745_2025, .lbk242_2026,
    ]

    static let ombl: [LegalInstrument] = [.lov473_1996, .lbk349_2013]

    static let ksl: [LegalInstrument] = [
        .lbk885_2012, .lbk971_2013, .lbk186_2014, .lbk769_2015, .lbk318_2017, .lbk2_2018, .lbk1031_2018, .lbk47_2019,
        .lbk69_2024, .lbk13_2026,
    ]

    /// All of them, with the area's first codes resolving to the same acts.
    static let all: [LegalInstrument] =
        rsl + orders + sel + [.lov721_2023, .lov1690_2024, .lbk282_2025]
        + [.lbk988_2012, .lov638_2013, .lbk433_2014, .lov503_2018] + ombl + ombl.map { $0.citedAs(.ombudsmandsloven) } + ksl
        + stl + stl.map { $0.citedAs(.socialtilsyn) } + [.lov1651_2024, .lov1649_2025]
        + [LegalInstrument.lov493_2013.citedAs(.klagestruktur2013, role: .text), .lov1711_2018, .astKlagefrister2016, .fob2007_399]
        + LegalInstrument.calendarInstruments

    /// The instruments of a rule-set version from `start` to `end`.
    static func version(from start: CivilDate, to end: CivilDate?) -> [LegalInstrument] {
        LegalInstrument.inForce(all, from: start, to: end)
    }
}

/// A provision of an executive order, as cited: section, stk., nr.
struct OrderProvision: Sendable {
    let section: String
    let stk: Int?
    let nr: Int?

    init(_ section: String, stk: Int? = nil, nr: Int? = nil) {
        self.section = section
        self.stk = stk
        self.nr = nr
    }
}

/// How one RSL executive order numbers the reconsideration rules (read in each order's text):
/// the 4-week reconsideration, the 14 days in notice cases, the new decision after medhold, the
/// sequence after partial medhold, the forwarding of an upheld decision, and the decisions that
/// are not reconsidered.
package struct ReconsiderationOrder: Sendable {
    /// The order.
    package let instrument: LegalInstrument
    /// Reconsideration within 4 weeks of receiving the complaint.
    let reconsider: OrderProvision
    /// 14 days in cases under the varslingspligt of SEL § 3 a (BEK 1249/2017 →).
    let notice: OrderProvision?
    /// BL § 11 cases in the 14 days too (BEK 1382/2023 →).
    let noticeCoversBarnetsLov: Bool
    /// A new decision within 4 weeks after full or partial medhold.
    let newDecision: OrderProvision
    /// Partial medhold: the citizen says within 4 weeks whether the complaint stands; forwarding
    /// within 14 days of that.
    let partial: OrderProvision
    /// An upheld decision forwarded within 4 weeks, the citizen told.
    let upheld: OrderProvision
    /// Børn og unge-udvalg decisions are not reconsidered but sent on at once.
    let noReconsiderationChild: OrderProvision
    /// Admissions without consent are not reconsidered but sent on at once.
    let noReconsiderationAdmission: OrderProvision

    /// The order's own citation source (`BEK 1249/2017`), built once.
    let source: Citation.Source

    init(
        instrument: LegalInstrument, reconsider: OrderProvision, notice: OrderProvision?, noticeCoversBarnetsLov: Bool,
        newDecision: OrderProvision, partial: OrderProvision, upheld: OrderProvision,
        noReconsiderationChild: OrderProvision, noReconsiderationAdmission: OrderProvision
    ) {
        self.instrument = instrument
        self.reconsider = reconsider
        self.notice = notice
        self.noticeCoversBarnetsLov = noticeCoversBarnetsLov
        self.newDecision = newDecision
        self.partial = partial
        self.upheld = upheld
        self.noReconsiderationChild = noReconsiderationChild
        self.noReconsiderationAdmission = noReconsiderationAdmission
        self.source = instrument.ownSource
    }

    /// The provision's citation in this order (`BEK 1249/2017 § 12, stk. 3`).
    func cite(_ provision: OrderProvision) -> Citation {
        Citation(source, provision.section, stk: provision.stk, nr: provision.nr)
    }

    /// The orders' numbering, oldest first.
    static let all: [ReconsiderationOrder] = {
        func old(_ instrument: LegalInstrument) -> ReconsiderationOrder {
            // BEK 1433/2012 and 557/2013: §§ 13–15.
            ReconsiderationOrder(
                instrument: instrument, reconsider: OrderProvision("14", stk: 1), notice: nil, noticeCoversBarnetsLov: false,
                newDecision: OrderProvision("15", stk: 1), partial: OrderProvision("15", stk: 2),
                upheld: OrderProvision("15", stk: 3), noReconsiderationChild: OrderProvision("13", stk: 1),
                noReconsiderationAdmission: OrderProvision("13", stk: 2))
        }
        func twelve(_ instrument: LegalInstrument, notice: Bool) -> ReconsiderationOrder {
            // BEK 722/2013 … 993/2020: §§ 11–13 (14 days in § 3 a cases from BEK 1249/2017: § 12,
            // stk. 3 and § 13, stk. 4).
            ReconsiderationOrder(
                instrument: instrument, reconsider: OrderProvision("12", stk: 1),
                notice: notice ? OrderProvision("12", stk: 3) : nil, noticeCoversBarnetsLov: false,
                newDecision: OrderProvision("13", stk: 1), partial: OrderProvision("13", stk: 2),
                upheld: OrderProvision("13", stk: 3), noReconsiderationChild: OrderProvision("11", stk: 1),
                noReconsiderationAdmission: OrderProvision("11", stk: 2))
        }
        func shifted(_ instrument: LegalInstrument, by offset: Int) -> ReconsiderationOrder {
            // BEK 1846/2020 and 457/2021: §§ 12–14; BEK 897/2021: §§ 13–15.
            ReconsiderationOrder(
                instrument: instrument, reconsider: OrderProvision("\(12 + offset)", stk: 1),
                notice: OrderProvision("\(12 + offset)", stk: 3), noticeCoversBarnetsLov: false,
                newDecision: OrderProvision("\(13 + offset)", stk: 1), partial: OrderProvision("\(13 + offset)", stk: 2),
                upheld: OrderProvision("\(13 + offset)", stk: 3), noReconsiderationChild: OrderProvision("\(11 + offset)", stk: 1),
                noReconsiderationAdmission: OrderProvision("\(11 + offset)", stk: 2))
        }
        func single(_ instrument: LegalInstrument, barnetsLov: Bool) -> ReconsiderationOrder {
            // BEK 1152/2021 →: one rule, § 11, stk. 1 (new decision or forwarding), stk. 3 (14 days),
            // stk. 6 (no reconsideration); § 12 partial medhold.
            ReconsiderationOrder(
                instrument: instrument, reconsider: OrderProvision("11", stk: 1), notice: OrderProvision("11", stk: 3),
                noticeCoversBarnetsLov: barnetsLov, newDecision: OrderProvision("11", stk: 1), partial: OrderProvision("12"),
                upheld: OrderProvision("11", stk: 1), noReconsiderationChild: OrderProvision("11", stk: 6, nr: 1),
                noReconsiderationAdmission: OrderProvision("11", stk: 6, nr: 2))
        }
        return [
            old(.bek1433_2012), old(.bek557_2013),
            twelve(.bek722_2013, notice: false), twelve(.bek1221_2014, notice: false), twelve(.bek194_2015, notice: false),
            twelve(.bek1012_2015, notice: false), twelve(.bek1128_2015, notice: false), twelve(.bek1020_2016, notice: false),
            twelve(.bek1338_2016, notice: false),
            twelve(.bek1249_2017, notice: true), twelve(.bek227_2019, notice: true), twelve(.bek1630_2019, notice: true),
            twelve(.bek993_2020, notice: true),
            shifted(.bek1846_2020, by: 1), shifted(.bek457_2021, by: 1), shifted(.bek897_2021, by: 2),
            single(.bek1152_2021, barnetsLov: false), single(.bek307_2023, barnetsLov: false),
            single(.bek1085_2023, barnetsLov: false),
            single(.bek1382_2023, barnetsLov: true), single(.bek171_2024, barnetsLov: true),
            single(.bek306_2024, barnetsLov: true), single(.bek861_2025, barnetsLov: true),
        ]
    }()

    /// The order in force on `date` (the first one before 2013-01-01).
    package static func inForce(on date: CivilDate) -> ReconsiderationOrder {
        var result = all[0]
        for order in all where order.instrument.appliesFrom <= date { result = order }
        return result
    }

    /// The provision that makes forwarding 14 days in a notice case under the orders of 2018–2021
    /// (§ 13, stk. 4 and its shifts), or the single rule's stk. 3 from BEK 1152/2021.
    var noticeForwarding: OrderProvision? {
        guard let notice else { return nil }
        if newDecision.section == reconsider.section { return notice }
        return OrderProvision(newDecision.section, stk: 4)
    }
}
