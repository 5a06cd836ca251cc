/// A study plan against an interview's day: the whole weeks that fit before it.
extension StudyPlan {
  /// The plan's weeks that end by the interview, `daysLeft` days away.
  public func weeksBefore(daysLeft: Int) -> Int { min(totalWeeks, max(0, daysLeft / 7)) }

  /// What the plan can do before the interview, in one sentence.
  public func interviewNote(daysLeft: Int, day: String) -> String {
    let weeks = weeksBefore(daysLeft: daysLeft)
    let when = "Interview on \(day)"
    switch weeks {
    case 0:
      return "\(when): too soon for the plan; drill the interview's questions until then."
    case totalWeeks:
      return "\(when): the whole plan fits before it."
    case 1:
      return "\(when): week 1 of \(totalWeeks) fits before it; the rest comes after."
    default:
      return "\(when): weeks 1-\(weeks) of \(totalWeeks) fit before it; the rest comes after."
    }
  }
}
