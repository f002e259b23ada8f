#include "cli/commands.hpp"

#include "core/error.hpp"
#include "core/scorecard.hpp"
#include "core/terminal_text.hpp"
#include "core/text.hpp"
#include "store/history.hpp"

#include <ostream>

namespace sdmock::cli {

int run_score(const Context& context, const ScoreOptions& options) {
    auto scorer = scorer_from(options.scorer);
    if (!scorer) throw UsageError("--scorer must be self or interviewer");
    if (options.scores.empty() && options.notes.empty())
        throw UsageError("give at least one DIM=N score or --note DIM=TEXT, e.g. sdmock score " +
                         std::to_string(options.session) + " caching=4");
    // Parse everything before touching the history: one bad argument changes nothing.
    std::vector<ScoreAssignment> scores;
    for (const auto& text : options.scores)
        scores.push_back(parse_score_assignment(text));
    std::vector<std::pair<std::size_t, std::string>> notes;
    for (const auto& text : options.notes) {
        auto eq = text.find('=');
        auto index = eq == std::string::npos ? std::nullopt : dimension_index(text.substr(0, eq));
        if (!index)
            throw UsageError("--note should be DIMENSION=TEXT with a rubric dimension, e.g. --note caching=\"no TTL\"; "
                             "the dimensions are: " +
                             join(std::vector<std::string>(kDimensionIds.begin(), kDimensionIds.end()), ", "));
        std::string note = text.substr(eq + 1);
        if (auto fault = text_fault(note, true))
            throw UsageError("--note " + text.substr(0, eq) + ": the text holds " + describe(*fault) +
                             "; a note is plain text (line breaks and tabs are kept)");
        notes.emplace_back(*index, std::move(note));
    }
    History history(context.db);
    auto record = history.load(options.session);
    if (!record) throw Error("no session " + std::to_string(options.session) + " in " + context.db.string());
    if (*scorer == Scorer::interviewer && record->info.mode != Mode::interviewer)
        throw UsageError("session " + std::to_string(options.session) +
                         " is a solo mock: it has no interviewer scorecard (leave out --scorer)");
    auto& existing = *scorer == Scorer::self ? record->self : record->interviewer;
    Scorecard card = existing.value_or(Scorecard{});
    for (const auto& s : scores)
        card.set(s.dimension, s.score);
    for (const auto& [index, text] : notes)
        card.evidence[index] = text;
    history.save_scorecard(options.session, *scorer, card);
    context.out << "session " << options.session << " " << to_string(*scorer) << " score: " << card.total() << "/"
                << kMaxTotal;
    if (!card.complete()) context.out << " (" << card.scored() << " of " << kDimensionCount << " dimensions scored)";
    context.out << '\n';
    return kExitOk;
}

} // namespace sdmock::cli
