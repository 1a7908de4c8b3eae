import SocialPolicyCore

/// The periods of the law that confidentiality and consent rest on, and the provisions each
/// period cites.
///
/// The changes that matter for questions asked from 2013-01-01 (read in the acts; see
/// `Documentation/Confidentiality.md`):
/// - 2009-07-01 (before the first date a question can be asked, the context of the first
///   version): lov nr. 503 af 12/06/2009 rewrote FVL § 28 — personal data to another authority
///   follow persondataloven (PDL); stk. 2–4 (consent, revocation) govern only confidential
///   information that is **not** about individuals.
/// - 2014-01-01: the new offentlighedslov (notatpligt § 6 of the 1985 act → § 13) and lov nr.
///   638 af 12/06/2013: FVL § 27 rewritten, private matters are stk. 1, nr. 1 (before: nr. 6).
/// - 2018-05-25: the GDPR and databeskyttelsesloven (DBL) replaced PDL; PDL § 8, stk. 3 (the
///   social-area limit) ended; FVL § 28, stk. 1 points to GDPR and DBL.
/// - 2019-03-21 (consent only): retssikkerhedsvejledningen VEJ nr. 9330, pkt. 117, is cited for
///   what a consent must name.
/// - 2024-01-01: barnets lov: the public servant's duty to notify about a child moved from SEL
///   § 153 to BL § 133.
public enum ConfidentialityLaw: Sendable {
    /// The first day of FVL § 28 as rewritten by lov nr. 503 af 12/06/2009.
    public static let fvl28Rewritten = CivilDate(2009, 7, 1)
    /// The first day of the new offentlighedslov (lov nr. 606 af 12/06/2013) and of FVL § 27 as
    /// rewritten by lov nr. 638 af 12/06/2013.
    public static let newAccessToInformationAct = CivilDate(2014, 1, 1)
    /// The first day the GDPR and databeskyttelsesloven applied.
    public static let gdprStart = CivilDate(2018, 5, 25)
    /// The day retssikkerhedsvejledningen VEJ nr. 9330 af 21/03/2019 was issued.
    public static let guidance2019 = CivilDate(2019, 3, 21)
    /// The first day of barnets lov (lov nr. 721 af 13/06/2023).
    public static let barnetsLovStart = CivilDate(2024, 1, 1)

    // MARK: Instruments per period

    static let fvl2009: [LegalInstrument] = [.lbk1365_2007, .lov503_2009, .lbk988_2012]
    static let fvl2014: [LegalInstrument] = [.lbk988_2012, .lov638_2013, .lbk433_2014]
    static let fvl2018: [LegalInstrument] = [.lbk433_2014, .lov503_2018]
    static let pdl: [LegalInstrument] = [.lov429_2000]
    /// The royal orders in which the Danish wording of PDL § 8 was read (the copy's text of lov nr.
    /// 429/2000 is empty); they hold the act's sections under their own source code.
    static let pdlReadIn: [LegalInstrument] = [.ang1238_2016, .ang754_2017]
    static let dbl2018: [LegalInstrument] = [.gdpr2016_679, .lov502_2018]
    static let dbl2024: [LegalInstrument] = [.gdpr2016_679, .lov502_2018, .lov1783_2023, .lov1784_2023, .lbk289_2024]
    static func strfl(_ from: CivilDate, _ to: CivilDate?) -> [LegalInstrument] {
        inForce(LegalInstrument.straffelovenConsolidations, from, to)
    }
    static let selConsolidations: [LegalInstrument] = [
        .lbk810_2012, .lbk1093_2013, .lbk254_2014, .lbk1053_2015, .lbk1270_2016, .lbk369_2017, .lbk988_2017,
        .lbk102_2018, .lbk1114_2018, .lbk798_2019, .lbk1287_2020, .lbk1548_2021, .lbk1089_2023, .lbk67_2024,
        .lbk909_2024, .lbk155_2025, .lbk1129_2025,
    ]
    static func sel(_ from: CivilDate, _ to: CivilDate?) -> [LegalInstrument] { inForce(selConsolidations, from, to) }
    static let rslConsolidations: [LegalInstrument] = [.lbk930_2012, .lbk983_2013, .lbk1555_2020, .lbk261_2024, .lbk354_2025]
    static func rsl(_ from: CivilDate, _ to: CivilDate?) -> [LegalInstrument] { inForce(rslConsolidations, from, to) }
    static let vml: [LegalInstrument] = [.lbk1015_2007, .lbk1122_2021, .lov729_2025]

