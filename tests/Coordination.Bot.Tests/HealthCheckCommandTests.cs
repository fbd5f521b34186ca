using System.Net;
using Coordination.Bot.Cli;

namespace Coordination.Bot.Tests;

/// <summary>The <c>healthcheck</c> verb the container image's HEALTHCHECK runs.</summary>
public sealed class HealthCheckCommandTests
{
    [Fact]
    public async Task HealthCheck_BotAnswers200_ExitsZeroAfterAskingHealthz()
    {
        using var handler = new Answering(HttpStatusCode.OK);
        using var error = new StringWriter();

        var exit = await HealthCheckCommand.RunAsync([], error, handler);

        Assert.Equal(0, exit);
        Assert.Equal("/healthz", handler.Asked?.AbsolutePath);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public async Task HealthCheck_BotAnswers503_ExitsOneAndSaysSo()
    {
        using var handler = new Answering(HttpStatusCode.ServiceUnavailable);
        using var error = new StringWriter();

        var exit = await HealthCheckCommand.RunAsync(["http://localhost:9999/healthz"], error, handler);

        Assert.Equal(1, exit);
        Assert.Equal(new Uri("http://localhost:9999/healthz"), handler.Asked);
        Assert.Contains("503", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_NothingListens_ExitsOne()
    {
        using var error = new StringWriter();

        var exit = await HealthCheckCommand.RunAsync(["http://127.0.0.1:1/healthz"], error);

        Assert.Equal(1, exit);
        Assert.Contains("did not answer", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "http://localhost:8080/healthz")]
    [InlineData("", "http://localhost:8080/healthz")]
    [InlineData("5000", "http://localhost:5000/healthz")]
    [InlineData("8081;8082", "http://localhost:8081/healthz")]
    public void DefaultUrl_FromAspNetCoreHttpPorts_FirstPortOr8080(string? ports, string expected)
    {
        Assert.Equal(expected, HealthCheckCommand.DefaultUrl(ports));
    }

    private sealed class Answering(HttpStatusCode status) : HttpMessageHandler
    {
        public Uri? Asked { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Asked = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(status));
        }
    }
}
