using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Teams.Outbound;

namespace Coordination.Teams.Tests.Outbound;

/// <summary>A message's file in Teams: an image inside the card below the text, any other file attached beside it.</summary>
public sealed class AdaptiveCardFilesTests
{
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 1, 2, 254, 255];
    private static readonly MessageFile Chart = new("digest-2026-W49.png", MessageFile.Png, PngBytes, "Last 8 weeks");
    private static readonly MessageFile Export = new("requests.csv", MessageFile.Csv, "key,status\nCR-1,open\n"u8.ToArray(), "Open requests");

    [Fact]
    public void Render_ImageFile_OneCardWithTheImageBelowTheText()
    {
        var activity = AdaptiveCardRenderer.Render(Message("Weekly digest", [], Chart));

        Assert.False(activity.ContainsKey("text"));
        var attachment = Assert.Single(activity["attachments"]!.AsArray())!;
        Assert.Equal(AdaptiveCardRenderer.CardContentType, Str(attachment["contentType"]));
        var body = attachment["content"]!["body"]!.AsArray();
        Assert.Equal(["TextBlock", "Image"], body.Select(b => Str(b!["type"])));
        Assert.Equal("Weekly digest", Str(body[0]!["text"]));
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(PngBytes), Str(body[1]!["url"]));
        Assert.Equal("Last 8 weeks", Str(body[1]!["altText"]));
    }

    [Fact]
    public void Render_ImageFileWithButtons_ImageBetweenTheTextAndTheActions()
    {
        var activity = AdaptiveCardRenderer.Render(Message("Useful?", MessageButton.ForRequest("CR-7"), Chart));

        var card = Assert.Single(activity["attachments"]!.AsArray())!["content"]!;
        Assert.Equal(["TextBlock", "Image"], card["body"]!.AsArray().Select(b => Str(b!["type"])));
        Assert.Equal(5, card["actions"]!.AsArray().Count);
    }

    [Fact]
    public void Render_CsvFile_TextWithTheFileAttachedBeside()
    {
        var activity = AdaptiveCardRenderer.Render(Message("Your export", [], Export));

        Assert.Equal("Your export", Str(activity["text"]));
        var attachment = Assert.Single(activity["attachments"]!.AsArray())!;
        Assert.Equal("text/csv", Str(attachment["contentType"]));
        Assert.Equal("data:text/csv;base64," + Convert.ToBase64String(Export.Content), Str(attachment["contentUrl"]));
        Assert.Equal("requests.csv", Str(attachment["name"]));
    }

    [Fact]
    public void Render_CsvFileWithButtons_TheCardThenTheFile()
    {
        var activity = AdaptiveCardRenderer.Render(Message("Your export", MessageButton.ForRequest("CR-7"), Export));

        var attachments = activity["attachments"]!.AsArray();
        Assert.Equal([AdaptiveCardRenderer.CardContentType, "text/csv"], attachments.Select(a => Str(a!["contentType"])));
        Assert.DoesNotContain(attachments[0]!["content"]!["body"]!.AsArray(), b => Str(b!["type"]) == "Image");
    }

    [Theory]
    [InlineData(MessageFile.Png)]
    [InlineData(MessageFile.Csv)]
    public void Render_FileTooLargeForTeams_LeftOutAndTheTextSaysSo(string contentType)
    {
        var large = new MessageFile("big.bin", contentType, new byte[AdaptiveCardFiles.MaxInlineBytes + 1], "The big one");

        var activity = AdaptiveCardRenderer.Render(Message("Weekly digest", [], large));

        Assert.False(activity.ContainsKey("attachments"));
        Assert.Equal("Weekly digest\n\n_The big one (big.bin) is too large to send in Teams._", Str(activity["text"]));
    }

    [Fact]
    public void Render_FileAtTheLimit_SentInline()
    {
        var atLimit = Chart with { Content = new byte[AdaptiveCardFiles.MaxInlineBytes] };

        var activity = AdaptiveCardRenderer.Render(Message("Weekly digest", [], atLimit));

        Assert.Contains(activity["attachments"]![0]!["content"]!["body"]!.AsArray(), b => Str(b!["type"]) == "Image");
    }

    [Fact]
    public void RenderCard_ImageFile_TheCardTheActivityCarries()
    {
        var message = Message("Weekly digest", [], Chart);

        Assert.True(JsonNode.DeepEquals(AdaptiveCardRenderer.RenderCard(message), AdaptiveCardRenderer.Render(message)["attachments"]![0]!["content"]));
    }

    private static OutgoingMessage Message(string text, IReadOnlyList<MessageButton> buttons, MessageFile file) =>
        new(ChatPlatform.Teams, "tenant-1", MessageDestination.InThread(new ThreadRef("19:c@thread.tacv2", null)), text, [], buttons) { File = file };

    private static string? Str(JsonNode? node) => node?.GetValue<string>();
}
