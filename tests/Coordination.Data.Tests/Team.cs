using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;

namespace Coordination.Data.Tests;

/// <summary>A workspace with a requester and some stakeholders, and requests asked through the domain.</summary>
internal sealed class Team
{
    /// <summary>Thursday 26 November 2026, 15:00 UTC.</summary>
    public static readonly DateTimeOffset Thursday = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    /// <summary>The plain timeline: weekends counted, no delivery window, so a follow-up is due 48 hours after the ask.</summary>
    public static readonly FollowUpSchedule Schedule = new(new FollowUpPolicy
    {
        CountWeekends = true,
        DeliveryWindow = new DeliveryWindowPolicy { Enabled = false },
    });

    public Team(int stakeholders = 2)
    {
        Requester = new Person(Workspace.Id, "U0", "Alice");
        Stakeholders = [.. Enumerable.Range(1, stakeholders).Select(i => new Person(Workspace.Id, $"U{i}", $"Stakeholder {i}"))];
    }

    public Workspace Workspace { get; } = new(ChatPlatform.Local, "T1");

    public Person Requester { get; }

    public IReadOnlyList<Person> Stakeholders { get; }

    /// <summary>A request asked at <paramref name="at"/> of every stakeholder of the team.</summary>
    /// <remarks>Its post is delivered at once, so each stakeholder's first window opens at <paramref name="at"/>.</remarks>
    public CoordinationRequest Ask(DateTimeOffset at)
    {
        var request = CoordinationRequest.Ask(Workspace, $"Question {Workspace.LastRequestNumber + 1}", Requester, [.. Stakeholders], new ThreadRef("#c", null), at, Schedule);
        request.MessageDelivered(null, null, opensWindow: true, at, Schedule);
        return request;
    }

    /// <summary>Adds the team and the requests, with an outbox row for each message the requests queued, and saves.</summary>
    public async Task SaveAsync(CoordinationDbContext db, params IReadOnlyList<CoordinationRequest> requests)
    {
        db.Workspaces.Add(Workspace);
        db.People.Add(Requester);
        db.People.AddRange(Stakeholders);
        foreach (var request in requests)
        {
            db.Requests.Add(request);
            db.OutboxMessages.AddRange(request.PendingMessages.Select(pending => OutboxMessage.From(pending, request.Id, request.AskedAt)));
        }

        await db.SaveChangesAsync();
        foreach (var request in requests)
        {
            request.ClearPendingMessages();
        }
    }
}