    /// The consolidations of `list` (oldest first) whose text applies on some day of
    /// `from…to`: the one in force on `from` and every later one issued by `to`.
    static func inForce(_ list: [LegalInstrument], _ from: CivilDate, _ to: CivilDate?) -> [LegalInstrument] {
        var result: [LegalInstrument] = []
        for (index, instrument) in list.enumerated() {
            if let to, instrument.appliesFrom > to { continue }
            let next = index + 1 < list.count ? list[index + 1] : nil
            if let next, next.appliesFrom <= from { continue }
            result.append(instrument)
        }
        return result
    }

    /// The rule sets of `confidentiality.disclosure`: gap-free from 2013-01-01 (the first
    /// version took effect on 2009-07-01).
    public static let disclosureRuleSets = RuleSetCatalogue([
        RuleSetVersion(
            id: "dk-disclosure", validFrom: fvl28Rewritten, validTo: CivilDate(2013, 12, 31),
            title: "FVL §§ 27 (stk. 1, nr. 6), 28 stk. 1, 32 with persondataloven §§ 6–8 (§ 8, stk. 3 for the social area); STRFL § 152 e; SEL §§ 82, 153; OFFL (1985) § 6",
            enactedBy: "lov nr. 503 af 12/06/2009 (FVL § 28 rewritten, in force 2009-07-01); lov nr. 429 af 31/05/2000 (PDL)",
            instruments: fvl2009 + pdl + strfl(CivilDate(2013, 1, 1), CivilDate(2013, 12, 31))
                + sel(CivilDate(2013, 1, 1), CivilDate(2013, 12, 31)) + [.lbk1015_2007, .lov572_1985]),
        RuleSetVersion(
            id: "dk-disclosure", validFrom: newAccessToInformationAct, validTo: CivilDate(2018, 5, 24),
            title: "FVL §§ 27 (stk. 1, nr. 1), 28 stk. 1, 32 with persondataloven §§ 6–8 (§ 8, stk. 3 for the social area); STRFL § 152 e; SEL §§ 82, 153; OFFL § 13",
            enactedBy: "lov nr. 638 af 12/06/2013 (FVL § 27) and lov nr. 606 af 12/06/2013 (offentlighedsloven), both in force 2014-01-01",
            instruments: fvl2014 + pdl + pdlReadIn + strfl(newAccessToInformationAct, CivilDate(2018, 5, 24))
                + sel(newAccessToInformationAct, CivilDate(2018, 5, 24)) + [.lbk1015_2007, .lov606_2013InForce]),
        RuleSetVersion(
            id: "dk-disclosure", validFrom: gdprStart, validTo: CivilDate(2023, 12, 31),
            title: "FVL §§ 27, 28 stk. 1, 32 with GDPR art. 6 and 9 and databeskyttelsesloven §§ 7–8; STRFL § 152 e; SEL §§ 82, 153; OFFL § 13",
            enactedBy: "forordning (EU) 2016/679; lov nr. 502 af 23/05/2018 (DBL, § 46: PDL repealed); lov nr. 503 af 23/05/2018 (FVL § 28, stk. 1), all from 2018-05-25",
            instruments: fvl2018 + dbl2018 + strfl(gdprStart, CivilDate(2023, 12, 31)) + sel(gdprStart, CivilDate(2023, 12, 31))
                + [.lbk1015_2007, .lbk1122_2021, .lov606_2013InForce, .lbk145_2020]),
        RuleSetVersion(
            id: "dk-disclosure", validFrom: barnetsLovStart, validTo: nil,
            title: "FVL §§ 27, 28 stk. 1, 32 with GDPR art. 6 and 9 and databeskyttelsesloven §§ 7–8; STRFL § 152 e; SEL § 82; BL § 133; OFFL § 13",
            enactedBy: "lov nr. 721 af 13/06/2023 (barnets lov), in force 2024-01-01",
            instruments: fvl2018 + dbl2024 + strfl(barnetsLovStart, nil) + sel(barnetsLovStart, nil)
                + [.lov721_2023, .lov1690_2024, .lbk282_2025, .lbk1122_2021, .lov729_2025, .lbk145_2020]),
    ])

