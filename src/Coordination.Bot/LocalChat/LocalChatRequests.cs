using System.Text.Json.Serialization;

namespace Coordination.Bot.LocalChat;

/// <summary>A call of the local page's API, made as one of the workspace's people.</summary>
public interface ILocalRequest
{
    /// <summary>The person's id, <c>as</c> in the JSON.</summary>
    string? ActingAs { get; }
}

/// <summary><c>POST /local/messages</c>: what the person acting writes in a channel (or a thread of it) or a direct message.</summary>
public sealed record LocalPostRequest([property: JsonPropertyName("as")] string? ActingAs, string? Channel, string? Dm, string? Thread, string? Text) : ILocalRequest;

/// <summary><c>POST /local/press</c>: a press of the button (<see cref="Action"/>, <see cref="Value"/>) under message <see cref="MessageId"/>.</summary>
public sealed record LocalPressRequest([property: JsonPropertyName("as")] string? ActingAs, string? MessageId, string? Action, string? Value) : ILocalRequest;

/// <summary><c>POST /local/fast-forward</c>: <c>1h</c>, <c>morning</c> (the next morning of the person acting, else of <c>Coordination:DefaultTimeZone</c>) or <c>48h</c>.</summary>
public sealed record LocalFastForwardRequest(string? By, [property: JsonPropertyName("as")] string? ActingAs) : ILocalRequest;

/// <summary><c>POST /local/react</c>: <see cref="Emoji"/> (✅ or 👀) on message <see cref="MessageId"/>.</summary>
public sealed record LocalReactRequest([property: JsonPropertyName("as")] string? ActingAs, string? MessageId, string? Emoji) : ILocalRequest;
