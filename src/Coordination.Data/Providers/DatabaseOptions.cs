namespace Coordination.Data.Providers;

/// <summary>The <c>Database</c> configuration section; the connection string is <c>ConnectionStrings:Coordination</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ProviderKey = SectionName + ":" + nameof(Provider);
    public const string ConnectionStringName = "Coordination";
    public const string DefaultConnectionString = "Data Source=coordination.db";

    /// <summary><c>Sqlite</c>, <c>Postgres</c> or <c>SqlServer</c>, in any case. Defaults to <c>Sqlite</c>.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>Apply pending migrations at start. Defaults to <c>true</c>.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Reads a provider name; an empty one means the default, <see cref="DatabaseProvider.Sqlite"/>.</summary>
    public static bool TryParseProvider(string? value, out DatabaseProvider provider)
    {
        var name = Enum.GetNames<DatabaseProvider>().FirstOrDefault(n => n.Equals(value?.Trim(), StringComparison.OrdinalIgnoreCase));
        provider = name is null ? DatabaseProvider.Sqlite : Enum.Parse<DatabaseProvider>(name);
        return name is not null || string.IsNullOrWhiteSpace(value);
    }
}
