import CoachCore

/// What the home screen offers: its intro and its entries, as the pack can fill them.
extension HomeScreen {

  /// What the app does, said for the pack: its role and the parts it holds.
  public static func intro(for pack: Pack?) -> [String] {
    guard let pack else { return [] }
    guard pack.has(.levels) else {
      let ways =
        pack.has(.behaviouralQuestions)
        ? "flashcards, mock interviews and STAR stories" : "flashcards and mock interviews"
      return ["Practise the interview questions of \(pack.role.title):", "\(ways), all offline."]
    }
    guard pack.has(.placement) else {
      let rate = pack.skills.isEmpty ? "" : ", and rate your skills"
      return [
        "Read what each level of the \(pack.role.title) path expects\(rate).",
        "Its levels are described in words, so the app does not place you on them.",
      ]
    }
    var then = ["close your gaps"]
    if pack.has(.questions) { then.append("practise interviews") }
    if pack.has(.cvChecks) { then.append("polish your CV") }
    let list =
      then.count == 1 ? then[0] : then.dropLast().joined(separator: ", ") + " and " + then.last!
    return [
      "Rate your skills to see where you stand on the \(pack.role.title) path.",
      "Then \(list), all offline.",
    ]
  }

  /// The app's entries a pack can fill: an entry for a part the pack leaves out is hidden.
  public static func entries(for pack: Pack?) -> [Entry] {
    defaultEntries.filter { entry in
      guard entry.needs.allSatisfy({ pack?.has($0) ?? true }) else { return false }
      // A pack with nothing to remember has no settings to show.
      return entry.screen != .settings || pack.map { !ConfigKey.available(in: $0).isEmpty } ?? true
    }.map {
      entry in
      var entry = entry
      guard let pack else { return entry }
      switch entry.screen {
      case .path?:
        let tracks = pack.tracks.count == 1 ? "one track" : "\(pack.tracks.count) tracks"
        let parts = [
          pack.has(.placement) ? "skills" : "expectations",
          pack.has(.typicalYears) ? "years" : nil,
          pack.has(.salaries) ? "pay" : nil,
        ].compactMap { $0 }
        entry.summary = "Every level on \(tracks): " + parts.joined(separator: ", ")
      case .tips?: entry.summary = TipCategoryInfo.summary(of: pack)
      case .mock? where !pack.questions.contains(where: { !$0.keyPoints.isEmpty }):
        entry.summary = "Answer questions against the clock; your answers are kept"
      case .star? where pack.questionKinds.filter(\.star) != [.behavioural]:
        entry.summary = "Questions answered in STAR form"
      case .settings?:
        var kept = [
          pack.has(.typicalYears) ? "years" : nil, pack.has(.salaries) ? "market" : nil,
          pack.has(.stack) ? "stack" : nil,
          pack.has(.cvChecks) ? "CV" : nil,
        ].compactMap { $0 }
        // With none of these, what it keeps for drills or the target level is named, so no
        // colon is left hanging.
        if kept.isEmpty {
          kept = pack.has(.questions) ? ["drill focus", "interview day"] : ["target"]
        }
        entry.summary = "What the app remembers: " + kept.joined(separator: ", ")
      default: break
      }
      return entry
    }
  }

  public static let defaultEntries: [Entry] = [
    Entry(
      screen: .assess, name: "Assess my skills",
      summary: "Rate your skills, quick or in full; resume any time",
      needs: [.placement],
      open: { data in
        guard let pack = data.pack else { return [] }
        return [
          .push(AssessSetupScreen(pack: pack, calendar: data.calendar)), .effect(.loadUnfinished),
          .effect(.loadLatest),
        ]
      }),
    Entry(
      screen: .results, name: "Results", summary: "Where you stand on every track, and why",
      needs: [.placement],
      open: { _ in [.push(ResultsScreen.loading()), .effect(.loadLatest)] }),
    Entry(
      screen: .gaps, name: "Gaps", summary: "What separates you from your target level",
      needs: [.placement],
      open: { _ in [.push(GapsScreen.loading()), .effect(.loadLatest)] }),
    Entry(
      screen: .plan, name: "Plan", summary: "Your gaps laid out week by week",
      needs: [.placement, .studyHours],
      open: { _ in [.push(PlanScreen.loading()), .effect(.loadLatest)] }),
    Entry(
      screen: .path, name: "Career path",
      summary: "Every level on every track: skills, years, pay", needs: [.levels],
      open: { _ in [.push(PathScreen.loading()), .effect(.loadLatest)] }),
    Entry(
      screen: .tips, name: "Tips and advice",
      summary: "Advice on your CV, outreach and interviews", needs: [.tips],
      open: { _ in [.push(TipsScreen.loading()), .effect(.loadLatest)] }),
    Entry(
      screen: .cv, name: "Check my CV", summary: "What your CV file shows and misses, line by line",
      needs: [.cvChecks],
      open: { _ in [.push(CVCheckScreen()), .effect(.loadConfig)] }),
    Entry(
      screen: .jobs, name: "Jobs",
      summary: "Job ads you saved: the skills each asks and your gaps",
      needs: [.placement],
      open: { _ in JobsScreen.opening() }),
    Entry(
      screen: .drill, name: "Interview prep",
      summary: "Flashcards that return just before you forget them", needs: [.questions],
      open: { _ in DrillSetupScreen.opening() }),
    Entry(
      screen: .mock, name: "Mock interview",
      summary: "Answer questions against the clock; see your score", needs: [.questions],
      open: { data in data.pack.map { MockSetupScreen.loading(pack: $0) } ?? [] }),
    Entry(
      screen: .star, name: "STAR practice", summary: "Behavioural questions answered in STAR form",
      needs: [.behaviouralQuestions],
      open: { data in data.pack.map { StarQuestionsScreen.loading(pack: $0) } ?? [] }),
    Entry(
      screen: .stats, name: "Statistics",
      summary: "Your reviews per day, what is due, what you remember", needs: [.questions],
      open: { _ in StatsScreen.opening() }),
    Entry(
      screen: .history, name: "History", summary: "Every assessment; compare two",
      needs: [.placement],
      open: { _ in [.push(HistoryScreen.loading()), .effect(.loadHistory)] }),
    Entry(
      screen: .team, name: "Team", summary: "Your team's skills matrix from a folder of exports",
      needs: [.placement],
      open: { _ in TeamScreen.opening() }),
    Entry(
      screen: .settings, name: "Settings",
      summary: "What the app remembers: years, market, stack, CV",
      open: { _ in SettingsScreen.opening() }),
    Entry(
      screen: .help, name: "Keys and help", summary: "Every key of this screen",
      open: { _ in [.showHelp] }),
    Entry(screen: nil, name: "Quit", summary: "Leave career-coach", open: { _ in [.quit] }),
  ]
}
