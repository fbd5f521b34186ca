using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Api;

/// <summary><c>GET /api/v1/requests</c> (filtered, by cursor) and <c>GET /api/v1/requests/{key}</c> with the paper trail.</summary>
public static class RequestsApi
{
    public static RouteGroupBuilder MapRequestsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/requests", ListAsync).WithName("ListRequests").WithSummary("Requests, newest first, with their stakeholders")
            .WithDescription("Filters: state (open, resolved, cancelled), stakeholder and requester (platform user ids). Paged by cursor.")
            .ProducesValidationProblem();
        api.MapGet("/requests/{key}", GetAsync).WithName("GetRequest").WithSummary("One request (CR-12 or 12) with its stakeholders and paper trail");
        return api;
    }

    public static async Task<Results<Ok<ApiPage<RequestResource>>, ValidationProblem>> ListAsync(
        HttpContext http, CoordinationDbContext db, string? state, string? stakeholder, string? requester, string? limit, string? cursor, CancellationToken cancellationToken)
    {
        if (!ApiCursor.TryLimit(limit, out var size) || !ApiCursor.TryDecode(cursor, out var after) || !TryState(state, out var status))
        {
            return ApiProblems.Invalid(ListErrors(limit, cursor, state));
        }

        var caller = ApiCaller.Of(http);
        var query = Loaded(db).Where(r => r.WorkspaceId == caller.WorkspaceId);
        query = status is { } s ? query.Where(r => r.Status == s) : query;
        query = stakeholder is null ? query : query.Where(r => r.Stakeholders.Any(k => k.Person.PlatformUserId == stakeholder && k.State != StakeholderState.Redirected));
        query = requester is null ? query : query.Where(r => r.Requester.PlatformUserId == requester);
        if (after is not null)
        {
            var at = new DateTimeOffset(after.Ticks, TimeSpan.Zero);
            var number = int.TryParse(after.After, out var n) ? n : 0;
            query = query.Where(r => r.AskedAt < at || (r.AskedAt == at && r.Number < number));
        }

        var rows = await query.OrderByDescending(r => r.AskedAt).ThenByDescending(r => r.Number).Take(size + 1).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(ApiPage.Of(http, rows, size, r => new ApiCursor(r.AskedAt.UtcTicks, r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), r => Resource(r, trail: null)));
    }

    public static async Task<Results<Ok<RequestResource>, ProblemHttpResult>> GetAsync(HttpContext http, CoordinationDbContext db, string key, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, ApiCaller.Of(http), key, cancellationToken) is not { } request)
        {
            return NotFound(key);
        }

        var actors = request.Attempts.Where(a => a.ActorId is not null).Select(a => a.ActorId!.Value).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => actors.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return TypedResults.Ok(Resource(request, Trail(request, people)));
    }

    /// <summary>The caller's workspace's request by <paramref name="key"/> (<c>CR-12</c> or <c>12</c>), with everything a resource shows.</summary>
    public static async Task<CoordinationRequest?> FindAsync(CoordinationDbContext db, ApiCaller caller, string key, CancellationToken cancellationToken) =>
        TryNumber(key, out var number)
            ? await Loaded(db).Include(r => r.Attempts).AsSplitQuery().SingleOrDefaultAsync(r => r.WorkspaceId == caller.WorkspaceId && r.Number == number, cancellationToken)
            : null;

    public static bool TryNumber(string key, out int number) =>
        RequestKey.TryParse(key, out number) || (int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number) && number > 0);

    public static ProblemHttpResult NotFound(string key) => ApiProblems.NotFound($"This workspace has no request '{key}'.");

    public static RequestResource Resource(CoordinationRequest request, IReadOnlyList<AttemptResource>? trail) => new(
        request.Key, request.Number, request.Title, request.Status.ToString().ToLowerInvariant(), PersonSummary.Of(request.Requester),
        request.AskedAt.UtcDateTime, request.DueAt?.UtcDateTime, request.ClosedAt?.UtcDateTime, request.Channel, request.ThreadId,
        request.EscalationTarget is { } target ? PersonSummary.Of(target) : null,
        [.. request.Stakeholders.OrderBy(s => s.AskedAt).ThenBy(s => s.Person.DisplayName, StringComparer.Ordinal).Select(Stakeholder)],
        trail);

    private static IQueryable<CoordinationRequest> Loaded(CoordinationDbContext db) => db.Requests.AsNoTracking()
        .Include(r => r.Requester).Include(r => r.EscalationTarget).Include(r => r.Stakeholders).ThenInclude(s => s.Person);

    private static StakeholderResource Stakeholder(Stakeholder s) => new(
        PersonSummary.Of(s.Person), s.State.ToString().ToLowerInvariant(), s.AttemptCount, s.AskedAt.UtcDateTime, s.RespondedAt?.UtcDateTime, s.NextActionAt?.UtcDateTime);

    private static List<AttemptResource> Trail(CoordinationRequest request, Dictionary<Guid, Person> people)
    {
        var stakeholders = request.Stakeholders.ToDictionary(s => s.Id, s => s.Person);
        return [.. request.Attempts.OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => new AttemptResource(
            a.Kind.ToString().ToLowerInvariant(), a.At.UtcDateTime, a.Number,
            a.ActorId is { } by && people.TryGetValue(by, out var actor) ? PersonSummary.Of(actor) : null,
            a.StakeholderId is { } id && stakeholders.TryGetValue(id, out var person) ? PersonSummary.Of(person) : null,
            a.Where, a.Note, a.DeliveredAt?.UtcDateTime))];
    }

    private static bool TryState(string? text, out RequestStatus? status)
    {
        status = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var ok = Enum.TryParse<RequestStatus>(text, ignoreCase: true, out var parsed) && !int.TryParse(text, out _);
        status = ok ? parsed : null;
        return ok;
    }

    private static Dictionary<string, string[]> ListErrors(string? limit, string? cursor, string? state)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ApiCursor.TryLimit(limit, out _))
        {
            errors["limit"] = [$"limit is a whole number from 1 to {ApiCursor.MaxLimit}."];
        }

        if (!ApiCursor.TryDecode(cursor, out _))
        {
            errors["cursor"] = ["cursor is not one this API gave out: use the nextCursor of the previous page as it is."];
        }

        if (!TryState(state, out _))
        {
            errors["state"] = ["state is open, resolved or cancelled."];
        }

        return errors;
    }
}
