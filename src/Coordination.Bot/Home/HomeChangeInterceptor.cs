using System.Runtime.CompilerServices;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Coordination.Bot.Home;

/// <summary>
/// Notes whose Home a save changes (a request's requester and stakeholders when it is created, answered or closed; a
/// person whose settings changed) and, once saved, has those Homes refreshed.
/// </summary>
public sealed class HomeChangeInterceptor(HomeRefresher refresher) : SaveChangesInterceptor
{
    private static readonly EntityState[] Changes = [EntityState.Added, EntityState.Modified, EntityState.Deleted];

    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Refresh(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Refresh(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var people = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries<CoordinationRequest>().Where(Changed))
        {
            people.Add(entry.Entity.RequesterId);
            people.UnionWith(entry.Entity.Stakeholders.Select(s => s.PersonId));
        }

        foreach (var entry in context.ChangeTracker.Entries<Stakeholder>().Where(Changed))
        {
            people.Add(entry.Entity.PersonId);
            if (entry.Entity.Request is { } request)
            {
                people.Add(request.RequesterId);
            }
        }

        people.UnionWith(context.ChangeTracker.Entries<Person>().Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id));
        _pending.AddOrUpdate(context, people);
    }

    private void Refresh(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var people))
        {
            _pending.Remove(context);
            refresher.Changed(people);
        }
    }

    private static bool Changed(EntityEntry entry) => Changes.Contains(entry.State);
}
