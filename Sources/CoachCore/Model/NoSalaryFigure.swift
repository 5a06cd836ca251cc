/// Levels of a market for which no public source gives a salary figure: said outright, so a
/// screen shows "no public figure" rather than leaving the level out or borrowing a figure.
public struct NoSalaryFigure: Sendable, Equatable, Codable {
  public var market: String
  public var levels: [String]
  /// Why there is no figure (what the sources do and do not give), when the pack says.
  public var reason: String?
  public init(market: String, levels: [String], reason: String? = nil) {
    self.market = market
    self.levels = levels
    self.reason = reason
  }
}
