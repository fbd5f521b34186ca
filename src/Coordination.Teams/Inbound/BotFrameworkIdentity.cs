namespace Coordination.Teams.Inbound;

/// <summary>Who signed an inbound request: what the token says, to be checked against the activity once the body is parsed.</summary>
/// <param name="ServiceUrl">The token's <c>serviceurl</c> claim; <c>null</c> when the token has none (nothing is then permitted).</param>
/// <param name="Endorsements">The channels the signing key is endorsed for (the JWK's <c>endorsements</c>), e.g. <c>msteams</c>.</param>
public sealed record BotFrameworkIdentity(string? ServiceUrl, IReadOnlySet<string> Endorsements)
{
    /// <summary>
    /// The signing key must endorse the activity's <paramref name="channelId"/> (non-empty, case-sensitive) and the token's
    /// <c>serviceurl</c> claim must equal the activity's <paramref name="serviceUrl"/> (ordinal ignore case, whole string).
    /// </summary>
    public bool Permits(string? channelId, string? serviceUrl) =>
        !string.IsNullOrEmpty(channelId)
        && Endorsements.Any(endorsement => string.Equals(endorsement, channelId, StringComparison.Ordinal))
        && !string.IsNullOrEmpty(ServiceUrl)
        && string.Equals(ServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase);
}
