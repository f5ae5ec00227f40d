import Foundation
import Testing
import VeerkrachtCore

@Suite struct AlphaReadingTests {
    func stats(alpha: Double?, complete: Int) -> ScaleStatistics {
        ScaleStatistics(
            descriptives: Descriptives(n: 40, sum: 120, squares: 400, scale: 1), distribution: [8, 8, 8, 8, 8], alpha: alpha,
            completeResponses: complete)
    }

    @Test func alphaFromTenOrMoreCompleteAnswersShowsWithoutCaution() {
        #expect(stats(alpha: 0.81, complete: 12).alphaReading(threshold: 5) == .shown(alpha: 0.81, complete: 12, caution: nil))
    }

    @Test func alphaFromFewerThanTenCompleteAnswersIsMarkedUnstable() {
        #expect(stats(alpha: 0.7, complete: 7).alphaReading(threshold: 5) == .shown(alpha: 0.7, complete: 7, caution: .fewerThanTen))
    }

    @Test func aNegativeAlphaIsMarkedAsSuch() {
        #expect(stats(alpha: -0.2, complete: 30).alphaReading(threshold: 5) == .shown(alpha: -0.2, complete: 30, caution: .negative))
    }

    @Test func fewerCompleteAnswersThanTheThresholdShowNeitherAlphaNorTheirCount() {
        #expect(stats(alpha: 0.6, complete: 4).alphaReading(threshold: 5) == .tooFewComplete)
    }

    @Test func noAlphaIsNoAlpha() {
        #expect(stats(alpha: nil, complete: 20).alphaReading(threshold: 5) == .none)
    }
}
