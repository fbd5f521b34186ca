using System.Globalization;

namespace Coordination.Data.Outbox;

/// <summary>
/// The delivery state of one conversation (or, with a <see cref="WorkspacePrefix"/> key, of one workspace): which
/// instance holds it and until when, when it may send next, and its rate buckets, shared by every instance.
/// </summary>
public sealed class OutboxConversation
{
    public const string WorkspacePrefix = "workspace:";

    private OutboxConversation()
    {
        Key = string.Empty;
    }

    public string Key { get; private set; }

    /// <summary>The lease of the instance sending into it now; <c>null</c> when none does.</summary>
    public Guid? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    /// <summary>Nothing is sent into it before this instant (the platform's pace, or its <c>Retry-After</c>).</summary>
    public DateTimeOffset? NotBefore { get; private set; }

    /// <summary>Each rate bucket's state (see <c>RateLimit</c>), as Unix milliseconds separated by commas.</summary>
    public string? Buckets { get; private set; }

    /// <summary>Optimistic concurrency token for the workspace rows many conversations draw from.</summary>
    public int Version { get; private set; }

    /// <summary>The key of the row a workspace's bucket lives in.</summary>
    public static string WorkspaceKey(string platform, string workspace) => $"{WorkspacePrefix}{platform}/{workspace}";

    public IReadOnlyList<DateTimeOffset?> BucketStates() => Parse(Buckets);

    public static IReadOnlyList<DateTimeOffset?> Parse(string? buckets) =>
        string.IsNullOrEmpty(buckets)
            ? []
            : [.. buckets.Split(',').Select(v => v.Length == 0 ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(v, CultureInfo.InvariantCulture)))];

    public static string? Format(IReadOnlyList<DateTimeOffset?> states) =>
        states.Count == 0 ? null : string.Join(',', states.Select(s => s?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) ?? string.Empty));
}
