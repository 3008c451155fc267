// libFuzzer harness: the curation reader on arbitrary bytes, then applying what it read to a small graph
// (names that resolve, ambiguous surnames, splits into new and existing entities, drops).
import NewsGraphModel

private let graph: KnowledgeGraph = {
    func m(_ doc: String, _ start: Int, _ text: String) -> Mention {
        Mention(document: doc, start: start, end: start + text.utf8.count, text: text)
    }
    let entities = [
        Entity(id: "per_hillary_clinton", name: "Hillary Clinton", type: .person, aliases: ["Clinton", "Mrs. Clinton"],
               mentions: [m("a1", 0, "Hillary Clinton"), m("a1", 40, "Clinton"), m("a2", 5, "Mrs. Clinton")]),
        Entity(id: "per_bill_clinton", name: "Bill Clinton", type: .person, aliases: ["Clinton"],
               mentions: [m("a2", 60, "Bill Clinton"), m("a3", 0, "Clinton")]),
        Entity(id: "org_trump_taj_mahal", name: "Trump Taj Mahal", type: .person, mentions: [m("a3", 20, "Trump Taj Mahal")]),
        Entity(id: "gov_united_states", name: "United States", type: .government, aliases: ["U.S."],
               mentions: [m("a1", 80, "U.S."), m("a3", 90, "United States")]),
    ]
    return KnowledgeGraph(documents: [DocumentInfo(id: "a1"), DocumentInfo(id: "a2"), DocumentInfo(id: "a3")],
                          entities: entities)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCuration(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let curation = try? Curation.parse(text, file: "fuzz") {
        _ = try? curation.apply(to: graph)
    }
    return 0
}
