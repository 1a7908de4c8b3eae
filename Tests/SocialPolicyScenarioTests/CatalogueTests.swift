import SocialPolicyKit
import Testing

/// Checks that hold for every question in `PolicyCatalogue.standard` — today's and every one
/// added later — without naming any of them.
@Suite("The whole catalogue")
struct CatalogueTests {
    static let catalogue = PolicyCatalogue.standard
    static var questionIDs: [String] { catalogue.questions.map(\.id) }

    static func question(_ id: String) -> AnyPolicyQuestion {
        catalogue.question(id) ?? catalogue.questions[0]
    }

    /// A valid value for `spec`, as JSON text.
    static func validJSON(for spec: FactSpec) -> String {
        switch spec.kind {
        case .bool: "true"
        case .int(let range): String(range.lowerBound)
        case .date: "\"2000-06-15\""
        case .enumeration(let values): "\"\(values.first ?? "")\""
        case .enumerationList(let values): "[\"\(values.first ?? "")\"]"
        }
    }

    /// A value of the wrong JSON type for `spec`, as JSON text.
    static func wrongTypeJSON(for spec: FactSpec) -> String {
        switch spec.kind {
        case .bool: "\"true\""
        case .int: "\"3\""
        case .date: "20240101"
        case .enumeration: "7"
        case .enumerationList: "\"not-an-array\""
        }
    }

    /// A scenario for `question` with every required fact valid, `extra` facts as given.
    static func scenario(
        _ question: AnyPolicyQuestion, asOf: String = "2024-06-03", municipality: String? = nil,
        facts extra: [String: String] = [:], skipping skipped: String? = nil
    ) -> String {
        var members: [String] = []
        for spec in question.factSpecs where spec.required && spec.name != skipped && extra[spec.name] == nil {
            members.append("\"\(spec.name)\": \(validJSON(for: spec))")
        }
        for (name, value) in extra.sorted(by: { $0.key < $1.key }) { members.append("\"\(name)\": \(value)") }
        let place = municipality.map { ", \"municipality\": \"\($0)\"" } ?? ""
        return #"{"id": "t", "question": "\#(question.id)", "asOf": "\#(asOf)"\#(place), "facts": {\#(members.joined(separator: ", "))}}"#
    }

    /// `value` as JSON text.
    static func json(_ value: FactValue) -> String {
        switch value {
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .number(let number): "\(number)"
        case .string(let text): JSONValue.string(text).serialized
        case .array(let items): "[" + items.map(json).joined(separator: ", ") + "]"
        case .object: "{}"
        }
    }

    /// Facts the question accepts on 2024-06-03 (found with the generator), as JSON members.
    static func acceptedFacts(_ question: AnyPolicyQuestion) -> [String: String]? {
        var synthesizer = FactSynthesizer(source: SplitMix64(seed: SplitMix64.seed(for: question.id)), validOnly: true)
        for _ in 0..<500 {
            let facts = synthesizer.facts(for: question.factSpecs)
            guard let bag = try? FactBag(facts, specs: question.factSpecs),
                (try? question.verdictAndDecision(facts: bag, asOf: CivilDate(2024, 6, 3))) != nil
            else { continue }
            return facts.mapValues(json)
        }
        return nil
    }

