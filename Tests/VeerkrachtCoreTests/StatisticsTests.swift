import Foundation
import Testing
import VeerkrachtCore

/// Reference values were computed independently with SciPy 1.17 (`scipy.stats.t`,
/// `ttest_ind(equal_var=False)`) and NumPy, and agree with printed t tables.
@Suite struct StudentTTests {
    @Test(arguments: [
        (1.0, 12.706204736174694), (2.0, 4.302652729749462), (5.0, 2.5705818356363146), (10.0, 2.228138851986274),
        (30.0, 2.0422724563012378), (100.0, 1.9839715185235518), (7.5, 2.333039626864974)
    ])
    func theQuantileMatchesTheTable(_ df: Double, _ expected: Double) {
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: df) - expected) < 1e-9)
        #expect(abs(StudentT.quantile(0.025, degreesOfFreedom: df) + expected) < 1e-9)
    }

    @Test(arguments: [
        (1.0, 0.8128329581890011, 0.13054758708862277), (2.0, 0.8638034375544994, 0.07407407407407408),
        (5.0, 0.9030481598787634, 0.03488623466601866), (10.0, 0.9177463367772799, 0.022127156642143573),
        (7.5, 0.912759714706768, 0.026286448052184542)
    ])
    func theCDFMatchesReferenceValues(_ df: Double, _ atOneAndAHalf: Double, _ atMinusTwoPointThree: Double) {
        #expect(abs(StudentT.cdf(1.5, degreesOfFreedom: df) - atOneAndAHalf) < 1e-12)
        #expect(abs(StudentT.cdf(-2.3, degreesOfFreedom: df) - atMinusTwoPointThree) < 1e-12)
        #expect(StudentT.cdf(0, degreesOfFreedom: df) == 0.5)
    }
}

@Suite struct DescriptivesTests {
    let before: [Double] = [4, 5, 3, 4, 4, 2, 5, 4]
    let after: [Double] = [3, 3, 4, 2, 3, 2, 3, 4, 1]

    @Test func meanSampleDeviationAndConfidenceInterval() throws {
        let d = Descriptives(before)
        #expect(d.n == 8)
        #expect(d.mean == 3.875)
        #expect(abs(try #require(d.standardDeviation) - 0.9910312089651149) < 1e-12)
        let interval = try #require(d.confidenceInterval95)
        #expect(abs(interval.lowerBound - 3.046477175317178) < 1e-9)
        #expect(abs(interval.upperBound - 4.703522824682822) < 1e-9)
    }

    @Test func oneValueHasNoDeviationAndNoInterval() {
        let d = Descriptives([4])
        #expect(d.standardDeviation == nil)
        #expect(d.confidenceInterval95 == nil)
    }

    @Test func scoresMapOntoZeroToHundred() {
        #expect(Descriptives.onHundredScale(1) == 0)
        #expect(Descriptives.onHundredScale(3) == 50)
        #expect(Descriptives.onHundredScale(4.5) == 87.5)
    }

    @Test func welchsTestCohensDAndTheVerdict() throws {
        let change = try #require(ChangeTest(before: Descriptives(before), after: Descriptives(after)))
        #expect(abs(change.t - -2.299361391803688) < 1e-9)
        #expect(abs(change.degreesOfFreedom - 14.689904875879202) < 1e-9)
        #expect(abs(change.p - 0.03660114580757562) < 1e-9)
        #expect(abs(change.cohensD - -1.1186615186009523) < 1e-9)
        #expect(change.verdict == .down)
        let same = try #require(ChangeTest(before: Descriptives([3, 4, 3, 4]), after: Descriptives([4, 3, 4, 3])))
        #expect(same.verdict == .noClearChange)
    }
}

@Suite struct ScoringTests {
    @Test func reverseKeyedAnswersAreTurnedAround() {
        #expect(Scoring.keyed(1, reversed: true) == 5)
        #expect(Scoring.keyed(2, reversed: true) == 4)
        #expect(Scoring.keyed(2, reversed: false) == 2)
    }

    @Test func favourableIsTheShareOfTheTopTwoOptions() {
        #expect(Scoring.favourableShare([1, 1, 2, 4, 2]) == 0.6)
        #expect(Scoring.favourableShare([0, 0, 0, 0, 0]) == nil)
    }

    @Test func cronbachsAlphaMatchesAWorkedExample() throws {
        let rows: [[Double]] = [[4, 5, 4], [3, 3, 2], [5, 5, 4], [2, 3, 3], [4, 4, 5], [3, 2, 2]]
        #expect(abs(try #require(Scoring.cronbachAlpha(rows)) - 0.8888888888888888) < 1e-12)
        #expect(Scoring.cronbachAlpha([[3, 3], [3, 3]]) == nil)
        #expect(Scoring.cronbachAlpha([[1, 2, 3]]) == nil)
    }
}
