namespace Coordination.Core.Commands;

/// <summary>
/// A press of Confirm (or Edit) under what the assistant read a sentence as; <see cref="State"/> is the sealed state
/// the button carried (who wrote the sentence, the command line, until when it may be confirmed), opened by the host.
/// </summary>
public sealed record ConfirmReadingCommand(CommandContext Context, string State, bool Edit) : ChatCommand(Context);
