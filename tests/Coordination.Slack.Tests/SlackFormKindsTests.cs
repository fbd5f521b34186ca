using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Slack.Inbound;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Tests;

public sealed class SlackFormKindsTests
{
    private static readonly FormOption[] Days = [new("1d", "1 day"), new("3d", "3 days"), new("monday", "Next Monday"), new("date", "A date")];

    private static readonly ChatForm Form = new("kinds", "Every kind", "Send", [
        new FormField("when", "When", FormFieldKind.Date) { Value = "2026-12-09" },
        new FormField("how-long", "How long", FormFieldKind.Choice, Required: true) { Options = Days, Value = "3d" },
        new FormField("who", "Who", FormFieldKind.People) { Value = "U1 U2" },
        new FormField("where", "Where", FormFieldKind.Conversation),
        new FormField("note", "Note", FormFieldKind.Text) { Value = "hello" },
        new FormField("owner", "Owner", FormFieldKind.Person),
    ], new FormState(new ThreadRef("C42", "1.2"), 7));

    [Fact]
    public void Render_EachNewKind_IsItsSlackElementWithTheFieldsValueAsInitial()
    {
        var blocks = SlackModalRenderer.Render(Form, "U0")["blocks"]!.AsArray().Select(b => b!["element"]!).ToList();

        Assert.Equal(["datepicker", "radio_buttons", "multi_users_select", "conversations_select", "plain_text_input", "users_select"], blocks.Select(e => e["type"]!.GetValue<string>()));
        Assert.Equal("2026-12-09", blocks[0]["initial_date"]!.GetValue<string>());
        Assert.Equal("3d", blocks[1]["initial_option"]!["value"]!.GetValue<string>());
        Assert.Equal(4, blocks[1]["options"]!.AsArray().Count);
        Assert.Equal(["U1", "U2"], blocks[2]["initial_users"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(["public", "private"], blocks[3]["filter"]!["include"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.True(blocks[3]["default_to_current_conversation"]!.GetValue<bool>());
        Assert.Equal("hello", blocks[4]["initial_value"]!.GetValue<string>());
        Assert.Null(blocks[5]["initial_user"]);
        Assert.All(blocks.Zip(Form.Fields), pair => Assert.Equal(pair.Second.Id, pair.First["action_id"]!.GetValue<string>()));
    }

    [Fact]
    public void Render_ConversationPicker_OpenedInADirectMessage_HasNoCurrentConversationToDefaultTo()
    {
        var form = Form with { State = new FormState(new ThreadRef("D42", null)) };

        var picker = SlackModalRenderer.Render(form, "U0")["blocks"]![3]!["element"]!;

        Assert.Null(picker["default_to_current_conversation"]);
    }

    [Fact]
    public void Render_ManyOptions_AreADropDown()
    {
        var options = Enumerable.Range(1, 8).Select(i => new FormOption($"{i}", $"Option {i}")).ToList();
        var form = Form with { Fields = [new FormField("pick", "Pick", FormFieldKind.Choice) { Options = options }] };

        Assert.Equal("static_select", SlackModalRenderer.Render(form, "U0")["blocks"]![0]!["element"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Values_OfTheRealMultiInputSubmission_ReadDatePeopleAndLeaveEmptyOnesOut()
    {
        using var payload = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "interactivity_view_submission_multi_input_payload.json")));

        var values = SlackViewState.Values(payload.RootElement.GetProperty("view").GetProperty("state"));

        Assert.Equal("2023-06-05", values["date-select"]);
        Assert.Equal("U04P1JJT2G6", values["pax-select"]);
        Assert.Equal("U04P1JJT2G6", values["q-select"]);
        Assert.False(values.ContainsKey("fng-select"));
        Assert.False(values.ContainsKey("visiting-pax"));
        Assert.False(values.ContainsKey("ao-select"));
    }

    [Fact]
    public void Values_OfChoiceSeveralPeopleAndAConversation_AreTheOptionValueTheIdsAndTheChannel()
    {
        using var state = JsonDocument.Parse("""
            {"values":{
              "a":{"how-long":{"type":"radio_buttons","selected_option":{"text":{"type":"plain_text","text":"3 days"},"value":"3d"}}},
              "b":{"size":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"Big"},"value":"big"}}},
              "c":{"who":{"type":"multi_users_select","selected_users":["U1","U2"]}},
              "d":{"where":{"type":"conversations_select","selected_conversation":"C9"}}
            }}
            """);

        var values = SlackViewState.Values(state.RootElement);

        Assert.Equal("3d", values["how-long"]);
        Assert.Equal("big", values["size"]);
        Assert.Equal("U1 U2", values["who"]);
        Assert.Equal("C9", values["where"]);
        Assert.Equal(["U1", "U2"], FormValues.People(values["who"]));
    }

    [Fact]
    public void ErrorsFixture_IsTheShapeTheBotAnswersARejectedSubmissionWith()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "interactivity_view_submission_response_errors.json")))!;

        var ours = JsonSerializer.SerializeToNode(new SlackViewErrors("reason", "Say why."))!;

        Assert.Equal(sample["response_action"]!.GetValue<string>(), ours["response_action"]!.GetValue<string>());
        Assert.Equal("Say why.", ours["errors"]!["reason"]!.GetValue<string>());
    }
}
