using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Coordination.Bot.Cli;

/// <summary>
/// <c>teams-package</c>: fills the Teams app manifest (<c>manifests/teams</c>, copied beside the binary under
/// <c>teams/</c>) with the bot's Microsoft App ID and host and zips it with its two icons, ready to upload to Teams.
/// </summary>
public static class TeamsPackageCommand
{
    public const string DefaultOutput = "coordination-teams.zip";

    /// <summary>The package's entries, all at the zip's root.</summary>
    public static readonly IReadOnlyList<string> Entries = ["manifest.json", "color.png", "outline.png"];

    private const int UsageError = 2;
    private const string AppIdPlaceholder = "{{TEAMS_APP_ID}}";
    private const string HostPlaceholder = "{{BOT_HOST}}";

    private const string Usage =
        """
        Usage: dotnet run --project src/Coordination.Bot -- teams-package --app-id <guid> --host <host> [--output <path.zip>]

          --app-id <guid>   the bot's Microsoft App ID (Azure Bot resource → Configuration);
                            defaults to the Teams:AppId setting (environment: Teams__AppId)
          --host <host>     the host name the bot answers on, e.g. coordination.example.com
                            (no https://, no port, no path)
          --output <path>   where to write the package (default: coordination-teams.zip in the current directory)
        """;

    /// <summary>Runs the verb with <c>Teams:AppId</c> read from <c>appsettings.json</c> and the environment.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        return Run(args, configuration, output, error);
    }

    /// <summary>Writes the package; 0 when written, 2 (with the usage) when the arguments are wrong, 1 when writing fails.</summary>
    public static int Run(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        if (args.Any(a => a is "--help" or "-h"))
        {
            output.WriteLine(Usage);
            return 0;
        }

        if (!TryParse(args, configuration, out var options, out var problem))
        {
            error.WriteLine($"teams-package: {problem}");
            error.WriteLine();
            error.WriteLine(Usage);
            return UsageError;
        }

        return Write(options, output, error);
    }

    /// <summary>Builds the package and writes it where <paramref name="options"/> say; 0 when written, 1 when that fails.</summary>
    private static int Write(Options options, TextWriter output, TextWriter error)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "teams");
        var path = Path.GetFullPath(options.Output);
        try
        {
            var package = Build(source, options.AppId, options.Host);
            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllBytes(path, package);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            error.WriteLine($"teams-package: could not build {path}: {e.Message}");
            return 1;
        }

        output.WriteLine($"Wrote the Teams app package for app {options.AppId} on https://{options.Host} to {path}");
        output.WriteLine("Next: upload it in Teams (Apps → Manage your apps → Upload an app → Upload a custom app) or in the");
        output.WriteLine("Teams admin center (Teams apps → Manage apps → Upload new app), then add it to a team and to your");
        output.WriteLine("personal scope. The steps are in manifests/teams/README.md.");
        return 0;
    }

    private static byte[] Build(string source, string appId, string host)
    {
        var manifest = File.ReadAllText(Path.Combine(source, "manifest.json"), Encoding.UTF8)
            .Replace(AppIdPlaceholder, appId, StringComparison.Ordinal)
            .Replace(HostPlaceholder, host, StringComparison.Ordinal);
        if (manifest.Contains("{{", StringComparison.Ordinal))
        {
            throw new InvalidDataException("the manifest holds a placeholder this command does not fill");
        }

        using (JsonDocument.Parse(manifest))
        {
            // Only checks that the filled manifest is still JSON.
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in Entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var stream = entry.Open();
                if (name == "manifest.json")
                {
                    stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(manifest));
                }
                else
                {
                    stream.Write(File.ReadAllBytes(Path.Combine(source, name)));
                }
            }
        }

        return buffer.ToArray();
    }

    private sealed record Options(string AppId, string Host, string Output);

    private static bool TryParse(IReadOnlyList<string> args, IConfiguration configuration, out Options options, out string problem)
    {
        options = new Options("", "", DefaultOutput);
        var (appId, host, outputPath, wrong) = ReadArguments(args);
        appId ??= configuration["Teams:AppId"]?.Trim();
        if ((wrong ?? AppIdProblem(appId) ?? HostProblem(host)) is { } found)
        {
            problem = found;
            return false;
        }

        options = new Options(Guid.Parse(appId!).ToString("D"), host!.TrimEnd('.').ToLowerInvariant(), outputPath ?? DefaultOutput);
        problem = "";
        return true;
    }

    /// <summary>The values given as <c>--name value</c> or <c>--name=value</c>, or what is wrong with the arguments.</summary>
    private static (string? AppId, string? Host, string? Output, string? Problem) ReadArguments(IReadOnlyList<string> args)
    {
        string? appId = null, host = null, outputPath = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = args[i].Split('=', 2) is [var n, var v] && n.StartsWith("--", StringComparison.Ordinal) ? (n, v) : (args[i], null);
            if (name is not ("--app-id" or "--host" or "--output" or "-o"))
            {
                return (null, null, null, $"unknown argument '{args[i]}'.");
            }

            var value = inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith('-') ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                return (null, null, null, $"{name} needs a value.");
            }

            switch (name)
            {
                case "--app-id":
                    appId = value.Trim();
                    break;
                case "--host":
                    host = value.Trim();
                    break;
                default:
                    outputPath = value.Trim();
                    break;
            }
        }

        return (appId, host, outputPath, null);
    }

    private static string? AppIdProblem(string? appId) =>
        string.IsNullOrEmpty(appId) ? "the app id is missing: pass --app-id <guid> or set Teams:AppId."
        : !Guid.TryParse(appId, out var guid) || guid == Guid.Empty
            ? $"the app id '{appId}' is not a GUID: use the Microsoft App ID of the Azure Bot, e.g. 8f0e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b."
            : null;

    private static string? HostProblem(string? host) =>
        string.IsNullOrEmpty(host) ? "the host is missing: pass --host <host>, the name the bot answers on (e.g. coordination.example.com)."
        : host.Contains("://", StringComparison.Ordinal) || host.Contains('/', StringComparison.Ordinal) || Uri.CheckHostName(host) != UriHostNameType.Dns
            ? $"the host '{host}' must be a bare host name such as coordination.example.com: no scheme, port or path."
            : null;
}
