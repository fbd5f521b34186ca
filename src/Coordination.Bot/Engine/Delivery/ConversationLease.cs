namespace Coordination.Bot.Engine.Delivery;

/// <summary>One instance's hold on one conversation: only the holder sends into it, until <see cref="Until"/> unless renewed.</summary>
public sealed class ConversationLease(string key, Guid owner, DateTimeOffset until, IReadOnlyList<DateTimeOffset?> buckets)
{
    public string Key { get; } = key;

    public Guid Owner { get; } = owner;

    public DateTimeOffset Until { get; set; } = until;

    /// <summary>The conversation's rate buckets, as the holder has drawn them (saved with each renewal and the release).</summary>
    public IReadOnlyList<DateTimeOffset?> Buckets { get; set; } = buckets;
}
