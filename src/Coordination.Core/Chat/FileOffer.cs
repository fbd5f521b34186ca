namespace Coordination.Core.Chat;

/// <summary>
/// A file offered where the platform asks the person's consent before anything is uploaded (Teams' personal chat).
/// Nothing is stored meanwhile: <see cref="Context"/> is what the bot needs to make the file again when they accept.
/// </summary>
public sealed record FileOffer(string Name, string Description, long SizeInBytes, string Context)
{
    /// <summary>Where the file was asked for, when that was not the person's own chat with the bot: told there if the offer cannot reach them.</summary>
    public ThreadRef? AskedIn { get; init; }
}

/// <summary>A file uploaded to the person's own storage once they accepted it: shown as a card that opens it.</summary>
public sealed record SharedFile(string Name, string FileType, string ContentUrl, string UniqueId);
