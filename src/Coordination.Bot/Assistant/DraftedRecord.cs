using Coordination.Core.Commands;
using Coordination.Core.Documentation;

namespace Coordination.Bot.Assistant;

/// <summary>
/// The decision record as the assistant answers it (the JSON the prompt asks for). Nothing in it is trusted: owners
/// must be people of the thread, dates must read as dates, lists and lines are capped, and angle brackets cannot
/// smuggle a mention or a link into the record.
/// </summary>
public sealed record DraftedRecord(IReadOnlyList<string?>? Decisions, IReadOnlyList<DraftedAction?>? ActionItems, IReadOnlyList<string?>? OpenQuestions)
{
    public const int MaxItems = 20;
    public const int MaxLineLength = 300;

    /// <summary>The rules' record of the same thread (its title, context and participants) with this draft's lists.</summary>
    public DecisionRecord ToRecord(DecisionRecord ruled, IReadOnlyDictionary<string, PersonRef> people)
    {
        ArgumentNullException.ThrowIfNull(ruled);
        return ruled with
        {
            Decisions = Lines(Decisions),
            ActionItems = [.. (ActionItems ?? []).OfType<DraftedAction>().Where(a => !string.IsNullOrWhiteSpace(a.Action)).Take(MaxItems).Select(a => a.ToItem(people))],
            OpenQuestions = Lines(OpenQuestions),
            DraftedByAssistant = true,
        };
    }

    internal static string Clean(string text, int length = MaxLineLength)
    {
        var line = string.Join(' ', text.Replace('<', '‹').Replace('>', '›').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }

    private static List<string> Lines(IReadOnlyList<string?>? items) =>
        [.. (items ?? []).OfType<string>().Where(i => !string.IsNullOrWhiteSpace(i)).Take(MaxItems).Select(i => Clean(i))];
}

/// <summary>One action item as the assistant answers it: the owner's name, what, and the due date as written.</summary>
public sealed record DraftedAction(string? Owner, string? Action, string? Due)
{
    public ActionItem ToItem(IReadOnlyDictionary<string, PersonRef> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var owner = people.GetValueOrDefault((Owner ?? string.Empty).Trim().TrimStart('@'));
        var due = DueDate.TryParse(Due, out var parsed) ? parsed : null;
        var action = DraftedRecord.Clean(Action ?? string.Empty);
        return new ActionItem(owner, action, due, action, due is null ? null : DraftedRecord.Clean(Due!, 40));
    }
}
