// The scenario fuzz target: libFuzzer feeds bytes, and no input may crash the library.
//
// Built by `scripts/fuzz.sh` with `swiftc -sanitize=fuzzer` (and AddressSanitizer), together
// with the library modules compiled from source. Three modes, chosen by the first byte:
//
// * JSON mode (first byte < 0x80, which every seed `{` is): the bytes are a scenario document.
//   They are parsed, decoded and evaluated with `PolicyCatalogue.standard`, exactly as
//   `policy-check` does, and the decision is rendered as JSON and as text.
// * Structured mode (first byte 0x80 … 0xEF): the remaining bytes drive a `FactSynthesizer`
//   that picks a question from the catalogue and fills its facts from the question's
//   `FactSpec`s — mostly well-typed values, sometimes wrong types, impossible dates, unknown
//   enum values, numbers out of range — to reach the rules themselves rather than the parser.
// * Hostile mode (first byte ≥ 0xF0): the next five bytes are a `HostileDocument.Plan` — a
//   wide object, a long string or number, deep nesting, many values, invalid UTF-8, a run of
//   escapes or a huge fact name, up to 16 MB — which `-max_len` could never reach by mutation.
//   Besides "no crash": parsing must stay linear (values and key comparisons per byte), every
//   limit must give `limit-exceeded`, and no error may echo more than a bounded excerpt.
//
// Besides "no crash", the target checks invariants and traps (a finding) when one breaks:
// the fast verdict and the explained decision agree; the JSON path and the typed path give the
// same decision; the decision's JSON parses back to the same value; every error names a field.

import SocialPolicyContract
import SocialPolicyCore

let catalogue = PolicyCatalogue.standard
let municipalityCodes = catalogue.municipalities.keys.sorted()

/// Stops the run with a message: libFuzzer saves the input as a crash artifact.
func finding(_ message: String) -> Never {
    fatalError("scenario-fuzz invariant broken: \(message)")
}

