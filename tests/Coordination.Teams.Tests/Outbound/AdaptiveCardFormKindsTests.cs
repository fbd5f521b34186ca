using System.Text;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;

namespace Coordination.Teams.Tests.Outbound;

public sealed class AdaptiveCardFormKindsTests
{
    private static readonly ChatForm Form = new("kinds", "Every kind", "Send", [
        new FormField("when", "When", FormFieldKind.Date) { Value = "2026-12-09" },
        new FormField("how-long", "How long", FormFieldKind.Choice, Required: true) { Options = [new("1d", "1 day"), new("3d", "3 days")], Value = "1d" },
        new FormField("who", "Who", FormFieldKind.People),
        new FormField("owner", "Owner", FormFieldKind.Person) { Choices = [new Mention("29:ann", "Ann")] },
        new FormField("where", "Where", FormFieldKind.Conversation) { Options = [new("19:a@thread.tacv2", "General")] },
    ], new FormState(new ThreadRef("19:c@thread.tacv2", "17"), 3));

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    [Fact]
    public void AddTo_EachNewKind_IsItsAdaptiveCardInput()
    {
        var inputs = Inputs(Form);

        Assert.Equal(["Input.Date", "Input.ChoiceSet", "Input.ChoiceSet", "Input.ChoiceSet", "Input.ChoiceSet"], inputs.Select(i => i["type"]!.GetValue<string>()));
        Assert.Equal("2026-12-09", inputs[0]["value"]!.GetValue<string>());
        Assert.Equal("compact", inputs[1]["style"]!.GetValue<string>());
        Assert.Equal("1d", inputs[1]["value"]!.GetValue<string>());
        Assert.True(inputs[2]["isMultiSelect"]!.GetValue<bool>());
        Assert.Null(inputs[3]["isMultiSelect"]);
        Assert.Equal("29:ann", inputs[3]["choices"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("General", inputs[4]["choices"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void AddTo_PeoplePickers_SearchThePeopleDatasetAsTheDocumentedCardDoes()
    {
        var documented = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, "card-typeahead-dependent-inputs-data-query.json")))!["body"]![2]!;

        foreach (var picker in Inputs(Form).Where(i => i["id"]!.GetValue<string>() is "who" or "owner"))
        {
            Assert.Equal(documented["style"]!.GetValue<string>(), picker["style"]!.GetValue<string>());
            Assert.Equal(documented["choices.data"]!["type"]!.GetValue<string>(), picker["choices.data"]!["type"]!.GetValue<string>());
            Assert.Equal(AdaptiveCardForms.PeopleDataset, picker["choices.data"]!["dataset"]!.GetValue<string>());
        }
    }

    [Fact]
    public void AddTo_AFormWithAProblem_ShowsItUnderItsField()
    {
        var body = Card(Form with { Problem = new FormProblem("when", "Pick a day after today.") })["body"]!.AsArray();

        var at = body.Select((b, i) => (b, i)).Single(p => p.b!["id"]?.GetValue<string>() == "when").i;
        Assert.Equal("Pick a day after today.", body[at + 1]!["text"]!.GetValue<string>());
        Assert.Equal("Attention", body[at + 1]!["color"]!.GetValue<string>());
    }

    [Fact]
    public void SearchQuery_OfTheDocumentedInvoke_ReadsDatasetTextAndPage()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, "invoke-application-search-typeahead.json")))!.AsObject();
        json["conversation"] = new JsonObject { ["id"] = "a:1", ["tenantId"] = "tenant-1" };

        var query = TeamsSearchQuery.Of(TeamsActivity.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()))!);

        Assert.Equal(new TeamsSearchQuery("tenant-1", "npm", "fluentui", 0, 15), query);
    }

    [Fact]
    public void SearchQuery_WithoutATenant_IsNone()
    {
        var activity = TeamsActivity.Parse(File.ReadAllBytes(Path.Combine(Fixtures, "invoke-application-search-typeahead.json")))!;

        Assert.Null(TeamsSearchQuery.Of(activity));
    }

    private static JsonObject Card(ChatForm form)
    {
        var card = new JsonObject { ["body"] = new JsonArray() };
        AdaptiveCardForms.AddTo(card, form);
        return card;
    }

    private static List<JsonNode> Inputs(ChatForm form) => [.. Card(form)["body"]!.AsArray().Where(b => b!["id"] is not null).Select(b => b!)];
}
