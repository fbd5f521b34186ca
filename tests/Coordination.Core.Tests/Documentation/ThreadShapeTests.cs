using System.Globalization;
using System.Text.Json.Nodes;
using Coordination.Core.Commands;
using Coordination.Core.Documentation;
using static Coordination.Core.Tests.Documentation.Threads;

namespace Coordination.Core.Tests.Documentation;

public class ThreadShapeTests
{
    private static readonly ThreadMessage[] DesignDiscussion =
    [
        Say("U1", "ana", "Should the job queue move from Redis to Postgres? Ops wants one database less to run.\nWe see about 200 jobs a minute at peak.", 0),
        Say("U2", "lee", "Postgres with SKIP LOCKED handles that easily. What about the retry backoff?", 4),
        Say("U3", "sam", "Backoff stays in the worker, nothing changes there.", 9),
        Say("U1", "ana", "decided: move the job queue to Postgres with SKIP LOCKED; Redis stays for caching only", 15),
        Say("U1", "ana", "<@U2|lee> will write the migration by Friday\n<@U3|sam> will update the runbook by Dec 3\n<@U4|kim> will load-test the new queue by 2026-12-03", 16),
        Say("U3", "sam", "Do we need a feature flag for the cutover?", 20),
    ];

    [Fact]
    public void Summarize_DesignDiscussion_WholeRecordAsMarkdown()
    {
        var record = new RuleBasedSummarizer().Summarize(DesignDiscussion, "CR-12");

        Assert.Equal(
            """
            Decision record: CR-12

            Context
            Should the job queue move from Redis to Postgres?

            Decisions
            • move the job queue to Postgres with SKIP LOCKED; Redis stays for caching only

            Action items
            • <@U2>: write the migration (due Friday)
            • <@U3>: update the runbook (due Dec 3)
            • <@U4>: load-test the new queue (due 2026-12-03)

            Open questions
            • Do we need a feature flag for the cutover?

            Participants
            <@U1>, <@U2>, <@U3>, <@U4>
            """.ReplaceLineEndings("\n"),
            record.ToMarkdown());
    }

    [Fact]
    public void Summarize_DesignDiscussion_ActionItemsCarryOwnersDatesAndSources()
    {
        var record = Summarize(DesignDiscussion);

        Assert.Equal(
            [new PersonRef("U2", "lee"), new PersonRef("U3", "sam"), new PersonRef("U4", "kim")],
            record.ActionItems.Select(item => item.Owner));
        Assert.Equal([new DueDate(Next: DayOfWeek.Friday), new DueDate(MonthDay: new MonthDay(12, 3)), new DueDate(On: new DateOnly(2026, 12, 3))],
            record.ActionItems.Select(item => item.Due));
        Assert.Equal("<@U3|sam> will update the runbook by Dec 3", record.ActionItems[1].Source);
        Assert.Equal(["U1", "U2", "U3", "U4"], record.Participants.Select(person => person.PlatformUserId));
        Assert.Equal(["ana", "lee", "sam", "kim"], record.Participants.Select(person => person.DisplayName));
    }

    [Fact]
    public void Summarize_ThreadWithoutDecision_SaysNoneAndListsTheOpenQuestions()
    {
        var record = Summarize(
            Say("U1", "ana", "Can we drop support for IE11 this quarter?", 0),
            Say("U2", "lee", "Depends on the enterprise contracts. Who knows the renewal dates?", 3),
            Say("U3", "sam", "open question: does legal need to sign off", 5),
            Say("U1", "ana", "TBD which customers are still on IE11", 8));

        Assert.Equal(
            """
            Decision record

            Context
            Can we drop support for IE11 this quarter?

            Decisions
            none

            Action items
            none

            Open questions
            • Can we drop support for IE11 this quarter?
            • Who knows the renewal dates?
            • does legal need to sign off
            • which customers are still on IE11

            Participants
            <@U1>, <@U2>, <@U3>
            """.ReplaceLineEndings("\n"),
            record.ToMarkdown());
    }

