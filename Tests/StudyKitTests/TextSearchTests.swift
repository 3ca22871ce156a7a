import Testing
@testable import StudyKit

@Suite struct TextSearchTests {
    @Test func findsBytesAnywhereAndOnlyWhole() {
        let text = "The troops stayed. The troops left – “again”."
        #expect(text.containsBytes(of: "troops left"))
        #expect(text.containsBytes(of: "The troops stayed."))
        #expect(text.containsBytes(of: "“again”."))
        #expect(text.containsBytes(of: ""))
        #expect(!text.containsBytes(of: "troops went"))
        #expect(!text.containsBytes(of: "again”.."))
        #expect(!"ab".containsBytes(of: "abc"))
    }
}
