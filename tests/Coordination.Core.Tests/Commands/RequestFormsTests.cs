using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Tests.Commands;

public sealed class RequestFormsTests
{
    private static readonly CommandContext Presser = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("VIEW", null));
    private static readonly FormState OpenedIn = new(new ThreadRef("C1", "1700.1"), 7);

    // Wednesday 9 December 2026, 23:30 UTC: already Thursday in Tokyo.
    private static readonly DateTimeOffset Now = new(2026, 12, 9, 23, 30, 0, TimeSpan.Zero);
    private static readonly PersonCalendar London = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), WorkingDays.Monday);
    private static readonly PersonCalendar Tokyo = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"), WorkingDays.Monday);

    [Theory]
    [InlineData(MessageButton.NotMe, RequestForms.NotMe)]
    [InlineData(MessageButton.Decline, RequestForms.Decline)]
    [InlineData(MessageButton.Snooze, RequestForms.Snooze)]
    public void ButtonPress_SnoozeDeclineOrNotMe_OpensItsFormForTheRequestWhereItWasPressed(string action, string kind)
    {
        var open = Assert.IsType<OpenFormCommand>(ButtonPress.ToCommand(action, "CR-7", Presser));

        Assert.Equal((kind, 7, Presser.Where), (open.Kind, open.State.RequestNumber, open.State.Where));
    }

    [Fact]
    public void Read_NotMe_HandsThePressersPartToThePersonChosen()
    {
        var redirect = Assert.IsType<RedirectCommand>(Read(RequestForms.NotMe, new() { [RequestForms.Person] = "U5", [RequestForms.Note] = "she owns <@U9> billing" }));

        Assert.Equal((7, "U5", (PersonRef?)null, OpenedIn.Where), (redirect.RequestNumber, redirect.To.PlatformUserId, redirect.From, redirect.Context.Where));
        Assert.Equal("she owns ‹@U9› billing", RequestForms.NoteOf(Submit(RequestForms.NotMe, new() { [RequestForms.Note] = "she owns <@U9> billing" })));
    }

    [Fact]
    public void Read_NotMeWithNobodyChosen_IsAProblemOnThePersonField()
    {
        Assert.Equal(RequestForms.Person, Assert.IsType<FormProblemCommand>(Read(RequestForms.NotMe, new() { [RequestForms.Note] = "x" })).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Read_DeclineWithoutAReason_IsAProblemOnTheReasonField(string reason)
    {
        Assert.Equal(RequestForms.Reason, Assert.IsType<FormProblemCommand>(Read(RequestForms.Decline, new() { [RequestForms.Reason] = reason })).Field);
    }

    [Fact]
    public void Read_DeclineWithAReason_DeclinesWithIt()
    {
        Assert.Equal("not my team", Assert.IsType<DeclineCommand>(Read(RequestForms.Decline, new() { [RequestForms.Reason] = " not my team " })).Reason);
    }

    [Theory]
    [InlineData(RequestForms.OneDay, 24.0)]
    [InlineData(RequestForms.ThreeDays, 72.0)]
    [InlineData(null, 24.0)]
    public void Read_SnoozeForDays_SnoozesThatLong(string? choice, double hours)
    {
        var values = choice is null ? new Dictionary<string, string>() : new() { [RequestForms.For] = choice };

        Assert.Equal(TimeSpan.FromHours(hours), Assert.IsType<SnoozeCommand>(Read(RequestForms.Snooze, values)).Duration);
    }

    [Fact]
    public void Read_SnoozeUntilNextMonday_IsMondayMidnightInThePersonsOwnZone()
    {
        var london = Assert.IsType<SnoozeCommand>(Read(RequestForms.Snooze, new() { [RequestForms.For] = RequestForms.NextMonday }, London));
        var tokyo = Assert.IsType<SnoozeCommand>(Read(RequestForms.Snooze, new() { [RequestForms.For] = RequestForms.NextMonday }, Tokyo));

        Assert.Equal(new DateTimeOffset(2026, 12, 14, 0, 0, 0, TimeSpan.Zero), Now + london.Duration);
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 0, 0, 0, TimeSpan.FromHours(9)), Now + tokyo.Duration);
    }

    [Fact]
    public void Read_SnoozeUntilADate_IsThatDaysStartInThePersonsZone()
    {
        var snooze = Assert.IsType<SnoozeCommand>(Read(RequestForms.Snooze, new() { [RequestForms.For] = RequestForms.OnDate, [RequestForms.Until] = "2026-12-18" }, London));

        Assert.Equal(new DateTimeOffset(2026, 12, 18, 0, 0, 0, TimeSpan.Zero), Now + snooze.Duration);
    }

    [Theory]
    [InlineData("2026-12-09", "after today")]
    [InlineData("2026-12-01", "after today")]
    [InlineData("2027-06-01", "at most 30 days")]
    [InlineData("", "Pick the date")]
    [InlineData("18/12/2026", "Pick the date")]
    public void Read_SnoozeUntilADateInThePastFarAheadOrMissing_IsAProblemOnTheDate(string date, string problem)
    {
        var read = Assert.IsType<FormProblemCommand>(Read(RequestForms.Snooze, new() { [RequestForms.For] = RequestForms.OnDate, [RequestForms.Until] = date }, London));

        Assert.Equal(RequestForms.Until, read.Field);
        Assert.Contains(problem, read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SnoozeUntilTheDayThatIsAlreadyTodayInTokyo_IsInThePast()
    {
        var read = Read(RequestForms.Snooze, new() { [RequestForms.For] = RequestForms.OnDate, [RequestForms.Until] = "2026-12-10" }, Tokyo);

        Assert.Equal(RequestForms.Until, Assert.IsType<FormProblemCommand>(read).Field);
    }

    [Fact]
    public void Open_Snooze_OffersOneDayThreeDaysNextMondayOrADate()
    {
        var form = RequestForms.Open(RequestForms.Snooze, OpenedIn, []);

        Assert.Equal([RequestForms.OneDay, RequestForms.ThreeDays, RequestForms.NextMonday, RequestForms.OnDate], form.Fields[0].Options.Select(o => o.Value));
        Assert.Equal([FormFieldKind.Choice, FormFieldKind.Date], form.Fields.Select(f => f.Kind));
        Assert.Equal("Snooze CR-7", form.Title);
    }

    [Fact]
    public void Refilled_AFormWithAProblem_KeepsWhatWasSubmitted()
    {
        var form = RequestForms.Open(RequestForms.Snooze, OpenedIn, []).Refilled(new Dictionary<string, string> { [RequestForms.Until] = "2026-12-01" }, new FormProblem(RequestForms.Until, "Pick a day after today."));

        Assert.Equal("2026-12-01", form.Fields[1].Value);
        Assert.Equal(RequestForms.OneDay, form.Fields[0].Value);
        Assert.Equal(RequestForms.Until, form.Problem?.Field);
    }

    private static ChatCommand Read(string kind, Dictionary<string, string> values, PersonCalendar? calendar = null) =>
        RequestForms.Read(Submit(kind, values), calendar ?? London, Now);

    private static SubmitFormCommand Submit(string kind, Dictionary<string, string> values) => new(Presser, kind, OpenedIn, values);
}
