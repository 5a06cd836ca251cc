import CoachCore
import CoachStore
import Foundation

/// Work that touches the world (the store, files), asked for by `update` and run outside it.
/// Each answers with an `EffectReply` that goes back to the screen on top.
public enum Effect: Sendable {
  /// Answers `.unfinished`.
  case loadUnfinished
  /// Answers `.started`.
  case startAssessment(mode: AssessmentMode, years: Double?, market: String?, pick: StackPick)
  /// A quick assessment deepened into a full one; answers `.started`.
  case deepen(assessment: Int64)
  /// Saved at once, so a crash loses nothing answered; answers nothing unless it fails.
  case saveAnswer(assessment: Int64, skill: String, answer: SkillAnswer, position: Int)
  case saveCategoryAnswer(assessment: Int64, category: String, answer: SkillAnswer, position: Int)
  case savePosition(assessment: Int64, position: Int)
  /// Answers `.finished`.
  case finish(assessment: Int64)
  /// The latest finished assessment and the settings; answers `.latest`.
  case loadLatest
  /// Stores the plan's part of the settings (hours per week, target level, objectives),
  /// leaving the rest as stored; answers nothing unless it fails.
  case saveSettings(Settings)
  /// A summary of every assessment, newest first; answers `.history`.
  case loadHistory
  /// Whole assessments (answers included), for placing or comparing; answers `.assessments`.
  case loadAssessments([Int64])
  /// Reads a CV file (`~` is the home folder) and checks it; answers `.cvChecked`, or
  /// `.failure` naming the file.
  case readCV(path: String)
  /// Reads a team's folder of exports and review files (`~` is the home folder); answers
  /// `.teamRead`, or `.failure` naming the folder.
  case readTeam(folder: String)
  /// Past mock interviews and the skills of the latest gaps; answers `.mockSetup`.
  case loadMockSetup
  /// Answers `.mockStarted`.
  case startMockInterview(length: MockLength, focus: MockFocus, questions: [String])
  /// Saved at once, so a crash loses at most the question in progress; answers nothing
  /// unless it fails.
  case saveMockAnswer(interview: Int64, answer: MockAnswer)
  /// Answers `.mockFinished`.
  case finishMockInterview(Int64)
  /// Writes a review, as the reviewer has filled it so far, back into its file (never the
  /// store); answers nothing unless it fails, or `.reviewSaved` when `finished`.
  case saveReview(Review, finished: Bool)
  /// Presses keys as if typed, after the effects asked before it have answered: the command
  /// palette running a screen's key. The app loop carries it out; it reaches no store.
  case pressKeys([Key])
  /// Sends an interview's missed key points to the drills; answers `.mockFinished` with it.
  case sendMissedToDrills(Int64)
  /// Every STAR answer, newest first; answers `.starAnswers`.
  case loadStarAnswers
  /// Answers `.starSaved`.
  case saveStarAnswer(question: String, answer: StarAnswer)
  /// Rewrites a saved STAR answer; answers `.starSaved`.
  case updateStarAnswer(id: Int64, answer: StarAnswer)
  /// Answers `.starAnswers`, the deleted one gone.
  case deleteStarAnswer(id: Int64)
  /// Keeps how the interview of the remembered date went and clears the date; answers
  /// nothing.
  case recordInterviewOutcome(InterviewOutcome)
  /// The flashcards to drill in a focus; answers `.drillPlan`.
  case loadDrillPlan(DrillFilter)
  /// Stores the new-questions-a-day setting; answers `.drillPlan` for the focus.
  case saveDrillSettings(DrillSettings, DrillFilter)
  /// Stores a review of the card shown at `shownAt` and picks the next, with the basis of
  /// the plan on screen (it cannot change during a drill); answers `.cardGraded`.
  case gradeCard(
    question: String, grade: FSRSGrade, shownAt: Date, filter: DrillFilter, basis: DrillBasis)
  /// Answers `.drillStats`.
  case loadDrillStats
  /// The finished mock interviews' scores; answers `.mockScores`.
  case loadMockScores
  /// The flashcard reviews and mock answers per skill, for calibration; answers
  /// `.skillEvidence`.
  case loadSkillEvidence
  /// Keeps typed, unsaved text; answers nothing unless it fails.
  case saveDraft(Draft)
  /// The draft kept at a place; answers `.draft`.
  case loadDraft(Draft.Place)
  /// Drops a draft the user chose to discard; answers nothing unless it fails.
  case deleteDraft(Draft.Place)
  /// Every draft kept, to offer them at start; answers `.drafts`.
  case loadDrafts
  /// Where the user is, for the home screen; answers `.homeSummary`.
  case loadHomeSummary
  /// The remembered settings; answers `.config`.
  case loadConfig
  /// Stores the settings; answers `.config` with what was stored.
  case saveConfig(UserConfig)
  /// Keeps what the user chose on a screen that asks it, for next time; answers nothing
  /// unless it fails.
  case remember(RememberedChoice)
  /// The drill plan for the remembered focus (all questions when none is); answers
  /// `.drillPlan`.
  case loadRememberedDrillPlan
  /// Answers `.jobs`: the saved jobs, the target job and the latest finished assessment.
  case loadJobs
  /// Saves a pasted job ad; answers `.jobs` with its id as `added`.
  case addJob(text: String)
  /// Removes a saved job; answers `.jobs`.
  case removeJob(id: String)
  /// Sets (or, with nil, clears) the job the user prepares for; answers `.jobs`.
  case setTargetJob(String?)
  /// Every evidence entry; answers `.evidenceLog`.
  case loadEvidenceLog
  /// Stores an evidence entry; answers `.evidenceAdded`, or `.failure` naming the field.
  case addEvidence(EvidenceDraft)
  /// Every review a mentor or manager filled in and the user imported; answers
  /// `.receivedReviews`.
  case loadReceivedReviews
}

