using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Coordination.Bench;

/// <summary>
/// The real bot host (<c>src/Coordination.Bot</c>, Release build) as a child process on a free loopback port, started
/// with the given settings and killed with its process tree on dispose or when this process exits.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private const int LiveOutputLines = 20;
    private const int KeptOutputLines = 100;

    /// <summary>Settings inherited from the shell that would change what the bot talks to; the bench sets its own.</summary>
    private static readonly string[] ClearedPrefixes = ["Slack__", "Teams__", "Database__", "ConnectionStrings__", "Coordination__"];

    private readonly Process _process;
    private readonly TextWriter _output;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();
    private int _lines;
    private bool _logClosed;

    private BotProcess(Process process, Uri baseAddress, TextWriter output)
    {
        _process = process;
        BaseAddress = baseAddress;
        _output = output;
        LogFile = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"coordination-bench-bot-{process.Id}.log"));
        _log = new StreamWriter(LogFile, append: false);
    }

    public Uri BaseAddress { get; }

    /// <summary>Where the bot's whole output goes (kept after the run).</summary>
    public string LogFile { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>How many lines the bot wrote to its standard output and error.</summary>
    public int OutputLines => Volatile.Read(ref _lines);

    /// <summary>Builds the bot when its Release build is missing, starts it and waits until <c>GET /healthz</c> answers 200.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TextWriter output, CancellationToken cancellationToken)
    {
        var root = FindRepositoryRoot();
        var project = Path.Combine(root, "src", "Coordination.Bot");
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "Coordination.Bot.dll");
        if (!File.Exists(dll))
        {
            await output.WriteLineAsync($"building {project} (Release) ...");
            await BuildAsync(project, cancellationToken);
        }

        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var key in start.Environment.Keys.Where(k => ClearedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        var bot = new BotProcess(process, baseAddress, output);
        AppDomain.CurrentDomain.ProcessExit += bot.OnProcessExit;
        process.OutputDataReceived += (_, e) => bot.Record(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>The last lines the bot wrote, for a report when it fails.</summary>
    public string Tail() => string.Join(Environment.NewLine, _tail.Select(l => "[bot] " + l));

    public string ExitDescription() =>
        _process.HasExited ? string.Create(CultureInfo.InvariantCulture, $"exited with code {_process.ExitCode}") : "running";

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await _output.WriteLineAsync($"the bot (pid {_process.Id}) did not exit within 10 s of being killed");
        }

        _process.Dispose();
        lock (_logLock)
        {
            _logClosed = true;
            _log.Dispose();
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        var last = "no answer";
        while (watch.Elapsed < timeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot {ExitDescription()} before it was healthy:{Environment.NewLine}{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await _output.WriteLineAsync($"bot healthy at {BaseAddress} after {watch.Elapsed.TotalSeconds:F1} s (pid {_process.Id})");
                    return;
                }

                last = $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = "timeout";
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"GET /healthz did not answer 200 within {timeout.TotalSeconds:F0} s (last: {last}):{Environment.NewLine}{Tail()}");
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        var number = Interlocked.Increment(ref _lines);
        lock (_logLock)
        {
            if (!_logClosed)
            {
                _log.WriteLine(line);
            }
        }

        _tail.Enqueue(line);
        while (_tail.Count > KeptOutputLines && _tail.TryDequeue(out _))
        {
        }

        if (number <= LiveOutputLines)
        {
            _output.WriteLine("[bot] " + line);
        }
        else if (number == LiveOutputLines + 1)
        {
            _output.WriteLine($"[bot] (further output only in {LogFile})");
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static async Task BuildAsync(string project, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var argument in new[] { "build", project, "-c", "Release", "--nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var build = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet build.");
        await build.WaitForExitAsync(cancellationToken);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build {project} failed ({build.ExitCode}).");
        }
    }

    /// <summary>The directory holding <c>Coordination.sln</c>, above the bench's output or the working directory.</summary>
    private static string FindRepositoryRoot()
    {
        foreach (var from in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(from); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Coordination.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Could not find the repository (Coordination.sln) above the bench or the working directory.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
