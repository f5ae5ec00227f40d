import Fluent
import Vapor
import VeerkrachtCore

/// The pages a respondent answers a wave on, reached with their personal link. Each page's
/// answers are saved on the server, so the person can leave and resume; the last page turns
/// them into an anonymous response.
struct SurveyController {
    /// Opens the link where the person left off.
    func start(_ req: Request) async throws -> Response {
        try await respond(req) { session in
            if session.status == .completed { return req.redirect(to: Route.surveyThanks(token: token(req)).path) }
            let first = Route.surveySection(token: token(req), number: 1).path
            guard session.status != .invited else {
                return page(
                    req, session,
                    SurveyIntroPage(
                        questionnaire: session.questionnaire, threshold: session.threshold,
                        openAnswerThreshold: max(session.openAnswerThreshold, session.threshold), startPath: first))
            }
            let number = session.questionnaire.resumeSection(for: session.answers)
            return req.redirect(to: Route.surveySection(token: token(req), number: number).path)
        }
    }

    func section(_ req: Request) async throws -> Response {
        try await respond(req) { session in
            if let done = alreadySubmitted(req, session) { return done }
            let section = try self.section(req, session)
            return page(
                req, session,
                SurveySectionPage(
                    token: token(req), section: section,
                    sectionCount: session.questionnaire.sections.count,
                    answers: session.answers))
        }
    }

    /// Saves the page's answers, then moves on or back. A bad answer saves nothing.
    func save(_ req: Request) async throws -> Response {
        try await respond(req) { session in
            if let done = alreadySubmitted(req, session) { return done }
            let section = try self.section(req, session)
            let fields = FormFields.parse(req)
            switch session.questionnaire.applying(fields, to: session.answers) {
            case .failure(let refusal):
                let view = SurveySectionPage(
                    token: token(req), section: section, sectionCount: session.questionnaire.sections.count,
                    answers: session.answers, problems: refusal.problems, unreportedProblems: refusal.unreported)
                return page(req, session, view, status: .unprocessableEntity)
            case .success(let answers):
                guard try await SubmissionStore(db: req.db).saveProgress(answers, of: session.invitationID) else {
                    return alreadySubmittedPage(req, session)
                }
                let count = session.questionnaire.sections.count
                let back = FormFields.value("_action", in: fields) == "previous"
                let target: Route =
                    back
                    ? .surveySection(token: token(req), number: max(1, section.number - 1))
                    : section.number == count
                        ? .surveySubmit(token: token(req))
                        : .surveySection(token: token(req), number: section.number + 1)
                return req.redirect(to: target.path)
            }
        }
    }

    func review(_ req: Request) async throws -> Response {
        try await respond(req) { session in
            if let done = alreadySubmitted(req, session) { return done }
            return page(
                req, session,
                SurveyReviewPage(
                    token: token(req), questionnaire: session.questionnaire,
                    answers: session.answers))
        }
    }

    /// Stores the response. Answers posted with the submit (a client that sends everything at
    /// once) are checked and added first.
    func submit(_ req: Request) async throws -> Response {
        try await respond(req) { session in
            if let done = alreadySubmitted(req, session) { return done }
            let fields = FormFields.parse(req)
            let answers: Answers
            switch session.questionnaire.applying(fields, to: session.answers) {
            case .failure(let refusal):
                let first = session.questionnaire.sections[0]
                let view = SurveySectionPage(
                    token: token(req), section: first, sectionCount: session.questionnaire.sections.count,
                    answers: session.answers, problems: refusal.problems, unreportedProblems: refusal.unreported)
                return page(req, session, view, status: .unprocessableEntity)
            case .success(let applied):
                answers = applied
            }
            guard !answers.isEmpty else {
                return req.redirect(to: Route.surveySection(token: token(req), number: 1).path)
            }
            let share = FormFields.value("_share_with_team", in: fields) == "1"
            let leaveOut = FormFields.value("_leave_out_of_results", in: fields) == "1"
            guard
                try await SubmissionStore.submit(
                    answers, session: session, writer: req.application.submissions, now: req.now,
                    shareWithTeam: share, countInResults: !leaveOut, on: req.submissionGroupsDatabase)
            else {
                return alreadySubmittedPage(req, session)
            }
            return req.redirect(to: Route.surveyThanks(token: token(req)).path)
        }
    }

