import CoachCore

/// A skill, an interview question or a tip in full, as search opens it.
public struct DetailScreen: ScreenModel {
  public enum Action: Sendable {
    case scroll(ScrollAction)
  }

  public let target: SearchTarget
  public private(set) var scroll = Scroll()
  private let name: String

  public init(target: SearchTarget, data: AppData) {
    self.target = target
    let pack = data.pack
    switch target {
    case .skill(let id): name = pack?.skillName(id) ?? id
    case .level(let id): name = pack?.levelName(id) ?? id
    case .tip(let id): name = pack?.tips.first { $0.id == id }?.title ?? id
    case .question: name = "Interview question"
    }
  }

  public var title: String { name }

  public var keyTable: KeyTable<Action> {
    KeyTable(ScrollAction.bindings({ .scroll($0) }, letterJumps: false, footer: false))
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    guard case .scroll(let move) = action else { return [] }
    let count = lines(width: data.body.width, data: data).count
    scroll.apply(move, lines: count, height: data.body.height)
    return []
  }

  func lines(width: Int, data: AppData) -> [DocLine] {
    guard let pack = data.pack else { return [] }
    return DetailLines(pack: pack, width: width).lines(for: target)
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    canvas.document(
      lines(width: rect.width, data: data), in: rect, scroll: scroll.offset, context: context)
  }
}
