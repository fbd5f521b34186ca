namespace Coordination.Core.Commands;

/// <summary>
/// "Follow up on this": open the new-request form about a message (its words in <paramref name="Text"/>, its thread in
/// the context's <see cref="CommandContext.Where"/>) or, with <paramref name="ChooseChannel"/>, without one and with a
/// channel to choose.
/// </summary>
public sealed record FollowUpCommand(CommandContext Context, string? Text = null, bool ChooseChannel = false) : ChatCommand(Context);
