import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// A wave's open answers come a page at a time per question, each answer on exactly one page,
/// and the disclosure rule and hidden answers hold on every page.
@Suite struct OpenAnswerPagesTests {
    private let question = "DLO.O.K2"

    /// A closed wave whose whole organisation may see open answers, with `count` answers to one question.
    private func setting(_ app: Application, answers count: Int) async throws -> (ScanSetting, Browser) {
        let s = try await ScanSetting.make(app)
        let wave = try #require(try await Wave.find(s.wave, on: app.db))
        wave.openAnswerThresholdValue = 3
        try await wave.save(on: app.db)
        for i in 0..<count {
            try await app.db.sql.insert(into: "open_answers").columns("id", "wave_id", "unit_id", "question_code", "text")
                .values(
                    SQLBind(UUID()), SQLBind(s.wave), SQLBind(i % 2 == 0 ? s.noord : s.zuid), SQLBind(question),
                    SQLBind(String(format: "Antwoord %03d", i))
                ).run()
        }
        return (s, try await app.signedIn(as: "adviseur@example.org", .advisor, in: s.organisation))
    }

    private func answers(in html: String) -> [String] {
        html.components(separatedBy: "Antwoord ").dropFirst().map { "Antwoord " + $0.prefix(3) }
    }

    /// The link a page gives on to the answers after its last, if any.
    private func next(in html: String, from path: String) -> String? {
        guard let range = html.range(of: "after=") else { return nil }
        let id = html[range.upperBound...].prefix(36)
        return path + "?question=\(question)&after=\(id)"
    }

    @Test func theOverviewShowsEachQuestionsFirstAnswersAndLinksToTheRest() async throws {
        try await withVeerkracht { app in
            let (s, advisor) = try await setting(app, answers: 30)
            let page = try await advisor.get(Route.waveOpenAnswers(s.organisation, wave: s.wave).path)
            #expect(page.status == .ok && page.location == nil)
            #expect(answers(in: page.body).count == OpenAnswerStore.Slice.overview)
            #expect(page.body.contains("question=\(question)") && page.body.contains(Dutch().moreOpenAnswers))
        }
    }

    @Test func followingTheNextLinksShowsEveryAnswerExactlyOnce() async throws {
        try await withVeerkracht { app in
            let (s, advisor) = try await setting(app, answers: 250)
            let path = Route.waveOpenAnswers(s.organisation, wave: s.wave).path
            var link: String? = path + "?question=\(question)"
            var seen: [String] = []
            var pages = 0
            while let current = link, pages < 10 {
                let page = try await advisor.get(current)
                #expect(page.status == .ok)
                let shown = answers(in: page.body)
                #expect(shown.count <= OpenAnswerStore.Slice.page)
                seen += shown
                link = next(in: page.body, from: path)
                pages += 1
            }
            #expect(pages == 3)
            #expect(seen.count == 250 && Set(seen).count == 250)
        }
    }

    @Test func aHiddenAnswerIsOnNoPage() async throws {
        try await withVeerkracht { app in
            let (s, advisor) = try await setting(app, answers: 5)
            try await app.db.sql.update("open_answers").set("hidden", to: SQLBind(true)).where("text", .equal, "Antwoord 003").run()
            let page = try await advisor.get(Route.waveOpenAnswers(s.organisation, wave: s.wave).path + "?question=\(question)")
            #expect(answers(in: page.body).sorted() == ["Antwoord 000", "Antwoord 001", "Antwoord 002", "Antwoord 004"])
        }
    }

    @Test func aGroupTooSmallShowsNoAnswersOnAQuestionsPage() async throws {
        try await withVeerkracht { app in
            let (s, advisor) = try await setting(app, answers: 5)
            let page = try await advisor.get(
                Route.waveOpenAnswers(s.organisation, wave: s.wave).path + "?unit=\(s.zuid.uuidString)&question=\(question)")
            #expect(answers(in: page.body).isEmpty)
            #expect(page.body.contains(Dutch().groupSuppressed(threshold: 3)))
        }
    }

    @Test func aMalformedPositionOrAnUnknownQuestionIsABadRequestThatSaysSo() async throws {
        try await withVeerkracht { app in
            let (s, advisor) = try await setting(app, answers: 1)
            let path = Route.waveOpenAnswers(s.organisation, wave: s.wave).path
            let position = try await advisor.get(path + "?question=\(question)&after=niet-een-id")
            #expect(position.status == .badRequest && position.body.contains("volgende antwoorden klopt niet"))
            let unknown = try await advisor.get(path + "?question=XYZ")
            #expect(unknown.status == .badRequest && unknown.body.contains("geen open vraag met die code"))
        }
    }
}
