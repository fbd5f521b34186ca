namespace Coordination.Core.Commands;

/// <summary><c>digest channel #x</c> (or <c>here</c>): where the workspace's weekly digest goes.</summary>
public sealed record DigestChannelCommand(CommandContext Context, string Channel) : ChatCommand(Context);

/// <summary><c>digest now</c>: a digest of the last seven days, posted now (besides the weekly one).</summary>
public sealed record DigestNowCommand(CommandContext Context) : ChatCommand(Context);

/// <summary><c>digest</c> alone: where and when the digest goes.</summary>
public sealed record DigestInfoCommand(CommandContext Context) : ChatCommand(Context);

/// <summary><c>meeting CR-n</c>: settling the request took (or takes) a meeting.</summary>
public sealed record MeetingCommand(CommandContext Context, int RequestNumber) : ChatCommand(Context);

/// <summary>The 👍 / 👎 under a digest: was it useful? A second press changes the vote.</summary>
public sealed record RateDigestCommand(CommandContext Context, Guid DigestId, bool Useful) : ChatCommand(Context);

/// <summary>The 👍 / 👎 under the "how did it go?" question to a resolved request's requester; a second press changes the answer.</summary>
public sealed record AnswerSatisfactionCommand(CommandContext Context, Guid QuestionId, bool Happy) : ChatCommand(Context);

/// <summary><c>feedback CR-n &lt;note&gt;</c>: the requester's note on how a resolved request went.</summary>
public sealed record SatisfactionNoteCommand(CommandContext Context, int RequestNumber, string Note) : ChatCommand(Context);
