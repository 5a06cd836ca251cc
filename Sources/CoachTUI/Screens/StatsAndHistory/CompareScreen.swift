import CoachCore
import CoachStore

/// Two assessments side by side: how the placement moved, which skills rose and which fell,
/// and which were rated for the first time.
public struct CompareScreen: DocumentScreen {
  public typealias Action = ScrollAction

  /// One skill whose rating changed.
  public struct Change: Sendable, Equatable {
    public var skill: String
    public var before: Rating
    public var after: Rating
  }

  public let older: Assessment
  public let newer: Assessment
  public let rose: [Change]
  public let fell: [Change]
  /// Skills the newer assessment rates and the older one did not, with their rating.
  public let newlyRated: [(skill: String, rating: Rating)]
  /// Skills the older assessment rated and the newer one leaves unrated.
  public let noLongerRated: Int
  public let unchanged: Int
  public let placements: [(track: String, before: String, after: String)]
  public var document = ScrollingDocument()

  public init(older: Assessment, newer: Assessment, pack: Pack) {
    self.older = older
    self.newer = newer
    let before = older.profile(pack: pack)
    let after = newer.profile(pack: pack)
    var changes: [Change] = []
    var same = 0
    var firstTime: [(skill: String, rating: Rating)] = []
    var dropped = 0
    for skill in pack.skills {
      let was = before.rating(of: skill.id)
      let now = after.rating(of: skill.id)
      if was == nil, let now { firstTime.append((skill.id, now)) }
      if was != nil, now == nil { dropped += 1 }
      guard let was, let now else { continue }
      if was == now {
        same += 1
      } else {
        changes.append(Change(skill: skill.id, before: was, after: now))
      }
    }
    rose = changes.filter { $0.after > $0.before }.sorted {
      $0.after - $0.before > $1.after - $1.before
    }
    fell = changes.filter { $0.after < $0.before }.sorted {
      $0.before - $0.after > $1.before - $1.after
    }
    unchanged = same
    newlyRated = firstTime
    noLongerRated = dropped
    let placedBefore = Placement.report(pack: pack, profile: before)
    let placedAfter = Placement.report(pack: pack, profile: after)
    placements = zip(placedBefore.tracks, placedAfter.tracks).map { was, now in
      (
        was.track, CareerReport.placementName(was, in: pack),
        CareerReport.placementName(now, in: pack)
      )
    }
  }

  public var title: String { "Compare \(older.id) and \(newer.id)" }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    let arrow = glyphs.arrow
    guard let pack = data.pack else { return [] }
    // The names' column takes the longest name where the change beside it still fits.
    let names = (rose + fell).map(\.skill) + newlyRated.map(\.skill)
    let longest = names.map { DisplayWidth.of(pack.skillName($0)) }.max() ?? 0
    let label = max(max(14, min(34, width / 2 - 4)), min(longest + 1, width - 36))
    var lines = DocLine.wrapped(
      "Assessment \(older.id) (\(Format.date(older.startedAt, in: data.calendar))) \(arrow) "
        + "assessment \(newer.id) (\(Format.date(newer.startedAt, in: data.calendar)))",
      width: width - 2, .muted, indent: 1)
    let quick = [older, newer].filter { $0.mode == .quick }.map { "\($0.id)" }
    if !quick.isEmpty {
      let which = quick.count == 1 ? "Assessment \(quick[0]) is" : "Both are"
      lines += DocLine.wrapped(
        "\(which) a quick one: an area's rating stands for each of its skills, so its "
          + "placement is an estimate and a change may only mean a skill was rated on its own.",
        width: width - 2, .warning, indent: 1)
    }
    lines += [.blank, .text("Placement", .title, indent: 1)]
    let trackWidth = (placements.map { DisplayWidth.of(pack.trackName($0.track)) }.max() ?? 10) + 4
    for placement in placements {
      let moved = placement.before != placement.after
      let tone: Tone = moved ? .accent : .text
      let change =
        moved ? "\(placement.before) \(arrow) \(placement.after)" : "\(placement.after), unchanged"
      let name = DocLine.Part.text(
        "   " + pack.trackName(placement.track), .text, width: trackWidth + 3)
      if trackWidth + 3 + DisplayWidth.of(change) <= width {
        lines.append(DocLine([name, .text(change, tone, width: nil)]))
      } else {
        // Too long for one line: the level, then what became of it below.
        lines.append(DocLine([name, .text(placement.before, tone, width: nil)]))
        lines.append(
          DocLine([
            .text("", .text, width: trackWidth + 3),
            .text(moved ? "\(arrow) \(placement.after)" : "unchanged", tone, width: nil),
          ]))
      }
    }
    for (heading, changes, tone) in [("Rose", rose, Tone.good), ("Fell", fell, Tone.bad)] {
      lines += [.blank, .text("\(heading) (\(changes.count))", .title, indent: 1)]
      if changes.isEmpty { lines.append(.text("Nothing.", .muted, indent: 3)) }
      for change in changes {
        lines.append(
          DocLine([
            .text("   " + pack.skillName(change.skill), .text, width: label + 3),
            .text(
              "\(pack.ratingText(change.before, ofSkill: change.skill)) \(arrow) "
                + pack.ratingText(change.after, ofSkill: change.skill), tone,
              width: nil),
          ]))
      }
    }
    if !newlyRated.isEmpty {
      lines += [.blank, .text("Rated for the first time (\(newlyRated.count))", .title, indent: 1)]
      for (skill, rating) in newlyRated {
        lines.append(
          DocLine([
            .text("   " + pack.skillName(skill), .text, width: label + 3),
            .text(pack.ratingText(rating, ofSkill: skill), .accent, width: nil),
          ]))
      }
    }
    var summary = "Unchanged: \(unchanged) skill\(unchanged == 1 ? "" : "s") rated in both."
    if noLongerRated > 0 {
      summary += " Not rated this time: \(noLongerRated)."
    }
    lines += [.blank, .text(summary, .muted, indent: 1)]
    return lines
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
