import SocialPolicyCore

/// A municipality's own complaint body: its name and how to reach it, as its policy names it.
public struct LocalComplaintBody: Sendable, Hashable {
    /// The body's Danish name, e.g. `Handicapcenter København`.
    public let name: String
    /// An English description of the body.
    public let englishName: String
    /// Address, telephone and e-mail as the source prints them (empty when not known).
    public let contact: String
    /// Where the municipality names the body (e.g. `KK-KS 7.1`).
    public let source: Citation

    /// Creates a local body.
    public init(name: String, englishName: String, contact: String, source: Citation) {
        self.name = name
        self.englishName = englishName
        self.contact = contact
        self.source = source
    }
}

/// What a municipality adds to the national complaint routes: its own bodies, and whether it
/// has a Borgerrådgiver (KSL § 65 e, optional for each council).
///
/// The national route never depends on this protocol: without a municipality the question
/// gives the national route and says where a local body would be needed. A local policy only
/// adds — a Borgerrådgiver step, the names and addresses of the local units — and can never
/// remove a national body, shorten a deadline or lift suspensive effect: the question applies
/// it after the national rules.
///
/// ## Implementation requirements
/// - Be a value type (or immutable) and `Sendable`, like every `MunicipalPolicy`.
/// - Answer from the policy document in force on `date`, and return `nil` / `false` outside
///   the document's period (use `PolicyDocumentPeriods`); never apply an old policy to a new
///   date.
/// - Return bodies from `static let` storage: the methods run on the hot path and must not
///   build strings.
public protocol ComplaintsLocalPolicy: MunicipalPolicy {
    /// Whether the municipality has a Borgerrådgiver (KSL § 65 e) on `date`.
    func hasCitizensAdvisor(on date: CivilDate) -> Bool
    /// The local unit that fills `role` (e.g. ``ComplaintBody/municipalityReconsideration``,
    /// ``ComplaintBody/municipalManagement``, ``ComplaintBody/citizensAdvisor``) for `subject`
    /// on `date`, if the municipality's policy names one.
    func localComplaintBody(_ role: ComplaintBody, for subject: ComplaintSubject, on date: CivilDate)
        -> LocalComplaintBody?
}

extension ComplaintsLocalPolicy {
    /// Default: no Borgerrådgiver.
    public func hasCitizensAdvisor(on date: CivilDate) -> Bool { false }
    /// Default: no local body named.
    public func localComplaintBody(_ role: ComplaintBody, for subject: ComplaintSubject, on date: CivilDate)
        -> LocalComplaintBody?
    { nil }
}

/// The local bodies a verdict carries for its guidance text (plain values, no allocation).
public struct LocalComplaintBodies: Sendable, Hashable {
    /// The unit that receives and reconsiders a complaint about a decision.
    public var reconsideration: LocalComplaintBody?
    /// The management unit for complaints that are not appeals.
    public var management: LocalComplaintBody?
    /// The Borgerrådgiver.
    public var advisor: LocalComplaintBody?
    /// The municipality's name.
    public var municipalityName: String?
    /// Whether the municipality has a Borgerrådgiver on the date asked about.
    public var hasAdvisor = false

    /// None known.
    public init() {}
}

extension ComplaintsLocalPolicy {
    /// What `policy` (whose dynamic type is `Self`) supplies for `subject` on `date`, read
    /// without re-boxing the policy in a new existential (so the hot path does not allocate).
    static func complaintLookup(in policy: any MunicipalPolicy, subject: ComplaintSubject, on date: CivilDate)
        -> LocalComplaintBodies?
    {
        guard let policy = policy as? Self else { return nil }
        var bodies = LocalComplaintBodies()
        bodies.municipalityName = policy.name
        bodies.hasAdvisor = policy.hasCitizensAdvisor(on: date)
        bodies.reconsideration = policy.localComplaintBody(.municipalityReconsideration, for: subject, on: date)
        bodies.management = policy.localComplaintBody(.municipalManagement, for: subject, on: date)
        bodies.advisor = bodies.hasAdvisor ? policy.localComplaintBody(.citizensAdvisor, for: subject, on: date) : nil
        return bodies
    }
}

extension LocalComplaintBodies {
    /// What the municipality in `context` supplies for `subject` on `date`, or `nil` when there
    /// is no municipality or it does not adopt ``ComplaintsLocalPolicy``.
    static func lookup(_ municipality: (any MunicipalPolicy)?, subject: ComplaintSubject, on date: CivilDate)
        -> LocalComplaintBodies?
    {
        guard let municipality, let type = type(of: municipality) as? any ComplaintsLocalPolicy.Type else { return nil }
        return type.complaintLookup(in: municipality, subject: subject, on: date)
    }
}
