using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Coordination.Teams.Outbound;

namespace Coordination.Testing.Teams;

/// <summary>
/// Builds the activities Teams posts to <c>/api/messages</c>, shaped like the real samples, each with a bearer token
/// the fake Bot Framework keys sign for the bot's app id and the activity's service URL.
/// </summary>
public sealed class TeamsActivities(FakeBotFrameworkKeys keys, Uri serviceUrl, TimeProvider clock)
{
    public const string AppId = "3f1d2c4b-8e7a-4b6c-9d0e-1a2b3c4d5e6f";
    public const string Tenant = "50612dbb-0237-4969-b378-8d42590f9c00";
    public const string Channel = "19:6848757105754c8981c67612732d9aa7@thread.tacv2";
    public const string Team = "19:66P469zibfbsGI-_a0aN_toLTZpyzS6u7CT3TsXdgPw1@thread.tacv2";
    public const string Bot = "28:" + AppId;
    private long _ids = 1_764_170_000_000;

    /// <summary>A channel message; in the thread of <paramref name="root"/> when given, else a new top-level post.</summary>
    public JsonObject ChannelMessage(string user, string text, string? root = null, string tenant = Tenant, params (string Id, string Name)[] mentions)
    {
        var id = NextId();
        var activity = Activity("message", id, user, tenant, $"{Channel};messageid={root ?? id}", "channel");
        activity["text"] = text;
        activity["entities"] = new JsonArray([.. mentions.Select(m => (JsonNode)Mention(m.Id, m.Name)), ClientInfo()]);
        return activity;
    }

    /// <summary>A message that @mentions the bot first: <c>@Coordination {command}</c>, naming <paramref name="people"/> as mentions.</summary>
    public JsonObject Command(string user, string command, string? root = null, string tenant = Tenant, params (string Id, string Name)[] people)
    {
        var text = $"<at>Coordination</at> {command}";
        return ChannelMessage(user, text, root, tenant, [(Bot, "Coordination"), .. people]);
    }

    /// <summary>
    /// A press of one of the bot's <c>Action.Execute</c> buttons on the card <paramref name="cardId"/>; <paramref name="listed"/>:
    /// a button of one request's row in a list of several (the morning summary).
    /// </summary>
    public JsonObject Press(string user, string verb, string key, string root, string cardId, bool listed = false)
    {
        var activity = Activity("invoke", "f:" + NextId(), user, Tenant, $"{Channel};messageid={root}", "channel");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = cardId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject { ["action"] = verb, ["key"] = key } },
            ["trigger"] = "manual",
        };
        if (listed)
        {
            activity["value"]!["action"]!["data"]![AdaptiveCardRenderer.ListedData] = true;
        }

        return activity;
    }

    /// <summary>A form card submitted: the submit action's <paramref name="data"/> with each input's value merged in, as Teams sends it.</summary>
    public JsonObject SubmitForm(string user, JsonObject data, string root, string cardId)
    {
        var activity = Press(user, "submit-form", string.Empty, root, cardId);
        activity["value"]!["action"]!["data"] = data;
        return activity;
    }

    /// <summary>
    /// The person's answer to a file consent card in their personal chat <paramref name="conversation"/>
    /// (<c>fileConsent/invoke</c>), shaped like <c>invoke-fileconsent-accept-personal.json</c>: <paramref name="value"/> is
    /// its <c>value</c> (<c>action</c>, <c>context</c>, and on accept <c>uploadInfo</c>).
    /// </summary>
    public JsonObject FileConsent(string user, string conversation, JsonObject value)
    {
        var activity = Activity("invoke", "f:" + NextId(), user, Tenant, conversation, "personal");
        activity["name"] = TeamsFileCards.ConsentInvoke;
        activity["conversation"]!["isGroup"] = false;
        activity["value"] = value;
        return activity;
    }

    /// <summary>An activity of another kind (<c>conversationUpdate</c>, <c>installationUpdate</c>…) in the channel.</summary>
    public JsonObject Event(string type, Action<JsonObject> shape)
    {
        var activity = Activity(type, "f:" + NextId(), "29:admin", Tenant, Channel, "channel");
        shape(activity);
        return activity;
    }

    /// <summary>The request Teams makes: the activity with a bearer token (or the given one).</summary>
    public HttpRequestMessage Post(JsonObject activity, string? token = null, string? rawBody = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(rawBody ?? activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? TokenFor(activity));
        return request;
    }

    public string TokenFor(JsonObject activity, string audience = AppId, string? keyId = null, TimeSpan? lifetime = null, string issuer = FakeBotFrameworkKeys.Issuer) =>
        keys.IssueToken(audience, activity["serviceUrl"]!.GetValue<string>(), clock.GetUtcNow(), lifetime, issuer, keyId);

    private JsonObject Activity(string type, string id, string user, string tenant, string conversation, string conversationType) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["timestamp"] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = user, ["name"] = NameOf(user) },
        ["recipient"] = new JsonObject { ["id"] = Bot, ["name"] = "Coordination" },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["isGroup"] = true, ["conversationType"] = conversationType, ["tenantId"] = tenant },
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = tenant },
            ["team"] = new JsonObject { ["id"] = Team },
            ["channel"] = new JsonObject { ["id"] = Channel },
        },
    };

    /// <summary>Test people are <c>29:name</c>; their display name is the part after the colon.</summary>
    public static string NameOf(string user) => user[(user.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static JsonObject Mention(string id, string name) => new()
    {
        ["type"] = "mention", ["text"] = $"<at>{name}</at>", ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };

    private static JsonObject ClientInfo() => new() { ["type"] = "clientInfo", ["locale"] = "en-US", ["timezone"] = "UTC" };

    private string NextId() => Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
}
