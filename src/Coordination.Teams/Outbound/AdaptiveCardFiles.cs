using System.Text.Json.Nodes;
using Coordination.Core.Chat;

namespace Coordination.Teams.Outbound;

/// <summary>
/// A message's <see cref="MessageFile"/> as Teams takes it from a bot without a file-consent dialog: inline, as a
/// <c>data:</c> URI. An image becomes an <c>Image</c> element of the card, below the text; any other file an attachment
/// (<c>contentType</c>, <c>contentUrl</c>, <c>name</c>) beside it. A Teams message holds about 28 KB in all, so a file
/// over <see cref="MaxInlineBytes"/> is left out and the text says so: the message still goes.
/// </summary>
public static class AdaptiveCardFiles
{
    /// <summary>The largest file sent inline: its base64 (a third larger) and the card's text stay under Teams' limit.</summary>
    public const int MaxInlineBytes = 18 * 1024;

    /// <summary>The message's file when it can go inline; <c>null</c> when there is none or it is too large.</summary>
    public static MessageFile? Inline(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.File is { } file && file.Content.Length <= MaxInlineBytes ? file : null;
    }

    /// <summary>What the text says of a file too large to send, or <c>null</c> when there is nothing to say.</summary>
    public static string? LeftOutNote(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.File is { } file && Inline(message) is null ? $"_{file.Title} ({file.Name}) is too large to send in Teams._" : null;
    }

    public static string DataUri(MessageFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return $"data:{file.ContentType};base64,{Convert.ToBase64String(file.Content)}";
    }

    /// <summary>The card's <c>Image</c> element; the file's title is its alt text.</summary>
    public static JsonObject Image(MessageFile file) => new()
    {
        ["type"] = "Image",
        ["url"] = DataUri(file),
        ["altText"] = file.Title,
    };

    /// <summary>The activity attachment that carries a file that is not an image.</summary>
    public static JsonObject Attachment(MessageFile file) => new()
    {
        ["contentType"] = file.ContentType,
        ["contentUrl"] = DataUri(file),
        ["name"] = file.Name,
    };
}
