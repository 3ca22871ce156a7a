import Foundation

/// Reads an essay from a file (or the bundled seed) and refuses, with a message that says what to do, anything
/// that is not a readable UTF-8 text with at least one word.
public enum EssayLoader {
    /// Essays larger than this are refused (a million-word book is about 6 MB).
    public static let maximumBytes = 32 * 1024 * 1024

    /// The name of the essay that ships inside the binary.
    public static let bundledName = "albright-iraq-2007.txt"

    /// The bundled essay's source and text.
    public static func bundled() -> (source: EssaySource, text: String) {
        (EssaySource(name: bundledName, path: nil), String(decoding: PackageResources.albright_iraq_2007_txt, as: UTF8.self))
    }

    /// Whether a path names a regular file (links followed): a path read from a session file is opened only then,
    /// never a FIFO or device that could block or never end.
    public static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    /// Reads and decodes a file.
    public static func load(path: String) throws(EssayLoadError) -> (source: EssaySource, text: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            var st = stat()
            if stat(path, &st) != 0 && errno == ELOOP { throw .linkLoop(path) }
            throw .missing(path)
        }
        if isDirectory.boolValue { throw .directory(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path) }
        defer { try? handle.close() }
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        if let type = attributes[.type] as? FileAttributeType, type == .typeCharacterSpecial || type == .typeBlockSpecial
            || type == .typeSocket {
            throw .notAFile(path)
        }
        let size = attributes[.size] as? Int ?? 0
        if size > maximumBytes { throw .tooLarge(path, bytes: size) }
        // Never more than the limit (and one byte to tell), even from a pipe that does not end.
        guard let data = try? handle.read(upToCount: maximumBytes + 1) ?? Data() else {
            if size == 0 { throw .empty(path) }
            throw .unreadable(path)
        }
        if data.count > maximumBytes { throw .tooLarge(path, bytes: nil) }
        let text = try decode(Array(data), path: path)
        return (EssaySource(name: (path as NSString).lastPathComponent, path: path), text)
    }

    /// Checks and decodes bytes as UTF-8 text.
    public static func decode(_ bytes: [UInt8], path: String) throws(EssayLoadError) -> String {
        if bytes.isEmpty { throw .empty(path) }
        if let utf16 = utf16Text(bytes) {
            guard utf16.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else {
                throw .noWords(path)
            }
            return utf16
        }
        if bytes.contains(0) { throw .binary(path) }
        var controls = 0
        for b in bytes.prefix(8192) where b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C && b != 0x1B {
            controls += 1
        }
        if controls * 10 > min(bytes.count, 8192) { throw .binary(path) }
        if let bad = firstInvalidUTF8Offset(bytes) { throw .invalidUTF8(path, offset: bad) }
        let text = String(decoding: bytes, as: UTF8.self)
        if !text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) {
            throw .noWords(path)
        }
        return text
    }

    /// UTF-16 text (Windows' "Unicode"): with a byte-order mark, or without one when every other byte of the start
    /// is zero as in mostly-ASCII text. Nil when the bytes are not UTF-16 or do not decode.
    static func utf16Text(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        let head = Array(bytes.prefix(2))
        var encoding: String.Encoding?
        if head == [0xFF, 0xFE] || head == [0xFE, 0xFF] {
            encoding = .utf16
        } else if bytes.count >= 8 {
            let sample = Array(bytes.prefix(256))
            let even = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let odd = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            if odd == sample.count / 2 && even == 0 { encoding = .utf16LittleEndian }
            if even == sample.count / 2 && odd == 0 { encoding = .utf16BigEndian }
        }
        guard let encoding, let text = String(data: Data(bytes), encoding: encoding) else { return nil }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                offset += UTF8.width(s)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}

/// Why an essay could not be loaded; `description` is the one line to show the user.
public enum EssayLoadError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case directory(String)
    case unreadable(String)
    case empty(String)
    case noWords(String)
    case binary(String)
    case invalidUTF8(String, offset: Int)
    /// Larger than `EssayLoader.maximumBytes`; `bytes` is nil when the size is not known (a pipe).
    case tooLarge(String, bytes: Int?)
    /// A device or socket.
    case notAFile(String)
    /// A symbolic link that leads back to itself.
    case linkLoop(String)

    /// The one line to show, the file named cleaned and shortened.
    public var description: String { Self.line(SafeText.clean(path, limit: 120), self) }

    /// The path as given.
    public var path: String {
        switch self {
        case .missing(let p), .directory(let p), .unreadable(let p), .empty(let p), .noWords(let p), .binary(let p),
             .notAFile(let p), .linkLoop(let p), .invalidUTF8(let p, _), .tooLarge(let p, _):
            return p
        }
    }

    private static func line(_ p: String, _ error: EssayLoadError) -> String {
        switch error {
        case .linkLoop:
            return "\(p): is a loop of symbolic links; give the path of a text file"
        case .missing:
            return "\(p): no such file; check the path, or run study with no file for the bundled essay"
        case .directory:
            return "\(p): is a folder, not an essay; give the path of a text file inside it"
        case .unreadable:
            return "\(p): cannot be read (permission denied?); check its permissions"
        case .empty:
            return "\(p): is empty; give a text file with at least one sentence"
        case .noWords:
            return "\(p): has no words (only white space or symbols); give a text file with at least one sentence"
        case .binary:
            return "\(p): looks like a binary file, not text; give a plain-text (UTF-8) essay"
        case .invalidUTF8(_, let offset):
            return "\(p): is not valid UTF-8 (bad byte at offset \(offset)); save it as UTF-8 and try again"
        case .notAFile:
            return "\(p): is a device, not a file; give the path of a text file"
        case .tooLarge(_, nil):
            return "\(p): gives more than \(EssayLoader.maximumBytes / 1_048_576) MB; study reads essays of up to \(EssayLoader.maximumBytes / 1_048_576) MB, so split it"
        case .tooLarge(_, let bytes?):
            let mb = Double(bytes) / 1_048_576
            return "\(p): is \(String(format: "%.1f", mb)) MB; study reads essays of up to \(EssayLoader.maximumBytes / 1_048_576) MB, so split it"
        }
    }
}
