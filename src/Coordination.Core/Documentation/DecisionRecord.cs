using System.Text;
using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Documentation;

/// <summary>
/// What a thread decided: its context, the decisions, who does what by when, what is still open, and who took part.
/// </summary>
public sealed record DecisionRecord(
    string Title,
    string Context,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<ActionItem> ActionItems,
    IReadOnlyList<string> OpenQuestions,
    IReadOnlyList<PersonRef> Participants)
{
    public const string DefaultTitle = "Decision record";

    /// <summary>What an empty section says.</summary>
    public const string None = "none";

    public const string Bullet = "• ";

    /// <summary>The line under the title of a record the assistant drafted.</summary>
    public const string DraftedLine = "Drafted by the assistant: check it before acting on it.";

    /// <summary>Drafted by the assistant (a language model) rather than by the rules; the record says so under its title.</summary>
    public bool DraftedByAssistant { get; init; }

    /// <summary>The longest title suffix kept (longer ones end in "…").</summary>
    public const int MaxTitleLength = 200;

    /// <summary>A record with nothing in it (what an empty thread gives).</summary>
    public static DecisionRecord Empty(string? title = null) => new(TitleFor(title), string.Empty, [], [], [], []);

    /// <summary>"Decision record", followed by <paramref name="title"/> (a request key such as <c>CR-12</c>) when given.</summary>
    public static string TitleFor(string? title)
    {
        var suffix = DocumentText.OneLine(title ?? string.Empty);
        return suffix.Length == 0 ? DefaultTitle : $"{DefaultTitle}: {DocumentText.Truncate(suffix, MaxTitleLength)}";
    }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Context) && Decisions.Count == 0 && ActionItems.Count == 0 && OpenQuestions.Count == 0 && Participants.Count == 0;

    /// <summary>
    /// The record as chat text that reads the same in Slack's mrkdwn and in Teams' markdown: the title, then the headed
    /// sections Context, Decisions, Action items, Open questions and Participants, each heading plain text on its own line
    /// (no <c>*bold*</c>, which Slack and markdown read differently, and no <c>#</c>, which Slack shows as is), items as
    /// <c>• </c> lines, sections apart by a blank line, an empty section saying "none". People are <c>&lt;@ID&gt;</c>
    /// tokens, which each platform renders as its mention (see <see cref="Mentions"/>). Lines end in <c>\n</c>.
    /// </summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append(string.IsNullOrWhiteSpace(Title) ? DefaultTitle : DocumentText.OneLine(Title)).Append('\n');
        text.Append(DraftedByAssistant ? DraftedLine + "\n" : string.Empty);
        Section(text, "Context", Lines(Context), bullets: false);
        Section(text, "Decisions", Decisions.Select(DocumentText.OneLine), bullets: true);
        Section(text, "Action items", ActionItems.Select(ItemLine), bullets: true);
        Section(text, "Open questions", OpenQuestions.Select(DocumentText.OneLine), bullets: true);
        Section(text, "Participants", Lines(string.Join(", ", Participants.Select(Token))), bullets: false);
        return text.ToString(0, text.Length - 1);
    }

    /// <summary>
    /// Everyone whose <c>&lt;@ID&gt;</c> token <see cref="ToMarkdown"/> writes (participants, then owners not among them),
    /// for the outgoing message's mention list; a person without a display name is named by their id.
    /// </summary>
    public IReadOnlyList<Mention> Mentions() =>
    [
        .. Participants.Concat(ActionItems.Select(item => item.Owner).OfType<PersonRef>())
            .DistinctBy(person => person.PlatformUserId, StringComparer.Ordinal)
            .Select(person => new Mention(person.PlatformUserId, person.DisplayName ?? person.PlatformUserId)),
    ];

    /// <summary>A text that is a decision record (its title line and a Decisions heading), so a summary skips earlier ones.</summary>
    public static bool IsRecord(string? text)
    {
        var lines = (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        return lines.Count > 1
            && lines[0].StartsWith(DefaultTitle, StringComparison.OrdinalIgnoreCase)
            && lines.Contains("Decisions", StringComparer.Ordinal);
    }

    private static string Token(PersonRef person) => $"<@{person.PlatformUserId}>";

    private static string ItemLine(ActionItem item)
    {
        var owner = item.Owner is { } person ? Token(person) : "no owner";
        var due = item.DueLabel is { } label ? $"due {DocumentText.OneLine(label)}" : "no due date";
        return $"{owner}: {DocumentText.OneLine(item.Action)} ({due})";
    }

    private static IEnumerable<string> Lines(string? text) =>
        DocumentText.OneLine(text ?? string.Empty) is { Length: > 0 } line ? [line] : [];

    private static void Section(StringBuilder text, string heading, IEnumerable<string> items, bool bullets)
    {
        text.Append('\n').Append(heading).Append('\n');
        var any = false;
        foreach (var item in items.Where(item => item.Length > 0))
        {
            text.Append(bullets ? Bullet : string.Empty).Append(item).Append('\n');
            any = true;
        }

        if (!any)
        {
            text.Append(None).Append('\n');
        }
    }
}
