import SocialPolicyCore

/// The national rule sets behind the influence questions, and what they share.
public enum InfluenceRuleSets {
    /// `influence-frame`: SEL § 16 (the common) and RSL § 4 (own case), unchanged since 2013.
    public static let frame = RuleSetCatalogue.single(
        id: "influence-frame", title: "SEL § 16 and RSL § 4: user influence on offers and one's own case",
        enactedBy: "serviceloven § 16 (2007 revision), retssikkerhedsloven § 4; https://www.brugerindflydelse.dk/bag-om-brugerindflydelse/hvad-siger-loven/")
    /// `fvl-8`: representation and assistance in administrative cases.
    public static let representation = RuleSetCatalogue.single(
        id: "fvl-8", title: "FVL § 8: representation and assistance (partsrepræsentant, bisidder)",
        enactedBy: "forvaltningsloven § 8 (LBK nr. 433 af 22/04/2014); https://danskelove.dk/forvaltningsloven/6-8")
    /// `sel-16-council`: SEL § 16 read with each municipality's written guidelines.
    public static let council = RuleSetCatalogue.single(
        id: "sel-16-council", title: "SEL § 16: written guidelines on user influence, read with the municipality's own",
        enactedBy: "serviceloven § 16, stk. 1; https://www.brugerindflydelse.dk/bag-om-brugerindflydelse/hvad-siger-loven/")
    /// `smb-involvement`: the SMB-BI checklist; the notification duty moved from SEL § 153 to
    /// BL § 133 on 2024-01-01.
    public static let involvement = RuleSetCatalogue([
        RuleSetVersion(
            id: "smb-involvement", validFrom: CivilDate(2013, 1, 1), validTo: CivilDate(2023, 12, 31),
            title: "SMB-BI 2.2.1–2.2.6 with the notification duty in SEL § 153",
            enactedBy: "Retningslinje for borgerinddragelse (SMB-BI, last updated 12/04/2016); serviceloven § 153; https://danskelove.dk/serviceloven/152-154"),
        RuleSetVersion(
            id: "smb-involvement", validFrom: CivilDate(2024, 1, 1), validTo: nil,
            title: "SMB-BI 2.2.1–2.2.6 with the notification duty in BL § 133",
            enactedBy: "barnets lov (lov nr. 721 af 13/06/2023) § 133, in force 2024-01-01; VEJ nr. 9471 af 21/06/2024"),
    ])
    /// `sel-141`: the handleplan.
    public static let actionPlan = RuleSetCatalogue.single(
        id: "sel-141", title: "SEL § 141: the handleplan for persons under folkepensionsalderen",
        enactedBy: "serviceloven § 141, stk. 1–2; https://danskelove.dk/serviceloven/141")
}

/// Why an influence question could not apply a municipality's policy (`values.openLegalQuestion`).
public enum InfluenceOpenQuestion: String, Sendable, Hashable, CaseIterable {
    /// The municipality has no influence policy in force on the date asked about (for example
    /// Gentofte before its 2020 frame): the library does not know which rules applied then.
    case localPolicyNotInForce = "local-policy-not-in-force"
    /// The municipality's frame has no entry for this matter in this setting.
    case frameHasNoEntry = "frame-has-no-entry"
}

/// The municipality's influence policy as an evaluation finds it.
///
/// The profile is reached through its opened type, never cast to `any InfluenceLocalPolicy`:
/// casting a profile too large for an existential's inline buffer would allocate a box on the
/// hot path.
enum LocalInfluencePolicy {
    /// No municipality was given.
    case noMunicipality
    /// The municipality has no influence policy in force on the date.
    case notInForce
    /// The version in force.
    case inForce(InfluencePolicyVersion)

    init(_ context: EvaluationContext) {
        guard let municipality = context.municipality else {
            self = .noMunicipality
            return
        }
        let date = context.asOf
        func opened<P: MunicipalPolicy>(_ policy: P) -> InfluencePolicyVersion? {
            guard let type = P.self as? any InfluenceLocalPolicy.Type else { return nil }
            func typed<L: InfluenceLocalPolicy>(_: L.Type) -> InfluencePolicyVersion? {
                (policy as? L)?.influencePolicy(on: date)
            }
            return typed(type)
        }
        if let version = opened(municipality) {
            self = .inForce(version)
        } else {
            self = .notInForce
        }
    }

    /// The municipality's frame entry for `matter` in `setting` under `version`.
    static func frame(
        _ context: EvaluationContext, _ matter: InfluenceMatter, _ setting: InfluenceSetting, _ version: InfluencePolicyVersion
    ) -> InfluenceFrameEntry? {
        guard let municipality = context.municipality else { return nil }
        func opened<P: MunicipalPolicy>(_ policy: P) -> InfluenceFrameEntry? {
            guard let type = P.self as? any InfluenceLocalPolicy.Type else { return nil }
            func typed<L: InfluenceLocalPolicy>(_: L.Type) -> InfluenceFrameEntry? {
                (policy as? L)?.influenceFrame(matter, in: setting, under: version)
            }
            return typed(type)
        }
        return opened(municipality)
    }

    /// Records the reason a policy-dependent question cannot be answered. Returns `true` when it
    /// recorded one (and the question must stop).
    static func recordUnavailable<V, R: Recorder>(
        _ lookup: LocalInfluencePolicy, into e: inout Evaluation<V, R>, openQuestion: (inout V) -> Void
    ) -> Bool {
        switch lookup {
        case .inForce: return false
        case .noMunicipality:
            e.test(
                InfluenceFrameEntry.sel16, holds: nil,
                LocalizedText(
                    da: "Spørgsmålet afhænger af kommunens egne retningslinjer for brugerindflydelse (SEL § 16), men der er ikke angivet nogen kommune.",
                    en: "The question depends on the municipality's own written guidelines on user influence (SEL § 16), but no municipality was given."))
            e.missing("municipality")
        case .notInForce:
            let context = e.context
            // The text (names, periods) is built only when an explanation is kept.
            e.test(InfluenceFrameEntry.sel16, holds: nil, notInForceText(context))
            openQuestion(&e.verdict.values)
        }
        e.verdict.outcome = .undetermined
        return true
    }

    static func notInForceText(_ context: EvaluationContext) -> LocalizedText {
        let name = context.municipality?.name ?? ""
        let periods = (context.municipality as? any InfluenceLocalPolicy).map(describePeriods) ?? ""
        let asOf = context.asOf
        return LocalizedText(
            da: "\(name) har ingen politik for brugerindflydelse i kraft \(asOf.danishText), som biblioteket kender\(periods.isEmpty ? "" : " (kendte perioder: \(periods))"). En politik anvendes ikke uden for sin periode; spørgsmålet kan ikke afgøres.",
            en: "\(name) has no influence policy in force on \(asOf.englishText) that the library knows\(periods.isEmpty ? "" : " (known periods: \(periods))"). A policy is not applied outside its period; the question cannot be decided.")
    }

    static func describePeriods(_ profile: any InfluenceLocalPolicy) -> String {
        profile.influencePolicies.map { "\($0.document.rawValue) \($0.period.validFrom)–\($0.period.validTo?.description ?? "")" }
            .joined(separator: ", ")
    }
}
