import CoachCore

/// What only the shipped pack is held to (`content lint` on it, or `PackLoader.check` with
/// `shippedRules`): a question bank deep enough in all and at every level, kind, language and
/// skill, with no two questions that say nearly the same thing; and a salary entry, a figure or
/// an outright "no public figure", for every level of every market; and every text other packs
/// may leave out (the role's summary and sections, each area's and skill's description, each
/// level's overview and source). Other packs are not held to these.
enum ShippedPackRules {
  /// The fewest questions the pack needs in all.
  static let questionsInAll = 350
  /// The fewest questions each level needs; a level the pack does not have is not counted.
  static let questionsPerLevel: [(level: String, least: Int)] = [
    ("junior", 50), ("mid", 70), ("senior", 70), ("staff", 30), ("architect", 20), ("cto", 15),
    ("lead", 20), ("contract", 10),
  ]
  static let questionsPerKind: [(kind: QuestionKind, least: Int)] = [
    (.behavioural, 80), (.systemDesign, 50),
  ]
  /// The fewest questions on each language (a skill of a category the user picks languages
  /// from), of which one at least must be at one of `levelsAboveMid`.
  static let questionsPerLanguage = 5
  static let levelsAboveMid = ["senior", "staff", "architect", "cto", "lead"]
  static let questionsPerSkill = 2
  /// Two questions whose normalised texts are this alike or more are near-duplicates (see
  /// `NearDuplicates`).
  static let duplicateThreshold = 0.85

  /// Every rule the pack breaks. `folder` is the pack's folder as shown; `places` where each id
  /// is defined.
  static func diagnostics(
    _ pack: Pack, folder: String, places: [IDKind: [String: Place]]
  ) -> [Diagnostic] {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    let questions = prefix + QuestionsFile.name
    func error(_ path: String, _ place: Place?, _ message: String) -> Diagnostic {
      let place = place ?? Place(line: 1, column: 1)
      return Diagnostic(path: path, line: place.line, column: place.column, message: message)
    }
    let bank = questionBank(pack).map { error(questions, nil, $0) }
    let duplicates = nearDuplicates(pack).map { pair in
      let (first, second) = (pack.questions[pair.first].id, pack.questions[pair.second].id)
      let line = places[.question]?[first]?.line ?? 1
      let percent = Int((pair.similarity * 100).rounded(.down))
      return error(
        questions, places[.question]?[second],
        "question '\(second)' is \(percent)% alike question '\(first)' (line \(line)) once "
          + "case, punctuation and spacing are set aside; reword or remove one of them in "
          + QuestionsFile.name)
    }
    let salaries = missingSalaries(pack).map { market, level in
      error(
        prefix + SalariesFile.name, places[.market]?[market],
        "market '\(market)' says nothing about level '\(level)'; add a sourced figure for it "
          + "or list it under no_figures for '\(market)' in \(SalariesFile.name)")
    }
    return bank + duplicates + salaries + missingTexts(pack, folder: prefix, places: places)
  }

  /// One error for each text the shipped pack leaves out, at the entry that lacks it.
  static func missingTexts(
    _ pack: Pack, folder prefix: String, places: [IDKind: [String: Place]]
  ) -> [Diagnostic] {
    var found: [Diagnostic] = []
    func lack(_ file: String, _ kind: IDKind?, _ id: String, _ message: String) {
      let place = kind.flatMap { places[$0]?[id] } ?? Place(line: 1, column: 1)
      found.append(
        Diagnostic(
          path: prefix + file, line: place.line, column: place.column,
          message: message + "; the shipped pack gives every text a pack may leave out"))
    }
    if pack.role.summary == nil { lack(RoleFile.name, nil, "", "the role has no summary") }
    if pack.role.sections.isEmpty { lack(RoleFile.name, nil, "", "the role has no sections") }
    for category in pack.categories where category.description == nil {
      lack(SkillsFile.name, .category, category.id, "area '\(category.id)' has no description")
    }
    for skill in pack.skills where skill.description == nil {
      lack(SkillsFile.name, .skill, skill.id, "skill '\(skill.id)' has no description")
    }
    for level in pack.levels {
      for (field, value) in [("overview", level.overview), ("source", level.source)]
      where value == nil {
        lack(LevelsFile.name, .level, level.id, "level '\(level.id)' has no \(field)")
      }
    }
    return found
  }

  /// One sentence for each minimum of the question bank the pack falls short of.
  static func questionBank(_ pack: Pack) -> [String] {
    var messages: [String] = []
    func questions(_ count: Int, _ kind: String = "") -> String {
      "\(count) \(kind)question" + (count == 1 ? "" : "s")
    }
    func short(
      _ what: String, _ count: Int, _ least: Int, add kind: String = "", onIt: Bool = false
    ) {
      guard count < least else { return }
      messages.append(
        "\(what) has \(questions(count)), fewer than the \(least) the shipped pack needs; add "
          + questions(least - count, kind) + (onIt ? " on it" : "") + " to \(QuestionsFile.name)")
    }
    short("the pack", pack.questions.count, questionsInAll)
    let levels = Set(pack.levels.map(\.id))
    for (level, least) in questionsPerLevel where levels.contains(level) {
      let count = pack.questions.filter { $0.level == level }.count
      short("level '\(level)'", count, least, add: "\(level) ")
    }
    for (kind, least) in questionsPerKind {
      let count = pack.questions.filter { $0.kind == kind }.count
      short("kind '\(kind.rawValue)'", count, least, add: "\(kind.rawValue) ")
    }
    let languageCategories = Set(StackKind.languages.categories(in: pack))
    let languages = Set(pack.skills.filter { languageCategories.contains($0.category) }.map(\.id))
    for skill in pack.skills {
      let on = pack.questions.filter { $0.skills.contains(skill.id) }
      guard languages.contains(skill.id) else {
        short("skill '\(skill.id)'", on.count, questionsPerSkill, onIt: true)
        continue
      }
      short("language '\(skill.id)'", on.count, questionsPerLanguage, onIt: true)
      if !on.contains(where: { levelsAboveMid.contains($0.level) }) {
        messages.append(
          "language '\(skill.id)' has no question above mid level; add one at "
            + levelsAboveMid.joined(separator: ", ") + " level to \(QuestionsFile.name)")
      }
    }
    return messages
  }

  /// The pairs of questions whose texts are near-duplicates.
  static func nearDuplicates(_ pack: Pack) -> [NearDuplicates.Pair] {
    NearDuplicates.pairs(in: pack.questions.map(\.text), threshold: duplicateThreshold)
  }

  /// Each market and level for which the pack has neither a figure nor a no_figures entry.
  static func missingSalaries(_ pack: Pack) -> [(market: String, level: String)] {
    var said = Set<String>()
    for salary in pack.salaries {
      if let level = salary.level { said.insert("\(salary.market) \(level)") }
    }
    for none in pack.noSalaryFigures {
      for level in none.levels { said.insert("\(none.market) \(level)") }
    }
    return pack.markets.flatMap { market in
      pack.levels.filter { !said.contains("\(market.id) \($0.id)") }.map { (market.id, $0.id) }
    }
  }
}
