import Foundation

/// A file error as a few plain words ("No space left on device", "Permission denied"), never Foundation's
/// "The operation could not be completed. (NSCocoaErrorDomain error 512.)".
public enum FileErrorReason {
    public static func of(_ error: any Error) -> String {
        if let e = error as? AtomicFile.WriteError { return e.reason }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        switch ns.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return String(cString: strerror(ENOENT))
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return String(cString: strerror(EACCES))
        case NSFileWriteOutOfSpaceError: return String(cString: strerror(ENOSPC))
        case NSFileWriteFileExistsError: return String(cString: strerror(EEXIST))
        case NSFileWriteVolumeReadOnlyError: return String(cString: strerror(EROFS))
        default: return "cannot be written"
        }
    }
}
