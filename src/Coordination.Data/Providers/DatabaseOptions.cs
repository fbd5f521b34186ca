namespace Coordination.Data.Providers;

/// <summary>The <c>Database</c> configuration section; the connection string is <c>ConnectionStrings:Coordination</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Coordination";
    public const string DefaultConnectionString = "Data Source=coordination.db";

    /// <summary>Defaults to <see cref="DatabaseProvider.Sqlite"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start. Defaults to <c>true</c>.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
