import SocialPolicyCore

/// The national rule sets behind the influence questions, and what they share.
public enum InfluenceRuleSets: Sendable {
    /// The day barnets lov took effect (LOV 721/2023 § 212, stk. 1) and serviceloven became an
    /// act for persons aged 18 or over (SEL § 2, stk. 1, LBK 67/2024; LOV 753/2023).
    public static let barnetsLovDay = CivilDate(2024, 1, 1)
    /// The day ældreloven took effect (LOV 1651/2024 § 45, stk. 1).
    public static let aeldrelovenDay = CivilDate(2025, 7, 1)

    typealias I = InfluenceDayOfferInstruments

    static func version(
        _ id: String, _ from: CivilDate, _ to: CivilDate?, _ title: String, _ enactedBy: String,
        _ instruments: [LegalInstrument], extra: [LegalInstrument] = []
    ) -> RuleSetVersion {
        RuleSetVersion(
            id: id, validFrom: from, validTo: to, title: title, enactedBy: enactedBy,
            instruments: I.period(instruments, from: from, to: to) + extra)
    }

    /// The three regimes of SEL § 16 and what replaced it, shared by `influence-frame` and
    /// `sel-16-council`: SEL § 16 for every offer (to 2023-12-31); from 2024-01-01 offers to
    /// children, young people and families under BL § 16; from 2025-07-01 ældreloven's offers
    /// outside SEL § 16 (ÆL has no such duty; open question `aeldreloven-scope`).
    static func influenceRegimes(_ id: String, _ subject: String, extra: [LegalInstrument]) -> RuleSetCatalogue {
        let all = I.sel2013to2023 + I.sel2024 + I.sel2025 + I.bl + I.ael + I.rsl + extra
        return RuleSetCatalogue([
            version(
                id, CivilDate(2013, 1, 1), CivilDate(2023, 12, 31),
                "\(subject): SEL § 16 for every offer under serviceloven",
                "serviceloven § 16 (LBK 810/2012 … LBK 1089/2023, identical text); retssikkerhedsloven § 4", all),
            version(
                id, barnetsLovDay, CivilDate(2025, 6, 30),
                "\(subject): SEL § 16 for offers to adults, BL § 16 for offers to children, young people and families",
                "barnets lov (LOV 721/2023) § 16, in force 2024-01-01 (§ 212); SEL § 2, stk. 1: 18 or over (LOV 753/2023, LBK 67/2024)", all),
            version(
                id, aeldrelovenDay, nil,
                "\(subject): ældreloven's offers outside SEL § 16",
                "ældreloven (LOV 1651/2024, in force 2025-07-01, § 45) has no user-influence guidelines duty; SEL § 16 reaches only offers under serviceloven (LBK 1129/2025)", all),
        ])
    }

    /// `influence-frame`: SEL § 16 (the common) and RSL § 4 (own case), with BL § 16 for offers
    /// to children from 2024-01-01 and ældreloven's offers outside SEL § 16 from 2025-07-01.
    public static let frame = influenceRegimes(
        "influence-frame", "SEL § 16 and RSL § 4: user influence on offers and one's own case", extra: [.smbRetningslinje2016])
    /// `fvl-8`: representation and assistance in administrative cases (FVL § 8, identical in
    /// LBK 1365/2007, 988/2012 and 433/2014).
    public static let representation = RuleSetCatalogue([
        version(
            "fvl-8", CivilDate(2013, 1, 1), nil, "FVL § 8: representation and assistance (partsrepræsentant, bisidder)",
            "forvaltningsloven § 8 (LBK 988/2012, LBK 433/2014, identical text)", I.fvl)
    ])
    /// `sel-16-council`: SEL § 16 read with each municipality's written guidelines (BL § 16 for
    /// offers to children from 2024-01-01; ældreloven's offers outside SEL § 16 from 2025-07-01).
    public static let council = influenceRegimes(
        "sel-16-council", "SEL § 16: written guidelines on user influence, read with the municipality's own", extra: [])
    /// `smb-involvement`: the SMB-BI checklist; the notification duty moved from SEL § 153 to
    /// BL § 133 on 2024-01-01.
    public static let involvement = RuleSetCatalogue([
        version(
            "smb-involvement", CivilDate(2013, 1, 1), CivilDate(2023, 12, 31),
            "SMB-BI 2.2.1–2.2.6 with the notification duty in SEL § 153",
            "Retningslinje for borgerinddragelse (SMB-BI, last updated 12/04/2016); serviceloven § 153 (LBK 810/2012 … LBK 1089/2023)",
            I.sel2013to2023 + [.smbRetningslinje2016]),
        version(
            "smb-involvement", barnetsLovDay, nil,
            "SMB-BI 2.2.1–2.2.6 with the notification duty in BL § 133",
            "barnets lov (LOV 721/2023) § 133, in force 2024-01-01 (§ 212); LBK 282/2025 § 133",
            I.bl + [.smbRetningslinje2016]),
    ])

