using Microsoft.Extensions.Options;

namespace Coordination.Data.Providers;

/// <summary>Checks the <c>Database</c> section at start.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
        DatabaseOptions.TryParseProvider(options.Provider, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(UnsupportedProvider(options.Provider));

    internal static string UnsupportedProvider(string? value) =>
        $"{DatabaseOptions.ProviderKey} '{value}' is not supported: use Sqlite, Postgres or SqlServer.";
}
