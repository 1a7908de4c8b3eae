/// A published legal instrument a rule rests on: a consolidated act (LBK), an act (LOV), an
/// executive order (BEK), a royal order (ANG), the EU regulation, a guidance (VEJ), an Ombudsman
/// statement (FOB) or a municipal policy document.
///
/// Every rule-set version names the instruments it rests on (``RuleSetVersion/instruments``),
/// and every explained ``Decision`` says, for each citation, which instrument held that
/// provision on the date asked about (``Decision/legalBasis``), with its ELI address on
/// retsinformation.dk — so an auditor can open the text that decided.
public struct LegalInstrument: Sendable, Hashable, CustomStringConvertible {
    /// The kind of instrument, by its retsinformation.dk abbreviation.
    public enum Kind: String, Sendable, Hashable {
        /// Lovbekendtgørelse: a consolidated act.
        case consolidatedAct = "LBK"
        /// Lov: an act as passed (an original act or an amending act).
        case act = "LOV"
        /// Bekendtgørelse: an executive order.
        case executiveOrder = "BEK"
        /// Anordning: a royal order.
        case royalOrder = "ANG"
        /// An EU regulation.
        case regulation = "EU"
        /// Vejledning: guidance.
        case guidance = "VEJ"
        /// An Ombudsman statement (FOB).
        case ombudsmanStatement = "FOB"
        /// A municipality's own policy document.
        case municipalDocument = "POLICY"
    }

    /// What the instrument does to the provisions of ``contains``.
    public enum Role: String, Sendable, Hashable {
        /// It holds the text of the provisions: a consolidation, an original act, an executive
        /// order, a policy document. A citation is answered by the newest such instrument in force.
        case text
        /// It amends the text held by an earlier instrument (an amending act): listed as
        /// `amendedBy` when it took effect after the newest consolidation.
        case amendment
    }

    /// The kind.
    public let kind: Kind
    /// The instrument's number, e.g. `1129` (none for a regulation or a policy document).
    public let number: Int?
    /// The day it was issued (the "af" date of its name).
    public let issued: CivilDate
    /// The first day its text applies: a consolidation's issue date, an executive order's or an
    /// amending act's in-force date.
    public let appliesFrom: CivilDate
    /// Its title, in Danish.
    public let title: String
    /// Its permanent address: the ELI URL on retsinformation.dk, or another public URL.
    public let url: String?
    /// The citations it holds, by source code: `SEL` for a consolidation of serviceloven; an
    /// executive order's own code (`BEK 1411/2024`) for its sections.
    public let contains: Citation.Source
    /// Whether it holds the text or amends it.
    public let role: Role

    /// Creates an instrument.
    public init(
        _ kind: Kind, number: Int?, issued: CivilDate, appliesFrom: CivilDate? = nil, title: String, url: String?,
        contains: Citation.Source, role: Role = .text
    ) {
        self.kind = kind
        self.number = number
        self.issued = issued
        self.appliesFrom = appliesFrom ?? issued
        self.title = title
        self.url = url
        self.contains = contains
        self.role = role
    }

    /// The ELI URL of a retsinformation.dk document (`lta/<year>/<number>`).
    public static func eli(_ year: Int, _ number: Int) -> String {
        "https://www.retsinformation.dk/eli/lta/\(year)/\(number)"
    }

    /// Its name as retsinformation.dk writes it: `LBK nr. 1129 af 22/09/2025`.
    public var name: String {
        guard let number else { return title }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(kind.rawValue) nr. \(number) af \(two(issued.day))/\(two(issued.month))/\(issued.year)"
    }

    /// The instrument's name.
    public var description: String { name }

    /// The citation source for the instrument's own sections, e.g. `BEK 1411/2024` or
    /// `LOV 680/2024` (for an amending act's in-force and transitional sections).
    public var ownSource: Citation.Source {
        guard let number else { return contains }
        return Citation.Source(code: "\(kind.rawValue) \(number)/\(issued.year)", kind: .statute)
    }
}

/// Which instrument held a cited provision on the date asked about.
public struct LegalBasis: Sendable, Hashable {
    /// The citation, as in ``Decision/citations``.
    public let citation: Citation
    /// The instrument that held its text on `asOf`; `nil` when the rule set names none for the
    /// citation's source (a gap the catalogue tests reject).
    public let instrument: LegalInstrument?
    /// Amending acts in force on `asOf` that took effect after ``instrument`` was issued.
    public let amendedBy: [LegalInstrument]

    /// Creates an entry.
    public init(citation: Citation, instrument: LegalInstrument?, amendedBy: [LegalInstrument] = []) {
        self.citation = citation
        self.instrument = instrument
        self.amendedBy = amendedBy
    }
}

extension RuleSetVersion {
    /// The instrument that held `citation`'s text on `date`, among this version's
    /// ``instruments`` and a municipality's `documents`, and the amending acts in force on
    /// `date` that came after it.
    ///
    /// The text is held by the newest instrument of role ``LegalInstrument/Role/text`` whose
    /// ``LegalInstrument/contains`` is the citation's source and that applies on `date`.
    public func legalBasis(for citation: Citation, on date: CivilDate, documents: [LegalInstrument] = []) -> LegalBasis {
        let instruments = self.instruments + documents
        var text: LegalInstrument? = nil
        for instrument in instruments
        where instrument.role == .text && instrument.contains == citation.source && instrument.appliesFrom <= date {
            if let current = text, current.appliesFrom > instrument.appliesFrom { continue }
            text = instrument
        }
        var amendments: [LegalInstrument] = []
        for instrument in instruments
        where instrument.role == .amendment && instrument.contains == citation.source && instrument.appliesFrom <= date
            && instrument.appliesFrom > (text?.appliesFrom ?? instrument.appliesFrom)
        {
            amendments.append(instrument)
        }
        return LegalBasis(citation: citation, instrument: text, amendedBy: amendments.sorted { $0.appliesFrom < $1.appliesFrom })
    }
}
