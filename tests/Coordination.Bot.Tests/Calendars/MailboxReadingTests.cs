using System.Net;
using System.Text.Json;
using Coordination.Bot.Calendars;
using Coordination.Bot.Calendars.Graph;
using Coordination.Bot.Webhooks;
using Coordination.Core.FollowUp;

namespace Coordination.Bot.Tests.Calendars;

/// <summary>Graph's mailbox settings read into away / here and a working week; the fetcher's address rule.</summary>
public class MailboxReadingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private static JsonElement Fixture(string name) => Json(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Teams", name)));

    [Fact]
    public void AlwaysEnabled_AwayUntilReadAgain() =>
        Assert.Equal(Now.AddDays(1), MailboxReading.AwayUntilFrom(Fixture("graph_mailboxsettings_automaticrepliessetting_response.json"), Now, TimeSpan.FromDays(1)));

    [Fact]
    public void Scheduled_InAWindowsZone_AwayUntilItsEndConverted()
    {
        var replies = Json("""
            {"status":"scheduled",
             "scheduledStartDateTime":{"dateTime":"2026-11-20T08:00:00.0000000","timeZone":"Pacific Standard Time"},
             "scheduledEndDateTime":{"dateTime":"2026-11-30T08:00:00.0000000","timeZone":"Pacific Standard Time"}}
            """);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), MailboxReading.AwayUntilFrom(replies, Now, TimeSpan.FromDays(1)));
    }

    [Theory]
    [InlineData("disabled")]
    [InlineData("scheduled")]
    public void DisabledOrScheduledElsewhen_Here(string status)
    {
        var replies = Fixture("graph_mailboxsettings_get_response.json").GetProperty("automaticRepliesSetting");
        var text = status == "disabled" ? Json("{\"status\":\"disabled\"}") : replies;

        Assert.Null(MailboxReading.AwayUntilFrom(text, Now, TimeSpan.FromDays(1)));
    }

    [Fact]
    public void WorkingHours_WindowsZone_BecomesIana()
    {
        var week = MailboxReading.WorkingWeek(Fixture("graph_mailboxsettings_get_response.json").GetProperty("workingHours"));

        Assert.Equal(WorkingDays.Weekdays, week!.Value.Days);
        Assert.Equal(new WorkingHours(new(8, 0), new(17, 0)), week.Value.Hours);
        Assert.Equal("America/Los_Angeles", week.Value.Zone);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:4700::1111", true)]
    public void IsPublic_PrivateLoopbackAndLinkLocalAreNot(string address, bool expected) =>
        Assert.Equal(expected, OutboundUrlGuard.IsPublic(IPAddress.Parse(address)));
}
