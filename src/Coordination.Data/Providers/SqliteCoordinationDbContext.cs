using Coordination.Data.Bulk;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coordination.Data.Providers;

/// <summary>SQLite: the embedded default, for one instance.</summary>
public sealed class SqliteCoordinationDbContext(DbContextOptions<SqliteCoordinationDbContext> options) : CoordinationDbContext(options)
{
    /// <summary>SQLite cannot compare or order <see cref="DateTimeOffset"/> text; store instants as sortable integers.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    internal override async Task<bool> TryWriteInBulkAsync(SweepChanges changes, CancellationToken cancellationToken)
    {
        var transaction = Database.CurrentTransaction?.GetDbTransaction();
        await SqliteBulkWriter.WriteAsync((SqliteConnection)Database.GetDbConnection(), transaction, changes, cancellationToken);
        return true;
    }
}
