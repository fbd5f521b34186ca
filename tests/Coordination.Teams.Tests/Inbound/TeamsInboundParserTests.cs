using System.Text;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;

namespace Coordination.Teams.Tests.Inbound;

/// <summary>Teams activities, from the real samples and variations of them, to neutral commands.</summary>
public sealed class TeamsInboundParserTests
{
    private const string Bob = "29:1bob";
    private const string ChannelThreadSample = "channel-thread-reply-with-bot-mention.json";

    [Fact]
    public void FromActivity_ChannelThreadSampleMentioningTheBot_CommandInThatThreadForTheSender()
    {
        var command = Parse(ChannelThreadSample);

        var help = Assert.IsType<HelpCommand>(command);
        Assert.Equal(ChatPlatform.Teams, help.Context.Platform);
        Assert.Equal("50612dbb-0237-4969-b378-8d42590f9c00", help.Context.WorkspaceId);
        Assert.Equal(new PersonRef("29:17bUvCasIPKfQIXHvNzcPjD86fwm6GkWc1PvCGP2-NSkNb7AyGYpjQ7Xw-XgTwaHW5JxZ4KMNDxn1kcL8fwX1Nw", "rido", "b15a9416-0ad3-4172-9210-7beb711d3f70"), help.Context.Actor);
        Assert.Equal(new ThreadRef("19:6848757105754c8981c67612732d9aa7@thread.tacv2", "1759881511856"), help.Context.Where);
    }

    [Fact]
    public void FromActivity_AskByMentionInAThread_StakeholdersFromTheMentionEntitiesBotMentionStripped()
    {
        var activity = Sample(ChannelThreadSample, a =>
        {
            a["text"] = "<at>ridotest</at> ask <at>Bob Jones</at> review the rollout plan by Friday";
            Entities(a).Add(Mention(Bob, "Bob Jones"));
        });

        var ask = Assert.IsType<AskCommand>(TeamsInboundParser.FromActivity(activity));

        Assert.Equal([new PersonRef(Bob, "Bob Jones")], ask.Stakeholders);
        Assert.Equal("review the rollout plan", ask.Title);
        Assert.NotNull(ask.Due);
        Assert.Equal("1759881511856", ask.Context.Where.ThreadId);
    }

