#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine
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

/// libedit's source of keys (`rl_getc_function`): the next character typed, its UTF-8 bytes read whole and given as
/// its code point; -1 at the end of input or once Ctrl-C was pressed, which ends the line. libedit's own read
/// forgets a SIGINT that arrives while it is busy between two reads and then waits for a key (the line neither
/// abandoned nor shown again). Here SIGINT is blocked except inside the wait itself, and the flag is checked
/// before each wait, so a Ctrl-C at any moment ends the line.
func readKey(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    var interrupt = sigset_t(), saved = sigset_t()
    sigemptyset(&interrupt)
    sigaddset(&interrupt, SIGINT)
    pthread_sigmask(SIG_BLOCK, &interrupt, &saved)
    defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
    var waiting = saved
    sigdelset(&waiting, SIGINT)
    func byte() -> Int32? {
        while true {
            if interruptFlag.load(ordering: .relaxed) { return nil }
            let ready = study_wait_readable(0, &waiting)
            if ready < 0 {
                if errno == EINTR { continue }
                return nil
            }
            var b: UInt8 = 0
            let n = read(0, &b, 1)
            if n == 1 { return Int32(b) }
            if n < 0, errno == EINTR || errno == EAGAIN { continue }
            return nil
        }
    }
    guard let first = byte() else { return -1 }
    let length = first < 0xC0 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : first < 0xF8 ? 4 : 1
    guard length > 1 else { return first }
    var scalar = first & (0x7F >> length)
    for _ in 1..<length {
        guard let next = byte() else { return -1 }
        guard next & 0xC0 == 0x80 else { return next }
        scalar = scalar << 6 | (next & 0x3F)
    }
    return scalar
}
