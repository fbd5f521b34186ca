using Coordination.Core.Commands;

namespace Coordination.Bot.Slack;

/// <summary>
/// What Slack says about the people in a command, looked up around running it: user groups named in its text are
/// asked member by member, an admin's say-so is vouched for by <c>users.info</c>, and afterwards the people it
/// mentions are queued for a profile refresh.
/// </summary>
public sealed class SlackPeople(SlackUserGroups groups, SlackAdmins admins, SlackProfileSync profiles)
{
    /// <summary>The text with each user group it mentions replaced by its members.</summary>
    public Task<string> ExpandGroupsAsync(string team, string text, CancellationToken cancellationToken) =>
        groups.ExpandAsync(team, text, cancellationToken);

    /// <summary>The command as its sender may give it: marked an admin's when Slack says they are one.</summary>
    public Task<ChatCommand> VouchAsync(ChatCommand command, CancellationToken cancellationToken) =>
        admins.VouchAsync(command, cancellationToken);

    /// <summary>
    /// Queues the command's people for a look-up; only after it ran, since a look-up that created them first would
    /// make the command's own save conflict and retry.
    /// </summary>
    public void Seen(ChatCommand command) => profiles.Enqueue(command);
}
