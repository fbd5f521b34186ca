namespace Coordination.Slack;

/// <summary>The <c>callback_id</c>s of the app's shortcuts: the manifest declares the same, and a test holds the two together.</summary>
public static class SlackShortcuts
{
    /// <summary>The message shortcut "Follow up on this": the message becomes a request's thread root.</summary>
    public const string FollowUpMessage = "follow_up_message";

    /// <summary>The global shortcut "New coordination request": the same form, without a message.</summary>
    public const string NewRequest = "new_request";
}
