using System.Text.RegularExpressions;

namespace Coordination.Teams.Outbound;

/// <summary>
/// Neutral text made safe for Teams, whoever wrote its parts. Only the mentions the bot itself made (those it carries a
/// mention entity for) stay as <c>&lt;@id&gt;</c> tokens, to become <c>&lt;at&gt;</c> tags; every other angle bracket
/// is escaped, so a typed <c>&lt;at&gt;everyone&lt;/at&gt;</c> or HTML shows as the characters written. Slack-style
/// specials show as plain words (<c>&lt;!channel&gt;</c> as "@channel", a user group as its label), and a link whose
/// label hides its address (Slack's <c>&lt;url|label&gt;</c>, markdown's <c>[label](url)</c>) as "label (address)".
/// </summary>
public static partial class TeamsSafeText
{
    public static string Of(string text, IReadOnlySet<string> mentioned)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentioned);
        var tokens = Token().Replace(text, match => match.Groups["body"] is { Success: true } body ? Rendered(body.Value, mentioned) : Escaped(match.Value));
        return MarkdownLink().Replace(tokens, "${label} (${url})");
    }

    private static string Rendered(string body, IReadOnlySet<string> mentioned) => body switch
    {
        _ when Person().Match(body) is { Success: true } person => PersonWords(person, mentioned),
        ['!', ..] => Special(body[1..]),
        _ when Link().Match(body) is { Success: true } link => Linked(link.Groups["url"].Value, link.Groups["label"].Value),
        _ => Escaped($"<{body}>"),
    };

    /// <summary>A mention the bot made stays a token; a label in a token it did not make is only words.</summary>
    private static string PersonWords(Match person, IReadOnlySet<string> mentioned)
    {
        var id = person.Groups["id"].Value;
        var label = person.Groups["label"].Value;
        return mentioned.Contains(id) ? $"<@{id}>" : Escaped(label.Length > 0 ? label : $"<@{id}>");
    }

    private static string Special(string special)
    {
        var bar = special.IndexOf('|', StringComparison.Ordinal);
        var name = (bar < 0 ? special : special[..bar]).Split('^')[0];
        return Escaped(bar >= 0 && bar < special.Length - 1 && name is not ("channel" or "here" or "everyone") ? special[(bar + 1)..] : "@" + name);
    }

    private static string Linked(string url, string label) =>
        label.Length == 0 || string.Equals(url, label, StringComparison.OrdinalIgnoreCase) ? url : $"{Escaped(label)} ({url})";

    private static string Escaped(string text) =>
        text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A token <c>&lt;…&gt;</c>, or a lone angle bracket.</summary>
    [GeneratedRegex(@"<(?<body>[^<>]*)>|[<>]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^@(?<id>[^|\s]{1,200})(?:\|(?<label>[^|]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Person();

    [GeneratedRegex(@"^(?<url>(?:https?://|mailto:)[^|\s]+)(?:\|(?<label>.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"\[(?<label>[^\[\]\n]*)\]\((?<url>[^()\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();
}
