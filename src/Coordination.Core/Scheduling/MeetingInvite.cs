using System.Globalization;
using System.Text;
using Coordination.Core.Chat;
using Coordination.Core.Requests;

namespace Coordination.Core.Scheduling;

/// <summary>An iCalendar file (RFC 5545) with one VEVENT for an agreed meeting, its attendees by name.</summary>
public static class MeetingInvite
{
    public const string ContentType = "text/calendar";

    public static MessageFile For(CoordinationRequest request, MeetingSlot slot, IEnumerable<Person> attendees, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(slot);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Coordination//schedule//EN", "METHOD:PUBLISH", "BEGIN:VEVENT",
            $"UID:{request.Id:N}-{slot.Number}@coordination",
            $"DTSTAMP:{Utc(now)}", $"DTSTART:{Utc(slot.Start)}", $"DTEND:{Utc(slot.End)}",
            $"SUMMARY:{Text(request.Title)}",
            $"DESCRIPTION:{Text($"{request.Key}, agreed in the chat")}",
            $"ORGANIZER;CN={Name(request.Requester.DisplayName)}:urn:uuid:{request.Requester.Id}",
        };
        lines.AddRange(attendees.DistinctBy(p => p.Id).Select(p => $"ATTENDEE;CN={Name(p.DisplayName)}:urn:uuid:{p.Id}"));
        lines.AddRange(["END:VEVENT", "END:VCALENDAR"]);
        var text = string.Concat(lines.Select(line => Fold(line) + "\r\n"));
        return new MessageFile($"{request.Key}.ics", ContentType, Encoding.UTF8.GetBytes(text), $"Invite: {request.Title}");
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A TEXT value: backslashes, semicolons, commas and line breaks escaped.</summary>
    private static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A parameter value, quoted; it may not hold quotes or control characters.</summary>
    private static string Name(string value) => "\"" + new string([.. value.Where(c => c != '"' && !char.IsControl(c))]) + "\"";

    /// <summary>Lines longer than 75 characters continue on the next line after a space.</summary>
    private static string Fold(string line)
    {
        var folded = new StringBuilder();
        for (var at = 0; at < line.Length; at += at == 0 ? 74 : 73)
        {
            folded.Append(at == 0 ? string.Empty : "\r\n ").Append(line.AsSpan(at, Math.Min(at == 0 ? 74 : 73, line.Length - at)));
        }

        return folded.ToString();
    }
}
