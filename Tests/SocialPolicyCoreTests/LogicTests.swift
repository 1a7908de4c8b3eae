import SocialPolicyCore
import Testing

@Suite("Three-valued logic")
struct LogicTests {
    static let values: [Bool?] = [true, false, nil]

    /// Every list of 0…4 three-valued conditions.
    static var allLists: [[Bool?]] {
        var lists: [[Bool?]] = [[]]
        var frontier: [[Bool?]] = [[]]
        for _ in 1...4 {
            frontier = frontier.flatMap { list in values.map { list + [$0] } }
            lists += frontier
        }
        return lists
    }

    @Test("Conjunction: denied if any condition is false, else undetermined if any is unknown, else permitted")
    func conjunctionTruthTable() {
        for list in Self.allLists {
            var all = Conjunction()
            for value in list { all.add(value) }
            let expected: Outcome =
                list.contains(false) ? .denied : (list.contains(where: { $0 == nil }) ? .undetermined : .permitted)
            #expect(all.outcome == expected, "\(list)")
            #expect(all.holds == (expected == .denied ? false : expected == .permitted ? true : nil), "\(list)")
            #expect(all.outcome != .permitted || list.allSatisfy { $0 == true }, "fail closed: \(list)")
        }
    }

    @Test("Conjunction: combining two conjunctions equals adding all their conditions to one")
    func conjunctionComposition() {
        for left in Self.allLists where left.count <= 2 {
            for right in Self.allLists where right.count <= 2 {
                var a = Conjunction()
                left.forEach { a.add($0) }
                var b = Conjunction()
                right.forEach { b.add($0) }
                var combined = a
                combined.add(b)
                var flat = Conjunction()
                (left + right).forEach { flat.add($0) }
                #expect(combined == flat)
            }
        }
    }

    @Test("Disjunction: holds if any alternative holds, fails only if all fail, otherwise unknown")
    func disjunctionTruthTable() {
        for list in Self.allLists {
            var any = Disjunction()
            for value in list { any.add(value) }
            let expected: Bool? =
                list.contains(true) ? true : (list.contains(where: { $0 == nil }) ? nil : false)
            #expect(any.holds == expected, "\(list)")
        }
        #expect(Disjunction().holds == false)
        #expect(Conjunction().outcome == .permitted)
    }

    @Test("outcome spellings are the contract's")
    func outcomeSpellings() {
        #expect(Outcome.allCases.map(\.rawValue) == ["permitted", "denied", "undetermined", "not-applicable", "determined"])
    }

    @Test("an obligation list holds eight codes inline, once each, and flags overflow")
    func obligationList() {
        var list = ObligationList()
        #expect(list.isEmpty)
        list.append(ObligationCode("a"), due: CivilDate(2024, 1, 1))
        list.append(ObligationCode("a"), due: CivilDate(2025, 1, 1))
        #expect(list.count == 1)
        #expect(list[0].due == CivilDate(2024, 1, 1))
        for index in 1..<ObligationList.capacity { list.append(ObligationCode("c\(index)")) }
        #expect(list.count == ObligationList.capacity)
        #expect(!list.overflowed)
        list.append(ObligationCode("one-too-many"))
        #expect(list.count == ObligationList.capacity)
        #expect(list.overflowed)
        #expect(list.contains(ObligationCode("c7")))
        #expect(!list.contains(ObligationCode("one-too-many")))
        #expect(list.map(\.code.rawValue) == ["a", "c1", "c2", "c3", "c4", "c5", "c6", "c7"])
    }
}
