import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `career-coach packet --target LEVEL`: the case for a level, for a manager to read.
struct PacketCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "packet",
    abstract: "Print a promotion packet: your case for a target level, with its evidence.",
    discussion: """
      For each requirement of the target level (the level you aim at when not given): your \
      rating from the latest finished assessment, whether it is met, the latest imported \
      review's rating of it, and the evidence entries and saved STAR stories behind it; then \
      CV bullets drafted from the evidence and the gaps still open with their next steps, \
      after a short summary. Exits 1 when the level is not in the content pack or no \
      assessment is finished yet.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case md, json
  }

  @Option(
    help: ArgumentHelp(
      "The level to make the case for (a level id); the level you aim at when not given.",
      valueName: "level"))
  var target: String?

  @Option(help: "The output format: md (Markdown) or json.")
  var format: Format = .md

  @Option(
    help: ArgumentHelp(
      "Write the packet to this file instead of the standard output.", valueName: "file"))
  var output: String?

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .placement, so: "there is no standing to make a case from")
    if let target, pack.level(target) == nil {
      let known = pack.levels.map(\.id).joined(separator: ", ")
      fail(
        "the level \(QuotedText.quote(target)) is not in the content pack; the levels are \(known).",
        code: 1)
    }
    let store = options.openStoreForReading()
    let assessment = latestFinishedAssessment(in: store)
    let settings = storeCall { () throws(StoreError) in try store.settings() }
    // A pack that places has a level that asks for skills, so the default always exists.
    guard
      let level = target.flatMap(pack.level)
        ?? PromotionPacket.defaultLevel(
          for: CareerReport.make(pack: pack, assessment: assessment, settings: settings), in: pack)
    else { fail("the content pack has no level that asks for skills.", code: 1) }
    let evidence = storeCall { () throws(StoreError) in try store.evidence() }
    let stories = storeCall { () throws(StoreError) in try store.starAnswers() }
    let review = storeCall { () throws(StoreError) in try store.receivedReviews() }.last?.review
    let document = PacketDocument(
      packet: PromotionPacket(
        level: level, pack: pack, assessment: assessment, evidence: evidence, stories: stories),
      pack: pack, assessment: assessment, review: review, calendar: options.calendar)
    switch format {
    case .md: writeOutput(Data(document.markdown().utf8), to: output)
    case .json: writeOutput(document.json(), to: output)
    }
  }
}

/// A promotion packet as Markdown or JSON.
struct PacketDocument {
  let packet: PromotionPacket
  let pack: Pack
  let assessment: Assessment
  /// The review imported last, whose ratings stand beside the user's.
  let review: Review?
  let calendar: Calendar

  private var assessed: String { PromotionPacket.ratingsLine(assessment, calendar: calendar) }

  func markdown() -> String {
    var out = ["# Promotion packet: \(pack.levelName(packet.level))", "", assessed, ""]
    out += ["## Summary", "", packet.summary(in: pack), ""]
    out += ["## Requirement by requirement", ""]
    for line in packet.lines {
      let result = line.result
      let central = result.central ? ", central" : ""
      out.append(
        "### \(result.requirement.displayName(in: pack)): "
          + pack.ratingText(result.required, ofSkill: result.skill) + central
      )
      out.append("")
      let rating =
        result.unknown ? "not rated" : pack.ratingText(result.rating, ofSkill: result.skill)
      let state = result.held ? "met" : "not met yet"
      let mark = line.isUnbacked ? "; no evidence behind this rating yet" : ""
      out += ["Rating: \(rating), \(state)\(mark)."]
      if let review, let reviewed = line.reviewerText(in: review, pack: pack) {
        out.append(reviewed + ".")
      }
      out.append("")
      for entry in line.evidence {
        out.append("- \(entry.day): \(entry.text.replacingOccurrences(of: "\n", with: " "))")
        let details = [
          entry.outcome.map { "Outcome: \($0)" }, entry.reference.map { "Reference: \($0)" },
        ].compactMap { $0 }
        if !details.isEmpty { out.append("  " + details.joined(separator: " · ")) }
      }
      for story in line.stories {
        out.append("- STAR story, \(Format.day(story.savedAt, in: calendar)): \(question(story))")
        let result = story.answer.result.replacingOccurrences(of: "\n", with: " ")
        if !result.isEmpty { out.append("  Result: \(result)") }
      }
      if !line.evidence.isEmpty || !line.stories.isEmpty { out.append("") }
    }
    if !packet.cvBullets.isEmpty {
      out += [
        "## CV bullets", "",
        "Drafted from the evidence behind the requirements met; edit them before use.", "",
      ]
      out += packet.cvBullets.map { "- \($0)" } + [""]
    }
    out += ["## Gaps still open", ""]
    if packet.gaps.isEmpty {
      out += ["None: every requirement is met.", ""]
    } else {
      out += ReportDocument.table(
        ["#", "Requirement", "Rating", "Required", "Next step"],
        packet.gaps.enumerated().map { index, gap in
          [
            "\(index + 1)", gap.requirement.displayName(in: pack),
            gap.unknown ? "not rated" : pack.ratingText(gap.rating, ofSkill: gap.skill),
            pack.ratingText(gap.required, ofSkill: gap.skill),
            packet.nextStep(gap, in: pack),
          ]
        })
      out.append("")
    }
    return out.joined(separator: "\n")
  }

  private func question(_ story: SavedStarAnswer) -> String {
    PromotionPacket.question(of: story, in: pack)
  }

  func json() -> Data {
    let requirements: [[String: Any]] = packet.lines.map { line in
      let result = line.result
      return [
        "name": result.requirement.displayName(in: pack), "skills": result.requirement.skills,
        "required": pack.scale.number(result.required),
        "rating": result.unknown ? NSNull() : pack.scale.number(result.rating),
        "met": result.held, "central": result.central, "unbacked": line.isUnbacked,
        "reviewer": review.map { review in
          line.reviewerRatings(in: review).map { skill, rating in
            ["skill": skill, "rating": pack.scale.number(rating)] as [String: Any]
          }
        } ?? [],
        "evidence": line.evidence.map { entry in
          [
            "id": entry.id, "date": entry.day, "skills": entry.skills, "text": entry.text,
            "outcome": entry.outcome ?? NSNull(), "reference": entry.reference ?? NSNull(),
          ] as [String: Any]
        },
        "stories": line.stories.map { story in
          [
            "question": story.questionID, "savedAt": ReportDocument.iso(story.savedAt),
            "situation": story.answer.situation, "task": story.answer.task,
            "action": story.answer.action, "result": story.answer.result,
          ]
        },
      ]
    }
    let gaps: [[String: Any]] = packet.gaps.map { gap in
      [
        "name": gap.requirement.displayName(in: pack), "skill": gap.skill,
        "rating": gap.unknown ? NSNull() : gap.rating, "required": gap.required,
        "priority": ReportDocument.rounded(gap.priority),
        "nextStep": packet.nextStep(gap, in: pack),
      ]
    }
    return ReportDocument.encode([
      "target": packet.level, "summary": packet.summary(in: pack),
      "assessment": assessment.id, "met": packet.metCount, "requirements": requirements,
      "gaps": gaps, "cvBullets": packet.cvBullets,
    ])
  }
}
