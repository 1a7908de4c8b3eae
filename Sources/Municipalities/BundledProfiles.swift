import PolicyCore

/// Københavns Kommune: Brugerpolitik (seed 000, ca. 2010) and Kvalitetsstandard for
/// SEL §§ 103–104 (seed 004, 2013).
///
/// Each rule area adds its part of the profile in an extension in its own file
/// (`Kobenhavn+<Area>.swift`).
public struct KobenhavnProfile: MunicipalPolicy, Hashable {
    public let id = "kobenhavn"
    public let name = "Københavns Kommune"
    /// The profile.
    public init() {}
}

/// Gentofte Kommune: Rammer for brugerindflydelse (seed 001, 2020).
public struct GentofteProfile: MunicipalPolicy, Hashable {
    public let id = "gentofte"
    public let name = "Gentofte Kommune"
    /// The profile.
    public init() {}
}

/// Helsingør Kommune: Politik for brugerinddragelse (seed 002, 2009 in the 2012 collection).
public struct HelsingorProfile: MunicipalPolicy, Hashable {
    public let id = "helsingor"
    public let name = "Helsingør Kommune"
    /// The profile.
    public init() {}
}

/// The municipal profiles bundled with the library.
public enum BundledProfiles {
    /// København.
    public static let kobenhavn = KobenhavnProfile()
    /// Gentofte.
    public static let gentofte = GentofteProfile()
    /// Helsingør.
    public static let helsingor = HelsingorProfile()
    /// All three, for a catalogue.
    public static let all: [any MunicipalPolicy] = [kobenhavn, gentofte, helsingor]
}
