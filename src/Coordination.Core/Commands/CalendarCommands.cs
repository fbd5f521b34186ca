using Coordination.Core.FollowUp;

namespace Coordination.Core.Commands;

/// <summary><c>hours [@person] mon-thu 08:00-16:00</c>: the days and hours someone works (the actor unless named).</summary>
public sealed record WorkingHoursCommand(CommandContext Context, WorkingDays Days, WorkingHours Hours, PersonRef? Person = null) : ChatCommand(Context);

/// <summary><c>hours</c> alone: the actor's working days, hours, time zone and holidays.</summary>
public sealed record ShowWorkingHoursCommand(CommandContext Context) : ChatCommand(Context);

/// <summary><c>holiday 2026-12-24[..2026-12-31]</c> (or <c>holiday remove …</c>): the actor's own days off.</summary>
public sealed record HolidayCommand(CommandContext Context, DateOnly From, DateOnly To, bool Remove = false) : ChatCommand(Context);

/// <summary><c>holidays</c>: the actor's upcoming holidays, their own and the workspace's.</summary>
public sealed record ListHolidaysCommand(CommandContext Context) : ChatCommand(Context);

/// <summary><c>holidays calendar &lt;https url&gt;</c> or <c>holidays calendar off</c> (<see cref="Url"/> null): the workspace's holiday calendar, for admins.</summary>
public sealed record HolidayCalendarCommand(CommandContext Context, string? Url) : ChatCommand(Context);

/// <summary><c>calendar &lt;ics url&gt;</c> or <c>calendar off</c> (<see cref="Url"/> null): the actor's own calendar, read for out of office.</summary>
public sealed record LinkCalendarCommand(CommandContext Context, string? Url) : ChatCommand(Context);

/// <summary><c>calendar delegate @x</c> (or <c>calendar delegate off</c>): who stands in when a calendar marks the actor away.</summary>
public sealed record CalendarStandInCommand(CommandContext Context, PersonRef? StandIn) : ChatCommand(Context);
