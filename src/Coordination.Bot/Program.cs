using Coordination.Bot;
using Coordination.Bot.Api;
using Coordination.Bot.Cli;
using Coordination.Bot.Endpoints;
using Coordination.Bot.LocalChat;
using Coordination.Bot.Telemetry;
using Coordination.Bot.Trackers;
using Coordination.Bot.Web;
using Coordination.Bot.Web.SignIn;

if (args is ["demo", ..])
{
    return await DemoCommand.RunAsync(Console.Out, CancellationToken.None);
}

if (args is ["healthcheck", .. var healthArgs])
{
    return await HealthCheckCommand.RunAsync(healthArgs, Console.Error);
}

if (args is ["teams-package", .. var packageArgs])
{
    return TeamsPackageCommand.Run(packageArgs, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCoordination(builder.Configuration);

var app = builder.Build();
app.UseCoordinationForwardedHeaders();
app.UseCoordinationRequestLog();
app.MapHealthEndpoints();
app.MapSlackEndpoints();
app.MapTeamsEndpoints();
app.MapLocalChat();
app.MapDashboard();
app.MapSignIn();
app.MapTelemetry();
app.MapCoordinationApi();
app.MapTrackerHooks();

await app.RunAsync();
return 0;

/// <summary>The host's entry point, public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
