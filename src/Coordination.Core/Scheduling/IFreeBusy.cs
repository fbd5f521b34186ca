using Coordination.Core.Requests;

namespace Coordination.Core.Scheduling;

/// <summary>A stretch of time someone is busy (from a linked calendar).</summary>
public sealed record BusyInterval(Guid PersonId, DateTimeOffset Start, DateTimeOffset End);

/// <summary>When people are busy between two instants, from whatever calendars are linked; slots avoid these.</summary>
public interface IFreeBusy
{
    Task<IReadOnlyList<BusyInterval>> BusyAsync(IReadOnlyList<Person> people, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}

/// <summary>No calendar linked: nobody is known to be busy, so only working hours and absences count.</summary>
public sealed class NoBusyTimes : IFreeBusy
{
    public Task<IReadOnlyList<BusyInterval>> BusyAsync(IReadOnlyList<Person> people, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BusyInterval>>([]);
}
