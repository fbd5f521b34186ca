namespace Coordination.Core.Chat;

/// <summary>
/// A file a message carries (the digest's chart, an export): uploaded beside the message where the platform takes
/// files, shown inline where it takes only images. Where neither is possible the message still goes, as text.
/// </summary>
public sealed record MessageFile(string Name, string ContentType, byte[] Content, string Title)
{
    public const string Png = "image/png";
    public const string Csv = "text/csv";

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
