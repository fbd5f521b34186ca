namespace Coordination.Data.Providers;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