/// A choice a screen keeps in the settings: the assessment's opening answers, the drill focus,
/// the CV checked, the team folder read.
public enum RememberedChoice: Sendable, Equatable {
  case assessment(years: Double?, market: String?, pick: StackPick)
  case drillFocus(DrillFilter)
  case cvPath(String)
  case teamFolder(String)

  func apply(to settings: inout Settings) {
    switch self {
    case .assessment(let years, let market, let pick):
      settings.years = years
      settings.market = market
      settings.stack = pick
    case .drillFocus(let filter): settings.drillFocus = filter.code
    case .cvPath(let path): settings.cvPath = path
    case .teamFolder(let path): settings.teamFolder = path
    }
  }
}

extension Effect {
  /// What the app is doing, shown while an effect that may take long runs (a megabyte of CV
  /// takes a noticeable moment to check); nil for the quick ones.
  public var progressNote: String? {
    if case .readCV = self { return "Reading and checking the CV…" }
    if case .readTeam = self { return "Reading the team's files…" }
    return nil
  }

  /// Whether the effect only reads. Reads asked for together stand alone; writes asked for
  /// together build on each other.
  public var onlyReads: Bool {
    switch self {
    case .pressKeys, .loadUnfinished, .loadLatest, .loadHistory, .loadAssessments, .readCV,
      .readTeam,
      .loadMockSetup,
      .loadStarAnswers, .loadDrillPlan, .loadDrillStats, .loadMockScores, .loadDraft,
      .loadDrafts, .loadSkillEvidence, .loadHomeSummary, .loadConfig, .loadRememberedDrillPlan,
      .loadJobs, .loadEvidenceLog, .loadReceivedReviews:
      return true
    case .startAssessment, .deepen, .saveAnswer, .saveCategoryAnswer, .savePosition, .finish,
      .saveSettings, .startMockInterview, .saveMockAnswer, .finishMockInterview,
      .sendMissedToDrills, .saveStarAnswer, .saveDrillSettings, .gradeCard, .saveDraft,
      .deleteDraft, .updateStarAnswer, .deleteStarAnswer, .saveConfig, .remember,
      .recordInterviewOutcome, .addJob, .removeJob, .setTargetJob, .addEvidence, .saveReview:
      return false
    }
  }
}

public enum EffectReply: Sendable {
  case unfinished(Assessment?)
  case started(Assessment)
  case finished(Assessment)
  case latest(Assessment?, Settings)
  case history([AssessmentSummary])
  case assessments([Assessment])
  /// A CV file's text and what the check found, with the path it was read from.
  case cvChecked(path: String, text: String, report: CVReport)
  /// A team's folder as read: its people and the files left out.
  case teamRead(TeamFolder.Reading)
  /// Past mock interviews, newest first, and the skills of the gaps to the target level of
  /// the latest finished assessment (nil when there is none).
  case mockSetup([MockInterview], gapSkills: [String]?)
  case mockStarted(MockInterview)
  case mockFinished(MockInterview)
  case starAnswers([SavedStarAnswer])
  case starSaved(SavedStarAnswer)
  case drillPlan(DrillPlan)
  case cardGraded(GradedCard, DrillPlan)
  case drillStats(DrillStats)
  case mockScores(MockScoreHistory)
  case skillEvidence([String: SkillEvidence])
  /// The draft asked for; nil when none is kept there.
  case draft(Draft?)
  case drafts([Draft])
  case homeSummary(HomeSummary)
  case config(UserConfig)
  case jobs(SavedJobs)
  /// Every evidence entry, the earliest day first.
  case evidenceLog([EvidenceEntry])
  case evidenceAdded(EvidenceEntry)
  /// Every review received, the first imported first.
  case receivedReviews([ReceivedReview])
  /// The review is in its file, every skill answered.
  case reviewSaved(Review)
  /// Something went wrong outside; one sentence for the status line.
  case failure(String)
}

/// Runs effects; the app and `snapshot` share one, so both behave the same.
public protocol EffectRunner {
  func run(_ effect: Effect) -> EffectReply?
}

/// The saved jobs as the Jobs screen shows them.
public struct SavedJobs: Sendable {
  public var jobs: [SavedJob]
  /// The id of the job the user prepares for (the `job` setting).
  public var target: String?
  /// The latest finished assessment, to read each ad against.
  public var latest: Assessment?
  /// The id of the job just added, whose fit the screen opens.
  public var added: String?

  public init(
    jobs: [SavedJob], target: String?, latest: Assessment?, added: String? = nil
  ) {
    self.jobs = jobs
    self.target = target
    self.latest = latest
    self.added = added
  }
}
