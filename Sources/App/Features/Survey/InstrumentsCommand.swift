import Foundation
import Vapor
import VeerkrachtCore

/// `veerkracht instruments [--json]`: the built-in instruments, as a table or as their full
/// definitions in JSON (with every item's code, texts and keying).
struct InstrumentsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "json", help: "Print the full definitions as JSON.")
        var json: Bool

        init() {}
    }

    var help: String { "Lists the built-in instruments (id, version, scales, item counts)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        if signature.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.print(String(decoding: try encoder.encode(InstrumentCatalog.all), as: UTF8.self))
            return
        }
        for instrument in InstrumentCatalog.all {
            context.console.print("\(instrument.reference)  \(instrument.name.en)  checksum \(instrument.checksum)")
            context.console.print("  \(instrument.items.count) items, \(instrument.openQuestions.count) open questions")
            for scale in instrument.scales {
                let items = instrument.items(in: scale.code)
                let reversed = items.filter(\.reverseKeyed).count
                context.console.print(
                    "  \(scale.code.padding(toLength: 3, withPad: " ", startingAt: 0)) \(items.count) items (\(reversed) reversed)  \(scale.name.en)"
                )
            }
        }
    }
}
