using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.Web;

/// <summary>The Data Protection key ring is not readable from the database alone once a certificate protects it.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private const string Password = "pfx-password-for-tests";

    private static readonly Dictionary<string, string?> SlackOAuth = new()
    {
        ["Slack:SigningSecret"] = "signing-secret-for-tests",
        ["Slack:ClientId"] = "1234567890.0987654321",
        ["Slack:ClientSecret"] = "client-secret-for-tests",
        ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        ["Slack:RedirectUri"] = "https://coordination.example.com/slack/oauth/callback",
    };

    private readonly SqliteDatabases _databases = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("coordination-keys-").FullName;

    [Fact]
    public async Task Start_InProductionWithSlackOAuthAndNoKeyProtection_FailsNamingTheKey()
    {
        var (provider, connectionString) = await _databases.CreateAsync();
        await using var app = new BotApp(provider, connectionString, settings: SlackOAuth);
        await using var production = app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var failure = Assert.ThrowsAny<Exception>(() => production.Services);

        Assert.Contains("Web:KeyProtection:Certificate", Messages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProductionWithSlackOAuthAndACertificate_Starts()
    {
        var (provider, connectionString) = await _databases.CreateAsync();
        await using var app = new BotApp(provider, connectionString, settings: new Dictionary<string, string?>(SlackOAuth) { ["Web:KeyProtection:Certificate"] = WriteCertificate(), ["Web:KeyProtection:Password"] = Password });
        await using var production = app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        Assert.NotNull(production.Services.GetRequiredService<IDataProtectionProvider>());
    }

    [Fact]
    public async Task KeyRing_WithACertificate_StoredEncryptedAndReadByTheNextStart()
    {
        var (provider, connectionString) = await _databases.CreateAsync();
        var settings = new Dictionary<string, string?> { ["Web:KeyProtection:Certificate"] = WriteCertificate(), ["Web:KeyProtection:Password"] = Password };
        string ticket;
        await using (var first = new BotApp(provider, connectionString, settings: settings))
        {
            ticket = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("xoxb-secret");
        }

        await using var second = new BotApp(provider, connectionString, settings: settings);
        var stored = await second.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());

        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
        Assert.Equal("xoxb-secret", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(ticket));
    }

    [Fact]
    public async Task KeyRing_WithoutACertificateOutsideProduction_StillWorks()
    {
        var (provider, connectionString) = await _databases.CreateAsync();
        await using var app = new BotApp(provider, connectionString, settings: SlackOAuth);
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        Assert.Equal("xoxb-secret", protector.Unprotect(protector.Protect("xoxb-secret")));
    }

    public void Dispose()
    {
        _databases.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string WriteCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Coordination key ring (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, "key-ring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    private static string Messages(Exception failure) =>
        failure is AggregateException all
            ? string.Join(" | ", all.InnerExceptions.Select(Messages))
            : failure.InnerException is null ? failure.Message : failure.Message + " | " + Messages(failure.InnerException);
}
