using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;

namespace Coordination.Teams.Tests.Inbound;

public sealed class TeamsMessageActionsTests
{
    private const string Channel = "19:6decf54d86d945e4b3924b63a9161a78@thread.skype";

    [Fact]
    public void FromFetchTask_MessageActionSample_OpensTheFormInTheMessagesThreadWithItsWords()
    {
        var command = TeamsMessageActions.FromFetchTask(Activity("invoke-composeextension-fetchtask-message-action.json"));

        var followUp = Assert.IsType<FollowUpCommand>(command);
        Assert.Equal(new ThreadRef(Channel, "1611060744833"), followUp.Context.Where);
        Assert.Equal("@Testing outgoing Webhook-Nikitha - Hi", followUp.Text);
        Assert.Equal("0d9b645f-597b-41f0-a2a3-ef103fbd91bb", followUp.Context.WorkspaceId);
    }

    [Fact]
    public void FromFetchTask_OnAReply_TheRequestGoesInTheThreadItIsIn()
    {
        var command = TeamsMessageActions.FromFetchTask(Activity("invoke-composeextension-fetchtask-message-action.json", a =>
        {
            a["conversation"]!["id"] = Channel;
            a["value"]!["messagePayload"]!["id"] = "1611060799999";
            a["value"]!["messagePayload"]!["replyToId"] = "1611060744833";
        }));

        Assert.Equal(new ThreadRef(Channel, "1611060744833"), Assert.IsType<FollowUpCommand>(command).Context.Where);
    }

    [Fact]
    public void FromFetchTask_AnotherCommandId_IsNotOurs() =>
        Assert.Null(TeamsMessageActions.FromFetchTask(Activity("invoke-composeextension-fetchtask-message-action.json", a => a["value"]!["commandId"] = "TEst")));

    [Fact]
    public void FromSubmitAction_MessageContext_TheFormsValuesInTheMessagesThreadWithItsLink()
    {
        var command = TeamsMessageActions.FromSubmitAction(Activity("invoke-composeextension-submitaction-message-action.json", a =>
            a["value"]!["data"]!["state"] = "|19:other@thread.skype|1"));

        var form = Assert.IsType<SubmitFormCommand>(command);
        Assert.Equal(new ThreadRef(Channel, "1611060744833"), form.State.Where);
        Assert.Equal("Hi", form.Values[FollowUpForm.Title]);
        Assert.Equal("https://teams.microsoft.com/l/message/19:6decf54d86d945e4b3924b63a9161a78@thread.skype/1611060744833", form.Values[FollowUpForm.Source]);
    }

    [Fact]
    public void FromSubmitAction_ComposeSample_IsNotThisAction() =>
        Assert.Null(TeamsMessageActions.FromSubmitAction(Activity("invoke-composeextension-submitaction-compose.json")));

    [Fact]
    public void TaskModule_Continue_HasTheShapeOfTheDocumentedDialogWithACard()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "invoke-response-task-continue-card.json")))!;
        var form = FollowUpForm.For(new FormState(new ThreadRef(Channel, "1")), new FollowUpDraft("Hi", []), [], channels: null);

        var answer = TeamsTaskModule.Continue(form);

        Assert.Equal(sample["task"]!["type"]!.GetValue<string>(), answer["task"]!["type"]!.GetValue<string>());
        var card = answer["task"]!["value"]!["card"]!;
        Assert.Equal(sample["task"]!["value"]!["card"]!["contentType"]!.GetValue<string>(), card["contentType"]!.GetValue<string>());
        var submit = card["content"]!["actions"]![0]!;
        Assert.Equal("Action.Submit", submit["type"]!.GetValue<string>());
        Assert.Equal(FollowUpForm.Kind, submit["data"]!["form"]!.GetValue<string>());
        Assert.Contains(card["content"]!["body"]!.AsArray(), b => b!["id"]?.GetValue<string>() == FollowUpForm.Stakeholders);
    }

    [Fact]
    public void TaskModule_Message_HasTheShapeOfTheDocumentedAnswer()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "invoke-response-task-message.json")))!;

        Assert.True(JsonNode.DeepEquals(sample, TeamsTaskModule.Message("Message text")));
    }

    private static TeamsActivity Activity(string fixture, Action<JsonObject>? change = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)))!.AsObject();
        if (json["value"]?["commandId"]?.GetValue<string>() == "TEst")
        {
            json["value"]!["commandId"] = TeamsMessageActions.CommandId;
        }

        change?.Invoke(json);
        return TeamsActivity.Parse(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()))!;
    }
}
