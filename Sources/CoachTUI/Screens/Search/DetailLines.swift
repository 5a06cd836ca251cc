import CoachCore

/// The lines of a skill, a question or a tip in full.
struct DetailLines {
  let pack: Pack
  let width: Int

  var inner: Int { width - 2 }

  func lines(for target: SearchTarget) -> [DocLine] {
    switch target {
    case .skill(let id): return pack.skill(id).map(skill) ?? []
    case .question(let id): return pack.questions.first { $0.id == id }.map(question) ?? []
    case .tip(let id): return pack.tips.first { $0.id == id }.map(tip) ?? []
    case .level: return []
    }
  }

  func heading(_ text: String) -> [DocLine] { [.blank, .text(text, .title, indent: 1)] }

  func bullets(_ items: [String], tone: Tone = .text) -> [DocLine] {
    items.flatMap { item in
      TextWrap.lines(item, width: max(1, inner - 5)).enumerated().map { index, line in
        DocLine.text((index == 0 ? "- " : "  ") + line, tone, indent: 3)
      }
    }
  }

  func skill(_ skill: Skill) -> [DocLine] {
    var lines: [DocLine] = [
      .text(skill.name, .title, indent: 1),
      .text("Area: \(pack.categoryName(skill.category))", .muted, indent: 1),
    ]
    if let description = skill.description {
      lines += DocLine.wrapped(description, width: inner, indent: 1)
    }
    let anchors = pack.anchors(of: skill)
    if !anchors.isEmpty { lines += heading("What each rating looks like") }
    for (rating, anchor) in anchors.enumerated() {
      lines += DocLine.wrapped(
        "\(pack.ratingText(rating, ofSkill: skill.id)): \(anchor)", width: inner, indent: 3)
    }
    let levels = pack.levels.compactMap { level in
      level.requirements.first { $0.skills.contains(skill.id) }.map { (level, $0) }
    }
    if !levels.isEmpty {
      lines += heading("Levels that ask for it")
      lines += bullets(
        levels.map { level, requirement in
          "\(level.name): \(pack.ratingText(requirement.minimum, ofSkill: skill.id))"
            + (requirement.isChoice ? " (one of \(requirement.displayName(in: pack)))" : "")
        })
    }
    let tips = pack.tips.filter { $0.skills.contains(skill.id) }
    lines += heading("Tips (\(tips.count))")
    if tips.isEmpty {
      lines.append(.text("No tip in the pack names this skill.", .muted, indent: 3))
    }
    for tip in tips {
      lines += DocLine.wrapped(tip.title, width: inner, .accent, indent: 3)
      lines += DocLine.wrapped(tip.text, width: inner, indent: 3)
      lines.append(.text("Source: \(pack.sourceName(tip.source))", .muted, indent: 3))
    }
    let questions = pack.questions.filter { $0.skills.contains(skill.id) }
    lines += heading("Interview questions (\(questions.count))")
    if questions.isEmpty {
      lines.append(.text("No question in the pack is on this skill.", .muted, indent: 3))
    }
    lines += bullets(questions.map { "[\(pack.levelName($0.level))] \($0.text)" })
    return lines
  }

  func question(_ question: Question) -> [DocLine] {
    var lines = DocLine.wrapped(question.text, width: inner, .title, indent: 1)
    lines.append(
      .text(
        "\(question.kind.name) question for \(pack.levelName(question.level))",
        .muted, indent: 1))
    if !question.skills.isEmpty {
      lines += DocLine.wrapped(
        "Skills: " + question.skills.map(pack.skillName).joined(separator: ", "), width: inner,
        .muted, indent: 1)
    }
    lines += heading("Key points of a good answer")
    lines += bullets(question.keyPoints)
    lines += heading("Hint")
    lines += DocLine.wrapped(question.hint, width: inner, .accent, indent: 3)
    if !question.followUps.isEmpty {
      lines += heading("Follow-up questions")
      lines += bullets(question.followUps)
    }
    if let source = question.source {
      lines += [.blank, .text("Source: \(pack.sourceName(source))", .muted, indent: 1)]
    }
    return lines
  }

  func tip(_ tip: Tip) -> [DocLine] {
    var lines = DocLine.wrapped(tip.title, width: inner, .title, indent: 1)
    let kind = pack.tipCategory(tip.category)?.name ?? tip.category.rawValue
    lines.append(.text("Category: \(kind)", .muted, indent: 1))
    lines.append(.blank)
    lines += DocLine.wrapped(tip.text, width: inner, indent: 1)
    if !tip.levels.isEmpty {
      lines += DocLine.wrapped(
        "For: " + tip.levels.map(pack.levelName).joined(separator: ", "), width: inner, .muted,
        indent: 1)
    }
    if !tip.skills.isEmpty {
      lines += DocLine.wrapped(
        "Skills: " + tip.skills.map(pack.skillName).joined(separator: ", "), width: inner, .muted,
        indent: 1)
    }
    lines += [.blank, .text("Source: \(pack.sourceName(tip.source))", .muted, indent: 1)]
    return lines
  }
}
