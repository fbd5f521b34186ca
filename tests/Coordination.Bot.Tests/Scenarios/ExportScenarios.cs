using System.Text;
using Coordination.Bot.Digests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Teams.Outbound;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary><c>export</c>: the workspace's paper trail as a CSV file by direct message, only that workspace's, in parts when it is large.</summary>
public abstract class ExportScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    private static readonly string Header = string.Join(',', TrailExport.Columns);

    [Fact]
    public async Task Export_ARequestsTrail_OneRowPerEntryWithItsRequestAndStakeholderByDirectMessage()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan, \"v2\"", [Bob, Carol]));
        await app.AdvanceAsync(TimeSpan.FromHours(1));
        await app.SendAsync(new AcknowledgeCommand(As(Bob), 1));
        await app.AdvanceAsync(TimeSpan.FromHours(47));
        await app.AdvanceAsync(TimeSpan.FromMinutes(30));
        await app.SendAsync(new ResolveCommand(As(Alice), 1, "=HYPERLINK(\"http://evil\")"));

        var reply = await app.SendAsync(new ExportCommand(As(Dan)));
        await app.DeliverAsync();

        Assert.True(reply.Succeeded, reply.Text);
        Assert.Equal("Sending the export (CR-1 to CR-1, 6 paper-trail entries) to your direct messages.", reply.Text);
        var sent = Assert.Single(Sent(app), m => m.Destination == MessageDestination.DirectTo(Dan.PlatformUserId));
        Assert.StartsWith("*Coordination export* of this workspace as of 2026-11-28 15:30 UTC: CR-1 to CR-1, 6 paper-trail entries", sent.Text, StringComparison.Ordinal);
        Assert.Equal(("coordination-export-2026-11-28.csv", MessageFile.Csv), (sent.File?.Name, sent.File?.ContentType));
        var lines = Lines(sent.File!);
        const string Request = "CR-1,\"Review the plan, \"\"v2\"\"\",resolved,Alice,2026-11-26T15:00:00Z,,2026-11-28T15:30:00Z,";
        Assert.Equal(Header, lines[0]);
        Assert.Equal(
            [Request + "Bob,responded,2026-11-26T16:00:00Z,ask,1,2026-11-26T15:00:00Z,2026-11-26T15:00:00Z,Alice,#platform,", Request + "Carol,waiting,,ask,1,2026-11-26T15:00:00Z,2026-11-26T15:00:00Z,Alice,#platform,"],
            lines[1..3].Order(StringComparer.Ordinal));
        Assert.Equal(Request + "Bob,responded,2026-11-26T16:00:00Z,acknowledge,,2026-11-26T16:00:00Z,,Bob,#platform (thread 1795705200.000001),", lines[3]);
        Assert.Equal(
            [
                Request + "Carol,waiting,,nudge,2,2026-11-28T15:00:00Z,2026-11-28T15:00:00Z,bot,#platform (thread 1795705200.000001),attempt 2 of 3",
                Request + "Carol,waiting,,proceed-notice,,2026-11-28T15:00:00Z,2026-11-28T15:00:00Z,bot,#platform (thread 1795705200.000001),told Alice to proceed",
            ],
            lines[4..6].Order(StringComparer.Ordinal));
        Assert.Equal(Request + ",,,resolve,,2026-11-28T15:30:00Z,,Alice,#platform (thread 1795705200.000001),\"'=HYPERLINK(\"\"http://evil\"\")\"", lines[6]);
        Assert.Equal(await app.QueryAsync(db => db.Attempts.CountAsync()), lines.Length - 1);
    }

    [Fact]
    public async Task Export_TwoWorkspaces_OnlyTheAskersRowsAppear()
    {
        var app = await StartAsync(PlainTimeline);
        var other = As(Dan) with { WorkspaceId = "T-OTHER" };
        await app.SendAsync(new AskCommand(As(Alice), "Review the plan", [Bob]));
        await app.SendAsync(new AskCommand(other, "The secret plan", [other.Actor with { PlatformUserId = "U-EVE", DisplayName = "Eve" }]));

        await app.SendAsync(new ExportCommand(As(Carol)));
        await app.SendAsync(new ExportCommand(other));
        await app.DeliverAsync();

        var mine = Lines(Assert.Single(Sent(app), m => m.Destination.Address == Carol.PlatformUserId).File!);
        var theirs = Lines(Assert.Single(Sent(app), m => m.Destination.Address == Dan.PlatformUserId && m.WorkspaceId == "T-OTHER").File!);
        Assert.Equal(2, mine.Length);
        Assert.Contains("Review the plan", mine[1], StringComparison.Ordinal);
        Assert.DoesNotContain(mine, l => l.Contains("secret", StringComparison.Ordinal) || l.Contains("Eve", StringComparison.Ordinal));
        Assert.Equal(2, theirs.Length);
        Assert.Contains("The secret plan", theirs[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_NothingAsked_SaysSoAndSendsNothing()
    {
        var app = await StartAsync(PlainTimeline);

        var reply = await app.SendAsync(new ExportCommand(As(Alice)));
        var beyond = await app.SendAsync(new ExportCommand(As(Alice), From: 4));

        Assert.False(reply.Succeeded);
        Assert.Equal("There is nothing to export yet: no request has been asked here.", reply.Text);
        Assert.Equal("There are no requests from CR-4 on.", beyond.Text);
        Assert.Equal(0, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Write_OverTheCapAcrossPages_StopsBetweenRequestsAndFromThereTheRestFollows()
    {
        var app = await StartAsync(PlainTimeline);
        for (var i = 1; i <= 5; i++)
        {
            await app.SendAsync(new AskCommand(As(Alice), $"Request {i}", [Bob, Carol]));
        }

        var first = await WriteAsync(app, from: 1, maxRows: 5);
        var rest = await WriteAsync(app, from: first!.NextRequest!.Value, maxRows: 50);

        Assert.Equal((4, 1, 2, 3, false), (first.Rows, first.FirstRequest, first.LastRequest, first.NextRequest, first.BySize));
        Assert.Equal((6, 3, 5, (int?)null), (rest!.Rows, rest.FirstRequest, rest.LastRequest, rest.NextRequest));
        Assert.Equal(["CR-1", "CR-1", "CR-2", "CR-2"], Lines(first.Content)[1..].Select(l => l.Split(',')[0]));
        Assert.Equal(["CR-3", "CR-3", "CR-4", "CR-4", "CR-5", "CR-5"], Lines(rest.Content)[1..].Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task Export_InTeams_OffersTheWholeFileForConsentInThePersonalChatWithNothingStored()
    {
        var app = await StartAsync(PlainTimeline);
        var teams = As(Alice) with { Platform = ChatPlatform.Teams, WorkspaceId = "tenant-1" };
        for (var i = 1; i <= 20; i++)
        {
            await app.SendAsync(new AskCommand(teams, $"Request {i} " + new string('x', 400), [Bob, Carol]));
        }

        var reply = await app.SendAsync(new ExportCommand(teams));

        Assert.True(reply.Succeeded, reply.Text);
        Assert.StartsWith("Teams takes a bot's file only in a personal chat, so I sent the export (CR-1 to CR-20", reply.Text, StringComparison.Ordinal);
        var direct = (await app.QueryAsync(db => db.OutboxMessages.ToListAsync())).Select(m => m.ReadMessage()).Single(m => m.Offer is not null);
        Assert.Equal(MessageDestination.DirectTo(Alice.PlatformUserId), direct.Destination);
        Assert.Null(direct.File);
        Assert.InRange(direct.Offer!.SizeInBytes, AdaptiveCardFiles.MaxInlineBytes + 1, long.MaxValue);
        Assert.Equal("export:1", direct.Offer.Context);
        Assert.Equal(teams.Where, direct.Offer.AskedIn);
    }

    private static string[] Lines(MessageFile file) => Lines(file.Content);

    private static string[] Lines(byte[] csv)
    {
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        return Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n")[..^1];
    }

    private static Task<TrailFile?> WriteAsync(BotApp app, int from, int maxRows) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CoordinationDbContext>();
        var workspace = await db.Workspaces.SingleAsync(w => w.ExternalId == Workspace);
        return await new TrailExport(db, pageRequests: 2).WriteAsync(workspace, from, maxRows, long.MaxValue, CancellationToken.None);
    });
}

public sealed class SqliteExportScenarios() : ExportScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresExportScenarios(PostgresFixture server) : ExportScenarios(new PostgresDatabases(server));