    [Fact]
    public void FromActivity_MentionTextDiffersFromTheEntity_StillResolvedByName()
    {
        var command = Parse("message-with-user-mention-skype-thread.json", a =>
        {
            a["text"] = "<at>stlrgload100</at> ask <at>Pranav Smith</at> check out this message";
            Entities(a).Add(Mention("8:orgid:6aebbad0-e5a5-424a-834a-20fb051f3c1a", "stlrgload100"));
            a["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        });

        var ask = Assert.IsType<AskCommand>(command);
        Assert.Equal([new PersonRef("29:08q2j2o3jc09au90eucae", "Pranav Smith")], ask.Stakeholders);
        Assert.Equal(new ThreadRef("19:aebd0ad4d6ab42c8b9ed19c251c2fc37@thread.skype", "1481567603816"), ask.Context.Where);
    }

    [Fact]
    public void FromActivity_ChannelMessageWithoutTheBotsMention_APossibleAnswerInItsThread()
    {
        var command = Parse(ChannelThreadSample, a =>
        {
            a["text"] = "Looks good to me";
            a["entities"] = new JsonArray();
        });

        var reply = Assert.IsType<ThreadReplyCommand>(command);
        Assert.Equal(new ThreadRef("19:6848757105754c8981c67612732d9aa7@thread.tacv2", "1759881511856"), reply.Context.Where);
    }

    [Fact]
    public void FromActivity_TopLevelChannelPost_IsItsOwnThreadRoot()
    {
        var command = Parse(ChannelThreadSample, a => a["conversation"]!["id"] = "19:6848757105754c8981c67612732d9aa7@thread.tacv2");

        Assert.Equal(new ThreadRef("19:6848757105754c8981c67612732d9aa7@thread.tacv2", "1759944781430"), command!.Context.Where);
    }

    [Fact]
    public void FromActivity_PersonalChatSample_PlainTextIsACommandInThatChat()
    {
        var command = Parse("personal-chat-message.json", a => a["text"] = "list waiting");

        var list = Assert.IsType<ListCommand>(command);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", list.Context.WorkspaceId);
        var chat = "a:17I0kl9EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo10tVr4C7Fc6GtieTJX663WuJCc1uA83n4CSrHSgGBj5XNYLcVlJAs2ZX8DbYBPck201w-";
        Assert.Equal(new ThreadRef(chat, chat), list.Context.Where);
    }

    [Fact]
    public void FromActivity_AskInThePersonalChat_AnAskMarkedDirectForTheEngineToAskWhere()
    {
        var command = Parse("personal-chat-message.json", a =>
        {
            a["text"] = "ask <at>Bob</at> the numbers";
            a["entities"] = new JsonArray(Mention(Bob, "Bob"));
        });

        var ask = Assert.IsType<AskCommand>(command);
        Assert.True(ask.Context.InDirectMessage);
        Assert.Equal("the numbers", ask.Title);
    }

    [Fact]
    public void FromActivity_UnknownTextInThePersonalChatSample_Help()
    {
        Assert.IsType<HelpCommand>(Parse("personal-chat-message.json"));
    }

    [Fact]
    public void FromActivity_TextThatLooksLikeAMentionToken_NobodyIsNamedByIt()
    {
        var command = Parse("personal-chat-message.json", a => a["text"] = "redirect CR-3 <@29:evil|Eve>");

        Assert.IsNotType<RedirectCommand>(command);
    }

    [Theory]
    [InlineData(MessageButton.Acknowledge, typeof(AcknowledgeCommand))]
    [InlineData(MessageButton.Done, typeof(DoneCommand))]
    [InlineData(MessageButton.Snooze, typeof(OpenFormCommand))]
    [InlineData(MessageButton.Decline, typeof(OpenFormCommand))]
    [InlineData(MessageButton.NotMe, typeof(OpenFormCommand))]
    public void FromActivity_ExecuteInvokeOfEachButton_ItsCommandForThePresser(string verb, Type expected)
    {
        var command = Parse("invoke-adaptivecard-action-execute-personal.json", a =>
            a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject { ["action"] = verb, ["key"] = "CR-7" } } });

        Assert.IsType(expected, command);
        Assert.Equal("29:1uMVvhoAyfTqdMsyvHL0qlJTTfQF9MOUSI8_cQts2kdSWEZVDyJO2jz-CsNOhQcdYq1Bw4cHT0__O6XDj4AZ-Jw", command!.Context.Actor.PlatformUserId);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, false)]
    public void PressedInList_ListedMarkInTheData_OnlyWhenTrue(bool? listed, bool expected)
    {
        var data = new JsonObject { ["action"] = MessageButton.Done, ["key"] = "CR-7" };
        if (listed is { } mark)
        {
            data[AdaptiveCardRenderer.ListedData] = mark;
        }

        var activity = Sample("invoke-adaptivecard-action-execute-personal.json", a =>
            a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = MessageButton.Done, ["data"] = data } });

        Assert.Equal(expected, TeamsInboundParser.PressedInList(activity));
        Assert.IsType<DoneCommand>(TeamsInboundParser.FromActivity(activity));
    }

    [Fact]
    public void FromActivity_ExecuteInvokeSampleOfAnotherCard_Null()
    {
        Assert.Null(Parse("invoke-adaptivecard-action-execute-personal.json"));
    }

    [Fact]
    public void FromActivity_SubmitMessageWithOurData_TheButtonsCommand()
    {
        var command = Parse("message-from-card-messageback-with-value.json", a => a["value"] = new JsonObject { ["action"] = MessageButton.Done, ["key"] = "CR-12" });

        var done = Assert.IsType<DoneCommand>(command);
        Assert.Equal(12, done.RequestNumber);
    }

    [Fact]
    public void FromActivity_MessageBackSampleWithOtherData_NotAButtonPress()
    {
        Assert.IsType<ThreadReplyCommand>(Parse("message-from-card-messageback-with-value.json"));
    }

    [Theory]
    [InlineData("conversationupdate-bot-added-to-team.json")]
    [InlineData("conversationupdate-bot-added-personal.json")]
    [InlineData("conversationupdate-member-removed-from-team.json")]
    [InlineData("installationupdate-add-team.json")]
    [InlineData("messagereaction-added.json")]
    [InlineData("invoke-card-action-legacy-invoke-button.json")]
    public void FromActivity_EventsAndOtherActivities_NoCommand(string sample)
    {
        Assert.Null(Parse(sample));
    }

    [Fact]
    public void FromActivity_TheBotsOwnMessage_Null()
    {
        Assert.Null(Parse(ChannelThreadSample, a => a["from"] = new JsonObject { ["id"] = "28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8" }));
    }

    [Fact]
    public void FromActivity_NoTenant_Null()
    {
        Assert.Null(Parse("message-with-user-mention-skype-thread.json"));
    }

    [Fact]
    public void ProfileOf_SampleWithLocalTimezone_TheSendersZone()
    {
        var profile = TeamsInboundParser.ProfileOf(Sample(ChannelThreadSample));

        Assert.Equal("America/Los_Angeles", profile!.TimeZoneId);
        Assert.Equal("rido", profile.Context.Actor.DisplayName);
    }

    [Fact]
    public void ProfileOf_ZoneOnlyInClientInfo_ThatZone()
    {
        Assert.Equal("America/Los_Angeles", TeamsInboundParser.ProfileOf(Sample("personal-chat-message.json"))!.TimeZoneId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("not json")]
    [InlineData("{\"type\": 5}")]
    [InlineData("{\"entities\": {}}")]
    public void Parse_NotAnActivity_NullWithoutThrowing(string body)
    {
        Assert.Null(TeamsActivity.Parse(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Parse_EverySample_ReadsTheTypeAndKeepsUnknownFields()
    {
        foreach (var file in Directory.GetFiles(Fixtures, "*.json").Where(f => IsActivity(File.ReadAllText(f))))
        {
            var activity = TeamsActivity.Parse(File.ReadAllBytes(file));
            Assert.NotNull(activity);
            Assert.False(string.IsNullOrEmpty(activity.Type), file);
        }
    }

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static bool IsActivity(string json) => JsonNode.Parse(json) is JsonObject o && o.ContainsKey("type") && o.ContainsKey("channelId");

    private static ChatCommand? Parse(string sample, Action<JsonObject>? change = null) => TeamsInboundParser.FromActivity(Sample(sample, change));

    private static TeamsActivity Sample(string sample, Action<JsonObject>? change = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, sample)))!.AsObject();
        change?.Invoke(json);
        return TeamsActivity.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()))!;
    }

    private static JsonArray Entities(JsonObject activity) => (JsonArray)(activity["entities"] ??= new JsonArray());

    private static JsonObject Mention(string id, string name) => new()
    {
        ["type"] = "mention", ["text"] = $"<at>{name}</at>", ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };
}
