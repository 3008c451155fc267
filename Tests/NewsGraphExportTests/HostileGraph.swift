import Foundation
import NewsGraphModel

/// A small hand-built graph whose names and texts attack every output: markup, quotes, ampersands,
/// backslashes and Graphviz directives, CDATA ends, spreadsheet formulas, terminal escape sequences, and
/// invisible reordering characters.
enum HostileGraph {
    static let script = Entity(id: "per_script", name: "<script>alert('x')</script>", type: .person,
                               aliases: ["Bob \"The\" O'Brien", "A|B"],
                               mentions: [Mention(document: "d1", start: 0, end: 6, text: "<script>")])
    static let formula = Entity(id: "org_formula", name: "=cmd|' /C calc'!A0", type: .organization,
                                aliases: ["@SUM(A1)", "+1", "-2"],
                                mentions: [Mention(document: "d1", start: 20, end: 30, text: "=cmd|")])
    static let escape = Entity(id: "gov_escape", name: "\u{1B}[31mRed\u{07} & Co\\N ]]>", type: .government,
                               mentions: [Mention(document: "d2", start: 5, end: 9, text: "Red\r\nLine")])
    static let bidi = Entity(id: "per_bidi", name: "Evil\u{202E}txt.exe zero\u{200B}width", type: .person,
                             mentions: [Mention(document: "d2", start: 40, end: 50, text: "Evil")])

    static var graph: KnowledgeGraph {
        KnowledgeGraph(
            documents: [DocumentInfo(id: "d1", title: "Title with <b>tags</b> & \"quotes\""), DocumentInfo(id: "d2", path: "C:\\news\\d2.txt")],
            entities: [script, formula, escape, bidi],
            quotes: [
                Quote(speaker: script.id, text: "We will </script><img src=x onerror=alert(1)> win", about: [formula.id],
                      direct: true, cue: "said", document: "d1", start: 40, end: 90,
                      evidence: "He said \"We will </script><img src=x onerror=alert(1)> win\" on Monday."),
                Quote(speaker: script.id, text: "=HYPERLINK(\"http://evil\")", about: [formula.id, escape.id],
                      direct: false, cue: "told", document: "d2", start: 10, end: 35, evidence: "Line one\nline two\u{1B}]0;title\u{07}"),
                Quote(speaker: nil, speakerText: "analysts", text: "nobody knows", about: [bidi.id], direct: false,
                      document: "d2", start: 60, end: 72),
            ],
            actions: [
                Action(actor: escape.id, verb: "sanction", target: formula.id, category: "16", quadClass: 4, goldstein: -8,
                       document: "d2", start: 5, end: 20, evidence: "Red & Co sanctioned =cmd| on ]]> grounds."),
                Action(actor: bidi.id, verb: "meet", target: script.id, category: "04", quadClass: 1, goldstein: 1.5,
                       hypothetical: true, document: "d2", start: 40, end: 55, evidence: "Evil may meet <script>."),
                Action(actor: formula.id, verb: "deny", target: nil, document: "d1", start: 95, end: 99),
            ],
            roles: [Role(person: script.id, title: "chief \\ \"officer\"", of: formula.id, document: "d1", start: 0, end: 30)]
        )
    }
}
