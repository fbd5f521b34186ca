namespace Coordination.Core.Trackers;

/// <summary>The pull request that added a decision's architecture decision record to a repository (<c>adr D-4 acme/api</c>).</summary>
public sealed class DecisionPullRequest
{
    private DecisionPullRequest()
    {
        Repository = string.Empty;
        Url = string.Empty;
        Path = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DecisionId { get; private set; }

    /// <summary><c>owner/repo</c>.</summary>
    public string Repository { get; private set; }

    public string Url { get; private set; }

    /// <summary>Where the record is in the repository: <c>docs/decisions/0004-use-postgres.md</c>.</summary>
    public string Path { get; private set; }

    public Guid OpenedById { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public static DecisionPullRequest Opened(Guid decisionId, string repository, string url, string path, Guid openedById, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        DecisionId = decisionId,
        Repository = repository,
        Url = url,
        Path = path,
        OpenedById = openedById,
        OpenedAt = at,
    };
}
