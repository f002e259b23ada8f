#include "cli/commands.hpp"

#include "core/error.hpp"
#include "core/study.hpp"
#include "core/text.hpp"
#include "report/cards_view.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <ostream>

namespace sdmock::cli {
namespace {

/// The terminal's width when standard output is one, else 80.
int output_width() {
    winsize size{};
    if (isatty(STDOUT_FILENO) != 0 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20)
        return size.ws_col;
    return 80;
}

/// The card named by its id or its title, or an Error suggesting the closest ids.
const Card& named_card(const Content& content, const std::string& name) {
    if (const Card* card = find_card(content, name)) return *card;
    std::string message = "no card \"" + name + "\"";
    auto near = closest(name, content.card_ids(), 3);
    if (!near.empty())
        message += "; did you mean " + join(near, ", ") + "?";
    else
        message += " (`sdmock cards list` lists them)";
    throw Error(message);
}

} // namespace

int run_cards_list(const Context& context, const CardsOptions& options) {
    Content content = load_valid_content(context);
    if (options.format == "json")
        context.out << render_card_list_json(content);
    else
        context.out << render_card_list(content, output_width());
    return kExitOk;
}

int run_cards_show(const Context& context, const CardsOptions& options) {
    Content content = load_valid_content(context);
    const Card& card = named_card(content, join(options.name, " "));
    if (options.format == "json")
        context.out << render_card_json(card);
    else
        context.out << render_card_text(card, content, output_width());
    return kExitOk;
}

int run_cards_parts(const Context& context, const CardsOptions& options) {
    Content content = load_valid_content(context);
    if (options.format == "json")
        context.out << render_guide_parts_json(content);
    else
        context.out << render_guide_parts(content, output_width());
    return kExitOk;
}

} // namespace sdmock::cli
