import SocialPolicyCore

/// Who chose the members of a user council.
public enum CouncilMembersChosenBy: String, FactEnum {
    /// The users.
    case users
    /// The management.
    case management
    /// The relatives.
    case relatives
    /// A mix.
    case mixed
}

/// A way a user council falls short of the municipality's requirements (`values.shortfalls`).
/// Stored as a bitmask; each has a stable kebab-case code and one obligation.
public struct CouncilShortfalls: OptionSet, Sendable, Hashable {
    /// The bits.
    public let rawValue: UInt16
    /// Creates a set from its bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The offer has no user council (`no-council`).
    public static let noCouncil = CouncilShortfalls(rawValue: 1 << 0)
    /// Fewer meetings in twelve months than required (`too-few-meetings`).
    public static let tooFewMeetings = CouncilShortfalls(rawValue: 1 << 1)
    /// The last election is older than allowed (`election-overdue`).
    public static let electionOverdue = CouncilShortfalls(rawValue: 1 << 2)
    /// Agendas are not published (`agendas-not-published`).
    public static let agendasNotPublished = CouncilShortfalls(rawValue: 1 << 3)
    /// Minutes are not published (`minutes-not-published`).
    public static let minutesNotPublished = CouncilShortfalls(rawValue: 1 << 4)
    /// Legally competent users did not choose the members (`members-not-chosen-by-users`).
    public static let membersNotChosenByUsers = CouncilShortfalls(rawValue: 1 << 5)
    /// No description of how the principles are realised (`no-realisation-description`).
    public static let noRealisationDescription = CouncilShortfalls(rawValue: 1 << 6)
    /// No written frame for influence (`no-influence-frame`).
    public static let noInfluenceFrame = CouncilShortfalls(rawValue: 1 << 7)
    /// The offer has not set the council's composition and term (`composition-and-term-not-set`).
    public static let compositionAndTermNotSet = CouncilShortfalls(rawValue: 1 << 8)

    /// Every shortfall with its code and obligation code, in the order they are reported.
    public static let catalogue: [(shortfall: CouncilShortfalls, code: String, obligation: ObligationCode)] = [
        (.noCouncil, "no-council", ObligationCode("establish-user-council")),
        (.tooFewMeetings, "too-few-meetings", ObligationCode("hold-council-meetings")),
        (.electionOverdue, "election-overdue", ObligationCode("hold-council-election")),
        (.agendasNotPublished, "agendas-not-published", ObligationCode("publish-council-agendas")),
        (.minutesNotPublished, "minutes-not-published", ObligationCode("publish-council-minutes")),
        (.membersNotChosenByUsers, "members-not-chosen-by-users", ObligationCode("let-users-choose-council-members")),
        (.noRealisationDescription, "no-realisation-description", ObligationCode("write-realisation-description")),
        (.noInfluenceFrame, "no-influence-frame", ObligationCode("write-influence-frame")),
        (.compositionAndTermNotSet, "composition-and-term-not-set", ObligationCode("set-council-composition-and-term")),
    ]

    /// The codes, in catalogue order.
    public var codes: [String] { Self.catalogue.filter { contains($0.shortfall) }.map(\.code) }
}

