#include "core/save_notice.hpp"

#include <algorithm>

namespace sdmock {

std::string waiting_text(std::size_t waiting) {
    return std::to_string(waiting) + (waiting == 1 ? " action" : " actions") +
           " waiting: the history is locked by another program";
}

std::string saved_text(std::size_t saved) {
    return saved == 1 ? "The waiting action is saved." : "The " + std::to_string(saved) + " waiting actions are saved.";
}

std::string session_write_failed(const std::string& message, std::int64_t session) {
    std::string what = message;
    if (auto at = what.find("; nothing was changed"); at != std::string::npos) what.erase(at);
    return what + "; the session is saved up to the action before this one: sdmock resume " + std::to_string(session);
}

std::optional<std::string> SaveNotice::update(std::size_t waiting, SteadyTime now) {
    if (waiting == waiting_) return std::nullopt;
    waiting_ = waiting;
    if (waiting > 0) {
        peak_ = std::max(peak_, waiting);
        saved_at_.reset();
        return waiting_text(waiting);
    }
    saved_ = peak_;
    peak_ = 0;
    saved_at_ = now;
    return saved_text(saved_);
}

std::string SaveNotice::line(SteadyTime now) const {
    if (waiting_ > 0) return waiting_text(waiting_);
    if (saved_at_ && now - *saved_at_ < kSavedShownFor) return saved_text(saved_);
    return {};
}

} // namespace sdmock
