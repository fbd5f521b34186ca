using System.Text.RegularExpressions;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>
/// Turns the text of a command (<c>ask &lt;@U1|bob&gt; review the spec by Friday</c>) into a <see cref="ChatCommand"/>.
/// People are written as <c>&lt;@ID&gt;</c> or <c>&lt;@ID|name&gt;</c>; adapters translate their platform's mentions to
/// that form first. Text that does not start with a verb goes to <see cref="FreeTextParser"/>; anything neither can
/// read becomes a <see cref="HelpCommand"/> that says what was wrong.
/// </summary>
/// <remarks>
/// Each verb is a row of <see cref="VerbForms"/>; the methods that read a family of verbs live in the other parts of
/// this class (<c>CommandParser.Requests.cs</c>, <c>CommandParser.Decisions.cs</c>, …). A new verb is a new row, its
/// reading method, and its usage in <see cref="CommandUsage"/>.
/// </remarks>
public static partial class CommandParser
{
    public const int MaxTextLength = 2000;
    public const int MaxTitleLength = 500;
    public const int MaxNoteLength = 1000;

    /// <summary>Pasted meeting notes (<c>notes …</c>) may be longer than any other command.</summary>
    public const int MaxNotesLength = 20_000;

    private const string KeyExample = "`CR-12`";

    /// <summary>Each verb and how the words after it are read, in the order a misspelt verb's suggestion prefers them.</summary>
    private static readonly VerbForm[] VerbForms =
    [
        new("ask", AskMaybeMeeting),
        new("ack", input => WithKey(input, "ack", n => input.Only("ack", 2, new AcknowledgeCommand(input.Context, n)))),
        new("list", List),
        new("status", input => WithKey(input, "status", n => input.Only("status", 2, new StatusCommand(input.Context, n)))),
        new("done", input => WithKey(input, "done", n => input.WithNote("done", 2, required: false, note => new DoneCommand(input.Context, n, note)))),
        new("decline", input => WithKey(input, "decline", n => input.WithNote("decline", 2, required: true, note => new DeclineCommand(input.Context, n, note!)))),
        new("redirect", input => WithKey(input, "redirect", n => Redirect(input, n))),
        new("snooze", input => WithKey(input, "snooze", n => Snooze(input, n))),
        new("escalate", input => WithKey(input, "escalate", n => Escalate(input, n))),
        new("resolve", input => WithKey(input, "resolve", n => input.WithNote("resolve", 2, required: false, note => new ResolveCommand(input.Context, n, note)))),
        new("cancel", input => WithKey(input, "cancel", n => input.Only("cancel", 2, new CancelCommand(input.Context, n)))),
        new("lead", Lead),
        new("tz", TimeZone),
        new("help", Help),
        new("decide", Decide),
        new("next", NextStep),
        new("decisions", Decisions),
        new("team", Team),
        new("away", Away),
        new("back", Back),
        new("summarize", Summarize),
        new("notes", Notes),
        new("summary", input => MorningSummary(input) ?? FreeText(input)),
        new("digest", Digest),
        new("meeting", Meeting),
        new("stats", Stats),
        new("patterns", input => input.Only("patterns", 1, new PatternsCommand(input.Context))),
        new("export", Export),
        new("feedback", input => WithKey(input, "feedback", n => input.WithNote("feedback", 2, required: true, note => new SatisfactionNoteCommand(input.Context, n, note!)))),
        new("home", input => input.Only("home", 1, new HomeCommand(input.Context))),
        new("webhook", Webhook),
        new("token", Token),
        new("hours", Hours),
        new("holiday", Holiday),
        new("holidays", Holidays),
        new("calendar", Calendar),
        new("schedule", input => Schedule(input) ?? FreeText(input)),
        new("link", input => WithKey(input, "link", n => Link(input, n))),
        new("me", Me),
        new("adr", Adr),
    ];

    private static readonly string[] Verbs = [.. VerbForms.Select(form => form.Verb)];

    public static ChatCommand Parse(string text, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var limit = NotesPattern().IsMatch(text) ? MaxNotesLength : MaxTextLength;
        if (text.Length > limit)
        {
            return new HelpCommand(context, Problem: limit == MaxNotesLength
                ? $"Those notes are too long ({text.Length} characters): paste them in parts under {MaxNotesLength} each."
                : $"That is too long ({text.Length} characters): keep a command under {MaxTextLength}.");
        }

        var input = new CommandInput(text, context);
        if (input.Count == 0)
        {
            return new HelpCommand(context);
        }

        var verb = Canonical(input[0]);
        return verb is null ? FreeText(input) : Array.Find(VerbForms, form => form.Verb == verb)!.Read(input);
    }

    /// <summary>The verb <paramref name="word"/> names (<c>close</c> is <c>resolve</c>, <c>summarise</c> is <c>summarize</c>; a trailing colon is allowed), or <c>null</c>.</summary>
    internal static string? Canonical(string word)
    {
        var lower = word.Length > 1 && word[^1] == ':' ? word[..^1].ToLowerInvariant() : word.ToLowerInvariant();
        return lower switch
        {
            "close" => "resolve",
            "summarise" => "summarize",
            "summaries" => "summary",
            "webhooks" => "webhook",
            _ => Array.Find(Verbs, verb => verb == lower),
        };
    }

    /// <summary>Text that is not a command form: plain English, or an unknown verb.</summary>
    private static ChatCommand FreeText(CommandInput input) =>
        FreeTextParser.Parse(input.Text, input.Context) is { } free ? WithWords(free, input.Text) : UnknownVerb(input);

    /// <summary>A half-understood request keeps its words, so Confirm can read them again exactly.</summary>
    private static ChatCommand WithWords(ChatCommand free, string text) => free is ConfirmCommand confirm ? confirm with { Text = text.Trim() } : free;

    private static ChatCommand WithKey(CommandInput input, string verb, Func<int, ChatCommand> then) =>
        input.Count < 2
            ? input.Fail(verb, $"`{verb}` needs a request key, like {KeyExample}.")
            : TryKey(input[1], out var number)
                ? then(number)
                : input.Fail(verb, $"{Quote(input[1])} isn't a request key: write it like {KeyExample}.");

    /// <summary>A verb and the method that reads a command starting with it.</summary>
    private sealed record VerbForm(string Verb, Func<CommandInput, ChatCommand> Read);

    [GeneratedRegex(@"^\s*notes:?(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesPattern();
}
