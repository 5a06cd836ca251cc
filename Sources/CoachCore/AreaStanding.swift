/// One skill area against a level: the user's average rating and what the level asks.
public struct AreaStanding: Sendable, Equatable {
  public var category: String
  /// The average rating of the area's rated skills the user works with; nil when none is
  /// rated.
  public var yours: Double?
  /// The average minimum of the level's requirements on the area (as judged for the user);
  /// nil when the level asks nothing of it.
  public var needed: Double?

  public init(category: String, yours: Double?, needed: Double?) {
    self.category = category
    self.yours = yours
    self.needed = needed
  }

  /// Every area of the pack against a level, in the pack's order. Languages, databases and
  /// cloud the user did not pick are left out, so a Python developer's languages area is their
  /// Python, not the average of eight languages.
  public static func all(level: Level, pack: Pack, profile: Profile) -> [AreaStanding] {
    pack.categories.map { category in
      let skills = pack.skills(in: category.id).map(\.id).filter { !profile.isExcluded($0) }
      let rated = skills.compactMap { profile.rating(of: $0) }
      let yours = rated.isEmpty ? nil : Double(rated.reduce(0, +)) / Double(rated.count)
      let asked = level.requirements.map(profile.judged).filter { requirement in
        requirement.skills.contains { skills.contains($0) }
      }.map(\.minimum)
      let needed = asked.isEmpty ? nil : Double(asked.reduce(0, +)) / Double(asked.count)
      return AreaStanding(category: category.id, yours: yours, needed: needed)
    }
  }
}
