/// The Snowball English stemmer ("Porter2"), written from the published
/// definition at snowballstem.org (`algorithms/english`), current revision:
/// the special R1 prefixes (gener, commun, arsen, past, univers, later, emerg,
/// organ, inter), the `-ying` → `-ie` rule (dying, lying, tying, vying), the
/// words left alone by step 1b (inning, outing, canning, herring, earring,
/// evening, proceed, exceed, succeed), `-ogist` → `-og`, and the exceptional
/// forms (skis, skies, idly, gently, ugly, early, only, singly, sky, news, howe,
/// atlas, cosmos, bias, andes).
///
/// Input is expected to be lower-cased. Words of one or two characters, and
/// words containing any non-ASCII byte, are returned unchanged. The work is
/// done on UTF-8 bytes in a stack buffer, so stemming a word allocates nothing
/// beyond the returned string (and nothing at all for words of up to 15 bytes
/// or words the algorithm leaves unchanged).
public struct PorterStemmer: Sendable {
    public init() {}

    /// Returns the Porter2 stem of `word` (a lower-cased word).
    public func stem(_ word: String) -> String {
        if word.utf8.count <= 2 { return word }
        if let result = word.utf8.withContiguousStorageIfAvailable({ Porter2.stem($0) }) {
            return result ?? word
        }
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { Porter2.stem($0) } ?? word
    }
}

// MARK: - Implementation

/// Byte constants (ASCII).
private enum C {
    static let apostrophe: UInt8 = 0x27
    static let a: UInt8 = 0x61, b: UInt8 = 0x62, c: UInt8 = 0x63, d: UInt8 = 0x64
    static let e: UInt8 = 0x65, f: UInt8 = 0x66, g: UInt8 = 0x67, i: UInt8 = 0x69
    static let l: UInt8 = 0x6C, m: UInt8 = 0x6D, n: UInt8 = 0x6E, o: UInt8 = 0x6F
    static let r: UInt8 = 0x72, s: UInt8 = 0x73, t: UInt8 = 0x74, u: UInt8 = 0x75
    static let v: UInt8 = 0x76, w: UInt8 = 0x77, x: UInt8 = 0x78, y: UInt8 = 0x79
    static let z: UInt8 = 0x7A
    static let Y: UInt8 = 0x59
}

private enum Porter2 {
    /// Stems an ASCII word held in `src`. Returns nil when the stem equals the input.
    static func stem(_ src: UnsafeBufferPointer<UInt8>) -> String? {
        let n = src.count
        if n <= 2 { return nil }
        var high: UInt8 = 0
        for byte in src { high |= byte }
        if high & 0x80 != 0 { return nil }  // non-ASCII: left unchanged

        if let special = exception1(src) { return special.isEmpty ? nil : special }

        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            base.initialize(from: src.baseAddress!, count: n)
            var word = Word(base: base, count: n)
            word.run()
            let out = UnsafeBufferPointer(start: word.b, count: word.k)
            if word.k == n && word.b == base && out.elementsEqual(src) { return nil }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whole-word exceptions checked before anything else. Returns "" for the
    /// invariant forms, the replacement for the special changes, nil otherwise.
    static func exception1(_ w: UnsafeBufferPointer<UInt8>) -> String? {
        switch w.count {
        case 3:
            if eq(w, "sky") { return "" }
        case 4:
            if eq(w, "skis") { return "ski" }
            if eq(w, "idly") { return "idl" }
            if eq(w, "ugly") { return "ugli" }
            if eq(w, "only") { return "onli" }
            if eq(w, "news") || eq(w, "howe") || eq(w, "bias") { return "" }
        case 5:
            if eq(w, "skies") { return "sky" }
            if eq(w, "early") { return "earli" }
            if eq(w, "atlas") || eq(w, "andes") { return "" }
        case 6:
            if eq(w, "gently") { return "gentl" }
            if eq(w, "singly") { return "singl" }
            if eq(w, "cosmos") { return "" }
        default:
            break
        }
        return nil
    }

    @inline(__always)
    static func eq(_ w: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        let m = s.utf8CodeUnitCount
        if w.count != m { return false }
        let p = s.utf8Start
        for i in 0..<m where w[i] != p[i] { return false }
        return true
    }
}

/// 'a', 'e', 'i', 'o', 'u', 'y' as bits of (byte - 'a').
private let vowelBits: UInt32 = (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20) | (1 << 24)
/// 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't': letters that may precede "li".
private let validLIBits: UInt32 = (1 << 2) | (1 << 3) | (1 << 4) | (1 << 6) | (1 << 7) | (1 << 10)
    | (1 << 12) | (1 << 13) | (1 << 17) | (1 << 19)

@inline(__always)
private func isVowel(_ ch: UInt8) -> Bool {
    let i = ch &- C.a
    return i < 26 && (vowelBits >> UInt32(i)) & 1 != 0
}

@inline(__always)
private func isValidLI(_ ch: UInt8) -> Bool {
    let i = ch &- C.a
    return i < 26 && (validLIBits >> UInt32(i)) & 1 != 0
}

/// A word being stemmed in place: `b[0..<k]`, with the region starts `p1`, `p2`.
private struct Word {
    var b: UnsafeMutablePointer<UInt8>
    var k: Int
    var p1 = 0
    var p2 = 0

