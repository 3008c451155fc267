import Testing
@testable import NewsGraphModel

@Suite struct NameNormalizationTests {
    @Test func foldsCaseAccentsAndPunctuation() {
        #expect(NameNormalization.fold("Andrés Manuel López Obrador") == "andres manuel lopez obrador")
        #expect(NameNormalization.fold("U.S.") == "us")
        #expect(NameNormalization.fold("  Juan   Ramón de la Fuente ") == "juan ramon de la fuente")
        #expect(NameNormalization.fold("Clemente Castañeda") == "clemente castaneda")
    }

    @Test func identifiersUseOnlySafeCharacters() {
        let id = NameNormalization.identifier(name: "Nicolás Maduro", type: .person)
        #expect(id == "per_nicolas_maduro")
        let odd = NameNormalization.identifier(name: "Ελλάδα", type: .government)
        #expect(odd.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
    }
}
