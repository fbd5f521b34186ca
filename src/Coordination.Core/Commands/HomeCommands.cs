using Coordination.Core.FollowUp;

namespace Coordination.Core.Commands;

/// <summary><c>home</c>: the actor's Home (what waits on them, what they wait on, their figures and settings).</summary>
public sealed record HomeCommand(CommandContext Context) : ChatCommand(Context);

/// <summary>The days the actor works, as set from their Home; only these count toward a window.</summary>
public sealed record SetWorkingDaysCommand(CommandContext Context, WorkingDays Days) : ChatCommand(Context);
