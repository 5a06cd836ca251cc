/// The placement with over-confident skills one step lower, and the sentences the Results
/// screen and the report show about calibration.
extension Calibration {
  /// The placement of the calibrated profile (see `calibrated`).
  public func calibratedPlacement(
    pack: Pack, profile: Profile, threshold: Double = Placement.defaultThreshold
  ) -> PlacementReport {
    Placement.report(pack: pack, profile: calibrated(profile), threshold: threshold)
  }

  /// "Calibrated view: Junior, where your ratings say Mid. ..." ; nil when no skill is
  /// over-confident (the calibrated placement is then the placement itself).
  public func placementNote(pack: Pack, report: CareerReport) -> String? {
    guard !overConfident.isEmpty, let ladder = report.ladder else { return nil }
    let calibrated = calibratedPlacement(
      pack: pack, profile: report.profile, threshold: report.placement.threshold)
    guard let calibratedLadder = calibrated.ladder else { return nil }
    let yours = CareerReport.placementName(ladder, in: pack)
    let theirs = CareerReport.placementName(calibratedLadder, in: pack)
    let count = overConfident.count
    let lowered =
      "with the \(count) over-confident skill\(count == 1 ? "" : "s") one step lower"
    let view =
      yours == theirs
      ? "Calibrated view, \(lowered): still \(yours)."
      : "Calibrated view, \(lowered): \(theirs), where your ratings say \(yours)."
    return view + " A view from your drills and mock answers, not a verdict."
  }

  /// The calibration section as labelled sentences: over-confident skills, under-confident
  /// ones, how many agree, the calibrated view; or what evidence is still needed.
  public func summary(pack: Pack, report: CareerReport) -> [(label: String, text: String)] {
    guard !lines.isEmpty else {
      return [
        (
          "",
          "Not enough evidence yet. Drill flashcards (\(Self.minimumReviews) reviews of a "
            + "skill's questions) or answer mock interview questions (\(Self.minimumMockAnswers) "
            + "on a skill) and your ratings are compared with how you do."
        )
      ]
    }
    var result: [(label: String, text: String)] = []
    result += overConfident.map { ("Over-confident", Self.sentence($0, in: pack)) }
    result += underConfident.map { ("Under-confident", Self.sentence($0, in: pack)) }
    if !matched.isEmpty {
      let names = matched.map { pack.skill($0.skill)?.name ?? $0.skill }
      result.append(
        ("Agrees", "The evidence agrees with your rating of " + names.joined(separator: ", ") + ".")
      )
    }
    if let note = placementNote(pack: pack, report: report) { result.append(("", note)) }
    return result
  }
}
