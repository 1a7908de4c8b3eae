import SocialPolicyCalendar
import SocialPolicyCore

/// The facts of a day-offer eligibility question, as a host's own record can supply them
/// without JSON.
///
/// ## Implementation requirements
/// - ``offer`` is required; every other property is optional and `nil` means *unknown*. Never
///   default an unknown condition to `true` or `false`: the library answers `undetermined` and
///   names it as missing.
/// - ``canWorkOnNormalTerms`` and ``otherLegislationApplies`` are the facts the law needs to be
///   `false` (SEL § 103 is for persons who *cannot*); report them as they are, not inverted.
/// - Be cheap to read: the properties are read once per evaluation.
public protocol DayOfferEligibilityFactsProviding {
    /// The offer applied for.
    var offer: DayOffer { get }
    /// The person's birth date (for the § 103 age limit).
    var birthDate: CivilDate? { get }
    /// Betydelig nedsat fysisk eller psykisk funktionsevne.
    var substantiallyReducedFunction: Bool? { get }
    /// Særlige sociale problemer.
    var specialSocialProblems: Bool? { get }
    /// The person can obtain or keep work on normal terms on the labour market.
    var canWorkOnNormalTerms: Bool? { get }
    /// The person can use offers under other legislation.
    var otherLegislationApplies: Bool? { get }
}

extension DayOfferEligibilityFactsProviding {
    /// Unknown.
    public var birthDate: CivilDate? { nil }
    /// Unknown.
    public var substantiallyReducedFunction: Bool? { nil }
    /// Unknown.
    public var specialSocialProblems: Bool? { nil }
    /// Unknown.
    public var canWorkOnNormalTerms: Bool? { nil }
    /// Unknown.
    public var otherLegislationApplies: Bool? { nil }
}

/// `day-offer.eligibility`: is the person in the target group of beskyttet beskæftigelse
/// (SEL § 103, stk. 1) or aktivitets- og samværstilbud (SEL § 104)?
///
/// National law: it applies on every date, with or without a municipality. § 103 requires that
/// the person is under folkepensionsalderen (PL § 1 a) on `asOf`, has substantially reduced
/// function or special social problems, cannot work on normal terms and cannot use offers under
/// other legislation; § 104 requires substantially reduced function or special social problems.
/// Where Copenhagen's 2013 standard is in force, KK-KS 1.3 (which restates the law) is cited too.
public enum DayOfferEligibilityQuestion: PolicyQuestion {
    /// The facts.
    public struct Facts: Sendable, Hashable, DayOfferEligibilityFactsProviding {
        /// The `offer` fact.
        public var offer: DayOffer
        /// The `birthDate` fact; `nil` when unknown (see the question's `factSpecs`).
        public var birthDate: CivilDate?
        /// The `substantiallyReducedFunction` fact; `nil` when unknown (see the question's `factSpecs`).
        public var substantiallyReducedFunction: Bool?
        /// The `specialSocialProblems` fact; `nil` when unknown (see the question's `factSpecs`).
        public var specialSocialProblems: Bool?
        /// The `canWorkOnNormalTerms` fact; `nil` when unknown (see the question's `factSpecs`).
        public var canWorkOnNormalTerms: Bool?
        /// The `otherLegislationApplies` fact; `nil` when unknown (see the question's `factSpecs`).
        public var otherLegislationApplies: Bool?

        /// Creates the facts; omitted facts are unknown.
        public init(
            offer: DayOffer, birthDate: CivilDate? = nil, substantiallyReducedFunction: Bool? = nil,
            specialSocialProblems: Bool? = nil, canWorkOnNormalTerms: Bool? = nil, otherLegislationApplies: Bool? = nil
        ) {
            self.offer = offer
            self.birthDate = birthDate
            self.substantiallyReducedFunction = substantiallyReducedFunction
            self.specialSocialProblems = specialSocialProblems
            self.canWorkOnNormalTerms = canWorkOnNormalTerms
            self.otherLegislationApplies = otherLegislationApplies
        }

        /// Copies the facts of a host's record.
        public init(_ provider: some DayOfferEligibilityFactsProviding) {
            self.init(
                offer: provider.offer, birthDate: provider.birthDate,
                substantiallyReducedFunction: provider.substantiallyReducedFunction,
                specialSocialProblems: provider.specialSocialProblems,
                canWorkOnNormalTerms: provider.canWorkOnNormalTerms,
                otherLegislationApplies: provider.otherLegislationApplies)
        }
    }

