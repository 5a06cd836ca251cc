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
  /// For each level of a track drawn beside the trunk, the trunk level it is ranked with.
  /// A track that shares no level with the trunk is drawn beside it when the pack declares
  /// each of its levels equivalent to a trunk level (`equivalent_to`).
  public var beside: [String: String] = [:]
  /// The tracks drawn beside the trunk, in the pack's order.
  public var parallel: [String] { branches.filter { $0.from == nil && isBeside($0) }.map(\.track) }

  private func isBeside(_ branch: Branch) -> Bool {
    branch.levels.allSatisfy { beside[$0] != nil }
  }

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
    let trunkLevels = Set(trunk.levels)
    for branch in branches where branch.from == nil {
      var ranked: [String: String] = [:]
      for level in branch.levels {
        // The lowest trunk level it is declared the same as.
        let same = pack.equivalents(of: level)
        if let onTrunk = trunk.levels.first(where: { same.contains($0) }) {
          ranked[level] = onTrunk
        }
      }
      // Side by side only when the whole track lines up, one level to a trunk level.
      let rows = Set(ranked.values)
      if ranked.count == branch.levels.count, rows.count == ranked.count,
        rows.isSubset(of: trunkLevels)
      {
        beside.merge(ranked) { first, _ in first }
      }
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

/// What the pack says about a level's pay in a market: the figures for the level, the figures
/// for the role as a whole (all levels, never to be read as the level's own), and whether the
/// pack says outright that no public source gives a figure for the level.
public struct LevelSalary: Sendable, Equatable {
  public var market: Market
  /// The figures for this level.
  public var figures: [Salary]
  /// The market's figures for the role as a whole, whatever the level.
  public var roleWide: [Salary]
  /// The pack's statement that no public source gives a figure for this level here; nil when
  /// it makes none (then the level has figures, or the pack is silent about it).
  public var noFigure: NoSalaryFigure?

  public init(
    market: Market, figures: [Salary], roleWide: [Salary], noFigure: NoSalaryFigure? = nil
  ) {
    self.market = market
    self.figures = figures
    self.roleWide = roleWide
    self.noFigure = noFigure
  }

  /// True when the market has a figure for this level itself.
  public var isForLevel: Bool { !figures.isEmpty }
}

extension Pack {
  public func market(_ id: String) -> Market? { markets.first { $0.id == id } }

  /// The market's figures for `level`, its figures for the role as a whole, and its statement
  /// that there is no public figure for the level, if it makes one.
  public func salary(for level: String, in marketID: String) -> LevelSalary? {
    guard let market = market(marketID) else { return nil }
    let inMarket = salaries.filter { $0.market == marketID }
    return LevelSalary(
      market: market, figures: inMarket.filter { $0.level == level },
      roleWide: inMarket.filter { $0.level == nil },
      noFigure: noSalaryFigures.first { $0.market == marketID && $0.levels.contains(level) })
  }

  /// A source's title, or its id when the pack does not list it.
  public func sourceName(_ id: String) -> String { role.source(id)?.title ?? id }
}

extension Format {
  /// "300,000 to 480,000 DKK a year", "up to 800,000 DKK a year", "800,000 DKK or more a
  /// year", "average 103,568 USD a year", "median 74,270 EUR a year".
  public static func salary(_ salary: Salary, currency: String) -> String {
    let period = " a \(salary.period)"
    if salary.min != nil || salary.max != nil {
      return range(min: salary.min, max: salary.max, unit: currency).map { $0 + period }
        ?? "no figure"
    }
    var parts: [String] = []
    if let average = salary.average { parts.append("average \(amount(average)) \(currency)") }
    if let median = salary.median { parts.append("median \(amount(median)) \(currency)") }
    return parts.isEmpty ? "no figure" : parts.joined(separator: ", ") + period
  }

  /// "300,000 to 480,000", "up to 800,000", "50,000 or more", "average 103,568"; nil for none.
  /// `unit` (a currency) goes after the amounts: "800,000 DKK or more".
  public static func range(
    min: Double?, max: Double?, average: Double? = nil, unit: String? = nil
  ) -> String? {
    let unit = unit.map { " " + $0 } ?? ""
    switch (min, max, average) {
    case (let low?, let high?, _): return "\(amount(low)) to \(amount(high))\(unit)"
    case (nil, let high?, _): return "up to \(amount(high))\(unit)"
    case (let low?, nil, _): return "\(amount(low))\(unit) or more"
    case (nil, nil, let average?): return "average \(amount(average))\(unit)"
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

extension Pack {
  /// The levels ranked the same as `level` on other tracks, as `equivalent_to` declares them in
  /// either direction, and through one another (D4 = TL4 and TL4 = EM4 make D4 = EM4).
  public func equivalents(of level: String) -> Set<String> {
    var neighbours: [String: Set<String>] = [:]
    for declaring in levels {
      for other in declaring.equivalentTo where other != declaring.id {
        neighbours[declaring.id, default: []].insert(other)
        neighbours[other, default: []].insert(declaring.id)
      }
    }
    var seen: Set<String> = [level]
    var queue = [level]
    while let next = queue.popLast() {
      for other in neighbours[next, default: []] where seen.insert(other).inserted {
        queue.append(other)
      }
    }
    seen.remove(level)
    return seen
  }
}