    init(base: UnsafeMutablePointer<UInt8>, count: Int) {
        b = base
        k = count
    }

    mutating func run() {
        // Prelude: drop one leading apostrophe; mark consonantal y as Y.
        if b[0] == C.apostrophe {
            b += 1
            k -= 1
        }
        var yFound = false
        var i = 0
        while i < k {
            if b[i] == C.y && (i == 0 || isVowel(b[i - 1])) {
                b[i] = C.Y
                yFound = true
            }
            i += 1
        }

        markRegions()
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()

        if yFound {
            for j in 0..<k where b[j] == C.Y { b[j] = C.y }
        }
    }

    // MARK: Helpers

    @inline(__always)
    func ends(_ s: StaticString) -> Bool {
        let m = s.utf8CodeUnitCount
        if m > k { return false }
        let p = s.utf8Start
        let start = k - m
        var i = m - 1
        while i >= 0 {
            if b[start + i] != p[i] { return false }
            i -= 1
        }
        return true
    }

    @inline(__always)
    func starts(_ s: StaticString) -> Bool {
        let m = s.utf8CodeUnitCount
        if m > k { return false }
        let p = s.utf8Start
        for i in 0..<m where b[i] != p[i] { return false }
        return true
    }

    /// Replaces the last `m` bytes with `s`.
    @inline(__always)
    mutating func replace(_ m: Int, with s: StaticString) {
        k -= m
        let p = s.utf8Start
        for i in 0..<s.utf8CodeUnitCount {
            b[k] = p[i]
            k += 1
        }
    }

    /// True when `b[0..<end]` contains a vowel.
    @inline(__always)
    func hasVowel(before end: Int) -> Bool {
        var i = 0
        while i < end {
            if isVowel(b[i]) { return true }
            i += 1
        }
        return false
    }

    /// `b[0..<e]` ends in a short syllable (or in "past").
    func shortSyllable(endingAt e: Int) -> Bool {
        if e >= 3 {
            let last = b[e - 1]
            if !isVowel(last) && last != C.w && last != C.x && last != C.Y
                && isVowel(b[e - 2]) && !isVowel(b[e - 3]) {
                return true
            }
        } else if e == 2 {
            if !isVowel(b[1]) && isVowel(b[0]) { return true }
        }
        if e >= 4 && b[e - 4] == 0x70 && b[e - 3] == C.a && b[e - 2] == C.s && b[e - 1] == C.t {
            return true
        }
        return false
    }

    // MARK: Regions

    mutating func markRegions() {
        p1 = k
        p2 = k
        var i: Int
        if let prefix = specialPrefixLength() {
            i = prefix
        } else {
            i = 0
            while i < k && !isVowel(b[i]) { i += 1 }
            while i < k && isVowel(b[i]) { i += 1 }
            if i >= k { return }
            i += 1
        }
        p1 = i
        while i < k && !isVowel(b[i]) { i += 1 }
        while i < k && isVowel(b[i]) { i += 1 }
        if i >= k { return }
        p2 = i + 1
    }

