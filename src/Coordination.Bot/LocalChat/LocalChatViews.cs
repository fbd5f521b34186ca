using System.Globalization;
using Coordination.Core.Chat;

namespace Coordination.Bot.LocalChat;

/// <summary>A message as the page's API gives it (camelCase JSON).</summary>
public sealed record LocalMessageView(
    string Id,
    long Order,
    long Version,
    string Conversation,
    string? Thread,
    string Author,
    string AuthorName,
    string Text,
    DateTimeOffset At,
    bool Ephemeral,
    bool Edited,
    IReadOnlyList<MessageButton> Buttons,
    LocalFileView? File)
{
    public static LocalMessageView Of(LocalTranscriptEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var file = entry.File is { } f ? new LocalFileView(f.Name, f.Title, f.ContentType, f.Content.Length, f.IsImage, $"/local/messages/{Uri.EscapeDataString(entry.Id)}/file") : null;
        return new(entry.Id, entry.Order, entry.Version, entry.Conversation, entry.ThreadId, entry.Author, LocalWorkspace.NameOf(entry.Author), entry.Text, entry.At,
            entry.VisibleTo is not null, entry.Edited, entry.Buttons, file) { Form = entry.Source?.Form is { } form ? LocalFormView.Of(form) : null };
    }

    /// <summary>The form the message carries, for the page to open as a dialog; <c>null</c> for most messages.</summary>
    public LocalFormView? Form { get; init; }
}

public sealed record LocalFileView(string Name, string Title, string ContentType, int Size, bool IsImage, string Url);

/// <summary>The simulated time, on the clock of the person acting (else UTC), and whether it can be moved ahead.</summary>
public sealed record LocalClockView(DateTimeOffset Now, string Local, string Zone, double AheadHours, bool CanFastForward)
{
    public static LocalClockView Of(DateTimeOffset now, TimeSpan ahead, bool canFastForward, LocalPerson? person)
    {
        var zone = person is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(person.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
        return new(now, local, zone.Id, Math.Round(ahead.TotalHours, 2), canFastForward);
    }
}

/// <summary>What changed since a version: the messages (each at its latest version) and the clock.</summary>
public sealed record LocalUpdateView(long Version, LocalClockView Clock, IReadOnlyList<LocalMessageView> Messages);

public sealed record LocalPersonView(string Id, string Name, string TimeZone, string? Lead, string Role)
{
    public static LocalPersonView Of(LocalPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new(person.Id, person.Name, person.TimeZone, person.LeadId, person.Role);
    }
}

/// <summary>A direct message the person acting has: with the bot or with one of the others.</summary>
public sealed record LocalDirectView(string With, string Name, string Conversation);

public sealed record LocalStateView(
    string Workspace,
    LocalPersonView Bot,
    IReadOnlyList<LocalPersonView> People,
    IReadOnlyList<string> Channels,
    IReadOnlyList<LocalDirectView> Directs,
    LocalClockView Clock);
