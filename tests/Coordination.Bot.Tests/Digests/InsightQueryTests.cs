using Coordination.Bot.Digests;
using Coordination.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Digests;

/// <summary>The <c>stats</c> and <c>export</c> queries translate to SQL on every engine, SQL Server included (which the scenarios cannot run).</summary>
public sealed class InsightQueryTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "ORDER BY \"s\".\"RespondedAt\" - \"s\".\"AskedAt\"")]
    [InlineData(DatabaseProvider.Postgres, "ORDER BY s.\"RespondedAt\" - s.\"AskedAt\"")]
    [InlineData(DatabaseProvider.SqlServer, "ORDER BY DATEDIFF(second, [s].[AskedAt], [s].[RespondedAt])")]
    public void TimeToFirstResponse_EachEngine_OrderedByTheDatabase(DatabaseProvider provider, string order)
    {
        using var db = CoordinationDbContextFactory.Create(provider, ConnectionString(provider));

        var sql = PersonStats.ByTimeToFirstResponse(db, db.Stakeholders).ToQueryString();

        Assert.Contains(order, sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void TrailPage_EachEngine_OneJoinedQueryInTrailOrder(DatabaseProvider provider)
    {
        using var db = CoordinationDbContextFactory.Create(provider, ConnectionString(provider));

        var sql = new TrailExport(db).Page(Guid.Empty, 0, TrailExport.PageRequests).ToQueryString();

        Assert.Contains("JOIN", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
    }

    private static string ConnectionString(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.Postgres => "Host=127.0.0.1;Database=none",
        _ => "Server=none;Database=none",
    };
}
