import CoachCore
import CoachStore

/// The reviews a mentor or manager filled in and the user imported: a list (reviewer, day,
/// skills rated), and one review beside the user's own ratings, the biggest disagreements
/// first. With one review, that review opens at once.
public struct ReviewsScreen: DocumentScreen {
  public enum Action: Sendable {
    case move(Int)
    case first, last, open, list
    case scroll(ScrollAction)
  }

  public let reviews: [ReceivedReview]
  /// The user's latest finished assessment, the other side of each comparison.
  public let assessment: Assessment?
  public private(set) var selected = 0
  /// The index of the review shown in full; nil while the list shows.
  public private(set) var opened: Int?
  public var document = ScrollingDocument()

  public init(reviews: [ReceivedReview], assessment: Assessment?) {
    self.reviews = reviews
    self.assessment = assessment
    opened = reviews.count == 1 ? 0 : nil
  }

  public var title: String {
    guard let opened else { return "Reviews received" }
    return "Reviews received › \(reviews[opened].review.reviewer ?? "Review \(opened + 1)")"
  }

  public var keyTable: KeyTable<Action> {
    guard opened != nil else {
      return KeyTable(
        ListKeys.bindings(move: Action.move, first: .first, last: .last, pages: true) + [
          KeyBinding([.enter], "Enter", "Open the review", .open)
        ])
    }
    let back: [KeyBinding<Action>] =
      reviews.count > 1 ? [KeyBinding([.escape], "Esc", "Back to the reviews", .list)] : []
    return KeyTable(back + ScrollingDocument.keys(Action.scroll))
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    let last = max(0, reviews.count - 1)
    switch action {
    case .move(let delta): selected = min(max(0, selected + delta), last)
    case .first: selected = 0
    case .last: selected = last
    case .open:
      guard reviews.indices.contains(selected) else { return [] }
      opened = selected
      document = ScrollingDocument()
    case .list: opened = nil
    case .scroll(let move): scrollDocument(move, data: data)
    }
    return []
  }

  /// The review shown in full beside the user's ratings.
  func comparison(pack: Pack) -> ReviewComparison? {
    guard let opened else { return nil }
    return ReviewComparison(review: reviews[opened].review, assessment: assessment, pack: pack)
  }

  /// "Dana Lee   2026-11-20   12 skills rated".
  func row(_ received: ReceivedReview, data: AppData) -> String {
    let count = received.review.ratings.count
    return [
      received.review.reviewer ?? "Unnamed reviewer",
      Format.day(received.receivedAt, in: data.calendar),
      "\(count) \(count == 1 ? "skill" : "skills") rated",
    ].joined(separator: "   ")
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    guard let opened, let pack = data.pack, let comparison = comparison(pack: pack) else {
      return []
    }
    return ReviewComparisonLines(
      pack: pack, received: reviews[opened], comparison: comparison, assessed: assessment != nil,
      width: width, calendar: data.calendar
    ).all
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    guard opened == nil else {
      drawDocument(&canvas, in: rect, context: context, data: data)
      return
    }
    let area = rect.inset(horizontal: 1, vertical: 0)
    canvas.put(
      "Reviews you imported; Enter sets one beside your own ratings.", x: area.x, y: area.y,
      style: context.theme.muted, clip: area)
    let (_, below) = area.splitTop(2)
    canvas.list(
      ListView(rows: reviews.map { row($0, data: data) }, selected: selected), in: below,
      context: context)
  }
}
