using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coordination.Teams.Outbound;

/// <summary>
/// A small typed client for the Bot Connector v3 operations the bot uses, on the <c>serviceUrl</c> each conversation
/// came with. Every call carries the bot token from <see cref="BotTokenProvider"/> (a 401 drops it and the call is tried
/// once more with a fresh one), is bounded by <see cref="TeamsOptions.RequestTimeout"/>, escapes every id in the path,
/// logs the connector's <c>X-Correlating-OperationId</c>, and ends in a <see cref="ConnectorResult{T}"/> instead of an
/// exception; only the caller's cancellation propagates. 408, 412, 429, 5xx, timeouts and network errors are transient
/// (with the <c>Retry-After</c> the connector gave, in seconds or as a date).
/// </summary>
public sealed class ConnectorClient(
    HttpClient http, BotTokenProvider tokens, IOptions<TeamsOptions> options, TimeProvider time, ILogger<ConnectorClient> logger)
{
    public const string OperationIdHeader = "X-Correlating-OperationId";

    private readonly TimeSpan _timeout = options.Value.RequestTimeout;
    private readonly string? _appId = options.Value.AppId;

    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities</c>; the value is the new activity's id.</summary>
    public Task<ConnectorResult<string>> SendActivityAsync(
        Uri serviceUrl, string conversationId, JsonObject activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        var url = Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");
        return CallAsync("send", HttpMethod.Post, url, activity, fallbackId: null, idRequired: false, cancellationToken);
    }

    /// <summary>
    /// <c>PUT {serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}</c> with the full new activity; the
    /// value is the id the connector answers with, else <paramref name="activityId"/>.
    /// </summary>
    public Task<ConnectorResult<string>> UpdateActivityAsync(
        Uri serviceUrl, string conversationId, string activityId, JsonObject activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        var url = Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");
        return CallAsync("update", HttpMethod.Put, url, activity, fallbackId: activityId, idRequired: false, cancellationToken);
    }

    /// <summary>
    /// <c>POST {serviceUrl}/v3/conversations</c> for a 1:1 chat between the bot and <paramref name="userId"/> (a Teams user
    /// id or an AAD object id) in <paramref name="tenantId"/> (sent both as <c>tenantId</c> and <c>channelData.tenant.id</c>);
    /// the value is the conversation id. Teams answers with the existing chat when there is one.
    /// </summary>
    public Task<ConnectorResult<string>> CreateDirectConversationAsync(
        Uri serviceUrl, string tenantId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var body = new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = new JsonObject { ["id"] = "28:" + _appId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = userId }),
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        return CallAsync("createConversation", HttpMethod.Post, Url(serviceUrl, "v3/conversations"), body, fallbackId: null, idRequired: true, cancellationToken);
    }

    /// <summary><paramref name="path"/> under <paramref name="serviceUrl"/>, which may or may not end in a slash.</summary>
    internal static Uri Url(Uri serviceUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var root = serviceUrl.AbsoluteUri;
        return new Uri(root.EndsWith('/') ? root + path : root + "/" + path);
    }

    private async Task<ConnectorResult<string>> CallAsync(
        string operation, HttpMethod method, Uri url, JsonObject body, string? fallbackId, bool idRequired, CancellationToken cancellationToken)
    {
        var payload = body.ToJsonString();
        var retriedAuth = false;
        while (true)
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            if (!token.Ok)
            {
                return token;
            }

            var (result, unauthorized) = await AttemptAsync(operation, method, url, payload, token.Value!, fallbackId, idRequired, cancellationToken);
            if (!unauthorized || retriedAuth)
            {
                return result;
            }

            tokens.Invalidate(token.Value!);
            retriedAuth = true;
        }
    }

    private async Task<(ConnectorResult<string> Result, bool Unauthorized)> AttemptAsync(
        string operation, HttpMethod method, Uri url, string payload, string token, string? fallbackId, bool idRequired, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_timeout > TimeSpan.Zero)
        {
            timeout.CancelAfter(_timeout);
        }

        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            var operationId = OperationId(response);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                Log.ConnectorTokenRefused(logger, operation, operationId);
            }

            return (Interpret(operation, response, text, operationId, fallbackId, idRequired), response.StatusCode == HttpStatusCode.Unauthorized);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ConnectorTimeout(logger, operation, _timeout);
            return (ConnectorResult.Failure<string>(ConnectorErrors.Timeout, transient: true), false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            Log.ConnectorNetworkError(logger, ex, operation);
            return (ConnectorResult.Failure<string>(ConnectorErrors.NetworkError, transient: true), false);
        }
    }

    private ConnectorResult<string> Interpret(
        string operation, HttpResponseMessage response, string body, string? operationId, string? fallbackId, bool idRequired)
    {
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            var error = ConnectorErrors.Parse(status, body);
            var retryAfter = RetryAfter(response.Headers.RetryAfter);
            Log.ConnectorHttpError(logger, operation, status, error.Code, error.Message, retryAfter, operationId);
            return ConnectorResult.Failure<string>(error.Code, ConnectorErrors.IsTransientStatus(status), error.Message, retryAfter, status);
        }

        Log.ConnectorOk(logger, operation, status, operationId);
        var id = ReadId(body);
        if (id is not null)
        {
            return ConnectorResult.Success(id, status);
        }

        if (idRequired)
        {
            Log.ConnectorInvalidBody(logger, operation, status, response.Content.Headers.ContentType?.MediaType, body.Length, operationId);
            return ConnectorResult.Failure<string>(ConnectorErrors.InvalidResponse, transient: true, status: status);
        }

        // The activity went through; only its id is missing (sending again would post it twice).
        if (fallbackId is null)
        {
            Log.ConnectorInvalidBody(logger, operation, status, response.Content.Headers.ContentType?.MediaType, body.Length, operationId);
        }

        return ConnectorResult.Success(fallbackId, status);
    }

    /// <summary>How long the connector asked to wait: <c>Retry-After</c> in seconds, or until an HTTP date.</summary>
    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string? OperationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(OperationIdHeader, out var values) ? string.Join(",", values) : null;

    private static string? ReadId(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && !string.IsNullOrEmpty(id.GetString())
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
