using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Coordination.Bot.Api;

/// <summary>
/// Where a page ends in a list's stable order: the last item's time and its tie-breaker (a number or an id). Clients
/// see it as an opaque base64url string.
/// </summary>
public sealed record ApiCursor(long Ticks, string After)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Ticks}|{After}")));

    /// <summary>The cursor in <paramref name="text"/> (none when empty), or false when it is not one of ours.</summary>
    public static bool TryDecode(string? text, out ApiCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Length > 200 || !Base64Url.IsValid(text))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 2);
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || parts[1].Length == 0)
        {
            return false;
        }

        cursor = new ApiCursor(ticks, parts[1]);
        return true;
    }

    /// <summary>The page size asked for in <paramref name="text"/> (the default when empty), or false when it is not 1 to <see cref="MaxLimit"/>.</summary>
    public static bool TryLimit(string? text, out int limit)
    {
        limit = DefaultLimit;
        return string.IsNullOrEmpty(text) || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= MaxLimit);
    }
}
