// libFuzzer target: one content file (a problem, plan, question set, card file, rubric, guide, or a
// study plan or checklist) as arbitrary bytes. The loader must never crash, hang or throw: it
// reports diagnostics.
#include "content/loader.hpp"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte picks the kind of file, the rest is its text.
    static constexpr std::string_view kKinds[] = {"problems", "plans", "questions", "cards",
                                                  "rubrics",  "guide", "study"};
    std::string_view kind = kKinds[data[0] % std::size(kKinds)];
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    sdmock::LoadResult result;
    sdmock::load_one(kind, text, "fuzz.toml", result);
    for (const auto& d : result.diagnostics.all())
        (void)d.str();
    return 0;
}
