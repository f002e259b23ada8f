#include "core/scorecard.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <charconv>
#include <numeric>

namespace sdmock {
namespace {

/// "a whole number from 1 to 5", for messages about a score out of range.
std::string score_range() {
    return "a whole number from " + std::to_string(kMinScore) + " to " + std::to_string(kMaxScore);
}

} // namespace

std::string_view to_string(Scorer scorer) {
    return scorer == Scorer::self ? "self" : "interviewer";
}

std::optional<Scorer> scorer_from(std::string_view text) {
    if (text == "self") return Scorer::self;
    if (text == "interviewer") return Scorer::interviewer;
    return std::nullopt;
}

std::optional<std::size_t> dimension_index(std::string_view id) {
    auto it = std::find(kDimensionIds.begin(), kDimensionIds.end(), id);
    if (it == kDimensionIds.end()) return std::nullopt;
    return static_cast<std::size_t>(it - kDimensionIds.begin());
}

void Scorecard::set(std::size_t dimension, int score) {
    if (dimension >= kDimensionCount) throw UsageError("no such dimension");
    if (score < kMinScore || score > kMaxScore)
        throw UsageError("score for " + std::string(kDimensionIds[dimension]) + " must be " + score_range() + ", got " +
                         std::to_string(score));
    scores[dimension] = score;
}

bool Scorecard::complete() const {
    return scored() == kDimensionCount;
}

std::size_t Scorecard::scored() const {
    return static_cast<std::size_t>(
        std::count_if(scores.begin(), scores.end(), [](const auto& s) { return s.has_value(); }));
}

int Scorecard::total() const {
    return std::accumulate(scores.begin(), scores.end(), 0, [](int sum, const auto& s) { return sum + s.value_or(0); });
}

std::vector<std::size_t> lowest_dimensions(const Scorecard& card, std::size_t count) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        if (card.scores[i]) order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return *card.scores[a] < *card.scores[b]; });
    order.resize(std::min(order.size(), count));
    return order;
}

ScoreAssignment parse_score_assignment(std::string_view text) {
    auto eq = text.find('=');
    std::vector<std::string> valid(kDimensionIds.begin(), kDimensionIds.end());
    if (eq == std::string_view::npos)
        throw UsageError("\"" + std::string(text) + "\" should be DIMENSION=SCORE, e.g. caching=4");
    std::string_view dim = text.substr(0, eq);
    std::string_view number = text.substr(eq + 1);
    auto index = dimension_index(dim);
    if (!index) {
        std::string message = "\"" + std::string(dim) + "\" is not a rubric dimension";
        auto near = closest(dim, valid, 1);
        if (!near.empty()) message += " (did you mean " + near[0] + "?)";
        throw UsageError(message + "; the dimensions are: " + join(valid, ", "));
    }
    int score = 0;
    auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), score);
    if (ec != std::errc() || end != number.data() + number.size() || score < kMinScore || score > kMaxScore)
        throw UsageError("score for " + std::string(dim) + " must be " + score_range() + ", got \"" +
                         std::string(number) + "\"");
    return {*index, score};
}

} // namespace sdmock
