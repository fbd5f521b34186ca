using System.Text.RegularExpressions;
using Coordination.Core.Chat;

namespace Coordination.Core.Commands;

/// <summary>
/// Plain <c>@Name</c>s (typed where the platform makes no mention of them, as in a card's text input) read as the
/// people of that name: the full display name, or a first name only one person has. A name that fits nobody, or
/// more than one person, stays as written, and the command then asks for a real @-mention.
/// </summary>
public static partial class NamedPeople
{
    public static bool HasPlainNames(string text) => PlainName().IsMatch(text ?? string.Empty);

    /// <summary><paramref name="text"/> with each plain <c>@Name</c> that fits one person written as <c>&lt;@id|Name&gt;</c>.</summary>
    public static string Resolve(string text, IReadOnlyList<Mention> people)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(people);
        return PlainName().Replace(text, match =>
        {
            var (first, second) = (match.Groups["first"].Value, match.Groups["second"].Value);
            if (second.Length > 0 && Single(people, p => Same(p.DisplayName, $"{first} {second}")) is { } full)
            {
                return Token(full);
            }

            var person = Single(people, p => Same(p.DisplayName, first))
                ?? Single(people, p => Same(p.DisplayName.Replace(" ", string.Empty, StringComparison.Ordinal), first))
                ?? Single(people, p => Same(p.DisplayName.Split(' ')[0], first));
            return person is null ? match.Value : Token(person) + (second.Length > 0 ? " " + second : string.Empty);
        });
    }

    private static Mention? Single(IReadOnlyList<Mention> people, Func<Mention, bool> fits)
    {
        var found = people.Where(fits).DistinctBy(p => p.PlatformUserId).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Token(Mention person) => $"<@{person.PlatformUserId}|{person.DisplayName}>";

    /// <summary>An <c>@</c> that starts a word, outside a <c>&lt;…&gt;</c> token, then a name and perhaps the next word (a surname).</summary>
    [GeneratedRegex(@"(?<![<\w])@(?<first>[\p{L}][\p{L}\p{N}._'-]*)(?:[ ](?<second>[\p{Lu}][\p{L}'-]*))?", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();
}
