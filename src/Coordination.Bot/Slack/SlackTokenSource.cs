using System.Collections.Concurrent;
using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Slack;
using Coordination.Slack.Outbound;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Slack;

/// <summary>
/// The bot token for a team: <c>Slack:BotToken</c> in single-workspace mode, else the team's installation, decrypted
/// and kept in memory for a few minutes.
/// </summary>
public sealed class SlackTokenSource(
    IOptions<SlackOptions> options,
    IServiceScopeFactory scopes,
    IDataProtectionProvider protection,
    TimeProvider time) : ISlackTokenSource
{
    public const string ProtectionPurpose = "Coordination.Slack.BotToken";
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);
    private readonly IDataProtector _protector = protection.CreateProtector(ProtectionPurpose);
    private readonly ConcurrentDictionary<string, (string? Token, DateTimeOffset Until)> _cache = new();

    public async ValueTask<string?> BotTokenAsync(string teamId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.BotToken))
        {
            return options.Value.BotToken;
        }

        if (_cache.TryGetValue(teamId, out var cached) && cached.Until > time.GetUtcNow())
        {
            return cached.Token;
        }

        await using var scope = scopes.CreateAsyncScope();
        var encrypted = await scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().Installations
            .Where(i => i.Platform == ChatPlatform.Slack && i.ExternalId == teamId)
            .Select(i => i.EncryptedToken)
            .SingleOrDefaultAsync(cancellationToken);
        var token = encrypted is null ? null : _protector.Unprotect(encrypted);
        _cache[teamId] = (token, time.GetUtcNow() + CacheFor);
        return token;
    }

    /// <summary>Encrypts a token for storage.</summary>
    public string Protect(string token) => _protector.Protect(token);

    /// <summary>Forgets what is cached for a team whose installation changed.</summary>
    public void Forget(string teamId) => _cache.TryRemove(teamId, out _);
}
