import XCTest

final class PipeTests: XCTestCase {
    func testPlaceholder() throws {}
}
