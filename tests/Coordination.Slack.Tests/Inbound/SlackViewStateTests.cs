using System.Text.Json;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Slack.Inbound;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Tests.Inbound;

public sealed class SlackViewStateTests
{
    private const string State = """
        {"values":{
          "decision":{"decision":{"type":"rich_text_input","rich_text_value":{"type":"rich_text","elements":[
            {"type":"rich_text_section","elements":[{"type":"text","text":"Ship on "},{"type":"text","text":"Postgres","style":{"bold":true}}]}]}}},
          "next":{"next":{"type":"rich_text_input","rich_text_value":{"type":"rich_text","elements":[
            {"type":"rich_text_section","elements":[{"type":"user","user_id":"U1"},{"type":"text","text":" migrate the schema by Friday\n"},{"type":"usergroup","usergroup_id":"S9"},{"type":"text","text":" review"}]},
            {"type":"rich_text_list","style":"bullet","elements":[{"type":"rich_text_section","elements":[{"type":"user","user_id":"U2"},{"type":"text","text":" update "},{"type":"link","url":"https://x.example/runbook"}]}]}]}}},
          "owner":{"owner":{"type":"users_select","selected_user":"U3"}},
          "long-term":{"long-term":{"type":"checkboxes","selected_options":[{"text":{"type":"plain_text","text":"Yes"},"value":"true"}]}},
          "rationale":{"rationale":{"type":"rich_text_input","rich_text_value":{"type":"rich_text","elements":[]}}},
          "title":{"title":{"type":"plain_text_input","value":"plain"}},
          "empty":{"empty":{"type":"checkboxes","selected_options":[]}}
        }}
        """;

    [Fact]
    public void Values_OfEachInputKind_ReadAsTextMentionsAndFlags()
    {
        using var state = JsonDocument.Parse(State);

        var values = SlackViewState.Values(state.RootElement);

        Assert.Equal("Ship on Postgres", values[ChatForms.DecisionText]);
        Assert.Equal("<@U1> migrate the schema by Friday\n<!subteam^S9> review\n<@U2> update https://x.example/runbook", values[ChatForms.NextSteps]);
        Assert.Equal("U3", values[ChatForms.Owner]);
        Assert.Equal("true", values[ChatForms.LongTerm]);
        Assert.Equal("plain", values["title"]);
        Assert.False(values.ContainsKey(ChatForms.Rationale));
        Assert.False(values.ContainsKey("empty"));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"values":[]}""")]
    [InlineData("""{"values":{"a":"b"}}""")]
    public void Values_OfAShapeNotSlacks_AreEmpty(string json)
    {
        using var state = JsonDocument.Parse(json);

        Assert.Empty(SlackViewState.Values(state.RootElement));
    }

    [Fact]
    public void Render_DecisionForm_IsAModalWithAnInputBlockPerFieldAndItsStateInPrivateMetadata()
    {
        var form = ChatForms.ForDecision(new FormState(new ThreadRef("C1", null), 4), []);

        var view = SlackModalRenderer.Render(form, "U0");

        Assert.Equal("modal", view["type"]!.GetValue<string>());
        Assert.Equal("4|C1|", view["private_metadata"]!.GetValue<string>());
        Assert.True(view["title"]!["text"]!.GetValue<string>().Length <= 24);
        var elements = view["blocks"]!.AsArray().Select(b => b!["element"]!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(["rich_text_input", "rich_text_input", "rich_text_input", "users_select", "rich_text_input", "checkboxes"], elements);
        Assert.False(view["blocks"]![0]!["optional"]!.GetValue<bool>());
        Assert.True(view["blocks"]![1]!["optional"]!.GetValue<bool>());
    }
}
