using System.Globalization;

namespace Coordination.Bot.Cli;

/// <summary>
/// The <c>healthcheck</c> verb: asks the running bot's <c>/healthz</c> and exits 0 when it answers 2xx, 1 otherwise,
/// so a container image without curl can still run a health check (<c>dotnet Coordination.Bot.dll healthcheck</c>).
/// </summary>
public static class HealthCheckCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Checks <paramref name="args"/>' first argument, else <c>http://localhost:&lt;first ASPNETCORE_HTTP_PORTS port, or 8080&gt;/healthz</c>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter error, HttpMessageHandler? handler = null)
    {
        var target = args is [var url, ..] ? url : DefaultUrl(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri))
        {
            await error.WriteLineAsync($"healthcheck: not an absolute URL: {target}");
            return 1;
        }

        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.Timeout = Timeout;
        try
        {
            using var response = await client.GetAsync(uri);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await error.WriteLineAsync($"healthcheck: {uri} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"healthcheck: {uri} did not answer: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The health address on this machine, on the first port of <c>ASPNETCORE_HTTP_PORTS</c> (8080 without one).</summary>
    public static string DefaultUrl(string? httpPorts)
    {
        var first = httpPorts?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var port = int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 8080;
        return $"http://localhost:{port}/healthz";
    }
}
