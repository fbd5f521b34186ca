using System.Text.RegularExpressions;

namespace Coordination.Slack.Outbound;

/// <summary>
/// Neutral text made safe to send to Slack, whoever wrote its parts: every Slack text reaches Slack through here.
/// Person mentions stay mentions (<c>&lt;@U…&gt;</c>, any label dropped so Slack shows the person's real name), channel
/// links stay links and the bot's own dates stay dates. Everything else that Slack would act on is shown as plain
/// words: broadcasts (<c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c>, <c>&lt;!everyone&gt;</c>) as "@channel",
/// user-group pings and other specials as their label, a link whose label hides its address as "label (address)",
/// and any other angle bracket escaped. A typed "@channel" carries an invisible word joiner, so Slack never reads it as
/// a broadcast either.
/// </summary>
public static partial class SlackSafeText
{
    /// <summary>Between "@" and the word, so "@channel" reads the same but is no broadcast.</summary>
    private const string WordJoiner = "\u2060";

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rendered = Token().Replace(text, match => match.Groups["body"] is { Success: true } body ? Rendered(body.Value) : Escaped(match.Value));
        return PlainBroadcast().Replace(rendered, "@" + WordJoiner + "${word}");
    }

    private static string Rendered(string body) => body switch
    {
        _ when UserMention().Match(body) is { Success: true } user => $"<@{user.Groups["id"].Value}>",
        _ when ChannelLink().Match(body) is { Success: true } channel => $"<#{channel.Groups["id"].Value}>",
        _ when OwnDate().IsMatch(body) => $"<{body}>",
        ['!', ..] => Special(body[1..]),
        _ when Link().Match(body) is { Success: true } link => Linked(link.Groups["url"].Value, link.Groups["label"]),
        _ => Escaped($"<{body}>"),
    };

    /// <summary>A broadcast, user group, date or other special as its plain words, never as a mention.</summary>
    private static string Special(string special)
    {
        var bar = special.IndexOf('|', StringComparison.Ordinal);
        var label = bar < 0 ? string.Empty : special[(bar + 1)..];
        var name = (bar < 0 ? special : special[..bar]).Split('^')[0];
        var words = name switch
        {
            "channel" or "here" or "everyone" or "group" => "@" + name,
            _ when label.Length > 0 => label,
            "subteam" => "@group",
            "date" => string.Empty,
            _ => "@" + name,
        };
        return AtWord().Replace(words, "@" + WordJoiner);
    }

    /// <summary>A link shows where it goes: its label alone only when the label is the address itself.</summary>
    private static string Linked(string url, Group label) =>
        !label.Success || label.Value.Length == 0 || SameAddress(url, label.Value) ? $"<{url}>" : $"{label.Value} (<{url}>)";

    private static bool SameAddress(string url, string label) =>
        string.Equals(url, label, StringComparison.OrdinalIgnoreCase)
        || string.Equals(url[(url.IndexOf(':', StringComparison.Ordinal) + 1)..].TrimStart('/'), label, StringComparison.OrdinalIgnoreCase);

    private static string Escaped(string text) =>
        text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A Slack token <c>&lt;…&gt;</c>, or a lone angle bracket.</summary>
    [GeneratedRegex(@"<(?<body>[^<>]*)>|[<>]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^@(?<id>[A-Z0-9][A-Z0-9._-]{0,99})(?:\|[^|]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UserMention();

    [GeneratedRegex(@"^#(?<id>[A-Z0-9][A-Z0-9._-]{0,99})(?:\|[^|]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelLink();

    /// <summary>A date token as the bot writes it (<c>ChatText.Date</c>): no link inside, a fallback after the bar.</summary>
    [GeneratedRegex(@"^!date\^\d{1,12}\^(?:\{[a-z_]{1,30}\}| ){1,8}\|[^|^]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnDate();

    [GeneratedRegex(@"^(?<url>(?:https?://|mailto:)[^|\s]+)(?:\|(?<label>.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    /// <summary>A typed broadcast word at the start of a word: "@channel", "@here", "@everyone".</summary>
    [GeneratedRegex(@"(?<![\w@])@(?<word>channel|here|everyone|group)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlainBroadcast();

    [GeneratedRegex(@"^@(?!\u2060)", RegexOptions.CultureInvariant)]
    private static partial Regex AtWord();
}
