#include "core/coverage.hpp"

#include "core/cue_scheduler.hpp"
#include "core/text.hpp"

#include <cmath>

namespace sdmock {
namespace {

enum class Review { requirements, estimation, design, deep_dive, wrap_up, none };

Review review_of(const Phase& phase) {
    if (phase.id == "requirements") return Review::requirements;
    if (phase.id == kEstimationPhase) return Review::estimation;
    if (phase.id == "high-level") return Review::design;
    if (phase.id == kDeepDivePhase) return Review::deep_dive;
    if (phase.id == "wrap-up") return Review::wrap_up;
    const std::string& d = phase.dimension;
    if (d == "requirements") return Review::requirements;
    if (d == "estimation") return Review::estimation;
    if (d == "architecture" || d == "api") return Review::design;
    if (d == "communication") return Review::wrap_up;
    return Review::none;
}

void add(std::vector<KeyPoint>& out, const std::string& phase, const std::string& prefix,
         const std::vector<std::string>& texts, const std::string& dimension) {
    for (std::size_t i = 0; i < texts.size(); ++i)
        out.push_back({prefix + "-" + std::to_string(i + 1), phase, dimension, texts[i]});
}

} // namespace

std::vector<KeyPoint> key_points(const Problem& problem, const Plan& plan) {
    const AnswerKey& key = problem.key;
    std::vector<KeyPoint> out;
    for (const auto& phase : plan.phases) {
        switch (review_of(phase)) {
        case Review::requirements:
            add(out, phase.id, "functional", key.functional, "requirements");
            add(out, phase.id, "non-functional", key.non_functional, "requirements");
            break;
        case Review::estimation: {
            std::vector<std::string> estimates;
            for (const auto& e : key.estimates)
                estimates.push_back(e.name + ": " + format_figure(e.value) + " " + e.unit + " (" + e.how + ")");
            add(out, phase.id, "estimate", estimates, "estimation");
            break;
        }
        case Review::design:
            add(out, phase.id, "api", key.api, "api");
            add(out, phase.id, "architecture", key.architecture, "architecture");
            add(out, phase.id, "data-model", key.data_model, "data");
            break;
        case Review::deep_dive:
            for (std::size_t f = 0; f < key.follow_ups.size(); ++f)
                add(out, phase.id, "follow-up-" + std::to_string(f + 1), key.follow_ups[f].points,
                    key.follow_ups[f].dimension);
            break;
        case Review::wrap_up:
            add(out, phase.id, "risk", key.risks, "reliability");
            break;
        case Review::none:
            break;
        }
    }
    return out;
}

int suggested_score(int covered, int total) {
    if (total <= 0) return kMinScore;
    double share = static_cast<double>(covered) / static_cast<double>(total);
    return kMinScore + static_cast<int>(std::lround(share * (kMaxScore - kMinScore)));
}

std::vector<DimensionCoverage> coverage_by_dimension(const std::vector<KeyPoint>& points, const Ticks& ticks) {
    std::vector<DimensionCoverage> out;
    for (auto id : kDimensionIds) {
        DimensionCoverage c;
        c.dimension = std::string(id);
        for (const auto& p : points) {
            if (p.dimension != id) continue;
            ++c.total;
            auto tick = ticks.find(p.id);
            if (tick == ticks.end()) continue;
            ++c.reviewed;
            if (tick->second) ++c.covered;
        }
        if (c.total == 0) continue;
        if (c.reviewed == c.total) c.suggested = suggested_score(c.covered, c.total);
        out.push_back(std::move(c));
    }
    return out;
}

Scorecard suggested_card(const std::vector<DimensionCoverage>& coverage) {
    Scorecard card;
    for (const auto& c : coverage)
        if (auto index = dimension_index(c.dimension); index && c.suggested) card.scores[*index] = *c.suggested;
    return card;
}

} // namespace sdmock
