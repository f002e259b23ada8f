// compare_scores: one scorecard against another, with the bias rule of core/calibration.hpp; the
// same comparison serves a paired mock (self against the interviewer) and a solo one (self
// against the scores coverage of the answer key suggests).
#include "core/calibration.hpp"
#include "support/builders.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

using namespace sdmock;
using sdmock::test::card_of;

namespace {

/// Scores `gaps` away from the reference, dimension by dimension (3 against 3 past the list's end).
std::pair<Scorecard, Scorecard> gapped(const std::vector<int>& gaps) {
    Scorecard scores = card_of(3), reference = card_of(3);
    for (std::size_t i = 0; i < gaps.size() && i < kDimensionCount; ++i) {
        int base = gaps[i] > 2 ? kMinScore : gaps[i] < -2 ? kMaxScore : 3;
        reference.set(i, base);
        scores.set(i, base + gaps[i]);
    }
    return {scores, reference};
}

Calibration compare(const std::vector<int>& gaps) {
    auto [scores, reference] = gapped(gaps);
    return compare_scores(scores, reference);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("compare_scores: a paired mock scored 4s by the candidate and 3s by the interviewer is a +12 bias") {
    Calibration c = calibrate(card_of(4), card_of(3));
    REQUIRE(c.total_gap == 12);
    REQUIRE(c.compared == 12);
    REQUIRE(c.mean_gap == Approx(1.0));
    REQUIRE(c.dimensions_over == 12);
    REQUIRE(c.dimensions_under == 0);
    REQUIRE(c.over.empty()); // no single dimension differs by kCalloutGap ...
    REQUIRE(c.under.empty());
    REQUIRE(c.bias == Bias::over); // ... and still the bias is reported
    REQUIRE(c.steady);
    std::string verdict = calibration_verdict(c, "the interviewer");
    REQUIRE(verdict ==
            "You scored yourself 12 points above the interviewer (+1 on 12 of 12 dimensions): a steady over-rating.");
    REQUIRE_FALSE(contains(verdict, "within one point"));

    Calibration low = calibrate(card_of(3), card_of(4));
    REQUIRE(low.bias == Bias::under);
    REQUIRE(calibration_verdict(low, "the interviewer") ==
            "You scored yourself 12 points below the interviewer (-1 on 12 of 12 dimensions): a steady under-rating.");
}

TEST_CASE("compare_scores: the mean gap rule starts at kBiasMeanGap a dimension, either way") {
    static_assert(kBiasMeanGap == 0.5, "6 of 12 dimensions a point apart is a mean of 0.5");
    Calibration six = compare({1, 1, 1, 1, 1, 1});
    REQUIRE(six.total_gap == 6);
    REQUIRE(six.bias == Bias::over);
    REQUIRE_FALSE(six.steady); // six dimensions lean, not kBiasDimensions
    REQUIRE(calibration_verdict(six, "the interviewer") ==
            "You scored yourself 6 points above the interviewer (+1 on 6 of 12 dimensions): an over-rating overall.");
    Calibration five = compare({1, 1, 1, 1, 1});
    REQUIRE(five.total_gap == 5);
    REQUIRE(five.bias == Bias::none);
    REQUIRE(compare({-1, -1, -1, -1, -1, -1}).bias == Bias::under);
    REQUIRE(compare({-1, -1, -1, -1, -1}).bias == Bias::none);
    // Two large gaps make a bias by the mean, with the call-outs beside it.
    Calibration two = compare({3, 3});
    REQUIRE(two.bias == Bias::over);
    REQUIRE(two.over == std::vector<std::size_t>{0, 1});
    REQUIRE(
        contains(calibration_verdict(two, "the interviewer"), "(+3 on 2 of 12 dimensions): an over-rating overall"));
}

TEST_CASE("compare_scores: the direction rule starts at kBiasDimensions dimensions on one side") {
    static_assert(kBiasDimensions == 9, "the cases below put 9 and 8 dimensions on one side");
    // 9 a point above, 3 two below: a total of +3 (a mean of 0.25), and still a steady lean.
    Calibration nine = compare({1, 1, 1, 1, 1, 1, 1, 1, 1, -2, -2, -2});
    REQUIRE(nine.total_gap == 3);
    REQUIRE(nine.mean_gap < kBiasMeanGap);
    REQUIRE(nine.bias == Bias::over);
    REQUIRE(nine.steady);
    REQUIRE(calibration_verdict(nine, "the interviewer") ==
            "You scored yourself 3 points above the interviewer (+1 on 9 of 12 dimensions, below on 3): a steady "
            "over-rating.");
    // 8 above, 4 below: no bias.
    Calibration eight = compare({1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1});
    REQUIRE(eight.total_gap == 4);
    REQUIRE(eight.bias == Bias::none);
    // 9 above with the total on their side leans, under kBiasMeanGap or not; with the total
    // taken back to level it does not.
    Calibration lean = compare({1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -2});
    REQUIRE(lean.total_gap == 5);
    REQUIRE(lean.bias == Bias::over);
    Calibration back = compare({1, 1, 1, 1, 1, 1, 1, 1, 1, -3, -3, -3});
    REQUIRE(back.total_gap == 0);
    REQUIRE(back.bias == Bias::none);
    Calibration under = compare({-1, -1, -1, -1, -1, -1, -1, -1, -1, 2, 2, 2});
    REQUIRE(under.total_gap == -3);
    REQUIRE(under.bias == Bias::under);
    REQUIRE(under.steady);
}

TEST_CASE("compare_scores: a bias always leans the way the total does, over every pair of cards tried") {
    std::uint64_t state = 42;
    auto next_score = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return kMinScore + static_cast<int>((state >> 33) % static_cast<std::uint64_t>(kMaxScore - kMinScore + 1));
    };
    for (int round = 0; round < 5000; ++round) {
        Scorecard a, b;
        for (std::size_t i = 0; i < kDimensionCount; ++i) {
            a.set(i, next_score());
            b.set(i, next_score());
        }
        Calibration c = compare_scores(a, b);
        INFO("total gap " << c.total_gap << ", over " << c.dimensions_over << ", under " << c.dimensions_under);
        REQUIRE(c.total_gap == a.total() - b.total());
        if (c.bias == Bias::over) REQUIRE(c.total_gap > 0);
        if (c.bias == Bias::under) REQUIRE(c.total_gap < 0);
        if (std::abs(c.total_gap) >= 6) REQUIRE(c.bias != Bias::none);
    }
}

TEST_CASE("calibration_verdict: without a bias it says how close, and never 'within one point' past a call-out") {
    Calibration same = compare({});
    REQUIRE(same.bias == Bias::none);
    REQUIRE(calibration_verdict(same, "the interviewer") ==
            "You scored yourself the same as the interviewer on every dimension.");
    Calibration near = compare({1, -1, 1});
    REQUIRE(calibration_verdict(near, "the interviewer") ==
            "You scored yourself within one point of the interviewer on every dimension, 1 point above in total: no "
            "steady bias.");
    Calibration apart = compare({2, -2});
    std::string verdict = calibration_verdict(apart, "the interviewer");
    REQUIRE_FALSE(contains(verdict, "within one point"));
    REQUIRE(verdict ==
            "You scored yourself the same as the interviewer in total, with no steady bias either way; single "
            "dimensions differ by 2 or more.");
    REQUIRE(calibration_verdict(compare_scores(Scorecard{}, card_of(3)), "the interviewer") ==
            "Nothing to compare yet: no dimension is scored on both sides.");
}

TEST_CASE("compare_scores: a solo self-score against the scores coverage suggests, on the dimensions it covers") {
    // Coverage of the answer key suggests scores only where the key has points: here four.
    Scorecard self = card_of(4);
    Scorecard suggested;
    for (auto dim : {"caching", "data", "scaling", "reliability"})
        suggested.set(*dimension_index(dim), 2);
    Calibration c = compare_scores(self, suggested);
    REQUIRE(c.compared == 4);
    REQUIRE(c.total_gap == 8);
    REQUIRE(c.mean_gap == Approx(2.0));
    REQUIRE(c.bias == Bias::over);
    REQUIRE_FALSE(c.steady);
    REQUIRE(c.over.size() == 4);
    REQUIRE_FALSE(c.gap[*dimension_index("requirements")].has_value());
    REQUIRE(calibration_verdict(c, "what your coverage of the answer key suggests") ==
            "You scored yourself 8 points above what your coverage of the answer key suggests (+2 on 4 of 4 "
            "dimensions): an over-rating overall.");
    // Matching coverage on the dimensions compared: the same, said of those only.
    Scorecard honest = card_of(4);
    for (auto dim : {"caching", "data", "scaling", "reliability"})
        honest.set(*dimension_index(dim), 2);
    REQUIRE(calibration_verdict(compare_scores(honest, suggested), "your coverage") ==
            "You scored yourself the same as your coverage on every dimension compared.");
}

TEST_CASE("average_calibration: the bias rule on the averages of several sessions") {
    REQUIRE(average_calibration({}).sessions == 0);
    // +12 and 0: +6 on average, half a point a dimension, every dimension higher on average.
    AverageCalibration a = average_calibration({calibrate(card_of(4), card_of(3)), calibrate(card_of(3), card_of(3))});
    REQUIRE(a.sessions == 2);
    REQUIRE(a.total_gap == Approx(6.0));
    REQUIRE(a.mean_gap == Approx(0.5));
    REQUIRE(*a.gap[0] == Approx(0.5));
    REQUIRE(a.dimensions_over == 12);
    REQUIRE(a.bias == Bias::over);
    REQUIRE(a.steady);
    REQUIRE(average_verdict(a, "the interviewer") ==
            "Over 2 paired mocks you scored yourself 6.0 points above the interviewer on average (higher on 12 of 12 "
            "dimensions): a steady over-rating.");
    // +4 and -4 cancel out.
    auto [up, ref] = gapped({1, 1, 1, 1});
    auto [down, ref2] = gapped({-1, -1, -1, -1});
    AverageCalibration even = average_calibration({compare_scores(up, ref), compare_scores(down, ref2)});
    REQUIRE(even.bias == Bias::none);
    REQUIRE(average_verdict(even, "the interviewer") ==
            "Over 2 paired mocks you scored yourself the same as the interviewer on average: no steady bias.");
}