    [Fact]
    public void Summarize_SlackRepliesFixture_ContextFromTheParentAndItsAuthor()
    {
        var record = Summarize(FromSlackReplies(Fixture("webapi_conversations_replies_ok.json")));

        Assert.Equal("island", record.Context);
        Assert.Empty(record.Decisions);
        Assert.Empty(record.ActionItems);
        Assert.Empty(record.OpenQuestions);
        Assert.Equal([new PersonRef("U061F7AUR")], record.Participants);
        Assert.EndsWith("Participants\n<@U061F7AUR>", record.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_SlackRepliesFixtureInAnyOrder_ReadByTimestamp()
    {
        var thread = FromSlackReplies(Fixture("webapi_conversations_replies_ok.json"));

        var shuffled = Summarize([.. thread.Reverse()]);

        Assert.Equal(Summarize(thread).ToMarkdown(), shuffled.ToMarkdown());
        Assert.Equal("island", shuffled.Context);
    }

    [Fact]
    public void Summarize_SlackRepliesFixtureWithAThreadOfDecisions_ReadsSlackText()
    {
        var replies = Fixture("webapi_conversations_replies_ok.json");
        var messages = replies["messages"]!.AsArray();
        messages[1]!["text"] = "Which island do we ship from?";
        messages[1]!["user"] = "U0G9QF9C6";
        messages[2]!["text"] = "&gt; Which island do we ship from?\nThe second one &amp; only that one.";
        messages[3]!["text"] = "*Decision:* ship from the second island\n• <@U0G9QF9C6> will book the ferry by Friday";

        var record = Summarize(FromSlackReplies(replies));

        Assert.Equal(["ship from the second island"], record.Decisions);
        Assert.Equal(new PersonRef("U0G9QF9C6"), Assert.Single(record.ActionItems).Owner);
        Assert.Empty(record.OpenQuestions);
        Assert.Equal(["U061F7AUR", "U0G9QF9C6"], record.Participants.Select(person => person.PlatformUserId));
    }

    [Fact]
    public void Summarize_TeamsChannelReplyFixture_BotMentionDroppedAndAuthorListed()
    {
        var message = FromTeamsActivity(Fixture("channel-thread-reply-with-bot-mention.json"));

        var record = Summarize(message);

        Assert.Equal("reply to thread", record.Context);
        Assert.Equal(DateTimeOffset.Parse("2025-10-08T17:33:01.4953744Z", CultureInfo.InvariantCulture), message.At);
        var author = Assert.Single(record.Participants);
        Assert.Equal("29:17bUvCasIPKfQIXHvNzcPjD86fwm6GkWc1PvCGP2-NSkNb7AyGYpjQ7Xw-XgTwaHW5JxZ4KMNDxn1kcL8fwX1Nw", author.PlatformUserId);
        Assert.Equal("rido", author.DisplayName);
    }

    [Fact]
    public void Summarize_TeamsActivityMentioningAColleague_OwnerFromTheMentionEntity()
    {
        var activity = Fixture("channel-thread-reply-with-bot-mention.json");
        activity["text"] = "<at>ridotest</at> <at>Dana Smith</at> will review the rollout plan by Dec 3";
        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["mentioned"] = new JsonObject { ["id"] = "29:dana", ["name"] = "Dana Smith" },
            ["text"] = "<at>Dana Smith</at>",
            ["type"] = "mention",
        });

        var record = Summarize(FromTeamsActivity(activity));

        var item = Assert.Single(record.ActionItems);
        Assert.Equal(new PersonRef("29:dana", "Dana Smith"), item.Owner);
        Assert.Equal("review the rollout plan", item.Action);
        Assert.Equal(new MonthDay(12, 3), item.Due!.MonthDay);
        Assert.Equal(["rido", "Dana Smith"], record.Participants.Select(person => person.DisplayName));
        Assert.Contains("• <@29:dana>: review the rollout plan (due Dec 3)", record.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_EmptyThread_EmptyRecord()
    {
        var record = new RuleBasedSummarizer().Summarize([]);

        Assert.True(record.IsEmpty);
        Assert.Equal(DecisionRecord.DefaultTitle, record.Title);
        Assert.Equal(
            "Decision record\n\nContext\nnone\n\nDecisions\nnone\n\nAction items\nnone\n\nOpen questions\nnone\n\nParticipants\nnone",
            record.ToMarkdown());
    }

    [Fact]
    public void Summarize_BlankMessages_OnlyTheirAuthors()
    {
        var record = Summarize(Say("U1", "ana", "", 0), Say("U2", "lee", "  \n\t\n", 1), Say("U1", "ana", "---", 2));

        Assert.Equal(string.Empty, record.Context);
        Assert.Empty(record.Decisions);
        Assert.Empty(record.ActionItems);
        Assert.Empty(record.OpenQuestions);
        Assert.Equal(["U1", "U2"], record.Participants.Select(person => person.PlatformUserId));
    }

    [Fact]
    public void Summarize_UnicodeText_KeptIntact()
    {
        var record = Summarize(
            Say("U1", "Zoë", "Déploiement du service 🚀 à Zürich? 東京 aussi.", 0),
            Say("U2", "Ng\u0169y\u1ec5n", "decided: 先に東京、次にチューリッヒ 🇯🇵→🇨🇭", 1),
            Say("U3", "أحمد", "<@U3|أحمد> will translate the runbook into العربية by Friday", 2),
            Say("U1", "Zoë", "naïve question: is ß allowed in hostnames?", 3));

        Assert.Equal("Déploiement du service 🚀 à Zürich?", record.Context);
        Assert.Equal(["先に東京、次にチューリッヒ 🇯🇵→🇨🇭"], record.Decisions);
        var item = Assert.Single(record.ActionItems);
        Assert.Equal(new PersonRef("U3", "أحمد"), item.Owner);
        Assert.Equal("translate the runbook into العربية", item.Action);
        Assert.Equal(["naïve question: is ß allowed in hostnames?"], record.OpenQuestions);
        Assert.Equal(["Zoë", "Ng\u0169y\u1ec5n", "أحمد"], record.Participants.Select(person => person.DisplayName));
    }

    [Fact]
    public void Summarize_VeryLongLines_CutWholeCharactersWithEllipsis()
    {
        var longFirst = string.Concat(Enumerable.Repeat("é", 5000));
        var longDecision = "decided: " + string.Concat(Enumerable.Repeat("👩‍👩‍👧‍👦 family ", 400));
        var record = Summarize(
            Say("U1", "ana", longFirst, 0),
            Say("U2", "lee", longDecision, 1),
            Say("U2", "lee", "I'll " + new string('x', 20_000) + " by Friday", 2));

        Assert.Equal(RuleBasedSummarizer.MaxContextLength, record.Context.Length);
        Assert.EndsWith("é…", record.Context, StringComparison.Ordinal);
        var decision = Assert.Single(record.Decisions);
        Assert.InRange(decision.Length, RuleBasedSummarizer.MaxItemLength - 20, RuleBasedSummarizer.MaxItemLength);
        Assert.EndsWith("…", decision, StringComparison.Ordinal);
        Assert.All(TextElements(decision[..^1]), element => Assert.Contains(element, FamilyElements));
        var item = Assert.Single(record.ActionItems);
        Assert.Equal(RuleBasedSummarizer.MaxItemLength, item.Action.Length);
        Assert.Equal(DayOfWeek.Friday, item.Due!.Next);
        Assert.Contains("\nDecisions\n• " + decision + "\n\nAction items\n", record.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_SameThreadRepeatedly_SameMarkdown()
    {
        var first = new RuleBasedSummarizer().Summarize(DesignDiscussion, "CR-12").ToMarkdown();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(first, new RuleBasedSummarizer().Summarize([.. DesignDiscussion], "CR-12").ToMarkdown());
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Summarize_UnderAnotherCulture_SameMarkdown(string culture)
    {
        var expected = Summarize(DesignDiscussion).ToMarkdown();
        var thread = DesignDiscussion.Append(Say("U4", "kim", "I'LL INDEX THE TABLE BY FRIDAY", 30)).ToArray();
        var withShouting = Summarize(thread).ToMarkdown();
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal(expected, Summarize(DesignDiscussion).ToMarkdown());
            Assert.Equal(withShouting, Summarize(thread).ToMarkdown());
            Assert.Contains("• <@U4>: INDEX THE TABLE (due FRIDAY)", withShouting, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData(null, "Decision record")]
    [InlineData("", "Decision record")]
    [InlineData("  CR-12 ", "Decision record: CR-12")]
    [InlineData("CR-12\nreview the spec", "Decision record: CR-12 review the spec")]
    public void Summarize_Title_FollowsDecisionRecord(string? title, string expected)
    {
        var record = new RuleBasedSummarizer().Summarize(DesignDiscussion, title);

        Assert.Equal(expected, record.Title);
        Assert.StartsWith(expected + "\n\nContext\n", record.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_EarlierRecordPostedInTheThread_Skipped()
    {
        var earlier = new RuleBasedSummarizer().Summarize(DesignDiscussion, "CR-12");
        var thread = DesignDiscussion.Append(new ThreadMessage("B1", "Coordination", earlier.ToMarkdown(), Start.AddHours(1))).ToArray();

        var again = new RuleBasedSummarizer().Summarize(thread, "CR-12");

        Assert.Equal(earlier.ToMarkdown(), again.ToMarkdown());
    }

    [Fact]
    public void Summarize_NullThread_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new RuleBasedSummarizer().Summarize(null!));
    }

    private static readonly string[] FamilyElements = ["👩‍👩‍👧‍👦", " ", "f", "a", "m", "i", "l", "y"];

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
