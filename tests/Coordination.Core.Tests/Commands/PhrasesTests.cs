using System.Reflection;
using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

/// <summary>
/// The free-text phrase tables are data: every row is unique and lower-case, and every row of the tables that start a
/// message reads as its intent. A new row in <see cref="Phrases"/> is covered here without a new test.
/// </summary>
public class PhrasesTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("C1", null));

    public static TheoryData<string> Tables => [.. TableFields().Select(table => table.Name)];

    public static TheoryData<string> FollowUpWith => [.. Phrases.FollowUpWith];

    public static TheoryData<string> FollowUpOn => [.. Phrases.FollowUpOn];

    public static TheoryData<string> CoordinateVerbs => [.. Phrases.CoordinateVerbs];

    public static TheoryData<string> Opening => [.. Phrases.Opening];

    public static TheoryData<string> DefaultMarkers => [.. Phrases.DefaultMarkers];

    public static TheoryData<string> DecisionTriggers => [.. Phrases.DecisionTriggers];

    public static TheoryData<string> Subjects => [.. Phrases.Subjects];

    public static TheoryData<string> AwayStates => [.. Phrases.AwayStates];

    public static TheoryData<string> Until => [.. Phrases.Until];

    public static TheoryData<string> Blocking => [.. Phrases.Blocking];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_EveryRow_IsUniqueLowerCaseAndTrimmed(string table)
    {
        var rows = (string[])typeof(Phrases).GetField(table)!.GetValue(null)!;

        Assert.NotEmpty(rows);
        Assert.Empty(rows.GroupBy(row => row, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key));
        Assert.All(rows, row => Assert.Equal(row.Trim().ToLowerInvariant(), row));
        Assert.All(rows, row => Assert.DoesNotContain("  ", row, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FollowUpWith))]
    public void FollowUpWith_EveryVerb_ReadsAnAsk(string verb) =>
        AssertAsk($"{verb} <@U1> on the spec by Friday", "the spec");

    [Theory]
    [MemberData(nameof(FollowUpOn))]
    public void FollowUpOn_EveryVerb_ReadsAnAsk(string verb) =>
        AssertAsk($"{verb} the spec with <@U1> by Friday", "the spec");

    [Theory]
    [MemberData(nameof(CoordinateVerbs))]
    public void CoordinateVerbs_EveryVerb_ReadsAnAsk(string verb) =>
        AssertAsk($"{verb} the launch with <@U1> by Friday", "the launch");

    [Theory]
    [MemberData(nameof(Opening))]
    public void Opening_EveryPhrase_IsTakenOffBeforeTheAsk(string opening) =>
        AssertAsk($"{opening} follow up with <@U1> on the spec by Friday", "the spec");

    [Theory]
    [MemberData(nameof(DefaultMarkers))]
    public void DefaultMarkers_EveryMarker_ReadsTheDefault(string marker)
    {
        var command = FreeTextParser.Parse($"follow up with <@U1> on the spec, {marker} ship it as is", Context);

        var ask = Assert.IsType<AskCommand>(command);
        Assert.Equal("the spec", ask.Title);
        Assert.Equal("ship it as is", ask.Default);
    }

    [Theory]
    [MemberData(nameof(DecisionTriggers))]
    public void DecisionTriggers_EveryTrigger_ReadsADecision(string trigger)
    {
        var command = FreeTextParser.Parse($"{trigger}: we ship the beta on Monday", Context);

        var decide = Assert.IsType<DecideCommand>(command);
        Assert.Equal("we ship the beta on Monday", decide.Text);
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Subjects_EverySubject_ReadsAnAbsence(string subject) =>
        Assert.IsType<AwayCommand>(FreeTextParser.Parse($"{subject} away until Monday", Context));

    [Theory]
    [MemberData(nameof(AwayStates))]
    public void AwayStates_EveryState_ReadsAnAbsence(string state) =>
        Assert.IsType<AwayCommand>(FreeTextParser.Parse($"I'm {state} until Monday", Context));

    [Theory]
    [MemberData(nameof(Until))]
    public void Until_EveryWord_ReadsAnAbsence(string until) =>
        Assert.IsType<AwayCommand>(FreeTextParser.Parse($"I'm away {until} Monday", Context));

    [Theory]
    [MemberData(nameof(Blocking))]
    public void Blocking_EveryQuestion_ReadsAOneLineStatus(string question)
    {
        var status = Assert.IsType<StatusCommand>(FreeTextParser.Parse($"{question} CR-2?", Context));

        Assert.Equal(2, status.RequestNumber);
        Assert.True(status.OneLine);
    }

    private static void AssertAsk(string text, string title)
    {
        var command = FreeTextParser.Parse(text, Context);

        var ask = Assert.IsType<AskCommand>(command);
        Assert.Equal(title, ask.Title);
        Assert.Equal("U1", Assert.Single(ask.Stakeholders).PlatformUserId);
        Assert.NotNull(ask.Due);
    }

    private static IEnumerable<FieldInfo> TableFields() =>
        typeof(Phrases).GetFields(BindingFlags.Public | BindingFlags.Static).Where(table => table.FieldType == typeof(string[]));
}
