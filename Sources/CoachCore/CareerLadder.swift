/// The career path as a diagram reads it: the first track as the trunk, and every other track
/// branching off after the last level it shares with the trunk.
public struct CareerLadder: Sendable, Equatable {
  /// A track leaving the trunk.
  public struct Branch: Sendable, Equatable {
    public var track: String
    /// The trunk level the branch leaves from; nil when it shares no level with the trunk.
    public var from: String?
    /// The branch's own levels, lowest first.
    public var levels: [String]

    public init(track: String, from: String?, levels: [String]) {
      self.track = track
      self.from = from
      self.levels = levels
    }
  }

  /// One level as the diagram lists it, top to bottom.
  public struct Stop: Sendable, Equatable {
    public var level: String
    public var track: String
    /// Nil on the trunk; the trunk level the branch leaves from otherwise.
    public var branchesFrom: String?
    public var isBranch: Bool { track != trunk }
    let trunk: String
  }

  public var trunk: Track
  public var branches: [Branch]

  /// Nil for a pack without tracks.
  public init?(pack: Pack) {
    guard let trunk = pack.tracks.first else { return nil }
    self.trunk = trunk
    branches = pack.tracks.dropFirst().compactMap { track in
      var shared = 0
      while shared < min(track.levels.count, trunk.levels.count),
        track.levels[shared] == trunk.levels[shared]
      {
        shared += 1
      }
      let own = Array(track.levels.dropFirst(shared))
      guard !own.isEmpty else { return nil }
      return Branch(
        track: track.id, from: shared > 0 ? track.levels[shared - 1] : nil, levels: own)
    }
  }

  /// Every level once, in diagram order: each trunk level followed by the branches leaving it;
  /// branches that share nothing with the trunk come last.
  public var stops: [Stop] {
    var stops: [Stop] = []
    func add(_ branch: Branch) {
      for level in branch.levels where !stops.contains(where: { $0.level == level }) {
        stops.append(
          Stop(level: level, track: branch.track, branchesFrom: branch.from, trunk: trunk.id))
      }
    }
    for level in trunk.levels {
      stops.append(Stop(level: level, track: trunk.id, branchesFrom: nil, trunk: trunk.id))
      branches.filter { $0.from == level }.forEach(add)
    }
    branches.filter { $0.from == nil }.forEach(add)
    return stops
  }
}

/// The salary figures shown for a level in a market.
public struct LevelSalary: Sendable, Equatable {
  public var market: Market
  public var figures: [Salary]
  /// True when the figures are for this level; false when they are for the role as a whole,
  /// because the market has no figure for the level.
  public var isForLevel: Bool
}

extension Pack {
  public func market(_ id: String) -> Market? { markets.first { $0.id == id } }

  /// The market's figures for `level`, else its figures for the role as a whole.
  public func salary(for level: String, in marketID: String) -> LevelSalary? {
    guard let market = market(marketID) else { return nil }
    let inMarket = salaries.filter { $0.market == marketID }
    let forLevel = inMarket.filter { $0.level == level }
    if !forLevel.isEmpty { return LevelSalary(market: market, figures: forLevel, isForLevel: true) }
    return LevelSalary(
      market: market, figures: inMarket.filter { $0.level == nil }, isForLevel: false)
  }

  /// A source's title, or its id when the pack does not list it.
  public func sourceName(_ id: String) -> String { role.source(id)?.title ?? id }
}

extension Format {
  /// "300,000 to 480,000 DKK a year", "up to 800,000 DKK a year", "average 103,568 USD a year".
  public static func salary(_ salary: Salary, currency: String) -> String {
    guard let range = range(min: salary.min, max: salary.max, average: salary.average) else {
      return "no figure"
    }
    return "\(range) \(currency) a \(salary.period)"
  }

  /// "300,000 to 480,000", "up to 800,000", "from 50,000", "average 103,568"; nil for none.
  public static func range(min: Double?, max: Double?, average: Double? = nil) -> String? {
    switch (min, max, average) {
    case (let low?, let high?, _): return "\(amount(low)) to \(amount(high))"
    case (nil, let high?, _): return "up to \(amount(high))"
    case (let low?, nil, _): return "from \(amount(low))"
    case (nil, nil, let average?): return "average \(amount(average))"
    default: return nil
    }
  }

  /// "1,234,567".
  public static func amount(_ value: Double) -> String {
    let digits = String(Int(value.rounded()))
    var grouped = ""
    for (index, digit) in digits.reversed().enumerated() {
      if index > 0, index % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return String(grouped.reversed())
  }
}
