import SocialPolicyCore

// The rule tables' vocabulary: a citation as static data (`Cite`), one condition of a
// provision (`Condition`), one way a provision can be met (`Way`), a provision as its ways
// (`Provision`) and where an intervention leads (`Route`). Everything here is plain data:
// texts are `StaticString`s, citations are turned into `Citation` values only when an
// explanation is recorded, and each way keeps its conditions also as two bit masks for the
// hot path.

/// The document a ``Cite`` points into.
package enum CiteSource: UInt8, Sendable {
    case sel, ael, strfl, fvl
    // The executive orders on magtanvendelse (own sections, cited as `BEK n/yyyy § x`).
    case bek732_2012, bek716_2013, bek392_2014, bek1140_2016, bek839_2017, bek1231_2017, bek226_2019
    case bek1239_2019, bek839_2024, bek1411_2024
    // The welfare-technology lists.
    case bek1412_2019, bek87_2021, bek13_2022, bek402_2023, bek1412_2024

    /// The instrument of an executive order (nil for the acts).
    package var instrument: LegalInstrument? {
        switch self {
        case .sel, .ael, .strfl, .fvl: nil
        case .bek732_2012: .bek732_2012
        case .bek716_2013: .bek716_2013
        case .bek392_2014: .bek392_2014
        case .bek1140_2016: .bek1140_2016
        case .bek839_2017: .bek839_2017
        case .bek1231_2017: .bek1231_2017
        case .bek226_2019: .bek226_2019
        case .bek1239_2019: .bek1239_2019
        case .bek839_2024: .bek839_2024
        case .bek1411_2024: .bek1411_2024
        case .bek1412_2019: .bek1412_2019
        case .bek87_2021: .bek87_2021
        case .bek13_2022: .bek13_2022
        case .bek402_2023: .bek402_2023
        case .bek1412_2024: .bek1412_2024
        }
    }

    /// The citation source.
    package var source: Citation.Source {
        switch self {
        case .sel: .sel
        case .ael: .ael
        case .strfl: .strfl
        case .fvl: .fvl
        default: instrument?.contains ?? .sel
        }
    }
}

/// A citation as static data: no string is built until an explanation wants it.
package struct Cite: Sendable {
    package let source: CiteSource
    package let section: StaticString
    /// The stk., or 0 for none.
    package let stk: Int8
    /// The nr., or 0 for none.
    package let nr: Int8

    package init(_ source: CiteSource, _ section: StaticString, stk: Int8 = 0, nr: Int8 = 0) {
        self.source = source
        self.section = section
        self.stk = stk
        self.nr = nr
    }

    /// A section of serviceloven.
    package static func sel(_ section: StaticString, stk: Int8 = 0, nr: Int8 = 0) -> Cite {
        Cite(.sel, section, stk: stk, nr: nr)
    }

    /// The citation value (allocates: only for explanations and values).
    package var citation: Citation {
        Citation(source.source, section.description, stk: stk == 0 ? nil : Int(stk), nr: nr == 0 ? nil : Int(nr))
    }
}

/// One condition of a way: the fact it reads, the value it needs, where the law says so and
/// what it says (a statement that holds when the condition is met).
package struct Condition: Sendable {
    package let fact: CoercionFact
    package let needed: Bool
    package let cite: Cite
    /// When the rule is in the executive order: its paragraph in the order in force (then
    /// ``cite`` is the section of the Act it serves).
    package let rule: BekRule?
    package let da: StaticString
    package let en: StaticString

    /// `fact` must be true.
    package init(_ fact: CoercionFact, _ cite: Cite, da: StaticString, en: StaticString) {
        self.init(fact, needed: true, cite, da: da, en: en)
    }

    /// `fact` must have the value `needed`.
    package init(_ fact: CoercionFact, needed: Bool, _ cite: Cite, rule: BekRule? = nil, da: StaticString, en: StaticString) {
        self.fact = fact
        self.needed = needed
        self.cite = cite
        self.rule = rule
        self.da = da
        self.en = en
    }

    /// `fact` must be true, by a rule of the executive order serving section `cite`.
    package init(_ fact: CoercionFact, _ cite: Cite, rule: BekRule, da: StaticString, en: StaticString) {
        self.init(fact, needed: true, cite, rule: rule, da: da, en: en)
    }

    /// Where the condition is, in `regime`: the executive order's paragraph, or the Act's section.
    package func cite(in regime: CoercionRegime) -> Cite { rule?.cite(in: regime) ?? cite }

    /// The condition's text.
    package var text: LocalizedText { LocalizedText(da: da.description, en: en.description) }
}

