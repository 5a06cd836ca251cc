import Foundation

/// The example packs in `Content/examples`, converted from public ladders.
public enum ExamplePacks {
  /// The folder that holds them all.
  public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Content/examples")

  /// The folder of one example pack, by its folder name.
  public static func pack(_ name: String) -> URL { folder.appendingPathComponent(name) }
}