    /// Thanks, and the profile. Reachable after the wave has closed: the person keeps their link.
    func thanks(_ req: Request) async throws -> Response {
        try await respond(req, requireOpen: false) { session in
            guard session.status == .completed else {
                return req.redirect(to: Route.survey(token: token(req)).path)
            }
            let profile = try await LearningProfileRow.query(on: req.db)
                .filter(\.$invitation.$id == session.invitationID).first()
            return page(req, session, SurveyThanksPage(profile: profile.flatMap { LearningProfile(scores: $0.scores) }, token: token(req)))
        }
    }

    /// Remembers the chosen language with the invitation and goes back to the same page.
    func setLanguage(_ req: Request) async throws -> Response {
        try await respond(req, requireOpen: false) { session in
            let fields = FormFields.parse(req)
            guard let chosen = FormFields.value("language", in: fields).flatMap(Language.init(rawValue:)),
                session.languages.contains(chosen)
            else {
                throw AppError.badRequest("language")
            }
            try await WaveInvitation.query(on: req.db).filter(\.$id == session.invitationID)
                .set(\.$languageCode, to: chosen.rawValue).update()
            let own = Route.survey(token: token(req)).path
            let requested = FormFields.value("return", in: fields) ?? own
            // Only back to a page of the same link: the field must not send people elsewhere.
            let back = requested == own || requested.hasPrefix(own + "/") ? requested : own
            return req.redirect(to: back)
        }
    }

    // MARK: - Shared steps

    func token(_ req: Request) -> String { req.parameters.get("token") ?? "" }

    /// Finds the survey and runs `body`, or shows why the link cannot be used now.
    func respond(
        _ req: Request, requireOpen: Bool = true,
        _ body: (SurveySession) async throws -> Response
    ) async throws -> Response {
        do {
            return try await body(try await req.surveySession(requireOpen: requireOpen))
        } catch let refusal as SurveyRefusal {
            let frame = SurveyFrame(
                language: Language.negotiate(acceptLanguage: req.headers.first(name: .acceptLanguage)) ?? .fallback,
                languages: [], token: nil, path: req.url.path)
            switch refusal {
            case .unknownLink:
                return SurveyLayout.response(SurveyMessagePage(kind: .unknownLink), frame: frame, status: .notFound)
            case .notYetOpen(let opensAt, let timeZone):
                return SurveyLayout.response(
                    SurveyMessagePage(kind: .notYetOpen(opensAt, timeZone)),
                    frame: frame, status: .forbidden)
            case .closed:
                return SurveyLayout.response(SurveyMessagePage(kind: .closed), frame: frame, status: .gone)
            }
        }
    }

    private func section(_ req: Request, _ session: SurveySession) throws -> Questionnaire.Section {
        guard let number = req.parameters.get("section").flatMap(Int.init),
            session.questionnaire.sections.indices.contains(number - 1)
        else { throw AppError.notFound }
        return session.questionnaire.sections[number - 1]
    }

    private func alreadySubmitted(_ req: Request, _ session: SurveySession) -> Response? {
        session.status == .completed ? alreadySubmittedPage(req, session) : nil
    }

    /// A second tab or a double click: the first submit counted, this one changed nothing.
    private func alreadySubmittedPage(_ req: Request, _ session: SurveySession) -> Response {
        page(
            req, session, SurveyMessagePage(kind: .alreadySubmitted(thanks: Route.surveyThanks(token: token(req)).path)),
            status: .conflict)
    }

    func page(
        _ req: Request, _ session: SurveySession, _ page: some SurveyPage,
        status: HTTPResponseStatus = .ok
    ) -> Response {
        SurveyLayout.response(page, frame: frame(req, session), status: status)
    }

    /// The person's chosen language, else the browser's if the wave offers it, else the wave's first.
    private func frame(_ req: Request, _ session: SurveySession) -> SurveyFrame {
        let offered = session.languages
        let browser = Language.negotiate(acceptLanguage: req.headers.first(name: .acceptLanguage)).flatMap {
            offered.contains($0) ? $0 : nil
        }
        let language = session.language ?? browser ?? offered.first ?? .fallback
        return SurveyFrame(language: language, languages: offered, token: token(req), path: req.url.path)
    }
}