    /// The rule sets of `confidentiality.consent`: gap-free from 2013-01-01 (the first version
    /// took effect on 2009-07-01).
    public static let consentRuleSets = RuleSetCatalogue([
        RuleSetVersion(
            id: "dk-consent", validFrom: fvl28Rewritten, validTo: CivilDate(2013, 12, 31),
            title: "persondataloven § 3, nr. 8 and § 38; RSL § 11 a (obtaining); VML § 5; OFFL (1985) § 6",
            enactedBy: "lov nr. 503 af 12/06/2009 (FVL § 28: stk. 2–4 only for information not about individuals, in force 2009-07-01); lov nr. 429 af 31/05/2000 (PDL)",
            instruments: fvl2009 + pdl + rsl(CivilDate(2013, 1, 1), CivilDate(2013, 12, 31)) + [.lbk1015_2007, .lov572_1985]),
        RuleSetVersion(
            id: "dk-consent", validFrom: newAccessToInformationAct, validTo: CivilDate(2018, 5, 24),
            title: "persondataloven § 3, nr. 8 and § 38; RSL § 11 a (obtaining); VML § 5; OFFL § 13",
            enactedBy: "lov nr. 606 af 12/06/2013 (offentlighedsloven), in force 2014-01-01",
            instruments: fvl2014 + pdl + pdlReadIn + rsl(newAccessToInformationAct, CivilDate(2018, 5, 24)) + [.lbk1015_2007, .lov606_2013InForce]),
        RuleSetVersion(
            id: "dk-consent", validFrom: gdprStart, validTo: CivilDate(2019, 3, 20),
            title: "GDPR art. 4, nr. 11, art. 7 and art. 9, stk. 2, litra a; RSL § 11 a (obtaining); VML § 5; OFFL § 13",
            enactedBy: "forordning (EU) 2016/679; lov nr. 502 af 23/05/2018 (DBL), from 2018-05-25",
            instruments: fvl2018 + dbl2018 + rsl(gdprStart, CivilDate(2019, 3, 20)) + [.lbk1015_2007, .lov606_2013InForce]),
        RuleSetVersion(
            id: "dk-consent", validFrom: guidance2019, validTo: nil,
            title: "GDPR art. 4, nr. 11, art. 7 and art. 9, stk. 2, litra a; RSL § 11 a (obtaining); retssikkerhedsvejledningen pkt. 117; VML § 5; OFFL § 13",
            enactedBy: "vejledning nr. 9330 af 21/03/2019 (retssikkerhedsvejledningen), pkt. 117: what an RSL § 11 a consent must name",
            instruments: fvl2018 + dbl2024 + rsl(guidance2019, nil)
                + [.vej9330_2019, .lbk1015_2007, .lbk1122_2021, .lov729_2025, .lov606_2013InForce, .lbk145_2020]),
    ])

    /// Whether the GDPR and databeskyttelsesloven apply on `date`.
    @inlinable public static func gdprApplies(on date: CivilDate) -> Bool { date >= gdprStart }

    /// Whether barnets lov applies on `date`.
    @inlinable public static func barnetsLovApplies(on date: CivilDate) -> Bool { date >= barnetsLovStart }

