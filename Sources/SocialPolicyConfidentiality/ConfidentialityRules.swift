import SocialPolicyCore

/// The periods of the law that confidentiality and consent rest on, and the provisions each
/// period cites.
///
/// Three changes matter on and after 2013-01-01:
/// - 2014-01-01: the new offentlighedslov; the duty to take notes (notatpligt) moved from
///   § 6 of the 1985 act to § 13.
/// - 2018-05-25: the databeskyttelsesforordning (GDPR) and databeskyttelsesloven (DBL)
///   replaced persondataloven (PDL); FVL § 28, stk. 1 points to them for personal data.
/// - 2024-01-01: barnets lov took over the children's part of serviceloven; the public
///   servant's duty to notify the municipality about a child moved from SEL § 153 to BL § 133.
public enum ConfidentialityLaw {
    /// The first day of the new offentlighedslov (lov nr. 606 af 12/06/2013).
    public static let newAccessToInformationAct = CivilDate(2014, 1, 1)
    /// The first day the GDPR and databeskyttelsesloven applied.
    public static let gdprStart = CivilDate(2018, 5, 25)
    /// The first day of barnets lov (lov nr. 721 af 13/06/2023).
    public static let barnetsLovStart = CivilDate(2024, 1, 1)

    /// The rule sets of `confidentiality.disclosure`: gap-free from 2013-01-01.
    public static let disclosureRuleSets = RuleSetCatalogue([
        RuleSetVersion(
            id: "dk-disclosure", validFrom: CivilDate(2013, 1, 1), validTo: CivilDate(2013, 12, 31),
            title: "FVL §§ 27–28, 32 with persondataloven; SEL § 153; offentlighedsloven 1985 § 6",
            enactedBy: "lov nr. 503 af 12/06/2009 (FVL § 28), lov nr. 429 af 31/05/2000 (PDL); https://danskelove.dk/forvaltningsloven/28"),
        RuleSetVersion(
            id: "dk-disclosure", validFrom: newAccessToInformationAct, validTo: CivilDate(2018, 5, 24),
            title: "FVL §§ 27–28, 32 with persondataloven; SEL § 153; offentlighedsloven 2013 § 13",
            enactedBy: "lov nr. 606 af 12/06/2013 (offentlighedsloven), in force 2014-01-01"),
        RuleSetVersion(
            id: "dk-disclosure", validFrom: gdprStart, validTo: CivilDate(2023, 12, 31),
            title: "FVL §§ 27–28, 32 with GDPR and databeskyttelsesloven; SEL § 153",
            enactedBy: "forordning (EU) 2016/679; lov nr. 502 af 23/05/2018 (DBL); lov nr. 503 af 23/05/2018 (FVL § 28); https://elov.dk/forvaltningsloven/28/"),
        RuleSetVersion(
            id: "dk-disclosure", validFrom: barnetsLovStart, validTo: nil,
            title: "FVL §§ 27–28, 32 with GDPR and databeskyttelsesloven; BL § 133",
            enactedBy: "lov nr. 721 af 13/06/2023 (barnets lov), in force 2024-01-01"),
    ])

    /// The rule sets of `confidentiality.consent`: gap-free from 2013-01-01.
    public static let consentRuleSets = RuleSetCatalogue([
        RuleSetVersion(
            id: "dk-consent", validFrom: CivilDate(2013, 1, 1), validTo: CivilDate(2013, 12, 31),
            title: "FVL § 28, stk. 3–4; RSL § 11 a; persondataloven § 3, nr. 8; offentlighedsloven 1985 § 6",
            enactedBy: "lov nr. 503 af 12/06/2009 (FVL § 28, stk. 3–4); https://danskelove.dk/forvaltningsloven/28"),
        RuleSetVersion(
            id: "dk-consent", validFrom: newAccessToInformationAct, validTo: CivilDate(2018, 5, 24),
            title: "FVL § 28, stk. 3–4; RSL § 11 a; persondataloven § 3, nr. 8; offentlighedsloven 2013 § 13",
            enactedBy: "lov nr. 606 af 12/06/2013 (offentlighedsloven), in force 2014-01-01"),
        RuleSetVersion(
            id: "dk-consent", validFrom: gdprStart, validTo: nil,
            title: "FVL § 28, stk. 3–4; RSL § 11 a; GDPR art. 4, nr. 11, art. 7 and art. 9",
            enactedBy: "forordning (EU) 2016/679; lov nr. 503 af 23/05/2018 (FVL § 28); https://elov.dk/forvaltningsloven/28/"),
    ])

    /// Whether the GDPR and databeskyttelsesloven apply on `date`.
    @inlinable public static func gdprApplies(on date: CivilDate) -> Bool { date >= gdprStart }

    /// Whether barnets lov applies on `date`.
    @inlinable public static func barnetsLovApplies(on date: CivilDate) -> Bool { date >= barnetsLovStart }

    // MARK: Provisions

