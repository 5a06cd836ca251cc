/// What the keys of a scrolling document do; every document binds them the same way.
public enum ScrollAction: Sendable, Equatable {
  case line(Int)
  case page(Int)
  case top, bottom
}

/// A document of lines that may be taller than its area: where it is scrolled to, the keys
/// that move it, and (through `Canvas.document`) its drawing. When the lines overflow the
/// area, its last row is the "more" marker's, so the offsets here count the other rows.
public struct ScrollingDocument: Sendable, Equatable {
  public private(set) var offset = 0

  public init(offset: Int = 0) { self.offset = offset }

  /// The rows that show text in an area `height` tall holding `lines` lines.
  public static func textRows(lines: Int, height: Int) -> Int {
    let height = max(1, height)
    return lines > height ? max(1, height - 1) : height
  }

  /// The furthest offset that still fills the area.
  public static func limit(lines: Int, height: Int) -> Int {
    max(0, lines - textRows(lines: lines, height: height))
  }

  /// Moves as `action` asks over `lines` shown in an area `height` tall.
  public mutating func apply(_ action: ScrollAction, lines: Int, height: Int) {
    let rows = Self.textRows(lines: lines, height: height)
    let target: Int
    switch action {
    case .line(let delta): target = offset + delta
    case .page(let pages): target = offset + pages * max(1, rows - 1)
    case .top: target = 0
    case .bottom: target = lines
    }
    offset = min(max(0, target), Self.limit(lines: lines, height: height))
  }

  /// The bindings, wrapped in a screen's own action. `letterJumps` adds g and G for top and
  /// bottom, and `spacePages` Space for page down, for screens that do not use those keys
  /// for something else.
  static func keys<Action>(
    _ wrap: (ScrollAction) -> Action, letterJumps: Bool = true, spacePages: Bool = true,
    footer: Bool = true
  ) -> [KeyBinding<Action>] {
    [
      KeyBinding([.down, .character("j")], "↓/j", "Scroll down", footer: footer, wrap(.line(1))),
      KeyBinding([.up, .character("k")], "↑/k", "Scroll up", footer: false, wrap(.line(-1))),
      KeyBinding(
        [.pageDown] + (spacePages ? [.character(" ")] : []), "PgDn", "Page down", footer: false,
        wrap(.page(1))),
      KeyBinding([.pageUp], "PgUp", "Page up", footer: false, wrap(.page(-1))),
      KeyBinding(
        [.home] + (letterJumps ? [.character("g")] : []), letterJumps ? "g" : "Home", "Top",
        footer: false, wrap(.top)),
      KeyBinding(
        [.end] + (letterJumps ? [.character("G")] : []), letterJumps ? "G" : "End", "Bottom",
        footer: false, wrap(.bottom)),
    ]
  }
}

/// A screen whose body, or one part of it, is a scrolling document. Counting the lines for a
/// key and drawing them go through the same area and width, so the two never disagree.
public protocol DocumentScreen: ScreenModel {
  var document: ScrollingDocument { get set }
  /// Where the document sits in the screen's body.
  func documentArea(in body: Rect, data: AppData) -> Rect
  /// The document's lines at `width` columns.
  func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine]
}

extension DocumentScreen {
  public func documentArea(in body: Rect, data: AppData) -> Rect { body }

  /// Scrolls the document as a key asked.
  mutating func scrollDocument(_ action: ScrollAction, data: AppData) {
    let body = Rect(x: 0, y: 0, width: data.body.width, height: data.body.height)
    let area = documentArea(in: body, data: data)
    let count = documentLines(width: area.width, data: data, glyphs: .unicode).count
    document.apply(action, lines: count, height: area.height)
  }

  /// Draws the document in its part of `body`.
  func drawDocument(_ canvas: inout Canvas, in body: Rect, context: DrawContext, data: AppData) {
    let area = documentArea(in: body, data: data)
    canvas.document(
      documentLines(width: area.width, data: data, glyphs: context.glyphs), in: area,
      scroll: document.offset, context: context)
  }
}

/// A screen that is a document and nothing else: its keys are the scrolling keys.
extension DocumentScreen where Action == ScrollAction {
  public var keyTable: KeyTable<ScrollAction> { KeyTable(ScrollingDocument.keys { $0 }) }

  public mutating func perform(_ action: ScrollAction, data: AppData) -> [Command] {
    scrollDocument(action, data: data)
    return []
  }
}

/// A document's lines kept at the width they were made for, for screens whose lines cost more
/// to build than the rest of a frame. A screen keeps them after each key and clears them when
/// what they show changes.
public struct LineCache: Sendable {
  private var kept: (width: Int, lines: [DocLine])?

  public init() {}

  /// The kept lines when they were made for `width`.
  public func lines(width: Int) -> [DocLine]? {
    kept.flatMap { $0.width == width ? $0.lines : nil }
  }

  public mutating func keep(_ lines: [DocLine], width: Int) { kept = (width, lines) }
}
