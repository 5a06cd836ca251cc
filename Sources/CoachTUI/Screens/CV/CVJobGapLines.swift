import CoachCore

/// The "For this job" section of a CV check: the skills the ad asks for that the CV never
/// names, each with the CV line that comes closest, then those it shows. `cv-check --job`
/// prints these lines after the check's own.
public struct CVJobGapLines {
  let pack: Pack
  /// What the ad is: "job-2: Senior Backend Engineer" or its file's path.
  let label: String
  let gap: CVJobGap
  let width: Int

  public init(pack: Pack, label: String, gap: CVJobGap, width: Int) {
    self.pack = pack
    self.label = label
    self.gap = gap
    self.width = width
  }

  var inner: Int { width - 2 }

  public var all: [DocLine] {
    var lines: [DocLine] = [.blank]
    lines += DocLine.wrapped("For this job (\(label))", width: inner, .title, indent: 1)
    guard !gap.shown.isEmpty || !gap.missing.isEmpty else {
      return lines + [.text("The ad names none of the pack's skills.", .muted, indent: 3)]
    }
    lines += [.blank, .text("Asked and not in your CV (\(gap.missing.count))", .title, indent: 3)]
    if gap.missing.isEmpty {
      lines.append(.text("None: your CV names every skill the ad asks for.", .good, indent: 5))
    }
    for missing in gap.missing {
      lines.append(.blank)
      lines += DocLine.wrapped("- \(pack.skillName(missing.skill))", width: inner, .bad, indent: 5)
      lines += DocLine.wrapped(
        "The ad: \"\(missing.adLine)\"", width: inner, .muted, indent: 7)
      lines += DocLine.wrapped(
        "Words that count: " + missing.names.joined(separator: ", "), width: inner, indent: 7)
      if let closest = missing.closest {
        lines.append(
          .text("Closest, line \(closest.number): \"\(closest.text)\"", .text, indent: 7))
      } else {
        lines.append(.text("No line comes close.", .muted, indent: 7))
      }
    }
    lines += [.blank, .text("Asked and in your CV (\(gap.shown.count))", .title, indent: 3)]
    if gap.shown.isEmpty { lines.append(.text("None yet.", .muted, indent: 5)) }
    for shown in gap.shown {
      lines.append(
        .text(
          "+ \(pack.skillName(shown.skill)), line \(shown.line.number): \"\(shown.line.text)\"",
          .good, indent: 5))
    }
    return lines
  }
}
