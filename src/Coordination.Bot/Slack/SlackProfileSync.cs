using System.Collections.Concurrent;
using System.Threading.Channels;
using Coordination.Bot.Engine;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Slack.Outbound;

namespace Coordination.Bot.Slack;

/// <summary>
/// Looks up the people a command names (<c>users.info</c>) after Slack has had its answer, and records their names and
/// time zones, so follow-ups reach each person on their own working mornings, and whether they administer the workspace
/// (who may act on other people). Each person is looked up once a day.
/// </summary>
public sealed class SlackProfileSync(
    IServiceScopeFactory scopes,
    ISlackTokenSource tokens,
    TimeProvider time,
    ILogger<SlackProfileSync> logger) : BackgroundService
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromDays(1);
    private readonly Channel<(string Team, string User)> _pending = Channel.CreateBounded<(string, string)>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<(string Team, string User), DateTimeOffset> _lookedUp = new();

    public void Enqueue(ChatCommand command)
    {
        if (command.Context.Platform != ChatPlatform.Slack || command is ProfileCommand)
        {
            return;
        }

        foreach (var person in CommandPeople.Named(command))
        {
            var key = (command.Context.WorkspaceId, person.PlatformUserId);
            if (!_lookedUp.TryGetValue(key, out var at) || time.GetUtcNow() - at > RefreshAfter)
            {
                _pending.Writer.TryWrite(key);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (team, user) in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            if (_lookedUp.TryGetValue((team, user), out var at) && time.GetUtcNow() - at <= RefreshAfter)
            {
                continue;
            }

            _lookedUp[(team, user)] = time.GetUtcNow();
            try
            {
                await LookUpAsync(team, user, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.SlackProfileFailed(logger, user, team, ex.Message);
            }
        }
    }

    private async Task LookUpAsync(string team, string user, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var api = scope.ServiceProvider.GetRequiredService<SlackApiClient>();
        if (await tokens.BotTokenAsync(team, cancellationToken) is not { } token)
        {
            return;
        }

        var result = await api.GetUserAsync(token, user, cancellationToken);
        if (!result.Ok || result.Value is not { IsBot: false } profile)
        {
            Log.SlackProfileFailed(logger, user, team, result.Error ?? "a bot user");
            return;
        }

        var name = new[] { profile.DisplayName, profile.RealName, profile.Name }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        var context = new CommandContext(ChatPlatform.Slack, team, new PersonRef(user, name), new ThreadRef(string.Empty, null));
        await scope.ServiceProvider.GetRequiredService<CommandHandler>().HandleAsync(new ProfileCommand(context, profile.TimeZone, profile.IsAdmin), cancellationToken);
    }
}