    func specialPrefixLength() -> Int? {
        switch b[0] {
        case C.g: if starts("gener") { return 5 }
        case C.c: if starts("commun") { return 6 }
        case C.a: if starts("arsen") { return 5 }
        case 0x70: if starts("past") { return 4 }
        case C.u: if starts("univers") { return 7 }
        case C.l: if starts("later") { return 5 }
        case C.e: if starts("emerg") { return 5 }
        case C.o: if starts("organ") { return 5 }
        case C.i: if starts("inter") { return 5 }
        default: break
        }
        return nil
    }

    // MARK: Step 0 and 1a

    mutating func step1a() {
        guard k > 0 else { return }
        // Step 0: the longest of ', 's, 's'.
        if b[k - 1] == C.apostrophe {
            if ends("'s'") { k -= 3 } else { k -= 1 }
        } else if ends("'s") {
            k -= 2
        }
        guard k > 0 else { return }

        let last = b[k - 1]
        if last == C.s {
            if ends("sses") {
                k -= 2
            } else if ends("ies") {
                k -= (k - 3 >= 2) ? 2 : 1  // -> "i" after two or more letters, else "ie"
            } else if ends("ss") || ends("us") {
                // unchanged
            } else if k >= 2 && hasVowel(before: k - 2) {
                k -= 1
            }
        } else if last == C.d && ends("ied") {
            if k - 3 >= 2 {
                k -= 2
            } else {
                k -= 1  // "ied" -> "ie"
            }
        }
    }

    // MARK: Step 1b

    mutating func step1b() {
        guard k >= 2 else { return }
        let last = b[k - 1]
        var suffix = 0
        var isEED = false
        var isING = false
        if last == C.y {
            if ends("eedly") { suffix = 5; isEED = true }
            else if ends("ingly") { suffix = 5 }
            else if ends("edly") { suffix = 4 }
            else { return }
        } else if last == C.d {
            if ends("eed") { suffix = 3; isEED = true }
            else if ends("ed") { suffix = 2 }
            else { return }
        } else if last == C.g {
            if ends("ing") { suffix = 3; isING = true } else { return }
        } else {
            return
        }

        let stemEnd = k - suffix
        if isEED {
            // proceed, exceed, succeed (and their -ly forms) stay as they are.
            if (stemEnd == 4 && (starts("proc") || starts("succ"))) || (stemEnd == 3 && starts("exc")) {
                return
            }
            if stemEnd >= p1 { replace(suffix, with: "ee") }
            return
        }

        if isING {
            // dying -> die, lying -> lie, tying -> tie, vying -> vie.
            if stemEnd == 2 && b[1] == C.y && !isVowel(b[0]) {
                b[1] = C.i
                b[2] = C.e
                k = 3
                return
            }
            // inning, outing, canning, herring, earring, evening are left alone.
            switch stemEnd {
            case 3:
                if starts("inn") || starts("out") { return }
            case 4:
                if starts("cann") || starts("herr") || starts("earr") || starts("even") { return }
            default:
                break
            }
        }

        guard hasVowel(before: stemEnd) else { return }
        k = stemEnd

        if k >= 2 {
            let x = b[k - 2], y = b[k - 1]
            if (x == C.a && y == C.t) || (x == C.b && y == C.l) || (x == C.i && y == C.z) {
                b[k] = C.e
                k += 1
                return
            }
            if x == y {
                switch y {
                case C.b, C.d, C.f, C.g, C.m, C.n, 0x70, C.r, C.t:
                    // Undouble, except in "add", "egg", "off" and the like.
                    if !(k == 3 && (b[0] == C.a || b[0] == C.e || b[0] == C.o)) { k -= 1 }
                    return
                default:
                    break
                }
            }
        }
        if k == p1 && shortSyllable(endingAt: k) {
            b[k] = C.e
            k += 1
        }
    }

    // MARK: Step 1c

    mutating func step1c() {
        guard k >= 3 else { return }
        let last = b[k - 1]
        if (last == C.y || last == C.Y) && !isVowel(b[k - 2]) {
            b[k - 1] = C.i
        }
    }

    // MARK: Step 2

