/// The small pack `career-coach content new` writes: the three files every pack needs, for an
/// example role, with a comment on each field, to be edited into a team's own ladder.
public enum PackScaffold {
  /// Each file's name and text, in the order a reader should open them.
  public static let files: [(name: String, text: String)] = [
    (RoleFile.name, role), (SkillsFile.name, skills), (LevelsFile.name, levels),
  ]

  /// What each file holds, in a few words, for the list of what was written.
  public static func purpose(of name: String) -> String {
    switch name {
    case RoleFile.name: return "the role, its sources and its description"
    case SkillsFile.name: return "the rating scale, skill categories and skills"
    case LevelsFile.name: return "levels, the ratings each requires, and the track in order"
    default: return ""
    }
  }

  static let role = """
    # role.yaml: the role this pack describes and the sources its facts come from.
    # This is an example pack: replace every text with your team's own words.
    # docs/content-format.md describes every file and field.
    #
    # Ids are lower-case words and digits joined by hyphens (what-it-is, senior-2). Other
    # entries refer to an entry by its id, in this file or another one.

    format: 2                        # the version of the pack format this pack is written in
    id: example-role                 # the pack's id
    title: Example role              # the role's name, shown at the top of every screen
    summary: An example pack to start from.   # optional: one or two sentences about the role

    sources:                         # where the pack's facts come from: at least one
      - id: own                      # every `source` in the pack names one of these ids
        title: Written by our team   # say who wrote it, or name the document you took it from

    sections:                        # optional: the role described, in reading order
      - id: what-it-is
        title: What the example role does
        body: |                      # paragraphs, separated by a blank line
          Say what a person in this role builds, for whom, and with whom.

          Write what a newcomer to the team should know before rating their skills.
        source: own                  # the source this text comes from: an id from sources

    # faq:                           # optional: questions people ask about the role
    #   - question: How do I move up a level?
    #     answer: Meet the ratings the next level requires, then talk to your lead.
    #     source: own

    """

  static let skills = """
    # skills.yaml: the skills a person in this role is rated on, grouped in categories.
    #
    # Without a `scale`, ratings run from 0 to 4: 0 None, 1 Aware, 2 Working (with help),
    # 3 Proficient (on their own), 4 Expert (others come to them with the hard cases). Each
    # anchor says what a person at that rating has done, so people rate themselves on what
    # they did, not on how they feel. Anchors are optional: a skill without its own shows
    # its category's, and a category without any shows the meanings of the scale's steps.

    # scale:                         # optional: the steps your team rates on
    #   first: 0                     # the number of the lowest step: 0 (default) or 1
    #   steps:                       # 2 to 9, lowest first: a name, and a meaning if you like
    #     - {name: Not yet, meaning: Has not done it.}
    #     - {name: Learning, meaning: Does it with help.}
    #     - {name: Doing, meaning: Does it on their own.}
    #     - {name: Owning, meaning: Decides how the team does it.}
    #     - {name: Leading, meaning: Others come to them with the hard cases.}
    #   # or `steps: 5`: numbered steps that categories and skills name with their own `steps`

    categories:                      # at least one
      - id: delivery                 # the category's id, which skills name
        name: Delivery               # shown on every screen
        description: Turning a request into working software.   # optional: one line
        # steps: [Follows, Contributes, Drives, Owns, Shapes]   # optional: this category's
        #                            # own names for the steps, one per step, lowest first
        anchors:                     # optional: the quick assessment asks one per category
          0: I have not yet shipped a change.
          1: I have shipped a change that a colleague planned with me.
          2: I have planned and shipped a small feature with some help.
          3: I plan and ship features on my own.
          4: I have shaped how the team plans and ships its work.
      - id: collaboration
        name: Collaboration
        description: Working with the people around the code.
        anchors:
          0: I have not yet reviewed anyone's work.
          1: I have read reviews of my work and acted on them.
          2: I review my colleagues' changes with help.
          3: I review and explain changes on my own.
          4: I have taught others how we work together.
        # pick, always_picked: optional, for areas a person picks from (languages, databases)

    skills:                          # at least one; each in a category above
      - id: planning
        name: Planning work
        category: delivery           # a category id
        description: Breaking a request into steps that can be shipped one at a time.
        anchors:                     # optional: every rating 0 to 4, each something done
          0: I have not yet planned my own work.
          1: I have followed a plan a colleague wrote.
          2: I have split a small feature into steps with help.
          3: I split features into steps that ship on their own.
          4: I have taught the team how to split large work.
        # hours_per_step: 20         # optional: study hours to rise one rating; on every
        #                            # skill or on none (without them there is no study plan)
        # exercise, evidence, resources, aliases: optional, see docs/content-format.md
      - id: testing                  # no anchors of its own: it shows Delivery's
        name: Testing
        category: delivery
        description: Showing that a change works before it ships.
      - id: code-review
        name: Code review
        category: collaboration
        description: Reading a colleague's change and helping it get better.
        anchors:
          0: I have not yet reviewed a change.
          1: I have read reviews of my own changes.
          2: I have reviewed small changes with help.
          3: I review changes of any size on my own.
          4: I have taught others how to review.

    """

  static let levels = """
    # levels.yaml: the levels of the role, what each requires, and the tracks that put them
    # in order. A level is reached when the ratings meet at least 80% of its requirements,
    # weighed by their weights, and every must-have one (docs/placement.md says how).

    levels:                          # at least one
      - id: starter                  # the level's id, which tracks name
        name: Starter                # shown on every screen
        overview: Ships well-defined changes with help from the team.   # optional
        source: own                  # optional: a source id from role.yaml
        # responsibilities, hard_skills, soft_skills, education, certifications,
        # preferred_qualifications: optional lists of text shown on the level's page
        # typical_years: optional, each entry a `years` text with its `source`
        # criteria:                  # optional: what the level expects in each category
        #   delivery: Ships small changes that a colleague planned.
        #   collaboration: [Asks for a review early., Acts on what reviewers say.]
        requirements:                # optional: a skill and the lowest rating it needs
          - skill: planning          # a skill id from skills.yaml
            min: 2                   # the lowest rating that meets it, 0 to 4
          - skill: testing
            min: 2
          - skill: code-review
            min: 1
      - id: experienced
        name: Experienced
        overview: Plans and ships features on their own, and helps others do the same.
        source: own
        requirements:
          - skill: planning
            min: 3
            weight: 3                # optional, default 1: how much it counts
            must_have: true          # optional: unmet, the level is out of reach; default:
                                     # true for weight 3 or more, false below
          - skill: testing
            min: 3
          - skill: code-review
            min: 3
          # - one_of: [testing, code-review]   # instead of the two above: a choice of two
          #   label: Testing and review        # or more skills; a one_of needs a label
          #   at_least: 2                      # optional, default 1: how many must reach min
          #   min: 3
      # - id: lead                   # a level in words only, with no requirements: shown
      #   name: Lead                 # on the path, never placed; add it to a track below
      #   overview: Sets how the team plans, ships and reviews its work.

    tracks:                          # at least one: levels in order, lowest first
      - id: ladder
        name: Example ladder
        source: own
        levels: [starter, experienced]

    """
}
