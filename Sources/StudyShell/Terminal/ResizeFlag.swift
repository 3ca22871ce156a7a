#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Set by the SIGWINCH handler when the terminal is resized; `Output` then reads the width again.
let resizeFlag = Atomic<Bool>(false)

/// Installs a SIGWINCH handler that only sets `resizeFlag` (libedit, which handles the signal while it reads a
/// line, passes it on to this handler).
func installResizeHandler() {
    var action = sigaction()
    #if canImport(Glibc)
    action.__sigaction_handler.sa_handler = { _ in resizeFlag.store(true, ordering: .relaxed) }
    #else
    action.__sigaction_u.__sa_handler = { _ in resizeFlag.store(true, ordering: .relaxed) }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(SIGWINCH, &action, nil)
}

/// Whether the terminal was resized since the last call; clears the flag.
func takeResize() -> Bool {
    resizeFlag.exchange(false, ordering: .relaxed)
}
