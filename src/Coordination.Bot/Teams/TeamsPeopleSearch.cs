using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Teams;

/// <summary>
/// Answers a people picker's typeahead (<c>application/search</c> on <see cref="AdaptiveCardForms.PeopleDataset"/>):
/// the people of the asking tenant's workspace whose name holds the typed text, by name, a page at a time.
/// </summary>
public sealed class TeamsPeopleSearch(CoordinationDbContext db)
{
    private const string SearchResponseType = "application/vnd.microsoft.search.searchResponse";

    public async Task<IResult> AnswerAsync(TeamsSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Dataset != AdaptiveCardForms.PeopleDataset)
        {
            return Results.Json(Response([]));
        }

        var text = query.Text.ToLowerInvariant();
        var people = await db.People.AsNoTracking()
            .Where(p => db.Workspaces.Any(w => w.Id == p.WorkspaceId && w.Platform == ChatPlatform.Teams && w.ExternalId == query.Tenant))
#pragma warning disable CA1304, CA1311, CA1862 // runs in the database as LOWER(), the same on every provider
            .Where(p => text.Length == 0 || p.DisplayName.ToLower().Contains(text))
#pragma warning restore CA1304, CA1311, CA1862
            .OrderBy(p => p.DisplayName).ThenBy(p => p.PlatformUserId)
            .Skip(query.Skip).Take(query.Top)
            .Select(p => new { p.PlatformUserId, p.DisplayName })
            .ToListAsync(cancellationToken);
        return Results.Json(Response([.. people.Select(p => new JsonObject { ["value"] = p.PlatformUserId, ["title"] = p.DisplayName })]));
    }

    private static JsonObject Response(JsonNode[] results) => new()
    {
        ["type"] = SearchResponseType,
        ["value"] = new JsonObject { ["results"] = new JsonArray(results) },
    };
}
