using System.Globalization;
using System.Text.Json.Nodes;
using Coordination.Core.Documentation;

namespace Coordination.Core.Tests.Documentation;

/// <summary>Threads for the summariser tests: hand-written messages, and the Slack and Teams sample payloads as threads.</summary>
internal static class Threads
{
    public static readonly DateTimeOffset Start = new(2026, 1, 7, 10, 0, 0, TimeSpan.Zero);

    public static ThreadMessage Say(string authorId, string authorName, string text, int minute = 0) =>
        new(authorId, authorName, text, Start.AddMinutes(minute));

    public static DecisionRecord Summarize(params ThreadMessage[] thread) => new RuleBasedSummarizer().Summarize(thread);

    /// <summary>The record of one message by ana (U1).</summary>
    public static DecisionRecord One(string text) => Summarize(Say("U1", "ana", text));

    public static JsonObject Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)))!.AsObject();

    /// <summary>A <c>conversations.replies</c> answer as a thread: Slack sends user ids only, and <c>ts</c> as the time.</summary>
    public static ThreadMessage[] FromSlackReplies(JsonObject replies) =>
    [
        .. replies["messages"]!.AsArray().Select(message => new ThreadMessage(
            (string)message!["user"]!,
            string.Empty,
            (string)message["text"]!,
            DateTimeOffset.FromUnixTimeMilliseconds((long)(decimal.Parse((string)message["ts"]!, CultureInfo.InvariantCulture) * 1000))))
    ];

    /// <summary>
    /// A Teams message activity as a thread message, translated as the Teams adapter does: the bot's own
    /// <c>&lt;at&gt;</c> mention dropped, every other one written <c>&lt;@id|name&gt;</c>.
    /// </summary>
    public static ThreadMessage FromTeamsActivity(JsonObject activity)
    {
        var bot = (string?)activity["recipient"]?["id"];
        var text = ((string)activity["text"]!).Replace("&nbsp;", " ", StringComparison.Ordinal);
        foreach (var entity in activity["entities"]!.AsArray().Where(e => (string?)e!["type"] == "mention"))
        {
            var id = (string)entity!["mentioned"]!["id"]!;
            var name = (string)entity["mentioned"]!["name"]!;
            text = text.Replace((string)entity["text"]!, id == bot ? " " : $" <@{id}|{name}> ", StringComparison.Ordinal);
        }

        return new ThreadMessage(
            (string)activity["from"]!["id"]!,
            (string)activity["from"]!["name"]!,
            string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            DateTimeOffset.Parse((string)activity["timestamp"]!, CultureInfo.InvariantCulture));
    }
}
