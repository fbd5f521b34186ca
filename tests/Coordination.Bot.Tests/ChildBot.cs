using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Coordination.Bot.Tests;

/// <summary>
/// The bot as a process of its own (the <c>Coordination.Bot.dll</c> built beside the tests), on a free loopback port
/// and configured only through its environment, so a test can kill it outright (SIGKILL) as a crash would.
/// </summary>
public sealed class ChildBot : IAsyncDisposable
{
    private static readonly string[] InheritedPrefixes = ["Slack__", "Teams__", "Database__", "ConnectionStrings__", "Coordination__", "Outbox__", "Web__"];
    private readonly Process _process;

    private ChildBot(Process process, Uri address)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = address };
    }

    public HttpClient Http { get; }

    /// <summary>Starts the bot with <paramref name="settings"/> (configuration keys, <c>Section:Key</c>) and waits until <c>/healthz</c> answers.</summary>
    public static async Task<ChildBot> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Coordination.Bot.dll"));
        foreach (var key in start.Environment.Keys.Where(k => InheritedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new ChildBot(process, new Uri($"http://127.0.0.1:{port}/"));
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    /// <summary>Kills the process at once, with no chance to finish what it is doing (SIGKILL on Linux).</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} before it was healthy.");
            }

            try
            {
                using var response = await Http.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The bot was not healthy within 60 s.");
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
