using Coordination.Core.Requests;
using Coordination.Core.Trackers;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Trackers;

/// <summary>A request's links to tracker issues: reading a link (github.com and the configured Enterprise hosts), adding, listing.</summary>
public sealed class TrackerLinks(CoordinationDbContext db, IOptions<GitHubOptions> github)
{
    public TrackerReference? Read(string text) => TrackerUrls.Read(text, [.. github.Value.EnterpriseHosts]);

    public Task<List<RequestLink>> OfAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.Set<RequestLink>().Where(l => l.RequestId == requestId).OrderBy(l => l.LinkedAt).ToListAsync(cancellationToken);

    /// <summary>Links <paramref name="request"/> to <paramref name="reference"/> with a line in its trail; <c>false</c> when it already was.</summary>
    public async Task<bool> AddAsync(CoordinationRequest request, TrackerReference reference, Person? by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var already = await db.Set<RequestLink>().AnyAsync(l => l.RequestId == request.Id && l.Tracker == reference.Tracker && l.Key == reference.Key, cancellationToken)
            || db.ChangeTracker.Entries<RequestLink>().Any(e => e.Entity.RequestId == request.Id && e.Entity.Tracker == reference.Tracker && e.Entity.Key == reference.Key);
        if (already)
        {
            return false;
        }

        db.Add(RequestLink.To(request.WorkspaceId, request.Id, reference, by?.Id, now));
        request.NoteFromTracker($"linked to {reference.Display}", by?.Id, now);
        return true;
    }

    /// <summary>The issues an ask's own words link to, each linked to the new request.</summary>
    public async Task LinkFromAskAsync(CoordinationRequest request, Person requester, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var reference in TrackerUrls.FindIn(request.Title, [.. github.Value.EnterpriseHosts]).Where(r => r.Url.AbsoluteUri.Length <= RequestLink.MaxUrlLength))
        {
            await AddAsync(request, reference, requester, now, cancellationToken);
        }
    }

    /// <summary>"Linked: acme/api#5 (github.com/acme/api/issues/5)", for <c>status</c>; empty when there is no link.</summary>
    public async Task<string> DescribeAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var links = await OfAsync(requestId, cancellationToken);
        return links.Count == 0 ? string.Empty : "Linked: " + string.Join(", ", links.Select(l => $"{l.Key} ({l.Reference.Display})"));
    }
}
