using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Coordination.Slack.Outbound;

namespace Coordination.Bot.Slack;

/// <summary>
/// Writes each Slack user group a command names (<c>&lt;!subteam^S…|@backend&gt;</c>) as its members' mentions, so
/// asking a group asks each person in it. Members come from <c>usergroups.users.list</c>, remembered for a few
/// minutes; a group that cannot be read is left as written (the command then says it needs real people).
/// </summary>
public sealed partial class SlackUserGroups(IServiceScopeFactory scopes, ISlackTokenSource tokens, TimeProvider time, ILogger<SlackUserGroups> logger)
{
    /// <summary>Slack waits three seconds for the command's answer: a group not read by then is left as written.</summary>
    public static readonly TimeSpan LookUpBudget = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<(string Team, string Group), (IReadOnlyList<string> Members, DateTimeOffset Until)> _members = new();

    public async Task<string> ExpandAsync(string team, string text, CancellationToken cancellationToken)
    {
        var groups = GroupToken().Matches(text).Select(m => m.Groups["id"].Value).Distinct().ToList();
        if (groups.Count == 0)
        {
            return text;
        }

        var members = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(LookUpBudget);
        try
        {
            foreach (var group in groups)
            {
                if (await MembersAsync(team, group, budget.Token) is { Count: > 0 } found)
                {
                    members[group] = found;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.SlackUserGroupFailed(logger, string.Join(", ", groups), team, "no answer within the budget");
        }

        return GroupToken().Replace(text, m => members.TryGetValue(m.Groups["id"].Value, out var people)
            ? string.Join(' ', people.Select(p => $"<@{p}>"))
            : m.Value);
    }

    private async Task<IReadOnlyList<string>?> MembersAsync(string team, string group, CancellationToken cancellationToken)
    {
        if (_members.TryGetValue((team, group), out var cached) && cached.Until > time.GetUtcNow())
        {
            return cached.Members;
        }

        if (await tokens.BotTokenAsync(team, cancellationToken) is not { } token)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SlackApiClient>().UserGroupMembersAsync(token, group, cancellationToken);
        if (result is not { Ok: true, Value: { } found })
        {
            Log.SlackUserGroupFailed(logger, group, team, result.Error);
            return null;
        }

        _members[(team, group)] = (found, time.GetUtcNow() + CacheFor);
        return found;
    }

    [GeneratedRegex(@"<!subteam\^(?<id>[A-Z0-9]{1,30})(?:\|[^<>]{0,200})?>", RegexOptions.CultureInvariant)]
    private static partial Regex GroupToken();
}
