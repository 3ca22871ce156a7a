#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Set by the SIGINT handler; read (and cleared) by the shell. Ctrl-C then abandons the line or the running
/// command instead of ending the process.
let interruptFlag = Atomic<Bool>(false)

/// Installs a SIGINT handler that only sets `interruptFlag`. `sa_flags` is 0 (no SA_RESTART), so a blocking
/// read inside libedit returns and the shell can show a fresh prompt.
func installInterruptHandler() {
    var action = sigaction()
    #if canImport(Glibc)
    action.__sigaction_handler.sa_handler = { _ in interruptFlag.store(true, ordering: .relaxed) }
    #else
    action.__sigaction_u.__sa_handler = { _ in interruptFlag.store(true, ordering: .relaxed) }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
}

/// Whether Ctrl-C was pressed since the last call; clears the flag.
func takeInterrupt() -> Bool {
    interruptFlag.exchange(false, ordering: .relaxed)
}
