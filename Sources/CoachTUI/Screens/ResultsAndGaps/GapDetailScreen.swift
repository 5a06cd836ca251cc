import CoachCore

/// One gap in depth: the skill, what the next rating looks like, and the pack's tips and
/// interview questions on it.
public struct GapDetailScreen: DocumentScreen {
  public typealias Action = ScrollAction

  public let gap: Gap
  public let target: String
  public var document = ScrollingDocument()
  private let name: String

  public init(gap: Gap, target: String, pack: Pack) {
    self.gap = gap
    self.target = target
    name = gap.requirement.displayName(in: pack)
  }

  public var title: String { name }

  /// Tips that name one of the gap's skills.
  static func tips(for gap: Gap, in pack: Pack) -> [Tip] {
    pack.tips.filter { tip in tip.skills.contains { gap.requirement.skills.contains($0) } }
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    guard let pack = data.pack else { return [] }
    let inner = width - 2
    var lines = DocLine.wrapped(
      "\(pack.levelName(target)) asks for \(pack.ratingText(gap.required, ofSkill: gap.skill)); "
        + (gap.unknown
          ? "you have not rated it yet, so it is not ranked as a gap."
          : "you are at \(pack.ratingText(gap.rating, ofSkill: gap.skill))."),
      width: inner, .muted, indent: 1)
    for skill in gap.requirement.skills.compactMap({ pack.skill($0) }) {
      lines += [.blank, .text(skill.name, .title, indent: 1)]
      if let description = skill.description {
        lines += DocLine.wrapped(description, width: inner, indent: 1)
      }
    }
    lines += [.blank, .text("The goal", .title, indent: 1)]
    lines += DocLine.wrapped(gap.action, width: inner, .accent, indent: 1)
    lines += [.blank, .text("Next step", .title, indent: 1)]
    for (label, text) in NextStep.make(for: gap, target: target, pack: pack).lines {
      lines += DocLine.wrapped(label + ": " + text, width: inner, indent: 3)
    }
    // A pack without tips or questions gets no empty section for them.
    let tips = Self.tips(for: gap, in: pack)
    if pack.has(.tips) { lines += [.blank, .text("Tips (\(tips.count))", .title, indent: 1)] }
    if tips.isEmpty, pack.has(.tips) {
      lines.append(.text("No tip in the pack names this skill.", .muted, indent: 3))
    }
    for (index, tip) in tips.enumerated() {
      if index > 0 { lines.append(.blank) }
      lines += DocLine.wrapped(tip.title, width: inner, .accent, indent: 3)
      lines += DocLine.wrapped(tip.text, width: inner, indent: 3)
      lines.append(
        .text("Source: \(pack.role.source(tip.source)?.title ?? tip.source)", .muted, indent: 3))
    }
    let questions = Gaps.questions(for: gap, target: target, in: pack)
    guard pack.has(.questions) else { return lines }
    lines += [.blank, .text("Interview questions (\(questions.count))", .title, indent: 1)]
    if questions.isEmpty {
      lines.append(.text("No question in the pack is on this skill.", .muted, indent: 3))
    }
    for question in questions {
      let label = "[\(pack.levelName(question.level)), \(question.kind.rawValue)] "
      lines += DocLine.wrapped(label + question.text, width: inner, indent: 3)
    }
    return lines
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
