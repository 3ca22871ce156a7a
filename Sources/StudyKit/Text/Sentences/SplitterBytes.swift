/// Byte constants and byte classes that the sentence splitter tests bytes with (ASCII only).

let cDot: UInt8 = 0x2E        // .
let cQuestion: UInt8 = 0x3F   // ?
let cBang: UInt8 = 0x21       // !
let cSpace: UInt8 = 0x20
let cNewline: UInt8 = 0x0A
let cQuote: UInt8 = 0x22      // "
let cApostrophe: UInt8 = 0x27 // '
let cLParen: UInt8 = 0x28
let cRParen: UInt8 = 0x29
let cLBracket: UInt8 = 0x5B
let cRBracket: UInt8 = 0x5D
let cColon: UInt8 = 0x3A

@inline(__always) func isSpaceByte(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
@inline(__always) func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
@inline(__always) func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
@inline(__always) func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
@inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
@inline(__always) func lowered(_ c: UInt8) -> UInt8 { isUpper(c) ? c | 0x20 : c }
