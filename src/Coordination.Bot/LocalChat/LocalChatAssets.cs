using System.Collections.Frozen;

namespace Coordination.Bot.LocalChat;

/// <summary>The page's script and style sheet, embedded in the assembly so <c>dotnet run</c> and the tests serve the same bytes.</summary>
public static class LocalChatAssets
{
    public const string Script = "local-chat.js";
    public const string StyleSheet = "local-chat.css";
    public const string HomeScript = "local-home.js";
    public const string FormsScript = "local-forms.js";
    public const string FollowUpScript = "local-follow-up.js";

    private static readonly FrozenDictionary<string, (byte[] Content, string ContentType)> Files = new Dictionary<string, (byte[], string)>
    {
        [Script] = (Read(Script), "text/javascript; charset=utf-8"),
        [StyleSheet] = (Read(StyleSheet), "text/css; charset=utf-8"),
        [HomeScript] = (Read(HomeScript), "text/javascript; charset=utf-8"),
        [FormsScript] = (Read(FormsScript), "text/javascript; charset=utf-8"),
        [FollowUpScript] = (Read(FollowUpScript), "text/javascript; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IResult Serve(string name, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!Files.TryGetValue(name, out var file))
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(file.Content, file.ContentType);
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(LocalChatAssets).Assembly.GetManifestResourceStream($"Coordination.Bot.LocalChat.{name}")
            ?? throw new InvalidOperationException($"The local chat's {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
