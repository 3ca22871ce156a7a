import Foundation

/// Reads numbers from `JSONSerialization` values exactly: a whole number is one only when it has no fraction and fits
/// (0.5, 1e30, "1" and `true` are not), so a file's number is never silently rounded, wrapped or read as 0.
public enum JSONNumbers {
    /// The value as an `Int`, or nil when it is not exactly one.
    public static func integer(_ value: Any) -> Int? {
        guard !isBool(value) else { return nil }
        return value as? Int
    }

    /// The value as a `UInt64` (a seed), or nil when it is not exactly one.
    public static func unsigned(_ value: Any) -> UInt64? {
        guard !isBool(value) else { return nil }
        return value as? UInt64
    }

    /// The value as a finite `Double`, or nil.
    public static func real(_ value: Any) -> Double? {
        guard !isBool(value), !(value is String), let d = value as? Double, d.isFinite else { return nil }
        return d
    }

    /// JSON `true`/`false`, which Foundation may also offer as a number.
    public static func isBool(_ value: Any) -> Bool {
        if type(of: value) == Bool.self { return true }
        if let n = value as? NSNumber { return String(cString: n.objCType) == "c" }
        return false
    }
}
