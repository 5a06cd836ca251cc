import CoachCore
import Foundation

/// The calibration part of the report: each rated skill with enough evidence, its recall and
/// mock share against the rating, and the calibrated view of the placement.
extension ReportDocument {
  var calibration: Calibration {
    Calibration.make(pack: pack, profile: report.profile, evidence: evidence)
  }

  func calibrationLines() -> [String] {
    ["Your ratings against your drills and mock answers"]
      + calibration.summary(pack: pack, report: report).map { label, text in
        "  " + (label.isEmpty ? text : label + ": " + text)
      }
  }

  func calibrationMarkdown() -> [String] {
    var out = ["## Your ratings against your drills and mock answers", ""]
    for (label, text) in calibration.summary(pack: pack, report: report) {
      out += [label.isEmpty ? text : "- **\(label)**: \(text)", ""]
    }
    return out
  }

  func calibrationJSON() -> [String: Any] {
    let calibration = self.calibration
    let lines: [[String: Any]] = calibration.lines.map { line in
      [
        "skill": line.skill, "name": pack.skillName(line.skill), "rating": line.rating,
        "confidence": line.confidence.rawValue,
        "recall": line.recall.map(Self.rounded) ?? NSNull(),
        "reviews": line.evidence.reviews.reviews,
        "mock": line.mock.map(Self.rounded) ?? NSNull(),
        "mockAnswers": line.evidence.mockAnswers,
        "sentence": Calibration.sentence(line, in: pack),
      ]
    }
    let placed = calibration.calibratedPlacement(
      pack: pack, profile: report.profile, threshold: report.placement.threshold)
    let placements: [[String: Any]] = placed.tracks.map { track in
      ["track": track.track, "level": track.level ?? NSNull(), "levelName": placementName(track)]
    }
    return [
      "minimumReviews": Calibration.minimumReviews,
      "minimumMockAnswers": Calibration.minimumMockAnswers, "lines": lines,
      "calibratedPlacements": placements,
      "note": calibration.placementNote(pack: pack, report: report) ?? NSNull(),
    ]
  }
}
