using System.Globalization;
using System.Text.RegularExpressions;

namespace Coordination.Core.Chat;

/// <summary>
/// The tokens neutral message text may carry, in Slack's own syntax: people as <c>&lt;@ID&gt;</c> and moments as
/// <c>&lt;!date^unix^format|fallback&gt;</c>, which Slack shows in each reader's own zone. Other platforms show the fallback.
/// </summary>
public static partial class ChatText
{
    /// <summary>A moment: Slack renders <paramref name="slackFormat"/> (e.g. <c>{date_short_pretty} {time}</c>) per reader.</summary>
    public static string Date(DateTimeOffset instant, string slackFormat, string fallback) =>
        string.Create(CultureInfo.InvariantCulture, $"<!date^{instant.ToUnixTimeSeconds()}^{slackFormat}|{fallback}>");

    /// <summary>The text with every date token replaced by its fallback.</summary>
    /// <summary>A channel as its readers see it: a Slack channel link, the local page's own name, else "a channel".</summary>
    public static string Channel(ChatPlatform platform, string channel) => platform switch
    {
        ChatPlatform.Slack => $"<#{channel}>",
        ChatPlatform.Local => channel,
        _ => "one channel",
    };

    public static string WithoutDates(string text) => DateToken().Replace(text, match => match.Groups["fallback"].Value);

    [GeneratedRegex(@"<!date\^\d+\^[^|>]*\|(?<fallback>[^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex DateToken();
}
