using Coordination.Core.Commands;
using Coordination.Core.Documentation;
using static Coordination.Core.Tests.Documentation.Threads;

namespace Coordination.Core.Tests.Documentation;

public class MeetingNotesTests
{
    private static readonly PersonRef Ana = new("U1", "ana");

    private const string Notes = """
        Design review 2026-01-07: queue migration
        Attendees: ana, lee, sam, kim

        Decisions:
        - go with Postgres for the queue
        - keep Redis for caching

        TODO: <@U2|lee> write the migration by Friday
        action: <@U3|sam> update the runbook by Dec 3
        - [ ] TODO: draft the announcement
        AI: <@U4|kim> load-test the new queue by next week
        Should we keep the old queue running for a week?
        yes, until the load test passes
        Open questions:
        1. who signs off on the cutover
        2. rollback plan if the migration is slow?
        """;

    [Fact]
    public void FromNotes_Text_OneMessagePerNonBlankLineByThePaster()
    {
        var messages = MeetingNotes.FromNotes("  first line \r\n\r\n\tsecond line\rthird\n", Ana, Start);

        Assert.Equal(["first line", "second line", "third"], messages.Select(message => message.Text));
        Assert.All(messages, message => Assert.Equal(("U1", "ana", Start), (message.AuthorId, message.AuthorName, message.At)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n \r\n\t")]
    public void FromNotes_Blank_NoMessagesAndAnEmptyRecord(string text)
    {
        Assert.Empty(MeetingNotes.FromNotes(text, Ana, Start));
        Assert.True(new RuleBasedSummarizer().SummarizeNotes(text, Ana, Start).IsEmpty);
    }

    [Fact]
    public void FromNotes_AuthorWithoutName_NamedByNobody()
    {
        var message = Assert.Single(MeetingNotes.FromNotes("hello", new PersonRef("U9"), Start));

        Assert.Equal(string.Empty, message.AuthorName);
        Assert.Equal(new PersonRef("U9"), message.Author);
    }

    [Fact]
    public void SummarizeNotes_TodoActionAndAiLines_ActionItemsWithOwners()
    {
        var record = new RuleBasedSummarizer().SummarizeNotes(Notes, Ana, Start);

        Assert.Equal(
            [("U2", "write the migration", "Friday"), ("U3", "update the runbook", "Dec 3"), (null, "draft the announcement", null), ("U4", "load-test the new queue", "next week")],
            record.ActionItems.Select(item => (item.Owner?.PlatformUserId, item.Action, item.DueText)));
    }

    [Fact]
    public void SummarizeNotes_HeadingsWithListLines_SectionsAndAnsweredQuestion()
    {
        var record = new RuleBasedSummarizer().SummarizeNotes(Notes, Ana, Start, "CR-7");

        Assert.Equal(
            """
            Decision record: CR-7

            Context
            Design review 2026-01-07: queue migration

            Decisions
            • go with Postgres for the queue
            • keep Redis for caching

            Action items
            • <@U2>: write the migration (due Friday)
            • <@U3>: update the runbook (due Dec 3)
            • no owner: draft the announcement (no due date)
            • <@U4>: load-test the new queue (due next week)

            Open questions
            • who signs off on the cutover
            • rollback plan if the migration is slow?

            Participants
            <@U1>, <@U2>, <@U3>, <@U4>
            """.ReplaceLineEndings("\n"),
            record.ToMarkdown());
    }

    [Fact]
    public void SummarizeNotes_PlainLineAfterAHeading_EndsTheSection()
    {
        var record = new RuleBasedSummarizer().SummarizeNotes("Decisions:\n- ship on Monday\nthe room was too warm\n- bring a fan", Ana, Start);

        Assert.Equal(["ship on Monday"], record.Decisions);
        Assert.Empty(record.ActionItems);
    }

    [Fact]
    public void SummarizeNotes_ActionSectionListLines_OwnersFromLeadingPeople()
    {
        var record = new RuleBasedSummarizer().SummarizeNotes(
            "Next steps\n* <@U2|lee>: write the migration by Friday\n* <@U3|sam> - update the runbook\n* order pizza tomorrow",
            Ana,
            Start);

        Assert.Equal(
            [("U2", "write the migration"), ("U3", "update the runbook"), (null, "order pizza")],
            record.ActionItems.Select(item => (item.Owner?.PlatformUserId, item.Action)));
        Assert.Equal(1, record.ActionItems[2].Due!.InDays);
    }

    [Fact]
    public void SummarizeNotes_ByAnotherSummarizer_UsesIt()
    {
        var fake = new FixedSummarizer();

        var record = fake.SummarizeNotes("a\nb", Ana, Start, "CR-1");

        Assert.Equal(["a", "b"], fake.Seen.Select(message => message.Text));
        Assert.Equal("CR-1", record.Title);
    }

    private sealed class FixedSummarizer : IThreadSummarizer
    {
        public IReadOnlyList<ThreadMessage> Seen { get; private set; } = [];

        public DecisionRecord Summarize(IReadOnlyList<ThreadMessage> thread, string? title = null)
        {
            Seen = thread;
            return DecisionRecord.Empty() with { Title = title ?? string.Empty };
        }
    }
}
