using System.Globalization;
using Coordination.Core.Digests;
using Coordination.Core.FollowUp;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>
/// How the pages show things to this reader: as of <see cref="Now"/>, in <see cref="Zone"/> (the <c>?tz=</c> asked
/// for, else the workspace's, else UTC), with links that keep an asked-for zone.
/// </summary>
public sealed record DashboardView(DateTimeOffset Now, TimeZoneInfo Zone, string? AskedZone)
{
    private const int MaxZoneLength = 64;

    /// <summary>A <c>?tz=</c> that names no zone, to say so on the page.</summary>
    public string? UnknownZone { get; init; }

    /// <summary>The view in the zone <paramref name="tz"/> names, else in <paramref name="fallback"/>.</summary>
    public static DashboardView For(DateTimeOffset now, string? tz, TimeZoneInfo fallback)
    {
        var asked = IsZoneName(tz) ? FollowUpSchedule.FindZone(tz) : null;
        return asked is null
            ? new DashboardView(now, fallback, null) { UnknownZone = string.IsNullOrWhiteSpace(tz) ? null : tz }
            : new DashboardView(now, asked, tz!.Trim());
    }

    /// <summary><paramref name="path"/> with the asked-for zone, and <paramref name="query"/> (already escaped) if any.</summary>
    public string Link(string path, string? query = null)
    {
        var zone = AskedZone is null ? null : "tz=" + Uri.EscapeDataString(AskedZone);
        var all = string.Join('&', new[] { query, zone }.Where(q => q is not null));
        return all.Length == 0 ? path : $"{path}?{all}";
    }

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>An instant as the pages show it: <c>Thu 26 Nov 2026 15:00</c>, in <see cref="Zone"/>.</summary>
    public string Format(DateTimeOffset instant) => Local(instant).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant as a <c>time</c> element, machine-readable in UTC and readable in the zone.</summary>
    public Markup Time(DateTimeOffset? instant) => instant is { } at
        ? new HtmlWriter().Append($"<time datetime=\"{at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\">{Format(at)}</time>").ToMarkup()
        : new Markup("—");

    /// <summary>How long ago <paramref name="since"/> was: <c>2d 4h</c>.</summary>
    public string Since(DateTimeOffset since) => DigestText.Duration(Now - since);

    /// <summary>Guards the lookup: a zone name is short and made of letters, digits and <c>/ _ + -</c>.</summary>
    private static bool IsZoneName(string? tz) =>
        !string.IsNullOrWhiteSpace(tz) && tz.Length <= MaxZoneLength && !tz.Contains("..", StringComparison.Ordinal)
        && tz.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '+' or '-');
}
