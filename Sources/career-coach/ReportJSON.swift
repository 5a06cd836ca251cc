import CoachCore
import CoachStore
import Foundation

/// The JSON of `assess` and `report`, as DESIGN.md §8 fixes it: placements, fits, target, gaps
/// and plan; the extra keys (assessment, names, threshold) may grow, none may be renamed.
extension ReportDocument {
  func json() -> Data {
    let ladder = report.ladder?.track
    let placements: [[String: Any]] = report.placement.tracks.map { track in
      [
        "track": track.track, "name": pack.trackName(track.track), "level": track.level ?? NSNull(),
        "levelName": placementName(track), "borderline": track.borderline,
        "undecided": track.undecided,
        "next": track.nextLevel ?? NSNull(), "ladder": track.track == ladder,
      ]
    }
    let fits: [[String: Any]] = report.placement.tracks.flatMap { track in
      track.fits.map { fit in
        [
          "track": track.track, "level": fit.level, "fit": Self.rounded(fit.fit),
          "reached": fit.reached,
        ]
      }
    }
    let gaps: [[String: Any]] = (report.gaps + report.unrated).map { gap in
      [
        "skill": gap.skill, "name": pack.skillName(gap.skill),
        "rating": pack.scale.number(gap.rating),
        "required": pack.scale.number(gap.required), "weight": gap.weight, "priority": gap.priority,
        "action": gap.action, "unknown": gap.unknown,
        "requirement": gap.requirement.skills, "nextStep": Self.json(nextStep(gap)),
      ]
    }
    let plan: [[String: Any]] = report.plan.weeks.map { week in
      [
        "week": week.number, "hours": Self.rounded(week.hours),
        "items": week.items.map { ["skill": $0.skill, "hours": Self.rounded($0.hours)] },
      ]
    }
    let milestones: [[String: Any]] = report.plan.milestones.map { milestone in
      [
        "milestone": milestone.number, "firstWeek": milestone.firstWeek,
        "lastWeek": milestone.lastWeek, "hours": Self.rounded(milestone.hours),
        "items": milestone.items.map { ["skill": $0.skill, "hours": Self.rounded($0.hours)] },
        "checkpoints": milestone.checkpoints.map {
          ["skill": $0.skill, "week": $0.week, "aim": $0.aim]
        },
      ]
    }
    var assessmentInfo: [String: Any] = [
      "id": assessment.id, "mode": assessment.mode.rawValue,
      "startedAt": Self.iso(assessment.startedAt),
      "finishedAt": assessment.finishedAt.map(Self.iso) ?? NSNull(),
      "years": assessment.years ?? NSNull(), "market": assessment.market ?? NSNull(),
      "languages": assessment.languages, "databases": assessment.databases,
      "cloud": assessment.cloud, "estimate": report.estimateLine(in: pack) ?? NSNull(),
    ]
    assessmentInfo["unrated"] = report.unratedSkills(in: pack)
    let root: [String: Any] = [
      "assessment": assessmentInfo, "threshold": report.placement.threshold,
      "placements": placements, "fits": fits, "target": report.target ?? NSNull(),
      "defaultTarget": report.isDefaultTarget, "targetReason": report.targetReason,
      "yearsNote": report.yearsNote(in: pack) ?? NSNull(), "gaps": gaps, "plan": plan,
      "milestones": milestones, "calibration": calibrationJSON(),
      "targetDate": report.plan.targetDate(from: today, calendar: calendar).map {
        Format.day($0, in: calendar)
      } ?? NSNull(),
      "hoursPerWeek": report.plan.hoursPerWeek, "totalHours": Self.rounded(report.plan.totalHours),
    ]
    return Self.encode(root)
  }

  static func json(_ step: NextStep) -> [String: Any] {
    [
      "exercise": step.exercise, "drillQuestions": step.drillQuestions,
      "evidence": step.evidence,
      "resources": step.resources.map {
        ["title": $0.title, "kind": $0.kind.rawValue, "where": $0.location]
      },
    ]
  }

  /// Four decimals are enough for a fit and for hours, and keep the JSON readable.
  static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

  static func iso(_ date: Date) -> String { isoFormatter.string(from: date) }

  // Made once: `history --format json` writes two dates for each of up to thousands of rows.
  nonisolated(unsafe) private static let isoFormatter: ISO8601DateFormatter = {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter
  }()

  /// Pretty printed with sorted keys and a final newline.
  static func encode(_ object: Any) -> Data {
    do {
      var data = try JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      data.append(contentsOf: Array("\n".utf8))
      return data
    } catch {
      fail("cannot encode the report as JSON: \(error)", code: 2)
    }
  }
}
