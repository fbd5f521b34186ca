using Coordination.Core.Scheduling;

namespace Coordination.Core.Commands;

/// <summary><c>schedule 30m with @bob @carol this week ["title"]</c>: a meeting request proposing three times.</summary>
public sealed record ScheduleCommand(CommandContext Context, TimeSpan Length, IReadOnlyList<PersonRef> People, MeetingRange Range, string? Title = null) : ChatCommand(Context);

/// <summary><c>schedule CR-n again</c>: the requester asks for three new times.</summary>
public sealed record ProposeAgainCommand(CommandContext Context, int RequestNumber) : ChatCommand(Context);

/// <summary>A stakeholder pressed one of a meeting request's proposed times.</summary>
public sealed record PickSlotCommand(CommandContext Context, int RequestNumber, int Slot) : ChatCommand(Context);

/// <summary>The requester pressed one of the picked times after the picks differed.</summary>
public sealed record ChooseSlotCommand(CommandContext Context, int RequestNumber, int Slot) : ChatCommand(Context);