    mutating func step2() {
        guard k >= 2 else { return }
        switch b[k - 1] {
        case C.l:
            if ends("ational") { r1(7, "ate") }
            else if ends("tional") { r1(6, "tion") }
        case C.i:
            switch b[k - 2] {
            case C.c:
                if ends("enci") { r1(4, "ence") }
                else if ends("anci") { r1(4, "ance") }
            case C.l:
                if ends("lessli") { r1(6, "less") }
                else if ends("entli") { r1(5, "ent") }
                else if ends("ousli") { r1(5, "ous") }
                else if ends("fulli") { r1(5, "ful") }
                else if ends("abli") { r1(4, "able") }
                else if ends("alli") { r1(4, "al") }
                else if ends("bli") { r1(3, "ble") }
                else if k >= 3 && k - 2 >= p1 && isValidLI(b[k - 3]) { k -= 2 }
            case C.t:
                if ends("biliti") { r1(6, "ble") }
                else if ends("aliti") { r1(5, "al") }
                else if ends("iviti") { r1(5, "ive") }
            case C.g:
                if ends("ogi") && k - 3 >= p1 && k >= 4 && b[k - 4] == C.l { replace(3, with: "og") }
            default:
                break
            }
        case C.r:
            if ends("izer") { r1(4, "ize") }
            else if ends("ator") { r1(4, "ate") }
        case C.n:
            if ends("ization") { r1(7, "ize") }
            else if ends("ation") { r1(5, "ate") }
        case C.m:
            if ends("alism") { r1(5, "al") }
        case C.s:
            if ends("fulness") { r1(7, "ful") }
            else if ends("ousness") { r1(7, "ous") }
            else if ends("iveness") { r1(7, "ive") }
        case C.t:
            if ends("ogist") { r1(5, "og") }
        default:
            break
        }
    }

    /// Replaces the last `m` bytes with `s` if they lie in R1.
    @inline(__always)
    mutating func r1(_ m: Int, _ s: StaticString) {
        if k - m >= p1 { replace(m, with: s) }
    }

    // MARK: Step 3

    mutating func step3() {
        guard k >= 3 else { return }
        switch b[k - 1] {
        case C.l:
            if ends("ational") { r1(7, "ate") }
            else if ends("tional") { r1(6, "tion") }
            else if ends("ical") { r1(4, "ic") }
            else if ends("ful") { r1(3, "") }
        case C.e:
            if ends("alize") { r1(5, "al") }
            else if ends("icate") { r1(5, "ic") }
            else if ends("ative") && k - 5 >= p2 { k -= 5 }  // R2 implies R1
        case C.i:
            if ends("iciti") { r1(5, "ic") }
        case C.s:
            if ends("ness") { r1(4, "") }
        default:
            break
        }
    }

    // MARK: Step 4

    mutating func step4() {
        guard k >= 2 else { return }
        var m = 0
        switch b[k - 1] {
        case C.l:
            if ends("al") { m = 2 }
        case C.e:
            if ends("ance") || ends("ence") || ends("able") || ends("ible") { m = 4 }
            else if ends("ate") || ends("ive") || ends("ize") { m = 3 }
        case C.r:
            if ends("er") { m = 2 }
        case C.c:
            if ends("ic") { m = 2 }
        case C.t:
            if ends("ement") { m = 5 }
            else if ends("ment") { m = 4 }
            else if ends("ent") || ends("ant") { m = 3 }
        case C.m:
            if ends("ism") { m = 3 }
        case C.i:
            if ends("iti") { m = 3 }
        case C.s:
            if ends("ous") { m = 3 }
        case C.n:
            if ends("ion") && k - 3 >= p2 && k >= 4 && (b[k - 4] == C.s || b[k - 4] == C.t) {
                k -= 3
            }
            return
        default:
            return
        }
        if m > 0 && k - m >= p2 { k -= m }
    }

    // MARK: Step 5

    mutating func step5() {
        guard k >= 1 else { return }
        let last = b[k - 1]
        if last == C.e {
            if k - 1 >= p2 || (k - 1 >= p1 && !shortSyllable(endingAt: k - 1)) { k -= 1 }
        } else if last == C.l {
            if k - 1 >= p2 && k >= 2 && b[k - 2] == C.l { k -= 1 }
        }
    }
}