/// The facts of a council question, as a host's own record can supply them.
///
/// ## Implementation requirements
/// - Return `nil` for anything not recorded: it is unknown; an unknown point is never counted as met.
public protocol CouncilFactsProviding {
    /// The offer has a user council.
    var offerHasCouncil: Bool? { get }
    /// Council meetings in the last twelve months.
    var meetingsLast12Months: Int? { get }
    /// The day of the last election.
    var lastElectionOn: CivilDate? { get }
    /// Agendas are published on the offer's website.
    var agendasPublished: Bool? { get }
    /// Minutes are published on the offer's website.
    var minutesPublished: Bool? { get }
    /// Who chose the members.
    var membersChosenBy: CouncilMembersChosenBy? { get }
    /// The users are of age and legally competent (myndige, habile).
    var usersLegallyCompetent: Bool? { get }
    /// The offer has described how it realises the principles.
    var realisationDescriptionWritten: Bool? { get }
    /// The offer has written down its frame for influence, including where there is none.
    var influenceFrameWritten: Bool? { get }
    /// The offer has set the council's composition, representativeness and term.
    var compositionAndTermSet: Bool? { get }
    /// The offer is one to children, young people or families (BL § 16 from 2024-01-01).
    var offerForChildrenOrYoungPeople: Bool? { get }
    /// The offer is one under ældreloven (from 2025-07-01), which SEL § 16 does not reach.
    var aeldrelovOffer: Bool? { get }
}

extension CouncilFactsProviding {
    /// Unknown unless the host records it.
    public var offerHasCouncil: Bool? { nil }
    /// Unknown unless the host records it.
    public var meetingsLast12Months: Int? { nil }
    /// Unknown unless the host records it.
    public var lastElectionOn: CivilDate? { nil }
    /// Unknown unless the host records it.
    public var agendasPublished: Bool? { nil }
    /// Unknown unless the host records it.
    public var minutesPublished: Bool? { nil }
    /// Unknown unless the host records it.
    public var membersChosenBy: CouncilMembersChosenBy? { nil }
    /// Unknown unless the host records it.
    public var usersLegallyCompetent: Bool? { nil }
    /// Unknown unless the host records it.
    public var realisationDescriptionWritten: Bool? { nil }
    /// Unknown unless the host records it.
    public var influenceFrameWritten: Bool? { nil }
    /// Unknown unless the host records it.
    public var compositionAndTermSet: Bool? { nil }
    /// Unknown unless the host records it.
    public var offerForChildrenOrYoungPeople: Bool? { nil }
    /// Unknown unless the host records it.
    public var aeldrelovOffer: Bool? { nil }
}

/// `influence.council`: is this offer's user council run as the municipality's policy requires?
///
/// Each municipality's own requirements apply (``CouncilRequirements``). The outcome is
/// `determined` when every required point is known, with `values.compliant` and one shortfall
/// (and one obligation) per unmet point. When a required point is unknown, the outcome is
/// `undetermined` with the unknown facts in `missingFacts`; the values still show the shortfalls
/// already established and `compliant: false` if there is one (an unknown point is never
/// counted as met).
public enum CouncilQuestion: PolicyQuestion {
    /// The facts.
    public struct Facts: Sendable, Hashable, CouncilFactsProviding {
        /// The fact `offerHasCouncil` (see the question's `factSpecs`).
        public var offerHasCouncil: Bool?
        /// The fact `meetingsLast12Months` (see the question's `factSpecs`).
        public var meetingsLast12Months: Int?
        /// The fact `lastElectionOn` (see the question's `factSpecs`).
        public var lastElectionOn: CivilDate?
        /// The fact `agendasPublished` (see the question's `factSpecs`).
        public var agendasPublished: Bool?
        /// The fact `minutesPublished` (see the question's `factSpecs`).
        public var minutesPublished: Bool?
        /// The fact `membersChosenBy` (see the question's `factSpecs`).
        public var membersChosenBy: CouncilMembersChosenBy?
        /// The fact `usersLegallyCompetent` (see the question's `factSpecs`).
        public var usersLegallyCompetent: Bool?
        /// The fact `realisationDescriptionWritten` (see the question's `factSpecs`).
        public var realisationDescriptionWritten: Bool?
        /// The fact `influenceFrameWritten` (see the question's `factSpecs`).
        public var influenceFrameWritten: Bool?
        /// The fact `compositionAndTermSet` (see the question's `factSpecs`).
        public var compositionAndTermSet: Bool?
        /// The fact `offerForChildrenOrYoungPeople` (see the question's `factSpecs`).
        public var offerForChildrenOrYoungPeople: Bool?
        /// The fact `aeldrelovOffer` (see the question's `factSpecs`).
        public var aeldrelovOffer: Bool?

