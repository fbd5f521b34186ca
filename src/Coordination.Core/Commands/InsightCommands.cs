namespace Coordination.Core.Commands;

/// <summary><c>stats [@person]</c>: one person's coordination figures, for themselves or their lead.</summary>
public sealed record StatsCommand(CommandContext Context, PersonRef? Person = null) : ChatCommand(Context);

/// <summary><c>patterns</c>: every stall pattern the workspace's history supports, in plain sentences.</summary>
public sealed record PatternsCommand(CommandContext Context) : ChatCommand(Context);

/// <summary><c>export [from CR-n]</c>: the workspace's requests, stakeholders and paper trail as a CSV file, from request <see cref="From"/> on.</summary>
public sealed record ExportCommand(CommandContext Context, int From = 1) : ChatCommand(Context);
