using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

public sealed class ChatFormsTests
{
    private static readonly CommandContext Presser = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("VIEW", null));
    private static readonly FormState OpenedIn = new(new ThreadRef("C1", "1700.1"), 7);

    [Fact]
    public void Read_DecisionFormFilledIn_IsTheDecisionWithEveryFieldActingWhereTheFormWasOpened()
    {
        var decide = Assert.IsType<DecideCommand>(ChatForms.Read(Submit(ChatForms.Decision, new()
        {
            [ChatForms.DecisionText] = " Ship on Postgres ",
            [ChatForms.OptionsConsidered] = "SQLite, SQL Server",
            [ChatForms.Rationale] = "we know it best",
            [ChatForms.Owner] = "U2",
            [ChatForms.NextSteps] = "<@U1> migrate the schema by Friday\n\n<@U3|lee> update the runbook",
            [ChatForms.LongTerm] = "true",
        })));

        Assert.Equal("Ship on Postgres", decide.Text);
        Assert.Equal("SQLite, SQL Server", decide.Options);
        Assert.Equal("we know it best", decide.Rationale);
        Assert.Equal("U2", decide.Owner?.PlatformUserId);
        Assert.True(decide.LongTerm);
        Assert.Equal(7, decide.RequestNumber);
        Assert.Equal(OpenedIn.Where, decide.Context.Where);
        Assert.Equal(["U1", "U3"], decide.NextSteps.Select(s => s.Owner.PlatformUserId));
        Assert.Equal(["migrate the schema", "update the runbook"], decide.NextSteps.Select(s => s.Action));
        Assert.NotNull(decide.NextSteps[0].Due);
    }

    [Fact]
    public void Read_DecisionOwnedByWhoeverSubmits_HasNoSeparateOwner()
    {
        var decide = Assert.IsType<DecideCommand>(ChatForms.Read(Submit(ChatForms.Decision, new() { [ChatForms.DecisionText] = "x", [ChatForms.Owner] = "U0", [ChatForms.LongTerm] = "false" })));

        Assert.Null(decide.Owner);
        Assert.False(decide.LongTerm);
        Assert.Empty(decide.NextSteps);
    }

    [Theory]
    [InlineData("", "", ChatForms.DecisionText, "Write what was decided")]
    [InlineData("   ", "", ChatForms.DecisionText, "Write what was decided")]
    [InlineData("Ship it", "migrate the schema", ChatForms.NextSteps, "owner's @-mention")]
    [InlineData("Ship it", "<@U1>", ChatForms.NextSteps, "What should <@U1> do?")]
    [InlineData("Ship it", "@nobody migrate", ChatForms.NextSteps, "I couldn't tell who `@nobody` is")]
    public void Read_DecisionFormNotUsable_NamesTheFieldToFix(string decision, string steps, string field, string problem)
    {
        var read = Assert.IsType<FormProblemCommand>(ChatForms.Read(Submit(ChatForms.Decision, new() { [ChatForms.DecisionText] = decision, [ChatForms.NextSteps] = steps })));

        Assert.Equal(field, read.Field);
        Assert.Contains(problem, read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DecisionTooLong_NamesTheDecisionField()
    {
        var read = Assert.IsType<FormProblemCommand>(ChatForms.Read(Submit(ChatForms.Decision, new() { [ChatForms.DecisionText] = new string('x', 501) })));

        Assert.Equal(ChatForms.DecisionText, read.Field);
    }

    [Fact]
    public void Read_NotesForm_IsTheNotesCommand()
    {
        Assert.Equal("decided: ship", Assert.IsType<NotesCommand>(ChatForms.Read(Submit(ChatForms.Notes, new() { [ChatForms.NotesText] = "decided: ship" }))).Text);
        Assert.Equal(ChatForms.NotesText, Assert.IsType<FormProblemCommand>(ChatForms.Read(Submit(ChatForms.Notes, []))).Field);
    }

    [Fact]
    public void ForDecision_HasTheTemplatesFieldsWithTheOpenerAsDefaultOwner()
    {
        var form = ChatForms.ForDecision(OpenedIn, [new Mention("U0", "me"), new Mention("U1", "ann")]);

        Assert.Equal(
            [ChatForms.DecisionText, ChatForms.OptionsConsidered, ChatForms.Rationale, ChatForms.Owner, ChatForms.NextSteps, ChatForms.LongTerm],
            form.Fields.Select(f => f.Id));
        Assert.True(form.Fields[0].Required);
        Assert.Equal("U0", form.Fields.Single(f => f.Kind == FormFieldKind.Person).Choices[0].PlatformUserId);
    }

    [Theory]
    [InlineData("7|C1|1700.1", 7, "C1", "1700.1")]
    [InlineData("|C1|", null, "C1", null)]
    [InlineData("|19:abc@thread.tacv2|1700000000001", null, "19:abc@thread.tacv2", "1700000000001")]
    public void FormState_WrittenAndRead_RoundTrips(string text, int? number, string channel, string? thread)
    {
        var state = FormState.Parse(text);

        Assert.Equal(new FormState(new ThreadRef(channel, thread), number), state);
        Assert.Equal(text, state!.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("C1")]
    [InlineData("x|C1|")]
    [InlineData("-1|C1|")]
    [InlineData("1||")]
    [InlineData("1|C1|t|extra")]
    public void FormState_NotOurs_IsNull(string? text) => Assert.Null(FormState.Parse(text));

    [Fact]
    public void ButtonPress_OpenForm_OpensThatFormWhereItWasOffered()
    {
        var button = MessageButton.ForForm(ChatForms.ForNotes(OpenedIn));

        var open = Assert.IsType<OpenFormCommand>(ButtonPress.ToCommand(button.Action, button.Value, Presser));

        Assert.Equal(ChatForms.Notes, open.Kind);
        Assert.Equal(OpenedIn, open.State);
        Assert.Null(ButtonPress.ToCommand(MessageButton.OpenForm, "decision|nonsense", Presser));
    }

    private static SubmitFormCommand Submit(string kind, Dictionary<string, string> values) => new(Presser, kind, OpenedIn, values);
}
