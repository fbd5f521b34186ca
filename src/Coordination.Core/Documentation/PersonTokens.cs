using System.Text.RegularExpressions;
using Coordination.Core.Commands;

namespace Coordination.Core.Documentation;

/// <summary>People in neutral text: <c>&lt;@ID|name&gt;</c> or <c>&lt;@ID&gt;</c>.</summary>
internal static partial class PersonTokens
{
    private const string Token = @"<@[^|<>\s]{1,100}(?:\|[^<>]{0,200})?>";

    /// <summary>
    /// The text as a record shows it: a named token as <c>@name</c> (so the record does not ping everyone it quotes), a
    /// bare token as <c>@name</c> when the thread knows the name, else left as the token.
    /// </summary>
    public static string Display(string text, IReadOnlyDictionary<string, string> names) =>
        PersonPattern().Replace(text, match => Person(match, names) is { DisplayName: { } name } ? "@" + name : match.Value);

    /// <summary>The people at the start of <paramref name="text"/> (joined by nothing, commas, "&amp;" or "and"), and the rest.</summary>
    public static (IReadOnlyList<PersonRef> People, string Remainder) Leading(string text, IReadOnlyDictionary<string, string> names)
    {
        var match = LeadingPattern().Match(text);
        if (!match.Success)
        {
            return ([], text);
        }

        IReadOnlyList<PersonRef> people =
        [
            .. PersonPattern().Matches(match.Groups["people"].Value)
                .Select(person => Person(person, names))
                .DistinctBy(person => person.PlatformUserId, StringComparer.Ordinal),
        ];
        return (people, match.Groups["rest"].Value.Trim());
    }

    private static PersonRef Person(Match match, IReadOnlyDictionary<string, string> names)
    {
        var id = match.Groups["id"].Value;
        var written = match.Groups["name"].Value.Trim();
        return new PersonRef(id, written.Length > 0 ? written : names.GetValueOrDefault(id));
    }

    [GeneratedRegex(@"<@(?<id>[^|<>\s]{1,100})(?:\|(?<name>[^<>]{0,200}))?>", RegexOptions.CultureInvariant)]
    private static partial Regex PersonPattern();

    [GeneratedRegex(@"^(?<people>" + Token + @"(?:\s*(?:,|&|\band\b)?\s*" + Token + @")*)(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPattern();
}
