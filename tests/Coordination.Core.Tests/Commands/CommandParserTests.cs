using System.Globalization;
using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

public class CommandParserTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("C1", null));

    [Theory]
    [InlineData("ask <@U1> review the spec", "U1", "review the spec", null, null)]
    [InlineData("ask <@U1|bob> <@U2|carol> review the spec by Friday", "U1 U2", "review the spec", "Friday", null)]
    [InlineData("ASK <@U1> review by fri 5pm escalate <@L1>", "U1", "review", "fri 5pm", "L1")]
    [InlineData("ask <@U1> review escalate <@L1> by tomorrow", "U1", "review", "tomorrow", "L1")]
    [InlineData("ask <@U1> go/no-go by eod escalate to <@L1|lee>", "U1", "go/no-go", "eod", "L1")]
    [InlineData("ask <@U1> approve the design by committee", "U1", "approve the design by committee", null, null)]
    [InlineData("ask <@U1> approve the design by committee by 2026-12-03", "U1", "approve the design by committee", "2026-12-03", null)]
    [InlineData("ask <@U1> sync with <@U2|dana> about the launch", "U1", "sync with @dana about the launch", null, null)]
    [InlineData("ask <@U1> ping <@U3> please", "U1", "ping <@U3> please", null, null)]
    [InlineData("ask <@U1>, <@U2> and <@U3> pick a date by Dec 3", "U1 U2 U3", "pick a date", "Dec 3", null)]
    [InlineData("ask <@U1><@U2> pick a date", "U1 U2", "pick a date", null, null)]
    [InlineData("ask <@U1> <@U1> review", "U1", "review", null, null)]
    [InlineData("ask <@U1> ship it by next week", "U1", "ship it", "next week", null)]
    [InlineData("ask <@U1> review the spec by Friday.", "U1", "review the spec", "Friday", null)]
    [InlineData("ask <@U1> should we escalate this?", "U1", "should we escalate this?", null, null)]
    [InlineData("ask <@U1>   keep   my  spacing ", "U1", "keep   my  spacing", null, null)]
    [InlineData("ask <@W9> pick a date by 3 Dec 2026 17:00", "W9", "pick a date", "3 Dec 2026 17:00", null)]
    public void Parse_Ask_ReadsStakeholdersTitleDueAndEscalation(string text, string stakeholders, string title, string? due, string? escalateTo)
    {
        var ask = Assert.IsType<AskCommand>(CommandParser.Parse(text, Context));

        Assert.Equal(stakeholders.Split(' '), ask.Stakeholders.Select(p => p.PlatformUserId));
        Assert.Equal(title, ask.Title);
        Assert.Equal(due is null ? null : Due(due), ask.Due);
        Assert.Equal(escalateTo, ask.EscalateTo?.PlatformUserId);
        Assert.Same(Context, ask.Context);
    }

    [Theory]
    [InlineData("ask <@U024BE7LH|bob> review", "U024BE7LH", "bob")]
    [InlineData("ask <@U024BE7LH> review", "U024BE7LH", null)]
    [InlineData("ask <@29:1a-b|Bob Smith> review", "29:1a-b", "Bob Smith")]
    [InlineData("ask <@U1|> review", "U1", null)]
    public void Parse_Mention_KeepsIdAndDisplayName(string text, string id, string? name)
    {
        var ask = Assert.IsType<AskCommand>(CommandParser.Parse(text, Context));

        Assert.Equal(new PersonRef(id, name), Assert.Single(ask.Stakeholders));
    }

    [Theory]
    [InlineData("list", "list Mine")]
    [InlineData("list mine", "list Mine")]
    [InlineData("LIST Waiting", "list Waiting")]
    [InlineData("list all", "list All")]
    [InlineData("status CR-3", "status 3")]
    [InlineData("status cr-3", "status 3")]
    [InlineData("Status #3", "status 3")]
    [InlineData("status 3", "status 3")]
    [InlineData("ack CR-12", "ack 12")]
    [InlineData("ACK 7", "ack 7")]
    [InlineData("cancel CR-4", "cancel 4")]
    [InlineData("done CR-3", "done 3 -")]
    [InlineData("done CR-3 approved, see <@U2|dana>'s notes", "done 3 approved, see @dana's notes")]
    [InlineData("resolve CR-3", "resolve 3 -")]
    [InlineData("resolve #3 went with option B", "resolve 3 went with option B")]
    [InlineData("close CR-3 shipped", "resolve 3 shipped")]
    [InlineData("decline CR-5 out of scope this quarter", "decline 5 out of scope this quarter")]
    [InlineData("redirect CR-3 <@U2>", "redirect 3 to U2 from -")]
    [InlineData("redirect CR-3 to <@U2>", "redirect 3 to U2 from -")]
    [InlineData("redirect CR-3 <@U1> <@U2>", "redirect 3 to U2 from U1")]
    [InlineData("redirect CR-3 <@U1> to <@U2>", "redirect 3 to U2 from U1")]
    [InlineData("snooze CR-3 2d", "snooze 3 2.00:00:00 -")]
    [InlineData("snooze CR-3 36 hours", "snooze 3 1.12:00:00 -")]
    [InlineData("snooze CR-3 <@U2> 1 week", "snooze 3 7.00:00:00 U2")]
    [InlineData("escalate CR-3 <@L1>", "escalate 3 L1")]
    [InlineData("escalate CR-3 to <@L1>", "escalate 3 L1")]
    [InlineData("lead <@L1>", "lead L1 for -")]
    [InlineData("lead <@U2> <@L1>", "lead L1 for U2")]
    [InlineData("tz Europe/London", "tz Europe/London")]
    [InlineData("TZ America/Los_Angeles", "tz America/Los_Angeles")]
    [InlineData("", "help -")]
    [InlineData("   ", "help -")]
    [InlineData("help", "help -")]
    [InlineData("help snooze", "help snooze")]
    [InlineData("HELP Close", "help resolve")]
    [InlineData("summary off", "summary off")]
    [InlineData("summary on", "summary on")]
    [InlineData("Summary OFF", "summary off")]
    [InlineData("summary: on", "summary on")]
    [InlineData("summaries off", "summary off")]
    [InlineData("summary off.", "summary off")]
    [InlineData("help summary", "help summary")]
    [InlineData("summary", "summarize -")]
    [InlineData("summary of CR-3", "summarize 3")]
    public void Parse_WellFormedCommand_ProducesCommand(string text, string expected)
    {
        var command = CommandParser.Parse(text, Context);

        Assert.Equal(expected, Describe(command));
        Assert.Same(Context, command.Context);
    }

    [Theory]
    [InlineData("status", "status", "needs a request key")]
    [InlineData("ack", "ack", "needs a request key")]
    [InlineData("done", "done", "needs a request key")]
    [InlineData("status CR-x", "status", "`CR-x` isn't a request key")]
    [InlineData("ack CR-0", "ack", "isn't a request key")]
    [InlineData("cancel CR-3 now please", "cancel", "takes only a request key")]
    [InlineData("decline CR-3", "decline", "needs a reason")]
    [InlineData("decline CR-3    ", "decline", "needs a reason")]
    [InlineData("redirect CR-3", "redirect", "Who should CR-3 go to?")]
    [InlineData("redirect CR-3 sam", "redirect", "I expected an @-mention after `redirect CR-3`, not `sam`")]
    [InlineData("redirect CR-3 <@U1> <@U2> <@U3>", "redirect", "takes one person")]
    [InlineData("snooze CR-3", "snooze", "Add a duration")]
    [InlineData("snooze CR-3 forever", "snooze", "I can't read `forever` as a duration")]
    [InlineData("snooze CR-3 0d", "snooze", "as a duration")]
    [InlineData("snooze CR-3 45d", "snooze", "at most 30 days")]
    [InlineData("escalate CR-3", "escalate", "takes exactly one person")]
    [InlineData("escalate CR-3 <@L1> <@L2>", "escalate", "takes exactly one person")]
    [InlineData("lead", "lead", "takes your lead's @-mention")]
    [InlineData("lead <@A> <@B> <@C>", "lead", "takes your lead's @-mention")]
    [InlineData("tz", "tz", "needs a time zone name")]
    [InlineData("tz Europe London", "tz", "one time zone name with no spaces")]
    [InlineData("list everything", "list", "not `everything`")]
    [InlineData("list mine all", "list", "one word at most")]
    [InlineData("list 1", "list", "not `1`")]
    [InlineData("ask", "ask", "needs at least one person")]
    [InlineData("ask review the spec", "ask", "needs at least one person")]
    [InlineData("ask <@U1>", "ask", "needs what you are asking for")]
    [InlineData("ask <@U1> by friday", "ask", "needs what you are asking for")]
    [InlineData("ask <@U1> escalate <@L1>", "ask", "needs what you are asking for")]
    [InlineData("ask @bob review the spec", "ask", "I couldn't tell who `@bob` is: pick them from the @-mention list so their name turns blue.")]
    [InlineData("ask <@U1> @bob review the spec", "ask", "I couldn't tell who `@bob` is")]
    [InlineData("ask <@U1> review escalate @lee", "ask", "I couldn't tell who `@lee` is")]
    [InlineData("ask <@U1> review escalate to @lee by fri", "ask", "I couldn't tell who `@lee` is")]
    [InlineData("redirect CR-3 @sam", "redirect", "I couldn't tell who `@sam` is")]
    [InlineData("snooze CR-3 @sam 2d", "snooze", "I couldn't tell who `@sam` is")]
    [InlineData("lead @morgan", "lead", "I couldn't tell who `@morgan` is")]
    [InlineData("help akc", null, "I don't know `akc`. Did you mean `ack`?")]
    [InlineData("help ask me", "ask", "takes one command name")]
    [InlineData("summary off now", "summary", "`summary off` takes nothing else: just `/coord summary off`.")]
    [InlineData("summary on for mornings", "summary", "`summary on` takes nothing else")]
    [InlineData("summary disable", "summary", "switches with `on` or `off`, not `disable`")]
    [InlineData("summary stop please", "summary", "not `stop please`: write `/coord summary off`")]
    [InlineData("summary of the launch", "summarize", "Did you mean `summarize`")]
    public void Parse_MalformedCommand_ExplainsTheProblem(string text, string? verb, string problem)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Equal(verb, help.Verb);
        Assert.Contains(problem, help.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("akc CR-3", "I don't know `akc`. Did you mean `ack`?")]
    [InlineData("lsit", "I don't know `lsit`. Did you mean `list`?")]
    [InlineData("stauts CR-3", "I don't know `stauts`. Did you mean `status`?")]
    [InlineData("snoze CR-3 2d", "I don't know `snoze`. Did you mean `snooze`?")]
    [InlineData("esc CR-3 <@L1>", "I don't know `esc`. Did you mean `escalate`?")]
    [InlineData("hlep", "I don't know `hlep`. Did you mean `help`?")]
    [InlineData("xyzzy", "I don't know `xyzzy`.")]
    [InlineData("!!!", "I don't know `!!!`.")]
    [InlineData("?? ¿¡ --- ;;;", "I don't know `??`.")]
    [InlineData("`rm -rf`", "I don't know `'rm`.")]
    [InlineData("<@U1> review the spec", "Start with what to do")]
    [InlineData("@bob review the spec", "Start with what to do")]
    public void Parse_UnknownVerb_SaysSoAndSuggestsTheClosest(string text, string problem)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Null(help.Verb);
        Assert.StartsWith(problem, help.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2001, "too long")]
    [InlineData(100_000, "too long")]
    public void Parse_VeryLongInput_IsRefused(int length, string problem)
    {
        var text = "ask <@U1> " + new string('x', length);

        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Contains(problem, help.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TitleOverTheLimit_IsRefused()
    {
        var text = "ask <@U1> " + string.Join(' ', Enumerable.Repeat("word", 120));

        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Equal("ask", help.Verb);
        Assert.Contains("too long", help.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<")]
    [InlineData(">")]
    [InlineData("<@")]
    [InlineData("<@>")]
    [InlineData("ask <@U1")]
    [InlineData("ask <@U1|bob review")]
    [InlineData("ask <<@U1>> x")]
    [InlineData("snooze CR-99999999999 2d")]
    [InlineData("status #")]
    [InlineData("ask <@U1> x by")]
    [InlineData("ask <@U1> x escalate")]
    [InlineData("ask <@U1> x by in 99999999999 days")]
    [InlineData("\u0000\t\n\r")]
    [InlineData("ask\n<@U1>\nreview")]
    public void Parse_OddInput_NeverThrows(string text)
    {
        var command = CommandParser.Parse(text, Context);

        Assert.NotNull(command);
    }

    [Fact]
    public void Parse_RandomInput_NeverThrows()
    {
        var random = new Random(48);
        var pieces = new[] { "ask", "snooze", "redirect", "lead", "by", "escalate", "to", "CR-1", "#2", "<@U1>", "<@U2|b>", "@c", "<", ">", "|", "fri", "5pm", "2d", ",", "and", "`", "\u00a0", "é", "٣", " " };

        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));

            Assert.NotNull(CommandParser.Parse(text, Context));
        }
    }

    [Theory]
    [InlineData("ask", "`/coord ask @person")]
    [InlineData("ACK", "`/coord ack CR-n`")]
    [InlineData("close", "`/coord resolve CR-n [note]`")]
    [InlineData("snooze", "`/coord snooze CR-n")]
    [InlineData("tz", "`/coord tz <IANA zone>`")]
    [InlineData("summary", "`/coord summary on|off`")]
    [InlineData("summaries", "`/coord summary on|off`")]
    public void Usage_KnownVerb_GivesSyntaxAndExample(string verb, string syntax)
    {
        var usage = CommandUsage.For(verb);

        Assert.StartsWith(syntax, usage, StringComparison.Ordinal);
        Assert.Contains("\nExample: `/coord ", usage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("akc")]
    public void Usage_NoOrUnknownVerb_ListsEveryVerbAfterTheRule(string? verb)
    {
        var lines = CommandUsage.For(verb).Split('\n');

        Assert.Contains("48 hours", lines[0], StringComparison.Ordinal);
        foreach (var known in new[] { "ask", "list", "status", "ack", "done", "decline", "redirect", "snooze", "escalate", "resolve", "cancel", "lead", "tz", "summary", "help" })
        {
            Assert.Single(lines, line => line.StartsWith($"`/coord {known} ", StringComparison.Ordinal) || line.StartsWith($"`/coord {known}`", StringComparison.Ordinal));
        }
    }

    private static DueDate Due(string text) => DueDate.TryParse(text, out var due) ? due! : throw new ArgumentException(text);

    private static string Describe(ChatCommand command) => command switch
    {
        ListCommand c => $"list {c.Filter}",
        StatusCommand c => $"status {c.RequestNumber}",
        AcknowledgeCommand c => $"ack {c.RequestNumber}",
        CancelCommand c => $"cancel {c.RequestNumber}",
        DoneCommand c => $"done {c.RequestNumber} {c.Note ?? "-"}",
        ResolveCommand c => $"resolve {c.RequestNumber} {c.Note ?? "-"}",
        DeclineCommand c => $"decline {c.RequestNumber} {c.Reason}",
        RedirectCommand c => $"redirect {c.RequestNumber} to {c.To.PlatformUserId} from {c.From?.PlatformUserId ?? "-"}",
        SnoozeCommand c => string.Create(CultureInfo.InvariantCulture, $"snooze {c.RequestNumber} {c.Duration:c} {c.Stakeholder?.PlatformUserId ?? "-"}"),
        EscalateToCommand c => $"escalate {c.RequestNumber} {c.Target.PlatformUserId}",
        SetLeadCommand c => $"lead {c.Lead.PlatformUserId} for {c.Person?.PlatformUserId ?? "-"}",
        SetTimeZoneCommand c => $"tz {c.TimeZoneId}",
        SetMorningSummaryCommand c => c.On ? "summary on" : "summary off",
        SummarizeCommand c => $"summarize {c.RequestNumber?.ToString(CultureInfo.InvariantCulture) ?? "-"}",
        HelpCommand { Problem: null } c => $"help {c.Verb ?? "-"}",
        HelpCommand c => $"problem: {c.Problem}",
        _ => command.GetType().Name,
    };
}