    static func error(_ json: String) -> PolicyError? {
        do {
            _ = try catalogue.evaluate(json: Array(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    // MARK: Structure

    @Test("question ids are unique, well-formed and the catalogue is not empty")
    func uniqueIDs() {
        let ids = Self.questionIDs
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count, "duplicate question ids: \(ids)")
        for id in ids {
            let parts = id.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 2 && parts.allSatisfy { Self.isKebab($0) }, "id \(id)")
        }
        #expect(Self.catalogue.questions.allSatisfy { !$0.title.da.isEmpty && !$0.title.en.isEmpty })
    }

    @Test("every question's rule sets are valid: gap-free, no overlaps, open-ended, starting by 2013-01-01", arguments: questionIDs)
    func ruleSetsValid(_ id: String) {
        let question = Self.question(id)
        #expect(question.ruleSets.validationProblems().isEmpty, "\(id): \(question.ruleSets.validationProblems())")
        #expect(question.ruleSets.versions.allSatisfy { !$0.title.isEmpty && !$0.enactedBy.isEmpty && !$0.id.isEmpty })
    }

    @Test("every day 2013–2045 is answered by exactly the version in force on it", arguments: questionIDs)
    func ruleSetLookupEveryDay(_ id: String) throws {
        let catalogue = Self.question(id).ruleSets
        var date = CivilDate(2013, 1, 1)
        var failures = 0
        while date.year <= 2045 {
            let containing = catalogue.versions.filter { $0.contains(date) }
            if containing.count != 1 || (try? catalogue.version(on: date)) != containing.first { failures += 1 }
            date = date.adding(days: 1)
        }
        #expect(failures == 0, "\(id)")
        #expect(throws: PolicyError(code: .noRuleSet, field: "asOf", message: "")) {
            try catalogue.version(on: CivilDate(2012, 12, 31))
        }
    }

    @Test("every fact name is unique within its question and camelCase; enum values are kebab-case", arguments: questionIDs)
    func factSpecsWellFormed(_ id: String) {
        let specs = Self.question(id).factSpecs
        let names = specs.map(\.name)
        #expect(Set(names).count == names.count, "\(id): duplicate facts in \(names)")
        for spec in specs {
            #expect(Self.isCamelCase(spec.name), "\(id): fact \(spec.name) is not camelCase")
            #expect(!spec.meaning.isEmpty, "\(id): fact \(spec.name) has no meaning")
            switch spec.kind {
            case .enumeration(let values), .enumerationList(let values):
                #expect(!values.isEmpty && Set(values).count == values.count, "\(id).\(spec.name)")
                for value in values { #expect(Self.isKebab(Substring(value)), "\(id).\(spec.name): \(value)") }
            case .int(let range):
                #expect(range.lowerBound <= range.upperBound)
            case .bool, .date: break
            }
        }
    }

    static func isCamelCase(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    static func isKebab(_ text: Substring) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // MARK: Bad input, for every declared fact

    @Test("a JSON scenario with a wrong-type value for any declared fact is rejected naming facts.<name>", arguments: questionIDs)
    func wrongTypeForEveryFact(_ id: String) throws {
        let question = Self.question(id)
        for spec in question.factSpecs {
            let json = Self.scenario(question, facts: [spec.name: Self.wrongTypeJSON(for: spec)])
            let error = try #require(Self.error(json), "\(id).\(spec.name) accepted a wrong type")
            #expect(error.code == .wrongType, "\(id).\(spec.name): \(error)")
            #expect(error.field == "facts.\(spec.name)", "\(id).\(spec.name): \(error)")
        }
    }

    @Test("unknown enum values, impossible dates, out-of-range numbers and unknown facts are rejected naming the field", arguments: questionIDs)
    func otherBadValuesForEveryFact(_ id: String) throws {
        let question = Self.question(id)
        for spec in question.factSpecs {
            var bad: [(String, PolicyError.Code, String)] = []
            switch spec.kind {
            case .enumeration: bad.append(("\"no-such-value\"", .unknownValue, "facts.\(spec.name)"))
            case .enumerationList: bad.append(("[\"no-such-value\"]", .unknownValue, "facts.\(spec.name)[0]"))
            case .date:
                bad.append(("\"2023-02-29\"", .invalidDate, "facts.\(spec.name)"))
                bad.append(("\"2024-1-01\"", .invalidDate, "facts.\(spec.name)"))
            case .int(let range):
                if range.lowerBound > Int.min { bad.append((String(range.lowerBound - 1), .outOfRange, "facts.\(spec.name)")) }
                if range.upperBound < Int.max { bad.append((String(range.upperBound + 1), .outOfRange, "facts.\(spec.name)")) }
                bad.append(("1.5", .wrongType, "facts.\(spec.name)"))
            case .bool: bad.append(("null", .missingField, "facts.\(spec.name)"))
            }
            for (value, code, field) in bad {
                if value == "null" && !spec.required { continue }  // null is simply unknown
                let json = Self.scenario(question, facts: [spec.name: value])
                let error = try #require(Self.error(json), "\(id).\(spec.name) = \(value) accepted")
                #expect(error.code == code && error.field == field, "\(id).\(spec.name) = \(value): \(error)")
            }
            if spec.required {
                let error = try #require(Self.error(Self.scenario(question, skipping: spec.name)))
                #expect(error.code == .missingField && error.field == "facts.\(spec.name)", "\(id): \(error)")
            }
        }
        let unknown = try #require(Self.error(Self.scenario(question, facts: ["noSuchFact": "true"])))
        #expect(unknown.code == .unknownFact && unknown.field == "facts.noSuchFact")
    }

    @Test("unknown question, unknown municipality, asOf 2012-12-31, bad asOf and malformed JSON are rejected naming the field", arguments: questionIDs)
    func badEnvelope(_ id: String) throws {
        let question = Self.question(id)
        let facts = try #require(Self.acceptedFacts(question), "\(id): no accepted facts could be generated")
        #expect(Self.error(Self.scenario(question, facts: facts)) == nil)
        let cases: [(String, PolicyError.Code, String)] = [
            (Self.scenario(question, municipality: "aarhus"), .unknownMunicipality, "municipality"),
            (Self.scenario(question, asOf: "2012-12-31", facts: facts), .noRuleSet, "asOf"),
            (Self.scenario(question, asOf: "1999-01-01", facts: facts), .noRuleSet, "asOf"),
            (Self.scenario(question, asOf: "2024-02-30"), .invalidDate, "asOf"),
            (Self.scenario(question, asOf: "24-01-01"), .invalidDate, "asOf"),
            (String(Self.scenario(question).dropLast()), .malformedInput, "json"),
            (Self.scenario(question).replacingOccurrences(of: "\"question\": \"\(id)\"", with: "\"question\": \"\(id).nope\""), .unknownQuestion, "question"),
        ]
        for (json, code, field) in cases {
            let error = try #require(Self.error(json), "accepted: \(json)")
            #expect(error.code == code && error.field == field, "\(json): \(error)")
        }
    }

    @Test("the scenario envelope: missing or mistyped fields are rejected naming the field")
    func envelopeFields() throws {
        let cases: [(String, PolicyError.Code, String)] = [
            (#"[]"#, .wrongType, "scenario"),
            (#"{"asOf": "2024-01-01", "facts": {}}"#, .missingField, "question"),
            (#"{"question": 1, "asOf": "2024-01-01", "facts": {}}"#, .wrongType, "question"),
            (#"{"question": "calendar.holidays", "facts": {}}"#, .missingField, "asOf"),
            (#"{"question": "calendar.holidays", "asOf": 20240101, "facts": {}}"#, .wrongType, "asOf"),
            (#"{"question": "calendar.holidays", "asOf": "2024-01-01"}"#, .missingField, "facts"),
            (#"{"question": "calendar.holidays", "asOf": "2024-01-01", "facts": []}"#, .wrongType, "facts"),
            (#"{"question": "calendar.holidays", "asOf": "2024-01-01", "language": "fr", "facts": {"year": 2024}}"#, .unknownValue, "language"),
            (#"{"question": "calendar.holidays", "asOf": "2024-01-01", "municipality": 3, "facts": {"year": 2024}}"#, .wrongType, "municipality"),
            (#"{"question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": [2024, null]}}"#, .wrongType, "facts.year[1]"),
            (#"{"question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": 2024, "year": 2025}}"#, .malformedInput, "facts.year"),
            ("", .malformedInput, "json"),
        ]
        for (json, code, field) in cases {
            let error = try #require(Self.error(json), "accepted: \(json)")
            #expect(error.code == code && error.field == field, "\(json): \(error)")
        }
        // Unknown top-level fields are allowed (the contract only grows); null facts are unknown.
        let fine = #"{"question": "calendar.holidays", "asOf": "2024-01-01", "extra": {"x": 1}, "facts": {"year": 2024}}"#
        #expect(Self.error(fine) == nil)
    }

    // MARK: Generated cases

    @Test("for generated cases the fast verdict and the explained decision agree, and the decision is well-formed", arguments: questionIDs)
    func verdictAgreesWithDecision(_ id: String) throws {
        let question = Self.question(id)
        var synthesizer = FactSynthesizer(source: SplitMix64(seed: SplitMix64.seed(for: id)), validOnly: true)
        let municipalities = Self.catalogue.municipalities.keys.sorted().compactMap { Self.catalogue.municipalities[$0] }
        var evaluated = 0
        var problems: [String] = []
        for _ in 0..<1_500 {
            let facts = synthesizer.facts(for: question.factSpecs)
            let asOf = synthesizer.asOf()
            let pick = synthesizer.source.choose(municipalities.count + 1)
            let municipality = pick < municipalities.count ? municipalities[pick] : nil
            guard let bag = try? FactBag(facts, specs: question.factSpecs),
                let both = try? question.verdictAndDecision(facts: bag, asOf: asOf, municipality: municipality)
            else { continue }
            evaluated += 1
            let decision = both.decision
            problems += both.disagreements.map { "\(asOf) \(facts): \($0)" }
            if decision.outcome == .undetermined, decision.missingFacts.isEmpty, decision.value("openLegalQuestion") == nil {
                problems.append("\(asOf) \(facts): undetermined names no missing fact and no open legal question")
            }
            if decision.outcome != .undetermined, !decision.missingFacts.isEmpty {
                problems.append("\(asOf) \(facts): missing facts on a \(decision.outcome.rawValue) decision")
            }
            let label = try question.ruleSets.version(on: asOf).label
            if decision.question != id || decision.asOf != asOf || decision.ruleSet != label {
                problems.append("\(asOf): wrong envelope \(decision.question) \(decision.ruleSet)")
            }
            for step in decision.explanation where step.text.da.isEmpty || step.text.en.isEmpty {
                problems.append("\(asOf): explanation step \(step.citation) without text")
            }
            for obligation in decision.obligations where obligation.text.da.isEmpty || obligation.text.en.isEmpty {
                problems.append("\(asOf): obligation \(obligation.code) without text")
            }
            // The JSON form parses back and carries every contract key.
            let json = DecisionJSON.json(decision)
            let reparsed = try JSONParser.parse(json.serialized)
            #expect(jsonEquivalent(reparsed, json), "\(id): the decision JSON does not parse back to itself")
            for key in ["question", "asOf", "ruleSet", "outcome", "values", "obligations", "missingFacts", "citations", "explanation"] {
                if reparsed[key] == nil { problems.append("decision JSON without \(key)") }
            }
            if problems.count > 20 { break }
        }
        #expect(evaluated >= 100, "\(id): only \(evaluated) generated cases could be evaluated")
        #expect(problems.isEmpty, "\(id): \(problems.prefix(10))")
    }

    @Test("generated bad input never crashes and is always reported with a field", arguments: questionIDs)
    func badInputIsAlwaysNamed(_ id: String) {
        let question = Self.question(id)
        var synthesizer = FactSynthesizer(source: SplitMix64(seed: SplitMix64.seed(for: id, base: 7)), validOnly: false)
        for _ in 0..<1_500 {
            let facts = synthesizer.facts(for: question.factSpecs)
            let scenario = Scenario(id: nil, question: id, asOf: synthesizer.asOf(), facts: facts)
            do {
                _ = try Self.catalogue.evaluate(scenario)
            } catch {
                #expect(!error.field.isEmpty && !error.message.isEmpty, "\(error)")
            }
        }
    }

    @Test("the bundled municipalities are known by their contract codes")
    func municipalities() {
        #expect(Set(Self.catalogue.municipalities.keys) == ["kobenhavn", "gentofte", "helsingor"])
    }
}

/// JSON equality as the contract compares values: numbers by value (`2` equals `2.0`, as the
/// serialiser writes whole numbers without a fraction), objects by keys in order, arrays in order.
func jsonEquivalent(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.int(let x), .number(let y)), (.number(let y), .int(let x)): return Double(x) == y
    case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { jsonEquivalent($0, $1) }
    case (.object(let x), .object(let y)):
        return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && jsonEquivalent($0.value, $1.value) }
    default: return a == b
    }
}

/// The size of the value inside an existential (opened implicitly).
private func storedSize<T>(_ value: T) -> (size: Int, alignment: Int, isClass: Bool) {
    (MemoryLayout<T>.size, MemoryLayout<T>.alignment, T.self is AnyClass)
}

@Suite("Municipal profiles on the hot path")
struct MunicipalProfileLayoutTests {
    @Test(
        "every bundled municipality fits an existential's inline buffer, so casting it to an area's protocol does not allocate",
        arguments: PolicyCatalogue.standard.municipalities.keys.sorted())
    func fitsInline(_ code: String) throws {
        let municipality = try #require(PolicyCatalogue.standard.municipalities[code])
        let layout = storedSize(municipality)
        // Three words inline; more is boxed, and `as? any <Area>LocalPolicy` copies the box
        // (one heap allocation per verdict). Fix: `id` and `name` as computed properties.
        #expect(layout.isClass || (layout.size <= 3 * MemoryLayout<Int>.size && layout.alignment <= MemoryLayout<Int>.alignment),
                "\(code) is \(layout.size) bytes: make `id` and `name` computed properties (see MunicipalPolicy)")
    }
}
