using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Documentation;

namespace Coordination.Core.Tests.Documentation;

public class DecisionRecordMarkdownTests
{
    private static readonly PersonRef Lee = new("U2", "lee");

    private static DecisionRecord With(params ActionItem[] items) =>
        DecisionRecord.Empty() with { ActionItems = items, Participants = [new PersonRef("U1", "ana")] };

    [Fact]
    public void ToMarkdown_EverySection_HeadedInOrderAndNoneWhenEmpty()
    {
        var markdown = DecisionRecord.Empty("CR-3").ToMarkdown();

        var sections = markdown.Split("\n\n");
        Assert.Equal(["Decision record: CR-3", "Context\nnone", "Decisions\nnone", "Action items\nnone", "Open questions\nnone", "Participants\nnone"], sections);
    }

    [Theory]
    [InlineData("2026-12-03", null, null, null, "2026-12-03")]
    [InlineData(null, 12, null, null, "Dec 3")]
    [InlineData(null, null, DayOfWeek.Friday, null, "Friday")]
    [InlineData(null, null, null, 1, "tomorrow")]
    [InlineData(null, null, null, 0, "today")]
    [InlineData(null, null, null, 4, "in 4 days")]
    public void ToMarkdown_DueWithoutWrittenText_WrittenOutFromTheDueDate(string? on, int? month, DayOfWeek? next, int? inDays, string expected)
    {
        var due = new DueDate(
            On: on is null ? null : DateOnly.ParseExact(on, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            MonthDay: month is { } m ? new MonthDay(m, 3) : null,
            Next: next,
            InDays: inDays);

        var markdown = With(new ActionItem(Lee, "ship it", due, "source")).ToMarkdown();

        Assert.Contains($"\n• <@U2>: ship it (due {expected})\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_DueInstantOrTimeOrNextWeek_IsoAndTimeWritten()
    {
        var markdown = With(
            new ActionItem(Lee, "a", DueDate.Exactly(new DateTimeOffset(2026, 12, 3, 18, 30, 0, TimeSpan.FromHours(1))), "a"),
            new ActionItem(Lee, "b", new DueDate(Next: DayOfWeek.Monday, SkipToday: true, At: new TimeOnly(9, 30)), "b"),
            new ActionItem(null, "c", null, "c"),
            new ActionItem(null, "d", new DueDate(InDays: 1), "d", DueText: "tmrw")).ToMarkdown();

        Assert.Contains(
            "Action items\n• <@U2>: a (due 2026-12-03 17:30 UTC)\n• <@U2>: b (due next Monday 09:30)\n• no owner: c (no due date)\n• no owner: d (due tmrw)\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(36 * 60, "in 36 hours")]
    [InlineData(48 * 60, "in 2 days")]
    [InlineData(60, "in 1 hour")]
    [InlineData(90, "in 90 minutes")]
    public void ToMarkdown_DueAfterAStretch_WrittenInDaysHoursOrMinutes(int minutes, string expected)
    {
        var markdown = With(new ActionItem(Lee, "ship it", new DueDate(After: TimeSpan.FromMinutes(minutes)), "source")).ToMarkdown();

        Assert.Contains($"\n• <@U2>: ship it (due {expected})\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_PlainTextForSlackAndTeams_NoBoldHeadingsOrMarkdownListMarkers()
    {
        var record = new RuleBasedSummarizer().Summarize(
        [
            new ThreadMessage("U1", "ana", "decided: ship\nI'll write the notes by Friday\nwho tells support?", DateTimeOffset.UnixEpoch),
        ]);

        var lines = record.ToMarkdown().Split('\n');

        Assert.DoesNotContain(lines, line => line.StartsWith('*') || line.StartsWith('#') || line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith('_'));
        Assert.Equal(["Context", "Decisions", "Action items", "Open questions", "Participants"], lines.Where((_, i) => i > 0 && lines[i - 1].Length == 0));
        Assert.Equal(3, lines.Count(line => line.StartsWith(DecisionRecord.Bullet, StringComparison.Ordinal)));
    }

    [Fact]
    public void ToMarkdown_ItemsWithLineBreaks_StayOneLineEach()
    {
        var record = DecisionRecord.Empty() with
        {
            Context = "two\nlines",
            Decisions = ["first\r\nsecond"],
            OpenQuestions = ["why\nnot?"],
        };

        var markdown = record.ToMarkdown();

        Assert.Contains("Context\ntwo lines\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Decisions\n• first second\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Open questions\n• why not?\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_ParticipantsThenOwners_OncePerPerson()
    {
        var record = With(new ActionItem(Lee, "a", null, "a"), new ActionItem(new PersonRef("U1"), "b", null, "b"), new ActionItem(new PersonRef("U7"), "c", null, "c"));

        Assert.Equal([new Mention("U1", "ana"), new Mention("U2", "lee"), new Mention("U7", "U7")], record.Mentions());
    }

    [Fact]
    public void Mentions_EveryTokenInTheMarkdown_HasAMention()
    {
        var record = new RuleBasedSummarizer().Summarize(
        [
            new ThreadMessage("U1", "ana", "<@U2|lee> will review it\n<@U3> will ship it by Friday", DateTimeOffset.UnixEpoch),
        ]);

        var tokens = System.Text.RegularExpressions.Regex.Matches(record.ToMarkdown(), "<@[^>]+>").Select(match => match.Value).Distinct();

        Assert.Equal(record.Mentions().Select(mention => mention.Token).Order(StringComparer.Ordinal), tokens.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Decision record: CR-1\n\nContext\nx\n\nDecisions\nnone", true)]
    [InlineData("decision record\nDecisions", true)]
    [InlineData("Decision record for the API: decided: ship it", false)]
    [InlineData("Decisions\nDecision record", false)]
    [InlineData("", false)]
    public void IsRecord_Text_TitleLineAndDecisionsHeading(string text, bool expected)
    {
        Assert.Equal(expected, DecisionRecord.IsRecord(text));
    }
}
