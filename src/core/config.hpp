#pragma once
/// The user's settings ($XDG_CONFIG_HOME/sdmock/config.toml); every field has a default.
#include <string>

namespace sdmock {

enum class Weekday { monday, sunday };

struct Config {
    std::string plan = "standard-45"; ///< the plan `start` uses when none is given
    bool bell = true;                 ///< ring the terminal bell when a phase's time runs out
    bool color = true;                ///< colours (NO_COLOR turns them off whatever this says)
    Weekday week_start = Weekday::monday;
    std::string level = "senior"; ///< the level `start` runs a mock at when none is given
    int new_cards_per_day = 10;   ///< spaced review: new bank pairs and cards a day (misses are never held back)
    bool record = false;          ///< record every mock's audio (start --record)
    bool voice = false;           ///< a voice asks a solo mock's questions (start --voice)
};

} // namespace sdmock