        /// Creates the facts; every one unknown unless given.
        public init(
            offerHasCouncil: Bool? = nil, meetingsLast12Months: Int? = nil, lastElectionOn: CivilDate? = nil,
            agendasPublished: Bool? = nil, minutesPublished: Bool? = nil, membersChosenBy: CouncilMembersChosenBy? = nil,
            usersLegallyCompetent: Bool? = nil, realisationDescriptionWritten: Bool? = nil,
            influenceFrameWritten: Bool? = nil, compositionAndTermSet: Bool? = nil,
            offerForChildrenOrYoungPeople: Bool? = nil, aeldrelovOffer: Bool? = nil
        ) {
            self.offerForChildrenOrYoungPeople = offerForChildrenOrYoungPeople
            self.aeldrelovOffer = aeldrelovOffer
            self.offerHasCouncil = offerHasCouncil
            self.meetingsLast12Months = meetingsLast12Months
            self.lastElectionOn = lastElectionOn
            self.agendasPublished = agendasPublished
            self.minutesPublished = minutesPublished
            self.membersChosenBy = membersChosenBy
            self.usersLegallyCompetent = usersLegallyCompetent
            self.realisationDescriptionWritten = realisationDescriptionWritten
            self.influenceFrameWritten = influenceFrameWritten
            self.compositionAndTermSet = compositionAndTermSet
        }

        /// Copies a host's record.
        public init(_ p: some CouncilFactsProviding) {
            self.init(
                offerHasCouncil: p.offerHasCouncil, meetingsLast12Months: p.meetingsLast12Months,
                lastElectionOn: p.lastElectionOn, agendasPublished: p.agendasPublished, minutesPublished: p.minutesPublished,
                membersChosenBy: p.membersChosenBy, usersLegallyCompetent: p.usersLegallyCompetent,
                realisationDescriptionWritten: p.realisationDescriptionWritten,
                influenceFrameWritten: p.influenceFrameWritten, compositionAndTermSet: p.compositionAndTermSet,
                offerForChildrenOrYoungPeople: p.offerForChildrenOrYoungPeople, aeldrelovOffer: p.aeldrelovOffer)
        }

        /// Checks that the facts do not contradict each other: an offer under ældreloven is not
        /// an offer to children.
        ///
        /// - Throws: `PolicyError` naming `facts.aeldrelovOffer`.
        public func validate() throws(PolicyError) {
            try InfluenceFactChecks.aeldrelovOffer(aeldrelovOffer, setting: nil, child: offerForChildrenOrYoungPeople)
        }
    }

