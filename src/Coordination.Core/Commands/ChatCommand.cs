using Coordination.Core.Chat;

namespace Coordination.Core.Commands;

/// <summary>Someone as a platform names them; the display name is refreshed whenever the platform sends one.</summary>
public sealed record PersonRef(string PlatformUserId, string? DisplayName = null, string? DirectoryId = null);

/// <summary>Who sent a command, from which workspace, and from where (channel and thread).</summary>
public sealed record CommandContext(ChatPlatform Platform, string WorkspaceId, PersonRef Actor, ThreadRef Where)
{
    /// <summary>The adapter vouches that the actor administers the workspace (Teams: listed in <c>Teams:Admins</c>).</summary>
    public bool ActorIsWorkspaceAdmin { get; init; }

    /// <summary>
    /// Written in the actor's direct conversation with the bot: the reply is a plain message there, not one only they
    /// see, and an ask there asks which channel to post in.
    /// </summary>
    public bool InDirectMessage { get; init; }
}

/// <summary>A platform-neutral command: what the adapters produce and the engine handles.</summary>
public abstract record ChatCommand(CommandContext Context);

public sealed record AskCommand(
    CommandContext Context,
    string Title,
    IReadOnlyList<PersonRef> Stakeholders,
    DueDate? Due = null,
    PersonRef? EscalateTo = null,
    string? Default = null) : ChatCommand(Context)
{
    /// <summary>Settling it takes a meeting (<c>--meeting</c>): the meeting-avoidance rate counts it.</summary>
    public bool NeedsMeeting { get; init; }

    /// <summary>The link to the message this request follows up on ("Follow up on this"), kept in the paper trail.</summary>
    public string? Source { get; init; }
}

/// <summary>
/// A message posted in a thread; if the thread is a request's and the author a stakeholder, it is an answer. Its
/// <see cref="Text"/> (people as <c>&lt;@ID&gt;</c> tokens) is kept for summaries of the thread.
/// </summary>
public sealed record ThreadReplyCommand(CommandContext Context, string? Text = null) : ChatCommand(Context);

public sealed record AcknowledgeCommand(CommandContext Context, int RequestNumber) : ChatCommand(Context);

public sealed record DoneCommand(CommandContext Context, int RequestNumber, string? Note = null) : ChatCommand(Context);

public sealed record DeclineCommand(CommandContext Context, int RequestNumber, string Reason) : ChatCommand(Context);

/// <summary>Snooze a stakeholder (the actor, unless the requester names one) for <see cref="Duration"/>.</summary>
public sealed record SnoozeCommand(CommandContext Context, int RequestNumber, TimeSpan Duration, PersonRef? Stakeholder = null) : ChatCommand(Context);

/// <summary>"Not me, ask @x" (or the requester moving a stakeholder's part to someone else).</summary>
public sealed record RedirectCommand(CommandContext Context, int RequestNumber, PersonRef To, PersonRef? From = null) : ChatCommand(Context);

public sealed record ResolveCommand(CommandContext Context, int RequestNumber, string? Note = null) : ChatCommand(Context);

public sealed record CancelCommand(CommandContext Context, int RequestNumber) : ChatCommand(Context);

public sealed record EscalateToCommand(CommandContext Context, int RequestNumber, PersonRef Target) : ChatCommand(Context);

/// <summary><c>status CR-n</c>; <paramref name="OneLine"/> answers "who is blocking CR-n?" with who it waits on, not the trail.</summary>
public sealed record StatusCommand(CommandContext Context, int RequestNumber, bool OneLine = false) : ChatCommand(Context);

public sealed record ListCommand(CommandContext Context, ListFilter Filter = ListFilter.Mine) : ChatCommand(Context);

/// <summary>Set who <see cref="Person"/> (the actor when omitted) reports to; escalations go there.</summary>
public sealed record SetLeadCommand(CommandContext Context, PersonRef Lead, PersonRef? Person = null) : ChatCommand(Context);

public sealed record SetTimeZoneCommand(CommandContext Context, string TimeZoneId) : ChatCommand(Context);

/// <summary><c>summary on</c> / <c>summary off</c>: whether the actor gets the morning summary by direct message.</summary>
public sealed record SetMorningSummaryCommand(CommandContext Context, bool On) : ChatCommand(Context);

/// <summary>
/// <c>help</c>, or a command that could not be understood: <see cref="Problem"/> says what was wrong and the reply
/// shows the usage (of <see cref="Verb"/> when it is known).
/// </summary>
public sealed record HelpCommand(CommandContext Context, string? Verb = null, string? Problem = null) : ChatCommand(Context)
{
    /// <summary>The words as written when neither the command forms nor plain English read them (an unknown verb).</summary>
    public string? Unread { get; init; }
}

/// <summary>
/// The platform told us about the actor (display name in the context, time zone and, when it says, whether they
/// administer the workspace here); nothing is replied.
/// </summary>
public sealed record ProfileCommand(CommandContext Context, string? TimeZoneId, bool? IsWorkspaceAdmin = null) : ChatCommand(Context);

public enum ListFilter
{
    /// <summary>Open requests the actor asked or is asked in.</summary>
    Mine,

    /// <summary>Open requests still waiting on the actor.</summary>
    Waiting,

    /// <summary>Every open request in the workspace.</summary>
    All,
}
