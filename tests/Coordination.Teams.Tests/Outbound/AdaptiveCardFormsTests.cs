using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Teams.Outbound;

namespace Coordination.Teams.Tests.Outbound;

public sealed class AdaptiveCardFormsTests
{
    [Fact]
    public void Render_MessageWithTheDecisionForm_IsOneCardWithAnInputPerFieldAndOneSubmit()
    {
        var form = ChatForms.ForDecision(new FormState(new ThreadRef("19:c@thread.tacv2", "17"), 3), [new Mention("29:ann", "Ann"), new Mention("29:bob", "Bob")]);
        var message = new OutgoingMessage(ChatPlatform.Teams, "tenant", MessageDestination.InThread(new ThreadRef("19:c@thread.tacv2", "17")), "Record a decision", [], []) { Form = form };

        var card = (JsonObject)AdaptiveCardRenderer.Render(message)["attachments"]![0]!["content"]!;

        var inputs = card["body"]!.AsArray().Where(b => b!["id"] is not null).ToList();
        Assert.Equal(form.Fields.Select(f => f.Id), inputs.Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal(["Input.Text", "Input.Text", "Input.Text", "Input.ChoiceSet", "Input.Text", "Input.Toggle"], inputs.Select(i => i!["type"]!.GetValue<string>()));
        Assert.True(inputs[0]!["isRequired"]!.GetValue<bool>());
        Assert.Equal("29:ann", inputs[3]!["value"]!.GetValue<string>());
        var submit = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal(AdaptiveCardForms.SubmitVerb, submit["verb"]!.GetValue<string>());
        Assert.Equal("3|19:c@thread.tacv2|17", submit["data"]!["state"]!.GetValue<string>());
        Assert.Equal(ChatForms.Decision, submit["data"]!["form"]!.GetValue<string>());
    }
}