    /// The values.
    public struct Values: DecisionValues, Hashable {
        /// Whether the council is run as required (`nil` when it cannot be said yet).
        public var compliant: Bool?
        /// The established shortfalls.
        public var shortfalls = CouncilShortfalls()
        /// Whether the shortfalls were evaluated (they are shown only then).
        public var evaluated = false
        /// Whether relatives or other secondary users may represent the users in council work.
        public var relativesMayRepresentUsers: Bool?
        /// The day the next election is due, where the municipality sets an interval.
        public var nextElectionDue: CivilDate?
        /// Why the local policy could not be applied.
        public var openLegalQuestion: InfluenceOpenQuestion?

        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("compliant", compliant)
            if evaluated { fields.append(NamedValue("shortfalls", .array(shortfalls.codes.map { .string($0) }))) }
            fields.add("relativesMayRepresentUsers", relativesMayRepresentUsers)
            fields.add("nextElectionDue", nextElectionDue)
            fields.add("openLegalQuestion", openLegalQuestion)
            return fields
        }
    }

    /// The contract's question id.
    public static let id = "influence.council"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Drives tilbuddets brugerråd, som kommunens politik kræver?",
        en: "Is this offer's user council run as the policy requires?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        FactSpec("offerHasCouncil", .bool, "the offer has a user council (brugerråd, beboerråd, centerråd)"),
        FactSpec("meetingsLast12Months", .int(0...366), "council meetings held in the last twelve months"),
        FactSpec("lastElectionOn", .date, "the day of the last election to the council"),
        FactSpec("agendasPublished", .bool, "agendas are published on the offer's website"),
        FactSpec("minutesPublished", .bool, "minutes are published on the offer's website"),
        .enumeration("membersChosenBy", CouncilMembersChosenBy.self, "who chose the council's members"),
        FactSpec("usersLegallyCompetent", .bool, "the users are of age and legally competent (myndige, habile)"),
        FactSpec("realisationDescriptionWritten", .bool, "the offer has described how it realises the council principles (GEN-BI)"),
        FactSpec("influenceFrameWritten", .bool, "the offer has written down its frame for influence, including where there is none (KK-BP 4.1; HEL-BI)"),
        FactSpec("compositionAndTermSet", .bool, "the offer has set the council's composition, representativeness and term (KK-BP 4.2)"),
        FactSpec(
            "offerForChildrenOrYoungPeople", .bool, since: "1.1",
            "the offer is one to children, young people or families: from 2024-01-01 its user-influence duty is barnets lov § 16, not SEL § 16 (SEL § 2, stk. 1: 18 or over)"),
        FactSpec(
            "aeldrelovOffer", .bool, since: "1.1",
            "the offer is one under ældreloven (plejehjem, plejebolig, home care under ÆL §§ 10, 47), from 2025-07-01: SEL § 16 does not reach it (aeldreloven-scope)"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("compliant", "bool", "the council is run as the municipality's policy requires: every required point established as met; absent while a required point is unknown"),
        ValueSpec("shortfalls", "array of enum: " + CouncilShortfalls.catalogue.map(\.code).joined(separator: ", "), "the established unmet points, each with its obligation (the municipality's own document, e.g. GEN-BI princip 6, KK-BP 4.2)"),
        ValueSpec("relativesMayRepresentUsers", "bool", "relatives or other secondary users may represent the users in council work (GEN-BI roller; HEL-BI)"),
        ValueSpec("nextElectionDue", "date", "the day the next election is due where the municipality sets an interval (GEN-BI princip 8)"),
        ValueSpec(
            "openLegalQuestion", enumType(InfluenceOpenQuestion.self),
            "local-policy-not-in-force (outcome undetermined); since 1.1 also aeldreloven-scope, a warning beside a computed answer: the offer is under ældreloven, which SEL § 16 does not reach, so the requirements bind only as the municipality's own policy, if it still covers the offer"),
    ]
    /// The obligation codes the question can produce.
    public static let obligationSpecs: [ObligationSpec] = [
        ObligationSpec("establish-user-council", "set up a user council (KK-BP 4.2; GEN-BI princip 1)"),
        ObligationSpec("hold-council-meetings", "hold the required number of council meetings a year (GEN-BI princip 6: four)"),
        ObligationSpec("hold-council-election", "hold the overdue council election (GEN-BI princip 8: every second year)"),
        ObligationSpec("publish-council-agendas", "publish the council's agendas on the offer's website (GEN-BI princip 7)"),
        ObligationSpec("publish-council-minutes", "publish the council's minutes on the offer's website (GEN-BI princip 7)"),
        ObligationSpec("let-users-choose-council-members", "let users who are of age and legally competent choose the members (GEN-BI roller)"),
        ObligationSpec("write-realisation-description", "write how the offer realises the council principles (GEN-BI princip 2)"),
        ObligationSpec("write-influence-frame", "write down the frame for influence, including where there is none (KK-BP 4.1; HEL-BI)"),
        ObligationSpec("set-council-composition-and-term", "set the council's composition, representative participation and term (KK-BP 4.2)"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = InfluenceRuleSets.council

    /// Creates the facts from a validated bag.
    ///
    /// - Throws: `PolicyError` naming `facts.aeldrelovOffer` for contradictory facts.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        let facts = Facts(
            offerHasCouncil: try bag.bool("offerHasCouncil"), meetingsLast12Months: try bag.int("meetingsLast12Months"),
            lastElectionOn: try bag.date("lastElectionOn"), agendasPublished: try bag.bool("agendasPublished"),
            minutesPublished: try bag.bool("minutesPublished"), membersChosenBy: try bag.value("membersChosenBy"),
            usersLegallyCompetent: try bag.bool("usersLegallyCompetent"),
            realisationDescriptionWritten: try bag.bool("realisationDescriptionWritten"),
            influenceFrameWritten: try bag.bool("influenceFrameWritten"), compositionAndTermSet: try bag.bool("compositionAndTermSet"),
            offerForChildrenOrYoungPeople: try bag.bool("offerForChildrenOrYoungPeople"), aeldrelovOffer: try bag.bool("aeldrelovOffer"))
        try facts.validate()
        return facts
    }

    /// One point: `met` true/false/nil; adds the shortfall when false and the fact when unknown.
    static func point<R: Recorder>(
        _ met: Bool?, _ shortfall: CouncilShortfalls, fact: String, _ citation: Citation, into e: inout Evaluation<Values, R>,
        all: inout Conjunction, _ text: @autoclosure () -> LocalizedText
    ) {
        e.test(citation, holds: met, text())
        all.add(met)
        if met == false { e.verdict.values.shortfalls.insert(shortfall) }
        if met == nil { e.missing(fact) }
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
        let rules = version.council
        let asOf = e.context.asOf
        statutoryBasis(facts, version: version, into: &e)

        var all = Conjunction()
        let hasCouncil = facts.offerHasCouncil
        if let rule = rules.councilForEveryOffer {
            point(
                hasCouncil, .noCouncil, fact: "offerHasCouncil", rule, into: &e, all: &all,
                LocalizedText(
                    da: "Der skal være et brugerråd for tilbuddet.", en: "The offer must have a user council."))
        }
        // Requirements on how the council is run apply only where there is a council.
        let councilRuns: Bool? = rules.councilForEveryOffer == nil ? (hasCouncil ?? true) : hasCouncil
        if councilRuns != false {
            if let rule = rules.minimumMeetingsPerYear {
                let met = facts.meetingsLast12Months.map { $0 >= rule.value }
                point(
                    councilRuns == nil && met == nil ? nil : met, .tooFewMeetings, fact: "meetingsLast12Months", rule.source,
                    into: &e, all: &all,
                    LocalizedText(
                        da: "Brugerrådet holder møde mindst \(rule.value) gange årligt (seneste 12 måneder: \(facts.meetingsLast12Months.map(String.init) ?? "ukendt")).",
                        en: "The council meets at least \(rule.value) times a year (last 12 months: \(facts.meetingsLast12Months.map(String.init) ?? "unknown"))."))
            }
            if let rule = rules.maximumYearsBetweenElections {
                // An election dated after the day asked about cannot count: treated as unknown.
                let last = facts.lastElectionOn.flatMap { $0 <= asOf ? $0 : nil }
                let due = last.map { $0.adding(years: rule.value) }
                e.verdict.values.nextElectionDue = due
                let met = due.map { asOf <= $0 }
                point(
                    met, .electionOverdue, fact: "lastElectionOn", rule.source, into: &e, all: &all,
                    LocalizedText(
                        da: "Der holdes valg til brugerrådet mindst hvert \(rule.value). år\(due.map { " (næste valg senest \($0.danishText))" } ?? "").",
                        en: "Council elections are held at least every \(rule.value) years\(due.map { " (next election due by \($0.englishText))" } ?? "")."))
            }
            if let rule = rules.agendasPublished {
                point(
                    facts.agendasPublished, .agendasNotPublished, fact: "agendasPublished", rule, into: &e, all: &all,
                    LocalizedText(da: "Dagsordener offentliggøres på tilbuddets hjemmeside.", en: "Agendas are published on the offer's website."))
            }
            if let rule = rules.minutesPublished {
                point(
                    facts.minutesPublished, .minutesNotPublished, fact: "minutesPublished", rule, into: &e, all: &all,
                    LocalizedText(da: "Referater offentliggøres på tilbuddets hjemmeside.", en: "Minutes are published on the offer's website."))
            }
            if let rule = rules.usersChooseMembersWhenLegallyCompetent {
                // Met when the users chose; otherwise met only if the users are not legally competent.
                let met: Bool?
                switch facts.membersChosenBy {
                case .users?: met = true
                case nil: met = nil
                case _?: met = facts.usersLegallyCompetent.map { !$0 }
                }
                e.test(
                    rule, holds: met,
                    LocalizedText(
                        da: "Når brugerne er myndige og habile, afgør brugerne, hvem der sidder i brugerrådet.",
                        en: "When the users are of age and legally competent, the users decide who sits on the council."))
                all.add(met)
                if met == false { e.verdict.values.shortfalls.insert(.membersNotChosenByUsers) }
                if met == nil {
                    if facts.membersChosenBy == nil { e.missing("membersChosenBy") }
                    else { e.missing("usersLegallyCompetent") }
                }
            }
            if let rule = rules.compositionAndTermSet {
                // KK-BP 4.2: each offer sets the council's composition, representativeness and
                // term. Like every required point, an unknown one is never counted as met (before
                // contract 1.1 an unrecorded value was left out, which answered compliant: true
                // for a council that a recorded false shows to fall short).
                point(
                    facts.compositionAndTermSet, .compositionAndTermNotSet, fact: "compositionAndTermSet", rule, into: &e,
                    all: &all,
                    LocalizedText(
                        da: "Tilbuddet har fastsat rådets sammensætning, repræsentativ deltagelse og hvor længe man kan sidde.",
                        en: "The offer has set the council's composition, representative participation and term."))
            }
        }
        if let rule = rules.realisationDescription {
            point(
                facts.realisationDescriptionWritten, .noRealisationDescription, fact: "realisationDescriptionWritten", rule,
                into: &e, all: &all,
                LocalizedText(
                    da: "Tilbuddet har beskrevet, hvordan det realiserer principperne for brugerråd.",
                    en: "The offer has described how it realises the council principles."))
        }
        if let rule = rules.influenceFrameWritten {
            point(
                facts.influenceFrameWritten, .noInfluenceFrame, fact: "influenceFrameWritten", rule, into: &e, all: &all,
                LocalizedText(
                    da: "Tilbuddet har skrevet rammerne for brugerindflydelse ned, også hvor der ikke er indflydelse.",
                    en: "The offer has written down its frame for user influence, including where there is none."))
        }

        // Relatives and other secondary users in council work.
        switch rules.relatives {
        case .notStated:
            break
        case .whenUsersNotLegallyCompetent(let rule):
            let may = facts.usersLegallyCompetent.map { !$0 }
            e.verdict.values.relativesMayRepresentUsers = may
            e.test(
                rule, holds: may,
                may == false
                    ? LocalizedText(
                        da: "Brugerne er myndige og habile: de vælger selv, hvem der sidder i brugerrådet, og pårørende repræsenterer dem ikke.",
                        en: "The users are of age and legally competent: they choose who sits on the council, and relatives do not represent them.")
                    : LocalizedText(
                        da: "Pårørende eller andre nøglepersoner kan sidde i brugerrådet og varetage brugernes interesser, når brugerne ikke er myndige og habile.",
                        en: "Relatives or other key persons may sit on the council and look after the users' interests when the users are not of age and legally competent."))
        case .secondaryUsersMayRepresent(let rule):
            e.verdict.values.relativesMayRepresentUsers = true
            e.test(
                rule, holds: true,
                LocalizedText(
                    da: "Sekundære brugere (pårørende, værger, forældremyndighedsindehavere) kan repræsentere primære brugere, der ikke selv kan deltage; inddragelsen fokuserer dog på de primære brugere.",
                    en: "Secondary users (relatives, guardians, holders of custody) may represent primary users who cannot take part themselves; involvement still focuses on the primary users."))
        }

        let shortfalls = e.verdict.values.shortfalls
        let catalogue = CouncilShortfalls.catalogue
        var index = 0
        while index < catalogue.count {
            let entry = catalogue[index]
            index += 1
            guard shortfalls.contains(entry.shortfall) else { continue }
            e.oblige(
                entry.obligation, obligationCitation(entry.shortfall, rules),
                obligationText(entry.shortfall, rules, title: version.title))
        }
        e.verdict.values.evaluated = true
        e.verdict.values.compliant = all.holds
        e.verdict.outcome = all.anyUnknown ? .undetermined : .determined
    }

    /// The statutory duty behind the municipality's guidelines on `asOf`: SEL § 16; from
    /// 2024-01-01 BL § 16 for offers to children, young people and families; from 2025-07-01
    /// none for an offer under ældreloven (a warning, `aeldreloven-scope`).
    static func statutoryBasis<R: Recorder>(_ facts: Facts, version: InfluencePolicyVersion, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        let aeldrelov = (try? facts.validate()) == nil ? nil : facts.aeldrelovOffer
        if asOf >= InfluenceRuleSets.aeldrelovenDay && aeldrelov == true {
            e.test(
                InfluenceFrameEntry.sel16, holds: false,
                LocalizedText(
                    da: "Tilbuddet gives efter ældreloven: SEL § 16 når det ikke, og ældreloven har ingen pligt til brugerråd eller skriftlige retningslinjer for brugerindflydelse. \(version.title) binder kun som kommunens egen politik, hvis den stadig omfatter tilbuddet (åbent spørgsmål aeldreloven-scope); kravene vurderes nedenfor som politikkens. Heller ikke et lokalplejehjems bestyrelse (lov om lokalplejehjem § 4; BEK 111/2026 § 2: én ejerrepræsentant og tre lokale medlemmer, evt. en medarbejderrepræsentant) har plads til beboere eller pårørende.",
                    en: "The offer is under ældreloven: SEL § 16 does not reach it, and ældreloven has no duty to have user councils or written guidelines on user influence. \(version.title) binds only as the municipality's own policy, if it still covers the offer (open question aeldreloven-scope); its requirements are assessed below as the policy's. Not even a lokalplejehjem's board (lov om lokalplejehjem § 4; BEK 111/2026 § 2: one owner and three local members, an optional staff member) has a seat for residents or relatives."))
            e.cite(InfluenceFrameEntry.ael11)
            e.verdict.values.openLegalQuestion = .aeldrelovenScope
            return
        }
        if asOf >= InfluenceRuleSets.barnetsLovDay && facts.offerForChildrenOrYoungPeople == true {
            e.test(
                InfluenceFrameEntry.bl16, holds: true,
                LocalizedText(
                    da: "Tilbuddet er til børn, unge eller familier: kommunen skal fastsætte skriftlige retningslinjer for brugerindflydelse efter barnets lov § 16 (fra 1. januar 2024); her gælder \(version.title).",
                    en: "The offer is one to children, young people or families: the municipality must set written guidelines on user influence under barnets lov § 16 (from 1 January 2024); here \(version.title) applies."))
            return
        }
        let childUnknown = asOf >= InfluenceRuleSets.barnetsLovDay && facts.offerForChildrenOrYoungPeople == nil
        e.test(
            InfluenceFrameEntry.sel16, holds: true,
            childUnknown
                ? LocalizedText(
                    da: "Kommunen skal fastsætte skriftlige retningslinjer for brugerindflydelse – efter SEL § 16 for tilbud til voksne, efter barnets lov § 16 (samme pligt) for tilbud til børn, unge og familier; her gælder \(version.title).",
                    en: "The municipality must set written guidelines on user influence – under SEL § 16 for offers to adults, under barnets lov § 16 (the same duty) for offers to children, young people and families; here \(version.title) applies.")
                : LocalizedText(
                    da: "Kommunen skal fastsætte skriftlige retningslinjer for brugerindflydelse (SEL § 16); her gælder \(version.title).",
                    en: "The municipality must set written guidelines on user influence (SEL § 16); here \(version.title) applies."))
        if childUnknown { e.cite(InfluenceFrameEntry.bl16) }
    }

    static func obligationText(_ shortfall: CouncilShortfalls, _ rules: CouncilRequirements, title: String) -> LocalizedText {
        let (da, en): (String, String)
        switch shortfall {
        case .noCouncil: (da, en) = ("Nedsæt et brugerråd for tilbuddet.", "Set up a user council for the offer.")
        case .tooFewMeetings:
            let n = rules.minimumMeetingsPerYear?.value ?? 0
            (da, en) = ("Hold mindst \(n) møder i brugerrådet om året.", "Hold at least \(n) council meetings a year.")
        case .electionOverdue: (da, en) = ("Hold valg til brugerrådet.", "Hold an election to the council.")
        case .agendasNotPublished:
            (da, en) = ("Offentliggør brugerrådets dagsordener på tilbuddets hjemmeside.", "Publish the council's agendas on the offer's website.")
        case .minutesNotPublished:
            (da, en) = ("Offentliggør brugerrådets referater på tilbuddets hjemmeside.", "Publish the council's minutes on the offer's website.")
        case .membersNotChosenByUsers:
            (da, en) = ("Lad brugerne – der er myndige og habile – afgøre, hvem der sidder i brugerrådet.", "Let the users, who are of age and legally competent, decide who sits on the council.")
        case .noRealisationDescription:
            (da, en) = ("Skriv en beskrivelse af, hvordan tilbuddet realiserer principperne for brugerråd.", "Write a description of how the offer realises the council principles.")
        case .noInfluenceFrame:
            (da, en) = ("Skriv rammerne for brugerindflydelse ned, også de områder, hvor der ikke er indflydelse.", "Write down the frame for user influence, including the areas without influence.")
        case .compositionAndTermNotSet:
            (da, en) = ("Fastsæt rådets sammensætning, repræsentativ deltagelse og hvor længe man kan sidde.", "Set the council's composition, representative participation and term.")
        default: (da, en) = ("", "")
        }
        return LocalizedText(da: "\(da) (\(title))", en: "\(en) (\(title))")
    }

    static func obligationCitation(_ shortfall: CouncilShortfalls, _ rules: CouncilRequirements) -> Citation {
        let fallback = InfluenceFrameEntry.sel16
        switch shortfall {
        case .noCouncil: return rules.councilForEveryOffer ?? fallback
        case .tooFewMeetings: return rules.minimumMeetingsPerYear?.source ?? fallback
        case .electionOverdue: return rules.maximumYearsBetweenElections?.source ?? fallback
        case .agendasNotPublished: return rules.agendasPublished ?? fallback
        case .minutesNotPublished: return rules.minutesPublished ?? fallback
        case .membersNotChosenByUsers: return rules.usersChooseMembersWhenLegallyCompetent ?? fallback
        case .noRealisationDescription: return rules.realisationDescription ?? fallback
        case .noInfluenceFrame: return rules.influenceFrameWritten ?? fallback
        case .compositionAndTermNotSet: return rules.compositionAndTermSet ?? fallback
        default: return fallback
        }
    }
}
