using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Bot.Cli;

/// <summary>The people and place of the demo week.</summary>
internal static class DemoCast
{
    public const string Workspace = "demo";
    public static readonly ThreadRef Channel = new("#platform", null);

    public static readonly DemoPerson Alice = new(new PersonRef("U-ALICE", "Alice"), "Europe/London", "requester");
    public static readonly DemoPerson Bob = new(new PersonRef("U-BOB", "Bob"), "America/New_York", "answers on Friday");
    public static readonly DemoPerson Carol = new(new PersonRef("U-CAROL", "Carol"), "America/Los_Angeles", "stays silent");
    public static readonly DemoPerson Dan = new(new PersonRef("U-DAN", "Dan"), "Europe/Berlin", "Carol's lead");

    public static readonly IReadOnlyList<DemoPerson> Everyone = [Alice, Bob, Carol, Dan];

    public static CommandContext As(DemoPerson person, ThreadRef? where = null) =>
        new(ChatPlatform.Local, Workspace, person.Ref, where ?? Channel);

    public static TimeZoneInfo ZoneOf(string platformUserId) =>
        TimeZoneInfo.FindSystemTimeZoneById(Everyone.FirstOrDefault(p => p.Ref.PlatformUserId == platformUserId)?.TimeZone ?? "UTC");
}

internal sealed record DemoPerson(PersonRef Ref, string TimeZone, string Role);
