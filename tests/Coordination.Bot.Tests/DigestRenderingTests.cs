using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Digests;
using Coordination.Slack.Outbound;
using Coordination.Teams.Outbound;

namespace Coordination.Bot.Tests;

/// <summary>The digest as Slack's Block Kit and as a Teams Adaptive Card.</summary>
public sealed class DigestRenderingTests
{
    private static readonly Guid DigestId = Guid.CreateVersion7();

    private static OutgoingMessage Digest(ChatPlatform platform)
    {
        var figures = new PeriodFigures(new Rate(3, 4), new Rate(4, 5), new Rate(9, 10), TimeSpan.FromHours(30), 12, 5, 3, 2, 1);
        var report = new DigestReport(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), figures, figures, new OpenFigures(14, 3, 1, ["CR-4"]), []);
        return new OutgoingMessage(platform, "W1", MessageDestination.InThread(new ThreadRef("C1", null)), DigestText.Compose(report, TimeZoneInfo.Utc), [], MessageButton.ForDigest(DigestId));
    }

    [Fact]
    public void BlockKit_Digest_IsItsTextThenTheTwoVoteButtons()
    {
        var (text, blocks) = BlockKitRenderer.Render(Digest(ChatPlatform.Slack));

        Assert.StartsWith("*Coordination digest*", text, StringComparison.Ordinal);
        Assert.Equal("section", blocks![0]!["type"]!.GetValue<string>());
        Assert.Contains("Success rate 75%", blocks[0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var buttons = blocks[1]!["elements"]!.AsArray();
        Assert.Equal([MessageButton.DigestUseful, MessageButton.DigestNotUseful], buttons.Select(b => b!["action_id"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal(DigestId.ToString("N"), b!["value"]!.GetValue<string>()));
    }

    [Fact]
    public void AdaptiveCard_Digest_IsOneCardWithBoldHeadingAndTheVoteActions()
    {
        var activity = AdaptiveCardRenderer.Render(Digest(ChatPlatform.Teams));

        var card = (JsonObject)activity["attachments"]![0]!["content"]!;
        Assert.StartsWith("**Coordination digest**", card["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var actions = card["actions"]!.AsArray();
        Assert.Equal(["👍 Useful", "👎 Not useful"], actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal("Action.Execute", a!["type"]!.GetValue<string>()));
    }
}
