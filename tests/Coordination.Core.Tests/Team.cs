using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;

namespace Coordination.Core.Tests;

/// <summary>A workspace with a small cast, and the policies the scenarios run under.</summary>
internal sealed class Team
{
    public static readonly ThreadRef Thread = new("#platform", "T-100");

    public Team()
    {
        Alice = Person("Alice");
        Bob = Person("Bob");
        Carol = Person("Carol");
        Dan = Person("Dan");
    }

    public Workspace Workspace { get; } = new(ChatPlatform.Slack, "T-TEST");

    /// <summary>The requester.</summary>
    public Person Alice { get; }

    public Person Bob { get; }

    public Person Carol { get; }

    public Person Dan { get; }

    /// <summary>The design's plain timeline: weekends counted, no delivery window.</summary>
    public static FollowUpSchedule Plain(int maxAttempts = 3) => new(new FollowUpPolicy
    {
        CountWeekends = true,
        MaxAttempts = maxAttempts,
        DeliveryWindow = new DeliveryWindowPolicy { Enabled = false },
    });

    public static FollowUpSchedule Default() => new(new FollowUpPolicy());

    public Person Person(string name, string? zone = "UTC")
    {
        var person = new Person(Workspace.Id, "U-" + name.ToUpperInvariant(), name);
        person.SetTimeZone(zone);
        return person;
    }

    /// <summary>A request asked at <paramref name="now"/>, its post delivered at once (the first windows open then).</summary>
    public CoordinationRequest Ask(DateTimeOffset now, FollowUpSchedule schedule, params Person[] stakeholders)
    {
        var request = CoordinationRequest.Ask(Workspace, "Review the rollout plan", Alice, stakeholders, Thread, now, schedule);
        return PostDelivered(request, now, schedule);
    }

    /// <summary>The request's own post reached the platform at <paramref name="at"/>.</summary>
    public static CoordinationRequest PostDelivered(CoordinationRequest request, DateTimeOffset at, FollowUpSchedule schedule)
    {
        request.MessageDelivered(null, null, opensWindow: true, at, schedule);
        return request;
    }
}
