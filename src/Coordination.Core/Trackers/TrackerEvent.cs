namespace Coordination.Core.Trackers;

/// <summary>What a tracker delivery means for the requests linked to its issue.</summary>
public enum TrackerEventKind
{
    /// <summary>The issue was closed or moved to done: the linked requests resolve.</summary>
    Resolves,

    /// <summary>Something worth a line in the trail that changes nothing (a pull request closed without merging).</summary>
    Note,

    /// <summary>Someone commented: if their tracker account is linked and they are a stakeholder, it is their answer.</summary>
    Comment,
}

/// <summary>
/// A tracker delivery read to what it means: the key, how people read the issue (<c>github.com/acme/api/issues/5</c>),
/// and the word for what happened (<c>closing</c>, <c>merging</c>, <c>not_planned</c>, <c>done</c>, <c>canceled</c>).
/// </summary>
public sealed record TrackerEvent(Tracker Tracker, string Key, string Display, TrackerEventKind Kind, string Word)
{
    /// <summary>For a comment: the author's account as the tracker names it (login, account id, e-mail), any of which may be linked.</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];

    /// <summary>The trail's line for a closing: "resolved by github.com/acme/api/issues/5 closing".</summary>
    public string TrailNote => Kind switch
    {
        TrackerEventKind.Resolves => $"resolved by {Display} {Word}",
        TrackerEventKind.Comment => $"answered on {Display}",
        _ => $"{Display} {Word}",
    };

    /// <summary>What the thread hears: "github.com/acme/api/issues/5 was closed".</summary>
    public string Sentence => Word switch
    {
        "closing" => $"{Display} was closed",
        "merging" => $"{Display} was merged",
        "not_planned" => $"{Display} was closed as not planned",
        "done" => $"{Display} moved to done",
        "completed" => $"{Display} was completed",
        "canceled" => $"{Display} was canceled",
        _ => $"{Display}: {Word}",
    };
}
