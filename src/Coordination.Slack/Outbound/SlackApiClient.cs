using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coordination.Slack.Outbound;

/// <summary>
/// A small typed client for the Slack Web API methods the bot uses. Every call names its token (a Bearer header on the
/// request, never on the shared <see cref="HttpClient"/>; a file's bytes go to an upload URL that needs none), is bounded
/// by <see cref="SlackOptions.RequestTimeout"/>, and ends in a <see cref="SlackApiResult{T}"/> instead of an exception;
/// only the caller's cancellation propagates.
/// </summary>
public sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, ILogger<SlackApiClient> logger)
{
    /// <summary>What the logs call the POST of a file's bytes to its upload URL.</summary>
    private const string UploadStep = "file upload";

    private readonly TimeSpan _timeout = options.Value.RequestTimeout;

    public Task<SlackApiResult<SlackAuthTest>> AuthTestAsync(string token, CancellationToken cancellationToken) =>
        CallAsync("auth.test", Bearer(token), new FormUrlEncodedContent([]), r => r.Deserialize<SlackAuthTest>(SlackJson.Options), cancellationToken);

    /// <summary><c>chat.postMessage</c>; the value is the new message's <c>ts</c>.</summary>
    public Task<SlackApiResult<string>> PostMessageAsync(
        string token, string channel, string text, JsonArray? blocks, string? threadTs, CancellationToken cancellationToken) =>
        CallAsync("chat.postMessage", Bearer(token), Json(new PostMessageRequest(channel, text, blocks, threadTs)), r => r.Str("ts"), cancellationToken);

    /// <summary><c>chat.postEphemeral</c>; the value is the <c>message_ts</c>.</summary>
    public Task<SlackApiResult<string>> PostEphemeralAsync(
        string token, string channel, string user, string text, JsonArray? blocks, string? threadTs, CancellationToken cancellationToken) =>
        CallAsync("chat.postEphemeral", Bearer(token), Json(new PostEphemeralRequest(channel, user, text, blocks, threadTs)), r => r.Str("message_ts"), cancellationToken);

    /// <summary><c>chat.update</c>; the value is the updated message's <c>ts</c>.</summary>
    public Task<SlackApiResult<string>> UpdateMessageAsync(
        string token, string channel, string ts, string text, JsonArray? blocks, CancellationToken cancellationToken) =>
        CallAsync("chat.update", Bearer(token), Json(new UpdateMessageRequest(channel, ts, text, blocks)), r => r.Str("ts") ?? ts, cancellationToken);

    /// <summary><c>conversations.open</c> with one user; the value is the direct-message channel id (<c>D…</c>).</summary>
    public Task<SlackApiResult<string>> OpenDirectConversationAsync(string token, string userId, CancellationToken cancellationToken) =>
        CallAsync("conversations.open", Bearer(token), Json(new OpenConversationRequest(userId)), r => r.Str("channel", "id"), cancellationToken);

    /// <summary><c>views.publish</c>: <paramref name="userId"/>'s Home tab; the value is the view's id.</summary>
    public Task<SlackApiResult<string>> PublishViewAsync(string token, string userId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.publish", Bearer(token), Json(new PublishViewRequest(userId, view)), r => r.Str("view", "id"), cancellationToken);

    /// <summary><c>views.open</c>: a modal, within the few seconds a <c>trigger_id</c> lives; the value is the view's id.</summary>
    public Task<SlackApiResult<string>> OpenViewAsync(string token, string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.open", Bearer(token), Json(new OpenViewRequest(triggerId, view)), r => r.Str("view", "id"), cancellationToken);

    /// <summary><c>apps.connections.open</c> with the app-level token (<c>xapp-…</c>): a fresh Socket Mode WebSocket URL.</summary>
    public Task<SlackApiResult<string>> OpenSocketConnectionAsync(string appToken, CancellationToken cancellationToken) =>
        CallAsync("apps.connections.open", Bearer(appToken), new FormUrlEncodedContent([]), r => r.Str("url"), cancellationToken);

    public Task<SlackApiResult<SlackUser>> GetUserAsync(string token, string userId, CancellationToken cancellationToken) =>
        CallAsync("users.info", Bearer(token), Form(("user", userId)), SlackReaders.User, cancellationToken);

    /// <summary>
    /// <c>conversations.replies</c> for the message <paramref name="ts"/>: the value is the <c>ts</c> of the thread it
    /// belongs to (its parent's), or its own when it starts none.
    /// </summary>
    public Task<SlackApiResult<string>> ThreadOfAsync(string token, string channel, string ts, CancellationToken cancellationToken) =>
        CallAsync("conversations.replies", Bearer(token), Form(("channel", channel), ("ts", ts), ("limit", "1")), SlackReaders.ThreadRoot, cancellationToken);

    /// <summary><c>usergroups.users.list</c>: the user ids of a user group (<c>S…</c>).</summary>
    public Task<SlackApiResult<IReadOnlyList<string>>> UserGroupMembersAsync(string token, string userGroupId, CancellationToken cancellationToken) =>
        CallAsync("usergroups.users.list", Bearer(token), Form(("usergroup", userGroupId)), SlackReaders.Members, cancellationToken);

    /// <summary>
    /// Shares <paramref name="file"/> into <paramref name="channel"/> (inside the thread <paramref name="threadTs"/> when
    /// set) by Slack's external upload: <c>files.getUploadURLExternal</c>, the bytes POSTed to the URL it hands out, then
    /// <c>files.completeUploadExternal</c>. The first step that fails ends it with its error; the value is the file's id.
    /// </summary>
    public async Task<SlackApiResult<string>> UploadFileAsync(
        string token, string channel, string? threadTs, MessageFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var ticket = await GetUploadUrlAsync(token, file, cancellationToken);
        if (ticket.Value is not { } target)
        {
            return ticket.Ok ? SlackApiResult.Failure<string>("invalid_response", transient: true) : FailureOf<string, SlackUploadTicket>(ticket);
        }

        var uploaded = await UploadBytesAsync(target.UploadUrl, file.Content, cancellationToken);
        if (!uploaded.Ok)
        {
            return uploaded;
        }

        var complete = new CompleteUploadRequest([new CompleteUploadFile(target.FileId, file.Title)], channel, threadTs);
        return await CallAsync("files.completeUploadExternal", Bearer(token), Json(complete), _ => target.FileId, cancellationToken);
    }

    /// <summary>
    /// <c>files.getUploadURLExternal</c>, as a form: Slack has been seen to refuse its JSON body. An image's title is
    /// its alt text for screen readers.
    /// </summary>
    private Task<SlackApiResult<SlackUploadTicket>> GetUploadUrlAsync(string token, MessageFile file, CancellationToken cancellationToken)
    {
        var length = file.Content.Length.ToString(CultureInfo.InvariantCulture);
        var form = file.IsImage
            ? Form(("filename", file.Name), ("length", length), ("alt_txt", file.Title))
            : Form(("filename", file.Name), ("length", length));
        return CallAsync("files.getUploadURLExternal", Bearer(token), form, SlackReaders.UploadTicket, cancellationToken);
    }

    /// <summary>
    /// The file's raw bytes to the upload URL. The URL itself authorises the upload, so the token never goes with it; nor
    /// is the URL logged, as it works for anyone holding it.
    /// </summary>
    private Task<SlackApiResult<string>> UploadBytesAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        var bytes = new ByteArrayContent(content);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = bytes };
        return SendAsync(UploadStep, request, InterpretUpload, cancellationToken);
    }

    private SlackApiResult<string> InterpretUpload(HttpResponseMessage response, string body)
    {
        if (response.IsSuccessStatusCode)
        {
            return SlackApiResult.Success(body);
        }

        var status = (int)response.StatusCode;
        var error = $"http_{status}";
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Log.ApiHttpError(logger, UploadStep, status, error, retryAfter);
        return SlackApiResult.Failure<string>(error, status == 429 || status >= 500, retryAfter);
    }

    /// <summary><c>oauth.v2.access</c>: the client id and secret go as HTTP Basic auth, the code as a form field.</summary>
    public Task<SlackApiResult<SlackOAuthAccess>> ExchangeOAuthCodeAsync(
        string clientId, string clientSecret, string code, string? redirectUri, CancellationToken cancellationToken)
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
        var form = redirectUri is null ? Form(("code", code)) : Form(("code", code), ("redirect_uri", redirectUri));
        return CallAsync("oauth.v2.access", new AuthenticationHeaderValue("Basic", basic), form, SlackReaders.OAuthAccess, cancellationToken);
    }

    private Task<SlackApiResult<T>> CallAsync<T>(
        string method, AuthenticationHeaderValue auth, HttpContent content, Func<JsonElement, T?> read, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(method, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = auth;
        return SendAsync(method, request, (response, body) => Interpret(method, response, body, read), cancellationToken);
    }

    /// <summary>Sends <paramref name="request"/> (and disposes it) within the timeout; network failures and timeouts become results.</summary>
    private async Task<SlackApiResult<T>> SendAsync<T>(
        string method, HttpRequestMessage request, Func<HttpResponseMessage, string, SlackApiResult<T>> interpret, CancellationToken cancellationToken)
    {
        using var sent = request;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_timeout > TimeSpan.Zero)
        {
            timeout.CancelAfter(_timeout);
        }

        try
        {
            using var response = await http.SendAsync(sent, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return interpret(response, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ApiTimeout(logger, method, _timeout);
            return SlackApiResult.Failure<T>("timeout", transient: true);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            Log.ApiNetworkError(logger, ex, method);
            return SlackApiResult.Failure<T>("network", transient: true);
        }
    }

    private SlackApiResult<T> Interpret<T>(string method, HttpResponseMessage response, string body, Func<JsonElement, T?> read)
    {
        var status = (int)response.StatusCode;
        var retryAfter = response.Headers.RetryAfter?.Delta;
        var json = SlackJson.ParseObject(body);
        if (!response.IsSuccessStatusCode)
        {
            var error = json?.Str("error") ?? $"http_{status}";
            Log.ApiHttpError(logger, method, status, error, retryAfter);
            return SlackApiResult.Failure<T>(error, status == 429 || status >= 500 || SlackErrors.IsTransient(error), retryAfter);
        }

        if (json is not { } root)
        {
            Log.ApiInvalidBody(logger, method, status, response.Content.Headers.ContentType?.MediaType, body.Length);
            return SlackApiResult.Failure<T>("invalid_response", transient: true);
        }

        if (!root.Flag("ok"))
        {
            var error = root.Str("error") ?? "unknown_error";
            Log.ApiError(logger, method, error, Messages(root));
            return SlackApiResult.Failure<T>(error, SlackErrors.IsTransient(error), retryAfter);
        }

        try
        {
            return SlackApiResult.Success(read(root));
        }
        catch (JsonException)
        {
            Log.ApiInvalidBody(logger, method, status, response.Content.Headers.ContentType?.MediaType, body.Length);
            return SlackApiResult.Failure<T>("invalid_response", transient: true);
        }
    }

    private static string Messages(JsonElement root) =>
        root.TryGetProperty("response_metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
            ? string.Join("; ", messages.EnumerateArray().Select(m => m.ToString()))
            : string.Empty;

    private static SlackApiResult<T> FailureOf<T, TFailed>(SlackApiResult<TFailed> failed) =>
        SlackApiResult.Failure<T>(failed.Error ?? "unknown_error", failed.IsTransient, failed.RetryAfter);

    private static AuthenticationHeaderValue Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new AuthenticationHeaderValue("Bearer", token);
    }

    private static JsonContent Json<T>(T body) => JsonContent.Create(body, options: SlackJson.Options);

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));
}
