import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `career-coach review import FILE`: a filled review, stored and set beside your own view.
struct ReviewImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Store a review a mentor or manager filled in and compare it with your ratings.",
    discussion: """
      Prints each skill with your rating (from your latest finished assessment) and the \
      reviewer's, the biggest disagreements first, with their comments, and the placement each \
      view gives. A file with a wrong version, cut short, made for another content pack, \
      naming unknown skills or rating outside the pack's scale is reported (exit 1) and \
      nothing is stored, as is a review of someone other than the name set with `config set \
      name`. Importing the same file again stores nothing new.
      """
  )

  @Argument(help: ArgumentHelp("The filled review file.", valueName: "file"))
  var file: String

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .placement, so: "there is nothing to compare against")
    let review = ReviewCommand.read(file, pack: pack)
    guard review.isFilled else {
      fail(
        "\(file): the review has no rating yet; the reviewer fills it with `career-coach review \(file)`.",
        code: 1)
    }
    let store = options.openStore()
    let ownName = storeCall { () throws(StoreError) in try store.settings().name }
    if let requester = review.requester, let ownName, !Self.sameName(requester, ownName) {
      fail(
        "\(file): the review is of \(QuotedText.quote(requester)), not of you "
          + "(\(QuotedText.quote(ownName)), your name setting); nothing was stored.",
        code: 1)
    }
    let assessment = storeCall { () throws(StoreError) in try store.latestFinished() }
    let added = storeCall { () throws(StoreError) in
      try store.addReceivedReview(review, at: Date())
    }
    let comparison = ReviewComparison(review: review, assessment: assessment, pack: pack)
    let document = ReviewDocument(
      review: review, comparison: comparison, pack: pack, added: added,
      assessment: assessment?.id)
    switch format {
    case .text: writeStandardOutput(Data(document.text().utf8))
    case .json: writeStandardOutput(document.json())
    }
  }
}

extension ReviewImportCommand {
  /// Names compared as people write them: case and spaces around aside.
  static func sameName(_ one: String, _ other: String) -> Bool {
    one.trimmingCharacters(in: .whitespaces).lowercased()
      == other.trimmingCharacters(in: .whitespaces).lowercased()
  }
}

/// A review set beside the user's ratings, as text or JSON.
struct ReviewDocument {
  let review: Review
  let comparison: ReviewComparison
  let pack: Pack
  /// False when the file had been imported before.
  let added: Bool
  let assessment: Int64?

  private var reviewer: String { review.reviewer ?? "your reviewer" }

  private func rating(_ rating: Rating?, _ skill: String) -> String {
    rating.map { pack.ratingText($0, ofSkill: skill) } ?? "not rated"
  }

  func text() -> String {
    let stored =
      added
      ? "Stored the review by \(reviewer)." : "This review was imported before; nothing new stored."
    var out = [stored]
    if assessment == nil {
      out.append("You have no finished assessment yet, so your side is empty.")
    }
    out.append("")
    var rows = [["Skill", "You", review.reviewer ?? "Reviewer", "Difference"]]
    for line in comparison.lines {
      let difference = line.difference.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "-"
      rows.append([
        pack.skillName(line.skill), rating(line.selfRating, line.skill),
        rating(line.reviewerRating, line.skill), difference,
      ])
    }
    out += TextTable.lines(rows, indent: 0, rightAligned: [3])
    let comments = comparison.lines.filter { $0.comment != nil }
    if !comments.isEmpty {
      out += ["", "Comments"]
      out += comments.map { "  \(pack.skillName($0.skill)): \(flat($0.comment ?? ""))" }
    }
    out += ["", "Placement"]
    var placements = [["Track", "You", review.reviewer ?? "Reviewer"]]
    for (mine, theirs) in zip(comparison.selfPlacement.tracks, comparison.reviewerPlacement.tracks)
    {
      placements.append([
        pack.trackName(mine.track), CareerReport.placementName(mine, in: pack),
        CareerReport.placementName(theirs, in: pack),
      ])
    }
    out += TextTable.lines(placements, indent: 2)
    if let note = comparison.keptNote(reviewer: reviewer) { out += ["  " + note] }
    let count = comparison.disagreements.count
    out += [
      "",
      count == 0
        ? "You and \(reviewer) agree on every skill you both rated."
        : "You and \(reviewer) disagree on \(count) of \(comparison.lines.count) skills; "
          + "talk the first ones through with the evidence behind them.",
    ]
    return out.joined(separator: "\n") + "\n"
  }

  private func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  func json() -> Data {
    let skills: [[String: Any]] = comparison.lines.map { line in
      [
        "skill": line.skill, "name": pack.skillName(line.skill),
        "self": line.selfRating.map { pack.scale.number($0) } ?? NSNull(),
        "reviewer": line.reviewerRating.map { pack.scale.number($0) } ?? NSNull(),
        "difference": line.difference ?? NSNull(), "comment": line.comment ?? NSNull(),
      ]
    }
    func placement(_ report: PlacementReport) -> [[String: Any]] {
      report.tracks.map { track in
        [
          "track": track.track, "level": track.level ?? NSNull(),
          "name": CareerReport.placementName(track, in: pack),
        ]
      }
    }
    return ReportDocument.encode([
      "id": review.id, "reviewer": review.reviewer.map { $0 as Any } ?? NSNull(),
      "stored": added, "assessment": assessment.map { $0 as Any } ?? NSNull(), "skills": skills,
      "placement": [
        "self": placement(comparison.selfPlacement),
        "reviewer": placement(comparison.reviewerPlacement),
      ],
      "ownRatingsKept": comparison.ownRatingsKept,
    ])
  }
}
