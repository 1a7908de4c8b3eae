/// A legal or policy source a rule rests on, as a value.
///
/// The canonical string form is the contract's: `SEL § 126, stk. 1, nr. 2` for a statute,
/// `KK-KS 7.1` for a municipal policy document, `GDPR art. 9, stk. 2, litra c` for the
/// regulation.
///
/// ```swift
/// let c = Citation(.sel, "124", stk: 2)
/// c.description          // "SEL § 124, stk. 2"
/// c.matches("SEL § 124") // true
/// ```
public struct Citation: Sendable, Hashable, CustomStringConvertible {
    /// The source document.
    public struct Source: Sendable, Hashable, RawRepresentable {
        /// The contract's code for the source, e.g. `SEL`.
        public let rawValue: String
        /// Whether sections are written with `§` (statutes) or bare (policy documents, GDPR).
        public let kind: Kind

        /// How a source numbers its provisions.
        public enum Kind: Sendable, Hashable {
            /// A Danish statute: `SEL § 124`.
            case statute
            /// The EU regulation: `GDPR art. 9`.
            case regulation
            /// A policy document: `KK-KS 7.1`.
            case policy
            /// A policy document without numbered sections, cited by heading after a comma so
            /// that the bare document name matches: `HEL-BI, den enkelte enhed`.
            case unnumberedPolicy
        }

        /// Creates a source with its code and kind.
        public init(code: String, kind: Kind) {
            self.rawValue = code
            self.kind = kind
        }

        /// Creates a statute source from its code.
        public init(rawValue: String) { self.init(code: rawValue, kind: .statute) }

        /// Serviceloven (lov om social service).
        public static let sel = Source(code: "SEL", kind: .statute)
        /// Retssikkerhedsloven.
        public static let rsl = Source(code: "RSL", kind: .statute)
        /// Forvaltningsloven.
        public static let fvl = Source(code: "FVL", kind: .statute)
        /// Straffeloven.
        public static let strfl = Source(code: "STRFL", kind: .statute)
        /// Barnets lov.
        public static let bl = Source(code: "BL", kind: .statute)
        /// Lov om social pension (pensionsloven).
        public static let pl = Source(code: "PL", kind: .statute)
        /// Databeskyttelsesloven.
        public static let dbl = Source(code: "DBL", kind: .statute)
        /// Databeskyttelsesforordningen (EU 2016/679).
        public static let gdpr = Source(code: "GDPR", kind: .regulation)
        /// Persondataloven (lov nr. 429 af 31/05/2000), to 2018-05-24.
        public static let pdl = Source(code: "PDL", kind: .statute)
        /// Ældreloven (lov nr. 1651 af 30/12/2024), from 2025-07-01.
        public static let ael = Source(code: "ÆL", kind: .statute)
        /// Lov om socialtilsyn.
        public static let stl = Source(code: "STL", kind: .statute)
        /// Værgemålsloven.
        public static let vml = Source(code: "VML", kind: .statute)
        /// Lov om Folketingets Ombudsmand (ombudsmandsloven).
        public static let ombl = Source(code: "OMBL", kind: .statute)
        /// Lov om kommunernes styrelse (kommunestyrelsesloven).
        public static let ksl = Source(code: "KSL", kind: .statute)
        /// Lov om offentlighed i forvaltningen (offentlighedsloven).
        public static let offl = Source(code: "OFFL", kind: .statute)
        /// Folketingets Ombudsmand, udtalelser (FOB), e.g. `FOB 2017-9`.
        public static let fob = Source(code: "FOB", kind: .policy)
        /// Lov om helligdage as listed in lukkeloven § 2 and the 2023 act abolishing store bededag.
        public static let helligdage = Source(code: "HELLIGDAGE", kind: .policy)
        /// Københavns Kommune, Brugerpolitik (seed 000).
        public static let kkBP = Source(code: "KK-BP", kind: .policy)
        /// Gentofte Kommune, Rammer for brugerindflydelse 2020 (seed 001).
        public static let genBI = Source(code: "GEN-BI", kind: .policy)
        /// Helsingør Kommune, Politik for brugerinddragelse (seed 002).
        public static let helBI = Source(code: "HEL-BI", kind: .unnumberedPolicy)
        /// Retningslinje for borgerinddragelse i stofmisbrugsbehandling (seed 003).
        public static let smbBI = Source(code: "SMB-BI", kind: .policy)
        /// Københavns Kommune, Kvalitetsstandard SEL §§ 103–104, 2013 (seed 004).
        public static let kkKS = Source(code: "KK-KS", kind: .policy)
    }

    /// The source document.
    public let source: Source
    /// The section, e.g. `124 a`, `128 b` or, for a policy, `7.1` or `princip 6`.
    public let section: String
    /// The subsection (stykke), if cited.
    public let stk: Int?
    /// The number (nummer) within the subsection, if cited.
    public let nr: Int?
    /// The letter (litra) for GDPR citations, if cited.
    public let litra: String?

    /// Creates a citation.
    public init(_ source: Source, _ section: String, stk: Int? = nil, nr: Int? = nil, litra: String? = nil) {
        self.source = source
        self.section = section
        self.stk = stk
        self.nr = nr
        self.litra = litra
    }

    /// The canonical string form of the contract.
    public var description: String {
        var text: String
        switch source.kind {
        case _ where section.isEmpty: text = source.rawValue
        case .statute: text = "\(source.rawValue) § \(section)"
        case .regulation: text = "\(source.rawValue) art. \(section)"
        case .policy: text = "\(source.rawValue) \(section)"
        case .unnumberedPolicy: text = "\(source.rawValue), \(section)"
        }
        if let stk { text += ", stk. \(stk)" }
        if let nr { text += ", nr. \(nr)" }
        if let litra { text += ", litra \(litra)" }
        return text
    }

    /// Whether `expected` names this citation: equal to it, or its leading part up to a comma
    /// (`SEL § 126` matches `SEL § 126, stk. 1` but not `SEL § 126 a`).
    public func matches(_ expected: String) -> Bool {
        Citation.string(description, matches: expected)
    }

    /// The contract's matching rule on two citation strings.
    public static func string(_ actual: String, matches expected: String) -> Bool {
        guard actual.hasPrefix(expected) else { return false }
        if actual.count == expected.count { return true }
        return actual.dropFirst(expected.count).first == ","
    }

    /// The same provision without its stk., nr. and litra.
    public var sectionOnly: Citation { Citation(source, section) }
}
