import CoachCore

/// A skill, an interview question or a tip in full, as search opens it.
public struct DetailScreen: DocumentScreen {
  public typealias Action = ScrollAction

  public let target: SearchTarget
  public var document = ScrollingDocument()
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

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    guard let pack = data.pack else { return [] }
    return DetailLines(pack: pack, width: width).lines(for: target)
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
