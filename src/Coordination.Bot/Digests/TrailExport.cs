using System.Buffers;
using System.Globalization;
using System.Text;
using Coordination.Core.Export;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Digests;

/// <summary>
/// A workspace's requests, stakeholders and full paper trail as CSV (UTF-8 with a byte-order mark, so spreadsheets read
/// names right): one row per attempt, with its request and stakeholder beside it, in order of request number and then
/// attempt time. Every ask records an attempt, so every request appears. It is read a page of request numbers at a
/// time (<paramref name="pageRequests"/> numbers, whose attempts come by the request index and then the attempts'
/// (request, time) index) and written as it is read; a limit stops it between two requests, never inside one.
/// </summary>
public sealed class TrailExport(CoordinationDbContext db, int pageRequests = TrailExport.PageRequests)
{
    public const int PageRequests = 500;

    /// <summary>The most attempts one export holds (about 10 MB of CSV); <c>export from CR-n</c> asks for the rest.</summary>
    public const int MaxRows = 50_000;

    public static readonly IReadOnlyList<string> Columns =
    [
        "request", "title", "status", "requester", "asked_at", "due_at", "closed_at",
        "stakeholder", "stakeholder_state", "first_response_at",
        "entry", "attempt_number", "at", "delivered_at", "actor", "where", "note",
    ];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>
    /// The trail of <paramref name="workspace"/>'s requests from number <paramref name="from"/> on, stopping before the
    /// request that would take it past <paramref name="maxRows"/> entries or <paramref name="maxBytes"/> bytes (the first
    /// request always goes in whole); <c>null</c> when there is nothing from there on.
    /// </summary>
    public async Task<TrailFile?> WriteAsync(Workspace workspace, int from, int maxRows, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var file = new Written(maxRows, maxBytes);
        for (var after = from - 1; after < workspace.LastRequestNumber && file.Next is null; after += pageRequests)
        {
            var page = await Page(workspace.Id, after, after + pageRequests).ToListAsync(cancellationToken);
            foreach (var request in page.GroupBy(r => r.Request))
            {
                if (!file.TryAdd(request.Key, [.. request]))
                {
                    break;
                }
            }
        }

        return file.Rows == 0 ? null : file.Finish();
    }

    internal IQueryable<TrailRow> Page(Guid workspaceId, int after, int upTo) =>
        from r in db.Requests
        where r.WorkspaceId == workspaceId && r.Number > after && r.Number <= upTo
        join a in db.Attempts on r.Id equals a.RequestId
        from s in db.Stakeholders.Where(s => s.Id == a.StakeholderId).DefaultIfEmpty()
        from actor in db.People.Where(p => p.Id == a.ActorId).DefaultIfEmpty()
        orderby r.Number, a.At, a.Id
        select new TrailRow(
            r.Number, r.Title, r.Status, r.Requester.DisplayName, r.AskedAt, r.DueAt, r.ClosedAt,
            s == null ? null : s.Person.DisplayName, s == null ? null : s.State, s == null ? null : s.RespondedAt,
            a.Kind, a.Number, a.At, a.DeliveredAt, actor == null ? null : actor.DisplayName, a.Where, a.Note);

    internal sealed record TrailRow(
        int Request, string Title, RequestStatus Status, string Requester, DateTimeOffset AskedAt, DateTimeOffset? DueAt, DateTimeOffset? ClosedAt,
        string? Stakeholder, StakeholderState? StakeholderState, DateTimeOffset? RespondedAt,
        AttemptKind Kind, int? Number, DateTimeOffset At, DateTimeOffset? DeliveredAt, string? Actor, string Where, string? Note)
    {
        public IEnumerable<string?> Fields() =>
        [
            RequestKey.Format(Request), Title, Lower(Status), Requester, Iso(AskedAt), Iso(DueAt), Iso(ClosedAt),
            Stakeholder, StakeholderState is { } state ? Lower(state) : null, Iso(RespondedAt),
            PaperTrail.Label(Kind), Number?.ToString(CultureInfo.InvariantCulture), Iso(At), Iso(DeliveredAt), Actor ?? "bot", Where, Note,
        ];

        private static string Lower<T>(T value)
            where T : struct, Enum => value.ToString().ToLowerInvariant();

        private static string? Iso(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The CSV so far, written a request at a time as UTF-8, and where a limit stopped it.</summary>
    private sealed class Written
    {
        private readonly ArrayBufferWriter<byte> _content = new();
        private readonly int _maxRows;
        private readonly long _maxBytes;

        public Written(int maxRows, long maxBytes)
        {
            (_maxRows, _maxBytes) = (maxRows, maxBytes);
            _content.Write(Utf8.Preamble);
            Utf8.GetBytes(CsvWriter.Record(Columns), _content);
        }

        public int Rows { get; private set; }

        public int First { get; private set; }

        public int Last { get; private set; }

        public int? Next { get; private set; }

        public bool BySize { get; private set; }

        /// <summary>Adds one request's rows, or notes that it starts the next part and returns <c>false</c>.</summary>
        public bool TryAdd(int request, IReadOnlyList<TrailRow> rows)
        {
            var text = string.Concat(rows.Select(r => CsvWriter.Record(r.Fields())));
            var tooMany = Rows + rows.Count > _maxRows;
            if (Rows > 0 && (tooMany || _content.WrittenCount + Utf8.GetByteCount(text) > _maxBytes))
            {
                (Next, BySize) = (request, !tooMany);
                return false;
            }

            Utf8.GetBytes(text, _content);
            (Rows, First, Last) = (Rows + rows.Count, Rows == 0 ? request : First, request);
            return true;
        }

        public TrailFile Finish() => new(_content.WrittenSpan.ToArray(), Rows, First, Last, Next, BySize);
    }
}
