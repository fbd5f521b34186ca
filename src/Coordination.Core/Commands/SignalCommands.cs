using System.Globalization;
using System.Text.RegularExpressions;

namespace Coordination.Core.Commands;

/// <summary>What a reaction says when a request's stakeholder leaves it: the same as the request's buttons.</summary>
public enum ReactionAnswer
{
    /// <summary>👀: seen, working on it.</summary>
    Acknowledge = 0,

    /// <summary>✅: done.</summary>
    Done = 1,
}

/// <summary>
/// A person's reaction on the root of a thread or on a message in it (<see cref="CommandContext.Where"/> names the
/// thread): a stakeholder's answer to each open request tracked there, exactly as the button would be; anyone else's
/// changes nothing. Nothing is replied.
/// </summary>
public sealed record ReactionCommand(CommandContext Context, ReactionAnswer Answer) : ChatCommand(Context);

/// <summary>
/// A person's message that names requests by key (<c>CR-12</c>) outside their threads: the writer alone is shown a line
/// on each. <see cref="Numbers"/> are distinct, in the order written, at most <see cref="MaxRequests"/>.
/// </summary>
public sealed partial record MentionedRequestsCommand(CommandContext Context, IReadOnlyList<int> Numbers) : ChatCommand(Context)
{
    /// <summary>At most this many requests are described for one message.</summary>
    public const int MaxRequests = 3;

    /// <summary>The command for <paramref name="text"/>, or <c>null</c> when it names no request.</summary>
    public static MentionedRequestsCommand? Of(CommandContext context, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var numbers = Key().Matches(text)
            .Select(m => int.TryParse(m.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0).Distinct().Take(MaxRequests).ToList();
        return numbers.Count == 0 ? null : new MentionedRequestsCommand(context, numbers);
    }

    [GeneratedRegex(@"(?<![\w/-])CR-(?<n>[1-9][0-9]{0,8})(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Key();
}
