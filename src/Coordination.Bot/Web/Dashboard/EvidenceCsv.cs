using System.Globalization;
using System.Text;
using Coordination.Core.Export;
using Coordination.Core.Requests;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>
/// One request's evidence pack as CSV: a row per entry of its paper trail, each repeating the request's own columns so
/// every row stands alone in a spreadsheet. RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line
/// break, quotes doubled); a field that a spreadsheet would run as a formula (starting with = + - @, a tab or a
/// carriage return) is prefixed with <c>'</c> (<see cref="CsvWriter"/>, as the workspace export writes it). Times are
/// ISO 8601 with their offset, in the page's zone.
/// </summary>
public static class EvidenceCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "request", "title", "status", "requester", "asked_at", "due_at", "closed_at",
        "entry", "kind", "about", "attempt", "at", "delivered_at", "by", "where", "note",
    ];

    public static string FileName(CoordinationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Key}-evidence.csv";
    }

    public static string Write(RequestEvidence evidence, DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(view);
        var request = evidence.Request;
        string When(DateTimeOffset? at) => at is { } instant ? view.Local(instant).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) : string.Empty;
        string?[] own = [request.Key, request.Title, request.Status.ToString().ToLowerInvariant(), evidence.NameOf(request.RequesterId), When(request.AskedAt), When(request.DueAt), When(request.ClosedAt)];
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var (attempt, index) in evidence.Trail.Select((a, i) => (a, i + 1)))
        {
            AppendRow(csv, [
                .. own, index.ToString(CultureInfo.InvariantCulture), PaperTrail.Label(attempt.Kind), evidence.AboutOf(attempt),
                attempt.Number?.ToString(CultureInfo.InvariantCulture), When(attempt.At), When(attempt.DeliveredAt),
                evidence.NameOf(attempt.ActorId), attempt.Where, attempt.Note,
            ]);
        }

        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> fields) => csv.Append(CsvWriter.Record(fields));
}
