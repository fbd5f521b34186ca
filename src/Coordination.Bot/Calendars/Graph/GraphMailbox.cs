using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Coordination.Teams;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Calendars.Graph;

/// <summary>
/// Reads a Teams user's mailbox settings from Microsoft Graph with the bot's own app token for the user's tenant
/// (client credentials, scope <c>https://graph.microsoft.com/.default</c>): <c>automaticRepliesSetting</c>, and
/// <c>workingHours</c> when asked. A tenant that answers 403 (it did not grant <c>MailboxSettings.Read</c>) is logged
/// once and not asked again until the bot restarts.
/// </summary>
public sealed class GraphMailbox(HttpClient http, IOptions<GraphOptions> options, IOptions<TeamsOptions> teams, TimeProvider time, ILogger<GraphMailbox> logger)
{
    public const string Scope = "https://graph.microsoft.com/.default";

    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _tokens = new(StringComparer.OrdinalIgnoreCase);

    public bool Enabled => options.Value.Enabled && teams.Value.IsEnabled;

    /// <summary>What the user's mailbox says, or <c>null</c> when Graph is off, refused or failed (nothing is changed then).</summary>
    public async Task<MailboxReading?> ReadAsync(string tenantId, string userId, bool withWorkingHours, CancellationToken cancellationToken)
    {
        if (!Enabled || _refused.ContainsKey(tenantId))
        {
            return null;
        }

        try
        {
            var token = await TokenAsync(tenantId, cancellationToken);
            var now = time.GetUtcNow();
            using var replies = await GetAsync(tenantId, token, $"users/{Uri.EscapeDataString(userId)}/mailboxSettings/automaticRepliesSetting", cancellationToken);
            if (replies is null)
            {
                return null;
            }

            var reading = new MailboxReading(MailboxReading.AwayUntilFrom(replies.RootElement, now, options.Value.AlwaysOnAwayFor));
            if (!withWorkingHours)
            {
                return reading;
            }

            using var hours = await GetAsync(tenantId, token, $"users/{Uri.EscapeDataString(userId)}/mailboxSettings/workingHours", cancellationToken);
            return hours is not null && MailboxReading.WorkingWeek(hours.RootElement) is { } week
                ? reading with { Days = week.Days, Hours = week.Hours, TimeZoneId = week.Zone }
                : reading;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.GraphFailed(logger, tenantId, ex.Message);
            return null;
        }
    }

    private async Task<JsonDocument?> GetAsync(string tenantId, string token, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Value.BaseUrl.ToString().TrimEnd('/') + "/" + path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            if (_refused.TryAdd(tenantId, true))
            {
                Log.GraphForbidden(logger, tenantId);
            }

            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            Log.GraphFailed(logger, tenantId, $"{(int)response.StatusCode} {response.ReasonPhrase}");
            return null;
        }

        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }

    private async Task<string> TokenAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_tokens.TryGetValue(tenantId, out var cached) && cached.Until > now)
        {
            return cached.Token;
        }

        var endpoint = options.Value.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenantId), StringComparison.Ordinal);
        using var form = new FormUrlEncodedContent(
        [
            KeyValuePair.Create("grant_type", "client_credentials"),
            KeyValuePair.Create("client_id", teams.Value.AppId ?? string.Empty),
            KeyValuePair.Create("client_secret", teams.Value.AppPassword ?? string.Empty),
            KeyValuePair.Create("scope", Scope),
        ]);
        using var response = await http.PostAsync(new Uri(endpoint), form, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var token = body.RootElement.GetProperty("access_token").GetString() ?? throw new InvalidOperationException("The token response holds no access_token.");
        var seconds = body.RootElement.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var n) ? n : 3600;
        _tokens[tenantId] = (token, now.AddSeconds(Math.Max(60, seconds - 300)));
        return token;
    }
}
