using System.Net;
using System.Text.RegularExpressions;
using Coordination.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.Api;

/// <summary>The OpenAPI document describes exactly the routes under /api/v1, and its reference page works offline.</summary>
public abstract partial class ApiDocumentScenarios(ApiHost host, Func<ITestDatabases> databases) : ApiScenarioBase(host, databases)
{
    [Fact]
    public async Task OpenApiDocument_PathsAndMethods_EqualTheApiRoutesBothWays()
    {
        var app = await AppAsync();

        var response = await app.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var document = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal).ToList();
        var routed = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(routed);
        Assert.Equal(routed, documented);
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task ReferencePage_LoadsWithItsScriptServedHere()
    {
        var app = await AppAsync();
        var client = app.CreateClient();

        var page = await client.GetAsync(new Uri("/api/reference", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups["src"].Value).ToList();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            Assert.DoesNotContain("://", script, StringComparison.Ordinal);
            var served = await client.GetAsync(new Uri(new Uri("http://localhost/api/reference/"), script));
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }
    }

    [GeneratedRegex("<script[^>]*\\bsrc=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSource();
}

public sealed class SqliteApiDocumentScenarios(ApiHost host) : ApiDocumentScenarios(host, () => new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresApiDocumentScenarios(ApiHost host, PostgresFixture server) : ApiDocumentScenarios(host, () => new PostgresDatabases(server));