/// Who authorises a way; turned into the contract's `decidedBy` by date (``CoercionRegime``).
package enum Authority: UInt8, Sendable {
    /// Staff in the situation.
    case staff
    /// Kommunalbestyrelsen.
    case council
    /// The admission authority: det sociale nævn (to 2013-06-30), statsforvaltningen, from
    /// 2019-04-01 Familieretshuset.
    case admissionAuthority
    /// Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap (2025 →).
    case board
    /// The guardian route: KB when the representative agrees, otherwise the admission authority.
    case councilWithRepresentative
}

/// Which general conditions a way carries, besides its own.
package enum GeneralScope: UInt8, Sendable {
    /// None: the way is not about the person's own impairment (visit restrictions, seizure alarms).
    case none
    /// Kapitel 24 (§ 124 a): the whole target group.
    case kap24
    /// Kapitel 24 a (§ 136), from 2020.
    case kap24a
    /// Kapitel 24 b (§ 136 b), from 2020.
    case kap24b
}

/// How the law limits a decision's life.
package enum Duration: Sendable {
    /// No decision.
    case none
    /// KB fixes the period; no maximum; the executive order's reassessment deadline (months).
    case setByDecision(reassessMonths: Int8, reassess: BekRule)
    /// KB fixes the period; no maximum and no reassessment deadline.
    case setByDecisionOnly
    /// The executive order fixes the validity: *gælder i* N months.
    case fixed(months: Int8, rule: BekRule)
    /// The decision may last *op til* N months (an executive order's rule, or the Act's).
    case upTo(months: Int8, rule: BekRule)
    /// § 126 a: up to 3 months, extendable to 6 in all.
    case extendable(months: Int8, extendedMonths: Int8, rule: BekRule)
    /// §§ 137 b–d: the decision states its scope and duration; no limit.
    case statedInDecision
}

/// Which registration and reporting rules of the executive order apply to a use.
package enum Reporting: UInt8, Sendable {
    /// Not registered (not coercion; visit restrictions).
    case none
    /// An act by staff (acute; from 2020 every § 135 a act).
    case acute
    /// A measure under a KB (or nævn) decision.
    case decisionBased
    /// A move under §§ 129, 129 a, 136 f.
    case move
}

/// Duties beyond registration and reporting that a way brings.
package struct Duties: OptionSet, Sendable {
    package let rawValue: UInt16
    package init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The decision comes with klagevejledning (FVL § 25).
    package static let complaintGuidance = Duties(rawValue: 1 << 0)
    /// An advokat when used against the person's will (§ 132, stk. 1, nr. 1).
    package static let lawyerAgainstWill = Duties(rawValue: 1 << 1)
    /// An advokat always (§ 132, stk. 1, nr. 2: admissions).
    package static let lawyer = Duties(rawValue: 1 << 2)
    /// Tell the person of Folketingets § 71-tilsyn.
    package static let inform71 = Duties(rawValue: 1 << 3)
    /// § 136 a, stk. 2: a second use within 6 months obliges the leader to ask KB for a decision.
    package static let requestCouncilDecision = Duties(rawValue: 1 << 4)
    /// § 136 e, stk. 4: the person and the representative are told before use.
    package static let informRepresentative = Duties(rawValue: 1 << 5)
    /// § 136 e, stk. 5: the representative is heard on a § 128 b decision after an objection.
    package static let hearRepresentative = Duties(rawValue: 1 << 6)
    /// § 128 b, stk. 3: a clear indicator when the camera is on.
    package static let cameraIndicator = Duties(rawValue: 1 << 7)
    /// BEK 1412/2024 § 7: the conditions for artificial intelligence.
    package static let artificialIntelligence = Duties(rawValue: 1 << 8)
    /// §§ 137 b–d: the decision is addressed to the visitor and the resident; access to the
    /// private part secured (common areas); a provisional decision put for approval.
    package static let visitRestriction = Duties(rawValue: 1 << 9)
    /// §§ 129, 131: KB asks for a værge to be appointed when it makes an indstilling.
    package static let guardianAppointment = Duties(rawValue: 1 << 10)
}

/// What a way concludes when every condition holds.
package enum WayResult: Sendable, Equatable {
    case permitted
    case notCoercion(NotApplicableReason)
}

