using Coordination.Core.Commands;

namespace Coordination.Core.Documentation;

/// <summary>
/// One message of a thread, in neutral text: people written <c>&lt;@ID|name&gt;</c> or <c>&lt;@ID&gt;</c> (the platform
/// adapters translate their mentions to that form first). A message may hold several lines.
/// </summary>
public sealed record ThreadMessage(string AuthorId, string AuthorName, string Text, DateTimeOffset At)
{
    /// <summary>The author as a person reference (no display name when <see cref="AuthorName"/> is blank).</summary>
    public PersonRef Author => new(AuthorId, string.IsNullOrWhiteSpace(AuthorName) ? null : AuthorName.Trim());
}
