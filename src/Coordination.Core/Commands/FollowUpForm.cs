using System.Text.RegularExpressions;
using Coordination.Core.Chat;

namespace Coordination.Core.Commands;

/// <summary>What the new-request form starts with: the title, the people, the due date and who to escalate to.</summary>
public sealed record FollowUpDraft(string? Title, IReadOnlyList<string> Stakeholders, DateOnly? Due = null, string? EscalateTo = null)
{
    public static readonly FollowUpDraft Empty = new(null, []);
}

/// <summary>
/// The new-request form behind "Follow up on this" (a message becomes a request's thread), the global shortcut and an
/// <c>ask</c> written in a direct message (a channel to post in). Submitted, it is an <see cref="AskCommand"/> in the
/// form's thread or the chosen channel.
/// </summary>
public static partial class FollowUpForm
{
    public const string Kind = "follow-up";

    public const string Title = "title";
    public const string Stakeholders = "stakeholders";
    public const string Due = "due";
    public const string EscalateTo = "escalate";
    public const string Channel = "channel";

    /// <summary>The link to the message followed up on: set by the adapter from the platform's own payload, never by the person.</summary>
    public const string Source = "source";

    /// <summary>
    /// The form; <paramref name="channels"/> is <c>null</c> when it posts in the form's own thread, else the channels to
    /// choose from where the platform has no picker of its own (empty where it has one).
    /// </summary>
    public static ChatForm For(FormState state, FollowUpDraft draft, IReadOnlyList<Mention> people, IReadOnlyList<FormOption>? channels)
    {
        ArgumentNullException.ThrowIfNull(draft);
        List<FormField> fields =
        [
            new FormField(Title, "What do you need?", FormFieldKind.Text, Required: true, "The request, as the people asked will read it") { Value = draft.Title },
            new FormField(Stakeholders, "Who do you need it from?", FormFieldKind.People, Required: true) { Choices = people, Value = FormValues.JoinPeople(draft.Stakeholders) },
            new FormField(Due, "Needed by", FormFieldKind.Date) { Value = draft.Due is { } due ? FormValues.Format(due) : null },
            new FormField(EscalateTo, "Escalate to (after the third miss)", FormFieldKind.Person) { Choices = people, Value = draft.EscalateTo },
        ];
        if (channels is not null)
        {
            fields.Add(new FormField(Channel, "Post it in", FormFieldKind.Conversation, Required: true) { Options = channels });
        }

        return new ChatForm(Kind, "Follow up on this", "Record", fields, state);
    }

    /// <summary>The values with <see cref="Source"/> set to <paramref name="link"/> (or taken out): only the adapter says where a form came from.</summary>
    public static IReadOnlyDictionary<string, string> WithSource(IReadOnlyDictionary<string, string> values, string? link)
    {
        ArgumentNullException.ThrowIfNull(values);
        var vouched = values.Where(v => v.Key != Source).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(link))
        {
            vouched[Source] = link;
        }

        return vouched;
    }

    /// <summary>
    /// A submitted form that chose its channel acts there (its answer goes there too); any other form is returned as it is.
    /// </summary>
    public static SubmitFormCommand Placed(SubmitFormCommand form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Kind != Kind || form.State.Where.ThreadId is not null || Value(form, Channel) is not { } channel)
        {
            return form;
        }

        var where = new ThreadRef(channel, null);
        return form with { Context = form.Context with { Where = where }, State = form.State with { Where = where } };
    }

    /// <summary>The ask a submitted form stands for, or the field to fix.</summary>
    public static ChatCommand Read(SubmitFormCommand form, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(context);
        var title = CommandWords.Display(Value(form, Title) ?? string.Empty);
        var people = FormValues.People(Value(form, Stakeholders)).Where(id => id != context.Actor.PlatformUserId).ToList();
        var channel = Value(form, Channel);
        var where = form.State.Where.ThreadId is null && channel is not null ? new ThreadRef(channel, null) : form.State.Where;
        var problem = (title.Length, people.Count) switch
        {
            (0, _) => (Title, "Write what you need."),
            (> CommandParser.MaxTitleLength, _) => (Title, $"Keep it under {CommandParser.MaxTitleLength} characters ({title.Length} now) and put details in the thread."),
            (_, 0) => (Stakeholders, "Choose at least one person other than yourself."),
            _ when where.ThreadId is null && channel is null => (Channel, "Choose the channel to post it in."),
            _ => default((string, string)?),
        };
        if (problem is var (field, message))
        {
            return new FormProblemCommand(context, field, message);
        }

        var due = FormValues.Date(Value(form, Due)) is { } day ? new DueDate(On: day) : null;
        var escalate = Value(form, EscalateTo) is { } target && target != context.Actor.PlatformUserId ? new PersonRef(target) : null;
        return new AskCommand(context with { Where = where }, title, [.. people.Select(id => new PersonRef(id))], due, escalate) { Source = Value(form, Source) };
    }

    private static string? Value(SubmitFormCommand form, string field) =>
        form.Values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>
    /// A message's words as a request's title: people named (<c>&lt;@ID&gt;</c> as <c>@Name</c> where the workspace
    /// knows them), one line, cut to the title's limit.
    /// </summary>
    public static string TitleFrom(string? text, IReadOnlyList<Mention> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var named = MentionToken().Replace(text ?? string.Empty, m => "@" + NameOf(m, people));
        var title = Spaces().Replace(named, " ").Trim();
        return title.Length <= CommandParser.MaxTitleLength ? title : title[..(CommandParser.MaxTitleLength - 1)].TrimEnd() + "…";
    }

    private static string NameOf(Match mention, IReadOnlyList<Mention> people)
    {
        var id = mention.Groups["id"].Value;
        var written = mention.Groups["name"].Value.Trim();
        return people.FirstOrDefault(p => p.PlatformUserId == id)?.DisplayName ?? (written.Length > 0 ? written : id);
    }

    [GeneratedRegex(@"<@(?<id>[^|<>\s]{1,100})(?:\|(?<name>[^<>]{0,200}))?>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionToken();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
