using Coordination.Core.Commands;

namespace Coordination.Bot.LocalChat;

/// <summary>A reaction someone left on a message of the local page: ✅ or 👀, the two the bot reads.</summary>
public sealed record LocalReaction(string Emoji, string Person)
{
    public const string CheckMark = "✅";
    public const string Eyes = "👀";

    /// <summary>What the reaction answers when a request's stakeholder leaves it; <c>null</c> for any other emoji.</summary>
    public static ReactionAnswer? AnswerOf(string? emoji) => emoji switch
    {
        CheckMark => ReactionAnswer.Done,
        Eyes => ReactionAnswer.Acknowledge,
        _ => null,
    };
}

/// <summary>One emoji on a message as the page's API gives it, with the names of who left it.</summary>
public sealed record LocalReactionView(string Emoji, IReadOnlyList<string> By)
{
    public static IReadOnlyList<LocalReactionView> Of(IReadOnlyList<LocalReaction> reactions) =>
        [.. reactions.GroupBy(r => r.Emoji, StringComparer.Ordinal).Select(g => new LocalReactionView(g.Key, [.. g.Select(r => LocalWorkspace.NameOf(r.Person))]))];
}
