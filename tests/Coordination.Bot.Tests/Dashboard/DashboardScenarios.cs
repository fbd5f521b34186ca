using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Coordination.Bot.Tests.Scenarios;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Dashboard;

/// <summary>The dashboard over HTTP, on a history the real engine built: asks, answers, nudges, an escalation, a decision.</summary>
public abstract partial class DashboardScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    private const string Token = "dashboard-test-token-0123456789";
    private const string Other = "T-OTHER";
    private const string ScriptTitle = "=SUM(A1), say \"hi\" <script>alert(1)</script>";

    private static readonly Dictionary<string, string?> WithToken = new(PlainTimeline) { ["Web:AdminToken"] = Token };

    /// <summary>
    /// At hour 145 after Thursday 15:00: CR-1 escalated (Bob answered, Carol never did), CR-2 answered and open, CR-3
    /// settled by D-1 with its next steps CR-4 (Bob, answered) and CR-5 (Carol, done), CR-6 nudged and silent, CR-7
    /// (a title with markup and a formula) due within a day. Another workspace has CR-1 and nothing else.
    /// </summary>
    private async Task<(BotApp App, HttpClient Client)> StartWithHistoryAsync()
    {
        var app = await StartAsync(WithToken);
        await OrgChart.SetLeadAsync(app, Carol, Dan);
        await AskAsync(app, As(Alice), "Review the rollout plan", Bob, Carol);
        await app.SendAsync(new AcknowledgeCommand(As(Bob), 1));
        await AskAsync(app, As(Alice), "Pick a date for the migration", Bob);
        await app.SendAsync(new AcknowledgeCommand(As(Bob), 2));
        await AskAsync(app, As(Alice), "Which region?", Dan);
        var decided = await app.SendAsync(new DecideCommand(As(Alice), "Go with eu-west",
            [new NextStepSpec(Bob, "write the release notes"), new NextStepSpec(Carol, "book the demo room")], RequestNumber: 3, Rationale: "latency"));
        Assert.True(decided.Succeeded, decided.Text);
        await app.SendAsync(new AcknowledgeCommand(As(Bob), 4));
        await app.SendAsync(new DoneCommand(As(Carol), 5));
        await AskAsync(app, new CommandContext(ChatPlatform.Local, Other, Alice, Channel), "Other workspace secret", Bob);

        await AdvanceToAsync(app, 48);
        await AskAsync(app, As(Alice), "Sign the contract", Dan);
        await AdvanceToAsync(app, 96);
        await AdvanceToAsync(app, 98);
        await AdvanceToAsync(app, 100);
        await AskAsync(app, As(Alice), ScriptTitle, [Carol], new DueDate(Instant: BotApp.Thursday.AddHours(160)));
        await AdvanceToAsync(app, 144);
        await AdvanceToAsync(app, 145);

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return (app, client);
    }

    private static Task AskAsync(BotApp app, CommandContext context, string title, params PersonRef[] stakeholders) =>
        AskAsync(app, context, title, stakeholders, null);

    private static async Task AskAsync(BotApp app, CommandContext context, string title, PersonRef[] stakeholders, DueDate? due)
    {
        var reply = await app.SendAsync(new AskCommand(context, title, stakeholders, due));
        Assert.True(reply.Succeeded, reply.Text);
        await app.DeliverAsync();
    }

    private static Task AdvanceToAsync(BotApp app, int hour) => app.AdvanceAsync(BotApp.Thursday.AddHours(hour) - app.Clock.GetUtcNow());

    private static Task<string> KeyOfAsync(BotApp app, string externalId) =>
        app.QueryAsync(async db => (await db.Workspaces.SingleAsync(w => w.ExternalId == externalId)).Id.ToString("D"));

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path) => client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>GET <paramref name="path"/>, which must answer 200 with <paramref name="mediaType"/>.</summary>
    private static async Task<HttpResponseMessage> OkAsync(HttpClient client, string path, string mediaType)
    {
        var response = await GetAsync(client, path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return response;
    }

    private static async Task<string> PageAsync(HttpClient client, string path) =>
        await (await OkAsync(client, path, "text/html")).Content.ReadAsStringAsync();

    /// <summary>The urgency of each row of <c>#open-requests</c>, by request key.</summary>
    private static Dictionary<string, string> Urgencies(string html) =>
        RowPattern().Matches(html).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["urgency"].Value);

    [GeneratedRegex("<tr data-request=\"(?<key>CR-\\d+)\" data-urgency=\"(?<urgency>[a-z-]+)\">")]
    private static partial Regex RowPattern();

    [Fact]
    public async Task Workspace_HistoryThroughTheEngine_OpenRequestsWithUrgencyFiguresChartAndDecisions()
    {
        var (app, client) = await StartWithHistoryAsync();

        var html = await PageAsync(client, $"/dashboard/{await KeyOfAsync(app, Workspace)}");

        Assert.Equal(
            new Dictionary<string, string> { ["CR-1"] = "escalated", ["CR-2"] = "answered", ["CR-4"] = "answered", ["CR-6"] = "overdue", ["CR-7"] = "due-soon" },
            Urgencies(html));
        Assert.Contains("<span class=\"urgency urgency-escalated\">Escalated</span>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Carol</strong>, escalated after 3 attempts, for 6d 1h</li>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Dan</strong>, waiting, attempt 3 of 3, for 4d 1h", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"metrics\"", html, StringComparison.Ordinal);
        Assert.Contains("Success rate", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"chart\">", html, StringComparison.Ordinal);
        Assert.Matches("<img src=\"/dashboard/[0-9a-f-]{36}/chart.png\"", html);
        Assert.Matches("(?s)<section id=\"decisions\".*D-1 · Go with eu-west.*data-request=\"CR-4\" data-done=\"false\".*data-request=\"CR-5\" data-done=\"true\"", html);
        Assert.Matches("(?s)<table id=\"recently-closed\">.*data-request=\"CR-3\"", html);
        Assert.Contains("class=\"evidence-csv\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"evidence-print\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workspace_TitleWithMarkup_IsEncodedEverywhere()
    {
        var (app, client) = await StartWithHistoryAsync();
        var key = await KeyOfAsync(app, Workspace);

        foreach (var page in new[] { $"/dashboard/{key}", $"/dashboard/{key}/requests/7" })
        {
            var html = await PageAsync(client, page);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("say &quot;hi&quot; &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Workspace_Filters_StalledAndEscalatedOnly()
    {
        var (app, client) = await StartWithHistoryAsync();
        var key = await KeyOfAsync(app, Workspace);

        var stalled = await PageAsync(client, $"/dashboard/{key}?show=stalled");
        var escalated = await PageAsync(client, $"/dashboard/{key}?show=escalated");

        Assert.Equal(["CR-6"], Urgencies(stalled).Keys);
        Assert.Equal(["CR-1"], Urgencies(escalated).Keys);
        Assert.Contains("data-filter=\"escalated\" href=", escalated, StringComparison.Ordinal);
        Assert.Matches("data-filter=\"escalated\"[^>]*aria-current=\"page\">Escalated \\(1\\)", escalated);
    }

    [Fact]
    public async Task Workspace_AnotherWorkspace_ItsRequestsNeverAppear()
    {
        var (app, client) = await StartWithHistoryAsync();
        var (ours, theirs) = (await KeyOfAsync(app, Workspace), await KeyOfAsync(app, Other));

        var ourPage = await PageAsync(client, $"/dashboard/{ours}");
        var theirPage = await PageAsync(client, $"/dashboard/{theirs}");
        var theirRequest = await PageAsync(client, $"/dashboard/{theirs}/requests/1");
        var notTheirs = await GetAsync(client, $"/dashboard/{theirs}/requests/2");
        var index = await PageAsync(client, "/dashboard");

        Assert.DoesNotContain("Other workspace secret", ourPage, StringComparison.Ordinal);
        Assert.Equal(["CR-1"], Urgencies(theirPage).Keys);
        Assert.DoesNotContain("Review the rollout plan", theirPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Go with eu-west", theirPage, StringComparison.Ordinal);
        Assert.Contains("Other workspace secret", theirRequest, StringComparison.Ordinal);
        Assert.DoesNotContain("Review the rollout plan", theirRequest, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Contains($"data-workspace=\"{ours}\"", index, StringComparison.Ordinal);
        Assert.Contains($"data-workspace=\"{theirs}\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_AfterEscalation_TheEvidencePageListsTheNudgesAndTheEscalation()
    {
        var (app, client) = await StartWithHistoryAsync();

        var html = await PageAsync(client, $"/dashboard/{await KeyOfAsync(app, Workspace)}/requests/CR-1?tz=America/New_York");

        // Entries made at one instant may come in either order; what is there, and Carol's attempts, are certain.
        var kinds = TrailKindPattern().Matches(html).Select(m => m.Groups["kind"].Value).Order().ToList();
        Assert.Equal(["acknowledge", "ask", "ask", "escalation", "nudge", "nudge", "proceed-notice"], kinds);
        Assert.Contains("<td>Carol</td><td>2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Carol</td><td>3</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Carol</td><td>4</td>", html, StringComparison.Ordinal);
        Assert.Contains("times in America/New_York", html, StringComparison.Ordinal);
        Assert.Contains("Thu 26 Nov 2026 10:00", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"stakeholders\"", html, StringComparison.Ordinal);
        Assert.Contains("data-person=\"Carol\" data-state=\"escalated\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/dashboard/assets/dashboard.css\"", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"button\" data-action=\"print\" hidden>", html, StringComparison.Ordinal);
        var css = await (await OkAsync(client, "/dashboard/assets/dashboard.css", "text/css")).Content.ReadAsStringAsync();
        Assert.Contains("@media print", css, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr class=\"attempt\" data-kind=\"(?<kind>[a-z-]+)\">")]
    private static partial Regex TrailKindPattern();

    [Fact]
    public async Task EvidenceCsv_Request_AnAttachmentWithTheHeaderQuotedFieldsAndNoFormula()
    {
        var (app, client) = await StartWithHistoryAsync();

        var response = await OkAsync(client, $"/dashboard/{await KeyOfAsync(app, Workspace)}/requests/7/evidence.csv", "text/csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("CR-7-evidence.csv", response.Content.Headers.ContentDisposition?.FileName);
        var lines = csv.Split("\r\n");
        Assert.Equal("request,title,status,requester,asked_at,due_at,closed_at,entry,kind,about,attempt,at,delivered_at,by,where,note", lines[0].TrimStart('\uFEFF'));
        Assert.StartsWith("CR-7,\"'=SUM(A1), say \"\"hi\"\" <script>alert(1)</script>\",open,Alice,2026-11-30T19:00:00+00:00,2026-12-03T07:00:00+00:00,,1,ask,Carol,1,", lines[1], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Empty, lines[2]);
    }

    [Fact]
    public async Task Chart_Workspace_IsAPng()
    {
        var (app, client) = await StartWithHistoryAsync();

        var response = await OkAsync(client, $"/dashboard/{await KeyOfAsync(app, Workspace)}/chart.png", "image/png");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var bitmap = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.Equal((640, 320), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task Addresses_UnknownWorkspaceOrRequestOrMalformedNumber_TheNotFoundPage()
    {
        var (app, client) = await StartWithHistoryAsync();
        var key = await KeyOfAsync(app, Workspace);

        foreach (var path in new[]
        {
            $"/dashboard/{Guid.NewGuid()}", "/dashboard/not-a-workspace", $"/dashboard/{Guid.NewGuid()}/chart.png",
            $"/dashboard/{key}/requests/99", $"/dashboard/{key}/requests/99/evidence.csv", $"/dashboard/{key}/requests/abc",
            $"/dashboard/{key}/requests/-1", $"/dashboard/{key}/requests/99999999999", $"/dashboard/{key}/requests/0",
        })
        {
            var response = await GetAsync(client, path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Index_OneWorkspace_GoesStraightToIt()
    {
        var app = await StartAsync(WithToken);
        await AskAsync(app, As(Alice), "Review the rollout plan", Bob);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var response = await GetAsync(client, "/dashboard?tz=Europe/Berlin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/dashboard/{await KeyOfAsync(app, Workspace)}?tz=Europe%2FBerlin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Access_NoTokenConfigured_LoopbackServedAndAnyoneElseForbidden()
    {
        var app = await StartAsync(PlainTimeline);
        using var loopback = From(app, IPAddress.Loopback).CreateClient();
        using var remote = From(app, IPAddress.Parse("203.0.113.9")).CreateClient();

        var served = await GetAsync(loopback, "/dashboard");
        var forbidden = await GetAsync(remote, "/dashboard");
        var forbiddenCsv = await GetAsync(remote, $"/dashboard/{Guid.NewGuid()}/requests/1/evidence.csv");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenCsv.StatusCode);
    }

    /// <summary>The app as reached from <paramref name="address"/> (the test server sets no client address of its own).</summary>
    private static WebApplicationFactory<Program> From(BotApp app, IPAddress address) =>
        app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new RemoteAddress(address))));

    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate then) =>
            {
                context.Connection.RemoteIpAddress = address;
                return then(context);
            });
            next(app);
        };
    }
}

public sealed class SqliteDashboardScenarios() : DashboardScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresDashboardScenarios(PostgresFixture server) : DashboardScenarios(new PostgresDatabases(server));
