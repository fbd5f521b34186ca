using System.Text.Json;

namespace Coordination.Teams.Inbound;

/// <summary>
/// The person's answer to a file consent card (<c>fileConsent/invoke</c>): accept with where to upload
/// (<c>value.uploadInfo</c>), or decline; <see cref="Offer"/> is the context the card carried.
/// </summary>
public sealed record TeamsFileConsentAnswer(bool Accepted, string Offer, TeamsUploadInfo? Upload)
{
    /// <summary>The answer in <paramref name="activity"/>, or <c>null</c> when its value is not of that shape.</summary>
    public static TeamsFileConsentAnswer? Read(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || Text(value, "action") is not { } action || action is not ("accept" or "decline")
            || !value.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object
            || Text(context, "offer") is not { Length: > 0 } offer)
        {
            return null;
        }

        if (action == "decline")
        {
            return new TeamsFileConsentAnswer(false, offer, null);
        }

        return value.TryGetProperty("uploadInfo", out var info) && info.ValueKind == JsonValueKind.Object
            && Uri.TryCreate(Text(info, "uploadUrl"), UriKind.Absolute, out var uploadUrl)
            && (Text(info, "contentUrl"), Text(info, "uniqueId"), Text(info, "name")) is ({ } contentUrl, { } uniqueId, { } name)
            ? new TeamsFileConsentAnswer(true, offer, new TeamsUploadInfo(uploadUrl, contentUrl, uniqueId, Text(info, "fileType") ?? string.Empty, name))
            : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;
}

/// <summary>Where Teams lets the bot put the accepted file, and how it will show it.</summary>
public sealed record TeamsUploadInfo(Uri UploadUrl, string ContentUrl, string UniqueId, string FileType, string Name);
