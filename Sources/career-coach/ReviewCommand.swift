import ArgumentParser
import CoachContent
import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// `career-coach review`: ask a mentor or manager to rate you, rate someone as their
/// reviewer, and read what a reviewer gave you beside your own view.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Ask a mentor or manager to rate your skills, offline, through a review file.",
    discussion: """
      `career-coach review request --output FILE` writes the file; the reviewer opens it with \
      `career-coach review FILE`, rates and saves it back; `career-coach review import FILE` \
      shows their ratings beside yours.
      """,
    subcommands: [ReviewOpenCommand.self, ReviewRequestCommand.self, ReviewImportCommand.self],
    defaultSubcommand: ReviewOpenCommand.self
  )

  /// The review in `path`, checked against the pack; a bad file ends the program (exit 1).
  static func read(_ path: String, pack: Pack) -> Review {
    let data = readInputFile(
      path, limit: ReviewFile.maximumBytes,
      tooLarge:
        "\(path): the file is larger than \(megabytes(ReviewFile.maximumBytes)), too large for a review file; nothing was stored."
    )
    do {
      return try ReviewFile.parse(data, path: path, pack: pack)
    } catch {
      fail(error.description, code: 1)
    }
  }
}

/// `career-coach review request --output FILE`: the file a reviewer fills in.
struct ReviewRequestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "request",
    abstract: "Write a review file asking a mentor or manager to rate your skills.",
    discussion: """
      The file asks about the skills you rated in your latest finished assessment (every \
      skill of the pack when you have none). Your own ratings stay out of it unless you give \
      --show-ratings. The file is written readable by you alone (0600); send it to your \
      reviewer yourself. Nothing is sent anywhere.
      """
  )

  @Option(help: ArgumentHelp("The review file to write.", valueName: "file"))
  var output: String

  @Flag(name: .customLong("show-ratings"), help: "Show your own ratings to the reviewer.")
  var showRatings = false

  @Option(
    help: ArgumentHelp(
      "Your name, as the reviewer will see it; the name setting when not given.",
      valueName: "name"))
  var name: String?

  @Option(help: ArgumentHelp("The reviewer's name, kept in the file.", valueName: "name"))
  var reviewer: String?

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .placement, so: "there is nothing to be rated against")
    for (option, value) in [("--name", name), ("--reviewer", reviewer)] {
      if let value, value.count > ReviewFile.nameLimit {
        fail("\(option) is longer than \(ReviewFile.nameLimit) characters.", code: 1)
      }
      if let value, value.firstControlCharacter() != nil {
        fail("\(option) holds a control character such as a line break.", code: 1)
      }
    }
    let store = options.openStoreForReading()
    let assessment = storeCall { () throws(StoreError) in try store.latestFinished() }
    let ownName = storeCall { () throws(StoreError) in try store.settings().name }
    let review = Review.request(
      id: UUID().uuidString.lowercased(), pack: pack, assessment: assessment,
      requester: tidy(name) ?? tidy(ownName), reviewer: tidy(reviewer), showRatings: showRatings)
    writeOutput(ReviewFile.encode(review, pack: pack), to: output)
    let shown = showRatings ? "shown" : "hidden"
    print(
      "Wrote a review of \(review.skills.count) skills to \(output), your ratings \(shown). "
        + "Your reviewer fills it with `career-coach review \(output)`; then run "
        + "`career-coach review import \(output)`.")
  }

  private func tidy(_ text: String?) -> String? {
    let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    return trimmed.isEmpty ? nil : trimmed
  }
}

/// `career-coach review FILE [--answers ANSWERS]`: rate someone, in the app or from a file.
struct ReviewOpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Rate someone's skills in a review file they sent you (the default command).",
    discussion: """
      Opens the review in the full-screen app: each skill on the pack's scale, with an \
      optional comment; saving writes your ratings back into the file. With --answers the \
      ratings come from an answers file instead, in the format of `career-coach assess \
      --answers` ({"ratings": {"<skill id>": 0-4}}). Your own data folder is not touched. \
      A bad review or answers file, or a rating of a skill the review does not ask about, \
      is reported (exit 1) and the file is left as it was.
      """
  )

  @Argument(help: ArgumentHelp("The review file.", valueName: "file"))
  var file: String

  @Option(help: ArgumentHelp("Fill the review from this answers file.", valueName: "file"))
  var answers: String?

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .placement, so: "there is nothing to rate against")
    let review = ReviewCommand.read(file, pack: pack)
    guard let answers else {
      CareerCoach.openReview(review, file: file, pack: pack, noColor: options.noColor)
    }
    let given = readAnswersFile(answers, pack: pack, untouched: "the review was left as it was")
    guard given.mode == .full else {
      fail(
        "\(answers): a review rates skills in \"ratings\", not areas (\"mode: quick\").", code: 1)
    }
    switch review.filled(ratings: given.ratings, pack: pack) {
    case .failure(let unasked):
      fail(
        "\(answers): the skill \(QuotedText.quote(unasked.skill)) in \"ratings\" is not one the review asks about.",
        code: 1)
    case .success(let filled):
      writeOutput(ReviewFile.encode(filled, pack: pack), to: file)
      print(
        "Saved \(filled.ratings.count) of \(filled.skills.count) ratings into \(file); "
          + "send it back to \(filled.requester ?? "the person who asked").")
    }
  }
}

extension CareerCoach {
  /// The review window for a reviewer; when it ends, says how much of the review is in the
  /// file. Nothing of the reviewer's own data folder is opened.
  static func openReview(_ review: Review, file: String, pack: Pack, noColor: Bool) -> Never {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      fail(
        "the review needs a terminal; give --answers FILE to fill it without one.", code: 2)
    }
    let noColor = noColor || (getenv("NO_COLOR").map { $0.pointee != 0 } ?? false)
    let effects = ReviewEffects(review: review, file: file, pack: pack)
    let status: Int32
    do {
      status = try TerminalSession.runReview(
        review, pack: pack, effects: effects, noColor: noColor)
    } catch let error as TerminalError {
      fail(error.description, code: 2)
    } catch {
      fail("the terminal could not be used: \(error).", code: 2)
    }
    let saved = effects.saved
    print(
      "\(saved.ratings.count) of \(saved.skills.count) skills rated in \(file); "
        + "send it back to \(saved.requester ?? "the person who asked").")
    flushStandardOutput()
    Foundation.exit(status)
  }
}
