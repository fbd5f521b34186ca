using Coordination.Core.Chat;
using Coordination.Core.Commands;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests.Commands;

/// <summary>The verbs for decisions, teams, absence and summaries, and <c>ask … default:</c>.</summary>
public class CommandParserDecisionTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("C1", null));

    /// <summary>Wednesday 2026-01-07 10:00 in London: every due date below is shown as that person's wall clock.</summary>
    private static readonly DateTimeOffset Now = Utc(2026, 1, 7, 10);

    private const string London = "Europe/London";

    [Theory]
    [InlineData("decide use Postgres", "decide “use Postgres”")]
    [InlineData("DECIDE use Postgres", "decide “use Postgres”")]
    [InlineData("decide: use Postgres", "decide “use Postgres”")]
    [InlineData("decide CR-3 use Postgres", "decide “use Postgres” CR-3")]
    [InlineData("decide cr-3: use Postgres", "decide “use Postgres” CR-3")]
    [InlineData("decide use Postgres because we know it best", "decide “use Postgres” because “we know it best”")]
    [InlineData("decide use Postgres rationale: we know it best", "decide “use Postgres” because “we know it best”")]
    [InlineData("decide use Postgres next: <@U1|ann> migrate the schema by Friday",
        "decide “use Postgres” next U1 “migrate the schema” due 2026-01-09 17:00")]
    [InlineData("decide CR-3 use Postgres next: <@U1|ann> migrate the schema by Friday; <@U2|bob> update the runbook",
        "decide “use Postgres” CR-3 next U1 “migrate the schema” due 2026-01-09 17:00 next U2 “update the runbook”")]
    [InlineData("decide use Postgres because it is boring next: <@U1> migrate by fri 5pm",
        "decide “use Postgres” because “it is boring” next U1 “migrate” due 2026-01-09 17:00")]
    [InlineData("decide use Postgres next: <@U1> will migrate the schema by tomorrow;",
        "decide “use Postgres” next U1 “migrate the schema” due 2026-01-08 17:00")]
    [InlineData("decide use Postgres next: <@U1> <@U2> review the migration",
        "decide “use Postgres” next U1 “review the migration” next U2 “review the migration”")]
    [InlineData("decide use Postgres next: <@U1>, <@U2> and <@U3> review it",
        "decide “use Postgres” next U1 “review it” next U2 “review it” next U3 “review it”")]
    [InlineData("decide use Postgres next steps: <@U1> migrate; <@U2> sync with <@U3|cy> about backups",
        "decide “use Postgres” next U1 “migrate” next U2 “sync with @cy about backups”")]
    [InlineData("decide use Postgres\nnext:\n- <@U1> migrate\n- <@U2> document", "decide “use Postgres” next U1 “migrate” next U2 “document”")]
    [InlineData("decide ship on <@U1|ann>'s date", "decide “ship on @ann's date”")]
    [InlineData("decide use Postgres by committee", "decide “use Postgres by committee”")]
    [InlineData("decide use Postgres --long-term", "decide “use Postgres” long-term")]
    [InlineData("decide --long-term use Postgres", "decide “use Postgres” long-term")]
    [InlineData("decide use --long-term Postgres", "decide “use Postgres” long-term")]
    [InlineData("decide use Postgres —long-term", "decide “use Postgres” long-term")]
    [InlineData("decide long-term use Postgres", "decide “use Postgres” long-term")]
    [InlineData("decide CR-3 long-term use Postgres", "decide “use Postgres” CR-3 long-term")]
    [InlineData("decide use Postgres long-term next: <@U1> migrate", "decide “use Postgres” long-term next U1 “migrate”")]
    [InlineData("decide our long-term store is Postgres", "decide “our long-term store is Postgres” long-term")]
    [InlineData("decide use Postgres next: <@U1> migrate --long-term", "decide “use Postgres” long-term next U1 “migrate”")]
    public void Parse_Decide_ReadsDecisionRationaleAndNextSteps(string text, string expected)
    {
        var command = CommandParser.Parse(text, Context);

        Assert.Equal(expected, Describe(command));
        Assert.Same(Context, command.Context);
    }

    [Theory]
    [InlineData("decide", null)]
    [InlineData("Decide   ", null)]
    [InlineData("decide CR-7", 7)]
    [InlineData("decide --long-term", null)]
    [InlineData("decide CR-7 long-term", 7)]
    public void Parse_DecideWithoutText_OpensTheDecisionForm(string text, int? request)
    {
        var open = Assert.IsType<OpenFormCommand>(CommandParser.Parse(text, Context));

        Assert.Equal(ChatForms.Decision, open.Kind);
        Assert.Equal(request, open.State.RequestNumber);
        Assert.Equal(Context.Where, open.State.Where);
    }

    [Fact]
    public void Parse_NotesWithoutText_OpensTheNotesForm()
    {
        var open = Assert.IsType<OpenFormCommand>(CommandParser.Parse("notes", Context));

        Assert.Equal(ChatForms.Notes, open.Kind);
    }

    [Theory]
    [InlineData("next D-4 <@U1|ann> draft the plan by Friday", "next D-4 U1 “draft the plan” due 2026-01-09 17:00")]
    [InlineData("next d-4 <@U1> draft the plan", "next D-4 U1 “draft the plan”")]
    [InlineData("NEXT D-12 <@U1> will draft the plan by tomorrow 9am", "next D-12 U1 “draft the plan” due 2026-01-08 09:00")]
    [InlineData("next #4 <@U1> draft", "next D-4 U1 “draft”")]
    [InlineData("next 4 <@U1> draft", "next D-4 U1 “draft”")]
    [InlineData("next D-4 <@U1> tell <@U2|bob> by Dec 3", "next D-4 U1 “tell @bob” due 2026-12-03 17:00")]
    [InlineData("next D-4 <@U1> approve by committee", "next D-4 U1 “approve by committee”")]
    public void Parse_Next_AddsAStepToTheDecision(string text, string expected)
    {
        Assert.Equal(expected, Describe(CommandParser.Parse(text, Context)));
    }

    [Theory]
    [InlineData("decisions", "decisions open")]
    [InlineData("decisions open", "decisions open")]
    [InlineData("Decisions ALL", "decisions all")]
    [InlineData("team backend <@U1> <@U2>", "team backend U1 U2")]
    [InlineData("team Backend <@U1|ann>", "team backend U1")]
    [InlineData("team platform-infra <@U1>, <@U2> and <@U3>", "team platform-infra U1 U2 U3")]
    [InlineData("team @backend <@U1>", "team backend U1")]
    [InlineData("team <!subteam^S1|@backend> <@U1>", "team backend U1")]
    [InlineData("team backend <@U1> <@U1>", "team backend U1")]
    [InlineData("team équipe <@U1>", "team équipe U1")]
    [InlineData("away until friday", "away until 2026-01-09 17:00")]
    [InlineData("away until Dec 3 9am", "away until 2026-12-03 09:00")]
    [InlineData("AWAY till 2026-12-03", "away until 2026-12-03 17:00")]
    [InlineData("away until Dec 3 delegate <@U1>", "away until 2026-12-03 17:00 delegate U1")]
    [InlineData("away until next week delegate to <@U1|ann>", "away until 2026-01-12 17:00 delegate U1")]
    [InlineData("away <@U2> until Dec 3 delegate <@U1>", "away U2 until 2026-12-03 17:00 delegate U1")]
    [InlineData("away <@U2|bob> until friday", "away U2 until 2026-01-09 17:00")]
    [InlineData("back", "back")]
    [InlineData("back <@U2|bob>", "back U2")]
    [InlineData("Back now", "back")]
    [InlineData("back from vacation", "back")]
    [InlineData("summarize", "summarize -")]
    [InlineData("summarise", "summarize -")]
    [InlineData("summarize this thread", "summarize -")]
    [InlineData("summarize CR-3", "summarize 3")]
    [InlineData("Summarise #3", "summarize 3")]
    [InlineData("notes we picked B", "notes “we picked B”")]
    [InlineData("notes: we picked B", "notes “we picked B”")]
    [InlineData("notes we picked B; <@U1|ann> drafts the plan by Friday", "notes “we picked B; <@U1|ann> drafts the plan by Friday”")]
    [InlineData("notes\n- picked B\n- <@U1> drafts", "notes “- picked B\n- <@U1> drafts”")]
    [InlineData("help decide", "help decide")]
    [InlineData("help summarise", "help summarize")]
    [InlineData("help notes", "help notes")]
    public void Parse_NewVerb_ProducesCommand(string text, string expected)
    {
        var command = CommandParser.Parse(text, Context);

        Assert.Equal(expected, Describe(command));
        Assert.Same(Context, command.Context);
    }

    [Theory]
    [InlineData("ask <@U1> review the spec default: approve it as is", "ask U1 “review the spec” default “approve it as is”")]
    [InlineData("ask <@U1> review the spec by Friday default: approve it", "ask U1 “review the spec” due 2026-01-09 17:00 default “approve it”")]
    [InlineData("ask <@U1> review the spec default: approve it by Friday", "ask U1 “review the spec” due 2026-01-09 17:00 default “approve it”")]
    [InlineData("ask <@U1> review default: approve it escalate <@L1>", "ask U1 “review” escalate L1 default “approve it”")]
    [InlineData("ask <@U1> review escalate <@L1> default: approve it by tomorrow", "ask U1 “review” due 2026-01-08 17:00 escalate L1 default “approve it”")]
    [InlineData("ask <@U1> review by fri escalate <@L1> default: approve it", "ask U1 “review” due 2026-01-09 17:00 escalate L1 default “approve it”")]
    [InlineData("ask <@U1> review Default: approve it", "ask U1 “review” default “approve it”")]
    [InlineData("ask <@U1> review default:approve it", "ask U1 “review” default “approve it”")]
    [InlineData("ask <@U1> review default: ship it by committee", "ask U1 “review” default “ship it by committee”")]
    [InlineData("ask <@U1> pick a default for the setting", "ask U1 “pick a default for the setting”")]
    [InlineData("ask <@U1> review by Friday", "ask U1 “review” due 2026-01-09 17:00")]
    public void Parse_AskWithDefault_TheDefaultEndsTheTitle(string text, string expected)
    {
        Assert.Equal(expected, Describe(CommandParser.Parse(text, Context)));
    }

    [Theory]
    [InlineData("decide next: <@U1> migrate", "decide", "What was decided?")]
    [InlineData("decide use Postgres because", "decide", "Say why after `because`")]
    [InlineData("decide use Postgres next:", "decide", "Name who does what after `next:`")]
    [InlineData("decide use Postgres next: ;", "decide", "Name who does what after `next:`")]
    [InlineData("decide use Postgres next: migrate the schema", "decide", "Each next step starts with its owner's @-mention")]
    [InlineData("decide use Postgres next: @ann migrate the schema", "decide", "I couldn't tell who `@ann` is")]
    [InlineData("decide use Postgres next: <@U1> migrate; bob documents", "decide", "Each next step starts with its owner's @-mention")]
    [InlineData("decide use Postgres next: <@U1>", "decide", "What should <@U1> do?")]
    [InlineData("decide use Postgres next: <@U1|ann> by friday", "decide", "What should @ann do?")]
    [InlineData("next", "next", "needs a decision key")]
    [InlineData("next D-4", "next", "Who does what for D-4?")]
    [InlineData("next CR-4 <@U1> draft", "next", "`CR-4` is a request; next steps belong to decisions")]
    [InlineData("next D-x <@U1> draft", "next", "`D-x` isn't a decision key")]
    [InlineData("next D-0 <@U1> draft", "next", "`D-0` isn't a decision key")]
    [InlineData("next D-4 ann draft", "next", "starts with its owner's @-mention")]
    [InlineData("next D-4 @ann draft", "next", "I couldn't tell who `@ann` is")]
    [InlineData("next D-4 <@U1> <@U2> draft", "next", "A next step has one owner")]
    [InlineData("next D-4 <@U1>", "next", "What should <@U1> do?")]
    [InlineData("decisions mine", "decisions", "takes `open` or `all`, not `mine`")]
    [InlineData("decisions all open", "decisions", "one word at most")]
    [InlineData("team", "team", "needs a name and its members")]
    [InlineData("team backend", "team", "Who is in backend?")]
    [InlineData("team <@U1> <@U2>", "team", "Name the team first")]
    [InlineData("team back end <@U1>", "team", "A team's name is one word")]
    [InlineData("team back_end <@U1>", "team", "A team's name is one word (hyphens allowed")]
    [InlineData("team -backend <@U1>", "team", "A team's name is one word (hyphens allowed")]
    [InlineData("team backend <@U1> @bob", "team", "I couldn't tell who `@bob` is")]
    [InlineData("team backend <@U1> and friends", "team", "I don't know what to do with `and friends`")]
    [InlineData("away", "away", "Say when you are back")]
    [InlineData("away friday", "away", "Say when you are back")]
    [InlineData("away until", "away", "Until when?")]
    [InlineData("away until whenever", "away", "I can't read `whenever` as a date")]
    [InlineData("away until friday <@U1>", "away", "write `delegate @dana` after the date")]
    [InlineData("away until friday delegate", "away", "`delegate` takes one person")]
    [InlineData("away until friday delegate <@U1> <@U2>", "away", "`delegate` takes one person")]
    [InlineData("away until friday delegate @sam", "away", "I couldn't tell who `@sam` is")]
    [InlineData("back to work tomorrow", "back", "`back` takes nothing else")]
    [InlineData("back <@U1> <@U2>", "back", "`back` takes nothing else")]
    [InlineData("away <@U2> friday", "away", "Say when you are back")]
    [InlineData("summarize everything", "summarize", "takes a request key at most")]
    [InlineData("summarize CR-3 CR-4", "summarize", "takes a request key at most")]
    [InlineData("ask <@U1> review default:", "ask", "Say what you will do if nobody answers")]
    [InlineData("ask <@U1> default: approve it", "ask", "needs what you are asking for")]
    [InlineData("ask <@U1> review by friday default: approve it by monday", "ask", "two due dates")]
    [InlineData("ask <@U1> review default: approve it escalate @lee", "ask", "I couldn't tell who `@lee` is")]
    public void Parse_MalformedNewVerb_ExplainsTheProblem(string text, string verb, string problem)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Equal(verb, help.Verb);
        Assert.Contains(problem, help.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decied CR-3", "Did you mean `decide`?")]
    [InlineData("sumarize", "Did you mean `summarize`?")]
    [InlineData("decisons", "Did you mean `decisions`?")]
    [InlineData("teem backend", "Did you mean `team`?")]
    [InlineData("akc CR-3", "Did you mean `ack`?")]
    [InlineData("stauts CR-3", "Did you mean `status`?")]
    public void Parse_NewVerbTypo_SuggestsIt(string text, string suggestion)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Null(help.Verb);
        Assert.EndsWith(suggestion, help.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongNotes_AreAllowedBeyondTheCommandLimit()
    {
        var body = string.Join('\n', Enumerable.Repeat("- <@U1|ann> said we should ship on Friday", 200));

        var notes = Assert.IsType<NotesCommand>(CommandParser.Parse("notes\n" + body, Context));

        Assert.True(body.Length > CommandParser.MaxTextLength);
        Assert.Equal(body, notes.Text);
    }

    [Theory]
    [InlineData("notes ", CommandParser.MaxNotesLength, "Those notes are too long")]
    [InlineData("decide ", CommandParser.MaxTextLength, "That is too long")]
    public void Parse_OverTheLimit_IsRefused(string verb, int limit, string problem)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(verb + new string('x', limit), Context));

        Assert.StartsWith(problem, help.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DecisionOverTheLimit_IsRefused()
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse("decide " + string.Join(' ', Enumerable.Repeat("word", 120)), Context));

        Assert.Equal("decide", help.Verb);
        Assert.Contains("too long", help.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Team_KeepsMembersInOrderWithNames()
    {
        var team = Assert.IsType<DefineTeamCommand>(CommandParser.Parse("team backend <@U2|bob> <@U1|ann>", Context));

        Assert.Equal<PersonRef>([new("U2", "bob"), new("U1", "ann")], team.Members);
    }

    [Fact]
    public void Parse_RandomDecisionInput_NeverThrows()
    {
        var random = new Random(48);
        var pieces = new[]
        {
            "decide", "next", "next:", "team", "away", "until", "delegate", "back", "summarize", "notes", "decisions", "because", "default:",
            "--long-term", "long-term", ";", "\n", "D-1", "CR-2", "<@U1>", "<@U2|b>", "@c", "by", "fri", "5pm", "<", ">", "-", "é",
        };

        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));

            Assert.NotNull(CommandParser.Parse(text, Context));
        }
    }

    [Theory]
    [InlineData("decide", "`/coord decide [CR-n] <decision>")]
    [InlineData("next", "`/coord next D-n @person <action> [by <date>]`")]
    [InlineData("decisions", "`/coord decisions [open|all]`")]
    [InlineData("team", "`/coord team <name> @person")]
    [InlineData("away", "`/coord away [@person] until <date> [delegate @person]`")]
    [InlineData("back", "`/coord back [@person]`")]
    [InlineData("summarize", "`/coord summarize [CR-n]`")]
    [InlineData("Summarise", "`/coord summarize [CR-n]`")]
    [InlineData("notes", "`/coord notes <meeting notes>`")]
    [InlineData("ask", "`/coord ask @person [@person …] <what you need> [by <date>] [escalate @lead] [default:")]
    public void Usage_NewVerb_GivesSyntaxAndExample(string verb, string syntax)
    {
        var usage = CommandUsage.For(verb);

        Assert.StartsWith(syntax, usage, StringComparison.Ordinal);
        Assert.Contains("\nExample: `/coord ", usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_All_ListsTheNewVerbsAndPlainEnglish()
    {
        var lines = CommandUsage.For(null).Split('\n');

        foreach (var verb in new[] { "decide", "next", "decisions", "team", "away", "back", "summarize", "notes" })
        {
            Assert.Single(lines, line => line.StartsWith($"`/coord {verb} ", StringComparison.Ordinal) || line.StartsWith($"`/coord {verb}`", StringComparison.Ordinal));
        }

        Assert.Contains(lines, line => line.StartsWith("Or just say it:", StringComparison.Ordinal));
    }

    [Fact]
    public void Usage_EveryExample_ParsesAsItsOwnVerb()
    {
        foreach (var verb in new[] { "ask", "decide", "next", "decisions", "team", "away", "back", "summarize", "notes" })
        {
            var written = CommandUsage.For(verb).Split('\n')[1]["Example: `/coord ".Length..^1];
            var example = System.Text.RegularExpressions.Regex.Replace(written, @"@(\w+)", "<@U-$1|$1>");

            var command = CommandParser.Parse(example, Context);

            Assert.False(command is HelpCommand, $"{verb}: {example} gave {command}");
        }
    }

    private static string Describe(ChatCommand command) => command switch
    {
        DecideCommand c => $"decide “{c.Text}”"
            + (c.RequestNumber is { } n ? $" CR-{n}" : string.Empty)
            + (c.LongTerm ? " long-term" : string.Empty)
            + (c.Rationale is { } why ? $" because “{why}”" : string.Empty)
            + string.Concat(c.NextSteps.Select(step => $" next {Step(step)}")),
        AddNextStepCommand c => $"next D-{c.DecisionNumber} {Step(c.Step)}",
        DecisionsCommand c => c.All ? "decisions all" : "decisions open",
        DefineTeamCommand c => $"team {c.Name} {string.Join(' ', c.Members.Select(m => m.PlatformUserId))}",
        AwayCommand c => $"away {(c.Person is { } who ? who.PlatformUserId + " " : string.Empty)}until {Wall(c.Until)}" + (c.Delegate is { } stand ? $" delegate {stand.PlatformUserId}" : string.Empty),
        BackCommand c => c.Person is { } whoIsBack ? $"back {whoIsBack.PlatformUserId}" : "back",
        SummarizeCommand c => $"summarize {c.RequestNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}",
        NotesCommand c => $"notes “{c.Text}”",
        AskCommand c => $"ask {string.Join(' ', c.Stakeholders.Select(p => p.PlatformUserId))} “{c.Title}”"
            + (c.Due is { } due ? $" due {Wall(due)}" : string.Empty)
            + (c.EscalateTo is { } to ? $" escalate {to.PlatformUserId}" : string.Empty)
            + (c.Default is { } fallback ? $" default “{fallback}”" : string.Empty),
        HelpCommand { Problem: null } c => $"help {c.Verb ?? "-"}",
        HelpCommand c => $"problem: {c.Problem}",
        _ => command.GetType().Name,
    };

    private static string Step(NextStepSpec step) =>
        $"{step.Owner.PlatformUserId} “{step.Action}”" + (step.Due is { } due ? $" due {Wall(due)}" : string.Empty);

    private static string Wall(DueDate due) => WallClock(due.Resolve(Now, Zone(London)), London)[..^4];
}
