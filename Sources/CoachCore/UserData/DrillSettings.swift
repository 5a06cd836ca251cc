/// How drills run: the number of new questions a day.
public struct DrillSettings: Codable, Sendable, Equatable {
  public static let newPerDayRange = 0...500

  public var newPerDay: Int

  public init(newPerDay: Int = DrillQueue.defaultNewPerDay) {
    self.newPerDay = newPerDay
  }

  public static let defaults = DrillSettings()
}
