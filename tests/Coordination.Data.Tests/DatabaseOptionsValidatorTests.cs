using Coordination.Data.Providers;

namespace Coordination.Data.Tests;

public sealed class DatabaseOptionsValidatorTests
{
    private readonly DatabaseOptionsValidator _validator = new();

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("postgres")]
    [InlineData("SQLSERVER")]
    [InlineData(" Postgres ")]
    [InlineData("")]
    public void Validate_KnownProviderInAnyCase_Succeeds(string provider)
    {
        var result = _validator.Validate(null, new DatabaseOptions { Provider = provider });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("MySql")]
    [InlineData("1")]
    [InlineData("Sqlite,Postgres")]
    public void Validate_UnknownProvider_FailsNamingTheKey(string provider)
    {
        var result = _validator.Validate(null, new DatabaseOptions { Provider = provider });

        Assert.True(result.Failed);
        Assert.Contains("Database:Provider", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains($"'{provider}'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("Postgres", DatabaseProvider.Postgres)]
    [InlineData("sqlserver", DatabaseProvider.SqlServer)]
    [InlineData(null, DatabaseProvider.Sqlite)]
    public void TryParseProvider_KnownName_ReturnsTheProvider(string? name, DatabaseProvider expected)
    {
        Assert.True(DatabaseOptions.TryParseProvider(name, out var provider));
        Assert.Equal(expected, provider);
    }
}
