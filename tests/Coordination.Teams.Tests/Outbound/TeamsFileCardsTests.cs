using System.Text;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;
using Microsoft.Extensions.Options;

namespace Coordination.Teams.Tests.Outbound;

/// <summary>Files in the personal chat: the consent card, the person's answer, the upload address check and the file info card.</summary>
public sealed class TeamsFileCardsTests
{
    private static readonly FileOffer Offer = new("coordination-export-2026-12-07.csv", "Coordination export, CR-1 to CR-3", 2048, "export:1");

    [Fact]
    public void Render_AnOffer_TextWithAFileConsentCardCarryingTheContextBothWays()
    {
        var message = new OutgoingMessage(ChatPlatform.Teams, "tenant", MessageDestination.DirectTo("29:ann"), "*Coordination export*", [], []) { Offer = Offer };

        var activity = AdaptiveCardRenderer.Render(message);

        var card = Assert.Single(activity["attachments"]!.AsArray())!;
        Assert.Equal(TeamsFileCards.ConsentContentType, card["contentType"]!.GetValue<string>());
        Assert.Equal(Offer.Name, card["name"]!.GetValue<string>());
        Assert.Equal(2048, card["content"]!["sizeInBytes"]!.GetValue<long>());
        Assert.Equal("Coordination export, CR-1 to CR-3", card["content"]!["description"]!.GetValue<string>());
        Assert.Equal("export:1", card["content"]!["acceptContext"]!["offer"]!.GetValue<string>());
        Assert.Equal("export:1", card["content"]!["declineContext"]!["offer"]!.GetValue<string>());
        Assert.Equal("**Coordination export**", activity["text"]!.GetValue<string>());
    }

    [Fact]
    public void Render_ASharedFile_AFileInfoCard()
    {
        var shared = new SharedFile("export.csv", "csv", "https://contoso-my.sharepoint.com/personal/a/Documents/export.csv", "1150D938");
        var message = new OutgoingMessage(ChatPlatform.Teams, "tenant", MessageDestination.DirectTo("29:ann"), "Your export", [], []) { Shared = shared };

        var card = Assert.Single(AdaptiveCardRenderer.Render(message)["attachments"]!.AsArray())!;

        Assert.Equal(TeamsFileCards.InfoContentType, card["contentType"]!.GetValue<string>());
        Assert.Equal(shared.ContentUrl, card["contentUrl"]!.GetValue<string>());
        Assert.Equal("export.csv", card["name"]!.GetValue<string>());
        Assert.Equal(("1150D938", "csv"), (card["content"]!["uniqueId"]!.GetValue<string>(), card["content"]!["fileType"]!.GetValue<string>()));
    }

    [Fact]
    public void Read_TheDocumentedAccept_TheOfferAndWhereToUpload()
    {
        var answer = TeamsFileConsentAnswer.Read(Fixture("invoke-fileconsent-accept-personal.json"))!;

        Assert.True(answer.Accepted);
        Assert.Equal("export:1", answer.Offer);
        Assert.Equal("contoso-my.sharepoint.com", answer.Upload!.UploadUrl.Host);
        Assert.Equal(("csv", "1150D938-8870-4044-9F2C-5BBDEBA70C8A", "coordination-export-2026-12-07.csv"), (answer.Upload.FileType, answer.Upload.UniqueId, answer.Upload.Name));
    }

    [Fact]
    public void Read_TheDocumentedDecline_DeclinedWithNothingToUpload()
    {
        var answer = TeamsFileConsentAnswer.Read(Fixture("invoke-fileconsent-decline-personal.json"))!;

        Assert.False(answer.Accepted);
        Assert.Null(answer.Upload);
    }

    [Theory]
    [InlineData("{\"action\":\"accept\",\"context\":{\"offer\":\"export:1\"}}")]
    [InlineData("{\"action\":\"maybe\",\"context\":{\"offer\":\"export:1\"}}")]
    [InlineData("{\"action\":\"decline\"}")]
    [InlineData("\"accept\"")]
    public void Read_AnythingElse_Nothing(string value)
    {
        var activity = new TeamsActivity { Type = TeamsActivity.Invoke, Name = TeamsFileCards.ConsentInvoke, Value = System.Text.Json.JsonDocument.Parse(value).RootElement };

        Assert.Null(TeamsFileConsentAnswer.Read(activity));
    }

    [Theory]
    [InlineData("https://contoso-my.sharepoint.com/personal/a/_api/upload", false, true)]
    [InlineData("https://contoso.sharepoint.us/upload", false, true)]
    [InlineData("http://contoso-my.sharepoint.com/upload", false, false)]
    [InlineData("https://sharepoint.com.evil.example/upload", false, false)]
    [InlineData("https://evil.example/contoso.sharepoint.com", false, false)]
    [InlineData("https://user@contoso-my.sharepoint.com/upload", false, false)]
    [InlineData("http://127.0.0.1:5000/upload/x.csv", false, false)]
    [InlineData("http://127.0.0.1:5000/upload/x.csv", true, true)]
    public void IsStorage_OnlyTeamsFileStorageOrLoopbackWhenAllowed(string url, bool loopback, bool allowed)
    {
        using var http = new HttpClient();
        var uploads = new TeamsFileUploads(http, Options.Create(new TeamsOptions { AllowLoopbackFileUploads = loopback }));

        Assert.Equal(allowed, uploads.IsStorage(new Uri(url)));
    }

    [Fact]
    public void IsPersonalConversation_PersonalChatIdsOnly()
    {
        Assert.True(TeamsFileCards.IsPersonalConversation("a:17I0kl9EkpE1O9PH5TW"));
        Assert.False(TeamsFileCards.IsPersonalConversation("19:6848757105754c8981c67612732d9aa7@thread.tacv2"));
    }

    private static TeamsActivity Fixture(string name) =>
        TeamsActivity.Parse(Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name))))!;
}
