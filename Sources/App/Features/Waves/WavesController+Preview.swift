import Vapor
import VeerkrachtCore

/// The questionnaire of a wave exactly as respondents see it, in any language the wave offers,
/// for advisors: the intro (`page=0`), then each page. The buttons page through with GET;
/// nothing is saved and no link is needed.
extension WavesController {
    func preview(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        guard let questionnaire = Questionnaire(references: wave.instruments) else { throw AppError.notFound }
        let offered = wave.languages.isEmpty ? [Language.fallback] : wave.languages
        let asked = req.query[String.self, at: "language"].flatMap(Language.init(rawValue:))
        let language = asked.flatMap { offered.contains($0) ? $0 : nil } ?? offered.first ?? .fallback
        let count = questionnaire.sections.count
        var number = min(max(0, req.query[Int.self, at: "page"] ?? 0), count)
        switch req.query[String.self, at: "_action"] {
        case "next": number = min(number + 1, count)
        case "previous": number = max(number - 1, 1)
        default: break
        }
        let path = Route.wavePreview(access.organisationID, wave: try wave.requireID()).path
        let frame = SurveyFrame(language: language, languages: [], token: nil, path: req.url.path)
        let banner = PreviewBanner(
            text: language.strings.previewBanner,
            languages: offered.map { ($0.strings.languageName, "\(path)?language=\($0.rawValue)&page=\(number)") },
            back: Route.wave(access.organisationID, wave: try wave.requireID()).path)
        // Page numbers count from 1; 0 (or anything out of range) is the intro.
        guard number > 0, let current = questionnaire.sections.dropFirst(number - 1).first else {
            let intro = SurveyIntroPage(
                questionnaire: questionnaire, threshold: wave.anonymityThreshold, openAnswerThreshold: wave.openAnswerThreshold,
                startPath: "\(path)?language=\(language.rawValue)&page=1")
            return SurveyLayout.response(PreviewPage(banner: banner, page: intro), frame: frame)
        }
        var section = SurveySectionPage(
            token: "", section: current, sectionCount: count, answers: Answers())
        section.previewAction = path
        return SurveyLayout.response(PreviewPage(banner: banner, page: section), frame: frame)
    }
}