func checkError(_ error: PolicyError) {
    if error.field.isEmpty || error.message.isEmpty { finding("an error without a field or a message: \(error)") }
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

/// Renders the decision every way the CLI does and checks that the JSON round-trips.
func checkRendering(_ decision: Decision) {
    let json = DecisionJSON.json(decision)
    let text = json.serialized
    do {
        let reparsed = try JSONParser.parse(text)
        if !jsonEquivalent(reparsed, json) { finding("decision JSON does not parse back to itself: \(text)") }
    } catch {
        finding("decision JSON does not parse: \(error) in \(text)")
    }
    _ = DecisionText.render(decision, in: .danish)
    _ = DecisionText.render(decision, in: .english)
}

/// Evaluates validated facts both ways and checks that they agree.
func checkAgreement(
    _ question: AnyPolicyQuestion, bag: FactBag, asOf: CivilDate, municipality: (any MunicipalPolicy)?
) -> Decision? {
    do {
        let both = try question.verdictAndDecision(facts: bag, asOf: asOf, municipality: municipality)
        let problems = both.disagreements
        if !problems.isEmpty { finding("\(question.id) on \(asOf): verdict and decision disagree: \(problems)") }
        let decision = both.decision
        if decision.outcome != .undetermined, !decision.missingFacts.isEmpty {
            finding("\(question.id): missing facts listed on a \(decision.outcome.rawValue) decision")
        }
        checkRendering(decision)
        return decision
    } catch {
        checkError(error)
        return nil
    }
}

func runJSON(_ bytes: [UInt8]) {
    let json: JSONValue
    do {
        json = try JSONParser.parse(bytes)
    } catch {
        checkError(error)
        return
    }
    _ = json.serialized
    let scenario: Scenario
    do {
        scenario = try Scenario(json: json)
    } catch {
        checkError(error)
        return
    }
    let viaCatalogue: Decision
    do {
        viaCatalogue = try catalogue.evaluate(scenario)
    } catch {
        checkError(error)
        if let expect = scenario.expect { _ = expect.mismatches(error: error) }
        return
    }
    checkRendering(viaCatalogue)
    if let expect = scenario.expect { _ = expect.mismatches(viaCatalogue) }
    // The same case through the typed path must give the same decision.
    guard let question = catalogue.question(scenario.question) else { finding("evaluated an unknown question") }
    let municipality = scenario.municipality.flatMap { catalogue.municipalities[$0] }
    guard let bag = try? FactBag(scenario.facts, specs: question.factSpecs) else {
        finding("the catalogue accepted facts the bag rejects")
    }
    guard var typed = checkAgreement(question, bag: bag, asOf: scenario.asOf, municipality: municipality) else {
        finding("the typed path rejected a case the catalogue accepted")
    }
    typed.id = viaCatalogue.id
    if typed != viaCatalogue { finding("\(question.id): the JSON path and the typed path decide differently") }
}

func runStructured(_ bytes: ArraySlice<UInt8>) {
    guard !catalogue.questions.isEmpty else { return }
    var synthesizer = FactSynthesizer(source: ByteChoices(Array(bytes)), validOnly: false)
    synthesizer.validOnly = synthesizer.source.choose(4) != 0  // mostly valid: reach the rules
    let question = catalogue.questions[synthesizer.source.choose(catalogue.questions.count)]
    let facts = synthesizer.facts(for: question.factSpecs)
    let asOf = synthesizer.asOf()
    let pick = synthesizer.source.choose(municipalityCodes.count + 1)
    let code = pick < municipalityCodes.count ? municipalityCodes[pick] : nil
    let municipality = code.flatMap { catalogue.municipalities[$0] }

    // The JSON path: through the catalogue, as a host's scenario.
    let scenario = Scenario(id: "fuzz", question: question.id, asOf: asOf, municipality: code, facts: facts)
    let viaCatalogue: Decision?
    do {
        viaCatalogue = try catalogue.evaluate(scenario)
    } catch {
        checkError(error)
        viaCatalogue = nil
    }
    // The typed path.
    let bag: FactBag
    do {
        bag = try FactBag(facts, specs: question.factSpecs)
    } catch {
        checkError(error)
        if viaCatalogue != nil { finding("the catalogue accepted facts the bag rejects") }
        return
    }
    let typed = checkAgreement(question, bag: bag, asOf: asOf, municipality: municipality)
    switch (typed, viaCatalogue) {
    case (var typed?, let viaCatalogue?):
        typed.id = viaCatalogue.id
        if typed != viaCatalogue { finding("\(question.id): the JSON path and the typed path decide differently") }
    case (nil, nil): break
    default: finding("\(question.id): one path accepted a case the other rejected")
    }
    // Batch preparation (the benchmark's path) must accept exactly what the typed path accepts.
    let batch = question.prepare([FactCase(facts: bag, asOf: asOf, municipality: municipality)])
    let tally = batch.runVerdicts()
    if batch.count == 1, tally.answered + tally.errors != 1 { finding("a prepared case was not evaluated") }
    if typed != nil, batch.count != 1 { finding("prepare rejected facts the typed path accepts") }
}

/// The longest error description any input may produce: the bounded field and message.
let maximumErrorCharacters = PolicyError.maximumFieldLength + PolicyError.maximumMessageLength + 2

func checkBounded(_ error: PolicyError, _ what: String) {
    checkError(error)
    if error.description.count > maximumErrorCharacters {
        finding("\(what): an error of \(error.description.utf8.count) bytes echoes unbounded input")
    }
}

func runHostile(_ bytes: ArraySlice<UInt8>) {
    var source = ByteChoices(Array(bytes))
    let plan = HostileDocument.Plan(&source)
    let document = HostileDocument.document(plan)
    let limits = JSONParser.Limits.standard
    var statistics = JSONParser.Statistics()
    let json: JSONValue
    do {
        json = try JSONParser.parse(document, limits: limits, statistics: &statistics)
    } catch {
        checkBounded(error, "\(plan)")
        if document.count > limits.maximumBytes, error.code != .limitExceeded {
            finding("\(plan): a document over the size limit gave \(error.code), not limit-exceeded")
        }
        checkLinear(statistics, document.count, plan)
        if plan.shape == .longFactName { checkFactName(plan) }
        return
    }
    checkLinear(statistics, document.count, plan)
    if plan.shape == .longFactName { checkFactName(plan) }
    do {
        let scenario = try Scenario(json: json)
        let decision = try catalogue.evaluate(scenario)
        checkRendering(decision)
    } catch {
        checkBounded(error, "\(plan)")
    }
}

/// Parsing is linear: at most one value per byte and a bounded number of key comparisons.
func checkLinear(_ statistics: JSONParser.Statistics, _ bytes: Int, _ plan: HostileDocument.Plan) {
    if statistics.values > bytes + 1 || statistics.keyComparisons > 2 * bytes + 16 {
        finding("\(plan): parsing \(bytes) bytes took \(statistics.values) values and \(statistics.keyComparisons) key comparisons")
    }
}

/// A huge fact name handed to a FactBag directly (as a Swift host would) gives a short error.
func checkFactName(_ plan: HostileDocument.Plan) {
    guard let question = catalogue.questions.first else { return }
    do {
        _ = try FactBag([HostileDocument.factName(plan): .bool(true)], specs: question.factSpecs)
        if plan.count > 0 { finding("a FactBag accepted an unknown fact") }
    } catch {
        checkBounded(error, "FactBag \(plan)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes[0] >= 0xF0 {
        runHostile(bytes.dropFirst())
    } else if bytes[0] >= 0x80 {
        runStructured(bytes.dropFirst())
    } else {
        runJSON(bytes)
    }
    return 0
}
