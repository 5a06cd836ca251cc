import CoachCore

/// A skill, an interview question or a tip in full, as search opens it.
public struct DetailScreen: DocumentScreen {
  public enum Action: Sendable {
    case scroll(ScrollAction)
  }

  public let target: SearchTarget
  var document = ScrollingDocument()
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
    KeyTable(ScrollingDocument.keys({ .scroll($0) }, letterJumps: false, footer: false))
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    guard case .scroll(let move) = action else { return [] }
    scrollDocument(move, data: data)
    return []
  }

  func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    guard let pack = data.pack else { return [] }
    return DetailLines(pack: pack, width: width).lines(for: target)
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