    // MARK: Provisions

    /// FVL § 27, stk. 1: the duty of confidentiality for individuals' private matters — nr. 6 in
    /// the text to 2013-12-31 (LBK 988/2012), nr. 1 from 2014-01-01 (lov nr. 638/2013; LBK 433/2014).
    @inlinable package static func confidentiality(on date: CivilDate) -> Citation {
        date >= newAccessToInformationAct ? Citation(.fvl, "27", stk: 1, nr: 1) : Citation(.fvl, "27", stk: 1, nr: 6)
    }
    /// STRFL § 152: the criminal duty of confidentiality.
    package static let criminalConfidentiality = Citation(.strfl, "152")
    /// STRFL § 152 e, nr. 1: not punishable when legally obliged to disclose.
    package static let legalDutyDefence = Citation(.strfl, "152 e", nr: 1)
    /// STRFL § 152 e, nr. 2: not punishable in justified protection of an obvious public
    /// interest or of one's own or others' interests.
    package static let dangerDefence = Citation(.strfl, "152 e", nr: 2)
    /// FVL § 28, stk. 1: personal data to another authority follow the data-protection rules.
    package static let otherAuthorityPersonalData = Citation(.fvl, "28", stk: 1)
    /// FVL § 32: no one may obtain confidential information not relevant to their own task.
    package static let internalTask = Citation(.fvl, "32")
    /// FVL § 8: the party representative.
    package static let representative = Citation(.fvl, "8")
    /// SEL § 82, stk. 2: the duty to see whether relatives can be involved when a citizen with
    /// substantially reduced mental function cannot safeguard their interests. A duty, not a
    /// permission to disclose.
    package static let careDuty = Citation(.sel, "82", stk: 2)
    /// VML § 5, stk. 4: the guardian acts for the person in the matters the værgemål covers.
    package static let guardianScope = Citation(.vml, "5", stk: 4)
    /// RSL § 11 a, stk. 1: with prior consent the authority may obtain from others the
    /// information needed to process the case. It sets no content requirements for the consent.
    package static let consentToObtain = Citation(.rsl, "11 a", stk: 1)
    /// Retssikkerhedsvejledningen (VEJ nr. 9330 af 21/03/2019), pkt. 117: a § 11 a consent must
    /// let the citizen know which types of information, from whom, and for which case. Guidance,
    /// not statute.
    package static let consentContentGuidance = Citation(LegalInstrument.retssikkerhedsvejledningSource, "pkt. 117")

    /// PDL § 8, stk. 3 (to 2018-05-24): an authority on the social area may disclose § 7 and
    /// § 8 data only with consent (stk. 2, nr. 1), for clearly overriding interests (nr. 2), as a
    /// necessary step in the case, or for an authority's supervision or control.
    package static let socialAreaLimit = Citation(.pdl, "8", stk: 3)
    /// PDL § 8, stk. 2, nr. 1: the explicit consent, applied through stk. 3.
    package static let pdlExplicitConsent = Citation(.pdl, "8", stk: 2, nr: 1)
    /// PDL § 8, stk. 2, nr. 2: clearly overriding interests, applied through stk. 3.
    package static let pdlOverridingInterests = Citation(.pdl, "8", stk: 2, nr: 2)

    /// DBL § 8, stk. 2, nr. `nr` (criminal-offence data, from 2018-05-25): 1 explicit consent,
    /// 2 clearly overriding interests, 3 necessary for an authority's activity or required for a
    /// decision it must make, 4 necessary for a person's or company's tasks for the public sector.
    @inlinable package static func criminalDisclosure(nr: Int) -> Citation { Citation(.dbl, "8", stk: 2, nr: nr) }