    /// The values.
    public struct Values: DayOfferValues, Hashable {
        /// The day the person reaches folkepensionsalder (when the birth date is known).
        public var reachesPensionAgeOn: CivilDate?
        /// The provision that decided (`SEL § 103, stk. 1` or `SEL § 104`).
        public var offer: DayOffer?
        /// The day the person turns 18 (from 2024-01-01, when the Act is for adults only).
        public var turns18On: CivilDate?
        /// Never set by this question (its rules are national), kept for the shared protocol.
        public var openLegalQuestion: DayOfferOpenQuestion?
        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("reachesPensionAgeOn", reachesPensionAgeOn)
            fields.add("turns18On", turns18On)
            if let offer {
                fields.add("section", offer == .shelteredEmployment ? "SEL § 103, stk. 1" : "SEL § 104")
            }
            fields.add("openLegalQuestion", openLegalQuestion)
            return fields
        }
    }

    /// The requirements, as a traceability table. For § 103 every row must hold
    /// (`substantiallyReducedFunction` and `specialSocialProblems` are alternatives: one
    /// suffices); for § 104 only the two alternatives are read.
    package enum Rules {
        /// From 2024-01-01: aged 18 or over on `asOf` (derived from `birthDate`; SEL § 2, stk. 1).
        public static let adult = Requirement(
            "birthDate", true, DayOfferRules.adultsOnly,
            da: "Personen er fyldt 18 år (serviceloven gælder fra 1. januar 2024 kun personer over 18).",
            en: "The person is 18 or over (from 1 January 2024 serviceloven covers only persons aged 18 or over).")
        /// Under folkepensionsalderen on `asOf` (derived from `birthDate`).
        public static let underPensionAge = Requirement(
            "birthDate", true, DayOfferRules.sel103,
            da: "Personen er under folkepensionsalderen (pensionsloven § 1 a).",
            en: "The person is under state pension age (pensionsloven § 1 a).")
        /// § 103: betydelig nedsat funktionsevne (alternative).
        public static let reducedFunction103 = Requirement(
            "substantiallyReducedFunction", true, DayOfferRules.sel103,
            da: "Personen har betydelig nedsat fysisk eller psykisk funktionsevne.",
            en: "The person has substantially reduced physical or mental function.")
        /// § 103: særlige sociale problemer (alternative).
        public static let socialProblems103 = Requirement(
            "specialSocialProblems", true, DayOfferRules.sel103,
            da: "Personen har særlige sociale problemer.",
            en: "The person has special social problems.")
        /// § 103: cannot work on normal terms.
        public static let cannotWork = Requirement(
            "canWorkOnNormalTerms", false, DayOfferRules.sel103,
            da: "Personen kan ikke opnå eller fastholde beskæftigelse på normale vilkår på arbejdsmarkedet.",
            en: "The person cannot obtain or keep work on normal terms on the labour market.")
        /// § 103: cannot use offers under other legislation.
        public static let noOtherLegislation = Requirement(
            "otherLegislationApplies", false, DayOfferRules.sel103,
            da: "Personen kan ikke benytte tilbud efter anden lovgivning.",
            en: "The person cannot use offers under other legislation.")
        /// § 104: betydelig nedsat funktionsevne (alternative).
        public static let reducedFunction104 = Requirement(
            "substantiallyReducedFunction", true, DayOfferRules.sel104,
            da: "Personen har betydelig nedsat fysisk eller psykisk funktionsevne.",
            en: "The person has substantially reduced physical or mental function.")
        /// § 104: særlige sociale problemer (alternative).
        public static let socialProblems104 = Requirement(
            "specialSocialProblems", true, DayOfferRules.sel104,
            da: "Personen har særlige sociale problemer.",
            en: "The person has special social problems.")

        /// Every § 103 requirement (the first two function rows are alternatives).
        public static let shelteredEmployment = [underPensionAge, reducedFunction103, socialProblems103, cannotWork, noOtherLegislation]
        /// Every § 104 requirement (alternatives).
        public static let activityOffer = [reducedFunction104, socialProblems104]
    }

    /// The contract's question id.
    public static let id = "day-offer.eligibility"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Er personen i målgruppen for beskyttet beskæftigelse (SEL § 103) eller aktivitets- og samværstilbud (SEL § 104)?",
        en: "Is the person in the target group for sheltered employment (SEL § 103) or an activity offer (SEL § 104)?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        .enumeration("offer", DayOffer.self, required: true, "the offer: sheltered-employment (SEL § 103) or activity-offer (SEL § 104)"),
        FactSpec("birthDate", .date, "the person's birth date (the § 103 age limit is folkepensionsalderen, PL § 1 a)"),
        FactSpec("substantiallyReducedFunction", .bool, "betydelig nedsat fysisk eller psykisk funktionsevne"),
        FactSpec("specialSocialProblems", .bool, "særlige sociale problemer"),
        FactSpec("canWorkOnNormalTerms", .bool, "can obtain or keep work on normal terms on the labour market (§ 103 needs false)"),
        FactSpec("otherLegislationApplies", .bool, "can use offers under other legislation (§ 103 needs false)"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("reachesPensionAgeOn", "date", "the day the person reaches folkepensionsalderen, as legislated on asOf (PL § 1 a; the § 103 age limit)"),
        ValueSpec("turns18On", "date", since: "1.1", "from 2024-01-01: the day the person turns 18, from which serviceloven and so §§ 103–104 apply (SEL § 2, stk. 1, LBK 67/2024)"),
        ValueSpec("section", "string", "the provision that decided: SEL § 103, stk. 1 or SEL § 104 (remuneration for work in either is SEL § 105, not § 104)"),
    ]
    /// The day a person born on `birth` has "fyldt 18 år" (SEL § 2, stk. 1): the 18th birthday;
    /// for a birthday on 29 February in a year without one, 1 March — the later day, so that
    /// the Act is never applied to someone who may still be 17.
    public static func turns18On(bornOn birth: CivilDate) -> CivilDate {
        let day = birth.adding(years: 18)
        return birth.month == 2 && birth.day == 29 && day.day == 28 ? day.adding(days: 1) : day
    }

    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = DayOfferRules.eligibilityRuleSets

    /// Reads the typed facts from a fact bag already validated against ``factSpecs``.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(
            offer: try bag.required("offer", as: DayOffer.self),
            birthDate: try bag.date("birthDate"),
            substantiallyReducedFunction: try bag.bool("substantiallyReducedFunction"),
            specialSocialProblems: try bag.bool("specialSocialProblems"),
            canWorkOnNormalTerms: try bag.bool("canWorkOnNormalTerms"),
            otherLegislationApplies: try bag.bool("otherLegislationApplies"))
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        e.verdict.values.offer = facts.offer
        var all = Conjunction()
        let isSheltered = facts.offer == .shelteredEmployment

        // From 2024-01-01 serviceloven covers only persons aged 18 or over (SEL § 2, stk. 1):
        // both offers need the person to be 18 on asOf (first: it decides outright).
        if asOf >= DayOfferRules.adultsOnlyDay {
            if let birthDate = facts.birthDate, birthDate <= asOf {
                let adultFrom = turns18On(bornOn: birthDate)
                let adult = asOf >= adultFrom
                e.verdict.values.turns18On = adultFrom
                all.add(adult)
                e.test(
                    DayOfferRules.adultsOnly, holds: adult,
                    adult
                        ? LocalizedText(
                            da: "Personen er fyldt 18 år; fra 1. januar 2024 gælder serviceloven kun personer, der er fyldt 18 år (SEL § 2, stk. 1).",
                            en: "The person is 18 or over; from 1 January 2024 serviceloven covers only persons aged 18 or over (SEL § 2, stk. 1).")
                        : LocalizedText(
                            da: "Personen er under 18 år (fylder 18 år \(adultFrom.danishText)): fra 1. januar 2024 gælder serviceloven, også §§ 103–104, kun personer, der er fyldt 18 år (SEL § 2, stk. 1); børn og unge får hjælp efter barnets lov.",
                            en: "The person is under 18 (turns 18 on \(adultFrom.englishText)): from 1 January 2024 serviceloven, §§ 103–104 included, covers only persons aged 18 or over (SEL § 2, stk. 1); children and young people get help under barnets lov."))
            } else {
                // Unknown, or after asOf (not a person yet): never guessed.
                all.add(e.check(nil, Rules.adult))
            }
        }

        // § 103: the age limit, from the birth date.
        if let birthDate = facts.birthDate {
            let reached = PensionAge.reachedOn(bornOn: birthDate, lawOf: asOf)
            e.verdict.values.reachesPensionAgeOn = reached
            if isSheltered {
                if birthDate > asOf {
                    // A birth date after asOf is not a person yet: do not guess (fail closed).
                    all.add(nil)
                    e.test(
                        DayOfferRules.sel103, holds: nil,
                        LocalizedText(
                            da: "Fødselsdatoen \(birthDate.danishText) ligger efter \(asOf.danishText); alderen kan ikke vurderes.",
                            en: "The birth date \(birthDate.englishText) is after \(asOf.englishText); the age cannot be assessed."))
                    e.missing(Rules.underPensionAge.fact)
                } else {
                    let under = asOf < reached
                    all.add(under)
                    e.test(
                        DayOfferRules.sel103, holds: under,
                        under
                            ? LocalizedText(
                                da: "Personen er under folkepensionsalderen \(asOf.danishText): den nås \(reached.danishText) (pensionsloven § 1 a).",
                                en: "The person is under state pension age on \(asOf.englishText): it is reached on \(reached.englishText) (pensionsloven § 1 a).")
                            : LocalizedText(
                                da: "Personen har nået folkepensionsalderen (\(reached.danishText)); beskyttet beskæftigelse efter § 103 gives kun til personer under den.",
                                en: "The person reached state pension age on \(reached.englishText); sheltered employment under § 103 is only for persons below it."))
                }
                e.cite(DayOfferRules.pensionAge)
            }
        } else if isSheltered {
            if asOf >= DayOfferRules.adultsOnlyDay {
                // birthDate is already named missing by the age test.
                all.add(nil)
                e.test(Rules.underPensionAge.citation, holds: nil, Rules.underPensionAge.text)
            } else {
                all.add(e.check(nil, Rules.underPensionAge))
            }
            e.cite(DayOfferRules.pensionAge)
        }

        // The target group: reduced function or special social problems (either suffices).
        let reduced = facts.substantiallyReducedFunction
        let social = facts.specialSocialProblems
        var group = Disjunction()
        group.add(reduced)
        group.add(social)
        let reducedRule = isSheltered ? Rules.reducedFunction103 : Rules.reducedFunction104
        let socialRule = isSheltered ? Rules.socialProblems103 : Rules.socialProblems104
        e.test(reducedRule.citation, holds: reduced, reducedRule.text)
        e.test(socialRule.citation, holds: social, socialRule.text)
        if group.holds == nil {
            if reduced == nil { e.missing(reducedRule.fact) }
            if social == nil { e.missing(socialRule.fact) }
        }
        all.add(group.holds)

        if isSheltered {
            all.add(e.check(facts.canWorkOnNormalTerms, Rules.cannotWork))
            all.add(e.check(facts.otherLegislationApplies, Rules.noOtherLegislation))
        }

        // The municipality's standard restates the law (KK-KS 1.3); it adds no condition.
        if let local = e.context.municipality as? any DayOfferLocalPolicy,
            let standard = local.dayOfferStandard(on: asOf), standard.isInForce(on: asOf)
        {
            let holds = all.holds
            e.test(
                standard.sections.targetGroups, holds: holds,
                holds == nil
                    ? LocalizedText(
                        da: "Det kan endnu ikke afgøres, om personen er i målgruppen efter kvalitetsstandarden (\(standard.sections.targetGroups)), som gentager lovens målgrupper og aldersgrænse uden at tilføje betingelser.",
                        en: "Whether the person is in the target group under the quality standard (\(standard.sections.targetGroups)), which restates the law's target groups and age limit without adding conditions, cannot be decided yet.")
                    : LocalizedText(
                        da: "Personen er \(holds == true ? "" : "ikke ")i målgruppen efter kvalitetsstandarden (\(standard.sections.targetGroups)), som gentager lovens målgrupper og aldersgrænse uden at tilføje betingelser.",
                        en: "The person is \(holds == true ? "" : "not ")in the target group under the quality standard (\(standard.sections.targetGroups)), which restates the law's target groups and age limit without adding conditions."))
        }
        e.verdict.outcome = all.outcome
    }
}
