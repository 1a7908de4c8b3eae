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

    /// The fields, held once and shared: an instrument is copied into every explained
    /// decision's ``Decision/legalBasis``, and a copy then costs one reference count.
    @usableFromInline final class Storage: Sendable {
        let kind: Kind
        let number: Int?
        let issued: CivilDate
        let appliesFrom: CivilDate
        let title: String
        let url: String?
        let contains: Citation.Source
        let role: Role

        init(
            kind: Kind, number: Int?, issued: CivilDate, appliesFrom: CivilDate, title: String, url: String?,
            contains: Citation.Source, role: Role
        ) {
            self.kind = kind
            self.number = number
            self.issued = issued
            self.appliesFrom = appliesFrom
            self.title = title
            self.url = url
            self.contains = contains
            self.role = role
        }
    }

    @usableFromInline let storage: Storage

    /// The kind.
    public var kind: Kind { storage.kind }
    /// The instrument's number, e.g. `1129` (none for a regulation or a policy document).
    public var number: Int? { storage.number }
    /// The day it was issued (the "af" date of its name).
    public var issued: CivilDate { storage.issued }
    /// The first day its text applies: a consolidation's issue date, an executive order's or an
    /// amending act's in-force date.
    public var appliesFrom: CivilDate { storage.appliesFrom }
    /// Its title, in Danish.
    public var title: String { storage.title }
    /// Its permanent address: the ELI URL on retsinformation.dk, or another public URL.
    public var url: String? { storage.url }
    /// The citations it holds, by source code: `SEL` for a consolidation of serviceloven; an
    /// executive order's own code (`BEK 1411/2024`) for its sections.
    public var contains: Citation.Source { storage.contains }
    /// Whether it holds the text or amends it.
    public var role: Role { storage.role }

    /// Creates an instrument.
    public init(
        _ kind: Kind, number: Int?, issued: CivilDate, appliesFrom: CivilDate? = nil, title: String, url: String?,
        contains: Citation.Source, role: Role = .text
    ) {
        self.storage = Storage(
            kind: kind, number: number, issued: issued, appliesFrom: appliesFrom ?? issued, title: title, url: url,
            contains: contains, role: role)
    }

    /// Whether two instruments have the same fields.
    public static func == (lhs: LegalInstrument, rhs: LegalInstrument) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.kind == rhs.kind && lhs.number == rhs.number && lhs.issued == rhs.issued
                && lhs.appliesFrom == rhs.appliesFrom && lhs.title == rhs.title && lhs.url == rhs.url
                && lhs.contains == rhs.contains && lhs.role == rhs.role)
    }

    /// Hashes the fields that `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(number)
        hasher.combine(issued)
        hasher.combine(appliesFrom)
        hasher.combine(title)
        hasher.combine(url)
        hasher.combine(contains)
        hasher.combine(role)
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
        // The two lists are read in place (no concatenated copy) and each instrument is looked
        // at through its shared storage: an explained decision asks this once per cited act.
        var text: LegalInstrument? = nil
        func consider(_ list: [LegalInstrument]) {
            for candidate in list {
                let instrument = candidate.storage
                guard instrument.role == .text, instrument.appliesFrom <= date, instrument.contains == citation.source else {
                    continue
                }
                if let current = text, current.storage.appliesFrom > instrument.appliesFrom { continue }
                text = candidate
            }
        }
        consider(instruments)
        consider(documents)
        var amendments: [LegalInstrument] = []
        func amending(_ list: [LegalInstrument]) {
            for candidate in list {
                let instrument = candidate.storage
                guard instrument.role == .amendment, instrument.appliesFrom <= date,
                    instrument.appliesFrom > (text?.storage.appliesFrom ?? instrument.appliesFrom),
                    instrument.contains == citation.source
                else { continue }
                amendments.append(candidate)
            }
        }
        amending(instruments)
        amending(documents)
        if amendments.count > 1 { amendments.sort { $0.appliesFrom < $1.appliesFrom } }
        return LegalBasis(citation: citation, instrument: text, amendedBy: amendments)
    }

    /// The legal basis of each of `citations`, in order: ``legalBasis(for:on:documents:)`` for
    /// each, with the instruments looked up once per source (citations of one act share them).
    @usableFromInline package func legalBases(for citations: [Citation], on date: CivilDate, documents: [LegalInstrument]) -> [LegalBasis] {
        var bases: [LegalBasis] = []
        bases.reserveCapacity(citations.count)
        for citation in citations {
            if let earlier = bases.first(where: { $0.citation.source == citation.source }) {
                bases.append(LegalBasis(citation: citation, instrument: earlier.instrument, amendedBy: earlier.amendedBy))
            } else {
                bases.append(legalBasis(for: citation, on: date, documents: documents))
            }
        }
        return bases
    }
}
