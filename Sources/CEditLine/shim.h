// libedit's readline compatibility layer, plus fixed-arity setters and getters for its mutable globals,
// which Swift 6 cannot touch directly.
#ifndef STUDY_CEDITLINE_SHIM_H
#define STUDY_CEDITLINE_SHIM_H

#include <stdio.h>
#include <signal.h>
#include <sys/select.h>
#include <editline/readline.h>

typedef char **(*study_completion_fn)(const char *text, int start, int end);

static inline void study_rl_set_name(const char *name) { rl_readline_name = name; }
static inline void study_rl_set_completion(study_completion_fn fn) { rl_attempted_completion_function = fn; }
static inline void study_rl_set_completion_over(int over) { rl_attempted_completion_over = over; }
static inline void study_rl_set_append_character(int c) { rl_completion_append_character = c; }
static inline const char *study_rl_line_buffer(void) { return rl_line_buffer; }
// The newest history line, or NULL when the history is empty.
static inline const char *study_last_history(void) {
    if (history_length <= 0) return NULL;
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry ? entry->line : NULL;
}
static inline void study_rl_set_streams(void) { rl_instream = stdin; rl_outstream = stdout; }
// Where libedit takes its keys from: one character a call (its code point), -1 to end the line.
static inline void study_rl_set_getc(int (*fn)(FILE *)) { rl_getc_function = fn; }
// Waits until `fd` can be read with `mask` as the signal mask while waiting (pselect sets and restores it in one
// step, so a signal unblocked there cannot slip in between a check and the wait). > 0 ready, -1 error or signal.
static inline int study_wait_readable(int fd, const sigset_t *mask) {
    fd_set set;
    FD_ZERO(&set);
    FD_SET(fd, &set);
    return pselect(fd + 1, &set, NULL, NULL, NULL, mask);
}

#endif
