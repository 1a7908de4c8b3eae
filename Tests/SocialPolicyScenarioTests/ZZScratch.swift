import SocialPolicyKit
import Testing

@Suite struct ZZScratch {
    @Test func quadratic() throws {
        for n in [25_000, 50_000, 200_000] {
            var text = "{"
            for i in 0..<n { if i > 0 { text += "," }; text += "\"k\(i)\":1" }
            text += "}"
            let clock = ContinuousClock()
            let d = try clock.measure { _ = try JSONParser.parse(text) }
            print("keys \(n) bytes \(text.utf8.count): \(d)")
        }
    }
}