    /// The first consolidation that holds SEL § 141, stk. 5 (LBK 254 af 20/03/2014; the
    /// amending act and its in-force day are not in the copy).
    public static let sel141Stk5Day = CivilDate(2014, 3, 20)
    /// The first consolidation that holds SEL § 141, stk. 6 (LBK 1053 af 08/09/2015; the
    /// exemption came with LOV 649 af 18/05/2015, in-force day not in the copy).
    public static let sel141Stk6Day = CivilDate(2015, 9, 8)
    /// The first consolidation that holds SEL § 141, stk. 7 (LBK 1114 af 30/08/2018; the
    /// helhedsorienteret plan came with LOV 707 af 08/06/2018, in-force day not in the copy).
    public static let sel141Stk7Day = CivilDate(2018, 8, 30)

    /// `sel-141`: the handleplan, one version for each change of the section or its reach:
    /// stk. 1–4 (2013), stk. 5 (2014), stk. 6 (2015), stk. 7 (2018), serviceloven for persons
    /// aged 18 or over (2024-01-01) and ældreloven (2025-07-01), whose help is never help under
    /// afsnit V. Each new stk. applies from the first consolidation that holds it: for stk. 6
    /// and 7, which take away or replace the plan, that is the latest day the texts support and
    /// the citizen's safe side (open question `sel-141-stk-5-7-start`).
    public static let actionPlan: RuleSetCatalogue = {
        let sel = I.sel2013to2023 + I.sel2024 + I.sel2025
        let all = sel + I.pl
        return RuleSetCatalogue([
            version(
                "sel-141", CivilDate(2013, 1, 1), sel141Stk5Day.adding(days: -1),
                "SEL § 141, stk. 1–4: the handleplan for persons under folkepensionsalderen who get help under afsnit V",
                "serviceloven § 141 (LBK 810/2012, LBK 1093/2013); pensionsloven § 1 a", all),
            version(
                "sel-141", sel141Stk5Day, sel141Stk6Day.adding(days: -1),
                "SEL § 141, stk. 1–5: relevant parts of the plan go to the § 107–110 or § 101 offer",
                "serviceloven § 141, stk. 5, first in LBK 254 af 20/03/2014", all),
            version(
                "sel-141", sel141Stk6Day, sel141Stk7Day.adding(days: -1),
                "SEL § 141, stk. 1–6: no handleplan duty for anonymous, ambulant drug treatment (§ 101 a)",
                "serviceloven § 141, stk. 6 and § 101 a (LOV 649 af 18/05/2015), first in LBK 1053 af 08/09/2015", all,
                extra: [.lov649_2015]),
            version(
                "sel-141", sel141Stk7Day, barnetsLovDay.adding(days: -1),
                "SEL § 141, stk. 1–7: a helhedsorienteret plan may replace the handleplan with the citizen's consent",
                "serviceloven § 141, stk. 7 (LOV 707 af 08/06/2018), first in LBK 1114 af 30/08/2018", all,
                extra: [.lov707_2018]),
            version(
                "sel-141", barnetsLovDay, aeldrelovenDay.adding(days: -1),
                "SEL § 141 for persons aged 18 or over (SEL § 2, stk. 1)",
                "SEL § 2, stk. 1 (LOV 753/2023, LBK 67/2024): serviceloven is for persons aged 18 or over from 2024-01-01", all),
            version(
                "sel-141", aeldrelovenDay, nil,
                "SEL § 141; help under ældreloven is never help under afsnit V",
                "ældreloven (LOV 1651/2024, § 45) has no handleplan; SEL § 141 (LBK 1129/2025) unchanged", all + I.ael),
        ])
    }()
}
/// Why an influence question could not apply a municipality's policy (`values.openLegalQuestion`).
public enum InfluenceOpenQuestion: String, Sendable, Hashable, CaseIterable {
    /// The municipality has no influence policy in force on the date asked about (for example
    /// Gentofte before its 2020 frame): the library does not know which rules applied then.
    case localPolicyNotInForce = "local-policy-not-in-force"
    /// The municipality's frame has no entry for this matter in this setting.
    case frameHasNoEntry = "frame-has-no-entry"
    /// The offer is one under ældreloven (from 2025-07-01): SEL § 16 does not reach it and
    /// ældreloven has no user-influence guidelines duty in its place (only § 11, stk. 2, nr. 4 on
    /// the recipient's influence on the help); whether the municipality's SEL § 16 policy still
    /// governs the offer is for the municipality to say.
    case aeldrelovenScope = "aeldreloven-scope"
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
