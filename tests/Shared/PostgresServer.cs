using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Coordination.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster on a free loopback port, started from the installed server binaries (as the
/// <c>postgres</c> user when running as root, since initdb refuses root) and removed on dispose. Set
/// <c>COORDINATION_TEST_POSTGRES</c> to a connection string to use an existing server instead.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionStringVariable = "COORDINATION_TEST_POSTGRES";

    private string? _root;
    private string? _binDirectory;
    private string _adminConnectionString = string.Empty;

    private static bool IsRoot => Environment.UserName == "root";

    public async Task StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            _adminConnectionString = external;
            return;
        }

        _binDirectory = await FindBinDirectoryAsync() ?? throw new InvalidOperationException(
            $"PostgreSQL is not installed. Install Debian's `postgresql` package (tests/run.sh does it), or set {ConnectionStringVariable}.");
        _root = Directory.CreateTempSubdirectory("coordination-pg-").FullName;
        if (IsRoot)
        {
            await RunAsync("chown", "-R", "postgres:postgres", _root);
        }

        var data = Path.Combine(_root, "data");
        var port = FreePort();
        await RunAsPostgresAsync("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        var settings = $"-p {port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500 -c shared_buffers=512MB";
        await RunAsPostgresAsync("pg_ctl", "-D", data, "-o", settings, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        _adminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>A new, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "coordination_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (_root is null || _binDirectory is null || !Directory.Exists(_root))
        {
            return;
        }

        RunAsPostgresAsync("pg_ctl", "-D", Path.Combine(_root, "data"), "-m", "fast", "-w", "stop").GetAwaiter().GetResult();
        Directory.Delete(_root, recursive: true);
        _root = null;
    }

    /// <summary><c>pg_config --bindir</c> when it holds the server tools, else the newest <c>/usr/lib/postgresql/*/bin</c>.</summary>
    private static async Task<string?> FindBinDirectoryAsync()
    {
        static bool HasServer(string? directory) => directory is not null && File.Exists(Path.Combine(directory, "initdb"));

        var configured = await TryRunAsync("pg_config", "--bindir");
        if (HasServer(configured))
        {
            return configured;
        }

        var installed = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        return installed.OrderByDescending(VersionOf).Select(d => Path.Combine(d, "bin")).FirstOrDefault(HasServer);
    }

    /// <summary>The version a directory is named after: <c>15</c>, or <c>9.6</c> before PostgreSQL 10.</summary>
    private static Version VersionOf(string directory)
    {
        var name = Path.GetFileName(directory);
        return int.TryParse(name, out var major) ? new Version(major, 0) : Version.TryParse(name, out var version) ? version : new Version();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a server tool, as the <c>postgres</c> user when running as root (with runuser, or su without it).</summary>
    private Task<string> RunAsPostgresAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(_binDirectory!, tool);
        if (!IsRoot)
        {
            return RunAsync(path, arguments);
        }

        return File.Exists("/usr/sbin/runuser") || File.Exists("/sbin/runuser")
            ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments])
            : RunAsync("su", "postgres", "-s", "/bin/sh", "-c", string.Join(' ', new[] { path }.Concat(arguments).Select(Quote)));
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>The tool's trimmed output, or <c>null</c> when it is missing or fails.</summary>
    private static async Task<string?> TryRunAsync(string fileName, params string[] arguments)
    {
        try
        {
            return (await RunAsync(fileName, arguments)).Trim();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static async Task<string> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }

        return await output;
    }
}
