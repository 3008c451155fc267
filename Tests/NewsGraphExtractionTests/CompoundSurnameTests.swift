import Testing
@testable import NewsGraphExtraction

@Suite struct CompoundSurnameTests {
    @Test func aCompoundSurnameJoinsTheFullName() {
        let d = analyze("She met her predecessor, Andrés Manuel López Obrador, on Monday. Later, López Obrador issued a statement.")
        let people = d.entities.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(people.first?.name == "Andrés Manuel López Obrador")
        #expect(people.first?.aliases.contains("López Obrador") == true)
    }

    @Test func twoPeopleEndingAlikeStayApart() {
        let d = analyze("Ana María García Lopez spoke. Luis García Lopez answered. Then García Lopez left.")
        // Ambiguous: both full names end with "García Lopez", so the short form joins neither.
        let full = d.entities.filter { $0.type == .person && $0.name.split(separator: " ").count >= 3 }
        #expect(full.count == 2)
        #expect(full.allSatisfy { !$0.aliases.contains("García Lopez") })
    }
}
