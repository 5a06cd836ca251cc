import CoachContent
import CoachCore
import Foundation

/// Runs the effects of the review window: each answer rewrites the review file, whole and
/// atomically, readable by its owner alone; no store is opened, so the reviewer's own data is
/// never touched.
public final class ReviewEffects: EffectRunner {
  public let file: String
  public let pack: Pack
  /// The review as last written to the file.
  public private(set) var saved: Review

  public init(review: Review, file: String, pack: Pack) {
    saved = review
    self.file = file
    self.pack = pack
  }

  public func run(_ effect: Effect) -> EffectReply? {
    guard case .saveReview(let review, let finished) = effect else { return nil }
    let previousMask = umask(0o077)
    defer { umask(previousMask) }
    do {
      try ReviewFile.encode(review, pack: pack).write(
        to: URL(fileURLWithPath: file), options: .atomic)
      _ = chmod(file, 0o600)
    } catch {
      let reason = (error as NSError).localizedDescription
      return .failure("cannot save the review into \(file): \(reason)")
    }
    saved = review
    return finished ? .reviewSaved(review) : nil
  }
}
