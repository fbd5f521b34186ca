using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// The workspace of the local chat page: its channels, its people and the names of its conversations. A direct
/// message with the bot is <c>dm:&lt;person&gt;</c> (where the bot's direct messages to that person go); one between
/// two people is <c>dm:&lt;id&gt;+&lt;id&gt;</c>, the ids in order.
/// </summary>
public static class LocalWorkspace
{
    public const string Id = "local";
    public const string BotId = "U-COORD";
    public const string BotName = "Coordination";

    private const string DirectPrefix = "dm:";

    public static readonly IReadOnlyList<string> Channels = ["#general", "#platform"];

    public static readonly IReadOnlyList<LocalPerson> People =
    [
        new("U-ALICE", "Alice", "Europe/London", null, "team lead"),
        new("U-BOB", "Bob", "Europe/Berlin", "U-ALICE", "backend, reports to Alice"),
        new("U-CAROL", "Carol", "America/New_York", "U-ALICE", "frontend, reports to Alice"),
        new("U-DAN", "Dan", "Europe/London", null, "platform, another team"),
    ];

    /// <summary>The work teams the README's <c>coordinate … with the &lt;name&gt; team</c> examples ask: name, then its one member.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Teams =
    [
        new("backend", "U-BOB"),
        new("frontend", "U-CAROL"),
        new("platform", "U-DAN"),
    ];

    public static LocalPerson? Find(string? id) => People.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The person a hand-written <c>@name</c> (or <c>@U-ID</c>) stands for.</summary>
    public static LocalPerson? Named(string name) =>
        People.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Id, name, StringComparison.OrdinalIgnoreCase));

    public static string NameOf(string id) => id == BotId ? BotName : Find(id)?.Name ?? id;

    /// <summary>Who <paramref name="person"/> has direct messages with: the bot first, then everyone else.</summary>
    public static IEnumerable<string> DirectsOf(LocalPerson person) =>
        People.Where(p => p.Id != person.Id).Select(p => p.Id).Prepend(BotId);

    /// <summary>The conversation of <paramref name="person"/> with <paramref name="other"/> (a person, or the bot).</summary>
    public static string DirectConversation(string person, string other) => other == BotId
        ? DirectPrefix + person
        : DirectPrefix + string.Join('+', new[] { person, other }.Order(StringComparer.Ordinal));

    public static bool IsDirect(string conversation) => conversation.StartsWith(DirectPrefix, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="conversation"/> is someone's direct message with the bot.</summary>
    public static bool IsWithBot(string conversation) => IsDirect(conversation) && !conversation.Contains('+', StringComparison.Ordinal);

    /// <summary>Channels are everyone's; a direct message is its two members'.</summary>
    public static bool Sees(string person, string conversation) =>
        !IsDirect(conversation) || conversation[DirectPrefix.Length..].Split('+').Contains(person, StringComparer.Ordinal);

    public static CommandContext Context(LocalPerson person, ThreadRef where) => new(ChatPlatform.Local, Id, person.Ref, where);

    /// <summary>The local workspace's admin (Alice, the team lead): the one person who may manage its webhooks.</summary>
    public const string AdminId = "U-ALICE";

    /// <summary>A webhook command from <see cref="AdminId"/>, vouched for as a workspace admin's; any other command as it is.</summary>
    public static ChatCommand Vouched(LocalPerson person, ChatCommand command) =>
        person.Id == AdminId && command is WebhookCommand ? command with { Context = command.Context with { ActorIsWorkspaceAdmin = true } } : command;
}
