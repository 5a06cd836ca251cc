import CoachCore

extension CareerReport {
  /// The report of a stored assessment under the user's settings (target level, hours per
  /// week, objectives): what the screens and the `report` command show.
  public static func make(pack: Pack, assessment: Assessment, settings: Settings) -> CareerReport {
    make(
      pack: pack, profile: assessment.profile(pack: pack), targetLevel: settings.targetLevel,
      hoursPerWeek: settings.hoursPerWeek, objectives: settings.objectives)
  }
}
