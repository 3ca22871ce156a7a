extension Double {
    /// The number with two decimals ("0.08", "-1.50"), without Foundation's slow `String(format:)`.
    public var twoDecimals: String {
        guard isFinite, abs(self) < 1e15 else { return "\(self)" }
        var hundredths = Int((abs(self) * 100).rounded())
        var digits: [UInt8] = []
        while hundredths > 0 || digits.count < 3 {
            if digits.count == 2 { digits.append(UInt8(ascii: ".")) }
            digits.append(UInt8(ascii: "0") + UInt8(hundredths % 10))
            hundredths /= 10
        }
        if self < 0, digits.contains(where: { $0 > UInt8(ascii: "0") }) { digits.append(UInt8(ascii: "-")) }
        digits.reverse()
        return String(decoding: digits, as: UTF8.self)
    }
}
