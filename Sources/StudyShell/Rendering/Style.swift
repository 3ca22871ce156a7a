/// The few looks the shell uses. Only `Output` turns a style into escape codes, and only when colour is on.
public enum Style: Sendable {
    case heading, id, dim, emphasis, error, warning, success

    var ansiCode: String {
        switch self {
        case .heading: return "1"
        case .id: return "36"
        case .dim: return "2"
        case .emphasis: return "1;33"
        case .error: return "31"
        case .warning: return "33"
        case .success: return "32"
        }
    }
}

/// A run of text with one style. Its text is cleaned of control characters when written.
public struct Span: Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style?

    public init(_ text: String, _ style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) { self.init(value) }
}

/// A byline as shown under the title: "by Jane Doe", unless the byline already says "By …".
func bylineSpans(_ byline: String) -> [Span] {
    byline.lowercased().hasPrefix("by ") ? [Span(byline)] : [Span("by ", .dim), Span(byline)]
}

/// "1 paragraph", "3 paragraphs".
func counted(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