/// One way a provision can be met: its section, who decides, its conditions, the decision it
/// needs and how long that lasts, and what follows.
package struct Way: Sendable {
    package let section: SectionID
    package let result: WayResult
    package let authority: Authority
    package let general: GeneralScope
    /// Whether § 124, stk. 2–3 (stk. 3–4 from 2020) apply: every coercive way; not a way that
    /// concludes the measure is not coercion.
    package let coercive: Bool
    package let conditions: [Condition]
    /// The conditions as masks: facts needed true, facts needed false.
    package let needTrue: FactMask
    package let needFalse: FactMask
    package let requiresDecision: Bool
    package let duration: Duration
    /// Whether a decision of the 24 b group may be made without time limit.
    package let unlimitedAllowed: BekRule?
    /// The first day the section (or the section it continues) existed: a decision dated earlier
    /// was made under nothing and authorises nothing.
    package let firstDay: CivilDate?
    /// Whether a decision made before the era in force (2020-01-01, 2024-07-01) rests on
    /// sections since changed (false for §§ 137 a–d, unchanged since 2011).
    package let eraBound: Bool
    package let reporting: Reporting
    package let duties: Duties
    /// When the way's own start or content is not read: even met, it gives `undetermined`.
    package let openQuestion: CoercionOpenQuestion?

    package init(
        _ section: SectionID, result: WayResult = .permitted, by authority: Authority, general: GeneralScope = .kap24,
        coercive: Bool = true, conditions: [Condition], decision: Bool = false, duration: Duration = .none,
        unlimitedAllowed: BekRule? = nil, firstDay: CivilDate? = nil, eraBound: Bool = true,
        reporting: Reporting, duties: Duties = [], openQuestion: CoercionOpenQuestion? = nil
    ) {
        self.section = section
        self.result = result
        self.authority = authority
        self.general = general
        self.coercive = coercive
        self.conditions = conditions
        var needTrue = FactMask()
        var needFalse = FactMask()
        for condition in conditions {
            if condition.needed { needTrue.formUnion(FactMask(condition.fact)) } else { needFalse.formUnion(FactMask(condition.fact)) }
        }
        if decision { needTrue.formUnion(FactMask(.hasDecision)) }
        self.needTrue = needTrue
        self.needFalse = needFalse
        self.requiresDecision = decision
        self.duration = duration
        self.unlimitedAllowed = unlimitedAllowed
        self.firstDay = firstDay
        self.eraBound = eraBound
        self.reporting = reporting
        self.duties = duties
        self.openQuestion = openQuestion
    }
}

/// A provision as the ways it can be met. The first way in force that holds decides; a way
/// that permits wins over one that finds no coercion.
package struct Provision: Sendable {
    package let ways: [Way]
    /// The way shown when every way fails.
    package let primary: Int
    /// Whether the person's own consent matters (not for visit restrictions, addressed to the
    /// visitor, nor for seizure alarms, which are never coercion).
    package let consentApplies: Bool
    /// Every fact the ways' own conditions read, and whether some way needs a decision.
    package let reads: FactMask
    package let needsDecision: Bool
    package let reassesses: Bool

    package init(_ ways: [Way], primary: Int = 0, consentApplies: Bool = true) {
        self.ways = ways
        self.primary = primary
        self.consentApplies = consentApplies
        var reads = FactMask()
        var needsDecision = false
        var reassesses = false
        for way in ways {
            reads.formUnion(way.needTrue.union(way.needFalse))
            needsDecision = needsDecision || way.requiresDecision
            if case .setByDecision = way.duration { reassesses = true }
            if way.authority == .councilWithRepresentative { reads.formUnion(FactMask(.representativeAgrees)) }
        }
        self.reads = reads
        self.needsDecision = needsDecision
        self.reassesses = reassesses
    }
}

/// Why a measure has no legal basis on a date, for the explanation.
package enum NoBasis: UInt8, Sendable {
    /// The measure did not exist in the Act then; the cited provision was the one in force.
    case notYet
    /// The measure no longer exists; the cited provision replaced it.
    case replaced
    /// House rules before 2020.
    case houseRules
}

/// Where an intervention leads on a date.
package enum Route: Sendable {
    /// A provision governs it.
    case provision(Provision)
    /// No provision authorises it: `denied`.
    case noBasis(Cite, NoBasis)
    /// It is not coercion: `not-applicable`.
    case notCoercion(NotApplicableReason, Cite)
    /// Force outside the catalogue (`other`): always `denied`.
    case outsideCatalogue
}
