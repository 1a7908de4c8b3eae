// Instruments the influence and day-offer rule sets need that the per-act registries did not
// hold, and the lists of instruments those rule sets name. Maintained by hand; each
// `appliesFrom` is argued in its comment from the texts in ../shared/law/texts.

extension LegalInstrument {
    /// LOV 753/2023: the consequential act to barnets lov. It made serviceloven an act for
    /// persons **aged 18 or over** (SEL § 2, stk. 1: "Enhver, der er fyldt 18 år …", first in
    /// LBK 67/2024; LBK 1089/2023 still reads "Enhver, der opholder sig lovligt …").
    ///
    /// `appliesFrom` 2024-01-01 [V-inf]: the copy of the act lacks its in-force section, but the
    /// SEL § 104 a it inserts refers to "§ 84 i barnets lov", which exists only from barnets lov's
    /// in-force day (LOV 721/2023 § 212, stk. 1: 2024-01-01), and the consolidation that follows
    /// (LBK 67 af 22/01/2024) holds the new § 2.
    package static let lov753_2023 = LegalInstrument(
        .act, number: 753, issued: CivilDate(2023, 6, 13), appliesFrom: CivilDate(2024, 1, 1),
        title: "Lov om ændring af lov om social service, lov om retssikkerhed og administration på det sociale område og forskellige andre love (Ændringer som følge af barnets lov, initiativret for adopterede børn, adoption uden samtykke fra fødslen, samvær med børn på kvindekrisecentre m.v. og fasttrack for godkendelse af plejefamilier m.v.)",
        url: eli(2023, 753), contains: .sel, role: .amendment)

    /// The guideline *Retningslinje for borgerinddragelse* for social stofmisbrugsbehandling
    /// (seed 003, `SMB-BI`), last updated 12/04/2016: the rule set of `influence.involvement`.
    ///
    /// Its earlier wording is not known; the library applies the 2016 checklist from 2013-01-01
    /// (open question `smb-bi-before-2016`), so `appliesFrom` is 2013-01-01 while `issued` is the
    /// day of the last update. No ELI: it is not a retsinformation.dk document.
    package static let smbRetningslinje2016 = LegalInstrument(
        .municipalDocument, number: nil, issued: CivilDate(2016, 4, 12), appliesFrom: CivilDate(2013, 1, 1),
        title: "Retningslinje for borgerinddragelse i social stofmisbrugsbehandling (SMB-BI, sidst opdateret 12/04/2016)",
        url: nil, contains: .smbBI)
}

/// The instruments the influence and day-offer rule-set versions name, grouped by act and
/// period, so that each version lists every consolidation in force during it (a decision picks
/// the newest one that applies on its date) and the amending acts that took effect inside it.
package enum InfluenceDayOfferInstruments {
    /// Serviceloven 2013-01-01 – 2023-12-31: every consolidation of the period in the copy, and
    /// the amending acts of the provisions these questions cite (§ 141: LOV 649/2015 stk. 6,
    /// LOV 707/2018 stk. 7, LOV 1421/2019 wording).
    package static let sel2013to2023: [LegalInstrument] = [
        .lbk810_2012, .lbk1093_2013, .lbk254_2014, .lbk1053_2015, .lbk1270_2016, .lbk369_2017, .lbk988_2017,
        .lbk102_2018, .lbk1114_2018, .lbk798_2019, .lov1421_2019, .lbk1287_2020, .lbk1548_2021, .lbk1089_2023,
    ]
    /// Serviceloven from 2024-01-01 (18 or over, LOV 753/2023) to 2025-06-30.
    package static let sel2024: [LegalInstrument] = [.lbk1089_2023, .lov753_2023, .lbk67_2024, .lbk909_2024, .lbk155_2025]
    /// Serviceloven from 2025-07-01: the ældreloven changes (LOV 1703/2024) and LBK 1129/2025.
    package static let sel2025: [LegalInstrument] = [.lbk155_2025, .lov1703_2024, .lov407_2025, .lbk1129_2025]
    /// Barnets lov from 2024-01-01 (§ 212, stk. 1).
    package static let bl: [LegalInstrument] = [.lov721_2023, .lov1690_2024, .lbk282_2025]
    /// Ældreloven from 2025-07-01 (§ 45, stk. 1).
    package static let ael: [LegalInstrument] = [.lov1651_2024, .lov1649_2025]
    /// Retssikkerhedsloven: the consolidations in the copy (§§ 3 and 4 are identical in all).
    package static let rsl: [LegalInstrument] = [.lbk930_2012, .lbk983_2013, .lbk1555_2020, .lbk261_2024, .lbk354_2025]
    /// Forvaltningsloven: the consolidations in the copy (§ 8 is identical in all) and the
    /// acts amending the act in the period.
    package static let fvl: [LegalInstrument] = [.lbk1365_2007, .lbk988_2012, .lov638_2013, .lbk433_2014, .lov503_2018]
    /// Pensionsloven § 1 a: the consolidations and the acts raising folkepensionsalderen.
    package static let pl: [LegalInstrument] = [
        .lov1386_2011, .lbk783_2012, .lov1810_2015, .lbk1239_2016, .lov2203_2020, .lbk234_2021, .lbk1123_2024, .lov703_2025,
    ]
}

extension InfluenceDayOfferInstruments {
    /// The instruments of `list` a rule-set version from `from` to `to` (inclusive; `nil` =
    /// open) rests on: for each source, the newest text in force on `from` and every text that
    /// starts inside the period; the amending acts that took effect after that text and by `to`.
    /// Evaluated once, when the rule sets are built (never on the hot path).
    package static func period(_ list: [LegalInstrument], from: CivilDate, to: CivilDate?) -> [LegalInstrument] {
        func starts(_ instrument: LegalInstrument) -> Bool { to.map { instrument.appliesFrom <= $0 } ?? true }
        var result: [LegalInstrument] = []
        for instrument in list where instrument.role == .text && starts(instrument) {
            let newerAtStart = list.contains {
                $0.role == .text && $0.contains == instrument.contains && $0.appliesFrom <= from
                    && $0.appliesFrom > instrument.appliesFrom
            }
            if !newerAtStart { result.append(instrument) }
        }
        for instrument in list where instrument.role == .amendment && starts(instrument) {
            let newestAtStart = result.filter { $0.contains == instrument.contains && $0.appliesFrom <= from }
                .map(\.appliesFrom).max()
            if let newestAtStart, instrument.appliesFrom <= newestAtStart { continue }
            result.append(instrument)
        }
        return result
    }
}
