using Coordination.Bot.Assistant;
using Coordination.Core.Commands;
using Coordination.Core.Documentation;

namespace Coordination.Bot.Tests.Assistant;

/// <summary>What the agents send and how their answers are taken: people without ids, one command line, a checked draft.</summary>
public sealed class AssistantReadingTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SentencePeople_NamedAndBareTokens_SentAsNamesAndRestoredAsTokens()
    {
        var sentence = SentencePeople.Of("pester <@U1|Bob> and <@U2> about it");

        var restored = sentence.Restore("ask @bob @person2 review it");

        Assert.Equal("pester @Bob and @person2 about it", sentence.Text);
        Assert.Equal("ask <@U1|Bob> <@U2> review it", restored);
    }

    [Theory]
    [InlineData("/coord ask @Bob review it", "ask @Bob review it")]
    [InlineData("Sure!\n`/coord status CR-3`", "status CR-3")]
    [InlineData("I cannot help with that.", null)]
    [InlineData("/coord ", null)]
    public void CommandLine_Answer_TheFirstCoordLineOrNone(string answer, string? expected) =>
        Assert.Equal(expected, AssistantReader.CommandLine(answer));

    [Fact]
    public void Shown_CommandWithTokensAndBackticks_PeopleByNameAndNoBacktick() =>
        Assert.Equal("/coord ask @Bob review 'x'", AssistantReader.Shown("ask <@U1|Bob> review `x`"));

    [Fact]
    public void ThreadTranscript_LeavesOutIdsEarlierRecordsAndWhatDoesNotFit()
    {
        ThreadMessage[] thread =
        [
            new("U1", "Bob", "old words that do not fit", At),
            new("U2", "Alice", "Decision record: CR-1\n\nDecisions\n• x", At.AddMinutes(1)),
            new("U1", "Bob", "ship it, <@U2> please tell <@U3|Carol>", At.AddMinutes(2)),
        ];

        var transcript = ThreadTranscript.Of(thread, 50);

        Assert.Equal("Bob: ship it, @Alice please tell @Carol", transcript.Text);
        Assert.Equal("U3", transcript.People["carol"].PlatformUserId);
    }

    [Fact]
    public void DraftedRecord_OwnerNotOfTheThreadAndUnreadDate_NoOwnerAndNoDue()
    {
        var ruled = DecisionRecord.Empty("CR-1");
        var people = new Dictionary<string, PersonRef>(StringComparer.OrdinalIgnoreCase) { ["Bob"] = new("U1", "Bob") };
        var draft = new DraftedRecord(["use <@U9> Postgres"], [new("@bob", "migrate", "Friday"), new("Mallory", "leak it", "someday")], [null, " "]);

        var record = draft.ToRecord(ruled, people);

        Assert.True(record.DraftedByAssistant);
        Assert.Equal(["use ‹@U9› Postgres"], record.Decisions);
        Assert.Equal(("U1", "Friday"), (record.ActionItems[0].Owner!.PlatformUserId, record.ActionItems[0].DueLabel));
        Assert.Null(record.ActionItems[1].Owner);
        Assert.Null(record.ActionItems[1].Due);
        Assert.Empty(record.OpenQuestions);
        Assert.StartsWith("Decision record: CR-1\n" + DecisionRecord.DraftedLine, record.ToMarkdown(), StringComparison.Ordinal);
    }
}