    /// GDPR art. 9, stk. 2, litra a: explicit consent to art. 9 data (with DBL § 7, stk. 1).
    package static let art9Consent = Citation(.gdpr, "9", stk: 2, litra: "a")
    /// GDPR art. 9, stk. 2, litra c: vital interests where the citizen cannot consent.
    package static let art9VitalInterests = Citation(.gdpr, "9", stk: 2, litra: "c")
    /// GDPR art. 9, stk. 2, litra g: substantial public interest on a national basis.
    package static let art9PublicInterest = Citation(.gdpr, "9", stk: 2, litra: "g")
    /// GDPR art. 9, stk. 2, litra h: health care by a professional under a duty of secrecy.
    package static let art9HealthCare = Citation(.gdpr, "9", stk: 2, litra: "h")
    /// DBL § 7, stk. 1: art. 9(2)(a), (c), (d), (e) and (f) lift the art. 9(1) ban.
    package static let dblArt9Grounds = Citation(.dbl, "7", stk: 1)
    /// DBL § 7, stk. 3: art. 9(2)(h) — prevention, diagnosis, nursing, treatment or health
    /// services by a health-sector person under a statutory duty of secrecy.
    package static let dblHealthCare = Citation(.dbl, "7", stk: 3)
    /// DBL § 7, stk. 4: art. 9(2)(g) — substantial public interest (a permit only for processing
    /// not done for a public authority).
    package static let dblPublicInterest = Citation(.dbl, "7", stk: 4)
    /// A public task as basis for ordinary personal data: GDPR art. 6, stk. 1, litra e.
    package static let publicTask = Citation(.gdpr, "6", stk: 1, litra: "e")
    /// GDPR art. 7, stk. 1: the controller must be able to show that consent was given.
    package static let demonstrableConsent = Citation(.gdpr, "7", stk: 1)

    /// The duty to notify the municipality about a child in force on `date`: SEL § 153 until
    /// 2023-12-31, BL § 133 from 2024-01-01.
    @inlinable package static func childNotification(on date: CivilDate) -> Citation {
        barnetsLovApplies(on: date) ? Citation(.bl, "133") : Citation(.sel, "153")
    }

    /// The duty to take notes (notatpligt) in force on `date`: OFFL (1985) § 6 to 2013-12-31,
    /// OFFL § 13 from 2014-01-01.
    @inlinable package static func notatpligt(on date: CivilDate) -> Citation {
        date >= newAccessToInformationAct ? Citation(.offl, "13") : Citation(.offl, "6")
    }

    /// A legal obligation as basis for processing: GDPR art. 6, stk. 1, litra c from
    /// 2018-05-25; PDL § 6, stk. 1, nr. 3 before.
    @inlinable package static func legalObligation(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "6", stk: 1, litra: "c") : Citation(.pdl, "6", stk: 1, nr: 3)
    }

    /// Informing the citizen about a disclosure: GDPR art. 14, stk. 3, litra c from
    /// 2018-05-25; PDL § 29, stk. 1 before.
    @inlinable package static func informCitizen(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "14", stk: 3, litra: "c") : Citation(.pdl, "29", stk: 1)
    }

    /// Data minimisation: GDPR art. 5, stk. 1, litra c from 2018-05-25; PDL § 5, stk. 3 before.
    @inlinable package static func minimisation(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "5", stk: 1, litra: "c") : Citation(.pdl, "5", stk: 3)
    }

    /// The definition of consent to personal data — voluntary, specific, informed: GDPR art. 4,
    /// nr. 11 from 2018-05-25; PDL § 3, nr. 8 before. (FVL § 28, stk. 3 has the same words but,
    /// since lov nr. 503/2009, only for information not about individuals.)
    @inlinable package static func dataProtectionConsent(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "4", nr: 11) : Citation(.pdl, "3", nr: 8)
    }

    /// Revocation of consent to personal data: GDPR art. 7, stk. 3 from 2018-05-25; PDL § 38
    /// before (FVL § 28, stk. 1 applies PDL § 38 to disclosures between authorities).
    @inlinable package static func dataProtectionRevocation(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "7", stk: 3) : Citation(.pdl, "38")
    }
}
