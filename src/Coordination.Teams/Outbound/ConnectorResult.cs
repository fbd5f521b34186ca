namespace Coordination.Teams.Outbound;

/// <summary>
/// The outcome of one Bot Connector (or token endpoint) call. <see cref="Error"/> is the connector's error code
/// (<c>BotNotInConversationRoster</c>, <c>MessageWritesBlocked</c>, <c>BadSyntax</c>), the HTTP status's name when the
/// body names none (<c>Unauthorized</c>), or <c>Timeout</c>, <c>NetworkError</c>, <c>InvalidResponse</c> or
/// <c>NotConfigured</c> when no usable answer arrived; <see cref="Detail"/> is the connector's own message, if any;
/// <see cref="Status"/> the HTTP status, when there was one.
/// </summary>
public sealed record ConnectorResult<T>(bool Ok, T? Value, string? Error, string? Detail, TimeSpan? RetryAfter, bool IsTransient, int? Status);

/// <summary>Factories for <see cref="ConnectorResult{T}"/>.</summary>
public static class ConnectorResult
{
    public static ConnectorResult<T> Success<T>(T? value, int? status = null) => new(true, value, null, null, null, false, status);

    public static ConnectorResult<T> Failure<T>(string error, bool transient, string? detail = null, TimeSpan? retryAfter = null, int? status = null) =>
        new(false, default, error, detail, retryAfter, transient, status);

    /// <summary>The same failure, typed for another value.</summary>
    public static ConnectorResult<T> Cast<T, TFrom>(ConnectorResult<TFrom> failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(false, default, failure.Error, failure.Detail, failure.RetryAfter, failure.IsTransient, failure.Status);
    }
}
