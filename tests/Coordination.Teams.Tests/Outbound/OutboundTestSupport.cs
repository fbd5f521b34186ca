using System.Collections.Concurrent;
using Coordination.Teams.Outbound;
using Coordination.Testing.Teams;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Teams.Tests.Outbound;

/// <summary>The host's store of serviceUrls, as a dictionary: per (tenant, conversation), and per tenant for new conversations.</summary>
public sealed class FakeTeamsConversations : ITeamsConversations
{
    private readonly ConcurrentDictionary<(string Tenant, string Conversation), Uri> _conversations = new();
    private readonly ConcurrentDictionary<string, Uri> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Tenant, string? Conversation)> _lookups = new();

    public IReadOnlyList<(string Tenant, string? Conversation)> Lookups => [.. _lookups];

    /// <summary>The tenant's most recent serviceUrl: what any conversation of it (known or new) answers with.</summary>
    public FakeTeamsConversations WithTenant(string tenantId, Uri serviceUrl)
    {
        _tenants[tenantId] = serviceUrl;
        return this;
    }

    /// <summary>A conversation the bot has heard from, and only that one.</summary>
    public FakeTeamsConversations WithConversation(string tenantId, string conversationId, Uri serviceUrl)
    {
        _conversations[(tenantId, conversationId)] = serviceUrl;
        return this;
    }

    public ValueTask<Uri?> ServiceUrlAsync(string tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        _lookups.Enqueue((tenantId, conversationId));
        if (conversationId is not null && _conversations.TryGetValue((tenantId, conversationId), out var known))
        {
            return ValueTask.FromResult<Uri?>(known);
        }

        return ValueTask.FromResult(_tenants.TryGetValue(tenantId, out var url) ? url : null);
    }
}

/// <summary>Starts a <see cref="FakeBotConnector"/> per test and builds real clients pointed at it.</summary>
public abstract class FakeConnectorTestBase : IAsyncLifetime
{
    protected const string AppId = "00000000-0000-4000-8000-0000000000b0";
    protected const string AppPassword = "test-app-password-secret";
    protected const string Tenant = "72f988bf-0000-4000-8000-000000000001";

    protected FakeBotConnector Fake { get; private set; } = null!;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));

    protected RecordingLogger<BotTokenProvider> TokenLog { get; } = new();

    protected RecordingLogger<ConnectorClient> ApiLog { get; } = new();

    protected RecordingLogger<TeamsChannel> ChannelLog { get; } = new();

    private HttpClient Http { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await FakeBotConnector.StartAsync();
        Http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Fake.DisposeAsync();
    }

    protected IOptions<TeamsOptions> Options(TimeSpan? timeout = null) =>
        Microsoft.Extensions.Options.Options.Create(new TeamsOptions
        {
            AppId = AppId,
            AppPassword = AppPassword,
            TenantId = Tenant,
            TokenEndpoint = Fake.TokenEndpoint,
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
        });

    protected BotTokenProvider CreateTokens(IOptions<TeamsOptions>? options = null) =>
        new(Http, options ?? Options(), Time, TokenLog);

    protected ConnectorClient CreateClient(BotTokenProvider? tokens = null, IOptions<TeamsOptions>? options = null) =>
        new(Http, tokens ?? CreateTokens(options), options ?? Options(), Time, ApiLog);

    protected TeamsChannel CreateChannel(ITeamsConversations conversations)
    {
        var options = Options();
        return new TeamsChannel(CreateClient(CreateTokens(options), options), conversations, ChannelLog);
    }

    /// <summary>All that was logged, to check no secret ever is.</summary>
    protected IEnumerable<string> AllLogs() =>
        TokenLog.Entries.Concat(ApiLog.Entries).Concat(ChannelLog.Entries).Select(e => e.Message);

    protected static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
