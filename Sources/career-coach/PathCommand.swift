import ArgumentParser
import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// `career-coach path`: the career ladder, or one level in full with its salary in a market.
struct PathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path",
    abstract: "Print the career path, or one level in detail with its salary in a market.",
    discussion: """
      Without --level: every track and its levels with typical years. With --level: the \
      level's overview, responsibilities, skills, education, certifications, typical years, \
      salary in the market (default: your assessment's market, else the first one) and how \
      many gaps separate your latest assessment from it.
      """
  )

  @Option(help: ArgumentHelp("Show this level in detail.", valueName: "id"))
  var level: String?

  @Option(help: ArgumentHelp("The salary market for --level, such as dk or us.", valueName: "id"))
  var market: String?

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack()
    if let level, pack.level(level) == nil {
      fail(
        "unknown level '\(level)'; known levels: \(pack.levels.map(\.id).joined(separator: ", ")).",
        code: 1)
    }
    if let market, pack.market(market) == nil {
      fail(
        "unknown market '\(market)'; known markets: \(pack.markets.map(\.id).joined(separator: ", ")).",
        code: 1)
    }
    guard let levelID = level, let found = pack.level(levelID) else {
      let output = format == .json ? ladderJSON(pack) : Data(ladderText(pack).utf8)
      writeStandardOutput(output)
      return
    }
    let store = options.openStoreForReading()
    let profile = storeCall { () throws(StoreError) in try store.latestFinished() }?.profile(
      pack: pack)
    let marketID =
      market ?? profile?.market.flatMap { pack.market($0)?.id } ?? pack.markets.first?.id ?? ""
    switch format {
    case .json:
      writeStandardOutput(
        levelJSON(found, market: marketID, profile: profile, pack: pack))
    case .text:
      let lines = LevelDetailLines(
        pack: pack, level: found, market: marketID, profile: profile, width: 80, showsKeys: false
      ).all
      writeStandardOutput(Data(lines.plainDocument.utf8))
    }
  }

  func years(_ level: Level) -> String {
    level.typicalYears.map(\.text).joined(separator: " or ")
  }

  /// "  Senior  (5+ or 8+ years)", or the name alone for a level the pack gives no years.
  func levelLine(_ id: String, in pack: Pack) -> String {
    let years = pack.level(id).map(years) ?? ""
    return "  \(pack.levelName(id))" + (years.isEmpty ? "" : "  (\(years) years)")
  }

  func ladderText(_ pack: Pack) -> String {
    guard let ladder = CareerLadder(pack: pack) else { return "The pack has no tracks.\n" }
    var lines = ["\(ladder.trunk.name):"]
    for id in ladder.trunk.levels {
      lines.append(levelLine(id, in: pack))
    }
    for branch in ladder.branches {
      let from = branch.from.map { " branches off after \(pack.levelName($0))" } ?? ""
      lines.append("")
      lines.append("\(pack.trackName(branch.track))\(from):")
      for id in branch.levels {
        lines.append(levelLine(id, in: pack))
      }
    }
    lines.append("")
    lines.append(
      "Run `career-coach path --level ID` for a level's detail; ids: "
        + pack.levels.map(\.id).joined(separator: ", ") + ".")
    return lines.joined(separator: "\n") + "\n"
  }

  func ladderJSON(_ pack: Pack) -> Data {
    let ladder = CareerLadder(pack: pack)
    let tracks: [[String: Any]] = pack.tracks.map { track in
      let branch = ladder?.branches.first { $0.track == track.id }
      return [
        "id": track.id, "name": track.name, "levels": track.levels,
        "branchesFrom": (branch?.from).map { $0 as Any } ?? NSNull(),
      ]
    }
    let levels: [[String: Any]] = pack.levels.map { level in
      ["id": level.id, "name": level.name, "typicalYears": sourced(level.typicalYears, pack)]
    }
    return ReportDocument.encode(["tracks": tracks, "levels": levels])
  }

  func sourced(_ items: [SourcedText], _ pack: Pack) -> [[String: Any]] {
    items.map { ["years": $0.text, "source": pack.sourceName($0.source)] }
  }

  func levelJSON(_ level: Level, market: String, profile: Profile?, pack: Pack) -> Data {
    let salary = pack.salary(for: level.id, in: market)
    let currency = salary?.market.currency ?? ""
    func figures(_ salaries: [Salary]) -> [[String: Any]] {
      salaries.map { figure in
        var fields: [String: Any] = [
          "label": figure.label, "period": figure.period, "currency": currency,
          "source": pack.sourceName(figure.source),
        ]
        let amounts: [(String, Double?)] = [
          ("min", figure.min), ("max", figure.max), ("average", figure.average),
          ("median", figure.median), ("usdMin", figure.usdMin), ("usdMax", figure.usdMax),
        ]
        for (name, amount) in amounts { fields[name] = amount.map { $0 as Any } ?? NSNull() }
        return fields
      }
    }
    var noFigure: Any = NSNull()
    if let none = salary?.noFigure {
      noFigure = ["reason": none.reason.map { $0 as Any } ?? NSNull()] as [String: Any]
    }
    let gaps = profile.map { Gaps.gaps(to: level, pack: pack, profile: $0) }
    let detail: [String: Any] = [
      "id": level.id, "name": level.name, "overview": level.overview.map { $0 as Any } ?? NSNull(),
      "source": level.source.map { pack.sourceName($0) as Any } ?? NSNull(),
      "responsibilities": level.responsibilities,
      "hardSkills": level.hardSkills, "softSkills": level.softSkills,
      "education": level.education, "certifications": level.certifications,
      "preferredQualifications": level.preferredQualifications,
      "typicalYears": sourced(level.typicalYears, pack),
      "tracks": pack.tracks.filter { $0.levels.contains(level.id) }.map(\.id),
    ]
    return ReportDocument.encode([
      "level": detail, "market": market, "salary": figures(salary?.figures ?? []),
      "salaryForLevel": salary?.isForLevel ?? false,
      "roleWideSalary": figures(salary?.roleWide ?? []),
      "noPublicFigure": noFigure,
      "gaps": gaps.map { $0.count as Any } ?? NSNull(),
    ])
  }
}
