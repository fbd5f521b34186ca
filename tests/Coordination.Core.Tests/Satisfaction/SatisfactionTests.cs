using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Coordination.Core.Satisfaction;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests.Satisfaction;

public sealed class SatisfactionTests
{
    private static readonly DateTimeOffset Asked = Utc(2026, 12, 7, 10);
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("D1", null));

    private readonly Team _team = new();

    private SatisfactionQuestion Question()
    {
        var request = _team.Ask(Asked, Team.Plain(), _team.Bob);
        request.Resolve(_team.Alice, Asked.AddHours(3));
        return SatisfactionQuestion.Ask(request, new DateOnly(2026, 12, 7), Asked.AddHours(3));
    }

    [Fact]
    public void Ask_AResolvedRequest_AsksItsRequesterForThatDay()
    {
        var question = Question();

        Assert.Equal(_team.Alice.Id, question.PersonId);
        Assert.Equal(new DateOnly(2026, 12, 7), question.Day);
        Assert.Null(question.Happy);
    }

    [Fact]
    public void Answer_ByTheRequester_RecordsIt_TheSameThumbAgainChangesNothing_TheOtherChangesIt()
    {
        var question = Question();

        var first = question.Answer(_team.Alice, true, Asked.AddHours(4));
        var again = question.Answer(_team.Alice, true, Asked.AddHours(5));
        var other = question.Answer(_team.Alice, false, Asked.AddHours(6));

        Assert.Equal([ChangeResult.Applied, ChangeResult.Unchanged, ChangeResult.Applied], [first, again, other]);
        Assert.False(question.Happy);
        Assert.Equal(Asked.AddHours(6), question.AnsweredAt);
    }

    [Fact]
    public void AnswerOrNote_BySomeoneElse_IsNotAllowedAndChangesNothing()
    {
        var question = Question();

        Assert.Equal(ChangeResult.NotAllowed, question.Answer(_team.Bob, false, Asked.AddHours(4)));
        Assert.Equal(ChangeResult.NotAllowed, question.AddNote(_team.Bob, "slow", Asked.AddHours(4)));
        Assert.Null(question.Happy);
        Assert.Null(question.Note);
    }

    [Fact]
    public void AddNote_ByTheRequester_KeepsTheirWordsTrimmed()
    {
        var question = Question();

        Assert.Equal(ChangeResult.Applied, question.AddNote(_team.Alice, "  quick once Bob had it ", Asked.AddHours(4)));
        Assert.Equal("quick once Bob had it", question.Note);
    }

    [Fact]
    public void Question_NamesTheRequestAndSaysTheAnswerIsTheirs()
    {
        var request = _team.Ask(Asked, Team.Plain(), _team.Bob);

        var text = SatisfactionText.Question(request);

        Assert.StartsWith($"{request.Key} (*Review the rollout plan*) is resolved. How did it go?", text, StringComparison.Ordinal);
        Assert.Contains($"`feedback {request.Key} <your note>`", text, StringComparison.Ordinal);
        Assert.Contains("Only you see your answer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamLine_TeamsWithAnswers_ShowTheirShareAndCountOnly()
    {
        var line = SatisfactionText.TeamLine([new TeamShare("frontend", new Rate(1, 2)), new TeamShare("backend", new Rate(4, 5)), new TeamShare("ops", Rate.None)]);

        Assert.Equal("Requesters' 👍 after resolving: backend 80% of 5 · frontend 50% of 2", line);
        Assert.Null(SatisfactionText.TeamLine([new TeamShare("ops", Rate.None)]));
    }

    [Fact]
    public void Compose_ADigestWithTeamShares_ShowsThemBesideTheOtherFigures()
    {
        var empty = new PeriodFigures(Rate.None, Rate.None, Rate.None, null, 0, 0, 0, 0, 0);
        var report = new DigestReport(Asked, empty, empty, new OpenFigures(0, 0, 0, []), []) { TeamSatisfaction = [new TeamShare("backend", new Rate(3, 4))] };

        var text = DigestText.Compose(report, TimeZoneInfo.Utc);

        Assert.Contains("Requesters' 👍 after resolving: backend 75% of 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseAndPress_FeedbackAndThumbs_BecomeTheSatisfactionCommands()
    {
        var id = Guid.CreateVersion7();

        var note = Assert.IsType<SatisfactionNoteCommand>(CommandParser.Parse("feedback CR-3 slow until the lead stepped in", Context));
        var up = Assert.IsType<AnswerSatisfactionCommand>(ButtonPress.ToCommand(MessageButton.WentWell, id.ToString("N"), Context));
        var down = Assert.IsType<AnswerSatisfactionCommand>(ButtonPress.ToCommand(MessageButton.WentBadly, id.ToString("N"), Context));

        Assert.Equal((3, "slow until the lead stepped in"), (note.RequestNumber, note.Note));
        Assert.Equal((id, true), (up.QuestionId, up.Happy));
        Assert.False(down.Happy);
        Assert.Null(ButtonPress.ToCommand(MessageButton.WentWell, "CR-3", Context));
        Assert.IsType<HelpCommand>(CommandParser.Parse("feedback CR-3", Context));
    }
}
