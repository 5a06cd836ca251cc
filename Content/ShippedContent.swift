import Foundation

/// The content packs that ship inside the app, found next to the binary whatever the
/// current directory is.
public enum ShippedContent {
  public static var backendDeveloperURL: URL? {
    Bundle.module.url(forResource: "backend-developer", withExtension: nil)
  }
}
