using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using static Coordination.Core.Commands.ChatForms;

namespace Coordination.Core.Commands;

/// <summary>
/// The forms a request's buttons open for the stakeholder who pressed them: Not me (who should answer instead, and
/// a note), Decline (the reason) and Snooze (1 day, 3 days, next Monday or a date), and how a submitted one becomes
/// the existing command (<see cref="RedirectCommand"/>, <see cref="DeclineCommand"/>, <see cref="SnoozeCommand"/>),
/// whose handler checks who may do it.
/// </summary>
public static class RequestForms
{
    public const string NotMe = "not-me";
    public const string Decline = "decline";
    public const string Snooze = "snooze";

    public const string Person = "person";
    public const string Note = "note";
    public const string Reason = "reason";
    public const string For = "for";
    public const string Until = "until";

    public const string OneDay = "1d";
    public const string ThreeDays = "3d";
    public const string NextMonday = "monday";
    public const string OnDate = "date";

    /// <summary>The forms a request's buttons open, by the button's action.</summary>
    public static string? KindFor(string? action) => action switch
    {
        MessageButton.NotMe => NotMe,
        MessageButton.Decline => Decline,
        MessageButton.Snooze => Snooze,
        _ => null,
    };

    public static bool IsOne(string kind) => kind is NotMe or Decline or Snooze;

    /// <summary>The form of <paramref name="kind"/> for the request in <paramref name="state"/>; <paramref name="people"/> where the platform has no people picker.</summary>
    public static ChatForm Open(string kind, FormState state, IReadOnlyList<Mention> people)
    {
        ArgumentNullException.ThrowIfNull(state);
        var key = RequestKey.Format(state.RequestNumber ?? 0);
        return kind switch
        {
            NotMe => new ChatForm(NotMe, $"Not me: {key}", "Hand over", [
                new FormField(Person, "Who should answer instead", FormFieldKind.Person, Required: true) { Choices = people },
                new FormField(Note, "Note for them", FormFieldKind.Text, Hint: "Optional: why them, what they need"),
            ], state),
            Decline => new ChatForm(Decline, $"Decline {key}", "Decline", [
                new FormField(Reason, "Reason", FormFieldKind.LongText, Required: true, "What the requester can act on"),
            ], state),
            _ => new ChatForm(Snooze, $"Snooze {key}", "Snooze", [
                new FormField(For, "Snooze for", FormFieldKind.Choice, Required: true)
                {
                    Options = [new(OneDay, "1 day"), new(ThreeDays, "3 days"), new(NextMonday, "Until next Monday"), new(OnDate, "Until a date")],
                    Value = OneDay,
                },
                new FormField(Until, "The date (when snoozing until a date)", FormFieldKind.Date),
            ], state),
        };
    }

    /// <summary>
    /// The command a submitted request form stands for, or a <see cref="FormProblemCommand"/> naming the field to fix.
    /// Next Monday and a date are read in <paramref name="calendar"/>'s zone (the stakeholder's own).
    /// </summary>
    public static ChatCommand Read(SubmitFormCommand form, PersonCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(calendar);
        var context = form.Context with { Where = form.State.Where };
        if (form.State.RequestNumber is not { } number)
        {
            return new HelpCommand(context, Problem: "That form is not about a request.");
        }

        return form.Kind switch
        {
            NotMe when Value(form, Person) is { } person => new RedirectCommand(context, number, new PersonRef(person)),
            NotMe => new FormProblemCommand(context, Person, "Choose who should answer instead."),
            Decline => ReadDecline(form, context, number),
            _ => ReadSnooze(form, context, number, calendar, now),
        };
    }

    /// <summary>The note of a submitted Not me form, with anything that would read as a mention defused.</summary>
    public static string? NoteOf(SubmitFormCommand form) =>
        Value(form ?? throw new ArgumentNullException(nameof(form)), Note) is { } note ? Shorten(note.Replace("<", "‹", StringComparison.Ordinal).Replace(">", "›", StringComparison.Ordinal)) : null;

    private static ChatCommand ReadDecline(SubmitFormCommand form, CommandContext context, int number) => Value(form, Reason) switch
    {
        null => new FormProblemCommand(context, Reason, "Say why you decline: the requester needs a reason to act on."),
        { Length: > CommandParser.MaxNoteLength } tooLong => new FormProblemCommand(context, Reason, $"Keep the reason under {CommandParser.MaxNoteLength} characters ({tooLong.Length} now)."),
        var reason => new DeclineCommand(context, number, reason),
    };

    private static ChatCommand ReadSnooze(SubmitFormCommand form, CommandContext context, int number, PersonCalendar calendar, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(calendar.ToLocal(now));
        DateOnly? day = Value(form, For) switch
        {
            OneDay or null => null,
            ThreeDays => null,
            NextMonday => today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 6) % 7 + 1),
            OnDate => FormValues.Date(Value(form, Until)) ?? DateOnly.MinValue,
            _ => DateOnly.MinValue,
        };
        if (day is null)
        {
            return new SnoozeCommand(context, number, TimeSpan.FromDays(Value(form, For) == ThreeDays ? 3 : 1));
        }

        var until = calendar.ToInstant(day.Value.ToDateTime(TimeOnly.MinValue));
        return (day.Value, until - now) switch
        {
            (var d, _) when d == DateOnly.MinValue => new FormProblemCommand(context, Value(form, For) == OnDate ? Until : For, "Pick the date to snooze until."),
            (var d, _) when d <= today => new FormProblemCommand(context, Until, "Pick a day after today."),
            (_, var span) when span > DurationText.Max => new FormProblemCommand(context, Until, $"Snooze for at most {DurationText.Max.TotalDays:0} days: pick an earlier day."),
            (_, var span) => new SnoozeCommand(context, number, span),
        };
    }

    private static string Shorten(string text) => text.Length <= CommandParser.MaxNoteLength ? text : text[..CommandParser.MaxNoteLength];
}
