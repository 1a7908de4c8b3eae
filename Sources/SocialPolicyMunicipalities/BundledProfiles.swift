import SocialPolicyCore

/// Københavns Kommune: Brugerpolitik (seed 000, ca. 2010) and Kvalitetsstandard for
/// SEL §§ 103–104 (seed 004, 2013).
///
/// Each rule area adds its part of the profile in an extension in its own file
/// (`Kobenhavn+<Area>.swift`).
public struct KobenhavnProfile: MunicipalPolicy, Hashable {
    /// The contract's code for the municipality.
    public var id: String { "kobenhavn" }
    /// The municipality's name.
    public var name: String { "Københavns Kommune" }
    /// Brugerpolitik (`KK-BP`) and Kvalitetsstandard SEL §§ 103–104 2013 (`KK-KS`).
    public var documents: [LegalInstrument] { [MunicipalDocuments.kkBrugerpolitik, MunicipalDocuments.kkKvalitetsstandard2013] }
    /// The profile.
    public init() {}
}

/// Gentofte Kommune: Rammer for brugerindflydelse (seed 001, 2020).
public struct GentofteProfile: MunicipalPolicy, Hashable {
    /// The contract's code for the municipality.
    public var id: String { "gentofte" }
    /// The municipality's name.
    public var name: String { "Gentofte Kommune" }
    /// Rammer for brugerindflydelse 2020 (`GEN-BI`).
    public var documents: [LegalInstrument] { [MunicipalDocuments.gentofteRammer2020] }
    /// The profile.
    public init() {}
}

/// Helsingør Kommune: Politik for brugerinddragelse (seed 002, 2009 in the 2012 collection).
public struct HelsingorProfile: MunicipalPolicy, Hashable {
    /// The contract's code for the municipality.
    public var id: String { "helsingor" }
    /// The municipality's name.
    public var name: String { "Helsingør Kommune" }
    /// Politik for brugerinddragelse (`HEL-BI`).
    public var documents: [LegalInstrument] { [MunicipalDocuments.helsingorPolitik2009] }
    /// The profile.
    public init() {}
}

/// The municipal profiles bundled with the library.
public enum BundledProfiles: Sendable {
    /// København.
    public static let kobenhavn = KobenhavnProfile()
    /// Gentofte.
    public static let gentofte = GentofteProfile()
    /// Helsingør.
    public static let helsingor = HelsingorProfile()
    /// All three, for a catalogue.
    public static let all: [any MunicipalPolicy] = [kobenhavn, gentofte, helsingor]
}

/// The validity periods of the bundled policy documents, shared by every area's part of the
/// profiles so that one document has one period everywhere.
public enum PolicyDocumentPeriods: Sendable {
    /// Københavns Kommune, Brugerpolitik (seed 000): written ca. 2010; no successor is known,
    /// so it is treated as in force from 2010 with no end.
    public static let kkBrugerpolitik = PolicyPeriod(from: CivilDate(2010, 1, 1))
    /// Københavns Kommune, Kvalitetsstandard SEL §§ 103–104 (seed 004): the standard for 2013.
    public static let kkKvalitetsstandard2013 = PolicyPeriod(from: CivilDate(2013, 1, 1), to: CivilDate(2013, 12, 31))
    /// Gentofte Kommune, Rammer for brugerindflydelse (seed 001): from 2020, no end known.
    public static let gentofteRammer2020 = PolicyPeriod(from: CivilDate(2020, 1, 1))
    /// Helsingør Kommune, Politik for brugerinddragelse (seed 002): adopted 2009, in the 2012
    /// collection; no end known.
    public static let helsingorPolitik2009 = PolicyPeriod(from: CivilDate(2009, 1, 1))
}

/// The bundled policy documents as instruments, for a decision's `legalBasis`. Their dates are
/// the start of their ``PolicyDocumentPeriods``; they have no ELI address (the texts are the
/// seed documents of the product, `shared/seeds/`).
package enum MunicipalDocuments {
    /// Københavns Kommune, Brugerpolitik (seed 000, ca. 2010).
    package static let kkBrugerpolitik = LegalInstrument(
        .municipalDocument, number: nil, issued: CivilDate(2010, 1, 1),
        title: "Københavns Kommune, Brugerpolitik (socialpsykiatri)", url: nil, contains: .kkBP)
    /// Københavns Kommune, Kvalitetsstandard SEL §§ 103–104, 2013 (seed 004).
    package static let kkKvalitetsstandard2013 = LegalInstrument(
        .municipalDocument, number: nil, issued: CivilDate(2013, 1, 1),
        title: "Københavns Kommune, Kvalitetsstandard for beskyttet beskæftigelse og aktivitets- og samværstilbud (SEL §§ 103–104) 2013",
        url: nil, contains: .kkKS)
    /// Gentofte Kommune, Rammer for brugerindflydelse 2020 (seed 001).
    package static let gentofteRammer2020 = LegalInstrument(
        .municipalDocument, number: nil, issued: CivilDate(2020, 1, 1),
        title: "Gentofte Kommune, Rammer for brugerindflydelse (Social & Handicap Drift)", url: nil, contains: .genBI)
    /// Helsingør Kommune, Politik for brugerinddragelse (seed 002, 2009).
    package static let helsingorPolitik2009 = LegalInstrument(
        .municipalDocument, number: nil, issued: CivilDate(2009, 1, 1),
        title: "Helsingør Kommune, Politik for brugerinddragelse for ældre, børn, børnefamilier og voksne med særlige behov",
        url: nil, contains: .helBI)
}