    /// FVL § 27, stk. 1: the duty of confidentiality in public administration.
    public static let confidentiality = Citation(.fvl, "27", stk: 1)
    /// STRFL § 152: the criminal duty of confidentiality.
    public static let criminalConfidentiality = Citation(.strfl, "152")
    /// STRFL § 152 e, nr. 1: not punishable when legally obliged to disclose.
    public static let legalDutyDefence = Citation(.strfl, "152 e", nr: 1)
    /// STRFL § 152 e, nr. 2: not punishable in justified protection of an obvious public
    /// interest or of one's own or others' interests.
    public static let dangerDefence = Citation(.strfl, "152 e", nr: 2)
    /// FVL § 28, stk. 1: personal data to another authority follow the data-protection rules.
    public static let otherAuthorityPersonalData = Citation(.fvl, "28", stk: 1)
    /// FVL § 28, stk. 3: consent is a voluntary, specific and informed expression of will.
    public static let consentDefinition = Citation(.fvl, "28", stk: 3)
    /// FVL § 28, stk. 4: consent can be revoked.
    public static let consentRevocable = Citation(.fvl, "28", stk: 4)
    /// FVL § 32: no one may obtain confidential information not relevant to their own task.
    public static let internalTask = Citation(.fvl, "32")
    /// FVL § 8: the party representative.
    public static let representative = Citation(.fvl, "8")
    /// SEL § 82, stk. 2: involving relatives when a citizen cannot safeguard their interests.
    public static let careDuty = Citation(.sel, "82", stk: 2)
    /// VML § 5: the guardian acts only within the værgemål.
    public static let guardianScope = Citation(.vml, "5")
    /// RSL § 11 a, stk. 1: consent must state information types, sources and purpose.
    public static let consentSpecific = Citation(.rsl, "11 a", stk: 1)

    /// The duty to notify the municipality about a child in force on `date`: SEL § 153 until
    /// 2023-12-31, BL § 133 from 2024-01-01.
    @inlinable public static func childNotification(on date: CivilDate) -> Citation {
        barnetsLovApplies(on: date) ? Citation(.bl, "133") : Citation(.sel, "153")
    }

    /// The duty to take notes (notatpligt) in force on `date`.
    @inlinable public static func notatpligt(on date: CivilDate) -> Citation {
        date >= newAccessToInformationAct ? Citation(.offl, "13") : Citation(.offl, "6")
    }

    /// Explicit consent to sensitive data: GDPR art. 9, stk. 2, litra a (with DBL § 7) from
    /// 2018-05-25; PDL § 7, stk. 2, nr. 1 before.
    @inlinable public static func explicitConsent(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "9", stk: 2, litra: "a") : Citation(.pdl, "7", stk: 2, nr: 1)
    }

    /// Vital interests where the citizen cannot consent: GDPR art. 9, stk. 2, litra c from
    /// 2018-05-25; PDL § 7, stk. 2, nr. 2 before.
    @inlinable public static func vitalInterests(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "9", stk: 2, litra: "c") : Citation(.pdl, "7", stk: 2, nr: 2)
    }

    /// Criminal-offence data where clearly outweighing interests require it: DBL § 8, stk. 2,
    /// nr. 2 from 2018-05-25; PDL § 8, stk. 2, nr. 2 before.
    @inlinable public static func criminalDataOutweighing(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.dbl, "8", stk: 2, nr: 2) : Citation(.pdl, "8", stk: 2, nr: 2)
    }

    /// A legal obligation as basis for processing: GDPR art. 6, stk. 1, litra c from
    /// 2018-05-25; PDL § 6, stk. 1, nr. 3 before.
    @inlinable public static func legalObligation(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "6", stk: 1, litra: "c") : Citation(.pdl, "6", stk: 1, nr: 3)
    }

    /// The social-area limit on passing on sensitive and criminal-offence data to other
    /// authorities: DBL § 8, stk. 3 from 2018-05-25; PDL § 8, stk. 3 before.
    @inlinable public static func socialAreaLimit(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.dbl, "8", stk: 3) : Citation(.pdl, "8", stk: 3)
    }

    /// A public task as basis for ordinary personal data: GDPR art. 6, stk. 1, litra e.
    public static let publicTask = Citation(.gdpr, "6", stk: 1, litra: "e")

    /// Informing the citizen about a disclosure: GDPR art. 14, stk. 3, litra c from
    /// 2018-05-25; PDL § 29, stk. 1 before.
    @inlinable public static func informCitizen(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "14", stk: 3, litra: "c") : Citation(.pdl, "29", stk: 1)
    }

    /// Data minimisation: GDPR art. 5, stk. 1, litra c from 2018-05-25; PDL § 5, stk. 3 before.
    @inlinable public static func minimisation(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "5", stk: 1, litra: "c") : Citation(.pdl, "5", stk: 3)
    }

    /// The definition of consent in the data-protection rules: GDPR art. 4, nr. 11 from
    /// 2018-05-25; PDL § 3, nr. 8 before.
    @inlinable public static func dataProtectionConsent(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "4", nr: 11) : Citation(.pdl, "3", nr: 8)
    }

    /// Revocation in the data-protection rules: GDPR art. 7, stk. 3 from 2018-05-25; PDL § 38
    /// before.
    @inlinable public static func dataProtectionRevocation(on date: CivilDate) -> Citation {
        gdprApplies(on: date) ? Citation(.gdpr, "7", stk: 3) : Citation(.pdl, "38")
    }
}
