import Foundation
import Testing
import VeerkrachtCore

@Suite struct InstrumentTests {
    @Test(arguments: InstrumentCatalog.all)
    func itemAndQuestionCodesAreUnique(_ instrument: Instrument) {
        let codes = instrument.items.map(\.code) + instrument.openQuestions.map(\.code)
        #expect(Set(codes).count == codes.count)
    }

    @Test(arguments: InstrumentCatalog.all)
    func everyTextHasBothLanguages(_ instrument: Instrument) {
        let texts = [instrument.name] + instrument.scales.map(\.name) + instrument.items.map(\.text) + instrument.openQuestions.map(\.text)
        for text in texts {
            #expect(!text.nl.trimmingCharacters(in: .whitespaces).isEmpty, "\(text)")
            #expect(!text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(text)")
            #expect(text.nl != text.en || text.nl.count < 12, "untranslated: \(text.nl)")
        }
    }

    @Test(arguments: InstrumentCatalog.all)
    func everyScaleHasAtLeastFourItemsAndEveryItemAScale(_ instrument: Instrument) {
        for scale in instrument.scales {
            #expect(instrument.items(in: scale.code).count >= 4, "\(instrument.id) \(scale.code)")
        }
        let scaleCodes = Set(instrument.scales.map(\.code))
        #expect(instrument.items.allSatisfy { scaleCodes.contains($0.scale) })
        #expect(instrument.openQuestions.allSatisfy { $0.scale.map(scaleCodes.contains) ?? true })
    }

    @Test(arguments: InstrumentCatalog.all)
    func itemCodesNameTheirInstrumentAndScale(_ instrument: Instrument) {
        for item in instrument.items {
            #expect(item.code.hasPrefix("\(instrument.id.uppercased()).\(item.scale)."), "\(item.code)")
        }
    }

    @Test func theDLOScanHasTheBaseQuestionAndFiveCoreQuestionsEachWithAReversedItemAndAnOpenQuestion() throws {
        let dlo = try #require(InstrumentCatalog.instrument(id: "dlo", version: 1))
        #expect(dlo.scales.map(\.code) == ["V", "K1", "K2", "K3", "K4", "K5"])
        for scale in dlo.scales {
            let items = dlo.items(in: scale.code)
            #expect((5...6).contains(items.count), "\(scale.code)")
            #expect(items.contains { $0.reverseKeyed }, "\(scale.code)")
            #expect(items.allSatisfy { $0.format == .agreement })
        }
        for core in ["K1", "K2", "K3", "K4", "K5"] {
            #expect(dlo.openQuestions.contains { $0.scale == core }, "\(core)")
        }
    }

    @Test func theLOScanCoversFivePropertiesThreeLevelsAndMetaLearning() throws {
        let lo = try #require(InstrumentCatalog.instrument(id: "lo", version: 1))
        #expect(lo.scales.map(\.code) == ["P1", "P2", "P3", "P4", "P5", "L1", "L2", "L3", "M"])
        #expect(lo.scales.allSatisfy { (4...5).contains(lo.items(in: $0.code).count) })
    }

    @Test func theLearningPreferenceScanAsksSixSituationsPerPreference() throws {
        let lp = try #require(InstrumentCatalog.instrument(id: "lp", version: 1))
        #expect(lp.scales.map(\.code) == ["KA", "PA", "KV", "OE", "ON"])
        #expect(lp.scales.allSatisfy { lp.items(in: $0.code).count >= 6 })
        #expect(lp.items.allSatisfy { $0.format == .learningYield })
    }

    @Test func everyResponseFormatHasFiveLabelledOptions() {
        for format in ResponseFormat.allCases {
            #expect(format.options.count == ResponseFormat.points)
            #expect(format.options.allSatisfy { !$0.nl.isEmpty && !$0.en.isEmpty })
        }
    }

    @Test(arguments: InstrumentCatalog.all)
    func aPublishedVersionNeverChanges(_ instrument: Instrument) {
        #expect(
            InstrumentCatalog.publishedChecksums[instrument.reference] == instrument.checksum,
            "\(instrument.reference) changed; publish the change as a new version")
    }

    @Test func theChecksumSeesEveryChange() {
        let original = DLOScanSample.instrument
        var items = original.items
        items[0] = Item(items[0].code, scale: items[0].scale, nl: items[0].text.nl + ".", en: items[0].text.en)
        let changed = Instrument(
            id: original.id, version: original.version, name: original.name,
            scales: original.scales, items: items, openQuestions: original.openQuestions)
        #expect(changed.checksum != original.checksum)
        #expect(original.checksum == DLOScanSample.instrument.checksum)
    }
}

private enum DLOScanSample {
    static var instrument: Instrument { InstrumentCatalog.instrument(id: "dlo", version: 1)! }
}
