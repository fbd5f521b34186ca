using System.Data.Common;
using Coordination.Core.Decisions;
using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Coordination.Core.Satisfaction;
using Coordination.Core.Scheduling;
using Coordination.Data.Bulk;
using Coordination.Data.Conversations;
using Coordination.Data.Inbox;
using Coordination.Data.Installations;
using Coordination.Data.Outbox;
using Coordination.Data.Security;
using Coordination.Data.Webhooks;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data;

/// <summary>
/// The database. One derived context per provider carries that provider's migrations and its way of claiming due
/// rows without colliding with another instance.
/// </summary>
public abstract class CoordinationDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Workspace> Workspaces => Set<Workspace>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<CoordinationRequest> Requests => Set<CoordinationRequest>();

    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();

    public DbSet<Attempt> Attempts => Set<Attempt>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Outbox rows were written and not yet committed (see <see cref="OutboxQueuedInterceptor"/>).</summary>
    internal bool OutboxQueued { get; set; }

    /// <summary>Each conversation's (and workspace's) delivery lease, hold and rate buckets.</summary>
    public DbSet<OutboxConversation> OutboxConversations => Set<OutboxConversation>();

    public DbSet<InboundEvent> InboundEvents => Set<InboundEvent>();

    public DbSet<Installation> Installations => Set<Installation>();

    /// <summary>Signed requests acted on, kept while their signature is accepted, so a replay is refused.</summary>
    public DbSet<SeenRequest> SeenRequests => Set<SeenRequest>();

    /// <summary>OAuth installs begun and not yet finished, each usable once from the browser that began it.</summary>
    public DbSet<OAuthState> OAuthStates => Set<OAuthState>();

    public DbSet<ConversationReference> ConversationReferences => Set<ConversationReference>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<WorkTeam> WorkTeams => Set<WorkTeam>();

    public DbSet<ReceivedMessage> ReceivedMessages => Set<ReceivedMessage>();

    public DbSet<DigestRun> DigestRuns => Set<DigestRun>();

    public DbSet<DigestVote> DigestVotes => Set<DigestVote>();

    /// <summary>"How did it go?" to a resolved request's requester, and their answer.</summary>
    public DbSet<SatisfactionQuestion> SatisfactionQuestions => Set<SatisfactionQuestion>();

    /// <summary>Each workspace's imported holidays (<c>holidays calendar</c>).</summary>
    public DbSet<Calendars.WorkspaceHoliday> WorkspaceHolidays => Set<Calendars.WorkspaceHoliday>();

    /// <summary>Each workspace's holiday calendar feed.</summary>
    public DbSet<Calendars.HolidayCalendarLink> HolidayCalendarLinks => Set<Calendars.HolidayCalendarLink>();
    /// <summary>The times a meeting request proposed, and each stakeholder's pick.</summary>
    public DbSet<MeetingSlot> MeetingSlots => Set<MeetingSlot>();

    public DbSet<MeetingPick> MeetingPicks => Set<MeetingPick>();

    /// <summary>The Data Protection key ring that encrypts stored tokens, shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The URLs workspace admins registered for outgoing webhooks.</summary>
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    /// <summary>Webhook events waiting for (or done with) delivery, one per event and endpoint.</summary>
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    /// <summary>The workspaces' API tokens, stored as hashes.</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>
    /// Ids of stakeholders due at <paramref name="now"/>, oldest first. Inside a transaction the rows stay locked
    /// until it ends, and rows another instance holds are skipped (on engines that can).
    /// </summary>
    public Task<List<Guid>> LockDueStakeholdersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        DueStakeholders(now, limit).ToListAsync(cancellationToken);

    /// <summary>The query behind <see cref="LockDueStakeholdersAsync"/>, with each engine's locking hints.</summary>
    public virtual IQueryable<Guid> DueStakeholders(DateTimeOffset now, int limit) =>
        Stakeholders.Where(s => s.NextActionAt <= now).OrderBy(s => s.NextActionAt).Select(s => s.Id).Take(limit);

    /// <summary>
    /// Keys of conversations whose oldest pending message is due at <paramref name="now"/> and that no instance holds
    /// or has put on hold, the longest waiting first.
    /// </summary>
    public Task<List<string>> DueConversationsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .Where(m => !OutboxMessages.Any(o => o.ConversationKey == m.ConversationKey && o.Status == OutboxStatus.Pending && o.Sequence < m.Sequence))
            .Where(m => !OutboxConversations.Any(c => c.Key == m.ConversationKey && ((c.LeaseUntil != null && c.LeaseUntil > now) || (c.NotBefore != null && c.NotBefore > now))))
            .OrderBy(m => m.Sequence)
            .Select(m => m.ConversationKey)
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>Adds a delivery-state row for each of <paramref name="keys"/> that has none; rows another instance adds at the same time are kept.</summary>
    public virtual async Task EnsureOutboxConversationsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        // Only parameter placeholders are spliced in; the keys travel as parameters.
        var sql = $"""INSERT INTO "OutboxConversations" ("Key", "Version") VALUES {string.Join(", ", keys.Select((_, i) => $"({{{i}}}, 0)"))} ON CONFLICT ("Key") DO NOTHING""";
        await Database.ExecuteSqlRawAsync(sql, keys, cancellationToken);
    }

    /// <summary>
    /// Takes the workspace's next <paramref name="count"/> request numbers in one atomic statement of its own, so
    /// concurrent asks never wait on or conflict over the counter (a failed ask leaves a gap in the numbers, never a
    /// duplicate). Returns the first; the block runs from it to <c>first + count - 1</c>.
    /// </summary>
    public virtual async Task<int> TakeRequestNumbersAsync(Guid workspaceId, int count, CancellationToken cancellationToken) =>
        (await Database.SqlQuery<int>($"""
            UPDATE "Workspaces" SET "LastRequestNumber" = "LastRequestNumber" + {count}
            WHERE "Id" = {workspaceId}
            RETURNING "LastRequestNumber" AS "Value"
            """).ToListAsync(cancellationToken)).Single() - count + 1;

    /// <summary>
    /// Saves what a follow-up sweep changed. Inside a transaction, engines that can write those rows set-based do
    /// (see <c>Bulk/</c>), with the same concurrency check on stakeholders; everything else goes through EF.
    /// </summary>
    public async Task SaveFollowUpsAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null || SweepChanges.From(ChangeTracker) is not { Count: > 0 } changes)
        {
            await SaveChangesAsync(cancellationToken);
            return;
        }

        OutboxQueued |= changes.Outbox.Count > 0;
        try
        {
            if (!await TryWriteInBulkAsync(changes, cancellationToken))
            {
                await SaveChangesAsync(cancellationToken);
                return;
            }
        }
        catch (DbException ex)
        {
            // A unique key another instance wrote first: report it the way EF would, so callers retry the same way.
            throw new DbUpdateException("A follow-up row conflicts with one already written.", ex);
        }

        ChangeTracker.AcceptAllChanges();
    }

    internal virtual Task<bool> TryWriteInBulkAsync(SweepChanges changes, CancellationToken cancellationToken) => Task.FromResult(false);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoordinationDbContext).Assembly);
}
