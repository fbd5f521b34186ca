using System.Text.Json;
using Coordination.Core.Trackers;

namespace Coordination.Bot.Trackers;

/// <summary>
/// Reads a tracker's delivery to what it means for linked requests: <c>null</c> for events that mean nothing here (they
/// are acknowledged and ignored); <see cref="JsonException"/> or <see cref="KeyNotFoundException"/> for a body that is not
/// the event it says it is.
/// </summary>
public static class TrackerPayloads
{
    /// <summary>A GitHub delivery of event <paramref name="eventName"/> (<c>X-GitHub-Event</c>).</summary>
    public static TrackerEvent? GitHub(string eventName, JsonElement root)
    {
        var action = Text(root, "action");
        return (eventName, action) switch
        {
            ("issues", "closed") => GitHubIssue(root, root.GetProperty("issue"), TrackerEventKind.Resolves, Text(root.GetProperty("issue"), "state_reason") == "not_planned" ? "not_planned" : "closing"),
            ("pull_request", "closed") when root.GetProperty("pull_request").TryGetProperty("merged", out var merged) && merged.ValueKind == JsonValueKind.True =>
                GitHubIssue(root, root.GetProperty("pull_request"), TrackerEventKind.Resolves, "merging"),
            ("pull_request", "closed") => GitHubIssue(root, root.GetProperty("pull_request"), TrackerEventKind.Note, "closed without merging"),
            ("issue_comment", "created") => GitHubIssue(root, root.GetProperty("issue"), TrackerEventKind.Comment, "comment") with
            {
                Accounts = [Required(root.GetProperty("comment").GetProperty("user"), "login")],
            },
            _ => null,
        };
    }

    /// <summary>A Jira webhook: <c>jira:issue_updated</c> into the Done category resolves, <c>comment_created</c> may answer.</summary>
    public static TrackerEvent? Jira(JsonElement root)
    {
        var issue = root.GetProperty("issue");
        var key = Required(issue, "key").ToUpperInvariant();
        var host = new Uri(Required(issue, "self")).Host;
        var display = $"{host}/browse/{key}";
        switch (Text(root, "webhookEvent"))
        {
            case "jira:issue_updated" when MovedToDone(root, issue):
                return new TrackerEvent(Tracker.Jira, key, display, TrackerEventKind.Resolves, "done");
            case "comment_created":
                var author = root.GetProperty("comment").GetProperty("author");
                return new TrackerEvent(Tracker.Jira, key, display, TrackerEventKind.Comment, "comment")
                {
                    Accounts = [.. new[] { Text(author, "accountId"), Text(author, "emailAddress"), Text(author, "name") }.OfType<string>()],
                };
            default:
                return null;
        }
    }

    /// <summary>A Linear webhook: an Issue updated into a completed or canceled state resolves; a Comment created may answer.</summary>
    public static TrackerEvent? Linear(JsonElement root)
    {
        var data = root.GetProperty("data");
        switch ((Text(root, "type"), Text(root, "action")))
        {
            case ("Issue", "update") when data.TryGetProperty("state", out var state) && Text(state, "type") is "completed" or "canceled":
                return LinearIssue(data, TrackerEventKind.Resolves, Text(state, "type")!);
            case ("Comment", "create"):
                var user = data.TryGetProperty("user", out var u) ? u : default;
                return LinearIssue(data.GetProperty("issue"), TrackerEventKind.Comment, "comment") with
                {
                    Accounts = [.. new[] { Text(data, "userId"), Text(user, "id"), Text(user, "email") }.OfType<string>().Distinct()],
                };
            default:
                return null;
        }
    }

    private static TrackerEvent GitHubIssue(JsonElement root, JsonElement issue, TrackerEventKind kind, string word)
    {
        var fullName = Required(root.GetProperty("repository"), "full_name");
        var number = issue.GetProperty("number").GetInt64();
        var display = TrackerReference.Shown(new Uri(Required(issue, "html_url")));
        return new TrackerEvent(Tracker.GitHub, TrackerReference.GitHubKey(fullName, number), display, kind, word);
    }

    private static TrackerEvent LinearIssue(JsonElement issue, TrackerEventKind kind, string word)
    {
        var key = Required(issue, "identifier").ToUpperInvariant();
        var display = Text(issue, "url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var link) ? TrackerReference.Shown(link) : $"linear.app/issue/{key}";
        return new TrackerEvent(Tracker.Linear, key, display, kind, word);
    }

    private static bool MovedToDone(JsonElement root, JsonElement issue)
    {
        var category = issue.TryGetProperty("fields", out var fields) && fields.TryGetProperty("status", out var status)
            && status.TryGetProperty("statusCategory", out var c) ? Text(c, "key") : null;
        if (category == "done")
        {
            return true;
        }

        return root.TryGetProperty("changelog", out var changelog) && changelog.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            && items.EnumerateArray().Any(item => Text(item, "field") == "status" && string.Equals(Text(item, "toString"), "Done", StringComparison.OrdinalIgnoreCase));
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Required(JsonElement element, string name) =>
        Text(element, name) is { Length: > 0 } value ? value : throw new KeyNotFoundException($"The delivery has no {name}.");
}
