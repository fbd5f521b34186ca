using Coordination.Core.Decisions;
using Coordination.Core.Digests;
using Coordination.Core.Requests;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>A workspace as the dashboard lists it: what it is, its name if the install gave one, and its counts.</summary>
public sealed record WorkspaceSummary(Workspace Workspace, string? Name, int Requests, int Open, int Stalled, int Escalated)
{
    /// <summary>The workspace's key in the dashboard's addresses: its id, stable and URL-safe.</summary>
    public string Key => DashboardKeys.Of(Workspace);

    /// <summary><c>Slack T0123 (Acme)</c>, or <c>Local chat</c> for the bot's own page.</summary>
    public string Title => (Workspace.Platform, Name) switch
    {
        (Core.Chat.ChatPlatform.Local, null) => "Local chat",
        (_, null) => $"{Workspace.Platform} {Workspace.ExternalId}",
        _ => $"{Workspace.Platform} {Workspace.ExternalId} ({Name})",
    };
}

/// <summary>Which open requests the table shows.</summary>
public enum OpenFilter
{
    All = 0,

    /// <summary>With a stakeholder nudged at least once and still silent (the digest's "stalled").</summary>
    Stalled = 1,

    Escalated = 2,
}

/// <summary>The open requests shown (the oldest first, at most a page) and how many match in all.</summary>
public sealed record OpenRequests(IReadOnlyList<CoordinationRequest> Shown, int Total, OpenFilter Filter);

/// <summary>Everything the workspace page shows.</summary>
public sealed record WorkspaceOverview(
    WorkspaceSummary Workspace,
    DigestReport Report,
    OpenRequests Open,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyDictionary<Guid, int> SettledNumbers,
    IReadOnlyList<CoordinationRequest> RecentlyClosed)
{
    /// <summary>The workspace's outgoing webhooks (never their secrets).</summary>
    public IReadOnlyList<Data.Webhooks.WebhookEndpoint> Webhooks { get; init; } = [];
}

/// <summary>One request's evidence: the request with its stakeholders and trail, the people it names, its decisions.</summary>
public sealed record RequestEvidence(
    WorkspaceSummary Workspace,
    CoordinationRequest Request,
    IReadOnlyDictionary<Guid, Person> People,
    IReadOnlyList<Decision> Decisions)
{
    public string NameOf(Guid? personId) => personId is { } id && People.TryGetValue(id, out var person) ? person.DisplayName : "the bot";

    /// <summary>The person an attempt is about (its stakeholder), if any.</summary>
    public string? AboutOf(Attempt attempt) =>
        Request.Stakeholders.FirstOrDefault(s => s.Id == attempt.StakeholderId) is { } stakeholder ? NameOf(stakeholder.PersonId) : null;

    /// <summary>The trail in order, as <see cref="PaperTrail"/> numbers it.</summary>
    public IEnumerable<Attempt> Trail => Request.Attempts.OrderBy(a => a.At).ThenBy(a => a.Id);
}
